#!/usr/bin/env python3
"""Make the seven g2- case files for heldout41.

Run with /work/main/.venv/bin/python (python-docx, openpyxl).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def out(name):
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


BLUE, GREEN, AMBER, RED = "5B9BD5", "92D050", "FFC000", "FF0000"


def xl_header(ws, row, headers, widths, colour="1F3864"):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BORDER
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def xl_band(ws, row, text, ncol, colour, font_colour="000000"):
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(bold=True, color=font_colour)
    for i in range(1, ncol + 1):
        ws.cell(row=row, column=i).fill = fill(colour)
        ws.cell(row=row, column=i).border = BORDER
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)


def xl_row(ws, row, values, date_fmt=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BORDER
        if isinstance(v, dt.datetime) and date_fmt:
            c.number_format = date_fmt


# docx helpers -------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ==========================================================================
# 1. Bedford Borough Council - ASC CQC improvement plan (xlsx)
# ==========================================================================
def make_bedford():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Bedford Borough Council – Adult Social Care Improvement Plan"
    cov["A1"].font = Font(bold=True, size=14, color="00558C")
    cov["A2"] = "Our response to the CQC assessment of how we meet our duties under Part 1 of the Care Act 2014"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("1.0", D(2026, 4, 14), "ASC Improvement Lead", "First version approved by the Improvement Board"),
          ("1.3", D(2026, 7, 21), "ASC Improvement Lead", "July progress update"),
          ("1.5", D(2026, 10, 6), "ASC Improvement Lead", "Position at 30 September 2026")]
    for r, rowv in enumerate(dc, start=5):
        for c, v in enumerate(rowv, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BORDER
            if r == 5:
                cell.font = Font(bold=True)
                cell.fill = fill("DDEBF7")
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A10"] = "Lead officers"
    cov["A10"].font = Font(bold=True)
    leads = [("Initials", "Name", "Post"),
             ("SP", "Simon Pryce", "Assistant Director, Adult Social Care Operations"),
             ("KD", "Kate Dunmore", "Head of Assessment and Care Management"),
             ("LT", "Lorna Tate", "Carers and Prevention Lead"),
             ("RB", "Rachel Barnes", "Head of Commissioning (Adults)"),
             ("AC", "Amir Chaudhry", "Place Director, Bedfordshire, Luton and Milton Keynes ICB"),
             ("MH", "Michelle Hart", "Head of Safeguarding Adults"),
             ("DW", "Daniel Webb", "ASC Systems and Performance Manager")]
    for r, rowv in enumerate(leads, start=11):
        for c, v in enumerate(rowv, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BORDER
            if r == 11:
                cell.font = Font(bold=True)
                cell.fill = fill("DDEBF7")
    for col, w in zip("ABCD", (12, 22, 30, 52)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    headers = ["Ref", "Quality statement", "What CQC told us", "What we will do", "Lead",
               "Start date", "Target date", "Revised target", "RAG",
               "Progress update (September 2026)"]
    ncol = len(headers)
    ws["A1"] = "Bedford Borough Council – Adult Social Care Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14, color="00558C")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Response to the CQC local authority assessment (report published March 2026) – "
                "monitored monthly by the Adult Social Care Improvement Board")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "Progress position: 30 September 2026"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    xl_header(ws, 5, headers, [6, 18, 34, 44, 9, 11, 11, 11, 6, 46], colour="00558C")
    ws.freeze_panes = "A6"

    A1a = ("People wait too long for an assessment of their needs, and waits are longest for "
           "occupational therapy assessments.")
    A1b = ("Unpaid carers are not always offered a carer's assessment, and carers told CQC they "
           "did not know where to find information and advice.")
    A2 = ("There is not enough nursing and dementia nursing care home provision in the borough, so "
          "some people are placed out of area.")
    A3 = ("Safeguarding enquiries are not always completed in a timely way, and what the person "
          "wanted to achieve is not consistently recorded.")
    A4 = ("Performance information is not used consistently to understand and improve outcomes, "
          "and co-production with people who draw on care and support is at an early stage.")

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "": None}
    # (row, ref, qs, afi, action, lead, start, target, revised, rag, update)
    rows = [
        ("band", 6, "Theme 1: Working with people"),
        (7, "1.1", "Assessing needs", A1a,
         "Introduce a weekly waiting list review in each locality team, with risk-rated contact for "
         "everyone waiting more than four weeks.",
         "KD", D(2026, 4, 1), D(2026, 6, 30), None, "B",
         "Weekly reviews in place in all three locality teams since May. Everyone waiting over four "
         "weeks now has a recorded welfare contact."),
        (8, "1.2", "Assessing needs", A1a,
         "Commission additional occupational therapy assessment capacity to clear the backlog of "
         "assessments waiting over 12 weeks.",
         "KD / SP", D(2026, 5, 1), D(2026, 9, 30), D(2026, 12, 31), "A",
         "Provider contract awarded in August, later than planned. Backlog down from 412 to 268; "
         "revised date agreed by the Improvement Board."),
        (9, "1.3", "Assessing needs", A1b,
         "Relaunch the carers' assessment pathway with Carers in Bedfordshire so that every carer "
         "identified at a Care Act assessment is offered their own assessment.",
         "LT", D(2026, 6, 1), D(2026, 10, 31), None, "G",
         "Joint pathway agreed; practitioner briefings running through September and October."),
        (10, "1.4", "Assessing needs", A1b,
         "Rewrite the carers' pages of the council website and online care directory with carers, "
         "and publish a printed carers' guide.",
         "LT", D(2026, 4, 1), D(2026, 7, 31), None, "B",
         "New pages and printed guide published in July after testing with the Carers' Forum."),
        ("band", 11, "Theme 2: Providing support"),
        (12, "2.1", "Care provision, integration and continuity", A2,
         "Publish a refreshed Market Position Statement setting out the nursing and dementia care "
         "capacity the borough needs to 2030.",
         "RB", D(2026, 5, 1), D(2027, 3, 31), None, "G",
         "Draft shared with providers at the September provider forum; consultation closes in "
         "November."),
        (13, "2.2", "Care provision, integration and continuity", A2,
         "Agree a joint commissioning plan for dementia nursing care with the Integrated Care Board.",
         "RB/AC", D(2026, 7, 1), "Q4 2026/27", None, "G",
         "Joint working group set up; first options paper due at the Joint Commissioning Board in "
         "December."),
        ("band", 14, "Theme 3: Ensuring safety"),
        (15, "3.1", "Safeguarding", A3,
         "Issue revised section 42 enquiry practice standards and audit 20 enquiries each month "
         "against them.",
         "MH", D(2026, 4, 1), D(2026, 5, 31), None, "B",
         "Standards issued in April; monthly audits show 82% of enquiries now record the person's "
         "desired outcomes (baseline 54%)."),
        (16, "3.2", "Safeguarding", A3,
         "Add mandatory 'outcomes wanted' and 'outcomes achieved' fields to the safeguarding forms "
         "in the case management system.",
         "MH / DW", D(2026, 6, 1), D(2026, 8, 31), D(2026, 11, 30), "R",
         "System change delayed by the supplier's upgrade schedule; escalated to the Improvement "
         "Board in September."),
        ("band", 17, "Theme 4: Leadership"),
        (18, "4.1", "Governance, management and sustainability", A4,
         "Produce a monthly adult social care performance scorecard for the Departmental Management "
         "Team and the Portfolio Holder.",
         "SP", D(2026, 4, 1), "Monthly", None, "G",
         "Scorecard produced each month since May; timeliness measures added in August."),
        (19, "4.2", "Learning, improvement and innovation", A4,
         "Set up a Co-production Board of people who draw on care and support and carers to shape "
         "the adult social care strategy.",
         "LT", D(2026, 11, 1), D(2027, 1, 31), None, "",
         "Not yet started – due to begin in November 2026."),
    ]
    for r in rows:
        if r[0] == "band":
            xl_band(ws, r[1], r[2], ncol, "BDD7EE")
            continue
        (row, ref, qs, afi, action, lead, start, target, revised, rag, upd) = r
        xl_row(ws, row, [ref, qs, afi, action, lead, start, target, revised, rag, upd],
               date_fmt="dd/mm/yyyy")
        c = ws.cell(row=row, column=9)
        c.alignment = Alignment(horizontal="center", vertical="center")
        c.font = Font(bold=True)
        if rag_fill[rag]:
            c.fill = fill(rag_fill[rag])
    # "What CQC told us" merged down over the actions that answer it
    for a, b in ((7, 8), (9, 10), (12, 13), (15, 16), (18, 19)):
        ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    ws["A21"] = ("RAG key:  B – Complete  |  G – On track  |  A – Some slippage, recovery plan in "
                 "place  |  R – Off track, escalated to the Improvement Board  |  Blank – not yet "
                 "started")
    ws["A21"].font = Font(italic=True, size=9)
    ws.merge_cells(start_row=21, start_column=1, end_row=21, end_column=ncol)
    wb.active = 1
    wb.save(out("g2-bedford-asc-cqc-improvement-plan.xlsx"))


# ==========================================================================
# 2. Southwark Council - housing consumer standards improvement plan (xlsx)
#    Sheet row 11: due date is an Excel date in 1952 (shows "Sep-52").
# ==========================================================================
def make_southwark():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    headers = ["No.", "What we found", "Action", "Responsible officer", "Due", "Status",
               "Commentary"]
    ncol = len(headers)
    ws["A1"] = "Southwark Council – Housing Improvement Plan (Consumer Standards)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Progress report to the Housing Scrutiny Commission – position at 31 August 2025")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    xl_header(ws, 4, headers, [6, 38, 46, 22, 9, 12, 48], colour="7030A0")
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED,
                   "Not started": "D9D9D9"}
    rows = [
        ("band", 5, "1. Safety and Quality Standard"),
        (6, "1.1", "A large number of high-risk fire safety remedial actions were overdue.",
         "Complete all outstanding high-risk actions from fire risk assessments and report "
         "progress monthly to the Building Safety Board.",
         "Dawn Ellery", D(2025, 10, 1), "On track",
         "1,140 of 1,520 high-risk actions now closed. Contractor resources increased from July."),
        (7, "1.2", "Not every home had an in-date electrical installation condition report.",
         "Complete an electrical inspection (EICR) for every home without a valid certificate.",
         "Marcus Bell", D(2025, 12, 1), "At risk",
         "Access problems at around 600 homes; a no-access procedure is being agreed with Legal."),
        (8, "1.3", "The council does not have up-to-date information on the condition of its homes.",
         "Complete a stock condition survey of every council home over three years, starting with "
         "the oldest estates.",
         "Marcus Bell and Hannah Okafor", D(2027, 3, 1), "On track",
         "Year 1 surveys 38% complete; data loading into the asset management system each month."),
        (9, "1.4", "Reports of damp and mould were not always inspected promptly.",
         "Triage every damp and mould report within two working days and inspect within ten, "
         "with a follow-up visit after works are completed.",
         "Hannah Okafor", D(2025, 6, 1), "Complete",
         "New triage team in place since June; 96% of reports inspected within ten working days "
         "in July."),
        ("band", 10, "2. Transparency, Influence and Accountability Standard"),
        (11, "2.1", "Tenants told us they do not know how the council is performing.",
         "Publish the Tenant Satisfaction Measures with a plain-English summary and an action plan "
         "agreed with the Tenants' Council.",
         "Ruth Saunders", D(1952, 9, 1), "On track",
         "Results received from the survey contractor; summary being drafted with the Tenants' "
         "Council."),
        (12, "2.2", "Complaint handling did not fully meet the Housing Ombudsman's Complaint "
         "Handling Code.",
         "Complete the annual self-assessment against the Complaint Handling Code and report it "
         "to Cabinet.",
         "Ruth Saunders", D(2025, 6, 1), "Complete",
         "Self-assessment reported to Cabinet on 17 June 2025 and published on the website."),
        ("band", 13, "3. Neighbourhood and Community Standard"),
        (14, "3.1", "Residents on some estates do not feel that anti-social behaviour is dealt with.",
         "Introduce estate-level ASB action plans on the ten estates with the most reports, agreed "
         "with residents and the police.",
         "Leon Forde", D(2026, 1, 1), "On track",
         "Plans agreed on six estates; the remaining four are booked for residents' meetings in "
         "the autumn."),
        ("band", 15, "4. Tenancy Standard"),
        (16, "4.1", "Tenancy audits have not been carried out since 2019.",
         "Restart a programme of tenancy audit visits, prioritising homes where there is a risk "
         "of fraud or unauthorised occupation.",
         "Leon Forde", D(2026, 3, 1), "Not started",
         "Programme to begin once the new tenancy officers are in post in October."),
    ]
    for r in rows:
        if r[0] == "band":
            xl_band(ws, r[1], r[2], ncol, "E4DFEC")
            continue
        row, ref, found, action, lead, due, status, comm = r
        xl_row(ws, row, [ref, found, action, lead, due, status, comm], date_fmt="mmm-yy")
        c = ws.cell(row=row, column=6)
        c.fill = fill(status_fill[status])
    ws["A18"] = ("Status: Complete = action finished | On track = will be delivered by the due date | "
                 "At risk = due date may be missed | Overdue = due date passed | Not started")
    ws["A18"].font = Font(italic=True, size=9)
    ws.merge_cells(start_row=18, start_column=1, end_row=18, end_column=ncol)
    wb.save(out("g2-southwark-housing-consumer-standards-improvement-plan.xlsx"))


# ==========================================================================
# 3. Mid and South Essex NHS FT - CQC must do / should do action plan (xlsx)
# ==========================================================================
def make_mse():
    wb = Workbook()
    ws = wb.active
    ws.title = "Must Do - Should Do"
    headers = ["Ref", "Must / Should", "CQC requirement", "Action", "Lead",
               "Target date", "Revised date", "Status", "Evidence / progress"]
    ncol = len(headers)
    ws["A1"] = "Mid and South Essex NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Core service inspection, report published 12 February 2026  |  Reported to the "
                "Quality Committee, 24 September 2026")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    for col, (txt, hx) in zip("BCDE", (("Off track", RED), ("On track", AMBER),
                                      ("Complete", GREEN), ("Complete & assured", BLUE))):
        c = ws[f"{col}3"]
        c.value = txt
        c.fill = fill(hx)
        c.border = BORDER
        c.alignment = Alignment(horizontal="center")
    ws["F3"] = "Complete & assured = evidence accepted by the CQC Oversight Group"
    ws["F3"].font = Font(italic=True, size=9)
    xl_header(ws, 5, headers, [8, 9, 40, 44, 26, 11, 11, 14, 46], colour="005EB8")

    MD1 = ("MD1: The trust must ensure that patients attending the emergency department have their "
           "pain assessed promptly and receive timely pain relief, and that this is recorded. "
           "(Regulation 12)")
    MD2 = ("MD2: The trust must ensure that there are enough suitably qualified and skilled "
           "children's nurses in the paediatric emergency department at all times. (Regulation 18)")
    MD3 = ("MD3: The trust must ensure that falls and pressure ulcer risk assessments are completed "
           "within six hours of admission and reviewed when a patient's condition changes. "
           "(Regulation 12)")
    SD1 = ("SD1: The trust should ensure that staff complete mandatory training in the Mental "
           "Capacity Act and Deprivation of Liberty Safeguards.")
    MD4 = ("MD4: The trust must ensure that emergency equipment in the maternity unit is checked "
           "daily in line with trust policy. (Regulation 12)")
    SD2 = ("SD2: The trust should ensure that women are offered a debrief after an unplanned "
           "caesarean section or other complex birth.")
    status_fill = {"Off track": RED, "On track": AMBER, "Complete": GREEN,
                   "Complete & assured": BLUE}
    rows = [
        ("band", 6, "Urgent and Emergency Care – Basildon University Hospital"),
        (7, "MD1.1", "Must", MD1,
         "Add a mandatory pain score and time-of-analgesia field to the triage screen of the "
         "emergency department electronic record.",
         "Divisional Director of Nursing (Urgent and Emergency Care)", D(2026, 1, 31), None,
         "Complete & assured",
         "Field live since 12 January 2026. March audit showed 91% of patients had a pain score "
         "recorded at triage."),
        (8, "MD1.2", "Must", MD1,
         "Audit 30 emergency department records a month for pain assessment and analgesia and "
         "report the results to the Divisional Quality Board.",
         "Emergency Department Matron", D(2026, 3, 31), None, "Complete",
         "Monthly audit in place; results reported to the Divisional Quality Board since April."),
        (9, "MD2.1", "Must", MD2,
         "Recruit to the 6.4 WTE registered children's nurse vacancies in the paediatric emergency "
         "department.",
         "Head of Nursing for Children and Young People", D(2026, 6, 30), D(2026, 10, 31),
         "Off track",
         "Four nurses appointed; two start dates have slipped to October. Gaps covered by bank "
         "staff with PILS training."),
        (10, "MD2.2", "Must", MD2,
         "Make sure every adult-trained nurse rostered to the paediatric emergency department has "
         "completed Paediatric Immediate Life Support training.",
         "ED Clinical Practice Educator", D(2026, 11, 30), None, "On track",
         "78% compliant; sessions booked for the remaining staff in October and November."),
        ("band", 11, "Medical Care (including older people's care) – Southend University Hospital"),
        (12, "MD3.1", "Must", MD3,
         "Roll out the electronic nursing admission risk bundle to all medical wards.",
         "Chief Nursing Officer / Chief Nursing Information Officer", D(2026, 7, 31), None,
         "Complete",
         "Live on all 14 medical wards by July; compliance 88% in August."),
        (13, "MD3.2", "Must", MD3,
         "Review ward compliance with the risk bundle weekly at the Harm Free Care Group and "
         "escalate any ward below 90%.",
         "Deputy Chief Nurse", "Ongoing", None, "On track",
         "Weekly review in place; three wards escalated in August, all now above 90%."),
        (14, "SD1.1", "Should", SD1,
         "Run targeted MCA and DoLS training sessions on each medical ward and report compliance "
         "by ward each month.",
         "Named Nurse for Safeguarding Adults", D(2026, 12, 31), None, "On track",
         "Compliance up from 71% to 84%; sessions continue to December."),
        ("band", 15, "Maternity – Broomfield Hospital"),
        (16, "MD4.1", "Must", MD4,
         "Replace paper resuscitation trolley checklists with a daily electronic check that alerts "
         "the shift coordinator when a check is missed.",
         "Director of Midwifery", D(2026, 2, 28), None, "Complete & assured",
         "Electronic checks in use since February; no missed checks in the last three months."),
        (17, "SD2.1", "Should", SD2,
         "Launch a 'Birth Reflections' service with dedicated midwife clinics on each of the three "
         "hospital sites.",
         "Consultant Midwife", "Q3 2026/27", None, "On track",
         "Clinics running at Broomfield and Southend; Basildon clinic starts in November."),
    ]
    for r in rows:
        if r[0] == "band":
            xl_band(ws, r[1], r[2], ncol, "D9E1F2")
            continue
        row, ref, ms, req, action, lead, target, revised, status, ev = r
        xl_row(ws, row, [ref, ms, req, action, lead, target, revised, status, ev],
               date_fmt="dd-mmm-yy")
        ws.cell(row=row, column=8).fill = fill(status_fill[status])
    for a, b in ((7, 8), (9, 10), (12, 13)):
        ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    ws.freeze_panes = "A6"
    wb.save(out("g2-mse-nhs-cqc-must-should-do-action-plan.xlsx"))


# ==========================================================================
# 4. Surrey Safeguarding Adults Board - SAR 'Adult R' action plan (docx)
# ==========================================================================
def make_surrey():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Surrey Safeguarding Adults Board: Safeguarding Adults Review 'Adult R' – "
                    "Action Plan", level=1)

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("Version", "Date", "Author", "Comments")):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for r, vals in enumerate((("0.3", "02/06/2026", "SSAB Business Manager",
                               "Agreed by the Learning and Review Subgroup"),
                              ("0.5", "29/09/2026", "SSAB Business Manager",
                               "Progress updates for the October Board")), start=1):
        for i, v in enumerate(vals):
            cell_text(t.rows[r].cells[i], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "Adult R was a 71-year-old man who lived alone and died in hospital in 2024 after a long "
        "period of self-neglect. He had declined help from several agencies. The Safeguarding Adults "
        "Review was published in June 2026 and made four recommendations. This plan sets out how the "
        "Board and its partners will respond; progress is monitored by the Learning and Review "
        "Subgroup and reported to each Board meeting.")

    headers = ["No.", "Action", "Lead", "Timescale", "Progress update", "RAG"]
    widths = [1.3, 7.5, 4.6, 3.4, 7.8, 1.4]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, bold=True, colour="FFFFFF")
        shade(t.rows[0].cells[i], "2E4A7D")
    repeat_header(t.rows[0])

    rag_hex = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000", None: None}
    plan = [
        ("Recommendation 1: The SSAB should seek assurance that partner agencies use the "
         "multi-agency risk management (MARM) framework when an adult who is self-neglecting "
         "declines care and support.", [
             ("1.1", "Relaunch the MARM guidance across the partnership with a practitioner briefing "
              "and a seven-minute briefing.", "SSAB Business Manager", "July 2026",
              "Relaunched at the July practitioner forum, attended by 240 staff. Seven-minute "
              "briefing published on the SSAB website.", "blue"),
             ("1.2", "Audit 20 self-neglect cases across agencies to test whether MARM meetings were "
              "held when they should have been.", "Chair of the Quality Assurance Subgroup",
              "December 2026",
              "Audit tool agreed; agencies are submitting cases in October and November.", "green"),
         ]),
        ("Recommendation 2: Surrey Heartlands ICB should ensure that GP practices follow up, and "
         "share with adult social care, when a patient with care and support needs repeatedly misses "
         "appointments.", [
             ("2.1", "Issue 'Was Not Brought / Did Not Attend' guidance for adults with care and "
              "support needs to all GP practices.", "Named GP for Safeguarding Adults",
              "31st May 2026",
              "Guidance issued to all practices on 20 May 2026 and covered at the GP safeguarding "
              "leads' forum.", "blue"),
             ("2.2", "Add follow-up of missed appointments to the annual safeguarding "
              "self-assessment that GP practices complete.",
              "Designated Nurse for Safeguarding Adults / Named GP for Safeguarding Adults",
              "Q3 2026/27", "Question drafted; the self-assessment opens in November.", "green"),
         ]),
        ("Recommendation 3: Surrey County Council Adult Social Care should make sure that mental "
         "capacity is assessed and recorded when a person's decision to decline care places them at "
         "serious risk.", [
             ("3.1", "Deliver mental capacity masterclasses for adult social care practitioners and "
              "managers.", "Principal Social Worker", "Sept 2026 – Jan 2027",
              "Two of five masterclasses held. Attendance lower than planned in the east of the "
              "county; extra dates being arranged.", "amber"),
             ("3.2", "Add a prompt to the case recording system that requires a capacity assessment "
              "where care is declined and the risk is rated high.",
              "Head of Adult Social Care Practice Improvement", "TBC",
              "The system supplier has not yet confirmed a development slot. Escalated to the Board "
              "in September.", "red"),
         ]),
        ("Recommendation 4: The SSAB should share the learning from this review across the "
         "partnership and test whether it has made a difference to practice.", [
             ("4.1", "Publish the review with a learning briefing and hold two multi-agency learning "
              "events.", "SSAB Business Manager", "Within 3 months of publication",
              "Review published in June; first learning event held on 9 September, the second is "
              "booked for November.", "green"),
             ("4.2", "Repeat the self-neglect audit twelve months after the learning events and "
              "report the findings to the Board.", "Chair of the Quality Assurance Subgroup",
              "October 2027", "Not yet due.", None),
         ]),
    ]
    for rec, actions in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        cell_text(m, rec, bold=True)
        shade(m, "DCE6F1")
        for ref, action, lead, when, prog, rag in actions:
            row = t.add_row()
            for i, v in enumerate((ref, action, lead, when, prog, "")):
                cell_text(row.cells[i], v)
            if rag_hex[rag]:
                shade(row.cells[5], rag_hex[rag])
    set_col_widths(t, widths)

    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (hx, meaning) in enumerate((("5B9BD5", "Complete"),
                                       ("00B050", "On track to be completed within timescale"),
                                       ("FFC000", "Some delay – timescale may not be met"),
                                       ("FF0000", "Not on track – escalated to the Board"))):
        shade(k.rows[i].cells[0], hx)
        cell_text(k.rows[i].cells[1], meaning)
    set_col_widths(k, [1.5, 9])
    doc.save(out("g2-surrey-sab-sar-adult-r-action-plan.docx"))


# ==========================================================================
# 5. Royal Berkshire FRS - HMICFRS improvement action plan (docx)
# ==========================================================================
def make_rbfrs():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading("Royal Berkshire Fire and Rescue Service – HMICFRS Inspection 2025: "
                    "Improvement Action Plan", level=0)

    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, (h, v) in enumerate((("Version", "3.0"), ("Date", "January 2026"),
                                ("Owner", "Head of Corporate Assurance"),
                                ("Approved by", "Strategic Leadership Team"))):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "F2F2F2")
        cell_text(t.rows[1].cells[i], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "HMICFRS published its report on the Service in July 2025. It identified five areas for "
        "improvement (AFIs) across the three pillars of effectiveness, efficiency and people. This "
        "plan sets out the actions we are taking for each AFI. Progress is reported quarterly to the "
        "Management Committee of the Fire Authority.")
    p = doc.add_paragraph()
    r = p.add_run("Status key: ")
    r.bold = True
    p.add_run("Complete – action delivered (blue); On track (green); At risk – deadline may be "
              "missed (amber); Off track (red); Not started (no colour).")

    status_hex = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966",
                  "Off track": "FF7C80", "Not started": None}
    headers = ["Ref", "Action", "Owner", "Deadline", "Progress update", "Status"]
    widths = [1.2, 7.6, 3.6, 2.6, 8.2, 2.4]

    def afi_table(actions):
        tb = doc.add_table(rows=1, cols=len(headers))
        tb.style = "Table Grid"
        for i, h in enumerate(headers):
            cell_text(tb.rows[0].cells[i], h, bold=True, colour="FFFFFF")
            shade(tb.rows[0].cells[i], "C00000")
        for ref, action, owner, deadline, prog, status in actions:
            row = tb.add_row()
            for i, v in enumerate((ref, action, owner, deadline, prog, status)):
                cell_text(row.cells[i], v)
            if status_hex[status]:
                shade(row.cells[5], status_hex[status])
        set_col_widths(tb, widths)
        doc.add_paragraph()

    doc.add_heading("Effectiveness", level=1)
    doc.add_paragraph().add_run(
        "AFI 1: The service should make sure it has an effective system to evaluate its prevention "
        "activity, so it understands what works.").bold = True
    afi_table([
        ("1.1", "Adopt the NFCC prevention evaluation toolkit for all home fire safety campaigns.",
         "AM Prevention", "Mar 2026",
         "Toolkit adopted; first two campaign evaluations under way.", "On track"),
        ("1.2", "Introduce a follow-up survey for people who receive a Safe and Well visit, with "
         "results reported quarterly to SLT.", "Prevention Manager", "31/12/2025",
         "Survey live from November; first quarterly report to SLT in January.", "Complete"),
    ])
    doc.add_paragraph().add_run(
        "AFI 2: The service should make sure its firefighters have good access to relevant and "
        "up-to-date risk information.").bold = True
    afi_table([
        ("2.1", "Complete the review of site-specific risk information (SSRI) for all very high and "
         "high risk premises.", "GM Operational Risk", "June 2026",
         "62% of reviews complete. Crew time for visits has been limited by operational demand.",
         "At risk"),
        ("2.2", "Replace the mobile data terminals on all front-line fire engines.",
         "Head of ICT / AM Response", "Q2 2026/27",
         "Supplier appointed; installation on the first ten appliances planned for April.",
         "On track"),
    ])
    doc.add_heading("Efficiency", level=1)
    doc.add_paragraph().add_run(
        "AFI 3: The service should make sure it uses its fire engines and staff efficiently, "
        "including a review of on-call availability.").bold = True
    afi_table([
        ("3.1", "Carry out an on-call availability review and present options to the Fire "
         "Authority.", "DCFO", "Sept 2025",
         "Review presented to the Fire Authority on 25 September 2025; options agreed.",
         "Complete"),
        ("3.2", "Pilot a day-crewing model at two stations.", "AM Response", "Dec-26",
         "Pilot to start once consultation with the representative bodies is complete.",
         "Not started"),
    ])
    doc.add_heading("People", level=1)
    doc.add_paragraph().add_run(
        "AFI 4: The service should make sure it has effective succession plans for middle and "
        "senior managers.").bold = True
    afi_table([
        ("4.1", "Launch a supervisory and middle manager development programme.",
         "Head of People and Development", "April 2026",
         "Procurement of the programme provider failed; retender under way.", "Off track"),
    ])
    doc.add_paragraph().add_run(
        "AFI 5: The service should assure itself that staff feel able to challenge and raise "
        "concerns, and that it acts on them.").bold = True
    afi_table([
        ("5.1", "Introduce an independent confidential reporting line for staff.",
         "Head of People and Development", "November 2025",
         "Reporting line launched on 3 November 2025 and promoted at station visits.", "Complete"),
        ("5.2", "Run a staff culture survey and publish a 'You said, we did' response.", "CFO",
         "Annually", "2025 survey closed with a 58% response rate; response published in December.",
         "On track"),
    ])
    doc.save(out("g2-royal-berkshire-frs-hmicfrs-improvement-action-plan.docx"))


# ==========================================================================
# 6. Mid Sussex District Council - internal audit follow-up (csv)
# ==========================================================================
def make_mid_sussex():
    header = ["Ref", "Recommendation", "Priority", "Agreed Management Action",
              "Responsible Officer", "Target Date", "Revised Target Date", "RAG", "Officer Update"]
    n = len(header)

    def pad(first):
        return [first] + [""] * (n - 1)

    rows = [
        pad("Mid Sussex District Council – Internal Audit Recommendations: Follow-up Report"),
        pad("Audit Committee 18 November 2026 – position as at 31 October 2026"),
        [""] * n,
        header,
        pad("Temporary Accommodation 2025/26 – Limited Assurance"),
        ["TA/1", "Occupancy of temporary accommodation should be reconciled monthly to the housing "
         "management system so that empty rooms are identified and charged correctly.", "High",
         "Monthly reconciliation of nightly-paid placements to the housing system, signed off by the "
         "Housing Needs Manager.", "Hart, Judy", "31/03/2026", "", "B",
         "Reconciliations completed each month since February and sampled by Internal Audit in June."],
        ["TA/2", "Invoices from nightly-paid accommodation providers should be checked against "
         "booking records before payment.", "Medium",
         "Put a booking reference on every purchase order and check invoices against it before they "
         "are approved.", "Lowe, Peter; Ansell, Sam", "30/06/2026", "30/11/2026", "A",
         "Purchase order change made in September; invoice checking procedure being trained out to "
         "the team."],
        ["TA/3", "Charges for temporary accommodation should be raised promptly and arrears "
         "followed up.", "Medium",
         "Set up a weekly arrears report for temporary accommodation and agree a recovery procedure "
         "with Revenues.", "Hart, Judy", "31/08/2026", "", "R",
         "Arrears report built but the recovery procedure has not yet been agreed."],
        pad("Cyber Security – Patch Management 2025/26 – Limited Assurance"),
        ["CY/1", "Critical security patches should be applied to servers within 14 days of release, "
         "with any exceptions risk-assessed.", "High",
         "Automate patch deployment for Windows servers and report compliance monthly to the "
         "Information Governance Group.", "Greaves, Tom", "31/05/2026", "", "B",
         "Automated patching live since May; compliance 97% in September."],
        ["CY/2", "Unsupported software should be identified and removed or isolated from the "
         "network.", "Medium",
         "Produce a register of unsupported software and agree a removal or isolation plan for each "
         "item.", "Greaves, Tom", "31/12/2026", "", "G",
         "Register complete; 11 of 17 items removed so far."],
        pad("Council Tax Reduction Scheme 2025/26 – Reasonable Assurance"),
        ["CTR/1", "Changes in circumstances should be processed within the 14-day target.", "Low",
         "Add a weekly work-in-progress report on changes in circumstances to the Benefits team "
         "meeting.", "Nolan, Christine", "31/12/2026", "", "G",
         "Report in use since October; backlog reducing."],
        pad("Leisure Contract Management 2024/25 – Reasonable Assurance"),
        ["LC/1", "The council should obtain and review the leisure operator's annual condition "
         "survey of the three leisure centres.", "Medium",
         "Require the operator to provide the condition survey by 30 April each year and review it "
         "at the quarterly contract meeting.", "Fairbrother, Lee", "30/04/2026", "", "B",
         "2026 survey received on 28 April and reviewed at the May contract meeting."],
        ["LC/2", "Performance against the leisure contract should be reported to Members.", "Low",
         "Report the operator's key performance measures to the Scrutiny Committee once a year.",
         "Fairbrother, Lee", "31/03/2027", "", "",
         "First report scheduled for the March 2027 Scrutiny Committee."],
        [""] * n,
        pad("RAG: B = implemented and verified; G = in progress, within target date; A = in "
            "progress, revised date agreed; R = overdue, no revised date agreed; blank = not yet "
            "started"),
    ]
    with open(out("g2-mid-sussex-internal-audit-follow-up.csv"), "w", newline="",
              encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ==========================================================================
# 7. Luton CSP - DHR 'Amira' action plan (plain text)
# ==========================================================================
LUTON = """\
Luton Community Safety Partnership – Domestic Homicide Review "Amira": Action Plan
Owner: DHR Standing Panel          Last updated: 14 October 2026

