"""Build the seven zeb- blind test files (set heldout798).

Run with /work/main/.venv/bin/python zeb_make.py ; writes next to this script.
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
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header_row(ws, row, values, fill="navy"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def box_row(ws, row, ncols):
    for i in range(1, ncols + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = WRAP


def d(y, m, day):
    return datetime(y, m, day)


# ======================================================= 1. Trinity House
def trinity_house():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Trinity House – Internal Audit Recommendations Tracker"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Audit and Risk Committee, 18 November 2025 – position as at 31 October 2025"
    cover["A4"] = "Prepared by"
    cover["B4"] = "Head of Governance and Risk"
    cover["A5"] = "Internal auditor"
    cover["B5"] = "Government Internal Audit Agency (GIAA)"
    cover["A6"] = "Purpose"
    cover["B6"] = ("To report progress on agreed management actions arising from internal audit "
                   "reports. Implemented actions are shown once and then removed after GIAA verification.")
    cover["A8"] = "RAG key (shading in the RAG column of the Tracker sheet)"
    cover["A8"].font = Font(bold=True)
    key = [
        ("blue", "Implemented – awaiting GIAA verification"),
        ("green", "On track to meet the target date"),
        ("amber", "At risk, or a revised target date has been agreed by the Committee"),
        ("red", "Overdue – target (or revised target) date has passed"),
        (None, "No shading – not yet started / not yet due"),
    ]
    r = 9
    for colour, text in key:
        c = cover.cell(row=r, column=1)
        if colour:
            c.fill = FILL[colour]
        c.border = BOX
        cover.cell(row=r, column=2, value=text).border = BOX
        r += 1
    cover["A15"] = "Priority: High – fundamental control weakness; Medium – significant; Low – minor / good practice."
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 90

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Trinity House – Internal Audit Recommendations Tracker"
    summ["A1"].font = Font(bold=True, size=12)
    summ["A2"] = "Summary by audit"
    header_row(summ, 4, ["Audit", "Assurance", "Recommendations", "Agreed actions",
                         "Implemented", "Open"])
    rows = [
        ("2024/25 Cyber Security Controls", "Limited", 2, 3, 1, 2),
        ("2024/25 Procurement and Contract Management", "Moderate", 2, 2, 1, 1),
        ("2025/26 Fleet Maintenance and Dry-Docking", "Moderate", 2, 2, 0, 2),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, start=1):
            summ.cell(row=r, column=i, value=v).border = BOX
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for col in range(3, 7):
        letter = "CDEF"[col - 3]
        summ.cell(row=r, column=col, value=f"=SUM({letter}5:{letter}7)").font = Font(bold=True)
    box_row(summ, r, 6)
    summ.column_dimensions["A"].width = 46
    for col in "BCDEF":
        summ.column_dimensions[col].width = 16

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Trinity House – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Open and recently implemented recommendations – position as at 31 October 2025"
    cols = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
            "Original target date", "Revised target date", "Progress update at 31 October 2025", "RAG"]
    header_row(ws, 4, cols)
    widths = [12, 10, 45, 50, 28, 14, 14, 50, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    def heading(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]

    def action(row, ref, prio, rec, act, owner, orig, rev, prog, rag):
        vals = [ref, prio, rec, act, owner, orig, rev, prog, None]
        for i, v in enumerate(vals, start=1):
            if v is None:
                continue
            c = ws.cell(row=row, column=i, value=v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=row, column=9).fill = FILL[rag]
        box_row(ws, row, 9)

    heading(5, "2024/25 Cyber Security Controls – Limited assurance")
    action(6, "TH24/07.1", "High",
           "Privileged access to the corporate network and to the aids to navigation monitoring "
           "system should be reviewed regularly and removed promptly for leavers and movers.",
           "Introduce a quarterly privileged access review signed off by the Head of IT, with "
           "leavers' accounts disabled within one working day of notification by HR.",
           "Head of IT", d(2025, 3, 31), d(2025, 9, 30),
           "Quarterly reviews in place since April 2025. Automated leaver feed from the HR system "
           "delayed by the supplier; revised date missed. New date to be proposed to the Committee.",
           "red")
    action(7, "TH24/07.2a", "High",
           "The cyber incident response plan should be updated to cover operational technology and "
           "tested at least annually.",
           "Update the Cyber Incident Response Plan to cover operational technology at the Planning "
           "Centre, Harwich, including loss of remote monitoring of lights and buoys.",
           "Head of IT / Director of Operations", d(2025, 6, 30), None,
           "Revised plan approved by the Executive Board on 10 June 2025.",
           "blue")
    action(8, "TH24/07.2b", None, None,
           "Run a desk-top exercise of the revised plan with the Planning Centre and report lessons "
           "learned to the Committee.",
           "Head of IT", d(2025, 12, 31), None,
           "Exercise scheduled for 4 December 2025 with GIAA observing.",
           "green")
    # recommendation and priority cells span both actions of TH24/07.2
    ws.merge_cells("B7:B8")
    ws.merge_cells("C7:C8")
    heading(9, "2024/25 Procurement and Contract Management – Moderate assurance")
    action(10, "TH24/11.1", "Medium",
           "A single contracts register should be maintained and reviewed monthly for contracts "
           "approaching expiry.",
           "Migrate departmental contract lists into a single contracts register on SharePoint and "
           "assign a named contract manager to every contract over £25,000.",
           "Procurement Manager", d(2025, 5, 31), d(2026, 1, 31),
           "Register built; 140 of 186 contracts migrated. Revised date agreed by the Committee in "
           "June 2025.",
           "amber")
    action(11, "TH24/11.2", "Low",
           "Single tender actions should be reported to the Audit and Risk Committee.",
           "Add a six-monthly report of single tender actions to the Committee's forward plan.",
           "Director of Finance", d(2025, 4, 30), None,
           "First report presented to the Committee in May 2025.",
           "blue")
    heading(12, "2025/26 Fleet Maintenance and Dry-Docking – Moderate assurance")
    action(13, "TH25/02.1", "Medium",
           "Dry-docking specifications should be formally approved before tenders are issued.",
           "Introduce a formal approval step for dry-dock specifications for THV Galatea and THV "
           "Patricia, signed by the Marine Superintendent before tender issue.",
           "Fleet Manager / Marine Superintendent", d(2026, 3, 31), None,
           "Approval form drafted; to be used for THV Patricia 2026 dry-dock tender.",
           "green")
    action(14, "TH25/02.2", "Low",
           "Contract variations during dry-docking should be recorded and approved.",
           "Record all dry-dock contract variations in a variation log with Finance sign-off above "
           "£10,000.",
           "Fleet Manager", "Q4 2025/26", None,
           "Not yet started.",
           None)
    ws["A16"] = ("Notes: RAG shading as per the key on the Cover sheet. Where a revised target date "
                 "is shown it has been agreed by the Committee.")
    for row in range(5, 15):
        for col in range(1, 10):
            ws.cell(row=row, column=col).alignment = WRAP
    ws.freeze_panes = "A5"
    wb.save(out("zeb-trinity-house-audit-risk-committee-internal-audit-recommendations-tracker.xlsx"))


# ==================================================== 2. The Royal Parks
def royal_parks():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "The Royal Parks – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Assurance Committee, 9 December 2025 – Paper ARAC(25)34, Annex A"
    cols = ["Risk ref", "Risk", "Risk owner", "Residual score (L x I)", "Action ref",
            "Further action required", "Action owner", "Target date",
            "Previous status (Sep 2025)", "Current status (Dec 2025)", "Commentary"]
    header_row(ws, 4, cols)
    widths = [8, 45, 22, 12, 8, 50, 28, 13, 12, 12, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJK"[i]].width = w

    status_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}

    def category(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="375623")

    def risk(first, last, ref, text, owner, score):
        for col, v in ((1, ref), (2, text), (3, owner), (4, score)):
            ws.cell(row=first, column=col, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)

    def act(row, aref, text, owner, target, prev, cur, comment, fmt=None):
        ws.cell(row=row, column=5, value=aref)
        ws.cell(row=row, column=6, value=text)
        ws.cell(row=row, column=7, value=owner)
        c = ws.cell(row=row, column=8, value=target)
        if isinstance(target, datetime):
            c.number_format = fmt or "dd/mm/yyyy"
        p = ws.cell(row=row, column=9, value=prev)
        q = ws.cell(row=row, column=10, value=cur)
        if prev in status_fill:
            p.fill = FILL[status_fill[prev]]
        if cur in status_fill:
            q.fill = FILL[status_fill[cur]]
        ws.cell(row=row, column=11, value=comment)

    category(5, "A. Income and funding")
    risk(6, 7, "SR1",
         "Commercial income: income from events, concessions and filming falls short of the "
         "2025/26 budget, leaving a funding gap for park maintenance and conservation.",
         "Director of Commercial and Events", 16)
    act(6, "SR1.1", "Agree the 2026 major events programme for Hyde Park and confirm contract terms "
        "with the promoter.", "Director of Commercial and Events", d(2026, 1, 31), "Amber", "Green",
        "Heads of terms agreed; contract with legal for signature.")
    act(7, "SR1.2", "Re-tender the catering concessions for Regent's Park and Greenwich Park with a "
        "minimum guaranteed income.", "Head of Commercial Partnerships", d(2026, 3, 31), "Amber",
        "Amber", "Tender issued 3 November; market response slower than expected.", fmt="mmm-yy")
    risk(8, 9, "SR2",
         "Grant-in-aid settlement: DCMS grant-in-aid for 2026/27 is lower than planned, forcing "
         "reductions in core services.",
         "Chief Financial Officer", 20)
    act(8, "SR2.1", "Submit the 2026/27 business case and spending review return to DCMS.",
        "Chief Financial Officer", "November 2025", "Green", "Complete",
        "Submitted 14 November 2025.")
    act(9, "SR2.2", "Prepare a prioritised savings plan, with 5% and 10% scenarios, for Board "
        "approval.", "Chief Financial Officer; Director of Parks", "Feb 2026", "Amber", "Red",
        "Scenarios delayed pending DCMS indicative allocation; Board date at risk.")
    category(10, "B. Estate, assets and environment")
    risk(11, 12, "SR3",
         "Tree health and public safety: pests, disease and drought stress increase tree failures, "
         "causing injury to visitors or loss of heritage trees.",
         "Director of Parks", 15)
    act(11, "SR3.1", "Complete the annual tree safety survey across all eight parks and clear all "
        "Priority 1 works.", "Head of Arboriculture", d(2025, 12, 31), "Green", "Green",
        "Survey 90% complete; Priority 1 works on programme.")
    act(12, "SR3.2", "Extend oak processionary moth monitoring to Bushy Park and Richmond Park.",
        "Head of Arboriculture / Ecology Manager", "Ongoing (seasonal)", "Amber", "Green",
        "Monitoring traps installed; nest removal contract in place for 2026 season.")
    risk(13, 13, "SR4",
         "Infrastructure condition: failure of ageing lakes, bridges and buildings leads to "
         "closures, regulatory breach or a reservoir safety incident.",
         "Director of Estates", 16)
    act(13, "SR4.1", "Deliver the Reservoirs Act inspection recommendations for The Serpentine and "
        "The Long Water.", "Director of Estates", d(2026, 6, 30), "Amber", "Amber",
        "Measures in the interests of safety programmed for spring 2026.")
    category(14, "C. People, security and governance")
    risk(15, 16, "SR5",
         "Crowd safety and security: a major incident at a large event or gathering results in "
         "serious harm or reputational damage.",
         "Chief Executive", 15)
    act(15, "SR5.1", "Review the Major Incident Plan with the Metropolitan Police and run a live "
        "exercise.", "Head of Resilience", "Q4 2025/26", "Green", "Amber",
        "Exercise date moved to February because of police availability.")
    act(16, "SR5.2", "Complete a readiness assessment for the Terrorism (Protection of Premises) "
        "Act 2025 at enhanced-duty sites.", "Head of Resilience", d(2026, 4, 30), "New", "Green",
        "New action added September 2025.", fmt="mmm-yy")
    ws["A18"] = ("Notes: Residual score = likelihood x impact (1–5 each). Status of actions: Green – on "
                 "track; Amber – at risk; Red – off track; Complete – delivered.")
    for row in range(5, 17):
        for col in range(1, 12):
            c = ws.cell(row=row, column=col)
            c.alignment = WRAP
            c.border = BOX
    ws.freeze_panes = "A5"

    km = wb.create_sheet("Scoring matrix")
    km["A1"] = "Risk scoring matrix"
    km["A1"].font = Font(bold=True)
    km["A2"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        km.cell(row=2, column=i + 1, value=i)
        km.cell(row=i + 2, column=1, value=6 - i)
        for j in range(1, 6):
            score = (6 - i) * j
            c = km.cell(row=i + 2, column=j + 1, value=score)
            c.fill = FILL["red"] if score >= 15 else FILL["amber"] if score >= 8 else FILL["green"]
    km["A9"] = "Red 15–25: tolerate only with Board approval. Amber 8–14: active management. Green 1–7: monitor."
    wb.save(out("zeb-royal-parks-strategic-risk-register-2025-26.xlsx"))


# ============================================== 3. Crown Estate Scotland (refuse)
def crown_estate_scotland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "Crown Estate Scotland – Board Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Open actions as at 20 January 2026 (Board meeting 27 January 2026, item 1.2 Matters Arising)"
    cols = ["Action no.", "Board meeting", "Item", "Action", "Responsible", "Due", "Status",
            "Update"]
    header_row(ws, 4, cols, fill="grey")
    for c in ws[4]:
        c.font = Font(bold=True)
    rows = [
        ("2025/38", "25 June 2025", "6.1",
         "Bring an options appraisal for affordable housing sites on the Glenlivet estate to the Board.",
         "Head of Rural Portfolio", "November 2025", "Complete – propose closure",
         "Considered at November meeting (paper BD(2025)46.4)."),
        ("2025/44", "23 September 2025", "4.2",
         "Report on progress with ScotWind option agreements and project milestone reviews.",
         "Director of Marine", "January 2026", "On track", "On agenda for 27 January 2026."),
        ("2025/45", "23 September 2025", "5.1",
         "Circulate the draft Corporate Plan 2026–29 to Board members for comment before submission "
         "to Scottish Ministers.",
         "Chief Executive", "Mrach 2026", "On track",
         "Draft in preparation following Board strategy day."),
        ("2025/52", "25 November 2025", "3.3",
         "Arrange a Board development session on natural capital and carbon markets.",
         "Governance Manager", "April 2026", "Not started", ""),
        ("2025/53", "25 November 2025", "7.1",
         "Update the risk appetite statement to reflect the revised investment strategy.",
         "Head of Finance / Head of Risk", "31 Mar 2026", "On track",
         "Audit and Risk Committee to review first draft in February."),
        ("2025/54", "25 November 2025", "8.2",
         "Confirm the approach to publishing Board papers, including use of FOISA exemptions.",
         "Governance Manager", "Dec-25", "Overdue",
         "Awaiting legal advice; now expected February."),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        r += 1
    ws["A12"] = "Status key: Complete – propose closure / On track / Overdue / Not started"
    widths = [10, 16, 6, 55, 26, 14, 16, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    cl = wb.create_sheet("Closed since last meeting")
    cl["A1"] = "Crown Estate Scotland – Board Action Tracker"
    cl["A1"].font = Font(bold=True, size=13)
    cl["A2"] = "Actions closed since the meeting of 25 November 2025"
    header_row(cl, 4, cols, fill="grey")
    closed = [
        ("2025/31", "25 June 2025", "4.4",
         "Share the health and safety annual report with the Board.",
         "Head of Corporate Operations", "September 2025", "Closed", "Circulated 2 September 2025."),
        ("2025/47", "23 September 2025", "9.1",
         "Confirm Board dates for 2026.", "Governance Manager", "November 2025", "Closed",
         "Dates issued 10 November 2025."),
        ("2025/50", "25 November 2025", "2.1",
         "Circulate the Q2 performance dashboard with commentary on coastal income.",
         "Head of Finance", "December 2025", "Closed", "Circulated 5 December 2025."),
    ]
    r = 5
    for row in closed:
        for i, v in enumerate(row, start=1):
            c = cl.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        r += 1
    for i, w in enumerate(widths):
        cl.column_dimensions["ABCDEFGH"[i]].width = w
    wb.save(out("zeb-crown-estate-scotland-board-action-log-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if colour:
        shade(cell, colour)


DOCX_RAG = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


# ================================================ 4. RAF Benevolent Fund
def raf_benevolent_fund():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("RAF Benevolent Fund – Board Effectiveness Review Action Plan", style="Title")
    doc.add_paragraph("Progress report to the Board of Trustees – 26 November 2025")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.0"), ("Date", "14 November 2025"),
                 ("Owner", "Director of Governance and Company Secretary"),
                 ("Approved by", "Nominations and Governance Committee"),
                 ("Next review", "March 2026")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v

    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "In 2024 the Board commissioned an independent review of its effectiveness against the "
        "Charity Governance Code. The review made five recommendations, which the Board accepted in "
        "full on 4 December 2024. This plan sets out the actions agreed in response and progress to "
        "date. Actions are grouped under the Code principle to which they relate.")

    doc.add_heading("2. RAG key", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Complete", "Action completed"), ("Green", "On track"),
                 ("Amber", "Some slippage; expected to be delivered within the revised timescale"),
                 ("Red", "Significantly off track; Board attention needed"),
                 ("Not started", "Not yet due to start")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k, DOCX_RAG.get(k))
        cells[1].text = v

    doc.add_heading("3. Action plan", level=1)
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress (November 2025)", "RAG"]

    def section(title, blocks):
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            bold_cell(t.rows[0].cells[i], h, "D9E2F3")
        for rec, actions in blocks:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            bold_cell(m, rec, "F2F2F2")
            for ref, act, lead, when, prog, rag in actions:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[1].text = act
                cells[2].text = lead
                cells[3].text = when
                cells[4].text = prog
                cells[5].text = rag
                if rag in DOCX_RAG:
                    shade(cells[5], DOCX_RAG[rag])
        doc.add_paragraph()

    section("Principle 2: Leadership", [
        ("Recommendation 1: Clarify the respective roles of the Chair, Vice-Chair and Chief "
         "Executive and set them out in the Governance Handbook.", [
            ("1.1", "Refresh the role descriptions for the Chair, Vice-Chair, Senior Independent "
             "Trustee and Chief Executive.", "Chair / Director of Governance", "March 2025",
             "Approved by the Board on 19 March 2025.", "Complete"),
            ("1.2", "Publish a revised scheme of delegation in the Governance Handbook and on the "
             "trustee portal.", "Director of Governance", "June 2025",
             "Published June 2025.", "Complete"),
        ]),
    ])
    section("Principle 4: Decision-making, risk and control", [
        ("Recommendation 2: Strengthen the Board's oversight of strategic risk.", [
            ("2.1", "Hold an annual risk appetite workshop for all trustees and update the risk "
             "appetite statement.", "Chair of the Audit and Risk Committee", "September 2025",
             "Workshop held 11 September 2025; revised statement to the Board in December.",
             "Green"),
            ("2.2", "Schedule a deep dive into at least two principal risks at each Board meeting.",
             "Chief Executive", "Each Board meeting",
             "Deep dives on cyber security and welfare demand taken in September.", "Green"),
        ]),
    ])
    section("Principle 5: Board effectiveness", [
        ("Recommendation 3: Develop a skills-based approach to trustee recruitment and "
         "succession.", [
            ("3.1", "Complete a trustee skills audit and map gaps against the 2030 strategy.",
             "Nominations and Governance Committee", "December 2025",
             "Questionnaire issued; 9 of 12 returns received.", "Amber"),
            ("3.2", "Recruit two trustees with digital and beneficiary welfare experience, at least "
             "one of whom has served in the RAF in the last ten years.",
             "Chair; Director of Governance", "July 2026",
             "Search agency appointed; role profiles agreed.", "Green"),
        ]),
        ("Recommendation 4: Introduce an annual board evaluation, with an external review every "
         "three years.", [
            ("4.1", "Run an internal board evaluation using the revised questionnaire and report "
             "the results to the Board.", "Director of Governance", "January – March 2026",
             "To start after the skills audit.", "Not started"),
        ]),
    ])
    section("Principle 6: Equality, diversity and inclusion", [
        ("Recommendation 5: Set measurable diversity targets for the Board and report progress "
         "annually.", [
            ("5.1", "Agree Board diversity targets and report on them in the Trustees' Annual "
             "Report.", "Nominations and Governance Committee",
             "December 2025 (revised: 31 May 2026)",
             "Deferred to use the skills audit results (3.1); revised date agreed by the Board.",
             "Amber"),
        ]),
    ])
    doc.add_paragraph("Next update: March 2026 meeting of the Nominations and Governance Committee.")
    doc.save(out("zeb-raf-benevolent-fund-board-effectiveness-review-action-plan.docx"))


# ===================================================== 5. NatureScot
def naturescot():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph("NatureScot | NàdarAlba")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Nature Restoration Fund Programme – Highlight Report No. 14", style="Title")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Reporting period", "1 October – 30 November 2025"),
                 ("Senior Responsible Owner", "Director of Nature and Climate Action"),
                 ("Programme Manager", "Eilidh Fraser"),
                 ("Report to", "NRF Programme Board, 11 December 2025"),
                 ("Overall RAG – previous", "Amber"),
                 ("Overall RAG – current", "Amber")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k, "E2EFDA")
        cells[1].text = v
        if v in DOCX_RAG:
            shade(cells[1], DOCX_RAG[v])

    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph(
        "Round 6 of the competitive fund opened on time and has attracted 212 expressions of "
        "interest. Direct Allocation agreements remain outstanding with three local authorities, "
        "which is now the main issue for the programme. Overall status remains Amber.")

    doc.add_heading("2. Progress against milestones and actions", level=1)
    hdr = ["Ref", "Milestone / action", "Owner", "Due", "Previous RAG", "Current RAG",
           "Commentary"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        bold_cell(t.rows[0].cells[i], h, "C6E0B4")

    def ws_row(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[6])
        bold_cell(m, text, "E2EFDA")

    def row(ref, act, owner, due, prev, cur, comment):
        cells = t.add_row().cells
        for i, v in enumerate([ref, act, owner, due, prev, cur, comment]):
            cells[i].text = v
        for i, v in ((4, prev), (5, cur)):
            if v in DOCX_RAG:
                shade(cells[i], DOCX_RAG[v])

    ws_row("Workstream 1: Competitive funding rounds")
    row("1.1", "Open NRF Round 6 (£5m) for applications and publish applicant guidance.",
        "Grants Manager", "10/11/2025", "Green", "Complete", "Opened 10 November 2025.")
    row("1.2", "Hold the Round 6 assessment panel and issue offer letters.",
        "Grants Manager / Assessment Panel Chair", "27/02/2026", "Green", "Amber",
        "Volume of applications may push the panel into March.")
    ws_row("Workstream 2: Direct Allocation to local authorities")
    row("2.1", "Agree 2025/26 Direct Allocation grant letters with all 32 local authorities.",
        "Head of Nature Finance", "31/10/2025", "Amber", "Red",
        "29 of 32 signed. Escalated to COSLA; Programme Board asked to note.")
    row("2.2", "Publish the 2024/25 Direct Allocation outcomes report.",
        "Programme Manager", "January 2026", "Green", "Green", "Draft with Communications.")
    ws_row("Workstream 3: Monitoring, evaluation and reporting")
    row("3.1", "Procure an independent evaluation of NRF Rounds 1–4.",
        "Evaluation Lead", "March 2026", "Amber", "Green", "Tender returns being evaluated.")
    row("3.2", "Launch the online monitoring portal for grantees, replacing spreadsheet returns.",
        "Digital Services Manager; Programme Manager", "TBC – dependent on IT capacity",
        "Green", "Amber", "Development paused behind the casework system upgrade.")

    doc.add_heading("3. Key risks and issues", level=1)
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for i, h in enumerate(["ID", "Risk / issue", "Score", "Trend"]):
        bold_cell(t2.rows[0].cells[i], h, "E2EFDA")
    for vals in [("R1", "Local authority capacity to spend Direct Allocation by 31 March", "16", "↑"),
                 ("R4", "Contractor availability for peatland and woodland works in winter", "12", "→"),
                 ("I2", "Late Scottish Budget announcement for 2026–27 (issue)", "–", "→")]:
        cells = t2.add_row().cells
        for i, v in enumerate(vals):
            cells[i].text = v

    doc.add_heading("4. Decisions required from the Programme Board", level=1)
    doc.add_paragraph("None this period.")
    doc.add_heading("5. Finance", level=1)
    t3 = doc.add_table(rows=2, cols=3)
    t3.style = "Table Grid"
    for i, h in enumerate(["Budget 2025/26", "Committed", "Spent to 30 November"]):
        bold_cell(t3.rows[0].cells[i], h)
    for i, v in enumerate(["£25.0m", "£21.3m", "£11.8m"]):
        t3.rows[1].cells[i].text = v
    doc.save(out("zeb-naturescot-nature-restoration-fund-programme-highlight-report.docx"))


# ================================================ 6. Ledbury Town Council CSV
def ledbury():
    header = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Start Date",
              "Due Date", "Late", "Completed Date", "Labels", "Description"]
    rows = [
        ["Review the Ledbury Neighbourhood Development Plan and report options for a partial update to Full Council",
         "Economic Development & Planning", "In progress", "Important", "Rachel Moss;Peter Lane",
         "01/09/2025", "31/03/2026", "false", "", "Green",
         "Working party met 14/10 and 18/11; consultant quote requested."],
        ["Commission a town centre footfall and vacancy survey (spring and autumn counts)",
         "Economic Development & Planning", "Completed", "Medium", "Tom Aldridge",
         "01/04/2025", "30/09/2025", "false", "22/09/2025", "",
         "Report received and circulated to committee, October meeting."],
        ["Respond to Herefordshire Council's Local Plan consultation",
         "Economic Development & Planning", "Completed", "Important", "Rachel Moss",
         "", "15/08/2025", "false", "14/08/2025", "",
         "Response agreed by committee 7/8 and submitted."],
        ["Replace play equipment at Queen's Way play area (phase 1)",
         "Environment & Leisure", "In progress", "Important", "Tom Aldridge;Sue Bright",
         "01/10/2025", "28/02/2026", "false", "", "Amber",
         "Two quotes received, third awaited. Grant from Herefordshire Council confirmed."],
        ["Adopt a tree planting plan for the town's open spaces with the Ledbury Tree Wardens",
         "Environment & Leisure", "In progress", "Medium", "Sue Bright",
         "01/06/2025", "31/10/2025", "true", "", "Red",
         "Draft plan delayed - awaiting survey of Dog Hill Wood verges."],
        ["Install a water refill point at the Market House",
         "Environment & Leisure", "Not started", "Low", "Tom Aldridge",
         "", "30/06/2026", "false", "", "",
         "Listed building consent needed - check with conservation officer."],
        ["Adopt revised Standing Orders and Financial Regulations (2025 NALC models)",
         "Resources & Governance", "Completed", "Urgent", "Rachel Moss",
         "01/05/2025", "31/07/2025", "false", "24/07/2025", "",
         "Adopted at Full Council 24 July 2025."],
        ["Apply for the Local Council Award Scheme at Foundation level",
         "Resources & Governance", "In progress", "Important", "Rachel Moss",
         "01/09/2025", "31/05/2026", "false", "", "Amber",
         "Website accessibility statement and training records still to complete."],
        ["Publish the 2024/25 AGAR, notice of conclusion of audit and internal audit report on the website",
         "Resources & Governance", "Completed", "Urgent", "Karen Pugh",
         "", "30/09/2025", "false", "26/09/2025", "",
         "Published 26/09/2025."],
    ]
    path = out("zeb-ledbury-town-council-corporate-plan-action-sheet-planner-export.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Plan name", "Ledbury Town Council – Corporate Plan Action Sheet 2025-27"])
        w.writerow(["Date of export", "05/12/2025"])
        w.writerow([])
        w.writerow(header)
        for r in rows:
            w.writerow(r)


# ================================================= 7. Scottish Water TXT
def scottish_water():
    lines = [
        "Scottish Water – HSE Improvement Notices: Compliance Action Tracker",
        "Health, Safety & Wellbeing – exported from Smartsheet 08/12/2025",
        "",
        "\t".join(["Ref", "Notice / action", "Site", "Action owner", "Compliance date",
                   "Extension agreed to", "Status", "Comments"]),
        "\t".join(["", "Improvement Notice 1 (IN 315812345) – Work at height: fall protection at "
                   "filter galleries and open tanks", "", "", "", "", "", ""]),
        "\t".join(["1.1", "Complete a site-wide work at height risk assessment for all open tanks "
                   "and filter galleries", "Glencorse WTW", "Regional Operations Manager (East)",
                   "30/01/2026", "", "Complete",
                   "Signed off 21/11/2025; copy sent to HSE inspector."]),
        "\t".join(["1.2", "Install fixed edge protection and self-closing gates at the 14 filter "
                   "gallery access points", "Glencorse WTW",
                   "Capital Delivery Project Manager / Site Lead Operator", "30/01/2026",
                   "27/03/2026", "Amber",
                   "Fabrication delayed; HSE agreed extension by letter 02/12/2025."]),
        "\t".join(["1.3", "Brief all operators on the revised safe system of work and record "
                   "attendance", "Glencorse WTW", "Site Lead Operator", "30/01/2026", "",
                   "On track", "Briefings booked for w/c 12/01/2026."]),
        "\t".join(["", "Improvement Notice 2 (IN 315812346) – Hand-arm vibration: health "
                   "surveillance for network maintenance operatives", "", "", "", "", "", ""]),
        "\t".join(["2.1", "Enrol all operatives exposed above the exposure action value in tiered "
                   "HAVS health surveillance", "Network maintenance – West",
                   "Head of Occupational Health", "27/02/2026", "", "Green",
                   "212 of 260 operatives enrolled; remainder booked."]),
        "\t".join(["2.2", "Fit tool-mounted vibration monitors to breakers and disc cutters in the "
                   "Glasgow network fleet", "Network maintenance – West", "Fleet & Plant Manager",
                   "27/02/2026", "", "Red",
                   "Supplier lead time 16 weeks - extension to be requested from HSE."]),
        "\t".join(["2.3", "Update the HAV risk assessment and exposure calculator for network "
                   "maintenance tasks", "Network maintenance – West",
                   "H&S Business Partner (Networks)", "27/02/2026", "", "Not started", ""]),
        "",
        "Status key: Complete | On track / Green | Amber = at risk, extension sought or agreed | "
        "Red = will not meet compliance date | Not started",
    ]
    with open(out("zeb-scottish-water-hse-improvement-notices-action-tracker.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    trinity_house()
    royal_parks()
    crown_estate_scotland()
    raf_benevolent_fund()
    naturescot()
    ledbury()
    scottish_water()
    print("built 7 files in", HERE)
