#!/usr/bin/env python3
"""Build the seven zzn- blind test files (set heldout596).

Run:  python zzn_make.py             -> writes the seven data files
      python zzn_make.py --expected  -> also writes the NAME.expected.yaml readings

Each action tuple carries the reading a person makes of it (lead list, end month,
end_text, status) next to the text that goes into the file.
"""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
         "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "light": "DDEBF7",
}


# ---------------------------------------------------------------------------
# 1. Sussex and Brighton CCA - mobilisation programme highlight report (xlsx)
# ---------------------------------------------------------------------------

SBCCA_NAME = "zzn-sussex-and-brighton-cca-mobilisation-programme-highlight-report.xlsx"
SBCCA_TITLE = "Mobilisation Programme – Highlight Report No. 7"

WS1 = "WS1: Governance and constitution"
WS2 = "WS2: Finance and assurance"
WS3 = "WS3: Transport and local growth"
WS4 = "WS4: People, systems and accommodation"

# (ref, milestone, lead cell, baseline, forecast, prev RAG, this RAG (letter or ('fill', X)), commentary, reading)
SBCCA_ROWS = [
    ("band", WS1),
    ("G1", "Constitution, standing orders and scheme of delegation adopted by the Authority",
     "Monitoring Officer", D(2025, 9, 30), D(2025, 9, 30), "A", "B",
     "Adopted at the inaugural meeting on 25 September 2025.",
     (["Monitoring Officer"], "2025-09", "blue")),
    ("G2", "Audit and Governance Committee established, independent member recruited and first meeting held",
     "Monitoring Officer; S73 Officer", D(2025, 10, 31), D(2025, 12, 31), "G", "A",
     "Recruitment round for the independent member closed with two applicants and has been re-advertised. "
     "First meeting moved to December.",
     (["Monitoring Officer", "S73 Officer"], "2025-12", "amber")),
    ("G3", "Overview and Scrutiny Committee terms of reference agreed with constituent councils",
     "Head of Governance", D(2025, 11, 30), D(2025, 11, 30), "G", "G",
     "Draft terms of reference shared with the three constituent councils' scrutiny chairs.",
     (["Head of Governance"], "2025-11", "green")),
    ("band", WS2),
    ("F1", "2026/27 budget and mayoral precept options paper to the Authority",
     "S73 Officer", D(2026, 1, 31), D(2026, 1, 31), "G", "G",
     "Options modelling under way with constituent council finance leads.",
     (["S73 Officer"], "2026-01", "green")),
    ("F2", "Internal audit provider appointed and 2025/26 internal audit plan approved",
     "S73 Officer", D(2025, 10, 31), D(2025, 11, 30), "G", ("fill", "A"),
     "Award delayed by two weeks to allow clarification of bids; plan to Audit and Governance Committee in December.",
     (["S73 Officer"], "2025-11", "amber")),
    ("F3", "Single assurance framework for devolved funding submitted to MHCLG",
     "S73 Officer / Head of Strategy", D(2025, 12, 31), D(2026, 2, 28), "G", "R",
     "MHCLG guidance on the integrated settlement not yet published; submission cannot be finalised.",
     (["S73 Officer", "Head of Strategy"], "2026-02", "red")),
    ("band", WS3),
    ("T1", "Local Transport Plan 5 scoping report agreed by the Authority",
     "Director of Transport and Infrastructure", D(2026, 3, 31), D(2026, 3, 31), "G", "G",
     "Evidence base commissioned.",
     (["Director of Transport and Infrastructure"], "2026-03", "green")),
    ("T2", "Bus Service Improvement Plan and Enhanced Partnership transfer agreements signed by all constituent authorities",
     "Director of Transport and Infrastructure / Head of Legal", D(2025, 12, 31), D(2026, 3, 31), "A", "R",
     "One constituent authority has asked for further legal review of the transfer of BSIP funding.",
     (["Director of Transport and Infrastructure", "Head of Legal"], "2026-03", "red")),
    ("T3", "Local Growth Plan engagement: business and higher education roundtables held in each constituent area",
     "JW / SK", D(2025, 11, 30), D(2025, 11, 30), "G", "G",
     "Brighton and West Sussex roundtables held; East Sussex booked for 19 November.",
     (["JW", "SK"], "2025-11", "green")),
    ("band", WS4),
    ("P1", "Interim staffing structure consulted on and appointments made to tier 2 posts",
     "Interim Chief Executive", D(2025, 10, 31), D(2026, 1, 31), "A", "A",
     "Two of four tier 2 posts appointed; second recruitment round for the remaining posts under way.",
     (["Interim Chief Executive"], "2026-01", "amber")),
    ("P2", "Interim office accommodation secured and core ICT services live (Microsoft 365, finance system, HR and payroll)",
     "Head of Corporate Services", D(2025, 9, 30), D(2025, 10, 31), "A", "B",
     "Completed 20 October 2025.",
     (["Head of Corporate Services"], "2025-10", "blue")),
    ("P3", "Records management policy and FOI/EIR publication scheme in place",
     "Information Governance Lead", D(2025, 11, 30), D(2025, 11, 30), "G", "G",
     "Publication scheme based on the ICO model scheme drafted.",
     (["Information Governance Lead"], "2025-11", "green")),
]


