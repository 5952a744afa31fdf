"""Build the seven 'so-' blind test files for set heldout493.

Run with /work/main/.venv/bin/python so_make.py (from any directory).
Writes only files whose names start with 'so-'.
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
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE,
           "Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE,
           "Blue": BLUE}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def out(name):
    assert name.startswith("so-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Durham County Council - internal audit outstanding actions (xlsx)
# ---------------------------------------------------------------------------
def durham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = ("Durham County Council: Outstanding Internal Audit Actions – "
                "Position at 31 December 2025")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit and Risk Service | Audit Committee 27 January 2026"
    ws["A2"].font = Font(italic=True)
    hdr = ["Service Grouping", "High", "Medium", "Total outstanding",
           "Overdue", "Of which revised date agreed"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("Adult and Health Services", 1, 2, 3, 3, 2),
        ("Children and Young People's Services", 1, 2, 3, 1, 1),
        ("Resources", 2, 1, 3, 2, 2),
        ("Total", 4, 5, 9, 6, 5),
    ]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ws["A10"] = "Key to RAG status"
    ws["A10"].font = Font(bold=True)
    key = [
        ("R", "Overdue – no revised date agreed, or revised date has passed"),
        ("A", "Overdue – revised target date agreed with the Chief Internal Auditor"),
        ("G", "Not yet due"),
        ("B", "Implemented – awaiting verification by Internal Audit"),
    ]
    for r, (k, t) in enumerate(key, 11):
        ws.cell(row=r, column=1, value=k).fill = fill(RAGFILL[k])
        ws.cell(row=r, column=2, value=t)
    ws.column_dimensions["A"].width = 38
    for col in "BCDEF":
        ws.column_dimensions[col].width = 14

    ws = wb.create_sheet("Outstanding Actions")
    ws["A1"] = "Appendix 3 – Outstanding Internal Audit Actions by Service Grouping"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Audit Committee – 27 January 2026"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Agreed Action", "Priority", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "RAG",
           "Management Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP

    plan = [
        ("group", "Adult and Health Services"),
        ("audit", "Direct Payments 2024/25 – Limited Assurance"),
        ("act", "DP/01",
         "Accounts showing a surplus of more than eight weeks’ budget will be "
         "identified each month from the prepaid card portal, reviewed by the "
         "Direct Payments team and surplus funds recovered where appropriate.",
         "High", "Direct Payments Strategic Manager", d(2025, 6, 30),
         d(2026, 3, 31), "A",
         "Monthly surplus report now produced. Recovery of historic surpluses "
         "(£184k identified) is under way; 62% recovered to date.\n"
         "Revised date agreed 04/12/2025."),
        ("act", "DP/02",
         "The annual review checklist will be amended to confirm that receipts "
         "or timesheets are held for all payments made to personal assistants.",
         "Medium", "Team Manager (Direct Payments Support)", d(2025, 9, 30),
         None, "R",
         "Checklist drafted but not yet approved by the Quality Assurance Board."),
        ("audit", "Deprivation of Liberty Safeguards 2024/25 – Moderate Assurance"),
        ("act", "DOLS/01",
         "All DoLS applications awaiting assessment will be screened and "
         "risk-rated using the ADASS prioritisation tool, with high-priority "
         "cases allocated to a Best Interests Assessor within 28 days.",
         "Medium", "Head of Adult Care", d(2025, 10, 31), d(2026, 2, 28), "A",
         "Screening complete for 71% of the waiting list. Two additional BIAs "
         "recruited from January 2026."),
        ("group", "Children and Young People's Services"),
        ("audit", "Home to School Transport 2024/25 – Limited Assurance"),
        ("act", "HST/01",
         "A programme of unannounced contract monitoring visits to transport "
         "operators will be introduced, covering vehicle condition, driver ID "
         "badges and pupil registers, with outcomes recorded on the contract "
         "management system.",
         "High", "Transport Commissioning Manager / Head of Education and Skills",
         d(2025, 8, 31), d(2026, 1, 31), "A",
         "Visit schedule agreed; 14 of 40 operators visited so far."),
        ("act", "HST/02",
         "A single register of DBS checks for drivers and passenger assistants "
         "will be maintained, and checks renewed at least every three years.",
         "Medium", "Transport Commissioning Manager", d(2026, 3, 31), None, "G",
         "Register being built from operator returns."),
        ("audit", "Care Leavers Setting Up Home Allowance 2025/26 – Moderate Assurance"),
        ("act", "SUHA/01",
         "Setting up home allowance payments will only be released against a "
         "spending plan agreed with the young person and signed off by their "
         "personal adviser.",
         "Medium", "Aftercare Service Manager", d(2025, 7, 31), None, "B",
         "Procedure updated and communicated to all personal advisers in July 2025."),
        ("group", "Resources"),
        ("audit", "Cyber Security – Patch Management 2024/25 – Limited Assurance"),
        ("act", "CYB/01",
         "A monthly patch compliance report covering all servers and end-user "
         "devices will be produced, with exceptions over 30 days reported to the "
         "Information Governance Group.",
         "High", "Head of Digital and Customer Services", d(2025, 4, 30),
         d(2025, 9, 30), "R",
         "Server reporting in place; end-user device reporting delayed by the "
         "Intune migration. Escalated to CMT."),
        ("act", "CYB/02",
         "Legacy systems that cannot be patched will be recorded on the ICT risk "
         "register, with compensating controls agreed and signed off by the "
         "system owner.",
         "Medium", "ICT Security Manager", d(2025, 3, 31), d(2026, 3, 31), "A",
         "9 of 13 legacy systems recorded with controls agreed."),
        ("audit", "Creditors 2024/25 – Moderate Assurance"),
        ("act", "CRED/01",
         "Requests to change supplier bank details will be verified by a "
         "call-back to a contact number held independently of the request, and "
         "evidence of the check retained on Oracle.",
         "High", "Payments and Collections Manager", d(2025, 5, 31), None, "B",
         "Call-back procedure in place since May 2025; sample testing at "
         "follow-up in Q4."),
    ]
    r = 5
    for item in plan:
        if item[0] == "group":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=r, column=1).fill = fill("2E75B6")
        elif item[0] == "audit":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("DDEBF7")
        else:
            _, ref, text, prio, officer, orig, rev, rag, upd = item
            vals = [ref, text, prio, officer, orig, rev, rag, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(RAGFILL[rag])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center",
                                                           vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: actions rated B have been reported as implemented by "
                  "management and will be removed once verified at follow-up.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = {"A": 10, "B": 60, "C": 10, "D": 28, "E": 14, "F": 14, "G": 6, "H": 50}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    wb.save(out("so-durham-county-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. BCP Council - corporate risk register with risk cards (xlsx)
# ---------------------------------------------------------------------------
def bcp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "BCP Council Corporate Risk Register – Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reported to Audit and Governance Committee, 29 January 2026"
    ws["A2"].font = Font(italic=True)
    hdr = ["Risk ref", "Risk title", "Risk owner", "Inherent score",
           "Q2 score", "Q3 score", "Target score", "Direction of travel"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00505C")
        cell.border = BOX
    summ = [
        ("CR01", "Financial Sustainability", "Chief Finance Officer", 25, 20, 20, 12, "↔"),
        ("CR04", "Dedicated Schools Grant High Needs Deficit",
         "Corporate Director for Children's Services", 25, 25, 20, 15, "↓"),
        ("CR09", "Cyber Security", "Director of Customer and Digital", 20, 16, 16, 9, "↔"),
    ]
    for r, row in enumerate(summ, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
        ws.cell(row=r, column=6).fill = fill(RED)
    ws["A9"] = ("Risk cards for the three corporate risks scoring 15 or above are "
                "attached on the following sheets.")
    ws["A11"] = "Scoring key"
    ws["A11"].font = Font(bold=True)
    ws["A12"] = "Likelihood (1–5) x Impact (1–5)"
    ws["A13"], ws["B13"] = "15–25", "Red – high"
    ws["A14"], ws["B14"] = "8–12", "Amber – medium"
    ws["A15"], ws["B15"] = "1–6", "Green – low"
    ws["A13"].fill, ws["A14"].fill, ws["A15"].fill = fill(RED), fill(AMBER), fill(GREEN)
    ws["A17"] = "Action progress key"
    ws["A17"].font = Font(bold=True)
    for r, (k, t) in enumerate([
            ("Complete", "Action delivered"),
            ("Green", "On track to meet target date"),
            ("Amber", "Some slippage – target date at risk"),
            ("Red", "Off track – target date will be missed"),
            ("Not started", "Action not yet begun")], 18):
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=t)
        if k in RAGFILL:
            ws.cell(row=r, column=1).fill = fill(RAGFILL[k])
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["C"].width = 40
    for col in "DEFGH":
        ws.column_dimensions[col].width = 12

    cards = [
        ("CR01", "CR01 – Financial Sustainability", [
            ("Risk description",
             "The Council is unable to set a legally balanced budget for 2026/27 "
             "and beyond, or to maintain adequate reserves, leading to a "
             "section 114 notice."),
            ("Causes",
             "Demand growth in adult and children's social care; accumulated "
             "DSG deficit; inflation; uncertainty over the Fair Funding Review."),
            ("Consequences",
             "Loss of local control over spending; reduction in services; "
             "reputational damage; government intervention."),
            ("Risk owner", "Chief Finance Officer"),
            ("Inherent score", "25 (L5 x I5)"),
            ("Current score", "20 (L4 x I5)"),
            ("Target score", "12 (L3 x I4)"),
            ("Existing controls",
             "• Medium Term Financial Plan refreshed quarterly and reported to Cabinet\n"
             "• Monthly budget monitoring with directorate recovery plans\n"
             "• Spending controls panel for all non-essential expenditure\n"
             "• Reserves strategy approved February 2025"),
        ], [
            ("1.1",
             "Deliver the 2026/27 transformation savings of £12.4m through the "
             "Council's transformation programme, with monthly tracking by the "
             "Transformation Board.",
             "Chief Finance Officer", "March 2026", "Amber",
             "£9.1m of savings identified as deliverable; £3.3m at risk and "
             "subject to further options at January Cabinet."),
            ("1.2",
             "Agree with MHCLG the treatment of the accumulated DSG deficit beyond "
             "the end of the statutory override, and reflect the outcome in the MTFP.",
             "Chief Finance Officer / Chief Executive", "Q4 2025/26", "Red",
             "No confirmation yet from government; awaiting the White Paper. "
             "Scenario modelling included in the draft MTFP."),
            ("1.3",
             "Review all fees and charges against the income policy and report "
             "proposals to Cabinet as part of the 2026/27 budget.",
             "Head of Finance", dt.datetime(2025, 12, 31), "Complete",
             "Reported to Cabinet 10 December 2025."),
        ]),
        ("CR04", "CR04 – Dedicated Schools Grant High Needs Deficit", [
            ("Risk description",
             "Spending on the High Needs Block continues to exceed the grant, "
             "increasing the accumulated DSG deficit and the pressure on the "
             "Council's overall financial position."),
            ("Causes",
             "Rising number of Education, Health and Care Plans; reliance on "
             "independent specialist placements; insufficient local specialist "
             "provision."),
            ("Consequences",
             "Deficit exceeds the Council's usable reserves when the statutory "
             "override ends; poorer outcomes for children placed out of area."),
            ("Risk owner", "Corporate Director for Children's Services"),
            ("Inherent score", "25 (L5 x I5)"),
            ("Current score", "20 (L4 x I5)"),
            ("Target score", "15 (L3 x I5)"),
            ("Existing controls",
             "• High Needs deficit management plan monitored by the SEND "
             "Improvement Board\n"
             "• Placement panel for all independent specialist placements\n"
             "• Quarterly reports to Schools Forum"),
        ], [
            ("4.1",
             "Deliver the High Needs Block deficit management plan, including the "
             "expansion of specialist places in mainstream resource bases by "
             "September 2026.",
             "Director of Education and Skills; Director of Finance",
             "September 2026", "Amber",
             "Three of five resource bases confirmed; capital works tendered."),
            ("4.2",
             "Review the banding framework for Education, Health and Care Plan "
             "top-up funding with Schools Forum.",
             "Head of SEND Services", "Apr-26", "Green",
             "Consultation with schools closes 30 January 2026."),
            ("4.3",
             "Report the deficit position and forecast to Cabinet and Schools "
             "Forum each quarter.",
             "Head of Finance (Children's)", "Ongoing", "Green",
             "Q2 position reported to Schools Forum 13 November 2025."),
        ]),
        ("CR09", "CR09 – Cyber Security", [
            ("Risk description",
             "A successful cyber attack disrupts critical council systems or "
             "results in the loss or theft of personal data."),
            ("Causes",
             "Ransomware and phishing campaigns targeting local government; "
             "legacy systems; supply chain vulnerabilities."),
            ("Consequences",
             "Prolonged loss of services to residents; ICO enforcement; "
             "significant recovery costs."),
            ("Risk owner", "Director of Customer and Digital"),
            ("Inherent score", "20 (L4 x I5)"),
            ("Current score", "16 (L4 x I4)"),
            ("Target score", "9 (L3 x I3)"),
            ("Existing controls",
             "• PSN compliance and Cyber Essentials Plus certification\n"
             "• Mandatory annual cyber awareness training for all staff\n"
             "• 24/7 managed security operations centre\n"
             "• Immutable back-ups tested quarterly"),
        ], [
            ("9.1",
             "Complete the migration of remaining on-premises servers to the cloud "
             "platform and decommission the legacy data centre.",
             "Head of ICT and Digital", "June 2026", "Green",
             "68 of 112 servers migrated."),
            ("9.2",
             "Run a cyber incident exercise with the Corporate Management Board and "
             "test the business continuity plans of all critical services.",
             "Cyber Security Manager", dt.datetime(2026, 2, 28), "Not started",
             "Exercise provider being procured through the LGA programme."),
        ]),
    ]
    for sheet, head, block, actions in cards:
        ws = wb.create_sheet(sheet)
        ws["A1"] = head
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("00505C")
        ws.merge_cells("A1:F1")
        r = 2
        for label, val in block:
            ws.cell(row=r, column=1, value=label).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("D9E1F2")
            ws.cell(row=r, column=2, value=val).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Further mitigating actions").font = Font(bold=True, size=12)
        r += 1
        for c, h in enumerate(["No.", "Action", "Action owner", "Target date",
                               "Progress RAG", "Q3 update"], 1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("D9E1F2")
            cell.border = BOX
        r += 1
        for a in actions:
            for c, v in enumerate(a, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if a[4] in RAGFILL:
                ws.cell(row=r, column=5).fill = fill(RAGFILL[a[4]])
            r += 1
        r += 1
        ws.cell(row=r, column=1,
                value="Last reviewed by Corporate Management Board: 14/01/2026").font = Font(italic=True)
        for k, v in {"A": 18, "B": 60, "C": 34, "D": 16, "E": 14, "F": 50}.items():
            ws.column_dimensions[k].width = v
    wb.save(out("so-bcp-council-corporate-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def header_row(table, labels, colour="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, colour)


# ---------------------------------------------------------------------------
# 3. Hillingdon - Ofsted focused visit action plan (docx, table per AFI)
# ---------------------------------------------------------------------------
def hillingdon():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Ofsted Focused Visit Action Plan – Care Leavers", style="Title")
    doc.add_paragraph("London Borough of Hillingdon | Children’s Services")
    doc.add_paragraph("Focused visit: 3 and 4 June 2025 | Letter published: 8 July 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Change"])
    for i, row in enumerate([
            ("1.0", "15/07/2025", "Head of Service (Leaving Care)", "First version agreed by DCS"),
            ("1.1", "10/09/2025", "Performance and Improvement Officer", "September progress update"),
            ("1.2", "21/10/2025", "Performance and Improvement Officer", "October progress update for Corporate Parenting Panel")], 1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Ofsted carried out a focused visit to Hillingdon in June 2025, looking at "
        "the experiences and progress of care leavers. Inspectors found that care "
        "leavers are well supported by personal advisers who know them well, and "
        "identified three areas for improvement. This plan sets out how we will "
        "respond. Progress is reported monthly to the Children’s Services "
        "Improvement Board and quarterly to the Corporate Parenting Panel.")

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, lab, txt) in enumerate([
            (BLUE, "Blue", "Action complete and impact evidenced"),
            (GREEN, "Green", "On track to be delivered by the date set"),
            (AMBER, "Amber", "Some slippage; mitigation in place"),
            (RED, "Red", "Off track; escalated to the Improvement Board")]):
        set_cell(k.rows[i].cells[0], lab, bold=True)
        shade(k.rows[i].cells[0], col)
        set_cell(k.rows[i].cells[1], txt)

    afis = [
        ("Area for improvement 1",
         "The quality of pathway plans, so that they are specific, measurable and "
         "written with and to the young person.",
         [("1.1",
           "Relaunch the pathway plan template co-produced with the Care Leavers’ "
           "Forum, with a prompt for SMART actions in each section.",
           "Head of Service (Leaving Care)", "September 2025",
           "New template live on Mosaic from 1 September 2025. Launched at the "
           "Care Leavers’ Forum on 11 September.", "Blue", BLUE),
          ("1.2",
           "Deliver pathway planning workshops for all personal advisers and "
           "social workers in the 16+ service.",
           "Principal Social Worker", "Autumn term 2025",
           "Two of three workshops delivered (31 staff).", "Green", GREEN),
          ("1.3",
           "Audit a sample of 20 pathway plans each quarter against the new "
           "standard and report findings to the Corporate Parenting Panel.",
           "Head of Quality Assurance / Head of Service (Leaving Care)", "Quarterly",
           "First audit scheduled for November 2025.", "Green", GREEN)]),
        ("Area for improvement 2",
         "The range of suitable accommodation for care leavers aged 18 to 21, "
         "including those with complex needs.",
         [("2.1",
           "Commission a further 12 units of supported accommodation for care "
           "leavers with complex needs through the West London Alliance framework.",
           "Head of Commissioning (Children)", "31/03/2026",
           "Tender evaluation complete; 8 units secured, further mini-competition "
           "planned for January 2026.", "", AMBER),
          ("2.2",
           "Agree a joint protocol with Housing so that care leavers are given "
           "priority status on the housing register from age 18.",
           "Alex Coyle and Mandeep Sahota", "End of December 2025",
           "Draft protocol discussed at Housing Allocations Board on 14 October; "
           "Cabinet Member sign-off required.", "Amber", AMBER)]),
        ("Area for improvement 3",
         "Management oversight of the response to care leavers who are not in "
         "education, employment or training.",
         [("3.1",
           "Introduce a monthly NEET tracking panel chaired by a team manager, with "
           "an individual plan for every care leaver who is NEET.",
           "Team Manager (Leaving Care)", "August 2025",
           "Panel meeting monthly since August. NEET rate down from 41% to 36%.",
           "Blue", BLUE),
          ("3.2",
           "Extend the ring-fenced apprenticeship scheme for care leavers across "
           "council directorates and two major local employers.",
           "Virtual School Headteacher", "July 2026",
           "Bid to the employer partnership fund was unsuccessful. Alternative "
           "funding being explored with HR.", "Red", RED)]),
    ]
    for label, afi, acts in afis:
        doc.add_heading(label, level=2)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Lead", "By when",
                       "Progress update (October 2025)", "RAG"])
        for i, (ref, act, lead, when, prog, rag, col) in enumerate(acts, 1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, act, lead, when, prog, rag]):
                set_cell(cells[j], v)
            shade(cells[5], col)
        doc.add_paragraph()

    doc.add_heading("Governance and sign-off", level=2)
    doc.add_paragraph(
        "Approved by the Corporate Director, Children’s Services on 15 July 2025. "
        "Next review: Children’s Services Improvement Board, November 2025.")
    doc.save(out("so-hillingdon-council-ofsted-focused-visit-care-leavers-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Bexley Safeguarding Partnership - LCSPR Baby E action plan (docx, one table)
# ---------------------------------------------------------------------------
def merged_row(table, text, colour, bold=True):
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    set_cell(cell, text, bold=bold)
    shade(cell, colour)


def bexley():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Baby E – Local Child Safeguarding Practice Review: "
                  "Multi-Agency Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Bexley Safeguarding Partnership")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "Owner: Case Review Group | Version 4 | Last updated: 17 November 2025")
    doc.add_paragraph(
        "Background: Baby E was 11 weeks old when admitted to hospital with "
        "serious injuries in February 2025. The review was published in September "
        "2025 and made three recommendations under two learning themes. Partners "
        "agreed the actions below at the Case Review Group on 2 October 2025; "
        "progress is reported to the Executive Safeguarding Partnership each "
        "quarter.")

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Action", "Agency", "Lead", "Target date",
                   "Evidence of completion / impact", "Status"], colour="5B2C6F")
    body = [
        ("theme", "Learning theme 1: Seeing and hearing the father and other men "
                  "in the household"),
        ("rec", "Recommendation 1: Bexley Safeguarding Partnership should seek "
                "assurance that agencies routinely identify, assess and engage "
                "fathers and male carers in pre-birth and early years work."),
        ("act", "1.1",
         "Add a mandatory “who lives in the household” section, including all "
         "adult males, to the pre-birth assessment template.",
         "LBB Children’s Social Care", "Head of Assessment and Intervention",
         "31/12/2025",
         "Template updated on Liquidlogic 3 November 2025. Dip sample due "
         "February 2026.", "Complete"),
        ("act", "1.2",
         "Update the midwifery booking questionnaire so that the father’s details "
         "are recorded and he is invited to antenatal appointments.",
         "Lewisham and Greenwich NHS Trust", "Named Midwife for Safeguarding",
         "Jan 2026", "Change request submitted to the maternity system supplier.",
         "Green – on track"),
        ("act", "1.3",
         "Deliver a multi-agency ‘Think Family, Think Father’ briefing to "
         "practitioners, and repeat the practitioner survey six months later to "
         "measure change.",
         "BSP",
         "BSP Learning and Development Manager; Designated Nurse for Safeguarding Children",
         "Q1 2026/27", "", "Not started"),
        ("rec", "Recommendation 2: Health and children’s social care should make "
                "sure that information about home conditions and sleeping "
                "arrangements is shared and acted on when a baby is subject to a "
                "child protection plan."),
        ("act", "2.1",
         "Health visitors will complete a home environment and safe sleep "
         "assessment at the new birth visit for every infant open to children’s "
         "social care.",
         "Oxleas NHS Foundation Trust",
         "Named Nurse Safeguarding Children (0–19 Service)", "31.03.2026",
         "Assessment tool agreed; recording on SystmOne delayed by template build.",
         "Amber"),
        ("act", "2.2",
         "Children’s social care and the 0–19 service will share the outcome of "
         "every child protection conference with the GP within five working days.",
         "LBB Children’s Social Care / Oxleas NHS FT",
         "Child Protection Chairs Service Manager", "March 2026",
         "Secure email process in place; compliance 78% in October.",
         "Green – on track"),
        ("theme", "Learning theme 2: Safe sleep and the impact of parental "
                  "substance misuse"),
        ("rec", "Recommendation 3: Adult substance misuse services should routinely "
                "give safe sleep advice to parents and carers of infants, and "
                "record it."),
        ("act", "3.1",
         "Include safe sleep advice and the risks of co-sleeping after alcohol or "
         "drug use in every adult substance misuse assessment where the client "
         "has a child under 12 months.",
         "Change Grow Live (Bexley)", "CGL Bexley Service Manager", "Dec 2025",
         "Assessment form updated; all recovery workers briefed.", "Complete"),
        ("act", "3.2",
         "Commission a 7-minute briefing on safe sleep and parental substance use "
         "and publish it on the BSP website.",
         "BSP", "BSP Business Manager", "April 2026",
         "Draft with the Designated Doctor for comment.", "Amber"),
    ]
    for item in body:
        if item[0] == "theme":
            merged_row(t, item[1], "D7BDE2")
        elif item[0] == "rec":
            merged_row(t, item[1], "F4ECF7")
        else:
            row = t.add_row()
            for j, v in enumerate(item[1:]):
                set_cell(row.cells[j], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "Status key: Complete = action completed and evidence received by the Case "
        "Review Group; Green = on track; Amber = delayed but expected to be "
        "completed; Red = not on track; Not started = action not yet begun.")

    doc.add_heading("Agency sign-off", level=2)
    s = doc.add_table(rows=4, cols=3)
    s.style = "Table Grid"
    header_row(s, ["Agency", "Signed off by", "Date"], colour="5B2C6F")
    for i, row in enumerate([
            ("London Borough of Bexley", "Director of Children’s Services", "02/10/2025"),
            ("NHS South East London ICB", "Director of Nursing (Bexley)", "02/10/2025"),
            ("Metropolitan Police Service", "Detective Superintendent, SE BCU", "06/10/2025")], 1):
        for j, v in enumerate(row):
            set_cell(s.rows[i].cells[j], v)
    doc.save(out("so-bexley-safeguarding-partnership-lcspr-baby-e-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Newham Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def newham():
    rows = [
        ["Newham Health and Wellbeing Board – Action Log", "", "", "", "", "", "", "", ""],
        ["Last updated: 12 January 2026", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Action No.", "Meeting date", "Minute", "Action", "Owner", "Due date",
         "Status", "RAG", "Update"],
        ["HWB/25/07", "15/07/2025", "Min 14",
         "Circulate the draft outcomes framework for the refreshed Joint Health and "
         "Wellbeing Strategy to Board members for comment.",
         "Director of Public Health", "31/08/2025", "Closed", "Blue",
         "Circulated 20/08/2025; comments incorporated into the final draft."],
        ["HWB/25/08", "15/07/2025", "Min 16",
         "Bring a report on Better Care Fund discharge spend and outcomes to the "
         "autumn meeting.",
         "Director of Commissioning (Adults) / NEL ICB Place Director", "Oct-25",
         "Closed", "Blue", "Report taken at the 14 October meeting (Min 27)."],
        ["HWB/25/09", "15/07/2025", "Min 17",
         "Provide a breakdown of MMR2 uptake at age 5 by ward and GP practice, and "
         "set out the actions being taken in the three lowest wards.",
         "Sarah Okafor and Tom Reilly", "Next meeting", "Open", "Amber",
         "Practice-level data received from NEL ICB. Ward analysis in progress."],
        ["HWB/25/10", "14/10/2025", "Min 25",
         "Establish a steering group to begin the 2027 Pharmaceutical Needs "
         "Assessment and confirm its membership.",
         "Consultant in Public Health", "31/01/2026", "Open", "Green",
         "Terms of reference drafted; first meeting 22 January 2026."],
        ["HWB/25/11", "14/10/2025", "Min 28",
         "Respond in writing to the three recommendations in the Healthwatch "
         "Newham report on access to GP appointments.",
         "NEL ICB Place Director (Newham)", "Dec-25", "Open", "Red",
         "Response drafted but not yet signed off. Now overdue."],
        ["HWB/25/12", "14/10/2025", "Min 30",
         "Arrange a Board development session on the healthy weight whole-systems "
         "approach, with input from schools and the leisure provider.",
         "Head of Public Health Programmes", "TBC", "Open", "",
         "Date to be agreed with the Chair."],
        ["HWB/25/13", "09/12/2025", "Min 36",
         "Share the winter communications plan, including messages in community "
         "languages, with all Board members.",
         "Director of Communications and Engagement", "19/12/2025", "Closed",
         "Blue", "Circulated by email 18/12/2025."],
        ["HWB/25/14", "09/12/2025", "Min 38",
         "Report progress on the Health Equity Programme’s community champions, "
         "including numbers trained and residents reached, to the March 2026 "
         "meeting.",
         "Director of Public Health; Community Neighbourhoods Lead", "March 2026",
         "Open", "Green", "On the forward plan for 10 March 2026."],
        ["", "", "", "", "", "", "", "", ""],
        ["RAG key: Blue = complete/closed; Green = on track; Amber = at risk of "
         "delay; Red = overdue", "", "", "", "", "", "", "", ""],
    ]
    with open(out("so-newham-health-and-wellbeing-board-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 6. Sutton - transformation programme highlight report (tab-separated txt)
# ---------------------------------------------------------------------------
def sutton():
    T = "\t"
    lines = [
        "London Borough of Sutton – Transformation Programme Highlight Report",
        "Reporting period: Period 8 (November 2025)" + T + "Programme Board: 9 December 2025",
        "Senior Responsible Owner:" + T + "Strategic Director, Resources",
        "Overall programme RAG:" + T + "Amber" + T + "Previous period:" + T + "Amber",
        "",
        "Achievements this period",
        "- Council tax and benefits telephone enquiries moved to the digital contact centre on 3 November",
        "- Reablement community referral pathway tested with two GP practices",
        "- Cabinet agreed the accommodation strategy on 18 November",
        "",
        "Milestones and actions",
        T.join(["Ref", "Milestone / action", "Owner", "Baseline date",
                "Forecast date", "RAG", "Commentary"]),
        "Workstream 1: Customer and Digital",
        T.join(["1.01",
                "Move council tax and benefits telephone enquiries to the new digital contact centre platform",
                "Head of Customer Services", "Oct-25", "Nov-25", "B",
                "Went live 3 November; call abandonment down to 6%."]),
        T.join(["1.02",
                "Launch the resident online account with single sign-on for waste, parking and council tax",
                "Head of Digital and IT", "Dec-25", "Feb-26", "A",
                "Supplier delay on the identity verification module."]),
        T.join(["1.03",
                "Decommission the legacy CRM system and archive records in line with the retention schedule",
                "Head of Digital and IT / Information Governance Manager", "Mar-26",
                "Mar-26", "G", "Data migration test 2 passed."]),
        "Workstream 2: Adult Social Care Demand Management",
        T.join(["2.01",
                "Expand the reablement service to take referrals direct from the community, not only on hospital discharge",
                "Head of Reablement", "Jan-26", "Jan-26", "G",
                "Pilot with two practices; evaluation due end of December."]),
        T.join(["2.02",
                "Complete strengths-based practice training for all adult social care assessors",
                "Principal Social Worker (Adults)", "Sep-25", "Dec-25", "A",
                "82% trained; remaining sessions booked for December."]),
        T.join(["2.03",
                "Review all care packages costing over £1,000 per week against the new panel criteria",
                "Head of Adult Social Care Operations", "Nov-25", "Apr-26", "R",
                "Only 40% of reviews completed due to assessor vacancies. Recovery plan to Board."]),
        T.join(["", "", "", "", "", "",
                "Agency assessors start in January; panel dates set for January and February."]),
        "Workstream 3: Property and Assets",
        T.join(["3.01",
                "Agree the disposal strategy for surplus office buildings with Cabinet",
                "Head of Property and Assets", "Jan-26", "Jan-26", "G",
                "Report on the Cabinet forward plan for 19 January."]),
        T.join(["3.02",
                "Relocate the Registration Service to the ground floor of the Civic Offices",
                "Registration Service Manager", "Feb-26", "Jun-26", "A",
                "Listed building consent needed for the ceremony room works."]),
        T.join(["3.03",
                "Install LED lighting and heating controls in the five corporate buildings with the highest energy use",
                "Energy and Sustainability Manager", "Mar-26", "", "",
                "Not yet started – procurement to begin January 2026."]),
        "",
        "RAG key: B = complete; G = on track; A = at risk, recovery plan in place; R = off track, escalated to Programme Board",
        "Decisions required from Programme Board: none this period.",
    ]
    with open(out("so-sutton-council-transformation-programme-highlight-report.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Haringey - Corporate Delivery Plan Q2 activity update (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def haringey():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Corporate Delivery Plan 2024-26: Q2 2025/26 Activity Update"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Haringey Council – Cabinet, 11 November 2025"
    hdr = ["Theme", "Complete", "Green", "Amber", "Red", "Total (this extract)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("6A1B4D")
    for r, row in enumerate([
            ("Theme 3: Children and young people", 1, 1, 1, 0, 3),
            ("Theme 5: Homes for the future", 0, 1, 1, 1, 3),
            ("Theme 6: Safer Haringey", 1, 1, 0, 0, 2),
            ("Total", 2, 3, 2, 1, 8)], 5):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
    ws.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Activity update")
    ws["A1"] = "Appendix 3 – Corporate Delivery Plan 2024-26: Q2 2025/26 activity update"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Position at 30 September 2025. RAG: Complete = delivered; Green = "
                "on track; Amber = minor delay; Red = significant delay or at risk.")
    ws["A2"].font = Font(italic=True)
    hdr = ["Line", "Outcome", "Activity", "Lead", "Delivery date", "RAG", "Q2 update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("6A1B4D")
        cell.border = BOX
    plan = [
        ("theme", "Theme 3: Children and young people"),
        ("act", 41, "Children and young people have the best start in life",
         "Open two further Family Hubs in the west of the borough, co-located with "
         "children’s centres.", "Director of Early Help, Prevention and SEND",
         "March 2026", "Green", "Sites confirmed at Wood Green and Muswell Hill."),
        ("act", 44, "Children with SEND are supported to thrive",
         "Publish the refreshed Local Offer website with improved search and "
         "parent carer reviews.", "Head of SEND", "Jul-25", "Complete",
         "Launched 14 July 2025."),
        ("act", 47, "Children are safe and well",
         "Recruit and train 20 additional in-house foster carers.",
         "Head of Fostering and Adoption", "31/03/2026", "Amber",
         "9 approved so far; marketing campaign relaunched in September."),
        ("theme", "Theme 5: Homes for the future"),
        ("act", 88, "Residents live in safe, warm and decent homes",
         "Complete damp and mould surveys of all council homes with an open "
         "disrepair case.", "Director of Housing Services",
         "Febuary 2026", "Amber", "62% of surveys complete."),
        ("act", 91, "More council homes are built",
         "Start on site for a further 300 council homes.",
         "Director of Placemaking and Housing", "Q4 2025/26", "Green",
         "212 starts achieved by end of Q2."),
        ("act", 95, "Fewer households live in temporary accommodation",
         "Reduce the use of nightly-paid temporary accommodation by 15% against "
         "the April 2025 baseline.", "Head of Housing Demand",
         "September 2026", "Red",
         "Use has risen 4% since April owing to increased homelessness approaches."),
        ("theme", "Theme 6: Safer Haringey"),
        ("act", 112, "Violence against women and girls is reduced",
         "Adopt the new VAWG strategy 2025-2030 following consultation.",
         "Head of Community Safety and Enforcement", "Sep-25", "Complete",
         "Adopted by Cabinet 16 September 2025."),
        ("act", 115, "Young people are safe from exploitation",
         "Extend the detached youth work offer to the three hotspot areas "
         "identified in the serious violence needs assessment.",
         "Assistant Director, Youth Justice and Early Help", "December 2025",
         "Green", "Two of three areas operating; third from November."),
    ]
    r = 5
    typo_row = None
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = fill("E8D5E0")
        else:
            vals = list(item[1:])
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=6).fill = fill(RAGFILL[item[6]])
            if "Febuary" in str(item[5]):
                typo_row = r
        r += 1
    for k, v in {"A": 7, "B": 36, "C": 55, "D": 34, "E": 15, "F": 11, "G": 50}.items():
        ws.column_dimensions[k].width = v
    wb.save(out("so-haringey-council-corporate-delivery-plan-2024-26-q2-update-typo-month-refuse.xlsx"))
    print("haringey typo row:", typo_row)


if __name__ == "__main__":
    durham()
    bcp()
    hillingdon()
    bexley()
    newham()
    sutton()
    haringey()
    print("done")
