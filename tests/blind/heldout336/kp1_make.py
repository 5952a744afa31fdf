#!/usr/bin/env python
"""Build the seven kp1- blind test files (set heldout336).

Run with /work/main/.venv/bin/python kp1_make.py  (writes beside this script).
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

FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "hdr": "1F3864", "pri": "D9E1F2", "grey": "D9D9D9", "req": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day=1):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Paignton Academy - RISE targeted intervention school improvement plan (xlsx)
# ---------------------------------------------------------------------------
PAIGNTON_FILE = "kp1-paignton-academy-rise-targeted-intervention-improvement-plan.xlsx"
PAIGNTON_TITLE = "Paignton Academy – RISE Targeted Intervention School Improvement Plan 2025–26"
PAIGNTON = [
    ("Priority 1: Curriculum and teaching in key stage 3",
     "Leaders should ensure that the key stage 3 curriculum identifies the important knowledge pupils "
     "need to learn, and that teachers check pupils’ understanding carefully so that gaps are "
     "identified and addressed.",
     [
        ("1.1", "Map the key stage 3 curriculum in every subject to identify the essential knowledge for "
                "each unit and publish revised curriculum overviews on the website.",
         "Deputy Headteacher (Curriculum)", "Trust subject networks", d(2025, 9), (d(2025, 12), "mmm-yy"),
         "G", "B", "All 11 subjects complete; overviews published 5 December."),
        ("1.2", "Deliver weekly CPD on retrieval practice and checking for understanding, followed by "
                "drop-ins with developmental feedback.",
         "Assistant Headteacher (Teaching & Learning) / Trust Lead Practitioner", "RISE-funded coaching (£18k)",
         d(2025, 9), ("Summer term 2026", None), "G", "G",
         "CPD programme running; 86% of drop-ins show consistent checking for understanding."),
        ("1.3", "Introduce common end-of-unit assessments in maths and science and analyse gaps by pupil "
                "group, including disadvantaged pupils and pupils with SEND.",
         "Head of Maths; Head of Science", "Trust data team", d(2025, 10), (d(2026, 3, 31), "dd/mm/yyyy"),
         "A", "A", "Maths assessments in place. Science delayed by staffing – interim head of science from Feb."),
     ]),
    ("Priority 2: Reading and literacy",
     "Leaders should make sure that pupils who are behind in reading get the help they need to "
     "catch up quickly.",
     [
        ("2.1", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and place those reading "
                "below age-related expectations on the phonics or fluency intervention.",
         "SENDCo", "GL Assessment licence", d(2025, 9), (d(2025, 10), "mmm-yy"), "B", "B",
         "412 pupils screened; 63 on intervention."),
        ("2.2", "Train all tutors to deliver the disciplinary reading programme in tutor time and quality "
                "assure delivery through fortnightly learning walks.",
         "Reading Lead (KM)", "English hub", d(2025, 11), ("Ongoing", None), "G", "A",
         "Training complete. Learning walks show variable delivery in Year 9 – refresher planned."),
     ]),
    ("Priority 3: Attendance and behaviour",
     "Leaders should continue to take effective action to improve pupils’ attendance and reduce the "
     "number of suspensions.",
     [
        ("3.1", "Appoint an Attendance Officer and introduce daily first-day calling and weekly attendance "
                "panels for persistently absent pupils.",
         "Assistant Headteacher (Pastoral)", "Trust attendance lead", d(2025, 6), ("Sept 2025", None), "B", "B",
         "Officer in post 1 September. PA down from 31.2% to 26.8%."),
        ("3.2", "Review the behaviour policy with staff, pupils and parents and relaunch it with consistent "
                "classroom routines across all departments.",
         "Deputy Headteacher (Behaviour & Culture)", "—", d(2025, 9), (d(2026, 1), "mmm-yy"), "G", "G",
         "Relaunched 6 January with new routines booklet."),
        ("3.3", "Reduce suspensions by establishing the internal Reset Room with a reintegration plan for "
                "every pupil placed there.",
         "Deputy Headteacher (Behaviour & Culture) / Trust Inclusion Lead", "Alternative provision budget",
         d(2025, 10), ("April 2026", None), "A", "R",
         "Room not yet staffed – recruitment failed twice. Escalated to Trust Board 3 February."),
     ]),
    ("Priority 4: Leadership capacity and governance",
     None,
     [
        ("4.1", "Commission an external review of governance and act on its recommendations, including a "
                "skills audit and recruitment of two governors with education expertise.",
         "Chair of Local Governing Board; CEO", "NGA review", d(2025, 9), (d(2026, 2), "mmm-yy"), "G", "G",
         "Review received 20 January; one governor appointed."),
        ("4.2", "Develop middle leaders through the NPQLT/NPQSL programmes and a termly trust middle-leader "
                "network.",
         "Principal", "DfE NPQ funding", d(2025, 9), (d(2026, 7), "mmm-yy"), "G", "G",
         "7 leaders enrolled; network met twice."),
     ]),
]


def build_paignton():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = PAIGNTON_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Responsible body:", "Riviera Learning Trust"),
        ("RISE adviser:", "South West RISE team (Department for Education)"),
        ("Supporting organisation:", "Dartmoor Teaching School Hub"),
        ("Ofsted:", "Requires improvement (January 2024); previously Requires improvement (November 2021)"),
        ("Plan agreed:", "12 June 2025"),
        ("Version:", "v3 – Spring review, 10 February 2026"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [("B", "Complete – impact evidenced"), ("G", "On track"),
           ("A", "Some slippage – mitigations in place"), ("R", "Off track – escalate to Trust Board")]
    for i, (k, v) in enumerate(key, start=11):
        c = cov.cell(i, 1, k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Plan")
    ws["A1"] = "Paignton Academy – School Improvement Plan 2025–26 (RISE)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Reviewed each half term by the Trust Standards Committee and the RISE adviser. "
                "The Spring review column is the current position.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:J2")
    hdr = ["Ref", "Ofsted area for improvement", "Action", "Lead(s)", "Support / resource", "Start",
           "Milestone date", "Autumn review", "Spring review", "Progress commentary (Spring)"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for pri, afi, acts in PAIGNTON:
        ws.cell(r, 1, pri).font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(r, j).fill = fill(FILL["pri"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        for ref, action, lead, support, start, (end, fmt), aut, spr, comm in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, action)
            ws.cell(r, 4, lead)
            ws.cell(r, 5, support)
            c = ws.cell(r, 6, start)
            c.number_format = "mmm-yy"
            c = ws.cell(r, 7, end)
            if fmt:
                c.number_format = fmt
            for col, v in ((8, aut), (9, spr)):
                c = ws.cell(r, col, v)
                c.fill = fill(FILL[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
                c.font = Font(bold=True, color="FFFFFF" if v in "BR" else "000000")
            ws.cell(r, 10, comm)
            for j in range(1, 11):
                ws.cell(r, j).border = BOX
                if j not in (8, 9):
                    ws.cell(r, j).alignment = WRAP
            r += 1
        if afi:
            ws.cell(first, 2, afi)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(first, 2).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Spring review summary").font = Font(bold=True)
    counts = {}
    for _, _, acts in PAIGNTON:
        for a in acts:
            counts[a[7]] = counts.get(a[7], 0) + 1
    for lab, k in (("Complete (B)", "B"), ("On track (G)", "G"), ("Some slippage (A)", "A"),
                   ("Off track (R)", "R")):
        r += 1
        ws.cell(r, 1, lab)
        ws.cell(r, 2, counts.get(k, 0))
    r += 1
    ws.cell(r, 1, "Total actions").font = Font(bold=True)
    ws.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    widths = [7, 40, 55, 30, 22, 9, 14, 10, 10, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, PAIGNTON_FILE))


# ---------------------------------------------------------------------------
# 2. Peter Symonds College - Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
SYMONDS_FILE = "kp1-peter-symonds-college-ofsted-post-inspection-action-plan.docx"
SYMONDS_TITLE = "Peter Symonds College: Post-Inspection Action Plan 2024–25"
SYMONDS = [
    ("Area for improvement 1",
     "Leaders should ensure that teachers of adult learners on Access to Higher Education courses use "
     "assessment consistently to identify and close gaps in learners’ knowledge.",
     [
        ("1.1", ["Introduce a standard diagnostic assessment in the first three weeks of every Access to HE "
                 "unit and record gaps on the learner’s individual learning plan."],
         "Head of Adult Education", "December 2024", "Complete",
         "Diagnostics used in all 14 units from January intake; ILP gaps reviewed at progress boards."),
        ("1.2", ["Run a programme of three twilight CPD sessions on formative assessment for all Access tutors.",
                 "Follow up with paired observations focused on questioning."],
         "Head of Adult Education / Teaching and Learning Coach", "31/03/2025", "Green",
         "Three sessions delivered. Paired observations 9 of 12 complete."),
        ("1.3", ["Sample marked assignments each half term to check that feedback tells learners clearly how "
                 "to improve."],
         "Quality Manager", "Ongoing – each half term", "Green",
         "Samples in November and February show improvement; 2 tutors supported."),
     ]),
    ("Area for improvement 2",
     "Leaders should make sure that all students, including those on one-year programmes, receive a "
     "planned programme of careers guidance that prepares them well for their next steps.",
     [
        ("2.1", ["Map the careers programme against the Gatsby benchmarks for one-year and two-year students "
                 "and close the gaps identified."],
         "Head of Careers and Higher Education", "January 2025", "Complete",
         "Compass+ evaluation complete; benchmark 7 encounters added for one-year students."),
        ("2.2", ["Provide a one-to-one careers interview with a level 6 qualified adviser for every student on "
                 "a one-year programme."],
         "Head of Careers and Higher Education", "April 2025", "Amber",
         "71% seen to date. Two advisers on long-term absence; agency adviser booked for April."),
        ("2.3", ["Track students’ destinations and progression applications through the tutor dashboard and "
                 "report to the Quality and Standards Committee."],
         "JH/RM", "July 2025", "Green", "Dashboard live; first report to June committee."),
     ]),
    ("Area for improvement 3",
     "Leaders should strengthen the monitoring of attendance in the small number of subjects where "
     "students’ attendance at lessons remains too low.",
     [
        ("3.1", ["Introduce weekly subject-level attendance reports for heads of department, with escalation "
                 "to the senior team for subjects below 92%."],
         "Assistant Principal (Student Services)", "Nov 2024", "Complete", "Reports issued weekly since 11 November."),
        ("3.2", ["Hold attendance review meetings with the heads of the five subjects with the lowest "
                 "attendance and agree individual improvement targets."],
         "Assistant Principal (Student Services); Heads of Department", "End of February 2025", "Red",
         "Meetings held for three subjects only; remaining two rescheduled after exams."),
     ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, paras, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold


def build_symonds():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(SYMONDS_TITLE, style="Title")
    doc.add_paragraph("Following the Ofsted inspection of 5–8 November 2024 (report published 17 December 2024). "
                      "Overall effectiveness: Good.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Vice Principal (Curriculum and Quality)"),
                 ("Approved by", "Quality and Standards Committee, 29 January 2025"),
                 ("Version", "2.1 – progress update, May 2025"),
                 ("Next review", "September 2025")]:
        row = t.add_row().cells
        set_cell(row[0], [k], bold=True)
        set_cell(row[1], [v])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Each area for improvement below is taken word for word from the inspection report. Progress is "
        "reviewed by the Senior Leadership Team monthly and reported to each Quality and Standards Committee.")
    for head, afi, acts in SYMONDS:
        doc.add_paragraph(head, style="Heading 1")
        p = doc.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Target date", "RAG",
                                          "Progress update – May 2025"]):
            set_cell(c, [h], bold=True)
            shade(c, "D9E2F3")
        for ref, paras, lead, date, rag, prog in acts:
            cells = t.add_row().cells
            set_cell(cells[0], [ref])
            set_cell(cells[1], paras)
            set_cell(cells[2], [lead])
            set_cell(cells[3], [date])
            set_cell(cells[4], [rag])
            shade(cells[4], {"Complete": "8EAADB", "Green": "A8D08D", "Amber": "FFD966",
                             "Red": "FF7C80"}[rag])
            set_cell(cells[5], [prog])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, col in [("Complete", "Action completed and impact evaluated", "8EAADB"),
                      ("Green", "On track to meet target date", "A8D08D"),
                      ("Amber", "Slipping – remedial action identified", "FFD966"),
                      ("Red", "Not on track – SLT intervention required", "FF7C80")]:
        row = t.add_row().cells
        set_cell(row[0], [k], bold=True)
        shade(row[0], col)
        set_cell(row[1], [v])
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Principal and Chair of the Corporation")
    doc.save(os.path.join(HERE, SYMONDS_FILE))


# ---------------------------------------------------------------------------
# 3. University of West London - Ofsted apprenticeships PIAP, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
UWL_FILE = "kp1-university-of-west-london-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"
UWL_TITLE = "University of West London – Apprenticeships Post-Inspection Action Plan (PIAP)"
UWL_HEADER_ROW = 5
UWL = [
    ("Quality of education",
     "Leaders should ensure that apprentices’ off-the-job training is planned and coordinated with employers "
     "so that apprentices can apply their new learning in the workplace.",
     [
        ("1.1", "Hold a tripartite planning meeting with each employer at the start of every module and record "
                "agreed workplace activities in the training plan.",
         "Apprenticeship Programme Leads", "Sep 2024", "", "B", "Meetings recorded for 94% of apprentices."),
        ("1.2", "Publish employer guides for each standard showing how each module links to workplace tasks.",
         "Head of Apprenticeships", "Nov 2024", "Jan 2025", "B", "Guides live for all 9 standards."),
     ]),
    (None,
     "Leaders should ensure that tutors set and check individual targets that help apprentices make swift "
     "progress, including those at risk of falling behind.",
     [
        ("1.3", "Introduce an at-risk register reviewed fortnightly by programme leads, with an individual "
                "support plan for each apprentice on it.",
         "Apprenticeship Quality Manager", "Dec 2024", "", "G", "Register live; 37 apprentices on support plans."),
     ]),
    ("Leadership and management",
     "Leaders and managers should improve the quality and frequency of progress reviews so that employers "
     "contribute fully and reviews take place every twelve weeks.",
     [
        ("2.1", "Move all progress reviews onto the e-portfolio with a twelve-weekly automated schedule and "
                "employer sign-off.",
         "Head of Apprenticeships / Systems Manager", "Oct 2024", "", "B", "Live from October; 98% reviews in date."),
        ("2.2", "Train all skills coaches and academic tutors in conducting effective tripartite reviews and "
                "audit a 10% sample termly.",
         "Apprenticeship Quality Manager", "Dec 2024", "Febuary 2025", "A",
         "Training delivered to 31 of 40 staff; audit sample postponed."),
        ("2.3", "Report progress-review compliance by school to the Apprenticeship Quality Board each meeting.",
         "PVC Education", "Jan 2025", "", "G", "Standing item from January board."),
     ]),
    ("Personal development",
     "Leaders should make sure that apprentices develop their understanding of the risks of radicalisation "
     "and extremism relevant to their workplace and local area.",
     [
        ("3.1", "Embed a Prevent and British values topic in every progress review with prompts relevant to "
                "each sector.",
         "Designated Safeguarding Lead", "Mar 2025", "", "G", "Prompts written; rollout from March reviews."),
        ("3.2", "Issue a monthly safeguarding and Prevent bulletin to apprentices and employers.",
         "Designated Safeguarding Lead; Marketing Officer", "Ongoing", "", "G", "Bulletins issued since November."),
     ]),
]
UWL_TYPO_ROW = None  # set by build


def build_uwl():
    global UWL_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = UWL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection: 23–26 April 2024 | Overall effectiveness: Requires improvement"
    ws["A3"] = "Owner: Head of Apprenticeships | Reported to: Apprenticeship Quality Board | Update: March 2025"
    hdr = ["Theme", "Ofsted area for improvement", "Ref", "Action", "Owner", "Original target",
           "Revised target", "RAG (Mar 25)", "Progress / evidence"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(UWL_HEADER_ROW, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = UWL_HEADER_ROW + 1
    for theme, afi, acts in UWL:
        for i, (ref, act, own, orig, rev, rag, prog) in enumerate(acts):
            if i == 0:
                if theme:
                    ws.cell(r, 1, theme).font = Font(bold=True)
                ws.cell(r, 2, afi)
            vals = [ref, act, own, orig, rev or None, rag, prog]
            for j, v in enumerate(vals, start=3):
                if v is not None:
                    ws.cell(r, j, v)
            if rev == "Febuary 2025":
                UWL_TYPO_ROW = r
            c = ws.cell(r, 8)
            c.fill = fill(FILL[rag])
            c.alignment = Alignment(horizontal="center", vertical="top")
            for j in range(1, 10):
                ws.cell(r, j).border = BOX
                if j != 8:
                    ws.cell(r, j).alignment = WRAP
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: Revised targets agreed at Apprenticeship Quality Board, 14 January 2025. "
                  "RAG: B = complete, G = on track, A = at risk, R = off track.").font = Font(italic=True)
    for j, w in enumerate([18, 42, 6, 55, 30, 12, 14, 9, 42]):
        ws.column_dimensions[chr(65 + j)].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "PIAP summary – March 2025"
    s["A1"].font = Font(bold=True)
    counts = {}
    for _, _, acts in UWL:
        for a in acts:
            counts[a[5]] = counts.get(a[5], 0) + 1
    s.append([])
    s.append(["RAG", "Actions"])
    for k in "BGAR":
        s.append([k, counts.get(k, 0)])
    s.append(["Total", sum(counts.values())])

    lg = wb.create_sheet("Change log")
    lg.append(["Date", "Change", "By"])
    lg.append(["14/06/2024", "PIAP v1 approved by Apprenticeship Quality Board", "Head of Apprenticeships"])
    lg.append(["14/01/2025", "Revised targets for actions 1.2 and 2.2 agreed", "Apprenticeship Quality Manager"])
    lg.append(["10/03/2025", "March RAG update", "Apprenticeship Quality Manager"])
    wb.save(os.path.join(HERE, UWL_FILE))


# ---------------------------------------------------------------------------
# 4. Sheffield Teaching Hospitals - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
STH_FILE = "kp1-sheffield-teaching-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"
STH_TITLE = "Sheffield Teaching Hospitals NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
UEC = "Urgent and emergency care – Northern General Hospital"
MED = "Medical care (including older people’s care) – Royal Hallamshire Hospital"
# (core service, requirement, [(ref, reg, action, lead, orig, revised, prev, curr, update)])
STH_MUST = [
    (UEC, "MD1: The trust must ensure that patients attending the emergency department are triaged within "
          "15 minutes of arrival.",
     [("MD1.1", "Reg 12", "Introduce a streaming nurse at the front door from 08:00 to 02:00, seven days a week.",
       "ED Matron", d(2024, 11, 30), None, "G", "B",
       "Rota in place since 4 November; audit shows 91% within 15 minutes."),
      ("MD1.2", "Reg 12", "Install the electronic triage timer on the ED dashboard and report breaches at the daily "
                "safety huddle.",
       "Head of Digital Transformation / ED General Manager", d(2024, 12, 31), d(2025, 3, 31), "A", "A",
       "Supplier delay; go-live moved to March."),
      ]),
    (UEC, "MD2: The trust must ensure that staff complete and document mental capacity assessments for patients "
          "who may lack capacity to consent.",
     [("MD2.1", "Reg 11", "Deliver MCA level 2 training to all ED registered staff and add an MCA prompt to the "
                "electronic patient record.",
       "Associate Director of Safeguarding", d(2025, 1, 31), None, "G", "G",
       "Training compliance 78% (target 90%); EPR prompt live."),
      ]),
    (MED, "MD3: The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on "
          "medical wards at night.",
     [("MD3.1", "Reg 18", "Complete the SNCT establishment review for all medical wards and present funded uplift "
                "to the Finance and Performance Committee.",
       "Deputy Chief Nurse", d(2024, 10, 31), None, "B", "B", "Approved October; 14.6 WTE recruited."),
      ("MD3.2", "Reg 18", "Escalate unfilled night shifts through the twice-daily staffing meeting and record "
                "mitigations on SafeCare.",
       "Head of Nursing – Medicine", d(2024, 12, 31), d(2025, 2, 28), "R", "A",
       "Fill rate 93% in January; SafeCare recording at 80%."),
      ]),
    (MED, "MD4: The trust must ensure that medicines, including controlled drugs, are stored securely and fridge "
          "temperatures are monitored daily.",
     [("MD4.1", "Reg 12", "Fit digital fridge temperature monitoring on all medical wards and add CD checks to "
                "the ward accreditation audit.",
       "Chief Pharmacist", d(2025, 3, 31), None, "G", "G", "Monitors fitted on 18 of 22 wards."),
      ]),
]
STH_SHOULD = [
    (UEC, "SD1: The trust should ensure that pain scores are recorded and analgesia given in a timely way.",
     [("SD1.1", None, "Add pain score to triage documentation and audit time to analgesia monthly.",
       "ED Clinical Lead; Lead Nurse for Pain", d(2025, 1, 31), None, "G", "B",
       "Audit: 84% within 30 minutes (baseline 61%)."),
      ]),
    (UEC, "SD2: The trust should ensure that cleaning schedules in the paediatric emergency area are completed.",
     [("SD2.1", None, "Introduce a daily cleaning checklist signed off by the nurse in charge and spot-checked by "
                "the matron weekly.",
       "ED Matron", d(2024, 11, 30), None, "B", "B", "Checklist embedded."),
      ]),
    (MED, "SD3: The trust should ensure that patients’ nutrition and hydration charts are fully completed.",
     [("SD3.1", None, "Relaunch the red tray and water jug scheme and include fluid balance in the monthly "
                "nursing metrics.",
       "Head of Nursing – Medicine", d(2025, 2, 28), d(2025, 4, 30), "A", "R",
       "Metrics show 58% completion; deep dive commissioned."),
      ]),
    (MED, "SD4: The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
     [("SD4.1", None, "Build a ward-level discharge summary compliance report and review it at the medical "
                "directorate governance meeting.",
       "Clinical Director for Acute Medicine", d(2025, 3, 31), None, "G", "G", "Report built; first review February."),
      ]),
]


def build_sth():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = STH_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Northern General Hospital and Royal Hallamshire Hospital"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Inspection: 14–16 May 2024; report published 9 October 2024"
    s["A4"] = "Position as at 31 January 2025 – Quality Committee, 26 February 2025"
    s["A6"] = "BRAG key"
    s["A6"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Completed and evidence approved by Quality Committee"),
                                ("G", "On track"), ("A", "At risk of delay"), ("R", "Off track / overdue")],
                               start=7):
        s.cell(i, 1).fill = fill(FILL[k])
        s.cell(i, 2, v)
    s["A12"] = "Position"
    s["A12"].font = Font(bold=True)
    hdr = ["", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, start=1):
        s.cell(13, j, h).font = Font(bold=True)
    tot = [0] * 5
    for i, (lab, data) in enumerate((("Must do", STH_MUST), ("Should do", STH_SHOULD)), start=14):
        acts = [a for _, _, aa in data for a in aa]
        row = [len(acts)] + [sum(1 for a in acts if a[7] == k) for k in "BGAR"]
        s.cell(i, 1, lab)
        for j, v in enumerate(row, start=2):
            s.cell(i, j, v)
            tot[j - 2] += v
    s.cell(16, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        s.cell(16, j, v).font = Font(bold=True)
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 50

    for name, data, must in (("Must Do", STH_MUST, True), ("Should Do", STH_SHOULD, False)):
        ws = wb.create_sheet(name)
        ws["A1"] = ("MUST DO actions – breaches of the Health and Social Care Act 2008 (Regulated Activities) "
                    "Regulations 2014" if must else "SHOULD DO actions – to improve services")
        ws["A1"].font = Font(bold=True, size=12)
        hdr = (["Ref", "Regulation"] if must else ["Ref"]) + [
            "Action", "Lead", "Original completion date", "Revised completion date", "Previous BRAG",
            "Current BRAG", "Progress update / evidence"]
        ncol = len(hdr)
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(3, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("005EB8")
            c.alignment = WRAP
            c.border = BOX
        r = 4
        cur_service = None
        for service, req, acts in data:
            if service != cur_service:
                ws.cell(r, 1, service).font = Font(bold=True)
                for j in range(1, ncol + 1):
                    ws.cell(r, j).fill = fill(FILL["grey"])
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
                cur_service = service
                r += 1
            ws.cell(r, 1, req).font = Font(bold=True, italic=True)
            ws.cell(r, 1).alignment = WRAP
            for j in range(1, ncol + 1):
                ws.cell(r, j).fill = fill(FILL["req"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 30
            r += 1
            for ref, reg, act, lead, orig, rev, prev, curr, upd in acts:
                vals = [ref] + ([reg] if must else []) + [act, lead, orig, rev]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                base = len(vals)
                ws.cell(r, base + 1).fill = fill(FILL[prev])
                ws.cell(r, base + 2).fill = fill(FILL[curr])
                c = ws.cell(r, base + 3, upd)
                c.alignment = WRAP
                for j in range(1, ncol + 1):
                    ws.cell(r, j).border = BOX
                r += 1
        widths = ([9, 11] if must else [9]) + [55, 32, 14, 14, 10, 10, 45]
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w
    wb.save(os.path.join(HERE, STH_FILE))


# ---------------------------------------------------------------------------
# 5. Compass House Medical Centres - GP CQC inspection action plan (csv)
# ---------------------------------------------------------------------------
COMPASS_FILE = "kp1-compass-house-medical-centres-cqc-inspection-action-plan.csv"
COMPASS_TITLE = "Compass House Medical Centres – CQC Action Plan"
COMPASS_HEADER = ["Key question", "Finding / requirement", "Ref", "Action", "Responsible", "Target date",
                  "Status", "Update"]
COMPASS = [
    ("Safe",
     "Requirement notice – Regulation 12: The provider must ensure that patients prescribed high-risk medicines "
     "are monitored in line with national guidance.",
     [("1a", "Run monthly searches for patients on DMARDs, lithium and warfarin and recall anyone overdue "
             "monitoring before the next prescription is issued.",
       "Dr S Bennett (Clinical Lead)", "31/12/2024", "Complete",
       "Searches set up on SystmOne; 42 patients recalled, 0 overdue at January search."),
      ("1b", "Audit 20 high-risk medicine records each quarter and share the results at the clinical meeting.",
       "SB/KT", "Quarterly", "Green", "Q3 audit 95% compliant.")]),
    (None,
     "Requirement notice – Regulation 12: The provider must ensure that medicines and safety alerts are acted on "
     "and the action taken is recorded.",
     [("2a", "Set up a shared alerts log with a named clinician to review each MHRA alert within 48 hours and "
             "record searches and outcomes.",
       "Clinical Pharmacist", "Jan-25", "Complete", "Log in use; retrospective alerts since 2023 reviewed.")]),
    (None,
     "The provider should improve the process for recording and learning from significant events.",
     [("3a", "Adopt the LFPSE reporting process and hold a significant event review at the monthly practice "
             "meeting.",
       "Practice Manager", "March 2025", "Amber", "Training booked for 19 March.")]),
    ("Effective",
     "The provider should take action to improve the uptake of childhood immunisations and cervical screening.",
     [("4a", "Offer Saturday immunisation clinics each month and text reminders to parents of children who "
             "have missed appointments.",
       "Lead Practice Nurse", "30/04/2025", "Green", "Two Saturday clinics held; uptake 88.4%."),
      ("4b", "Contact women overdue cervical screening by phone and offer appointments at both sites.",
       "Nurse Manager / Practice Manager", "Q1 2025/26", "Not started", "")]),
    ("Responsive",
     "The provider should continue to improve patient satisfaction with telephone access.",
     [("5a", "Move to the cloud-based telephony system with call-back and queue position, and review call data "
             "with the Patient Participation Group.",
       "Practice Manager", "End of May 2025", "Green", "Contract signed; installation date 6 May.")]),
    ("Well-led",
     "Requirement notice – Regulation 17: The provider must ensure that governance systems keep staff training, "
     "including safeguarding and infection control, up to date.",
     [("6a", "Create a training matrix for all staff and report compliance at each partners’ meeting.",
       "Assistant Practice Manager", "28/02/2025", "Complete", "Matrix in place; compliance 97%."),
      ("6b", "Complete outstanding safeguarding level 3 training for all GPs and nurses.",
       "Dr S Bennett (Clinical Lead)", "31/03/2025", "Red", "3 clinicians outstanding – course cancelled by ICB.")]),
]
COMPASS_LINES = {}  # ref -> line number, set by build


def build_compass():
    n = len(COMPASS_HEADER)
    rows = [
        [COMPASS_TITLE] + [""] * (n - 1),
        ["Following CQC inspection on 9 October 2024 (report published 2 December 2024) – overall rating: "
         "Requires improvement"] + [""] * (n - 1),
        ["Registered manager: Mrs K Tomlinson, Practice Manager. Last updated 15/01/2025"] + [""] * (n - 1),
        [""] * n,
        COMPASS_HEADER,
    ]
    for kq, finding, acts in COMPASS:
        for i, (ref, act, lead, date, status, upd) in enumerate(acts):
            rows.append([kq if (i == 0 and kq) else "", finding if i == 0 else "", ref, act, lead, date,
                         status, upd])
            COMPASS_LINES[ref] = len(rows)
    rows.append([""] * n)
    rows.append(["Key: Complete = action completed and evidence held; Green = on track; Amber = some delay; "
                 "Red = overdue"] + [""] * (n - 1))
    rows.append(["Total actions: 9"] + [""] * (n - 1))
    rows.append(["Plan reviewed at partners’ meeting 15/01/2025. Next review 12/03/2025."] + [""] * (n - 1))
    with open(os.path.join(HERE, COMPASS_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 6. Priory Hospital Ticehurst House - CQC mental health must do / should do (txt)
# ---------------------------------------------------------------------------
TICEHURST_FILE = "kp1-priory-hospital-ticehurst-house-cqc-must-should-do-action-plan.txt"
TICEHURST_TITLE = "PRIORY HOSPITAL TICEHURST HOUSE – CQC INSPECTION ACTION PLAN"
ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
CAMHS = "Child and adolescent mental health wards"
TICEHURST = [
    (ACUTE, [
        ("Must do 1",
         "The provider must ensure that staff monitor and record patients’ physical health after the "
         "administration of rapid tranquillisation, in line with policy.",
         "Regulation 12: Safe care and treatment",
         [("1.1", "Audit every rapid tranquillisation episode within 72 hours and feed back to the nurse "
                  "in charge.", "Director of Clinical Services", "31/10/2024", "B",
           "Audit in place since September; compliance 96% in December."),
          ("1.2", "Add a rapid tranquillisation observation chart to the electronic record with automatic "
                  "prompts at 15-minute intervals.", "Ward Manager (Upper Court) / Lead Nurse", "Nov 2024", "B",
           "Chart live 18 November.")]),
        ("Must do 2",
         "The provider must ensure that ligature risk assessments are reviewed and that mitigations are "
         "known to all staff.",
         "Regulation 15: Premises and equipment",
         [("2.1", "Complete a full ligature risk assessment of both acute wards and brief all staff on the "
                  "ward heat map at handover.", "Hospital Director", "December 2024", "G",
           "Assessment complete; staff sign-off at 84%.")]),
        ("Should do 1",
         "The provider should ensure that patients have access to a range of therapeutic activities at "
         "weekends.",
         None,
         [("S1.1", "Extend the occupational therapy timetable to Saturday and Sunday afternoons using the "
                   "activity coordinator post.", "Head of Therapies", "Ongoing (monthly audit)", "G",
           "Weekend programme running; 3 of 4 weekends delivered in January.")]),
    ]),
    (CAMHS, [
        ("Must do 3",
         "The provider must ensure that young people’s care plans are personalised, holistic and reflect "
         "their views.",
         "Regulation 9: Person-centred care",
         [("3.1", "Rewrite all care plans with each young person using the My Care Plan template and record "
                  "their views in their own words.", "Consultant Psychiatrist (CAMHS); Ward Manager (Rotherfield)",
           "28/02/2025", "A", "11 of 15 care plans rewritten; two agency staff still to be trained."),
          ("3.2", "Audit five care plans per week and report themes to the clinical governance meeting.",
           "Quality and Compliance Lead", "Q4 2024/25", "G", "Weekly audit started 6 January.")]),
        ("Should do 2",
         "The provider should ensure that all staff receive regular supervision.",
         None,
         [("S2.1", "Set a monthly supervision schedule for all ward staff and monitor compliance on the "
                   "training dashboard.", "Director of Clinical Services; Training Lead", "January 2025", "R",
           "Compliance 62% – below the 85% target due to vacancies.")]),
        ("Should do 3",
         "The provider should ensure that young people can contact advocacy services easily.",
         None,
         [("S3.1", "Arrange weekly advocate drop-ins on the ward and display advocacy contact details in "
                   "every bedroom.", "Medical Director", "30 April 2025", "B",
           "Weekly drop-in started; posters displayed.")]),
    ]),
]
TICEHURST_LINES = {}


def build_ticehurst():
    L = []
    L.append(TICEHURST_TITLE)
    L.append("Core services: Acute wards / PICU; Child and adolescent mental health wards")
    L.append("Inspection: 11–13 June 2024     Report published: 20 August 2024")
    L.append("Plan owner: Hospital Director     Version 4 – updated 03/02/2025")
    L.append("")
    L.append("RAG key:  B = complete and evidenced   G = on track   A = at risk   R = off track")
    L.append("")
    for service, items in TICEHURST:
        L.append("=" * 78)
        L.append(service)
        L.append("=" * 78)
        L.append("")
        for label, req, reg, acts in items:
            L.append(label)
            L.append(req)
            if reg:
                L.append(reg)
            L.append("")
            for ref, act, lead, due, rag, upd in acts:
                L.append(f"  Action {ref}  {act}")
                TICEHURST_LINES[ref] = len(L)
                L.append(f"      Lead:    {lead}")
                L.append(f"      Target:  {due}")
                L.append(f"      RAG:     {rag}")
                L.append(f"      Update:  {upd}")
                L.append("")
    L.append("-" * 78)
    acts = [a for _, items in TICEHURST for it in items for a in it[3]]
    c = {k: sum(1 for a in acts if a[4] == k) for k in "BGAR"}
    L.append(f"Summary: {len(acts)} actions – {c['B']} complete (B), {c['G']} on track (G), "
             f"{c['A']} at risk (A), {c['R']} off track (R)")
    L.append("Prepared by: Quality and Compliance Lead. Reviewed at Hospital Governance Meeting 05/02/2025.")
    with open(os.path.join(HERE, TICEHURST_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------------------
# 7. HM Passport Office - PAC recommendations implementation progress report (docx)
# ---------------------------------------------------------------------------
HMPO_FILE = "kp1-hm-passport-office-pac-recommendations-implementation-progress-report.docx"
HMPO_TITLE = "HM Passport Office: Public Accounts Committee Recommendations – Implementation Progress Report"
HMPO = [
    ("1. Customer experience and communication", [
        ("PAC recommendation 1: HMPO should set out how it will improve its understanding of customers’ "
         "experience, including those who contact their MP, and publish customer satisfaction data.",
         [("1.1", "Introduce an end-to-end customer satisfaction survey for online and paper applicants.",
           "Head of Customer Insight", "June 2024", "Complete", "Survey live since May 2024; 41,000 responses."),
          ("1.2", "Publish quarterly customer satisfaction and processing-time data alongside the HMPO "
                  "transparency data.",
           "Deputy Director Performance & Planning", "Q4 2024-25", "Green",
           "First publication scheduled for February 2025."),
          ("1.3", "Analyse MP correspondence by reason for contact and feed findings into the annual "
                  "demand plan.",
           "Head of Customer Insight / MP Account Manager", "31 March 2025", "Amber",
           "Analysis complete for 2023; 2024 data delayed by system migration.")]),
        ("PAC recommendation 2: HMPO should write to the Committee setting out how it will reduce avoidable "
         "contact and the number of applications delayed by missing supporting documents.",
         [("2.1", "Redesign the online application journey to check supporting documents before submission.",
           "Director of Customer Services", "September 2024", "Complete", "Released September 2024."),
          ("2.2", "Introduce proactive text and email updates at each stage of the application.",
           "Director of Customer Services", "Ongoing", "Green", "Stage 1 and 2 notifications live.")]),
    ]),
    ("2. Capacity, digital transformation and contractors", [
        ("PAC recommendation 3: HMPO should set out a realistic plan and timetable for completing its digital "
         "application processing programme.",
         [("3.1", "Rebaseline the digital application processing programme and agree the plan with the Home "
                  "Office Portfolio and Investment Committee.",
           "Chief Digital Officer / Director of Operations", "December 2024", "Complete",
           "Rebaseline approved 11 December 2024."),
          ("3.2", "Decommission the legacy examination system once all application types are processed "
                  "digitally.",
           "Chief Digital Officer", "TBC – subject to Spending Review", "Red",
           "Dependent on funding decision; risk escalated to the Home Office Executive Committee.")]),
        ("PAC recommendation 4: HMPO should strengthen its management of contractors’ performance, including the "
         "courier and customer contact contracts.",
         [("4.1", "Introduce monthly service credit reporting for the courier contract and review it at the "
                  "Commercial Board.",
           "Head of Commercial (HMPO)", "31/10/2024", "Complete", "In place from October 2024."),
          ("4.2", "Re-procure the customer contact service with performance measures on call answering and "
                  "first-contact resolution.",
           "Head of Commercial (HMPO)", "Q2 2025-26", "Green", "Market engagement complete; tender issued January.")]),
    ]),
]


def build_hmpo():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph("OFFICIAL")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(HMPO_TITLE, style="Title")
    doc.add_paragraph("Report to the Home Office Audit and Risk Assurance Committee – 21 January 2025")
    doc.add_paragraph("Public Accounts Committee report: HM Passport Office performance in 2022 (HC 738, "
                      "Session 2022–23). The Treasury Minute accepted all recommendations. This report sets out "
                      "HMPO’s actions in response and their status at 31 December 2024.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Senior Responsible Owner", "Director General, HM Passport Office"),
                 ("Prepared by", "HMPO Performance and Risk Team"),
                 ("Version", "1.4"),
                 ("Date", "10 January 2025"),
                 ("Classification", "OFFICIAL")]:
        row = t.add_row().cells
        set_cell(row[0], [k], bold=True)
        shade(row[0], "E7E6E6")
        set_cell(row[1], [v])
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action delivered and closed by the Senior Responsible Owner; "
                      "Green – on track; Amber – at risk, mitigation in place; Red – will not be delivered by "
                      "the target date.")
    for section, recs in HMPO:
        doc.add_paragraph(section, style="Heading 1")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Target date", "Status",
                                          "Progress at December 2024"]):
            set_cell(c, [h], bold=True)
            shade(c, "1D1D1B")
            for r_ in c.paragraphs[0].runs:
                r_.font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(0xFF, 0xFF, 0xFF)
        for rec, acts in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, [rec], bold=True)
            shade(m, "D9D9D9")
            for ref, act, own, date, status, prog in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, own, date, status, prog]):
                    set_cell(c, [v])
        doc.add_paragraph("")
    doc.add_paragraph("Next report: July 2025.")
    doc.save(os.path.join(HERE, HMPO_FILE))


def build_all():
    build_paignton()
    build_symonds()
    build_uwl()
    build_sth()
    build_compass()
    build_ticehurst()
    build_hmpo()


if __name__ == "__main__":
    build_all()
    print("built 7 files in", HERE)
    print("UWL typo row:", UWL_TYPO_ROW)
