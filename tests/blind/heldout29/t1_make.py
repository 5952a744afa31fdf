"""Generator for the t1- blind cases in /work/blind/heldout29 (run with /work/main/.venv/bin/python)."""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "hdr": PatternFill("solid", fgColor="1F3864"),
    "theme": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------- 1. Bradford ILACS statement of action (xlsx)
def bradford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Statement of Action"
    ws["A1"] = "Bradford Children's Social Care Improvement Plan – Statement of Action (Ofsted ILACS, September 2018)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "City of Bradford Metropolitan District Council"
    ws["A3"] = "Version 4.2 – progress reported to the Partnership Steering Group, June 2019"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Ofsted recommendation", "Action", "Task Group Lead", "Target date",
           "Revised date", "RAG", "Progress update (June 2019)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["hdr"]
        cell.alignment = WRAP
        cell.border = BOX
    rows = [
        ("theme", "Theme 1: Leadership, Management and Governance"),
        ("act", "1.1", "R1. Senior leaders should strengthen their oversight of frontline practice so that they have an accurate understanding of the quality of work with children",
         "Establish the Children's Social Care Improvement Board with an independent chair and monthly reporting from each task group",
         "Chief Executive", (d(2019, 1, 31), "dd/mm/yyyy"), None, "B",
         "Board established January 2019; independent chair appointed and first meeting held 28 January."),
        ("act", "1.2", None,
         "Implement a quality assurance framework with monthly practice audits completed by all managers from team manager to Strategic Director",
         "AD Performance & QA", (d(2019, 2, 28), "dd/mm/yyyy"), (d(2019, 4, 30), "dd/mm/yyyy"), "G",
         "Framework signed off in April. First two monthly audit cycles completed with 87% of audits returned."),
        ("act", "1.3", None,
         "Senior leaders to undertake quarterly practice observation visits to frontline teams and report findings to the Improvement Board",
         "SD / AD CSC", ("Quarterly", None), None, "A",
         "Visits took place in Q4; Q1 visits delayed by interim staffing changes and now booked for July."),
        ("theme", "Theme 2: Front Door and Early Help"),
        ("act", "2.1", "R2. Improve the timeliness and quality of decision-making at the front door, including the application of thresholds by partner agencies",
         "Review the Integrated Front Door staffing model and recruit to additional social worker and team manager posts",
         "Head of Service – Front Door", (d(2019, 3, 1), "mmm-yy"), None, "B",
         "Six additional social workers and one team manager in post from March 2019."),
        ("act", "2.2", None,
         "Relaunch the multi-agency threshold document (Continuum of Need) with briefing sessions for all partner agencies",
         "BSCB Business Manager", (d(2019, 4, 30), "dd/mm/yyyy"), None, "G",
         "Document relaunched 1 April; 14 briefing sessions delivered to schools, health and police so far."),
        ("act", "2.3", None,
         "Introduce a daily management review of all contacts awaiting a decision for more than 24 hours",
         "Team Managers IFD", ("Ongoing", None), None, "G",
         "Daily review in place; contacts over 24 hours reduced from 212 to 31."),
        ("theme", "Theme 3: Assessment, Planning and Child Protection"),
        ("act", "3.1", "R3. Strengthen the quality of assessments and plans so that they are informed by children's history and focus on what needs to change",
         "Roll out Signs of Safety practice framework training to all social work teams",
         "Principal Social Worker", (d(2019, 7, 31), "dd/mm/yyyy"), None, "A",
         "Four of six cohorts trained; remaining two cohorts scheduled for July."),
        ("act", "3.2", None,
         "Implement a revised child and family assessment template that includes a chronology and an analysis of cumulative harm",
         "PSW & HoS Assessment", (d(2019, 4, 1), "mmm-yy"), (d(2019, 6, 1), "mmm-yy"), "R",
         "Template built but not yet live on Liquidlogic; go-live dependent on system release."),
        ("act", "3.3", "R4. Ensure that children subject to child protection plans for extended periods have their plans reviewed with independent oversight",
         "Child Protection Chairs to review all children on plans for over 15 months and escalate drift through the dispute resolution process",
         "Head of Safeguarding and Reviewing", (d(2019, 3, 31), "dd/mm/yyyy"), None, "B",
         "All 64 children reviewed; 11 escalations raised and resolved."),
    ]
    r = 6
    groups = []  # (start,end) rows of recommendation merges
    cur = None
    for row in rows:
        if row[0] == "theme":
            if cur:
                groups.append(cur)
                cur = None
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = FILL["theme"]
            r += 1
            continue
        _, ref, rec, action, lead, target, revised, rag, prog = row
        if rec is not None:
            if cur:
                groups.append(cur)
            cur = [r, r]
            ws.cell(row=r, column=2, value=rec)
        else:
            cur[1] = r
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=lead)
        v, fmt = target
        c = ws.cell(row=r, column=5, value=v)
        if fmt:
            c.number_format = fmt
        if revised:
            c = ws.cell(row=r, column=6, value=revised[0])
            c.number_format = revised[1]
        c = ws.cell(row=r, column=7, value=rag)
        c.fill = FILL[rag]
        c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=8, value=prog)
        for col in range(1, 9):
            ws.cell(row=r, column=col).border = BOX
            if col != 7:
                ws.cell(row=r, column=col).alignment = WRAP
        r += 1
    if cur:
        groups.append(cur)
    for a, b in groups:
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – action in hand"), ("R", "Off track / at risk")]
    for i, (k, t) in enumerate(key):
        c = ws.cell(row=r + 1 + i, column=1, value=k)
        c.fill = FILL[k]
        ws.cell(row=r + 1 + i, column=2, value=t)
    for col, w in zip("ABCDEFGH", [6, 40, 48, 22, 12, 12, 6, 48]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "t1-bradford-ilacs-statement-of-action.xlsx"))


