"""Build the seven zqs- blind test files (heldout716).

Run with /work/main/.venv/bin/python zqs_make.py from any directory; files are
written beside this script. Only files starting with zqs- are written.
"""
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
    assert name.startswith("zqs-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

FILL = {
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "theme": PatternFill("solid", fgColor="D9D9D9"),
    "rec": PatternFill("solid", fgColor="F2F2F2"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, labels, fill=FILL["head"], font=WHITE_BOLD):
    for i, label in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=label)
        c.fill = fill
        c.font = font
        c.alignment = WRAP
        c.border = BOX


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ================================================================ 1. Bronzefield (docx)
def make_bronzefield():
    doc = Document()
    doc.add_paragraph("Action Plan: HMP/YOI Bronzefield", style="Title")
    doc.add_paragraph("Action Plan Submitted: 4 August 2025")
    doc.add_paragraph("A Response to the HMIP Inspection: 10–21 March 2025")
    doc.add_paragraph("Report Published: 8 July 2025")

    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides "
        "scrutiny of the conditions for, and treatment of, prisoners. In response to the report, "
        "HMPPS and the Operator (Sodexo Justice Services) are required to draft a robust and "
        "timely action plan to address the concerns. The action plan confirms whether each "
        "concern is agreed, partly agreed or not agreed (see categorisations below). Where a "
        "concern is agreed or partly agreed, the action plan sets out the specific steps that "
        "will be taken, with the owner and timescale of each step clearly identified. Action "
        "plans are sent to HMIP and published on GOV.UK."
    )
    doc.add_paragraph(
        "HMP/YOI Bronzefield is a contracted prison. Progress against actions owned by Sodexo "
        "staff is monitored monthly by the HMPPS Controller."
    )

    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for i, h in enumerate(["Term", "Definition", "Additional comment"]):
        bold_cell(key.rows[0].cells[i], h)
    for row in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed, along with timescales."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be implemented.",
         "The response must state clearly which part of the concern will be addressed."),
        ("Not Agreed", "The concern is not agreed and will not be addressed.",
         "The response must clearly state the reasons why the concern will not be addressed."),
    ]:
        cells = key.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    cols = ["Concern", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action",
            "Responsible Owner", "Target Date"]

    def concern_table(concerns):
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "D9E2F3")
        for concern, agreed, actions in concerns:
            first = len(t.rows)
            for a in actions:
                cells = t.add_row().cells
                for i, v in enumerate(a):
                    cells[2 + i].text = v
            last = len(t.rows) - 1
            if last > first:
                c0 = t.cell(first, 0).merge(t.cell(last, 0))
                c1 = t.cell(first, 1).merge(t.cell(last, 1))
            else:
                c0, c1 = t.cell(first, 0), t.cell(first, 1)
            c0.text = concern
            c1.text = agreed
        return t

    doc.add_heading("Priority concerns", level=1)
    concern_table([
        ("Too many women were released without safe and sustainable accommodation, and the "
         "support available to them on the day of release was limited.",
         "Agreed",
         [("1.1", "Establish a weekly accommodation meeting with the Community Accommodation "
                  "Service (CAS) lead, Commissioned Rehabilitative Services (CRS) providers and local "
                  "authority housing teams to review every woman due for release in the next 12 weeks.",
           "Head of Reducing Reoffending", "30/09/2025"),
          ("1.2", "Introduce a departure lounge on release day so that women can access phones, "
                  "clothing, travel warrants and housing appointments before leaving the establishment.",
           "Head of Reducing Reoffending / Head of Residence", "31/12/2025")]),
        ("Leaders had not ensured that women with complex mental health needs received timely "
         "assessment and transfer to hospital under the Mental Health Act.",
         "Partly Agreed",
         [("2.1", "Escalate all transfers exceeding the 28-day transfer target to the NHS England "
                  "Health and Justice commissioner and the HMPPS Women's Estate Group Director "
                  "through a fortnightly tracker.",
           "Head of Healthcare", "Ongoing"),
          ("2.2", "Deliver trauma-informed training on recognising deteriorating mental health to all "
                  "residential officers, prioritising those working on House Block 3.",
           "Head of Learning and Development", "March 2026")]),
    ])

    doc.add_paragraph("")
    doc.add_heading("Key concerns", level=1)
    concern_table([
        ("The use of segregation for women in crisis was too high, and some women remained in the "
         "care and separation unit for extended periods without a clear reintegration plan.",
         "Agreed",
         [("3.1", "Require a Deputy Director case review for any woman held in the care and "
                  "separation unit for more than 14 days, with a written reintegration plan agreed "
                  "at the review.",
           "Deputy Director", "31 October 2025")]),
        ("Medicines were not always administered on time, and the pharmacy was not adequately staffed.",
         "Agreed",
         [("4.1", "Recruit to the two vacant pharmacy technician posts and establish a bank of "
                  "trained agency staff to cover absence.",
           "Head of Healthcare", "30/11/2025"),
          ("4.2", "Audit missed and late doses monthly and report the findings to the Local "
                  "Delivery Board.",
           "Head of Healthcare; Pharmacy Lead", "Monthly")]),
        ("Too few women attended education, skills and work activities, and attendance in English "
         "and mathematics classes was low.",
         "Agreed",
         [("5.1", "Revise the allocation policy so that all women without a level 1 qualification "
                  "in English or mathematics are allocated to a functional skills class within two "
                  "weeks of induction.",
           "Head of Learning and Skills", "January 2026"),
          ("5.2", "Report attendance and punctuality for each activity at the weekly regime meeting "
                  "and challenge unauthorised absences.",
           "Head of Learning and Skills", "31/10/2025")]),
    ])

    doc.add_paragraph("")
    doc.add_paragraph("Signed: Director, HMP/YOI Bronzefield          Date: 4 August 2025")
    doc.add_paragraph("Countersigned: HMPPS Controller, HMP/YOI Bronzefield")
    doc.save(out("zqs-hmp-yoi-bronzefield-hmip-inspection-action-plan.docx"))


