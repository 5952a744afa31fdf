#!/usr/bin/env python3
"""Build the seven lq2- data files of set heldout363.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Files are written next to this script.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAG_FILL = {
    "red": fill("FF0000"),
    "amber": fill("FFC000"),
    "green": fill("00B050"),
    "blue": fill("00B0F0"),
}


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, values, bold=False, border=True):
    for col, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=col, value=v)
        c.alignment = WRAP
        if bold:
            c.font = BOLD
        if border:
            c.border = BORDER
    return row


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.5)


# ====================================================================
# 1. City of London Corporation – ASC CQC assessment improvement plan (xlsx)
# ====================================================================
def city_of_london():
    wb = Workbook()
    title = ("City of London Corporation – Adult Social Care CQC Assessment "
             "Improvement Plan 2025/26")

    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = BOLD
    rows = [
        ("Directorate", "Community and Children's Services"),
        ("Plan owner", "Executive Director, Community and Children's Services"),
        ("Reporting to", "Community and Children's Services Committee"),
        ("CQC assessment report published", "March 2025 (overall rating: Good)"),
        ("Version", "v4.0 – quarter 3 update"),
        ("Date of update", "12 December 2025"),
    ]
    r = 4
    for k, v in rows:
        put(cov, r, [k, v])
        cov.cell(row=r, column=1).font = BOLD
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="RAG key").font = BOLD
    r += 1
    for word, colour, meaning in [
        ("Blue", "blue", "Complete – action delivered and evidence of impact recorded"),
        ("Green", "green", "On track to deliver by the target date"),
        ("Amber", "amber", "At risk of slippage – mitigation in place"),
        ("Red", "red", "Off track or overdue – escalated to the ASC Leadership Team"),
    ]:
        put(cov, r, [word, meaning])
        cov.cell(row=r, column=1).fill = RAG_FILL[colour]
        r += 1
    widths(cov, {"A": 34, "B": 70})

    # --- summary sheet (totals only)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status by CQC theme – December 2025"
    sm["A1"].font = Font(bold=True, size=12)
    put(sm, 3, ["CQC theme", "Actions", "Blue", "Green", "Amber", "Red"], bold=True)
    summ = [
        ("Theme 1: Working with people", 3, 1, 1, 1, 0),
        ("Theme 2: Providing support", 2, 0, 2, 0, 0),
        ("Theme 3: Ensuring safety within the system", 2, 0, 1, 0, 1),
        ("Theme 4: Leadership", 2, 1, 1, 0, 0),
        ("Total", 9, 2, 5, 1, 1),
    ]
    for i, row in enumerate(summ):
        put(sm, 4 + i, list(row), bold=(row[0] == "Total"))
    widths(sm, {"A": 44, "B": 10, "C": 8, "D": 8, "E": 8, "F": 8})

    # --- the plan
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Quarter 3 update (position at 12 December 2025). Previous RAG = "
                "September 2025 update.")
    head = ["Ref", "Quality statement", "Area for improvement (CQC report)", "Action",
            "Lead officer", "Original target date", "Revised target date",
            "Previous RAG", "Current RAG", "Progress update"]
    put(ws, 4, head, bold=True)
    for c in range(1, 11):
        ws.cell(row=4, column=c).fill = fill("D9E1F2")

    theme_fill = fill("1F3864")
    white_bold = Font(bold=True, color="FFFFFF")

    def theme(row, text):
        ws.cell(row=row, column=1, value=text).font = white_bold
        for c in range(1, 11):
            ws.cell(row=row, column=c).fill = theme_fill
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)

    def action(row, ref, qs, afi, text, lead, orig, rev, prev, cur, upd):
        vals = [ref, qs, afi, text, lead, orig, rev, prev, cur, upd]
        put(ws, row, vals)
        for col in (6, 7):
            c = ws.cell(row=row, column=col)
            if isinstance(c.value, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if prev:
            ws.cell(row=row, column=8).fill = RAG_FILL[prev.lower()]
        if cur:
            ws.cell(row=row, column=9).fill = RAG_FILL[cur.lower()]

    def vmerge(col, r1, r2):
        ws.merge_cells(start_row=r1, start_column=col, end_row=r2, end_column=col)

    theme(5, "Theme 1: Working with people")
    afi1 = ("People waited longer for Occupational Therapy assessments than for other "
            "assessments, and some people were not kept informed while they waited.")
    action(6, "1.1", "Assessing needs", afi1,
           "Introduce a trusted assessor model for minor adaptations and equipment so "
           "that simple requests are met without a full Occupational Therapy assessment.",
           "Head of Adult Social Care", d(2025, 6, 30), "Sep-25", "Amber", "Blue",
           "Six staff trained as trusted assessors; model went live on 1 September 2025.")
    action(7, "1.2", None, None,
           "Contact everyone waiting for an assessment at least every four weeks and "
           "record the contact on the case management system.",
           "Service Manager, Adult Social Care", d(2025, 9, 30), None, "Green", "Green",
           "Waiting list contact audit in November: 94% contacted within four weeks.")
    vmerge(2, 6, 7)
    vmerge(3, 6, 7)
    afi2 = ("The City's understanding of the needs of its small and diverse population, "
            "including people from ethnic minority groups and unpaid carers, was not yet "
            "fully developed.")
    action(8, "1.3", "Equity in experience and outcomes", afi2,
           "Complete an equalities analysis of who draws on care and support, compared "
           "with the Joint Strategic Needs Assessment, and agree targeted engagement "
           "with under-represented groups.",
           "Head of Strategy and Performance / Public Health Consultant",
           d(2025, 12, 31), None, "Green", "Amber",
           "Data matching with the JSNA delayed by system access; analysis now due "
           "end of December.")

    theme(9, "Theme 2: Providing support")
    afi3 = ("Unpaid carers said they did not always know what support was available or "
            "how to ask for a carer's assessment.")
    action(10, "2.1", "Partnerships and communities", afi3,
           "Refresh the Carers Strategy with unpaid carers, including a clear offer of "
           "information, advice and short breaks.",
           "Commissioning Manager", d(2026, 3, 31), None, "Green", "Green",
           "Co-production sessions held in October and November; draft strategy in "
           "preparation.")
    action(11, "2.2", None, None,
           "Increase the number of carer's assessments and reviews completed, reported "
           "to the Adult Social Care Leadership Team.",
           "Head of Adult Social Care", "Monthly", None, "Green", "Green",
           "38 carer's assessments completed April to November (28 in the same period "
           "last year).")
    vmerge(2, 10, 11)
    vmerge(3, 10, 11)

    theme(12, "Theme 3: Ensuring safety within the system")
    action(13, "3.1", "Safe systems, pathways and transitions",
           "Planning for young people moving from children's to adult services did not "
           "always start early enough.",
           "Agree a joint Preparing for Adulthood protocol with Children's Social Care so "
           "that transition planning starts from age 14.",
           "Head of Adult Social Care; Head of Children's Social Care",
           d(2025, 7, 31), "31/01/2026", "Amber", "Red",
           "Protocol drafted; sign-off delayed pending legal review of shared "
           "funding arrangements.")
    action(14, "3.2", "Safeguarding",
           "Safeguarding concerns raised by partner agencies were not always screened "
           "promptly.",
           "Review the safeguarding adults referral pathway with the City of London "
           "Police and the City and Hackney Safeguarding Adults Board so that concerns "
           "are screened within two working days.",
           "Safeguarding Adults Lead", "Q3 2025/26", None, "Green", "Green",
           "Revised pathway in use since October; compliance reported to the SAB in "
           "January.")

    theme(15, "Theme 4: Leadership")
    afi5 = ("Performance information was not consistently used to understand the impact "
            "of services on people's outcomes.")
    action(16, "4.1", "Governance, management and sustainability", afi5,
           "Develop an Adult Social Care performance dashboard with outcome measures, "
           "reviewed quarterly by the Community and Children's Services Committee.",
           "Head of Strategy and Performance", d(2025, 12, 31), None, "Green", "Green",
           "Dashboard prototype shared with Members in November.")
    action(17, "4.2", None, None,
           "Set up a co-production group of people with lived experience to review "
           "progress against this plan every six months.",
           "Principal Social Worker", d(2025, 6, 30), None, "Blue", "Blue",
           "Group established in May 2025; first review held in July.")
    vmerge(2, 16, 17)
    vmerge(3, 16, 17)
    for row in (16,):
        ws.cell(row=row, column=6).number_format = "mmm-yy"

    ws["A19"] = ("Note: actions marked Blue are kept on the plan until the ASC Leadership "
                 "Team has agreed that evidence of impact is sufficient to close them.")
    widths(ws, {"A": 6, "B": 20, "C": 38, "D": 50, "E": 28, "F": 13, "G": 13,
                "H": 10, "I": 10, "J": 44})
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("lq2-city-of-london-corporation-asc-cqc-assessment-improvement-plan.xlsx"))


# ====================================================================
# 2. London Fire Commissioner – internal audit recommendations tracker (xlsx)
# ====================================================================
def london_fire_commissioner():
    wb = Workbook()
    ws = wb.active
    ws.title = "Agreed actions"
    ws["A1"] = "London Fire Commissioner – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Status of agreed actions at 31 October 2025 – report to the Audit "
                "Committee, 20 November 2025")
    ws["A3"] = ("Internal audit is provided by the MOPAC Directorate of Audit, Risk and "
                "Assurance under the shared service agreement.")
    ws["A5"] = "Status key:"
    ws["A5"].font = BOLD
    keys = [("Implemented", "blue"), ("On track", "green"),
            ("Partly implemented – revised date agreed", "amber"), ("Overdue", "red")]
    for i, (k, colour) in enumerate(keys):
        c = ws.cell(row=5, column=2 + i, value=k)
        c.fill = RAG_FILL[colour]
        c.alignment = WRAP
        c.border = BORDER
    head = ["Ref", "Recommendation", "Priority", "Agreed management action",
            "Action owner", "Original target date", "Revised target date", "Status",
            "Management update"]
    put(ws, 7, head, bold=True)
    for c in range(1, 10):
        ws.cell(row=7, column=c).fill = fill("BFBFBF")

    status_colour = {"Implemented": "blue", "On track": "green",
                     "Partly implemented": "amber", "Overdue": "red"}

    def banner(row, text):
        ws.cell(row=row, column=1, value=text).font = BOLD
        for c in range(1, 10):
            ws.cell(row=row, column=c).fill = fill("F2F2F2")
            ws.cell(row=row, column=c).border = BORDER
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)

    def rec(row, ref, recommendation, prio, act, owner, orig, rev, status, upd):
        put(ws, row, [ref, recommendation, prio, act, owner, orig, rev, status, upd])
        for col in (6, 7):
            c = ws.cell(row=row, column=col)
            if isinstance(c.value, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=row, column=8).fill = RAG_FILL[status_colour[status]]

    banner(8, "Fleet and Equipment Contract Management – Limited assurance "
              "(final report March 2025)")
    rec(9, "FEC1",
        "Key performance indicators in the fleet and equipment contract should be "
        "monitored monthly and service credits applied where targets are missed.",
        "High",
        "Introduce a monthly contract performance report covering all contractual KPIs, "
        "with service credits calculated and approved by the contract board.",
        "Head of Fleet and Technical Services", d(2025, 6, 30), d(2025, 12, 31),
        "Partly implemented",
        "Monthly report in place since August; service credit process awaiting "
        "agreement with the supplier.")
    rec(10, "FEC2",
        "Contract variations should be approved in line with the Scheme of Governance "
        "and recorded on the contracts register.",
        "Medium",
        "Issue guidance on contract variations to all contract managers and carry out a "
        "quarterly check of variations against the contracts register.",
        "Head of Procurement / Contract Manager (Fleet)", d(2025, 9, 30), None,
        "Implemented", "Guidance issued July 2025; first quarterly check completed.")
    rec(11, "FEC3",
        "The Brigade should plan for the expiry of the fleet and equipment contract in "
        "2028.",
        "Medium",
        "Prepare an options appraisal for the future delivery of fleet and equipment "
        "services for decision by the Commissioner's Board.",
        "Assistant Director, Technical and Commercial", d(2026, 3, 31), None, "On track",
        "Soft market testing under way.")

    banner(12, "Payroll and Pensions Administration – Adequate assurance "
               "(final report June 2025)")
    rec(13, "PAY1",
        "Starters and leavers should be processed before the payroll cut-off to avoid "
        "overpayments.",
        "High",
        "Automate the leavers notification from the HR system to payroll and recover "
        "the overpayments identified by the audit.",
        "Head of Payroll", d(2025, 9, 30), None, "Overdue",
        "System change deferred to the November release; £6,420 of £9,870 recovered.")
    rec(14, "PAY2",
        "Reconciliations between payroll and the pension fund should be completed "
        "monthly and independently reviewed.",
        "Medium",
        "Complete and sign off a monthly reconciliation of pension contributions with "
        "the pension fund administrator.",
        "Head of Payroll; Pensions Manager", d(2025, 12, 31), None, "On track",
        "Reconciliations for July to September completed and reviewed.")

    banner(15, "Identity and Access Management – Limited assurance "
               "(final report July 2025)")
    rec(16, "IAM1",
        "Privileged accounts should be reviewed and removed where no longer required.",
        "High",
        "Carry out a full review of privileged and administrator accounts and remove "
        "those no longer needed.",
        "Chief Information Officer", d(2025, 10, 31), None, "Implemented",
        "Review complete; 41 accounts removed.")
    rec(17, "IAM2",
        "Multi-factor authentication should be enforced for all remote access.",
        "High",
        "Enforce multi-factor authentication for all remote access, including station "
        "and third-party accounts.",
        "Head of Cyber Security", d(2025, 12, 31), d(2026, 3, 31), "Partly implemented",
        "Enforced for all staff accounts; third-party accounts to follow once supplier "
        "contracts are varied.")
    rec(18, "IAM3",
        "User access should be removed promptly when staff leave or change role.",
        "Medium",
        "Link the HR leavers and movers process to the identity management system so "
        "that access is removed on the leaving date.",
        "Head of HR Operations / Head of Cyber Security", "Q4 2025/26", None, "On track",
        "Design agreed; build scheduled for January.")

    banner(19, "Breathing Apparatus Maintenance – Adequate assurance "
               "(final report January 2025)")
    rec(20, "BAM1",
        "Servicing records for breathing apparatus sets should be complete and held "
        "centrally.",
        "Medium",
        "Move breathing apparatus servicing records to the central asset management "
        "system and check completeness each quarter.",
        "Group Commander, Operational Equipment", d(2025, 7, 31), None, "Implemented",
        "All sets recorded centrally from June 2025.")

    put(ws, 22, ["Totals", "Agreed actions: 9", None, "Implemented: 3", "On track: 3",
                 "Partly implemented: 2", "Overdue: 1", None, None], bold=True)
    widths(ws, {"A": 7, "B": 42, "C": 9, "D": 48, "E": 30, "F": 13, "G": 13,
                "H": 16, "I": 44})
    ws.freeze_panes = "A8"

    dfn = wb.create_sheet("Definitions")
    dfn["A1"] = "Assurance ratings and priorities used by internal audit"
    dfn["A1"].font = BOLD
    put(dfn, 3, ["Rating", "Meaning"], bold=True)
    for i, (k, v) in enumerate([
        ("Substantial", "Sound framework of control; controls operate effectively."),
        ("Adequate", "Framework of control is sound but some improvement is needed."),
        ("Limited", "Weaknesses in the framework of control put objectives at risk."),
        ("No assurance", "Fundamental weaknesses; objectives are not being met."),
        ("High priority", "Action required within three months."),
        ("Medium priority", "Action required within six months."),
    ]):
        put(dfn, 4 + i, [k, v])
    widths(dfn, {"A": 18, "B": 70})
    wb.save(out("lq2-london-fire-commissioner-internal-audit-recommendations-tracker.xlsx"))


# ====================================================================
# 3. Merthyr Tydfil CBC – corporate risk register (xlsx, refuse)
# ====================================================================
def merthyr():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    ws["A1"] = ("Merthyr Tydfil County Borough Council – Corporate Risk Register, "
                "Quarter 2 2025/26")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Position at 30 September 2025. Report of the Director of Governance and "
                "Resources to the Governance and Audit Committee.")
    head = ["Risk ref", "Risk description", "Risk owner", "Inherent score (L x I)",
            "Current score (L x I)", "Target score", "Direction of travel",
            "Further actions required", "Action owner", "Target date", "Action RAG"]
    put(ws, 4, head, bold=True)
    for c in range(1, 12):
        ws.cell(row=4, column=c).fill = fill("C00000")
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")

    def score_fill(cell, score):
        n = int(score.split("=")[-1])
        cell.fill = RAG_FILL["red"] if n >= 15 else (
            RAG_FILL["amber"] if n >= 8 else RAG_FILL["green"])

    def risk(r1, ref, desc, owner, inh, cur, tgt, dot, acts):
        ws.cell(row=r1, column=1, value=ref)
        ws.cell(row=r1, column=2, value=desc)
        ws.cell(row=r1, column=3, value=owner)
        ws.cell(row=r1, column=4, value=inh)
        ws.cell(row=r1, column=5, value=cur)
        ws.cell(row=r1, column=6, value=tgt)
        ws.cell(row=r1, column=7, value=dot)
        score_fill(ws.cell(row=r1, column=4), inh)
        score_fill(ws.cell(row=r1, column=5), cur)
        score_fill(ws.cell(row=r1, column=6), tgt)
        for i, (a, o, t, rag) in enumerate(acts):
            r = r1 + i
            ws.cell(row=r, column=8, value=a)
            ws.cell(row=r, column=9, value=o)
            c = ws.cell(row=r, column=10, value=t)
            if isinstance(t, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11, value=rag)
            ws.cell(row=r, column=11).fill = RAG_FILL[
                {"G": "green", "A": "amber", "R": "red"}[rag]]
            for col in range(1, 12):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BORDER
        r2 = r1 + len(acts) - 1
        if r2 > r1:
            for col in range(1, 8):
                ws.merge_cells(start_row=r1, start_column=col, end_row=r2, end_column=col)
        return r2 + 1

    r = 5
    r = risk(r, "CRR1",
             "Financial resilience: the Council is unable to set a balanced budget over "
             "the medium term because of rising demand and uncertain funding.",
             "Chief Finance Officer", "5 x 5 = 25", "4 x 5 = 20", "3 x 4 = 12", "↔",
             [("Deliver the 2025/26 savings programme and report progress to the "
               "Corporate Management Team.", "Chief Finance Officer", "Monthly", "G"),
              ("Update the Medium Term Financial Plan to 2029/30 ahead of budget "
               "setting.", "Chief Finance Officer", "December 2025", "G")])
    r = risk(r, "CRR2",
             "Workforce: the Council cannot recruit and retain staff in key roles, "
             "affecting service delivery.",
             "Head of People and Organisational Development", "4 x 4 = 16", "4 x 4 = 16",
             "3 x 3 = 9", "↑",
             [("Launch the refreshed recruitment and retention strategy, including market "
               "supplements for hard-to-fill social work posts.", "Head of HR",
               d(2025, 10, 31), "A"),
              ("Complete workforce plans for each directorate.",
               "Head of HR / Directors", "March 2026", "G")])
    r = risk(r, "CRR3",
             "Cyber security: a successful cyber attack disrupts Council systems and "
             "services.",
             "Director of Governance and Resources", "4 x 5 = 20", "3 x 5 = 15",
             "2 x 5 = 10", "↓",
             [("Achieve Cyber Essentials Plus certification.", "Head of ICT", "Jan-26",
               "A"),
              ("Run a cyber incident exercise with the Corporate Management Team.",
               "Head of ICT / Emergency Planning Officer", "November 2025", "G")])
    r = risk(r, "CRR7",
             "WCCIS replacement: delay in replacing the Welsh Community Care Information "
             "System puts social care records and reporting at risk.",
             "Director of Social Services", "4 x 4 = 16", "4 x 4 = 16", "2 x 4 = 8", "↑",
             [("Agree the implementation plan and go-live date for the replacement "
               "system with regional partners.", "Head of Adult Services; Head of ICT",
               "Janaury 2026", "A"),
              ("Complete data cleansing of open adult and children's records before "
               "migration.", "Social Services Systems Manager", "March 2026", "G")])
    ws.cell(row=r + 1, column=1,
            value="Direction of travel: ↑ risk increasing, ↔ no change, ↓ risk reducing. "
                  "Scores of 15 and above are reported to Cabinet.")
    widths(ws, {"A": 8, "B": 40, "C": 24, "D": 12, "E": 12, "F": 10, "G": 10,
                "H": 46, "I": 26, "J": 14, "K": 9})
    ws.freeze_panes = "A5"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring: likelihood x impact (1–5)"
    mx["A1"].font = BOLD
    put(mx, 3, ["Score", "Rating", "Escalation"], bold=True)
    put(mx, 4, ["15–25", "High", "Cabinet and Governance and Audit Committee"])
    put(mx, 5, ["8–12", "Medium", "Corporate Management Team"])
    put(mx, 6, ["1–6", "Low", "Directorate risk register"])
    widths(mx, {"A": 10, "B": 10, "C": 50})
    wb.save(out("lq2-merthyr-tydfil-cbc-corporate-risk-register-q2-2025-26-"
                "typo-month-refuse.xlsx"))


# ====================================================================
# 4. Velindre – Audit Wales structured assessment management response (docx)
# ====================================================================
def velindre():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Velindre University NHS Trust: Audit Wales Structured Assessment 2024 "
                  "– Organisational Response")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Progress update to the Audit Committee, 14 October 2025")
    r.font.size = Pt(12)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Corporate Governance and Chief of Staff"),
                 ("Prepared by", "Head of Corporate Governance"),
                 ("Version", "3.0"),
                 ("Date", "30 September 2025"),
                 ("Purpose", "For assurance")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The Auditor General's Structured Assessment 2024 report was received by the "
        "Trust Board in January 2025 and made five recommendations. The table below "
        "sets out the Trust's response to each recommendation, the planned actions and "
        "progress at 30 September 2025.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete = Blue; On track = Green; Behind schedule = Amber; "
              "Off track = Red; Not started = no rating.")

    cols = ["Ref", "Recommendation", "Organisational response / planned action",
            "Completion date", "Responsible officer (title)", "Status"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")

    status_hex = {"Complete": "00B0F0", "On track": "00B050",
                  "Behind schedule": "FFC000", "Off track": "FF0000"}

    def section(text):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, text, bold=True)
        shade(m, "D9D9D9")

    def actions(rec_text, acts):
        first = None
        for ref, act, due, officer, status in acts:
            row = t.add_row()
            c = row.cells
            set_cell(c[0], ref)
            set_cell(c[2], act)
            set_cell(c[3], due)
            set_cell(c[4], officer)
            set_cell(c[5], status)
            if status in status_hex:
                shade(c[5], status_hex[status])
            if first is None:
                first = c[1]
            last = c[1]
        m = first.merge(last) if last is not first else first
        set_cell(m, rec_text)

    section("Board and committee effectiveness")
    actions("The Trust should review the cycle of business for each committee so that "
            "agendas allow enough time to scrutinise key risks, and publish committee "
            "papers at least seven days before each meeting.",
            [("R1a", "Revise the committee cycle of business template and agree an annual "
                     "workplan for each committee of the Board.", "March 2025",
              "Director of Corporate Governance and Chief of Staff", "Complete"),
             ("R1b", "Introduce a compliance report on the publication of board and "
                     "committee papers, reported to the Audit Committee twice a year.",
              "December 2025", "Head of Corporate Governance", "On track")])
    section("Corporate systems of assurance")
    actions("The Trust should complete the refresh of its Board Assurance Framework, so "
            "that each strategic risk is linked to sources of assurance and gaps in "
            "control have owners and timescales.",
            [("R2", "Complete the Board Assurance Framework refresh through Board "
                    "development sessions and present the revised framework to the "
                    "Trust Board for approval.",
              "July 2025 (revised: November 2025)",
              "Head of Risk and Assurance / Director of Corporate Governance and Chief of "
              "Staff", "Behind schedule")])
    actions("The Trust should strengthen the tracking of recommendations from internal "
            "audit, Audit Wales and other external reviewers so that overdue actions are "
            "escalated to the responsible executive.",
            [("R3a", "Move all audit and regulatory recommendations into a single tracker "
                     "on the Trust's risk management system.", "June 2025",
              "Head of Corporate Governance", "Complete"),
             ("R3b", "Report overdue recommendations to the Executive Management Board "
                     "each month, escalating to the Audit Committee where actions are "
                     "more than three months overdue.", "Monthly",
              "Head of Corporate Governance", "On track")])
    section("Corporate approach to planning")
    actions("The Trust should develop a clear approach to monitoring delivery of its "
            "Integrated Medium Term Plan, with milestones that allow the Board to track "
            "progress.",
            [("R4", "Set delivery milestones for each IMTP strategic priority and add a "
                    "quarterly IMTP delivery report to the Board's cycle of business.",
              "Q3 2025/26", "Director of Strategic Transformation, Planning and Digital",
              "On track")])
    section("Corporate approach to financial management")
    actions("The Trust should set out how its savings plans will be delivered on a "
            "recurrent basis, with clear ownership in each division.",
            [("R5a", "Agree recurrent savings plans with Velindre Cancer Service and the "
                     "Welsh Blood Service and report delivery in the monthly finance "
                     "report.", "30 April 2025", "Executive Director of Finance",
              "Complete"),
             ("R5b", "Set up a Value and Efficiency Programme Board chaired by the "
                     "Executive Director of Finance.", "March 2026",
              "Executive Director of Finance / Divisional Directors", "Not started")])
    for row in t.rows:
        for i, w in enumerate([1.3, 6.0, 7.2, 3.0, 4.6, 2.4]):
            row.cells[i].width = Cm(w)

    doc.add_paragraph()
    doc.add_paragraph("Audit Wales will follow up progress on these recommendations as "
                      "part of the Structured Assessment 2025.")
    doc.save(out("lq2-velindre-university-nhs-trust-audit-wales-structured-assessment-"
                 "2024-management-response.docx"))


# ====================================================================
# 5. Caerphilly Adult Learning Partnership – Estyn PIAP (docx)
# ====================================================================
def caerphilly():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)

    h = doc.add_heading("Caerphilly Adult Learning Partnership – Post-Inspection Action "
                        "Plan", level=0)
    p = doc.add_paragraph("Estyn inspection: January 2025  |  Report published: March "
                          "2025  |  Plan reviewed: October 2025")
    p.runs[0].italic = True
    doc.add_paragraph(
        "This plan sets out how the partnership (Caerphilly County Borough Council, "
        "Coleg y Cymoedd and Adult Learning Wales) will respond to the four "
        "recommendations in Estyn's report. Progress is reviewed by the Adult Learning "
        "Partnership Board each term and reported to the Education Scrutiny Committee.")

    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for hex_, meaning in [("00B0F0", "Action complete"),
                          ("00B050", "On track"),
                          ("FFC000", "Some progress but slippage against timescale"),
                          ("FF0000", "Significant concern – little or no progress")]:
        cells = key.add_row().cells
        set_cell(cells[0], "")
        shade(cells[0], hex_)
        set_cell(cells[1], meaning)
    for row in key.rows:
        row.cells[0].width = Cm(1.5)
        row.cells[1].width = Cm(10)
    doc.add_paragraph("A blank RAG cell means the action has not yet started.")

    hexes = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}

    def recommendation(heading, acts):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, hd in enumerate(["Ref", "Action", "Success criteria", "Lead",
                                "Timescale", "RAG"]):
            set_cell(t.rows[0].cells[i], hd, bold=True)
            shade(t.rows[0].cells[i], "E2EFD9")
        for ref, act, crit, lead, when, rag in acts:
            c = t.add_row().cells
            set_cell(c[0], ref)
            set_cell(c[1], act)
            set_cell(c[2], crit)
            set_cell(c[3], lead)
            set_cell(c[4], when)
            set_cell(c[5], "")
            if rag:
                shade(c[5], hexes[rag])
        for row in t.rows:
            for i, w in enumerate([1.2, 8.0, 7.0, 4.2, 3.0, 1.4]):
                row.cells[i].width = Cm(w)
        doc.add_paragraph()

    recommendation(
        "R1: Improve how the partnership uses data to evaluate learners' progress and "
        "the impact of its provision",
        [("1.1", "Agree a common set of learner progress measures across all partners, "
                 "including distance travelled on non-accredited courses.",
          "Measures agreed by the Partnership Board and used by all providers from "
          "September 2025.", "ALP Coordinator", "July 2025", "blue"),
         ("1.2", "Produce a termly data dashboard for the Partnership Board, broken down "
                 "by provider, course type and learner group.",
          "Dashboard presented at each Board meeting; gaps in outcomes identified and "
          "acted on.", "Data and Information Officer / ALP Coordinator",
          "Autumn term 2025", "green"),
         ("1.3", "Train curriculum leads to use the dashboard in course reviews and "
                 "self-evaluation reports.",
          "All curriculum leads trained; self-evaluation report 2025/26 uses partnership "
          "data.", "Quality Lead (Coleg y Cymoedd)", "March 2026", "amber")])
    recommendation(
        "R2: Increase the range of Welsh-medium and bilingual learning opportunities",
        [("2.1", "Map current Welsh-medium and bilingual provision and identify gaps "
                 "with Menter Iaith Caerffili and Learn Welsh Gwent.",
          "Mapping completed and gaps reported to the Board.", "ALP Coordinator",
          "October 2025", "green"),
         ("2.2", "Recruit and support tutors to deliver at least six bilingual courses "
                 "in the 2025/26 programme.",
          "Six bilingual courses running; learner numbers monitored.",
          "Community Education Manager", "Summer term 2026", None)])
    recommendation(
        "R3: Ensure that tutors plan learning that challenges and supports learners of "
        "all abilities",
        [("3.1", "Deliver professional learning on differentiation and assessment for "
                 "learning to all sessional tutors.",
          "All sessional tutors attend; observation grades for planning improve.",
          "Quality Lead (Coleg y Cymoedd) / Tutor Mentor", "December 2025", "amber"),
         ("3.2", "Introduce a peer observation programme with developmental feedback, "
                 "moderated by the partnership quality group.",
          "Every tutor observed at least once a year; themes shared at tutor forums.",
          "Quality Group Chair", "Termly", "green")])
    recommendation(
        "R4: Strengthen strategic planning so that the partnership's provision reflects "
        "local needs and national priorities",
        [("4.1", "Refresh the partnership agreement and terms of reference, setting out "
                 "the roles of Caerphilly County Borough Council, Coleg y Cymoedd and "
                 "Adult Learning Wales.",
          "Agreement signed by all partners.", "Head of Education Planning and Strategy",
          "June 2025", "blue"),
         ("4.2", "Carry out a community needs analysis using labour market information "
                 "and the Gwent well-being assessment to shape the 2026/27 curriculum "
                 "offer.",
          "Curriculum offer for 2026/27 linked to identified needs.",
          "ALP Coordinator / Partnership Chair", "By 31 March 2026", "red")])

    doc.add_paragraph().add_run("Approval").bold = True
    s = doc.add_table(rows=0, cols=3)
    s.style = "Table Grid"
    for a, b, c in [("Role", "Name", "Date"),
                    ("Chair, Adult Learning Partnership Board", "Cllr Carol Andrews",
                     "16 October 2025"),
                    ("Head of Education Planning and Strategy", "Sue Richards",
                     "16 October 2025")]:
        cells = s.add_row().cells
        set_cell(cells[0], a, bold=(a == "Role"))
        set_cell(cells[1], b, bold=(a == "Role"))
        set_cell(cells[2], c, bold=(a == "Role"))
    doc.save(out("lq2-caerphilly-adult-learning-partnership-estyn-post-inspection-"
                 "action-plan.docx"))


# ====================================================================
# 6. South Ayrshire Council – SHR annual assurance statement improvement plan (csv)
# ====================================================================
def south_ayrshire():
    import csv
    import io
    rows = [
        ["South Ayrshire Council Housing Services: Annual Assurance Statement "
         "Improvement Plan 2025/26", "", "", "", "", "", "", ""],
        ["Position at 31 October 2025 – reported to the Service and Partnerships "
         "Performance Panel", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Area for improvement (Annual Assurance Statement, October 2024)",
         "Action", "Lead officer", "Target date", "Revised date", "Status",
         "Progress update"],
        ["Tenant and resident safety", "", "", "", "", "", "", ""],
        ["1.1", "Electrical safety: 487 council homes (6%) did not have a valid "
                "Electrical Installation Condition Report at 31 March 2024.",
         "Complete the outstanding Electrical Installation Condition Reports, "
         "prioritising homes where access has been refused two or more times.",
         "Service Lead – Property Maintenance", "31/03/2025", "31/03/2026", "On track",
         "412 of 487 completed; remaining cases are in the forced access process."],
        ["1.2", "",
         "Introduce a forced access protocol for electrical and gas safety checks, "
         "agreed with Legal Services.",
         "Service Lead – Property Maintenance; Legal Services Manager", "30/06/2025", "",
         "Complete", "Protocol approved by Housing Services Management Team on "
                     "12 June 2025."],
        ["1.3", "Damp and mould: cases were not always closed with a follow-up "
                "inspection to confirm that the repair had worked.",
         "Introduce a follow-up inspection six weeks after damp and mould works are "
         "completed, recorded on the housing management system.",
         "Housing Quality Officer", "Sept 2025", "", "Complete",
         "Follow-up inspections in place since 1 August 2025."],
        ["1.4", "",
         "Report damp and mould case numbers, response times and repeat cases to the "
         "Panel every quarter.",
         "Performance and Improvement Officer", "Quarterly", "", "On track",
         "Q1 report presented in August; Q2 due in November."],
        ["Homelessness and temporary accommodation", "", "", "", "", "", "", ""],
        ["2.1", "The Council did not meet its duty to offer temporary accommodation on "
                "14 occasions during 2023/24.",
         "Increase the supply of temporary furnished flats.\nConvert 20 mainstream "
         "council homes in Ayr, Girvan and Maybole to furnished temporary "
         "accommodation.",
         "Service Lead – Housing Options and Homelessness", "Mar-26", "",
         "Some slippage", "14 of 20 converted; furniture contract retendered."],
        ["2.2", "",
         "End the use of bed and breakfast and hotel accommodation for families with "
         "children.",
         "Service Lead – Housing Options and Homelessness", "30/09/2025", "31/01/2026",
         "Off track", "Three families in hotel accommodation at 31 October."],
        ["Tenant engagement and scrutiny", "", "", "", "", "", "", ""],
        ["3.1", "Tenants were not involved in scrutinising the Annual Return on the "
                "Charter or the Annual Assurance Statement before they were submitted.",
         "Set up a tenant scrutiny group to review the Annual Return on the Charter and "
         "the Annual Assurance Statement before submission.",
         "Tenant Participation Officer / Housing Policy Officer", "May 2026", "",
         "Not started", "Recruitment of members planned for January 2026."],
        ["3.2", "",
         "Publish a tenant-friendly summary of the Annual Assurance Statement and the "
         "Charter results on the Council's website.",
         "Service Lead – Housing Policy and Strategy", "31 October 2025", "", "Complete",
         "Published on 28 October 2025."],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Complete = action delivered; On track = Green; Some slippage = "
         "Amber; Off track = Red; Not started = not yet rated", "", "", "", "", "", "",
         ""],
        ["Total actions: 8 (Complete 3, On track 2, Some slippage 1, Off track 1, "
         "Not started 1)", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(out("lq2-south-ayrshire-council-shr-annual-assurance-statement-"
                  "improvement-plan.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ====================================================================
# 7. Hastings BC – financial recovery programme highlight report (txt)
# ====================================================================
HASTINGS = """\
Hastings Borough Council – Financial Recovery Programme Highlight Report
Reporting period: 1–31 October 2025
Report to: Cabinet, 1 December 2025
Programme sponsor: Chief Executive
Programme manager: Programme Manager (Financial Recovery)

