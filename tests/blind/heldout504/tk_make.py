"""Build the seven tk- blind test files (set heldout504).

Run with: /work/main/.venv/bin/python tk_make.py
Writes three .xlsx, two .docx, one .csv and one .txt beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Tourism NI – ARAC audit recommendations tracker (xlsx, three sheets)
# ---------------------------------------------------------------------------
TNI_FILE = "tk-tourism-ni-arac-audit-recommendations-tracker.xlsx"
TNI_TITLE = "Tourism NI – Audit Recommendations Tracker"
TNI_SECTIONS = [
    ("NIAO Report to Those Charged with Governance 2023-24", [
        ("NIAO/24/01", 1,
         "Tourism NI should ensure that all grant payments under the Tourism Enhancement Scheme are supported by evidence of eligible expenditure, verified before payment is made.",
         "Introduce a pre-payment verification checklist for all TES claims, to be signed off by a second officer before funds are released.",
         "Head of Finance & Governance", d(2024, 9, 30), d(2025, 3, 31), "A", "G",
         "Checklist drafted and piloted on Q3 claims. Roll-out to all claims from February 2025."),
        ("NIAO/24/02", 2,
         "The fixed asset register should be reconciled to the general ledger each quarter.",
         "Quarterly reconciliation of the fixed asset register to the ledger, reviewed and signed by the Financial Accountant.",
         "Financial Accountant", d(2024, 12, 31), None, "G", "B",
         "Q2 and Q3 reconciliations completed and reviewed. Proposed for closure."),
        ("NIAO/24/03", 2,
         "The register of interests should be updated annually by all Board members and senior staff, with nil returns recorded.",
         "Issue the annual declaration of interests exercise each April; nil returns to be required and the register published on the website.",
         "Board Secretary / Head of HR", d(2024, 6, 30), d(2024, 10, 31), "A", "B",
         "2024 exercise completed in October 2024; register published. Proposed for closure."),
    ]),
    ("Internal Audit – Procurement and Contract Management 2024-25 (Limited assurance)", [
        ("IA/PCM/01", 1,
         "A central contracts register should be established, recording all contracts over £5,000 with start and end dates and the named contract owner.",
         "Establish a central contracts register on SharePoint. All budget holders to submit details of live contracts for inclusion.",
         "Procurement Manager", d(2024, 11, 30), d(2025, 4, 30), "R", "A",
         "Register in place; 62 of 85 known contracts recorded. Returns outstanding from Marketing and Product Development."),
        ("IA/PCM/02", 1,
         "Single tender actions should be approved in advance in line with the Scheme of Delegation and reported to ARAC.",
         "Revise the STA form to require Accounting Officer approval before any commitment, and report STAs to ARAC each quarter.",
         "Procurement Manager; Chief Executive", d(2024, 12, 31), "N/A", "G", "B",
         "Revised form issued November 2024. First quarterly STA report presented to ARAC in December 2024."),
        ("IA/PCM/03", 2,
         "Contract management meetings should be minuted and supplier performance recorded against the KPIs agreed in each contract.",
         "Issue contract management guidance and a template KPI scorecard to all contract owners.",
         "Head of Corporate Services", d(2025, 3, 31), None, "New", "G",
         "Guidance in draft; to be launched at the Managers’ Forum in March 2025."),
    ]),
    ("Internal Audit – Information Governance 2024-25 (Satisfactory assurance)", [
        ("IA/IG/01", 2,
         "Information Asset Owners should review the Information Asset Register at least annually.",
         "IAOs to complete an annual review of the Information Asset Register, co-ordinated by the Information Governance Officer.",
         "Information Governance Officer", d(2025, 6, 30), None, "New", "G",
         "Review templates issued to IAOs in January 2025."),
        ("IA/IG/02", 3,
         "Completion of mandatory data protection training should be monitored and reported to the Senior Management Team.",
         "Quarterly report of training completion to SMT; line managers to follow up non-completions.",
         "Head of HR", d(2025, 1, 31), d(2025, 5, 31), "New", "R",
         "LMS reporting module delayed by supplier; manual report being developed. Revised date agreed by SMT."),
    ]),
]


def make_tourism_ni():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = TNI_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Audit and Risk Assurance Committee – 18 February 2025"
    cov["A3"] = "Agenda item 6: Implementation of audit recommendations (position at 31 January 2025)"
    rows = [("Document owner", "Head of Finance & Governance"), ("Version", "3.0"),
            ("Position date", "31/01/2025"), ("Presented by", "Director of Corporate Services")]
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate(rows, start=6):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Recommendation implemented – proposed for closure"),
           ("G", "On track to be implemented by the target date"),
           ("A", "Some slippage – revised target date agreed"),
           ("R", "Overdue, or significant risk to implementation")]
    for i, (k, v) in enumerate(key, start=12):
        cov.cell(i, 1, k).fill = solid(FILL[k])
        cov.cell(i, 1).alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of recommendations by source"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Source", "Total", "B", "G", "A", "R"]
    for c, h in enumerate(hdr, start=1):
        summ.cell(3, c, h).font = Font(bold=True)
        summ.cell(3, c).border = BOX
    r = 4
    tot = [0, 0, 0, 0, 0]
    for name, recs in TNI_SECTIONS:
        cnt = {k: sum(1 for x in recs if x[8] == k) for k in "BGAR"}
        vals = [name, len(recs), cnt["B"], cnt["G"], cnt["A"], cnt["R"]]
        for c, v in enumerate(vals, start=1):
            summ.cell(r, c, v).border = BOX
        tot = [a + b for a, b in zip(tot, vals[1:])]
        r += 1
    summ.cell(r, 1, "Total").font = Font(bold=True)
    for c, v in enumerate(tot, start=2):
        summ.cell(r, c, v).font = Font(bold=True)
    for c in range(1, 7):
        summ.cell(r, c).border = BOX
    summ.column_dimensions["A"].width = 75

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = TNI_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 31 January 2025 · Audit and Risk Assurance Committee, 18 February 2025"
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Priority", "Recommendation", "Management action agreed", "Action owner",
             "Original target date", "Revised target date", "Previous RAG (Oct 2024)",
             "Current RAG (Jan 2025)", "Progress update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for name, recs in TNI_SECTIONS:
        ws.cell(r, 1, name).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = solid("D9E1F2")
        r += 1
        for ref, pri, rec, act, own, orig, rev, prev, cur, upd in recs:
            vals = [ref, pri, rec, act, own, orig, rev, prev, cur, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = solid(FILL[cur])
            ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            if prev in FILL:
                ws.cell(r, 8).fill = solid(FILL[prev])
            ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(r, 1, "Priority 1 – significant weakness requiring prompt action; Priority 2 – important issue to be addressed; Priority 3 – housekeeping / good practice.")
    ws.cell(r + 1, 1, "RAG key: see Cover sheet. Recommendations rated B are removed from the tracker once ARAC agrees closure.")
    widths = [12, 9, 45, 45, 24, 13, 13, 11, 11, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, TNI_FILE))


# ---------------------------------------------------------------------------
# 2. North Wales FRS – Independent Culture Review action plan (xlsx, fill RAG)
# ---------------------------------------------------------------------------
NW_FILE = "tk-north-wales-fire-rescue-service-culture-review-action-plan.xlsx"
NW_TITLE = "North Wales Fire and Rescue Service – Independent Culture Review Action Plan"
NW_PLAN = [
    ("Theme 1: Leadership and management", [
        ("Recommendation 1: The Service should develop and deliver a leadership development programme for all supervisory and middle managers, with people-management skills at its core.", [
            ("1.1", "Design a leadership development programme for supervisory and middle managers with an external provider, covering people management, difficult conversations and inclusive leadership.",
             "Head of Training and Development", "Apr 2025", d(2025, 12, 31), GREEN,
             "Provider appointed July 2025. Pilot cohort of 14 managers started in September 2025."),
            ("1.2", "Make completion of the programme a requirement for promotion to Watch Manager and above.",
             "Head of People Services", "Jan 2026", "Q4 2025/26", None,
             "Dependent on 1.1 – to be written into the revised promotion policy."),
        ]),
        ("Recommendation 2: Senior leaders should be more visible across stations and departments, and should create regular opportunities for staff to raise concerns with them directly.", [
            ("2.1", "Introduce a programme of Executive Leadership Team visits to stations and departments, with every wholetime and on-call station visited at least once a year.",
             "Chief Fire Officer / Deputy Chief Fire Officer", "Mar 2025", "Ongoing", GREEN,
             "Programme published on the intranet. 31 of 44 stations visited to date."),
        ]),
    ]),
    ("Theme 2: Behaviours and values", [
        ("Recommendation 3: The Service should refresh its Code of Conduct and values framework with the involvement of staff and their representative bodies.", [
            ("3.1", "Hold staff engagement sessions on the draft Code of Conduct and values framework, including on-call and Control staff.",
             "Head of Organisational Development", "Apr 2025", "Jun 2025", BLUE,
             "Complete – 22 sessions held, attended by 410 staff."),
            ("3.2", "Publish the revised Code of Conduct once approved by the Fire and Rescue Authority, and brief all managers on it.",
             "Head of Organisational Development; Head of Corporate Communications", "Jul 2025", "30/11/2025", AMBER,
             "Approval deferred to the Authority meeting on 17 November 2025."),
        ]),
    ]),
    ("Theme 3: Raising concerns and complaints", [
        ("Recommendation 4: The Service should provide an independent and confidential route for staff to report bullying, harassment and discrimination.", [
            ("4.1", "Procure an independent confidential reporting line, available 24 hours a day, for all staff.",
             "Head of Corporate Governance", "Feb 2025", "Apr 2025", BLUE,
             "Line went live on 1 April 2025."),
            ("4.2", "Report anonymised data from the reporting line to every meeting of the Authority’s Audit Committee.",
             "Head of Corporate Governance", "Jun 2025", "Quarterly", GREEN,
             "First report presented in July 2025."),
        ]),
        ("Recommendation 5: Grievance and disciplinary investigations should be completed within published timescales, and the people involved kept informed of progress.", [
            ("5.1", "Recruit two dedicated workplace investigators and set a target of 60 working days for completing investigations.\nPublish monthly performance against the target on the staff intranet.",
             "Head of People Services", "May 2025", "Q3 2025/26", RED,
             "One investigator appointed; second post being re-advertised. Average time to complete is currently 94 working days."),
        ]),
    ]),
    ("Theme 4: Equality, diversity and inclusion", [
        ("Recommendation 6: The Service should improve facilities at stations so that they meet the needs of a diverse workforce.", [
            ("6.1", "Complete a dignity-at-work audit of facilities at all stations, covering changing, washing and sleeping areas.",
             "Head of Estates", "Apr 2025", d(2025, 8, 31), BLUE,
             "Audit complete. 12 stations identified for priority works."),
            ("6.2", "Deliver the priority facilities works identified by the audit through the capital programme.",
             "Head of Estates / Head of Finance", "Oct 2025", "Mar 2027", None,
             "Capital bid approved in principle; works to be phased across 2025/26 and 2026/27."),
        ]),
    ]),
]


def make_north_wales():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = NW_TITLE
    ws["A1"].font = Font(bold=True, size=15, color="C00000")
    ws.merge_cells("A1:G1")
    ws["A2"] = "Response to the recommendations of the independent review by Crest Advisory (published 5 February 2025)"
    ws.merge_cells("A2:G2")
    ws["A3"] = "Progress as at 30 September 2025 – report to the Executive Panel, 20 October 2025"
    ws.merge_cells("A3:G3")
    ws["A5"] = "Key:"
    ws["A5"].font = Font(bold=True)
    for col, (txt, fill) in zip("BCDEF", [("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER),
                                            ("Off track", RED), ("Not yet started", None)]):
        c = ws[f"{col}5"]
        c.value = txt
        c.border = BOX
        if fill:
            c.fill = solid(fill)
    heads = ["Ref", "Recommendation / Action", "Lead officer", "Start", "Target date", "RAG",
             "Progress update (September 2025)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(7, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("C00000")
        cell.border = BOX
        cell.alignment = WRAP
    r = 8
    for theme, recs in NW_PLAN:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF", size=12)
        ws.cell(r, 1).fill = solid("404040")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            ws.cell(r, 1, rec).font = Font(bold=True, italic=True)
            ws.cell(r, 1).fill = solid("F2F2F2")
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, act, lead, start, target, fill, upd in acts:
                vals = [ref, act, lead, start, target, None, upd]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm yyyy"
                if fill:
                    ws.cell(r, 6).fill = solid(fill)
                r += 1
    r += 1
    ws.cell(r, 1, "Notes: Ref numbers follow the numbering of the recommendations in the Crest Advisory report. RAG status is shown by the colour of the cell – see key above.")
    ws.cell(r + 1, 1, "Summary: 10 actions – Complete 3, On track 3, At risk 1, Off track 1, Not yet started 2")
    for col, w in zip("ABCDEFG", [8, 70, 34, 10, 12, 8, 50]):
        ws.column_dimensions[col].width = w

    vc = wb.create_sheet("Version control")
    for c, h in enumerate(["Version", "Date", "Author", "Changes"], start=1):
        vc.cell(1, c, h).font = Font(bold=True)
    vrows = [("0.1", "03/03/2025", "Head of Organisational Development", "First draft for SLT"),
             ("1.0", "24/03/2025", "Head of Organisational Development", "Approved by Fire and Rescue Authority"),
             ("1.3", "06/10/2025", "Corporate Planning Officer", "September 2025 progress update")]
    for i, row in enumerate(vrows, start=2):
        for c, v in enumerate(row, start=1):
            vc.cell(i, c, v)
    vc.column_dimensions["C"].width = 36
    vc.column_dimensions["D"].width = 40
    wb.save(os.path.join(HERE, NW_FILE))


# ---------------------------------------------------------------------------
# 3. Derry City and Strabane DC – corporate risk register (xlsx, REFUSE)
# ---------------------------------------------------------------------------
DCS_FILE = "tk-derry-city-strabane-dc-corporate-risk-register-typo-month-refuse.xlsx"
DCS_RISKS = [
    ("CR01", "Financial sustainability\nFailure to set a balanced budget and maintain a sustainable medium-term financial position because of inflation, pay pressures and reduced income.",
     "Director of Finance", "4 x 5 = 20", "Medium Term Financial Plan; monthly budget monitoring to CMT; reserves policy.", "4 x 4 = 16", [
         ("Refresh the Medium Term Financial Plan to 2028/29 and present it to the Policy and Resources Committee.", "Lead Finance Officer", "December 2025", "On track"),
         ("Deliver the 2025/26 efficiency programme (£1.2m), with monthly progress reports to CMT.", "Directors", "31/03/2026", "On track"),
     ]),
    ("CR02", "Cyber security\nLoss of ICT systems or data following a cyber attack, disrupting services to residents.",
     "Director of Business and Culture", "4 x 5 = 20", "Firewalls and endpoint protection; daily back-ups; PSN compliance.", "3 x 5 = 15", [
         ("Achieve Cyber Essentials Plus accreditation.", "Head of ICT", "January 2026", "On track"),
         ("Run a cyber incident exercise with the Corporate Management Team.", "Head of ICT; Emergency Planning Officer", "November 2025", "Amber"),
         ("Roll out phishing awareness training to all staff with network access.", "Head of ICT / Head of HR", "Ongoing", "On track"),
     ]),
    ("CR03", "Workforce capacity\nInability to recruit and retain staff with the skills needed in key services.",
     "Director of Corporate Services", "4 x 4 = 16", "Workforce Plan 2025-28; agency framework; exit interviews.", "3 x 4 = 12", [
         ("Implement the Workforce Plan actions for hard-to-fill posts in planning, environmental health and ICT.", "Head of HR", "March 2026", "On track"),
         ("Launch a graduate and apprenticeship scheme for the 2026 intake.", "Head of HR", "September 2026", "Not started"),
     ]),
    ("CR04", "City Deal and Inclusive Future Fund\nDelay or cost overrun on City Deal projects leading to loss of funding and reputational damage.",
     "Strategic Director", "4 x 5 = 20", "Programme board; quarterly reporting to funders; gateway reviews.", "3 x 5 = 15", [
         ("Agree the outline business case for the Riverine project with funders.", "Head of City Deal", "December 2025", "Amber"),
         ("Establish a programme-level risk and assurance board for City Deal projects.", "Strategic Director", "Febuary 2026", "Not started"),
     ]),
    ("CR05", "Climate change and flooding\nDamage to council assets and disruption to services from severe weather events.",
     "Director of Environment and Regeneration", "3 x 4 = 12", "Climate Change Strategy; emergency plan; gully cleaning programme.", "3 x 3 = 9", [
         ("Complete a climate adaptation risk assessment for all council assets.", "Climate Change Manager", "June 2026", "On track"),
     ]),
    ("CR06", "Health and safety compliance\nSerious injury to staff or the public due to failure to comply with health and safety legislation.",
     "Chief Executive", "3 x 5 = 15", "H&S policy; risk assessments; H&S committee; training matrix.", "2 x 5 = 10", [
         ("Complete fire risk assessment reviews for all council buildings.", "Health and Safety Manager", "31/12/2025", "On track"),
         ("Introduce the new incident reporting system at all depots.", "Health and Safety Manager", "April 2026", "On track"),
     ]),
]
DCS_TYPO_ROW = None  # set by make_derry


def make_derry():
    global DCS_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Derry City and Strabane District Council – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Quarter 2 update: position at 30 September 2025"
    ws["A3"] = "Governance and Audit Committee – 12 November 2025"
    heads = ["Risk ID", "Risk description", "Risk owner", "Inherent risk (L x I)", "Key existing controls",
             "Residual risk (L x I)", "Further action required", "Action owner", "Target date", "Action status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("00586F")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for rid, desc, owner, inh, ctl, res, acts in DCS_RISKS:
        first = r
        for act, aown, tgt, st in acts:
            for c, v in zip((7, 8, 9, 10), (act, aown, tgt, st)):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if tgt == "Febuary 2026":
                DCS_TYPO_ROW = r
            r += 1
        for c, v in zip(range(1, 7), (rid, desc, owner, inh, ctl, res)):
            cell = ws.cell(first, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        score = int(res.split("=")[1])
        ws.cell(first, 6).fill = solid(RED if score >= 15 else AMBER if score >= 8 else GREEN)
    r += 1
    ws.cell(r, 1, "Risk scoring: Likelihood (1–5) x Impact (1–5). 1–6 Low; 8–12 Medium; 15–16 High; 20–25 Very High.")
    ws.cell(r + 1, 1, "Action status: On track / Amber – some delay / Red – significant delay / Complete / Not started.")
    for col, w in zip("ABCDEFGHIJ", [8, 45, 22, 12, 38, 12, 50, 26, 14, 13]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Risk summary")
    for c, h in enumerate(["Risk ID", "Risk", "Residual score", "Direction of travel"], start=1):
        sm.cell(1, c, h).font = Font(bold=True)
    dirs = ["↔", "↓", "↔", "↑", "↔", "↓"]
    for i, (rid, desc, owner, inh, ctl, res, acts) in enumerate(DCS_RISKS, start=2):
        sm.cell(i, 1, rid)
        sm.cell(i, 2, desc.split("\n")[0])
        sm.cell(i, 3, int(res.split("=")[1]))
        sm.cell(i, 4, dirs[i - 2])
    sm.column_dimensions["B"].width = 40
    wb.save(os.path.join(HERE, DCS_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def set_cell(cell, text):
    """Write text; an inner newline starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Rainey Endowed School – ETI post-inspection action plan (docx, table per AFI)
