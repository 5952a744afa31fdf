"""Build the seven zsw- blind test files (set heldout692).

Run with /work/main/.venv/bin/python zsw_make.py  (writes next to this script).
Only files whose names start with "zsw-" are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# 1. HMP Hull - HMIP inspection action plan (docx)
# ---------------------------------------------------------------------------
HULL_TITLE = "Action Plan: HMP Hull"
HULL_SECTIONS = [
    ("Priority concerns", [
        ("Concern 1: Levels of self-harm had risen sharply since the last inspection and the quality of "
         "ACCT case management was inconsistent.",
         "HMP Hull accepts this concern. Reducing self-harm is the first priority of the prison's safety strategy "
         "and progress is reviewed at the monthly Safer Custody meeting chaired by the Governor.",
         [
             ("1.1", "Introduce a weekly Safety Intervention Meeting chaired by the Head of Safety to review every "
                     "prisoner on an open ACCT and those identified as being at raised risk.",
              "Head of Safety", "30/11/2024", "Complete"),
             ("1.2", "Deliver ACCT case manager refresher training to all band 4 and above staff, with the Safer "
                     "Custody team quality assuring 10 ACCT documents each month.",
              "Head of Safety / Safer Custody Manager", "31/03/2025", "Green"),
         ]),
        ("Concern 2: Prisoners spent too long locked in their cells; too many were unemployed and around a third "
         "of activity places were unfilled.",
         "HMP Hull accepts this concern. A revised regime was agreed with the Prison Group Director in "
         "October 2024.",
         [
             ("2.1", "Revise the regime management plan so that every prisoner receives a minimum of six hours out "
                     "of cell each weekday, monitored through the daily regime tracker.",
              "Deputy Governor", "28/02/2025", "Amber"),
             ("2.2", "Carry out a full allocations review and move unemployed prisoners into vacant education, "
                     "skills and work places, with a target of 90% of places filled.",
              "Head of Reducing Reoffending / Head of Learning and Skills", "April 2025", "Green"),
         ]),
        ("Concern 3: Too many illicit drugs were entering the prison and mandatory drug testing had not been "
         "carried out for several months.",
         "HMP Hull accepts this concern.",
         [
             ("3.1", "Reinstate the random mandatory drug testing programme at the required monthly rate, with "
                     "results reported to the Security Committee.",
              "Head of Security", "31/12/2024", "Complete"),
             ("3.2", "Use the body scanner for all new receptions and carry out intelligence-led cell searches on "
                     "each wing every week.",
              "Head of Security", "Ongoing – reviewed at monthly Security Committee", "Green"),
         ]),
    ]),
    ("Key concerns", [
        ("Concern 4: Prisoners from black and minority ethnic backgrounds were more negative than white prisoners "
         "about their treatment, and discrimination incident reports were not always investigated promptly.",
         "HMP Hull accepts this concern.",
         [
             ("4.1", "Respond to every discrimination incident report form (DIRF) within five working days, with "
                     "all responses quality assured by the Equalities Manager and an external partner.",
              "Head of Equalities", "31/01/2025", "Green"),
             ("4.2", "Hold quarterly consultation forums with prisoners from minority ethnic backgrounds and publish "
                     "'You said, we did' outcomes on each wing.",
              "Equalities Manager", "June 2025", "Not started"),
         ]),
        ("Concern 5: Release planning was not effective enough and too many prisoners were released without "
         "sustainable accommodation.",
         "HMP Hull partly accepts this concern. The supply of accommodation in the community is outside the "
         "prison's control; the actions below cover the parts the prison can deliver.",
         [
             ("5.1", "Hold a weekly pre-release board with the Probation Service and Hull City Council for all "
                     "prisoners due for release within 12 weeks.",
              "Head of Resettlement", "31/03/2025", "Amber"),
         ]),
    ]),
]


def _shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def build_hull(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(HULL_TITLE, level=0)
    d.add_paragraph("Action Plan Submitted: 14 November 2024")
    d.add_paragraph("A Response to the HMIP Inspection: 29 July – 8 August 2024")
    d.add_paragraph("Report Published: 22 October 2024")
    d.add_heading("INTRODUCTION", level=1)
    d.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for "
        "and treatment of those in prison. Following each inspection HMPPS is required to produce an action plan "
        "in response to the concerns identified. The plan confirms whether each concern is agreed, partly agreed "
        "or not agreed (see categorisations below) and sets out the specific, measurable actions the prison will "
        "take, with an owner and a target date for each.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        c.text = h
    _bold_row(t.rows[0])
    for row in [
        ("Agreed", "All of the concern is accepted and can be addressed.",
         "The response explains how the concern will be addressed, with SMART actions."),
        ("Partly Agreed", "Only part of the concern is accepted or can be addressed.",
         "The response states clearly which part will be addressed and why the rest cannot."),
        ("Not Agreed", "The concern is not accepted.", "The response gives the reason in full."),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("")
    d.add_paragraph("Status is reported as Complete, Green (on track), Amber (at risk), Red (off track) or "
                    "Not started. Position as at 31 January 2025.")

    for section, concerns in HULL_SECTIONS:
        d.add_heading(section, level=1)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Responsible", "Target date", "Status"]):
            c.text = h
        _bold_row(t.rows[0])
        for concern, response, actions in concerns:
            r = t.add_row()
            m = r.cells[0].merge(r.cells[4])
            m.text = concern
            for run in m.paragraphs[0].runs:
                run.bold = True
            _shade(m, "D9D9D9")
            r = t.add_row()
            r.cells[0].text = "Agreed" if "partly accepts" not in response else "Partly Agreed"
            m = r.cells[1].merge(r.cells[4])
            m.text = "Response: " + response
            for ref, action, owner, date, status in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, action, owner, date, status]):
                    c.text = v
        d.add_paragraph("")

    d.add_heading("Sign-off", level=1)
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for r, vals in zip(t.rows, [("Role", "Name", "Date"),
                                ("Governor, HMP Hull", "Signed", "14/11/2024"),
                                ("Prison Group Director", "Signed", "14/11/2024")]):
        for c, v in zip(r.cells, vals):
            c.text = v
    d.save(path)


# ---------------------------------------------------------------------------
# 2. Lancashire Constabulary - HMICFRS activism and impartiality tracker (xlsx)
# ---------------------------------------------------------------------------
LANCS_TITLE = "HMICFRS Activism and Impartiality in Policing – Recommendations Tracker"
D = dt.datetime
LANCS_RECS = [
    ("Rec 2",
     "By 31 March 2025, chief constables should make sure that their force's policies, procedures and guidance "
     "reflect the impartiality duty, and remove any content that does not comply with the law.",
     [
         ("2.1", "Complete a review of all force policies and procedures published since 2019 against the "
                 "impartiality duty, recording the outcome on the policy register.",
          "Head of Legal Services", D(2025, 3, 31), D(2025, 9, 30), "A", "B",
          "Review of 212 documents completed. 14 amended, 3 withdrawn. Closed at FIAB 16/10/2025."),
         ("2.2", "Add an impartiality check to the policy approval template, signed off by the Strategic Policy "
                 "Unit before any new or revised policy is published.",
          "Strategic Policy Unit Manager", D(2025, 3, 31), None, "G", "B",
          "Template live on the intranet from 01/04/2025."),
     ]),
    ("Rec 5",
     "Chief constables should make sure that non-crime hate incidents are only recorded in line with the "
     "statutory code of practice, and that existing records which do not meet the threshold are reviewed and "
     "deleted.",
     [
         ("5.1", "Dip sample 200 non-crime hate incidents recorded since June 2023 and delete those that do not "
                 "meet the recording threshold.",
          "Det Supt Public Protection", D(2025, 6, 30), D(2025, 12, 31), "A", "A",
          "120 of 200 reviewed. Sampling slowed by Op Shield demand; revised date agreed by DCC."),
         ("5.2", "Brief all first-line supervisors and Force Control Room staff on the revised NCHI threshold and "
                 "the requirement for an inspector's authorisation.",
          "Ch Insp Force Control Room; Ch Insp Learning & Development", D(2025, 5, 31), None, "G", "B",
          "Briefing delivered to 96% of supervisors. Remaining staff on long-term absence."),
     ]),
    ("Rec 9",
     "Chief constables should review how their forces select and use independent advisory groups, so that they "
     "obtain a balanced range of views, including from those who may hold opposing views.",
     [
         ("9.1", "Refresh the terms of reference for the Force Independent Advisory Group and the district IAGs, "
                 "including a membership review and an open recruitment campaign.",
          "Head of Diversity, Equality and Inclusion", D(2025, 9, 30), None, "G", "G",
          "New terms of reference agreed. Recruitment campaign closes 28/11/2025."),
         ("9.2", "Publish IAG membership, minutes and the force's response to advice on the force website.",
          "Head of Diversity, Equality and Inclusion", D(2025, 12, 31), None, None, "G",
          "New action added July 2025."),
     ]),
    ("Rec 12",
     "By 31 March 2025, chief constables should make sure that their social media and corporate communications "
     "guidance sets out clearly what is acceptable when officers and staff engage with campaigns or events that "
     "may be seen as politically contested.",
     [
         ("12.1", "Revise the force Social Media Policy and issue a 'Staying impartial' guidance note to all "
                  "officers and staff.",
          "Head of Corporate Communications", D(2025, 3, 31), D(2025, 10, 31), "R", "A",
          "Draft policy with Staff Associations for consultation.\nGuidance note issued 02/09/2025."),
         ("12.2", "Introduce a quarterly audit of corporate and local social media accounts, reporting exceptions "
                  "to the Professional Standards Department.",
          "Head of Corporate Communications / Head of Professional Standards", D(2025, 6, 30), None, "A", "R",
          "First audit not yet started - audit tool procurement delayed."),
     ]),
    ("Rec 16",
     "Chief constables should make sure that training on the impartiality duty is included in initial and "
     "continuing professional development for all officers and staff.",
     [
         ("16.1", "Add an impartiality and operational independence module to the PEQF initial learning "
                  "programme and to the sergeants' and inspectors' development programmes.",
          "Head of Learning & Development", D(2026, 1, 31), None, "G", "G",
          "Module content drafted with the College of Policing regional lead."),
     ]),
]
RAG_FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build_lancs(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Lancashire Constabulary"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = LANCS_TITLE
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Report: An inspection into activism and impartiality in policing (HMICFRS, September 2024)"
    cov["A4"] = "Position as at 31 October 2025 – for Force Inspection and Audit Board (FIAB), 13 November 2025"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Changes"),
            ("0.1", "14/10/2024", "Strategic Development", "First draft following publication"),
            ("1.0", "07/11/2024", "Strategic Development", "Approved by DCC"),
            ("1.6", "31/10/2025", "Strategic Development", "October 2025 updates; action 9.2 added in July")]
    for i, r in enumerate(rows, start=7):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 7:
                c.font = Font(bold=True)
    cov["A12"] = "Summary of actions by current RAG"
    cov["A12"].font = Font(bold=True)
    summ = [("Complete (B)", 3), ("On track (G)", 3), ("At risk (A)", 2), ("Off track (R)", 1), ("Total", 9)]
    for i, (k, v) in enumerate(summ, start=13):
        cov.cell(row=i, column=1, value=k).border = BOX
        cov.cell(row=i, column=2, value=v).border = BOX
    cov["A19"] = "Strategic lead: Deputy Chief Constable. Tracker owner: Chief Superintendent, Strategic Development."
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Tracker")
    ws["A1"] = LANCS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Only recommendations addressed to chief constables are shown. Recommendations 1, 3, 4, 6–8, " \
               "10, 11, 13–15 and 17–22 are for the Home Office, College of Policing or NPCC."
    ws["A2"].font = Font(italic=True)
    hdr = ["Rec No.", "Action ref", "Force action", "Action owner", "Original due date", "Revised due date",
           "Previous RAG", "Current RAG", "Progress update (October 2025)"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    for recno, rectext, actions in LANCS_RECS:
        ws.cell(row=r, column=1, value=recno)
        ws.cell(row=r, column=2, value=rectext)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        for j in range(1, 10):
            c = ws.cell(row=r, column=j)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, owner, orig, rev, prev, cur, upd in actions:
            vals = [None, ref, act, owner, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, code in ((7, prev), (8, cur)):
                if code:
                    ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=RAG_FILL[code])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    for col, w in zip("ABCDEFGHI", [9, 9, 52, 30, 13, 13, 10, 10, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (code, meaning) in enumerate([
            ("B", "Complete – evidence accepted by FIAB"),
            ("G", "On track to meet the due date"),
            ("A", "At risk – some slippage, mitigation in place"),
            ("R", "Off track or overdue")], start=2):
        c = key.cell(row=i, column=1, value=code)
        c.fill = PatternFill("solid", fgColor=RAG_FILL[code])
        key.cell(row=i, column=2, value=meaning)
    key["A7"] = "Where a revised due date has been agreed by the DCC it replaces the original due date."
    key.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Moulton College - Ofsted post-inspection action plan (xlsx, fill-colour RAG)
# ---------------------------------------------------------------------------
MOULTON_TITLE = "Moulton College – Post-Inspection Action Plan (PIAP) 2025–26"
FILL = {"green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "0070C0"}
MOULTON_AFIS = [
    ("AFI 1: Leaders should ensure that teachers on study programmes use assessment effectively to check what "
     "learners know and to identify and close gaps in their knowledge.",
     [
         ("1.1", "Deliver a programme of CPD on questioning and retrieval practice for all study programme teachers "
                 "through the weekly Teaching and Learning Academy sessions.",
          "Head of Teaching, Learning and Assessment", "CPD budget; Wednesday afternoon slots", "Dec 2025",
          "Learning walks show effective questioning in 80% of sessions", "green"),
         ("1.2", "Build termly assessment checkpoints into every study programme curriculum plan, with gaps "
                 "recorded on ProMonitor and addressed in the next teaching block.",
          "Heads of Curriculum", "ProMonitor set-up", "Autumn term 2025",
          "Checkpoint data reviewed at every curriculum review", "amber"),
         ("1.3", "Quality assure the use of assessment through learning walks and work scrutiny, reporting "
                 "findings to the Quality and Standards Committee.",
          "Head of Quality", "Quality team time", "Termly",
          "Termly QA report to committee", "green"),
     ]),
    ("AFI 2: Leaders should make sure that apprentices receive timely off-the-job training and that employers "
     "are involved in reviewing apprentices' progress.",
     [
         ("2.1", "Re-plan off-the-job training schedules for all level 2 and level 3 apprentices so that training "
                 "starts within four weeks of enrolment.",
          "Director of Apprenticeships", "Apprenticeship team", "Oct 2025",
          "100% of new starts have training scheduled within four weeks", "blue"),
         ("2.2", "Require an employer representative to attend every 12-weekly progress review, rescheduling "
                 "reviews where the employer cannot attend.",
          "Apprenticeship Team Leader / Employer Engagement Manager", "Smart Assessor review template", "Jan 2026",
          "Employer attendance at reviews above 90%", "red"),
     ]),
    ("AFI 3: Leaders should improve learners' attendance, particularly in English and mathematics lessons.",
     [
         ("3.1", "Introduce first-day absence calls and weekly attendance panels for learners whose attendance "
                 "falls below 85%.",
          "Head of Student Services", "Student Services staff", "Nov 2025",
          "Study programme attendance at 90% or above", "green"),
         ("3.2", "Timetable English and mathematics lessons on the same campus and day as vocational sessions, "
                 "with vocational tutors escorting groups to lessons.",
          "Head of English and Maths", "Timetabling", "Sept 2025",
          "Attendance in English and maths lessons improves by 10 percentage points", "blue"),
         ("3.3", "Set an attendance target of 90% for English and mathematics and report progress monthly to the "
                 "Senior Leadership Team.",
          "Vice Principal Curriculum and Quality", "Power BI attendance dashboard", "July 2026",
          "English and maths attendance at 90%", None),
     ]),
]


def build_moulton(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = MOULTON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection: 4–7 March 2025. Report published: 17 April 2025. Overall effectiveness: " \
               "Requires improvement"
    ws["A3"] = "Plan owner: Vice Principal Curriculum and Quality. Monitored by: Quality and Standards Committee " \
               "(termly)"
    ws["A5"] = "Key:"
    ws["A5"].font = Font(bold=True)
    for col, (word, colour) in zip("BCDE", [("On track", "green"), ("Some slippage", "amber"),
                                             ("Not on track", "red"), ("Complete", "blue")]):
        c = ws[f"{col}5"]
        c.value = word
        c.fill = PatternFill("solid", fgColor=FILL[colour])
        c.font = Font(bold=True, color="FFFFFF" if colour in ("red", "blue") else "000000")
    hdr = ["Ref", "Area for improvement / Action", "Lead", "Resources", "Target date", "Evidence of impact",
           "RAG", "Progress commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    r = 8
    comments = {
        "1.1": "12 sessions delivered; learning walk sample shows improvement in questioning.",
        "1.2": "Checkpoints in place in 9 of 12 curriculum areas.",
        "1.3": "Autumn QA report due at December committee.",
        "2.1": "All September starts scheduled. Closed.",
        "2.2": "Employer attendance at 61%. Rescheduling policy being re-briefed to assessors.",
        "3.1": "Attendance panels running weekly since 15/09/2025.",
        "3.2": "Completed for 2025/26 timetable.",
        "3.3": "",
    }
    for afi, actions in MOULTON_AFIS:
        ws.cell(row=r, column=1, value=afi)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, act, lead, res, date, impact, rag in actions:
            vals = [ref, act, lead, res, date, impact, None, comments[ref] or None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
            if rag:
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=FILL[rag])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG is updated by action leads before each Quality and Standards "
                                   "Committee. Last updated 14/11/2025.")
    for col, w in zip("ABCDEFGH", [8, 60, 30, 26, 16, 36, 8, 44]):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Inspection outcomes")
    s["A1"] = "Ofsted inspection outcomes – March 2025"
    s["A1"].font = Font(bold=True)
    grades = [("Judgement", "Grade"), ("Overall effectiveness", "Requires improvement"),
              ("The quality of education", "Requires improvement"), ("Behaviour and attitudes", "Good"),
              ("Personal development", "Good"), ("Leadership and management", "Requires improvement"),
              ("Education programmes for young people", "Requires improvement"),
              ("Adult learning programmes", "Good"), ("Apprenticeships", "Requires improvement"),
              ("Provision for learners with high needs", "Good")]
    for i, (a, b) in enumerate(grades, start=3):
        s.cell(row=i, column=1, value=a).border = BOX
        s.cell(row=i, column=2, value=b).border = BOX
    s["A14"] = "Actions by RAG: On track 3; Some slippage 1; Not on track 1; Complete 2; Not yet rated 1."
    s.column_dimensions["A"].width = 42
    s.column_dimensions["B"].width = 24
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. University of Bath, Department of Physics - Athena Swan Silver action plan (xlsx)
# ---------------------------------------------------------------------------
BATH_TITLE = "Athena Swan Silver Award Action Plan 2025–2030"
BATH_PRIORITIES = [
    ("Priority 1: Increase the proportion of women studying physics at undergraduate and postgraduate level", [
        ("1a. Increase the proportion of applications from women to our MPhys and BSc programmes from 24% to 30%",
         [
             ("1.1", "Section 4.1: women were 24% of UG applicants 2021–24 (sector 26%)",
              "Run two residential 'Women in Physics' summer schools each year for Year 12 students, in partnership "
              "with the Institute of Physics.",
              "Jun 2025 – Aug 2027", "Outreach Officer",
              "120 participants over two years; 30% of participants apply to Bath",
              "First summer school held July 2025 (54 students).", "Green"),
             ("1.2", "Survey of 2024 offer-holders: 'few visible women' cited by 38% of women",
              "Review all undergraduate marketing materials and open day talks so that women students and staff are "
              "visibly represented.",
              "Sept 2025 – Mar 2026", "Director of Admissions / Outreach Officer",
              "At least 40% of open day speakers are women", "Open day programme revised; new prospectus pages live.",
              "Complete"),
         ]),
        ("1b. Increase the proportion of women progressing to PhD study in the department",
         [
             ("1.3", "Section 4.2: women 31% of MPhys graduates but 22% of PhD entrants",
              "Offer funded 10-week summer research placements, with at least half allocated to women "
              "undergraduates.",
              "Annually", "Director of Postgraduate Research",
              "Women make up 30% of PhD entrants by 2028", "10 placements funded for summer 2025 (6 women).",
              "Green"),
         ]),
    ]),
    ("Priority 2: Support the career progression of women academic and research staff", [
        ("2a. Close the gap between women and men in applications for promotion to Senior Lecturer and Reader",
         [
             ("2.1", "Section 5.3: 3 of 19 promotion applications 2020–24 were from women",
              "Introduce an annual promotions readiness conversation for all Lecturers and Senior Lecturers as part "
              "of the SDPR process.",
              "Jan 2026 – Dec 2026", "Head of Department",
              "All eligible staff have a recorded conversation; application rates equal by gender",
              "SDPR form updated; conversations start January 2026.", "Amber"),
             ("2.2", "Culture survey 2024: 45% of women unsure of the promotion criteria",
              "Hold an annual promotions workshop with recently promoted staff and a member of the Faculty "
              "promotions panel.",
              "Mar 2026", "HoD, SAT Chair",
              "80% of attendees report better understanding of the criteria", "", "Not started"),
         ]),
        ("2b. Support research staff on fixed-term contracts to plan their next career step",
         [
             ("2.3", "Focus group with research staff, May 2024",
              "Pair every new postdoctoral researcher with a mentor from outside their research group within three "
              "months of their start date.",
              "Oct 2025 – Sept 2026", "Research Staff Coordinator",
              "100% of new postdocs mentored within three months", "8 of 9 new postdocs matched.", "Green"),
         ]),
    ]),
    ("Priority 3: Build an inclusive departmental culture", [
        ("3a. Make sure all staff and students know how to report bullying and harassment",
         [
             ("3.1", "Culture survey 2024: 29% of staff did not know how to report",
              "Require all staff to complete the University's active bystander training and report completion rates "
              "to the SAT each term.",
              "Jul 2026", "Department Manager", "95% completion", "71% completed at October 2025.", "Amber"),
             ("3.2", "Section 6.1: 40% of seminars started after 16:00",
              "Move departmental meetings and seminars into core hours (10:00–16:00) and publish the gender "
              "balance of seminar speakers each semester.",
              "Sept 2025", "Head of Department", "All meetings in core hours",
              "In place from September 2025.", "Complete"),
         ]),
        ("3b. Improve staff confidence that flexible working requests are considered fairly",
         [
             ("3.3", "Culture survey 2024: 52% agree requests are treated fairly",
              "Publish anonymised annual data on flexible working requests and outcomes, and repeat the staff "
              "culture survey in 2027.",
              "Nov 2025 – Jun 2027", "Athena Swan SAT Chair", "70% agree requests are treated fairly in 2027",
              "2024–25 data being collated with HR.", "Green"),
         ]),
    ]),
]
STATUS_FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Complete": "BDD7EE", "Not started": "EDEDED"}


def build_bath(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "University of Bath – Department of Physics"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = BATH_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Submitted with the Silver award application, November 2024. Progress column updated for the " \
               "Self-Assessment Team (SAT) meeting of 22 October 2025."
    hdr = ["Ref", "Objective", "Rationale / evidence", "Action", "Timeframe", "Responsibility",
           "Success measure", "Progress to date", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="203864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 6
    for prio, objectives in BATH_PRIORITIES:
        ws.cell(row=r, column=1, value=prio)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        r += 1
        for obj, actions in objectives:
            first = r
            for ref, why, act, when, who, measure, prog, status in actions:
                vals = [ref, obj if r == first else None, why, act, when, who, measure, prog or None, status]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = BOX
                ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=STATUS_FILL[status])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", [6, 34, 34, 50, 18, 26, 34, 36, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Key and abbreviations")
    items = [("Status", ""), ("Complete", "Action delivered and evidence recorded"),
             ("Green", "On track"), ("Amber", "Started but behind schedule"), ("Not started", "Not yet due to start"),
             ("", ""), ("Abbreviations", ""), ("HoD", "Head of Department"), ("SAT", "Self-Assessment Team"),
             ("SDPR", "Staff Development and Performance Review"), ("UG / PGR", "Undergraduate / postgraduate research")]
    for i, (a, b) in enumerate(items, start=1):
        k.cell(row=i, column=1, value=a or None)
        k.cell(row=i, column=2, value=b or None)
    k["A1"].font = Font(bold=True)
    k["A7"].font = Font(bold=True)
    k.column_dimensions["A"].width = 16
    k.column_dimensions["B"].width = 44
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. Whitehouse Common Primary School - post-Ofsted action plan (docx, shaded RAG)
# ---------------------------------------------------------------------------
WCPS_TITLE = "Whitehouse Common Primary School – Post-Ofsted Action Plan 2025–26"
WCPS_FILL = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000"}
WCPS_PRIORITIES = [
    ("Priority 1: Curriculum in the foundation subjects",
     "In some foundation subjects, the school has not identified the important knowledge that pupils should learn "
     "and when. Leaders should ensure that the curriculum in these subjects sets out clearly what pupils need to "
     "know, so that they build securely on what they have learned before.",
     [
         ("1.1", "Subject leaders for history, geography and design and technology to rewrite their long-term plans, "
                 "setting out the key knowledge and vocabulary for each year group.",
          "DHT / Subject leaders", "Summer term 2025", "HT review of plans; governors' curriculum committee",
          "Sequenced plans in place for all foundation subjects", "blue"),
         ("1.2", "Release subject leaders each term to carry out a subject review, including pupil voice and book "
                 "looks, and report findings to governors.",
          "HT", "Termly", "Link governor visits", "Subject leaders can explain strengths and next steps", "green"),
         ("1.3", "Introduce knowledge organisers and short recap quizzes at the start of lessons in the foundation "
                 "subjects.",
          "Curriculum lead (RK)", "Autumn term 2025", "Learning walks; pupil voice",
          "Pupils recall key knowledge from previous units", "green"),
     ]),
    ("Priority 2: Early reading and phonics",
     "The teaching of phonics is not consistently effective. Some staff do not follow the school's phonics "
     "programme closely, and books are not always matched to the sounds that pupils know. Leaders should ensure "
     "that all staff are trained to deliver the programme well.",
     [
         ("2.1", "All staff who teach phonics, including teaching assistants, to complete the programme's training "
                 "modules and be observed by the reading lead within six weeks.",
          "Reading lead (SB)", "By October half-term 2025", "Observation records; phonics tracker",
          "All phonics sessions judged consistent with the programme", "amber"),
         ("2.2", "Audit the reading book stock, remove books that are not matched to the programme and buy fully "
                 "decodable books for Reception and Year 1.",
          "Reading lead (SB), School Business Manager", "July 2025", "Budget monitoring",
          "Every pupil reads a book matched to their phonics stage", "blue"),
         ("2.3", "Run daily keep-up sessions for pupils at risk of falling behind and track their progress through "
                 "half-termly phonics assessments.",
          "Reading lead (SB)", "Half-termly", "Phonics assessment data",
          "Phonics screening check pass rate at or above national", "green"),
     ]),
    ("Priority 3: Pupils with special educational needs and/or disabilities",
     "Teachers do not consistently adapt their teaching to meet the needs of pupils with special educational needs "
     "and/or disabilities (SEND). Leaders should make sure that staff have the knowledge and training they need to "
     "support these pupils well.",
     [
         ("3.1", "Rewrite support plans so that each pupil with SEND has no more than three specific, measurable "
                 "targets, shared with all adults who work with them.",
          "SENDCo", "Autumn term 2025", "SENDCo audit of plans",
          "All plans meet the agreed standard", "amber"),
         ("3.2", "Deliver a programme of staff training on adaptive teaching, followed by learning walks focused on "
                 "pupils with SEND.",
          "SENDCo / Phase leaders", "Autumn term 2025 – Summer term 2026", "Learning walks; pupil progress meetings",
          "Adaptations seen in all classes", "red"),
         ("3.3", "Appoint a link governor for SEND to meet the SENDCo each half-term and report to the full "
                 "governing board.",
          "Chair of Governors", "September 2025", "FGB minutes", "Governors challenge SEND provision", "blue"),
     ]),
]


def build_wcps(path):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading(WCPS_TITLE, level=0)
    d.add_paragraph("Ofsted inspection: 14 and 15 January 2025. Overall effectiveness: Requires improvement.")
    d.add_paragraph("Document control")
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for r, vals in zip(t.rows, [("Version", "Date", "Author", "Approved by"),
                                ("1.0", "10/03/2025", "Headteacher", "Full Governing Board 24/03/2025"),
                                ("1.3", "03/11/2025", "Headteacher", "Standards Committee 10/11/2025")]):
        for c, v in zip(r.cells, vals):
            c.text = v
    _bold_row(t.rows[0])
    d.add_paragraph("")
    d.add_paragraph("RAG key")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, (word, colour) in zip(t.rows[0].cells, [("Complete", "blue"), ("On track", "green"),
                                                    ("Some concerns", "amber"), ("Not on track", "red")]):
        c.text = word
        _shade(c, WCPS_FILL[colour])
    d.add_paragraph("")
    for prio, afi, actions in WCPS_PRIORITIES:
        d.add_heading(prio, level=1)
        p = d.add_paragraph()
        p.add_run("Ofsted area for improvement:").bold = True
        q = d.add_paragraph(afi)
        q.runs[0].italic = True
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "Monitoring",
                                          "Success criteria", "RAG"]):
            c.text = h
        _bold_row(t.rows[0])
        for ref, act, lead, when, mon, succ, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, mon, succ, ""]):
                c.text = v
            _shade(cells[6], WCPS_FILL[rag])
        d.add_paragraph("")
    d.add_heading("Monitoring and evaluation", level=1)
    d.add_paragraph("The plan is reviewed by the senior leadership team each half-term and by the Standards "
                    "Committee each term. The local authority school improvement adviser reviews progress "
                    "in the autumn and summer terms.")
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for r, vals in zip(t.rows, [("Headteacher", "Signed: ____________"), ("Chair of Governors", "Signed: ____________")]):
        for c, v in zip(r.cells, vals):
            c.text = v
    d.save(path)


# ---------------------------------------------------------------------------
# 6. CPS North West - HMCPSI Area Inspection Programme action plan (csv) - typo month, refuse
# ---------------------------------------------------------------------------
CPS_ROWS = [
    ["CPS North West – Area Inspection Programme: action plan in response to the HMCPSI report", "", "", "", "", "", ""],
    ["Position as at 30 September 2025. Owner: Chief Crown Prosecutor", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Ref", "Aspect for improvement", "Action", "Owner", "Target date", "Status", "Update"],
    ["Magistrates' court casework", "", "", "", "", "", ""],
    ["", "Aspect for improvement 1: The quality of the Area's initial reviews in magistrates' court cases, "
         "including the analysis of the case and the trial strategy, needs to improve.", "", "", "", "", ""],
    ["1.1", "", "Introduce a monthly individual quality assessment (IQA) dip sample of 5 initial reviews per "
                "magistrates' court lawyer, with feedback given within 10 working days.",
     "Deputy Chief Crown Prosecutor (Magistrates')", "31/03/2025", "Complete", "IQA sampling live since March."],
    ["1.2", "", "Deliver case analysis and trial strategy training to all magistrates' court lawyers and "
                "paralegal officers.", "Legal Trainer / Unit Head Magistrates'", "June 2025", "Complete",
     "Training delivered to 58 staff."],
    ["Crown Court casework", "", "", "", "", "", ""],
    ["", "Aspect for improvement 2: Disclosure of unused material in Crown Court cases is not always handled in "
         "line with the statutory requirements, and disclosure management documents are not always completed.",
     "", "", "", "", ""],
    ["2.1", "", "Hold joint disclosure workshops with Greater Manchester Police, Lancashire Constabulary and "
                "Cumbria Constabulary, focused on schedule quality and rebuttable presumption material.",
     "DCCP Crown Court", "Sept 2025", "On track", "Two of three workshops held."],
    ["2.2", "", "Make the disclosure management document mandatory in all Crown Court cases, with compliance "
                "checked in the monthly casework quality meeting.", "Unit Head Crown Court",
     "Febuary 2026", "Amber", "Compliance 74% in August; target 95%."],
    ["RASSO casework", "", "", "", "", "", ""],
    ["", "Aspect for improvement 3: Early advice and charging decisions in rape and serious sexual offences "
         "cases do not always set out a clear action plan for the police.", "", "", "", "", ""],
    ["3.1", "", "Introduce a standard RASSO early advice template with a mandatory police action plan section.",
     "Unit Head RASSO", "31/12/2025", "On track", "Template agreed with police leads in September."],
    ["3.2", "", "Quality assure 10 RASSO charging decisions each month against the template and share learning at "
                "team meetings.", "Senior District Crown Prosecutor (RASSO)", "Ongoing", "On track", ""],
    ["Victims and witnesses", "", "", "", "", "", ""],
    ["", "Aspect for improvement 4: Victim communication letters are not always timely or of sufficient quality.",
     "", "", "", "", ""],
    ["4.1", "", "Monitor Victim Liaison Unit letter timeliness weekly and escalate letters outstanding for more "
                "than 5 days to the relevant unit head.", "Victim Liaison Unit Manager", "31/10/2025",
     "On track", "Timeliness improved to 82%."],
    ["4.2", "", "Refresh the letter quality assurance checklist and train all VLU staff on empathetic, plain "
                "English letters.", "Victim Liaison Unit Manager / Area Business Manager", "March 2026",
     "Not started", ""],
    ["", "", "", "", "", "", ""],
    ["Status key: Complete; On track; Amber = at risk of missing target date; Red = target date missed; "
     "Not started.", "", "", "", "", "", ""],
]


def build_cps(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in CPS_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. West Midlands Fire Service - Grenfell Tower Inquiry Phase 2 tracker (tab-separated txt)
# ---------------------------------------------------------------------------
WMFS_HEAD = [
    "West Midlands Fire Service – Grenfell Tower Inquiry Phase 2 Report: Recommendations Tracker",
    "Report to Audit and Risk Committee, 19 January 2026. Exported from the performance management system "
    "05/01/2026.",
    "",
]
WMFS_COLS = ["Theme", "Recommendation", "Ref", "Action", "Owner", "Original target", "Revised target", "Status",
             "Comments"]
_R1 = ("Fire and rescue services should review their arrangements for handling multiple simultaneous fire "
       "survival guidance calls, including how information passes between the control room and the incident "
       "ground.")
_R2 = ("Fire and rescue services should make sure that information about high-rise residential buildings, "
       "including the construction of external walls, is gathered, kept up to date and available to crews at "
       "incidents.")
_R3 = ("Fire and rescue services should develop, and regularly test, plans for the partial or full evacuation of "
       "high-rise residential buildings.")
_R4 = ("Fire and rescue services should make sure that incident commanders at all levels are trained to recognise "
       "when a stay put strategy is no longer viable and to decide when to change it.")
WMFS_ROWS = [
    ["Control and emergency calls", _R1, "GT2-01",
     "Review Fire Control fire survival guidance procedures against the revised NFCC guidance and run a table-top "
     "exercise with Fire Control and operational crews.",
     "Fire Control Manager", "31/03/2025", "30/06/2025", "Complete", "Exercise held 12/06/2025; procedure reissued."],
    ["Control and emergency calls", _R1, "GT2-02",
     "Introduce a dedicated FSG information officer role at high-rise incidents and test it in at least four "
     "multi-storey exercises.",
     "Area Commander Response", "30/09/2025", "", "Green", "Role in place; 3 of 4 exercises completed."],
    ["Protection and building risk", _R2, "GT2-03",
     "Upload all premises information received under the Fire Safety (England) Regulations 2022 to the mobile "
     "data terminals within 10 working days of receipt.",
     "Head of Protection / Head of ICT", "31/12/2025", "", "Amber", "Backlog of 41 buildings; extra resource agreed."],
    ["Protection and building risk", _R2, "GT2-04",
     "Complete familiarisation visits to all high-rise residential buildings in the West Midlands, prioritised "
     "by risk.",
     "Area Commander Prevention and Protection", "March 2026", "", "Green", "188 of 260 buildings visited."],
    ["Operational response", _R3, "GT2-05",
     "Refresh the high-rise evacuation operational procedure to align with National Operational Guidance and the "
     "NFCC evacuation guidance.",
     "Head of Operational Policy", "30/11/2025", "28/02/2026", "Amber", "Awaiting NFCC guidance update."],
    ["Operational response", _R3, "GT2-06",
     "Run evacuation and rescue exercises with partner agencies at three high-rise premises each year, recording "
     "lessons on the operational learning system.",
     "Station Commander, Operational Assurance", "Annually", "", "Green", "2025 programme complete."],
    ["Operational response", _R3, "GT2-07",
     "Procure and issue smoke hoods for crews to give to residents during evacuation.",
     "Head of Fleet and Technical Services", "31/10/2025", "", "Complete", "Issued to all pumping appliances."],
    ["Training and learning", _R4, "GT2-08",
     "Add a high-rise decision-making scenario, including a change of evacuation strategy, to incident command "
     "assessments at levels 1 to 4.",
     "Head of Learning and Development", "31/03/2026", "", "Red", "Assessor availability; recovery plan to SLT."],
    ["Training and learning", _R4, "GT2-09",
     "Brief all Fire Control and operational staff on the Phase 2 report findings through a mandatory e-learning "
     "package.",
     "Head of Learning and Development", "30/04/2025", "", "Complete", "97% completion."],
]
WMFS_TAIL = [
    "",
    "Status key: Complete = closed with evidence verified; Green = on track; Amber = at risk of missing target; "
    "Red = target missed or will be missed.",
    "Where a revised target has been agreed by the Strategic Enabling Team it replaces the original target.",
]


def build_wmfs(path):
    lines = list(WMFS_HEAD) + ["\t".join(WMFS_COLS)] + ["\t".join(r) for r in WMFS_ROWS] + WMFS_TAIL
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "zsw-hmp-hull-hmip-inspection-action-plan.docx": build_hull,
    "zsw-lancashire-constabulary-hmicfrs-activism-impartiality-recommendations-tracker.xlsx": build_lancs,
    "zsw-moulton-college-ofsted-post-inspection-action-plan.xlsx": build_moulton,
    "zsw-university-of-bath-physics-athena-swan-silver-action-plan.xlsx": build_bath,
    "zsw-whitehouse-common-primary-school-post-ofsted-action-plan.docx": build_wcps,
    "zsw-cps-north-west-hmcpsi-area-inspection-action-plan-typo-month-refuse.csv": build_cps,
    "zsw-west-midlands-fire-service-grenfell-tower-inquiry-phase-2-recommendations-tracker.txt": build_wmfs,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        assert name.startswith("zsw-")
        fn(os.path.join(HERE, name))
        print("wrote", name)
