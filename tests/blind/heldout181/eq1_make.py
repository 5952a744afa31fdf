"""Build the seven eq1- test files (set heldout181).

Run with: /work/main/.venv/bin/python eq1_make.py
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
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Plymouth City Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
PLY_TITLE = "Plymouth City Council – ILACS Improvement Plan 2024–2026"
PLY = [
    ("Recommendation 1: The response to children and families who need help out of hours, "
     "including the quality of recording and information-sharing with daytime services.", [
        ("1.1", "Recommission the Out of Hours Service with a dedicated children’s social work rota "
                "and a clear handover protocol to the daytime MASH.",
         "Head of Service, Front Door", d(2024, 7, 31), d(2024, 10, 31), "A", "G",
         "New rota in place from 1 September 2024; handover protocol signed off by MASH partners."),
        ("1.2", "Introduce a monthly audit of out-of-hours case records, with findings reported to "
                "the Practice Improvement Group.",
         "Principal Social Worker", d(2024, 6, 30), None, "G", "B",
         "Audits completed April–August; now part of the quality assurance framework."),
        ("1.3", "Agree an information-sharing protocol with Devon and Cornwall Police and University "
                "Hospitals Plymouth for out-of-hours strategy discussions.",
         "Service Director CYPF / Head of Service, Front Door", d(2024, 9, 30), d(2024, 12, 31), "G", "A",
         "Draft protocol with police legal team; hospital trust has agreed in principle."),
    ]),
    ("Recommendation 2: The timeliness and recording of the local authority designated officer "
     "(LADO) response to allegations against adults who work with children.", [
        ("2.1", "Recruit a second permanent LADO and a business support officer so that initial "
                "evaluation takes place within one working day of referral.",
         "Head of Quality Assurance and Safeguarding", d(2024, 5, 31), None, "G", "B",
         "Both posts filled from May 2024. 94% of referrals evaluated within one working day (Q2)."),
        ("2.2", "Move LADO records onto the Eclipse case management system and produce a monthly "
                "LADO performance dashboard.",
         "LADO Manager / Performance and Intelligence Lead", d(2024, 8, 31), d(2025, 1, 31), "A", "R",
         "Eclipse build delayed by supplier; dashboard cannot be produced until migration is complete."),
    ]),
    ("Recommendation 3: The timeliness of initial health assessments and access to education for "
     "unaccompanied asylum-seeking children.", [
        ("3.1", "Agree a fast-track pathway with the ICB for initial health assessments of "
                "unaccompanied children within 20 working days of coming into care.",
         "Designated Nurse for Children in Care (NHS Devon ICB)", d(2024, 9, 30), None, "A", "G",
         "Pathway agreed July 2024; 8 of 9 assessments in Q2 completed within 20 working days."),
        ("3.2", "Virtual School to offer every unaccompanied child an education placement or ESOL "
                "provision within 20 school days of arrival.",
         "Virtual School Headteacher", d(2024, 12, 31), None, "G", "G",
         "ESOL places secured with City College Plymouth for 2024/25."),
        ("3.3", "Deliver training for social workers and personal advisers on age assessment, "
                "trafficking indicators and the National Referral Mechanism.",
         "Workforce Development Manager (Social Work Academy)", d(2024, 11, 30), None, "–", "G",
         "New action added June 2024. Training dates booked for November 2024."),
    ]),
    ("Recommendation 4: The quality of pathway plans for care leavers, so that they are specific, "
     "up to date and written with young people.", [
        ("4.1", "Relaunch the pathway plan template, co-produced with the Care Leavers’ Forum, with "
                "SMART actions and a plan review date.",
         "Team Manager, Care Leavers Service", d(2024, 10, 31), d(2025, 2, 28), "G", "A",
         "Template agreed with the Forum; Eclipse form changes are in the same build as action 2.2."),
        ("4.2", "Quarterly thematic audit of 25 pathway plans with feedback to personal advisers "
                "through supervision.",
         "Principal Social Worker / Team Manager, Care Leavers Service", "Quarterly", None, "G", "G",
         "First audit (June 2024): 11 of 25 plans judged good. Second audit due December."),
    ]),
]


def make_plymouth():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = PLY_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children, Young People and Families Service"
    cov["A3"] = "Response to the Ofsted inspection of local authority children’s services (ILACS), January 2024"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Author", "Comments"], 1):
        cell = cov.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    rows = [("v1.0", d(2024, 5, 28), "Improvement Programme Manager", "Submitted to Ofsted"),
            ("v1.2", d(2024, 6, 27), "Improvement Programme Manager", "Q1 update; action 3.3 added"),
            ("v1.3", d(2024, 9, 30), "Improvement Programme Manager", "Q2 update to Children’s Improvement Board")]
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and impact evidenced"),
           ("G", "On track to deliver by the target date"),
           ("A", "Some slippage – revised date agreed by the Improvement Board"),
           ("R", "Off track – escalated to the Improvement Board")]
    for r, (k, txt) in enumerate(key, 12):
        cov.cell(row=r, column=1, value=k).fill = fill(FILL[k])
        cov.cell(row=r, column=2, value=txt)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 44

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG ratings – September 2024"
    summ["A1"].font = Font(bold=True)
    summ["A3"] = "Current RAG"
    summ["B3"] = "Number of actions"
    summ["A3"].font = summ["B3"].font = Font(bold=True)
    counts = {}
    for _, acts in PLY:
        for a in acts:
            counts[a[6]] = counts.get(a[6], 0) + 1
    r = 4
    for k, label in [("B", "Complete"), ("G", "Green"), ("A", "Amber"), ("R", "Red")]:
        summ.cell(row=r, column=1, value=label).fill = fill(FILL[k])
        summ.cell(row=r, column=2, value=counts.get(k, 0))
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=r, column=2, value=f"=SUM(B4:B{r - 1})")
    summ.column_dimensions["A"].width = 16
    summ.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:H1")
    ws["A1"] = PLY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Ofsted inspection of local authority children’s services: 15 January – 2 February 2024 "
                "(report published 15 March 2024)")
    ws.merge_cells("A3:H3")
    ws["A3"] = "Position as at 30 September 2024"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
             "Previous RAG (June 2024)", "Current RAG (Sept 2024)", "Progress update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for rec, acts in PLY:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell = ws.cell(row=r, column=1, value=rec)
        cell.font = Font(bold=True)
        cell.fill = fill("DDEBF7")
        cell.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, action, lead, orig, rev, prev, cur, prog in acts:
            vals = [ref, action, lead, orig, rev, prev, cur, prog]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c, v in ((6, prev), (7, cur)):
                if v in FILL:
                    ws.cell(row=r, column=c).fill = fill(FILL[v])
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1, value=(
        "Note: revised target dates were agreed by the Plymouth Children’s Improvement Board on "
        "12 September 2024. Actions rated B are kept in the plan until the next quarterly update."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [7, 60, 30, 14, 14, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "eq1-plymouth-city-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Halton SEND Local Area Partnership - priority action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
HAL_TITLE = "Halton SEND Local Area Partnership – Priority Action Plan"
HAL = [
    ("PA1", "Priority 1 – Strategic Oversight and Governance",
     "Leaders in Halton Borough Council and NHS Cheshire and Merseyside ICB should work together "
     "urgently to strengthen joint strategic oversight, governance and challenge so that improvements "
     "for children and young people with SEND are made at pace.",
     "Halton Borough Council and NHS Cheshire and Merseyside ICB", [
        ("1.1", "Establish a single SEND Strategic Partnership Board with an independent chair and "
                "revised terms of reference agreed by all partners.",
         "Board meets monthly; attendance of statutory partners above 90%.",
         "Executive Director, Children’s Services; ICB Place Director (Halton)", "February 2024", "B",
         "Board established February 2024 and meeting monthly."),
        ("1.2", "Publish a joint SEND and Alternative Provision Strategy 2025–2028, co-produced with "
                "Halton Parent Carer Forum.",
         "Strategy signed off by the Board and Executive Board; endorsed by the Parent Carer Forum.",
         "Operational Director, Education, Inclusion and Provision", "Summer term 2025", "G",
         "21 engagement sessions held with families; draft strategy to Board in March."),
        ("1.3", "Develop a joint SEND outcomes dashboard combining education, health and care data, "
                "reviewed at every Board meeting.",
         "Dashboard in use at Board; partners report against agreed indicators.",
         "Head of Business Intelligence / ICB Head of Performance", "Q3 2024/25", "A",
         "Education and care data in place; health data feed awaited from community provider."),
    ]),
    ("PA2", "Priority 2 – Cohesive Communication and Joined-up Systems",
     "Leaders across education, health and care should improve how information is shared between "
     "services and with families, so that parents and carers do not have to repeat their story.",
     "Halton Borough Council, NHS Cheshire and Merseyside ICB and providers", [
        ("2.1", "Relaunch the Local Offer website with Parent Carer Forum testing and an accessible "
                "‘what to expect’ guide for each stage of the EHC process.",
         "Local Offer page views; parent survey shows improved confidence.",
         "SEND Information, Advice and Support Manager", "Autumn term 2024", "G",
         "New site live November 2024; guides being translated."),
        ("2.2", "Introduce a single named contact for every family awaiting an EHC needs assessment.",
         "100% of families have a named contact recorded on the SEN system.",
         "Head of SEN Assessment and Review", "31/10/2024", "R",
         "Not achieved because of EHC coordinator vacancies – see action 3.1."),
        ("2.3", "Agree a data sharing agreement between the local authority, Bridgewater Community "
                "Healthcare and Alder Hey for shared SEND records.",
         "Signed agreement; shared record in use.",
         "Information Governance Manager", "March 2025", None,
         ""),
    ]),
    ("PA3", "Priority 3 – Timeliness and Quality of EHC Plans",
     "Leaders should make sure that EHC needs assessments are completed within statutory timescales "
     "and that plans are reviewed and updated so that they reflect children’s current needs.",
     "Halton Borough Council", [
        ("3.1", "Recruit four additional EHC coordinators and an educational psychologist to clear the "
                "assessment backlog.",
         "20-week timeliness above 60% by March 2025.",
         "Head of SEN Assessment and Review", "January 2025", "A",
         "Three coordinators appointed; EP post out to advert for the second time."),
        ("3.2", "Carry out a multi-agency quality assurance audit of 10% of new EHC plans each term, "
                "including health and social care advice.",
         "Audit shows at least 70% of plans good or better.",
         "SEND Quality Assurance Lead; Designated Clinical Officer", "Termly", "G",
         "Autumn audit complete: 58% good or better."),
    ]),
    ("PA4", "Priority 4 – Neurodevelopmental Pathway",
     "The ICB should reduce waiting times for autism and ADHD assessments and make sure that children "
     "and families receive support while they wait.",
     "NHS Cheshire and Merseyside ICB", [
        ("4.1", "Commission additional assessment capacity for the 5–18 neurodevelopmental pathway to "
                "reduce the longest waits to under 52 weeks.",
         "Longest wait under 52 weeks.",
         "ICB Associate Director of Commissioning (Halton Place)", "Sept 2024 – March 2025", "R",
         "Longest wait 97 weeks in December; additional provider mobilising from February."),
        ("4.2", "Launch a ‘waiting well’ offer for families, including parent workshops and a sleep "
                "support service delivered through family hubs.",
         "Families on the waiting list offered support within 6 weeks.",
         "Head of Early Help & Family Hubs", "Oct-24", "B",
         "Offer launched October 2024; 212 families attended workshops."),
    ]),
]


def make_halton():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = HAL_TITLE
    fs["A1"].font = Font(bold=True, size=14)
    fs["A2"] = "SEND improvement plan following the Ofsted and CQC area SEND inspection, 6–24 November 2023"
    fs["A4"] = ("Governance: SEND Strategic Partnership Board (monthly). Progress reported to DfE and "
                "NHS England SEND advisers each quarter.")
    fs["A5"] = "Version 4 – updated for the SEND Strategic Partnership Board, 15 January 2025"
    fs["A7"] = "RAG status key (colour of the cell in the RAG column)"
    fs["A7"].font = Font(bold=True)
    key = [(BLUE, "Completed"), (GREEN, "On track"),
           (AMBER, "Risk to delivery – mitigations in place"),
           (RED, "Off track / overdue"), (None, "Not yet started")]
    for r, (col, txt) in enumerate(key, 8):
        c = fs.cell(row=r, column=1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        fs.cell(row=r, column=2, value=txt)
    fs["A14"] = "Each priority action has its own sheet (PA1 – PA4)."
    fs.column_dimensions["A"].width = 10
    fs.column_dimensions["B"].width = 50

    for sheet, prio, area, body, acts in HAL:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:G1")
        ws["A1"] = HAL_TITLE
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A2:G2")
        ws["A2"] = prio
        ws["A2"].font = Font(bold=True, color="FFFFFF")
        ws["A2"].fill = fill("7030A0")
        ws["A3"] = "Area for priority action:"
        ws["A3"].font = Font(bold=True)
        ws["A3"].alignment = WRAP
        ws.merge_cells("B3:G3")
        ws["B3"] = area
        ws["B3"].alignment = WRAP
        ws.row_dimensions[3].height = 48
        ws["A4"] = "Responsible body:"
        ws["A4"].font = Font(bold=True)
        ws.merge_cells("B4:G4")
        ws["B4"] = body
        heads = ["Ref", "Action", "Impact measure (how we will know)", "Lead(s)", "By when", "RAG",
                 "Update (January 2025)"]
        for c, h in enumerate(heads, 1):
            cell = ws.cell(row=6, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("E4DFEC")
            cell.border = BOX
            cell.alignment = WRAP
        r = 7
        for ref, action, impact, lead, when, rag, upd in acts:
            for c, v in enumerate([ref, action, impact, lead, when, None, upd or None], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if rag:
                ws.cell(row=r, column=6).fill = fill(FILL[rag])
            r += 1
        for col, w in zip("ABCDEFG", [22, 55, 40, 34, 16, 7, 45]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "eq1-halton-lap-send-priority-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Luton Borough Council - focused visit action plan with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
LUT_TITLE = "Luton Borough Council – Ofsted Focused Visit Action Plan"
LUT = [
    ("The timeliness and quality of assessments of children’s needs when they come into care.", [
        ("FV1.1", "Review all children who came into care in the last six months without an updated "
                  "child and family assessment, and complete any outstanding assessments.",
         "Head of Service, Children in Care", "December 2024", "Complete",
         "Review of 48 children completed; 11 assessments updated."),
        ("FV1.2", "Set a 35 working day standard for the assessment of children newly in care and "
                  "report timeliness weekly to senior leaders.",
         "Service Manager, Children in Care / Performance Manager", "January 2025", "On track",
         "Weekly report in place since 6 January."),
        ("FV1.3", "Deliver assessment analysis workshops for all social workers in the children in care "
                  "teams through the Luton Social Work Academy.",
         "Social Work Academy Lead", "March 2025", "On track",
         "Four of six workshops delivered."),
    ]),
    ("The consistency of management oversight and supervision for children in care.", [
        ("FV2.1", "Refresh the supervision policy and recording template so that supervision records "
                  "show reflection, the child’s plan and clear actions.",
         "Principal Social Worker", "Febuary 2025", "On track",
         "Draft template tested with two teams."),
        ("FV2.2", "Team managers to dip-sample three supervision records per month and report "
                  "findings to the Practice Standards Group.",
         "Service Manager, Children in Care", "April 2025", "Not started",
         "To begin once the new template is launched."),
    ]),
    ("The sufficiency of suitable homes for care leavers, including staying put and supported "
     "accommodation.", [
        ("FV3.1", "Agree a joint housing protocol with Luton Housing Options for care leavers aged 18 "
                  "to 25, with a priority banding for social housing.",
         "Head of Service, Care Leavers / Head of Housing Options", "June 2025", "On track",
         "Protocol in draft; to Housing Board in April."),
        ("FV3.2", "Increase staying put take-up by reviewing the staying put allowance paid to "
                  "foster carers.",
         "Fostering Service Manager", "Ongoing", "Off track",
         "Allowance review delayed pending budget setting."),
    ]),
]
LUT_TYPO_ROW = None  # filled in by make_luton()


def make_luton():
    global LUT_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "FV action plan"
    ws["A1"] = LUT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Focused visit of 15–16 October 2024: children in care and care leavers. "
                "Plan owner: Service Director, Children’s Social Care")
    ws["A3"] = "Reviewed monthly at the Children’s Services Improvement Board – last updated 14 January 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Area for improvement", "Ref", "Action", "Responsible officer", "Target date", "Status",
             "Evidence / impact"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.border = BOX
        cell.alignment = WRAP
    status_fill = {"Complete": BLUE, "On track": GREEN, "Off track": RED}
    r = 6
    for area, acts in LUT:
        first = r
        for ref, action, lead, when, status, ev in acts:
            for c, v in enumerate([None, ref, action, lead, when, status, ev], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if status in status_fill:
                ws.cell(row=r, column=6).fill = fill(status_fill[status])
            if when.startswith("Febuary"):
                LUT_TYPO_ROW = r
            r += 1
        ws.cell(row=first, column=1, value=area)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete (blue) | On track (green) | Off track (red) | Not started")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", [34, 8, 60, 34, 16, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "eq1-luton-council-focused-visit-action-plan-typo-month-refuse.xlsx"))


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


def bold_row(row, hex_=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        if hex_:
            shade(cell, hex_)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Walsall Council - corporate parenting strategy action plan (docx, table per pledge)
# ---------------------------------------------------------------------------
WAL_TITLE = "Walsall Council Corporate Parenting Strategy 2023–2026: Action Plan"
WAL = [
    ("Pledge 1 – We will make sure you have a safe, stable and loving home", [
        ("P1.1", "Increase the number of Walsall foster carers through a targeted recruitment campaign, "
                 "aiming for 20 new mainstream fostering households in 2024/25.",
         "Fostering Service Manager", "March 2025",
         "11 households approved by December; campaign with local employers launched in January.", "Amber"),
        ("P1.2", "Hold a placement stability meeting within five working days for any child who has had "
                 "two moves in twelve months.",
         "Children in Care Team Manager", "September 2024",
         "Stability meetings now part of the placement move procedure.", "Complete"),
    ]),
    ("Pledge 2 – We will help you to do well in education, training and work", [
        ("P2.1", "Every child in care to have a Personal Education Plan reviewed each term, with the "
                 "child’s views recorded.",
         "Virtual School Headteacher", "Termly",
         "96% of PEPs reviewed in the autumn term; 88% include the child’s views.", "Green"),
        ("P2.2", "Create ten ring-fenced apprenticeships within the council for care leavers.",
         "Head of HR / Leaving Care Service Manager", "By 31 March 2025",
         "Three apprenticeships created. Recruitment freeze has limited new posts – escalated to "
         "Corporate Management Team.", "Red"),
        ("P2.3", "Offer every care leaver in higher education a named contact and holiday accommodation "
                 "support.",
         "Leaving Care Service Manager", "September 2024",
         "In place for all 23 care leavers at university.", "Complete"),
    ]),
    ("Pledge 3 – We will listen to you and act on what you tell us", [
        ("P3.1", "Run quarterly ‘Takeover’ sessions where the Children in Care Council sets the agenda "
                 "for Corporate Parenting Board.",
         "Participation and Engagement Officer", "Quarterly",
         "Takeover held in October on the theme of mental health.", "Green"),
        ("P3.2", "Refresh the Mind of My Own app offer so that children can give feedback before every "
                 "review meeting.",
         "IRO Service Manager", "December 2024",
         "App relaunched; use before reviews is 41% against a target of 60%.", "Amber"),
    ]),
    ("Pledge 4 – We will support you to be healthy and happy", [
        ("P4.1", "Review health assessment timeliness with the Black Country ICB and agree an escalation "
                 "route for overdue assessments.",
         "Designated Nurse LAC; Children in Care Service Manager", "November 2024",
         "Escalation route agreed; review health assessments in time rose to 89%.", "Green"),
        ("P4.2", "Extend free leisure centre membership to all care leavers aged up to 25.",
         "Corporate Parenting Champion (Leisure Services)", "April 2025",
         "", "Not started"),
    ]),
]
WAL_FILL = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def make_walsall():
    doc = Document()
    doc.add_paragraph(WAL_TITLE, style="Title")
    doc.add_paragraph("Progress report to Corporate Parenting Board – 21 January 2025")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Head of Service, Children in Care and Care Leavers"),
                 ("Version", "2.1"), ("Last reviewed", "13 January 2025"),
                 ("Next review", "April 2025")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG rating key").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Complete", "Action delivered"), ("Green", "On track"),
                 ("Amber", "At risk of slipping"), ("Red", "Off track"),
                 ("Not started", "Work not yet begun")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
        if k in WAL_FILL:
            shade(row.cells[0], WAL_FILL[k])
    for pledge, acts in WAL:
        doc.add_heading(pledge, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "What we will do", "Who", "By when", "Progress update", "RAG"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9D9D9")
        for ref, action, who, when, upd, rag in acts:
            row = t.add_row()
            for c, v in enumerate([ref, action, who, when, upd, rag]):
                set_cell(row.cells[c], v)
            if rag in WAL_FILL:
                shade(row.cells[5], WAL_FILL[rag])
    doc.add_paragraph()
    doc.add_paragraph("Next update: Corporate Parenting Board, April 2025.")
    doc.save(os.path.join(HERE, "eq1-walsall-corporate-parenting-board-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Brent Safeguarding Children Partnership - JTAI action plan (docx, area cell merged down)
# ---------------------------------------------------------------------------
BRE_TITLE = "Brent Safeguarding Children Partnership – JTAI Post-Inspection Action Plan"
BRE = [
    ("The consistency with which partners understand and apply the threshold guidance when deciding "
     "whether families need early help or statutory support.", [
        ("1.1", "Relaunch the Brent Threshold Guidance with multi-agency briefings for schools, GPs, "
                "police and housing.",
         "BSCP Business Manager", "Q2 2024/25", "B",
         "Nine briefings delivered to 412 practitioners between July and September 2024."),
        ("1.2", "Multi-agency audit of 30 contacts stepped down from the Front Door to early help, to "
                "test threshold decisions.",
         "Head of Quality Assurance, Brent Council / Detective Inspector, MASH (Met Police)",
         "w/c 07/10/24", "B",
         "Audit completed; 26 of 30 decisions judged appropriate. Findings to QA Subgroup in November."),
        ("1.3", "Add threshold training to the induction for all new designated safeguarding leads in "
                "schools.",
         "Education Safeguarding Lead", "Ongoing", "G",
         "Included in DSL induction from September 2024."),
    ]),
    ("The quality of early help assessments and plans, so that they are specific about what needs to "
     "change and by when.", [
        ("2.1", "Introduce a revised early help assessment and plan template with outcome measures "
                "aligned to the Supporting Families framework.",
         "Head of Early Help", "Sept 2024 – Jan 2025", "A",
         "Template agreed; system change on Mosaic scheduled for January."),
        ("2.2", "Deliver plan-writing workshops for lead practitioners in schools, health visiting and "
                "family wellbeing centres.",
         "Head of Early Help / Named Nurse Safeguarding Children (CLCH)", "End of March 2025", "G",
         "Three of five workshops delivered."),
    ]),
    ("The recording of children’s lived experience and voice across agencies, including in health "
     "records.", [
        ("3.1", "Agree a shared practice standard for recording the child’s voice and share it through "
                "the BSCP learning bulletin.",
         "BSCP Learning and Development Officer", "Dec-24", "R",
         "Standard not yet agreed – awaiting comments from two partners. Escalated to Executive Group."),
        ("3.2", "ICB to audit the recording of the child’s voice in GP and community health records and "
                "report findings to the BSCP Quality Assurance Subgroup.",
         "Designated Nurse Safeguarding Children (NWL ICB)", "Feb 2025", "A",
         "GP audit tool agreed; community health sample being drawn."),
    ]),
]


def make_brent():
    doc = Document()
    doc.add_paragraph(BRE_TITLE, style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to children and "
                      "families who need help")
    doc.add_paragraph("Inspection fieldwork: 11–15 March 2024 | Letter published: 7 May 2024 | "
                      "Plan agreed by BSCP Executive Group: 20 June 2024")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "20/06/2024", "BSCP Business Manager", "Agreed by Executive Group"),
                ("1.3", "09/12/2024", "BSCP Business Manager", "December progress update")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: B = complete; G = on track; A = some risk to delivery; "
                      "R = significant risk or overdue")
    doc.add_heading("Action plan", level=2)
    heads = ["No.", "Area for improvement", "Action", "Lead (role / agency)", "Timescale", "RAG",
             "Progress (December 2024)"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BDD7EE")
    rag_fill = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    for area, acts in BRE:
        first = len(t.rows)
        for ref, action, lead, when, rag, prog in acts:
            cells = t.add_row().cells
            for c, v in [(0, ref), (2, action), (3, lead), (4, when), (5, rag), (6, prog)]:
                set_cell(cells[c], v)
            shade(cells[5], rag_fill[rag])
        last = len(t.rows) - 1
        merged = t.cell(first, 1).merge(t.cell(last, 1))
        set_cell(merged, area)
    doc.add_paragraph()
    doc.add_heading("Sign-off by statutory safeguarding partners", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Partner", "Signed on behalf of", "Date"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("Brent Council", "Corporate Director, Children and Young People", "20/06/2024"),
                ("NHS North West London ICB", "Chief Nursing Officer", "20/06/2024"),
                ("Metropolitan Police Service", "Detective Chief Superintendent, North West BCU", "20/06/2024")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.save(os.path.join(HERE, "eq1-brent-safeguarding-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Enfield Early Help Partnership - strategy action plan (csv export, priority filled once)
# ---------------------------------------------------------------------------
ENF_TITLE = "Enfield Early Help Partnership – Early Help Strategy Action Plan 2024-25"
ENF = [
    ("1. Help is easy to find and families get it early", [
        ("EH1.1", "Publish the Enfield Family Hubs directory online and in print in the six most spoken "
                  "community languages.",
         "Family Hubs Service Manager", "Enfield Parent Carer Forum, Public Health", "30/09/2024",
         "Completed",
         "Directory live since August; print run distributed to libraries, GP surgeries and schools."),
        ("EH1.2", "Launch Family Hub outreach in Edmonton and Ponders End:\n- weekly drop-in sessions\n"
                  "- targeted sessions for fathers and male carers",
         "Family Hubs Service Manager / Community Development Lead", "Voluntary sector partners",
         "Q4 2024/25", "Green",
         "Edmonton drop-ins running weekly since November.\nPonders End venue confirmed for February."),
        ("EH1.3", "Roll out the Request for Support form to all schools, replacing email referrals to "
                  "the Early Help Front Door.",
         "Early Help Front Door Manager", "Schools, Enfield Schools Forum", "31/01/2025", "Amber",
         "71 of 94 schools using the form; secondary schools slower to switch."),
    ]),
    ("2. Practitioners across the partnership work to one early help approach", [
        ("EH2.1", "Train 200 partner practitioners in the Family Help assessment and the lead "
                  "practitioner role.",
         "Early Help Partnership Coordinator", "Health visiting, schools, police", "31/03/2025", "Green",
         "146 practitioners trained to date."),
        ("EH2.2", "Establish a monthly multi-agency Early Help Panel for families with complex needs who "
                  "do not meet the threshold for statutory services.",
         "Thompson, Claire", "Police, housing, CAMHS", "31/10/2024", "Completed",
         "Panel met for the first time on 17 October 2024."),
        ("EH2.3", "Embed the Graded Care Profile 2 neglect tool in early help practice.",
         "Principal Social Worker; Early Help Practice Lead", "Enfield Safeguarding Children Partnership",
         "Ongoing", "Green",
         "GCP2 champions in each family hub locality."),
    ]),
    ("3. We know the difference early help makes", [
        ("EH3.1", "Develop an early help outcomes dashboard drawing on the Supporting Families outcome "
                  "framework.",
         "Head of Business Intelligence", "Public Health", "28/02/2025", "Red",
         "Analyst vacancy; dashboard build not started. Interim quarterly report in use."),
        ("EH3.2", "Carry out an annual survey of families who have received early help and publish "
                  "‘You said, we did’ feedback.",
         "MK / RP", "Enfield Parent Carer Forum", "Mar-25", "Green",
         "Survey live from 6 January 2025."),
        ("EH3.3", "Arrange a peer review of the early help offer with a neighbouring borough through the "
                  "London Early Help network.",
         "Director of Children’s Services", "", "June 2025", "",
         ""),
    ]),
]


def make_enfield():
    rows = [[ENF_TITLE] + [""] * 7,
            ["Quarter 3 update for the Early Help Partnership Board (October–December 2024)"] + [""] * 7,
            [""] * 8,
            ["Priority", "Ref", "Action", "Lead", "Supporting partners", "Target date", "RAG",
             "Q3 progress"]]
    counts = {}
    for prio, acts in ENF:
        for i, (ref, action, lead, partners, when, rag, prog) in enumerate(acts):
            rows.append([prio if i == 0 else "", ref, action, lead, partners, when, rag, prog])
            label = rag or "Not started"
            counts[label] = counts.get(label, 0) + 1
    rows.append([""] * 8)
    rows.append(["RAG summary"] + [""] * 7)
    for label in ["Completed", "Green", "Amber", "Red", "Not started"]:
        rows.append([label, str(counts.get(label, 0))] + [""] * 6)
    with open(os.path.join(HERE, "eq1-enfield-early-help-partnership-action-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Stockton-on-Tees YJS - HMIP improvement plan (tab-separated text)
# ---------------------------------------------------------------------------
STO_TITLE = "Stockton-on-Tees Youth Justice Service – HMIP Post-Inspection Improvement Plan"
STO = [
    ("The Stockton-on-Tees Youth Justice Partnership Board should:", [
        ("ensure that all statutory partners attend the Board at a suitably senior level and contribute "
         "to the resourcing of the service", [
            ("1.1", "Refresh the Board terms of reference and membership, with named deputies for each "
                    "statutory partner", "Board Chair", "Dec-25", "G",
             "New terms of reference agreed 14 October 2025."),
            ("1.2", "Agree a partnership funding formula for 2026/27, including seconded probation "
                    "officer and police capacity", "Board Chair / Head of Service", "Mar-26", "A",
             "Health contribution still to be confirmed."),
        ]),
        ("assure itself that children have timely access to emotional and mental health support, "
         "including speech and language therapy", [
            ("2.1", "Commission a dedicated CAMHS practitioner and speech and language therapy sessions "
                    "within the YJS", "ICB Place Lead / Head of Service", "Apr-26", "A",
             "Business case with ICB; funding decision expected February."),
            ("2.2", "Monitor waiting times for YJS referrals to CAMHS as a standing item on the Board "
                    "performance report", "YJS Data and Performance Officer", "Ongoing - quarterly", "G",
             "Included in the October performance report."),
        ]),
    ]),
    ("The Head of Youth Justice should:", [
        ("improve the quality of assessment and planning for keeping other people safe, including "
         "contingency planning", [
            ("3.1", "Deliver risk of harm and contingency planning workshops for all case managers",
             "Operational Manager (Court & Resettlement)", "Jan-26", "G",
             "Two workshops held; final session booked for 8 January."),
            ("3.2", "Introduce monthly management oversight audits using the HMIP case assessment tool",
             "JW/SB", "Nov-25", "B", "First audit completed October 2025."),
        ]),
        ("make sure that victims are offered restorative justice and that their safety is considered "
         "in all planning", [
            ("4.1", "Recruit a second victim liaison officer", "Head of Service", "Dec-25", "R",
             "Post re-advertised after an unsuccessful first round."),
            ("4.2", "Add a mandatory victim safety section to the AssetPlus planning review checklist",
             "Operational Manager (Out of Court)", "Oct-25", "B", "In place from 1 October 2025."),
        ]),
        ("ensure that out-of-court disposal decisions are consistent and that children’s diversity "
         "needs are recorded", [
            ("5.1", "Review the joint decision-making panel protocol with Cleveland Police",
             "Out of Court Panel Chair", "31/01/2026", "Not started", ""),
        ]),
    ]),
]


def make_stockton():
    lines = [STO_TITLE,
             "Inspection of youth justice services in Stockton-on-Tees (fieldwork June 2025, report "
             "published 9 September 2025)",
             "Version 2 – updated 3 November 2025",
             "",
             "\t".join(["Recommendation", "Ref", "Action", "Lead", "By when", "RAG", "Update"])]
    for addressee, recs in STO:
        lines.append(addressee)
        for rec, acts in recs:
            for i, (ref, action, lead, when, rag, upd) in enumerate(acts):
                lines.append("\t".join([rec if i == 0 else "", ref, action, lead, when, rag, upd]))
    lines += ["",
              "RAG key: B = complete; G = on track; A = at risk; R = off track",
              "Next review: Youth Justice Partnership Board, 15 January 2026"]
    with open(os.path.join(HERE, "eq1-stockton-on-tees-yjs-hmip-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_plymouth()
    make_halton()
    make_luton()
    make_walsall()
    make_brent()
    make_enfield()
    make_stockton()
    print("Luton typo row:", LUT_TYPO_ROW)
