"""Generate the dq1- blind-corpus documents (children's services plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "5B9BD5", "H": "D9E1F2", "T": "1F3864"}.items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def cellrow(ws, r, vals, fmt=None):
    for c, v in enumerate(vals, 1):
        if v is None:
            continue
        cell = ws.cell(r, c, v)
        cell.alignment = WRAP
        cell.border = BOX
        if isinstance(v, dt.datetime) and fmt:
            cell.number_format = fmt


# ---------------------------------------------------------------- 1 Priestley
def priestley():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Priestley College – Post-Inspection Action Plan (Ofsted inspection May 2019)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 12 November 2019 – reported to Quality & Standards Committee"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead", "Target date", "Revised date", "Progress update", "RAG"]
    cellrow(ws, 4, hdr)
    for c in range(1, 8):
        ws.cell(4, c).font = Font(bold=True, color="FFFFFF"); ws.cell(4, c).fill = FILL["T"]
    rows = [
        ("H", "Area for improvement 1: Increase the proportion of students who achieve high grades in A-level subjects where value-added is below the college average"),
        ("1.1", "Use ALPS and in-year value-added data at each assessment point to identify underperforming courses and agree intervention plans with curriculum teams.", "VP Curriculum", D(2019, 10, 31), None, "ALPS review completed at AP1; six courses placed on intervention plans and reviewed by SLT.", "Complete", "B"),
        ("1.2", "Introduce targeted 'aspire high' stretch sessions for students with high prior attainment in weaker subjects.", "AP Quality / Heads of Faculty", D(2019, 12, 31), None, "Sessions running in 9 of 12 targeted subjects; remaining subjects to start in January.", "A", "A"),
        ("1.3", "Share effective practice from high value-added subjects through the fortnightly teaching and learning briefings.", "Teaching & Learning Coach", D(2020, 3, 31), None, "Briefing programme agreed; first three sessions delivered by Art, Music and Sport.", "G", "G"),
        ("1.4", "Governors' Quality & Standards Committee to receive termly value-added reports by subject.", "Clerk to the Corporation", "Termly", None, "First report received November 2019.", "G", "G"),
        ("BLANK",),
        ("H", "Area for improvement 2: Ensure that all teachers use assessment and feedback consistently well so that students know how to improve their work"),
        ("2.1", "Revise the college assessment and feedback policy, with clear minimum expectations for written feedback.", "MG/JH", D(2019, 9, 30), None, "Revised policy approved by SLT in September and launched at staff development day.", "Complete", "B"),
        ("2.2", "Carry out termly work scrutiny in each faculty, with findings reported to the Quality Improvement Group.", "Heads of Faculty", D(2020, 7, 31), None, "Autumn scrutiny under way; two faculties still to submit findings.", "A", "A"),
        ("2.3", "Provide coaching for teachers whose feedback is judged to require improvement.", "Teaching & Learning Coach", D(2019, 12, 31), D(2020, 2, 29), "Coaching delayed by staffing change; revised date agreed by SLT.", "A", "A"),
        ("BLANK",),
        ("H", "Area for improvement 3: Improve attendance and punctuality on vocational programmes, particularly in the first year of study"),
        ("3.1", "Introduce same-day contact with parents and carers for all unexplained absences.", "Head of Student Services", D(2019, 9, 30), None, "In place from the start of term; daily absence calls logged in ProSolution.", "Complete", "B"),
        ("3.2", "Set attendance targets for each vocational course and review them at monthly course reviews.", "VP Curriculum; Head of Student Services", D(2020, 1, 31), None, "Targets set; attendance on Level 2 programmes is 3% below target.", "R", "R"),
        ("3.3", "Report attendance by course to each Quality Improvement Group meeting.", "MIS Manager", "Monthly", None, "Reports produced monthly since October.", "G", "G"),
    ]
    r = 5
    for row in rows:
        if row[0] == "BLANK":
            r += 1; continue
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = FILL["H"]; ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            cellrow(ws, r, list(row[:7]), "mmm-yy")
            ws.cell(r, 7).fill = FILL[row[7]]
            ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: R – significantly behind / at risk; A – some slippage; G – on track; Complete – action completed and evidenced").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [7, 55, 24, 12, 12, 50, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "dq1-priestley-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 GOSH (refuse)
def gosh():
    wb = Workbook(); ws = wb.active; ws.title = "Must Do Should Do"
    ws["A1"] = "Great Ormond Street Hospital for Children NHS Foundation Trust – CQC Inspection Must Do and Should Do Action Plan"; ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Version 4 – for Quality, Safety and Experience Assurance Committee, January 2024"
    hdr = ["Ref", "Must / Should", "Core service", "Action", "Lead", "Due date", "Status", "Update"]
    cellrow(ws, 5, hdr)
    for c in range(1, 9):
        ws.cell(5, c).font = Font(bold=True); ws.cell(5, c).fill = FILL["H"]
    rows = [
        ("MD1", "Must do", "Medical care", "Ensure that all staff complete mandatory safeguarding children level 3 training in line with trust targets.", "Head of Nursing – Medicine", D(2024, 3, 31), "On track", "Compliance 86% (target 90%); targeted bookings in place for February.", "G"),
        ("MD2", "Must do", "Medical care", "Ensure that medicines are stored at the correct temperatures and that fridge temperature checks are recorded daily.", "Chief Pharmacist", D(2023, 12, 31), "Complete", "Electronic temperature monitoring installed on all wards; weekly audit shows 100% compliance.", "B"),
        ("MD3", "Must do", "Surgery", "Ensure that WHO surgical safety checklists are fully completed for every patient.", "Clinical Director – Surgery", D(2024, 4, 30), "Amber", "Monthly audit at 94%; theatre teams re-briefed at January governance day.", "A"),
        ("SD1", "Should do", "Surgery", "Consider improving the availability of play specialists at weekends.", "Head of Play", "0ct-24", "Not started", "Business case being prepared for the 2024/25 planning round.", None),
        ("SD2", "Should do", "Outpatients", "Ensure that clinic letters are sent to GPs and families within 14 days of the appointment.", "Director of Operations", D(2024, 6, 30), "Amber", "Current median 19 days; dictation backlog cleared in two specialties.", "A"),
        ("SD3", "Should do", "Outpatients", "Continue to improve waiting areas so that they meet the needs of adolescents.", "Head of Patient Experience", D(2024, 9, 30), "On track", "Young People's Forum consulted on design; works scheduled for summer.", "G"),
        ("SD4", "Should do", "Critical care", "Ensure that all nursing staff have an up-to-date annual appraisal.", "Head of Nursing – Critical Care", D(2024, 3, 31), "On track", "Appraisal rate 88%, up from 71% at inspection.", "G"),
    ]
    r = 6
    for row in rows:
        cellrow(ws, r, list(row[:8]), "dd/mm/yyyy")
        if row[8]:
            ws.cell(r, 7).fill = FILL[row[8]]
        r += 1
    for col, w in zip("ABCDEFGH", [6, 11, 14, 55, 26, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "dq1-great-ormond-street-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Oldham YJS
def oldham():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Oldham Youth Justice Service – HMIP Inspection Improvement Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Oldham Youth Justice Management Board. Progress position: February 2024."
    hdr = ["Ref No", "Area requiring improvement (Recommendation)", "Action required", "Planned completion date",
           "Lead officer / agency", "Progress against agreed action and impact", "RAG"]
    cellrow(ws, 4, hdr)
    for c in range(1, 8):
        ws.cell(4, c).font = Font(bold=True); ws.cell(4, c).fill = FILL["H"]
    groups = [
        ("H", "Recommendations for the Oldham Youth Justice Management Board"),
        ("1. Make sure that board members understand the needs of children known to the service and use this knowledge to challenge and support partner agencies", [
            ("1a", "Deliver a board induction and development session covering the profile of children open to the YJS, including disproportionality data.", "December 2023", "Head of Service (YJS)", "Development session held 7 December 2023; 11 of 13 board members attended.", "Complete", "B"),
            ("1b", "Introduce a quarterly 'child's voice' item at each board meeting, with a case presented by a practitioner.", "Q4 2023/24", "Chair of YJMB", "First case presented in January 2024; item added to the forward plan.", "Green", "G")]),
        ("2. Ensure that partner agencies provide sufficient health, education and substance misuse resources to meet the needs of children", [
            ("2a", "Agree a revised health offer with the ICB, including a seconded CAMHS practitioner two days per week.", D(2024, 3, 31), "Chair of YJMB / ICB Designated Nurse", "Funding agreed in principle; recruitment to begin in April.", "Amber", "A"),
            ("2b", "Review education, training and employment support for children over 16 with Oldham College and Get Oldham Working.", "June 2024", "SH / KP", "Review scoped; first meeting held February 2024.", "Green", "G")]),
        ("H", "Recommendations for the Head of Youth Justice Service"),
        ("3. Improve the quality of assessment and planning for keeping other people safe", [
            ("3a", "Deliver risk of serious harm training to all case managers and refresh the YJS risk management procedure.", D(2024, 1, 31), "Operational Manager (Court)", "Training delivered to 16 of 18 case managers; procedure refreshed and signed off.", "Complete", "B"),
            ("3b", "Introduce monthly management oversight audits of AssetPlus assessments, with findings reported to the performance sub-group.", "Ongoing", "Operational Managers", "Audits running since November; average quality score has risen from 58% to 71%.", "Green", "G"),
            ("3c", "Embed a multi-agency risk panel for all children assessed as high or very high risk of serious harm.", "March 2024", "Operational Manager (Court); GMP Youth Justice Sergeant", "Panel terms of reference drafted; police attendance not yet confirmed.", "Red", "R")]),
        ("4. Ensure that work with victims of crime is consistently offered and recorded", [
            ("4a", "Re-launch the restorative justice offer and victim contact process with partners.", "Sept 2023 – Jan 2024", "Restorative Justice Coordinator", "Process relaunched; victim contact now recorded on ChildView for all new cases.", "Complete", "B"),
            ("4b", "Add victim contact to the monthly performance dashboard.", "Feb-24", "Performance & Information Officer", "Dashboard field built; awaiting the first month of data.", "Amber", "A")]),
    ]
    r = 5
    for g in groups:
        if g[0] == "H":
            ws.cell(r, 1, g[1]).font = Font(bold=True, color="FFFFFF"); ws.cell(r, 1).fill = FILL["T"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1; continue
        rec, acts = g
        start = r
        for a in acts:
            cellrow(ws, r, [a[0], None, a[1], a[2], a[3], a[4], a[5]], "dd/mm/yyyy")
            ws.cell(r, 2).border = BOX
            ws.cell(r, 7).fill = FILL[a[6]]
            r += 1
        ws.cell(start, 2, rec).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG: Red – not on track / significant concerns; Amber – some delay; Green – on track; Complete – action completed (shaded blue)").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [7, 40, 50, 14, 26, 50, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "dq1-oldham-yjs-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4 Dromore High School
def dromore():
    doc = Document()
    doc.add_heading("Dromore High School – ETI Inspection Action Plan", level=1)
    doc.add_paragraph("Inspection: 13–17 March 2023. Action plan approved by the Board of Governors on 22 June 2023.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        c.text = h
    bold_row(t.rows[0])
    for v in [("1.0", "22/06/2023", "Principal", "Board of Governors"), ("1.1", "09/02/2024", "Vice-Principal (Curriculum)", "SLT (progress update)")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x
    doc.add_paragraph()
    doc.add_paragraph("The Education and Training Inspectorate (ETI) report identified three areas for improvement. "
                      "This plan sets out the actions the school will take to address them. Progress is reviewed by the "
                      "Senior Leadership Team each half-term and reported at each meeting of the Board of Governors.")
    afis = [
        ("To improve the consistency of the quality of teaching and learning in mathematics at key stage 3, so that all pupils are challenged appropriately.", [
            ("Carry out a review of the key stage 3 mathematics scheme of work, building in planned challenge and extension tasks.", "Head of Mathematics", "Autumn term 2023", "Revised scheme in use in all KS3 classes.", "Complete"),
            ("Introduce paired lesson observations and learning walks in mathematics, with feedback to teachers within two days.", "Vice-Principal (Curriculum) / Head of Mathematics", "Spring term 2024", "Observation evidence shows most lessons are good or better.", "On track"),
            ("Provide professional learning for mathematics staff on questioning and differentiation, supported by the EA.", "Mrs A McCartan", "By June 2024", "All mathematics staff trained; observed use of higher-order questioning.", "Amber – EA support delayed to March 2024")]),
        ("To use the data on pupils' progress more effectively to identify and support pupils who are underachieving, including those with special educational needs.", [
            ("Develop a whole-school tracking system that records attainment at three data points each year.", "Data Manager", "October 2023", "Tracking system used by all departments.", "Complete"),
            ("Hold pupil progress meetings after each data point, agreeing interventions for pupils who are underachieving.", "Heads of Year; SENCo", "Ongoing", "Interventions recorded for all pupils identified; improved progress at next data point.", "On track"),
            ("Train all teaching staff in using SEN support plans to adapt classroom practice.", "SENCo", "Summer term 2024", "Support plan strategies evident in lesson planning.", "Not started")]),
        ("To develop further the arrangements for pastoral care so that all pupils know who to go to when they have a concern.", [
            ("Survey pupils on their experience of pastoral support and share the findings with the pastoral team.", "Vice-Principal (Pastoral)", "December 2023", "Survey completed by at least 80% of pupils.", "Complete"),
            ("Introduce a 'trusted adult' system for all year 8 and year 9 pupils.", "Vice-Principal (Pastoral)", "Jan–Apr 2024", "All pupils in years 8 and 9 can name a trusted adult.", "Green")]),
    ]
    for i, (afi, acts) in enumerate(afis, 1):
        doc.add_heading(f"Area for improvement {i}", level=2)
        doc.add_paragraph(afi)
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Actions", "Person(s) responsible", "Timescale", "Success criteria", "Progress (RAG)"]):
            c.text = h; shade(c, "D9E1F2")
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, a):
                c.text = x
        doc.add_paragraph()
    doc.add_paragraph("Signed: Principal          Chair of the Board of Governors")
    doc.save(os.path.join(HERE, "dq1-dromore-high-school-eti-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5 Ysgol Tŷ Coch
def tycoch():
    doc = Document()
    doc.add_heading("Ysgol Tŷ Coch – Post-Inspection Action Plan (PIAP)", level=1)
    doc.add_paragraph("Estyn inspection: November 2023. Plan agreed with the governing body and Rhondda Cynon Taf "
                      "local authority, January 2024. Progress is shown by the shading in the RAG column.")
    doc.add_paragraph("RAG key: Red – not on track; Amber – in progress; Green – completed")
    recs = [
        ("R1: Strengthen self-evaluation and improvement planning so that leaders identify precisely what needs to improve", [
            ("1.1", "Revise the school's self-evaluation calendar so that lesson observations, book looks and learner voice feed directly into improvement planning.", "HT / DHT", "Jan – Mar 2024", "Calendar in place and followed; improvement priorities linked to evidence.", "Governors' standards committee", "00B050"),
            ("1.2", "Train middle leaders in analysing evidence and writing focused improvement priorities.", "DHT", "Spring term 2024", "All middle leaders produce an evidence-based action plan.", "HT / Challenge Adviser", "FFC000"),
            ("1.3", "Report progress against the PIAP to the full governing body.", "Chair of Governors", "Termly", "Governors able to challenge leaders on progress.", "Local authority", "FFC000")]),
        ("R2: Improve the consistency of provision for pupils' communication skills across all classes", [
            ("2.1", "Introduce a whole-school total communication approach, including signing and symbols, in every class.", "ALNCo", "Summer term 2024", "Signing and symbols used consistently in all classes.", "DHT learning walks", "FFC000"),
            ("2.2", "Commission speech and language therapy training for all teaching assistants.", "HT", "Dec 2023", "All teaching assistants trained.", "HT", "00B050"),
            ("2.3", "Carry out termly learning walks focusing on communication, with feedback to staff.", "DHT / ALNCo", "July 2024", "Learning walk records show improvement over the year.", "Governors' standards committee", "FF0000")]),
        ("R3: Ensure that safeguarding procedures for recording and following up concerns are robust", [
            ("3.1", "Move all safeguarding records to a single electronic system (MyConcern) and train all staff in its use.", "DSP", "By 29 February 2024", "All concerns recorded and followed up on MyConcern.", "Safeguarding governor", "00B050"),
            ("3.2", "Local authority safeguarding officer to audit safeguarding records and report to governors.", "LA Safeguarding in Education Officer", "April 2024", "Audit finds records complete and actions followed up.", "Full governing body", None)]),
    ]
    hdr = ["Ref", "Actions", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]
    for rec, acts in recs:
        t = doc.add_table(rows=2, cols=7); t.style = "Table Grid"
        top = t.rows[0].cells
        m = top[0].merge(top[6]); m.text = rec; shade(m, "1F3864")
        for run in m.paragraphs[0].runs:
            run.bold = True
        for c, h in zip(t.rows[1].cells, hdr):
            c.text = h; shade(c, "D9E1F2")
        bold_row(t.rows[1])
        for a in acts:
            cells = t.add_row().cells
            for c, x in zip(cells[:6], a[:6]):
                c.text = x
            if a[6]:
                shade(cells[6], a[6])
        doc.add_paragraph()
    doc.save(os.path.join(HERE, "dq1-ysgol-ty-coch-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6 Cora Foundation / St Philip's (csv)
def stphilips():
    R1 = "Requirement 1: By 31 January 2024, the provider must ensure that young people's personal plans are reviewed at least every six months and reflect their current needs and risks."
    R2 = "Requirement 2: By 31 March 2024, the provider must ensure that all staff receive regular, recorded supervision."
    A1 = "Area for improvement 1: The service should ensure that young people have more opportunities to take part in activities in their local community."
    A2 = "Area for improvement 2: The service should improve how it records and reviews the use of physical intervention."
    rows = [
        ["St Philip's School (Cora Foundation) – Care Inspectorate Improvement Plan", "", "", "", "", "", ""],
        ["Inspection of the care service: 12–14 September 2023", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Requirement / area for improvement", "Action", "Responsible person", "Timescale", "Progress update", "Status"],
        ["R1.1", R1, "Audit all personal plans against the Care Inspectorate's personal planning guidance and update any that are out of date.", "Head of Care", "30/11/2023", "All 24 personal plans audited; 9 updated.", "Complete"],
        ["R1.2", R1, "Introduce a six-monthly review schedule for personal plans, tracked on the care planning system.", "Registered Manager", "31/01/2024", "Schedule in place and monitored at the monthly managers' meeting.", "Complete"],
        ["R1.3", R1, "Involve young people in their reviews, using the 'My Say' form.", "Key workers; Depute Head of Care", "Ongoing", "Used in 15 of 18 reviews held since December.", "On track"],
        ["R2.1", R2, "Issue a revised supervision policy setting out monthly supervision for all care staff.", "HR Manager", "31/12/2023", "Policy approved by the Board in December.", "Complete"],
        ["R2.2", R2, "Train all supervisors in reflective supervision.", "Training Officer", "Feb 2024", "Two of three sessions delivered; final session booked for 26 February.", "On track"],
        ["R2.3", R2, "Report supervision compliance monthly to the senior leadership team.", "HR Manager; Registered Manager", "March 2024", "January compliance 74%; target 95%.", "Amber"],
        ["", "", "", "", "", "", ""],
        ["AFI1.1", A1, "Develop an activities programme with young people through the Young People's Forum.", "Activities Co-ordinator", "April 2024", "Forum meeting held; programme being drafted.", "On track"],
        ["AFI1.2", A1, "Record participation in community activities in each young person's daily log.", "JMcG", "31/03/2024", "", "Not started"],
        ["AFI2.1", A2, "Review all physical intervention records from the last six months and identify learning.", "Depute Head of Care", "January 2024", "Review completed; learning shared at team meetings.", "Complete"],
        ["AFI2.2", A2, "Introduce a debrief with the young person within 24 hours of any physical intervention.", "Senior Residential Care Workers", "Jan-Jun 2024", "Debriefs recorded in 80% of incidents in January.", "Amber"],
    ]
    with open(os.path.join(HERE, "dq1-cora-foundation-st-philips-school-care-inspectorate-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Wallace Hall Academy (txt, tab-separated)
def wallacehall():
    A1 = "Senior leaders should continue to improve approaches to tracking and monitoring learners' progress in the broad general education."
    A2 = "Staff should develop further learners' skills in leading their own learning, including through high-quality feedback."
    A3 = "Senior leaders should ensure that all young people with additional support needs have plans which set clear, measurable targets."
    lines = [
        "Wallace Hall Academy – Action Plan following Education Scotland Inspection",
        "Inspection letter published: 19 March 2024. Progress update: October 2024",
        "",
        "\t".join(["Area for improvement", "Action", "By whom", "By when", "Progress", "RAG"]),
        "\t".join([A1, "Introduce a whole-school BGE tracking tool aligned to Curriculum for Excellence levels.", "DHT (BGE)", "June 2024", "Tool in place for S1–S3; data collected in May and October.", "Complete"]),
        "\t".join(["", "Hold termly attainment meetings with each faculty to agree interventions for learners not on track.", "HT; DHT (BGE)", "Termly", "First round held in September; next round December.", "Green"]),
        "\t".join(["", "Share tracking information with parents in the S2 and S3 reports.", "PT Guidance", "February 2025", "Report template being revised.", "Amber"]),
        "\t".join([A2, "Deliver in-service training on learning intentions, success criteria and feedback.", "PT Teaching & Learning", "Aug 2024", "Delivered at the August in-service day.", "Complete"]),
        "\t".join(["", "Establish learning trios so that all teachers observe and give feedback to colleagues.", "PT Teaching & Learning", "Oct 2024 - Mar 2025", "Trios formed; first cycle under way.", "Green"]),
        "\t".join(["", "Pupil Learning Council to review how feedback is used in class and report to SLT.", "DHT (Pupil Support)", "By end of March 2025", "Council not yet re-formed after elections.", "Red"]),
        "\t".join([A3, "Audit all Child's Plans and IEPs for the quality of targets.", "PT Support for Learning", "30/09/2024", "Audit complete; 41 plans identified for revision.", "Complete"]),
        "\t".join(["", "Support staff to write SMART targets through a twilight session and exemplars.", "PT Support for Learning/Educational Psychologist", "Nov 2024", "Session booked for 12 November.", "Green"]),
        "\t".join(["", "Review targets with young people and parents at each plan review.", "Key adults", "Ongoing", "", ""]),
        "",
        "RAG: Red – not on track; Amber – some delay; Green – on track; Complete – action finished",
    ]
    with open(os.path.join(HERE, "dq1-wallace-hall-academy-education-scotland-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    priestley(); gosh(); oldham(); dromore(); tycoch(); stphilips(); wallacehall()
