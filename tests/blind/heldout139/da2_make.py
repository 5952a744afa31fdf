"""Generator for the da2- blind cases (plans outside children's services)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
BOLD = Font(bold=True)
HDR = PatternFill("solid", fgColor="1F4E78")
WH = Font(bold=True, color="FFFFFF")
SEC = PatternFill("solid", fgColor="D9D9D9")
FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def p(name):
    return os.path.join(OUT, name)


def hdr(ws, row, cols):
    for i, c in enumerate(cols, 1):
        cell = ws.cell(row=row, column=i, value=c)
        cell.font = WH; cell.fill = HDR; cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        cell = ws.cell(row=row, column=i, value=v)
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(v, dt.datetime) and fmt:
            cell.number_format = fmt


# ---------------------------------------------------------------- 1 KMPT (refuse)
def kmpt():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "KMPT – CQC Inspection of Acute Wards for Adults of Working Age and PICU: Must Do / Should Do Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kent and Medway NHS and Social Care Partnership Trust"
    ws["A3"] = "Report published 14 March 2024. Position as at 30 September 2024 (Quality and Safety Committee)."
    cols = ["Ref", "Regulation", "CQC requirement", "Action", "Executive Lead", "Operational Lead",
            "Target date", "Progress update", "RAG"]
    hdr(ws, 5, cols)
    r = 6
    ws.cell(row=r, column=1, value="MUST DO").font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1).fill = SEC
    rows = [
        ("MD1", "Reg 12", "The trust must ensure that ligature risk assessments are reviewed and updated following any environmental change on the wards.",
         "Review all ward ligature risk assessments and introduce a sign-off step in the estates change process.", "Chief Nursing Officer", "Head of Estates Compliance",
         D(2024, 6, 30), "All 14 ward assessments reviewed in June. Estates change process amended and issued.", "Complete"),
        ("MD2", "Reg 12", "The trust must ensure that staff complete and record physical health observations after rapid tranquillisation.",
         "Relaunch the rapid tranquillisation policy and audit NEWS2 recording monthly on every ward.", "Chief Medical Officer", "Lead Nurse Physical Health",
         D(2024, 9, 30), "Monthly audits in place; compliance 86% in August against a 95% target.", "Amber"),
        ("MD3", "Reg 18", "The trust must ensure that there are enough suitably qualified staff on every shift.",
         "Complete the establishment review for acute wards and recruit to registered nurse vacancies.", "Chief Operating Officer", "Service Director Acute",
         "Novmeber 2024", "Establishment review agreed at Board in July. 11 of 18 posts recruited.", "Amber"),
        ("MD4", "Reg 17", "The trust must ensure that governance processes identify and act on themes from incidents.",
         "Introduce a monthly acute care group learning forum reporting to the Quality and Safety Committee.", "Chief Nursing Officer", "Director of Patient Safety",
         D(2024, 7, 31), "Forum established in May; themes report presented to QSC in July and September.", "Complete"),
    ]
    r += 1
    for row in rows:
        put(ws, r, row, "mmm-yy"); r += 1
    ws.cell(row=r, column=1, value="SHOULD DO").font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1).fill = SEC
    r += 1
    rows = [
        ("SD1", "Reg 9", "The trust should ensure that patients have access to meaningful activities at weekends.",
         "Agree a weekend activity timetable with occupational therapy on each ward.", "Chief Operating Officer", "Head of Occupational Therapy",
         D(2024, 10, 31), "Timetables in place on 9 of 14 wards.", "Green"),
        ("SD2", "Reg 10", "The trust should ensure that patients' privacy is maintained on mixed-sex wards.",
         "Complete the privacy and dignity audit and fit observation panel blinds.", "Chief Nursing Officer", "Matron, Little Brook Hospital",
         D(2024, 12, 31), "Audit complete; blinds on order.", "Green"),
        ("SD3", "Reg 17", "The trust should ensure that care records are completed consistently across wards.",
         "Roll out the care plan template on RiO and deliver refresher training.", "Chief Medical Officer", "Clinical Systems Lead",
         D(2025, 1, 31), "Template live. Training trajectory 62%.", "Green"),
    ]
    for row in rows:
        put(ws, r, row, "mmm-yy"); r += 1
    for c, w in zip("ABCDEFGHI", [7, 10, 45, 45, 20, 24, 12, 45, 10]):
        ws.column_dimensions[c].width = w
    wb.save(p("da2-kmpt-cqc-acute-wards-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 2 North of Tyne CA audit tracker
def notca():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding recs"
    ws["A1"] = "North of Tyne Combined Authority – Internal Audit Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit and Standards Committee, 23 January 2024"
    cols = ["Ref", "Audit", "Assurance", "Priority", "Recommendation", "Agreed management action",
            "Responsible officer", "Original target date", "Revised target date", "RAG", "Progress update"]
    hdr(ws, 4, cols)
    rows = [
        ("22/03.1", "Procurement and Contract Management", "Reasonable", "Medium",
         "The contracts register should be updated to include all contracts above £5,000.",
         "Finance team to reconcile the contracts register to the purchase ledger and update it quarterly.",
         "Head of Finance", D(2023, 3, 31), None, "B", "Reconciliation completed and register published on the website."),
        ("22/03.2", "Procurement and Contract Management", "Reasonable", "High",
         "Waivers of contract procedure rules should be approved in line with the scheme of delegation.",
         "Introduce a waiver form requiring Monitoring Officer sign-off before any waiver is used.",
         "Monitoring Officer", D(2023, 6, 30), D(2023, 12, 31), "A", "Form drafted; awaiting sign-off at Leadership Team in February."),
        ("22/07.1", "Grant Funding – Investment Fund", "Limited", "High",
         "Grant recipients' claims should be checked against evidence of defrayal before payment.",
         "Develop a claims checklist and sample 10% of claims for evidence of spend.",
         "Programme Manager, Investment Fund", D(2023, 4, 30), None, "B", "Checklist in use since April 2023."),
        ("22/07.2", "Grant Funding – Investment Fund", "Limited", "Medium",
         "Monitoring returns should be chased where overdue and escalated.",
         "Add overdue monitoring returns to the monthly programme board report.",
         "Programme Manager, Investment Fund / Head of Economic Growth", D(2023, 9, 30), D(2024, 3, 31), "G", "Report template amended; first report due March 2024."),
        (None, None, None, None, None, None, None, None, None, None, None),
        ("23/02.1", "Adult Education Budget", "Reasonable", "Medium",
         "Subcontractor funding rules should be reviewed annually and published.",
         "Review the subcontracting policy and publish on the website before the start of the academic year.",
         "Head of Skills", D(2023, 7, 31), D(2023, 10, 31), "R", "Policy review delayed by staffing; now scheduled for Cabinet in March."),
        ("23/02.2", "Adult Education Budget", "Reasonable", "Low",
         "Provider performance meetings should be minuted consistently.",
         "Use a standard agenda and action note for all provider performance meetings.",
         "AEB Contract Manager", D(2023, 9, 30), None, "B", "Standard template adopted from September."),
        ("23/05.1", "Cyber Security", "Limited", "High",
         "Multi-factor authentication should be enabled for all remote access accounts.",
         "Enable MFA for all staff and members' accounts via the host authority ICT service.",
         "Head of Corporate Services", D(2023, 12, 31), None, "G", "MFA enabled for staff; members' accounts to follow by end of January."),
    ]
    r = 5
    for row in rows:
        put(ws, r, row, "dd/mm/yyyy")
        rag = row[9]
        if rag:
            ws.cell(row=r, column=10).fill = PatternFill("solid", fgColor=FILL[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = BOLD
    ws.cell(row=r + 1, column=1, value="B – Implemented")
    ws.cell(row=r + 2, column=1, value="G – On track to be implemented by target date")
    ws.cell(row=r + 3, column=1, value="A – At risk of missing target date")
    ws.cell(row=r + 4, column=1, value="R – Target date missed")
    for c, w in zip("ABCDEFGHIJK", [9, 26, 11, 9, 40, 40, 24, 12, 12, 6, 40]):
        ws.column_dimensions[c].width = w
    wb.save(p("da2-north-of-tyne-ca-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 3 CWP MHA monitoring
def cwp():
    wb = Workbook(); ws = wb.active; ws.title = "PAS tracker"
    ws["A1"] = "CWP – CQC Mental Health Act Monitoring Visits: Provider Action Statement Tracker 2024/25"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Cheshire and Wirral Partnership NHS Foundation Trust – Mental Health Law Group"
    cols = ["No.", "MHA Code / area", "Issue identified by CQC", "Action to be taken", "Responsible person",
            "Date for completion", "Progress", "Status"]
    hdr(ws, 4, cols)
    groups = [
        ("Bowmere Hospital – Beech Ward (visit 16 April 2024)", [
            ("1", "Code 4.41 – Rights", "Patients' rights under section 132 were not always repeated at the intervals set out in the care plan.",
             "Add section 132 rights reminders to the ward's electronic task list and audit monthly.", "Ward Manager, Beech Ward",
             D(2024, 6, 30), "Task list live from May; June audit 100%.", "B"),
            ("2", "Code 24.40 – Consent to treatment", "T2/T3 certificates were not kept with medication charts.",
             "Pharmacy to check certificates weekly during ward visits.", "Ward Pharmacist / Ward Manager",
             D(2024, 7, 31), "Weekly checks established; one gap found in July and corrected.", "G"),
            ("3", "Environment", "The garden area was not accessible to patients at weekends.",
             "Agree a weekend garden access rota with the nurse in charge.", "Matron, Bowmere",
             D(2024, 8, 31), "Rota agreed but staffing has limited access on some weekends.", "A"),
        ]),
        ("Springview Hospital – Lakefield Ward (visit 3 July 2024)", [
            ("4", "Code 27 – Section 17 leave", "Section 17 leave forms did not record conditions in all cases.",
             "Re-issue the section 17 leave form with mandatory conditions field and brief medical staff.", "Consultant Psychiatrist (Dr A Mahmood)",
             D(2024, 9, 30), "Form re-issued; briefing completed at medical staff meeting.", "B"),
            ("5", "Code 1 – Least restrictive practice", "Blanket restrictions on mobile phones were in place without individual assessment.",
             "Review the ward's blanket restrictions register with patients and remove the mobile phone restriction.", "Ward Manager, Lakefield",
             D(2024, 10, 31), "Community meeting held; restriction removed pending policy update.", "G"),
            ("6", "Code 34 – Care planning", "Care plans did not show patient involvement.",
             "Introduce 'my care plan' co-production prompts in supervision and audit 10 records a month.", "Clinical Lead Nurse",
             D(2024, 11, 30), "Audit shows 60% of plans evidence involvement.", "R"),
        ]),
        ("Eastway – Brackendale Ward (visit 19 September 2024)", [
            ("7", "Code 4 – Information for patients", "Information about the IMHA service was not displayed.",
             "Display IMHA posters and leaflets and add referral details to the admission pack.", "Ward Manager, Brackendale",
             D(2024, 10, 31), "Posters displayed; admission pack reprinted.", "B"),
            ("8", "Code 26 – Seclusion", "Seclusion records did not always record the two-hourly nursing reviews.",
             "Audit all seclusion episodes and deliver seclusion documentation training to nursing staff.", "Lead for Reducing Restrictive Practice",
             D(2025, 1, 31), "Training dates booked for November and December.", "G"),
        ]),
    ]
    r = 5
    for title, rows in groups:
        ws.cell(row=r, column=1, value=title).font = BOLD
        ws.cell(row=r, column=1).fill = SEC
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            put(ws, r, row[:7] + ("",), "dd/mm/yyyy")
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=FILL[row[7]])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = BOLD
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage – mitigating action in place"), ("R", "Off track – escalated to Mental Health Law Group")]):
        ws.cell(row=r + 1 + i, column=1).fill = PatternFill("solid", fgColor=FILL[k])
        ws.cell(row=r + 1 + i, column=2, value=t)
    for c, w in zip("ABCDEFGH", [6, 24, 42, 42, 28, 13, 40, 9]):
        ws.column_dimensions[c].width = w
    wb.save(p("da2-cheshire-wirral-partnership-nhsft-cqc-mha-monitoring-provider-action-statements.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


# ---------------------------------------------------------------- 4 Herefordshire ASC CQC assessment
def hereford():
    doc = Document()
    doc.add_heading("Herefordshire Council Adult Social Care – CQC Assessment Improvement Plan 2024–2026", 0)
    doc.add_paragraph("The Care Quality Commission assessed Herefordshire Council's adult social care functions in "
                      "spring 2024 and published its report in September 2024 with an overall rating of Requires Improvement. "
                      "This plan sets out how we will respond to the areas for improvement in the report. Progress is reported "
                      "quarterly to the Adults Improvement Board and to Adults and Wellbeing Scrutiny Committee.")
    doc.add_heading("Document control", 2)
    table(doc, ["Version", "Date", "Author", "Approved by"],
          [["0.3", "14/10/2024", "Improvement Programme Manager", "Adults Improvement Board"],
           ["1.0", "06/11/2024", "Improvement Programme Manager", "Corporate Director, Community Wellbeing"]])
    hdr_ = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress"]
    themes = [
        ("Theme 1: Working with people",
         "People waited too long for Care Act assessments and reviews.",
         [["1.1", "Introduce a waiting list triage and risk-rating tool across all locality teams.", "Head of Operations (Localities)", "Q3 2024/25", "Complete", "Tool in use in all three localities since November."],
          ["1.2", "Commission additional review capacity to clear overdue annual reviews.", "Service Director, Operations", "March 2025", "Amber", "Agency reviewers started in January; overdue reviews down from 1,140 to 860."]]),
        ("Theme 1: Working with people",
         "Unpaid carers did not consistently receive carers' assessments.",
         [["1.3", "Re-procure the carers' support service with assessment delegated to the provider.", "Head of Commissioning", "Sept 2024 – June 2025", "Green", "Tender evaluation complete; contract award due in April."]]),
        ("Theme 2: Providing support",
         "Access to home care in rural areas was limited.",
         [["2.1", "Develop rural home care zones with enhanced rates for hard-to-reach postcodes.", "Head of Commissioning / Market Development Manager", "31/01/2025", "Green", "Zones agreed with providers at the care market forum."],
          ["2.2", "Expand the micro-enterprise programme to 40 community micro-providers.", "Market Development Manager", "Ongoing", "Green", "31 micro-providers now registered."]]),
        ("Theme 3: How the local authority ensures safety within the system",
         "Safeguarding concerns were not always screened within timescales.",
         [["3.1", "Create a single safeguarding adults front door with dedicated screening staff.", "Principal Social Worker", "Q4 2024/25", "Amber", "Recruitment to two screening posts delayed; interim cover from the locality teams."],
          ["3.2", "Audit 20 safeguarding enquiries each quarter and report to the Safeguarding Adults Board.", "Head of Quality Assurance", "Quarterly", "Green", "Q3 audit completed; findings to SAB in February."]]),
        ("Theme 4: Leadership",
         "Performance information was not used consistently to drive improvement.",
         [["4.1", "Launch a monthly adults performance dashboard for managers.", "Head of Performance and Intelligence", "December 2024", "Complete", "Dashboard live on Power BI from December."]]),
    ]
    last = None
    for theme, afi, rows in themes:
        if theme != last:
            doc.add_heading(theme, 1); last = theme
        doc.add_paragraph(afi).runs[0].bold = True
        table(doc, hdr_, rows)
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Green – on track; Amber – some delay, recovery plan in place; Red – off track; Complete – action delivered.")
    doc.save(p("da2-herefordshire-asc-cqc-assessment-improvement-plan.docx"))


# ---------------------------------------------------------------- 5 Great Places tenant scrutiny
def greatplaces():
    doc = Document()
    doc.add_heading("Great Places Housing Group – Tenant Scrutiny Panel Review: Damp and Mould Action Plan", 1)
    doc.add_paragraph("The Tenant Scrutiny Panel reviewed how we respond to reports of damp and mould between October 2023 "
                      "and February 2024. The Panel made eight recommendations, all of which were accepted by the Executive "
                      "Team. This action plan was last updated on 2 September 2024.")
    rows = [
        ["1", "Give customers a named contact for each damp and mould case.", "Assign every new case to a Damp and Mould Surveyor as case owner and show their name in the repairs text message.", "Head of Repairs", "June 2024", "Complete"],
        ["2", "Inspect within ten working days of a report.", "Change the repairs scheduling rules so damp and mould inspections are booked within ten working days.", "Head of Repairs", "July 2024", "Complete"],
        ["3", "Follow up six weeks after works are completed.", "Introduce a six-week post-works call and re-inspect where mould has returned.", "Customer Experience Manager", "30/09/2024", "On track"],
        ["4", "Improve the advice we give customers.", "Co-design a new damp and mould leaflet with the Panel and publish it in plain English and five community languages.", "Communications Manager / Tenant Scrutiny Panel Chair", "October 2024", "On track"],
        ["5", "Make better use of stock condition data.", "Use the stock condition survey to identify homes at high risk and plan proactive ventilation works.", "Director of Property Services", "March 2025", "Amber"],
        ["6", "Train all customer-facing staff.", "Deliver damp and mould awareness training to contact centre, neighbourhood and repairs staff.", "Learning and Development Manager", "December 2024", "Not started"],
        ["7", "Report performance to tenants.", "Add damp and mould measures to the quarterly performance report to customers.", "Performance Manager", "Quarterly", "On track"],
        ["8", "Check that the changes have worked.", "The Panel will carry out a follow-up review of ten closed cases.", "Tenant Scrutiny Panel Chair", "April 2025", "Not started"],
    ]
    table(doc, ["No.", "Panel recommendation", "Action", "Owner", "Target date", "Status"], rows)
    doc.save(p("da2-great-places-tenant-scrutiny-panel-damp-mould-review-action-plan.docx"))


# ---------------------------------------------------------------- 6 Hastoe csv
def hastoe():
    hdr_ = ["ID", "Code section", "Code requirement", "Action", "Owner", "Due date", "RAG", "Update"]
    rows = [
        ["1", "Section 1: Definition of a complaint", "1.2 Landlords must recognise the difference between a service request and a complaint.",
         "Update the complaints policy and staff guidance to define a service request.", "Head of Customer Experience", "31/05/2024", "Complete", "Policy approved by Board in May 2024."],
        ["2", "Section 2: Exclusions", "2.4 Landlords must not take a blanket approach to excluding complaints.",
         "Review the exclusions list and record reasons for every complaint not accepted.", "Complaints Manager", "30/06/2024", "Complete", "Exclusions reduced from nine to three; reasons now logged on CRM."],
        ["3", "Section 3: Accessibility and awareness", "3.2 Landlords must make reasonable adjustments and keep a record of them.",
         "Add a reasonable adjustments field to the CRM customer record.", "Head of Digital", "30/09/2024", "Amber", "Field designed; release delayed until the October CRM upgrade."],
        ["4", "Section 3: Accessibility and awareness", "3.5 Landlords must publicise the complaints policy and the Ombudsman.",
         "Publish the policy on the website, in the residents' newsletter and on communal noticeboards.", "Communications Officer", "31/07/2024", "Complete", "Published July 2024."],
        ["5", "Section 5: The complaint handling process", "5.8 Landlords must acknowledge stage 1 complaints within five working days.",
         "Set up an automated acknowledgement and a daily report of unacknowledged complaints.", "Complaints Manager", "31/10/2024", "Green", "Automation in test; daily report in use."],
        ["6", "Section 6: Complaints stages", "6.13 Stage 2 responses must be issued within 20 working days.",
         "Create a stage 2 review panel rota of senior managers.", "Director of Customer Services", "30/11/2024", "Green", "Rota drafted for Executive approval."],
        ["7", "Section 8: Self-assessment, reporting and compliance", "8.1 Landlords must produce an annual complaints performance and service improvement report.",
         "Produce the annual report and present it to Board and the Residents' Panel.", "Head of Customer Experience / Company Secretary", "30/06/2024", "Complete", "Presented to Board 26 June 2024."],
        ["8", "Section 9: Scrutiny and oversight", "9.7 The member responsible for complaints must receive regular information on complaints.",
         "Quarterly complaints report to the Board member responsible for complaints.", "Complaints Manager", "Quarterly", "Green", "Q1 and Q2 reports provided."],
    ]
    with open(p("da2-hastoe-housing-ombudsman-complaint-handling-code-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(hdr_)
        w.writerows(rows)


# ---------------------------------------------------------------- 7 Halton serious violence txt
def halton():
    lines = [
        "Safer Halton Partnership – Serious Violence Duty Local Strategy Action Plan 2024/25",
        "Progress update for the Safer Halton Partnership Board, March 2025",
        "",
        "\t".join(["Priority", "Ref", "Action", "Lead", "Timescale", "RAG", "Update"]),
        "\t".join(["Priority 1: Understanding serious violence", "1.1", "Refresh the strategic needs assessment with health and police data.", "Community Safety Manager", "Jan-25", "Complete", "SNA refreshed and signed off by the Board in January."]),
        "\t".join(["Priority 1: Understanding serious violence", "1.2", "Agree a data sharing agreement with Merseyside Police, the ICB and Youth Justice.", "Community Safety Manager / Information Governance Lead", "Mar-25", "Amber", "Agreement with police signed; ICB sign-off outstanding."]),
        "\t".join(["Priority 2: Prevention and early intervention", "2.1", "Deliver knife crime awareness sessions in all secondary schools.", "Youth Justice Service Manager", "Jul-25", "Green", "Sessions delivered in 6 of 8 schools."]),
        "\t".join(["Priority 2: Prevention and early intervention", "2.2", "Commission A&E navigators at Whiston Hospital for young people attending with violence-related injuries.", "Director of Public Health", "Sep-25", "Green", "Funding agreed with the Violence Reduction Partnership."]),
        "\t".join(["Priority 2: Prevention and early intervention", "2.3", "Extend detached youth work to Widnes town centre on Friday and Saturday evenings.", "Head of Youth Services", "Ongoing", "Green", "Detached sessions running since November."]),
        "",
        "\t".join(["Priority 3: Reducing reoffending", "3.1", "Integrate serious violence offenders into the Integrated Offender Management cohort.", "Detective Inspector, Halton CSU / Head of Service, Probation", "Q2 2025/26", "Red", "Cohort criteria not yet agreed; escalated to the Board."]),
        "\t".join(["Priority 3: Reducing reoffending", "3.2", "Review the domestic abuse perpetrator programme referral pathway.", "Domestic Abuse Coordinator", "Dec-24", "Complete", "Pathway reviewed and re-launched in December."]),
        "",
        "RAG key: Green = on track; Amber = some risk to delivery; Red = off track; Complete = delivered.",
    ]
    with open(p("da2-safer-halton-partnership-serious-violence-duty-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    kmpt(); notca(); cwp(); hereford(); greatplaces(); hastoe(); halton()