Amira was 34 when she was killed by her husband in 2023. The review was published in March 2026
and made six recommendations: three for the partnership and three for individual agencies. This
plan records the actions the panel agreed and the progress partners have reported. RAG ratings are
agreed at each Standing Panel meeting.

======================================================================
MULTI-AGENCY RECOMMENDATIONS
======================================================================

Recommendation 1: Luton CSP should ensure that practitioners across the partnership understand how coercive control can present where there are language and immigration barriers.

  1.1  Commission training on coercive control, immigration status and language barriers for front-line practitioners.
       Lead:      Domestic Abuse Partnership Manager (Luton Borough Council)
       Due:       31 March 2026
       Progress:  Training commissioned from a specialist provider; 180 practitioners trained between January and March.
       RAG:       Complete

  1.2  Add a section on language, interpreters and immigration status to the partnership's domestic abuse risk assessment guidance.
       Lead:      Domestic Abuse Partnership Manager (Luton Borough Council)
       Due:       End of June 2026
       Progress:  Guidance revised and approved at the July Standing Panel.
       RAG:       Complete

Recommendation 2: Partners should make sure that professional interpreters, not family members, are used whenever a victim of domestic abuse is spoken to.

  2.1  Issue a joint interpreter protocol for all agencies, with a direct-access telephone interpreting number.
       Lead:      Head of Community Safety / Designated Nurse for Safeguarding Adults
       Due:       By December 2026
       Progress:  Protocol drafted; awaiting sign-off by health partners.
       RAG:       Amber

  2.2  Audit the use of interpreters in 30 domestic abuse cases across agencies.
       Lead:      Chair of the DHR Standing Panel
       Due:       Q1 2027/28
       Progress:  Will follow once the protocol is in place.
       RAG:       Not started