Overall programme status: AMBER (previous period: AMBER)
Savings target 2025/26: £3.9m    Delivered or secured to date: £2.6m    Forecast: £3.5m

RAG key: G = on track   A = at risk, mitigation in place   R = off track, decision needed   C = complete
--------------------------------------------------------------------------------

WORKSTREAM 1: TEMPORARY ACCOMMODATION
Workstream lead: Director of Place

1.1  Buy a further 30 homes for use as temporary accommodation through the Housing Acquisitions Programme.
     Lead: Head of Housing and Built Environment    Due: March 2026    RAG: G
     Update: 19 completions to date and 6 under offer. Each home avoids about £41 a night
             in nightly-paid accommodation costs.

1.2  Put in place a block-booked contract for at least 40 units of self-contained nightly-paid accommodation at a capped rate.
     Lead: Head of Housing and Built Environment / Procurement Manager    Due: Dec 2025    RAG: A
     Update: Tender returned two compliant bids, both above the cap. Negotiation under way.

1.3  Launch a homelessness prevention fund to help households keep private rented homes, with a target of 150 preventions in 2025/26.
     Lead: Housing Options Manager    Due: 31/03/2026    RAG: G
     Update: 88 preventions April to October.

WORKSTREAM 2: INCOME AND ASSETS
Workstream lead: Chief Finance Officer

