"""Build the seven qs- blind test files (set heldout469).

Run with /work/main/.venv/bin/python qs_make.py from any directory; files are
written beside this script.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. North Norfolk District Council - Corporate Plan action plan (xlsx, read)
# ---------------------------------------------------------------------------
def north_norfolk():
    title = "North Norfolk District Council – Corporate Plan 2023-27 Action Plan 2025-26"
    sub = "Progress report to end of Quarter 2 (30 September 2025)"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = sub
    ws["A3"] = "Reported to: Cabinet 3 November 2025 and Overview & Scrutiny Committee 12 November 2025"
    ws["A5"] = "Status key"
    ws["A5"].font = Font(bold=True)
    key = [
        ("Complete", "Action has been completed", BLUE),
        ("Green", "In progress and on track", GREEN),
        ("Amber", "In progress – some issues or delay", AMBER),
        ("Red", "Significant issues – action unlikely to be delivered as planned", RED),
        ("Not started", "Action not yet started", GREY),
    ]
    for i, (k, v, c) in enumerate(key, start=6):
        ws.cell(i, 1, k).fill = fill(c)
        ws.cell(i, 2, v)
    ws["A12"] = "Summary by theme (Quarter 2 status)"
    ws["A12"].font = Font(bold=True)
    hdr = ["Theme", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(13, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    summary = [
        ("1. Our Greener Future", 2, 0, 1, 1, 0, 0),
        ("2. Developing Our Communities", 2, 1, 0, 1, 0, 0),
        ("3. Meeting our Housing Need", 2, 0, 1, 0, 1, 0),
        ("4. Investing in our Local Economy and Infrastructure", 2, 0, 2, 0, 0, 0),
        ("5. A Strong, Responsible and Accountable Council", 3, 0, 2, 1, 0, 0),
        ("Total", 11, 1, 6, 3, 1, 0),
    ]
    for i, row in enumerate(summary, start=14):
        for j, v in enumerate(row, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 60

    ap = wb.create_sheet("Action Plan")
    ap.merge_cells("A1:I1")
    ap["A1"] = title
    ap["A1"].font = Font(bold=True, size=14)
    ap["A2"] = sub
    heads = ["No.", "Corporate Plan objective", "Action", "Lead officer", "Portfolio",
             "Due by", "Q1 status", "Q2 status", "Q2 progress update"]
    for j, h in enumerate(heads, start=1):
        c = ap.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
        c.alignment = WRAP
    widths = [6, 34, 60, 34, 24, 13, 11, 11, 60]
    for j, w in enumerate(widths, start=1):
        ap.column_dimensions[chr(64 + j)].width = w
    status_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE,
                   "Not started": GREY}

    themes = [
        ("1. Our Greener Future", [
            ("Reduce carbon emissions from Council operations and increase recycling across the district", [
                (1, "Deliver year three of the Net Zero 2030 Strategy and Climate Action Plan, including installation of solar PV and battery storage at the Cromer office",
                 "Climate and Environmental Policy Manager", "Climate Change & Net Zero", "March 2026",
                 "Green", "Green", "Contractor appointed; installation scheduled for January 2026."),
                (2, "Introduce weekly separate food waste collections for all households in the district",
                 "Assistant Director for Environmental and Leisure Services", "Waste & Environmental Services",
                 datetime(2026, 3, 31), "Green", "Amber",
                 "Vehicles ordered. National supply-chain pressures on kitchen caddies may delay roll-out by up to two months."),
            ]),
        ]),
        ("2. Developing Our Communities", [
            ("Support healthy, active and inclusive communities", [
                (3, "Complete construction of the Fakenham Leisure and Sports Hub and open it to the public",
                 "Director for Communities / Assistant Director for Environmental and Leisure Services",
                 "Leisure, Culture & Wellbeing", "Q4 2025/26", "Amber", "Amber",
                 "Groundworks complete. Steel frame delivery delayed by six weeks; opening now forecast for spring 2026."),
                (4, "Review the Community Grants scheme and open the 2025/26 funding round",
                 "Community Engagement Manager", "Community & Coast", "Sept 2025", "Green", "Complete",
                 "Funding round closed 31 August; 42 grants awarded totalling £118,500."),
            ]),
        ]),
        ("3. Meeting our Housing Need", [
            ("Plan for the homes the district needs", [
                (5, "Adopt the North Norfolk Local Plan 2016-2036 and publish the supporting Design Guide Supplementary Planning Document",
                 "Assistant Director for Planning", "Planning & Enforcement", "Dec 2025", "Green", "Green",
                 "Inspector's final report received; adoption report to Full Council in December."),
            ]),
            ("Reduce the use of bed and breakfast accommodation for homeless households", [
                (6, "Acquire 12 additional properties for use as temporary accommodation, using the Local Authority Housing Fund",
                 "Housing Strategy and Delivery Manager", "Housing & Peoples' Services", "March 2026", "Amber", "Red",
                 "Five properties acquired. Limited supply of suitable homes within budget; revised target to be agreed by Cabinet."),
            ]),
        ]),
        ("4. Investing in our Local Economy and Infrastructure", [
            ("Protect our coast and support our market towns and rural economy", [
                (7, "Deliver the Coastwise (Coastal Transition Accelerator Programme) projects at Happisburgh, Mundesley and Trimingham",
                 "Coastwise Programme Manager", "Coast", "Ongoing", "Green", "Green",
                 "Community engagement events held in July and September; roll-back scheme for beach access approved."),
                (8, "Administer the Rural England Prosperity Fund capital grants programme for local businesses and community facilities",
                 "Economic Growth Manager", "Sustainable Growth", "March 2026", "Green", "Green",
                 "£420k committed across 19 projects; final claims due February 2026."),
            ]),
        ]),
        ("5. A Strong, Responsible and Accountable Council", [
            ("Prepare for Local Government Reorganisation while maintaining core services", [
                (9, "Work with the other Norfolk councils to develop and submit proposals for unitary local government, and prepare the Council's data and contracts for transition",
                 "Chief Executive", "Leader", "Q4 2025/26", "Green", "Green",
                 "Final proposal submitted to Government on 26 September 2025. Contracts register review under way."),
            ]),
            ("Deliver modern, efficient and financially sustainable services", [
                (10, "Implement the new customer services platform, including an online self-service account for residents",
                 "Customer Services Manager; ICT Manager", "Finance, Estates & Property Services", "Jan 2026",
                 "Not started", "Amber",
                 "Supplier appointed in August. Data migration testing has identified integration issues with the revenues system."),
                (11, "Update the Medium Term Financial Strategy and set a balanced budget for 2026/27",
                 "Director for Resources (S151 Officer)", "Finance, Estates & Property Services", "February 2026",
                 "Green", "Green", "MTFS update reported to Cabinet in September; budget proposals being prepared."),
            ]),
        ]),
    ]
    r = 5
    for theme, objectives in themes:
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ap.cell(r, 1, theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("548235")
        r += 1
        for obj, acts in objectives:
            first = r
            for (no, act, lead, port, due, q1, q2, upd) in acts:
                vals = [no, obj if r == first else None, act, lead, port, due, q1, q2, upd]
                for j, v in enumerate(vals, start=1):
                    c = ap.cell(r, j, v)
                    c.border = BOX
                    c.alignment = WRAP
                if isinstance(due, datetime):
                    ap.cell(r, 6).number_format = "dd/mm/yyyy"
                ap.cell(r, 7).fill = fill(status_fill[q1])
                ap.cell(r, 8).fill = fill(status_fill[q2])
                r += 1
            if r - 1 > first:
                ap.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ap.cell(r, 1, "Note: Actions marked Complete will be removed from the Quarter 3 report. "
                  "Portfolios are shown for information.").font = Font(italic=True)
    ap.freeze_panes = "A5"

    notes = wb.create_sheet("Notes")
    notes["A1"] = "About this report"
    notes["A1"].font = Font(bold=True)
    notes["A2"] = ("The lead officer for each action has been asked for their assessment of progress, "
                   "to identify issues and to propose the action they will take to address them.")
    notes["A3"] = "Red and amber actions are reviewed by the Corporate Leadership Team each quarter."
    notes.column_dimensions["A"].width = 110
    wb.save(out("qs-north-norfolk-district-council-corporate-plan-action-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Wakefield Council - internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
def wakefield():
    title = "Wakefield Council – Internal Audit: Outstanding Recommendations Tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Governance Committee – 26 January 2026"
    sm["A3"] = "Position as at 31 December 2025"
    hdr = ["Priority", "Implemented (B)", "Not yet due (G)", "Revised date agreed (A)",
           "Overdue (R)", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    rows = [("High", 1, 1, 1, 0, 3), ("Medium", 0, 2, 1, 2, 5), ("Low", 0, 1, 0, 0, 1),
            ("Total", 1, 4, 2, 2, 9)]
    for i, row in enumerate(rows, start=6):
        for j, v in enumerate(row, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm["A11"] = "RAG key"
    sm["A11"].font = Font(bold=True)
    key = [("B", "Implemented – awaiting verification by Internal Audit", BLUE),
           ("G", "Not yet due / on track", GREEN),
           ("A", "Original date missed – revised date agreed", AMBER),
           ("R", "Overdue – revised date missed or not agreed", RED)]
    for i, (k, v, c) in enumerate(key, start=12):
        sm.cell(i, 1, k).fill = fill(c)
        sm.cell(i, 2, v)
    sm.column_dimensions["A"].width = 12
    for col in "BCDEF":
        sm.column_dimensions[col].width = 22

    tr = wb.create_sheet("Tracker")
    tr["A1"] = title
    tr["A1"].font = Font(bold=True, size=14)
    tr["A2"] = "Position as at 31 December 2025"
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "RAG", "Management update (December 2025)"]
    for j, h in enumerate(heads, start=1):
        c = tr.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    for col, w in zip("ABCDEFGHI", [12, 9, 48, 52, 30, 12, 12, 6, 50]):
        tr.column_dimensions[col].width = w
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    D = lambda y, m, d: datetime(y, m, d)
    audits = [
        ("Payroll (2024/25) – Limited Assurance", [
            ("Starter and leaver forms should be approved by the line manager before processing, and a sample should be independently checked by a second member of the Payroll team each month.", [
                ("2425-07.1", "High",
                 "A mandatory manager approval step will be built into the iTrent self-service starter and leaver workflow, and a monthly 10% sample check will be recorded on the Payroll checklist.",
                 "Payroll and Pensions Manager", D(2025, 3, 31), D(2025, 9, 30), "B",
                 "Workflow change went live 1 September 2025. Sample checks evidenced for September to November."),
            ]),
            ("Overtime claims should be authorised by the budget holder and unusually high claims should be reviewed.", [
                ("2425-07.2a", "Medium",
                 "Monthly exception report of overtime claims above 20 hours per employee to be produced and sent to Service Directors for review.",
                 "Payroll and Pensions Manager", D(2025, 6, 30), D(2026, 3, 31), "A",
                 "Report designed; awaiting Business Intelligence resource to automate."),
                ("2425-07.2b", "Medium",
                 "The Overtime and Additional Hours Policy will be updated and re-issued to all managers.",
                 "Head of HR Policy / Payroll and Pensions Manager", D(2025, 6, 30), None, "R",
                 "Draft policy with trade unions for consultation. No revised date provided."),
            ]),
        ]),
        ("Direct Payments (2024/25) – Limited Assurance", [
            ("Annual reviews of direct payment recipients should be completed on time and unspent balances recovered.", [
                ("2425-12.1", "High",
                 "Introduce a quarterly audit of direct payment accounts holding more than 12 weeks of unspent funds, with recovery letters issued within 28 days.",
                 "Service Manager – Direct Payments", D(2025, 10, 31), D(2026, 1, 31), "A",
                 "First quarterly audit completed; £212k identified for recovery. Recovery letter template with Legal."),
            ]),
            ("Direct payment agreements should be signed and held on the care record before the first payment is made.", [
                ("2425-12.2", "Medium",
                 "Update the Direct Payments procedure and Mosaic workflow so that the first payment cannot be authorised until a signed agreement has been uploaded.",
                 "Clare Whitworth and Imran Hussain", D(2026, 3, 31), None, "G",
                 "Mosaic change request raised (CR-1184)."),
            ]),
        ]),
        ("Disabled Facilities Grants (2023/24) – Reasonable Assurance", [
            ("The DFG policy should be reviewed to reflect current legislation and the Council's discretionary assistance offer.", [
                ("2324-19.3", "Medium",
                 "Revised Housing Assistance Policy, including discretionary DFG top-ups, to be presented to Cabinet for approval.",
                 "Private Sector Housing Manager", D(2024, 6, 30), D(2025, 12, 31), "R",
                 "Cabinet report deferred to March 2026 pending the outcome of the national DFG review."),
            ]),
        ]),
        ("Cyber Security – Patch Management (2025/26) – Limited Assurance", [
            ("Critical security patches should be applied to servers within 14 days of release, in line with the Cyber Essentials standard.", [
                ("2526-03.1", "High",
                 "Implement automated patch deployment for all Windows servers, with a monthly compliance report to the ICT Management Team.",
                 "Head of ICT", D(2026, 1, 31), None, "G",
                 "Deployment tool configured; pilot on 40 servers complete."),
            ]),
            ("Unsupported operating systems should be identified, risk-assessed and removed from the network.", [
                ("2526-03.2", "Medium",
                 "Complete the inventory of unsupported devices and agree a decommissioning plan for each, with exceptions recorded on the ICT risk register.",
                 "Infrastructure Manager; Security and Compliance Lead", D(2026, 2, 28), None, "G",
                 "Inventory 80% complete."),
            ]),
            ("The Patch Management Policy should be reviewed annually.", [
                ("2526-03.3", "Low",
                 "Review and republish the Patch Management Policy, and add it to the ICT annual policy review schedule.",
                 "Service Desk Manager", D(2026, 3, 31), None, "G", ""),
            ]),
        ]),
    ]
    r = 5
    for audit, recs in audits:
        tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = tr.cell(r, 1, audit)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, pri, act, lead, orig, rev, rag, upd) in acts:
                vals = [ref, pri, rec if r == first else None, act, lead, orig, rev, rag, upd or None]
                for j, v in enumerate(vals, start=1):
                    c = tr.cell(r, j, v)
                    c.border = BOX
                    c.alignment = WRAP
                tr.cell(r, 6).number_format = "dd/mm/yyyy"
                tr.cell(r, 7).number_format = "dd/mm/yyyy"
                tr.cell(r, 8).fill = fill(rag_fill[rag])
                tr.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                tr.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    tr.cell(r, 1, "Recommendations implemented and verified by Internal Audit since the last Committee "
                  "have been removed from this tracker.").font = Font(italic=True)
    tr.freeze_panes = "A5"
    wb.save(out("qs-wakefield-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Barnsley MBC - strategic risk register extract (xlsx, REFUSE: Febuary 2026)
# ---------------------------------------------------------------------------
def barnsley():
    wb = Workbook()
    db = wb.active
    db.title = "Dashboard"
    db["A1"] = "Barnsley Metropolitan Borough Council – Strategic Risk Register"
    db["A1"].font = Font(bold=True, size=14)
    db["A2"] = "Quarter 3 2025/26 – reviewed by the Senior Management Team on 13 January 2026"
    db["A4"] = "Risk profile"
    db["A4"].font = Font(bold=True)
    prof = [("Rating", "Number of risks"), ("High (Red)", 3), ("Medium (Amber)", 10),
            ("Low (Green)", 0), ("Total", 13)]
    for i, (a, b) in enumerate(prof, start=5):
        db.cell(i, 1, a).border = BOX
        db.cell(i, 2, b).border = BOX
    db["A5"].font = db["B5"].font = Font(bold=True)
    db["A6"].fill = fill(RED)
    db["A7"].fill = fill(AMBER)
    db["A8"].fill = fill(GREEN)
    db["A11"] = "Risks in this extract (deep dive): SR02, SR05, SR09"
    db["A12"] = "Action RAG key: Complete = action delivered; Green = on track; Amber = some slippage; Red = off track"
    db.column_dimensions["A"].width = 30
    db.column_dimensions["B"].width = 18

    rr = wb.create_sheet("Risk Register")
    rr["A1"] = "Barnsley Metropolitan Borough Council – Strategic Risk Register (Q3 2025/26)"
    rr["A1"].font = Font(bold=True, size=14)
    rr["A2"] = "Extract: risks scheduled for review by the Audit and Governance Committee, 21 January 2026"
    heads = ["Ref", "Risk / mitigating action", "Owner", "Completion date", "RAG", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = rr.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    for col, w in zip("ABCDEF", [10, 70, 38, 16, 10, 60]):
        rr.column_dimensions[col].width = w
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    risks = [
        ("SR02", "Financial sustainability – the Council is unable to deliver a balanced Medium Term Financial Strategy",
         "Executive Director Core Services", "High (Red)", [
             ("Action 1", "Deliver the 2025/26 savings programme and report progress monthly to SMT",
              "Service Director Finance (S151)", "March 2026", "Green",
              "£6.1m of £7.4m savings delivered or on track at month 8."),
             ("Action 2", "Refresh the MTFS to reflect the Local Government Finance Settlement",
              "Service Director Finance (S151)", "February 2026", "Green",
              "Provisional settlement received 18 December; modelling under way."),
             ("Action 3", "Review earmarked reserves and release balances no longer required",
              "Head of Corporate Finance", "31/12/2025", "Complete",
              "£2.3m released to the general fund."),
         ]),
        ("SR05", "Threat of fraud and cyber attack – a successful fraud or cyber-enabled attack causes financial loss, data loss or service disruption",
         "Executive Director Core Services", "Medium (Amber)", [
             ("Action 1", "Complete the annual fraud vulnerability questionnaire in every Business Unit",
              "Head of Corporate Assurance", "December 2025", "Complete",
              "All Business Units returned the questionnaire."),
             ("Action 2", "Develop role-specific fraud awareness training for posts where the risk of fraud is greatest",
              "Head of Corporate Assurance / Head of Organisational Development", "Febuary 2026", "Amber",
              "Content drafted; slipped to allow alignment with the new learning platform."),
             ("Action 3", "Achieve the Cyber Assessment Framework baseline for all critical systems",
              "Head of IT Services", "June 2026", "Green",
              "Self-assessment submitted; gap analysis being worked through."),
         ]),
        ("SR09", "Emergency resilience – the Council is unable to respond effectively to a major incident or business continuity event",
         "Executive Director Public Health and Communities", "Medium (Amber)", [
             ("Action 1", "Test business continuity plans for all critical services through a multi-agency exercise",
              "Emergency Resilience Manager", "March 2026", "Amber",
              "Exercise date moved to March to align with South Yorkshire LRF programme."),
             ("Action 2", "Train additional Rest Centre managers and loggists",
              "Emergency Resilience Manager", "January 2026", "Green",
              "14 staff trained; final session booked for 20 January."),
             ("Action 3", "Submit evidence to the UK COVID-19 Inquiry as requested",
              "Executive Director Public Health and Communities", "As required", "Green",
              "No outstanding requests."),
         ]),
    ]
    r = 5
    for ref, risk, owner, rating, acts in risks:
        rr.cell(r, 1, ref)
        rr.cell(r, 2, risk)
        rr.cell(r, 3, "Risk owner: " + owner)
        rr.cell(r, 5, rating)
        for j in range(1, 7):
            rr.cell(r, j).font = Font(bold=True)
            rr.cell(r, j).fill = fill("E4DFEC")
            rr.cell(r, j).border = BOX
            rr.cell(r, j).alignment = WRAP
        rr.cell(r, 5).fill = fill(RED if rating.startswith("High") else AMBER)
        r += 1
        for (lab, act, own, date, rag, upd) in acts:
            for j, v in enumerate([lab, act, own, date, rag, upd], start=1):
                c = rr.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
            rr.cell(r, 5).fill = fill(rag_fill[rag])
            r += 1
    r += 1
    rr.cell(r, 1, "Full risk register, including risk scores and controls, is held in the Council's risk management system.").font = Font(italic=True)
    wb.save(out("qs-barnsley-mbc-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Safer Sheffield Partnership - DHR 'Rosa' action plan (docx, read)
# ---------------------------------------------------------------------------
def sheffield():
    doc = Document()
    landscape(doc)
    doc.add_heading("Safer Sheffield Partnership – Domestic Homicide Review ‘Rosa’: Action Plan", level=0)
    doc.add_paragraph("Victim: Rosa (pseudonym), aged 47. Overview report accepted by the Safer Sheffield "
                      "Partnership Board on 14 March 2024 and quality assured by the Home Office Quality "
                      "Assurance Panel.")
    doc.add_paragraph("Action plan owner: Sheffield Domestic Abuse Coordination Team (DACT). "
                      "Progress position at 31 January 2025.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
    for row in [("0.3", "02/04/2024", "DACT Policy Officer", "Draft for panel comment"),
                ("1.0", "14/05/2024", "DACT Policy Officer", "Agreed by SSP Board"),
                ("1.4", "31/01/2025", "DACT Policy Officer", "Quarterly progress update")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, meaning in [(BLUE, "Completed – evidence received"), (GREEN, "On track"),
                         (AMBER, "Some slippage – revised date agreed"), (RED, "Off track / at risk")]:
        cells = key.add_row().cells
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    heads = ["No.", "Action to take", "Lead agency", "Key milestones achieved in enacting recommendation",
             "Target date", "Date of completion and outcome", "RAG"]

    def plan_table(blocks):
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for rec, acts in blocks:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            for (no, act, lead, miles, target, outcome, rag) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells[:6], [no, act, lead, miles, target, outcome]):
                    set_cell(c, v)
                set_cell(cells[6], "")
                shade(cells[6], rag)
        return t

    doc.add_heading("1. Overview Report Recommendations", level=1)
    plan_table([
        ("Recommendation 1: That the Safer Sheffield Partnership ensures practitioners in all agencies understand and respond to non-fatal strangulation as a high-risk indicator of domestic homicide.", [
            ("1.1", "Review multi-agency domestic abuse training to include a specific module on non-fatal strangulation and its link to homicide risk.",
             "DACT", "Module drafted with Sheffield Teaching Hospitals safeguarding team and piloted in May 2024.",
             "June 2024", "Module launched 01/07/2024; 212 practitioners trained to date.", BLUE),
            ("1.2", "Add a prompt on strangulation to the Sheffield DASH risk assessment guidance and the MARAC referral form.",
             "DACT / South Yorkshire Police", "Revised MARAC referral form agreed by MARAC Steering Group.",
             "Sept 2024", "", GREEN),
        ]),
        ("Recommendation 2: That agencies improve the sharing of information about domestic abuse with GP practices.", [
            ("2.1", "Develop a protocol for notifying GP practices when a patient is discussed at MARAC, including flagging of the patient record.",
             "NHS South Yorkshire ICB (Sheffield Place)", "Draft protocol shared with the Local Medical Committee.",
             "Q2 2024/25", "", AMBER),
            ("2.2", "Audit a sample of 30 MARAC cases to test whether GP practices received and recorded the notification.\nReport audit findings to the DHR Standing Panel.",
             "NHS South Yorkshire ICB (Sheffield Place)", "Audit tool agreed.", "March 2025", "", GREEN),
        ]),
        ("Recommendation 3: That the Safer Sheffield Partnership raises awareness of domestic abuse support services in workplaces.", [
            ("3.1", "Deliver a workplace domestic abuse awareness campaign with Sheffield employers, including a toolkit for line managers.",
             "DACT and Sheffield City Council Communications", "Toolkit published November 2024; 18 employers signed up.",
             "Ongoing", "", GREEN),
        ]),
    ])
    doc.add_paragraph()
    doc.add_heading("2. Single Agency Recommendations", level=1)
    plan_table([
        ("South Yorkshire Police – Recommendation SYP1: Officers attending domestic abuse incidents should record the voice of the victim and of any children present.", [
            ("SYP1.1", "Refresh body-worn video guidance for domestic abuse incidents and include it in the Domestic Abuse Matters training.",
             "South Yorkshire Police", "Guidance refreshed and approved by Force Vulnerability Board.",
             "December 2024", "Guidance reissued 18/11/2024.", BLUE),
        ]),
        ("Sheffield Teaching Hospitals NHS Foundation Trust – Recommendation STH1: Routine enquiry about domestic abuse should be completed and recorded at every Emergency Department attendance by an adult patient with an injury.", [
            ("STH1.1", "Add a mandatory routine enquiry field to the Emergency Department electronic record.",
             "Named Nurse Safeguarding Adults", "System change tested; go-live delayed by EPR upgrade.",
             "31/03/2024 (revised: 30/09/2024)", "Field live from 23/09/2024.", BLUE),
            ("STH1.2", "Audit compliance with routine enquiry quarterly and report to the Trust Safeguarding Committee.",
             "Named Nurse Safeguarding Adults; Head of Nursing – Emergency Care", "Q3 audit: 71% compliance.",
             "Quarterly", "", GREEN),
        ]),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Next review of this action plan: DHR Standing Panel, April 2025. Completed actions "
                      "will be signed off by the Safer Sheffield Partnership Board.")
    doc.save(out("qs-safer-sheffield-partnership-dhr-rosa-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. South Tees SCP - CSPR 'Child L' action plan (docx, read)
# ---------------------------------------------------------------------------
def south_tees():
    doc = Document()
    landscape(doc)
    doc.add_heading("South Tees Safeguarding Children Partnership: Child Safeguarding Practice Review "
                    "‘Child L’ – Action Plan", level=0)
    doc.add_paragraph("Review published: 5 October 2023 | Plan agreed by STSCP Executive: 19 October 2023 | "
                      "Progress as at: 29 February 2024")
    doc.add_paragraph("This plan is monitored by the Learning and Improvement Sub-Group. "
                      "RAG: R = off track, A = in progress – some concerns, G = in progress – on track, "
                      "C = complete.")
    heads = ["Ref", "Recommendation", "Action", "Lead", "Timescale", "Evidence of impact", "RAG"]
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "C": BLUE}

    def theme(heading, recs):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "C6E0B4")
        for rec, acts in recs:
            first = None
            for (ref, act, lead, when, impact, rag) in acts:
                row = t.add_row()
                cells = row.cells
                set_cell(cells[0], ref)
                if first is None:
                    set_cell(cells[1], rec)
                    first = cells[1]
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[5], impact)
                set_cell(cells[6], rag, bold=True)
                shade(cells[6], rag_fill[rag])
            last = t.rows[-1].cells[1]
            if last._tc is not first._tc:
                first.merge(last)
        doc.add_paragraph()

    theme("Learning theme 1: Professional curiosity about adults in the household", [
        ("1. Practitioners should find out who lives in and visits the home, including new partners, and check what is known about them.", [
            ("1a", "Update the STSCP ‘Think Family’ guidance to include a prompt on establishing household composition at every home visit.",
             "STSCP Business Manager", "Dec 2023", "Guidance republished 11/12/2023.", "C"),
            ("1b", "Deliver 7-minute briefings on ‘hidden men’ to children’s social care, health visiting and school nursing teams across both local authorities.",
             "Principal Social Worker (Middlesbrough) and Principal Social Worker (Redcar & Cleveland)",
             "March 2024", "Briefings delivered to 14 of 19 teams.", "G"),
        ]),
    ])
    theme("Learning theme 2: Information sharing between health and education", [
        ("2. Health and education partners should share concerns about a child’s attendance, presentation and health needs at the earliest point.", [
            ("2a", "Agree a protocol for school nurses to share information with Designated Safeguarding Leads when a child misses health appointments.",
             "Designated Nurse Safeguarding Children (NENC ICB)", "Autumn term 2023",
             "Protocol in draft; sign-off by both school nursing providers outstanding.", "A"),
            ("2b", "Run termly DSL network sessions on the learning from this review.\nInclude an audit of attendance and health referrals in the Section 175 return.",
             "Education Safeguarding Leads", "Spring term 2024", "Autumn network sessions attended by 61 schools.", "G"),
        ]),
        ("3. The multi-agency chronology should be used to identify patterns of neglect.", [
            ("3a", "Introduce a shared chronology template for all children subject to a child protection plan for neglect.",
             "Head of Safeguarding and Review", "By 31 January 2024",
             "Template not yet agreed by health partners; escalated to STSCP Executive.", "R"),
        ]),
    ])
    theme("Learning theme 3: Hearing the voice of the child", [
        ("4. Practitioners should see children on their own and record what children say, using the child’s own words.", [
            ("4a", "Audit 40 case records across agencies for evidence of the child being seen alone and the child’s words being recorded.",
             "Chair of the Quality Assurance Sub-Group", "Q4 2023/24", "Audit under way; 22 records reviewed.", "A"),
            ("4b", "Cleveland Police to include the voice of the child in the domestic abuse attendance checklist.",
             "Cleveland Police Vulnerability Lead", "Nov 2023", "Checklist updated and briefed to response officers.", "C"),
        ]),
    ])
    doc.add_paragraph("Evidence of impact will be reported to the STSCP Executive in the Annual Report 2023/24.")
    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Role", "Organisation", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Independent Scrutineer", "STSCP", "19/10/2023"),
                ("Chair, Learning and Improvement Sub-Group", "NENC ICB", "19/10/2023")]:
        cells = so.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(out("qs-south-tees-safeguarding-children-partnership-cspr-child-l-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Lambeth Health and Wellbeing Board - action log (csv, read)
# ---------------------------------------------------------------------------
def lambeth():
    import csv
    import io
    rows = [
        ["Lambeth Health and Wellbeing Board – Action Log", "", "", "", "", "", "", ""],
        ["Updated for meeting of 22 January 2026", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Meeting date", "Agenda item", "Action", "Owner", "Due", "RAG", "Update"],
        ["HWB/25/07", "19/06/2025", "Lambeth Health and Care Plan – annual review",
         "Circulate the refreshed outcomes framework to Board members",
         "Director of Integrated Health and Care", "Jul-25", "Complete", "Circulated 14/07/2025."],
        ["HWB/25/08", "19/06/2025", "Pharmaceutical Needs Assessment 2025",
         "Publish the final Pharmaceutical Needs Assessment following consultation",
         "Director of Public Health", "01/10/2025", "Complete", "Published on the Council website 29/09/2025."],
        ["HWB/25/09", "19/06/2025", "Better Care Fund 2025-26",
         "Bring the BCF quarter 2 return to the Board for retrospective sign-off",
         "SEL ICB (Lambeth) Place Executive Lead / Director of Adult Social Care", "Next meeting", "G",
         "On agenda for 22 January 2026."],
        ["HWB/25/10", "16/10/2025", "Joint Strategic Needs Assessment – Black Health Outcomes",
         "Set up a task and finish group on hypertension detection in Black African and Caribbean residents.\nReport back on its terms of reference.",
         "Adams, Priya", "Dec-25", "A",
         "First meeting arranged for 12 January 2026 – delayed by availability of GP leads."],
        ["HWB/25/11", "16/10/2025", "Joint Strategic Needs Assessment – Black Health Outcomes",
         "Share the community engagement findings with Healthwatch Lambeth and the Lambeth Together Assurance Group",
         "Consultant in Public Health", "Jan-26", "G", "Findings report being finalised."],
        ["HWB/25/12", "16/10/2025", "Healthwatch Lambeth annual report 2024/25",
         "Provide a written response to Healthwatch recommendations on access to GP appointments",
         "Cllr T. Mensah and Director of Primary Care (SEL ICB)", "30/11/2025", "R",
         "Response drafted; awaiting ICB sign-off."],
        ["HWB/25/13", "16/10/2025", "Any other business",
         "Add a standing item on winter pressures to the forward plan",
         "Democratic Services", "TBC", "", ""],
        ["HWB/25/14", "16/10/2025", "Lambeth Safeguarding Adults Board annual report 2024/25",
         "Circulate the easy-read version of the SAB annual report to Board members",
         "Lambeth SAB Business Manager", "March 2026", "G", "Easy-read version commissioned."],
        ["", "", "", "", "", "", "", ""],
        ["Key: G = on track, A = at risk, R = overdue, Complete = closed at this meeting (to be removed from the log)",
         "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out("qs-lambeth-health-and-wellbeing-board-action-log.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Nottinghamshire CC - Ofsted focused visit action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def nottinghamshire():
    T = "\t"
    lines = [
        "Nottinghamshire County Council: Ofsted Focused Visit Action Plan – Children in Need and Child Protection",
        "Visit dates: 26–27 April 2022. Letter published: 8 June 2022.",
        "Report exported from the Children and Families performance system on 16/01/2023 09:42",
        "RAG key: Blue = complete; Green = on track; Amber = at risk of slipping; Red = off track",
        "",
        T.join(["Ref", "Action", "Lead", "Start", "Due", "RAG", "Progress"]),
        "Area for improvement 1: The consistency, purpose and recording of direct work with children",
        T.join(["1.1", "Launch practice standards for direct work, with a toolkit of resources for use with children of different ages",
                "Principal Social Worker", "Jun-22", "Sep-22", "Blue", "Standards launched at practice week, September 2022."]),
        T.join(["1.2", "Add a direct work section to the case recording template in Mosaic",
                "Mosaic Development Manager", "Jul-22", "Oct-22", "Blue", "Template change live 10/10/2022."]),
        "Area for improvement 2: The precision of child in need and child protection plans, so that progress can be measured",
        T.join(["2.1", "Deliver SMART planning workshops to all child in need and child protection teams",
                "Group Manager, Quality and Improvement", "Jul-22", "Dec-22", "Amber",
                "Workshops delivered to 9 of 12 teams; remaining sessions booked for February 2023."]),
        T.join(["2.2", "Child protection chairs to quality-assure every plan at review conference and escalate plans that are not specific",
                "Head of Service – Safeguarding and Independent Review", "Jun-22", "Ongoing", "Green",
                "Escalations tracked monthly; 31 raised since July 2022."]),
        T.join(["2.3", "Audit 60 child in need and child protection plans for clarity of actions and timescales",
                "Quality Assurance Manager", "Jan-23", "Mar-23", "Green", "Audit tool agreed."]),
        "Area for improvement 3: The quantity and quality of case file audits and their impact on practice",
        T.join(["3.1", "Re-launch the monthly audit programme, completing at least 250 audits by December 2022",
                "Head of Service – Quality Assurance", "Jul-22", "Dec-22", "Blue", "268 audits completed by 31/12/2022."]),
        T.join(["3.2", "Introduce moderation of audit grades and a quarterly learning report to the Children's Services Leadership Team",
                "Quality Assurance Manager; Principal Social Worker", "Oct-22", "Q4 2022/23", "Green",
                "First moderation panel held November 2022."]),
        "Area for improvement 4: The use of wider family networks to support and protect children",
        T.join(["4.1", "Extend Family Group Conferencing to all children on a child protection plan before the first review conference",
                "Service Manager (Family Group Conferencing)", "Sep-22", "Apr-23", "Red",
                "Recruitment of two additional coordinators delayed; interim arrangements in place."]),
        "",
        "Total actions: 8    Blue: 3    Green: 3    Amber: 1    Red: 1",
        "End of report",
    ]
    with open(out("qs-nottinghamshire-county-council-ofsted-focused-visit-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    north_norfolk()
    wakefield()
    barnsley()
    sheffield()
    south_tees()
    lambeth()
    nottinghamshire()
    print("built 7 files in", HERE)
