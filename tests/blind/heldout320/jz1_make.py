"""Build the seven jz1- blind test files (set heldout320).

Run:   python jz1_make.py                  -> writes the seven data files
       python jz1_make.py --write-expected -> also (re)writes the .expected.yaml files
"""
import csv
import datetime as dt
import io
import os
import sys

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0",
    "grey": "D9D9D9", "head": "1F4E79", "sect": "DDEBF7", "light": "F2F2F2",
}


def fill(name):
    c = FILL.get(name, name)
    return PatternFill("solid", start_color=c, end_color=c)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


EXPECTED = {}

# ---------------------------------------------------------------------------
# 1. Tameside and Glossop ICFT - CQC Section 29A warning notice improvement plan (xlsx)
# ---------------------------------------------------------------------------
T1 = "jz1-tameside-glossop-icft-cqc-section-29a-warning-notice-improvement-plan.xlsx"
T1_TITLE = "Section 29A Warning Notice – Improvement Plan"
T1_S1 = "1. Recognition and escalation of the deteriorating patient"
T1_F1 = ("NEWS2 observations were not completed at the frequency required and patients whose "
         "scores triggered escalation were not always escalated to a clinician in a timely way.")
T1_S2 = "2. Safe care of patients in corridor and temporary escalation spaces"
T1_F2 = ("Patients were cared for in corridors without a clear risk assessment, call bells or "
         "consistent access to food, fluids and toilet facilities.")
T1_S3 = "3. Governance and oversight"
T1_F3 = ("The Trust's governance processes did not identify or act on the risks in the Emergency "
         "Department quickly enough; risks on the divisional risk register had not been reviewed.")
# rows: (ref, action, lead-cell, original, revised, progress, evidence, prev, cur, cur_fill)
T1_ROWS = [
    ("section", T1_S1, T1_F1, [
        ("1.1", "Introduce electronic NEWS2 observation recording (Patientrack) for all ED cubicles and the "
                "corridor care area, with automated escalation alerts to the nurse in charge.",
         "Deputy Chief Nurse", D(2025, 4, 30), D(2025, 5, 31),
         "Live in majors and resus from 19 May; corridor care area went live 2 June.",
         "Go-live report; May audit", "A", "B", "blue"),
        ("1.2", "Weekly audit of 20 sets of observations per shift pattern, with results reported to the ED "
                "Quality and Safety meeting and shared at safety huddles.",
         "ED Matron / Lead Nurse for Acute Care", D(2025, 6, 30), None,
         "Audits in place since April; compliance 78% (April), 86% (May). Target 95%.",
         "Audit results", "A", "A", "amber"),
        ("1.3", "Deliver deteriorating patient and sepsis training to all registered nurses and HCAs in ED, "
                "including corridor care staff and agency staff on induction.",
         "Clinical Educator (ED)", D(2025, 5, 31), D(2025, 7, 31),
         "71% of substantive staff trained. Agency induction pack updated.",
         "Training records", "R", "A", "amber"),
    ]),
    ("section", T1_S2, T1_F2, [
        ("2.1", "Implement the Trust Temporary Escalation Spaces (TES) Standard Operating Procedure, including "
                "a documented risk assessment before any patient is placed in a corridor space.",
         "Divisional Director of Nursing – Urgent Care", D(2025, 4, 30), None,
         "SOP ratified at Patient Safety Group 15 April. Compliance with risk assessment 92% (May audit).",
         "SOP; audit", "G", "B", "blue"),
        ("2.2", "Provide portable call bells and a designated nurse for the corridor area on every shift, with "
                "hourly comfort rounds recorded on the intentional rounding chart.",
         "ED Matron", D(2025, 5, 31), None,
         "Call bells in place. Designated nurse rostered on 88% of shifts in May; gaps escalated through "
         "staffing huddle.",
         "Rosters; rounding charts", "A", "G", "green"),
    ]),
    ("section", T1_S3, T1_F3, [
        ("3.1", "Review and update all ED risks on the Urgent Care divisional risk register, with each risk "
                "assigned an owner and a review date.",
         "Divisional Director – Urgent Care / Head of Risk", D(2025, 4, 30), None,
         "Completed. 14 risks reviewed; 3 escalated to the Corporate Risk Register.",
         "Risk register extract", "B", "B", "blue"),
        ("3.2", "Establish a weekly Warning Notice Oversight Group, chaired by the Chief Nurse, reporting "
                "monthly to the Quality and Governance Assurance Committee.",
         "Chief Nurse", D(2025, 4, 11), None,
         "Group meets weekly (first meeting 4 April 2025).",
         "ToR; minutes", "B", "B", "blue"),
        ("3.3", "Commission an external review of ED leadership and culture and agree an improvement plan "
                "from its findings.",
         "Chief Operating Officer and Chief People Officer", "Q2 2025/26", None,
         "Terms of reference agreed; reviewer to be appointed July 2025.",
         "", "G", "", "green"),
    ]),
]
EXPECTED[T1] = {
    "source": ("Imitates an NHS acute trust's improvement plan responding to a CQC Section 29A warning "
               "notice on its Emergency Department (Tameside and Glossop Integrated Care NHS Foundation "
               "Trust, 2025), in the style of the trust board / quality committee CQC improvement plan "
               "progress reports found (e.g. East of England Ambulance Service 'CQC Quality Improvement "
               "Plan Progress Report' 2025, https://www.eastamb.nhs.uk/about-us/trust-board/). Copied "
               "features: cover sheet with document-control table and RAG key, a summary sheet of RAG "
               "counts, numbered finding sections as merged full-width rows, the warning-notice finding "
               "merged down beside its actions, original and revised completion dates, previous and "
               "current RAG columns with fill colours (one current RAG given by fill only), a notes line."),
    "reads": ("A three-sheet workbook: a cover with document control and RAG key, a summary of RAG counts, "
              "and the action plan, where three numbered finding sections each carry the CQC finding in a "
              "merged cell and two or three numbered actions. Each action has a lead, an original and "
              "sometimes a revised completion date, and a previous and current RAG; the current RAG is "
              "the status."),
    "outcome": "read",
    "accept_refusal": False,
    "title": T1_TITLE,
    "actions": [
        A("1.1", [T1_S1, T1_F1], T1_ROWS[0][3][0][1], ["Deputy Chief Nurse"], "2025-05", "blue"),
        A("1.2", [T1_S1, T1_F1], T1_ROWS[0][3][1][1], ["ED Matron", "Lead Nurse for Acute Care"], "2025-06", "amber"),
        A("1.3", [T1_S1, T1_F1], T1_ROWS[0][3][2][1], ["Clinical Educator (ED)"], "2025-07", "amber"),
        A("2.1", [T1_S2, T1_F2], T1_ROWS[1][3][0][1], ["Divisional Director of Nursing – Urgent Care"], "2025-04", "blue"),
        A("2.2", [T1_S2, T1_F2], T1_ROWS[1][3][1][1], ["ED Matron"], "2025-05", "green"),
        A("3.1", [T1_S3, T1_F3], T1_ROWS[2][3][0][1], ["Divisional Director – Urgent Care", "Head of Risk"], "2025-04", "blue"),
        A("3.2", [T1_S3, T1_F3], T1_ROWS[2][3][1][1], ["Chief Nurse"], "2025-04", "blue"),
        A("3.3", [T1_S3, T1_F3], T1_ROWS[2][3][2][1], ["Chief Operating Officer", "Chief People Officer"], "2025-09", "green",
          end_text="Q2 2025/26"),
    ],
}


