"""Generator for the ds2- cases of heldout157 (plans outside children's services)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(R="FF0000", A="FFC000", G="92D050", B="00B0F0", H="1F4E79", S="D9E1F2", GREY="E7E6E6").items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# 1 ---------------------------------------------------------------- SASH CQC must/should do
def sash():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Surrey and Sussex Healthcare NHS Trust – CQC Action Plan: Medical Care, East Surrey Hospital"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection: September 2024 (report published August 2025). Progress position as at 31 October 2025 – Quality Governance Committee"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "CQC finding", "Action", "Lead", "Target date", "Revised date", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["H"]; c.alignment = WRAP; c.border = BOX
    rows = [
        ("sec", "MUST DO – actions the trust must take to comply with its legal obligations"),
        ("MD1.1", "The trust must ensure that medicines are stored securely and at the correct temperatures on all medical wards. (Regulation 12)",
         "Roll out daily fridge and ambient room temperature checks on all medical wards, recorded on the electronic ward assurance tool.",
         "Chief Pharmacist", D(2025, 3, 31), None,
         "Checks live on all 14 medical wards since February. Compliance 98% in September audit.", "B"),
        ("MD1.2", None,
         "Replace treatment room door locks with swipe access on Tilgate, Brewer and Capel wards.",
         "Director of Estates and Facilities", D(2025, 6, 30), D(2025, 12, 31),
         "Tilgate and Brewer complete. Capel delayed by contractor availability; interim key-safe in place.", "A"),
        ("MD2.1", "The trust must ensure that staff complete mandatory training, including safeguarding adults level 3, in line with trust targets. (Regulation 18)",
         "Ward managers to agree protected training time in the e-roster for all staff below 90% compliance.",
         "Divisional Director of Nursing, Medicine", D(2025, 9, 30), None,
         "Protected time built into rosters from July. Safeguarding level 3 compliance now 87% (from 71%).", "G"),
        ("MD2.2", None,
         "Monthly compliance report by ward to the Medicine Divisional Board, with exception reports for any ward below 85%.",
         "Head of Education / Divisional Director of Nursing, Medicine", "Monthly", None,
         "Report received at September and October Divisional Boards.", "G"),
        ("MD3.1", "The trust must ensure that risk assessments for falls and pressure ulcers are completed within 6 hours of admission. (Regulation 12)",
         "Embed falls and Waterlow risk assessments as mandatory fields in the Cerner admission document.",
         "Chief Nursing Information Officer", D(2025, 1, 31), None,
         "Mandatory fields went live 27 January 2025. Completion within 6 hours 94% in Q2.", "B"),
        ("sec", "SHOULD DO – actions the trust should take to improve"),
        ("SD1.1", "The trust should ensure that patients' nutrition and hydration needs are assessed and recorded consistently.",
         "Launch the Nutrition and Hydration Strategy and appoint ward nutrition champions on every medical ward.",
         "Deputy Chief Nurse", D(2025, 7, 31), None,
         "Strategy approved by Trust Board in July; champions in post on all wards.", "B"),
        ("SD2.1", "The trust should ensure that staff know how to raise concerns and that Freedom to Speak Up arrangements are accessible to all staff groups.",
         "Commission a 24/7 Freedom to Speak Up service with The Guardian Service and promote it through ward huddles.",
         "Director of People", "Q3 2025/26", None,
         "Service launched in June. Promotion to night staff and bank workers continuing.", "G"),
        ("SD3.1", "The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge.",
         "Audit discharge summary timeliness monthly via the Let's Get You Home programme and report to the Patient Flow Group.",
         "Associate Director of Patient Flow", D(2026, 3, 31), None,
         "Performance 78% against 95% target; junior doctor rota changes being tested on two wards.", "A"),
    ]
    r = 5
    for row in rows:
        if row[0] == "sec":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = FILL["S"]
        else:
            ref, finding, action, lead, tgt, rev, prog, rag = row
            vals = [ref, finding, action, lead, tgt, rev, prog, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = FILL[rag]; ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    # finding cells merged down over the actions that answer them
    ws.merge_cells("B6:B7"); ws.merge_cells("B8:B9")
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    key = [("B", "Complete and evidenced"), ("G", "On track to deliver by target date"),
           ("A", "Some slippage – recovery plan in place"), ("R", "Off track – escalated to Executive Committee")]
    for k, t in key:
        r += 1
        ws.cell(r, 1, k).fill = FILL[k]; ws.cell(r, 2, t)
    for col, w in zip("ABCDEFGH", [8, 45, 50, 28, 13, 13, 50, 7]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ds2-surrey-sussex-healthcare-nhs-trust-cqc-must-should-do-action-plan.xlsx"))


# 2 ---------------------------------------------------------------- Swindon ASC (refuse)
def swindon():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Swindon Borough Council – Adult Social Care CQC Assessment Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Director of Adult Social Services. Reported to Adults' Health, Care and Housing Overview and Scrutiny Committee."
    hdr = ["No.", "Quality statement", "Area for improvement", "Action", "Lead officer", "Due date", "Status", "Update"]
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h)
    for c in ws[4]:
        c.font = Font(bold=True); c.fill = FILL["GREY"]; c.border = BOX; c.alignment = WRAP
    rows = [
        ("Theme 1: Working with people",),
        ("1.1", "Assessing needs", "Waiting times for Care Act assessments are too long.",
         "Introduce a triage and prioritisation tool for the assessment waiting list, with monthly review of people waiting over 28 days.",
         "Head of Adult Social Care Operations", "Sep-25", "Complete", "Tool in use since August; longest wait reduced from 19 to 11 weeks."),
        ("1.2", "Assessing needs", "Waiting times for Care Act assessments are too long.",
         "Recruit four additional social workers to the Community Assessment Team.",
         "Head of Adult Social Care Operations", "Dec-25", "Amber", "Two posts filled; two in readvertisement."),
        ("1.3", "Supporting people to live healthier lives", "Carers' assessments are not offered consistently.",
         "Commission the carers' centre to complete carers' assessments under a trusted assessor arrangement.",
         "Commissioning Manager (Carers)", "Noveber-25", "Green", "Contract variation drafted and with legal services."),
        ("Theme 2: Providing support",),
        ("2.1", "Care provision, integration and continuity", "Limited choice of home care in rural areas.",
         "Extend the rural home care framework lot and uplift rates for hard-to-reach postcodes.",
         "Head of Commissioning", "Mar-26", "Green", "Market engagement event held 14 October."),
        ("2.2", "Partnerships and communities", "Hospital discharge pathways are not well understood by families.",
         "Co-produce a discharge information leaflet with Healthwatch Swindon and the Great Western Hospital discharge hub.",
         "Service Manager, Hospital Social Work Team", "Jan-26", "Green", "First draft reviewed by Healthwatch readers' panel."),
        ("Theme 3: Ensuring safety",),
        ("3.1", "Safeguarding", "Safeguarding enquiries are not always concluded in a timely way.",
         "Set a 20 working day standard for Section 42 enquiries and report performance monthly to the Swindon Safeguarding Partnership.",
         "Head of Safeguarding Adults", "Oct-25", "Complete", "Standard agreed; first monthly report presented in October."),
        ("3.2", "Safe systems, pathways and transitions", "Transitions from children's services start too late.",
         "Establish a Preparing for Adulthood panel reviewing every young person from age 14.",
         "Service Manager, Preparing for Adulthood", "Apr-26", "Not started", "Terms of reference in draft."),
        ("Theme 4: Leadership",),
        ("4.1", "Learning, improvement and innovation", "Learning from complaints is not shared widely.",
         "Publish a quarterly 'You said, we did' learning digest for ASC staff.",
         "Principal Social Worker (Adults)", "Quarterly", "Green", "First digest issued September."),
    ]
    r = 5
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True, color="FFFFFF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = FILL["H"]
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
            st = row[6]
            ws.cell(r, 7).fill = {"Complete": FILL["B"], "Amber": FILL["A"], "Green": FILL["G"], "Not started": PatternFill()}[st]
        r += 1
    for col, w in zip("ABCDEFGH", [6, 26, 34, 50, 30, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ds2-swindon-asc-cqc-assessment-improvement-plan-typo-month-refuse.xlsx"))


# 3 ---------------------------------------------------------------- Avon & Somerset PEEL AFIs
def avon():
    wb = Workbook(); ws0 = wb.active; ws0.title = "Summary"
    ws0["A1"] = "PEEL 2023–25 Areas for Improvement – Summary"; ws0["A1"].font = Font(bold=True, size=13)
    ws0.append([]); ws0.append(["Current RAG", "Count"])
    for k, n in [("Blue – complete", 2), ("Green", 3), ("Amber", 2), ("Red", 1)]:
        ws0.append([k, n])
    ws0.append(["Total", 8])
    ws = wb.create_sheet("AFI Tracker")
    ws["A1"] = "Avon and Somerset Police – HMICFRS PEEL Inspection: Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Owner: Head of Inspection & Assurance  |  Last updated: 06/11/2025  |  Reported to: Force Assurance Board"
    hdr = ["AFI ref", "PEEL question", "Area for improvement", "Action", "Action owner", "Target date",
           "Previous RAG", "Current RAG", "Progress / evidence"]
    for i, h in enumerate(hdr, 1):
        ws.cell(5, i, h)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["H"]; c.alignment = WRAP; c.border = BOX
    rows = [
        ("AFI 1", "Responding to the public",
         "The force should make sure it answers non-emergency (101) calls promptly and reduces the abandonment rate.",
         "Introduce call-back and digital 'click before you call' options on the 101 IVR menu.",
         "Head of Contact Management", D(2025, 4, 30), "A", "B",
         "Call-back live since April. 101 abandonment down from 38% to 14%."),
        ("AFI 2", "Responding to the public",
         "The force should make sure it uses THRIVE consistently to assess risk at first contact.",
         "Refresh THRIVE training for all call handlers and dip-sample 50 incidents per month.",
         "Head of Contact Management; Contact Quality Manager", D(2025, 12, 31), "A", "G",
         "Training 91% complete. Dip-sample compliance 88% in October."),
        ("AFI 3", "Investigating crime",
         "The force should make sure that investigations are allocated to officers with the right skills and supervised effectively.",
         "Implement the new crime allocation policy and supervisory review template in Niche.",
         "D/Ch Supt Investigations", D(2026, 3, 31), "G", "G",
         "Policy approved. Template in test; go-live planned January."),
        ("AFI 4", "Investigating crime",
         "The force should make sure victims' needs assessments are completed and that the Victims' Code is complied with.",
         "Add a mandatory victim needs assessment task to the Niche occurrence workflow.",
         "Head of Lighthouse Victim and Witness Care", D(2025, 9, 30), "R", "A",
         "Development delayed by national Niche release; revised go-live December."),
        ("AFI 5", "Protecting vulnerable people",
         "The force should improve how it identifies and records repeat victims of domestic abuse.",
         "Create a repeat-victim flag in the command and control system and brief all response sergeants.",
         "D/Supt Public Protection", D(2025, 6, 30), "G", "B",
         "Flag live from June. Briefing delivered at all area tactical meetings."),
        ("AFI 6", "Protecting vulnerable people",
         "The force should make sure that it uses the full range of protective orders available to safeguard victims.",
         "Establish a DVPO/DAPO gatekeeping desk within the Public Protection Unit.",
         "D/Supt Public Protection", D(2026, 1, 31), "A", "R",
         "Recruitment to desk paused pending budget decision; escalated to Chief Officer Group."),
        ("AFI 7", "Developing a positive workplace",
         "The force should make sure that supervisors have the time and training to carry out meaningful wellbeing conversations.",
         "Roll out the 'Leading Well' first-line leaders programme to all sergeants and police staff supervisors.",
         "Director of People and Organisational Development", D(2026, 3, 31), "G", "G",
         "Cohorts 1–4 complete (212 leaders)."),
        ("AFI 8", "Good use of resources",
         "The force should improve its understanding of demand so that it can match resources to it.",
         "Complete a force-wide demand and capacity review and publish the Force Management Statement.",
         "ACC Corporate Services", D(2025, 11, 30), "A", "A",
         "Demand model complete; FMS drafting slipped due to staff absence."),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        for c in (7, 8):
            ws.cell(r, c).fill = FILL[ws.cell(r, c).value]
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: B = complete, evidence accepted by Force Assurance Board; G = on track; A = at risk of missing target date; R = target date missed / blocked")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", [8, 22, 45, 45, 30, 12, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(OUT, "ds2-avon-somerset-police-peel-afi-improvement-tracker.xlsx"))


# 4 ---------------------------------------------------------------- Mid Sussex CPC docx
def midsussex():
    doc = Document()
    doc.add_heading("Mid Sussex District Council – LGA Corporate Peer Challenge Action Plan", level=0)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at Mid Sussex District Council "
        "in May 2025. The peer team made seven recommendations. This action plan sets out how the Council will "
        "respond to them and will be monitored by the Scrutiny Committee for Leader, Finance and Performance.")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.2"), ("Date", "September 2025"),
                                ("Owner", "Assistant Chief Executive"), ("Approved by", "Cabinet, 15 September 2025")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_paragraph()
    recs = [
        ("Recommendation 1: Refresh the Council Plan so that it sets out a clear set of priorities for the next four years", [
            ("1.1", "Hold member and officer workshops to agree the priorities for the new Council Plan 2026–2030.",
             "Leader / Chief Executive", "December 2025", "On track",
             "Two workshops held; third scheduled for November."),
            ("1.2", "Align the medium-term financial plan and service plans with the agreed priorities.",
             "Director of Resources and Organisational Development", "Q4 2025/26", "Not started",
             "Will follow adoption of the Council Plan."),
        ]),
        ("Recommendation 2: Strengthen the Council's approach to performance management and report it in a more accessible way", [
            ("2.1", "Launch a Power BI performance dashboard for members, with quarterly reporting to Cabinet.",
             "Head of Digital and Customer Services", "By 31 October 2025", "Complete",
             "Dashboard live; first quarterly report to Cabinet in October."),
        ]),
        ("Recommendation 3: Develop a workforce strategy that addresses recruitment and retention in hard-to-fill roles", [
            ("3.1", "Undertake a pay benchmarking exercise for planning, legal and environmental health roles.",
             "Head of HR", "Sept 2025 – Jan 2026", "On track",
             "Benchmarking data received from the South East Employers group."),
            ("3.2", "Introduce a 'grow your own' apprenticeship and graduate scheme for planning officers.",
             "Head of HR; Divisional Leader, Planning and Economy", "September 2026", "Amber",
             "Funding bid to the Planning Capacity and Capability Fund unsuccessful; alternative funding being explored."),
        ]),
        ("Recommendation 4: Make more of the Council's convening role with partners across the district", [
            ("4.1", "Re-establish the Mid Sussex Partnership Board with health, police, town and parish councils and the voluntary sector.",
             "Chief Executive", "March 2026", "On track",
             "Terms of reference shared with partners; inaugural meeting planned for January."),
            ("4.2", "Continue quarterly engagement with town and parish council clerks.",
             "Assistant Chief Executive", "Ongoing", "On track",
             "Meetings held July and October."),
        ]),
    ]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Status", "Progress update"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "1F4E79")
        t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    colours = {"On track": "92D050", "Complete": "00B0F0", "Amber": "FFC000", "Not started": "FFFFFF"}
    for rec, acts in recs:
        row = t.add_row().cells
        m = row[0].merge(row[5]); m.text = rec
        m.paragraphs[0].runs[0].bold = True; shade(m, "D9E1F2")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[4], colours[a[4]])
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered; On track – progressing to timescale; "
                      "Amber – some risk to delivery; Red – not progressing; Not started.").runs[0].italic = True
    doc.save(os.path.join(OUT, "ds2-mid-sussex-dc-corporate-peer-challenge-action-plan.docx"))


# 5 ---------------------------------------------------------------- whg Complaint Handling Code
def whg():
    doc = Document()
    doc.add_heading("whg – Complaint Handling Code Self-Assessment 2024/25: Improvement Action Plan", level=0)
    doc.add_paragraph(
        "Following our annual self-assessment against the Housing Ombudsman's Complaint Handling Code, we identified "
        "the provisions below where we are not yet fully compliant or where we want to strengthen our practice. "
        "Progress is reported to the Customer Services Committee every quarter. Position as at 30 September 2025.")
    sections = [
        ("Section 3: Accessibility and awareness", [
            ("3.1", "3.3 Landlords must make it easy for residents to complain, and publicise the complaints policy in a range of formats.",
             "Publish an easy-read and Urdu, Polish and Punjabi versions of the complaints policy on the website and in the tenant handbook.",
             "Head of Customer Experience", "30/09/2025", "On track"),
            ("3.2", "3.3 Landlords must make it easy for residents to complain, and publicise the complaints policy in a range of formats.",
             "Add a complaints option to the whg app and the MyWHG online account.",
             "Digital Services Manager", "31/12/2025", "Amber"),
        ]),
        ("Section 4: Complaint handling staff", [
            ("4.1", "4.1 Landlords must have a person or team assigned to take responsibility for complaint handling.",
             "Create a dedicated Stage 2 review team separate from the Stage 1 resolution team.",
             "Sarah Malik and Tom Pryce", "01/04/2025", "Complete"),
            ("4.2", "4.3 Complaint handlers must have appropriate training.",
             "Deliver Housing Ombudsman Dispute Resolution training to all 38 complaint handlers.",
             "Complaints Manager (Stage 1)", "31/07/2025", "Complete"),
        ]),
        ("Section 6: Complaint stages", [
            ("6.1", "6.2 Landlords must acknowledge a Stage 1 complaint and respond within 10 working days.",
             "Introduce automated acknowledgement and deadline alerts in the Dynamics CRM complaints module.",
             "Head of Customer Experience; IT Business Partner", "31/10/2025", "On track"),
            ("6.2", "6.13 Where an extension is needed, the landlord must explain the reason and agree it with the resident.",
             "Amend extension letter templates and add a mandatory 'reason for extension' field.",
             "Complaints Manager (Stage 2)", "Q2 2025/26", "On track"),
        ]),
        ("Section 8: Self-assessment, reporting and compliance", [
            ("8.1", "8.2 The annual complaints performance and service improvement report must be reported to the governing body.",
             "Present the 2024/25 annual complaints report, including learning and service improvements, to the Board.",
             "Director of Customer Services", "July 2025", "Complete"),
        ]),
    ]
    colours = {"On track": "92D050", "Complete": "00B0F0", "Amber": "FFC000"}
    for sec, acts in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, h in enumerate(["No.", "Code provision", "Action", "Owner", "Target date", "Status"]):
            t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            shade(t.rows[0].cells[i], "BFBFBF")
        prev = None; start = None
        for a in acts:
            cells = t.add_row().cells
            cells[0].text = a[0]
            if a[1] == prev:
                start.merge(cells[1])
            else:
                cells[1].text = a[1]; start = cells[1]; prev = a[1]
            for i in range(2, 6):
                cells[i].text = a[i]
            shade(cells[5], colours[a[5]])
    doc.add_paragraph()
    doc.add_paragraph("Key: Complete (blue) – action delivered and evidenced; On track (green); "
                      "Amber – at risk of missing target date; Red – overdue.").runs[0].italic = True
    doc.save(os.path.join(OUT, "ds2-whg-housing-ombudsman-complaint-handling-code-self-assessment-action-plan.docx"))


# 6 ---------------------------------------------------------------- Paradigm IA csv
def paradigm():
    rows = [
        ["Paradigm Housing Group - Internal Audit Recommendations Tracker - Audit & Risk Committee 20 November 2025"],
        [],
        ["Audit", "Report date", "Rec No", "Priority", "Recommendation", "Agreed management action",
         "Responsible officer", "Original due date", "Revised due date", "RAG", "Latest update"],
        ["Gas and Electrical Safety Compliance", "14/02/2025", "1", "High",
         "Ensure that all overdue electrical installation condition reports (EICRs) are completed and remedial works tracked to closure.",
         "Contractor to complete all overdue EICRs; C1/C2 remedial works to be logged and tracked in the compliance system.",
         "Head of Building Safety", "30/06/2025", "", "B",
         "All 214 overdue EICRs completed by June. Remedial works tracked weekly."],
        ["Gas and Electrical Safety Compliance", "14/02/2025", "2", "Medium",
         "Reconcile the compliance system asset list to the housing management system monthly.",
         "Monthly reconciliation to be completed and signed off by the Compliance Manager.",
         "Compliance Manager", "31/03/2025", "", "B", "Reconciliation in place since March; no variances in last three months."],
        ["Rent Arrears Management", "02/05/2025", "1", "Medium",
         "Review the arrears escalation procedure so that cases are referred to the Tenancy Sustainment Team earlier.",
         "Update procedure to trigger referral at 4 weeks' arrears and train income officers.",
         "Head of Income & Tenancy Services", "30/09/2025", "31/12/2025", "A",
         "Procedure updated; training delayed by restructure, now booked for December."],
        ["Rent Arrears Management", "02/05/2025", "2", "Low",
         "Document the write-off authorisation limits in the Financial Regulations.",
         "Finance to add write-off limits at the next review of Financial Regulations.",
         "Director of Finance", "31/03/2026", "", "G", "Drafting underway for Board approval in March."],
        ["Procurement and Contract Management", "18/07/2025", "1", "High",
         "Ensure contracts over £25k are recorded on the contracts register with a named contract manager.",
         "Complete a register cleanse and assign contract managers to every live contract over £25k.",
         "Head of Procurement", "31/10/2025", "", "R",
         "Register cleanse not yet complete - 37 contracts still without a named manager. Escalated to Executive Team."],
        ["Procurement and Contract Management", "18/07/2025", "2", "Medium",
         "Introduce quarterly contract performance reviews for key contracts.",
         "Quarterly reviews to be scheduled for the 20 highest-value contracts.",
         "Head of Procurement; Head of Assets", "Quarterly", "", "G", "First round of reviews held in October."],
        ["Damp and Mould", "09/09/2025", "1", "High",
         "Ensure that all damp and mould reports are inspected within 10 working days, in line with the policy.",
         "Introduce a daily triage report and dedicated surveyor capacity for damp and mould cases.",
         "Head of Repairs", "31/12/2025", "", "G", "Triage report live; 86% inspected within 10 days in October."],
        ["Damp and Mould", "09/09/2025", "2", "Medium",
         "Record follow-up visits after works to confirm the problem has been resolved.",
         "Add a mandatory six-week post-inspection follow-up to the repairs workflow.",
         "Repairs Service Manager", "March 2026", "", "", "Not started - dependent on new repairs system release."],
        [],
        ["Key: B = Implemented; G = On track; A = Revised date agreed; R = Overdue"],
    ]
    with open(os.path.join(OUT, "ds2-paradigm-housing-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# 7 ---------------------------------------------------------------- North Devon scrutiny txt
def northdevon():
    lines = [
        "North Devon Council - Homelessness and Temporary Accommodation Task and Finish Group: Recommendations Tracker",
        "Policy Development Committee - updated January 2026",
        "",
        "\t".join(["Rec", "Recommendation", "Executive response", "Action", "Lead Officer", "Timescale", "Progress", "RAG"]),
    ]
    recs = [
        ("1a", "The Council should reduce its reliance on bed and breakfast accommodation for families.", "Agreed",
         "Acquire 12 additional units of temporary accommodation through the Local Authority Housing Fund.",
         "Head of Housing and Communities", "March 2026",
         "8 units purchased and let; 4 in conveyancing.", "Green"),
        ("1b", "", "",
         "Review the temporary accommodation placement policy so that B&B is used for families only in an emergency and for no more than six weeks.",
         "Housing Options Manager", "December 2025",
         "Revised policy approved by Strategy and Resources Committee in December.", "Complete"),
        ("2", "The Council should work with private landlords to increase the supply of affordable private rented homes.", "Agreed",
         "Launch a landlord incentive scheme offering rent in advance and a tenancy sustainment offer.",
         "Private Sector Housing Manager", "Q1 2026/27",
         "Scheme design complete; launch event with the Landlords' Forum planned for April.", "Green"),
        ("3", "The Council should improve the information given to people approaching as homeless.", "Agreed",
         "Redesign the housing options web pages and produce a 'What happens next' leaflet with people with lived experience.",
         "Housing Options Manager / Customer Services Manager", "Ongoing",
         "Web pages rewritten; leaflet being tested with clients at the Barnstaple hub.", "Green"),
        ("4", "The Council should lobby Government for a fairer subsidy rate for temporary accommodation.", "Agreed in part",
         "Leader to write to the Minister for Housing and raise the issue through the District Councils' Network.",
         "Lead Member for Housing", "September 2025",
         "Letter sent 2 September 2025; response awaited.", "Complete"),
        ("5", "The Council should report temporary accommodation costs and numbers to members every quarter.", "Agreed",
         "Add temporary accommodation numbers, average length of stay and net cost to the quarterly performance report.",
         "Head of Finance", "June 2026",
         "Cost data now reconciled; length of stay reporting requires a system change and is behind schedule.", "Amber"),
    ]
    for r in recs:
        lines.append("\t".join(r))
    lines += ["", "RAG: Complete = delivered; Green = on track; Amber = behind schedule; Red = not progressing"]
    with open(os.path.join(OUT, "ds2-north-devon-council-scrutiny-homelessness-task-group-recommendations-tracker.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    sash(); swindon(); avon(); midsussex(); whg(); paradigm(); northdevon()
