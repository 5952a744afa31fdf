"""Generator for the dk1- blind cases (children's services plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "lblue": "DDEBF7"}.items()}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(OUT, name)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1 Adel Beck SCH (xlsx)
def adel_beck():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = "Adel Beck Secure Children's Home – Ofsted Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Leeds City Council, Children and Families | Full inspection 15–17 October 2024 | Last updated 03/03/2025"
    hdr = ["No.", "Requirement / Recommendation", "Action to be taken", "Responsible",
           "Timescale", "Revised date", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.border = BOX; c.alignment = WRAP
    def section(r, text):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, text); c.font = Font(bold=True); c.fill = FILL["grey"]
    req1 = ("The registered person must ensure that each use of restrictive physical intervention is recorded within 24 hours "
            "and that the record includes the child's views. (Regulation 35(3)(a)) Due date: 31 January 2025")
    req2 = ("The registered person must ensure that the fire risk assessment for the home is reviewed following any change "
            "to the premises. (Regulation 25(1)) Due date: 31 December 2024")
    rec1 = ("The registered person should ensure that children's individual education plans set out specific, measurable "
            "targets that are reviewed regularly. ('Guide to the children's homes regulations including the quality standards', "
            "page 29, paragraph 5.9)")
    rec2 = ("The registered person should ensure that staff receive supervision in line with the home's policy. ('Guide to the "
            "children's homes regulations including the quality standards', page 61, paragraph 19.4)")
    rows = {
        6: ["1.1", req1, "All RPI records to be checked by the duty manager before the end of each shift and signed off by the Registered Manager within 24 hours.",
            "Registered Manager", D(2024, 12, 13), None,
            "Daily sign-off in place since 2 December. Audit of December records found 96% signed off within 24 hours.", "Complete", None],
        7: ["1.2", None, "Amend the post-incident debrief template to include a section for the child's views, and brief all staff teams.",
            "Deputy Manager (Care)", D(2025, 1, 31), None,
            "Template live. Briefings done for three of four teams; night team briefing booked for 28/01.", None, "green"],
        8: ["2.1", req2, "Commission an updated fire risk assessment from Leeds Building Services following completion of the new education block.",
            "Registered Manager / Facilities Officer", D(2024, 12, 20), None,
            "Assessment completed 18/12/24. Two minor actions identified, both closed.", "B", "blue"],
        11: ["3.1", rec1, "Introduce a revised IEP format with SMART targets, reviewed at half-termly progress meetings.",
             "Head of Education", "Summer term 2025", None,
             "New format drafted and trialled with two young people. Full roll-out after Easter.", "A", "amber"],
        12: ["3.2", None, "Education staff to receive training on writing measurable targets.",
             "Head of Education", D(2025, 2, 28), None,
             "Training delivered to all teaching staff on 14 February 2025.", "Complete", "blue"],
        13: ["4.1", rec2, "Supervision tracker to be reviewed monthly by the Registered Manager and reported to the Service Manager.",
             "RM", "Ongoing", None,
             "Tracker shows 88% of supervisions in timescale for January, up from 71% at inspection.", None, "amber"],
        14: ["4.2", None, "Recruit two additional shift leaders to increase supervisory capacity.",
             "Service Manager", D(2025, 1, 31), D(2025, 3, 31),
             "One appointment made (starts April). Second post re-advertised after an unsuccessful round.", "R", "red"],
    }
    section(5, "Requirements")
    section(10, "Recommendations")
    for r, v in rows.items():
        for i, val in enumerate(v[:8], 1):
            if i == 2 and val is None:
                continue
            c = ws.cell(r, i, val); c.alignment = WRAP; c.border = BOX
            if isinstance(val, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if v[8]:
            ws.cell(r, 8).fill = FILL[v[8]]
    for a, b in [(6, 7), (11, 12), (13, 14)]:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    ws["A16"] = "RAG key:"; ws["A16"].font = Font(bold=True)
    for i, (t, f) in enumerate([("Blue – complete", "blue"), ("Green – on track", "green"),
                                ("Amber – some slippage", "amber"), ("Red – off track", "red")]):
        c = ws.cell(16, 2 + i, t); c.fill = FILL[f]
    for col, w in zip("ABCDEFGH", [6, 45, 50, 22, 14, 14, 50, 8]):
        ws.column_dimensions[col].width = w
    wb.save(p("dk1-adel-beck-sch-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Kirklees YJS (docx)
def kirklees():
    doc = Document()
    doc.add_heading("Kirklees Youth Justice Service – HM Inspectorate of Probation Inspection Improvement Plan", 0)
    doc.add_paragraph(
        "HM Inspectorate of Probation inspected Kirklees Youth Justice Service in September 2024 and made four "
        "recommendations. This plan sets out how the service and the Youth Justice Management Board will respond. "
        "Progress is reported to every meeting of the Management Board.")
    t = doc.add_table(rows=4, cols=4); t.style = "Table Grid"
    for i, row in enumerate([["Version", "Date", "Author", "Approved by"],
                             ["0.3", "29/11/2024", "JB", "YJ Management Board"],
                             ["1.0", "12/12/2024", "JB", "YJ Management Board"],
                             ["1.1", "20/02/2025", "JB / SK", "Progress update"]]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_paragraph("")
    cols = ["Ref", "Action", "Lead", "By when", "Progress update", "RAG"]

    def plan_table(recs):
        n = 1 + sum(1 + len(a) for _, a in recs)
        tb = doc.add_table(rows=n, cols=6); tb.style = "Table Grid"
        for j, h in enumerate(cols):
            tb.cell(0, j).text = h; tb.cell(0, j).paragraphs[0].runs[0].bold = True; shade(tb.cell(0, j), "D9E2F3")
        r = 1
        for rec, acts in recs:
            m = tb.cell(r, 0).merge(tb.cell(r, 5)); m.text = rec
            m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2"); r += 1
            for a in acts:
                for j, v in enumerate(a):
                    tb.cell(r, j).text = v
                r += 1

    doc.add_heading("Section 1: Recommendations for the Youth Justice Service Manager", 1)
    plan_table([
        ("Recommendation 1: ensure that assessments and plans consider the safety of other people, including known and potential victims",
         [("1a", "Deliver refresher training on the AssetPlus risk of serious harm sections to all case managers.", "JB", "January 2025",
           "Two sessions delivered in December and January; 23 of 24 staff attended.", "Complete"),
          ("1b", "Introduce monthly thematic audits of safety and wellbeing and risk of harm, reported to the Management Board quarterly.",
           "JB / SK", "Q1 2025/26", "First two audits completed (December and January). Audit tool agreed with the QA lead.", "Green")]),
        ("Recommendation 2: improve the recording of management oversight on case records",
         [("2a", "Revise the management oversight guidance and add an oversight case note type to ChildView.",
           "YJS Team Manager (Court and Custody)", "End of March 2025",
           "Guidance drafted. The new case note type is delayed by a system upgrade and is now expected in April.", "Amber"),
          ("2b", "Dip sample ten cases per month for evidence of recorded oversight.", "Practice Development Lead", "Monthly",
           "Dip sampling in place since November. January sample: 7 of 10 cases had oversight recorded.", "Green")]),
    ])
    doc.add_paragraph("")
    doc.add_heading("Section 2: Recommendations for the Youth Justice Management Board", 1)
    plan_table([
        ("Recommendation 3: make sure that children have timely access to speech, language and communication assessments",
         [("3a", "Agree a service level agreement with Locala for a 0.6 FTE speech and language therapist based within the YJS.",
           "Head of Early Support", "Sept 2024 – March 2025",
           "Funding agreed by the Board in January. SLA with Locala in draft.", "Amber"),
          ("3b", "Screen all children for speech, language and communication needs at the start of an order.", "YJS Health Lead",
           "April 2025", "Dependent on 3a.", "Not started")]),
        ("Recommendation 4: ensure that the Management Board has the information it needs to understand and address disproportionality",
         [("4a", "Add a disproportionality section to the quarterly performance report, broken down by ethnicity, gender and care status.",
           "Performance and Intelligence Manager", "31/03/2025", "Dataset built; first report to the March Board.", "Green"),
          ("4b", "Hold a Board development session on disproportionality, led by the Chair.", "Chair of Management Board", "TBC",
           "Date to be agreed at the March Board.", "")]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete – action finished and evidenced; Green – on track; Amber – some delay, recoverable; "
                      "Red – off track, Board support needed; Not started.")
    doc.save(p("dk1-kirklees-yjs-hmip-improvement-plan.docx"))


# ---------------------------------------------------------------- 3 Ysgol Uwchradd Caergybi (txt, tab export)
def caergybi():
    lines = [
        "Ysgol Uwchradd Caergybi – Post-inspection Action Plan (PIAP)",
        "Estyn core inspection: March 2024. Plan agreed by the governing body on 13 May 2024, updated January 2025.",
        "",
        "\t".join(["Ref", "Recommendation", "Action", "Success criteria", "Person responsible", "Timescale", "Monitoring / progress", "RAG"]),
    ]
    rows = [
        ["1.1", "R1 Improve attendance and reduce persistent absence",
         "Appoint an attendance officer to work with families of pupils whose attendance is below 90%.",
         "Whole-school attendance rises to 91% by July 2025.", "Headteacher", "September 2024",
         "Appointed; started 2 Sept 2024.", "Complete"],
        ["1.2", "", "Weekly attendance meetings with heads of year and the Education Welfare Officer (Anglesey).",
         "Persistent absence falls below 20%.", "DHT (Wellbeing) / EWO", "Weekly",
         "Meetings in place. Persistent absence 23.4% at end of autumn term (27.9% last year).", "Green"],
        ["1.3", "", "Introduce first-day calling and a stepped attendance letter process.",
         "All absences followed up on the first day.", "AHT", "Autumn term 2024",
         "First-day calling in place from October half term.", "Green"],
        ["2.1", "R2 Strengthen the quality of teaching so that it consistently challenges pupils",
         "Whole-school INSET on questioning and challenge, followed by coaching triads.",
         "Observations show challenge in at least 80% of lessons.", "DHT (Teaching and Learning)", "Oct 2024 – Feb 2025",
         "INSET delivered. Triads started late in two departments because of staff absence.", "Amber"],
        ["2.2", "", "Lesson observations and book scrutiny focused on challenge each half term.",
         "Findings shared with departments within two weeks.", "SLT", "Termly",
         "Autumn round completed; summary to governors in December.", "Green"],
        ["3.1", "R3 Improve the rigour of self-evaluation and improvement planning",
         "Revise the self-evaluation calendar so that findings from monitoring feed directly into departmental improvement plans.",
         "All departmental plans refer to monitoring evidence.", "Headteacher", "31/10/2024",
         "New calendar in use; all departmental plans revised in October.", "Complete"],
        ["3.2", "", "Governors' standards committee to receive termly reports on progress against the PIAP.",
         "Minutes show governors challenging progress.", "Chair of Governors", "Summer term 2025",
         "First report due at the spring meeting.", "Not started"],
        ["4.1", "R4 Address the safeguarding issues identified during the inspection",
         "Secure all site access points and make sure visitor sign-in procedures are followed consistently.",
         "No breaches found in termly site checks.", "Business Manager", "April 2024",
         "Gates and fencing repaired; new sign-in system in reception.", "Complete"],
    ]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "RAG key: Red – not on track; Amber – some progress; Green – on track; Complete – action finished"]
    with open(p("dk1-ysgol-uwchradd-caergybi-estyn-post-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 4 St Cecilia's College Derry (docx)
def st_cecilias():
    doc = Document()
    doc.add_heading("St Cecilia's College, Derry ~ Action Plan following ETI Inspection", 0)
    t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Date of inspection", "November 2023"),
                                ("Plan approved by Board of Governors", "25 January 2024"),
                                ("Review dates", "April 2024, June 2024, October 2024")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_paragraph("")
    afis = [
        ("To improve the consistency of the quality of learning and teaching in key stage 3, so that all pupils are challenged appropriately.",
         [("Establish a teaching and learning group to share effective practice in differentiation across departments.",
           "Vice Principal (Curriculum)", "Jan 2024", "Group meets half-termly; practice shared at staff development days.", "00B050"),
          ("Programme of peer observation focused on questioning, with follow-up at department meetings.",
           "Heads of Department", "Termly", "Observation records show improved questioning in most lessons.", "FFC000"),
          ("Review the key stage 3 assessment calendar to include common assessment tasks in English and mathematics.",
           "Mrs O'Doherty / Mr McLaughlin", "By end of May 2024", "Common tasks used in each year group.", "FFC000")]),
        ("To develop further the use of data by middle leaders to identify and address underachievement.",
         [("Training for heads of department on using SIMS assessment data and CAT4 results to set targets.",
           "Data Manager", "February 2024", "All heads of department set targets using the data.", "00B050"),
          ("Heads of department to present an annual review of examination outcomes to SLT, with actions for identified groups.",
           "Heads of Department", "September 2024", "Reviews completed and actions tracked by SLT.", "FFC000"),
          ("Introduce half-termly tracking meetings for year 12 and year 14 pupils at risk of underachievement.",
           "Head of Sixth Form", "Ongoing", "Fewer pupils below target grades at each tracking point.", "FF0000")]),
    ]
    for n, (text, acts) in enumerate(afis, 1):
        doc.add_heading(f"Area for improvement {n}", 2)
        doc.add_paragraph(text)
        tb = doc.add_table(rows=1 + len(acts), cols=5); tb.style = "Table Grid"
        for j, h in enumerate(["Actions", "Who", "When", "Success criteria", "RAG"]):
            tb.cell(0, j).text = h; tb.cell(0, j).paragraphs[0].runs[0].bold = True; shade(tb.cell(0, j), "E7E6E6")
        for i, (a, w, wh, sc, col) in enumerate(acts, 1):
            for j, v in enumerate([a, w, wh, sc]):
                tb.cell(i, j).text = v
            shade(tb.cell(i, 4), col)
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Green = achieved    Amber = in progress    Red = behind schedule")
    doc.save(p("dk1-st-cecilias-college-derry-eti-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5 Cornwall SEND (csv)
def cornwall_send():
    P1 = ("Area for priority action 1: Leaders across education, health and care should improve the timeliness and quality of "
          "education, health and care (EHC) plans so that they accurately reflect children and young people's needs.")
    P2 = ("Area for priority action 2: Leaders should reduce waiting times for neurodevelopmental assessment and make sure "
          "that support is available to children and families while they wait.")
    A1 = ("Area for improvement 1: Leaders should strengthen co-production of strategic plans with children, young people "
          "and their families.")
    hdr = ["Area for priority action", "Ref", "Action", "Lead officer", "Start date", "End date", "Progress update", "RAG"]
    rows = [
        [P1, "1.1", "Recruit additional EHC coordinators and educational psychologists to clear the backlog of assessments over 20 weeks.",
         "Head of SEND Assessment", "Sep-24", "Mar-25", "5 of 7 EHC coordinator posts filled. Backlog reduced from 412 to 268.", "A"],
        ["", "1.2", "Introduce a multi-agency quality assurance panel that audits 10% of new EHC plans each month.",
         "SEND QA Lead; Designated Clinical Officer", "Sep-24", "Dec-24", "Panel running since October. First quarterly report to the SEND Partnership Board in January.", "B"],
        ["", "1.3", "Health advice returned within 6 weeks for 90% of requests.", "Designated Clinical Officer", "Oct-24", "31/07/2025",
         "78% within 6 weeks in December, up from 54%.", "G"],
        [P2, "2.1", "Commission additional autism assessment capacity from an independent provider.",
         "ICB Head of Children's Commissioning", "Oct-24", "Jan-25",
         "Procurement paused after market engagement. Revised timeline going to the March Board.", "R"],
        ["", "2.2", "Launch a 'waiting well' offer with the parent carer forum, including workshops and a helpline.",
         "Parent Carer Forum / CFT", "Sep-24", "Nov-24", "Launched 4 November; 160 families attended workshops so far.", "B"],
        [A1, "3.1", "Co-produce the refreshed SEND and Alternative Provision Strategy with the parent carer forum and the young people's SEND council.",
         "Strategic Lead for SEND", "Nov-24", "Apr-25", "Four engagement events held; draft strategy being written with forum members.", "G"],
        ["", "3.2", "Publish a 'You said, we did' update on the Local Offer each term.", "Local Offer Officer", "Jan-25", "Termly",
         "First update published January 2025.", "G"],
    ]
    with open(p("dk1-cornwall-send-area-inspection-priority-action-plan.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Cornwall SEND Local Area Partnership – Priority Action Plan following the Ofsted/CQC area SEND inspection"] + [""] * 7)
        w.writerow(["Version 2.0 – progress at 31 January 2025"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
        w.writerow([""] * 8)
        w.writerow(["RAG key: B = complete, G = on track, A = some risk to delivery, R = off track"] + [""] * 7)


# ---------------------------------------------------------------- 6 Daldorch House School (xlsx, refuse)
def daldorch():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement plan"
    ws["A1"] = "Daldorch House School – Care Inspectorate Improvement Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Care home service for children and young people | Unannounced inspection 3–5 September 2024 | Plan updated 14/01/2025"
    hdr = ["Requirement / Area for improvement", "Action", "Responsible", "Target date", "Status", "Evidence / comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["lblue"]; c.border = BOX
    ws.merge_cells("A5:F5"); ws["A5"] = "Requirements"; ws["A5"].font = Font(bold=True); ws["A5"].fill = FILL["grey"]
    ws.merge_cells("A10:F10"); ws["A10"] = "Areas for improvement"; ws["A10"].font = Font(bold=True); ws["A10"].fill = FILL["grey"]
    R1 = ("1. By 31 December 2024, the provider must ensure that each young person's personal plan reflects their current "
          "needs, risks and outcomes, and is reviewed with them and their family.")
    R2 = ("2. By 28 February 2025, the provider must ensure that medication is managed and administered safely by staff "
          "who have been assessed as competent.")
    F1 = ("1. To support young people's wellbeing, the provider should ensure that young people have regular opportunities "
          "to take part in activities in their local community.")
    F2 = "2. The provider should ensure that staff receive regular, recorded supervision in line with the organisation's policy."
    rows = {
        6: [R1, "Keyworkers to review all personal plans with young people and families.", "Depute Manager", D(2024, 12, 20), "Complete",
            "All 14 plans reviewed; family views recorded in 12."],
        7: [None, "Monthly audit of personal plans by the Registered Manager.", "Registered Manager", "Ongoing", "On track",
            "December audit completed."],
        8: [R2, "All staff who administer medication to complete the NAS medication competency assessment.",
            "Depute Manager / Nurse Lead", "Febuary 2025", "In progress", "31 of 44 staff assessed as competent."],
        9: [None, "Introduce weekly medication audits, with findings discussed at house team meetings.", "Team Leaders",
            D(2025, 1, 31), "Complete", "Weekly audits in place in all four houses."],
        11: [F1, "Agree an activity plan with each young person and link with local clubs and the leisure centre.",
             "Activities Coordinator", D(2025, 3, 31), "On track", "Plans agreed with 9 young people so far."],
        12: [F2, "Supervision schedule for all staff, monitored through the monthly quality report.", "Registered Manager",
             D(2025, 4, 30), "Not started", ""],
    }
    for r, v in rows.items():
        for i, val in enumerate(v, 1):
            if val is None:
                continue
            c = ws.cell(r, i, val); c.alignment = WRAP; c.border = BOX
            if isinstance(val, dt.datetime):
                c.number_format = "mmm-yy"
    ws.merge_cells("A6:A7"); ws.merge_cells("A8:A9")
    for col, w in zip("ABCDEF", [50, 50, 24, 14, 14, 40]):
        ws.column_dimensions[col].width = w
    wb.save(p("dk1-daldorch-house-school-care-inspectorate-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 7 Strode College (xlsx)
def strode():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP 2024-25"
    ws.merge_cells("A1:I1"); ws["A1"] = "Strode College – Post-Inspection Action Plan 2024/25"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2"); ws["A2"] = "Ofsted inspection 5–8 March 2024. Monitored by the Quality and Standards Committee."
    hdr = ["Area for improvement (Ofsted)", "Ref", "Actions", "Lead", "Target date", "Revised target date",
           "Impact measure", "Progress update (Jan 2025)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.alignment = WRAP; c.border = BOX
    A1 = ("Leaders should ensure that learners on adult learning programmes receive useful feedback that helps them to "
          "improve their work.")
    A2 = "Leaders should improve attendance in English and mathematics lessons for learners aged 16 to 18."
    A3 = "Governors should hold leaders to account more rigorously for the quality of apprenticeship provision."
    rows = [
        (5, A1, "1.1", "Introduce a college-wide feedback policy for adult programmes, with exemplars for tutors.", "DM",
         D(2024, 9, 30), None, "Policy in use by all adult tutors.", "Policy launched at September staff training.", "Complete", "blue"),
        (6, None, "1.2", "Quarterly learning walks focused on written and verbal feedback in adult learning.", "DM, KT",
         D(2024, 12, 31), D(2025, 3, 31), "80% of work sampled shows developmental feedback.",
         "First walk completed in November (64%). Second walk moved to March.", "Amber", "amber"),
        (7, A2, "2.1", "Daily follow-up of absence from English and maths by progress coaches, with same-day contact home.", "JH",
         D(2024, 10, 31), None, "Attendance at 85% or above.", "Attendance 82.6% to end of January (74% last year).", "On track", "green"),
        (8, None, "2.2", "Move GCSE resit lessons to morning sessions aligned with vocational timetables.", "JH/PW",
         D(2024, 9, 6), None, "Timetable in place from September.", "Done for all full-time 16–18 programmes.", "Complete", "blue"),
        (9, None, "2.3", "Monthly attendance report to the Quality and Standards Committee.", "Director of Quality",
         "Monthly", None, "Committee minutes show challenge.", "Reports received October to January.", "Green", "green"),
        (10, A3, "3.1", "Establish a governor link for apprenticeships and include apprenticeship achievement data in every board report.",
         "Clerk to the Corporation", D(2024, 7, 31), None, "Link governor appointed; data in all reports.",
         "Link governor appointed July 2024.", "Complete", "blue"),
        (11, None, "3.2", "Governor training on apprenticeship funding rules and end-point assessment.",
         "Clerk to the Corporation / Head of Apprenticeships", D(2025, 2, 28), None, "All governors trained.",
         "Session postponed twice; rescheduled for 12 March 2025.", "Red", "red"),
    ]
    for r, *v, fill in rows:
        for i, val in enumerate(v, 1):
            if val is None:
                continue
            c = ws.cell(r, i, val); c.alignment = WRAP; c.border = BOX
            if isinstance(val, dt.datetime):
                c.number_format = "mmm-yy"
        ws.cell(r, 9).fill = FILL[fill]
    ws.merge_cells("A5:A6"); ws.merge_cells("A7:A9"); ws.merge_cells("A10:A11")
    ws["A13"] = "Key"; ws["A13"].font = Font(bold=True)
    for i, (t, f) in enumerate([("Complete", "blue"), ("Green = on track", "green"), ("Amber = at risk", "amber"), ("Red = off track", "red")]):
        ws.cell(14 + i, 1, t).fill = FILL[f]
    for col, w in zip("ABCDEFGHI", [45, 6, 50, 22, 12, 12, 32, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(p("dk1-strode-college-ofsted-post-inspection-action-plan.xlsx"))


if __name__ == "__main__":
    adel_beck(); kirklees(); caergybi(); st_cecilias(); cornwall_send(); daldorch(); strode()