# ---------------------------------------------------------------- 2. Bury SEND WSoA tracker (xlsx, refuse)
def bury():
    wb = Workbook()
    ws = wb.active
    ws.title = "WSoA tracker"
    ws["A1"] = "Bury Local Area SEND Written Statement of Action – Progress Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Bury Council and NHS Bury CCG   |   WSoA final version 27-Oct-17   |   Progress as at 31 March 2018"
    hdr = ["Area of weakness", "Ref", "Action", "Lead Officer", "Timescale", "Progress to date", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILL["grey"]
        cell.border = BOX
        cell.alignment = WRAP
    data = [
        ("1. Strategic leadership and vision to drive the SEND reforms", [
            ("1.1", "Establish a SEND Strategic Board jointly chaired by the Executive Director of Children's Services and the CCG Chief Officer",
             "Executive Director Children's Services", (d(2017, 11, 1), "mmm-yy"),
             "Board established and meeting monthly since November 2017.", "B"),
            ("1.2", "Publish a co-produced SEND Strategy 2018-2021 with a clear vision and outcomes framework",
             "Head of SEND and Inclusion", (d(2018, 4, 1), "mmm-yy"),
             "Draft strategy consulted on in March; final version to the Board in April.", "G"),
        ]),
        ("2. Co-production at the heart of strategic considerations", [
            ("2.1", "Agree a co-production charter with Bury2Gether parent carer forum",
             "Strategic Lead SEND / Bury2Gether Chair", (d(2018, 1, 1), "mmm-yy"),
             "Charter signed at the January Board.", "B"),
            ("2.2", "Parent carer representatives to sit on every SEND workstream and the Strategic Board",
             "Strategic Lead SEND", ("Febuary 2018", None),
             "Representatives on four of six workstreams; two vacancies being recruited to.", "A"),
            ("2.3", "Hold termly 'You said, we did' events with children, young people and families",
             "Participation Officer", ("Termly", None),
             "First event held in March with 46 families attending.", "G"),
        ]),
        ("3. Joined-up working across education, health and care", [
            ("3.1", "Introduce a multi-agency panel for EHC needs assessment decisions with health and social care representation",
             "Designated Clinical Officer", (d(2018, 3, 1), "mmm-yy"),
             "Panel terms of reference agreed; social care attendance not yet consistent.", "A"),
            ("3.2", "Pilot a key worker model for families of children with complex needs",
             "Head of Children with Disabilities", ("Summer term 2018", None),
             "Pilot design agreed; recruitment of two key workers under way.", "R"),
        ]),
    ]
    r = 5
    for area, acts in data:
        start = r
        ws.cell(row=r, column=1, value=area).alignment = WRAP
        for ref, action, lead, ts, prog, rag in acts:
            ws.cell(row=r, column=2, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=ts[0])
            if ts[1]:
                c.number_format = ts[1]
            ws.cell(row=r, column=6, value=prog)
            ws.cell(row=r, column=7).fill = FILL[rag]
            for col in range(1, 8):
                ws.cell(row=r, column=col).border = BOX
                if col > 1:
                    ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Completed"), ("G", "On track to deliver by timescale"),
                                ("A", "Some risk to delivery"), ("R", "Will not be delivered by timescale")]):
        ws.cell(row=r + 1 + i, column=1).fill = FILL[k]
        ws.cell(row=r + 1 + i, column=2, value=t)
    for col, w in zip("ABCDEFG", [34, 6, 52, 30, 14, 50, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "t1-bury-send-wsoa-tracker.xlsx"))


