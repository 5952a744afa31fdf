"""Build the seven zcq- blind test files (set heldout780).

Run with /work/main/.venv/bin/python zcq_make.py ; writes next to this script.
Only files starting with zcq- are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def shade(cell, hexcol):
    """Word table cell background."""
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def out(name):
    assert name.startswith("zcq-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. HMP Stafford - HMPPS action plan responding to HMIP inspection (docx)
# ---------------------------------------------------------------------------
def make_hmp_stafford():
    d = Document()
    d.add_heading("Action Plan: HMP Stafford", level=0)
    d.add_paragraph("A Response to the HMIP Inspection 19 November – 5 December 2024")
    d.add_paragraph("Report Published: 10 March 2025")
    d.add_paragraph("Action Plan Submitted: 6 May 2025")

    d.add_heading("INTRODUCTION", level=1)
    d.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on "
        "conditions for and treatment of those in prison. In response to the inspection report, "
        "the prison has drafted this action plan to address the priority and key concerns. The "
        "plan confirms whether each concern is agreed, partly agreed or not agreed (see the "
        "categorisations below) and sets out the actions, owners and target dates. Progress "
        "will be monitored through the establishment's Senior Leadership Team meeting and "
        "reported to the Prison Group Director."
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    bold_cell(t.rows[0].cells[0], "Term")
    bold_cell(t.rows[0].cells[1], "Definition")
    for term, defi in [
        ("Agreed", "All of the concern is accepted and will be addressed within the resources available."),
        ("Partly Agreed", "Only part of the concern is accepted; the response states which part will be addressed and why."),
        ("Not Agreed", "The concern is not accepted; the response gives the reason."),
    ]:
        r = t.add_row().cells
        r[0].text = term
        r[1].text = defi

    d.add_heading("ACTION PLAN", level=1)
    cols = ["Concern", "Agreed / Partly Agreed / Not Agreed", "Action no.", "Action",
            "Responsible owner", "Target date"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        bold_cell(t.rows[0].cells[i], c)
        shade(t.rows[0].cells[i], GREY)

    def section(title):
        r = t.add_row().cells
        m = r[0].merge(r[-1])
        bold_cell(m, title)
        shade(m, "DEEAF6")

    def concern(text, agreed, actions):
        first = None
        rows = []
        for ref, action, owner, date in actions:
            r = t.add_row().cells
            rows.append(r)
            r[2].text = ref
            parts = action.split("\n")
            r[3].text = parts[0]
            for p in parts[1:]:
                r[3].add_paragraph(p)
            r[4].text = owner
            r[5].text = date
        rows[0][0].text = text
        rows[0][1].text = agreed
        if len(rows) > 1:
            rows[0][0].merge(rows[-1][0])
            rows[0][1].merge(rows[-1][1])

    section("PRIORITY CONCERNS")
    concern(
        "1. Staff did not have a good enough understanding of prisoners’ offences and the risk they "
        "posed, and too little work was done to reduce that risk before release.",
        "Agreed",
        [
            ("1.1", "Deliver mandatory public protection and risk awareness briefings to all residential "
                    "staff, including key workers, with attendance monitored through the training tracker.",
             "Head of Offender Management Delivery", "31 August 2025"),
            ("1.2", "Introduce a monthly offender management unit (OMU) surgery on each residential wing so "
                    "that key workers can discuss individual risk management plans with prison offender managers.",
             "Head of Offender Management Delivery / Head of Residence", "30/06/2025"),
            ("1.3", "Quality assure a sample of ten OASys assessments each month against the HMPPS quality "
                    "standard and report the findings to the Reducing Reoffending Meeting.",
             "Senior Probation Officer (OMU)", "Monthly"),
        ],
    )
    concern(
        "2. There was not enough suitable work in prison industries, and too many prisoners were not "
        "fully occupied during the working day.",
        "Partly Agreed",
        [
            ("2.1", "Complete a review of the industries offer against the needs and age profile of the "
                    "population, including retired and older prisoners, and agree a revised workshop plan "
                    "with the regional Head of Education, Skills and Work.",
             "Head of Reducing Reoffending", "September 2025"),
            ("2.2", "Open two additional part-time workshop sessions for older prisoners in the former "
                    "textiles workshop, subject to funding.\nThe funding bid will be submitted to the "
                    "Prison Group Director in June 2025.",
             "Head of Industries", "31 March 2026"),
        ],
    )
    concern(
        "3. There were gaps in the mental health and psychosocial substance misuse services, and "
        "waiting times for psychological therapies were too long.",
        "Agreed",
        [
            ("3.1", "Recruit to the two vacant mental health nurse posts and the vacant psychosocial "
                    "substance misuse worker post.",
             "Head of Healthcare; Health and Justice Commissioner", "31/07/2025"),
            ("3.2", "Review the psychological therapies waiting list weekly at the healthcare local "
                    "delivery board and report any patient waiting more than 18 weeks to the Governor.",
             "Head of Healthcare", "Ongoing"),
        ],
    )
    section("KEY CONCERNS")
    concern(
        "4. Prisoners and their families found it difficult to book social visits, and too many "
        "visits sessions were cancelled at short notice.",
        "Agreed",
        [
            ("4.1", "Introduce the national online visits booking system and publicise it to families "
                    "through the visitors’ centre and the prison’s social media channels.",
             "Family Services Manager", "30 June 2025"),
            ("4.2", "Add a Saturday afternoon visits session and monitor take-up at the monthly Families "
                    "and Significant Others meeting.",
             "Head of Operations", "31 October 2025"),
        ],
    )
    concern(
        "5. Prisoners did not have enough access to the library, and it was often closed without notice.",
        "Agreed",
        [
            ("5.1", "Agree a published library timetable with the library provider and make sure every "
                    "wing receives at least one session a week.",
             "Head of Education, Skills and Work", "31 July 2025"),
        ],
    )

    d.add_paragraph("")
    d.add_heading("SIGN-OFF", level=1)
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, c in enumerate(["Role", "Name", "Date"]):
        bold_cell(t.rows[0].cells[i], c)
    for i, c in enumerate(["Governor", "[Name withheld]", "06/05/2025"]):
        t.rows[1].cells[i].text = c
    for i, c in enumerate(["Prison Group Director", "[Name withheld]", "09/05/2025"]):
        t.rows[2].cells[i].text = c
    d.save(out("zcq-hmp-stafford-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 2. CPS Yorkshire and Humberside - HMCPSI area inspection tracker (csv)
# ---------------------------------------------------------------------------
def make_cps_csv():
    rows = [
        ["CPS Yorkshire and Humberside – Area Improvement Plan"] + [""] * 8,
        ["Response to HMCPSI Area Inspection Programme baseline report (April 2022) – progress tracker"] + [""] * 8,
        ["Position at: 31 January 2023"] + [""] * 8,
        [""] * 9,
        ["Ref", "Theme", "Aspect for improvement", "Action", "Action owner", "Target date",
         "Revised date", "RAG", "Progress update"],
        ["1.1", "Pre-charge decisions",
         "Quality of case analysis and strategy at the pre-charge stage, including identifying what further evidence is needed",
         "Roll out the national Case Analysis and Strategy (CAS) training to all lawyers in the Magistrates' Court and Crown Court units.",
         "DCCP Magistrates' Court / DCCP Crown Court", "30/09/2022", "", "Blue",
         "All 96 lawyers trained by 23/09/2022."],
        ["1.2", "", "",
         "Introduce monthly Individual Quality Assessment (IQA) dip samples focused on case strategy, with feedback to lawyers through 1:1s.",
         "Senior District Crown Prosecutors", "31/10/2022", "31/03/2023", "Amber",
         "Dip sampling running in MCU; CCU sampling delayed by vacancies."],
        ["2.1", "Disclosure",
         "Compliance with the prosecution's duties of disclosure, including accurate endorsement of schedules in the magistrates' courts",
         "Appoint a disclosure champion in each unit and hold a quarterly Area disclosure forum with the four police forces.",
         "Area Disclosure Champion", "31/07/2022", "", "Green",
         "Champions in place; forum met October 2022 and January 2023."],
        ["2.2", "", "",
         "Deliver refresher training on disclosure management documents (DMDs) to Crown Court paralegal officers and lawyers.",
         "DCCP Crown Court", "Q3 2022/23", "", "Green", "Two of three sessions delivered."],
        ["2.3", "", "",
         "Review compliance with Judges' Orders on disclosure at the weekly case progression meeting.",
         "Crown Court Unit Head (Sheffield)", "Ongoing", "", "Green", "Standing agenda item."],
        ["3.1", "Victims and witnesses",
         "Timeliness and quality of Victim Communication and Liaison (VCL) letters",
         "Introduce a VCL letter quality checklist and a quarterly audit of 20 letters per unit.",
         "Victim Liaison Unit Manager", "30/11/2022", "", "Red",
         "Audit not yet started – VLU manager post vacant until March."],
        ["3.2", "", "",
         "Set up a weekly VCL timeliness report for managers from the case management system.",
         "Area Business Manager", "31/12/2022", "28/02/2023", "Amber",
         "Report built; data quality checks under way."],
        ["4.1", "Case progression",
         "Grip of magistrates' court cases, including completion of hearing record sheets",
         "Issue revised guidance on completing hearing record sheets (HRS) and monitor compliance through the magistrates' court dashboard.",
         "DCCP Magistrates' Court", "31/08/2022", "", "Complete", "Guidance issued 15/08/2022."],
        ["4.2", "", "",
         "Pilot a digital case review slot for trial files in Leeds and Bradford magistrates' courts before rolling out Area-wide.",
         "SDCP Leeds; SDCP Bradford", "31/03/2023", "", "Not started", ""],
        [""] * 9,
        ["RAG key: Blue = complete; Green = on track; Amber = at risk or date revised; Red = off track"] + [""] * 8,
        ["Totals", "", "", "", "", "", "", "Blue 2 / Green 3 / Amber 2 / Red 1 / Not started 1", ""],
    ]
    with open(out("zcq-cps-yorkshire-and-humberside-hmcpsi-area-inspection-improvement-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 3. Essex Police - Angiolini Inquiry Part 1 force recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_essex():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Essex Police – Angiolini Inquiry Part 1: Force Recommendations Tracker"
    cv["A1"].font = Font(bold=True, size=14, color=NAVY)
    cv["A2"] = "OFFICIAL"
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    dc = [
        ("Owner", "Head of Professional Standards"),
        ("Reported to", "PFCC Performance and Resources Scrutiny Board"),
        ("Version", "0.7"),
        ("Date", "14/11/2024"),
        ("Next review", "February 2025"),
    ]
    for i, (k, v) in enumerate(dc, start=5):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
        cv.cell(row=i, column=1).border = BOX
        cv.cell(row=i, column=2).border = BOX
    cv["A11"] = "Summary by current RAG"
    cv["A11"].font = Font(bold=True)
    summ = [("Complete", 4, BLUE), ("On track", 3, GREEN), ("At risk", 2, AMBER),
            ("Off track", 0, RED), ("Not yet started", 1, None), ("Total actions", 10, None)]
    for i, (k, v, col) in enumerate(summ, start=12):
        a = cv.cell(row=i, column=1, value=k)
        cv.cell(row=i, column=2, value=v)
        if col:
            a.fill = fill(col)
    cv.column_dimensions["A"].width = 28
    cv.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Angiolini Inquiry Part 1 – recommendations for police forces: force actions and progress"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Progress as at 14 November 2024. Current RAG is shown by cell colour (see RAG key tab)."
    hdr = ["Recommendation", "Ref", "Force action", "Action owner", "Original target",
           "Revised target", "Previous RAG", "Current RAG", "Progress update (Nov 2024)"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    widths = [46, 6, 60, 30, 14, 14, 10, 10, 50]
    for i, wdt in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = wdt

    colmap = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    row = [5]

    def theme(title):
        r = row[0]
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill("DDEBF7")
        row[0] += 1

    def rec(text, actions):
        start = row[0]
        for ref, act, owner, orig, rev, prev, cur, upd in actions:
            r = row[0]
            vals = [None, ref, act, owner, orig, rev, prev, None, upd]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=7).fill = fill(colmap[prev])
                ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            if cur:
                ws.cell(row=r, column=8).fill = fill(colmap[cur])
            row[0] += 1
        ws.cell(row=start, column=1, value=text).alignment = WRAP
        if row[0] - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=row[0] - 1, end_column=1)

    D = dt.datetime
    theme("Theme 1 – Indecent exposure")
    rec("Recommendation 2: Police forces should treat reports of indecent exposure as sexual offences, "
        "investigate them proportionately and record them accurately.",
        [
            ("1.1", "Issue a force-wide briefing to frontline officers and control room staff on investigating "
                    "indecent exposure, including early evidence capture and seizure of CCTV.",
             "Head of Public Protection", D(2024, 5, 31), None, "A", "B",
             "Briefing issued 20/05/2024; 2,140 officers completed the e-learning."),
            ("1.2", "Introduce a monthly audit of 25 indecent exposure crime reports to check recording "
                    "standards and investigative outcomes.",
             "Force Crime Registrar", D(2024, 7, 31), D(2024, 12, 31), "R", "A",
             "First two audits complete; resourcing agreed from October."),
            ("1.3", "Add indecent exposure offences to the daily management meeting review so that suspects "
                    "are identified and arrested promptly.",
             "Local Policing Area Commanders", D(2024, 6, 30), None, "G", "G",
             "In place in all three LPAs; compliance checked weekly."),
        ])
    theme("Theme 2 – Vetting and recruitment")
    rec("Recommendation 5: Police forces should make sure that vetting decisions are recorded with a clear "
        "rationale and that adverse information is followed up before clearance is granted.",
        [
            ("2.1", "Review all vetting clearances granted in the last 24 months where adverse information was "
                    "recorded, starting with officers in public-facing roles.",
             "Force Vetting Manager", D(2024, 10, 31), D(2025, 3, 31), "A", "A",
             "412 of 760 files reviewed; two referrals to PSD."),
            ("2.2", "Make the decision rationale and any risk mitigation mandatory fields in the vetting "
                    "system.",
             "Force Vetting Manager / Head of ICT", D(2024, 9, 30), None, "G", "B",
             "System change went live 16/09/2024."),
        ])
    rec("Recommendation 7: Police forces should check previous employment and the Police National Database "
        "for every applicant, including transferees and re-joiners.",
        [
            ("2.3", "Introduce a mandatory PND check and previous-employer reference check for all transferee "
                    "and re-joiner applications.",
             "Head of Resourcing", D(2024, 8, 31), None, "G", "B",
             "Built into the recruitment workflow from 01/08/2024."),
            ("2.4", "Complete a retrospective PND check on all 2023/24 transferees.",
             "Force Vetting Manager", "Dec-24", None, "G", "G",
             "58 of 71 checks complete; no adverse trace to date."),
        ])
    theme("Theme 3 – Culture and professional standards")
    rec("Recommendation 11: Police forces should make sure that officers and staff know how to report "
        "concerns about colleagues’ behaviour and feel confident to do so.",
        [
            ("3.1", "Relaunch the confidential reporting line with a communications campaign led by the Deputy "
                    "Chief Constable.",
             "Head of Professional Standards; Head of Corporate Communications", D(2024, 9, 30), None, "G", "B",
             "Campaign ran September; reports up 35% on the same period last year."),
            ("3.2", "Run listening sessions with female officers and staff in every command and report themes "
                    "to the Force Culture Board.",
             "Deputy Chief Constable", D(2025, 1, 31), None, "G", "G",
             "Nine of fourteen sessions held."),
            ("3.3", "Add a question on confidence to challenge and report poor behaviour to the annual staff "
                    "survey and set a baseline.",
             "Head of People Services", "Q4 2024/25", None, None, None,
             "Survey scheduled for February 2025."),
        ])

    ky = wb.create_sheet("RAG key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([
        (BLUE, "Complete – action delivered and evidenced"),
        (GREEN, "On track – will be delivered by the target date"),
        (AMBER, "At risk – may miss target date or target date revised"),
        (RED, "Off track – will miss target date; escalated to the Force Culture Board"),
        (None, "No colour – not yet started"),
    ], start=3):
        a = ky.cell(row=i, column=1, value="")
        if col:
            a.fill = fill(col)
        ky.cell(row=i, column=2, value=meaning)
    ky.column_dimensions["B"].width = 70
    wb.save(out("zcq-essex-police-angiolini-inquiry-part-1-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 4. Franklin Sixth Form College - Ofsted PIAP with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_franklin():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Franklin Sixth Form College – Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection 12–15 November 2024 (report published 9 January 2025)"
    ws["A3"] = "Plan owner: Principal and Chief Executive"
    ws["A4"] = "Monitored by: Quality and Standards Committee (each meeting)"
    hdr = ["No.", "Area for improvement (Ofsted)", "Action", "Lead", "Milestone", "Target date",
           "Impact measure", "Progress (March 2025)", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    for i, wdt in enumerate([6, 40, 50, 26, 30, 14, 34, 40, 6], start=1):
        ws.column_dimensions[chr(64 + i)].width = wdt
    colmap = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = [7]

    def afi(text, actions):
        start = r[0]
        for ref, act, lead, mil, tgt, imp, prog, rag in actions:
            for ci, v in enumerate([ref, None, act, lead, mil, tgt, imp, prog, rag], start=1):
                c = ws.cell(row=r[0], column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r[0], column=9).fill = fill(colmap[rag])
            r[0] += 1
        ws.cell(row=start, column=2, value=text).alignment = WRAP
        if r[0] - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r[0] - 1, end_column=2)

    afi("Leaders should ensure that teachers in the small number of weaker A-level subjects check "
        "students’ understanding carefully and close gaps in their knowledge swiftly.",
        [
            ("1.1", "Introduce fortnightly retrieval quizzes in A-level biology, chemistry and psychology and "
                    "review the results at curriculum team meetings.",
             "Assistant Principal (Quality)", "Quizzes in place in all three subjects", "31/03/2025",
             "Mock grades in the three subjects in line with targets",
             "Quizzes running since January; results reviewed at February meetings.", "G"),
            ("1.2", "Deliver three CPD sessions on responsive teaching and questioning for all A-level "
                    "teachers, followed by developmental observations.",
             "Head of Teaching, Learning and Assessment", "Two sessions delivered by Easter", "April 2025",
             "Observation outcomes show consistent checking of understanding",
             "Session 1 delivered 5 February.", "G"),
        ])
    afi("Leaders should improve attendance at English and mathematics lessons for students who are "
        "retaking their GCSEs.",
        [
            ("2.1", "Introduce same-day phone calls home for students who miss English or mathematics resit "
                    "lessons.",
             "Head of Student Services", "Calls logged on ProMonitor", "Febuary 2025",
             "Resit attendance at 88% or above",
             "Calls started; attendance 84% at end of February.", "A"),
            ("2.2", "Set individual attendance targets for resit students in tutorials and review them at "
                    "each progress review.",
             "Head of English and Maths", "Targets set for all resit students", "May 2025",
             "Resit attendance at 88% or above", "Targets set in February tutorials.", "G"),
        ])
    afi("Leaders should make sure that all students with high needs receive the support set out in their "
        "education, health and care plans in every lesson.",
        [
            ("3.1", "Share one-page support profiles for every student with an EHC plan with all of their "
                    "teachers.",
             "Head of Inclusion", "Profiles shared for all 64 students", "28/02/2025",
             "Learning walks show support strategies used in lessons", "Complete.", "B"),
            ("3.2", "Carry out learning walks focused on how EHC plan support is put into practice.",
             "Head of Inclusion / Assistant Principal (Quality)", "Learning walk schedule published",
             "Termly", "Learning walks show support strategies used in lessons",
             "First round completed in March.", "G"),
        ])
    afi("Leaders should ensure that all T-level students complete the required industry placement hours "
        "in good time.",
        [
            ("4.1", "Appoint an employer engagement coordinator to source and track T-level industry "
                    "placements.",
             "Vice Principal (Curriculum)", "Coordinator in post", "June 2025",
             "All second-year T-level students on track for placement hours",
             "Recruitment round 1 unsuccessful; re-advertised.", "R"),
        ])
    key_row = r[0] + 1
    ws.cell(row=key_row, column=1, value="Key: B – complete; G – on track; A – at risk; R – off track")
    wb.create_sheet("Ofsted grades")
    g = wb["Ofsted grades"]
    for i, (k, v) in enumerate([
        ("Overall effectiveness", "Requires improvement"),
        ("The quality of education", "Requires improvement"),
        ("Behaviour and attitudes", "Good"),
        ("Personal development", "Good"),
        ("Leadership and management", "Requires improvement"),
        ("Education programmes for young people", "Requires improvement"),
        ("Provision for learners with high needs", "Requires improvement"),
    ], start=1):
        g.cell(row=i, column=1, value=k)
        g.cell(row=i, column=2, value=v)
    g.column_dimensions["A"].width = 42
    g.column_dimensions["B"].width = 24
    wb.save(out("zcq-franklin-sixth-form-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 5. Bruton School for Girls - ISI inspection action plan (xlsx, sheets)
# ---------------------------------------------------------------------------
def make_bruton():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Bruton School for Girls – ISI Inspection Action Plan"
    sm["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    sm["A2"] = "Inspection: 21–23 January 2025 | Report published: 13 March 2025"
    sm["A3"] = "Prepared by the Head for the Board of Governors, 20 March 2025"
    sm["A5"] = "Status key"
    sm["A5"].font = Font(bold=True)
    key = [("Complete", BLUE), ("On track", GREEN), ("Some slippage", AMBER), ("Off track", RED),
           ("Not started", None)]
    for i, (k, col) in enumerate(key, start=6):
        c = sm.cell(row=i, column=1, value=k)
        c.border = BOX
        if col:
            c.fill = fill(col)
    sm["A12"] = "Summary of actions"
    sm["A12"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Action point (standard not met)", 3), ("Recommended next steps", 4),
                                ("Complete", 2), ("On track", 3), ("Some slippage", 1),
                                ("Not started", 1)], start=13):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
    sm.column_dimensions["A"].width = 36

    statcol = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED}
    hdr = ["Ref", "Action", "Lead", "By when", "Success criteria", "Status"]

    def sheet(name, title, groups):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        for i, h in enumerate(hdr, start=1):
            c = ws.cell(row=3, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("5B2C6F")
            c.border = BOX
        for i, wdt in enumerate([8, 60, 26, 18, 44, 14], start=1):
            ws.column_dimensions[chr(64 + i)].width = wdt
        r = 4
        for head, acts in groups:
            ws.cell(row=r, column=1, value=head).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).fill = fill("E8DAEF")
            ws.row_dimensions[r].height = 32
            r += 1
            for vals in acts:
                for ci, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.date):
                        c.number_format = "dd/mm/yyyy"
                st = vals[5]
                if st in statcol:
                    ws.cell(row=r, column=6).fill = fill(statcol[st])
                r += 1
        return ws

    sheet("Action point", "Action point – standard not met", [
        ("AP1: The school must ensure that all required pre-appointment checks are completed and recorded "
         "on the single central record before staff begin work at the school.",
         [
             ("AP1.1", "Complete a full audit of the single central record against personnel files and "
                       "correct any missing entries.",
              "Bursar", dt.datetime(2025, 2, 28), "Audit signed off by the Chair of Governors", "Complete"),
             ("AP1.2", "Introduce a pre-start checklist signed by the Designated Safeguarding Lead before any "
                       "new member of staff begins work.",
              "Bursar & DSL", "Summer term 2025", "No member of staff starts without a signed checklist",
              "On track"),
             ("AP1.3", "Safeguarding governor to review the single central record each half-term and report "
                       "to the full governing body.",
              "Safeguarding Governor", "Half-termly", "Minuted reviews at each FGB meeting", "On track"),
         ]),
    ])
    sheet("Next steps", "Recommended next steps", [
        ("NS1: Leaders should make sure that the most able pupils in the sixth form are consistently "
         "challenged so that they make the progress of which they are capable.",
         [
             ("NS1.1", "Introduce a stretch and challenge framework for sixth-form lessons and share "
                       "exemplar tasks at department meetings.",
              "Deputy Head (Academic)", "Autumn term 2025", "Lesson visits show challenge in most lessons",
              "Some slippage"),
             ("NS1.2", "Launch an extended research programme for Year 12, with supervised EPQs and "
                       "Oxbridge/medicine preparation.",
              "Director of Sixth Form", "September 2025", "At least 40% of Year 12 take part",
              "Not started"),
         ]),
        ("NS2: Leaders should strengthen the use of pupils’ views in evaluating the effectiveness of the "
         "PSHE and RSE programme.",
         [
             ("NS2.1", "Run pupil voice surveys on PSHE and RSE in each year group and act on the findings.",
              "Deputy Head (Pastoral)", "Termly", "Survey findings reported to governors", "On track"),
             ("NS2.2", "Set up a pupil PSHE panel to review new units before they are taught.",
              "Head of PSHE", "Summer term 2025", "Panel meets at least twice a term", "Complete"),
         ]),
    ])
    wb.save(out("zcq-bruton-school-for-girls-isi-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 6. Whitmore High School - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_whitmore():
    d = Document()
    p = d.add_heading("Whitmore High School – Post-Inspection Action Plan", level=0)
    d.add_paragraph("Cynllun Gweithredu Ôl-arolygiad")
    d.add_paragraph("Response to the Estyn core inspection, February 2025")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("School", "Whitmore High School, Barry"),
        ("Local authority", "Vale of Glamorgan Council"),
        ("Date of inspection", "10–13 February 2025"),
        ("Plan approved by governing body", "20 May 2025"),
        ("Progress review", "1 December 2025"),
    ]:
        r = t.add_row().cells
        bold_cell(r[0], k)
        r[1].text = v

    d.add_paragraph("")
    kp = d.add_paragraph()
    kp.add_run("Progress key: ").bold = True
    kp.add_run("the Progress column is shaded – Blue: complete; Green: on track; Amber: some delay; "
               "Red: significant concern; unshaded: not yet started.")

    cols = ["Ref", "Actions", "Lead(s)", "Resources", "Timescale", "Success criteria",
            "Monitoring and evaluation", "Progress"]
    colours = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def rec(heading, actions):
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, c in enumerate(cols):
            bold_cell(t.rows[0].cells[i], c)
            shade(t.rows[0].cells[i], "C5E0B3")
        for ref, act, lead, res, when, succ, mon, rag in actions:
            r = t.add_row().cells
            for i, v in enumerate([ref, act, lead, res, when, succ, mon, ""]):
                r[i].text = v
            if rag:
                shade(r[7], colours[rag])

    rec("R1 Improve attendance, particularly for pupils eligible for free school meals", [
        ("1.1", "Appoint an attendance and engagement officer and hold a weekly attendance panel for pupils "
                "whose attendance is below 90%.",
         "Deputy Headteacher (Wellbeing)", "£28,000 (PDG and core budget)", "September 2025",
         "Whole-school attendance rises to at least 91% by July 2026",
         "Termly report to the governors’ Standards Committee", "G"),
        ("1.2", "Work with the local authority Education Welfare Service to agree stepped interventions for "
                "persistent absentees, including home visits.",
         "Head of Year 10 / Education Welfare Officer", "EWO time (LA)", "Autumn term 2025",
         "Persistent absence of eFSM pupils falls by five percentage points",
         "Half-termly attendance data review by SLT", "A"),
        ("1.3", "Introduce fortnightly form-tutor attendance conversations, recorded on the school’s MIS.",
         "Pastoral Leaders", "Tutor time", "Ongoing",
         "Every pupil below 95% has a recorded conversation each fortnight",
         "Pastoral line management meetings", "B"),
    ])
    rec("R2 Improve the consistency of teaching so that pupils develop their numeracy skills securely "
        "across the curriculum", [
        ("2.1", "Map numeracy opportunities across schemes of learning in Years 7 to 9 and agree a common "
                "approach to key methods.",
         "Numeracy Coordinator", "Two INSET sessions", "December 2025",
         "All departments use the agreed methods in planned numeracy tasks",
         "Book looks each term", "G"),
        ("2.2", "Run a programme of paired observations and coaching focused on questioning and checking "
                "understanding in mathematics lessons.",
         "AHT (Teaching & Learning)", "Cover for 12 paired observations", "March 2026",
         "Lesson visits show consistent checking of understanding",
         "Quality assurance calendar", ""),
    ])
    rec("R3 Strengthen self-evaluation and improvement planning so that leaders focus clearly on the impact "
        "of provision on pupils’ learning", [
        ("3.1", "Revise the quality assurance calendar so that middle leaders evaluate pupils’ work and lesson "
                "visits against the agreed improvement priorities.",
         "Headteacher", "None", "July 2025",
         "Departmental self-evaluation reports refer to first-hand evidence of pupils’ learning",
         "Governors’ Standards Committee", "B"),
        ("3.2", "Train governors to use first-hand evidence to challenge leaders, including two governor "
                "learning walks each term.",
         "Chair of Governors; Headteacher", "LA governor support", "Summer term 2026",
         "Governing body minutes show well-informed challenge",
         "LA challenge adviser visits", "R"),
    ])
    d.save(out("zcq-whitmore-high-school-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Bramcote Hills Primary School - school development plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_bramcote():
    T = "\t"
    lines = [
        "Bramcote Hills Primary School – School Development Plan 2025–26",
        "Headteacher: Mrs C. Holloway" + T + "Chair of Governors: Mr D. Rees",
        "Last reviewed: 3 December 2025 (Full Governing Body)",
        "",
        "Key: G = on track   A = some concerns   R = significant concerns   C = complete",
        "",
        "PRIORITY 1: QUALITY OF EDUCATION – Early reading and phonics",
        T.join(["Ref", "Action", "Lead", "Timescale", "Monitoring", "Cost", "RAG"]),
        T.join(["1.1", "Refresh phonics training for all teaching assistants in EYFS and Key Stage 1, including the new assessment tracker.",
                "English Lead (SM)", "Autumn term 2025", "Phonics drop-ins each half-term", "£1,200", "C"]),
        T.join(["1.2", "Run daily keep-up sessions for pupils not on track in Year 1 and Year 2, using the six-weekly phonics assessment.",
                "SM/KS1 Phase Leader", "Sept 2025 – July 2026", "Assessment data each six weeks", "TA time", "G"]),
        T.join(["1.3", "Hold a phonics workshop for Reception parents and share home reading guidance.",
                "EYFS Lead", "Oct 2025", "Parent feedback forms", "£150", "C"]),
        "",
        "PRIORITY 2: QUALITY OF EDUCATION – Mathematics fluency",
        T.join(["Ref", "Action", "Lead", "Timescale", "Monitoring", "Cost", "RAG"]),
        T.join(["2.1", "Introduce a ten-minute daily fluency session in Years 2 to 6 focused on multiplication facts.",
                "Maths Lead (JP)", "Autumn term 2025", "Learning walks", "£0", "G"]),
        T.join(["2.2", "Analyse the Year 4 multiplication tables check results and adjust the calculation policy where needed.",
                "JP & DHT", "Summer term 2026", "Policy review at curriculum committee", "£0", ""]),
        "",
        "PRIORITY 3: BEHAVIOUR AND ATTITUDES – Attendance",
        T.join(["Ref", "Action", "Lead", "Timescale", "Monitoring", "Cost", "RAG"]),
        T.join(["3.1", "Meet the families of pupils whose attendance falls below 92% and agree individual support plans.",
                "HT", "Termly", "Attendance report to governors", "£0", "A"]),
        T.join(["3.2", "Launch a class attendance award and a weekly attendance update in the newsletter.",
                "Office Manager", "Sept 2025", "Weekly attendance figures", "£100", "C"]),
        "",
        "PRIORITY 4: LEADERSHIP AND MANAGEMENT – SEND",
        T.join(["Ref", "Action", "Lead", "Timescale", "Monitoring", "Cost", "RAG"]),
        T.join(["4.1", "Review all SEN support plans with class teachers and parents, and set sharper targets.",
                "SENCo", "Spring term 2026", "Sample of plans reviewed by HT", "Supply cover £600", "A"]),
        T.join(["4.2", "SEND link governor to complete a monitoring visit and report to the Full Governing Body.",
                "SEND Governor", "Summer term 2026", "FGB minutes", "£0", "R"]),
        "",
        "Next review: March 2026",
    ]
    with open(out("zcq-bramcote-hills-primary-school-school-development-plan-2025-26.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_hmp_stafford()
    make_cps_csv()
    make_essex()
    make_franklin()
    make_bruton()
    make_whitmore()
    make_bramcote()
    print("done")
