"""Make the dm2- blind cases (plans outside children's services).

Run with /work/main/.venv/bin/python dm2_make.py  (python-docx, openpyxl).
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


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BLUE, GREEN, AMBER, RED = "5B9BD5", "92D050", "FFC000", "FF0000"
HDR = fill("1F3864")


# ------------------------------------------- 1. Salix Homes (docx)
def salix():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Salix Homes – Complaint Handling Code Self-Assessment 2024/25: Improvement Action Plan", 1)
    d.add_paragraph(
        "The Housing Ombudsman's Complaint Handling Code became statutory on 1 April 2024. Our annual "
        "self-assessment found that we comply with most provisions of the Code. Where we do not yet fully "
        "comply, or where we want to strengthen our practice, the actions below set out what we will do and "
        "by when. Progress is reported to the Customer Services Committee and to the Board's Member "
        "Responsible for Complaints.")
    dc = d.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Document owner", "Head of Customer Experience"),
        ("Version", "1.3"),
        ("Approved by", "Board, 26 June 2024"),
        ("Last updated", "14 January 2025"),
    ]):
        bold_cell(dc.cell(i, 0), k)
        dc.cell(i, 1).text = v
    d.add_paragraph()
    cols = ["Code provision", "Code requirement", "Action", "Responsible officer", "Target date", "Status"]
    sections = [
        ("Section 1 – Definition of a complaint", [
            ("1.3", "A resident does not have to use the word 'complaint' for it to be treated as such.",
             "Refresh front-line training for Customer Hub advisors on recognising expressions of dissatisfaction "
             "and offering residents the option to make a complaint.",
             "Customer Experience Manager", "30/09/2024", "Complete"),
            ("1.4", "Landlords must recognise the difference between a service request and a complaint.",
             "Amend the Complaints Policy to set out how service requests are recorded and monitored, and when "
             "they will be escalated to a complaint.",
             "Head of Customer Experience", "31/10/2024", "Complete"),
        ]),
        ("Section 5 – Complaint handling staff", [
            ("5.2", "Landlords must have a person or team assigned to take responsibility for complaint handling, "
             "including liaison with the Ombudsman.",
             "Recruit two additional Complaints Resolution Officers to the Complaints Team.",
             "Head of Customer Experience", "December 2024", "On track"),
        ]),
        ("Section 6 – Stage 1", [
            ("6.5", "Landlords must issue a full response to stage 1 complaints within 10 working days of the "
             "complaint being acknowledged.",
             "Introduce weekly case review meetings with repairs managers for all stage 1 complaints open for "
             "more than 5 working days.\nReport compliance monthly to the Executive Team.",
             "Repairs Manager / Complaints Team Leader", "31/01/2025", "Amber"),
        ]),
        ("Section 8 – Putting things right", [
            ("8.1", "Where something has gone wrong a landlord must acknowledge this and set out the actions it "
             "has already taken, or intends to take, to put things right.",
             "Review the compensation and remedies policy against the Ombudsman's remedies guidance.",
             "Policy Officer (Customer)", "Q4 2024/25", "Not started"),
        ]),
        ("Section 9 – Self-assessment, reporting and compliance", [
            ("9.2", "Landlords must produce an annual complaints performance and service improvement report for "
             "scrutiny and challenge.",
             "Publish the 2024/25 annual complaints performance and service improvement report with the Board's "
             "response.",
             "Director of Customer and Communities", "June 2025", "On track"),
            ("9.6", "Landlords must have a member of the governing body appointed to have lead responsibility "
             "for complaints.",
             "Brief the Board Member Responsible for Complaints (MRC) quarterly on complaint themes and learning.",
             "Company Secretary", "Quarterly", "Green"),
        ]),
    ]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        bold_cell(t.rows[0].cells[i], c)
        shade(t.rows[0].cells[i], "D9E2F3")
    status_fill = {"Complete": "9DC3E6", "On track": "A9D08E", "Green": "A9D08E", "Amber": "FFD966"}
    for sec, rows in sections:
        r = t.add_row().cells
        m = r[0].merge(r[-1])
        bold_cell(m, sec)
        shade(m, "F2F2F2")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = ""
                lines = v.split("\n")
                p = cells[i].paragraphs[0]
                p.add_run(lines[0])
                for ln in lines[1:]:
                    cells[i].add_paragraph(ln)
            if row[5] in status_fill:
                shade(cells[5], status_fill[row[5]])
    d.add_paragraph()
    d.add_paragraph("Status key: Complete – action finished and evidenced; On track / Green – progressing to "
                    "target date; Amber – some slippage, recoverable; Red – off track; Not started.")
    d.save(out("dm2-salix-homes-housing-ombudsman-complaint-handling-code-self-assessment-action-plan.docx"))


# ------------------------------------------- 2. Regenda (xlsx)
def regenda():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [7, 40, 55, 28, 14, 14, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Regenda Homes – Regulatory Judgement Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Board assurance update – position at 31 January 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Regulatory finding", "Action", "Lead", "Original target date", "Revised target date",
           "RAG", "Progress update"]
    for i, h in enumerate(hdr):
        c = ws.cell(4, i + 1, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HDR
        c.alignment = WRAP
        c.border = BOX
    F1 = ("The Board did not have adequate assurance that fire safety remedial actions were completed within "
          "appropriate timescales.")
    F2 = ("Governance arrangements did not provide the Board with sufficient oversight of compliance with the "
          "regulatory standards.")
    F3 = ("The provider could not demonstrate that it had accurate and up-to-date data on the condition of its "
          "homes.")

    def ws_row(r, text):
        ws.cell(r, 1, text).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    def act(r, ref, finding, action, lead, orig, rev, rag, rag_fill, upd):
        vals = [ref, finding, action, lead, orig, rev, rag, upd]
        for i, v in enumerate(vals):
            c = ws.cell(r, i + 1, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "mmm-yy"
        if rag_fill:
            ws.cell(r, 7).fill = fill(rag_fill)

    D = dt.datetime
    ws_row(5, "Workstream 1: Landlord health and safety compliance")
    act(6, "1.1", F1, "Complete a full validation of fire risk assessment data held on the asset management system.",
        "Director of Property Services", D(2024, 6, 30), D(2024, 9, 30), "Complete", BLUE,
        "Data validation completed in September 2024; 312 records corrected and re-loaded.")
    act(7, "1.2", None, "Clear the backlog of overdue high-risk fire remedial actions.",
        "Head of Building Safety", D(2024, 12, 31), D(2025, 3, 31), "Amber", AMBER,
        "Backlog reduced from 1,140 to 286 actions. Contractor capacity remains the main constraint.")
    act(8, "1.3", None, "Introduce monthly compliance reporting across the big six areas to the Executive Team and "
        "quarterly to Board.", "Head of Compliance", D(2024, 7, 31), None, "Complete", BLUE,
        "Monthly dashboard in place since July 2024; first quarterly Board report August 2024.")
    ws.merge_cells("B6:B8")
    ws_row(9, "Workstream 2: Governance and Board assurance")
    act(10, "2.1", F2, "Commission an independent governance review against the NHF Code of Governance.",
        "Company Secretary", D(2024, 5, 31), None, "Complete", BLUE,
        "Review reported to Board in May 2024 with 11 recommendations.")
    act(11, "2.2", None, "Implement the recommendations of the governance review, including the refreshed Board "
        "skills matrix.", "Chair / Company Secretary", D(2025, 3, 31), None, None, GREEN,
        "9 of 11 recommendations implemented. Two new Board members with asset management experience appointed.")
    ws.merge_cells("B10:B11")
    ws_row(13, "Workstream 3: Data and performance")
    act(14, "3.1", F3, "Appoint a Head of Data and Insight and establish a data quality framework.",
        "Chief Operating Officer", D(2024, 9, 30), D(2025, 1, 31), "G", GREEN,
        "Appointment made; framework drafted and going to Executive Team in February.")
    act(15, "3.2", None, "Carry out a stock condition survey of 100% of homes over a rolling five-year programme, "
        "prioritising 20% of stock in year one.", "Director of Assets", D(2025, 12, 31), None, "R", RED,
        "Contractor procurement delayed; mobilisation now expected April 2025.")
    ws.merge_cells("B14:B15")
    ws["A17"] = "Key"
    ws["A17"].font = Font(bold=True)
    for r, (col, txt) in enumerate([(BLUE, "Blue – Complete"), (GREEN, "Green – On track"),
                                    (AMBER, "Amber – Some slippage, within tolerance"),
                                    (RED, "Red – Off track / at risk")], start=18):
        ws.cell(r, 1).fill = fill(col)
        ws.cell(r, 2, txt)
    ws.freeze_panes = "A5"
    wb.save(out("dm2-regenda-homes-rsh-regulatory-judgement-improvement-plan.xlsx"))


# ------------------------------------------- 3. Calico (csv)
def calico():
    hdr = ["Audit", "Rec No", "Priority", "Recommendation", "Management response / agreed action",
           "Responsible officer", "Target date", "Revised target date", "RAG status", "Latest update"]
    rows = [
        ["Calico Group - Internal Audit Recommendations Tracker (Audit & Risk Committee, March 2025)"],
        [],
        hdr,
        ["Gas Safety Compliance 2023/24", "1", "High",
         "The LGSR tracker should be reconciled monthly to the asset register to ensure all properties with a gas supply are captured.",
         "Monthly reconciliation between the gas servicing contractor's data and the asset register will be introduced and evidenced.",
         "Compliance Manager", "31/05/2024", "", "Implemented",
         "Reconciliation in place from May 2024; evidence reviewed by Internal Audit at follow-up."],
        ["Gas Safety Compliance 2023/24", "2", "Medium",
         "Access procedures for no-access properties should be applied consistently, with escalation to legal action documented.",
         "The no-access procedure will be refreshed and all cases over 28 days escalated to the Tenancy Enforcement team.",
         "Compliance Manager; Tenancy Services Manager", "30/06/2024", "30/09/2024", "Complete",
         "Procedure re-issued in August 2024 and briefed to all housing officers."],
        ["Rent Arrears Management 2024/25", "1", "Medium",
         "Arrears cases should be reviewed at the stages defined in the Income Management Procedure.",
         "Team leaders will complete monthly case audits of a sample of 10 arrears cases per officer.",
         "Income Manager", "31/10/2024", "31/01/2025", "Amber",
         "Case audits started in November; two teams yet to complete their first cycle."],
        ["Rent Arrears Management 2024/25", "2", "Low",
         "Write-off of former tenant arrears should be approved in line with the financial regulations.",
         "Write-off schedules over £5,000 will be approved by the Director of Finance before processing.",
         "Head of Finance", "30/09/2024", "", "Complete", ""],
        [],
        ["Cyber Security 2024/25", "1", "High",
         "Multi-factor authentication should be enforced for all remote access accounts.",
         "MFA to be rolled out to all remaining remote access users, including contractors.",
         "ICT Manager", "31/03/2025", "", "Green",
         "Rolled out to 92% of users; contractor accounts scheduled for March."],
        ["Cyber Security 2024/25", "2", "Medium",
         "A tested ICT disaster recovery plan should be in place.",
         "Undertake a full disaster recovery test of the core housing management system and document lessons learned.",
         "ICT Manager", "30/11/2024", "30/04/2025", "Red",
         "Test postponed twice due to the system upgrade. Audit & Risk Committee to be updated in March."],
        ["Complaints Handling 2024/25", "1", "Medium",
         "Learning from complaints should be recorded and reported to the Customer Services Committee.",
         "Introduce a 'you said, we did' learning log and report it quarterly to the Customer Services Committee.",
         "Head of Customer Experience", "Q3 2024/25", "", "Complete",
         "Learning log live; first report to committee December 2024."],
        [],
        ["Prepared by: Risk and Assurance Officer"],
    ]
    width = len(hdr)
    with open(out("dm2-calico-homes-internal-audit-recommendations-tracker.csv"), "w", newline="",
              encoding="utf-8-sig") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r + [""] * (width - len(r)))


# ------------------------------------------- 4. Avon FRS (xlsx, refuse)
def avon():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Plan"
    for col, w in zip("ABCDEFGH", [8, 14, 45, 55, 26, 16, 50, 10]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Avon Fire & Rescue Service – HMICFRS Inspection 2023-25: Areas for Improvement – Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update: December 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["AFI No.", "Pillar", "Area for improvement", "Action", "Owner", "Due date", "Progress", "RAG"]
    for i, h in enumerate(hdr):
        c = ws.cell(4, i + 1, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
    rows = {
        5: ("Effectiveness",),
        6: ("AFI 1", "Effectiveness", "The service should make sure its firefighters have good access to relevant "
            "and up-to-date risk information.",
            "Complete the migration of site-specific risk information to the mobile data terminals.",
            "Area Manager, Response", "March 2025", "Migration 80% complete; remaining premises scheduled.", "Green"),
        7: ("AFI 1", "Effectiveness", None,
            "Introduce a quarterly audit of SSRI records by station managers.",
            "Group Manager, Operational Risk", "Sept 2024", "First audit completed September 2024.", "Complete"),
        8: ("AFI 2", "Effectiveness", "The service should make sure it effectively evaluates its prevention work.",
            "Develop an evaluation framework for Safe and Well visits with the University of the West of England.",
            "Head of Prevention", "June 2025", "Framework scoped; data sharing agreement in draft.", "Amber"),
        9: ("Efficiency",),
        10: ("AFI 3", "Efficiency", "The service should make sure it uses its resources efficiently to manage risk.",
             "Review on-call availability and crewing models as part of the CRMP 2025-2029 programme.",
             "Area Manager, Service Delivery", "December 2025", "Options appraisal under way.", "Green"),
        11: ("AFI 4", "Efficiency", "The service should make sure it has effective systems to monitor and assure "
             "the productivity of its workforce.",
             "Implement the new workforce planning and rostering system across all wholetime stations.",
             "Head of ICT", "Feburary 2025", "Supplier appointed; data migration testing in progress.", "Amber"),
        12: ("People",),
        13: ("AFI 5", "People", "The service should make sure all staff understand the benefits of equality, "
             "diversity and inclusion.",
             "Deliver inclusive leadership training to all supervisory and middle managers.",
             "Head of People", "March 2025", "214 of 260 managers trained.", "Green"),
        14: ("AFI 6", "People", "The service should make sure it has an effective system to identify, develop and "
             "support high-potential staff.",
             "Launch a talent management programme with clear entry criteria and published selection process.",
             "Head of Organisational Development", "October 2025", "Programme design approved by SLT.", "Green"),
    }
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Complete": BLUE}
    for r, vals in rows.items():
        if len(vals) == 1:
            ws.cell(r, 1, vals[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = fill("F2F2F2")
            continue
        for i, v in enumerate(vals):
            c = ws.cell(r, i + 1, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(r, 8).fill = fill(rag_fill[vals[7]])
    ws.merge_cells("C6:C7")
    ws["A16"] = "Owners update progress monthly; the plan is reported quarterly to the Fire Authority's Performance, Review and Scrutiny Committee."
    ws["A16"].font = Font(italic=True)
    wb.save(out("dm2-avon-fire-rescue-hmicfrs-afi-improvement-plan-typo-month-refuse.xlsx"))


# ------------------------------------------- 5. Rochdale CDP (txt, tab separated)
def rochdale():
    lines = [
        "Rochdale Borough Combating Drugs Partnership - Delivery Plan 2024-25 (Q3 progress)",
        "",
        "Ref\tAction\tLead\tTimescale\tRAG\tQ3 update",
        "Priority 1: Breaking drug supply chains",
        "1.1\tDeliver two multi-agency County Lines intensification weeks targeting drug supply into the borough.\t"
        "GMP Rochdale District\tMar-25\tG\tFirst week delivered in October 2024 with 14 arrests; second planned for February.",
        "1.2\tMap cuckooing risk with Rochdale Boroughwide Housing and agree a joint referral pathway.\t"
        "GMP Rochdale District & RBH\tDec-24\tB\tPathway agreed and in use from December.",
        "",
        "Priority 2: Delivering a world-class treatment and recovery system",
        "2.1\tIncrease the number of adults in structured treatment in line with the OHID continuity of care target.\t"
        "Public Health Consultant (Substance Misuse)\tOngoing\tA\tContinuity of care at 38% against a 45% target. "
        "Prison in-reach worker now in post.",
        "2.2\tRecommission the integrated drug and alcohol treatment service.\tPublic Health Commissioning Manager\t"
        "Sept 2024 – March 2025\tG\tTender evaluation complete; contract award report to Cabinet in February.",
        "2.3\tExpand naloxone provision through community pharmacies and hostels.\tTurning Point Rochdale\t"
        "Q2 2025/26\tG\t11 pharmacies now supplying; hostel staff training booked.",
        "2.4\tEstablish a recovery community hub in Rochdale town centre.\tPublic Health / Recovery Partnership\t"
        "Jun-25\tR\tPreferred premises withdrawn by landlord. Alternative sites being assessed.",
        "",
        "Priority 3: Achieving a generational shift in demand for drugs",
        "3.1\tDeliver the drug and alcohol education offer in all secondary schools.\tEarly Help and Schools Service\t"
        "Summer term 2025\tA\t9 of 14 secondary schools signed up.",
        "3.2\tLaunch a targeted communications campaign on nitrous oxide and vapes with young people.\t"
        "Communications Team\tNov-24\tComplete\tCampaign ran across social media and schools in November.",
        "",
        "RAG key: B = complete; G = on track; A = some delay; R = significant delay / at risk",
    ]
    with open(out("dm2-rochdale-combating-drugs-partnership-delivery-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ------------------------------------------- 6. Blackburn with Darwen ASC peer challenge (docx)
def blackburn():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Blackburn with Darwen Borough Council: Adult Social Care Preparation for Assurance – "
                  "LGA Peer Challenge Action Plan", 1)
    d.add_paragraph(
        "The LGA peer team visited the council and its partners in May 2024. Their feedback report made "
        "four recommendations. This action plan sets out our response, grouped under the CQC assessment "
        "themes, and is monitored by the Adult Social Care Assurance Board.")
    vt = d.add_table(rows=3, cols=4)
    vt.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        bold_cell(vt.cell(0, i), h)
    for i, v in enumerate(["0.4", "12/07/2024", "Strategic Lead – Quality and Assurance", "Draft for DMT"]):
        vt.cell(1, i).text = v
    for i, v in enumerate(["1.0", "09/01/2025", "Strategic Lead – Quality and Assurance", "Updated for Assurance Board"]):
        vt.cell(2, i).text = v
    themes = [
        ("Theme 1: Working with people", [
            ("Recommendation 1: Reduce waiting lists for Care Act assessments and reviews, with a clear risk-based "
             "approach to those waiting.", [
                ("1.1", "Implement a weekly waiting list triage using the risk assessment tool, with senior "
                 "practitioner oversight of all high-risk cases.", "Head of Service – Adult Social Work",
                 "30 September 2024", "Triage in place across all three localities since August.", "Complete"),
                ("1.2", "Commission additional independent reviewing capacity to clear the backlog of annual "
                 "reviews over 18 months old.", "SB / KM", "March 2025",
                 "Backlog down from 640 to 410. Second provider mobilised in December.", "Amber"),
            ]),
            ("Recommendation 2: Strengthen the offer to unpaid carers.", [
                ("2.1", "Co-produce a refreshed Carers Strategy with the Carers Partnership Board.",
                 "Commissioning Manager – Carers", "End of December 2024",
                 "Draft strategy out for consultation until 31 January.", "Green"),
                ("2.2", "Introduce carers' assessments in a conversational format, completed by Carers Service "
                 "staff under delegated arrangements.", "Principal Social Worker", "Jan 2025",
                 "Delegation agreement signed; training delivered to 12 staff.", "Green"),
            ]),
        ]),
        ("Theme 2: Ensuring safety", [
            ("Recommendation 3: Improve the timeliness of safeguarding enquiries and the recording of "
             "Making Safeguarding Personal outcomes.", [
                ("3.1", "Review the safeguarding adults triage process within the Access Team and set timescales "
                 "for each stage of an enquiry.", "Safeguarding Adults Manager", "31/10/2024",
                 "Revised process live from October.", "Complete"),
                ("3.2", "Report safeguarding timeliness and MSP outcomes to the DASS performance board.",
                 "Performance and Intelligence Lead", "Monthly", "Included in monthly performance pack.", "Green"),
            ]),
        ]),
        ("Theme 3: Leadership", [
            ("Recommendation 4: Develop a clear, shared narrative of adult social care's strengths and areas for "
             "development.", [
                ("4.1", "Complete the 'Our Story' self-assessment and share it with staff, partners and the "
                 "Executive Member.", "Director of Adult Social Care", "November 2024",
                 "Self-assessment published internally and presented at staff briefings.", "Complete"),
            ]),
        ]),
    ]
    cols = ["No.", "Action", "Lead officer", "By when", "Progress update", "RAG"]
    rag_fill = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966"}
    for theme, recs in themes:
        d.add_heading(theme, 2)
        t = d.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, c in enumerate(cols):
            bold_cell(t.rows[0].cells[i], c)
            shade(t.rows[0].cells[i], "DEEAF6")
        for rec, acts in recs:
            rc = t.add_row().cells
            m = rc[0].merge(rc[-1])
            bold_cell(m, rec)
            shade(m, "F2F2F2")
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate(a):
                    cells[i].text = v
                shade(cells[5], rag_fill[a[5]])
        d.add_paragraph()
    d.add_paragraph("RAG: Complete = action completed; Green = on track; Amber = some risk to delivery; "
                    "Red = not on track.")
    d.save(out("dm2-blackburn-darwen-asc-lga-peer-challenge-action-plan.docx"))


# ------------------------------------------- 7. Barnsley scrutiny (xlsx)
def barnsley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Dentistry TFG"
    for col, w in zip("ABCDEFGH", [6, 45, 14, 55, 32, 13, 13, 45]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Overview and Scrutiny Committee – Access to NHS Dentistry Task and Finish Group (TFG)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Recommendations action tracker – update for OSC meeting 4 March 2025"
    hdr = ["Ref", "TFG recommendation", "Cabinet response", "Action", "Responsible officer", "Target date",
           "Status", "Comments"]
    for i, h in enumerate(hdr):
        c = ws.cell(4, i + 1, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    D = dt.datetime
    R1 = ("That the Council and Barnsley Place (ICB) publish clear, up-to-date information on which practices are "
          "accepting new NHS patients.")
    R2 = "That oral health promotion for children under five is prioritised in the areas with the highest levels of decay."
    R3 = ("That the ICB be asked to report on the use of flexible commissioning to increase urgent dental "
          "capacity.")
    R4 = "That the TFG's findings are shared with the Health and Wellbeing Board."
    status_fill = {"Complete": "9BC2E6", "On track": "A9D08E", "Not started": None}
    rows = [
        (5, "1.1", R1, "Accepted", "Add a dental access page to the Council website linked to the NHS 'Find a dentist' "
         "service and review it monthly.", "Head of Healthier Communities", D(2024, 10, 31), "Complete",
         "Page live from October 2024."),
        (6, "1.2", None, None, "Include dental access information at Family Hub and library information points.",
         "Family Hubs Manager", D(2024, 12, 31), "Complete", "Leaflets and screens in place at all 6 hubs."),
        (7, "2.1", R2, "Accepted", "Extend the supervised toothbrushing programme to all nurseries and reception "
         "classes in the 10 most deprived wards.", "Public Health Principal (Oral Health)", D(2025, 7, 31),
         "On track", "48 settings signed up; remaining settings to start after Easter."),
        (8, "3.1", R3, "Partially accepted", "Request an update from the ICB on the urgent dental care pilot for the "
         "September 2025 OSC meeting.", "Scrutiny Officer", D(2025, 9, 30), "Not started",
         "Added to the OSC forward plan."),
        (9, "3.2", None, None, "Work with the ICB to map transport barriers to the urgent dental hubs for residents in "
         "the Dearne and Penistone areas.", "Director of Public Health / Barnsley Place Primary Care Lead",
         D(2025, 6, 30), "On track", "Survey of patients attending the Dearne hub under way."),
        (10, "4.1", R4, "Accepted", "Present the TFG report to the Health and Wellbeing Board and agree a six-monthly "
         "dental access update.", "Health and Wellbeing Board Support Officer", "Six-monthly", "On track",
         "Report presented 12 November 2024; next update May 2025."),
    ]
    for r, *vals in rows:
        for i, v in enumerate(vals):
            c = ws.cell(r, i + 1, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        f = status_fill[vals[6]]
        if f:
            ws.cell(r, 7).fill = fill(f)
    for rng in ("B5:B6", "C5:C6", "B8:B9", "C8:C9"):
        ws.merge_cells(rng)
    ws["A12"] = "Status key: Complete | On track | Delayed | Not started"
    ws["A12"].font = Font(italic=True)
    wb.save(out("dm2-barnsley-mbc-scrutiny-nhs-dentistry-tfg-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    salix()
    regenda()
    calico()
    avon()
    rochdale()
    blackburn()
    barnsley()