# ---------------------------------------------------------------- 3. Slough Children First fostering (xlsx)
def slough():
    wb = Workbook()
    ws = wb.active
    ws.title = "Fostering plan"
    ws["A1"] = "Slough Children First Fostering Service – Post-Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection of the fostering agency, February 2023"
    ws["A3"] = "Owner: Registered Manager, Fostering   Last updated: 14/07/2023"
    hdr = ["No.", "Ofsted requirement / recommendation", "Action", "Responsible officer", "Due date",
           "Previous RAG", "Current RAG", "Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    data = [
        ("Requirement 1: The registered person must ensure that foster carers' annual reviews are completed within timescale and consider the views of children placed (Regulation 28)", [
            ("1", "Create a tracker of all annual review due dates, monitored weekly by the Fostering Team Manager",
             "Fostering Team Manager", d(2023, 3, 31), "Amber", "Complete",
             "Tracker live from March; no reviews currently overdue."),
            ("2", "Independent reviewing officer to seek each child's views before every annual review using the 'Having my say' form",
             "Fostering IRO", d(2023, 5, 31), "Amber", "Green",
             "Children's views recorded in 9 of 11 reviews held since May."),
        ]),
        ("Requirement 2: The registered person must ensure that all foster carers complete the Training, Support and Development Standards within the required timescales", [
            ("3", "Identify all carers outside the 12 month timescale and agree an individual completion plan with each supervising social worker",
             "Learning & Development Lead", d(2023, 4, 28), "Red", "Amber",
             "14 carers identified; 9 plans agreed. Remaining 5 carers to be seen by end of July."),
            ("4", "Commission additional TSD workshops on weekends and evenings",
             "Learning & Development Lead", d(2023, 9, 30), "Not started", "Green",
             "Autumn programme published; four Saturday sessions booked."),
        ]),
        ("Recommendation 1: The registered person should ensure that supervising social workers' records of supervisory visits are analytical and reflect the child's lived experience", [
            ("5", "Revise the supervisory visit template to include a section on the child's lived experience and the carer's reflection",
             "Registered Manager", d(2023, 4, 30), "Green", "Complete",
             "Revised template in use from 1 May."),
            ("6", "Quarterly audit of supervisory visit records with findings shared in team meetings",
             "Fostering Team Manager", "Quarterly", "Not started", "Green",
             "First audit completed June 2023; 70% of records rated good."),
        ]),
        ("Recommendation 2: The registered person should ensure that the fostering panel receives timely and complete reports", [
            ("7", "Introduce a panel report quality checklist and a deadline of 10 working days before panel for all reports",
             "Panel Adviser", d(2023, 6, 30), "Amber", "Red",
             "Checklist agreed but three reports at the June panel were late; escalated to the Head of Service."),
        ]),
    ]
    r = 6
    for rec, acts in data:
        start = r
        ws.cell(row=r, column=2, value=rec)
        for no, action, lead, due, prev, curr, upd in acts:
            ws.cell(row=r, column=1, value=no)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd-mmm-yy"
            ws.cell(row=r, column=6, value=prev)
            ws.cell(row=r, column=7, value=curr)
            colour = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}
            if prev in colour:
                ws.cell(row=r, column=6).fill = FILL[colour[prev]]
            ws.cell(row=r, column=7).fill = FILL[colour[curr]]
            ws.cell(row=r, column=8, value=upd)
            for col in range(1, 9):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGH", [5, 46, 46, 24, 11, 11, 11, 46]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "t1-slough-fostering-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


