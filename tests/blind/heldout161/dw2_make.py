"""Generate the dw2- case documents (blind corpus, heldout161).
Run with /work/main/.venv/bin/python dw2_make.py (writes next to this script)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "hdr": "1F3864", "band": "D9E1F2", "grey": "EDEDED"}.items()}
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- 1 East Northants audit tracker
def east_northants():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding recs Aug 20"
    ws["A1"] = "East Northamptonshire Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee, 21 September 2020 – position as at 31 August 2020"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Recommendation", "Priority", "Agreed Management Action", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "RAG", "Progress Update (August 2020)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = FILL["hdr"]
        cell.alignment = WRAP; cell.border = BOX
    rows = [
        ("Payroll 2019/20 – Limited Assurance",),
        ("PAY/01", "Starter and leaver forms should be authorised by the budget holder before any change is processed to the payroll system.", "High",
         "All starter, leaver and variation forms to be returned by Payroll if not signed by the budget holder. Checklist updated and reissued to managers.",
         "HR Manager", D(2020, 3, 31), D(2020, 6, 30), "B",
         "Checklist reissued to all managers in June 2020. Sample check of the July payroll found no unauthorised forms."),
        ("PAY/02", "A monthly reconciliation of the payroll to the general ledger should be completed, signed and independently reviewed.", "High",
         "Monthly reconciliation to be prepared by the Payroll Officer and reviewed by the Senior Accountant, with evidence of review retained.",
         "Payroll Officer / Senior Accountant", D(2020, 4, 30), D(2020, 9, 30), "A",
         "Reconciliations completed for April to July. Review step delayed by COVID-19 redeployments; revised date agreed with Internal Audit."),
        ("PAY/03", "Overtime claims should be checked against rotas before payment.", "Medium",
         "Introduce an electronic overtime claim form with line manager approval and spot checks against rotas.",
         "HR Manager", D(2020, 3, 31), None, "R",
         "Electronic form built but not yet rolled out. Target date has passed; a new date will be proposed to the next Committee."),
        ("Procurement and Contract Management 2019/20 – Limited Assurance",),
        ("PRO/01", "The contracts register should be complete and published in line with the Local Government Transparency Code.", "High",
         "Services to notify all contracts over £5,000 to the Procurement Officer; register to be published quarterly on the Council's website.",
         "Procurement Officer", D(2020, 10, 31), None, "G",
         "Register updated in July 2020. First quarterly publication due at the end of October 2020."),
        ("PRO/02", "Waivers of Contract Procedure Rules should be recorded centrally and reported to Audit and Risk Committee.", "Medium",
         "Central waiver log to be maintained by Legal Services and reported to each meeting of the Audit and Risk Committee.",
         "Head of Legal Services (Monitoring Officer)", D(2020, 5, 31), D(2020, 12, 31), "A",
         "Log established. First report delayed as the May and July meetings were cancelled; now planned for the December meeting."),
        ("PRO/03", "Procurement training should be provided to all budget holders.", "Low",
         "Procurement e-learning module to be added to the Learning Hub and made mandatory for budget holders.",
         "Procurement Officer", D(2020, 12, 31), None, "G",
         "Module drafted with the LGSS learning team; launch planned for November 2020."),
        ("Housing Benefits 2019/20 – Reasonable Assurance",),
        ("HB/01", "Overpayment recovery action should be taken promptly and reviewed monthly by the team leader.", "Medium",
         "Monthly overpayment aged-debt report to be reviewed at team meetings and actions recorded.",
         "Revenues and Benefits Manager", D(2020, 3, 31), None, "B",
         "Complete. Aged-debt report reviewed monthly since March 2020 and actions minuted."),
        ("HB/02", "Access rights to the benefits system should be reviewed every six months.", "Medium",
         "Six-monthly user access review to be completed by the system administrator and signed off by the Revenues and Benefits Manager.",
         "Systems Administrator", D(2020, 9, 30), None, "G",
         "First review under way and on target for completion by 30 September."),
    ]
    r = 6
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = FILL["band"]; ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            rag = ws.cell(r, 8); rag.fill = FILL[row[7]]; rag.font = Font(bold=True)
            rag.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1  # blank row 17
    ws.cell(r, 1, "Key:").font = Font(bold=True); r += 1
    for k, t in [("B", "Implemented"), ("G", "On target"), ("A", "Revised target date agreed"), ("R", "Overdue / no revised date agreed")]:
        ws.cell(r, 1, k).fill = FILL[k]; ws.cell(r, 2, t); r += 1
    for col, w in zip("ABCDEFGHI", [9, 45, 9, 50, 24, 13, 13, 6, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(p("dw2-east-northamptonshire-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 2 CPCA improvement plan
def cpca():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Cambridgeshire and Peterborough Combined Authority – Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the External Auditor's statutory recommendations (June 2022) and the Best Value Notice (January 2023)"
    ws["A3"] = "Update to the Independent Improvement Board, 13 June 2023"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Recommendation / BVN expectation", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = FILL["hdr"]
        cell.alignment = WRAP; cell.border = BOX
    T = "theme"
    rows = [
        (T, "Theme 1: Culture and values"),
        ("1.1", "EY SR1: The Authority should take urgent action to address the culture of the organisation, including the relationship between members and officers.",
         "Commission an independent staff culture survey and share the results with all staff and the Combined Authority Board.",
         "Director of HR", D(2023, 3, 31), "Survey completed in March 2023 (68% response rate). Results shared at the all-staff briefing on 4 April.", "B"),
        ("1.2", None,
         "Co-produce a new set of organisational values and behaviours with staff and build them into appraisals.",
         "Director of HR", D(2023, 9, 30), "Values agreed by the staff working group in May 2023. Appraisal template being updated for the autumn round.", "G"),
        ("1.3", "BVN: Implement and monitor cultural change across the organisation, for both officers and members.",
         "Agree a Member/Officer Relations Protocol and deliver joint training for Board members and senior officers.",
         "Monitoring Officer", D(2023, 7, 31), "Protocol drafted and considered by the Audit and Governance Committee. Joint training postponed to July because of Board diary pressures.", "A"),
        (T, "Theme 2: Governance and decision-making"),
        ("2.1", "EY SR2: The Authority should ensure that decisions are taken on the basis of complete, timely and accurate information.",
         "Introduce a report clearance process with sign-off by the Chief Finance Officer and Monitoring Officer for all Board reports.",
         "Monitoring Officer / Chief Finance Officer", D(2023, 1, 31), "In place from the January 2023 Board. Compliance checked monthly by Democratic Services.", "B"),
        ("2.2", None,
         "Publish a Forward Plan of key decisions at least 28 days before each Board meeting.",
         "Head of Democratic Services", "Ongoing", "Forward Plan now published monthly on the website.", "G"),
        ("2.3", "EY SR3: The Authority should review its Constitution and scheme of delegation.",
         "Complete a full review of the Constitution, including the scheme of delegation to officers, and take it to the Annual Meeting.",
         "Monitoring Officer", "Q1 2023/24", "Review has slipped; the revised Constitution will now go to the Board in September 2023.", "R"),
        (T, "Theme 3: Partnership working"),
        ("3.1", "BVN: Commit, through strong partnership working, to develop the strategic priorities for the area and a credible delivery strategy.",
         "Hold quarterly Leaders' Strategy sessions with the Mayor and the leaders of the constituent councils.",
         "Chief Executive", "Ongoing", "Sessions held in February and May 2023; next session booked for August.", "G"),
        ("3.2", None,
         "Develop a refreshed State of the Region assessment and a draft Corporate Plan with the constituent councils.",
         "Director of Policy and Engagement", D(2023, 11, 30), "State of the Region evidence base commissioned; officer working group with all seven councils meets fortnightly.", "G"),
        (T, "Theme 4: Capacity and leadership"),
        ("4.1", "EY SR4: The Authority should appoint to the vacant statutory and senior management posts on a permanent basis.",
         "Recruit a permanent Chief Executive through an open process.",
         "Chair of Employment Committee", D(2023, 6, 30), "Permanent Chief Executive appointed by the Board on 22 March 2023 and started on 1 June.", "B"),
        ("4.2", None,
         "Complete recruitment to the Executive Director posts in the new senior management structure.",
         "Chief Executive", D(2023, 10, 31), "Two of the three Executive Director posts appointed; the third post has been re-advertised.", "A"),
        ("4.3", None,
         "Put in place a workforce strategy covering recruitment, retention and the use of interims.",
         "Director of HR", D(2023, 12, 31), "Not yet started; scoping planned for Q2.", None),
    ]
    r = 6
    merge_start = None
    for row in rows:
        if row[0] == T:
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(r, c).fill = FILL["band"]; ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            merge_start = None
        else:
            ref, rec, act, lead, due, prog, rag = row
            vals = [ref, rec, act, lead, due, prog, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
                    cell.alignment = Alignment(horizontal="left", vertical="top")
            if rag:
                ws.cell(r, 7).fill = FILL[rag]
            if rec is not None:
                merge_start = r
            else:
                # extend vertical merge of the recommendation cell
                for rng in list(ws.merged_cells.ranges):
                    if rng.min_col == 2 and rng.min_row == merge_start:
                        ws.merged_cells.remove(rng)
                ws.merge_cells(start_row=merge_start, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for k, t in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – action in hand"),
                 ("R", "Off track / target date missed"), (None, "No colour – not yet started")]:
        c = ws.cell(r, 1)
        c.border = BOX
        if k:
            c.fill = FILL[k]
        ws.cell(r, 2, t); r += 1
    for col, w in zip("ABCDEFG", [6, 45, 50, 26, 12, 55, 7]):
        ws.column_dimensions[col].width = w
    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Author", "Comment"),
                             ("0.1", D(2023, 2, 14), "Improvement Programme Manager", "Draft for CA Board"),
                             ("1.0", D(2023, 3, 22), "Improvement Programme Manager", "Approved by CA Board"),
                             ("1.3", D(2023, 6, 6), "Improvement Programme Manager", "June update for Improvement Board")], 1):
        for j, v in enumerate(row, 1):
            cell = vc.cell(i, j, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if i == 1:
                cell.font = Font(bold=True)
    wb.save(p("dw2-cambridgeshire-peterborough-ca-best-value-notice-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ""
        run = c.paragraphs[0].add_run(h); run.bold = True
        shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = "" if v is None else v
    return t


# ---------------------------------------------------------------- 3 Settle KIM docx
def settle():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Spotlight on Knowledge and Information Management – Settle self-assessment and action plan", 0)
    doc.add_paragraph(
        "In May 2023 the Housing Ombudsman published its Spotlight report on knowledge and information management (KIM), "
        "which found that poor record keeping lies behind many of the complaints it investigates. Settle has assessed itself "
        "against the report's recommendations for landlords. Where we were not fully meeting a recommendation, this plan sets "
        "out what we will do, who is responsible and by when. Progress is reported quarterly to the Customer Services Committee.")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, ["Version", "Date", "Author", "Approved by"], [
        ("1.0", "19/07/2023", "Head of Data & Insight", "Executive Team"),
        ("1.1", "17/10/2023", "Head of Data & Insight", "Customer Services Committee"),
    ])
    doc.add_paragraph("")
    hdr = ["Ref", "Ombudsman recommendation", "Our action", "Lead", "By when", "Status"]
    doc.add_heading("1. Strategy and governance", 2)
    table(doc, hdr, [
        ("1.1", "Landlords should have a KIM strategy approved by their governing body, with a named senior lead.",
         "Develop a Data and Information Strategy 2023–26 and take it to Board for approval.", "Director of Resources", "December 2023", "On track"),
        ("1.2", "Landlords should carry out a self-assessment against the Spotlight report and report it to their governing body.",
         "Complete this self-assessment and present it to the Customer Services Committee.", "Head of Data & Insight", "19/07/2023", "Complete"),
    ])
    doc.add_heading("2. Data quality and record keeping", 2)
    table(doc, hdr, [
        ("2.1", "Landlords should hold accurate data on residents' vulnerabilities and household needs and review it regularly.",
         "Run a 'Tell us about you' campaign to update customer profile and vulnerability data, starting with customers in sheltered and supported housing.",
         "Head of Customer Services", "March 2024", "On track"),
        ("2.2", "Landlords should set a minimum standard for the information recorded on repairs.",
         "Agree minimum data standards for repairs orders with our contractor and build mandatory fields into the repairs system.",
         "Repairs Manager / IT Business Partner", "Q3 2023/24", "Amber"),
        ("2.3", "Landlords should have a stock condition survey programme so that every home has a survey no more than five years old.",
         "Procure a stock condition survey partner and survey 20% of homes each year.",
         "Head of Asset Management", "Sept 2023 – March 2028", "On track"),
        ("2.4", "Landlords should ensure that records of contact with residents are held on a single system.",
         "Move all email and telephone contact records into the CRM and retire the shared complaints mailbox.",
         "Head of Customer Services", "By 31 January 2024", "Not started"),
    ])
    doc.add_heading("3. People and culture", 2)
    table(doc, hdr, [
        ("3.1", "Landlords should provide KIM training for all staff, with refresher training at least annually.",
         "Launch mandatory 'Good records' e-learning for all staff and track completion through the Learning Zone.",
         "HR Business Partner", "November 2023", "On track"),
        ("3.2", "Landlords should use complaints and Ombudsman determinations to identify record-keeping failings.",
         "Add a 'record keeping' root cause category to complaint closure and report themes quarterly to the Customer Services Committee.",
         "Complaints and Feedback Manager", "Ongoing", "On track"),
        ("3.3", "Landlords should ensure that staff can easily find current policies and procedures.",
         "Refresh the intranet policy library, removing out of date documents and assigning an owner to each policy.",
         "Governance Manager", "31/10/2023", "Complete"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete – action finished; On track – progressing to plan; Amber – at risk of missing the target date; "
                      "Not started – work has not yet begun.").runs[0].italic = True
    doc.save(p("dw2-settle-housing-ombudsman-kim-spotlight-action-plan.docx"))


# ---------------------------------------------------------------- 4 Torridge scrutiny txt
def torridge():
    lines = [
        "Torridge District Council – Social Value Task and Finish Group: recommendations tracker",
        "Internal Overview and Scrutiny Committee – update September 2024",
        "",
        "\t".join(["Rec No", "Recommendation", "Cabinet response", "Agreed action", "Lead officer", "Target date", "Progress update", "RAG"]),
    ]
    rows = [
        ("R1", "Adopt a Social Value Policy that applies to all contracts over £25,000.", "Agreed",
         "Draft Social Value Policy to be presented to Cabinet for adoption.", "Strategy, Performance and ICT Manager", "Dec 2023",
         "Policy adopted by Cabinet on 4 December 2023 and published on the website.", "Complete"),
        ("R2", "Include a minimum 10% weighting for social value in the evaluation of tenders above the threshold.", "Agreed",
         "Update tender evaluation templates and Contract Procedure Rules to include a 10% social value weighting.", "Procurement Officer", "31/03/2024",
         "Templates updated. Change to Contract Procedure Rules agreed by Council in March 2024.", "Complete"),
        ("R3", "Use the National TOMs framework to measure the social value delivered by contracts.", "Agreed in part",
         "Trial the TOMs measures on two contracts before deciding on full adoption.", "Procurement Officer", "March 2025",
         "Trial under way on the leisure management and grounds maintenance contracts.", "Green"),
        ("R4", "Provide training on social value for officers who let contracts and for councillors.", "Agreed",
         "Arrange a training session through the Devon procurement partnership, open to officers and members.",
         "Procurement Officer / Democratic Services Manager", "Oct-24",
         "Date being arranged with the partnership; likely to slip to November.", "Amber"),
        ("R5", "Encourage local small businesses and VCSE organisations to bid for council contracts.", "Agreed",
         "Hold 'Meet the Buyer' events in Bideford and Holsworthy and publish a forward procurement pipeline.", "Economic Development Manager", "Ongoing",
         "First event held in Bideford in June 2024 (31 businesses attended). Holsworthy event planned for spring 2025.", "Green"),
        ("R6", "Report social value outcomes annually to the Internal Overview and Scrutiny Committee.", "Agreed",
         "Produce an annual social value report as part of the year-end performance report.", "Strategy, Performance and ICT Manager", "Annually",
         "First report due in June 2025 once a full year of data is available.", "Green"),
        ("R7", "Review the Council's own spend with local suppliers and set a target for local spend.", "Agreed",
         "Analyse 2023/24 creditor payments by supplier postcode and propose a local spend target.", "Finance Manager", "30/09/2024",
         "Analysis not yet started because of the closedown of accounts; at risk.", "Red"),
        ("R8", "Publish the social value commitments made by suppliers on the contracts register.", "Agreed",
         "Add a social value commitments column to the published contracts register.", "Procurement Officer", "Jan 2025", "", ""),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "RAG: Complete = recommendation implemented; Green = on track; Amber = some delay; Red = off track or overdue"]
    with open(p("dw2-torridge-dc-scrutiny-social-value-task-finish-group-recommendations-tracker.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- 5 Two Rivers CHC csv
def two_rivers():
    rows = [
        ["Two Rivers Housing - Complaint Handling Code self-assessment 2024: action plan", "", "", "", "", "", "", "", ""],
        ["Approved by Board 26 June 2024; updated 30 September 2024", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Section", "Code ref", "Code requirement", "Compliant?", "Action", "Owner", "Target date", "Status", "Comments"],
        ["Section 1: Definition of a complaint", "1.3", "Landlords must recognise the difference between a service request and a complaint.", "Partially",
         "Update the complaints policy and staff guidance to set out clearly when a service request becomes a complaint.",
         "Head of Customer Experience", "31/07/2024", "Complete", "Revised policy approved by Board in June 2024."],
        ["Section 3: Accessibility and awareness", "3.2", "Landlords must make reasonable adjustments for residents where appropriate under the Equality Act 2010.", "Partially",
         "Record reasonable adjustments on the housing management system so that all staff can see them.",
         "Customer Insight Manager", "Sep-24", "Amber", "System field created; moving data across from spreadsheets is still to be completed."],
        ["Section 3: Accessibility and awareness", "3.5", "Landlords must publish their complaints policy and self-assessment on their website.", "Yes",
         "Publish the 2024 self-assessment and annual complaints performance report on the website.",
         "Complaints Manager", "30/06/2024", "Complete", ""],
        ["Section 4: Complaint handling staff", "4.2", "Complaint handling staff must be appropriately trained to handle complaints.", "Partially",
         "Deliver complaint handling training (Ombudsman e-learning plus an in-house workshop) to all customer-facing staff.",
         "Complaints Manager / Learning and Development Partner", "Q3 2024/25", "On track", "62% of staff have completed the e-learning to date."],
        ["Section 5: Complaint handling process", "5.4", "Landlords must acknowledge complaints within five working days of receipt.", "No",
         "Set up automatic acknowledgements and a daily report of complaints approaching five days.",
         "Complaints Manager", "31/08/2024", "Complete", "Acknowledgement within five days was 98% in September."],
        ["Section 6: Complaint stages", "6.5", "Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.", "No",
         "Introduce weekly case review meetings between the Complaints Team and Repairs to clear overdue stage 1 responses.",
         "Director of Property Services", "Ongoing", "On track", "Stage 1 responses within timescale up from 61% (Q1) to 79% (Q2)."],
        ["Section 8: Self-assessment, reporting and compliance", "8.1", "Landlords must produce an annual complaints performance and service improvement report for scrutiny and challenge by the governing body.", "Yes",
         "Present the 2024/25 annual complaints performance and service improvement report to Board with the Board's response.",
         "Director of Customer Services", "Jun-25", "Not started", ""],
        ["Section 9: Scrutiny and oversight", "9.2", "Landlords must have a Member Responsible for Complaints (MRC) with lead responsibility for complaints at Board level.", "Yes",
         "Arrange an induction for the new Member Responsible for Complaints using the Housing Ombudsman's MRC resources.",
         "Company Secretary", "October 2024", "On track", ""],
    ]
    with open(p("dw2-two-rivers-housing-complaint-handling-code-self-assessment-action-plan.csv"), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 6 Westward RSH xlsx (refuse: mistyped month)
def westward():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Westward Housing Group"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Consumer Standards Improvement Plan – response to the Regulator of Social Housing regulatory notice (Safety and Quality Standard)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Position at 31 July 2024"
    hdr = ["Ref", "Issue identified", "Action", "Lead", "Target date", "Revised date", "RAG", "Commentary"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = FILL["hdr"]; cell.border = BOX; cell.alignment = WRAP
    T = "theme"
    rows = [
        (T, "1. Health and safety compliance"),
        ("1.1", "Overdue fire risk assessments in 14 blocks.", "Complete all overdue fire risk assessments using an external accredited assessor.",
         "Head of Building Safety", "June 2024", "", "Complete", "All 14 assessments completed by 21 June 2024."),
        ("1.2", "High-risk fire remedial actions outstanding beyond target timescales.", "Clear the backlog of high-risk fire remedial actions and report weekly to the Executive Team.",
         "Head of Building Safety", "Sept 2024", "", "Amber", "41 of 63 high-risk actions closed. Contractor capacity being increased in August."),
        ("1.3", "No reliable record of domestic electrical inspections (EICR) for around 9% of homes.", "Carry out EICRs at all homes without a valid certificate.",
         "Compliance Manager", "Dec 2024", "", "On track", "Programme under way; 212 of 580 homes inspected."),
        (T, "2. Stock condition and decency"),
        ("2.1", "Stock condition data more than five years old for over 40% of homes.", "Commission a 100% stock condition survey over two years.",
         "Director of Assets", "March 2026", "", "On track", "Surveyor appointed; 1,150 surveys completed to date."),
        ("2.2", "Damp and mould cases not consistently inspected or followed up.", "Introduce a damp and mould triage team with inspection within 10 working days and a follow-up visit at six weeks.",
         "Head of Repairs", "Aug 2024", "Novmeber 2024", "Amber", "Team partly recruited; two surveyor posts still vacant."),
        ("2.3", "Homes failing the Decent Homes Standard not identified in business planning.", "Build decency failures into the 2025/26 capital programme.",
         "Director of Assets", "Jan 2025", "", "Not started", "Depends on survey data from 2.1."),
        (T, "3. Data and assurance"),
        ("3.1", "Board did not receive accurate compliance reporting.", "Introduce a monthly compliance dashboard to Board covering the big six safety areas.",
         "Director of Governance", "July 2024", "", "Complete", "First dashboard reported to Board on 18 July 2024."),
        ("3.2", "No independent assurance over compliance data.", "Commission an internal audit of compliance data quality.",
         "Director of Governance", "Oct 2024", "", "On track", "Audit scoped with RSM; fieldwork booked for September."),
    ]
    r = 6
    for row in rows:
        if row[0] == T:
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v if v != "" else None); cell.alignment = WRAP; cell.border = BOX
            rag = ws.cell(r, 7)
            rag.fill = {"Complete": FILL["B"], "On track": FILL["G"], "Amber": FILL["A"], "Not started": FILL["grey"]}[row[6]]
        r += 1
    r += 1
    ws.cell(r, 1, "Key: Complete (blue) – action closed and evidenced; On track (green); Amber – at risk, revised date set; Not started (grey)").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 40, 50, 22, 13, 14, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p("dw2-westward-housing-rsh-regulatory-notice-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 7 Harborough LGSCO public interest report docx
def harborough():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Action plan: Local Government and Social Care Ombudsman public interest report – Disabled Facilities Grant (complaint 21 004 173)", 0)
    doc.add_paragraph("Harborough District Council")
    doc.add_paragraph(
        "The Ombudsman's report was issued on 3 March 2022 and considered by Cabinet on 11 April 2022. The Council accepted "
        "all of the Ombudsman's recommendations. This action plan sets out how each recommendation is being met and will be "
        "reported to the Audit and Standards Committee until all actions are complete.")
    doc.add_paragraph("Last updated: 16 May 2022").runs[0].italic = True
    hdr = ["Ombudsman recommendation", "Action", "Responsible officer", "Target date", "Status"]

    def part(title, recs):
        doc.add_heading(title, 1)
        rows = []
        spans = []
        for rec, acts in recs:
            start = len(rows) + 1
            for i, a in enumerate(acts):
                rows.append((rec if i == 0 else None,) + a)
            spans.append((start, len(rows)))
        t = table(doc, hdr, rows)
        for s, e in spans:
            if e > s:
                t.cell(s, 0).merge(t.cell(e, 0))
                # keep only the recommendation text once
                cell = t.cell(s, 0)
                for para in cell.paragraphs[1:]:
                    para._element.getparent().remove(para._element)

    part("Part A: Remedy for Mrs X", [
        ("Apologise to Mrs X in writing for the injustice caused by the delay in processing her grant.", [
            ("Written apology from the Chief Executive sent to Mrs X.", "Chief Executive", "By 3 April 2022", "Complete")]),
        ("Pay Mrs X £1,500 to recognise her distress and the loss of use of a suitable bathroom for 14 months.", [
            ("Payment authorised and made by BACS.", "Head of Communities and Wellbeing", "03/04/2022", "Complete")]),
        ("Arrange an up-to-date occupational therapy assessment and complete the adaptations without further delay.", [
            ("Request a priority occupational therapy reassessment from Leicestershire County Council.", "Private Sector Housing Manager", "April 2022", "Complete"),
            ("Approve the grant and complete the level-access shower installation.", "Private Sector Housing Manager", "July 2022", "On track")]),
    ])
    part("Part B: Service improvements", [
        ("Review the Disabled Facilities Grant process to identify and remove avoidable delays, including between referral, test of resources and approval.", [
            ("Map the end-to-end DFG process with the Home Improvement Agency and agree target times for each stage.", "Private Sector Housing Manager", "30/06/2022", "On track"),
            ("Introduce a monthly report of open DFG cases against the target times to the Head of Service.", "Private Sector Housing Manager", "July 2022", "Not started")]),
        ("Ensure that applicants are kept informed of progress and told the reasons for any delay.", [
            ("Introduce a standard progress letter at each stage and a named case officer for every applicant.", "Private Sector Housing Manager", "31/05/2022", "Complete")]),
        ("Remind relevant staff of the Council's complaints procedure and the need to escalate complaints without delay.", [
            ("Briefings for Housing and Customer Services staff on the corporate complaints procedure and escalation to stage 2.", "Corporate Complaints Officer", "Ongoing", "On track")]),
        ("Provide the Ombudsman with evidence, within three months of the report, that the service improvements have been made.", [
            ("Send evidence of the completed actions to the Ombudsman.", "Monitoring Officer", "By 3 June 2022", "On track")]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    table(doc, ["Approved by", "Date"], [("Cabinet", "11 April 2022"), ("Audit and Standards Committee (progress noted)", "24 May 2022")])
    doc.save(p("dw2-harborough-dc-lgsco-public-interest-report-dfg-action-plan.docx"))


if __name__ == "__main__":
    east_northants(); cpca(); settle(); torridge(); two_rivers(); westward(); harborough()
    print("done")
