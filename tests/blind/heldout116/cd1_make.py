"""Generator for the cd1- cases of heldout116 (blind corpus).

Run with /work/main/.venv/bin/python cd1_make.py ; writes the seven document files beside this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
HEAD = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def header_row(ws, row, names, colour=HEAD):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# ---------------------------------------------------------------- 1. BTP
def make_btp():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    ws["A1"] = "British Transport Police – HMICFRS Inspection Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 March 2025 – reported to BTPA Performance and Delivery Committee"
    ws["A2"].font = Font(italic=True)
    cols = ["Ref", "Area", "Area for Improvement (HMICFRS)", "Action", "Action Owner",
            "Target Date", "Revised Date", "Progress Update", "RAG"]
    header_row(ws, 4, cols)
    afi1 = ("The force should make sure that its officers and staff consistently identify "
            "and record vulnerability at first contact.")
    afi2 = ("The force should make sure it records crimes accurately when they are reported "
            "to it, including those transferred from other forces.")
    afi3 = ("The force should evaluate its problem-solving activity so that it understands "
            "what works.")
    afi4 = ("The force should make sure it understands the wellbeing needs of its workforce "
            "and the effectiveness of its wellbeing provision.")
    afi5 = ("The force should develop its understanding of demand so that it can plan its "
            "workforce to meet it.")
    rows = [
        ("1.1", "Protecting vulnerable people", afi1,
         "Refresh THRIVE+ training for First Contact Centre staff and supervisors.",
         "Ch Supt Force Control", D(2024, 9, 30), None,
         "All FCC staff and supervisors trained by September 2024. Dip sampling shows 91% "
         "compliance with vulnerability recording.", "Complete"),
        ("1.2", "Protecting vulnerable people", afi1,
         "Introduce monthly vulnerability dip sampling of crime and incident records, "
         "reported to the Vulnerability Board.",
         "DCI Public Protection", D(2024, 12, 31), D(2025, 3, 31),
         "First two dip samples completed. Reporting template agreed at February Vulnerability "
         "Board; date revised to allow analyst recruitment.", "A"),
        ("2.1", "Service for victims of crime", afi2,
         "Deliver National Crime Recording Standard refresher e-learning to all investigating "
         "officers.",
         "Force Crime Registrar", D(2025, 3, 31), None,
         "Package launched January 2025. Completion rate 68% at end of March; reminders issued "
         "through divisional SLTs.", "G"),
        ("2.2", "Service for victims of crime", afi2,
         "Agree a crime transfer protocol with Home Office forces through the NPCC.",
         "ACC Crime & Vulnerability / Force Crime Registrar", D(2025, 6, 30), None,
         "Draft protocol shared with NPCC crime registrars' working group.", "G"),
        None,
        ("3.1", "Preventing crime and antisocial behaviour", afi3,
         "Adopt the College of Policing evaluation template for all problem-solving plans on "
         "the rail network.",
         "Supt Neighbourhood Policing", D(2024, 9, 1), None,
         "Template in use across all divisions since September 2024.", "Complete"),
        ("3.2", "Preventing crime and antisocial behaviour", afi3,
         "Publish a problem-solving good practice bulletin for sector policing teams.",
         "Problem Solving Hub Manager", "Quarterly", None,
         "Second edition published March 2025 featuring the trespass reduction work at "
         "Clapham Junction.", "G"),
        ("4.1", "Building, supporting and protecting the workforce", afi4,
         "Run a force-wide wellbeing survey and publish the results with an action plan.",
         "Director of People & Culture", D(2024, 10, 31), D(2025, 1, 31),
         "Survey closed November 2024 (41% response). Action plan approved at People Board "
         "on 22 January 2025.", "Complete"),
        ("4.2", "Building, supporting and protecting the workforce", afi4,
         "Train all first-line supervisors in the wellbeing conversation framework.",
         "Head of Learning & Development", D(2025, 9, 30), None,
         "Delayed: training provider contract not yet awarded. Escalated to People Board.",
         "R"),
        ("5.1", "Planning and managing the organisation efficiently", afi5,
         "Complete the Force Management Statement 2025 using the new demand model.",
         "Head of Strategy & Planning", D(2025, 5, 31), None,
         "Demand modelling complete; FMS drafting under way.", "G"),
        ("5.2", "Planning and managing the organisation efficiently", afi5,
         "Implement a resource-to-demand model for the London and South divisions.",
         "Ch Supt Operations", "Q2 2025/26", None,
         "Dependent on completion of action 5.1.", "Not started"),
    ]
    rag_fill = {"Complete": BLUE, "A": AMBER, "G": GREEN, "R": RED}
    r = 5
    for row in rows:
        if row is None:
            r += 1
            continue
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        for col in (6, 7):
            c = ws.cell(row=r, column=col)
            if isinstance(c.value, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if row[0] == "3.1":
            ws.cell(row=r, column=6).number_format = "mmm-yy"
        rc = ws.cell(row=r, column=9)
        if row[8] in rag_fill:
            rc.fill = fill(rag_fill[row[8]])
        rc.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for label, colour in (("R", RED), ("A", AMBER), ("G", GREEN), ("Complete", BLUE)):
        r += 1
        ws.cell(row=r, column=1, value=label).fill = fill(colour)
        ws.cell(row=r, column=2, value={
            "R": "Off track – will not be delivered by target date",
            "A": "At risk – some slippage, revised date agreed",
            "G": "On track",
            "Complete": "Action complete and evidenced"}[label])
    widths(ws, {"A": 7, "B": 22, "C": 40, "D": 45, "E": 24, "F": 12, "G": 12, "H": 50, "I": 11})
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "cd1-british-transport-police-hmicfrs-afi-tracker.xlsx"))


# ---------------------------------------------------------------- 2. South Devon College
def make_sdc():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "South Devon College – Ofsted Post-Inspection Action Plan 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection dates: 5–8 March 2024   |   Overall effectiveness: Good   |   "
                "Plan owner: Vice Principal Quality")
    cols = ["Ref", "Action", "Responsibility", "Timescale", "Success measure",
            "Progress update (June 2024)", "RAG"]
    header_row(ws, 4, cols, "7030A0")
    sections = [
        ("1. Leaders and managers should ensure that all apprentices receive their full "
         "entitlement to off-the-job training.", [
            ("1.1", "Introduce monthly off-the-job hours reporting for each apprenticeship "
             "programme, reviewed at curriculum performance meetings.",
             "Head of Apprenticeships", "April 2024",
             "All apprentices on track with OTJ hours at each review",
             "Reports in place from April; 94% of apprentices now on track.", BLUE),
            ("1.2", "Train workplace mentors and employers on off-the-job requirements at "
             "induction and at each progress review.",
             "Apprenticeship Coordinators / Employer Engagement Manager", "Summer term 2024",
             "Employer feedback confirms understanding of OTJ",
             "Employer briefing pack produced; sessions held with 60 employers so far.", GREEN),
        ]),
        ("2. Leaders should ensure that teachers on adult learning programmes plan learning "
         "that builds on what learners already know and can do.", [
            ("2.1", "Embed initial assessment outcomes into individual learning plans for all "
             "adult ESOL and Access learners.",
             "Assistant Principal Adult & Community", "Sept 2024",
             "ILPs reflect starting points for 100% of sampled learners",
             "New ILP template agreed for September enrolment.", GREEN),
            ("2.2", "Run teaching and learning coaching sessions focused on sequencing of "
             "content and retrieval practice.",
             "Teaching & Learning Coaches", "Autumn term 2024",
             "Observation outcomes show improved sequencing",
             "Coaching programme planned but coach vacancy not yet filled.", AMBER),
            ("2.3", "Carry out learning walks in adult provision each half term and report "
             "themes to the Quality Board.",
             "Director of Quality", "Ongoing",
             "Themes reported and acted on each half term",
             "Two rounds of learning walks completed this term.", GREEN),
        ]),
        ("3. Leaders should improve the attendance of learners on study programmes at "
         "English and mathematics lessons.", [
            ("3.1", "Introduce same-day follow-up of absence from English and maths lessons by "
             "progress coaches.",
             "Head of English & Maths", "May 2024",
             "Attendance at English and maths rises to 85%+",
             "Same-day contact in place; attendance up from 78% to 84%.", BLUE),
            ("3.2", "Review timetabling so that English and maths lessons are not placed at the "
             "end of the day.",
             "Vice Principal Curriculum", "By 31 July 2024",
             "2024/25 timetable has no English/maths after 3pm",
             "Timetabling software constraints mean this cannot be fully met for 2024/25.", RED),
            ("3.3", "Set attendance targets of 90% for English and maths in all curriculum area "
             "quality improvement plans.",
             "Heads of Faculty", "Spring term 2025",
             "All curriculum QIPs include the target and progress is reviewed",
             "Targets to be set in autumn QIP cycle.", AMBER),
        ]),
    ]
    r = 5
    for heading, acts in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        c.alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, action, resp, when, measure, prog, colour in acts:
            for i, v in enumerate((ref, action, resp, when, measure, prog, None), 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
            ws.cell(row=r, column=7).fill = fill(colour)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for colour, label in ((BLUE, "Complete"), (GREEN, "On track"),
                          (AMBER, "Some slippage – monitor"), (RED, "Off track – action needed")):
        r += 1
        ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=2, value=label)
    widths(ws, {"A": 6, "B": 50, "C": 28, "D": 16, "E": 34, "F": 44, "G": 8})
    wb.save(os.path.join(HERE, "cd1-south-devon-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. University of Kent (refuse)
def make_kent():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "University of Kent – Apprenticeships Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Ofsted inspection 12–15 November 2024   |   Last updated 28 February 2025"
    cols = ["Ref", "Theme", "Area for improvement", "Actions", "Lead", "Target date",
            "Status", "Update"]
    header_row(ws, 4, cols, "05054B")
    aoi1 = ("Leaders should ensure that apprentices receive useful feedback that helps them "
            "improve the standard of their work.")
    aoi2 = ("Leaders should make sure that apprentices are well prepared for their end-point "
            "assessment.")
    aoi3 = ("Leaders should improve the quality of tripartite progress reviews so that "
            "employers contribute fully.")
    rows = [
        ("1a", "Quality of education", aoi1,
         "Introduce a feedback policy for apprenticeship assessed work with a two-week "
         "turnaround.", "Director of Apprenticeships", "Jan-25", "Complete",
         "Policy approved by Education Committee January 2025."),
        ("1b", "Quality of education", aoi1,
         "Moderate a sample of written feedback each term and share good practice with "
         "module convenors.", "Apprenticeship Quality Manager", "Mar-25", "On track",
         "First moderation round complete; themes shared at Teaching Forum."),
        ("2a", "Quality of education", aoi2,
         "Run mock professional discussions for all apprentices six months before gateway.",
         "Programme Leads", "Jun-25", "On track",
         "Mock schedule in place for the Chartered Manager cohort."),
        ("2b", "Quality of education", aoi2,
         "Agree gateway readiness checklist with end-point assessment organisations.",
         "EPA Coordinator", "Agu-25", "Not started",
         "Meeting with EPAO arranged for March."),
        ("3a", "Leadership and management", aoi3,
         "Revise the progress review template to include an employer section on workplace "
         "progress.", "Director of Apprenticeships", "Feb-25", "Complete",
         "New template in use since 1 February."),
        ("3b", "Leadership and management", aoi3,
         "Train academic mentors in conducting effective tripartite reviews.",
         "Academic Mentor Lead", "Apr-25", "At risk",
         "Two of four sessions delivered; remaining dates clash with assessment period."),
        ("3c", "Leadership and management", aoi3,
         "Report employer attendance at reviews to the Apprenticeship Board each quarter.",
         "Head of Apprenticeship Operations", "Jul-25", "On track",
         "Dashboard measure added; baseline 62% employer attendance."),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        r += 1
    widths(ws, {"A": 6, "B": 20, "C": 40, "D": 45, "E": 26, "F": 12, "G": 12, "H": 45})
    wb.save(os.path.join(HERE,
                         "cd1-university-of-kent-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4. WICS csv
def make_wics():
    rec1 = ("The Commission should review its expenses policy and make sure all claims are "
            "supported by itemised receipts.")
    rec2 = ("The Commission should obtain Scottish Government approval before incurring novel "
            "or contentious expenditure.")
    rec3 = ("The Board should strengthen its oversight of governance and financial management.")
    rec4 = ("The Commission should address the cultural issues identified and promote a culture "
            "of Best Value across the organisation.")
    rows = [
        ["WICS – Section 22 Report Action Plan – progress at 30 September 2024"],
        [],
        ["Ref", "Audit Scotland recommendation", "Action", "Responsible officer", "Target date",
         "Revised target date", "RAG", "Progress update"],
        ["1.1", rec1, "Revise the expenses policy to require itemised receipts for all claims and "
         "remove discretion for alcohol purchases.", "Director of Corporate Services",
         "31/03/2024", "", "Complete", "Revised policy approved by the Board in March 2024."],
        ["1.2", "", "Introduce independent monthly review of Chief Executive and Board member "
         "expense claims.", "ARC Chair", "30/04/2024", "", "Complete",
         "Monthly review in place from April 2024."],
        ["2.1", rec2, "Publish a delegated authority scheme setting out when sponsor approval is "
         "required.", "Interim Chief Executive", "30/06/2024", "", "Complete",
         "Scheme published on intranet and shared with sponsor team."],
        ["2.2", "", "Provide training for all budget holders on the Scottish Public Finance "
         "Manual.", "Head of Finance", "30/06/2024", "31/10/2024", "Amber",
         "Training delivered to 14 of 19 budget holders; remaining sessions booked for October."],
        ["3.1", rec3, "Commission an independent board effectiveness review.", "Chair",
         "31/12/2024", "", "Green", "Reviewer appointed; fieldwork to begin in November."],
        ["3.2", "", "Refresh the Audit and Risk Committee terms of reference and annual workplan.",
         "ARC Chair / Board Secretary", "30/09/2024", "", "Complete",
         "Approved at ARC meeting on 12 September 2024."],
        ["4.1", rec4, "Run a staff culture survey and agree organisational values with staff.",
         "Interim Chief Executive", "Mar-25", "", "Green",
         "Survey issued September 2024; staff workshops planned for January."],
        ["4.2", "", "Embed Best Value considerations into all business cases and procurement "
         "decisions.", "Director of Corporate Services", "Ongoing", "", "Green",
         "Business case template updated to include a Best Value section."],
    ]
    with open(os.path.join(HERE, "cd1-wics-audit-scotland-s22-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------- docx helpers
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


# ---------------------------------------------------------------- 5. Pobl CIW docx
def make_pobl():
    doc = Document()
    doc.add_heading("Pobl Care – Llys Derwen Care Home: CIW Inspection Improvement Plan", level=1)
    doc.add_paragraph(
        "Care Inspectorate Wales carried out an unannounced inspection of Llys Derwen on 16 and "
        "17 April 2024. The inspection report identified one area where priority action is "
        "required and four areas for improvement. This plan sets out how the service will "
        "address them and is reviewed monthly by the Responsible Individual.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Prepared by", "Reviewed by"]):
        set_cell(c, v, True)
    for vals in (["1.0", "03/05/2024", "Home Manager", "Responsible Individual"],
                 ["1.1", "02/09/2024", "Home Manager", "Responsible Individual"]):
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)
    doc.add_paragraph()
    hdr = ["Ref", "Regulation", "Area identified by CIW", "Action to be taken",
           "Person responsible", "Date for completion", "Status"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, hdr):
        set_cell(c, v, True)
        shade(c, "BDD7EE")
    pan = ("Care and support is not always provided in line with people's personal plans, "
           "including repositioning and fluid monitoring.")
    afi1 = ("Personal plans are not reviewed at least every three months with the individual "
            "or their representative.")
    afi2 = ("Some areas of the home require redecoration and the sluice room on the first floor "
            "was not secure.")
    afi3 = "Not all staff have received supervision at the required frequency."
    afi4 = ("The Responsible Individual's quality of care review does not include feedback from "
            "people living at the home.")
    sections = [
        ("Care and Support", [
            ("PAN 1", "Reg 21(1)", pan,
             "Daily checks of repositioning and fluid charts by the nurse in charge, with a "
             "weekly audit by the Home Manager.", "Home Manager", "Immediate – 31/05/2024",
             "Complete"),
            ("PAN 1", "Reg 21(1)", pan,
             "Refresher training on pressure area care for all care staff.", "Clinical Lead",
             "30/06/2024", "Complete"),
            ("AFI 1", "Reg 16", afi1,
             "Introduce a review schedule and invite relatives to three-monthly reviews.",
             "Deputy Manager", "31/07/2024", "On track"),
        ]),
        ("Environment", [
            ("AFI 2", "Reg 44(4)", afi2, "Install a keypad lock on the first-floor sluice room.",
             "Estates Manager", "14/06/2024", "Complete"),
            ("AFI 2", "Reg 44(4)", afi2,
             "Agree a redecoration programme for lounges and corridors with Pobl Estates.",
             "Estates Manager / Home Manager", "March 2025", "On track"),
        ]),
        ("Leadership and Management", [
            ("AFI 3", "Reg 36", afi3,
             "Create a supervision matrix and allocate supervisees to senior carers.",
             "Home Manager", "Quarterly", "On track"),
            ("AFI 4", "Reg 80", afi4,
             "Include resident and relative questionnaires in the six-monthly quality of care "
             "review.", "Responsible Individual", "October 2024", "Not started"),
        ]),
    ]
    for theme, acts in sections:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        set_cell(merged, theme, True)
        shade(merged, "DEEAF6")
        for vals in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, vals):
                set_cell(c, v)
            colour = {"Complete": "9BC2E6", "On track": "A9D08E"}.get(vals[-1])
            if colour:
                shade(cells[-1], colour)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action finished and evidenced; On track – progressing "
                      "within timescale; At risk – timescale may not be met; Not started.")
    doc.save(os.path.join(HERE, "cd1-pobl-llys-derwen-ciw-care-home-improvement-plan.docx"))


# ---------------------------------------------------------------- 6. Borders College docx
def make_borders():
    doc = Document()
    doc.add_heading("Borders College – Education Scotland Progress Visit Action Plan 2024-25",
                    level=0)
    doc.add_paragraph(
        "Following the Education Scotland progress visit in March 2024, HM Inspectors identified "
        "the areas for development below. This action plan is monitored by the Learning and "
        "Teaching Committee of the Board of Management.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Owner", "Approved"]):
        set_cell(c, v, True)
    for vals in (["0.1", "April 2024", "Head of Quality", "SLT 22/04/2024"],
                 ["1.0", "May 2024", "Head of Quality", "LTC 15/05/2024"]):
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)
    areas = [
        ("1. Improve learner success rates on full-time further education programmes, "
         "particularly in Engineering and Construction", [
            ("Introduce fortnightly learner progress reviews using the new early-warning "
             "dashboard.", "Head of Curriculum (Engineering & Construction)", "October 2024",
             "Reviews in place for all full-time FE classes in the faculty.", "Complete"),
            ("Provide additional study support sessions for learners identified as at risk of "
             "withdrawal.", "Learner Services Manager", "Ongoing",
             "Drop-in sessions running twice weekly at Galashiels and Hawick campuses.", "Green"),
            ("Analyse withdrawal reasons each block and report to the Learning and Teaching "
             "Committee.", "Quality Manager", "End of January 2025",
             "Block 1 analysis complete; block 2 data delayed by MIS upgrade.", "Amber"),
        ]),
        ("2. Strengthen the use of learner voice to improve learning and teaching", [
            ("Agree a college-wide approach to class representative meetings with the Students' "
             "Association.", "Student Association Coordinator", "December 2024",
             "Draft approach discussed at SA executive in October.", "Green"),
            ("Publish 'You said, we did' updates on each campus.", "Marketing Manager",
             "Termly", "First update published in November.", "Green"),
        ]),
        ("3. Develop staff digital skills to support blended learning", [
            ("Deliver a programme of CPD on Microsoft Teams and Moodle for all teaching staff.",
             "Digital Learning Team", "31 March 2025",
             "Sessions delivered to 55% of teaching staff; uptake low in part-time staff.",
             "Amber"),
            ("Review the blended learning standard and audit course Moodle pages against it.",
             "Head of Quality", "June 2025", "", "Not started"),
        ]),
    ]
    colours = {"Complete": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966"}
    for heading, acts in areas:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells,
                        ["Action", "Lead", "Timescale", "Progress update", "RAG status"]):
            set_cell(c, v, True)
            shade(c, "D9E2F3")
        for vals in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, vals):
                set_cell(c, v)
            if vals[-1] in colours:
                shade(cells[-1], colours[vals[-1]])
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete – action achieved; Green – on track; Amber – some delay; "
                      "Red – significant concern; Not started.")
    doc.save(os.path.join(HERE,
                          "cd1-borders-college-education-scotland-progress-visit-action-plan.docx"))


# ---------------------------------------------------------------- 7. Cumbria FRS txt
def make_cumbria():
    afi1 = ("The service should make sure its prevention activity is targeted at those most at "
            "risk of fire.")
    afi2 = ("The service should make sure it has an effective system for staff to use learning "
            "and debriefs to improve operational response.")
    afi3 = ("The service should make sure it has effective measures in place to assess how "
            "productive its staff are.")
    afi4 = ("The service should monitor secondary contracts to make sure working hours are not "
            "exceeded.")
    afi5 = ("The service should make sure it has an effective succession plan for senior "
            "leadership.")
    afi6 = "The service should improve the diversity of its workforce."
    rows = [
        ["AFI No", "Pillar", "Area for Improvement", "Action", "Owner", "Due", "Status", "Comment"],
        ["AFI 1", "Effectiveness", afi1,
         "Review the home fire safety visit referral criteria using Exeter and partner data.",
         "Group Manager Prevention", "31/03/2024", "Complete",
         "New criteria went live in March 2024."],
        ["AFI 1", "Effectiveness", afi1,
         "Introduce quarterly evaluation of prevention activity reported to SLT.",
         "Group Manager Prevention", "30/06/2024", "Complete",
         "First evaluation report presented to SLT in July 2024."],
        ["AFI 2", "Effectiveness", afi2,
         "Implement new operational assurance and debrief software across all stations.",
         "Area Manager Response", "Dec-24", "Green",
         "Software procured; roll-out to wholetime stations complete, on-call stations in progress."],
        ["AFI 2", "Effectiveness", afi2, "Publish a quarterly operational learning bulletin.",
         "Station Manager Operational Assurance", "Quarterly", "Green",
         "Bulletins issued in June and September."],
        ["AFI 3", "Efficiency", afi3,
         "Develop a productivity dashboard for wholetime and on-call crews.",
         "Head of Performance & Risk", "31/03/2025", "Amber",
         "Dashboard in test; data quality issues with the on-call availability system being resolved."],
        ["AFI 4", "People", afi4,
         "Review the secondary employment policy and require annual declarations from all staff.",
         "Head of HR", "30/09/2024 (revised 31/12/2024)", "Amber",
         "Policy redrafted; consultation with representative bodies extended."],
        ["AFI 5", "People", afi5,
         "Introduce a talent management and succession planning framework for middle and senior "
         "managers.", "DCFO / Head of HR", "Q4 2024/25", "Red",
         "Framework drafted but consultation delayed by council restructure."],
        ["AFI 6", "People", afi6,
         "Deliver positive action open days ahead of the 2025 wholetime recruitment campaign.",
         "Positive Action Officer", "June 2025", "Not started", ""],
    ]
    lines = [
        "Cumbria Fire and Rescue Service – HMICFRS Inspection 2023 Areas for Improvement Action Plan",
        "Exported from the performance management system 14/10/2024",
        "",
    ]
    lines += ["\t".join(r) for r in rows]
    with open(os.path.join(HERE, "cd1-cumbria-frs-hmicfrs-afi-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_btp()
    make_sdc()
    make_kent()
    make_wics()
    make_pobl()
    make_borders()
    make_cumbria()
