#!/usr/bin/env python3
"""Build the seven zrz- blind test files (set heldout706).

Run with /work/main/.venv/bin/python zrz_make.py (from any directory); the files are
written beside this script. Only files whose names start with zrz- are written.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zrz-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


RAG_FILL = {
    "blue": fill("4F81BD"),
    "green": fill("00B050"),
    "amber": fill("FFC000"),
    "red": fill("FF0000"),
    "yellow": fill("FFFF00"),
}


# ---------------------------------------------------------------------------
# 1. Wheatley Group – strategic risk register (xlsx, several sheets, merged risk
#    blocks, theme rows, action status by fill colour only)
# ---------------------------------------------------------------------------
def wheatley():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Wheatley Group"
    cov["A1"].font = Font(bold=True, size=16, color="FF00594F")
    cov["A2"] = "Group Strategic Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Quarter 2 update – position at 30 September 2025"
    cov["A5"], cov["B5"] = "Report to:", "Group Audit Committee – 12 November 2025"
    cov["A6"], cov["B6"] = "Prepared by:", "Group Risk and Assurance Manager"
    cov["A7"], cov["B7"] = "Executive lead:", "Group Director of Finance"
    for r in (5, 6, 7):
        cov.cell(r, 1).font = Font(bold=True)
    cov["A9"] = "Version control"
    cov["A9"].font = Font(bold=True)
    vrows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("2.0", "14/05/2025", "Risk & Assurance", "Annual refresh approved by Group Board"),
        ("2.1", "20/08/2025", "Risk & Assurance", "Q1 update; SR3 residual score increased"),
        ("2.2", "30/10/2025", "Risk & Assurance", "Q2 update for Group Audit Committee"),
    ]
    for i, row in enumerate(vrows):
        for j, v in enumerate(row):
            c = cov.cell(10 + i, 1 + j, v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
    cov["A15"] = "Summary of further action status (Q2)"
    cov["A15"].font = Font(bold=True)
    srows = [("Status", "Number of actions"),
             ("Complete", 1), ("On track", 6), ("At risk", 2), ("Off track", 1),
             ("Not yet started", 1), ("Total", 11)]
    sfills = [None, "blue", "green", "amber", "red", None, None]
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            c = cov.cell(16 + i, 1 + j, v)
            c.border = BOX
            if i == 0 or row[0] == "Total":
                c.font = Font(bold=True)
        if sfills[i]:
            cov.cell(16 + i, 1).fill = RAG_FILL[sfills[i]]
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 44
    cov.column_dimensions["C"].width = 20
    cov.column_dimensions["D"].width = 44

    # ---- Key sheet
    key = wb.create_sheet("Key")
    key["A1"] = "Risk scoring and status key"
    key["A1"].font = Font(bold=True, size=13)
    key["A3"] = "Risk score = Likelihood (1–5) x Impact (1–5)"
    bands = [("1–4", "Low", "00B050"), ("5–10", "Medium", "FFFF00"),
             ("12–16", "High", "FFC000"), ("20–25", "Very high", "FF0000")]
    key["A4"], key["B4"] = "Score", "Rating"
    for i, (s, r, col) in enumerate(bands):
        key.cell(5 + i, 1, s).fill = fill(col)
        key.cell(5 + i, 2, r)
    key["A10"] = "Further action status (colour of the Status cell on the register)"
    key["A10"].font = Font(bold=True)
    skey = [("blue", "Action complete"), ("green", "On track to meet target date"),
            ("amber", "At risk of missing target date"), ("red", "Target date missed / off track"),
            (None, "No colour – action not yet started")]
    for i, (col, txt) in enumerate(skey):
        c = key.cell(11 + i, 1, "")
        c.border = BOX
        if col:
            c.fill = RAG_FILL[col]
        key.cell(11 + i, 2, txt)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 50

    # ---- Register sheet
    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = "Wheatley Group – Group Strategic Risk Register 2025/26 (Q2)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:N1")
    ws["A2"] = ("Further action status is shown by the colour of the Status cell – see Key tab. "
                "Residual scores are after current controls.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:N2")
    heads = ["Risk", "Description (cause – event – consequence)", "Risk owner",
             "Inherent score (L x I)", "Key controls in place", "Residual score (L x I)",
             "Trend since Q1", "Ref", "Further action required", "Action owner",
             "Target date", "Revised date", "Status", "Progress commentary"]
    for j, h in enumerate(heads):
        c = ws.cell(4, 1 + j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("00594F")
        c.alignment = WRAP
        c.border = BOX

    themes = [
        ("Strategic theme 1: Delivering exceptional customer experience", [
            dict(risk="SR1 Tenant and resident safety",
                 desc="Failure to meet statutory and regulatory safety obligations (gas, electrical, fire, "
                      "water, lift and asbestos safety, and damp and mould) leads to harm to a tenant or "
                      "resident, regulatory intervention by the Scottish Housing Regulator and reputational damage.",
                 owner="Group Director of Property and Development",
                 inh=("4 x 5 = 20", "FF0000"),
                 ctl="Compliance dashboard reported monthly to Group Board; independent fire risk assessments "
                     "for all high-rise blocks; damp and mould triage within 24 hours.",
                 res=("2 x 5 = 10", "FFFF00"), trend="↔",
                 actions=[
                     ("SR1.1", "Complete the programme of electrical installation condition reports (EICR) "
                               "for the 1,240 homes outstanding at 31 March 2025.",
                      "Head of Compliance", D(2025, 12, 31), None, "green",
                      "1,012 completed; no-access cases referred to the legal process."),
                     ("SR1.2", "Implement the new damp and mould case management module in the housing "
                               "management system, with automatic escalation of cases open more than 10 days.",
                      "Director of Repairs / Head of Digital Services", D(2025, 9, 30), D(2026, 1, 31), "amber",
                      "Supplier testing delayed; go-live now planned for January."),
                     ("SR1.3", "Commission an independent assurance review of fire safety compliance in "
                               "high-rise blocks and report the findings to Group Audit Committee.",
                      "Group Risk and Assurance Manager", D(2025, 6, 30), None, "blue",
                      "Review completed June 2025 – substantial assurance. Reported to GAC in August."),
                 ]),
            dict(risk="SR2 Customer service and complaints",
                 desc="Failure to deliver consistent, responsive customer services and to resolve complaints "
                      "within SPSO timescales leads to falling tenant satisfaction and non-compliance with the "
                      "Scottish Social Housing Charter.",
                 owner="Group Director of Housing",
                 inh=("4 x 4 = 16", "FFC000"),
                 ctl="SPSO model complaints handling procedure; weekly complaints performance reporting; "
                     "tenant scrutiny of complaints learning.",
                 res=("3 x 3 = 9", "FFFF00"), trend="↓",
                 actions=[
                     ("SR2.1", "Roll out the revised complaints handling procedure training to all frontline "
                               "staff, including contractor liaison officers.",
                      "Head of Customer Experience", "Nov-25", None, "green",
                      "82% of staff trained; final sessions booked."),
                     ("SR2.2", "Review the 2025 tenant satisfaction survey results with the Group Tenant "
                               "Scrutiny Panel and agree improvement priorities.",
                      "Head of Customer Experience; Tenant Scrutiny Panel Chair", "Q4 2025/26", None, None,
                      "Survey fieldwork closes December 2025."),
                 ]),
        ]),
        ("Strategic theme 2: Making the most of our homes and assets", [
            dict(risk="SR3 Investment programme and net zero",
                 desc="Construction cost inflation and funding constraints prevent delivery of the planned "
                      "investment programme and progress towards the Social Housing Net Zero Standard, "
                      "leading to deterioration of stock condition.",
                 owner="Group Director of Property and Development",
                 inh=("4 x 4 = 16", "FFC000"),
                 ctl="30-year investment plan; stock condition survey rolling programme; Group Board "
                     "approval of annual capital budget.",
                 res=("4 x 3 = 12", "FFC000"), trend="↑",
                 actions=[
                     ("SR3.1", "Refresh the 30-year asset investment plan using updated stock condition data "
                               "and present it to Group Board.",
                      "Director of Assets and Sustainability", D(2026, 3, 31), None, "green",
                      "Stock condition data validated; modelling under way."),
                     ("SR3.2", "Complete the retrofit pilot at 60 homes in Dumfries and report on cost per "
                               "home and energy performance outcomes.",
                      "Director of Assets and Sustainability", D(2025, 11, 30), D(2026, 2, 28), "red",
                      "Contractor entered administration in August; re-procurement under way."),
                 ]),
        ]),
        ("Strategic theme 3: Enabling our ambitions", [
            dict(risk="SR4 Cyber security and data protection",
                 desc="A successful cyber attack or significant data breach disrupts services, results in "
                      "loss of personal data and leads to ICO enforcement action and financial penalties.",
                 owner="Group Director of Digital",
                 inh=("4 x 5 = 20", "FF0000"),
                 ctl="24/7 managed security operations centre; multi-factor authentication; annual "
                     "penetration testing; mandatory data protection training.",
                 res=("3 x 4 = 12", "FFC000"), trend="↔",
                 actions=[
                     ("SR4.1", "Achieve Cyber Essentials Plus certification across all Group subsidiaries.",
                      "Head of IT Security", D(2026, 3, 31), None, "green",
                      "Assessment booked for February 2026."),
                     ("SR4.2", "Run a cyber incident exercise with the Executive Team and Group Board members, "
                               "testing the business continuity plan.",
                      "Head of IT Security / Group Risk and Assurance Manager", "Jan-26", None, "amber",
                      "Date to be confirmed with external facilitator."),
                 ]),
            dict(risk="SR5 Financial capacity and covenant compliance",
                 desc="Rising interest rates, rent affordability pressures and increased arrears reduce "
                      "financial headroom, risking breach of lender covenants.",
                 owner="Group Director of Finance",
                 inh=("3 x 5 = 15", "FFC000"),
                 ctl="Treasury management policy; monthly covenant monitoring; Group Board-approved "
                     "golden rules.",
                 res=("2 x 5 = 10", "FFFF00"), trend="↔",
                 actions=[
                     ("SR5.1", "Carry out quarterly stress testing of the business plan against combined "
                               "downside scenarios and report the results to Group Board.",
                      "Group Director of Finance", "Ongoing – quarterly", None, "green",
                      "Q2 stress test reported to Group Board in October."),
                     ("SR5.2", "Agree a rent-setting consultation approach for 2026/27 that tests affordability "
                               "using the SFHA affordability tool.",
                      "Group Director of Finance / Director of Housing", D(2026, 1, 31), None, "green",
                      "Approach agreed with Tenant Scrutiny Panel."),
                 ]),
        ]),
    ]

    r = 5
    for theme, risks in themes:
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True, color="FFFFFFFF")
        for j in range(1, 15):
            ws.cell(r, j).fill = fill("2E8B7A")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
        r += 1
        for rk in risks:
            first = r
            n = len(rk["actions"])
            vals = [rk["risk"], rk["desc"], rk["owner"], rk["inh"][0], rk["ctl"], rk["res"][0], rk["trend"]]
            for j, v in enumerate(vals):
                c = ws.cell(first, 1 + j, v)
                c.alignment = WRAP
            ws.cell(first, 1).font = Font(bold=True)
            ws.cell(first, 4).fill = fill(rk["inh"][1])
            ws.cell(first, 6).fill = fill(rk["res"][1])
            for ref, text, lead, tgt, rev, st, com in rk["actions"]:
                ws.cell(r, 8, ref)
                ws.cell(r, 9, text)
                ws.cell(r, 10, lead)
                c = ws.cell(r, 11, tgt)
                if isinstance(tgt, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(r, 12, rev)
                    c.number_format = "dd/mm/yyyy"
                if st:
                    ws.cell(r, 13).fill = RAG_FILL[st]
                ws.cell(r, 14, com)
                for j in range(1, 15):
                    ws.cell(r, j).border = BOX
                    ws.cell(r, j).alignment = WRAP
                r += 1
            if n > 1:
                for j in range(1, 8):
                    ws.merge_cells(start_row=first, start_column=j, end_row=first + n - 1, end_column=j)
    r += 1
    ws.cell(r, 1, "Trend: ↑ risk increasing  ↓ risk reducing  ↔ no change").font = Font(italic=True)
    widths = [22, 40, 20, 11, 36, 11, 8, 7, 48, 26, 12, 12, 9, 36]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("zrz-wheatley-group-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Hythe Town Council – governance action plan exported from monday.com (xlsx,
#    board name row, group title rows each followed by a repeated header row)
# ---------------------------------------------------------------------------
def hythe():
    wb = Workbook()
    ws = wb.active
    ws.title = "Governance Action Plan 2025-26"
    ws["A1"] = "Hythe Town Council – Governance Action Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = ("Actions arising from the 2024/25 internal audit report, the external auditor’s report on the "
                "AGAR and the governance review agreed at Full Council on 16 July 2025.")
    head = ["Name", "Person", "Status", "Due date", "Source", "Update"]
    STATUS_FILL = {"Complete": "00C875", "Green – on track": "9CD326", "Amber – at risk": "FDAB3D",
                   "Red – off track": "E2445C", "Not started": "C4C4C4"}
    groups = [
        ("1. Financial controls", "579BFC", [
            ("Bank reconciliations to be reviewed and signed monthly by a member who is not a bank signatory, "
             "and reported to the Finance & General Purposes Committee",
             "Claire Denholm", "Complete", "2025-07-31", "Internal audit 2024/25 – point 2",
             "In place from June; reported to F&GP 9 July."),
            ("Review and re-adopt Financial Regulations based on the 2025 NALC model",
             "Claire Denholm, Mark Ridley", "Green – on track", "2025-11-12", "Internal audit 2024/25 – point 1",
             "Draft to F&GP 29 October, Full Council 12 November."),
            ("Reconcile the fixed asset register to the AGAR Box 9 figure and the insurance schedule",
             "Mark Ridley", "Amber – at risk", "2025-10-31", "External auditor’s report 2024/25",
             "Valuation of play equipment still awaited."),
        ]),
        ("2. Governance and transparency", "A25DDC", [
            ("Publish all Transparency Code documents on the council website, including the internal audit "
             "report and the notice of conclusion of audit",
             "Mark Ridley", "Red – off track", "2025-09-30", "External auditor’s report 2024/25",
             "Website rebuild delayed – new provider appointed 3 November."),
            ("Review Standing Orders against the 2025 NALC model and present to Full Council for adoption",
             "Claire Denholm", "Green – on track", "2026-01-21", "Governance review",
             "Working group met 6 October."),
            ("Code of Conduct and registers of interests training for all councillors",
             "Claire Denholm", "Not started", "2026-02-28", "Governance review",
             "KALC trainer to be booked."),
        ]),
        ("3. Risk management", "FF642E", [
            ("Update the risk register and present it to Full Council for approval, with a review at every "
             "F&GP meeting",
             "Claire Denholm", "Green – on track", "2025-12-10", "Internal audit 2024/25 – point 4",
             "Draft register circulated to members."),
            ("Review insurance cover and sums insured against the updated asset register",
             "Sophie Arnold", "Complete", "2025-08-29", "Internal audit 2024/25 – point 5",
             "Renewal with revised schedule confirmed 22 August."),
            ("Adopt an IT and cyber security policy and move council email accounts to a gov.uk domain",
             "Mark Ridley, Sophie Arnold", "Amber – at risk", "2026-03-31", "Governance review",
             "Domain approved; migration quote awaited."),
        ]),
    ]
    r = 4
    for gname, gcol, items in groups:
        c = ws.cell(r, 1, gname)
        c.font = Font(bold=True, size=13, color="FF" + gcol)
        r += 1
        for j, h in enumerate(head):
            c = ws.cell(r, 1 + j, h)
            c.font = Font(bold=True)
            c.fill = fill("F5F6F8")
        r += 1
        for name, person, status, due, source, update in items:
            vals = [name, person, status, due, source, update]
            for j, v in enumerate(vals):
                c = ws.cell(r, 1 + j, v)
                c.alignment = WRAP
            sc = ws.cell(r, 3)
            sc.fill = fill(STATUS_FILL[status])
            sc.font = Font(color="FFFFFFFF")
            r += 1
        r += 1
    for col, w in zip("ABCDEF", [60, 26, 18, 12, 32, 44]):
        ws.column_dimensions[col].width = w
    wb.save(out("zrz-hythe-town-council-governance-action-plan-monday-export.xlsx"))


# ---------------------------------------------------------------------------
# 3. NIHRC – ARAC internal audit recommendations tracker (xlsx) – REFUSE:
#    a mistyped month in the revised target date column
# ---------------------------------------------------------------------------
NIHRC_TYPO_ROW = None


def nihrc():
    global NIHRC_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Northern Ireland Human Rights Commission"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Assurance Committee – 10 December 2025"
    ws["A3"] = ("ARAC 25/41 – Internal Audit Recommendations: Implementation Tracker "
                "(position at 30 November 2025)")
    ws["A3"].font = Font(bold=True)
    heads = ["Ref", "Priority", "Recommendation", "Management response / agreed action",
             "Responsible officer", "Original target date", "Revised target date", "Status",
             "Update at 30 November 2025"]
    for j, h in enumerate(heads):
        c = ws.cell(5, 1 + j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    sections = [
        ("Procurement and Contract Management (2024-25) – Limited assurance", [
            ("PCM 1", 1,
             "The Commission should ensure that all contracts above £5,000 are supported by a documented "
             "business case and evidence of competition in line with its Procurement Policy.",
             "A procurement checklist will be introduced and completed for every purchase over £5,000, "
             "with compliance checked by the Finance Manager each quarter.",
             "Head of Finance and Corporate Services", D(2025, 3, 31), "September 2025", "Implemented",
             "Checklist in use from April 2025; Q1 and Q2 compliance checks complete."),
            ("PCM 2", 2,
             "A contracts register should be maintained and reviewed regularly to identify contracts due "
             "for renewal.",
             "A contracts register will be established on SharePoint and reviewed by SMT every six months.",
             "Procurement Officer", D(2025, 6, 30), "December 2025", "Partially implemented",
             "Register established; first SMT review scheduled for 16 December."),
            ("PCM 3", 2,
             "Single tender actions should be approved in advance by the Chief Executive and reported to ARAC.",
             "All single tender actions will be approved by the Chief Executive and reported to each ARAC "
             "meeting.",
             "Head of Finance and Corporate Services", D(2025, 9, 30), None, "Implemented",
             "Standing ARAC report from September 2025."),
        ]),
        ("Information Governance and GDPR Compliance (2024-25) – Satisfactory assurance", [
            ("IG 1", 2,
             "The Record of Processing Activities should be updated to reflect current processing, "
             "including the new casework management system.",
             "The Data Protection Officer will update the Record of Processing Activities with input from "
             "each business area.",
             "Data Protection Officer", D(2025, 10, 31), "Febuary 2026", "Partially implemented",
             "Casework and HR sections updated; remaining areas in progress."),
            ("IG 2", 3,
             "Retention schedules should be applied to the shared drive and legacy records deleted where no "
             "longer required.",
             "A records clear-out exercise will be carried out across all teams.",
             "Information Manager / Data Protection Officer", D(2025, 12, 31), None, "Not yet due",
             "Exercise planned for December."),
        ]),
        ("Business Continuity and Disaster Recovery (2023-24) – Limited assurance", [
            ("BC 1", 1,
             "The Business Continuity Plan should be tested at least annually, including recovery of ICT "
             "systems from backup.",
             "A desktop exercise and a test restore of the casework system will be carried out.",
             "Head of Finance and Corporate Services", D(2024, 12, 31), "January 2026", "Partially implemented",
             "Desktop exercise held June 2025; test restore with IT supplier booked for January."),
            ("BC 2", 2,
             "Contact details for key staff and suppliers in the plan should be reviewed every six months.",
             "Contact lists will be reviewed in March and September each year.",
             "Office Manager", D(2025, 3, 31), None, "Implemented",
             "Reviewed March and September 2025."),
        ]),
        ("Board Effectiveness and Governance (2025-26) – Satisfactory assurance", [
            ("GOV 1", 2,
             "The Commission should complete its annual board effectiveness self-assessment and agree an "
             "action plan with the Sponsor Branch.",
             "The self-assessment will be completed by Commissioners and the results discussed with the "
             "Sponsor Branch.",
             "Chief Commissioner; Chief Executive", D(2026, 3, 31), None, "Not yet due",
             "Questionnaire issued to Commissioners in November."),
        ]),
    ]
    r = 6
    for title, recs in sections:
        c = ws.cell(r, 1, title)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(r, j).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for ref, pr, rec, act, off, orig, rev, st, upd in recs:
            vals = [ref, pr, rec, act, off, orig, rev, st, upd]
            for j, v in enumerate(vals):
                c = ws.cell(r, 1 + j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
            if rev == "Febuary 2026":
                NIHRC_TYPO_ROW = r
            r += 1
    r += 1
    notes = [
        "Priority 1 – failure to implement could have a significant impact on the Commission’s system of "
        "control; Priority 2 – important; Priority 3 – housekeeping / good practice.",
        "Status: Implemented / Partially implemented / Not implemented / Not yet due.",
    ]
    for n in notes:
        ws.cell(r, 1, n).font = Font(italic=True)
        r += 1
    for col, w in zip("ABCDEFGHI", [8, 9, 46, 46, 26, 12, 14, 18, 40]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of internal audit recommendations – position at 30 November 2025"
    sm["A1"].font = Font(bold=True)
    rows = [("Audit", "Year", "Assurance", "Recommendations", "Implemented", "Partially implemented",
             "Not yet due"),
            ("Procurement and Contract Management", "2024-25", "Limited", 3, 2, 1, 0),
            ("Information Governance and GDPR Compliance", "2024-25", "Satisfactory", 2, 0, 1, 1),
            ("Business Continuity and Disaster Recovery", "2023-24", "Limited", 2, 1, 1, 0),
            ("Board Effectiveness and Governance", "2025-26", "Satisfactory", 1, 0, 0, 1),
            ("Total", "", "", 8, 3, 3, 2)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = sm.cell(3 + i, 1 + j, v)
            c.border = BOX
            if i == 0 or row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 44
    wb.save(out("zrz-northern-ireland-human-rights-commission-arac-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))
    return NIHRC_TYPO_ROW


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


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Ironbridge Gorge Museum Trust – Charity Commission regulatory compliance case
#    action plan (docx, one table per area, Commission requirement rows above actions)
# ---------------------------------------------------------------------------
def ironbridge():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(
        "The Ironbridge Gorge Museum Trust – Trustees’ Action Plan following the Charity Commission "
        "Regulatory Compliance Case", style="Title")
    doc.add_paragraph("Progress report to the Board of Trustees, 24 September 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Company Secretary"), ("Version", "4.0"),
                 ("Approved by", "Board of Trustees, 24 September 2025"),
                 ("Shared with the Charity Commission", "26 September 2025"),
                 ("Next review", "Board of Trustees, December 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "E7E6E6")
        set_cell(row[1], v)

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "In March 2025 the Charity Commission opened a regulatory compliance case into the Trust following a "
        "serious incident report about funds advanced to the Trust’s trading subsidiary. On 19 May 2025 the "
        "Commission issued the trustees with an action plan under section 15(2) of the Charities Act 2011. "
        "The Commission’s requirements are shown in the shaded rows below, with the steps the trustees have "
        "agreed under each. Progress is reported to every Board meeting and shared with the Commission.")

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for cell, (txt, col) in zip(k.rows[0].cells, [("Complete", "8DB3E2"), ("On track", "92D050"),
                                                    ("Some slippage", "FFC000"), ("Off track", "FF0000")]):
        set_cell(cell, txt, bold=True)
        shade(cell, col)

    SHADE = {"Complete": "8DB3E2", "On track": "92D050", "Some slippage": "FFC000", "Off track": "FF0000",
             "Not started": None}
    areas = [
        ("1. Oversight of the trading subsidiary", [
            ("Requirement 1 – The trustees must ensure that all funds advanced to the trading subsidiary are "
             "covered by a written loan agreement on proper terms and are in the charity’s best interests.", [
                ("1.1", "Put in place a written loan agreement with the trading subsidiary covering the £180,000 "
                        "advanced in 2023/24, with security, interest at a commercial rate and a repayment "
                        "schedule.",
                 "Director of Finance", "30 June 2025",
                 "Agreement signed on 18 June 2025 after independent legal advice.", "Complete"),
                ("1.2", "Obtain and minute independent advice on whether continued lending to the subsidiary is "
                        "a proper use of the charity’s funds.",
                 "Honorary Treasurer / Director of Finance", "31 July 2025",
                 "Advice received and considered by the Board on 23 July 2025.", "Complete"),
            ]),
            ("Requirement 2 – The trustees must receive regular financial reporting on the subsidiary and "
             "manage the conflicts of interest of trustees who also sit on the subsidiary’s board.", [
                ("1.3", "Add a standing quarterly report on the subsidiary’s trading performance and cash "
                        "position to the Finance and Audit Committee agenda.",
                 "Director of Finance", "December 2025",
                 "First report taken in September; standing item from December.", "On track"),
                ("1.4", "Adopt a protocol for managing the conflicts of interest of the two trustees who are "
                        "also directors of the subsidiary, and record declarations at every meeting.",
                 "Company Secretary", "31 August 2025\nRevised: 31 October 2025",
                 "Draft protocol with the Chair; legal review requested.", "Some slippage"),
            ]),
        ]),
        ("2. Trustee board governance and decision-making", [
            ("Requirement 3 – The trustees must review the charity’s governance arrangements so that decisions "
             "are taken by the full board or under a clear written delegation.", [
                ("2.1", "Adopt a scheme of delegation setting out the decisions reserved to the Board and those "
                        "delegated to committees and the Chief Executive.",
                 "Chair of Trustees; Chief Executive", "December 2025",
                 "Draft considered by the Board on 24 September; final version for adoption in December.",
                 "On track"),
                ("2.2", "Commission an external board effectiveness review against the Charity Governance Code "
                        "and publish a summary of the outcome.",
                 "Chair of Trustees", "31 March 2026",
                 "Tender to be issued in November 2025.", "Not started"),
                ("2.3", "Recruit at least two new trustees with finance and legal skills through open "
                        "advertisement.",
                 "Nominations Committee", "By 31 March 2026",
                 "Advert attracted no finance applicants; re-advertising through Reach Volunteering.",
                 "Off track"),
            ]),
        ]),
        ("3. Reporting serious incidents to the Commission", [
            ("Requirement 4 – The trustees must ensure that serious incidents are identified and reported to "
             "the Commission promptly, in line with the Commission’s guidance.", [
                ("3.1", "Adopt a serious incident reporting policy and add a serious incident log as a standing "
                        "item for the Finance and Audit Committee.",
                 "Company Secretary", "31 July 2025",
                 "Policy adopted 23 July 2025; log reviewed in September.", "Complete"),
                ("3.2", "Deliver training on trustee duties (CC3) and serious incident reporting to all trustees "
                        "and the senior leadership team.",
                 "Company Secretary", "Ongoing – annual",
                 "Session held in July; three trustees still to attend.", "Some slippage"),
            ]),
        ]),
    ]
    for area, reqs in areas:
        doc.add_heading(area, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for cell, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "Deadline",
                                               "Progress at September 2025", "Status"]):
            set_cell(cell, h, bold=True, color="FFFFFF")
            shade(cell, "1F3864")
        for req, acts in reqs:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, req, bold=True)
            shade(m, "D9E2F3")
            for ref, text, lead, dl, prog, status in acts:
                c = tb.add_row().cells
                set_cell(c[0], ref)
                set_cell(c[1], text)
                set_cell(c[2], lead)
                set_cell(c[3], dl)
                set_cell(c[4], prog)
                set_cell(c[5], status)
                if SHADE[status]:
                    shade(c[5], SHADE[status])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for cell, h in zip(s.rows[0].cells, ["Approved by", "Role", "Date"]):
        set_cell(cell, h, bold=True)
    for cell, v in zip(s.rows[1].cells, ["Board of Trustees", "Chair of Trustees", "24 September 2025"]):
        set_cell(cell, v)
    doc.save(out("zrz-ironbridge-gorge-museum-trust-charity-commission-regulatory-compliance-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Hjaltland Housing Association – HMS replacement programme highlight report
#    (docx, body name in page header, status table, milestone table with
#    workstream rows, baseline and forecast dates, last and current RAG)
# ---------------------------------------------------------------------------
def hjaltland():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Hjaltland Housing Association\tProgramme Board – OFFICIAL"
    doc.add_paragraph("Housing Management System Replacement Programme – Highlight Report", style="Title")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    RAGC = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    for k, v in [("Report no.", "9"), ("Reporting period", "1 – 31 October 2025"),
                 ("Report to", "Programme Board, 12 November 2025"),
                 ("Programme sponsor", "Director of Housing Services"),
                 ("Programme manager", "Kirsty Halcrow"),
                 ("Overall status – last period", "Amber"),
                 ("Overall status – this period", "Amber")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "DEEAF6")
        set_cell(row[1], v)
        if v in RAGC:
            shade(row[1], RAGC[v])

    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph(
        "Configuration of the rent and income modules was completed on schedule. Data migration remains the "
        "main pressure: the second trial load has been moved to late November because of unresolved rent "
        "balance differences, and the Board is asked to approve a revised go-live date of 13 April 2026. "
        "Spend to date is £212,400 against a budget of £386,000.")

    doc.add_heading("2. Status by tolerance", level=1)
    tol = doc.add_table(rows=1, cols=4)
    tol.style = "Table Grid"
    for cell, h in zip(tol.rows[0].cells, ["Tolerance", "Last period", "This period", "Comment"]):
        set_cell(cell, h, bold=True)
        shade(cell, "DEEAF6")
    for name, last, now, com in [("Time", "Amber", "Amber", "Go-live forecast six weeks later than baseline."),
                                 ("Cost", "Green", "Green", "Within budget; contingency unused."),
                                 ("Scope", "Green", "Green", "No change requests this period."),
                                 ("Quality", "Green", "Amber", "Data quality exceptions above target."),
                                 ("Benefits", "Green", "Green", "Benefits profile unchanged.")]:
        c = tol.add_row().cells
        set_cell(c[0], name)
        set_cell(c[1], last)
        shade(c[1], RAGC[last])
        set_cell(c[2], now)
        shade(c[2], RAGC[now])
        set_cell(c[3], com)

    doc.add_heading("3. Milestones and key actions", level=1)
    ms = doc.add_table(rows=1, cols=7)
    ms.style = "Table Grid"
    for cell, h in zip(ms.rows[0].cells, ["No.", "Milestone / action", "Owner", "Baseline date",
                                           "Forecast date", "Last RAG", "Current RAG"]):
        set_cell(cell, h, bold=True, color="FFFFFF")
        shade(cell, "1F4E79")
    workstreams = [
        ("Workstream 1 – Data migration", [
            ("1.1", "Complete data cleansing of tenancy and rent account records, clearing all critical data "
                    "quality exceptions.",
             "Data Migration Lead", "31/08/2025", "14/11/2025", "Amber", "Amber"),
            ("1.2", "Trial data load 2 into the test environment, with reconciliation of rent balances to the "
                    "legacy system.",
             "Data Migration Lead / Finance Manager", "30/09/2025", "28/11/2025", "Amber", "Red"),
            ("1.3", "Programme Board sign-off of the data migration strategy.",
             "Programme Manager", "31/07/2025", "06/08/2025", "Complete", "Complete"),
        ]),
        ("Workstream 2 – Configuration and testing", [
            ("2.1", "Configure the rent, arrears and income management modules to the agreed process maps.",
             "Systems Analyst", "31/10/2025", "31/10/2025", "Green", "Complete"),
            ("2.2", "User acceptance testing of the repairs and voids modules, including the contractor portal.",
             "Head of Property Services", "December 2025", "January 2026", "Green", "Amber"),
            ("2.3", "Penetration test of the hosted system and remediation of any high-risk findings before "
                    "go-live.",
             "ICT Manager", "Jan-26", "Jan-26", "–", "Green"),
        ]),
        ("Workstream 3 – People and change", [
            ("3.1", "Deliver role-based training to all housing, finance and property staff (approx. 45 users).",
             "Training Officer", "Feb-26", "Feb-26", "Green", "Green"),
            ("3.2", "Update tenant information and the website for the new online portal, consulting the "
                    "Tenants’ Panel on the content.",
             "Communications Officer; Tenant Participation Officer", "Mar-26", "Mar-26", "", "Not started"),
            ("3.3", "Go-live, followed by a four-week hypercare period with supplier support on site.",
             "Programme Manager", "02/03/2026", "13/04/2026", "Amber", "Amber"),
        ]),
    ]
    for ws_name, acts in workstreams:
        row = ms.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, ws_name, bold=True)
        shade(m, "BDD7EE")
        for a in acts:
            c = ms.add_row().cells
            for i, v in enumerate(a):
                set_cell(c[i], v)
            for i in (5, 6):
                if a[i] in RAGC:
                    shade(c[i], RAGC[a[i]])

    doc.add_heading("4. Key risks and issues", level=1)
    rk = doc.add_table(rows=1, cols=4)
    rk.style = "Table Grid"
    for cell, h in zip(rk.rows[0].cells, ["Ref", "Risk / issue", "Rating", "Mitigation"]):
        set_cell(cell, h, bold=True)
        shade(cell, "DEEAF6")
    for a in [("R1", "Availability of the Data Migration Lead, who also covers income management duties.",
               "High", "Backfill of operational duties agreed to the end of December."),
              ("R2", "Supplier resource for the January test cycle is shared with another client go-live.",
               "Medium", "Named consultants confirmed in the statement of work."),
              ("I1", "Rent balance differences of £3,140 across 27 accounts after trial load 1.",
               "High", "Finance and supplier working session held 29 October; fix in trial load 2.")]:
        c = rk.add_row().cells
        for i, v in enumerate(a):
            set_cell(c[i], v)

    doc.add_heading("5. Decisions required from the Programme Board", level=1)
    doc.add_paragraph("Approve the revised go-live date of 13 April 2026.", style="List Bullet")
    doc.add_paragraph("Note the drawdown of £6,500 of contingency for additional data migration support.",
                      style="List Bullet")
    doc.save(out("zrz-hjaltland-housing-association-housing-management-system-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. NIPEC Council action log – SharePoint list exported to CSV (BOM, quoted
#    multi-line fields, doubled quotes, no title)
# ---------------------------------------------------------------------------
def nipec():
    head = ["Action No", "Action", "Meeting date", "Agenda item", "Action owner", "Due date",
            "Revised due date", "RAG", "Progress update", "Modified", "Modified By"]
    rows = [
        ("C25/14", "Chief Executive to circulate the revised Corporate Plan 2025-28 performance framework to "
                   "Council members for comment before the June meeting.",
         "27/03/2025", "Item 6 – Corporate Plan 2025-28", "Chief Executive", "30/05/2025", "", "Complete",
         "Circulated 16 May 2025.", "19/05/2025 09:12", "Lynne Crawford"),
        ("C25/15", "Present the NIAO Report to Those Charged with Governance 2024-25 and the management "
                   "responses to the Audit and Risk Assurance Committee.",
         "26/06/2025", "Item 9 – Annual Report and Accounts 2024-25", "Head of Corporate Services",
         "18/09/2025", "", "Complete", "Presented to ARAC on 18 September 2025.", "22/09/2025 14:40",
         "Lynne Crawford"),
        ("C25/21", "Review the Council register of interests and the gifts and hospitality register, and "
                   "publish the updated registers on the NIPEC website.",
         "26/06/2025", "Item 4 – Declarations of interest", "Board Secretary", "31/10/2025", "", "Amber",
         "Two returns outstanding.\nReminders issued 3 November 2025.", "04/11/2025 10:05", "Lynne Crawford"),
        ("C25/22", "Arrange a Council development session on the Department of Health Partnership Agreement "
                   "and the arm's-length body assurance framework.",
         "26/06/2025", "Item 11 – Governance", "Chair; Chief Executive", "December 2025", "", "Green",
         "Session provisionally booked for 4 December 2025.", "30/10/2025 16:21", "Paul Devlin"),
        ("C25/27", "Provide Council with an options paper on replacing the \"NIPEC Online\" professional "
                   "development portal, including costs and procurement route.",
         "25/09/2025", "Item 7 – Digital Strategy", "Senior Professional Officer (Digital); Head of Corporate "
                                                    "Services",
         "29/01/2026", "", "Green",
         "Draft paper at SMT 11 November.\nProcurement advice sought from BSO Procurement and Logistics "
         "Service.", "12/11/2025 11:47", "Paul Devlin"),
        ("C25/28", "Update the Business Continuity Plan to reflect hybrid working and test it through a "
                   "desktop exercise.",
         "25/09/2025", "Item 8 – Corporate Risk Register", "Head of Corporate Services", "30/09/2025",
         "31/12/2025", "Red", "Desktop exercise postponed twice due to staff absence; now set for 9 December.",
         "12/11/2025 11:52", "Paul Devlin"),
        ("C25/31", "Chief Executive to write to the Department of Health on the 2026-27 budget position and "
                   "report the response to Council.",
         "25/09/2025", "Item 10 – Finance Report", "Chief Executive", "Next meeting", "", "Green",
         "Letter issued 2 October 2025; response awaited.", "03/10/2025 08:58", "Lynne Crawford"),
        ("C25/33", "Chair to complete the 2025-26 Council member appraisals and confirm completion to the "
                   "Department.",
         "25/09/2025", "Item 11 – Governance", "Chair", "31/03/2026", "", "Not started", "",
         "26/09/2025 12:30", "Lynne Crawford"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(head)
    for r in rows:
        w.writerow(r)
    with open(out("zrz-nipec-council-action-log-sharepoint-export.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. SP Energy Networks – Ofgem Storm Arwen review action tracker (tab-separated
#    text export with title lines, repeated category/Ofgem action columns,
#    original and revised dates, summary and note lines)
# ---------------------------------------------------------------------------
def spen():
    lines = [
        "SP Energy Networks – Ofgem Storm Arwen Review: Action Tracker",
        "SP Distribution plc and SP Manweb plc – status at 31 October 2025 – exported from the Regulatory "
        "Commitments Tracker",
        "",
    ]
    head = ["Ref", "Ofgem category", "Ofgem action", "SPEN action", "Accountable owner", "Original date",
            "Revised date", "RAG", "Comment"]
    NR = ("DNOs should review their approach to vegetation management against ETR 132 and prioritise "
          "resilience cutting on circuits serving remote communities.")
    CS = ("DNOs should ensure their websites and telephony can cope with peak demand during a major storm "
          "and proactively contact Priority Services Register customers during prolonged outages.")
    rows = [
        ("NR-1", "Network resilience", NR,
         "Complete ETR 132 resilience felling on a further 450 km of 11kV and 33kV overhead line in the "
         "Borders and Dumfries & Galloway.",
         "Head of Forestry", "31/03/2024", "31/03/2026", "Amber",
         "312 km complete; landowner consents outstanding on 41 spans."),
        ("NR-2", "Network resilience", NR,
         "Publish a prioritised list of single-circuit overhead feeders for rebuild or undergrounding in the "
         "ED2 resilience programme.",
         "Network Planning Manager", "Dec-23", "", "Complete", "Published in the ED2 resilience annex."),
        ("PP-1", "Planning and preparation",
         "DNOs should submit a winter preparedness plan to Ofgem each year setting out resourcing, mutual aid "
         "and escalation arrangements.",
         "Submit the annual winter preparedness plan to Ofgem, including mutual aid arrangements with "
         "contractors and other DNOs.",
         "Head of Emergency Planning", "Annually – October", "", "Green", "2025 plan submitted 30 September."),
        ("HI-1", "Handling of incidents",
         "DNOs should improve the accuracy of the estimated times of restoration given to customers.",
         "Roll out the revised estimated time of restoration methodology in the control room, using damage "
         "assessment data from helicopter and drone patrols.",
         "Control Room Manager / Head of Customer Service", "30/09/2023", "", "Complete",
         "Used during Storms Isha and Éowyn."),
        ("CS-1", "Communication and support during the incident", CS,
         "Carry out an annual stress test of the power cut map and telephony platform at ten times normal "
         "peak demand.",
         "Head of Digital", "30/11/2025", "", "Green", "Test window booked with supplier for 18 November."),
        ("CS-2", "Communication and support during the incident", CS,
         "Agree welfare provision arrangements with the British Red Cross and local resilience partnerships "
         "for outages lasting more than 48 hours.",
         "Customer Vulnerability Manager", "31/12/2025", "", "Amber",
         "Agreement with British Red Cross in legal review."),
        ("SA-1", "Support after the incident",
         "DNOs should make compensation payments promptly and automatically, without customers needing "
         "to claim.",
         "Automate Guaranteed Standards payments for outages over 48 hours so that they are paid within 10 "
         "working days of restoration.",
         "Head of Customer Service", "31/03/2025", "30/06/2026", "Red",
         "Billing system change delayed by the CRM upgrade."),
    ]
    lines.append("\t".join(head))
    for r in rows:
        lines.append("\t".join(r))
    lines += [
        "",
        "Summary: Complete 2 | Green 2 | Amber 2 | Red 1 | Total 7",
        "Note: revised dates for NR-1 and SA-1 were notified to Ofgem’s Electricity Distribution team on "
        "14 July 2025.",
    ]
    with open(out("zrz-sp-energy-networks-ofgem-storm-arwen-review-action-tracker.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    wheatley()
    hythe()
    row = nihrc()
    ironbridge()
    hjaltland()
    nipec()
    spen()
    print("NIHRC typo on Tracker sheet row", row)