# ---------------------------------------------------------------------------
RES_FILE = "tk-rainey-endowed-school-eti-inspection-action-plan.docx"
RES_TITLE = "Rainey Endowed School – Post-Inspection Action Plan"
RES_AFIS = [
    ("Area for improvement 1: To embed a consistent whole-school approach to assessment for learning, so that the feedback pupils receive helps them understand how to improve their work.", [
        ("Agree a whole-school feedback policy, informed by a review of practice in each department and by pupil voice.",
         "Vice-Principal (Curriculum)", "October 2024", "Policy approved by SLT and the Board of Governors and shared with parents.", "Complete"),
        ("Deliver staff development on effective questioning and feedback, using the school development days in 2024-25.",
         "Senior Teacher (Teaching and Learning)", "Autumn term 2024 – Spring term 2025",
         "All teaching staff have taken part; lesson observations show improved use of questioning.", "G"),
        ("Heads of Department to monitor the quality of written and verbal feedback through termly work scrutiny, reporting findings to SLT.",
         "Heads of Department; Vice-Principal (Curriculum)", "Termly",
         "Work scrutiny shows feedback is consistent with the policy in all departments.", "G"),
    ]),
    ("Area for improvement 2: To improve outcomes in mathematics at key stage 3, particularly for pupils who require additional support with their learning.", [
        ("Introduce a structured numeracy intervention programme for identified Year 8 and Year 9 pupils, delivered in small groups.",
         "Head of Mathematics / SENCo", "November 2024",
         "Pupils in the programme make measurable progress on standardised tests.", "Complete"),
        ("Use the key stage 3 tracking system to identify underachievement at each data capture point and agree interventions with form teachers.",
         "Head of Mathematics", "Ongoing – each data capture point",
         "Fewer pupils identified as underachieving at the June data capture.", "A"),
    ]),
    ("Area for improvement 3: To strengthen the pastoral care arrangements for newcomer pupils and for pupils who join the school part-way through the year.", [
        ("Appoint a Newcomer Co-ordinator and introduce a buddy scheme for pupils joining mid-year.",
         "Head of Pastoral Care", "September 2024",
         "Co-ordinator in post; every new pupil has a trained buddy.", "Complete"),
        ("Review the induction programme with input from newcomer pupils and their families, using interpreters where needed.",
         "Head of Pastoral Care; Newcomer Co-ordinator", "June 2025",
         "Revised induction programme in place for September 2025; positive feedback from families.", "G"),
    ]),
]


