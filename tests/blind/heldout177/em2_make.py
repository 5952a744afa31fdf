"""Build the seven em2- blind test files (set heldout177).

Run with: /work/main/.venv/bin/python em2_make.py
Writes the data files beside this script. The expected readings
(NAME.expected.yaml) are written separately and are not produced here.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0",
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Haringey Council - Adult Social Care CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
HARINGEY_FILE = "em2-haringey-council-asc-cqc-assessment-improvement-plan.xlsx"
HARINGEY_TITLE = "Haringey Council Adult Social Care Improvement Plan 2025–2028"

# (theme, [(priority, [ (ref, action, lead, original, revised, prev, current, update) ])])
HARINGEY = [
    ("Theme 1: Working with people", [
        ("1.1 Reduce waiting times for Care Act assessments and reviews", [
            ("1.1.1",
             "Clear the backlog of people waiting for a Care Act assessment, prioritising people "
             "assessed as high risk through the weekly waiting list review.",
             "Head of Locality Services", D(2025, 12, 31), D(2026, 3, 31), "Amber", "Amber",
             "Waiting list down from 612 (Feb) to 388. Agency capacity ends in December; "
             "revised date agreed by the Board."),
            ("1.1.2",
             "Introduce a trusted assessor model with the reablement service so that reviews "
             "following reablement are completed within six weeks.",
             "Head of Locality Services / Reablement Service Manager", D(2025, 9, 30), None,
             "Green", "Blue",
             "Model live in all three localities from 1 September. 91% of post-reablement reviews "
             "completed within six weeks in September."),
        ]),
        ("1.2 Improve information and advice, including for people whose first language is not English", [
            ("1.2.1",
             "Refresh the Adult Social Care information and advice offer on the website and in the "
             "Connected Communities hubs, with translated leaflets in the borough’s ten most spoken "
             "languages.",
             "Head of Strategy, Commissioning and Improvement", D(2026, 3, 31), None, "Green", "Green",
             "Content audit complete. Translation contract awarded; first six languages due "
             "in January."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("2.1 Strengthen support for unpaid carers", [
            ("2.1.1",
             "Launch the co-produced Carers Strategy 2025–2030 and publish a delivery plan agreed "
             "with the Carers Partnership Board.",
             "Carers Lead", D(2025, 11, 30), None, "Green", "Green",
             "Strategy agreed by Cabinet; launch event booked for Carers Rights Day."),
            ("2.1.2",
             "Increase the number of carers’ assessments completed, including offering assessments "
             "through the commissioned carers’ support service.",
             "Carers Lead and Principal Social Worker", D(2026, 3, 31), None, "Amber", "Red",
             "Carers’ assessments down 8% on last quarter. Recovery plan going to the Board "
             "in November."),
        ]),
        ("2.2 Reduce reliance on out-of-borough placements", [
            ("2.2.1",
             "Commission additional supported living and extra care capacity in the borough so that "
             "fewer people are placed outside London.",
             "Assistant Director, Commissioning", D(2027, 3, 31), None, "Green", "Green",
             "Market position statement published. Two supported living schemes (24 units) "
             "in procurement."),
        ]),
    ]),
    ("Theme 3: How Haringey ensures safety within the system", [
        ("3.1 Improve transitions from children’s to adult services", [
            ("3.1.1",
             "Establish a joint Preparing for Adulthood panel with Children’s Services to plan for "
             "young people from age 14.",
             "Head of Service – Learning Disabilities / Head of Children with Disabilities",
             D(2026, 1, 31), None, "Amber", "Green",
             "Terms of reference agreed. First panel sat on 16 October; 37 young people listed."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("4.1 Embed learning from complaints and feedback", [
            ("4.1.1",
             "Introduce a quarterly complaints and compliments learning report to the ASC Senior "
             "Leadership Team and Adults Improvement Board.",
             "Complaints Manager", D(2025, 7, 31), None, "Blue", "Blue",
             "Q1 and Q2 reports presented. Now business as usual."),
            ("4.1.2",
             "Set up a Lived Experience Group to review how feedback has changed practice, and "
             "report back to residents through “You said, we did” updates.",
             "Co-production Lead", D(2026, 3, 31), D(2026, 6, 30), "Green", "Amber",
             "Recruitment of members slower than planned; eight of twelve places filled."),
        ]),
    ]),
]


def build_haringey():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = HARINGEY_TITLE
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Our response to the CQC local authority assessment (report published February 2025)"
    cover["A2"].font = Font(italic=True)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("0.3", D(2025, 9, 2), "ASC Improvement Programme Manager", "Draft for Adults Improvement Board"),
        ("1.0", D(2025, 10, 14), "ASC Improvement Programme Manager", "Approved by Cabinet"),
        ("1.1", D(2025, 10, 31), "ASC Improvement Programme Manager", "October progress update"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cover["A10"] = "RAG key"
    cover["A10"].font = Font(bold=True)
    key = [
        ("Blue", "Complete – evidence of impact agreed by the Adults Improvement Board"),
        ("Green", "On track"),
        ("Amber", "Some slippage – recoverable within the quarter"),
        ("Red", "Off track – escalated to the Adults Improvement Board"),
    ]
    for i, (k, txt) in enumerate(key):
        a = cover.cell(row=11 + i, column=1, value=k)
        a.fill = solid(FILL[k])
        a.border = BOX
        b = cover.cell(row=11 + i, column=2, value=txt)
        b.border = BOX
    widths(cover, [12, 14, 36, 40])

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – October 2025"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 4
    totals = [0, 0, 0, 0, 0]
    for theme, prios in HARINGEY:
        acts = [a for _, al in prios for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == k) for k in ("Blue", "Green", "Amber", "Red")]
        totals = [t + c for t, c in zip(totals, counts)]
        summ.cell(row=r, column=1, value=theme).border = BOX
        for j, v in enumerate(counts):
            summ.cell(row=r, column=2 + j, value=v).border = BOX
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(totals):
        c = summ.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    widths(summ, [52, 10, 8, 8, 8, 8])

    ws = wb.create_sheet("Action Plan")
    ncol = 9
    ws["A1"] = HARINGEY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Action plan – progress position at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    headers = ["Ref", "Improvement priority", "Action", "Lead officer(s)", "Original target date",
               "Revised target date", "Previous RAG (Sept)", "Current RAG (Oct)", "Progress update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, prios in HARINGEY:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = solid("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for prio, acts in prios:
            start = r
            for ref, action, lead, orig, rev, prev, cur, upd in acts:
                vals = [ref, None, action, lead, orig, rev, prev, cur, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = solid(FILL[prev])
                ws.cell(row=r, column=8).fill = solid(FILL[cur])
                r += 1
            ws.cell(row=start, column=2, value=prio).alignment = WRAP
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: Revised target dates were agreed by the Adults Improvement Board on "
                                   "14 October 2025. Actions rated Blue stay on the plan until impact has "
                                   "been evidenced.")
    widths(ws, [8, 30, 55, 28, 13, 13, 11, 11, 45])
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, HARINGEY_FILE))


# ---------------------------------------------------------------------------
# 2. Exeter City Council - internal audit recommendations tracker (xlsx, REFUSE)
# ---------------------------------------------------------------------------
EXETER_FILE = "em2-exeter-city-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
EXETER_TITLE = "Exeter City Council – Internal Audit Recommendations Tracker"

# (audit band, [(ref, priority, action, officer, original, revised, status, update)])
EXETER = [
    ("Debt Recovery 2024/25 – Limited Assurance (final report 18/07/2024)", [
        ("DR1", 1,
         "Introduce a monthly aged debt report for each service, with debts over 90 days reviewed by "
         "the responsible Head of Service.",
         "Head of Service – Finance", D(2024, 12, 31), "Jun-25", "Complete",
         "Reports issued monthly since May 2025."),
        ("DR2", 2,
         "Update the Corporate Debt Recovery Policy and publish the write-off authorisation limits.",
         "Revenues and Benefits Manager", D(2025, 3, 31), "Dec-25", "In progress",
         "Draft policy with Legal; to Executive in December."),
    ]),
    ("Contract Management – Limited Assurance (final report 05/11/2024)", [
        ("CM1", 1,
         "Create a single contracts register and require all contracts over £25,000 to be recorded "
         "before the first payment is made.",
         "Procurement Manager", D(2025, 3, 31), "0ct-25", "In progress",
         "Register built in the new e-tendering system; 74% of live contracts loaded."),
        ("CM2", 2,
         "Provide contract management training to all named contract managers and record attendance.",
         "Procurement Manager", D(2025, 6, 30), "Jan-26", "In progress",
         "Two of four sessions delivered."),
        ("CM3", 2,
         "Hold quarterly performance meetings with suppliers of contracts over £100,000 and keep "
         "minutes on the contract file.",
         "Heads of Service (contract owners)", D(2025, 6, 30), None, "Overdue",
         "No evidence received for Q1 and Q2."),
    ]),
    ("Council Companies Governance – Partial Assurance (final report 20/02/2025)", [
        ("CG1", 2,
         "Agree a shareholder agreement and reserved matters schedule for each wholly owned company.",
         "Strategic Director for Corporate Resources", D(2025, 9, 30), "Mar-26", "In progress",
         "Reserved matters agreed for one company; second in draft."),
        ("CG2", 3,
         "Report each company’s business plan and quarterly performance to the Shareholder Board.",
         "Company Secretary", D(2025, 10, 31), None, "Complete",
         "Standing item on Shareholder Board agenda from October."),
    ]),
    ("Hospitality and Gifts – Partial Assurance (final report 11/04/2025)", [
        ("HG1", 3,
         "Move the officer gifts and hospitality register online and send a six-monthly reminder to "
         "all staff.",
         "Monitoring Officer", D(2025, 9, 30), None, "Complete",
         "Online form launched in August."),
        ("HG2", 3,
         "Include gifts and hospitality declarations in the annual Member training programme.",
         "Democratic Services Manager", D(2026, 1, 31), None, "Not started",
         "Scheduled for the January Member briefing."),
    ]),
]


def build_exeter():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = EXETER_TITLE
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Audit and Governance Committee – 26 November 2025"
    hdr = ["Priority", "Open actions", "Overdue", "Completed since last report"]
    for j, h in enumerate(hdr):
        c = s.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    acts = [a for _, al in EXETER for a in al]
    r = 5
    for p in (1, 2, 3):
        pa = [a for a in acts if a[1] == p]
        vals = [f"Priority {p}", sum(1 for a in pa if a[6] != "Complete"),
                sum(1 for a in pa if a[6] == "Overdue"), sum(1 for a in pa if a[6] == "Complete")]
        for j, v in enumerate(vals):
            s.cell(row=r, column=1 + j, value=v).border = BOX
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j in range(3):
        c = s.cell(row=r, column=2 + j, value=sum(s.cell(row=q, column=2 + j).value for q in (5, 6, 7)))
        c.font = Font(bold=True)
        c.border = BOX
    s["A10"] = "Priority 1 – fundamental control issue; Priority 2 – significant; Priority 3 – minor / good practice."
    widths(s, [14, 14, 10, 26])

    ws = wb.create_sheet("Open actions")
    ncol = 9
    ws["A1"] = EXETER_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Agreed actions from SWAP internal audit reports – position at 31 October 2025"
    headers = ["Ref", "Priority", "Agreed action", "Responsible officer", "Original due date",
               "Revised due date", "Status", "Officer update", "Auditor comment"]
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for band, al in EXETER:
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        c.fill = solid("F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for ref, p, action, off, orig, rev, status, upd in al:
            vals = [ref, p, action, off, orig, rev, status, upd, None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if ref == "CM1":
                build_exeter.typo_row = r
            r += 1
    widths(ws, [7, 8, 55, 28, 13, 13, 12, 40, 20])
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, EXETER_FILE))


# ---------------------------------------------------------------------------
# 3. Kent Police - PEEL 2023-25 areas for improvement, force improvement plan (xlsx)
# ---------------------------------------------------------------------------
KENT_FILE = "em2-kent-police-peel-2023-25-afi-improvement-plan.xlsx"
KENT_TITLE = "Kent Police – PEEL 2023–25 Areas for Improvement: Force Improvement Plan"

# (area, afi, [(ref, action, owner, target, brag, update)])
KENT = [
    ("Investigating crime",
     "AFI 1: The force should make sure that victims are kept updated throughout an investigation, "
     "and that it records whether their needs have been assessed under the Victims’ Code.",
     [
         ("1.1",
          "Add a mandatory Victims’ Code needs assessment field to the crime recording system, with a "
          "supervisor prompt at 7 days.",
          "Head of Crime Standards", "Q3 2025/26", "G",
          "System change tested; go-live planned for November release."),
         ("1.2",
          "Audit 200 investigations each quarter for victim updates and publish the results by "
          "district.",
          "Supt R. Okafor", "31/03/2026", "G",
          "Q1 audit compliance 71%; Q2 78%."),
     ]),
    ("Investigating crime",
     "AFI 2: The force should make sure that investigations are allocated to officers with the right "
     "skills and experience, and that supervisors review them regularly.",
     [
         ("2.1",
          "Introduce an allocation policy based on crime complexity, and dip sample supervisory "
          "reviews monthly at district performance meetings.",
          "ACC Crime and Intelligence", "Ongoing", "A",
          "Policy agreed. Dip sampling not yet in place on two districts."),
     ]),
    ("Protecting vulnerable people",
     "AFI 3: The force should improve how it identifies and records repeat victims of domestic abuse "
     "when calls are first received.",
     [
         ("3.1",
          "Launch a repeat-victim flag in the command and control system, linked to the domestic "
          "abuse risk assessment.",
          "Head of Contact Management", "Dec-25", "A",
          "Supplier change request delayed; interim manual check in place."),
         ("3.2",
          "Deliver refresher training on domestic abuse call handling to all Force Control Room staff.",
          "D/Supt Public Protection / Head of Learning and Development", "30/09/2025", "B",
          "96% of staff trained. Closure evidence sent to HMICFRS 07/10/2025."),
     ]),
    ("Responding to the public",
     "AFI 4: The force should make sure it answers non-emergency 101 calls promptly and reduces the "
     "number of calls abandoned.",
     [
         ("4.1",
          "Recruit 24 additional call handlers and introduce a call-back option on the 101 line.",
          "Head of Contact Management", "Q4 2025/26", "R",
          "Only 9 of 24 posts filled after two campaigns. Abandonment rate 19% (target 10%)."),
         ("4.2",
          "Move online reporting for low-level crime onto the Single Online Home platform.",
          "Head of Digital Services", "Jan-26", "G",
          "Build complete; user testing in December."),
     ]),
    ("Leadership and force management",
     "AFI 5: The force should make sure its workforce plan shows how it will meet future demand for "
     "detectives.",
     [
         ("5.1",
          "Publish a detective workforce plan covering recruitment, the detective degree entry route "
          "and retention.",
          "Director of People and Development", "31/12/2025", "G",
          "Draft plan to Chief Officer Group on 18 November."),
     ]),
]


def build_kent():
    wb = Workbook()
    k = wb.active
    k.title = "Key"
    k["A1"] = KENT_TITLE
    k["A1"].font = Font(bold=True, size=13)
    k["A2"] = "Owner: Deputy Chief Constable (PEEL Improvement Board)"
    k["A4"] = "BRAG"
    k["B4"] = "Meaning"
    k["A4"].font = k["B4"].font = Font(bold=True)
    key = [("B", "Complete – closure evidence submitted to HMICFRS"),
           ("G", "On track"),
           ("A", "At risk of missing the target date"),
           ("R", "Target date missed or off track")]
    for i, (a, b) in enumerate(key):
        c = k.cell(row=5 + i, column=1, value=a)
        c.fill = solid(FILL[a])
        c.border = BOX
        k.cell(row=5 + i, column=2, value=b).border = BOX
    k["A10"] = "Summary by PEEL area"
    k["A10"].font = Font(bold=True)
    for j, h in enumerate(["PEEL area", "AFIs", "Actions", "B", "G", "A", "R"]):
        c = k.cell(row=11, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    areas = []
    for area, _, _ in KENT:
        if area not in areas:
            areas.append(area)
    r = 12
    for area in areas:
        afis = [x for x in KENT if x[0] == area]
        acts = [a for x in afis for a in x[2]]
        vals = [area, len(afis), len(acts)] + [sum(1 for a in acts if a[4] == s) for s in "BGAR"]
        for j, v in enumerate(vals):
            k.cell(row=r, column=1 + j, value=v).border = BOX
        r += 1
    widths(k, [34, 50, 9, 5, 5, 5, 5])

    ws = wb.create_sheet("AFI Tracker")
    ws["A1"] = KENT_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Update as at 30/09/2025 – for PEEL Improvement Board, 21 October 2025"
    headers = ["PEEL area", "Area for improvement (HMICFRS)", "Action ref", "Force action",
               "Action owner", "Target date", "BRAG", "Update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("002060")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for area, afi, acts in KENT:
        start = r
        for ref, action, owner, target, brag, upd in acts:
            vals = [None, None, ref, action, owner, target, brag, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = solid(FILL[brag])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(row=start, column=1, value=area).alignment = WRAP
        ws.cell(row=start, column=2, value=afi).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    widths(ws, [18, 45, 8, 50, 26, 12, 7, 42])
    ws.freeze_panes = "C5"

    log = wb.create_sheet("Change log")
    for j, h in enumerate(["Date", "Change", "By"]):
        log.cell(row=1, column=1 + j, value=h).font = Font(bold=True)
    entries = [
        (D(2025, 3, 12), "Plan created from PEEL 2023–25 report", "Force Inspection Liaison Officer"),
        (D(2025, 6, 24), "Action 3.1 target moved from Sep-25 to Dec-25 (approved by DCC)",
         "Force Inspection Liaison Officer"),
        (D(2025, 10, 7), "Action 3.2 marked Blue; closure evidence sent", "Force Inspection Liaison Officer"),
    ]
    for i, e in enumerate(entries):
        for j, v in enumerate(e):
            c = log.cell(row=2 + i, column=1 + j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    widths(log, [12, 60, 32])
    wb.save(os.path.join(HERE, KENT_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Vale of Glamorgan Council - Audit Wales recommendations tracker (docx)
# ---------------------------------------------------------------------------
VALE_FILE = "em2-vale-of-glamorgan-council-audit-wales-recommendations-tracker.docx"
VALE_TITLE = "Vale of Glamorgan Council: Audit Wales Recommendations Tracker 2025/26"

# (report heading, [(recommendation, [(ref, action, lead, target, rag, progress)])])
VALE = [
    ("1. Use of Performance Information: Service User Perspective and Outcomes (Audit Wales, September 2023)", [
        ("R1: The Council should strengthen the information it provides to senior leaders so that they "
         "understand the perspective of service users.", [
            ("UPI1.1",
             "Include a service user feedback section in each directorate’s quarterly performance report.",
             "Head of Policy and Business Transformation", "March 2025", "Blue",
             "Completed. Feedback section included from Q3 2024/25 reports."),
            ("UPI1.2",
             "Develop a corporate customer insight dashboard drawing on complaints, compliments and "
             "survey data.",
             "Operational Manager – Performance and Policy", "31/12/2025", "Green",
             "Dashboard prototype shared with Strategic Leadership Team in August 2025."),
        ]),
        ("R2: The Council should strengthen the information it provides to members so that they "
         "understand the outcomes of services and the impact of its work.", [
            ("UPI2.1",
             "Revise the scrutiny performance report template to show outcome measures alongside "
             "activity data, agreed with scrutiny chairs.",
             "Head of Policy and Business Transformation / Democratic and Scrutiny Services Manager",
             "Q2 2025/26", "Amber",
             "Template drafted; chairs’ workshop moved to October 2025."),
        ]),
    ]),
    ("2. Digital Strategy Review (Audit Wales, June 2024)", [
        ("R1: The Council should set out the resources and funding it needs to deliver its Digital "
         "Strategy over the medium term.", [
            ("DS1.1",
             "Cost the Digital Strategy delivery plan and include the revenue and capital requirements "
             "in the Medium Term Financial Plan.",
             "Head of Digital / Head of Finance (Section 151 Officer)", "February 2026", "Green",
             "Costing exercise under way with Finance business partners."),
        ]),
        ("R2: The Council should strengthen how it measures the benefits of its digital projects.", [
            ("DS2.1",
             "Introduce a benefits realisation template for all digital projects over £50k, reviewed "
             "by the Digital Board.",
             "Head of Digital", "September 2025", "Blue",
             "Template approved by Digital Board, July 2025."),
            ("DS2.2",
             "Report digital benefits achieved to Governance and Audit Committee annually.",
             "Head of Digital", "Annually", "Green",
             "First annual report scheduled for March 2026."),
        ]),
    ]),
    ("3. Financial Sustainability Review (Audit Wales, October 2024)", [
        ("R1: The Council should develop a sustainable medium-term financial plan that sets out how it "
         "will bridge its projected funding gap.", [
            ("FS1.1",
             "Identify savings and income proposals for 2026/27 to 2028/29 through the Reshaping "
             "programme and report them to Cabinet.",
             "Director of Corporate Resources", "31/01/2026", "Amber",
             "Gap of £4.2m remains for 2027/28; further proposals being developed."),
            ("FS1.2",
             "Review the Council’s Reserves Strategy and set a minimum level for the General Fund "
             "reserve.",
             "Head of Finance (Section 151 Officer)", "November 2025", "Green",
             "Draft strategy to Cabinet on 17 November 2025."),
        ]),
    ]),
]


def build_vale():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(VALE_TITLE, style="Title")
    doc.add_paragraph("Position at 30 September 2025 – report to Governance and Audit Committee, "
                      "20 October 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=4, cols=3)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Comment"),
                             ("1.0", "02/06/2025", "Tracker refreshed for 2025/26"),
                             ("1.1", "30/09/2025", "Q2 update"),
                             ("Owner", "Strategy and Performance Team", "")]):
        for j, v in enumerate(row):
            set_text(dc.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph("RAG status key", style="Heading 2")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("Blue", "Action complete"),
                                ("Green", "On track to be delivered by the target date"),
                                ("Amber", "Some slippage – may not be delivered by the target date"),
                                ("Red", "Significant slippage – will not be delivered by the target date")]):
        set_text(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), FILL[k])
        set_text(key.cell(i, 1), v)

    for report, recs in VALE:
        doc.add_paragraph(report, style="Heading 2")
        nrows = 1 + sum(1 + len(acts) for _, acts in recs)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(["Ref", "Action", "Lead Officer", "Target Date", "RAG",
                               "Progress (September 2025)"]):
            set_text(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        r = 1
        for rec, acts in recs:
            m = t.cell(r, 0).merge(t.cell(r, 5))
            set_text(m, rec, bold=True)
            shade(m, "DEEAF6")
            r += 1
            for ref, action, lead, target, rag, prog in acts:
                for j, v in enumerate([ref, action, lead, target, rag, prog]):
                    set_text(t.cell(r, j), v)
                shade(t.cell(r, 4), FILL[rag])
                r += 1
        doc.add_paragraph("")
    doc.add_paragraph("Recommendations marked Blue will be proposed for closure at the next meeting of "
                      "the Governance and Audit Committee.")
    doc.save(os.path.join(HERE, VALE_FILE))


# ---------------------------------------------------------------------------
# 5. Wrexham CBC - CIW adult services performance evaluation inspection action plan (docx)
# ---------------------------------------------------------------------------
WREXHAM_FILE = "em2-wrexham-cbc-ciw-adult-services-performance-evaluation-action-plan.docx"
WREXHAM_TITLE = "Adult Social Services Performance Evaluation Inspection – Action Plan"

# (principle band, [(area for improvement, [(ref, action, lead, by_when, rag_colour)])])
WREXHAM = [
    ("Principle 1: People – Voice and Choice", [
        ("People are not always made an active offer of services in Welsh at their first contact.", [
            ("1.1",
             "Record the active offer at first contact in WCCIS and report compliance monthly to the "
             "Adult Social Care Management Team.",
             "Service Manager – Single Point of Access", "End of June 2025", "Blue"),
            ("1.2",
             "Recruit Welsh-speaking staff to the Single Point of Access and advertise all posts as "
             "Welsh essential or desirable.",
             "Head of Adult Social Care", "March 2026", "Green"),
        ]),
        ("Carers are not consistently offered a carer’s needs assessment in their own right.", [
            ("1.3",
             "Introduce a prompt in the assessment workflow so that every identified carer is offered "
             "an assessment, and audit take-up quarterly.",
             "Service Manager – Safeguarding and Review / Carers Lead Officer", "31/12/2025", "Amber"),
        ]),
    ]),
    ("Principle 2: Prevention", [
        ("Waiting lists for occupational therapy assessment are long and people are not kept informed "
         "while they wait.", [
            ("2.1",
             "Contact everyone on the occupational therapy waiting list every eight weeks, and use "
             "trusted assessors for minor adaptations.",
             "Principal Occupational Therapist", "April 2025 – March 2026", "Red"),
        ]),
    ]),
    ("Principle 3: Well-being", [
        ("Care and support plans do not always record what matters to the person and the outcomes they "
         "want to achieve.", [
            ("3.1",
             "Deliver outcome-focused practice training to all social workers and social care officers.",
             "Workforce Development Manager", "Q3 2025/26", "Green"),
            ("3.2",
             "Complete monthly case file audits using the revised audit tool and report themes to the "
             "Quality Assurance Panel.",
             "Principal Social Worker", "Ongoing", "Green"),
        ]),
    ]),
    ("Principle 4: Partnerships and Integration", [
        ("Hospital discharge arrangements with Betsi Cadwaladr University Health Board are not always "
         "timely, and people wait for domiciliary care.", [
            ("4.1",
             "Agree a joint discharge to recover then assess pathway with the Health Board and review "
             "delays weekly at the joint flow meeting.",
             "Head of Adult Social Care; Director of Integrated Care (BCUHB)", "September 2025",
             "Amber"),
        ]),
    ]),
]


def build_wrexham():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(WREXHAM_TITLE, style="Title")
    doc.add_paragraph("Wrexham County Borough Council | Care Inspectorate Wales inspection: November 2024 | "
                      "Report published: February 2025")
    doc.add_paragraph(
        "This plan sets out how we will respond to the areas for improvement identified by Care "
        "Inspectorate Wales. It is arranged under the four principles of the Social Services and "
        "Well-being (Wales) Act 2014 and is monitored by the Adult Social Care Management Team and the "
        "Lead Member for Adult Social Care.")

    nrows = 1 + sum(1 + sum(len(a) for _, a in afis) for _, afis in WREXHAM)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["No.", "Area for improvement", "What we will do", "Lead", "By when", "RAG"]):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "C00000")
    r = 1
    for principle, afis in WREXHAM:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        set_text(m, principle, bold=True)
        shade(m, "F2DCDB")
        r += 1
        for afi, acts in afis:
            start = r
            for ref, action, lead, when, colour in acts:
                set_text(t.cell(r, 0), ref)
                set_text(t.cell(r, 2), action)
                set_text(t.cell(r, 3), lead)
                set_text(t.cell(r, 4), when)
                shade(t.cell(r, 5), FILL[colour])
                r += 1
            mc = t.cell(start, 1)
            if r - 1 > start:
                mc = t.cell(start, 1).merge(t.cell(r - 1, 1))
            set_text(mc, afi)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: the shading in the last column shows the position at the end of Quarter 2 "
                      "2025/26 – green on track, amber some slippage, red not on track, blue complete.")
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(["Approved by", "Role", "Date"]):
        set_text(so.cell(0, j), v, bold=True)
    for j, v in enumerate(["Chief Officer – Social Care", "Statutory Director of Social Services",
                           "12/03/2025"]):
        set_text(so.cell(1, j), v)
    doc.save(os.path.join(HERE, WREXHAM_FILE))


# ---------------------------------------------------------------------------
# 6. Aberdeen City Council - SHR engagement plan housing improvement actions (csv)
# ---------------------------------------------------------------------------
ABERDEEN_FILE = "em2-aberdeen-city-council-shr-engagement-plan-housing-improvement-actions.csv"
ABERDEEN_TITLE = ("Aberdeen City Council – Housing Improvement Actions: Scottish Housing Regulator "
                  "Engagement Plan 2025/26")

# (area, ref, action, lead, due, status, update)
ABERDEEN = [
    ("Homelessness – temporary accommodation", "H1",
     "Reduce the use of bed and breakfast accommodation for households with children so that there are "
     "no breaches of the Unsuitable Accommodation Order.",
     "Team Leader – Homelessness Assessment", "31/03/2026", "At Risk",
     "14 breaches in September (31 in April). Demand from Ukrainian and asylum households rising."),
    ("Homelessness – temporary accommodation", "H2",
     "Convert 60 void council homes into furnished temporary flats, prioritising the city centre and "
     "Northfield.",
     "Chief Officer – Housing; Chief Officer – Corporate Landlord", "Q4 2025/26", "On Track",
     "38 flats converted and let."),
    ("Gypsy/Traveller site – Clinterty", "G1",
     "Complete the upgrade of the amenity units at Clinterty so that the site meets the Scottish "
     "Government’s minimum site standards.",
     "Capital Projects Manager", "Dec 2025", "On Track",
     "Contractor on site; 16 of 22 units handed over."),
    ("Gypsy/Traveller site – Clinterty", "G2",
     "Confirm to the SHR that all fire safety obligations at the site are met, supported by an "
     "independent fire risk assessment.",
     "Fire Safety Manager", "Dec 2025", "Complete",
     "Independent FRA received 22/09/2025; confirmation sent to SHR."),
    ("Tenant and resident safety", "S1",
     "Complete outstanding electrical installation condition reports (EICRs):\n"
     "- 1,240 properties overdue at 1 April 2025\n"
     "- monthly progress reported to the SHR",
     "Compliance Manager (Housing Assets)", "30/11/2025", "Off Track",
     "512 still outstanding; forced access procedure now in use."),
    ("Tenant and resident safety", "S2",
     "Install interlinked smoke and heat alarms in the remaining 312 council homes where access has been "
     "refused, using the \"no access\" procedure.",
     "Compliance Manager (Housing Assets)", "Mar-26", "On Track",
     "97 completed since April."),
    ("Stock quality – RAAC", "R1",
     "Agree a rehousing and engagement plan for tenants in RAAC-affected homes in Balnagask, with a "
     "named officer for each household.",
     "Chief Officer – Housing", "Ongoing", "On Track",
     "All council tenants rehoused; engagement with owners continues."),
    ("Service quality – rent collection and arrears", "Q1",
     "Implement the revised rent arrears recovery procedure, with early contact within 7 days of a "
     "missed payment.",
     "Income Team Manager", "October 2025", "Complete",
     "Procedure live from 6 October 2025."),
]


def build_aberdeen():
    path = os.path.join(HERE, ABERDEEN_FILE)
    ncol = 7
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([ABERDEEN_TITLE] + [""] * (ncol - 1))
        w.writerow(["Exported: 04/11/2025 09:12"] + [""] * (ncol - 1))
        w.writerow([""] * ncol)
        w.writerow(["Area", "Ref", "Action", "Lead Officer", "Due Date", "Status", "Latest Update"])
        for row in ABERDEEN:
            w.writerow(list(row))
        w.writerow([""] * ncol)
        w.writerow(["Status key: On Track = green; At Risk = amber; Off Track = red; Complete = blue"]
                   + [""] * (ncol - 1))


# ---------------------------------------------------------------------------
# 7. Warrington BC - Improvement and Recovery Plan highlight report (tab-separated txt)
# ---------------------------------------------------------------------------
WARRINGTON_FILE = "em2-warrington-borough-council-improvement-recovery-plan-highlight-report.txt"
WARRINGTON_TITLE = "Warrington Borough Council – Improvement and Recovery Plan"

# (workstream, [(ref, action, owner, due, last, this, commentary)])
WARRINGTON = [
    ("Workstream 1: Financial Sustainability and Commercial Investments", [
        ("1.1",
         "Approve a Medium Term Financial Strategy 2026/27–2028/29 that does not rely on investment "
         "income to balance the budget.",
         "Director of Finance and Property (S151)", "Feb-26", "A", "A",
         "Budget gap of £11.6m for 2026/27 before savings; options to Cabinet in December."),
        ("1.2",
         "Complete an independent valuation and risk review of the commercial investment portfolio and "
         "report the findings to Cabinet.",
         "Director of Finance and Property (S151) / Head of Investment", "31/12/2025", "G", "G",
         "Valuers appointed; draft report due 5 December."),
        ("1.3",
         "Set a debt reduction target and publish a disposals programme for non-core investment assets.",
         "Director of Finance and Property (S151)", "Q4 2025/26", "A", "R",
         "Market conditions have delayed two disposals; target cannot be set until 1.2 reports."),
    ]),
    ("Workstream 2: Governance, Scrutiny and Decision-Making", [
        ("2.1",
         "Adopt a revised Constitution, including a refreshed scheme of delegation and key decision "
         "thresholds.",
         "Director of Law and Governance (Monitoring Officer)", "Nov-25", "G", "Complete",
         "Adopted at Council on 3 November."),
        ("2.2",
         "Appoint an independent member to the Audit and Corporate Governance Committee and deliver a "
         "member development programme on scrutiny of commercial decisions.",
         "Director of Law and Governance (Monitoring Officer)", "Jan 2026 – Mar 2026", "G", "G",
         "Recruitment closes 28 November; first development session booked for January."),
    ]),
    ("Workstream 3: Leadership, Culture and Capacity", [
        ("3.1",
         "Recruit a permanent Chief Executive and confirm the senior management structure.",
         "Leader / Interim Chief Executive", "Mar-26", "A", "A",
         "Search agency appointed; shortlisting in January."),
        ("3.2",
         "Run an all-staff culture survey and agree a culture change plan with the trade unions.",
         "Director of People", "Dec-25", "G", "G",
         "Survey closed with 58% response rate."),
        ("3.3",
         "Report progress against the Improvement and Recovery Plan to the Ministerial Envoys.",
         "Interim Chief Executive", "Monthly", "G", "G",
         "October report submitted on 7 November."),
    ]),
]


def build_warrington():
    lines = [
        WARRINGTON_TITLE,
        "Highlight Report: October 2025",
        "Report to: Ministerial Envoys and the Improvement and Recovery Board",
        "Prepared by: Improvement Programme Office",
        "",
        "Overall programme status\tAmber",
        "Headline: Constitution adopted; the debt reduction target is now off track pending the "
        "portfolio review.",
        "",
    ]
    header = "Ref\tAction / milestone\tOwner\tDue\tLast period\tThis period\tCommentary"
    for ws, acts in WARRINGTON:
        lines.append(ws)
        lines.append(header)
        for a in acts:
            lines.append("\t".join(a))
        lines.append("")
    lines += [
        "Decisions required from the Board",
        "1. Note the red rating on action 1.3 and agree that the target is reset once the portfolio "
        "review reports.",
        "",
        "RAG: G = on track; A = at risk; R = off track; Complete = delivered and evidenced.",
    ]
    with open(os.path.join(HERE, WARRINGTON_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build_haringey()
    build_exeter()
    build_kent()
    build_vale()
    build_wrexham()
    build_aberdeen()
    build_warrington()
    print("Exeter typo row:", getattr(build_exeter, "typo_row", None))
