"""Generator for the ea2- blind cases (non-children's plans). Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)
RED, AMB, GRN, BLU = "FF0000", "FFC000", "00B050", "0070C0"
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---------------------------------------------------------------- 1 East Staffordshire IA tracker
def east_staffs():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding Recs"
    ws["A1"] = "East Staffordshire Borough Council – Internal Audit Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 October 2024 – report to Audit and Standards Committee"
    hdr = ["Audit", "Assurance", "Rec Ref", "Recommendation", "Priority", "Management Response / Agreed Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date", "RAG", "Progress Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = BOLD; cell.fill = fill("D9D9D9"); cell.alignment = WRAP; cell.border = BOX
    rows = [
        ("Payroll 2023/24", "Limited", "PAY/01", "Starter and leaver forms should be authorised by the relevant budget holder before being processed by Payroll.", "High",
         "New starter and leaver e-forms to be built in iTrent with a mandatory budget holder approval step before submission to Payroll.",
         "HR and Payroll Manager", D(2024,3,31), D(2024,9,30), BLU, "E-forms went live on 2 September 2024. Audit testing of September starters confirmed approval in all cases."),
        ("Payroll 2023/24", "Limited", "PAY/02", "Monthly payroll variance reports should be reviewed and the review evidenced.", "Medium",
         "Payroll Officer to sign and date the monthly variance report; HR and Payroll Manager to review a sample each quarter.",
         "HR and Payroll Manager", D(2024,12,31), None, GRN, "Variance reports signed off for July to October. First quarterly sample review scheduled for December."),
        ("Procurement Cards 2023/24", "Reasonable", "PC/01", "Cardholder spending limits should be reviewed annually against actual use.", "Medium",
         "Annual review of card limits to be added to the Finance closedown timetable, with limits reduced where use is low.",
         "Head of Finance (S151 Officer)", D(2024,12,31), None, GRN, "Usage report produced for 2023/24; proposed limit changes with service heads for comment."),
        ("Procurement Cards 2023/24", "Reasonable", "PC/02", "Purchase card transactions should be coded and receipts uploaded within 10 working days.", "Low",
         "Reminder issued to cardholders and monthly non-compliance report to be sent to Leadership Team.",
         "Procurement Lead / Finance Business Partner", D(2024,1,31), D(2025,3,31), AMB, "Reminder issued. Monthly report delayed by the move to the new finance system; now expected in the new year."),
        None,
        ("Housing Benefit Overpayments 2024/25", "Reasonable", "HB/01", "Recovery action on overpayments over 12 months old should be reviewed and write-offs approved in line with the scheme of delegation.", "Medium",
         "Aged debt review to be carried out and write-off schedule taken to the Head of Finance for approval.",
         "Revenues and Benefits Manager", D(2025,3,31), None, None, "Not yet started – scheduled to follow annual billing."),
        ("Housing Benefit Overpayments 2024/25", "Reasonable", "HB/02", "Procedure notes for overpayment classification should be updated.", "Low",
         "Procedure notes to be refreshed and circulated to the Benefits team.",
         "Benefits Team Leader", D(2024,11,30), None, GRN, "Draft notes complete and out for team comment."),
        ("Disabled Facilities Grants 2022/23", "Limited", "DFG/03", "The time taken from referral to approval should be monitored and reported.", "High",
         "Performance indicator for referral-to-approval time to be added to the quarterly housing performance report.",
         "Housing Standards Manager", D(2023,10,31), D(2024,7,31), RED, "Indicator not yet reported; data cannot be extracted from the case system. Options being explored with ICT."),
        ("Disabled Facilities Grants 2022/23", "Limited", "DFG/04", "Contractor quotes for grant works should be retained on file.", "Medium",
         "Checklist updated so that two quotes are scanned to the case file before approval.",
         "Housing Standards Manager", D(2024,3,31), None, BLU, "Checklist in use since April 2024. Sample check of 10 files found quotes in all cases."),
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        for c, v in enumerate(row, 1):
            if c == 10:
                cell = ws.cell(r, c)
                if v: cell.fill = fill(v)
            else:
                cell = ws.cell(r, c, v)
            cell.alignment = WRAP; cell.border = BOX
            if c in (8, 9) and v is not None:
                cell.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = BOLD
    for i, (col, txt) in enumerate([(BLU, "Implemented"), (GRN, "On track to be implemented by target date"),
                                     (AMB, "Revised target date agreed"), (RED, "Overdue / not implemented")], 1):
        ws.cell(r + i, 1).fill = fill(col); ws.cell(r + i, 2, txt)
    r += 6
    ws.cell(r, 1, "Summary").font = BOLD
    for i, (k, v) in enumerate([("Total recommendations", 8), ("Implemented", 2), ("Outstanding", 6)], 1):
        ws.cell(r + i, 1, k); ws.cell(r + i, 2, v)
    for col, w in zip("ABCDEFGHIJK", [22, 11, 9, 45, 9, 45, 24, 13, 13, 6, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ea2-east-staffordshire-bc-internal-audit-recommendations-tracker.xlsx"))

# ---------------------------------------------------------------- 2 Jersey FRS peer challenge plan
def jersey():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "States of Jersey Fire and Rescue Service"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "LGA / NFCC Peer Challenge (April 2022) – Improvement Action Plan"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 1.4 – updated March 2024 for the Justice and Home Affairs Scrutiny Panel"
    hdr = ["Ref", "Peer challenge recommendation", "Action", "Owner", "Target date", "Previous RAG", "Current RAG", "Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = fill("C00000"); cell.alignment = WRAP
    ragfill = {"R": RED, "A": AMB, "G": GRN, "Complete": BLU}
    r = 6
    def section(title):
        nonlocal r
        ws.cell(r, 1, title).font = BOLD
        ws.cell(r, 1).fill = fill("F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
    def rec(text, actions):
        nonlocal r
        start = r
        for ref, act, owner, tgt, fmt, prev, cur, upd in actions:
            ws.cell(r, 1, ref); ws.cell(r, 3, act); ws.cell(r, 4, owner)
            c = ws.cell(r, 5, tgt)
            if fmt: c.number_format = fmt
            for col, v in ((6, prev), (7, cur)):
                cc = ws.cell(r, col, v)
                if v in ragfill: cc.fill = fill(ragfill[v])
            ws.cell(r, 8, upd)
            for col in range(1, 9): ws.cell(r, col).alignment = WRAP
            r += 1
        ws.cell(start, 2, text).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    section("Theme 1: Capacity and resilience")
    rec("R1. Increase operational capacity so that the service can respond to a major incident or simultaneous incidents.", [
        ("1.1", "Complete a workforce capacity review and present options for additional establishment to the Minister.", "Chief Fire Officer", D(2023,6,30), "mmm-yy", "G", "Complete",
         "Review completed and options paper agreed by the Minister in June 2023."),
        ("1.2", "Recruit 12 additional wholetime firefighters through two recruit courses.", "Head of Operations", D(2024,9,30), "mmm-yy", "A", "G",
         "First course of six passed out in February 2024. Second course starts in May 2024."),
    ])
    rec("R2. Agree mutual aid and secondment arrangements with UK fire and rescue services.", [
        ("2.1", "Sign a memorandum of understanding for secondment of middle managers from a UK service.", "CFO / DCFO", D(2024,1,31), "dd/mm/yyyy", "A", "Complete",
         "MoU signed January 2024; first secondee in post."),
    ])
    section("Theme 2: Leadership and succession")
    rec("R5. Develop a succession plan for the senior management team.", [
        ("5.1", "Introduce a development programme for station and watch managers with potential for promotion.", "Head of HR (Justice and Home Affairs)", D(2024,12,31), "mmm-yy", "R", "A",
         "Programme designed; delivery partner procurement slipped by three months."),
        ("5.2", "Review the senior management structure and introduce an Area Manager tier.", "Chief Fire Officer", "Ongoing", None, "G", "G",
         "Structure consulted on; phased implementation as posts fall vacant."),
    ])
    section("Theme 3: Training and competence")
    rec("R8. Make sure firefighters have the training time and facilities to maintain their wider range of competences.", [
        ("8.1", "Carry out a training needs analysis covering water rescue, working at height and marine firefighting.", "Training Manager", D(2023,11,30), "mmm-yy", "A", "Complete",
         "TNA completed and approved by SMT."),
        ("8.2", "Produce a business case for a permanent training facility at Rouge Bouillon.", "Head of Operations", D(2025,3,31), "mmm-yy", "G", "Not started",
         "Dependent on Government Plan 2025 bid."),
        ("8.3", "Introduce competence recording for on-call staff on the same system as wholetime staff.", "Training Manager / On-Call Liaison Officer", D(2024,7,31), "mmm-yy", "A", "A",
         "System licences purchased; data migration under way."),
    ])
    r += 1
    ws.cell(r, 1, "RAG key: R – off track / at risk; A – some slippage, recoverable; G – on track; Complete – action closed by SMT.")
    for col, w in zip("ABCDEFGH", [7, 40, 45, 24, 11, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ea2-jersey-frs-peer-challenge-improvement-action-plan.xlsx"))

# ---------------------------------------------------------------- 3 Guernsey law enforcement (refuse)
def guernsey():
    wb = Workbook(); ws = wb.active; ws.title = "Recommendations"
    ws["A1"] = "Bailiwick of Guernsey Law Enforcement – HMICFRS Inspection Action Plan"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress as at September 2024"
    hdr = ["No.", "Recommendation", "Action(s)", "Lead", "Target date", "Status", "Comments"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = BOLD; cell.fill = fill("DDEBF7")
    rows = [
        ("1", "By March 2025, the force should review its crime recording processes to make sure crimes are recorded accurately.",
         "Appoint a Force Crime Registrar and introduce monthly crime data integrity audits.", "Superintendent Operations", "March 2025", "Amber",
         "Registrar appointed; audit programme begins in October."),
        ("2", "The force should make sure it has sufficient capacity to investigate serious and complex crime.",
         "Review investigative demand and resourcing in CID and the Public Protection Unit.", "DCI Crime", "December 2024", "Green",
         "Demand profile completed and shared with the Committee for Home Affairs."),
        ("3", "The force should improve how it identifies and supports vulnerable victims at first contact.",
         "Introduce THRIVE+ risk assessment in the control room and train all call handlers.", "Inspector Control Room", "June 2024", "Complete",
         "All call handlers trained by 31 May 2024."),
        ("4", "The force should make sure officers and staff receive regular, meaningful performance development reviews.",
         "Relaunch the PDR process with new guidance and compliance reporting to the Senior Leadership Team.", "Head of People Services", "Ocotber 2024", "Amber",
         "New guidance drafted; compliance report to be produced from the HR system."),
        ("5", "The force should develop a workforce plan that addresses recruitment and retention.",
         "Produce a three-year workforce plan including a local recruitment campaign.", "Head of People Services / Chief Officer", "January 2025", "Green",
         "Recruitment campaign launched August 2024."),
        ("6", "The force should make sure it complies with the Code of Practice for Victims of Crime.",
         "Adopt a local victims' code and introduce compliance dip sampling.", "Inspector Public Protection", "April 2025", "Not started", ""),
    ]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            ws.cell(5 + i, c, v).alignment = WRAP
    for col, w in zip("ABCDEFG", [5, 45, 45, 26, 14, 11, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ea2-guernsey-law-enforcement-hmicfrs-inspection-action-plan-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)

def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs: run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row): cells[i].text = v
    return t

# ---------------------------------------------------------------- 4 Knowsley public health
def knowsley():
    doc = Document()
    doc.add_heading("Knowsley Health Protection Assurance Action Plan 2024/25", 0)
    doc.add_paragraph("This action plan sets out how Knowsley Council Public Health, working with UKHSA, NHS England and "
                      "Cheshire and Merseyside ICB, will respond to the findings of the annual Health Protection Assurance "
                      "report to the Health and Wellbeing Board. Progress is reported to the Health Protection Board each quarter.")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, ["Version", "Date", "Author", "Approved by"],
          [["0.3", "12/06/2024", "Public Health Registrar", "Health Protection Board"],
           ["1.0", "18/07/2024", "Consultant in Public Health", "Health and Wellbeing Board"]])
    doc.add_paragraph("")
    hdr = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (October 2024)"]
    doc.add_heading("Priority 1: Childhood and adult immunisation", 2)
    table(doc, hdr, [
        ["1.1", "Work with GP practices with the lowest MMR2 uptake to offer targeted catch-up clinics.",
         "Consultant in Public Health (Health Protection)", "March 2025", "Green",
         "Catch-up clinics held in four practices in Kirkby and Huyton; 312 additional doses given."],
        ["1.2", "Agree a local flu and COVID-19 vaccination communications plan with NHS partners.",
         "JB/ML", "Sept 2024 – March 2025", "On track", "Plan agreed and campaign launched on 1 October."],
        ["1.3", "Commission a community outreach vaccination offer for people experiencing homelessness.",
         "Public Health Commissioning Manager", "Q3 2024/25", "Amber",
         "Specification drafted; provider engagement delayed by capacity in the outreach team."],
    ])
    doc.add_heading("Priority 2: Infection prevention and control", 2)
    table(doc, hdr, [
        ["2.1", "Refresh the IPC audit programme for care homes and domiciliary care providers.",
         "Knowsley IPC Team", "By 31 December 2024", "Complete",
         "Audit tool refreshed and all 24 care homes audited in the first cycle."],
        ["2.2", "Develop an outbreak management plan for residential settings, including out-of-hours arrangements.",
         "UKHSA HPT / Knowsley IPC Team", "January 2025", "Green",
         "Draft plan tested in an exercise with UKHSA in September."],
    ])
    doc.add_heading("Priority 3: Screening and TB", 2)
    table(doc, hdr, [
        ["3.1", "Analyse cervical screening uptake by ward and share findings with Primary Care Networks.",
         "Public Health Intelligence Lead", "November 2024", "Red",
         "Data sharing agreement with NHS England not yet signed, so ward-level data not available."],
        ["3.2", "Review the local latent TB screening pathway for new entrants.",
         "Consultant in Public Health (Health Protection)", "Ongoing", "Green",
         "Standing item at the Health Protection Board; pathway reviewed each quarter."],
        ["3.3", "Deliver health protection awareness sessions for elected members.",
         "Director of Public Health", "February 2025", "",
         "To be scheduled with Democratic Services."],
    ])
    doc.add_paragraph("RAG rating: Red – not on track; Amber – some delay, expected to recover; Green – on track; Complete – action delivered.")
    doc.save(os.path.join(HERE, "ea2-knowsley-public-health-health-protection-assurance-action-plan.docx"))

# ---------------------------------------------------------------- 5 West Suffolk CPC
def west_suffolk():
    doc = Document()
    doc.add_heading("West Suffolk Council", 0)
    doc.add_heading("LGA Corporate Peer Challenge – Action Plan", 1)
    doc.add_paragraph("The Local Government Association carried out a Corporate Peer Challenge at West Suffolk Council in "
                      "February 2024. The peer team made seven recommendations. This action plan sets out how we will respond "
                      "and will be reviewed by the Performance and Audit Scrutiny Committee. Updated January 2025.")
    hdr = ["Ref", "Action", "Lead officer", "Timescale", "Progress (January 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    colours = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "0070C0"}
    def rec(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); m.text = text
        m.paragraphs[0].runs[0].bold = True; shade(m, "D9E2F3")
    def act(ref, a, lead, ts, prog, rag):
        cells = t.add_row().cells
        for i, v in enumerate([ref, a, lead, ts, prog, ""]): cells[i].text = v
        if rag: shade(cells[5], colours[rag])
    rec("Recommendation 1: Develop a clear and shared narrative for West Suffolk’s place ambitions to 2040")
    act("1a", "Hold member and partner workshops to co-produce a long-term place narrative.", "Chief Executive", "June 2024",
        "Three workshops held with members, town councils and the Western Suffolk Community Safety Partnership.", "B")
    act("1b", "Publish the place narrative alongside the refreshed Strategic Framework.", "Leader of the Council / Chief Executive", "April 2025",
        "Draft narrative considered by Cabinet in December; final version to Council in April.", "G")
    rec("Recommendation 2: Strengthen medium-term financial planning to close the budget gap from 2026/27")
    act("2a", "Launch a cross-council savings and income programme with quarterly reporting to Cabinet.", "Director (Resources and Property)", "Q4 2024/25",
        "Programme board established; first savings tranche included in the 2025/26 budget.", "G")
    act("2b", "Review the commercial property portfolio and set out a disposal and investment strategy.", "Service Manager (Property and Investment)", "31/03/2025",
        "Valuations received later than planned; strategy now expected in the summer.", "A")
    rec("Recommendation 3: Build capacity for transformation, including digital and data")
    act("3a", "Recruit a Transformation Programme Manager and two business analysts.", "Service Manager (Policy, Projects and Performance)", "September 2024",
        "Programme Manager started in October. Business analyst posts re-advertised after an unsuccessful first round.", "A")
    act("3b", "Agree a data strategy setting out how we will use data to target services.", "Head of ICT and Data", "Ongoing",
        "Data maturity assessment completed with the LGA.", "G")
    rec("Recommendation 4: Improve the experience of residents contacting the council")
    act("4a", "Introduce a single customer contact standard across all services and report performance against it.", "Service Manager (Customer Services)", "December 2024",
        "Standard not yet agreed by Leadership Team; telephony data still being reconciled.", "R")
    act("4b", "Carry out a residents’ survey and publish the results.", "AD/JW", "November 2024",
        "Survey completed with 2,140 responses; results published in November.", "B")
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – at risk of slipping; Red – off track.")
    doc.save(os.path.join(HERE, "ea2-west-suffolk-council-corporate-peer-challenge-action-plan.docx"))

# ---------------------------------------------------------------- 6 New Forest housing csv
def new_forest():
    rows = [
        ["New Forest District Council - Housing Consumer Standards Improvement Plan 2024-25", "", "", "", "", "", ""],
        ["Standard", "Ref", "Action", "Lead", "Due Date", "Status", "Update"],
        ["Safety and Quality Standard", "SQ1", "Complete stock condition surveys for the remaining 30% of homes not surveyed in the last five years.", "Asset Manager", "31/03/2025", "On track", "1,480 surveys completed since April; contractor on course to finish in March."],
        ["Safety and Quality Standard", "SQ2", "Clear the backlog of overdue fire risk assessment actions in sheltered schemes.", "Building Safety Manager", "30/09/2024", "Complete", "All high-priority actions closed; remaining low-priority actions moved into the planned programme."],
        ["Safety and Quality Standard", "SQ3", "Introduce a damp and mould case management process with 10-day inspection target.", "Head of Housing Property Services", "31/12/2024", "Amber", "Process in place; 78% of inspections within 10 days against the 95% target."],
        ["", "", "", "", "", "", ""],
        ["Transparency, Influence and Accountability Standard", "TIA1", "Publish Tenant Satisfaction Measures and a plain-English summary on the council website.", "Housing Performance Officer", "30/06/2024", "Complete", "Published 27 June 2024 and summarised in the tenants' newsletter."],
        ["Transparency, Influence and Accountability Standard", "TIA2", "Set up a Tenant Scrutiny Panel and agree its terms of reference with the Housing and Homelessness Overview and Scrutiny Panel.", "KB/TS", "31/01/2025", "Green", "Eight tenants recruited; first meeting held in November."],
        ["Transparency, Influence and Accountability Standard", "TIA3", "Review the complaints policy against the Housing Ombudsman Complaint Handling Code.", "Customer Relations Manager", "Ongoing", "Green", "Annual self-assessment completed and published; policy kept under review."],
        ["", "", "", "", "", "", ""],
        ["Tenancy Standard", "T1", "Update the tenancy agreement and consult tenants on the changes.", "Tenancy Services Manager", "Jun-25", "Not started", "Legal review booked for the new year."],
        ["Neighbourhood and Community Standard", "NC1", "Agree an anti-social behaviour policy jointly with the Community Safety Partnership and Hampshire Constabulary.", "Tenancy Services Manager / Community Safety Manager", "28/02/2025", "Red", "Policy drafted but joint sign-off delayed; escalated to the Strategic Director."],
    ]
    with open(os.path.join(HERE, "ea2-new-forest-dc-housing-rsh-consumer-standards-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 7 Test Valley CPC txt (tab export)
def test_valley():
    lines = [
        ["Test Valley Borough Council – Corporate Peer Challenge Action Plan (progress update March 2025)"],
        [],
        ["No.", "Theme", "Recommendation", "Action", "Lead", "Deadline", "RAG", "Comment"],
        ["1.1", "Local priorities and outcomes", "Refresh the Corporate Plan so that it reflects the council's priorities to 2029 and how success will be measured.", "Consult residents and partners on the draft Corporate Plan 2025-2029.", "Head of Policy and Performance", "Nov-24", "Complete", "Consultation closed 15 November with 930 responses."],
        ["1.2", "", "", "Develop a set of outcome measures and a quarterly performance dashboard for Cabinet.", "Head of Policy and Performance", "Jun-25", "Green", "Draft measures shared with Overview and Scrutiny Committee in February."],
        ["2.1", "Financial planning and management", "Set out a medium-term plan to close the budget gap, including clear savings proposals.", "Prepare a savings and efficiency programme for 2025/26 to 2027/28.", "Head of Finance and Revenues", "Feb-25", "Complete", "Programme approved at Council alongside the 2025/26 budget."],
        ["2.2", "", "", "Review fees and charges against neighbouring councils and cost recovery.", "CW, PM", "Sep-25", "Amber", "Benchmarking complete; policy on cost recovery still to be agreed with portfolio holders."],
        ["3.1", "Governance and culture", "Strengthen the role of Overview and Scrutiny Committee in policy development.", "Agree an annual scrutiny work programme linked to the Corporate Plan.", "Head of Legal and Democratic Services", "Ongoing", "Green", "Work programme adopted; task and finish groups on housing delivery and climate."],
        ["3.2", "", "", "Deliver member development sessions on scrutiny skills with the Centre for Governance and Scrutiny.", "Democratic Services Manager", "31/07/2025", "", "Sessions being arranged for after the May elections."],
        [],
        ["4.1", "Capacity for improvement", "Invest in workforce planning to address recruitment difficulties in planning and environmental health.", "Introduce a career-graded scheme for planning officers.", "Head of Planning Policy and Economic Development / HR Manager", "Dec-24", "Red", "Scheme agreed in principle but implementation held pending the pay review."],
        ["4.2", "", "", "Launch a graduate and apprenticeship programme across hard-to-recruit services.", "HR Manager", "Sep-25", "Green", "Two planning apprentices appointed; environmental health places advertised."],
        [],
        ["RAG: Complete = action finished; Green = on track; Amber = at risk; Red = off track; blank = not yet started"],
    ]
    with open(os.path.join(HERE, "ea2-test-valley-bc-corporate-peer-challenge-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        for l in lines:
            f.write("\t".join(l) + "\n")

if __name__ == "__main__":
    east_staffs(); jersey(); guernsey(); knowsley(); west_suffolk(); new_forest(); test_valley()
