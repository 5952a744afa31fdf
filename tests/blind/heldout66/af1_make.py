"""Generator for the af1- cases of heldout66.

Makes seven plan files in this folder:
  af1-chorley-internal-audit-tracker.csv
  af1-royal-papworth-cqc-action-plan.xlsx
  af1-hinckley-bosworth-cpc-action-plan.xlsx
  af1-fareham-housing-consumer-standards-plan.xlsx
  af1-ysgol-bro-edern-estyn-piap.docx
  af1-hugh-baird-college-ofsted-piap.docx
  af1-golden-jubilee-his-improvement-plan.txt

Run with /work/main/.venv/bin/python (python-docx, openpyxl).
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


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


XL_BLUE = "5B9BD5"
XL_GREEN = "00B050"
XL_AMBER = "FFC000"
XL_RED = "FF0000"
XL_HEAD = "1F3864"
XL_SECTION = "D9E1F2"


def shade(cell, hex_):
    """Shade a python-docx table cell."""
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# =================================================================== 1 CSV
def chorley():
    rows = [
        ["Chorley Council - Internal Audit: Outstanding Agreed Management Actions"] + [""] * 11,
        ["Governance Committee 24 January 2024 - position as at 31 December 2023"] + [""] * 11,
        [""] * 12,
        ["Audit", "Audit Year", "Assurance Rating", "Ref", "Recommendation", "Priority",
         "Agreed Management Action", "Responsible Officer", "Original Target Date",
         "Revised Target Date", "Status", "Progress Update"],
        ["Commercial Services Governance", "2022/23", "Limited", "CSG1",
         "Establish a documented scheme of delegation for the Commercial Services directorate.", "High",
         "A scheme of delegation for the directorate will be drafted, approved by SMT and published on the intranet.",
         "Director of Commercial Services", "31/03/2023", "30/09/2023", "Complete",
         "Scheme of delegation approved by SMT on 12 September 2023 and published on the intranet."],
        ["Commercial Services Governance", "2022/23", "Limited", "CSG2",
         "Ensure that all contracts over £25,000 are recorded on the contracts register.", "High",
         "The contracts register will be reconciled to creditor payments each quarter and any gaps addressed.",
         "Head of Procurement", "30/06/2023", "31/03/2024", "Amber",
         "First reconciliation completed in November and 14 contracts added. Quarterly reconciliation is not yet embedded."],
        ["Commercial Services Governance", "2022/23", "Limited", "CSG3",
         "Declarations of interest should be obtained from all officers involved in letting contracts.", "Medium",
         "All officers in the directorate to complete an annual declaration of interests return.",
         "Monitoring Officer", "31/05/2023", "", "Complete",
         "Returns received from all 23 officers in the directorate and held by Legal Services."],
        ["Commercial Property Management", "2022/23", "Limited", "CPM1",
         "Rent reviews should be carried out in line with lease terms.", "High",
         "A rent review schedule will be maintained and reported monthly to the Director of Commercial Services.",
         "Property Manager", "30/09/2023", "31/01/2024", "Red",
         "Schedule is in place but six reviews remain overdue because of a vacancy in the estates team. An interim surveyor started in December."],
        ["Commercial Property Management", "2022/23", "Limited", "CPM2",
         "Commercial rent arrears should be actively pursued.", "Medium",
         "Aged debt on commercial rents to be reviewed monthly by the Property and Income teams and referred to Legal after 90 days.",
         "Property Manager / Income Manager", "31/10/2023", "", "Green",
         "Monthly review meetings in place since October. Escalation protocol agreed with Legal Services."],
        [""] * 12,
        ["Payroll", "2023/24", "Adequate", "PAY1",
         "Leavers should be removed from the payroll promptly.", "Medium",
         "HR to send a monthly leavers report to Payroll, and Payroll to confirm each leaver has been processed.",
         "HR & OD Manager", "31/01/2024", "", "Green",
         "Report now produced monthly; first check completed for the December payroll."],
        ["Payroll", "2023/24", "Adequate", "PAY2",
         "Overtime claims should be authorised before payment.", "Low",
         "Authorisation limits in iTrent to be updated so that overtime cannot be paid without manager approval.",
         "Payroll Team Leader", "29/02/2024", "", "Not started",
         "Due to start once the iTrent upgrade is completed in February."],
        ["Cyber Security", "2023/24", "Limited", "CYB1",
         "Implement multi-factor authentication for all remote access.", "High",
         "MFA to be rolled out to all staff and councillor accounts.",
         "ICT Services Manager", "31/12/2023", "31/03/2024", "Amber",
         "MFA is live for all staff accounts. Councillor accounts will be completed by March following the device refresh."],
        ["Cyber Security", "2023/24", "Limited", "CYB2",
         "Develop and test an ICT disaster recovery plan.", "Medium",
         "An ICT disaster recovery plan will be written and a desktop test carried out with the shared services team.",
         "ICT Services Manager", "Q4 2023/24", "", "Green",
         "Draft plan written; desktop test booked for 14 March 2024."],
        ["Licensing (Hackney Carriage and Private Hire)", "2023/24", "Substantial", "LIC1",
         "Six-monthly DBS rechecks should be diarised for all licensed drivers.", "Low",
         "DBS update service checks to be diarised in the licensing system for every driver.",
         "Licensing Team Leader", "30/11/2023", "", "Complete",
         "Diary reminders set up for all 412 licensed drivers; checked by Internal Audit in December."],
        [""] * 12,
        ["Status key: Complete = implemented and verified by Internal Audit; Green = on track to meet the target date; "
         "Amber = at risk of missing the target date; Red = target date missed"] + [""] * 11,
    ]
    with open(out("af1-chorley-internal-audit-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ============================================================ 2 Papworth
def papworth():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    widths = [9, 10, 42, 14, 48, 26, 11, 12, 50, 7]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w

    ws["A1"] = "Royal Papworth Hospital NHS Foundation Trust – CQC Inspection Action Plan 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Unannounced inspection of medical care and outpatients, 14–15 November 2023; report published "
                "8 March 2024. Progress position as at 31 July 2024 for the Quality and Risk Committee.")
    ws.merge_cells("A2:J2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30

    head = ["Ref", "Must / Should", "CQC requirement", "Regulation", "Action", "Lead",
            "Target date", "Revised date", "Progress update", "RAG"]
    r = 4
    for c, h in enumerate(head, start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(XL_HEAD)
        cell.alignment = WRAP
        cell.border = BOX
    r += 1

    rag_fill = {"B": XL_BLUE, "G": XL_GREEN, "A": XL_AMBER, "R": XL_RED}

    def section(title):
        nonlocal r
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(row=r, column=c).fill = fill(XL_SECTION)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1

    def req_block(kind, req, reg, actions):
        """actions: list of (ref, action, lead, target, revised, progress, rag)."""
        nonlocal r
        first = r
        for i, (ref, action, lead, target, revised, progress, rag) in enumerate(actions):
            if i == 0:
                vals = [ref, kind, req, reg, action, lead, target, revised, progress, rag]
            else:
                vals = [ref, None, None, None, action, lead, target, revised, progress, rag]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=7).number_format = "mmm-yy"
            ws.cell(row=r, column=8).number_format = "dd/mm/yyyy"
            rc = ws.cell(row=r, column=10)
            rc.fill = fill(rag_fill[rag])
            rc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if len(actions) > 1:
            for col in (2, 3, 4):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)

    D = dt.datetime
    section("Medical care (including older people's care)")
    req_block("Must do",
              "The trust must ensure that staff complete mandatory training, including level 3 safeguarding "
              "children training, in line with trust targets.",
              "Reg 18(2)(a) Staffing",
              [("MD1.1",
                "Ward managers to review training compliance at monthly ward meetings and agree protected time "
                "for staff who are non-compliant.",
                "Head of Nursing – Cardiology", D(2024, 6, 30), None,
                "Compliance at 92% against the 90% target at the end of June. Monitored through the divisional "
                "performance review.", "B"),
               ("MD1.2",
                "Additional level 3 safeguarding children sessions to be scheduled, including evening and weekend "
                "sessions for night staff.",
                "Named Nurse for Safeguarding", D(2024, 5, 31), D(2024, 9, 30),
                "Six extra sessions delivered; compliance 81% against the 85% target. Further sessions are booked "
                "for August and September.", "A")])
    req_block("Must do",
              "The trust must ensure that patients' fluid balance charts are fully completed and reviewed.",
              "Reg 12(2)(a) Safe care and treatment",
              [("MD2.1",
                "Introduce the electronic fluid balance chart on all medical wards and withdraw paper charts.",
                "Chief Nursing Information Officer", D(2024, 4, 30), None,
                "Electronic chart live on all medical wards from 22 April 2024. Paper charts removed from stock.",
                "B"),
               ("MD2.2",
                "Monthly fluid balance audit added to the ward accreditation programme, with results reported to "
                "the Nursing Advisory Forum.",
                "Deputy Chief Nurse", "Ongoing", None,
                "Audits running since May. June audit showed 88% of charts fully completed, up from 61% in "
                "February.", "G")])
    req_block("Should do",
              "The trust should ensure that resuscitation trolleys are checked daily in line with trust policy.",
              "N/A",
              [("SD1",
                "Daily trolley checks to be added to the ward safety huddle checklist and spot-checked weekly by "
                "matrons.",
                "Matrons", D(2024, 3, 31), None,
                "Added to the huddle checklist in March. Weekly spot checks show 100% compliance since April.",
                "B")])
    section("Outpatients")
    req_block("Must do",
              "The trust must ensure that patients waiting for follow-up appointments are clinically reviewed and "
              "risk-stratified.",
              "Reg 12(2)(a) Safe care and treatment",
              [("MD3.1",
                "Clinical validation of the follow-up waiting list for all specialties, with a harm review for "
                "patients waiting more than 12 weeks past their due date.",
                "Associate Director of Operations / Clinical Lead for Outpatients", D(2024, 9, 30), None,
                "Validation complete for cardiology and respiratory medicine; thoracic surgery and transplant in "
                "progress. No harm identified to date.", "G")])
    req_block("Should do",
              "The trust should ensure that patients are kept informed of delays in clinics.",
              "N/A",
              [("SD2",
                "Install delay information screens in the outpatient waiting area and introduce a 30-minute delay "
                "announcement standard.",
                "Outpatient Services Manager", D(2024, 8, 31), D(2024, 12, 31),
                "Screens ordered but installation delayed by estates works. The announcement standard has been "
                "agreed and is in use.", "R")])
    section("Trust-wide (well-led)")
    req_block("Should do",
              "The trust should ensure that the Freedom to Speak Up guardian has sufficient protected time for the "
              "role.",
              "N/A",
              [("SD3",
                "Increase the Freedom to Speak Up guardian's protected time from two to three days a week and "
                "recruit additional FTSU champions.",
                "Director of Workforce and OD", D(2024, 10, 31), None,
                "Job plan change agreed from September. Eight new champions recruited, training in August.", "G")])
    req_block("Should do",
              "The trust should ensure that risks on the corporate risk register are reviewed and have up-to-date "
              "mitigations.",
              "N/A",
              [("SD4",
                "Risk review dates to be reported to the Risk Management Group each month, with overdue reviews "
                "escalated to the executive lead.",
                "Head of Risk and Compliance", D(2024, 7, 31), None,
                "Monthly report in place since May; no risks overdue for review at the July meeting.", "B")])

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for code, text in [("B", "Complete – evidence submitted to the Quality and Risk Committee"),
                       ("G", "On track to deliver by the target date"),
                       ("A", "Risk of delay / partially delivered"),
                       ("R", "Off track / target date missed")]:
        k = ws.cell(row=r, column=1, value=code)
        k.fill = fill(rag_fill[code])
        k.alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=2, value=text)
        r += 1
    ws.freeze_panes = "A5"
    wb.save(out("af1-royal-papworth-cqc-action-plan.xlsx"))


# ============================================================ 3 Hinckley
def hinckley():
    wb = Workbook()
    ws = wb.active
    ws.title = "CPC Action Plan"
    for col, w in zip("ABCDEFG", [40, 6, 48, 26, 13, 52, 9]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Hinckley & Bosworth Borough Council – LGA Corporate Peer Challenge Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Peer challenge on site 5–8 March 2024. Progress update for the Scrutiny Commission, "
                "January 2025.")
    ws.merge_cells("A2:G2")

    head = ["Recommendation", "Ref", "Action", "Lead Officer", "Timescale",
            "Progress update (December 2024)", "Status"]
    r = 4
    for c, h in enumerate(head, start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    r += 1
    st = {"blue": XL_BLUE, "green": XL_GREEN, "amber": XL_AMBER, "red": XL_RED}

    def rec(text, actions):
        nonlocal r
        first = r
        ws.cell(row=r, column=1, value=text)
        for ref, action, lead, when, progress, status in actions:
            for c, v in zip(range(2, 7), [ref, action, lead, when, progress]):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
            ws.cell(row=r, column=7).fill = fill(st[status])
            for c in range(1, 8):
                ws.cell(row=r, column=c).border = BOX
            r += 1
        ws.cell(row=first, column=1).alignment = WRAP
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)

    rec("1. Refresh the Corporate Plan so that it sets out clear, measurable priorities for the rest of the "
        "council term and aligns with the Medium Term Financial Strategy.",
        [("1.1", "Hold cross-party member workshops to agree the refreshed priorities.",
          "Chief Executive", "July 2024",
          "Two cross-party workshops held in June and July 2024, attended by 29 members.", "blue"),
         ("1.2", "Refreshed Corporate Plan 2024–2028 to be approved by Council, with a set of outcome measures.",
          "Director (Corporate Services)", "Nov 2024",
          "Draft approved by the Executive in November. Council consideration moved to February 2025 so that it "
          "can be taken alongside the budget.", "amber")])
    rec("2. Develop a medium-term financial plan that closes the budget gap from 2026/27 onwards, including a "
        "savings and income programme.",
        [("2.1", "Set up a cross-party Budget Working Group to review savings options.",
          "Section 151 Officer", "Sept 2024",
          "Working group met four times between September and December.", "blue"),
         ("2.2", "Develop a three-year savings and income generation programme with a business case for each "
                 "proposal.",
          "Director (Corporate Services) / Head of Finance", "Q4 2024/25",
          "Twelve proposals identified worth £1.1m; business cases being prepared for the February budget.",
          "green")])
    rec("3. Strengthen the council's capacity to deliver major projects and regeneration, including the Hinckley "
        "town centre programme.",
        [("3.1", "Recruit a dedicated programme manager for regeneration projects.",
          "Head of Planning and Regeneration", "Oct 2024",
          "Two recruitment rounds were unsuccessful. Interim support through an LGA adviser is being explored.",
          "red"),
         ("3.2", "Introduce a corporate programme board with a consistent project management approach.",
          "Chief Executive", "Ongoing",
          "Programme board meets monthly from September; project highlight template in use.", "green")])
    rec("4. Review the approach to member development, including induction for new members and training for "
        "Planning Committee members.",
        [("4.1", "Refresh the Member Development Strategy with the Member Development Working Group.",
          "Democratic Services Manager", "March 2025",
          "First draft discussed with the working group in November.", "green"),
         ("4.2", "Mandatory planning training for all members and substitutes of the Planning Committee.",
          "Head of Planning and Regeneration", "Annually",
          "2024 sessions delivered in May and June; all committee members and substitutes attended.", "green")])
    rec("5. Continue to play an active role in discussions on devolution and local government reorganisation in "
        "Leicestershire, making sure all members are well briefed.",
        [("5.1", "Regular all-member briefings on devolution and local government reorganisation.",
          "Chief Executive", "Quarterly",
          "Briefings held in July and October 2024; next briefing January 2025.", "green")])

    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for colour, text in [("blue", "Completed"), ("green", "On track"),
                         ("amber", "Some slippage – action being taken"),
                         ("red", "Significant slippage / not on track")]:
        ws.cell(row=r, column=2).fill = fill(st[colour])
        ws.cell(row=r, column=3, value=text)
        r += 1
    wb.save(out("af1-hinckley-bosworth-cpc-action-plan.xlsx"))


# ============================================================= 4 Fareham
def fareham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    for col, w in zip("ABCDEFG", [8, 40, 48, 28, 13, 10, 50]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Fareham Borough Council – Housing Consumer Standards Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Actions arising from the self-assessment against the Regulator of Social Housing consumer "
                "standards (April 2024). Position at 30 September 2024.")
    ws.merge_cells("A2:G2")
    head = ["Ref", "Gap identified", "Action", "Responsible Officer", "Target Date", "RAG", "Comments"]
    r = 4
    for c, h in enumerate(head, start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385723")
        cell.border = BOX
    r += 1
    rag_fill = {"Complete": XL_BLUE, "Green": XL_GREEN, "Amber": XL_AMBER, "Red": XL_RED}

    def section(t):
        nonlocal r
        ws.cell(row=r, column=1, value=t).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = fill("E2EFDA")
        r += 1

    def row(vals):
        nonlocal r
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=6).fill = fill(rag_fill[vals[5]])
        r += 1

    section("Safety and Quality Standard")
    row(["SQ1", "Stock condition data is more than five years old for around a third of council homes.",
         "Procure and complete a 100% stock condition survey of council homes over two years.",
         "Housing Asset Manager", "March 2026", "Green",
         "Contract awarded in July 2024; surveys started in September with 310 homes completed."])
    row(["SQ2", "Damp and mould cases are not tracked from first report through to resolution.",
         "Introduce a damp and mould case tracker, with every case inspected within 10 working days of being "
         "reported.",
         "Repairs and Maintenance Manager", "Sept 2024", "Complete",
         "Tracker live from 2 September. 47 open cases, all inspected within target."])
    row(["SQ3", "Fire risk assessment actions are overdue in three sheltered housing schemes.",
         "Clear all high-priority fire risk assessment actions in sheltered housing schemes.",
         "Building Safety Manager", "Dec 2024", "Amber",
         "31 of 44 high-priority actions complete. Fire door replacements at Collingwood House awaiting "
         "delivery."])
    row(["SQ4", "There is no single view of compliance across the 'big six' safety areas.",
         "Develop a monthly compliance dashboard for gas, electrical, fire, water, asbestos and lift safety, "
         "reported to the Executive Leadership Team.",
         "Building Safety Manager / ICT Business Partner", "Agust 2024", "Red",
         "Dashboard build delayed because contractor data is not yet supplied in a consistent format."])
    section("Transparency, Influence and Accountability Standard")
    row(["TIA1", "Tenants have limited ways to influence and scrutinise housing services.",
         "Set up a Tenant Scrutiny Panel with terms of reference agreed with tenants.",
         "Tenant Engagement Officer", "Jan 2025", "Green",
         "Recruitment drive in October; nine tenants have expressed an interest."])
    row(["TIA2", "Tenant Satisfaction Measures are not published in an accessible format.",
         "Publish the 2023/24 Tenant Satisfaction Measures on the website and in the tenants' newsletter.",
         "Housing Performance Officer", "June 2024", "Complete",
         "Published in June and included in the summer edition of Fareham Tenants' News."])
    section("Tenancy Standard")
    row(["TEN1", "Tenancy audits have not been carried out since 2019.",
         "Restart a programme of tenancy audit visits, prioritising tenants not seen for more than five years.",
         "Tenancy Services Manager", "March 2025", "Amber",
         "Programme restarted in August but behind profile because of staff vacancies."])
    section("Neighbourhood and Community Standard")
    row(["NC1", "No published policy on anti-social behaviour that reflects the revised standard.",
         "Review and publish the Anti-Social Behaviour Policy following consultation with tenants.",
         "Tenancy Services Manager", "Nov 2024", "Green",
         "Consultation closed 20 September; policy to Executive in November."])
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete = action complete; Green = on target; Amber = some "
                                    "delay; Red = significantly delayed")

    vc = wb.create_sheet("Version control")
    for c, h in enumerate(["Version", "Date", "Author", "Changes"], start=1):
        vc.cell(row=1, column=c, value=h).font = Font(bold=True)
    for i, vals in enumerate([
            ["0.1", "12/04/2024", "Head of Housing", "First draft from self-assessment"],
            ["1.0", "07/05/2024", "Head of Housing", "Approved by Housing Services Board"],
            ["1.3", "04/10/2024", "Housing Performance Officer", "September 2024 progress update"]], start=2):
        for c, v in enumerate(vals, start=1):
            vc.cell(row=i, column=c, value=v)
    wb.save(out("af1-fareham-housing-consumer-standards-plan.xlsx"))


# ============================================================= 5 Ysgol Bro Edern
def bro_edern():
    doc = Document()
    landscape(doc)
    doc.add_heading("Ysgol Bro Edern – Post-inspection Action Plan", level=0)
    doc.add_paragraph("Estyn core inspection: 4–7 March 2024. Plan approved by the governing body on 2 May 2024.")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("School", "Ysgol Bro Edern, Cardiff"),
                 ("Headteacher", "Iwan Rhys"),
                 ("Chair of Governors", "Eleri Howells"),
                 ("Local authority link officer", "School Improvement Partner, Cardiff Council"),
                 ("Review", "Half-termly by SLT; termly report to the Standards and Curriculum Committee"),
                 ("Version", "3 – January 2025 progress update")]:
        cells = info.add_row().cells
        cells[0].text, cells[1].text = a, b
        cells[0].paragraphs[0].runs[0].bold = True

    doc.add_paragraph()
    doc.add_paragraph(
        "The school will address the recommendations in the Estyn report through the actions below. "
        "Leads are shown by initials (see the staff key). The RAG column shows the position at the January "
        "2025 review.")

    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    key.rows[0].cells[0].text, key.rows[0].cells[1].text = "Initials", "Role"
    bold_row(key.rows[0])
    for a, b in [("IRh", "Headteacher"),
                 ("CGJ", "Deputy Headteacher – Teaching and Learning"),
                 ("EMW", "Assistant Headteacher – Data and Assessment"),
                 ("GHL", "Assistant Headteacher – Wellbeing and Attendance"),
                 ("RhE", "Lead Practitioner"),
                 ("SDP", "Numeracy Co-ordinator"),
                 ("BM", "Business Manager")]:
        cells = key.add_row().cells
        cells[0].text, cells[1].text = a, b

    rag_hex = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    cols = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]

    def recommendation(heading, actions):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, cols):
            c.text = h
        bold_row(t.rows[0])
        for vals in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, vals):
                c.text = v
            shade(cells[6], rag_hex[vals[6]])

    recommendation("R1: Improve the quality and consistency of feedback so that pupils know how to improve their work", [
        ("1.1", "Agree a whole-school feedback policy with staff and pupils, including a clear approach to "
                "'amser ymateb' (response time) in lessons.",
         "CGJ", "July 2024", "Policy approved by governors; all departments apply the agreed approach.",
         "SLT book scrutiny each half term", "Complete"),
        ("1.2", "Deliver professional learning on effective feedback through departmental triads, led by the "
                "school's lead practitioners.",
         "CGJ / RhE", "Autumn term 2024", "All teachers take part in a triad; learning walks show improved "
                                          "feedback in most lessons.",
         "Learning walks; PL evaluations", "Complete"),
        ("1.3", "Middle leaders to carry out work scrutiny focused on the impact of feedback and share findings "
                "with SLT.",
         "Heads of Department", "Termly", "Scrutiny reports show pupils responding to feedback in most books.",
         "Line management meetings", "Green"),
    ])
    recommendation("R2: Strengthen the progressive development of pupils' numeracy skills across the curriculum", [
        ("2.1", "Map opportunities for numeracy across Years 7 to 9 in all Areas of Learning and Experience.",
         "SDP", "Spring term 2025", "Numeracy map in place and used in curriculum planning by all AoLEs.",
         "Numeracy steering group", "Amber"),
        ("2.2", "Introduce a weekly numeracy skills session in form time for Year 7 and 8 pupils who are not yet "
                "secure in number.",
         "SDP / EMW", "September 2024", "Sessions timetabled; targeted pupils show progress in termly tests.",
         "Attendance at sessions; test data", "Complete"),
        ("2.3", "Track pupils' progress in numeracy using the National Personalised Assessments and termly "
                "department assessments.",
         "EMW", "July 2025", "Tracking shows most pupils making expected progress in numeracy.",
         "Data reports to governors", "Green"),
    ])
    recommendation("R3: Address the site security issues identified during the inspection", [
        ("3.1", "Install additional fencing and a controlled access gate at the lower playground entrance.",
         "BM", "31 May 2024", "Site secure during the school day; confirmed by the local authority health and "
                              "safety officer.",
         "Premises committee", "Complete"),
    ])
    recommendation("R4: Improve attendance, particularly of pupils eligible for free school meals", [
        ("4.1", "Appoint a Family Engagement Officer to work with families of pupils who are persistently absent.",
         "IRh", "September 2024", "Officer in post; caseload of persistently absent pupils agreed.",
         "Headteacher's report to governors", "Complete"),
        ("4.2", "Weekly attendance panel to review pupils below 90% attendance and agree individual support "
                "plans.",
         "GHL", "Ongoing", "Attendance of eFSM pupils improves by at least 3 percentage points.",
         "Weekly attendance data", "Amber"),
    ])

    doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete – action completed and impact evidenced; Green – on track; "
                      "Amber – some progress, further action needed; Red – no progress or significant concern.")
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    for c, v in zip(sign.rows[0].cells, ["Signed (Headteacher)", "Signed (Chair of Governors)", "Date"]):
        c.text = v
    doc.save(out("af1-ysgol-bro-edern-estyn-piap.docx"))


# ============================================================= 6 Hugh Baird
def hugh_baird():
    doc = Document()
    landscape(doc)
    doc.add_heading("Hugh Baird College – Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Ofsted inspection 21 to 24 May 2024 – areas for improvement")
    doc.add_paragraph(
        "This plan sets out how the college will address the areas for improvement in the Ofsted report. "
        "It sits alongside the college Quality Improvement Plan and is monitored monthly by the senior "
        "leadership team and each term by the Quality and Standards Committee.")

    cols = ["Area for improvement", "Actions", "Responsibility", "Timescale", "Measure of impact",
            "Progress update (January 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        c.text = h
    bold_row(t.rows[0])
    rag_hex = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000", None: None}

    def afi(text, actions):
        first = len(t.rows)
        for i, (action, resp, when, impact, progress, rag) in enumerate(actions):
            cells = t.add_row().cells
            if i == 0:
                cells[0].text = text
            for c, v in zip(cells[1:6], [action, resp, when, impact, progress]):
                c.text = v
            if rag_hex[rag]:
                shade(cells[6], rag_hex[rag])
        last = len(t.rows) - 1
        if last > first:
            t.cell(first, 0).merge(t.cell(last, 0))

    afi("Leaders should ensure that teachers on adult learning programmes plan and teach the curriculum so that "
        "learners build their knowledge and skills over time.", [
            ("Curriculum managers for adult provision to review and resequence schemes of work for Access to HE "
             "and ESOL programmes.",
             "Head of Adult Learning", "September 2024",
             "Schemes of work show a logical sequence; learner voice confirms learners can link topics.",
             "All Access and ESOL schemes of work resequenced and quality assured before enrolment.", "blue"),
            ("Targeted coaching for adult learning tutors identified through learning walks, with follow-up walks "
             "within six weeks.",
             "Director of Quality and Teaching Excellence", "December 2024",
             "Follow-up walks show improvement for all coached tutors.",
             "11 tutors coached; 9 showed clear improvement at follow-up, 2 remain on support.", "green"),
        ])
    afi("Leaders should ensure that apprentices receive timely and effective reviews of their progress that "
        "involve employers.", [
            ("Introduce tripartite progress reviews every ten weeks for all apprentices, recorded on the "
             "e-portfolio.",
             "Head of Apprenticeships", "October 2024",
             "95% of reviews completed on time with the employer present.",
             "78% of reviews in date at the end of December; two assessor vacancies affecting construction.",
             "amber"),
            ("Monthly report on overdue reviews to be presented to the Apprenticeship Board.",
             "MIS Manager / Head of Apprenticeships", "Monthly",
             "Overdue reviews reduce month on month.",
             "Report presented each month since October.", "green"),
        ])
    afi("Leaders should ensure that learners with high needs have targets in their EHC plans broken down into "
        "meaningful, measurable steps.", [
            ("Review all EHCP outcome targets at the start of the year with learners, parents and carers and the "
             "local authority SEND team.",
             "Head of Inclusion", "31 October 2024",
             "Every high-needs learner has short-term targets linked to their EHCP outcomes.",
             "All 142 high-needs learners have reviewed targets on ProMonitor.", "blue"),
            ("Train learning support practitioners to write SMART short-term targets.",
             "Head of Inclusion", "End of November 2024",
             "Sampling shows targets are specific and measurable.",
             "Training delivered to 38 of 41 practitioners; catch-up session booked for new starters.", "green"),
        ])
    afi("Leaders should improve attendance on GCSE English and mathematics resit courses.", [
            ("Attendance officers to contact learners on the day of any absence from English and maths lessons.",
             "Assistant Principal – Student Experience", "Ongoing",
             "Attendance at English and maths rises to 85%.",
             "Same-day contact in place. Attendance 79% in the autumn term, up from 72% last year.", "amber"),
            ("Timetable English and maths resit lessons in the morning, on the same day as vocational sessions.",
             "Vice Principal Curriculum", "September 2025",
             "Attendance at resit lessons matches vocational attendance.",
             "Not started – to be built into timetable planning for 2025/26 from March 2025.", None),
        ])

    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, text) in enumerate([("blue", "Completed"), ("green", "On track"),
                                     ("amber", "Behind schedule – mitigating action in place"),
                                     ("red", "Not on track")]):
        shade(k.rows[i].cells[0], rag_hex[col])
        k.rows[i].cells[1].text = text
    doc.add_paragraph("Approved by the Quality and Standards Committee, 8 October 2024.")
    doc.save(out("af1-hugh-baird-college-ofsted-piap.docx"))


# ============================================================= 7 Golden Jubilee TSV
def golden_jubilee():
    lines = [
        ["NHS Golden Jubilee – Improvement Action Plan"],
        ["Healthcare Improvement Scotland: Safe Delivery of Care Inspection"],
        ["Hospital:", "Golden Jubilee University National Hospital"],
        ["Inspection date:", "22–24 August 2023"],
        ["Date of publication:", "14 December 2023"],
        ["Action plan updated:", "31 May 2024"],
        [],
        ["Ref", "Requirement", "Action planned", "Timescale to meet action", "Responsibility for taking action",
         "Progress against actions", "RAG status"],
        ["Domain 2 – Impact on people experiencing care, carers and families"],
        ["1a", "NHS Golden Jubilee must ensure that all staff can raise concerns and that these are responded to, "
               "with feedback given to staff on the action taken.",
         "Relaunch Speak Up arrangements through Team Brief and the staff app, including the role of Confidential "
         "Contacts.",
         "March 2024", "Director of Workforce",
         "Relaunch completed in February 2024. Twelve new Confidential Contacts trained.", "Complete"],
        ["1b", "",
         "Introduce 'You said, we did' boards in all ward areas to feed back on concerns raised at safety huddles.",
         "June 2024", "Senior Charge Nurses",
         "Boards in place in 9 of 11 wards; the remaining two will be in place by the end of July.", "Amber"],
        ["Domain 4.1 – Pathways, procedures and policies"],
        ["2a", "NHS Golden Jubilee must ensure that all patient care documentation, including falls and pressure "
               "ulcer risk assessments, is accurately completed and updated within agreed timescales.",
         "Monthly Excellence in Care documentation audits in all inpatient areas, with results discussed at ward "
         "huddles.",
         "Monthly", "Associate Nurse Director",
         "Audits in place in all areas. Compliance has risen from 71% in October to 89% in April.", "Green"],
        ["2b", "",
         "Add falls and pressure ulcer risk assessments to the electronic nursing admission record as mandatory "
         "fields.",
         "30/09/2024", "Nursing Informatics Lead / eHealth Programme Manager",
         "Build complete; testing with two wards in June before full roll-out.", "Green"],
        ["3", "NHS Golden Jubilee must ensure that all sharps boxes are assembled, labelled and closed in line with "
              "national guidance.",
         "Issue a sharps safety bulletin and include sharps boxes in the weekly infection prevention and control "
         "environmental check.",
         "January 2024", "Infection Prevention and Control Manager",
         "Bulletin issued December 2023. Weekly checks show full compliance since January.", "Complete"],
        ["Domain 4.3 – Workforce planning"],
        ["4a", "NHS Golden Jubilee must ensure that staffing levels and skill mix are continually assessed and that "
               "risks are escalated in line with the Health and Care (Staffing) (Scotland) Act 2019.",
         "Roll out the real-time staffing tool to all inpatient wards and critical care.",
         "April 2024 (revised September 2024)", "Deputy Nurse Director",
         "Live in all wards. Critical care go-live moved to September because of system configuration work.",
         "Amber"],
        ["4b", "",
         "Quarterly staffing assurance report to the Clinical Governance Committee, including escalations and "
         "decisions taken.",
         "Quarterly", "Nurse Director",
         "First report presented in May 2024.", "Green"],
        [],
        ["RAG status: Complete = action completed and evidence held; Green = on track; Amber = delayed, recovery "
         "plan in place; Red = not on track"],
    ]
    with open(out("af1-golden-jubilee-his-improvement-plan.txt"), "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


if __name__ == "__main__":
    chorley()
    papworth()
    hinckley()
    fareham()
    bro_edern()
    hugh_baird()
    golden_jubilee()
    print("done")
