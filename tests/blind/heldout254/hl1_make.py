"""Build the seven hl1- blind test files (set heldout254).

Run with: /work/main/.venv/bin/python hl1_make.py
Writes the data files beside this script. The .expected.yaml files are written by hand.
"""
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

GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"
PALE = "DDEBF7"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. School: Sir Harry Smith Community College post-Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
def school_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [7, 60, 18, 18, 40, 30, 8, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    ws["A1"] = "Sir Harry Smith Community College – Post-Ofsted Action Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Ofsted inspection 19–20 November 2024 (report published 8 January 2025). "
                "Plan agreed by the Local Governing Body on 22 January 2025; reviewed each half term.")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Staff codes: HT – Headteacher; DHT – Deputy Headteacher (Curriculum); "
                "AHT-BA – Assistant Headteacher (Behaviour and Attendance); "
                "SENCo – Special Educational Needs Co-ordinator")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:H3")

    head = ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria",
            "Monitoring (who / how)", "RAG", "Impact evaluation – Summer 1 2025"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
        cell.alignment = WRAP

    rows = [
        ("P", "Priority 1: Curriculum – key stage 3"),
        ("AFI", "Leaders should make sure that the key stage 3 curriculum in foundation subjects is taught "
                "consistently well, so that pupils remember the important knowledge they need and build on it over time."),
        ("1.1", "Subject leaders in history, geography, RE and languages to review KS3 curriculum plans and identify "
                "the core knowledge pupils must remember in each unit.",
         "DHT / subject leaders", "Spring term 2025",
         "Every KS3 unit in foundation subjects has a knowledge organiser agreed by the DHT.",
         "LGB Standards Committee – curriculum report", GREEN,
         "All 38 units reviewed; knowledge organisers published on the website in March."),
        ("1.2", "Introduce low-stakes retrieval quizzes at the start of every KS3 foundation lesson, using a shared template.",
         "DHT", "Spring term 2025",
         "Learning walks show retrieval practice in at least 90% of KS3 foundation lessons.",
         "SLT learning walks (fortnightly)", GREEN,
         "Seen in 94% of lessons in the Spring 2 learning walk."),
        ("1.3", "Termly curriculum deep dives in two foundation subjects, led by SLT with a trust subject lead, "
                "with findings reported to the LGB Standards Committee.",
         "DHT, HT", "Summer term 2025",
         "Deep dive reports show pupils can recall prior knowledge; actions followed up by subject leaders.",
         "LGB Standards Committee", AMBER,
         "History and geography completed; languages and RE planned for June."),
        ("P", "Priority 2: Behaviour and attendance"),
        ("AFI", "Leaders should ensure that the new behaviour policy is applied consistently by all staff, so that "
                "low-level disruption in lessons reduces and the rate of suspensions falls."),
        ("2.1", "Deliver whole-staff training on the revised behaviour policy and the ‘Ready, Respectful, Safe’ routines, "
                "with follow-up coaching for staff who need it.",
         "AHT-BA", "January 2025",
         "All staff trained at January INSET; coaching log in place.",
         "HT – line management", GREEN,
         "Completed at INSET on 6 January; 11 staff coached."),
        ("2.2", "Weekly analysis of behaviour points and removals by year group, subject and pupil group; heads of year "
                "to act on patterns within the week.",
         "AHT-BA / Heads of Year", "Ongoing (weekly)",
         "Removals from lessons fall by 25% compared with Autumn 2024.",
         "Behaviour and attendance link governor", AMBER,
         "Removals down 18% so far; Year 9 remains a focus."),
        ("2.3", "Introduce a reintegration and reflection process for pupils returning from suspension, including a "
                "meeting with parents or carers.",
         "AHT-BA", "Summer term 2025",
         "Repeat suspensions fall; every returning pupil has a reintegration meeting.",
         "LGB – termly exclusions report", RED,
         "Not yet in place – pastoral staffing gap until April."),
        ("AFI", "Leaders should continue to work with families to improve attendance, particularly for disadvantaged "
                "pupils and pupils with SEND, so that fewer pupils are persistently absent."),
        ("2.4", "Appoint an attendance officer and run fortnightly attendance panels with the local authority "
                "attendance support team.",
         "HT", "March 2025",
         "Persistent absence of disadvantaged pupils falls below 25%.",
         "LGB – termly attendance report", GREEN,
         "Attendance officer started 24 February; panels running."),
        ("P", "Priority 3: Pupils with SEND"),
        ("AFI", "Leaders should ensure that teachers use the information they have about pupils with special educational "
                "needs and/or disabilities (SEND) to adapt their teaching, so that these pupils learn the curriculum successfully."),
        ("3.1", "Update the SEND information passport for every pupil on the SEND register and make it available to "
                "teachers through the seating plans in Class Charts.",
         "SENCo", "Spring term 2025",
         "100% of pupils on the SEND register have a current passport.",
         "SEND link governor visit", GREEN,
         "Passports updated for all 142 pupils."),
        ("3.2", "Use two INSET sessions and fortnightly CPD on adaptive teaching strategies, with learning walks to "
                "check how well they are used.",
         "SENCo & DHT", "Summer term 2025",
         "Learning walks show adaptations for pupils with SEND in most lessons.",
         "LGB Standards Committee", AMBER,
         "One INSET delivered; second planned for 2 June."),
    ]
    r = 6
    for row in rows:
        if row[0] == "P":
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(NAVY)
        elif row[0] == "AFI":
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1)
            c.font = Font(italic=True)
            c.fill = fill(PALE)
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            ref, act, lead, when, sc, mon, rag, ev = row
            vals = [ref, act, lead, when, sc, mon, None, ev]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=7).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for colour, text in [(GREEN, "Green – achieved"), (AMBER, "Amber – in progress"),
                         (RED, "Red – behind schedule / significant concern")]:
        c = ws.cell(row=r, column=2, value=text)
        c.fill = fill(colour)
        r += 1

    ws2 = wb.create_sheet("LGB monitoring")
    ws2.append(["Local Governing Body – monitoring of the post-Ofsted action plan"])
    ws2.append([])
    ws2.append(["Date", "Activity", "Governor(s)", "Focus", "Outcome"])
    ws2.append(["05/02/2025", "Link governor visit", "Mrs J Barker", "Attendance panels",
                "Panel observed; minutes shared with LGB"])
    ws2.append(["12/03/2025", "Standards Committee", "Full committee", "KS3 curriculum",
                "Deep dive report received"])
    ws2.append(["20/05/2025", "Link governor visit", "Mr T Osei", "SEND passports",
                "Sample of 10 passports checked"])
    for col, w in zip("ABCDE", [12, 22, 16, 20, 40]):
        ws2.column_dimensions[col].width = w
    wb.save(path("hl1-sir-harry-smith-community-college-post-ofsted-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def header_row(table, labels):
    for i, lab in enumerate(labels):
        set_cell(table.rows[0].cells[i], lab, bold=True)
        shade(table.rows[0].cells[i], GREY)


# ---------------------------------------------------------------------------
# 2. College: City of Wolverhampton College post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def college_docx():
    doc = Document()
    doc.add_paragraph("City of Wolverhampton College – Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Following the Ofsted inspection of 3–6 December 2024 (overall effectiveness: Requires improvement). "
                      "Version 3 – progress at June 2025.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Summary of change", "Approved by"])
    for row in [
        ("1", "20/01/2025", "Head of Quality", "First draft from inspection report", "SLT"),
        ("2", "18/03/2025", "Head of Quality", "Spring progress update", "Quality and Standards Committee"),
        ("3", "17/06/2025", "Head of Quality", "Summer progress update; revised date for 1.3", "Quality and Standards Committee"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_heading("RAG rating key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for code, text, colour in [
        ("B", "Complete – impact reviewed at the Quality Improvement Board", BLUE),
        ("G", "On track", GREEN),
        ("A", "Some slippage – mitigating action in place", AMBER),
        ("R", "Off track – escalated to SLT", RED),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], code, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], text)

    doc.add_heading("Actions", level=1)
    afis = [
        ("AFI 1 – English and mathematics",
         "Leaders should ensure that teachers of English and mathematics plan and teach lessons that build on what "
         "learners already know, so that more learners on education programmes for young people achieve their qualifications.",
         [
             ("1.1", "Carry out diagnostic assessments in English and mathematics in the first three weeks of term and use "
                     "the results to set each learner’s starting point and targets.",
              "Head of English and Maths", "September 2025",
              "Diagnostic tools procured; staff briefing booked for August.", "G"),
             ("1.2", "Introduce fortnightly joint lesson planning for GCSE English and mathematics teams, led by advanced practitioners.",
              "Head of English and Maths / Advanced Practitioners", "28/02/2025",
              "Planning sessions running since January; observed in learning walks.", "B"),
             ("1.3", "Track attendance at English and mathematics lessons weekly and follow up with learners whose "
                     "attendance falls below 90% within two days.",
              "Curriculum Directors", "31/03/2025\nRevised: 30/06/2025",
              "Weekly tracking in place; follow-up within two days at 71% – new attendance mentors start in June.", "A"),
         ]),
        ("AFI 2 – Apprenticeships: off-the-job training",
         "Leaders and managers should make sure that apprentices receive their full entitlement to off-the-job training "
         "and that employers are involved in reviewing apprentices’ progress.",
         [
             ("2.1", "Re-train all apprenticeship skills coaches on recording off-the-job training in the e-portfolio and "
                     "check records monthly.",
              "Director of Apprenticeships", "April 2025",
              "All 34 skills coaches trained; monthly checks show 96% of records complete.", "B"),
             ("2.2", "Hold three-way progress reviews with every apprentice and their employer at least every 10 weeks, "
                     "recording targets agreed with the employer.",
              "Apprenticeship Skills Coaches; Employer Engagement Manager", "July 2025",
              "88% of reviews in date; employer attendance improving.", "G"),
             ("2.3", "Report monthly to the Quality Improvement Board on the proportion of apprentices who are behind with "
                     "off-the-job hours, by standard.",
              "Vice Principal – Quality and Learner Experience", "Monthly from February 2025",
              "Reports received February to May.", "G"),
         ]),
        ("AFI 3 – Personal development",
         "Leaders should ensure that all learners on education programmes for young people receive a well-planned "
         "tutorial programme that prepares them for life in modern Britain, including how to keep themselves safe from "
         "the risks of radicalisation and extremism.",
         [
             ("3.1", "Rewrite the tutorial scheme of work so that it covers healthy relationships, British values and the "
                     "risks of radicalisation, extremism and knife crime in the West Midlands.",
              "Head of Learner Services", "31/08/2025",
              "Draft scheme shared with the Prevent lead for comment.", "G"),
             ("3.2", "Quality-assure tutorials through a sample of drop-ins each half term and share findings with curriculum teams.",
              "Head of Learner Services, Head of Quality", "December 2025",
              "Drop-ins not started – tutor vacancies in two curriculum areas.", "R"),
         ]),
    ]
    colours = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for heading, afi_text, acts in afis:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run(afi_text).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Responsibility", "Target date", "Progress update (June 2025)", "RAG"])
        for ref, act, lead, date, prog, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, act, lead, date, prog, rag]):
                set_cell(cells[i], v)
            shade(cells[5], colours[rag])
        doc.add_paragraph()

    doc.add_paragraph("Approved by the Corporation Quality and Standards Committee on 24 June 2025. "
                      "Next review: October 2025.")
    doc.save(path("hl1-city-of-wolverhampton-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. University: University of Northampton apprenticeships PIAP (xlsx)
# ---------------------------------------------------------------------------
def university_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "University of Northampton – Apprenticeship Post-Inspection Action Plan (PIAP)"
    ws["A1"].font = Font(bold=True, size=14)
    info = [
        ("Ofsted inspection", "11–14 March 2025 (further education and skills – apprenticeships)"),
        ("Overall effectiveness", "Requires improvement"),
        ("Plan owner", "Pro Vice-Chancellor (Student Experience)"),
        ("Reporting to", "Apprenticeship Quality Board; Academic Board; Board of Governors"),
        ("Position at", "17 October 2025"),
    ]
    for i, (k, v) in enumerate(info, start=3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws.cell(row=10, column=1, value="Version control").font = Font(bold=True)
    ws.append(["Version", "Date", "Change"])
    ws.append(["0.1", "02/05/2025", "Draft for Apprenticeship Quality Board"])
    ws.append(["1.0", "21/05/2025", "Approved by Academic Board"])
    ws.append(["1.2", "17/10/2025", "October update; revised dates for QE1.2, QE2.2 and LM1.3"])
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 70

    wk = wb.create_sheet("RAG key")
    wk.append(["RAG", "Meaning"])
    for label, meaning, colour in [
        ("Complete", "Action completed and impact evidenced", BLUE),
        ("Green", "On track to meet target date", GREEN),
        ("Amber", "At risk – revised target date agreed", AMBER),
        ("Red", "Off track – escalated to the Apprenticeship Quality Board", RED),
    ]:
        wk.append([label, meaning])
        wk.cell(row=wk.max_row, column=1).fill = fill(colour)
    wk.column_dimensions["B"].width = 60

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "PIAP – progress at 17 October 2025"
    ws["A1"].font = Font(bold=True, size=12)
    head = ["Ofsted theme", "Area for improvement (Ofsted report)", "Ref", "Action", "Action owner(s)",
            "Original target date", "Revised target date", "Previous RAG (July 2025)",
            "Current RAG (Oct 2025)", "Progress commentary"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX
    for col, w in zip("ABCDEFGHIJ", [16, 40, 8, 55, 28, 12, 12, 11, 11, 45]):
        ws.column_dimensions[col].width = w

    D = dt.datetime
    themes = [
        ("Quality of education", [
            ("Leaders should ensure that tutors and workplace mentors plan on- and off-the-job training together, so "
             "that apprentices can apply what they learn at university in their workplace.", [
                ("QE1.1", "Introduce a joint training plan template, completed at the start of each module by the module "
                          "tutor and the apprentice’s workplace mentor.",
                 "Head of Apprenticeships; Academic Apprenticeship Leads", D(2025, 5, 30), None, "Amber", "Complete",
                 "Template in use on all programmes from Semester 1; audit of 60 plans found 57 complete."),
                ("QE1.2", "Run termly mentor development workshops (online and on campus) for employers in nursing, "
                          "policing and chartered management apprenticeships.",
                 "Employer Partnerships Manager", D(2025, 7, 31), D(2025, 12, 12), "Amber", "Amber",
                 "Two online workshops held; on-campus session moved to December to suit NHS employers."),
            ]),
            ("Leaders should make sure that tutors give apprentices precise feedback on their written work that helps "
             "them to improve it.", [
                ("QE2.1", "Agree a university-wide apprenticeship feedback standard and moderate a sample of marked work in "
                          "each programme each semester.",
                 "Associate Dean (Academic Quality)", D(2025, 6, 30), None, "Green", "Green",
                 "Standard approved in June; first moderation round due January 2026."),
                ("QE2.2", "Add feedback quality to the apprenticeship tutor observation and peer review scheme.",
                 "Head of Learning and Teaching Enhancement", D(2025, 9, 30), D(2026, 1, 31), "Green", "Amber",
                 "Observation form updated; roll-out delayed to align with the new peer review cycle."),
            ]),
        ]),
        ("Leadership and management", [
            ("Leaders should ensure that governors receive timely and accurate information about the progress of "
             "apprentices, including those who are past their planned end date, so that they can challenge leaders "
             "effectively.", [
                ("LM1.1", "Develop a monthly apprenticeship performance dashboard (starts, progress, breaks in learning, "
                          "past planned end date, achievement) from the apprenticeship management system.",
                 "Director of Planning and Insight", D(2025, 4, 30), None, "Green", "Complete",
                 "Dashboard live since April; reviewed monthly by the Apprenticeship Quality Board."),
                ("LM1.2", "Provide a standing apprenticeship report to each meeting of the Apprenticeship Quality Board "
                          "and a termly summary to the Board of Governors.",
                 "Pro Vice-Chancellor (Student Experience)", D(2025, 6, 30), None, "Green", "Complete",
                 "Governors received termly summaries in June and October."),
                ("LM1.3", "Review every apprentice who is past their planned end date and agree an individual completion "
                          "plan with the apprentice and employer.",
                 "Academic Apprenticeship Leads / Apprenticeship Compliance Team", D(2025, 8, 31), D(2025, 11, 28),
                 "Red", "Red",
                 "112 of 164 apprentices have a completion plan; remaining cases escalated to Deans."),
            ]),
        ]),
        ("Personal development", [
            ("Leaders should make sure that apprentices receive impartial careers information, advice and guidance "
             "about their next steps.", [
                ("PD1.1", "Give every apprentice in the final year a one-to-one careers guidance appointment with a "
                          "qualified careers adviser.",
                 "Head of Careers and Employability", D(2026, 3, 31), None, "–", "Green",
                 "Appointments offered to all 2025-26 final-year apprentices; 48 held so far."),
            ]),
        ]),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 4
    for theme, afis in themes:
        theme_start = r
        for afi, acts in afis:
            afi_start = r
            for ref, act, owner, orig, rev, prev, cur, comm in acts:
                vals = [None, None, ref, act, owner, orig, rev, prev, cur, comm]
                for ci, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if prev in rag_fill:
                    ws.cell(row=r, column=8).fill = fill(rag_fill[prev])
                ws.cell(row=r, column=9).fill = fill(rag_fill[cur])
                r += 1
            ws.cell(row=afi_start, column=2, value=afi)
            if r - 1 > afi_start:
                ws.merge_cells(start_row=afi_start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=theme_start, column=1, value=theme).font = Font(bold=True)
        if r - 1 > theme_start:
            ws.merge_cells(start_row=theme_start, start_column=1, end_row=r - 1, end_column=1)

    sm = wb.create_sheet("Summary")
    sm.append(["Summary of current RAG – 17 October 2025"])
    sm.append([])
    sm.append(["Ofsted theme", "Complete", "Green", "Amber", "Red", "Total"])
    sm.append(["Quality of education", 1, 1, 2, 0, 4])
    sm.append(["Leadership and management", 2, 0, 0, 1, 3])
    sm.append(["Personal development", 0, 1, 0, 0, 1])
    sm.append(["Total", 3, 2, 2, 1, 8])
    for c in sm[7]:
        c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 28
    wb.save(path("hl1-university-of-northampton-ofsted-apprenticeships-piap.xlsx"))


# ---------------------------------------------------------------------------
# 4. Hospital: Hillingdon Hospitals NHSFT CQC must do / should do (docx)
# ---------------------------------------------------------------------------
def hospital_docx():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("The Hillingdon Hospitals NHS Foundation Trust")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("CQC Must Do and Should Do Action Plan – Progress Report", style="Title")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Meeting", "Trust Board (Part 1 – Public)"),
        ("Date", "5 June 2025"),
        ("Agenda item", "3.2"),
        ("Report title", "CQC Must Do and Should Do Action Plan – Progress Report"),
        ("Executive lead", "Chief Nurse"),
        ("Author", "Head of Quality Compliance"),
        ("Purpose", "Assurance"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], GREY)
        set_cell(cells[1], v)

    doc.add_heading("1. Executive summary", level=1)
    doc.add_paragraph(
        "The CQC inspected urgent and emergency care and medical care at Hillingdon Hospital in October 2024. "
        "The reports, published on 14 January 2025, set out three Must Do and two Should Do actions. "
        "The trust’s action plan contains nine actions, overseen monthly by the CQC Compliance Group and reported "
        "to the Quality and Safety Committee.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Status", "Number of actions"])
    for k, v in [("Complete", "3"), ("On track", "3"), ("At risk", "2"), ("Off track", "1"), ("Total", "9")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=(k == "Total"))
        set_cell(cells[1], v, bold=(k == "Total"))

    doc.add_heading("2. Status key", level=1)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Status", "Definition"])
    colours = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    for k, v in [
        ("Complete", "Action delivered and evidence accepted by the CQC Compliance Group"),
        ("On track", "Action progressing and expected to be delivered by the due date"),
        ("At risk", "Risk to delivery by the due date; mitigation in place"),
        ("Off track", "Due date missed or will be missed; escalated to the Executive Management Board"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], k)
        shade(cells[0], colours[k])
        set_cell(cells[1], v)

    sections = [
        ("3. Urgent and emergency care – Hillingdon Hospital", [
            ("The trust must ensure that patients in the emergency department are assessed and triaged within 15 minutes "
             "of arrival and that clinical observations are repeated at the frequency set out in trust policy. (Regulation 12)", [
                ("UEC-1a", "Introduce a dedicated streaming and triage nurse at the front door between 10:00 and 02:00, "
                           "seven days a week.",
                 "Divisional Director of Nursing (Medicine and Emergency Care)", "31 March 2025", "Complete",
                 "Rota in place from 3 March; median time to triage 11 minutes in April."),
                ("UEC-1b", "Implement automated NEWS2 observation reminders on the electronic patient record, with "
                           "compliance audited weekly by the ED matrons.",
                 "ED Matron / Chief Clinical Information Officer", "30/04/2025 (revised to 31/07/2025)", "At risk",
                 "Build complete; go-live delayed by the EPR upgrade. Manual hourly checks in place meanwhile."),
            ]),
            ("The trust must ensure that staff in the emergency department complete mandatory training, including "
             "safeguarding adults and children level 3, in line with trust targets. (Regulation 18)", [
                ("UEC-2a", "Agree individual training trajectories with every ED staff member below 90% compliance and "
                           "protect time on the rota to complete training.",
                 "Clinical Director for Emergency Medicine / Head of Nursing (ED)", "End of June 2025", "On track",
                 "Compliance 86% (from 74% in January)."),
                ("UEC-2b", "Run additional safeguarding level 3 face-to-face sessions each month in the ED seminar room.",
                 "Named Nurse for Safeguarding Adults", "Q1 2025/26", "Complete",
                 "Four sessions held; 63 staff attended."),
            ]),
            ("The trust should ensure that patients’ pain is assessed and pain relief is given in a timely way.", [
                ("UEC-3a", "Add a pain score prompt to the triage template and audit time to analgesia monthly, reporting "
                           "results to the ED governance meeting.",
                 "ED Consultant Lead for Quality", "Q2 2025/26", "On track",
                 "Prompt added in May; first audit due in July."),
            ]),
        ]),
        ("4. Medical care (including older people’s care) – Hillingdon Hospital", [
            ("The trust must ensure that medicines are stored securely and that fridge temperatures are monitored and "
             "recorded daily on all medical wards. (Regulation 12)", [
                ("MED-1a", "Replace medicine fridges with temperature-monitored fridges linked to the pharmacy alarm system "
                           "on all 11 medical wards.",
                 "Chief Pharmacist", "30 September 2025", "Off track",
                 "Capital bid not yet approved; escalated to the Executive Management Board on 20 May."),
                ("MED-1b", "Introduce a weekly medicines storage spot-check by ward pharmacists, with results on the ward "
                           "quality dashboard.",
                 "Chief Pharmacist; Lead Pharmacist (Medicine)", "May 2025", "Complete",
                 "Spot-checks running on all wards; results on the dashboard from 12 May."),
            ]),
            ("The trust should ensure that mental capacity assessments and best interests decisions are recorded for "
             "patients who lack capacity to consent to their care.", [
                ("MED-2a", "Deliver Mental Capacity Act training to all medical ward doctors and nurses, led by the "
                           "safeguarding team.",
                 "Lead for Mental Capacity Act and DoLS", "31/10/2025", "On track",
                 "Sessions scheduled June to October."),
                ("MED-2b", "Add a mandatory mental capacity assessment form to the electronic patient record for patients "
                           "with a recorded cognitive impairment.",
                 "Chief Clinical Information Officer", "Q3 2025/26", "At risk",
                 "Dependent on the EPR upgrade timetable."),
            ]),
        ]),
    ]
    for heading, reqs in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Must do / Should do", "Action", "Lead", "Due date", "Status", "Evidence / progress"])
        for req, acts in reqs:
            first = len(t.rows)
            for ref, act, lead, due, status, ev in acts:
                cells = t.add_row().cells
                for i, v in [(0, ref), (2, act), (3, lead), (4, due), (5, status), (6, ev)]:
                    set_cell(cells[i], v)
                shade(cells[5], colours[status])
            last = len(t.rows) - 1
            top = t.cell(first, 1)
            if last > first:
                top = top.merge(t.cell(last, 1))
            set_cell(top, req)
        doc.add_paragraph()
    doc.add_paragraph("Recommendation: The Board is asked to note the progress made and the actions off track or at risk.")
    doc.save(path("hl1-hillingdon-hospitals-nhsft-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. GP: Woodbridge Road Surgery CQC action plan (csv)
# ---------------------------------------------------------------------------
def gp_csv():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    pad = lambda *v: list(v) + [""] * (n - len(v))
    w.writerow(pad("Woodbridge Road Surgery – CQC Action Plan"))
    w.writerow(pad("Following CQC assessment on 14 May 2025 (report published 2 July 2025) – overall rating: Requires improvement"))
    w.writerow(pad("Version 2 – updated 3 September 2025 for the partners’ meeting"))
    w.writerow(pad())
    w.writerow(["No.", "Key question", "What CQC found / told us to do", "Action", "Lead", "Target date", "RAG", "Update"])
    rows = [
        ["1", "Safe",
         "The provider must ensure that patients on high-risk medicines are monitored in line with national guidance "
         "(Regulation 12: Safe care and treatment).",
         "Run a monthly search for patients prescribed methotrexate, lithium, warfarin and DOACs without up-to-date "
         "blood monitoring and recall them.",
         "Clinical Pharmacist", "31/07/2025", "B", "Searches set up in EMIS; 46 patients recalled, 41 now monitored."],
        ["2", "", "",
         "Add a \"monitoring due\" alert to repeat prescribing so that prescriptions are not reissued without review.",
         "Dr A Shah & Clinical Pharmacist", "Jul-25", "B", "Alert live from 14 July."],
        ["3", "",
         "The provider must ensure that all staff complete safeguarding training to the level required for their role "
         "(Regulation 12).",
         "Book level 3 safeguarding training for all GPs and nurses and keep a training matrix on the shared drive.",
         "Practice Manager", "30/09/2025", "G", "12 of 14 clinicians complete; 2 booked for 18 September."],
        ["4", "Effective",
         "The practice should improve the uptake of cervical screening and childhood immunisations.",
         "Offer Saturday morning cervical screening clinics through the Primary Care Network extended access service.",
         "Lead Nurse/Practice Manager", "End of September 2025", "G", "First two clinics held in August."],
        ["5", "", "",
         "Text and phone parents of children overdue immunisations, with a recall after 4 weeks.",
         "Nursing team", "Ongoing - monthly", "A", "Recall list run in July; August run missed due to leave."],
        ["6", "Well-led",
         "The provider must ensure that systems to assess and monitor the quality of the service are operated "
         "effectively, including the handling of significant events and complaints (Regulation 17: Good governance).",
         "Hold a monthly clinical governance meeting with a standing agenda covering significant events, complaints, "
         "safety alerts and audits, and record actions and owners.\nShare minutes with all staff by email within one week.",
         "Dr P Walsh (Lead GP)", "31/08/2025", "B", "Meetings held June, July and August; minutes circulated."],
        ["7", "", "",
         "Review and update the complaints policy and produce a quarterly summary of complaints and learning for the "
         "Patient Participation Group.",
         "Practice Manager", "Oct-25", "R", "Delayed – policy review postponed due to staff absence; PPG informed."],
    ]
    for row in rows:
        w.writerow(row)
    w.writerow(pad())
    w.writerow(pad("Key: B = complete, G = on track, A = some delay, R = significant delay/concern"))
    w.writerow(pad("Reviewed by the partners on 3 September 2025. Next review: December 2025."))
    with open(path("hl1-woodbridge-road-surgery-cqc-inspection-action-plan.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 6. Mental health: NSFT MHA monitoring visit provider action statement (txt, refuse)
# ---------------------------------------------------------------------------
def mh_txt():
    T = "\t"
    lines = [
        "Norfolk and Suffolk NHS Foundation Trust",
        "Mental Health Act Monitoring Visit – Provider Action Statement",
        "Ward: Glaven Ward, Hellesdon Hospital (adult acute, 20 beds)" + T + "Visit date: 9 April 2025",
        "PAS returned to CQC: 21 May 2025" + T + "Progress update: 1 September 2025",
        "",
        "Key: Red = not started/off track; Amber = in progress; Green = complete; "
        "Blue = complete and assured by the MHA Governance Group",
        "",
        T.join(["Ref", "Domain", "Issue identified by CQC", "Action", "Responsible", "Target date", "RAG", "Comments"]),
        T.join(["1", "Protecting patients' rights and autonomy",
                "Records did not show that patients were told of their rights under section 132 on admission and at "
                "regular intervals.",
                "Ward manager to audit section 132 rights records weekly for all detained patients and re-present "
                "rights where not recorded.",
                "Ward Manager", "30/06/2025", "Blue", "Audit embedded; 100% compliance in June and July."]),
        T.join(["2", "", "",
                "Add a section 132 prompt to the admission checklist on the electronic patient record.",
                "MHA Office Manager / Digital Clinical Safety Officer", "31/07/2025", "Green",
                "Prompt live from 28 July."]),
        T.join(["3", "Care, support and treatment in hospital",
                "There was no record that the approved clinician had assessed capacity to consent to treatment at the "
                "first administration of medication.",
                "Consultant psychiatrists to record a capacity assessment at first administration of medication for all "
                "newly detained patients.",
                "Clinical Director (Acute Services)", "31/08/2025", "Amber", "August audit: 7 of 10 recorded."]),
        T.join(["", "", "", "Audit results to be reported to the Medicines Management Group each month.",
                "", "", "", ""]),
        T.join(["4", "",
                "T2 and T3 certificates were not kept with the medication charts.",
                "Ward pharmacist to check that T2/T3 certificates are attached to the electronic prescribing record at "
                "each ward visit.",
                "Ward Pharmacist", "Novemebr 2025", "Amber", "Checks started in August."]),
        T.join(["5", "Leaving hospital",
                "Section 17 leave forms did not always record the conditions of leave or whether a copy was given to "
                "the patient.",
                "Introduce the revised trust section 17 leave form, including a record that the patient and carer were "
                "given a copy.",
                "Responsible Clinicians; MHA Office Manager", "30/09/2025", "Amber", "Form approved; launch on 15 September."]),
        T.join(["6", "Purpose, respect, participation and least restriction",
                "Patients said they could not use the garden without staff, as the door was locked at all times.",
                "Review the garden access restriction with patients at the community meeting and record the outcome in "
                "the blanket restrictions log.",
                "Ward Manager; Modern Matron", "31/07/2025", "Green", "Reviewed 16 July; garden open 08:00–20:00."]),
        T.join(["7", "",
                "Information about the Independent Mental Health Advocate (IMHA) service was not displayed on the ward.",
                "Display IMHA information in the ward lounge and include it in the ward welcome pack.",
                "Ward Manager", "June 2025", "Blue", "Posters and welcome pack updated."]),
        "",
        "Summary: 7 actions – Blue 2, Green 2, Amber 3, Red 0",
    ]
    with open(path("hl1-norfolk-suffolk-nhsft-cqc-mha-monitoring-visit-provider-action-statement-typo-month-refuse.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. National body: Office for Students ARAC internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
def ofs_xlsx():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Office for Students – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Assurance Committee – 10 June 2025 – Paper ARAC/25/18 Annex A"
    sm["A4"] = "Open recommendations by priority and RAG (position at 30 May 2025)"
    sm["A4"].font = Font(bold=True)
    hdr = ["Priority", "Open actions", "G – not yet due", "A – at risk", "R – overdue",
           "B – implemented, awaiting verification"]
    for c, h in enumerate(hdr, 1):
        cell = sm.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.alignment = WRAP
    data = [("High", 4, 2, 0, 0, 2), ("Medium", 4, 1, 2, 1, 0), ("Low", 1, 0, 0, 0, 1), ("Total", 9, 3, 2, 1, 3)]
    for i, row in enumerate(data, start=6):
        for c, v in enumerate(row, 1):
            cell = sm.cell(row=i, column=c, value=v)
            if row[0] == "Total":
                cell.font = Font(bold=True)
    sm["A11"] = "Three actions have been closed since the March 2025 meeting following GIAA verification (not shown)."
    sm.column_dimensions["A"].width = 16
    for col in "BCDEF":
        sm.column_dimensions[col].width = 16

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal audit recommendations tracker – position at 30 May 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Includes all GIAA recommendations from 2023-24 and 2024-25 reports that were open at 1 April 2025. "
                "Where a revised due date has been agreed by ARAC it is shown.")
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Recommendation", "Priority", "Agreed management action", "Action owner",
            "Original due date", "Revised due date", "RAG", "Management update (May 2025)"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX
    for col, w in zip("ABCDEFGHI", [8, 50, 9, 50, 28, 12, 12, 6, 45]):
        ws.column_dimensions[col].width = w

    D = dt.datetime
    audits = [
        ("Cyber Security Governance (GIAA 2023-24/07) – Limited assurance", [
            ("The OfS should define and document the roles and responsibilities for cyber security risk ownership "
             "between the Data and Digital directorate and business areas, and reflect them in the risk management framework.",
             "High", [
                ("CS.1", "Update the Information Security Policy to set out cyber risk ownership, approved by the Executive.",
                 "Chief Information Officer", D(2024, 10, 31), D(2025, 3, 31), "B",
                 "Policy approved by the Executive on 18 March 2025; evidence sent to GIAA for verification."),
                ("CS.2", "Add cyber security as a standing item on the Data and Digital risk register review, with "
                         "quarterly reporting to ARAC.",
                 "Chief Information Officer; Head of Risk and Assurance", D(2024, 12, 31), None, "B",
                 "Standing item since December 2024; reported to ARAC in March 2025."),
            ]),
            ("The OfS should ensure that all staff complete annual cyber awareness and phishing training, and that "
             "non-completion is followed up by line managers.",
             "Medium", [
                ("CS.3", "Roll out the annual mandatory cyber awareness module and run quarterly simulated phishing "
                         "exercises, with completion reported to the Executive.",
                 "Head of Cyber Security", D(2025, 3, 31), D(2025, 9, 30), "A",
                 "Module launched in April; completion 78%. First phishing exercise planned for July."),
            ]),
        ]),
        ("Registration Casework Quality Assurance (GIAA 2024-25/02) – Moderate assurance", [
            ("The OfS should document the quality assurance process for registration decisions, including the sample "
             "size and the criteria for secondary review.",
             "Medium", [
                ("RC.1", "Publish an internal quality assurance procedure for registration casework and train casework "
                         "staff in its use.",
                 "Director of Regulation", D(2025, 6, 30), None, "G",
                 "Procedure drafted; training sessions booked for 16 and 23 June."),
            ]),
            ("The OfS should record and track the timeliness of registration assessments against its published "
             "service standard.",
             "Medium", [
                ("RC.2", "Add assessment milestones to the casework management system and report timeliness monthly to "
                         "the Regulation leadership team.",
                 "Head of Registration; Data Services Manager", D(2025, 1, 31), D(2025, 7, 31), "A",
                 "System change scheduled in the July release."),
            ]),
        ]),
        ("Payroll and Expenses (GIAA 2024-25/05) – Substantial assurance", [
            ("The OfS should remind budget holders that expense claims must be approved within 30 days of submission.",
             "Low", [
                ("PE.1", "Issue a reminder through the staff intranet and add an approval-ageing report to the monthly "
                         "finance pack.",
                 "Head of Finance", D(2025, 2, 28), None, "B",
                 "Reminder issued 10 February; ageing report in the finance pack from March."),
            ]),
            ("The OfS should carry out a periodic check of payroll standing data, including bank detail changes, "
             "against source documents.",
             "Medium", [
                ("PE.2", "Introduce a quarterly sample check of 25 payroll standing data changes by a member of the "
                         "Finance team independent of payroll processing.",
                 "Director of Resources and Finance", D(2024, 12, 31), D(2025, 4, 30), "R",
                 "First check started in May 2025; delayed by the move to the new payroll provider."),
            ]),
        ]),
        ("Business Continuity (GIAA 2024-25/08) – Limited assurance", [
            ("The OfS should update the business impact analysis for all directorates and agree recovery time "
             "objectives for critical services.",
             "High", [
                ("BC.1", "Refresh the business impact analysis with each directorate and agree recovery time objectives "
                         "at the Executive.",
                 "Head of Governance / all Directors", D(2025, 9, 30), None, "G",
                 "Workshops held with four of six directorates."),
            ]),
            ("The OfS should test its business continuity plan at least annually, including a scenario involving the "
             "loss of its London office.",
             "High", [
                ("BC.2", "Run a desk-top exercise with the Executive, facilitated by an external provider, and report "
                         "lessons learned to ARAC.",
                 "Chief Operating Officer", D(2025, 12, 31), None, "G",
                 "Provider appointed; exercise scheduled for November 2025."),
            ]),
        ]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 5
    for heading, recs in audits:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill(GREY)
        r += 1
        for rec, prio, acts in recs:
            start = r
            for ref, act, owner, orig, rev, rag, upd in acts:
                vals = [ref, None, prio, act, owner, orig, rev, rag, upd]
                for ci, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = fill(rag_fill[rag])
                r += 1
            ws.cell(row=start, column=2, value=rec)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)

    dfn = wb.create_sheet("Definitions")
    dfn.append(["Priority ratings (GIAA)"])
    dfn.append(["High", "Fundamental control weakness requiring immediate management attention"])
    dfn.append(["Medium", "Important control weakness to be addressed within six months"])
    dfn.append(["Low", "Minor improvement or good practice"])
    dfn.append([])
    dfn.append(["RAG status"])
    for code, text in [("G", "Not yet due and on track"), ("A", "At risk of missing the due date, or revised date agreed"),
                       ("R", "Overdue"), ("B", "Implemented – awaiting GIAA verification")]:
        dfn.append([code, text])
        dfn.cell(row=dfn.max_row, column=1).fill = fill(rag_fill[code])
    dfn.column_dimensions["B"].width = 70
    wb.save(path("hl1-office-for-students-arac-internal-audit-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    school_xlsx()
    college_docx()
    university_xlsx()
    hospital_docx()
    gp_csv()
    mh_txt()
    ofs_xlsx()
    print("done")
