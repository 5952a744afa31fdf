"""Generator for the bj1- blind cases (heldout96).

Run with /work/main/.venv/bin/python bj1_make.py ; writes the seven document files beside this script.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "FF00B050"
AMBER = "FFFFC000"
RED = "FFFF0000"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
HDR = "FF1F3864"

thin = Side(style="thin", color="FF808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Loughborough College - Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def loughborough():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PIAP 2024-25"
    ws["A1"] = "Loughborough College – Post-Inspection Action Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Ofsted full inspection 5–8 March 2024 (overall effectiveness: Requires Improvement). "
                "Plan approved by the Quality & Standards Committee, 18 April 2024. Progress update: June 2024.")
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Area for improvement (Ofsted report)", "Action", "Lead", "Target date",
           "Progress update (June 2024)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(HDR)
        c.alignment = WRAP
        c.border = BORDER
    afi_a = ("Leaders should ensure that teachers on study programmes plan and sequence the curriculum so that "
             "learners build securely on what they already know and can do.")
    afi_b = ("Leaders should ensure that apprentices receive their off-the-job training entitlement and that "
             "employers are fully involved in planning and reviewing apprentices' progress.")
    afi_c = ("Leaders and managers should improve learners' attendance, particularly in English and "
             "mathematics lessons.")
    afi_d = ("Governors should hold senior leaders to account more rigorously for the quality of education "
             "in the weaker curriculum areas.")
    rows = [
        (5, "theme", "Theme 1: Quality of education"),
        (6, "1.1", afi_a, "Curriculum intent and sequencing maps rewritten for all study programme areas, "
            "reviewed at curriculum deep dives each half term.", "VP Curriculum & Quality",
         dt.date(2024, 7, 31), "mmm-yy", "Maps completed for 14 of 17 areas; remaining three (Construction, "
         "Sport, Creative Arts) in draft.", "Green", GREEN),
        (7, "1.2", None, "Introduce a college-wide teaching and learning CPD programme focused on retrieval "
            "practice and checking understanding.", "Head of Teaching & Learning / Quality Manager",
         "Autumn term 2024", None, "Programme designed; delivery starts with the September staff development "
         "week.", "Amber", AMBER),
        (8, "1.3", afi_b, "Audit off-the-job hours for every apprentice and put catch-up plans in place where "
            "apprentices are behind.", "AD Apprenticeships", dt.date(2024, 5, 31), "mmm-yy",
         "Audit completed 24 May 2024. 38 catch-up plans agreed with employers.", "Complete", BLUE),
        (9, "1.4", None, "Employers attend every progress review (tripartite) and sign the review record; "
            "monitor monthly through the apprenticeship dashboard.", "AD Apprenticeships",
         dt.date(2024, 12, 31), "mmm-yy", "Employer attendance at reviews 71% in May, up from 52%.",
         "Amber", AMBER),
        (10, "theme", "Theme 2: Attendance and personal development"),
        (11, "2.1", afi_c, "Launch the 'Every Lesson Counts' attendance campaign with daily first-day absence "
             "calls for English and maths.", "KB / RS", dt.date(2024, 6, 30), "mmm-yy",
         "Campaign launched after Easter; English and maths attendance up 6 percentage points.",
         "Complete", BLUE),
        (12, "2.2", None, "Progress coaches review attendance weekly with each learner below 85% and agree an "
             "attendance target.", "Head of Student Services", "Ongoing", None,
         "Weekly reviews in place in all faculties.", "Green", GREEN),
        (13, "2.3", None, "Revise the learner agreement and the attendance stages so that parents and carers "
             "of 16 to 18 learners are contacted at stage 1.", "KB", "Spring term 2025", None,
         "", "Not started", None),
        (14, "blank",),
        (15, "theme", "Theme 3: Leadership and governance"),
        (16, "3.1", afi_d, "Governors' Quality & Standards Committee to receive a termly deep-dive report on "
             "each curriculum area graded requires improvement.", "Clerk to the Corporation",
         dt.date(2024, 12, 31), "dd/mm/yyyy", "First deep-dive report (Engineering) scheduled for the "
         "October committee.", "Amber", AMBER),
        (17, "3.2", None, "Link governors appointed to each of the weaker curriculum areas and take part in "
             "learning walks.", "Principal and CEO", dt.date(2025, 3, 31), "dd/mm/yyyy",
         "Four link governors appointed; first learning walks booked.", None, GREEN),
    ]
    for r in rows:
        row = r[0]
        if r[1] == "blank":
            continue
        if r[1] == "theme":
            ws.cell(row=row, column=1, value=r[2]).font = Font(bold=True)
            for col in range(1, 8):
                ws.cell(row=row, column=col).fill = fill(GREY)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            continue
        _, ref, afi, action, lead, date, fmt, prog, rag, colour = r
        ws.cell(row=row, column=1, value=ref)
        if afi:
            ws.cell(row=row, column=2, value=afi)
        ws.cell(row=row, column=3, value=action)
        ws.cell(row=row, column=4, value=lead)
        c = ws.cell(row=row, column=5, value=date)
        if fmt:
            c.number_format = fmt
        ws.cell(row=row, column=6, value=prog)
        rc = ws.cell(row=row, column=7, value=rag)
        if colour:
            rc.fill = fill(colour)
        for col in range(1, 8):
            ws.cell(row=row, column=col).alignment = WRAP
            ws.cell(row=row, column=col).border = BORDER
    # AFI cells merged down
    ws.merge_cells("B6:B7")
    ws.merge_cells("B8:B9")
    ws.merge_cells("B11:B13")
    ws.merge_cells("B16:B17")
    ws["A19"] = "Key"
    ws["A19"].font = Font(bold=True)
    ws["A20"] = "Complete"
    ws["A20"].fill = fill(BLUE)
    ws["B20"] = "Action finished and impact evidenced"
    ws["A21"] = "Green"
    ws["A21"].fill = fill(GREEN)
    ws["B21"] = "On track to meet target date"
    ws["A22"] = "Amber"
    ws["A22"].fill = fill(AMBER)
    ws["B22"] = "Some slippage; mitigation in place"
    ws["A23"] = "Red"
    ws["A23"].fill = fill(RED)
    ws["B23"] = "Off track; escalate to SLT"
    for col, w in zip("ABCDEFG", (7, 42, 48, 22, 13, 42, 11)):
        ws.column_dimensions[col].width = w
    wb.save(p("bj1-loughborough-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def table(doc, header, rows, shade_col=None, shades=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    for k, r in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
        if shades and shades[k]:
            shade(cells[shade_col], shades[k])
    return t


# ---------------------------------------------------------------------------
# 2. Ysgol Friars (Bangor) - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def friars():
    doc = Document()
    doc.add_heading("Ysgol Friars – Post-Inspection Action Plan", level=1)
    doc.add_paragraph(
        "Following the Estyn core inspection in February 2023 the governing body, working with Cyngor Gwynedd "
        "and GwE, has drawn up this plan to address the four recommendations in the inspection report. "
        "Progress is reported to the full governing body each term.")
    table(doc, ["Version", "Date", "Author", "Approved by"],
          [["1.0", "21/04/2023", "Headteacher", "Governing Body"],
           ["1.1", "12/07/2023", "Headteacher", "Standards Committee"]])
    doc.add_paragraph("")
    hdr = ["No.", "Action", "Responsibility", "Timescale", "Success criteria", "Progress (RAG)"]
    doc.add_heading("R1: Improve the quality of teaching and assessment so that all pupils, including the more "
                    "able, are challenged appropriately", level=2)
    table(doc, hdr, [
        ["1.1", "Establish a teaching and learning group to agree and model the school's 'non-negotiables' "
                "for effective teaching.", "DHT (Teaching and Learning)", "Autumn term 2023",
         "All departments use the agreed lesson principles; lesson observations show improved challenge.",
         "Green"],
        ["1.2", "Provide professional learning on questioning and feedback for all teaching staff, with "
                "follow-up coaching triads.", "DHT (Teaching and Learning) / Professional Learning Lead",
         "Sept 2023 – Jan 2024", "Book scrutiny shows pupils respond to feedback and improve their work.",
         "Amber"],
        ["1.3", "Introduce half-termly book looks and learning walks led by middle leaders, with findings "
                "reported to SLT.", "Heads of Department", "Spring term 2024",
         "Quality assurance calendar followed; reports show consistent practice across departments.",
         "Green"],
    ])
    doc.add_heading("R2: Strengthen the provision for developing pupils' literacy, numeracy and digital skills "
                    "across the curriculum", level=2)
    table(doc, hdr, [
        ["2.1", "Map opportunities for extended writing in every subject scheme of work for Years 7 to 9.",
         "Literacy Co-ordinator", "By 31 December 2023",
         "Schemes of work include planned extended writing tasks; pupils' writing improves in sampled books.",
         "Complete"],
        ["2.2", "Appoint a numeracy champion in each faculty and run a cross-curricular numeracy week.",
         "Mr D. Jones", "Summer term 2024",
         "Numeracy week held; champions share resources at faculty meetings.", "Amber"],
        ["2.3", "Audit the digital competence framework coverage and close the gaps identified.",
         "Digital Lead", "Ongoing", "Audit complete; gaps closed in Year 7 and 8 schemes.", "Green"],
    ])
    doc.add_heading("R3: Improve attendance, particularly of pupils eligible for free school meals", level=2)
    table(doc, hdr, [
        ["3.1", "Introduce a tiered attendance response with weekly monitoring meetings with the Education "
                "Welfare Officer.", "AHT Wellbeing / ALNCo", "October 2023",
         "Attendance of eFSM pupils rises towards the school target of 88%.", "Green"],
        ["3.2", "Engage families through the family engagement officer and termly attendance celebration "
                "events.", "AHT Wellbeing", "Termly", "Persistent absence falls compared with 2022-2023.",
         "Red"],
    ])
    doc.add_heading("R4: Strengthen the role of governors in holding leaders to account", level=2)
    table(doc, hdr, [
        ["4.1", "Governors receive training from the local authority on challenge and the use of "
                "self-evaluation evidence.", "Chair of Governors", "Dec-23",
         "All governors attend; minutes show challenge of leaders.", "Complete"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete – action completed; Green – on track; Amber – some delay; "
                      "Red – significant concern / not on track.")
    doc.save(p("bj1-ysgol-friars-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. United Lincolnshire Hospitals - CQC must/should do (xlsx) - refuse: "Febuary 2025"
# ---------------------------------------------------------------------------
def ulht():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "United Lincolnshire Hospitals NHS Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Inspection Action Plan – Medical Care, Lincoln County Hospital (report published July 2024)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Reported to: Quality Governance Committee, November 2024"
    hdr = ["Ref", "Must / Should", "CQC finding", "Action", "Responsible lead", "Due date",
           "Revised due date", "Status", "Progress / evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF005EB8")
        c.alignment = WRAP
        c.border = BORDER
    must = "MUST DO"
    should = "SHOULD DO"
    data = [
        ["MD1", must, "The trust must ensure that patients' risk assessments, including falls and pressure "
                      "ulcer assessments, are completed within the required timescales.",
         "Relaunch the nursing admission bundle with daily ward-level audit of completion.",
         "Divisional Director of Nursing", "31/10/2024", "", "Complete",
         "Audit shows 94% completion in October."],
        ["MD2", must, "The trust must ensure there are sufficient numbers of suitably qualified nursing staff "
                      "on medical wards.",
         "Complete the establishment review for all medical wards and recruit to agreed establishment.",
         "Deputy Chief Nurse", "31/12/2024", "31/03/2025", "Amber",
         "Establishment review approved; 22 international nurses start between Jan and Mar."],
        ["MD3", must, "The trust must ensure medicines are stored securely and fridge temperatures are "
                      "monitored.",
         "Install remote fridge temperature monitoring on all medical wards.",
         "Chief Pharmacist", "30/11/2024", "Febuary 2025", "Amber",
         "Supplier delay; installation rescheduled."],
        ["MD4", must, "The trust must ensure staff complete mandatory training, including safeguarding "
                      "level 3.",
         "Targeted training trajectory per ward, reviewed at monthly performance meetings.",
         "Head of Education / Ward Managers", "31/03/2025", "", "Green",
         "Safeguarding L3 compliance 81% (target 90%)."],
        ["SD1", should, "The trust should ensure that discharge planning starts on admission.",
         "Implement 'Home First' discharge checklist on the post-take ward round.",
         "Clinical Director, Acute Medicine", "31/01/2025", "", "Green",
         "Pilot on two wards; roll-out from January."],
        ["SD2", should, "The trust should ensure that patient feedback is used to improve services.",
         "Display 'You said, we did' boards and review Friends and Family Test results at ward meetings.",
         "Matron, Medicine", "31/12/2024", "", "Complete", "Boards in place on all wards."],
    ]
    for k, r in enumerate(data):
        row = 6 + k
        for i, v in enumerate(r, 1):
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        st = ws.cell(row=row, column=8)
        st.fill = fill({"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[r[7]])
    for col, w in zip("ABCDEFGHI", (7, 12, 45, 45, 24, 13, 15, 11, 40)):
        ws.column_dimensions[col].width = w
    wb.save(p("bj1-united-lincolnshire-hospitals-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 4. Gloucestershire Constabulary - PEEL AFI tracker (csv)
# ---------------------------------------------------------------------------
def glos():
    rows = [
        ["Ref", "PEEL area", "Area for improvement", "Action", "Action owner", "Target date", "Status",
         "Latest update"],
        ["AFI 1.1", "Responding to the public",
         "The constabulary should make sure it answers emergency and non-emergency calls within national "
         "standards.",
         "Recruit and train additional call handlers to the uplifted establishment in the Force Control Room.",
         "Head of Contact Management", "31/03/2024", "Complete",
         "Establishment reached in March; 999 calls answered within 10 seconds 91% of the time."],
        ["AFI 1.2", "Responding to the public",
         "The constabulary should make sure it answers emergency and non-emergency calls within national "
         "standards.",
         "Introduce a call-back and digital channel for non-emergency 101 demand.",
         "Supt J. Morgan", "30/09/2024", "Amber",
         "Digital channel live; call-back option delayed by telephony upgrade."],
        ["AFI 2.1", "Investigating crime",
         "The constabulary should improve the supervision of investigations so that they are completed to a "
         "good standard.",
         "Implement a supervisory review template in Niche for all crimes allocated to response and "
         "neighbourhood officers.",
         "DCI Hall", "31/07/2024", "Green", "Template built; training for sergeants under way."],
        ["AFI 2.2", "Investigating crime",
         "The constabulary should improve the supervision of investigations so that they are completed to a "
         "good standard.",
         "Monthly investigation quality audits reported to the Crime & Justice Board.",
         "Det Supt Karen Ellis & Head of Performance", "Monthly", "Green",
         "Audits in place since June; results show improvement in victim updates."],
        ["AFI 3.1", "Protecting vulnerable people",
         "The constabulary should make sure that risk assessments for domestic abuse are accurate and "
         "reviewed by trained staff.",
         "Re-train frontline officers on the DARA risk assessment.",
         "DI Patel", "Dec-24", "Green", "68% of officers trained."],
        ["AFI 4.1", "Developing a positive workplace",
         "The constabulary should improve how it identifies and supports officers and staff with "
         "high workloads.",
         "Introduce a workload and wellbeing dashboard for first-line supervisors.",
         "Head of People Services", "Q4 2024/25", "Red",
         "Dashboard not yet scoped; dependent on the HR system replacement."],
        ["AFI 5.1", "Good use of resources",
         "The constabulary should make sure it has a clear understanding of current and future demand.",
         "Commission an independent force management statement review and demand model.",
         "Chief Finance Officer", "31/05/2025", "Not started", ""],
    ]
    with open(p("bj1-gloucestershire-constabulary-peel-afi-tracker.csv"), "w", newline="",
              encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 5. Stratford-on-Avon DC - internal audit recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def stratford():
    lines = [
        "Stratford-on-Avon District Council – Internal Audit Recommendations Tracker",
        "Audit and Standards Committee, 25 November 2024 – outstanding and recently closed recommendations",
        "",
        "\t".join(["Audit", "Rec No", "Priority", "Recommendation", "Agreed management action",
                   "Responsible officer", "Original target date", "Revised target date", "Status"]),
        "\t".join(["Payroll 2023/24", "1", "High",
                   "Starter and leaver forms should be authorised by the budget holder before processing.",
                   "Introduce an electronic starter/leaver form with mandatory budget holder approval in the "
                   "HR system.", "HR Manager", "31/03/2024", "30/09/2024", "Complete"]),
        "\t".join(["Payroll 2023/24", "2", "Medium",
                   "Monthly payroll exception reports should be reviewed and evidenced.",
                   "Exception report review to be signed off by the Payroll Officer and checked by the HR "
                   "Manager each month.", "Payroll Officer, HR Manager", "30/04/2024", "", "Complete"]),
        "\t".join(["Council Tax and NNDR 2023/24", "1", "Medium",
                   "Reconciliations between the revenues system and the ledger should be completed monthly.",
                   "Reconciliation timetable agreed with Finance; completed reconciliations filed on the "
                   "shared drive.", "Revenues & Benefits Manager", "30/06/2024", "31/12/2024", "Amber"]),
        "\t".join(["Council Tax and NNDR 2023/24", "2", "Low",
                   "Single person discount reviews should be carried out annually.",
                   "Procure a data-matching review of single person discounts.",
                   "Revenues & Benefits Manager", "31/03/2025", "", "Green"]),
        "",
        "\t".join(["Cyber Security 2024/25", "1", "High",
                   "Multi-factor authentication should be enforced for all remote access accounts.",
                   "Enforce MFA on all remote access and administrator accounts.",
                   "Head of ICT", "31/08/2024", "", "Complete"]),
        "\t".join(["Cyber Security 2024/25", "2", "High",
                   "An ICT disaster recovery plan should be documented and tested.",
                   "Document the ICT DR plan and carry out a desktop test with the Corporate Management Team.",
                   "Head of ICT", "31/10/2024", "28/02/2025", "Red"]),
        "\t".join(["Contract Management 2024/25", "1", "Medium",
                   "A contracts register should be maintained and published in line with the Transparency "
                   "Code.",
                   "Update the contracts register and publish quarterly on the website.",
                   "Procurement Lead", "Quarterly", "", "Green"]),
        "",
        "Status: Complete = implemented and verified by Internal Audit; Green = on track; "
        "Amber = target date revised; Red = overdue.",
    ]
    with open(p("bj1-stratford-on-avon-dc-internal-audit-recommendations-tracker.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Notting Hill Genesis - RSH consumer standards improvement plan (docx)
# ---------------------------------------------------------------------------
def nhg():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Consumer Standards Improvement Plan", level=1)
    doc.add_paragraph("Notting Hill Genesis – response to the Regulator of Social Housing regulatory judgement "
                      "(C3), November 2024")
    doc.add_paragraph("This plan sets out the actions we are taking against each consumer standard where the "
                      "regulator found material failings. Progress is monitored by the Customer Services "
                      "Committee and reported to the Board quarterly.")
    hdr = ["No.", "Action", "Lead", "Deadline", "RAG", "Update"]
    doc.add_heading("1. Safety and Quality Standard", level=2)
    table(doc, hdr, [
        ["1.1", "Complete fire risk assessment remedial actions classed as high risk.",
         "Director of Building Safety", "Q4 2024/25", "", "312 of 405 high-risk actions closed."],
        ["1.2", "Carry out a stock condition survey of 100% of homes over a five-year cycle, starting with "
                "homes with no survey in the last five years.", "Director of Property Services",
         "March 2026", "", "Contractor appointed; 4,100 surveys completed to date."],
        ["1.3", "Clear the backlog of damp and mould cases older than 28 days.",
         "Head of Repairs and Maintenance", "End of June 2025", "", "Backlog reduced from 1,240 to 610."],
    ], shade_col=4, shades=["92D050", "92D050", "FFC000"])
    doc.add_heading("2. Transparency, Influence and Accountability Standard", level=2)
    table(doc, hdr, [
        ["2.1", "Publish tenant satisfaction measures and complaints performance on the website.",
         "Head of Resident Engagement & Insight", "Q3 2024/25", "",
         "Published December 2024."],
        ["2.2", "Report progress against this plan to the Resident Scrutiny Panel.",
         "Chief Operating Officer", "Monthly", "", "Standing item on the panel agenda."],
    ], shade_col=4, shades=["0070C0", "92D050"])
    doc.add_heading("3. Tenancy Standard", level=2)
    table(doc, hdr, [
        ["3.1", "Validate the tenancy and household data held for every home through a tenancy audit visit "
                "programme.", "Director of Housing Services and Head of Data", "31/12/2025", "",
         "Programme paused during system migration."],
    ], shade_col=4, shades=["FF0000"])
    doc.add_paragraph("")
    doc.add_paragraph("Key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, txt) in enumerate([("0070C0", "Complete"), ("92D050", "On track"),
                                    ("FFC000", "At risk"), ("FF0000", "Off track")]):
        shade(k.rows[i].cells[0], col)
        k.rows[i].cells[1].text = txt
    doc.save(p("bj1-notting-hill-genesis-rsh-consumer-standards-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 7. University of Worcester - Ofsted ITE improvement plan (xlsx), previous/current RAG
# ---------------------------------------------------------------------------
def worcester():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ITE Improvement Plan"
    ws["A1"] = "University of Worcester – Initial Teacher Education Improvement Plan 2023-24"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Following Ofsted ITE inspection (secondary phase), June 2023"
    ws.merge_cells("A2:H2")
    hdr = ["Priority", "What does the ITE partnership need to do to improve? (Ofsted)", "Action", "Who",
           "When", "Impact measure", "Mar-24 RAG", "Jul-24 RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("FFBDD7EE")
        c.alignment = WRAP
        c.border = BORDER
    pr1 = "Priority 1: Curriculum"
    pr2 = "Priority 2: Mentoring"
    rec1 = ("Leaders should ensure that the curriculum sets out precisely the subject-specific knowledge "
            "trainees need to teach pupils with special educational needs and/or disabilities (SEND).")
    rec2 = ("Leaders should make sure that all mentors have the training they need to give trainees "
            "precise, subject-specific feedback.")
    data = [
        (5, pr1, rec1, "Revise the secondary curriculum map to sequence SEND content in every subject route.",
         "Programme Leader (PGCE Secondary)", "Jan-24", "Curriculum map shows SEND content in each route.",
         "Green", "Complete"),
        (6, None, None, "Subject leads to add SEND case studies to centre-based subject sessions.",
         "JM & HT", "Sept 2023 – March 2024", "Trainee evaluations show confidence in adapting teaching.",
         "Amber", "Green"),
        (7, None, None, "Quality assure SEND content through partnership subject reviews.",
         "Head of Secondary ITE", "Termly", "Review reports confirm consistent coverage.",
         "Green", "Green"),
        (8, pr2, rec2, "Deliver refreshed mentor training on the curriculum and instructional coaching, "
                       "with attendance tracked by school.", "Partnership Manager", dt.date(2023, 10, 31),
         "95% of mentors trained.", "Amber", "Complete"),
        (9, None, None, "Introduce joint observations between university tutors and mentors, with "
                        "moderated feedback.", "University Tutors / Lead Mentors", "June 2024",
         "Moderation shows feedback is subject-specific.", "Red", "Amber"),
    ]
    for r in data:
        row = r[0]
        for i, v in enumerate(r[1:], 1):
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        for col in (7, 8):
            c = ws.cell(row=row, column=col)
            c.fill = fill({"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[c.value])
    ws["E8"].number_format = "dd/mm/yyyy"
    ws.merge_cells("A5:A7")
    ws.merge_cells("B5:B7")
    ws.merge_cells("A8:A9")
    ws.merge_cells("B8:B9")
    for col, w in zip("ABCDEFGH", (18, 44, 48, 26, 20, 36, 11, 11)):
        ws.column_dimensions[col].width = w
    wb.save(p("bj1-university-of-worcester-ofsted-ite-improvement-plan.xlsx"))


if __name__ == "__main__":
    loughborough()
    friars()
    ulht()
    glos()
    stratford()
    nhg()
    worcester()
