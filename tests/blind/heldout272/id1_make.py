"""Build the seven id1- data files of set heldout272.

Run with /work/main/.venv/bin/python id1_make.py (writes beside this script).
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "00B0F0", "G": "92D050", "A": "FFC000", "R": "FF0000",
    "Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Hall Cross Academy - post-Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
HALL_TITLE = "Hall Cross Academy – Post-Ofsted Action Plan 2024–25"
HALL = [
    ("Quality of education", [
        ("In some subjects, the curriculum does not identify precisely the knowledge that pupils "
         "should learn and the order in which they should learn it. Leaders should ensure that "
         "curriculum thinking in these subjects sets out the important knowledge pupils need to "
         "know and remember.", [
             ("QE1.1",
              "Heads of Faculty to review Key Stage 3 curriculum maps in humanities, MFL and technology "
              "so that core knowledge is set out half term by half term.",
              "Revised maps in place for all three faculties; QA confirms sequencing.",
              "Deputy Headteacher (Curriculum)", "Standards Committee", "July 2024", "A", "B",
              "All maps revised and published on the curriculum drive; QA review 5 June 2024."),
             ("QE1.2",
              "Knowledge organisers rewritten for Years 7–9 in every foundation subject and shared with "
              "families through the academy website.",
              "Knowledge organisers live on website and used in weekly retrieval homework.",
              "Heads of Faculty", "Standards Committee", "Autumn term 2024", "G", "G",
              "History, geography and RE complete; remaining subjects drafted."),
             ("QE1.3",
              "Curriculum deep dives by SLT link (two per half term), with findings reported to the "
              "Local Governing Body.",
              "Deep dive schedule met; findings acted on within the half term.",
              "DHT Curriculum / SLT links", "LGB", "Termly", "G", "G",
              "Six deep dives completed this year."),
         ]),
        ("Teachers do not check consistently well that pupils have understood what they have been "
         "taught. Leaders should ensure that teachers use assessment to identify and address pupils’ "
         "misconceptions and gaps in knowledge.", [
             ("QE2.1",
              "Whole-staff CPD on checking for understanding delivered through weekly teaching and "
              "learning briefings:\n- cold calling\n- mini whiteboards\n- hinge questions",
              "Learning walks show checking for understanding in 80% of lessons.",
              "AHT Teaching & Learning", "Standards Committee", "Dec 2024", "G", "A",
              "Briefings running; learning walk figure 64% in May – further coaching planned."),
             ("QE2.2",
              "Instructional coaching extended to all teachers in their first three years, with "
              "fortnightly drop-ins and action steps recorded on StepLab.",
              "All eligible staff coached; action steps closed within two weeks.",
              "Lead Practitioner; ECT Mentor Lead", "Headteacher", "Spring term 2025", "G", "G",
              "22 of 24 staff on the coaching programme."),
         ]),
    ]),
    ("Behaviour and attitudes", [
        ("Too many pupils, particularly those who are disadvantaged, are persistently absent from "
         "school. Leaders should continue to take effective action to improve the attendance of these "
         "pupils so that they benefit from the education on offer.", [
             ("BA3.1",
              "Attendance team restructured, with an attendance officer attached to each year group and "
              "a weekly attendance panel chaired by the Headteacher.",
              "Structure in place; panel minutes show actions followed up.",
              "Headteacher", "LGB", "April 2024", "G", "B",
              "New structure in place from 15 April 2024."),
             ("BA3.2",
              "Home visits and early help referrals for every disadvantaged pupil below 90% attendance, "
              "tracked jointly with the local authority attendance support team.",
              "Persistent absence of disadvantaged pupils falls below 30%.",
              "AHT Pastoral, Attendance Lead", "LGB", "Ongoing", "A", "A",
              "PA for disadvantaged pupils 33.4% (down from 38.9%)."),
             ("BA3.3",
              "Half-termly rewards for improved attendance launched, with celebration assemblies for "
              "each year group.",
              "Rewards running in every year group.",
              "Heads of Year", "Headteacher", "Sept 2024", "A", "",
              "Sponsor for rewards withdrawn; scheme being redesigned."),
         ]),
    ]),
    ("Personal development", [
        ("The personal development programme in the sixth form is not planned and delivered "
         "consistently. Leaders should ensure that all sixth-form students receive a well-considered "
         "programme that prepares them for life in modern Britain.", [
             ("PD4.1",
              "Sixth-form tutorial programme rewritten to cover RSHE, financial education and staying "
              "safe online, and delivered by a specialist tutor team.",
              "Programme delivered to all Year 12 and 13 tutor groups.",
              "Head of Sixth Form", "Standards Committee", "Summer term 2024", "G", "B",
              "Programme launched after Easter; student feedback positive."),
             ("PD4.2",
              "Student voice survey on the sixth-form personal development offer, with results reported "
              "to governors.",
              "Survey completed by at least 70% of students.",
              "Head of Sixth Form", "LGB", "Summer term 2025", "", "",
              "Not yet due."),
         ]),
    ]),
]
# the BA3.3 current RAG has no text; its cell is filled red
HALL_FILL_ONLY = {"BA3.3": "R"}


def make_hall(path):
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Hall Cross Academy"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Post-Ofsted Action Plan 2024–25"
    cov["A2"].font = Font(bold=True, size=13)
    rows = [
        ("Inspection dates:", "23 and 24 January 2024"),
        ("Plan owner:", "Headteacher"),
        ("Monitored by:", "Local Governing Body – Standards Committee"),
        ("Version:", "v3 – updated 14 June 2024"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A9"] = "RAG key"
    cov["A9"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete – impact evidenced"), ("G", "On track"),
                                ("A", "Some slippage – action in hand"),
                                ("R", "Off track – escalate to SLT")], start=10):
        c = cov.cell(i, 1, k)
        c.fill = xfill(FILL[k])
        c.alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov["A15"] = ("Notes: Areas for improvement are quoted from the inspection report. The RAG columns "
                  "show the position at the March and June 2024 reviews.")
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    heads = ["Area for improvement (from Ofsted report)", "Ref", "Action", "Success criteria",
             "Lead(s)", "Monitoring", "Timescale", "RAG Mar 24", "RAG Jun 24",
             "Progress update (June 2024)"]
    widths = [46, 8, 52, 36, 24, 18, 16, 9, 9, 40]
    ncol = len(heads)
    ws.cell(1, 1, HALL_TITLE).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Updated 14 June 2024 | Ofsted inspection 23–24 January 2024").font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F3864")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(j)].width = widths[j - 1]
    r = 5
    counts = {"B": 0, "G": 0, "A": 0, "R": 0, "": 0}
    for section, afis in HALL:
        c = ws.cell(r, 1, section)
        c.font = Font(bold=True)
        for j in range(1, ncol + 1):
            ws.cell(r, j).fill = xfill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for afi, acts in afis:
            first = r
            for (ref, act, sc, lead, mon, tsc, prev, cur, prog) in acts:
                vals = [None, ref, act, sc, lead, mon, tsc, prev or None, cur or None, prog]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                if prev:
                    ws.cell(r, 8).fill = xfill(FILL[prev])
                if cur:
                    ws.cell(r, 9).fill = xfill(FILL[cur])
                elif ref in HALL_FILL_ONLY:
                    ws.cell(r, 9).fill = xfill(FILL[HALL_FILL_ONLY[ref]])
                counts[cur or HALL_FILL_ONLY.get(ref, "")] += 1
                r += 1
            ws.cell(first, 1, afi).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Summary at June 2024 review").font = Font(bold=True)
    r += 1
    for label, key in [("Complete (B)", "B"), ("On track (G)", "G"), ("Some slippage (A)", "A"),
                       ("Off track (R)", "R"), ("Not yet rated", "")]:
        ws.cell(r, 1, label)
        ws.cell(r, 2, counts[key])
        r += 1
    ws.cell(r, 1, "Total actions").font = Font(bold=True)
    ws.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    ws.freeze_panes = "C5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Shipley College - Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
SHIP_TITLE = "Shipley College Post-Inspection Action Plan"
SHIP = [
    ("1. Education programmes for young people", [
        ("Area for improvement 1",
         "Leaders should ensure that teachers on level 1 and level 2 study programmes plan learning that "
         "builds students’ knowledge and skills in a logical order.", [
             ("1.1", "Curriculum managers to re-sequence all level 1 and level 2 schemes of learning using "
                     "the college curriculum intent template.",
              "Curriculum Managers", "31/10/2024", "All schemes re-sequenced and quality assured.",
              "All 23 schemes revised; QA sample confirmed.", "B"),
             ("1.2", "Teaching, learning and assessment coaches to run a termly sequencing workshop for "
                     "each curriculum team, followed by learning walks.",
              "Head of Teaching and Learning", "March 2025",
              "Learning walks show well-sequenced lessons in 85% of sessions.",
              "Autumn workshops held for all teams; spring round booked.", "G"),
             ("1.3", "Heads of Department to review students’ progress against the sequenced curriculum at "
                     "each progress review point and set interventions.\nResults reported through "
                     "curriculum performance reviews.",
              "HoDs / Curriculum Managers", "June 2025",
              "Students at risk identified and supported at each review point.",
              "First review point completed late in two departments.", "A"),
         ]),
        ("Area for improvement 2",
         "Leaders should ensure that students who need to achieve English and mathematics qualifications "
         "attend their lessons and make the progress of which they are capable.", [
             ("2.1", "Introduce same-day attendance follow-up for English and maths lessons, with calls "
                     "home by progress coaches.",
              "Head of English and Maths", "30 September 2024",
              "Attendance in English and maths at or above 88%.",
              "In place from the start of term; attendance 87.6% at half term.", "B"),
             ("2.2", "Timetable English and maths alongside vocational lessons on the same day for all "
                     "full-time study programmes.",
              "Deputy Principal", "August 2025", "2025/26 timetable built on this model.",
              "Timetabling principles agreed by SLT.", "G"),
             ("2.3", "Monthly attendance and progress report for English and maths to the Senior "
                     "Leadership Team.",
              "MIS Manager, Head of English and Maths", "Monthly",
              "SLT minutes record actions taken.", "Reports received October to January.", "G"),
         ]),
    ]),
    ("2. Apprenticeships", [
        ("Area for improvement 3",
         "Leaders should ensure that apprentices receive timely off-the-job training and that employers "
         "are involved in planning and reviewing apprentices’ progress.", [
             ("3.1", "Tripartite progress reviews every 10 weeks with the employer present, recorded on "
                     "the e-portfolio.",
              "Apprenticeship Manager", "December 2024", "95% of reviews on time with employer input.",
              "Reviews 84% on time; employer attendance lower in construction.", "A"),
             ("3.2", "Off-the-job training hours tracked monthly and apprentices below target identified "
                     "for catch-up sessions.",
              "JB / SK", "28/02/2025", "All apprentices on track for off-the-job hours.",
              "New tracking report delayed by e-portfolio upgrade.", "R"),
             ("3.3", "Employer forum launched for each sector area to co-design training plans.",
              "Director of Employer Partnerships", "Summer term 2025",
              "Forums meet termly; employer feedback used in curriculum planning.",
              "Not started.", ""),
         ]),
    ]),
]


def shade(cell, hexcol):
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


def make_shipley(path):
    d = docx.Document()
    d.add_heading(SHIP_TITLE, level=0)
    d.add_paragraph("Following the Ofsted inspection of 14 to 17 May 2024")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Vice Principal Quality and Learner Experience"),
                 ("Approved by", "Quality and Standards Committee, 2 July 2024"),
                 ("Version", "2.1"), ("Last updated", "20 January 2025"), ("Next review", "April 2025")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    d.add_paragraph("")
    d.add_paragraph("Ofsted identified the following areas for improvement. Progress against each action "
                    "is reported to every meeting of the Quality and Standards Committee.")
    d.add_paragraph("RAG key", style="Heading 3")
    k = d.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    bold_cell(k.rows[0].cells[0], "RAG")
    bold_cell(k.rows[0].cells[1], "Meaning")
    for code, meaning in [("B", "Action complete and impact seen"), ("G", "On track"),
                          ("A", "Behind schedule – recoverable"),
                          ("R", "Significantly behind – Committee to note")]:
        row = k.add_row().cells
        row[0].text = code
        shade(row[0], FILL[code])
        row[1].text = meaning
    heads = ["Ref", "Action", "Lead", "Target date", "Impact measure",
             "Progress update (January 2025)", "RAG"]
    for section, afis in SHIP:
        d.add_heading(section, level=1)
        for label, afi, acts in afis:
            tb = d.add_table(rows=3 + len(acts), cols=len(heads))
            tb.style = "Table Grid"
            top = tb.cell(0, 0).merge(tb.cell(0, len(heads) - 1))
            bold_cell(top, label)
            shade(top, "D9E1F2")
            second = tb.cell(1, 0).merge(tb.cell(1, len(heads) - 1))
            second.text = ""
            run = second.paragraphs[0].add_run(afi)
            run.italic = True
            for j, h in enumerate(heads):
                bold_cell(tb.cell(2, j), h)
                shade(tb.cell(2, j), "BFBFBF")
            for i, (ref, act, lead, date, impact, prog, rag) in enumerate(acts, start=3):
                cells = tb.rows[i].cells
                for j, v in enumerate([ref, act, lead, date, impact, prog, rag]):
                    cells[j].text = v
                if rag:
                    shade(cells[6], FILL[rag])
            d.add_paragraph("")
    d.add_paragraph("Sign-off", style="Heading 3")
    s = d.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(["Signed", "Role", "Date"]):
        bold_cell(s.cell(0, j), v)
    for j, v in enumerate(["(signed)", "Principal and Chief Executive", "20 January 2025"]):
        s.cell(1, j).text = v
    d.save(path)


# ---------------------------------------------------------------------------
# 3. University of Hertfordshire - apprenticeships PIAP (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
UH_TITLE = "University of Hertfordshire – Apprenticeships Post-Inspection Action Plan"
UH_ROWS = [
    ("Quality of education", "1.1",
     "Leaders should ensure that apprentices’ off-the-job training is planned well so that apprentices "
     "develop new knowledge and skills throughout their programme.",
     "Programme teams to map off-the-job training to the apprenticeship standard for each degree "
     "apprenticeship.", "Associate Deans (Apprenticeships)", "Sep 2024", "Dec 2024", "Complete",
     "Mapping signed off for all 14 standards."),
    ("", "1.2", "",
     "Skills coaches to agree individual training plans with employers at the start of each module.",
     "Head of Apprenticeship Delivery", "Sep 2024", "Mar 2025", "On track",
     "Training plans agreed for 61% of apprentices so far."),
    ("", "1.3", "",
     "Apprentices’ prior learning assessed at enrolment and used to adjust training plans.",
     "Apprenticeships Compliance Manager", "Oct 2024", "Jan 2025", "Complete",
     "RPL form revised and in use for January starts."),
    ("Behaviour and attitudes", "2.1",
     "Leaders should ensure that apprentices attend their scheduled off-the-job training sessions.",
     "Attendance at timetabled sessions monitored weekly, with employers notified of absences within "
     "48 hours.", "Head of Apprenticeship Delivery", "Sep 2024", "Nov 2024", "Complete",
     "Weekly report live; attendance 91%."),
    ("", "2.2", "",
     "Termly attendance reports to the Apprenticeship Quality Board.",
     "Director of Apprenticeships", "Nov 2024", "Termly", "On track", "First report November 2024."),
    ("Personal development", "3.1",
     "Leaders should ensure that apprentices have a secure understanding of the risks of radicalisation "
     "and extremism relevant to their workplace.",
     "Prevent and British values content embedded in progress reviews using sector-specific case studies.",
     "Safeguarding Lead", "Oct 2024", "Febuary 2025", "On track",
     "Case studies written for health and digital programmes."),
    ("", "3.2", "",
     "Short online module on online safety and extremism for all apprentices, with completion tracked.",
     "Digital Learning Manager", "Jan 2025", "Apr 2025", "Not started", ""),
    ("Leadership and management", "4.1",
     "Governors should receive more detailed information about the quality of apprenticeship training so "
     "that they can challenge leaders.",
     "Apprenticeship quality dashboard added to each Board of Governors meeting pack.",
     "Pro Vice-Chancellor (Education)", "Nov 2024", "Mar 2025", "On track",
     "Dashboard drafted; first use at March 2025 Board."),
]
UH_STATUS_FILL = {"Complete": "00B0F0", "On track": "92D050", "Not started": "D9D9D9"}


def make_uh(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PIAP"
    heads = ["Theme", "Ref", "Area for improvement", "Action", "Owner", "Start", "Target completion",
             "Status", "Evidence of impact"]
    widths = [22, 6, 44, 50, 28, 10, 16, 12, 40]
    ws.cell(1, 1, UH_TITLE).font = Font(bold=True, size=14)
    ws.cell(2, 1, "Ofsted inspection 4 to 7 June 2024 · Approved by the Apprenticeship Quality Board, "
                  "17 July 2024 · Updated January 2025").font = Font(italic=True)
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = xfill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
        ws.column_dimensions[get_column_letter(j)].width = widths[j - 1]
    for i, row in enumerate(UH_ROWS, start=5):
        for j, v in enumerate(row, start=1):
            c = ws.cell(i, j, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(i, 8).fill = xfill(UH_STATUS_FILL[row[7]])
    n = wb.create_sheet("Key & Notes")
    n["A1"] = "Status key"
    n["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Action finished; evidence held on the PIAP SharePoint"),
                                ("On track", "Progressing to the target date"),
                                ("Behind", "Target date at risk – report to Quality Board"),
                                ("Not started", "Action not yet due to start")], start=2):
        n.cell(i, 1, k)
        n.cell(i, 2, v)
    n["A8"] = "Themes follow the Ofsted education inspection framework headings."
    n.column_dimensions["A"].width = 14
    n.column_dimensions["B"].width = 60
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Mersey and West Lancashire Teaching Hospitals - CQC must/should do (xlsx)
# ---------------------------------------------------------------------------
MWL_TITLE = ("Mersey and West Lancashire Teaching Hospitals NHS Trust – CQC Must Do and Should Do "
             "Action Plan")
MWL_MUST = [
    ("MD1", "Urgent and emergency care (Whiston Hospital)",
     "The trust must ensure that patients in the emergency department receive an initial clinical "
     "assessment within 15 minutes of arrival.", "Reg 12 Safe care and treatment", [
         ("MD1.1", "Rapid assessment and treatment (RAT) model extended to 24 hours a day with a "
                   "dedicated streaming nurse at the front door.",
          "Divisional Director of Nursing – Urgent Care", dt.date(2024, 10, 31), dt.date(2025, 1, 31),
          "24-hour RAT in place from 13 January 2025; median time to assessment 11 minutes.", "A", "B"),
         ("MD1.2", "Time to initial assessment reported daily on the ED dashboard and reviewed at the "
                   "08:00 bed meeting.",
          "ED Matron / Clinical Director ED", dt.date(2024, 11, 30), None,
          "Dashboard live; reviewed daily.", "G", "B"),
     ]),
    ("MD2", "Medical care (St Helens Hospital)",
     "The trust must ensure that staff complete and record risk assessments for falls and pressure "
     "ulcers within the required timescales.", "Reg 12 Safe care and treatment", [
         ("MD2.1", "Electronic risk assessment prompts added to the nursing admission document, with "
                   "compliance audited monthly by ward managers.",
          "Deputy Chief Nurse", dt.date(2024, 12, 31), dt.date(2025, 3, 31),
          "Prompts live on 4 of 6 wards; compliance 82%.", "A", "A"),
         ("MD2.2", "Falls and tissue viability link nurse named on every medical ward; ward-level "
                   "training refreshed.",
          "Lead Nurse Tissue Viability; Falls Prevention Lead", "Q4 2024/25", None,
          "Link nurses named on all wards; training 70% complete.", "G", "G"),
     ]),
    ("MD3", "Maternity (Whiston Hospital)",
     "The trust must ensure that all staff are up to date with mandatory training, including adult and "
     "neonatal life support.", "Reg 18 Staffing", [
         ("MD3.1", "Training trajectory agreed for each staff group with protected time rostered; "
                   "compliance reported to the Maternity and Neonatal Safety Champions.",
          "Director of Midwifery", dt.date(2025, 2, 28), None,
          "NLS compliance 74% against 90% target; additional sessions added in March.", "A", "R"),
     ]),
]
MWL_SHOULD = [
    ("SD1", "Urgent and emergency care (Whiston Hospital)",
     "The trust should ensure that patients’ pain is assessed and reassessed in line with national "
     "guidance.",
     "Pain score added as a mandatory field at triage; reassessment audited weekly by the ED practice "
     "educator.", "ED Matron", dt.date(2024, 12, 31), None, "Audit shows 93% compliance.", "G", "B"),
    ("SD2", "Medical care (St Helens Hospital)",
     "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
     "Discharge summary backlog report sent daily to consultants; junior doctor induction updated.",
     "Clinical Director – Medicine", dt.date(2025, 1, 31), dt.date(2025, 4, 30),
     "Backlog reduced from 412 to 160.", "A", "A"),
    ("SD3", "Medical care (St Helens Hospital)",
     "The trust should ensure that call bells are within reach of patients.",
     "Intentional rounding checklist updated to include call bell position; spot checks by matrons.",
     "Matrons – Medicine", dt.date(2024, 11, 30), None, "Spot checks 98% compliant.", "G", "B"),
    ("SD4", "Maternity (Whiston Hospital)",
     "The trust should ensure that the maternity triage area has enough space to maintain privacy and "
     "dignity.",
     "Business case for reconfiguring maternity triage submitted to the Capital Planning Group.",
     "Director of Midwifery / Head of Estates", "Q1 2025/26", None,
     "Options appraisal complete; business case drafted.", "", "G"),
]


def mwl_header(ws, sub, heads, widths):
    ws.cell(1, 1, MWL_TITLE).font = Font(bold=True, size=13)
    ws.cell(2, 1, sub).font = Font(italic=True)
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("005EB8")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(j)].width = widths[j - 1]


def put_date(c, v):
    c.value = v
    if isinstance(v, dt.date):
        c.number_format = "dd/mm/yyyy"


def make_mwl(path):
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = MWL_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Position at 28 February 2025 – report to Quality Committee"
    sm["A4"] = "Current BRAG"
    for j, h in enumerate(["", "Blue", "Green", "Amber", "Red", "Total"], start=1):
        c = sm.cell(5, j, h or None)
        c.font = Font(bold=True)
    must_cur = [a[-1] for m in MWL_MUST for a in m[4]]
    should_cur = [s[-1] for s in MWL_SHOULD]
    for r, (label, cur) in enumerate([("Must Do actions", must_cur), ("Should Do actions", should_cur)],
                                     start=6):
        sm.cell(r, 1, label)
        for j, k in enumerate("BGAR", start=2):
            sm.cell(r, j, cur.count(k))
        sm.cell(r, 6, len(cur))
    sm.cell(8, 1, "Total").font = Font(bold=True)
    for j in range(2, 7):
        sm.cell(8, j, "=SUM({0}6:{0}7)".format(get_column_letter(j))).font = Font(bold=True)
    sm["A10"] = ("Actions rated Blue are presented to the CQC Compliance Group with evidence before "
                 "closure.")
    sm.column_dimensions["A"].width = 22

    ws = wb.create_sheet("Must Do")
    heads = ["Ref", "Core service / location", "CQC Must Do", "Regulation", "Action ref", "Action",
             "Action lead", "Original completion date", "Revised completion date", "Progress update",
             "Previous BRAG", "Current BRAG"]
    mwl_header(ws, "Must Do actions – position at 28 February 2025", heads,
               [6, 22, 40, 18, 8, 48, 26, 13, 13, 40, 9, 9])
    r = 5
    for ref, svc, text, reg, acts in MWL_MUST:
        first = r
        for (aref, act, lead, orig, rev, prog, prev, cur) in acts:
            ws.cell(r, 5, aref)
            ws.cell(r, 6, act)
            ws.cell(r, 7, lead)
            put_date(ws.cell(r, 8), orig)
            put_date(ws.cell(r, 9), rev)
            ws.cell(r, 10, prog)
            ws.cell(r, 11, prev or None)
            ws.cell(r, 12, cur or None)
            if prev:
                ws.cell(r, 11).fill = xfill(FILL[prev])
            if cur:
                ws.cell(r, 12).fill = xfill(FILL[cur])
            for j in range(1, 13):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            r += 1
        for j, v in zip((1, 2, 3, 4), (ref, svc, text, reg)):
            ws.cell(first, j, v).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)

    ws2 = wb.create_sheet("Should Do")
    heads2 = ["Ref", "Core service / location", "CQC Should Do", "Action", "Action lead",
              "Original completion date", "Revised completion date", "Progress update",
              "Previous BRAG", "Current BRAG"]
    mwl_header(ws2, "Should Do actions – position at 28 February 2025", heads2,
               [6, 22, 40, 48, 26, 13, 13, 36, 9, 9])
    for r, (ref, svc, text, act, lead, orig, rev, prog, prev, cur) in enumerate(MWL_SHOULD, start=5):
        for j, v in enumerate([ref, svc, text, act, lead], start=1):
            ws2.cell(r, j, v)
        put_date(ws2.cell(r, 6), orig)
        put_date(ws2.cell(r, 7), rev)
        ws2.cell(r, 8, prog)
        ws2.cell(r, 9, prev or None)
        ws2.cell(r, 10, cur or None)
        if prev:
            ws2.cell(r, 9).fill = xfill(FILL[prev])
        if cur:
            ws2.cell(r, 10).fill = xfill(FILL[cur])
        for j in range(1, 11):
            ws2.cell(r, j).alignment = WRAP
            ws2.cell(r, j).border = BOX

    key = wb.create_sheet("BRAG key")
    key["A1"] = "BRAG rating key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Blue – complete and evidenced"), ("G", "Green – on track"),
                                ("A", "Amber – at risk of missing the completion date"),
                                ("R", "Red – off track / date missed")], start=2):
        c = key.cell(i, 1, k)
        c.fill = xfill(FILL[k])
        key.cell(i, 2, v)
    key["A7"] = "Where a revised completion date is shown it has been agreed by the executive lead."
    key.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. Larwood Health Partnership - CQC inspection action plan (csv)
# ---------------------------------------------------------------------------
LARWOOD_HEAD = ["Key question", "Regulation", "Requirement / recommendation", "Action", "Responsible",
                "Deadline", "Status", "Comments"]
LARWOOD_ROWS = [
    ["Safe", "Regulation 12: Safe care and treatment",
     "The provider must ensure that patients on high-risk medicines are monitored in line with national "
     "guidance.",
     "Search run for all patients on DMARDs, lithium and warfarin; overdue blood tests recalled by the "
     "clinical pharmacist.", "Clinical Pharmacist", "30/11/2024", "Complete", "Searches now run monthly."],
    ["", "", "",
     "Monthly audit of high-risk drug monitoring presented at the clinical meeting.",
     "Dr A Patel and Clinical Pharmacist", "Monthly", "Green", ""],
    ["", "Regulation 12: Safe care and treatment",
     "The provider must ensure that safety alerts (MHRA) are acted on and a record kept.",
     "Safety alert log created on the shared drive with named GP sign-off for each alert;\nhistoric "
     "alerts from the last 12 months re-checked.", "Practice Manager", "End of January 2025", "Complete",
     "Log checked at February clinical meeting."],
    ["Well-led", "Regulation 17: Good governance",
     "The provider must ensure that governance systems identify and manage risks, including staff "
     "training compliance.",
     "Training matrix set up on the staff rota system showing mandatory training due dates for all staff.",
     "Assistant Practice Manager", "w/c 06/01/25", "Complete", "Compliance 96%."],
    ["", "", "",
     "Quarterly governance meeting with standing agenda: significant events, complaints, audits and "
     "training.", "Practice Manager / Lead GP", "Q4 2024/25", "Green", "First meeting held 12 February."],
    ["Effective", "Recommendation (should)",
     "The provider should improve the uptake of cervical screening.",
     "Text message reminders and Saturday morning clinics for overdue patients.", "Nurse Manager",
     "31/03/2025", "Amber", "Uptake 71.2% – target 80%."],
    ["Responsive", "Recommendation (should)",
     "The provider should continue to improve patient satisfaction with telephone access.",
     "Cloud-based telephony with call-back installed; results of the next GP Patient Survey to be "
     "reviewed by the Patient Participation Group.", "Practice Manager", "July 2025", "Not started",
     "Survey results due July."],
]


def make_larwood(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Larwood Health Partnership – CQC Inspection Action Plan"] + [""] * 7)
        w.writerow(["Location: Larwood Surgery, Worksop"] + [""] * 7)
        w.writerow(["Inspection: 9 October 2024", "Report published: 4 December 2024",
                    "Plan updated: 3 March 2025"] + [""] * 5)
        w.writerow([""] * 8)
        w.writerow(LARWOOD_HEAD)
        for row in LARWOOD_ROWS:
            w.writerow(row)
        w.writerow([""] * 8)
        w.writerow(["Status key: Complete = action finished and evidence held; Green = on track; "
                    "Amber = at risk; Red = overdue"] + [""] * 7)
        w.writerow(["Reviewed at partners’ meeting – next review April 2025"] + [""] * 7)


# ---------------------------------------------------------------------------
# 6. Essex Partnership University NHSFT - CQC mental health must/should do (docx)
# ---------------------------------------------------------------------------
EPUT_TITLE = ("Essex Partnership University NHS Foundation Trust – CQC Must Do and Should Do "
              "Action Plan")
EPUT = [
    ("Acute wards for adults of working age and psychiatric intensive care units", [
        ("The trust must ensure that ligature risk assessments are up to date and that staff know how to "
         "mitigate the risks identified.", [
             ("MD1a", "Ligature risk assessments reviewed for all 14 acute and PICU wards using the revised "
                      "trust tool.", "Associate Director of Estates", "31 October 2024",
              "All 14 assessments completed and signed off.", "Blue"),
             ("MD1b", "Ward-level ligature awareness briefing included in local induction and in the "
                      "monthly safety huddle.", "Ward Managers / Matrons", "January 2025",
              "Briefing in place on all wards; spot checks completed.", "Blue"),
         ]),
        ("The trust must ensure that patients’ physical health observations are carried out and escalated "
         "in line with NEWS2 following rapid tranquillisation.", [
             ("MD2a", "Post-rapid tranquillisation observation chart built into the electronic patient "
                      "record, with mandatory fields.", "Chief Nursing Information Officer", "30/04/2025",
              "Build complete; testing on two wards.", "Green"),
             ("MD2b", "Monthly audit of rapid tranquillisation records by the physical health team.\n"
                      "Results reported to the Mental Health Act and Restrictive Practice Group.",
              "Lead Nurse Physical Health", "Monthly",
              "Compliance 78% in January (target 95%).", "Amber"),
         ]),
        ("The trust should ensure that patients have access to activities at weekends.", [
             ("SD1", "Weekend activity timetable agreed with occupational therapy and peer support workers "
                     "on each ward.", "Head of Occupational Therapy", "June 2025",
              "Timetable piloted on three wards.", "Green"),
         ]),
    ]),
    ("Mental health crisis services and health-based places of safety", [
        ("The trust must ensure that there are enough suitably qualified staff in the crisis resolution "
         "and home treatment teams to meet demand.", [
             ("MD3a", "Recruitment campaign for 12 WTE band 5 and band 6 nurses, with a rolling "
                      "international recruitment cohort.",
              "Director of Operations (Mental Health) and Deputy Director of People", "March 2025",
              "7 of 12 posts filled; remaining posts out to advert.", ""),
             ("MD3b", "Daily staffing huddle for crisis teams with escalation to the on-call manager when "
                      "minimum staffing is not met.", "Service Manager (Crisis)", "31/12/2024",
              "Huddle in place since November 2024.", "Blue"),
         ]),
        ("The trust should ensure that the health-based place of safety is not used for patients waiting "
         "for an inpatient bed.", [
             ("SD2", "Escalation protocol agreed with Essex Police and bed management to move patients "
                     "within 24 hours of assessment.", "Head of Patient Flow", "Q1 2025/26",
              "Draft protocol with police for comment.", "Green"),
         ]),
    ]),
]
# MD3a has no BRAG word; its cell is shaded red
EPUT_FILL_ONLY = {"MD3a": "Red"}


def make_eput(path):
    d = docx.Document()
    d.add_heading(EPUT_TITLE, level=0)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report to", "Quality Committee"), ("Date of meeting", "13 March 2025"),
                 ("Report title", "CQC Must Do and Should Do Action Plan – Progress Update"),
                 ("Executive lead", "Chief Nurse"), ("Author", "Head of Compliance"),
                 ("Purpose", "Assurance")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        shade(row[0], "E7E6E6")
        row[1].text = v
    d.add_heading("Executive summary", level=1)
    d.add_paragraph("The CQC inspected two mental health core services in July 2024 and issued the "
                    "Must Do and Should Do requirements below. The plan contains 8 actions: 3 complete "
                    "(blue), 3 on track (green), 1 amber and 1 red. The red action relates to crisis team "
                    "staffing and is on the trust risk register.")
    heads = ["Ref", "CQC requirement", "Action", "Action owner", "Due date", "Progress", "BRAG"]
    for svc, reqs in EPUT:
        d.add_heading(svc, level=1)
        nrows = 1 + sum(len(a) for _, a in reqs)
        tb = d.add_table(rows=nrows, cols=len(heads))
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            bold_cell(tb.cell(0, j), h)
            shade(tb.cell(0, j), "005EB8")
        r = 1
        for req, acts in reqs:
            first = r
            for (ref, act, owner, due, prog, brag) in acts:
                cells = tb.rows[r].cells
                cells[0].text = ref
                cells[2].text = act
                cells[3].text = owner
                cells[4].text = due
                cells[5].text = prog
                cells[6].text = brag
                col = brag or EPUT_FILL_ONLY.get(ref)
                if col:
                    shade(cells[6], FILL[col])
                r += 1
            if r - 1 > first:
                m = tb.cell(first, 1).merge(tb.cell(r - 1, 1))
            else:
                m = tb.cell(first, 1)
            m.text = req
        d.add_paragraph("")
    d.add_heading("BRAG key", level=2)
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, meaning in [("Blue", "Complete and embedded – evidence reviewed by the Compliance Team"),
                         ("Green", "On track to meet the due date"),
                         ("Amber", "Some risk to delivery – mitigations in place"),
                         ("Red", "Due date missed or will be missed")]:
        row = k.add_row().cells
        row[0].text = col
        shade(row[0], FILL[col])
        row[1].text = meaning
    d.add_paragraph("The Committee is asked to note progress and the risk to delivery of MD3a.")
    d.save(path)


# ---------------------------------------------------------------------------
# 7. Civil Aviation Authority - internal audit recommendations tracker (txt, tab-separated)
# ---------------------------------------------------------------------------
CAA_TITLE = "Civil Aviation Authority – Internal Audit Recommendations Tracker"
CAA = [
    ("Cyber Security Incident Response (2024/25) – Limited assurance", [
        ("CSIR-01", "High",
         "The CAA should test its cyber incident response plan at least annually through a scenario "
         "exercise involving the Executive Committee.",
         "Table-top cyber exercise to be run with the Executive Committee, with lessons learned fed into "
         "the incident response plan.", "Chief Information Officer", "31/03/2025", "30/09/2025", "B",
         "Exercise held 11 September 2025; lessons learned report issued."),
        ("CSIR-02", "Medium",
         "Roles and contact details in the incident response plan should be reviewed and kept up to date.",
         "Quarterly review of incident response contacts added to the Information Security team's work "
         "plan.", "Head of Information Security", "30/06/2025", "", "B", "First quarterly review done."),
        ("CSIR-03", "High",
         "Third-party suppliers with access to CAA systems should be required to report security incidents "
         "within contractual timescales.",
         "Security incident notification clause added to all new IT contracts; existing critical contracts "
         "varied at renewal.", "Chief Information Officer / Head of Commercial", "31/12/2025", "", "G",
         "Clause in use; 5 of 9 critical contracts varied."),
    ]),
    ("Regulatory Fees and Charges (2024/25) – Moderate assurance", [
        ("RFC-01", "Medium",
         "The basis for calculating fees should be documented and approved before each charging scheme is "
         "published.",
         "Charging methodology paper to be approved by the Finance Committee ahead of the 2026/27 scheme "
         "consultation.", "Director of Finance", "30/11/2025", "", "G", "Paper drafted."),
        ("RFC-02", "Low",
         "Invoices for regulatory charges should be raised promptly after the chargeable activity.",
         "Weekly aged-activity report introduced for the Charges team.", "Head of Finance Operations",
         "31/07/2025", "31/10/2025", "A", "Report built; sign-off delayed by finance system upgrade."),
    ]),
    ("Oversight of Airspace Change Proposals (2025/26) – Limited assurance", [
        ("ACP-01", "High",
         "Decision records for airspace change proposals should evidence how each stage gate criterion has "
         "been assessed.",
         "Stage gate decision template revised to include a criterion-by-criterion assessment, with peer "
         "review before sign-off.", "Group Director, Safety and Airspace Regulation", "31/01/2026", "", "G",
         "Template revised; peer review pilot under way."),
        ("ACP-02", "Medium",
         "Case officers should receive refresher training on the airspace change process (CAP 1616).",
         "Refresher training for all case officers, with attendance recorded on the learning system.",
         "Head of Airspace Regulation", "30/09/2025", "", "R",
         "Training postponed twice; new date to be agreed."),
        ("ACP-03", "Medium",
         "Key performance indicators for the airspace change process should be reported to the Board "
         "quarterly.",
         "KPIs for the airspace change process to be reported through the quarterly performance report.",
         "Head of Airspace Regulation, Head of Performance", "Q4 2025/26", "", "G",
         "KPI definitions agreed."),
    ]),
]


def make_caa(path):
    recs = [r for _, rs in CAA for r in rs]
    pri = ["High", "Medium", "Low"]
    lines = [CAA_TITLE,
             "Audit Committee, 18 November 2025 – position as at 31 October 2025",
             "",
             "Summary\tHigh\tMedium\tLow\tTotal"]
    for label, k in [("Implemented (B)", "B"), ("On track (G)", "G"), ("At risk (A)", "A"),
                     ("Past agreed date (R)", "R")]:
        n = [sum(1 for r in recs if r[1] == p and r[7] == k) for p in pri]
        lines.append("\t".join([label] + [str(x) for x in n] + [str(sum(n))]))
    n = [sum(1 for r in recs if r[1] == p) for p in pri]
    lines.append("\t".join(["Total"] + [str(x) for x in n] + [str(sum(n))]))
    lines += ["",
              "RAG: B = implemented (to be closed), G = on track, A = at risk of missing agreed date, "
              "R = past agreed date",
              "",
              "\t".join(["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
                         "Original date", "Revised date", "RAG", "Progress update"])]
    for audit, rs in CAA:
        lines.append(audit)
        for r in rs:
            lines.append("\t".join(r))
    lines += ["", "Recommendations rated B will be removed from the next report once Internal Audit has "
                  "verified the evidence."]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "id1-hall-cross-academy-post-ofsted-action-plan.xlsx": make_hall,
    "id1-shipley-college-ofsted-post-inspection-action-plan.docx": make_shipley,
    "id1-university-of-hertfordshire-ofsted-apprenticeships-piap-typo-month-refuse.xlsx": make_uh,
    "id1-mersey-west-lancashire-teaching-hospitals-cqc-must-should-do-action-plan.xlsx": make_mwl,
    "id1-larwood-health-partnership-cqc-inspection-action-plan.csv": make_larwood,
    "id1-essex-partnership-university-nhsft-cqc-mental-health-must-should-do-action-plan.docx": make_eput,
    "id1-civil-aviation-authority-internal-audit-recommendations-tracker.txt": make_caa,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