RAGHEX = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Complete": "0070C0", "Blue": "0070C0"}


# ---------------------------------------------------------------- 4. Solihull JTAI action plan (docx)
def solihull():
    doc = Document()
    doc.add_heading("Solihull Safeguarding Children Partnership – JTAI Multi-agency Action Plan", level=0)
    doc.add_paragraph(
        "Ofsted, the Care Quality Commission, HMICFRS and HMI Probation carried out a joint targeted area "
        "inspection of the multi-agency response to the identification of initial need and risk in Solihull "
        "in January 2022. This plan sets out how the three safeguarding partners – Solihull Metropolitan "
        "Borough Council (SMBC), Birmingham and Solihull Integrated Care Board (ICB) and West Midlands Police "
        "(WMP) – will respond to the areas for improvement identified in the inspection letter. Progress is "
        "reported to the SSCP Executive every two months.")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "15 November 2022"),
                                ("Author", "SSCP Business Manager"),
                                ("Approved by", "SSCP Executive (Safeguarding Partners)")]):
        set_text(dc.cell(i, 0), k, bold=True)
        set_text(dc.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("Action plan", style="Heading 2")
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress (November 2022)", "RAG"]
    plan = [
        ("Area for improvement 1: The capacity of the MASH to respond to the increased volume of contacts in a timely way", [
            ("1.1", "Review MASH demand and staffing against the new operating model, and recruit to the agreed additional posts",
             "Head of MASH (SMBC)", "September 2022",
             "Review completed; four additional social workers and a business support officer appointed.", "Complete"),
            ("1.2", "Police MASH team to be increased by two detective constables to clear the backlog of public protection notices",
             "DCI Public Protection (WMP)", "Q3 2022/23",
             "One officer in post; second awaiting vetting.", "Amber"),
            ("1.3", "Produce a weekly MASH performance dashboard for the partnership, including contacts awaiting a decision",
             "SSCP Business Manager", "31/10/2022",
             "Dashboard live and circulated to partners each Monday.", "Complete"),
        ]),
        ("Area for improvement 2: The timeliness of strategy discussions and the attendance of health and police colleagues", [
            ("2.1", "Agree a partnership standard that all strategy discussions are held within one working day with police, health and children's social care present",
             "Head of MASH (SMBC) / DCI Public Protection (WMP)", "December 2022",
             "Standard drafted and agreed by the Executive; audit of compliance due in January.", "Green"),
            ("2.2", "Designated health professionals to provide a duty rota so that a health representative is available for every strategy discussion",
             "Designated Nurse Safeguarding Children (ICB)", "Dec 22",
             "Rota in place Monday to Friday; out of hours arrangement not yet agreed.", "Amber"),
        ]),
        ("Area for improvement 3: Partners' understanding and application of the threshold guidance, and the quality of their referrals", [
            ("3.1", "Deliver threshold briefings to schools, GP practices and neighbourhood policing teams",
             "SSCP Training Coordinator", "Ongoing",
             "Eleven briefings delivered to 312 staff; further sessions booked for the spring term.", "Green"),
            ("3.2", "Introduce a multi-agency referral form with mandatory fields for consent and the child's views",
             "Head of MASH (SMBC)", "By 31 January 2023",
             "Form designed with partners; IT build not yet started.", "Red"),
            ("3.3", "Multi-agency audit of referral quality, reporting findings to the Quality Assurance subgroup",
             "QA Subgroup Chair", "Quarterly",
             "", ""),
        ]),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    for aff, acts in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_text(m, aff, bold=True)
        shade(m, "F2F2F2")
        for ref, action, lead, ts, prog, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, ts, prog, rag]):
                set_text(cells[i], v)
            if rag:
                shade(cells[5], RAGHEX[rag])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete (blue) – action completed; Green – on track; Amber – at risk of slipping; "
                      "Red – off track and escalated to the SSCP Executive.")
    doc.save(os.path.join(OUT, "t1-solihull-jtai-action-plan.docx"))