def build_t1(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 24
    cv.column_dimensions["B"].width = 70
    cv["A1"] = "Tameside and Glossop Integrated Care NHS Foundation Trust"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = T1_TITLE
    cv["A2"].font = Font(bold=True, size=13)
    cv["A3"] = "Urgent and Emergency Care: Emergency Department, Tameside General Hospital"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    dc = [("Version", "v1.4"), ("Date", "16 June 2025"), ("Plan owner", "Chief Nurse"),
          ("Reporting to", "Quality and Governance Assurance Committee; Board of Directors"),
          ("Status", "Approved by Executive Team 10 June 2025")]
    for i, (k, v) in enumerate(dc, start=6):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
        for c in (1, 2):
            cv.cell(i, c).border = BOX
    cv["A12"] = "RAG key"
    cv["A12"].font = Font(bold=True)
    key = [("B", "Action complete and evidence of embedding provided", "blue"),
           ("G", "On track to deliver by the target date", "green"),
           ("A", "At risk – mitigations in place", "amber"),
           ("R", "Off track / target date missed", "red")]
    for i, (k, v, f) in enumerate(key, start=13):
        cv.cell(i, 1, k).fill = fill(f)
        cv.cell(i, 1).alignment = Alignment(horizontal="center")
        cv.cell(i, 2, v)

    sm = wb.create_sheet("Summary")
    sm.column_dimensions["A"].width = 34
    sm["A1"] = "Summary of action status – June 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Section", "Actions", "B", "G", "A", "R"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    rows = [(T1_S1, 3, 1, 0, 2, 0), (T1_S2, 2, 1, 1, 0, 0), (T1_S3, 3, 2, 1, 0, 0), ("Total", 8, 4, 2, 2, 0)]
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, 1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)

    ws = wb.create_sheet("Action Plan")
    widths = [7, 38, 52, 26, 14, 14, 40, 20, 11, 11]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws["A1"] = T1_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Emergency Department, Tameside General Hospital. Warning Notice received 27 March 2025; "
                "required compliance date 30 June 2025. Update prepared for QGAC, June 2025.")
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Warning Notice finding", "Action", "Lead", "Original completion date",
             "Revised completion date", "Progress update (June 2025)", "Evidence", "Previous RAG (May)",
             "Current RAG (June)"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    ragfill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for _, sect, finding, acts in T1_ROWS:
        ws.cell(r, 1, sect).font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(r, j).fill = fill("sect")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        for (ref, act, lead, orig, rev, prog, ev, prev, cur, curfill) in acts:
            vals = [ref, None, act, lead, orig, rev, prog, ev, prev, cur if cur else None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = fill(ragfill[prev])
            ws.cell(r, 10).fill = fill(curfill)
            ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 10).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(first, 2, finding).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Revised completion dates agreed by the Executive Team on 10 June 2025. "
                  "Evidence is held on the Warning Notice SharePoint site.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Sheffield Hallam University - Race Equality Charter action plan (xlsx)
# ---------------------------------------------------------------------------
T2 = "jz1-sheffield-hallam-university-race-equality-charter-action-plan.xlsx"
T2_TITLE = "Race Equality Charter – Bronze Award Action Plan 2023–2027"
S4 = "Section 4: Professional and support staff"
O1 = ("Objective 1: Increase the proportion of Black, Asian and minority ethnic professional services "
      "staff at grades 7 and above")
S5 = "Section 5: Academic staff"
O2 = "Objective 2: Close the ethnicity gap in academic promotions"
O3 = "Objective 3: Improve the experience of minority ethnic staff reporting racial harassment"
S7 = "Section 7: Student progression and attainment"
O4 = "Objective 4: Reduce the awarding gap between Black and white undergraduate students"
S8 = "Section 8: Teaching and learning"
O5 = "Objective 5: Build staff confidence in discussing race in the classroom"

# items: ("S", section) / ("O", objective) / action tuple
# action: (ref, issue, action, success, start, end, resp, progress, rag, ragfill)
T2_STAFF = [
    ("S", S4), ("O", O1),
    ("P1.1", "Minority ethnic staff are 9.8% of PS staff at grades 1–6 but 5.1% at grades 7+ (2022).",
     "Introduce diverse shortlisting and interview panels for all professional services posts at grade 7 "
     "and above.",
     "100% of grade 7+ panels diverse; monitored through recruitment data.", "Jan 2024", "Jul 2024",
     "Director of People", "Implemented from February 2024; 97% compliance in 2024 audit.", "C", "blue"),
    ("P1.2", "Staff survey: 41% of minority ethnic PS staff see no route to progression.",
     "Launch a reverse mentoring scheme pairing minority ethnic PS staff with members of the University "
     "Leadership Team.",
     "Two cohorts complete; participant evaluation positive.", "Sep 2024", "Jun 2025",
     "Head of EDI / Staff Race Equality Network Chair", "First cohort of 12 pairs started November 2024.",
     "G", "green"),
    ("P1.3", "Minority ethnic staff under-represented on leadership programmes (6% of places).",
     "Review the Hallam Leadership Programme application process and ring-fence places for minority "
     "ethnic staff applicants.\nReport take-up to the REC Self-Assessment Team annually.",
     "At least 15% of places taken by minority ethnic staff.", "Sep 2024", "Sep 2025",
     "Organisational Development Manager",
     "Review delayed by restructure of OD team; now scheduled for spring 2025.", "A", "amber"),
    ("S", S5), ("O", O2),
    ("A2.1", "Promotion success rate 12 points lower for minority ethnic applicants (2019–22).",
     "Publish promotion success rates by ethnicity and college each year and require college-level action "
     "where the gap exceeds 5 percentage points.",
     "Gap below 5 points for two consecutive rounds.", "Oct 2023", "Oct 2026",
     "Pro Vice-Chancellor (People and Culture)", "2024 data published in December 2024.", "G", "green"),
    ("A2.2", "Fewer minority ethnic academics apply for promotion.",
     "Run promotion-readiness workshops and one-to-one CV clinics for minority ethnic academic staff ahead "
     "of each promotion round.",
     "Application rate matches white colleagues.", "Jan 2024", "Ongoing (annual)",
     "Associate Deans (Research) and Academic Development Lead",
     "Two workshops held; 23 attendees.", "G", "green"),
    ("O", O3),
    ("A3.1", "Focus groups: staff unclear how to report racial harassment and fear consequences.",
     "Introduce Report + Support for staff, with an option to report anonymously or to speak to a named "
     "adviser.",
     "Reporting tool live; reports analysed annually.", "Jan 2024", "Dec 2024",
     "Head of Employee Relations",
     "Staff reporting module delayed by IT procurement; escalated to EDI Committee.", "R", "red"),
]
T2_STUDENTS = [
    ("S", S7), ("O", O4),
    ("S4.1", "Awarding gap (good honours) of 19 points between Black and white students (2021/22).",
     "Embed the Inclusive Curriculum Framework in all undergraduate course revalidations, with a "
     "course-level awarding gap target in each Course Action Plan.",
     "Awarding gap reduced to 10 points by 2026/27.", "Sep 2023", "Jul 2027",
     "Director of Student Success", "34 of 96 courses revalidated using the framework.", "G", "green"),
    ("S4.2", "Black students less likely to progress from Level 4 to Level 5.",
     "Expand the Hallam Guarantee peer mentoring programme to all first-year students from Black "
     "backgrounds who opt in.",
     "Continuation gap halved.", "Sep 2024", "Sep 2025",
     "Student Engagement Manager / Students' Union",
     "Mentor recruitment below target (28 of 40).", "A", "amber"),
    ("S", S8), ("O", O5),
    ("S5.1", "Student focus groups: race rarely discussed in taught sessions.",
     "Deliver 'Race and the Curriculum' development sessions to all course leaders, co-designed with "
     "student Race Equality Advocates.",
     "80% of course leaders attended.", "Jan 2024", "Dec 2025",
     "Academic Development Lead", "Not yet started – session design scheduled for spring 2025.", "", None),
]


