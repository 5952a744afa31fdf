"""Build the seven sw- blind cases (data files) for set heldout497.

Run:  /work/main/.venv/bin/python sw_make.py
Writes only files whose names start with "sw-" into this folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_FILL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("sw-")
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Stockport - Ofsted focused visit action plan (xlsx)
# ---------------------------------------------------------------------------
def stockport():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = "Stockport Family – Ofsted Focused Visit Action Plan"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Stockport Council – Children's Services"
    cov["A3"] = ("Focused visit: 6–7 February 2024 (children in need and children "
                 "subject to a child protection plan)")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Approved by"),
        ("1.0", "16/04/2024", "Head of Safeguarding and Quality Assurance",
         "Stockport Family Leadership Team"),
        ("1.2", "03/06/2024", "Head of Safeguarding and Quality Assurance",
         "Children's Improvement Board"),
        ("1.4", "30/09/2024", "Performance & Intelligence Manager",
         "Stockport Family Leadership Team"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete – evidence of impact seen"),
           ("G", "On track to deliver by the target date"),
           ("A", "Some slippage – revised date agreed"),
           ("R", "Off track – escalated to the Children's Improvement Board"),
           ("Not started", "Action not yet due to start")]
    for i, (k, v) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=k)
        if k in RAG_FILL:
            c.fill = fill(RAG_FILL[k])
        cov.cell(row=12 + i, column=2, value=v)
    for col, w in zip("ABCD", (14, 16, 42, 36)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Focused visit 6–7 February 2024. Letter published 19 March 2024. "
                "Version 1.4 – progress at 30 September 2024.")
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Action", "Lead", "Start", "Original target date",
             "Revised target date", "Progress update (September 2024)",
             "Previous RAG", "Current RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    plan = [
        ("AFI", "Area for improvement 1: The timeliness of strategy discussions and the "
                "quality of decision-making when concerns about children first arise."),
        ("1.1", "Introduce a daily MASSH huddle, chaired by a Team Manager, to review every "
                "contact awaiting a decision for more than one working day.",
         "Service Manager – MASSH", d(2024, 3, 1), d(2024, 4, 30), None,
         "Huddle in place since 18 March 2024. Contacts over one working day reduced "
         "from 41 to 6.", "G", "B"),
        ("1.2", "Refresh the joint strategy discussion guidance with Greater Manchester "
                "Police and health partners.\nAudit 20 strategy discussions each quarter "
                "to test compliance.",
         "Head of Service (Safeguarding & Support); GMP Detective Inspector (PVP)",
         d(2024, 3, 1), d(2024, 6, 30), d(2024, 10, 31),
         "Guidance agreed at the Safeguarding Partnership Executive in July.\n"
         "First quarterly audit completed (17 of 20 compliant); second audit moved "
         "to October.", "A", "A"),
        ("1.3", "Report MASSH timeliness (contact to decision within one working day) to "
                "the Stockport Family Leadership Team.",
         "Performance & Intelligence Manager", d(2024, 4, 1), "Monthly", None,
         "Reported monthly since April; 94% within one working day in August.",
         "G", None),  # current RAG shown by green fill only
        ("AFI", "Area for improvement 2: The quality of child protection plans, so that "
                "they are specific, measurable and understood by parents."),
        ("2.1", "Relaunch the child protection plan template with SMART outcomes and a "
                "'What needs to change' section written for parents.",
         "Head of Safeguarding and Quality Assurance", d(2024, 4, 1), d(2024, 5, 31), None,
         "New template live on Liquidlogic from 20 May 2024.", "A", "B"),
        ("2.2", "Deliver practice workshops on writing plans with families for all social "
                "workers in the locality teams, followed by observations of practice.",
         "Principal Social Worker / Workforce Development Manager",
         d(2024, 5, 1), d(2024, 7, 31), d(2024, 11, 30),
         "6 of 9 workshops delivered. Remaining sessions rescheduled after summer "
         "leave.", "G", "A"),
        ("2.3", "Child protection chairs to escalate any plan without measurable outcomes "
                "at the first review conference, using the practice resolution protocol.",
         "Child Protection Chairs Team Manager", d(2024, 5, 1), "Ongoing", None,
         "11 escalations raised since May; all resolved within 10 working days.",
         "G", "G"),
        ("AFI", "Area for improvement 3: The consistency and impact of management "
                "oversight and supervision for children in need."),
        ("3.1", "Implement the revised supervision policy so that case supervision is "
                "recorded on the child's record at least every four weeks.",
         "Head of Service (Children in Need)", d(2024, 4, 1), d(2024, 6, 30),
         d(2024, 9, 30),
         "Compliance 71% in September against a target of 90%. Escalated to the "
         "Children's Improvement Board.", "A", "R"),
        ("3.2", "Complete a quarterly thematic audit of children in need plans open for "
                "more than 12 months and report findings to the Quality Assurance Board.",
         "Quality Assurance Manager", d(2024, 7, 1), "Q3 2024/25", None,
         "First audit (July) found drift in 9 of 25 plans; actions agreed with team "
         "managers.", None, "G"),
        ("3.3", "Introduce a step-down and review panel so that children in need plans "
                "that are not progressing are considered by a Service Manager.",
         "Service Manager (Locality North) & Service Manager (Locality South)",
         d(2024, 10, 1), d(2024, 12, 31), None,
         "Terms of reference drafted.", None, "Not started"),
    ]
    r = 5
    for item in plan:
        if item[0] == "AFI":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        ref, act, lead, start, orig, rev, prog, prev, cur = item
        vals = [ref, act, lead, start, orig, rev, prog, prev, cur]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        if prev in RAG_FILL:
            ws.cell(row=r, column=8).fill = fill(RAG_FILL[prev])
        if cur in RAG_FILL:
            ws.cell(row=r, column=9).fill = fill(RAG_FILL[cur])
        if ref == "1.3":
            ws.cell(row=r, column=9).fill = fill(RAG_FILL["G"])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary at 30 September 2024").font = Font(bold=True)
    r += 1
    for k, v in (("Complete", 2), ("Green", 3), ("Amber", 2), ("Red", 1),
                 ("Not started", 1), ("Total actions", 9)):
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Note: revised target dates were agreed by the Stockport Family Leadership "
        "Team on 10/09/2024. Where no revised date is shown the original date stands."))
    for col, w in zip("ABCDEFGHI", (9, 52, 30, 9, 12, 12, 46, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(out("sw-stockport-council-ofsted-focused-visit-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Salford - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def salford():
    title = "Salford City Council – Internal Audit Recommendations Tracker"
    sub = ("Outstanding recommendations at 31 October 2025 – Audit and Accounts "
           "Committee, 26 November 2025")
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = sub
    hdr = ["Directorate", "High", "Medium", "Low", "Total"]
    data = [("People and Organisational Development", 1, 1, 0, 2),
            ("Health and Care", 2, 1, 0, 3),
            ("Place", 0, 2, 1, 3),
            ("Total", 3, 4, 1, 8)]
    for j, h in enumerate(hdr):
        c = s.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = s.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    s["A10"] = ("Of the 8 agreed actions, 2 have been implemented since the last report "
                "and 1 is past its revised date.")
    s.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Outstanding Recommendations")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = sub
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action",
             "Responsible officer", "Original date", "Revised date",
             "Latest update", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BFBFBF")
        c.border = BOX
        c.alignment = WRAP

    rows = [
        ("BAND", "24/25-06 Payroll – Starters and Leavers (People and Organisational "
                 "Development) – Limited assurance"),
        ("PAY 1", "High",
         "Leavers should be processed before the final pay run so that overpayments do "
         "not arise.",
         "Introduce a monthly reconciliation of leavers notified on iTrent against the "
         "payroll, with overpayments referred to Debt Recovery within five working days.",
         "Payroll Manager", "31/03/2025", "30/06/2025",
         "Reconciliation in place since June 2025; verified by Internal Audit on "
         "14/08/2025.", "B"),
        ("PAY 2", "Medium",
         "Starter forms should be authorised by the budget holder before the employee "
         "is set up on the payroll system.",
         "Replace the paper starter form with the Manager Self Service workflow, with "
         "mandatory budget holder approval.",
         "Payroll Manager / HR Systems Lead", "30/06/2025", "31/12/2025",
         "Workflow built and in user testing; go-live planned for the December pay run.",
         "A"),
        ("BAND", "24/25-11 Direct Payments – Adults (Health and Care) – Limited assurance"),
        ("DP 1.1", "High",
         "Direct payment accounts should be audited in line with the Direct Payments "
         "Policy, and surplus balances recovered.",
         "Clear the backlog of 212 direct payment account audits, prioritising accounts "
         "holding more than £5,000.",
         "Head of Adult Social Care Finance", "30/04/2025", "31/10/2025",
         "148 of 212 audits complete. Revised date missed; new plan to be agreed with "
         "the Strategic Director.", "R"),
        ("DP 1.2", "High", None,
         "Recover surplus balances identified by the audits and report amounts "
         "recovered to the Audit and Accounts Committee.",
         "Head of Adult Social Care Finance", "Quarterly", None,
         "£186,400 recovered to 30/09/2025.", "G"),
        ("DP 2", "Medium",
         "A financial assessment should be completed before a direct payment starts.",
         "Add a completed financial assessment check to the direct payment set-up "
         "checklist in ContrOCC.",
         "Financial Assessment & Benefits Team Leader", "31/05/2025", None,
         "Checklist updated May 2025; sample test of 15 new cases found no exceptions.",
         "B"),
        ("BAND", "25/26-02 Highway Safety Inspections (Place) – Reasonable assurance"),
        ("HWY 1", "Medium",
         "Safety inspections should be completed within the frequencies set in the "
         "Highway Safety Inspection Policy.",
         "Reassign two inspectors to clear overdue category 2 inspections and report "
         "compliance monthly to the Highways Management Team.",
         "Highways Asset Manager", "30/11/2025", None,
         "Overdue inspections reduced from 164 to 22.", "G"),
        ("HWY 2", "Low",
         "Defect records should show the date on which the repair was completed.",
         "Configure the Confirm mobile app so that a defect cannot be closed without a "
         "completion date and photograph.",
         "Highways Asset Manager & ICT Business Partner", "Q3 2025/26", None,
         "Not yet due.", None),
        ("HWY 3", "Medium",
         "Inspector training and accreditation records should be held centrally.",
         "Create a central training matrix for highway inspectors, including "
         "accreditation expiry dates.",
         "Principal Engineer (Highways)", "31/12/2025", None,
         "Matrix drafted; awaiting records from the term maintenance contractor.", "G"),
    ]
    r = 5
    merge_from = None
    for item in rows:
        if item[0] == "BAND":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1)
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            r += 1
            continue
        ref, pri, rec, act, off, orig, rev, upd, rag = item
        vals = [ref, pri, rec, act, off, orig, rev, upd, None]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
        if rag:
            ws.cell(row=r, column=9).fill = fill(RAG_FILL[rag])
        if ref == "DP 1.1":
            merge_from = r
        if ref == "DP 1.2":
            ws.merge_cells(start_row=merge_from, start_column=3, end_row=r, end_column=3)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG colours are explained on the Key sheet.")
    for col, w in zip("ABCDEFGHI", (9, 9, 40, 46, 26, 12, 12, 40, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key (colour in the RAG column)"
    k["A1"].font = Font(bold=True)
    for i, (c, t) in enumerate((
            ("B", "Blue – implemented and verified by Internal Audit"),
            ("G", "Green – on track to be implemented by the agreed date"),
            ("A", "Amber – revised date agreed; at risk"),
            ("R", "Red – past the revised date"),
            (None, "No colour – not yet due"))):
        cell = k.cell(row=3 + i, column=1)
        if c:
            cell.fill = fill(RAG_FILL[c])
        k.cell(row=3 + i, column=2, value=t)
    k["A9"] = "Priority"
    k["A9"].font = Font(bold=True)
    k["A10"] = "High – fundamental control weakness; implement within 3 months"
    k["A11"] = "Medium – significant weakness; implement within 6 months"
    k["A12"] = "Low – minor weakness; implement within 12 months"
    k.column_dimensions["B"].width = 60
    wb.save(out("sw-salford-city-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Doncaster - strategic risk register (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
def doncaster():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "City of Doncaster Council – Strategic Risk Register, Quarter 2 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Position at 30 September 2025 – presented to Audit Committee, "
                "20 November 2025")
    heads = ["Ref", "Strategic risk / further action", "Risk owner / action owner",
             "Inherent score", "Current score", "Target score", "Direction of travel",
             "Target date", "Q2 progress", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("SR1", "Failure to achieve a balanced budget and deliver the Medium-Term "
                "Financial Strategy", "Director of Corporate Resources", 25, 20, 12, "↔",
         "Key controls: budget monitoring reported to Cabinet quarterly; savings "
         "tracker reviewed by the Executive Leadership Team; reserves strategy.",
         [("SR1.1", "Develop 2026/27 savings proposals to close the remaining £9.8m gap.",
           "Head of Financial Management", "Dec 2025",
           "Proposals at Executive Leadership Team for challenge in October.", "A"),
          ("SR1.2", "Review earmarked reserves and release balances no longer required.",
           "Head of Financial Management", "Feb 2026",
           "Review started; £2.1m identified so far.", "G")]),
        ("SR2", "Demand for, and the cost of, children's social care placements exceeds "
                "the available budget", "Director of Children, Young People and Families",
         25, 20, 15, "↑",
         "Key controls: placement commissioning panel; weekly high-cost placement "
         "review; Sufficiency Strategy 2024-27.",
         [("SR2.1", "Open two new in-house children's homes under the Sufficiency Strategy.",
           "Head of Service – Placements and Sufficiency", "March 2026",
           "First home registered with Ofsted; second delayed by planning.", "A"),
          ("SR2.2", "Launch the foster carer recruitment campaign using the Mockingbird "
                    "model.", "Head of Fostering", "Nov 2025",
           "Campaign launched 1 September; 19 enquiries to date.", "G"),
          ("SR2.3", "Require Director approval for all external placements costing more "
                    "than £5,000 a week.",
           "Director of Children, Young People and Families", "31/10/2025",
           "In place from 1 August 2025.", "B")]),
        ("SR3", "Failure to meet statutory duties for children with special educational "
                "needs and disabilities within the High Needs Block",
         "Director of Learning, Opportunities and Skills", 20, 16, 9, "↔",
         "Key controls: SEND Partnership Board; monthly EHCP timeliness reporting; "
         "Delivering Better Value in SEND programme.",
         [("SR3.1", "Reduce the number of EHC needs assessments exceeding 20 weeks by "
                    "commissioning additional educational psychology capacity.",
           "Head of SEND", "Janaury 2026",
           "Two locum educational psychologists started in September.", "A"),
          ("SR3.2", "Deliver the Delivering Better Value in SEND implementation plan.",
           "Head of SEND", "March 2026", "4 of 7 workstreams on track.", "A")]),
        ("SR4", "A major cyber security incident disrupts council services and "
                "compromises data", "Senior Information Risk Owner", 20, 12, 8, "↓",
         "Key controls: PSN compliance; multi-factor authentication; immutable "
         "back-ups; mandatory cyber training.",
         [("SR4.1", "Complete the migration of the remaining on-premise servers to the "
                    "supported cloud platform.", "Head of Digital and ICT", "Dec 2025",
           "38 of 45 servers migrated.", "G"),
          ("SR4.2", "Run a cyber incident exercise with the Executive Leadership Team and "
                    "test business continuity plans.",
           "Emergency Planning Manager / Head of Digital and ICT", "Sept 2025",
           "Exercise held 17 September; lessons log in place.", "B")]),
    ]
    r = 5
    typo_row = None
    for ref, risk, owner, inh, cur, tgt, dot, controls, acts in risks:
        vals = [ref, risk, owner, inh, cur, tgt, dot]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.alignment = WRAP
            c.border = BOX
        for j in range(8, 11):
            ws.cell(row=r, column=j).fill = fill("E4DFEC")
            ws.cell(row=r, column=j).border = BOX
        sc = ws.cell(row=r, column=5)
        sc.fill = fill("FF0000" if cur >= 15 else "FFC000")
        r += 1
        ws.cell(row=r, column=2, value=controls).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(row=r, column=2).font = Font(italic=True)
        r += 1
        ws.cell(row=r, column=2, value="Further actions required:").font = Font(bold=True)
        r += 1
        for aref, act, aowner, date, prog, rag in acts:
            vals = [aref, act, aowner, None, None, None, None, date, prog, rag]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=10).fill = fill(RAG_FILL[rag])
            if date == "Janaury 2026":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Direction of travel: ↑ risk increasing, ↓ risk decreasing, ↔ no change since Q1."))
    r += 1
    ws.cell(row=r, column=1, value=(
        "Action RAG: B complete, G on track, A some slippage, R significantly off track. "
        "Scores are likelihood x impact (see Scoring Matrix)."))
    for col, w in zip("ABCDEFGHIJ", (8, 50, 30, 9, 9, 9, 10, 12, 40, 6)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring matrix (likelihood x impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        m.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            score = li * im
            c = m.cell(row=3 + (6 - li), column=1 + im, value=score)
            c.fill = fill("FF0000" if score >= 15 else "FFC000" if score >= 8 else "00B050")
    m["A10"] = "15-25 High (red); 8-12 Medium (amber); 1-6 Low (green)"

    ch = wb.create_sheet("Changes since Q1")
    ch["A1"] = "Changes to the register since Quarter 1"
    ch["A1"].font = Font(bold=True)
    ch["A3"] = "SR2 current score increased from 16 to 20 (placement costs)."
    ch["A4"] = "SR4 current score reduced from 16 to 12 following MFA roll-out."
    ch["A5"] = "Former SR6 (Local Plan examination) de-escalated to the directorate register."
    wb.active = 0
    wb.save(out("sw-city-of-doncaster-council-strategic-risk-register-q2-2025-26-"
                "typo-month-refuse.xlsx"))
    return typo_row


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


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


WORD_RAG = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050",
            "Complete": "0070C0", "Blue": "0070C0"}


# ---------------------------------------------------------------------------
# 4. Birmingham Safeguarding Children Partnership - CSPR action plan (docx)
# ---------------------------------------------------------------------------
def birmingham():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = (
        "Birmingham Safeguarding Children Partnership – OFFICIAL")
    doc.add_paragraph(
        "Child Safeguarding Practice Review – Child K: Multi-Agency Action Plan",
        style="Title")
    doc.add_paragraph(
        "This plan responds to the recommendations of the local child safeguarding "
        "practice review into the serious injury of Child K, aged 7 months, published "
        "by the Birmingham Safeguarding Children Partnership (BSCP) in September 2024. "
        "Progress is monitored by the Case Review Group and reported to the BSCP "
        "Executive each quarter.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Status")):
        c.text = h
    bold_row(t.rows[0])
    for row in (("1.0", "14/10/2024", "BSCP Business Unit", "Agreed by Case Review Group"),
                ("1.3", "03/07/2025", "BSCP Business Unit",
                 "Q1 2025/26 update for BSCP Executive")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for name, text in (("Complete", "Action completed and evidence of impact provided"),
                       ("Green", "On track"),
                       ("Amber", "Some delay – revised timescale agreed"),
                       ("Red", "Not progressing – escalated to the BSCP Executive")):
        cells = k.add_row().cells
        cells[0].text = name
        shade(cells[0], WORD_RAG[name])
        cells[1].text = text

    themes = [
        ("Theme 1 – Seeing and hearing the child", [
            ("Recommendation 1: Birmingham Children's Trust and partner agencies should "
             "ensure that the lived experience of pre-verbal children is recorded and "
             "analysed in assessments and plans.", [
                ("1.1", "Revise the Trust's assessment template so that every assessment "
                        "of a child under two includes observation of the child with each "
                        "carer.",
                 "Assistant Director, Quality Assurance (BCT)", "March 2025",
                 "Template revised January 2025. Audit in May 2025: observation recorded "
                 "in 22 of 25 assessments.", "Complete"),
                ("1.2", "Deliver a 'Voice of the baby' briefing to health visitors and GP "
                        "safeguarding leads, and add the case study to the BSCP "
                        "multi-agency training offer.",
                 "BSol ICB Designated Nurse / Named GP for Safeguarding",
                 "Original: Jan 2025\nRevised: June 2025",
                 "Health visitor briefings complete. GP sessions rescheduled because of "
                 "winter pressures.", "Amber"),
            ]),
            ("Recommendation 2: Health agencies should make sure that information about "
             "injuries to non-mobile babies is shared with children's social care on the "
             "same day.", [
                ("2.1", "Re-launch the multi-agency Bruising and Injuries in Non-Mobile "
                        "Babies protocol across the emergency department and minor injury "
                        "units.",
                 "Birmingham Community Healthcare NHS FT – Head of Safeguarding",
                 "By 30 June 2025",
                 "Protocol re-launched April 2025; compliance audit scheduled for June.",
                 "Green"),
                ("2.2", "Include a standing item on non-mobile injury referrals in the "
                        "BSCP quarterly audit programme.",
                 "BSCP Business Manager", "Ongoing – six-monthly",
                 "First report to Case Review Group in May 2025.", None),  # green shading
            ]),
        ]),
        ("Theme 2 – Professional curiosity about adults in the household", [
            ("Recommendation 3: Agencies should ensure that information about new adults "
             "joining a household is sought, shared and considered in risk assessments.", [
                ("3.1", "Add a prompt on 'who lives here and who visits' to police "
                        "domestic abuse risk assessments and to social work visits.",
                 "West Midlands Police and Birmingham Children's Trust",
                 "Sept 2024 – March 2025",
                 "Prompt live in both systems from February 2025.", "Complete"),
                ("3.2", "Review how substance misuse services check whether clients have "
                        "contact with babies or young children, and update the screening "
                        "tool.",
                 "Change, Grow, Live (CGL) Service Manager", "December 2025",
                 "Screening tool review under way with the CGL national team.", None),
            ]),
            ("Recommendation 4: The BSCP should share the learning from this review with "
             "schools and early years settings.", [
                ("4.1", "Deliver a learning event for designated safeguarding leads in "
                        "schools and early years settings, using the Child K seven-minute "
                        "briefing.",
                 "BSCP Learning and Development Lead", "Autumn term 2025",
                 "Planned for October 2025.", "Not started"),
            ]),
        ]),
    ]
    shaded_only = {"2.2": "00B050", "3.2": "FFC000"}
    for theme, recs in themes:
        doc.add_paragraph(theme, style="Heading 2")
        for rec, acts in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ("No.", "Action", "Lead", "Timescale",
                                              "Evidence of impact / progress", "RAG")):
                c.text = h
                shade(c, "D9D9D9")
            bold_row(t.rows[0])
            for no, act, lead, when, prog, rag in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, (no, act, lead, when, prog, rag or "")):
                    c.text = v
                if rag in WORD_RAG:
                    shade(cells[5], WORD_RAG[rag])
                if no in shaded_only:
                    shade(cells[5], shaded_only[no])
            doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ("Agreed by", "Role", "Date")):
        c.text = v
    for c, v in zip(s.rows[1].cells, ("BSCP Executive", "Statutory safeguarding partners",
                                      "17/07/2025")):
        c.text = v
    doc.save(out("sw-birmingham-safeguarding-children-partnership-cspr-child-k-"
                 "action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. St Helens - Borough Strategy annual delivery plan Q2 (docx)
# ---------------------------------------------------------------------------
def st_helens():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "St Helens Borough Council"
    doc.add_paragraph(
        "Borough Strategy 2021-2030: Annual Delivery Plan 2025/26 – Quarter 2 Progress "
        "Report", style="Title")
    doc.add_paragraph(
        "This report sets out progress at the end of Quarter 2 (July to September 2025) "
        "against the key deliverables in the 2025/26 Annual Delivery Plan, grouped by "
        "the six priorities of the Borough Strategy. It will be considered by Cabinet "
        "on 12 November 2025 and by the Overview and Scrutiny Commission.")
    doc.add_paragraph(
        "Status key: Blue – complete; Green – on track; Amber – some slippage, "
        "recoverable; Red – significant slippage, corrective action required.")
    priorities = [
        ("Priority 1: Ensure children and young people have a positive start in life", [
            ("1.1", "Open two further Family Hubs in Parr and Thatto Heath and extend "
                    "Saturday opening at the Central hub.",
             "Director of Children's Services", "March 2026",
             "Parr hub building works complete; Thatto Heath lease agreed.", "Green"),
            ("1.2", "Increase local sufficiency by recruiting 25 additional mainstream "
                    "foster carers through the Fostering Recruitment Strategy.",
             "Assistant Director – Children's Social Care", "Q4 2025/26",
             "9 households approved to date against a profile of 12.", "Amber"),
        ]),
        ("Priority 2: Promote good health, independence and care across our communities", [
            ("2.1", "Complete the refresh of the Joint Strategic Needs Assessment chapters "
                    "on ageing well and mental health.",
             "Director of Public Health", "Dec 2025",
             "Ageing well chapter drafted; mental health chapter in consultation.", "Green"),
            ("2.2", "Implement the new Technology Enabled Care offer so that 500 more "
                    "residents are supported to live independently at home.",
             "Director of Integrated Health and Social Care / Head of Commissioning",
             "Sept 2025\nRevised: March 2026",
             "Procurement concluded in August; provider mobilising. 140 new users to "
             "date.", "Amber"),
        ]),
        ("Priority 3: Create safe and strong communities and neighbourhoods for all", [
            ("3.1", "Deliver the Safer Streets programme in Town Centre and Bold wards, "
                    "including CCTV upgrades and alley gating.",
             "Head of Community Safety", "Sept 2025",
             "All works completed by 26 September 2025.", "Blue"),
            ("3.2", "Adopt a revised Anti-social Behaviour Policy and publish service "
                    "standards for victims.",
             "Head of Community Safety", "Jan 2026",
             "Draft policy out to consultation until 31 October.", "Green"),
        ]),
        ("Priority 4: Support a strong, thriving, inclusive and well-connected local "
         "economy", [
            ("4.1", "Secure a development partner for phase 2 of the town centre "
                    "regeneration at Chalon Way.",
             "Executive Director of Place Services", "Nov 2025",
             "Two bids received; evaluation extended to allow clarification.", "Amber"),
            ("4.2", "Support 300 residents into work through the Ways to Work programme "
                    "and the St Helens Works hub.",
             "Head of Employment and Skills", "March 2026",
             "162 residents into work at the end of Q2.", "Green"),
        ]),
        ("Priority 5: Create green and vibrant places that reflect our heritage and "
         "culture", [
            ("5.1", "Plant 10,000 trees across the borough as part of the Northern Forest "
                    "programme.",
             "Head of Parks, Open Spaces and Bereavement Services", "March 2026",
             "Sites agreed; planting season starts in November.", "Green"),
            ("5.2", "Launch the shopfront improvement grant scheme for the Earlestown "
                    "heritage area.",
             "Head of Planning & Building Control", "Oct 2025",
             "Launch delayed: grant conditions still to be agreed with the funder.", "Red"),
        ]),
        ("Priority 6: Be a responsible council", [
            ("6.1", "Deliver the £4.2m of savings agreed in the 2025/26 budget and report "
                    "progress to Cabinet.",
             "Director of Finance (Section 151 Officer)", "Quarterly",
             "£2.6m delivered; remaining savings forecast to be achieved.", "Green"),
        ]),
    ]
    for heading, acts in priorities:
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Ref", "Key deliverable 2025/26",
                                          "Lead officer", "Milestone", "Q2 update",
                                          "Status")):
            c.text = h
            shade(c, "1F4E79")
        bold_row(t.rows[0])
        for ref, act, lead, when, upd, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, act, lead, when, upd, rag)):
                c.text = v
            shade(cells[5], WORD_RAG[rag])
    doc.add_paragraph("Summary of status at Quarter 2", style="Heading 1")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Priority", "Blue", "Green", "Amber", "Red")):
        c.text = h
    bold_row(t.rows[0])
    for row in (("1", "0", "1", "1", "0"), ("2", "0", "1", "1", "0"),
                ("3", "1", "1", "0", "0"), ("4", "0", "1", "1", "0"),
                ("5", "0", "1", "0", "1"), ("6", "0", "1", "0", "0"),
                ("Total", "1", "6", "3", "1")):
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    doc.save(out("sw-st-helens-borough-council-borough-strategy-delivery-plan-"
                 "q2-2025-26.docx"))


# ---------------------------------------------------------------------------
# 6. Warrington Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def warrington():
    rows = [
        ["Warrington Health and Wellbeing Board – Action Log", "", "", "", "", "", ""],
        ["Updated following the meeting held on 11 September 2025", "", "", "", "", "",
         ""],
        ["", "", "", "", "", "", ""],
        ["Action No.", "Meeting Date", "Action", "Owner", "Due Date", "RAG", "Update"],
        ["HWB/25/03", "13/03/2025",
         "Circulate the final Better Care Fund plan, including the Section 75 agreement, "
         "to Board members.",
         "Director of Adult Social Services", "Apr-25", "B",
         "Circulated by email on 2 April 2025."],
        ["HWB/25/06", "13/03/2025",
         "Establish a steering group for the Pharmaceutical Needs Assessment refresh and "
         "bring the draft to the Board before consultation.",
         "Consultant in Public Health", "June 2025", "B",
         "Steering group met 8 May; draft PNA considered at the June meeting."],
        ["HWB/25/09", "12/06/2025",
         "Provide a written response to the Healthwatch Warrington recommendations on "
         "access to GP appointments.",
         "ICB Place Director for Warrington", "31/07/2025", "A",
         "Draft response shared with Healthwatch on 29 August.\nFinal response to follow "
         "primary care contract review."],
        ["HWB/25/11", "12/06/2025",
         "Hold a development session for Board members on the refreshed Joint Local "
         "Health and Wellbeing Strategy priorities.",
         "Okafor, Grace", "Sep-25", "B",
         "Session held 4 September 2025; 14 members attended."],
        ["HWB/25/14", "11/09/2025",
         "Bring the system winter plan, including the vaccination uptake trajectory, to "
         "the December meeting.",
         "Director of Public Health / ICB Place Director for Warrington",
         "Next meeting – 4 Dec 2025", "G", "On the forward plan."],
        ["HWB/25/15", "11/09/2025",
         "Share the Healthy Weight Declaration with all Board partner organisations and "
         "ask each to identify a named lead.",
         "Public Health Programme Manager", "Oct-25", "G",
         "Letter drafted for the Chair's signature."],
        ["HWB/25/16", "11/09/2025",
         "Report back on waiting times for CAMHS neurodevelopmental assessments, with a "
         "breakdown by age group.",
         "Mersey Care Associate Director and Warrington Together Programme Lead", "TBC",
         "", "Date to be agreed once the data validation is complete."],
        ["HWB/25/17", "11/09/2025",
         "Write to the Department of Health and Social Care on behalf of the Board about "
         "the Public Health Grant allocation for 2026/27.",
         "Cllr H. Mitchell", "Oct-25", "A",
         "Held pending the Spending Review settlement letter."],
        ["", "", "", "", "", "", ""],
        ["Summary: 8 actions – 3 complete (B), 2 on track (G), 2 at risk (A), 1 not rated",
         "", "", "", "", "", ""],
        ["RAG key: B = complete; G = on track; A = at risk of delay; R = overdue", "", "",
         "", "", "", ""],
    ]
    path = out("sw-warrington-health-and-wellbeing-board-action-log.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Bolton Community Safety Partnership - DHR action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def bolton():
    lines = [
        "Bolton Community Safety Partnership – Domestic Homicide Review (Adult D) "
        "Action Plan",
        "Position statement for the DHR Oversight Group, 30 June 2025",
        "",
        "Ref\tAction\tLead\tTarget date\tProgress update\tRAG",
        "Recommendation 1: Agencies should ask about domestic abuse routinely when an "
        "adult presents in a mental health crisis, and record the response.\t\t\t\t\t",
        "1.1\tAdd a mandatory domestic abuse routine enquiry question to the mental "
        "health liaison assessment template at Royal Bolton Hospital.\tBolton NHS FT "
        "Head of Safeguarding\tSept 2024\tTemplate live from 02/09/2024; compliance 87% "
        "in the May 2025 audit.\tB",
        "1.2\tDeliver domestic abuse awareness training to Greater Manchester Mental "
        "Health staff in the Bolton community teams\tGMMH Safeguarding Lead\t31/03/2025 "
        "(revised 31/07/2025)\t78% of staff trained; evaluation report due July 2025.\tA",
        "\tand evaluate staff confidence before and after the training.\t\t\t\t",
        "Recommendation 2: Bolton CSP should assure itself that MARAC referrals are made "
        "when risk escalates, and not only after the first DASH risk assessment.\t\t\t\t\t",
        "2.1\tAudit a sample of 30 repeat MARAC cases to test whether the escalation "
        "criteria were applied.\tMARAC Coordinator; GMP Bolton District Detective "
        "Inspector\tQ2 2025/26\tSample selected; audit day booked for 15 July.\tG",
        "2.2\tUpdate the Bolton MARAC operating protocol to include the professional "
        "judgement and escalation referral routes.\tDomestic Abuse and Sexual Violence "
        "Strategic Lead\tDecember 2024\tProtocol agreed by the MARAC Steering Group on "
        "11/12/2024.\tB",
        "2.3\tRe-launch the escalation guidance through a seven-minute briefing for all "
        "partner agencies.\tBolton CSP Business Manager\tOngoing\tBriefing circulated "
        "March 2025; to be repeated annually.\tG",
        "Recommendation 3: Bolton Council and housing providers should ensure that "
        "victims who are homeless or at risk of homelessness are offered safe "
        "accommodation that accepts pets.\t\t\t\t\t",
        "3.1\tCommission pet-friendly refuge spaces as part of the Safe Accommodation "
        "Strategy 2025-28.\tHead of Housing Options and Homelessness\tMarch 2026\t"
        "Needs assessment complete; commissioning intentions due in October.\tA",
        "3.2\tAgree a protocol with Bolton at Home and the RSPCA for temporary pet "
        "fostering while survivors are in refuge.\tBolton at Home Tenancy Services "
        "Manager & RSPCA Branch Manager\tTBC\tNo progress – awaiting a funding decision.\tR",
        "",
        "Key: B = complete, G = on track, A = some slippage, R = significant delay",
        "Next review: DHR Oversight Group, September 2025",
    ]
    path = out("sw-bolton-community-safety-partnership-dhr-adult-d-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    stockport()
    salford()
    row = doncaster()
    print("Doncaster typo row:", row)
    birmingham()
    st_helens()
    warrington()
    bolton()
    print("done")
