"""Generator for the au2- blind cases (plans outside children's services)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0", "grey": "D9D9D9", "hdr": "1F3864"}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(c, key):
    c.fill = PatternFill("solid", start_color=FILL.get(key, key), end_color=FILL.get(key, key))


def hdr(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), 1):
        c = ws.cell(row, i, n)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "hdr")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w


def put(ws, row, vals, datefmt="dd/mm/yyyy"):
    for i, v in enumerate(vals, 1):
        if v is None:
            continue
        c = ws.cell(row, i, v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = datefmt


def section(ws, row, text, ncols):
    ws.cell(row, 1, text).font = Font(bold=True)
    for i in range(1, ncols + 1):
        fill(ws.cell(row, i), "grey")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


# ---------------------------------------------------------------- 1 Forest of Dean audit tracker
def forest_of_dean():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding Actions"
    ws["A1"] = "Forest of Dean District Council – Internal Audit Outstanding Management Actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 31 January 2025 – report to Audit and Governance Committee, 11 March 2025"
    ws["A2"].font = Font(italic=True)
    hdr(ws, 4, ["Ref", "Recommendation", "Priority", "Agreed Management Action", "Responsible Officer",
                "Original Target Date", "Revised Target Date", "RAG", "Progress Update (January 2025)"],
        [8, 40, 9, 45, 24, 13, 13, 6, 50])
    rows = [
        ("sec", "Council Tax and Business Rates 2023/24 (Reasonable Assurance)"),
        ("CT-01", "Discounts and exemptions (e.g. single person discount) should be reviewed on a cyclical basis to confirm continued entitlement.", "Medium",
         "A rolling review of single person discounts will be procured and completed, with a programme of reviews for other discounts agreed with the Revenues Manager.",
         "Revenues & Benefits Manager", D(2024, 10, 31), D(2025, 3, 31), "A",
         "Procurement of the SPD review completed in December 2024; data matching exercise starts February 2025. Revised date agreed with Internal Audit."),
        ("CT-02", "Items held in the suspense account should be cleared within 30 days.", "Low",
         "A weekly suspense account reconciliation will be introduced and signed off by the Team Leader.",
         "Revenues Team Leader", D(2024, 6, 30), None, "B",
         "Weekly reconciliation in place since May 2024 and evidenced to Internal Audit."),
        ("sec", "Procurement and Contract Management 2023/24 (Limited Assurance)"),
        ("PR-01", "The Contracts Register should be complete and published in line with the Local Government Transparency Code.", "High",
         "The Contracts Register will be updated from the finance system and published quarterly on the council website.",
         "Procurement Lead / Head of Finance", D(2024, 9, 30), D(2024, 12, 31), "B",
         "Register published on the website in December 2024. Quarterly publication is now scheduled."),
        ("PR-02", "Waivers of the Contract Procedure Rules should be recorded centrally and reported to the Audit and Governance Committee.", "High",
         "A central waiver log will be created and waivers reported to Committee twice yearly.",
         "Head of Legal Services", D(2024, 12, 31), None, "G",
         "Waiver log created in November 2024. First report to Committee scheduled for March 2025."),
        ("PR-03", "Contract managers should receive training on their contract management responsibilities.", "Medium",
         "Contract management training will be delivered to all named contract managers.",
         "Procurement Lead", D(2025, 3, 31), D(2025, 6, 30), "A",
         "Training provider identified; sessions delayed by Procurement Act 2023 implementation work."),
        ("blank",),
        ("sec", "Health and Safety – Lone Working 2024/25 (Limited Assurance)"),
        ("HS-01", "Lone working risk assessments should be completed and held for all roles that involve lone working.", "High",
         "Service managers will complete lone working risk assessments for all relevant roles and return them to the Health & Safety Advisor.",
         "Corporate Health & Safety Advisor", D(2025, 1, 31), None, "R",
         "14 of 22 risk assessments returned. Outstanding services were chased by CLT on 20 January 2025."),
        ("HS-02", "Lone working devices should be tested regularly and their use monitored.", "Medium",
         "A monthly device usage report will be reviewed by the Health & Safety Advisor and exceptions raised with managers.",
         "Corporate Health & Safety Advisor", D(2025, 2, 28), None, "G",
         "Supplier usage reports now received monthly; first exceptions report issued in January 2025."),
        ("sec", "Waste Contract Payments 2024/25 (Substantial Assurance)"),
        ("WC-01", "Contract variation payments should be authorised in accordance with the Scheme of Delegation.", "Low",
         "The variation authorisation form will be amended to include the delegated officer's signature.",
         "Environmental Services Client Manager", D(2024, 12, 31), None, "B",
         "Form amended and in use from November 2024."),
    ]
    r = 5
    for row in rows:
        if row[0] == "sec":
            section(ws, r, row[1], 9)
        elif row[0] == "blank":
            pass
        else:
            put(ws, r, list(row))
            c = ws.cell(r, 8); fill(c, row[7]); c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for k, t in [("B", "Complete"), ("G", "On track to meet target date"),
                 ("A", "Revised target date agreed"), ("R", "Target date passed / no update received")]:
        c = ws.cell(r, 1, k); fill(c, k); ws.cell(r, 2, t); r += 1
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "au2-forest-of-dean-internal-audit-outstanding-actions.xlsx"))


# ---------------------------------------------------------------- 2 Cheshire Constabulary PEEL (refuse)
def cheshire():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Tracker"
    ws["A1"] = "Cheshire Constabulary – HMICFRS PEEL 2023–25 Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Senior responsible owner: Deputy Chief Constable. Reported to Force Assurance Board, February 2025."
    hdr(ws, 4, ["AFI", "Area for Improvement", "Action No.", "Action", "Action Owner", "Target Date",
                "Progress Update", "RAG"], [7, 40, 9, 45, 24, 12, 50, 10])
    data = [
        ("sec", "Investigating crime"),
        ("afi", "AFI 1", "The force should make sure that investigations are allocated promptly to officers with the right skills and experience.", [
            ("1.1", "Introduce a daily crime allocation review meeting in the Investigations Hub.", "Det Supt Investigations", D(2024, 12, 31),
             "Daily allocation meeting running since October 2024; allocation within 24 hours now at 91%.", "Green"),
            ("1.2", "Map detective skills and accreditation (PIP2) against allocation of serious crime.", "Det Supt Investigations", D(2025, 3, 31),
             "Skills matrix drafted; awaiting HR data on accreditation.", "Amber")]),
        ("sec", "Protecting vulnerable people"),
        ("afi", "AFI 2", "The force should improve how it identifies and records repeat victims of domestic abuse.", [
            ("2.1", "Amend the command and control system to flag repeat domestic abuse victims at the point of call.", "Head of Contact Centre", D(2025, 1, 31),
             "System change tested in December; live from 6 January 2025.", "Complete"),
            ("2.2", "Deliver refresher training on DASH risk assessment to response and neighbourhood officers.", "Ch Insp Public Protection", "Novmeber 2024",
             "Training package agreed with the College of Policing lead; 62% of officers trained.", "Amber")]),
        ("sec", "Managing offenders and suspects"),
        ("afi", "AFI 3", "The force should make sure it manages the risk posed by registered sex offenders effectively, and that visits are carried out on time.", [
            ("3.1", "Recruit four additional Management of Sexual or Violent Offenders (MOSOVO) officers.", "Supt Public Protection", D(2025, 4, 30),
             "Two officers in post; two posts advertised in January 2025.", "Amber"),
            ("3.2", "Introduce monthly performance reporting on overdue home visits to the Public Protection Board.", "Supt Public Protection", D(2024, 11, 30),
             "Monthly report in place since November 2024.", "Complete")]),
        ("sec", "Building, supporting and protecting the workforce"),
        ("afi", "AFI 4", "The force should make sure supervisors have the time and training to hold regular wellbeing conversations.", [
            ("4.1", "Include wellbeing conversations in the first line supervisor development programme.", "Head of Learning and Development", D(2025, 6, 30),
             "Module written; first cohort starts April 2025.", "Green")]),
    ]
    r = 5
    for item in data:
        if item[0] == "sec":
            section(ws, r, item[1], 8); r += 1; continue
        _, afi, text, acts = item
        start = r
        for a in acts:
            put(ws, r, [afi if r == start else None, text if r == start else None] + list(a), datefmt="mmm-yy")
            c = ws.cell(r, 8)
            fill(c, {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B"}[a[5]])
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    wb.save(os.path.join(OUT, "au2-cheshire-constabulary-peel-afi-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Platform Housing RSH consumer standards
def platform():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Platform Housing Group – Consumer Standards Improvement Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = "Approved by the Board following the Regulator of Social Housing inspection. Progress as at Q3 (December 2024)."
    ws.merge_cells("A2:H2")
    hdr(ws, 4, ["Ref", "Finding", "Action", "Lead", "Due date", "Revised date", "Status", "Update"],
        [8, 38, 45, 26, 12, 12, 12, 50])
    ST = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R", "Not started": None}
    data = [
        ("sec", "Safety and Quality Standard"),
        ("grp", "Stock condition data is incomplete for around 18% of homes.", [
            ("SQ1.1", "Complete stock condition surveys for all homes without a survey in the last five years.", "Director of Asset Management",
             D(2025, 3, 31), None, "On track", "6,420 of 8,900 outstanding surveys completed; contractor on programme."),
            ("SQ1.2", "Load validated survey data into the asset management system and report coverage monthly to the Executive.", "Head of Asset Data",
             D(2025, 3, 31), D(2025, 6, 30), "At risk", "Data validation slower than planned; revised date agreed by the Executive in November.")]),
        ("grp", "Remedial actions from fire risk assessments are overdue.", [
            ("SQ2.1", "Clear all high-risk FRA actions that were overdue at 1 April 2024.", "Head of Building Safety",
             D(2024, 9, 30), None, "Complete", "All 143 high-risk actions closed and verified by the Building Safety team."),
            ("SQ2.2", "Introduce weekly reporting of open FRA actions by risk category to the Building Safety Panel.", "Head of Building Safety",
             D(2024, 10, 31), None, "Complete", "Weekly report in place.")]),
        ("sec", "Transparency, Influence and Accountability Standard"),
        ("grp", "Complaints are not consistently handled in line with the Housing Ombudsman's Complaint Handling Code.", [
            ("TIA1.1", "Recruit two additional Complaints Resolution Officers.", "Customer Experience Director",
             D(2024, 10, 1), None, "Complete", "Both officers started in October 2024."),
            ("TIA1.2", "Relaunch stage 1 complaint handling training for all frontline staff.", "Head of Customer Resolution",
             D(2025, 1, 31), D(2025, 3, 31), "Off track", "E-learning module not yet signed off; 30% of staff completed the previous version.")]),
        ("grp", "Tenant satisfaction measures are not reported to tenants in an accessible format.", [
            ("TIA2.1", "Publish TSM results with commentary on the website and in the tenant newsletter.", "Head of Customer Insight",
             "June 2025", None, "Not started", "Due to start once 2024-25 results are validated.")]),
        ("sec", "Neighbourhood and Community Standard"),
        ("grp", "Anti-social behaviour cases are not risk assessed when they are opened.", [
            ("NC1.1", "Adopt a standard ASB risk assessment matrix and build it into the case management system.", "Head of Neighbourhoods",
             D(2024, 12, 31), None, "On track", "Matrix agreed with tenant scrutiny panel; system change in test.")]),
    ]
    r = 5
    for item in data:
        if item[0] == "sec":
            section(ws, r, item[1], 8); r += 1; continue
        _, finding, acts = item
        start = r
        for a in acts:
            put(ws, r, [a[0], finding if r == start else None] + list(a[1:]))
            ws.cell(r, 5).number_format = "dd/mm/yyyy"
            if ST[a[5]]:
                fill(ws.cell(r, 7), ST[a[5]])
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    r += 1
    for t, k in [("Complete", "B"), ("On track", "G"), ("At risk", "A"), ("Off track", "R"), ("Not started", None)]:
        c = ws.cell(r, 1, t)
        if k:
            fill(c, k)
        r += 1
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "au2-platform-housing-rsh-consumer-standards-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, header, rows, fills=None):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


# ---------------------------------------------------------------- 4 Northamptonshire FRS
def northants_frs():
    doc = Document()
    doc.add_heading("Northamptonshire Fire and Rescue Service: HMICFRS Inspection 2023–24 Improvement Action Plan", level=0)
    table(doc, ["Version", "Date", "Author", "Approved by"],
          [["0.3", "14/08/2024", "Strategy and Assurance Manager", "Chief Fire Officer"],
           ["1.0", "09/01/2025", "Strategy and Assurance Manager", "Fire Executive Group"]])
    doc.add_paragraph("")
    doc.add_paragraph("HMICFRS published its third inspection report on the Service in 2024. The report identified areas for "
                      "improvement (AFIs) across the effectiveness, efficiency and people pillars. This plan sets out the actions "
                      "the Service is taking in response and is monitored monthly by the Strategic Leadership Team and reported "
                      "to the Police, Fire and Crime Commissioner's Accountability Board.")
    RAGF = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0"}
    H = ["Ref", "Action", "Lead", "Deadline", "Progress update", "RAG"]

    def afi(pillar, title, rows):
        if pillar:
            doc.add_heading(pillar, level=1)
        doc.add_heading(title, level=2)
        t = table(doc, H, rows)
        for i, row in enumerate(rows, 1):
            shade(t.rows[i].cells[5], RAGF[row[5]])
        doc.add_paragraph("")

    afi("Effectiveness", "AFI 1: The service should make sure it has an effective system for sharing risk information with operational crews.", [
        ["1.1", "Review the Site-Specific Risk Information (SSRI) process and reduce the backlog of overdue premises visits.",
         "Head of Response", "31/03/2025", "Backlog reduced from 212 to 64 premises. Revised SSRI policy approved by SLT in November 2024.", "Green"],
        ["1.2", "Install and test mobile data terminal software updates across all front-line appliances.",
         "ICT Manager / Head of Response", "Sept 2024 – Jan 2025", "All 28 appliances updated and tested. Crews briefed through station bulletins.", "Complete"]])
    afi(None, "AFI 2: The service should make sure it allocates enough resources to a prioritised and risk-based inspection programme.", [
        ["2.1", "Recruit and train four additional Fire Safety Inspectors.", "Group Manager Protection", "Q4 2024/25",
         "Two inspectors appointed in October 2024; two posts re-advertised.", "Amber"],
        ["2.2", "Revise the Risk Based Inspection Programme so that high-risk premises are inspected first.", "Group Manager Protection",
         "December 2024", "Revised programme agreed and in use from 1 December.", "Complete"]])
    afi("Efficiency", "AFI 3: The service should make sure it has effective measures in place to assess its productivity.", [
        ["3.1", "Develop a productivity dashboard for prevention and protection activity.", "Head of Performance and Data", "June 2025",
         "Dashboard build paused while the new data warehouse is commissioned.", "Red"]])
    afi("People", "AFI 4: The service should make sure its values and behaviours are understood and shown by staff at all levels.", [
        ["4.1", "Deliver values and behaviours workshops to all supervisory and middle managers.", "Head of HR", "Ongoing",
         "Eleven workshops delivered; further dates booked for 2025.", "Green"],
        ["4.2", "Introduce a confidential reporting line for staff, with independent case handling.", "Area Manager People",
         "By 31 May 2025", "Provider procurement under way; Representative Bodies consulted.", "Amber"]])
    doc.add_heading("RAG key", level=2)
    t = table(doc, ["Status", "Meaning"], [["Complete", "Action complete and evidenced"], ["Green", "On track"],
                                            ["Amber", "Some slippage, recoverable"], ["Red", "Off track – escalate to SLT"]])
    for i, k in enumerate(["Complete", "Green", "Amber", "Red"], 1):
        shade(t.rows[i].cells[0], RAGF[k])
    doc.save(os.path.join(OUT, "au2-northamptonshire-frs-hmicfrs-afi-action-plan.docx"))


# ---------------------------------------------------------------- 5 North Somerset ASC CQC
def north_somerset():
    doc = Document()
    doc.add_heading("North Somerset Council Adult Social Care: CQC Local Authority Assessment Improvement Plan", level=0)
    doc.add_paragraph("The Care Quality Commission assessed how North Somerset Council meets its duties under Part 1 of the "
                      "Care Act 2014. This plan responds to the areas for improvement in the assessment report and is reviewed "
                      "by the Adult Social Care Leadership Team each month.")
    H = ["Ref", "What CQC told us", "What we will do", "Lead", "Timescale", "RAG"]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(H):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True; shade(t.rows[0].cells[i], "BDD7EE")
    F = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "00B0F0"}

    def theme(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); m.text = text; m.paragraphs[0].runs[0].bold = True; shade(m, "E7E6E6")

    def finding(text, acts):
        first = None
        for a in acts:
            cells = t.add_row().cells
            cells[0].text = a[0]
            if first is None:
                cells[1].text = text; first = cells[1]
            else:
                first = first.merge(cells[1])
            for i, v in enumerate(a[1:], 2):
                cells[i].text = v
            if a[4] in F:
                shade(cells[5], F[a[4]])

    theme("Theme 1: Working with people")
    finding("People waited too long for a Care Act assessment.", [
        ("1.1", "Introduce a waiting list triage and review process so that everyone waiting is contacted at least every eight weeks.",
         "Head of Assessment and Care Management", "March 2025", "G"),
        ("1.2", "Commission additional assessment capacity through a time-limited agency team.",
         "Director of Adult Social Services", "Oct 24 – Jan 25", "Complete")])
    finding("Unpaid carers were not always offered a carer's assessment.", [
        ("1.3", "Refresh the carers' pathway with the Carers' Centre and record every offer of a carer's assessment.",
         "Carers Lead / Commissioning Manager", "Ongoing", "A")])
    theme("Theme 2: Providing support")
    finding("There was limited choice of home care in rural areas.", [
        ("2.1", "Retender the home care framework with incentives for rural zones.", "Head of Commissioning", "31/07/2025", "A")])
    theme("Theme 3: How the local authority ensures safety within the system")
    finding("Transitions from children's to adult services were not always well planned.", [
        ("3.1", "Establish a Preparing for Adulthood panel that considers young people from age 14.", "Principal Social Worker", "Sept 2024", "Complete")])
    theme("Theme 4: Leadership")
    finding("Staff did not always feel that performance information was used to improve practice.", [
        ("4.1", "Launch a monthly practice and performance forum open to all practitioners.", "Principal Social Worker", "April 2025", "G"),
        ("4.2", "Publish a quarterly 'You said, we did' summary for staff.", "Assistant Director Quality and Performance", "Quarterly", "")])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: G – on track; A – some slippage; R – off track; Complete – action completed. "
                      "Blank – not yet started.")
    doc.save(os.path.join(OUT, "au2-north-somerset-asc-cqc-assessment-improvement-plan.docx"))


# ---------------------------------------------------------------- 6 Test Valley CSP DHR csv
def test_valley():
    H = ["Recommendation", "Scope (local / regional / national)", "Action No.", "Action to take", "Lead Agency",
         "Key milestones achieved", "Target date", "Status"]
    n = len(H)
    pad = lambda *v: list(v) + [""] * (n - len(v))
    R1 = "Recommendation 1: All agencies to ensure that practitioners routinely ask about domestic abuse when a client discloses relationship difficulties."
    R2 = "Recommendation 2: Hampshire and Isle of Wight Constabulary to review how repeat reports of stalking are linked and risk assessed."
    R3 = "Recommendation 3: The Community Safety Partnership to raise awareness of domestic abuse support services in rural communities."
    R4 = "Recommendation 4: The Home Office to consider the learning from this review on stalking by former partners."
    rows = [
        pad("Test Valley Community Safety Partnership"),
        pad("Domestic Homicide Review 'Sarah' – Action Plan (updated January 2025)"),
        pad(),
        H,
        [R1, "Local", "1.1", "Deliver refreshed 'Ask and Act' training to frontline staff across partner agencies.", "Test Valley Borough Council",
         "Three sessions delivered September to November 2024; 64 staff trained.", "30/11/2024", "Complete"],
        ["", "", "1.2", "Audit a sample of case records to test whether routine enquiry about domestic abuse is recorded.",
         "Hampshire and Isle of Wight ICB", "Audit tool agreed by the DHR panel.", "31/03/2025", "On track"],
        [R2, "Regional", "2.1", "Issue a briefing to all response officers on recognising stalking behaviours and completing the DASH risk assessment.",
         "Hampshire and Isle of Wight Constabulary", "Briefing issued force-wide.", "Dec-24", "Complete"],
        ["", "", "2.2", "Dip-sample stalking incidents each quarter and report the findings to the CSP.",
         "Hampshire and Isle of Wight Constabulary", "First dip sample reported to the CSP in January 2025.", "Quarterly", "On track"],
        [R3, "Local", "3.1", "Run a rural awareness campaign with parish councils, GP surgeries and village shops.",
         "Test Valley CSP / Stop Domestic Abuse", "", "May 2025", "Not started"],
        ["", "", "3.2", "Include information on domestic abuse services in the council's rural newsletter.", "Test Valley Borough Council",
         "Article drafted; publication moved to the March edition.", "31/01/2025", "Amber"],
        [R4, "National", "4.1", "Write to the Home Office sharing the learning from this review about stalking by former partners.",
         "CSP Chair", "Letter sent 14 February 2025.", "28/02/2025", "Complete"],
        pad(),
        pad("Status key: Complete / On track / Amber – some slippage / Red – not progressing / Not started"),
    ]
    with open(os.path.join(OUT, "au2-test-valley-csp-dhr-sarah-action-plan.csv"), "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Oldham public health peer challenge txt
def oldham():
    H = ["Theme", "Ref", "Recommendation", "Action", "Lead", "Due", "Status", "Comment"]
    T1, T2, T3 = "1. Leadership and place", "2. Health inequalities", "3. Workforce and capacity"
    RA = "Refresh the Health and Wellbeing Strategy with partners so that shared priorities are clear."
    RB = "Strengthen the influence of public health across all council directorates."
    RC = "Use the JSNA more consistently to target resources at the most deprived neighbourhoods."
    RD = "Develop a workforce plan for the public health team, including succession planning."
    rows = [
        [T1, "1.1", RA, "Hold a partnership workshop to agree three shared health and wellbeing priorities.", "DPH", "30/09/2024", "Complete",
         "Workshop held 17 September 2024 with 34 partners; priorities agreed."],
        [T1, "1.2", RA, "Publish the refreshed Health and Wellbeing Strategy following Health and Wellbeing Board sign-off.",
         "DPH / Health and Wellbeing Board Manager", "31/03/2025", "Green", "Draft strategy to the Board on 20 March 2025."],
        [T1, "1.3", RB, "Introduce a 'health in all policies' checklist for Cabinet reports.", "KS", "Q4 2024/25", "Amber",
         "Checklist drafted; awaiting agreement from Democratic Services on the report template."],
        [T2, "2.1", RC, "Produce ward-level inequality profiles for each district partnership.", "AB, KS", "Dec-24", "Complete",
         "Profiles published on the Oldham Insight site."],
        [T2, "2.2", RC, "Align the public health grant prioritisation process with the JSNA findings.", "Head of Public Health Commissioning",
         "Q1 2025/26", "Not started", "To follow the 2025/26 grant allocation."],
        [T3, "3.1", RD, "Complete a skills audit of the public health team.", "DPH", "Ongoing", "Amber",
         "Audit tool issued; 60% of returns received."],
        [T3, "3.2", RD, "Create a registrar and apprenticeship pathway with the local university.", "Public Health Training Lead", "September 2025",
         "Green", "Initial meeting with the university held in January."],
    ]
    lines = ["Oldham Council - Public Health LGA Peer Challenge 2024",
             "Action Plan - progress at 31 January 2025", "", "\t".join(H)]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "Status: Complete / Green = on track / Amber = at risk / Red = off track / Not started"]
    with open(os.path.join(OUT, "au2-oldham-public-health-peer-challenge-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    forest_of_dean(); cheshire(); platform(); northants_frs(); north_somerset(); test_valley(); oldham()