def _t2_expected():
    out = []
    for items in (T2_STAFF, T2_STUDENTS):
        sect = obj = None
        for it in items:
            if it[0] == "S":
                sect = it[1]
            elif it[0] == "O":
                obj = it[1]
            else:
                ref, _, act, _, _, end, resp, _, rag, _ = it
                out.append((ref, [sect, obj], act, resp, end, rag))
    lead = {
        "Director of People": ["Director of People"],
        "Head of EDI / Staff Race Equality Network Chair": ["Head of EDI", "Staff Race Equality Network Chair"],
        "Organisational Development Manager": ["Organisational Development Manager"],
        "Pro Vice-Chancellor (People and Culture)": ["Pro Vice-Chancellor (People and Culture)"],
        "Associate Deans (Research) and Academic Development Lead": ["Associate Deans (Research)", "Academic Development Lead"],
        "Head of Employee Relations": ["Head of Employee Relations"],
        "Director of Student Success": ["Director of Student Success"],
        "Student Engagement Manager / Students' Union": ["Student Engagement Manager", "Students' Union"],
        "Academic Development Lead": ["Academic Development Lead"],
    }
    months = {"Jul 2024": "2024-07", "Jun 2025": "2025-06", "Sep 2025": "2025-09", "Oct 2026": "2026-10",
              "Ongoing (annual)": None, "Dec 2024": "2024-12", "Jul 2027": "2027-07", "Dec 2025": "2025-12"}
    stat = {"C": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    acts = []
    for ref, under, act, resp, end, rag in out:
        a = A(ref, under, act, lead[resp], months[end], stat[rag],
              end_text=end if months[end] is None else None)
        acts.append(a)
    return acts


EXPECTED[T2] = {
    "source": ("Imitates a university's Race Equality Charter (Advance HE) Bronze award action plan with a "
               "progress update for its EDI committee (Sheffield Hallam University, 2023–2027; REC action "
               "plans such as the University of Lincoln Race Equality Action Plan 2021-25, "
               "https://eleanorglanvilleinstitute.lincoln.ac.uk/). Copied features: a read-me sheet with "
               "title, explanation and a RAG key where C = complete, separate Staff and Students sheets, "
               "REC submission sections as merged rows, objective rows above their actions, evidence/issue "
               "and success-measure columns, start and end columns, several post holders in one "
               "responsibility cell, a line break inside one action cell, and one blank RAG."),
    "reads": ("A REC action plan in three sheets: a read-me with the key, then staff and student action "
              "sheets. On each, a section row and an objective row head a group of referenced actions "
              "(P1.1, A2.1, S4.1 ...) with the issue, success measure, start and end, responsibility, "
              "progress and a RAG letter; the End column gives the due month."),
    "outcome": "read",
    "accept_refusal": False,
    "title": T2_TITLE,
    "actions": _t2_expected(),
}


def build_t2(path):
    wb = Workbook()
    rd = wb.active
    rd.title = "Read me"
    rd.column_dimensions["A"].width = 12
    rd.column_dimensions["B"].width = 90
    rd["A1"] = "Sheffield Hallam University"
    rd["A1"].font = Font(bold=True, size=14)
    rd["A2"] = T2_TITLE
    rd["A2"].font = Font(bold=True, size=13)
    rd["A3"] = "Progress update for the Equality, Diversity and Inclusion Committee – January 2025"
    rd["A5"] = "How to read this plan"
    rd["A5"].font = Font(bold=True)
    rd["A6"] = ("Actions are grouped by the section of our REC submission. Each objective is followed by "
                "the actions that deliver it. Start and End show the planned timeframe; RAG shows progress "
                "at this update. Staff actions are on the 'Staff' sheet and student actions on the "
                "'Students' sheet.")
    rd.merge_cells("A6:B6")
    rd["A6"].alignment = WRAP
    rd.row_dimensions[6].height = 48
    rd["A8"] = "RAG key"
    rd["A8"].font = Font(bold=True)
    for i, (k, v, f) in enumerate([("C", "Complete", "blue"), ("G", "On track", "green"),
                                   ("A", "Some slippage – recoverable", "amber"),
                                   ("R", "Significant slippage / overdue", "red")], start=9):
        rd.cell(i, 1, k).fill = fill(f)
        rd.cell(i, 1).alignment = Alignment(horizontal="center")
        rd.cell(i, 2, v)
    rd["A14"] = "SAT = REC Self-Assessment Team; PS = professional services; EDI = equality, diversity and inclusion."
    rd["A14"].font = Font(italic=True)

    heads = ["Ref", "Issue identified (evidence)", "Action", "Success measure", "Start", "End",
             "Responsibility", "Progress (Jan 2025)", "RAG"]
    widths = [8, 36, 50, 32, 10, 14, 30, 38, 6]
    for name, sub, items in (("Staff", "REC Action Plan – Staff (Sections 4 and 5)", T2_STAFF),
                             ("Students", "REC Action Plan – Students (Sections 7 and 8)", T2_STUDENTS)):
        ws = wb.create_sheet(name)
        for j, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + j)].width = w
        ws["A1"] = sub
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:I1")
        for j, h in enumerate(heads, 1):
            c = ws.cell(3, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("4B2C5E")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center")
        r = 4
        for it in items:
            if it[0] == "S":
                ws.cell(r, 1, it[1]).font = Font(bold=True, size=12)
                for j in range(1, 10):
                    ws.cell(r, j).fill = fill("E4DFEC")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            elif it[0] == "O":
                ws.cell(r, 1, it[1]).font = Font(bold=True, italic=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            else:
                ref, issue, act, succ, start, end, resp, prog, rag, rf = it
                vals = [ref, issue, act, succ, start, end, resp, prog, rag if rag else None]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                if rf:
                    ws.cell(r, 9).fill = fill(rf)
                ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.freeze_panes = "A4"
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Forestry Commission - NAO recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
T3 = "jz1-forestry-commission-nao-audit-recommendations-tracker.xlsx"
T3_TITLE = "Forestry Commission – External Audit Recommendations Tracker"
T3_S1 = "NAO Audit Completion Report 2024-25"
T3_S2 = "NAO Management Letter 2024-25"
R1 = ("The Commission should complete a full reconciliation of the fixed asset register to the general "
      "ledger at each quarter end, with evidence of review.")
R2 = ("Valuation of the forest estate: management should review the key assumptions used by the external "
      "valuer (timber prices, discount rate and yield class) and document its challenge.")
R3 = ("Leaver processes should ensure that system access is removed within five working days of a staff "
      "member's departure.")
R4 = ("Grant claims under the England Woodland Creation Offer should be subject to a documented risk-based "
      "sample check before payment.")
R5 = ("The contracts register should be kept up to date, including contract end dates and the named "
      "contract manager.")
R6 = "Accruals should be supported by evidence of goods or services received before the year end."
# groups: (section, [(no, priority, rec, response, [ (sub_no, action, owner, target, revised, update, fill) ])])
T3_DATA = [
    (T3_S1, [
        ("1", "High", R1, "Agreed.", [
            ("1", "Introduce a quarterly fixed asset register to ledger reconciliation, reviewed and signed off "
                  "by the Head of Financial Accounting.", "Head of Financial Accounting",
             D(2025, 9, 30), None, "Q1 reconciliation completed and reviewed; Q2 in progress.", "green")]),
        ("2", "High", R2, "Agreed. Management will strengthen its review of valuer assumptions ahead of the "
                          "2025-26 valuation.", [
            ("2a", "Hold a formal assumptions challenge meeting with the valuer before the draft valuation is "
                   "issued, minuted and shared with the NAO.", "Chief Financial Officer",
             D(2026, 1, 31), None, "Meeting scheduled for December 2025.", "green"),
            ("2b", "Prepare a sensitivity analysis of the valuation to changes in timber price and discount "
                   "rate for inclusion in the Annual Report and Accounts.",
             "Head of Financial Accounting / Head of Estates Valuation",
             D(2026, 3, 31), None, "Approach agreed with the valuer.", "green")]),
        ("3", "Medium", R3, "Agreed.", [
            ("3", "Automate removal of network and finance system access from the HR leavers report, with a "
                  "monthly exception report to the Information Security Manager.", "Chief Digital Officer",
             D(2025, 6, 30), D(2025, 11, 30),
             "Automation delayed by the HR system upgrade; manual weekly check in place as interim control.",
             "amber")]),
    ]),
    (T3_S2, [
        ("4", "Medium", R4, "Agreed.", [
            ("4", "Design and implement a risk-based pre-payment check for EWCO claims, with results recorded "
                  "on the grants system.", "Head of Grants and Regulations",
             D(2025, 3, 31), D(2025, 7, 31),
             "Implemented from 1 July 2025. Evidence provided to NAO in September.", "blue")]),
        ("5", "Low", R5, "Agreed.", [
            ("5", "Complete a one-off cleanse of the contracts register and add a quarterly review to the "
                  "Commercial team's assurance calendar.", "Head of Commercial",
             D(2025, 12, 31), None, "Cleanse 60% complete.", "green")]),
        ("6", "Medium", R6, "Partially agreed – the year-end process already requires evidence for accruals "
                            "over £10,000.", [
            ("6", "Extend the evidence requirement to all accruals over £1,000 and issue revised year-end "
                  "guidance to budget holders.", "Financial Controller",
             D(2026, 2, 28), None, "Not yet due.", None)]),
    ]),
]


def _t3_expected():
    leads = {"Head of Financial Accounting / Head of Estates Valuation":
             ["Head of Financial Accounting", "Head of Estates Valuation"]}
    acts = []
    for sect, recs in T3_DATA:
        for no, pri, rec, resp, subs in recs:
            for sub, act, owner, tgt, rev, upd, f in subs:
                end = (rev or tgt).strftime("%Y-%m")
                acts.append(A(sub, [sect, rec], act, leads.get(owner, [owner]), end,
                              f if f else "unrated"))
    return acts


EXPECTED[T3] = {
    "source": ("Imitates a non-ministerial government department's external audit (NAO) recommendations "
               "tracker as taken to its Audit and Risk Assurance Committee (Forestry Commission, October "
               "2025), in the manner of central-government ARAC recommendation trackers (NAO audit "
               "completion report and management letter points with management responses). Copied "
               "features: a summary sheet of counts by source, a tracker sheet with a colour-only RAG key "
               "row, source-document section rows, priority, recommendation and management response merged "
               "down over sub-actions 2a/2b, action owner, target and revised dates as real dates, an update "
               "column and a RAG column coloured by fill with no text (one left blank), and a notes line."),
    "reads": ("A two-sheet tracker: a summary of counts, then the tracker where two source rows (the NAO audit "
              "completion report and the management letter) head numbered recommendations, each with the "
              "management response and one or two agreed actions. Each action has an owner, a target date "
              "and sometimes a revised date, and a RAG shown only by cell colour."),
    "outcome": "read",
    "accept_refusal": False,
    "title": T3_TITLE,
    "actions": _t3_expected(),
}


def build_t3(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm.column_dimensions["A"].width = 40
    sm["A1"] = T3_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Assurance Committee – 14 October 2025"
    heads = ["Source", "Open", "Implemented (awaiting closure)", "Total"]
    for j, h in enumerate(heads, 1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        sm.column_dimensions[chr(64 + j)].width = max(sm.column_dimensions[chr(64 + j)].width or 10, 16)
    for i, row in enumerate([(T3_S1, 4, 0, 4), (T3_S2, 2, 1, 3), ("Total", 6, 1, 7)], start=5):
        for j, v in enumerate(row, 1):
            c = sm.cell(i, j, v)
            c.border = BOX
    sm["A9"] = "Counts are of agreed actions. Recommendations closed at the July 2025 meeting have been removed."
    sm["A9"].font = Font(italic=True)

    ws = wb.create_sheet("Tracker")
    widths = [6, 9, 44, 32, 50, 26, 12, 12, 40, 7]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws["A1"] = T3_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "RAG key:"
    ws["A2"].font = Font(bold=True)
    for j, (t, f) in enumerate([("On track", "green"), ("At risk", "amber"), ("Overdue", "red"),
                                ("Implemented – awaiting ARAC closure", "blue")], start=3):
        c = ws.cell(2, j, t)
        c.fill = fill(f)
    heads = ["No.", "Priority", "Recommendation", "Management response", "Agreed action", "Action owner",
             "Target date", "Revised date", "Update (October 2025)", "RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    for sect, recs in T3_DATA:
        ws.cell(r, 1, sect).font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(r, j).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for no, pri, rec, resp, subs in recs:
            first = r
            for sub, act, owner, tgt, rev, upd, f in subs:
                vals = [sub, None, None, None, act, owner, tgt, rev, upd, None]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if f:
                    ws.cell(r, 10).fill = fill(f)
                r += 1
            ws.cell(first, 2, pri).alignment = WRAP
            ws.cell(first, 3, rec).alignment = WRAP
            ws.cell(first, 4, resp).alignment = WRAP
            if r - 1 > first:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Recommendations from 2023-24 closed by the Committee have been removed from this tracker "
                  "and are reported in the annual summary.").font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Crookhorn College - post-Ofsted action plan (docx, a table per priority)
# ---------------------------------------------------------------------------
T4 = "jz1-crookhorn-college-post-ofsted-action-plan.docx"
T4_TITLE = "Crookhorn College – Post-Ofsted Action Plan 2024–25"
P1 = "Priority 1: Reading"
AFI1 = ("Leaders have not ensured that pupils who are at the early stages of reading receive the support they "
        "need to catch up quickly. Leaders should ensure that these pupils are identified promptly and are "
        "given effective help to become fluent readers.")
P2 = "Priority 2: Curriculum in the foundation subjects"
AFI2 = ("In some foundation subjects, the curriculum does not identify precisely the important knowledge that "
        "pupils should learn and when. Leaders should ensure that curriculum thinking in these subjects is as "
        "well developed as it is in English, mathematics and science.")
P3 = "Priority 3: Attendance"
AFI3 = ("Too many disadvantaged pupils are persistently absent from school. Leaders should continue to "
        "strengthen their work with families to improve the attendance of these pupils.")
# (ref, action, lead, timescale, success, rag_text, fill, exp_lead, exp_end, exp_end_text, exp_status)
T4_DATA = [
    (P1, AFI1, [
        ("1a", "Screen all Year 7 pupils using the NGRT reading test in the first half term and re-test those "
               "below a standard age score of 85 at the end of each term.",
         "Reading Lead", "Autumn term 2024", "All Year 7 pupils screened by October half term; intervention "
         "groups set.", "Blue", "00B0F0", ["Reading Lead"], "2024-12", "Autumn term 2024", "blue"),
        ("1b", "Deliver a phonics-based intervention (Fresh Start) three times a week to pupils identified as "
               "at the early stages of reading.",
         "SENCo / Reading Lead", "Spring term 2025", "Pupils in the intervention make at least 12 months' "
         "gain in reading age by Easter.", "Green", "00B050", ["SENCo", "Reading Lead"], "2025-04",
         "Spring term 2025", "green"),
        ("1c", "Train all tutors to lead the daily tutor-time reading programme, with fortnightly drop-ins by "
               "the literacy team to check quality.",
         "JMc & RT", "By February half-term 2025", "Drop-ins show consistent delivery in at least 90% of "
         "tutor groups.", "Amber", "FFC000", ["JMc", "RT"], "2025-02", "By February half-term 2025", "amber"),
    ]),
    (P2, AFI2, [
        ("2a", "Subject leaders in geography, computing and music to rewrite their Key Stage 3 curriculum maps, "
               "setting out the core knowledge for each unit and the order in which it is taught.",
         "Deputy Headteacher (Curriculum)", "31 January 2025", "Revised curriculum maps in place and shared "
         "with staff.", "Green", "00B050", ["Deputy Headteacher (Curriculum)"], "2025-01", None, "green"),
        ("2b", "Quality assure the rewritten curriculum maps through subject reviews, including lesson visits "
               "and work scrutiny, with feedback to each subject leader.",
         "Deputy Headteacher (Curriculum) and Trust Education Adviser", "Summer term 2025",
         "Subject reviews show pupils can recall the core knowledge.", "Green", "00B050",
         ["Deputy Headteacher (Curriculum)", "Trust Education Adviser"], "2025-07", "Summer term 2025", "green"),
        ("2c", "Provide subject-specific CPD time on each INSET day for departments to plan retrieval practice "
               "based on the core knowledge.",
         "Assistant Headteacher (Teaching and Learning)", "Ongoing", "Retrieval practice seen in lesson "
         "visits across all foundation subjects.", "Green", "00B050",
         ["Assistant Headteacher (Teaching and Learning)"], None, "Ongoing", "green"),
    ]),
    (P3, AFI3, [
        ("3a", "Appoint a full-time Attendance and Family Support Officer to work with families of persistently "
               "absent disadvantaged pupils.",
         "Headteacher", "Nov 2024", "Officer in post.", "Blue", "00B0F0", ["Headteacher"], "2024-11", None,
         "blue"),
        ("3b", "Hold weekly attendance panel meetings, with a tiered response (letter, meeting, attendance "
               "contract, referral to the local authority) for each pupil below 90% attendance.",
         "Assistant Headteacher (Behaviour and Attendance)", "Weekly", "Persistent absence of disadvantaged "
         "pupils reduced from 31% to below 25%.", "Amber", "FFC000",
         ["Assistant Headteacher (Behaviour and Attendance)"], None, "Weekly", "amber"),
        ("3c", "Report the attendance of disadvantaged pupils to the Standards Committee each term, compared "
               "with national figures.",
         "Attendance and Family Support Officer", "Termly", "Governors able to challenge on attendance "
         "trends.", "Green", "00B050", ["Attendance and Family Support Officer"], None, "Termly", "green"),
    ]),
]
EXPECTED[T4] = {
    "source": ("Imitates a secondary school's post-Ofsted action plan published on its website (Crookhorn "
               "College, Waterlooville, 2024–25), following the common school pattern of one priority per "
               "area for improvement quoted from the inspection report with a table of actions, lead, "
               "timescale, success criteria and RAG. Copied features: title and inspection paragraph, a "
               "version/approval table, a RAG key line, each priority as a Word heading with the Ofsted "
               "area-for-improvement text under a label, a separate table per priority, shaded RAG cells, "
               "school-term and half-term timescales, initials and job titles as leads, a next-review line "
               "and a sign-off table."),
    "reads": ("A Word plan with three priorities (Reading, Curriculum in the foundation subjects, Attendance); "
              "under each heading the inspectors' area for improvement is quoted and a table lists three "
              "lettered actions with lead, timescale, success criteria and RAG. The version table, key and "
              "sign-off table are not part of the plan."),
    "outcome": "read",
    "accept_refusal": False,
    "title": T4_TITLE,
    "actions": [A(r[0], [p, afi], r[1], r[7], r[8], r[10], end_text=r[9])
                for p, afi, rows in T4_DATA for r in rows],
}


def build_t4(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(T4_TITLE, style="Title")
    doc.add_paragraph(
        "Ofsted inspection: 1–2 October 2024 (graded inspection under section 5 of the Education Act 2005). "
        "This plan sets out how we will address the areas for improvement identified in the report. It is "
        "reviewed each half term by the Senior Leadership Team and each term by the Local Governing Body's "
        "Standards Committee.")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Approved"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    for i, row in enumerate([("1.0", "21/10/2024", "Headteacher", "LGB, 6 November 2024"),
                             ("1.1", "10/01/2025", "Deputy Headteacher", "SLT spring review")], start=1):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Green – on track; Amber – some concerns, action being taken; Red – not on "
                      "track; Blue – complete.")
    heads = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG (Jan 2025)"]
    for pri, afi, rows in T4_DATA:
        doc.add_heading(pri, level=2)
        lab = doc.add_paragraph()
        lab.add_run("Area for improvement (from the inspection report):").bold = True
        q = doc.add_paragraph()
        q.add_run(afi).italic = True
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        for i, r in enumerate(rows, start=1):
            vals = [r[0], r[1], r[2], r[3], r[4], r[5]]
            for j, v in enumerate(vals):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 5), r[6])
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Standards Committee, 12 March 2025.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Signed (Headteacher)", "Signed (Chair of LGB)", "Date"]):
        set_cell(t.cell(0, j), h, bold=True)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Oxford Health - Highfield Adolescent Unit QNIC accreditation action plan (docx, one table, section rows)
