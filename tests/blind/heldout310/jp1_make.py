"""Build the seven jp1- blind test files (set heldout310).

Run with: /work/main/.venv/bin/python jp1_make.py
Writes into the folder this script lives in.
"""
import csv
import os
from datetime import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


RAGFILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}

# =====================================================================
# 1. School accessibility plan (docx, one table per aim, merged objective cells)
# =====================================================================
SCHOOL_FILE = "jp1-bishops-hatfield-girls-school-accessibility-plan.docx"
SCHOOL_TITLE = "Bishop’s Hatfield Girls’ School Accessibility Plan 2024–2027"
# aim heading -> list of (objective, [actions]); action = (text, person, date, success, rag)
SCHOOL_AIMS = [
    ("Aim 1: Increase access to the curriculum for pupils with a disability", [
        ("All teaching staff can adapt lessons for pupils with SEND", [
            ("Deliver whole-staff training on adaptive teaching, including strategies for pupils with hearing or visual impairment",
             "SENCo", "Autumn term 2024",
             "All teachers have attended; learning walks show adaptations in most lessons", "B"),
            ("Add a “reasonable adjustments” section to each pupil passport and share passports with class teachers through Arbor",
             "SENCo / Assistant Headteacher (Inclusion)", "December 2024",
             "Every pupil on the SEND register has an up-to-date passport visible to all their teachers", "G"),
        ]),
        ("Widen access to practical and off-site learning", [
            ("Review practical risk assessments in science and food technology so that pupils with physical disabilities can take part using adapted equipment",
             "Head of Science / Head of Technology", "July 2025",
             "No pupil is withdrawn from a practical lesson because of a disability", "A"),
            ("Check every trip and residential on the trips calendar for accessible transport and venues before it is approved",
             "Educational Visits Coordinator", "Ongoing",
             "All trips approved on EVOLVE show an access check", "G"),
        ]),
    ]),
    ("Aim 2: Improve and maintain access to the physical environment", [
        ("Improve step-free access between floors", [
            ("Install a platform lift between the ground and first floors of the Humanities block",
             "Business Manager / Site Manager", "Summer term 2025",
             "Lift in use; no timetabled lessons moved for access reasons", "R"),
            ("Replace the heavy fire doors on the sports hall corridor with doors on magnetic hold-open devices",
             "Site Manager", "August 2024",
             "Wheelchair users can move along the corridor without help", "B"),
        ]),
        ("Make the site easier to find your way around", [
            ("Add contrasting nosings to all internal stairs and tactile paving at the top of external steps",
             "Site Manager", "October 2024",
             "Access audit by Hertfordshire SEND advisory teacher finds no hazards on stairs", "B"),
        ]),
    ]),
    ("Aim 3: Improve the delivery of information to pupils with a disability", [
        ("Make written information available in alternative formats", [
            ("Provide exam papers, homework and letters home in enlarged print or on coloured paper where a pupil’s passport asks for it",
             "Exams Officer / SENCo", "Ongoing",
             "Pupil voice survey: pupils with visual impairment say information is easy to read", "G"),
            ("Bring the school website up to WCAG 2.2 AA, including alt text on all images and an accessibility statement",
             "IT Network Manager", "March 2025",
             "Independent accessibility check passed; statement published", "A"),
        ]),
    ]),
]