Recommendation 3: Luton CSP should review how it raises awareness of domestic abuse services in communities where English is not the first language.

  3.1  Co-produce awareness materials in Urdu, Bengali, Polish and Romanian with community organisations.
       Lead:      Community Engagement Officer (Luton Borough Council)
       Due:       Ongoing
       Progress:  Urdu and Bengali materials launched in September; Polish and Romanian in production.
       RAG:       Green

======================================================================
SINGLE AGENCY RECOMMENDATIONS
======================================================================

Recommendation 4 (Bedfordshire Police): Officers attending a domestic incident should complete the DASH risk assessment with the victim alone.

  4.1  Reissue the force guidance on completing DASH with the victim alone and check compliance in the monthly domestic abuse audit.
       Lead:      Head of Public Protection (Bedfordshire Police)
       Due:       30 June 2026
       Progress:  Guidance reissued in May; April to August audits show DASH completed with the victim alone in 87% of cases.
       RAG:       Green

Recommendation 5 (Bedfordshire Hospitals NHS Foundation Trust): Midwives should ask about domestic abuse at every antenatal contact where it is safe to do so.

  5.1  Add a routine enquiry prompt to the maternity electronic record for every antenatal contact.
       Lead:      Named Midwife for Safeguarding
       Due:       Sept 2026
       Progress:  Prompt went live in the maternity record in August.
       RAG:       Complete

  5.2  Train community midwives in how to ask about domestic abuse when a partner or relative is present.
       Lead:      Named Midwife for Safeguarding
       Due:       March 2027
       Progress:  Training package agreed, but the first sessions have been cancelled because of staff shortages.
       RAG:       Red

Recommendation 6 (Luton Borough Council Housing): Housing Options should screen for domestic abuse when a household approaches as homeless after a relationship breakdown.

  6.1  Add domestic abuse screening questions to the Housing Options triage form.
       Lead:      Housing Options Manager
       Due:       Dec 2025
       Progress:  Screening questions added to the triage form in November 2025.
       RAG:       Complete

----------------------------------------------------------------------
RAG key: Complete = action delivered | Green = on track | Amber = some delay | Red = not on track | Not started
"""


def make_luton():
    with open(out("g2-luton-csp-dhr-amira-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(LUTON)


if __name__ == "__main__":
    make_bedford()
    make_southwark()
    make_mse()
    make_surrey()
    make_rbfrs()
    make_mid_sussex()
    make_luton()
    print("done")