# ---------------------------------------------------------------------------
T5 = "jz1-oxford-health-highfield-unit-qnic-accreditation-action-plan.docx"
T5_TITLE = "Highfield Adolescent Unit – QNIC Accreditation Action Plan"
Q1 = "Section 1: Environment and Facilities"
Q2 = "Section 2: Staffing and Training"
Q4 = "Section 4: Care and Treatment"
Q7 = "Section 7: Clinical Governance"
ST114 = "1.1.4 The unit has a designated room for young people to receive visitors in private."
ST132 = ("1.3.2 Ligature risk assessments are reviewed at least annually and after any incident of self-harm "
         "involving a ligature point.")
ST221 = "2.2.1 Staff members receive individual clinical supervision at least monthly."
ST243 = "2.4.3 All staff members who deliver therapies and activities are appropriately trained and supervised."
ST416 = "4.1.6 Young people have a documented physical health review within 24 hours of admission."
ST431 = "4.3.1 Young people are offered at least 25 hours of therapeutic and educational activity per week."
ST722 = ("7.2.2 The team reviews incidents of restraint and seclusion, and learning is shared with the whole "
         "team.")
# plan items: ("sect", text) or ("std", standard, type, findings, [(no, action, lead, target, status, exp...)])
T5_DATA = [
    ("sect", Q1),
    ("std", ST114, "2", "Families currently meet in the dining room outside mealtimes.", [
        ("1", "Convert the former quiet room into a family room, with soft furnishings and a booking system "
              "managed by the nurse in charge.", "Ward Manager / Estates Project Manager", "30/06/2025",
         "On track", ["Ward Manager", "Estates Project Manager"], "2025-06", None, "green")]),
    ("std", ST132, "1", "Last full ligature audit was March 2023; no evidence of review after two incidents in "
                        "2024.", [
        ("2", "Complete a full environmental ligature risk assessment of the unit and add post-incident review "
              "to the incident review checklist.", "Modern Matron", "End of March 2025", "Complete",
         ["Modern Matron"], "2025-03", None, "blue")]),
    ("sect", Q2),
    ("std", ST221, "1", "Supervision records showed 64% compliance for registered nurses over the last quarter.", [
        ("3", "Introduce a supervision tree and a monthly supervision tracker reviewed at the ward governance "
              "meeting.", "Ward Manager", "April 2025", "Complete", ["Ward Manager"], "2025-04", None, "blue"),
        ("4", "Report supervision compliance to the CAMHS Inpatient Quality Meeting each month until 85% is "
              "sustained for three months.", "Ward Manager and Lead Nurse, CAMHS Inpatients", "Monthly",
         "On track", ["Ward Manager", "Lead Nurse, CAMHS Inpatients"], None, "Monthly", "green")]),
    ("std", ST243, "2", "Two HCAs were running the DBT skills group without having completed training.", [
        ("5", "Enrol the two HCAs on the DBT skills foundation course and pause HCA-led groups until training "
              "is complete.", "Lead Psychologist", "Sept 2025", "Off track", ["Lead Psychologist"], "2025-09",
         None, "red")]),
    ("sect", Q4),
    ("std", ST416, "1", "3 of 8 records reviewed had no physical health review within 24 hours.", [
        ("6", "Add the physical health review to the admission checklist on RiO and audit every admission for "
              "three months.", "Consultant Psychiatrist / Physical Health Nurse", "31/05/2025", "On track",
         ["Consultant Psychiatrist", "Physical Health Nurse"], "2025-05", None, "green")]),
    ("std", ST431, "2", "The activity timetable offered around 18 hours a week during school holidays.", [
        ("7", "Develop a holiday activity programme with the OT team and the hospital school, including evening "
              "and weekend sessions.", "Occupational Therapy Lead", "July 2025", "Not started",
         ["Occupational Therapy Lead"], "2025-07", None, "unrated")]),
    ("sect", Q7),
    ("std", ST722, "1", "Restraint data is reviewed monthly but there was no evidence of learning being shared "
                        "with staff.", [
        ("8", "Add a restraint and seclusion learning item to the fortnightly team meeting and publish a "
              "'learning from incidents' bulletin each quarter.", "Modern Matron", "Q1 2025/26", "On track",
         ["Modern Matron"], "2025-06", "Q1 2025/26", "green")]),
]