# ---------------------------------------------------------------- 5. Coventry focused visit (docx)
def coventry():
    doc = Document()
    doc.add_heading("Coventry Children's Services – Ofsted Focused Visit (26–27 February 2019): Action Plan", level=1)
    doc.add_paragraph(
        "The focused visit looked at the local authority's arrangements for children in need and children "
        "subject to a child protection plan. Inspectors identified two areas for improvement. This plan "
        "sets out the actions we will take and is monitored by the Continuous Improvement Executive Group.")
    sections = [
        ("1. Quality and consistency of written plans for children in need and children subject to child protection plans", [
            ("1a", "Relaunch the SMART planning guidance and practice standard for all CIN and CP plans",
             "Principal Social Worker", "April 2019", "Complete",
             "Guidance relaunched at practice week, 8 April 2019."),
            ("1b", "Team managers to quality assure every new CIN plan within 10 working days of the CIN meeting\nand record their oversight on the child's file",
             "Team Managers, Family Support", "Ongoing", "Green",
             "Manager oversight evident in 82% of plans audited in May."),
            ("1c", "Child protection conference chairs to check that plans include clear contingency arrangements before sign-off",
             "Head of Safeguarding", "June 2019", "Amber",
             "Checklist in use; contingency planning still weak in a third of plans sampled."),
        ]),
        ("2. Recording of the rationale for management decisions, including at step-down to early help", [
            ("2a", "Amend the step-down template so that the manager's rationale is a mandatory field",
             "Systems & Performance Manager", "31/05/2019", "Green",
             "Change request approved; release scheduled for late May."),
            ("2b", "Deliver workshops for team managers on recording management decisions and analysis",
             "Workforce Development Lead and Principal Social Worker", "Sept 2019 – Nov 2019", "Not started",
             "Workshops to be delivered in the autumn."),
        ]),
    ]
    for heading, acts in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["No.", "What we will do", "Who", "By when", "Status", "Evidence / update"]):
            set_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for no, action, who, when, status, upd in acts:
            cells = t.add_row().cells
            for i, v in enumerate([no, action, who, when, status, upd]):
                set_text(cells[i], v)
        doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete; Green – on track; Amber – some slippage; Red – off track; Not started.")
    doc.save(os.path.join(OUT, "t1-coventry-fv-action-plan.docx"))


