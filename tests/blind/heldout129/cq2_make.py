"""Generate the cq2- blind case documents (plans outside children's services)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(G="92D050", A="FFC000", R="FF0000", B="5B9BD5", grey="D9D9D9", head="1F4E78").items()}
WRAP = Alignment(wrap_text=True, vertical="top")
D = dt.datetime


def header(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.alignment = WRAP; c.border = BOX
        ws.column_dimensions[chr(64 + i)].width = w


def section(ws, row, text, ncol):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    for i in range(1, ncol + 1):
        ws.cell(row=row, column=i).fill = FILL["grey"]


# ---------------------------------------------------------------- 1. NEAS CQC must/should do (xlsx)
def neas():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "North East Ambulance Service NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = "Inspection report published 1 February 2023. Position as at 31 May 2023 – reported to Quality Governance Committee."
    ws.merge_cells("A2:H2")
    header(ws, 5, ["Ref", "Must do / Should do", "Action", "Lead", "Target date", "Revised date", "Progress update", "RAG"],
           [8, 42, 48, 26, 12, 12, 50, 7])
    md1 = ("The trust must ensure that governance processes are effective in identifying, investigating and learning "
           "from incidents, including the timely provision of information to coroners. (Regulation 17)")
    md2 = "The trust must ensure that staff feel able to raise concerns without fear of reprisal. (Regulation 17)"
    md3 = ("The trust must ensure that medicines, including controlled drugs, are available, stored securely and "
           "checked in line with policy on all emergency vehicles. (Regulation 12)")
    sd1 = "The trust should ensure that staff complete mandatory training, including safeguarding level 3."
    sd2 = ("The trust should ensure that calls waiting in the queue are clinically reviewed in line with the "
           "trust's call-back policy.")
    rows = {
        6: ("section", "Trust-wide: Well-led"),
        7: ("MD1.1", md1, "Commission an independent review of the incident reporting and investigation framework and implement its recommendations.",
            "Director of Quality, Innovation and Improvement", D(2023, 6, 30), None,
            "Review completed by external provider in April; 14 recommendations accepted and implementation plan agreed at Board.", "G", None),
        8: ("MD1.2", None, "Introduce a coroner liaison log, reviewed weekly, to track all requests for information and disclosures.",
            "Head of Legal Services", D(2023, 3, 31), None,
            "Log in place since March 2023 and reviewed weekly. Assurance report to Quality Governance Committee in May.", "B", None),
        9: ("MD2.1", md2, "Refresh the Freedom to Speak Up strategy and increase the number of FTSU champions across all operational areas.",
            "FTSU Guardian / Director of People", D(2023, 9, 30), None,
            "Strategy drafted. 22 champions recruited against a target of 40; recruitment in EOC slower than planned.", "A", None),
        11: ("section", "Emergency and Urgent Care"),
        12: ("MD3.1", md3, "Roll out the sealed medicines pouch system to all emergency ambulances, with daily checks recorded on the electronic vehicle check app.",
             "Chief Pharmacist", D(2023, 4, 30), D(2023, 7, 31),
             "Pouches in use at 41 of 55 stations. Revised date agreed due to delay in delivery of pouch seals.", "A", None),
        13: ("MD3.2", None, "Undertake a medicines audit at every station and report compliance to the Medicines Optimisation Group.",
             "Chief Pharmacist; Area Operations Managers", "Monthly", None,
             "Audits completed at all stations in April and May; compliance 93%.", "G", None),
        14: ("SD1.1", sd1, "Protect training days within the rota so that mandatory training compliance reaches 90% by year end.",
             "Head of Education and Training", D(2024, 3, 31), None,
             "Training days built into 2023/24 rota. Current compliance 78%.", "G", None),
        16: ("section", "Emergency Operations Centre"),
        17: ("SD2.1", sd2, "Recruit additional clinical navigators to the clinical hub and introduce a queue-monitoring dashboard.",
             "Head of EOC", D(2023, 6, 30), None,
             "Only 3 of 8 posts filled after two recruitment rounds; dashboard not yet live. Escalated to Executive Team.", "R", None),
        18: ("SD2.2", None, "Audit a sample of 50 held calls each month against the call-back standard.",
             "Clinical Hub Manager", D(2023, 5, 31), None,
             "Audit programme started in March; results reported monthly to the EOC governance meeting.", None, "G"),
    }
    for r, v in rows.items():
        if v[0] == "section":
            section(ws, r, v[1], 8); continue
        ref, rec, act, lead, tgt, rev, prog, rag, fill = v
        for col, val in enumerate([ref, rec, act, lead, tgt, rev, prog, rag], 1):
            c = ws.cell(row=r, column=col, value=val); c.alignment = WRAP; c.border = BOX
            if isinstance(val, dt.datetime):
                c.number_format = "mmm-yy"
        rc = ws.cell(row=r, column=8)
        rc.alignment = Alignment(horizontal="center", vertical="top")
        if rag or fill:
            rc.fill = FILL[rag or fill]
    ws.merge_cells("B7:B8"); ws.merge_cells("B12:B13"); ws.merge_cells("B17:B18")
    ws["A20"] = "RAG key:  B = Complete and evidenced   G = On track   A = Some slippage / risk to delivery   R = Off track – escalated"
    ws.merge_cells("A20:H20")
    ws.freeze_panes = "A6"
    wb.save(P("cq2-north-east-ambulance-service-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 2. Plus Dane RSH consumer standards (xlsx, refuse)
def plus_dane():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Plus Dane Group – Consumer Standards Improvement Plan 2024-25"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Actions arising from our self-assessment against the Regulator of Social Housing's consumer standards. "
                "Update for Customer Services Committee, 20 November 2024.")
    ws.merge_cells("A2:G2"); ws["A2"].alignment = WRAP; ws.row_dimensions[2].height = 30
    header(ws, 4, ["No.", "Requirement / gap identified", "Improvement action", "Accountable lead", "Due", "Status", "Update"],
           [7, 40, 46, 26, 12, 12, 46])
    rows = {
        5: "Safety and Quality Standard",
        6: ("SQ1", "Stock condition data is more than five years old for around 30% of homes.",
            "Complete stock condition surveys of 100% of homes on a five-year rolling programme, prioritising homes with no survey since 2019.",
            "Director of Assets", "Dec-24", "On track", "6,120 surveys completed this year; on profile."),
        7: ("SQ2", "No single record of tenants' vulnerabilities that affects how repairs are prioritised.",
            "Capture household vulnerability at every repair call and flag it on the repairs system.",
            "Head of Repairs", "Mar-25", "Not started", "Dependent on the housing management system upgrade."),
        8: ("SQ3", "Damp and mould cases not always followed up after treatment.",
            "Introduce a follow-up inspection six weeks after every damp and mould repair.",
            "Damp & Mould Team Leader", "Q4 2024/25", "On track", "Follow-up visits started for all cases raised since September."),
        9: "Transparency, Influence and Accountability Standard",
        10: ("TIA1", "Tenant Satisfaction Measures not yet published in an accessible format.",
             "Publish the 2023/24 TSM results and narrative on the website and in the customer magazine.",
             "Head of Performance", "Oct-24", "Complete", "Published 30 September 2024."),
        11: ("TIA2", "Complaint learning is not reported back to tenants.",
             "Produce a quarterly 'You said, we did' report on complaint learning with the Customer Voice Panel.",
             "Head of Customer Experience", "Febuary-25", "On track", "First report drafted with the panel in October."),
        12: ("TIA3", "Limited range of ways for tenants to scrutinise services.",
             "Recruit and support a tenant scrutiny group to carry out two service reviews a year.",
             "Community Engagement Manager", "Ongoing", "On track", "Eight tenants recruited; first review on ASB casework."),
        13: "Neighbourhood and Community Standard",
        14: ("NC1", "ASB policy does not set out timescales for contacting victims.",
             "Revise the ASB policy with clear contact standards and publish it.",
             "Neighbourhood Services Manager", "Jan-25", "Delayed", "Consultation extended to include the Customer Voice Panel."),
        15: ("NC2", "No agreed approach to communal area inspections.",
             "Introduce quarterly estate inspections with tenants and publish the results by block.",
             "Neighbourhood Services Manager", "Jun-25", "Not started", ""),
    }
    for r, v in rows.items():
        if isinstance(v, str):
            section(ws, r, v, 7); continue
        for col, val in enumerate(v, 1):
            c = ws.cell(row=r, column=col, value=val); c.alignment = WRAP; c.border = BOX
    ws["A17"] = "Status: Complete | On track | Delayed | Not started"
    wb.save(P("cq2-plus-dane-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3. NE Lincs ASC CQC assessment (xlsx)
def nelincs():
    wb = Workbook(); dc = wb.active; dc.title = "Document control"
    dc["A1"] = "Document control"; dc["A1"].font = Font(bold=True, size=13)
    for i, (k, v) in enumerate([("Document title", "Adult Social Care CQC Assessment – Improvement Plan"),
                                ("Version", "1.3"), ("Owner", "Director of Adult Social Services"),
                                ("Date", D(2024, 10, 1)), ("Approved by", "Adult Social Care Improvement Board")], 3):
        dc.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = dc.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
    dc["A10"] = "Version history"; dc["A10"].font = Font(bold=True)
    for j, row in enumerate([("Version", "Date", "Change", "Author"),
                             ("1.0", "15/07/2024", "First draft following CQC report", "ASC Performance Lead"),
                             ("1.2", "02/09/2024", "Actions added for Theme 3", "ASC Performance Lead"),
                             ("1.3", "01/10/2024", "September progress update", "ASC Performance Lead")], 11):
        for k, val in enumerate(row, 1):
            dc.cell(row=j, column=k, value=val).border = BOX
    dc.column_dimensions["A"].width = 18; dc.column_dimensions["B"].width = 50; dc.column_dimensions["C"].width = 36

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "North East Lincolnshire Council – Adult Social Care: CQC Local Authority Assessment Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = "Plan agreed by the ASC Improvement Board in July 2024. Progress at 30 September 2024."
    ws.merge_cells("A2:H2")
    header(ws, 4, ["Ref", "Area for improvement (CQC)", "Action", "Lead officer", "Start date", "End date", "RAG", "Progress / evidence"],
           [6, 40, 46, 30, 11, 11, 7, 46])
    a1 = "People waiting for a Care Act assessment did not always know how long they would wait or who to contact."
    a2 = "Carers' assessments were not consistently offered, and some carers did not receive a timely review."
    a3 = "Choice of home care in rural parts of the borough was limited and some people waited for a package to start."
    a4 = "Transitions for young people moving to adult services were not always planned early enough."
    a5 = "Safeguarding enquiries were not always completed within the local timescales."
    a6 = "The local authority's performance information did not yet give leaders a full picture of outcomes for people."
    rows = {
        5: "Theme 1: Working with people",
        6: ("1.1", a1, "Write to everyone on the waiting list with an expected timescale and a named contact, and make welfare calls every six weeks.",
            "Head of Adult Social Care Practice", D(2024, 7, 15), D(2024, 8, 31), "G", "Letters sent to all 212 people waiting; welfare call log audited in September."),
        7: ("1.2", None, "Reduce the assessment waiting list by 50% through a dedicated assessment team.",
            "Head of Adult Social Care Practice", D(2024, 8, 1), D(2025, 3, 31), "A", "Waiting list down from 212 to 158. Two posts still vacant."),
        8: "Theme 2: Providing support",
        9: ("2.1", a2, "Commission a new carers' support offer with the voluntary sector, including a carers' assessment within 28 days.",
            "Carers Support Service Manager", D(2024, 7, 1), D(2024, 12, 31), "A", "Tender evaluation complete; contract award due November."),
        10: ("2.2", a3, "Work with providers to develop a rural home care zone with enhanced hourly rates.",
             "Assistant Director – Adult Social Care", D(2024, 7, 1), D(2024, 11, 30), "R", "Provider engagement slower than planned; market position statement being revised."),
        11: ("2.3", None, "Introduce a brokerage tracker showing waits for packages of care, reviewed weekly by managers.",
             "S. Ellerby / M. Rowntree", D(2025, 1, 6), D(2025, 6, 30), None, "Not due to start until January 2025."),
        12: "Theme 3: How the local authority ensures safety within the system",
        13: ("3.1", a4, "Agree a joint Preparing for Adulthood protocol with Children's Services, starting planning at age 14.",
             "Principal Social Worker", D(2024, 7, 1), D(2024, 9, 30), "G", "Protocol signed off by both DCS and DASS on 24 September."),
        14: ("3.2", a5, "Introduce weekly safeguarding performance clinics and a monthly audit of open enquiries over 28 days.",
             "Head of Safeguarding Adults", D(2024, 8, 1), D(2025, 1, 31), "A", "Clinics in place; timeliness improved from 61% to 74%."),
        15: "Theme 4: Leadership",
        16: ("4.1", a6, "Develop an outcomes dashboard for the ASC Improvement Board and Scrutiny, including people's feedback.",
             "Director of Adult Social Services", D(2024, 9, 1), D(2025, 3, 31), "A", "Dashboard specification agreed; first version due December."),
    }
    for r, v in rows.items():
        if isinstance(v, str):
            section(ws, r, v, 8); continue
        ref, afi, act, lead, start, end, rag, prog = v
        for col, val in enumerate([ref, afi, act, lead, start, end, None, prog], 1):
            c = ws.cell(row=r, column=col, value=val); c.alignment = WRAP; c.border = BOX
            if isinstance(val, dt.datetime): c.number_format = "dd/mm/yyyy"
        if rag: ws.cell(row=r, column=7).fill = FILL[rag]
    ws.merge_cells("B6:B7"); ws.merge_cells("B10:B11")
    ws["A18"] = "Key"; ws["A18"].font = Font(bold=True)
    for r, (f, t) in enumerate([("G", "Complete"), ("A", "In progress"), ("R", "Delayed / at risk"), (None, "Not started")], 19):
        c = ws.cell(row=r, column=1); c.border = BOX
        if f: c.fill = FILL[f]
        ws.cell(row=r, column=2, value=t)
    wb.active = 1
    wb.save(P("cq2-north-east-lincolnshire-asc-cqc-assessment-improvement-plan.xlsx"))


def cell_text(cell, text, bold=False):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i: p = cell.add_paragraph()
        run = p.add_run(part); run.bold = bold; run.font.size = Pt(9)


def landscape(doc):
    s = doc.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def plan_table(doc, heads, rows):
    t = doc.add_table(rows=1, cols=len(heads)); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads): cell_text(c, h, bold=True)
    for r in rows:
        cells = t.add_row().cells
        if isinstance(r, str):
            m = cells[0].merge(cells[-1]); cell_text(m, r, bold=True)
        else:
            for c, v in zip(cells, r): cell_text(c, v)
    return t


# ---------------------------------------------------------------- 4. Gentoo damp & mould (docx)
def gentoo():
    doc = Document(); landscape(doc)
    doc.add_paragraph("Gentoo Group")
    doc.add_heading("Damp, Mould and Condensation Action Plan – Response to the Housing Ombudsman's Spotlight Report", 0)
    doc.add_paragraph("The Housing Ombudsman's spotlight report on damp and mould made 26 recommendations for landlords. "
                      "We have assessed ourselves against each of them and this plan sets out the actions we are taking "
                      "where we do not yet fully meet the recommendation. Progress is reported to the Customer Committee every quarter.")
    dct = doc.add_table(rows=2, cols=4); dct.style = "Table Grid"
    for c, v in zip(dct.rows[0].cells, ["Version", "Date", "Author", "Approved by"]): cell_text(c, v, bold=True)
    for c, v in zip(dct.rows[1].cells, ["2.1", "14 September 2023", "Head of Building Safety", "Executive Team"]): cell_text(c, v)
    doc.add_heading("Action plan", 1)
    plan_table(doc, ["Ref", "Ombudsman recommendation", "Our action", "Lead", "Timescale", "Status"], [
        "Governance and oversight",
        ("1", "Landlords should have a damp and mould policy that is proactive, sets clear timescales and is reviewed regularly.",
         "Publish a new Damp, Mould and Condensation Policy with a zero-tolerance approach, approved by the Board.",
         "Director of Property Services", "March 2023", "Complete"),
        ("2", "Landlords should report regularly to their governing body on damp and mould cases.",
         "Add open damp and mould cases, ageing and repeat cases to the quarterly Board performance report.",
         "Head of Performance and Insight", "Q1 2023/24", "Complete"),
        "Identifying and resolving damp and mould",
        ("3", "Landlords should use the data they hold to identify homes at risk of damp and mould.",
         "a) Build a risk model using stock condition, EPC and repairs data.\nb) Carry out proactive surveys of the 500 highest-risk homes.",
         "Asset Manager / Repairs Manager", "Apr – Sept 2023", "On track"),
        ("4", "Landlords should follow up after remedial work to check that it has been effective.",
         "Book a follow-up visit six weeks after every mould treatment at the time the repair is completed.",
         "Repairs Manager", "By 31 October 2023", "Amber"),
        ("5", "Landlords should ensure that staff and contractors can recognise and report damp and mould.",
         "Deliver damp and mould awareness training to all frontline colleagues and contractors, and include it in induction.",
         "Learning and Development Manager", "Ongoing", "On track"),
        "Communication with customers",
        ("6", "Landlords should avoid language that blames residents for damp and mould caused by 'lifestyle'.",
         "Review all customer letters, call scripts and web content to remove 'lifestyle' wording.",
         "Head of Customer Experience", "July 2023", "Complete"),
        ("7", "Landlords should keep residents informed of progress on their case.",
         "Introduce a named case officer for every open damp and mould case, with contact at least fortnightly.",
         "Head of Customer Experience", "December 2023", "Not started"),
    ])
    doc.add_paragraph("Status key: Complete – action delivered; On track – progressing to timescale; "
                      "Amber – at risk of slipping; Red – not delivered to timescale.")
    doc.save(P("cq2-gentoo-group-housing-ombudsman-damp-mould-action-plan.docx"))


# ---------------------------------------------------------------- 5. Aylesbury Vale CSP DHR (docx)
def aylesbury():
    doc = Document(); landscape(doc)
    doc.add_paragraph("Aylesbury Vale Community Safety Partnership")
    doc.add_heading("Domestic Homicide Review – 'Anna' – Action Plan", 1)
    doc.add_paragraph("This action plan is held by the Community Safety Partnership on behalf of the DHR panel and "
                      "is monitored at each CSP meeting. Last updated: January 2020.")
    plan_table(doc, ["No.", "Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
                     "Key milestones", "Target date", "RAG"], [
        "Overview report recommendations",
        ("1", "The CSP should be assured that domestic abuse training for frontline staff covers coercive control and economic abuse.",
         "Local", "Commission a refreshed multi-agency domestic abuse training programme covering coercive control and economic abuse.",
         "Aylesbury Vale CSP", "Training specification agreed; first cohort booked for February.", "31/03/2020", "G"),
        ("2", "Partner agencies should make routine enquiry about domestic abuse in health settings.",
         "Local", "Audit the use of routine enquiry in primary care and maternity services and report findings to the CSP.",
         "Bucks CCG / Buckinghamshire Healthcare NHS Trust", "Audit tool drafted.", "June 2020", "A"),
        ("3", "The CSP should raise awareness of the Domestic Violence Disclosure Scheme (Clare's Law).",
         "Local", "Run a local awareness campaign on Clare's Law during the 16 Days of Action.",
         "Aylesbury Vale CSP", "Campaign delivered 25 November – 10 December 2019.", "Dec 2019", "Complete"),
        "Agency recommendations (IMRs)",
        ("4", "Thames Valley Police should ensure that DASH risk assessments are fully completed at every domestic incident.",
         "Regional", "Issue a force-wide briefing and dip-sample 20 DASH forms each month in the Aylesbury Vale LPA.",
         "Thames Valley Police", "Briefing issued October 2019; dip sampling under way.", "Sept 2019 – March 2020", "G"),
        ("5", "Mental health services should ask family members and carers about risk, including domestic abuse.",
         "Local", "Add a prompt to the assessment template to ask family members about domestic abuse.",
         "Oxford Health NHS FT", "Template change submitted to the clinical systems team.", "31/01/2020", "A"),
        ("6", "The Home Office should consider the learning on economic abuse in its guidance.",
         "National", "Write to the Home Office DHR team setting out the learning on economic abuse from this review.",
         "DHR Chair", "Letter to be sent when the review is published.", "Ongoing", "G"),
    ])
    doc.add_paragraph("RAG: Complete = action completed and evidenced; G = on track; A = some delay; R = not progressing.")
    doc.save(P("cq2-aylesbury-vale-csp-dhr-anna-action-plan.docx"))


# ---------------------------------------------------------------- 6. SYMCA internal audit tracker (csv)
def symca():
    proc = "Procurement and Contract Management"
    grant = "Grant Funding Assurance (Gainshare)"
    cyber = "Cyber Security"
    rows = [
        ["South Yorkshire Mayoral Combined Authority - Internal Audit Recommendations Tracker"] + [""] * 11,
        ["Audit, Standards and Risk Committee - 5 December 2024"] + [""] * 11,
        [""] * 12,
        ["Ref", "Audit", "Assurance", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
         "Original due date", "Revised due date", "Status", "RAG", "Latest update"],
        ["IA24-02.1", proc, "Reasonable", "Medium", "The contract register should be complete and kept up to date.",
         "Update the contract register monthly from the purchase order system and publish it on the website.",
         "Head of Procurement", "30/06/2024", "", "Implemented", "B", "Register updated and published each month since June."],
        ["IA24-02.2", proc, "Reasonable", "Medium", "Contract managers should receive training in contract management.",
         "All named contract managers to complete the Government Commercial College contract management foundation course.",
         "Commercial Manager", "30/09/2024", "31/12/2024", "In progress", "A", "11 of 16 contract managers trained; remaining places booked for November."],
        ["IA24-04.1", grant, "Limited", "High", "Grant recipients' claims should be checked against evidence of spend before payment.",
         "Introduce a grant claim checklist, signed off by a second officer, for every claim.",
         "Head of Programme Assurance", "31/08/2024", "", "Implemented", "B", "Checklist in use from August; sample of 10 claims tested by Internal Audit."],
        ["IA24-04.2", grant, "Limited", "High", "Grant monitoring should be reported to the Finance and Resources Committee.",
         "Add a quarterly grant monitoring report, including overdue claims, to the committee work programme.",
         "Deputy Chief Finance Officer / Head of Programme Assurance", "31/10/2024", "", "In progress", "G", "First report drafted for the January meeting."],
        ["IA24-04.3", grant, "Limited", "Medium", "Clawback clauses should be applied consistently across grant agreements.",
         "Review the standard grant agreement template and apply the revised clawback clause to all new agreements.",
         "Head of Legal Services", "31/03/2025", "", "Not yet due", "G", "Template under review with Legal."],
        ["IA24-07.1", cyber, "Reasonable", "High", "Multi-factor authentication should be enforced for all remote access.",
         "Enforce MFA for all users, including third-party suppliers with remote access.",
         "Head of ICT", "30/11/2024", "28/02/2025", "Overdue", "R", "MFA enforced for staff; supplier accounts outstanding because of contract variations."],
        ["IA24-07.2", cyber, "Reasonable", "Medium", "A cyber incident response plan should be tested annually.",
         "Run a table-top cyber incident exercise with the Senior Leadership Team.",
         "Head of ICT", "31/01/2025", "", "Not started", "", ""],
        [""] * 12,
        ["RAG: B = implemented; G = on track; A = revised date agreed; R = overdue"] + [""] * 11,
    ]
    with open(P("cq2-south-yorkshire-mca-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. South Somerset peer challenge (txt, tab-separated)
def south_somerset():
    r1 = "1. Maintain momentum on Transformation and set out what 'business as usual' looks like once the programme closes"
    r2 = "2. Develop a longer-term financial strategy that closes the medium-term budget gap"
    r3 = "3. Strengthen member engagement in the council's new ways of working"
    r4 = "4. Strengthen the council's place-shaping role with partners, including the Local Plan Review"
    lines = [
        "South Somerset District Council - Corporate Peer Challenge Follow-up (November 2018): Action Plan",
        "Progress update to District Executive - 6 June 2019",
        "",
        "\t".join(["Ref", "Peer team recommendation", "Action", "Lead", "Timescale", "RAG", "Progress"]),
        "\t".join(["1.1", r1, "Agree a Transformation close-down plan and benefits realisation report with District Executive", "AP", "Jul-19", "Green",
                   "Close-down report drafted; benefits tracked monthly by the Programme Board."]),
        "\t".join(["1.2", "", "Define the post-Transformation operating model and customer service standards", "AP/NC", "Dec 2019", "Amber",
                   "Service standards drafted but the operating model review has been re-scoped."]),
        "\t".join(["2.1", r2, "Refresh the Medium Term Financial Plan to 2023/24 and present it to Full Council with the budget", "PF", "Feb-19", "Complete",
                   "MTFP approved by Full Council on 21 February 2019."]),
        "\t".join(["2.2", "", "Establish a Commercial Investment Board with an agreed risk appetite and regular reporting", "PF/CC", "Q2 2019/20", "Green",
                   "Terms of reference agreed; first meeting held in May."]),
        "\t".join(["3.1", r3, "Deliver a member development programme on the new operating model", "JM", "Ongoing", "Green",
                   "Four sessions held since January with good attendance."]),
        "\t".join(["3.2", "", "Review the role and terms of reference of the Area Committees", "JM", "Sep-19", "Amber",
                   "Review delayed until after the May 2019 elections."]),
        "\t".join(["4.1", r4, "Submit the Local Plan Review for examination", "NC", "Mar-20", "Red",
                   "Timetable under review following changes to national housing figures."]),
        "",
        "Key: Complete = action delivered; Green = on track; Amber = some slippage; Red = significant delay",
        "Leads: AP - Chief Executive; NC - Director, Service Delivery; PF - Section 151 Officer; CC - Director, Commercial Services; JM - Monitoring Officer",
    ]
    with open(P("cq2-south-somerset-dc-corporate-peer-challenge-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    neas(); plus_dane(); nelincs(); gentoo(); aylesbury(); symca(); south_somerset()