def _t5_expected():
    acts, sect = [], None
    for it in T5_DATA:
        if it[0] == "sect":
            sect = it[1]
            continue
        _, std, typ, find, rows = it
        for no, act, lead, tgt, stt, el, ee, eet, es in rows:
            acts.append(A(no, [sect, std], act, el, ee, es, end_text=eet))
    return acts


EXPECTED[T5] = {
    "source": ("Imitates a child and adolescent inpatient unit's action plan after a Royal College of "
               "Psychiatrists Quality Network for Inpatient CAMHS (QNIC) accreditation review (Highfield "
               "Adolescent Unit, Oxford Health NHS Foundation Trust, 2025; QNIC accreditation process and "
               "standards sections as described at https://www.rcpsych.ac.uk/improving-care/ccqi/"
               "quality-networks-accreditation/child-adolescent-inpatient-services/about-the-network). "
               "Copied features: unit information table with the Accreditation Committee decision, an "
               "explanation of Type 1/2/3 standards, a status key, one plan table with full-width merged "
               "rows for the QNIC standards sections, the numbered standard not met and reviewers' findings "
               "merged down over two actions, numbered actions, job titles as leads, mixed date forms "
               "(dd/mm/yyyy, 'End of March 2025', 'Sept 2025', 'Q1 2025/26', 'Monthly'), and a sign-off table."),
    "reads": ("A Word action plan with an information table and a single plan table; merged rows name four "
              "QNIC standards sections, and under each the standards not met (with their QNIC numbers, type "
              "and the reviewers' findings) carry eight numbered actions with lead, target date and status "
              "from the key (Complete, On track, At risk, Off track)."),
    "outcome": "read",
    "accept_refusal": False,
    "title": T5_TITLE,
    "actions": _t5_expected(),
}


