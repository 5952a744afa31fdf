"""Build the seven nn1- blind test files (set heldout412).

Run with /work/main/.venv/bin/python nn1_make.py  (writes beside this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050",
    "Complete": "0070C0", "Completed": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_row(ws, r, values, border=True, wrap=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        if border:
            cell.border = BOX
        if wrap:
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. School: Blatchington Mill School post-Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
def school_xlsx():
    title = "Blatchington Mill School Post-Ofsted Action Plan 2024-25"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Version", "3.0"),
        ("Date of inspection", "5-6 March 2024"),
        ("Overall effectiveness", "Requires improvement"),
        ("Plan owner", "Headteacher"),
        ("Approved by", "Full Governing Body, 16 May 2024"),
        ("Last reviewed", "Standards Committee, 25 March 2025"),
        ("Next review", "July 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        write_row(cov, i, [k, v])
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [
        ("R", "Not started or significant concern"),
        ("A", "In progress - some slippage"),
        ("G", "On track"),
        ("B", "Complete"),
    ]
    for i, (k, v) in enumerate(key, start=13):
        write_row(cov, i, [k, v])
        cov.cell(row=i, column=1).fill = fill(FILL[k])
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Areas for improvement from the Ofsted report (inspection 5-6 March 2024). "
                "RAG reviewed at the end of each term.")
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Action", "Lead(s)", "Success criteria", "Timescale",
           "Autumn review RAG", "Spring review RAG", "Monitoring / evidence"]
    write_row(ws, 4, hdr)
    for c in range(1, 9):
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=4, column=c).fill = fill("1F3864")

    plan = [
        ("theme", "Quality of education"),
        ("afi", "AFI 1: Leaders should ensure that the key stage 3 curriculum in all subjects "
                "sets out the important knowledge pupils should learn and the order in which "
                "they should learn it."),
        ("act", "1.1", "Subject leaders to rewrite KS3 curriculum maps so that the core knowledge "
                "for each unit is identified and sequenced from Year 7 to Year 9.",
         "DHT (Curriculum)", "Maps published on the shared drive for all 14 subjects",
         "Autumn term 2024", "A", "B", "Maps reviewed by SLT in December; all signed off"),
        ("act", "1.2", "Fortnightly line-management meetings to quality-assure the revised maps "
                "with each subject leader, including work scrutiny and pupil voice.",
         "DHT (Curriculum); Subject leaders", "Pupil voice shows pupils recall prior knowledge",
         "Spring term 2025", "G", "G", "Line-management notes; work scrutiny log"),
        ("act", "1.3", "Whole-staff CPD on retrieval practice and checking for understanding "
                "through the Tuesday twilight programme.",
         "AHT Teaching & Learning", "Retrieval practice seen in 90% of learning walks",
         "Summer term 2025", "A", "A", "Learning walk summary - 72% in Spring"),
        ("afi", "AFI 2: Leaders should ensure that teachers adapt their teaching so that pupils "
                "with SEND can access the same ambitious curriculum as their peers."),
        ("act", "2.1", "Rewrite pupil passports for all pupils on the SEND register so that "
                "strategies are specific to each subject.",
         "SENCo", "Passports in place for all 187 pupils on the register",
         "31/01/2025", "A", "B", "Passports on Arbor; parent feedback positive"),
        ("act", "2.2", "Adaptive teaching training for all teaching assistants, followed by "
                "paired observations in mixed-attainment classes.",
         "SENCo / Lead TA", "All TAs trained and observed", "Feb 2025", "R", "A",
         "Training done; 9 of 16 paired observations completed"),
        ("theme", "Behaviour and attitudes"),
        ("afi", "AFI 3: Leaders should continue to reduce rates of persistent absence, "
                "particularly for disadvantaged pupils."),
        ("act", "3.1", "Appoint a full-time attendance officer and introduce weekly attendance "
                "panel meetings.",
         "AHT Pastoral", "Officer in post; panels held weekly", "Sept 2024", "B", "B",
         "Officer started 2 September"),
        ("act", "3.2", "Home visits and early help referrals for every disadvantaged pupil "
                "whose attendance falls below 90%.",
         "Attendance Officer & Heads of Year", "PA for disadvantaged pupils below 20%",
         "Ongoing", "A", "G", "PA for disadvantaged pupils 21.4% (was 27.9%)"),
        ("theme", "Leadership and management"),
        ("afi", "AFI 4: Governors should hold leaders to account more precisely for the impact "
                "of the school's curriculum work."),
        ("act", "4.1", "Standards Committee to receive a termly curriculum impact report, "
                "including KS3 assessment outcomes by subject.",
         "Chair of Standards Committee", "Minutes show challenge on subject outcomes",
         "Termly", "G", "G", "Reports received December and March"),
        ("act", "4.2", "Commission an external review of governance and agree an action plan "
                "with the full governing body.",
         "Chair of Governors", "Review completed and action plan agreed", "Mar-25", None, "R",
         "Delayed - reviewer not yet confirmed by the local authority"),
    ]
    r = 5
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF", size=12)
            ws.cell(row=r, column=1).fill = fill("2E75B6")
        elif item[0] == "afi":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).fill = fill("DDEBF7")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, lead, sc, when, aut, spr, mon = item
            write_row(ws, r, [ref, action, lead, sc, when, aut, spr, mon])
            for col, v in ((6, aut), (7, spr)):
                if v:
                    ws.cell(row=r, column=col).fill = fill(FILL[v])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Notes: actions marked B are complete and are monitored for "
                                    "impact through the SEF. Spring review completed 25/03/2025."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (7, 55, 24, 34, 16, 11, 11, 36)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "nn1-blatchington-mill-school-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def add_table(doc, rows, header_fill="D9D9D9", rag_col=None):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = v
            if i == 0:
                for run in cells[j].paragraphs[0].runs:
                    run.font.bold = True
                shade(cells[j], header_fill)
            elif rag_col is not None and j == rag_col and v in FILL:
                shade(cells[j], FILL[v])
    return t


# ---------------------------------------------------------------------------
# 2. College: Halesowen College Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def college_docx():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Halesowen College Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Ofsted further education and skills inspection, 14 to 17 November 2023")
    add_table(doc, [
        ["Document control", ""],
        ["Version", "2.1"],
        ["Owner", "Vice Principal Quality and Curriculum"],
        ["Approved by", "Corporation Quality and Standards Committee"],
        ["Date approved", "6 February 2024"],
        ["Last updated", "20 June 2024"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Progress against each area for improvement is reported to the Quality and "
                      "Standards Committee each half term. RAG key:")
    add_table(doc, [
        ["RAG", "Meaning"],
        ["Complete", "Action completed and impact evidenced"],
        ["Green", "On track"],
        ["Amber", "Some slippage; mitigation in place"],
        ["Red", "Off track"],
    ], rag_col=0)
    hdr = ["No.", "Action", "Responsibility", "Target date", "Revised date",
           "Progress update (June 2024)", "RAG"]
    sections = [
        ("Area for improvement 1",
         "Leaders should ensure that teachers of adult learners on access to higher education "
         "courses use assessment consistently to identify and close gaps in learners' knowledge.",
         [
             ["1.1", "Introduce a standard assessment calendar for all Access to HE diplomas, "
                     "with formative checkpoints every four weeks.",
              "Head of Adult and Community Learning", "31 January 2024", "",
              "Calendar in place for all five diplomas from January.", "Complete"],
             ["1.2", "Deliver CPD on questioning and feedback to all adult teaching staff, "
                     "followed by developmental learning walks.",
              "Head of Adult and Community Learning / Teaching and Learning Coach",
              "March 2024", "May 2024",
              "Learning walks delayed by staff absence; completed 17 May.", "Complete"],
             ["1.3", "Track learner progress against target grades at monthly course reviews and "
                     "put intervention plans in place for learners below target.",
              "Curriculum Manager \u2013 Access", "Jul-24", "",
              "Reviews held monthly; 14 learners on intervention plans.", "Green"],
         ]),
        ("Area for improvement 2",
         "Leaders and managers should ensure that apprentices receive helpful careers advice "
         "and guidance about their next steps.",
         [
             ["2.1", "Appoint a dedicated careers adviser for apprenticeships (Level 6 qualified) "
                     "and schedule a careers interview for every apprentice in their final six "
                     "months.",
              "Director of Apprenticeships", "30/04/2024", "30/09/2024",
              "First recruitment round unsuccessful; adviser appointed to start 2 September.",
              "Amber"],
             ["2.2", "Add next-steps planning to the tripartite progress review template.",
              "Apprenticeship Quality Manager", "February 2024", "",
              "New template in use since 12 February.", "Complete"],
         ]),
        ("Area for improvement 3",
         "Governors should ensure that they receive sufficiently detailed information about the "
         "quality of provision for adults and apprentices to challenge leaders effectively.",
         [
             ["3.1", "Revise the quality dashboard presented to the Quality and Standards "
                     "Committee to include adult and apprenticeship measures by subject area.",
              "Vice Principal Quality and Curriculum", "March 2024", "",
              "Revised dashboard presented 19 March.", "Complete"],
             ["3.2", "Link governors for adults and apprenticeships to attend one curriculum deep "
                     "dive each term.",
              "Clerk to the Corporation & Chair of Q&S Committee", "Ongoing", "",
              "Deep dives attended in Access and Engineering.", "Green"],
             ["3.3", "Governor training session on the education inspection framework for adult "
                     "learning programmes.",
              "Clerk to the Corporation", "Summer term 2024", "",
              "Session postponed twice; trainer not yet rebooked.", "Red"],
         ]),
    ]
    for head, afi, rows in sections:
        doc.add_heading(head, level=1)
        p = doc.add_paragraph(afi)
        p.runs[0].italic = True
        add_table(doc, [hdr] + rows, header_fill="BDD7EE", rag_col=6)
        doc.add_paragraph("")
    doc.add_paragraph("Next update to the Quality and Standards Committee: 9 October 2024.")
    doc.save(os.path.join(OUT, "nn1-halesowen-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Apprenticeship provider: Let Me Play Ltd PIAP (csv export)
# ---------------------------------------------------------------------------
def apprenticeship_csv():
    n = 10
    pad = lambda row: row + [""] * (n - len(row))
    rows = [
        pad(["Let Me Play Ltd \u2013 Post-Inspection Action Plan (PIAP)"]),
        pad(["Ofsted inspection 11 to 14 February 2025 \u2013 Apprenticeships: Requires improvement"]),
        pad(["Version 1.2 \u2013 updated 30 June 2025 for the board"]),
        pad([]),
        ["Theme", "Ref", "Area for improvement", "Action", "Owner", "Start date",
         "Target date", "Revised target date", "RAG", "Progress update"],
        ["Quality of education", "1.1",
         "Leaders should ensure that apprentices' off-the-job training builds on what they "
         "already know and can do.",
         "Carry out a skills scan at enrolment for every apprentice and use the results to set "
         "an individual training plan.",
         "Lee, Sam", "03/03/2025", "30/04/2025", "", "B",
         "Skills scan built into enrolment on OneFile from March."],
        ["", "1.2", "",
         "Train all skills coaches to plan sessions from the skills scan, with a termly "
         "observation of each coach.",
         "Head of Quality / Lead Skills Coach", "03/03/2025", "31/05/2025", "31/07/2025", "G",
         "12 of 15 coaches observed.\nRemaining three booked for July."],
        ["", "1.3",
         "Leaders should ensure that employers are involved in reviewing apprentices' progress.",
         "Introduce monthly progress reviews:\n- tripartite with the employer\n"
         "- progress RAG-rated against KSBs",
         "J. Whitfield and R. Osei", "01/04/2025", "Sep-25", "", "A",
         "Template agreed; 60% of reviews now include the employer."],
        ["", "1.4", "",
         "Send employers a quarterly newsletter setting out the training apprentices will cover "
         "in the next quarter.",
         "Employer Engagement Manager", "01/05/2025", "Ongoing", "", "G",
         "First issue sent in May."],
        ["Behaviour and attitudes", "2.1",
         "Leaders should ensure that apprentices have a secure understanding of the risks of "
         "radicalisation and extremism in their local area.",
         "Add local Prevent risk briefings to the progress review cycle for every apprentice.",
         "Designated Safeguarding Lead", "01/03/2025", "30/06/2025", "", "B",
         "Completed \u2013 briefings delivered in all regions."],
        ["", "2.2", "",
         "Survey apprentices on their understanding of Prevent and British values and report "
         "the results to the board.",
         "Designated Safeguarding Lead", "01/06/2025", "Jul-25", "", "",
         "Survey to launch 7 July."],
        ["Leadership and management", "3.1",
         "Leaders should ensure that governance arrangements provide sufficient challenge on "
         "the quality of training.",
         "Appoint two non-executive advisers with FE quality experience to the advisory board.",
         "Managing Director", "01/03/2025", "31/08/2025", "", "R",
         "One adviser appointed; second recruitment round open."],
        ["", "3.2", "",
         "Board to receive a monthly quality report covering achievement, withdrawals and gaps "
         "in off-the-job hours.",
         "Managing Director; Quality Manager", "01/04/2025", "End of September 2025", "", "G",
         "Reports received April, May and June."],
        pad([]),
        pad(["Summary"]),
        pad(["Total actions", "8"]),
        pad(["Complete (B)", "2"]),
        pad(["On track (G)", "3"]),
        pad(["At risk (A)", "1"]),
        pad(["Off track (R)", "1"]),
        pad(["Not yet rated", "1"]),
    ]
    path = os.path.join(OUT, "nn1-let-me-play-ofsted-apprenticeships-post-inspection-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------
# 4. Independent acute hospital: BMI The Alexandra Hospital CQC must/should do (xlsx)
# ---------------------------------------------------------------------------
def hospital_xlsx():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "BMI The Alexandra Hospital \u2013 CQC Inspection Action Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Circle Health Group | Location: Mill Lane, Cheadle | Inspection: 23-24 April 2024 "
               "| Report published: 12 July 2024")
    s["A4"] = "Progress summary (at 30 September 2024)"
    s["A4"].font = Font(bold=True)
    write_row(s, 5, ["Status", "Must do", "Should do", "Total"])
    summ = [
        ("Complete and embedded", 2, 1, 3, "0070C0"),
        ("On track", 1, 1, 2, "00B050"),
        ("At risk of missing target date", 1, 0, 1, "FFC000"),
        ("Off track / overdue", 0, 1, 1, "FF0000"),
    ]
    for i, (lab, m, sd, t, col) in enumerate(summ, start=6):
        write_row(s, i, [lab, m, sd, t])
        s.cell(row=i, column=1).fill = fill(col)
    write_row(s, 10, ["Total", 4, 3, 7])
    for c in range(1, 5):
        s.cell(row=10, column=c).font = Font(bold=True)
    s["A12"] = "RAG is shown by cell colour in the Must do and Should do sheets, as in the key above."
    s.column_dimensions["A"].width = 34

    def sheet(name, heading, hdr, rows, merges):
        ws = wb.create_sheet(name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        write_row(ws, 2, hdr)
        for c in range(1, len(hdr) + 1):
            ws.cell(row=2, column=c).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=2, column=c).fill = fill("44546A")
        r = 3
        for row in rows:
            vals, rag = row[:-1], row[-1]
            write_row(ws, r, vals + [None])
            for c, v in enumerate(vals, start=1):
                if isinstance(v, dt.datetime):
                    ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=len(hdr)).fill = fill(rag)
            r += 1
        for rng in merges:
            ws.merge_cells(rng)
        return ws

    md_hdr = ["Ref", "Core service", "Must do (CQC report)", "Regulation", "Action",
              "Action owner", "Target date", "Evidence", "RAG"]
    md1 = ("The service must ensure that the WHO surgical safety checklist is fully completed "
           "for every patient.")
    md2 = ("The service must ensure that resuscitation equipment is checked daily in line with "
           "hospital policy and that checks are recorded.")
    md_rows = [
        ["MD1.1", "Surgery", md1, "Regulation 12(1)(2)(a)(b) Safe care and treatment",
         "Monthly observational audit of WHO checklist compliance in all theatres, with results "
         "shared at the theatre governance meeting.",
         "Theatre Manager", dt.datetime(2024, 9, 30),
         "Audit results Jul-Sep: 96%, 99%, 100%", "0070C0"],
        ["MD1.2", None, None, None,
         "Re-launch the 'Stop Before You Block' and team brief process, with named theatre "
         "champions for each list.",
         "Theatre Manager / Anaesthetic Lead", dt.datetime(2024, 10, 31),
         "Champions named for 11 of 12 lists", "00B050"],
        ["MD2.1", "Outpatients", md2, "Regulation 15(1)(e) Premises and equipment",
         "Replace paper resuscitation trolley checklists with the electronic daily check on the "
         "department tablet.",
         "Outpatients Manager", dt.datetime(2024, 8, 31),
         "Electronic checks live 5 August", "0070C0"],
        ["MD2.2", None, None, None,
         "Weekly spot checks of trolley check records by the Resuscitation Officer, escalating "
         "any missed checks through Datix.",
         "Resuscitation Officer", dt.datetime(2024, 12, 31),
         "Two missed checks in September; Resuscitation Officer on leave in October",
         "FFC000"],
    ]
    ws = sheet("Must do", "Must do actions \u2013 Regulation breaches", md_hdr, md_rows,
               ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"])
    for col, w in zip("ABCDEFGHI", (8, 14, 40, 24, 48, 24, 12, 32, 8)):
        ws.column_dimensions[col].width = w

    sd_hdr = ["Ref", "Core service", "Should do (CQC report)", "Action", "Action owner",
              "Target date", "Evidence", "RAG"]
    sd_rows = [
        ["SD1", "Surgery",
         "The service should ensure that patients' pain scores are consistently recorded after "
         "surgery.",
         "Add mandatory pain score fields to the post-operative observation chart in the "
         "electronic record.",
         "Head of Clinical Services", dt.datetime(2024, 11, 30),
         "Change request approved by IT", "00B050"],
        ["SD2", "Outpatients",
         "The service should ensure that waiting times for outpatient appointments are displayed "
         "for patients.",
         "Install a waiting time information screen in the main outpatients waiting area.",
         "Outpatients Manager", "TBC",
         "Capital bid not approved in Q2; resubmitting", "FF0000"],
        ["SD3", "Diagnostic imaging",
         "The service should review its processes for sharing learning from incidents with "
         "imaging staff.",
         "Standing agenda item on incident learning at the monthly imaging team meeting, with "
         "minutes circulated to all staff.",
         "Imaging Services Manager", dt.datetime(2024, 9, 30),
         "Minutes July, August, September", "0070C0"],
    ]
    ws = sheet("Should do", "Should do actions \u2013 Service improvements", sd_hdr, sd_rows, [])
    for col, w in zip("ABCDEFGH", (8, 18, 40, 48, 24, 12, 32, 8)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "nn1-bmi-the-alexandra-hospital-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. GP practice: Lyndhurst Surgery CQC inspection action plan (tab-separated text)
# ---------------------------------------------------------------------------
def gp_txt():
    T = "\t"
    lines = [
        "Lyndhurst Surgery \u2013 CQC Inspection Action Plan",
        "Inspection date: 14 November 2024" + T + "Report published: 21 January 2025" + T
        + "Overall rating: Requires improvement",
        "Prepared by: Practice Manager" + T + "Last updated: 2 June 2025",
        "",
        "Status key: Completed = action finished and checked; On track; Amber = behind target "
        "date; Not started",
        "",
        T.join(["No.", "Action", "Lead", "Target date", "Progress to date", "Status"]),
        "Regulation 12: Safe care and treatment (Requirement notice)",
        "The provider must ensure that patients prescribed high-risk medicines are monitored in "
        "line with national guidance.",
        T.join(["1", "Run a monthly search for patients on DMARDs, lithium and warfarin who are "
                     "overdue blood monitoring, and recall them.",
                "Lead Pharmacist", "31/01/2025",
                "Searches set up on EMIS; first recall completed 20 January.", "Completed"]),
        T.join(["2", "Add a medication review reminder to every repeat prescription for a "
                     "high-risk medicine.",
                "Dr R Khan / Lead Pharmacist", "End of February 2025",
                "Reminders added for 212 patients.", "Completed"]),
        T.join(["3", "Re-audit high-risk medicines monitoring after three months and present the "
                     "results at the clinical meeting.",
                "Lead Pharmacist", "w/c 12/05/25",
                "Re-audit 96% compliant; presented 14 May.", "Completed"]),
        "The provider must ensure that medicines and safety alerts are acted on and that the "
        "action taken is recorded.",
        T.join(["4", "Set up a shared alerts log with a named GP to review each MHRA alert within "
                     "48 hours.",
                "Dr L Moore & Practice Manager", "28/02/2025",
                "Log in use since 10 February.", "Completed"]),
        T.join(["5", "Search for patients affected by historic alerts (valproate, SGLT2 "
                     "inhibitors) and review each patient.",
                "Dr L Moore", "April 2025", "34 of 41 patients reviewed.", "Amber"]),
        "Regulation 17: Good governance (Requirement notice)",
        "The provider must establish effective systems to assess, monitor and improve the "
        "quality and safety of the service.",
        T.join(["6", "Introduce a governance calendar covering audits, policies, significant "
                     "events and staff training, reviewed at the monthly partners' meeting.",
                "Practice Manager", "March 2025",
                "Calendar agreed by partners; first quarterly review due in June.", "On track"]),
        T.join(["7", "Complete outstanding DBS checks and immunisation records for all clinical "
                     "staff.",
                "HR Administrator", "31/03/2025", "All checks received.", "Completed"]),
        "Areas where the provider should make improvements",
        "The provider should continue to take action to improve uptake of cervical screening.",
        T.join(["8", "Send text reminders and offer Saturday morning clinics for eligible women "
                     "who have not attended.",
                "Nurse Manager", "Ongoing",
                "Two Saturday clinics held; uptake 74.2% (was 71.0%).", "On track"]),
        "The provider should continue to improve patients' experience of telephone access.",
        T.join(["9", "Move to a cloud telephony system with call-back and queue position "
                     "messages.",
                "Practice Manager & Reception Manager", "July 2025",
                "Awaiting installation date from supplier.", "Not started"]),
        "",
        "Action plan to be reviewed at the Patient Participation Group meeting on 17 June 2025.",
    ]
    path = os.path.join(OUT, "nn1-lyndhurst-surgery-cqc-inspection-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. Independent mental health hospital: Waterloo Manor (xlsx) - typo month, refuse
# ---------------------------------------------------------------------------
def mh_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Waterloo Manor Hospital \u2013 CQC Action Plan (Must Do / Should Do)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Provider: Waterloo Manor Ltd | Core services: Long stay/rehabilitation mental "
                "health wards for working age adults; Acute wards for adults of working age | "
                "Inspection: 3-5 September 2024")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Updated for Clinical Governance Committee: 22 January 2025"
    ws.merge_cells("A3:H3")
    hdr = ["Ref", "Ward", "Requirement", "Action", "Responsible person",
           "Date for completion", "Progress", "RAG"]
    write_row(ws, 5, hdr)
    for c in range(1, 9):
        ws.cell(row=5, column=c).font = Font(bold=True)
        ws.cell(row=5, column=c).fill = fill("D9E1F2")
    rt = ("The provider must ensure that staff complete and record physical health observations "
          "after the administration of rapid tranquillisation.")
    content = [
        ("sec", "Safe"),
        ("act", ["M1", "All wards", rt,
                 "Introduce a rapid tranquillisation post-administration monitoring form on the "
                 "electronic record with mandatory fields.",
                 "Lead Nurse", "October 2024", "Form live on all wards from 14 October.",
                 "Complete"]),
        ("act", ["M1a", None, None,
                 "Weekly audit of rapid tranquillisation episodes by ward managers, reported to "
                 "the Clinical Governance Committee.",
                 "Ward Managers", "Ongoing", "Audits 100% completed since November.", "Green"]),
        ("act", ["M2", "Rowan Ward",
                 "The provider must ensure that ligature risk assessments are reviewed and "
                 "updated following environmental changes.",
                 "Review and update the ligature risk assessment for Rowan Ward following the "
                 "bathroom refurbishment.",
                 "Estates Manager & Ward Manager (Rowan)", "Febuary 2025",
                 "Draft completed; awaiting sign-off by the Health and Safety Lead.", "Amber"]),
        ("sec", "Effective"),
        ("act", ["S1", "All wards",
                 "The provider should ensure that all patients are offered a copy of their care "
                 "plan and that this is recorded.",
                 "Add a check that each patient was offered a copy of their care plan to the "
                 "monthly care plan audit.",
                 "Clinical Services Manager", "31/03/2025",
                 "Audit tool updated; first audit due February.", "Green"]),
        ("sec", "Well-led"),
        ("act", ["M3", "All wards",
                 "The provider must ensure that governance systems identify and act on gaps in "
                 "staff supervision.",
                 "Monthly supervision compliance report by ward to the senior management team.",
                 "Hospital Director", "Jan-25", "Reports received November, December, January.",
                 "Complete"]),
        ("act", ["S2", "All wards",
                 "The provider should ensure that staff feel able to raise concerns without fear "
                 "of reprisal.",
                 "Appoint two Freedom to Speak Up champions and publicise the guardian route in "
                 "all staff areas.",
                 "Hospital Director; HR Business Partner", "April 2025",
                 "Two champions recruited; posters ordered.", "Green"]),
    ]
    r = 6
    for kind, val in content:
        if kind == "sec":
            ws.cell(row=r, column=1, value=val)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=r, column=1).fill = fill("305496")
        else:
            write_row(ws, r, val)
            rag = val[-1]
            ws.cell(row=r, column=8).fill = fill(FILL[rag])
        r += 1
    ws.merge_cells("B7:B8")
    ws.merge_cells("C7:C8")
    r += 1
    ws.cell(row=r, column=1, value=("RAG: Complete = action completed and evidenced; Green = on "
                                    "track; Amber = at risk; Red = overdue."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (7, 13, 42, 46, 26, 14, 36, 10)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(
        OUT, "nn1-waterloo-manor-hospital-cqc-mental-health-must-should-do-action-plan-"
             "typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 7. National body: College of Policing ARAC internal audit recommendations tracker (docx)
# ---------------------------------------------------------------------------
def national_docx():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("College of Policing \u2013 Audit and Risk Assurance Committee")
    run.bold = True
    doc.add_paragraph("Date: 18 March 2025 | Paper: ARAC/25/07 | Classification: OFFICIAL")
    doc.add_paragraph("Internal Audit Recommendations Tracker \u2013 March 2025", style="Title")
    doc.add_paragraph("Author: Head of Risk and Assurance | Sponsor: Chief Operating Officer")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("1.1 This paper updates the Committee on progress in implementing "
                      "recommendations from Government Internal Audit Agency (GIAA) reports. "
                      "Recommendations closed since the last meeting are shown for completeness.")
    doc.add_heading("2. Summary", level=2)
    add_table(doc, [
        ["Priority", "Open", "Implemented since last meeting", "Overdue"],
        ["High", "2", "2", "1"],
        ["Medium", "3", "0", "0"],
        ["Low", "1", "0", "0"],
        ["Total", "6", "2", "1"],
    ])
    doc.add_heading("3. Recommendation", level=2)
    doc.add_paragraph("3.1 The Committee is asked to note progress and approve the revised dates "
                      "shown below. Progress on each recommendation is set out by audit report.")
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Owner",
           "Original date", "Revised date", "RAG"]
    audits = [
        ("GIAA: Learning Management System Controls (Limited assurance, July 2024)", [
            ["LMS1", "High",
             "Access rights to the learning management system should be reviewed quarterly and "
             "leavers removed promptly.",
             "Implement a quarterly user access review, with leavers' accounts disabled within "
             "five working days using the HR leavers report.",
             "Director of Digital Services", "30/09/2024", "31/01/2025", "Complete"],
            ["LMS2", "Medium",
             "The College should agree a data retention schedule for learner records held on "
             "the system.",
             "Draft a retention schedule for learner records and present it to the Information "
             "Governance Board for approval.",
             "Head of Information Governance", "31/12/2024", "30/06/2025", "Amber"],
            ["LMS3", "High",
             "Changes to system configuration should be approved through the change advisory "
             "board.",
             "Route all configuration changes through the change advisory board and keep an "
             "auditable change log.",
             "Director of Digital Services", "31/10/2024", "", "Complete"],
        ]),
        ("GIAA: Income Generation and Commercial Contracts (Moderate assurance, October 2024)", [
            ["IG1", "Medium",
             "Pricing decisions for licensed products should be documented and approved in line "
             "with the delegation framework.",
             "Publish a pricing policy for licensed products and record approvals in the "
             "commercial decisions log.",
             "Head of Commercial / Head of Finance and Procurement", "31/01/2025",
             "Q1 2025/26", "Green"],
            ["IG2", "Medium",
             "The contracts register should be complete and reconciled to the finance system.",
             "Reconcile the contracts register to purchase orders each quarter.",
             "Head of Finance and Procurement", "31/03/2025", "", "Green"],
        ]),
        ("GIAA: Workforce Planning (Limited assurance, December 2024)", [
            ["WP1", "High",
             "The College should develop a strategic workforce plan aligned to the corporate "
             "strategy.",
             "Develop a three-year strategic workforce plan and present it to the Executive "
             "Committee.",
             "Chief People Officer", "30/06/2025", "", "Green"],
            ["WP2", "High",
             "Vacancy controls should be applied consistently across directorates.",
             "Apply the vacancy control panel process to all directorates, including fixed-term "
             "posts, and report monthly.",
             "Chief People Officer and Chief Operating Officer", "28/02/2025", "", "Red"],
            ["WP3", "Low",
             "Exit interview data should be analysed and reported.",
             "Produce a six-monthly analysis of exit interview themes for the People Committee.",
             "Head of HR Operations", "September 2025", "", "Not started"],
        ]),
    ]
    for head, rows in audits:
        doc.add_heading(head, level=2)
        add_table(doc, [hdr] + rows, header_fill="D9D9D9", rag_col=7)
        doc.add_paragraph("")
    doc.add_paragraph("Recommendations marked Complete will be removed from the next report once "
                      "GIAA has validated the evidence.")
    doc.save(os.path.join(OUT, "nn1-college-of-policing-arac-internal-audit-recommendations-tracker.docx"))


if __name__ == "__main__":
    school_xlsx()
    college_docx()
    apprenticeship_csv()
    hospital_xlsx()
    gp_txt()
    mh_xlsx()
    national_docx()
    print("built 7 files in", OUT)
