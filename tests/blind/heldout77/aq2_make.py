"""Generate the aq2- blind corpus documents (plans outside children's services)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "head": "1F3864",
}


def fill(c):
    return PatternFill("solid", start_color=FILL[c], end_color=FILL[c])


def hdr(ws, row, names, widths=None):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


def wrap_all(ws):
    for row in ws.iter_rows():
        for c in row:
            if c.alignment is None or not c.alignment.wrap_text:
                c.alignment = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------- 1 (refuse)
def moorlands():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Staffordshire Moorlands District Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Audit and Accounts Committee – 26 November 2024. Outstanding and recently closed high and medium priority recommendations."
    ws.merge_cells("A2:J2")
    hdr(ws, 4, ["Ref", "Audit Area", "Assurance", "Priority", "Recommendation",
                "Agreed Management Action", "Responsible Officer",
                "Original Target Date", "Revised Target Date", "Status"],
        [12, 16, 13, 10, 40, 40, 22, 13, 13, 12])
    ws["A5"] = "2023/24 Audits"
    ws["A5"].font = Font(bold=True)
    ws["A5"].fill = fill("grey")
    ws.merge_cells("A5:J5")
    rows = [
        ("23/24-03.1", "Creditors", "Reasonable", "Medium",
         "Supplier bank detail changes should be independently verified by telephone using contact details held on file.",
         "Introduce a verification checklist for all bank detail changes, signed off by a second officer.",
         "Head of Finance", D(2024, 3, 31), D(2024, 6, 30), "Complete"),
        ("23/24-03.2", "Creditors", "Reasonable", "Medium",
         "Duplicate payment reports should be run before each payment run.",
         "Configure the duplicate payment report in the finance system and add it to the payment run procedure.",
         "Exchequer Services Manager", D(2024, 3, 31), None, "Complete"),
        ("23/24-07.1", "Procurement", "Limited", "High",
         "Contracts over £25,000 should be recorded on the contracts register and published in line with the Transparency Code.",
         "Complete a data cleanse of the contracts register and issue a reminder to all budget holders.",
         "Procurement Manager", D(2024, 6, 30), D(2024, 12, 31), "In progress"),
        ("23/24-07.2", "Procurement", "Limited", "Medium",
         "Waivers of Contract Procedure Rules should be approved in advance and reported to Audit and Accounts Committee.",
         "Introduce an electronic waiver form with approval workflow; report waivers annually.",
         "Procurement Manager", D(2024, 9, 30), None, "In progress"),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        r += 1
    ws.cell(row=r, column=1, value="2024/25 Audits").font = Font(bold=True)
    ws.cell(row=r, column=1).fill = fill("grey")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    r += 1
    rows = [
        ("24/25-01.1", "Housing Benefit", "Substantial", "Medium",
         "Quality checks on new claims should be recorded consistently on the checking log.",
         "Amend the checking log to a single shared template and monitor completion monthly.",
         "Revenues and Benefits Manager", D(2024, 9, 30), None, "Complete"),
        ("24/25-02.1", "Payroll", "Reasonable", "High",
         "Starters should not be set up on payroll until a signed contract and right to work check are held.",
         "Update the starter process so payroll set-up is blocked until HR confirm the checks in the HR system.",
         "HR and Payroll Manager", D(2024, 10, 31), "Decmber 2024", "In progress"),
        ("24/25-02.2", "Payroll", "Reasonable", "Medium",
         "Overtime claims should be authorised by the line manager before submission to payroll.",
         "Move overtime claims into the self-service system with manager approval.",
         "HR and Payroll Manager", D(2025, 3, 31), None, "In progress"),
    ]
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete – implemented and verified by Internal Audit; "
            "In progress – action under way within target date; Overdue – past the latest target date.")
    wrap_all(ws)
    wb.save(os.path.join(HERE, "aq2-staffordshire-moorlands-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 2
def devon_cornwall():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    ws["A1"] = "Devon & Cornwall Police – PEEL 2021/22 Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Force Improvement Board – position as at 31 July 2023"
    ws.merge_cells("A2:H2")
    hdr(ws, 4, ["PEEL Area", "Area for Improvement", "Ref", "Action", "Lead",
                "Target Date", "Progress Update", "RAG"],
        [18, 36, 6, 42, 24, 12, 44, 6])
    data = [
        ("Responding to the public",
         "AFI 1: The force should make sure it answers emergency and non-emergency calls within national standards.",
         "1.1", "Implement revised contact centre resourcing model aligned to the demand profile, including an additional evening shift pattern.",
         "Head of Contact Centre", D(2023, 3, 31), "mmm-yy",
         "New shift pattern went live 6 March 2023. 999 calls answered within 10 seconds now 88%.", "B"),
        (None, None, "1.2", "Introduce webchat and online reporting for non-emergency contact to reduce 101 demand.",
         "Head of Contact Centre / Head of Digital Services", D(2023, 12, 1), "mmm-yy",
         "Webchat pilot running weekdays; evaluation due October before full roll-out.", "G"),
        (None,
         "AFI 2: The force should make sure that repeat victims are identified at the first point of contact.",
         "2.1", "Update the THRIVE+ triage script to include a mandatory repeat victim check and audit compliance monthly.",
         "Ch Insp Contact Centre", "Sept 2023", None,
         "Script updated. Compliance audit shows 71% against 90% target; refresher briefings being delivered.", "A"),
        ("Investigating crime",
         "AFI 3: The force should improve the supervision of investigations and make sure investigation plans are recorded.",
         "3.1", "Deliver investigative standards training to all sergeants and acting sergeants.",
         "Det Ch Supt Crime & Justice", D(2024, 3, 31), "dd/mm/yyyy",
         "412 of 560 supervisors trained to date.", "G"),
        (None, None, "3.2", "Introduce a monthly investigation quality audit, reported to the Crime & Justice Board.",
         "Head of Performance and Analysis", "Ongoing", None,
         "Audits in place since April; results reported monthly.", "G"),
        (None,
         "AFI 4: The force should make sure victims are updated regularly in line with the Code of Practice for Victims of Crime.",
         "4.1", "Implement automated victim update prompts on the Niche records management system.",
         "Head of Information Systems", D(2023, 10, 31), "mmm-yy",
         "Supplier delivery delayed; go-live date not yet confirmed. Escalated to Chief Officer Group.", "R"),
        ("Protecting vulnerable people",
         "AFI 5: The force should improve its use of Domestic Violence Protection Notices and Orders.",
         "5.1", "Refresh DVPN/DVPO guidance and appoint a single point of contact in each BCU.",
         "DCI Public Protection", D(2023, 6, 30), "mmm-yy",
         "Guidance published on intranet; SPOCs in place in all four BCUs.", "B"),
        (None, None, "5.2", "Monitor DVPO applications and outcomes through the Vulnerability Board performance pack.",
         "Head of Performance and Analysis", D(2023, 9, 30), "mmm-yy",
         "Data now in pack but outcome data from courts not yet complete.", "A"),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    starts_area, starts_afi = [], []
    for area, afi, ref, act, lead, date, fmt, prog, rag in data:
        if area:
            starts_area.append(r)
            ws.cell(row=r, column=1, value=area).font = Font(bold=True)
        if afi:
            starts_afi.append(r)
            ws.cell(row=r, column=2, value=afi)
        ws.cell(row=r, column=3, value=ref)
        ws.cell(row=r, column=4, value=act)
        ws.cell(row=r, column=5, value=lead)
        c = ws.cell(row=r, column=6, value=date)
        if fmt:
            c.number_format = fmt
        ws.cell(row=r, column=7, value=prog)
        c = ws.cell(row=r, column=8, value=rag)
        c.fill = fill(rag_fill[rag])
        c.alignment = Alignment(horizontal="center")
        r += 1
    last = r - 1
    for starts, col in ((starts_area, 1), (starts_afi, 2)):
        for i, s in enumerate(starts):
            e = (starts[i + 1] - 1) if i + 1 < len(starts) else last
            if e > s:
                ws.merge_cells(start_row=s, start_column=col, end_row=e, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "Some risk to delivery"), ("R", "Off track / overdue")]):
        c = ws.cell(row=r + 1 + i, column=1, value=k)
        c.fill = fill(rag_fill[k])
        ws.cell(row=r + 1 + i, column=2, value=t)
    wrap_all(ws)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "aq2-devon-cornwall-police-peel-afi-tracker-merged-areas-rag-letters.xlsx"))


# ---------------------------------------------------------------- 3
def bassetlaw():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Bassetlaw District Council – Consumer Standards Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Version 3 – updated 14 January 2025 for Housing Board"
    ws.merge_cells("A2:G2")
    hdr(ws, 4, ["No.", "Finding", "Action", "Lead Officer", "Target Date", "Status",
                "Progress Commentary"], [6, 38, 44, 24, 12, 12, 44])
    st_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    blocks = [
        ("Safety and Quality Standard", [
            ("1.1", "Stock condition data is more than five years old for 38% of homes.",
             "Commission a stock condition survey of 100% of homes over a three-year rolling programme.",
             "Head of Asset Management", D(2027, 3, 31), "dd/mm/yyyy", "On track",
             "Contractor appointed in June; 1,240 surveys completed to date."),
            ("1.2", None,
             "Load survey data into the asset management system and produce a quarterly data quality report.",
             "Asset Data Officer", D(2025, 6, 30), "mmm-yy", "On track",
             "First data quality report presented to Housing Board in December."),
            ("1.3", "Damp and mould cases are not always inspected within 10 working days.",
             "Introduce a damp and mould triage team and case tracker with weekly oversight by the Head of Repairs.",
             "Head of Repairs and Maintenance", D(2024, 9, 30), "dd/mm/yyyy", "Complete",
             "Triage team in place; 96% of cases inspected within 10 working days in Q3."),
            ("1.4", "Not all homes have an in-date electrical installation condition report (EICR).",
             "Complete outstanding EICRs, prioritising homes more than ten years since the last test.",
             "Compliance Manager", D(2024, 12, 31), "dd/mm/yyyy", "At risk",
             "94.2% compliant. 212 no-access cases being progressed through the legal access procedure."),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("2.1", "Tenant Satisfaction Measures are not reported to tenants in an accessible format.",
             "Publish TSM results on the website and in the tenants' newsletter with a 'you said, we did' summary.",
             "Tenant Engagement Manager", D(2024, 7, 31), "mmm-yy", "Complete",
             "Published in the summer edition of Tenant News."),
            ("2.2", "Complaint handling does not consistently meet the Housing Ombudsman Complaint Handling Code.",
             "Complete the annual self-assessment against the Code and report it to Cabinet.",
             "Customer Services Manager / Tenant Engagement Manager", "Q3 2024/25", None, "On track",
             "Self-assessment drafted; Cabinet report scheduled."),
            ("2.3", "Tenants are not involved in scrutiny of housing performance.",
             "Establish a Tenant Scrutiny Panel with terms of reference and a training programme.",
             "Tenant Engagement Manager", "March 2025", None, "Off track",
             "Recruitment slower than planned; 4 of 8 places filled. Further campaign in February."),
        ]),
        ("Neighbourhood and Community Standard", [
            ("3.1", "Anti-social behaviour cases are not recorded consistently.",
             "Roll out the ASB module of the housing management system and close legacy spreadsheets.",
             "Tenancy Services Manager", "Ongoing", None, "On track",
             "Module live; legacy cases being migrated."),
        ]),
    ]
    r = 5
    for theme, rows in blocks:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        fstart = None
        for ref, finding, act, lead, date, fmt, st, com in rows:
            if finding:
                fstart = r
                ws.cell(row=r, column=2, value=finding)
            else:
                ws.merge_cells(start_row=fstart, start_column=2, end_row=r, end_column=2)
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=date)
            if fmt:
                c.number_format = fmt
            c = ws.cell(row=r, column=6, value=st)
            c.fill = fill(st_fill[st])
            ws.cell(row=r, column=7, value=com)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for i, (k, t) in enumerate([("Complete", "Blue – action delivered"),
                                ("On track", "Green – will be delivered by the target date"),
                                ("At risk", "Amber – may miss the target date"),
                                ("Off track", "Red – will miss the target date")]):
        c = ws.cell(row=r + 1 + i, column=2, value=k)
        c.fill = fill(st_fill[k])
        ws.cell(row=r + 1 + i, column=3, value=t)
    wrap_all(ws)
    wb.save(os.path.join(HERE, "aq2-bassetlaw-housing-consumer-standards-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4
def ribble_valley():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Ribble Valley Borough Council – Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph("Progress update: November 2024")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Reported to"]):
        c.text = v
    bold_row(t.rows[0])
    for row in [("1.0", "16/04/2024", "Policy and Finance Committee"),
                ("2.0", "12/11/2024", "Policy and Finance Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "The Local Government Association Corporate Peer Challenge took place from 5 to 8 February 2024. "
        "The peer team's report made five key recommendations. This action plan sets out how the Council "
        "will respond to each recommendation, the lead officer and the timescale, with progress to date.")
    cols = ["Ref", "Peer Recommendation", "Action", "Lead", "Timescale", "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, cols):
        c.text = v
    bold_row(t.rows[0])
    recs = [
        ("1. Refresh the Corporate Strategy, setting clear priorities and measurable outcomes beyond 2025.", [
            ("1.1", "Hold member workshops to agree the priorities for the new Corporate Strategy 2025–2029.",
             "Chief Executive", "September 2024",
             "Two workshops held in July and September 2024; 28 members attended.", "Complete"),
            ("1.2", "Adopt the Corporate Strategy with a performance framework of quarterly indicators.",
             "Chief Executive / Head of Policy and Performance", "March 2025",
             "Draft strategy out to consultation until January 2025.", "Green"),
        ]),
        ("2. Develop a medium-term financial plan that closes the budget gap from 2026/27 and identifies savings early.", [
            ("2.1", "Prepare a savings and income generation programme with options for members to consider.",
             "Director of Resources", "Q3 2024/25",
             "Options identified total £410k against a £650k gap. Further work under way with service heads.", "Amber"),
            ("2.2", "Review the reserves strategy and set out the planned use of earmarked reserves in the MTFS.",
             "Director of Resources", "February 2025",
             "Reserves review complete; will be included in the budget report.", "Green"),
        ]),
        ("3. Strengthen the capacity of the planning service to meet growth and improve determination times.", [
            ("3.1", "Recruit two additional planning officers and one enforcement officer.",
             "Head of Planning Services", "June 2024",
             "All three posts filled by May 2024.", "Complete"),
            ("3.2", "Introduce pre-application charging and a revised validation checklist.",
             "Head of Planning Services", "Dec 2024",
             "Delayed pending legal review of the charging schedule.", "Red"),
        ]),
        ("4. Develop a workforce strategy addressing recruitment, retention and succession planning.", [
            ("4.1", "Complete a workforce strategy and action plan, including apprenticeships and 'grow our own' schemes.",
             "HR Manager", "31 March 2025",
             "Staff focus groups completed; draft strategy being prepared.", "Green"),
            ("4.2", "Run an annual staff survey and report the results to Personnel Committee.",
             "HR Manager", "Annually",
             "2024 survey closed in October with a 64% response rate.", "Green"),
        ]),
        ("5. Engage more widely with parish councils and partners on the Council's priorities.", [
            ("5.1", "Establish a twice-yearly Parish Liaison Forum with the Leader and Chief Executive.",
             "Head of Legal and Democratic Services", "Ongoing",
             "First forum held 18 September 2024; 31 parishes represented.", "Green"),
        ]),
    ]
    for rec, acts in recs:
        first = None
        for ref, act, lead, ts, prog, rag in acts:
            cells = t.add_row().cells
            if first is None:
                first = cells[1]
            for i, v in ((0, ref), (2, act), (3, lead), (4, ts), (5, prog), (6, rag)):
                cells[i].text = v
        if len(acts) > 1:
            merged = first.merge(t.rows[len(t.rows) - 1].cells[1])
        else:
            merged = first
        merged.text = rec
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete – action delivered; Green – on track; Amber – some slippage, "
                      "recovery in hand; Red – significant delay or risk to delivery.")
    doc.save(os.path.join(HERE, "aq2-ribble-valley-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 5
def oadby_wigston():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Domestic Homicide Review 'Helen' – Action Plan", level=1)
    doc.add_paragraph("Oadby and Wigston Community Safety Partnership")
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Overview Report into the death of 'Helen', "
        "aged 74, in 2022. Progress is monitored by the Community Safety Partnership every quarter. "
        "Updated: October 2024.")
    cols = ["Recommendation", "Scope of recommendation i.e. local or regional",
            "Action to take", "Lead Agency", "Key milestones achieved in enacting recommendation",
            "Target date", "Date of completion and outcome", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, cols):
        c.text = v
    bold_row(t.rows[0])
    colours = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    recs = [
        ("1. The Community Safety Partnership should ensure that frontline practitioners are trained to recognise coercive and controlling behaviour towards older victims.", "Local", [
            ("Commission refreshed domestic abuse training, including a module on older victims and carers.",
             "OWBC Community Safety Team", "Training specification agreed with the county domestic abuse service.",
             "March 2024", "Completed 28/02/2024 – 146 practitioners trained.", "blue"),
            ("Include coercive control of older people in partner agencies' safeguarding audits.",
             "Leicestershire Police / Leicestershire County Council ASC", "Audit tool amended.",
             "September 2024", "", "green"),
        ]),
        ("2. GP practices should routinely ask about domestic abuse when patients present with repeated injuries.", "Local", [
            ("Roll out the IRIS (Identification and Referral to Improve Safety) programme to all GP practices in Oadby and Wigston.",
             "LLR ICB", "6 of 9 practices signed up; training booked for remaining practices.",
             "31/12/2024", "", "amber"),
        ]),
        ("3. Adult Social Care should ensure carers' assessments explore the risk of domestic abuse.", "Local", [
            ("Amend the carers' assessment template to include a routine enquiry question.",
             "Leicestershire County Council ASC", "Template amended and guidance issued.",
             "June 2024", "Completed June 2024.", "blue"),
            ("Audit a sample of 30 carers' assessments to test use of the routine enquiry question.",
             "Leicestershire County Council ASC", "Audit not yet started owing to capacity in the Quality Assurance team.",
             "December 2024", "", "red"),
        ]),
        ("4. The Home Office should consider strengthening statutory guidance on domestic abuse against older people.", "National", [
            ("CSP Chair to write to the Home Office setting out the recommendation.",
             "CSP Chair", "", "On publication of the review", "", None),
        ]),
    ]
    for rec, scope, acts in recs:
        first_row = len(t.rows)
        for act, lead, mil, target, done, rag in acts:
            cells = t.add_row().cells
            for i, v in ((2, act), (3, lead), (4, mil), (5, target), (6, done)):
                cells[i].text = v
            if rag:
                shade(cells[7], colours[rag])
        last_row = len(t.rows) - 1
        for col, text in ((0, rec), (1, scope)):
            a = t.rows[first_row].cells[col]
            if last_row > first_row:
                a = a.merge(t.rows[last_row].cells[col])
            a.text = text
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some risk to delivery; "
                      "Red – off track / overdue.")
    doc.save(os.path.join(HERE, "aq2-oadby-wigston-csp-dhr-helen-action-plan.docx"))


# ---------------------------------------------------------------- 6
def east_staffs():
    rec = {
        1: "R1: That the Council increases the visibility of Community Safety Officers in the town centre during evening and weekend peak times.",
        2: "R2: That the town centre Public Spaces Protection Order is reviewed and extended.",
        3: "R3: That the Council works with Staffordshire Police and businesses to establish a business radio scheme.",
        4: "R4: That CCTV coverage is extended to Station Street and the Market Place.",
        5: "R5: That youth diversionary activity is expanded during the school holidays.",
        6: "R6: That the Council publishes an annual town centre safety report.",
    }
    rows = [
        ["Scrutiny Review: Anti-Social Behaviour in Burton Town Centre – Recommendation Tracker", "", "", "", "", "", "", ""],
        ["East Staffordshire Borough Council – updated 03/03/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Recommendation", "Cabinet Response", "Agreed Action", "Responsible Officer",
         "Target Date", "RAG Status", "Update"],
        ["1.1", rec[1], "Accepted", "Revise the Community Safety Officer rota to provide cover until 10pm Thursday to Saturday.",
         "Community Safety Manager", "30/06/2024", "Complete", "New rota in place from 3 June 2024."],
        ["1.2", rec[1], "Accepted", "Report evening patrol and incident data to Scrutiny Committee.",
         "Community Safety Manager", "Six-monthly", "Green", "First report considered by Committee in November 2024."],
        ["2.1", rec[2], "Accepted", "Consult on extending the town centre PSPO and report the outcome to Cabinet.",
         "Head of Regulatory Services", "Oct-24", "Complete", "PSPO extended for three years by Cabinet on 14 October 2024."],
        ["3.1", rec[3], "Partially accepted", "Explore funding for a business radio scheme through the BID and UK Shared Prosperity Fund.",
         "Economic Development Manager / Burton BID Manager", "31/03/2025", "Green", "UKSPF bid submitted; decision expected February."],
        ["4.1", rec[4], "Accepted", "Install four additional CCTV cameras and connect them to the monitoring centre.",
         "CCTV Manager", "Dec-24", "Amber", "Two cameras installed; remaining two awaiting fibre connection."],
        ["5.1", rec[5], "Accepted", "Commission a holiday activities programme with partners in the town centre.",
         "Leisure and Culture Manager", "August 2025", "Not started", "Programme to be commissioned in spring."],
        ["6.1", rec[6], "Accepted", "Produce the first annual town centre safety report for Overview and Scrutiny Committee.",
         "Head of Communities", "Q1 2025/26", "Red", "Data sharing agreement with the police not yet signed, which puts the timescale at risk."],
        ["", "", "", "", "", "", "", ""],
        ["Prepared by Democratic Services. RAG: Complete = implemented; Green = on track; Amber = minor delay; Red = significant delay.", "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "aq2-east-staffordshire-scrutiny-asb-review-recommendation-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7
def rutland():
    recs = {
        "G": "Clarify the public health role within the shared service arrangement with Leicestershire.",
        "I": "Use local data on rural deprivation to target resources.",
        "P": "Strengthen joint commissioning with the ICB for prevention services.",
        "W": "Build public health capacity and skills across the council.",
    }
    lines = [
        "Rutland County Council – Public Health Peer Challenge Action Plan",
        "Report run: 14/10/2024 09:12",
        "",
        "\t".join(["Code", "Theme", "Recommendation", "Action", "Assigned To", "Due Date", "RAG", "Latest Note"]),
        "\t".join(["PH01", "Leadership and governance", recs["G"],
                   "Agree and publish a revised public health memorandum of understanding with Leicestershire County Council.",
                   "Director of Public Health", "31/03/2024", "Completed",
                   "MoU signed March 2024 and reported to the Health and Wellbeing Board."]),
        "\t".join(["PH02", "Leadership and governance", recs["G"],
                   "Establish a quarterly public health assurance report to Cabinet.",
                   "Strategic Director of Adults and Health", "30/09/2024", "Green",
                   "First report to Cabinet in September; next due December."]),
        "\t".join(["PH03", "Health inequalities", recs["I"],
                   "Produce a rural health needs assessment for Rutland.",
                   "Public Health Consultant; Senior Intelligence Analyst", "31/12/2024", "Amber",
                   "Data collection complete. Analysis delayed by staff vacancy; draft now expected late December."]),
        "\t".join(["PH04", "Health inequalities", recs["I"],
                   "Develop a community health champions network in Oakham and Uppingham.",
                   "Health and Wellbeing Coordinator", "Ongoing", "Green",
                   "22 champions recruited and trained."]),
        "\t".join(["PH05", "Partnerships", recs["P"],
                   "Agree joint commissioning intentions for weight management and stop smoking services.",
                   "Head of Commissioning", "Apr-25", "Red",
                   "ICB commissioning review paused; escalated to the Health and Wellbeing Board."]),
        "\t".join(["PH06", "Partnerships", recs["P"],
                   "Report progress on joint commissioning to the LLR Prevention Board.",
                   "Head of Commissioning", "Quarterly", "Not Started", ""]),
        "\t".join(["PH07", "Workforce", recs["W"],
                   "Deliver Making Every Contact Count training to frontline council staff.",
                   "Public Health Practitioner", "30/06/2024", "Completed",
                   "Training delivered to 118 staff across housing, revenues and customer services."]),
        "",
        "7 records",
    ]
    with open(os.path.join(HERE, "aq2-rutland-public-health-peer-challenge-action-plan-export.txt"),
              "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    moorlands()
    devon_cornwall()
    bassetlaw()
    ribble_valley()
    oadby_wigston()
    east_staffs()
    rutland()
