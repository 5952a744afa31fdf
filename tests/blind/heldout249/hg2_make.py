"""Build the seven hg2- data files of set heldout249.

Run with /work/main/.venv/bin/python hg2_make.py (python-docx, openpyxl).
Files are written next to this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, fill=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    if fill:
        shade(cell, fill)


BLUE, GREEN, AMBER, RED = "4F81BD", "00B050", "FFC000", "FF0000"
HEAD = "D9E2F3"


# --------------------------------------------------------------------------
# 1. Bracknell Forest ASC CQC assessment improvement plan (docx)
# --------------------------------------------------------------------------
def bracknell():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Bracknell Forest Council – People Directorate")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    doc.add_heading("Adult Social Care Improvement Plan 2025–26", level=0)
    doc.add_paragraph(
        "Our response to the areas for improvement identified in the Care Quality "
        "Commission (CQC) local authority assessment of adult social care."
    )

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "1.3"),
        ("Plan owner", "Executive Director: People"),
        ("Approved by", "Adult Social Care Improvement Board"),
        ("Date of last update", "14 November 2025"),
        ("Next review", "February 2026"),
    ]):
        set_cell(dc.cell(i, 0), k, bold=True, fill=HEAD)
        set_cell(dc.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, fill, v) in enumerate([
        ("Complete", BLUE, "Action delivered and impact being monitored"),
        ("Green", GREEN, "On track to deliver by the target date"),
        ("Amber", AMBER, "Some slippage – remedial action in place"),
        ("Red", RED, "Off track – escalated to the Improvement Board"),
    ]):
        set_cell(key.cell(i, 0), k, bold=True, fill=fill)
        set_cell(key.cell(i, 1), v)

    cols = ["Ref", "CQC area for improvement", "Action", "Lead", "Target date",
            "RAG", "Progress update (November 2025)"]

    themes = [
        ("Theme 1: Working with people", [
            ("1.1", 0,
             "People waited too long for Care Act assessments and were not always kept informed while they were waiting.",
             "Introduce a waiting list triage and “keeping in touch” protocol so that everyone waiting for an assessment is contacted at least every six weeks.",
             "Head of Adult Social Care Operations", "31/03/2025", ("Complete", BLUE),
             "Protocol in place since February 2025; 98% of people waiting were contacted within six weeks in Q2."),
            ("1.2", 1, None,
             "Reduce the number of people waiting more than 28 days for a Care Act assessment by 50% against the September 2024 baseline.",
             "Head of Adult Social Care Operations", "March 2026", ("Green", GREEN),
             "Number waiting more than 28 days down 44% at the end of October."),
            ("1.3", 0,
             "Carers’ assessments were not consistently offered and carers told CQC they did not feel recognised.",
             "Relaunch the carers’ assessment offer with Signal4Carers, including a self-assessment option through the online portal.",
             "Commissioning Manager (Carers) / Signal4Carers", "Q3 2025/26", ("Amber", AMBER),
             "Online self-assessment delayed by the portal upgrade; go-live now expected January 2026."),
        ]),
        ("Theme 2: Providing support", [
            ("2.1", 0,
             "The local authority had a limited understanding of unmet need in the care market, particularly for people living with complex dementia.",
             "Complete a refreshed Market Position Statement, including a dementia nursing capacity analysis, co-produced with providers.",
             "Assistant Director: Commissioning", "June 2025", ("Complete", BLUE),
             "Published July 2025 following the provider forum."),
            ("2.2", 0,
             "Transitions for young people moving to adult services were not always planned early enough.",
             "Establish a joint Preparing for Adulthood panel with Children’s Social Care that reviews every young person from age 14.",
             "Head of Learning Disability Services; Head of Children’s Disability Service", "31 January 2026", ("", GREEN),
             "Terms of reference agreed; first panel held 9 October 2025."),
            ("2.3", 1, None,
             "Audit 20 transition cases each quarter and report the findings to the Quality Assurance Board.",
             "Principal Social Worker", "Quarterly", ("Green", GREEN),
             "Q2 audit completed; themes reported in October 2025."),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("3.1", 0,
             "Safeguarding enquiries were not always completed in a timely way and outcomes were not consistently recorded.",
             "Implement a Section 42 enquiry timeliness dashboard and a weekly oversight meeting chaired by the Head of Safeguarding.",
             "Head of Safeguarding and Quality Assurance", "30/04/2025", ("Complete", BLUE),
             "Dashboard live; weekly oversight meeting embedded."),
            ("3.2", 1, None,
             "Refresh the Making Safeguarding Personal recording template in LAS so that desired outcomes are captured at the start and end of every enquiry.",
             "Principal Social Worker / Systems Lead (LAS)", "Dec 2025", ("Red", RED),
             "Template change held in the LAS release queue; escalated to the Improvement Board on 6 November 2025."),
        ]),
        ("Theme 4: Leadership", [
            ("4.1", 0,
             "Staff did not always feel that their views informed strategic decisions, and learning from complaints was not consistently shared.",
             "Hold quarterly ‘Ask the Executive Director’ staff sessions and publish a ‘You said, we did’ summary after each one.",
             "Executive Director: People", "Ongoing", ("Green", GREEN),
             "Sessions held in May and September 2025."),
            ("4.2", 1, None,
             "Introduce a quarterly complaints and compliments learning report to the Adult Social Care Leadership Team.",
             "Customer Relations Manager", "March 2025", ("Complete", BLUE),
             "First report presented in March 2025."),
        ]),
    ]

    for theme, rows in themes:
        doc.add_paragraph()
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        for j, c in enumerate(cols):
            set_cell(t.cell(0, j), c, bold=True, fill=HEAD)
        start = None
        for i, (ref, cont, afi, action, lead, date, (rag, fill), upd) in enumerate(rows, start=1):
            set_cell(t.cell(i, 0), ref)
            if not cont:
                start = i
                set_cell(t.cell(i, 1), afi)
            set_cell(t.cell(i, 2), action)
            set_cell(t.cell(i, 3), lead)
            set_cell(t.cell(i, 4), date)
            set_cell(t.cell(i, 5), rag, bold=True, fill=fill)
            set_cell(t.cell(i, 6), upd)
        # vertical merges of the area-for-improvement column
        i = 1
        while i <= len(rows):
            j = i
            while j + 1 <= len(rows) and rows[j][1] == 1:
                j += 1
            if j > i:
                top = t.cell(i, 1)
                txt = top.text
                merged = top.merge(t.cell(j, 1))
                set_cell(merged, txt)
            i = j + 1

    doc.add_paragraph()
    doc.add_paragraph(
        "Notes: Progress against this plan is reported monthly to the Adult Social Care "
        "Improvement Board and quarterly to the Executive. Target dates are only changed "
        "with the agreement of the Board."
    )
    doc.save(out("hg2-bracknell-forest-council-asc-cqc-assessment-improvement-plan.docx"))


# --------------------------------------------------------------------------
# 2. Mole Valley DC internal audit recommendations tracker (csv)
# --------------------------------------------------------------------------
def mole_valley():
    header = ["Audit", "Audit Year", "Assurance", "Ref", "Priority", "Recommendation",
              "Agreed Management Action", "Action Owner", "Original Due Date",
              "Revised Due Date", "Status", "Latest Update"]
    n = len(header)

    def pad(row):
        return row + [""] * (n - len(row))

    rows = [
        pad(["Mole Valley District Council - Internal Audit Outstanding Agreed Management Actions"]),
        pad(["Position as at 31 October 2025 - Audit Committee 25 November 2025"]),
        pad([]),
        header,
        ["Procurement and Contract Management", "2024/25", "Limited", "PCM1", "High",
         "The Council should maintain a complete and up-to-date contracts register, published in line with the Local Government Transparency Code.",
         "Contracts register to be rebuilt from the finance system and published quarterly on the Council's website.",
         "Procurement Manager", "31/03/2025", "30/09/2025", "Complete",
         "Register published in September 2025; quarterly publication now scheduled."],
        ["Procurement and Contract Management", "2024/25", "Limited", "PCM2", "High",
         "Waivers of Contract Standing Orders should be approved in line with the Constitution and reported to Audit Committee.",
         "1. Waiver form to be updated to require Monitoring Officer sign-off.\n2. Waivers to be reported six-monthly to Audit Committee.",
         "Head of Legal and Governance", "31/01/2026", "", "Green",
         "Revised waiver form in use. First report to Audit Committee scheduled for January 2026."],
        ["Business Continuity", "2024/25", "Reasonable", "BC1", "Medium",
         "Service business continuity plans should be reviewed annually and tested.",
         "All service business continuity plans to be reviewed and a desktop exercise held with Emergency Planning.",
         "Emergency Planning Officer; Heads of Service", "31/12/2025", "", "Amber",
         "11 of 16 plans reviewed; desktop exercise moved to December."],
        ["Car Parking Income", "2024/25", "Reasonable", "CPI2", "Medium",
         "Cash collected from pay and display machines should be reconciled to machine audit tickets.",
         "Weekly reconciliation of cash collections to machine audit data to be introduced and signed off by the Parking Services Manager.",
         "Parking Services Manager", "31/05/2025", "31/08/2025", "Red",
         "Not yet in place - new back-office software for the machines is awaiting configuration."],
        ["Cyber Security", "2025/26", "Limited", "CYB1", "High",
         "Multi-factor authentication should be enforced for all remote access and privileged accounts.",
         "Enforce multi-factor authentication on all remote and privileged accounts.",
         "Head of ICT / ICT Infrastructure Manager", "30/09/2025", "", "Complete",
         "MFA enforced across all accounts from 22 September 2025; verified by Internal Audit."],
        ["Cyber Security", "2025/26", "Limited", "CYB2", "Medium",
         "Leavers' network accounts should be disabled on their last working day.",
         "HR to send automated leaver notifications to ICT, with a monthly check of active accounts against the payroll leavers list.",
         "HR Manager; ICT Service Desk Manager", "31/12/2025", "", "Not started", ""],
        ["Payroll", "2023/24", "Reasonable", "PAY3", "Low",
         "Overtime claims should be authorised by the budget holder before payment.",
         "Reminder to be issued to managers, and Payroll to reject claims that have not been authorised.",
         "Payroll Manager", "31/03/2024", "31/12/2025", "Amber",
         "Reminder issued; a spot check in October found two unauthorised claims."],
        ["Section 106 Agreements", "2024/25", "Limited", "S106-1", "High",
         "A complete record of Section 106 obligations and trigger points should be maintained and monitored.",
         "Implement the S106 monitoring module in Uniform and load all live agreements.",
         "Planning Policy Manager", "31/03/2026", "", "Green",
         "Module procured; data load 60% complete."],
        pad([]),
        pad(["Summary by status"]),
        pad(["Complete", "2"]),
        pad(["Green", "2"]),
        pad(["Amber", "2"]),
        pad(["Red", "1"]),
        pad(["Not started", "1"]),
        pad(["Total", "8"]),
        pad([]),
        pad(["Key: Complete = implemented and verified by Internal Audit; Green = on track to meet the due date; Amber = at risk of missing the due date; Red = overdue"]),
    ]
    with open(out("hg2-mole-valley-dc-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# --------------------------------------------------------------------------
# 3. Orkney Islands Council annual audit report action plan (docx)
# --------------------------------------------------------------------------
def orkney():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    doc.add_paragraph("Item: 6").runs[0].bold = True
    doc.add_paragraph("Monitoring and Audit Committee: 12 June 2025.").runs[0].bold = True
    doc.add_heading("Annual Audit Report 2023/24 – Action Plan Progress", level=1)
    doc.add_paragraph("Report by Head of Finance.").runs[0].bold = True
    doc.add_paragraph(
        "1. Purpose of Report"
    ).runs[0].bold = True
    doc.add_paragraph(
        "1.1. To advise Members of progress in implementing the agreed management actions "
        "arising from the external auditor’s Annual Audit Report 2023/24, and the "
        "recommendations brought forward from previous years."
    )
    doc.add_paragraph(
        "1.2. The position is as at 31 May 2025. Status is reported using the key below."
    )

    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    set_cell(key.cell(0, 0), "Status", bold=True, fill=HEAD)
    set_cell(key.cell(0, 1), "Meaning", bold=True, fill=HEAD)
    for i, (k, fill, v) in enumerate([
        ("Complete", BLUE, "Action fully implemented."),
        ("On track", GREEN, "Action progressing to the agreed date."),
        ("Delayed", AMBER, "Agreed date missed or at risk."),
        ("Not progressing", RED, "No progress – escalated to the Corporate Leadership Team."),
    ], start=1):
        set_cell(key.cell(i, 0), k, bold=True, fill=fill)
        set_cell(key.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph(
        "Table 1 – Progress against the 2023/24 annual audit report action plan"
    ).runs[0].italic = True

    cols = ["No.", "Recommendation", "Agreed management action", "Responsible officer",
            "Agreed date", "Progress at May 2025", "Status"]
    fills = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Not progressing": RED}
    body = [
        ("banner", "Financial management"),
        ("row", "1", "The council should ensure that the capital programme is re-profiled during the year so that budgets reflect realistic delivery timescales. Slippage was £14.2 million (38%) in 2023/24.",
         "Capital project managers will submit quarterly re-profiled spend forecasts, and the Capital Programme Board will approve revised profiles before each quarterly monitoring report.",
         "Head of Finance", "30 September 2024",
         "Capital Programme Board approved revised profiles for Q1 and Q2 2024/25. Quarterly process now embedded.",
         "Complete"),
        ("row", "2a", "Reconciliations between the general ledger and the payroll system should be completed monthly and reviewed by an independent officer.",
         "Payroll control account reconciliations to be completed monthly and evidenced with preparer and reviewer sign-off.",
         "Payroll and HR Systems Manager", "31 December 2024",
         "Reconciliations completed monthly from October 2024.", "Complete"),
        ("cont", "2b", None,
         "Internal Audit to test a sample of reconciliations as part of the 2025/26 key controls review.",
         "Chief Internal Auditor", "March 2026",
         "Included in the 2025/26 internal audit plan.", "On track"),
        ("banner", "Financial sustainability"),
        ("row", "3", "The council should update its medium-term financial plan to show how the cumulative budget gap of £32.6 million to 2028/29 will be closed, including the planned use of reserves.",
         "Refresh the Medium Term Financial Plan, with savings and income options to close the gap, for approval by the Policy and Resources Committee.",
         "Head of Finance; Corporate Director for Strategy, Performance and Business Solutions",
         "28 February 2025",
         "Savings options being developed with service leads; Member workshops held.",
         "Delayed"),
        ("row", "4", "Members should receive regular reports on progress against the transformation programme, including savings delivered against target.",
         "Introduce six-monthly transformation programme progress reports to the Policy and Resources Committee.",
         "Chief Executive", "November 2024",
         "First report presented in November 2024; second report due in June 2025.",
         "On track"),
        ("banner", "Vision, leadership and governance"),
        ("row", "5", "The council should review the effectiveness of the Orkney Partnership Board in line with the Accounts Commission’s Best Value findings.",
         "Commission a facilitated self-assessment of partnership governance and report the outcomes to the Orkney Partnership Board.",
         "Corporate Director for Strategy, Performance and Business Solutions", "June 2025",
         "Self-assessment workshop held on 20 May 2025; report being drafted.", "On track"),
        ("banner", "Prior year recommendations (b/f)"),
        ("row", "b/f 1", "Fixed asset register: the council should complete a full review of asset lives and componentisation for its harbour assets.",
         "Complete a valuation and componentisation review of harbour infrastructure with the external valuer.",
         "Head of Finance / Executive Director of Harbours", "31 March 2025",
         "Valuer appointed; fieldwork on the Scapa Flow piers delayed by weather.", "Delayed"),
        ("row", "b/f 2", "The council should publish its Best Value self-assessment and improvement actions on its website.",
         "Publish the annual Best Value self-assessment alongside the Council Delivery Plan.",
         "Head of Improvement and Performance", "31 October 2024",
         "Not yet published.", "Not progressing"),
    ]
    t = doc.add_table(rows=1 + len(body), cols=len(cols))
    t.style = "Table Grid"
    for j, c in enumerate(cols):
        set_cell(t.cell(0, j), c, bold=True, fill=HEAD)
    merge_from = None
    for i, item in enumerate(body, start=1):
        if item[0] == "banner":
            m = t.cell(i, 0).merge(t.cell(i, len(cols) - 1))
            set_cell(m, item[1], bold=True, fill="BFBFBF")
            continue
        kind, no, rec, act, off, date, prog, status = item
        set_cell(t.cell(i, 0), no)
        if kind == "row":
            set_cell(t.cell(i, 1), rec)
            merge_from = i
        else:
            txt = t.cell(merge_from, 1).text
            m = t.cell(merge_from, 1).merge(t.cell(i, 1))
            set_cell(m, txt)
        set_cell(t.cell(i, 2), act)
        set_cell(t.cell(i, 3), off)
        set_cell(t.cell(i, 4), date)
        set_cell(t.cell(i, 5), prog)
        set_cell(t.cell(i, 6), status, bold=True, fill=fills[status])

    doc.add_paragraph()
    doc.add_paragraph(
        "Source: Audit Scotland, Orkney Islands Council 2023/24 Annual Audit Report, "
        "Appendix 1 (action plan) and follow-up of prior year recommendations."
    )
    doc.save(out("hg2-orkney-islands-council-annual-audit-report-action-plan.docx"))


# --------------------------------------------------------------------------
# xlsx helpers
# --------------------------------------------------------------------------
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
XFILL = {
    "B": "4F81BD", "G": "00B050", "A": "FFC000", "R": "FF0000",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


WRAP = Alignment(wrap_text=True, vertical="top")


# --------------------------------------------------------------------------
# 4. Slough BC RSH consumer standards housing improvement plan (xlsx)
# --------------------------------------------------------------------------
def slough():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Slough Borough Council"
    cov["A1"].font = Font(size=12, color="595959")
    cov["A2"] = "Housing Service Improvement Plan – Consumer Standards"
    cov["A2"].font = Font(size=16, bold=True)
    cov["A3"] = "Response to the Regulator of Social Housing regulatory judgement (C3) published 25 June 2025"
    cov["A5"] = "Version control"
    cov["A5"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Changes"),
          ("0.4", dt.datetime(2025, 8, 15), "Head of Housing Management", "Draft shared with RSH"),
          ("1.0", dt.datetime(2025, 9, 1), "Housing Improvement Programme Manager", "Agreed with RSH; approved by Cabinet"),
          ("1.3", dt.datetime(2025, 11, 7), "Housing Improvement Programme Manager", "October 2025 progress update")]
    for i, row in enumerate(vc, start=6):
        for j, v in enumerate(row, start=1):
            c = cov.cell(i, j, v)
            c.border = BORDER
            if i == 6:
                c.font = Font(bold=True)
                c.fill = fill("D9E2F3")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    for i, (k, col, v) in enumerate([
        ("B", "B", "Complete – action delivered and evidenced"),
        ("G", "G", "On track"),
        ("A", "A", "At risk / minor slippage"),
        ("R", "R", "Off track / overdue – escalated to Housing Improvement Board"),
    ], start=12):
        c = cov.cell(i, 1, k)
        c.fill = fill(XFILL[col])
        c.alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Improvement Plan")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Housing Service Improvement Plan – Consumer Standards"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Progress position at 31 October 2025 – reported to the Resident Board and the Regulator of Social Housing"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Regulatory finding", "Action", "Action owner", "Original target",
           "Revised target", "Previous RAG (Sept)", "Current RAG (Oct)",
           "Progress commentary", "Evidence"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER

    D = dt.datetime
    plan = [
        ("banner", "Standard 1: Transparency, Influence and Accountability Standard"),
        ("TIA1.1", "Slough BC’s sole mechanism for tenant engagement is the Resident Board, and there is limited evidence of tenants’ views influencing decisions.",
         "Co-design a Tenant Engagement Strategy and menu of involvement options with tenants, for approval by Cabinet.",
         "Tenant Engagement Manager", D(2025, 12, 1), None, "G", "G",
         "Four co-design workshops held with 62 tenants; draft strategy goes to Cabinet in December.", ""),
        ("TIA1.2", None,
         "Publish a quarterly ‘You said, we did’ report to tenants showing how their feedback has changed services.",
         "Head of Housing Management", D(2025, 9, 1), D(2025, 11, 1), "A", "A",
         "First edition delayed to align with the Tenant Satisfaction Measures results; now going to print in November.", ""),
        ("TIA1.3", "Complaints are not responded to within the Housing Ombudsman Complaint Handling Code timescales, and there is no evidence of learning from complaints.",
         "Create a dedicated housing complaints team and recover performance to 95% of stage 1 responses within 10 working days.",
         "Customer Services Manager / Head of Housing Management", D(2025, 10, 1), D(2026, 1, 1), "R", "A",
         "Team recruited (4 FTE) from 1 October; stage 1 performance at 81% in October.", ""),
        ("TIA1.4", None,
         "Introduce a monthly complaints learning panel with tenant representatives and report themes to the Resident Board.",
         "Housing Improvement Programme Manager", D(2025, 7, 1), None, "G", "B",
         "Panel meeting monthly since July 2025.", "Panel terms of reference; minutes"),
        ("banner", "Standard 2: Tenancy Standard"),
        ("TEN2.1", "Slough BC could not demonstrate that it allocates homes in a fair and transparent way, and recent evidence of serious tenancy fraud was found.",
         "Commission an independent review of all lettings made since April 2024 against the Allocations Policy, with findings reported to the Audit and Corporate Governance Committee.",
         "Executive Director – Regeneration, Housing & Environment", D(2025, 10, 1), D(2025, 12, 1), "A", "G",
         "Review under way; 412 of 560 lettings checked.", ""),
        ("TEN2.2", None,
         "Introduce a two-stage verification check before every offer, including identity and residency checks with the Counter Fraud team.",
         "Allocations Manager", D(2025, 8, 1), None, "G", "B",
         "Checklist in use for all offers since 4 August 2025.", "Verification checklist; sample audit"),
        ("TEN2.3", "Tenants on fixed-term tenancies receive limited information about the expiry of their tenancy, the council’s approach to vulnerability, or how to appeal.",
         "Write to all fixed-term tenants with a clear tenancy review and appeals guide, and update the Tenancy Policy.",
         "Tenancy Services Manager", "Q4 2025/26", None, "A", "A",
         "Tenancy Policy review out for consultation until 19 December.", ""),
        ("banner", "Standard 3: Safety and Quality Standard"),
        ("SQ3.1", "Hundreds of electrical installation condition reports (EICRs) and fire risk assessments were overdue.",
         "Deliver a recovery programme to complete all overdue EICRs in tenanted homes.",
         "Head of Building Safety and Compliance", D(2025, 9, 1), D(2025, 12, 1), "R", "R",
         "318 EICRs remain overdue; access issues at 94 properties referred for legal action.", ""),
        ("SQ3.2", None,
         "Complete all overdue fire risk assessments for blocks and communal areas, prioritising high-rise buildings.",
         "Head of Building Safety and Compliance; Fire Safety Manager", D(2025, 8, 1), None, "G", "B",
         "All 146 overdue FRAs completed by 29 August 2025.", "FRA register"),
        ("banner", "Standard 4: Neighbourhood and Community Standard"),
        ("NC4.1", "There is limited engagement with tenants about building safety in their homes and blocks.",
         "Hold building safety engagement sessions in every high-rise block and publish block-specific safety information.",
         "Building Safety Engagement Officer", "Ongoing", None, "G", "G",
         "Sessions held in 6 of 11 blocks.", ""),
    ]
    r = 5
    merge_start = None
    for item in plan:
        if item[0] == "banner":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2F5496")
            r += 1
            merge_start = None
            continue
        ref, finding, action, owner, orig, rev, prev, cur, prog, ev = item
        vals = [ref, finding, action, owner, orig, rev, prev, cur, prog, ev]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j)
            if v is not None and not (j == 2 and finding is None):
                c.value = v
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        for j in (7, 8):
            c = ws.cell(r, j)
            c.fill = fill(XFILL[c.value])
            c.alignment = Alignment(horizontal="center", vertical="top")
            c.font = Font(bold=True)
        if finding is None:
            # continuation: merge the finding cell with the one above
            ws.merge_cells(start_row=merge_start, start_column=2, end_row=r, end_column=2)
        else:
            merge_start = r
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Previous RAG is the position reported to the Resident Board in September 2025. "
                  "Targets revised with the agreement of the RSH are shown in the Revised target column.")
    ws.cell(r + 1, 1, "Total actions: 10  |  Complete: 3  |  Green: 3  |  Amber: 3  |  Red: 1")
    widths = [9, 40, 48, 28, 11, 11, 10, 10, 42, 22]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(4, j).column_letter].width = w
    ws.freeze_panes = "C5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by consumer standard – October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    srows = [("Standard", "Actions", "B", "G", "A", "R"),
             ("Transparency, Influence and Accountability", 4, 1, 1, 2, 0),
             ("Tenancy", 3, 1, 1, 1, 0),
             ("Safety and Quality", 2, 1, 0, 0, 1),
             ("Neighbourhood and Community", 1, 0, 1, 0, 0),
             ("Total", 10, 3, 3, 3, 1)]
    for i, row in enumerate(srows, start=3):
        for j, v in enumerate(row, start=1):
            c = sm.cell(i, j, v)
            c.border = BORDER
            if i == 3 or row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 44
    wb.save(out("hg2-slough-borough-council-rsh-consumer-standards-housing-improvement-plan.xlsx"))


# --------------------------------------------------------------------------
# 5. Warwickshire FRS HMICFRS AFI improvement plan (xlsx)
# --------------------------------------------------------------------------
def warwickshire():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Warwickshire Fire and Rescue Service – HMICFRS Areas for Improvement Action Plan"
    cov["A1"].font = Font(size=14, bold=True, color="C00000")
    cov["A2"] = "Effectiveness, efficiency and people inspection 2023–25 (report published 13 September 2023)"
    cov["A4"] = "Plan owner:"
    cov["B4"] = "Chief Fire Officer"
    cov["A5"] = "Governance:"
    cov["B5"] = "WFRS Improvement Board (monthly); Fire and Rescue Overview and Scrutiny Committee (quarterly)"
    cov["A6"] = "Last updated:"
    cov["B6"] = dt.datetime(2024, 6, 28)
    cov["B6"].number_format = "dd mmmm yyyy"
    cov["A8"] = "Status key"
    cov["A8"].font = Font(bold=True)
    for i, (k, col, v) in enumerate([
        ("Complete", "4F81BD", "Action delivered and evidence accepted by the Improvement Board"),
        ("On Track", "00B050", "Progressing to the target date"),
        ("At Risk", "FFC000", "Target date at risk – mitigation in place"),
        ("Off Track", "FF0000", "Target date will be missed – escalated"),
        ("Not started", "FFFFFF", "Work not yet due to start"),
    ], start=9):
        c = cov.cell(i, 1, k)
        c.fill = fill(col)
        c.border = BORDER
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("AFI Action Plan")
    hdr = ["Area", "Area for improvement", "Action ref", "Action", "Action owner",
           "Target date", "Status (Mar 2024)", "Status (Jun 2024)", "Update / evidence"]
    ncol = len(hdr)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Areas for Improvement – action plan and progress (June 2024 update)"
    ws["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    D = dt.datetime
    SF = {"Complete": "4F81BD", "On Track": "00B050", "At Risk": "FFC000", "Off Track": "FF0000"}
    # (area, afi, afi_text, ref, action, owner, date, prev, cur, update)
    rows = [
        ("Understanding the risk of fire and other emergencies", "AFI 1",
         "The service should make sure its firefighters have good access to relevant and up-to-date risk information.",
         "1.1", "Complete the migration of site-specific risk information (SSRI) to the new mobile data terminals and remove paper risk folders from appliances.",
         "Area Manager – Response", D(2024, 3, 31), "On Track", "Complete",
         "All 17 stations migrated; paper folders withdrawn in March 2024."),
        (None, None, None,
         "1.2", "Introduce a quarterly audit of SSRI records to confirm they are within their review date.",
         "Group Manager – Operational Risk", "Q2 2024/25", "On Track", "On Track",
         "Audit methodology agreed; first audit scheduled for July 2024."),
        ("Preventing fire and other risks", "AFI 2",
         "The service should make sure it targets its prevention work at the people most at risk.",
         "2.1", "Implement the revised person-centred risk assessment tool and targeting model using Exeter and partner data.",
         "Head of Prevention", D(2024, 6, 30), "At Risk", "At Risk",
         "Data sharing agreement with the NHS awaiting sign-off."),
        (None, None, None,
         "2.2", "Report the proportion of Safe and Well visits delivered to high-risk households to the Improvement Board each month.",
         "Head of Prevention; Performance and Information Manager", "Monthly", "On Track", "On Track",
         "Monthly report in place from April 2024."),
        (None, "AFI 3",
         "The service should evaluate its prevention activity so it understands what works.",
         "3.1", "Commission an independent evaluation of the Safe and Well programme and the youth engagement scheme.",
         "Head of Prevention", D(2024, 12, 1), "On Track", "At Risk",
         "Procurement of a university partner delayed; timeline being agreed."),
        ("Protecting the public through fire regulation", "AFI 4",
         "The service should make sure it has enough qualified protection staff to meet the requirements of its risk-based inspection programme.",
         "4.1", "Recruit and develop four additional fire safety inspectors through the Level 4 Diploma pathway.",
         "Head of Protection", D(2025, 3, 31), "On Track", "On Track",
         "Two inspectors qualified; two on the Level 4 programme."),
        (None, None, None,
         "4.2", "Train all watch managers to carry out fire safety checks in lower-risk premises.",
         "Head of Protection / Station Managers", D(2024, 9, 30), "On Track", "On Track",
         "58 of 72 watch managers trained."),
        ("Making best use of resources", "AFI 5",
         "The service should make sure it makes the best use of its on-call firefighters and improves on-call availability.",
         "5.1", "Introduce a revised on-call contract offering banded hours and a retention payment, following consultation with representative bodies.",
         "Assistant Chief Fire Officer", D(2024, 4, 1), "At Risk", "Complete",
         "New contract launched on 1 April 2024."),
        ("Promoting fairness and diversity", "AFI 6",
         "The service should make sure it has effective grievance procedures, and that staff have confidence in them.",
         "6.1", "Review the grievance policy with the trade unions and introduce an independent reporting line.",
         "Head of People and Organisational Development", D(2024, 10, 31), "On Track", "Off Track",
         "Policy consultation paused pending alignment with WCC HR policies; escalated to the Improvement Board."),
        (None, None, None,
         "6.2", "Publish quarterly anonymised grievance data to the Equality, Diversity and Inclusion Board.",
         "HR Business Partner (Fire)", "March 2025", "", "Not started", ""),
    ]
    r0 = 4
    for i, row in enumerate(rows):
        r = r0 + i
        area, afi, afitext, ref, action, owner, date, prev, cur, upd = row
        vals = [area, (f"{afi}: {afitext}" if afi else None), ref, action, owner, date, prev, cur, upd]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j)
            if v is not None and v != "":
                c.value = v
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy" if (v.day == 1) else "dd/mm/yyyy"
        for j in (7, 8):
            c = ws.cell(r, j)
            if c.value in SF:
                c.fill = fill(SF[c.value])
    # vertical merges: area (col 1) and AFI/statement (cols 2-3)
    def merge_runs(col, key_idx):
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][key_idx] is None:
                j += 1
            if j > i:
                ws.merge_cells(start_row=r0 + i, start_column=col, end_row=r0 + j, end_column=col)
            i = j + 1
    merge_runs(1, 0)
    merge_runs(2, 1)
    last = r0 + len(rows)
    ws.cell(last + 1, 1, "Note: AFIs 7 to 26 are monitored through departmental plans and are reported separately to the Improvement Board.")
    widths = [24, 44, 8, 50, 28, 12, 12, 12, 40]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(3, j).column_letter].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Status summary – June 2024"
    sm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Status", "Actions"), ("Complete", 2), ("On Track", 4),
                                 ("At Risk", 2), ("Off Track", 1), ("Not started", 1),
                                 ("Total", 10)], start=3):
        sm.cell(i, 1, k).border = BORDER
        sm.cell(i, 2, v).border = BORDER
    sm.column_dimensions["A"].width = 16
    wb.save(out("hg2-warwickshire-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"))


# --------------------------------------------------------------------------
# 6. Ysgol Gyfun Gŵyr Estyn post-inspection action plan (txt)
# --------------------------------------------------------------------------
def gwyr():
    actions = {
        "R1: Improve the quality of teaching so that it consistently challenges pupils of all abilities": [
            ("1.1", "Deliver a whole-school professional learning programme on questioning and challenge, with departmental coaching triads.",
             "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024",
             "At least 80% of lessons observed show effective challenge for all pupils.", "Complete"),
            ("1.2", "Introduce termly learning walks and work scrutiny focused on challenge, with findings fed back to heads of department.",
             "Assistant Headteacher (Quality Assurance); Heads of Department", "Termly",
             "Quality assurance reports show consistent improvement in challenge across departments.", "Green"),
            ("1.3", "Revise the marking and feedback policy so that pupils respond to feedback to improve their work.",
             "Deputy Headteacher (Teaching and Learning)", "Spring term 2025",
             "Work scrutiny shows pupils routinely act on feedback.", "Amber"),
        ],
        "R2: Strengthen the provision for developing pupils’ Welsh oracy and extended writing skills across the curriculum": [
            ("2.1", "Appoint a Welsh language and literacy co-ordinator and agree a whole-school oracy framework.",
             "Headteacher", "September 2024",
             "Co-ordinator in post; framework agreed by staff and governors.", "Complete"),
            ("2.2", "Plan extended writing opportunities in every subject in Years 7 to 9 and moderate samples of pupils’ work each term.",
             "Literacy Co-ordinator / Heads of Faculty", "Summer term 2025",
             "Moderation shows pupils write at length with increasing accuracy in most subjects.", "Not started"),
        ],
        "R3: Improve attendance, particularly for pupils eligible for free school meals": [
            ("3.1", "Introduce a tiered attendance intervention model with the Education Welfare Service, including first-day calling.",
             "Head of Wellbeing; Education Welfare Officer", "October 2024",
             "Attendance of eFSM pupils improves by at least 3 percentage points.", "Green"),
            ("3.2", "Use family engagement officers to work with the families of persistently absent pupils eligible for free school meals.",
             "Head of Wellbeing", "31/07/2025",
             "Persistent absence of eFSM pupils falls below 25%.", "Red"),
        ],
        "R4: Ensure that self-evaluation and improvement planning focus closely on the impact of teaching on pupils’ progress": [
            ("4.1", "Restructure the school development plan around the PIAP recommendations, with termly progress reports to the Governing Body.",
             "Headteacher; Chair of Governors", "Ongoing",
             "Governors receive clear evaluative reports and challenge leaders on progress.", "Green"),
        ],
    }
    lines = [
        "Ysgol Gyfun Gŵyr: Post-Inspection Action Plan (PIAP)",
        "Cynllun Gweithredu ar ôl Arolygiad",
        "Estyn core inspection: 4-7 March 2024 | Report published: 10 May 2024",
        "Plan agreed by the Governing Body: 27 June 2024 | Progress review: January 2025",
        "",
        "RAG: Green = on track; Amber = some slippage; Red = significant concern; Complete = action achieved and impact evidenced",
        "",
    ]
    for rec, acts in actions.items():
        lines.append("=" * 78)
        lines.append(rec)
        lines.append("=" * 78)
        lines.append("")
        for ref, what, lead, when, sc, rag in acts:
            lines += [
                f"Action {ref}",
                f"What we will do: {what}",
                f"Lead: {lead}",
                f"Timescale: {when}",
                f"Success criteria: {sc}",
                f"Progress (RAG): {rag}",
                "",
            ]
    lines += [
        "Monitoring and evaluation: the Standards Committee of the Governing Body reviews progress against this plan each term; "
        "the local authority's Challenge Adviser attends.",
        "",
    ]
    with open(out("hg2-ysgol-gyfun-gwyr-estyn-post-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


# --------------------------------------------------------------------------
# 7. Epsom & Ewell BC corporate risk register Q3 2025/26 (xlsx, refuse)
# --------------------------------------------------------------------------
def epsom():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    hdr = ["Risk ref", "Risk title", "Risk description", "Risk owner",
           "Inherent score (L x I)", "Existing controls", "Residual score (L x I)",
           "Direction of travel", "Further mitigating actions", "Action owner",
           "Target date", "Action status"]
    ncol = len(hdr)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Epsom & Ewell Borough Council – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Quarter 3 2025/26 (position at 31 December 2025) – Audit and Scrutiny Committee"
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("006B54")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    D = dt.datetime
    risks = [
        ("CR01", "Financial sustainability",
         "Failure to deliver a balanced Medium Term Financial Strategy results in unplanned use of reserves and the risk of a section 114 notice.",
         "Chief Finance Officer", "4 x 5 = 20",
         "MTFS; monthly budget monitoring; Financial Strategy Advisory Group", "4 x 4 = 16", "↔",
         [("Deliver the 2026/27 savings programme of £1.2m agreed by the Strategy and Resources Committee.",
           "Chief Finance Officer", D(2026, 3, 1), "On track"),
          ("Refresh the commercial property income forecast following rent reviews at the Ashley Centre.",
           "Head of Property and Regeneration", D(2026, 1, 31), "On track")]),
        ("CR02", "Local government reorganisation",
         "Surrey local government reorganisation diverts capacity and creates uncertainty for staff, risking service continuity.",
         "Chief Executive", "5 x 4 = 20",
         "LGR programme governance; regular staff briefings; joint working with East Surrey councils", "5 x 3 = 15", "↑",
         [("Establish an LGR programme board and transition risk log aligned with the East Surrey implementation plan.",
           "Chief Executive", D(2025, 12, 1), "Complete"),
          ("Deliver a staff communications and wellbeing plan for the transition period.",
           "Head of HR and Organisational Development", "Febuary 2026", "On track")]),
        ("CR03", "Cyber security",
         "A cyber attack or ransomware incident results in loss of systems and data, disrupting services.",
         "Head of Digital and Transformation", "4 x 5 = 20",
         "Firewalls; MFA; staff phishing training; NCSC Active Cyber Defence", "3 x 5 = 15", "↓",
         [("Complete the move to immutable off-site backups and test restoration.",
           "ICT Infrastructure Manager", D(2025, 11, 30), "Complete"),
          ("Achieve PSN compliance re-certification.",
           "Head of Digital and Transformation", D(2026, 4, 1), "On track")]),
        ("CR04", "Temporary accommodation costs",
         "Rising demand for temporary accommodation and nightly-paid costs exceed the budget.",
         "Head of Housing and Community", "5 x 4 = 20",
         "Homelessness prevention team; TA procurement framework", "4 x 4 = 16", "↔",
         [("Increase council-owned temporary accommodation by acquiring 20 additional units.",
           "Head of Housing and Community", "Q1 2026/27", "Behind schedule")]),
        ("CR05", "Governance and decision-making",
         "Weaknesses in governance identified by the LGA corporate peer challenge are not addressed, affecting public confidence.",
         "Monitoring Officer", "3 x 4 = 12",
         "Constitution; Member training; Audit and Scrutiny Committee oversight", "3 x 3 = 9", "↔",
         [("Implement the action plan from the LGA corporate peer challenge, including the constitution review.",
           "Monitoring Officer", D(2026, 6, 1), "On track")]),
    ]
    r = 5
    status_fill = {"On track": "00B050", "Complete": "4F81BD", "Behind schedule": "FFC000"}
    for ref, title, desc, owner, inh, ctrl, res, dot, acts in risks:
        first = r
        for (a, ao, td, s) in acts:
            ws.cell(r, 9, a)
            ws.cell(r, 10, ao)
            c = ws.cell(r, 11, td)
            if isinstance(td, dt.datetime):
                c.number_format = "mmm-yy" if td.day == 1 else "dd/mm/yyyy"
            c = ws.cell(r, 12, s)
            c.fill = fill(status_fill[s])
            r += 1
        for j, v in enumerate([ref, title, desc, owner, inh, ctrl, res, dot], start=1):
            ws.cell(first, j, v)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
        for rr in range(first, r):
            for j in range(1, ncol + 1):
                ws.cell(rr, j).alignment = WRAP
                ws.cell(rr, j).border = BORDER
    ws.cell(r + 1, 1, "Scores are Likelihood x Impact on a 5 x 5 matrix – see the Risk Matrix sheet. "
                      "Direction of travel compares the residual score with Quarter 2.")
    widths = [8, 22, 44, 22, 12, 36, 12, 10, 48, 28, 12, 14]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(4, j).column_letter].width = w

    mx = wb.create_sheet("Risk Matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    for i in range(5):
        L = 5 - i
        mx.cell(3 + i, 1, L)
        for I in range(1, 6):
            s = L * I
            c = mx.cell(3 + i, 1 + I, s)
            c.fill = fill("FF0000" if s >= 15 else "FFC000" if s >= 8 else "00B050")
            c.border = BORDER
    for I in range(1, 6):
        mx.cell(8, 1 + I, I)
    mx["A9"] = "Rows: Likelihood (5 = almost certain); columns: Impact (5 = critical)"
    mx["A11"] = "Direction of travel: ↑ risk increasing; ↔ unchanged; ↓ risk reducing"
    wb.save(out("hg2-epsom-ewell-bc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    bracknell()
    mole_valley()
    orkney()
    slough()
    warwickshire()
    gwyr()
    epsom()
    print("built 7 files in", HERE)
