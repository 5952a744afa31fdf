"""Build the seven ld1- blind test files (set heldout350).

Run with: /work/main/.venv/bin/python ld1_make.py
Writes the data files beside this script. The data below is also the source of the
expected readings (NAME.expected.yaml), which were written from these same texts.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Pencalenick School - post-Ofsted action plan (xlsx, band rows + AFI rows,
#    RAG by fill colour only, school terms as timescales)
# ---------------------------------------------------------------------------
PEN_FILE = "ld1-pencalenick-school-post-ofsted-action-plan.xlsx"
PEN_TITLE = "Pencalenick School – Post-Ofsted Action Plan 2024–25"
PEN_PLAN = [
    ("band", "QUALITY OF EDUCATION"),
    ("afi", "AFI 1: The curriculum in some subjects, including science and humanities, does not set out "
            "precisely the small steps of knowledge pupils need to learn. Leaders should ensure that "
            "curriculum plans in all subjects identify the essential knowledge pupils should know and "
            "remember, and the order in which it should be taught."),
    ("act", "1.1",
     "Subject leaders to rewrite the science and humanities curriculum maps as small-step sequences, with the "
     "essential knowledge for each unit identified.",
     "Deputy Headteacher (Curriculum)",
     "Curriculum maps for every unit in both subjects; work scrutiny shows pupils recall key knowledge from "
     "previous units.",
     "2 x INSET days; subject leader release",
     "Autumn term 2024", "SLT work scrutiny; C&S Committee",
     "Science and humanities maps completed December 2024 and shared with governors in January.", BLUE),
    ("act", "1.2",
     "Release subject leaders for half a day each half term to work with partner special schools in the "
     "Cornwall Special Schools Partnership on curriculum sequencing.",
     "DHT / Subject leaders",
     "All subject leaders able to explain how their curriculum builds knowledge over time.",
     "Supply cover – £2,400",
     "Sept 2024 – July 2025", "Headteacher",
     "Four of six sessions held; two remaining in summer term.", GREEN),
    ("act", "1.3",
     "Review reading and communication targets in all EHCP-linked pupil profiles so that curriculum planning "
     "draws on each pupil's communication needs.",
     "SENCo & Speech and Language Therapist",
     "Every pupil profile has current communication targets that teachers use in planning.",
     "SaLT time (commissioned)",
     "By October half term 2024", "SENCo; SEND governor",
     "All 96 profiles reviewed; targets visible in planning sampled in November.", BLUE),
    ("afi", "AFI 2: Staff do not consistently check what pupils have understood before moving on to new "
            "learning. Leaders should ensure that staff use assessment well to identify and address gaps in "
            "pupils' knowledge."),
    ("act", "2.1",
     "Deliver whole-staff CPD on retrieval practice and checking for understanding, followed by paired "
     "coaching for teaching assistants.",
     "AHT (Teaching & Learning)",
     "Learning walks show checking for understanding in at least 80% of lessons.",
     "CPD programme; coaching pairs",
     "Spring term 2025", "SLT learning walks",
     "CPD delivered; TA coaching started late because of staff absence – 60% of pairs active.", AMBER),
    ("act", "2.2",
     "Introduce termly assessment points in English and maths using the school's small-steps tracker, and "
     "hold pupil progress meetings after each point.",
     "AHT (Teaching & Learning)",
     "Gaps identified at each assessment point are addressed in the following half term.",
     "Tracker licence",
     "Termly", "Headteacher; C&S Committee",
     "Autumn and spring assessment points completed; progress meetings held.", GREEN),
    ("band", "LEADERSHIP AND MANAGEMENT"),
    ("afi", "AFI 3: Governors do not have a sufficiently precise understanding of the quality of education. "
            "They should ensure that they hold leaders to account effectively for the impact of the curriculum."),
    ("act", "3.1",
     "Restructure the Curriculum & Standards Committee agenda so that each meeting includes a subject deep "
     "dive presented by a subject leader.",
     "Chair of Governors and Headteacher",
     "Minutes show governors questioning the impact of the curriculum in each subject.",
     "None",
     "January 2025", "Clerk; LA adviser",
     "New agenda in use from the January meeting; science deep dive held.", BLUE),
    ("act", "3.2",
     "Arrange an external review of governance by the local authority governor support team and act on its "
     "recommendations.",
     "Clerk to Governors",
     "Review completed and action points built into the governing board development plan.",
     "LA traded service",
     "Summer term 2025", "Chair of Governors",
     "Review booked for June 2025.", None),
]
PEN_KEY = [
    (BLUE, "Blue", "Action complete and impact seen"),
    (GREEN, "Green", "On track"),
    (AMBER, "Amber", "Started – some slippage"),
    (RED, "Red", "Not on track – governors to be alerted"),
    (None, "White", "Not yet started"),
]


def build_pencalenick():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [7, 48, 22, 38, 22, 18, 22, 40, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = PEN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Ofsted inspection: 12–13 March 2024 | Overall effectiveness: Requires improvement | "
                "Report published: 18 April 2024")
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Plan owner: Headteacher | Governor link: Chair of the Curriculum & Standards (C&S) Committee | "
                "Reviewed at each half-termly meeting of the Full Governing Board")
    ws.merge_cells("A3:I3")
    heads = ["Ref", "Action", "Lead(s)", "Success criteria (what will be different)", "Resources / CPD",
             "Timescale", "Monitored by", "Evaluation – Spring term 2025", "RAG"]
    r = 5
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for row in PEN_PLAN:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True, color="FFFFFF")
            ws.cell(r, 1).fill = fill("2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        elif row[0] == "afi":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("DDEBF7")
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 48
        else:
            _, ref, action, lead, success, res, when, mon, evalu, rag = row
            vals = [ref, action, lead, success, res, when, mon, evalu, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if rag:
                ws.cell(r, 9).fill = fill(rag)
            ws.row_dimensions[r].height = 75
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: RAG shown by colour in the final column – see the 'RAG key' sheet. "
                  "A white cell means the action has not yet started.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = "A6"

    k = wb.create_sheet("RAG key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    k.column_dimensions["B"].width = 12
    k.column_dimensions["C"].width = 45
    for i, (col, name, meaning) in enumerate(PEN_KEY, 3):
        if col:
            k.cell(i, 1).fill = fill(col)
        k.cell(i, 1).border = BOX
        k.cell(i, 2, name)
        k.cell(i, 3, meaning)
    wb.save(os.path.join(HERE, PEN_FILE))


# ---------------------------------------------------------------------------
# 2. University Hospitals Birmingham NHSFT - CQC must do / should do (xlsx,
#    cover + summary + plan + key sheets, core-service band rows, requirement
#    merged down over its actions, original/revised dates, previous/current RAG)
# ---------------------------------------------------------------------------
UHB_FILE = "ld1-university-hospitals-birmingham-nhsft-cqc-must-should-do-action-plan.xlsx"
UHB_TITLE = "University Hospitals Birmingham NHS Foundation Trust – CQC Must Do / Should Do Action Plan"
UHB_RAG = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
UHB_PLAN = [
    ("band", "Urgent and emergency care – Heartlands Hospital"),
    ("req", "The trust must ensure that patients attending the emergency department receive a timely initial "
            "assessment in line with national guidance. (Regulation 12)", "Must", [
        ("MD1.1", "Introduce a dedicated streaming and triage nurse at the front door from 10:00 to 02:00, seven "
                  "days a week.",
         "Chief Operating Officer", d(2025, 3, 31), d(2025, 6, 30), "A", "B",
         "Rota in place from 2 June 2025; median time to initial assessment 14 minutes in September."),
        ("MD1.2", "Audit time to initial assessment weekly and report compliance to the Divisional Quality "
                  "Board, with escalation where compliance falls below 90%.",
         "Divisional Director of Nursing – Division 2", d(2025, 4, 30), None, "G", "G",
         "Weekly audit embedded; compliance 88–93% since July."),
    ]),
    ("req", "The trust must ensure that staff in the emergency department complete mandatory training, "
            "including safeguarding adults and children level 3. (Regulation 18)", "Must", [
        ("MD2.1", "Set a training recovery trajectory for each ED staff group and publish compliance weekly on the "
                  "departmental dashboard.",
         "Clinical Service Lead ED / Matron ED", d(2025, 6, 30), d(2025, 12, 31), "A", "A",
         "Safeguarding level 3 compliance 81% (target 90%); additional sessions booked for November."),
    ]),
    ("band", "Medical care (including older people's care) – Queen Elizabeth Hospital Birmingham"),
    ("req", "The trust must ensure that risk assessments for falls and pressure damage are completed on "
            "admission and reviewed in line with trust policy. (Regulation 12)", "Must", [
        ("MD3.1", "Make falls and Waterlow risk assessments mandatory fields in PICS at the point of admission to "
                  "medical wards.",
         "Chief Nurse", d(2025, 5, 31), d(2025, 11, 30), "R", "A",
         "PICS change tested; go-live moved to the November system release."),
        ("MD3.2", "Ward managers to complete monthly documentation audits of five patients per ward, with results "
                  "reviewed at the Nursing and Midwifery Quality Forum.",
         "Deputy Chief Nurse", d(2025, 4, 30), None, "G", "B",
         "Audit embedded since April; average compliance 94% over the last three months."),
    ]),
    ("req", "The trust should ensure that medicines refrigerator temperatures are checked daily and that action "
            "is taken when readings are out of range.", "Should", [
        ("SD1.1", "Install remote temperature monitoring on all medicines refrigerators in medical wards, with "
                  "alerts to pharmacy out of hours.",
         "Chief Pharmacist", d(2025, 7, 31), d(2026, 1, 31), "A", "R",
         "Procurement delayed; business case to Capital Group in November 2025."),
    ]),
    ("band", "Trust-wide – Well-led"),
    ("req", "The trust must ensure that its governance systems identify, escalate and mitigate risks in a timely "
            "way, and that risk registers are kept up to date. (Regulation 17)", "Must", [
        ("MD4.1", "Review every divisional risk that has not been updated for more than six months and confirm "
                  "owner, controls and target score.",
         "Director of Corporate Affairs", d(2025, 3, 31), None, "G", "B",
         "All 212 out-of-date risks reviewed; report to Audit Committee in April 2025."),
    ]),
    ("req", "The trust should continue to take action to improve the experience of staff from ethnic minority "
            "backgrounds, including access to career progression.", "Should", [
        ("SD2.1", "Deliver the Reciprocal Mentoring programme for Band 7 and above, and include a diverse panel "
                  "member on all interview panels for Band 8a and above.",
         "Chief People Officer", d(2026, 3, 31), None, "G", "G",
         "Cohort 2 started September 2025; diverse panel member in place for 96% of 8a+ interviews."),
    ]),
]


def build_uhb():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = UHB_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Progress report to Quality Committee – 22 October 2025"
    cv["A4"] = ("Inspection: unannounced inspection of urgent and emergency care (Heartlands Hospital) and medical "
                "care (Queen Elizabeth Hospital Birmingham), with a well-led assessment; report published "
                "29 January 2025.")
    cv["A6"] = "Document control"
    cv["A6"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("0.1", d(2025, 2, 14), "Head of Regulatory Compliance", "Draft following publication of CQC report"),
          ("1.0", d(2025, 3, 7), "Head of Regulatory Compliance", "Approved by Executive Quality Group"),
          ("1.4", d(2025, 10, 10), "Head of Regulatory Compliance", "October 2025 progress update")]
    for i, row in enumerate(dc, 7):
        for j, v in enumerate(row, 1):
            c = cv.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 7:
                c.font = Font(bold=True)
    for col, w in zip("ABCD", [12, 14, 32, 44]):
        cv.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    plan = wb.create_sheet("Action Plan")
    key = wb.create_sheet("RAG Key")

    plan["A1"] = "CQC Must Do / Should Do Action Plan – position at 10 October 2025"
    plan["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Must / Should", "CQC requirement", "Action", "Accountable lead", "Original due date",
             "Revised due date", "Previous RAG (Aug 25)", "Current RAG (Oct 25)", "Progress update / evidence"]
    widths = [8, 9, 46, 48, 26, 12, 12, 10, 10, 46]
    for i, (h, w) in enumerate(zip(heads, widths), 1):
        c = plan.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
        plan.column_dimensions[get_column_letter(i)].width = w
    r = 4
    counts = {}
    for item in UHB_PLAN:
        if item[0] == "band":
            c = plan.cell(r, 1, item[1])
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            plan.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        _, req, kind, acts = item
        first = r
        for (ref, action, lead, orig, rev, prev, cur, prog) in acts:
            vals = [ref, kind, req if r == first else None, action, lead, orig, rev, prev, cur, prog]
            for j, v in enumerate(vals, 1):
                c = plan.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            plan.cell(r, 8).fill = fill(UHB_RAG[prev])
            plan.cell(r, 9).fill = fill(UHB_RAG[cur])
            plan.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
            plan.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            counts[(kind, cur)] = counts.get((kind, cur), 0) + 1
            r += 1
        if r - 1 > first:
            plan.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    plan.freeze_panes = "A4"

    sm["A1"] = "Summary of progress – position at 10 October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    rows = [("Current RAG", "Must do", "Should do", "Total")]
    labels = [("B", "Blue – completed and assured"), ("G", "Green – on track"),
              ("A", "Amber – at risk of slippage"), ("R", "Red – off track / overdue")]
    tm = ts = 0
    for code, lab in labels:
        m = counts.get(("Must", code), 0)
        s = counts.get(("Should", code), 0)
        tm += m
        ts += s
        rows.append((lab, m, s, m + s))
    rows.append(("Total", tm, ts, tm + ts))
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if i == 3 or row[0] == "Total":
                c.font = Font(bold=True)
        if 4 <= i <= 7:
            sm.cell(i, 1).fill = fill(UHB_RAG[labels[i - 4][0]])
    sm.column_dimensions["A"].width = 34

    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True)
    kk = [("B", "Completed and assured – evidence reviewed and accepted by Executive Quality Group"),
          ("G", "On track to deliver by the due date"),
          ("A", "At risk – action may not be delivered by the due date"),
          ("R", "Off track – due date missed or action not started")]
    for i, (code, text) in enumerate(kk, 3):
        key.cell(i, 1, code).fill = fill(UHB_RAG[code])
        key.cell(i, 2, text)
    key.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, UHB_FILE))


# ---------------------------------------------------------------------------
# 3. Oaklands College - post-inspection action plan (xlsx, overview + PIAP +
#    version control; theme and area for improvement written once and left
#    blank on following rows; status words with a key)
# ---------------------------------------------------------------------------
OAK_FILE = "ld1-oaklands-college-ofsted-post-inspection-action-plan.xlsx"
OAK_TITLE = "Oaklands College – Post-Inspection Action Plan 2024/25"
OAK_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Slipped": AMBER, "Off track": RED, "Not started": None}
OAK_PLAN = [
    ("Quality of education",
     "Leaders and managers should ensure that teachers on education programmes for young people plan and teach "
     "English and mathematics lessons that help learners to improve their skills and achieve their "
     "qualifications.", [
         ("1a", "Appoint a Head of English and Maths with responsibility for the cross-college GCSE and functional "
                "skills strategy.", "Vice Principal Curriculum and Quality", "Apr-25",
          "Post holder in place", "Appointed; started 14 April 2025.", "Complete"),
         ("1b", "Introduce weekly low-stakes diagnostic quizzes in GCSE English and maths groups, with results used "
                "to regroup learners each half term.", "Head of English and Maths; Curriculum Managers",
          d(2025, 6, 30), "Mock grade 4+ rates improve on 2023/24",
          "Quizzes running in all groups since February; regrouping after May half term.", "On track"),
         ("1c", "Observe all English and maths teachers through the developmental teaching and learning walk "
                "programme, with coaching for those not yet meeting the college standard.",
          "Quality Manager (Teaching, Learning and Assessment)", "Jan 2025 – Jul 2025",
          "All teachers meeting the college standard", "38 of 41 teachers seen; 6 in coaching.", "On track"),
     ]),
    (None,
     "Leaders should ensure that apprentices receive useful and timely feedback on their work and that "
     "progress reviews involve employers, so that apprentices make the progress of which they are capable.", [
         ("2a", "Redesign the apprenticeship progress review template so that employer comments and agreed next "
                "steps are recorded at every review.", "Head of Apprenticeships", d(2025, 3, 31),
          "100% of reviews include employer input", "New template live on the e-portfolio from 3 March.",
          "Complete"),
         ("2b", "Train all apprenticeship assessors and tutors in giving developmental written feedback, and sample "
                "marked work monthly.",
          "Head of Apprenticeships / Quality Manager (Teaching, Learning and Assessment)", "Jul-25",
          "Sampling shows feedback identifies next steps",
          "Training delayed by assessor vacancies; date moved from April at Quality Committee.", "Slipped"),
     ]),
    ("Leadership and management",
     "Governors should ensure that they receive sufficiently detailed information about the quality of "
     "apprenticeships so that they can challenge leaders effectively.", [
         ("3a", "Add a termly apprenticeship quality report to the Quality and Standards Committee cycle of "
                "business, including achievement, breaks in learning and off-the-job training data.",
          "Director of Governance", "Termly", "Minutes show challenge on apprenticeship quality",
          "First report received at the March committee.", "On track"),
         ("3b", "Provide a development session for governors on apprenticeship funding rules and Ofsted "
                "expectations.", "Clerk to the Corporation and Head of Apprenticeships", "Summer term 2025",
          "Governor skills audit shows improved confidence", "", "Not started"),
     ]),
    (None,
     "Leaders should ensure that learners on education programmes for young people attend their lessons and "
     "placements regularly.", [
         ("4a", "Introduce same-day contact with parents and carers of 16 to 18 learners who are absent, through "
                "the attendance team.", "Head of Student Services", d(2025, 2, 28),
          "Same-day contact for all absences", "Attendance team calling from 10:00 daily since 17 February.",
          "Complete"),
         ("4b", "Set attendance targets for each curriculum area and review them at monthly curriculum performance "
                "meetings.", "Assistant Principals", "Monthly", "Attendance at 90% or above in all areas",
          "Overall attendance 87% (up from 82%).", "On track"),
     ]),
]


def build_oaklands():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = OAK_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Following Ofsted inspection 21–24 January 2025 (report published 5 March 2025)"
    ov["A4"] = "Inspection judgements"
    ov["A4"].font = Font(bold=True)
    judg = [("Overall effectiveness", "Requires improvement"), ("Quality of education", "Requires improvement"),
            ("Behaviour and attitudes", "Good"), ("Personal development", "Good"),
            ("Leadership and management", "Requires improvement"),
            ("Education programmes for young people", "Requires improvement"),
            ("Adult learning programmes", "Good"), ("Apprenticeships", "Requires improvement"),
            ("Provision for learners with high needs", "Good")]
    for i, (a, b) in enumerate(judg, 5):
        ov.cell(i, 1, a).border = BOX
        ov.cell(i, 2, b).border = BOX
    r = 5 + len(judg) + 1
    ov.cell(r, 1, "Status key").font = Font(bold=True)
    keyrows = [("Complete", "Action completed and evidence held"), ("On track", "In progress and on schedule"),
               ("Slipped", "Behind schedule – revised date agreed at Quality Committee"),
               ("Off track", "Behind schedule with no agreed recovery"), ("Not started", "Not yet due to start")]
    for i, (s, m) in enumerate(keyrows, r + 1):
        c = ov.cell(i, 1, s)
        if OAK_STATUS_FILL[s]:
            c.fill = fill(OAK_STATUS_FILL[s])
        c.border = BOX
        ov.cell(i, 2, m).border = BOX
    r = r + 1 + len(keyrows) + 1
    counts = {}
    for _, _, acts in OAK_PLAN:
        for a in acts:
            counts[a[-1]] = counts.get(a[-1], 0) + 1
    ov.cell(r, 1, "Summary at 31 May 2025").font = Font(bold=True)
    for i, s in enumerate(["Complete", "On track", "Slipped", "Off track", "Not started"], r + 1):
        ov.cell(i, 1, s)
        ov.cell(i, 2, counts.get(s, 0))
    tr = r + 6
    ov.cell(tr, 1, "Total actions").font = Font(bold=True)
    ov.cell(tr, 2, sum(counts.values())).font = Font(bold=True)
    ov.column_dimensions["A"].width = 40
    ov.column_dimensions["B"].width = 58

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "Post-Inspection Action Plan – updated 31 May 2025"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ofsted theme", "Area for improvement (from report)", "No.", "Action", "Lead(s)", "Target date",
             "Success measure", "Update – May 2025", "Status"]
    widths = [16, 44, 6, 48, 28, 14, 30, 42, 12]
    for i, (h, w) in enumerate(zip(heads, widths), 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 4
    for theme, afi, acts in OAK_PLAN:
        for k, (no, action, lead, target, measure, update, status) in enumerate(acts):
            vals = [theme if k == 0 else None, afi if k == 0 else None, no, action, lead, target, measure,
                    update or None, status]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if OAK_STATUS_FILL[status]:
                ws.cell(r, 9).fill = fill(OAK_STATUS_FILL[status])
            r += 1
    ws.freeze_panes = "C4"

    vc = wb.create_sheet("Version control")
    rows = [("Version", "Date", "Summary of changes", "Approved by"),
            ("1.0", d(2025, 3, 19), "First version following publication of the report", "Senior Leadership Team"),
            ("1.1", d(2025, 4, 30), "April updates; 2b date revised", "Quality and Standards Committee"),
            ("1.2", d(2025, 5, 31), "May updates", "Senior Leadership Team")]
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            c = vc.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 1:
                c.font = Font(bold=True)
    vc.column_dimensions["C"].width = 50
    vc.column_dimensions["D"].width = 32
    wb.save(os.path.join(HERE, OAK_FILE))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Home Office - Brook House IRC, HMIP inspection action plan (docx, cover
#    table, one table per section, recommendation merged over two actions)
# ---------------------------------------------------------------------------
BH_FILE = "ld1-home-office-brook-house-irc-hmip-inspection-action-plan.docx"
BH_TITLE = ("Action Plan: Report on an unannounced inspection of Brook House Immigration Removal Centre by "
            "HM Chief Inspector of Prisons")
BH_SECTIONS = [
    ("Priority concerns and recommendations", [
        ("1", "The Home Office should ensure that reviews of detention take full account of new evidence of "
              "vulnerability, including Rule 35 reports, and that detention is maintained only where it is "
              "justified.", "Agreed", [
            ("Detention Engagement Team and case progression staff will receive refreshed training on the Adults "
             "at Risk in Immigration Detention policy, focusing on how new evidence must be considered at each "
             "review.", "Head of Detention Gatekeeper and Case Progression", "March 2024"),
            ("A monthly quality assurance dip sample of detention reviews for detainees with a Rule 35 report "
             "will be carried out, with findings reported to the Detention Services Quality Board.",
             "DES Assurance Team", "Q1 2024/25"),
        ]),
        ("2", "The Home Office and Serco should ensure that force is used only as a last resort, that body-worn "
              "cameras are always activated, and that all incidents are subject to robust governance.",
         "Agreed", [
            ("All use of force incidents will be reviewed at the weekly Use of Force Committee. Footage will be "
             "checked for every planned removal, and any incident where a camera was not activated will be "
             "referred to the Centre Director.",
             "Serco Centre Director / Home Office Compliance Team Manager", "January 2024"),
        ]),
        ("3", "Health care staff should ensure that detainees with mental health needs receive timely assessment "
              "and treatment, and that transfers under the Mental Health Act take place within national target "
              "times.", "Partly agreed", [
            ("Practice Plus Group will introduce a daily mental health triage meeting and will escalate any "
             "transfer delay beyond 28 days to NHS England Health and Justice commissioners. The Home Office "
             "cannot control the availability of secure hospital beds.",
             "Head of Healthcare (Practice Plus Group)", "Ongoing"),
        ]),
    ]),
    ("Key concerns and recommendations", [
        ("4", "Leaders should ensure that new arrivals are not moved into the centre at night unless it is "
              "unavoidable, and that all arrivals receive a first night interview in private.", "Agreed", [
            ("Arrival times will be monitored through the Detainee Escorting and Population Management Unit "
             "(DEPMU), and arrivals after 23:00 will be reported in the monthly contract performance report.",
             "DEPMU Operations Manager", "February 2024"),
        ]),
        ("5", "Detainees should have access to meaningful activity throughout the day, including education and "
              "paid work.", "Agreed", [
            ("Serco will increase the number of paid work roles from 60 to 85 and reopen the IT suite for evening "
             "sessions.", "Serco Head of Residential Services", "30 June 2024"),
        ]),
        ("6", "The Home Office should ensure that detainees receive professional interpretation in all interviews "
              "where it is needed, and that other detainees are not used to interpret.", "Agreed", [
            ("A reminder has been issued to all Home Office and Serco staff on the use of professional "
             "interpretation; compliance will be checked through the monthly Home Office compliance audit.",
             "Home Office Compliance Team Manager", "April 2024"),
        ]),
    ]),
]


def build_brook_house():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(BH_TITLE, level=1)
    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for a, b in [("Establishment", "Brook House Immigration Removal Centre"),
                 ("Operated by", "Serco Ltd on behalf of the Home Office"),
                 ("Inspection dates", "11–22 September 2023"),
                 ("Report published", "12 December 2023"),
                 ("Action plan owner", "Home Office Detention and Escorting Services (DES)")]:
        row = cover.add_row().cells
        set_cell(row[0], a, bold=True, size=10)
        set_cell(row[1], b, size=10)
    doc.add_paragraph("")
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) carried out an unannounced inspection of Brook House Immigration "
        "Removal Centre in September 2023. The report set out three priority concerns and three key concerns, "
        "each with a recommendation. This action plan sets out the response of the Home Office and its "
        "contractors to each recommendation, the action that will be taken, who is responsible and when it will "
        "be delivered. Progress is monitored by the Detention Services Quality Board.")
    heads = ["No.", "Recommendation", "Agreed / Partly agreed / Not agreed", "Action taken / planned",
             "Responsible owner", "Target date"]
    widths = [Cm(1.2), Cm(7.0), Cm(2.6), Cm(8.5), Cm(4.0), Cm(2.6)]
    for section, recs in BH_SECTIONS:
        doc.add_heading(section, level=2)
        n_rows = 1 + sum(len(r[3]) for r in recs)
        t = doc.add_table(rows=n_rows, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        i = 1
        for no, rec, agreed, acts in recs:
            first = i
            for action, owner, target in acts:
                set_cell(t.cell(i, 3), action)
                set_cell(t.cell(i, 4), owner)
                set_cell(t.cell(i, 5), target)
                i += 1
            for j, text in ((0, no), (1, rec), (2, agreed)):
                cell = t.cell(first, j)
                if i - 1 > first:
                    cell = cell.merge(t.cell(i - 1, j))
                set_cell(cell, text)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph("")
    doc.add_paragraph("Home Office Detention and Escorting Services, March 2024")
    doc.save(os.path.join(HERE, BH_FILE))


# ---------------------------------------------------------------------------
# 5. Crewkerne Health Centre - CQC inspection action plan (docx, a heading and
#    a table per regulation, finding merged over its actions, no refs)
# ---------------------------------------------------------------------------
CHC_FILE = "ld1-crewkerne-health-centre-cqc-inspection-action-plan.docx"
CHC_TITLE = "Crewkerne Health Centre – CQC Inspection Action Plan"
CHC_SECTIONS = [
    ("Regulation 12: Safe care and treatment (Requirement notice)", [
        ("Patients prescribed high-risk medicines, including methotrexate and lithium, were not always monitored "
         "in line with national guidance before repeat prescriptions were issued.", [
            ("Run monthly searches on the clinical system for all patients on high-risk medicines and recall any "
             "patient whose monitoring is overdue.", "Clinical Pharmacist", "Aug 2024", "Completed"),
            ("Add a mandatory monitoring check to the repeat prescribing protocol so that prescriptions are not "
             "re-authorised without up-to-date blood results.", "Dr Hughes and Dr Okafor", "31st August 2024",
             "Completed"),
        ]),
        ("Not all emergency medicines recommended for a GP practice were held, and there was no documented risk "
         "assessment for the items not stocked.", [
            ("Complete a risk assessment of the emergency medicines list, stock any missing items and add "
             "emergency medicines to the weekly nurse checklist.", "Lead Nurse", "June 2024", "Completed"),
        ]),
    ]),
    ("Regulation 17: Good governance (Requirement notice)", [
        ("Systems to act on safety alerts were not effective; historic MHRA alerts had not been reviewed to "
         "identify patients who might be affected.", [
            ("Set up a shared safety alerts log with a named clinician for each alert, and re-run searches for "
             "historic alerts from the last two years.", "Practice Manager / Dr Hughes", "Sept 2024",
             "Completed"),
        ]),
        ("Staff training records were incomplete, and some staff had not completed safeguarding or infection "
         "prevention and control training at the level required for their role.", [
            ("Move all training records to the online training matrix and book overdue safeguarding and IPC "
             "training for each member of staff.", "Assistant Practice Manager", "End of Q3 2024/25",
             "On track"),
        ]),
    ]),
    ("Areas where the practice should improve", [
        ("Continue to improve the uptake of cervical screening.", [
            ("Offer a Saturday morning screening clinic once a month and send text reminders to patients who have "
             "not responded to two invitations.", "Practice Nurse Team Leader", "March 2025", "On track"),
        ]),
        ("Take action to improve patient satisfaction with telephone access.", [
            ("Move to a cloud-based telephone system with call-back and queue position, and review the results "
             "of the next GP Patient Survey.", "Practice Manager", "Ongoing", "Not started"),
        ]),
    ]),
]


def build_crewkerne():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    s = doc.sections[0]
    s.left_margin = s.right_margin = Cm(1.8)
    h = doc.add_heading(CHC_TITLE, level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection: 14 May 2024 | Report published: 2 July 2024 | "
                      "Overall rating: Requires improvement (Safe and Well-led: Requires improvement)")
    doc.add_paragraph("This plan was agreed at the partners' meeting on 16 July 2024 and is updated monthly by "
                      "the Practice Manager. Last updated: 4 November 2024.")
    heads = ["What CQC found", "Action we are taking", "Lead", "Completion date", "Status"]
    widths = [Cm(5.0), Cm(6.2), Cm(2.8), Cm(2.2), Cm(1.8)]
    for section, findings in CHC_SECTIONS:
        doc.add_heading(section, level=2)
        n = 1 + sum(len(f[1]) for f in findings)
        t = doc.add_table(rows=n, cols=5)
        t.style = "Table Grid"
        for j, hd in enumerate(heads):
            set_cell(t.cell(0, j), hd, bold=True)
            shade(t.cell(0, j), "C6E0B4")
        i = 1
        for finding, acts in findings:
            first = i
            for action, lead, when, status in acts:
                set_cell(t.cell(i, 1), action)
                set_cell(t.cell(i, 2), lead)
                set_cell(t.cell(i, 3), when)
                set_cell(t.cell(i, 4), status)
                i += 1
            cell = t.cell(first, 0)
            if i - 1 > first:
                cell = cell.merge(t.cell(i - 1, 0))
            set_cell(cell, finding)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph("")
    doc.add_paragraph("Status: Completed = action finished and evidence held; On track = in progress and within "
                      "the completion date; Not started = work not yet begun.")
    doc.save(os.path.join(HERE, CHC_FILE))


# ---------------------------------------------------------------------------
# 6. University of Greenwich - Ofsted apprenticeships PIAP (csv export, title
#    lines, flat rows repeating theme and AFI, a multi-line action, revised
#    date column, totals and key lines at the foot)
# ---------------------------------------------------------------------------
UOG_FILE = "ld1-university-of-greenwich-ofsted-apprenticeships-piap.csv"
UOG_TITLE = "University of Greenwich – Apprenticeships Post-Inspection Action Plan (PIAP)"
UOG_AFI = {
    "A": "Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately so that "
         "all apprentices receive their entitlement.",
    "B": "Leaders should ensure that progress reviews involve employers fully and set clear targets that help "
         "apprentices develop the knowledge, skills and behaviours they need.",
    "C": "Leaders should ensure that apprentices receive impartial careers advice and are well prepared for "
         "end-point assessment.",
    "D": "Governors should receive more detailed information about the quality of apprenticeship training so "
         "that they can hold leaders to account.",
}
UOG_ROWS = [
    ("1.1", "Quality of education", "A",
     "Replace paper off-the-job logs with the e-portfolio timesheet and reconcile planned and actual hours at "
     "each tripartite review.", "Apprenticeship Operations Manager", "31/10/2024", "",
     "E-portfolio timesheets live for all programmes from October.", "B"),
    ("1.2", "Quality of education", "A",
     "Run a monthly off-the-job report for each programme and contact employers where apprentices are more "
     "than 10% behind.\nReport the position to the Apprenticeship Quality Board each quarter.",
     "Programme Leaders; Apprenticeship Operations Manager", "31/12/2024", "31/03/2025",
     "Monthly report running; employer contact not yet consistent in two schools.", "A"),
    ("2.1", "Quality of education", "B",
     "Introduce a standard tripartite review template that records:\n- progress against KSBs\n- off-the-job "
     "hours to date\n- targets agreed with the employer",
     "Head of Apprenticeship Quality", "Jan-25", "", "Template agreed; training for reviewers in January.", "G"),
    ("2.2", "Quality of education", "B",
     "Deliver workshops for workplace mentors on setting and reviewing apprentice targets.",
     "Employer Engagement Manager", "Apr-25", "", "Two workshops held; 46 mentors attended.", "G"),
    ("3.1", "Quality of education", "C",
     "Schedule mock end-point assessments for all apprentices at least three months before gateway.",
     "Heads of School", "30/06/2025", "", "Mock EPA calendar published for 2024/25.", "G"),
    ("3.2", "Quality of education", "C",
     "Give all apprentices access to the university careers service, including a session with a dedicated "
     "apprenticeship careers adviser in year 1.", "Head of Careers and Employability", "September 2025", "",
     "Adviser post not yet recruited; interim cover not in place.", "R"),
    ("4.1", "Leadership and management", "D",
     "Add an apprenticeship quality dashboard to the Academic Council agenda twice a year, including "
     "achievement rates, withdrawals and breaks in learning.",
     "Director of Apprenticeships; University Secretary", "Ongoing – twice yearly", "",
     "First dashboard presented to Academic Council in November 2024.", "G"),
]
UOG_HEADER = ["Ref", "Key judgement", "Ofsted area for improvement", "Action", "Action owner(s)", "Target date",
              "Revised target date", "Progress update", "RAG"]


def build_greenwich():
    n = len(UOG_HEADER)
    lines = [
        [UOG_TITLE] + [""] * (n - 1),
        ["Ofsted full inspection of apprenticeship provision: 4–7 June 2024 (overall effectiveness: Good)"]
        + [""] * (n - 1),
        ["Owner: Director of Apprenticeships | Reported to: Apprenticeship Quality Board and Academic Council | "
         "Last updated: 17/01/2025"] + [""] * (n - 1),
        [""] * n,
        UOG_HEADER,
    ]
    counts = {}
    for ref, theme, afi, action, owner, target, revised, prog, rag in UOG_ROWS:
        lines.append([ref, theme, UOG_AFI[afi], action, owner, target, revised, prog, rag])
        counts[rag] = counts.get(rag, 0) + 1
    lines.append([""] * n)
    lines.append([f"Total actions: {len(UOG_ROWS)} | Blue (complete) {counts.get('B', 0)} | Green (on track) "
                  f"{counts.get('G', 0)} | Amber (at risk) {counts.get('A', 0)} | Red (off track) "
                  f"{counts.get('R', 0)}"] + [""] * (n - 1))
    lines.append(["RAG key: B = complete and evidenced; G = on track; A = at risk of missing the target date; "
                  "R = off track or target date missed"] + [""] * (n - 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in lines:
        w.writerow(row)
    with open(os.path.join(HERE, UOG_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Rhodes Wood Hospital - CQC must do / should do (tab-separated text export;
#    one target date is a mistyped month -> refuse)
# ---------------------------------------------------------------------------
RW_FILE = "ld1-rhodes-wood-hospital-cqc-must-should-do-action-plan-typo-month-refuse.txt"
RW_TITLE = "Rhodes Wood Hospital – CQC Action Plan (Must Do / Should Do)"
RW_TYPO = "Febuary 2025"
RW_ROWS = [
    ("section", "MUST DO"),
    ("MD1", "Must", "Reg 12", "The provider must ensure that staff review and update young people's risk "
     "assessments after every incident.",
     "Introduce a post-incident risk assessment review within 24 hours, checked at the daily safety huddle.",
     "Ward Manager / Consultant Psychiatrist", "May 2024", "Complete", "In place on both wards since 13 May."),
    ("MD1", "Must", "Reg 12", "The provider must ensure that staff review and update young people's risk "
     "assessments after every incident.",
     "Audit ten sets of care records each month for post-incident risk updates and feed back at the ward "
     "governance meeting.", "Clinical Governance Lead", "July 2024", "Complete", "Audit compliance 96% in July."),
    ("MD2", "Must", "Reg 18", "The provider must ensure that there are enough suitably qualified and "
     "experienced nursing staff on each shift.",
     "Recruit to six vacant healthcare assistant posts and two registered mental health nurse posts, and "
     "reduce agency use to below 15% of shifts.", "Hospital Director", "Sept 2024", "On track",
     "Five HCAs and one RMN appointed; agency use 19% in August."),
    ("MD3", "Must", "Reg 15", "The provider must ensure that the ligature risk assessment is up to date and "
     "that identified risks on Oak Ward are mitigated.",
     "Complete the annual ligature risk assessment and replace the anti-ligature fittings identified in the "
     "Oak Ward bathrooms.", "Maintenance Manager", RW_TYPO, "Not started",
     "Capital bid approved; contractor to be appointed."),
    ("section", "SHOULD DO"),
    ("SD1", "Should", "Reg 9", "The provider should ensure that young people are involved in planning their "
     "meal plans and that this is recorded.",
     "Dietitians to hold a weekly meal-plan review with each young person and record their views in the care "
     "plan.", "Lead Dietitian", "Oct 2024", "On track", "Weekly reviews started; recording audit due October."),
    ("SD2", "Should", "Reg 17", "The provider should ensure that learning from incidents is shared with all "
     "staff, including bank staff.",
     "Publish a monthly 'Learning from incidents' bulletin and add it to the bank staff induction pack.",
     "Quality and Compliance Manager", "31/08/2024", "Complete", "Bulletin issued July and August."),
    ("SD3", "Should", "Reg 10", "The provider should ensure that young people have access to private space "
     "to make telephone calls.",
     "Convert the former quiet room on Willow Ward into a private telephone and visiting room.",
     "Hospital Director", "Dec 2024", "On track", "Works scheduled for November."),
]
RW_HEADER = ["Ref", "Type", "Regulation", "CQC finding", "Action", "Lead", "Target date", "Status", "Update"]


def rw_lines():
    lines = [RW_TITLE,
             "Child and adolescent mental health wards (eating disorders) – CQC inspection 19–21 February 2024, "
             "report published 24 April 2024",
             "Exported from Quality Tracker 03/09/2024",
             "",
             "\t".join(RW_HEADER)]
    for row in RW_ROWS:
        if row[0] == "section":
            lines.append(row[1])
        else:
            lines.append("\t".join(row))
    lines.append("")
    lines.append("Status options: Complete / On track / At risk / Not started")
    return lines


def build_rhodes_wood():
    with open(os.path.join(HERE, RW_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(rw_lines()) + "\r\n")


def rw_refuse_line():
    for n, line in enumerate(rw_lines(), 1):
        if RW_TYPO in line:
            return n


if __name__ == "__main__":
    build_pencalenick()
    build_uhb()
    build_oaklands()
    build_brook_house()
    build_crewkerne()
    build_greenwich()
    build_rhodes_wood()
    print("built 7 files; Rhodes Wood typo on line", rw_refuse_line())
