"""Generator for the s1- cases of heldout28 (run with /work/main/.venv/bin/python)."""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date

FILL = {
    "green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "00B0F0",
    "grey": "D9D9D9", "head": "1F4E79", "band": "DDEBF7",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def header_row(ws, row, names, widths=None):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


def band_row(ws, row, text, ncols):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(bold=True)
    c.fill = fill("band")
    c.alignment = Alignment(wrap_text=True)


def put_row(ws, row, values, datefmt="mmm-yy"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BOX
        if isinstance(v, (dt.date, dt.datetime)):
            c.number_format = datefmt


# ---------------------------------------------------------------- 1. B&NES ASC
def bathnes():
    wb = Workbook()
    ws = wb.active
    ws.title = "ASC Improvement Plan"
    ws["A1"] = "Bath & North East Somerset Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Adult Social Care Improvement Plan 2025-2026"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Progress update to Cabinet \u2013 position at 30 September 2025"
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Ref", "Action", "Lead", "Target Date", "Progress Update", "RAG"],
               [7, 60, 30, 12, 60, 11])
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    rows = [
        ("band", "Priority 1: Assessing needs and reducing waiting times (QS1)"),
        ("1.1", "Reduce the number of people waiting for a Care Act assessment to under 150 by introducing a dedicated assessment and review team.",
         "Head of Adult Operations", D(2025, 12, 31),
         "Waiting list reduced from 412 to 236 since April. Recruitment to the assessment team completed in August.", "Green"),
        ("1.2", "Introduce a 'waiting well' protocol so that people waiting are contacted at least every four weeks and their risk is reviewed.",
         "Head of Adult Operations", D(2025, 6, 30),
         "Protocol signed off at ASC Leadership Team in June and now in use across all locality teams.", "Complete"),
        ("1.3", "Implement a proportionate assessment approach, including telephone and trusted assessor assessments for lower-level needs.",
         "Principal Social Worker (Adults)", "March 2026",
         "Pilot of telephone assessments in the Keynsham locality started in September; evaluation due in December.", "Amber"),
        ("band", "Priority 2: Supporting unpaid carers (QS2)"),
        ("2.1", "Co-produce a refreshed Carers Strategy with unpaid carers and the Carers' Centre.",
         "Commissioning Manager \u2013 Carers", D(2025, 9, 30),
         "Strategy co-produced over the summer and approved by the Health and Wellbeing Board on 17 September 2025.", "Complete"),
        ("2.2", "Increase the number of carers' assessments completed and offer every carer identified a conversation about their own needs.",
         "Head of Adult Operations / Carers' Centre CEO", D(2026, 3, 31),
         "Carers' assessments are up 18% on the same period last year but remain below the agreed trajectory.", "Amber"),
        ("band", "Priority 3: Safeguarding (QS7)"),
        ("3.1", "Clear the backlog of safeguarding concerns awaiting triage and strengthen screening at the front door.",
         "Safeguarding Adults Lead", D(2025, 8, 31),
         "Backlog of 96 concerns cleared by the end of July; concerns are now screened within 2 working days.", "Complete"),
        ("3.2", "Audit a sample of Section 42 enquiries each quarter and report the learning to the Safeguarding Adults Board.",
         "Principal Social Worker (Adults)", "Quarterly",
         "First two quarterly audits completed; themes reported to the Board's Quality and Performance sub-group.", "Green"),
        ("band", "Priority 4: Transitions from children's to adult services (QS6)"),
        ("4.1", "Agree a joint transitions protocol with Children's Services covering young people from age 14.",
         "Director of Adult Social Care", D(2025, 11, 30),
         "Draft protocol shared with Children's Services leadership. Sign-off is delayed to allow consultation with families and the Parent Carer Forum.", "Red"),
        ("4.2", "Establish a monthly Preparing for Adulthood panel to track all young people aged 17 and over likely to need adult social care.",
         "Head of Commissioning", "Ongoing",
         "Panel has met monthly since July 2025.", "Green"),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            band_row(ws, r, row[1], 6)
        else:
            put_row(ws, r, list(row))
            ws.cell(row=r, column=6).fill = fill(rag_fill[row[5]])
        r += 1
    r += 1  # blank row
    ws.cell(row=r, column=1, value="RAG Key").font = Font(bold=True)
    for label, col, meaning in [("Complete", "blue", "Action completed"),
                                ("Green", "green", "On track to deliver by the target date"),
                                ("Amber", "amber", "Some slippage \u2013 mitigating action in place"),
                                ("Red", "red", "Off track / at risk of not being delivered")]:
        r += 1
        ws.cell(row=r, column=1, value=label).fill = fill(col)
        ws.cell(row=r, column=2, value=meaning)
    wb.save(os.path.join(OUT, "s1-bathnes-asc-improvement-plan.xlsx"))


# ------------------------------------------------------- 2. Worcestershire WSOA
def docx_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        shade(cell, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def worcestershire():
    doc = Document()
    doc.add_heading("Worcestershire Local Area Written Statement of Action", 0)
    doc.add_paragraph("In response to Ofsted/CQC letter dated 16 May 2018")
    doc.add_paragraph(
        "This Written Statement of Action has been approved and endorsed by Worcestershire County "
        "Council Cabinet and the Joint Clinical Commissioning Group Board (Redditch and Bromsgrove, "
        "Wyre Forest, South Worcestershire).")
    doc.add_heading("Document control", 1)
    docx_table(doc, ["Version", "Date", "Author", "Changes"], [
        ["v0.3", "02/07/2018", "SEND Improvement Lead", "Draft for partner comment"],
        ["v1.0", "27/07/2018", "SEND Improvement Lead", "Final version submitted to Ofsted/CQC"],
        ["v1.2", "14/01/2019", "SEND Improvement Lead", "Progress RAG added for SEND Improvement Board"],
    ])
    doc.add_heading("Statement of Intent", 1)
    doc.add_paragraph(
        "Our Local Area Inspection identified a number of areas in which we must improve. This action "
        "plan sets out how the Council and the Clinical Commissioning Groups will work together with "
        "partners, parents/carers and young people, and with school leaders, to improve outcomes for "
        "children and young people with special educational needs and/or disabilities (SEND).")
    doc.add_heading("Glossary", 1)
    docx_table(doc, ["Term", "Meaning"], [
        ["DCO", "Designated Clinical Officer"],
        ["EHCP", "Education, Health and Care Plan"],
        ["SENCo", "Special Educational Needs Co-ordinator"],
    ])
    doc.add_heading("Action Plan", 1)
    hdr = ["Ref", "Action", "Lead", "By when", "Measure of success", "RAG"]
    streams = [
        ("Work stream One - The Local Offer",
         "Area of weakness 1: The local offer is not well known and is not used well by parents, carers and young people.",
         [["1.1", "Redesign the local offer website with parents and young people, using feedback from the Parent Carer Forum survey.",
           "Local Offer Officer", "December 2018",
           "Unique visits to the local offer rise by 25%; parent survey shows improved satisfaction.", "G"],
          ["1.2", "Publish a 'you said, we did' page on the local offer and update it every term.",
           "Local Offer Officer", "Termly", "Page published and updated each term.", "G"],
          ["1.3", "Deliver local offer awareness sessions for SENCos, health visitors and early help staff.",
           "Head of SEND and Vulnerable Learners / DCO", "31/03/2019",
           "Attendance records show 80% of SENCos have attended a session.", "A"]]),
        ("Work stream Two \u2013 Embedding the Graduated Response",
         "Area of weakness 2: Inconsistent identification of, and provision for, children and young people's needs at SEN support across schools.",
         [["2.1", "Publish Worcestershire's graduated response guidance for early years settings, schools and post-16 providers.",
           "Assistant Director Education and Skills", "September 2018",
           "Guidance published and used in all SENCo network meetings.", "B"],
          ["2.2", "Provide a programme of training for SENCos on the graduated response, the assess-plan-do-review cycle and use of the SEN support plan.",
           "SEND Training Co-ordinator", "July 2019",
           "Fewer requests for EHC needs assessment without evidence of a graduated response.", "G"],
          ["2.3", "Review the allocation of high needs top-up funding so that support is available without the need for an EHCP.",
           "Head of Finance (Children's) and Head of SEND", "April 2019",
           "Revised funding model agreed by Schools Forum.", "R"]]),
        ("Work stream Three \u2013 Assessment and Planning",
         "Area of weakness 3: The timeliness and quality of EHC plans, including the contribution of health and social care.",
         [["3.1", "Recruit additional SEND caseworkers and an EHCP quality lead to bring 20-week timeliness in line with the national average.",
           "Head of SEND and Vulnerable Learners", "November 2018",
           "Timeliness of new EHCPs issued within 20 weeks reaches 65%.", "G"],
          ["3.2", "Introduce a multi-agency quality assurance audit of EHC plans, with health and social care advice included in the sample.",
           "DCO; Principal Social Worker", "Monthly",
           "Monthly audit report to SEND Improvement Board; 70% of plans audited judged good.", "A"]]),
    ]
    for stream, weakness, rows in streams:
        doc.add_heading(stream, 2)
        p = doc.add_paragraph()
        p.add_run(weakness).bold = True
        docx_table(doc, hdr, rows)
        doc.add_paragraph("")
    doc.add_paragraph("RAG: B = complete, G = on track, A = some risk to delivery, R = not on track").runs[0].italic = True
    doc.save(os.path.join(OUT, "s1-worcestershire-send-wsoa.docx"))


# ------------------------------------------------------------ 3. Epsom & Ewell
def epsom():
    doc = Document()
    doc.add_heading("Epsom & Ewell Borough Council \u2013 Corporate Peer Challenge Action Plan", 0)
    doc.add_paragraph("July 2024 (progress updated January 2025)")
    doc.add_paragraph(
        "The LGA Corporate Peer Challenge took place from 26 to 29 February 2024. The peer team made a "
        "number of recommendations and this plan sets out how the Council will respond to each of them. "
        "Progress against the plan is reported to the Strategy and Resources Committee.")
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress (January 2025)", "Status"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        shade(t.rows[0].cells[i], "BDD7EE")
    plan = [
        ("Recommendation 1: Develop a shared long-term vision for the borough with partners and residents", [
            ["1.1", "Hold a facilitated member and partner workshop to start work on a place vision for the borough to 2040.",
             "Chief Executive", "October 2024",
             "Workshop held on 8 October with 34 attendees, including Surrey County Council, NHS and business representatives.", "Complete"],
            ["1.2", "Consult residents on the draft vision and use the results to refresh the Four Year Plan.",
             "Head of Policy, Performance and Governance", "March 2025",
             "Consultation planned for February 2025.", "On track"]]),
        ("Recommendation 2: Strengthen the committee system so that decisions are made in a timely way", [
            ["2.1", "Review the committee terms of reference and scheme of delegation with a cross-party working group.",
             "Monitoring Officer", "December 2024",
             "Working group has met three times; proposals are being finalised for the Standards and Constitution Committee.", "Amber"],
            ["2.2", "Introduce a forward plan of key decisions, published monthly.",
             "Democratic Services Manager", "September 2024",
             "Forward plan published on the website since September.", "Complete"]]),
        ("Recommendation 3: Set out a sustainable medium-term financial strategy", [
            ["3.1", "Update the Medium Term Financial Strategy to cover 2025/26 to 2028/29 with a clear savings programme.",
             "Director of Corporate Services", "February 2025",
             "MTFS update to Strategy and Resources Committee on 11 February 2025.", "On track"],
            ["3.2", "Review the Council's property assets and identify opportunities for disposal or income generation.",
             "Head of Property / S151 Officer", "Ongoing",
             "Asset review under way; first tranche of sites reported to Committee in November.", "On track"]]),
        ("Recommendation 4: Invest in organisational capacity and staff development", [
            ["4.1", "Launch a leadership development programme for the top three tiers of management.",
             "Head of HR and Organisational Development", "January 2025",
             "Procurement of a provider is complete; the first cohort will start in April.", "Amber"],
            ["4.2", "Carry out an all-staff survey and publish an action plan in response.",
             "Head of HR and Organisational Development", "TBC", "", "Not started"]]),
    ]
    for rec, rows in plan:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        m.text = ""
        m.paragraphs[0].add_run(rec).bold = True
        shade(m, "F2F2F2")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete \u2013 action delivered; On track \u2013 progressing to timescale; "
                      "Amber \u2013 some risk to timescale; Not started.")
    doc.save(os.path.join(OUT, "s1-epsom-ewell-cpc-action-plan.docx"))


# -------------------------------------------------------- 4. Spelthorne (refuse)
def spelthorne():
    wb = Workbook()
    ws = wb.active
    ws.title = "AAR Action Plan"
    ws["A1"] = "Spelthorne Borough Council"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Action Plan \u2013 Grant Thornton Annual Audit Report 2023/24: Key and Improvement Recommendations"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Audit Committee \u2013 8 May 2025"
    header_row(ws, 5, ["Ref", "Recommendation", "Agreed action", "Lead Officer", "Start date",
                       "Target completion", "RAG", "Signed off"], [8, 50, 55, 24, 11, 12, 9, 10])
    rows = [
        ("band", "Financial sustainability"),
        ("KR1.1", "The Council should ensure councillors have access to the financial reports they need to scrutinise budgets.",
         "Provide budget monitoring dashboards from the finance system and deliver training to members of the Corporate Policy and Resources Committee.",
         "Chief Finance Officer", D(2025, 1, 6), D(2025, 6, 30), "Amber", ""),
        ("KR1.2", "The Council should set out a long-term capital programme with a funding plan and debt reduction strategy.",
         "Prepare a ten-year capital programme and debt reduction strategy for approval alongside the 2026/27 budget.",
         "Chief Finance Officer", D(2025, 1, 6), D(2025, 9, 30), "Green", ""),
        ("KR1.3", "The Council should develop a savings and income programme to close the budget gap over the medium term.",
         "Establish a savings programme board and identify savings options for each service area.",
         "Deputy Chief Executive", D(2025, 2, 3), D(2052, 3, 31), "Green", ""),
        ("band", "Governance"),
        ("IR2.1", "Refresh the Council's risk management framework and strengthen reporting of strategic risks.",
         "Review the risk management strategy and report the corporate risk register to Audit Committee each quarter.",
         "Group Head Corporate Governance", D(2025, 2, 3), D(2025, 7, 31), "Green", ""),
        ("IR2.2", "Ensure decisions on major projects are supported by options appraisals and clear legal and financial advice.",
         "Introduce a standard report template with mandatory legal and finance comments for all committee reports.",
         "Monitoring Officer", D(2025, 1, 6), D(2025, 4, 30), "Complete", "Yes"),
        ("band", "Improving economy, efficiency and effectiveness"),
        ("IR3.1", "Strengthen performance reporting so that members can see progress against corporate plan priorities.",
         "Develop a quarterly performance report with targets and trend data for the Corporate Policy and Resources Committee.",
         "Group Head Commissioning and Transformation", D(2025, 3, 3), D(2025, 10, 31), "Amber", ""),
        ("IR3.2", "Review the governance and performance of the Council's housing company.",
         "Commission an independent review of Knowle Green Estates and report findings to members.",
         "Deputy Chief Executive", D(2025, 2, 3), D(2025, 12, 31), "Red", ""),
    ]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    r = 6
    for row in rows:
        if row[0] == "band":
            band_row(ws, r, row[1], 8)
        else:
            put_row(ws, r, list(row))
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(rag_fill[row[6]])
        r += 1
    wb.save(os.path.join(OUT, "s1-spelthorne-audit-action-plan.xlsx"))


# ------------------------------------------------------------ 5. North Herts CSV
def north_herts():
    import csv
    rows = [
        ["North Hertfordshire District Council - Corporate Peer Challenge Action Plan", "", "", "", "", "", ""],
        ["Update to Overview and Scrutiny Committee - January 2021", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Recommendation", "Action", "Lead Officer", "Target Date", "Progress Update", "RAG"],
        ["1a", "1. Develop a clear set of priorities for the Council and link them to the budget",
         "Agree a refreshed Council Plan with a small number of priorities, following consultation with Members and residents.",
         "Managing Director", "31/03/2021",
         "Draft Council Plan considered by Cabinet in December; consultation closes in February.", "Green"],
        ["1b", "", "Align the budget setting timetable with the Council Plan so that investment and savings proposals are linked to priorities.",
         "Service Director: Resources", "Feb-21",
         "Budget proposals for 2021/22 are now presented against the Council's priorities.", "Amber"],
        ["2a", "2. Invest in transformation capacity to deliver savings",
         "Recruit a small transformation team, funded from the Special Reserve for 18 months.",
         "Managing Director", "October 2020", "Team of three in post from November 2020.", "Complete"],
        ["2b", "", "Establish a Transformation Board, chaired by the Deputy Leader, to oversee the programme.",
         "Deputy Leader / Managing Director", "November 2020", "First Board meeting held on 19 November 2020.", "Complete"],
        ["3a", "3. Make planning training compulsory for all Members",
         "Deliver planning training to all Members, with a refresher session each year.",
         "Service Director: Regulatory", "Annually",
         "Online training delivered in October and November 2020; 41 of 49 Members attended.", "Green"],
        ["3b", "", "Amend the Constitution so that only Members who have completed training may sit on the Planning Control Committee.",
         "Service Director: Legal and Community", "July 2021",
         "Report being drafted for the next Constitution review.", "Amber"],
        ["4a", "4. Strengthen engagement with town and parish councils",
         "Hold liaison meetings with town and parish councils twice a year.",
         "Policy and Strategy Team Manager", "Ongoing",
         "Meetings held virtually in September 2020 and January 2021.", "Green"],
        ["4b", "", "Publish a protocol for consulting town and parish councils on planning and highways matters.",
         "Policy and Strategy Team Manager", "March 2021",
         "Not yet started because of the COVID-19 response.", "Red"],
        ["", "", "", "", "", "", ""],
        ["RAG: Complete = action finished; Green = on track; Amber = minor slippage; Red = significant delay", "", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "s1-north-herts-cpc-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ----------------------------------------------------- 6. Bromsgrove TXT (refuse)
def bromsgrove():
    lines = [
        ["Bromsgrove District Council \u2013 Internal Audit Recommendation Tracker"],
        ["Audit, Standards and Governance Committee \u2013 position at 30 September 2024"],
        [],
        ["Audit", "Year", "Priority", "Recommendation", "Agreed Action", "Responsible Officer",
         "Target Completion Date", "Revised Target Completion Date", "Status"],
        ["Council Tax", "2023/24", "2", "Reconcile the council tax system to the valuation list each quarter.",
         "Quarterly reconciliation to be introduced and signed off by the Revenues Manager.",
         "Revenues Manager", "31/03/2024", "30/06/2024", "Complete"],
        ["Council Tax", "2023/24", "2", "Review single person discounts on a risk basis.",
         "Single person discount review to be procured through the county-wide framework.",
         "Revenues Manager", "31/03/2024", "", "Complete"],
        ["Creditors", "2023/24", "1", "Ensure supplier bank detail changes are independently verified before payment.",
         "Written procedure for verifying bank detail changes to be issued and all staff trained.",
         "Head of Finance", "30/04/2024", "31/10/2024", "In progress"],
        ["Creditors", "2023/24", "2", "Reduce the number of retrospective purchase orders.",
         "Monthly exception report of retrospective orders to be sent to Heads of Service.",
         "Head of Finance", "30/06/2024", "31/12/2024", "In progress"],
        ["Payroll", "2023/24", "2", "Starters and leavers forms should be authorised before processing.",
         "Payroll to reject unauthorised forms; new e-form with approval workflow to be introduced.",
         "HR Manager", "31/05/2024", "Febuary 2025", "In progress"],
        ["Procurement", "2023/24", "1", "Contracts register should be complete and published in line with the Transparency Code.",
         "Contracts register to be updated and published quarterly.",
         "Procurement Manager", "30/09/2024", "", "In progress"],
        ["Cyber Security", "2024/25", "1", "Multi-factor authentication should be applied to all remote access accounts.",
         "MFA to be rolled out to all remaining accounts.",
         "ICT Manager", "31/12/2024", "", "Not started"],
        [],
        ["Priority 1 = fundamental; Priority 2 = important; Priority 3 = desirable"],
    ]
    with open(os.path.join(OUT, "s1-bromsgrove-ia-tracker.txt"), "w", encoding="utf-8") as f:
        for l in lines:
            f.write("\t".join(l) + "\n")


# ----------------------------------------------------------- 7. Wokingham ILACS
def wokingham():
    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS Action Plan"
    ws["A1"] = "Wokingham Borough Council \u2013 Children's Services"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = ("ILACS Action Plan: response to the Ofsted inspection of local authority children's services, February 2023")
    ws["A2"].font = Font(bold=True, size=13)
    ws.merge_cells("A3:H3")
    ws["A3"] = ("The inspection judged the overall effectiveness of children's services as requires improvement to be good. "
                "This plan sets out our response to the recommendations in the report and is monitored monthly by the "
                "Children's Services Improvement Board.")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 45
    header_row(ws, 5, ["Ref", "Action", "Lead", "Target date", "Revised date", "Progress update",
                       "Previous RAG", "Current RAG"], [6, 55, 16, 12, 12, 60, 10, 10])
    rows = [
        ("band", "Recommendation 1: The quality and impact of management oversight and supervision, so that plans for children progress without delay."),
        ("1.1", "Refresh the supervision policy and templates so that supervision records include reflection, clear actions and timescales.",
         "HW", D(2023, 4, 30), None, "Policy refreshed and launched at the practice week in April.", "green", "blue"),
        ("1.2", "Deliver a management oversight training programme for all team managers and assistant team managers.",
         "AD", D(2023, 6, 30), D(2023, 9, 30),
         "Two of three cohorts completed; final cohort moved to September because of vacancies.", "green", "amber"),
        ("1.3", "Heads of Service to complete monthly dip-sample audits of supervision and report findings to the Practice Quality Group.",
         "Heads of Service", "Monthly", None,
         "Dip samples in place since May; 62% of supervision records audited were rated good.", "amber", "green"),
        ("band", "Recommendation 2: The consistency of the response to children aged 16 and 17 who present as homeless."),
        ("2.1", "Agree a joint protocol for 16 and 17 year olds who present as homeless with the council's housing service.",
         "KT/AD", D(2023, 5, 31), None, "Joint protocol signed by both Assistant Directors on 24 May 2023.", "amber", "blue"),
        ("2.2", "Ensure every 16 or 17 year old presenting as homeless is offered an assessment and advocacy and is told of their rights.",
         "KT", D(2023, 7, 31), None,
         "Audit of 12 cases in July found all young people were offered advocacy; 9 of 12 had a timely assessment.", "red", "amber"),
        ("band", "Recommendation 3: The sufficiency of suitable homes for children in care, including for those with complex needs."),
        ("3.1", "Publish a refreshed sufficiency strategy with an action plan for developing local homes.",
         "Head of Commissioning", D(2023, 9, 30), None,
         "Draft strategy out to consultation with children, young people and carers.", "green", "green"),
        ("3.2", "Launch a foster carer recruitment campaign with an enhanced fee offer for carers of teenagers.",
         "HS", D(2023, 8, 31), D(2023, 12, 31),
         "Campaign launch delayed while the fee offer is agreed by the Executive.", "amber", "red"),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            band_row(ws, r, row[1], 8)
        else:
            vals = list(row[:6]) + ["", ""]
            put_row(ws, r, vals, datefmt="dd/mm/yyyy")
            ws.cell(row=r, column=7).fill = fill(row[6])
            ws.cell(row=r, column=8).fill = fill(row[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for col, meaning in [("blue", "Complete"), ("green", "On track"),
                         ("amber", "Some slippage / risk to delivery"), ("red", "Off track")]:
        r += 1
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=meaning)
    wb.save(os.path.join(OUT, "s1-wokingham-ilacs-action-plan.xlsx"))


if __name__ == "__main__":
    bathnes()
    worcestershire()
    epsom()
    spelthorne()
    north_herts()
    bromsgrove()
    wokingham()
