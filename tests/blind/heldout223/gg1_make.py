"""Build the seven gg1- blind test files (children's services plans).

Run with: /work/main/.venv/bin/python gg1_make.py
Writes the data files beside this script.
"""
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Hertfordshire County Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
def herts():
    title = "Hertfordshire County Council \u2013 Children's Services Improvement Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color="1F3864")
    cov["A3"] = ("Response to the Ofsted inspection of local authority children's services "
                 "(ILACS), 20\u201331 January 2025")
    cov["A4"] = "Overall effectiveness: Good. Report published 14 March 2025."
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [
        ("Version", "1.3"),
        ("Date", d(2025, 9, 16)),
        ("Plan owner", "Executive Director, Children's Services"),
        ("Governance", "Children's Services Improvement Board (monthly)"),
        ("Status", "Progress update for Improvement Board, September 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=7):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        for col in (1, 2):
            cov.cell(i, col).border = BOX
    cov["A13"] = "Version history"
    cov["A13"].font = Font(bold=True)
    hist = [
        ("Version", "Date", "Changes"),
        ("1.0", d(2025, 4, 28), "Plan submitted to Ofsted"),
        ("1.1", d(2025, 6, 17), "June Improvement Board update; revised dates for 1.2 and 3.2"),
        ("1.2", d(2025, 7, 15), "Action 3.3 added following care leaver consultation"),
        ("1.3", d(2025, 9, 16), "September Improvement Board update; revised date for 2.2"),
    ]
    for i, r in enumerate(hist, start=14):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 14:
                c.font = Font(bold=True)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Progress update: September 2025 | RAG ratings agreed at the Children's Services "
                "Improvement Board on 16 September 2025")
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
           "Previous RAG (June 2025)", "Current RAG (Sept 2025)", "Progress update",
           "Evidence / measure of impact"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    plan = [
        ("theme", "Theme 1: The experiences and progress of children who need help and protection"),
        ("rec", "Recommendation 1: The quality and consistency of management oversight and "
                "supervision for children in need and children subject to child protection plans."),
        ("act", "1.1",
         "Refresh the supervision policy and practice standards, with a clear expectation that "
         "supervision records set out actions and timescales and reflect the child's lived experience.",
         "Principal Social Worker", d(2025, 5, 31), None, "G", "B",
         "Policy approved by Children's Services Leadership Team on 21 May 2025 and launched at "
         "practice week.", "Supervision audit: 78% good or better (target 80%)"),
        ("act", "1.2",
         "Deliver a programme of management oversight training to all team managers and practice "
         "managers, followed by a themed audit of supervision quality.",
         "Head of Workforce Development / Head of Quality Assurance", d(2025, 6, 30), d(2025, 9, 30),
         "A", "A",
         "Four of six cohorts trained. Themed audit moved to September to include all cohorts.",
         "Attendance 64/92 managers; themed audit report"),
        ("rec", "Recommendation 2: The timeliness and quality of assessments for disabled children, "
                "including consideration of the needs of parents and carers."),
        ("act", "2.1",
         "Introduce a single assessment pathway for the 0-25 Together Service, aligned with the "
         "Hertfordshire Family Safeguarding assessment model.",
         "Head of 0-25 Together Service", d(2025, 7, 31), None, "A", "G",
         "Pathway live from 1 July 2025. Timeliness reported monthly to the Improvement Board.",
         "Assessments within 45 working days: 71% (Jun) to 83% (Aug)"),
        ("act", "2.2",
         "Ensure every parent carer is offered a carer's assessment at the point of the child's "
         "assessment, and record the offer and outcome on LiquidLogic.",
         "Operations Manager (0-25 Together)", d(2025, 8, 31), d(2025, 12, 31), "R", "A",
         "LiquidLogic form change delayed by system upgrade; interim manual recording in place.",
         "Dip sample of 30 assessments"),
        ("theme", "Theme 2: The experiences and progress of care leavers"),
        ("rec", "Recommendation 3: The effectiveness of pathway planning for care leavers aged 18 to "
                "25, so that plans are specific, up to date and co-produced with young people."),
        ("act", "3.1",
         "Audit all pathway plans for care leavers aged 21\u201325 and update any plan not reviewed in "
         "the last six months.",
         "Head of Young People's Services", d(2025, 4, 30), None, "B", "B",
         "Complete. 212 plans audited; 37 updated.", "Pathway plans in date: 96%"),
        ("act", "3.2",
         "Co-produce a new pathway plan template with the Children in Care Council and "
         "care-experienced young people.",
         "Participation Lead; Head of Young People's Services", d(2025, 6, 30), d(2025, 10, 31),
         "A", "R",
         "Two co-production workshops held. Template design not yet agreed; young people asked for "
         "an app version.", "Young people's feedback"),
        ("act", "3.3",
         "Refresh the Local Offer for care leavers, including council tax exemption up to age 25 "
         "and free prescriptions.",
         "Director of Specialist Services", "Q3 2025/26", None, "G", "G",
         "Cabinet paper scheduled for November 2025.", "Local Offer published"),
    ]
    r = 5
    for item in plan:
        if item[0] in ("theme", "rec"):
            c = ws.cell(r, 1, item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            if item[0] == "theme":
                c.font = Font(bold=True, color="FFFFFF", size=12)
                c.fill = fill("2F5597")
            else:
                c.font = Font(bold=True, italic=True)
                c.fill = fill("D9E1F2")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            _, ref, text, lead, orig, rev, prev, cur, prog, ev = item
            vals = [ref, text, lead, orig, rev, prev, cur, prog, ev]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 7).fill = fill(rag_fill[cur])
            ws.cell(r, 7).font = Font(bold=True)
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Revised target dates agreed by the Improvement Board are shown in column E. "
                  "Where no revised date is shown, the original target date applies.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1).font = Font(italic=True, size=9)
    widths = [7, 55, 28, 14, 14, 12, 12, 45, 32]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (l, meaning, colr) in enumerate([
        ("B", "Complete \u2013 action delivered and impact evidenced", BLUE),
        ("G", "On track to deliver by the target date", GREEN),
        ("A", "Some slippage \u2013 at risk of missing the target date", AMBER),
        ("R", "Off track \u2013 target date missed or will be missed", RED),
    ], start=2):
        key.cell(i, 1, l).fill = fill(colr)
        key.cell(i, 2, meaning)
    key.column_dimensions["B"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG ratings (September 2025)"
    summ["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Blue (complete)", 2), ("Green", 2), ("Amber", 2), ("Red", 1),
                                ("Total actions", 7)], start=3):
        summ.cell(i, 1, k)
        summ.cell(i, 2, v)
    summ["A7"].font = Font(bold=True)
    summ["B7"].font = Font(bold=True)
    summ.column_dimensions["A"].width = 24
    wb.save(os.path.join(HERE, "gg1-hertfordshire-county-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 2. Lambeth Youth Justice Service - HMIP improvement plan (docx)
# ---------------------------------------------------------------------------
def lambeth():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Lambeth Youth Justice Service")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("HMI Probation Inspection of Youth Justice Services: Post-Inspection Improvement Plan", 0)
    doc.add_paragraph("Inspection fieldwork: 4\u20138 November 2024 | Report published: 28 January 2025 | "
                      "Overall rating: Requires improvement")

    doc.add_heading("Document control", 2)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "2.0 (final)"),
        ("Date", "19 February 2025"),
        ("Author", "Head of Youth Justice Service"),
        ("Approved by", "Lambeth Youth Justice Management Board, 12 February 2025"),
        ("Review", "Quarterly at Management Board; next review May 2025"),
    ]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)

    doc.add_heading("Introduction", 2)
    doc.add_paragraph(
        "HM Inspectorate of Probation inspected Lambeth Youth Justice Service in November 2024. The "
        "inspectors made four recommendations: two for the Youth Justice Management Board and two for "
        "the Head of Service. This plan sets out the actions the partnership will take in response. "
        "Each recommendation is shown in its own table with the actions, the owner, the timescale and "
        "the current RAG rating.")

    doc.add_heading("RAG key", 3)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (lab, meaning, colr) in enumerate([
        ("Green", "On track to be delivered within the timescale", GREEN),
        ("Amber", "Some delay or risk to delivery; mitigation in place", AMBER),
        ("Red", "Not on track; escalated to the Management Board", RED),
        ("Complete", "Action delivered and evidence of impact recorded", BLUE),
    ]):
        set_cell(k.cell(i, 0), lab, bold=True)
        shade(k.cell(i, 0), colr)
        set_cell(k.cell(i, 1), meaning)

    sections = [
        ("Part A: Recommendations to the Lambeth Youth Justice Management Board", [
            ("Recommendation 1: Ensure that the partnership has a shared understanding of the "
             "over-representation of Black children in the youth justice system and takes effective "
             "action to reduce it.", [
                ("1a", "Commission a disproportionality deep-dive using the YJB ethnic disproportionality "
                       "tool and present the findings to the Management Board.",
                 "YJS Head of Service", "March 2025", "Green"),
                ("1b", "Refresh the disproportionality action plan with named actions for police, education "
                       "and health partners, and review progress at every Board meeting.",
                 "Board Chair / Met Police Central South BCU Lead", "April 2025 \u2013 September 2025",
                 "Amber"),
            ]),
            ("Recommendation 2: Ensure that children have timely access to speech, language and "
             "communication assessments and to emotional and mental health support.", [
                ("2a", "Agree a service level agreement with Evelina London for a dedicated speech and "
                       "language therapist in the YJS (0.6 FTE).",
                 "SEL ICB (Lambeth) Head of CYP Commissioning", "30/06/2025", "Amber"),
                ("2b", "Establish a CAMHS clinician duty slot in the YJS office two days a week, with a "
                       "referral-to-first-contact target of 10 working days.",
                 "SLaM CAMHS Service Manager", "May 2025", "Complete"),
            ]),
        ]),
        ("Part B: Recommendations to the Head of Lambeth Youth Justice Service", [
            ("Recommendation 3: Improve the quality of assessment and planning to keep other people safe, "
             "including contingency planning.", [
                ("3a", "Deliver risk of serious harm and contingency planning training to all case managers, "
                       "followed by practice clinics every six weeks.",
                 "YJS Practice Development Lead", "By 30 June 2025", "Green"),
                ("3b", "Introduce a monthly management audit of five AssetPlus assessments, with findings "
                       "reported to the YJS Quality Assurance Group.",
                 "YJS Operational Managers", "Monthly", "Green"),
            ]),
            ("Recommendation 4: Ensure that victims are consistently offered restorative justice and that "
             "their safety is considered in all planning.", [
                ("4a", "Recruit a full-time Victim Liaison Officer and agree an information-sharing protocol "
                       "with the Metropolitan Police Victim Care Hub.",
                 "YJS Head of Service", "April 2025", "Red"),
                ("4b", "Add a mandatory victim safety section to all intervention plans and out-of-court "
                       "disposal plans.",
                 "YJS Operational Manager (Court and Custody) / YJS Operational Manager (Prevention and "
                 "Diversion)", "31 March 2025", "Green"),
            ]),
        ]),
    ]
    rag_col = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for part, recs in sections:
        doc.add_heading(part, 1)
        for rec, acts in recs:
            t = doc.add_table(rows=2 + len(acts), cols=5)
            t.style = "Table Grid"
            top = t.cell(0, 0).merge(t.cell(0, 4))
            set_cell(top, rec, bold=True)
            shade(top, "D9D9D9")
            for j, h in enumerate(["No.", "Action", "Owner", "Timescale", "RAG"]):
                set_cell(t.cell(1, j), h, bold=True)
                shade(t.cell(1, j), "F2F2F2")
            for i, (ref, text, owner, when, rag) in enumerate(acts, start=2):
                set_cell(t.cell(i, 0), ref)
                set_cell(t.cell(i, 1), text)
                set_cell(t.cell(i, 2), owner)
                set_cell(t.cell(i, 3), when)
                set_cell(t.cell(i, 4), rag, bold=True)
                shade(t.cell(i, 4), rag_col[rag])
            doc.add_paragraph()

    doc.add_heading("Sign-off", 2)
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, row in enumerate([("Name", "Role", "Date"),
                             ("Chair, Lambeth Youth Justice Management Board", "Board Chair", "12/02/2025"),
                             ("Head of Youth Justice Service", "Plan owner", "12/02/2025")]):
        for j, v in enumerate(row):
            set_cell(s.cell(i, j), v, bold=(i == 0))
    doc.save(os.path.join(HERE, "gg1-lambeth-yjs-hmip-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Wandsworth Local Area Partnership - SEND priority action plan (csv)
# ---------------------------------------------------------------------------
def wandsworth():
    ncol = 9
    rows = []

    def line(first=""):
        rows.append([first] + [""] * (ncol - 1))

    line("Wandsworth Local Area Partnership \u2013 SEND Priority Action Plan")
    line("Following the Ofsted/CQC area SEND inspection (fieldwork 9\u201313 September 2024; report "
         "published 1 November 2024)")
    line("Progress position as at 31 March 2025 \u2013 for the SEND Partnership Board, 23 April 2025")
    line()
    rows.append(["Area for priority action / improvement", "Ref", "Action", "Lead officer(s)", "Partner",
                 "Start", "Target completion", "RAG", "Progress commentary (March 2025)"])
    apa1 = ("APA1: Leaders across education, health and care should urgently improve the timeliness of "
            "EHC needs assessments and the quality of EHC plans.")
    apa2 = ("APA2: Leaders in the ICB and the local authority should reduce waiting times for "
            "neurodevelopmental assessments and make sure support is available to children and families "
            "while they wait.")
    afi1 = ("AFI1: Leaders should improve the range and accessibility of information on the Local Offer, "
            "so that families know what support is available and how to get it.")
    data = [
        (apa1, "1.1", "Recruit four additional EHC coordinators and two educational psychologists to clear "
                      "the backlog of overdue needs assessments.",
         "Head of SEN Assessment and Review", "LA", "Nov-24", "Jun-25", "Green",
         "3 of 4 EHC coordinators in post; EP recruitment via agency."),
        ("", "1.2", "Introduce a multi-agency EHC plan quality assurance panel, auditing 10% of new plans "
                    "each month, with Parent Carer Forum representation.",
         "Principal Educational Psychologist; Designated Clinical Officer", "LA/ICB", "Jan-25", "Sep-25",
         "Amber", "Panel met twice; health advice sign-off still inconsistent."),
        ("", "1.3", "Publish monthly 20-week timeliness data on the Local Offer and report it to the SEND "
                    "Partnership Board.",
         "SEND Performance Manager", "LA", "Dec-24", "Monthly", "Green",
         "Published since January 2025. 20-week rate 41% (Feb)."),
        (apa2, "2.1", "Commission additional autism and ADHD assessment capacity from an independent provider "
                      "to reduce the waiting list to under 52 weeks.",
         "SWL ICB Head of Children's Commissioning", "ICB", "Feb-25", "Mar-26", "Amber",
         "Procurement under way; contract award expected June 2025."),
        ("", "2.2", "Launch a 'waiting well' offer of parent workshops, sleep support and school advice for "
                    "all families on the neurodevelopmental pathway.",
         "Designated Clinical Officer & Parent Carer Forum Co-chair", "ICB/LA", "Jan-25", "Dec-25", "Green",
         "First workshops delivered at Tooting and Battersea family hubs."),
        ("", "2.3", "Train SENCOs in all Wandsworth schools on the needs-led support guidance, so that support "
                    "does not depend on a diagnosis.",
         "Head of Inclusion", "LA", "Nov-24", "Summer term 2025", "Complete",
         "Training delivered to 88 schools; remaining schools covered by recorded session."),
        (afi1, "3.1", "Redesign the Local Offer website with parent carers, including an easy-read section and "
                      "a 'You said, we did' page.",
         "Local Offer Manager", "LA", "Mar-25", "31/10/2025", "Red",
         "Web developer contract not yet in place; risk escalated to Board."),
    ]
    for row in data:
        rows.append(list(row))
    line()
    line("RAG key: Green = on track; Amber = at risk, mitigation in place; Red = off track; "
         "Complete = delivered and evidenced")
    line("Total actions: 7 (Complete 1, Green 3, Amber 2, Red 1)")
    path = os.path.join(HERE, "gg1-wandsworth-local-area-send-priority-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 4. Sheffield - Corporate Parenting Board action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def sheffield():
    ncol = 7
    out = []

    def row(cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        q = []
        for c in cells:
            if "\n" in c or '"' in c or "\t" in c:
                c = '"' + c.replace('"', '""') + '"'
            q.append(c)
        out.append("\t".join(q))

    row(["Sheffield City Council \u2013 Corporate Parenting Board Action Plan 2024\u20132026"])
    row(["Owner: Corporate Parenting Board", "", "Last updated: 14/01/2025"])
    row([])
    row(["Priority", "No.", "What we will do", "Who is responsible", "By when", "Status", "Update"])
    data = [
        ("Priority 1: Listening to our children and young people",),
        ("", "1.1", "Hold a Board meeting each quarter co-chaired by a member of the Children in Care Council.",
         "Chair of Corporate Parenting Board; Participation Team Manager", "Quarterly", "Green",
         "Co-chaired meetings held in July and October 2024."),
        ("", "1.2", "Publish a 'You said, we did' report for children in care and care leavers after each "
                    "Board meeting.",
         "Participation Team Manager", "March 2025", "Complete",
         "Reports published on the Sheffield Care Leavers Local Offer page."),
        ("Priority 2: Stable, loving homes close to Sheffield",),
        ("", "2.1", "Increase the number of Sheffield foster carers by a net 25 households through the Foster "
                    "for Sheffield campaign.",
         "Head of Fostering", "31/03/2026", "Amber",
         "Net gain of 6 households since April 2024.\nRecruitment events planned for February half term."),
        ("", "2.2", "Open two new council-run children's homes for children with complex needs.",
         "Service Manager \u2013 Residential", "Sept 2025", "Red",
         "First home delayed by planning condition; Ofsted registration not yet submitted."),
        ("Priority 3: Education, employment and training",),
        ("", "3.1", "Ring-fence 20 council apprenticeships each year for care leavers, with a guaranteed "
                    "interview scheme.",
         "Director of People Services / Care Leavers Service Manager", "April 2025", "Green",
         "12 apprenticeships ring-fenced for 2025 intake."),
        ("", "3.2", "Make sure every child in care has a termly Personal Education Plan rated good or better "
                    "by the Virtual School.",
         "Virtual School Headteacher", "Termly", "Amber",
         "Autumn term: 84% of PEPs rated good or better."),
        ("Priority 4: Preparing for adulthood",),
        ("", "4.1", "Extend council tax exemption to Sheffield care leavers living outside the city, up to "
                    "age 25.",
         "Director of Finance and Commercial Services", "1 April 2025", "Not started",
         "Budget proposal to Finance Committee in February 2025."),
    ]
    for r in data:
        row(r)
    row([])
    row(["Status key: Complete; Green = on track; Amber = some risk to delivery; Red = not on track; "
         "Not started"])
    row(["Notes: Status as reported to the Corporate Parenting Board on 14 January 2025."])
    path = os.path.join(HERE, "gg1-sheffield-corporate-parenting-board-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


# ---------------------------------------------------------------------------
# 5. Warwickshire - Early Help Strategy delivery plan (xlsx, fill-only RAG, sheet per priority)
# ---------------------------------------------------------------------------
def warwickshire():
    title = "Warwickshire Early Help Strategy 2023\u20132026: Delivery Plan \u2013 Year 2 (2024/25)"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14, color="006666")
    ov["A2"] = "Reported to the Warwickshire Children and Families Partnership Board, 2 December 2024"
    ov["A4"] = "RAG key (colour of the RAG cell on each priority sheet)"
    ov["A4"].font = Font(bold=True)
    for i, (colr, meaning) in enumerate([
        (BLUE, "Complete"),
        (GREEN, "On track"),
        (AMBER, "Some risk to delivery"),
        (RED, "Off track / not delivered"),
        (None, "No colour = not yet started"),
    ], start=5):
        c = ov.cell(i, 1, "")
        c.border = BOX
        if colr:
            c.fill = fill(colr)
        ov.cell(i, 2, meaning)
    ov["A11"] = "Summary"
    ov["A11"].font = Font(bold=True)
    summ = [("Priority", "Actions", "Blue", "Green", "Amber", "Red", "Not started"),
            ("1. Right help at the right time", 3, 0, 1, 1, 1, 0),
            ("2. Family Hubs", 2, 1, 1, 0, 0, 0),
            ("3. Workforce", 2, 0, 1, 0, 0, 1),
            ("Total", 7, 1, 3, 1, 1, 1)]
    for i, rr in enumerate(summ, start=12):
        for j, v in enumerate(rr, start=1):
            c = ov.cell(i, j, v)
            c.border = BOX
            if i in (12, 16):
                c.font = Font(bold=True)
    ov.column_dimensions["A"].width = 34
    ov.column_dimensions["B"].width = 30

    sheets = [
        ("P1 Right help", "Priority 1: Right help at the right time",
         "Outcome we want: families get the right help from the right service as soon as needs emerge.", [
             ("EH1.1", "Review the Warwickshire Continuum of Need guidance with partners and relaunch it "
                       "through multi-agency briefings.",
              "Early Help Strategic Lead", "Schools, Police, Health", d(2024, 6, 30), GREEN,
              "Guidance agreed by Safeguarding Partnership; 14 briefings delivered."),
             ("EH1.2", "Introduce an early help triage within the Children and Families Front Door, with a "
                       "decision within 3 working days.",
              "Service Manager Children and Families Front Door", "Police, Health", d(2024, 12, 31), AMBER,
              "Triage in place; 3-day decision met in 68% of contacts (target 90%)."),
             ("EH1.3", "Embed the Early Help Assessment in Mosaic so that partner-led assessments are visible "
                       "to social care.",
              "Head of Early Help / Mosaic Product Owner", "ICT", d(2025, 3, 31), RED,
              "Mosaic release slipped; partner portal access not yet agreed."),
         ]),
        ("P2 Family Hubs", "Priority 2: Family Hubs at the heart of communities",
         "Outcome we want: every family can get help in a welcoming place close to home.", [
             ("EH2.1", "Open Family Hubs in Nuneaton, Rugby and Leamington Spa with a consistent Start for "
                       "Life offer.",
              "Family Hubs Programme Manager", "Health visiting, VCS", "Sept 24 \u2013 Mar 25", BLUE,
              "All three hubs open; Leamington Spa opened 10 November 2024."),
             ("EH2.2", "Publish the Family Hubs digital offer and parenting programme timetable on the "
                       "Warwickshire Family Information Service.",
              "FIS Manager", "VCS", d(2024, 10, 31), GREEN,
              "Digital offer live; timetable updated termly."),
         ]),
        ("P3 Workforce", "Priority 3: A skilled, confident early help workforce",
         "Outcome we want: practitioners in every agency feel confident to lead early help.", [
             ("EH3.1", "Deliver Early Help Assessment and Lead Practitioner training to 300 partner "
                       "practitioners, including schools and health visitors.",
              "Early Help Workforce Development Lead", "Schools, Health", "Ongoing", GREEN,
              "186 practitioners trained to date."),
             ("EH3.2", "Launch a multi-agency early help audit programme, reviewing 20 early help plans each "
                       "quarter.",
              "Quality Assurance Manager (Early Help)", "All partners", d(2025, 3, 31), None,
              "Not started \u2013 awaiting sign-off of the QA framework."),
         ]),
    ]
    for sname, heading, outcome, acts in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13, color="006666")
        ws.merge_cells("A1:G1")
        ws["A2"] = outcome
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:G2")
        hdr = ["Ref", "Action", "Lead", "Partner agencies", "Timescale", "RAG", "Comment"]
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(4, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("006666")
            c.border = BOX
        for i, (ref, text, lead, partners, when, colr, comment) in enumerate(acts, start=5):
            for j, v in enumerate([ref, text, lead, partners, when, None, comment], start=1):
                c = ws.cell(i, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if colr:
                ws.cell(i, 6).fill = fill(colr)
        for j, w in enumerate([8, 55, 30, 20, 14, 8, 45], start=1):
            ws.column_dimensions[chr(64 + j)].width = w
    wb.save(os.path.join(HERE, "gg1-warwickshire-early-help-strategy-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 6. Perth & Kinross Council Fostering Service - Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
def perth():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph()
    r = h.add_run("Perth & Kinross Council Fostering Service \u2013 Care Inspectorate Improvement Plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Unannounced inspection: 14\u201325 October 2024. Report published: 6 December 2024. "
                      "Care service number: CS2004080123.")
    doc.add_paragraph("Evaluations awarded by the Care Inspectorate:")
    g = doc.add_table(rows=4, cols=2)
    g.style = "Table Grid"
    for i, (q, e) in enumerate([
        ("How well do we support children and young people's rights and wellbeing?", "4 \u2013 Good"),
        ("How good is our leadership?", "3 \u2013 Adequate"),
        ("How good is our staff team?", "3 \u2013 Adequate"),
        ("How well is our care and support planned?", "4 \u2013 Good"),
    ]):
        set_cell(g.cell(i, 0), q)
        set_cell(g.cell(i, 1), e, bold=True)
    doc.add_paragraph()
    doc.add_paragraph("Status key:")
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (lab, meaning, colr) in enumerate([
        ("Complete", "Action completed and evidenced", BLUE),
        ("On track", "Progressing within timescale", GREEN),
        ("Some slippage", "Behind timescale; recovery action agreed", AMBER),
        ("Off track", "Timescale will not be met; escalated to Head of Service", RED),
        ("Not yet started", "Scheduled to start later in the plan", None),
    ]):
        set_cell(k.cell(i, 0), lab, bold=True)
        if colr:
            shade(k.cell(i, 0), colr)
        set_cell(k.cell(i, 1), meaning)
    doc.add_paragraph()

    reg = ("This is in order to comply with Regulation {r} of the Social Care and Social Work Improvement "
           "Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210).")
    sections = [
        ("1. How well do we support children and young people's rights and wellbeing?", [
            ("Requirement 1: By 28 February 2025, the provider must ensure that all foster carer reviews are "
             "completed within 12 months and that the views of children and young people in placement are "
             "sought and recorded. " + reg.format(r="4(1)(a)"), [
                ("Create a review tracker for all approved foster carers, monitored monthly by the Team Leader, "
                 "with overdue reviews escalated to the Service Manager.",
                 "Team Leader \u2013 Family Placement", "December 2024", "Complete"),
                ("Introduce a child-friendly \u2018My Say\u2019 consultation form for each review, with support "
                 "from Who Cares? Scotland where the child wishes.",
                 "Independent Reviewing Officer (Fostering)", "February 2025", "On track"),
            ]),
            ("Area for improvement 1: To support children's wellbeing, the provider should ensure that all "
             "children have an up-to-date health assessment and that foster carers are informed of the outcome.", [
                ("Agree a joint protocol with the NHS Tayside looked after children nursing team for sharing "
                 "health assessment outcomes with foster carers within 10 working days.",
                 "Service Manager (Fostering & Adoption) / LAC Nurse Lead", "March 2025", "On track"),
            ]),
        ]),
        ("2. How good is our leadership?", [
            ("Area for improvement 2: The provider should develop its quality assurance processes so that "
             "audits of carers' files lead to clear actions and service improvement.", [
                ("Implement a quarterly file audit schedule using the Care Inspectorate self-evaluation "
                 "framework, with findings reported to the Fostering Leadership Group.",
                 "Team Leader \u2013 Quality Assurance", "Quarterly", "On track"),
                ("Produce an annual fostering service self-evaluation and improvement plan, and share it with "
                 "foster carers at the annual conference.",
                 "Service Manager (Fostering & Adoption)", "June 2025", "Not yet started"),
            ]),
        ]),
        ("3. How good is our staff team?", [
            ("Requirement 2: By 31 March 2025, the provider must ensure that all foster carers complete "
             "mandatory training in child protection, trauma-informed practice and first aid, and that this "
             "is recorded. " + reg.format(r="15(b)"), [
                ("Publish a foster carer learning and development calendar for 2025, including evening and "
                 "online sessions.",
                 "Learning and Development Officer", "January 2025", "Complete"),
                ("Record all foster carer training on the carer's file and report completion rates to the "
                 "Fostering Leadership Group each month.",
                 "Supervising Social Workers", "31/03/2025", "Some slippage"),
            ]),
        ]),
    ]
    status_col = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED}
    nrows = 1 + sum(1 + sum(len(a) for _, a in items) for _, items in sections)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for j, hd in enumerate(["Requirement / area for improvement", "Action(s) to be taken", "Responsible",
                            "Timescale", "Progress / status"]):
        set_cell(t.cell(0, j), hd, bold=True, color="FFFFFF")
        shade(t.cell(0, j), "4B2E83")
    ri = 1
    for sec, items in sections:
        c = t.cell(ri, 0).merge(t.cell(ri, 4))
        set_cell(c, sec, bold=True)
        shade(c, "E4DFEC")
        ri += 1
        for req, acts in items:
            first = ri
            for text, resp, when, status in acts:
                set_cell(t.cell(ri, 1), text)
                set_cell(t.cell(ri, 2), resp)
                set_cell(t.cell(ri, 3), when)
                set_cell(t.cell(ri, 4), status)
                if status in status_col:
                    shade(t.cell(ri, 4), status_col[status])
                ri += 1
            last = ri - 1
            rc = t.cell(first, 0)
            if last > first:
                rc = rc.merge(t.cell(last, 0))
            set_cell(rc, req)
    doc.add_paragraph()
    doc.add_paragraph("Plan agreed by: Service Manager (Fostering & Adoption) and Head of Children, Young People "
                      "and Families, 20 December 2024. Progress will be reviewed monthly by the Fostering "
                      "Leadership Group.")
    doc.save(os.path.join(HERE, "gg1-perth-kinross-council-fostering-service-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Waltham Forest - Ofsted focused visit action plan, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def waltham_forest():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = ("Ofsted Focused Visit Action Plan \u2013 Children in need and children subject to a child "
                "protection plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("London Borough of Waltham Forest | Visit dates: 11\u201312 June 2024 | Letter published: "
                "19 July 2024")
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Plan owner: Director of Children's Social Care. Reviewed monthly at the Children's "
                "Improvement Board.")
    ws.merge_cells("A3:G3")
    hdr = ["Area for improvement", "Ref", "Action", "Responsible officer", "Target date", "RAG",
           "Evidence of impact / measure"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("3F3F76")
        c.border = BOX
        c.alignment = WRAP
    afis = [
        ("1. The quality of written plans for children in need, so that they are specific about what needs "
         "to change and by when.", [
             ("1a", "Relaunch the SMART child in need plan template, with a worked example, at all-staff "
                    "practice briefings.", "Head of Service, Family Support and Safeguarding",
              "Sep-2024", "Complete", "Template live on Mosaic from 2 September 2024"),
             ("1b", "Team managers to review every child in need plan at the 10-day point and record a "
                    "management oversight case note.", "Team Managers (CIN)", "Nov-2024", "Green",
              "Monthly audit: plans rated good or better"),
             ("1c", "Include the child in need plan in the monthly practice week audit, with moderation by the "
                    "Principal Social Worker.", "Principal Social Worker", "Dec-2024", "Green",
              "Audit moderation report"),
         ]),
        ("2. The timeliness of initial child protection conferences.", [
            ("2a", "Recruit two additional child protection chairs on fixed-term contracts to increase "
                   "conference capacity.", "Head of Safeguarding and Quality Assurance", "Aug-2024",
             "Complete", "ICPCs within 15 working days"),
            ("2b", "Introduce a weekly tracker of strategy discussions that lead to section 47 enquiries, "
                   "so that conferences are booked on the day the decision is made.",
             "Conference and Review Service Manager", "0ct-2024", "Amber",
             "Weekly tracker; ICPC timeliness 72% (target 90%)"),
        ]),
        ("3. Management oversight of children's progress when plans are stepped down from child protection "
         "to child in need.", [
             ("3a", "Introduce a step-down checklist, signed off by the Team Manager, for every child moving "
                    "from a child protection plan to a child in need plan.", "Team Managers (CP)", "Jan-2025",
              "Green", "Checklist completed for 100% of step-downs"),
             ("3b", "Review children who return to a child protection plan within 12 months of step-down "
                    "through a quarterly thematic audit.", "Head of Quality Assurance", "Mar-2025", "Red",
              "Quarterly thematic audit report"),
         ]),
    ]
    rag = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 6
    for afi, acts in afis:
        first = r
        for ref, text, lead, when, status, ev in acts:
            for j, v in enumerate([None, ref, text, lead, when, status, ev], start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 6).fill = fill(rag[status])
            r += 1
        ws.cell(first, 1, afi).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "RAG: Complete (blue) / Green on track / Amber at risk / Red off track")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for j, w in enumerate([40, 6, 55, 32, 12, 10, 38], start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    vc = wb.create_sheet("Version control")
    for i, rr in enumerate([("Version", "Date", "Comment"),
                            ("0.1", "05/08/2024", "Draft for Children's Improvement Board"),
                            ("1.0", "30/08/2024", "Submitted to Ofsted"),
                            ("1.1", "14/10/2024", "October update")], start=1):
        for j, v in enumerate(rr, start=1):
            vc.cell(i, j, v)
    wb.save(os.path.join(HERE, "gg1-waltham-forest-council-focused-visit-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    herts()
    lambeth()
    wandsworth()
    sheffield()
    warwickshire()
    perth()
    waltham_forest()
    print("done")
