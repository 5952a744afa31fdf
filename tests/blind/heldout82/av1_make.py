"""Generator for the av1- cases of heldout82 (blind corpus)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(HERE, n)
D = dt.datetime
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", grey="D9D9D9", hdr="1F3864", band="DDEBF7").items()}
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 Fife College (xlsx)
def fife():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Fife College – Action Plan following Education Scotland Progress Visit (March 2024)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("This plan sets out the college's response to the areas for development identified by HM Inspectors "
                "during the progress visit on 11–14 March 2024. Progress is reported to the Learning and Teaching Committee of the Board.")
    ws.merge_cells("A2:G2"); ws["A2"].alignment = WRAP; ws.row_dimensions[2].height = 45
    hdr = ["Ref", "Area for development", "Action", "Lead", "Target date", "RAG", "Progress update (June 2024)"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True, color="FFFFFF"); x.fill = FILL["hdr"]; x.border = BOX; x.alignment = WRAP
    rows = [
        ("band", "1. Leadership of learning and teaching"),
        ("1.1", "AFD1", "Revise the curriculum team evaluative report template so that every improvement action is specific, measurable and has a named owner.",
         "Vice Principal Curriculum", D(2024, 6, 30), "Complete", "New template approved by SLT on 22 May 2024 and issued to all curriculum teams."),
        ("1.2", "AFD1", "Deliver training for curriculum team leaders on writing and monitoring measurable improvement actions.",
         "Heads of Faculty", D(2024, 10, 31), "Green", "Three sessions scheduled for August in-service days; materials drafted with Quality team."),
        ("1.3", "AFD2", "Introduce a standard approach to gathering learner feedback at unit level, with outcomes discussed at team meetings.",
         "Head of Quality & Learner Engagement", D(2024, 12, 31), "Amber", "Pilot in Engineering and Care delayed until block 2 because of survey platform licensing."),
        ("1.4", "AFD2", "Class representatives to report back to their classes on actions taken in response to their feedback ('You said, we did').",
         "Student Association President / Head of Quality & Learner Engagement", "Termly", "Green", "First round completed in May; posters displayed in all campuses."),
        ("blank",),
        ("band", "2. Learner outcomes"),
        ("2.1", "AFD3", "Use the early-warning dashboard to identify learners at risk of withdrawal by week 6 and agree individual support plans.",
         "Director of Curriculum (FE)", D(2025, 1, 31), "Amber", "Dashboard built; data on attendance still refreshed weekly rather than daily, which limits early identification."),
        ("2.2", "AFD3", "Review entry criteria and induction for the five full-time programmes with the lowest successful completion rates.",
         "Head of Student Services", D(2024, 9, 30), "Green", "Reviews under way for four of the five programmes; Hairdressing review scheduled for July."),
        ("2.3", "AFD3", "Extend the study skills drop-in to evening and part-time learners.",
         "Learning Development Manager", "Ongoing", "Green", "Drop-in now available two evenings a week at Dunfermline campus."),
        ("band", "3. Services to support learning"),
        ("3.1", "AFD4", "Issue personal learning support plans to teaching staff before the start of each programme.",
         "Head of Inclusion", D(2024, 8, 31), "Complete", "PLSPs now released through the learner record system at enrolment."),
        ("3.2", "AFD4", "Recruit two additional learning support assistants to reduce waiting times for assessment arrangements.",
         "Head of Inclusion", D(2024, 11, 30), "Red", "Recruitment paused pending budget decision; interim cover from bank staff."),
    ]
    afd = {"AFD1": "Managers should ensure that self-evaluation at curriculum team level leads to clear and measurable actions for improvement.",
           "AFD2": "The college should improve the consistency with which learners' views are gathered and acted upon across curriculum areas.",
           "AFD3": "Managers and staff should take action to improve successful completion rates on full-time further education programmes, which remain below the sector average.",
           "AFD4": "The college should ensure that learners with additional support needs receive their agreed support arrangements promptly at the start of their programme."}
    r = 5; spans = {}
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = FILL["band"]
        elif row[0] == "blank":
            pass
        else:
            ref, key, act, lead, end, rag, prog = row
            vals = [ref, afd[key], act, lead, end, rag, prog]
            for c, v in enumerate(vals, 1):
                x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
            if isinstance(end, D): ws.cell(r, 5).number_format = "dd/mm/yyyy"
            f = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}[rag]
            ws.cell(r, 6).fill = FILL[f]
            spans.setdefault(key, []).append(r)
        r += 1
    for key, rs in spans.items():
        if len(rs) > 1 and rs[-1] - rs[0] == len(rs) - 1:
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Red – action significantly off track; Amber – some slippage, recovery in hand; Green – on track; Complete – action completed.")
    for col, w in zip("ABCDEFG", [7, 40, 50, 26, 13, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(P("av1-fife-college-education-scotland-progress-visit-action-plan.xlsx"))

# ---------------------------------------------------------------- 2 CTM UHB HIW (docx)
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)

def hiw():
    doc = Document()
    doc.add_heading("Improvement plan", level=1)
    for t in ["Hospital: Prince Charles Hospital, Merthyr Tydfil", "Ward/department: Emergency Department",
              "Health board: Cwm Taf Morgannwg University Health Board", "Date of inspection: 14 – 16 November 2023"]:
        doc.add_paragraph(t)
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they are taking "
                      "to address these areas.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Improvement needed", "Standard/ Regulation", "Service action", "Responsible officer", "Timescale"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "D9D9D9")
    def section(name):
        row = t.add_row(); m = row.cells[0].merge(row.cells[4]); m.text = name
        m.paragraphs[0].runs[0].bold = True; shade(m, "E2EFDA")
    def act(imp, std, action, lead, ts):
        row = t.add_row().cells
        for c, v in zip(row, [imp, std, action, lead, ts]): c.text = v
        return row
    section("Quality of the patient experience")
    a = act("The health board must ensure that patients' privacy and dignity are maintained when care is delivered in the corridor and overflow areas.",
            "Dignified care", "Mobile privacy screens to be purchased and deployed to the corridor area, with their use checked on the nurse in charge daily checklist.",
            "Head of Nursing, Emergency Care", "31 January 2024")
    b = act("", "", "Monthly dignity audit to be undertaken in the corridor and overflow areas and results shared at the directorate quality and safety meeting.",
            "Senior Nurse, ED", "Monthly")
    a[0].merge(b[0]); a[1].merge(b[1])
    a[0].text = "The health board must ensure that patients' privacy and dignity are maintained when care is delivered in the corridor and overflow areas."
    a[1].text = "Dignified care"
    act("The health board must ensure that patients are regularly offered food and fluids and that this is recorded.",
        "Eating and drinking", "Intentional rounding documentation to be introduced for all patients waiting over four hours, including hydration prompts; compliance audited weekly by ward sisters.",
        "Lead Nurse – Patient Experience", "29 February 2024")
    section("Delivery of safe and effective care")
    act("The health board must ensure that patient risk assessments, including falls and pressure damage, are completed within six hours of arrival.",
        "Safe care", "Completion of risk assessments to be added to the two-hourly ED safety huddle, and an electronic prompt built into the Symphony patient record.",
        "Senior Nurse, ED / Practice Development Nurse", "March 2024")
    act("The health board must ensure that resuscitation equipment is checked daily in line with health board policy.",
        "Safe care", "Daily check log reinstated for both resuscitation trolleys; compliance reported weekly to the Head of Nursing.",
        "Nurse in Charge", "Immediate and ongoing")
    act("The health board must ensure that medication fridge temperatures are recorded and that action is taken when they are out of range.",
        "Medicines management", "Fridge temperature recording added to the pharmacy technician weekly audit, with escalation flowchart displayed on each fridge.",
        "Pharmacy Lead, ED", "December 2023")
    section("Quality of management and leadership")
    act("The health board must ensure that staff compliance with mandatory training, particularly safeguarding level 3 and paediatric life support, improves to meet the health board target.",
        "Workforce", "Training trajectory agreed for each staff group, with protected training days built into the rota.",
        "Directorate Manager", "30 June 2024")
    act("The health board must review medical and nursing staffing levels in the department against patient demand.",
        "Workforce", "Nurse staffing review using the Emergency Department acuity tool to be completed and presented to the Unscheduled Care Group Board.",
        "Director of Nursing, Unscheduled Care Group", "Q1 2024/25")
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_paragraph("Service representative")
    s = doc.add_table(rows=3, cols=2); s.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Claire Morgan"), ("Job role:", "Director of Nursing, Unscheduled Care Group"), ("Date:", "12 January 2024")]):
        s.cell(i, 0).text = k; s.cell(i, 1).text = v
    doc.save(P("av1-cwm-taf-morgannwg-uhb-hiw-prince-charles-ed-improvement-plan.docx"))

# ---------------------------------------------------------------- 3 Torfaen Estyn PIAP (csv)
def torfaen():
    rows = [
        ["Torfaen County Borough Council - Post Inspection Action Plan (PIAP): Progress Report June 2014", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Recommendation", "Ref", "Action", "Lead Officer", "Timescale", "Progress to date", "RAG"],
        ["R1 Raise standards of attainment in key stage 4, particularly for pupils eligible for free school meals", "1.1",
         "Challenge advisers to agree targets for FSM pupils with every secondary school and review progress at each core visit.",
         "CEO (Education) / Lead Challenge Adviser", "Jul-14", "Targets agreed with all eight secondary schools; autumn visit notes show progress reviewed in six.", "G"],
        ["", "1.2", "Commission targeted literacy and numeracy intervention for Year 10 and 11 pupils below expected levels.",
         "Head of School Improvement", "Summer term 2014", "Intervention running in five schools; impact data due after summer results.", "A"],
        ["", "1.3", "Report KS4 performance of FSM pupils to the Education Scrutiny Committee each term.",
         "Head of School Improvement", "Termly", "Reports received in January and April 2014.", "G"],
        ["R2 Improve the quality and use of self-evaluation and planning for improvement across all education services", "2.1",
         "Introduce a common service improvement plan template with measurable success criteria for all education teams.",
         "DW", "Mar-14", "Template in use by all teams since April 2014.", "Complete"],
        ["", "2.2", "Hold quarterly performance challenge sessions for each service manager with the Chief Education Officer.",
         "DW, SB", "Ongoing", "First two sessions held; notes show clearer use of data.", "G"],
        ["R3 Strengthen the arrangements for challenging and supporting schools causing concern", "3.1",
         "Revise the Schools Causing Concern protocol to set out the stages of intervention and the use of statutory powers.",
         "Lead Challenge Adviser", "31/05/2014", "Draft protocol consulted on with headteachers; sign-off delayed to September Cabinet.", "R"],
        ["", "3.2", "Issue warning notices where schools do not make sufficient progress against their action plans.",
         "Chief Education Officer", "Sept 2013 - Mar 2015", "Warning notices issued to two schools in February 2014.", "G"],
        ["R4 Improve the rigour of scrutiny of education services by elected members", "4.1",
         "Provide a training programme for members of the Education Scrutiny Committee on interpreting school performance data.",
         "Democratic Services Manager", "Dec-14", "Two sessions held; attendance 9 of 12 members.", "A"],
        ["", "", "", "", "", "", ""],
        ["RAG: R = not on track; A = some progress but behind schedule; G = on track; Complete = action completed", "", "", "", "", "", ""],
    ]
    with open(P("av1-torfaen-estyn-laescyp-piap-progress-report.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 4 Humberside Police (xlsx, refuse)
def humberside():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Tracker"
    ws["A1"] = "Humberside Police – HMICFRS PEEL 2023–25: Areas for Improvement Tracker"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Last updated: 04/11/2024     Owner: Strategic Planning & Performance"
    hdr = ["AFI Ref", "PEEL question", "Area for improvement", "Action", "Action owner", "Target date", "Status", "Update"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True, color="FFFFFF"); x.fill = FILL["hdr"]; x.alignment = WRAP
    data = [
        ("AFI 1", "Responding to the public", "The force should make sure it answers non-emergency calls promptly and that the abandonment rate is reduced.",
         "Recruit and train 14 additional call handlers for the Force Control Room.", "Supt Control Room", D(2024, 12, 31), "On Track",
         "11 of 14 posts filled; final cohort starts training in November."),
        ("AFI 1", "Responding to the public", "The force should make sure it answers non-emergency calls promptly and that the abandonment rate is reduced.",
         "Introduce call-back option for 101 callers waiting longer than ten minutes.", "Head of Contact Management", D(2024, 8, 31), "Complete",
         "Live from 19 August 2024; 23% of eligible callers use the option."),
        ("AFI 2", "Responding to the public", "The force should make sure that THRIVE risk assessments are recorded for all incidents.",
         "Make the THRIVE field mandatory on the command and control system.", "Ch Insp Force Control Room", "Febuary 2025", "On Track",
         "Change request raised with supplier; testing scheduled for January."),
        ("AFI 3", "Investigating crime", "The force should make sure that victim needs assessments are completed and recorded.",
         "Audit 50 crime records a month for VNA completion and feed results back to investigating teams.", "Det Supt Crime Standards", D(2025, 3, 31), "At Risk",
         "Audit capacity reduced during summer; compliance 71% against 90% target."),
        ("AFI 4", "Protecting vulnerable people", "The force should make sure officers understand and use the Domestic Violence Disclosure Scheme.",
         "Deliver DVDS briefing to all response and neighbourhood teams.", "DCI Public Protection", D(2024, 10, 31), "Complete",
         "Briefings delivered to all shifts; refresher added to PDP."),
        ("AFI 5", "Developing a positive workplace", "The force should improve how it monitors the wellbeing of officers and staff in high-risk roles.",
         "Roll out annual psychological screening for PPU and online child abuse investigation teams.", "Head of People Services", D(2025, 6, 30), "On Track",
         "Provider appointed; first screenings booked for December."),
    ]
    r = 5
    for row in data:
        for c, v in enumerate(row, 1):
            x = ws.cell(r, c, v); x.alignment = WRAP
        if isinstance(row[5], D): ws.cell(r, 6).number_format = "dd-mmm-yy"
        ws.cell(r, 7).fill = {"On Track": FILL["G"], "Complete": FILL["B"], "At Risk": FILL["A"]}[row[6]]
        r += 1
    for col, w in zip("ABCDEFGH", [8, 22, 45, 45, 24, 13, 11, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(P("av1-humberside-police-peel-afi-tracker.xlsx"))

# ---------------------------------------------------------------- 5 Kirkcaldy High School (txt)
def kirkcaldy():
    txt = """Kirkcaldy High School: Action Plan following Education Scotland Inspection
