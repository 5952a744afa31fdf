"""Build the seven im2- blind test files (set heldout281).

Run:  /work/main/.venv/bin/python im2_make.py
Writes the data files beside this script. The data lists below also carry, per action,
the reading a person makes of it (ref, under, lead, end, status); the .expected.yaml
files were written from it.
"""
import csv
import os
from datetime import datetime as D

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
}
HEX = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, r, c, v, bold=False, fill=None, fmt=None, border=True, color=None, italic=False, size=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    if bold or color or italic or size:
        cell.font = Font(bold=bold, color=color, italic=italic, size=size)
    if fill:
        cell.fill = fill if isinstance(fill, PatternFill) else PatternFill("solid", fgColor=fill)
    if fmt:
        cell.number_format = fmt
    if border:
        cell.border = BOX
    return cell


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, white=False):
    """Write text into a docx cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(9)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------- 1. Sheffield ASC (xlsx)
SHEF_TITLE = "Sheffield City Council Adult Social Care Improvement Plan: CQC Local Authority Assessment"
SHEF = [
    ("Theme 1: Working with people", [
        ("People waited too long for Care Act assessments and reviews, and waiting lists were not consistently prioritised by risk.", [
            dict(ref="1.1", action="Introduce a single risk-based prioritisation tool for all assessment and review waiting lists, with fortnightly oversight by team managers.",
                 leadcell="Head of Service – Assessment and Care Management", lead=["Head of Service – Assessment and Care Management"],
                 orig=D(2025, 6, 30), rev=D(2025, 9, 30), prev="amber", cur="blue", end="2025-09", status="blue",
                 upd="Tool live in all four localities from 8 September 2025. First fortnightly waiting list audit completed."),
            dict(ref="1.2", action="Reduce the number of people waiting more than 28 days for a Care Act assessment to below 250 through a targeted waiting list recovery plan.",
                 leadcell="Head of Service – Assessment and Care Management / Service Manager, Duty and Access",
                 lead=["Head of Service – Assessment and Care Management", "Service Manager, Duty and Access"],
                 orig=D(2025, 12, 31), rev=D(2026, 3, 31), prev="amber", cur="amber", end="2026-03", status="amber",
                 upd="412 people waiting over 28 days at 30 September (was 655 in March). Agency social workers in place until March 2026; date revised by Improvement Board."),
        ]),
        ("Unpaid carers did not always receive a timely carer’s assessment, and often spoke to different duty workers who did not know their circumstances.", [
            dict(ref="1.3", action="Recommission the carers’ support offer so that carer’s assessments are completed by a named carers’ worker within 28 days of referral.",
                 leadcell="Commissioning Manager (Carers)", lead=["Commissioning Manager (Carers)"],
                 orig=D(2026, 3, 31), rev=None, prev=None, cur=None, end="2026-03", status="unrated",
                 upd="Not yet started – market engagement begins January 2026."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Information and advice was not accessible by telephone or online for everyone, and the wide range of community support was not communicated well.", [
            dict(ref="2.1", action="Redesign the adult social care web pages and online directory with people with lived experience, meeting WCAG 2.2 AA accessibility standards.",
                 leadcell="Head of Customer Services; Co-production Lead", lead=["Head of Customer Services", "Co-production Lead"],
                 orig=D(2025, 10, 31), rev=D(2026, 1, 31), prev="green", cur="amber", end="2026-01", status="amber",
                 upd="Content rewrite 70% complete. Accessibility testing moved to December because of web platform upgrade."),
            dict(ref="2.2", action="Extend First Contact telephone opening to 8pm on weekdays and introduce a call-back guarantee for calls not answered within 10 minutes.",
                 leadcell="Service Manager, First Contact", lead=["Service Manager, First Contact"],
                 orig=D(2025, 9, 30), rev=None, prev="green", cur="blue", end="2025-09", status="blue",
                 upd="Extended hours and call-back in place from 1 September 2025."),
        ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Discharges from mental health hospitals were slower than discharges from acute hospitals, and some people were placed out of area unnecessarily.", [
            dict(ref="3.1", action="Establish a joint mental health discharge team with Sheffield Health and Social Care NHS Foundation Trust.\nDelayed discharges to be reviewed daily at the system flow meeting.",
                 leadcell="Head of Mental Health Social Work / SHSC Director of Operations",
                 lead=["Head of Mental Health Social Work", "SHSC Director of Operations"],
                 orig=D(2025, 12, 31), rev=D(2026, 6, 30), prev="amber", cur="red", end="2026-06", status="red",
                 upd="Funding for joint posts not yet agreed with the ICB. Escalated to Health and Care Partnership Board, October 2025."),
        ]),
        ("People gave mixed feedback about safeguarding, and learning from safeguarding enquiries was not consistently shared.", [
            dict(ref="3.2", action="Use the Making Safeguarding Personal outcomes survey for all closed Section 42 enquiries and report results quarterly to the Sheffield Adult Safeguarding Partnership.",
                 leadcell="Head of Safeguarding and Quality Assurance", lead=["Head of Safeguarding and Quality Assurance"],
                 orig="Ongoing", rev=None, prev="green", cur="green", end=None, end_text="Ongoing", status="green",
                 upd="Q2 report presented to Partnership Executive on 14 October 2025."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Improvement plans were in place but were not joined up into a coherent approach, making it harder to track progress and demonstrate impact.", [
            dict(ref="4.1", action="Bring all adult social care improvement activity into this single plan, overseen by a monthly Adult Social Care Improvement Board chaired by the Strategic Director.",
                 leadcell="Strategic Director of Adult Care and Wellbeing", lead=["Strategic Director of Adult Care and Wellbeing"],
                 orig=D(2025, 7, 31), rev=None, prev="blue", cur="blue", end="2025-07", status="blue",
                 upd="Board met monthly since July 2025."),
            dict(ref="4.2", action="Publish a quarterly performance and outcomes dashboard for the Adult Health and Social Care Policy Committee, including waiting times, carers’ assessments and safeguarding measures.",
                 leadcell="Head of Performance and Business Intelligence", lead=["Head of Performance and Business Intelligence"],
                 orig=D(2025, 9, 30), rev=D(2025, 11, 30), prev="amber", cur="green", end="2025-11", status="green",
                 upd="Draft dashboard shared with Committee Chair; first full publication for November committee."),
        ]),
    ]),
]


def make_sheffield(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [22, 60, 40])
    put(cov, 1, 1, SHEF_TITLE, bold=True, size=14, border=False)
    put(cov, 3, 1, "Document control", bold=True, border=False)
    rows = [("Version", "3.2"), ("Owner", "Strategic Director of Adult Care and Wellbeing"),
            ("Approved by", "Adult Health and Social Care Policy Committee"), ("Date", "19 November 2025"),
            ("Next review", "February 2026")]
    for i, (k, v) in enumerate(rows, start=4):
        put(cov, i, 1, k, bold=True, fill="D9E1F2")
        put(cov, i, 2, v)
    put(cov, 10, 1, "Version history", bold=True, border=False)
    for j, h in enumerate(["Version", "Date", "Change"], start=1):
        put(cov, 11, j, h, bold=True, fill="D9E1F2")
    hist = [("1.0", "04/04/2025", "First draft following CQC site visit feedback"),
            ("2.0", "18/06/2025", "Plan agreed following publication of CQC report"),
            ("3.2", "31/10/2025", "Quarter 2 progress update; revised dates agreed at Improvement Board")]
    for i, row in enumerate(hist, start=12):
        for j, v in enumerate(row, start=1):
            put(cov, i, j, v)

    key = wb.create_sheet("RAG key")
    widths(key, [12, 60])
    put(key, 1, 1, "RAG key", bold=True, border=False)
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                     ("amber", "Some slippage – recovery action in hand"),
                                     ("red", "Off track – escalated to ASC Improvement Board"),
                                     (None, "No colour – not yet started")], start=2):
        put(key, i, 1, None, fill=FILL[col] if col else None)
        put(key, i, 2, txt)

    ws = wb.create_sheet("Improvement Plan")
    widths(ws, [7, 42, 50, 30, 13, 13, 11, 11, 45])
    put(ws, 1, 1, SHEF_TITLE, bold=True, size=14, border=False)
    put(ws, 2, 1, "Position at 31 October 2025 – for Adult Health and Social Care Policy Committee, 19 November 2025", italic=True, border=False)
    put(ws, 3, 1, "RAG ratings are shown by cell colour – see the RAG key tab.", italic=True, border=False)
    heads = ["Ref", "Area for improvement (CQC assessment)", "Action", "Lead(s)", "Original target date",
             "Revised target date", "Previous RAG (Jul-25)", "Current RAG (Oct-25)", "Progress update (October 2025)"]
    for j, h in enumerate(heads, start=1):
        put(ws, 5, j, h, bold=True, fill="1F3864", color="FFFFFF")
    r = 6
    for theme, afis in SHEF:
        put(ws, r, 1, theme, bold=True, fill="BDD7EE")
        for j in range(2, 10):
            put(ws, r, j, None, fill="BDD7EE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            first = r
            put(ws, r, 2, afi)
            for a in acts:
                put(ws, r, 1, a["ref"])
                if r != first:
                    put(ws, r, 2, None)
                put(ws, r, 3, a["action"])
                put(ws, r, 4, a["leadcell"])
                put(ws, r, 5, a["orig"], fmt="mmm-yy")
                put(ws, r, 6, a["rev"], fmt="mmm-yy")
                put(ws, r, 7, None, fill=FILL[a["prev"]] if a["prev"] else None)
                put(ws, r, 8, None, fill=FILL[a["cur"]] if a["cur"] else None)
                put(ws, r, 9, a["upd"])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.freeze_panes = "C6"

    sm = wb.create_sheet("Summary")
    widths(sm, [28, 12])
    put(sm, 1, 1, "Summary of current RAG (October 2025)", bold=True, border=False)
    counts = {}
    for _, afis in SHEF:
        for _, acts in afis:
            for a in acts:
                counts[a["status"]] = counts.get(a["status"], 0) + 1
    rows = [("Complete (blue)", counts.get("blue", 0)), ("On track (green)", counts.get("green", 0)),
            ("Some slippage (amber)", counts.get("amber", 0)), ("Off track (red)", counts.get("red", 0)),
            ("Not started", counts.get("unrated", 0)), ("Total actions", sum(counts.values()))]
    for i, (k, v) in enumerate(rows, start=3):
        put(sm, i, 1, k, bold=(k == "Total actions"))
        put(sm, i, 2, v, bold=(k == "Total actions"))
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------- 2. RBFRS values & culture (xlsx)
RB_TITLE = "Royal Berkshire Fire and Rescue Service – HMICFRS Values and Culture in Fire and Rescue Services: Recommendations Tracker"
RB = [
    ("Raising concerns", [
        ("Recommendation 1 – By 1 October 2023, chief fire officers should make sure their services provide a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", [
            dict(ref="1.1", action="Procure an independent, confidential reporting line available to all staff 24 hours a day, 7 days a week.",
                 leadcell="Head of HR", lead=["Head of HR"], orig=D(2023, 10, 1), rev=None, rag="B", end="2023-10", status="blue",
                 upd="Independent reporting line live from 18 September 2023; promoted through station visits and intranet."),
            dict(ref="1.2", action="Refresh the Whistleblowing Policy and deliver a briefing on it at every station and department.",
                 leadcell="Head of HR / Station Managers", lead=["Head of HR", "Station Managers"], orig=D(2023, 10, 1), rev=D(2024, 3, 31), rag="B", end="2024-03", status="blue",
                 upd="Policy approved January 2024. Briefings completed at all 17 stations by March 2024."),
        ]),
        ("Recommendation 3 – By 1 June 2023, chief fire officers should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.", [
            dict(ref="3.1", action="Offer a named support officer, independent of the investigation, to every member of staff who raises a concern.",
                 leadcell="Professional Standards Manager", lead=["Professional Standards Manager"], orig=D(2023, 6, 1), rev=D(2025, 6, 30), rag="G", end="2025-06", status="green",
                 upd="Support officers trained (12). Feedback survey of people who raised concerns to be completed by June 2025."),
        ]),
    ]),
    ("Misconduct", [
        ("Recommendation 9 – By 1 October 2023, chief fire officers should make sure their services have a clear and transparent process for dealing with misconduct, including timescales for investigations.", [
            dict(ref="9.1", action="Create a Professional Standards function to oversee all misconduct cases and monitor investigation timescales.",
                 leadcell="Deputy Chief Fire Officer", lead=["Deputy Chief Fire Officer"], orig=D(2023, 10, 1), rev=D(2024, 4, 1), rag="B", end="2024-04", status="blue",
                 upd="Professional Standards Manager appointed; case tracker reported monthly to Strategic Leadership Team."),
            dict(ref="9.2", action="Train all investigating officers through an accredited workplace investigations course.",
                 leadcell="Learning and Development Manager", lead=["Learning and Development Manager"], orig=D(2023, 10, 1), rev=D(2025, 9, 30), rag="A", end="2025-09", status="amber",
                 upd="14 of 22 investigating officers trained. Remaining places booked but course provider has cancelled two cohorts."),
        ]),
    ]),
    ("Background checks", [
        ("Recommendation 12 – By 1 January 2024, chief fire officers should make sure that all staff have an appropriate background check, in line with the outcome of the Home Office review of Disclosure and Barring Service eligibility.", [
            dict(ref="12.1", action="Complete Disclosure and Barring Service checks for all staff in roles that become eligible following the Home Office review.",
                 leadcell="HR Operations Manager", lead=["HR Operations Manager"], orig=D(2024, 1, 1), rev=D(2025, 12, 31), rag="A", end="2025-12", status="amber",
                 upd="Standard checks completed for 71% of staff. Awaiting legislation to extend eligibility to all roles."),
            dict(ref="12.2", action="Introduce three-yearly rechecks for all staff and record them in the HR system.",
                 leadcell="HR Operations Manager", lead=["HR Operations Manager"], orig=D(2024, 1, 1), rev=D(2025, 10, 31), rag="R", end="2025-10", status="red",
                 upd="Recheck module delayed by HR system migration. Escalated to Strategic Leadership Team, March 2025."),
        ]),
    ]),
    ("Leadership and development", [
        ("Recommendation 20 – By 1 March 2024, chief fire officers should make sure their services provide leadership training for all managers that covers the Core Code of Ethics and how to challenge inappropriate behaviour.", [
            dict(ref="20.1", action="Launch the ‘Leading Well’ programme for all supervisory and middle managers, including Core Code of Ethics and active bystander modules.",
                 leadcell="Learning and Development Manager; Area Manager – People", lead=["Learning and Development Manager", "Area Manager – People"],
                 orig=D(2024, 3, 1), rev=D(2025, 9, 30), rag="G", end="2025-09", status="green",
                 upd="Cohorts 1–4 completed (96 managers). Final two cohorts scheduled for summer 2025."),
        ]),
    ]),
    ("Equality, diversity and inclusion", [
        ("Recommendation 26 – By 1 October 2023, chief fire officers should make sure their services collect and analyse equality data to understand the diversity of their workforce and act on any gaps.", [
            dict(ref="26.1", action="Run a data refresh campaign so that at least 80% of staff have recorded their protected characteristics.",
                 leadcell="EDI Manager", lead=["EDI Manager"], orig=D(2023, 10, 1), rev=None, rag="B", end="2023-10", status="blue",
                 upd="Declaration rate 83% at 30 September 2023."),
            dict(ref="26.2", action="Publish an annual workforce equality report to the Fire Authority, with actions for any under-represented groups.",
                 leadcell="EDI Manager", lead=["EDI Manager"], orig="Annual", rev=None, rag="G", end=None, end_text="Annual", status="green",
                 upd="2024 report to Management Committee in July 2024; 2025 report in preparation."),
        ]),
    ]),
]


def make_rbfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    widths(ws, [7, 55, 30, 13, 13, 7, 50])
    put(ws, 1, 1, RB_TITLE, bold=True, size=13, border=False)
    put(ws, 2, 1, "Annual review – position at 14 April 2025. Owner: Deputy Chief Fire Officer. Reported to the Management Committee of the Royal Berkshire Fire Authority.", italic=True, border=False)
    put(ws, 3, 1, "RAG:  B = Complete    G = On track    A = At risk of missing revised deadline    R = Off track", border=False)
    heads = ["Ref", "Action", "Action owner", "Original deadline", "Revised deadline", "RAG", "Evidence / update"]
    for j, h in enumerate(heads, start=1):
        put(ws, 5, j, h, bold=True, fill="A50021", color="FFFFFF")
    ragfill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    r = 6
    for theme, recs in RB:
        put(ws, r, 1, theme, bold=True, fill="404040", color="FFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            put(ws, r, 1, rec, italic=True, fill="E7E6E6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for a in acts:
                put(ws, r, 1, a["ref"])
                put(ws, r, 2, a["action"])
                put(ws, r, 3, a["leadcell"])
                put(ws, r, 4, a["orig"], fmt="dd/mm/yyyy")
                put(ws, r, 5, a["rev"], fmt="dd/mm/yyyy")
                c = put(ws, r, 6, a["rag"], bold=True, fill=ragfill[a["rag"]])
                c.alignment = Alignment(horizontal="center", vertical="top")
                put(ws, r, 7, a["upd"])
                r += 1
    ws.freeze_panes = "A6"

    ob = wb.create_sheet("Recs for other bodies")
    widths(ob, [8, 48, 50])
    put(ob, 1, 1, "Recommendations directed at national bodies (no local action required)", bold=True, border=False)
    for j, h in enumerate(["Rec", "Directed at", "RBFRS position"], start=1):
        put(ob, 3, j, h, bold=True, fill="D9D9D9")
    other = [("2", "National Employers, Local Government Association and National Fire Chiefs Council", "Monitored through NFCC updates"),
             ("6", "Home Office", "Monitored through NFCC updates"),
             ("11", "Home Office", "Awaiting outcome of DBS eligibility review"),
             ("15", "National Fire Chiefs Council", "Will adopt national guidance when published"),
             ("35", "Home Office and National Fire Chiefs Council", "Monitored through NFCC updates")]
    for i, row in enumerate(other, start=4):
        for j, v in enumerate(row, start=1):
            put(ob, i, j, v)

    sm = wb.create_sheet("Summary")
    widths(sm, [30, 10])
    put(sm, 1, 1, "Action summary – April 2025", bold=True, border=False)
    n = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, recs in RB:
        for _, acts in recs:
            for a in acts:
                n[a["rag"]] += 1
    for i, (k, v) in enumerate([("Complete (B)", n["B"]), ("On track (G)", n["G"]), ("At risk (A)", n["A"]),
                                 ("Off track (R)", n["R"]), ("Total", sum(n.values()))], start=3):
        put(sm, i, 1, k)
        put(sm, i, 2, v)
    wb.save(path)


# ---------------------------------------------------------------- 3. Gloucester AAR (xlsx, refuse)
GL_TITLE = "Gloucester City Council – Auditor’s Annual Report 2023/24: Value for Money Recommendations Action Plan"
GL = [
    ("KR1", "Key recommendation", "Governance",
     "The Council should complete the restoration of its financial systems following the December 2021 cyber incident and clear the backlog of financial statements, so that audited accounts can be published in line with the statutory backstop dates.", [
         ("1.1", "Complete the reconstruction of the 2021/22 and 2022/23 ledgers and supporting records.", "Head of Finance and Resources", "31 March 2025", "Ledger rebuild for 2021/22 complete; 2022/23 in progress.", "Amber"),
         ("1.2", "Agree a closedown timetable with Grant Thornton for the 2023/24 and 2024/25 accounts.", "Head of Finance and Resources / Finance Manager", "30 June 2025", "Draft timetable shared with the auditor in January 2025.", "Green"),
     ]),
    ("KR2", "Key recommendation", "Financial sustainability",
     "The Council should identify and deliver savings to close the budget gap in its Medium Term Financial Plan and should not rely on the use of reserves to balance the budget.", [
         ("2.1", "Develop a savings and income programme of £2.5m for 2025/26 to 2027/28, with a delivery plan for each proposal.", "Managing Director", "February 2025", "Programme approved by Council with the 2025/26 budget on 27 February 2025.", "Complete"),
         ("2.2", "Report delivery of savings to Cabinet each quarter alongside the budget monitoring report.", "Head of Finance and Resources", "Quarterly", "First report due to Cabinet in July 2025.", "Green"),
     ]),
    ("IR1", "Improvement recommendation", "Governance",
     "The Council should strengthen its risk management arrangements so that the strategic risk register is reviewed regularly by senior management and by Members.", [
         ("3.1", "Review the Risk Management Strategy and present it to Audit and Governance Committee for approval.", "Head of Audit Risk Assurance", "Novmber 2025", "Review scoped with Senior Management Team.", "Green"),
         ("3.2", "Provide risk management training for Cabinet and Audit and Governance Committee members.", "Head of Audit Risk Assurance", "July 2025", "Session booked for 9 July 2025.", "Green"),
     ]),
    ("IR2", "Improvement recommendation", "Improving economy, efficiency and effectiveness",
     "The Council should put in place contract management arrangements for its major contracts, including regular performance reporting to Members.", [
         ("4.1", "Create a contracts register and assign a named contract manager to every contract over £100,000.", "Procurement Lead", "30 September 2025", "Register drafted; 31 of 44 contracts have a named manager.", "Amber"),
         ("4.2", "Introduce an annual performance report on the Council’s ten largest contracts to Overview and Scrutiny Committee.", "Director of Policy and Resources", "December 2025", "Not started.", "Not started"),
     ]),
]
GL_TYPO = "Novmber 2025"


def make_gloucester(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    widths(ws, [7, 16, 18, 48, 6, 46, 28, 16, 40, 11])
    put(ws, 1, 1, GL_TITLE, bold=True, size=13, border=False)
    put(ws, 2, 1, "Update for Audit and Governance Committee, 10 March 2025", italic=True, border=False)
    put(ws, 3, 1, "Recommendations raised by the external auditor, Grant Thornton UK LLP. KR = key recommendation (significant weakness); IR = improvement recommendation.", border=False)
    heads = ["Rec", "Type", "Criterion", "Recommendation", "No.", "Agreed action", "Responsible officer", "Target date", "Progress at February 2025", "RAG"]
    for j, h in enumerate(heads, start=1):
        put(ws, 5, j, h, bold=True, fill="1F4E78", color="FFFFFF")
    ragfill = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"], "Complete": FILL["blue"], "Not started": None}
    r = 6
    typo_row = None
    for rec, typ, crit, text, acts in GL:
        first = r
        put(ws, r, 1, rec, bold=True)
        put(ws, r, 2, typ)
        put(ws, r, 3, crit)
        put(ws, r, 4, text)
        for no, act, lead, tgt, upd, rag in acts:
            if r != first:
                for c in (1, 2, 3, 4):
                    put(ws, r, c, None)
            put(ws, r, 5, no)
            put(ws, r, 6, act)
            put(ws, r, 7, lead)
            put(ws, r, 8, tgt)
            put(ws, r, 9, upd)
            put(ws, r, 10, rag, fill=ragfill[rag])
            if tgt == GL_TYPO:
                typo_row = r
            r += 1
        for c in (1, 2, 3, 4):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    nt = wb.create_sheet("Notes")
    widths(nt, [100])
    notes = ["Key recommendations address significant weaknesses in the Council’s arrangements reported in the Auditor’s Annual Report.",
             "Improvement recommendations are not linked to a significant weakness but would improve arrangements.",
             "RAG: Complete = action finished; Green = on track; Amber = some delay; Red = significantly delayed or off track."]
    for i, t in enumerate(notes, start=1):
        put(nt, i, 1, t, border=False)
    wb.save(path)
    return typo_row


# ---------------------------------------------------------------- 4. West Dunbartonshire SHR AAS (docx)
WD_TITLE = "West Dunbartonshire Council Housing Services – Annual Assurance Statement Improvement Plan 2025/26"
WD = [
    ("1. Electrical safety (material non-compliance)", [
        dict(ref="1.1", action="Complete the outstanding Electrical Installation Condition Reports (EICRs) for all 184 homes, prioritising those more than 12 months overdue.",
             leadcell="Compliance Manager", lead=["Compliance Manager"], when="31 March 2026", end="2026-03", rag="Amber", status="amber",
             upd="97 completed by 31 October 2025. No-access cases are slowing progress."),
        dict(ref="1.2", action="Introduce a no-access procedure for EICRs agreed with Legal Services.\nRepeat no-access cases to be escalated to the Area Housing Manager after three failed appointments.",
             leadcell="Compliance Manager / Legal Services Manager", lead=["Compliance Manager", "Legal Services Manager"], when="December 2025", end="2025-12", rag="Green", status="green",
             upd="Draft procedure with Legal Services for sign-off."),
        dict(ref="1.3", action="Report EICR compliance each month to the Housing Improvement Board from a single verified compliance dataset.",
             leadcell="Housing Asset Manager", lead=["Housing Asset Manager"], when="Monthly", end=None, end_text="Monthly", rag="Green", status="green",
             upd="Monthly reporting in place since August 2025."),
    ]),
    ("2. Damp and mould", [
        dict(ref="2.1", action="Train all repairs inspectors and housing officers in the revised Damp and Mould Procedure.",
             leadcell="Building Services Manager", lead=["Building Services Manager"], when="Q3 2025/26", end="2025-12", rag="Complete", status="blue",
             upd="86 staff trained in September and October 2025."),
        dict(ref="2.2", action="Introduce a damp and mould case tracker so that every report has a named case officer and a follow-up visit six weeks after works are completed.",
             leadcell="Building Services Manager and Housing Operations Manager", lead=["Building Services Manager", "Housing Operations Manager"], when="31/01/2026", end="2026-01", rag="Green", status="green",
             upd="Tracker built in housing management system; testing in November."),
    ]),
    ("3. Homelessness – unsuitable temporary accommodation", [
        dict(ref="3.1", action="Increase the supply of furnished temporary flats by converting 20 mainstream council homes.",
             leadcell="Homelessness and Housing Options Manager", lead=["Homelessness and Housing Options Manager"], when="June 2026", end="2026-06", rag="Amber", status="amber",
             upd="8 flats converted; furniture contract retendered."),
        dict(ref="3.2", action="Review every bed and breakfast placement weekly at the Homelessness Oversight Group.",
             leadcell="Homelessness and Housing Options Manager", lead=["Homelessness and Housing Options Manager"], when="Ongoing", end=None, end_text="Ongoing", rag="Green", status="green",
             upd="Weekly reviews in place; Unsuitable Accommodation Order breaches down from 37 (2024/25) to 9 (April–October 2025)."),
    ]),
    ("4. Assurance and tenant scrutiny", [
        dict(ref="4.1", action="Commission an independent review of the evidence supporting the 2026 Annual Assurance Statement.",
             leadcell="Chief Officer – Housing and Employability", lead=["Chief Officer – Housing and Employability"], when="August 2026", end="2026-08", rag="", status="unrated",
             upd="Not yet started – scope to be agreed with Internal Audit."),
        dict(ref="4.2", action="Hold two tenant scrutiny sessions on the draft Annual Assurance Statement before it goes to Committee for approval.",
             leadcell="Tenant Participation Officer", lead=["Tenant Participation Officer"], when="September 2026", end="2026-09", rag="", status="unrated",
             upd="Not yet started."),
    ]),
]
RAGHEX = {"Green": HEX["green"], "Amber": HEX["amber"], "Red": HEX["red"], "Complete": HEX["blue"]}


def make_wdc(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(WD_TITLE, level=0)
    doc.add_paragraph(
        "This plan sets out the actions we will take to address the areas of material non-compliance and improvement "
        "identified in our Annual Assurance Statement, submitted to the Scottish Housing Regulator on 28 October 2025. "
        "Progress is reported quarterly to the Housing and Communities Committee and to the tenants’ scrutiny panel.")
    doc.add_paragraph("Our Annual Assurance Statement reported:")
    for t in ["material non-compliance with the Scottish Housing Quality Standard: 184 homes (0.9%) did not have an EICR completed in the last five years;",
              "that damp and mould reports were not always inspected within our 10 working day target;",
              "37 breaches of the Unsuitable Accommodation Order in 2024/25."]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.1"), ("Date", "12 November 2025"), ("Owner", "Chief Officer – Housing and Employability"),
                 ("Approved", "Housing and Communities Committee, 19 November 2025")]:
        row = dc.add_row().cells
        cell_text(row[0], k, bold=True)
        cell_text(row[1], v)

    doc.add_paragraph().add_run("RAG status key").bold = True
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v, col in [("Complete", "Action completed and evidenced", "blue"), ("Green", "On track to meet timescale", "green"),
                      ("Amber", "At risk – some slippage", "amber"), ("Red", "Off track", "red"), ("(blank)", "Not yet started", None)]:
        row = kt.add_row().cells
        cell_text(row[0], k, bold=True)
        if col:
            shade(row[0], HEX[col])
        cell_text(row[1], v)

    heads = ["Ref", "Action", "Responsible officer", "Timescale", "Update (November 2025)", "RAG"]
    for sec, acts in WD:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            cell_text(c, h, bold=True, white=True)
            shade(c, "1F3864")
        for a in acts:
            row = t.add_row().cells
            vals = [a["ref"], a["action"], a["leadcell"], a["when"], a["upd"], a["rag"]]
            for c, v in zip(row, vals):
                cell_text(c, v)
            if a["rag"]:
                shade(row[5], RAGHEX[a["rag"]])

    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=0, cols=3)
    so.style = "Table Grid"
    for vals in [("Role", "Name", "Date"), ("Chief Officer – Housing and Employability", "Signed copy held", "12/11/2025"),
                 ("Convener, Housing and Communities Committee", "Signed copy held", "19/11/2025")]:
        row = so.add_row().cells
        for c, v in zip(row, vals):
            cell_text(c, v, bold=(vals[0] == "Role"))
    doc.save(path)


# ---------------------------------------------------------------- 5. Swansea Shared Lives CIW (docx)
SW_TITLE = "Swansea Council Shared Lives Service – CIW Inspection Improvement Plan"
SW = [
    ("Well-being", [
        ("Regulation 21 – People were not always supported to take part in activities and community opportunities of their choosing during short breaks.", [
            dict(ref="WB1", action="Map community activities across Swansea with Local Area Coordinators and share a directory of opportunities with all Shared Lives carers.",
                 leadcell="Shared Lives Development Officer and Local Area Coordination Manager", lead=["Shared Lives Development Officer", "Local Area Coordination Manager"],
                 when="November 2025", end="2025-11", st="Complete", status="blue",
                 upd="Directory issued to all 58 carers on 3 November 2025."),
        ]),
    ]),
    ("Care and Support", [
        ("Regulation 16 – Personal plans were not always reviewed every three months with the individual and their Shared Lives carer.", [
            dict(ref="CS1", action="Set up a review schedule for every placement in the care management system, with automatic reminders at 10 and 12 weeks.",
                 leadcell="Shared Lives Team Manager", lead=["Shared Lives Team Manager"], when="30/09/2025", end="2025-09", st="Complete", status="blue",
                 upd="Reminders live from 15 September 2025."),
            dict(ref="CS2", action="Audit 20% of personal plans each quarter to check that reviews involve the individual and their carer, and report findings to the Responsible Individual.",
                 leadcell="Registered Manager / Quality Assurance Officer", lead=["Registered Manager", "Quality Assurance Officer"], when="Quarterly", end=None, end_text="Quarterly", st="On track", status="green",
                 upd="First quarterly audit completed October 2025: 11 of 12 plans reviewed on time."),
        ]),
        ("Regulation 15 – Personal plans did not consistently record people’s personal outcomes, or how they want to be supported, in their own words.", [
            dict(ref="CS3", action="Relaunch the personal plan template with an ‘About me’ section written with the person, and train all Shared Lives officers in outcome-focused recording.",
                 leadcell="Shared Lives Team Manager", lead=["Shared Lives Team Manager"], when="December 2025", end="2025-12", st="Behind schedule", status="amber",
                 upd="Template agreed. Training delayed by staff vacancies; two of five officers trained."),
        ]),
    ]),
    ("Leadership and Management", [
        ("Regulation 36 – Shared Lives carers did not receive formal supervision at the required frequency, and supervision records were incomplete.", [
            dict(ref="LM1", action="Allocate every Shared Lives carer to a named supervising officer and schedule supervision at least quarterly for the next 12 months.",
                 leadcell="Shared Lives Team Manager", lead=["Shared Lives Team Manager"], when="31 August 2025", end="2025-08", st="Complete", status="blue",
                 upd="All carers allocated; schedule in place to August 2026."),
            dict(ref="LM2", action="Introduce a standard supervision record and a monthly supervision compliance report to the Registered Manager.",
                 leadcell="Registered Manager", lead=["Registered Manager"], when="January 2026", end="2026-01", st="On track", status="green",
                 upd="Record template in use; compliance report being built by the performance team."),
        ]),
        ("Regulation 80 – The Responsible Individual’s quality of care review did not include the views of people using the service and their carers.", [
            dict(ref="LM3", action="Gather feedback from people using the service and from carers through an easy-read survey and two listening events before each quality of care review.",
                 leadcell="Head of Adult Services (Responsible Individual)", lead=["Head of Adult Services (Responsible Individual)"], when="March 2026", end="2026-03", st="Not started", status="unrated",
                 upd="Easy-read survey to be co-produced with People First Swansea from January 2026."),
            dict(ref="LM4", action="Present each quality of care review report to the Adult Services Management Team and publish a summary for carers.",
                 leadcell="Head of Adult Services (Responsible Individual)", lead=["Head of Adult Services (Responsible Individual)"], when="April 2026", end="2026-04", st="On track", status="green",
                 upd="Summary format agreed with the Shared Lives carers’ forum."),
        ]),
    ]),
]
STHEX = {"Complete": HEX["blue"], "On track": HEX["green"], "Behind schedule": HEX["amber"], "Not achieved": HEX["red"]}


def make_swansea(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(SW_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service", "Swansea Council Shared Lives Service (adult placement service)"),
                 ("Service provider", "City and County of Swansea Council"),
                 ("Responsible Individual", "Head of Adult Services"),
                 ("Date of inspection", "3 and 4 June 2025"),
                 ("Inspection report published", "22 July 2025"),
                 ("Plan last updated", "14 November 2025")]:
        row = info.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], "DEEAF6")
        cell_text(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) identified areas for improvement under the Regulated Services (Service Providers and "
        "Responsible Individuals) (Wales) Regulations 2017. No priority action notices were issued. The actions below are "
        "monitored monthly by the Registered Manager and reported to the Adult Services Management Team.")
    doc.add_paragraph(
        "Status key: Complete (blue) – Action completed; On track (green); Behind schedule (amber); "
        "Not achieved (red); Not started (no colour).")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["Ref", "Action", "Lead", "Target date", "Progress", "Status"]
    for c, h in zip(t.rows[0].cells, heads):
        cell_text(c, h, bold=True, white=True)
        shade(c, "2E5496")
    for theme, afis in SW:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, theme, bold=True, white=True)
        shade(m, "595959")
        for afi, acts in afis:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            cell_text(m, afi, bold=True)
            shade(m, "D9E2F3")
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [a["ref"], a["action"], a["leadcell"], a["when"], a["upd"], a["st"]]):
                    cell_text(c, v)
                if a["st"] in STHEX:
                    shade(cells[5], STHEX[a["st"]])
    doc.add_paragraph()
    doc.add_paragraph("Next review of this plan: Adult Services Management Team, 15 December 2025.")
    doc.save(path)


# ---------------------------------------------------------------- 6. Warwick DC internal audit (csv)
WA_TITLE = "Warwick District Council – Internal Audit Recommendations Tracker"
WA_HEAD = ["Audit", "Year", "Assurance", "Rec", "Priority", "Finding / Recommendation", "Agreed Management Action",
           "Responsible Officer", "Target Date", "Revised Target Date", "RAG", "Latest Update"]
WA = [
    dict(audit="Payroll", year="2024/25", assur="Moderate", ref="1", prio="High",
         rec="Starter and leaver pay calculations were not independently checked. A second-person check of all starter and leaver calculations should be introduced.",
         action="The Payroll Team Leader will independently check all starter and leaver calculations before each pay run, evidenced on the pay run checklist.",
         leadcell="Payroll Team Leader", lead=["Payroll Team Leader"], tgt="31/03/2025", rev="", rag="B", end="2025-03", status="blue",
         upd="Implemented from the April 2025 pay run; evidence sampled by Internal Audit in June 2025."),
    dict(audit="Payroll", year="2024/25", assur="Moderate", ref="2", prio="Medium",
         rec="Overtime claims were approved by managers without a supporting timesheet. Claims without an approved timesheet should be rejected.",
         action="Remind all budget holders that overtime must be supported by an approved timesheet; Payroll to reject unsupported claims.",
         leadcell="HR Manager; Payroll Team Leader", lead=["HR Manager", "Payroll Team Leader"], tgt="30/06/2025", rev="31/01/2026", rag="A", end="2026-01", status="amber",
         upd="Manager briefing issued July 2025. Rejection process to go live with the new HR/payroll system in January 2026."),
    dict(audit="Procurement Cards", year="2024/25", assur="Limited", ref="1", prio="High",
         rec="Card transactions were not always reconciled monthly, and receipts were missing for 18% of sampled transactions. Monthly reconciliation should be enforced.",
         action="Introduce monthly reconciliation sign-off by budget holders, with automatic card suspension where a reconciliation is more than 30 days late.",
         leadcell="Head of Finance", lead=["Head of Finance"], tgt="30/09/2025", rev="", rag="R", end="2025-09", status="red",
         upd="Suspension rule not yet set up by the card provider; chased 3 December 2025. Sign-off reminders issued monthly."),
    dict(audit="Procurement Cards", year="2024/25", assur="Limited", ref="2", prio="Medium",
         rec="Card limits had not been reviewed since cards were issued.",
         action="Review all single-transaction and monthly card limits and reduce them in line with actual use.",
         leadcell="Procurement Manager", lead=["Procurement Manager"], tgt="31/07/2025", rev="", rag="B", end="2025-07", status="blue",
         upd="All 46 card limits reviewed; 19 reduced."),
    dict(audit="Cyber Security – Patch Management", year="2025/26", assur="Moderate", ref="1", prio="High",
         rec="Critical security patches were not applied to 7 servers within the 14-day target. Patch deployment should be automated and monitored.",
         action="Implement automated patch deployment and report patch compliance monthly to the ICT Steering Group.",
         leadcell="ICT Services Manager", lead=["ICT Services Manager"], tgt="31/12/2025", rev="", rag="G", end="2025-12", status="green",
         upd="Automated tool in pilot on 60% of servers; full roll-out on track for December."),
    dict(audit="Cyber Security – Patch Management", year="2025/26", assur="Moderate", ref="2", prio="Low",
         rec="The patching policy does not define how exceptions are approved.",
         action="Update the Patch Management Policy to include an exceptions and risk acceptance process.",
         leadcell="ICT Services Manager", lead=["ICT Services Manager"], tgt="31/03/2026", rev="", rag="G", end="2026-03", status="green",
         upd="Draft policy with the Information Governance Group, \"for approval in February\"."),
    dict(audit="Housing Repairs – Void Properties", year="2024/25", assur="Moderate", ref="1", prio="Medium",
         rec="Works on void properties were not always inspected before the property was re-let. A post-works inspection should be completed for every void.",
         action="Require a post-works inspection, with photographs, for every void property before the keys are returned to Lettings.",
         leadcell="Head of Housing Services / Asset Manager", lead=["Head of Housing Services", "Asset Manager"], tgt="31/10/2025", rev="28/02/2026", rag="A", end="2026-02", status="amber",
         upd="Inspection form agreed. Mobile working app update due February 2026."),
]


def make_warwick(path):
    n = len(WA_HEAD)

    def pad(*vals):
        return list(vals) + [""] * (n - len(vals))

    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(pad(WA_TITLE))
        w.writerow(pad("Outstanding and recently implemented recommendations – position at 31 December 2025"))
        w.writerow(pad("Audit and Standards Committee, 21 January 2026"))
        w.writerow(pad("RAG: B = implemented since last report; G = on track for target date; A = target date revised; R = overdue / not progressing"))
        w.writerow(pad())
        w.writerow(WA_HEAD)
        for a in WA:
            w.writerow([a["audit"], a["year"], a["assur"], a["ref"], a["prio"], a["rec"], a["action"], a["leadcell"],
                        a["tgt"], a["rev"], a["rag"], a["upd"]])
        w.writerow(pad())
        cnt = {k: sum(1 for a in WA if a["rag"] == k) for k in "RAGB"}
        w.writerow(pad("Summary: %d recommendations reported – R %d, A %d, G %d, B %d" % (len(WA), cnt["R"], cnt["A"], cnt["G"], cnt["B"])))


# ---------------------------------------------------------------- 7. Nuneaton & Bedworth risk register (txt)
NB_TITLE = "Nuneaton and Bedworth Borough Council – Strategic Risk Register, Quarter 2 2025/26"
NB_HEAD = ["Risk", "Risk Owner", "Current Score (L x I)", "Target Score", "Direction", "Ref",
           "Further Action Planned", "Action Owner", "Due Date", "Action Status"]
NB = [
    ("SR1 – Financial sustainability: the Council cannot set a balanced budget for 2026/27 and future years",
     "Strategic Director – Finance and Governance", "4 x 4 = 16", "8", "Stable", [
         dict(ref="1a", action="Deliver the £1.8m savings programme agreed in the 2025/26 budget, with monthly tracking at Leadership Team.",
              leadcell="Assistant Director – Finance", lead=["Assistant Director – Finance"], due="Mar-26", end="2026-03", st="Amber", status="amber"),
         dict(ref="1b", action="Refresh the Medium Term Financial Strategy to include scenarios for the Fair Funding Review.",
              leadcell="Assistant Director – Finance", lead=["Assistant Director – Finance"], due="Q3 2025/26", end="2025-12", st="Green", status="green"),
     ]),
    ("SR2 – Town centre regeneration: the Transforming Nuneaton programme is delayed or exceeds its budget",
     "Strategic Director – Place", "3 x 4 = 12", "6", "Increasing", [
         dict(ref="2a", action="Complete the procurement of a development partner for Abbey Street phase 2.",
              leadcell="Regeneration Programme Manager", lead=["Regeneration Programme Manager"], due="31/01/2026", end="2026-01", st="Green", status="green"),
         dict(ref="2b", action="Report programme risks and cost forecasts to the Transforming Nuneaton Board every month.",
              leadcell="Regeneration Programme Manager", lead=["Regeneration Programme Manager"], due="Monthly", end=None, end_text="Monthly", st="Green", status="green"),
     ]),
    ("SR3 – Housing compliance: council homes do not meet the Regulator of Social Housing’s Safety and Quality Standard",
     "Strategic Director – Housing and Communities", "3 x 4 = 12", "4", "Stable", [
         dict(ref="3a", action="Complete a stock condition survey of all council homes.",
              leadcell="Assistant Director – Housing / Asset Manager", lead=["Assistant Director – Housing", "Asset Manager"], due="Dec-25", end="2025-12", st="Amber", status="amber"),
         dict(ref="3b", action="Implement a compliance management system covering gas, electrical, fire, water and lift safety.",
              leadcell="Asset Manager", lead=["Asset Manager"], due="Jun-26", end="2026-06", st="Not started", status="unrated"),
     ]),
    ("SR4 – Cyber security: a cyber attack disrupts council services or leads to a data breach",
     "Strategic Director – Finance and Governance", "3 x 4 = 12", "8", "Stable", [
         dict(ref="4a", action="Achieve Cyber Essentials Plus accreditation.",
              leadcell="ICT Manager", lead=["ICT Manager"], due="30/09/2025", end="2025-09", st="Complete", status="blue"),
         dict(ref="4b", action="Run a cyber incident exercise with Leadership Team and test the ICT disaster recovery plan.",
              leadcell="ICT Manager and Emergency Planning Officer", lead=["ICT Manager", "Emergency Planning Officer"], due="Nov-25", end="2025-11", st="Green", status="green"),
     ]),
    ("SR5 – Workforce: the Council cannot recruit and retain staff in key professional roles",
     "Chief Executive", "3 x 3 = 9", "6", "Reducing", [
         dict(ref="5a", action="Pay market supplements for hard-to-fill planning and building control posts, following the pay benchmarking review.",
              leadcell="Head of HR and Organisational Development", lead=["Head of HR and Organisational Development"], due="Ongoing", end=None, end_text="Ongoing", st="Amber", status="amber"),
     ]),
]


def make_nuneaton(path):
    lines = [NB_TITLE,
             "Position at 30 September 2025 – reported to Audit and Standards Committee, 18 November 2025",
             "",
             "\t".join(NB_HEAD)]
    for risk, owner, score, target, direc, acts in NB:
        for i, a in enumerate(acts):
            lead = [risk, owner, score, target, direc] if i == 0 else ["", "", "", "", ""]
            lines.append("\t".join(lead + [a["ref"], a["action"], a["leadcell"], a["due"], a["st"]]))
    lines += ["",
              "Scoring: Likelihood (1–4) x Impact (1–4). 12–16 = High, 6–9 = Medium, 1–4 = Low.",
              "Action status: Complete; Green = on track; Amber = some delay; Red = significant delay; Not started.",
              "Total strategic risks: 5 (High 4, Medium 1). Next review: Quarter 3 position to Cabinet, 4 February 2026."]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "sheffield": "im2-sheffield-city-council-asc-cqc-assessment-improvement-plan.xlsx",
    "rbfrs": "im2-royal-berkshire-frs-hmicfrs-values-culture-recommendations-tracker.xlsx",
    "gloucester": "im2-gloucester-city-council-auditors-annual-report-vfm-recommendations-action-plan-typo-month-refuse.xlsx",
    "wdc": "im2-west-dunbartonshire-council-shr-annual-assurance-statement-improvement-plan.docx",
    "swansea": "im2-swansea-council-shared-lives-ciw-inspection-improvement-plan.docx",
    "warwick": "im2-warwick-dc-internal-audit-recommendations-tracker.csv",
    "nuneaton": "im2-nuneaton-bedworth-bc-strategic-risk-register-q2-2025-26.txt",
}


def main():
    p = lambda k: os.path.join(HERE, FILES[k])
    make_sheffield(p("sheffield"))
    make_rbfrs(p("rbfrs"))
    row = make_gloucester(p("gloucester"))
    print("gloucester typo on sheet row", row)
    make_wdc(p("wdc"))
    make_swansea(p("swansea"))
    make_warwick(p("warwick"))
    make_nuneaton(p("nuneaton"))


if __name__ == "__main__":
    main()
