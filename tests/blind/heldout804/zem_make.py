"""Build the seven zem- blind test files (set heldout804).

Run with:  /work/main/.venv/bin/python zem_make.py
Writes only files whose names start with "zem-" in this script's folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zem-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color=hex6, end_color=hex6)


# ---------------------------------------------------------------------------
# 1. Humberside Police - HMICFRS ASB PEEL spotlight recommendations tracker
# ---------------------------------------------------------------------------
HUM_NAME = "zem-humberside-police-hmicfrs-antisocial-behaviour-peel-spotlight-recommendations-tracker.xlsx"
HUM_TITLE = "Humberside Police – HMICFRS Antisocial Behaviour PEEL Spotlight: Recommendations Tracker"

# rows: ("theme", text) | ("rec", text) | ("act", ref, action, owner, orig, revised, update, prev, cur)
HUM_ROWS = [
    ("theme", "Theme 1 – Identifying and recording antisocial behaviour"),
    ("rec", "Recommendation 1: By 30 June 2025, make sure ASB incidents are recorded accurately and "
            "consistently, including the correct use of qualifiers and closure codes."),
    ("act", "1.1",
     "Refresh the ASB incident recording guidance for the Force Control Room and publish it on the "
     "intranet knowledge hub.",
     "Head of Force Control Room", D(2025, 3, 31), None,
     "Guidance refreshed and published February 2025. Dip-sample of 200 incidents in May 2025 showed "
     "91% compliance.", "G", "B"),
    ("act", "1.2",
     "Introduce a monthly ASB audit by the Force Crime and Incident Registrar, reporting results to the "
     "Crime Data Integrity Board.",
     "Force Crime & Incident Registrar", D(2025, 6, 30), D(2025, 9, 30),
     "Audit methodology agreed with the Registrar; first two audits completed in August and September "
     "2025.", "A", "G"),
    ("rec", "Recommendation 2: By 30 September 2025, make sure repeat and vulnerable victims of ASB are "
            "identified at first contact and that a risk assessment is completed."),
    ("act", "2.1",
     "Embed the revised ASB vulnerability questions in the call-handling script used by call takers "
     "and the Force Control Room.",
     "T/Supt Contact Management; Head of Force Control Room", D(2025, 7, 31), None,
     "Questions live from 1 July 2025. Compliance reported weekly to Contact Management SMT.", "G", "B"),
    ("act", "2.2",
     "Set up a repeat-caller report so that Neighbourhood Policing Teams review every victim who "
     "reports three or more ASB incidents in 28 days.",
     "Force ASB Lead (Ch Insp)", D(2025, 9, 30), D(2026, 1, 31),
     "Report built by Business Intelligence; testing delayed by the records system upgrade. Go-live "
     "now planned for January 2026.", "G", "A"),
    ("theme", "Theme 2 – Problem solving and partnership working"),
    ("rec", "Recommendation 3: By 31 March 2025, make sure officers and staff working on ASB are trained "
            "in problem-solving and in the use of ASB powers."),
    ("act", "3.1",
     "Deliver ASB powers and problem-solving (OSARA) training to all Neighbourhood Policing Team "
     "officers and PCSOs.",
     "Head of Learning & Development", D(2025, 3, 31), D(2025, 12, 31),
     "84% of NPT officers and PCSOs trained by 30 September 2025; remaining cohort booked for "
     "November.", "A", "A"),
    ("act", "3.2",
     "Publish an ASB powers toolkit, with template warning letters, Community Protection Notice and "
     "Civil Injunction guidance, on the knowledge hub.",
     "Force ASB Lead (Ch Insp)", D(2025, 3, 31), None,
     "Toolkit published March 2025.", "B", "B"),
    ("rec", "Recommendation 4: By 30 September 2025, work with community safety partners to share ASB "
            "data and agree joint problem-solving plans for persistent locations."),
    ("act", "4.1",
     "Agree an ASB information-sharing agreement with the four local authorities (Hull, East Riding, "
     "North Lincolnshire and North East Lincolnshire).",
     "Supt Partnerships / Legal Services Manager", D(2025, 9, 30), D(2026, 3, 31),
     "Draft agreement with all four councils. North East Lincolnshire sign-off outstanding.", "A", "R"),
    ("theme", "Theme 3 – Evaluating the response"),
    ("rec", "Recommendation 5: By 31 March 2026, evaluate the effectiveness of the force's ASB "
            "interventions and share what works with the College of Policing."),
    ("act", "5.1",
     "Commission an evaluation of the Hotspot Response patrols in Hull city centre and Scunthorpe town "
     "centre.\nReport findings to the Force Performance Board.",
     "Head of Performance & Insight", D(2026, 3, 31), None,
     "Evaluation framework agreed with the University of Hull; fieldwork starts January 2026.", "G", "G"),
    ("act", "5.2",
     "Submit promising practice examples to the College of Policing Practice Bank.",
     "Force ASB Lead (Ch Insp)", D(2026, 3, 31), None,
     "Not yet started – scheduled for Q4.", None, None),
]


def make_humberside():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = HUM_TITLE
    cov["A1"].font = Font(bold=True, size=14, color="1F3864")
    cov["A2"] = ("Report: The policing response to antisocial behaviour – PEEL spotlight report "
                 "(HMICFRS, 10 October 2024)")
    cov["A3"] = "Position as at 31 October 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of change"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
    dc = [
        ("0.1", D(2024, 10, 25), "Inspection & Audit Coordinator", "Draft following publication"),
        ("1.0", D(2025, 1, 14), "Inspection & Audit Coordinator", "Approved at Force Assurance Board"),
        ("1.3", D(2025, 11, 3), "Inspection & Audit Coordinator",
         "Q2 2025/26 update for the Joint Independent Audit Committee"),
    ]
    for r, row in enumerate(dc, 7):
        for i, v in enumerate(row, 1):
            c = cov.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "Chief Officer lead: Assistant Chief Constable (Local Policing)"
    cov["A12"] = "Senior responsible owner: Chief Superintendent, Neighbourhood Policing"
    cov["A14"] = "RAG key"
    cov["A14"].font = Font(bold=True)
    key = [("B", "Complete – evidence submitted to the HMICFRS monitoring portal", "5B9BD5"),
           ("G", "On track to deliver by the deadline", "70AD47"),
           ("A", "Some risk to delivery / revised deadline agreed", "FFC000"),
           ("R", "Off track – escalated to Force Assurance Board", "FF0000")]
    for r, (k, txt, col) in enumerate(key, 15):
        c = cov.cell(row=r, column=1, value=k)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=r, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "ASB PEEL Spotlight (Oct 2024) – Recommendations and actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Recommendations in the report are addressed to all chief constables. Dates shown are force "
                "deadlines; HMICFRS deadlines are given in the recommendation text.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Action", "Action owner", "Original deadline", "Revised deadline",
             "Progress update (Oct 2025)", "Previous RAG", "Current RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.border = BOX
    ragfill = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    r = 5
    for row in HUM_ROWS:
        if row[0] == "theme":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, color="FFFFFF")
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = fill("2F5496")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif row[0] == "rec":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.alignment = WRAP
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = fill("D9D9D9")
                ws.cell(row=r, column=col).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, act, owner, orig, rev, upd, prev, cur = row
            vals = [ref, act, owner, orig, rev, upd, prev, cur]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = fill(ragfill[v])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    summary = [("Complete (B)", 3), ("Green", 2), ("Amber", 2), ("Red", 1), ("Not rated", 1), ("Total", 9)]
    for j, (lab, n) in enumerate(summary, 1):
        ws.cell(row=r + j, column=1, value=lab)
        ws.cell(row=r + j, column=2, value=n)
    widths = [9, 55, 26, 13, 13, 45, 10, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out(HUM_NAME))


# ---------------------------------------------------------------------------
# 2. Cleveland Fire Brigade - Fire Standards implementation tracker
# ---------------------------------------------------------------------------
CFB_NAME = "zem-cleveland-fire-brigade-fire-standards-implementation-tracker.xlsx"
CFB_TITLE = "Cleveland Fire Brigade – Fire Standards Implementation Tracker 2025/26"

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"

# groups: (standard, [ (gap or None-if-shared, [actions...]) ])
# action: (ref, action, owner, target, colour or None, comment)
CFB_GROUPS = [
    ("Prevention", [
        ("Home fire safety visit targeting does not yet use the NFCC Person-Centred Framework.", [
            ("PRE-01", "Adopt the NFCC Person-Centred Framework and update the Home Fire Safety Visit policy.",
             "Head of Prevention", D(2025, 3, 31), BLUE,
             "Policy approved by Executive Leadership Team March 2025."),
            ("PRE-02", "Train all Community Safety Advocates in the revised visit process.",
             "Community Safety Manager", D(2025, 9, 30), AMBER,
             "18 of 22 advocates trained; remaining 4 booked for January 2026."),
        ]),
    ]),
    ("Protection", [
        ("Competency of Fire Safety Inspectors is not yet recorded against the NFCC Competency Framework "
         "for Fire Safety Regulators.", [
            ("PRO-01", "Map all inspecting officers to the competency framework and record evidence on the "
                       "training system.",
             "GM Protection", "Q4 2025/26", GREEN, "Mapping complete for 9 of 14 officers."),
        ]),
        ("The Risk Based Inspection Programme does not include all residential buildings over 11 metres.", [
            ("PRO-02", "Revise the Risk Based Inspection Programme to include all residential buildings over "
                       "11 metres and publish it.",
             "Head of Protection / Head of Risk & Resilience", D(2025, 12, 31), GREEN,
             "Draft programme out for internal consultation."),
        ]),
    ]),
    ("Emergency Response Driving", [
        ("Refresher driver training is not recorded consistently for on-call staff.", [
            ("ERD-01", "Introduce a three-yearly Emergency Response Driving refresher for all on-call drivers, "
                       "recorded on the training system.",
             "Head of Training & Development", "March 2026", RED,
             "Course capacity reduced by loss of two driving instructors; recovery plan to ELT January 2026."),
            ("ERD-02", "Audit blue-light driving records for every station and report exceptions to the "
                       "Health, Safety and Wellbeing Committee.",
             "Station Manager Operational Assurance", D(2025, 6, 30), BLUE,
             "Audit completed June 2025; 6 exceptions closed."),
        ]),
    ]),
    ("Safeguarding", [
        ("Safeguarding training for non-operational staff is below target.", [
            ("SAF-01", "Make Level 1 safeguarding e-learning mandatory for all staff and report completion "
                       "monthly.",
             "Safeguarding Lead", D(2025, 11, 30), GREEN, "Completion 87% at 31 October 2025."),
        ]),
        ("DBS checks are not renewed on a set cycle.", [
            ("SAF-02", "Introduce three-yearly DBS rechecks for roles with regular contact with children and "
                       "adults at risk.",
             "Head of People", "TBC", None, "Awaiting outcome of national NFCC guidance review."),
        ]),
    ]),
    ("Data Management", [
        ("There is no single data quality policy and no named data owners.", [
            ("DAT-01", "Approve a Data Quality Policy and appoint Information Asset Owners for each department.",
             "Head of ICT", D(2026, 3, 31), GREEN, "Policy drafted; Information Asset Owner list agreed."),
        ]),
    ]),
]


def make_cleveland():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = CFB_TITLE
    ov["A1"].font = Font(bold=True, size=14, color="C00000")
    ov["A2"] = "Report to Audit and Governance Committee – 9 December 2025"
    ov["A2"].font = Font(italic=True)
    heads = ["Fire Standard", "Standard owner", "Gap analysis", "Self-assessment", "Actions in plan"]
    for i, h in enumerate(heads, 1):
        c = ov.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
    rows = [("Prevention", "Head of Prevention", "Complete", "Partially aligned", 2),
            ("Protection", "Head of Protection", "Complete", "Partially aligned", 2),
            ("Emergency Response Driving", "Head of Training & Development", "Complete", "Partially aligned", 2),
            ("Safeguarding", "Head of People", "Complete", "Partially aligned", 2),
            ("Data Management", "Head of ICT", "In progress", "Not yet assessed", 1),
            ("Leading the Service", "Chief Fire Officer", "Complete", "Fully aligned", 0)]
    for r, row in enumerate(rows, 5):
        for i, v in enumerate(row, 1):
            ov.cell(row=r, column=i, value=v).border = BOX
    ov.cell(row=11, column=1, value="Total").font = Font(bold=True)
    ov.cell(row=11, column=5, value=9).font = Font(bold=True)
    ov["A13"] = ("Standards approved by the Fire Standards Board after 1 April 2025 will be added once the "
                 "gap analysis is complete.")
    for col, w in zip("ABCDE", (30, 32, 14, 20, 15)):
        ov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Fire Standards – Gap Analysis Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Status is shown by cell colour – see Key tab."
    ws["A2"].font = Font(italic=True)
    heads = ["Fire Standard", "Gap identified", "Ref", "Action", "Owner", "Target date", "Status", "Comments"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    for std, gaps in CFB_GROUPS:
        std_start = r
        for gap, acts in gaps:
            gap_start = r
            for ref, act, owner, target, colour, comment in acts:
                vals = [None, None, ref, act, owner, target, None, comment]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if colour:
                    ws.cell(row=r, column=7).fill = fill(colour)
                r += 1
            ws.cell(row=gap_start, column=2, value=gap)
            if r - 1 > gap_start:
                ws.merge_cells(start_row=gap_start, start_column=2, end_row=r - 1, end_column=2)
        c = ws.cell(row=std_start, column=1, value=std)
        c.font = Font(bold=True)
        c.alignment = Alignment(vertical="center", wrap_text=True)
        if r - 1 > std_start:
            ws.merge_cells(start_row=std_start, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGH", (20, 38, 8, 50, 28, 13, 9, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    entries = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage – target date at risk"),
               (RED, "Off track – ELT intervention required"), (None, "Not started (no colour)")]
    for r, (col, txt) in enumerate(entries, 2):
        c = key.cell(row=r, column=1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        key.cell(row=r, column=2, value=txt)
    key.column_dimensions["B"].width = 40
    wb.save(out(CFB_NAME))


# ---------------------------------------------------------------------------
# 3. Shipley College - QIP 2025/26 (refuse: mistyped month)
# ---------------------------------------------------------------------------
SHI_NAME = "zem-shipley-college-quality-improvement-plan-2025-26-typo-month-refuse.xlsx"
SHI_TITLE = "Shipley College – Quality Improvement Plan 2025/26"
SHI_ROWS = [
    ("head", "Quality of Education"),
    ("act", "QE1", "Too few learners on level 2 vocational programmes achieve their qualifications on time.",
     "Introduce fortnightly progress reviews for all level 2 learners, with at-risk learners referred to the "
     "Learner Success Coach.", "Head of Curriculum – Vocational", "Oct-25",
     "Level 2 timely achievement rises from 78% to 85%",
     "Reviews in place on all level 2 courses since 6 October.", "G"),
    ("act", "QE2", "Teachers do not routinely check learners' understanding before moving on.",
     "Deliver a CPD programme on questioning and checking understanding, followed by developmental "
     "observations.", "Quality Improvement Manager", "Febuary 2026",
     "90% of observations show effective checking of understanding",
     "Three CPD sessions delivered; observations start in January.", "A"),
    ("act", "QE3", "Achievement in GCSE English and maths resits is below the national rate.",
     "Timetable an extra hour of English and maths each week for learners with a grade 3.",
     "Head of English and Maths", "Jun-26", "Grade 4+ resit rate at or above national rate",
     "Extra sessions timetabled; attendance 81%.", "G"),
    ("head", "Behaviour and Attitudes"),
    ("act", "BA1", "Attendance on study programmes is below the college target of 90%.",
     "Launch the 'Every Lesson Counts' attendance campaign with same-day absence calls.",
     "Head of Learner Services", "Nov-25", "Study programme attendance of 90% or above",
     "Campaign launched; attendance 91% to end of November.", "B"),
    ("head", "Personal Development"),
    ("act", "PD1", "Not all study programme learners complete meaningful work experience.",
     "Agree a work experience placement for every level 3 learner and record it on ProMonitor.",
     "Work Placements Coordinator", "May-26", "100% of level 3 learners complete a placement",
     "62% of placements confirmed.", "A"),
    ("head", "Leadership and Management"),
    ("act", "LM1", "Governors do not receive timely information on subcontracted provision.",
     "Add a termly subcontracting quality report to the Quality & Standards Committee agenda.",
     "Deputy Principal", "Dec-25", "Report received at each committee meeting",
     "First report presented 3 December 2025.", "G"),
]


def make_shipley():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP 2025-26"
    ws["A1"] = SHI_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "Version 2 – updated for the Quality & Standards Committee, December 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Area for improvement (from SAR 2024/25)", "Action", "Lead", "Target date",
             "Measure of impact", "Progress at December 2025", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    for row in SHI_ROWS:
        if row[0] == "head":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for i, v in enumerate(row[1:], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
        r += 1
    for col, w in zip("ABCDEFGH", (7, 38, 48, 26, 13, 32, 36, 6)):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("KPI targets")
    k["A1"] = "Headline KPI targets 2025/26"
    k["A1"].font = Font(bold=True)
    kp = [("Measure", "2024/25 actual", "2025/26 target"),
          ("16-18 achievement rate", "84.1%", "87%"),
          ("Adult achievement rate", "88.6%", "90%"),
          ("GCSE English grade 4+ (resit)", "21%", "25%"),
          ("GCSE maths grade 4+ (resit)", "17%", "22%"),
          ("Study programme attendance", "87.5%", "90%")]
    for r, row in enumerate(kp, 3):
        for i, v in enumerate(row, 1):
            k.cell(row=r, column=i, value=v).border = BOX
    k.column_dimensions["A"].width = 32
    wb.save(out(SHI_NAME))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text, hex6=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if hex6:
        shade(cell, hex6)


# ---------------------------------------------------------------------------
# 4. HMP Wakefield - HMIP inspection action plan (docx)
# ---------------------------------------------------------------------------
WAK_NAME = "zem-hmp-wakefield-hmip-inspection-action-plan.docx"
WAK_TITLE = "Action Plan: HMP Wakefield"
# sections: (section heading, [ (concern heading, agreed, response, [actions]) ])
# action: (ref, action, owner, target, status)
WAK_SECTIONS = [
    ("Priority concerns", [
        ("Priority concern 1: Too many prisoners were locked in their cells for most of the day and did not "
         "have enough purposeful activity.", "Agreed",
         "The prison will increase time out of cell through a revised core day and by reopening "
         "workshop places as instructor vacancies are filled.", [
            ("1.1", "Introduce a revised core day giving every prisoner at least one session of work, "
                    "education or activity each weekday.", "Deputy Governor", "31/07/2023", "Complete"),
            ("1.2", "Reopen the two closed workshops (textiles and braille) once instructor vacancies are "
                    "filled.", "Head of Education, Skills and Work", "March 2024", "Amber"),
            ("1.3", "Publish a weekly regime compliance report to the Senior Leadership Team.",
             "Head of Residence / Business Hub Manager", "Ongoing", "Green"),
        ]),
        ("Priority concern 2: Leaders did not understand why some prisoners with protected characteristics "
         "reported poorer experiences.", "Partly agreed",
         "Consultation with these groups already takes place, but the prison accepts that the findings are "
         "not analysed or acted on consistently.", [
            ("2.1", "Hold quarterly consultation forums for older prisoners, prisoners with disabilities and "
                    "prisoners from minority ethnic groups.", "Equalities Lead", "30/09/2023", "Complete"),
            ("2.2", "Add protected characteristic data to the monthly Safety and Equality dashboard.",
             "Head of Safety; Data Analyst", "December 2023", "Green"),
        ]),
    ]),
    ("Key concerns", [
        ("Key concern 3: Prisoners waited too long for transfer to secure mental health hospitals.",
         "Partly agreed",
         "The prison cannot control the availability of secure hospital beds, but will make sure that every "
         "delayed transfer is escalated.", [
            ("3.1", "Escalate every transfer that exceeds the 28-day target to the NHS England Health and "
                    "Justice commissioner.", "Head of Healthcare (Practice Plus Group)", "Ongoing", "Green"),
        ]),
        ("Key concern 4: Some offender management work was not up to date and sentence plans for prisoners "
         "serving indeterminate sentences lacked progression targets.", "Agreed",
         "A recovery plan for offender management has been agreed with the Head of Offender Management "
         "Delivery.", [
            ("4.1", "Complete a backlog review of OASys assessments for all IPP prisoners.",
             "Head of Offender Management Delivery", "31/01/2024", "Amber"),
            ("4.2", "Appoint a dedicated IPP progression lead and hold monthly progression panels.",
             "Head of Reducing Reoffending", "October 2023", "Complete"),
        ]),
    ]),
]


def make_wakefield():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(WAK_TITLE, level=0)
    for line in ("Action Plan Submitted: 10 May 2023",
                 "A Response to the HMIP Inspection: October – November 2022",
                 "Report Published: February 2023",
                 "Progress update: 30 November 2023"):
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the treatment of "
        "and conditions for those held in prisons and young offender institutions. Following the inspection, "
        "HMPPS is required to produce an action plan that responds to each concern in the report. The plan "
        "states whether each concern is agreed, partly agreed or not agreed (see the categorisations below) "
        "and sets out the actions, owners and target dates.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    bold_cell(t.cell(0, 0), "Term", "D9D9D9")
    bold_cell(t.cell(0, 1), "Definition", "D9D9D9")
    cat = [("Agreed", "All of the concern is accepted and will be addressed within the resources available."),
           ("Partly agreed", "Only part of the concern is accepted; the response explains which part will be "
                             "addressed and why."),
           ("Not agreed", "The concern is not accepted; the response explains why.")]
    for i, (a, b) in enumerate(cat, 1):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    doc.add_paragraph()
    for sec, concerns in WAK_SECTIONS:
        doc.add_heading(sec, level=1)
        for concern, agreed, response, acts in concerns:
            tb = doc.add_table(rows=4 + len(acts), cols=5)
            tb.style = "Table Grid"
            top = tb.cell(0, 0).merge(tb.cell(0, 4))
            bold_cell(top, concern, "BDD7EE")
            tb.cell(1, 0).text = "Agreed / Partly agreed / Not agreed"
            tb.cell(1, 1).merge(tb.cell(1, 4)).text = agreed
            tb.cell(2, 0).text = "Response"
            tb.cell(2, 1).merge(tb.cell(2, 4)).text = response
            for i, h in enumerate(["Ref", "Action", "Responsible owner", "Target date", "Status"]):
                bold_cell(tb.cell(3, i), h, "D9D9D9")
            for j, (ref, act, owner, target, status) in enumerate(acts, 4):
                for i, v in enumerate((ref, act, owner, target, status)):
                    tb.cell(j, i).text = v
            doc.add_paragraph()
    doc.add_paragraph("Status: Complete / Green = on track / Amber = behind schedule, recovery plan in place.")
    doc.save(out(WAK_NAME))


# ---------------------------------------------------------------------------
# 5. Queen Ethelburga's Collegiate - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
QEC_NAME = "zem-queen-ethelburgas-collegiate-isi-inspection-action-plan.docx"
QEC_TITLE = "Queen Ethelburga's Collegiate – ISI Inspection Action Plan 2024-25"
# (section heading, next step, [ (action, responsible, timescale, success, rag) ])
QEC_SECTIONS = [
    ("1. Leadership and management, and governance",
     "Next step 1: Leaders should make sure that the self-evaluation of boarding identifies clear priorities "
     "for improvement.", [
        ("Complete a boarding self-evaluation against the National Minimum Standards for Boarding Schools, "
         "involving boarding staff and students.", "Head of Boarding", "Autumn term 2024",
         "Self-evaluation completed and shared with governors.", "C"),
        ("Set three boarding priorities for 2025 and report progress to the Welfare Committee each term.",
         "Head of Boarding / Governor for Boarding", "March 2025",
         "Priorities reported at each Welfare Committee meeting.", "G"),
     ]),
    ("2. Quality of education, training and recreation",
     "Next step 2: Leaders should ensure that teachers use assessment information consistently to adapt "
     "their teaching for pupils who need extra challenge.", [
        ("Introduce a shared format for departmental data reviews after each assessment point.",
         "Vice Principal (Academic)", "By February half-term 2025",
         "All departments complete a data review within two weeks of each assessment point.", "C"),
        ("Run CPD sessions on adaptive teaching for the most able.", "Head of Teaching and Learning",
         "Summer term 2025", "Lesson visits show challenge for the most able in most lessons seen.", "G"),
        ("Review the Learning Support referral process so that class teachers receive pupil profiles within "
         "two weeks of a referral.", "SENCo; Head of Learning Support", "Summer term 2025",
         "Pupil profiles in place for all referred pupils.", "A"),
     ]),
    ("3. Pupils' physical and mental health and emotional wellbeing",
     "Next step 3: Leaders should ensure that the recording of minor medical incidents in boarding houses is "
     "consistent.", [
        ("Move all boarding house medical records onto the school's electronic health record system.",
         "Health Centre Manager", "January 2025", "All boarding houses using the electronic system.", "C"),
        ("Audit medical records in each house every half-term.", "Health Centre Manager", "Termly",
         "Audits show at least 95% of entries complete.", "G"),
     ]),
    ("5. Safeguarding",
     "Next step 4: Leaders should make sure that governors check the single central record at each Board "
     "meeting.", [
        ("Add a standing item on the single central record to the Board agenda, with a termly check by the "
         "safeguarding governor.", "Chair of Governors and Bursar", "Ongoing", "Termly checks minuted.", "G"),
     ]),
]


def make_qec():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    h = doc.add_heading(QEC_TITLE, level=0)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    dc = [("Document owner", "Principal"), ("Approved by", "Board of Governors, 4 December 2024"),
          ("Version", "1.2"), ("Last updated", "3 March 2025"), ("Next review", "June 2025")]
    for i, (a, b) in enumerate(dc):
        bold_cell(t.cell(i, 0), a, "F2F2F2")
        t.cell(i, 1).text = b
    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "The school was inspected by the Independent Schools Inspectorate (ISI) from 8 to 10 October 2024. "
        "All the Independent School Standards were judged to be met. The report identified the recommended "
        "next steps below; this plan sets out how we will address them.")
    doc.add_paragraph("RAG: G = on track, A = some delay, R = at risk, C = complete.")
    for sec, step, acts in QEC_SECTIONS:
        doc.add_heading(sec, level=1)
        p = doc.add_paragraph()
        p.add_run(step).bold = True
        tb = doc.add_table(rows=1 + len(acts), cols=5)
        tb.style = "Table Grid"
        for i, hh in enumerate(["Action", "Person(s) responsible", "Timescale", "Success criteria", "RAG"]):
            bold_cell(tb.cell(0, i), hh, "DDEBF7")
        for j, row in enumerate(acts, 1):
            for i, v in enumerate(row):
                tb.cell(j, i).text = v
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the Board of Governors each term.")
    doc.save(out(QEC_NAME))


# ---------------------------------------------------------------------------
# 6. Probation Service Ealing and Hillingdon PDU - HMI Probation action plan (csv)
# ---------------------------------------------------------------------------
EAL_NAME = "zem-probation-service-ealing-and-hillingdon-pdu-hmip-inspection-action-plan.csv"
EAL_TITLE = "Action Plan: Probation Service – Ealing and Hillingdon PDU"
EAL_HEADER = ["Ref", "Action", "Agreed / Partly agreed / Not agreed", "Responsible owner", "Target date",
              "Status", "Progress update"]
# ("sec", text) | ("rec", text, agreed) | ("act", ref, action, owner, target, status, update)
EAL_ROWS = [
    ("sec", "Recommendations to the Ealing and Hillingdon PDU"),
    ("rec", "Recommendation 1: Improve the quality of work to assess, plan for, manage and review risk of harm, "
            "so that the safety of actual and potential victims is prioritised.", "Agreed"),
    ("act", "1.1", "Deliver risk of harm practice workshops to all practitioners:\n- analysing domestic abuse "
                   "and safeguarding information\n- writing risk management plans",
     "Head of Operations / Quality Development Officer", "31/10/2023", "Complete",
     "All 6 workshops delivered; 94% attendance."),
    ("act", "1.2", "Senior Probation Officers to complete two case audits per practitioner each quarter using "
                   "the risk management oversight tool.", "SPOs", "Q4 2023/24", "Green",
     "Q3 audits complete for 3 of 4 teams."),
    ("rec", "Recommendation 2: Make sure that domestic abuse and child safeguarding enquiries are made in every "
            "relevant case and that responses are followed up.", "Agreed"),
    ("act", "2.1", "Agree a service level agreement with Ealing and Hillingdon children's services for "
                   "safeguarding responses within 10 working days.", "Head of PDU", "Dec-23", "Amber",
     "Ealing agreed; Hillingdon draft under review."),
    ("act", "2.2", "Add a domestic abuse and safeguarding check to the allocation checklist used by the case "
                   "administration team.", "Business Manager", "30/11/2023", "Complete",
     "Checklist updated November 2023."),
    ("rec", "Recommendation 3: Reduce the number of cases held without an allocated probation practitioner.",
     "Partly agreed"),
    ("act", "3.1", "Use the Prioritisation Framework to hold unallocated cases in a duty team, with weekly "
                   "management review, until staffing improves.", "Head of PDU; Deputy Head of PDU", "Ongoing",
     "Green", "Unallocated cases reduced from 212 to 61."),
    ("sec", "Recommendations to the London region"),
    ("rec", "Recommendation 4: Improve recruitment and retention so that the PDU has enough probation "
            "practitioners to manage its caseload safely.", "Agreed"),
    ("act", "4.1", "Run a London-wide recruitment campaign for PQiP learners, with Ealing and Hillingdon as a "
                   "priority placement PDU.", "Regional Head of Workforce", "March 2024", "Green",
     "Two cohorts recruited; 11 PQiPs allocated to the PDU."),
    ("act", "4.2", "Offer a retention payment to probation officers in hard-to-recruit London PDUs.",
     "Regional Probation Director", "TBC", "Red", "Awaiting HMPPS national pay decision."),
]


def make_ealing():
    n = len(EAL_HEADER)

    def pad(cells):
        return list(cells) + [""] * (n - len(cells))

    with open(out(EAL_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(pad([EAL_TITLE]))
        w.writerow(pad(["A response to the HM Inspectorate of Probation inspection of Ealing and Hillingdon PDU "
                        "(report published June 2023)"]))
        w.writerow(pad(["Progress position at 31 January 2024"]))
        w.writerow(pad([]))
        w.writerow(EAL_HEADER)
        for row in EAL_ROWS:
            if row[0] == "sec":
                w.writerow(pad([row[1]]))
            elif row[0] == "rec":
                w.writerow(pad([row[1], "", row[2]]))
            else:
                _, ref, act, owner, target, status, upd = row
                w.writerow([ref, act, "", owner, target, status, upd])
        w.writerow(pad([]))
        w.writerow(pad(["Status key: Complete / Green = on track / Amber = some risk / Red = off track"]))


# ---------------------------------------------------------------------------
# 7. Bishop's Cleeve Primary Academy - School Development Plan (tab-separated txt)
# ---------------------------------------------------------------------------
BCP_NAME = "zem-bishops-cleeve-primary-academy-school-development-plan-2025-26.txt"
BCP_TITLE = "Bishop's Cleeve Primary Academy – School Development Plan 2025-26"
BCP_HEADER = ["Ref", "Action", "Lead", "Start", "End", "Success criteria", "Monitoring", "Autumn RAG",
              "Spring RAG"]
BCP_ROWS = [
    ("pri", "PRIORITY 1: Improve outcomes in writing across KS2"),
    ("act", "1.1", "Introduce a whole-school spelling programme in Years 2-6", "English lead", "Sep 2025",
     "Oct 2025", "Programme taught daily in all classes", "Learning walk (HT)", "B", "B"),
    ("act", "1.2", "Weekly extended writing session with teacher conferencing", "DHT/English lead", "Sep 2025",
     "Jul 2026", "70% of Y6 at expected standard in writing", "Book looks each half term", "A", "G"),
    ("cont", "EXS+ in Y3-5 up 10 points on 2025"),
    ("act", "1.3", "Moderate writing with the trust partner schools each term", "DHT", "Nov 2025", "Jun 2026",
     "Judgements agreed at moderation", "Moderation records", "G", "G"),
    ("pri", "PRIORITY 2: Raise attendance and reduce persistent absence"),
    ("act", "2.1", "First-day calls and weekly attendance meetings with the Family Support Worker", "HT & FSW",
     "Sep 2025", "Ongoing", "Attendance at or above 96%", "Monthly attendance report to LGB", "G", "A"),
    ("act", "2.2", "Introduce attendance rewards for classes and families", "FSW", "Oct 2025", "Dec 2025",
     "Persistent absence below 12%", "Termly report", "G", "B"),
    ("pri", "PRIORITY 3: Adapt the curriculum for pupils with SEND"),
    ("act", "3.1", "Train all teaching assistants in precision teaching and the Zones of Regulation", "SENCo",
     "Sep 2025", "Jan 2026", "All TAs trained; interventions logged on provision map", "SENCo audit", "G", "B"),
    ("act", "3.2", "Adapt foundation subject units with scaffolds for pupils with SEND", "Subject leads and SENCo",
     "Jan 2026", "Jul 2026", "Adapted units in place for history, geography and science",
     "Subject leader monitoring", "", "G"),
    ("act", "3.3", "Review the SEN Information Report and publish it on the website", "SENCo", "Mar 2026",
     "Mar 2026", "Report published", "Governor SEND link visit", "", ""),
]


def make_bcp():
    n = len(BCP_HEADER)
    lines = [BCP_TITLE,
             "Reviewed by the Local Governing Body: 10 February 2026",
             "",
             "Key: B = completed  G = on track  A = some concern  R = off track",
             "",
             "\t".join(BCP_HEADER)]
    for row in BCP_ROWS:
        if row[0] == "pri":
            lines.append(row[1] + "\t" * (n - 1))
        elif row[0] == "cont":
            cells = [""] * n
            cells[5] = row[1]
            lines.append("\t".join(cells))
        else:
            lines.append("\t".join(row[1:]))
    lines += ["", "Governor monitoring visits are recorded on GovernorHub."]
    with open(out(BCP_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_humberside()
    make_cleveland()
    make_shipley()
    make_wakefield()
    make_qec()
    make_ealing()
    make_bcp()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
