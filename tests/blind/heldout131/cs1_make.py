"""Make the cs1- case files (children's services plans) in this folder.

Run with /work/main/.venv/bin/python cs1_make.py
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime
FILL = {
    "blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "navy": "1F3864", "lilac": "E4DFEC", "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


# ---------------------------------------------------------------- 1 xlsx ILACS
def doncaster():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ILACS Plan"
    widths = [7, 14, 55, 26, 12, 12, 55, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Doncaster Children's Services Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Post-ILACS Improvement Plan – Inspection of Local Authority Children's "
                "Services (September 2018)")
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Progress position as at 31 March 2019 – reported to Trust Board and the "
                "Children's Improvement Board")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    hdr = ["Ref", "Ofsted recommendation", "Action", "Lead", "Target date",
           "Revised target date", "Progress update (March 2019)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX

    rows = [
        ("rec", "Recommendation 1: The quality and consistency of management oversight and "
                "supervision of frontline practice, including in the Children with Disabilities team"),
        ("act", "1.1", "Rec 1",
         "Refresh the supervision policy and recording template so that supervision records "
         "show reflective discussion, the child's plan and clear actions with timescales.",
         "Head of Service – Quality & Practice", D(2018, 12, 31), None,
         "Revised policy launched at practice week in December 2018. Template live on "
         "Liquid Logic from 7 January 2019.", "Complete", "blue"),
        ("act", "1.2", "Rec 1",
         "Quarterly thematic audit of supervision across all teams, with findings reported to "
         "the Practice Improvement Group.",
         "SH / KB", D(2019, 3, 31), None,
         "First audit completed in February; 62% of records rated good or better. Second "
         "audit scheduled for June.", "Green", "green"),
        ("act", "1.3", "Rec 1",
         "Deliver management oversight training for all team managers and assistant team "
         "managers in the Children with Disabilities service.",
         "Service Manager (CWD)", D(2019, 1, 31), D(2019, 4, 30),
         "Two of three sessions delivered; final session moved to April because of trainer "
         "availability.", "Amber", "amber"),
        ("rec", "Recommendation 2: The timeliness of initial health assessments for children "
                "who come into care"),
        ("act", "2.1", "Rec 2",
         "Agree a joint escalation protocol with Doncaster CCG and RDaSH for initial health "
         "assessments not completed within 20 working days.",
         "Head of Service (Children in Care) / Designated Nurse LAC", D(2018, 11, 30), None,
         "Protocol signed off at the Corporate Parenting Board on 22 November 2018.",
         "Complete", "blue"),
        ("act", "2.2", "Rec 2",
         "Weekly tracking of health assessment requests by the Children in Care performance "
         "officer, with exceptions reported to the Head of Service.",
         "Performance & Intelligence Manager", "Weekly – ongoing", None,
         "Tracker in place. Timeliness improved from 41% in Q2 to 68% in Q4 but remains "
         "below the 90% target.", "Amber", "amber"),
        ("blank",),
        ("rec", "Recommendation 3: The quality of pathway plans for care leavers, so that they "
                "are specific and help young people to prepare for independence"),
        ("act", "3.1", "Rec 3",
         "Co-produce a new pathway plan format with the Children in Care Council and the care "
         "leavers' forum.",
         "Jo Rowbotham", D(2019, 2, 28), None,
         "New 'My Pathway' plan agreed with young people in February; training for personal "
         "advisers under way.", "Green", "green"),
        ("act", "3.2", "Rec 3",
         "All care leavers aged 18–21 to have their pathway plan reviewed using the new format.",
         "Leaving Care Team Manager", D(2019, 9, 30), None,
         "Reviews started in March; 31 of 212 completed so far.", "Green", "green"),
        ("act", "3.3", "Rec 3",
         "Introduce a monthly pathway plan audit by independent reviewing officers, feeding "
         "back to personal advisers and managers.",
         "IRO Service Manager", D(2019, 6, 30), None,
         "Not yet started – audit tool to be agreed at the April QA Board.", "Not started", None),
    ]
    r = 6
    for row in rows:
        if row[0] == "rec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("grey")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
        elif row[0] == "act":
            _, ref, rec, action, lead, tgt, rev, prog, rag, col = row
            vals = [ref, rec, action, lead, tgt, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if col:
                ws.cell(row=r, column=8).fill = fill(col)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    key = [("Complete", "Action fully implemented and evidenced", "blue"),
           ("Green", "On track to deliver by the target date", "green"),
           ("Amber", "At risk – revised target date agreed", "amber"),
           ("Red", "Not delivered and no revised date agreed", "red")]
    for word, text, col in key:
        r += 1
        ws.cell(row=r, column=1, value=word).fill = fill(col)
        ws.cell(row=r, column=2, value=text)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "cs1-doncaster-childrens-services-trust-ilacs-improvement-plan.xlsx"))


# ------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_row(row, colour=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if colour:
            shade(c, colour)


# ------------------------------------------------ 2 docx Care Inspectorate boarding
def dollar():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Dollar Academy Boarding – Improvement Plan", level=0)
    doc.add_paragraph("School Care Accommodation Service – Care Inspectorate inspection, May 2023")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        c.text = h
    bold_row(t.rows[0], "D9D9D9")
    for v in [("1.0", "07/07/2023", "Head of Boarding", "First draft for Rector"),
              ("1.1", "18/08/2023", "Head of Boarding", "Agreed by Safeguarding Committee"),
              ("1.2", "29/09/2023", "Deputy Head (Pastoral)", "September progress update")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x
    doc.add_paragraph()
    doc.add_paragraph(
        "The Care Inspectorate carried out an unannounced inspection of our boarding houses "
        "in May 2023. Inspectors graded the service 'Good' for how well we support children "
        "and young people's rights and wellbeing and 'Adequate' for our staff team, and made "
        "three areas for improvement. This plan sets out what we are doing about each of them. "
        "It is reviewed at each meeting of the Safeguarding Committee.")
    plan = [
        ("Key question 1: How well do we support children and young people's rights and wellbeing?", [
            ("Area for improvement 1",
             "To support boarders' wellbeing, the provider should ensure that each young "
             "person's personal plan is reviewed at least every six months with the young "
             "person and reflects their current needs and wishes.",
             [("1a", "Audit all boarders' personal plans and identify those not reviewed in the "
                     "last six months.", "Deputy Head (Pastoral)", "30/06/2023",
               "Audit completed; 27 plans identified and all reviewed before the end of term.",
               "Complete"),
              ("1b", "Introduce a review schedule in the boarding management system with "
                     "automatic reminders to houseparents.", "Head of Boarding / IT Manager",
               "August 2023", "Reminders set up for all houses from the start of the new session.",
               "Complete"),
              ("1c", "Houseparents to record the young person's own views in each review.",
               "Houseparents", "Ongoing",
               "Spot checks in September showed young people's views recorded in most reviews.",
               "Green")]),
            ("Area for improvement 2",
             "To keep young people safe, the provider should ensure that risk assessments for "
             "boarders with additional health needs are completed before the young person "
             "starts boarding.",
             [("2a", "Develop a health risk assessment template with the school nurse team.",
               "Lead Nurse", "By 31 August 2023", "Template agreed and in use for new boarders.",
               "Complete"),
              ("2b", "Train house staff in using and updating the risk assessments.",
               "Lead Nurse and Head of Boarding", "October 2023",
               "Training planned for the in-service day on 9 October.", "Green")]),
        ]),
        ("Key question 3: How good is our staff team?", [
            ("Area for improvement 3",
             "The provider should ensure that all boarding staff receive regular, recorded "
             "supervision that supports their practice and development.",
             [("3a", "Introduce a supervision policy for boarding staff with a minimum of six "
                     "sessions a year.", "Head of Boarding", "September 2023",
               "Policy drafted; going to the Safeguarding Committee on 20 September, later than planned.",
               "Amber"),
              ("3b", "Keep a supervision tracker for all house staff and report it to the "
                     "Bursar termly.", "HR Manager", "Termly",
               "Tracker set up in August.", "Green")]),
        ]),
    ]
    ragcol = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for kq, afis in plan:
        doc.add_heading(kq, level=1)
        for afi_head, afi_text, acts in afis:
            doc.add_heading(afi_head, level=2)
            p = doc.add_paragraph()
            p.add_run(afi_text).italic = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Responsible", "Timescale",
                                              "Progress", "RAG"]):
                c.text = h
            bold_row(t.rows[0], "DDEBF7")
            for a in acts:
                cells = t.add_row().cells
                for c, x in zip(cells, a):
                    c.text = x
                shade(cells[5], ragcol[a[5]])
            doc.add_paragraph()
    doc.add_paragraph("RAG: Complete (blue) – action finished; Green – on track; "
                      "Amber – at risk of slipping; Red – not met.")
    doc.save(os.path.join(HERE, "cs1-dollar-academy-boarding-care-inspectorate-improvement-plan.docx"))


# --------------------------------------------------- 3 docx CIW adoption service
def vmerge(cells):
    a = cells[0]
    for c in cells[1:]:
        a = a.merge(c)
    return a


def nwas():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph()
    run = h.add_run("North Wales Adoption Service")
    run.bold = True
    run.font.size = Pt(16)
    h = doc.add_paragraph()
    run = h.add_run("Care Inspectorate Wales Inspection – Improvement Plan")
    run.bold = True
    run.font.size = Pt(13)
    doc.add_paragraph("Inspection: 11–14 March 2019    Plan updated: October 2019")
    doc.add_paragraph(
        "The North Wales Adoption Service is a regional collaborative hosted by Wrexham County "
        "Borough Council on behalf of the six North Wales local authorities. CIW found that the "
        "service provides good support to adopters, and identified the areas for improvement "
        "below. Progress is reported to the NWAS Management Board and the Joint Committee.")
    hdr = ["No.", "Area for improvement", "Action", "Lead officer", "Timescale", "RAG"]
    plan = [
        ("Well-being", [
            ("Adopted adults and birth parents should receive timely access to their records "
             "and to support.", [
                ("1.1", "Introduce a tracker for all access to records requests, with a 20 "
                        "working day target for first contact.", "Team Manager – Adoption Support",
                 "June 2019", "00B0F0"),
                ("1.2", "Commission a birth parent support service across the region.",
                 "Regional Manager", "Q3 2019/20", "00B050")]),
        ]),
        ("Care and Development", [
            ("Life story work and later life letters should be completed for every child by "
             "the second adoption review.", [
                ("2.1", "Agree a regional standard and template for life story books and later "
                        "life letters with the six local authorities.",
                 "Practice Lead / Heads of Children's Services", "September 2019", "00B0F0"),
                ("2.2", "Monthly tracking of outstanding life story work, reported to the NWAS "
                        "Management Board.", "Regional Manager", "Monthly", "FFC000"),
                ("2.3", "Appoint a dedicated life story worker for the region.",
                 "Regional Manager", "31/01/2020", "FF0000")]),
        ]),
        ("Leadership and Management", [
            ("The quality assurance framework should be strengthened so that the Management "
             "Board receives information on the quality of practice, not only on performance.", [
                ("3.1", "Revise the quality assurance framework to include a quarterly case file "
                        "audit programme.", "Quality Assurance Officer", "December 2019", "00B050"),
                ("3.2", "Report audit findings and service user feedback to the Management Board "
                        "and the Joint Committee twice a year.", "Regional Manager", "Ongoing",
                 None)]),
        ]),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, x in zip(t.rows[0].cells, hdr):
        c.text = x
    bold_row(t.rows[0], "C6E0B4")
    for theme, afis in plan:
        row = t.add_row()
        m = vmerge(row.cells)
        m.text = theme
        bold_row(row, "E2EFDA")
        for afi, acts in afis:
            first = None
            afi_cells = []
            for ref, action, lead, when, col in acts:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[2].text = action
                cells[3].text = lead
                cells[4].text = when
                if col:
                    shade(cells[5], col)
                afi_cells.append(cells[1])
            m = vmerge(afi_cells)
            m.text = afi
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Red – not on track; Amber – some delay; Green – on track; "
                      "Blue – completed.")
    doc.save(os.path.join(HERE, "cs1-north-wales-adoption-service-ciw-inspection-improvement-plan.docx"))


# --------------------------------------------------------- 4 txt ETI school (tab)
def rathmore():
    lines = [
        "Rathmore Grammar School, Belfast",
        "ETI Inspection (October 2023) – Action Plan to address the areas for improvement",
        "",
        "\t".join(["Area for improvement", "Ref", "Actions", "Person(s) responsible",
                   "Timescale", "Success criteria", "Progress to date", "Status"]),
    ]
    rows = [
        ("1. To improve the consistency of assessment for learning across key stage 3, so that "
         "all pupils know how to improve their work.", "1.1",
         "Share effective practice in questioning and feedback through a programme of peer "
         "observation.", "Vice Principal (Curriculum)", "Sept 2023 - June 2024",
         "All KS3 teachers involved in at least one peer observation.",
         "Peer observation triads set up in all departments; first cycle complete.", "On track"),
        ("", "1.2", "Review departmental marking and feedback policies against the whole-school "
         "policy.", "Heads of Department", "Jan 2024", "Every department policy aligned.",
         "Reviewed at Curriculum Committee on 17 January.", "Complete"),
        ("", "1.3", "Monitor the quality of feedback through book scrutiny each term.",
         "SLT Link / HoD", "Termly", "Scrutiny shows consistent, useful feedback in 90% of books.",
         "Autumn scrutiny done; findings shared at staff meeting.", "On track"),
        ("2. To develop further the use of data to identify and support pupils who are "
         "underachieving at GCSE.", "2.1",
         "Introduce a tracking system for Years 11 and 12 with termly data drops and targets.",
         "MR / CD", "Nov 2023", "Tracking in place for all Year 11 and 12 pupils.",
         "Tracker live on SIMS since November.", "Complete"),
        ("", "2.2", "Mentoring programme for identified underachieving pupils in Year 12.",
         "Head of Year 12", "Dec 2023 - May 2024", "Mentored pupils meet or exceed targets.",
         "Mentoring started in January, later than planned; 34 pupils involved.", "Amber"),
        ("3. To improve the arrangements for pastoral care so that the views of pupils inform "
         "policy.", "3.1",
         "Establish a pupil wellbeing council with representation from each year group.",
         "Designated Teacher / Head of Pastoral Care", "31/03/2024",
         "Council meets half-termly and minutes go to SLT.",
         "Elections held; first meeting in February.", "On track"),
        ("", "3.2", "Survey all pupils on the anti-bullying policy and publish the outcomes.",
         "Head of Pastoral Care", "June 2024", "Survey response rate above 70%.", "",
         "Not started"),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "Status key: Complete; On track; Amber - behind schedule; Red - not achieved",
              "Plan reviewed by the Board of Governors, 12 March 2024"]
    with open(os.path.join(HERE, "cs1-rathmore-grammar-school-eti-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 5 csv JTAI
def lewisham():
    hdr = ["Theme", "Ref", "Area for improvement", "Action", "Lead agency", "Lead officer",
           "Due date", "Revised due date", "Progress update", "RAG rating"]
    t1 = "Theme 1: Early help and the front door"
    t2 = "Theme 2: Health and education partners' contribution"
    t3 = "Theme 3: Leadership and learning"
    a1 = "Partners' understanding of thresholds and the quality of referrals to the MASH"
    a2 = "The consistency of early help assessments and plans"
    a3 = "Attendance of health practitioners at strategy meetings"
    a4 = "Information sharing by schools about children missing education"
    a5 = "Partnership oversight of the impact of early help"
    rows = [
        (t1, "1.1", a1, "Relaunch the threshold guidance with multi-agency briefings for schools, "
         "GPs and police.", "LSCP", "Partnership Manager", "31/01/2024", "",
         "Eight briefings delivered to 312 practitioners.", "Complete"),
        (t1, "1.2", a1, "Monthly MASH referral quality audit with partner agencies, findings shared "
         "at the Practice Review Group.", "Lewisham Council", "Head of MASH and Early Help",
         "Monthly", "", "Audits running since December. Police referral quality improving.",
         "Green"),
        (t1, "1.3", a2, "Introduce a single early help assessment and plan template for all "
         "partners, with training for lead professionals.", "Lewisham Council",
         "Early Help Service Manager", "31/03/2024", "30/06/2024",
         "Template agreed; training delayed by system changes, so the date has been revised.",
         "Amber"),
        (t2, "2.1", a3, "Designated professionals to agree a rota so that a health practitioner "
         "attends every strategy meeting.", "SEL ICB (Lewisham)",
         "Designated Nurse Safeguarding Children; Named GP", "29/02/2024", "",
         "Rota in place from February. Attendance 84% in March.", "Green"),
        (t2, "2.2", a3, "Audit strategy meeting attendance and report the findings to the LSCP "
         "Executive.", "LSCP", "Partnership Manager", "30/04/2024", "", "", "Not started"),
        (t2, "2.3", a4, "Update the children missing education protocol and circulate it to all "
         "schools and academies.", "Lewisham Council",
         "Head of Access, Inclusion and Participation", "31/12/2023", "",
         "Protocol published on the LSCP website in December.", "Complete"),
        (t2, "2.4", a4, "Termly CME briefing at the Headteachers' forum.", "Lewisham Council",
         "CME Officer", "Termly", "", "Spring briefing delivered 6 March.", "Green"),
        (t3, "3.1", a5, "Add early help measures to the LSCP performance dashboard.", "LSCP",
         "Head of Performance (CYP) / LSCP Business Manager", "31/03/2024", "",
         "Data from health partners not yet available; escalated to the Executive.", "Red"),
    ]
    with open(os.path.join(HERE, "cs1-lewisham-scp-jtai-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Lewisham Safeguarding Children Partnership - JTAI Action Plan "
                    "(inspection November 2023)"] + [""] * 9)
        w.writerow(["Updated 10/04/2024"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)


# ------------------------------------------------- 6 xlsx CQC hospice (refuse)
def rainbows():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    for col, w in zip("ABCDEFGH", [6, 45, 22, 50, 26, 14, 45, 12]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Rainbows Hospice for Children and Young People"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("CQC Inspection Action Plan – inspection 14–15 September 2023 "
                "(report published 2 November 2023)")
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A2:H2")
    hdr = ["No.", "Requirement", "Regulation", "Action(s)", "Lead", "Completion date",
           "Progress / evidence", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("lilac")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("sec", "MUST DO"),
        ("act", 1, "The service must ensure that all clinical staff complete safeguarding "
         "children level 3 training.", "Regulation 18 (2)(a) Staffing",
         "Book all outstanding clinical staff onto level 3 safeguarding children training; "
         "Education Lead to report compliance monthly to the Quality & Safety Committee.",
         "Head of Education & Practice Development", D(2023, 12, 31),
         "Compliance 96% at the end of December 2023.", "Complete", "blue"),
        ("act", 2, "The service must ensure that medicines are stored at the correct temperature "
         "and that fridge temperatures are recorded daily.",
         "Regulation 12 (2)(g) Safe care and treatment",
         "Replace the drugs fridge on the children's unit and add a daily temperature check to "
         "the shift handover sheet.", "Director of Care / Pharmacy Lead", D(2023, 11, 30),
         "New fridge installed 20 October. Daily checks audited weekly – 100% in November.",
         "Complete", "blue"),
        ("act", 3, "The service must ensure that the provider has effective systems to monitor "
         "the quality and safety of the service.", "Regulation 17 Good governance",
         "Introduce a monthly clinical audit programme with results reported to the Board "
         "sub-committee.", "Director of Care", D(2024, 3, 31),
         "Audit schedule agreed; first three audits completed.", "Green", "green"),
        ("sec", "SHOULD DO"),
        ("act", 4, "The service should ensure that care plans reflect the child's and family's "
         "wishes for end of life care.", "",
         "Review all advance care plans with families at the next planned stay.",
         "Clinical Nurse Manager", "Febuary 2024",
         "62 of 85 plans reviewed so far.", "Amber", "amber"),
        ("act", 5, "The service should ensure that staff receive regular clinical supervision.",
         "", "Roll out group clinical supervision every six weeks for all care staff.",
         "Clinical Nurse Manager", D(2024, 4, 30), "Sessions started in January.", "Green",
         "green"),
        ("act", 6, "The service should consider how young people's views are used to improve "
         "the service.", "", "Set up a young people's advisory group with a termly meeting.",
         "Family Support Lead", D(2024, 6, 30), "", "Not started", None),
    ]
    r = 5
    for row in rows:
        if row[0] == "sec":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            vals = row[1:9]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmmm yyyy"
            if row[9]:
                ws.cell(row=r, column=8).fill = fill(row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Blue / Complete = action completed and evidenced; "
            "Green = on track; Amber = some delay; Red = not on track")
    wb.save(os.path.join(
        HERE, "cs1-rainbows-hospice-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ------------------------------------------------------------ 7 xlsx SEND WSOA
def newham():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "WSOA Tracker"
    for col, w in zip("ABCDEFGHI", [34, 6, 50, 30, 12, 12, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    ws["A1"] = ("Newham Local Area SEND Partnership – Written Statement of Action: "
                "Progress Tracker")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reporting period: April – June 2022  |  SEND Improvement Board, 12 July 2022"
    hdr = ["Area of weakness", "Ref", "Action", "Lead(s)", "Start date", "End date",
           "Previous RAG", "Current RAG", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00635A")
        c.alignment = WRAP
        c.border = BOX
    areas = [
        ("1. The variable quality and timeliness of Education, Health and Care plans", [
            ("1.1", "Recruit additional EHC coordinators and clear the backlog of EHC needs "
                    "assessments over 20 weeks.", "Head of SEND Assessment & Review",
             D(2021, 10, 1), D(2022, 3, 31), "A", "B",
             "Six coordinators appointed; backlog cleared by 25 March. 20-week timeliness 58% "
             "for the quarter (national 60%)."),
            ("1.2", "Introduce multi-agency quality assurance of new EHC plans, sampling 10% "
                    "every month.", "Principal Educational Psychologist; Designated Clinical Officer",
             D(2022, 1, 1), D(2022, 9, 30), "G", "G",
             "Panel meeting monthly since February. 41% of sampled plans rated good in June."),
            ("1.3", "Train all contributors to EHC plans (education, health and social care) "
                    "on writing outcomes that are specific to the child.",
             "SEND Workforce Development Lead", D(2022, 2, 1), D(2022, 12, 31), "G", "A",
             "Health sessions delivered; social care sessions postponed to September because "
             "of staffing."),
        ]),
        ("2. Weak joint commissioning, and long waits for speech and language therapy and "
         "neurodevelopmental assessment", [
            ("2.1", "Agree a joint commissioning strategy for SEND between the council and NHS "
                    "North East London.",
             "Director of Commissioning (Children) & CCG Head of Children's Commissioning",
             D(2021, 11, 1), D(2022, 6, 30), "A", "G",
             "Strategy approved by the Health and Wellbeing Board on 21 June 2022; "
             "implementation plan being drafted."),
            ("2.2", "Reduce waiting times for speech and language therapy initial assessment to "
                    "18 weeks.", "ELFT Head of Children's Therapies", D(2021, 11, 1),
             D(2023, 3, 31), "R", "A",
             "Longest wait down from 46 to 31 weeks. Two therapists recruited from August."),
            ("2.3", "Launch a 'Waiting Well' support offer for families waiting for a "
                    "neurodevelopmental assessment.", "Designated Clinical Officer",
             D(2022, 4, 1), D(2022, 9, 30), None, "G",
             "Offer co-designed with Newham Parents' Forum; launch planned for September."),
        ]),
        ("3. Parents' and carers' lack of confidence in the local area's SEND arrangements and "
         "the Local Offer", [
            ("3.1", "Relaunch the Local Offer website, co-designed with Newham Parents' Forum.",
             "Local Offer Manager", D(2022, 1, 1), D(2022, 5, 31), "G", "B",
             "New site went live on 16 May 2022. 4,200 visits in the first month."),
            ("3.2", "Hold termly 'You said, we did' events with parents and carers.",
             "Head of SEND; Parent Carer Forum Chair", D(2022, 1, 1), "Termly", "G", "G",
             "Summer event held 22 June with 60 families."),
        ]),
    ]
    rag = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    r = 5
    for area, acts in areas:
        top = r
        for a in acts:
            vals = [area if r == top else None] + list(a)
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col in (7, 8):
                v = ws.cell(row=r, column=col).value
                if v:
                    ws.cell(row=r, column=col).fill = fill(rag[v])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                     vertical="top")
            r += 1
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=top, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for k, text in [("B", "Complete"), ("G", "On track"),
                    ("A", "Some slippage – recovery plan in place"),
                    ("R", "Off track – escalated to the SEND Improvement Board")]:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(rag[k])
        ws.cell(row=r, column=2, value=text)
    vc = wb.create_sheet("Version control")
    for row in [("Version", "Date", "Changes", "Author"),
                ("0.1", "14/01/2022", "Tracker created from the WSOA submitted to Ofsted/CQC", "SEND PMO"),
                ("0.2", "05/04/2022", "Q4 2021/22 updates", "SEND PMO"),
                ("0.3", "04/07/2022", "Q1 2022/23 updates for July Board", "SEND PMO")]:
        vc.append(row)
    wb.save(os.path.join(HERE, "cs1-newham-send-wsoa-progress-tracker.xlsx"))


if __name__ == "__main__":
    doncaster()
    dollar()
    nwas()
    rathmore()
    lewisham()
    rainbows()
    newham()
    print("done")