# ---------------------------------------------------------------- 6. Havering care leavers plan (csv)
def havering():
    rows = [
        ["London Borough of Havering - Ofsted SIF Action Plan: Care Leavers (return visit March 2017)", "", "", "", "", "", ""],
        ["Updated 06/02/2017", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Ofsted Recommendation", "Action", "Lead Officer", "Target Date", "RAG", "Progress"],
        ["4.1", "4. Improve pathway plans, reviews of pathway plans and visits to care leavers to ensure that they meet statutory requirements",
         "All care leavers to have an up to date pathway plan reviewed at least every six months", "Service Manager (Leaving Care)",
         "31/12/2016", "Complete", "98% of pathway plans in date at end of December."],
        ["4.2", "4. Improve pathway plans, reviews of pathway plans and visits to care leavers to ensure that they meet statutory requirements",
         "Personal advisers to visit every care leaver at least every eight weeks and record the visit within 48 hours", "Team Manager (16+ Team)",
         "Monthly", "Amber", "Visits within timescale 84%; recording delays in one team."],
        ["4.3", "4. Improve pathway plans, reviews of pathway plans and visits to care leavers to ensure that they meet statutory requirements",
         "Introduce a new pathway plan format co-produced with the Children in Care Council", "Participation Lead; Service Manager (Leaving Care)",
         "Jan-17", "Green", "Format agreed with CiCC; training for PAs on 20 January."],
        ["5.1", "5. Ensure that all care leavers are fully aware of their entitlements",
         "Publish the Local Offer for care leavers and give a printed copy to every young person at their next review", "Head of Children's Services",
         "28/02/2017", "Green", "Local Offer approved by Cabinet; printing ordered."],
        ["5.2", "5. Ensure that all care leavers are fully aware of their entitlements",
         "Launch a care leavers' app and web page with information on entitlements", "Digital Services Lead",
         "March 2017", "Red", "Supplier delay; interim web page live."],
        ["", "", "", "", "", "", ""],
        ["7.1", "7. Improve the sufficiency and availability of placements for care leavers",
         "Commission an additional 10 units of supported accommodation for 16-21 year olds", "Commissioning Manager",
         "Q4 2016/17", "Amber", "Tender evaluated; contract award expected early March."],
        ["7.2", "7. Improve the sufficiency and availability of placements for care leavers",
         "Review the use of bed and breakfast accommodation weekly at the Placements Panel", "Head of Children's Services",
         "Weekly", "Complete", "No young person placed in B&B since November 2016."],
        ["", "", "", "", "", "", ""],
        ["RAG: Complete = action completed; Green = on track; Amber = some delay; Red = off track", "", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "t1-havering-care-leavers-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. Barking & Dagenham YOS HMIP (txt, tab export, refuse)
def barking():
    lines = [
        "Barking and Dagenham Youth Offending Service - HMIP Inspection Improvement Plan",
        "Inspection published December 2018. Plan agreed by the YOS Management Board 24/01/2019.",
        "",
        "No.\tHMIP Recommendation\tAction\tOwner\tDeadline\tRAG\tUpdate",
        "1\tThe YOS Management Board should ensure that board members understand and champion the work of the YOS within their own agencies\tBoard induction pack and development session for all members\tChair of YOS Management Board\tMar-19\tGreen\tDevelopment session held 28 February; induction pack drafted.",
        "2\tThe YOS Management Board should ensure that board members understand and champion the work of the YOS within their own agencies\tEach partner agency to nominate a YOS champion and report on their work annually\tChair of YOS Management Board\tSep-91\tAmber\tNominations received from police, health and education; probation outstanding.",
        "3\tThe YOS should improve the quality of assessment and planning to keep other people safe\tDeliver AssetPlus risk of harm training to all case managers\tYOS Operational Manager\tApr-19\tGreen\tTwo of three sessions delivered.",
        "4\tThe YOS should improve the quality of assessment and planning to keep other people safe\tManagers to countersign all assessments rated medium or above risk of serious harm\tYOS Team Managers\tOngoing\tGreen\tCountersignature in place since January.",
        "5\tThe YOS should ensure that the voice of victims is heard in out-of-court disposal decisions\tRecruit a dedicated victim liaison officer\tHead of Youth Justice and Targeted Support\tJun-19\tRed\tPost advertised twice without success; interim agency worker sought.",
        "",
        "Key: Green = on track, Amber = some risk, Red = off track, Complete = done",
    ]
    with open(os.path.join(OUT, "t1-barking-dagenham-yos-hmip-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    bradford()
    bury()
    slough()
    solihull()
    coventry()
    havering()
    barking()
