"""Generator for the w1- cases of heldout32 (blind corpus).

Makes seven plan documents in this folder. Each action record carries the cells written into the
document only; the reading (lead list, end month, status) was decided separately, action by action,
and written into the expected.yaml files before any document was generated.
Run with /work/main/.venv/bin/python w1_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "lightblue": PatternFill("solid", fgColor="DDEBF7"),
}
WORD_FILL = {"red": "red", "amber": "amber", "green": "green", "on track": "green",
             "complete": "blue", "completed": "blue"}


def rag_fill(cell):
    v = str(cell.value or "").strip().lower()
    if v in WORD_FILL:
        cell.fill = FILLS[WORD_FILL[v]]


def header_row(ws, row, names, fill="navy"):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF" if fill == "navy" else "000000")
        c.fill = FILLS[fill]
        c.alignment = WRAP
        c.border = BOX


def set_widths(ws, widths):
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w


# ---------------------------------------------------------------------------------------------
# 1. North Yorkshire Council - Housing Improvement Plan (xlsx)
# ---------------------------------------------------------------------------------------------
NYC = [
    ("1. Stock Condition and Decent Homes", [
        ("1.1", "Commission a 100% stock condition survey of all council homes, including an HHSRS assessment of every property.",
         "Head of Housing Assets", D(2025, 3, 31), D(2025, 12, 31), "Amber",
         "Surveys complete for 61% of stock (5,170 homes). Contractor resourcing increased from June; revised completion date agreed by the Housing Improvement Board."),
        ("1.2", "Load validated survey data into the asset management system and reconcile it against the housing management system property list.",
         "Asset Data Manager", D(2025, 9, 30), None, "Green",
         "Data loads running fortnightly as survey batches are returned. Reconciliation exceptions (212) being worked through."),
        ("1.3", "Develop a five-year Decent Homes investment programme (2026/27 to 2030/31) and report it to Executive with the HRA business plan.",
         "Assistant Director Housing", D(2026, 1, 31), None, "Green",
         "Programme will be built from survey data; HRA business plan refresh timetabled for January Executive."),
    ]),
    ("2. Building Safety and Compliance", [
        ("2.1", "Complete Electrical Installation Condition Reports (EICRs) for all homes without a current certificate.",
         "Compliance Manager", D(2025, 3, 31), D(2025, 9, 30), "Red",
         "2,310 EICRs outstanding at end of June. A second contractor mobilised on 14 July; the trajectory shows recovery by end of September but this remains at risk."),
        ("2.2", "Bring fire risk assessment records for all blocks from the three former district systems into a single compliance system.",
         "Compliance Manager / ICT Business Partner", D(2025, 1, 31), None, "Complete",
         "All FRAs and remedial actions migrated to the compliance module in January 2025."),
        ("2.3", "Review all water hygiene (legionella) and asbestos risk assessments and complete the recommended actions.",
         "Building Safety Manager", "Ongoing", None, "Amber",
         "Water risk assessments reviewed for 84 of 97 sites. Asbestos re-inspection programme to be tendered in September."),
        ("2.4", "Report performance on the 'big six' compliance areas monthly to the Housing Improvement Board.",
         "Head of Housing Assets", "Monthly", None, "Green",
         "Compliance dashboard reported to every Board meeting since February."),
    ]),
    ("3. Tenant Engagement and Data", [
        ("3.1", "Carry out a tenancy census to collect and validate tenant diversity, vulnerability and communication needs data.",
         "Tenancy Services Manager", D(2026, 3, 31), None, "Not started",
         "Census design to begin once the new housing management system is live."),
        ("3.2", "Establish a Tenant Scrutiny Panel and agree its terms of reference with tenants.",
         "Resident Involvement Officer", D(2025, 5, 31), None, "Complete",
         "Panel of 11 tenants recruited; first meeting held 21 May 2025."),
        ("3.3", "Publish the 2024/25 Tenant Satisfaction Measures on the council website and submit them to the Regulator.",
         "Performance and Intelligence Lead", D(2025, 6, 30), None, "Complete",
         "Submitted to RSH and published 27 June 2025."),
    ]),
]


def make_nyc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "North Yorkshire Council – Housing Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Response to the Regulator of Social Housing regulatory judgement (C3). Progress position at 31 July 2025."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    header_row(ws, 4, ["Ref", "Action", "Action Owner", "Target Date", "Revised Target Date", "RAG", "Progress Update"])
    r = 5
    for theme, acts in NYC:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = FILLS["grey"]
            ws.cell(row=r, column=col).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, action, owner, target, revised, rag, prog in acts:
            vals = [ref, action, owner, target, revised, rag, prog]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            rag_fill(ws.cell(row=r, column=6))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Red", "Off track – target date at risk or missed"),
           ("Amber", "Some slippage – recovery plan in place"),
           ("Green", "On track"),
           ("Complete", "Action delivered and evidenced")]
    for word, meaning in key:
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        rag_fill(c)
        ws.cell(row=r, column=2, value=meaning)
    set_widths(ws, [7, 55, 24, 13, 13, 12, 60])
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "w1-north-yorkshire-housing-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# 2. Harrow Council - Adult Social Care CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------------------------
HARROW = [
    ("Theme 1: Working with people", [
        ("Assessment waiting times are too long, particularly for occupational therapy assessments.", [
            ("1.1", "Implement a trusted assessor model for minor adaptations and equipment so that straightforward requests do not wait for an OT.",
             "Head of Service – Reablement & OT", D(2025, 6, 30), "mmm-yy", "Amber", "Green",
             "Eleven trusted assessors trained across the Access Team and Reablement. OT waiting list down from 412 to 266 since January."),
            ("1.2", "Hold a weekly waiting list review with a risk rating for everyone waiting more than 28 days.",
             "Principal Social Worker / Head of Assessment", "Ongoing", None, "Green", "Green",
             "Weekly review in place since November 2024; contact made with every person waiting over 28 days."),
        ]),
        ("Unpaid carers told CQC they did not always receive a carer's assessment or know what support was available.", [
            ("1.3", "Recommission the carers' support service, including delegated carers' assessments, with the voluntary sector.",
             "Commissioning Manager (Carers)", D(2025, 9, 30), "mmm-yy", "Amber", "Amber",
             "Tender evaluation complete; contract award report delayed to Cabinet in July."),
            ("1.4", "Co-produce a refreshed Carers' Strategy with carers and the Carers Partnership Board.",
             "AD Commissioning", "Q3 2025/26", None, "Not started", "Amber",
             "Two co-production workshops booked for June and July."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There is limited homecare capacity in the west of the borough and a shortage of nursing dementia placements.", [
            ("2.1", "Refresh the Market Position Statement with a section on nursing dementia care.",
             "JR", D(2025, 3, 31), "mmm-yy", "Green", "Complete",
             "Published on the council website in March 2025 and shared at the provider forum."),
            ("2.2", "Pilot a rounds-based homecare model in Harrow Weald and Stanmore.",
             "JR/KP", D(2025, 11, 30), "mmm-yy", "Amber", "Red",
             "Provider withdrew from the pilot in April. Options paper going to ASC DMT in June."),
        ]),
    ]),
    ("Theme 3: Ensuring safety", [
        ("Safeguarding enquiries are not always completed in a timely way and outcomes are not consistently recorded.", [
            ("3.1", "Launch revised Section 42 practice guidance and a safeguarding audit tool.",
             "Safeguarding Adults Service Manager", D(2025, 4, 30), "d mmm yyyy", "Green", "Complete",
             "Guidance launched at the practice week on 9 April 2025."),
            ("3.2", "Audit 10 closed safeguarding enquiries each month and report the findings to the SAB Quality Assurance subgroup.",
             "Safeguarding Adults Service Manager", "Monthly", None, "Green", "Green",
             "Audits completed for February, March and April; themes reported to the May subgroup."),
        ]),
        ("Transitions for young people moving from children's to adult services are not planned early enough.", [
            ("3.3", "Agree a joint Preparing for Adulthood protocol with Children's Services, with referral to adult services from age 14.",
             "Head of Service Learning Disabilities & Transitions", D(2025, 12, 31), "mmm-yy", "Amber", "Amber",
             "Draft protocol shared with the SEND Partnership Board; sign-off expected in the autumn."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance information is not consistently used by managers to drive improvement.", [
            ("4.1", "Implement an adult social care performance dashboard available to all team managers.",
             "Head of Business Intelligence", D(2025, 9, 30), "mmm-yy", "Amber", "Green",
             "Dashboard in test with three teams; roll-out to all teams planned for August."),
        ]),
    ]),
]


def make_harrow():
    wb = Workbook()
    ws = wb.active
    ws.title = "ASC Improvement Plan"
    ws["A1"] = "Harrow Council Adult Social Care – CQC Assessment Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Version 3  |  Plan owner: Corporate Director People  |  Last updated 14/05/2025"
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Theme", "Area for improvement (CQC)", "Ref", "Action", "Lead", "Due date",
                       "Previous RAG", "Current RAG", "Update"])
    r = 5
    for theme, afis in HARROW:
        theme_start = r
        for afi, acts in afis:
            afi_start = r
            for ref, action, lead, due, fmt, prev, cur, upd in acts:
                vals = [None, None, ref, action, lead, due, prev, cur, upd]
                for col, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if fmt:
                    ws.cell(row=r, column=6).number_format = fmt
                rag_fill(ws.cell(row=r, column=7))
                rag_fill(ws.cell(row=r, column=8))
                r += 1
            ws.cell(row=afi_start, column=2, value=afi)
            if r - 1 > afi_start:
                ws.merge_cells(start_row=afi_start, start_column=2, end_row=r - 1, end_column=2)
        c = ws.cell(row=theme_start, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = FILLS["lightblue"]
        if r - 1 > theme_start:
            ws.merge_cells(start_row=theme_start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Key: Red – significant risk to delivery; Amber – minor slippage, being managed; "
                                   "Green – on track; Complete – action delivered.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    set_widths(ws, [18, 34, 6, 48, 26, 12, 11, 11, 50])
    wb.save(os.path.join(HERE, "w1-harrow-asc-cqc-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# 3. Tower Hamlets SAB - SAR 'Mr K' multi-agency action plan (xlsx, RAG by fill only)
# ---------------------------------------------------------------------------------------------
THSAB = [
    ("1. The SAB should seek assurance that partner agencies use the multi-agency self-neglect and hoarding protocol, including escalation to a multi-agency risk management meeting.", [
        ("1.1", "Relaunch the self-neglect and hoarding protocol through a 7-minute briefing and two practitioner webinars.",
         "SAB Business Manager", D(2023, 11, 30), "blue",
         "Briefing published October 2023; webinars held 7 and 21 November (146 attendees)."),
        ("1.2", "Audit 20 self-neglect cases to test use of the protocol and escalation to a multi-agency risk management meeting.",
         "LBTH ASC / ELFT", D(2024, 5, 31), "amber",
         "Case sample agreed; ELFT auditors identified. Audit day moved from March to May."),
    ]),
    ("2. Agencies should ensure that mental capacity assessments are decision-specific and are revisited when a person repeatedly declines care.", [
        ("2.1", "Deliver MCA refresher training to adult social care, district nursing and GP practice staff, with a focus on executive functioning.",
         "ICB Named Professional for Safeguarding Adults", "June 2024", "green",
         "Three of five sessions delivered; GP sessions booked for the protected learning time in May and June."),
        ("2.2", "Add a prompt to the Mosaic assessment to record when a capacity assessment must be revisited.",
         "Principal Social Worker", D(2024, 3, 31), "red",
         "Mosaic change request delayed by the system upgrade; new go-live date to be confirmed."),
        ("2.3", "Include the quality of mental capacity assessments in the quarterly multi-agency case audit programme.",
         "Chair, SAB Quality Assurance Subgroup", "Quarterly", "green",
         "MCA questions added to the audit tool from the January 2024 audit."),
    ]),
    ("3. Housing providers, the London Fire Brigade and adult social care should share information about fire risk where a resident smokes, uses emollient creams and has limited mobility.", [
        ("3.1", "Agree a referral pathway for Home Fire Safety Visits from housing officers and care agencies.",
         "LFB Borough Commander", D(2023, 12, 31), "blue",
         "Pathway agreed and circulated to housing providers and commissioned care agencies in December 2023."),
        ("3.2", "Include fire risk questions in tenancy visits for residents with care and support needs.",
         "Housing Management Lead", "Sept 2024", None,
         ""),
    ]),
    ("4. The SAB should ensure that the learning from this review is disseminated across the partnership.", [
        ("4.1", "Publish the overview report and a learning briefing, and present the review at the SAB annual conference.",
         "SAB Business Manager", D(2024, 4, 30), "green",
         "Report published February 2024. Conference slot confirmed for 25 April."),
    ]),
]


def make_thsab():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Mr K action plan"
    ws["A1"] = "Tower Hamlets Safeguarding Adults Board – Safeguarding Adults Review 'Mr K': Multi-agency Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Updated for the SAR and Learning Subgroup, 12 March 2024"
    ws.merge_cells("A2:G2")
    header_row(ws, 4, ["Recommendation", "No.", "Action(s) to be taken", "Lead agency / officer", "Target date",
                       "RAG", "Evidence / progress"], fill="grey")
    r = 5
    for rec, acts in THSAB:
        start = r
        for ref, action, lead, target, fill, prog in acts:
            vals = [None, ref, action, lead, target, None, prog or None]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            if fill:
                ws.cell(row=r, column=6).fill = FILLS[fill]
            r += 1
        c = ws.cell(row=start, column=1, value=rec)
        c.alignment = WRAP
        c.font = Font(bold=True)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG rating").font = Font(bold=True)
    for fill, meaning in [("blue", "Completed"), ("green", "On track"),
                          ("amber", "In progress – some slippage"), ("red", "Not progressing / overdue"),
                          (None, "No colour – not yet started")]:
        r += 1
        c = ws.cell(row=r, column=1)
        if fill:
            c.fill = FILLS[fill]
        c.border = BOX
        ws.cell(row=r, column=2, value=meaning)
    set_widths(ws, [42, 6, 50, 26, 12, 8, 50])
    wb.save(os.path.join(HERE, "w1-tower-hamlets-sab-sar-action-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------------------------
# 4. London Borough of Havering - LGA Corporate Peer Challenge action plan (docx)
# ---------------------------------------------------------------------------------------------
HAVERING = [
    ("Recommendation 1: Develop a medium-term financial strategy that sets out how the council will close its budget gap and reduce its reliance on Exceptional Financial Support", [
        ("1.1", "Refresh the Medium Term Financial Strategy to 2028/29 and present it to Cabinet alongside the 2025/26 budget.",
         "Strategic Director of Resources", "February 2025",
         "Budget gap for 2025/26 reduced to £12.4m; draft MTFS to Cabinet in January for consultation.", "On track"),
        ("1.2", "Establish a Transformation Board chaired by the Chief Executive to track delivery of savings.",
         "Chief Executive", "April 2024", "Board meets monthly; savings tracker reported to every meeting.", "Complete"),
    ]),
    ("Recommendation 2: Strengthen the council's narrative about its place and priorities, and communicate it consistently to residents, staff and partners", [
        ("2.1", "Agree a refreshed Corporate Plan with a small number of clear outcomes.",
         "Assistant Director Policy, Performance and Community", "July 2024",
         "Corporate Plan 2024-27 approved by Council on 17 July 2024.", "Complete"),
        ("2.2", "Run a residents' engagement programme on the Corporate Plan, including three community roadshows.",
         "Head of Communications", "Sept – Dec 2024",
         "Roadshows held in Romford and Hornchurch; Rainham event scheduled for November.", "On track"),
    ]),
    ("Recommendation 3: Invest in the organisational capacity needed to deliver transformation, including programme management and data", [
        ("3.1", "Recruit to a permanent Programme Management Office, led by a Head of PMO.",
         "Director of Transformation", "Q3 2024/25",
         "Head of PMO appointed; two programme manager posts out to advert for the second time.", "Amber"),
        ("3.2", "Develop a corporate data strategy and agree the role of a Chief Data Officer.",
         "Director of Transformation / Head of ICT", "March 2025",
         "Scoping to start once the PMO is in place.", "Not started"),
    ]),
    ("Recommendation 4: Improve relationships between members and officers through a refreshed member development programme and clear protocols", [
        ("4.1", "Review and re-issue the Member/Officer Protocol after consultation with Group Leaders.",
         "Monitoring Officer", "By 31 October 2024",
         "Revised protocol adopted by Governance Committee on 9 October 2024.", "Complete"),
        ("4.2", "Commission an LGA-supported member development programme, including training for scrutiny members.",
         "Head of Democratic Services", "Ongoing",
         "Chairing skills and scrutiny questioning sessions delivered; programme continues through 2025.", "On track"),
    ]),
]


def make_havering():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("London Borough of Havering – LGA Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph(
        "The Local Government Association Corporate Peer Challenge took place from 5 to 8 March 2024. The peer "
        "team's report made a number of recommendations, which the council has accepted. This action plan sets "
        "out how each recommendation will be addressed. The Senior Leadership Team are collectively the lead "
        "officers for delivery, and progress is reviewed by Cabinet and the Overview and Scrutiny Board every six "
        "months.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comment"),
                             ("1.0", "12/06/2024", "Corporate Policy Team", "Agreed by Cabinet"),
                             ("1.1", "30/09/2024", "Corporate Policy Team", "Six-month progress update")]):
        for j, v in enumerate(row):
            dc.cell(i, j).text = v
    bold_row(dc.rows[0])
    doc.add_paragraph("")
    cols = ["No.", "Action", "Lead Officer", "Timescale", "Progress (September 2024)", "Status"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for j, v in enumerate(cols):
        t.cell(0, j).text = v
        shade(t.cell(0, j), "1F3864")
    for run in [r for c in t.rows[0].cells for p in c.paragraphs for r in p.runs]:
        run.bold = True
    status_fill = {"Complete": "9BC2E6", "On track": "C6EFCE", "Amber": "FFEB9C"}
    for rec, acts in HAVERING:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        merged.text = rec
        shade(merged, "D9E1F2")
        for p in merged.paragraphs:
            for run in p.runs:
                run.bold = True
        for ref, action, lead, when, prog, status in acts:
            cells = t.add_row().cells
            for j, v in enumerate([ref, action, lead, when, prog, status]):
                cells[j].text = v
            if status in status_fill:
                shade(cells[5], status_fill[status])
    doc.save(os.path.join(HERE, "w1-havering-cpc-action-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 5. Safer Lewisham Partnership - DHR 'Ruth' action plan (docx, Home Office template columns)
# ---------------------------------------------------------------------------------------------
LEWISHAM = [
    ("Recommendation 1: All agencies should ensure that routine enquiry about domestic abuse is embedded in practice and that staff are confident to ask when a patient or client is seen alone.", "Local", [
        ("1.1", "Refresh domestic abuse routine enquiry training for GP practice staff and include it in the practice safeguarding leads' forum.",
         "NHS South East London ICB", "Training delivered to 38 of 41 practices (February 2024).", "31/03/2024", "Complete"),
        ("1.2", "Audit 50 maternity records for evidence that routine enquiry was made when the woman was seen alone.",
         "Lewisham and Greenwich NHS Trust", "Audit tool agreed; sampling delayed by the electronic patient record migration.", "30/06/2024", "Amber"),
    ]),
    ("Recommendation 2: Housing providers should recognise repeated reports of damage to a property and requests for a move as possible indicators of domestic abuse.", "Local", [
        ("2.1", "Include domestic abuse indicators and a referral prompt in repairs and tenancy management procedures.",
         "Lewisham Council Housing Services", "Draft procedure with the Tenancy Services management team.", "31/12/2024", "Green"),
        ("2.2", "Achieve Domestic Abuse Housing Alliance (DAHA) accreditation.",
         "Lewisham Council Housing Services and Phoenix Community Housing", "Self-assessment submitted to DAHA in May 2024.", "March 2025", "Green"),
    ]),
    ("Recommendation 3: The Metropolitan Police should ensure that a DASH risk assessment is completed at every domestic abuse incident and reviewed by a supervisor.", "Regional", [
        ("3.1", "Dip-sample DASH completion for the Basic Command Unit each month and report the results to the VAWG Strategic Board quarterly.",
         "Metropolitan Police (South East BCU)", "Completion at 91% for April to June 2024.", "Quarterly", "Green"),
    ]),
    ("Recommendation 4: The Safer Lewisham Partnership should review the MARAC referral pathway so that repeat incidents are referred back to MARAC.", "Local", [
        ("4.1", "Review the MARAC operating protocol and repeat referral criteria in line with SafeLives guidance.",
         "Lewisham Council (VAWG Commissioning)", "Revised protocol agreed by the MARAC Steering Group on 18 September 2024.", "30/09/2024", "Complete"),
        ("4.2", "Deliver MARAC awareness briefings to partner agencies.",
         "MARAC Coordinator", "Six briefings delivered to date.", "Ongoing", "Green"),
    ]),
    ("Recommendation 5: The Safer Lewisham Partnership should share the learning from this review with practitioners and the community.", "Local", [
        ("5.1", "Publish a 7-minute briefing and hold a practitioner learning event.",
         "Safer Lewisham Partnership", "", "Within 3 months of publication", ""),
    ]),
]


def make_lewisham():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Safer Lewisham Partnership – Domestic Homicide Review 'Ruth': Action Plan", level=1)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Domestic Homicide Review into the death of "
        "'Ruth' (a pseudonym chosen by her family). Agencies update their actions before each meeting of the "
        "DHR Oversight Group, and the plan is reported to the Safer Lewisham Partnership Board. "
        "Position at October 2024.")
    cols = ["Ref", "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
            "Key milestones achieved in enacting recommendation", "Target date", "RAG"]
    n = sum(len(a) for _, _, a in LEWISHAM)
    t = doc.add_table(rows=1 + n, cols=len(cols))
    t.style = "Table Grid"
    for j, v in enumerate(cols):
        t.cell(0, j).text = v
        shade(t.cell(0, j), "BFBFBF")
    bold_row(t.rows[0])
    r = 1
    rag_fill = {"Complete": "9BC2E6", "Green": "C6EFCE", "Amber": "FFEB9C"}
    for rec, scope, acts in LEWISHAM:
        start = r
        for ref, action, lead, milestones, target, rag in acts:
            for j, v in [(0, ref), (3, action), (4, lead), (5, milestones), (6, target), (7, rag)]:
                t.cell(r, j).text = v
            if rag in rag_fill:
                shade(t.cell(r, 7), rag_fill[rag])
            r += 1
        a = t.cell(start, 1)
        s = t.cell(start, 2)
        if r - 1 > start:
            a = a.merge(t.cell(r - 1, 1))
            s = s.merge(t.cell(r - 1, 2))
        a.text = rec
        s.text = scope
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – action finished and evidenced; Green – on track; Amber – delayed but "
                      "expected to complete; Red – at risk. A blank RAG means the action has not yet started.")
    doc.save(os.path.join(HERE, "w1-lewisham-dhr-ruth-action-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 6. Stroud District Council - internal audit recommendations tracker (csv) - data error line 8
# ---------------------------------------------------------------------------------------------
def make_stroud():
    rows = [
        ["Stroud District Council - Internal Audit Recommendations Tracker (as at 31 October 2024)"] + [""] * 9,
        [""] * 10,
        ["Audit Title", "Rec No", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
         "Original Target Date", "Revised Target Date", "Status", "Update"],
        ["Creditors 2023/24", "1", "Medium",
         "Duplicate payment checks are not run before each BACS payment run.",
         "A duplicate payment report will be run from the finance system and reviewed by the Exchequer Team Leader before each payment run.",
         "Exchequer Team Leader", "30/06/2024", "", "Complete",
         "Report in use from June 2024; evidence provided to Internal Audit."],
        ["Creditors 2023/24", "2", "Low",
         "Changes to supplier bank details are not always independently verified by a call-back to the supplier.",
         "Update the supplier amendment procedure to require a documented call-back using contact details already held.",
         "Finance Manager", "30/09/2024", "31/12/2024", "In progress",
         "Procedure drafted; training for the Exchequer Team to follow in November."],
        ["Council Tax and NNDR 2023/24", "1", "High",
         "The reconciliation between the Council Tax system and the VOA valuation list is not performed monthly.",
         "Monthly reconciliation to be completed and signed off by the Revenues Manager.",
         "Revenues Manager", "31/05/2024", "", "Complete",
         "Reconciliations completed and signed each month since May 2024."],
        ["Cyber Security 2023/24", "1", "High",
         "Multi-factor authentication is not enforced for all remote access accounts.",
         "Enforce MFA on all remote access accounts, including third-party support accounts.",
         "Head of ICT", "31/08/2024", "31/01/2025", "In progress",
         "MFA enforced for all staff; 14 supplier accounts remain to be migrated."],
        ["Cyber Security 2023/24", "2", "Medium",
         "The ICT disaster recovery plan has not been tested.",
         "Carry out a disaster recovery test of core systems and update the ICT DR plan with the results.",
         "Head of ICT", "31/12/2024", "31/03/2205", "Not started",
         "Revised date agreed at the September Committee, pending the new backup contract."],
        ["Health and Safety 2024/25", "1", "Medium",
         "Display screen equipment assessments are not completed for all new starters and homeworkers.",
         "Add the DSE self-assessment to the corporate induction checklist and report completion quarterly to CMT.",
         "Corporate Health and Safety Advisor", "30/11/2024", "", "In progress",
         "Induction checklist updated; first quarterly report due in January."],
        ["Housing Voids 2024/25", "1", "High",
         "Void turnaround times are not monitored against the target for each stage of the void process.",
         "Introduce stage-by-stage void tracking with weekly reporting to the Head of Property Services.",
         "Head of Property Services", "31/03/2025", "", "In progress",
         "Tracker built in the housing system; weekly report being tested."],
        [""] * 10,
        ["Priority: High - fundamental control weakness, action within 3 months; Medium - significant weakness, "
         "action within 6 months; Low - improvement to controls, action within 12 months."] + [""] * 9,
    ]
    with open(os.path.join(HERE, "w1-stroud-internal-audit-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------------------------
# 7. Harlow Council - Building safety and compliance improvement plan (tab-separated text)
# ---------------------------------------------------------------------------------------------
HARLOW = [
    ("FS01", "Fire safety", "Complete fire risk assessments for all 214 blocks that require one, prioritising high-rise and sheltered schemes.",
     "Head of Building Safety", "31/03/2025", "On track", "171 of 214 FRAs complete; all high-rise and sheltered schemes done."),
    ("FS02", "Fire safety", "Clear all overdue high-risk FRA remedial actions.",
     "Building Safety Manager", "31/12/2024", "Red", "118 high-risk actions remain open. Contractor capacity increased from January."),
    ("FS03", "Fire safety", "Clear all overdue medium-risk FRA remedial actions.",
     "Building Safety Manager", "Sept 2025", "Amber", "Programme agreed; work will follow the high-risk actions."),
    ("FS04", "Fire safety", "Introduce fire door inspections: communal doors quarterly and flat entrance doors annually in blocks over 11 metres.",
     "Compliance Officer (Fire)", "Quarterly", "Green", "First round of communal door checks completed in December."),
    ("GE01", "Gas and electrical safety", "Maintain 100% gas safety (LGSR) compliance and use the capped-supply process for no-access properties.",
     "Compliance Manager", "Ongoing", "Green", "100% compliance at end of December."),
    ("GE02", "Gas and electrical safety", "Complete EICRs on all homes where the last test is more than five years old.",
     "Compliance Manager", "Mar-26", "Amber", "1,940 EICRs outstanding; procurement of a second contractor under way."),
    ("DA01", "Data and assurance", "Procure and implement a compliance management system holding all 'big six' safety data.",
     "Head of Housing Assets & ICT Programme Manager", "Q1 2025/26", "Not started", "Business case to Cabinet in February."),
    ("DA02", "Data and assurance", "Report compliance KPIs monthly to the Portfolio Holder and quarterly to the Housing Standards Board.",
     "Performance Lead", "Monthly", "Green", "Reporting in place since October."),
    ("DA03", "Data and assurance", "Commission an independent assurance audit of fire safety data.",
     "Head of Internal Audit", "June 2025", "Green", "Included in the 2025/26 internal audit plan."),
    ("TC01", "Tenant communication", "Write to all residents of high-rise blocks with fire safety information and the evacuation strategy for their building.",
     "Tenancy Services Manager", "30/11/2024", "Complete", "Letters and building-specific leaflets delivered in November."),
]


def make_harlow():
    lines = ["Harlow Council - Building Safety and Compliance Improvement Plan",
             "Progress report to the Housing Standards Board - January 2025",
             "",
             "\t".join(["Ref", "Workstream", "Action", "Owner", "Due", "Status", "Comment"])]
    for row in HARLOW:
        lines.append("\t".join(row))
    lines += ["", "Status: Complete / On track / Green / Amber / Red / Not started"]
    with open(os.path.join(HERE, "w1-harlow-building-safety-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_nyc()
    make_harrow()
    make_thsab()
    make_havering()
    make_lewisham()
    make_stroud()
    make_harlow()
    print("done")
