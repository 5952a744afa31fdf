"""Build the seven yk- blind test files (set heldout569).

Run with: /work/main/.venv/bin/python yk_make.py
Writes only files whose names start with "yk-" into this folder.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("yk-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "band": "DDEBF7", "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xfill(key):
    c = FILL.get(key, key)
    return PatternFill("solid", start_color=c, end_color=c)


def d(y, m, day):
    return dt.datetime(y, m, day)


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)


# ======================================================================
# 1. Harborough DC - internal audit recommendations tracker (xlsx)
# ======================================================================
def harborough():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Harborough District Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit Recommendations – Summary of Progress"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 31 January 2026"
    hdr = ["Audit", "Assurance", "Recs agreed", "Implemented", "In progress",
           "Overdue", "Not yet due"]
    rows = [
        ["Debtors (Sundry Income) 2024/25", "Limited", 3, 1, 2, 0, 0],
        ["Planning Enforcement 2024/25", "Reasonable", 2, 1, 1, 0, 0],
        ["Cyber Security 2025/26", "Limited", 3, 0, 1, 1, 1],
        ["Total", "", 8, 2, 4, 1, 1],
    ]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("head")
        c.border = BOX
    for i, r in enumerate(rows, 6):
        for j, v in enumerate(r, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 36
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 13

    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Harborough District Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Audit and Standards Committee – 10 February 2026 | "
                "Position as at 31 January 2026")
    ws["A2"].font = Font(italic=True)
    head = ["Rec Ref", "Priority", "Recommendation", "Agreed Management Action",
            "Responsible Officer", "Original Target Date", "Revised Target Date",
            "RAG", "Progress Update (as at 31/01/26)"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    data = [
        ("band", "Debtors (Sundry Income) 2024/25 – Limited Assurance"),
        ("DS/01", "High",
         "Aged debts over 90 days should be reviewed monthly and the recovery "
         "action taken should be recorded on the debtors system.",
         "A monthly aged debt report will be produced and reviewed by the Revenues "
         "Team Leader, with recovery notes recorded against every account over 90 days.",
         "Revenues & Benefits Manager", d(2025, 6, 30), d(2025, 9, 30), "B",
         "Monthly review in place since July 2025. Evidence tested by Internal "
         "Audit on 14/10/2025 – implemented."),
        ("DS/02", "Medium",
         "Write-offs should be authorised in line with the thresholds in the "
         "Financial Procedure Rules.",
         "The write-off authorisation form will be updated to show delegated "
         "thresholds, and a quarterly write-off schedule will be reported to the "
         "Director of Finance & Assets.",
         "Revenues & Benefits Manager / Finance Manager", d(2025, 7, 31),
         d(2026, 3, 31), "A",
         "Form updated. First quarterly schedule delayed by year-end closedown; "
         "revised date agreed."),
        ("DS/03", "Medium",
         "Credit notes should be independently reviewed before they are issued.",
         "Introduce a second-officer check on all credit notes over £500 within "
         "the finance system workflow.",
         "Finance Manager", d(2026, 2, 28), None, "G",
         "Workflow change configured in the test environment."),
        ("band", "Planning Enforcement 2024/25 – Reasonable Assurance"),
        ("PE/01", "Medium",
         "The enforcement register should be kept up to date and published as "
         "required by the Local Enforcement Plan.",
         "Review all open cases on Uniform and publish the updated enforcement "
         "register on the Council's website each quarter.",
         "Development Management Manager", d(2025, 10, 31), None, "B",
         "Register published 27/10/2025 and now updated quarterly."),
        ("PE/02", "Low",
         "The priority given to each case should be recorded when the case is "
         "registered.",
         "Add a mandatory priority field (1–3) to the Uniform enforcement record "
         "and brief all enforcement officers.",
         "Development Management Manager; Planning Systems Officer",
         d(2025, 12, 31), d(2026, 4, 30), "A",
         "Field change needs an Idox support call; revised date agreed."),
        ("band", "Cyber Security 2025/26 – Limited Assurance"),
        ("CY/01", "High",
         "Multi-factor authentication should be enforced for all remote access "
         "accounts, including those used by third-party suppliers.",
         "Enforce MFA through conditional access for all staff, member and supplier "
         "accounts; any exception to be approved by the SIRO.",
         "ICT Manager", d(2025, 12, 31), None, "R",
         "Staff and member accounts complete. Two supplier accounts outstanding – "
         "overdue."),
        ("CY/02", "High",
         "An ICT disaster recovery plan should be documented and tested at least "
         "annually.",
         "Document the ICT Disaster Recovery Plan and carry out a restore test of "
         "critical systems.\nThe results of the test will be reported to CMT.",
         "ICT Manager & Emergency Planning Officer", d(2026, 3, 31), None, "G",
         "Draft plan written; restore test booked for 12/03/2026."),
        ("CY/03", "Medium",
         "Completion of mandatory cyber security training should be monitored and "
         "reported.",
         "Provide a quarterly report of e-learning completion to the Corporate "
         "Management Team; non-completers to be followed up by line managers.",
         "HR & OD Manager", d(2026, 4, 30), None, None, "Not yet due."),
    ]
    r = 5
    for row in data:
        if row[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = xfill("band")
            r += 1
            continue
        ref, pri, rec, act, lead, orig, rev, rag, upd = row
        vals = [ref, pri, rec, act, lead, orig, rev, rag, upd]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if j in (6, 7) and v is not None:
                c.number_format = "dd/mm/yyyy"
        if rag:
            rc = ws.cell(row=r, column=8)
            rc.fill = xfill(rag)
            rc.font = Font(bold=True, color="FFFFFF" if rag in "RB" else "000000")
            rc.alignment = Alignment(horizontal="center", vertical="top")
        if rev is not None:
            ws.cell(row=r, column=7).font = Font(bold=True)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "RAG key: B = Implemented (verified by Internal Audit)   G = In progress, "
        "on target   A = In progress, revised date agreed   R = Overdue   "
        "Blank = Not yet due"))
    ws.cell(row=r + 1, column=1, value=(
        "Note: revised target dates (shown in bold) have been agreed with the "
        "Director of Finance & Assets and are reported to this Committee."))
    widths = {"A": 9, "B": 9, "C": 40, "D": 46, "E": 26, "F": 12, "G": 12,
              "H": 6, "I": 40}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(out("yk-harborough-dc-internal-audit-recommendations-tracker.xlsx"))


# ======================================================================
# 2. Council of the Isles of Scilly - strategic risk register (xlsx)
# ======================================================================
def scilly():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Council of the Isles of Scilly"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ctrl = [
        ("Document owner", "Chief Executive"),
        ("Version", "Q3 v1.0"),
        ("Last reviewed", "Senior Management Team, 9 December 2025"),
        ("Reported to", "Finance, Audit and Scrutiny Committee, 20 January 2026"),
        ("Next review", "Quarter 4 (March 2026)"),
    ]
    for i, (k, v) in enumerate(ctrl, 4):
        a = ws.cell(row=i, column=1, value=k)
        a.font = Font(bold=True)
        a.fill = xfill("pale")
        a.border = BOX
        ws.cell(row=i, column=2, value=v).border = BOX
    ws["A11"] = "Risk scoring"
    ws["A11"].font = Font(bold=True)
    ws["A12"] = "Score = Likelihood (1–5) x Impact (1–5)"
    keys = [("1–6", "Low", "G"), ("8–12", "Medium", "A"), ("15–25", "High", "R")]
    for i, (s, lvl, f) in enumerate(keys, 13):
        ws.cell(row=i, column=1, value=s).border = BOX
        c = ws.cell(row=i, column=2, value=lvl)
        c.fill = xfill(f)
        c.border = BOX
    ws["A17"] = "Action status"
    ws["A17"].font = Font(bold=True)
    akeys = [("Blue", "Action complete", "B"), ("Green", "On track", "G"),
             ("Amber", "At risk of slipping", "A"), ("Red", "Overdue / off track", "R"),
             ("Not started", "Action not yet started", None)]
    for i, (s, m, f) in enumerate(akeys, 18):
        c = ws.cell(row=i, column=1, value=s)
        c.border = BOX
        if f:
            c.fill = xfill(f)
        ws.cell(row=i, column=2, value=m).border = BOX
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Register")
    ws.merge_cells("A1:K1")
    ws["A1"] = ("Council of the Isles of Scilly – Strategic Risk Register 2025/26 "
                "(Quarter 3)")
    ws["A1"].font = Font(bold=True, size=13)
    head = ["Risk", "Risk owner", "Inherent score (L x I)", "Residual score (L x I)",
            "Trend", "Ref", "Mitigating action", "Action owner", "Target date",
            "Action status", "Q3 update"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    risks = [
        ("SR1 – Financial sustainability", "Chief Executive", "5 x 5 = 25",
         "4 x 4 = 16", "R", "↔", [
             ("SR1.1", "Refresh the Medium Term Financial Plan to 2029/30 and present "
              "it to Full Council alongside the 2026/27 budget.",
              "Section 151 Officer", d(2026, 2, 28), "mmm-yy", "Green",
              "Draft MTFP considered by SMT 2 December; on track for Council in "
              "February."),
             ("SR1.2", "Continue to make the case to MHCLG for the additional costs of "
              "delivering services on the islands to be recognised in the Fair "
              "Funding Review.",
              "Chief Executive", "Ongoing", None, "Green",
              "Response submitted to the Fair Funding consultation; meeting with "
              "officials held 18 November."),
         ]),
        ("SR2 – Off-island transport and supply chain resilience", "Chief Executive",
         "4 x 5 = 20", "3 x 4 = 12", "A", "↑", [
             ("SR2.1", "Agree a freight and passenger resilience protocol with the "
              "Isles of Scilly Steamship Group for periods of prolonged service "
              "disruption.",
              "Head of Infrastructure & Planning", d(2025, 12, 31), "mmm-yy", "Amber",
              "Draft protocol shared; sign-off delayed until the operator's winter "
              "timetable is confirmed."),
             ("SR2.2", "Commission a structural condition survey of the off-island "
              "quays and report the findings to the Senior Management Team.",
              "Head of Infrastructure & Planning", d(2026, 3, 31), "mmm-yy", "Green",
              "Surveyor appointed; fieldwork on Tresco and Bryher completed."),
         ]),
        ("SR3 – Recruitment and retention of key staff", "Chief Executive",
         "5 x 4 = 20", "4 x 3 = 12", "A", "↔", [
             ("SR3.1", "Secure two additional units of key worker accommodation on "
              "St Mary's for social care and education staff.",
              "Housing Manager & Director of Adult Social Care", "Q4 2025/26", None,
              "Amber",
              "One unit secured through the Duchy; second unit subject to planning."),
             ("SR3.2", "Launch the 'Work on Scilly' recruitment campaign and "
              "relocation package.",
              "HR Manager", d(2025, 9, 30), "mmm-yy", "Blue",
              "Campaign launched 15 September; 11 applications for care roles."),
         ]),
        ("SR4 – Adult social care capacity and quality",
         "Director of Adult Social Care", "4 x 5 = 20", "4 x 4 = 16", "R", "↑", [
             ("SR4.1", "Implement the Park House workforce plan, reducing agency use "
              "to below 20% of rostered hours.",
              "Registered Manager, Park House", d(2026, 6, 30), "mmm-yy", "Red",
              "Agency use was 34% of rostered hours in November."),
             ("SR4.2", "Review the domiciliary care offer on the off-islands in "
              "response to the CQC local authority assessment.",
              "Director of Adult Social Care", d(2026, 3, 31), "mmm-yy", "Not started",
              "To start once the CQC report is published."),
         ]),
    ]
    status_fill = {"Green": "G", "Amber": "A", "Red": "R", "Blue": "B"}
    r = 4
    for title, owner, inh, res, resfill, trend, acts in risks:
        first = r
        for ref, text, lead, target, fmt, status, upd in acts:
            vals = {6: ref, 7: text, 8: lead, 9: target, 10: status, 11: upd}
            for j, v in vals.items():
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
                if j == 9 and fmt:
                    c.number_format = fmt
            if status in status_fill:
                ws.cell(row=r, column=10).fill = xfill(status_fill[status])
            r += 1
        last = r - 1
        for j, v in enumerate([title, owner, inh, res, trend], 1):
            c = ws.cell(row=first, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if j == 1:
                c.font = Font(bold=True)
            if j == 4:
                c.fill = xfill(resfill)
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last,
                               end_column=j)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Trend: ↑ risk increasing  ↔ no change  ↓ risk reducing. Residual score "
        "colour shows the risk level (see Cover sheet); action status is shown in "
        "the Action status column."))
    widths = {"A": 30, "B": 18, "C": 12, "D": 12, "E": 7, "F": 7, "G": 48, "H": 26,
              "I": 11, "J": 12, "K": 40}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    wb.save(out("yk-council-of-the-isles-of-scilly-strategic-risk-register-2025-26.xlsx"))


# ======================================================================
# 3. Pendle BC - Strategic Plan delivery plan Q3 2025/26 (xlsx)
# ======================================================================
def pendle():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Pendle Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Plan 2024–2027: Delivery Plan Monitoring – Quarter 3 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Priority", "Actions", "Blue", "Green", "Amber", "Red", "Not started"]
    rows = [
        ["Priority 1 – Strong economy and vibrant town centres", 4, 1, 1, 1, 1, 0],
        ["Priority 2 – A clean, green and safe Pendle", 3, 1, 1, 1, 0, 0],
        ["Priority 3 – A well-run council that delivers value for money", 3, 0, 1, 0,
         1, 1],
        ["Total", 10, 2, 3, 2, 2, 1],
    ]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = xfill("grey")
        c.border = BOX
    for i, row in enumerate(rows, 5):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    for i, (k, m) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "Minor slippage / at risk"),
                                ("R", "Significant delay / off track")], 12):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = xfill(k)
        ws.cell(row=i, column=2, value=m)
    ws["A17"] = ("Q2 RAG shows the position reported to the Executive on "
                 "20 November 2025.")
    ws.column_dimensions["A"].width = 60

    def sheet(name, priority, blocks):
        s = wb.create_sheet(name)
        s.merge_cells("A1:H1")
        s["A1"] = ("Pendle Borough Council – Strategic Plan Delivery Plan 2025/26 "
                   "(Quarter 3)")
        s["A1"].font = Font(bold=True, size=12)
        s.merge_cells("A2:H2")
        s["A2"] = priority
        s["A2"].font = Font(bold=True, size=12, color="FFFFFF")
        s["A2"].fill = xfill("head")
        hd = ["Ref", "Action", "Lead Officer", "Portfolio", "Target", "Q2 RAG",
              "Q3 RAG", "Q3 progress commentary"]
        for j, h in enumerate(hd, 1):
            c = s.cell(row=3, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = xfill("grey")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True)
        r = 4
        for objective, acts in blocks:
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = s.cell(row=r, column=1, value=objective)
            c.font = Font(bold=True, italic=True)
            c.fill = xfill("band")
            r += 1
            for ref, text, lead, port, target, q2, q3, comm in acts:
                for j, v in enumerate([ref, text, lead, port, target, q2, q3, comm],
                                      1):
                    c = s.cell(row=r, column=j, value=v)
                    c.border = BOX
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if j == 5 and isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                    if j in (6, 7) and v in FILL:
                        c.fill = xfill(v)
                        c.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
        for k, v in {"A": 7, "B": 48, "C": 26, "D": 16, "E": 16, "F": 7, "G": 7,
                     "H": 44}.items():
            s.column_dimensions[k].width = v

    sheet("P1 Economy", "Priority 1 – Strong economy and vibrant town centres", [
        ("Objective 1.1 – Deliver the Nelson Town Deal programme", [
            ("1.1.1", "Complete the remodelling of the Pendle Rise shopping centre, "
             "including the new town square.", "Head of Economic Growth", "Leader",
             "June 2026", "A", "A",
             "Contractor on site; programme under review with the contractor."),
            ("1.1.2", "Bring the Lomeshaye skills and enterprise hub to practical "
             "completion.", "Head of Economic Growth / Project Manager (Town Deal)",
             "Leader", d(2026, 3, 31), "G", "R",
             "Steel frame delivery delayed by supplier insolvency; recovery "
             "programme being prepared."),
        ]),
        ("Objective 1.2 – Support local businesses and employment", [
            ("1.2.1", "Launch the Pendle business grant scheme funded through the UK "
             "Shared Prosperity Fund.", "Economic Development Officer",
             "Economic Growth", "Sept 2025", "G", "B",
             "Scheme launched 1 September; 37 grants awarded."),
            ("1.2.2", "Hold two Pendle jobs and skills fairs with Nelson and Colne "
             "College Group.", "Economic Development Officer", "Economic Growth",
             "Oct 2025 – Mar 2026", "G", "G",
             "First fair held at Colne Muni on 16 October; second booked for March."),
        ]),
    ])
    sheet("P2 Environment", "Priority 2 – A clean, green and safe Pendle", [
        ("Objective 2.1 – Improve the street scene", [
            ("2.1.1", "Run a targeted fly-tipping enforcement campaign in the "
             "Whitefield and Bradley wards, using mobile CCTV.",
             "Environmental Services Manager", "Environment", "Dec 2025", "G", "B",
             "Campaign complete: 14 fixed penalty notices and 2 prosecutions."),
            ("2.1.2", "Procure replacement refuse collection vehicles, including two "
             "electric RCVs.", "Environmental Services Manager & Fleet Manager",
             "Environment", "Q4 2025/26", "A", "A",
             "Tender evaluation complete; lead time for electric vehicles is 9 "
             "months."),
        ]),
        ("Objective 2.2 – Respond to the climate emergency", [
            ("2.2.1", "Install solar PV at the Fleet Street depot and the Number One "
             "Market Street offices.", "Property Services Manager", "Environment",
             "March 2026", "G", "G", "Depot installation complete; offices in "
             "February."),
        ]),
    ])
    sheet("P3 Council", "Priority 3 – A well-run council that delivers value for money", [
        ("Objective 3.1 – Financial sustainability", [
            ("3.1.1", "Deliver the 2025/26 savings programme of £1.2m and report "
             "progress quarterly to the Executive.", "Director of Resources",
             "Finance", "March 2026", "A", "R",
             "£0.7m achieved; shortfall to be met from reserves."),
            ("3.1.2", "Agree a Medium Term Financial Strategy for 2026/27 to 2028/29.",
             "Chief Financial Officer", "Finance", d(2026, 2, 26), "G", "G",
             "Draft considered by the Executive on 22 January."),
        ]),
        ("Objective 3.2 – Customers and digital", [
            ("3.2.1", "Move council tax and benefits forms onto the new customer "
             "portal.", "Head of Customer Services", "Finance", "September 2026",
             None, "Not started", "Due to start April 2026 after portal go-live."),
        ]),
    ])
    wb.save(out("yk-pendle-bc-strategic-plan-delivery-plan-q3-2025-26.xlsx"))


# ======================================================================
# 4. North Yorkshire Council - Ofsted focused visit action plan (docx)
# ======================================================================
def north_yorkshire():
    doc = Document()
    landscape(doc)
    doc.add_heading("North Yorkshire Council – Ofsted Focused Visit Action Plan", 0)
    doc.add_paragraph("Children and Young People's Service")
    doc.add_paragraph(
        "Ofsted carried out a focused visit on 9 and 10 September 2025, looking at "
        "the local authority's arrangements for children in need and children who "
        "are subject to a child protection plan. The letter was published on "
        "14 October 2025. This plan responds to the three areas for improvement "
        "identified in the letter and is monitored monthly by the Children's "
        "Services Improvement Board.")
    doc.add_heading("Document control", 2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("0.3", "04/11/2025", "Head of Quality Assurance", "Draft for DMT"),
                ("1.0", "19/11/2025", "Head of Quality Assurance",
                 "Approved by Corporate Director; submitted to Ofsted"),
                ("1.1", "16/01/2026", "Head of Quality Assurance",
                 "Progress update for Improvement Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    afis = [
        ("Area for improvement 1",
         "The consistency and impact of management oversight and supervision for "
         "children in need, so that drift and delay in plans are identified and "
         "addressed.", [
             ("1.1", "Refresh the supervision policy and recording template so that "
              "every supervision records the child's plan, progress against it and "
              "clear next steps with timescales.",
              "Head of Service – Children in Need", "December 2025",
              "Template live on the case management system; audit shows 80% of "
              "supervisions use it.", "0070C0"),
             ("1.2", "Team managers to review all children in need plans open longer "
              "than nine months and record a management decision on step-down, "
              "continuation or escalation.",
              "Team Managers (Children and Families)", "31/01/2026",
              "All plans over nine months reviewed and decision recorded.", "00B050"),
             ("1.3", "Introduce a monthly practice week in which senior leaders audit "
              "children in need cases alongside practitioners.\nFindings to be "
              "reported to the Quality Assurance and Performance Board.",
              "Principal Social Worker / Head of Quality Assurance",
              "Ongoing – monthly",
              "Practice week audit themes and grades reported monthly.", "00B050"),
         ]),
        ("Area for improvement 2",
         "The quality of child protection plans, which are not always specific or "
         "measurable, and the timeliness of core group meetings.", [
             ("2.1", "Deliver SMART planning workshops for all social workers and "
              "child protection chairs, co-delivered with partner agencies.",
              "Workforce Development Manager\nChild Protection Conference Service "
              "Manager", "Nov 2025 – Feb 2026",
              "90% of social workers attend; dip sample of plans shows improvement.",
              "FFC000"),
             ("2.2", "Add core group timeliness to the weekly performance dashboard "
              "and escalate any core group held outside 10 working days to the "
              "Service Manager.",
              "Head of Performance and Intelligence", "End of December 2025",
              "Core groups within timescale rise from 71% to 90%.", "0070C0"),
             ("2.3", "Child protection chairs to use the quality assurance alert "
              "process where a plan is not SMART at a review conference.",
              "Child Protection Conference Service Manager", "March 2026",
              "Alerts logged and tracked to resolution.", "00B050"),
         ]),
        ("Area for improvement 3",
         "The timeliness of assessments for disabled children, so that their needs "
         "are understood and met without delay.", [
             ("3.1", "Create a dedicated assessment pathway within the Disabled "
              "Children's Service, with a worker allocated within 5 working days of "
              "referral.",
              "Head of Service (Disabled Children)", "April 2026",
              "Assessments completed within 45 working days.", "FF0000"),
             ("3.2", "Recruit two additional permanent social workers to the Disabled "
              "Children's Service.",
              "Head of Service (Disabled Children) and HR Business Partner",
              "Q1 2026/27", "Posts filled; agency workers reduced.", None),
         ]),
    ]
    for kind, text, acts in afis:
        doc.add_heading(kind, 2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(top, text, bold=True)
        shade(top, "DDEBF7")
        for c, h in zip(t.rows[1].cells, ["Ref", "What we will do", "Lead",
                                          "Timescale", "Evidence of impact", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for ref, act, lead, when, ev, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, ev, ""]):
                set_cell(c, v)
            if rag:
                shade(cells[5], rag)
        doc.add_paragraph()
    doc.add_heading("RAG key", 2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colour, meaning in [("0070C0", "Complete"), ("00B050", "On track"),
                            ("FFC000", "Some slippage, remedial action in place"),
                            ("FF0000", "Off track")]:
        cells = t.add_row().cells
        shade(cells[0], colour)
        set_cell(cells[1], meaning)
    doc.add_paragraph()
    doc.add_paragraph("Signed: Corporate Director – Children and Young People's "
                      "Service")
    doc.save(out("yk-north-yorkshire-council-ofsted-focused-visit-action-plan.docx"))


# ======================================================================
# 5. Keeping Bristol Safe Partnership - DHR action plan (docx)
# ======================================================================
def bristol():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Keeping Bristol Safe Partnership").runs[0].bold = True
    doc.add_heading("Domestic Homicide Review: Lorna – Action Plan", 1)
    doc.add_paragraph(
        "Lorna (a pseudonym chosen by her family) died in March 2023. The overview "
        "report was approved by the Home Office Quality Assurance Panel in June "
        "2025. Delivery of this action plan is monitored by the Keeping Communities "
        "Safe Executive Group. Last updated: 15 January 2026.")

    doc.add_heading("Section 1: Overview Report Recommendations", 2)
    cols = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency",
            "Target date", "Progress / outcome", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    recs = [
        ("Recommendation 1: Keeping Bristol Safe Partnership to seek assurance that "
         "agencies routinely ask about domestic abuse when an adult presents with "
         "alcohol-related harm.", "Local", [
             ("1a", "Audit a sample of 30 alcohol liaison and substance misuse "
              "assessments for evidence of routine enquiry about domestic abuse.",
              "Bristol Drugs Project / North Bristol NHS Trust", "March 2026",
              "Audit tool agreed; sampling under way.", "Amber"),
             ("1b", "Include routine enquiry in the refreshed KBSP multi-agency "
              "domestic abuse training offer.", "KBSP Business Unit", "30/09/2025",
              "Module added to training from September 2025; 212 staff trained.",
              "Complete"),
         ]),
        ("Recommendation 2: Bristol City Council Housing Options to ensure that a "
         "disclosure of domestic abuse during a homelessness assessment results in a "
         "DASH risk assessment and, where the risk is high, a MARAC referral.",
         "Local", [
             ("2a", "Update the Housing Options assessment procedure and case "
              "management system prompts, and brief all Housing Options officers.",
              "Bristol City Council – Housing Options", "April 2026",
              "Procedure redrafted; system prompts with supplier.", "Green"),
         ]),
        ("Recommendation 3: BNSSG Integrated Care Board to ensure that GP practices "
         "know about and use the IRIS referral pathway for patients who disclose "
         "domestic abuse.", "Regional", [
             ("3a", "Promote the IRIS programme to all Bristol GP practices through "
              "the ICB safeguarding newsletter and Protected Learning Time sessions.",
              "BNSSG ICB", "Ongoing",
              "Featured in October newsletter; PLT session held 5 November 2025.",
              "Green"),
             ("3b", "Report IRIS referral rates by practice to the Keeping Communities "
              "Safe Executive Group.\nPractices with no referrals in six months to "
              "receive a targeted visit.",
              "BNSSG ICB; IRIS Advocate Educator (Next Link)", "June 2026", "",
              "Not started"),
         ]),
    ]
    for rec, scope, acts in recs:
        start = len(t.rows)
        for i, (ref, act, lead, when, prog, rag) in enumerate(acts):
            cells = t.add_row().cells
            vals = [ref, rec if i == 0 else "", scope if i == 0 else "", act, lead,
                    when, prog, rag]
            for c, v in zip(cells, vals):
                if v:
                    set_cell(c, v)
        end = len(t.rows) - 1
        if end > start:
            for col in (1, 2):
                t.cell(start, col).merge(t.cell(end, col))
    doc.add_paragraph()

    doc.add_heading("Section 2: Single Agency Recommendations", 2)
    cols2 = ["No.", "Lead agency", "Recommendation", "Action to take", "Target date",
             "Progress / outcome", "RAG"]
    t2 = doc.add_table(rows=1, cols=len(cols2))
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, cols2):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    singles = [
        ("SA1", "Avon and Somerset Police",
         "Officers should complete a DASH risk assessment at every domestic abuse "
         "incident, including where the victim declines to engage.",
         "Reissue the DASH practice guidance and monitor completion rates through the "
         "monthly Domestic Abuse Performance Board.", "31/12/2025",
         "Guidance reissued; completion rate 94% in December.", "Complete"),
        ("SA2", "Avon and Wiltshire Mental Health Partnership NHS Trust",
         "Clinicians should consider the risk of domestic abuse when a patient is "
         "discharged to an address shared with a known perpetrator.",
         "Add a domestic abuse prompt to the discharge planning checklist in RiO.",
         "February 2026", "Change request approved by the Clinical Records Group.",
         "Amber"),
        ("SA3", "Sirona care & health",
         "Community nurses should be able to access a domestic abuse champion within "
         "their locality team.",
         "Recruit and train a domestic abuse champion in each of the six Bristol "
         "locality teams.", "July 2026", "Four of six champions in post.", "Green"),
    ]
    for row in singles:
        cells = t2.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_heading("Glossary", 2)
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    set_cell(g.rows[0].cells[0], "Term", bold=True)
    set_cell(g.rows[0].cells[1], "Meaning", bold=True)
    for k, v in [("BNSSG", "Bristol, North Somerset and South Gloucestershire"),
                 ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"),
                 ("IRIS", "Identification and Referral to Improve Safety (GP "
                  "programme)"),
                 ("KBSP", "Keeping Bristol Safe Partnership"),
                 ("MARAC", "Multi-Agency Risk Assessment Conference")]:
        cells = g.add_row().cells
        set_cell(cells[0], k)
        set_cell(cells[1], v)
    doc.save(out("yk-keeping-bristol-safe-partnership-dhr-lorna-action-plan.docx"))


# ======================================================================
# 6. St Helens People's Board (HWB) - action log (csv) - REFUSE
# ======================================================================
def st_helens():
    import csv
    rows = [
        ["St Helens People's Board – Action Log", "", "", "", "", "", "", ""],
        ["Last updated: 12 January 2026", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action No.", "Date of Meeting", "Agenda Item", "Action",
         "Responsible Officer", "Due Date", "Status", "Comments"],
        ["PB/25/14", "12/03/2025", "Better Care Fund Plan 2025/26",
         "Circulate the final BCF plan to Board members following NHS England "
         "assurance", "Director of Integration (St Helens Place)", "30/06/2025",
         "Complete", "Circulated 19/06/2025"],
        ["PB/25/18", "11/06/2025", "Pharmaceutical Needs Assessment",
         "Establish a PNA steering group and bring the draft PNA to the Board before "
         "consultation", "Public Health Consultant", "September 2025", "Complete",
         "Draft PNA approved for consultation 10/09/2025"],
        ["PB/25/22", "11/06/2025", "Healthwatch annual report",
         "Share the findings of the GP access survey with primary care commissioners",
         "Healthwatch St Helens Manager", "31/07/2025", "Complete",
         "Shared with Place primary care team 24/07/2025"],
        ["PB/25/27", "10/09/2025", "Joint Health and Wellbeing Strategy – progress",
         "Bring a deep-dive report on healthy weight in children to the December "
         "meeting", "Director of Public Health", "10/12/2025", "Complete",
         "Taken 10/12/2025"],
        ["PB/25/29", "10/09/2025", "Suicide prevention",
         "Provide data on self-harm admissions for 10–24 year olds by ward",
         "Public Health Intelligence Manager", "Febuary 2026", "Open",
         "Data request with Mersey and West Lancashire Teaching Hospitals"],
        ["PB/25/33", "10/12/2025", "Better Care Fund Q2 return",
         "Report the outcome of the discharge to assess review to the March Board",
         "Director of Adult Social Care; Place Director (NHS Cheshire and Merseyside)",
         "11/03/2026", "Open", ""],
        ["PB/25/35", "10/12/2025", "Child poverty",
         "Map the family hub offer against ward-level child poverty data and share "
         "with Board members", "Assistant Director – Early Help", "31/01/2026",
         "Open", "Draft map shared with officers"],
        ["PB/25/36", "10/12/2025", "Any other business",
         "Arrange a Board development session on the Marmot Community approach",
         "Democratic Services Officer", "March 2026", "Open", ""],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Open – action in progress; Complete – action closed by the "
         "Board", "", "", "", "", "", "", ""],
    ]
    path = out("yk-st-helens-peoples-board-hwb-action-log-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ======================================================================
# 7. Redbridge Safeguarding Children Partnership - LCSPR Child T (txt, TSV)
# ======================================================================
def redbridge():
    lines = [
        "Redbridge Safeguarding Children Partnership (RSCP)",
        "Local Child Safeguarding Practice Review: Child T",
        "Multi-Agency Action Plan – progress update for the RSCP Executive Board, "
        "21 January 2026",
        "",
        "Key: B = Complete\tG = On track\tA = Some slippage\tR = Off track / overdue",
        "",
        "Ref\tAction\tLead\tTarget date\tRAG\tProgress / evidence",
        "Learning Theme 1: Hearing the voice of the child",
        "Recommendation 1: RSCP partners to assure the Executive Board that the lived "
        "experience of babies and non-verbal children is recorded in assessments and "
        "plans.",
        "1.1\tRevise the RSCP Child's Voice practice guidance to include babies and "
        "pre-verbal children.\tRSCP Business Manager\tSept 2025 – Dec 2025\tB\t"
        "Guidance published on the RSCP website 28/11/2025.",
        "1.2\tCarry out a multi-agency audit of 20 cases of children under 2 to test "
        "whether the child's daily lived experience is recorded.\tRSCP Quality "
        "Assurance Subgroup Chair\t31.03.26\tG\tAudit scheduled for February 2026.",
        "Learning Theme 2: Professional curiosity and challenge",
        "Recommendation 2: Partners to ensure practitioners use the RSCP escalation "
        "policy when they disagree with a threshold decision.",
        "2.1\tRelaunch the escalation policy through 7-minute briefings in every "
        "partner agency.\tRSCP Training Coordinator\tJanuary 2026\tA\tBriefings "
        "delivered in Police, Health and Education; Children's Social Care and Early "
        "Help outstanding.",
        "2.2\tAdd escalations to the quarterly RSCP data dashboard.\tRSCP Business "
        "Manager / LBR Head of Performance\tApril 2026\tG\tData definitions agreed.",
        "Recommendation 3: NELFT and Barts Health to ensure that information about a "
        "new baby's additional needs is shared with the 0–19 (health visiting) "
        "service before discharge.",
        "3.1\tReview the maternity to health visiting handover pathway and add a "
        "mandatory field for safeguarding concerns.\tNamed Midwife for Safeguarding "
        "(Barts Health); Named Nurse Safeguarding Children (NELFT)\tEnd of March "
        "2026\tG\tPathway workshop held 9 December 2025.",
        "Learning Theme 3: Working with fathers and male carers",
        "Recommendation 4: All partner agencies to record the details of fathers and "
        "significant males in the household and include them in assessments.",
        "4.1\tAdd a 'significant males' section to the Children's Social Care and "
        "Early Help assessment templates.\tHead of Service – Assessment and "
        "Intervention\tFeb-26\tR\tSystem change request raised; awaiting supplier.",
        "4.2\tDeliver 'Think Dad' training to practitioners across the partnership."
        "\tRSCP Training Coordinator\tOngoing\tG\tThree sessions delivered; 64 "
        "attendees.",
        "",
        "Completed actions stay in the plan until the Executive Board agrees closure.",
        "Next review: RSCP Executive Board, April 2026",
    ]
    path = out("yk-redbridge-safeguarding-children-partnership-lcspr-child-t-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    harborough()
    scilly()
    pendle()
    north_yorkshire()
    bristol()
    st_helens()
    redbridge()
    print("done")
