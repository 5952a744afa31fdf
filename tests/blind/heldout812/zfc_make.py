"""Build the seven zfc- blind test files (set heldout812).

Run with /work/main/.venv/bin/python zfc_make.py from any directory; files are
written next to this script.  Only files whose names start with "zfc-" are written.
"""
import csv
import datetime as dt
import os

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zfc-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="70AD47"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


# ---------------------------------------------------------------------------
# 1. Hereford & Worcester FRS - HMICFRS 2023-25 AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
HWFRS_TITLE = "Hereford & Worcester Fire and Rescue Service – HMICFRS 2023–25 Improvement Plan"
HWFRS = [
    ("Understanding the risk of fire and other emergencies", "AFI 1",
     "The service should make sure it gathers and records relevant and up-to-date risk information to help protect firefighters, the public and property during an emergency.",
     [
         ("1.1", "Review the site-specific risk information (SSRI) process and reduce the backlog of overdue SSRI re-visits to zero.",
          "Head of Operational Risk", D(2024, 6, 30), D(2024, 12, 31), "Amber", "Blue",
          "Backlog cleared in December 2024. Monthly performance report now includes overdue SSRI re-visits."),
         ("1.2", "Introduce a quality assurance check of SSRI records uploaded to mobile data terminals, with a 10% monthly dip sample by station commanders.",
          "Area Commander Service Delivery / Head of Operational Risk", D(2025, 3, 31), None, "Green", "Green",
          "Dip sampling started at 12 of 25 stations; remaining stations by end of February."),
     ]),
    ("Preventing fires and other risks", "AFI 2",
     "The service should make sure it quality assures its prevention activity, so staff carry out safe and well visits to an appropriate standard.",
     [
         ("2.1", "Develop and implement a quality assurance framework for Safe and Well visits, including observed visits and telephone feedback from householders.",
          "Head of Prevention", D(2024, 9, 30), D(2025, 4, 30), "Amber", "Amber",
          "Framework drafted. Consultation with representative bodies delayed the start; revised date agreed by SMB."),
         ("2.2", "Provide refresher training for all on-call crews on completing Safe and Well visits.",
          "Prevention Manager", D(2025, 2, 28), None, "Green", "Red",
          "Training capacity diverted to wildfire preparedness. Recovery plan to SMB in February 2025."),
     ]),
    ("Responding to fires and other emergencies", "AFI 3",
     "The service should make sure it has an effective system for learning from operational incidents, and that it shares learning with staff and partners.",
     [
         ("3.1", "Launch a single operational learning portal and publish a quarterly operational learning bulletin for all operational staff.",
          "Group Commander (Operational Assurance)", D(2024, 10, 31), None, "Green", "Blue",
          "Portal live from October 2024; first bulletin issued November 2024."),
     ]),
    ("Making best use of resources", "AFI 4",
     "The service should have effective measures in place to assure itself that its workforce is productive and that staff time is used as efficiently and effectively as possible to meet the priorities in its community risk management plan.",
     [
         ("4.1", "Set station activity targets for prevention and protection work and report performance against them to the Performance and Assurance Board each quarter.",
          "Head of Service Delivery", D(2024, 12, 31), D(2025, 6, 30), "Amber", "Green",
          "Targets set for 2025-26 and agreed with station commanders."),
         ("4.2", "Review wholetime duty system productivity using data from the new station planner.",
          "Head of Corporate Services", D(2025, 9, 30), None, "", "Not started",
          "New action added October 2024. Depends on station planner go-live (April 2025)."),
     ]),
    ("Promoting the right values and culture", "AFI 5",
     "The service should monitor secondary contracts to make sure working hours are not exceeded.",
     [
         ("5.1", "Introduce a secondary employment and dual contract register, reviewed monthly by HR business partners.",
          "Head of Human Resources and Development", D(2024, 7, 31), None, "Blue", "Blue",
          "Register in place since July 2024."),
         ("5.2", "Configure the rostering system to flag staff who are approaching the working time limit across all of their contracts.",
          "Head of ICT; Head of Human Resources and Development", D(2025, 1, 31), D(2025, 5, 31), "Green", "Amber",
          "Supplier change request raised; testing planned for April 2025."),
     ]),
]


def rag_fill(word):
    return {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"],
            "Red": FILL["red"], "Not started": FILL["grey"]}.get(word)


