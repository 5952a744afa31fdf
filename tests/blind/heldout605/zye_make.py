"""Build the seven zye- blind test files (set heldout605).

Run with /work/main/.venv/bin/python zye_make.py from any directory;
files are written beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DEEAF6",
}


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------- 1 Richmond ILACS (docx)
def richmond():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Richmond upon Thames Children’s Services: ILACS Improvement Plan 2022–23", style="Title")
    doc.add_paragraph("Achieving for Children on behalf of the London Borough of Richmond upon Thames")
    doc.add_paragraph(
        "Response to the Ofsted inspection of local authority children’s services (ILACS), "
        "10 to 21 January 2022. Overall effectiveness: Good. This plan addresses the three areas "
        "inspectors asked the local authority to improve."
    )

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Version", "1.3"),
        ("Owner", "Director of Children’s Social Care (Richmond)"),
        ("Approved by", "Richmond Children’s Improvement Board, 12 May 2022"),
        ("Last updated", "28 February 2023"),
        ("Next review", "Quarterly"),
    ]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, colour, meaning in [
        ("B", "blue", "Complete – action delivered and impact evidenced"),
        ("G", "green", "On track to deliver by the target date"),
        ("A", "amber", "At risk – some slippage, mitigation in place"),
        ("R", "red", "Off track – escalated to the Improvement Board"),
    ]:
        r = t.add_row().cells
        set_cell(r[0], letter, bold=True)
        shade(r[0], RAG_HEX[colour])
        set_cell(r[1], meaning)

    header = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (February 2023)"]
    rag_colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    def plan_table(rows):
        tb = doc.add_table(rows=1, cols=len(header))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, header):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for row in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, row):
                set_cell(c, v)
            shade(cells[4], RAG_HEX[rag_colour[row[4]]])

    doc.add_heading("1. Children who need help and protection", level=1)
    doc.add_heading(
        "Recommendation 1: The coordination and effectiveness of early help support for children and families.",
        level=2,
    )
    plan_table([
        ("1.1",
         "Establish a single early help front door within the Single Point of Access, with a daily multi-agency triage of early help requests.",
         "Head of Early Help and Family Hubs", "September 2022", "B",
         "Live from 5 September 2022; 94% of requests triaged within 3 working days (January 2023)."),
        ("1.2",
         "Introduce a shared early help assessment and plan template for schools, health visitors and the voluntary sector.\nTrain lead professionals in its use.",
         "Early Help Partnership Manager / Designated Safeguarding Lead Network Chair", "31/12/2022", "G",
         "Template agreed by the partnership in November 2022. 146 lead professionals trained; two further sessions booked."),
        ("1.3",
         "Report early help outcomes (step-up, step-down and re-referral rates) quarterly to the Richmond Safeguarding Children Partnership.",
         "Head of Quality Assurance", "Q4 2022/23", "A",
         "Dataset agreed; first report delayed by the case management system upgrade."),
    ])

    doc.add_heading("2. Children in care and care leavers", level=1)
    doc.add_heading(
        "Recommendation 2: The sufficiency of local foster homes, so that more children in care can live in or near Richmond.",
        level=2,
    )
    plan_table([
        ("2.1",
         "Launch a targeted foster carer recruitment campaign with Kingston, including a refreshed allowances offer.",
         "Head of Fostering and Adoption", "Sept 2022 – March 2023", "G",
         "Campaign launched October 2022. 31 enquiries, 6 households in assessment."),
        ("2.2",
         "Review the sufficiency strategy and commission 6 additional local supported lodgings placements for care leavers.",
         "Head of Commissioning (Children)", "March 2023", "R",
         "Only one provider responded to the tender; re-procurement planned for May 2023."),
    ])
    doc.add_heading(
        "Recommendation 3: The timeliness of permanence planning for children in care, including the use of early permanence.",
        level=2,
    )
    plan_table([
        ("3.1",
         "Introduce a permanence tracker reviewed monthly at the Permanence Panel.",
         "Head of Service, Children in Care", "July 2022", "B",
         "Tracker in use since July 2022; 92% of children have a permanence plan by the second review."),
        ("3.2",
         "Embed early permanence (fostering for adoption) through Adopt London West, with training for all social workers in the Children in Care teams.",
         "Head of Fostering and Adoption; Adopt London West Practice Lead", "Ongoing", "G",
         "Two early permanence placements made in 2022. Training delivered to 38 social workers."),
        ("3.3",
         "Audit a sample of 20 children’s permanence plans and report the findings to the Improvement Board.",
         "Principal Social Worker", "30/11/2022", "B",
         "Audit completed; findings presented on 8 December 2022."),
    ])
    doc.add_paragraph(
        "Note: progress against this plan is reported quarterly to the Richmond Children’s Improvement Board "
        "and to the Adult Social Care, Health and Children’s Services Committee."
    )
    doc.save(out("zye-richmond-upon-thames-ilacs-improvement-plan.docx"))


# ---------------------------------------------------------------- 2 Cheshire West LCSPR (docx)
def cheshire_west():
    doc = Document()
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Cheshire West Safeguarding Children Partnership"
    doc.add_paragraph("LCSPR ‘Child G’ – Multi-Agency Action Plan", style="Title")
    doc.add_paragraph(
        "Review published: 14 November 2023. Action plan agreed by the Partnership Executive: "
        "23 January 2024. Progress position: 30 September 2024."
    )
    doc.add_paragraph(
        "Child G was a 14-month-old baby who sustained serious non-accidental injuries in March 2023. "
        "The review identified learning for all three safeguarding partners and for universal services."
    )
    header = ["No.", "Action", "Lead agency / officer", "Target date", "Revised date",
              "Progress and evidence of impact", "RAG"]
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")

    def band(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, text, bold=True)
        shade(m, RAG_HEX["band"])

    def action(no, text, lead, target, revised, progress, rag_text, rag_colour):
        cells = t.add_row().cells
        for c, v in zip(cells, [no, text, lead, target, revised, progress, rag_text]):
            set_cell(c, v)
        shade(cells[6], RAG_HEX[rag_colour])

    band("Recommendation 1: Partners should strengthen the recognition of and response to bruising in "
         "non-mobile babies, including the consistent use of the Pan-Cheshire Bruising Protocol.")
    action("1.1",
           "Relaunch the Pan-Cheshire Bruising in Non-Mobile Babies Protocol through a 7-minute briefing and a multi-agency webinar.",
           "CWSCP Learning and Development Lead", "February 2024", "",
           "Briefing circulated 6 February 2024; webinar attended by 212 practitioners.", "Complete", "blue")
    action("1.2",
           "Audit compliance with the protocol across the Countess of Chester Hospital emergency department, GP practices and health visiting.",
           "Designated Nurse Safeguarding Children (Cheshire and Merseyside ICB)", "June 2024", "December 2024",
           "ED and health visiting audits complete. GP audit delayed by the change of Named GP.", "Amber", "amber")
    band("Recommendation 2: The Partnership should seek assurance that fathers and male carers are "
         "identified, assessed and included in safety planning.")
    action("2.1",
           "Add a mandatory ‘significant males in the household’ section to the Children’s Social Care assessment template.",
           "Service Manager (Assessment and Intervention)", "April 2024", "",
           "Template changed in Liquidlogic on 2 April 2024; dip sample shows 88% completion.", "Complete", "blue")
    action("2.2",
           "Deliver ‘Think Dad’ practice workshops to midwifery, health visiting and early help staff.",
           "Named Midwife for Safeguarding / Early Help Service Manager", "30/09/2024", "",
           "Four of five workshops delivered; final workshop booked for 24 September.", "Green", "green")
    action("2.3",
           "Police to check and share the criminal history of all adult males in the household at every strategy discussion.",
           "Detective Inspector (Public Protection) – Cheshire Constabulary", "Q3 2024/25", "",
           "Strategy discussion template amended; compliance to be tested in the Q3 multi-agency audit.", "", "green")
    band("Recommendation 3: Safeguarding partners should assure themselves that information about parental "
         "mental health and substance misuse is shared between adult and children’s services.")
    action("3.1",
           "Agree an information-sharing pathway between adult mental health services and Children’s Social Care for parents of children under 2.",
           "CWP Associate Director of Safeguarding & Head of Integrated Front Door", "July 2024", "December 2024",
           "Draft pathway not yet agreed; information governance advice awaited. Escalated to the Executive.", "Red", "red")
    action("3.2",
           "Include the learning from Child G on parental substance misuse in the multi-agency neglect training programme.",
           "CWSCP Business Manager", "Ongoing", "",
           "Case study added to the neglect course from April 2024.", "Green", "green")

    doc.add_paragraph(
        "Key: Complete (blue) – action delivered; Green – on track; Amber – at risk of delay; "
        "Red – off track or overdue."
    )
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=0, cols=3)
    s.style = "Table Grid"
    for row in [("Role", "Name", "Date"),
                ("Independent Scrutineer", "Jane Whitfield", "23/01/2024"),
                ("Chair, Practice Review Group", "Dr Anil Mehta", "23/01/2024")]:
        cells = s.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(out("zye-cheshire-west-safeguarding-children-partnership-lcspr-child-g-action-plan.docx"))


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


# ---------------------------------------------------------------- 3 Barking & Dagenham IA tracker (xlsx)
def barking():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    tr = wb.create_sheet("Tracker")
    key = wb.create_sheet("Key")

    tr["A1"] = "London Borough of Barking and Dagenham – Internal Audit Recommendations Tracker"
    tr["A1"].font = Font(bold=True, size=14)
    tr["A2"] = ("Outstanding recommendations as at 31 October 2025 – Audit and Standards Committee, "
                "26 November 2025")
    tr["A2"].font = Font(italic=True)
    headers = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
               "Original due date", "Revised due date", "RAG status", "Latest update"]
    hr = 4
    for i, h in enumerate(headers, 1):
        c = tr.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(RAG_HEX["head"])
        c.alignment = WRAP
        c.border = BOX
    widths = [8, 45, 10, 50, 30, 13, 13, 12, 45]
    for i, w in enumerate(widths):
        tr.column_dimensions[chr(65 + i)].width = w

    D = dt.datetime
    sections = [
        ("Contract Management (2024/25) – Limited Assurance", [
            ("CM01",
             "Contract managers should maintain a contract management plan for every contract over £100k, with KPIs recorded on the contracts register.",
             "High",
             "Contracts register to be updated with the named contract manager and KPIs for all contracts over £100k; quarterly compliance report to the Procurement Board.",
             "Head of Procurement / Contract Manager (Corporate)", D(2025, 3, 31), D(2025, 9, 30), "Amber",
             "87 of 112 contracts now have plans in place. Remaining plans follow the care and support recommissioning."),
            ("CM02",
             "Contract variations should be approved in line with the Contract Rules and recorded on the e-tendering system.",
             "Medium",
             "Issue a guidance note on variation approvals and add a mandatory variation form to the e-tendering workflow.",
             "Head of Procurement", D(2025, 6, 30), None, "Complete",
             "Guidance issued 12 June 2025; form live in the e-tendering system."),
            ("CM03",
             "Supplier performance for high-risk contracts should be reviewed at least quarterly.",
             "Medium",
             "Introduce quarterly supplier performance reviews for the 20 highest-risk contracts, minuted and held on file.",
             "Claire Lewis; Tom Okafor", D(2025, 9, 30), D(2026, 1, 31), "Green",
             "Reviews held for 14 of 20 contracts in Q2. Revised date agreed with Internal Audit."),
        ]),
        ("Payroll (2024/25) – Reasonable Assurance", [
            ("PY01",
             "Leavers should be removed from the payroll before the next pay run following their leaving date.",
             "High",
             "Implement a weekly leavers report from the HR system and a reconciliation check before each pay run.",
             "Head of Payroll & Pensions", D(2025, 5, 31), None, "Complete",
             "Weekly report in place since May 2025. No leaver overpayments since June."),
            ("PY02",
             "Overpayments should be recovered promptly and monitored through a debt log.",
             "Low",
             "Create an overpayments log reviewed monthly by the Payroll Manager, with recovery plans agreed within 30 days.",
             "Payroll Manager", D(2025, 7, 31), D(2025, 12, 31), "Red",
             "Log created but not yet reviewed monthly due to vacancies in the payroll team."),
        ]),
        ("Temporary Accommodation – Nightly Paid Placements (2025/26) – Limited Assurance", [
            ("TA01",
             "All nightly paid placements should be supported by a signed placement agreement and a property inspection.",
             "High",
             "Introduce a pre-placement checklist requiring a signed agreement and inspection record before any booking is confirmed.",
             "Head of Housing Needs", D(2025, 10, 31), None, "Green",
             "Checklist drafted and piloted with two providers."),
            ("TA02",
             "Invoices for nightly paid accommodation should be matched to occupancy records before payment.",
             "High",
             "Monthly reconciliation of provider invoices against occupancy data in the housing management system.\nExceptions to be reported to the Head of Finance (Housing).",
             "Head of Housing Needs / Finance Business Partner (Housing)", D(2025, 11, 30), None, "Amber",
             "First reconciliation found £41k of queries with three providers; being resolved."),
        ]),
        ("Cyber Security – Patch Management (2025/26) – Limited Assurance", [
            ("CY01",
             "Critical security patches should be applied to servers within 14 days of release.",
             "High",
             "Adopt a patching policy with a 14-day target for critical patches and report compliance monthly to the Information Governance Board.",
             "Head of IT Infrastructure", D(2025, 12, 31), None, "Green",
             "Policy approved; compliance at 91% in October."),
            ("CY02",
             "Unsupported operating systems should be identified and removed or isolated from the network.",
             "Medium",
             "Complete the inventory of legacy servers and decommission or isolate the remaining 11 Windows Server 2012 devices.",
             "Head of IT Infrastructure", D(2026, 3, 31), None, "Not started",
             "Scheduled to start after the data centre migration."),
        ]),
    ]
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "grey"}
    r = hr + 1
    for title, rows in sections:
        tr.cell(row=r, column=1, value=title).font = Font(bold=True)
        for col in range(1, len(headers) + 1):
            tr.cell(row=r, column=col).fill = fill("D9E1F2")
        tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        for row in rows:
            for col, v in enumerate(row, 1):
                c = tr.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            tr.cell(row=r, column=8).fill = fill(RAG_HEX[rag_fill[row[7]]])
            r += 1
    r += 1
    tr.cell(row=r, column=1,
            value="Note: recommendations marked Complete will be removed from the next report once verified by Internal Audit.")
    tr.cell(row=r, column=1).font = Font(italic=True)

    summ["A1"] = "Internal Audit Recommendations – Summary Position"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A3"] = "RAG status"
    summ["B3"] = "High"
    summ["C3"] = "Medium"
    summ["D3"] = "Low"
    summ["E3"] = "Total"
    for c in "ABCDE":
        summ[f"{c}3"].font = Font(bold=True)
    data = [("Complete", 1, 1, 0), ("Green", 2, 1, 0), ("Amber", 2, 0, 0), ("Red", 0, 0, 1),
            ("Not started", 0, 1, 0)]
    for i, (k, h, m, lo) in enumerate(data, 4):
        summ.cell(row=i, column=1, value=k).fill = fill(RAG_HEX[rag_fill[k]])
        summ.cell(row=i, column=2, value=h)
        summ.cell(row=i, column=3, value=m)
        summ.cell(row=i, column=4, value=lo)
        summ.cell(row=i, column=5, value=f"=SUM(B{i}:D{i})")
    summ.cell(row=9, column=1, value="Total").font = Font(bold=True)
    for col in "BCDE":
        summ[f"{col}9"] = f"=SUM({col}4:{col}8)"
    summ.column_dimensions["A"].width = 18

    key["A1"] = "Priority definitions"
    key["A1"].font = Font(bold=True)
    for i, (p, d) in enumerate([
        ("High", "Fundamental weakness in control; to be addressed within 3 months."),
        ("Medium", "Significant weakness; to be addressed within 6 months."),
        ("Low", "Improvement to good practice; to be addressed within 12 months."),
    ], 2):
        key.cell(row=i, column=1, value=p)
        key.cell(row=i, column=2, value=d)
    key["A7"] = "RAG status"
    key["A7"].font = Font(bold=True)
    for i, (k, d) in enumerate([
        ("Complete", "Action implemented; awaiting or passed Internal Audit verification."),
        ("Green", "On track to be implemented by the due date."),
        ("Amber", "At risk of missing the due date."),
        ("Red", "Overdue, or revised date at risk."),
        ("Not started", "Work not yet begun."),
    ], 8):
        key.cell(row=i, column=1, value=k).fill = fill(RAG_HEX[rag_fill[k]])
        key.cell(row=i, column=2, value=d)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 70
    wb.active = 1
    wb.save(out("zye-barking-and-dagenham-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 4 Wirral corporate risk register (xlsx)
def wirral():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    ws["A1"] = "Wirral Council Corporate Risk Register – Quarter 2 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reported to the Audit and Risk Management Committee, 24 November 2025"
    ws["A3"] = "Action status key:"
    ws["A3"].font = Font(bold=True)
    for col, (txt, colour) in zip("BCDE", [("On track", "green"), ("Some slippage", "amber"),
                                          ("Off track", "red"), ("Complete", "blue")]):
        ws[f"{col}3"] = txt
        ws[f"{col}3"].fill = fill(RAG_HEX[colour])
    headers = ["Risk", "Description", "Risk owner", "Inherent score (L x I)", "Residual score Q1",
               "Residual score Q2", "Ref", "Further mitigating actions", "Action owner", "Target date",
               "Status"]
    hr = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGHIJK", [24, 40, 24, 11, 11, 11, 8, 50, 30, 13, 10]):
        ws.column_dimensions[col].width = w

    def score_fill(v):
        n = int(v.split("= ")[1])
        return RAG_HEX["red"] if n >= 15 else RAG_HEX["amber"] if n >= 8 else RAG_HEX["green"]

    D = dt.datetime
    risks = [
        ("CR1 – Financial Sustainability",
         "Failure to deliver a balanced budget and the savings in the Medium Term Financial Plan, leading to continued reliance on Exceptional Financial Support.",
         "Director of Finance (S151 Officer)", "5 x 5 = 25", "4 x 5 = 20", "4 x 4 = 16", [
             ("CR1.1", "Deliver the 2025/26 savings programme with monthly tracking at the Budget Delivery Board.",
              "Assistant Director – Financial Management", D(2026, 3, 31), "green"),
             ("CR1.2", "Develop the 2026/27 budget proposals and complete public consultation.",
              "Director of Finance (S151 Officer)", D(2026, 1, 31), "amber"),
             ("CR1.3", "Submit the Exceptional Financial Support repayment plan to MHCLG.",
              "Director of Finance (S151 Officer)", D(2025, 6, 30), "blue"),
         ]),
        ("CR4 – Children’s Services Demand",
         "Rising numbers of children in care and high-cost external placements exceed the budget and the local sufficiency available.",
         "Director of Children, Families and Education", "4 x 5 = 20", "4 x 4 = 16", "4 x 4 = 16", [
             ("CR4.1", "Open two in-house children’s homes under the Residential Sufficiency Programme.",
              "Assistant Director – Children’s Social Care", "Q4 2025/26", "amber"),
             ("CR4.2", "Recruit 25 additional mainstream foster carers through the Fostering Wirral campaign.",
              "Head of Fostering and Adoption", D(2026, 3, 31), "red"),
         ]),
        ("CR7 – Cyber Security",
         "A successful cyber attack results in the loss of systems or data, disrupting services to residents.",
         "Director of Resources", "5 x 5 = 25", "3 x 5 = 15", "3 x 5 = 15", [
             ("CR7.1", "Complete the migration of the remaining on-premise servers to the cloud platform.",
              "Head of Digital and ICT", D(2025, 12, 31), "green"),
             ("CR7.2", "Run a cyber incident exercise with the Corporate Leadership Team.\nUpdate the ICT Disaster Recovery Plan following the exercise.",
              "Head of Digital and ICT / Emergency Planning Manager", "Annually", "green"),
             ("CR7.3", "Mandatory cyber awareness training for all staff and elected members.",
              "Information Governance Manager", D(2025, 10, 31), "blue"),
         ]),
    ]
    r = hr + 1
    for title, desc, owner, inh, q1, q2, actions in risks:
        first = r
        for ref, text, aowner, target, colour in actions:
            for col, v in zip(range(7, 12), [ref, text, aowner, target, None]):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = fill(RAG_HEX[colour])
            r += 1
        last = r - 1
        for col, v in zip(range(1, 7), [title, desc, owner, inh, q1, q2]):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if col == 1:
                c.font = Font(bold=True)
            if col >= 4:
                c.fill = fill(score_fill(v))
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Scores: Likelihood (1–5) x Impact (1–5). Residual scores of 15 and above are reported to Cabinet.")
    ws.cell(row=r, column=1).font = Font(italic=True)

    m = wb.create_sheet("Risk matrix")
    m["A1"] = "Risk scoring matrix"
    m["A1"].font = Font(bold=True)
    m["A2"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        m.cell(row=i + 2, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            v = (6 - i) * j
            c = m.cell(row=i + 2, column=j + 1, value=v)
            c.fill = fill(RAG_HEX["red"] if v >= 15 else RAG_HEX["amber"] if v >= 8 else RAG_HEX["green"])

    ch = wb.create_sheet("Changes this quarter")
    ch["A1"] = "Changes to the register since Quarter 1"
    ch["A1"].font = Font(bold=True)
    ch.append([])
    ch.append(["Risk", "Change", "Reason"])
    ch.append(["CR9 – Housing Delivery", "De-escalated", "Moved to the Regeneration and Place directorate register."])
    ch.append(["CR1 – Financial Sustainability", "Residual score reduced from 20 to 16",
               "Savings delivery at 82% of target at month 6."])
    ch.column_dimensions["A"].width = 30
    ch.column_dimensions["B"].width = 36
    ch.column_dimensions["C"].width = 60
    wb.save(out("zye-wirral-council-corporate-risk-register-q2-2025-26.xlsx"))


# ---------------------------------------------------------------- 5 Merton highlight report, refuse (xlsx)
MERTON_TYPO_ROW = None


def merton():
    global MERTON_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Merton Transformation Programme – Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "London Borough of Merton"
    meta = [
        ("Reporting period:", "September 2025", "Report date:", "07/10/2025"),
        ("Senior Responsible Owner:", "Executive Director of Finance and Digital", "Programme Manager:", "Priya Raman"),
        ("Overall RAG – previous:", "Amber", "Overall RAG – current:", "Amber"),
    ]
    for i, row in enumerate(meta, 3):
        for col, v in zip((1, 2, 6, 7), row):
            c = ws.cell(row=i, column=col, value=v)
            if col in (1, 6):
                c.font = Font(bold=True)
    ws["B5"].fill = fill(RAG_HEX["amber"])
    ws["G5"].fill = fill(RAG_HEX["amber"])
    ws["A7"] = "Summary of progress this period"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = ("The customer contact platform went live for council tax on 22 September. The adult social care "
                "digital front door has slipped because of supplier resourcing, and the accommodation review is "
                "awaiting a Cabinet decision in November.")
    ws.merge_cells("A8:I8")
    ws["A8"].alignment = WRAP
    ws.row_dimensions[8].height = 45

    ws["A10"] = "Key milestones and actions"
    ws["A10"].font = Font(bold=True, size=12)
    headers = ["No.", "Workstream", "Milestone / action", "Lead", "Baseline date", "Forecast date",
               "Previous RAG", "Current RAG", "Commentary"]
    hr = 11
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00607A")
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGHI", [5, 22, 50, 32, 12, 14, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    rows = [
        ("1", "Customer Access", "Launch the new customer contact platform for council tax and parking enquiries.",
         "Head of Customer Services", "Sep 2025", "Oct 2025", "G", "A",
         "Council tax live 22 September; parking moved to October to align with the new PCN system."),
        ("2", "Customer Access", "Move the Civic Centre reception to appointment-only on Wednesdays.",
         "Head of Customer Services", "Nov 2025", "Nov 2025", "G", "G", "Staff consultation complete."),
        ("3", "Adult Social Care Prevention",
         "Roll out the digital front door and online self-assessment for equipment requests.",
         "Assistant Director, Adult Social Care / Head of Digital", "Dec 2025", "Feburary 2026", "A", "R",
         "Supplier unable to resource the integration work until January."),
        ("4", "Adult Social Care Prevention", "Recommission the reablement service with an outcomes-based contract.",
         "Head of Commissioning (Adults)", "Mar 2026", "Mar 2026", "G", "G", "Market engagement held 18 September."),
        ("5", "Accommodation", "Seek a Cabinet decision on the future of the Civic Centre floors 8 to 12.",
         "Head of Property", "Oct 2025", "Nov 2025", "A", "A", "Report deferred to the November Cabinet."),
        ("6", "Accommodation", "Complete staff moves from Merton Link to the Civic Centre.",
         "Head of Property; Head of Facilities", "Jan 2026", "Jan 2026", "G", "G", "Desk booking system procured."),
        ("7", "Workforce", "Introduce the new hybrid working policy and manager toolkit.",
         "Head of HR", "Aug 2025", "Aug 2025", "G", "B", "Policy launched 4 August."),
        ("8", "Data and Insight", "Publish the first resident insight dashboard on the council website.",
         "Head of Data and Insight", "Dec 2025", "Dec 2025", "G", "G", "Beta version tested with members."),
    ]
    rag_colour = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    r = hr + 1
    for row in rows:
        for col, v in enumerate(row, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=7).fill = fill(RAG_HEX[rag_colour[row[6]]])
        ws.cell(row=r, column=8).fill = fill(RAG_HEX[rag_colour[row[7]]])
        if "Feburary" in row[5]:
            MERTON_TYPO_ROW = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    for col, h in enumerate(["No.", "Risk / issue", "Impact", "Mitigation", "Owner"], 1):
        c = ws.cell(row=r, column=col, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    r += 1
    for row in [
        ("I1", "Digital front door supplier capacity", "High",
         "Escalated to the supplier account director; weekly checkpoint in place.", "Head of Digital"),
        ("R1", "Savings from the accommodation review may slip into 2026/27", "Medium",
         "Interim lease income options being explored.", "Head of Property"),
    ]:
        for col, v in enumerate(row, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from the Programme Board").font = Font(bold=True, size=12)
    r += 1
    ws.cell(row=r, column=1, value="1")
    ws.cell(row=r, column=2,
            value="Agree the revised go-live for the adult social care digital front door and the change request for the supplier contract.")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
    wb.save(out("zye-merton-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 6 Sandwell HWB action log (csv)
def sandwell():
    rows = [
        ["Sandwell Health and Wellbeing Board – Action Log", "", "", "", "", "", "", ""],
        ["Updated following the Board meeting of 17 September 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action No.", "Meeting date", "Minute ref", "Action", "Lead", "Due date", "Status", "Update"],
        ["HWB/25/01", "19/03/2025", "8/25",
         "Circulate the refreshed Joint Strategic Needs Assessment chapter on childhood obesity to all Board members.",
         "Director of Public Health", "30/04/2025", "Complete", "Circulated 11 April 2025."],
        ["HWB/25/02", "19/03/2025", "10/25",
         "Bring the Better Care Fund 2025-26 plan, including the discharge fund allocation, to the June meeting.",
         "Director of Adult Social Care / ICB Place Director", "25/06/2025", "Complete",
         "Plan approved at the June meeting (minute 15/25)."],
        ["HWB/25/03", "25/06/2025", "16/25",
         "Set up a task and finish group on the uptake of childhood immunisations in wards with MMR2 coverage below 80%.",
         "Dr Lina Martino and Gary Hale", "Sep-25", "Red",
         "Group has not yet met; NHS England lead post vacant.\nNew date to be agreed at the December meeting."],
        ["HWB/25/04", "25/06/2025", "17/25",
         "Partners to confirm their organisation’s sign-up to the Sandwell Healthy Workplace Charter.",
         "All Board members", "31/10/2025", "Green", "7 of 11 partners have signed up."],
        ["HWB/25/05", "17/09/2025", "23/25",
         "Provide a breakdown of NHS Health Check uptake by ethnicity and deprivation quintile.",
         "Public Health Intelligence Manager", "Dec-25", "Not started", ""],
        ["HWB/25/06", "17/09/2025", "24/25",
         "Align the Sandwell Healthy Ageing Plan with the “Age Well” priority of the Joint Health and Wellbeing Strategy, and report back.",
         "Director of Public Health; Director of Adult Social Care", "18/03/2026", "Green",
         "Workshop arranged for 6 November."],
        ["HWB/25/07", "17/09/2025", "25/25",
         "Keep the Board updated on the Midland Metropolitan University Hospital winter plan.",
         "SWB Chief Operating Officer", "Ongoing", "Green", "Standing item until March 2026."],
        ["HWB/25/08", "17/09/2025", "26/25",
         "Invite Healthwatch Sandwell to present its report on access to GP appointments.",
         "Board Business Manager", "10/12/2025", "Amber",
         "Healthwatch to confirm availability; December agenda is full, so may move to March."],
        ["", "", "", "", "", "", "", ""],
        ["Total actions: 8", "Complete: 2", "Open: 6", "", "", "", "", ""],
    ]
    with open(out("zye-sandwell-health-and-wellbeing-board-action-log.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 RBKC Council Plan action plan (txt, tab-separated)
def rbkc():
    lines = [
        ["Royal Borough of Kensington and Chelsea – Council Plan Action Plan 2025-2027"],
        ["Quarter 2 2025/26 progress report"],
        ["Report run: 05/11/2025 09:14"],
        [],
        ["Priority", "Ref", "Action", "Lead officer", "Due", "RAG", "Q2 update"],
        ["A Greener Kensington and Chelsea", "GR1",
         "Deliver the 2025/26 programme of 400 new street trees, prioritising wards with the lowest canopy cover.",
         "Head of Arboriculture", "Mar-26", "Green", "212 trees planted; winter planting season starts in November."],
        ["A Greener Kensington and Chelsea", "GR2",
         "Install 1,200 additional on-street electric vehicle charge points.",
         "Head of Transport and Parking", "Q4 2026/27", "Amber",
         "Lamp column charger contract delayed by supplier insolvency; re-tender under way."],
        ["A Greener Kensington and Chelsea", "GR3",
         "Retrofit 150 council homes with insulation and heat pumps through the Social Housing Decarbonisation Fund.",
         "Director of Housing Management", "Dec-25", "Red",
         "42 homes complete. Grant deadline extension requested from DESNZ."],
        ["A Safer Kensington and Chelsea", "SA1",
         "Complete fire safety remedial works to all high-rise council blocks identified in the 2024 fire risk assessments.",
         "Director of Building Safety", "Sep-25", "Complete", "All 23 blocks signed off by 26 September."],
        ["A Safer Kensington and Chelsea", "SA2",
         "Expand the Community Warden Service to cover North Kensington seven days a week.",
         "Head of Community Safety", "Jun-26", "Green", "Recruitment of 6 wardens under way."],
        ["A Safer Kensington and Chelsea", "SA3",
         "Recommission the domestic abuse advocacy service with the VAWG Partnership.",
         "Head of Community Safety / VAWG Strategic Lead", "Mar-26", "Amber",
         "Procurement timetable moved back one month."],
        ["A Fairer Kensington and Chelsea", "FA1",
         "Open Family Hubs in Golborne and World’s End, offering Start for Life services.",
         "Director of Early Help and Prevention", "Jan-26", "Green", "Golborne hub opened 15 September."],
        ["A Fairer Kensington and Chelsea", "FA2",
         "Review the Council Tax Support scheme for 2026/27 and consult residents on the proposed changes.",
         "Head of Revenues and Benefits", "Dec-25", "Complete", "Consultation closed 30 September; 418 responses."],
        ["Becoming the Best Council", "BC1",
         "Launch the new complaints handling system and publish quarterly learning reports.",
         "Head of Customer Experience", "Ongoing", "Green", "System live from July; first learning report published."],
        [],
        ["Summary: 9 actions – 2 Complete, 4 Green, 2 Amber, 1 Red"],
    ]
    with open(out("zye-kensington-and-chelsea-council-plan-action-plan-2025-27-q2-update.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        for row in lines:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    richmond()
    cheshire_west()
    barking()
    wirral()
    merton()
    sandwell()
    rbkc()
    print("Merton typo row:", MERTON_TYPO_ROW)