def build_school():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    landscape(doc)
    doc.add_paragraph(SCHOOL_TITLE, style="Title")

    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [
        ("Approved by", "Resources Committee, on behalf of the Governing Board"),
        ("Date approved", "14 March 2024"),
        ("Annual review", "March 2025 (RAG column updated)"),
        ("Next full review due", "March 2027"),
        ("Plan owner", "School Business Manager"),
    ]:
        r = ctl.add_row().cells
        bold_cell(r[0], k)
        r[1].text = v
        shade(r[0], "D9E2F3")

    doc.add_heading("1. Aims", level=1)
    doc.add_paragraph(
        "Schools are required under the Equality Act 2010 to have an accessibility plan. The purpose of the plan is to:")
    for b in ["Increase the extent to which disabled pupils can participate in the curriculum",
              "Improve the physical environment of the school to enable disabled pupils to take better advantage of education, benefits, facilities and services provided",
              "Improve the availability of accessible information to disabled pupils"]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph(
        "Our school aims to treat all its pupils fairly and with respect. The plan was drawn up with pupils, parents, staff and governors, "
        "and will be made available in large print or another accessible format on request.")
    doc.add_heading("2. Legislation and guidance", level=1)
    doc.add_paragraph(
        "This document meets the requirements of schedule 10 of the Equality Act 2010 and the Department for Education (DfE) "
        "guidance for schools on the Equality Act 2010.")

    doc.add_heading("3. Action plan", level=1)
    doc.add_paragraph(
        "This action plan sets out the aims of our accessibility plan in accordance with the Equality Act 2010. "
        "The RAG column shows the position at the annual review in March 2025.")
    p = doc.add_paragraph()
    p.add_run("Key: ").bold = True
    p.add_run("G = on track; A = some slippage; R = not on track; B = completed.")

    heads = ["Objective", "Actions to be taken", "Person responsible", "Date to complete actions by",
             "Success criteria", "RAG"]
    for aim, objectives in SCHOOL_AIMS:
        doc.add_heading(aim, level=2)
        n = sum(len(a) for _, a in objectives)
        t = doc.add_table(rows=1 + n, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "D9E2F3")
        r = 1
        for obj, acts in objectives:
            first = r
            for (text, who, when, success, rag) in acts:
                c = t.rows[r].cells
                c[1].text = text
                c[2].text = who
                c[3].text = when
                c[4].text = success
                c[5].text = rag
                c[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                shade(c[5], RAGFILL[rag])
                r += 1
            cell = t.cell(first, 0)
            if r - 1 > first:
                cell = cell.merge(t.cell(r - 1, 0))
            cell.text = obj

    doc.add_heading("4. Monitoring arrangements", level=1)
    doc.add_paragraph(
        "This document will be reviewed every 3 years, but may be reviewed and updated more frequently if necessary. "
        "It will be approved by the Resources Committee of the Governing Board.")
    doc.add_heading("5. Links with other policies", level=1)
    for b in ["Risk assessment policy", "Health and safety policy", "Equality information and objectives",
              "Special educational needs (SEN) information report", "Supporting pupils with medical conditions policy"]:
        doc.add_paragraph(b, style="List Bullet")
    doc.save(out(SCHOOL_FILE))


# =====================================================================
# 2. College subcontracting standard action plan (xlsx) -- REFUSE (typo month)
# =====================================================================
COLLEGE_FILE = "jp1-dn-colleges-group-subcontracting-standard-action-plan-typo-month-refuse.xlsx"
COLLEGE_TITLE = "DN Colleges Group – Subcontracting Standard: Management Action Plan"
# section rows are strings; actions are tuples
COLLEGE_ROWS = [
    "1. Pre-award activities",
    ("1.4", "The provider publishes its rationale for subcontracting on its website before the start of the funding year.",
     "The 2023/24 subcontracting rationale was published on 4 October 2023, after the start of the funding year.",
     "Medium",
     "Publish the subcontracting rationale by 31 July each year and add the date to the governance calendar.",
     "Head of Funding & Compliance", dt(2024, 7, 31), None, "Complete",
     "2024/25 rationale published 22 July 2024."),
    ("1.9", "Due diligence on each subcontractor is completed and approved before a contract is awarded.",
     "For 2 of 6 subcontractors sampled, financial due diligence was signed off after the contract start date.",
     "High",
     "Add a due diligence sign-off gate to the contract workflow so that no contract can be issued until the Director of Finance has approved the checks.",
     "Director of Finance / Head of Funding & Compliance", dt(2024, 9, 30), None, "Complete",
     "Gate added to the contracts workflow in August 2024; tested on all 2024/25 contracts."),
    "2. Contract award and management",
    ("2.3", "Contracts include all clauses required by the Standard, including the right of access for ESFA and its auditors.",
     "One legacy contract did not include the ESFA right-of-access clause.",
     "Medium",
     "Re-issue the legacy contract on the 2024/25 template and check every contract against the clause checklist.",
     "Partnerships Contracts Manager", dt(2024, 8, 31), None, "Complete",
     "All 5 contracts re-issued and checked."),
    ("2.8", "Management fees are charged in line with the provider’s published fee policy.",
     "The published fee policy did not show the range of fees charged or the support provided for them.",
     "Low",
     "Publish the fee range and the services provided for the fee alongside the subcontracting rationale.",
     "Head of Funding & Compliance", dt(2024, 7, 31), dt(2024, 10, 31), "Amber",
     "Draft with Governance Professional; to be published after Corporation meets in December."),
    "6. Managing performance",
    ("6.1", "The quality of subcontracted delivery is monitored through observation, learner feedback and performance data.",
     "Observation records were incomplete for one subcontractor.",
     "Medium",
     "Observe teaching, learning and assessment at every subcontractor each term and record it on the college quality system.",
     "Deputy Principal – Quality", dt(2024, 12, 31), None, "On track",
     "Autumn term observations completed at 4 of 5 subcontractors."),
    ("6.7", "Learner evidence is sampled to confirm eligibility and that learning is taking place.",
     "Sample testing found 3 learners whose evidence of eligibility was not held by the college.",
     "High",
     "Complete a 100% check of eligibility evidence for 2024/25 subcontracted learners and hold copies centrally.",
     "MIS Manager; Funding Compliance Officer", dt(2024, 11, 30), "Febuary 2025", "Amber",
     "62% of learner files checked; two subcontractors slow to return evidence."),
    "8. Risk management",
    ("8.2", "A subcontracting risk register is maintained and reviewed by senior leaders.",
     "The subcontracting risk register had not been reviewed since March 2023.",
     "Medium",
     "Review the subcontracting risk register quarterly at the Executive Leadership Team and report it to the Audit and Risk Committee.",
     "Director of Finance", dt(2024, 10, 31), None, "Complete",
     "Reviewed by ELT 15 October 2024; on this agenda."),
    ("8.5", "Exit plans are in place for each subcontractor.",
     "No exit plans were in place.",
     "Low",
     "Write an exit plan for each subcontractor covering learner transfer and the return of data.",
     "Partnerships Contracts Manager", dt(2025, 1, 31), None, "Not started",
     ""),
]


def build_college():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "DN Colleges Group"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Subcontracting Standard – Assurance Review 2023/24"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Management Action Plan in response to the reporting accountant’s report dated 12 July 2024"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Change"]
    for i, h in enumerate(hdr):
        c = cov.cell(row=6, column=1 + i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    for r, row in enumerate([
        ("0.1", dt(2024, 7, 15), "Head of Funding & Compliance", "First draft following the reporting accountant’s report"),
        ("1.0", dt(2024, 9, 3), "Head of Funding & Compliance", "Approved by Executive Leadership Team"),
        ("1.1", dt(2024, 11, 12), "Head of Funding & Compliance", "Progress update for Audit and Risk Committee, 26 November 2024"),
    ], start=7):
        for i, v in enumerate(row):
            c = cov.cell(row=r, column=1 + i, value=v)
            c.border = BOX
            if isinstance(v, dt):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 10
    cov.column_dimensions["B"].width = 12
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action plan")
    heads = ["Ref", "Standard requirement", "Finding", "Priority", "Management action", "Owner",
             "Original target date", "Revised target date", "Status", "Progress update (Nov 2024)"]
    ws["A1"] = COLLEGE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Assurance review of compliance with the ESFA Subcontracting Standard, 2023/24 funding year. "
                "Position at 12 November 2024.")
    ws.merge_cells("A2:J2")
    for i, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    stfill = {"Complete": "0070C0", "On track": "00B050", "Amber": "FFC000", "Not started": "FFFFFF"}
    for item in COLLEGE_ROWS:
        if isinstance(item, str):
            ws.cell(row=r, column=1, value=item).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("D9D9D9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        else:
            for i, v in enumerate(item):
                c = ws.cell(row=r, column=1 + i, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = fill(stfill[item[8]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental weakness in the control framework; Medium – "
            "control weakness that could lead to non-compliance; Low – improvement to good practice.")
    ws.cell(row=r + 1, column=1, value="Status: Complete; On track; Amber – at risk of missing the date; Not started.")
    for col, w in zip("ABCDEFGHIJ", [6, 40, 40, 9, 45, 24, 12, 12, 11, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by status"
    sm["A1"].font = Font(bold=True)
    rows = [("Status", "High", "Medium", "Low", "Total"),
            ("Complete", 1, 3, 0, 4), ("On track", 0, 1, 0, 1), ("Amber", 1, 0, 1, 2),
            ("Not started", 0, 0, 1, 1), ("Total", 2, 4, 2, 8)]
    for ri, row in enumerate(rows, start=3):
        for ci, v in enumerate(row, start=1):
            c = sm.cell(row=ri, column=ci, value=v)
            c.border = BOX
            if ri == 3 or ri == 3 + len(rows) - 1:
                c.font = Font(bold=True)
    wb.active = 1
    wb.save(out(COLLEGE_FILE))


# =====================================================================
# 3. University researcher development concordat action plan (csv export)
# =====================================================================
UNI_FILE = "jp1-university-of-york-researcher-development-concordat-action-plan.csv"
UNI_TITLE = "University of York – Concordat to Support the Career Development of Researchers"
UNI_HEAD = ["Ref", "Obligation", "Action", "Owner", "Timescale", "Revised timescale", "Success measure", "RAG",
            "Progress update"]
UNI_ROWS = [
    "Principle 1: Environment and Culture",
    ("EC1", "Ensure that all relevant staff are aware of the Concordat",
     "Add a Concordat briefing to the induction for all new research staff and principal investigators",
     "Researcher Development Team", "Dec-23", "",
     "90% of new research staff complete the induction within 3 months of starting", "Complete",
     "Briefing live on YorkLearn since January 2024; 93% completion."),
    ("EC2", "Promote good mental health and wellbeing through effective policies and practice",
     "Train managers of researchers to recognise and respond to signs of stress, with a refresher every year",
     "Head of Staff Wellbeing; Faculty Research Managers", "Jul-24", "Jan-25",
     "80% of managers of researchers trained", "Green",
     "64% trained; extra sessions booked for autumn."),
    ("EC3", "Promote good mental health and wellbeing through effective policies and practice",
     "Add a research culture question set to the staff survey and report the results by contract type",
     "Director of HR", "Mar-25", "",
     "Results reported to University Research Committee", "Amber",
     "Question set agreed; survey moved to October 2025 by the People Directorate."),
    "Principle 2: Employment",
    ("EM1", "Seek to improve job security for researchers, for example through more effective redeployment processes and greater use of open-ended contracts",
     "Introduce a bridging fund of up to 6 months’ salary for researchers between grants",
     "PVC Research", "Oct-24", "",
     "Fund open to applications; at least 10 awards a year", "Complete",
     "Fund launched October 2024; 7 awards so far."),
    ("EM2", "Seek to improve job security for researchers, for example through more effective redeployment processes and greater use of open-ended contracts",
     "Review the redeployment policy so that researchers on fixed-term contracts are told about suitable vacancies at least 3 months before their contract ends",
     "HR Policy Manager", "Jun-25", "Nov-25",
     "Revised policy approved by the Joint Negotiating Committee", "Red",
     "Delayed by consultation with the trade unions."),
    ("EM3", "Provide clear and transparent merit-based recruitment, progression and promotion processes",
     "Publish promotion criteria for research-only staff:\n- Grade 7 to Grade 8 criteria agreed with faculties\n- case studies of successful applications on the intranet",
     "Deputy Director of HR (Reward)", "Sept 2024 – June 2025", "",
     "Criteria published; number of research-only staff applying for promotion rises year on year", "Green",
     "Criteria agreed by all three faculties; case studies being written."),
    "Principle 3: Professional and Career Development",
    ("PCD1", "Provide opportunities, structured support and encouragement for researchers to engage in a minimum of 10 days professional development pro rata per year",
     "Record the 10 days’ development allowance in the annual review form and report uptake by department",
     "Researcher Development Team / Heads of Department", "31/03/2025", "",
     "Uptake reported for every department in the annual Concordat report", "Amber",
     "Form updated; uptake data only available for 2 of 3 faculties."),
    ("PCD2", "Ensure that researchers have regular career development discussions with their managers",
     "Run career development review training for principal investigators",
     "Researcher Development Team", "Termly", "",
     "At least one session each term; 60 PIs trained by July 2026", "Green",
     "Two sessions held this year; 41 PIs trained to date."),
    ("PCD3", "Ensure that researchers have regular career development discussions with their managers",
     "Pilot a mentoring scheme pairing early career researchers with mentors outside their own department",
     "Dr Helen Marsh (Academic Lead for Research Staff)", "Jul-26", "",
     "Pilot evaluated and decision taken on roll-out", "Not started",
     "Pilot to start once the Research Staff Forum has recruited mentors."),
    ("PCD4", "Support researchers in developing their research identity and leadership skills",
     "Launch a research leadership programme for senior postdoctoral researchers, co-designed with the Research Staff Forum",
     "Researcher Development Team", "Jan-26", "",
     "First cohort of 15 completes the programme", "Green",
     "Programme designed; applications open September 2025."),
]


def build_uni():
    n = len(UNI_HEAD)
    pad = lambda cells: list(cells) + [""] * (n - len(cells))
    rows = [
        pad([UNI_TITLE]),
        pad(["Action Plan 2023–2026: Year 2 progress (position at 30 June 2025)"]),
        pad(["Approved by University Research Committee, 5 July 2023. Owner: Research Culture Working Group"]),
        pad([]),
        UNI_HEAD,
    ]
    for item in UNI_ROWS:
        rows.append(pad([item]) if isinstance(item, str) else list(item))
    rows += [pad([]),
             pad(["RAG key: Complete = action delivered; Green = on track; Amber = some risk to timescale; "
                  "Red = will not meet timescale; Not started = not yet due to start"])]
    with open(out(UNI_FILE), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =====================================================================
# 4. Acute trust CQC must-do / should-do action plan (xlsx, fill-colour RAG)
# =====================================================================
YORK_FILE = "jp1-york-scarborough-teaching-hospitals-cqc-must-should-do-action-plan.xlsx"
YORK_TITLE = "CQC Improvement Plan – Urgent and Emergency Care and Medical Care"
# Must do: band strings; requirement groups = (requirement, regulation, [actions])
# action = (ref, action, leads, original, revised, prev, current, progress)
YORK_MUST = [
    "Urgent and emergency care – York Hospital",
    ("The trust must ensure that patients attending the emergency department receive an initial clinical assessment within 15 minutes of arrival.",
     "Regulation 12(1)(2)(a)", [
        ("MD1.1", "Put a streaming and triage nurse at the front door 24 hours a day, 7 days a week, with a second triage nurse between 10:00 and 22:00",
         "Chief Nurse; Head of Nursing (ED)", dt(2024, 10, 31), dt(2025, 3, 31), "A", "R",
         "Recruitment to 4.6 WTE band 6 posts incomplete; 8 of 14 shifts covered by bank staff. Escalated to Quality Committee."),
        ("MD1.2", "Audit time to initial assessment every week and report compliance to the Urgent and Emergency Care Board",
         "ED Clinical Director", dt(2024, 6, 30), None, "G", "G",
         "Weekly audit in place since June 2024; median time to assessment 12 minutes in January."),
    ]),
    ("The trust must ensure that patients cared for in temporary escalation spaces have their care needs, including nutrition, hydration and pressure area care, met and recorded.",
     "Regulation 9(1)(3)", [
        ("MD2.1", "Roll out the temporary escalation spaces care bundle and checklist on the electronic patient record",
         "Deputy Chief Nurse", dt(2024, 9, 30), dt(2025, 2, 28), "A", "A",
         "Bundle live in York ED; roll-out to the acute medical unit planned for February."),
        ("MD2.2", "Name a nurse in charge of escalation areas on every shift on the ED staffing board",
         "Head of Nursing (ED)", dt(2024, 7, 31), None, "G", "B",
         "In place since July 2024; spot checks show 100% compliance over three months."),
    ]),
    "Medical care – Scarborough Hospital",
    ("The trust must ensure that staff complete mandatory training, including level 3 safeguarding adults training, in line with trust targets.",
     "Regulation 18(2)(a)", [
        ("MD3.1", "Set ward-level trajectories to reach 90% compliance and review them at the monthly care group performance meetings",
         "Care Group 2 Director of Nursing / Head of Learning and Development", dt(2024, 9, 30), dt(2025, 4, 30), "R", "A",
         "Level 3 safeguarding adults compliance up from 61% to 78%."),
    ]),
    ("The trust must ensure that risk assessments, including falls and venous thromboembolism (VTE) assessments, are completed and reviewed within the required timescales.",
     "Regulation 12(2)(a)(b)", [
        ("MD4.1", "Make falls and VTE assessments mandatory fields in the admission document on the electronic patient record",
         "Chief Clinical Information Officer", dt(2024, 12, 31), None, "G", "G",
         "Build complete; go-live agreed for the February release."),
        ("MD4.2", "Add falls and VTE assessment compliance to the monthly ward accreditation audit",
         "Associate Chief Nurse (Quality)", dt(2024, 8, 31), None, "G", "B",
         "Included in the audit from August 2024; results on the ward quality dashboard."),
    ]),
]
# Should do: action = (ref, should-do text, action, lead, due, current, progress)
YORK_SHOULD = [
    "Urgent and emergency care – York Hospital",
    ("SD1", "The trust should ensure that the children’s waiting area in the emergency department is separated from the adult waiting area by sight and sound.",
     "Move the children’s waiting area into the former plaster room and fit acoustic screening",
     "Director of Estates and Facilities", dt(2025, 3, 31), "G",
     "Works ordered; start on site 3 February 2025."),
    ("SD2", "The trust should continue to reduce the number of patients who spend more than 12 hours in the emergency department.",
     "Continue the daily 12-hour breach review led by the site management team and report themes to the Urgent and Emergency Care Board",
     "Chief Operating Officer", "Ongoing – reviewed monthly", "A",
     "12-hour waits down from 11.2% to 9.4% of attendances; winter pressures."),
    "Medical care – Scarborough Hospital",
    ("SD3", "The trust should ensure that medicines fridge temperatures are checked and recorded daily on all wards.",
     "Install remote temperature monitoring on all ward medicines fridges, with alerts sent to pharmacy",
     "Chief Pharmacist", dt(2024, 10, 31), "B",
     "Installed on all 14 wards in October 2024."),
]


def build_york():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "York and Scarborough Teaching Hospitals NHS Foundation Trust"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = YORK_TITLE
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Following the CQC inspection of October 2023 (report published March 2024). Position at 31 January 2025."
    s["A5"] = "RAG key"
    s["A5"].font = Font(bold=True)
    for i, (code, desc) in enumerate([
        ("R", "Off track – escalated to Quality Committee"),
        ("A", "At risk – mitigation in place"),
        ("G", "On track"),
        ("B", "Complete – evidence signed off by the Executive lead"),
    ]):
        s.cell(row=6 + i, column=1).fill = fill(RAGFILL[code])
        s.cell(row=6 + i, column=1).border = BOX
        s.cell(row=6 + i, column=2, value=desc)
    s["A11"] = "Summary of current position"
    s["A11"].font = Font(bold=True)
    summ = [("", "Must do", "Should do", "Total"),
            ("Blue", 2, 1, 3), ("Green", 2, 1, 3), ("Amber", 2, 1, 3), ("Red", 1, 0, 1), ("Total", 7, 3, 10)]
    for ri, row in enumerate(summ, start=12):
        for ci, v in enumerate(row, start=1):
            c = s.cell(row=ri, column=ci, value=v)
            c.border = BOX
            if ri in (12, 17):
                c.font = Font(bold=True)
    s.column_dimensions["A"].width = 12
    s.column_dimensions["B"].width = 50

    # ---- Must do
    m = wb.create_sheet("Must do")
    heads = ["Ref", "Must do (CQC requirement)", "Regulation", "Action", "Lead(s)", "Original due date",
             "Revised due date", "Previous RAG", "Current RAG", "Progress and evidence"]
    m["A1"] = "CQC Improvement Plan – Must do actions"
    m["A1"].font = Font(bold=True, size=13)
    m["A2"] = "Position at 31 January 2025. Report to Quality Committee, 19 February 2025."
    for i, h in enumerate(heads):
        c = m.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in YORK_MUST:
        if isinstance(item, str):
            m.cell(row=r, column=1, value=item).font = Font(bold=True)
            m.cell(row=r, column=1).fill = fill("DDEBF7")
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        req, reg, acts = item
        first = r
        for (ref, act, lead, orig, rev, prev, cur, prog) in acts:
            vals = [ref, None, None, act, lead, orig, rev, None, None, prog]
            for ci, v in enumerate(vals, start=1):
                c = m.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt):
                    c.number_format = "dd/mm/yyyy"
            m.cell(row=r, column=8).fill = fill(RAGFILL[prev])
            m.cell(row=r, column=9).fill = fill(RAGFILL[cur])
            r += 1
        m.cell(row=first, column=2, value=req).alignment = WRAP
        m.cell(row=first, column=3, value=reg).alignment = WRAP
        if r - 1 > first:
            m.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            m.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHIJ", [8, 45, 14, 45, 26, 12, 12, 9, 9, 45]):
        m.column_dimensions[col].width = w
    m.freeze_panes = "A5"

    # ---- Should do
    sd = wb.create_sheet("Should do")
    heads = ["Ref", "Should do (CQC recommendation)", "Action", "Lead(s)", "Due date", "Current RAG",
             "Progress and evidence"]
    sd["A1"] = "CQC Improvement Plan – Should do actions"
    sd["A1"].font = Font(bold=True, size=13)
    sd["A2"] = "Position at 31 January 2025."
    for i, h in enumerate(heads):
        c = sd.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in YORK_SHOULD:
        if isinstance(item, str):
            sd.cell(row=r, column=1, value=item).font = Font(bold=True)
            sd.cell(row=r, column=1).fill = fill("DDEBF7")
            sd.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            ref, txt, act, lead, due, cur, prog = item
            for ci, v in enumerate([ref, txt, act, lead, due, None, prog], start=1):
                c = sd.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt):
                    c.number_format = "dd/mm/yyyy"
            sd.cell(row=r, column=6).fill = fill(RAGFILL[cur])
        r += 1
    for col, w in zip("ABCDEFG", [8, 45, 45, 26, 14, 9, 45]):
        sd.column_dimensions[col].width = w
    wb.save(out(YORK_FILE))


# =====================================================================
# 5. PCN capacity and access improvement plan (tab-separated text)
# =====================================================================
PCN_FILE = "jp1-keynsham-pcn-capacity-access-improvement-plan.txt"
PCN_TITLE = "Keynsham Primary Care Network – Capacity and Access Improvement Plan 2023/24"
PCN_HEAD = ["Ref", "Action", "Practice(s)", "Lead", "Target date", "RAG", "Update at 31/03/2024"]
PCN_ROWS = [
    "1. Patient experience of contact",
    "Baseline (GP Patient Survey 2023): 46% describe their experience of contacting the practice as good. Target: 50%.",
    ("1.1", "Move all three practices onto cloud-based telephony with call-back and queue position messages",
     "All", "PCN Manager", "Jul-23", "Complete", "Live at all practices from 17 July 2023."),
    ("1.2", "Run one online and paper patient survey for the PCN each quarter and share the results with each Patient Participation Group",
     "All", "K. Lewis / R. Bell", "Q3 23/24", "G", "Two rounds completed; 612 responses."),
    ("1.3", "Train all reception staff in care navigation, including referral to the Community Pharmacist Consultation Service",
     "All", "Practice Managers", "30/09/2023", "Complete", "34 of 34 staff trained."),
    "2. Ease of access and demand management",
    "Baseline: 8% of requests made online; 2 of 3 practices offer online consultation. Target: online consultation at all practices.",
    ("2.1", "Offer online consultation through the practice website during core hours at every practice",
     "Chandag Road, Temple Street", "Digital & Transformation Lead", "31/10/2023", "A",
     "Live at Temple Street; Chandag Road delayed to May 2024 by clinical system migration."),
    ("2.2", "Set up a PCN same-day hub for minor illness, staffed by ARRS paramedics and clinical pharmacists",
     "All", "Dr A Hussain (Clinical Director)", "End of March 2024", "R",
     "Premises not agreed with ICB estates; hub will not open in 2023/24."),
    ("2.3", "Compare appointment demand with capacity every month and adjust the rota for Monday peaks",
     "All", "Practice Managers", "Monthly", "G", "Demand and capacity report reviewed at each PCN Board."),
    "3. Accuracy of recording in appointment books",
    "Baseline: 21% of appointments in unmapped slot types (GPAD, March 2023). Target: below 5%.",
    ("3.1", "Map every appointment slot type to the national GPAD categories",
     "All", "Digital & Transformation Lead", "Aug-23", "Complete", "Unmapped appointments now 2%."),
    ("3.2", "Audit 50 appointments per practice each quarter for correct slot type, mode and HCP type",
     "All", "PCN Manager; Practice Managers", "Q4 23/24", "G", "Q1–Q3 audits done; Q4 audit in April."),
]


def build_pcn():
    lines = [
        PCN_TITLE,
        "Network Contract DES 2023/24 – Local Capacity and Access Improvement Payment",
        "Member practices: Bath Hill Surgery, Chandag Road Medical Centre, Temple Street Practice",
        "Agreed with BSW ICB: 30 June 2023\tFinal position: 31 March 2024",
        "",
        "\t".join(PCN_HEAD),
    ]
    for item in PCN_ROWS:
        lines.append(item if isinstance(item, str) else "\t".join(item))
    lines += [
        "",
        "RAG: Complete = delivered; G = on track; A = partly delivered; R = not delivered",
        "Signed off by PCN Board, 18 April 2024",
    ]
    with open(out(PCN_FILE), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# =====================================================================
# 6. Mental health trust PCREF action plan (docx board appendix, table per part)
# =====================================================================
CNTW_FILE = "jp1-cntw-patient-carer-race-equality-framework-action-plan.docx"
CNTW_TITLE = "Patient and Carer Race Equality Framework (PCREF) Action Plan – Quarter 2 2024/25 Update"
# part heading -> list of items: str = competency band row, tuple = action
# action = (ref, action text, leads, target, update, rag)
CNTW_PARTS = [
    ("Part 1: Leadership and governance", [
        ("1.1", "Confirm the Executive Director of Nursing, Therapies and Quality as board lead for PCREF and include PCREF in the lead’s objectives",
         "Chief Executive", "June 2024", "Confirmed at Board in June; objectives agreed.", "Complete"),
        ("1.2", "Set up a PCREF Steering Group, co-chaired by a community partner, reporting to the Quality and Performance Committee",
         "Head of Equality, Diversity and Inclusion", "September 2024",
         "First meeting 12 September 2024, co-chaired by Black Health Initiative North East.", "Complete"),
        ("1.3", "Report the PCREF core measures to the Board twice a year, including detentions under the Mental Health Act by ethnicity",
         "Deputy Director of Performance / Head of Information", "Q3 2024/25",
         "Data set built; first report to Board in December.", "Green"),
    ]),
    ("Part 2: National organisational competencies", [
        "Competency 1: Culturally appropriate care",
        ("2.1", "Deliver race equality and cultural humility training to all inpatient ward staff, starting with the three wards with the highest use of restraint",
         "Dr Sarah Okafor and James Reid", "March 2025",
         "218 of 540 staff trained; trainer capacity is the main risk.", "Amber"),
        ("2.2", "Commission two community organisations to run cultural awareness sessions with community mental health teams in Newcastle and Sunderland.\n"
                "Sessions to be co-delivered with people with lived experience.",
         "Associate Director of Community Services", "Sept 2024 – March 2025",
         "Contracts signed; first sessions held in October.", "Green"),
        "Competency 2: Reducing restrictive practice",
        ("2.3", "Review every use of prone restraint on a patient from a racialised community at the weekly safety huddle",
         "Positive and Safe Care Lead", "Ongoing", "Reviews taking place weekly since July.", "Green"),
        ("2.4", "Add ethnicity to the restrictive intervention dashboard and set a reduction target for Black patients",
         "Head of Information", "31/01/2025",
         "Ethnicity recording incomplete for 14% of records; dashboard change not yet scheduled.", "Red"),
    ]),
    ("Part 3: Patient and carer feedback mechanisms", [
        ("3.1", "Translate the friends and family test into the ten most-used community languages and offer it by text message",
         "Head of Patient Experience", "December 2024",
         "Six languages done; text message option waiting for the new SMS contract.", "Amber"),
        ("3.2", "Hold listening events with Black and minority ethnic service users and carers, and publish what we changed as a result",
         "Head of Patient Experience; Community Engagement Lead", "Quarterly",
         "Events held in Gateshead (July) and Carlisle (September).", "Green"),
        ("3.3", "Include a question on experience of racism in the community mental health survey",
         "Head of Patient Experience", "Q4 2024/25", "Due to start in January 2025.", "Not started"),
    ]),
]
CNTW_FILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Not started": "FFFFFF"}


def build_cntw():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(CNTW_TITLE, style="Title")

    cov = doc.add_table(rows=0, cols=2)
    cov.style = "Table Grid"
    for k, v in [
        ("Meeting", "Board of Directors (held in public)"),
        ("Date", "4 December 2024"),
        ("Title", "PCREF Action Plan – Quarter 2 2024/25 Update"),
        ("Executive lead", "Executive Director of Nursing, Therapies and Quality"),
        ("Report author", "Head of Equality, Diversity and Inclusion"),
        ("Purpose", "For assurance"),
    ]:
        c = cov.add_row().cells
        bold_cell(c[0], k)
        shade(c[0], "E2EFD9")
        c[1].text = v

    doc.add_heading("1. Executive summary", level=1)
    doc.add_paragraph(
        "The Patient and Carer Race Equality Framework (PCREF) is NHS England’s anti-racism framework for mental health "
        "providers. The Trust’s PCREF action plan was co-produced with community partners and approved by the Board in "
        "June 2024. This report gives the position at the end of Quarter 2 (30 September 2024). Two actions are complete, "
        "four are on track, two are at risk, one is off track and one has not yet started.")
    doc.add_heading("2. Progress summary", level=1)
    summ = [("Part", "Actions", "Complete", "Green", "Amber", "Red", "Not started"),
            ("Part 1", "3", "2", "1", "0", "0", "0"),
            ("Part 2", "4", "0", "2", "1", "1", "0"),
            ("Part 3", "3", "0", "1", "1", "0", "1"),
            ("Total", "10", "2", "4", "2", "1", "1")]
    t = doc.add_table(rows=0, cols=7)
    t.style = "Table Grid"
    for i, row in enumerate(summ):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            if i in (0, len(summ) - 1):
                bold_cell(cells[j], v)
            else:
                cells[j].text = v

    doc.add_heading("3. Action plan", level=1)
    heads = ["Ref", "Action", "Lead(s)", "Target date", "Q2 update", "RAG"]
    for part, items in CNTW_PARTS:
        doc.add_heading(part, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "C5E0B3")
        for item in items:
            row = t.add_row()
            if isinstance(item, str):
                c = row.cells[0].merge(row.cells[len(heads) - 1])
                bold_cell(c, item)
                shade(c, "F2F2F2")
                continue
            ref, text, lead, target, upd, rag = item
            c = row.cells
            c[0].text = ref
            paras = text.split("\n")
            c[1].text = paras[0]
            for extra in paras[1:]:
                c[1].add_paragraph(extra)
            c[2].text = lead
            c[3].text = target
            c[4].text = upd
            c[5].text = rag
            shade(c[5], CNTW_FILL[rag])

    doc.add_heading("4. RAG key", level=1)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v, col in [("Complete", "Action delivered and evidence seen by the Steering Group", "0070C0"),
                      ("Green", "On track to deliver by the target date", "00B050"),
                      ("Amber", "At risk – mitigation in place", "FFC000"),
                      ("Red", "Off track – escalated to the Quality and Performance Committee", "FF0000"),
                      ("Not started", "Not yet due to start", "FFFFFF")]:
        c = key.add_row().cells
        c[0].text = k
        shade(c[0], col)
        c[1].text = v
    doc.add_heading("5. Recommendation", level=1)
    doc.add_paragraph("The Board is asked to note the progress made and the risks to delivery of actions 2.1, 2.4 and 3.1.")
    doc.save(out(CNTW_FILE))


# =====================================================================
# 7. Executive agency People Survey action plan (xlsx, you said / we will)
# =====================================================================
DSTL_FILE = "jp1-dstl-people-survey-action-plan.xlsx"
DSTL_TITLE = "Dstl People Survey 2024 – Organisational Action Plan"
# theme band strings; groups = (you said, [actions]); action = (ref, we will, owner, start, due, status, update)
DSTL_ROWS = [
    "Theme 1: Leadership and managing change (positive score 41%, down 3 points)",
    ("Changes to our operating model were not explained well and we do not know why decisions are made.", [
        ("1.1", "Hold a quarterly all-staff ‘Ask the Board’ session, with questions submitted anonymously in advance",
         "Chief Executive", dt(2025, 2, 1), dt(2026, 1, 31), "On track",
         "First session held 27 March 2025; 1,140 attended online."),
        ("1.2", "Publish a short rationale for each major change decision on the intranet within two weeks of the decision",
         "Chief Operating Officer and Chief People Officer", dt(2025, 1, 20), dt(2025, 3, 31), "Complete",
         "Decision log page live; 6 rationales published."),
    ]),
    ("Senior leaders are not visible at our smaller sites.", [
        ("1.3", "Set a programme of Executive Board visits to Portsdown West and our smaller sites, with an open Q&A session at each",
         "Executive Board", dt(2025, 3, 1), "Q1 2025/26", "On track",
         "Four of six visits held."),
    ]),
    "Theme 2: Resources and workload (positive score 52%, down 1 point)",
    ("We do not have enough time to do our jobs properly and too much time goes on administration.", [
        ("2.1", "Remove or simplify at least ten internal approval processes identified by staff through the ‘Stop doing’ portal",
         "Director of Corporate Services", dt(2025, 2, 1), dt(2025, 6, 30), "At risk",
         "Four processes simplified; finance approvals need Ministry of Defence agreement."),
        ("2.2", "Give line managers a dashboard of team workload and leave, refreshed weekly",
         "J. Marsh / P. Adeyemi", dt(2025, 4, 1), dt(2025, 9, 30), "On track",
         "Prototype tested with 12 managers."),
    ]),
    ("IT equipment and systems slow us down.", [
        ("2.3", "Replace all laptops older than five years and move the remaining teams off the legacy document management system",
         "Chief Digital Officer", dt(2025, 1, 6), dt(2026, 3, 31), "Off track",
         "Laptop supply contract delayed; 38% replaced. Escalated to People Committee."),
    ]),
    "Theme 3: Inclusion and fair treatment (positive score 74%, no change)",
    ("Some of us have experienced bullying or harassment and did not feel able to report it.", [
        ("3.1", "Launch a confidential speak-up route run by an external provider, alongside our network of Dignity at Work advisers",
         "Chief People Officer", dt(2024, 11, 1), dt(2025, 1, 31), "Complete",
         "Service live since 13 January 2025."),
        ("3.2", "Make ‘Respect at work’ training mandatory for all line managers",
         "Head of Learning and Development", dt(2025, 2, 1), dt(2025, 7, 31), "On track",
         "71% of line managers trained."),
    ]),
    ("Workplace adjustments take too long to put in place.", [
        ("3.3", "Introduce a workplace adjustments passport and a 30-day target for adjustments to be in place",
         "Head of HR Operations", dt(2025, 1, 6), dt(2025, 4, 30), "At risk",
         "Passport launched; only 55% of adjustments in place within 30 days."),
    ]),
    "Theme 4: Learning and development (positive score 58%, up 2 points)",
    ("It is hard to find time for learning and development.", [
        ("4.1", "Protect five learning days a year for every member of staff and record them in the HR system",
         "Divisional Heads", dt(2025, 4, 1), "Ongoing", "On track",
         "Learning days recorded for 2025/26 year."),
    ]),
]
DSTL_FILL = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}


def build_dstl():
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = DSTL_TITLE
    rm["A1"].font = Font(bold=True, size=14)
    rm["A3"] = ("This plan sets out the organisation-wide actions the Executive Board agreed in response to the 2024 "
                "Civil Service People Survey. Divisions hold their own local plans. Progress is reported to the "
                "People Committee every quarter.")
    rm["A5"] = "Status key"
    rm["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Action delivered"),
                                ("On track", "Will be delivered by the due date"),
                                ("At risk", "Some slippage – recovery plan in place"),
                                ("Off track", "Will not be delivered by the due date – escalated to People Committee")]):
        c = rm.cell(row=6 + i, column=1, value=k)
        c.fill = fill(DSTL_FILL[k])
        c.border = BOX
        rm.cell(row=6 + i, column=2, value=v)
    rm["A11"] = "Version history"
    rm["A11"].font = Font(bold=True)
    for ri, row in enumerate([("Version", "Date", "Change"),
                              ("1.0", dt(2025, 1, 20), "Agreed by Executive Board"),
                              ("1.1", dt(2025, 5, 14), "Q1 update for People Committee")], start=12):
        for ci, v in enumerate(row, start=1):
            c = rm.cell(row=ri, column=ci, value=v)
            c.border = BOX
            if isinstance(v, dt):
                c.number_format = "dd/mm/yyyy"
            if ri == 12:
                c.font = Font(bold=True)
    rm.column_dimensions["A"].width = 14
    rm.column_dimensions["B"].width = 70

    hr = wb.create_sheet("Headline results")
    hr["A1"] = "People Survey 2024 – headline results (positive %)"
    hr["A1"].font = Font(bold=True)
    for ri, row in enumerate([("Theme", "2023", "2024", "Change", "Civil Service 2024"),
                              ("Employee engagement index", 63, 61, -2, 64),
                              ("Leadership and managing change", 44, 41, -3, 52),
                              ("Resources and workload", 53, 52, -1, 74),
                              ("Inclusion and fair treatment", 74, 74, 0, 81),
                              ("Learning and development", 56, 58, 2, 57),
                              ("Response rate", "71%", "68%", "", "")], start=3):
        for ci, v in enumerate(row, start=1):
            c = hr.cell(row=ri, column=ci, value=v)
            c.border = BOX
            if ri == 3:
                c.font = Font(bold=True)
    hr.column_dimensions["A"].width = 34

    ap = wb.create_sheet("Action plan")
    ap["A1"] = "People Survey 2024: what you told us and what we will do"
    ap["A1"].font = Font(bold=True, size=13)
    ap["A2"] = "Owner: Executive Board. Monitored by: People Committee. Last updated: 14 May 2025"
    heads = ["Ref", "You said", "We will", "Owner", "Start", "Due", "Status", "Update (May 2025)"]
    for i, h in enumerate(heads):
        c = ap.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in DSTL_ROWS:
        if isinstance(item, str):
            ap.cell(row=r, column=1, value=item).font = Font(bold=True)
            ap.cell(row=r, column=1).fill = fill("D9E1F2")
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        said, acts = item
        first = r
        for (ref, will, owner, start, due, status, upd) in acts:
            for ci, v in enumerate([ref, None, will, owner, start, due, status, upd], start=1):
                c = ap.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt):
                    c.number_format = "mmm-yy"
            ap.cell(row=r, column=7).fill = fill(DSTL_FILL[status])
            r += 1
        ap.cell(row=first, column=2, value=said).alignment = WRAP
        if r - 1 > first:
            ap.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ap.cell(row=r, column=1, value="Summary: 10 actions – Complete 2 | On track 5 | At risk 2 | Off track 1").font = Font(bold=True)
    for col, w in zip("ABCDEFGH", [6, 40, 50, 26, 9, 11, 11, 45]):
        ap.column_dimensions[col].width = w
    ap.freeze_panes = "A5"
    wb.active = 0
    wb.save(out(DSTL_FILE))


if __name__ == "__main__":
    build_school()
    build_college()
    build_uni()
    build_york()
    build_pcn()
    build_cntw()
    build_dstl()
    print("built 7 files in", HERE)