def make_rainey():
    doc = Document()
    landscape(doc)
    doc.add_heading(RES_TITLE, level=0)
    doc.add_paragraph("Response of the Board of Governors to the Education and Training Inspectorate report "
                      "(inspection: 4–7 March 2024; report published June 2024)")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("School", "Rainey Endowed School, Magherafelt"),
                 ("Type of inspection", "Post-primary inspection"),
                 ("Date approved by the Board of Governors", "17 September 2024"),
                 ("Progress reviews", "Termly – December, March and June")]:
        row = info.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("The ETI report identified three areas for improvement. The actions below form part of the "
                      "School Development Plan 2024–2027, and progress will be reported to the Board of Governors "
                      "each term.")
    doc.add_paragraph("Progress key: G – on track; A – some delay; R – significant concern; Complete – action achieved.")
    for afi, acts in RES_AFIS:
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        bold_cell(top, afi, color="1F3864")
        shade(top, "DEEAF6")
        for c, h in zip(t.rows[1].cells, ["Action", "Responsibility", "Timescale", "Success criteria",
                                           "Progress (RAG)"]):
            bold_cell(c, h)
            shade(c, "F2F2F2")
        for act in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, act):
                set_cell(c, v)
        doc.add_paragraph("")
    doc.add_paragraph("Approved on behalf of the Board of Governors:")
    sig = doc.add_table(rows=3, cols=3)
    sig.style = "Table Grid"
    for c, h in zip(sig.rows[0].cells, ["Role", "Name", "Date"]):
        bold_cell(c, h)
    for i, (role, name) in enumerate([("Principal", "Mr D. McKinney"), ("Chair of the Board of Governors", "Mrs E. Henry")], start=1):
        sig.rows[i].cells[0].text = role
        sig.rows[i].cells[1].text = name
        sig.rows[i].cells[2].text = "17/09/2024"
    doc.save(os.path.join(HERE, RES_FILE))


