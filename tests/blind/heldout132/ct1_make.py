"""Generator for ct1- cases (heldout132)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = lambda y, m, d: dt.datetime(y, m, d)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "hdr": "1F3864", "sec": "D9E1F2", "grey": "EDEDED"}.items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row, i, n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["hdr"]
        c.alignment = WRAP
        c.border = BOX


def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row, i, v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = fmt or "dd/mm/yyyy"


# ---------------------------------------------------------------- 1 Mersey Care CQC
def mersey():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Mersey Care NHS Foundation Trust – CQC Inspection Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Community and Crisis Mental Health Services (report published 14 March 2024)"
    ws["A2"].font = Font(bold=True, size=12); ws.merge_cells("A2:I2")
    ws["A3"] = "Position as at 30 September 2024 – for Quality Assurance Committee"
    cols = ["Ref", "Must / Should", "Regulation", "CQC Requirement", "Action(s) to be taken",
            "Responsible Lead", "Target Date", "Revised Date", "Progress Update", "RAG"]
    hdr(ws, 5, cols)
    r = 6
    def section(text):
        nonlocal r
        ws.cell(r, 1, text).font = Font(bold=True)
        for i in range(1, 11): ws.cell(r, i).fill = FILL["sec"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10); r += 1
    def row(vals, rag_text, rag_fill):
        nonlocal r
        put(ws, r, vals + [rag_text], fmt="mmm-yy")
        if rag_fill: ws.cell(r, 10).fill = FILL[rag_fill]
        r += 1
    section("Community-based mental health services for adults of working age")
    row(["MD1", "Must", "Reg 12", "The trust must ensure that patients' risk assessments are reviewed and updated when their presentation changes.",
         "Monthly audit of risk assessments across all community mental health teams, with findings reported to the divisional quality meeting.",
         "Associate Director of Nursing, Community Division", D(2024, 6, 30), None,
         "Audit embedded since April 2024; compliance at 94% for three consecutive months. Evidence submitted to CQC relationship owner.", ], "Complete", "blue")
    row(["MD2", "Must", "Reg 18", "The trust must ensure that staff complete mandatory training, including Basic Life Support and Immediate Life Support.",
         "Training trajectory agreed per team; additional ILS sessions commissioned from the Resuscitation Service.",
         "Head of Operations (Liverpool)", D(2024, 9, 30), None,
         "BLS at 91%, ILS at 83% against 85% target. Additional sessions booked for October.", ], "On track", "green")
    row(["SD1", "Should", "Reg 9", "The trust should ensure that care plans are personalised and reflect the views of patients.",
         "Co-produce a care planning standard with service users and carers; deliver care planning workshops to each team.",
         "Clinical Lead / Team Managers", "Q3 2024/25", None,
         "Standard drafted with Experts by Experience; workshops delayed by staff vacancies in two teams.", ], "Amber", "amber")
    row(["SD2", "Should", "Reg 17", "The trust should ensure that patients on waiting lists are monitored and that their risks are reviewed while they wait.",
         "Implement a waiting list 'keeping in touch' protocol with a named clinician for each team waiting list.",
         "JB", D(2024, 12, 31), None,
         "Protocol not yet agreed; waiting list data from the new EPR not yet reliable.", ], None, "red")
    r += 1  # blank row
    section("Mental health crisis services and health-based places of safety")
    row(["MD3", "Must", "Reg 15", "The trust must ensure that the health-based place of safety at the Broadoak Unit is safe and free from ligature risks.",
         "1. Complete estates works to remove identified ligature points.\n2. Update the environmental ligature risk assessment and share with staff.",
         "Director of Estates & Facilities", D(2024, 7, 31), D(2024, 11, 30),
         "Works delayed by contractor availability; interim observation protocol in place.", ], "Amber", "amber")
    row(["SD3", "Should", "Reg 18", "The trust should ensure that staff receive regular clinical supervision in line with trust policy.",
         "Supervision compliance reported monthly through the team dashboard and discussed at line management meetings.",
         "Matron, Crisis Resolution & Home Treatment", "Ongoing", None,
         "Compliance 88% in September.", ], "Green", "green")
    row(["SD4", "Should", "Reg 17", "The trust should ensure that records of Section 136 detentions are completed in full.",
         "Revise the Section 136 monitoring form and audit completion quarterly.",
         "MHA Lead; Head of Nursing", D(2024, 8, 31), None,
         "Revised form in use from 1 August; Q2 audit 100% complete.", ], "Complete", "blue")
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True); r += 1
    for t, f in [("Complete", "blue"), ("On track", "green"), ("At risk of delay", "amber"), ("Off track / not started", "red")]:
        ws.cell(r, 1).fill = FILL[f]; ws.cell(r, 2, t); r += 1
    for col, w in zip("ABCDEFGHIJ", [7, 9, 10, 45, 50, 28, 12, 12, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ct1-mersey-care-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Cardiff Met IA (refuse)
def cardiffmet():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Cardiff Metropolitan University – Internal Audit Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee, 19 November 2024 – open and recently closed recommendations"
    cols = ["Rec No.", "Recommendation", "Priority", "Management Response / Agreed Action",
            "Responsible Officer", "Original Target Date", "Revised Target Date", "Status", "Progress Update"]
    hdr(ws, 4, cols)
    r = 5
    def section(text):
        nonlocal r
        ws.cell(r, 1, text).font = Font(bold=True)
        for i in range(1, 10): ws.cell(r, i).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
    def row(vals, fill=None):
        nonlocal r
        put(ws, r, vals)
        if fill: ws.cell(r, 8).fill = FILL[fill]
        r += 1
    section("Student Records and Data Quality (2023/24) – Reasonable Assurance")
    row(["1", "The University should reconcile HESA student return data to the student record system before submission.",
         "Medium", "Reconciliation step added to the data return timetable, signed off by the Academic Registrar.",
         "Academic Registrar", D(2024, 3, 31), None, "Complete", "Reconciliation completed for the 2023/24 return."], "blue")
    row(["2", "Access rights to the student record system should be reviewed at least annually.",
         "High", "Annual user access review to be carried out by Registry with IT Services; leavers process to be tightened.",
         "Head of Registry / Head of IT Security", D(2024, 6, 30), D(2024, 10, 31), "In progress",
         "First review completed in June; leavers process change awaiting HR system update."], "amber")
    section("Procurement and Contract Management (2023/24) – Limited Assurance")
    row(["1", "A contracts register should be maintained covering all contracts above £25k.",
         "High", "Central contracts register to be established within the finance system.",
         "Head of Procurement", D(2024, 7, 31), "Ocotber 2024", "In progress",
         "Register built; 70% of schools' contracts uploaded."], "amber")
    row(["2", "Waivers of procurement regulations should be reported to the Audit and Risk Committee.",
         "Medium", "Waiver report to be included in the Committee's standing agenda.",
         "Director of Finance", D(2024, 5, 31), None, "Complete", "Waiver report presented in June 2024."], "blue")
    row(["3", "Contract managers should receive training on contract management responsibilities.",
         "Low", "Training module to be developed with Organisational Development.",
         "Head of Procurement", D(2024, 12, 31), None, "Not started", "Planned for Semester 2."])
    section("Health and Safety Governance (2024/25) – Reasonable Assurance")
    row(["1", "Fire risk assessments for all buildings should be reviewed within their review dates.",
         "High", "Programme of overdue fire risk assessments to be completed by external assessor.",
         "Head of Health & Safety", D(2024, 12, 31), None, "On track", "11 of 16 overdue assessments completed."], "green")
    r += 1
    ws.cell(r, 1, "Priority: High – fundamental control weakness; Medium – important; Low – good practice.")
    for col, w in zip("ABCDEFGHI", [8, 45, 9, 45, 28, 14, 14, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ct1-cardiff-metropolitan-university-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 DWFRS HMICFRS
def dwfrs():
    wb = Workbook(); cv = wb.active; cv.title = "Cover"
    cv["A1"] = "Dorset & Wiltshire Fire and Rescue Service"; cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "HMICFRS Areas for Improvement – Action Plan"
    cv["A3"] = "HMICFRS Round 3 Inspection (2023–25)"; cv["A2"].font = Font(bold=True)
    cv["A4"] = "Document control"; cv["A4"].font = Font(bold=True)
    hdr(cv, 5, ["Version", "Date", "Author", "Changes"])
    put(cv, 6, ["0.1", D(2024, 2, 12), "Head of Assurance", "First draft following report publication"])
    put(cv, 7, ["1.0", D(2024, 3, 20), "Head of Assurance", "Approved by Strategic Leadership Team"])
    put(cv, 8, ["1.3", D(2024, 10, 1), "Assurance Officer", "Q2 progress update"])
    for col, w in zip("ABCD", [10, 14, 22, 50]): cv.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "HMICFRS Areas for Improvement – Action Plan"
    ws["A2"] = "Q2 2024/25 update"; ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    cols = ["AFI", "Area for Improvement", "Action Ref", "Action", "Action Owner", "Due Date", "RAG", "Q2 Update"]
    hdr(ws, 3, cols)
    r = 4
    def pillar(text):
        nonlocal r
        ws.cell(r, 1, text).font = Font(bold=True, size=12)
        for i in range(1, 9): ws.cell(r, i).fill = FILL["sec"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
    def afi(no, text, acts):
        nonlocal r
        start = r
        for ref, act, owner, due, rag, upd in acts:
            put(ws, r, [no if r == start else None, text if r == start else None, ref, act, owner, due, rag, upd], fmt="mmm-yy")
            ws.cell(r, 7).fill = FILL[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag]]
            ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    pillar("Effectiveness")
    afi("AFI 1", "The service should make sure it has an effective quality assurance process, so that staff carry out safe and well checks to an appropriate standard.", [
        ("1.1", "Introduce a sampling-based quality assurance framework for Safe and Well visits, including accompanied visits by supervisors.",
         "Group Manager Prevention", D(2024, 6, 30), "B", "Framework launched June 2024; first quarterly report to Prevention Board."),
        ("1.2", "Report QA outcomes and themes quarterly to the Service Delivery Board.",
         "Prevention Manager", D(2024, 12, 31), "G", "Q1 report delivered; Q2 report scheduled for November board."),
    ])
    afi("AFI 2", "The service should make sure it allocates enough resources to a prioritised and risk-based inspection programme.", [
        ("2.1", "Review the Risk-Based Inspection Programme against the updated premises risk model and agree resourcing with SLT.",
         "Area Manager Protection", "March 2025", "A", "Review under way; the premises data cleanse has taken longer than planned."),
    ])
    pillar("Efficiency")
    afi("AFI 3", "The service should assure itself that it makes the most of collaboration opportunities and that they improve the service to the public.", [
        ("3.1", "Develop a collaboration benefits tracker and evaluate existing collaborations with Dorset Police and Wiltshire Police.",
         "Head of Corporate Planning", D(2025, 3, 31), "G", "Tracker designed; evaluations of two collaborations complete."),
    ])
    pillar("People")
    afi("AFI 4", "The service should make sure all staff understand the benefits of a diverse workforce and the importance of positive action.", [
        ("4.1", "Deliver EDI awareness sessions to all supervisory managers.",
         "Head of People Services", D(2024, 9, 30), "R", "Sessions paused pending new EDI lead appointment; revised plan going to People Board."),
        ("4.2", "Publish a positive action statement and explain it at station visits.",
         "Chief Fire Officer / Head of Communications", D(2024, 11, 30), "G", "Statement drafted; CFO station visits booked."),
        ("4.3", "Review exit interview data for under-represented groups.",
         "HR Business Partner", D(2024, 10, 31), "B", "Complete – findings reported to People Board."),
    ])
    afi("AFI 5", "The service should make sure its workforce plan takes full account of the skills and capabilities it needs now and in the future.", [
        ("5.1", "Refresh the Strategic Workforce Plan, including succession planning for specialist roles.",
         "Director of People", D(2025, 1, 31), "G", "Consultation with departments under way."),
    ])
    r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    ws.cell(r + 1, 1, "B"); ws.cell(r + 1, 1).fill = FILL["blue"]; ws.cell(r + 1, 2, "Complete")
    ws.cell(r + 2, 1, "G"); ws.cell(r + 2, 1).fill = FILL["green"]; ws.cell(r + 2, 2, "On target")
    ws.cell(r + 3, 1, "A"); ws.cell(r + 3, 1).fill = FILL["amber"]; ws.cell(r + 3, 2, "Some slippage – recoverable")
    ws.cell(r + 4, 1, "R"); ws.cell(r + 4, 1).fill = FILL["red"]; ws.cell(r + 4, 2, "Significant slippage")
    for col, w in zip("ABCDEFGH", [8, 45, 9, 50, 28, 11, 6, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ct1-dorset-wiltshire-frs-hmicfrs-afi-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, header, rows, hdr_fill="D9D9D9", ncols=None):
    t = doc.add_table(rows=1 if header else 0, cols=ncols or len(header)); t.style = "Table Grid"
    for i, h in enumerate(header or []):
        c = t.rows[0].cells[i]; c.text = ""; run = c.paragraphs[0].add_run(h); run.bold = True; shade(c, hdr_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            parts = (v or "").split("\n")
            cells[i].text = parts[0]
            for p in parts[1:]:
                cells[i].add_paragraph(p)
    return t


# ---------------------------------------------------------------- 4 HMP Stocken
def stocken():
    doc = Document()
    doc.add_heading("HMP Stocken – HMI Prisons Inspection Action Plan", 1)
    doc.add_paragraph("Unannounced inspection: 10–20 June 2024. Report published: 8 October 2024.")
    doc.add_paragraph(
        "This action plan sets out how HMP Stocken and HM Prison and Probation Service will respond to the concerns "
        "identified by HM Inspectorate of Prisons. Each concern has been agreed, partly agreed or not agreed, with the "
        "action taken or planned, the responsible owner and the target date.")
    hd = ["No.", "Concern", "Agreed / Partly agreed / Not agreed", "Response action taken / planned", "Responsible owner", "Target date"]
    doc.add_heading("Priority concerns", 2)
    table(doc, hd, [
        ["1", "Too many prisoners were locked in their cells for most of the day and the regime was unpredictable.",
         "Agreed", "A revised core day will be introduced following the staffing review, giving all prisoners at least 7 hours unlocked on weekdays.\nRegime delivery will be monitored daily and reported at the weekly operations meeting.",
         "Deputy Governor", "31 March 2025"],
        ["2", "Illicit drugs were readily available and the prison's drug strategy had not been implemented.",
         "Agreed", "Refresh the Drug Strategy and action plan, with enhanced gate security and targeted searching informed by intelligence.",
         "Head of Security", "December 2024"],
        ["3", "Too few prisoners were in purposeful activity, and education and work places were not fully used.",
         "Partly agreed", "Allocations process to be reviewed so that all available activity spaces are filled; Ofsted recommendations addressed through the Quality Improvement Plan.",
         "Head of Education, Skills and Work", "30/06/2025"],
    ])
    doc.add_heading("Key concerns", 2)
    table(doc, hd, [
        ["4", "Prisoners' complaints were not always answered in time and responses did not address the issue raised.",
         "Agreed", "Complaints quality assurance by the Business Hub manager; monthly sample audited by a senior manager.",
         "Head of Business Assurance", "Ongoing"],
        ["5", "Key work sessions were rarely delivered.",
         "Agreed", "Key work to be re-launched on all residential units with protected staff time.",
         "Head of Residence", "January 2025"],
        ["6", "Support for prisoners with neurodivergent needs was underdeveloped.",
         "Agreed", "Appoint a Neurodiversity Support Manager and complete a screening pathway with healthcare partners.",
         "Head of Reducing Reoffending / Healthcare Manager", "31/01/2025"],
        ["7", "Release planning for prisoners going out to homelessness was weak.",
         "Not agreed", "Accommodation outcomes are the responsibility of the Probation Service; the prison will continue to refer all prisoners to the Community Accommodation Service at 12 weeks before release.",
         "Head of Reducing Reoffending", "Ongoing"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Governor, HMP Stocken – October 2024")
    doc.save(os.path.join(OUT, "ct1-hmp-stocken-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5 Ysgol Maes y Gwendraeth PIAP
def gwendraeth():
    doc = Document()
    doc.add_heading("Ysgol Maes y Gwendraeth – Post-Inspection Action Plan (PIAP)", 1)
    t = table(doc, None, [
        ["Date of Estyn inspection", "13–16 May 2024"],
        ["Date PIAP agreed by governing body", "18 September 2024"],
        ["Headteacher", "Mr D. Rees"],
        ["Chair of Governors", "Mrs E. Thomas"],
    ], ncols=2)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The school has produced this plan in response to the recommendations in the Estyn inspection report. "
        "Progress is reviewed termly by the Standards Committee of the governing body and with the local authority's "
        "school improvement officer.")
    hd = ["No.", "Action", "Success criteria", "Lead", "Timescale", "Monitoring", "RAG"]
    fills = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    def rec(heading, rows):
        doc.add_heading(heading, 2)
        t = table(doc, hd, [r[:6] + [r[6] if r[6] in fills else ""] for r in rows])
        for i, r in enumerate(rows, 1):
            key = r[6] if r[6] in fills else r[7] if len(r) > 7 else None
            if key: shade(t.rows[i].cells[6], fills[key])
        doc.add_paragraph("")
    rec("R1: Improve pupils' Welsh oracy skills, particularly in key stage 3", [
        ["1.1", "Introduce a whole-school oracy framework with planned opportunities for extended talk in Welsh across subjects.",
         "Learning walks show planned oracy activities in most lessons.", "AHT (Teaching & Learning)", "Autumn term 2024",
         "Learning walks; pupil voice", "Green"],
        ["1.2", "Deliver training for staff on strategies to develop pupils' oral Welsh.",
         "All staff complete training; strategies seen in lessons.", "Head of Welsh / Literacy Coordinator", "September 2024 – July 2025",
         "Training records; lesson observations", "Amber"],
        ["1.3", "Run Welsh language 'Siarter Iaith' activities at break and lunchtime for Year 7 and 8.",
         "Increased use of Welsh socially, measured by the Siarter Iaith survey.", "GH", "Summer term 2025",
         "Siarter Iaith survey", "", "Green"],
    ])
    rec("R2: Strengthen self-evaluation so that leaders focus precisely on the impact of teaching on pupils' progress", [
        ["2.1", "Revise the quality assurance calendar so that middle leaders evaluate teaching through book scrutiny and pupil voice.",
         "Departmental self-evaluation reports identify specific strengths and areas for improvement in teaching.",
         "Deputy Headteacher", "By December 2024", "SLT line management meetings", "Green"],
        ["2.2", "Governors' Standards Committee to receive termly reports on the impact of improvement priorities.",
         "Governing body minutes show challenge on pupil progress.", "Headteacher", "Termly",
         "Governing body minutes", "Green"],
    ])
    rec("R3: Improve attendance, particularly of pupils eligible for free school meals", [
        ["3.1", "Appoint a Family Engagement Officer to work with families of persistently absent pupils.",
         "Attendance of eFSM pupils improves by 2 percentage points.", "Mr D. Rees", "October 2024",
         "Attendance data reviewed fortnightly", "Green"],
        ["3.2", "Introduce a staged attendance intervention process with the Education Welfare Service.",
         "Persistent absence falls below 15%.", "AHT (Wellbeing) and EWO", "31/07/2025",
         "Half-termly attendance reports", "Red"],
    ])
    doc.add_paragraph("RAG: Green – on track; Amber – some progress, action needed; Red – not on track.")
    doc.save(os.path.join(OUT, "ct1-ysgol-maes-y-gwendraeth-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6 Livv Housing (csv)
def livv():
    rows = [
        ["Ref", "Theme", "Ombudsman Recommendation", "Our Action", "Owner", "Due Date", "Status", "Latest Update"],
        ["DM01", "Policy and governance", "Landlords should have a specific damp and mould policy.",
         "Adopt a standalone Damp, Mould and Condensation Policy approved by the Board.", "Director of Property Services",
         "30/06/2024", "Complete", "Policy approved by Board on 20 June 2024 and published on the website."],
        ["DM02", "Policy and governance", "Landlords should have a specific damp and mould policy.",
         "Report damp and mould case volumes and response times to the Customer Committee quarterly.", "Head of Performance",
         "30/09/2024", "Complete", "First quarterly report presented in September."],
        ["DM03", "Responding to reports", "Landlords should take a zero-tolerance approach to damp and mould.",
         "Inspect all new damp and mould reports within 10 working days and complete remedial works within agreed timescales.",
         "Head of Repairs & Maintenance", "31/12/2024", "On track", "Inspections within 10 days at 89% in Q2; contractor capacity increased."],
        ["DM04", "Responding to reports", "Landlords should take a zero-tolerance approach to damp and mould.",
         "Follow up every completed job with a post-inspection visit at 6 weeks.", "Damp & Mould Surveyor Team Leader",
         "31/01/2025", "Amber", "Post-inspection visits at 54% – recruitment of a second surveyor under way."],
        ["DM05", "Identifying risk", "Landlords should use data to identify homes at risk of damp and mould.",
         "Use stock condition data and sensor pilot to identify the 500 homes at highest risk.", "Tom Ellis and Priya Nair",
         "Mar-25", "On track", "Sensor pilot in 120 homes in Knowsley live since August."],
        ["DM06", "Communication with residents", "Landlords should communicate clearly and without blaming residents.",
         "Review all letters and web content on condensation so they do not blame 'lifestyle'.", "Customer Experience Manager",
         "31/10/2024", "Red", "Content review not started due to website migration."],
        ["DM07", "Communication with residents", "Landlords should communicate clearly and without blaming residents.",
         "Train all front-line staff in recognising and reporting damp and mould.", "Learning & Development Lead",
         "Ongoing", "On track", "326 staff trained to date; included in induction."],
        ["DM08", "Learning from complaints", "Landlords should learn from complaints about damp and mould.",
         "Quarterly review of damp and mould complaints and Ombudsman determinations by the Complaints Panel.", "Head of Customer Resolution",
         "31/03/2025", "Not started", ""],
    ]
    with open(os.path.join(OUT, "ct1-livv-housing-group-housing-ombudsman-damp-mould-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 ABUHB HIW (txt)
def abuhb():
    L = [
        "Aneurin Bevan University Health Board – Healthcare Inspectorate Wales Improvement Plan",
        "Service: Maternity Unit, The Grange University Hospital",
        "Date of inspection: 3–5 September 2024",
        "",
        "The table below sets out the improvements required following the inspection and the health board's response.",
        "",
        "Ref\tImprovement needed\tStandard / Regulation\tService action\tResponsible officer\tTimescale",
        "1\tThe health board must ensure that emergency equipment is checked daily and that checks are recorded.\tSafe Care\tDaily resuscitaire and emergency trolley checks added to the shift handover checklist; weekly audit by ward manager.\tWard Manager, Labour Ward\t06/09/2024",
        "2\tThe health board must ensure that staff complete mandatory training, including PROMPT and fetal monitoring training.\tWorkforce\tTraining compliance reviewed at monthly divisional meeting; protected time allocated on the rota for PROMPT.\tHead of Midwifery\t31/03/2025",
        "3\tThe health board should ensure that women are given information about how to raise a concern in Welsh and English.\tPerson-centred care\tBilingual Putting Things Right leaflets and posters displayed in all clinical areas.\tPatient Experience Lead\tNovember 2024",
        "4\tThe health board must ensure that medicines are stored securely and that fridge temperatures are recorded daily.\tSafe Care\tFridge temperature monitoring added to daily checklist; pharmacy to carry out monthly spot checks.\tLead Pharmacist, Women & Children / Ward Manager, Labour Ward\tOctober 2024",
        "5\tThe health board must review midwifery staffing to ensure it meets Birthrate Plus recommendations.\tWorkforce\tBirthrate Plus review commissioned; recruitment of 12 WTE newly qualified midwives from the 2024 cohort.\tDirector of Midwifery and Nursing (Women & Children)\tQ4 2024/25",
        "6\tThe health board should ensure that debriefs are offered to all women following an emergency or unexpected event.\tPerson-centred care\tBirth reflections service to be extended to include all women following an emergency caesarean section.\tConsultant Midwife\tOngoing",
        "",
        "Service representative",
        "Name:\tSarah Jenkins",
        "Job role:\tHead of Midwifery",
        "Date:\t14/10/2024",
    ]
    with open(os.path.join(OUT, "ct1-aneurin-bevan-uhb-hiw-grange-maternity-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    mersey(); cardiffmet(); dwfrs(); stocken(); gwendraeth(); livv(); abuhb()
