"""Build the seven lj1- blind test files for set heldout356.

Run with /work/main/.venv/bin/python lj1_make.py (writes beside this script).
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

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def header_row(table, labels, fill=NAVY):
    row = table.rows[0]
    for cell, label in zip(row.cells, labels):
        set_cell(cell, label, bold=True, size=9)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)


def merged_row(table, text, first_col=0, fill=None, bold=True, lead=None):
    row = table.add_row()
    if lead is not None:
        set_cell(row.cells[0], lead, bold=True, size=9)
    merged = row.cells[first_col].merge(row.cells[len(row.cells) - 1])
    set_cell(merged, text, bold=bold, size=9)
    if fill:
        shade(merged, fill)
        if first_col > 0:
            shade(row.cells[0], fill)
    return row


def data_row(table, values, status_fill=None):
    row = table.add_row()
    for cell, value in zip(row.cells, values):
        set_cell(cell, value, size=9)
    if status_fill:
        shade(row.cells[len(values) - 1], status_fill)
    return row


# ----------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_fill):
    return PatternFill(fill_type="solid", start_color=hex_fill, end_color=hex_fill)


def xl_header(ws, row, labels, hex_fill=NAVY):
    for i, label in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=label)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(hex_fill)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def d(y, m, day):
    return dt.datetime(y, m, day)


# =============================================================== 1. school docx
def castle_manor():
    doc = Document()
    doc.add_heading("Castle Manor Academy – Post-Ofsted Action Plan", level=0)
    doc.add_paragraph("A member of Unity Schools Partnership")
    doc.add_paragraph(
        "Inspection dates: 5 and 6 March 2024 | Overall effectiveness: Requires improvement"
    )

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"])
    data_row(t, ["1.0", "22/04/2024", "Principal", "Local Governing Body"])
    data_row(t, ["1.3", "18/03/2025", "Principal", "Trust Director of Education"])

    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, meaning, colour in [
        ("B", "Complete – evidence of impact seen", BLUE),
        ("G", "On track", GREEN),
        ("A", "Started – some slippage", AMBER),
        ("R", "Not started / at risk", RED),
    ]:
        data_row(t, [letter, meaning])
        shade(t.rows[-1].cells[0], colour)

    cols = ["Ref", "Action", "Lead", "Timescale", "Success criteria / impact", "RAG"]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    sections = [
        (
            "1. Quality of education",
            "In some subjects, teachers do not check carefully enough what pupils know and remember. As a result, misconceptions are not identified and gaps in pupils’ knowledge persist. Leaders should ensure that teachers are trained to use assessment effectively to check pupils’ understanding.",
            [
                ["1.1",
                 "Deliver whole-staff CPD on checking for understanding (cold calling, mini-whiteboards, hinge questions).\nFollow up with fortnightly instructional coaching for all teaching staff.",
                 "Vice Principal (Quality of Education)", "Autumn term 2024",
                 "Learning walks show checking for understanding in 90% of lessons.", "B"],
                ["1.2",
                 "Curriculum leaders to review plans in science, humanities and MFL to identify the core knowledge pupils must retain, and build retrieval practice into each unit.",
                 "Curriculum Leaders (Science, Humanities, MFL)", "Spring term 2025",
                 "Pupils recall prior learning confidently in book looks and pupil voice.", "G"],
                ["1.3",
                 "Introduce termly assessment points in Years 7–10 with question-level analysis shared with departments.",
                 "Assistant Principal (Assessment)", "By 14 February 2025",
                 "Departments use QLA to re-teach identified gaps.", "A"],
            ],
        ),
        (
            "2. Behaviour and attitudes",
            "Too many pupils, including disadvantaged pupils and those with special educational needs and/or disabilities (SEND), are persistently absent. Leaders should continue to take effective action to improve these pupils’ attendance.",
            [
                ["2.1",
                 "Appoint a dedicated Attendance Officer and introduce first-day calling and home visits from day three of absence.",
                 "Assistant Principal – Behaviour and Attendance", "September 2024",
                 "Attendance Officer in post; first-day calling logged.", "B"],
                ["2.2",
                 "Weekly attendance panel to track persistently absent pupils by group (PP, SEND, Year 9) with individual support plans.",
                 "KW / RB", "Ongoing",
                 "Persistent absence below 20% by July 2025.", "G"],
                ["2.3",
                 "Work with the local authority Inclusion Support Officer to issue fixed penalty notices and parenting contracts where support has not improved attendance.",
                 "Assistant Principal – Behaviour and Attendance", "Summer term 2025",
                 "Escalation pathway followed for all pupils below 80%.", "A"],
            ],
        ),
        (
            "3. Personal development",
            "The personal, social, health and economic (PSHE) education programme is not well sequenced. Some pupils have gaps in their understanding of healthy relationships and of how to keep themselves safe online. Leaders should ensure that the programme is planned and taught well.",
            [
                ["3.1",
                 "Rewrite the PSHE/RSHE curriculum map for Years 7–11 using the PSHE Association programme of study, with a sequenced unit on online safety in each year.",
                 "Head of PSHE", "July 2024",
                 "Curriculum map published on the academy website.", "B"],
                ["3.2",
                 "Deliver PSHE through timetabled tutor-led lessons with a specialist team, and quality assure through termly pupil voice.",
                 "Head of PSHE / Vice Principal (Personal Development)", "Autumn term 2024",
                 "Pupil voice shows secure understanding of healthy relationships.", "G"],
            ],
        ),
        (
            "4. Leadership and management",
            "Governors and trustees do not have a precise enough understanding of the quality of provision for pupils with SEND. Leaders should ensure that those responsible for governance receive accurate information so that they can hold leaders to account.",
            [
                ["4.1",
                 "SENDCo to present a termly SEND report to the Local Governing Body covering attainment, attendance, suspensions and the quality of support plans.",
                 "SENDCo", "Termly",
                 "LGB minutes record challenge on SEND outcomes.", "G"],
                ["4.2",
                 "Commission an external review of SEND provision through the Unity Schools Partnership SEND Lead and act on its recommendations.",
                 "Principal and Trust SEND Lead", "31 March 2025",
                 "Review report received; actions added to this plan.", "R"],
            ],
        ),
    ]
    for heading, afi, rows in sections:
        doc.add_heading(heading, level=1)
        doc.add_paragraph().add_run("Area for improvement").bold = True
        p = doc.add_paragraph()
        p.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for r in rows:
            data_row(t, r, status_fill=rag_fill[r[-1]])
        doc.add_paragraph()

    doc.add_paragraph(
        "The plan is reviewed at each meeting of the Local Governing Body and reported to the Trust Education Committee each half term."
    )
    doc.add_paragraph().add_run("Sign-off").bold = True
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    data_row(t, ["Principal", "Signed:", "Date: 22/04/2024"])
    data_row(t, ["Chair of the Local Governing Body", "Signed:", "Date: 22/04/2024"])
    doc.save(out("lj1-castle-manor-academy-post-ofsted-action-plan.docx"))


# ============================================================ 2. college xlsx
def warrington_vale_royal():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Warrington & Vale Royal College"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Post-Inspection Action Plan (PIAP) 2024–25"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Ofsted inspection: 23–26 January 2024 (report published 4 March 2024)"
    ws["A4"] = "Overall effectiveness: Requires improvement"
    ws["A6"] = "Status key"
    ws["A6"].font = Font(bold=True)
    key = [
        ("Complete", "Action completed and impact evidenced", BLUE),
        ("On track", "Action progressing and will meet the target date", GREEN),
        ("At risk", "Action started but the target date is at risk", AMBER),
        ("Off track", "Action overdue or not started", RED),
    ]
    for i, (word, meaning, colour) in enumerate(key, start=7):
        ws.cell(row=i, column=1, value=word).fill = fill(colour)
        ws.cell(row=i, column=2, value=meaning)
    ws["A12"] = "Summary at 30 April 2025"
    ws["A12"].font = Font(bold=True)
    xl_header(ws, 13, ["Status", "No. of actions"])
    for i, (word, n) in enumerate(
        [("Complete", 4), ("On track", 3), ("At risk", 1), ("Off track", 1), ("Total", 9)], start=14
    ):
        ws.cell(row=i, column=1, value=word).border = BOX
        ws.cell(row=i, column=2, value=n).border = BOX
    ws["A14"].font = Font(bold=False)
    ws["A18"].font = Font(bold=True)
    ws["B18"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 52

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Warrington & Vale Royal College – Post-Inspection Action Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Update for Quality and Standards Committee, 14 May 2025"
    ws["A2"].font = Font(italic=True)
    labels = ["Theme", "Area for improvement (Ofsted)", "Ref", "Action", "Lead",
              "Original target date", "Revised target date", "Progress update",
              "Previous status", "Current status"]
    xl_header(ws, 4, labels)
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

    themes = [
        ("Education programmes for young people", [
            ("Leaders should ensure that teachers of education programmes for young people use assessment to check learners’ understanding and provide feedback that helps learners to improve their work.", [
                ("PIAP1.1", "Launch the ‘Assessment for Learning’ priority through the 2024–25 professional development programme, with all teachers completing the three-part module.",
                 "Assistant Principal Teaching, Learning and Assessment", d(2024, 12, 31), None,
                 "All three sessions delivered; 94% of teachers completed the module.", "On track", "Complete"),
                ("PIAP1.2", "Introduce a standard feedback policy (‘what went well / even better if / response’) and audit marked work in each curriculum area each term.",
                 "Heads of Curriculum", d(2025, 3, 31), d(2025, 6, 30),
                 "Policy launched January 2025; spring audit delayed in construction and engineering.", "At risk", "On track"),
                ("PIAP1.3", "Quality team to carry out themed learning walks focused on questioning and checking understanding, reporting findings to the Teaching and Learning Board.",
                 "Head of Quality; Teaching and Learning Coaches", d(2025, 7, 31), None,
                 "Two rounds complete; third round scheduled for June.", "On track", "On track"),
            ]),
            ("Leaders and managers should improve learners’ attendance, particularly in English and mathematics lessons.", [
                ("PIAP2.1", "Implement daily attendance monitoring in ProMonitor with same-day contact to parents and carers of learners aged 16 to 18 who are absent from English or maths.",
                 "Director of Student Services", d(2024, 9, 30), None,
                 "In place from September 2024. English and maths attendance up 7 percentage points.", "On track", "Complete"),
                ("PIAP2.2", "Timetable English and mathematics alongside vocational lessons rather than in separate afternoon blocks.",
                 "Vice Principal Curriculum and Quality / Head of English and Maths", d(2024, 8, 31), d(2025, 8, 31),
                 "Achieved for 80% of study programmes; remaining timetables to change in 2025–26.", "Off track", "At risk"),
            ]),
        ]),
        ("Apprenticeships", [
            ("Leaders should ensure that apprentices’ off-the-job training is planned in coordination with employers so that apprentices can apply new knowledge and skills at work.", [
                ("PIAP3.1", "Hold a tripartite planning meeting with every new apprentice and employer within the first four weeks to agree the training plan and off-the-job schedule.",
                 "Head of Apprenticeships", d(2024, 10, 31), None,
                 "100% of new starts since October have a signed training plan.", "On track", "Complete"),
                ("PIAP3.2", "Introduce 10-weekly progress reviews that record off-the-job hours and agree workplace activities with line managers.",
                 "Head of Apprenticeships; Apprenticeship Skills Coaches", d(2025, 1, 31), None,
                 "Review template live; 86% of reviews in date.", "On track", "On track"),
                ("PIAP3.3", "Provide employer mentors with a short guide and briefing session on the apprenticeship standard and end-point assessment.",
                 "Business Development Manager", d(2025, 3, 31), d(2025, 9, 30),
                 "Guide drafted; briefing sessions not yet scheduled.", "On track", "Off track"),
            ]),
        ]),
        ("Leadership and management", [
            ("Governors should receive sufficiently detailed information about the quality of adult learning programmes so that they can challenge leaders effectively.", [
                ("PIAP4.1", "Add an adult learning quality dashboard to each Quality and Standards Committee report, with a termly deep dive presented by the Head of Adult and Community Learning.",
                 "Clerk to the Corporation / Head of Adult and Community Learning", d(2024, 12, 31), None,
                 "Dashboard included from the November 2024 committee.", "On track", "Complete"),
            ]),
        ]),
    ]
    r = 5
    for theme, afis in themes:
        theme_start = r
        for afi, actions in afis:
            afi_start = r
            for ref, action, lead, orig, rev, prog, prev, cur in actions:
                vals = [None, None, ref, action, lead, orig, rev, prog, prev, cur]
                for col, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=9).fill = fill(status_fill[prev])
                ws.cell(row=r, column=10).fill = fill(status_fill[cur])
                r += 1
            ws.cell(row=afi_start, column=2, value=afi).alignment = WRAP
            if r - 1 > afi_start:
                ws.merge_cells(start_row=afi_start, start_column=2, end_row=r - 1, end_column=2)
        c = ws.cell(row=theme_start, column=1, value=theme)
        c.alignment = WRAP
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        if r - 1 > theme_start:
            ws.merge_cells(start_row=theme_start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Revised target dates were agreed by the Quality and Standards Committee on 5 February 2025.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [20, 40, 9, 55, 28, 13, 13, 40, 12, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(out("lj1-warrington-and-vale-royal-college-ofsted-post-inspection-action-plan.xlsx"))


# ====================================================== 3. CQC hospital xlsx
def royal_marsden():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "The Royal Marsden NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "CQC Inspection Action Plan – Must Do and Should Do actions"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Inspection: 14–16 November 2023 (report published 6 March 2024)"
    ws["A4"] = "Position at: 30 June 2024 – Quality Assurance Committee"
    ws["A6"] = "BRAG key"
    ws["A6"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([
        (BLUE, "Completed – evidence reviewed and signed off by the Chief Nurse"),
        (GREEN, "On track to deliver by the target date"),
        (AMBER, "Risk to delivery by the target date – mitigations in place"),
        (RED, "Off track / target date missed"),
    ], start=7):
        ws.cell(row=i, column=1).fill = fill(colour)
        ws.cell(row=i, column=2, value=meaning)
    xl_header(ws, 12, ["Core service", "Must do", "Should do", "Total"])
    for i, row in enumerate([
        ("Medical care", 1, 1, 2), ("Surgery", 1, 1, 2), ("Outpatients", 0, 1, 1), ("Total", 2, 3, 5)
    ], start=13):
        for col, v in enumerate(row, start=1):
            ws.cell(row=i, column=col, value=v).border = BOX
    for col in "ABCD":
        ws.cell(row=16, column="ABCD".index(col) + 1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 62

    labels = ["Ref", "Action to be taken", "Lead(s)", "Target date", "Progress update (June 2024)", "BRAG"]

    def action_sheet(title, heading, blocks):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        xl_header(ws, 2, labels)
        r = 3
        for service, recs in blocks:
            ws.cell(row=r, column=1, value=service).font = Font(bold=True)
            for col in range(1, 7):
                ws.cell(row=r, column=col).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            for rec_ref, rec_text, actions in recs:
                ws.cell(row=r, column=1, value=rec_ref).font = Font(bold=True)
                c = ws.cell(row=r, column=2, value=rec_text)
                c.font = Font(bold=True, italic=True)
                c.alignment = WRAP
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
                ws.row_dimensions[r].height = 32
                r += 1
                for ref, action, lead, target, progress, brag in actions:
                    for col, v in enumerate([ref, action, lead, target, progress], start=1):
                        c = ws.cell(row=r, column=col, value=v)
                        c.alignment = WRAP
                        c.border = BOX
                        if isinstance(v, dt.datetime):
                            c.number_format = "dd/mm/yyyy"
                    c = ws.cell(row=r, column=6)
                    c.border = BOX
                    if brag:
                        c.fill = fill(brag)
                    r += 1
        for col, w in zip("ABCDEF", [9, 60, 30, 14, 45, 8]):
            ws.column_dimensions[col].width = w
        return ws, r

    action_sheet("Must do", "Must Do actions", [
        ("Medical care", [
            ("MD1", "The trust must ensure that all staff complete mandatory training, including level 3 safeguarding children and adults training, in line with trust targets. (Regulation 18: Staffing)", [
                ("MD1.1", "Issue monthly compliance reports by ward to matrons and escalate staff more than 30 days non-compliant to the Divisional Nurse Director.",
                 "Head of Education", "Q1 2024/25", "Reports issued monthly since April; compliance 91%.", BLUE),
                ("MD1.2", "Provide additional level 3 safeguarding training sessions, including evening and weekend dates for night staff.",
                 "Named Nurse Safeguarding Adults; Named Nurse Safeguarding Children", d(2024, 9, 30),
                 "Twelve extra sessions booked July–September.", GREEN),
            ]),
        ]),
        ("Surgery", [
            ("MD2", "The trust must ensure that medicines, including controlled drugs, are stored securely and that medicine fridge temperatures are checked and recorded daily. (Regulation 12: Safe care and treatment)", [
                ("MD2.1", "Install remote temperature monitoring on all medicine fridges in theatres and surgical wards, with alerts to pharmacy.",
                 "Chief Pharmacist", "Q3 2024/25", "Business case approved; supplier lead time 16 weeks.", AMBER),
                ("MD2.2", "Pharmacy to undertake monthly controlled drug audits in theatres and report results to the Medicines Optimisation Group.",
                 "Lead Pharmacist – Surgery / Theatre Matron", "Jul-24", "Audits in place since March 2024.", BLUE),
            ]),
        ]),
    ])
    ws, r = action_sheet("Should do", "Should Do actions", [
        ("Medical care", [
            ("SD1", "The trust should ensure that falls and pressure ulcer risk assessments are completed and reviewed in line with trust policy.", [
                ("SD1.1", "Add mandatory risk assessment prompts to the electronic patient record admission pathway.",
                 "Chief Nursing Information Officer", d(2024, 10, 31), "Build in test environment.", GREEN),
            ]),
        ]),
        ("Outpatients", [
            ("SD2", "The trust should continue to reduce waiting times for follow-up appointments in outpatient clinics.", [
                ("SD2.1", "Validate the follow-up waiting list and move suitable patients to patient-initiated follow-up (PIFU) pathways.",
                 "Associate Director of Operations, Outpatients", "Q4 2024/25", "Validation 60% complete.", GREEN),
                ("SD2.2", "Increase clinic capacity in breast and urology through additional Saturday clinics.",
                 "Clinical Director for Outpatients", "Sept 2024 – March 2025", "Consultant job plans not yet agreed.", RED),
            ]),
        ]),
        ("Surgery", [
            ("SD3", "The trust should ensure that all steps of the WHO surgical safety checklist are completed and recorded for every patient.", [
                ("SD3.1", "Re-launch the WHO checklist with theatre teams and introduce weekly observational audits with results displayed in each theatre.",
                 "Theatres Matron", d(2024, 8, 31), "Audit tool agreed; re-launch planned for August.", None),
            ]),
        ]),
    ])
    ws.cell(row=r + 1, column=1, value="Actions rated Blue are removed from the plan once verified at the CQC Oversight Group.").font = Font(italic=True)
    wb.save(out("lj1-royal-marsden-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ================================================================= 4. GP csv
def thornton():
    rows = [
        ["Thornton Medical Centre - CQC Inspection Action Plan", "", "", "", "", "", "", ""],
        ["Inspection date: 9 July 2024. Report published: 20 August 2024. Overall rating: Requires improvement", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Regulation / area", "Finding", "Ref", "Action", "Responsible", "Deadline", "Status", "Comments"],
        ["Regulation 12 Safe care and treatment",
         "Patients prescribed high-risk medicines (methotrexate, lithium and DOACs) did not always have the required monitoring before prescriptions were issued.",
         "1a", "Run weekly searches for patients on high-risk medicines and recall any overdue for blood tests.",
         "Dr A Shah (GP partner)", "31/08/2024", "Complete", "Searches set up in EMIS, run every Monday."],
        ["", "", "1b", "Add monitoring alerts to the repeat template so that prescriptions cannot be re-authorised without a current result.",
         "Practice Pharmacist", "30/09/2024", "Complete", ""],
        ["", "", "1c", "Audit 20 records each quarter and report results to the clinical meeting.",
         "Dr Shah / Lead Nurse", "Quarterly", "Green", "First audit 94% compliant"],
        ["", "Emergency medicines were not all in date and the oxygen cylinder had not been checked.",
         "2a", "Introduce a weekly signed checklist for emergency medicines, oxygen and the defibrillator.",
         "Lead Nurse", "Aug-24", "Complete", "Checklist in the treatment room, checked by Practice Manager monthly"],
        ["Regulation 17 Good governance",
         "Systems to monitor staff training, including safeguarding and infection prevention and control, were not effective.",
         "3a", "Set up a training matrix for all clinical and non-clinical staff and review it at the monthly management meeting.",
         "Practice Manager", "31/10/2024", "Green", ""],
        ["", "", "3b", "Book all staff with overdue safeguarding training onto the ICB level 3 sessions.\nNon-clinical staff to complete level 1 and 2 e-learning.",
         "Sarah Hughes and Dr Patel", "End of October 2024", "Amber", "Two GPs still to book, sessions full in September"],
        ["", "Significant events and complaints were not reviewed to identify themes and share learning.",
         "4a", "Add significant events and complaints as a standing item at the monthly practice meeting, with an annual themes review.",
         "Assistant Practice Manager", "Nov-24", "Not started", ""],
        ["Should", "The practice should continue to improve the uptake of cervical screening.",
         "5a", "Offer evening and Saturday smear clinics through the PCN enhanced access service and send text reminders to non-responders.",
         "Lead Nurse; Reception Manager", "March 2025", "Green", "Saturday clinics from October"],
        ["", "The practice should take steps to improve patient satisfaction with telephone access.",
         "6a", "Move to a cloud-based telephony system with call-back and queue position messages.",
         "Practice Manager", "31/01/2025", "Amber", "Quotes received, awaiting ICB digital funding decision"],
        ["", "", "", "", "", "", "", ""],
        ["Action plan agreed by the partners on 2 September 2024. Next review at the practice meeting in October 2024.", "", "", "", "", "", "", ""],
    ]
    with open(out("lj1-thornton-medical-centre-cqc-inspection-action-plan.csv"), "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ===================================================== 5. mental health docx
def stockton_hall():
    doc = Document()
    doc.add_heading("Stockton Hall – CQC Action Plan", level=0)
    p = doc.add_paragraph()
    p.add_run("Forensic inpatient or secure wards").bold = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Provider", "Priory Healthcare Limited"),
        ("Location", "Stockton Hall, The Village, Stockton on the Forest, York"),
        ("Core service", "Forensic inpatient or secure wards"),
        ("Inspection dates", "10–12 September 2024"),
        ("Report published", "2 December 2024"),
        ("Plan owner", "Hospital Director"),
    ]:
        data_row(t, [k, v])
        shade(t.rows[-1].cells[0], GREY)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Version control").bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Summary of changes"])
    data_row(t, ["0.1", "09/12/2024", "First draft following report publication"])
    data_row(t, ["1.0", "20/12/2024", "Approved by Regional Operations Director"])
    data_row(t, ["1.4", "14/04/2025", "April progress update"])

    doc.add_paragraph()
    doc.add_paragraph().add_run("Status key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning, colour in [
        ("Red", "Overdue or at risk of not being delivered", RED),
        ("Amber", "In progress", AMBER),
        ("Green", "Completed and evidenced", GREEN),
    ]:
        data_row(t, [word, meaning])
        shade(t.rows[-1].cells[0], colour)

    doc.add_heading("Action plan", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["No.", "Action", "Lead", "Completion date", "Progress update (April 2025)", "Status"])
    sfill = {"Red": RED, "Amber": AMBER, "Green": GREEN}
    plan = [
        ("Is the service safe?", [
            ("MD1", "The provider must ensure that staff carry out and record physical health observations after the administration of rapid tranquillisation, in line with policy. (Regulation 12)", [
                ["MD1.1", "Re-issue the rapid tranquillisation observation chart and brief all registered nurses at safety huddles on each ward.",
                 "Physical Health Lead Nurse", "31 January 2025", "Briefings completed on all wards; new chart in use.", "Green"],
                ["MD1.2", "Pharmacy and ward managers to audit every episode of rapid tranquillisation each month and report compliance to Clinical Governance.",
                 "Lead Pharmacist / Ward Managers", "Monthly", "Compliance 88% (February), 95% (March).", "Amber"],
            ]),
            ("MD2", "The provider must ensure that ligature risk assessments are reviewed and updated following changes to the ward environment. (Regulation 12)", [
                ["MD2.1", "Complete a full environmental ligature audit of all wards, including the new seclusion suite on Derwent ward, and update each ward’s ligature risk assessment.",
                 "Head of Estates and Facilities; Security Lead", "28.02.2025", "Audit complete; Derwent risk assessment awaiting sign-off.", "Red"],
            ]),
        ]),
        ("Is the service effective?", [
            ("SD1", "The provider should ensure that patients’ care plans reflect their views and are recovery-focused.", [
                ["SD1.1", "Introduce the ‘My Shared Pathway’ care plan template and train named nurses in co-producing care plans with patients.",
                 "Director of Clinical Services", "31/03/2025 (revised to 30/06/2025)", "Template live on two of five wards; training paused during staffing pressures in March.", "Amber"],
                ["SD1.2", "Audit ten care plans per ward each quarter for patient involvement, feeding results back through the patient council.",
                 "Quality Improvement Lead", "Quarterly", "First audit due end of Q1.", "Amber"],
            ]),
        ]),
        ("Is the service well-led?", [
            ("MD3", "The provider must ensure that governance systems identify and act on gaps in staff supervision and mandatory training. (Regulation 17)", [
                ["MD3.1", "Add supervision and mandatory training compliance by ward to the monthly hospital governance dashboard, with exception reporting to the Senior Leadership Team.",
                 "Hospital Director", "March 2025", "Dashboard in use from the March governance meeting.", "Green"],
                ["MD3.2", "Ward managers to agree individual supervision schedules for all staff and record sessions on the electronic rota system.\nCompliance to reach 85% and be sustained for three months.",
                 "Ward Managers", "30 June 2025", "Supervision compliance 79% in March.", "Amber"],
            ]),
            ("SD2", "The provider should ensure that learning from incidents is shared consistently with staff working on night shifts.", [
                ["SD2.1", "Produce a monthly ‘Lessons Learned’ bulletin and include it in night-shift handovers, with sign-off sheets held on each ward.",
                 "Quality Improvement Lead; Night Coordinators", "End of January 2025", "Bulletin issued monthly since January.", "Green"],
            ]),
        ]),
    ]
    for question, recs in plan:
        merged_row(t, question, first_col=0, fill=GREY)
        for rec_ref, rec_text, actions in recs:
            merged_row(t, rec_text, first_col=1, fill="F2F2F2", bold=True, lead=rec_ref)
            for a in actions:
                data_row(t, a, status_fill=sfill[a[-1]])

    doc.add_paragraph()
    doc.add_paragraph(
        "Progress is reported monthly to the Stockton Hall Clinical Governance meeting and quarterly to the Priory Healthcare Quality and Safety Committee."
    )
    doc.save(out("lj1-stockton-hall-hospital-cqc-mental-health-must-should-do-action-plan.docx"))


# ===================================================== 6. national body xlsx
def ukaea():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "UK Atomic Energy Authority"
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "Audit and Risk Assurance Committee – 25 November 2025"
    ws["A3"] = "Internal Audit Recommendations Tracker (GIAA)"
    ws["A3"].font = Font(bold=True, size=12)
    ws["A4"] = "Position at 31 October 2025"
    xl_header(ws, 6, ["Priority", "Implemented", "On track", "At risk", "Overdue", "Total"])
    for i, row in enumerate([
        ("High", 1, 0, 1, 1, 3), ("Medium", 1, 2, 1, 0, 4), ("Low", 0, 2, 0, 0, 2), ("Total", 2, 4, 2, 1, 9)
    ], start=7):
        for col, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=col, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    ws["A12"] = "Status key"
    ws["A12"].font = Font(bold=True)
    for i, (word, meaning, colour) in enumerate([
        ("Implemented", "Action complete and verified by GIAA", BLUE),
        ("On track", "Due date not yet reached; progress as planned", GREEN),
        ("At risk", "Due date may not be met", AMBER),
        ("Overdue", "Past the agreed (or revised) due date", RED),
    ], start=13):
        ws.cell(row=i, column=1, value=word).fill = fill(colour)
        ws.cell(row=i, column=2, value=meaning)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 46

    labels = ["Audit report", "Opinion", "Ref", "Priority", "Recommendation", "Agreed management action",
              "Action owner", "Original due date", "Revised due date", "Revisions", "Status", "Latest update"]
    sfill = {"Implemented": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}

    def sheet(title, heading, audits):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        xl_header(ws, 2, labels)
        r = 3
        for audit, opinion, recs in audits:
            start = r
            for rec in recs:
                vals = [None, None] + list(rec)
                for col, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=11).fill = fill(sfill[rec[8]])
                r += 1
            ws.cell(row=start, column=1, value=audit).alignment = WRAP
            ws.cell(row=start, column=2, value=opinion).alignment = WRAP
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        for col, w in zip("ABCDEFGHIJKL", [24, 11, 11, 9, 42, 42, 26, 12, 12, 9, 12, 40]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "C3"
        return ws

    sheet("Open recommendations", "Open internal audit recommendations – position at 31 October 2025", [
        ("Cyber Security – Vulnerability Management", "Limited", [
            ("2425-11.1", "High",
             "Ensure that all critical and high vulnerabilities identified by scanning are remediated within the timescales set in the Vulnerability Management Policy.",
             "Introduce automated patch deployment for all managed endpoints and report remediation times monthly to the Digital Risk Board.",
             "Chief Information Officer / Head of Cyber Security", d(2025, 3, 31), d(2025, 9, 30), 1, "Overdue",
             "Automated patching live for 82% of endpoints; remainder are legacy experiment control systems on the Culham site."),
            ("2425-11.2", "Medium",
             "Maintain a complete asset register of internet-facing systems across both sites.",
             "Complete discovery of internet-facing assets at Culham and Rotherham and record them in the central CMDB.",
             "Head of Cyber Security", d(2025, 6, 30), d(2025, 12, 31), 1, "At risk",
             "Culham complete; Rotherham discovery delayed by network segregation work."),
            ("2425-11.3", "Low",
             "Update the Vulnerability Management Policy to reflect the current organisational structure.",
             "Revise and re-approve the policy through the Information Governance Group.",
             "Smith, Hannah", d(2025, 4, 30), d(2026, 1, 31), 1, "On track",
             "Draft to IGG in December."),
        ]),
        ("Capital Programme – Project Assurance", "Moderate", [
            ("2425-14.1", "Medium",
             "Strengthen gateway reviews so that updated cost estimates are scrutinised before each stage is approved.",
             "Introduce an independent cost review at each gateway for projects over £5m and record outcomes in the portfolio tool.",
             "Director of Finance", d(2025, 12, 31), None, 0, "On track",
             "Process agreed at Investment Committee in September."),
            ("2425-14.2", "Low",
             "Refresh guidance for senior responsible owners on escalating delivery risks.",
             "Publish updated SRO guidance and deliver briefing sessions.",
             "Deputy Director, Portfolio Assurance", d(2026, 3, 31), None, 0, "On track",
             "Guidance in draft."),
        ]),
        ("Payroll – Starters, Movers and Leavers", "Limited", [
            ("2526-03.1", "High",
             "Ensure that leavers are removed from payroll promptly and that overpayments are identified and recovered.",
             "Implement a monthly reconciliation between the HR system leavers report and the payroll run, with sign-off by the Payroll Manager.",
             "Executive Director, People", d(2025, 8, 31), d(2025, 11, 30), 1, "At risk",
             "Reconciliation run for September and October; sign-off evidence incomplete."),
            ("2526-03.2", "Medium",
             "Ensure that line managers submit leaver notifications before the employee’s last working day.",
             "Make the leaver form mandatory in the self-service portal and send automated reminders to line managers.",
             "Head of HR Operations; Payroll Manager", d(2025, 10, 31), d(2026, 3, 31), 1, "On track",
             "Portal change scheduled for the February release."),
        ]),
    ])
    ws = sheet("Closed since last ARAC", "Recommendations closed since the July 2025 meeting", [
        ("Business Continuity Planning", "Moderate", [
            ("2324-09.2", "Medium",
             "Test business continuity plans for each site at least annually.",
             "Run a desktop exercise for each site’s business continuity plan and record lessons learned.",
             "Head of Resilience", d(2025, 3, 31), d(2025, 6, 30), 1, "Implemented",
             "GIAA verified 12/09/2025."),
        ]),
        ("Procurement – Contract Management", "Moderate", [
            ("2425-05.1", "High",
             "Ensure that all contracts over £1m have a named contract manager and a contract management plan.",
             "Assign contract managers for all contracts over £1m and upload management plans to the contract register.",
             "Chief Commercial Officer", d(2025, 6, 30), None, 0, "Implemented",
             "GIAA verified 30/07/2025."),
        ]),
    ])
    ws.cell(row=7, column=1, value="Closed recommendations will be removed from the tracker after this meeting.").font = Font(italic=True)
    wb.save(out("lj1-uk-atomic-energy-authority-arac-internal-audit-recommendations-tracker.xlsx"))


# ======================================== 7. apprenticeship txt (refuse case)
def arden():
    T = "\t"
    lines = [
        "Arden University – Apprenticeships Post-Inspection Action Plan (PIAP)",
        "Ofsted inspection of apprenticeship provision: 18–21 March 2025. Overall effectiveness: Requires improvement.",
        "Exported from the Quality Improvement Tracker on 02/09/2025",
        "",
        T.join(["Ref", "Action", "Owner", "Target date", "Progress to date", "RAG"]),
        "AFI 1: Leaders and managers should ensure that apprentices receive their full entitlement to off-the-job training.",
        T.join(["1.1", "Introduce monthly reporting of planned and actual off-the-job hours for every apprentice, with escalation to employers where hours fall behind.",
                "Head of Apprenticeships", "May 2025", "Report live since May; 71% of apprentices on target.", "G"]),
        T.join(["1.2", "Agree protected study time with employers at the commitment statement stage and record it in the training plan.",
                "Employer Engagement Manager", "July 2025", "New commitment statement in use for all starts from July.", "B"]),
        T.join(["1.3", "Run catch-up study days for apprentices more than 20% behind their planned off-the-job hours.",
                "Apprenticeship Programme Leads", "Decmber 2025", "First study days held in August.", "A"]),
        "AFI 2: Leaders should ensure that coaches use the outcomes of progress reviews to plan learning that helps apprentices to achieve high grades.",
        T.join(["2.1", "Train all skills coaches in setting SMART targets linked to the knowledge, skills and behaviours in the apprenticeship standard.",
                "Head of Quality", "June 2025", "All 14 coaches trained.", "B"]),
        T.join(["2.2", "Quality team to sample ten progress reviews per coach each term and give developmental feedback.",
                "Quality Manager", "Termly", "Summer sample complete.", "G"]),
        "AFI 3: Leaders should improve the proportion of apprentices who complete their apprenticeship by their planned end date.",
        T.join(["3.1", "Introduce a monthly at-risk panel for apprentices past or within three months of their planned end date.",
                "Director of Apprenticeships", "April 2025", "Panel meets monthly.", "B"]),
        T.join(["3.2", "Book end-point assessment gateway meetings at least 12 weeks before the planned end date.",
                "Head of Apprenticeships / EPA Coordinator", "Sept 2025", "72% of gateways booked in time.", "A"]),
        "AFI 4: Governors should receive more detailed information about the quality of apprenticeships so that they can hold leaders to account.",
        T.join(["4.1", "Add an apprenticeship quality report, including achievement and off-the-job data, to each Academic Board and Board of Governors meeting.",
                "Pro Vice-Chancellor (Academic)", "October 2025", "First report to October Board.", "G"]),
        T.join(["4.2", "Appoint a link governor for apprenticeships.",
                "Clerk to the Board", "31/07/2025", "Link governor appointed in July.", "B"]),
        "",
        "RAG: B = complete, G = on track, A = at risk, R = off track",
    ]
    with open(out("lj1-arden-university-ofsted-apprenticeships-piap-typo-month-refuse.txt"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    castle_manor()
    warrington_vale_royal()
    royal_marsden()
    thornton()
    stockton_hall()
    ukaea()
    arden()
    print("built 7 files in", HERE)