Inspection report published 28 May 2024

Inspectors agreed the following areas for improvement with the headteacher and a representative
from Fife Council. This plan shows what we will do, who is leading each action and by when.
Progress will be reported to the Parent Council each term.

Area for improvement 1: Continue to improve attainment in the broad general education, particularly in numeracy.

  1a  Action:   Introduce a whole-school numeracy tracking system for S1-S3 linked to the
                Benchmarks, with data reviewed at each tracking point.
      Lead:     DHT (Curriculum)
      By when:  October 2024
      Status:   Complete

  1b  Action:   Provide professional learning for all staff on numeracy across learning,
                led by the Maths department.
      Lead:     PT Mathematics / PT Numeracy
      By when:  December 2024
      Status:   On track

  1c  Action:   Run targeted numeracy support groups for S2 learners not yet on track.
      Lead:     PT Support for Learning
      By when:  Ongoing
      Status:   On track

Area for improvement 2: Improve the consistency of high-quality learning and teaching across the school.

  2a  Action:   Agree and publish the Kirkcaldy High School learning and teaching standard,
                developed with staff and learners.
      Lead:     Headteacher
      By when:  August 2024
      Status:   Complete

  2b  Action:   Establish a programme of learning visits and peer observation with feedback
                against the agreed standard.
      Lead:     DHT (Learning & Teaching)
      By when:  March 2025
      Status:   Amber - visits started later than planned due to staffing absence.

