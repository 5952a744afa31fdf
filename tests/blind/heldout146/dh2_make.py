"""Generator for dh2- blind cases (partnership, NHS and corporate plans)."""
import csv, os
from datetime import datetime as dt
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", H="D9E1F2", T="1F3864", Y="FFF2CC").items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1 Christie board action log
def christie():
    wb = Workbook(); ws = wb.active; ws.title = "Action log"
    ws["A1"] = "The Christie NHS Foundation Trust"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors (Public) – Action log"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting held on Thursday 25 September 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Meeting date", "Action", "Lead", "Due date", "Update", "Status"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["T"]; c.alignment = WRAP; c.border = BOX
    rows = [
        ("62/25b", dt(2025, 5, 29),
         "Provide a breakdown of the 62-day referral to treatment performance by tumour group, showing which pathways are affected by late inter-provider transfers.",
         "BD", dt(2025, 7, 31), "Breakdown presented to July Board as an appendix to the IPR. Further work with GM Cancer on transfer times reported through Performance Committee.", "Complete"),
        ("64/25a", dt(2025, 5, 29),
         "Bring back a summary of themes from speaking up cases raised by resident doctors, benchmarked against the national guardian's office data.",
         "EL / FTSUG", dt(2025, 11, 27), "Data received from NGO in August. Themes report being drafted and will come to the November Board.", "On track"),
        ("77/25c", dt(2025, 7, 31),
         "Circulate the revised R&I strategy implementation plan with milestones to all Board members ahead of the Board development session.",
         "FB", dt(2025, 9, 25), "Implementation plan circulated on 12 September 2025.", "Complete"),
        ("78/25a", dt(2025, 7, 31),
         "Review the scoring of BAF risk 4 (workforce supply in specialist oncology nursing) following the Quality Assurance Committee challenge on the target score.",
         "JY", dt(2025, 10, 30), "Initial review completed with the Chief Nurse's team. Revised scoring to go to Quality Assurance Committee in October before coming back to Board; may slip to November if the committee asks for further assurance.", "Amber"),
        ("79/25b", dt(2025, 7, 31),
         "Confirm the timetable for the follow-up internal audit of data security and protection toolkit compliance.",
         "Company Secretary", dt(2025, 8, 31), "Awaiting confirmation of the date from MIAA; the fieldwork slot originally offered for August was withdrawn and a new date has not yet been agreed.", "Red"),
        None,
        ("88/25a", dt(2025, 9, 25),
         "Provide an update on the proton beam therapy capacity expansion business case, including the revised capital profile agreed with the ICB.",
         "RS", "Jan 2026 Board", "New action.", "On track"),
        ("88/25b", dt(2025, 9, 25),
         "Add a trend chart for patient-reported experience in the Oak Road Treatment Centre to future IPR reports.",
         "BD/JY", dt(2025, 11, 27), "New action. Chart being built by the performance team.", "On track"),
        ("90/25a", dt(2025, 9, 25),
         "Update the scheme of reservation and delegation to reflect the change to the Chief Finance Officer's delegated limit for capital contracts.",
         "Company Secretary", dt(2025, 12, 31), "New action.", "On track"),
    ]
    r = 6
    for row in rows:
        if row is None:
            r += 1; continue
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            if i in (2, 5) and isinstance(v, dt):
                c.number_format = "dd/mm/yyyy" if i == 2 else "mmm-yy"
        st = ws.cell(r, 7)
        st.fill = {"Complete": FILL["B"], "On track": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"]}[row[6]]
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete – action can be closed"), ("G", "On track – due date will be met"),
                                ("A", "At risk – due date may not be met"), ("R", "Overdue / off track")], 1):
        ws.cell(r + i, 1).fill = FILL[k]; ws.cell(r + i, 2, t)
    ws.cell(r + 6, 1, "Completed actions will be removed from the log once noted by the Board.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [9, 12, 52, 14, 12, 52, 11]):
        ws.column_dimensions[col].width = w
    wb.save(P("dh2-christie-nhsft-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 2 Stroud strategic risk register (refuse)
def stroud():
    wb = Workbook(); ws = wb.active; ws.title = "SRR Q1 2025-26"
    ws["A1"] = "Stroud District Council"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register – Quarter 1 2025/26"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Audit and Standards Committee, 22 July 2025."
    hdr = ["Risk ref", "Risk title", "Risk owner", "Inherent score (LxI)", "Existing controls",
           "Further mitigating action", "Action owner", "Target date", "Residual score", "RAG", "Direction of travel", "Q1 update"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True); c.fill = FILL["H"]; c.alignment = WRAP; c.border = BOX
    rows = [
        ("SR1", "Medium term financial sustainability", "Strategic Director of Resources", "4x4 = 16",
         "MTFP approved February 2025; reserves strategy; monthly budget monitoring to SLT.",
         "Deliver the 2026/27 savings programme and present options to Strategy and Resources Committee.",
         "Head of Finance", dt(2025, 12, 31), "3x4 = 12", "A", "↔", "Savings options workshop held with members in June."),
        ("SR2", "Local government reorganisation in Gloucestershire", "Chief Executive", "4x4 = 16",
         "Joint officer working group with the other Gloucestershire councils; member briefings.",
         "Submit the council's response and evidence base for the final proposal to Government.",
         "Chief Executive", "November 2025", "4x3 = 12", "A", "↑", "Interim plan submitted in March 2025; final proposal being developed jointly."),
        ("SR3", "Cyber security and resilience", "Strategic Director of Resources", "5x4 = 20",
         "Firewalls, MFA, PSN compliance, staff e-learning, backups tested quarterly.",
         "Complete the cyber incident response exercise with the LGA and update the ICT disaster recovery plan.",
         "ICT Manager", "Octobr 2025", "3x4 = 12", "A", "↔", "Exercise date being agreed with the LGA cyber team."),
        ("SR4", "Housing revenue account – stock condition and decarbonisation", "Strategic Director of Place", "4x4 = 16",
         "30-year HRA business plan; stock condition survey programme; damp and mould policy.",
         "Complete stock condition surveys of the remaining 20% of council homes.",
         "Head of Property Services", dt(2026, 3, 31), "3x4 = 12", "G", "↓", "Surveys 82% complete."),
        ("SR5", "Local Plan examination", "Strategic Director of Place", "4x3 = 12",
         "Programme officer appointed; legal advice retained; Local Development Scheme kept up to date.",
         "Respond to the Inspectors' further questions and prepare main modifications consultation.",
         "Planning Strategy Manager", dt(2025, 9, 30), "3x3 = 9", "A", "↔", "Hearing sessions resumed in June 2025."),
    ]
    for i, row in enumerate(rows, 6):
        for j, v in enumerate(row, 1):
            c = ws.cell(i, j, v); c.alignment = WRAP; c.border = BOX
            if isinstance(v, dt): c.number_format = "mmm-yy"
        ws.cell(i, 10).fill = FILL[row[9]]
    ws.cell(12, 1, "Direction of travel: ↑ risk increased  ↓ risk reduced  ↔ no change").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJKL", [8, 30, 22, 12, 40, 44, 22, 12, 10, 6, 10, 40]):
        ws.column_dimensions[col].width = w
    wb.save(P("dh2-stroud-dc-strategic-risk-register-q1-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 RBKC CSP DHR action plan
def rbkc():
    wb = Workbook(); ws = wb.active; ws.title = "DHR Adult Y action plan"
    ws.merge_cells("A1:H1"); ws["A1"] = "Kensington and Chelsea Community Safety Partnership"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2"); ws["A2"] = "Domestic Homicide Review – 'Adult Y': Multi-agency Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:H3")
    ws["A3"] = ("This action plan sets out how partners will respond to the recommendations of the overview report. "
                "Progress is monitored by the DHR Standing Panel and reported to the Community Safety Partnership Board. Progress updated October 2025.")
    ws["A3"].alignment = WRAP; ws.row_dimensions[3].height = 45
    hdr = ["Recommendation", "Action no.", "Action", "Lead agency", "Lead officer", "Target date", "Progress update", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(5, j, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["T"]; c.alignment = WRAP; c.border = BOX
    recs = [
        ("1", "1. All partner agencies to ensure frontline staff routinely ask about domestic abuse when an adult presents with unexplained injuries or repeated falls.", [
            ("1.1", "Refresh the routine enquiry guidance for A&E and urgent treatment centre staff and include it in the mandatory safeguarding level 3 update.", "Imperial College Healthcare NHS Trust", "Named Nurse Safeguarding Adults", dt(2025, 6, 30), "Guidance refreshed and launched at the safeguarding forum in June.", "B"),
            ("1.2", "Audit a sample of 30 records of adults attending with falls to check whether routine enquiry took place.", "Imperial College Healthcare NHS Trust", "Head of Safeguarding", dt(2025, 12, 31), "Audit tool agreed; data collection under way.", "G"),
        ]),
        ("2", "2. The CSP to seek assurance that the MARAC referral pathway is understood by adult social care and housing staff.", [
            ("2.1", "Deliver MARAC awareness sessions to adult social care locality teams and tenancy management officers.", "RBKC Community Safety", "VAWG Strategic Lead", "31/03/2026 (revised from 30/09/2025)", "Four of seven sessions delivered. Remaining sessions rescheduled because of the housing restructure.", "A"),
            ("2.2", "Add a MARAC referral prompt to the housing case management system.", "RBKC Housing Management", "Head of Tenancy and Neighbourhood Services", dt(2025, 11, 30), "System change requested; supplier has not yet given a date.", "R"),
        ]),
        ("3", "3. Partners to strengthen the identification of economic abuse and financial control of older adults.", [
            ("3.1", "Include economic abuse in the CSP's domestic abuse training offer for partners.", "RBKC Community Safety", "Domestic Abuse Training Coordinator", "Ongoing", "Module developed with Surviving Economic Abuse; first cohort booked for November.", "G"),
            ("3.2", "Publish a 7-minute briefing on economic abuse and circulate through the SAB and CSP networks.", "Bi-borough SAB", "SAB Business Manager", dt(2025, 9, 30), "Briefing published in September 2025 newsletter.", "B"),
        ]),
        ("4", "4. The Metropolitan Police to review how repeat non-crime domestic incidents at the same address are flagged to partners.", [
            ("4.1", "Review the Central West BCU process for sharing repeat non-crime incidents with MARAC and adult social care.", "Metropolitan Police Service", "DCI Public Protection (Central West BCU)", "Q4 2025/26", "Review scoped. Awaiting outcome of pan-London MERLIN changes.", "A"),
        ]),
    ]
    r = 6
    for no, rec, acts in recs:
        start = r
        for a in acts:
            ws.cell(r, 2, a[0]); ws.cell(r, 3, a[1]); ws.cell(r, 4, a[2]); ws.cell(r, 5, a[3])
            c = ws.cell(r, 6, a[4])
            if isinstance(a[4], dt): c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7, a[5]); ws.cell(r, 8, a[6]).fill = FILL[a[6]]
            for j in range(1, 9):
                ws.cell(r, j).alignment = WRAP; ws.cell(r, j).border = BOX
            r += 1
        ws.cell(start, 1, rec)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Completed"), ("G", "On track"), ("A", "Some slippage / at risk"), ("R", "Off track – escalate to CSP Board")], 1):
        ws.cell(r + i, 1, k).fill = FILL[k]; ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFGH", [44, 9, 48, 24, 24, 16, 44, 6]):
        ws.column_dimensions[col].width = w
    wb.save(P("dh2-kensington-chelsea-csp-dhr-adult-y-action-plan.xlsx"))


# ---------------------------------------------------------------- 4 Walton Centre CQC docx
def walton():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    d.add_heading("The Walton Centre NHS Foundation Trust", level=1)
    d.add_heading("CQC Inspection Action Plan – Must Do and Should Do Actions", level=2)
    d.add_paragraph("Following the CQC inspection of surgery and medical care (including neurology) services in "
                    "February 2025, the report was published on 14 May 2025. This plan sets out the trust's response to the "
                    "actions the trust MUST take to comply with its legal obligations and the actions it SHOULD take to improve. "
                    "Progress is reported monthly to the Quality Committee.")
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.4"), ("Owner", "Director of Nursing and Governance"),
                                ("Approved by", "Quality Committee, 19 June 2025"), ("Last updated", "6 October 2025")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph("")
    hdr = ["Ref", "CQC finding", "Action", "Lead", "Completion date", "Progress update", "RAG"]
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h; shade(t.rows[0].cells[i], "D9E1F2")
    RAGC = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    def section(title):
        row = t.add_row(); m = row.cells[0].merge(row.cells[6]); m.text = title; shade(m, "F2F2F2")
        m.paragraphs[0].runs[0].bold = True

    def acts(finding, items):
        first = None
        for it in items:
            row = t.add_row()
            for i, v in enumerate([it[0], "", it[1], it[2], it[3], it[4], it[5]]):
                row.cells[i].text = v
            shade(row.cells[6], RAGC[it[5]])
            if first is None: first = row
            last = row
        m = first.cells[1].merge(last.cells[1]) if last is not first else first.cells[1]
        m.text = finding

    section("Surgery")
    acts("The trust must ensure that all staff complete mandatory training, including safeguarding level 3, in line with trust targets. (Regulation 18)", [
        ("MD1", "Ward managers to agree protected time in rosters for staff with overdue mandatory training and track completion weekly at the divisional performance meeting.", "Divisional Director of Nursing (Surgery)", "31/08/2025", "Compliance 92% (target 90%) at end of August; now monitored through divisional performance review.", "Complete"),
        ("MD2", "Deliver additional face-to-face safeguarding level 3 sessions for theatre and recovery staff.", "Named Nurse for Safeguarding", "December 2025", "Three extra sessions run in September; compliance in theatres 84% and rising.", "Green"),
    ])
    acts("The trust must ensure that the World Health Organization surgical safety checklist is fully completed for every patient. (Regulation 12)", [
        ("MD3", "Introduce a monthly observational audit of WHO checklist completion in all theatres, with results reported to the Theatre User Group.", "Theatre Manager", "30/09/2025", "Observational audits started July 2025; September audit showed 96% full completion. Re-audit planned to confirm sustained improvement.", "Amber"),
    ])
    acts("The trust should ensure that patients' pain scores are reassessed and recorded after analgesia is given.", [
        ("SD1", "Add a pain reassessment prompt to the electronic observations system.", "Chief Clinical Information Officer", "Q3 2025/26", "Change request submitted to the EPR team. Build scheduled in the November release.", "Green"),
    ])
    section("Medical care (including neurology)")
    acts("The trust must ensure that patients' mental capacity assessments are completed and documented where there is reason to doubt capacity. (Regulation 11)", [
        ("MD4", "Roll out the revised MCA assessment template on the neurology and neuro-rehabilitation wards and audit its use quarterly.", "Safeguarding Lead Nurse / Clinical Director for Neurology", "31/03/2026", "Template live on two of four wards. Quarterly audit baseline showed 58% compliance; ward-based teaching under way.", "Amber"),
    ])
    acts("The trust should ensure that medicines fridge temperatures are checked and recorded daily.", [
        ("SD2", "Replace manual fridge logs with remote temperature monitoring on all medical wards.", "Chief Pharmacist", "Sept 2025 – Jan 2026", "Procurement delayed. Interim daily checks being spot-audited by pharmacy technicians.", "Red"),
        ("SD3", "Include fridge temperature checks in the weekly ward manager assurance walkaround.", "Medical Care Matrons", "Ongoing", "Added to the walkaround checklist from August 2025.", "Green"),
    ])
    d.add_paragraph("")
    d.add_paragraph("RAG key: Complete (blue) – action completed and evidence held; Green – on track; "
                    "Amber – some risk to delivery; Red – off track, escalated to Quality Committee.")
    d.save(P("dh2-walton-centre-nhsft-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------- 5 Camden SAPB SAR docx
def camden():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    d.add_heading("Camden Safeguarding Adults Partnership Board", level=1)
    d.add_heading("Safeguarding Adults Review – 'Mr F': Action Plan", level=2)
    d.add_paragraph("Mr F was a 67-year-old man who lived alone and died following a house fire. The review "
                    "was published in April 2025 and made five recommendations to the Board. This plan records the "
                    "actions agreed by partners. It is monitored by the SAR sub-group and was last updated on 15 October 2025.")
    RAGC = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Not started": "FFFFFF"}
    recs = [
        ("Recommendation 1: The SAPB should seek assurance that partner agencies apply the self-neglect and hoarding protocol, including the use of the clutter rating scale, when a fire risk is identified.", [
            ("1a", "Re-launch the Camden self-neglect and hoarding protocol with a practitioner briefing and learning event.", "SAPB Business Manager", "June 2025", "Learning event held 24 June 2025 with 86 attendees.", "Complete"),
            ("1b", "Multi-agency audit of self-neglect cases open to adult social care to test use of the protocol.", "Principal Social Worker (Adults)", "By end of January 2026", "Audit tool agreed at the Quality and Performance sub-group; case selection in progress.", "Green"),
        ]),
        ("Recommendation 2: London Fire Brigade and adult social care should agree a clear route for referring people at high fire risk for a home fire safety visit.", [
            ("2a", "Agree and publish a joint referral pathway for person-centred fire risk assessments.", "LFB Borough Commander / Head of Safeguarding Adults", "30/11/2025", "Draft pathway shared with partners for comment. Sign-off at the November Board.", "Green"),
            ("2b", "Train adult social care duty workers to use the LFB online referral form.", "Head of Safeguarding Adults", "Dec-25", "", "Not started"),
        ]),
        ("Recommendation 3: Primary care should ensure that repeated missed appointments by adults with care and support needs are followed up and considered as a possible indicator of self-neglect.", [
            ("3a", "Issue guidance to GP practices on following up 'was not brought' and repeated DNA for adults with care and support needs.", "Designated Nurse for Safeguarding Adults (NCL ICB)", "September 2025", "Guidance drafted; publication delayed while aligned with the NCL-wide DNA policy.", "Amber"),
        ]),
        ("Recommendation 4: All agencies should ensure that professionals consider and record mental capacity in relation to specific decisions about accepting support.", [
            ("4a", "Deliver MCA refresher training focused on executive functioning and self-neglect.", "Camden ASC MCA Lead", "Quarterly", "Two sessions delivered; further dates through 2026.", "Green"),
            ("4b", "Include MCA recording in the single-agency audit programme of each partner and report findings to the SAR sub-group.", "Chair of the SAR sub-group", "31 March 2026", "Health partners have confirmed; housing and police returns still awaited.", "Red"),
        ]),
    ]
    for rec, items in recs:
        p = d.add_paragraph(); run = p.add_run(rec); run.bold = True
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Lead", "Timescale", "Progress / evidence", "RAG"]):
            t.rows[0].cells[i].text = h; shade(t.rows[0].cells[i], "DDEBF7")
        for it in items:
            row = t.add_row()
            for i, v in enumerate(it[:5]):
                row.cells[i].text = v
            row.cells[5].text = it[5]; shade(row.cells[5], RAGC[it[5]])
        d.add_paragraph("")
    d.add_paragraph("RAG status key").runs[0].bold = True
    t = d.add_table(rows=5, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Complete", "Action completed and evidence provided"), ("Green", "On track to be completed by the timescale"),
                                ("Amber", "Some delay but expected to be completed"), ("Red", "Significant delay – escalated to the Board"),
                                ("Not started", "Action not yet started")]):
        t.cell(i, 0).text = k; shade(t.cell(i, 0), RAGC[k]); t.cell(i, 1).text = v
    d.save(P("dh2-camden-sapb-sar-mr-f-action-plan.docx"))


# ---------------------------------------------------------------- 6 Royal Marsden IA tracker csv
def marsden():
    rows = [
        ["The Royal Marsden NHS Foundation Trust - Internal Audit Recommendations Tracker - Audit Committee 13 November 2025"] + [""] * 10,
        [""] * 11,
        ["Audit", "Rec No", "Priority", "Recommendation", "Agreed management action", "Responsible officer", "Original due date", "Revised due date", "Status", "RAG", "Latest update"],
        ["Payroll and Expenses 2024/25", "1", "Medium", "Overpayments should be recovered in line with the overpayments policy and reviewed monthly.", "Monthly overpayment report to be reviewed by the Head of Payroll and recovery plans agreed within 30 days.", "Head of Payroll", "31/03/2025", "30/06/2025", "Closed", "B", "Monthly review in place since May 2025; evidence provided to auditors."],
        ["Payroll and Expenses 2024/25", "2", "Low", "Expense claims over £250 should have documented budget holder approval.", "Update the e-expenses workflow so that claims over £250 route to the budget holder.", "Deputy Director of Finance", "30/06/2025", "", "Closed", "B", "Workflow change implemented 2 June 2025."],
        ["Data Security and Protection Toolkit 2024/25", "1", "High", "Information asset owners should complete and sign off data flow mapping for all critical systems.", "IAOs to complete data flow mapping for the 14 critical systems, overseen by the Information Governance Steering Group.", "Senior Information Risk Owner", "30/09/2025", "31/12/2025", "Open", "A", "10 of 14 systems mapped. Remaining four relate to the new radiotherapy planning system."],
        ["Data Security and Protection Toolkit 2024/25", "2", "Medium", "Phishing simulation results should be reported to the Information Governance Steering Group.", "Quarterly phishing simulation report to IGSG.", "Head of Cyber Security", "30/06/2025", "", "Open", "G", "First report taken in July; next due October."],
        ["Research Governance 2025/26", "1", "High", "Excess treatment costs for non-commercial studies should be identified and agreed before study set-up is approved.", "Introduce an ETC checkpoint in the study set-up process, signed off by R&D Finance.", "Director of Research Operations", "31/08/2025", "", "Open", "R", "Checkpoint designed but not yet in the EDGE workflow. Now expected in January 2026."],
        ["Research Governance 2025/26", "2", "Medium", "Delegation logs should be kept up to date for all open studies.", "Research nurses to complete quarterly delegation log checks with results reported to the R&D Committee.", "Lead Research Nurse / R&D Quality Manager", "31/10/2025", "", "Open", "G", "First quarterly checks completed on the Chelsea site; Sutton to follow."],
        ["Estates Statutory Compliance 2025/26", "1", "High", "The water safety plan should be updated to reflect the new Oak Cancer Centre.", "Update the water safety plan and present it to the Water Safety Group for approval.", "Head of Estates Compliance", "Dec 2025", "", "Open", "G", "Draft plan with the authorising engineer for review."],
        ["Estates Statutory Compliance 2025/26", "2", "Medium", "Overdue fire door remedial works should be tracked to completion.", "Maintain a fire door remedial works log and report progress to the Health and Safety Committee.", "Fire Safety Manager", "30/11/2025", "", "Open", "G", "Log in place; 61 of 88 doors remediated."],
        [""] * 11,
        ["Key: B = implemented and closed; G = on track; A = revised date agreed; R = overdue"] + [""] * 10,
    ]
    with open(P("dh2-royal-marsden-nhsft-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Livewell Southwest PSIRF safety actions (tab export)
def livewell():
    lines = [
        "Livewell Southwest - PSIRF Safety Improvement Actions",
        "Report run: 03/11/2025 09:12\tRun by: Patient Safety Team",
        "",
        "\t".join(["Action ID", "Safety priority", "Learning response", "Safety action", "Action owner", "Due date", "Status", "RAG", "Latest update"]),
        "\t".join(["SA-0412", "Priority 1: Recognition of physical deterioration in inpatient mental health settings", "PSII 2024/07 - Delayed escalation of NEWS2 score on Glenbourne", "Introduce twice-daily NEWS2 safety huddle review on all adult inpatient wards.", "Glenbourne Unit Matron", "31/07/2025", "Completed", "Blue", "Huddle in place on all wards; audited in August."]),
        "\t".join(["SA-0413", "Priority 1: Recognition of physical deterioration in inpatient mental health settings", "PSII 2024/07 - Delayed escalation of NEWS2 score on Glenbourne", "Deliver deteriorating patient simulation training to registered nurses and HCAs.", "Clinical Skills Lead", "31/01/2026", "Open", "Green", "62% of staff trained; further sessions booked for November and December."]),
        "\t".join(["SA-0418", "Priority 2: Medication safety in the community", "AAR 2025/03 - Insulin omission on community nursing caseload", "Review the insulin administration care plan template with the diabetes specialist nurses.", "Lead Nurse for Community Nursing", "30/09/2025", "Open", "Amber", "Template redrafted; waiting for sign-off at the Medicines Optimisation Group which was stood down in September."]),
        "\t".join(["SA-0419", "Priority 2: Medication safety in the community", "AAR 2025/03 - Insulin omission on community nursing caseload", "Add insulin visits to the SystmOne task list so that missed visits are flagged to the team leader.", "Digital Clinical Safety Officer", "15/12/2025", "Open", "Green", "Configuration tested in training environment."]),
        "\t".join(["SA-0425", "Priority 3: Falls in community hospitals", "Thematic review 2025/01 - Falls with harm, Mount Gould", "Trial sensor mats for patients assessed at high risk of falls at night.", "Fal Ward Manager", "31/10/2025", "Open", "Red", "Trial not started: equipment order delayed by supplier."]),
        "\t".join(["SA-0426", "Priority 3: Falls in community hospitals", "Thematic review 2025/01 - Falls with harm, Mount Gould", "Share learning from the thematic review through the Falls Steering Group and staff newsletter.", "Falls Prevention Lead", "Ongoing", "Open", "Green", "Learning shared in the October newsletter; standing item at Falls Steering Group."]),
        "\t".join(["SA-0431", "Priority 4: Safeguarding and self-neglect", "PSII 2025/02 - Self-neglect and missed contacts, Plymouth East", "Agree a shared escalation route with Plymouth City Council for adults who repeatedly decline contact.", "Head of Safeguarding", "31/03/2026", "Open", "Not rated", ""]),
        "",
        "Records: 7",
    ]
    with open(P("dh2-livewell-southwest-psirf-safety-actions-export.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    christie(); stroud(); rbkc(); walton(); camden(); marsden(); livewell()
    print("done")
