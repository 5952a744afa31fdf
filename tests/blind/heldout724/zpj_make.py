"""Build the seven zpj- blind test files (set heldout724).

Run with /work/main/.venv/bin/python zpj_make.py from any directory; files are
written beside this script.  Only files whose names start with "zpj-" are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zpj-")
    return os.path.join(HERE, name)


D = dt.datetime

# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
    "white": PatternFill("solid", fgColor="FFFFFF"),
}


def header_row(ws, row, labels, fill="head"):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF" if fill == "head" else "000000")
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def put(ws, row, col, value, fmt=None, fill=None, bold=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = FILL[fill]
    if bold:
        c.font = Font(bold=True)
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# =====================================================================
# 1. Wales & West Housing - internal audit recommendations tracker (xlsx)
# =====================================================================
def make_wwh():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Wales & West Housing Association Limited"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Internal Audit Recommendations Tracker – Summary"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Audit & Risk Committee, 18 November 2025 – Agenda item 7, Appendix 1"
    header_row(s, 5, ["Status", "High", "Medium", "Low", "Total"])
    summary = [
        ("Complete", 2, 0, 0, 2),
        ("Green", 1, 1, 1, 3),
        ("Amber", 1, 1, 0, 2),
        ("Red", 0, 1, 0, 1),
        ("Not started", 1, 0, 0, 1),
        ("Total", 5, 3, 1, 9),
    ]
    for r, rowv in enumerate(summary, start=6):
        for cidx, v in enumerate(rowv, start=1):
            put(s, r, cidx, v, bold=(rowv[0] == "Total"))
    s["A13"] = "Status key"
    s["A13"].font = Font(bold=True)
    key = [
        ("Complete", "Action implemented and verified by Internal Audit", "blue"),
        ("Green", "On track to meet the target date", "green"),
        ("Amber", "At risk, or a revised target date has been agreed", "amber"),
        ("Red", "Target date missed and no revised date agreed", "red"),
        ("Not started", "Action not yet due to start", None),
    ]
    for r, (k, txt, f) in enumerate(key, start=14):
        put(s, r, 1, k, fill=f)
        put(s, r, 2, txt)
        s.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    s["A20"] = ("Source: internal audit reports 2024/25 and 2025/26; management "
                "updates collated by the Governance Team, 31 October 2025.")
    widths(s, [16, 14, 14, 14, 14])

    t = wb.create_sheet("Tracker")
    t["A1"] = "Wales & West Housing Association Limited"
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Internal Audit Recommendations Tracker – position at 31 October 2025"
    t["A2"].font = Font(bold=True, size=12)
    t["A3"] = "Audit & Risk Committee, 18 November 2025 – Agenda item 7, Appendix 2"
    cols = ["Ref", "Priority", "Recommendation", "Agreed management action",
            "Responsible officer", "Original target date", "Revised target date",
            "Status", "Management update (October 2025)"]
    header_row(t, 5, cols)
    fills = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
             "Not started": None}
    # (kind, payload)
    rows = [
        ("audit", "Gas and Electrical Safety Compliance (2024/25) – Limited assurance"),
        ("act", ["GS/01", "High",
                 "Ensure that all overdue electrical installation condition reports (EICRs) are risk-assessed and programmed for completion.",
                 "Complete a risk-ranked programme to clear all EICRs more than five years old, with weekly reporting to the Compliance Group.",
                 "Head of Building Safety", D(2025, 3, 31), D(2025, 9, 30), "Complete",
                 "All 212 overdue EICRs completed by 26/09/2025; verified by Internal Audit in October."]),
        ("act", ["GS/02a", "High",
                 "Strengthen the no-access procedure so that annual gas safety checks are not allowed to lapse.",
                 "Revise the no-access procedure to include forced-entry escalation at day 42 and approval by the Director of Assets & Sustainability.",
                 "Compliance Manager", D(2025, 4, 30), None, "Complete",
                 "Revised procedure approved by the Executive Team on 22/04/2025."]),
        ("act", ["GS/02b", "High", None,
                 "Report all gas services past their anniversary date to the Executive Team each month, with the reason and next step for each.",
                 "Director of Assets & Sustainability / Compliance Manager", D(2025, 5, 31), D(2025, 12, 31), "Amber",
                 "Monthly report in place from July; reason codes are not yet captured for every case."]),
        ("audit", "Procurement and Contract Management (2024/25) – Reasonable assurance"),
        ("act", ["PC/01", "Medium",
                 "Maintain a complete contracts register that records contract value, expiry date and contract owner.",
                 "Migrate the contracts register into Proactis and assign a named owner to every contract over £25,000.",
                 "Procurement Manager", D(2025, 6, 30), D(2026, 1, 31), "Amber",
                 "Migration 80% complete; delayed by the Proactis upgrade in September."]),
        ("act", ["PC/02", "Medium",
                 "Ensure that waivers of Contract Standing Orders are approved and reported in line with the Scheme of Delegation.",
                 "Report all waivers to the Audit & Risk Committee each quarter, including the reason for each waiver.",
                 "Director of Finance", D(2025, 9, 30), None, "Green",
                 "First quarterly waiver report is on this agenda (item 9)."]),
        ("act", ["PC/03", "Low",
                 "Refresh procurement training for budget holders.",
                 "Deliver procurement refresher e-learning to all budget holders and record completion on the learning system.",
                 "Procurement Manager; Learning & Development Partner", D(2025, 12, 31), None, "Green",
                 "Module built; launch planned for November."]),
        ("audit", "Tenancy Fraud (2025/26) – Limited assurance"),
        ("act", ["TF/01a", "High",
                 "Introduce routine tenancy verification visits targeted at higher-risk tenancies.",
                 "Agree risk criteria for tenancy verification visits and build them into the housing management system.",
                 "Head of Housing Services", D(2025, 11, 30), None, "Green",
                 "Draft criteria agreed with Internal Audit; system change scheduled."]),
        ("act", ["TF/01b", "High", None,
                 "Complete verification visits to 5% of tenancies meeting the risk criteria and report the outcomes to the Operations Committee.",
                 "Area Housing Managers", D(2026, 3, 31), None, "Not started",
                 "Dependent on TF/01a."]),
        ("act", ["TF/02", "Medium",
                 "Take part in the National Fraud Initiative tenancy data-matching exercise.",
                 "Submit tenancy data to the National Fraud Initiative and investigate all high-risk matches within three months of release.",
                 "Income & Tenancy Fraud Lead", D(2025, 10, 31), None, "Red",
                 "Submission window missed; Cabinet Office asked to accept a late upload."]),
    ]
    r = 6
    rec_start = None
    for kind, p in rows:
        if kind == "audit":
            c = put(t, r, 1, p, fill="band", bold=True)
            for cc in range(2, 10):
                put(t, r, cc, None, fill="band")
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            rec_start = None
        else:
            ref, pri, rec, act, lead, orig, rev, status, upd = p
            put(t, r, 1, ref)
            put(t, r, 2, pri)
            if rec is not None:
                put(t, r, 3, rec)
                rec_start = r
            else:
                put(t, r, 3, None)
                t.merge_cells(start_row=rec_start, start_column=3, end_row=r, end_column=3)
                t.merge_cells(start_row=rec_start, start_column=2, end_row=r, end_column=2)
            put(t, r, 4, act)
            put(t, r, 5, lead)
            put(t, r, 6, orig, fmt="dd/mm/yyyy")
            put(t, r, 7, rev, fmt="dd/mm/yyyy")
            put(t, r, 8, status, fill=fills[status])
            put(t, r, 9, upd)
        r += 1
    r += 1
    t.cell(row=r, column=1, value="Status key: see Summary sheet. Completed actions are removed after they have been reported once to the Committee.")
    widths(t, [9, 10, 40, 48, 26, 13, 13, 12, 44])
    t.freeze_panes = "A6"
    wb.save(out("zpj-wales-and-west-housing-internal-audit-recommendations-tracker.xlsx"))


# =====================================================================
# 2. Thames Valley Police - ICO reprimand remediation tracker (xlsx)
# =====================================================================
def make_tvp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Remediation Tracker"
    ws["A1"] = "Thames Valley Police"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "ICO Reprimand (issued 30 May 2023) – Redaction and Disclosure: Remediation Action Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Action plan owner: Head of Information Management    Governance: Information Assurance Board (monthly)"
    ws["A4"] = "Last updated: 15/01/2024"
    header_row(ws, 6, ["No.", "Action", "Action owner", "Target date", "Progress update", "RAG"])
    rows = [
        ("rec", "ICO Recommendation 1 – Provide training to all staff responsible for redactions and disclosures"),
        ("act", "1.1", "Identify all roles that redact or disclose personal data to third parties (including the Civil Disclosure Unit, Public Protection and Neighbourhood teams) and record them in the training needs analysis.",
         "Head of Information Management", (D(2023, 7, 31), "mmm-yy"), "Training needs analysis completed; 1,140 staff in scope.", "blue"),
        ("act", "1.2", "Design and launch a mandatory redaction e-learning package covering contextual identifiers (addresses, vehicle details, family links).",
         "Learning & Development Manager / Disclosure Unit Manager", (D(2023, 9, 30), "dd/mm/yyyy"), "Launched 18/09/2023 on the learning platform.", "blue"),
        ("act", "1.3", "Achieve 95% completion of the redaction e-learning across all in-scope roles, with monthly compliance reports to the Information Assurance Board.",
         "Learning & Development Manager", (D(2024, 3, 31), "mmm-yy"), "Completion at 81% (December 2023). Reminders issued through line managers.", "amber"),
        ("act", "1.4", "Deliver face-to-face redaction workshops for the Civil Disclosure Unit and the Multi-Agency Safeguarding Hubs.",
         "Disclosure Unit Manager", ("Original: Oct-23\nRevised: Feb-24", None), "Four of six workshops delivered; two rescheduled because of operational demand.", "amber"),
        ("rec", "ICO Recommendation 2 – Share updates to policies or processes as soon as they are available"),
        ("act", "2.1", "Publish the revised Redaction and Disclosure Procedure on the intranet and notify all in-scope staff through the weekly Force bulletin.",
         "Information Management Policy Lead", (D(2023, 8, 31), "dd/mm/yyyy"), "Published 21/08/2023; bulletin item 24/08/2023.", "blue"),
        ("act", "2.2", "Introduce a 'policy change' notification in the Force app so that updates reach staff within five working days of approval.",
         "Head of Digital Services; Head of Corporate Communications", ("Q4 2023/24", None), "Requirement scoped; development slot agreed for February.", "green"),
        ("rec", "ICO Recommendation 3 – Continuously review policies and guidance on the handling of personal data"),
        ("act", "3.1", "Add a second-person check to every disclosure to housing providers and other third parties that contains location information.",
         "Disclosure Unit Manager", (D(2023, 7, 31), "dd/mm/yyyy"), "Second check in place since 03/07/2023; dip-sampled monthly.", "blue"),
        ("act", "3.2", "Carry out quarterly dip-sample audits of redacted disclosures and report the findings to the Information Assurance Board.",
         "Data Protection Officer", ("Ongoing – quarterly", None), "Q3 audit: 48 disclosures sampled, 2 minor redaction errors, no harm identified.", "green"),
        ("act", "3.3", "Review all information-sharing agreements with local housing authorities to confirm disclosure routes and redaction responsibilities.",
         "Information Sharing Officer", (D(2024, 3, 31), "dd/mm/yyyy"), "11 of 17 agreements reviewed; behind plan because of a vacancy until February.", "red"),
    ]
    r = 7
    for row in rows:
        if row[0] == "rec":
            put(ws, r, 1, row[1], fill="grey", bold=True)
            for cc in range(2, 7):
                put(ws, r, cc, None, fill="grey")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            _, no, act, owner, (due, fmt), upd, rag = row
            put(ws, r, 1, no)
            put(ws, r, 2, act)
            put(ws, r, 3, owner)
            put(ws, r, 4, due, fmt=fmt)
            put(ws, r, 5, upd)
            put(ws, r, 6, None, fill=rag)
        r += 1
    r += 1
    put(ws, r, 1, "RAG key", bold=True)
    put(ws, r, 2, "Complete", fill="blue")
    put(ws, r, 3, "On track", fill="green")
    put(ws, r, 4, "At risk – recoverable", fill="amber")
    put(ws, r, 5, "Off track – escalate to Information Assurance Board", fill="red")
    widths(ws, [8, 62, 32, 14, 48, 8])

    vc = wb.create_sheet("Version control")
    header_row(vc, 1, ["Version", "Date", "Author", "Changes"])
    hist = [
        ("0.1", D(2023, 6, 9), "Information Management Policy Lead", "First draft following receipt of the ICO reprimand."),
        ("1.0", D(2023, 6, 28), "Head of Information Management", "Approved by the Information Assurance Board."),
        ("1.4", D(2023, 11, 14), "Information Management Policy Lead", "Progress updates; revised date for action 1.4."),
        ("1.6", D(2024, 1, 15), "Information Management Policy Lead", "January updates."),
    ]
    for i, h in enumerate(hist, start=2):
        put(vc, i, 1, h[0])
        put(vc, i, 2, h[1], fmt="dd/mm/yyyy")
        put(vc, i, 3, h[2])
        put(vc, i, 4, h[3])
    widths(vc, [9, 12, 34, 56])
    wb.save(out("zpj-thames-valley-police-ico-reprimand-remediation-action-tracker.xlsx"))


# =====================================================================
# 3. COSLA - corporate risk register 2025/26 (xlsx)
# =====================================================================
def make_cosla():
    wb = Workbook()
    sm = wb.active
    sm.title = "Risk Profile"
    sm["A1"] = "COSLA – Convention of Scottish Local Authorities"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Corporate Risk Profile – November 2025"
    sm["A2"].font = Font(bold=True)
    header_row(sm, 4, ["Risk", "Inherent score", "Residual score", "Target score", "Trend since last review"])
    prof = [
        ("CR01 – Financial sustainability", 20, 16, 8, "↔"),
        ("CR02 – Cyber security and information resilience", 20, 12, 8, "↓"),
        ("CR03 – Member council confidence and membership", 16, 12, 6, "↑"),
        ("CR04 – Workforce capacity and key person dependency", 16, 12, 8, "↔"),
    ]
    for i, p in enumerate(prof, start=5):
        for j, v in enumerate(p, start=1):
            put(sm, i, j, v)
    sm["A10"] = "Scores are Likelihood (1–5) × Impact (1–5). ↑ increased, ↓ reduced, ↔ no change since the August 2025 review."
    widths(sm, [52, 14, 14, 14, 20])

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "COSLA – Convention of Scottish Local Authorities"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 3.0 – reviewed by the Corporate Management Team on 4 November 2025; for the Audit and Risk Committee, 27 November 2025"
    ws["A4"] = "Residual score = current score after existing controls (Likelihood × Impact)."
    cols = ["Risk ref & title", "Risk description (cause / event / effect)", "Risk owner",
            "Existing controls", "Residual score", "Target score", "Action no.",
            "Further mitigating action", "Action owner", "Due", "RAG"]
    header_row(ws, 6, cols)
    risks = [
        ("CR01 – Financial sustainability",
         "Rising pay and pension costs and flat member subscriptions lead to a structural budget gap, reducing COSLA's capacity to support councils.",
         "Chief Executive",
         "Annual budget approved by Leaders; monthly management accounts; reserves policy (minimum 3 months' running costs).",
         16, 8,
         [("CR01.1", "Agree the 2026/27 subscription model with Leaders, including an inflation-linked uplift.",
           "Director of Finance & Corporate Services", (D(2026, 2, 28), "mmm-yy"), "A"),
          ("CR01.2", "Complete a five-year medium-term financial plan with scenario modelling for grant-funded posts.",
           "Director of Finance & Corporate Services", (D(2025, 12, 31), "dd/mm/yyyy"), "G"),
          ("CR01.3", "Secure written confirmation of the Scottish Government core grant for 2026/27.",
           "Chief Executive", ("Q4 2025/26", None), "A")]),
        ("CR02 – Cyber security and information resilience",
         "A successful cyber attack or loss of systems prevents COSLA from operating and exposes member and employee data.",
         "Director of Finance & Corporate Services",
         "Managed security service; multi-factor authentication; annual penetration test; staff phishing training.",
         12, 8,
         [("CR02.1", "Achieve Cyber Essentials Plus re-certification.",
           "Head of Digital & IT", (D(2025, 10, 31), "mmm-yy"), "B"),
          ("CR02.2", "Run a cyber incident tabletop exercise with the Corporate Management Team and record the lessons learned.",
           "Head of Digital & IT; Business Continuity Lead", (D(2026, 1, 31), "mmm-yy"), "G"),
          ("CR02.3", "Move the remaining on-premises file shares to SharePoint Online and retire the legacy file server.",
           "Head of Digital & IT", (D(2026, 3, 31), "mmm-yy"), "R")]),
        ("CR03 – Member council confidence and membership",
         "Councils judge that COSLA does not represent their interests effectively, leading to withdrawal or reduced engagement.",
         "Chief Executive",
         "Leaders' meetings and Board; Presidential Team engagement; policy Boards with spokespeople.",
         12, 6,
         [("CR03.1", "Hold one-to-one engagement sessions with the Leader and Chief Executive of every member council during 2025/26.",
           "Chief Executive / Director of Policy", ("Ongoing", None), "G"),
          ("CR03.2", "Publish an annual 'Value of Membership' statement setting out the outcomes secured for councils.",
           "Director of Policy", (D(2026, 6, 30), "mmm-yy"), None)]),
        ("CR04 – Workforce capacity and key person dependency",
         "Loss of staff in specialist roles, or inability to recruit, leaves key functions without cover.",
         "Director of Finance & Corporate Services",
         "Workforce plan; flexible working policy; cross-team cover arrangements for negotiations.",
         12, 8,
         [("CR04.1", "Complete succession plans for all Director and Policy Manager roles.",
           "Head of HR", (D(2026, 3, 31), "dd/mm/yyyy"), "G"),
          ("CR04.2", "Document the key processes held by single post-holders in the finance and member services teams.",
           "Head of HR; Head of Member Services", (D(2025, 12, 31), "mmm-yy"), "A")]),
    ]
    ragfill = {"G": "green", "A": "amber", "R": "red", "B": "blue", None: None}
    r = 7
    for title, desc, owner, ctrl, res, tgt, acts in risks:
        first = r
        for (no, act, aown, (due, fmt), rag) in acts:
            put(ws, r, 1, title if r == first else None, bold=True, fill="band")
            put(ws, r, 2, desc if r == first else None)
            put(ws, r, 3, owner if r == first else None)
            put(ws, r, 4, ctrl if r == first else None)
            put(ws, r, 5, res if r == first else None)
            put(ws, r, 6, tgt if r == first else None)
            put(ws, r, 7, no)
            put(ws, r, 8, act)
            put(ws, r, 9, aown)
            put(ws, r, 10, due, fmt=fmt)
            put(ws, r, 11, rag, fill=ragfill[rag])
            r += 1
        for col in range(1, 7):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="RAG: G = on track; A = some slippage, recoverable; R = off track; B = complete. Blank = not yet started.")
    ws.cell(row=r + 1, column=1, value="Next full review: Corporate Management Team, February 2026.")
    widths(ws, [26, 40, 20, 36, 9, 9, 9, 48, 28, 11, 6])
    ws.freeze_panes = "A7"
    wb.save(out("zpj-cosla-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def table(doc, head, rows, shade_head="1F4E78"):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], shade_head)
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_text(cells[i], v)
    return t


# =====================================================================
# 4. Caledonia Housing Association - Board action log (docx)
# =====================================================================
def make_caledonia():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Caledonia Housing Association", level=0)
    doc.add_heading("Board of Management – Rolling Action Log", level=1)
    doc.add_paragraph("For the Board meeting of 25 September 2025 (Agenda item 3 – Matters arising)")
    dc = table(doc, ["Document control", ""], [
        ["Owner", "Governance & Executive Officer"],
        ["Version", "7"],
        ["Last updated", "15/09/2025"],
    ], shade_head="7F7F7F")
    doc.add_paragraph(
        "Actions are shown as complete once and then removed from the log. "
        "Status: Complete; On track; Amber – at risk of slipping; Red – overdue.")

    head = ["Minute ref", "Action", "Lead", "Due", "Status", "Update"]
    sections = [
        ("Board meeting – 26 June 2025", [
            ["BM 25/061", "Circulate the revised rent-setting consultation timetable for 2026/27 to all Board members.",
             "DB", "July 2025", "Complete", "Circulated 3 July 2025."],
            ["BM 25/064", "Bring a report on the tenant satisfaction survey results, including the Annual Return on the Charter (ARC) indicators, to the November meeting.",
             "Director of Housing Services", "Nov 2025", "On track", "Survey fieldwork closed 31 August; analysis under way."],
            ["BM 25/067", "Review the Association's approach to damp and mould cases against the Scottish Housing Regulator's thematic findings and report back to the Board.",
             "KF / Compliance Manager", "31/10/2025", "Amber", "Review started; contractor case data incomplete for Fife properties."],
        ]),
        ("Board meeting – 24 April 2025", [
            ["BM 25/038", "Arrange Board training on the Annual Assurance Statement and the supporting evidence bank.",
             "Governance & Executive Officer", "Sept 2025", "Complete", "Session held 11 September 2025."],
            ["BM 25/041", "Update the Treasury Management Policy to reflect the new loan covenant reporting requirements.",
             "SR", "Jun 2025 (revised Dec 2025)", "Red", "Lender confirmation of the covenant definitions is still awaited."],
            ["BM 25/044", "Plan a recruitment campaign for tenant Board members ahead of the 2025 AGM.",
             "Chair & LM", "Aug 2025", "Complete", "Two tenant members co-opted; AGM election on 18 September."],
        ]),
        ("Board meeting – 27 March 2025", [
            ["BM 25/019", "Commission an independent governance review against the Regulatory Standards of Governance and Financial Management.",
             "Chief Executive", "Q3 2025/26", "On track", "Tender issued; appointment due in October."],
            ["BM 25/022", "Report progress on the Dundee new-build programme, including cost variance against the approved budget, at each Board meeting.",
             "Director of Assets", "Each meeting", "On track", "Standing item – see agenda item 8."],
        ]),
    ]
    for title, rows in sections:
        doc.add_heading(title, level=2)
        table(doc, head, rows)
    doc.add_paragraph("")
    doc.add_paragraph("Initials: LM – Chief Executive; DB – Director of Finance & Corporate Services; "
                      "KF – Director of Assets; SR – Head of Finance.")
    doc.save(out("zpj-caledonia-housing-association-board-action-log.docx"))


# =====================================================================
# 5. NIAS - Integrated Clinical Hub programme highlight report (docx)
# =====================================================================
def make_nias():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph("Northern Ireland Ambulance Service Health and Social Care Trust")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Integrated Clinical Hub (ICH) Development Programme", level=0)
    doc.add_heading("Programme Highlight Report No. 9", level=1)
    table(doc, ["Report details", ""], [
        ["Reporting period", "1 – 31 October 2025"],
        ["Senior Responsible Owner", "Director of Operations"],
        ["Programme Manager", "ICH Programme Manager"],
        ["Report to", "ICH Programme Board, 12 November 2025"],
        ["Version", "1.0 Final"],
    ], shade_head="7F7F7F")

    doc.add_heading("1. Overall status", level=2)
    st = table(doc, ["Dimension", "Last period", "This period", "Commentary"], [
        ["Overall", "A", "A", "Remote hub roll-out progressing; winter workforce cohort behind plan."],
        ["Schedule", "A", "R", "Omagh hub and winter recruitment milestones have slipped."],
        ["Budget", "G", "G", "Spend to date £1.42m against a profile of £1.47m."],
        ["Resources", "A", "A", "Two vacant clinical educator posts."],
        ["Benefits", "G", "G", "8,350 patients discharged or referred after ICH call-back, April – October."],
    ])
    colours = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "5B9BD5"}
    for row in st.rows[1:]:
        for idx in (1, 2):
            shade(row.cells[idx], colours[row.cells[idx].text])
    doc.add_paragraph("RAG key: G – on track; A – at risk but recoverable; R – off track, Board support required; B – complete.")

    doc.add_heading("2. Achievements this period", level=2)
    for b in ["Craigavon remote hub opened on 22 September with four clinician workstations.",
              "Clinical supervision framework rolled out to all ICH clinicians.",
              "Call-back audit sample for Q2 completed by the Clinical Safety Officer."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("3. Key milestones", level=2)
    head = ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    ms = [
        ("ws", "Workstream 1: Remote hub network"),
        ("m", ["M1.1", "Open the Craigavon remote ICH hub with four clinician workstations.", "Head of ICH", "Sept 2025", "Sept 2025", "B"]),
        ("m", ["M1.2", "Agree the site and estates works for the Omagh remote hub.", "Head of Estates; Head of ICH", "Oct 2025", "Jan 2026", "A"]),
        ("m", ["M1.3", "Complete ICT and telephony connectivity testing for all remote hubs.", "Head of ICT", "Nov 2025", "Nov 2025", "G"]),
        ("ws", "Workstream 2: Workforce"),
        ("m", ["M2.1", "Recruit and induct the winter cohort of 18 clinicians (paramedics and nurses) to the ICH.", "ICH Clinical Lead / Workforce Planning Manager", "Dec 2025", "Feb 2026", "R"]),
        ("m", ["M2.2", "Roll out the revised clinical supervision framework to all ICH clinicians.", "Consultant Paramedic", "Oct 2025", "Oct 2025", "B"]),
        ("ws", "Workstream 3: Clinical safety and quality"),
        ("m", ["M3.1", "Publish the quarterly call-back audit report, including re-contact rates within 24 hours.", "Clinical Safety Officer", "Dec 2025", "", "G"]),
        ("m", ["M3.2", "Complete the ICH benefits realisation baseline with the Strategic Planning and Performance Group.", "ICH Programme Manager", "Q4 2025/26", "", "G"]),
    ]
    for kind, v in ms:
        cells = t.add_row().cells
        if kind == "ws":
            merged = cells[0].merge(cells[5])
            set_text(merged, v, bold=True)
            shade(merged, "DDEBF7")
        else:
            for i, x in enumerate(v):
                set_text(cells[i], x)
            shade(cells[5], colours[v[5]])

    doc.add_heading("4. Key risks and issues", level=2)
    table(doc, ["ID", "Risk / issue", "Score", "Trend"], [
        ["R07", "Insufficient clinical educator capacity to induct the winter cohort.", "16", "↑"],
        ["R11", "Recurrent funding for 2026/27 ICH posts not yet confirmed.", "15", "↔"],
        ["I04", "Omagh site lease terms not agreed with the landlord.", "12", "New"],
    ])

    doc.add_heading("5. Programme Board actions", level=2)
    table(doc, ["No.", "Action", "Owner", "Due", "Status"], [
        ["PB-31", "Provide the Board with a breakdown of call-back volumes by clinical category for September and October.", "ICH Programme Manager", "12/11/2025", "Complete"],
        ["PB-33", "Seek Department of Health confirmation of recurrent funding for the 2026/27 ICH workforce.", "Director of Finance", "Dec 2025", "On track"],
        ["PB-34", "Agree the staff-side consultation timetable for remote-hub working patterns with trade union colleagues.", "Head of HR & Director of Operations", "Jan 2026", "Not started"],
    ])

    doc.add_heading("6. Decisions required from the Programme Board", level=2)
    doc.add_paragraph("Approve the revised forecast date of January 2026 for milestone M1.2 (Omagh hub).", style="List Number")
    doc.add_paragraph("Note the red status of milestone M2.1 and support the request for two fixed-term clinical educators.", style="List Number")
    doc.save(out("zpj-northern-ireland-ambulance-service-integrated-clinical-hub-programme-highlight-report.docx"))


# =====================================================================
# 6. The Brain Tumour Charity - Charity Commission action plan, SharePoint list export (csv)
# =====================================================================
def make_btc():
    head = ["Ref", "Workstream", "Commission concern", "Action", "Assigned To", "Target Date",
            "Revised Target Date", "RAG Status", "Progress Notes", "Modified", "Modified By",
            "Item Type", "Path"]
    c_coi = "Trustees could not show that conflicts of interest were identified and recorded at each meeting."
    c_fund = "The Board did not receive enough information to oversee the charity's major fundraising contracts."
    c_del = "Delegated authority limits were out of date and were not applied consistently."
    c_sir = "A serious incident was reported to the Commission later than required."
    c_skill = "The Board had no recent skills assessment and induction records were incomplete."
    path = "sites/Governance/Lists/CC Action Plan"
    rows = [
        ["CC-01", "Governance", c_coi,
         "Adopt a revised Conflicts of Interest Policy and require every trustee to complete an annual declaration.",
         "Helen Marsh", "30/04/2025", "", "Complete",
         "Policy approved by the Board on 24/04/2025; all 11 declarations returned.", "02/05/2025 10:15", "Helen Marsh"],
        ["CC-02", "Governance", c_coi,
         "Add a standing \"declarations of interest\" item to every Board and committee agenda and record the outcome in the minutes.",
         "Helen Marsh", "31/05/2025", "", "Complete",
         "In place from the May Board; checked by the Chair.", "03/06/2025 16:02", "Helen Marsh"],
        ["CC-03", "Governance", c_fund,
         "Introduce a quarterly fundraising contracts report to the Finance & Audit Committee, covering performance, complaints and compliance with the Code of Fundraising Practice.",
         "Owen Davies; Helen Marsh", "30/06/2025", "30/09/2025", "Green",
         "First report taken in September; template to be refined.", "14/10/2025 09:42", "Owen Davies"],
        ["CC-04", "Financial controls", c_del,
         "Refresh the Scheme of Delegation and financial authority limits and publish them on the intranet.",
         "Priya Nair", "31/07/2025", "31/12/2025", "Amber",
         "Draft with the Finance & Audit Committee; Board approval expected in December.", "06/11/2025 11:20", "Priya Nair"],
        ["CC-05", "Financial controls", c_del,
         "Check a sample of 40 payments over £10,000 to confirm that the new authority limits are being applied.",
         "Priya Nair", "31/01/2026", "", "",
         "Not started – follows CC-04.", "06/11/2025 11:21", "Priya Nair"],
        ["CC-06", "Reporting to the Commission", c_sir,
         "Update the Serious Incident Reporting Procedure with clear timescales and a named decision-maker, and brief the Executive Team.",
         "Helen Marsh", "31/03/2025", "", "Complete",
         "Procedure reissued 20/03/2025; Executive Team briefed 25/03/2025.", "27/03/2025 14:48", "Helen Marsh"],
        ["CC-07", "Reporting to the Commission", c_sir,
         "Keep a log of every incident considered for reporting, including the reason where no report was made, and review it at each Finance & Audit Committee.",
         "Helen Marsh; Graham Pike", "30/06/2025", "", "Green",
         "Log reviewed at the June and September committees.", "30/09/2025 17:05", "Helen Marsh"],
        ["CC-08", "Trustee skills and induction", c_skill,
         "Complete a Board skills audit and use it to recruit two trustees with safeguarding and digital expertise.",
         "Graham Pike", "31/10/2025", "28/02/2026", "Red",
         "Recruitment paused pending the strategy refresh; revised date agreed by the Board.", "12/11/2025 08:55", "Graham Pike"],
    ]
    with open(out("zpj-brain-tumour-charity-charity-commission-compliance-case-action-plan-sharepoint-export.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(head)
        for r in rows:
            w.writerow(r + ["Item", path])


# =====================================================================
# 7. Otley Town Council - AGAR action plan, tab-separated text export (txt) - REFUSE
# =====================================================================
def make_otley():
    T = "\t"
    lines = [
        "OTLEY TOWN COUNCIL",
        "Annual Governance and Accountability Return 2024/25 – Audit Action Plan",
        "Response to the External Auditor's Report and Certificate and to the Internal Auditor's Report",
        "Approved by the Finance & General Purposes Committee, 8 October 2025 (Minute F&GP/25/047)",
        "",
        T.join(["Ref", "Matter raised", "Action to be taken", "Responsible", "Target date", "Status"]),
        "EXTERNAL AUDITOR – MATTERS RAISED",
        T.join(["EA1", "The period for the exercise of public rights did not include the first ten working days of July.",
                "Set the 2025/26 public rights period to start on or before 1 July 2026 and publish the notice on the website and noticeboards before it starts.",
                "Town Clerk", "June 2026", "Not started"]),
        T.join(["EA2", "No explanation of the variances in Boxes 7 and 8 between 2023/24 and 2024/25 was provided.",
                "Prepare a variance explanation for every box that moves by more than 15% and submit it with the AGAR.",
                "RFO", "June 2026", "Not started"]),
        T.join(["EA3", "Assertion 7 was answered 'Yes' although internal audit points from 2023/24 were still open.",
                "Report progress on all open audit points to each F&GP meeting so that Assertion 7 can be answered accurately.",
                "Town Clerk", "Ongoing", "In progress"]),
        "INTERNAL AUDITOR – RECOMMENDATIONS",
        T.join(["IA1", "Bank reconciliations were not signed by a councillor each quarter.",
                "Nominate a councillor to check and sign the bank reconciliation against the bank statements each quarter.",
                "Chair of F&GP", "Oct 2025", "Complete"]),
        T.join(["IA2", "The asset register had not been updated for the Civic Centre lift replacement.",
                "Update the asset register for all 2024/25 additions and disposals and present it to Full Council.",
                "RFO", "Febuary 2026", "In progress"]),
        T.join(["IA3", "Standing Orders and Financial Regulations were last reviewed in 2022.",
                "Adopt the 2025 NALC model Financial Regulations and review Standing Orders.",
                "Town Clerk", "Dec 2025", "In progress"]),
        T.join(["IA4", "Expenditure over £500 was not published on the website each quarter.",
                "Publish details of all items of expenditure over £500 on the website each quarter.",
                "Administration Officer", "Jan 2026", "Not started"]),
        "",
        "Status: Complete / In progress / Not started. Progress will be reported to each meeting of the F&GP Committee.",
    ]
    with open(out("zpj-otley-town-council-agar-audit-action-plan-typo-month-refuse.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_wwh()
    make_tvp()
    make_cosla()
    make_caledonia()
    make_nias()
    make_btc()
    make_otley()
    print("built 7 zpj- files in", HERE)