def build_t5(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_heading(T5_TITLE, level=1)
    doc.add_paragraph("Oxford Health NHS Foundation Trust | Child and Adolescent Mental Health Services (Tier 4)")
    info = [("Unit", "Highfield Adolescent Unit, Warneford Hospital, Oxford"),
            ("Review type", "Accreditation review (Cycle 24)"),
            ("Review date", "11 February 2025"),
            ("Accreditation Committee decision", "Accreditation deferred – evidence against Type 1 standards "
                                                 "not met to be submitted within 6 months"),
            ("Action plan owner", "Ward Manager"),
            ("Date of this version", "2 May 2025")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "DEEAF6")
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("QNIC standards are Type 1 (essential – failure would result in a significant threat to "
                      "young people's safety, rights or dignity), Type 2 (expected) and Type 3 (desirable). All "
                      "Type 1 standards not met must be evidenced before accreditation can be awarded.")
    doc.add_paragraph("Status key: Complete – evidence submitted; On track; At risk; Off track.")
    heads = ["No.", "Standard not met (QNIC 11th edition)", "Type", "Reviewers' findings", "Action", "Lead",
             "Target date", "Status"]
    nrows = 1 + sum(1 if it[0] == "sect" else len(it[4]) for it in T5_DATA)
    t = doc.add_table(rows=nrows, cols=8)
    t.style = "Table Grid"
    for j, hd in enumerate(heads):
        set_cell(t.cell(0, j), hd, bold=True)
        shade(t.cell(0, j), "B4C6E7")
    stfill = {"Complete": "00B0F0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}
    r = 1
    for it in T5_DATA:
        if it[0] == "sect":
            m = t.cell(r, 0).merge(t.cell(r, 7))
            set_cell(m, it[1], bold=True)
            shade(m, "D9D9D9")
            r += 1
            continue
        _, std, typ, find, rows = it
        first = r
        for no, act, lead, tgt, stt, *_ in rows:
            set_cell(t.cell(r, 0), no)
            set_cell(t.cell(r, 4), act)
            set_cell(t.cell(r, 5), lead)
            set_cell(t.cell(r, 6), tgt)
            set_cell(t.cell(r, 7), stt)
            if stt in stfill:
                shade(t.cell(r, 7), stfill[stt])
            r += 1
        last = r - 1
        for col, txt in ((1, std), (2, typ), (3, find)):
            c = t.cell(first, col)
            if last > first:
                c = c.merge(t.cell(last, col))
            set_cell(c, txt)
    doc.add_paragraph("")
    doc.add_paragraph("Evidence for Type 1 standards to be submitted to the QNIC project team by 11 August 2025.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, hd in enumerate(["Agreed by", "Role", "Date"]):
        set_cell(t.cell(0, j), hd, bold=True)
    for j, v in enumerate(["", "Clinical Director, CAMHS", "06/05/2025"]):
        set_cell(t.cell(1, j), v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Hugh Baird College - external governance review action plan (csv, REFUSE: 0ct-25)
# ---------------------------------------------------------------------------
T6 = "jz1-hugh-baird-college-external-governance-review-action-plan-typo-month-refuse.csv"
T6_ROWS = [
    ["Hugh Baird College – External Review of Governance 2024: Action Plan", "", "", "", "", "", "", "", ""],
    ["Reviewer: Association of Colleges Governance Support (report received 18 November 2024). Monitored by "
     "the Search and Governance Committee.", "", "", "", "", "", "", "", ""],
    ["Update as at 27 May 2025", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", ""],
    ["Rec", "Theme", "Recommendation", "Action No", "Action", "Lead", "Target Date", "Progress Update", "RAG"],
    ["R1", "Board composition", "The Board should address the skills gaps identified in its skills audit, "
     "particularly in digital, estates and finance expertise.", "1.1",
     "Refresh the governor skills matrix and target recruitment for the two current vacancies at digital and "
     "finance skills.", "Director of Governance", "Jan-25", "Matrix refreshed; two governors appointed "
     "February 2025.", "Complete"],
    ["", "", "", "1.2", "Work with Sefton CVS and local employers to widen the diversity of applicants to the "
     "Board.", "Chair of Corporation / Director of Governance", "Jul-25",
     "Recruitment pack redesigned; outreach event held in April.", "Green"],
    ["R2", "Strategic oversight", "Governors should receive more concise, KPI-led reports that allow them to "
     "monitor progress against the strategic plan.", "2.1",
     "Introduce a one-page strategic KPI dashboard for each Corporation meeting.", "Principal", "Mar-25",
     "Dashboard used from the March 2025 meeting.", "Complete"],
    ["", "", "", "2.2", "Review the cover report template so that every paper states the decision required "
     "and the link to strategic risk.", "Director of Governance", "Apr-25", "New template in use.", "Complete"],
    ["R3", "Governance processes", "The Quality and Curriculum Committee should take more direct assurance on "
     "the quality of apprenticeships and provision for learners with high needs.", "3.1",
     "Schedule deep-dive reports on apprenticeships and high needs provision at each Quality and Curriculum "
     "Committee meeting in 2025/26.", "Vice Principal – Quality", "0ct-25", "Forward plan drafted.", "Green"],
    ["", "", "", "3.2", "Introduce link governor visits for apprenticeships and SEND, with a short written "
     "report to the committee after each visit.", "Clerk to the Corporation", "Dec-25", "Not started", ""],
    ["R4", "Governance processes", "The Board should carry out an annual self-assessment of its effectiveness "
     "between external reviews.", "4.1",
     "Complete the annual board self-assessment using the AoC framework and agree a governance development "
     "plan.", "Chair of Corporation", "Jul-25", "Survey issued May 2025.", "Green"],
    ["", "", "", "", "", "", "", "", ""],
    ["Summary: 7 actions – 3 complete, 3 green, 0 amber, 0 red, 1 not started", "", "", "", "", "", "", "", ""],
]
T6_REFUSE_LINE = 10  # 1-based line of the 0ct-25 row
EXPECTED[T6] = {
    "source": ("Imitates an FE college's action plan following its external review of governance (required "
               "every three years under DfE's 'External governance reviews: guide for FE college corporations "
               "and designated institutions', https://www.gov.uk/guidance/external-governance-reviews-guide-"
               "for-fe-college-corporations-and-designated-institutions), as monitored by a search and "
               "governance committee (Hugh Baird College, 2024–25), exported from a spreadsheet to CSV. "
               "Copied features: title, reviewer and update-date lines above the header, recommendation and "
               "theme given only on the first row of each recommendation (merged cells exported blank), "
               "numbered actions, job titles as leads, Mmm-yy target dates, Complete/Green/blank RAG, and a "
               "summary line at the end."),
    "reads": ("A CSV of seven actions answering four governance-review recommendations; the target date of "
              "action 3.1 on line 10 is written '0ct-25' with a zero for the letter O, which a careful reader "
              "would query before reading the plan as October 2025."),
    "outcome": "refuse",
    "accept_refusal": False,
    "refuse_at": T6_REFUSE_LINE,
    "title": "Hugh Baird College – External Review of Governance 2024: Action Plan",
}


def build_t6(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in T6_ROWS:
        w.writerow(row)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Hadleigh and Boxford Group Practice - IPC annual audit action plan (tab-separated txt)
# ---------------------------------------------------------------------------
T7 = "jz1-hadleigh-boxford-group-practice-ipc-annual-audit-action-plan.txt"
T7_TITLE = "Infection Prevention and Control – Annual Audit Action Plan 2025/26"
G1, G2, G3, G4, G5 = ("MANAGEMENT AND GOVERNANCE", "ENVIRONMENT", "HAND HYGIENE", "SHARPS",
                      "SPECIMENS AND WASTE")
# (ref, finding, action, by whom, by when, completed, rag, exp_lead, exp_end, exp_end_text, exp_status)
T7_DATA = [
    (G1, [
        ("MG3", "IPC policy not reviewed since 2022",
         "Review and update the practice IPC policy in line with the National IPC Manual for England and "
         "circulate to all staff for sign-off.", "IPC Lead", "31/10/2025", "24/10/2025", "B",
         ["IPC Lead"], "2025-10", None, "blue"),
        ("MG6", "Not all staff have completed annual IPC e-learning (74%)",
         "Send individual reminders and book protected time for outstanding staff; report compliance at the "
         "practice meeting.", "Practice Manager", "Nov-25", "", "G", ["Practice Manager"], "2025-11", None,
         "green"),
    ]),
    (G2, [
        ("ENV2", "Carpet in phlebotomy room",
         "Obtain quotes to replace the carpet in the phlebotomy room with sealed, coved vinyl flooring; add to "
         "the premises improvement grant bid.", "Practice Manager & Partners", "Q4 2025/26", "", "A",
         ["Practice Manager", "Partners"], "2026-03", "Q4 2025/26", "amber"),
        ("ENV5", "Dust on high surfaces and behind equipment in consulting rooms 3 and 4",
         "Agree a revised cleaning specification with the cleaning contractor to include weekly high-level "
         "dusting; spot-check monthly.", "Practice Manager / cleaning contractor", "30/11/2025", "", "G",
         ["Practice Manager", "cleaning contractor"], "2025-11", None, "green"),
    ]),
    (G3, [
        ("HH4", "No hand hygiene audit in last 12 months",
         "Carry out quarterly hand hygiene observation audits (10 staff per audit) using the IPS tool and feed "
         "back results to staff.", "IPC Lead", "Quarterly", "", "G", ["IPC Lead"], None, "Quarterly", "green"),
        ("HH7", "No alcohol hand rub at reception entrance",
         "Fit a wall-mounted alcohol hand rub dispenser at the reception entrance.", "Operations Manager",
         "Sep-25", "22/09/2025", "B", ["Operations Manager"], "2025-09", None, "blue"),
    ]),
    (G4, [
        ("SH2", "Sharps bins in rooms 2 and 6 not signed or dated on assembly",
         "Remind all clinical staff of sharps bin labelling at the clinical meeting; add to the weekly room "
         "check.", "Dr H Okafor / Lead Practice Nurse", "Oct-25", "15/10/2025", "B",
         ["Dr H Okafor", "Lead Practice Nurse"], "2025-10", None, "blue"),
    ]),
    (G5, [
        ("SW1", "Specimen fridge temperature not recorded daily",
         "Introduce a daily temperature log for the specimen fridge and include it in the nurses' end-of-day "
         "checklist.", "HCA Team Lead", "31/10/2025", "", "R", ["HCA Team Lead"], "2025-10", None, "red"),
        ("SW3", "Clinical waste bin in treatment room not foot-operated",
         "Replace with a foot-operated, lidded clinical waste bin.", "Operations Manager", "ASAP", "", "A",
         ["Operations Manager"], None, "ASAP", "amber"),
    ]),
]
EXPECTED[T7] = {
    "source": ("Imitates a GP practice's action plan from its annual infection prevention and control audit "
               "(Hadleigh and Boxford Group Practice, Suffolk, 2025/26), following the IPS-based primary care "
               "audit tool and 'action plan' template that ICBs/CCGs give practices (e.g. West Hampshire CCG "
               "useful resources page, https://www.westhampshireccg.nhs.uk/useful-resources) and practices' "
               "IPC annual statements. Exported from the practice's spreadsheet as tab-separated text. Copied "
               "features: practice name and title lines, an audit/compliance line and update date, upper-case "
               "audit section rows, audit question refs, 'By whom' / 'By when' / 'Date completed' columns, "
               "R/A/G/B letters with a key line at the foot, and a next-audit line."),
    "reads": ("A tab-separated action plan: after title lines and a header, five upper-case audit sections "
              "each list one or two audit standards not met (ref such as MG3, ENV2) with the action, who, by "
              "when, date completed and a RAG letter explained by the key at the bottom."),
    "outcome": "read",
    "accept_refusal": False,
    "title": T7_TITLE,
    "actions": [A(r[0], [g, r[1]], r[2], r[7], r[8], r[10], end_text=r[9]) for g, rows in T7_DATA for r in rows],
}


def build_t7(path):
    lines = [
        "Hadleigh and Boxford Group Practice",
        T7_TITLE,
        "Audit completed: 9 September 2025 by the IPC Lead (Lead Practice Nurse), with support from the ICB "
        "IPC team. Overall compliance: 88%.",
        "Updated: 5 November 2025",
        "",
        "\t".join(["Ref", "Audit standard not met", "Action required", "By whom", "By when", "Date completed",
                   "RAG"]),
    ]
    for g, rows in T7_DATA:
        lines.append(g)
        for r in rows:
            lines.append("\t".join(r[:7]))
    lines += [
        "",
        "RAG: R = overdue, A = in progress but at risk, G = on track, B = complete",
        "Next full audit due: September 2026",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


BUILDERS = {T1: build_t1, T2: build_t2, T3: build_t3, T4: build_t4, T5: build_t5, T6: build_t6, T7: build_t7}


class _D(yaml.SafeDumper):
    pass


_KEYS = {"source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions", "ref", "under",
         "action", "lead", "end", "end_text", "status"}


def _str(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s, style=None if s in _KEYS else '"')


_D.add_representer(str, _str)


def write_expected(name):
    exp = EXPECTED[name]
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"):
        if k in exp:
            doc[k] = exp[k]
    out = yaml.dump(doc, Dumper=_D, sort_keys=False, allow_unicode=True, width=100000,
                    default_flow_style=False)
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(out)


if __name__ == "__main__":
    for name, fn in BUILDERS.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
    if "--write-expected" in sys.argv:
        for name in BUILDERS:
            write_expected(name)
            print("wrote", name + ".expected.yaml")
