"""Generator for the db2- cases of heldout140 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python db2_make.py (needs python-docx and openpyxl).
"""
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "sect": "DDEBF7",
}


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def doc_table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_text(cells[i], v)
    return t


# ------------------------------------------------ 1. Worcestershire Acute (docx)
def worcs_acute():
    doc = Document()
    p = doc.add_paragraph("Worcestershire Acute Hospitals NHS Trust")
    p.runs[0].bold = True
    doc.add_heading("Maternity and Neonatal Improvement Programme: Highlight Report – October 2024", level=1)
    doc_table(doc, ["Report details", ""], [
        ["Reporting period", "1 – 31 October 2024"],
        ["Senior Responsible Owner", "Chief Nursing Officer"],
        ["Prepared by", "Maternity Transformation Programme Manager"],
        ["Presented to", "Maternity and Neonatal Safety Champions / Quality Governance Committee"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "This report summarises progress against the Trust's maternity and neonatal improvement programme, "
        "which brings together the actions from the Single Delivery Plan for Maternity and Neonatal Services, "
        "the CQC maternity inspection and the Maternity Incentive Scheme (Year 6). Overall programme status "
        "remains Amber: training compliance and neonatal nurse staffing are the two areas of concern."
    )
    doc.add_heading("Workstream progress", level=2)
    header = ["Ref", "Action", "Lead", "Due date", "Revised date", "RAG", "Progress this period"]
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")

    def section(title):
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_text(m, title, bold=True)
        shade(m, "E2EFDA")

    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}

    def action(ref, text, lead, due, rev, rag, prog):
        cells = t.add_row().cells
        for i, v in enumerate([ref, text, lead, due, rev, rag, prog]):
            set_text(cells[i], v)
        if rag in rag_fill:
            shade(cells[5], rag_fill[rag])

    section("1. Listening to and working with women and families")
    action("1.1", "Refresh the Maternity and Neonatal Voices Partnership (MNVP) work plan and agree quarterly 15 Steps walkarounds",
           "MNVP Lead / Director of Midwifery", "Dec-24", "", "G",
           "Work plan agreed at MNVP meeting on 8 October. First 15 Steps walkaround booked for Meadow Birth Centre in November.")
    action("1.2", "Publish translated antenatal information in the five most-requested community languages",
           "Consultant Midwife – Public Health", "31/03/2025", "", "A",
           "Polish and Urdu leaflets translated. Funding for the remaining three languages awaiting charity bid outcome.")
    section("2. Growing, retaining and supporting our workforce")
    action("2.1", "Achieve 90% compliance with PROMPT multi-professional training across all staff groups",
           "Practice Development Midwife", "Q4 2024/25", "", "R",
           "Compliance 71% overall; obstetric anaesthetists 48%. Additional dates added for December and January; escalated to Divisional Director.")
    action("2.2", "Complete Birthrate Plus workforce review and present findings to Trust Board",
           "Director of Midwifery", "Sept 2024", "", "B",
           "Review completed and presented to Trust Board on 12 September 2024. Action closed.")
    action("2.3", "Recruit to 4.2 WTE qualified in speciality (QIS) neonatal nursing vacancies",
           "Neonatal Matron", "Oct-24", "Jan-25", "A",
           "2.0 WTE appointed, start dates in December. Re-advertised for remaining posts; revised date agreed at Safety Champions.")
    section("3. Developing and sustaining a culture of safety, learning and support")
    action("3.1", "Embed PSIRF learning responses into weekly maternity safety huddles",
           "Maternity Governance Lead", "Ongoing", "", "G",
           "Learning from two After Action Reviews shared at huddles this month; huddle attendance log in place.")
    action("3.2", "Complete the Saving Babies' Lives Care Bundle v3 element 2 (fetal growth restriction) audit cycle",
           "Dr A. Khan", "End of November 2024", "", "G",
           "Data collection complete for Q2; report being written for Perinatal Quality Surveillance meeting.")
    action("3.3", "Roll out the perinatal culture and leadership programme action plan to all teams",
           "Perinatal Quad", "Jan 2025 – Jun 2025", "", "Not started",
           "Quad attending national programme cohort; roll-out to teams will start in January.")

    doc.add_paragraph("")
    doc.add_paragraph("RAG key: B = Complete   G = On track   A = At risk of delay   R = Off track / requires escalation")
    doc.add_heading("Key risks and escalations", level=2)
    doc.add_paragraph("PROMPT training compliance below MIS Year 6 threshold – escalated to Quality Governance Committee.", style="List Bullet")
    doc.add_paragraph("Neonatal nursing vacancies continue to require bank and agency cover.", style="List Bullet")
    doc.save(os.path.join(HERE, "db2-worcestershire-acute-hospitals-nhs-trust-maternity-neonatal-highlight-report.docx"))


# ------------------------------------ 2. Kingston & Richmond SCP CSPR (docx)
def kingston_richmond():
    doc = Document()
    doc.add_heading("Kingston and Richmond Safeguarding Children Partnership", level=2)
    doc.add_heading("Child Safeguarding Practice Review: Child R – Multi-agency Action Plan", level=1)
    doc_table(doc, ["Version", "Date", "Author", "Status"], [
        ["1.0", "05/10/2023", "KRSCP Business Manager", "Agreed by Executive Group"],
        ["2.0", "18/03/2024", "KRSCP Business Manager", "Updated for QA Subgroup"],
        ["3.0", "30/08/2024", "KRSCP Business Manager", "Updated for Executive Group"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "The review of Child R was published in September 2023. The Partnership accepted all three "
        "recommendations. This plan records the actions agreed by partners and the evidence of progress, "
        "and is monitored by the Quality Assurance Subgroup."
    )
    header = ["No.", "Recommendation", "Action", "Lead", "Timescale", "Evidence of progress / impact", "RAG"]
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    rag_fill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    recs = [
        ("Recommendation 1: The Partnership should seek assurance that partner agencies consider the lived "
         "experience of children who are electively home educated when a referral is received.", [
            ("1.1", "Update the multi-agency elective home education (EHE) protocol to include a prompt to check for open involvement with children's social care",
             "Head of Education Welfare (AfC)", "March 2024",
             "Protocol revised and published on the KRSCP website on 14/03/2024.", "Complete"),
            ("1.2", "Deliver a practice briefing on EHE and safeguarding to Single Point of Access staff",
             "KRSCP Learning & Development Lead", "June 2024",
             "Briefing drafted. Delivery delayed because of the SPA restructure; now booked for 12 September.", "Amber"),
        ]),
        ("Recommendation 2: Health partners should ensure that 'was not brought' policies are applied "
         "consistently for children with complex medical needs.", [
            ("2.1", "Review and re-launch the joint Was Not Brought policy across Kingston Hospital and HRCH",
             "Named Nurse (Kingston Hospital) / Named Nurse (HRCH)", "Sept 2024",
             "Policy ratified by both trusts in July. Launch at safeguarding leads forum in September.", "Green"),
            ("2.2", "Audit application of the policy for 20 children with complex needs, six months after re-launch",
             "Designated Nurse (SWL ICB)", "Q1 2025/26",
             "Audit tool agreed; audit will take place after the re-launch has been in place for six months.", "Not started"),
        ]),
        ("Recommendation 3: The Partnership should strengthen the use of escalation when professionals "
         "disagree about thresholds.", [
            ("3.1", "Refresh the Resolving Professional Differences (escalation) policy and publish a one-page guide",
             "KRSCP Business Manager", "Dec 2023",
             "Policy and one-page guide published December 2023 and promoted in the partnership newsletter.", "Complete"),
            ("3.2", "Add escalation data to the quarterly partnership dataset and report it to the Quality Assurance Subgroup",
             "Chair of QA Subgroup", "Quarterly",
             "Escalation data reported in Q4 2023/24 and Q1 2024/25 datasets. 14 escalations in Q1, 11 resolved at stage 1.", "Green"),
            ("3.3", "Multi-agency audit of escalations raised April – September 2024",
             "QA Subgroup", "November 2024",
             "Audit scope agreed; agency auditors still to be confirmed by health and police.", "Amber"),
        ]),
    ]
    for rec, acts in recs:
        first = None
        for (ref, text, lead, when, evid, rag) in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, rec if first is None else "", text, lead, when, evid, rag]):
                set_text(cells[i], v)
            if rag in rag_fill:
                shade(cells[6], rag_fill[rag])
            if first is None:
                first = cells[1]
            else:
                first = first.merge(cells[1])
    doc.add_paragraph("")
    doc.add_paragraph(
        "RAG: Complete – action completed and evidenced; Green – on track; Amber – some slippage, "
        "action still achievable; Red – not on track or at risk."
    )
    doc.save(os.path.join(HERE, "db2-kingston-richmond-scp-cspr-child-r-action-plan.docx"))


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# -------------------------------------------------- 3. LNWH board log (xlsx)
def lnwh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "London North West University Healthcare NHS Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Trust Board (Public) – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting held on 11 September 2024"
    ws["A3"].font = Font(italic=True)
    header = ["Minute ref", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "Status", "Update"]
    ws.append([])
    ws.append(header)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    D = dt.datetime
    rows = [
        ("TB/24/031", D(2024, 3, 14), "Integrated Quality and Performance Report",
         "Provide a breakdown of 12-hour waits in ED by site (Northwick Park, Ealing) and by mental health presentation",
         "COO", D(2024, 5, 1), "blue",
         "Breakdown included in the May IQPR (appendix 3). Proposed for closure."),
        ("TB/24/036", D(2024, 3, 14), "Freedom to Speak Up report",
         "Report back on the themes from speaking-up cases in estates and facilities and the actions taken",
         "CPO/FTSU Guardian", D(2024, 7, 1), "blue",
         "Covered in the FTSU six-monthly report to the July Board."),
        ("TB/24/052", D(2024, 5, 9), "Maternity and Neonatal Safety Report",
         "Bring the Birthrate Plus workforce review and the midwifery establishment business case to the Board",
         "CNO", D(2024, 11, 1), "green",
         "Birthrate Plus report received in August; business case going through Executive Management Committee in October."),
        ("TB/24/055", D(2024, 5, 9), "Finance Report – Month 1",
         "Set out the risks to delivery of the 2024/25 efficiency programme, with a trajectory by division",
         "CFO", D(2024, 7, 1), "red",
         "Trajectory still being validated with divisions. Overdue – to be presented in October."),
        ("TB/24/071", D(2024, 7, 11), "Patient story",
         "Invite the patient and family back in six months to hear about changes made to discharge communication",
         "CNO", "TBC", "green",
         "Family have agreed in principle; date to be confirmed with the Patient Experience team."),
        ("TB/24/078", D(2024, 7, 11), "Board Assurance Framework",
         "Review the BAF risk on digital resilience in light of the national IT outage on 19 July",
         "CIO", D(2024, 9, 1), "amber",
         "Draft reviewed at Audit Committee; final wording to October Board. Due date missed by one cycle."),
        ("TB/24/090", D(2024, 9, 11), "Guardian of Safe Working Hours report",
         "Provide an update on exception reports from resident doctors at Ealing Hospital and actions agreed with the rota team",
         "MD", D(2024, 11, 1), "green",
         ""),
        ("TB/24/094", D(2024, 9, 11), "Estates Strategy update",
         "Bring a progress report on the Central Middlesex Hospital theatre refurbishment programme",
         "CFO/Director of Estates", D(2025, 1, 1), "green",
         "Added to the Board forward plan for January 2025."),
    ]
    r = 6
    for row in rows:
        vals = list(row)
        status = vals[6]
        vals[6] = None
        ws.append(vals)
        for c in ws[r]:
            c.border = BOX
            c.alignment = WRAP
        ws.cell(r, 2).number_format = "dd/mm/yyyy"
        if isinstance(vals[5], dt.datetime):
            ws.cell(r, 6).number_format = "mmm-yy"
        ws.cell(r, 7).fill = fill(FILL[status])
        r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    key = [("red", "Overdue"), ("amber", "Due date missed / revised"),
           ("green", "Not yet due / on track"), ("blue", "Complete – proposed for closure")]
    for i, (col, txt) in enumerate(key, start=1):
        ws.cell(r + i, 1).fill = fill(FILL[col])
        ws.cell(r + i, 2, txt)
    widths = [11, 12, 28, 55, 16, 10, 9, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, "db2-lnwh-nhs-trust-board-public-action-log.xlsx"))


