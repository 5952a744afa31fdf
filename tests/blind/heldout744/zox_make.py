"""Build the seven zox- blind test files (set heldout744).

Run with /work/main/.venv/bin/python zox_make.py ; writes only files named zox-* in this folder.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zox-")
    return os.path.join(HERE, name)


def fill(hex6):
    return PatternFill(fill_type="solid", start_color=hex6, end_color=hex6)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, dd):
    return datetime(y, m, dd)


# ---------------------------------------------------------------------------
# 1. SCRA corporate risk register (xlsx, read)
# ---------------------------------------------------------------------------
def make_scra():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "SCRA Corporate Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Scottish Children's Reporter Administration"
    cov["A3"] = "Quarter 2 review – position at 30 September 2025"
    cov["A4"] = "Audit & Risk Committee: 20 November 2025 (Item 7.1)"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("3.0", d(2025, 5, 14), "Corporate Planning & Performance", "Annual refresh approved by Board"),
        ("3.1", d(2025, 8, 21), "Corporate Planning & Performance", "Q1 review – CR2 residual score increased"),
        ("3.2", d(2025, 10, 28), "Corporate Planning & Performance", "Q2 review – CR5.1 and CR5.2 added"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A12"] = "Action RAG key"
    cov["A12"].font = Font(bold=True)
    key = [
        (GREEN, "Green", "Action on track to complete by target date"),
        (AMBER, "Amber", "Some slippage – action may not complete by target date"),
        (RED, "Red", "Significant slippage or target date missed"),
        (BLUE, "Blue", "Action complete"),
        (None, "No colour", "Action not started"),
    ]
    for i, (col, word, meaning) in enumerate(key):
        a = cov.cell(row=13 + i, column=1, value=word)
        b = cov.cell(row=13 + i, column=2, value=meaning)
        a.border = b.border = BOX
        if col:
            a.fill = fill(col)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("CRR Q2 2025-26")
    ws["A1"] = "SCRA Corporate Risk Register – Q2 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:N1")
    ws["A2"] = ("Risk scores: Likelihood (1–5) x Impact (1–5). Residual score is after existing controls; "
                "target score is the position the Board is willing to accept.")
    ws.merge_cells("A2:N2")
    heads = ["Risk", "Description (cause – event – consequence)", "Risk owner", "Inherent score",
             "Key existing controls", "Residual score", "Target score", "Trend", "Ref",
             "Further action required", "Action owner", "Target date", "RAG", "Progress at 30/09/2025"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX

    def score_fill(n):
        return fill(RED) if n >= 15 else fill(AMBER) if n >= 8 else fill(GREEN)

    risks = [
        dict(risk="CR1: Reform of the Children's Hearings System",
             desc="Cause: Hearings System redesign and new legislation arising from the Promise.\n"
                  "Event: SCRA is unable to adapt its practice, systems and workforce in time.\n"
                  "Consequence: children's rights are not upheld and SCRA's reputation is damaged.",
             owner="Principal Reporter/Chief Executive", inh=16,
             controls="Redesign Programme Board; legislative readiness plan; regular engagement with "
                      "Scottish Government and CHS", res=12, tgt=8, trend="↔",
             actions=[
                 ("CR1.1", "Provide SCRA input to the Children's Hearings Redesign Board and Planning Group "
                           "and report progress to each Board meeting", "Head of Practice & Policy",
                  "Ongoing", GREEN, "Standing item on Board agenda; update provided 24 September 2025."),
                 ("CR1.2", "Revise Reporter practice guidance following commencement of the Children (Care and "
                           "Justice) (Scotland) Act 2024 provisions for 16 and 17 year olds",
                  "Head of Practice & Policy", d(2025, 6, 30), BLUE,
                  "Revised guidance issued to all Reporters in June 2025."),
             ]),
        dict(risk="CR2: Financial sustainability",
             desc="Cause: flat cash settlement, pay awards and rising estate costs.\n"
                  "Event: SCRA cannot set and deliver a balanced budget.\n"
                  "Consequence: reduced capacity to deliver statutory functions.",
             owner="Head of Finance & Resources", inh=20,
             controls="Budget monitoring to SMT monthly and Board quarterly; vacancy management controls",
             res=15, tgt=10, trend="↑",
             actions=[
                 ("CR2.1", "Prepare a three-year Medium Term Financial Plan aligned to the Scottish Government "
                           "Spending Review", "Head of Finance & Resources", d(2026, 3, 31), GREEN,
                  "First draft to Resources Committee in December 2025."),
                 ("CR2.2", "Deliver the estate rationalisation savings agreed in the Property Strategy, "
                           "including the review of Hearings Centre leases",
                  "Head of Finance & Resources; Estates Manager", "Q4 2025/26", AMBER,
                  "Two lease exits agreed; third delayed pending landlord response."),
             ]),
        dict(risk="CR3: Cyber security and information governance",
             desc="Cause: increasing cyber threat and reliance on the case management system.\n"
                  "Event: a cyber attack or serious data breach.\n"
                  "Consequence: loss of service, harm to children and families, ICO enforcement.",
             owner="Head of Digital", inh=20,
             controls="Cyber Essentials Plus; 24/7 security monitoring; mandatory data protection training",
             res=12, tgt=8, trend="↔",
             actions=[
                 ("CR3.1", "Achieve Cyber Essentials Plus re-certification", "Head of Digital",
                  d(2026, 2, 28), GREEN, "Pre-assessment scan scheduled for January 2026."),
                 ("CR3.2", "Run a phishing simulation exercise and deliver targeted refresher training to staff "
                           "who fail it", "Head of Digital / Information Governance Manager", d(2025, 10, 31),
                  RED, "Supplier contract not yet in place – exercise will not run in October."),
             ]),
        dict(risk="CR4: Workforce capacity and wellbeing",
             desc="Cause: vacancies, absence and the emotional impact of the work.\n"
                  "Event: insufficient skilled staff in localities.\n"
                  "Consequence: delays in decision making for children.",
             owner="Head of Human Resources", inh=16,
             controls="People Strategy 2024–2027; wellbeing programme; absence management policy",
             res=9, tgt=6, trend="↓",
             actions=[
                 ("CR4.1", "Deliver the year 2 actions of the People Strategy 2024–2027",
                  "Head of Human Resources", d(2026, 3, 31), GREEN,
                  "On track; Reporter recruitment campaign launched August 2025."),
                 ("CR4.2", "Complete trauma-informed practice training for all Locality Reporter Managers",
                  "Learning & Development Manager", d(2025, 9, 30), BLUE,
                  "Completed – 38 of 38 managers trained."),
             ]),
        dict(risk="CR5: Safety of staff and hearing participants",
             desc="Cause: increasing incidents of violence and aggression in Hearings Centres.\n"
                  "Event: serious injury to staff, panel members or participants.\n"
                  "Consequence: harm to individuals and potential HSE enforcement.",
             owner="Head of Operations", inh=15,
             controls="Lone working procedures; safety risk assessments; panic alarms in all Hearings Centres",
             res=10, tgt=6, trend="↔",
             actions=[
                 ("CR5.1", "Review the safety risk assessment for each Hearings Centre and share outcomes "
                           "with CHS", "Locality Reporter Managers", "Quarterly", None,
                  "New action at Q2 review – first quarterly review due December 2025."),
                 ("CR5.2", "Install the upgraded panic alarm system in the Glasgow Hearings Centre",
                  "Estates Manager", d(2025, 12, 19), GREEN, "Contractor appointed; installation booked."),
             ]),
    ]
    r = 5
    for rk in risks:
        n = len(rk["actions"])
        vals = [rk["risk"], rk["desc"], rk["owner"], rk["inh"], rk["controls"], rk["res"], rk["tgt"],
                rk["trend"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            if j == 1:
                c.font = Font(bold=True)
            if j in (4, 6, 7):
                c.fill = score_fill(v)
                c.alignment = Alignment(horizontal="center", vertical="top")
            if n > 1:
                ws.merge_cells(start_row=r, start_column=j, end_row=r + n - 1, end_column=j)
        for k, (ref, act, own, due, rag, prog) in enumerate(rk["actions"]):
            row = r + k
            for j, v in enumerate([ref, act, own, due, None, prog], 9):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=row, column=13).fill = fill(rag)
            for j in range(1, 15):
                ws.cell(row=row, column=j).border = BOX
        r += n
    r += 1
    ws.cell(row=r, column=1, value="Summary of further actions").font = Font(bold=True)
    summary = [("Total actions", 10), ("Complete (blue)", 2), ("On track (green)", 5), ("Amber", 1),
               ("Red", 1), ("Not started", 1)]
    for i, (lab, num) in enumerate(summary, 1):
        ws.cell(row=r + i, column=1, value=lab).border = BOX
        ws.cell(row=r + i, column=2, value=num).border = BOX
    widths = [26, 48, 20, 9, 36, 9, 9, 7, 8, 50, 26, 12, 7, 42]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        mx.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        mx.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            v = (6 - i) * j
            c = mx.cell(row=3 + i, column=1 + j, value=v)
            c.fill = fill(RED) if v >= 15 else fill(AMBER) if v >= 8 else fill(GREEN)
    wb.save(out("zox-scottish-childrens-reporter-administration-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Town & Country Housing internal audit tracker (xlsx, refuse: typo month)
# ---------------------------------------------------------------------------
def make_tch():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Town & Country Housing"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Internal Audit Recommendations – Summary for Audit & Risk Committee, 26 November 2025"
    hdr = ["Audit", "Year", "Assurance", "Recommendations", "Implemented", "Outstanding", "Overdue"]
    data = [
        ("Damp & Mould Case Management", "2024/25", "Limited", 4, 1, 3, 1),
        ("Gas Safety (LGSR) Compliance", "2024/25", "Reasonable", 2, 1, 1, 0),
        ("Procurement & Contract Management", "2025/26", "Reasonable", 3, 0, 3, 0),
        ("Total", "", "", 9, 2, 7, 1),
    ]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
    for i, row in enumerate(data, 5):
        for j, v in enumerate(row, 1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 38
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 15

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Town & Country Housing – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 31 October 2025. Priority: 1 = Urgent, 2 = Important, 3 = Routine."
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original due date", "Revised due date", "Previous status", "Current status",
             "Update (October 2025)"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.alignment = WRAP
        c.border = BOX
    rows = [
        ("band", "Damp & Mould Case Management (2024/25) – Limited assurance"),
        ("DM1", 1, "Ensure all damp and mould reports are logged as cases in the housing management system "
                   "with a risk category assigned at first contact.",
         "Introduce a mandatory case type and triage risk category on the CRM for all damp and mould "
         "contacts; train Customer Hub staff.", "Head of Customer Services", d(2025, 3, 31), d(2025, 6, 30),
         "Amber", "Complete", "CRM change live 2 June 2025; 46 staff trained."),
        ("DM2", 1, "Inspections should be completed within the timescales in the Damp & Mould Policy and "
                   "performance reported monthly.",
         "Add the inspection timescale KPI to the monthly Property Services dashboard and the quarterly "
         "Board performance report.", "Director of Property Services", d(2025, 4, 30), d(2025, 9, 30),
         "Amber", "Red", "Dashboard built; Board reporting awaiting data validation."),
        ("DM3", 2, "Residents should be contacted after remedial works to confirm the problem is resolved.",
         "Introduce a six-week post-works call and record the outcome on the case.", "Repairs Manager",
         d(2025, 6, 30), "Febuary 2026", "Amber", "Amber",
         "Process drafted; call scripts being agreed with the Tenant Voice Panel."),
        ("DM4", 2, "The Damp & Mould Policy should be reviewed against the Awaab's Law requirements.",
         "Review and update the Damp & Mould Policy and present it to the Board for approval.",
         "Head of Compliance", d(2025, 10, 31), "Dec 2025", "Green", "Green",
         "Draft considered by ExCo; to Board in December."),
        ("band", "Gas Safety (LGSR) Compliance (2024/25) – Reasonable assurance"),
        ("GS1", 2, "No-access cases should be escalated to legal action consistently at day 56.",
         "Refresh the no-access procedure and add an automated escalation report.",
         "Gas Compliance Manager", d(2025, 7, 31), d(2025, 12, 31), "Amber", "Green",
         "Procedure approved; report in user testing."),
        ("band", "Procurement & Contract Management (2025/26) – Reasonable assurance"),
        ("PC1", 2, "The contracts register should be complete, with a contract owner and expiry date for all "
                   "contracts over £25k.",
         "Complete the contracts register and report it to ExCo quarterly.", "Procurement Manager",
         d(2025, 12, 31), None, "", "Green", "87 of 102 contracts validated."),
        ("PC2", 2, "Waivers of Standing Orders should be reported to the Audit & Risk Committee.",
         "Add a schedule of waivers to each Audit & Risk Committee agenda.", "Company Secretary",
         "Nov-25", None, "", "Green", "First schedule on this agenda."),
        ("PC3", 3, "Budget holders should receive procurement training.",
         "Deliver procurement training to all budget holders and record attendance.",
         "Procurement Manager & Head of People", "Mar-26", None, "", "Not started",
         "Training provider being sourced."),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for j in range(1, 11):
                ws.cell(row=r, column=j).fill = fill("D9D9D9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        else:
            for j, v in enumerate(row, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: implemented recommendations are removed from the tracker once they "
                                   "have been reported to the Committee.")
    widths = [7, 9, 44, 44, 24, 13, 13, 11, 12, 38]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zox-town-and-country-housing-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Blind Veterans UK governance review action plan, monday.com export (xlsx, read)
# ---------------------------------------------------------------------------
def make_bvuk():
    wb = Workbook()
    ws = wb.active
    ws.title = "BVUK Governance Review Actions"
    ws["A1"] = "BVUK Governance Effectiveness Review 2025 – Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    heads = ["Name", "Person", "Status", "Due date", "Recommendation", "Priority", "Latest update", "Item ID"]
    groups = [
        ("1. Council and committee structure", "579BFC", [
            ("Revise the terms of reference for all Council committees and present them to Council for "
             "approval", "Helen Ashworth", "Complete", "2025-09-24",
             "R1 Clarify the delegations between Council and its committees", "High",
             "Approved at Council 24 September 2025", 1843329071),
            ("Publish a scheme of delegation covering Council, its committees and the Executive Leadership "
             "Team", "Helen Ashworth, Daniel Okafor", "On track", "2025-12-10",
             "R1 Clarify the delegations between Council and its committees", "High",
             "Draft reviewed by Resourcing & Planning Committee in October", 1843329118),
            ("Review the number of committees and working groups and bring proposals for a simpler structure "
             "to Council", "Graham Pettigrew", "Not started", "2026-03-31",
             "R2 Simplify the committee and working group structure", "Medium", "", 1843329152),
        ]),
        ("2. Trustee recruitment, skills and diversity", "A25DDC", [
            ("Refresh the trustee skills matrix and complete an individual skills audit with each trustee",
             "Priya Nair", "Complete", "2025-07-31",
             "R3 Use a skills matrix to plan trustee recruitment and succession", "High",
             "Skills audit returned by all 13 trustees", 1843329207),
            ("Recruit two trustees with digital and ophthalmic clinical expertise through open advertising",
             "Priya Nair, Graham Pettigrew", "At risk", "2026-01-31",
             "R3 Use a skills matrix to plan trustee recruitment and succession", "High",
             "First round did not appoint; re-advertising in November", 1843329236),
            ("Set a target for the number of trustees with lived experience of sight loss and report progress "
             "in the Annual Report", "Priya Nair", "On track", "2026-06-30",
             "R4 Strengthen the voice of blind veterans in governance", "Medium",
             "Target to be proposed to Nominations Committee in January", 1843329270),
        ]),
        ("3. Council papers and information", "00C875", [
            ("Introduce a standard cover sheet for Council papers showing purpose, decision required and risk "
             "implications", "Daniel Okafor", "Complete", "2025-06-18",
             "R5 Improve the quality and accessibility of Council papers", "Medium",
             "In use since June meeting", 1843329301),
            ("Issue all Council papers in accessible formats (large print, audio and screen-reader compatible) "
             "at least seven days before each meeting", "Daniel Okafor", "On track", "",
             "R5 Improve the quality and accessibility of Council papers", "High",
             "In place for the September and November meetings", 1843329338),
        ]),
        ("4. Evaluation and development", "FDAB3D", [
            ("Introduce annual one-to-one reviews for all trustees led by the Chairman", "Graham Pettigrew",
             "At risk", "2025-11-30", "R6 Embed regular review of Council effectiveness", "Medium",
             "Seven of 13 reviews held; remainder to be scheduled in January", 1843329372),
            ("Agree the cycle of internal Council evaluations and the timing of the next externally "
             "facilitated review", "Helen Ashworth", "Not started", "2026-09-30",
             "R6 Embed regular review of Council effectiveness", "Low", "", 1843329405),
        ]),
    ]
    r = 3
    for gname, colour, items in groups:
        g = ws.cell(row=r, column=1, value=gname)
        g.font = Font(bold=True, size=12, color=colour)
        r += 1
        for j, h in enumerate(heads, 1):
            c = ws.cell(row=r, column=j, value=h)
            c.font = Font(bold=True)
            c.border = BOX
        r += 1
        for it in items:
            for j, v in enumerate(it, 1):
                c = ws.cell(row=r, column=j, value=(v if v != "" else None))
                c.border = BOX
                c.alignment = WRAP
            r += 1
        r += 1
    widths = [60, 30, 13, 12, 50, 10, 48, 13]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(out("zox-blind-veterans-uk-governance-effectiveness-review-action-plan-monday-export.xlsx"))


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


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


def table(doc, rows, header_fill="D9E2F3"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            if isinstance(v, tuple):  # (text, fill)
                set_text(cells[j], v[0])
                if v[1]:
                    shade(cells[j], v[1])
            else:
                set_text(cells[j], v, bold=(i == 0))
                if i == 0 and header_fill:
                    shade(cells[j], header_fill)
    return t


# ---------------------------------------------------------------------------
# 4. Ulster University Council rolling action log (docx, read)
# ---------------------------------------------------------------------------
def make_ulster():
    doc = Document()
    doc.add_paragraph("Ulster University Council – Rolling Action Log", style="Title")
    table(doc, [
        ["Meeting", "Date", "Agenda item", "Paper", "Classification"],
        ["Council", "24 November 2025", "3.2", "C/25/61", "Open"],
    ])
    doc.add_paragraph()
    doc.add_paragraph(
        "This log records actions arising from meetings of Council. Completed actions are reported once "
        "with status B and then removed from the log.")
    doc.add_paragraph("RAG key: B = complete; G = on track / not yet due; A = at risk of slipping; R = overdue")
    meetings = [
        ("Meeting of 19 May 2025", [
            ("C/25/32", "Circulate the final Financial Sustainability Plan 2025/26–2029/30 to members following "
                        "approval by the Department for the Economy", "Chief Finance Officer", "June 2025", "B",
             "Circulated 11 June 2025."),
            ("C/25/35", "Bring a report on the Magee expansion business case and the Department's response to a "
                        "future meeting", "Vice-Chancellor", "24/11/2025", "G",
             "On the agenda for this meeting (item 6)."),
        ]),
        ("Meeting of 26 June 2025", [
            ("C/25/48", "Arrange a Council development session on cyber resilience",
             "University Secretary / Chief Digital Officer", "February 2026", "G",
             "Provisionally scheduled for 23 February 2026, before the Council meeting."),
            ("C/25/51", "Report the results of the Council effectiveness self-assessment with proposed actions",
             "University Secretary", "Next meeting", "A",
             "Response rate 60%; survey extended to 30 November 2025."),
            ("C/25/53", "Provide members with a breakdown of international student recruitment by campus and "
                        "market", "Pro-Vice-Chancellor (Global Engagement)", "Sept 2025", "R",
             "Delayed pending census data; to be circulated with the November papers."),
        ]),
        ("Meeting of 29 September 2025", [
            ("C/25/66", "Update the risk appetite statement to reflect the revised Strategic Risk Register and "
                        "return it to Council for approval", "Chief Operating Officer; Head of Risk & Compliance",
             "23/02/2026", "G", "Audit and Risk Committee to consider draft in January."),
            ("C/25/68", "Confirm arrangements for the election of the staff members of Council for the term "
                        "beginning 1 August 2026", "University Secretary", "March 2026", "G",
             "Timetable agreed with the Electoral Officer."),
            ("C/25/70", "Circulate the Students' Union annual report 2024/25 to members", "University Secretary",
             "Oct 2025", "B", "Circulated 6 October 2025."),
        ]),
    ]
    for heading, acts in meetings:
        doc.add_heading(heading, level=2)
        rows = [["Minute", "Action", "Responsible", "Due", "RAG", "Update"]]
        rows += [list(a) for a in acts]
        table(doc, rows)
        doc.add_paragraph()
    doc.add_paragraph("University Secretariat, November 2025")
    doc.save(out("zox-ulster-university-council-rolling-action-log.docx"))


# ---------------------------------------------------------------------------
# 5. Cardiff Council HSE improvement notices action plan (docx, read)
# ---------------------------------------------------------------------------
def make_cardiff():
    doc = Document()
    doc.add_paragraph("Waste Collection Services: HSE Improvement Notices Action Plan", style="Title")
    doc.add_paragraph("Cardiff Council – Recycling & Neighbourhood Services")
    doc.add_paragraph("Progress report to Governance & Audit Committee – 16 September 2025")
    table(doc, [
        ["Version", "Date", "Author", "Status"],
        ["1.0", "12/03/2025", "Corporate Health & Safety", "Agreed with HM Inspector"],
        ["1.3", "02/09/2025", "Corporate Health & Safety", "Progress update for Committee"],
    ])
    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "On 24 February 2025 HM Inspector of Health and Safety served three Improvement Notices on the Council "
        "following an inspection of waste collection and street cleansing operations at Lamby Way depot. This "
        "plan sets out the actions agreed to comply with each notice and their progress.")
    doc.add_heading("RAG key", level=1)
    table(doc, [
        ["Colour", "Meaning"],
        [("", GREEN), "Complete"],
        [("", AMBER), "In progress – on track for the compliance date"],
        [("", RED), "Behind schedule – compliance date at risk"],
    ])
    notices = [
        ("Improvement Notice 1 – Hand-arm vibration",
         "Notice no. 310275734. Contravention: Regulation 6(1) of the Control of Vibration at Work Regulations "
         "2005 – exposure to vibration from powered hand tools used by street cleansing and collection crews "
         "has not been eliminated or reduced to a minimum. Compliance date: 30 June 2025 (extended to 29 August "
         "2025).",
         [("1.1", "Carry out a hand-arm vibration risk assessment for every powered hand tool in use, using "
                  "manufacturer and measured vibration data", "Corporate Health & Safety Manager", "30/04/2025",
           "Completed 25 April 2025 – 41 tools assessed.", GREEN),
          ("1.2", "Replace high-vibration leaf blowers and strimmers with low-vibration battery models",
           "Fleet & Equipment Manager", "29/08/2025", "Battery tools delivered; two of three crews equipped.",
           AMBER),
          ("1.3", "Introduce trigger-time recording for all operatives using vibrating tools, with an exposure "
                  "report to managers", "Operational Manager – Street Cleansing", "Monthly",
           "Recording in place from July; first report issued in August.", AMBER),
          ("1.4", "Refer all exposed operatives to occupational health for HAVS health surveillance",
           "Occupational Health Manager", "31/05/2025",
           "Completed – 112 operatives screened, six referred for tier 3 assessment.", GREEN)]),
        ("Improvement Notice 2 – Workplace transport at Lamby Way depot",
         "Notice no. 310275735. Contravention: Regulation 17 of the Workplace (Health, Safety and Welfare) "
         "Regulations 1992 – pedestrians and vehicles are not adequately separated in the depot yard. "
         "Compliance date: 31 May 2025.",
         [("2.1", "Install a segregated pedestrian walkway and barriers between the staff car park and the "
                  "vehicle parking bays", "Facilities Manager & Depot Manager", "31/05/2025",
           "Installed 20 May 2025; HSE confirmed compliance on 3 June 2025.", GREEN),
          ("2.2", "Introduce a one-way system and trained reversing assistants for all reversing manoeuvres in "
                  "the yard", "Depot Manager", "31/05/2025", "In place from 12 May 2025.", GREEN),
          ("2.3", "Deliver refreshed workplace transport induction to all drivers, loaders and agency staff",
           "Waste Training Officer", "30/09/2025",
           "62% complete; agency staff sessions cancelled twice.", RED)]),
        ("Improvement Notice 3 – Manual handling of bulky waste",
         "Notice no. 310275736. Contravention: Regulation 4(1)(b)(i) of the Manual Handling Operations "
         "Regulations 1992 – no suitable and sufficient assessment of bulky waste collection tasks. "
         "Compliance date: 31 July 2025.",
         [("3.1", "Complete task-based manual handling assessments for bulky waste, clinical waste and bin "
                  "delivery rounds", "Corporate Health & Safety Manager", "31/07/2025",
           "Completed 18 July 2025.", GREEN),
          ("3.2", "Provide two-person crews and tail-lift vehicles for all bulky waste collections of items over "
                  "25 kg", "Operational Manager – Collections", "October 2025",
           "Second tail-lift vehicle on order; interim hire in place.", AMBER)]),
    ]
    for heading, para, acts in notices:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(para)
        rows = [["No.", "Action", "Lead officer", "Target date", "Progress update", "RAG"]]
        for no, act, lead, due, prog, rag in acts:
            rows.append([no, act, lead, due, prog, ("", rag)])
        table(doc, rows)
    doc.add_heading("Next steps", level=1)
    doc.add_paragraph("HSE has indicated a follow-up visit in October 2025. The plan will be reported to the "
                      "Committee again in January 2026.")
    table(doc, [
        ["Approved by", "Role", "Date"],
        ["Operational Manager – Collections", "Plan owner", "02/09/2025"],
        ["Head of Recycling & Neighbourhood Services", "Senior officer", "03/09/2025"],
    ])
    doc.save(out("zox-cardiff-council-waste-collection-hse-improvement-notices-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Llandrindod Wells Town Council internal audit action plan (csv, read)
# ---------------------------------------------------------------------------
def make_llandrindod():
    rows = [
        ["Llandrindod Wells Town Council", "", "", "", "", "", ""],
        ["Internal Audit Report 2024-25: Action Plan", "", "", "", "", "", ""],
        ["Agreed by Full Council 14 July 2025 (Minute 45/25). Reviewed by Finance & General Purposes "
         "Committee 13 October 2025.", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["No.", "Internal control objective", "Internal auditor's recommendation", "Action agreed",
         "Responsible", "Target date", "Status"],
        ["1", "A. Appropriate accounting records have been properly kept throughout the year.",
         "The cash book should be reconciled to the bank statements monthly and the reconciliation signed by a "
         "councillor.",
         "Present the monthly bank reconciliation to the F&GP Committee for signature by the Chair.",
         "Town Clerk", "Oct-25", "Complete"],
        ["2a", "B. The council's financial regulations have been met, payments were supported by invoices, "
               "expenditure was approved and VAT was appropriately accounted for.",
         "Financial Regulations were last reviewed in 2019 and should be updated to the current model.",
         "Adopt updated Financial Regulations based on the current One Voice Wales model.",
         "Town Clerk", "31/01/2026", "On track"],
        ["2b", "", "",
         "Introduce a schedule of payments, signed by two councillors at each meeting, listing every payment "
         "made since the last meeting.", "Deputy Clerk", "Sept 2025", "Complete"],
        ["3", "C. The council assessed the significant risks to achieving its objectives and reviewed the "
              "adequacy of arrangements to manage these.",
         "The risk register should be reviewed and formally adopted each year.",
         "Review the risk register and present it to Full Council for adoption.",
         "Town Clerk", "Annually (May)", "Not started"],
        ["4", "D. The annual precept requirement resulted from an adequate budgetary process, progress "
              "against the budget was regularly monitored, and reserves were appropriate.",
         "Earmarked reserves should be reviewed and a purpose recorded for each reserve.",
         "Prepare an earmarked reserves schedule showing the purpose and planned use of each reserve, for "
         "approval with the 2026-27 budget.", "Town Clerk & Chair of F&GP", "Jan-26", "On track"],
        ["5", "E. Expected income was fully received, based on correct prices, properly recorded and "
              "promptly banked.",
         "Allotment rents are not invoiced until after the start of the rent year.",
         "Issue allotment rent invoices each September for the following year.",
         "Deputy Clerk", "Sept 2025", "Complete"],
        ["6", "G. Salaries to employees and allowances to members were paid in accordance with council "
              "approvals, and PAYE and NI requirements were properly applied.",
         "Written contracts of employment were not available for two members of staff.",
         "Issue written statements of employment particulars to all staff and keep signed copies on "
         "personnel files.", "Personnel Committee", "30/11/2025", "Amber - awaiting HR advice"],
        ["7", "H. Asset and investment registers were complete, accurate, and properly maintained.",
         "The asset register does not include the war memorial, bus shelters or the Christmas lights.",
         "Update the asset register, record insurance values and reconcile it to the insurance schedule.",
         "Deputy Clerk", "31/12/2025", "On track"],
        ["8", "Publication of information",
         "The internal audit report and the Annual Return should be published on the council website with "
         "the notice of the conclusion of audit.",
         "Publish the 2024-25 Annual Return, internal audit report and notice on the website.",
         "Town Clerk", "Aug-25", "Complete"],
        ["", "", "", "", "", "", ""],
        ["Status key: Complete / On track / Amber (some delay) / Not started", "", "", "", "", "", ""],
        ["Prepared by the Town Clerk, October 2025", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out("zox-llandrindod-wells-town-council-internal-audit-action-plan-2024-25.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Historic Environment Scotland programme highlight report (txt, read)
# ---------------------------------------------------------------------------
def make_hes():
    T = "\t"
    lines = [
        "Historic Environment Scotland",
        "High Level Masonry Programme – Highlight Report No. 14",
        "Reporting period: 1 September 2025 – 31 October 2025",
        "Prepared for: High Level Masonry Programme Board, 12 November 2025",
        "Senior Responsible Owner: Director of Heritage",
        "Author: Programme Manager, Estates Delivery",
        "",
        "Programme status" + T + "Previous" + T + "Current",
        "Overall" + T + "Amber" + T + "Amber",
        "Time" + T + "Amber" + T + "Amber",
        "Cost" + T + "Amber" + T + "Red",
        "Scope" + T + "Green" + T + "Green",
        "",
        "1. Summary",
        "Tactile inspections have been completed at 67 of the 70 properties in the programme and access has "
        "been restored in full or in part at 58. Repair costs for the properties with long-term restrictions "
        "are higher than the indicative capital allocation, and the cost status has moved to Red.",
        "",
        "2. Action log",
        "Where a revised date has been agreed by the Board it is shown alongside the original date.",
        "",
        "Workstream A – Inspections",
        T.join(["Ref", "Action", "Owner", "Original date", "Revised date", "Previous RAG", "Current RAG",
                "Commentary"]),
        T.join(["A1", "Complete tactile inspections at the remaining three properties (Spynie Palace, Crichton "
                      "Castle and Dunstaffnage Chapel)", "Head of Conservation", "Sep 2025", "Dec 2025",
                "Amber", "Amber", "Rope access contractor booked for two of the three in November."]),
        T.join(["A2", "Publish the updated access status for every property on the HES website after each "
                      "inspection", "Head of Digital Content & Head of Visitor Operations", "Monthly", "",
                "Green", "Green", "Last updated 3 October 2025."]),
        "",
        "Workstream B – Repairs and conservation",
        T.join(["Ref", "Action", "Owner", "Original date", "Revised date", "Previous RAG", "Current RAG",
                "Commentary"]),
        T.join(["B1", "Award the Linlithgow Palace high level repair contract (phase 2)",
                "Head of Estates Delivery", "Aug 2025", "", "Amber", "Complete",
                "Contract awarded 15 September 2025."]),
        T.join(["B2", "Prepare a costed repair programme for the 12 properties with long-term restrictions and "
                      "submit a capital bid for 2026/27", "Head of Estates Delivery / Finance Business Partner",
                "Oct 2025", "Jan 2026", "Amber", "Red",
                "Estimates exceed the indicative allocation; options paper to the Board in December."]),
        T.join(["B3", "Trial alternative lime mortar repair methods and record the results for the Technical "
                      "Research team", "Technical Research Manager", "Q4 2025/26", "", "Green", "Green",
                "Trial panels in place at two properties."]),
        "",
        "Workstream C – Visitor access and communications",
        T.join(["Ref", "Action", "Owner", "Original date", "Revised date", "Previous RAG", "Current RAG",
                "Commentary"]),
        T.join(["C1", "Reopen the inner close at Tantallon Castle with a managed visitor route",
                "Head of Visitor Operations", "31/10/2025", "", "Green", "Complete",
                "Reopened 18 October 2025."]),
        T.join(["C2", "Agree community engagement plans with local councils and community councils for the five "
                      "properties that remain fully closed", "Head of Communications", "w/c 17/11/25", "",
                "Green", "Amber", "Three of five meetings arranged."]),
        T.join(["C3", "Inspect interim safety signage and barriers at partially reopened properties",
                "Estates Manager (North); Estates Manager (South)", "Ongoing", "", "Green", "Green",
                "Fortnightly checks in place."]),
        "",
        "3. Key risks and issues",
        "Contractor capacity for rope access inspections remains limited in the north of Scotland; mitigated by "
        "booking work in blocks. The cost of repairs is a programme issue and is escalated to the Board.",
        "",
        "4. Decisions required",
        "- Note the change of cost status to Red.",
        "- Agree that the options paper on the repair programme comes to the December meeting.",
        "",
        "5. Next report",
        "Highlight Report No. 15 will cover November and December 2025.",
    ]
    with open(out("zox-historic-environment-scotland-high-level-masonry-programme-highlight-report.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_scra()
    make_tch()
    make_bvuk()
    make_ulster()
    make_cardiff()
    make_llandrindod()
    make_hes()
    print("built")
