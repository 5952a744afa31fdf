"""Build the seven zxb- blind test files (set heldout616).

Run with /work/main/.venv/bin/python zxb_make.py ; files are written beside this script.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "teal": PatternFill("solid", fgColor="DAEEF3"),
    "purple": PatternFill("solid", fgColor="7030A0"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
}


def d(y, m, day):
    return dt.datetime(y, m, day)


def xcell(ws, row, col, value, bold=False, fill=None, fmt=None, color=None, border=True, wrap=True, size=None):
    c = ws.cell(row=row, column=col, value=value)
    if bold or color or size:
        c.font = Font(bold=bold, color=color, size=size)
    if fill:
        c.fill = FILLS[fill]
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    if wrap:
        c.alignment = WRAP
    return c


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ======================================================================
# 1. Maritime and Coastguard Agency - strategic risk register (xlsx)
# ======================================================================
def make_mca():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    xcell(cov, 1, 1, "Maritime and Coastguard Agency – Strategic Risk Register 2025-26", bold=True, size=14, border=False, wrap=False)
    xcell(cov, 2, 1, "OFFICIAL", bold=True, border=False, wrap=False)
    xcell(cov, 4, 1, "Document control", bold=True, border=False, wrap=False)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("1.0", "14/04/2025", "Head of Risk and Assurance", "Q4 2024-25 register rolled forward; SR06 (EU exit legislation) closed"),
        ("1.1", "08/07/2025", "Head of Risk and Assurance", "Q1 update for Executive Committee and ARAC"),
        ("1.2", "07/10/2025", "Head of Risk and Assurance", "Q2 update – position at 30 September 2025"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            xcell(cov, 5 + i, 1 + j, v, bold=(i == 0), fill=("grey" if i == 0 else None))
    xcell(cov, 10, 1, "Reviewed by:", bold=True, border=False)
    xcell(cov, 10, 2, "Executive Committee 14 October 2025; Audit and Risk Assurance Committee 28 October 2025", border=False, wrap=False)
    xcell(cov, 11, 1, "Risk owner:", bold=True, border=False)
    xcell(cov, 11, 2, "Chief Executive (overall); named Directors for individual risks", border=False, wrap=False)
    set_widths(cov, [16, 14, 30, 70])

    key = wb.create_sheet("Scoring and key")
    xcell(key, 1, 1, "Risk scoring (Likelihood x Impact)", bold=True, border=False, wrap=False)
    scoring = [
        ("Score", "Rating", ""),
        ("15 – 25", "High", "red"),
        ("8 – 12", "Medium", "amber"),
        ("1 – 6", "Low", "green"),
    ]
    for i, (a, b, f) in enumerate(scoring):
        xcell(key, 2 + i, 1, a, bold=(i == 0), fill=("grey" if i == 0 else None))
        xcell(key, 2 + i, 2, b, bold=(i == 0), fill=(f or "grey"))
    xcell(key, 7, 1, "Action RAG", bold=True, border=False, wrap=False)
    acts = [
        ("Complete", "Action delivered", "blue"),
        ("Green", "On track to target date", "green"),
        ("Amber", "Slippage – revised date agreed by risk owner", "amber"),
        ("Red", "Off track – escalation to Executive Committee", "red"),
        ("Not started", "Action not yet due to start", None),
    ]
    for i, (a, b, f) in enumerate(acts):
        xcell(key, 8 + i, 1, a, fill=f)
        xcell(key, 8 + i, 2, b)
    set_widths(key, [18, 50])

    ws = wb.create_sheet("Strategic risks")
    heads = ["Risk description", "Risk owner", "Inherent (L x I)", "Key controls in place",
             "Current (L x I)", "Target (L x I)", "Action ref", "Further action required",
             "Action owner", "Target date", "Revised date", "Action RAG", "Q2 update"]
    ncol = len(heads)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    xcell(ws, 1, 1, "MCA Strategic Risk Register 2025-26 – Q2 position (as at 30 September 2025)", bold=True, size=13, border=False, wrap=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    xcell(ws, 2, 1, "Scores are Likelihood x Impact (5 x 5). Further actions are those needed to bring each risk to its target score; see 'Scoring and key' for the RAG definitions.", border=False, wrap=False)
    for j, h in enumerate(heads, start=1):
        xcell(ws, 4, j, h, bold=True, fill="navy", color="FFFFFF")
    ws.freeze_panes = "A5"

    risks = [
        {
            "band": "SR01 – Search and rescue aviation: transition to UKSAR2G",
            "desc": "If the transition from the current search and rescue helicopter contract to the UKSAR2G contract is not managed effectively, there is a risk of gaps in aviation coverage, leading to a delayed response to incidents and potential loss of life.",
            "owner": "Director of HM Coastguard",
            "inh": "4 x 5 = 20", "ctl": "UKSAR2G programme board; DfT gateway reviews; contractor mobilisation plan with weekly assurance meetings",
            "cur": "3 x 5 = 15", "tgt": "2 x 5 = 10",
            "actions": [
                ("SR01.1", "Complete base-by-base operational readiness assurance for the first four UKSAR2G bases before go-live", "UKSAR2G Programme Director", d(2025, 12, 31), None, "dd/mm/yyyy", "Green", "green", "Readiness reviews complete at two of the four bases; remaining two scheduled for November."),
                ("SR01.2", "Agree contingency arrangements with the outgoing contractor for retaining standby aircraft during the transition", "Head of Aviation / Commercial Director", d(2025, 9, 30), d(2026, 1, 31), "dd/mm/yyyy", "Amber", "amber", "Heads of terms agreed; contract variation awaiting DfT approval. Revised date agreed by the Executive Committee."),
                ("SR01.3", "Commission an independent gateway review ahead of the first base transfer", "UKSAR2G Programme Director", d(2025, 7, 31), None, "dd/mm/yyyy", "Complete", "blue", "Gateway review completed July 2025 (Amber); recommendations tracked by the programme board."),
            ],
        },
        {
            "band": "SR02 – HM Coastguard radio network resilience",
            "desc": "If the National Maritime Radio Network suffers a prolonged outage, there is a risk that HM Coastguard cannot receive or respond to distress calls in the affected areas.",
            "owner": "Director of HM Coastguard",
            "inh": "4 x 5 = 20", "ctl": "Dual-routed circuits at priority sites; mutual support between Coastguard Operations Centres; 2024 outage lessons-learned plan",
            "cur": "3 x 4 = 12", "tgt": "2 x 4 = 8",
            "actions": [
                ("SR02.1", "Replace end-of-life power supplies at the 23 highest-priority radio sites", "Head of Technical Services", d(2026, 3, 31), None, "mmm-yy", "Amber", "amber", "14 of 23 sites complete; supply chain delays on battery units."),
                ("SR02.2", "Test and document manual fallback procedures at every Coastguard Operations Centre\n(including the National Maritime Operations Centre)", "Coastguard Operations Managers", d(2025, 10, 31), None, "dd/mm/yyyy", "Complete", "blue", "All 11 centres tested by 17 October 2025."),
                ("SR02.3", "Agree a long-term radio network replacement strategy and business case with DfT", "Chief Digital and Information Officer", d(2026, 3, 31), None, "dd/mm/yyyy", "Green", "green", "Strategic outline case drafted; DfT investment committee scheduled for February 2026."),
            ],
        },
        {
            "band": "SR03 – Cyber security of critical systems",
            "desc": "If a cyber attack compromises MCA operational or corporate systems, there is a risk of disruption to search and rescue co-ordination, ship registration and seafarer certification.",
            "owner": "Chief Digital and Information Officer",
            "inh": "5 x 5 = 25", "ctl": "Cyber Assessment Framework self-assessment; DfT security operations centre (24/7); annual penetration testing",
            "cur": "4 x 4 = 16", "tgt": "3 x 4 = 12",
            "actions": [
                ("SR03.1", "Achieve the Cyber Assessment Framework baseline profile for all critical operational systems", "Chief Information Security Officer", d(2026, 3, 31), None, "mmm-yy", "Amber", "amber", "Gaps remain on two legacy systems; remediation funded in the 2025-26 capital plan."),
                ("SR03.2", "Run a live cyber incident exercise with HM Coastguard and DfT", "Chief Information Security Officer; Director of HM Coastguard", d(2025, 11, 30), None, "dd/mm/yyyy", "Green", "green", "Exercise scenario agreed; date set for 19 November."),
            ],
        },
        {
            "band": "SR04 – Coastguard operational workforce capacity",
            "desc": "If the MCA cannot recruit, train and retain enough Coastguard operations staff, there is a risk that centres operate below safe staffing levels at peak times.",
            "owner": "Chief People Officer",
            "inh": "4 x 4 = 16", "ctl": "Workforce plan; national resourcing cell; overtime and detached duty arrangements",
            "cur": "4 x 4 = 16", "tgt": "3 x 3 = 9",
            "actions": [
                ("SR04.1", "Deliver two additional Maritime Operations Officer training cohorts in 2025-26", "Head of Learning and Development", d(2026, 3, 31), None, "dd/mm/yyyy", "Red", "red", "First cohort delayed by trainer availability; recovery plan to the Executive Committee in November."),
                ("SR04.2", "Implement the revised shift pattern following consultation with the trade unions", "Chief People Officer / Director of HM Coastguard", d(2026, 6, 30), None, "dd/mm/yyyy", "Not started", None, "Consultation opens January 2026."),
            ],
        },
    ]
    r = 5
    for risk in risks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        xcell(ws, r, 1, risk["band"], bold=True, fill="teal")
        r += 1
        first = r
        n = len(risk["actions"])
        for col, key_ in ((1, "desc"), (2, "owner"), (3, "inh"), (4, "ctl"), (5, "cur"), (6, "tgt")):
            xcell(ws, first, col, risk[key_])
            for k in range(1, n):
                ws.cell(row=first + k, column=col).border = BOX
            if n > 1:
                ws.merge_cells(start_row=first, start_column=col, end_row=first + n - 1, end_column=col)
        for (ref, text, owner, tdate, rdate, fmt, rag, fill, upd) in risk["actions"]:
            xcell(ws, r, 7, ref)
            xcell(ws, r, 8, text)
            xcell(ws, r, 9, owner)
            xcell(ws, r, 10, tdate, fmt=fmt)
            xcell(ws, r, 11, rdate, fmt=fmt)
            xcell(ws, r, 12, rag, fill=fill, color=("FFFFFF" if fill in ("blue", "red") else None))
            xcell(ws, r, 13, upd)
            r += 1
    r += 1
    xcell(ws, r, 1, "Closed risks: none this quarter. Next full review: Executive Committee, January 2026.", border=False, wrap=False)
    set_widths(ws, [42, 20, 12, 36, 12, 12, 9, 48, 26, 12, 12, 12, 44])
    wb.save(out("zxb-maritime-and-coastguard-agency-strategic-risk-register-2025-26.xlsx"))


# ======================================================================
# 2. West of England MCA - MetroWest programme highlight report (xlsx)
# ======================================================================
def make_weca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    xcell(ws, 1, 1, "West of England Mayoral Combined Authority", bold=True, border=False, wrap=False, color="7030A0")
    xcell(ws, 2, 1, "Programme Highlight Report – MetroWest Rail Programme", bold=True, size=14, border=False, wrap=False)
    info = [
        ("Reporting period", "September 2025", "Report date", "08/10/2025"),
        ("Senior Responsible Owner", "Director of Infrastructure", "Programme Manager", "MetroWest Programme Manager"),
        ("Overall RAG – previous", "Amber", "Overall RAG – current", "Amber"),
        ("Schedule RAG", "Amber", "Budget RAG", "Red"),
    ]
    ragfill = {"Amber": "amber", "Red": "red", "Green": "green"}
    for i, (a, b, c, e) in enumerate(info):
        rr = 4 + i
        xcell(ws, rr, 1, a, bold=True, fill="lilac")
        xcell(ws, rr, 2, b, fill=ragfill.get(b))
        ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=4)
        xcell(ws, rr, 3, c, bold=True, fill="lilac")
        xcell(ws, rr, 5, e, fill=ragfill.get(e))
    xcell(ws, 9, 1, "Summary", bold=True, border=False)
    ws.merge_cells("A10:H10")
    xcell(ws, 10, 1, "Portishead line works continue, but the programme cost plan is under pressure and a revised funding position is being agreed with DfT and North Somerset Council. Henbury line station works are progressing; North Filton platform works are forecast to finish three months late.", border=False)
    ws.row_dimensions[10].height = 45

    xcell(ws, 12, 1, "Milestones and actions", bold=True, border=False)
    heads = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG (Aug)", "RAG (Sep)", "Commentary"]
    for j, h in enumerate(heads, start=1):
        xcell(ws, 13, j, h, bold=True, fill="purple", color="FFFFFF")
    groups = [
        ("Phase 1 – Portishead line (MetroWest Phase 1b)", [
            ("P1.01", "Complete Ashton Junction signalling design and submit for Network Rail approval", "Network Rail", d(2025, 6, 30), d(2025, 10, 31), "A", "amber", "Design submitted 22 September; approval expected in October."),
            ("P1.02", "Award the main civils contract for Portishead and Pill stations", "MetroWest Programme Manager", d(2025, 5, 31), d(2025, 7, 31), "G", "blue", "Contract awarded 28 July 2025."),
            ("P1.03", "Agree the revised cost plan and funding contributions with DfT and North Somerset Council", "Director of Infrastructure / Director of Investment and Corporate Services", d(2025, 9, 30), d(2025, 12, 31), "A", "red", "Cost increase of £14.2m reported; options paper to the MCA Committee in December 2025."),
            ("P1.04", "Complete the Pill tunnel track lowering possession", "Network Rail", d(2026, 2, 28), d(2026, 2, 28), "G", "green", "Possession booked for February half term."),
        ]),
        ("Phase 2 – Henbury line stations", [
            ("P2.01", "Complete North Filton station platform and footbridge works", "South Gloucestershire Council", d(2026, 6, 30), d(2026, 9, 30), "G", "amber", "Utility diversions took longer than planned; three-month slip forecast."),
            ("P2.02", "Submit the train service specification for the Henbury spur to DfT and GWR", "Rail Strategy Manager", d(2025, 12, 31), d(2025, 12, 31), "G", "green", "Draft shared with GWR timetabling team."),
            ("P2.03", "Procure station CCTV and customer information systems", "MetroWest Programme Manager", d(2026, 3, 31), d(2026, 3, 31), None, None, "Not started – procurement to begin in January 2026."),
        ]),
        ("Charfield station", [
            ("C.01", "Obtain planning approval for the Charfield station car park", "South Gloucestershire Council", d(2025, 3, 31), d(2025, 4, 30), "A", "blue", "Approved at planning committee, April 2025."),
            ("C.02", "Complete the station build and hand over to GWR", "Network Rail; GWR", d(2026, 3, 31), d(2026, 5, 31), "G", "amber", "Platform works on site; handover forecast May 2026."),
        ]),
    ]
    r = 14
    for band, items in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        xcell(ws, r, 1, band, bold=True, fill="lilac")
        r += 1
        for (ref, text, owner, base, fc, prev, cur, comm) in items:
            xcell(ws, r, 1, ref)
            xcell(ws, r, 2, text)
            xcell(ws, r, 3, owner)
            xcell(ws, r, 4, base, fmt="mmm-yy")
            xcell(ws, r, 5, fc, fmt="mmm-yy")
            xcell(ws, r, 6, prev, fill={"A": "amber", "G": "green", "R": "red", None: None}[prev])
            xcell(ws, r, 7, None, fill=cur)
            xcell(ws, r, 8, comm)
            r += 1
    r += 1
    xcell(ws, r, 1, "RAG key", bold=True, border=False)
    keyrows = [("green", "Green – on track to baseline"), ("amber", "Amber – forecast later than baseline, recoverable"),
               ("red", "Red – forecast later than baseline, intervention needed"), ("blue", "Blue – complete")]
    for i, (f, t) in enumerate(keyrows, start=1):
        xcell(ws, r + i, 1, None, fill=f)
        ws.merge_cells(start_row=r + i, start_column=2, end_row=r + i, end_column=3)
        xcell(ws, r + i, 2, t)
    set_widths(ws, [24, 50, 30, 12, 12, 10, 10, 48])

    fin = wb.create_sheet("Finance")
    xcell(fin, 1, 1, "MetroWest – financial summary (£m), period 6 2025-26", bold=True, border=False, wrap=False)
    frows = [("Project", "Approved budget", "Forecast outturn", "Variance"),
             ("Phase 1 – Portishead line", 152.3, 166.5, 14.2),
             ("Phase 2 – Henbury line stations", 61.8, 62.4, 0.6),
             ("Charfield station", 23.9, 23.9, 0.0),
             ("Total", 238.0, 252.8, 14.8)]
    for i, row in enumerate(frows):
        for j, v in enumerate(row):
            xcell(fin, 2 + i, 1 + j, v, bold=(i in (0, len(frows) - 1)), fmt=("0.0" if j else None))
    set_widths(fin, [36, 16, 16, 12])

    chg = wb.create_sheet("Change control")
    xcell(chg, 1, 1, "Change requests this period", bold=True, border=False, wrap=False)
    for j, h in enumerate(("CR no.", "Description", "Decision", "Date"), start=1):
        xcell(chg, 2, j, h, bold=True, fill="grey")
    for j, v in enumerate(("CR-031", "Re-baseline North Filton completion to September 2026", "Approved by Programme Board", "24/09/2025"), start=1):
        xcell(chg, 3, j, v)
    set_widths(chg, [10, 52, 28, 12])
    wb.save(out("zxb-west-of-england-mca-metrowest-programme-highlight-report.xlsx"))


# ======================================================================
# 3. The Scout Association - internal audit tracker (xlsx, refuse)
# ======================================================================
def make_scouts():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    xcell(sm, 1, 1, "The Scout Association – Internal Audit Recommendations Tracker", bold=True, size=14, border=False, wrap=False)
    xcell(sm, 2, 1, "Audit and Risk Committee, 25 November 2025 – Item 7", border=False, wrap=False)
    heads = ("Audit", "Assurance", "Recommendations", "Complete", "Open", "Overdue")
    for j, h in enumerate(heads, start=1):
        xcell(sm, 4, j, h, bold=True, fill="purple", color="FFFFFF")
    srows = [("Safeguarding case management", "Limited", 2, 1, 1, 0),
             ("Volunteer vetting – disclosure checks", "Reasonable", 2, 0, 2, 0),
             ("Cyber security and IT general controls", "Limited", 3, 0, 3, 0),
             ("Grants to Scout Districts", "Reasonable", 2, 0, 2, 0),
             ("Total", "", 9, 1, 8, 0)]
    for i, row in enumerate(srows):
        for j, v in enumerate(row, start=1):
            xcell(sm, 5 + i, j, v, bold=(row[0] == "Total"))
    set_widths(sm, [40, 12, 16, 10, 8, 9])

    ws = wb.create_sheet("Tracker")
    heads = ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "Status", "Progress update"]
    xcell(ws, 1, 1, "Internal audit recommendations – status at 31 October 2025", bold=True, size=13, border=False, wrap=False)
    xcell(ws, 2, 1, "Prepared by the Head of Risk and Assurance. Completed recommendations are removed after the Committee has seen them once.", border=False, wrap=False)
    for j, h in enumerate(heads, start=1):
        xcell(ws, 4, j, h, bold=True, fill="purple", color="FFFFFF")
    stfill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": None}
    data = [
        ("Safeguarding case management (IA 2024/25-03) – Limited assurance", [
            ("SG-01", "High", "Case records should show the rationale for every decision to close a safeguarding concern, reviewed by a second caseworker.", "Introduce a closure checklist and second-person review for all safeguarding cases in the case management system.", "Director of Safeguarding", "September 2025", "", "Complete", "Checklist live from 1 September 2025; internal audit verified in October."),
            ("SG-02", "High", "Referrals to statutory agencies should be logged with the date made and the outcome.", "Add referral date and outcome fields to the case management system and backfill open cases.", "Head of Safeguarding Operations", "October 2025", "January 2026", "Amber", "System change delayed by supplier release cycle."),
        ]),
        ("Volunteer vetting – disclosure checks (IA 2024/25-05) – Reasonable assurance", [
            ("VV-01", "Medium", "Volunteers whose disclosure check has expired should be suspended from their role until renewed.", "Automate suspension of volunteer roles in the membership system when a disclosure expires.", "Head of Volunteer Support", "November 2025", "", "Green", "Change built and in user testing."),
            ("VV-02", "Medium", "District commissioners should receive a monthly report of overdue checks.", "Issue a monthly overdue checks report to every District Commissioner.", "Head of Volunteer Support; Membership Systems Manager", "December 2025", "", "Green", "First report issued for October."),
        ]),
        ("Cyber security and IT general controls (IA 2025/26-01) – Limited assurance", [
            ("IT-01", "High", "Leavers' network and cloud accounts should be disabled on the day they leave.", "Link HR leaver notifications to automatic account disablement.", "Head of IT", "October 2025", "December 2025", "Amber", "Integration tested; awaiting change board approval."),
            ("IT-02", "Medium", "Privileged administrator accounts should be reviewed quarterly.", "Carry out and document quarterly reviews of all privileged accounts.", "IT Security Manager", "December 2025", "Febuary 2026", "Amber", "First review rescheduled after staff vacancy."),
            ("IT-03", "Low", "The IT disaster recovery plan should be tested annually.", "Hold a desktop disaster recovery test with the IT team and key system owners.", "Head of IT", "March 2026", "", "Green", "Scheduled for March 2026."),
        ]),
        ("Grants to Scout Districts (IA 2025/26-02) – Reasonable assurance", [
            ("GF-01", "Medium", "Grant monitoring returns should be chased when they are more than 60 days overdue.", "Set up a monthly report of overdue grant returns and a reminder process.", "Head of Finance", "January 2026", "", "Green", "Report designed."),
            ("GF-02", "Low", "The grants policy should state who can approve grants above £10,000.", "Update the grants policy and scheme of delegation and take them to the Finance Committee.", "Chief Financial Officer", "March 2026", "", "", "Not started."),
        ]),
    ]
    r = 5
    for band, items in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        xcell(ws, r, 1, band, bold=True, fill="lilac")
        r += 1
        for item in items:
            for j, v in enumerate(item, start=1):
                xcell(ws, r, j, v if v != "" else None, fill=(stfill[v] if j == 8 else None))
            r += 1
    r += 1
    xcell(ws, r, 1, "Key: Complete = implemented and verified by internal audit; Green = on track; Amber = revised date agreed; Red = overdue with no revised date.", border=False, wrap=False)
    set_widths(ws, [9, 9, 46, 46, 28, 14, 14, 11, 40])
    wb.save(out("zxb-scout-association-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ======================================================================
# docx helpers
# ======================================================================
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


HEX = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
       "head": "1F4E3D", "band": "D8E4BC", "grey": "D9D9D9"}


# ======================================================================
# 4. Northumberland NPA - ICO data protection audit action plan (docx)
# ======================================================================
def make_nnpa():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Northumberland National Park Authority", style="Title")
    doc.add_heading("ICO Data Protection Audit – Action Plan", level=1)
    doc.add_paragraph("Audit Committee, 26 November 2025 – Appendix 2")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [
        ("Document owner", "Head of Corporate Services"),
        ("Author", "Information Governance Officer"),
        ("Version", "2.1 – progress update, November 2025"),
        ("ICO audit dates", "11–13 March 2025"),
        ("Final report received", "23 May 2025"),
        ("Overall assurance rating", "Reasonable assurance"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], a, bold=True, fill=HEX["grey"])
        set_cell(row[1], b)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "The Information Commissioner's Office (ICO) carried out a consensual data protection audit of the Authority in "
        "March 2025. The audit covered governance and accountability, records management, information and cyber "
        "security, and training and awareness. The ICO made eight recommendations. This plan sets out the actions "
        "agreed by the Senior Leadership Team in response, with progress at November 2025.")

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for a, b, f in [
        ("Complete", "Action implemented and evidence retained", "blue"),
        ("On track", "Action progressing to the agreed date", "green"),
        ("At risk", "Action delayed – revised date agreed by SLT", "amber"),
        ("Overdue", "Past the agreed date with no revised date", "red"),
    ]:
        row = k.add_row().cells
        set_cell(row[0], a, bold=True, fill=HEX[f])
        set_cell(row[1], b)

    heads = ["Ref", "ICO recommendation (priority)", "Agreed action", "Responsible officer",
             "Implementation date", "Progress (November 2025)", "Status"]
    widths = [Cm(1.4), Cm(6.0), Cm(6.0), Cm(3.4), Cm(2.8), Cm(4.6), Cm(2.0)]
    stf = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}

    sections = [
        ("1. Governance and accountability", [
            ("The Authority should review and formally approve its data protection policy, making sure it reflects the UK GDPR and sets out the roles of the SIRO and DPO. (Medium)", [
                ("GA1", "Revise the Data Protection Policy and present it to the Audit Committee for approval.", "Data Protection Officer", "30/09/2025", "Approved by the Audit Committee on 24 September 2025.", "Complete"),
            ]),
            ("The Authority should set up an information governance group with terms of reference, reporting to the Senior Leadership Team. (High)", [
                ("GA2a", "Set up an Information Governance Group chaired by the SIRO, with terms of reference and quarterly meetings.", "SIRO", "31/07/2025", "First meeting held 15 July 2025; terms of reference agreed.", "Complete"),
                ("GA2b", "Add a quarterly information governance report to the SLT forward plan.", "Head of Corporate Services", "31/10/2025\nRevised: 31/01/2026", "First report deferred because of the SLT restructure.", "At risk"),
            ]),
            ("The Authority should complete its Record of Processing Activities (ROPA) and give each processing activity an owner. (High)", [
                ("GA3", "Complete the ROPA for all teams, including the volunteer ranger service and The Sill visitor bookings.", "Information Governance Officer / Information Asset Owners", "December 2025", "ROPA complete for 7 of 9 teams.", "On track"),
            ]),
        ]),
        ("2. Records management", [
            ("The Authority should approve a retention schedule and apply it to paper and electronic records, including planning files. (Medium)", [
                ("RM1a", "Adopt a corporate retention schedule based on the LGA model schedule.", "Information Governance Officer", "31/08/2025", "Adopted by SLT on 19 August 2025.", "Complete"),
                ("RM1b", "Review and securely destroy archived planning files at Eastburn that are past their retention date.", "Planning Manager", "March 2026", "Boxes listed; destruction contract arranged.", "On track"),
            ]),
            ("The Authority should document its process for handling subject access requests and keep a log to monitor compliance with the statutory timescale. (High)", [
                ("RM2", "Introduce a subject access request procedure and central request log, with monthly reporting to the Information Governance Group.", "Data Protection Officer", "30/06/2025", "Procedure drafted; log not yet in use by all teams.", "Overdue"),
            ]),
        ]),
        ("3. Information and cyber security", [
            ("The Authority should make sure multi-factor authentication is enabled for all remote access to its network and cloud services. (Urgent)", [
                ("IS1", "Enable multi-factor authentication on all Microsoft 365 accounts, including seasonal staff and volunteer accounts.", "ICT Manager", "30/06/2025", "Enforced for all accounts from 27 June 2025.", "Complete"),
            ]),
            ("The Authority should carry out data protection impact assessments (DPIAs) for new systems and record the outcome. (Medium)", [
                ("IS2", "Build a DPIA screening step into the ICT project and procurement process.", "ICT Manager; Data Protection Officer", "Q4 2025/26", "Screening questions drafted for the procurement checklist.", "On track"),
            ]),
        ]),
        ("4. Training and awareness", [
            ("The Authority should make data protection training mandatory for all staff and volunteers, with refresher training every two years and completion monitored. (High)", [
                ("TA1a", "Launch mandatory data protection e-learning for all staff through the learning management system.", "HR Manager", "30/09/2025", "Live from 1 September 2025; 88% completion.", "Complete"),
                ("TA1b", "Give a short data protection briefing to volunteer rangers at induction and at the annual refresher sessions.", "Volunteer Coordinator", "Ongoing", "Included in the autumn refresher sessions.", "On track"),
            ]),
        ]),
    ]

    for heading, recs in sections:
        doc.add_heading(heading, level=2)
        tbl = doc.add_table(rows=1, cols=len(heads))
        tbl.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(tbl.rows[0].cells[j], h, bold=True, fill=HEX["band"])
        for rec, acts in recs:
            first = len(tbl.rows)
            for (ref, act, off, date, prog, st) in acts:
                cells = tbl.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[2], act)
                set_cell(cells[3], off)
                set_cell(cells[4], date)
                set_cell(cells[5], prog)
                set_cell(cells[6], st, fill=HEX[stf[st]])
            set_cell(tbl.rows[first].cells[1], rec)
            if len(acts) > 1:
                tbl.cell(first, 1).merge(tbl.cell(first + len(acts) - 1, 1))
        for row in tbl.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for j, h in enumerate(("Role", "Name", "Date")):
        set_cell(s.rows[0].cells[j], h, bold=True, fill=HEX["grey"])
    for i, (a, b, c) in enumerate([("Senior Information Risk Owner", "", "14/11/2025"),
                                    ("Chief Executive", "", "14/11/2025")], start=1):
        set_cell(s.rows[i].cells[0], a)
        set_cell(s.rows[i].cells[1], b)
        set_cell(s.rows[i].cells[2], c)
    doc.save(out("zxb-northumberland-npa-ico-data-protection-audit-action-plan.docx"))


# ======================================================================
# 5. Marlborough Town Council - Mop Fair lessons learned (docx)
# ======================================================================
def make_marlborough():
    doc = Document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("MARLBOROUGH TOWN COUNCIL")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_heading("Marlborough Mop Fair 2025 – Lessons Learned Action Plan", level=1)
    doc.add_paragraph("Report to: Events and Amenities Committee, 17 November 2025")
    doc.add_paragraph("Prepared by: Town Clerk")

    doc.add_heading("1. Background", level=2)
    doc.add_paragraph(
        "The Little Mop and Big Mop fairs were held in the High Street on 4 and 11 October 2025. A multi-agency debrief "
        "took place on 21 October 2025 with the Showmen's Guild, Wiltshire Police, Wiltshire Council Highways, the "
        "event safety adviser and Town Council staff. This report records what went well, what we learned and the "
        "actions agreed for the 2026 fairs.")

    doc.add_heading("2. What went well", level=2)
    for b in ["No serious incidents were reported to the police or the first aid teams.",
              "The new diversion signage on the A4 was clearer than in 2024.",
              "The High Street was cleared of litter by 7.00am on both Sunday mornings."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("3. Lessons learned and actions", level=2)
    doc.add_paragraph("Actions are grouped by theme. Status is shown as at 10 November 2025.")
    heads = ["No.", "What we found", "Action", "Lead", "By when", "Status"]
    tbl = doc.add_table(rows=1, cols=len(heads))
    tbl.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(tbl.rows[0].cells[j], h, bold=True, fill="BDD7EE", size=10)
    themes = [
        ("A. Road closures and traffic management", [
            ("A1", "Road closure notices went up later than the seven days required by the temporary traffic order.", "Agree the temporary traffic order timetable with Wiltshire Council Highways in June each year and diarise the notice dates.", "Town Clerk", "June 2026", "Not started"),
            ("A2", "Some coaches and HGVs ignored the diversion and became stuck in Kingsbury Street.", "Ask Wiltshire Council to put advance HGV warning signs at the Savernake and Manton junctions.", "Deputy Town Clerk", "31/03/2026", "On track"),
        ]),
        ("B. Public safety and stewarding", [
            ("B1", "Steward numbers on the Little Mop evening were below those in the event management plan.", "Recruit and brief a reserve list of at least 10 volunteer stewards.\nHold a stewards' briefing in the Town Hall before each fair night.", "Events Officer", "September 2026", "On track"),
            ("B2", "There was no agreed meeting point for lost children.", "Set up a lost children point at the Town Hall with trained staff, and show it on the event map.", "Events Officer / Safeguarding Lead", "September 2026", "Not started"),
            ("B3", "The event management plan had not been seen by the Safety Advisory Group since 2023.", "Submit the 2026 event management plan to the Wiltshire Safety Advisory Group.", "Town Clerk", "End of July 2026", "Not started"),
        ]),
        ("C. Communications", [
            ("C1", "Residents in Silverless Street said they had not received a letter about the closures.", "Deliver closure letters to every property in the closure area three weeks before the fair, and post the details on the website and Facebook page.", "Communications Officer", "Sept 2026", "Not started"),
            ("C2", "Traders were unclear about loading times on fair days.", "Issue a traders' information sheet with loading times through the Chamber of Commerce.", "Deputy Town Clerk", "Aug 2026", "Not started"),
        ]),
        ("D. Clearance and waste", [
            ("D1", "The extra bins provided by the Council were full by 9pm on the Big Mop night.", "Include 20 extra bins and a second emptying at 10pm in the 2026 waste contract.", "Amenities Manager", "31/12/2025", "Done"),
            ("D2", "Grass verges on the Common were damaged by showmen's vehicles leaving the site.", "Inspect the Common with the Showmen's Guild before and after each fair and record any damage with photographs.", "Amenities Manager; Cllr J. Hardy", "Ongoing", "On track"),
        ]),
    ]
    stf = {"Done": "0070C0", "On track": "00B050", "Not started": None}
    for theme, rows in themes:
        cells = tbl.add_row().cells
        merged = cells[0].merge(cells[len(heads) - 1])
        set_cell(merged, theme, bold=True, fill="DEEAF6", size=10)
        for (no, found, act, lead, when, st) in rows:
            c = tbl.add_row().cells
            for j, v in enumerate((no, found, act, lead, when, st)):
                set_cell(c[j], v, size=10, fill=(stf[st] if j == 5 else None))
    widths = [Cm(1.0), Cm(4.2), Cm(5.2), Cm(2.8), Cm(2.2), Cm(2.0)]
    for row in tbl.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w

    doc.add_heading("4. Recommendation", level=2)
    doc.add_paragraph("That the Committee notes the debrief and approves the action plan at section 3, with progress reported to each meeting until the 2026 fairs.")

    doc.add_heading("Appendix – Debrief attendees", level=2)
    a = doc.add_table(rows=1, cols=2)
    a.style = "Table Grid"
    set_cell(a.rows[0].cells[0], "Organisation", bold=True, size=10)
    set_cell(a.rows[0].cells[1], "Represented by", bold=True, size=10)
    for org, who in [("Marlborough Town Council", "Town Clerk, Deputy Town Clerk, Events Officer, Amenities Manager"),
                     ("Showmen's Guild of Great Britain (Western Section)", "Section Secretary"),
                     ("Wiltshire Police", "Neighbourhood Inspector"),
                     ("Wiltshire Council Highways", "Traffic Management Officer")]:
        c = a.add_row().cells
        set_cell(c[0], org, size=10)
        set_cell(c[1], who, size=10)
    doc.save(out("zxb-marlborough-town-council-mop-fair-2025-lessons-learned-action-plan.docx"))


# ======================================================================
# 6. Royal Mail Group - HSE improvement notices tracker (csv)
# ======================================================================
def csvq(v):
    if v is None:
        return ""
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_royal_mail():
    ncol = 8
    lines = []

    def row(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csvq(v) for v in vals))

    row("Royal Mail Group Ltd – HSE Improvement Notices: Action Tracker")
    row("Site: Swindon Mail Centre")
    row("Three improvement notices served 19/05/2025 following HSE visit on 14/05/2025. Compliance dates: IN1 31/08/2025, IN2 30/11/2025, IN3 30/09/2025.")
    row("Exported from the site H&S action log 03/11/2025")
    row()
    row("Notice", "Action ID", "Action", "Owner", "Due date", "Revised due date", "RAG", "Evidence / comments")
    row("IN1: Workplace transport – Management of Health and Safety at Work Regulations 1999, regulation 3")
    row("", "IN1-01", "Revise the yard workplace transport risk assessment, covering HGV reversing, shunting and pedestrian crossing points", "Site Safety Lead", "30/06/2025", "", "Complete", "Risk assessment v3 signed off 27/06/2025; copy sent to HSE.")
    row("", "IN1-02", "Install physical barriers and a marked pedestrian walkway between the staff car park and the loading bays", "Property Services Manager", "31/07/2025", "29/08/2025", "Complete", "Barriers installed 26/08/2025 after contractor delay.")
    row("", "IN1-03", "Brief all yard shunters and drivers on the revised traffic management plan\nand record attendance", "Mail Centre Manager; Site Safety Lead", "31/08/2025", "", "Complete", "97% briefed; staff on long-term absence to be briefed on return.")
    row("IN2: Manual handling of mail containers – Manual Handling Operations Regulations 1992, regulation 4")
    row("", "IN2-01", "Complete manual handling assessments for York containers and roll cages on all sorting lines", "Hughes, Gareth", "30/09/2025", "31/10/2025", "Green", "Assessments complete for 9 of 12 lines.")
    row("", "IN2-02", "Replace damaged and hard-to-push roll cages identified in the fleet audit", "Property Services Manager", "31/10/2025", "", "Amber", "Order placed for 140 cages; delivery expected late November – HSE inspector informed.")
    row("", "IN2-03", "Introduce a defect reporting and quarantine process for roll cages on each shift", "Shift Managers", "30/11/2025", "", "Green", "Process trialled on late shift.")
    row("", "IN2-04", "Deliver refresher manual handling training to all operational staff, starting with those who have reported musculoskeletal injuries", "Learning and Development Partner", "30/11/2025", "", "Amber", "62% trained; extra sessions booked for nights.")
    row("IN3: Maintenance of work equipment – Provision and Use of Work Equipment Regulations 1998, regulation 5")
    row("", "IN3-01", "Put in place a planned preventive maintenance schedule for the parcel sorter conveyors and guards", "Engineering Manager", "31/07/2025", "", "Complete", "Schedule loaded into the maintenance system 18/07/2025.")
    row("", "IN3-02", "Audit maintenance records monthly and report exceptions to the site Health and Safety Committee", "Engineering Manager / Site Safety Lead", "Monthly", "", "Green", "September and October audits complete.")
    row()
    row("Summary: 9 actions – 4 Complete, 3 Green, 2 Amber, 0 Red")
    row("RAG key: Complete = evidence accepted by HSE; Green = on track for compliance date; Amber = at risk; Red = compliance date missed")
    with open(out("zxb-royal-mail-group-hse-improvement-notices-action-tracker.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ======================================================================
# 7. St Richard's Hospice - CQC inspection action plan (tab-separated txt)
# ======================================================================
def make_st_richards():
    L = []
    L.append("St Richard's Hospice, Worcester – CQC Inspection Action Plan")
    L.append("Inspection 8 and 9 July 2025; report published 2 September 2025")
    L.append("Overall rating: Good (Safe: Requires improvement)")
    L.append("Owner:\tDirector of Patient Care\tLast updated:\t06/11/2025")
    L.append("")
    L.append("\t".join(["Ref", "Type", "CQC finding", "Action", "Lead", "Target date", "RAG", "Progress update"]))
    cd = "The provider must ensure that controlled drugs are stored, recorded and disposed of safely in line with national guidance (Regulation 12)."
    mca = "The provider should ensure that mental capacity assessments are recorded when patients may lack capacity to consent."
    gov = "The provider should ensure that governance systems identify and act on shortfalls in medicines management promptly."
    rows = [
        ("SAFE",),
        ("S1", "Must do", cd, "Introduce a twice-daily controlled drugs balance check on the In-Patient Unit, signed by two registered nurses.", "Ward Manager (IPU)", "31/08/2025", "Complete", "In place from 4 August 2025; audited weekly."),
        ("S2", "Must do", cd, "Complete a controlled drugs audit every month and report the results to the Clinical Governance Committee.", "Lead Pharmacist; Head of Quality", "Oct-25", "G", "September and October audits reported."),
        ("S3", "Should do", "The provider should ensure that falls risk assessments are reviewed after every fall.", "Add a mandatory post-fall review prompt to the electronic patient record.", "Clinical Systems Lead", "30/11/2025", "A", "Template change requested from supplier; awaiting release date."),
        ("S4", "Should do", "The provider should ensure that all clinical staff complete level 3 safeguarding adults training.", "Book outstanding staff onto level 3 safeguarding training and monitor compliance monthly.", "Practice Educator", "December 2025", "G", "86% compliant at 31 October (target 95%)."),
        ("EFFECTIVE",),
        ("E1", "Should do", mca, "Deliver mental capacity and best interests recording workshops for the IPU and Hospice at Home teams.", "Safeguarding Lead", "Q3 2025/26", "G", "Two of four workshops delivered."),
        ("E2", "Should do", mca, "Audit 20 patient records each quarter for completed mental capacity assessments.", "Head of Quality", "Ongoing", "", "First audit due January 2026."),
        ("WELL-LED",),
        ("W1", "Should do", gov, "Add medicines safety as a standing item on the Clinical Governance Committee agenda and the board quality report.", "Director of Patient Care", "30/09/2025", "Complete", "Standing item from the September 2025 meeting."),
        ("W2", "Should do", gov, "Commission an external review of medicines management.", "Director of Patient Care / Chief Executive", "31/12/2025 (revised 31/03/2026)", "A", "Reviewer appointed; fieldwork January 2026."),
    ]
    for r in rows:
        L.append("\t".join(r))
    L.append("")
    L.append("Key: Complete = action finished and evidence held; G = on track; A = at risk of missing target date; R = target date missed")
    L.append("Reviewed at Clinical Governance Committee 12/11/2025")
    with open(out("zxb-st-richards-hospice-cqc-inspection-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_mca()
    make_weca()
    make_scouts()
    make_nnpa()
    make_marlborough()
    make_royal_mail()
    make_st_richards()
    print("built 7 files in", HERE)
