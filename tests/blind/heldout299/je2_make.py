"""Build the seven je2- blind test files (set heldout299).

Run with /work/main/.venv/bin/python je2_make.py from any directory; files are written
next to this script.
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "HEAD": PatternFill("solid", fgColor="1F3864"),
    "GREY": PatternFill("solid", fgColor="D9D9D9"),
    "PALE": PatternFill("solid", fgColor="DEEAF6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(day, month, year):
    return datetime(year, month, day)


def header_row(ws, row, headers):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["HEAD"]
        c.alignment = WRAP
        c.border = BOX


def put(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. Slough BC - ASC CQC assessment improvement plan (xlsx, RAG by fill only)
# ---------------------------------------------------------------------------
def make_slough():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Slough Borough Council – Adult Social Care CQC Assessment Improvement Plan 2025–26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("CQC overall rating: Good (report published 18 July 2025)  |  Version 1.3  |  "
                "Position at 30 September 2025")
    ws.merge_cells("A2:I2")
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "CQC theme", "Area for improvement (CQC report)", "Action",
                       "Lead officer", "Original target date", "Revised target date",
                       "Progress update (September 2025)", "RAG"])
    themes = [
        ("Theme 1: How the local authority works with people",
         "Some people waited too long for Care Act assessments and reviews, and waiting lists "
         "were not consistently risk-rated across teams.",
         [("1.1", "Introduce a single risk-rated waiting list for assessments across the Front Door "
                  "and locality teams, with weekly oversight by team managers.",
           "Head of Adult Social Care Operations", d(30, 11, 2025), None,
           "Single list live in Mosaic from 1 September; weekly huddles in place.", "G"),
          ("1.2", "Reduce overdue annual reviews to below 15% by establishing a dedicated fixed-term "
                  "review team (6 FTE).",
           "Principal Social Worker / Review Team Manager", d(31, 12, 2025), d(31, 3, 2026),
           "4 of 6 posts filled; overdue reviews down from 31% to 24%. Date revised at DMT 16/09/2025.",
           "A")]),
        ("Theme 2: Providing support",
         "There were gaps in respite and specialist provision for autistic people and people with "
         "complex behavioural needs.",
         [("2.1", "Refresh the Market Position Statement to cover autism, complex behaviour and "
                  "culturally appropriate care.",
           "Commissioning Manager (Adults)", d(31, 1, 2026), None,
           "Provider engagement events held in August; draft due December.", "G"),
          ("2.2", "Co-design and commission a short breaks and respite offer for autistic adults with "
                  "the Slough Autism Partnership Board.",
           "Commissioning Manager (Adults); Head of Learning Disabilities and Autism",
           d(30, 6, 2026), None, "Not yet started – follows 2.1.", None)]),
        ("Theme 3: How the local authority ensures safety within the system",
         "Transitions from children’s to adult services were not consistently planned early enough.",
         [("3.1", "Agree a joint Preparing for Adulthood protocol with Slough Children First, including "
                  "a tracker of all young people aged 14+ likely to need adult care and support.",
           "Head of Adult Social Care Operations & Preparing for Adulthood Service Lead",
           d(30, 9, 2025), None, "Protocol signed off 24/09/2025; tracker in use.", "B"),
          ("3.2", "Audit a sample of 20 transition cases each quarter and report the findings to the "
                  "ASC Quality Assurance Board.",
           "Quality Assurance Lead", "Quarterly (ongoing)", None,
           "Q2 audit complete – 15 of 20 cases good or better.", "G")]),
        ("Theme 4: Leadership",
         "Leaders did not yet make consistent use of performance and equalities data to understand "
         "outcomes and experiences.",
         [("4.1", "Launch an ASC performance dashboard with an equalities breakdown for the Directorate "
                  "Management Team and Lead Member.",
           "Head of Performance and Insight", d(31, 12, 2025), d(28, 2, 2026),
           "Power BI build under way; ethnicity data quality issues being resolved.", "G"),
          ("4.2", "Set up an Experts by Experience panel to review progress against this plan twice "
                  "a year.",
           "Director of Adult Social Services (DASS)", d(31, 3, 2026), None,
           "Recruitment of panel members slower than planned.", "A")]),
    ]
    r = 5
    for theme, afi, actions in themes:
        start = r
        for ref, text, lead, orig, rev, upd, rag in actions:
            put(ws, r, 1, ref)
            put(ws, r, 2, theme if r == start else None)
            put(ws, r, 3, afi if r == start else None)
            put(ws, r, 4, text)
            put(ws, r, 5, lead)
            put(ws, r, 6, orig, "dd/mm/yyyy" if isinstance(orig, datetime) else None)
            put(ws, r, 7, rev, "dd/mm/yyyy" if rev else None)
            put(ws, r, 8, upd)
            c = put(ws, r, 9, None)
            if rag:
                c.fill = FILL[rag]
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Summary of RAG status").font = Font(bold=True)
    for label, n, key in [("Complete", 1, "B"), ("On track", 4, "G"), ("At risk", 2, "A"),
                          ("Off track", 0, "R"), ("Not started", 1, None)]:
        r += 1
        c = ws.cell(row=r, column=1, value=label)
        if key:
            c.fill = FILL[key]
        ws.cell(row=r, column=2, value=n)
    r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=2, value=8)
    r += 2
    ws.cell(row=r, column=1,
            value="Note: RAG is shown as cell colour only – see the ‘Key’ sheet. Uncoloured = not started.")
    for col, w in zip("ABCDEFGHI", [6, 26, 40, 52, 30, 14, 14, 42, 8]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete – action delivered and evidenced"),
                                  ("G", "On track"),
                                  ("A", "At risk – some slippage, recovery plan in place"),
                                  ("R", "Off track – escalate to ASC Improvement Board")], start=3):
        key.cell(row=i, column=1).fill = FILL[k]
        key.cell(row=i, column=2, value=txt)
    key.cell(row=7, column=2, value="No colour – not started")
    key.column_dimensions["B"].width = 50

    vc = wb.create_sheet("Version control")
    vc["A1"] = "Version control"
    vc["A1"].font = Font(bold=True)
    header_row(vc, 2, ["Version", "Date", "Author", "Changes"])
    for i, row in enumerate([("1.0", d(1, 8, 2025), "ASC Improvement Lead", "First draft following CQC report"),
                             ("1.1", d(20, 8, 2025), "ASC Improvement Lead", "Comments from DMT"),
                             ("1.2", d(2, 9, 2025), "ASC Improvement Lead", "Approved by Lead Member"),
                             ("1.3", d(30, 9, 2025), "ASC Improvement Lead", "September progress update")],
                            start=3):
        for j, v in enumerate(row, start=1):
            put(vc, i, j, v, "dd/mm/yyyy" if isinstance(v, datetime) else None)
    vc.column_dimensions["D"].width = 40
    wb.save(os.path.join(HERE, "je2-slough-borough-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. North Herts Council - SIAS internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def make_north_herts():
    rows = [
        ["North Hertfordshire Council – Internal Audit Recommendations Tracker"],
        ["Shared Internal Audit Service (SIAS) – High and Medium priority recommendations"],
        ["Finance, Audit and Risk Committee – 3 December 2025 (position at 14 November 2025)"],
        [],
        ["Audit", "Assurance", "Ref", "Priority", "Recommendation", "Agreed action",
         "Responsible officer", "Original date", "Revised date", "RAG", "Update"],
        ["Houses in Multiple Occupation (2024/25)", "Limited", "HMO-01", "High",
         "A complete register of licensable HMOs should be maintained and reconciled to licence "
         "applications and Council Tax data.",
         "HMO register to be rebuilt in the new licensing module and reconciled quarterly against "
         "Council Tax and Electoral Register data.",
         "Private Sector Housing Manager", "30/06/2025", "30/09/2025", "Complete",
         "Register rebuilt; first reconciliation completed 19/09/2025. Verified by SIAS."],
        ["", "", "HMO-02", "Medium",
         "Licence conditions should be checked by inspection within the licence period.",
         "Risk-based inspection programme for all licensed HMOs, prioritising those not inspected in "
         "the last 3 years.",
         "Private Sector Housing Manager / Environmental Health Manager", "31/03/2026", "", "Green",
         "Programme agreed; 46 of 212 HMOs inspected."],
        ["Estates (2024/25)", "Limited", "EST-01", "High",
         "Rent reviews and lease renewals should be diarised and actioned before the due date.",
         "Lease events schedule to be maintained in the property database, with monthly review by "
         "the Estates Manager.",
         "Estates Manager", "31/03/2025", "31/12/2025", "Amber",
         "Property database upgrade delayed; manual schedule in place in the meantime."],
        ["", "", "EST-02", "Medium",
         "Commercial rent debts should be followed up in line with the Debt Recovery Policy.",
         "Monthly aged debt report for commercial tenants to be shared between Estates and Income "
         "teams, with escalation after 60 days.",
         "Estates Manager; Income Team Leader", "31/10/2025", "", "Red",
         "Not yet implemented – Estates Manager post vacant until January."],
        ["Disaster Recovery (2023/24)", "Limited", "DR-01", "High",
         "The ICT disaster recovery plan should be tested at least annually.",
         "Full failover test of core systems to the secondary data centre, with lessons learned "
         "reported to the Information Governance Group.",
         "ICT Manager", "31/01/2024", "31/03/2026", "Amber",
         "Partial test completed October 2025; full test scheduled for March 2026."],
        ["Agency Staff (2024/25)", "Reasonable", "AS-01", "Medium",
         "Agency engagements of more than 12 weeks should be reviewed and approved by the Service "
         "Director.",
         "Introduce a 12-week review form in the agency portal, with quarterly reporting to "
         "Leadership Team.",
         "HR Manager", "30/09/2025", "", "Complete", "Form live from 1 August 2025."],
        ["", "", "AS-02", "Medium",
         "IR35 status determinations should be recorded for all off-payroll workers.",
         "Central record of IR35 determinations to be held by HR and checked before any engagement "
         "starts.",
         "HR Manager & Payroll Officer", "TBC", "", "Not started",
         "Awaiting go-live of the new HR and payroll system."],
        [],
        ["RAG key: Complete = implemented and verified by SIAS; Green = on track; Amber = revised "
         "date agreed / at risk; Red = overdue; Not started = work not yet begun"],
        ["Only High and Medium priority recommendations are reported to the Committee."],
    ]
    path = os.path.join(HERE, "je2-north-herts-council-internal-audit-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


def head_cells(table, headers, fill="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


# ---------------------------------------------------------------------------
# 3. Stirling Council - annual audit report 2023/24 action plan (docx)
# ---------------------------------------------------------------------------
def make_stirling():
    doc = Document()
    doc.add_paragraph("Stirling Council 2023/24 Annual Audit Report – Appendix 1: Action plan",
                      style="Title")
    doc.add_paragraph(
        "This appendix sets out the recommendations arising from our 2023/24 audit, together with "
        "the responses agreed with management. Progress will be followed up in our 2024/25 audit "
        "and reported to the Audit and Risk Committee.")
    headers = ["No.", "Issue / risk", "Recommendation", "Agreed management action",
               "Responsible officer", "Agreed date"]
    sections = [
        ("Financial management and sustainability", [
            ("1", "Savings delivery – £4.1 million of the £6.3 million of approved savings for 2023/24 "
                  "were delivered. Unachieved savings were met from reserves.",
             "The council should strengthen monitoring of savings delivery and identify replacement "
             "savings where plans slip.",
             "A savings tracker will be reported to the Senior Leadership Team monthly and to the "
             "Finance and Economy Committee quarterly, with mitigating actions for all savings at risk.",
             "Chief Officer – Finance", "31 March 2025"),
            ("2", "Medium-term financial plan – the plan identifies a cumulative gap of £33 million to "
                  "2028/29, but savings options have not been identified for the later years.",
             "The council should develop options to close the budget gap for the full period of the "
             "medium-term financial plan.",
             "Transformation programme business cases will be brought forward alongside the 2025/26 "
             "budget, covering the gap to 2027/28 in the first instance.",
             "Chief Officer – Finance and Chief Officer – Transformation", "February 2025"),
        ]),
        ("Governance and transparency", [
            ("3", "Register of interests – in a sample of 10 elected members, 3 registers had not been "
                  "updated within 28 days of a change.",
             "The council should remind members of their obligations and introduce a periodic review "
             "of the register.",
             "An annual reminder will be issued to all elected members and Governance will review the "
             "register every six months.",
             "Chief Officer – Governance", "30 June 2025"),
            ("4", "Capital programme slippage – 38% of the 2023/24 capital budget was carried forward "
                  "to 2024/25.",
             "Capital budgets should be profiled realistically, and slippage reported with reasons.",
             "The capital programme will be re-profiled with project managers before approval, and "
             "reasons for slippage will be included in quarterly capital monitoring reports.",
             "Senior Manager – Capital Programme", "Ongoing"),
        ]),
        ("Best Value", [
            ("5", "Performance reporting – public performance reports do not consistently compare the "
                  "council’s performance with that of other councils.",
             "The council should include benchmarking, for example the Local Government Benchmarking "
             "Framework (LGBF), in its public performance reporting.",
             "LGBF benchmarking will be included in the Annual Performance Report 2024/25.",
             "Service Manager – Performance and Business Intelligence", "September 2025"),
            ("6", "Workforce planning – the council does not have an up-to-date workforce plan linked to "
                  "its transformation programme.",
             "The council should update its workforce plan to reflect the skills needed to deliver its "
             "transformation programme.",
             "A refreshed Strategic Workforce Plan will be presented to Council for approval.",
             "Chief Officer – HR & OD", "31 December 2025"),
        ]),
    ]
    n_rows = 1 + sum(1 + len(a) for _, a in sections)
    t = doc.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    head_cells(t, headers)
    r = 1
    for title, acts in sections:
        row = t.rows[r]
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, title, bold=True)
        shade(merged, "DEEAF6")
        r += 1
        for vals in acts:
            for i, v in enumerate(vals):
                set_cell(t.rows[r].cells[i], v)
            r += 1

    doc.add_paragraph()
    doc.add_heading("Follow-up of prior year recommendations", level=2)
    doc.add_paragraph("The table below sets out progress against the recommendations made in our "
                      "2022/23 Annual Audit Report.")
    t2 = doc.add_table(rows=3, cols=6)
    t2.style = "Table Grid"
    head_cells(t2, ["No.", "Recommendation", "Agreed management action", "Responsible officer",
                    "Agreed date", "Progress"])
    bf = [
        ("b/f 1", "The council should complete its review of fees and charges to ensure full cost "
                  "recovery where appropriate.",
         "The fees and charges review will be completed as part of the 2024/25 budget.",
         "Chief Officer – Finance", "February 2024",
         "Complete – new charging policy approved by Council on 22 February 2024."),
        ("b/f 2", "Access rights to the financial ledger should be reviewed regularly and leavers "
                  "removed promptly.",
         "A quarterly user access review will be introduced for the ledger system.",
         "ICT Security Manager", "31 March 2024",
         "Complete – quarterly reviews in place since January 2024."),
    ]
    for i, vals in enumerate(bf, start=1):
        for j, v in enumerate(vals):
            set_cell(t2.rows[i].cells[j], v)
    doc.save(os.path.join(HERE, "je2-stirling-council-annual-audit-report-2023-24-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Reading BC - RSH consumer standards housing improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_reading():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Reading Borough Council – Housing Improvement Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Response to the Regulator of Social Housing regulatory judgement (consumer grade C3), "
               "30 April 2025. Progress report to Housing, Neighbourhoods and Leisure Committee, "
               "October 2025.")
    header_row(s, 4, ["Consumer standard", "Actions", "B", "G", "A", "R", "NS"])
    for i, row in enumerate([("Safety and Quality Standard", 4, 0, 1, 2, 0, 1),
                             ("Transparency, Influence and Accountability Standard", 3, 1, 1, 0, 1, 0),
                             ("Neighbourhood and Community Standard", 2, 0, 2, 0, 0, 0),
                             ("Total", 9, 1, 4, 2, 1, 1)], start=5):
        for j, v in enumerate(row, start=1):
            put(s, i, j, v)
    s["A11"] = "RAG key"
    s["A11"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "B – Complete"), ("G", "G – On track"),
                                  ("A", "A – Some slippage, recoverable"),
                                  ("R", "R – Off track / overdue")], start=12):
        c = s.cell(row=i, column=1, value=txt)
        c.fill = FILL[k]
    s.cell(row=16, column=1, value="NS – Not started")
    s.column_dimensions["A"].width = 52

    hdr = ["Ref", "RSH finding", "Action", "Success measure", "Owner", "Due date",
           "Previous RAG (June 2025)", "Current RAG (Sept 2025)", "Update"]
    standards = [
        ("Safety & Quality", "Safety and Quality Standard", [
            ("Around 1,600 repairs were overdue at the time of inspection; the repairs service was not "
             "effective, efficient or timely.", [
                ("SQ1", "Clear the backlog of overdue responsive repairs using additional capacity from "
                        "two framework contractors.",
                 "Overdue repairs below 300", "Head of Property Services", d(31, 12, 2025), "A", "G",
                 "Overdue repairs down to 640 at end of September."),
                ("SQ2", "Introduce repairs triage and an appointment system, with first-time-fix "
                        "reporting.",
                 "85% of repairs completed first time", "Head of Property Services", d(31, 3, 2026),
                 "G", "A", "System supplier delay of six weeks."),
            ]),
            ("Only around half of tenants’ homes had been surveyed in the last five years, so the "
             "council could not be assured of their condition.", [
                ("SQ3", "Complete stock condition surveys, including HHSRS assessments, for 100% of "
                        "homes over a two-year programme.",
                 "50% of homes surveyed by March 2026; 100% by March 2027", "Asset Manager",
                 d(31, 3, 2027), "A", "A", "1,210 surveys completed to date."),
                ("SQ4", "Procure and implement an asset management system to hold stock condition and "
                        "compliance data.",
                 "System live with validated data", "Asset Manager / ICT Business Partner",
                 d(30, 9, 2026), None, "NS", "Procurement to start January 2026."),
            ]),
        ]),
        ("TIA", "Transparency, Influence and Accountability Standard", [
            ("Tenants did not have meaningful opportunities to scrutinise the council’s performance or "
             "influence decisions.", [
                ("TIA1", "Establish a Tenant Scrutiny Panel with terms of reference agreed by the "
                         "Housing, Neighbourhoods and Leisure Committee.",
                 "Panel in place and first review completed", "Tenant Engagement Manager",
                 d(30, 9, 2025), "G", "B", "Panel of 9 tenants appointed; first meeting 11 September."),
                ("TIA2", "Publish Tenant Satisfaction Measures and repairs performance on the council "
                         "website and in the tenants’ newsletter.",
                 "Published every quarter", "Housing Performance Manager", "Quarterly", "G", "G",
                 "Q1 data published August 2025."),
            ]),
            ("Not all tenants had access to a fair and effective complaints process.", [
                ("TIA3", "Review the housing complaints process against the Housing Ombudsman Complaint "
                         "Handling Code and retrain all housing staff.",
                 "95% of stage 1 complaints answered within 10 working days",
                 "Customer Relations Manager", d(31, 12, 2025), "A", "R",
                 "Training not started; complaints officer vacancy."),
            ]),
        ]),
        ("Neighbourhood & Community", "Neighbourhood and Community Standard", [
            ("Communal areas were not consistently inspected, and anti-social behaviour cases were not "
             "always risk-assessed.", [
                ("NC1", "Introduce quarterly estate inspections with tenant participation and publish "
                        "the results for each estate.",
                 "All estates inspected each quarter", "Neighbourhood Services Manager",
                 d(31, 1, 2026), None, "G", "Inspection schedule agreed with the Scrutiny Panel."),
                ("NC2", "Adopt an ASB risk assessment matrix for all new cases and audit 10 cases a "
                        "month.",
                 "100% of new cases risk-assessed",
                 "Neighbourhood Services Manager and Community Safety Team Leader", d(30, 11, 2025),
                 "A", "G", "Matrix in use since August; audits under way."),
            ]),
        ]),
    ]
    for sheet, heading, findings in standards:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "RSH findings and improvement actions – position at 30 September 2025"
        header_row(ws, 3, hdr)
        r = 4
        for finding, acts in findings:
            start = r
            for ref, text, measure, owner, due, prev, cur, upd in acts:
                put(ws, r, 1, ref)
                put(ws, r, 2, finding if r == start else None)
                put(ws, r, 3, text)
                put(ws, r, 4, measure)
                put(ws, r, 5, owner)
                put(ws, r, 6, due, "dd/mm/yyyy" if isinstance(due, datetime) else None)
                c = put(ws, r, 7, prev)
                if prev in FILL:
                    c.fill = FILL[prev]
                c = put(ws, r, 8, cur)
                if cur in FILL:
                    c.fill = FILL[cur]
                put(ws, r, 9, upd)
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        for col, w in zip("ABCDEFGHI", [7, 40, 52, 30, 30, 12, 12, 12, 40]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE,
                         "je2-reading-borough-council-rsh-consumer-standards-housing-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Neath Port Talbot CBC - Panel Performance Assessment action plan (docx)
# ---------------------------------------------------------------------------
def make_npt():
    doc = Document()
    doc.add_paragraph("Neath Port Talbot Council – Panel Performance Assessment: Council Response and "
                      "Action Plan", style="Title")
    p = doc.add_paragraph("Cyngor Castell-nedd Port Talbot – Asesiad Perfformiad Panel: Ymateb y Cyngor "
                          "a Chynllun Gweithredu")
    p.runs[0].italic = True
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.2"), ("Date", "9 October 2025"),
                                ("Owner", "Director of Strategy and Corporate Services"),
                                ("Approved by", "Cabinet, 15 October 2025"),
                                ("Next review", "April 2026")]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        shade(dc.rows[i].cells[0], "D9D9D9")
        set_cell(dc.rows[i].cells[1], v)

    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "Under the Local Government and Elections (Wales) Act 2021 the Council must respond to the "
        "report of its Panel Performance Assessment, stating the extent to which it accepts the "
        "Panel’s conclusions and the actions it intends to take. The Panel visited the Council in "
        "May 2025 and made four recommendations, all of which the Council has accepted. The Governance "
        "and Audit Committee reviewed this draft response on 25 September 2025.")
    doc.add_heading("2. Action plan", level=1)
    recs = [
        ("Recommendation 1: Setting a clear strategic direction",
         "The Panel recommends that the Council sharpens the prioritisation of its Corporate Strategy so "
         "that a small number of priorities drive the allocation of resources and are understood by "
         "staff and residents.",
         [("1.1", "Agree a focused set of corporate priorities for 2026/27 as part of the refresh of the "
                  "Corporate Strategy.",
           "Director of Strategy and Corporate Services", "March 2026", "Green"),
          ("1.2", "Align Heads of Service delivery plans and the Medium Term Financial Plan to the agreed "
                  "priorities.",
           "Chief Finance Officer (Section 151 Officer)", "Q1 2026/27", "")]),
        ("Recommendation 2: Strengthening performance and risk management",
         "The Panel recommends that the Council develops a more outcome-focused performance framework "
         "and makes better use of data to identify risks earlier.",
         [("2.1", "Introduce a quarterly corporate performance report combining measures, risks and "
                  "finance for Cabinet and scrutiny.",
           "Strategic Manager – Policy and Executive Support / Head of Digital Services",
           "December 2025", "Complete"),
          ("2.2", "Review the Strategic Risk Register so that every risk has a target score and "
                  "time-bound mitigating actions.",
           "Chief Finance Officer (Section 151 Officer)", "By 31 January 2026", "Amber"),
          ("2.3", "Provide performance and risk training for all Heads of Service and scrutiny chairs.",
           "Head of People and Organisational Development", "Ongoing", "Green")]),
        ("Recommendation 3: Workforce capacity and succession",
         "The Panel recommends that the Council develops a workforce strategy which addresses "
         "recruitment and retention pressures in key professional roles.",
         [("3.1", "Publish a Strategic Workforce Plan 2026–2030, with service workforce plans for "
                  "hard-to-recruit roles.",
           "Head of People and Organisational Development", "June 2026", "Green"),
          ("3.2", "Extend the ‘grow our own’ traineeship scheme to social work, planning and "
                  "environmental health.",
           "Director of Social Services, Health and Housing / Director of Environment and Regeneration",
           "April 2026 – March 2027", "Amber")]),
        ("Recommendation 4: Engaging residents and partners",
         "The Panel recommends that the Council strengthens how it involves residents in shaping "
         "services, including through the Public Services Board.",
         [("4.1", "Co-produce a Participation and Engagement Strategy with residents and the third "
                  "sector.",
           "Strategic Manager – Policy and Executive Support", "September 2025", "Complete"),
          ("4.2", "Report each year to the Public Services Board on how engagement findings have changed "
                  "services.",
           "Chief Executive", "Annually", "Green")]),
    ]
    rag_fill = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    for heading, text, acts in recs:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
        para = doc.add_paragraph()
        para.add_run("Council response: ").bold = True
        para.add_run("Accepted.")
        t = doc.add_table(rows=1 + len(acts), cols=5)
        t.style = "Table Grid"
        head_cells(t, ["No.", "Action", "Lead officer", "Timescale", "RAG"], fill="5B9BD5")
        for i, (no, act, lead, when, rag) in enumerate(acts, start=1):
            for j, v in enumerate((no, act, lead, when, rag)):
                set_cell(t.rows[i].cells[j], v)
            if rag:
                shade(t.rows[i].cells[4], rag_fill[rag])
        doc.add_paragraph()

    doc.add_heading("3. RAG key", level=1)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (name, meaning) in enumerate([("Complete", "Action completed"),
                                         ("Green", "On track to be delivered by the timescale"),
                                         ("Amber", "Some risk to delivery by the timescale"),
                                         ("Red", "Will not be delivered by the timescale"),
                                         ("(blank)", "Not yet started")]):
        set_cell(k.rows[i].cells[0], name, bold=True)
        if name in rag_fill:
            shade(k.rows[i].cells[0], rag_fill[name])
        set_cell(k.rows[i].cells[1], meaning)

    doc.add_heading("4. Sign-off", level=1)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"),
                             ("Chief Executive", "Karen Jones", "15 October 2025"),
                             ("Leader of the Council", "Cllr Steve Hunt", "15 October 2025")]):
        for j, v in enumerate(row):
            set_cell(so.rows[i].cells[j], v, bold=(i == 0))
    doc.save(os.path.join(HERE, "je2-neath-port-talbot-cbc-panel-performance-assessment-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Shropshire FRS - Grenfell Tower Inquiry Phase 2 recommendations tracker (txt)
# ---------------------------------------------------------------------------
def make_shropshire():
    t1 = "Operational response and risk information"
    r1 = ("FRSs should hold accurate, up-to-date information about the construction, fire safety "
          "features and evacuation strategies of high-rise residential buildings.")
    t2 = "Fire Control"
    r2 = ("Control room staff should be trained to recognise when a ‘stay put’ strategy is no longer "
          "viable and to pass that information to the incident commander without delay.")
    t3 = "Leadership, training and standards"
    r3a = ("A College of Fire and Rescue should be established to set standards of training and "
           "leadership; FRSs should support its development.")
    r3b = "HMICFRS should assess FRSs’ progress in implementing the Inquiry’s recommendations."
    t4 = "Building safety and protection"
    r4 = ("FRSs should be able to obtain the fire safety strategies and information held by Accountable "
          "Persons for higher-risk buildings.")
    lines = [
        "Shropshire Fire and Rescue Service – Grenfell Tower Inquiry Phase 2: Recommendations Implementation Tracker",
        "Strategy and Resources Committee – 20 November 2025",
        "Exported from the Service Assurance Tracker on 06/11/2025 (all open and recently closed actions)",
        "Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red) | Not started",
        "",
        "\t".join(["Ref", "Theme", "Inquiry recommendation (summary)", "SFRS action", "Action owner",
                   "Target date", "Revised date", "Status", "Comments"]),
        "\t".join(["G2-01", t1, r1,
                   "Review the Site Specific Risk Information (SSRI) policy to include external wall "
                   "systems, evacuation strategy and Secure Information Box details for all residential "
                   "buildings of 11 metres and above.",
                   "Group Manager – Protection", "31/03/2025", "30/06/2025", "Complete",
                   "Policy approved by SLT 12/06/2025."]),
        "\t".join(["G2-02", t1, r1,
                   "Complete SSRI visits to all 41 high-rise residential buildings in Shropshire and "
                   "Telford & Wrekin.",
                   "Area Manager – Service Delivery", "30/09/2025", "", "Complete",
                   "All 41 visits complete; data loaded to mobile data terminals."]),
        "\t".join(["G2-03", t2, r2,
                   "Deliver revised fire survival guidance and evacuation training to all Fire Control "
                   "staff, jointly with Joint Fire Control partners.",
                   "Fire Control Manager", "31/12/2025", "", "On track", "14 of 22 staff trained."]),
        "\t".join(["G2-04", t2, r2,
                   "Test the flow of information between Fire Control and the incident ground at a "
                   "high-rise exercise each year.",
                   "Fire Control Manager; Group Manager – Operational Assurance", "Annual", "",
                   "On track", "2025 exercise held at a Telford high-rise block on 15/10/2025."]),
        "\t" * 8 + "Debrief report to SLT in December 2025.",
        "\t".join(["G2-05", t3, r3a,
                   "Nominate a lead officer to engage with the NFCC and the Home Office on the College "
                   "of Fire and Rescue consultation.",
                   "Assistant Chief Fire Officer", "TBC – dependent on Home Office timetable", "",
                   "Not started", "Consultation not yet launched."]),
        "\t".join(["G2-06", t3, r3b,
                   "Report progress against this tracker to the Fire Authority’s Audit and Performance "
                   "Management Committee every six months.",
                   "Head of Corporate Assurance", "Six-monthly", "", "On track",
                   "Next report May 2026."]),
        "\t".join(["G2-07", t4, r4,
                   "Agree information-sharing arrangements with the Building Safety Regulator and local "
                   "Accountable Persons for Safety Case Reports.",
                   "Group Manager – Protection", "31/03/2026", "30/06/2026", "At risk",
                   "BSR template still awaited."]),
        "\t".join(["G2-08", t4, r4,
                   "Train all Protection inspecting officers in the Building Safety Act 2022 regime and "
                   "the Fire Safety (England) Regulations 2022.",
                   "Protection Training Lead", "31/01/2026", "", "Off track",
                   "Two courses cancelled; trainer post vacant."]),
        "",
        "Totals: 8 actions – Complete 2, On track 3, At risk 1, Off track 1, Not started 1",
    ]
    path = os.path.join(HERE,
                        "je2-shropshire-frs-grenfell-tower-inquiry-phase-2-recommendations-tracker.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Borough of Broxbourne - corporate risk register Q3 2025/26 (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_broxbourne():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = "Borough of Broxbourne – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 3 2025/26 (position at 31 December 2025) – reported to Audit and Governance "
                "Committee, 10 February 2026")
    header_row(ws, 4, ["Risk ref", "Risk", "Risk owner", "Inherent score (L x I)", "Residual score",
                       "Direction of travel", "Mitigating action", "Action owner", "Target date",
                       "Action status"])
    risks = [
        ("CR01", "Medium-term financial sustainability – the council cannot set a balanced budget from "
                 "2027/28 without further savings or income.", "Director of Finance", "4 x 5 = 20", 16,
         "↔", [
             ("Deliver the 2026/27 savings programme (£1.2m) and report monthly to Corporate "
              "Management Team.", "Head of Finance", "March 2026", "On track"),
             ("Refresh the Medium Term Financial Strategy following the provisional local government "
              "finance settlement.", "Director of Finance", "January 2026", "On track"),
         ]),
        ("CR02", "Cyber attack – loss of systems or data following a ransomware or phishing attack.",
         "Head of IT", "4 x 5 = 20", 12, "↓", [
             ("Complete the migration of remaining on-premises servers to the cloud tenancy.",
              "IT Infrastructure Manager", "June 2026", "On track"),
             ("Run a cyber incident exercise with Leadership Team and the LGA cyber team.",
              "Head of IT", "March 2026", "Not started"),
         ]),
        ("CR03", "Temporary accommodation demand – rising homelessness presentations increase the use "
                 "and cost of nightly-paid accommodation.", "Head of Housing", "5 x 4 = 20", 16, "↑", [
             ("Acquire 20 additional homes for use as council-owned temporary accommodation.",
              "Head of Housing", "Febuary 2026", "Behind schedule"),
             ("Introduce a homelessness prevention fund for private tenants facing eviction.",
              "Housing Options Manager", "April 2026", "On track"),
         ]),
        ("CR04", "Local Plan – delay in the Local Plan review leaves the council exposed to speculative "
                 "development under the presumption in favour.", "Head of Planning", "4 x 4 = 16", 12,
         "↔", [
             ("Publish the Regulation 18 consultation draft of the Local Plan.",
              "Planning Policy Manager", "May 2026", "On track"),
             ("Update the Housing Delivery Test action plan.", "Planning Policy Manager",
              "March 2026", "Complete"),
         ]),
    ]
    r = 5
    for ref, risk, owner, inh, res, dot, acts in risks:
        start = r
        for act, aowner, target, status in acts:
            vals = [ref, risk, owner, inh, res, dot] if r == start else [None] * 6
            for j, v in enumerate(vals + [act, aowner, target, status], start=1):
                c = put(ws, r, j, v)
                if j == 5 and v is not None:
                    c.fill = FILL["R"] if v >= 15 else FILL["A"]
            r += 1
        for col in range(1, 7):
            ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Residual score: 15–25 red (high), 8–14 amber (medium), "
                                   "1–7 green (low). Direction of travel compared with Q2.")
    for col, w in zip("ABCDEFGHIJ", [8, 46, 18, 14, 10, 10, 52, 24, 14, 16]):
        ws.column_dimensions[col].width = w

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = Font(bold=True)
    for i in range(1, 6):
        m.cell(row=2, column=i + 1, value=i)
        m.cell(row=2 + i, column=1, value=6 - i)
        for j in range(1, 6):
            score = (6 - i) * j
            c = m.cell(row=2 + i, column=j + 1, value=score)
            c.fill = FILL["R"] if score >= 15 else FILL["A"] if score >= 8 else FILL["G"]
    wb.save(os.path.join(HERE, "je2-broxbourne-bc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_slough()
    make_north_herts()
    make_stirling()
    make_reading()
    make_npt()
    make_shropshire()
    make_broxbourne()
    print("built 7 files in", HERE)