# ---------------------------------- 4. Horsham DC risk register (xlsx, refuse)
def horsham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Horsham District Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2024/25"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Audit and Governance Committee, 29 January 2025"
    header = ["Risk ref", "Risk title", "Risk description", "Risk owner", "Current score (L x I)",
              "Existing controls", "Further actions", "Action owner", "Target date", "RAG"]
    ws.append([])
    ws.append(header)
    for c in ws[5]:
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BOX
        c.alignment = WRAP
    D = dt.datetime
    rows = [
        ("CRR01", "Medium-term financial position",
         "Failure to set a balanced budget over the medium term owing to inflation and uncertainty over local government funding reform.",
         "Director of Resources", "4 x 4 = 16",
         "MTFS refreshed annually; monthly budget monitoring to SLT; earmarked reserves.",
         "Deliver the 2025/26 savings programme and identify further options for 2026/27",
         "Head of Finance and Performance", D(2025, 3, 31), "Amber"),
        ("CRR02", "Local Plan",
         "Delay to the adoption of the Local Plan owing to water neutrality constraints, leading to speculative development.",
         "Director of Place", "4 x 5 = 20",
         "Sussex North Offsetting Water Scheme being developed with Crawley and Chichester; legal advice retained.",
         "Submit the Local Plan for examination once the water neutrality strategy is agreed",
         "Head of Strategic Planning", "Febuary 2025", "Red"),
        ("CRR03", "Cyber security",
         "A successful cyber attack leads to loss of systems and data and an inability to deliver services.",
         "Director of Resources", "3 x 5 = 15",
         "Cyber Essentials Plus accreditation; backups tested; staff phishing training.",
         "Complete the LGA cyber 360 review and implement the priority recommendations",
         "Head of Technology Services", D(2025, 6, 30), "Amber"),
        ("CRR04", "Waste and recycling contract",
         "Service disruption during the mobilisation of the new waste collection arrangements.",
         "Director of Community Services", "3 x 4 = 12",
         "Project board with fortnightly reporting; contingency fleet arrangements.",
         "Carry out resident communications campaign ahead of the service change",
         "Head of Neighbourhood Services", D(2025, 4, 30), "Green"),
        ("CRR05", "Temporary accommodation",
         "Rising demand for temporary accommodation increases cost and the use of bed and breakfast.",
         "Director of Community Services", "4 x 4 = 16",
         "Homelessness prevention fund; acquisition programme for council-owned TA.",
         "Acquire a further six units of temporary accommodation in the district",
         "Head of Housing and Community Services", D(2025, 3, 31), "Amber"),
        ("CRR06", "Workforce capacity",
         "Difficulty recruiting and retaining staff in specialist roles (planning, building control, legal).",
         "Chief Executive", "3 x 3 = 9",
         "Market supplements; apprenticeship and graduate schemes.",
         "Launch the revised recruitment and retention strategy",
         "Head of HR and OD", D(2024, 12, 31), "Complete"),
    ]
    rag_fill = {"Red": FILL["red"], "Amber": FILL["amber"], "Green": FILL["green"], "Complete": FILL["blue"]}
    r = 6
    for row in rows:
        ws.append(list(row))
        for c in ws[r]:
            c.border = BOX
            c.alignment = WRAP
        if isinstance(row[8], dt.datetime):
            ws.cell(r, 9).number_format = "mmm-yy"
        ws.cell(r, 10).fill = fill(rag_fill[row[9]])
        r += 1
    r += 1
    ws.cell(r, 1, "Scoring: Likelihood (L) x Impact (I), each scored 1–5. 15–25 high, 8–14 medium, 1–7 low.")
    ws.cell(r + 1, 1, "RAG shows progress of further actions: Red – behind schedule; Amber – some delay; Green – on track; Complete – action delivered.")
    widths = [8, 22, 40, 20, 12, 36, 40, 22, 11, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, "db2-horsham-dc-corporate-risk-register-q3-2024-25-typo-month-refuse.xlsx"))


