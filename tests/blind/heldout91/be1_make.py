"""Generator for the be1- cases (children's services plans). Run with /work/main/.venv/bin/python."""
import datetime as dt
import os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "grey": "D9D9D9", "hdr": "1F4E78", "band": "DDEBF7"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, r, vals, bold=False, fill=None, fmt=None):
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BOX
        if bold:
            cell.font = Font(bold=True, color="FFFFFF" if fill == "hdr" else "000000")
        if fill:
            cell.fill = FILL[fill]
        if isinstance(v, dt.datetime) and fmt:
            cell.number_format = fmt


# ---------------------------------------------------------------- 1. Kendal College (xlsx)
def kendal():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP 2024-25"
    ws["A1"] = "Kendal College – Post-Inspection Action Plan (Ofsted inspection 14–17 May 2024)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Quality Improvement Plan 2024/25 – update for the Quality and Standards Committee, 26 November 2024"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    put(ws, 4, ["Ref", "Action", "Lead", "Success measure / impact", "Target date", "Progress update (Nov 2024)", "RAG"], bold=True, fill="hdr")
    rows = [
        ("band", "Area for improvement 1: Leaders should ensure that teachers of adult learners use assessment effectively to check what learners know and can do."),
        ("1.1", "Deliver a programme of CPD for all adult learning tutors on questioning and checking learning, led by the teaching and learning coaches.", "Head of Adult Learning", "All adult tutors observed using effective questioning in learning walks.", D(2024, 12, 20), "Three of four CPD sessions delivered; final session booked for 11 December.", "G"),
        ("1.2", "Introduce termly learning walks in adult provision focused on the use of assessment, with findings reported to QSC.", "AL / KM", "Learning walk findings show improvement term on term.", "Termly", "First round of learning walks completed in October; summary report to this committee.", "G"),
        ("1.3", "Revise the adult course initial assessment so tutors record each learner's starting point in the ILP.", "Curriculum Manager – Adult & Community", "100% of adult learners have a recorded starting point.", D(2024, 10, 31), "Complete. New ILP template live from 1 October.", "B"),
        ("band", "Area for improvement 2: Leaders and managers should improve attendance at English and mathematics lessons for 16 to 18-year-old learners."),
        ("2.1", "Appoint attendance officers to each 16-18 curriculum area and introduce same-day follow-up of absence from English and maths lessons.", "Deputy Principal – Curriculum", "Attendance at English and maths rises to 85%.", D(2024, 9, 30), "Three attendance officers in post since September; same-day calls and texts in place.", "B"),
        ("2.2", "Timetable English and maths alongside vocational lessons so that learners do not come into college for a single session.", "JH", "No learner timetabled for a single English or maths session in a day.", D(2025, 1, 31), "Changes made for most programmes from September; construction and motor vehicle timetables will change in January.", "A"),
        ("2.3", "Report attendance at English and maths weekly to heads of department and monthly to SLT.", "MIS Manager / Head of English & Maths", "Weekly reports used in curriculum team meetings.", "Ongoing", "Weekly Power BI report in place; current attendance 81%, up from 74% last year.", "G"),
        ("band", "Area for improvement 3: Governors should receive more detailed information about the quality of apprenticeships so that they can challenge leaders effectively."),
        ("3.1", "Produce a termly apprenticeship quality report for the Quality and Standards Committee, including progress, off-the-job hours and breaks in learning.", "Director of Apprenticeships", "Minutes show governors challenging apprenticeship performance.", D(2024, 11, 26), "First report presented to QSC on 26 November 2024.", "G"),
        ("3.2", "Appoint a link governor for apprenticeships who attends employer review meetings twice a year.", "Clerk to the Corporation", "Link governor reports to the Board after each visit.", D(2025, 3, 31), "Link governor not yet identified following a resignation in October; recruitment under way.", "R"),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILL["band"]
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            put(ws, r, list(row), fmt="mmm-yy")
            ws.cell(row=r, column=7).fill = FILL[row[6]]
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key:  B = complete   G = on track   A = some slippage, action in hand   R = off track / at risk").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, w in zip("ABCDEFG", [7, 55, 26, 36, 12, 48, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "be1-kendal-college-ofsted-piap-aoi-bands-letter-rag.xlsx"))


# ---------------------------------------------------------------- 2. Priory Cheadle Royal CAMHS (xlsx)
def priory():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Priory Hospital Cheadle Royal (CAMHS) – CQC Must do / Should do action plan"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Inspection July 2024; report published 22 October 2024"
    cov["A2"].font = Font(bold=True)
    put(cov, 4, ["Version", "Date", "Author", "Comment"], bold=True, fill="grey")
    put(cov, 5, ["0.1", D(2024, 8, 12), "Quality Lead", "First draft following factual accuracy"], fmt="dd/mm/yyyy")
    put(cov, 6, ["1.0", D(2024, 8, 30), "Hospital Director", "Submitted to CQC"], fmt="dd/mm/yyyy")
    put(cov, 7, ["1.3", D(2024, 11, 18), "Quality Lead", "Progress update for Clinical Governance"], fmt="dd/mm/yyyy")
    put(cov, 9, ["Status key", "", "", ""], bold=True, fill="grey")
    for i, (w, f) in enumerate([("Complete", "B"), ("On track", "G"), ("At risk", "A"), ("Off track", "R"), ("Not started", None)]):
        cov.cell(row=10 + i, column=1, value=w)
        if f:
            cov.cell(row=10 + i, column=2).fill = FILL[f]
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Action plan")
    hdr = ["Ref", "Must do / Should do", "Regulation", "CQC finding", "Action", "Action owner", "Completion date", "Revised date", "Evidence", "Status"]
    put(ws, 1, hdr, bold=True, fill="hdr")
    groups = [
        ("MD1", "Must do", "Reg 12", "The service must ensure that staff complete and update each young person's risk assessment after every incident.", [
            ("MD1.1", "Audit all current young people's risk assessments against incident records and update any that are out of date.", "Ward Manager, Ivy Ward", D(2024, 9, 30), None, "Audit report Sept 2024", "Complete"),
            ("MD1.2", "Add a mandatory risk assessment review prompt to the incident reporting form on Datix.", "Head of Nursing", D(2024, 10, 31), D(2024, 12, 13), "Datix change request", "On track"),
        ]),
        ("MD2", "Must do", "Reg 18", "The service must ensure that staff receive, and are up to date with, mandatory training in restrictive intervention.", [
            ("MD2.1", "Book all outstanding staff onto RRN training and report compliance weekly to the Hospital Director.", "Training Lead; Ward Manager", D(2024, 11, 30), None, "Training compliance report", "At risk"),
            ("MD2.2", "Add restrictive intervention training to the induction checklist for bank and agency staff.", "HR Business Partner", D(2024, 8, 31), None, "Revised induction checklist", "Complete"),
        ]),
        ("SD1", "Should do", "Reg 9", "The service should ensure that young people's care plans reflect their views and are written in language they understand.", [
            ("SD1.1", "Introduce a 'My plan' summary co-written with each young person in their first week on the ward.", "Lead Psychologist", "January 2025", None, "", "Not started"),
        ]),
        ("SD2", "Should do", "Reg 9", "The service should ensure that parents and carers are invited to ward rounds and CPA meetings.", [
            ("SD2.1", "Send parents and carers a written invitation and the ward round timetable on admission, and record the offer in the young person's notes.", "Family Liaison Worker", D(2024, 10, 31), None, "Admission pack; notes audit", "Complete"),
            ("SD2.2", "Audit carer involvement monthly and report the results to the clinical governance meeting.", "Clinical Governance Lead", "Monthly", None, "CG minutes", "On track"),
        ]),
    ]
    colour = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R"}
    r = 2
    for _, kind, reg, finding, acts in groups:
        start = r
        for a in acts:
            ref, act, owner, due, rev, ev, st = a
            put(ws, r, [ref, kind, reg, finding, act, owner, due, rev, ev, st], fmt="dd/mm/yyyy")
            if st in colour:
                ws.cell(row=r, column=10).fill = FILL[colour[st]]
            r += 1
        if r - start > 1:
            for c in (2, 3, 4):
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    for col, w in zip("ABCDEFGHIJ", [7, 11, 10, 45, 55, 24, 14, 12, 26, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "be1-priory-cheadle-camhs-cqc-mustdo-cover-key-merged-findings.xlsx"))


# ---------------------------------------------------------------- 3. Cambian children's home (xlsx, refuse)
def cambian():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Beech House Children's Home (Cambian) – Ofsted inspection action plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Full inspection 8 October 2024 · URN SC048813"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Registered Manager: Claire Dunmore     Responsible Individual: Paul Ashworth     Last reviewed: 06/12/2024"
    put(ws, 5, ["No.", "Requirement / Recommendation", "Action to be taken", "Person responsible", "Due by", "Update", "RAG"], bold=True, fill="hdr")
    rows = [
        ("band", "Requirements"),
        ("1", "The registered person must ensure that staff record the reasons for, and outcome of, any use of restraint within 24 hours (Regulation 35(3)).", "Refresher session for all staff on recording restraint; RM to review every physical intervention record within 24 hours.", "Claire Dunmore", D(2024, 11, 8), "Session delivered at team meeting 22/10. RM reviewing all records; none late since.", "Complete"),
        ("2", "The registered person must ensure that each child's placement plan is reviewed following any significant change (Regulation 14).", "Review placement plans for both children and agree a review trigger list with placing authorities.", "Claire Dunmore / Deputy Manager", "Novmber 2024", "Plans reviewed for child A; child B review meeting set with placing authority.", "Amber"),
        ("band", "Recommendations"),
        ("3", "The registered person should ensure that children are helped to understand their records and to contribute to them.", "Introduce 'my voice' pages in daily logs and offer each child a monthly key-work session on their file.", "Key workers", D(2025, 1, 31), "Pages designed with the children; in use from December.", "Green"),
        ("4", "The registered person should ensure that the home's location risk assessment is updated at least annually.", "Update the location risk assessment with police and the local authority missing team.", "Responsible Individual", D(2024, 12, 20), "Meeting with neighbourhood policing team held 28/11.", "Green"),
        ("5", "The registered person should ensure that supervision records show reflective discussion of practice.", "Adopt the Cambian reflective supervision template; RI to sample records at each Regulation 44 visit.", "Paul Ashworth", "Ongoing", "Template in use from November.", "Green"),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            put(ws, r, list(row), fmt="dd/mm/yyyy")
            ws.cell(row=r, column=7).fill = FILL[{"Complete": "B", "Amber": "A", "Green": "G"}[row[6]]]
        r += 1
    for col, w in zip("ABCDEFG", [5, 50, 50, 24, 14, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "be1-cambian-childrens-home-ofsted-reqs-recs-novmber-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, header, rows, fills=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        if fills and fills[ri] and fills[ri][1]:
            col, hexcol = fills[ri]
            shade(cells[col], hexcol)
    return t


# ---------------------------------------------------------------- 4. Astrea Academy Dearne (docx)
def astrea():
    doc = Document()
    doc.add_heading("Astrea Academy Dearne – Post-Ofsted Action Plan 2024–25", level=1)
    doc.add_paragraph("Inspection dates: 11–12 June 2024. Overall effectiveness: Requires improvement. "
                      "This plan sets out how the academy, supported by Astrea Academy Trust, will address the "
                      "points in 'What does the school need to do to improve?'. It is reviewed half-termly by the "
                      "Academy Improvement Board.")
    G, A, B = "92D050", "FFC000", "00B0F0"
    hdr = ["Action", "Who", "When", "Monitoring / evidence", "RAG"]
    doc.add_heading("1. Leaders should ensure that the reading curriculum is taught consistently well, so that pupils at the early stages of reading catch up quickly.", level=2)
    table(doc, hdr, [
        ["All staff who teach phonics to complete Little Wandle refresher training.", "Reading Lead", "Sept 2024", "Training log; drop-ins", ""],
        ["Daily keep-up sessions for the lowest 20% of readers in Years 1 to 3.", "Reading Lead / Year 2 teacher", "Autumn term 2024", "Phonics assessment data each half term", ""],
        ["Trust English lead to quality assure reading lessons in Key Stage 2 and feed back to the Principal.", "Trust Director of English", "Spring term 2025", "QA visit notes", ""],
    ], fills=[(4, B), (4, G), (4, G)])
    doc.add_heading("2. Leaders should make sure that pupils with SEND receive the support they need in lessons, and that their plans set precise targets.", level=2)
    table(doc, hdr, [
        ["Rewrite all SEN support plans with SMART targets, reviewed with parents three times a year.", "SENCo", "31 October 2024", "Sample of plans; parent review records", ""],
        ["CPD for teachers and teaching assistants on adaptive teaching for pupils with SEND.", "Vice Principal", "Spring term 2025", "Lesson visits; CPD evaluations", ""],
        ["Introduce a provision map showing interventions and their impact for every pupil on the SEN register.", "SENCo", "Summer term 2025", "Provision map; termly impact review", ""],
    ], fills=[(4, G), (4, A), (4, None)])
    doc.add_heading("3. Leaders should improve the attendance of disadvantaged pupils, who are too often absent.", level=2)
    table(doc, hdr, [
        ["Weekly attendance meetings with the trust Education Welfare Officer, with first-day calls and home visits on day three.", "Principal / Attendance Officer", "Weekly", "Attendance data by group", ""],
        ["Launch a breakfast club and a rewards scheme for improved attendance.", "Pastoral Lead", "Nov 2024", "Club register; attendance of disadvantaged pupils", ""],
    ], fills=[(4, G), (4, B)])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    table(doc, ["Colour", "Meaning"], [["", "Completed"], ["", "On track"], ["", "Some concern"], ["", "Not on track"]],
          fills=[(0, B), (0, G), (0, A), (0, "FF0000")])
    doc.save(os.path.join(OUT, "be1-astrea-dearne-post-ofsted-plan-term-dates-fill-rag.docx"))


# ---------------------------------------------------------------- 5. Quarriers (docx)
def quarriers():
    doc = Document()
    doc.add_heading("Quarriers – Children's Residential Service, Bridge of Weir", level=1)
    doc.add_paragraph("Improvement Plan following Care Inspectorate inspection (unannounced, 3–5 September 2024)")
    doc.add_paragraph("Service Manager: Fiona Kerr    Plan reviewed: 29 November 2024")
    hdr = ["Action", "Responsible person", "Timescale", "Progress", "RAG"]
    doc.add_heading("Requirements", level=2)
    doc.add_heading("Requirement 1", level=3)
    doc.add_paragraph("By 31 January 2025, the provider must ensure that young people are kept safe by making sure that "
                      "staff follow the service's missing person protocol and that every episode is reviewed by a manager.")
    table(doc, hdr, [
        ["Refresh missing person protocol training for all staff, including night staff.", "Fiona Kerr", "31 October 2024", "All but two staff trained; remaining sessions booked.", "Amber"],
        ["Manager to review each missing episode within 72 hours and record learning in the young person's plan.", "Service Manager / Depute Manager", "Ongoing", "Reviews completed for all 6 episodes since September.", "Green"],
        ["Monthly audit of missing episodes shared with Renfrewshire Council's child protection lead.", "Depute Manager", "End of January 2025", "First audit completed November.", "Green"],
    ])
    doc.add_heading("Requirement 2", level=3)
    doc.add_paragraph("By 28 February 2025, the provider must ensure that staff receive regular, recorded supervision.")
    table(doc, hdr, [
        ["Set a supervision schedule at least every six weeks for all staff and track it on the staff matrix.", "Fiona Kerr", "30/09/2024", "Schedule in place and monitored weekly.", "Complete"],
        ["Train two senior practitioners to provide supervision.", "Learning & Development Advisor", "By 28/02/2025", "Course dates confirmed for January.", "Green"],
    ])
    doc.add_heading("Areas for improvement", level=2)
    doc.add_heading("Area for improvement 1", level=3)
    doc.add_paragraph("To support young people's wellbeing, the provider should make sure that young people are involved in planning their own care and that their views are recorded.")
    table(doc, hdr, [
        ["Young people's meeting each month, chaired by a young person, with a 'you said, we did' board.", "Residential Worker (Participation Champion)", "December 2024", "Two meetings held; board in the dining room.", "Green"],
        ["Use Viewpoint questionnaire before each child's plan review.", "Key workers", "Ongoing", "Not yet started; licence being arranged.", ""],
    ])
    doc.save(os.path.join(OUT, "be1-quarriers-ci-requirement-headings-text-para-rag-words.docx"))


# ---------------------------------------------------------------- 6. West Yorkshire Police NCPI (csv)
def wyp():
    import csv
    rows = [
        ["Rec No", "Recommendation", "Action No", "Action", "Owner", "Due Date", "Revised Due Date", "Status", "Update"],
        ["1", "Within six months, the force should make sure that officers attending incidents where children are present record the child's voice and the effect on the child.", "1.1", "Add a mandatory 'voice of the child' field to the domestic abuse risk assessment on the mobile app.", "Det Supt Safeguarding Governance", "31/12/2024", "", "Complete", "Field live from 4 November 2024."],
        ["1", "Within six months, the force should make sure that officers attending incidents where children are present record the child's voice and the effect on the child.", "1.2", "Deliver a briefing on recording the voice of the child to all response and neighbourhood officers.", "Head of Learning & Development", "31/01/2025", "31/03/2025", "Amber", "Briefing recorded; delivery delayed by operational demand over the winter. 62% of officers briefed."],
        ["1", "Within six months, the force should make sure that officers attending incidents where children are present record the child's voice and the effect on the child.", "1.3", "Dip-sample 50 incidents a month and report compliance to the Safeguarding Board.", "Ch Insp Public Protection", "Monthly", "", "Green", "October sample 71% compliant, November 78%."],
        ["2", "Within three months, the force should review how it manages its backlog of referrals to the child abuse investigation units.", "2.1", "Review all referrals older than 28 days and allocate or close with supervisory rationale.", "DCI Kirklees CAIU; DCI Bradford CAIU", "31/10/2024", "", "Complete", "Backlog reduced from 412 to 37."],
        ["2", "Within three months, the force should review how it manages its backlog of referrals to the child abuse investigation units.", "2.2", "Introduce a daily triage meeting in each district CAIU.", "Det Supt Safeguarding Governance", "30/11/2024", "", "Green", "Running in four of five districts; Calderdale starts January."],
        ["3", "The force should make sure that it shares information with partners about children subject to police protection powers within 24 hours.", "3.1", "Agree a joint notification process with the five local authority front doors.", "Supt Partnerships", "Q4 2024/25", "", "Green", "Draft process with local authorities for comment."],
        ["3", "The force should make sure that it shares information with partners about children subject to police protection powers within 24 hours.", "3.2", "Audit police protection records quarterly.", "Public Protection Review Team", "Quarterly", "", "Not started", ""],
    ]
    with open(os.path.join(OUT, "be1-west-yorkshire-police-ncpi-recs-export-revised-due.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. NPTC Group Estyn PIAP (txt)
def nptc():
    lines = [
        "NPTC Group of Colleges - Estyn post-inspection action plan (inspection March 2024)",
        "Updated: 02/12/2024",
        "",
        "\t".join(["Recommendation", "Ref", "Action", "Lead", "Timescale", "Progress to date", "RAG"]),
        "\t".join(["R1 Improve the consistency of teaching so that all learners make strong progress", "1.1", "Launch a coaching programme for teachers whose observation outcomes show they need support.", "Head of Teaching & Learning", "Dec 24", "Coaches trained; 27 teachers in the first cohort.", "Green"]),
        "\t".join(["", "1.2", "Share effective practice through termly teaching and learning conferences on each campus.", "MJ", "Termly", "Autumn conference held 30 October at Afan.", "Green"]),
        "\t".join(["", "1.3", "Revise the observation policy to focus on learner progress over time.", "Vice Principal Quality / Head of Teaching & Learning", "July 2025", "Draft policy to Academic Board in February.", "Amber"]),
        "\t".join(["R2 Strengthen the development of learners' Welsh language skills", "2.1", "Set Welsh language targets in every curriculum area self-assessment report.", "SR/DLW", "Sept 2024", "Targets set in all SARs.", "Complete"]),
        "\t".join(["", "2.2", "Provide Cymraeg Gwaith courses for staff, prioritising childcare and health and social care teams.", "Welsh Language Coordinator", "Spring term 2025", "Two cohorts started in November.", "Green"]),
        "\t".join(["R3 Ensure that learners with additional learning needs have individual development plans in place on time", "3.1", "Track IDP deadlines weekly through the ALN case-management system and escalate cases at risk.", "ALN Coordinator", "Ongoing", "", "Red"]),
        "\t".join(["", "3.2", "Agree transition protocol with the three local authorities for learners joining from school.", "Head of Learner Services", "31/03/2025", "Meetings held with two of the three authorities.", "Amber"]),
        "",
        "RAG: Red = not on track, Amber = some delay, Green = on track, Complete = action finished",
    ]
    with open(os.path.join(OUT, "be1-nptc-estyn-piap-tab-export-rec-first-row-only.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    kendal(); priory(); cambian(); astrea(); quarriers(); wyp(); nptc()
    print("done")
