"""Build the seven ut- blind cases (data files only; the .expected.yaml files are written by hand)."""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def P(name):
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


GREEN, AMBER, RED, BLUE = "00B050", "FFC000", "FF0000", "0070C0"


def put_row(ws, r, values, bold=False, border=True, datefmt="dd/mm/yyyy"):
    for c, v in enumerate(values, start=1):
        if v is None:
            cell = ws.cell(row=r, column=c)
        else:
            cell = ws.cell(row=r, column=c, value=v)
        if isinstance(v, dt.datetime):
            cell.number_format = datefmt
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if border:
            cell.border = BOX


# ---------------------------------------------------------------------------
# 1. CNTW NHS FT – Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_cntw():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A3"] = "Board Assurance Framework 2025/26"
    cov["A3"].font = Font(bold=True, size=16)
    cov["A4"] = "Actions to address gaps in control and assurance – position at 30 November 2025"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    put_row(cov, 7, ["Version", "Date", "Author", "Change"], bold=True)
    put_row(cov, 8, ["v0.3", D(2025, 10, 2), "Head of Corporate Governance",
                     "Q2 refresh following Board development session"])
    put_row(cov, 9, ["v0.4", D(2025, 11, 28), "Head of Corporate Governance",
                     "Q3 update – revised due dates agreed by Executive Team"])
    cov["A11"] = "Presented to: Board of Directors (public meeting), 3 December 2025"
    for col, w in zip("ABCD", (12, 14, 30, 52)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG rating for BAF actions"
    key["A1"].font = Font(bold=True)
    rows = [("B", "Blue", "Action complete and assurance received", BLUE),
            ("G", "Green", "On track to deliver by the due date", GREEN),
            ("A", "Amber", "At risk of slipping – mitigation in place", AMBER),
            ("R", "Red", "Off track or past the due date", RED),
            (None, "Not rated", "Action not yet started", None)]
    for i, (code, word, meaning, colour) in enumerate(rows, start=3):
        put_row(key, i, [code, word, meaning])
        if colour:
            key.cell(row=i, column=1).fill = fill(colour)
    key.column_dimensions["C"].width = 48

    ws = wb.create_sheet("BAF actions")
    ws["A1"] = "Board Assurance Framework 2025/26 – action tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Strategic risks SR1 to SR4; actions reviewed by the lead committees in November 2025"
    put_row(ws, 4, ["Ref", "Gap in control / assurance", "Action", "Action owner",
                    "Original due date", "Revised due date", "Progress update (November 2025)",
                    "Previous RAG", "Current RAG"], bold=True)
    for c in range(1, 10):
        ws.cell(row=4, column=c).fill = fill("D9E1F2")

    def risk_row(r, text):
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("1F4E78")

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def act(r, ref, gap, action, owner, orig, rev, update, prev, cur):
        put_row(ws, r, [ref, gap, action, owner, orig, rev, update, prev, cur])
        if prev in rag_fill:
            ws.cell(row=r, column=8).fill = fill(rag_fill[prev])
        if cur in rag_fill:
            ws.cell(row=r, column=9).fill = fill(rag_fill[cur])

    risk_row(5, "SR1 – Quality and safety: we fail to deliver consistently safe, high-quality care")
    gap_a = ("PSIRF learning responses not consistently translated into improvement actions "
             "across locality care groups")
    act(6, "SR1.1", gap_a,
        "Roll out the PSIRF learning response toolkit to all locality care groups and embed "
        "thematic learning reviews in care group quality meetings",
        "Deputy Director of Patient Safety", D(2025, 9, 30), D(2025, 12, 31),
        "Toolkit live in North and Central care groups; South care group launch delayed by "
        "vacancy in the patient safety team.", "A", "A")
    act(7, "SR1.2", None,
        "Complete a Trust-wide audit of the quality of safety plans on adult inpatient wards "
        "and report findings to the Quality and Performance Committee",
        "Head of Clinical Audit and Effectiveness", D(2025, 10, 31), None,
        "Audit reported to QPC on 12 November 2025; re-audit scheduled for 2026/27.", "G", "B")
    ws.merge_cells("B6:B7")
    act(8, "SR1.3",
        "Limited assurance on the use of restrictive practice in learning disability and "
        "autism inpatient services",
        "Implement the Positive and Safe restrictive practice dashboard on all learning "
        "disability and autism wards, with monthly review at the care group safety huddle",
        "Clinical Director, Specialist Care Group; Positive and Safe Lead", D(2026, 1, 31), None,
        "Dashboard built; testing on two wards.", "G", "G")

    risk_row(9, "SR2 – Workforce: we are unable to recruit, retain and develop a sustainable workforce")
    act(10, "SR2.1",
        "Reliance on bank and agency staffing in inpatient nursing above planned levels",
        "Deliver the inpatient nursing recruitment and retention plan:\n"
        "- third international recruitment cohort (24 nurses)\n"
        "- preceptorship retention offer for newly qualified nurses",
        "Chief People Officer", D(2026, 3, 31), None,
        "18 of 24 international nurses in post; preceptorship offer launched September 2025.",
        "G", "G")
    act(11, "SR2.2", None,
        "Reduce agency spend to within the NHS England agency cap, with weekly executive "
        "review of all off-framework shifts",
        "Chief People Officer / Chief Finance Officer", D(2025, 12, 31), D(2026, 3, 31),
        "Agency spend 4.1% of pay bill against 3.2% cap; off-framework use persists in two wards.",
        "A", "R")
    ws.merge_cells("B10:B11")

    risk_row(12, "SR3 – Financial sustainability: the Trust does not deliver its 2025/26 financial plan")
    act(13, "SR3.1",
        "Recurrent cost improvement schemes not fully identified for 2025/26",
        "Identify and quality-impact-assess the remaining £4.2m of recurrent CIP schemes and "
        "present them to the Resource and Business Assurance Committee",
        "Chief Finance Officer", D(2025, 9, 30), D(2026, 1, 31),
        "£2.9m identified; QIAs completed for £2.1m.", "A", "A")

    risk_row(14, "SR4 – Digital and cyber security: a cyber incident or infrastructure failure "
                 "disrupts clinical systems")
    act(15, "SR4.1",
        "Legacy server infrastructure not yet migrated to supported platforms",
        "Complete migration of the remaining Windows Server 2012 systems to supported platforms",
        "Chief Digital and Information Officer", D(2025, 12, 31), None,
        "11 of 14 systems migrated.", "G", "G")
    act(16, "SR4.2", None,
        "Commission the independent Data Security and Protection Toolkit audit for 2025/26 and "
        "report the outcome to the Audit Committee",
        "Senior Information Risk Owner (SIRO)", "June 2026", None,
        "Not yet started – audit scheduled for Q1 2026/27.", None, None)
    ws.merge_cells("B15:B16")

    ws["A18"] = "Summary of current RAG"
    ws["A18"].font = Font(bold=True)
    summary = [("Blue (complete)", 1), ("Green", 3), ("Amber", 2), ("Red", 1), ("Not rated", 1),
               ("Total actions", 8)]
    for i, (k, n) in enumerate(summary, start=19):
        put_row(ws, i, [k, n])
    ws["A24"].font = Font(bold=True)
    ws["A26"] = ("Note: revised due dates were agreed by the Executive Team on 18 November 2025; "
                 "original dates are kept for the audit trail.")
    for col, w in zip("ABCDEFGHI", (8, 34, 52, 30, 13, 13, 44, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(P("ut-cntw-nhsft-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Plymouth Community Homes – RSH consumer standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_pch():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = "Plymouth Community Homes – Consumer Standards Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Response to the Regulator of Social Housing regulatory judgement (consumer grade C2). "
                "Progress report to the Board, 24 September 2025")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (word, colour) in zip("BCD", (("Complete", GREEN), ("In progress", AMBER),
                                           ("Behind target / not started", RED))):
        ws[col + "3"] = word
        ws[col + "3"].fill = fill(colour)
        ws[col + "3"].border = BOX
    put_row(ws, 5, ["Ref", "What the regulator found", "Action", "Responsible officer(s)",
                    "Target date", "Progress commentary", "RAG"], bold=True)
    for c in range(1, 8):
        ws.cell(row=5, column=c).fill = fill("D9D9D9")

    def std_row(r, text):
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("00606B")

    def act(r, ref, found, action, lead, target, progress, colour, datefmt="dd/mm/yyyy"):
        put_row(ws, r, [ref, found, action, lead, target, progress, None], datefmt=datefmt)
        ws.cell(row=r, column=7).fill = fill(colour)

    std_row(6, "1. Safety and Quality Standard")
    act(7, "SQ1",
        "The landlord could not demonstrate that it had accurate, up-to-date stock condition "
        "data for all of its homes",
        "Complete stock condition surveys on a three-year rolling programme:\n"
        "• priority 1 – 2,100 homes with no survey since 2019\n"
        "• priority 2 – remaining stock by March 2028",
        "Director of Property Services", D(2026, 3, 31),
        "1,460 of 2,100 priority 1 surveys completed (70%).", AMBER)
    act(8, "SQ2", None,
        "Procure and implement a new asset management system holding a single record of every "
        "home, its components and survey history",
        "Director of Property Services & Head of ICT", "Q4 2025/26",
        "Contract awarded August 2025; data migration under way.", AMBER)
    act(9, "SQ3", None,
        "Bring all damp and mould cases open for more than 28 days to resolution and report "
        "weekly to the Executive Team",
        "Head of Repairs; Damp and Mould Lead Surveyor", "End of June 2025",
        "Backlog cleared 27 June 2025; weekly reporting continues.", GREEN)
    ws.merge_cells("B7:B9")

    std_row(10, "2. Transparency, Influence and Accountability Standard")
    act(11, "TIA1",
        "Tenants were not consistently given the opportunity to influence how services are "
        "delivered, and complaint learning was not shared with them",
        "Establish a Tenant Scrutiny Panel with agreed terms of reference and an annual "
        "scrutiny programme",
        "Head of Customer Insight", "July 2025",
        "Panel of nine tenants appointed; first review (repairs communication) started.", GREEN)
    act(12, "TIA2", None,
        "Publish quarterly ‘You said, we did’ complaint learning reports on the website and in "
        "the tenant newsletter",
        "Complaints Manager", "Ongoing",
        "Q1 report published; Q2 due October 2025.", AMBER)
    ws.merge_cells("B11:B12")

    std_row(13, "3. Neighbourhood and Community Standard")
    act(14, "NC1",
        "Arrangements for tackling anti-social behaviour with partner agencies were not "
        "consistently recorded or reviewed",
        "Review the ASB policy with Devon and Cornwall Police and Plymouth City Council, and "
        "introduce a case review at 20 working days",
        "Neighbourhood Services Manager", D(2025, 11, 30),
        "Partner workshop postponed twice; policy review not yet started.", RED)

    std_row(15, "4. Tenancy Standard")
    act(16, "T1",
        "Tenancy records did not always hold up-to-date information on tenants’ vulnerabilities "
        "and support needs",
        "Complete a tenancy health-check visit to every household, recording vulnerabilities "
        "and support needs on the housing management system",
        "Head of Housing Services", D(2026, 3, 1),
        "5,870 visits completed (38%).", AMBER, datefmt="mmm-yy")
    act(17, "T2", None,
        "Train all frontline staff in recognising and recording vulnerability, with annual "
        "refresher training",
        "Learning and Development Business Partner", D(2025, 9, 30),
        "212 of 240 staff trained.", AMBER)
    ws.merge_cells("B16:B17")

    ws["A19"] = "Prepared by: Head of Governance and Regulation. Next review: Board, 26 November 2025"
    ws["A19"].font = Font(italic=True)
    for col, w in zip("ABCDEFG", (7, 38, 56, 30, 14, 40, 8)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress by consumer standard"
    sm["A1"].font = Font(bold=True)
    put_row(sm, 3, ["Standard", "Actions", "Complete", "In progress", "Behind target"], bold=True)
    data = [("Safety and Quality", 3, 1, 2, 0),
            ("Transparency, Influence and Accountability", 2, 1, 1, 0),
            ("Neighbourhood and Community", 1, 0, 0, 1),
            ("Tenancy", 2, 0, 2, 0),
            ("Total", 8, 2, 5, 1)]
    for i, row in enumerate(data, start=4):
        put_row(sm, i, list(row), bold=(row[0] == "Total"))
    sm.column_dimensions["A"].width = 44
    wb.save(P("ut-plymouth-community-homes-rsh-consumer-standards-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. University of Bedfordshire – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_beds():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "University of Bedfordshire – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Follow-up report to the Audit and Risk Committee, 18 November 2025"
    put_row(sm, 4, ["Audit", "Assurance", "Recommendations", "Actions", "Complete", "Open"], bold=True)
    data = [("Student Recruitment and Admissions (IA 2024/25-04)", "Limited", 2, 3, 1, 2),
            ("Research Grant Costing and Post-Award Management (IA 2024/25-07)", "Reasonable", 2, 2, 1, 1),
            ("IT Disaster Recovery (IA 2025/26-01)", "Limited", 2, 3, 0, 3),
            ("Total", None, 6, 8, 2, 6)]
    for i, row in enumerate(data, start=5):
        put_row(sm, i, list(row), bold=(row[0] == "Total"))
    sm.column_dimensions["A"].width = 62
    sm.column_dimensions["B"].width = 12

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker – open and recently closed actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit and Risk Committee, 18 November 2025"
    ws["A3"] = ("Priority: H = High, M = Medium, L = Low. Actions marked Complete are verified by "
                "internal audit at the annual follow-up.")
    put_row(ws, 5, ["Rec no.", "Priority", "Recommendation", "Agreed management action",
                    "Responsible officer", "Original target date", "Revised target date",
                    "Status", "Management update"], bold=True)
    for c in range(1, 10):
        ws.cell(row=5, column=c).fill = fill("DDEBF7")

    def audit_row(r, text):
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("F2F2F2")

    def act(r, *vals):
        put_row(ws, r, list(vals))

    audit_row(6, "Student Recruitment and Admissions (IA 2024/25-04) – Limited assurance")
    act(7, "1a", "H",
        "The University should ensure that all changes to applicant decisions in the student "
        "records system are independently authorised and that an audit trail is retained.",
        "Configure the student records system so that decision changes require second-person "
        "approval by a senior admissions officer",
        "Head of Admissions", D(2025, 7, 31), D(2025, 12, 31), "Amber – at risk",
        "Change delivered in test; go-live deferred to avoid the clearing period.")
    act(8, "1b", "H", None,
        "Introduce a monthly exception report of decision changes, reviewed by the Academic "
        "Registrar",
        "Academic Registrar", D(2025, 9, 30), None, "Complete",
        "First report reviewed October 2025.")
    ws.merge_cells("C7:C8")
    act(9, "2", "M",
        "Agent commission payments should be reconciled to enrolled students before payment is "
        "released.",
        "Reconcile agent invoices to census enrolment data each term before payment, with "
        "sign-off by Finance",
        "Director of International Recruitment / Financial Controller", "31 January 2026", None,
        "On track", "Reconciliation template agreed; first run after January census.")

    audit_row(10, "Research Grant Costing and Post-Award Management (IA 2024/25-07) – Reasonable assurance")
    act(11, "1", "M",
        "Staff time charged to research grants should be supported by timesheets approved by "
        "the principal investigator.",
        "Roll out electronic timesheets for all staff charged to externally funded projects",
        "Head of Research Finance", D(2025, 6, 30), None, "Complete",
        "Live for all projects from June 2025.")
    act(12, "2", "L",
        "The post-award procedures manual should be updated to reflect current funder terms and "
        "conditions.",
        "Update and republish the post-award procedures manual, including the UKRI terms and "
        "conditions 2025",
        "Research Development Manager", D(2026, 3, 1), None, "On track",
        "Draft with Research Committee for comment.")
    ws.cell(row=12, column=6).number_format = "mmm-yy"

    audit_row(13, "IT Disaster Recovery (IA 2025/26-01) – Limited assurance")
    act(14, "1", "H",
        "The University should develop and test an IT disaster recovery plan covering all "
        "critical systems.",
        "Complete the business impact analysis to confirm recovery time objectives for all "
        "critical systems",
        "Chief Information Officer", D(2025, 6, 30), D(2025, 10, 31), "Red – overdue",
        "Returns outstanding from two faculties; escalated to the Vice-Chancellor's Executive.")
    act(15, None, "H", None,
        "Carry out a full failover test of the student records and finance systems and report "
        "the results to the Audit and Risk Committee",
        "Chief Information Officer; Head of Infrastructure", D(2025, 12, 31), D(2026, 3, 31),
        "Amber – at risk", "Test window agreed for February 2026.")
    ws.merge_cells("A14:A15")
    ws.merge_cells("C14:C15")
    act(16, "2", "M",
        "Backups of critical systems should be held offline or immutable, and restoration "
        "should be tested at least annually.",
        "Implement immutable cloud backups for critical systems and schedule an annual "
        "restoration test",
        "Head of Infrastructure", D(2025, 12, 31), None, "On track",
        "Immutable storage procured; configuration in progress.")

    ws["A18"] = ("Status key: Complete – action implemented; On track – expected by the target date; "
                 "Amber – at risk – target date may be missed; Red – overdue – past the target date.")
    ws["A18"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (8, 8, 44, 48, 30, 13, 13, 16, 40)):
        ws.column_dimensions[col].width = w
    wb.save(P("ut-university-of-bedfordshire-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; a '\n' in text becomes a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    run = first.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        para = cell.add_paragraph()
        r = para.add_run(part)
        r.bold = bold


def add_table(doc, header, rows, widths=None, header_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    return t


# ---------------------------------------------------------------------------
# 4. Greater Manchester Police – custody inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_gmp():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Greater Manchester Police – Custody Inspection Action Plan", level=0)
    doc.add_paragraph(
        "Response to the report on an unannounced inspection visit to police custody suites in "
        "Greater Manchester by HM Inspectorate of Prisons and HM Inspectorate of Constabulary and "
        "Fire & Rescue Services (inspection 3–14 June 2024)")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "Chief Superintendent, Custody Branch"),
                 ("Version", "2.1"),
                 ("Last updated", "14 October 2025"),
                 ("Governance", "Custody Strategic Board (monthly); Deputy Mayor for Policing, "
                                "Crime, Criminal Justice and Fire (quarterly scrutiny)")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9E1F2")
        set_cell(cells[1], v)

    doc.add_paragraph(
        "The inspection report set out two causes of concern, each with a recommendation, and a "
        "number of areas for improvement. This plan sets out the force's actions in response. "
        "Progress is reported to the Custody Strategic Board each month.")

    hdr = ["Ref", "Action", "Owner", "Target date", "Progress", "RAG"]

    doc.add_heading("Cause of concern 1: Oversight of the use of force in custody", level=1)
    doc.add_paragraph(
        "Use of force in custody was not subject to effective governance. Data were incomplete "
        "and incidents were not routinely reviewed to identify learning.")
    p = doc.add_paragraph()
    p.add_run("Recommendation 1").bold = True
    doc.add_paragraph(
        "The force should ensure that all use of force in custody is recorded accurately, "
        "reviewed and subject to robust governance, so that it can be assured that force is used "
        "only when necessary and is proportionate.")
    add_table(doc, hdr, [
        ["1.1",
         "Make completion of a use of force form mandatory before the end of the officer's tour "
         "of duty, with compliance reported weekly",
         "Custody Inspector (Governance)", "31/12/2024",
         "Form mandated from November 2024. Compliance 96% in September 2025.", "Complete"],
        ["1.2",
         "Introduce monthly dip-sampling of 10% of use of force incidents against CCTV by "
         "custody inspectors",
         "Insp. R. Kaur / Sgt D. Lowe", "March 2025",
         "Dip-sampling in place at all suites since March 2025.", "Complete"],
        ["1.3",
         "Add use of force data, broken down by ethnicity and age, to the Custody Strategic "
         "Board performance pack",
         "Head of Custody Performance", "Q3 2025/26",
         "Draft data set shared with the Board in September.", "Green"],
    ])

    doc.add_heading("Cause of concern 2: Detainee care and welfare checks", level=1)
    doc.add_paragraph(
        "Checks on detainees were not always carried out at the required frequency, and rousing "
        "checks were sometimes recorded without the detainee being roused.")
    p = doc.add_paragraph()
    p.add_run("Recommendation 2").bold = True
    doc.add_paragraph(
        "The force should ensure that detainees are checked and roused in line with national "
        "guidance and their individual risk assessment, and that this is monitored.")
    add_table(doc, hdr, [
        ["2.1",
         "Deliver refresher training on observation levels and rousing checks to:\n"
         "- all custody sergeants\n"
         "- all detention officers (including contracted staff)",
         "Custody Training Manager", "30 September 2025",
         "82% of staff trained; remaining sessions booked for November.", "Amber"],
        ["2.2",
         "Audit cell-check records against CCTV in every custody suite each month",
         "Custody Inspectors", "Ongoing",
         "Audits completed each month since July 2024.", "Green"],
    ])

    doc.add_heading("Areas for improvement", level=1)
    doc.add_paragraph("The report identified the following areas for improvement.")
    add_table(doc, ["AFI", "Area for improvement", "Action", "Owner", "Target date", "RAG"], [
        ["AFI 1",
         "Detainees should have access to a shower, reading material and outside exercise "
         "during longer stays.",
         "Issue a custody practice note on detainee welfare provision and add welfare offers to "
         "the custody record template",
         "Chief Inspector, Custody Operations", "31/01/2025", "Complete"],
        ["AFI 2",
         "Custody staff should be able to access interpreting services promptly for detainees "
         "who do not speak English.",
         "Extend the telephone interpreting contract to include video interpreting in all suites",
         "Head of Custody Contracts", "Apr-26", "Amber"],
        ["AFI 3",
         "Detainees released under investigation or on bail should be given appropriate onward "
         "support, including referral to liaison and diversion services.",
         "Agree a referral pathway with the NHS Liaison and Diversion service for all detainees "
         "identified as vulnerable on release",
         "Chief Inspector, Custody Operations / L&D Service Manager", "Q4 2025/26", "Red"],
    ])

    doc.add_heading("RAG key", level=2)
    key = add_table(doc, ["Rating", "Meaning"], [
        ["Complete", "Action delivered and evidence provided to the Custody Strategic Board"],
        ["Green", "On track to deliver by the target date"],
        ["Amber", "Some slippage; recovery plan in place"],
        ["Red", "Off track; escalated to the Assistant Chief Constable"],
    ])
    for row, colour in zip(key.rows[1:], (BLUE, GREEN, AMBER, RED)):
        shade(row.cells[0], colour)

    doc.add_paragraph()
    so = doc.add_table(rows=1, cols=4)
    so.style = "Table Grid"
    for i, v in enumerate(["Approved by", "Assistant Chief Constable, Specialist Operations",
                           "Date", "21 October 2025"]):
        set_cell(so.rows[0].cells[i], v, bold=(i % 2 == 0))
    doc.save(P("ut-greater-manchester-police-custody-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Hazelwick School – post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_hazelwick():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    t = doc.add_paragraph()
    r = t.add_run("Hazelwick School – Post-Ofsted Action Plan 2024–25")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(
        "Inspection dates: 5 and 6 March 2024. Overall effectiveness: Requires improvement. "
        "Plan agreed by the Local Governing Body (LGB) on 25 April 2024 and reviewed at each LGB "
        "meeting.")

    key = doc.add_table(rows=2, cols=4)
    key.style = "Table Grid"
    for i, (code, word, colour) in enumerate([("B", "Complete", "5B9BD5"), ("G", "On track", "70AD47"),
                                              ("A", "Some slippage", "FFC000"),
                                              ("R", "Not started / significant concern", "FF0000")]):
        set_cell(key.rows[0].cells[i], code, bold=True)
        shade(key.rows[0].cells[i], colour)
        set_cell(key.rows[1].cells[i], word)
    doc.add_paragraph()

    hdr = ["Action", "Lead", "Timescale", "Success criteria", "Monitored by", "RAG"]
    rag_colour = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    tbl = doc.add_table(rows=1, cols=len(hdr))
    tbl.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(tbl.rows[0].cells[i], h, bold=True)
        shade(tbl.rows[0].cells[i], "BFBFBF")

    def priority(text):
        cells = tbl.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, text, bold=True)
        shade(m, "DEEAF6")

    def action(*vals):
        cells = tbl.add_row().cells
        for i, v in enumerate(vals):
            set_cell(cells[i], v)
        rag = vals[-1]
        if rag in rag_colour:
            shade(cells[-1], rag_colour[rag])

    priority("Priority 1: Leaders should ensure that the curriculum in key stage 3 is consistently "
             "well sequenced across all subjects, so that pupils build knowledge securely over time.")
    action("Subject leaders to review and re-sequence key stage 3 curriculum maps in history, "
           "geography and computing",
           "DHT (Curriculum)", "Autumn term 2024",
           "Revised maps published; line manager review confirms a logical sequence",
           "Headteacher", "B")
    action("Fortnightly department CPD on retrieval practice and checking for understanding",
           "Assistant Head (Teaching & Learning)", "September 2024 – July 2025",
           "Learning walks show consistent use of retrieval practice in at least 85% of lessons",
           "SLT / LGB Standards Committee", "G")
    action("Subject deep dives by SLT and trust subject advisers, with written feedback to subject "
           "leaders",
           "DHT (Curriculum) & Trust School Improvement Partner", "Termly",
           "Deep dive reports show improvement in curriculum implementation",
           "Headteacher", "G")

    priority("Priority 2: Leaders should make sure that pupils with special educational needs "
             "and/or disabilities (SEND) receive the support they need in lessons, so that they "
             "achieve as well as they should.")
    action("Update pupil passports for all pupils on the SEND register and make them available to "
           "every teacher through the MIS",
           "SENCo", "31/10/2024",
           "100% of passports updated; staff survey shows passports are used in planning",
           "DHT (Inclusion)", "B")
    action("Train all teaching staff in adaptive teaching strategies, followed by learning walks "
           "focused on pupils with SEND",
           "SENCo; Assistant Head (Teaching & Learning)", "Spring term 2025",
           "Learning walks show adaptations for pupils with SEND in most lessons",
           "DHT (Inclusion)", "A")

    priority("Priority 3: Leaders should improve the attendance of disadvantaged pupils and reduce "
             "the proportion who are persistently absent.")
    action("Appoint a full-time attendance officer and introduce first-day calling for all absences",
           "Business Manager", "By 1 September 2024",
           "Attendance officer in post; first-day calls logged for every absence",
           "Headteacher", "B")
    action("Run weekly attendance panels for disadvantaged pupils below 90% attendance, with family "
           "support plans",
           "Mr T Okoro (Attendance Lead)", "Summer term 2025",
           "Persistent absence of disadvantaged pupils reduced from 31% to below 24%",
           "DHT (Inclusion) / LGB", "A")
    action("Report disadvantaged attendance and persistent absence to governors at every LGB meeting",
           "Headteacher", "Each LGB meeting",
           "Minutes show governors challenging attendance data",
           "Chair of LGB", "G")

    cells = tbl.add_row().cells
    m = cells[0].merge(cells[-1])
    set_cell(m, "Note: dates for staff training are set out in the CPD calendar 2024–25.")

    doc.add_paragraph()
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.rows[0].cells[0], "Headteacher", bold=True)
    set_cell(so.rows[0].cells[1], "Signed: A. Marsh        Date: 25/04/2024")
    set_cell(so.rows[1].cells[0], "Chair of LGB", bold=True)
    set_cell(so.rows[1].cells[1], "Signed: K. Bennett        Date: 25/04/2024")
    doc.save(P("ut-hazelwick-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Thornbury Health Centre – CQC requirement notice action plan (csv, refuse)
# ---------------------------------------------------------------------------
def make_thornbury():
    r12 = "Regulation 12 Safe care and treatment"
    r17 = "Regulation 17 Good governance"
    req1 = ("Ensure that patients prescribed high-risk medicines are monitored in line with "
            "national guidance.")
    req2 = "Ensure that medicines and safety alerts are acted on and that the action taken is recorded."
    req3 = "Ensure that systems are in place to monitor staff training and recruitment checks."
    req4 = "Ensure that complaints are handled and learned from in line with the practice policy."
    n = 8
    rows = [
        ["Thornbury Health Centre – CQC Action Plan (Requirement Notices)"] + [""] * (n - 1),
        ["Inspection 14 January 2025; report published 3 March 2025. Overall rating: Requires "
         "improvement"] + [""] * (n - 1),
        [""] * n,
        ["No.", "Regulation", "Requirement (what CQC told us we must do)", "Action", "Lead",
         "Target date", "Status", "Evidence / update"],
        ["1", r12, req1,
         "Run a search for all patients on DMARDs, lithium and warfarin and recall anyone overdue "
         "for monitoring",
         "Dr A Whitfield (Prescribing Lead)", "28/02/2025", "Complete",
         "Search run 10/02/2025; 37 patients recalled"],
        ["2", r12, req1,
         "Introduce a monthly high-risk drug monitoring search, reviewed at the clinical meeting",
         "Clinical Pharmacist / Practice Manager", "March 2025", "Complete",
         "Standing agenda item from March 2025"],
        ["3", r12, req2,
         "Set up a shared safety alert log with named clinician sign-off for each alert",
         "Practice Manager", "30/04/2025", "Green", "Log in use; audit due July"],
        ["4", r17, req3,
         "Create a training matrix for all staff covering safeguarding, infection control and "
         "basic life support",
         "Deputy Practice Manager", "31/05/2025", "Amber",
         "Matrix built; 4 staff overdue basic life support"],
        ["5", r17, req3,
         "Audit personnel files against Schedule 3 and obtain missing DBS checks and references",
         "HR Lead", "Jun-2025", "Green", "11 of 14 files complete"],
        ["6", r17, req4,
         "Review the complaints policy and log, and share learning at quarterly whole-practice "
         "meetings",
         "Practice Manager; Patient Participation Group Chair", "Setpember 2025", "Not started", ""],
        ["7", r17, req4,
         "Publish a ‘You said, we did’ summary in the waiting room and on the practice website",
         "Patient Services Lead", "October 2025", "Not started", ""],
        [""] * n,
        ["Status key: Complete / Green (on track) / Amber (some delay) / Red (overdue) / Not started"]
        + [""] * (n - 1),
        ["Signed off by: Dr M Hughes, Senior Partner"] + [""] * (n - 1),
    ]
    with open(P("ut-thornbury-health-centre-cqc-requirement-notice-action-plan-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Civil Aviation Authority – Board rolling action log (tab-separated txt)
# ---------------------------------------------------------------------------
def make_caa():
    lines = [
        "Civil Aviation Authority – Board Rolling Action Log",
        "Updated following the Board meeting of 22 October 2025. Actions marked Complete are "
        "proposed for closure and will be removed from the next log.",
        "",
        "\t".join(["Ref", "Date raised", "Minute", "Action", "Owner", "Due date", "Revised due",
                   "RAG", "Update"]),
        "\t".join(["B/25/031", "23/04/2025", "BM/25/04.5",
                   '"Provide a deep dive on general aviation fatal accident trends:\n'
                   '- comparison with EASA member states\n'
                   '- actions arising for the General Aviation Unit"',
                   "Group Director, Safety and Airspace Regulation", "July 2025", "",
                   "Complete", "Presented to the Board on 23 July 2025."]),
        "\t".join(["B/25/034", "23/04/2025", "BM/25/04.7",
                   "Circulate the revised airspace change process timetable to Board members",
                   "RS / PW", "31/05/2025", "", "Complete", "Circulated 28 May 2025."]),
        "\t".join(["B/25/040", "25/06/2025", "BM/25/06.3",
                   "Bring the consumer enforcement strategy for airline refunds to the Board for "
                   "approval",
                   "General Counsel", "Oct-25", "Jan-26", "Amber",
                   "Deferred to January to reflect the outcome of the DfT consultation."]),
        "\t".join(["B/25/043", "25/06/2025", "BM/25/06.6",
                   "Confirm the cyber oversight model for the space regulation function and report "
                   "it to the Audit and Risk Committee",
                   "Chief Information Officer and Director of Space Regulation", "30/09/2025", "",
                   "Red", "Overdue; paper in preparation for the December ARC."]),
        "\t".join(["B/25/047", "23/07/2025", "BM/25/07.4",
                   "Review the actions from the external Board effectiveness evaluation and agree an "
                   "implementation timetable",
                   "Chair / Company Secretary", "Q3 2025/26", "", "Green",
                   "Timetable drafted for Nomination Committee."]),
        "\t".join(["B/25/052", "22/10/2025", "BM/25/10.2",
                   "Provide a one-page summary of attrition in technical regulatory roles, by "
                   "directorate",
                   "Chief People Officer", "Dec 2025", "", "Green", ""]),
        "\t".join(["B/25/053", "22/10/2025", "BM/25/10.5",
                   "Schedule a Board session on the 2026–27 charging scheme consultation before "
                   "publication",
                   "Chief Financial Officer", "TBC", "", "", "Date to be agreed with the Chair."]),
        "",
        "RAG: Complete = action closed; Green = on track; Amber = at risk or revised date; "
        "Red = overdue.",
        "Open actions: 5. Proposed for closure: 2.",
    ]
    with open(P("ut-civil-aviation-authority-board-rolling-action-log.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_cntw()
    make_pch()
    make_beds()
    make_gmp()
    make_hazelwick()
    make_thornbury()
    make_caa()
    print("built 7 files in", HERE)