# ================================================================ 2. DWFRS values and culture (xlsx)
def make_dwfrs():
    title = "HMICFRS Values and Culture – Recommendations Tracker"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Dorset & Wiltshire Fire and Rescue Service"
    cv["A3"] = ("Spotlight report: Values and culture in fire and rescue services (HMICFRS, March 2023)"
                " – position as at 30 September 2025")
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    header_row(cv, 6, ["Version", "Date", "Author", "Summary of changes"])
    dc = [
        ("1.0", dt.date(2023, 6, 12), "Organisational Assurance", "First issue following publication of the spotlight report"),
        ("2.0", dt.date(2024, 1, 8), "Organisational Assurance", "Revised target dates agreed by SLT"),
        ("3.0", dt.date(2025, 9, 30), "Organisational Assurance Manager", "Q2 2025/26 update for the People Committee"),
    ]
    for r, row in enumerate(dc, start=7):
        for c, v in enumerate(row, start=1):
            cell = cv.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
    cv["A11"] = "RAG key"
    cv["A11"].font = Font(bold=True)
    for r, (letter, colour, text) in enumerate([
        ("B", "blue", "Complete – evidence reviewed by Organisational Assurance"),
        ("G", "green", "On track to meet target date"),
        ("A", "amber", "At risk – target date may be missed; mitigation in place"),
        ("R", "red", "Off track / overdue"),
    ], start=12):
        cv.cell(row=r, column=1, value=letter).fill = FILL[colour]
        cv.cell(row=r, column=2, value=text)
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 32
    cv.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Note: only the recommendations directed at chief fire officers are shown. Recommendations "
                "for national bodies (NFCC, LGA, Home Office, Fire Standards Board) are monitored separately.")
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = WRAP
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Action", "Action owner", "Original target date", "Revised target date",
                       "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress update / evidence"])
    letter_colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    rows = [
        ("theme", "Theme 1 – Raising concerns"),
        ("rec", "Recommendation 1 – By 1 October 2023, chief fire officers should make sure their services "
                "provide a confidential way for staff to raise concerns and that staff are aware of "
                "whistleblowing processes."),
        ("act", "1.1", "Procure an independent confidential reporting line for all staff, available 24 hours a "
                       "day, and publicise it on the intranet and station noticeboards.",
         "Head of People Services", dt.date(2023, 10, 1), None, "B", "B",
         "Independent reporting line live from 1 September 2023. Usage reported quarterly to SLT."),
        ("act", "1.2", "Refresh the Whistleblowing (Speak Up) policy and deliver briefings at every station "
                       "and department.",
         "Head of People Services; Station Managers", dt.date(2023, 10, 1), dt.date(2025, 12, 31), "A", "G",
         "Policy approved by SLT in July 2025. Station briefings 70% complete."),
        ("rec", "Recommendation 4 – By 1 June 2023, chief fire officers should assure themselves that updates "
                "on how concerns are being handled are shared with those who have raised them. The updates "
                "should be given in an accessible way that encourages trust and confidence in the service "
                "response."),
        ("act", "4.1", "Introduce a case management standard requiring the person who raised a concern to be "
                       "updated at least every 20 working days.",
         "Professional Standards Manager", dt.date(2023, 6, 1), dt.date(2025, 3, 31), "G", "B",
         "Standard in place; compliance audit in August 2025 found 94% of updates on time."),
        ("theme", "Theme 2 – Misconduct and background checks"),
        ("rec", "Recommendation 12 – By 1 October 2023, chief fire officers should make sure that all staff "
                "have an appropriate background check, using the Disclosure and Barring Service, and that "
                "these checks are reviewed regularly."),
        ("act", "12.1", "Complete standard DBS checks for all existing operational and support staff not "
                        "previously checked.",
         "Head of HR Operations", dt.date(2023, 10, 1), dt.date(2025, 1, 31), "B", "B",
         "All checks complete (1,412 staff)."),
        ("act", "12.2", "Introduce a five-yearly re-check cycle for all roles and record check dates in the "
                        "HR system.",
         "Head of HR Operations", dt.date(2023, 10, 1), dt.date(2026, 6, 30), "R", "A",
         "HR system field built; data migration delayed by system upgrade."),
        ("rec", "Recommendation 18 – By 1 June 2024, chief fire officers should make sure that misconduct "
                "investigations are carried out by trained investigators who are independent of the "
                "line management chain of the people involved."),
        ("act", "18.1", "Train a pool of at least 20 misconduct investigators and allocate cases on a rota "
                        "that is independent of the line management chain.",
         "Professional Standards Manager", dt.date(2024, 6, 1), dt.date(2025, 12, 31), "G", "G",
         "14 of 20 investigators trained; final cohort booked for November 2025."),
        ("theme", "Theme 3 – Leadership, diversity and inclusion"),
        ("rec", "Recommendation 21 – By 1 December 2023, chief fire officers should make sure equality impact "
                "assessments are completed and acted on when introducing or changing policies."),
        ("act", "21.1", "Audit all people policies changed since April 2023 to confirm an equality impact "
                        "assessment was completed, and complete any that are missing.",
         "Inclusion Manager", dt.date(2023, 12, 1), None, "A", "R",
         "Audit paused owing to a vacancy in the Inclusion team; recruitment under way."),
        ("rec", "Recommendation 33 – By 1 March 2024, chief fire officers should introduce 360-degree feedback "
                "for senior leaders and managers, and use the results to inform their development."),
        ("act", "33.1", "Launch 360-degree feedback for Station Manager roles and above, with an individual "
                        "development plan agreed with each participant.",
         "Head of Organisational Development", dt.date(2024, 3, 1), dt.date(2026, 3, 31), "G", "G",
         "Phase 1 (Group Manager and above) complete; Station Managers from January 2026."),
        ("act", "33.2", "Extend the 360-degree feedback process to Watch and Crew Managers.",
         "Head of Organisational Development", dt.date(2024, 3, 1), dt.date(2026, 9, 30), "", "G",
         "Scoping under way with the staff networks."),
    ]
    r = 5
    for row in rows:
        kind = row[0]
        if kind in ("theme", "rec"):
            c = ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c.alignment = WRAP
            if kind == "theme":
                c.fill = FILL["head"]
                c.font = WHITE_BOLD
            else:
                c.fill = FILL["rec"]
                c.font = Font(bold=True)
                ws.row_dimensions[r].height = 32
        else:
            _, ref, action, owner, orig, rev, prev, cur, upd = row
            vals = [ref, action, owner, orig, rev, prev or None, cur, upd]
            for ci, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=6).fill = FILL[letter_colour[prev]]
            ws.cell(row=r, column=7).fill = FILL[letter_colour[cur]]
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="Summary – current RAG").font = Font(bold=True)
    for label, n in [("Complete (B)", 3), ("On track (G)", 4), ("At risk (A)", 1), ("Off track (R)", 1),
                     ("Total actions", 9)]:
        r += 1
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=n)
    for col, w in zip("ABCDEFGH", [8, 58, 28, 14, 14, 12, 12, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zqs-dorset-and-wiltshire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"))


# ================================================================ 3. Bedfordshire Police VMM (xlsx, refuse)
def make_beds_refuse():
    wb = Workbook()
    ws = wb.active
    ws.title = "VMM tracker"
    ws["A1"] = "Bedfordshire Police – HMICFRS Vetting, Misconduct and Misogyny Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("An inspection of vetting, misconduct, and misogyny in the police service (HMICFRS, November 2022)"
                " – Professional Standards Department")
    ws["A3"] = "Update for the Force Confidence and Standards Board, 14 October 2025"
    header_row(ws, 5, ["Rec", "Theme", "HMICFRS recommendation", "Force action", "Owner", "Due",
                       "Status", "Latest update"])
    data = [
        ("1", "Vetting",
         "By 31 October 2023, chief constables should make sure that vetting decisions are recorded with a "
         "clear rationale, including where adverse information is identified and the applicant is accepted.",
         "Introduce a mandatory rationale template in the vetting system for all decisions involving adverse "
         "information.",
         "Head of Vetting", "31/10/2023", "Complete", "Template live since September 2023; dip sampled quarterly."),
        ("3", "Vetting",
         "By 31 March 2024, chief constables should make sure that risk mitigation measures are put in place "
         "and monitored when vetting clearance is granted despite adverse information.",
         "Establish a vetting risk mitigation register with a quarterly review of conditional clearances.",
         "Head of Vetting", "Mar-24", "Complete", "Register reviewed at each Vetting Appeals Panel."),
        ("10", "Counter-corruption",
         "By 30 April 2023, chief constables should make sure their counter-corruption units have enough "
         "capacity and capability to assess intelligence and carry out investigations.",
         "Recruit two additional intelligence analysts to the Counter Corruption Unit.",
         "Detective Superintendent, PSD", "30/04/2023", "Complete", "Both posts filled June 2023."),
        ("14", "Counter-corruption",
         "By 31 March 2024, chief constables should make sure their force can monitor all its IT systems to "
         "identify data misuse and other corruption.",
         "Complete the procurement and roll-out of IT monitoring software across all force devices.",
         "Head of ICT / CCU Manager", "Novmber 2025", "On track",
         "Software installed on 85% of devices; mobile devices scheduled for November."),
        ("22", "Misconduct",
         "By 31 October 2023, chief constables should make sure allegations of sexual misconduct against "
         "officers and staff are assessed and investigated by trained specialist investigators.",
         "Train all PSD investigators in the national sexual misconduct investigation course.",
         "PSD Investigations Manager", "31/12/2025", "On track", "11 of 14 investigators trained."),
        ("28", "Misogyny",
         "By 31 March 2024, chief constables should make sure officers and staff understand what "
         "misogynistic and predatory behaviour looks like and how to report it.",
         "Deliver the 'Active Bystander' workshop to all supervisors and publish reporting routes on the "
         "intranet.",
         "Head of Learning and Development", "Jan-26", "On track", "62% of supervisors attended to date."),
        ("35", "Misconduct",
         "By 31 March 2024, chief constables should make sure their forces record misconduct outcomes "
         "accurately and share them with the College of Policing for the barred list.",
         "Reconcile Centurion records with barred list submissions for 2022 to 2025.",
         "PSD Business Manager", "TBC – awaiting College of Policing APP", "Delayed",
         "National guidance expected early 2026."),
    ]
    r = 6
    for row in data:
        for ci, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=ci, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Recommendations applicable to the force: 7 (Complete 3, On track 3, Delayed 1)")
    ws.cell(row=r, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", [6, 18, 50, 45, 24, 14, 12, 40]):
        ws.column_dimensions[col].width = w

    notes = wb.create_sheet("Notes")
    notes["A1"] = "Status definitions"
    notes["A1"].font = Font(bold=True)
    notes["A2"] = "Complete – action closed and evidence held by PSD"
    notes["A3"] = "On track – action progressing to the due date"
    notes["A4"] = "Delayed – due date will be missed; reason given in the update"
    notes["A6"] = "Recommendations for the Home Office, College of Policing and NPCC are not included."
    wb.save(out("zqs-bedfordshire-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker-typo-month-refuse.xlsx"))


# ================================================================ 4. University of Birmingham ITE (xlsx)
def make_ite():
    title = "Initial Teacher Education: Post-Inspection Improvement Plan 2024–25"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "University of Birmingham – School of Education, ITE Partnership"
    ov["A3"] = "Ofsted ITE inspection: 11–14 March 2024 (report published 2 May 2024)"
    header_row(ov, 5, ["Phase", "Overall effectiveness", "Quality of education and training",
                       "Leadership and management"])
    for r, row in enumerate([
        ("Primary", "Good", "Good", "Good"),
        ("Secondary", "Requires improvement", "Requires improvement", "Good"),
    ], start=6):
        for c, v in enumerate(row, start=1):
            ov.cell(row=r, column=c, value=v).border = BOX
    ov["A9"] = "RAG key (fill colour of the RAG column on each phase sheet)"
    ov["A9"].font = Font(bold=True)
    for r, (colour, text) in enumerate([
        ("blue", "Complete"),
        ("green", "On track"),
        ("amber", "Some slippage – action in hand"),
        ("red", "Not on track"),
    ], start=10):
        ov.cell(row=r, column=1).fill = FILL[colour]
        ov.cell(row=r, column=2, value=text)
    ov["A15"] = ("Plan owner: Director of Initial Teacher Education. Reviewed termly by the ITE Partnership "
                 "Strategy Group. Last updated: 23 June 2025.")
    for col, w in zip("ABCD", [14, 30, 32, 28]):
        ov.column_dimensions[col].width = w

    cols = ["Ref", "Action", "Lead", "Completion by", "Success indicator", "RAG", "Evidence / update"]

    def phase_sheet(name, heading, grade, points):
        ws = wb.create_sheet(name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = grade
        header_row(ws, 4, cols)
        r = 5
        for point, actions in points:
            c = ws.cell(row=r, column=1, value=point)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
            c.fill = FILL["pale"]
            c.font = Font(bold=True)
            c.alignment = WRAP
            ws.row_dimensions[r].height = 45
            r += 1
            for ref, action, lead, when, success, rag, upd in actions:
                vals = [ref, action, lead, when, success, None, upd]
                for ci, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=ci, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.date):
                        cell.number_format = "mmm-yy"
                ws.cell(row=r, column=6).fill = FILL[rag]
                r += 1
        for col, w in zip("ABCDEFG", [8, 55, 30, 12, 36, 8, 40]):
            ws.column_dimensions[col].width = w

    phase_sheet("Primary", "Primary phase", "Ofsted grade: Good", [
        ("P1. Leaders should ensure that mentors in all partnership schools are trained in the early reading "
         "and systematic synthetic phonics content of the centre-based curriculum, so that trainees' "
         "school-based experiences consistently reinforce it.",
         [("P1.1", "Add a compulsory phonics module to the mentor training programme and record completion "
                   "for every mentor.",
           "Primary PGCE Programme Lead", dt.date(2024, 10, 31),
           "100% of primary mentors complete the module", "blue",
           "Completed October 2024: 212 of 212 mentors."),
          ("P1.2", "Partnership tutors to carry out joint observations of phonics teaching with mentors "
                   "during each placement.",
           "Partnership Tutors", dt.date(2025, 7, 31),
           "Joint observation recorded for every primary trainee", "green",
           "Placement B observations 88% complete.")]),
    ])
    phase_sheet("Secondary", "Secondary phase", "Ofsted grade: Requires improvement", [
        ("S1. Leaders should ensure that the centre-based and school-based curriculum in all subjects sets out "
         "clearly what trainees need to learn about adaptive teaching, so that trainees can meet the needs of "
         "pupils with special educational needs and/or disabilities (SEND).",
         [("S1.1", "Review every subject curriculum map to identify where adaptive teaching and SEND content is "
                   "taught, practised and assessed, and fill the gaps identified.",
           "Secondary PGCE Programme Lead", dt.date(2024, 12, 31),
           "Revised maps approved for all 11 subjects", "blue", "Approved at Programme Board, December 2024."),
          ("S1.2", "Deliver a SEND and adaptive teaching training day for all secondary mentors, co-designed "
                   "with a partnership special school.",
           "Secondary PGCE Programme Lead / SENCO Partnership Lead", dt.date(2025, 2, 28),
           "At least 90% of mentors attend", "blue", "Held 6 February 2025; 93% attendance."),
          ("S1.3", "Introduce a placement task requiring each trainee to plan, teach and evaluate an adapted "
                   "sequence of lessons for a pupil with an EHC plan.",
           "Subject Leads", dt.date(2025, 6, 30),
           "Task completed and assessed for all trainees", "green", "Task set for Placement B.")]),
        ("S2. Leaders should strengthen quality assurance so that they know whether mentors give trainees "
         "precise, subject-specific feedback, and act swiftly where this is not the case.",
         [("S2.1", "Introduce quality assurance visits by university tutors to observe mentor meetings, using a "
                   "common record.",
           "Director of Partnership", "Termly",
           "Every mentor observed at least once a year", "green", "Autumn and spring visits completed."),
          ("S2.2", "Use the quality assurance findings to identify mentors who need support, and put individual "
                   "development plans in place for them.",
           "Director of Partnership; Subject Leads", dt.date(2025, 9, 30),
           "Development plan in place for every mentor identified", "amber",
           "17 mentors identified; 9 plans agreed."),
          ("S2.3", "Report quality assurance outcomes to the ITE Partnership Strategy Group each term.",
           "Director of ITE", dt.date(2025, 7, 31),
           "QA report received at each Strategy Group meeting", "red",
           "Spring report not presented; Strategy Group meeting cancelled.")]),
    ])
    wb.save(out("zqs-university-of-birmingham-ofsted-ite-improvement-plan.xlsx"))


# ================================================================ 5. Probation PDU (csv)
def make_probation():
    def q(v):
        if v is None:
            return ""
        if any(ch in v for ch in ',"\n'):
            return '"' + v.replace('"', '""') + '"'
        return v

    ncol = 8
    lines = []

    def add(*fields):
        f = list(fields) + [""] * (ncol - len(fields))
        lines.append(",".join(q(x) for x in f))

    add("North Tyneside and Northumberland PDU – HMIP Inspection Action Plan")
    add("Inspection fieldwork January 2025; report published 15 May 2025; overall rating: Requires improvement")
    add("Tracker owner: Head of PDU. Last updated 31/10/2025")
    add()
    add("Recommendation", "Action No", "Action", "Action Owner", "Target Date", "Revised Target Date",
        "RAG Status", "Progress Update")
    add("Recommendations to North Tyneside and Northumberland PDU")
    add("1. Improve the quality of assessment, planning and management of risk of harm, paying particular "
        "attention to risks to actual and potential victims",
        "1.1", "Deliver risk of serious harm refresher workshops to all practitioners, focusing on victim "
               "safety planning",
        "SPO – Quality and Development", "31/07/2025", "", "Complete",
        "All six teams completed workshops by 24/07/2025.")
    add("", "1.2", "Introduce monthly risk-focused case audits (five cases per SPO) using the regional "
                   "audit tool",
        "Senior Probation Officers", "30/09/2025", "31/12/2025", "Green",
        "Audit tool launched in October.\nTwo audit cycles completed in the Blyth and Wallsend teams.")
    add("2. Ensure that domestic abuse and child safeguarding information is requested, received and "
        "analysed in all relevant cases",
        "2.1", "Agree a revised information-sharing protocol with Northumbria Police for domestic abuse "
               "call-out history, with a 10 working day response standard",
        "Head of PDU", "30/09/2025", "", "Complete", "Protocol signed 12/09/2025.")
    add("", "2.2", "Agree escalation routes with North Tyneside and Northumberland children's services "
                   "where safeguarding responses are not received within 10 working days",
        "Deputy Head of PDU / Safeguarding SPO", "31/10/2025", "31/01/2026", "Amber",
        "Northumberland route agreed; North Tyneside meeting moved to December.")
    add("3. Improve the quality and consistency of management oversight in cases assessed as high or very "
        "high risk of serious harm",
        "3.1", "Require SPO countersignature of all initial risk management plans for high and very high "
               "risk cases, with a recorded rationale",
        "Deputy Head of PDU", "31/08/2025", "", "Complete", "")
    add("", "3.2", "Head of PDU to dip sample management oversight in ten high risk cases each quarter and "
                   "feed back findings at the team managers' meeting",
        "Head of PDU", "Quarterly", "", "Green", "Q2 dip sample completed 22/10/2025.")
    add("Recommendations to HMPPS North East Region")
    add("4. Increase the use of commissioned rehabilitative services and structured interventions by "
        "practitioners",
        "4.1", "Publish a services directory on the regional intranet.\nHold an interventions "
               "'market place' event in each office.",
        "Regional Head of Interventions", "30/11/2025", "", "Green",
        "Directory published; events held in Ashington and North Shields.")
    add("", "4.2", "Set referral targets for each team and report performance at the monthly Performance "
                   "and Quality meeting",
        "Head of PDU; Regional Head of Interventions", "Dec 2025 – Mar 2026", "", "Not started", "")
    add()
    add("Key: Complete / Green (on track) / Amber (at risk of slipping) / Red (off track) / Not started")
    with open(out("zqs-probation-service-north-tyneside-and-northumberland-pdu-hmip-inspection-action-plan.csv"),
              "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# ================================================================ 6. Southport College (txt)
def make_southport():
    T = "\t"
    ncol = 6
    lines = []

    def add(*fields, pad=True):
        f = list(fields)
        if pad:
            f += [""] * (ncol - len(f))
        lines.append(T.join(f))

    add("Southport College – Post-Inspection Action Plan", pad=False)
    add("Southport Education Group", pad=False)
    add("Ofsted inspection 4–7 February 2025 (report published 14 March 2025). Overall effectiveness: "
        "Requires improvement", pad=False)
    add("Version 4 – progress at 14 November 2025 for the Quality, Teaching and Learning Committee", pad=False)
    add("", pad=False)
    add("RAG key: C = Complete; G = On track; A = Some slippage; R = Off track", pad=False)
    add("", pad=False)
    add("Ref", "Action", "Lead", "Target date", "RAG", "Progress update", pad=False)
    add("QUALITY OF EDUCATION")
    add("AFI 1: Leaders and managers should ensure that teachers of education programmes for young people "
        "use assessment effectively to check what learners know and can do, and plan learning that builds "
        "on this.")
    add("1.1", "Introduce a college-wide \"check for understanding\" routine in all study programme lessons, "
               "supported by fortnightly coaching for teachers who are new to the routine.",
        "VP Curriculum and Quality", "30/04/2025", "C",
        "Routine launched after Easter; learning walks show use in 83% of lessons.")
    add("1.2", "Require curriculum teams to review assessment schedules each half term and adjust teaching "
               "plans where learners have gaps.",
        "Heads of Faculty", "Sept 2025 – Feb 2026", "G", "First reviews completed in October.")
    add("AFI 2: Leaders should make sure that apprentices receive timely and helpful feedback from assessors "
        "so that they know how to improve their work.")
    add("2.1", "Set a 10 working day turnaround standard for feedback on apprentices' work and monitor it "
               "through the e-portfolio system.",
        "Head of Apprenticeships", "31/07/2025", "C", "Standard met for 91% of submissions in the autumn term.")
    add("2.2", "Train all assessors in giving developmental feedback, with follow-up observations by the "
               "teaching and learning coaches.",
        "Head of Apprenticeships / Lead T&L Coach", "Jan 2026", "A",
        "Training complete; observations behind schedule due to coach vacancy.")
    add("LEADERSHIP AND MANAGEMENT")
    add("AFI 3: Governors should ensure they receive sufficiently detailed information about the quality of "
        "apprenticeship provision to hold senior leaders to account.")
    add("3.1", "Add an apprenticeship quality dashboard to the report to each meeting of the Quality, "
               "Teaching and Learning Committee.",
        "Clerk to the Corporation / Director of MIS", "Termly", "G", "Dashboard presented in June and November.")
    add("3.2", "Appoint a link governor for apprenticeships and schedule two deep-dive visits each year.",
        "Chair of Governors", "31/12/2025", "G", "Link governor appointed September 2025.")
    add("AFI 4: Leaders should improve attendance at English and mathematics lessons for learners on "
        "education programmes for young people.")
    add("4.1", "Introduce same-day contact with parents and carers for any unexplained absence from English "
               "and mathematics lessons.",
        "Head of English and Maths", "Ongoing", "A", "Attendance 81% (target 88%).")
    add("4.2", "Review timetabling so that English and mathematics lessons are not placed at the end of the "
               "day on Fridays.",
        "VP Curriculum and Quality", "31/08/2025", "R",
        "Not achieved for 2025/26 timetable; to be built into the 2026/27 timetable.")
    add("", pad=False)
    add("Summary: 8 actions – C 2, G 3, A 2, R 1", pad=False)
    with open(out("zqs-southport-college-ofsted-post-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")


# ================================================================ 7. Lanesfield Primary SDP (docx)
def make_lanesfield():
    doc = Document()
    doc.add_paragraph("Lanesfield Primary School: School Development Plan 2024–25", style="Title")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Headteacher", "Mrs A. Doyle"), ("Chair of Governors", "Mr P. Singh"),
                 ("Approved by the Full Governing Body", "17 October 2024"),
                 ("Review points", "December 2024, April 2025, July 2025")]:
        cells = info.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v

    doc.add_paragraph("")
    doc.add_heading("Our priorities for 2024–25", level=2)
    for p in ["Reading fluency and comprehension in Key Stage 2",
              "Number fluency from EYFS to Year 6",
              "Attendance and persistent absence",
              "Subject leadership in the foundation subjects"]:
        doc.add_paragraph(p, style="List Bullet")
    doc.add_paragraph(
        "RAG key: Blue – completed; Green – on track; Amber – started, needs attention; Red – not on track. "
        "Staff initials: RB – English Lead; TL – Reading Champion; JS – Maths Lead; HT – Headteacher; "
        "DHT – Deputy Headteacher.")

    rag_fill = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    cols = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG (April 2025)"]

    def priority(heading, rows):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "E2EFD9")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
            shade(cells[5], rag_fill[row[5]])

    priority("Priority 1: Improve pupils' fluency and comprehension in reading across Key Stage 2", [
        ("1a", "Introduce daily whole-class guided reading sessions in Years 3 to 6, using a shared text "
               "sequence planned by the English Lead.",
         "RB", "Autumn term 2024",
         "Guided reading seen in all KS2 classes during learning walks; pupil voice shows increased enjoyment "
         "of reading.", "Blue"),
        ("1b", "Run targeted fluency interventions for pupils in the lowest 20% of readers in each class, "
               "delivered by trained teaching assistants.",
         "RB / SENDCo", "Spring term 2025",
         "At least 75% of pupils in the intervention groups improve their words-per-minute score by 20%.",
         "Green"),
        ("1c", "Refresh the reading spine and restock class libraries with high-quality, diverse texts.",
         "RB & TL", "Summer term 2025",
         "New texts in every KS2 classroom; library loans increase.", "Amber"),
    ])
    priority("Priority 2: Ensure the mathematics curriculum builds pupils' knowledge of number facts "
             "securely from EYFS to Year 6", [
        ("2a", "Implement a daily 10-minute fluency session (\"Maths Meetings\") in every class from Reception "
               "to Year 6.",
         "Maths Lead (JS)", "Sept 2024 – July 2025",
         "Sessions observed in every class; pupils recall number bonds and times tables quickly.", "Green"),
        ("2b", "Prepare Year 4 pupils for the Multiplication Tables Check through weekly low-stakes quizzes "
               "and a parent workshop.",
         "Year 4 teachers", "June 2025",
         "Average MTC score of 21 or above.", "Green"),
    ])
    priority("Priority 3: Improve attendance and reduce persistent absence, particularly for disadvantaged "
             "pupils", [
        ("3a", "Appoint an attendance champion and hold fortnightly attendance meetings with the Education "
               "Welfare Officer.",
         "HT/DHT", "Autumn term 2024",
         "Attendance champion in post; meeting notes show actions followed up.", "Blue"),
        ("3b", "Put an attendance support plan in place for every pupil whose attendance falls below 90%.",
         "DHT; Family Support Worker", "Termly",
         "Persistent absence for disadvantaged pupils falls below 15%.", "Amber"),
    ])
    priority("Priority 4: Develop the role of subject leaders in the foundation subjects", [
        ("4a", "Provide release time each half term for subject leaders to monitor their subject (book looks, "
               "pupil voice and learning walks) and report findings to governors.",
         "DHT", "Spring term 2025",
         "Each foundation subject leader has reported to the Curriculum Committee.", "Red"),
        ("4b", "Subject leaders to attend the Wolverhampton subject leader network meetings and share "
               "learning with staff.",
         "Subject Leaders", "Summer term 2025",
         "Network learning shared at staff meetings.", "Green"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("The plan is monitored by the Curriculum and Standards Committee at each review point.")
    doc.save(out("zqs-lanesfield-primary-school-school-development-plan-2024-25.docx"))


if __name__ == "__main__":
    make_bronzefield()
    make_dwfrs()
    make_beds_refuse()
    make_ite()
    make_probation()
    make_southport()
    make_lanesfield()
    print("done")