# -------------------------------------------- 5. Redbridge SAB SAR (xlsx)
def redbridge():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Adult F"
    ws.merge_cells("A1:H1")
    ws["A1"] = "Redbridge Safeguarding Adults Board"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Safeguarding Adults Review – 'Adult F' – Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:H3")
    ws["A3"] = "Last updated: 15/01/2025 (SAR Subgroup)"
    header = ["Ref", "Action", "Lead", "Target date", "Revised target date", "Progress update", "Evidence", "RAG"]
    ws.append([])
    ws.append(header)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    D = dt.datetime
    rag_fill = {"Completed": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    plan = [
        ("Recommendation 1: The SAB should seek assurance that the multi-agency self-neglect and hoarding "
         "protocol is understood and used by all partner agencies.", [
            ("1.1", "Relaunch the self-neglect and hoarding protocol through a 7-minute briefing and two multi-agency webinars",
             "SAB Business Manager", D(2024, 5, 31), None,
             "Briefing published April 2024; webinars held 9 and 23 May with 112 attendees.", "Webinar attendance list; briefing on SAB website", "Completed"),
            ("1.2", "Each partner agency to confirm in its annual self-assessment how the protocol has been cascaded to frontline staff",
             "All partner agencies", D(2024, 9, 30), D(2024, 12, 31),
             "Six of nine agencies have returned self-assessments. Reminder sent by the Independent Chair.", "Self-assessment returns", "Amber"),
            ("1.3", "Multi-agency case audit of 10 self-neglect cases to test use of the protocol",
             "Quality & Performance Subgroup Chair", D(2025, 3, 31), None,
             "Cases selected and auditors identified; audit day booked for 20 February.", "", "Green"),
        ]),
        ("Recommendation 2: LBR Adult Social Care and NELFT should ensure that mental capacity assessments are "
         "decision-specific and recorded, particularly where a person repeatedly declines care.", [
            ("2.1", "Deliver refresher MCA training for ASC and community health staff, with a focus on executive capacity",
             "Principal Social Worker / NELFT Safeguarding Lead", D(2024, 11, 30), None,
             "Four sessions delivered to 86 staff. Further session for district nursing teams in December.", "Training records", "Green"),
            ("2.2", "Introduce an MCA audit tool in the case recording system and report findings to the SAB quarterly",
             "Head of Adult Safeguarding (LBR)", "Ongoing", None,
             "Audit tool live from October 2024; first quarterly report due to the SAB in March.", "", "Green"),
        ]),
        ("Recommendation 3: The London Fire Brigade and partners should make fire risk a routine part of "
         "assessments for people who self-neglect.", [
            ("3.1", "Embed the LFB Home Fire Safety Visit referral pathway in ASC assessment forms",
             "LFB Borough Commander", D(2024, 7, 31), None,
             "Referral prompt added to the ASC assessment form in July 2024.", "Screenshot of form", "Completed"),
            ("3.2", "Promote the person-centred fire risk assessment tool to housing officers and care providers",
             "Housing Needs Manager; LFB Community Safety Lead", D(2024, 10, 31), D(2025, 2, 28),
             "Provider forum session postponed twice; now scheduled for February provider forum.", "", "Amber"),
            ("3.3", "Review fire-related deaths and serious incidents annually at the SAR Subgroup",
             "SAR Subgroup", "Annually", None,
             "", "", None),
        ]),
    ]
    r = 6
    for i, (rec, acts) in enumerate(plan):
        if i:
            ws.append([])  # blank row between recommendations
            r += 1
        ws.append([rec])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("E4DFEC")
        ws.cell(r, 1).alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1
        for (ref, text, lead, tgt, rev, prog, evid, rag) in acts:
            ws.append([ref, text, lead, tgt, rev, prog, evid, rag])
            for c in ws[r]:
                c.border = BOX
                c.alignment = WRAP
            for col in (4, 5):
                if isinstance(ws.cell(r, col).value, dt.datetime):
                    ws.cell(r, col).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 8).fill = fill(rag_fill[rag])
            r += 1
    r += 1
    ws.cell(r, 1, "RAG status key").font = Font(bold=True)
    for i, (word, col, txt) in enumerate([
            ("Completed", "blue", "Action completed and evidence provided"),
            ("Green", "green", "On track to be completed by target date"),
            ("Amber", "amber", "Some delay; revised date agreed"),
            ("Red", "red", "Not on track; escalated to the SAB")], start=1):
        ws.cell(r + i, 1, word).fill = fill(FILL[col])
        ws.cell(r + i, 2, txt)
    widths = [7, 50, 26, 12, 12, 45, 28, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, "db2-redbridge-sab-sar-adult-f-action-plan.xlsx"))