def build_sbcca(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    def fill(c):
        return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 40
    ws["A1"] = "Sussex and Brighton Combined Authority"
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws.merge_cells("A1:D1")
    ws["A2"] = SBCCA_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:D2")
    info = [
        ("Reporting period", "1 – 31 October 2025"),
        ("Prepared for", "Programme Board, 12 November 2025"),
        ("Programme SRO", "Interim Chief Executive"),
        ("Programme manager", "Jo Whitlock"),
        ("Overall programme RAG", "Amber"),
        ("Previous overall RAG", "Amber"),
    ]
    r = 4
    for k, v in info:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        if v == "Amber":
            ws.cell(r, 2).fill = fill("A")
        r += 1
    r += 1
    ws.cell(r, 1, "Key messages").font = Font(bold=True, size=12)
    r += 1
    for m in [
        "• Governance workstream largely complete: constitution adopted and Authority meetings scheduled to May 2026.",
        "• Two milestones are red this period (F3, T2); both depend on decisions outside the Authority's control.",
        "• Programme spend is within the 2025/26 mobilisation budget (see Finance sheet).",
    ]:
        ws.cell(r, 1, m)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True, size=12)
    r += 1
    for c, word, meaning in [
        ("G", "Green", "On track to deliver by the forecast date"),
        ("A", "Amber", "At risk – forecast later than baseline but recoverable"),
        ("R", "Red", "Off track – will not deliver without Programme Board intervention"),
        ("B", "Blue", "Complete"),
    ]:
        ws.cell(r, 1, word).fill = fill(c)
        ws.cell(r, 2, meaning)
        r += 1
    r += 1
    ws.cell(r, 1, "Document control").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True)
        c.border = box
    r += 1
    for row in [("0.1", "05/11/2025", "PMO", "Draft for workstream leads"),
                ("1.0", "07/11/2025", "PMO", "Issued to Programme Board")]:
        for i, v in enumerate(row, 1):
            ws.cell(r, i, v).border = box
        r += 1

    # --- Milestones sheet
    ms = wb.create_sheet("Milestones")
    widths = [7, 52, 30, 13, 13, 11, 11, 55]
    for i, w in enumerate(widths):
        ms.column_dimensions["ABCDEFGH"[i]].width = w
    ms["A1"] = "Milestone tracker – position at 31 October 2025"
    ms["A1"].font = Font(bold=True, size=13)
    ms.merge_cells("A1:H1")
    heads = ["Ref", "Milestone / action", "SRO / lead", "Baseline date", "Forecast date",
             "RAG – last period", "RAG – this period", "Commentary"]
    for i, h in enumerate(heads, 1):
        c = ms.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    r = 4
    for row in SBCCA_ROWS:
        if row[0] == "band":
            c = ms.cell(r, 1, row[1])
            c.font = Font(bold=True)
            for i in range(1, 9):
                ms.cell(r, i).fill = fill("grey")
            ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ref, text, lead, base, fc, prev, cur, comm, _ = row
        vals = [ref, text, lead, base, fc, prev, None, comm]
        for i, v in enumerate(vals, 1):
            c = ms.cell(r, i, v)
            c.border = box
            c.alignment = wrap
        ms.cell(r, 4).number_format = "dd/mm/yyyy"
        ms.cell(r, 5).number_format = "dd/mm/yyyy"
        ms.cell(r, 6).fill = fill(prev)
        ms.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        if isinstance(cur, tuple):
            ms.cell(r, 7).fill = fill(cur[1])
        else:
            ms.cell(r, 7, cur).fill = fill(cur)
        ms.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ms.cell(r, 1, "Note: forecast dates that differ from the baseline were agreed by Programme Board on 8 October 2025.")
    ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    # --- Finance sheet
    fs = wb.create_sheet("Finance")
    fs.column_dimensions["A"].width = 40
    for col in "BCDE":
        fs.column_dimensions[col].width = 16
    fs["A1"] = "Mobilisation budget 2025/26 (£000)"
    fs["A1"].font = Font(bold=True, size=13)
    for i, h in enumerate(["Budget line", "Budget", "Spend to date", "Forecast outturn", "Variance"], 1):
        fs.cell(3, i, h).font = Font(bold=True)
    lines = [("Interim staffing", 820, 455, 810), ("Legal and governance support", 150, 96, 160),
             ("ICT and systems", 210, 170, 205), ("Accommodation", 90, 38, 85),
             ("Mayoral election preparation", 250, 12, 250)]
    r = 4
    for name, b, s, f in lines:
        fs.cell(r, 1, name)
        fs.cell(r, 2, b)
        fs.cell(r, 3, s)
        fs.cell(r, 4, f)
        fs.cell(r, 5, f"=D{r}-B{r}")
        r += 1
    fs.cell(r, 1, "Total").font = Font(bold=True)
    for col in "BCDE":
        fs[f"{col}{r}"] = f"=SUM({col}4:{col}{r-1})"
        fs[f"{col}{r}"].font = Font(bold=True)
    wb.save(path)


