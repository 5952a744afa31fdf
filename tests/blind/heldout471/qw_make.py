"""Build the seven qw- test files of set heldout471.

Run with /work/main/.venv/bin/python qw_make.py (from any directory).
Writes only files whose names start with 'qw-' in this folder.
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


def out(name):
    assert name.startswith("qw-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
DARK = "1F3864"
LIGHT = "DEEAF6"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, row, col, value, bold=False, bg=None, fmt=None, color=None, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if bold or color or size:
        c.font = Font(bold=bold, color=color, size=size or 11)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    return c


def d(y, m, day):
    return dt.datetime(y, m, day)


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(9)


# ====================================================================
# 1. Hounslow – internal audit recommendations tracker (xlsx)
# ====================================================================
def hounslow():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "London Borough of Hounslow – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 31 October 2025 – Audit and Governance Committee, 20 November 2025"
    s["A4"] = "Table 1: Outstanding recommendations by priority"
    s["A4"].font = Font(bold=True)
    hdr = ["Priority", "Total on tracker", "Implemented since last report",
           "Not yet due", "Overdue (past original date)"]
    for i, h in enumerate(hdr, 1):
        put(s, 5, i, h, bold=True, bg=GREY)
    rows = [("High", 4, 1, 0, 3), ("Medium", 3, 1, 0, 2), ("Low", 1, 0, 1, 0),
            ("Total", 8, 2, 1, 5)]
    for r, vals in enumerate(rows, 6):
        for c, v in enumerate(vals, 1):
            put(s, r, c, v, bold=(vals[0] == "Total"))
    s["A11"] = ("Note: recommendations verified as implemented by Internal Audit are removed "
                "from the tracker after they have been reported to Committee once.")
    s.column_dimensions["A"].width = 22
    for col in "BCDE":
        s.column_dimensions[col].width = 18

    t = wb.create_sheet("Outstanding Recs")
    t["A1"] = "London Borough of Hounslow – Internal Audit Recommendations Tracker"
    t["A1"].font = Font(bold=True, size=13)
    t["A2"] = "Outstanding High and Medium priority recommendations (and Low where overdue) – position at 31 October 2025"
    heads = ["Ref", "Audit (year)", "Assurance opinion", "Priority",
             "Finding / Recommendation", "Agreed management action",
             "Responsible officer", "Original target date", "Revised target date",
             "% complete", "RAG", "Management update (October 2025)"]
    for i, h in enumerate(heads, 1):
        put(t, 4, i, h, bold=True, bg=DARK, color="FFFFFF")
    widths = [11, 22, 12, 9, 45, 50, 28, 13, 13, 9, 7, 50]
    for i, w in enumerate(widths):
        t.column_dimensions["ABCDEFGHIJKL"[i]].width = w

    r = 5

    def section(title):
        nonlocal r
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        put(t, r, 1, title, bold=True, bg=LIGHT)
        r += 1

    def rec(ref, audit, opinion, prio, finding, action, officer, orig, rev, pct, rag, update,
            merge_finding_rows=1):
        nonlocal r
        vals = [ref, audit, opinion, prio, finding, action, officer, orig, rev, pct, None, update]
        for c, v in enumerate(vals, 1):
            if v is None and c != 11:
                put(t, r, c, None)
                continue
            fmt = "dd/mm/yyyy" if isinstance(v, dt.datetime) else ("0%" if c == 10 else None)
            put(t, r, c, v, fmt=fmt)
        put(t, r, 11, None, bg=rag)
        if merge_finding_rows > 1:
            for c in (2, 3, 4, 5):
                t.merge_cells(start_row=r, start_column=c, end_row=r + merge_finding_rows - 1,
                              end_column=c)
        r += 1

    def cont(ref, action, officer, orig, rev, pct, rag, update):
        """second agreed action under a merged finding"""
        nonlocal r
        put(t, r, 1, ref)
        put(t, r, 6, action)
        put(t, r, 7, officer)
        put(t, r, 8, orig, fmt="dd/mm/yyyy")
        put(t, r, 9, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
        put(t, r, 10, pct, fmt="0%")
        put(t, r, 11, None, bg=rag)
        put(t, r, 12, update)
        r += 1

    section("Finance and Corporate Resources")
    rec("2425-04.1", "Payroll (2024/25)", "Limited", "High",
        "Starters and leavers should be processed only on receipt of an authorised form, and a "
        "monthly reconciliation of leavers to payroll should be completed and evidenced.",
        "Introduce a monthly leavers reconciliation between the iTrent establishment report and "
        "HR leaver notifications, signed off by the Payroll Manager.",
        "Head of Payroll and HR Operations", d(2025, 3, 31), d(2025, 9, 30), 0.8, GREEN,
        "Reconciliation in place from July 2025; evidence for three months provided to Internal "
        "Audit for verification.", merge_finding_rows=2)
    cont("2425-04.2",
         "Remind all managers through the Managers' Briefing that leaver forms must be submitted "
         "before the employee's last working day.",
         "Head of Payroll and HR Operations", d(2025, 1, 31), None, 1.0, BLUE,
         "Briefing issued 14/02/2025. Implemented.")
    rec("2425-09.1", "Procurement Cards (2024/25)", "Reasonable", "Medium",
        "Cardholder spending limits should be reviewed annually and reduced where usage does not "
        "support the current limit.",
        "Complete an annual review of all 212 cardholder limits and reduce or withdraw cards "
        "with no spend in the last six months.",
        "Priya Sandhu; Mark Ellery", d(2025, 6, 30), d(2025, 12, 31), 0.4, AMBER,
        "Review of limits under way; 61 cards withdrawn to date. Remaining directorates to "
        "respond by end of November.")

    section("Housing and Regeneration")
    rec("2324-17.3", "Housing Repairs – Contract Management (2023/24)", "Limited", "High",
        "Contractor performance data should be independently validated before KPIs are reported "
        "to the Housing Contracts Board.",
        "Establish a sample-based validation check of 10% of completed repairs each month by the "
        "Quality Assurance Surveyors.",
        "Assistant Director Housing Management / Head of Compliance", d(2024, 12, 31),
        d(2025, 3, 31), 0.2, RED,
        "Delayed by the restructure of the surveying team. New QA Surveyor starts November 2025; "
        "Committee asked to note second slippage.")
    rec("2425-02.1", "Temporary Accommodation Payments (2024/25)", "Limited", "High",
        "Invoices from nightly-paid providers should be matched to the household booking record "
        "before payment is released.",
        "Implement a three-way match control in the Jigsaw/Oracle interface so that payments "
        "cannot be released without a matched booking.",
        "Head of Temporary Accommodation", d(2025, 9, 30), None, 0.6, AMBER,
        "Interface change built and in user acceptance testing.")

    section("Adult Social Care and Public Health")
    rec("2425-11.1", "Direct Payments (2024/25)", "Reasonable", "Medium",
        "Direct payment account audits should be completed within the timescales set in the "
        "Direct Payments Policy.",
        "Clear the backlog of 146 overdue direct payment audits and report monthly progress to "
        "the ASC Senior Leadership Team.",
        "Finance Manager (Direct Payments)", d(2025, 3, 31), "Dec-25", 0.7, AMBER,
        "102 of 146 audits completed. Agency auditor extended to December.")
    rec("2425-11.2", "Direct Payments (2024/25)", "Reasonable", "Medium",
        "The Direct Payments Policy should be updated to reflect the Care and Support Statutory "
        "Guidance and approved by the Director.",
        "Refresh the Direct Payments Policy and take it to the Adults' Directorate Leadership Team "
        "for approval.",
        "Head of Commissioning", d(2025, 6, 30), None, 1.0, BLUE,
        "Policy approved at DLT on 09/09/2025 and published on the intranet.")

    section("Children's Services and Education")
    rec("2425-14.1", "Schools Financial Value Standard (2024/25)", "Reasonable", "Low",
        "Maintained schools should publish the register of business interests for all governors "
        "on their websites.",
        "Issue a reminder to all maintained school business managers in the Schools Finance "
        "Bulletin and check compliance on a sample of 20 school websites.",
        "Schools Finance Manager", d(2025, 10, 31), None, 0.9, GREEN,
        "Reminder issued in September bulletin; 17 of 20 sampled websites now compliant.")

    k = wb.create_sheet("Key")
    k["A1"] = "Key"
    k["A1"].font = Font(bold=True)
    key = [("Priority", "High – fundamental control weakness; Medium – significant; Low – minor"),
           ("RAG", ""),
           ("", "Red – up to 25% complete, or past the revised target date"),
           ("", "Amber – 26% to 75% complete"),
           ("", "Green – over 75% complete"),
           ("", "Blue – implemented, awaiting Internal Audit verification")]
    for i, (a, b) in enumerate(key, 3):
        k.cell(row=i, column=1, value=a)
        k.cell(row=i, column=2, value=b)
    for i, colr in zip(range(5, 9), (RED, AMBER, GREEN, BLUE)):
        k.cell(row=i, column=3).fill = fill(colr)
    k.column_dimensions["B"].width = 70
    wb.save(out("qw-hounslow-council-internal-audit-recommendations-tracker.xlsx"))


# ====================================================================
# 2. Trafford – strategic risk register (xlsx)
# ====================================================================
def trafford():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document Control"
    dc["A1"] = "Trafford Council Strategic Risk Register 2025/26"
    dc["A1"].font = Font(bold=True, size=14)
    rows = [("Owner", "Corporate Leadership Team"),
            ("Prepared by", "Audit and Assurance Service"),
            ("Reporting period", "Quarter 2 2025/26 (July – September 2025)"),
            ("Reported to", "Accounts and Audit Committee, 26 November 2025")]
    for i, (a, b) in enumerate(rows, 3):
        put(dc, i, 1, a, bold=True, bg=GREY)
        put(dc, i, 2, b)
    put(dc, 8, 1, "Version", bold=True, bg=GREY)
    put(dc, 8, 2, "Date", bold=True, bg=GREY)
    put(dc, 8, 3, "Change", bold=True, bg=GREY)
    for i, (v, dd, ch) in enumerate([("1.0", d(2025, 5, 14), "Refreshed register agreed by CLT"),
                                     ("1.1", d(2025, 8, 6), "Q1 update"),
                                     ("1.2", d(2025, 10, 29), "Q2 update; SR2 score increased")], 9):
        put(dc, i, 1, v)
        put(dc, i, 2, dd, fmt="dd/mm/yyyy")
        put(dc, i, 3, ch)
    dc.column_dimensions["A"].width = 18
    dc.column_dimensions["B"].width = 45
    dc.column_dimensions["C"].width = 35

    mx = wb.create_sheet("Scoring and Key")
    mx["A1"] = "Risk scoring: Likelihood (1–5) x Impact (1–5)"
    mx["A1"].font = Font(bold=True)
    mx["A3"], mx["B3"] = "15 – 25", "High"
    mx["A4"], mx["B4"] = "8 – 12", "Medium"
    mx["A5"], mx["B5"] = "1 – 6", "Low"
    mx["A3"].fill, mx["A4"].fill, mx["A5"].fill = fill(RED), fill(AMBER), fill(GREEN)
    mx["A7"] = "Action RAG"
    mx["A7"].font = Font(bold=True)
    for i, (a, b) in enumerate([("R", "Action off track / will miss target date"),
                                ("A", "Some slippage – recoverable"),
                                ("G", "On track"),
                                ("B", "Action complete")], 8):
        mx.cell(row=i, column=1, value=a)
        mx.cell(row=i, column=2, value=b)
    mx.column_dimensions["B"].width = 45

    ws = wb.create_sheet("SRR Q2 2025-26")
    ws["A1"] = "Trafford Council Strategic Risk Register 2025/26 – Quarter 2 update"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Scores shown as Likelihood x Impact. Risk owner is the accountable CLT member; action owners are named against each further action."
    heads = ["Risk", "Risk description (cause / event / effect)", "Risk owner",
             "Inherent score", "Current score Q1", "Current score Q2", "Target score",
             "Direction of travel", "Action ref", "Further actions planned", "Action owner",
             "Target date", "Revised date", "Previous RAG (Q1)", "Current RAG (Q2)"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, bg=DARK, color="FFFFFF")
    widths = [24, 45, 22, 9, 9, 9, 9, 11, 8, 55, 26, 12, 12, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    def score_bg(v):
        return RED if v >= 15 else (AMBER if v >= 8 else GREEN)

    r = 5

    def risk(title, desc, owner, inh, q1, q2, tgt, dot, actions):
        nonlocal r
        n = len(actions)
        put(ws, r, 1, title, bold=True)
        put(ws, r, 2, desc)
        put(ws, r, 3, owner)
        for c, v in zip((4, 5, 6, 7), (inh, q1, q2, tgt)):
            put(ws, r, c, v, bg=score_bg(v))
        put(ws, r, 8, dot)
        if n > 1:
            for c in range(1, 9):
                ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
        for (ref, text, who, target, revised, prev, cur) in actions:
            put(ws, r, 9, ref)
            put(ws, r, 10, text)
            put(ws, r, 11, who)
            put(ws, r, 12, target, fmt="dd/mm/yyyy" if isinstance(target, dt.datetime) else None)
            put(ws, r, 13, revised, fmt="dd/mm/yyyy" if isinstance(revised, dt.datetime) else None)
            put(ws, r, 14, prev)
            put(ws, r, 15, cur)
            r += 1

    risk("SR1 – Financial Sustainability",
         "Cause: rising demand in social care and temporary accommodation, and uncertainty over "
         "the multi-year settlement. Event: the Council cannot deliver a balanced budget over the "
         "MTFS period. Effect: use of reserves, s114 risk, reduced services.",
         "Corporate Director – Finance and Systems", 25, 20, 20, 12, "No change", [
             ("1.1", "Deliver the 2025/26 savings programme of £21.4m, with monthly tracking "
                     "through the Budget Assurance Board.",
              "Chief Finance Officer", d(2026, 3, 31), None, "A", "A"),
             ("1.2", "Develop options to close the 2026/27 budget gap and present them to the "
                     "Executive in the December budget report.",
              "CFO / CLT", "Dec-25", None, "G", "G"),
         ])
    risk("SR2 – Demand for Children's Placements",
         "Cause: growth in the number of children in care and a shortage of local placements. "
         "Event: children placed in high-cost external residential care at a distance from "
         "Trafford. Effect: poorer outcomes and budget overspend.",
         "Corporate Director – Children's Services", 20, 16, 20, 12, "Worsening", [
             ("2.1", "Open the second in-house children's home (Brook Lodge) to reduce reliance "
                     "on external residential placements.",
              "Director of Children's Social Care", "Q4 2025/26", None, "A", "R"),
             ("2.2", "Recruit 15 additional foster carers through the regional fostering "
                     "recruitment hub campaign.",
              "Head of Service – Fostering and Adoption", d(2026, 3, 31), None, "A", "A"),
         ])
    risk("SR3 – Cyber Security and Data Resilience",
         "Cause: increasing sophistication of cyber attacks and legacy infrastructure. Event: a "
         "successful ransomware or data breach incident. Effect: loss of critical services, ICO "
         "fines, reputational damage.",
         "Corporate Director – Strategy and Resources", 20, 15, 15, 10, "No change", [
             ("3.1", "Complete migration of the remaining on-premise servers to the cloud "
                     "tenancy and decommission the Sale Waterside data centre.",
              "Head of ICT", d(2025, 6, 30), d(2026, 1, 31), "A", "A"),
             ("3.2", "Run a cyber incident tabletop exercise with CLT and the Emergency Planning "
                     "team.",
              "Information Security Manager", d(2025, 9, 30), None, "G", "B"),
             ("3.3", "Maintain mandatory cyber awareness training completion above 95% for all "
                     "staff with network access.\nCompletion reported quarterly to the "
                     "Information Governance Board.",
              "Information Security Manager", "Ongoing", None, "G", "G"),
         ])
    risk("SR4 – Carbon Neutral 2038",
         "Cause: insufficient capital funding and grant availability. Event: the Council does not "
         "meet its carbon reduction trajectory. Effect: failure to deliver the Climate Emergency "
         "commitments.",
         "Corporate Director – Place", 12, 12, 12, 8, "No change", [
             ("4.1", "Complete heat decarbonisation plans for the 12 highest-emitting corporate "
                     "buildings.",
              "Head of Climate Emergency", "March 2026", None, "A", "A"),
             ("4.2", "Report progress against the Carbon Neutral Action Plan to Scrutiny "
                     "Committee.",
              "Head of Climate Emergency", "Feb-26", None, None, "G"),
         ])
    r += 1
    ws.cell(row=r, column=1, value="Summary of action RAG (Q2): R 1 | A 4 | G 3 | B 1")
    wb.save(out("qw-trafford-council-strategic-risk-register-2025-26.xlsx"))


# ====================================================================
# 3. Westminster – ILACS improvement plan (xlsx)
# ====================================================================
def westminster():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Westminster City Council – ILACS Post-Inspection Improvement Plan"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Children's Services"
    info = [("Inspection", "Inspection of local authority children's services (ILACS), 11–22 November 2024"),
            ("Overall effectiveness", "Good"),
            ("Plan owner", "Executive Director of Children's Services"),
            ("Governance", "Children's Services Improvement Board (monthly); Cabinet Member for Children and Families"),
            ("Version", "v4 – progress update September 2025")]
    for i, (a, b) in enumerate(info, 4):
        put(cv, i, 1, a, bold=True, bg=GREY)
        put(cv, i, 2, b)
    cv.column_dimensions["A"].width = 24
    cv.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "ILACS Improvement Plan – actions and progress"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["No.", "Action", "Lead officer", "Start", "Original completion date",
             "Revised completion date", "Success measure / evidence of impact",
             "Progress update (September 2025)", "Previous RAG", "Current RAG"]
    for i, h in enumerate(heads, 1):
        put(ws, 3, i, h, bold=True, bg=DARK, color="FFFFFF")
    widths = [6, 55, 30, 9, 12, 12, 40, 50, 10, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    rag_bg = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    r = 4

    def band(text, bg, color=None):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        put(ws, r, 1, text, bold=True, bg=bg, color=color)
        r += 1

    def act(no, text, lead, start, orig, rev, measure, progress, prev, cur):
        nonlocal r
        for c, v in enumerate([no, text, lead, start, orig, rev, measure, progress], 1):
            put(ws, r, c, v)
        put(ws, r, 9, prev, bg=rag_bg.get(prev))
        put(ws, r, 10, cur, bg=rag_bg.get(cur))
        r += 1

    band("The experiences and progress of children who need help and protection", DARK, "FFFFFF")
    band("Recommendation 1: The quality and specificity of child in need and child protection "
         "plans, so that actions are clear, measurable and understood by families.", LIGHT)
    act("1.1", "Relaunch the Westminster plan template with SMART outcomes and a family-friendly "
               "summary page, co-produced with parents from the Family Voice group.",
        "Head of Service, Family Support and Child Protection", "Jan 2025", "Mar 2025", "Jun 2025",
        "80% of plans audited rated good or better for specificity",
        "New template live in Mosaic from 2 June 2025.", "Amber", "Complete")
    act("1.2", "Deliver plan-writing workshops to all social workers and team managers in the "
               "Assessment and Family Support teams.",
        "Principal Social Worker", "Feb 2025", "Apr 2025", None,
        "Attendance 95%; practitioner confidence survey",
        "Six workshops held; 112 staff attended.", "Green", "Complete")
    act("1.3", "Monthly dip sampling of 20 plans by child protection chairs, with findings "
               "reported to the Quality Assurance Board.",
        "CP Chairs Team Manager / QA Lead", "Apr 2025", "Monthly", None,
        "Improving trend in dip sample grades",
        "Sampling embedded. August sample: 16 of 20 plans judged SMART.", "Green", "Green")
    band("Recommendation 2: Management oversight and supervision of work with children at risk of "
         "extra-familial harm, including the use of return home interviews.", LIGHT)
    act("2.1", "Embed the Contextual Safeguarding Panel's tracking of all open children at risk of "
               "exploitation, with a named manager review every six weeks.",
        "Head of Youth and Adolescent Services", "Jan 2025", "Feb 2025", "Dec 2025",
        "100% of tracked children have a review within six weeks",
        "Tracker in place; review compliance 88% in August.", "Amber", "Green")
    act("2.2", "Bring the return home interview service back in-house and report completion within "
               "72 hours to the Exploitation Strategic Group.",
        "Missing and Exploitation Manager", "Apr 2025", "Sept 2025", None,
        "RHI offered within 72 hours in 90% of episodes",
        "Two of three RHI workers recruited; interim cover from the Youth Offer team.",
        "Green", "Amber")

    band("The experiences and progress of children in care", DARK, "FFFFFF")
    band("Recommendation 3: The sufficiency of local foster placements, so that more children can "
         "live within or close to Westminster.", LIGHT)
    act("3.1", "Launch the 'Foster with Westminster' recruitment campaign.\nTarget: 12 new "
               "fostering households approved by March 2026.",
        "Head of Fostering and Placements", "Mar 2025", "Mar 2026", None,
        "12 approvals; 60% of children in care placed within 20 miles",
        "5 households approved, 4 in assessment.", "Green", "Amber")
    act("3.2", "Agree a joint sufficiency strategy with Kensington and Chelsea, including "
               "block-contracted local placements.",
        "Director of Commissioning; Head of Fostering and Placements", "Apr 2025", "Dec 2025",
        None, "Strategy agreed by both Cabinets",
        "Draft delayed pending the regional commissioning review.", "Amber", "Red")

    band("The experiences and progress of care leavers", DARK, "FFFFFF")
    band("Recommendation 4: Pathway plans for care leavers aged 21 and over, so that they reflect "
         "young people's current needs and aspirations.", LIGHT)
    act("4.1", "Audit all pathway plans for care leavers aged 21–25 and update any plan older than "
               "six months.",
        "Leaving Care Service Manager", "May 2025", "Jul 2025", "Oct 2025",
        "All plans for 21–25s reviewed within six months",
        "71 of 84 plans updated.", "Amber", "Green")
    act("4.2", "Introduce a 'Staying Close' offer and a personal adviser drop-in at the Care "
               "Leavers' Hub.",
        "Leaving Care Service Manager", "Oct 2025", "Nov 2025", None,
        "Drop-in attendance; care leaver feedback",
        "Due to start in October.", None, "Not started")

    ky = wb.create_sheet("RAG Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    for i, (word, bg, mean) in enumerate([("Complete", BLUE, "Action completed and evidenced"),
                                          ("Green", GREEN, "On track"),
                                          ("Amber", AMBER, "Some slippage; mitigation in place"),
                                          ("Red", RED, "Off track; escalated to Improvement Board"),
                                          ("Not started", None, "Not yet due to start")], 3):
        c = ky.cell(row=i, column=1, value=word)
        if bg:
            c.fill = fill(bg)
        ky.cell(row=i, column=2, value=mean)
    ky.column_dimensions["B"].width = 50
    wb.save(out("qw-westminster-city-council-ilacs-improvement-plan.xlsx"))


# ====================================================================
# 4. Portsmouth SCP – LCSPR Child V action plan (docx)
# ====================================================================
def portsmouth():
    doc = Document()
    p = doc.add_paragraph()
    rr = p.add_run("Portsmouth Safeguarding Children Partnership")
    rr.bold = True
    doc.add_heading("Child V – Local Child Safeguarding Practice Review Action Plan", level=0)
    doc.add_paragraph("Document control")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"),
                                ("Date", "10 October 2025"),
                                ("Owner", "PSCP Learning and Improvement Subgroup"),
                                ("Approved by", "PSCP Executive, 3 February 2025"),
                                ("Review published", "27 January 2025")]):
        set_text(t.cell(i, 0), a, bold=True)
        set_text(t.cell(i, 1), b)
    doc.add_paragraph(
        "This plan sets out the partnership's response to the four recommendations of the Child V "
        "review. Progress is reported to each meeting of the Learning and Improvement Subgroup. "
        "RAG: Complete = action finished and evidenced; Green = on track; Amber = some delay; "
        "Red = off track; blank = not yet started.")

    rag_bg = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def rec_table(rec_text, actions):
        tb = doc.add_table(rows=2 + len(actions), cols=6)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 5))
        set_text(top, rec_text, bold=True)
        shade(top, LIGHT)
        for c, h in enumerate(["Ref", "Action", "Lead agency / officer", "Timescale",
                               "Progress / evidence", "RAG"]):
            set_text(tb.cell(1, c), h, bold=True)
            shade(tb.cell(1, c), GREY)
        for i, a in enumerate(actions, 2):
            for c, v in enumerate(a):
                set_text(tb.cell(i, c), v or "")
            if a[5] in rag_bg:
                shade(tb.cell(i, 5), rag_bg[a[5]])
        doc.add_paragraph("")

    doc.add_heading("Learning theme 1: Hearing the voice of the child", level=1)
    rec_table("Recommendation 1: The PSCP should seek assurance that practitioners across agencies "
              "see children on their own and record their wishes and feelings, particularly where "
              "parents present as cooperative.", [
                  ("1.1", "Revise the PSCP 'Voice of the Child' practice guidance to include "
                          "disguised compliance and the use of independent visits.",
                   "PSCP Business Manager", "March 2025",
                   "Guidance revised and published on the PSCP website, March 2025.", "Complete"),
                  ("1.2", "Multi-agency audit of 30 child protection cases to test whether "
                          "children were seen alone at each core group.",
                   "Chair, PSCP Quality Assurance Subgroup", "30/06/2025",
                   "Audit completed; report delayed to the September subgroup.", "Amber"),
              ])
    rec_table("Recommendation 2: Schools and early years settings should ensure that concerns about "
              "a child's presentation and attendance are shared with children's social care and "
              "recorded on the child's file.", [
                  ("2.1", "Deliver a DSL network briefing on the Child V learning, with a focus on "
                          "persistent absence and neglect indicators.",
                   "Education Safeguarding Lead", "Autumn term 2025",
                   "Briefing booked for the November DSL network.", "Green"),
                  ("2.2", "Introduce an attendance and neglect escalation pathway between the "
                          "Inclusion Support Service and the MASH.",
                   "Head of Inclusion / MASH Team Manager", "December 2025",
                   "Draft pathway out for consultation with schools.", "Amber"),
              ])
    doc.add_heading("Learning theme 2: Professional curiosity about adults in the household",
                    level=1)
    rec_table("Recommendation 3: Agencies should ensure that information about new adults joining "
              "a household is sought, shared and risk assessed.", [
                  ("3.1", "Update the MASH 'new partner' checks procedure so that police and "
                          "probation checks are completed on all adults named in a contact.",
                   "Detective Inspector, Portsmouth MASH", "31/05/2025",
                   "Procedure updated and briefed to MASH staff.", "Complete"),
                  ("3.2", "Add a mandatory household composition prompt to health visitor and "
                          "school nurse contact templates on SystmOne.",
                   "Named Nurse Safeguarding Children, Solent NHS Trust", "August 2025",
                   "Template change approved; go-live planned for October.", "Green"),
              ])
    rec_table("Recommendation 4: The PSCP should evaluate the impact of the learning from this "
              "review within 12 months of publication.", [
                  ("4.1", "Hold two multi-agency 'Learning from Child V' briefing sessions and "
                          "collect practitioner feedback.",
                   "PSCP Learning and Development Officer", "Within 3 months of publication",
                   "Sessions held 11 March and 2 April 2025; 86 practitioners attended.",
                   "Complete"),
                  ("4.2", "Repeat the case audit and report the findings to the PSCP Executive.",
                   "PSCP Business Manager", "March 2026", "", ""),
              ])
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, h in enumerate(["Role", "Name", "Date"]):
        set_text(so.cell(0, c), h, bold=True)
    for c, v in enumerate(["Independent Scrutineer", "Dr A. Malik", "10/10/2025"]):
        set_text(so.cell(1, c), v)
    doc.save(out("qw-portsmouth-safeguarding-children-partnership-lcspr-child-v-action-plan.docx"))


# ====================================================================
# 5. Newcastle – Ofsted focused visit action plan (docx)
# ====================================================================
def newcastle():
    doc = Document()
    doc.add_heading("Newcastle City Council Children's Social Care", level=2)
    doc.add_heading("Ofsted Focused Visit Action Plan", level=0)
    doc.add_paragraph(
        "Focused visit: children in need and children subject to a child protection plan, "
        "14 and 15 January 2025 (letter published 20 February 2025).")
    doc.add_paragraph(
        "Ofsted identified three areas for improvement. This plan is monitored monthly by the "
        "Children's Social Care Performance Board and reported to the Newcastle Safeguarding "
        "Children Partnership. Updated September 2025.")
    doc.add_paragraph("Progress key")
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (colr, text) in enumerate([(GREEN, "Completed"),
                                      (AMBER, "In progress"),
                                      (RED, "Delayed / at risk of not being achieved")]):
        shade(key.cell(i, 0), colr)
        set_text(key.cell(i, 1), text)
    doc.add_paragraph("")

    rows = [
        ("1. The timeliness and quality of initial child protection conferences when children's "
         "circumstances change quickly.", [
             ("1.1", "Increase capacity in the Safeguarding Unit by recruiting two additional "
                     "Independent Chairs.",
              "Head of Safeguarding and Quality Assurance", "End of June 2025", GREEN),
             ("1.2", "Introduce a weekly ICPC tracker reviewed by service managers, with "
                     "escalation of any conference held later than 15 working days after the "
                     "strategy discussion.",
              "Service Manager (Safeguarding Unit)", "w/c 13/10/25", AMBER),
         ]),
        ("2. The consistency of management oversight and the recording of supervision on "
         "children's records.", [
             ("2.1", "Launch the revised Supervision Policy and recording template in Liquidlogic, "
                     "with a mandatory reflective section.",
              "Principal Social Worker", "May 2025", GREEN),
             ("2.2", "Monthly audit of supervision records on 10% of open CIN and CP cases, "
                     "reported to the Children's Social Care Performance Board.",
              "Practice Improvement Lead / Team Managers", "Sept 2025 – March 2026", AMBER),
             ("2.3", "All team managers to complete the 'Leading Good Practice' development "
                     "programme.",
              "Workforce Development Manager", "Q3 2025/26", RED),
         ]),
        ("3. The use of chronologies to inform assessments and plans for children experiencing "
         "long-term neglect.", [
             ("3.1", "Roll out the multi-agency chronology tool and guidance, with training for "
                     "all social workers on the neglect pathway.",
              "Head of Service, Children in Need and Child Protection", "31/07/2025", AMBER),
             ("3.2", "Embed the Graded Care Profile 2 in all assessments where neglect is the "
                     "primary concern, and track its use in the monthly performance report.",
              "Head of Service, Children in Need and Child Protection; NSCP Business Manager",
              "December 2025", AMBER),
         ]),
    ]
    n = sum(len(a) for _, a in rows)
    tb = doc.add_table(rows=1 + n, cols=6)
    tb.style = "Table Grid"
    for c, h in enumerate(["Area for improvement", "Ref", "What we will do", "Lead",
                           "By when", "Progress"]):
        set_text(tb.cell(0, c), h, bold=True)
        shade(tb.cell(0, c), GREY)
    i = 1
    for afi, acts in rows:
        first = i
        for ref, text, lead, when, colr in acts:
            set_text(tb.cell(i, 1), ref)
            set_text(tb.cell(i, 2), text)
            set_text(tb.cell(i, 3), lead)
            set_text(tb.cell(i, 4), when)
            shade(tb.cell(i, 5), colr)
            i += 1
        m = tb.cell(first, 0).merge(tb.cell(i - 1, 0))
        set_text(m, afi)
    doc.add_paragraph("")
    doc.add_paragraph("Summary of progress at September 2025")
    sm = doc.add_table(rows=4, cols=2)
    sm.style = "Table Grid"
    for r_, (a, b) in enumerate([("Completed", "2"), ("In progress", "4"), ("Delayed", "1"),
                                 ("Total actions", "7")]):
        set_text(sm.cell(r_, 0), a)
        set_text(sm.cell(r_, 1), b)
    doc.save(out("qw-newcastle-city-council-ofsted-focused-visit-action-plan.docx"))


# ====================================================================
# 6. Gateshead HWB – action log, CSV export (refuse: typo month)
# ====================================================================
def gateshead():
    def q(s):
        if any(ch in s for ch in ',"'):
            return '"' + s.replace('"', '""') + '"'
        return s

    lines = [
        ["Gateshead Health and Wellbeing Board – Action Log", "", "", "", "", "", "", "", ""],
        ["Updated following the meeting held on 5 September 2025", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Action No.", "Meeting Date", "Minute Ref", "Item", "Action", "Owner", "Due Date",
         "Status", "Update"],
        ["HWB/25/01", "07/03/2025", "HW112", "Joint Health and Wellbeing Strategy – annual report",
         "Circulate the final strategy outcomes framework to Board members for comment.",
         "Director of Public Health", "04/04/2025", "Complete", "Circulated 28/03/2025."],
        ["HWB/25/02", "07/03/2025", "HW114", "Better Care Fund 2025/26 plan",
         "Provide a breakdown of discharge fund spend by provider to the next meeting.",
         "Strategic Director, Integrated Adults and Social Care Services", "Jun-25", "Complete",
         "Presented 13 June 2025."],
        ["HWB/25/03", "13/06/2025", "HW121", "Pharmaceutical Needs Assessment",
         "Set up a task and finish group to draft the 2025 PNA supplementary statement.",
         "Public Health Consultant (Healthcare)", "Sep-25", "Green", "Group met in July and August."],
        ["HWB/25/04", "13/06/2025", "HW123", "Healthwatch Gateshead – young carers report",
         "Respond to Healthwatch recommendations on young carers' access to GP appointments.",
         "Gateshead Place Director (NENC ICB)", "0ct-25", "Amber",
         "Response being drafted with primary care colleagues."],
        ["HWB/25/05", "13/06/2025", "HW124", "Gateshead Cares system board update",
         "Bring the revised Gateshead Cares workplan to a Board development session.",
         "Chair, Gateshead Cares System Board", "Nov-25", "Green", ""],
        ["HWB/25/06", "05/09/2025", "HW131", "Tobacco control – smokefree generation",
         "Share the local Tobacco Control Alliance action plan with partner organisations.",
         "Public Health Programme Lead", "31/10/2025", "Green", ""],
        ["HWB/25/07", "05/09/2025", "HW133", "Winter plan 2025/26",
         "Confirm vaccination uptake targets for frontline health and care staff.",
         "Director of Public Health / Gateshead Health NHS FT", "Dec-25", "Not started", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Open actions: 5  Completed since last meeting: 2", "", "", "", "", "", "", "", ""],
    ]
    text = "\r\n".join(",".join(q(c) for c in row) for row in lines) + "\r\n"
    with open(out("qw-gateshead-health-and-wellbeing-board-action-log-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ====================================================================
# 7. Torbay – Council Business Plan delivery plan, tab-separated export (txt)
# ====================================================================
def torbay():
    head = [
        "Torbay Council – Council Business Plan 2024/27: Delivery Plan Progress, Quarter 2 2025/26",
        "Exported from the performance management system 14/10/2025 09:42",
        "",
    ]
    cols = ["Theme", "Priority", "Ref", "Action / milestone", "Lead Officer", "Cabinet Member",
            "Milestone date", "Status", "Q2 commentary"]
    cp = "Community and People"
    pp = "Pride in Place"
    eg = "Economic Growth"
    cc = "Tackling Climate Change"
    cf = "Council Fit for the Future"
    rows = [
        (cp, "Ensure children and young people are safe and supported", "CP1.1",
         "Open the Family Hub in Paignton and extend the Start for Life offer to Brixham.",
         "Divisional Director – Early Help", "Cllr S. Prowse", "Mar-26", "Green",
         "Building works complete; staff recruitment under way."),
        (cp, "Ensure children and young people are safe and supported", "CP1.2",
         "Reduce the number of children placed in external residential care through the "
         "Torbay Valuing Care approach.",
         "Director of Children's Services", "Cllr S. Prowse", "Q4 2025/26", "Amber",
         "Two step-down moves achieved; market costs remain high."),
        (cp, "Tackle the housing crisis", "CP2.1",
         "Deliver 40 additional units of temporary accommodation owned by the Council.",
         "Head of Housing Options", "Cllr M. Oakes", "31/12/2025", "Red",
         "Purchase of the second block has fallen through; alternative sites being assessed."),
        (pp, "Clean and safe streets", "PP1.1",
         "Complete the procurement of the new street cleansing and waste contract variation.",
         "Director of Pride in Place", "Cllr L. Harte", "Sep-25", "Complete",
         "Variation signed 22/09/2025."),
        (pp, "Clean and safe streets", "PP1.2",
         "Roll out the town centre enforcement patrols to Torquay harbourside.",
         "Community Safety Manager", "Cllr L. Harte", "Ongoing", "Green",
         "Patrols in place Thursday to Sunday."),
        (eg, "Regenerate our town centres", "EG1.1",
         "Submit the full business case for Torquay Pavilion restoration to the funding body.",
         "Head of Regeneration", "Cllr P. Venning", "Nov-25", "Green",
         "Business case at final review."),
        (eg, "Regenerate our town centres", "EG1.2",
         "Start on site at Union Square phase 2 (Town Deal).",
         "Head of Regeneration", "Cllr P. Venning", "Jan 2026", "Amber",
         "Contractor tender returns over budget; value engineering in progress."),
        (cc, "Reduce the Council's own carbon emissions", "CC1.1",
         "Install solar PV on six Council-owned buildings through the Public Sector "
         "Decarbonisation Scheme.",
         "Climate Change Officer", "Cllr R. Coombe", "31/03/2026", "Not started",
         "Awaiting grant decision."),
        (cf, "Deliver the basics well", "CF1.1",
         "Launch the new customer contact platform and web forms for missed bins and "
         "council tax.",
         "Head of Customer Services", "Cllr T. Ashworth", "Jul-25", "Complete",
         "Live from 7 July 2025."),
        (cf, "Deliver the basics well", "CF1.2",
         "Implement the Digital Strategy actions for 2025/26 and report progress to the "
         "Overview and Scrutiny Board.",
         "Chief Digital Officer", "Cllr T. Ashworth", "Mar-26", "Green",
         "Year 1 actions on schedule."),
    ]
    lines = head + ["\t".join(cols)] + ["\t".join(r) for r in rows] + [
        "",
        "Status summary\tComplete 2\tGreen 4\tAmber 2\tRed 1\tNot started 1",
    ]
    with open(out("qw-torbay-council-business-plan-delivery-plan-q2-2025-26.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    hounslow()
    trafford()
    westminster()
    portsmouth()
    newcastle()
    gateshead()
    torbay()
    print("built 7 files")
