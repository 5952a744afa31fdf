"""Build the seven zqg- blind test files (set heldout710).

Run with /work/main/.venv/bin/python zqg_make.py from any directory;
files are written next to this script.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


RAG_FILL = {
    "B": "4F81BD",
    "G": "00B050",
    "A": "FFC000",
    "R": "FF0000",
}


# ================================================================ 1. HMP Haverigg (docx)
def make_haverigg():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    h = doc.add_paragraph()
    r = h.add_run("Action Plan: HMP Haverigg")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Action Plan Submitted: 19 December 2024")
    doc.add_paragraph("A Response to the HMIP Inspection: 23 September – 3 October 2024")
    doc.add_paragraph("Report Published: 28 November 2024")

    doc.add_paragraph().add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the "
        "conditions for and treatment of those in prison. Following each inspection HMPPS "
        "prepares an action plan setting out whether each concern and recommendation is agreed, "
        "partly agreed or not agreed, the actions the prison will take, who owns each action and "
        "when it will be completed. Progress is reviewed monthly at the prison's Senior Leadership "
        "Team meeting and will be assessed by HMIP at the next inspection or independent review "
        "of progress."
    )
    key = doc.add_table(rows=4, cols=3)
    key.style = "Table Grid"
    for i, t in enumerate(["Term", "Definition", "Additional comment"]):
        bold_cell(key.rows[0].cells[i], t)
    rows = [
        ("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable.",
         "The response explains how the recommendation will be achieved, with SMART actions."),
        ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable and affordable.",
         "The response states clearly which part will be implemented and why the rest cannot be."),
        ("Not Agreed", "The recommendation is not agreed with, or cannot be achieved or afforded.",
         "The response explains the business case or other reason for not agreeing."),
    ]
    for ri, row in enumerate(rows, start=1):
        for ci, t in enumerate(row):
            key.rows[ri].cells[ci].text = t

    def concern_table(title, concerns):
        doc.add_paragraph()
        p = doc.add_paragraph()
        rr = p.add_run(title)
        rr.bold = True
        rr.font.size = Pt(12)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, head in enumerate(["Ref", "Action", "Action owner", "Target date"]):
            bold_cell(t.rows[0].cells[i], head)
            shade(t.rows[0].cells[i], "D9D9D9")
        for concern, response, actions in concerns:
            row = t.add_row()
            c = row.cells[0].merge(row.cells[3])
            bold_cell(c, concern)
            shade(c, "DEEAF6")
            row = t.add_row()
            c = row.cells[0].merge(row.cells[3])
            c.text = response
            for ref, act, owner, date in actions:
                row = t.add_row()
                for i, v in enumerate([ref, act, owner, date]):
                    row.cells[i].text = v
        return t

    concern_table("Priority concerns", [
        ("1. Illicit drugs were too easily available and too many prisoners tested positive in "
         "random mandatory drug testing (paragraph 1.17).",
         "Agreed. The prison will reduce both the supply of and the demand for drugs through its "
         "local drug strategy, overseen by the monthly Drug Strategy Meeting chaired by the "
         "Deputy Governor.",
         [
             ("1.1", "Install enhanced gate security, including a second X-ray body scanner in "
                     "reception and additional perimeter CCTV coverage of the former airfield "
                     "boundary.", "Head of Security", "March 2025"),
             ("1.2", "Increase suspicion and random drug testing capacity by training six "
                     "additional officers as MDT testers.", "Head of Security / Head of Operations",
              "31/01/2025"),
             ("1.3", "Open an Incentivised Substance Free Living unit on B wing with a "
                     "compact-based regime and weekly recovery support from the substance misuse "
                     "provider.", "Head of Reducing Reoffending; Drug Strategy Lead", "June 2025"),
         ]),
        ("2. Too many prisoners were locked in their cells during the working day and the amount "
         "of purposeful activity did not meet the needs of the population (paragraph 4.3).",
         "Agreed.",
         [
             ("2.1", "Review the regime and activity allocation so that every prisoner is "
                     "allocated to full-time education, training or work, with unemployment "
                     "monitored weekly.", "Head of Education, Skills and Work", "April 2025"),
             ("2.2", "Reopen the horticulture and multi-skills workshops, closed since 2023, once "
                     "instructor vacancies are filled.",
              "Head of Education, Skills and Work / Head of Finance", "Q2 2025/26"),
         ]),
        ("3. Release planning was weak and too many prisoners were released without sustainable "
         "accommodation (paragraph 6.28).",
         "Partly Agreed. The prison will strengthen its own resettlement work; the supply of "
         "accommodation in prisoners' home areas is outside the prison's control and is being "
         "raised with the regional Probation Service and local authorities.",
         [
             ("3.1", "Hold a pre-release board for every prisoner 12 weeks before release, "
                     "attended by the Offender Management Unit, the Community Accommodation "
                     "Service and health care.", "Head of Offender Management Delivery",
              "February 2025"),
             ("3.2", "Report monthly to the Reducing Reoffending Meeting on accommodation "
                     "outcomes on the first night after release, by home area.",
              "Head of Reducing Reoffending", "Ongoing"),
         ]),
    ])

    concern_table("Key concerns", [
        ("4. Many officers were inexperienced and not confident in challenging poor behaviour "
         "(paragraph 2.9).",
         "Agreed.",
         [
             ("4.1", "Deliver a rolling coaching programme for officers in their first two years "
                     "of service, led by the supervising officers on each wing.",
              "Head of Residence", "September 2025"),
         ]),
        ("5. Waiting times for mental health assessments and for the GP were too long "
         "(paragraph 4.41).",
         "Agreed. Health services at Haverigg are commissioned by NHS England and delivered by the "
         "health care provider; the actions below have been agreed with both.",
         [
             ("5.1", "Recruit a second mental health nurse and introduce a triage clinic so that "
                     "urgent referrals are assessed within five working days.",
              "Head of Healthcare (provider)", "31/05/2025"),
             ("5.2", "Audit GP waiting times quarterly and present the results to the Local "
                     "Delivery Board.",
              "Head of Healthcare & NHS England Health and Justice Commissioner", "July 2025"),
         ]),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Governor, HMP Haverigg")
    doc.save(out("zqg-hmp-haverigg-hmip-inspection-action-plan.docx"))


# ================================================================ 2. RBFRS Fire Standards (xlsx)
def make_rbfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Royal Berkshire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = "Fire Standards Implementation Tracker 2025–26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    dc = [
        ("Version", "3.2"),
        ("Owner", "Head of Service Assurance"),
        ("Reporting to", "Performance and Assurance Board; Management Committee"),
        ("Last updated", dt.date(2025, 11, 14)),
        ("Review frequency", "Quarterly"),
    ]
    for i, (k, v) in enumerate(dc, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        if isinstance(v, dt.date):
            c.number_format = "dd/mm/yyyy"
        ws.cell(i, 1).border = BOX
        ws.cell(i, 2).border = BOX
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [
        ("B", "Blue – action complete"),
        ("G", "Green – on track to meet target date"),
        ("A", "Amber – at risk; target date may be missed"),
        ("R", "Red – target date missed or will not be met"),
    ]
    for i, (k, v) in enumerate(key, start=12):
        ws.cell(i, 1, k).fill = fill(RAG_FILL[k])
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 60

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by Fire Standard – position at end of Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    heads = ["Fire Standard", "Self-assessment", "Actions", "Complete", "Open"]
    for i, hd in enumerate(heads, start=1):
        c = sm.cell(3, i, hd)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    srows = [
        ("Operational Competence", "Partially met", 2, 1, 1),
        ("Safeguarding", "Partially met", 2, 0, 2),
        ("Data Management", "Not met", 2, 0, 2),
        ("Leading and Developing People", "Partially met", 2, 0, 2),
    ]
    for r, row in enumerate(srows, start=4):
        for i, v in enumerate(row, start=1):
            sm.cell(r, i, v).border = BOX
    sm.cell(8, 1, "Total").font = Font(bold=True)
    for col in (3, 4, 5):
        sm.cell(8, col, sum(x[col - 1] for x in srows)).font = Font(bold=True)
    sm.cell(10, 1, "Standards assessed as fully met (no open actions) are not shown.")
    sm.column_dimensions["A"].width = 34
    sm.column_dimensions["B"].width = 18

    at = wb.create_sheet("Action Tracker")
    at["A1"] = "Fire Standards Implementation Tracker – Action Tracker"
    at["A1"].font = Font(bold=True, size=12)
    at["A2"] = "Reporting period: Q2 2025/26 (July – September 2025)"
    heads = ["Ref", "Gap identified (NFCC implementation tool)", "Action", "Action owner",
             "Original target date", "Revised target date", "Previous RAG", "Current RAG",
             "Progress commentary"]
    for i, hd in enumerate(heads, start=1):
        c = at.cell(4, i, hd)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX

    D = dt.datetime
    groups = [
        ("Fire Standard: Operational Competence",
         "Competence recording for on-call firefighters is split between two systems, so the "
         "Service cannot show at any time that all staff are competent in safety-critical skills.",
         [
             ("OC1", "Migrate all on-call competence records from the legacy training database "
                     "into the Learning Management System and retire the legacy database.",
              "Area Manager – Training and Development", D(2025, 3, 31), D(2025, 12, 31), "A", "A",
              "Data migration 80% complete; supplier fix for historic breathing apparatus "
              "records awaited."),
             ("OC2", "Introduce a monthly competence dashboard for station managers showing "
                     "safety-critical skills that are due to lapse within 60 days.",
              "Group Manager – Training Delivery / Performance and Information Manager",
              D(2025, 6, 30), None, "G", "B",
              "Dashboard live on the intranet since June 2025."),
         ]),
        ("Fire Standard: Safeguarding",
         "Not all staff in public-facing roles have completed safeguarding training at the level "
         "set out in the Service's training needs analysis.",
         [
             ("SG1", "Deliver Level 2 safeguarding training to all prevention, protection and fire "
                     "control staff.", "Safeguarding Lead", D(2025, 9, 30), None, "G", "G",
              "91% of staff trained; remaining sessions booked for October."),
             ("SG2", "Add safeguarding referral quality checks to the quarterly prevention "
                     "assurance audit.", "Head of Prevention", D(2025, 7, 31), D(2026, 1, 31),
              "G", "A", "Audit template revised; first audit moved to January because of "
                        "staff absence."),
         ]),
        ("Fire Standard: Data Management",
         "The Service does not have a complete information asset register or named information "
         "asset owners for all departments.",
         [
             ("DM1", "Complete the information asset register for all departments and appoint an "
                     "information asset owner for each asset.", "Data Protection Officer; Head of ICT",
              D(2025, 3, 31), D(2025, 10, 31), "R", "R",
              "Register 60% complete. Revised date missed; escalated to the Performance and "
              "Assurance Board."),
             ("DM2", "Publish a data quality policy and train departmental data champions.",
              "Performance and Information Manager", D(2025, 12, 31), None, "G", "",
              "Policy drafted and out for consultation."),
         ]),
        ("Fire Standard: Leading and Developing People",
         "There is no consistent process to identify and develop staff with potential for "
         "promotion below middle-manager level.",
         [
             ("LDP1", "Launch a talent management framework including a development centre for "
                      "aspiring supervisory managers.", "Head of People and Culture",
              D(2026, 3, 31), None, "New", "G", "Framework approved by the Strategic "
                                                 "Leadership Team in September."),
             ("LDP2", "Evaluate the first cohort of the supervisory leadership programme and "
                      "report findings to the Strategic Leadership Team.",
              "Organisational Development Manager", D(2026, 6, 30), None, "New", "",
              "Not due to start until the first cohort finishes in April 2026."),
         ]),
    ]
    r = 5
    for title, gap, actions in groups:
        at.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = at.cell(r, 1, title)
        c.font = Font(bold=True)
        c.fill = fill("F2DCDB")
        r += 1
        first = r
        for ref, act, owner, orig, rev, prev, cur, prog in actions:
            at.cell(r, 1, ref)
            at.cell(r, 3, act)
            at.cell(r, 4, owner)
            c = at.cell(r, 5, orig)
            c.number_format = "mmm-yy"
            if rev is not None:
                c = at.cell(r, 6, rev)
                c.number_format = "mmm-yy"
            pc = at.cell(r, 7, prev if prev else None)
            if prev in RAG_FILL:
                pc.fill = fill(RAG_FILL[prev])
            cc = at.cell(r, 8, cur if cur else None)
            if cur in RAG_FILL:
                cc.fill = fill(RAG_FILL[cur])
            at.cell(r, 9, prog)
            for col in range(1, 10):
                at.cell(r, col).alignment = WRAP
                at.cell(r, col).border = BOX
            r += 1
        at.cell(first, 2, gap)
        at.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        at.cell(first, 2).alignment = WRAP
    # DM2 current RAG is shown by colour only (cell left blank by the updater)
    for row in at.iter_rows(min_row=5, max_row=r):
        if row[0].value == "DM2":
            row[7].fill = fill(RAG_FILL["G"])
    r += 1
    at.cell(r, 1, "Note: where a revised target date is shown it has been agreed by the "
                  "Performance and Assurance Board. RAG key on the Cover sheet.")
    widths = [8, 40, 50, 30, 12, 12, 10, 10, 45]
    for i, w in enumerate(widths):
        at.column_dimensions["ABCDEFGHI"[i]].width = w
    at.freeze_panes = "A5"
    wb.save(out("zqg-royal-berkshire-fire-rescue-service-fire-standards-implementation-tracker.xlsx"))


# ================================================================ 3. Cleveland Police (xlsx, refuse)
def make_cleveland():
    wb = Workbook()
    ws = wb.active
    ws.title = "DF Tracker"
    ws["A1"] = "Cleveland Police"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = "HMICFRS Recommendations Tracker – Digital Forensics"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Report: An inspection into how well the police and other agencies use digital "
                "forensics in their investigations (HMICFRS, published 1 December 2022)")
    ws["A4"] = ("Owner: Head of Crime and Vulnerability | Governance: Force Assurance Board | "
                "Position as at 30/09/2025")
    heads = ["Rec No.", "Recommendation (force-level)", "Action No.", "Action", "Action Owner",
             "Due Date", "BRAG", "Latest Update"]
    for i, hd in enumerate(heads, start=1):
        c = ws.cell(6, i, hd)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    recs = [
        ("1", "Chief constables should make sure their forces understand current and future "
              "demand for digital forensics, and have the capacity to meet it.",
         [
             ("1.1", "Complete a digital forensics demand and capacity assessment covering the "
                     "Digital Forensic Unit, kiosks and the ROCU.", "Head of Digital Forensics",
              "Mar-2025", "B", "Assessment completed and presented to Force Assurance Board "
                               "in March."),
             ("1.2", "Include digital forensics demand, backlog and turnaround times in the Force "
                     "Management Statement and the monthly performance pack.",
              "Force Planning Manager", "Jun-2025", "B", "Included from the June pack onwards."),
         ]),
        ("2", "Chief constables should make sure there are enough trained digital media "
              "investigators to advise investigators and attend crime scenes.",
         [
             ("2.1", "Train a further 12 digital media investigators and place at least one on each "
                     "shift in each local policing area.", "DCI Rebecca Lowther", "Agu-2025", "A",
              "9 of 12 trained; remaining 3 on the College of Policing course in October."),
             ("2.2", "Publish a digital media investigator deployment policy and 24/7 on-call rota.",
              "DCI Rebecca Lowther / Supt Operations", "Dec-2025", "G",
              "Draft policy with the Policy Unit."),
             ("2.3", "Make digital evidence strategy guidance and a template available to all "
                     "investigators on the intranet.", "Digital Media Investigator Coordinator",
              "Oct-2025", "G", "Template agreed; intranet page being built."),
         ]),
        ("3", "Chief constables should make sure victims are not left without their devices for "
              "longer than necessary and are kept informed.",
         [
             ("3.1", "Offer a same-day kiosk download for victims of rape and serious sexual "
                     "offences, so that phones can be returned within 24 hours where possible.",
              "Head of Digital Forensics; RASSO Lead", "Sep-2025", "A",
              "Kiosk available at two of three hubs; third hub awaiting accreditation."),
             ("3.2", "Add device-return updates to Victim Contact Plans, with reminders in Niche.",
              "Victim Services Manager", "Jan-2026", "R",
              "Niche change request rejected by the regional change board; alternative being "
              "scoped."),
         ]),
    ]
    r = 7
    for no, rec, actions in recs:
        first = r
        for ano, act, owner, due, brag, upd in actions:
            vals = [None, None, ano, act, owner, due, brag, upd]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 7).fill = fill(RAG_FILL[brag])
            ws.cell(r, 6).number_format = "@"
            r += 1
        ws.cell(first, 1, no)
        ws.cell(first, 2, rec)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Key: B = complete, G = on track, A = at risk, R = off track / overdue")
    for i, w in enumerate([8, 45, 10, 50, 30, 11, 7, 45]):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    wb.save(out("zqg-cleveland-police-hmicfrs-digital-forensics-recommendations-tracker-"
                "typo-month-refuse.xlsx"))


# ================================================================ 4. HoYEG QIP (xlsx)
def make_hoyeg():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Heart of Yorkshire Education Group"
    ov["A1"].font = Font(bold=True, size=14, color="7030A0")
    ov["A2"] = "Quality Improvement Plan 2025–26: overview"
    ov["A2"].font = Font(bold=True, size=12)
    ov["A4"] = "The QIP addresses the areas for improvement in the Self-Assessment Report 2024–25 "
    ov["A4"].value += "(Wakefield and Selby campuses) and is monitored by the Quality and Standards Committee."
    ov["A6"] = "Position at Term 1 update (December 2025)"
    ov["A6"].font = Font(bold=True)
    summ = [("Complete", 2), ("Green", 2), ("Amber", 2), ("Red", 1), ("Not started", 1),
            ("Total actions", 8)]
    for i, (k, v) in enumerate(summ, start=7):
        ov.cell(i, 1, k).border = BOX
        ov.cell(i, 2, v).border = BOX
    ov.cell(12, 1).font = Font(bold=True)
    ov.cell(12, 2).font = Font(bold=True)
    ov["A15"] = "RAG: Complete = action finished and impact seen; Green = on track; "
    ov["A15"].value += "Amber = some slippage; Red = off track; Not started = not yet due to start."
    ov.column_dimensions["A"].width = 30

    q = wb.create_sheet("QIP 2025-26")
    q["A1"] = "Heart of Yorkshire Education Group"
    q["A1"].font = Font(bold=True, size=12, color="7030A0")
    q["A2"] = "Quality Improvement Plan 2025–26 (from SAR 2024–25)"
    q["A2"].font = Font(bold=True, size=12)
    q["A3"] = "Monitored by: Quality and Standards Committee | Update: Term 1 (December 2025)"
    heads = ["Ref", "Area for improvement (SAR)", "Actions to secure improvement", "Lead(s)",
             "Timescale", "Success measure", "Term 1 update", "RAG"]
    for i, hd in enumerate(heads, start=1):
        c = q.cell(5, i, hd)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    word_fill = {"Complete": "4F81BD", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    sections = [
        ("QUALITY OF EDUCATION", [
            ("Too few learners on level 2 and level 3 study programmes in construction and "
             "engineering make the progress they are capable of from their starting points.", [
                ("QE1.1", "Introduce a common initial assessment and target-setting process in "
                          "construction and engineering so that teachers plan from learners' "
                          "starting points.", "Head of Faculty – Construction and Engineering",
                 "Oct-25", "All learners have targets set from initial assessment by half term.",
                 "Completed for all new starters; targets visible on ProMonitor.", "Complete"),
                ("QE1.2", "Run fortnightly progress reviews with learners at risk of not meeting "
                          "their target grade, recorded on ProMonitor.", "Curriculum Managers",
                 "Termly", "Value added at or above zero in both areas.",
                 "Reviews taking place; 84% recorded on time.", "Green"),
            ]),
            ("Apprentices in health and social care do not receive timely feedback on their "
             "off-the-job training and too few complete on time.", [
                ("QE2.1", "Reduce caseloads for skills coaches in health and social care to no "
                          "more than 45 apprentices.", "Director of Apprenticeships", "Jan-26",
                 "Caseloads at or below 45.", "Two coaches recruited; one vacancy remains.",
                 "Amber"),
                ("QE2.2", "Introduce eight-weekly tripartite reviews with employers that set clear "
                          "targets for off-the-job training.",
                 "Director of Apprenticeships / Apprenticeship Quality Manager", "31/03/2026",
                 "Timely achievement at 65% or above.", "New review template in use since "
                                                        "November.", "Green"),
            ]),
        ]),
        ("BEHAVIOUR AND ATTITUDES", [
            ("Attendance of 16 to 18 learners at English and mathematics lessons is too low.", [
                ("BA1.1", "Launch a cross-college attendance campaign with same-day contact with "
                          "parents and carers of absent learners under 18.",
                 "Head of Student Services", "Nov-25", "English and maths attendance at 85%.",
                 "Campaign launched; same-day contact in place.", "Complete"),
                ("BA1.2", "Timetable English and mathematics lessons alongside vocational lessons "
                          "on the same day, rather than as stand-alone sessions.", "JR/AK",
                 "September 2026", "Timetable for 2026–27 built on this model.",
                 "Timetabling review starts in the spring.", "Not started"),
            ]),
        ]),
        ("PERSONAL DEVELOPMENT", [
            ("Learners on adult programmes have too little information about the next steps "
             "open to them.", [
                ("PD1.1", "Provide a careers guidance interview for all adult learners on courses "
                          "of more than 60 guided learning hours.", "Careers Leader", "July 2026",
                 "All eligible adult learners interviewed.", "41% interviewed so far; capacity "
                                                               "is limited at Selby.", "Amber"),
            ]),
        ]),
        ("LEADERSHIP AND MANAGEMENT", [
            ("Governors do not receive sufficiently detailed information about the quality of "
             "apprenticeships to hold leaders to account.", [
                ("LM1.1", "Produce a termly apprenticeships quality report for the Quality and "
                          "Standards Committee, including timely completion by standard.",
                 "Director of Governance; Director of Apprenticeships", "Dec 2025",
                 "Report received each term.", "Report deferred to the March committee.", "Red"),
            ]),
        ]),
    ]
    r = 6
    for sect, afis in sections:
        q.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = q.cell(r, 1, sect)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        r += 1
        for afi, actions in afis:
            for i, (ref, act, lead, when, measure, upd, rag) in enumerate(actions):
                vals = [ref, afi if i == 0 else None, act, lead, when, measure, upd, rag]
                for col, v in enumerate(vals, start=1):
                    c = q.cell(r, col, v)
                    c.alignment = WRAP
                    c.border = BOX
                if rag in word_fill:
                    q.cell(r, 8).fill = fill(word_fill[rag])
                r += 1
    for i, w in enumerate([8, 40, 50, 30, 12, 30, 40, 12]):
        q.column_dimensions["ABCDEFGH"[i]].width = w
    wb.save(out("zqg-heart-of-yorkshire-education-group-quality-improvement-plan-2025-26.xlsx"))


# ================================================================ 5. Blundell's ISI (txt, tab-separated)
def make_blundells():
    lines = [
        "Blundell's School – ISI Inspection Action Plan",
        "Inspection: 11–13 March 2025 | Report published: 7 May 2025 | Plan approved by the "
        "Governors' Education Committee: 17 June 2025",
        "Status key: Complete (blue) / On track (green) / Behind schedule (amber) / Not started",
        "Exported from the SLT action tracker on 1 December 2025",
        "",
    ]
    rows = [["Ref", "ISI section", "Recommended next step", "Action", "Lead", "Deadline", "Status",
             "Comment"]]
    s_qe = "Quality of education, training and recreation"
    n1 = ("Ensure that teaching across all subjects in the lower school adapts work consistently "
          "for pupils who have special educational needs and/or disabilities (SEND), so that they "
          "make good progress.")
    s_wb = "Pupils' physical and mental health and emotional wellbeing"
    n2 = ("Strengthen the monitoring of boarders' wellbeing so that leaders identify patterns in "
          "the concerns recorded by boarding staff across houses.")
    s_lm = "Leadership and management, and governance"
    n3 = ("Ensure that governors' oversight of the implementation of policies, including health "
          "and safety, is systematic and recorded.")
    rows += [
        ["1.1", s_qe, n1, "Share pupil passports for all pupils on the SEND register with every "
         "teacher through the school's MIS, and check their use in lesson visits.",
         "Head of Learning Support", "Sep-25", "Complete", "Passports live on iSAMS since "
         "September; checked in 22 lesson visits."],
        ["1.2", s_qe, n1, "Deliver INSET on adaptive teaching for all lower school teachers, "
         "followed by departmental follow-up sessions.", "Deputy Head (Academic)", "Jan-26",
         "On track", "INSET delivered in September; follow-ups in 6 of 11 departments."],
        ["1.3", s_qe, n1, "Include adaptive teaching as a focus in the spring round of "
         "departmental reviews.", "Deputy Head (Academic); Heads of Department", "Mar-26",
         "Not started", ""],
        ["2.1", s_wb, n2, "Move all boarding house pastoral records onto CPOMS so that concerns "
         "are recorded in one place.", "Deputy Head (Pastoral)", "Dec-25", "On track",
         "Five of seven houses migrated."],
        ["2.2", s_wb, n2, "Introduce a half-termly wellbeing review meeting for housemasters and "
         "housemistresses, chaired by the Deputy Head (Pastoral), to analyse trends.",
         "Deputy Head (Pastoral)", "Ongoing", "On track", "First two meetings held."],
        ["2.3", s_wb, n2, "Survey boarders' views of wellbeing support each term and report the "
         "findings to the Boarding Committee of governors.", "Head of Boarding",
         "Summer term 2026", "Behind schedule", "Autumn survey delayed to January because of "
         "the change of survey provider."],
        ["3.1", s_lm, n3, "Adopt a governor monitoring schedule linking each committee to named "
         "policies and review dates.", "Clerk to the Governors", "30/09/2025", "Complete",
         "Schedule adopted by the Board on 24 September 2025."],
        ["3.2", s_lm, n3, "Carry out a termly health and safety walk of the site with the "
         "nominated governor and record findings in the committee minutes.",
         "Bursar / Estates Manager", "Termly", "On track", "Autumn walk completed 14 November."],
    ]
    body = "\n".join(lines) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    body += "\nNext review: Governors' Education Committee, February 2026\n"
    with open(out("zqg-blundells-school-isi-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(body)


# ================================================================ 6. UCLan ITE (csv)
def make_uclan():
    W = 7
    rows = []

    def line(*cells):
        cells = list(cells) + [""] * (W - len(cells))
        rows.append(cells)

    line("UCLan ITE Partnership – Post-inspection Improvement Plan 2025-26")
    line("Ofsted ITE inspection: 3–7 February 2025 (primary, secondary, further education and skills)")
    line("RAG key: B = complete; G = on track; A = some slippage; R = significant concern")
    line()
    line("Ref", "Action", "Lead", "Original deadline", "Revised deadline", "RAG", "Progress / evidence of impact")
    line("PRIMARY PHASE")
    line("Improvement point: Leaders should ensure that the centre-based curriculum for early "
         "reading is consistently reflected in trainees' school placements, so that all trainees "
         "see and practise systematic synthetic phonics.")
    line("P1.1", "Audit the phonics programmes used in all primary partnership schools and match "
         "trainees to placements where a validated programme is taught well.",
         "Primary Partnership Lead", "Jun 2025", "", "B",
         "Audit complete; 14 schools removed from the early reading placement list.")
    line("P1.2", "Revise the mentor training programme to include:\n- observing and feeding back "
         "on phonics teaching\n- using the ITE curriculum map for early reading",
         "Primary Programme Leader; Partnership Quality Manager", "Sept 2025", "Jan 2026", "A",
         "Module written; delivery moved to January mentor conference.")
    line("SECONDARY PHASE")
    line("Improvement point: Leaders should make sure that all mentors have the subject-specific "
         "knowledge to help trainees understand how pupils learn in their subject.")
    line("S1.1", "Introduce subject mentor forums each half term, led by university subject tutors.",
         "Secondary Programme Leader", "31/10/2025", "", "G",
         "Forums running in all 11 subjects; attendance 71%.")
    line("S1.2", "Quality assure mentor meetings through joint observations by subject tutors, "
         "with a target of two per trainee per placement.", "Subject Tutors", "July 2026", "",
         "G", "First-placement joint observations 88% complete.")
    line("S1.3", "Review the secondary subject curriculum maps so that the content trainees are "
         "taught at the university is sequenced with placement experience.",
         "Head of Secondary ITE", "Apr 2026", "", "", "Not started – scheduled for spring term.")
    line("FURTHER EDUCATION AND SKILLS PHASE")
    line("Improvement point: Leaders should ensure that trainees are well prepared to teach "
         "learners with special educational needs and/or disabilities in further education "
         "settings.")
    line("F1.1", "Add a taught session on adapting teaching for learners with high needs, delivered "
         "with a partner specialist college.", "FE Programme Leader", "Dec 2025", "", "G",
         "Session planned for 9 December with the partner college.")
    line("F1.2", "Require all FE trainees to complete a short placement experience in a specialist "
         "or high-needs setting.", "FE Programme Leader & Placement Coordinator", "Sept 2026",
         "", "A", "Only four specialist settings signed up so far.")
    line("LEADERSHIP AND MANAGEMENT")
    line("Improvement point: Leaders should strengthen the way they check the quality of mentoring "
         "across the partnership so that they can identify and act on weaker mentoring quickly.")
    line("L1.1", "Introduce a partnership quality dashboard reporting mentor training completion "
         "and trainee feedback by school, reviewed at the ITE Partnership Steering Group.",
         "Head of School of Education", "Mar 2025", "Nov 2025", "R",
         "Data feed from the placement system not yet working; escalated to Digital Services.")
    line()
    line("Plan owner: Head of School of Education. Reviewed at each ITE Partnership Steering Group.")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out("zqg-university-of-central-lancashire-ofsted-ite-improvement-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ================================================================ 7. Stanwix School SDP (docx)
def make_stanwix():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Stanwix School")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("School Development Plan 2025–2026")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(
        "Our plan sets out the priorities agreed by staff and governors following our "
        "self-evaluation in the summer term 2025. Each priority has an action plan, which is "
        "reviewed at the end of every term by the senior leadership team and reported to the "
        "Full Governing Body."
    )
    doc.add_paragraph().add_run("Key priorities at a glance").bold = True
    glance = doc.add_table(rows=5, cols=2)
    glance.style = "Table Grid"
    bold_cell(glance.rows[0].cells[0], "Priority")
    bold_cell(glance.rows[0].cells[1], "Ofsted area")
    pri = [
        ("1. Early reading", "Quality of education"),
        ("2. Mathematics fluency", "Quality of education"),
        ("3. Attendance", "Behaviour and attitudes"),
        ("4. Subject leadership", "Leadership and management"),
    ]
    for i, (a, b) in enumerate(pri, start=1):
        glance.rows[i].cells[0].text = a
        glance.rows[i].cells[1].text = b

    doc.add_paragraph()
    kp = doc.add_paragraph()
    kp.add_run("RAG rating (reviewed termly): ").bold = True
    kp.add_run("Red – significant concern / off track;  Amber – in progress;  Green – achieved. "
               "Cells are left blank until an action has started.")

    GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
    plans = [
        ("Priority 1: Improve the teaching of early reading so that all pupils become fluent "
         "readers by the end of Year 2",
         "Intended outcome: at least 85% of pupils pass the Year 1 phonics screening check.",
         [
             ("Refresh Little Wandle training for all EYFS and KS1 staff, including new teaching "
              "assistants.", "Reading Lead (CH)", "Autumn term 2025",
              "Learning walks; training log", "All staff trained and teaching with fidelity", GREEN),
             ("Carry out half-termly phonics assessments and put keep-up sessions in place the "
              "same week for any pupil falling behind.", "CH / KS1 teachers", "Half-termly",
              "Assessment tracker", "Gap between disadvantaged and other pupils closes", AMBER),
             ("Match home reading books to the sounds pupils know and hold a phonics workshop for "
              "parents.", "EYFS Lead", "Oct 2025", "Parent feedback",
              "Parents report confidence in supporting reading", GREEN),
         ]),
        ("Priority 2: Develop the mathematics curriculum so that pupils recall number facts "
         "quickly and accurately",
         "Intended outcome: average Multiplication Tables Check score of 22 or above.",
         [
             ("Introduce daily 10-minute fluency sessions in Years 1 to 6.", "Maths Lead",
              "Sept 2025", "Lesson drop-ins", "Sessions seen in every class", GREEN),
             ("Prepare Year 4 pupils for the Multiplication Tables Check with weekly practice and "
              "a mock check in the spring.", "Year 4 teachers; Maths Lead", "June 2026",
              "Mock check results", "Average score of 22 or above", AMBER),
         ]),
        ("Priority 3: Improve attendance and reduce persistent absence, particularly for "
         "disadvantaged pupils",
         "Intended outcome: whole-school attendance of 96% and persistent absence below 10%.",
         [
             ("Meet families of persistently absent pupils each half term and agree individual "
              "attendance plans with the Education Welfare Officer.",
              "Headteacher and Attendance Officer", "Ongoing", "Attendance data each half term",
              "Persistent absence below 10%", RED),
             ("Celebrate class attendance weekly in assemblies and newsletters.",
              "Deputy Headteacher", "Weekly", "Newsletters", "Pupils can talk about why "
                                                             "attendance matters", GREEN),
         ]),
        ("Priority 4: Strengthen the role of subject leaders in monitoring the foundation subjects",
         "Intended outcome: every subject leader can explain the strengths and next steps in "
         "their subject.",
         [
             ("Provide each subject leader with two release days a year to monitor their subject "
              "through book looks and pupil voice.", "Headteacher", "Summer term 2026",
              "Monitoring reports", "Reports completed for all subjects", None),
             ("Subject leaders report to the Curriculum Committee of governors on the impact of "
              "their subject.", "Subject leaders", "July 2026", "Committee minutes",
              "Governors can explain the impact of the curriculum", None),
         ]),
    ]
    heads = ["Action", "Lead", "Timescale", "Monitoring", "Success criteria", "Autumn", "Spring",
             "Summer"]
    for title, outcome, actions in plans:
        doc.add_paragraph()
        pp = doc.add_paragraph()
        rr = pp.add_run(title)
        rr.bold = True
        rr.font.size = Pt(12)
        doc.add_paragraph(outcome)
        t = doc.add_table(rows=1, cols=8)
        t.style = "Table Grid"
        for i, hd in enumerate(heads):
            bold_cell(t.rows[0].cells[i], hd)
            shade(t.rows[0].cells[i], "DDEBF7")
        for act, lead, when, mon, sc, rag in actions:
            row = t.add_row()
            for i, v in enumerate([act, lead, when, mon, sc]):
                row.cells[i].text = v
            if rag:
                shade(row.cells[5], rag)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Approval").bold = True
    ap = doc.add_table(rows=2, cols=3)
    ap.style = "Table Grid"
    for i, hd in enumerate(["Approved by", "Date", "Next review"]):
        bold_cell(ap.rows[0].cells[i], hd)
    for i, v in enumerate(["Full Governing Body", "30/09/2025", "Spring 2026 FGB meeting"]):
        ap.rows[1].cells[i].text = v
    doc.save(out("zqg-stanwix-school-school-development-plan-2025-26.docx"))


if __name__ == "__main__":
    make_haverigg()
    make_rbfrs()
    make_cleveland()
    make_hoyeg()
    make_blundells()
    make_uclan()
    make_stanwix()
    print("built 7 files in", HERE)
