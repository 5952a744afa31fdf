"""Generator for the cu2- blind cases (run with /work/main/.venv/bin/python)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
D = dt.datetime
FILL = {c: PatternFill("solid", fgColor=h) for c, h in
        dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", grey="D9D9D9", head="1F3864", sec="DEEAF6").items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row, i, n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX


def section(ws, row, text, ncol):
    ws.cell(row, 1, text).font = Font(bold=True)
    for i in range(1, ncol + 1):
        ws.cell(row, i).fill = FILL["sec"]
        ws.cell(row, i).border = BOX
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)


def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row, i, v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime) and fmt:
            c.number_format = fmt


# ---------------------------------------------------------------- 1 Exmoor NPA audit follow-up (xlsx)
def exmoor():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding actions"
    ws["A1"] = "Exmoor National Park Authority"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit – Management Action Follow-up 2024/25: Summary of outstanding actions"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Position as at 31 January 2025. Revised due dates are shown where agreed by management "
                "and are presented to the Audit and Risk Committee for approval.")
    cols = ["Ref", "Recommendation", "Grade", "Agreed management action", "Responsible officer",
            "Original due date", "Revised due date", "RAG", "Management update (January 2025)"]
    hdr(ws, 5, cols)
    rows = [
        ("Procurement and Contract Management (2023/24)",),
        ("PCM 1", "The Authority should maintain a complete contract register covering all contracts over £5,000 and publish it in line with the Local Government Transparency Code.",
         "Grade 3", "Contract register to be reviewed against creditor payments for 2023/24 and all contracts over £5,000 added. Register to be published quarterly on the website.",
         "Head of Finance and Corporate Services", D(2024, 3, 31), D(2024, 9, 30), "Complete",
         "Register reconciled to creditor payments in August 2024 and published on the transparency page. Quarterly update diarised."),
        ("PCM 2", "Officers with purchasing responsibilities should receive refresher training on the Contract Standing Orders.",
         "Grade 2", "Refresher training on Contract Standing Orders to be delivered to all budget holders, and attendance recorded.",
         "Procurement Officer", D(2024, 6, 30), D(2025, 3, 31), "Amber",
         "Session held for the Senior Leadership Team in November. Sessions for remaining budget holders booked for February and March 2025."),
        ("Payroll (2023/24)",),
        ("PAY 1", "Starter and leaver forms should be authorised by the budget holder before payroll changes are processed.",
         "Grade 3", "Payroll checklist amended so that no change is processed without a signed starter/leaver form. Monthly exception report to be reviewed by the HR Manager.",
         "HR Manager / Payroll Officer", D(2024, 5, 31), None, "Complete",
         "Checklist in use since May 2024. Sample of 10 leavers tested by Internal Audit in January 2025 – all authorised."),
        ("Cyber Security (2023/24)",),
        ("CYB 1", "The Authority should complete and test its ICT disaster recovery plan.",
         "Grade 3", "ICT disaster recovery plan to be updated following the server migration and a desktop test carried out with the Senior Leadership Team.",
         "ICT Manager", D(2024, 9, 30), D(2025, 4, 30), "Red",
         "Server migration slipped to December 2024, delaying the plan update. Draft plan in progress; desktop test not yet scheduled."),
        ("CYB 2", "Mandatory cyber awareness training should be completed by all staff and Members.",
         "Grade 2", "Cyber awareness e-learning to be rolled out to all staff and Members, with completion monitored monthly.",
         "ICT Manager", D(2024, 12, 31), None, "Green",
         "Module launched October 2024. 86% of staff have completed; reminder issued to Members via the Members' Bulletin."),
        ("Health and Safety (2024/25)",),
        ("HS 1", "Lone working risk assessments for rangers should be reviewed and the lone working device procedure updated.",
         "Grade 3", "Review all ranger lone working risk assessments and reissue the lone working procedure, including the check-in process for the new devices.",
         "Head of Conservation and Access", D(2025, 1, 31), None, "Amber",
         "Risk assessments reviewed for the Dulverton and Lynmouth teams. Procedure redraft with the Health and Safety Adviser for comment."),
        ("HS 2", "Accident and near-miss reports should be reviewed quarterly by the Health and Safety Group.",
         "Grade 1", "Accident and near-miss reporting added as a standing item on the quarterly Health and Safety Group agenda.",
         "Health and Safety Adviser", D(2024, 10, 31), None, "Complete", "Standing item added from the October 2024 meeting."),
    ]
    r = 6
    for row in rows:
        if len(row) == 1:
            section(ws, r, row[0], len(cols))
        else:
            put(ws, r, row, "dd/mm/yyyy")
            rag = row[7]
            ws.cell(r, 8).fill = FILL[{"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}[rag]]
        r += 1
    r += 1
    ws.cell(r, 1, "Grade: 3 = significant weakness; 2 = moderate; 1 = minor / advisory.")
    ws.cell(r + 1, 1, "RAG: Red – past revised date or at risk; Amber – some slippage; Green – on track; Complete – implemented, evidence provided to Internal Audit.")
    for col, w in zip("ABCDEFGHI", [8, 45, 9, 50, 26, 13, 13, 10, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(P("cu2-exmoor-npa-internal-audit-follow-up-tracker.xlsx"))


# ---------------------------------------------------------------- 2 Gloucestershire FRS causes of concern (xlsx, refuse)
def gfrs():
    wb = Workbook(); ws = wb.active; ws.title = "CoC Action Plan"
    ws["A1"] = "Gloucestershire Fire and Rescue Service"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "HMICFRS Causes of Concern – Action Plan"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Causes of concern issued 3 May 2024. Progress update to the Improvement Board, January 2025."
    cols = ["Ref", "HMICFRS recommendation", "Action", "Action owner", "Target date", "Previous RAG", "Current RAG", "Progress update"]
    hdr(ws, 5, cols)
    R1 = "Provide enough appropriately trained and experienced staff to meet the inspection, reporting and enforcement requirements of its risk-based inspection programme."
    R2 = "Provide resilient fire safety advice 24 hours a day, 7 days a week and, where necessary, take immediate action to keep people safe."
    R3 = "Embed the service's values and associated behaviours so that all staff understand what is expected of them."
    R4 = "Support managers to confidently challenge and manage inappropriate behaviour."
    R5 = "Develop clear EDI objectives with staff and a plan to increase awareness of EDI and its importance."
    rows = [
        ("Cause of concern 1 – Protection",),
        ("P1", R1, "Recruit four additional fire safety inspectors and two fire safety advisers, funded from the 2024/25 growth bid.",
         "Head of Protection", D(2025, 3, 31), "Amber", "Amber",
         "Three inspectors appointed and in development. Fourth post re-advertised in December after an unsuccessful round."),
        ("P2", R1, "Develop a competency framework and training plan so that all inspecting officers hold, or are enrolled on, the Level 4 Diploma in Fire Safety.",
         "Protection Training Lead", D(2025, 9, 30), "Green", "Green",
         "Framework approved at the Improvement Board in October. Seven officers enrolled with the training provider."),
        ("P3", R2, "Introduce an out-of-hours protection duty officer rota, supported by a written procedure and call-out arrangements.",
         "Area Manager – Protection", "Feburary 2025", "Red", "Amber",
         "Rota drafted and consulted on with the representative bodies. Procedure to be signed off at the February Service Leadership Team."),
        ("Cause of concern 2 – Values and culture",),
        ("C1", R3, "Deliver the 'Our Values in Action' workshops to all operational and support staff.",
         "Head of People and Culture", D(2024, 12, 31), "Amber", "Complete",
         "All watches and support teams attended; 94% of staff reached. Sessions continue for new starters through induction."),
        ("C2", R3, "Launch an independent confidential reporting line for staff to raise concerns about behaviour.",
         "Head of People and Culture", D(2024, 11, 30), "Green", "Complete",
         "Line launched 4 November 2024 and promoted through station visits and the intranet."),
        ("C3", R4, "Include challenging inappropriate behaviour in the supervisory and middle manager development programmes.",
         "Learning and Development Manager", D(2025, 6, 30), "Green", "Green",
         "Module written with an external provider; first cohort starts in March 2025."),
        ("Cause of concern 3 – Equality, diversity and inclusion",),
        ("E1", R5, "Agree EDI objectives for 2024–2027 with staff networks and representative bodies and publish them on the intranet.",
         "EDI Lead", D(2024, 10, 31), "Amber", "Red",
         "Objectives drafted but consultation with representative bodies was extended. Publication now expected in March 2025."),
        ("E2", R5, "Review the use of positive action in recruitment ahead of the 2025 wholetime campaign.",
         "Recruitment Manager", D(2025, 5, 31), None, "Green",
         "Positive action taster days planned for April with community partners."),
    ]
    r = 6
    fmap = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}
    for row in rows:
        if len(row) == 1:
            section(ws, r, row[0], len(cols))
        else:
            put(ws, r, row, "dd/mm/yyyy")
            for ci in (6, 7):
                v = row[ci - 1]
                if v:
                    ws.cell(r, ci).fill = FILL[fmap[v]]
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: Red – off track / significant risk to delivery; Amber – some slippage, recoverable; Green – on track; Complete – action delivered (blue).")
    for col, w in zip("ABCDEFGH", [6, 45, 50, 28, 13, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(P("cu2-gloucestershire-frs-hmicfrs-causes-of-concern-action-plan-typo-month-refuse.xlsx"))


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
            cells[i].text = v
    return t


# ---------------------------------------------------------------- 3 Bernicia CHC self-assessment action plan (docx)
def bernicia():
    doc = Document()
    doc.add_paragraph().add_run("Bernicia Group").bold = True
    doc.add_heading("Complaint Handling Code Self-Assessment 2024/25 – Action Plan", level=1)
    doc.add_paragraph(
        "The Housing Ombudsman's Complaint Handling Code became statutory on 1 April 2024. Our annual "
        "self-assessment, reviewed by the Customer Scrutiny Panel in May 2024, found that we comply with most "
        "provisions of the Code. This plan sets out the actions we are taking where we only partly comply, or "
        "where the Panel asked us to strengthen our approach. Progress is reported to the Board each quarter.")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, ["Version", "Date", "Author", "Approved by"],
          [["1.0", "June 2024", "Customer Experience Manager", "Executive Team"],
           ["1.1", "October 2024", "Customer Experience Manager", "Board (Q2 update)"]])
    doc.add_paragraph("")
    header = ["No.", "Code requirement", "Action", "Responsible officer", "Target date", "Status"]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True; shade(c, "D9E2F3")

    def sec(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); m.text = ""
        m.paragraphs[0].add_run(text).bold = True; shade(m, "F2F2F2")

    def act(*v, fill=None):
        cells = t.add_row().cells
        for i, x in enumerate(v):
            cells[i].text = x
        if fill:
            shade(cells[5], fill)

    sec("Section 1 – Definition of a complaint")
    act("1", "1.3 A resident does not have to use the word 'complaint' for it to be treated as such.",
        "Refresh guidance and deliver briefings to Customer Contact Centre staff on recognising expressions of dissatisfaction and offering to log a complaint.",
        "Customer Contact Centre Manager", "30 September 2024", "Complete", fill="0070C0")
    act("2", "1.4 Landlords must recognise the difference between a service request and a complaint.",
        "Add a 'dissatisfaction' prompt to the repairs service request screen in the housing management system so that repeat service requests are escalated to a complaint.",
        "Head of Customer Services / Systems Manager", "31 March 2025", "On track", fill="00B050")
    sec("Section 3 – Accessibility and awareness")
    act("3", "3.1 Landlords must make it easy for residents to complain by providing different channels.",
        "Launch an online complaint form on the customer portal and the website, with a British Sign Language video explaining how to complain.",
        "Digital Services Manager", "Q4 2024/25", "Amber", fill="FFC000")
    act("4", "3.4 Landlords must publicise the complaints policy and the Code, including in tenancy sign-up packs.",
        "Include the complaints leaflet and a summary of the Code in all new tenancy sign-up packs and in the spring edition of the customer newsletter.",
        "Customer Experience Manager", "End of April 2025", "Not started")
    sec("Section 5 – Complaint handling principles")
    act("5", "5.6 Complaints must be acknowledged within five working days and defined in the acknowledgement.",
        "Introduce a standard acknowledgement template setting out our understanding of the complaint and the outcome the resident is seeking, with weekly monitoring of the five-day target.",
        "Complaints Team Leader", "31/12/2024", "Complete", fill="0070C0")
    act("6", "5.8 A complaint response must be provided when the answer to the complaint is known, not when outstanding actions are complete.",
        "Train complaint handlers to issue the response once the outcome is known and track outstanding repair actions separately on the complaints log.",
        "Complaints Team Leader", "June 2025", "On track", fill="00B050")
    sec("Section 8 – Self-assessment, reporting and compliance")
    act("7", "8.2 Landlords must produce an annual complaints performance and service improvement report for the governing body.",
        "Publish the 2024/25 annual complaints performance and service improvement report, with the Board's response, on the website.",
        "Head of Governance", "30 June 2025", "Not started")
    sec("Section 9 – Scrutiny and oversight: continuous learning and improvement")
    act("8", "9.7 The Member Responsible for Complaints must receive regular information on complaints.",
        "Quarterly complaints briefing to the Board member responsible for complaints, including learning from Housing Ombudsman determinations.",
        "Customer Experience Manager", "Quarterly", "On track", fill="00B050")
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action finished and evidence held; On track – progressing to target date; "
                      "Amber – at risk of missing target date; Not started – action not yet due to start.")
    doc.save(P("cu2-bernicia-housing-ombudsman-complaint-handling-code-action-plan.docx"))


# ---------------------------------------------------------------- 4 East Staffordshire CPC action plan (docx)
def eaststaffs():
    doc = Document()
    doc.add_paragraph().add_run("East Staffordshire Borough Council").bold = True
    doc.add_heading("LGA Corporate Peer Challenge – Action Plan", level=1)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at the Council in February 2024. "
        "The peer team's feedback report made six recommendations. This action plan sets out how the Council will "
        "respond to them and was agreed by Cabinet in June 2024. The progress column reflects the position at "
        "October 2024, ahead of the peer team's progress review.")
    table(doc, ["Version", "Date", "Owner", "Comments"],
          [["0.3", "May 2024", "Head of Policy and Performance", "Draft for Leadership Team"],
           ["1.0", "June 2024", "Head of Policy and Performance", "Agreed by Cabinet"],
           ["1.1", "October 2024", "Head of Policy and Performance", "Progress update"]])
    FILLS = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def rec(heading, rows):
        doc.add_heading(heading, level=2)
        t = table(doc, ["Ref", "Action", "Lead", "Timescale", "Progress (October 2024)", "RAG"], [r for r in rows])
        for i, r in enumerate(rows, 1):
            shade(t.rows[i].cells[5], FILLS[r[5]])
        doc.add_paragraph("")

    rec("Recommendation 1: Set out a clear, long-term financial strategy to close the budget gap from 2026/27", [
        ["1.1", "Refresh the Medium Term Financial Strategy to 2028/29, including a savings and income programme to close the forecast gap.",
         "Head of Finance (S151)", "February 2025", "Budget principles agreed by Cabinet in September. Savings proposals being worked up with service heads.", "G"],
        ["1.2", "Hold all-Member budget briefings on the financial position before the 2025/26 budget is set.",
         "Head of Finance (S151) / Leader of the Council", "Nov 24 – Jan 25", "First briefing held 14 October; two further dates set.", "G"],
    ])
    rec("Recommendation 2: Develop a shared vision for the borough with partners", [
        ["2.1", "Run a place-shaping workshop with partners (NHS, police, Burton BID, voluntary sector) to agree shared priorities for the borough.",
         "Chief Executive", "Sept 2024", "Workshop held on 19 September with 40 partners. Output report circulated.", "B"],
        ["2.2", "Publish a refreshed Corporate Plan 2025–2029 reflecting the shared priorities.",
         "Head of Policy and Performance", "By 31 March 2025", "Draft plan to Scrutiny in January before Council in March.", "A"],
    ])
    rec("Recommendation 3: Strengthen the role of overview and scrutiny", [
        ["3.1", "Review the scrutiny committee structure and agree an annual work programme aligned to the Corporate Plan.",
         "Head of Legal and Democratic Services", "Dec 24", "Review under way with the Centre for Governance and Scrutiny. Proposals to the Constitution Working Group in November.", "A"],
        ["3.2", "Deliver training for scrutiny chairs and vice-chairs on questioning skills and commissioning task and finish work.",
         "Democratic Services Manager", "July 2024", "Training delivered by CfGS on 11 July.", "B"],
    ])
    rec("Recommendation 4: Build organisational capacity for change", [
        ["4.1", "Create a corporate programme management office to oversee the transformation programme.",
         "Deputy Chief Executive", "April 2025", "Business case not yet taken forward because of recruitment difficulties; interim arrangements in place.", "R"],
        ["4.2", "Develop a workforce strategy, including a leadership development programme for managers.",
         "Head of HR and Organisational Development", "Ongoing", "Workforce strategy drafted. Leadership programme pilot with 12 managers starts in November.", "G"],
    ])
    doc.add_paragraph("RAG key: B – complete; G – on track; A – some slippage against timescale; R – off track, requires Leadership Team attention.")
    doc.save(P("cu2-east-staffordshire-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 5 Lambeth ASC CQC assessment improvement plan (xlsx, fill-only RAG)
def lambeth():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Lambeth Council – Adult Social Care"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Local Authority Assessment: Improvement Plan 2025/26"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Update for the Adult Social Care Improvement Board – September 2025"
    cols = ["No.", "Quality statement", "What we will do", "Lead", "Due", "RAG", "Update"]
    hdr(ws, 5, cols)
    rows = [
        ("Theme 1: Working with people",),
        ("1", "Assessing needs", "Reduce the number of people waiting for a Care Act assessment, prioritising those waiting longest, through a dedicated assessment team and weekly waiting list reviews.",
         "Head of Assessment and Care Management", D(2025, 12, 31), "A",
         "Waiting list down from 612 to 455 since April. Agency assessors extended to December."),
        ("2", "Assessing needs", "Introduce a carers' assessment offer delivered with the Carers' Hub, including a simple online self-assessment.",
         "Carers Lead / Commissioning Manager", D(2025, 10, 31), "G",
         "Online self-assessment live in beta. Joint training with the Carers' Hub completed in July."),
        ("3", "Supporting people to live healthier lives", "Expand the reablement service so that more people leaving hospital receive short-term support at home.",
         "Head of Reablement", D(2026, 3, 31), "G", "Six additional reablement workers recruited. Discharge pathway mapped with Guy's and St Thomas'."),
        (None,),
        ("Theme 2: Providing support",),
        ("4", "Care provision, integration and continuity", "Publish a refreshed Market Position Statement setting out commissioning intentions for home care, extra care and nursing provision.",
         "Head of Commissioning (Adults)", D(2025, 6, 30), "B", "Published on the council website in June 2025."),
        ("5", "Partnerships and communities", "Co-produce the Adult Social Care engagement strategy with Healthwatch Lambeth and people with lived experience.",
         "Principal Social Worker", D(2025, 11, 30), "A",
         "Three co-production workshops held. Strategy drafting delayed by a month to include feedback from the Black Thrive network."),
        ("Theme 3: How the local authority ensures safety within the system",),
        ("6", "Safeguarding", "Clear the backlog of safeguarding concerns awaiting a decision on whether a section 42 enquiry is needed, and meet the 2 working day decision standard.",
         "Head of Safeguarding Adults", D(2025, 9, 30), "R",
         "Backlog reduced but 48 concerns remain over timescale. Additional senior practitioner posts approved; recruitment under way."),
        ("7", "Safe systems, pathways and transitions", "Agree a joint transitions protocol with Children's Services for young people turning 18 with care and support needs.",
         "JM/RT", D(2025, 12, 31), "G", "Protocol drafted and tested on ten cases. Sign-off at the Transitions Board in November."),
        ("Theme 4: Leadership",),
        ("8", "Governance, management and sustainability", "Introduce a monthly performance dashboard for adult social care, reported to DLT and the Lead Member.",
         "Head of Performance and Business Intelligence", D(2025, 7, 31), "B", "Dashboard in place from July 2025."),
        ("9", "Learning, improvement and innovation", "Roll out the practice quality assurance framework, including monthly case file audits and an annual practice week.",
         "Principal Social Worker", D(2026, 1, 31), None, "Not started – framework to be launched in the new year."),
    ]
    r = 6
    for row in rows:
        if len(row) == 1:
            if row[0]:
                section(ws, r, row[0], len(cols))
        else:
            vals = list(row); rag = vals[5]; vals[5] = None
            put(ws, r, vals, "mmm-yy")
            if rag:
                ws.cell(r, 6).fill = FILL[rag]
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, (k, t) in enumerate([("R", "Off track"), ("A", "At risk / some slippage"), ("G", "On track"), ("B", "Complete")], 1):
        ws.cell(r + i, 1).fill = FILL[k]
        ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFG", [6, 30, 60, 30, 10, 8, 55]):
        ws.column_dimensions[col].width = w
    wb.save(P("cu2-lambeth-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 6 Tameside Healthy Weight Declaration action plan (csv, refuse)
def tameside():
    rows = [
        ["Tameside Healthy Weight Declaration - Action Plan 2024/25 (Q3 update)", "", "", "", "", "", ""],
        ["Commitment", "Action", "Lead", "Partners", "Timescale", "RAG", "Q3 update"],
        ["Commitment 1: Engage with the local food and drink sector where appropriate to consider responsible retailing", "Deliver the Healthier Choices Award to takeaways and cafes in the town centres.", "Environmental Health Manager", "Tameside Public Health", "31/03/2025", "Green", "14 businesses have achieved the award, including 5 in Ashton market hall."],
        ["Commitment 1: Engage with the local food and drink sector where appropriate to consider responsible retailing", "Work with the markets team to review the food offer at council-run events.", "Markets Manager", "Public Health; Events team", "31/07/2025", "Amber", "Event traders' guidance drafted; not yet agreed with the markets team."],
        ["Commitment 2: Consider supplementary guidance for hot food takeaways", "Adopt a hot food takeaway supplementary planning document restricting new takeaways within 400m of secondary schools.", "Planning Policy Manager", "Public Health", "31/12/2205", "Amber", "Evidence base complete. SPD to go to consultation alongside the Local Plan."],
        ["Commitment 3: Protect our children from inappropriate marketing by the food and drink industry", "Introduce a healthier food advertising policy for council-owned advertising sites.", "Head of Communications", "Public Health; Legal", "30/09/2024", "Complete", "Policy approved by Executive Cabinet in September 2024."],
        ["Commitment 4: Review provision in all our public buildings, facilities and 'via' providers", "Review vending machine contracts in council buildings and Active Tameside leisure centres so that at least 75% of products meet healthier standards.", "Facilities Manager / Active Tameside", "Procurement", "31/03/2025", "Green", "Leisure centre machines switched over in November. Council buildings due in February."],
        ["Commitment 5: Increase public access to fresh drinking water", "Install four new water refill stations in parks and town centres and sign up businesses to Refill.", "Parks and Greenspace Manager", "Tameside Council Estates", "30/06/2025", "Red", "Funding bid unsuccessful. Alternative funding being sought through the UKSPF."],
        ["Commitment 6: Support action at a national level", "Respond to national consultations on food and drink marketing and restrictions on promotions.", "Director of Population Health", "", "Ongoing", "Green", "Responded to the DHSC consultation on the 9pm advertising restriction."],
    ]
    with open(P("cu2-tameside-healthy-weight-declaration-action-plan-year-typo-refuse.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Slough scrutiny recommendations tracker (txt, tab-separated)
def slough():
    lines = [
        ["Slough Borough Council"],
        ["Scrutiny Recommendation Tracker - update to Overview and Scrutiny Committee, 6 March 2025"],
        [],
        ["Reference", "Origin", "Date", "Recommendation", "Exec Date", "Lead Officer/LM", "Action taken", "Target date", "Status"],
        ["Task and Finish Group: Contract Management (Overview & Scrutiny Committee)"],
        ["SR (24/25) 01", "OSC", "11/07/24", "That a single corporate contracts register is established and reviewed quarterly by the Corporate Leadership Team.", "16/09/24", "DM/PL", "Register in place on the procurement system since November; first quarterly review by CLT held in January.", "Dec-24", "Green"],
        ["SR (24/25) 02", "OSC", "11/07/24", "That all contract managers complete the Government Commercial College contract management foundation course.", "16/09/24", "DM", "31 of 44 contract managers have completed the course; remainder booked before year end.", "Mar-25", "Amber"],
        ["Task and Finish Group: Complaints Process (Customer & Community Scrutiny Panel)"],
        ["SR (24/25) 03", "CCSP", "03/10/24", "That the Council adopts a single two-stage corporate complaints policy aligned with the Ombudsman codes.", "18/11/24", "SK", "Draft policy prepared; consultation with the Housing Ombudsman link officer and the LGSCO guidance review under way.", "Apr-25", "Amber"],
        ["SR (24/25) 04", "CCSP", "03/10/24", "That complaint learning is reported to each scrutiny panel every six months.", "18/11/24", "SK/RB", "First learning report scheduled for the Panel in June 2025; no report yet to the other panels.", "Jun-25", "Red"],
        ["SR (24/25) 05", "CCSP", "03/10/24", "That the complaints webpage is rewritten in plain English and tested with residents.", "18/11/24", "RB", "Page rewritten and tested with the Slough Residents' Panel; live from 20 January 2025.", "Jan-25", "Green"],
        ["Task and Finish Group: Temporary Accommodation (People Scrutiny Panel)"],
        ["SR (24/25) 06", "PPL", "14/11/24", "That the use of bed and breakfast accommodation for families is reduced, with no family placed for more than six weeks.", "20/01/25", "Executive Director Housing", "Families in B&B reduced from 39 to 21. Two families remain over six weeks; a purchase programme for 40 homes has been approved.", "Sep-25", "Amber"],
        ["SR (24/25) 07", "PPL", "14/11/24", "That the Panel receives an update on the temporary accommodation procurement strategy.", "20/01/25", "Executive Director Housing", "Update to be brought to the Panel once the strategy has been agreed.", "TBC", "Amber"],
        [],
        ["Key"],
        ["Green: recommendation achieved - monitoring no longer required"],
        ["Amber: acceptable progress made - continue monitoring"],
        ["Red: unacceptable progress made - lead officer to attend the next meeting"],
    ]
    with open(P("cu2-slough-scrutiny-recommendations-tracker.txt"), "w", encoding="utf-8") as f:
        for l in lines:
            f.write("\t".join(l) + "\n")


if __name__ == "__main__":
    exmoor(); gfrs(); bernicia(); eaststaffs(); lambeth(); tameside(); slough()
    print("done")
