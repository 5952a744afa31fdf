"""Build the seven kc1- blind test files (set heldout323).

Run with: /work/main/.venv/bin/python kc1_make.py
Writes the data files next to this script. The .expected.yaml files are
written separately and are not touched here.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "Blue": "5B9BD5", "B": "5B9BD5",
    "Green": "70AD47", "G": "70AD47",
    "Amber": "FFC000", "A": "FFC000",
    "Red": "FF0000", "R": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Lewisham ILACS improvement plan (xlsx, three sheets)
# ---------------------------------------------------------------------------
LEW_FILE = "kc1-lewisham-council-ilacs-improvement-plan.xlsx"
LEW_TITLE = "ILACS Improvement Plan 2024–2026"
LEW_PLAN = [
    ("theme", "Theme A – Help and protection"),
    ("rec", "Recommendation 1: The quality and consistency of management oversight and supervision, so that it drives timely progress for children in need of help and protection."),
    ("act", "1.1", "Relaunch the supervision policy with a mandatory recording template that captures reflective discussion, actions and timescales for each child.",
     "Principal Social Worker", D(2024, 7, 31), None, "G", "Blue",
     "Policy relaunched at the practice conference on 18 July. Template live in Mosaic from 29 July; compliance 87% in December audit."),
    ("act", "1.2", "Deliver the ‘Leading Good Practice’ programme for all team managers and practice leads in Assessment and Family Support.",
     "Head of Service – Family Support and Safeguarding / Workforce Development Manager", D(2024, 9, 30), D(2025, 3, 31), "A", "Green",
     "Cohort 1 (14 managers) completed. Cohort 2 starts 3 February; delayed by provider availability, revised date agreed at Board."),
    ("act", "1.3", "Monthly practice week audits to include a test of management oversight; findings reported to the Quality Assurance Board.",
     "Head of Quality Assurance", "Monthly", None, "G", "Green",
     "Audits completed October–December. Management oversight judged good or better in 61% of cases (41% in March 2024)."),
    ("rec", "Recommendation 2: The timeliness of initial child protection conferences and the quality of child protection plans."),
    ("act", "2.1", "Introduce a conference scheduling protocol between the MASH, Assessment teams and the Child Protection Chairs so that initial conferences are held within 15 working days.",
     "Service Manager (Child Protection Chairs)", D(2024, 6, 30), None, "B", "Blue",
     "Protocol in place. ICPCs in timescale: 92% (Q3), up from 68%."),
    ("act", "2.2", "Child protection plans to be rewritten in the ‘Signs of Safety’ format with SMART outcomes, with audit of a 10% sample each quarter.",
     "Jo Adebayo and Mark Kellett", D(2024, 12, 31), D(2025, 6, 30), "A", "Amber",
     "Template agreed; 54% of plans converted. Training for CP chairs rescheduled to March."),
    ("theme", "Theme B – Children in care and care leavers"),
    ("rec", "Recommendation 3: The sufficiency of local homes for children in care, including in-house foster carers, so that more children can live close to their families and communities."),
    ("act", "3.1", "Launch a targeted foster carer recruitment campaign for teenagers and sibling groups, with an enhanced fee structure approved by Mayor and Cabinet.",
     "Head of Placements and Sufficiency", D(2025, 3, 31), None, "G", "Amber",
     "Campaign launched October. 31 enquiries, 4 assessments under way; fee structure paper deferred to February Cabinet."),
    ("act", "3.2", "Open a second in-house children’s home (four beds) in the borough.",
     "Director of Children’s Social Care", D(2025, 1, 31), D(2025, 9, 30), "A", "Red",
     "Property purchase completed but planning change of use still awaited. Ofsted registration cannot be submitted until works finish."),
    ("act", "3.3", "Refresh the Sufficiency Strategy 2025–2028 and commissioning plan for semi-independent provision.",
     "Strategic Commissioning Lead", D(2024, 11, 30), None, "G", "Blue",
     "Strategy approved by Children and Young People Select Committee, 20 November 2024."),
    ("rec", "Recommendation 4: The quality of pathway plans and the range of suitable accommodation for care leavers."),
    ("act", "4.1", "All pathway plans for care leavers aged 18–21 reviewed and updated with the young person, using the new co-produced pathway plan template.",
     "Head of Service – Children in Care and Leaving Care", D(2025, 2, 28), None, "A", "Green",
     "312 of 401 plans reviewed (78%). On track for end of February."),
    ("act", "4.2", "Agree a joint housing protocol with Housing Services, including a quota of social housing nominations for care leavers each year.",
     "Head of Service – Children in Care and Leaving Care; Director of Housing", D(2024, 10, 31), D(2025, 4, 30), "R", "Amber",
     "Draft protocol agreed at officer level; quota of 30 nominations a year to go to Housing Select Committee in March."),
]


def make_lewisham():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Lewisham"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children and Young People’s Directorate"
    cov["A3"] = LEW_TITLE
    cov["A3"].font = Font(bold=True, size=16)
    cov["A4"] = "Following the Ofsted inspection of local authority children’s services (ILACS), 4–15 March 2024"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.3", "22/04/2024", "Improvement Programme Manager", "First draft for partners"),
            ("1.0", "30/05/2024", "Improvement Programme Manager", "Approved by Children’s Improvement Board"),
            ("1.3", "15/10/2024", "Improvement Programme Manager", "Q2 progress update"),
            ("1.4", "13/01/2025", "Improvement Programme Manager", "Q3 progress update; revised dates")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [("Blue", "Action complete and impact evidenced"),
           ("Green", "On track to deliver by target date"),
           ("Amber", "Some slippage, recoverable within the quarter"),
           ("Red", "Off track – target date will be missed")]
    for i, (k, v) in enumerate(key):
        a = cov.cell(row=14 + i, column=1, value=k)
        a.fill = fill(FILL[k])
        a.border = BOX
        b = cov.cell(row=14 + i, column=2, value=v)
        b.border = BOX
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 40

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by recommendation (January 2025)"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Recommendation", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    counts = {}
    cur = None
    for item in LEW_PLAN:
        if item[0] == "rec":
            cur = item[1].split(":")[0]
            counts[cur] = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
        elif item[0] == "act":
            counts[cur][item[7]] += 1
    r = 4
    tot = [0, 0, 0, 0, 0]
    for name, cts in counts.items():
        vals = [name, sum(cts.values()), cts["Blue"], cts["Green"], cts["Amber"], cts["Red"]]
        for j, v in enumerate(vals):
            sm.cell(row=r, column=1 + j, value=v).border = BOX
        for k in range(5):
            tot[k] += vals[1 + k]
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for k in range(5):
        c = sm.cell(row=r, column=2 + k, value=tot[k])
        c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 24

    # Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "ILACS Improvement Plan 2024–2026 – progress at January 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Reporting to: Children’s Improvement Board (bi-monthly). Plan owner: Executive Director for Children and Young People"
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
               "Previous RAG (Oct-24)", "Current RAG (Jan-25)", "Progress update", "Evidence of impact"]
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in LEW_PLAN:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, color="FFFFFF", size=12)
            ws.cell(row=r, column=1).fill = fill("2F5496")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        elif item[0] == "rec":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, text, lead, orig, rev, prev, curr, upd = item
            vals = [ref, text, lead, orig, rev, prev, curr, upd, None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(FILL[prev])
            ws.cell(row=r, column=7).fill = fill(FILL[curr])
            if ref == "1.3":
                ws.cell(row=r, column=9, value="Audit summary report, QA Board 12/12/2024")
            if ref == "2.1":
                ws.cell(row=r, column=9, value="Performance scorecard Q3")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Children’s Improvement Board on 9 December 2024. Original dates are kept for audit trail.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths = [7, 55, 30, 13, 13, 12, 12, 50, 28]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, LEW_FILE))


# ---------------------------------------------------------------------------
# 2. Wirral children's home Ofsted action plan (xlsx, front sheet + plan + key)
# ---------------------------------------------------------------------------
WIR_FILE = "kc1-wirral-council-childrens-home-ofsted-action-plan.xlsx"
WIR_TITLE = "Brookfield House – Ofsted Inspection Action Plan"
# (ref, req_key, action, responsible, target, status colour, update)
WIR_REQS = {
    "R1": ("The registered person must ensure that staff assess whether each child’s needs are being met and take action if they are not, including by updating risk assessments after each significant incident.",
           "Regulation 12 (1)(2)(a)(i)", D(2025, 3, 31)),
    "R2": ("The registered person must ensure that all employees complete the training they need to meet the needs of children, in particular training in de-escalation and restrictive physical intervention.",
           "Regulation 32 (3)(a)", D(2025, 4, 30)),
    "R3": ("The registered person must ensure that the independent person’s monthly reports are reviewed and that actions arising from them are completed within agreed timescales.",
           "Regulation 44 (7)", D(2025, 3, 31)),
    "Rec1": ("The registered person should ensure that children’s bedrooms are personalised and that repairs to the home are completed promptly.",
             "Quality standards guide, para 3.9", None),
    "Rec2": ("The registered person should ensure that staff receive formal supervision at least monthly and that records show discussion of each key child’s progress.",
             "Quality standards guide, para 19.4", None),
}
WIR_ACTIONS = [
    ("R1.1", "R1", "Review and update each child’s individual risk assessment within 72 hours of any missing episode or physical intervention; manager to sign off each update.",
     "Registered Manager", D(2025, 3, 31), "Green", "All five risk assessments updated; sign-off recorded in the daily log."),
    ("R1.2", "R1", "Deputy manager to complete a monthly audit of risk assessments against incident logs and report findings to the Responsible Individual.",
     "Deputy Manager", "Monthly – ongoing", "Amber", "March, April and May audits completed. Two late updates found in April; addressed in supervision."),
    ("R2.1", "R2", "Book all permanent and relief staff on Team Teach refresher training; new starters to complete it during induction.",
     "Registered Manager / Workforce Development Officer", D(2025, 4, 30), "Green", "14 of 14 staff trained (certificates on file)."),
    ("R2.2", "R2", "Add training compliance to the monthly supervision agenda and to the Regulation 45 review.",
     "Registered Manager", D(2025, 5, 31), "Green", "Supervision template amended 06/05/2025."),
    ("R3.1", "R3", "Create a single Regulation 44 action log, reviewed at the monthly managers’ meeting with the Responsible Individual.",
     "Head of Service – Residential and Edge of Care", D(2025, 3, 31), "Amber", "Log created; first review meeting held 29/04/2025. Three older actions still open."),
    ("Rec1.1", "Rec1", "Agree a redecoration plan with each child for their bedroom and log outstanding repairs with Property Services, escalating any repair not completed within 10 working days.",
     "Registered Manager / Asset Manager", D(2025, 6, 30), "Amber", "Two bedrooms completed. Repairs backlog reduced from 11 to 4."),
    ("Rec2.1", "Rec2", "Set the supervision schedule for the year and revise the supervision template to include a section on each key child’s progress.",
     "Deputy Manager", "July 2025", "Red", "Delayed – deputy manager on leave until 16 June."),
]


def make_wirral():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = "Wirral Council – Children’s Residential Services"
    fs["A1"].font = Font(bold=True, size=14)
    info = [("Home", "Brookfield House"), ("URN", "SC047213"), ("Inspection type", "Full inspection"),
            ("Inspection date", "18/02/2025"),
            ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
            ("How well children and young people are helped and protected", "Requires improvement to be good"),
            ("The effectiveness of leaders and managers", "Requires improvement to be good"),
            ("Registered manager", "Karen Lightfoot"),
            ("Responsible individual", "Head of Service – Residential and Edge of Care"),
            ("Plan last reviewed", "02/06/2025")]
    for i, (k, v) in enumerate(info):
        a = fs.cell(row=3 + i, column=1, value=k)
        a.font = Font(bold=True)
        a.alignment = WRAP
        a.border = BOX
        fs.cell(row=3 + i, column=2, value=v).border = BOX
    fs.column_dimensions["A"].width = 45
    fs.column_dimensions["B"].width = 45

    ws = wb.create_sheet("Action plan")
    ws["A1"] = WIR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Inspection 18 February 2025 – requirements and recommendations from the Ofsted report"
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Requirement / recommendation", "Regulation / standard", "Ofsted compliance date",
               "Action", "Responsible", "Target date", "Status", "Update / evidence"]
    for j, h in enumerate(headers):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    groups = []
    for ref, key, text, resp, target, colour, upd in WIR_ACTIONS:
        if not groups or groups[-1][0] != key:
            groups.append([key, r, r])
        else:
            groups[-1][2] = r
        vals = [ref, None, None, None, text, resp, target, None, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = fill(FILL[colour])
        r += 1
    for key, r0, r1 in groups:
        text, reg, comp = WIR_REQS[key]
        ws.cell(row=r0, column=2, value=text).alignment = WRAP
        ws.cell(row=r0, column=3, value=reg).alignment = WRAP
        c = ws.cell(row=r0, column=4, value=comp)
        c.alignment = WRAP
        if comp is not None:
            c.number_format = "dd/mm/yyyy"
        if r1 > r0:
            for col in (2, 3, 4):
                ws.merge_cells(start_row=r0, start_column=col, end_row=r1, end_column=col)
    widths = [8, 50, 18, 13, 50, 26, 13, 9, 40]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w

    ky = wb.create_sheet("Key")
    ky["A1"] = "Status key (fill colour in the Status column)"
    ky["A1"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([("Green", "Completed"), ("Amber", "In progress"),
                                         ("Red", "Overdue / at risk")]):
        ky.cell(row=3 + i, column=1).fill = fill(FILL[col])
        ky.cell(row=3 + i, column=2, value=meaning)
    ky.column_dimensions["B"].width = 30
    wb.active = 1
    wb.save(os.path.join(HERE, WIR_FILE))


# ---------------------------------------------------------------------------
# 3. Barking and Dagenham corporate parenting board action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
BD_FILE = "kc1-barking-dagenham-corporate-parenting-board-action-plan-typo-month-refuse.xlsx"
BD_TITLE = "Corporate Parenting Board – Action Plan 2025/26"
BD_PLAN = [
    ("Promise 1: We will make sure you have a safe, stable home", [
        ("1.1", "Increase the number of in-house foster carers by 15 through the ‘Foster for B&D’ campaign.", "Head of Placements", "March 2026", "On track", "9 new households approved since April."),
        ("1.2", "Every child moving home to have a stability meeting within 10 working days.", "Group Manager, Children in Care", "Sept 2025", "Complete", "Stability meeting guidance issued July 2025."),
        ("1.3", "Review the Staying Put policy and allowance with foster carers and care leavers.", "Head of Placements", "Dec 2025", "On track", "Consultation closed 31 October."),
    ]),
    ("Promise 2: We will help you do well at school and college", [
        ("2.1", "Personal Education Plans to be completed on time for at least 95% of children in care each term.", "Virtual School Headteacher", "Termly", "On track", "Summer term: 96%."),
        ("2.2", "Launch a tutoring offer for children in care in Years 10 and 11.", "Virtual School Headteacher", "Nov 2025", "Delayed", "Provider contract being re-tendered."),
    ]),
    ("Promise 3: We will look after your health and wellbeing", [
        ("3.1", "Initial health assessments completed within 20 working days of a child coming into care.", "Designated Nurse for Children in Care", "March 2026", "Delayed", "58% in timescale in Q2; recovery plan agreed with NELFT."),
        ("3.2", "Free leisure centre membership for all children in care and care leavers up to 25.", "Corporate Parenting Lead", "Febuary 2026", "On track", "Agreed with Everyone Active; cards being produced."),
    ]),
    ("Promise 4: We will support you as you leave care", [
        ("4.1", "Council Tax exemption for care leavers living outside the borough, up to age 25.", "Head of Revenues and Benefits", "April 2026", "On track", "Report to Cabinet January 2026."),
        ("4.2", "Ring-fence 10 council apprenticeships each year for care leavers.", "Head of HR and Organisational Development", "Sept 2025", "Complete", "10 apprentices started September 2025."),
    ]),
]


def make_bd():
    wb = Workbook()
    ws = wb.active
    ws.title = "CPB Action Plan 2025-26"
    ws["A1"] = "London Borough of Barking and Dagenham"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = BD_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Our Promise to children in care and care leavers – updated for the Board meeting on 18 November 2025"
    headers = ["Our Promise", "Ref", "What we will do", "Lead", "By when", "Progress", "Comments"]
    for j, h in enumerate(headers):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    colours = {"On track": "C6EFCE", "Complete": "BDD7EE", "Delayed": "FFEB9C"}
    for promise, acts in BD_PLAN:
        r0 = r
        for ref, text, lead, when, prog, com in acts:
            vals = [None, ref, text, lead, when, prog, com]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(colours[prog])
            r += 1
        c = ws.cell(row=r0, column=1, value=promise)
        c.font = Font(bold=True)
        c.alignment = WRAP
        c.fill = fill("E4DFEC")
        if r - 1 > r0:
            ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Progress: Complete / On track / Delayed. Owner: Corporate Parenting Lead.")
    widths = [30, 6, 55, 30, 13, 11, 40]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    wb.save(os.path.join(HERE, BD_FILE))


def bd_refuse_row():
    r = 6
    for _, acts in BD_PLAN:
        for a in acts:
            if a[3] == "Febuary 2026":
                return r
            r += 1


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


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    sec.page_width, sec.page_height = h, w
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.5))


def set_cell(cell, text, bold=False):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for line in lines[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(line)
        r2.bold = bold


# ---------------------------------------------------------------------------
# 4. Bath and North East Somerset SEND priority action plan (docx, table per priority)
# ---------------------------------------------------------------------------
BN_FILE = "kc1-bath-north-east-somerset-local-area-send-priority-action-plan.docx"
BN_TITLE = "SEND Priority Action Plan 2025–2027"
BN_PRIORITIES = [
    ("Priority 1: Timeliness and quality of EHC needs assessments and plans",
     "Area for priority action 1: Leaders across education, health and care should improve the timeliness of EHC needs assessments, so that children and young people’s needs are identified and met without delay.",
     [("1.1", "Recruit four additional EHC coordinators and two educational psychologists (fixed term to March 2027) to clear the backlog of overdue assessments.",
       "Head of SEND Statutory Services", "December 2025", "A", "3 of 4 coordinators in post; one EP appointed, second post re-advertised."),
      ("1.2", "Introduce a weekly multi-agency panel to agree requests for assessment and to track every case beyond 16 weeks.",
       "Head of SEND Statutory Services; BSW ICB Designated Clinical Officer", "Sept 2025", "B", "Panel running since 4 August. 20-week timeliness 41% (Sept), from 23%."),
      ("1.3", "Quality assure 20 newly issued EHC plans each term through a multi-agency audit, with findings reported to the Partnership Board.",
       "SEND Quality Assurance Lead", "Termly", "G", "Summer term audit complete: 13 of 20 plans good or better.")]),
    ("Priority 2: Neurodevelopmental pathway",
     "Area for priority action 2: Leaders in the integrated care board should reduce waiting times for autism and ADHD assessments and improve the support available to children and families while they wait.",
     [("2.1", "Commission additional assessment capacity from an independent provider to reduce the longest waits for autism assessment.",
       "BSW ICB Head of Children’s Commissioning", "March 2026", "A", "Procurement complete; provider starts November. Longest wait 118 weeks."),
      ("2.2", "Launch a ‘waiting well’ offer for families, including parent workshops, a helpline and a termly newsletter, co-designed with the Parent Carer Forum.",
       "Children’s Neurodiversity Lead / Parent Carer Forum Chair", "Sept 2025 – January 2026", "G", "Workshops running since September; helpline launches December.")]),
    ("Priority 3: Preparation for adulthood",
     "Area for improvement 1: Leaders should strengthen transition planning so that young people with SEND are well prepared for adulthood, including for employment and independent living.",
     [("3.1", "Introduce a Preparation for Adulthood protocol with adult social care, starting transition planning from Year 9 for all young people with EHC plans.",
       "Head of Service – Disabled Children and Young People", "Summer term 2026", "G", "Protocol drafted and with adult social care for comment."),
      ("3.2", "Expand supported internships with the council and Royal United Hospitals Bath from 12 to 25 places.",
       "Employment and Skills Manager", "July 2026", "G", "18 places confirmed for September 2025 cohort.")]),
    ("Priority 4: Co-production and communication with families",
     "Area for improvement 2: Leaders should ensure that the Local Offer is up to date and that parents and carers are routinely involved in shaping services.",
     [("4.1", "Rebuild the Local Offer website with the Parent Carer Forum, including a ‘you said, we did’ page updated every quarter.",
       "Local Offer Officer", "January 2026", "A", "Supplier delay; new site in user testing."),
      ("4.2", "Hold a co-production charter launch event and embed parent carer representatives on every SEND workstream.",
       "Strategic SEND Partnership Manager", "October 2025", "B", "Charter launched 2 October; representatives on all six workstreams.")]),
]


def make_banes():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Bath and North East Somerset Local Area Partnership").runs[0].bold = True
    doc.add_paragraph(BN_TITLE, style="Title")
    doc.add_paragraph(
        "Following the area SEND inspection by Ofsted and the Care Quality Commission, 3–7 February 2025. "
        "Inspection outcome: the local area partnership’s arrangements lead to inconsistent experiences and "
        "outcomes for children and young people with special educational needs and/or disabilities (SEND).")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Education and Safeguarding"), ("Version", "2.1"),
                 ("Date", "October 2025"), ("Approved by", "SEND and Inclusion Partnership Board"),
                 ("Next review", "January 2026")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_heading("RAG rating key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, meaning in [("B", "Complete"), ("G", "On track"), ("A", "At risk of delay"), ("R", "Delayed / not on track")]:
        row = k.add_row().cells
        set_cell(row[0], code, bold=True)
        shade(row[0], FILL[code])
        set_cell(row[1], meaning)
    for heading, afi, acts in BN_PRIORITIES:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        label, rest = afi.split(": ", 1)
        p.add_run(label + ": ").bold = True
        p.add_run(rest).italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead(s)", "By when", "RAG", "Progress update (October 2025)"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, text, lead, when, rag, upd in acts:
            row = tb.add_row().cells
            set_cell(row[0], ref)
            set_cell(row[1], text)
            set_cell(row[2], lead)
            set_cell(row[3], when)
            set_cell(row[4], rag, bold=True)
            shade(row[4], FILL[rag])
            set_cell(row[5], upd)
        doc.add_paragraph("")
    doc.add_paragraph("Next progress update to the SEND and Inclusion Partnership Board: January 2026.")
    doc.save(os.path.join(HERE, BN_FILE))


# ---------------------------------------------------------------------------
# 5. Northumberland JTAI partnership action plan (docx, one table with AFI rows)
# ---------------------------------------------------------------------------
NL_FILE = "kc1-northumberland-children-and-adults-safeguarding-partnership-jtai-action-plan.docx"
NL_TITLE = "Joint Targeted Area Inspection – Partnership Action Plan"
NL_PLAN = [
    ("Area for improvement 1: The consistency of the early help offer across partner agencies, and the use of early help assessments by schools and health practitioners.", [
        ("1a", "Publish a refreshed early help strategy and Levels of Need guidance, co-produced with partners and families.",
         "Northumberland County Council – Head of Early Help", "September 2024", "Strategy and guidance published", "Complete"),
        ("1b", "Train designated safeguarding leads in all schools to complete early help assessments and act as lead professional.",
         "Head of Early Help / Education Safeguarding Lead", "31/03/2025", "90% of schools with a trained DSL; rise in school-led EHAs", "On track"),
        ("1c", "Health visitors and school nurses to use the early help assessment for families where needs are identified at the 2–2½ year review.",
         "Northumbria Healthcare NHS Foundation Trust – Head of Children’s Community Services", "End of December 2024", "EHAs initiated by health practitioners", "Some delay"),
    ]),
    ("Area for improvement 2: The quality of information sharing between the police and children’s services when there are domestic abuse incidents where children are present.", [
        ("2a", "Review the Operation Encompass process so that notifications reach schools before the start of the next school day.",
         "Northumbria Police (Safeguarding Department)", "June 2024", "Encompass notifications timely in 95% of cases", "Complete"),
        ("2b", "Introduce a daily domestic abuse triage meeting in the Front Door, attended by police, children’s social care and health.\nEvaluate the triage after six months and report to the Executive Group.",
         "Northumbria Police; Northumberland County Council", "October 2024 – March 2025", "Evaluation report to Executive Group", "On track"),
    ]),
    ("Area for improvement 3: Partners’ understanding of the impact of early help, including through shared performance information and multi-agency audit.", [
        ("3a", "Develop a multi-agency early help dashboard reported to the Executive Group each quarter.",
         "Partnership Business Manager", "January 2025", "Dashboard in use", "Significant delay"),
        ("3b", "Add early help to the multi-agency audit programme, with at least two themed audits a year.",
         "Partnership Business Manager", "Ongoing", "Audit reports and learning briefings", "On track"),
    ]),
    ("Area for improvement 4: The voice and lived experience of children in early help plans.", [
        ("4a", "Roll out the ‘My Plan’ child-friendly plan template to all early help practitioners and monitor its use through supervision.",
         "Head of Early Help", "April 2025", "Audit shows child’s voice evident in 80% of plans", "On track"),
    ]),
]
NL_STATUS_FILL = {"Complete": "5B9BD5", "On track": "70AD47", "Some delay": "FFC000", "Significant delay": "FF0000"}


def make_northumberland():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Northumberland Children and Adults Safeguarding Partnership").runs[0].bold = True
    doc.add_paragraph(NL_TITLE, style="Title")
    doc.add_paragraph("JTAI theme: the multi-agency response to children and families who need help")
    doc.add_paragraph(
        "The inspection took place between 12 and 16 February 2024 and the inspectorates’ letter was published on "
        "10 April 2024. Four areas for improvement were identified. This plan sets out the partnership’s response. "
        "It is monitored by the Executive Group every eight weeks. Progress shown at January 2025.")
    doc.add_heading("Status key", level=2)
    kt = doc.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for c, (s, col) in zip(kt.rows[0].cells, NL_STATUS_FILL.items()):
        set_cell(c, s, bold=True)
        shade(c, col)
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead agency / officer", "Timescale", "How we will know", "Status"]):
        set_cell(c, h, bold=True)
        shade(c, "BFBFBF")
    for afi, acts in NL_PLAN:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, afi, bold=True)
        shade(merged, "E2EFD9")
        for no, text, lead, when, know, status in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, text, lead, when, know, status]):
                set_cell(c, v)
            shade(cells[5], NL_STATUS_FILL[status])
    doc.add_paragraph("")
    doc.add_paragraph("Signed off by the Statutory Safeguarding Partners: Northumberland County Council, "
                      "Northumbria Police and NHS North East and North Cumbria ICB.")
    doc.save(os.path.join(HERE, NL_FILE))


# ---------------------------------------------------------------------------
# 6. Birmingham Youth Justice Service HMIP improvement plan (csv export)
# ---------------------------------------------------------------------------
BY_FILE = "kc1-birmingham-youth-justice-service-hmip-improvement-plan.csv"
BY_TITLE = "Birmingham Youth Justice Service – HMIP Inspection Improvement Plan"
BY_PLAN = [
    ("Domain 1: Governance and leadership", [
        ("1", "The YJS Management Board should ensure that partner agencies, particularly health and education, provide the resources agreed in the partnership agreement.", [
            ("1.1", "Review the partnership agreement and secure named health and education representatives who attend at least 75% of Board meetings.", "Chair of YJS Management Board", "31/01/2025", "Complete", "Revised agreement signed at January Board; attendance 80% since October."),
            ("1.2", "Agree a funded post for a speech and language therapist within the YJS, with the ICB.", "Head of Youth Justice / ICB Associate Director for Children’s Commissioning", "Mar-25", "Amber", "Funding agreed in principle; job evaluation outstanding."),
        ]),
        ("2", "The YJS Management Board should make sure it understands and addresses disproportionality, including the over-representation of Black and mixed heritage children.", [
            ("2.1", "Commission a disproportionality deep-dive using 2023/24 data and present the findings to a Board development session.", "Patel, Nisha", "28/02/2025", "Complete", "Development session held 20 February."),
            ("2.2", "Produce a disproportionality action plan and report on it at every Board meeting.", "Head of Youth Justice", "Q1 2025/26", "Green", "Draft plan to April Board."),
        ]),
    ]),
    ("Domain 2: Post-court work", [
        ("3", "The Head of Youth Justice should ensure that assessments and plans address the safety of other people, including identified victims, and are reviewed when circumstances change.", [
            ("3.1", "Deliver risk and safety workshops to all case managers, with follow-up observation by operational managers.", "Operational Manager (Court & Resettlement)", "30/04/2025", "Green", "Four of six workshops delivered."),
            ("3.2", "Introduce a quality assurance tool for AssetPlus safety and wellbeing sections.\nAudit 10 cases per month and report themes to the Practice Improvement Group.", "Quality Assurance Manager", "Monthly", "Green", "Tool in use from January; 30 cases audited."),
        ]),
    ]),
    ("Domain 3: Pre-court work", [
        ("4", "The Head of Youth Justice should make sure that out-of-court disposal decisions are informed by full assessments and that the joint decision-making panel records its reasoning.", [
            ("4.1", "Revise the out-of-court disposal policy and panel terms of reference with West Midlands Police.", "Operational Manager (Prevention & Diversion); West Midlands Police Youth Justice Inspector", "December 2024", "Complete", "Policy signed off 16/12/2024."),
            ("4.2", "Audit all out-of-court disposal decisions made between January and March 2025 against the revised policy.", "Quality Assurance Manager", "30/06/2025", "Not started", ""),
            ("4.3", "Recruit two additional prevention workers to reduce the backlog of Turnaround assessments.", "Head of Youth Justice", "Feb-25", "Red", "Recruitment failed twice; agency cover being sought."),
        ]),
    ]),
]


def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_birmingham():
    ncol = 9
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row([BY_TITLE])
    row(["Inspection fieldwork 8–12 July 2024; overall rating: Requires improvement. Plan approved by the YJS Management Board on 28 November 2024."])
    row(["Progress at 31 March 2025"])
    row([])
    row(["Domain", "Rec No.", "Recommendation", "Action No.", "Action", "Owner", "Target Date", "Status", "Progress Update"])
    for domain, recs in BY_PLAN:
        first_d = True
        for rno, rtext, acts in recs:
            first_r = True
            for ano, atext, owner, target, status, upd in acts:
                row([domain if first_d else "", rno if first_r else "", rtext if first_r else "",
                     ano, atext, owner, target, status, upd])
                first_d = False
                first_r = False
    row([])
    row(["Status key: Complete; Green = on track; Amber = at risk; Red = off track; Not started"])
    with open(os.path.join(HERE, BY_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Lambeth early help partnership strategy action plan (tab-separated txt)
# ---------------------------------------------------------------------------
LA_FILE = "kc1-lambeth-early-help-partnership-strategy-action-plan.txt"
LA_TITLE = "Lambeth Early Help Partnership Strategy 2024–2027: Action Plan Year 2 (2025/26)"
P1 = "Priority 1: Earlier identification and access to help"
P2 = "Priority 2: Family Hubs and the Start for Life offer"
P3 = "Priority 3: Workforce and practice"
LA_ROWS = [
    ("EH-01", P1, "Embed the Lambeth Family Help request form in the MASH front door so that families below the threshold for social care are offered early help within 5 working days.",
     "Early Help Service Manager", "MASH; schools; health visiting", "Jun-25", "Complete", "Live from 2 June. 87% of families contacted within 5 days."),
    ("EH-02", P1, "Publish a partnership ‘Continuum of Need’ guide for practitioners, with case examples.",
     "Safeguarding Children Partnership Business Manager", "All partners", "Sep-25", "Green", "Final draft with Executive for sign-off."),
    ("EH-03", P1, "Extend the Family Navigator role into four further secondary schools.",
     "Early Help Service Manager / Education Inclusion Lead", "Secondary schools", "Autumn term 2025", "Amber", "Two schools signed up; funding for remaining two under review."),
    ("EH-04", P2, "Open the Family Hub in Stockwell and confirm outreach sessions in Vauxhall and Waterloo.",
     "Family Hubs Programme Lead", "VCS partners; libraries", "31/07/2025", "Complete", "Hub opened 14 July."),
    ("EH-05", P2, "Make infant feeding support available seven days a week through the Family Hub network.",
     "Start for Life Lead; Infant Feeding Lead (GSTT)", "Guy’s and St Thomas’ NHS FT", "Mar-26", "Green", "Weekend sessions piloting at two hubs."),
    ("EH-06", P2, "Map the parenting programme offer (Incredible Years, Triple P Teen) and publish it on the Family Hub website.",
     "Parenting Coordinator", "Schools; CAMHS", "TBC", "Amber", "Waiting for new website platform."),
    ("EH-07", P3, "Deliver the early help practice framework training to 300 partner practitioners.",
     "Workforce Development Lead", "All partners", "31/03/2026", "Green", "164 trained to date."),
    ("EH-08", P3, "Quarterly multi-agency audit of early help plans, with findings reported to the Early Help Partnership Board.",
     "Head of Quality Assurance", "Health; schools; police", "Quarterly", "Green", "Q1 audit: 9 of 12 plans good."),
]


def make_lambeth():
    out = [LA_TITLE,
           "Exported from the partnership tracker 14/10/2025",
           "",
           "\t".join(["ID", "Priority", "Action", "Lead", "Partners involved", "Due", "RAG", "Latest update"])]
    for r in LA_ROWS:
        out.append("\t".join(r))
    out.append("")
    counts = {}
    for r in LA_ROWS:
        counts[r[6]] = counts.get(r[6], 0) + 1
    out.append("\t".join(["Summary", f"Total actions: {len(LA_ROWS)}"] +
                         [f"{k}: {counts.get(k, 0)}" for k in ("Complete", "Green", "Amber", "Red")]))
    with open(os.path.join(HERE, LA_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


def main():
    make_lewisham()
    make_wirral()
    make_bd()
    make_banes()
    make_northumberland()
    make_birmingham()
    make_lambeth()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
