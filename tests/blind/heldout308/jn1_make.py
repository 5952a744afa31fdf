#!/usr/bin/env python
"""Build the seven jn1- blind test files (set heldout308).

Run with: /work/main/.venv/bin/python jn1_make.py
Writes the data files beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {"B": "2E75B6", "G": "00B050", "A": "FFC000", "R": "FF0000",
        "GREY": "D9D9D9", "HEAD": "1F3864", "PALE": "DDEBF7", "NAVY": "002060"}


# ----------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Text with inner \n written as separate paragraphs."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    r.font.size = Pt(size)
    for extra in parts[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(extra)
        r2.bold = bold
        r2.font.size = Pt(size)


def fill(hexfill):
    return PatternFill("solid", start_color=hexfill, end_color=hexfill)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xl_row(ws, r, values, bold=False, fills=None, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if border:
            cell.border = BOX
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
    if fills:
        for c, h in fills.items():
            ws.cell(row=r, column=c).fill = fill(h)


# ----------------------------------------------------------------------------------------
# 1. Wyedean School – post-Ofsted action plan (docx, one table per priority)
# ----------------------------------------------------------------------------------------
WYEDEAN_FILE = "jn1-wyedean-school-post-ofsted-action-plan.docx"
WYEDEAN_TITLE = "Wyedean School and Sixth Form Centre – Post-Ofsted Action Plan 2024–25"
WYEDEAN_PRIORITIES = [
    ("Priority 1 – Curriculum and assessment",
     "In some subjects at key stage 3, the curriculum does not set out precisely enough the important "
     "knowledge that pupils should learn and when. As a result, pupils do not build their knowledge "
     "securely over time. The school should ensure that curriculum thinking in these subjects identifies "
     "the key knowledge pupils need and the order in which they should learn it.",
     [
         ("1.1", "Subject leaders in geography, computing and MFL to rewrite KS3 curriculum maps, identifying "
                 "the core knowledge for each unit and the sequence in which it is taught.",
          "Deputy Headteacher (Curriculum)", "February half-term 2025",
          "Revised maps published on the school website and quality assured by SLT link.", "B", None),
         ("1.2", "Fortnightly department time given to planning retrieval practice against the new curriculum maps.",
          "DHT (Curriculum) / Heads of Department", "Summer term 2025",
          "Retrieval starters seen in 90% of KS3 lessons in learning walks.", "G", None),
         ("1.3", "SLT line managers to carry out curriculum deep dives in the three subjects, including pupil voice "
                 "and book looks.\nFindings reported to the Standards Committee.",
          "JH, RT", "31/03/2025",
          "Deep dive reports show pupils can recall prior knowledge; two of three complete.", "A", None),
         ("1.4", "External review of KS3 curriculum implementation by a Gloucestershire school improvement partner.",
          "Headteacher", "July 2025",
          "Review report received and actions added to the 2025–26 improvement plan.", "", "G"),
     ]),
    ("Priority 2 – Reading",
     "The school's work to support weaker readers in key stage 3 is at an early stage. Some pupils who are "
     "behind with their reading do not get the help they need to catch up quickly. The school should make "
     "sure that these pupils are identified swiftly and receive effective support so that they can read "
     "fluently and access the full curriculum.",
     [
         ("2.1", "Reading-age screening for all Year 7 and Year 8 pupils using NGRT; results shared with all staff "
                 "through the class context sheets.",
          "Assistant Headteacher (Literacy)", "31/01/2025",
          "All pupils screened; weakest 20% of readers identified on SIMS.", "B", None),
         ("2.2", "Train six teaching assistants to deliver a phonics-based catch-up programme to pupils with a "
                 "reading age below 9.",
          "SENCo and Literacy Coordinator", "Summer term 2025",
          "Re-test shows average gain of 12 months in reading age.", "G", None),
         ("2.3", "Introduce tutor-time reading for Years 7 to 9, four mornings a week, with a shared class novel.",
          "Head of Year 7; Head of Year 8; Head of Year 9", "Autumn term 2025",
          "Reading timetable in place; pupil survey shows more pupils reading for pleasure.", "A", None),
     ]),
    ("Priority 3 – Attendance",
     "Too many pupils, including disadvantaged pupils and those with SEND, are persistently absent. The "
     "school should continue to refine its approach to improving attendance so that these pupils attend "
     "school regularly and do not miss out on learning.",
     [
         ("3.1", "Appoint a full-time attendance officer and introduce weekly attendance panels for pupils below 90%.",
          "Business Manager & Assistant Headteacher (Behaviour and Attendance)", "April 2025",
          "Attendance officer in post; panels minuted weekly.", "B", None),
         ("3.2", "Home visits within three days of a third consecutive absence for persistently absent pupils.",
          "Attendance Officer", "Ongoing",
          "Persistent absence falls below 20% by July 2025.", "G", None),
         ("3.3", "Termly attendance report to the Local Governing Board, with disadvantaged and SEND pupils "
                 "reported separately.",
          "Headteacher", "Termly",
          "Governors' minutes show challenge on attendance of groups.", "G", None),
     ]),
]


def build_wyedean():
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.add_heading(WYEDEAN_TITLE, level=1)
    doc.add_paragraph("Following the Ofsted inspection of 12 and 13 November 2024 (report published 9 January "
                      "2025). Progress is reviewed by the Standards Committee of the Local Governing Board "
                      "each half-term.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("School", "Wyedean School and Sixth Form Centre, Sedbury, Chepstow"),
                 ("Inspection dates", "12 and 13 November 2024"),
                 ("Plan owner", "Headteacher"),
                 ("Governor link", "Chair of Standards Committee"),
                 ("Version / date", "v3 – 20 June 2025")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], FILL["PALE"])
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (letter, words) in enumerate([("B", "Completed – impact seen"), ("G", "On track"),
                                         ("A", "Started – some slippage"), ("R", "Off track")]):
        set_cell(key.rows[0].cells[i], f"{letter}  {words}", bold=True)
        shade(key.rows[0].cells[i], FILL[letter])

    for heading, afi, actions in WYEDEAN_PRIORITIES:
        doc.add_heading(heading, level=2)
        tbl = doc.add_table(rows=2, cols=6)
        tbl.style = "Table Grid"
        r0 = tbl.rows[0]
        set_cell(r0.cells[0], "Ofsted area for improvement", bold=True)
        shade(r0.cells[0], FILL["PALE"])
        merged = r0.cells[1].merge(r0.cells[5])
        set_cell(merged, afi)
        for i, h in enumerate(["No.", "Action", "Lead(s)", "By when", "Success criteria / evidence", "RAG"]):
            set_cell(tbl.rows[1].cells[i], h, bold=True)
            shade(tbl.rows[1].cells[i], FILL["GREY"])
        for ref, action, lead, when, success, rag, fill_only in actions:
            row = tbl.add_row()
            for i, v in enumerate([ref, action, lead, when, success, rag]):
                set_cell(row.cells[i], v)
            if rag:
                shade(row.cells[5], FILL[rag])
            elif fill_only:
                shade(row.cells[5], FILL[fill_only])
        doc.add_paragraph()

    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.rows[0].cells[0], "Approved by", bold=True)
    set_cell(so.rows[0].cells[1], "Chair of Governors")
    set_cell(so.rows[1].cells[0], "Date", bold=True)
    set_cell(so.rows[1].cells[1], "23 January 2025")
    doc.save(os.path.join(HERE, WYEDEAN_FILE))


# ----------------------------------------------------------------------------------------
# 2. Eastfield Medical Centre – GP CQC inspection action plan (docx, requirement notices)
# ----------------------------------------------------------------------------------------
EASTFIELD_FILE = "jn1-eastfield-medical-centre-cqc-inspection-action-plan.docx"
EASTFIELD_TITLE = "Eastfield Medical Centre – CQC Inspection Action Plan"
EASTFIELD_NOTICES = [
    ("Requirement notice 1 – Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
     "The provider did not ensure that patients prescribed high-risk medicines were monitored in line with "
     "national guidance. Safety alerts were not always acted on.",
     [
         ("RN1.1", "Complete a search of all patients on methotrexate, lithium, DOACs and ACE inhibitors; recall "
                   "any patient whose monitoring is overdue.",
          "Dr A Khan (Prescribing Lead)", "31/05/2025", "Search run 12/05/2025; 47 patients recalled, 41 seen.",
          "Complete"),
         ("RN1.2", "Introduce a monthly high-risk drug monitoring search, run by the clinical pharmacist and "
                   "reviewed at the clinical meeting.",
          "Clinical Pharmacist / Dr A Khan", "30/06/2025", "First two monthly searches completed.", "Green"),
         ("RN1.3", "Set up a safety alert log recording each MHRA alert, the searches run and the action taken, "
                   "with a named GP to sign off each alert.",
          "Practice Manager and Dr S Patel", "End of June 2025",
          "Log in place; historic alerts from 2024 being reviewed.", "Amber"),
     ]),
    ("Requirement notice 2 – Regulation 17 HSCA (RA) Regulations 2014: Good governance",
     "Systems to ensure staff had completed required training were not effective. Practice policies were out "
     "of date, and the practice had not acted on feedback from the national GP patient survey about "
     "telephone access.",
     [
         ("RN2.1", "Create a training matrix for all clinical and non-clinical staff, covering safeguarding, "
                   "infection prevention and control, basic life support and information governance.",
          "Practice Manager", "30/06/2025", "Matrix complete; 3 staff still to complete BLS.", "Amber"),
         ("RN2.2", "Review and re-issue all practice policies, with review dates recorded on the shared drive.\n"
                   "Policy owners named for each policy.",
          "Deputy Practice Manager", "Aug-25", "42 of 58 policies reviewed.", "Green"),
         ("RN2.3", "Move to cloud-based telephony with call-back and queue position, and publish the results of "
                   "a practice access survey.",
          "Practice Manager; PPG Chair", "Sept 2025", "Telephony contract signed; go-live 18 August.", "Green"),
     ]),
]
EASTFIELD_SHOULD = [
    ("S1", "Continue to improve the uptake of cervical screening.",
     "Offer Saturday smear clinics through the enhanced access hub and send text reminders to non-responders.",
     "Lead Practice Nurse", "31/12/2025", "Green"),
    ("S2", "Improve the identification of carers to enable appropriate support to be offered.",
     "Add a carer question to the new patient questionnaire and run a carers' awareness week in the waiting room.",
     "Care Coordinator", "October 2025", "Not started"),
    ("S3", "Ensure that all clinical staff receive a documented review of their consultations and prescribing.",
     "Quarterly audit of 10 consultations per non-medical prescriber, reviewed by a GP partner and recorded in "
     "the staff file.",
     "Dr J Okafor", "Quarterly", "Green"),
]


def build_eastfield():
    doc = Document()
    doc.add_heading(EASTFIELD_TITLE, level=1)
    doc.add_paragraph("Inspection: 4 March 2025    Report published: 22 April 2025    "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Document control", style="Heading 3")
    vc = doc.add_table(rows=1, cols=4)
    vc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        set_cell(vc.rows[0].cells[i], h, bold=True)
    for v in [("1.0", "06/05/2025", "Practice Manager", "Action plan agreed at partners' meeting"),
              ("1.1", "10/06/2025", "Practice Manager",
               "Progress updated following ICB primary care quality visit")]:
        row = vc.add_row()
        for i, x in enumerate(v):
            set_cell(row.cells[i], x)
    doc.add_paragraph("Status: Complete / Green = on track / Amber = at risk of delay / Red = overdue")

    for heading, finding, actions in EASTFIELD_NOTICES:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run("How the regulation was not being met:").bold = True
        doc.add_paragraph(finding)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Responsible person", "Target date", "Progress / evidence",
                               "Status"]):
            set_cell(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], FILL["GREY"])
        for ref, action, lead, date, prog, status in actions:
            row = tbl.add_row()
            for i, v in enumerate([ref, action, lead, date, prog, status]):
                set_cell(row.cells[i], v)
        doc.add_paragraph()

    doc.add_heading("Areas where the practice should make improvements", level=2)
    tbl = doc.add_table(rows=1, cols=6)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Ref", "The practice should", "Action", "Lead", "Date", "Status"]):
        set_cell(tbl.rows[0].cells[i], h, bold=True)
        shade(tbl.rows[0].cells[i], FILL["GREY"])
    for ref, should, action, lead, date, status in EASTFIELD_SHOULD:
        row = tbl.add_row()
        for i, v in enumerate([ref, should, action, lead, date, status]):
            set_cell(row.cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("Next review: practice governance meeting, September 2025.")
    doc.save(os.path.join(HERE, EASTFIELD_FILE))


# ----------------------------------------------------------------------------------------
# 3. Bradford Teaching Hospitals – CQC must do / should do (xlsx, four sheets)
# ----------------------------------------------------------------------------------------
BTH_FILE = "jn1-bradford-teaching-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"
BTH_TITLE = "Bradford Teaching Hospitals NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
BTH_MUST = [
    ("MD1", "Urgent and emergency care", "Regulation 12: Safe care and treatment",
     "The trust must ensure that patients attending the emergency department receive an initial clinical "
     "assessment within 15 minutes of arrival.",
     [
         ("MD1.1", "Introduce a rapid assessment and treatment (RAT) nurse at the front door 10:00–02:00, seven "
                   "days a week.", "Head of Nursing ED", D(2024, 12, 31), D(2025, 3, 31),
          "RAT model live from 6 January 2025; median time to initial assessment 13 minutes in April.", "A", "B"),
         ("MD1.2", "Weekly audit of time to initial assessment, reported to the UEC Divisional Board.",
          "Clinical Director ED / Head of Nursing ED", D(2025, 1, 31), None,
          "Audit embedded; compliance 88% in April against 95% target.", "G", "G"),
     ]),
    ("MD2", "Urgent and emergency care", "Regulation 18: Staffing",
     "The trust must ensure there are sufficient numbers of nurses with paediatric competencies on duty in the "
     "emergency department at all times.",
     [
         ("MD2.1", "Recruit four registered children's nurses to the paediatric ED establishment.",
          "Head of Nursing ED", D(2025, 3, 31), D(2025, 9, 30),
          "Two appointed; two posts re-advertised after unsuccessful interviews.", "A", "A"),
         ("MD2.2", "Deliver the paediatric immediate life support course to all adult-trained band 5 and 6 nurses "
                   "in ED.", "ED Practice Educator", D(2025, 6, 30), None,
          "61% trained; additional courses booked for June.", "G", "A"),
     ]),
    ("MD3", "Medical care (including older people's care)", "Regulation 12: Safe care and treatment",
     "The trust must ensure that deteriorating patients on medical wards are escalated in line with the NEWS2 "
     "policy and that escalation is recorded.",
     [
         ("MD3.1", "Roll out electronic NEWS2 escalation alerts to the medical and critical care outreach teams on "
                   "all medical wards.", "Chief Clinical Information Officer; Deputy Chief Nurse",
          D(2025, 2, 28), D(2025, 7, 31),
          "Live on 9 of 14 wards; remaining wards delayed by EPR upgrade.", "R", "A"),
         ("MD3.2", "Monthly NEWS2 documentation audit on every medical ward, with results on the ward accreditation "
                   "dashboard.", "Divisional Director of Nursing (Medicine)", D(2025, 1, 31), None,
          "Audit results for Q4 show 92% compliance.", "G", "B"),
     ]),
]
BTH_SHOULD = [
    ("SD1", "Urgent and emergency care",
     "The trust should ensure that patients' pain scores are recorded and reassessed after analgesia is given.",
     "Add a pain reassessment prompt to the ED nursing documentation in the EPR.", "Lead Nurse ED",
     D(2025, 4, 30), "Prompt live from 14 April 2025.", "B"),
    ("SD2", "Urgent and emergency care",
     "The trust should ensure that mental health patients waiting in the department are cared for in a safe "
     "environment.",
     "Refurbish the ED mental health assessment room to meet PLAN standards, working with Bradford District "
     "Care NHS Foundation Trust.", "Associate Director of Estates", D(2025, 10, 31),
     "Design agreed; works scheduled for August.", "G"),
    ("SD3", "Medical care (including older people's care)",
     "The trust should ensure that all staff complete mandatory training in line with trust targets.",
     "Ward managers to agree a training trajectory for each ward and review it at monthly performance meetings.",
     "Matrons (Medicine)", D(2025, 6, 30), "Compliance 84% against 90% target.", "A"),
    ("SD4", "Medical care (including older people's care)",
     "The trust should ensure that patients are discharged in a timely way and that discharge delays are "
     "escalated.",
     "Extend discharge lounge opening hours to 20:00 and introduce daily 'golden patient' discharges before "
     "11:00 on each ward.", "Director of Operations – Medicine", D(2025, 9, 30),
     "Business case to Finance and Performance Committee in June.", None),
]


def build_bth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = BTH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    for r, (k, v) in enumerate([("Inspection:", "Urgent and emergency care; Medical care (including older "
                                                "people's care) – 18 to 20 June 2024"),
                                ("Report published:", "3 October 2024"),
                                ("Reporting to:", "Quality and Patient Safety Committee – 27 May 2025"),
                                ("Executive lead:", "Chief Nurse")], start=3):
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=2, value=v)
    ws["A8"] = "RAG key"
    ws["A8"].font = Font(bold=True)
    for r, (letter, words) in enumerate([
            ("B", "Complete – evidence reviewed and accepted by CQC Oversight Group"),
            ("G", "On track to deliver by target date"),
            ("A", "Risk to delivery – mitigation in place"),
            ("R", "Off track or overdue")], start=9):
        c = ws.cell(row=r, column=1, value=letter)
        c.fill = fill(FILL[letter])
        c.font = Font(bold=True)
        ws.cell(row=r, column=2, value=words)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 80

    # Summary
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of progress – May 2025"
    ss["A1"].font = Font(bold=True, size=12)
    xl_row(ss, 3, ["", "B", "G", "A", "R", "Not rated", "Total"], bold=True,
           fills={2: FILL["B"], 3: FILL["G"], 4: FILL["A"], 5: FILL["R"]})
    xl_row(ss, 4, ["Must Do", 2, 1, 3, 0, 0, 6])
    xl_row(ss, 5, ["Should Do", 1, 1, 1, 0, 1, 4])
    xl_row(ss, 6, ["Total", 3, 2, 4, 0, 1, 10], bold=True)
    ss.column_dimensions["A"].width = 14

    # Must Do
    md = wb.create_sheet("Must Do")
    md["A1"] = "Must Do actions (regulation breaches)"
    md["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Core service", "Regulation", "CQC Must Do", "Action", "Lead(s)", "Original completion date",
           "Revised completion date", "Progress update – May 2025", "Previous RAG", "Current RAG"]
    xl_row(md, 3, hdr, bold=True, fills={i: FILL["GREY"] for i in range(1, 12)})
    r = 4
    for _mref, service, reg, must, actions in BTH_MUST:
        first = r
        for ref, action, lead, orig, rev, prog, prev, cur in actions:
            xl_row(md, r, [ref, service if r == first else None, reg if r == first else None,
                           must if r == first else None, action, lead, orig, rev, prog, prev, cur],
                   fills={10: FILL[prev], 11: FILL[cur]})
            r += 1
        for col in (2, 3, 4):
            md.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHIJK", [8, 18, 18, 40, 45, 24, 13, 13, 40, 9, 9]):
        md.column_dimensions[col].width = w
    md.freeze_panes = "A4"

    # Should Do
    sd = wb.create_sheet("Should Do")
    sd["A1"] = "Should Do actions"
    sd["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Core service", "CQC Should Do", "Action", "Lead(s)", "Target date",
           "Progress update – May 2025", "RAG"]
    xl_row(sd, 3, hdr, bold=True, fills={i: FILL["GREY"] for i in range(1, 9)})
    for r, (ref, service, should, action, lead, date, prog, rag) in enumerate(BTH_SHOULD, start=4):
        xl_row(sd, r, [ref, service, should, action, lead, date, prog, None],
               fills={8: FILL[rag]} if rag else None)
    for col, w in zip("ABCDEFGH", [8, 20, 40, 45, 24, 13, 40, 8]):
        sd.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, BTH_FILE))


# ----------------------------------------------------------------------------------------
# 4. Hampshire and Isle of Wight Healthcare – CQC mental health (xlsx, one sheet) – REFUSE
# ----------------------------------------------------------------------------------------
HIOW_FILE = ("jn1-hampshire-and-isle-of-wight-healthcare-nhsft-cqc-mental-health-must-should-do-action-plan"
             "-typo-month-refuse.xlsx")
HIOW_TITLE = ("Hampshire and Isle of Wight Healthcare NHS Foundation Trust – CQC Mental Health Core Services "
              "Action Plan")
HIOW_SECTIONS = [
    ("Acute wards for adults of working age and psychiatric intensive care units", [
        ("1", "Must", "The trust must ensure that ligature risk assessments are reviewed and updated for each ward "
                      "following environmental changes.",
         "Review ligature risk assessments on all eight acute wards and the PICU and record remedial works on the "
         "estates tracker.", "Head of Nursing – Acute Care / Head of Estates Compliance", "October 2025",
         "All assessments reviewed 22/08/2025; works logged.", "Complete"),
        ("2", "Must", "The trust must ensure that staff carry out and record physical health observations after "
                      "rapid tranquillisation.",
         "Add a rapid tranquillisation observation chart to RiO and audit its use monthly.",
         "Consultant Nurse (Physical Health)", "November 2025", "Chart built; testing on two wards.", "On track"),
        ("3", "Should", "The trust should ensure that patients have access to a range of therapeutic activities at "
                        "weekends.",
         "Recruit two weekend activity coordinators across Antelope House and Parklands Hospital.",
         "Modern Matron – Acute Services", "Febuary 2026", "Posts approved; advert closes 30/09/2025.", "At risk"),
        ("4", "Should", "The trust should ensure that informal patients are made aware of their right to leave "
                        "the ward.",
         "Display information on the rights of informal patients at ward entrances and include it in the ward "
         "welcome pack.", "Ward Managers", "September 2025", "Posters and welcome pack in place on all wards.",
         "Complete"),
    ]),
    ("Community-based mental health services for adults of working age", [
        ("5", "Must", "The trust must ensure that patients on community team waiting lists are regularly reviewed "
                      "and that risk is monitored while they wait.",
         "Introduce a waiting list contact protocol with monthly contact and risk review for every patient "
         "waiting more than four weeks.", "Associate Director of Community Mental Health Services",
         "December 2025", "Protocol approved at Quality and Safety Committee.", "On track"),
        ("6", "Must", "The trust must ensure that care plans are personalised and reviewed with patients.",
         "Relaunch the care planning standard with the community teams and audit 10 records per team each "
         "quarter.", "Head of Quality and Safety (Community) / Team Leaders", "March 2026",
         "Baseline audit complete.", "On track"),
        ("7", "Should", "The trust should ensure that all staff receive regular managerial supervision.",
         "Move supervision recording to the ESR supervision module, with a monthly compliance report to the "
         "care group governance meeting.", "Care Group Director of Nursing", "January 2026",
         "ESR module delayed by national release.", "Off track"),
        ("8", "Should", "The trust should ensure that carers are offered a carer's assessment.",
         "Signpost carers to local authority carers' assessments and complete the Triangle of Care "
         "self-assessment in each team.", "Carers Lead", "Ongoing", "", "On track"),
    ]),
]
HIOW_STATUS_FILL = {"Complete": FILL["B"], "On track": FILL["G"], "At risk": FILL["A"], "Off track": FILL["R"]}


def build_hiow():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC action plan"
    ws["A1"] = HIOW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection of acute wards for adults of working age and PICUs and community-based mental health "
                "services for adults of working age, February 2025. Version 4 – updated 02/09/2025")
    ws["A3"] = "Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red)"
    xl_row(ws, 5, ["No.", "Must / Should", "CQC requirement", "Action", "Lead", "Due", "Evidence of completion",
                   "Status"], bold=True, fills={i: FILL["GREY"] for i in range(1, 9)})
    r = 6
    rows_of = {}
    for section, items in HIOW_SECTIONS:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill(FILL["NAVY"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for no, kind, req, action, lead, due, evidence, status in items:
            xl_row(ws, r, [no, kind, req, action, lead, due, evidence, status],
                   fills={8: HIOW_STATUS_FILL[status]})
            rows_of[no] = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total actions: 8    Complete: 2    On track: 4    At risk: 1    Off track: 1")
    for col, w in zip("ABCDEFGH", [6, 10, 45, 50, 30, 15, 35, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, HIOW_FILE))
    return rows_of


# ----------------------------------------------------------------------------------------
# 5. Cardinal Newman College – SAR quality improvement plan (xlsx, sheet per theme)
# ----------------------------------------------------------------------------------------
CNC_FILE = "jn1-cardinal-newman-college-self-assessment-quality-improvement-plan-2024-25.xlsx"
CNC_TITLE = "Cardinal Newman College – Quality Improvement Plan 2024–25"
CNC_THEMES = [
    ("QoE", "Theme 1: Quality of education", [
        ("A-level achievement in a minority of subjects, including mathematics and physics, remains below "
         "national rates.", [
            ("QE1", "Subject-level deep dives in mathematics and physics each half-term, led by the curriculum "
                    "manager with external moderation.", "VP Curriculum", D(2025, 2, 28),
             "High grades (A*–B) in mathematics rise to at least 55%.", "First deep dive complete Nov 24.",
             "Second deep dive moved to March.", "A"),
            ("QE2", "Introduce timed assessment weeks in October, February and May for all Year 12 A-level "
                    "students, with grades entered on ProMonitor within 10 days.", "AP Quality / Heads of Department",
             D(2025, 5, 31), "Assessment data used to target intervention; in-year retention 95%.",
             "October week held.", "February week held; 97% of grades entered on time.", "G"),
        ]),
        ("Teachers do not consistently check students' understanding before moving on to new content.", [
            ("QE3", "Teaching and learning coaches to run a CPD strand on questioning and hinge questions.\n"
                    "All teachers to complete one peer observation per term.", "KB, LT", D(2025, 6, 30),
             "Observation records show effective checking of understanding in 85% of lessons.",
             "CPD strand launched.", "Completed; peer observation log shows 100% participation.", "B"),
        ]),
    ]),
    ("B&A", "Theme 2: Behaviour and attitudes", [
        ("Attendance of students on vocational programmes is too low, at 86% in 2023–24.", [
            ("BA1", "Attendance officers to phone parents on the first day of any unexplained absence for "
                    "vocational students.", "Head of Student Services", D(2024, 10, 31),
             "Vocational attendance 90% or above.", "In place from 7 October.", "Attendance 89.6% at February.",
             "B"),
            ("BA2", "Monthly attendance review meetings between each vocational curriculum manager and the AP "
                    "Student Experience.", "AP Student Experience", "Monthly",
             "Early intervention for students below 85%.", "Meetings held Oct, Nov, Dec.",
             "Continuing.", "G"),
        ]),
    ]),
    ("PD", "Theme 3: Personal development", [
        ("Too few students take part in work experience or meaningful encounters with employers.", [
            ("PD1", "Appoint an industry placements coordinator and build an employer database covering each "
                    "vocational area.", "Careers Lead", D(2025, 1, 31), "Database of 150+ employers.",
             "Coordinator appointed.", "Database live with 172 employers.", "B"),
            ("PD2", "All Year 12 students to complete at least one employer encounter by the end of the academic "
                    "year, tracked on Unifrog.", "Careers Lead & Tutors", D(2025, 7, 18),
             "100% of Year 12 have a recorded encounter.", "Tracking set up.", "58% recorded to date.", "A"),
        ]),
    ]),
    ("L&M", "Theme 4: Leadership and management", [
        ("Governors do not receive sufficiently detailed information on the progress of students with high "
         "needs.", [
            ("LM1", "Add a termly high-needs report, including progress against EHCP outcomes, to the Quality and "
                    "Standards Committee agenda.", "Head of Learning Support", D(2025, 3, 31),
             "Minutes show governor challenge on high-needs progress.", "Report template agreed.",
             "First report to March committee.", "G"),
            ("LM2", "Link governor for SEND to attend one learning support team meeting each term.",
             "Clerk to the Corporation", "Termly", "Governor visit notes on file.", "No visit yet.",
             "Link governor stood down in January; replacement not yet appointed.", "R"),
        ]),
    ]),
]


def build_cnc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = CNC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Arising from the Self-Assessment Report 2023–24. Monitored by the Quality and Standards "
                "Committee of the Corporation.")
    xl_row(ws, 4, ["Theme", "Actions", "B", "G", "A", "R"], bold=True,
           fills={3: FILL["B"], 4: FILL["G"], 5: FILL["A"], 6: FILL["R"]})
    tot = [0, 0, 0, 0, 0]
    r = 5
    for _sheet, theme, afis in CNC_THEMES:
        acts = [a for _afi, lst in afis for a in lst]
        counts = [len(acts)] + [sum(1 for a in acts if a[-1] == k) for k in "BGAR"]
        tot = [x + y for x, y in zip(tot, counts)]
        xl_row(ws, r, [theme] + counts)
        r += 1
    xl_row(ws, r, ["Total"] + tot, bold=True)
    ws.cell(row=r + 2, column=1, value="Key: B = complete; G = on track; A = some slippage; R = significant concern")
    ws.column_dimensions["A"].width = 38

    for sheet, theme, afis in CNC_THEMES:
        sh = wb.create_sheet(sheet)
        sh["A1"] = CNC_TITLE
        sh["A1"].font = Font(bold=True, size=12)
        sh["A2"] = theme
        sh["A2"].font = Font(bold=True, size=12, color="7030A0")
        xl_row(sh, 4, ["Ref", "Area for improvement (SAR 2023–24)", "Actions", "Lead", "Milestone date",
                       "Impact measure", "Autumn update", "Spring update", "RAG"], bold=True,
               fills={i: FILL["GREY"] for i in range(1, 10)})
        r = 5
        for afi, acts in afis:
            for i, (ref, action, lead, date, impact, aut, spr, rag) in enumerate(acts):
                xl_row(sh, r, [ref, afi if i == 0 else None, action, lead, date, impact, aut, spr, rag],
                       fills={9: FILL[rag]})
                r += 1
        for col, w in zip("ABCDEFGHI", [7, 38, 50, 22, 13, 32, 26, 30, 6]):
            sh.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, CNC_FILE))


# ----------------------------------------------------------------------------------------
# 6. LMP Education – apprenticeships post-inspection action plan (tab-separated text)
# ----------------------------------------------------------------------------------------
LMP_FILE = "jn1-lmp-education-ofsted-apprenticeships-post-inspection-action-plan.txt"
LMP_TITLE = "LMP Education Ltd – Apprenticeships Post-Inspection Action Plan"
LMP_AFIS = [
    ("Area for improvement 1: Leaders should ensure that coaches plan off-the-job training that builds "
     "apprentices' knowledge and skills in a logical order.", [
        ("1.1", "Rewrite the curriculum plans for the Level 3 Team Leader and Level 5 Operations Manager "
                "standards, sequencing topics against each apprentice's job role.", "Head of Curriculum",
         "May-25", "Complete", "New plans in use for all starts from 1 May."),
        ("1.2", "Coaches to agree a sequenced off-the-job training plan with each apprentice and employer at the "
                "first progress review.", "Head of Curriculum / Coaching Team Leaders", "Jul-25", "On track",
         "72% of plans agreed."),
        ("1.3", "Train all coaches in curriculum sequencing and retrieval practice through the monthly CPD "
                "programme.", "Quality Manager", "Sep-25", "On track", ""),
    ]),
    ("Area for improvement 2: Leaders should ensure that apprentices who need to improve their English and "
     "mathematics receive effective teaching to achieve their functional skills qualifications.", [
        ("2.1", "Appoint a specialist functional skills tutor for mathematics.", "Operations Director", "Apr-25",
         "Complete", "Tutor started 7 April."),
        ("2.2", "Introduce weekly live online functional skills classes, with attendance tracked on Aptem.",
         "Functional Skills Lead", "Jun-25", "Amber", "Attendance at classes 61%."),
        ("2.3", "Report first-time pass rates for functional skills to the board each quarter.", "Quality Manager",
         "Ongoing", "On track", ""),
    ]),
    ("Area for improvement 3: Leaders should ensure that employers are fully involved in reviewing "
     "apprentices' progress.", [
        ("3.1", "Employer line managers to attend every 12-weekly progress review, with reviews rescheduled where "
                "they cannot attend.", "Coaching Team Leaders", "Aug-25", "Not started",
         "New review template approved; launch 1 August."),
        ("3.2", "Employer newsletter and termly employer forum on gateway and end-point assessment.",
         "Business Development Manager and Quality Manager", "Dec-25", "On track", "First forum held 26 June."),
    ]),
]


def build_lmp():
    lines = [LMP_TITLE,
             "Ofsted inspection:\t18–21 March 2025",
             "Overall effectiveness:\tRequires improvement",
             "Plan owner:\tManaging Director\tLast updated:\t14/07/2025",
             "",
             "Ref\tAction\tOwner\tDeadline\tStatus\tProgress notes"]
    for afi, acts in LMP_AFIS:
        lines.append(afi)
        for a in acts:
            lines.append("\t".join(a))
    lines += ["", "Total actions: 8\tComplete: 2\tOn track: 4\tAmber: 1\tNot started: 1"]
    with open(os.path.join(HERE, LMP_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ----------------------------------------------------------------------------------------
# 7. HM Courts & Tribunals Service – NAO and PAC recommendations tracker (csv export)
# ----------------------------------------------------------------------------------------
HMCTS_FILE = "jn1-hm-courts-and-tribunals-service-nao-pac-recommendations-tracker.csv"
HMCTS_TITLE = "HM Courts & Tribunals Service – NAO and PAC recommendations tracker: courts and tribunals reform"
NAO = "NAO – Progress on the courts and tribunals reform programme (February 2023)"
PAC = "PAC – Sixty-First Report of Session 2022–23 (HC 1002)"
HMCTS_ROWS = [
    (NAO, "1", "HMCTS should set out a realistic and fully costed plan for completing the remaining reform "
               "projects, including the benefits it expects to deliver.",
     "A1.1", "Publish a re-baselined reform programme plan and benefits profile following the March 2023 replan.",
     "Reform Portfolio Director", "Sep-23", "Dec-23", "Complete",
     "Replan approved by the Major Projects Review Group; summary published in the annual report."),
    (NAO, "1", "HMCTS should set out a realistic and fully costed plan for completing the remaining reform "
               "projects, including the benefits it expects to deliver.",
     "A1.2", "Report benefits realised against the re-baselined profile to the HMCTS Board every six months.",
     "Chief Financial Officer; Reform Portfolio Director", "Mar-24", "", "Complete",
     "Six-monthly benefits report now a standing Board item."),
    (NAO, "2", "HMCTS should improve the data it collects on the characteristics of users of its reformed "
               "services so that it can understand the impact of reform on vulnerable users.",
     "A2.1", "Introduce collection of protected characteristics data in the online civil money claims, probate "
             "and divorce services.", "Chief Digital and Information Officer", "Jun-24", "Mar-25", "Complete",
     "Live in all three services."),
    (NAO, "2", "HMCTS should improve the data it collects on the characteristics of users of its reformed "
               "services so that it can understand the impact of reform on vulnerable users.",
     "A2.2", "Publish an annual evaluation of the impact of the reformed services on vulnerable users.",
     "Head of Evaluation and Performance", "31/03/2025", "30/11/2025", "Red",
     "Data quality issues in probate data; at risk of further slippage."),
    (PAC, "1", "HMCTS should write to the Committee setting out how it will make sure the common platform is "
               "stable and meets the needs of its users, including the Crown Prosecution Service and the "
               "judiciary.",
     "B1.1", "Deliver the common platform stabilisation releases and agree user-satisfaction measures with the "
             "CPS and the judiciary.", "Chief Digital and Information Officer", "Dec-23", "Jun-24", "Complete",
     "Stabilisation releases complete; measures agreed at the Common Platform Board."),
    (PAC, "1", "HMCTS should write to the Committee setting out how it will make sure the common platform is "
               "stable and meets the needs of its users, including the Crown Prosecution Service and the "
               "judiciary.",
     "B1.2", "Share a monthly common platform performance report with the CPS, the Law Society and the Bar "
             "Council.", "Crime Programme Director", "Monthly", "", "On track", "Issued monthly since July 2024."),
    (PAC, "3", "HMCTS should set out how it will recover the backlogs in the tribunals and the civil and family "
               "courts, including the contribution that reform will make.",
     "B3.1", "Develop recovery trajectories for the employment tribunal, the immigration and asylum chamber and "
             "private family law cases.", "Director of Operations & Director of Tribunals", "Q4 2024-25",
     "Q2 2025-26", "Amber",
     "Employment tribunal trajectory agreed; family recovery plan awaiting ministerial sign-off."),
    (PAC, "3", "HMCTS should set out how it will recover the backlogs in the tribunals and the civil and family "
               "courts, including the contribution that reform will make.",
     "B3.2", "Report progress against the recovery trajectories in the next Treasury Minute progress report.",
     "Reform Portfolio Director", "Dec 2025", "", "On track", ""),
]


def build_hmcts():
    with open(os.path.join(HERE, HMCTS_FILE), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([HMCTS_TITLE])
        w.writerow(["Position at 30 September 2025. Reported to the HMCTS Audit and Risk Assurance Committee."])
        w.writerow([])
        w.writerow(["Source", "Rec no.", "Recommendation", "Action ref", "Agreed action", "Action owner",
                    "Original target date", "Revised target date", "Status", "Commentary"])
        for row in HMCTS_ROWS:
            w.writerow(row)


if __name__ == "__main__":
    build_wyedean()
    build_eastfield()
    build_bth()
    rows = build_hiow()
    build_cnc()
    build_lmp()
    build_hmcts()
    print("HIOW action rows:", rows)
