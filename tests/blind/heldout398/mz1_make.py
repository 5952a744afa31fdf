"""Build the seven mz1- blind test files (set heldout398).

Run:  /work/main/.venv/bin/python mz1_make.py
Writes the data files next to this script. The .expected.yaml readings are
written by hand beside them.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFFF0000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF0070C0"
HEAD = "FF1F3864"
PALE = "FFD9E1F2"
GREY = "FFD9D9D9"


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, values, bold=False, bg=None, white=False):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if bold or white:
            c.font = Font(bold=bold, color="FFFFFFFF" if white else None)
        if bg:
            c.fill = fill(bg)


# ---------------------------------------------------------------------------
# 1. School: Ormiston Sudbury Academy post-Ofsted action plan (xlsx, fill RAG)
# ---------------------------------------------------------------------------
def school_xlsx():
    title = "Ormiston Sudbury Academy – Post-Ofsted Action Plan 2024-25"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A3"] = "Inspection dates"
    cov["B3"] = "5 and 6 March 2024"
    cov["A4"] = "Overall effectiveness"
    cov["B4"] = "Requires improvement"
    cov["A5"] = "Plan approved by"
    cov["B5"] = "Local Academy Council, 24 April 2024"
    cov["A6"] = "Last updated"
    cov["B6"] = "18 November 2024"
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    put(cov, 9, ["Version", "Date", "Changes", "Author"], bold=True, bg=GREY)
    put(cov, 10, ["1.0", d(2024, 4, 24), "Plan agreed with the trust and LAC", "Principal"])
    put(cov, 11, ["1.1", d(2024, 7, 15), "End of summer term review", "Principal"])
    put(cov, 12, ["1.2", d(2024, 11, 18), "Autumn half-term 1 review", "Vice Principal (Teaching & Learning)"])
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 36

    ws = wb.create_sheet("Action Plan")
    widths = [7, 55, 26, 18, 22, 45, 22, 8, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("What does the school need to do to improve? – actions agreed following the "
                "graded inspection, 5 and 6 March 2024")
    ws.merge_cells("A2:I2")
    put(ws, 4, ["Ref", "Action", "Lead", "Timescale", "Resources / cost",
                "Success criteria (what will we see?)", "Monitored by", "RAG",
                "Progress update (November 2024)"], bold=True, bg=HEAD, white=True)

    rows = [
        ("P", "Priority 1 – Quality of education"),
        ("AFI", "The school should ensure that teachers check pupils' understanding "
                "systematically in lessons, so that misconceptions are identified and addressed "
                "before pupils move on to new content."),
        ("1.1", "Deliver a programme of CPD on responsive teaching and checking for understanding "
                "(cold calling, mini-whiteboards, hinge questions) through Tuesday directed time.",
         "Vice Principal (Teaching & Learning)", "Autumn term 2024", "Directed time; £1,200 external trainer",
         "Learning walks show checking for understanding in 90% of lessons", "Principal / LAC", GREEN,
         "Six of eight sessions delivered. Learning walk in October showed 78% consistency."),
        ("1.2", "Introduce fortnightly subject-specific instructional coaching for all teaching staff, "
                "with coaching priorities drawn from the CPD programme.",
         "VP (T&L) / Lead Practitioners", "Spring term 2025", "Lead Practitioner TLR time",
         "All teachers receive coaching; coaching logs show action steps completed", "Principal", GREEN,
         "Coaching pairs agreed. First cycle started w/c 4 November."),
        ("1.3", "Quality assure the impact through termly subject reviews (learning walks, book looks "
                "and pupil voice), reporting findings to the Local Academy Council.",
         "Principal", "Termly", "SLT time", "Subject review reports to each LAC meeting",
         "Trust Education Director", AMBER,
         "Science and MFL reviews complete; humanities review moved to January."),
        ("P", "Priority 2 – Reading"),
        ("AFI", "The school should ensure that pupils at the early stages of reading in key "
                "stage 3 receive precise support so that they quickly catch up and read with the "
                "fluency and confidence needed to access the curriculum."),
        ("2.1", "Screen all Year 7 pupils on entry using the NGRT and identify pupils reading below "
                "age-related expectations.",
         "Reading Lead", "Oct 2024", "NGRT licence (trust funded)",
         "All Year 7 screened; intervention list in place by October half term", "VP (T&L)", BLUE,
         "Complete – 212 pupils screened, 41 below age-related expectations."),
        ("2.2", "Train two teaching assistants to deliver the Fresh Start phonics programme and "
                "timetable daily sessions for identified pupils.",
         "Reading Lead & SENCo", "Nov-24", "Fresh Start training £650; TA hours",
         "Identified pupils receive daily phonics; reading ages rise at termly retest", "VP (T&L)", GREEN,
         "Training booked for 12 November; sessions timetabled from 18 November."),
        ("2.3", "Launch tutor-time reading programme for Years 7–9 with a shared class reader each "
                "half term.",
         "AP Personal Development", "Sept 2024 – July 2025", "Class sets of readers £2,400",
         "Reading programme running in every KS3 tutor group; pupil voice positive", "Principal", GREEN,
         "Running in all 18 tutor groups since September."),
        ("P", "Priority 3 – Attendance"),
        ("AFI", "Leaders should continue to take effective action to improve the attendance of "
                "disadvantaged pupils and pupils with SEND, so that persistent absence reduces and "
                "these pupils do not miss valuable learning."),
        ("3.1", "Appoint an Attendance Officer and introduce a stepped attendance intervention pathway "
                "(letters, meetings, parenting contracts).",
         "Vice Principal (Behaviour and Attendance)", "Summer term 2024", "Attendance Officer post (Grade E)",
         "Attendance Officer in post; pathway published to families", "Principal", BLUE,
         "Attendance Officer started 3 June 2024. Pathway sent to all families in July."),
        ("3.2", "Hold weekly attendance review meetings with Heads of Year, tracking the attendance of "
                "disadvantaged pupils and pupils with SEND against their peers.",
         "Attendance Officer / Heads of Year", "Weekly", "Within existing meeting time",
         "Gap in attendance between disadvantaged pupils and others narrows each half term",
         "VP (Behaviour and Attendance)", AMBER,
         "Meetings held weekly. Gap narrowed for SEND but not yet for disadvantaged pupils."),
        ("3.3", "Work with the trust's Education Welfare Officer on targeted home visits for pupils whose "
                "attendance is below 85%.",
         "Attendance Officer", d(2025, 3, 31), "Trust EWO – 1 day per week",
         "Persistent absence below 20% by end of spring term", "LAC", RED,
         "EWO post vacant across the trust since September; visits not yet started."),
    ]
    r = 5
    for row in rows:
        if row[0] == "P":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFFFF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill("FF2F5597")
        elif row[0] == "AFI":
            ws.cell(row=r, column=1, value=row[1]).font = Font(italic=True)
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill(PALE)
            ws.row_dimensions[r].height = 32
        else:
            ref, action, lead, when, res, sc, mon, rag, upd = row
            put(ws, r, [ref, action, lead, when, res, sc, mon, None, upd])
            ws.cell(row=r, column=8).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Blue (complete): 2   Green: 4   Amber: 2   Red: 1   Total actions: 9")
    r += 1
    ws.cell(row=r, column=1, value="Notes")
    ws.cell(row=r, column=2, value="RAG ratings are reviewed by SLT fortnightly and reported to each "
                                   "Local Academy Council meeting. See Key sheet.")
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "Some slippage / at risk"), (RED, "Off track")], start=2):
        key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 30
    wb.save(os.path.join(HERE, "mz1-ormiston-sudbury-academy-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Independent hospital: Spire Leicester CQC must/should do (xlsx, merged
#    findings, previous/current RAG, original/revised dates)
# ---------------------------------------------------------------------------
def hospital_xlsx():
    title = "Spire Leicester Hospital – CQC Inspection Action Plan (Must do / Should do)"
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = title
    fs["A1"].font = Font(bold=True, size=14)
    fs["A3"] = "Inspection"
    fs["B3"] = "Unannounced inspection, 10–11 September 2024 (Surgery; Outpatients)"
    fs["A4"] = "Report published"
    fs["B4"] = d(2024, 11, 20)
    fs["B4"].number_format = "dd/mm/yyyy"
    fs["A5"] = "Plan owner"
    fs["B5"] = "Hospital Director"
    fs["A7"] = "Version control"
    fs["A7"].font = Font(bold=True)
    put(fs, 8, ["Version", "Date", "Author", "Reviewed / approved at"], bold=True, bg=GREY)
    put(fs, 9, ["0.1", d(2024, 12, 2), "Director of Clinical Services", "Draft for HoD review"])
    put(fs, 10, ["1.0", d(2024, 12, 16), "Hospital Director", "Clinical Governance Committee"])
    put(fs, 11, ["1.1", d(2025, 4, 28), "Director of Clinical Services", "Medical Advisory Committee"])
    fs["A13"] = "RAG key"
    fs["A13"].font = Font(bold=True)
    for i, (t, col, desc) in enumerate([("Complete", BLUE, "Action completed and evidence available"),
                                        ("G", GREEN, "On track to meet the completion date"),
                                        ("A", AMBER, "At risk – date may be missed, mitigation in place"),
                                        ("R", RED, "Off track – completion date missed or will be missed")],
                                       start=14):
        c = fs.cell(row=i, column=1, value=t)
        c.fill = fill(col)
        fs.cell(row=i, column=2, value=desc)
    fs.column_dimensions["A"].width = 18
    fs.column_dimensions["B"].width = 60
    fs.column_dimensions["C"].width = 30
    fs.column_dimensions["D"].width = 34

    ws = wb.create_sheet("Action plan")
    widths = [8, 9, 48, 13, 52, 28, 13, 13, 10, 10, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Position at 28/04/2025 – reported to the Medical Advisory Committee"
    ws.merge_cells("A2:K2")
    hdr = ["Ref", "Must / Should", "CQC finding", "Regulation", "Action", "Action owner",
           "Original date", "Revised date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    put(ws, 4, hdr, bold=True, bg=HEAD, white=True)

    ragcol = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    groups = [
        ("SECTION", "Surgery"),
        ("Must", "The service must ensure that all staff complete mandatory training, including "
                 "safeguarding adults and children level 3, in line with the provider's target.",
         "Reg 12(2)(c)", [
             ("MD1.1", "Produce a weekly compliance report by department from the e-learning system "
                       "and share it with heads of department.",
              "Head of Clinical Services", d(2024, 12, 31), None, "A", "Complete",
              "Weekly report issued since 6 December. Compliance 94% (target 90%)."),
             ("MD1.2", "Book face-to-face safeguarding level 3 sessions for all theatre and ward "
                       "registered staff who are non-compliant.",
              "Safeguarding Lead / Theatre Manager", d(2025, 1, 31), d(2025, 3, 31), "R", "A",
              "Two sessions held; trainer availability delayed the third. 11 staff outstanding."),
         ]),
        ("Must", "The service must ensure that the World Health Organization (WHO) surgical safety "
                 "checklist is fully completed for every patient.",
         "Reg 12(2)(a)(b)", [
             ("MD2.1", "Re-launch the five steps to safer surgery with all theatre teams, including a "
                       "'stop before you block' refresher.",
              "Theatre Manager", d(2024, 11, 30), None, "G", "Complete",
              "Re-launch completed 25 November; attendance list held."),
             ("MD2.2", "Carry out monthly observational WHO checklist audits (10 cases per theatre) and "
                       "report results to the Clinical Governance Committee.",
              "Theatre Manager; Clinical Governance Lead", "Monthly", None, "G", "G",
              "Dec–Mar audits 98–100% compliant."),
         ]),
        ("Should", "The service should ensure that controlled drugs records are checked and signed by "
                   "two registered staff in line with policy.",
         "", [
             ("SD1.1", "Add controlled drug register checks to the daily ward safety huddle checklist.",
              "Ward Manager", "Dec-24", None, "G", "Complete",
              "Checklist updated; pharmacy spot checks show no gaps since January."),
         ]),
        ("SECTION", "Outpatients"),
        ("Must", "The service must ensure that risk assessments for the outpatient department "
                 "environment are completed and reviewed, including fire risk.",
         "Reg 17(2)(b)", [
             ("MD3.1", "Complete environmental and fire risk assessments for the outpatient department "
                       "and add identified risks to the hospital risk register.",
              "Health & Safety Lead", d(2025, 2, 28), None, "A", "A",
              "Environmental assessment done; fire assessment by external assessor booked for May."),
             ("MD3.2", "Review outpatient risk register entries at the monthly Heads of Department "
                       "meeting.",
              "Hospital Director", d(2025, 3, 31), d(2025, 6, 30), "R", "A",
              "Standing agenda item from April; first full review due in May."),
         ]),
        ("Should", "The service should ensure that patients' privacy and dignity is maintained in the "
                   "outpatient waiting area when reception staff take personal details.",
         "", [
             ("SD2.1", "Install a privacy screen and 'please wait here' signage at outpatient reception.",
              "Facilities Manager", d(2025, 1, 31), None, "G", "Complete",
              "Installed 20 January."),
             ("SD2.2", "Introduce a quiet room option for patients who wish to discuss personal details "
                       "away from the reception desk.",
              "Outpatient Manager", d(2025, 3, 31), None, "G", "G",
              "Room identified; patient information leaflet being updated."),
         ]),
        ("Should", "The service should consider improving the monitoring of clinic start times and "
                   "cancellations at short notice.",
         "", [
             ("SD3.1", "Report clinic start-time and short-notice cancellation data in the monthly "
                       "outpatient performance dashboard.",
              "Outpatient Manager", "Q4 2024/25", None, "A", "R",
              "Data not yet available from the booking system; IT ticket raised."),
         ]),
    ]
    r = 5
    for g in groups:
        if g[0] == "SECTION":
            ws.cell(row=r, column=1, value=g[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            ws.cell(row=r, column=1).fill = fill(PALE)
            r += 1
            continue
        kind, finding, reg, acts = g
        first = r
        for (ref, action, owner, orig, rev, prev, cur, upd) in acts:
            put(ws, r, [ref, kind if r == first else None, finding if r == first else None,
                        reg if r == first else None, action, owner, orig, rev, prev, cur, upd])
            ws.cell(row=r, column=9).fill = fill(ragcol[prev])
            ws.cell(row=r, column=10).fill = fill(ragcol[cur])
            r += 1
        if len(acts) > 1:
            for col in (2, 3, 4):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for label, n in [("Complete", 4), ("G", 2), ("A", 3), ("R", 1), ("Total", 10)]:
        r += 1
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=n)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "mz1-spire-leicester-hospital-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. University: LJMU OfS condition E6 action plan (xlsx, dashboard sheet,
#    requirement column merged down, status words, leads on separate lines)
# ---------------------------------------------------------------------------
def university_xlsx():
    title = "LJMU – OfS Condition E6 Harassment and Sexual Misconduct Action Plan"
    wb = Workbook()
    db = wb.active
    db.title = "Dashboard"
    db["A1"] = title
    db["A1"].font = Font(bold=True, size=14)
    db["A2"] = "Liverpool John Moores University"
    db["A3"] = "Reporting to: Audit and Risk Committee, 20 November 2025"
    db["A4"] = "Position as at: 31 October 2025"
    put(db, 6, ["Status", "Number of actions"], bold=True, bg=GREY)
    for i, (s, n) in enumerate([("Complete", 3), ("On track", 2), ("At risk", 1),
                                ("Off track", 1), ("Not started", 1), ("Total", 8)], start=7):
        put(db, i, [s, n])
    db.column_dimensions["A"].width = 30
    db.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action plan")
    widths = [30, 9, 60, 32, 14, 14, 12, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Executive owner: Pro Vice-Chancellor (Student Experience)    Last updated: 31/10/2025"
    ws.merge_cells("A2:H2")
    put(ws, 4, ["E6 requirement", "Ref", "Action", "Lead(s)", "Target date", "Revised date",
                "Status", "Progress / evidence"], bold=True, bg="FF4B0082", white=True)
    stcol = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "Not started": None}
    groups = [
        ("E6.2–E6.4 Single comprehensive source of information", [
            ("E6-01", "Publish the single comprehensive source of information (SCSI) on harassment and "
                      "sexual misconduct as one web page, linking all relevant policies and procedures.",
             "Head of Student Conduct; Web Content Manager", d(2025, 7, 31), None, "Complete",
             "Published 28 July 2025 at ljmu.ac.uk/e6; Students' Union reviewed content."),
            ("E6-02", "Set up version control and an archive of previous versions of the SCSI, with a "
                      "change log published alongside it.",
             "University Secretary", "Sep-25", None, "On track",
             "Archive page built; change log template agreed. Go-live with November update."),
        ]),
        ("E6.5 Intimate personal relationships between staff and students", [
            ("E6-03", "Approve and implement the Personal Relationships Policy prohibiting intimate "
                      "personal relationships between relevant staff members and students.",
             "Director of People", d(2025, 8, 1), None, "Complete",
             "Approved by Board of Governors 10 July 2025; in force 1 August 2025."),
            ("E6-04", "Run a declaration exercise for existing relationships and record conflicts of "
                      "interest on the HR system.",
             "Director of People / Head of Employee Relations", d(2025, 10, 31), d(2026, 1, 31), "At risk",
             "HR system change delayed; declarations being collected on paper in the meantime."),
        ]),
        ("Training", [
            ("E6-05", "Make the online Consent Matters and active bystander modules mandatory in the "
                      "induction of all new students.",
             "Dean of Students", "Sept 2025", None, "Complete",
             "Modules live in Canvas induction course; 71% completion at 31 October."),
            ("E6-06", "Deliver specialist investigation training to all staff who investigate reports of "
                      "harassment and sexual misconduct.",
             "Head of Student Conduct", "December 2025", "January 2026", "Off track",
             "External trainer cancelled the November course; re-booked for January."),
        ]),
        ("Reporting, investigation and support", [
            ("E6-07", "Launch a Report + Support tool allowing named and anonymous reporting, and "
                      "publish annual anonymised data on reports received.",
             "Director of Student Support\nHead of Planning", "Mar-26", None, "Not started",
             "Procurement to start after budget confirmation in December."),
            ("E6-08", "Review capacity in the Wellbeing and Advice teams and agree additional resourcing "
                      "for specialist sexual violence liaison officers.",
             "Pro Vice-Chancellor (Student Experience)", d(2026, 4, 30), None, "On track",
             "Benchmarking with Russell Group and post-92 peers complete; paper to UEB in February."),
        ]),
    ]
    r = 5
    for req, acts in groups:
        first = r
        for (ref, action, lead, tgt, rev, st, upd) in acts:
            put(ws, r, [req if r == first else None, ref, action, lead, tgt, rev, st, upd])
            if stcol[st]:
                ws.cell(row=r, column=7).fill = fill(stcol[st])
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Note: actions rated Complete are retained until the Audit and Risk "
                                   "Committee has seen the evidence, then archived.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    key = wb.create_sheet("Status key")
    put(key, 1, ["Status", "Meaning"], bold=True, bg=GREY)
    for i, (s, m) in enumerate([("Complete", "Action delivered and evidence held"),
                                ("On track", "Progressing to the target date"),
                                ("At risk", "Risk to target date; mitigation in place"),
                                ("Off track", "Target date missed or will be missed"),
                                ("Not started", "Work not yet begun")], start=2):
        put(key, i, [s, m])
        if stcol[s]:
            key.cell(row=i, column=1).fill = fill(stcol[s])
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE,
            "mz1-liverpool-john-moores-university-ofs-e6-harassment-sexual-misconduct-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, bg=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True
        if bg:
            shade(c, bg)


def add_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0], "D9E1F2")
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t


# ---------------------------------------------------------------------------
# 4. College: Accrington and Rossendale College PIAP (docx, heading +
#    AFI paragraph + one table per area for improvement)
# ---------------------------------------------------------------------------
def college_docx():
    doc = Document()
    doc.add_heading("Accrington and Rossendale College – Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Following the Ofsted inspection of 26 to 29 November 2024 (report published "
                      "10 January 2025). Overall effectiveness: Good.")
    doc.add_heading("Document control", level=2)
    add_table(doc, ["Version", "Date", "Author", "Approved by"], [
        ["1.0", "07/02/2025", "Vice Principal Quality", "Quality & Standards Committee"],
        ["1.1", "13/05/2025", "Vice Principal Quality", "Quality & Standards Committee"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some slippage; "
                      "Red – off track.")

    afis = [
        ("Area for improvement 1",
         "Leaders should ensure that teachers on Access to Higher Education courses plan learning so "
         "that adult learners develop their academic writing skills quickly.",
         [
             ["1.1", "Introduce a diagnostic academic writing assessment in the first two weeks of all "
                     "Access to HE courses.", "Head of Adult Learning", "By 31 March 2025",
              "All Access learners assessed; individual targets set", "Blue"],
             ["1.2", "Provide fortnightly study-skills workshops on referencing and essay structure, "
                     "delivered with the library team.",
              "Curriculum Manager (Access) / Learning Resources Manager", "April 2025 – July 2025",
              "Improved grades in first assessed essay compared with 2023/24", "Green"],
             ["1.3", "Moderate a sample of marked assignments each term to check that feedback helps "
                     "learners improve their writing.", "Quality Manager", "Termly",
              "Moderation reports show developmental feedback in 90% of samples", "Green"],
         ]),
        ("Area for improvement 2",
         "Leaders should ensure that apprentices receive timely and useful careers advice, so that "
         "they understand the full range of options available at the end of their apprenticeship.",
         [
             ["2.1", "Schedule a careers guidance interview for every apprentice within 12 months of "
                     "their planned end date.", "Careers Lead", "30/06/2025",
              "100% of eligible apprentices interviewed; recorded on Smart Assessor", "Amber"],
             ["2.2", "Train skills coaches to include discussion of next steps in every progress review.",
              "Head of Apprenticeships", "May-25",
              "Progress review audit shows next steps discussed in all sampled reviews", "Blue"],
         ]),
        ("Area for improvement 3",
         "Governors should make sure that they receive detailed information about the quality of "
         "apprenticeships, so that they can challenge leaders effectively.",
         [
             ["3.1", "Add an apprenticeship quality dashboard (achievement, apprentices past planned end "
                     "date, off-the-job hours) to every Quality & Standards Committee report.",
              "Vice Principal Quality", "By 30 April 2025",
              "Dashboard presented at each committee; minutes record challenge", "Green"],
             ["3.2", "Appoint a link governor for apprenticeships and arrange two learning walks a year.",
              "Clerk to the Corporation", "Sept 2025",
              "Link governor in post; two learning walks reported to the Board", "Red"],
         ]),
    ]
    colours = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for head, text, rows in afis:
        doc.add_heading(head, level=2)
        doc.add_paragraph(text)
        t = add_table(doc, ["Ref", "Action", "Lead", "By when", "Measure of impact", "RAG"], rows)
        for i, r in enumerate(rows, start=1):
            shade(t.rows[i].cells[5], colours[r[5]])
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Quality & Standards Committee, 1 July 2025.")
    doc.save(os.path.join(HERE, "mz1-accrington-and-rossendale-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Mental health: Cygnet Hospital Woking CQC must/should do (docx, table
#    per core service, must-do rows merged across the table)
# ---------------------------------------------------------------------------
def mh_docx():
    doc = Document()
    doc.add_heading("Cygnet Hospital Woking – CQC Inspection Action Plan", level=0)
    doc.add_paragraph("Inspection: 3 to 5 March 2025 | Report published: 22 May 2025 | "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Plan owner: Hospital Director | Submitted to CQC: 19 June 2025 | "
                      "Progress at: 30 September 2025")
    doc.add_paragraph("BRAG key")
    add_table(doc, ["Rating", "Definition"], [
        ["Blue", "Completed and embedded"],
        ["Green", "On track"],
        ["Amber", "At risk of delay"],
        ["Red", "Overdue / not achievable by target date"],
    ])
    doc.add_paragraph("")

    services = [
        ("Acute wards for adults of working age and psychiatric intensive care units", [
            ("Must do 1 – The service must ensure that staff carry out and record physical health "
             "observations after rapid tranquillisation in line with NICE guidance and the provider's "
             "policy. (Regulation 12)", [
                ["MD1.1", "Deliver rapid tranquillisation refresher training to all registered nurses on "
                          "the acute and PICU wards.", "Lead Nurse", "30/06/2025", "Blue",
                 "31 of 33 nurses trained; remaining two on long-term leave."],
                ["MD1.2", "Introduce a post-rapid tranquillisation observation chart in the electronic "
                          "record, with an alert when observations are overdue.",
                 "Physical Health Nurse / IT Business Partner", "31/07/2025", "Amber",
                 "Chart built; alert function awaiting supplier release."],
                ["MD1.3", "Audit compliance weekly for three months, then monthly, reporting to the "
                          "Clinical Governance meeting.", "Clinical Manager", "Ongoing", "Green",
                 "Compliance 92% in August, 96% in September."],
            ]),
            ("Must do 2 – The service must ensure that blanket restrictions are reviewed and only "
             "applied where justified by individual risk. (Regulation 13)", [
                ["MD2.1", "Review the blanket restrictions register with patients through community "
                          "meetings and remove restrictions not supported by individual risk assessment.",
                 "Ward Managers", "August 2025", "Blue",
                 "Register reviewed on all wards; access to garden and hot drinks restored."],
            ]),
            ("Should do 1 – The service should ensure that patients have access to a range of "
             "therapeutic activities at weekends.", [
                ["SD1.1", "Recruit two weekend activity coordinators and publish a weekend activity "
                          "timetable on each ward.", "Head of Therapies", "Oct-25", "Red",
                 "Recruitment unsuccessful; posts re-advertised in September."],
            ]),
        ]),
        ("Wards for people with a learning disability or autistic people", [
            ("Must do 3 – The service must ensure that care plans for autistic patients include sensory "
             "needs and are written with the patient in a way they understand. (Regulation 9)", [
                ["MD3.1", "Complete a sensory assessment by an occupational therapist for every patient "
                          "on the ward.", "Occupational Therapy Lead", "31/08/2025", "Green",
                 "9 of 11 patients assessed."],
                ["MD3.2", "Rewrite care plans in easy read format with patients and families, supported "
                          "by the speech and language therapist.",
                 "Ward Manager; Speech and Language Therapist", "End of September 2025", "Amber",
                 "Six care plans rewritten; SLT vacancy slowing progress."],
            ]),
            ("Should do 2 – The service should ensure that staff receive training in autism, including "
             "the Oliver McGowan Mandatory Training.", [
                ["SD2.1", "Enrol all ward staff on Oliver McGowan Mandatory Training Tier 2 and track "
                          "completion monthly.", "Training Coordinator", "December 2025", "Green",
                 "Tier 1 e-learning 100%; Tier 2 sessions booked October to December."],
            ]),
        ]),
    ]
    colours = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for service, findings in services:
        doc.add_heading(service, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead(s)", "Target date", "BRAG", "Update"]):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0], "D9E1F2")
        for finding, acts in findings:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            merged.text = finding
            shade(merged, "F2F2F2")
            for p in merged.paragraphs:
                for run in p.runs:
                    run.font.bold = True
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate(a):
                    cells[i].text = v
                shade(cells[4], colours[a[4]])
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reviewed monthly at the Hospital Clinical Governance "
                      "meeting and reported to the Cygnet Regional Quality Board.")
    doc.save(os.path.join(HERE, "mz1-cygnet-hospital-woking-cqc-mental-health-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. GP practice: Heaton Moor Medical Group CQC action plan (tab-separated
#    text export, domain and requirement filled only on first row)
# ---------------------------------------------------------------------------
def gp_txt():
    lines = [
        ["Heaton Moor Medical Group – CQC Inspection Action Plan"],
        ["Inspection date: 4 June 2024", "Report published: 18 July 2024", "Rating: Requires improvement"],
        ["Plan owner: Practice Manager", "Last reviewed: 02/12/2024"],
        [],
        ["Domain", "Requirement / recommendation", "Action", "Responsible", "Target date", "Status",
         "Update"],
        ["Safe", "Regulation 12 Safe care and treatment: the practice must ensure patients on high-risk "
                 "medicines receive the required monitoring before prescriptions are issued.",
         "Run weekly searches for patients prescribed DMARDs, lithium and warfarin without up-to-date "
         "blood monitoring, and contact them to book tests.",
         "Clinical Pharmacist", "Jul-24", "Completed", "Searches running every Monday since 1 July."],
        ["", "", "Add a prescribing alert to the record of every patient overdue monitoring, so that "
                 "repeat requests are passed to a GP.",
         "Dr R Shah", "31/08/2024", "Completed", "Alert added to 37 records."],
        ["", "", "Re-audit high-risk medicines monitoring three months after the changes and present "
                 "the results at the clinical meeting.",
         "Dr R Shah / Clinical Pharmacist", "November 2024", "Completed",
         "Re-audit 96% compliant; presented 20/11/2024."],
        ["", "Regulation 12 Safe care and treatment: the practice must ensure that patients with a "
             "possible missed diagnosis of diabetes are reviewed and followed up.",
         "Review all patients identified by the CQC search as having a possible missed diagnosis of "
         "diabetes and code or recall them as appropriate.",
         "Dr H Collins", "Sept 2024", "Completed", "14 patients reviewed; 9 coded, 5 recalled for HbA1c."],
        ["Well-led", "Regulation 17 Good governance: the practice must ensure that systems to monitor "
                     "staff training, immunisation status and recruitment checks are effective.",
         "Set up a training matrix covering all staff, with reminders sent one month before training "
         "expires.",
         "Practice Manager", "Aug 2024", "Completed", "Matrix on shared drive; reviewed monthly."],
        ["", "", "Collect evidence of immunisation status for all clinical staff in line with UKHSA "
                 "Green Book guidance.",
         "Practice Manager/Nurse Lead", "Ongoing", "On track",
         "Evidence held for 18 of 21 clinical staff; new starters checked at induction."],
        ["Responsive", "Recommendation: the practice should continue to improve patient satisfaction "
                       "with access to appointments by telephone.",
         "Move to a cloud-based telephony system with call-back and queue position, and review the GP "
         "Patient Survey results when published.",
         "Practice Manager", "Mar-25", "On track", "Contract signed; go-live planned for February."],
        ["", "", "Work with the Patient Participation Group to run an in-house access survey and publish "
                 "a 'You said, we did' summary.",
         "PPG Chair/Practice Manager", "Apr-25", "Not started", "Agreed at PPG meeting 14/11/2024."],
        [],
        ["Status key: Completed = action finished and evidence filed; On track = in progress within "
         "target date; Not started = not yet begun"],
        ["Reviewed at the practice meeting on 02/12/2024. Next review: March 2025."],
    ]
    with open(os.path.join(HERE, "mz1-heaton-moor-medical-group-cqc-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="") as f:
        for row in lines:
            f.write("\t".join(row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. National body: GLAA ARAC internal audit recommendations tracker (csv,
#    refuse: mistyped month in a revised target date)
# ---------------------------------------------------------------------------
def glaa_csv():
    ncol = 11
    pad = lambda r: r + [""] * (ncol - len(r))
    rows = [
        pad(["GLAA Internal Audit Recommendations Tracker"]),
        pad(["Audit and Risk Assurance Committee, 15 July 2025 – position at 30 June 2025"]),
        pad([]),
        ["Audit", "Assurance", "Rec ref", "Priority", "Recommendation", "Management action", "Action owner",
         "Original target date", "Revised target date", "Status", "Progress update"],
        ["2024/25-03 Licence Application Processing", "Moderate", "LAP-1", "High",
         "Management should introduce a documented quality check of a sample of licence decisions each month.",
         "Introduce a monthly dip-sample of 5% of licence decisions, checked by a senior licensing officer "
         "and recorded on the licensing case management system.",
         "Head of Licensing", "31/03/2025", "", "Complete", "Dip-sampling in place since February 2025."],
        ["2024/25-03 Licence Application Processing", "Moderate", "LAP-2", "Medium",
         "Target processing times should be reported to the Senior Leadership Team monthly.",
         "Add licence application processing times against the 40-working-day target to the monthly SLT "
         "performance pack.",
         "Head of Licensing; Performance Manager", "30/04/2025", "", "Complete",
         "Included from the April 2025 pack."],
        ["2024/25-05 Cyber Security and Remote Working", "Limited", "CYB-1", "High",
         "Multi-factor authentication should be enforced for all user accounts, including service accounts.",
         "Enforce MFA on all remaining accounts and document exceptions approved by the SIRO.",
         "Head of Digital and IT", "31/03/2025", "30/09/2025", "In progress",
         "MFA live for all staff; 6 service accounts remain, supplier change required."],
        ["2024/25-05 Cyber Security and Remote Working", "Limited", "CYB-2", "High",
         "The authority should test its IT disaster recovery plan at least annually.",
         "Run a full disaster recovery test with the managed service provider and report lessons to ARAC.",
         "Head of Digital and IT", "30/06/2025", "Febuary 2026", "Overdue",
         "Test postponed to avoid clash with office move."],
        ["2024/25-05 Cyber Security and Remote Working", "Limited", "CYB-3", "Medium",
         "Leavers' access should be removed on the day employment ends.",
         "Link the HR leavers' checklist to an IT service desk ticket raised automatically on the leaving date.",
         "Head of People; Head of Digital and IT", "31/05/2025", "", "Complete",
         "Automated ticket in place; spot check found no late removals."],
        ["2024/25-07 Intelligence and Enforcement Case Management", "Moderate", "IEC-1", "Medium",
         "Case closure decisions should be reviewed and signed off by a manager.",
         "Update the enforcement operating procedures to require manager sign-off of all case closures.",
         "Director of Operations", "31/08/2025", "", "On track",
         "Draft procedure with Operations Leadership Team for approval in July."],
        ["2024/25-07 Intelligence and Enforcement Case Management", "Moderate", "IEC-2", "Low",
         "Retention periods for intelligence records should be applied consistently.",
         "Run a review of intelligence records held beyond the retention schedule and delete or re-justify them.",
         "Head of Intelligence", "30/09/2025", "", "On track", "Review scoped; to start in August."],
        ["2023/24-08 Key Financial Controls", "Substantial", "KFC-4", "Low",
         "Purchase card transaction logs should be approved within one month.",
         "Issue a reminder to all card holders and report late approvals to the Finance Director quarterly.",
         "Head of Finance", "31/12/2024", "31/03/2025", "Complete", "Late approvals reduced to nil in Q4."],
        pad([]),
        pad(["Total recommendations: 8", "Complete: 4", "On track: 2", "In progress: 1", "Overdue: 1"]),
    ]
    with open(os.path.join(HERE,
              "mz1-gangmasters-and-labour-abuse-authority-arac-internal-audit-recommendations-tracker"
              "-typo-month-refuse.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


if __name__ == "__main__":
    school_xlsx()
    hospital_xlsx()
    university_xlsx()
    college_docx()
    mh_docx()
    gp_txt()
    glaa_csv()
    print("built 7 files in", HERE)