Area for improvement 3: Develop further approaches to involve learners in evaluating the work of the school.

  3a  Action:   Set up a Pupil Leadership Group for each year group with a remit for
                school improvement.
      Lead:     DHT (Pupil Support)
      By when:  November 2024
      Status:   On track

  3b  Action:   Use learner focus groups as part of departmental self-evaluation.
      Lead:     Faculty PTs
      By when:  June 2025
      Status:   Not started

Key: Complete = action finished; On track = progressing as planned; Amber = some delay;
Not started = planned for later in session.
"""
    with open(P("av1-kirkcaldy-high-school-education-scotland-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write(txt)

# ---------------------------------------------------------------- 6 NE Derbyshire (xlsx)
def ned():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding Recs"
    ws["A1"] = "North East Derbyshire District Council"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internal Audit Recommendations – Implementation Tracker (Audit & Corporate Governance Scrutiny Committee, January 2025)"
    ws["A2"].font = Font(bold=True)
    hdr = ["Rec No", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "RAG", "Comments"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True); x.fill = FILL["grey"]; x.alignment = WRAP; x.border = BOX
    blocks = [
        ("Council Tax & NNDR 2023/24 (Reasonable assurance)", [
            ("1", "Medium", "Reconciliations between the Council Tax system and the valuation list should be completed monthly and independently reviewed.",
             "Monthly reconciliation to be completed by the Senior Revenues Officer and signed off by the Revenues Manager.",
             "Revenues Manager", D(2024, 6, 30), None, "B", "Reconciliations evidenced for June to November 2024."),
            ("2", "Low", "Inspections of properties in receipt of empty property relief should be carried out in line with procedure.",
             "Inspection programme to be reinstated using the visiting officer.",
             "Revenues Manager", D(2024, 9, 30), D(2025, 3, 31), "A", "Visiting officer post vacant until December; programme restarts in January."),
        ]),
        ("Payroll 2023/24 (Limited assurance)", [
            ("1", "High", "Starters should not be set up on the payroll system without a completed and authorised starter form.",
             "Payroll to reject any starter request received without authorised paperwork; HR to issue a reminder to all managers.",
             "Payroll Manager; HR Manager", D(2024, 5, 31), None, "B", "Reminder issued 14 May 2024; spot check of 20 starters found no exceptions."),
            ("2", "High", "Overtime claims should be authorised by the budget holder before payment.",
             "Electronic overtime claim form with workflow approval to be introduced through the HR/payroll self-service portal.",
             "Payroll Manager", D(2024, 7, 31), D(2024, 12, 31), "R", "Portal upgrade delayed by the supplier; manual authorisation check in place meanwhile."),
            ("3", "Medium", "Exception reports should be run and reviewed before each pay run.",
             "Pre-pay run exception report to be reviewed and signed by the Payroll Manager each month.",
             "Payroll Manager", D(2024, 6, 30), None, "G", "In place from June; to be tested at the 2024/25 audit."),
        ]),
        ("Procurement & Contract Management 2024/25 (Reasonable assurance)", [
            ("1", "Medium", "The contracts register should be complete and published in line with the Transparency Code.",
             "Contracts register to be reviewed with all service managers and republished quarterly.",
             "Procurement Manager", D(2025, 3, 31), None, "G", "Q3 review completed; 12 missing contracts added."),
            ("2", "Medium", "Contract managers should hold documented performance meetings for all contracts over £100k.",
             "Contract management toolkit and meeting template to be issued and training delivered.",
             "Procurement Manager", D(2025, 4, 30), None, "G", "Toolkit drafted; training booked for February."),
        ]),
    ]
    r = 5
    for title, recs in blocks:
        ws.cell(r, 1, title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = FILL["band"]; r += 1
        for rec in recs:
            for c, v in enumerate(rec, 1):
                x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
            for c in (6, 7):
                ws.cell(r, c).number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = FILL[rec[7]]; ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        r += 1  # blank row between audits
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, t in enumerate(["B – Implemented", "G – On track to be implemented by the target date",
                           "A – Target date revised / at risk", "R – Overdue"], 1):
        ws.cell(r + i, 1, t)
    for col, w in zip("ABCDEFGHI", [8, 9, 45, 45, 22, 13, 13, 6, 40]):
        ws.column_dimensions[col].width = w
    wb.save(P("av1-north-east-derbyshire-dc-internal-audit-recommendations-tracker.xlsx"))

# ---------------------------------------------------------------- 7 University of Chester ITE (docx)
def chester():
    doc = Document()
    doc.add_heading("University of Chester Initial Teacher Education Partnership", level=1)
    doc.add_heading("Post-inspection improvement plan 2024–25", level=2)
    dc = doc.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.2"), ("Date", "3 March 2025"), ("Owner", "Head of Initial Teacher Education"),
                                ("Approved by", "Partnership Strategic Board, 12 November 2024")]):
        dc.cell(i, 0).text = k; dc.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph("Ofsted inspected the secondary phase of the partnership in June 2024. This plan responds to the "
                      "points listed under 'What does the ITE provider need to do to improve?'. The RAG column shows the position at March 2025.")
    items = [
        ("Priority 1: Ensure that the centre-based curriculum in all secondary subjects sets out the knowledge trainees need about adaptive teaching, and that this is revisited in school placements.", [
            ("1.1", "Subject leads to map adaptive teaching content across each secondary subject curriculum and identify gaps.", "Programme Leader (Secondary PGCE)", "Autumn term 2024", "B"),
            ("1.2", "Revise the placement weekly development summaries so that mentors revisit adaptive teaching content taught at the centre.", "JH/ RT", "Spring term 2025", "G"),
            ("1.3", "Quality assure subject curriculum plans through a sample of subject deep dives.", "Head of Initial Teacher Education", "Summer term 2025", "G"),
        ]),
        ("Priority 2: Make sure that all mentors are suitably trained so that trainees receive consistently high-quality feedback.", [
            ("2.1", "Launch a mandatory mentor training module covering the ITT core content framework and feedback conversations.", "Partnership Manager", "September 2024", "B"),
            ("2.2", "Track completion of mentor training by school and follow up with headteachers where mentors have not completed it.", "Partnership Manager", "By 31 January 2025", "A"),
            ("2.3", "Link tutors to observe a mentor feedback session during each placement visit and record findings.", "Link tutors", "Each placement", "G"),
        ]),
        ("Priority 3: Strengthen leaders' oversight of the quality of training in partner schools.", [
            ("3.1", "Introduce a termly partnership quality report to the Strategic Board drawing on trainee surveys, visit records and mentor data.", "Head of Initial Teacher Education", "Termly", "G"),
            ("3.2", "Agree a protocol for supporting, and if necessary withdrawing trainees from, placements where training is weak.", "Director of Teacher Education", "December 2024", "R"),
        ]),
    ]
    colours = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for heading, acts in items:
        doc.add_paragraph(heading).runs[0].bold = True
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "RAG"]):
            c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "D9D9D9")
        for ref, act, lead, ts, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, ts, ""]): c.text = v
            shade(cells[4], colours[rag])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2); k.style = "Table Grid"
    for i, (col, txt) in enumerate([("0070C0", "Complete"), ("00B050", "On track"), ("FFC000", "Some slippage – mitigation in place"), ("FF0000", "Off track")]):
        shade(k.cell(i, 0), col); k.cell(i, 1).text = txt
    doc.save(P("av1-university-of-chester-ofsted-ite-improvement-plan.docx"))

if __name__ == "__main__":
    fife(); hiw(); torfaen(); humberside(); kirkcaldy(); ned(); chester()
    print("done")