# ---------------------------------------------------------------------------
# 5. Hafan y Waun care home – CIW inspection improvement plan (docx, one table,
#    theme bands, vertically merged finding cells)
# ---------------------------------------------------------------------------
HYW_FILE = "tk-hafan-y-waun-care-home-ciw-inspection-improvement-plan.docx"
HYW_TITLE = "Hafan y Waun Care Home – CIW Inspection Improvement Plan"
HYW_PLAN = [
    ("Care and Support", [
        ("Regulation 58: Medicines are not always stored and administered safely. Temperature records for the medication room were incomplete and two PRN protocols were missing.", [
            ("1", "Record daily room and fridge temperature checks on the electronic MAR system, with escalation to the nurse in charge if outside the safe range.",
             "Deputy Manager", "31/07/2025", "Complete"),
            ("2", "Review all PRN medicines and put person-specific PRN protocols in place, agreed with the GP surgery.\nMonthly medication audit to check that protocols are in place and followed.",
             "Registered Manager & Clinical Lead", "31/08/2025", "G"),
        ]),
        ("Regulation 15: Personal plans do not consistently reflect people’s current needs and preferences, and reviews are not always completed within three months.", [
            ("3", "Audit all personal plans against people’s current needs and update any that are out of date, involving the person and their representatives.",
             "Registered Manager", "30/09/2025", "G"),
            ("4", "Introduce a review schedule so that every personal plan is reviewed at least every three months.",
             "Unit Leads", "31/08/2025", "Complete"),
        ]),
    ]),
    ("Environment", [
        ("Regulation 44: Some areas of the home need redecoration, and a first-floor bathroom was being used to store equipment.", [
            ("5", "Clear the first-floor bathroom and provide alternative storage for equipment.",
             "Maintenance Person", "18/07/2025", "Complete"),
            ("6", "Agree a redecoration programme for communal areas and bedrooms with MHA Estates.",
             "Registered Manager; MHA Estates Manager", "March 2026", "G"),
        ]),
    ]),
    ("Leadership and Management", [
        ("Regulation 36: Not all staff have received one-to-one supervision each quarter, and some mandatory training is out of date.", [
            ("7", "Update the supervision matrix and complete all outstanding supervisions.",
             "Registered Manager", "31/08/2025", "Complete"),
            ("8", "Book all staff whose moving and handling, safeguarding or fire training is out of date onto the next available sessions.",
             "Administrator / Deputy Manager", "30/09/2025", "A"),
        ]),
        ("Regulation 80: The Responsible Individual’s quality of care review does not include feedback from people living at the home and their families.", [
            ("9", "Carry out a survey of residents and families, and include the findings and resulting actions in the next six-monthly quality of care review.",
             "Responsible Individual", "October 2025", "G"),
        ]),
    ]),
]


