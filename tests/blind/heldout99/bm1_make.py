"""Generator for the bm1- blind cases (children's services plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in dict(
    red="FF0000", amber="FFC000", green="00B050", blue="0070C0",
    head="1F3864", band="D9E1F2", grey="EDEDED").items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, r, c, v, fmt=None, fill=None, bold=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    cell.border = BOX
    if fmt:
        cell.number_format = fmt
    if fill:
        cell.fill = FILL[fill]
    if bold:
        cell.font = Font(bold=True)
    return cell


# ---------------------------------------------------------------- 1 Leeds City College PIAP
def leeds():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Leeds City College – Post-Inspection Action Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = ("Following the Ofsted inspection of March 2024. Plan owner: Vice Principal Quality. "
                "Progress is reviewed monthly by the Quality and Standards Committee.")
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Area for improvement (Ofsted)", "Action", "Lead", "Target date",
           "Revised date", "Progress / impact to date", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = put(ws, 4, i, h, fill="head", bold=True); c.font = Font(bold=True, color="FFFFFF")
    r = 5
    afi_a = ("Leaders should ensure that teachers of 16 to 19 study programmes use assessment "
             "to check learners' understanding and identify gaps in their knowledge.")
    afi_b = ("Leaders should ensure that learners with high needs receive the support identified "
             "in their education, health and care plans.")
    afi_c = ("Leaders should improve attendance in English and mathematics lessons for learners "
             "on study programmes.")
    afi_d = ("Leaders should ensure that all learners receive helpful careers advice and guidance "
             "about their next steps.")
    afi_e = ("Governors should receive more detailed information about the quality of provision "
             "for learners with high needs.")
    rows = [
        ("band", "Theme 1: Quality of education"),
        ("1.1", afi_a, "Deliver a programme of CPD on questioning and formative assessment for all 16 to 19 teaching staff.",
         "Director of Quality", D(2024, 7, 31), None,
         "CPD delivered to 412 staff across all campuses. Learning walks in June show better use of questioning.",
         "Complete", "blue", "dd/mm/yyyy"),
        ("1.2", None, "Introduce termly assessment weeks for all study programmes, with results reviewed in curriculum performance meetings.",
         "Heads of Faculty", "Autumn term 2024", None,
         "First assessment week held in November; results discussed at all curriculum reviews.",
         "On track", "green", None),
        ("1.3", afi_b, "Review every EHCP outcome at the start of the programme and record the agreed support on ProMonitor.",
         "Head of SEND / Inclusion Manager", D(2024, 10, 31), None,
         "Reviews completed for 78% of learners with EHCPs; the remaining reviews are booked before half term.",
         "Amber", "amber", "mmm-yy"),
        ("band", "Theme 2: Behaviour and attitudes"),
        ("2.1", afi_c, "Introduce same-day contact with parents and carers for any learner absent from English or mathematics.",
         "AH/JW", D(2024, 6, 30), D(2024, 9, 30),
         "Attendance in maths is 79% against a target of 88%. Revised date agreed at Q&S Committee.",
         "Amber", "amber", "dd/mm/yyyy"),
        ("2.2", None, "Publish weekly attendance dashboards for English and maths to curriculum teams.",
         "MIS Manager", "Ongoing", None,
         "Dashboard live on the staff intranet and sent to heads of faculty every Monday.",
         "Green", "green", None),
        ("blank",),
        ("band", "Theme 3: Personal development"),
        ("3.1", afi_d, "Every 16 to 19 learner to have a one-to-one careers interview before the end of their first year.",
         "Careers Lead", D(2025, 5, 31), None,
         "1,950 interviews completed so far this year; on course to meet the target.",
         None, "green", "dd/mm/yyyy"),
        ("3.2", None, "Increase employer encounters so that each study programme has at least two employer-set projects.",
         "Head of Employer Engagement", "Summer term 2025", None,
         "Employer project brief drafted; roll-out planned for the summer term.",
         "Not started", None, None),
        ("band", "Theme 4: Leadership and management"),
        ("4.1", afi_e, "Add a high needs section to the termly quality report to the Quality and Standards Committee.",
         "Director of Quality", D(2024, 12, 16), None,
         "First report presented in December 2024; the committee asked for case studies in the next report.",
         "Complete", "blue", "dd/mm/yyyy"),
    ]
    merge_from = None
    for row in rows:
        if row[0] == "band":
            put(ws, r, 1, row[1], fill="band", bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1; continue
        if row[0] == "blank":
            r += 1; continue
        ref, afi, act, lead, tgt, rev, prog, rag, fill, fmt = row
        put(ws, r, 1, ref)
        put(ws, r, 2, afi)
        put(ws, r, 3, act); put(ws, r, 4, lead)
        put(ws, r, 5, tgt, fmt=fmt if isinstance(tgt, dt.datetime) else None)
        put(ws, r, 6, rev, fmt="dd/mm/yyyy" if rev else None)
        put(ws, r, 7, prog)
        put(ws, r, 8, rag, fill=fill)
        r += 1
    # AFI cells merged down over their continuation rows (1.1-1.2 rows 6-7, 2.1-2.2 rows 10-11, 3.1-3.2 rows 14-15)
    for a, b in ((6, 7), (10, 11), (14, 15)):
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (t, f) in enumerate([("Complete", "blue"), ("On track / Green", "green"),
                                 ("Some slippage, recovery plan in place", "amber"), ("Off track", "red")]):
        c = ws.cell(row=r + 1 + i, column=1, value=t); c.fill = FILL[f]
        ws.merge_cells(start_row=r + 1 + i, start_column=1, end_row=r + 1 + i, end_column=3)
    for col, w in zip("ABCDEFGH", (7, 40, 48, 22, 14, 13, 48, 12)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bm1-leeds-city-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Neath Port Talbot YJS HMIP
def npt():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Neath Port Talbot Youth Justice Service – HM Inspectorate of Probation Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13); ws.merge_cells("A1:H1")
    ws["A2"] = "Overall rating: Requires improvement. Plan owned and monitored by the YJS Management Board. Last updated: 10/03/2025"
    ws.merge_cells("A2:H2")
    hdr = ["Action no.", "Action", "Owner", "Timescale", "Revised timescale",
           "Progress update", "RAG", "Evidence"]
    for i, h in enumerate(hdr, 1):
        c = put(ws, 4, i, h, fill="head"); c.font = Font(bold=True, color="FFFFFF")
    rows = [
        ("dom", "Domain 1: Organisational delivery"),
        ("rec", "Recommendation 1: The YJS Management Board should ensure that board members understand the needs of children known to the service and use this knowledge to challenge and support partner agencies."),
        ("1.1", "Deliver a board induction and development session, including case presentations from practitioners.",
         "Chair of Management Board", "Sept 2024", None,
         "Development day held 19 September 2024 with practitioner presentations. Induction pack now issued to new members.",
         "Complete", "Board minutes Sept 2024"),
        ("1.2", "Introduce a quarterly performance report covering the education, health and exploitation needs of the YJS cohort.",
         "YJS Manager", D(2024, 12, 31), None,
         "Q2 and Q3 reports presented. Health data still partial while the information sharing agreement is finalised.",
         "Green", None),
        ("rec", "Recommendation 2: The YJS Management Board should make sure that children have timely access to emotional and mental health services."),
        ("2.1", "Agree a pathway with Swansea Bay UHB CAMHS for YJS children, with a named link clinician.",
         "Head of Children's Services / CAMHS Service Manager", "March 2025", None,
         "Draft pathway agreed in principle. Link clinician post advertised twice without appointment.",
         "Amber", None),
        ("dom", "Domain 2: Court disposals"),
        ("rec", "Recommendation 3: The YJS Manager should ensure that assessments and plans consistently address the safety of other people, including actual and potential victims."),
        ("3.1", "Refresh the risk of harm guidance and deliver training to all case managers.",
         "Operational Manager (Court)", D(2024, 10, 31), None,
         "Guidance refreshed and training delivered to 14 case managers in October.",
         "Complete", "Training register"),
        ("3.2", "Monthly case audits of risk of harm assessments, with findings reported to the practice development group.",
         "QA Officer", "Monthly", None,
         "Audits running since November; 62% of sampled assessments rated good or better in February.",
         "Green", "Audit tool"),
        ("3.3", "Introduce a contingency planning template within ChildView.",
         "JD/LH", D(2025, 1, 31), D(2025, 4, 30),
         "Template built; go-live delayed by the ChildView upgrade.",
         "Amber", None),
        ("dom", "Domain 3: Out-of-court disposals"),
        ("rec", "Recommendation 4: The YJS Manager should improve the quality of joint decision-making with South Wales Police for out-of-court disposals."),
        ("4.1", "Review the joint decision-making panel terms of reference with South Wales Police.",
         "Operational Manager (Prevention)", D(2024, 11, 30), None,
         "Police representative has changed twice. Review now scheduled for April 2025.",
         "Red", None),
        ("4.2", "Audit a sample of out-of-court disposal decisions each quarter.",
         "QA Officer", "Quarterly", None,
         "First audit due in Q1 2025/26.",
         None, None),
    ]
    r = 5
    ragfill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for row in rows:
        if row[0] in ("dom", "rec"):
            c = put(ws, r, 1, row[1], fill="head" if row[0] == "dom" else "band", bold=True)
            if row[0] == "dom":
                c.font = Font(bold=True, color="FFFFFF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32 if row[0] == "rec" else 18
            r += 1; continue
        no, act, own, ts, rev, prog, rag, ev = row
        put(ws, r, 1, no); put(ws, r, 2, act); put(ws, r, 3, own)
        put(ws, r, 4, ts, fmt="mmm-yy" if isinstance(ts, dt.datetime) else None)
        put(ws, r, 5, rev, fmt="mmm-yy" if rev else None)
        put(ws, r, 6, prog); put(ws, r, 7, rag, fill=ragfill.get(rag)); put(ws, r, 8, ev)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Red – not on track; Amber – some delay, action being taken; Green – on track; Complete – action completed and evidenced.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (10, 50, 26, 12, 12, 50, 11, 22)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "bm1-neath-port-talbot-yjs-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 3 Kyloe House SCH (refuse)
def kyloe():
    wb = Workbook(); ws = wb.active; ws.title = "Action plan"
    ws["A1"] = "Kyloe House Secure Children's Home – Ofsted Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=13); ws.merge_cells("A1:G1")
    ws["A2"] = "Northumberland County Council. Full inspection: 11 June 2024. Registered Manager: C. Armstrong"
    ws.merge_cells("A2:G2")
    hdr = ["No.", "Requirement / recommendation", "Regulation / standard", "Action to be taken",
           "Responsible", "Due date", "Status"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, fill="grey", bold=True)
    rows = [
        ("band", "Requirements"),
        ("R1", "The registered person must ensure that staff record and review every use of single separation within 24 hours.",
         "Regulation 20 (the protection of children standard)",
         "Revise the separation recording form and add a 24-hour manager review to the shift handover checklist.",
         "Registered Manager", D(2024, 7, 31), "Complete"),
        ("R2", "The registered person must ensure that all staff complete restraint refresher training within the required timescale.",
         "Regulation 33 (employment of staff)",
         "Book refresher training for the 9 staff out of date and monitor the training matrix monthly.",
         "Deputy Manager (Care)", "Spetember 2024", "In progress"),
        ("band", "Recommendations"),
        ("Rec 1", "The registered person should ensure that children's views are recorded in their placement plan reviews.",
         "Guide to the Children's Homes Regulations, page 56, paragraph 11.5",
         "Add a 'my views' section to the placement plan review template and audit ten plans each quarter.",
         "Team Manager", D(2024, 10, 31), "On track"),
        ("Rec 2", "The registered person should ensure that education staff receive the same safeguarding updates as care staff.",
         "Guide to the Children's Homes Regulations, page 42, paragraph 9.15",
         "Include the education team in the monthly safeguarding briefing.",
         "Head of Education / Registered Manager", D(2024, 8, 30), "Complete"),
        ("Rec 3", "The registered person should ensure that the location assessment is reviewed annually.",
         "Guide to the Children's Homes Regulations, page 63, paragraph 15.3",
         "Review the location risk assessment with Northumbria Police and the community safety team.",
         "Registered Manager", D(2024, 12, 31), "Not started"),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            put(ws, r, 1, row[1], fill="band", bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1; continue
        for i, v in enumerate(row, 1):
            put(ws, r, i, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
        r += 1
    for col, w in zip("ABCDEFG", (7, 46, 28, 46, 22, 14, 13)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bm1-kyloe-house-sch-ofsted-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol); tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4 Doncaster SCP
def doncaster():
    doc = Document()
    doc.add_heading("Doncaster Safeguarding Children Partnership – Local Action Plan", 0)
    doc.add_paragraph("In response to the Child Safeguarding Practice Review Panel report "
                      "'Safeguarding children with disabilities and complex health needs in residential settings'")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Date", "12 October 2023"),
                                ("Author", "DSCP Business Manager"),
                                ("Approved by", "DSCP Executive Group")]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph("This plan sets out how Doncaster partners are responding to the Panel's findings. "
                      "Progress is reported to each meeting of the DSCP Executive Group. RAG ratings are "
                      "shown in the final column; the key is at the end of the document.")
    recs = [
        ("Recommendation 1: Review the placements of all Doncaster children with disabilities living in residential special schools and children's homes",
         [("1a", "Complete a multi-agency review visit for every child placed in a residential special school registered as a children's home.",
           "Head of Service, Children with Disabilities", "31/03/2023",
           "All 23 children visited by a social worker and a health professional. Findings reported to the Executive Group in April.", "B", "0070C0"),
          ("1b", "Ensure each child's EHCP annual review includes the views of the child, using the communication method that suits them.",
           "SEND Manager; Designated Clinical Officer", "June 2023",
           "Audit of 15 reviews found the child's views recorded in 11. Training for SEND caseworkers booked.", "A", "FFC000"),
          ("1c", "Maintain a register of all disabled children placed in residential settings, shared with the ICB and Ofsted regional lead.",
           "Performance and Intelligence Manager", "Ongoing",
           "Register in place and refreshed monthly.", "G", "00B050")]),
        ("Recommendation 2: Strengthen oversight of residential settings by placing and host authorities",
         [("2a", "Agree a protocol for notifying host authorities and the LADO when concerns are raised about a residential setting.",
           "LADO / Head of Safeguarding and Quality Assurance", "End of September 2023",
           "Protocol drafted with the South Yorkshire LADO network; awaiting sign-off.", "A", "FFC000"),
          ("2b", "Independent Reviewing Officers to visit each child in a residential placement at least once between reviews.",
           "IRO Service Manager", "30/06/2023",
           "Visits completed for 21 of 23 children; the two outstanding visits have been arranged.", "G", "00B050")]),
        ("Recommendation 3: Ensure that the voice of children with complex needs informs practice",
         [("3a", "Commission advocacy for every disabled child in a residential setting, including non-instructed advocacy where needed.",
           "Commissioning Manager (Children)", "Dec 2023",
           "Tender specification agreed. Contract award delayed by procurement timetable.", "R", "FF0000"),
          ("3b", "Deliver multi-agency training on communicating with children who do not use speech.",
           "DSCP Training Coordinator", "March 2024",
           "Two sessions scheduled for January 2024.", "G", "00B050")]),
    ]
    for head, acts in recs:
        doc.add_heading(head, level=2)
        tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "By when", "Progress", "RAG"]):
            tb.rows[0].cells[i].text = h
        bold_row(tb.rows[0])
        for a in acts:
            cells = tb.add_row().cells
            for i, v in enumerate(a[:6]):
                cells[i].text = v
            shade(cells[5], a[6])
        doc.add_paragraph()
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=4, cols=2); k.style = "Table Grid"
    for i, (l, txt, col) in enumerate([("B", "Complete", "0070C0"), ("G", "On track", "00B050"),
                                       ("A", "Some slippage", "FFC000"), ("R", "Off track / at risk", "FF0000")]):
        k.cell(i, 0).text = l; shade(k.cell(i, 0), col); k.cell(i, 1).text = txt
    doc.save(os.path.join(OUT, "bm1-doncaster-scp-residential-settings-review-action-plan.docx"))


# ---------------------------------------------------------------- 5 Brinsworth Academy
def brinsworth():
    doc = Document()
    doc.add_heading("Brinsworth Academy – Post-Ofsted Action Plan 2024–25", 1)
    doc.add_paragraph("Ofsted visited the academy in June 2024. The report identified three areas the school "
                      "needs to improve. This plan shows what we are doing about each of them, who is leading "
                      "the work and when it will be done. It is reviewed by the Local Governing Body each half term.")
    pri = [
        ("1. Leaders should ensure that the key stage 3 curriculum in all subjects sets out the important knowledge pupils should learn and the order in which they should learn it.",
         [("Subject leaders to rewrite key stage 3 curriculum maps, identifying the essential knowledge for each unit.", "Deputy Headteacher (Curriculum)", "Autumn term 2024", "00B050"),
          ("Quality assure curriculum maps through subject reviews with trust directors of subject.", "SLT link; trust directors of subject", "Spring term 2025", "FFC000"),
          ("Report curriculum review findings to governors.", "Headteacher", "Termly", "FFC000")]),
        ("2. Leaders should make sure that teachers check pupils' understanding systematically so that misconceptions are identified and addressed.",
         [("Weekly teaching and learning briefings on retrieval practice and checking for understanding.", "Assistant Headteacher (Teaching and Learning)", "Autumn term 2024", "00B050"),
          ("Introduce low-stakes quizzes at the start of every key stage 3 lesson.", "Heads of Department", "Spring term 2025", "FFC000")]),
        ("3. Leaders should ensure that pupils with SEND receive the right support in lessons.",
         [("Update pupil passports for all pupils on the SEND register and share them with every teacher.", "SENDCo", "31/10/2024", "00B050"),
          ("Train teaching assistants in adaptive teaching strategies.", "SENDCo / Assistant Headteacher (Teaching and Learning)", "Summer term 2025", None)]),
    ]
    n = 1 + sum(len(a) for _, a in pri)
    tb = doc.add_table(rows=n, cols=4); tb.style = "Table Grid"
    for i, h in enumerate(["Area for improvement", "Action", "Who", "When"]):
        tb.cell(0, i).text = h
    bold_row(tb.rows[0])
    r = 1
    for text, acts in pri:
        top = r
        for act, who, when, col in acts:
            tb.cell(r, 1).text = act; tb.cell(r, 2).text = who; tb.cell(r, 3).text = when
            if col:
                shade(tb.cell(r, 1), col)
            r += 1
        m = tb.cell(top, 0).merge(tb.cell(r - 1, 0))
        m.text = text
    doc.add_paragraph()
    doc.add_paragraph("Key: actions shaded green have been achieved; actions shaded amber are in progress. "
                      "Unshaded actions have not yet started.")
    doc.save(os.path.join(OUT, "bm1-brinsworth-academy-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------- 6 Aberdeenshire CPC csv
def aberdeenshire():
    rows = [
        ["Aberdeenshire Child Protection Committee - Joint Inspection of Services for Children at Risk of Harm: Improvement Plan"] + [""] * 7,
        [""] * 8,
        ["Priority area", "Ref", "Improvement action", "Lead", "Timescale", "Measure of success", "Progress update", "RAG status"],
        ["1. Chronologies are not consistently used to identify patterns of risk", "1.1",
         "Introduce a single multi-agency chronology template across social work, health and education.",
         "Lead Officer, Child Protection Committee", "Dec-24",
         "Template in use in all new child protection cases.",
         "Template agreed by CPC in November and launched on 2 December.", "Complete"],
        ["", "1.2", "Deliver chronology training to practitioners in all three localities.",
         "CPC Learning and Development Officer", "31/03/2025",
         "At least 300 practitioners trained.", "212 practitioners trained to date; further sessions in March.", "Green"],
        ["", "1.3", "Audit the quality of chronologies in a sample of 40 cases.",
         "Quality Assurance Subgroup Chair", "June 2025",
         "80% of audited chronologies rated good or better.", "Audit tool agreed; fieldwork starts in May.", "Green"],
        ["2. The views of children and young people are not always heard in planning", "2.1",
         "Extend the Mind of My Own app to all children on the child protection register.",
         "Chief Social Work Officer", "Sep-25",
         "Increase in children's views recorded at case conferences.",
         "Licence extended; uptake slower than expected in Central locality.", "Amber"],
        ["", "2.2", "Establish a young people's reference group to advise the CPC.",
         "Children's Rights Officer", "Ongoing",
         "Group meets quarterly and reports to CPC.", "Two meetings held. Members helped design the new leaflet.", "Green"],
        ["3. Quality assurance and self-evaluation need to be strengthened", "3.1",
         "Develop a multi-agency performance framework with agreed indicators for children at risk of harm.",
         "Police Scotland (DCI, Public Protection Unit) and NHS Grampian Nurse Consultant",
         "30/09/2025", "Framework reported to CPC each quarter.",
         "Draft indicators circulated; NHS Grampian data still to be confirmed.", "Amber"],
        ["", "3.2", "Hold an annual multi-agency self-evaluation event.",
         "Lead Officer, Child Protection Committee", "Nov 2025",
         "Event held and improvement actions agreed.", "", ""],
    ]
    with open(os.path.join(OUT, "bm1-aberdeenshire-cpc-children-at-risk-joint-inspection-improvement-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Cwm Taf Morgannwg RSB JICPA txt
def cwmtaf():
    L = []
    L.append("Cwm Taf Morgannwg Safeguarding Board - Joint Inspection of Child Protection Arrangements (JICPA) Multi-agency Action Plan\t\t\t\t\t\t")
    L.append("Updated for Board meeting 21 January 2025\t\t\t\t\t\t")
    L.append("\t\t\t\t\t\t")
    L.append("Ref\tArea for development\tAction\tLead\tTarget date\tRAG\tProgress")
    data = [
        ("Theme 1: Leadership and partnership working", [
            ("1.1", "Partners should ensure that strategy discussions include all relevant agencies, including education.",
             "Amend the strategy discussion procedure so that education is invited to every strategy discussion for a school-age child.",
             "Head of Safeguarding, RCT", "31/10/2024", "B",
             "Procedure amended and issued to MASH staff in October."),
            ("1.2", "",
             "Audit attendance at strategy discussions each quarter and report to the Quality Assurance subgroup.",
             "QA Subgroup Chair", "Quarterly", "G",
             "Q3 audit: education present in 71% of strategy discussions, up from 38%."),
            ("1.3", "Leaders should improve the sharing of information about domestic abuse incidents with schools.",
             "Roll out Operation Encompass notifications to all schools in Merthyr Tydfil and Bridgend.",
             "South Wales Police DI (PPU) & Education Safeguarding Lead", "Mar-25", "A",
             "Live in Merthyr Tydfil; Bridgend go-live awaiting data sharing agreement."),
        ]),
        ("Theme 2: Practice with children and families", [
            ("2.1", "Practitioners should consistently record the lived experience of the child in assessments.",
             "Deliver 'voice of the child' practice workshops for social workers, health visitors and school nurses.",
             "Principal Social Worker", "April 2025", "G",
             "Six workshops delivered; two further sessions in March."),
            ("2.2", "",
             "Add a lived experience prompt to the Wales Community Care Information System assessment form.",
             "WCCIS Systems Lead", "TBC", "R",
             "Change request submitted to the national team; no date for release yet."),
            ("2.3", "Health partners should ensure that records of child protection medicals are available to the conference.",
             "Introduce a summary report from the paediatrician for every initial child protection conference following a medical.",
             "Designated Doctor, CTM UHB", "30/06/2025", "",
             "Not started - scheduled for Q1 2025/26."),
        ]),
    ]
    for theme, acts in data:
        L.append("\t\t\t\t\t\t")
        L.append(theme + "\t\t\t\t\t\t")
        for a in acts:
            L.append("\t".join(a))
    L.append("\t\t\t\t\t\t")
    L.append("Key: B = complete, G = on track, A = some delay, R = off track\t\t\t\t\t\t")
    with open(os.path.join(OUT, "bm1-cwm-taf-morgannwg-rsb-jicpa-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


if __name__ == "__main__":
    leeds(); npt(); kyloe(); doncaster(); brinsworth(); aberdeenshire(); cwmtaf()
