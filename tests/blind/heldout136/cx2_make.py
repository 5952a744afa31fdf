"""Generate the cx2- case files (partnership, NHS and corporate plans) for heldout136."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILLS = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Complete": "0070C0",
    "Blue": "0070C0", "On track": "00B050",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ======================================================= 1. Epsom & St Helier board action log
def epsom():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Epsom and St Helier University Hospitals NHS Trust Board – Public Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Updated following the Trust Board meeting held in public on 5 September 2024"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Meeting date", "Minute ref", "Action", "Lead", "Original due date",
           "Revised due date", "Update", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("TB.24.029", D(2024, 3, 7), "24/031",
         "Review the Board Assurance Framework risk scores for BAF 4 (estates) following the CQC "
         "inspection of the St Helier site.", "Chief Executive", D(2024, 6, 6), None,
         "Deferred pending the CQC final report, which has not yet been received. Now expected at the "
         "October Board.", "R"),
        ("TB.24.031", D(2024, 4, 4), "24/045",
         "Provide the Board with an update on the elective recovery trajectory for 78-week waiters, "
         "including the position at Sutton Hospital.", "Chief Operating Officer", D(2024, 7, 4), None,
         "Update included in the Integrated Performance Report to the July Board. Propose close.", "B"),
        ("TB.24.036", D(2024, 6, 6), "24/071",
         "Circulate the revised Freedom to Speak Up policy to Board members for comment ahead of "
         "ratification.", "Director of People / FTSU Guardian", D(2024, 9, 5), None,
         "Policy circulated on 14/08/2024. Comments requested by the end of September.", "G"),
        ("TB.24.037", D(2024, 6, 6), "24/073",
         "Bring a paper setting out the options for replacing the CTG monitoring system in St Helier "
         "maternity.", "CMO", D(2024, 9, 5), D(2024, 11, 7),
         "Options appraisal delayed while the procurement route is confirmed with the SWL "
         "Acute Provider Collaborative. Revised date agreed by the Chair.", "A"),
        ("TB.24.040", D(2024, 7, 4), "24/088",
         "Include benchmarking against peer trusts in the next Safer Staffing report.", "CNO",
         D(2024, 11, 7), None,
         "Benchmarking data requested from the Model Hospital team and will be included in the "
         "November report.", "G"),
        ("TB.24.041", D(2024, 7, 4), "24/090",
         "Arrange a Board development session on the Building Your Future Hospitals programme.",
         "Company Secretary", "TBC", None,
         "Date to be agreed with the Chair once the outline business case timetable is confirmed.", "A"),
        ("TB.24.044", D(2024, 9, 5), "24/102",
         "Report the outcome of the Emergency Department patient flow deep dive to the Quality "
         "Committee and provide a summary to Board.", "COO, CMO", D(2024, 12, 5), None,
         "Deep dive scheduled for the October Quality Committee.", "G"),
        ("TB.24.045", D(2024, 9, 5), "24/104",
         "Confirm the financial impact of the August industrial action on the month 5 position.",
         "CFO", D(2024, 10, 3), None, None, None),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=2).number_format = "dd/mm/yyyy"
        for c in (6, 7):
            if isinstance(ws.cell(row=r, column=c).value, dt.datetime):
                ws.cell(row=r, column=c).number_format = "mmm-yy"
        st = row[8]
        if st:
            ws.cell(row=r, column=9).fill = fill(FILLS[st])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    key = [("B", "Complete – propose for closure"), ("G", "On track / not yet due"),
           ("A", "At risk of missing the due date"), ("R", "Overdue")]
    for k, txt in key:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(FILLS[k])
        ws.cell(row=r, column=2, value=txt)
    widths = [11, 12, 10, 55, 24, 12, 12, 50, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(p("cx2-epsom-st-helier-uh-trust-board-public-action-log.xlsx"))


# ======================================================= 2. BSMHFT CQC must/should do
def bsmhft():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = ("Birmingham and Solihull Mental Health NHS Foundation Trust – CQC Inspection Action "
                "Plan (Must Do and Should Do Actions)")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Core services inspected: Acute wards for adults of working age and psychiatric intensive "
                "care units; Mental health crisis services and health-based places of safety. "
                "Report published 14 March 2024.")
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    ws["A3"] = "Position as at 30 September 2024 – for Quality, Patient Experience and Safety Committee"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    hdr = ["Ref", "CQC requirement", "Regulation", "Action", "Lead", "Target date",
           "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP

    def section(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)

    def action(row, ref, act, lead, target, fmt, prog, rag):
        vals = [ref, None, None, act, lead, target, prog, rag]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=row, column=c)
            if v is not None:
                cell.value = v
            cell.border = BOX
            cell.alignment = WRAP
        if fmt:
            ws.cell(row=row, column=6).number_format = fmt
        if rag in FILLS:
            ws.cell(row=row, column=8).fill = fill(FILLS[rag])

    def req(r1, r2, text, reg):
        ws.cell(row=r1, column=2, value=text).alignment = WRAP
        ws.cell(row=r1, column=3, value=reg).alignment = WRAP
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
            ws.merge_cells(start_row=r1, start_column=3, end_row=r2, end_column=3)

    section(6, "MUST DO ACTIONS")
    action(7, "MD1.1", "Revise the clinical risk assessment SOP to require an update within 24 hours of "
           "any incident graded moderate harm or above.", "Associate Director of Nursing, Acute and Urgent Care",
           D(2024, 5, 31), "dd/mm/yyyy",
           "SOP approved at Clinical Governance Committee in May 2024 and circulated to all wards.", "Complete")
    action(8, "MD1.2", "Monthly audit of risk assessment updates on all acute wards, with results reported "
           "to the Acute Care Governance meeting.", "Modern Matrons", "Ongoing (monthly)", None,
           "Audits in place since June. September compliance 88% against a 95% target.", "Green")
    req(7, 8, "The trust must ensure that staff on acute wards complete and update patient risk "
        "assessments after every incident.", "Reg 12 Safe care and treatment")
    action(9, "MD2.1", "Complete the PICU establishment review and present recommendations to the "
           "Executive Team.", "Director of Nursing", D(2024, 7, 31), "mmm-yy",
           "Review complete. Recommendations held back to the October Executive Team so that the "
           "safer staffing tool results can be included.", "Amber")
    action(10, "MD2.2", "Run a targeted recruitment campaign for Band 5 and Band 6 nurses for the PICUs.",
           "Head of Recruitment / Lead Nurse PICU", "Q3 2024/25", None,
           "Campaign launched in August; 6 of 11 posts offered.", "Amber")
    req(9, 10, "The trust must ensure that there are sufficient numbers of suitably qualified staff on "
        "the psychiatric intensive care units.", "Reg 18 Staffing")
    action(11, "MD3.1", "Issue a standard operating procedure that prohibits use of the place of safety "
           "suites for any purpose other than section 136 assessments.", "Clinical Director, Urgent Care",
           D(2024, 4, 30), "dd/mm/yyyy", "SOP issued 22/04/2024. No breaches reported since.", "Complete")
    req(11, 11, "The trust must ensure that the health-based places of safety are not used as overflow "
        "bed space.", "Reg 12 Safe care and treatment")
    section(13, "SHOULD DO ACTIONS")
    action(14, "SD1.1", "Add ligature risk assessment review dates to the estates compliance dashboard.",
           "Head of Estates Compliance", "Sept 2024", None,
           "Dashboard field added; data being back-filled by the estates team.", "Green")
    req(14, 14, "The trust should ensure that ligature risk assessments are reviewed annually on every "
        "ward.", "Reg 15 Premises and equipment")
    action(15, "SD2.1", "Update the crisis team care plan template on RiO to record that a copy was offered "
           "to the patient.", "Service Manager (Home Treatment)", D(2024, 12, 1), "mmm-yy",
           "Change request submitted to the RiO development team.", "Green")
    action(16, "SD2.2", "Add a question on care plan copies to the quarterly patient experience survey.",
           "Head of Patient Experience", "Quarterly", None, None, "Not started")
    req(15, 16, "The trust should ensure that patients in crisis services are offered a copy of their "
        "care plan.", "Reg 9 Person-centred care")
    ws["A18"] = ("RAG key: Complete (blue) – action complete and evidence held; Green – on track; "
                 "Amber – some slippage, expected to complete; Red – off track.")
    ws["A18"].font = Font(italic=True, size=9)
    ws.merge_cells("A18:H18")
    widths = [8, 40, 16, 50, 28, 13, 45, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(p("cx2-bsmhft-cqc-must-should-do-action-plan.xlsx"))


# ======================================================= 3. Babergh & Mid Suffolk risk register (refuse)
def bmsdc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 2024-25"
    ws["A1"] = "Babergh and Mid Suffolk District Councils – Significant Business Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Quarter 2 2024/25 (position as at 30 September 2024)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:J2")
    hdr = ["Risk Ref", "Risk Description", "Risk Owner", "Inherent Score", "Current Controls",
           "Further Actions / Mitigations", "Action Owner", "Target Date", "Residual Score", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("SRR01", "If we do not deliver the Medium Term Financial Strategy savings, we will be unable "
         "to set a balanced budget for 2025/26.", "Director – Corporate Resources", 16,
         "Monthly budget monitoring; Cabinet Member briefings.", "Identify and validate £1.2m of "
         "additional savings proposals for the 2025/26 budget round.", "Corporate Manager – Finance",
         D(2024, 12, 31), 12, "Amber"),
        ("SRR02", "If we fail to maintain our housing stock to the Decent Homes Standard, tenants may "
         "be at risk and we may face regulatory action.", "Director – Housing", 16,
         "Stock condition survey programme; damp and mould reporting line.", "Complete the 100% stock "
         "condition survey and load the data into the asset management system.",
         "Corporate Manager – Asset Management", D(2025, 3, 31), 12, "Amber"),
        ("SRR03", "If a cyber attack succeeds, council systems and data may be unavailable or "
         "compromised.", "Director – Customers, Digital Transformation and Improvement", 20,
         "Firewalls, MFA, annual penetration test, staff e-learning.", "Run a cyber incident exercise "
         "with the Suffolk Resilience Forum.", "Corporate Manager – ICT", D(2024, 11, 30), 15, "Green"),
        ("SRR04", "If the local plan is not kept up to date, the councils may lose control of where "
         "housing development takes place.", "Director – Planning and Building Control", 12,
         "Joint Local Plan Part 1 adopted November 2023.", "Publish the Local Development Scheme for "
         "Joint Local Plan Part 2.", "Corporate Manager – Strategic Planning", "Ocotber 2024", 8, "Green"),
        ("SRR05", "If we do not recruit and retain staff with the right skills, services may not be "
         "delivered.", "Director – People and Property", 12,
         "Workforce strategy; market supplements for hard-to-fill posts.", "Launch the refreshed "
         "apprenticeship and graduate programme.", "Corporate Manager – HR and OD", D(2025, 1, 31),
         9, "Green"),
        ("SRR06", "If the councils do not respond effectively to a major emergency, residents may "
         "come to harm.", "Chief Executive", 12, "Emergency plan; on-call rota; SRF membership.",
         "Review the emergency rest centre arrangements with Suffolk County Council.",
         "Emergency Planning Officer", "Ongoing", 8, "Green"),
        ("SRR07", "If the councils' carbon reduction plan is not delivered, we will not meet the "
         "2030 carbon neutral target.", "Director – Sustainable Communities", 12,
         "Biodiversity and climate action plan monitored quarterly.", "Complete the decarbonisation "
         "study for the council's leisure centres.", "Corporate Manager – Sustainable Environment",
         D(2024, 9, 30), 12, "Complete"),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        if isinstance(row[7], dt.datetime):
            ws.cell(row=r, column=8).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=10).fill = fill(FILLS[row[9]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Scores = likelihood x impact (1-5 each). RAG shows progress of "
            "further actions: Green on track, Amber delayed, Red not progressing, Complete (blue) done.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    widths = [9, 45, 24, 10, 35, 45, 28, 13, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(p("cx2-babergh-mid-suffolk-strategic-risk-register-q2-2024-25-typo-month-refuse.xlsx"))


# ======================================================= 4. BCSSP SAR Adult V (docx)
def bcssp():
    doc = Document()
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Bath and North East Somerset Community Safety and Safeguarding Partnership (BCSSP)"
    hp.alignment = WRAP_RIGHT
    doc.add_heading("Safeguarding Adults Review 'Adult V' – Multi-agency Action Plan", level=1)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Safeguarding Adults Review into the "
        "death of Adult V, published by the BCSSP in April 2024. Progress is reported to the Adults "
        "Delivery Group each quarter and the plan will be closed when all actions are complete and "
        "evidenced.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(dc.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(["0.2", "18/07/2024", "BCSSP Business Unit", "Agreed by the SAR panel"]):
        set_cell(dc.rows[1].cells[i], v)
    for i, v in enumerate(["0.3", "03/10/2024", "BCSSP Business Unit",
                           "Updated for the Adults Delivery Group"]):
        set_cell(dc.rows[2].cells[i], v)
    doc.add_paragraph()
    hdr = ["No.", "Action", "Lead agency / officer", "Timescale", "Evidence of impact / progress", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")

    def rec(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, text, bold=True)
        shade(m, "DEEAF6")

    def act(no, text, lead, when, prog, rag):
        cells = t.add_row().cells
        for i, v in enumerate([no, text, lead, when, prog, rag]):
            set_cell(cells[i], v)
        if rag in FILLS:
            shade(cells[5], FILLS[rag])

    rec("Recommendation 1: The BCSSP should seek assurance that partner agencies apply the Mental "
        "Capacity Act where an adult repeatedly declines care and support.")
    act("1.1", "Deliver a multi-agency briefing on executive capacity and repeated refusals of care, "
        "drawing on the learning from this review.", "BCSSP Business Manager", "September 2024",
        "Two briefings delivered (12 and 26 September 2024) to 94 practitioners.", "Complete")
    act("1.2", "Audit a sample of 20 cases where care was declined to test whether capacity was "
        "assessed and recorded.", "Head of Safeguarding, B&NES Council; Designated Nurse, BSW ICB",
        "Jan-25", "Audit tool agreed at the Quality Assurance subgroup. Case selection under way.", "Green")
    rec("Recommendation 2: Partner agencies should ensure that self-neglect concerns are escalated "
        "through the Multi-Agency Risk Management (MARM) process.")
    act("2.1", "Refresh the Self-Neglect and Hoarding Guidance to include clear escalation routes to "
        "MARM.", "Safeguarding Adults Lead, HCRG Care Group", "31/12/2024",
        "Draft out for consultation with partners. Sign-off delayed by staff absence.", "Amber")
    act("2.2", "Promote MARM to GP practices through the primary care safeguarding newsletter.",
        "Named GP for Safeguarding Adults", "Ongoing",
        "Article in the July and October newsletters. Two MARM referrals from GPs this quarter.", "Green")
    rec("Recommendation 3: The BCSSP should seek assurance that hospital discharge planning includes "
        "the views of family members and carers.")
    act("3.1", "Review the ward discharge checklist at the Royal United Hospitals Bath to include a "
        "prompt to contact the named carer.", "Deputy Director of Nursing, RUH", "March 2025",
        "Checklist redrafted and being piloted on two medical wards.", "Green")
    act("3.2", "Report the findings of the carers' discharge audit to the BCSSP Adults Delivery Group.",
        "Head of Safeguarding, RUH", "Q4 2024/25", "Audit will follow the checklist pilot.",
        "Not started")
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Red – off track; Amber – delayed but recoverable; Green – on track; "
                      "Complete – action completed and evidenced.").runs[0].italic = True
    doc.save(p("cx2-bathnes-bcssp-sar-adult-v-action-plan.docx"))


WRAP_RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


# ======================================================= 5. Royal Berkshire maternity highlight report (docx)
def rbft():
    doc = Document()
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Royal Berkshire NHS Foundation Trust"
    hp.alignment = WRAP_RIGHT
    doc.add_heading("Maternity and Neonatal Improvement Programme – Highlight Report", level=1)
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Reporting period", "September 2024"),
                                ("Senior Responsible Owner", "Director of Midwifery"),
                                ("Report to", "Quality Committee, 15 October 2024"),
                                ("Overall programme RAG", "Amber")]):
        set_cell(s.rows[i].cells[0], k, bold=True)
        set_cell(s.rows[i].cells[1], v)
    shade(s.rows[3].cells[1], FILLS["Amber"])
    doc.add_heading("Key achievements this period", level=2)
    for b in ["Twice-daily staffing huddles now embedded on the Delivery Suite and postnatal ward.",
              "MNVP 15 Steps walk-through completed and report received.",
              "CNST Year 6 safety actions evidence submitted to the Board."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Action tracker", level=2)

    def ws_table(heading, rows):
        doc.add_heading(heading, level=3)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Owner", "Due", "Status", "Update"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)
            if row[4] in FILLS:
                shade(cells[4], FILLS[row[4]])

    ws_table("Workstream 1: Safe staffing", [
        ("1.1", "Complete the Birthrate Plus midwifery workforce review and present the findings to the "
         "People Committee.", "Director of Midwifery", "Oct-24", "Green",
         "Fieldwork complete; report expected from Birthrate Plus in mid-October."),
        ("1.2", "Recruit to the 8.4 WTE Band 6 midwife vacancies, including international recruits.",
         "Head of Midwifery / Recruitment Lead", "March 2025", "Amber",
         "5.0 WTE appointed. Remaining posts readvertised."),
        ("1.3", "Introduce twice-daily staffing huddles across the Delivery Suite and postnatal ward.",
         "Maternity Matrons", "Jul-24", "Complete", "Huddles in place from 1 July."),
    ])
    ws_table("Workstream 2: Fetal monitoring", [
        ("2.1", "Achieve 90% compliance with annual fetal monitoring training for midwives and "
         "obstetricians.", "Fetal Monitoring Lead Midwife; Consultant Obstetrician Fetal Monitoring Lead",
         "31/12/2024", "Amber",
         "Compliance at the end of September was 84% (midwives) and 78% (obstetricians)."),
        ("2.2", "Implement Dawes-Redman computerised CTG analysis on the antenatal day unit.",
         "Digital Midwife", "Nov 2024 (revised from Aug 2024)", "Red",
         "Supplier delayed delivery of the CTG machines; new date agreed."),
    ])
    ws_table("Workstream 3: Listening to women and families", [
        ("3.1", "Hold a Maternity and Neonatal Voices Partnership (MNVP) 15 Steps walk-through of the "
         "maternity unit.", "Patient Experience Midwife", "Sept 2024", "Complete",
         "Walk-through held 10 September; report received."),
        ("3.2", "Publish a 'You said, we did' board in each clinical area, updated monthly.",
         "Ward Managers", "Monthly", "Green", "Boards in place in all areas."),
        ("3.3", "Review complaints themes for the last 12 months with the MNVP and agree three "
         "priorities for improvement.", "Head of Patient Experience", "Q3 2024/25", "Not started",
         "Meeting with the MNVP lead booked for November."),
    ])
    doc.add_heading("Key risks and issues", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Risk / issue", "Score", "Mitigation"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for r, row in enumerate([
        ("Obstetric training compliance below CNST threshold", "12",
         "Additional PROMPT dates added in November and December."),
        ("CTG equipment delivery delay", "9", "Escalated to the supplier account manager.")], 1):
        for i, v in enumerate(row):
            set_cell(t.rows[r].cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Green – on track; Amber – at risk, mitigation in place; Red – off "
                      "track, escalation needed; Complete – delivered.").runs[0].italic = True
    doc.save(p("cx2-royal-berkshire-nhsft-maternity-neonatal-highlight-report.docx"))


# ======================================================= 6. Safer Cornwall DHR tracker export (csv)
def cornwall():
    hdr = ["ID", "DHR", "Recommendation", "Action", "Agency", "Lead Officer", "Target Date",
           "Revised Target Date", "RAG Status", "Progress Notes", "Last Updated"]
    dhr = "DHR Elowen"
    r1 = ("Rec 1: All agencies should ensure practitioners are aware of the risks of domestic abuse in "
          "relationships where the victim is an older adult.")
    r2 = ("Rec 2: Primary care should routinely enquire about domestic abuse when a carer accompanies "
          "a patient to appointments.")
    r3 = ("Rec 3: Devon and Cornwall Police should ensure DASH risk assessments are completed at every "
          "domestic abuse incident attended.")
    r4 = ("Rec 4: Safer Cornwall should publicise specialist support services for older victims of "
          "domestic abuse.")
    rows = [
        ("DHR-E-01", dhr, r1, "Deliver the domestic abuse training module on older victims to adult "
         "social care practitioners.", "Cornwall Council Adult Social Care", "Kerensa Pascoe",
         "31/10/2024", "", "Green", "Three of four sessions delivered; final session booked for 24 October.",
         "07/10/2024 14:32"),
        ("DHR-E-02", dhr, r1, "Include an older victims case study in the DA Champions network session.",
         "Safer Cornwall", "Jago Trewin", "30/09/2024", "", "Complete",
         "Case study presented at the September network meeting (41 champions).", "01/10/2024 09:15"),
        ("DHR-E-03", dhr, r2, "Issue practice guidance on seeing patients alone for part of the "
         "consultation.", "NHS Cornwall and Isles of Scilly ICB", "Dr Ruth Penhaligon", "31/12/2024", "",
         "Amber", "Guidance drafted; awaiting comments from the LMC before circulation.",
         "03/10/2024 11:02"),
        ("DHR-E-04", dhr, r2, "Audit use of routine enquiry in 10 GP practices.",
         "NHS Cornwall and Isles of Scilly ICB", "Morwenna Hicks; Dr Ruth Penhaligon", "31/03/2025", "",
         "Not started", "Will begin once the practice guidance has been issued.", "03/10/2024 11:04"),
        ("DHR-E-05", dhr, r3, "Dip-sample DASH completion for incidents involving victims aged 60 and "
         "over.", "Devon & Cornwall Police", "DI Mark Treloar", "30/11/2024", "28/02/2025", "Amber",
         "Sample period extended to a full quarter to give a meaningful number of cases.",
         "04/10/2024 16:40"),
        ("DHR-E-06", dhr, r3, "Add a DASH completion prompt to the Niche incident record.",
         "Devon & Cornwall Police", "Digital Policing Team", "TBC", "", "Red",
         "Change request not yet prioritised by the regional Niche board.", "04/10/2024 16:45"),
        ("DHR-E-07", dhr, r4, "Produce and distribute a leaflet for older people on the First Light "
         "helpline.", "First Light", "Anna Rowse", "31/08/2024", "", "Complete",
         "2,000 leaflets distributed to GP surgeries, pharmacies and Age UK Cornwall.", "02/09/2024 10:20"),
        ("DHR-E-08", dhr, r4, "Run a social media campaign on older victims during the 16 Days of Action.",
         "Safer Cornwall", "Safer Cornwall Communications Officer", "10/12/2024", "", "Green",
         "Content plan agreed with partners.", "07/10/2024 14:40"),
    ]
    with open(p("cx2-safer-cornwall-dhr-action-tracker-export.csv"), "w", newline="",
              encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ======================================================= 7. Harrow SCP CSPR Child H (tab-separated txt)
def harrow():
    lines = [
        "Harrow Safeguarding Children Partnership – Child Safeguarding Practice Review: Child H – Action Plan",
        "Update for the Learning and Improvement Subgroup, November 2024",
        "",
        "Ref\tAction\tLead\tBy when\tProgress\tRAG",
        "Theme 1: Information sharing when families move between boroughs",
        "1.1\tUpdate the Harrow transfer-in protocol so that health visiting records are requested within "
        "10 working days of a family registering with a GP.\tHead of 0-19 Service (CLCH)\tDec 2024\t"
        "Draft protocol agreed with CLCH; awaiting sign-off by the ICB.\tAmber",
        "1.2\tRemind all MASH partners of the requirement to seek information from the previous local "
        "authority at the point of referral.\tMASH Team Manager\tSept 2024\tReminder issued at the "
        "MASH partnership meeting and by email on 9 September.\tComplete",
        "1.3\tAudit 15 transfer-in cases to test whether previous authority checks were completed.\t"
        "QA Manager / Designated Nurse\tFeb 2025\tCases identified; audit scheduled for January.\tGreen",
        "",
        "Theme 2: Hearing the voice of the child",
        "2.1\tDeliver a practice learning session on seeing the child alone, using the learning from "
        "Child H.\tPrincipal Social Worker\t31/10/2024\tSession held 17 October, 63 attendees from "
        "social care, health and schools.\tComplete",
        "2.2\tSchools to record the child's views in all Early Help assessments.\tHead of Early Support"
        "\tOngoing\tEarly Help assessment form updated; compliance checked through termly dip samples."
        "\tGreen",
        "",
        "Theme 3: Professional curiosity about adults in the household",
        "3.1\tInclude a module on unknown adults in the household in the multi-agency safeguarding "
        "training programme.\tHSCP Training Coordinator\tMarch 2025\tModule being written with the "
        "Designated Doctor.\tGreen",
        "3.2\tPolice to check PNC and local intelligence on all adults named in a strategy discussion.\t"
        "NW BCU Detective Inspector (Safeguarding)\tNov 2024\tChange to the strategy discussion template "
        "not yet made; escalated to the BCU Superintendent.\tRed",
        "3.3\tEvaluate the impact of the actions in this plan through a multi-agency case audit.\t"
        "HSCP Business Manager\tJune 2025\t\tNot started",
        "",
        "RAG: Red = not on track, Amber = some delay, Green = on track, Complete = done",
    ]
    with open(p("cx2-harrow-scp-cspr-child-h-action-plan.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    epsom()
    bsmhft()
    bmsdc()
    bcssp()
    rbft()
    cornwall()
    harrow()