def make_hafan():
    doc = Document()
    landscape(doc)
    doc.add_heading(HYW_TITLE, level=0)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service", "Hafan y Waun, Aberystwyth (care home with nursing)"),
                 ("Provider", "Methodist Homes (MHA)"),
                 ("Date of inspection", "13 and 14 May 2025"),
                 ("Inspection report published", "2 July 2025"),
                 ("Plan prepared by", "Registered Manager"),
                 ("Date of plan", "18 July 2025")]:
        row = info.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("This plan responds to the areas for improvement identified by Care Inspectorate Wales under "
                      "the Regulated Services (Service Providers and Responsible Individuals) (Wales) Regulations 2017. "
                      "Progress is reviewed at the monthly quality meeting and reported to the Responsible Individual.")
    doc.add_paragraph("Status: Complete – action finished and checked; G – on track; A – behind schedule; R – not progressing.")
    heads = ["No.", "Area for improvement (CIW finding)", "Action to be taken", "Responsible", "Completion date", "Status"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, heads):
        bold_cell(c, h, color="FFFFFF")
        shade(c, "5B2C6F")
    for theme, findings in HYW_PLAN:
        band = t.add_row().cells
        m = band[0].merge(band[5])
        bold_cell(m, theme)
        shade(m, "E8DAEF")
        for finding, acts in findings:
            first_idx = len(t.rows)
            for no, act, resp, date, status in acts:
                cells = t.add_row().cells
                set_cell(cells[0], no)
                set_cell(cells[2], act)
                set_cell(cells[3], resp)
                set_cell(cells[4], date)
                set_cell(cells[5], status)
            last_idx = len(t.rows) - 1
            fc = t.cell(first_idx, 1)
            if last_idx > first_idx:
                fc = fc.merge(t.cell(last_idx, 1))
            set_cell(fc, finding)
    widths = [Cm(1.2), Cm(6.5), Cm(8.5), Cm(4), Cm(3), Cm(2)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("Signed: ______________________  Responsible Individual        Date: ____________")
    doc.save(os.path.join(HERE, HYW_FILE))


# ---------------------------------------------------------------------------
# 6. NHS Education for Scotland – annual audit report action plan (csv)
# ---------------------------------------------------------------------------
NES_FILE = "tk-nhs-education-for-scotland-annual-audit-report-2024-25-action-plan.csv"
NES_TITLE = "NHS Education for Scotland – 2024/25 Annual Audit Report: Action Plan"
NES_HEAD = ["No.", "Recommendation", "Agreed management action", "Responsible officer", "Agreed date",
            "Revised date", "RAG status", "Progress update"]
NES_SECTIONS = [
    ("2024/25 recommendations", [
        ("1", "Medium-term financial plan: NES should update its medium-term financial plan to show how the recurring funding gap of £4.1 million will be closed by 2027/28, including the savings required from each directorate.",
         "The medium-term financial plan will be refreshed and presented to the Board with savings targets for each directorate.",
         "Director of Finance", "31 March 2026", "", "Green",
         "Draft plan to the Finance and Performance Management Committee in January 2026."),
        ("2", "Payroll leavers: Management should ensure that leaver forms are submitted before the payroll cut-off date, to prevent overpayments.",
         "Line managers will be reminded of the leavers process, and a monthly exception report of late notifications will be reviewed by the Payroll Manager.",
         "Director of Workforce; Payroll Manager", "31 December 2025", "", "Complete",
         "Reminder issued in August 2025. Exception report in place from the September payroll."),
        ("3", "Digital programme benefits: NES should set out the benefits expected from its digital transformation programme and how these will be measured and reported.",
         "A benefits realisation framework for the digital programme will be developed and reported to the Board every six months.",
         "Director of Digital", "30 June 2026", "", "Green",
         "Framework drafted; first benefits report planned for the June 2026 Board."),
        ("4", "Workforce planning: The workforce plan should be linked to the financial plan, so that the affordability of planned workforce changes is clear.",
         "The 2026–2029 workforce plan will be aligned with the refreshed medium-term financial plan.",
         "Director of Workforce", "31 March 2026", "30 June 2026", "Amber",
         "Date revised to follow the medium-term financial plan timetable."),
    ]),
    ("Prior year recommendations (2023/24) – follow-up", [
        ("PY1", "Fixed assets: An asset verification exercise should be carried out each year, and the fixed asset register updated for disposals.",
         "A full asset verification exercise will be completed before the year-end.",
         "Head of Financial Services", "31 March 2025", "", "Complete",
         "Completed in March 2025; register updated."),
        ("PY2", "Best value: NES should report annually to the Board on how it demonstrates best value in its use of resources.",
         "An annual best value statement will be presented to the Audit and Risk Committee.",
         "Board Secretary", "30 September 2025", "28 February 2026", "Amber",
         "Delayed by the governance review; now scheduled for the February 2026 meeting."),
        ("PY3", "Climate change: NES should establish a baseline for its scope 3 emissions so that progress towards net zero can be measured.",
         "A scope 3 emissions baseline will be established with support from NHS Scotland Assure.",
         "Head of Sustainability", "31 December 2024", "31 March 2025", "Red",
         "Work paused following the loss of a key post; recruitment is under way."),
    ]),
]
NES_LINES = []  # filled by make_nes: (line_no, row)


def make_nes():
    rows = [[NES_TITLE] + [""] * 7,
            ["Progress at 31 October 2025 – Audit and Risk Committee, 20 November 2025"] + [""] * 7,
            [""] * 8,
            NES_HEAD]
    n = 0
    for sec, recs in NES_SECTIONS:
        rows.append([sec] + [""] * 7)
        for rec in recs:
            rows.append(list(rec))
            n += 1
    rows.append([""] * 8)
    rows.append(["Total: 7 recommendations – Complete 2, Green 2, Amber 2, Red 1"] + [""] * 7)
    with open(os.path.join(HERE, NES_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Dunblane High School – Education Scotland post-inspection plan (txt, TSV)
# ---------------------------------------------------------------------------
DHS_FILE = "tk-dunblane-high-school-education-scotland-inspection-action-plan.txt"
DHS_TITLE = "Dunblane High School – Post-inspection Action Plan"
DHS_PLAN = [
    ("1. Senior leaders should continue to develop approaches to tracking and monitoring young people’s progress in the broad general education, so that interventions are timely and well targeted. (QI 3.2)", [
        ("1a", "Introduce a whole-school BGE tracking tool with three data points each session, covering literacy, numeracy and all curricular areas.",
         "DHT (BGE)", "October 2024", "Tool used by all departments; data reviewed at each tracking point.", "Complete"),
        ("1b", "Hold tracking meetings with Principal Teachers after each data point to agree interventions for identified young people.",
         "DHT (BGE) / PT Pupil Support", "Aug 2024 – Jun 2025", "Interventions recorded for all young people identified as off track.", "On track"),
        ("1c", "Share tracking information with parents through the new online progress report.",
         "DHT (BGE)", "March 2025", "Online reports issued to all BGE parents.", "Complete"),
    ]),
    ("2. Teachers should ensure that learning is consistently well matched to the needs of all young people, including those who need more challenge. (QI 2.3)", [
        ("2a", "Deliver professional learning on differentiation and challenge, led by the school’s Learning and Teaching Group.",
         "DHT (Learning and Teaching)", "February 2025", "All staff have taken part; evaluations show increased confidence.", "Complete"),
        ("2b", "Introduce learning visits in trios focused on pace and challenge, with feedback recorded in professional learning logs.",
         "PT Curriculum Leaders", "Termly", "Learning visit records show consistent use of challenge.", "On track"),
        ("2c", "Gather young people’s views on challenge in lessons through focus groups in S2 and S3.",
         "DHT (Learning and Teaching) & Pupil Voice Co-ordinator", "May 2025", "Focus group findings shared with staff and acted on.", "Not started"),
    ]),
    ("3. Senior leaders should continue to work with partners to develop curriculum pathways in the senior phase, including through Developing the Young Workforce (DYW). (QI 2.2)", [
        ("3a", "Map the senior phase curriculum against local labour market information with the DYW Co-ordinator and Forth Valley College.",
         "DHT (Curriculum)", "December 2024", "Curriculum map completed and used in option choice planning.", "Complete"),
        ("3b", "Introduce two new Foundation Apprenticeship pathways for S5 and S6 (Social Services: Children and Young People; Creative and Digital Media).",
         "DHT (Curriculum) / DYW Co-ordinator", "August 2025", "Pathways available in the 2025/26 option choices.", "On track"),
    ]),
]


def make_dunblane():
    lines = [DHS_TITLE,
             "Education Scotland inspection, May 2024 · plan agreed with Stirling Council Children, Young People and Education",
             "Updated March 2025",
             "",
             "\t".join(["Ref", "Action", "Lead", "Timescale", "Measure of success", "Progress"])]
    for afi, acts in DHS_PLAN:
        lines.append(afi + "\t" * 5)
        for a in acts:
            lines.append("\t".join(a))
    lines += ["",
              "Progress key: Complete – action completed and impact evaluated; On track – under way within timescale; Not started – not yet due to start.",
              "Reviewed by the Senior Leadership Team each term; next review June 2025."]
    with open(os.path.join(HERE, DHS_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_tourism_ni()
    make_north_wales()
    make_derry()
    make_rainey()
    make_hafan()
    make_nes()
    make_dunblane()
    print("typo row (Derry):", DCS_TYPO_ROW)


if __name__ == "__main__":
    main()
