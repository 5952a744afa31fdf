"""Build the seven la1- blind test files (children's services plans) for set heldout347.

Run with: /work/main/.venv/bin/python la1_make.py   (writes next to this script)
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "dark": "1F3864", "light": "D9E1F2", "grey": "D9D9D9", "head": "BDD7EE",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=colour, end_color=colour)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. North Yorkshire Council - ILACS post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def north_yorkshire():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "North Yorkshire Council – ILACS Post-Inspection Action Plan"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Children and Young People's Service"
    cov["A2"].font = Font(italic=True, size=12)
    cov["A4"] = "Inspection of Local Authority Children's Services (ILACS)"
    cov["A5"] = "Inspection dates:"
    cov["B5"] = "11 to 22 March 2024"
    cov["A6"] = "Report published:"
    cov["B6"] = "8 May 2024"
    cov["A7"] = "Overall effectiveness:"
    cov["B7"] = "Outstanding"
    cov["A9"] = "Document control"
    cov["A9"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Status"),
        ("1.0", "28/06/2024", "Assistant Director, Children and Families", "Submitted to Ofsted"),
        ("1.2", "20/01/2025", "Improvement and Performance Lead", "Progress update – Partnership Executive"),
        ("1.3", "12/05/2025", "Improvement and Performance Lead", "Progress update – Partnership Executive"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=10 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    for col, w in zip("ABCD", (24, 14, 40, 42)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "ILACS Post-Inspection Action Plan – Progress Update May 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Overall effectiveness: Outstanding. Ofsted made three recommendations; "
                "the actions below respond to each of them.")
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
            "Previous RAG (Jan 2025)", "Current RAG (May 2025)", "Progress update"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["head"])
        c.border = BOX
        c.alignment = WRAP

    plan = [
        ("J", "The experiences and progress of children who need help and protection"),
        ("R", "Recommendation 1: The timeliness and quality of return home interviews for children "
              "who go missing from home, and how the learning from them informs children's plans."),
        ("1.1", "Re-commission the return home interview service with a contract standard that interviews "
                "are offered within 72 hours of a child's return.",
         "Head of Service – Targeted Early Help", d(2024, 9, 30), None, "G", "B",
         "New contract started 1 October 2024; 81% of RHIs offered within 72 hours in Q4."),
        ("1.2", "Introduce a monthly audit of 10 RHIs by the Missing and Exploitation Team, with findings "
                "reported to the Practice Improvement Board.",
         "Missing and Exploitation Team Manager", d(2024, 10, 31), None, "G", "G",
         "Audits in place since November 2024; 7 of 10 judged good or better in April."),
        ("1.3", "Update the missing children procedure so that information from RHIs is recorded on the "
                "child's plan and considered at the next review.",
         "Principal Social Worker", d(2024, 12, 31), "June 2025", "A", "A",
         "Procedure drafted; awaiting Partnership sign-off at the June Executive."),
        ("J", "The experiences and progress of children in care and care leavers"),
        ("R", "Recommendation 2: The quality and consistency of pathway plans for care leavers, so that "
              "they are written with young people and reflect their aspirations."),
        ("2.1", "Co-produce a new pathway plan template with the Care Leavers' Forum, written in the young "
                "person's own words.",
         "Group Manager – Leaving Care; Participation Lead", d(2024, 11, 30), None, "G", "B",
         "Template launched 2 December 2024 after three co-production workshops."),
        ("2.2", "Deliver pathway planning workshops for all personal advisers and social workers in the "
                "16+ teams.",
         "Leaving Care Service Manager", d(2025, 1, 31), d(2025, 4, 30), "A", "G",
         "84 of 92 staff trained; remaining sessions booked for April."),
        ("2.3", "Independent Reviewing Officers to check at each review that the pathway plan has been "
                "updated with the young person in the last six months, and escalate where it has not.",
         "Head of Safeguarding and Quality Assurance", d(2024, 10, 31), None, "G", "G",
         "IRO footprint added to the case record; 93% compliance in April 2025."),
        ("J", "The impact of leaders on social work practice with children and families"),
        ("R", "Recommendation 3: Management oversight of private fostering arrangements, including the "
              "timeliness of statutory visits."),
        ("3.1", "Create a private fostering tracker reviewed fortnightly by the Head of Service, with "
                "exception reporting to the Assistant Director.",
         "Head of Service – Children in Need and Child Protection", d(2024, 7, 31), None, "B", "B",
         "Tracker in use since July 2024."),
        ("3.2", "Run a private fostering awareness campaign with schools, language schools and GP practices.",
         "Private Fostering Lead / Communications Officer", d(2025, 3, 31), "Sept 2025", "R", "A",
         "Campaign delayed by communications capacity; now planned for the start of the autumn term."),
    ]
    r = 5
    for item in plan:
        if item[0] in ("J", "R"):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=item[1])
            c.alignment = WRAP
            if item[0] == "J":
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill(FILL["dark"])
            else:
                c.font = Font(bold=True, italic=True)
                c.fill = fill(FILL["light"])
                ws.row_dimensions[r].height = 30
        else:
            ref, action, lead, orig, rev, prev, cur, upd = item
            vals = [ref, action, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((6, prev), (7, cur)):
                ws.cell(row=r, column=j).fill = fill(FILL[v])
                ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summary of current RAG").font = Font(bold=True)
    for label, n in (("Complete (Blue)", 3), ("Green", 3), ("Amber", 2), ("Red", 0), ("Total actions", 8)):
        r += 1
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=n)
    for col, w in zip("ABCDEFGH", (7, 60, 30, 14, 14, 12, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate((("B", "Blue – action complete"),
                                   ("G", "Green – on track to be delivered by the target date"),
                                   ("A", "Amber – some slippage, recoverable within the quarter"),
                                   ("R", "Red – off track, escalation to the Partnership Executive required")), 2):
        key.cell(row=i, column=1, value=k).fill = fill(FILL[k])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, "la1-north-yorkshire-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


RAGWORD = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
           "Blue": "0070C0"}


# ---------------------------------------------------------------------------
# 2. Barnet Youth Justice Service - HMI Probation improvement plan (docx)
# ---------------------------------------------------------------------------
def barnet():
    doc = Document()
    landscape(doc)
    doc.add_heading("Barnet Youth Justice Service: HMI Probation Inspection Improvement Plan 2022–23", 0)
    doc.add_paragraph("Overall rating: Good. Inspection fieldwork: February 2022. Report published: May 2022. "
                      "The inspection report made seven recommendations; this plan groups them by who "
                      "the recommendation was made to. Progress is reported to each meeting of the "
                      "Barnet Youth Justice Management Board.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ("Version", "Date", "Author", "Change")):
        bold_cell(c, h)
    for row in (("0.3", "10/06/2022", "YJS Service Manager", "Draft for Management Board"),
                ("1.0", "07/07/2022", "Head of Service", "Approved by Management Board"),
                ("1.2", "12/01/2023", "YJS Service Manager", "January 2023 progress update")):
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for word, meaning in (("Complete", "Action completed and evidenced"),
                          ("Green", "On track"),
                          ("Amber", "Some delay – expected to complete within three months"),
                          ("Red", "Off track – Board support needed")):
        cells = kt.add_row().cells
        cells[0].text = word
        shade(cells[0], RAGWORD[word])
        cells[1].text = meaning

    sections = [
        ("Section A: Recommendations for the Barnet Youth Justice Management Board", [
            ("Recommendation 1: Make sure that children have access to education, training and employment "
             "(ETE) provision that meets their needs, and that partners share responsibility for improving "
             "ETE outcomes.", [
                ("1.1", "Appoint a dedicated ETE Officer within the YJS, funded jointly by Education and "
                        "Children’s Services.", "Head of Service", "September 2022",
                 "ETE Officer in post since 5 September 2022.", "Complete"),
                ("1.2", "Add a standing ETE item to the Management Board agenda, with the Virtual School and "
                        "the Inclusion Lead reporting quarterly on children known to the YJS.",
                 "Chair of Management Board / Head of Virtual School", "Q3 2022/23",
                 "First report received at the December Board.", "Green"),
                ("1.3", "Agree a protocol with Barnet schools that a YJS worker is invited to any "
                        "reintegration or exclusion meeting for a child open to the service.",
                 "Inclusion Lead (Education)", "March 2023",
                 "Draft protocol shared with the headteacher reference group.", "Amber"),
            ]),
            ("Recommendation 2: Improve the partnership’s understanding of why girls are over-represented "
             "in the YJS cohort, and make sure that services meet their needs.", [
                ("2.1", "Commission a themed audit of all girls open to the YJS during 2021/22, including "
                        "their routes into the service.", "QA and Performance Officer", "October 2022",
                 "Audit completed; findings presented to the Board in November.", "Complete"),
                ("2.2", "Develop a girls’ group intervention with partners, co-designed with girls currently "
                        "open to the service.", "YJS Team Manager (Interventions)",
                 "Ongoing – reviewed quarterly",
                 "Two co-design sessions held; pilot group to start in February.", "Green"),
            ]),
        ]),
        ("Section B: Recommendations for the YJS Head of Service", [
            ("Recommendation 3: Improve the quality of assessments so that they consistently analyse the "
             "risks to the child’s safety and wellbeing and the risk of harm they pose to others.", [
                ("3.1", "Deliver AssetPlus refresher training for all case managers, focusing on the "
                        "analysis of safety and wellbeing and risk of harm.", "YJS Service Manager",
                 "November 2022", "Training delivered on 18 and 25 October 2022.", "Complete"),
                ("3.2", "Introduce a monthly case audit, with results reviewed in team meetings and "
                        "individual supervision.", "Team Managers", "Monthly",
                 "Audit tool agreed; 12 cases audited in December.", "Green"),
                ("3.3", "Make manager countersigning of all risk of harm assessments mandatory, within "
                        "10 working days.", "TM / KA", "31/01/2023",
                 "Business rule built into the case management system.", "Green"),
            ]),
            ("Recommendation 4: Make sure that the needs and wishes of victims are routinely considered "
             "when interventions are planned and delivered.", [
                ("4.1", "Review the victim contact process with the Metropolitan Police and update the "
                        "victim practice guidance.",
                 "Restorative Justice Worker & YJS Police Officer", "December 2022",
                 "Guidance reissued; victim contact now recorded on the case record.", "Complete"),
                ("4.2", "Include victim safety as a specific section in every intervention plan where "
                        "there is an identified victim.", "YJS Service Manager", "End of March 2023",
                 "Plan template updated; compliance checked through the monthly audit.", "Amber"),
            ]),
        ]),
    ]
    for sec, recs in sections:
        doc.add_heading(sec, 1)
        for rec, acts in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            bold_cell(top, rec)
            shade(top, "DEEAF6")
            for c, h in zip(t.rows[1].cells, ("No.", "Action", "Lead", "By when",
                                              "Progress (January 2023)", "RAG")):
                bold_cell(c, h)
                shade(c, "D9D9D9")
            for no, act, lead, when, prog, rag in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, (no, act, lead, when, prog, rag)):
                    c.text = v
                shade(cells[5], RAGWORD[rag])
            doc.add_paragraph("")
    doc.add_paragraph("Next review: Barnet Youth Justice Management Board, April 2023.")
    doc.save(os.path.join(HERE, "la1-barnet-youth-justice-service-hmip-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Glasgow - joint inspection of services for children at risk of harm (docx)
# ---------------------------------------------------------------------------
def glasgow():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph("Glasgow City Community Planning Partnership")
    p.runs[0].italic = True
    doc.add_heading("Joint Inspection of Services for Children and Young People at Risk of Harm – "
                    "Partnership Improvement Plan", 0)
    doc.add_paragraph("This plan sets out how Glasgow partners will respond to the areas for improvement "
                      "identified in the joint inspection report. Progress is overseen by the Glasgow Child "
                      "Protection Committee (CPC) and reported to the Children’s Services Executive Group "
                      "and the Chief Officers Group.")
    doc.add_heading("Version control", 2)
    vc = doc.add_table(rows=1, cols=3)
    vc.style = "Table Grid"
    for c, h in zip(vc.rows[0].cells, ("Version", "Date", "Approved by")):
        bold_cell(c, h)
    for row in (("1.0", "March 2025", "Chief Officers Group"),
                ("1.1", "September 2025", "Glasgow Child Protection Committee")):
        for c, v in zip(vc.add_row().cells, row):
            c.text = v
    doc.add_heading("Progress key", 2)
    pk = doc.add_table(rows=0, cols=2)
    pk.style = "Table Grid"
    for word, meaning in (("Blue", "Complete"), ("Green", "On track"),
                          ("Amber", "Delayed – recovery plan in place"),
                          ("Not started", "Due to begin later in the plan")):
        cells = pk.add_row().cells
        cells[0].text = word
        if word in RAGWORD:
            shade(cells[0], RAGWORD[word])
        cells[1].text = meaning
    doc.add_paragraph("")

    areas = [
        ("Area for improvement 1",
         "Partners should ensure that children, young people and families receive timely help, including by "
         "reducing waiting times for services which support their emotional and mental wellbeing.", [
             ("Map all family support and mental wellbeing services with waiting lists over 12 weeks, and "
              "agree interim support for families who are waiting.",
              "Glasgow City HSCP; Third sector family support partners", "31/10/2025",
              "Waiting list map reported to the Children’s Services Executive Group.", "Green"),
             ("Extend the Family Wellbeing Hub to the North East locality so that families can refer "
              "themselves without a professional referral.",
              "Glasgow City HSCP", "March 2026",
              "Self-referrals from North East; time to first contact under 10 working days.", "Not started"),
         ]),
        ("Area for improvement 2",
         "Partners should make sure that children and young people are meaningfully involved in meetings "
         "about them, and that barriers to expressing their views are removed.", [
             ("Introduce a ‘my views’ form, co-designed with care experienced young people, to be completed "
              "before every child protection planning meeting.",
              "Glasgow Child Protection Committee", "By December 2025",
              "% of planning meetings where the child’s views are recorded.", "Amber"),
             ("Offer independent advocacy to every child aged 8 and over who is subject to a child "
              "protection plan.",
              "Social Work Services / Children’s Rights Service", "Q3 2025/26",
              "Advocacy uptake reported quarterly to CPC.", "Green"),
         ]),
        ("Area for improvement 3",
         "Partners should strengthen their collective response to young people at risk of harm in the "
         "community, particularly those at risk of criminal exploitation.", [
             ("Test a multi-agency contextual safeguarding approach in two localities, with a single meeting "
              "to review young people at risk of harm outside the home.",
              "Police Scotland; Glasgow City HSCP", "January 2026",
              "Pilot evaluation to CPC in April 2026.", "Green"),
             ("Update the interagency guidance on child criminal exploitation and brief staff in education, "
              "health and social work.",
              "Child Protection Lead Officer; NHS Greater Glasgow and Clyde", "Ongoing",
              "Number of staff briefed, by service.", "Green"),
         ]),
        ("Area for improvement 4",
         "Partners should improve the quality and consistency of key protective processes, supported by "
         "regular multi-agency quality assurance.", [
             ("Agree a multi-agency quality assurance framework, including an annual programme of joint "
              "case file audits of IRDs, chronologies and child’s plans.",
              "CPC Quality Assurance Subgroup", "September 2025",
              "Framework approved by CPC.", "Blue"),
             ("Complete the first joint audit of inter-agency referral discussions (IRDs) and report the "
              "findings and improvement actions to CPC.",
              "CPC Quality Assurance Subgroup", "Feb 2026",
              "Audit report to CPC.", "Not started"),
             ("Refresh chronology training for all practitioners, using the learning from the audit.",
              "Child Protection Lead Officer", "June 2026",
              "Chronology quality in the audit sample.", "Not started"),
         ]),
    ]
    for label, text, acts in areas:
        t = doc.add_table(rows=3, cols=5)
        t.style = "Table Grid"
        a = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        bold_cell(a, label, 12)
        shade(a, "1F4E79")
        a.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        b = t.rows[1].cells[0].merge(t.rows[1].cells[4])
        b.text = text
        shade(b, "DEEAF6")
        for c, h in zip(t.rows[2].cells, ("What we will do", "Lead partner(s)", "Timescale",
                                          "How we will know", "Progress")):
            bold_cell(c, h)
        for act, lead, when, measure, prog in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (act, lead, when, measure, prog)):
                c.text = v
            if prog in RAGWORD:
                shade(cells[4], RAGWORD[prog])
        doc.add_paragraph("")
    doc.add_paragraph("Contact: Child Protection Lead Officer, Glasgow City HSCP.")
    doc.save(os.path.join(HERE, "la1-glasgow-children-at-risk-of-harm-joint-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Liverpool - Corporate Parenting Board action plan (csv export)
# ---------------------------------------------------------------------------
def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def liverpool():
    rows = [
        ["Liverpool City Council – Corporate Parenting Board Action Plan 2025-26", "", "", "", "", "", ""],
        ["Progress update for the Corporate Parenting Board, 14 January 2026", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Pledge", "Ref", "Action", "Lead(s)", "Due", "RAG", "Update"],
        ["Pledge 1 – We will listen to you and act on what you tell us", "CP1.1",
         "Hold a Corporate Parenting Board meeting each quarter at which the Children in Care Council "
         "sets the agenda.", "Participation Manager & Democratic Services Officer", "Quarterly", "G",
         "October meeting co-chaired by two members of the Children in Care Council."],
        ["", "CP1.2",
         "Publish a 'You said, we did' report after every Board meeting, in a format agreed with young people.\n"
         "Share it through the Mind of My Own app and the care leavers' Instagram page.",
         "Participation Manager", "Mar-26", "A",
         "First edition published in November; Instagram content delayed."],
        ["Pledge 2 – We will help you to have a safe and stable home", "CP2.1",
         "Recruit 40 additional in-house foster carers through the Foster for Liverpool campaign.",
         "Head of Fostering", "31/03/2026", "A", "22 approvals to date; 14 households in assessment."],
        ["", "CP2.2",
         "Open two new council-run children's homes in the city, so that fewer children live outside Liverpool.",
         "Head of Residential Services / Property Services Manager", "Sept 2025 – March 2026", "R",
         "Ofsted registration of the second home delayed by building works."],
        ["Pledge 3 – We will support you with your education, training and work", "CP3.1",
         "Make sure every child in care has a Personal Education Plan reviewed each term, with a quality "
         "rating from the Virtual School.", "Virtual School Headteacher", "Termly", "G",
         "96% of PEPs rated good or better in the autumn term."],
        ["", "CP3.2",
         "Offer at least 20 ring-fenced apprenticeships for care leavers across the council and its partners.",
         "Lindsay Hughes and Mark Ellison", "Jul-26", "G",
         "12 apprenticeships agreed with City Region partners."],
        ["Pledge 4 – We will help you get ready for adult life", "CP4.1",
         "Extend the council tax exemption to Liverpool care leavers living anywhere in England, up to the "
         "age of 25.", "Head of Revenues and Benefits", "April 2025", "Complete",
         "Approved by Cabinet; in place from 1 April 2025."],
        ["", "CP4.2",
         "Launch a Staying Close offer for young people leaving residential care.",
         "Leaving Care Service Manager", "Jun-26", "G",
         "Funding confirmed; provider procurement under way."],
        ["", "", "", "", "", "", ""],
        ["RAG key: G = on track; A = at risk of slipping; R = off track; Complete = achieved", "", "", "", "", "", ""],
        ["Total actions: 8 (Complete 1; G 4; A 2; R 1)", "", "", "", "", "", ""],
    ]
    text = "\r\n".join(",".join(csv_field(v) for v in r) for r in rows) + "\r\n"
    with open(os.path.join(HERE, "la1-liverpool-corporate-parenting-board-action-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 5. Bolton - Area SEND inspection improvement plan (tab-separated text export)
# ---------------------------------------------------------------------------
def bolton():
    lines = [
        "Bolton SEND Partnership",
        "Area SEND Inspection (June 2024) – Improvement Plan",
        "Exported from the SEND Improvement Board tracker 03/03/2025",
        "",
        "Ref\tAction\tResponsible lead\tCompletion date\tStatus\tComments",
        "Area for improvement 1: Partners should reduce waiting times for autism and ADHD assessments, and "
        "improve the support available to children and families while they wait.",
        "1a\tCommission additional autism assessment capacity from an independent provider to clear the "
        "backlog of children waiting over 52 weeks.\tDesignated Clinical Officer (ICB)\tAutumn term 2024\t"
        "Complete\tContract started 1 October 2024; 310 assessments completed.",
        "1b\tLaunch a 'waiting well' offer with Bolton Parent Carer Forum, including a monthly drop-in and "
        "online resources.\tBolton Parent Carer Forum & SENDIASS\tSpring term 2025\tOn track\t"
        "Drop-ins running at the central library since January.",
        "1c\tIntroduce a needs-led (rather than diagnosis-led) offer of support in schools for children "
        "awaiting assessment.\tHead of SEND (LA) / Designated Clinical Officer (ICB)\tSummer term 2025\t"
        "On track\tPilot running in 12 primary schools.",
        "Area for improvement 2: Leaders should ensure that EHC plans are reviewed in a timely way and "
        "updated when children's needs change, particularly at points of transition.",
        "2a\tRecruit two additional SEN Review Officers to increase the number of annual reviews completed "
        "within statutory timescales.\tHead of SEND (LA)\t31/12/2024\tComplete\t"
        "Both officers in post from November 2024.",
        "2b\tPrioritise annual reviews for children moving from Year 6 to Year 7 and from Year 11 to post-16, "
        "with amended plans issued by 15 February and 31 March respectively.\tSEN Team Manager\t"
        "31/03/2025\tAmber\tYear 6 amendments issued on time for 88% of pupils.",
        "2c\tBuild an annual review dashboard for the SEND Improvement Board showing timeliness by school "
        "and phase.\tBusiness Intelligence Lead\tTBC\tNot started\tAwaiting the new case management system.",
        "Area for improvement 3: Partners should strengthen the Local Offer so that families can easily find "
        "information about services, including short breaks.",
        "3a\tRedesign the Local Offer website with young people and parent carers, including a short breaks "
        "directory.\tLocal Offer Officer\tSept 2025\tOn track\tCo-production group meeting fortnightly.",
        "",
        "Status key: Complete / On track / Amber (some slippage) / Red (off track) / Not started",
        "Next update: SEND Improvement Board, May 2025",
    ]
    with open(os.path.join(HERE, "la1-bolton-local-area-send-inspection-improvement-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. South East Wales Adoption Service - CIW inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
def sewas():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncol = 8
    for r, txt, f in ((1, "South East Wales Adoption Service (SEWAS) – CIW Inspection Improvement Plan",
                       Font(bold=True, size=14)),
                      (2, "Inspection 30 June to 3 July 2025 – report published September 2025",
                       Font(bold=True, size=12)),
                      (3, "Host authority: Blaenau Gwent County Borough Council  |  Plan agreed by SEWAS "
                          "Management Board 16 October 2025  |  Last updated 15 January 2026", Font(italic=True))):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1, value=txt).font = f
    ws.cell(row=4, column=1, value="Status key (cell colour):").font = Font(bold=True)
    for j, (k, word) in enumerate((("G", "On track"), ("A", "Some slippage"), ("R", "Off track"),
                                   ("B", "Complete")), 2):
        c = ws.cell(row=4, column=j, value=word)
        c.fill = fill(FILL[k])
        c.border = BOX
    head = ["Theme", "Area for improvement", "No.", "Action", "Responsible officer", "Target date",
            "Status", "Progress / evidence"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.border = BOX
        c.alignment = WRAP
    groups = [
        ("Well-being",
         "Information about the service, including the statement of purpose and children’s guide, should be "
         "kept up to date and made available in accessible formats.", [
             (1, "Review and reissue the statement of purpose, and publish it on the SEWAS website.",
              "SEWAS Regional Manager", d(2025, 12, 31), "B",
              "Revised statement of purpose approved by Management Board 11 December 2025."),
             (2, "Produce a children’s guide in easy-read and Welsh-language versions, co-produced with "
                 "adopted young people.",
              "Adoption Support Team Manager; Welsh Language Officer", "End of March 2026", "G",
              "Two sessions held with the young people’s adoption group."),
         ]),
        ("Care and development",
         "Records of adoption support assessments should show clearly how the views of children and "
         "adopters inform the support plan.", [
             (3, "Revise the adoption support assessment template to include a section on the child’s and "
                 "adopters’ views.", "Adoption Support Team Manager", "Nov-25", "B",
              "New template live on WCCIS from 3 November 2025."),
             (4, "Carry out a quarterly audit of 10% of adoption support plans and feed back the findings "
                 "at team meetings.", "Practice Lead (Quality Assurance)", "Quarterly", "G",
              "First audit completed December 2025; 12 plans reviewed."),
         ]),
        ("Leadership and management",
         "The responsible individual should ensure that quality of care reviews are completed six-monthly "
         "and include feedback from people using the service.", [
             (5, "Complete the overdue quality of care review for April to September 2025 and publish a "
                 "summary for adopters.", "Responsible Individual", d(2025, 10, 31), "R",
              "Review drafted; survey response rate too low to publish the summary."),
             (6, "Set up a six-monthly feedback survey of adopters, birth parents and children, with the "
                 "results included in each quality of care review.",
              "Business Support Manager / Panel Adviser", "Q4 2025/26", "A",
              "Survey designed; launch moved to February 2026."),
             (7, "Report progress against this plan to each SEWAS Management Board meeting.",
              "SEWAS Regional Manager", "Ongoing", "G", "Standing agenda item since October 2025."),
         ]),
    ]
    r = 7
    for theme, afi, acts in groups:
        first = r
        for no, act, lead, when, rag, prog in acts:
            for j, v in enumerate((None, None, no, act, lead, when, None, prog), 1):
                c = ws.cell(row=r, column=j)
                if v is not None:
                    c.value = v
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(FILL[rag])
            r += 1
        last = r - 1
        ws.cell(row=first, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=first, column=2, value=afi)
        for col in (1, 2):
            ws.cell(row=first, column=col).alignment = WRAP
            ws.cell(row=first, column=col).fill = fill("E2EFDA")
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    for col, w in zip("ABCDEFGH", (16, 40, 5, 55, 30, 16, 10, 45)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by status – January 2026"
    sm["A1"].font = Font(bold=True)
    for i, (k, word, n) in enumerate((("B", "Complete", 2), ("G", "On track", 3), ("A", "Some slippage", 1),
                                      ("R", "Off track", 1)), 3):
        sm.cell(row=i, column=1, value=word).fill = fill(FILL[k])
        sm.cell(row=i, column=2, value=n)
    sm.cell(row=7, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=7, column=2, value=7).font = Font(bold=True)
    sm.column_dimensions["A"].width = 20
    wb.save(os.path.join(HERE, "la1-south-east-wales-adoption-service-ciw-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 7. Knowsley - Early Help Partnership strategy action plan, with a typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def knowsley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Knowsley Early Help and Prevention Strategy 2025–2028"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Early Help Partnership Action Plan – Year 1 (2025/26) – Quarter 2 update"
    ws["A2"].font = Font(bold=True)
    head = ["Ref", "What we will do", "Lead", "Partners involved", "Start", "End", "RAG", "Q2 update"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["head"])
        c.border = BOX
    plan = [
        ("Principle 1: Effective Partnerships",),
        ("EP1", "Relaunch the Early Help Partnership Board with revised terms of reference and members from "
                "schools, health and the voluntary sector.", "Head of Early Help",
         "Schools; Mersey Care; One Knowsley", "April 2025", "June 2025", "B", "Board relaunched 24 June 2025."),
        ("EP2", "Agree a partnership lead professional protocol for Early Help Assessments.",
         "Early Help Partnership Manager", "All partners", "May 2025", "September 2025", "G",
         "Protocol endorsed by the Board in September."),
        ("Principle 2: Workforce Development",),
        ("WD1", "Deliver a training programme on the Early Help Assessment for partner agencies.",
         "Workforce Development Manager", "Schools; health visiting; housing", "September 2025",
         "March 2026", "G", "Six sessions delivered; 140 staff trained."),
        ("WD2", "Set up a quarterly lead professional forum with practice learning from audits.",
         "Early Help Practice Lead", "All partners", "October 2025", "Febuary 2026", "A",
         "First forum postponed to January."),
        ("Principle 3: Improving the Use of Data",),
        ("UD1", "Build an early help dashboard showing need, demand and outcomes by Family Hub area.",
         "Business Intelligence Manager", "Public Health", "July 2025", "December 2025", "A",
         "Data feed from schools outstanding."),
        ("UD2", "Use the Supporting Families outcomes framework to measure family outcomes at case closure.",
         "Supporting Families Coordinator", "DWP; Police", "April 2025", "March 2026", "G",
         "Outcome recording live since July."),
        ("Principle 4: Communication",),
        ("C1", "Refresh the Family Hub web pages and printed information so families know how to get help.",
         "Communications Manager", "Parent and carer panel", "June 2025", "November 2025", "G",
         "Web pages tested with parents in October."),
    ]
    r = 5
    for item in plan:
        if len(item) == 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=item[0])
            c.font = Font(bold=True)
            c.fill = fill(FILL["light"])
        else:
            for j, v in enumerate(item, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=7).fill = fill(FILL[item[6]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete; G = on track; A = some slippage; R = off track")
    for col, w in zip("ABCDEFGH", (7, 60, 30, 30, 15, 15, 7, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE,
                         "la1-knowsley-early-help-partnership-strategy-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    north_yorkshire()
    barnet()
    glasgow()
    liverpool()
    bolton()
    sewas()
    knowsley()
    print("written 7 files to", HERE)