2.1  Review all fees and charges for 2026/27, moving to full cost recovery where the law allows.
     Lead: Chief Finance Officer    Due: Feb 2026    RAG: G
     Update: Service reviews complete; proposals go to Cabinet with the budget.

2.2  Sell surplus land and buildings identified in the Asset Review to raise at least £2.5m in capital receipts.
     Lead: Estates Manager    Due: Q4 2025/26    RAG: A
     Update: £1.1m completed. Two larger sites delayed by title issues.

WORKSTREAM 3: WORKFORCE AND ORGANISATION
Workstream lead: Chief Executive

3.1  Implement the new senior management structure agreed by Council in March 2025.
     Lead: Chief Executive    Due: July 2025    RAG: C
     Update: All posts filled; saving of £310k a year confirmed.

3.2  Move all office-based staff into Muriel Matters House and release the second floor of Aquila House for letting.
     Lead: Facilities Manager    Due: Jan 2026    RAG: R
     Update: Fit-out costs higher than estimated. Cabinet decision needed on whether to
             proceed (see Decisions below).

WORKSTREAM 4: FINANCIAL GOVERNANCE
Workstream lead: Chief Finance Officer

4.1  Report budget monitoring to Cabinet every month, with a separate forecast for temporary accommodation spend.
     Lead: Chief Finance Officer (S151 Officer)    Due: Monthly    RAG: G
     Update: Monthly reports in place since June 2025.

4.2  Refresh the Medium Term Financial Strategy to 2028/29 and set a balanced budget for 2026/27.
     Lead: Chief Finance Officer    Due: By 25 February 2026    RAG: G
     Update: Draft MTFS to Cabinet in December.

--------------------------------------------------------------------------------
ACTION SUMMARY
Total actions: 9    C: 1    G: 5    A: 2    R: 1

KEY RISKS AND ISSUES
- Temporary accommodation demand is 12% above the budget assumption.
- Capital receipts may slip into 2026/27 if title issues are not resolved.

DECISIONS REQUIRED
- Cabinet to decide whether to proceed with the Muriel Matters House fit-out at the revised cost.

Next report: January 2026
"""


def hastings():
    with open(out("lq2-hastings-bc-financial-recovery-programme-highlight-report.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write(HASTINGS)


if __name__ == "__main__":
    city_of_london()
    london_fire_commissioner()
    merthyr()
    velindre()
    caerphilly()
    south_ayrshire()
    hastings()
    print("built 7 files in", HERE)
