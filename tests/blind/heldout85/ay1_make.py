"""Generate ay1- blind test documents (children's services plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0", "grey": "D9D9D9", "head": "1F3864"}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def fill(c):
    return PatternFill("solid", start_color=FILL[c], end_color=FILL[c])

def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("head"); c.alignment = WRAP; c.border = BOX

def d(y, m, day):
    return dt.datetime(y, m, day)

# ---------------------------------------------------------------- 1 Brighton & Hove ILACS
def brighton():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Ofsted ILACS Improvement Plan 2024–25"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Brighton & Hove City Council – Families, Children and Learning"
    ws["A3"] = "Updated: 14/10/2024   |   Plan owner: Executive Director, Families, Children and Learning"
    cols = ["Ref", "Action", "Lead Officer", "Target Date", "Revised Target Date", "Progress update (October 2024)", "RAG"]
    hdr(ws, 5, cols)
    rows = [
        ("rec", "1. Management oversight and supervision so that plans for children in need progress without delay"),
        ("1.1", "Refresh the supervision policy and audit tool, with a clear expectation that supervision records show reflective discussion and actions with timescales.",
         "Head of Safeguarding", d(2024, 7, 31), None,
         "Policy signed off at SMT on 18 July. Dip sample of 40 supervision records completed in September and shared with team managers.", "Complete", "blue"),
        ("1.2", "Team managers to complete monthly case tracking for all children in need open longer than nine months.",
         "Service Manager (CIN/CP)", d(2024, 9, 30), d(2024, 12, 31),
         "Tracker built in Liquidlogic; two teams still to start because of manager vacancies. Revised date agreed at Improvement Board.", "Amber", "amber"),
        ("1.3", "Introduce quarterly practice weeks with senior leaders auditing alongside practitioners.",
         "PSW / Head of QA", "Quarterly", None,
         "First practice week held in June 2024 (28 audits). Next week booked for November.", "Green", "green"),
        ("rec", "2. Sufficiency of local homes for children in care, including older children with complex needs"),
        ("2.1", "Publish the refreshed Sufficiency Strategy 2024–2027 with a costed plan for in-house residential provision.",
         "Assistant Director, Corporate Parenting", d(2024, 11, 30), None,
         "Draft strategy out to consultation with the Children in Care Council until 25 October.", "Green", "green"),
        ("2.2", "Recruit 20 additional fostering households through the Fostering Friends campaign.",
         "Head of Fostering & Adoption", "March 2025", None,
         "11 households approved to date; enquiries were lower than forecast over the summer.", "Amber", "amber"),
        ("2.3", "Open a two-bed children's home in the east of the city.",
         "KM / JT", d(2025, 6, 30), d(2025, 10, 31),
         "Planning permission delayed; registration with Ofsted now expected in autumn 2025.", "Red", "red"),
        None,
        ("rec", "3. The timeliness and quality of return home interviews for children who go missing"),
        ("3.1", "Re-commission the return home interview service with a 72-hour completion standard written into the contract.",
         "Commissioning Manager", d(2024, 9, 1), None,
         "New contract started 1 September 2024.", "Complete", "blue"),
        ("3.2", "Report RHI timeliness monthly to the Missing, Exploited and Trafficked (MET) panel.",
         "Head of Adolescent Services", "Monthly", None,
         "August performance 81% within 72 hours (target 90%).", "Green", "green"),
    ]
    r = 6
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] == "rec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = fill("grey")
        else:
            ref, act, lead, tgt, rev, prog, rag, col = row
            vals = [ref, act, lead, tgt, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(col)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Red – off track; Amber – some slippage, recovery plan in place; Green – on track; Complete – action completed and evidenced.")
    for col, w in zip("ABCDEFG", [7, 60, 28, 13, 13, 60, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ay1-brighton-hove-ilacs-improvement-plan.xlsx"))

# ---------------------------------------------------------------- 2 NewVIc PIAP
def newvic():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "NewVIc Post-Inspection Action Plan 2024–25"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Newham Sixth Form College – following Ofsted inspection 14–17 May 2024 (overall effectiveness: Requires improvement)"
    hdr(ws, 4, ["Area for improvement", "Actions", "Responsibility", "Timescale", "Success criteria / impact measures", "Progress / evidence", "RAG"])
    groups = [
        ("Leaders and managers should ensure that teachers on A-level programmes plan learning that builds on what students already know, so that they make the progress of which they are capable.", [
            ("Carry out a curriculum intent and sequencing review for every A-level subject, led by heads of department with a link senior leader.", "Deputy Principal (Curriculum & Quality)", "Autumn term 2024", "All A-level schemes of work revised and sequenced; reviewed at Quality Board.", "Reviews complete for 14 of 14 subjects.", "green"),
            ("Deliver a CPD programme on retrieval practice and checking for understanding on staff development days.", "Head of Teaching, Learning & Assessment", "Termly", "Learning walks show retrieval practice in 80% of lessons observed.", "Two sessions delivered; third planned for February.", "amber"),
            ("Quality improvement lead to carry out learning walks in each A-level subject and report findings to the Quality Board.", "AT / RB", "Dec 2024", "Findings reported; actions logged on subject QIPs.", "Report presented 10 December.", "green"),
        ]),
        ("Leaders should improve students' attendance, particularly in GCSE English and mathematics lessons.", [
            ("Make first-day absence calls for all students whose attendance is below 85%.", "Head of Student Services", "Ongoing", "Attendance in GCSE English and maths rises to 85%.", "Calls in place since September; GCSE maths attendance 79% at half term.", "amber"),
            ("Set attendance targets for each tutor group and review them at fortnightly progress meetings.", "Heads of Faculty", "Jan 2025", "Targets set for all tutor groups.", "Targets on ProMonitor for all groups.", "green"),
            ("Pilot attendance incentives with the Students' Union for GCSE resit students.", "Student Experience Manager", "Summer term 2025", "Pilot evaluated; resit attendance improves by 5 percentage points.", "Pilot delayed until SU officers elected.", "red"),
        ]),
        ("Leaders should ensure that governors receive sufficiently detailed information about the quality of education to hold leaders to account.", [
            ("Revise the Quality and Standards Committee report to include subject-level data on progress, attendance and retention.", "Vice Principal Quality", "Nov 2024", "New report format in use from the November committee.", "Used at 19 November meeting.", "green"),
            ("Link governors to attend one curriculum deep dive each term.", "Chair of Governors", "July 2025", "Each link governor has attended three deep dives.", "Autumn deep dives attended by 4 of 6 link governors.", "amber"),
        ]),
    ]
    r = 5
    for afi, acts in groups:
        start = r
        for act in acts:
            vals = [afi if r == start else None] + list(act[:6 - 1])
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
            c = ws.cell(row=r, column=7); c.fill = fill(act[5]); c.border = BOX
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for label, col in [("Green – completed", "green"), ("Amber – in progress", "amber"), ("Red – behind schedule", "red")]:
        r += 1
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=label)
    for col, w in zip("ABCDEFG", [45, 55, 28, 16, 40, 40, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ay1-newvic-ofsted-post-inspection-action-plan.xlsx"))

# ---------------------------------------------------------------- 3 Adoption Counts (refuse)
def adoption_counts():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Adoption Counts – Ofsted Inspection Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection 4–8 March 2024. Plan agreed by the Adoption Counts Partnership Board on 22 May 2024."
    hdr(ws, 4, ["No.", "Recommendation", "Action", "Lead", "By when", "Status", "Update"])
    rows = [
        ("1", "Ensure that adopters receive timely and consistent information about the adoption support fund and how to apply.",
         "Update the adoption support webpage and the information pack given at approval panel.", "Adoption Support Manager", "June 2024", "Complete", "New pages live 12 June."),
        ("2", None, "Audit 20 adoption support assessments completed since April for timeliness.", "Practice Lead – Support", "August 2024", "Complete", "Audit showed 70% within 12 weeks; learning shared at team meeting."),
        ("3", "Ensure that the agency's records of recruitment checks on staff are complete.",
         "HR to complete a full check of all personnel files against Schedule 3.", "Business Manager", "July 2024", "Complete", "All files checked; two references obtained retrospectively."),
        ("4", None, "Add a recruitment checklist to the shared drive for each new starter.", "Business Manager", "July 2024", "Complete", ""),
        ("5", "Improve the quality of later life letters so that they are written in a way the child will understand.",
         "Deliver workshop for social workers from the five partner local authorities on writing later life letters.", "Head of Service", "Ocotber 2024", "On track", "Booked with the training provider; invitations sent."),
        ("6", None, "Quality assure all later life letters before they are sent to adopters.", "Team Managers", "Ongoing", "On track", "QA template in use since September."),
        ("7", "Ensure that panel minutes clearly record the panel's reasons for its recommendations.",
         "Panel chairs and panel adviser to agree a minute template with a 'reasons' section.", "Panel Adviser", "September 2024", "On track", "Draft template circulated to chairs."),
        ("8", None, "Annual report of the panel chairs to include a review of minute quality.", "Panel Chair / Agency Decision Maker", "March 2025", "Not started", ""),
    ]
    for i, row in enumerate(rows):
        r = 5 + i
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v); c.alignment = WRAP; c.border = BOX
    for col, w in zip("ABCDEFG", [6, 45, 50, 28, 15, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ay1-adoption-counts-raa-ofsted-action-plan.xlsx"))

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

# ---------------------------------------------------------------- 4 Scottish Borders
def borders():
    doc = Document()
    doc.add_paragraph("Scottish Borders Public Protection Committee")
    doc.add_heading("Joint Inspection of Services for Children and Young People at Risk of Harm – Improvement Plan 2023–2025", level=1)
    doc.add_paragraph("The joint inspection took place between November 2022 and April 2023 and the report was published on 23 May 2023. "
                      "This plan sets out how Scottish Borders Council, NHS Borders, Police Scotland and partners will address the areas for improvement "
                      "identified by the Care Inspectorate and its scrutiny partners. Progress is reported quarterly to the Critical Services Oversight Group (CSOG).")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        c.text = v
    bold_row(t.rows[0])
    for vals in [("0.1", "14/06/2023", "Lead Officer, Child Protection", "–"), ("1.0", "28/08/2023", "Lead Officer, Child Protection", "CSOG"), ("1.3", "05/03/2024", "Lead Officer, Child Protection", "Public Protection Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            c.text = v
    sections = [
        ("Area for improvement 1: The quality of chronologies and children's plans was variable", [
            ("1.1", "Agree a single multi-agency chronology template and guidance for use by social work, health and education.", "Chief Social Work Officer", "31/12/2023", "Template in use across all agencies; audit shows improvement in quality.", "Template approved by PPC in December 2023 and launched with briefings.", "Complete", "0070C0"),
            ("1.2", "Deliver SMART planning training for staff who chair or contribute to child's plan meetings.", "Lead Nurse Child Protection (NHS Borders)", "March 2024", "80% of relevant staff trained.", "Six sessions delivered, 142 staff attended.", "G", "00B050"),
            ("1.3", "Carry out a multi-agency case file audit of children's plans and report findings to the PPC.", "Claire Hume and Ross Aitken", "June 2024", "Audit report considered by PPC.", "Audit tool agreed; sample of 30 cases selected. Slight delay as health records access awaited.", "A", "FFC000"),
        ]),
        ("Area for improvement 2: Recovery support was not consistently available when children needed it", [
            ("2.1", "Map trauma recovery services available for children and young people and identify gaps by locality.", "Children's Services Planning Manager", "Jan-24", "Service map published; gaps reported to CSOG.", "Mapping complete, presented to CSOG on 18 January.", "Complete", "0070C0"),
            ("2.2", "Reduce waiting times for CAMHS and psychological therapies for children on the child protection register.", "General Manager, Mental Health", "Ongoing", "90% seen within 18 weeks.", "Currently 72%; additional clinical psychologist post recruited.", "A", "FFC000"),
            ("2.3", "Extend the Bairns' Hoose pathway pilot to include children who have experienced domestic abuse.", "DCI Public Protection / Lead Officer, Child Protection", "September 2024", "Pathway agreed and operational.", "Scoping with Scottish Government partners under way.", "G", "00B050"),
        ]),
        ("Area for improvement 3: The partnership did not have a shared and systematic approach to quality assurance and self-evaluation", [
            ("3.1", "Develop a multi-agency quality assurance framework with an annual self-evaluation calendar.", "Public Protection Business Manager", "Apr-24", "Framework approved by CSOG.", "Draft framework at consultation stage.", "G", "00B050"),
            ("3.2", "Establish a children and young people's reference group so that their views inform service planning.", "Participation Officer", "31/10/2024", "Group meets at least quarterly; evidence of influence on plans.", "Not yet started – post holder begins in May.", "R", "FF0000"),
        ]),
    ]
    for heading, acts in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Measure of success", "Progress", "RAG"]):
            c.text = v; shade(c, "D9D9D9")
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a[:7]):
                c.text = v
            shade(cells[6], a[7])
    doc.add_paragraph("")
    doc.add_paragraph("RAG status key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2); k.style = "Table Grid"
    for code, txt, col in [("R", "Significant concern – action off track", "FF0000"), ("A", "Some slippage – remedial action in place", "FFC000"), ("G", "On track to be delivered by the timescale", "00B050"), ("Complete", "Action achieved and evidenced", "0070C0")]:
        cells = k.add_row().cells
        cells[0].text = code; cells[1].text = txt; shade(cells[0], col)
    doc.save(os.path.join(OUT, "ay1-scottish-borders-children-at-risk-joint-inspection-improvement-plan.docx"))

# ---------------------------------------------------------------- 5 Ysgol Gyfun Emlyn PIAP
def emlyn():
    doc = Document()
    doc.add_heading("Ysgol Gyfun Emlyn – Post-Inspection Action Plan (PIAP)", level=1)
    doc.add_paragraph("Estyn core inspection: 15–18 January 2024. This plan responds to the three recommendations in the inspection report "
                      "and has been agreed by the governing body. It is reviewed at each full governors' meeting.")
    recs = [
        ("R1: Improve the quality of teaching so that it challenges pupils of all abilities consistently", [
            ("Establish a teaching and learning group to share effective practice in questioning and challenge.", "DHT (Teaching & Learning)", "Spring term 2024", "Group meets every half term; strategies shared with all staff.", "SLT lesson observations", "Complete"),
            ("Introduce a whole-school lesson observation and book scrutiny cycle focused on challenge.", "Mr D. Rees / Mrs S. Lloyd", "Summer term 2024", "Observations show challenge for more able pupils in most lessons.", "Line management meetings", "Green"),
            ("Provide coaching for teachers identified through the monitoring cycle.", "Headteacher", "Ongoing", "Coached teachers' lessons judged good or better.", "Performance management", "Amber"),
        ]),
        ("R2: Strengthen the provision for developing pupils' Welsh language skills across the curriculum", [
            ("Audit opportunities for extended Welsh writing in each Area of Learning and Experience.", "Head of Welsh", "Summer term 2024", "Audit completed; gaps identified in schemes of work.", "Curriculum committee", "Complete"),
            ("Appoint Welsh language champions in each department and run a termly Siarter Iaith event.", "Siarter Iaith Coordinator", "Autumn term 2024", "Champions in place in every department.", "Pupil voice survey", "Green"),
        ]),
        ("R3: Improve attendance, particularly for pupils eligible for free school meals", [
            ("Appoint a family engagement officer to work with families of persistent absentees.", "Business Manager", "Spring term 2024", "Officer in post; caseload of persistently absent pupils reduced.", "Attendance data (weekly)", "Complete"),
            ("Revise the attendance policy and staged response letters with the Education Welfare Service.", "Head of Year 9 / ALNCo", "Summer term 2024", "Revised policy approved by governors.", "Governors' pupil welfare committee", "Amber"),
            ("Track attendance of eFSM pupils monthly and report to governors each term.", "Assistant Headteacher (Wellbeing)", "Termly", "Gap between eFSM and other pupils narrows by 2 percentage points.", "Termly report", "Red"),
        ]),
    ]
    for rec, acts in recs:
        t = doc.add_table(rows=2, cols=6); t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        top.text = rec; shade(top, "BDD7EE"); bold_row(t.rows[0])
        for c, v in zip(t.rows[1].cells, ["Action", "Person responsible", "Timescale", "Success criteria", "Monitoring", "Progress (RAG)"]):
            c.text = v
        bold_row(t.rows[1])
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
        doc.add_paragraph("")
    doc.add_paragraph("Signed: ______________ Headteacher        ______________ Chair of Governors")
    doc.save(os.path.join(OUT, "ay1-ysgol-gyfun-emlyn-estyn-post-inspection-action-plan.docx"))

# ---------------------------------------------------------------- 6 Pembrokeshire YJS txt
def pembrokeshire():
    lines = [
        "Pembrokeshire Youth Justice Service – HMI Probation Inspection Improvement Plan",
        "Inspection fieldwork: October 2024\tReport published: 17 December 2024\tLast updated: 03/02/2025",
        "",
        "\t".join(["Rec No", "Recommendation", "Action", "Owner", "Target Date", "Status", "Comments"]),
    ]
    r1 = "Improve the quality of assessment and planning for keeping other people safe"
    r2 = "Ensure the management board has a clear understanding of the needs of children known to the service"
    r3 = "Strengthen the education, training and employment offer for children who are not in full-time education"
    rows = [
        ("R1.1", r1, "Deliver refresher training on AssetPlus risk of serious harm assessment to all case managers.", "YJS Operational Manager", "31/01/2025", "Complete", "Training delivered 14 and 21 January; 100% of case managers attended."),
        ("R1.2", r1, "Introduce management countersigning of all medium and high risk of serious harm assessments.", "YJS Manager", "28/02/2025", "On track", "Process agreed; being added to Childview workflow."),
        ("R1.3", r1, "Monthly internal audit of five cases against HMIP standards, reported to the Quality Assurance subgroup.", "CB, HW", "Monthly", "On track", "December and January audits complete."),
        ("R2.1", r2, "Produce a quarterly needs profile of the YJS cohort covering health, education, care status and disproportionality.", "Information Officer", "31/03/2025", "Not started", "Data sharing agreement with health awaited."),
        ("R2.2", r2, "Board induction pack and annual development session for all board members.", "Head of Children's Services", "30/04/2025", "Amber", "Development session postponed from January; new date to be set."),
        ("R3.1", r3, "Agree a protocol with Education so that YJS is notified when a child is placed on a reduced timetable.", "Education Lead (YJS)", "31/03/2025", "On track", "Draft protocol discussed at Inclusion panel."),
        ("R3.2", r3, "Commission a careers and work-tasters offer with Careers Wales and local employers.", "YJS Manager / Careers Wales Adviser", "30/06/2025", "On track", "Initial meeting held 22 January."),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "Status: Complete / On track / Amber (at risk) / Red (off track) / Not started"]
    with open(os.path.join(OUT, "ay1-pembrokeshire-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- 7 NE Lincs JTAI csv
def nelincs():
    rows = [
        ["North East Lincolnshire Safeguarding Children Partnership - JTAI Action Plan (Serious Youth Violence)", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Theme", "Area for improvement", "Action", "Lead agency", "Lead officer", "Deadline", "RAG", "Update"],
        ["Strategic oversight", "Partnership oversight of the response to children at risk of serious youth violence needs strengthening",
         "Establish an Exploitation and Serious Violence subgroup reporting to the Executive", "NELC", "Head of Safeguarding Partnership", "Sep-24", "B", "Subgroup met for the first time on 12 September 2024."],
        ["", "", "Agree a shared dataset on serious youth violence drawing on police, YJS, health and education data", "Humberside Police", "DI Sarah Holt", "Dec-24", "G", "Dataset agreed; first report due December."],
        ["", "Leaders do not have a clear view of the impact of the Serious Violence Duty strategy on children",
         "Include outcomes for children in the annual Serious Violence Duty strategic needs assessment", "Safer NEL", "Community Safety Manager", "Q4 2024/25", "G", ""],
        ["Practice", "Return conversations after missing episodes do not consistently explore exploitation risk",
         "Revise the return home interview template to include exploitation screening questions", "NELC", "Service Manager, Vulnerable Adolescents", "31/10/2024", "B", "New template in use from October."],
        ["", "", "Multi-agency audit of 15 return home interviews", "NELC / ICB", "SM/PK", "Jan-25", "A", "Audit delayed because of ICB staffing; now scheduled for February."],
        ["", "Health practitioners do not always share information about injuries that may indicate exploitation",
         "Develop an ED flagging process for young people presenting with stab or violence-related injuries", "NLAG", "Named Nurse Safeguarding Children", "Mar-25", "R", "Awaiting sign-off of the digital change request."],
        ["", "", "", "", "", "", "", ""],
        ["Children's voice", "The views of children and their families are not routinely used to shape services",
         "Hold two consultation events with young people known to the YOT and the Youth Council", "YOT", "YOT Manager", "Ongoing", "G", "First event held at the Youth Hub in November."],
        ["", "", "", "", "", "", "", ""],
        ["RAG key: B = complete, G = on track, A = at risk of slipping, R = off track", "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "ay1-nelincs-scp-jtai-action-plan.csv"), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)

if __name__ == "__main__":
    brighton(); newvic(); adoption_counts(); borders(); emlyn(); pembrokeshire(); nelincs()
    print("done")
