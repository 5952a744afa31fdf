"""Build the seven nk2- blind test files (set heldout409).

Run with /work/main/.venv/bin/python nk2_make.py ; writes beside this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
RAGFILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED,
           "B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Gloucestershire FRS - HMICFRS causes of concern / AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_glos_frs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Gloucestershire Fire and Rescue Service – HMICFRS Improvement Plan 2023-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Document control"
    ws["A3"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Approved by"),
        ("1.0", "31/05/2024", "Improvement Programme Manager", "Fire Improvement Board"),
        ("1.4", "07/07/2025", "Improvement Programme Manager", "Fire Improvement Board"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    ws["A8"] = "RAG key"
    ws["A8"].font = Font(bold=True)
    key = [("Blue", "Action complete and evidenced"),
           ("Green", "On track to deliver by the target date"),
           ("Amber", "At risk of missing the target date – mitigation in place"),
           ("Red", "Off track or overdue – escalated to Fire Improvement Board")]
    for i, (k, v) in enumerate(key):
        c = ws.cell(row=9 + i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        ws.cell(row=9 + i, column=2, value=v)
    ws["A14"] = "Position at 30 June 2025"
    ws["A14"].font = Font(bold=True)
    summ = [("", "Blue", "Green", "Amber", "Red", "Total"),
            ("Causes of concern", 2, 2, 2, 1, 7),
            ("Areas for improvement", 0, 4, 1, 0, 5),
            ("Total", 2, 6, 3, 1, 12)]
    for i, r in enumerate(summ):
        for j, v in enumerate(r):
            c = ws.cell(row=15 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or j == 0:
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60

    # --- Causes of concern sheet
    cc = wb.create_sheet("Causes of concern")
    cc["A1"] = "Causes of concern (issued 3 May 2024)"
    cc["A1"].font = Font(bold=True, size=13)
    cc["A2"] = "Progress position at 30 June 2025 – reported to Fire Improvement Board 14 July 2025"
    hdr = ["Ref", "HMICFRS recommendation", "Action", "Lead", "Original target",
           "Revised target", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr):
        c = cc.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    r = 5

    def heading(text):
        nonlocal r
        cc.cell(row=r, column=1, value=text).font = Font(bold=True)
        cc.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for j in range(1, 10):
            cc.cell(row=r, column=j).fill = fill(GREY)
        r += 1

    def rec(text, actions):
        nonlocal r
        start = r
        for (ref, act, lead, orig, rev, prev, cur, upd) in actions:
            vals = [ref, None, act, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals):
                c = cc.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            cc.cell(row=r, column=7).fill = fill(RAGFILL[prev])
            cc.cell(row=r, column=8).fill = fill(RAGFILL[cur])
            r += 1
        cc.cell(row=start, column=2, value=text).alignment = WRAP
        if r - 1 > start:
            cc.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)

    heading("Cause of concern 1 – Protection")
    rec("Provide enough appropriately trained and experienced staff to meet the inspection, "
        "reporting and enforcement requirements of its risk-based inspection programme.", [
            ("CoC1.1", "Recruit and develop four additional Fire Safety Inspectors through the "
             "Level 4 Diploma in Fire Safety pathway", "Area Manager Protection",
             D(2025, 3, 31), D(2025, 9, 30), "Amber", "Amber",
             "Two inspectors qualified in May 2025; two due to complete Level 4 in August 2025."),
            ("CoC1.2", "Review the risk-based inspection programme so that premises are prioritised "
             "by sleeping risk and compliance history", "Group Manager Protection / Head of Data and Performance",
             D(2024, 12, 31), None, "Green", "Blue",
             "Revised RBIP approved by Service Leadership Team on 11 December 2024."),
        ])
    rec("Provide resilient fire safety advice 24 hours a day, 7 days a week and, where necessary, "
        "take immediate action to keep people safe.", [
            ("CoC1.3", "Establish an out-of-hours protection duty officer rota with delegated "
             "enforcement powers", "Group Manager Protection",
             D(2024, 9, 30), None, "Green", "Blue",
             "Rota live from 1 October 2024; six officers authorised under the Fire Safety Order."),
        ])
    heading("Cause of concern 2 – Values and culture")
    rec("Make sure all staff understand the behaviours which are expected of them and how these "
        "relate to the service's culture.", [
            ("CoC2.1", "Launch the Core Code of Ethics and service values at station and team "
             "briefings, with attendance recorded on the learning management system",
             "Head of People and Culture", D(2025, 1, 31), D(2025, 6, 30), "Amber", "Green",
             "91% of staff briefed; remaining on-call stations scheduled for July drill nights."),
            ("CoC2.2", "Deliver 'Leading with Respect' training to all supervisory and middle managers",
             "Learning and Development Manager", D(2025, 3, 31), D(2025, 12, 31), "Amber", "Red",
             "Training provider contract delayed; 46% of managers trained. Escalated to FIB."),
        ])
    heading("Cause of concern 3 – Equality, diversity and inclusion")
    rec("Engage with its staff to develop clear EDI objectives and a plan to increase awareness "
        "of EDI and its importance across the organisation.", [
            ("CoC3.1", "Agree service EDI objectives with staff networks and representative bodies "
             "and publish them in the People Strategy 2025-28", "DCFO; Head of People and Culture",
             D(2025, 4, 30), None, "Green", "Green",
             "Objectives agreed with networks; publication awaiting Cabinet Member sign-off."),
            ("CoC3.2", "Complete equality impact assessments for all policies reviewed in 2025",
             "EDI Adviser", D(2026, 3, 31), None, "Green", "Amber",
             "12 of 30 policies assessed; additional EIA training booked for policy owners."),
        ])
    r += 1
    cc.cell(row=r, column=1, value="Note: revised targets agreed by the Fire Improvement Board are "
            "shown alongside the original target; the revised target applies.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (9, 40, 48, 26, 11, 11, 10, 10, 50)):
        cc.column_dimensions[col].width = w

    # --- AFI sheet
    af = wb.create_sheet("Areas for improvement")
    af["A1"] = "Areas for improvement (AFIs) – Effectiveness, efficiency and people 2023-25"
    af["A1"].font = Font(bold=True, size=13)
    hdr = ["AFI No.", "Pillar", "Area for improvement", "Action", "Owner", "Target date", "RAG", "Update"]
    for j, h in enumerate(hdr):
        c = af.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
    afis = [
        ("Effectiveness", "The service should make sure it gives relevant and timely information to the "
         "public to help keep them safe during and after incidents.", [
             ("AFI 1", "Introduce a pre-scripted warning and informing library for Fire Control and "
              "the duty press officer", "Head of Communications", "Oct-25", "Green",
              "Library drafted; testing with Fire Control in September."),
         ]),
        ("Efficiency", "The service should make sure its workforce plan takes full account of the "
         "necessary skills and capabilities to carry out its community risk management plan.", [
             ("AFI 4a", "Produce a strategic workforce plan aligned to the CRMP 2025-29",
              "Workforce Planning Lead", "Q3 2025/26", "Amber",
              "Skills data incomplete for on-call staff; data cleanse under way."),
             ("AFI 4b", "Map on-call availability against crewing requirements for all 21 stations",
              "Area Manager Response", "Ongoing", "Green", "Monthly availability report in place."),
         ]),
        ("People", "The service should make sure it has an effective system for managing staff "
         "performance that is used consistently by all managers.", [
             ("AFI 7", "Launch the revised annual performance and development conversation "
              "('My Conversation') with completion reported to the People Board",
              "Head of People and Culture", "Q4 2025/26", "Green",
              "Pilot completed at Cheltenham East and Stroud."),
             ("AFI 8", "Train all line managers in using the new performance conversation framework",
              "Learning and Development Manager", "Mar-26", "Green", "Sessions booked from October 2025."),
         ]),
    ]
    r = 4
    for pillar, afi_text, acts in afis:
        start = r
        for i, (ref, act, owner, tgt, rag, upd) in enumerate(acts):
            vals = [ref, pillar if i == 0 else None, None, act, owner, tgt, rag, upd]
            for j, v in enumerate(vals):
                c = af.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            af.cell(row=r, column=7).fill = fill(RAGFILL[rag])
            r += 1
        af.cell(row=start, column=3, value=afi_text).alignment = WRAP
        if r - 1 > start:
            af.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGH", (9, 14, 45, 50, 28, 12, 8, 45)):
        af.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "nk2-gloucestershire-fire-rescue-service-hmicfrs-causes-of-concern-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Lee Valley RPA - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_lee_valley():
    ncol = 13
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row(["Lee Valley Regional Park Authority – Internal Audit Recommendations Tracker"])
    row(["Audit Committee, 20 November 2025 (Appendix A) – position at 31 October 2025"])
    row([])
    row(["Audit", "Year", "Assurance", "Rec No", "Priority", "Recommendation",
         "Agreed management action", "Responsible officer", "Original date", "Revised date",
         "Status", "RAG", "Comments"])
    data = [
        ("Payroll", "2024/25", "Reasonable", "1", "High",
         "Starters, leavers and contractual variations should be independently checked before they are processed.",
         "Introduce a second-person check on all starter, leaver and variation forms, evidenced by initials and date on the form.",
         "Head of HR", "31/03/2025", "30/06/2025", "Implemented", "B",
         "Verified by Internal Audit in follow-up testing, September 2025."),
        ("Payroll", "2024/25", "Reasonable", "2", "Medium",
         "Exception reports produced at each payroll run should be reviewed and retained.",
         "Payroll exception reports to be reviewed by the Payroll Manager before each BACS submission and saved to the payroll SharePoint folder.",
         "Payroll Manager", "30/04/2025", "", "Implemented", "B", ""),
        ("Procurement and Contract Management", "2024/25", "Limited", "1", "High",
         "The Authority's contracts register should be complete and published in line with the Local Government Transparency Code.",
         "Reconcile the contracts register to the ledger and publish it quarterly on the Authority's website.\n"
         "Heads of service to confirm all live contracts by 31 July 2025.",
         "Head of Finance / Procurement Manager", "31/07/2025", "31/10/2025", "In progress", "A",
         "Register reconciled; first publication delayed by website migration."),
        ("Procurement and Contract Management", "2024/25", "Limited", "2", "High",
         "Waivers of Contract Standing Orders should be approved in advance and reported to members.",
         "Introduce a single waiver form approved by the Corporate Director and report all waivers over £25,000 to the Audit Committee every six months.",
         "Corporate Director", "31/12/2025", "", "In progress", "G",
         "Waiver form in use from 1 September 2025."),
        ("Procurement and Contract Management", "2024/25", "Limited", "3", "Medium",
         "Budget holders should receive training on the Procurement Act 2023.",
         "Roll out Procurement Act 2023 e-learning to all budget holders and record completion on the learning system.",
         "Procurement Manager", "28/02/2025", "", "Overdue", "R",
         "Module purchased; launch delayed pending learning system upgrade."),
        ("Health and Safety – Venues", "2025/26", "Reasonable", "1", "Medium",
         "Legionella water temperature monitoring records at venues should be complete.",
         "Venue managers to complete monthly temperature logs on the compliance system, with the exception report reviewed monthly.",
         "Venues Facilities Manager; Head of Sport and Leisure", "Q4 2025/26", "", "Not yet due", "G", ""),
        ("Health and Safety – Venues", "2025/26", "Reasonable", "2", "Low",
         "Fire risk assessment actions should be tracked through to completion.",
         "Create a central fire risk assessment action log with target dates and owners, reviewed at the quarterly Health and Safety Group.",
         "Corporate Health & Safety Adviser", "31/01/2026", "", "Not yet due", "G", ""),
    ]
    for d in data:
        row(d)
    row([])
    row(["RAG: B = implemented (verified); G = in progress within agreed date; A = revised date agreed; R = overdue"])
    row(["Summary", "Total", "7"])
    row(["", "Implemented", "2"])
    row(["", "In progress / not yet due", "4"])
    row(["", "Overdue", "1"])
    with open(os.path.join(HERE, "nk2-lee-valley-regional-park-authority-internal-audit-recommendations-tracker.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 3. Salford City Council - AAR 2023/24 VFM recommendations action plan (docx)
# ---------------------------------------------------------------------------
def make_salford():
    doc = Document()
    doc.add_paragraph("Salford City Council – Auditor's Annual Report 2023/24: Value for Money "
                      "Recommendations Action Plan", style="Title")
    doc.add_paragraph("Report to: Audit and Accounts Committee, 24 September 2025")
    doc.add_paragraph("This action plan sets out the Council's response to the improvement recommendations "
                      "made by the external auditor, Forvis Mazars, in the Auditor's Annual Report for the year "
                      "ended 31 March 2024, and the progress made to date. The auditor did not identify any "
                      "significant weaknesses in the Council's arrangements.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Author", "Change"),
                           ("0.1", "02/06/2025", "Corporate Governance Officer", "First draft following the AAR"),
                           ("1.0", "15/09/2025", "Deputy City Treasurer", "Progress updated for September Committee")]):
        for j, v in enumerate(r):
            set_text(t.cell(i, j), v, bold=(i == 0))
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v, col) in enumerate([("Blue", "Action complete", BLUE),
                                     ("Green", "On track to meet the target date", GREEN),
                                     ("Amber", "Some slippage – revised date may be needed", AMBER),
                                     ("Red", "Off track – escalated to Corporate Leadership Team", RED)]):
        set_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), col)
        set_text(t.cell(i, 1), v)

    def rec_table(title, text, actions):
        t = doc.add_table(rows=3 + len(actions), cols=6)
        t.style = "Table Grid"
        a = t.cell(0, 0).merge(t.cell(0, 5))
        set_text(a, title, bold=True)
        shade(a, "BDD7EE")
        b = t.cell(1, 0).merge(t.cell(1, 5))
        set_text(b, text)
        shade(b, "DEEAF6")
        for j, h in enumerate(["Ref", "Agreed action", "Responsible officer", "Target date",
                               "Progress at September 2025", "RAG"]):
            set_text(t.cell(2, j), h, bold=True)
            shade(t.cell(2, j), GREY)
        for i, (ref, act, off, tgt, prog, rag) in enumerate(actions):
            for j, v in enumerate([ref, act, off, tgt, prog, rag]):
                set_text(t.cell(3 + i, j), v)
            shade(t.cell(3 + i, 5), RAGFILL[rag])
        doc.add_paragraph("")

    doc.add_heading("Financial sustainability", level=1)
    rec_table("Recommendation 1 – Improvement recommendation",
              "The Council should strengthen the identification and monitoring of savings plans so that "
              "undeliverable savings are identified early and replaced with alternative proposals.", [
                  ("1.1", "Introduce monthly savings tracker reporting to the Budget Assurance Board, with each "
                   "saving RAG-rated for deliverability.", "Deputy City Treasurer", "31 March 2025",
                   "Tracker in place since April 2025 and reported monthly.", "Blue"),
                  ("1.2", "Build savings delivery confidence ratings into the Medium Term Financial Strategy "
                   "refresh for 2026/27.", "Deputy City Treasurer", "February 2026",
                   "Approach agreed by Corporate Leadership Team in July 2025.", "Green"),
              ])
    rec_table("Recommendation 2 – Improvement recommendation",
              "The Council should develop a longer-term plan for the use and replenishment of its earmarked "
              "and general reserves.", [
                  ("2.1", "Prepare a reserves strategy covering the period to 2029/30 and present it to Budget "
                   "Scrutiny Committee.", "City Treasurer", "September 2025 – January 2026",
                   "Draft reserves review under way; Budget Scrutiny date moved from November 2025 to January 2026.",
                   "Amber"),
              ])
    doc.add_heading("Governance", level=1)
    rec_table("Recommendation 3 – Improvement recommendation",
              "The Council should ensure that progress on its Annual Governance Statement action plan is "
              "reported to the Audit and Accounts Committee at least twice a year.", [
                  ("3.1", "Add six-monthly updates on the Annual Governance Statement action plan to the Audit "
                   "and Accounts Committee work programme.", "City Solicitor", "By 30 September 2025",
                   "First update presented to this meeting.", "Blue"),
                  ("3.2", "Review the Council's risk appetite statement and report the revised statement to the "
                   "Audit and Accounts Committee.", "Head of Audit and Risk Management", "Q4 2025/26",
                   "Member workshop arranged for December 2025.", "Green"),
              ])
    doc.add_heading("Improving economy, efficiency and effectiveness", level=1)
    rec_table("Recommendation 4 – Improvement recommendation",
              "The Council should improve the quality of contract management information for its "
              "highest-value contracts.", [
                  ("4.1", "Complete contract management plans for all Tier 1 contracts (annual value above £5m).",
                   "Head of Procurement / Contract Management Lead", "31/12/2025",
                   "14 of 22 plans complete.", "Amber"),
                  ("4.2", "Report Tier 1 contract performance to the Procurement Board each quarter.",
                   "Head of Procurement", "Quarterly",
                   "First report to Procurement Board in October 2025.", "Green"),
              ])
    doc.add_paragraph("Summary: 7 actions – 2 Blue, 3 Green, 2 Amber, 0 Red.")
    doc.save(os.path.join(HERE, "nk2-salford-city-council-auditors-annual-report-2023-24-vfm-recommendations-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Tai Calon Community Housing - regulatory judgement improvement plan (docx)
# ---------------------------------------------------------------------------
def make_tai_calon():
    doc = Document()
    h = doc.add_heading("Tai Calon Community Housing – Regulatory Improvement Plan 2025/26", level=0)
    doc.add_paragraph("Our response to the Welsh Government regulatory judgement published on 12 March 2025. "
                      "Progress position at 30 September 2025.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Regulatory judgement", "Grading"),
                                ("Governance (including tenant services)", "Standard – improvement required (Yellow)"),
                                ("Financial viability", "Standard (Green)")]):
        set_text(t.cell(i, 0), a, bold=(i == 0))
        set_text(t.cell(i, 1), b, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("Status key")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, (k, col) in enumerate([("Complete (Blue)", BLUE), ("On track (Green)", GREEN),
                                  ("Behind schedule (Amber)", AMBER), ("Off track (Red)", RED),
                                  ("Not started", None)]):
        set_text(t.cell(0, j), k, bold=True)
        if col:
            shade(t.cell(0, j), col)
    doc.add_heading("Improvement actions", level=1)

    sections = [
        ("1. Landlord health and safety compliance assurance",
         "The Board could not demonstrate that it received accurate and timely assurance on compliance "
         "with landlord health and safety requirements.", [
             ("1.1", "Commission an independent audit of gas, electrical, fire, water, asbestos and lift "
              "compliance data (the “big six”).", "Director of Assets", "May 2025", "Complete",
              "Audit by external assessor reported to Board in June 2025."),
             ("1.2", "Report compliance performance to every Board meeting using a single dashboard showing "
              "exceptions and overdue remedial actions.", "Director of Assets; Compliance Manager",
              "July 2025", "Complete", "Dashboard used at July and September Board."),
             ("1.3", "Clear all overdue fire risk assessment remedial actions in high-rise and sheltered "
              "schemes.", "Compliance Manager", "Q3 2025/26", "Off track",
              "38 actions outstanding; contractor capacity issue escalated to Executive Team."),
         ]),
        ("2. Tenant voice and influence",
         "Tenants do not yet have sufficient opportunity to influence service design and to hold the "
         "Board to account.", [
             ("2.1", "Co-design a new Tenant Engagement Framework with the Tenant Voice Panel and present it "
              "to Board for approval.", "Director of Customer Services", "Nov 2025", "On track",
              "Three co-design workshops held."),
             ("2.2", "Publish “You said, we did” feedback on the website and in the tenant newsletter.",
              "Customer Insight Officer", "Quarterly", "Not started",
              "Will start once the framework is approved."),
         ]),
        ("3. Board effectiveness and skills",
         "The Board should strengthen its skills mix and its approach to self-evaluation against the "
         "Regulatory Framework.", [
             ("3.1", "Carry out an externally facilitated Board effectiveness review against the Community "
              "Housing Cymru Code of Governance.", "Board Chair / Company Secretary", "31 January 2026",
              "On track", "Reviewer appointed; interviews in November."),
             ("3.2", "Recruit two Board members with housing compliance and digital skills.",
              "Chief Executive", "Mar-26", "Behind schedule",
              "First recruitment round did not appoint; re-advertised October 2025."),
         ]),
    ]
    nrows = 1 + sum(2 + len(a) for _, _, a in sections)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, hd in enumerate(["No.", "Action", "Lead", "Milestone", "Status", "Evidence / update"]):
        set_text(t.cell(0, j), hd, bold=True)
        shade(t.cell(0, j), "C00000")
    r = 1
    colour = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "Off track": RED}
    for theme, finding, acts in sections:
        c = t.cell(r, 0).merge(t.cell(r, 5))
        set_text(c, theme, bold=True)
        shade(c, GREY)
        r += 1
        c = t.cell(r, 0).merge(t.cell(r, 5))
        set_text(c, finding, italic=True)
        r += 1
        for (no, act, lead, ms, st, ev) in acts:
            for j, v in enumerate([no, act, lead, ms, st, ev]):
                set_text(t.cell(r, j), v)
            if st in colour:
                shade(t.cell(r, 4), colour[st])
            r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Plan approved by the Board on 24 April 2025. Progress is reported to every Board "
                      "meeting and shared with the Welsh Government regulation team.")
    doc.save(os.path.join(HERE, "nk2-tai-calon-community-housing-regulatory-judgement-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Cambrian Training Company - Estyn post-inspection action plan (txt)
# ---------------------------------------------------------------------------
def make_cambrian():
    rule = "=" * 78
    out = [
        "Cambrian Training Company – Estyn Post-Inspection Action Plan",
        "Inspection of work-based learning (apprenticeships): 10–13 March 2025",
        "Plan owner: Managing Director          Version 3 – updated 30 September 2025",
        "",
        "Key:  C = complete   G = on track   A = some slippage   R = significant slippage",
        "",
    ]
    recs = [
        ("Recommendation 1: Improve the consistency of teaching and assessment so that all apprentices "
         "make strong progress in developing their theory knowledge", [
             ("1.1", "Introduce termly joint observations of off-the-job training sessions by quality and "
              "delivery managers", "Quality Manager", "July 2025", "C",
              "42 joint observations completed across all sectors; themes shared at staff conference."),
             ("1.2", "Provide training assessors with a bank of sector-specific knowledge checks for use at "
              "each progress review", "Head of Delivery / Training Managers", "Sept 2025 – March 2026", "G",
              "Banks complete for hospitality and construction; health and social care in development."),
         ]),
        ("Recommendation 2: Strengthen the development of apprentices' Welsh language skills across all "
         "programmes", [
             ("2.1", "Appoint a Welsh language champion in each region to support assessors to use "
              "incidental Welsh during reviews", "Welsh Language Lead", "31/08/2025", "C",
              "Four champions in post from August 2025."),
             ("2.2", "Set individual Welsh language targets for apprentices at induction and track them in "
              "the e-portfolio", "AM, RJ", "Dec 2025", "A",
              "e-portfolio field added; assessor training delayed to November."),
         ]),
        ("Recommendation 3: Ensure that self-evaluation and quality improvement planning focus sharply on "
         "apprentices' progress and outcomes", [
             ("3.1", "Revise the self-assessment report template so that each sector reports progress "
              "against outcome measures", "Head of Quality and Compliance", "October 2025", "G",
              "Template drafted and tested with two sectors."),
             ("3.2", "Hold monthly quality improvement reviews with each sector lead, recorded on the QIP "
              "tracker", "Head of Quality and Compliance", "Ongoing", "G",
              "Reviews held monthly since April 2025."),
         ]),
        ("Recommendation 4: Strengthen leaders' oversight of the quality of subcontracted provision", [
             ("4.1", "Introduce quarterly quality visits to all subcontractors with written feedback and "
              "agreed action points", "Contracts and Partnerships Manager", "Jan 2026", "R",
              "Visit schedule not yet agreed with two subcontractors."),
         ]),
    ]
    for head, acts in recs:
        out += [rule, head, rule]
        for (ref, act, lead, tgt, rag, prog) in acts:
            out.append(f"{ref}  {act}")
            out.append(f"     Lead:     {lead}")
            out.append(f"     Target:   {tgt}")
            out.append(f"     RAG:      {rag}")
            out.append(f"     Progress: {prog}")
            out.append("")
    out += [rule,
            "Estyn will review progress against this plan at the next monitoring visit.",
            "Approved: Board of Directors, 17 June 2025",
            ""]
    with open(os.path.join(HERE, "nk2-cambrian-training-company-estyn-post-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


# ---------------------------------------------------------------------------
# 6. North East CA - strategic risk register Q2 2025/26 (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
def make_neca():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "North East Combined Authority – Strategic Risk Register, Quarter 2 2025/26"
    s["A1"].font = Font(bold=True, size=14)
    s["A3"] = "Risk scoring: Likelihood (L) x Impact (I), each scored 1 to 5"
    s["A4"] = "1–4 Low    5–12 Medium    15–25 High"
    s["A6"] = "Risks by residual score"
    s["A6"].font = Font(bold=True)
    for i, r in enumerate([("High", 2), ("Medium", 2), ("Low", 0), ("Total", 4)]):
        s.cell(row=7 + i, column=1, value=r[0])
        s.cell(row=7 + i, column=2, value=r[1])

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = "North East Combined Authority – Strategic Risk Register, Quarter 2 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reported to Audit and Standards Committee, 25 November 2025"
    ws.merge_cells("A4:G4")
    ws["A4"] = "Risk and current (residual) assessment"
    ws.merge_cells("H4:L4")
    ws["H4"] = "Further mitigating actions"
    for c in ("A4", "H4"):
        ws[c].font = Font(bold=True, color="FFFFFF")
        ws[c].fill = fill("5E2A84")
    hdr = ["Ref", "Risk description", "Risk owner", "L", "I", "Score", "Trend",
           "Further mitigating action", "Action owner", "Target date", "Action status", "Q2 update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    risks = [
        ("SR01", "Financial sustainability: the Authority's funding, including the Integrated Settlement, "
         "is insufficient to deliver the Corporate Plan and Mayoral commitments.",
         "Director of Finance and Investment", 4, 4, "↔", [
             ("Complete the 2026/27 budget and Medium Term Financial Plan, including sensitivity analysis "
              "on the Integrated Settlement.", "Director of Finance and Investment", D(2026, 1, 31), "Green",
              "Budget timetable agreed with Cabinet."),
             ("Agree the single assurance framework for the Integrated Settlement with MHCLG.",
              "Head of Assurance", D(2025, 9, 30), "Complete", "Framework agreed 22 September 2025."),
             ("Review the reserves policy and minimum working balance.", "Strategic Finance Manager",
              D(2025, 12, 31), "Amber", "Review delayed by year-end close-down."),
         ]),
        ("SR02", "Investment Fund: projects are not delivered to time and budget, reducing the economic "
         "impact of the 30-year Investment Fund.", "Director of Economic Growth", 3, 4, "↑", [
             ("Introduce quarterly programme assurance reviews for all projects over £5m.",
              "Head of Programme Management Office", D(2025, 10, 31), "Green", "First reviews held October 2025."),
             ("Refresh the Investment Fund pipeline and re-profile spend with the constituent authorities.",
              "Director of Economic Growth", "Febuary 2026", "Amber",
              "Workshops with constituent authorities arranged for January."),
         ]),
        ("SR03", "Transport: reliability of the Metro fleet and bus network falls below targets, reducing "
         "patronage and public confidence.", "Managing Director, Transport North East", 3, 5, "↔", [
             ("Monitor delivery of the new Metro fleet and report progress to the Transport Committee.",
              "Head of Rail and Metro", D(2026, 3, 31), "Amber", "Fleet introduction behind the original timetable."),
             ("Complete the assessment of options for bus reform, including franchising.",
              "Head of Bus Strategy", D(2025, 12, 31), "Green", "Assessment on programme."),
         ]),
        ("SR04", "Cyber security: a successful cyber attack disrupts Authority systems or leads to a loss "
         "of data.", "Head of Digital and ICT", 3, 5, "↔", [
             ("Complete the Cyber Assessment Framework self-assessment and remediation plan.",
              "Head of Digital and ICT", D(2026, 3, 31), "Green", "Self-assessment 70% complete."),
         ]),
    ]
    r = 6
    stat_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for ref, desc, owner, L, I, trend, acts in risks:
        start = r
        for (act, aown, tgt, st, upd) in acts:
            for j, v in enumerate([act, aown, tgt, st, upd]):
                c = ws.cell(row=r, column=8 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = fill(stat_fill[st])
            r += 1
        for j, v in enumerate([ref, desc, owner, L, I, L * I, trend]):
            c = ws.cell(row=start, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
        sc = L * I
        ws.cell(row=start, column=6).fill = fill(RED if sc >= 15 else AMBER)
        if r - 1 > start:
            for j in range(1, 8):
                ws.merge_cells(start_row=start, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    ws.cell(row=r, column=1, value="Trend: ↑ increased   ↓ decreased   ↔ no change since Quarter 1")
    for col, w in zip("ABCDEFGHIJKL", (7, 45, 26, 4, 4, 7, 7, 50, 28, 13, 12, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "nk2-north-east-combined-authority-strategic-risk-register-q2-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 7. Wigan Council - corporate improvement programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_wigan():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Wigan Council – Corporate Improvement Programme Highlight Report"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("00577D")
    ws["A2"] = "Reporting period:"
    ws["B2"] = "September 2025"
    ws["D2"] = "Overall programme status:"
    ws["E2"].fill = fill(AMBER)
    ws["A3"] = "Senior Responsible Owner:"
    ws["B3"] = "Chief Executive"
    ws["A4"] = "Programme Manager:"
    ws["B4"] = "Hughes, Dan"
    ws["A6"] = "Key achievements this period"
    ws["A6"].font = Font(bold=True)
    ws.merge_cells("A7:G7")
    ws["A7"] = ("• Medium Term Financial Strategy 2026-29 approved by Cabinet\n"
                "• Staff pulse survey launched (61% response so far)")
    ws["A7"].alignment = WRAP
    ws.row_dimensions[7].height = 32
    ws["A8"] = "Key risks and issues"
    ws["A8"].font = Font(bold=True)
    ws.merge_cells("A9:G9")
    ws["A9"] = "Recruitment to the Strategic Property post has slipped; interim cover arranged from August."
    ws["A11"] = "Status key:"
    for j, (k, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER),
                                  ("Off track", RED), ("Not started", None)]):
        c = ws.cell(row=11, column=2 + j, value=k)
        if col:
            c.fill = fill(col)
        c.border = BOX
    hdr = ["Ref", "Action / milestone", "Lead officer", "Due date", "Revised date", "Status", "Commentary"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=13, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00577D")
        c.border = BOX
    work = [
        ("Workstream 1: Financial resilience", [
            ("1.1", "Approve the Medium Term Financial Strategy 2026-29 at Cabinet",
             "Assistant Director – Finance", D(2025, 9, 18), None, BLUE, "Approved 18 September 2025."),
            ("1.2", "Deliver the 2025/26 savings programme (£12.4m) and report delivery monthly to the "
             "Corporate Leadership Team", "Assistant Director – Finance; Heads of Service",
             D(2026, 3, 31), None, GREEN, "£7.9m delivered or on track at month 6."),
            ("1.3", "Complete the review of the corporate property estate and agree a disposals pipeline",
             "Hughes, Dan", D(2025, 6, 30), D(2025, 12, 31), AMBER,
             "Strategic Property post vacant; interim appointed August 2025."),
        ]),
        ("Workstream 2: Place-based working", [
            ("2.1", "Launch the refreshed Deal 2030 community investment fund round",
             "Sam Turner and Priya Shah", D(2025, 7, 31), None, BLUE, "Round launched 14 July 2025; 86 bids."),
            ("2.2", "Agree the place-based service delivery model for the seven service delivery footprints "
             "with partners", "Director of Place", D(2025, 10, 31), D(2026, 1, 31), RED,
             "Partner sign-off delayed; escalated to Corporate Improvement Board."),
        ]),
        ("Workstream 3: Organisational culture and workforce", [
            ("3.1", "Run the all-staff pulse survey and publish the results with an action plan",
             "Head of HR and OD", D(2025, 11, 30), None, GREEN, "Survey closes 10 October."),
            ("3.2", "Introduce a leadership development programme for middle managers",
             "Head of HR and OD", D(2026, 3, 31), None, None,
             "Not yet started – scheduled to begin January 2026."),
        ]),
    ]
    r = 14
    for ws_name, acts in work:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=ws_name)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        r += 1
        for (ref, act, lead, due, rev, col, com) in acts:
            for j, v in enumerate([ref, act, lead, due, rev, None, com]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if col:
                ws.cell(row=r, column=6).fill = fill(col)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Source: Corporate Improvement Board, 8 October 2025. Actions are drawn "
            "from the LGA Corporate Peer Challenge action plan (March 2025).").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (26, 55, 34, 12, 12, 9, 48)):
        ws.column_dimensions[col].width = w

    cl = wb.create_sheet("Change log")
    for i, row in enumerate([("Date", "Ref", "Change", "Approved by"),
                             ("10/07/2025", "1.3", "Due date moved from 30/06/2025 to 31/12/2025",
                              "Corporate Improvement Board"),
                             ("08/10/2025", "2.2", "Due date moved from 31/10/2025 to 31/01/2026",
                              "Corporate Improvement Board")]):
        for j, v in enumerate(row):
            c = cl.cell(row=1 + i, column=1 + j, value=v)
            if i == 0:
                c.font = Font(bold=True)
    wb.save(os.path.join(HERE, "nk2-wigan-council-corporate-improvement-programme-highlight-report.xlsx"))


if __name__ == "__main__":
    make_glos_frs()
    make_lee_valley()
    make_salford()
    make_tai_calon()
    make_cambrian()
    make_neca()
    make_wigan()
    print("done")