# ------------------------------- 6. Safer North Hampshire DHR tracker (csv)
def north_hants():
    rows = [
        ["Action Ref", "Recommendation", "Action", "Agency", "Owner", "Target Date", "Revised Target Date",
         "RAG Status", "Latest Update", "Modified"],
        ["1.1", "1. Safer North Hampshire to raise awareness of economic abuse and coercive control among local employers",
         "Develop a workplace domestic abuse toolkit and share it through the Rushmoor and Hart business networks",
         "Rushmoor Borough Council", "Community Safety Manager", "31/05/2024", "",
         "Complete", "Toolkit launched at the Farnborough business breakfast on 16 May 2024.", "03/06/2024 10:14"],
        ["1.2", "1. Safer North Hampshire to raise awareness of economic abuse and coercive control among local employers",
         "Recruit domestic abuse workplace champions in the ten largest local employers",
         "Rushmoor Borough Council", "Community Safety Manager", "30/11/2024", "31/03/2025",
         "Amber", "Four employers signed up so far. Revised date agreed at the CSP meeting in November.", "22/11/2024 16:02"],
        ["2.1", "2. Hampshire Constabulary to ensure that officers attending domestic incidents record the presence of children and complete a DASH risk assessment",
         "Audit 50 domestic abuse incidents in the North Hampshire district for DASH completion and recording of children",
         "Hampshire & Isle of Wight Constabulary", "DI Claire Morgan", "30/09/2024", "",
         "Green", "Audit complete; 88% compliance. Report going to the DA Strategic Group in January.", "08/01/2025 09:31"],
        ["2.2", "2. Hampshire Constabulary to ensure that officers attending domestic incidents record the presence of children and complete a DASH risk assessment",
         "Deliver a training input on coercive control to response teams at Aldershot",
         "Hampshire & Isle of Wight Constabulary", "Inspector Ben Hale", "31/01/2025", "",
         "Green", "Sessions booked for three of four response teams.", "08/01/2025 09:33"],
        ["3.1", "3. Frimley Health and primary care to improve routine enquiry about domestic abuse",
         "Relaunch routine enquiry in the maternity booking appointment and audit compliance",
         "Frimley Health NHS FT", "Named Midwife for Safeguarding", "31/12/2024", "",
         "Red", "Audit shows 54% compliance. Escalated to Head of Midwifery; improvement plan requested.", "06/01/2025 14:47"],
        ["3.2", "3. Frimley Health and primary care to improve routine enquiry about domestic abuse",
         "Offer IRIS training to GP practices in the Farnborough and Fleet PCNs",
         "Frimley ICB", "Designated Nurse Safeguarding Adults", "TBC", "",
         "Amber", "Funding for IRIS not yet confirmed by the ICB.", "12/12/2024 11:20"],
        ["4.1", "4. The CSP to share the learning from this review with partners and the community",
         "Publish a 7-minute briefing and hold a multi-agency learning event",
         "Safer North Hampshire CSP", "CSP Partnership Officer", "31/03/2025", "",
         "Not started", "", "12/12/2024 11:22"],
    ]
    with open(os.path.join(HERE, "db2-safer-north-hampshire-csp-dhr-leah-action-tracker-export.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# -------------------------------------- 7. MTW quality committee log (txt)
def mtw():
    lines = [
        "Maidstone and Tunbridge Wells NHS Trust",
        "Quality Committee – Action Log (as at 4 December 2024)",
        "",
        "\t".join(["Action No", "Date raised", "Agenda item", "Action", "Owner", "Due date", "RAG", "Comments"]),
        "\t".join(["QC/24/07", "10/04/2024", "Patient Safety Report",
                   "Confirm the timetable for moving the remaining Serious Incident investigations to PSIRF learning responses",
                   "Okafor, Grace", "Jun-24", "B",
                   "Transition completed 30 June 2024; last SI report closed in August."]),
        "\t".join(["QC/24/11", "12/06/2024", "Infection Prevention and Control Report",
                   "Provide a deep dive on the rise in C. difficile cases on the Maidstone surgical wards",
                   "DIPC", "Sep-24", "B",
                   "Deep dive presented in September. Antimicrobial stewardship actions monitored through IPC Committee."]),
        "\t".join(["QC/24/15", "12/06/2024", "Mortality Report (SHMI)",
                   "Review coding of palliative care contacts and report any effect on SHMI",
                   "MD/Head of Clinical Coding", "Q3 24/25", "G",
                   "Coding review underway; early findings suggest under-recording of palliative care contacts at TWH."]),
        "\t".join(["QC/24/19", "14/08/2024", "Maternity Quality and Safety Report",
                   "Bring the action plan from the MBRRACE-UK perinatal mortality report to the Committee",
                   "Director of Midwifery", "Next meeting", "A",
                   "Deferred from October; to be presented at the February meeting."]),
        "\t".join(["QC/24/22", "14/08/2024", "Complaints and PALS Report",
                   "Set out the plan to reduce the backlog of complaints older than 60 working days",
                   "Chief Nurse", "31/10/2024", "R",
                   "Backlog has risen to 47. Recovery trajectory requested for the January meeting."]),
        "",
        "\t".join(["QC/24/26", "09/10/2024", "CQC Must Do / Should Do Update",
                   "Provide assurance on completion of mental capacity assessments in the emergency departments",
                   "Lead for Safeguarding Adults; Deputy Chief Nurse", "Jan 2025", "G",
                   "Monthly MCA audit introduced in both EDs; November compliance 79%."]),
        "\t".join(["QC/24/29", "09/10/2024", "Clinical Audit Programme",
                   "Agree which national audits with 'limited assurance' results will be reported to the Committee",
                   "Deputy Medical Director", "Dec-24", "G",
                   "Paper drafted for December meeting."]),
        "\t".join(["QC/24/31", "04/12/2024", "Board Assurance Framework",
                   "Update the BAF risk on elective recovery to reflect the new theatre capacity at Maidstone",
                   "Chief Operating Officer", "Feb-25", "",
                   ""]),
        "",
        "RAG: B = complete (to close), G = on track, A = delayed, R = overdue",
    ]
    with open(os.path.join(HERE, "db2-mtw-nhs-trust-quality-committee-action-log.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    worcs_acute()
    kingston_richmond()
    lnwh()
    horsham()
    redbridge()
    north_hants()
    mtw()
