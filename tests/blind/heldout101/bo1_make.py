"""Generator for the bo1- blind cases (children's services plans). Run with /work/main/.venv/bin/python."""
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
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
RED = PatternFill("solid", fgColor="FF0000")
AMBER = PatternFill("solid", fgColor="FFC000")
GREEN = PatternFill("solid", fgColor="00B050")
BLUE = PatternFill("solid", fgColor="0070C0")
GREY = PatternFill("solid", fgColor="D9D9D9")
NAVY = PatternFill("solid", fgColor="1F3864")
LILAC = PatternFill("solid", fgColor="E4DFEC")


def p(name):
    return os.path.join(HERE, name)


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def header_row(table, labels, fill="1F3864"):
    for cell, lab in zip(table.rows[0].cells, labels):
        cell.text = ""
        run = cell.paragraphs[0].add_run(lab)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)


# ---------------------------------------------------------------- 1. Acorns (xlsx, refuse)
def acorns():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Acorns Children's Hospice – CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Location: Acorns in the Black Country, Walsall  |  Inspection: 4–5 June 2024  |  "
                "Report published: 21 August 2024")
    ws["A3"] = "Plan owner: Director of Care  |  Last updated: 30/09/2024"
    hdr = ["Ref", "Regulation", "CQC finding", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = NAVY
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("MUST DO",),
        ("MD1", "Reg 12 Safe care and treatment",
         "The provider must ensure that medicines are stored at the correct temperature and that fridge temperatures are recorded daily.",
         "Introduce a daily fridge and room temperature log on each unit, checked by the nurse in charge at handover, with out-of-range readings escalated to the pharmacist.",
         "Head of Nursing", D(2024, 9, 30), "Logs in place on all units since 19 August. Spot audit in September found 100% completion.", "Complete"),
        ("MD2", "Reg 17 Good governance",
         "The provider must ensure that audits of care records identify and act on gaps in risk assessments.",
         "Revise the monthly care record audit tool so that it includes moving and handling, nutrition and skin integrity risk assessments, and report results to the Clinical Governance Committee.",
         "Clinical Governance Lead", D(2024, 10, 31), "Revised tool drafted and piloted on Rainbow unit. First full audit due October.", "Amber"),
        ("MD3", "Reg 18 Staffing",
         "The provider must ensure that staff complete mandatory safeguarding level 3 training.",
         "Book all outstanding registered nurses onto safeguarding level 3 training and track completion weekly through the training dashboard.",
         "Education and Practice Development Manager", D(2024, 12, 31), "Compliance 81% (target 95%). Two further sessions booked for November.", "Amber"),
        ("SHOULD DO",),
        ("SD1", "",
         "The provider should ensure that families are given written information about how to raise a concern.",
         "Produce a family-friendly 'Tell us what you think' leaflet and include it in the admission pack.",
         "Family Support Lead", D(2024, 10, 31), "Leaflet co-produced with the parent forum; with print team.", "Green"),
        ("SD2", "",
         "The provider should continue to develop transition planning for young people moving to adult services.",
         "Agree a transition pathway with local adult hospices and start transition conversations from age 14, recorded in the care plan.",
         "Transition Coordinator", "Novemebr 2024", "Meetings held with two adult hospices; pathway in draft.", "Amber"),
        ("SD3", "",
         "The provider should ensure that the outcome of incident investigations is shared with staff.",
         "Publish a monthly 'Learning from incidents' bulletin and add a standing item to unit team meetings.",
         "Quality and Patient Safety Manager", D(2024, 9, 30), "First bulletin issued in September.", "Complete"),
        ("SD4", "",
         "The provider should review the call bell system in the Woodland suite.",
         "Commission an estates review of the call bell system and replace handsets that are not working.",
         "Facilities Manager", "Ongoing", "Handsets replaced; estates review awaiting contractor date.", "Amber"),
    ]
    r = 6
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = GREY
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if c == 6 and isinstance(v, D):
                    cell.number_format = "mmm-yy"
            rag = ws.cell(row=r, column=8)
            rag.fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[row[7]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for i, (t, f) in enumerate([("Complete", BLUE), ("Green – on track", GREEN),
                                ("Amber – some slippage", AMBER), ("Red – off track", RED)], 1):
        ws.cell(row=r + i, column=1, value=t).fill = f
    for col, w in zip("ABCDEFGH", [7, 18, 40, 50, 22, 12, 40, 10]):
        ws.column_dimensions[col].width = w
    wb.save(p("bo1-acorns-childrens-hospice-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 2. HMYOI Wetherby (xlsx)
def wetherby():
    wb = Workbook()
    ws = wb.active
    ws.title = "Wetherby action plan"
    ws["A1"] = "HMYOI Wetherby – Action Plan: HM Inspectorate of Prisons Inspection Report"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Unannounced inspection 10–21 June 2024. Report published 8 October 2024."
    ws["A3"] = ("This action plan responds to the concerns and recommendations in the report. Progress is "
                "reviewed monthly at the Senior Leadership Team meeting.")
    hdr = ["No.", "Concern / recommendation", "Agreed / Partly agreed / Not agreed", "Action",
           "Responsible owner", "Target date", "Revised target date", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = LILAC
        cell.border = BOX
        cell.alignment = WRAP
    data = [
        ("Priority concerns",),
        ("1", "Levels of violence were high and too many children were injured in fights and assaults.", "Agreed",
         "Refresh the violence reduction strategy with children's views, introduce weekly safety intervention meetings on each unit and publish monthly violence data to staff.",
         "Head of Safety", D(2024, 12, 31), None, "Amber"),
        ("2", "Children separated from their peers had very limited time out of their cells and little education.", "Agreed",
         "Set a minimum regime of four hours unlock for separated children and provide outreach education on the Anson unit, monitored through the daily separation log.",
         "Head of Residence / Head of Learning and Skills", D(2024, 11, 30), D(2025, 2, 28), "Amber"),
        ("3", "Attendance at education was too low and sessions were frequently cancelled.", "Agreed",
         "Agree a regime profile with the education provider so that staff cover protects core education sessions; report attendance and cancellations weekly to the Deputy Governor.",
         "Deputy Governor", D(2024, 10, 31), None, "Complete"),
        ("Safety",),
        ("4", "Strip-searching was not always authorised or recorded in line with policy.", "Agreed",
         "Re-brief all operational managers on the authorisation process and add a monthly quality assurance check of strip-search records to the security meeting.",
         "Head of Security", D(2024, 11, 30), None, "Complete"),
        ("5", "Use of force paperwork was often incomplete and body-worn camera footage was not always available.", "Partly agreed",
         "Issue body-worn cameras to all residential staff on shift and sample 10% of incidents each month at the use of force committee.",
         "Head of Operations", D(2025, 1, 31), None, "On track"),
        ("Care",),
        ("6", "Children's complaints were not always answered on time or to a good standard.", "Agreed",
         "Introduce a complaints tracker with a five-day reminder and quality assure a sample of replies each month.",
         "Business Hub Manager", D(2024, 12, 31), None, "Green"),
        ("7", "Children waited too long for some health assessments on arrival.", "Agreed",
         "Review the reception health screening rota so a nurse is available for late arrivals until 9pm.",
         "Head of Healthcare (Leeds Community Healthcare)", D(2025, 3, 31), None, "Amber"),
        ("Purposeful activity",),
        ("8", "Children had too little time in the open air and access to the gym was inconsistent.", "Agreed",
         "Timetable daily outdoor exercise for every unit and publish the gym schedule on the kiosk.",
         "Head of Residence", "Ongoing", None, "Green"),
        ("Resettlement",),
        ("9", "Release planning did not start early enough and accommodation was often confirmed late.", "Agreed",
         "Hold resettlement planning meetings at the 12-week point with youth offending teams, and escalate any child without confirmed accommodation four weeks before release.",
         "Head of Reducing Reoffending", D(2025, 3, 31), None, "Red"),
    ]
    r = 6
    for row in data:
        if len(row) == 1:
            cell = ws.cell(row=r, column=1, value=row[0])
            cell.font = Font(bold=True)
            cell.fill = GREY
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if c in (6, 7) and isinstance(v, D):
                    cell.number_format = "dd/mm/yyyy"
        r += 1
    for col, w in zip("ABCDEFGH", [6, 45, 14, 55, 28, 13, 13, 11]):
        ws.column_dimensions[col].width = w
    wb.save(p("bo1-hmyoi-wetherby-hmip-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. Great Academy Ashton (xlsx)
def gaa():
    wb = Workbook()
    ws = wb.active
    ws.title = "Post-Ofsted Plan"
    ws["A1"] = "Great Academy Ashton – Post-Ofsted Action Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Ofsted inspection 5–6 March 2024. Great Academies Education Trust."
    ws.merge_cells("A2:G2")
    hdr = ["Area for improvement", "Ref", "Action", "Who", "When", "Success criteria", "Progress"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="7030A0")
        cell.border = BOX
        cell.alignment = WRAP
    afi1 = ("1. Leaders should ensure that the curriculum in key stage 3 is sequenced so that pupils "
            "build knowledge securely over time.")
    afi2 = ("2. Leaders should ensure that teachers check pupils' understanding and address "
            "misconceptions before moving on.")
    afi3 = "3. Leaders should improve the attendance of disadvantaged pupils."
    rows = [
        (afi1, "1a", "Subject leaders to review KS3 curriculum maps in every subject, identifying the core knowledge pupils must remember.",
         "JBr / subject leaders", "Summer term 2024", "All KS3 curriculum maps revised and published on the website.", GREEN),
        (afi1, "1b", "Trust subject networks to quality assure the revised maps in English, maths, science and humanities.",
         "Trust Director of Education", "Autumn term 2024", "QA reports show sequencing is coherent in all four areas.", AMBER),
        (afi1, "1c", "Deep dives in each department to check the curriculum is taught as planned.",
         "SLT", "Termly", "Deep dive findings show pupils can recall prior learning.", None),
        (afi2, "2a", "Whole-staff CPD on checking for understanding (mini-whiteboards, cold call, hinge questions).",
         "AHT (Teaching & Learning)", D(2024, 9, 30), "Learning walks show techniques used in 90% of lessons.", GREEN),
        (afi2, "2b", "Instructional coaching for all teachers, fortnightly, focused on responsive teaching.",
         "AHT (Teaching & Learning)", "Sept 2024 – July 2025", "Coaching logs show all staff have had at least 12 cycles.", AMBER),
        (afi3, "3a", "Appoint an attendance officer for disadvantaged pupils and introduce weekly attendance panels.",
         "DHT (Behaviour & Attendance)", D(2024, 4, 30), "Post filled; panels running weekly.", GREEN),
        (afi3, "3b", "First-day calling and home visits for persistently absent pupils, with early help referrals where needed.",
         "Attendance Officer & Pastoral Leads", "Autumn term 2024", "Persistent absence of disadvantaged pupils falls below 25%.", RED),
    ]
    r = 5
    start = {}
    for row in rows:
        afi = row[0]
        start.setdefault(afi, r)
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(row=r, column=c, value=v if (c != 1 or start[afi] == r) else None)
            cell.border = BOX
            cell.alignment = WRAP
            if c == 5 and isinstance(v, D):
                cell.number_format = "mmmm yyyy"
        prog = ws.cell(row=r, column=7)
        prog.border = BOX
        if row[6] is not None:
            prog.fill = row[6]
        r += 1
    # merge area for improvement cells down
    ends = {}
    for i, row in enumerate(rows):
        ends[row[0]] = 5 + i
    for afi, s in start.items():
        if ends[afi] > s:
            ws.merge_cells(start_row=s, start_column=1, end_row=ends[afi], end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Progress key:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Red – not on track").fill = RED
    ws.cell(row=r + 2, column=1, value="Amber – in progress").fill = AMBER
    ws.cell(row=r + 3, column=1, value="Green – achieved").fill = GREEN
    for col, w in zip("ABCDEFG", [40, 6, 55, 26, 20, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(p("bo1-great-academy-ashton-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------- 4. Aldine House (docx)
def aldine():
    doc = Document()
    doc.add_heading("Aldine House Secure Children's Home – Action Plan following Ofsted inspection, January 2024", level=1)
    doc.add_paragraph(
        "This plan sets out how Aldine House will meet the requirements and recommendations made by Ofsted at "
        "the full inspection in January 2024. It is monitored by the Registered Manager and reported to the "
        "Responsible Individual each month.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "17 April 2024"),
                                ("Author", "Registered Manager"), ("Approved by", "Responsible Individual")]):
        dc.cell(i, 0).text = k
        dc.cell(i, 1).text = v
        shade(dc.cell(i, 0), "D9D9D9")
    doc.add_paragraph()
    cols = ["No.", "Requirement", "Action", "Responsible", "Due date", "Progress", "RAG"]
    doc.add_heading("Requirements", level=2)
    req1 = ("The registered person must ensure that each child's placement plan sets out how their health "
            "needs will be met (Regulation 14(1)(a)).")
    req2 = ("The registered person must ensure that single separation is only used when necessary to prevent "
            "injury and is recorded within 24 hours (Regulation 17(1)(b)).")
    reqs = [
        ("1.1", req1, "Review all current placement plans with the healthcare team and add a health section to the placement plan template.",
         "Deputy Manager (Care)", "31/03/2024", "All 10 plans reviewed and template amended.", "Complete"),
        ("1.2", req1, "Add health needs to the monthly case file audit.",
         "Registered Manager", "April 2024", "Audit tool updated; first audit completed April.", "Complete"),
        ("2.1", req2, "Refresher training for all care staff on the use and recording of single separation.",
         "Head of Care / Training Coordinator", "End of May 2024", "18 of 26 staff trained; remaining sessions booked.", "A"),
        ("2.2", req2, "Daily management review of every single separation record, with a weekly summary to the Registered Manager.",
         "Duty Manager", "Ongoing", "Daily reviews in place since February.", "G"),
    ]
    cols_r = cols

    def table(rows, heading_cols):
        t = doc.add_table(rows=1, cols=len(heading_cols))
        t.style = "Table Grid"
        header_row(t, heading_cols)
        prev = None
        first_cells = {}
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                if i == 1 and v == prev:
                    continue
                cells[i].text = v
            if row[1] != prev:
                first_cells[row[1]] = cells[1]
            else:
                first_cells[row[1]].merge(cells[1])
            prev = row[1]
        return t

    table(reqs, cols_r)
    doc.add_paragraph()
    doc.add_heading("Recommendations", level=2)
    rec1 = ("The registered person should ensure that children's views are routinely sought and recorded in "
            "care reviews.")
    rec2 = "The registered person should ensure that education staff receive regular supervision."
    recs = [
        ("3.1", rec1, "Key workers to complete a 'My views' form with each child before every review and attach it to the review record.",
         "Key workers / Deputy Manager (Care)", "30/06/2024", "Form in use; 7 of 10 reviews had views attached.", "G"),
        ("4.1", rec2, "Put in place a supervision schedule for all teaching and learning support staff every six weeks.",
         "Education Lead", "May 2024", "Schedule agreed; first round not yet complete.", "A"),
    ]
    table(recs, cols_r)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: G = on track; A = some delay; R = off track; Complete = action completed and evidenced.")
    doc.save(p("bo1-aldine-house-sch-ofsted-action-plan.docx"))


# ---------------------------------------------------------------- 5. Ysgol Gyfun Gwynllyw (docx)
def gwynllyw():
    doc = Document()
    t = doc.add_paragraph()
    run = t.add_run("Ysgol Gyfun Gwynllyw – Post-Inspection Action Plan (PIAP)")
    run.bold = True
    run.font.size = Pt(18)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cover = doc.add_table(rows=4, cols=2)
    cover.style = "Table Grid"
    for i, (k, v) in enumerate([("School", "Ysgol Gyfun Gwynllyw, Trevethin, Pontypool"),
                                ("Date of inspection", "4–7 March 2024"),
                                ("Local authority", "Torfaen County Borough Council"),
                                ("Plan agreed by governing body", "20 June 2024")]):
        cover.cell(i, 0).text = k
        cover.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "Following the inspection, the school will draw up an action plan to show how it is going to address "
        "the recommendations. This plan has been written with the local authority and the EAS.")
    cols = ["Actions", "Responsibility", "Timescale", "Success criteria", "Monitoring", "Progress"]
    recs = [
        ("R1: Strengthen the quality of teaching so that all pupils are challenged to make strong progress",
         [("Agree a whole-school teaching and learning framework focusing on challenge and questioning.",
           "DHT (T&L)", "Sept 2024", "Framework launched at INSET; evident in lesson plans.", "SLT learning walks each half term", "Complete"),
          ("Establish triads of teachers for peer observation and coaching.",
           "DHT (T&L) / Heads of Faculty", "Oct 2024 – July 2025", "All staff complete three coaching cycles.", "Termly report to governors", "On track"),
          ("Review marking and feedback policy so that pupils respond to feedback in every subject.",
           "RJ, EP", "December 2024", "Book scrutiny shows pupils act on feedback.", "Book scrutiny (termly)", "Amber")]),
        ("R2: Improve pupils' Welsh oracy skills outside lessons",
         [("Launch a Siarter Iaith action group of pupils and staff to plan Welsh-language activities at break and lunch.",
           "Welsh Language Coordinator", "Ongoing", "Pupil voice shows more use of Welsh socially.", "Pupil voice survey", "Green"),
          ("Train sixth-form language ambassadors to lead activities with KS3.",
           "Head of Sixth Form", "Spring term 2025", "20 ambassadors trained and active.", "Head of Sixth Form", "Not started")]),
        ("R3: Ensure that self-evaluation focuses on the impact of provision on pupils' learning",
         [("Rewrite the school's quality assurance calendar so that every activity evaluates pupils' progress.",
           "Headteacher", "31/07/2024", "QA calendar in place; faculty reports focus on learning.", "Governors' Standards Committee", "Complete"),
          ("Train middle leaders in writing evaluative faculty self-evaluation reports.",
           "Headteacher / LA Challenge Adviser", "November 2024", "Faculty SERs are evaluative and identify precise priorities.", "LA review visit", "Amber")]),
    ]
    for rec, actions in recs:
        doc.add_heading(rec, level=2)
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        header_row(tb, cols, fill="00703C")
        for a in actions:
            cells = tb.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
        doc.add_paragraph()
    doc.add_paragraph("Progress key")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("Complete", "Action completed"), ("Green / On track", "Progressing as planned"),
                                ("Amber", "Some delay; being addressed"), ("Not started", "Action not yet due to start")]):
        key.cell(i, 0).text = k
        key.cell(i, 1).text = v
    doc.save(p("bo1-ysgol-gyfun-gwynllyw-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6. St Christopher's (csv)
def stchris():
    rows = [
        ["St Christopher's Fellowship - Ofsted Improvement Tracker (Children's Homes)"] + [""] * 8,
        ["Exported 14/10/2024"] + [""] * 8,
        [""] * 9,
        ["Home", "Ref", "Requirement / Recommendation", "Action", "Owner", "Due Date", "Revised Due Date", "Status", "Update"],
        ["Hanwell House", "HH-R1",
         "The registered person must ensure that staff complete risk assessments for children going missing (Regulation 12).",
         "Update each child's missing-from-care risk assessment and agree a trigger plan with the local police missing person coordinator.",
         "Okafor, Grace", "31/05/2024", "", "Complete", "All three children's assessments updated 20/05."],
        ["Hanwell House", "HH-R2",
         "The registered person must ensure that the home is kept in a good state of repair (Regulation 31).",
         "Replace damaged bedroom doors and redecorate the lounge.",
         "Property Services Manager", "30/06/2024", "30/09/2024", "Amber", "Doors replaced; decorating delayed by contractor availability."],
        ["Hanwell House", "HH-RC1",
         "The registered person should ensure that children are helped to keep in touch with their families.",
         "Family time plans reviewed at each child's review and recorded on the child's file.",
         "Registered Manager", "Ongoing", "", "Green", "Reviewed at September reviews."],
        ["", "", "", "", "", "", "", "", ""],
        ["Acton Lodge", "AL-R1",
         "The registered person must ensure that staff receive supervision at least every six weeks (Regulation 33).",
         "Supervision matrix introduced and checked monthly by the Responsible Individual.",
         "Mensah, Kwame", "31/07/2024", "", "Complete", "Matrix shows 100% in July and August."],
        ["Acton Lodge", "AL-R2",
         "The registered person must ensure that records of restraint are completed within 24 hours (Regulation 35).",
         "Restraint records to be reviewed by the manager within 24 hours; refresher training for team leaders.",
         "Registered Manager / Training Lead", "31/08/2024", "31/10/2024", "Red", "Two records in September completed late. Training rebooked for October."],
        ["Acton Lodge", "AL-RC1",
         "The registered person should ensure that the children's guide is updated.",
         "Update the children's guide with the children, including the Ofsted and Children's Commissioner contact details.",
         "Deputy Manager", "Sep-24", "", "Complete", "New guide shared with all children."],
    ]
    with open(p("bo1-st-christophers-fellowship-childrens-homes-ofsted-improvement-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. Inverurie Academy (txt)
def inverurie():
    lines = [
        "Inverurie Academy – Education Scotland Inspection Action Plan",
        "Inspection: May 2024. Report published: 27 August 2024.",
        "",
        "The school and Aberdeenshire Council have prepared this plan to address the areas for improvement "
        "agreed with HM Inspectors. Progress will be reported to the Parent Council each term.",
        "",
        "Ref\tAction\tBy whom\tBy when\tMeasures of success\tProgress\tRAG",
        "1. Continue to improve the consistency of learning and teaching across the school so that all learners experience appropriate pace and challenge.",
        "1.1\tAgree an Inverurie Academy learning and teaching charter with staff, learners and parents.\tDHT Learning and Teaching\tDec 2024\tCharter published and referred to in lesson observations.\tCharter drafted with pupil learning council.\tG",
        "1.2\tProgramme of peer observation across faculties with a focus on differentiation.\tPT Curriculum / Faculty PTs\tAug 2024 - Jun 2025\tAll teaching staff take part in at least two observations.\tFirst round complete in 4 of 7 faculties.\tA",
        "1.3\tRevise tracking and monitoring so that S1-S3 progress is reviewed every term.\tCB/HM\t31/01/2025\tTracking reports used at faculty meetings.\tNew tracking calendar agreed.\tG",
        "",
        "2. Improve approaches to supporting young people's wellbeing, including through the personal and social education programme.",
        "2.1\tAudit the PSE programme against the wellbeing indicators with a learner focus group.\tPT Guidance\tOct 2024\tAudit completed and gaps identified.\tComplete.\tB",
        "2.2\tIntroduce a new S4-S6 PSE course including mental health and healthy relationships.\tPT Guidance\tMarch 2025\tLearner evaluations show PSE is relevant.\tCourse being written.\tA",
        "2.3\tTrain all staff in trauma-informed practice.\tHead Teacher\tOngoing\tStaff confidence survey improves.\tLevel 1 training delivered at August in-service day.\tG",
        "",
        "RAG: R - not on track, A - some slippage, G - on track, B - complete",
    ]
    with open(p("bo1-inverurie-academy-education-scotland-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    acorns()
    wetherby()
    gaa()
    aldine()
    gwynllyw()
    stchris()
    inverurie()