def sbcca_expected():
    acts = []
    under = None
    for row in SBCCA_ROWS:
        if row[0] == "band":
            under = row[1]
            continue
        ref, text, lead, base, fc, prev, cur, comm, (leads, end, status) = row
        acts.append(act(ref, [under], text, leads, end, status))
    return {
        "source": (
            "Imitates a mayoral combined county authority mobilisation / establishment programme highlight "
            "report to its Programme Board (Sussex and Brighton CCA, 2025, the kind newly created CCAs such as "
            "Greater Lincolnshire and Hull and East Yorkshire publish). Copied: cover sheet with title block, "
            "overall RAG, key messages, RAG key (Blue = complete) and document-control table; a Milestones "
            "sheet with merged grey workstream band rows, baseline and forecast dates, RAG last period and "
            "this period as fill-coloured letters (one current cell fill only, no text), several leads in "
            "one cell, initials as leads, a note line; and a separate Finance sheet with a totals row."),
        "reads": (
            "A monthly highlight report: the Cover sheet only summarises; the Milestones sheet lists twelve "
            "milestones under four workstreams, each with an owner, a baseline and a (revised) forecast date "
            "and last/this period RAG. The Finance sheet is a budget table, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": SBCCA_TITLE,
        "actions": acts,
    }


# ---------------------------------------------------------------------------
# 2. Experian - ICO enforcement notice compliance tracker (xlsx)  REFUSE
# ---------------------------------------------------------------------------

EXP_NAME = "zzn-experian-ico-enforcement-notice-compliance-action-tracker-typo-month-refuse.xlsx"
EXP_TITLE = "ICO Enforcement Notice – Compliance Action Tracker"

EXP_REQS = [
    ("1", "Provide Article 14 UK GDPR privacy information to data subjects whose personal data is processed "
          "for the offline marketing services, in the form and within the period set by the notice.", [
        ("1.1", "Publish updated Consumer Information Portal wording describing marketing services processing, "
                "sources and recipients", "Head of Privacy Compliance", "May-2023", "Complete",
         "Live 22/05/2023 – screenshots on file"),
        ("1.2", "Issue direct Article 14 notices by post and email to in-scope data subjects not previously notified",
         "Marketing Services Director; DPO", "Sep-2023", "On track", "Mailing house contracted; first wave 4 Sept"),
        ("1.3", "Record notice returns and opt-outs and apply suppressions to the marketing database within "
                "5 working days", "Data Operations Manager", "0ct-2023", "On track",
         "Suppression file format agreed with Data Engineering"),
    ]),
    ("2", "Cease processing for marketing purposes the personal data of any data subject who has not been "
          "provided with the Article 14 information once the notice period has ended.", [
        ("2.1", "Configure automated suppression of any record without a notification flag at the end of the "
                "notice period", "Head of Data Engineering", "Nov-2023", "Not started", ""),
        ("2.2", "Internal Audit assurance review of the suppression logic and a sample of suppressed records",
         "Chief Internal Auditor", "Dec-2023", "Not started", "Added to 2023/24 IA plan"),
    ]),
    ("3", "Keep records demonstrating compliance with the notice and make them available to the Commissioner "
          "on request.", [
        ("3.1", "Compile compliance evidence pack and confirm compliance to the ICO in writing",
         "UK&I Data Protection Officer", "Jan-2024", "Not started", ""),
    ]),
]

EXP_TYPO_ROW = None  # set by build


def build_experian(path):
    global EXP_TYPO_ROW
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    status_fill = {"Complete": "C6EFCE", "On track": "FFEB9C", "Not started": "F2F2F2"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Action tracker"
    for col, w in zip("ABCDEFGH", [8, 48, 9, 52, 28, 11, 13, 38]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Experian Limited"
    ws["A1"].font = Font(bold=True, size=14, color="1D4F91")
    ws["A2"] = EXP_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Enforcement notice as varied by the First-tier Tribunal (General Regulatory Chamber), "
                "February 2023")
    ws["A4"] = "Status as at 31 July 2023"
    ws["D4"] = "Tracker owner: UK&I Data Protection Officer"
    heads = ["Req. no.", "Requirement of the notice", "Action ID", "Action", "Action owner", "Due date",
             "Status", "Comment / evidence"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(6, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="1D4F91", end_color="1D4F91")
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 7
    for no, req, acts in EXP_REQS:
        first = r
        for aid, text, owner, due, status, comm in acts:
            vals = [None, None, aid, text, owner, due, status, comm or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = box
                c.alignment = wrap
            ws.cell(r, 7).fill = PatternFill("solid", start_color=status_fill[status],
                                             end_color=status_fill[status])
            if due.startswith("0"):
                EXP_TYPO_ROW = r
            r += 1
        ws.cell(first, 1, no).alignment = wrap
        ws.cell(first, 2, req).alignment = wrap
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Status values: Complete / On track / At risk / Not started. Reported monthly to the "
                  "UK&I Data Governance Council.")

    cl = wb.create_sheet("Change log")
    for i, h in enumerate(["Date", "Change", "By"], 1):
        cl.cell(1, i, h).font = Font(bold=True)
    cl.append(["03/04/2023", "Tracker created following Tribunal decision", "DPO office"])
    cl.append(["30/06/2023", "Action 1.1 closed; 2.2 added", "DPO office"])
    cl.append(["31/07/2023", "Monthly update", "DPO office"])
    wb.save(path)


def experian_expected():
    return {
        "source": (
            "Imitates a private firm's compliance action tracker answering an ICO enforcement notice (Experian "
            "Limited, 2023, after the First-tier Tribunal varied the ICO's 2020 enforcement notice on its "
            "offline marketing services). Copied: firm name and tracker title block, status-as-at line, "
            "requirements of the notice in vertically merged cells over their actions, action IDs, owners, "
            "text due dates as Mmm-YYYY, status words with fill, a status note line and a change-log sheet."),
        "reads": (
            "A tracker of six actions under three requirements of the enforcement notice, each with an owner "
            "and a due month. Action 1.3's due date reads '0ct-2023' with a zero for the O: a mistyped month, "
            "so a careful reader stops and asks at sheet row 9."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": EXP_TYPO_ROW,
        "title": EXP_TITLE,
    }


# ---------------------------------------------------------------------------
# 3. Ambitious about Autism - ARC internal audit tracker (xlsx)
# ---------------------------------------------------------------------------

AAA_NAME = "zzn-ambitious-about-autism-audit-risk-committee-internal-audit-tracker.xlsx"
AAA_TITLE = "Internal Audit Recommendations Tracker"

AUD_SG = "Safeguarding – Schools and College (final report March 2025)"
AUD_PE = "Payroll and Expenses (final report June 2025)"
AUD_FR = "Fundraising Compliance (final report September 2025)"
AUD_CY = "Cyber Security (final report November 2024)"

# (ref, priority, recommendation, action, owner, original, revised, RAG, update, reading)
AAA_OPEN = [
    ("band", AUD_SG),
    ("SG1", "High",
     "Single central record entries should be reconciled to HR records each term and evidence of the "
     "reconciliation retained.",
     "Termly reconciliation of each site's single central record to the HR system, signed off by the site "
     "Designated Safeguarding Lead and reported to the Safeguarding Committee.",
     "Head of HR; Designated Safeguarding Leads", D(2025, 7, 31), D(2025, 12, 31), "Amber",
     "Summer term reconciliation completed at TreeHouse School; Ambitious College sites to complete by December.",
     (["Head of HR", "Designated Safeguarding Leads"], "2025-12", "amber")),
    ("SG2", "Medium",
     "Induction records for agency staff should confirm that safeguarding training has been completed before "
     "the first shift.",
     "Add a safeguarding induction checklist to the agency booking process and audit a sample of agency "
     "bookings each half term.",
     "Director of Education", D(2026, 1, 31), None, "Green",
     "Checklist in use since September; first sample audit planned for December.",
     (["Director of Education"], "2026-01", "green")),
    ("band", AUD_PE),
    ("PE1", "High",
     "Changes to payroll standing data should be independently reviewed before each payroll is approved.",
     "Introduce independent review of the monthly payroll exception and standing data change report before "
     "BACS submission.",
     "Head of Finance", D(2025, 8, 31), D(2025, 10, 31), "Red",
     "Reporting from the new payroll provider not yet configured; interim manual check in place. "
     "New date to be proposed to the Committee.",
     (["Head of Finance"], "2025-10", "red")),
    ("PE2", "Low",
     "The Expenses Policy should be updated to reflect current HMRC mileage rates and receipt requirements.",
     "Update the Expenses Policy and re-issue it to budget holders with guidance on receipts and mileage claims.",
     "Finance Business Partner", D(2025, 9, 30), D(2025, 12, 31), "Amber",
     "Draft policy with the Executive Team for approval.",
     (["Finance Business Partner"], "2025-12", "amber")),
    ("band", AUD_FR),
    ("FR1", "Medium",
     "The charity should be able to evidence the lawful basis and consent for each marketing channel held on "
     "the supporter database.",
     "Complete a data cleanse of supporter consent fields and document the lawful basis for each marketing "
     "channel.",
     "Director of Fundraising; Data Protection Officer", D(2026, 3, 31), None, "Green",
     "Data cleanse scoped with CRM supplier.",
     (["Director of Fundraising", "Data Protection Officer"], "2026-03", "green")),
    ("FR2", "Low",
     "Gift Aid declarations should be checked periodically for completeness.",
     "Quarterly sample check of Gift Aid declarations against HMRC requirements, with results reported to the "
     "Head of Finance.",
     "Supporter Care Manager", "Q4 2025/26", None, "Green",
     "First sample check completed October 2025 – no exceptions.",
     (["Supporter Care Manager"], "2026-03", "green")),
    ("FR3", "Medium",
     "The charity should review its oversight of third-party fundraising agencies against the Code of "
     "Fundraising Practice.",
     "Introduce an annual compliance review and mystery shopping of each third-party fundraising agency, "
     "reported to the Fundraising Committee.",
     "Head of Individual Giving", D(2026, 3, 31), None, "Not started",
     "",
     (["Head of Individual Giving"], "2026-03", "unrated")),
]

AAA_DONE = [
    ("band", AUD_CY),
    ("CY1", "High",
     "Multi-factor authentication should be enforced for all user accounts with access to Microsoft 365.",
     "Enforce multi-factor authentication for all Microsoft 365 accounts, including shared and service accounts.",
     "Head of IT", D(2025, 3, 31), D(2025, 6, 30), "Complete",
     "Conditional access report provided to internal audit, July 2025.",
     (["Head of IT"], "2025-06", "blue")),
    ("CY2", "Medium",
     "All staff and volunteers with system access should complete phishing awareness training.",
     "Deliver phishing awareness training to all staff and volunteers with system access and track completion "
     "monthly.",
     "Head of IT / Head of Learning and Development", D(2025, 9, 30), None, "Complete",
     "96% completion at 30 September 2025; now part of induction.",
     (["Head of IT", "Head of Learning and Development"], "2025-09", "blue")),
]


def build_aaa(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="9E9E9E")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    rag_fill = {"Red": "FF0000", "Amber": "FFC000", "Green": "92D050", "Complete": "8EA9DB",
                "Not started": "FFFFFF"}

    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s.column_dimensions["A"].width = 22
    for col in "BCDE":
        s.column_dimensions[col].width = 18
    s["A1"] = "Ambitious about Autism"
    s["A1"].font = Font(bold=True, size=14, color="7030A0")
    s["A2"] = AAA_TITLE
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Audit and Risk Committee – 18 November 2025"
    s["A4"] = "Prepared by: Head of Finance"
    heads = ["Priority", "Open – not yet due", "Open – overdue", "Implemented since last ARC", "Total"]
    for i, h in enumerate(heads, 1):
        c = s.cell(6, i, h)
        c.font = Font(bold=True)
        c.border = box
        c.alignment = Alignment(wrap_text=True)
    data = [("High", 1, 1, 1), ("Medium", 3, 0, 1), ("Low", 2, 0, 0)]
    r = 7
    for p, a, b, c_ in data:
        s.cell(r, 1, p).border = box
        s.cell(r, 2, a).border = box
        s.cell(r, 3, b).border = box
        s.cell(r, 4, c_).border = box
        s.cell(r, 5, f"=SUM(B{r}:D{r})").border = box
        r += 1
    s.cell(r, 1, "Total").font = Font(bold=True)
    for col in "BCDE":
        s[f"{col}{r}"] = f"=SUM({col}7:{col}{r-1})"
        s[f"{col}{r}"].font = Font(bold=True)
    s.cell(r + 2, 1, "Overdue = past the latest agreed target date. Implemented actions are removed from the "
                     "tracker after they have been reported to one Committee meeting.")

    def sheet(name, heading, rows, last_col_head):
        ws = wb.create_sheet(name)
        for col, w in zip("ABCDEFGHI", [7, 10, 45, 50, 30, 14, 14, 12, 50]):
            ws.column_dimensions[col].width = w
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:I1")
        hs = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
              "Original target date", "Revised target date", "RAG", last_col_head]
        for i, h in enumerate(hs, 1):
            c = ws.cell(3, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", start_color="7030A0", end_color="7030A0")
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = box
        r = 4
        for row in rows:
            if row[0] == "band":
                ws.cell(r, 1, row[1]).font = Font(bold=True)
                for i in range(1, 10):
                    ws.cell(r, i).fill = PatternFill("solid", start_color="E4DFEC", end_color="E4DFEC")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
                r += 1
                continue
            ref, pr, rec, action, owner, orig, rev, rag, upd, _ = row
            vals = [ref, pr, rec, action, owner, orig, rev, rag, upd or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = box
                c.alignment = wrap
            for i in (6, 7):
                if isinstance(ws.cell(r, i).value, dt.datetime):
                    ws.cell(r, i).number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = PatternFill("solid", start_color=rag_fill[rag], end_color=rag_fill[rag])
            r += 1

    sheet("Open recommendations", "Open internal audit recommendations – position at 31 October 2025",
          AAA_OPEN, "Management update (November 2025)")
    sheet("Implemented", "Recommendations implemented since the September 2025 Committee",
          AAA_DONE, "Evidence of implementation")
    wb.save(path)


def aaa_expected():
    acts = []
    for rows in (AAA_OPEN, AAA_DONE):
        under = None
        for row in rows:
            if row[0] == "band":
                under = row[1]
                continue
            ref, pr, rec, action, owner, orig, rev, rag, upd, (leads, end, status) = row
            acts.append(act(ref, [under, rec], action, leads, end, status))
    return {
        "source": (
            "Imitates a national autism charity's internal audit recommendations tracker presented to its Audit "
            "and Risk Committee (Ambitious about Autism, November 2025; layout of charity ARC trackers such as "
            "RNLI's and Age UK's). Copied: a Summary sheet with title block and a priority x status totals "
            "table with formulas, an Open recommendations sheet and an Implemented sheet, each with merged "
            "audit-report band rows, recommendation text beside the agreed management action, priority, "
            "original and revised target dates (one given as a quarter), RAG words with fill, several "
            "owners in one cell and management update comments."),
        "reads": (
            "Nine agreed management actions answering internal audit recommendations from four audit reports: "
            "seven still open (one red, overdue) and two implemented since the last Committee, shown as "
            "Complete. Each is read under its audit report and its recommendation; where a revised target "
            "date is given it is the due date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": AAA_TITLE,
        "actions": acts,
    }


# ---------------------------------------------------------------------------
# 4. Culford School - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------

CUL_NAME = "zzn-culford-school-isi-inspection-action-plan.docx"
CUL_TITLE = "Culford School – ISI Inspection Action Plan"

CUL_SECTIONS = [
    ("1. Leadership and management, including governance",
     "Strengthen the monitoring of the quality of teaching by middle leaders so that variations in practice "
     "between departments are identified and addressed.",
     [("1.1", "Introduce a termly departmental review cycle (learning walks, work scrutiny and pupil voice) led by "
              "Heads of Department, with findings reported to the Deputy Head (Academic).",
       "Deputy Head (Academic)", "Every department reviewed at least once a term; summary report to SLT.",
       "Autumn term 2024", "Green", (["Deputy Head (Academic)"], "2024-12", "green", None)),
      ("1.2", "Provide training for Heads of Department on coaching conversations and quality assurance.",
       "Director of Teaching and Learning", "All Heads of Department trained; coaching logs kept.",
       "Summer term 2024", "Blue", (["Director of Teaching and Learning"], "2024-07", "blue", None))]),
    ("2. Quality of education, training and recreation",
     "Ensure that teaching in the Prep School consistently adapts tasks for pupils who have special educational "
     "needs and/or disabilities (SEND) so that they make good progress from their starting points.",
     [("2.1", "Update pupil passports for all pupils on the SEND register and share them with teaching staff "
              "through the school MIS.",
       "SENCo (Prep)", "Passports in place and reviewed with parents.", "By 30 September 2024", "Blue",
       (["SENCo (Prep)"], "2024-09", "blue", None)),
      ("2.2", "Deliver INSET on adaptive teaching strategies for all Prep School teaching staff, followed by "
              "peer observations.",
       "Head of Prep School / SENCo (Prep)", "Observations show tasks adapted in most lessons.",
       "Autumn term 2024", "Amber", (["Head of Prep School", "SENCo (Prep)"], "2024-12", "amber", None)),
      ("2.3", "Track the progress of pupils with SEND each half term and report to the Education and Welfare "
              "Committee.",
       "SENCo (Prep)", "Progress data reported to every committee meeting.", "Termly", "Green",
       (["SENCo (Prep)"], None, "green", "Termly"))]),
    ("3. Pupils' physical and mental health and emotional wellbeing",
     "Ensure that boarders' views on the food provided are consistently gathered and acted upon.",
     [("3.1", "Establish a Food Committee with boarder representatives from each house, chaired by the Bursar "
              "and meeting every half term.",
       "Bursar", "Minutes published; boarder survey satisfaction with food improves.", "Summer term 2024",
       "Blue", (["Bursar"], "2024-07", "blue", None)),
      ("3.2", "Publish 'You said, we did' updates in every boarding house after each Food Committee.",
       "Head of Boarding", "Updates displayed in all houses.", "Ongoing", "Green",
       (["Head of Boarding"], None, "green", "Ongoing"))]),
    ("4. Pupils' social and economic education and contribution",
     "Broaden the opportunities for pupils in the Senior School to take on leadership roles in the local "
     "community.",
     [("4.1", "Launch a Community Action programme for Year 10 with local primary schools, care homes and "
              "charities in Bury St Edmunds.",
       "Head of Co-curricular; Head of Year 10", "At least 60% of Year 10 take part; pupil reflections "
                                                 "recorded.",
       "December 2024", "Amber", (["Head of Co-curricular", "Head of Year 10"], "2024-12", "amber", None))]),
    ("5. Safeguarding",
     "Ensure that low-level concerns are recorded consistently across all sections of the school.",
     [("5.1", "Move the recording of low-level concerns onto the school's safeguarding platform and train all "
              "staff in its use.",
       "Designated Safeguarding Lead", "All low-level concerns logged on the platform.", "31/08/2024", "Blue",
       (["Designated Safeguarding Lead"], "2024-08", "blue", None)),
      ("5.2", "Audit low-level concerns records termly and report themes to the Safeguarding Governor.",
       "DSL & Deputy DSLs", "Termly audit report received by the Safeguarding Governor.", "Termly", "Green",
       (["DSL", "Deputy DSLs"], None, "green", "Termly"))]),
]


def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _landscape(doc):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


def build_culford(path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    _landscape(doc)
    doc.add_paragraph(CUL_TITLE, style="Title")
    p = doc.add_paragraph("Routine inspection by the Independent Schools Inspectorate, 5–7 March 2024. "
                          "Report published 24 April 2024.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Owner", "Head"),
                 ("Approved by", "Education and Welfare Committee of the Board of Governors"),
                 ("Date approved", "20 May 2024"), ("Last updated", "4 November 2024"),
                 ("Review", "Termly, at each Education and Welfare Committee")]:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
        row[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph(
        "The inspection found that the school meets the Independent School Standards and the National Minimum "
        "Standards for Boarding Schools. The report made one recommended next step in each section of the "
        "framework. This plan sets out the actions we are taking in response, who leads them and when they will "
        "be completed.")
    doc.add_paragraph("RAG: Green – on track; Amber – delayed but expected to be delivered; Red – at risk; "
                      "Blue – complete.")
    for heading, step, rows in CUL_SECTIONS:
        doc.add_heading(heading, level=2)
        lab = doc.add_paragraph()
        lab.add_run("Recommended next step").bold = True
        doc.add_paragraph(step)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Success criteria", "Timescale", "RAG"]):
            c = t.rows[0].cells[i]
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            _shade(c, "D9E2F3")
        for ref, text, lead, crit, when, rag, _ in rows:
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, lead, crit, when, rag]):
                cells[i].text = v
            _shade(cells[5], {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Blue": "9DC3E6"}[rag])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        t.rows[0].cells[i].text = h
    t.rows[1].cells[0].text = "Head"
    t.rows[1].cells[2].text = "20/05/2024"
    t.rows[2].cells[0].text = "Chair of Governors"
    t.rows[2].cells[2].text = "20/05/2024"
    doc.save(path)


def culford_expected():
    acts = []
    for heading, step, rows in CUL_SECTIONS:
        for ref, text, lead, crit, when, rag, (leads, end, status, et) in rows:
            acts.append(act(ref, [heading, step], text, leads, end, status, end_text=et))
    return {
        "source": (
            "Imitates an independent boarding school's post-inspection action plan under the ISI 2023 "
            "framework, where every section of the report (leadership and management; quality of education; "
            "physical and mental health; social and economic education; safeguarding) ends in a recommended "
            "next step (Culford School, 2024). Copied: title and inspection line, document-control table, "
            "RAG key paragraph, one section heading per framework section with the recommended next step "
            "above its own action table (Ref, Action, Lead, Success criteria, Timescale, RAG with shaded "
            "cell), school-term timescales, Termly/Ongoing, and a sign-off table."),
        "reads": (
            "Ten actions in five tables, one per ISI framework section, each table answering the recommended "
            "next step printed above it. Timescales are school terms (Autumn term 2024 = December, Summer term "
            "2024 = July), dates, or Termly/Ongoing; the RAG key uses Blue for complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": CUL_TITLE,
        "actions": acts,
    }


# ---------------------------------------------------------------------------
# 5. Department for Business and Trade - TNA IMA action plan (docx)
# ---------------------------------------------------------------------------

DBT_NAME = "zzn-department-for-business-and-trade-tna-information-management-assessment-action-plan.docx"
DBT_TITLE = "Information Management Assessment – Action Plan"

DBT_SECTIONS = [
    ("1 The value of information", [
        ("1", "DBT should set out, in a single information and records management strategy, how it will manage "
              "the information it inherited from its predecessor departments.", [
            ("1.1", "Draft and consult on a Knowledge and Information Management (KIM) Strategy 2025–2028 covering "
                    "legacy BEIS and DIT information.",
             "Departmental Records Officer (DRO)", "June 2025", "", "Complete",
             "Approved by the Executive Committee on 24 June 2025.",
             (["Departmental Records Officer (DRO)"], "2025-06", "blue", None)),
            ("1.2", "Publish a statement of commitment to good information management from the Permanent "
                    "Secretary on the intranet.",
             "Head of KIM / Private Office", "Q2 2025/26", "", "Complete",
             "Published 8 September 2025.",
             (["Head of KIM", "Private Office"], "2025-09", "blue", None)),
        ]),
    ]),
    ("2 Digital information and supporting technology", [
        ("2", "DBT should complete the migration of legacy shared drives into its corporate SharePoint "
              "repository and apply retention labels to the content it holds.", [
            ("2.1", "Complete the migration of the remaining legacy DIT shared drives into SharePoint Online.",
             "Chief Digital and Information Officer", "September 2025", "March 2026", "At risk",
             "Migration of 14 of 22 drives complete. Remaining drives hold large CAD and image files that need a "
             "separate approach.",
             (["Chief Digital and Information Officer"], "2026-03", "amber", None)),
            ("2.2", "Apply default retention labels to all Microsoft 365 sites and Teams, aligned to the DBT "
                    "retention schedule.",
             "Head of KIM; Microsoft 365 Service Owner", "December 2025", "", "On track",
             "Labels published; auto-application being tested with two directorates.",
             (["Head of KIM", "Microsoft 365 Service Owner"], "2025-12", "green", None)),
        ]),
        ("3", "DBT should manage the risks to the record posed by information held only in Teams chat and "
              "email.", [
            ("3.1", "Agree and implement a policy on the capture and retention of Teams chat and email for senior "
                    "civil servants and private offices.",
             "SIRO", "Q3 2025/26", "", "On track",
             "Draft policy considered by the Information Governance Board in September.",
             (["SIRO"], "2025-12", "green", None)),
        ]),
    ]),
    ("3 Information risk, governance and oversight", [
        ("4", "DBT should ensure that its Information Asset Owner (IAO) network is active in every directorate.", [
            ("4.1", "Refresh the Information Asset Register and confirm a named IAO for every asset.",
             "Head of Information Rights and Data Protection", "March 2025", "", "Complete",
             "Register refreshed; 312 assets with named IAOs.",
             (["Head of Information Rights and Data Protection"], "2025-03", "blue", None)),
            ("4.2", "Introduce quarterly IAO assurance returns, reported to the Audit and Risk Assurance "
                    "Committee.",
             "SIRO", "Quarterly", "", "On track",
             "First returns received for Q1 2025/26.",
             (["SIRO"], None, "green", "Quarterly")),
        ]),
    ]),
    ("4 Records, review and transfer", [
        ("5", "DBT should agree with The National Archives a plan for the appraisal, selection and transfer of "
              "legacy BEIS and DIT paper records.", [
            ("5.1", "Complete an appraisal report for the legacy paper records held in offsite storage.",
             "DRO", "December 2025", "June 2026", "Off track",
             "Storage contract transition has delayed access to boxes; escalated to the SIRO.",
             (["DRO"], "2026-06", "red", None)),
            ("5.2", "Submit an updated Operational Selection Policy to The National Archives for approval.",
             "DRO / Head of KIM", "March 2026", "", "Not started",
             "",
             (["DRO", "Head of KIM"], "2026-03", "unrated", None)),
        ]),
    ]),
]


def build_dbt(path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    _landscape(doc)
    doc.add_paragraph("Department for Business and Trade").runs[0].bold = True
    doc.add_paragraph(DBT_TITLE, style="Title")
    doc.add_paragraph("Assessment carried out by The National Archives: October 2024. Report published: "
                      "February 2025. Progress as at 30 September 2025.")
    doc.add_heading("Version history", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Summary of changes"]):
        t.rows[0].cells[i].text = h
    for v in [("1.0", "14/04/2025", "Action plan agreed with The National Archives"),
              ("1.1", "30/06/2025", "Six-month progress update"),
              ("1.2", "30/09/2025", "Progress update for Information Governance Board")]:
        cells = t.add_row().cells
        for i, x in enumerate(v):
            cells[i].text = x
    doc.add_paragraph()
    doc.add_paragraph(
        "Status key: Complete (blue) – delivered and evidence shared with The National Archives; "
        "On track (green); At risk (amber) – timescale likely to slip; Off track (red) – escalated to the SIRO; "
        "Not started.")
    doc.add_heading("Recommendations and actions", level=2)
    heads = ["Rec.", "Recommendation", "Ref", "Action", "Owner", "Timescale", "Revised timescale", "Status",
             "Progress update"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        _shade(c, "BDD7EE")
    colour = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966", "Off track": "FF7C80",
              "Not started": "FFFFFF"}
    for section, recs in DBT_SECTIONS:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        m.text = section
        m.paragraphs[0].runs[0].bold = True
        _shade(m, "E7E6E6")
        for no, rec, acts in recs:
            first = None
            for ref, text, owner, when, rev, status, prog, _ in acts:
                row = t.add_row()
                cells = row.cells
                if first is None:
                    first = row
                    cells[0].text = no
                    cells[1].text = rec
                for i, v in [(2, ref), (3, text), (4, owner), (5, when), (6, rev), (7, status), (8, prog)]:
                    cells[i].text = v
                _shade(cells[7], colour[status])
            last = row
            if last is not first:
                first.cells[0].merge(last.cells[0])
                first.cells[1].merge(last.cells[1])
    doc.add_paragraph()
    doc.add_paragraph("Progress is reviewed by the Information Governance Board each quarter and reported to "
                      "The National Archives at six and twelve months.")
    doc.save(path)


def dbt_expected():
    acts = []
    for section, recs in DBT_SECTIONS:
        for no, rec, rows in recs:
            for ref, text, owner, when, rev, status, prog, (leads, end, st, et) in rows:
                acts.append(act(ref, [section, rec], text, leads, end, st, end_text=et))
    return {
        "source": (
            "Imitates a government department's action plan responding to The National Archives' Information "
            "Management Assessment (IMA), published with the IMA report and updated at six and twelve months "
            "(Department for Business and Trade, 2025; layout after TNA's own IMA action plan and the "
            "DCMS/DHSC IMA plans: numbered recommendations with several actions each, priority, timescale, "
            "owner, progress). Copied: department name and title, assessment/publication line, version "
            "history table, status key paragraph mapping words to colours, one landscape table with the four "
            "IMA themes as full-width merged rows, recommendation number and text merged vertically over "
            "their actions, original and revised timescale columns, shaded status cells, closing note."),
        "reads": (
            "Nine actions answering five TNA recommendations grouped under the four IMA themes. The status "
            "words follow the document's key (At risk = amber, Off track = red, On track = green, Complete = "
            "blue); where a revised timescale is given it is the due month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": DBT_TITLE,
        "actions": acts,
    }


# ---------------------------------------------------------------------------
# 6. Buckfastleigh Town Council - action log (csv)
# ---------------------------------------------------------------------------

BTC_NAME = "zzn-buckfastleigh-town-council-full-council-action-log-2025-26.csv"
BTC_TITLE = "Action Log – Full Council 2025/26"
BTC_CF = "Carried forward from 2024/25"
BTC_NEW = "New actions 2025/26"

BTC_ROWS = [
    ("band", BTC_CF),
    ("24/112", "10/03/2025", "Obtain three quotes for resurfacing the Station Road car park", "Town Clerk",
     "Sept 2025", "R", "Two quotes received; third contractor chased 28/10/2025.",
     (["Town Clerk"], "2025-09", "red", None)),
    ("24/130", "07/04/2025", "Apply to the Devon County Council Locality Budget for a replacement bench "
                             "outside the Town Hall", "Cllr Pearse and Cllr Mudge", "31/07/2025", "Complete",
     "Grant of £650 awarded; bench installed 18/08/2025.",
     (["Cllr Pearse", "Cllr Mudge"], "2025-07", "blue", None)),
    ("band", BTC_NEW),
    ("25/018", "12/05/2025", "Review the Council's Standing Orders against the current NALC model and bring "
                             "recommendations to Full Council", "Deputy Clerk", "Dec-25", "A",
     "Delayed by Clerk's leave; draft to December meeting.",
     (["Deputy Clerk"], "2025-12", "amber", None)),
    ("25/044", "07/07/2025", "Arrange the annual inspection of the Victoria Park and Jordan Meadow play areas by "
                             "a RoSPA-registered inspector", "Town Clerk", "Aug 2025", "Complete",
     "Inspection 12/08/2025 – two low-risk items, repaired.",
     (["Town Clerk"], "2025-08", "blue", None)),
    ("25/061", "01/09/2025", "Write to Teignbridge District Council asking for an update on the public toilets "
                             "lease", "Town Mayor; Town Clerk", "Next meeting", "G", "Letter sent 10/09/2025.",
     (["Town Mayor", "Town Clerk"], None, "green", "Next meeting")),
    ("25/075", "06/10/2025", "Prepare the draft 2026/27 budget and precept options for the Finance & General "
                             "Purposes Committee", "RFO", "By 30 November 2025", "G", "",
     (["RFO"], "2025-11", "green", None)),
    ("25/077", "06/10/2025", "Set up a Christmas lights working group and obtain an electrical safety "
                             "certificate for the festoon lighting\n(contractor to attend before the "
                             "switch-on)", "Cllr Baxter & Cllr Stentiford", "w/c 17/11/2025", "G",
     "Working group met 20/10/2025.",
     (["Cllr Baxter", "Cllr Stentiford"], "2025-11", "green", None)),
    ("25/090", "03/11/2025", "Circulate the updated Community Emergency Plan to all councillors and publish it "
                             "on the website", "Deputy Clerk", "Jan 2026", "", "",
     (["Deputy Clerk"], "2026-01", "unrated", None)),
]

BTC_COLS = ["Minute ref", "Meeting", "Action", "Responsible", "Deadline", "RAG", "Update"]


def build_btc(path):
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    n = len(BTC_COLS)
    pad = lambda first: [first] + [""] * (n - 1)
    w.writerow(pad("Buckfastleigh Town Council"))
    w.writerow(pad(BTC_TITLE))
    w.writerow(pad("Updated after the meeting held on 3 November 2025"))
    w.writerow(pad("RAG key: G – on track; A – some delay; R – overdue; Complete – done (removed after the "
                   "next meeting)"))
    w.writerow(pad(""))
    w.writerow(BTC_COLS)
    for row in BTC_ROWS:
        if row[0] == "band":
            w.writerow(pad(row[1]))
            continue
        w.writerow(list(row[:7]))
    w.writerow(pad(""))
    w.writerow(pad("Open actions: 6   Completed since last meeting: 2"))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def btc_expected():
    acts = []
    under = None
    for row in BTC_ROWS:
        if row[0] == "band":
            under = row[1]
            continue
        minute, meeting, text, resp, dl, rag, upd, (leads, end, st, et) = row
        acts.append(act(minute, [under], text, leads, end, st, end_text=et))
    return {
        "source": (
            "Imitates a town council's rolling action log from Full Council meetings, exported from the "
            "Clerk's spreadsheet to CSV (Buckfastleigh Town Council, Devon, 2025/26; the kind of log parish "
            "councils such as Aldworth and Alcester publish). Copied: council name, log title and 'updated "
            "after' line, a RAG key line, minute references as refs, meeting dates beside deadlines, section "
            "rows for carried-forward and new actions, councillors and officers as leads, 'Next meeting' and "
            "'w/c' deadlines, a quoted cell with a line break, and a closing count line."),
        "reads": (
            "Eight actions from council minutes, two carried forward from 2024/25 and six new in 2025/26, each "
            "with who is responsible, a deadline and a RAG letter (Complete for done). The Meeting column is "
            "the date the action was minuted, not the deadline."),
        "outcome": "read",
        "accept_refusal": False,
        "title": BTC_TITLE,
        "actions": acts,
    }


# ---------------------------------------------------------------------------
# 7. Farleigh Hospice - CQC inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------

FAR_NAME = "zzn-farleigh-hospice-cqc-inspection-action-plan.txt"
FAR_TITLE = "CQC Inspection Action Plan"

F_SAFE_1 = "The provider should ensure that controlled drugs stock checks are consistently signed by two registered nurses."
F_SAFE_2 = "The provider should ensure that falls risk assessments are reviewed after every fall."
F_EFF_3 = "The provider should ensure that all clinical staff complete Mental Capacity Act training."
F_WL_4 = "The provider should ensure that learning from incidents is shared consistently with staff across all services."

# lines: ("group", name) | ("act", ref, finding-or-"", action_lines, lead, target, rag, progress, reading)
FAR_ROWS = [
    ("group", "SAFE"),
    ("act", "1a", F_SAFE_1,
     ["Introduce an electronic CD stock-check record with a mandatory second-signatory field"],
     "Medicines Safety Lead / Pharmacist", "30/09/2024", "B", "Live on the IPU from 2 September 2024",
     (["Medicines Safety Lead", "Pharmacist"], "2024-09", "blue", None)),
    ("act", "1b", "", ["Monthly audit of CD registers reported to the Medicines Management Group"],
     "Ward Manager (IPU)", "Ongoing – monthly", "G", "Audits Sep–Nov 100% compliant",
     (["Ward Manager (IPU)"], None, "green", "Ongoing – monthly")),
    ("act", "2a", F_SAFE_2,
     ["Update the falls policy and post-fall protocol so that the falls risk assessment is",
      "reviewed on the same shift after every fall"],
     "Lead Nurse – Quality and Patient Safety", "Aug 2024", "B", "Policy ratified 29/08/2024",
     (["Lead Nurse – Quality and Patient Safety"], "2024-08", "blue", None)),
    ("act", "2b", "", ["Audit compliance with the post-fall protocol for three months and report to the Clinical "
                       "Governance Committee"],
     "Lead Nurse – Quality and Patient Safety", "Q3 2024/25", "G", "October and November audits complete",
     (["Lead Nurse – Quality and Patient Safety"], "2024-12", "green", None)),
    ("group", "EFFECTIVE"),
    ("act", "3a", F_EFF_3,
     ["Relaunch MCA/DoLS e-learning with completion tracked in the learning management system (target 95%)"],
     "Head of Education", "Dec 2024", "A", "Compliance 87% at end of November",
     (["Head of Education"], "2024-12", "amber", None)),
    ("act", "3b", "", ["Deliver face-to-face MCA workshops for Hospice at Home staff"],
     "Head of Education; Hospice at Home Manager", "Jan-25", "G", "Two of four workshops held",
     (["Head of Education", "Hospice at Home Manager"], "2025-01", "green", None)),
    ("group", "WELL-LED"),
    ("act", "4a", F_WL_4,
     ["Introduce a monthly 'Learning from incidents' bulletin and add learning points to daily team huddles"],
     "Head of Quality and Governance", "Oct 2024", "B", "First bulletin issued October 2024",
     (["Head of Quality and Governance"], "2024-10", "blue", None)),
    ("act", "4b", "", ["Reconfigure incident management system categories to allow themed reporting by service"],
     "Head of Quality and Governance", "March 2025", "R", "Supplier upgrade delayed; no new date yet",
     (["Head of Quality and Governance"], "2025-03", "red", None)),
]


def build_far(path):
    T = "\t"
    lines = [
        "Farleigh Hospice",
        FAR_TITLE,
        "Location: Farleigh Hospice, North Court Road, Broomfield, Chelmsford",
        "Inspection: 14 and 15 May 2024" + T + "Report published: 9 July 2024",
        "Plan owner: Director of Patient and Family Services" + T + "Monitored by: Clinical Governance Committee",
        "",
        "RAG key: B = complete" + T + "G = on track" + T + "A = at risk of slipping" + T + "R = off track",
        "",
        T.join(["Ref", "Finding (should do)", "Action", "Lead", "Target date", "RAG", "Progress"]),
    ]
    for row in FAR_ROWS:
        if row[0] == "group":
            lines.append(row[1])
            continue
        _, ref, finding, alines, lead, target, rag, prog, _ = row
        lines.append(T.join([ref, finding, alines[0], lead, target, rag, prog]))
        for cont in alines[1:]:
            lines.append(T.join(["", "", cont, "", "", "", ""]))
    lines += [
        "",
        "Summary: 8 actions" + T + "B: 3" + T + "G: 3" + T + "A: 1" + T + "R: 1",
        "Next review: Clinical Governance Committee, 21 January 2025",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def far_expected():
    acts = []
    group = None
    finding = None
    for row in FAR_ROWS:
        if row[0] == "group":
            group = row[1]
            continue
        _, ref, fnd, alines, lead, target, rag, prog, (leads, end, st, et) = row
        if fnd:
            finding = fnd
        acts.append(act(ref, [group, finding], "\n".join(alines), leads, end, st, end_text=et))
    return {
        "source": (
            "Imitates an independent hospice's action plan after a CQC inspection that found no breaches but "
            "listed 'should' improvements under the key questions (Farleigh Hospice, Chelmsford, 2024), as a "
            "plain tab-separated text export of the Word/Excel plan. Copied: hospice name, plan title, "
            "location, inspection and report dates, plan owner and monitoring committee line, a RAG key line "
            "(B = complete), key-question group lines (SAFE, EFFECTIVE, WELL-LED), the finding written only on "
            "the first of its actions, a wrapped action continued on the next line, mixed target dates "
            "(dd/mm/yyyy, Mon yyyy, Jan-25, a financial quarter, 'Ongoing – monthly') and a summary line."),
        "reads": (
            "Eight actions answering four CQC 'should do' findings under three key questions; the second action "
            "of each finding leaves the finding blank and belongs to the finding above. Action 2a's text runs "
            "on to a continuation line. The summary and next-review lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": FAR_TITLE,
        "actions": acts,
    }


# ---------------------------------------------------------------------------

BUILDS = [
    (SBCCA_NAME, build_sbcca, sbcca_expected),
    (EXP_NAME, build_experian, experian_expected),
    (AAA_NAME, build_aaa, aaa_expected),
    (CUL_NAME, build_culford, culford_expected),
    (DBT_NAME, build_dbt, dbt_expected),
    (BTC_NAME, build_btc, btc_expected),
    (FAR_NAME, build_far, far_expected),
]


def _q(v):
    """A YAML scalar: null, bool, int, or a JSON-style double-quoted string (valid YAML)."""
    import json
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def _folded(text, indent="  ", width=96):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n".join(indent + l for l in lines)


def dump_expected(data):
    out = []
    for key in ("source", "reads"):
        out.append(key + ": >-")
        out.append(_folded(data[key]))
    for key in ("outcome", "accept_refusal", "refuse_at", "title"):
        if key in data:
            out.append(f"{key}: {_q(data[key])}")
    if "actions" in data:
        out.append("actions:")
        for a in data["actions"]:
            out.append(f"  - ref: {_q(a['ref'])}")
            out.append("    under: [" + ", ".join(_q(u) for u in a["under"]) + "]")
            out.append(f"    action: {_q(a['action'])}")
            out.append("    lead: [" + ", ".join(_q(u) for u in a["lead"]) + "]")
            out.append(f"    end: {_q(a['end'])}")
            if "end_text" in a:
                out.append(f"    end_text: {_q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    return "\n".join(out) + "\n"


def write_expected(name, data):
    import yaml
    text = dump_expected(data)
    assert yaml.safe_load(text) == data, name
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    for name, build, expected in BUILDS:
        build(os.path.join(HERE, name))
        print("built", name)
    if "--expected" in sys.argv:
        for name, build, expected in BUILDS:
            write_expected(name, expected())
            print("expected", name)


if __name__ == "__main__":
    main()
