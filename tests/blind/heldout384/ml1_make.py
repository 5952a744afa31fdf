"""Build the seven ml1- blind test files (set heldout384).

Run with /work/main/.venv/bin/python ml1_make.py ; files are written beside this script.
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
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "FF0070C0"
GREEN = "FF00B050"
AMBER = "FFFFC000"
RED = "FFFF0000"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def boxrow(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Shirebrook Academy - post-Ofsted action plan (xlsx, RAG by fill only)
# ---------------------------------------------------------------------------
def shirebrook():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [7, 48, 26, 34, 30, 18, 40, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws["A1"] = "Shirebrook Academy – Post-Ofsted Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection dates: 21–22 February 2024   |   Overall effectiveness: "
                "Requires improvement   |   Updated for the Local Governing Body: 18 March 2025")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("RAG key (column H, shaded):  Blue = completed   Green = on track   "
                "Amber = some slippage, action in hand   Red = not on track")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")

    hdr = ["Ref", "Action", "Lead(s)", "Success criteria", "Monitoring / evidence",
           "Timescale", "Progress update (March 2025)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
    boxrow(ws, 5, 8)

    rows = [
        ("afi", "Area for improvement 1: Leaders should ensure that the key stage 3 curriculum "
                "in modern foreign languages and the humanities is sequenced so that pupils build "
                "their knowledge securely over time."),
        ("1.1", "Re-sequence KS3 curriculum maps in French, Spanish, history and geography, setting "
                "out the core knowledge pupils must secure by the end of each year.",
         "Vice Principal (Curriculum)",
         "Revised curriculum maps in place for September 2024 in all four subjects",
         "Trust subject directors; curriculum link governor", "Summer term 2024",
         "Completed July 2024. Maps published on the academy website.", BLUE),
        ("1.2", "Subject leaders to complete joint deep dives with trust subject directors and report "
                "findings to the Local Governing Body.",
         "JH / KR", "Deep dive reports show secure sequencing in all KS3 subjects",
         "LGB minutes; deep dive reports", "Autumn term 2024 – Summer term 2025",
         "Deep dives completed in MFL and history; geography booked for May.", GREEN),
        ("1.3", "Introduce a \"Do Now\" retrieval starter in every KS3 lesson and check its use "
                "through weekly learning walks.",
         "Assistant Principal (Teaching and Learning)",
         "Retrieval starter seen in 90% of lessons visited",
         "Learning walk records", "Spring term 2025",
         "Learning walks show inconsistent use in humanities; relaunch planned after Easter.", RED),
        ("afi", "Area for improvement 2: Leaders should ensure that teachers adapt their teaching so "
                "that pupils with special educational needs and/or disabilities (SEND) access the "
                "same ambitious curriculum as their peers."),
        ("2.1", "Rewrite pupil passports for every pupil on the SEND register so that each sets out "
                "classroom-ready strategies.",
         "SENDCo", "All passports rewritten and shared with staff",
         "SEND register audit", "Autumn term 2024",
         "Completed December 2024.", BLUE),
        ("2.2", "Deliver a six-session CPD programme on adaptive teaching to all teaching staff, with "
                "follow-up coaching for early career teachers.",
         "SENDCo / Assistant Principal (Teaching and Learning)",
         "Adaptive teaching evident in learning walks; ECT coaching logs complete",
         "CPD register; coaching logs", "Spring term 2025",
         "Four of six sessions delivered.", GREEN),
        ("2.3", "Quality assure SEND provision through half-termly learning walks and share findings "
                "with heads of department.",
         "SENDCo", "Findings acted on by departments within a half term",
         "SEND learning walk summaries", "Half-termly",
         "Spring 1 walk postponed due to staff absence.", AMBER),
        ("afi", "Area for improvement 3: Leaders should take further action to improve pupils' "
                "attendance, particularly for disadvantaged pupils, so that persistent absence "
                "reduces."),
        ("3.1", "Appoint a full-time attendance officer and introduce first-day calling and home "
                "visits for persistently absent pupils.",
         "Vice Principal (Behaviour and Attendance)",
         "Attendance officer in post; first-day calling in place",
         "Attendance data reported weekly to SLT", "Summer term 2024",
         "Attendance officer started June 2024.", BLUE),
        ("3.2", "Agree targeted support plans with the local authority Education Welfare Service for "
                "the 40 disadvantaged pupils with the highest absence.\nReview each plan at the "
                "fortnightly attendance panel.",
         "Attendance Officer; Pastoral Leads",
         "Persistent absence of disadvantaged pupils below 30%",
         "Attendance panel minutes", "Summer term 2025",
         "Plans agreed for 31 of 40 pupils; persistent absence 34.8%.", AMBER),
    ]
    r = 6
    for row in rows:
        if row[0] == "afi":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            for i, v in enumerate(row[:7], 1):
                ws.cell(row=r, column=i, value=v)
            ws.cell(row=r, column=8).fill = fill(row[7])
            boxrow(ws, r, 8)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Notes: Progress is reviewed at the fortnightly SLT meeting and reported to the Local "
        "Governing Body each term. Actions shaded blue will be removed at the next update."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).font = Font(italic=True)

    s2 = wb.create_sheet("LGB summary")
    s2["A1"] = "Summary of progress – March 2025"
    s2["A1"].font = Font(bold=True, size=12)
    s2.column_dimensions["A"].width = 34
    hdr2 = ["Area for improvement", "Actions", "Completed", "On track", "Slippage", "Not on track"]
    for i, h in enumerate(hdr2, 1):
        s2.cell(row=3, column=i, value=h).font = Font(bold=True)
    data = [("AFI 1 – KS3 curriculum", 3, 1, 1, 0, 1),
            ("AFI 2 – Adaptive teaching for SEND", 3, 1, 1, 1, 0),
            ("AFI 3 – Attendance", 2, 1, 0, 1, 0),
            ("Total", 8, 3, 2, 2, 1)]
    for j, d in enumerate(data):
        for i, v in enumerate(d, 1):
            s2.cell(row=4 + j, column=i, value=v)
    for i in range(1, 7):
        s2.cell(row=7, column=i).font = Font(bold=True)
    wb.save(os.path.join(HERE, "ml1-shirebrook-academy-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Barnet and Southgate College - PIAP with a mistyped month (refuse)
# ---------------------------------------------------------------------------
def barnet_southgate():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Barnet and Southgate College"
    dc["A1"].font = Font(bold=True, size=14)
    dc["A2"] = "Ofsted Post-Inspection Action Plan (PIAP) – document control"
    dc["A4"] = "Version"
    dc["B4"] = "Date"
    dc["C4"] = "Author"
    dc["D4"] = "Change"
    for c in "ABCD":
        dc[c + "4"].font = Font(bold=True)
    ver = [("0.1", "20/11/2023", "Director of Quality", "First draft following inspection feedback"),
           ("1.0", "05/12/2023", "Director of Quality", "Approved by Quality and Standards Committee"),
           ("1.1", "11/03/2024", "Quality Improvement Manager", "Progress update for March committee")]
    for j, v in enumerate(ver):
        for i, x in enumerate(v):
            dc.cell(row=5 + j, column=1 + i, value=x)
    dc.column_dimensions["B"].width = 12
    dc.column_dimensions["C"].width = 28
    dc.column_dimensions["D"].width = 46

    ws = wb.create_sheet("PIAP")
    widths = [40, 6, 52, 26, 13, 13, 44, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Barnet and Southgate College – Ofsted Post-Inspection Action Plan 2023–24"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection: 10–13 October 2023. Progress update for the Quality and Standards "
                "Committee – March 2024")
    ws.merge_cells("A2:H2")
    hdr = ["Area for improvement", "Ref", "Action", "Responsible", "Target date", "Revised date",
           "Progress update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF7030A0")
    boxrow(ws, 4, 8)
    groups = [
        ("Leaders and managers should ensure that teachers on a small minority of study "
         "programmes use assessment effectively to check learners' understanding before moving "
         "on to new topics.", [
             ("1a", "Deliver a whole-college CPD day on checking for understanding, including "
                    "questioning and hinge questions.", "Director of Quality", "Jan 2024", "",
              "Delivered 5 January 2024 to 312 staff.", "Complete"),
             ("1b", "Heads of faculty to include assessment for learning in every observation and "
                    "learning walk, with targeted coaching for staff graded below expected.",
              "Heads of Faculty", "Mar 2024", "May 2024",
              "Observations complete in four of six faculties.", "On track"),
             ("1c", "Run termly assessment moderation in construction, engineering and ESOL "
                    "programmes.", "Quality Improvement Managers", "Febuary 2024", "",
              "First moderation round held; construction postponed.", "Behind"),
         ]),
        ("Leaders should improve the attendance of learners on GCSE English and mathematics and "
         "functional skills courses.", [
             ("2a", "Introduce same-day absence texts and tutor phone calls for all English and "
                    "maths classes.", "Head of Foundation Studies", "Nov 2023", "",
              "In place since 20 November.", "Complete"),
             ("2b", "Report English and maths attendance by programme area to the weekly senior "
                    "leadership team meeting.", "Director of Student Services", "Dec 2023", "",
              "Weekly report established.", "Complete"),
         ]),
        ("Leaders should ensure that apprentices receive timely, impartial careers advice and "
         "guidance so that they know the options available to them when they complete their "
         "programme.", [
             ("3a", "Schedule a careers interview with a qualified adviser for every apprentice in "
                    "the final six months of their programme.", "Head of Apprenticeships",
              "Apr 2024", "", "Interviews booked for 64 of 81 apprentices.", "On track"),
             ("3b", "Add careers and next steps to the progress review template used by "
                    "assessor-coaches.", "Apprenticeship Quality Lead", "Jan 2024", "",
              "New template live from January.", "Complete"),
             ("3c", "Survey apprentices and employers on the usefulness of careers advice and "
                    "report results to governors.", "Head of Careers", "Jun 2024", "",
              "Survey drafted.", "On track"),
         ]),
    ]
    r = 5
    for afi, acts in groups:
        start = r
        ws.cell(row=r, column=1, value=afi)
        for a in acts:
            for i, v in enumerate(a, 2):
                ws.cell(row=r, column=i, value=v if v != "" else None)
            boxrow(ws, r, 8)
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value=("Status key: Complete – action finished and evidence held; "
                                    "On track; Behind – see revised date and progress update."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.save(os.path.join(
        HERE, "ml1-barnet-and-southgate-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. WhiteHat - Ofsted apprenticeships PIAP (csv export)
# ---------------------------------------------------------------------------
def whitehat():
    n = 9
    pad = lambda first: [first] + [""] * (n - 1)
    rows = [
        pad("WhiteHat – Post-Inspection Action Plan"),
        pad("Ofsted full inspection: 7–10 November 2023"),
        pad("Updated 28/06/2024 by the Quality Team"),
        [""] * n,
        ["Theme", "Area for improvement", "Action ref", "Action", "Owner", "Original deadline",
         "Revised deadline", "RAG", "Progress commentary"],
        ["Quality of education",
         "Leaders should ensure that coaches set apprentices precise targets in progress reviews "
         "so that apprentices know what they need to do to improve.",
         "QE1",
         "Rewrite the progress review template so that every review records SMART targets agreed "
         "with the apprentice and their line manager.",
         "Head of Coaching", "31/01/2024", "", "B", "Template live on Aptem from the January cohort."],
        ["", "", "QE2",
         "Train all coaches in target setting through two workshops and a recorded module.",
         "Head of Coaching / L&D Lead", "31/03/2024", "30/04/2024", "B",
         "Second workshop moved to April because of the end-point assessment peak."],
        ["", "", "QE3",
         "Sample 10% of progress reviews each month and feed back to coaches through 1:1s.",
         "Quality Manager", "Monthly", "", "G", "May sample: 82% of targets rated SMART."],
        ["",
         "Leaders should make sure that apprentices with additional learning needs are identified "
         "quickly and receive the support they need.",
         "QE4",
         "Add a learning needs screening question set to onboarding\nand refer apprentices who "
         "disclose a need to the Learner Support Team within 5 working days.",
         "Priya Shah & Tom Elliott", "30/04/2024", "", "G",
         "Screening live; referral time averaging 3 days."],
        ["Leadership and management",
         "Governors should strengthen their oversight of the quality of apprenticeship training.",
         "LM1",
         "Recruit an independent member with further education quality expertise to the "
         "Apprenticeship Governance Board.",
         "CEO", "31/03/2024", "31/07/2024", "A",
         "Two candidates interviewed; preferred candidate withdrew."],
        ["", "", "LM2",
         "Introduce a quarterly quality report to the board covering achievement, progress reviews "
         "and apprentice feedback.",
         "Director of Apprenticeships", "30/06/2024", "", "G", "First report tabled 20 June."],
        ["", "", "LM3",
         "Commission an external mock inspection of the data and software apprenticeship standards.",
         "Director of Apprenticeships", "w/c 14/10/2024", "", "G", "Provider booked."],
        [""] * n,
        pad("RAG key: B = complete; G = on track; A = at risk of missing deadline; R = overdue"),
        pad("Actions marked B are closed at the next Quality Board."),
    ]
    with open(os.path.join(HERE, "ml1-whitehat-ofsted-apprenticeships-piap.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 4. Fitzwilliam Hospital - CQC must do / should do (xlsx, several sheets)
# ---------------------------------------------------------------------------
def fitzwilliam():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Fitzwilliam Hospital – CQC Inspection Action Plan"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Must do and should do actions following the inspection on 5–6 June 2023"
    cv["A3"] = "Report published: 18 August 2023"
    cv["A5"] = "Document owner"
    cv["B5"] = "Hospital Director"
    cv["A6"] = "Reported to"
    cv["B6"] = "Clinical Governance Committee (monthly); Medical Advisory Committee (quarterly)"
    cv["A7"] = "Last updated"
    cv["B7"] = dt.datetime(2024, 1, 15)
    cv["B7"].number_format = "dd/mm/yyyy"
    cv["A9"] = "RAG key"
    cv["A9"].font = Font(bold=True)
    key = [("Complete", "Action implemented and evidence filed", BLUE),
           ("Green", "On track to meet due date", GREEN),
           ("Amber", "Risk to delivery – mitigation in place", AMBER),
           ("Red", "Overdue or off track", RED)]
    for j, (k, d, col) in enumerate(key):
        cv.cell(row=10 + j, column=1, value=k).fill = fill(col)
        cv.cell(row=10 + j, column=2, value=d)
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 70

    def sheet(name, caption, hdr, widths, blocks, merge_cols):
        ws = wb.create_sheet(name)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ncol = len(hdr)
        ws.cell(row=1, column=1, value=caption).font = Font(bold=True, size=13)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        for i, h in enumerate(hdr, 1):
            c = ws.cell(row=2, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("FF005EB8")
        boxrow(ws, 2, ncol)
        r = 3
        for service, items in blocks:
            ws.cell(row=r, column=1, value=service).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            for finding, extra, acts in items:
                start = r
                for a in acts:
                    vals = list(a)
                    for i, v in enumerate(vals, 1):
                        c = ws.cell(row=r, column=i, value=v)
                        if isinstance(v, dt.datetime):
                            c.number_format = "dd/mm/yyyy"
                    boxrow(ws, r, ncol)
                    r += 1
                ws.cell(row=start, column=2, value=finding)
                if extra is not None:
                    ws.cell(row=start, column=3, value=extra)
                if r - 1 > start:
                    for mc in merge_cols:
                        ws.merge_cells(start_row=start, start_column=mc, end_row=r - 1, end_column=mc)
        return ws, r

    D = dt.datetime
    must = [
        ("Surgery", [
            ("The service must ensure that all staff complete mandatory training, including "
             "safeguarding children level 3 for staff caring for children and young people.",
             "Regulation 18 Staffing",
             [("MD1.1", None, None,
               "Produce a monthly mandatory training compliance report by department and escalate "
               "any member of staff below 90% to their line manager.",
               "Head of Clinical Services", D(2023, 9, 30), "Monthly report to CGC", "Amber",
               "Complete"),
              ("MD1.2", None, None,
               "Book all paediatric-facing staff onto safeguarding children level 3 training.",
               "Safeguarding Lead", D(2023, 12, 31), "Training records", "Amber", "Green"),
              ("MD1.3", None, None,
               "Add mandatory training compliance to the agenda of every Heads of Department "
               "meeting.", "Hospital Director", D(2023, 8, 31), "HoD minutes", "Green",
               "Complete")]),
            ("The service must ensure that the World Health Organization (WHO) surgical safety "
             "checklist is fully completed for every patient.",
             "Regulation 12 Safe care and treatment",
             [("MD2.1", None, None,
               "Relaunch the Five Steps to Safer Surgery with all theatre teams and observe 10 "
               "cases each month.", "Theatre Manager", D(2023, 10, 31),
               "Observational audit results", "Red", "Amber"),
              ("MD2.2", None, None,
               "Audit WHO checklist completion monthly and report the results to the Clinical "
               "Governance Committee.", "Theatre Manager / Clinical Governance Lead",
               D(2024, 3, 31), "CGC minutes", "Amber", "Green")]),
        ]),
    ]
    sheet("Must do", "Must do actions",
          ["No.", "Must do (from CQC report)", "Regulation", "Action", "Action owner", "Due date",
           "Evidence of completion", "Previous RAG", "Current RAG"],
          [8, 44, 22, 48, 26, 12, 24, 10, 10], must, [2, 3])

    should = [
        ("Surgery", [
            ("The service should ensure that resuscitation trolleys are checked daily in line with "
             "policy.", None,
             [("SD1", None, "Introduce a daily electronic checklist for each resuscitation trolley "
                            "with weekly sign-off by the ward sister.",
               "Ward Manager", D(2023, 9, 30), "Green", "Complete")]),
            ("The service should ensure that patients' pain scores are recorded after each "
             "intervention.", None,
             [("SD2", None, "Include pain reassessment in the monthly nursing documentation audit.",
               "Ward Manager", D(2023, 11, 30), "Amber", "Green")]),
        ]),
        ("Outpatients", [
            ("The service should consider how it can reduce waiting times for follow-up "
             "outpatient appointments.", None,
             [("SD3", None, "Review consultant clinic templates and add two additional orthopaedic "
                            "follow-up clinics each month.",
               "Outpatients Manager; Operations Manager", D(2024, 1, 31), "Amber", "Amber")]),
            ("The service should ensure that interpreting services are offered to patients whose "
             "first language is not English.", None,
             [("SD4", None, "Display interpreting service posters in all waiting areas and add an "
                            "interpreter prompt to the booking form.",
               "Patient Experience Lead", D(2023, 10, 31), "Green", "Complete")]),
        ]),
    ]
    ws, r = sheet("Should do", "Should do actions",
                  ["No.", "Should do (from CQC report)", "Action", "Action owner", "Due date",
                   "Previous RAG", "Current RAG"],
                  [8, 48, 52, 30, 12, 10, 10], should, [])
    ws.cell(row=r + 1, column=1,
            value="Actions rated Complete for two consecutive months are archived.").font = Font(italic=True)
    wb.save(os.path.join(HERE, "ml1-fitzwilliam-hospital-cqc-must-should-do-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic


def header_row(table, labels, hex6="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, hex6)


# ---------------------------------------------------------------------------
# 5. Brampton Medical Practice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def brampton():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Brampton Medical Practice: CQC Inspection Action Plan", level=0)
    doc.add_paragraph(
        "Inspection date: 14 May 2024. Overall rating: Requires improvement. This plan sets out our "
        "response to the requirement notices and to the areas where the practice should improve "
        "in the CQC report published on 2 July 2024.")

    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comments"], "595959")
    dcrows = [("1.0", "08/07/2024", "Practice Manager", "Draft for partners' meeting"),
              ("1.1", "22/07/2024", "Practice Manager", "Agreed by the partners"),
              ("1.2", "14/10/2024", "Assistant Practice Manager", "Progress update for the PPG")]
    for j, rw in enumerate(dcrows, 1):
        for i, v in enumerate(rw):
            set_cell(t.rows[j].cells[i], v)

    doc.add_heading("Section 1: Requirement notices", level=1)

    def reg_table(title, blocks):
        doc.add_heading(title, level=2)
        nrows = 1 + sum(1 + len(a) for _, a in blocks)
        tb = doc.add_table(rows=nrows, cols=5)
        tb.style = "Table Grid"
        header_row(tb, ["Ref", "Action", "Lead", "Completion date", "Status"], "005EB8")
        r = 1
        for finding, acts in blocks:
            row = tb.rows[r]
            m = row.cells[0].merge(row.cells[4])
            set_cell(m, finding, italic=True)
            shade(m, "DEEAF6")
            r += 1
            for a in acts:
                for i, v in enumerate(a):
                    set_cell(tb.rows[r].cells[i], v)
                r += 1

    reg_table("Regulation 12 – Safe care and treatment", [
        ("The provider must ensure care and treatment is provided in a safe way, including the "
         "monitoring of patients prescribed high-risk medicines.", [
             ("12.1", "Run a weekly search for patients prescribed methotrexate, lithium or a DOAC "
                      "without up-to-date blood monitoring and recall them.",
              "Clinical Pharmacist", "31/07/2024", "Complete"),
             ("12.2", "Add a high-risk drug monitoring alert to EMIS so that repeat prescriptions "
                      "are not issued when monitoring is overdue.",
              "Dr A Khan and Dr S Patel", "End of August 2024", "Complete"),
         ]),
        ("The provider must ensure that emergency medicines are stocked in line with national "
         "guidance or that a documented risk assessment is in place.", [
             ("12.3", "Review the emergency drugs list against Resuscitation Council UK guidance and "
                      "complete a risk assessment for any medicine not held.",
              "Lead Nurse", "31/10/2024", "On track"),
         ]),
    ])
    reg_table("Regulation 17 – Good governance", [
        ("The provider must establish effective systems to assess, monitor and improve the quality "
         "and safety of services, including the management of safety alerts and significant "
         "events.", [
             ("17.1", "Create a safety alert log with a named clinician responsible for each MHRA "
                      "alert and evidence of the action taken.",
              "Practice Manager / Dr A Khan", "31/07/2024", "Complete"),
             ("17.2", "Hold a quarterly significant event meeting with all staff groups and share "
                      "the learning at the monthly practice meeting.",
              "Practice Manager", "Ongoing", "On track"),
             ("17.3", "Complete a policy review schedule and update all out-of-date policies, "
                      "starting with safeguarding and infection control.",
              "Assistant Practice Manager", "Dec-24", "Not started"),
         ]),
    ])

    doc.add_heading("Section 2: Areas where the practice should improve", level=1)
    sh = [("Continue to improve the uptake of cervical screening.",
           "Offer Saturday morning smear clinics at the extended access hub and send text reminders "
           "at 4 and 8 weeks.", "Lead Nurse", "31/12/2024", "On track"),
          ("Take action to improve patient satisfaction with telephone access.",
           "Install a cloud telephony system with call-back and queue position, and publish monthly "
           "call data to the Patient Participation Group.", "Practice Manager", "Nov 2024",
           "On track")]
    tb = doc.add_table(rows=1 + len(sh), cols=5)
    tb.style = "Table Grid"
    header_row(tb, ["The practice should", "Our action", "Lead", "By when", "Status"], "005EB8")
    for j, rw in enumerate(sh, 1):
        for i, v in enumerate(rw):
            set_cell(tb.rows[j].cells[i], v)

    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete; On track; Not started. The plan is reviewed monthly at "
                      "the partners' meeting and shared with the Patient Participation Group.")
    doc.add_paragraph("Signed: Dr A Khan, Senior Partner        Date: 14/10/2024")
    doc.save(os.path.join(HERE, "ml1-brampton-medical-practice-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Llanarth Court Hospital - HIW improvement plan (tab-separated text export)
# ---------------------------------------------------------------------------
def llanarth():
    T = "\t"
    lines = [
        "Llanarth Court Hospital – Improvement plan",
        "Service: Llanarth Court Hospital, Raglan (independent mental health hospital)",
        "Date of inspection: 3–5 June 2024",
        "",
        "Appendix B – Immediate improvement plan",
        "No immediate assurance issues were identified during this inspection.",
        "",
        "Appendix C – Improvement plan",
        T.join(["Improvement needed", "Standard / Regulation", "Service action",
                "Responsible officer", "Timescale"]),
        "Quality of the patient experience",
        T.join(["The registered provider must ensure that bedroom doors on Howell ward have working "
                "observation panels that protect patients' privacy and dignity.",
                "Regulation 15(1)(c)",
                "Replace the observation panels on all 12 bedroom doors with privacy-controlled "
                "panels.",
                "Hospital Director", "30 September 2024"]),
        T.join(["", "",
                "Add observation panel checks to the weekly environmental audit.",
                "Ward Manager", "Immediate and ongoing"]),
        T.join(["The registered provider must ensure that information about advocacy and how to "
                "complain is displayed on every ward in English and Welsh.",
                "Regulation 19(1)(b)",
                "Print and display bilingual advocacy and complaints posters on all wards and add "
                "them to the patient welcome pack.",
                "Patient Experience Lead", "August 2024"]),
        "Delivery of safe and effective care",
        T.join(["The registered provider must ensure that physical health monitoring following "
                "rapid tranquillisation is recorded in line with NICE guidance and hospital policy.",
                "Regulation 15(1)(a)",
                "Deliver refresher training on post-rapid tranquillisation monitoring to all "
                "registered nurses.",
                "Head of Nursing / Clinical Nurse Educator", "31 October 2024"]),
        T.join(["", "",
                "Audit every episode of rapid tranquillisation monthly and report compliance to "
                "the Clinical Governance meeting.",
                "Head of Nursing", "Q3 2024/25"]),
        T.join(["The registered provider must ensure that care and treatment plans are reviewed "
                "with patients and that their involvement is recorded.",
                "Regulation 15(1)(a)",
                "Introduce a co-produced \"My Care Plan\" summary and check its completion in the "
                "monthly record audit.",
                "Responsible Clinician; Ward Managers", "End of December 2024"]),
        "Quality of management and leadership",
        T.join(["The registered provider must ensure that staff receive regular clinical "
                "supervision and that compliance is monitored.",
                "Regulation 20(2)(a)",
                "Set a supervision compliance target of 85% and report ward-level figures to the "
                "monthly senior management team meeting.",
                "Hospital Director", "September 2024 – January 2025"]),
        T.join(["The registered provider must ensure that there are sufficient numbers of suitably "
                "qualified staff on every shift.",
                "Regulation 20(1)(a)",
                "Recruit four additional registered nurses to reduce reliance on agency staff on "
                "night shifts.",
                "Hospital Director", "March 2025"]),
        "",
        "Service representative",
        T.join(["Name (print):", "Gareth Powell"]),
        T.join(["Job role:", "Hospital Director"]),
        T.join(["Date:", "19 August 2024"]),
    ]
    with open(os.path.join(HERE, "ml1-llanarth-court-hospital-hiw-mental-health-improvement-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Ofsted ARAC - internal audit recommendations tracker (docx, table per audit)
# ---------------------------------------------------------------------------
def ofsted_arac():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Ofsted Audit and Risk Assurance Committee: implementation of internal audit "
                    "recommendations", level=0)
    doc.add_paragraph("Paper: ARAC 24-31    Meeting: 12 November 2024    Classification: OFFICIAL")
    doc.add_paragraph("Sponsor: Chief Operating Officer    Author: Head of Risk and Assurance")

    doc.add_heading("Purpose", level=1)
    doc.add_paragraph("To update the Committee on progress with the internal audit recommendations "
                      "agreed with the Government Internal Audit Agency (GIAA), as at 31 October "
                      "2024, and to seek agreement to close those marked Complete.")
    doc.add_heading("Summary", level=1)
    summ = [("Priority", "Open recommendations", "Of which complete (for closure)", "Overdue"),
            ("High", "2", "0", "0"), ("Medium", "5", "1", "1"), ("Low", "1", "1", "0"),
            ("Total", "8", "2", "1")]
    t = doc.add_table(rows=len(summ), cols=4)
    t.style = "Table Grid"
    header_row(t, summ[0], "595959")
    for j, rw in enumerate(summ[1:], 1):
        for i, v in enumerate(rw):
            set_cell(t.rows[j].cells[i], v, bold=(rw[0] == "Total"))
    doc.add_paragraph()
    doc.add_paragraph("RAG: Green – on track to meet the agreed date; Amber – at risk; Red – past the "
                      "agreed date; Complete – implemented and proposed for closure.")

    doc.add_heading("Annex A: Open recommendations by audit", level=1)
    hdr = ["Rec", "Recommendation", "Priority", "Agreed action", "Owner", "Original date",
           "Revised date", "Update", "RAG"]
    fills = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    audits = [
        ("1. Information Asset Management (GIAA, limited assurance, March 2024)", [
            ("1.1", "Ofsted should refresh its Information Asset Register and confirm an owner for "
                    "every asset.", "High",
             "Complete a full refresh of the Information Asset Register, with each Information "
             "Asset Owner confirming their assets in writing.",
             "Director, Digital and Information", "31/07/2024", "31/12/2024",
             "Refresh 70% complete; remaining directorates due in November.", "Amber"),
            ("1.2", "Information Asset Owners should receive role-specific training.", "Medium",
             "Roll out the Civil Service Information Asset Owner e-learning to all IAOs and record "
             "completion.", "Senior Information Risk Owner", "30/09/2024", "",
             "All 27 IAOs trained.", "Complete"),
            ("1.3", "Retention schedules should be applied to inspection evidence held on shared "
                    "drives.", "Medium",
             "Apply the retention schedule to legacy inspection evidence folders and document "
             "disposal decisions.",
             "Head of Information Governance / Head of Records Management", "31/03/2025", "",
             "Scoping complete; pilot under way in Social Care Regulation.", "Green"),
        ]),
        ("2. Contract Management (GIAA, moderate assurance, June 2024)", [
            ("2.1", "Contract managers should hold documented performance reviews with key "
                    "suppliers.", "Medium",
             "Introduce a quarterly supplier performance review template and hold reviews for all "
             "Gold and Silver contracts.", "Head of Commercial", "30/09/2024", "31/01/2025",
             "Template agreed; first round of reviews scheduled.", "Amber"),
            ("2.2", "The contracts register should record contract end dates and extension "
                    "options.", "Low",
             "Update the contracts register to include end dates, break clauses and extension "
             "options.", "Head of Commercial", "31/08/2024", "",
             "Register updated and reviewed by Finance.", "Complete"),
        ]),
        ("3. Inspector Workforce Planning (GIAA, limited assurance, July 2024)", [
            ("3.1", "Ofsted should develop a workforce plan for His Majesty's Inspectors that links "
                    "recruitment to the inspection programme.", "High",
             "Develop a three-year HMI workforce plan aligned to the inspection forecast and present "
             "it to the Executive Board.", "Chief Operating Officer", "31/12/2024", "",
             "Draft plan to Executive Board in December.", "Green"),
            ("3.2", "Exit interview data should be analysed and reported.", "Medium",
             "Analyse exit interview data for inspectors each quarter and report themes to the "
             "People Committee.", "Director, People", "Q4 2024-25", "",
             "First report due January 2025.", "Green"),
            ("3.3", "Ofsted Inspector capacity should be monitored against inspection demand.",
             "Medium",
             "Build a monthly dashboard of contracted Ofsted Inspector availability against "
             "scheduled inspections.", "Head of Scheduling", "30/09/2024", "",
             "Dashboard delayed by data migration; new date to be agreed.", "Red"),
        ]),
    ]
    for head, recs in audits:
        doc.add_heading(head, level=2)
        tb = doc.add_table(rows=1 + len(recs), cols=len(hdr))
        tb.style = "Table Grid"
        header_row(tb, hdr, "1F3864")
        for j, rw in enumerate(recs, 1):
            for i, v in enumerate(rw):
                set_cell(tb.rows[j].cells[i], v)
            shade(tb.rows[j].cells[8], fills[rw[8]])
        doc.add_paragraph()
    doc.add_paragraph("Recommendations marked Complete will be removed from the tracker once GIAA has "
                      "validated the evidence.")
    doc.save(os.path.join(HERE, "ml1-ofsted-arac-internal-audit-recommendations-tracker.docx"))


if __name__ == "__main__":
    shirebrook()
    barnet_southgate()
    whitehat()
    fitzwilliam()
    brampton()
    llanarth()
    ofsted_arac()
    print("done")