def make_hwfrs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = HWFRS_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Response to the HMICFRS report published 17 January 2024 (inspection July 2023)"
    cov["A3"] = "Progress report to the Audit and Standards Committee – position at 31 January 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = BOLD
    rows = [("Version", "Date", "Author", "Changes"),
            ("1.0", "14/02/2024", "Corporate Planning Officer", "First version following publication of the HMICFRS report"),
            ("1.1", "03/09/2024", "Corporate Planning Officer", "Q1 progress update; revised dates for actions 1.1 and 2.1"),
            ("1.2", "31/01/2025", "Head of Corporate Services", "Q3 progress update; new action 4.2 added")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 0:
                c.font = WHITE_BOLD
                c.fill = FILL["head"]
    cov["A11"] = "RAG key"
    cov["A11"].font = BOLD
    key = [("Blue", "Action complete – evidence reviewed"),
           ("Green", "On track to meet the target date"),
           ("Amber", "At risk of missing the target date"),
           ("Red", "Target date missed or significant issues"),
           ("Not started", "Action not yet due to start")]
    for i, (k, v) in enumerate(key):
        a = cov.cell(row=12 + i, column=1, value=k)
        a.fill = rag_fill(k)
        a.border = BOX
        b = cov.cell(row=12 + i, column=2, value=v)
        b.border = BOX
    cov["A18"] = "Summary of current RAG"
    cov["A18"].font = BOLD
    summ = [("Blue", 3), ("Green", 2), ("Amber", 2), ("Red", 1), ("Not started", 1), ("Total actions", 9)]
    for i, (k, v) in enumerate(summ):
        cov.cell(row=19 + i, column=1, value=k).border = BOX
        cov.cell(row=19 + i, column=2, value=v).border = BOX
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = HWFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Areas for improvement identified in the Effectiveness, Efficiency and People inspection 2023–25"
    ws.merge_cells("A2:J2")
    ws["A3"] = "Position at 31 January 2025"
    ws.merge_cells("A3:J3")
    head = ["AFI", "Area for improvement (HMICFRS)", "Ref", "Action", "Action owner",
            "Original target date", "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(head):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for area, afi, afitext, acts in HWFRS:
        ws.cell(row=r, column=1, value=area).font = BOLD
        ws.cell(row=r, column=1).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        for (ref, text, owner, orig, rev, prev, cur, upd) in acts:
            ws.cell(row=r, column=3, value=ref)
            ws.cell(row=r, column=4, value=text)
            ws.cell(row=r, column=5, value=owner)
            c = ws.cell(row=r, column=6, value=orig)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=7, value=rev)
                c.number_format = "dd/mm/yyyy"
            pc = ws.cell(row=r, column=8, value=prev if prev else None)
            if prev:
                pc.fill = rag_fill(prev)
            cc = ws.cell(row=r, column=9, value=cur)
            cc.fill = rag_fill(cur)
            ws.cell(row=r, column=10, value=upd)
            for col in range(1, 11):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
        ws.cell(row=first, column=1, value=afi)
        ws.cell(row=first, column=2, value=afitext)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates have been agreed by the Senior Management Board. "
            "Blue actions are closed once the Performance and Assurance Board has reviewed the evidence.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    widths = [8, 45, 6, 50, 28, 13, 13, 11, 11, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A6"
    wb.save(out("zfc-hereford-worcester-fire-rescue-service-hmicfrs-2023-25-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. HMP/YOI Moorland - HMIP inspection action plan (docx)
# ---------------------------------------------------------------------------
MOORLAND_TITLE = "Action Plan: HMP/YOI Moorland"
MOORLAND = [
    ("Safety", [
        ("1", "Prisoners arriving late in the day often waited too long in reception, and some first night checks were not completed.",
         "Agreed", [
             ("1.1", "Agree revised reception timings with the escort contractor and review late arrivals at the weekly operations meeting.",
              "Head of Operations", "31 October 2023"),
         ]),
    ]),
    ("Respect", [
        ("2", "Some staff did not behave professionally towards prisoners, and poor behaviour was not always challenged by managers.",
         "Agreed", [
             ("2.1", "Deliver professional standards briefings to all residential staff, led by the Governor, covering respectful language and challenging poor behaviour.",
              "Governor", "30 November 2023"),
             ("2.2", "Introduce monthly dip sampling of body-worn video footage by custodial managers, with findings reported to the Senior Leadership Team.",
              "Head of Residence / Head of Security", "Ongoing – reviewed monthly"),
         ]),
        ("3", "Prisoner consultation arrangements were underdeveloped, and applications and complaints were not always answered on time or to a good standard.",
         "Partly Agreed", [
             ("3.1", "Re-establish the prisoner council, with elected wing representatives meeting the Deputy Governor each month.",
              "Deputy Governor", "December 2023"),
             ("3.2", "Quality assure a sample of 20 complaint responses each month and publish timeliness data on the wings.",
              "Business Assurance Manager", "31/01/2024"),
         ]),
    ]),
    ("Purposeful activity", [
        ("4", "Too many prisoners spent too long locked in their cells, and time out of cell varied considerably between wings.",
         "Agreed", [
             ("4.1", "Implement a revised regime so that all prisoners in full-time activity are unlocked for at least eight hours on weekdays.",
              "Head of Operations", "March 2024"),
             ("4.2", "Increase education and work places on house block 5 to reduce the number of unemployed prisoners.",
              "Head of Reducing Reoffending", "June 2024"),
         ]),
    ]),
    ("Rehabilitation and release planning", [
        ("5", "Not enough prisoners were released to sustainable accommodation, and pre-release planning often started too late.",
         "Agreed", [
             ("5.1", "Start resettlement planning 12 weeks before release for all prisoners, with the Community Accommodation Service referral completed at that point.",
              "Head of Offender Management Delivery", "28 February 2024"),
         ]),
    ]),
]


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_row(row, fill="D9D9D9"):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        shade(c, fill)


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def make_moorland():
    d = docx.Document()
    landscape(d)
    d.add_paragraph(MOORLAND_TITLE, style="Title")
    d.add_paragraph("Action Plan Submitted: 29 September 2023")
    d.add_paragraph("A Response to the HMIP Inspection: 13–24 March 2023")
    d.add_paragraph("Report Published: 10 July 2023")
    d.add_heading("Introduction", level=1)
    d.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for and "
        "treatment of those in prison. In response to the report, HMPPS has drafted an action plan to address the "
        "concerns raised. The action plan confirms whether each concern is agreed, partly agreed or not agreed (see "
        "categorisations below). Where a concern is agreed or partly agreed, the action plan sets out specific steps, "
        "with the owner and timescale of each step clearly identified.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    cat = [("Term", "Definition"),
           ("Agreed", "All of the concern is agreed with, can be achieved and is affordable."),
           ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be addressed."),
           ("Not Agreed", "The concern is not agreed and will not be addressed.")]
    for i, (a, b) in enumerate(cat):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    bold_row(t.rows[0])
    d.add_paragraph(
        "The concerns are grouped under the healthy prison test to which they relate. HMIP identified concerns 2 and 4 "
        "as priority concerns.")
    head = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Ref", "Action", "Responsible owner", "Target date"]
    for test, concerns in MOORLAND:
        d.add_heading(test, level=1)
        nrows = 1 + sum(len(c[3]) for c in concerns)
        t = d.add_table(rows=nrows, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(head):
            t.cell(0, j).text = h
        bold_row(t.rows[0])
        r = 1
        for no, text, agreed, acts in concerns:
            first = r
            t.cell(r, 0).text = no
            t.cell(r, 1).text = text
            t.cell(r, 2).text = agreed
            for ref, act, owner, when in acts:
                t.cell(r, 3).text = ref
                t.cell(r, 4).text = act
                t.cell(r, 5).text = owner
                t.cell(r, 6).text = when
                r += 1
            if r - 1 > first:
                for col in (0, 1, 2):
                    t.cell(first, col).merge(t.cell(r - 1, col))
    d.add_heading("Sign-off", level=1)
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    so = [("Role", "Name", "Date"), ("Governing Governor", "Signed", "29 September 2023"),
          ("Prison Group Director", "Signed", "29 September 2023")]
    for i, row in enumerate(so):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    bold_row(t.rows[0])
    d.save(out("zfc-hmp-yoi-moorland-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Merthyr Tydfil College - Estyn post-inspection action plan (csv)
# ---------------------------------------------------------------------------
MERTHYR_TITLE = "Merthyr Tydfil College – Post-Inspection Action Plan"
MERTHYR = [
    ("R1: Improve learners' attendance, particularly on full-time vocational programmes", [
        ("1.1", "Introduce daily attendance tracking meetings in each curriculum area, with same-day follow-up calls to learners who are absent without a reason.",
         "Assistant Principal (Learner Experience)", "March 2025",
         "Attendance on full-time vocational programmes rises to 88%", "Meetings in place in all areas since February 2025.", "Complete"),
        ("1.2", "Launch an attendance incentive scheme for learners on level 1 and level 2 vocational programmes, co-designed with the Students' Union.",
         "Head of Learner Services / Head of MIS", "Spring term 2025",
         "Scheme launched; learner voice survey shows awareness above 80%", "Scheme launched after February half term.", "Green"),
        ("1.3", "Report attendance by course and learner group to the Quality and Standards Committee.",
         "Head of MIS", "Termly",
         "Governors receive attendance data each term", "Spring term report presented 12 May 2025.", "Green"),
    ]),
    ("R2: Strengthen the quality of teaching, learning and assessment in the few areas where learners do not make enough progress", [
        ("2.1", "Carry out developmental learning walks in Construction, Hair and Beauty and Engineering, followed by individual coaching plans for teachers.",
         "Curriculum Directors", "Summer term 2025",
         "All teachers in the three areas have a coaching plan", "Learning walks complete in Construction and Engineering; Hair and Beauty delayed by staff absence.", "Amber"),
        ("2.2", "Provide professional learning on questioning and checking learners' understanding for all new teachers.",
         "Teaching and Learning Coaches", "31/10/2025",
         "Observation outcomes for new teachers improve", "Programme planned for the autumn term.", "Not started"),
    ]),
    ("R3: Develop learners' Welsh language skills and increase the number of learners who study part of their programme through the medium of Welsh", [
        ("3.1", "Appoint Welsh language champions in every curriculum area and map bilingual opportunities in schemes of work.",
         "Welsh Language Officer; Curriculum Directors", "Sept 2025 – Jan 2026",
         "Every scheme of work identifies bilingual opportunities", "Champions appointed in 9 of 11 areas.", "Green"),
        ("3.2", "Increase the number of bilingual assessments in Health and Social Care and in Childcare.",
         "Head of Care Professions", "July 2025",
         "At least 30% of assessments in these areas offered bilingually", "Only 12% of assessments offered bilingually so far; shortage of Welsh-speaking assessors.", "Red"),
    ]),
    ("R4: Refine self-assessment and quality improvement planning so that they focus more sharply on the progress learners make", [
        ("4.1", "Revise the course review template so that curriculum teams evaluate learners' progress from their starting points.",
         "Vice Principal (Curriculum and Quality)", "April 2025",
         "All course reviews use the revised template", "Template revised and used for spring course reviews.", "Complete"),
        ("4.2", "Train governors on the Quality and Standards Committee to scrutinise learner progress data.",
         "KJ, RP", "By end of December 2025",
         "Governors' questions in committee minutes focus on learner progress", "First session booked for October 2025.", "Green"),
    ]),
]


def make_merthyr():
    cols = 7
    pad = lambda first: [first] + [""] * (cols - 1)
    rows = [
        pad(MERTHYR_TITLE),
        pad("Estyn core inspection of further education provision: 11–15 November 2024 (report published 28 January 2025)"),
        pad("Plan owner: Principal. Monitored by the Quality and Standards Committee. Last updated: 30 June 2025"),
        pad(""),
        ["Ref", "Action", "Responsibility", "Timescale", "Success criteria / evidence", "Progress update (June 2025)", "RAG"],
    ]
    for rec, acts in MERTHYR:
        rows.append(pad(rec))
        for a in acts:
            rows.append(list(a))
    rows.append(pad(""))
    rows.append(pad("RAG key: Complete = action completed and impact evidenced; Green = on track; Amber = some slippage, "
                    "action in hand; Red = behind schedule; Not started = action not yet due to begin"))
    with open(out("zfc-merthyr-tydfil-college-estyn-post-inspection-action-plan.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 4. The King's School Ely - ISI inspection action plan (plain text export)
# ---------------------------------------------------------------------------
KINGS_TITLE = "THE KING'S SCHOOL ELY - ISI INSPECTION ACTION PLAN (RECOMMENDED NEXT STEPS)"
KINGS = [
    ("SECTION 1: LEADERSHIP AND MANAGEMENT, AND GOVERNANCE",
     "Next step 1: Leaders should ensure that the evaluation of initiatives across King's Ely Junior and King's Ely Senior focuses consistently on their impact on pupils' outcomes.",
     [
         ("1.1", "Introduce a common impact evaluation template for all whole-school initiatives, reviewed by the Senior Leadership Team each half term.",
          "Deputy Head (Academic)", "December 2024", "COMPLETE",
          ["Template in use since October 2024; first review cycle completed",
           "and reported to governors in December 2024."]),
         ("1.2", "Train middle leaders in using pupil progress data to evaluate the impact of departmental priorities.",
          "Head of King's Ely Junior / Head of King's Ely Senior", "Summer term 2025", "ON TRACK",
          ["Two of three training sessions delivered."]),
     ]),
    ("SECTION 2: QUALITY OF EDUCATION, TRAINING AND RECREATION",
     "Next step 2: Leaders should ensure that teaching in Years 7 to 9 consistently adapts tasks so that the most able pupils are sufficiently challenged.",
     [
         ("2.1", "Run a programme of peer observation focused on adaptive teaching and stretch for the most able in Years 7 to 9.",
          "Assistant Head (Teaching and Learning)", "March 2025", "ON TRACK",
          ["Observation pairs set up in all departments; programme runs to March."]),
         ("2.2", "Review schemes of work in English, mathematics and science to build in extension tasks for the most able pupils.",
          "Heads of Department (English, Maths, Science)", "June 2025", "AT RISK",
          ["English and mathematics reviews complete. Science review delayed by",
           "staff absence; new completion date to be confirmed at the March meeting."]),
     ]),
    ("SECTION 3: PUPILS' PHYSICAL AND MENTAL HEALTH AND EMOTIONAL WELLBEING",
     "Next step 3: Leaders should strengthen the way boarders' views are gathered and acted upon in the boarding houses.",
     [
         ("3.1", "Establish a termly boarders' forum in each house, chaired by a senior boarder, with minutes reviewed by the Director of Boarding.",
          "Director of Boarding", "From September 2024 - ongoing", "ON TRACK",
          ["Forums held in all eight houses in the Michaelmas term."]),
         ("3.2", "Add boarding questions to the annual pupil wellbeing survey and share the findings with boarders and parents.",
          "Director of Boarding; Deputy Head (Pastoral)", "31/05/2025", "NOT STARTED",
          ["Survey runs in May."]),
     ]),
]


def make_kings():
    L = [
        KINGS_TITLE,
        "Inspection: 14-16 May 2024 | Report published: 9 July 2024",
        "Owner: Head | Monitored by: Education Committee of the Governing Body",
        "Version 3 - progress update for the Education Committee, 27 January 2025",
        "",
        "Status key: COMPLETE (blue) | ON TRACK (green) | AT RISK (amber) | OFF TRACK (red) | NOT STARTED",
        "",
        "The inspection found that the school met the Independent School Standards, the National Minimum",
        "Standards for Boarding Schools and the requirements of the EYFS statutory framework. The report",
        "made three recommended next steps, set out below with the actions the school is taking.",
        "",
    ]
    bar = "=" * 72
    for sec, step, acts in KINGS:
        L += [bar, sec, bar, "", step, ""]
        for ref, act, lead, target, status, upd in acts:
            L.append(f"  {ref}  Action:  {act}")
            L.append(f"       Lead:    {lead}")
            L.append(f"       Target:  {target}")
            L.append(f"       Status:  {status}")
            L.append(f"       Update:  {upd[0]}")
            for u in upd[1:]:
                L.append(f"                {u}")
            L.append("")
    L += [bar,
          "Summary: 6 actions | COMPLETE 1 | ON TRACK 3 | AT RISK 1 | OFF TRACK 0 | NOT STARTED 1",
          "Reviewed and agreed by the Chair of the Education Committee, 27 January 2025",
          ""]
    with open(out("zfc-kings-ely-isi-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


# ---------------------------------------------------------------------------
# 5. University of Southampton ITE partnership - Ofsted ITE improvement plan (xlsx)
# ---------------------------------------------------------------------------
SOTON_TITLE = "University of Southampton ITE Partnership – Ofsted Inspection Improvement Plan 2024–25"
SOTON = {
    "Primary phase": [
        ("Leaders should ensure that the centre-based curriculum in foundation subjects, such as history and geography, sets out precisely the knowledge trainees need to teach these subjects well.", [
            ("P1.1", "Revise the foundation subjects module so that each session identifies the subject-specific knowledge trainees must learn and when it is revisited.",
             "Primary Programme Lead", D(2024, 9, 30), "dd/mm/yyyy", "Revised module in use from September 2024", "blue"),
            ("P1.2", "Run two partnership training days for school-based mentors on the revised foundation subjects curriculum.",
             "Primary Programme Lead / Partnership Manager", D(2025, 1, 31), "dd/mm/yyyy", "90% of primary mentors attend at least one day", "green"),
        ]),
        ("Leaders should make sure that mentors consistently give trainees precise feedback that is linked to the centre-based curriculum.", [
            ("P2.1", "Introduce a mentor feedback framework mapped to the curriculum sequence and quality assure a sample of weekly feedback records.",
             "JH, LM", "Summer term 2025", None, "Sampled feedback records show clear links to the curriculum", "amber"),
            ("P2.2", "Add the quality of mentor feedback to the annual partnership school review.",
             "Partnership Manager", "Ongoing", None, "Review template updated; findings reported to the Partnership Board", None),
        ]),
    ],
    "Secondary phase": [
        ("Leaders should ensure that trainees in a few subjects, including computing and modern foreign languages, have sufficient opportunities to practise teaching the full age range.", [
            ("S1.1", "Map placement opportunities in computing and MFL so that every trainee teaches Key Stage 3, Key Stage 4 and, where possible, post-16 classes.",
             "Secondary Programme Lead", D(2024, 10, 31), "dd/mm/yyyy", "Placement map completed for the 2024–25 cohort", "blue"),
            ("S1.2", "Recruit three additional partnership schools with post-16 provision in computing and MFL.",
             "Partnership Manager", D(2025, 2, 28), "dd/mm/yyyy", "Three new schools signed up to the partnership agreement", "red"),
            ("S1.3", "Check each trainee's age-range coverage at the mid-point review and arrange enhancement placements where there are gaps.",
             "Subject Leads (Secondary)", D(2025, 3, 1), "mmm-yy", "No trainee completes the course without post-16 experience", "green"),
        ]),
        ("Leaders should strengthen the way the curriculum prepares trainees to support pupils with special educational needs and/or disabilities (SEND) in their subject.", [
            ("S2.1", "Embed a sequenced SEND strand in each subject curriculum, co-delivered with SENCOs from partnership schools.",
             "Director of ITE", D(2025, 6, 30), "dd/mm/yyyy", "SEND strand timetabled in all subject curricula", "green"),
        ]),
    ],
}


def make_soton():
    wb = Workbook()
    c = wb.active
    c.title = "Control"
    c["A1"] = SOTON_TITLE
    c["A1"].font = Font(bold=True, size=14)
    c["A2"] = "Ofsted initial teacher education inspection: stage 1 March 2024, stage 2 June 2024. Report published July 2024."
    c["A3"] = "Primary and secondary phases each judged Good. Plan owned by the Director of ITE and monitored by the ITE Partnership Board."
    c["A5"] = "Document control"
    c["A5"].font = BOLD
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("0.1", "05/08/2024", "Director of ITE", "Draft for Partnership Board"),
          ("1.0", "18/09/2024", "Director of ITE", "Approved by Partnership Board"),
          ("1.1", "31/01/2025", "ITE Quality Officer", "RAG ratings updated for January Partnership Board")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            cell = c.cell(row=6 + i, column=1 + j, value=v)
            cell.border = BOX
            if i == 0:
                cell.font = WHITE_BOLD
                cell.fill = FILL["head"]
    c["A11"] = "RAG key (colour only on the phase sheets)"
    c["A11"].font = BOLD
    key = [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage – mitigation in place"),
           ("red", "Off track"), (None, "Not yet rated")]
    for i, (f, v) in enumerate(key):
        a = c.cell(row=12 + i, column=1)
        a.border = BOX
        if f:
            a.fill = FILL[f]
        c.cell(row=12 + i, column=2, value=v).border = BOX
    c.column_dimensions["A"].width = 12
    c.column_dimensions["B"].width = 36
    c.column_dimensions["C"].width = 22
    c.column_dimensions["D"].width = 50

    head = ["Ofsted: what does the partnership need to do to improve?", "Ref", "Action", "Lead(s)",
            "By when", "Impact / success measure", "RAG"]
    for phase, afis in SOTON.items():
        ws = wb.create_sheet(phase)
        ws["A1"] = phase
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Overall effectiveness: Good"
        for j, h in enumerate(head):
            cell = ws.cell(row=4, column=1 + j, value=h)
            cell.font = WHITE_BOLD
            cell.fill = FILL["head"]
            cell.alignment = WRAP
            cell.border = BOX
        r = 5
        for afi, acts in afis:
            for k, (ref, act, lead, when, fmt, impact, rag) in enumerate(acts):
                if k == 0:
                    ws.cell(row=r, column=1, value=afi)
                ws.cell(row=r, column=2, value=ref)
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=lead)
                wc = ws.cell(row=r, column=5, value=when)
                if fmt:
                    wc.number_format = fmt
                ws.cell(row=r, column=6, value=impact)
                g = ws.cell(row=r, column=7)
                if rag:
                    g.fill = FILL[rag]
                for col in range(1, 8):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                r += 1
        r += 1
        ws.cell(row=r, column=1, value="RAG as at 31 January 2025 – see the key on the Control sheet.")
        for j, w in enumerate([48, 7, 50, 26, 14, 38, 8]):
            ws.column_dimensions[chr(65 + j)].width = w
    wb.save(out("zfc-university-of-southampton-ofsted-ite-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 6. Hazlehead Academy - School Improvement Plan 2025-26 (docx)
# ---------------------------------------------------------------------------
HAZ_TITLE = "Hazlehead Academy School Improvement Plan 2025–26"
RAGHEX = {"green": "00B050", "amber": "FFC000", "red": "FF0000"}
HAZ = [
    ("Priority 1: Raising attainment in literacy and numeracy",
     [("NIF priority", "Improvement in attainment, particularly in literacy and numeracy"),
      ("HGIOS4 quality indicators", "2.3 Learning, teaching and assessment; 3.2 Raising attainment and achievement"),
      ("PEF allocation", "£18,500")],
     [
         ("Young people in S1–S3 will read with greater fluency and understanding, and the proportion achieving Third Level literacy will rise from 82% to 88%.", [
             ("Introduce a whole-school disciplinary literacy approach, with all departments teaching subject vocabulary explicitly.",
              "DHT (Curriculum)", "Aug 2025 – Mar 2026", "Departmental vocabulary lists in use; learner focus groups", "green"),
             ("Target S1 and S2 learners with reading ages below their chronological age for a 12-week reading intervention.",
              "PT Literacy; Pupil Support Leaders", "Oct 2025", "Reading age gains of at least 9 months for 80% of the group", "amber"),
         ]),
         ("Attainment in National 5 Mathematics will improve for learners living in SIMD quintiles 1 and 2.", [
             ("Provide supported study sessions and a prelim revision programme for identified National 5 learners.",
              "PT Mathematics", "Nov 2025 – Feb 2026", "Prelim pass rate for the targeted group rises by 10 percentage points", "green"),
         ]),
     ]),
    ("Priority 2: Health and wellbeing – relationships and positive behaviour",
     [("NIF priority", "Improvement in children and young people's health and wellbeing"),
      ("HGIOS4 quality indicators", "3.1 Ensuring wellbeing, equality and inclusion")],
     [
         ("Learners feel safe, respected and included, and the number of exclusions and behaviour referrals will fall.", [
             ("Launch the revised Relationships and Positive Behaviour policy, co-written with the Pupil Council.",
              "DHT (Pupil Support)", "By October 2025", "Policy published; exclusions fall by 25% on 2024–25", "green"),
             ("Deliver restorative practice training to all staff during in-service days and twilight sessions.",
              "Mr A. Grant", "Ongoing", "All staff trained; staff confidence survey", "amber"),
         ]),
     ]),
    ("Priority 3: Skills, pathways and sustained positive destinations",
     [("NIF priority", "Improvement in skills and sustained, positive school-leaver destinations for all young people"),
      ("HGIOS4 quality indicators", "2.7 Partnerships; 3.3 Increasing creativity and employability")],
     [
         ("More young people will move on to a sustained positive destination, with the figure rising to at least 96%.", [
             ("Expand the senior phase offer with two new Foundation Apprenticeships delivered with North East Scotland College.",
              "DHT (Senior Phase)", "May 2026", "Two new courses on the 2026–27 options form", "green"),
             ("Introduce careers and work placement conversations for all S3 learners, linked to the Career Education Standard.",
              "DYW Co-ordinator / Careers Adviser (SDS)", "By June 2026", "All S3 learners have a recorded careers conversation", None),
         ]),
     ]),
]


def make_hazlehead():
    d = docx.Document()
    landscape(d)
    d.add_paragraph(HAZ_TITLE, style="Title")
    d.add_paragraph("Aberdeen City Council – Children's and Family Services")
    d.add_paragraph("Mid-session review: January 2026")
    d.add_heading("Context and rationale", level=1)
    d.add_paragraph(
        "Our priorities for session 2025–26 come from our Standards and Quality Report 2024–25, our self-evaluation "
        "against How good is our school? (4th edition) and consultation with learners, staff, parents and partners. "
        "They reflect the priorities of the National Improvement Framework and the Aberdeen City Council Education "
        "Improvement Plan.")
    d.add_paragraph("Mid-session RAG key (shading in the RAG column):")
    k = d.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    keys = [("green", "On track"), ("amber", "Some progress – needs attention"), ("red", "Not progressing"),
            (None, "Not yet started")]
    for i, (f, v) in enumerate(keys):
        if f:
            shade(k.cell(i, 0), RAGHEX[f])
        k.cell(i, 1).text = v
    head = ["Outcomes for learners", "Actions", "Lead", "Timescale", "Measures of success", "RAG"]
    for prio, ctx, outcomes in HAZ:
        d.add_heading(prio, level=1)
        ct = d.add_table(rows=len(ctx), cols=2)
        ct.style = "Table Grid"
        for i, (a, b) in enumerate(ctx):
            ct.cell(i, 0).text = a
            ct.cell(i, 1).text = b
            shade(ct.cell(i, 0), "DEEAF6")
        d.add_paragraph("")
        n = 1 + sum(len(o[1]) for o in outcomes)
        t = d.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(head):
            t.cell(0, j).text = h
        bold_row(t.rows[0], "BDD7EE")
        r = 1
        for outcome, acts in outcomes:
            first = r
            t.cell(r, 0).text = outcome
            for act, lead, when, measure, rag in acts:
                t.cell(r, 1).text = act
                t.cell(r, 2).text = lead
                t.cell(r, 3).text = when
                t.cell(r, 4).text = measure
                if rag:
                    shade(t.cell(r, 5), RAGHEX[rag])
                r += 1
            if r - 1 > first:
                t.cell(first, 0).merge(t.cell(r - 1, 0))
    d.add_paragraph("")
    d.add_paragraph("Plan shared with the Parent Council: 10 September 2025. Next review: June 2026.")
    d.save(out("zfc-hazlehead-academy-school-improvement-plan-2025-26.docx"))


# ---------------------------------------------------------------------------
# 7. Cumbria Constabulary - VAWG delivery plan (xlsx) - typo month: refuse
# ---------------------------------------------------------------------------
CUMBRIA_TITLE = "Cumbria Constabulary – Violence Against Women and Girls (VAWG) Delivery Plan 2025–26"
CUMBRIA = [
    ("Pillar 1 – Build trust and confidence", [
        ("1.1", "Deliver active bystander training to all officers and staff.", "Head of Learning and Development",
         D(2025, 6, 30), "Complete", "Completion rate 94%; remaining staff on long-term absence."),
        ("1.2", "Publish quarterly VAWG performance data on the force website.", "Head of Corporate Communications",
         D(2025, 7, 31), "Complete", "First publication July 2025."),
        ("1.3", "Review all live misconduct cases involving sexual misconduct or misogyny for consistency of outcomes.",
         "Head of Professional Standards", D(2025, 9, 30), "On track", "41 of 46 cases reviewed."),
    ]),
    ("Pillar 2 – Relentless perpetrator pursuit", [
        ("2.1", "Identify the highest-harm VAWG perpetrators in each district and allocate a named perpetrator manager to each.",
         "Det Supt Public Protection", "0ct-2025", "On track", "Matrix tested in West district; roll-out to North and South in October."),
        ("2.2", "Increase applications for Domestic Abuse Protection Orders and monitor breaches through the daily management meeting.",
         "Det Supt Public Protection", D(2026, 1, 31), "On track", "DAPO pilot guidance issued to all response officers."),
        ("2.3", "Introduce a stalking screening tool for call handlers and response officers.",
         "Head of Contact Management", D(2025, 12, 31), "Delayed", "Awaiting system change in the command and control system."),
    ]),
    ("Pillar 3 – Safer spaces", [
        ("3.1", "Work with the three district councils to map and improve night-time economy locations of concern.",
         "Supt Neighbourhood Policing", D(2025, 11, 30), "On track", "Walk and Talk events held in Carlisle and Barrow."),
        ("3.2", "Extend the Ask for Angela scheme to all licensed premises in Cumbria.", "Licensing Manager",
         D(2026, 3, 31), "Not started", "Due to start January 2026."),
        ("3.3", "Deliver VAWG awareness sessions in secondary schools with the Safer Cumbria partnership.",
         "Schools Liaison Manager", D(2026, 2, 28), "On track", "Sessions booked in 18 schools."),
    ]),
]


def make_cumbria():
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery plan"
    ws["A1"] = CUMBRIA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = ("Aligned to the NPCC VAWG Framework for Delivery | Strategic lead: ACC (Crime and Protecting "
                "Vulnerable People) | Reported to: Force VAWG Board")
    ws.merge_cells("A2:F2")
    ws["A3"] = "Position at 30 September 2025"
    head = ["Ref", "Action", "Lead (portfolio)", "Due", "Status", "Latest update"]
    for j, h in enumerate(head):
        cell = ws.cell(row=5, column=1 + j, value=h)
        cell.font = WHITE_BOLD
        cell.fill = PatternFill("solid", fgColor="002060")
        cell.border = BOX
    stfill = {"Complete": FILL["blue"], "On track": FILL["green"], "Delayed": FILL["amber"], "Not started": None}
    r = 6
    for pillar, acts in CUMBRIA:
        ws.cell(row=r, column=1, value=pillar).font = BOLD
        ws.cell(row=r, column=1).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, act, lead, due, status, upd in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=act)
            ws.cell(row=r, column=3, value=lead)
            dc = ws.cell(row=r, column=4, value=due)
            if isinstance(due, dt.datetime):
                dc.number_format = "mmm-yyyy"
            sc = ws.cell(row=r, column=5, value=status)
            if stfill.get(status):
                sc.fill = stfill[status]
            ws.cell(row=r, column=6, value=upd)
            for col in range(1, 7):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
    for j, w in enumerate([7, 55, 30, 11, 12, 50]):
        ws.column_dimensions[chr(65 + j)].width = w
    n = wb.create_sheet("Key and governance")
    n["A1"] = "Status key"
    n["A1"].font = BOLD
    for i, (k, v) in enumerate([("Complete", "Action delivered and evidence held"),
                                ("On track", "Progressing to the due date"),
                                ("Delayed", "Due date at risk – exception report to VAWG Board"),
                                ("Not started", "Action not yet due to start")]):
        n.cell(row=2 + i, column=1, value=k)
        n.cell(row=2 + i, column=2, value=v)
    n["A8"] = "Governance: the VAWG Board meets every two months, chaired by the ACC. Exceptions go to the Chief Officer Group."
    wb.save(out("zfc-cumbria-constabulary-vawg-delivery-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_hwfrs()
    make_moorland()
    make_merthyr()
    make_kings()
    make_soton()
    make_hazlehead()
    make_cumbria()
    print("built 7 files in", HERE)
