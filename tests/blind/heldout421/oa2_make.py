"""Build the seven oa2- blind test files (set heldout421).

Run with /work/main/.venv/bin/python oa2_make.py (openpyxl, python-docx).
The .expected.yaml files beside them are written by hand, not by this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
LIGHT = "DDEBF7"

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put_row(ws, r, values, start_col=1, border=True):
    for i, v in enumerate(values):
        c = ws.cell(row=r, column=start_col + i, value=v)
        c.alignment = WRAP
        if border:
            c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"


# ---------------------------------------------------------------------------
# 1. Beckfoot Trust – trust risk register (xlsx, read)
# ---------------------------------------------------------------------------
def beckfoot():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Beckfoot Trust – Trust Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    put_row(cov, 5, ["Version", "Date", "Author", "Approved / reviewed by"])
    for c in range(1, 5):
        cov.cell(row=5, column=c).font = Font(bold=True)
        cov.cell(row=5, column=c).fill = fill(GREY)
    put_row(cov, 6, ["1.0", d(2025, 7, 3), "Chief Finance and Operations Officer",
                     "Board of Trustees, 10 July 2025"])
    put_row(cov, 7, ["1.1", d(2025, 9, 18), "Governance Manager",
                     "Audit and Risk Committee, 25 September 2025"])
    put_row(cov, 8, ["1.2", d(2025, 11, 6), "Governance Manager",
                     "Audit and Risk Committee, 20 November 2025"])
    cov["A10"] = ("The register is reviewed termly by the Audit and Risk Committee and "
                  "annually by the Board of Trustees. Risk owners are members of the "
                  "Trust Executive Team.")
    for col, w in zip("ABCD", (12, 14, 38, 44)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring"
    key["A1"].font = Font(bold=True)
    put_row(key, 2, ["Score", "Rating", "Meaning"])
    put_row(key, 3, ["1 – 4", "Low", "Tolerate; monitor through normal management"])
    put_row(key, 4, ["5 – 12", "Medium", "Treat; actions owned by a member of the Executive Team"])
    put_row(key, 5, ["15 – 25", "High", "Treat urgently; reported to every Audit and Risk Committee"])
    key["B3"].fill = fill(GREEN)
    key["B4"].fill = fill(AMBER)
    key["B5"].fill = fill(RED)
    key["A7"] = "Action status"
    key["A7"].font = Font(bold=True)
    put_row(key, 8, ["Complete", "Action delivered and evidenced"])
    put_row(key, 9, ["Green", "On track to meet target date"])
    put_row(key, 10, ["Amber", "Some slippage; recoverable"])
    put_row(key, 11, ["Red", "Off track or target date missed"])
    put_row(key, 12, ["Not started", "Action not yet begun"])
    key.column_dimensions["A"].width = 14
    key.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Beckfoot Trust – Trust Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:O1")
    ws["A2"] = "Position at: 6 November 2025"
    ws["A2"].font = Font(italic=True)

    hdr = ["Ref", "Risk description (cause – event – consequence)", "Risk owner",
           "Existing controls", "Inherent risk", None, None, "Residual risk", None, None,
           "Further actions required", "Action owner", "Target date", "Action status",
           "Update (November 2025)"]
    put_row(ws, 4, hdr)
    put_row(ws, 5, [None, None, None, None, "L", "I", "Score", "L", "I", "Score",
                    None, None, None, None, None])
    for col in "ABCDKLMNO":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("E4:G4")
    ws.merge_cells("H4:J4")
    for r in (4, 5):
        for c in range(1, 16):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill(NAVY)

    def band(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
        ws.cell(row=r, column=1).fill = fill(LIGHT)

    def score_fill(cell):
        v = cell.value
        cell.fill = fill(GREEN if v <= 4 else AMBER if v <= 12 else RED)

    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def risk(r, ref, desc, owner, controls, inh, res, actions):
        """actions: list of (action, owner, target, status, update)"""
        n = len(actions)
        for i, (act, aown, tgt, st, upd) in enumerate(actions):
            row = r + i
            if i == 0:
                vals = [ref, desc, owner, controls, inh[0], inh[1], inh[0] * inh[1],
                        res[0], res[1], res[0] * res[1], act, aown, tgt, st, upd]
            else:
                vals = [None] * 10 + [act, aown, tgt, st, upd]
            put_row(ws, row, vals)
            if st in status_fill:
                ws.cell(row=row, column=14).fill = fill(status_fill[st])
        score_fill(ws.cell(row=r, column=7))
        score_fill(ws.cell(row=r, column=10))
        if n > 1:
            for c in range(1, 11):
                ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
        return r + n

    band(6, "1. Strategic and Educational")
    r = risk(7, "SR1",
             "If outcomes at KS4 in the two secondary academies do not improve, Progress 8 "
             "will remain below national average, leading to reputational damage and a "
             "risk of DfE intervention.",
             "CEO",
             "Trust school improvement model; termly review points; Director of Education "
             "line manages headteachers.",
             (4, 4), (3, 4),
             [("Commission an external review of the KS4 curriculum and assessment model at "
               "Beckfoot Upper Heaton and Beckfoot Thornton",
               "Director of Education", d(2026, 2, 28), "Green",
               "Reviewer appointed; fieldwork booked for January.")])
    r = risk(r, "SR2",
             "Falling rolls in the primary phase reduce pupil numbers and income, leading to "
             "unviable class structures in some academies.",
             "Chief Finance and Operations Officer",
             "Annual budget setting; pupil number monitoring each census.",
             (4, 3), (3, 3),
             [("Produce five-year pupil number projections for each primary academy and agree "
               "class structure options with headteachers",
               "Chief Finance and Operations Officer / Director of Primary",
               "Summer term 2026", "Amber",
               "Local authority forecast data received late; projections for 4 of 7 "
               "academies complete.")])
    band(r, "2. Safeguarding and Compliance")
    r = risk(r + 1, "SR3",
             "A failure in safeguarding practice results in harm to a pupil, loss of "
             "confidence and regulatory action.",
             "CEO",
             "Trust safeguarding policy; DSL network meets half-termly; annual training for "
             "all staff.",
             (3, 5), (2, 5),
             [("Complete the annual safeguarding audit (section 175) in every academy and "
               "report themes to the Standards Committee",
               "Trust Safeguarding Lead", d(2025, 12, 31), "Complete",
               "All audits returned; themes report taken to Standards Committee 4 November."),
              ("Roll out CPOMS safeguarding recording to the three academies still using "
               "paper records",
               "Trust Safeguarding Lead & Head of IT", "Jan-26", "Amber",
               "Licences purchased; training for DSLs delayed to January.")])
    r = risk(r, "SR4",
             "Non-compliance with the Academy Trust Handbook or funding agreement (including "
             "late statutory returns) leads to a Notice to Improve.",
             "Chief Finance and Operations Officer",
             "Internal scrutiny programme; external audit; Governance Manager tracks "
             "deadlines.",
             (3, 4), (2, 4),
             [("Introduce a compliance calendar of statutory returns, monitored monthly by the "
               "Trust Executive Team",
               "Governance Manager", "Ongoing", "Green",
               "Calendar in place from September; no late returns this term.")])
    band(r, "3. Financial")
    r = risk(r + 1, "SR5",
             "Unfunded pay awards and rising energy costs lead to in-year deficits and "
             "reserves falling below the reserves policy minimum.",
             "Chief Finance and Operations Officer",
             "Three-year budget forecast; monthly management accounts to trustees; energy "
             "contract fixed to March 2026.",
             (4, 4), (4, 3),
             [("Complete integrated curriculum and financial planning (ICFP) for all "
               "academies as part of the 2026/27 budget round",
               "Chief Finance and Operations Officer", d(2026, 3, 31), "Amber",
               "ICFP complete for secondaries; primaries scheduled for spring.")])
    band(r, "4. Estates and Health & Safety")
    r = risk(r + 1, "SR6",
             "RAAC or other structural defects are identified in older buildings, leading "
             "to partial closure and disruption to education.",
             "Head of Estates",
             "RAAC survey completed 2023 (none found); planned maintenance programme.",
             (2, 5), (2, 4),
             [("Complete condition surveys of pre-1980 blocks and submit CIF bids for "
               "priority works",
               "Head of Estates", "Dec-25", "Red",
               "Surveys at two sites outstanding; CIF window closes before completion.")])
    band(r, "5. People")
    r = risk(r + 1, "SR7",
             "Difficulty recruiting and retaining teachers in shortage subjects (maths, "
             "physics, computing) affects the quality of education.",
             "Director of People",
             "Trust recruitment campaign; retention payments for eligible early career "
             "teachers.",
             (4, 4), (3, 4),
             [("Launch a Trust-wide flexible working offer for teaching staff",
               "Director of People", d(2026, 4, 30), "Not started",
               "Consultation with unions planned for spring term."),
              ("Expand the Trust SCITT partnership places in maths and physics for "
               "September 2026 entry",
               "CEO; Director of People", "Sept 2026", "Green",
               "Six additional places approved by the SCITT board.")])
    ws.cell(row=r + 1, column=1,
            value="Scores: L = likelihood, I = impact (1–5); Score = L × I. "
                  "See the Scoring key sheet for ratings and action status.").font = Font(italic=True)
    widths = dict(A=7, B=42, C=20, D=34, E=4, F=4, G=6, H=4, I=4, J=6, K=46, L=26,
                  M=13, N=12, O=40)
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.active = 2
    wb.save(os.path.join(HERE, "oa2-beckfoot-trust-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. University of Sussex – internal audit tracker (xlsx, refuse: Febuary 2026)
# ---------------------------------------------------------------------------
def sussex():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "University of Sussex – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary of follow-up of recommendations"
    sm["A2"].font = Font(bold=True)
    sm["A3"] = "Audit and Risk Committee, 25 November 2025"
    put_row(sm, 5, ["Audit", "High", "Medium", "Low", "Total", "Implemented", "Outstanding"])
    for c in range(1, 8):
        sm.cell(row=5, column=c).font = Font(bold=True)
        sm.cell(row=5, column=c).fill = fill(GREY)
    put_row(sm, 6, ["Cyber Security and Resilience (2024/25)", 1, 2, 0, 3, 1, 2])
    put_row(sm, 7, ["Student Recruitment Agents (2024/25)", 0, 2, 0, 2, 0, 2])
    put_row(sm, 8, ["Payroll and Expenses (2025/26)", 1, 1, 1, 3, 0, 3])
    put_row(sm, 9, ["Total", 2, 5, 1, 8, 1, 7])
    for c in range(1, 8):
        sm.cell(row=9, column=c).font = Font(bold=True)
    sm.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "University of Sussex – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 October 2025. Recommendations closed at the last meeting have been removed."
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original due date", "Revised due date", "Status", "Update"]
    put_row(ws, 4, hdr)
    for c in range(1, 10):
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=4, column=c).fill = fill(NAVY)

    def band(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill(LIGHT)

    rows = [
        ("band", "2024/25 – Cyber Security and Resilience (Partial assurance)"),
        ("CS1", "High",
         "Multi-factor authentication should be enforced for all staff and privileged accounts.",
         "Enforce MFA for all remaining staff accounts and remove legacy authentication "
         "protocols.",
         "Director of IT Services", d(2025, 3, 31), d(2025, 7, 31), "Implemented",
         "MFA enforced 14 July 2025; legacy protocols disabled."),
        ("CS2", "Medium",
         "The IT disaster recovery plan should be tested at least annually.",
         "Carry out a full disaster recovery test of core systems and report results to "
         "the Digital Board.",
         "Head of Infrastructure", d(2025, 6, 30), "Dec-25", "In progress",
         "Test scheduled for 6 December during the maintenance window."),
        ("CS3", "Medium",
         "Asset registers for end-user devices should be reconciled to the network.",
         "Reconcile the device asset register to Intune and remove unmanaged devices.",
         "Head of Infrastructure", d(2025, 9, 30), "31/01/2026", "In progress",
         "Reconciliation 70% complete."),
        ("band", "2024/25 – Student Recruitment Agents"),
        ("SR1", "Medium",
         "Agent contracts should be renewed on the current template, including "
         "anti-bribery clauses.",
         "Re-contract all active agents on the 2025 template.",
         "Director of International Recruitment", d(2025, 8, 31), "Febuary 2026",
         "In progress", "58 of 74 agents re-contracted."),
        ("SR2", "Medium",
         "Commission payments should be checked to evidence of enrolment before release.",
         "Introduce a pre-payment check of enrolment status in the agent portal.",
         "Head of Admissions / Finance Business Partner", d(2025, 10, 31), None,
         "In progress", "Portal change in user testing."),
        ("band", "2025/26 – Payroll and Expenses"),
        ("PE1", "High",
         "Changes to bank details should be independently verified before payment.",
         "Introduce call-back verification for all bank detail changes.",
         "Head of Payroll", d(2025, 11, 30), None, "Not started", ""),
        ("PE2", "Medium",
         "Expense claims should be approved by a budget holder senior to the claimant.",
         "Reconfigure the expenses system approval hierarchy.",
         "Financial Systems Manager", d(2026, 1, 31), None, "Not started", ""),
        ("PE3", "Low",
         "The expenses policy should be updated for current HMRC mileage rates.",
         "Update and republish the expenses policy.",
         "Deputy Director of Finance", d(2025, 12, 31), None, "In progress",
         "Draft with Finance Committee."),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            band(r, row[1])
        else:
            put_row(ws, r, list(row))
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Priority: High – fundamental control weakness; Medium – significant; "
                  "Low – housekeeping.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (7, 9, 44, 44, 28, 13, 13, 12, 36)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(
        HERE, "oa2-university-of-sussex-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Progress Housing Group – RSH consumer standards improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def progress_housing():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Progress Housing Group – Consumer Standards Improvement Plan 2025–26"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Report to Group Board, December 2025"
    sm["A4"] = ("This plan responds to the areas for improvement in the Regulator of Social "
                "Housing's regulatory judgement (C2, published June 2025) and to our own "
                "self-assessment against the consumer standards.")
    sm["A4"].alignment = WRAP
    sm.merge_cells("A4:F4")
    sm.row_dimensions[4].height = 45
    put_row(sm, 6, ["Standard", "Actions", "B", "G", "A", "R"])
    for c in range(1, 7):
        sm.cell(row=6, column=c).font = Font(bold=True)
        sm.cell(row=6, column=c).fill = fill(GREY)
    put_row(sm, 7, ["Safety and Quality", 4, 1, 2, 1, 0])
    put_row(sm, 8, ["Transparency, Influence and Accountability", 3, 0, 1, 1, 1])
    put_row(sm, 9, ["Tenancy", 0, 0, 0, 0, 0])
    put_row(sm, 10, ["Neighbourhood and Community", 1, 0, 1, 0, 0])
    put_row(sm, 11, ["Total", 8, 1, 4, 2, 1])
    for c in range(1, 7):
        sm.cell(row=11, column=c).font = Font(bold=True)
    sm["A13"] = "RAG key"
    sm["A13"].font = Font(bold=True)
    for i, (k, txt, col) in enumerate([("B", "Complete", BLUE), ("G", "On track", GREEN),
                                       ("A", "At risk of slipping", AMBER),
                                       ("R", "Off track / overdue", RED)]):
        sm.cell(row=14 + i, column=1, value=k).fill = fill(col)
        sm.cell(row=14 + i, column=2, value=txt)
    sm.column_dimensions["A"].width = 44
    sm.column_dimensions["B"].width = 22

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def sheet(name, standard, blocks, note=None):
        ws = wb.create_sheet(name)
        ws["A1"] = standard
        ws["A1"].font = Font(bold=True, size=13)
        hdr = ["Ref", "Action", "Lead", "Original due date", "Revised due date",
               "Previous RAG", "Current RAG", "Progress update"]
        put_row(ws, 3, hdr)
        for c in range(1, 9):
            ws.cell(row=3, column=c).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=3, column=c).fill = fill(NAVY)
        r = 4
        if note:
            ws.cell(row=r, column=1, value=note).font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for finding, actions in blocks:
            ws.cell(row=r, column=1, value=finding).font = Font(bold=True)
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill(LIGHT)
            r += 1
            for a in actions:
                put_row(ws, r, list(a))
                prev, cur = a[5], a[6]
                if prev in rag_fill:
                    ws.cell(row=r, column=6).fill = fill(rag_fill[prev])
                if cur in rag_fill:
                    ws.cell(row=r, column=7).fill = fill(rag_fill[cur])
                r += 1
        for col, w in zip("ABCDEFGH", (6, 50, 30, 13, 13, 9, 9, 44)):
            ws.column_dimensions[col].width = w

    sheet("Safety & Quality", "Safety and Quality Standard", [
        ("Finding 1: Stock condition data – we have not surveyed 22% of homes in the last "
         "five years", [
            ("1.1", "Procure and mobilise a stock condition survey contract to cover all homes "
                    "without a survey since 2020",
             "Director of Property Services", d(2025, 9, 30), None, "G", "B",
             "Contract awarded August 2025; surveys started."),
            ("1.2", "Load survey results into the asset management system and report "
                    "decency by scheme to the Asset Committee",
             "Head of Asset Management", d(2026, 3, 31), None, "G", "G",
             "3,140 surveys loaded to date."),
        ]),
        ("Finding 2: Damp and mould cases are not always closed with a follow-up inspection", [
            ("1.3", "Introduce a mandatory post-works inspection within 6 weeks of every damp "
                    "and mould repair",
             "Head of Repairs", d(2025, 10, 31), "Jan-26", "A", "A",
             "Inspection form built; surveyor capacity short until new starters in January."),
            ("1.4", "Contact every household with an open damp and mould case in the last "
                    "12 months to confirm the problem has not returned",
             "Sam Rigby and Asha Patel", d(2025, 12, 31), None, "G", "G",
             "1,020 of 1,460 households contacted."),
        ]),
    ])
    sheet("TIA", "Transparency, Influence and Accountability Standard", [
        ("Finding 3: Tenants are not consistently told how their feedback has changed "
         "services", [
            ("2.1", "Publish a quarterly 'You said, we did' report on the website and in the "
                    "tenant newsletter",
             "Head of Customer Insight", d(2025, 10, 31), None, "G", "G",
             "First report published October 2025."),
            ("2.2", "Agree with the Customer Voice Panel a scrutiny review of the repairs "
                    "service and respond to its recommendations",
             "Director of Customer Experience / Head of Customer Insight",
             d(2026, 1, 31), "Apr-26", "A", "R",
             "Panel recruitment delayed; review now starting February."),
        ]),
        ("Finding 4: Stage 1 complaint responses exceed the Housing Ombudsman Complaint "
         "Handling Code timescales", [
            ("2.3", "Recruit two additional complaint resolution officers and report weekly "
                    "on responses within 10 working days",
             "Complaints Manager", d(2025, 11, 30), None, "R", "A",
             "One officer in post; 81% within timescale in November."),
        ]),
    ])
    sheet("Tenancy", "Tenancy Standard", [],
          note="No areas for improvement were identified under this standard. Compliance is "
               "monitored through the annual self-assessment.")
    sheet("Neighbourhood & Community", "Neighbourhood and Community Standard", [
        ("Finding 5: Anti-social behaviour case updates are not recorded consistently", [
            ("3.1", "Roll out the new ASB case management module and train all neighbourhood "
                    "officers",
             "Neighbourhood Services Manager", d(2026, 2, 28), None, "G", "G",
             "Module live; 60% of officers trained."),
        ]),
    ])
    wb.save(os.path.join(
        HERE, "oa2-progress-housing-group-rsh-consumer-standards-improvement-plan.xlsx"))


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


def set_cell(cell, text, bold=False):
    """text may contain \n: each line becomes its own paragraph."""
    lines = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for line in lines[1:]:
        p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def header_row(table, labels):
    for i, lab in enumerate(labels):
        set_cell(table.rows[0].cells[i], lab, bold=True)
        shade(table.rows[0].cells[i], "D9E2F3")


# ---------------------------------------------------------------------------
# 4. Ashdown House Nursing Home – CQC inspection action plan (docx, read)
# ---------------------------------------------------------------------------
def ashdown():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    t = doc.add_paragraph()
    r = t.add_run("Ashdown House Nursing Home – CQC Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Provider: Ashdown Healthcare Ltd   |   Registered Manager: Sarah Okafor")
    doc.add_paragraph("Inspection: 14 and 15 May 2025   |   Report published: 9 July 2025   |   "
                      "Overall rating: Requires Improvement")

    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Changes"])
    for i, row in enumerate([
        ("1.0", "04/08/2025", "Sarah Okafor", "Action plan submitted to CQC"),
        ("1.1", "29/09/2025", "Sarah Okafor", "Progress update for provider quality meeting"),
        ("1.2", "27/10/2025", "Sarah Okafor", "Progress update; evidence added"),
    ], start=1):
        for j, v in enumerate(row):
            set_cell(dc.rows[i].cells[j], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out how we will put right the breaches of regulation found at our "
        "inspection, and the other improvements recommended by CQC. It is reviewed at the "
        "monthly provider quality meeting.")

    cols = ["No.", "Action", "Responsible", "Target date", "Progress / evidence", "RAG"]
    rag_colour = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    def section(heading, breach, actions):
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=2 + len(actions), cols=6)
        tb.style = "Table Grid"
        header_row(tb, cols)
        merged = tb.rows[1].cells[0].merge(tb.rows[1].cells[5])
        set_cell(merged, breach, bold=True)
        shade(merged, "F2F2F2")
        for i, a in enumerate(actions, start=2):
            for j, v in enumerate(a):
                set_cell(tb.rows[i].cells[j], v)
            if a[5] in rag_colour:
                shade(tb.rows[i].cells[5], rag_colour[a[5]])
        doc.add_paragraph()

    section("Regulation 12: Safe care and treatment",
            "The provider did not ensure medicines were managed safely, and risks to people "
            "from choking and falls were not always assessed and mitigated.",
            [("12.1", "Complete a full medicines audit, including PRN protocols and topical "
                      "medicine charts, and act on all findings",
              "Deputy Manager / Clinical Lead", "31/08/2025",
              "Audit completed 20 August; PRN protocols rewritten for all 38 residents.",
              "Complete"),
             ("12.2", "Review every resident's eating and drinking risk assessment against "
                      "SALT guidance and update care plans",
              "Clinical Lead", "End of September 2025",
              "31 of 38 reviewed; remaining residents awaiting SALT visits.", "Amber"),
             ("12.3", "Introduce a monthly falls analysis to identify themes and times of day, "
                      "shared with the staff team",
              "Sarah Okafor (Registered Manager)", "Ongoing",
              "Falls analysis for July, August and September completed.", "Green")])
    section("Regulation 17: Good governance",
            "Systems to assess, monitor and improve the quality and safety of the service "
            "were not effective, and records were not always accurate or complete.",
            [("17.1", "Implement a new audit schedule covering care plans, medicines, "
                      "infection control and the environment, with actions tracked to "
                      "completion",
              "Registered Manager", "Oct 2025",
              "Schedule in place; first cycle of audits completed.", "Green"),
             ("17.2", "Regional Director to carry out a quarterly provider quality visit and "
                      "report findings to the directors",
              "Regional Director", "30/11/2025",
              "First visit completed 15 September.", "Green"),
             ("17.3", "Move care records to the electronic care planning system and "
                      "retire paper daily notes",
              "Registered Manager; Administrator", "December 2025",
              "Supplier has postponed go-live to February 2026.", "Red")])
    section("Regulation 18: Staffing",
            "Staff had not all received the training and supervision they needed to carry "
            "out their roles.",
            [("18.1", "Bring mandatory training compliance to at least 95%, prioritising "
                      "dysphagia, moving and handling and safeguarding",
              "Registered Manager", "30/09/2025",
              "Compliance at 96% on 26 September.", "Complete"),
             ("18.2", "Deliver supervision to every member of staff at least every 8 weeks "
                      "and keep a supervision matrix",
              "Deputy Manager", "31/10/2025",
              "Matrix in place; 88% of staff supervised within 8 weeks.", "Amber")])
    section("CQC recommendation",
            "We recommend the provider reviews the activities programme so that people "
            "living with dementia have meaningful things to do.",
            [("R1", "Recruit a second activities coordinator and introduce dementia-friendly "
                    "activities on the first floor",
              "Registered Manager", "January 2026",
              "Post advertised October 2025.", "Green")])

    doc.add_heading("RAG key", level=3)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("Complete", "Action completed and evidence available"),
                                ("Green", "On track to meet target date"),
                                ("Amber", "Some delay; expected to be completed"),
                                ("Red", "Target date at risk or missed")]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], rag_colour[k])
        set_cell(key.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Signed: Sarah Okafor, Registered Manager        Date: 27/10/2025")
    doc.save(os.path.join(HERE, "oa2-ashdown-house-nursing-home-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. The Skills Network – quality improvement plan (docx, read)
# ---------------------------------------------------------------------------
def skills_network():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("The Skills Network – Quality Improvement Plan 2025/26", level=0)
    doc.add_paragraph(
        "This plan is drawn from the 2024/25 self-assessment report and the areas for "
        "improvement in our most recent Ofsted inspection. Progress is reported to the "
        "Quality and Standards Committee each term. Position at 8 December 2025.")

    key = doc.add_table(rows=2, cols=4)
    key.style = "Table Grid"
    labels = [("Achieved", "0070C0"), ("On track", "00B050"), ("Some slippage", "FFC000"),
              ("Off track", "FF0000")]
    for i, (lab, col) in enumerate(labels):
        set_cell(key.rows[0].cells[i], lab, bold=True)
        shade(key.rows[1].cells[i], col)
    doc.add_paragraph("RAG is shown by the colour of the final column.")

    cols = ["Ref", "Area for improvement", "Actions", "Lead", "Milestone date",
            "Success measure", "Progress (December 2025)", "RAG"]
    rag = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def section(heading, afis):
        doc.add_heading(heading, level=2)
        n = sum(len(acts) for _, acts in afis)
        tb = doc.add_table(rows=1 + n, cols=8)
        tb.style = "Table Grid"
        header_row(tb, cols)
        r = 1
        for afi, acts in afis:
            first = r
            for (ref, act, lead, date, measure, prog, colour) in acts:
                row = tb.rows[r].cells
                set_cell(row[0], ref)
                set_cell(row[2], act)
                set_cell(row[3], lead)
                set_cell(row[4], date)
                set_cell(row[5], measure)
                set_cell(row[6], prog)
                set_cell(row[7], "")
                shade(row[7], rag[colour])
                r += 1
            if r - first > 1:
                m = tb.rows[first].cells[1].merge(tb.rows[r - 1].cells[1])
            else:
                m = tb.rows[first].cells[1]
            set_cell(m, afi)
        doc.add_paragraph()

    section("1. Quality of education", [
        ("Tutors do not use information about learners' starting points well enough to plan "
         "learning for the most able learners.", [
            ("QE1.1", "Revise the initial assessment process so that every learner's prior "
                      "qualifications and experience are recorded in their learning plan\n"
                      "Train all tutors in using starting points to set stretching targets",
             "Director of Quality", "Autumn term 2025",
             "100% of new learners have a completed starting-point record",
             "New process live from October; 74 of 80 tutors trained.", "G"),
            ("QE1.2", "Sample 10% of learning plans each month and feed back to tutors",
             "Quality Manager (Distance Learning)", "Monthly",
             "Sampling shows targets are individual and stretching",
             "October and November samples complete; themes shared.", "G"),
        ]),
        ("Feedback on assessed work does not always tell learners clearly what they need to do "
         "to improve.", [
            ("QE2.1", "Introduce a feedback standard and model examples for each course area",
             "Head of Curriculum (Health & Social Care); Head of Curriculum (Business)",
             "31/01/2026", "Standard published and used by all tutors",
             "Standard drafted; examples for business courses still to finish.", "A"),
            ("QE2.2", "Carry out a learner survey on feedback quality and act on the results",
             "Learner Voice Coordinator", "Summer term 2026",
             "At least 85% of learners agree feedback helps them improve",
             "Survey questions agreed.", "G"),
        ]),
    ])
    section("2. Behaviour and attitudes", [
        ("Too many learners on short online courses withdraw before completing their first "
         "unit.", [
            ("BA1.1", "Contact every learner who has not logged in for 14 days and offer "
                      "tutor support",
             "Learner Support Manager", "28/02/2026",
             "Early withdrawal rate reduced from 18% to 12%",
             "Automated alerts live; withdrawal rate 16% this term.", "A"),
        ]),
    ])
    section("3. Personal development", [
        ("Learners are not consistently given careers information linked to their course.", [
            ("PD1.1", "Add a careers and next steps unit to every Level 2 and Level 3 course",
             "Careers Lead", "March 2026",
             "All learners complete the careers unit before certification",
             "Unit written; awaiting upload to the learning platform.", "R"),
        ]),
    ])
    section("4. Leadership and management", [
        ("Subcontractor quality assurance does not give leaders a full picture of learners' "
         "progress.", [
            ("LM1.1", "Introduce quarterly subcontractor performance reviews using a common "
                      "dashboard",
             "Chief Operating Officer", "30/11/2025",
             "Dashboard reviewed at each quarterly meeting",
             "First reviews held in November 2025.", "B"),
            ("LM1.2", "Report subcontractor outcomes to each Quality and Standards Committee",
             "Director of Quality", "Termly",
             "Committee minutes show challenge on subcontractor performance",
             "Standing item added from December.", "G"),
        ]),
    ])

    doc.add_heading("Approval", level=3)
    ap = doc.add_table(rows=2, cols=3)
    ap.style = "Table Grid"
    header_row(ap, ["Approved by", "Date", "Next review"])
    set_cell(ap.rows[1].cells[0], "Board of Directors")
    set_cell(ap.rows[1].cells[1], "21/10/2025")
    set_cell(ap.rows[1].cells[2], "March 2026")
    doc.save(os.path.join(HERE, "oa2-the-skills-network-quality-improvement-plan-2025-26.docx"))


# ---------------------------------------------------------------------------
# 6. Staffordshire Commissioner – ETAP action log (csv, read)
# ---------------------------------------------------------------------------
def staffs_commissioner():
    rows = [
        ["Staffordshire Commissioner – Ethics, Transparency and Audit Panel (ETAP) Action Log", "", "", "", "", "", ""],
        ["Staffordshire Commissioner for Police, Fire and Rescue and Crime", "", "", "", "", "", ""],
        ["Updated following the meeting of 24 September 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Minute", "Action", "Action owner", "Due date", "RAG", "Update"],
        ["ETAP meeting 26 March 2025", "", "", "", "", "", ""],
        ["A25/03", "ETAP/25/09",
         "Provide the panel with a briefing on the Fire and Rescue Authority's reserves "
         "strategy",
         "Chief Finance Officer (Fire)", "30/06/2025", "Complete",
         "Briefing circulated 12 June 2025."],
        ["A25/04", "ETAP/25/11",
         "Internal audit to include a review of police fleet management in the 2025/26 plan",
         "Head of Internal Audit", "Jun-25", "Complete",
         "Included in the approved 2025/26 plan."],
        ["ETAP meeting 25 June 2025", "", "", "", "", "", ""],
        ["A25/07", "ETAP/25/18",
         "Report progress on the implementation of outstanding audit recommendations for the "
         "Police force, showing any revised dates",
         "Chief Finance Officer (Police) / Chief Finance Officer (Fire)", "24/09/2025",
         "Amber", "Police position reported; Fire report deferred to November."],
        ["A25/08", "ETAP/25/20",
         "Review the Commissioner's gifts and hospitality register and publish it quarterly",
         "Head of Governance, Commissioner's Office", "Ongoing", "Green",
         "Q1 register published on the website."],
        ["A25/09", "ETAP/25/21",
         "Arrange a training session for panel members on the Statement of Accounts",
         "Chief Finance Officer (Commissioner's Office)", "Nov-25", "Green",
         "Session booked for 19 November 2025."],
        ["ETAP meeting 24 September 2025", "", "", "", "", "", ""],
        ["A25/12", "ETAP/25/27",
         "Update the joint corporate risk register to show the risk of delay to the "
         "police control room replacement",
         "JD/RC", "26/11/2025", "Green", ""],
        ["", "", "and report the revised mitigation to the next meeting", "", "", "", ""],
        ["A25/13", "ETAP/25/29",
         "Confirm the timetable for the external auditor's 2024/25 value for money work",
         "Chief Finance Officer (Police)", "31/10/2025", "Red",
         "Auditor has not yet confirmed dates; escalated to engagement lead."],
        ["A25/14", "ETAP/25/30",
         "Bring the updated anti-fraud and corruption policy to the panel for comment",
         "Head of Governance, Commissioner's Office", "Jan-26", "Not started", ""],
        ["", "", "", "", "", "", ""],
        ["Note: completed actions are reported once to the panel and then removed from the log.",
         "", "", "", "", "", ""],
        ["Total actions: 8", "Complete: 2", "Green: 3", "Amber: 1", "Red: 1", "Not started: 1", ""],
    ]
    path = os.path.join(HERE, "oa2-staffordshire-commissioner-etap-action-log.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Lincolnshire Community Health Services – QIP highlight report (txt, read)
# ---------------------------------------------------------------------------
def lchs():
    T = "\t"
    lines = [
        "Lincolnshire Community Health Services NHS Trust – Quality Improvement Plan Highlight Report",
        "Quality and Safety Committee, 20 January 2026",
        "Reporting period: October – December 2025 (Quarter 3)",
        "Executive lead: Director of Nursing, AHPs and Quality",
        "",
        "Overall position: Amber",
        "RAG key: B = complete, G = on track, A = at risk, R = off track",
        "",
        T.join(["Ref", "Action", "Lead", "Due", "RAG Q2", "RAG Q3", "Progress this period"]),
        "",
        "Workstream 1: Pressure ulcer prevention",
        T.join(["1.1", "Roll out the purpose-T risk assessment tool across all community "
                "nursing teams", "Head of Tissue Viability", "31/12/2025", "G", "B",
                "Live in all 12 neighbourhood teams from 1 December."]),
        T.join(["1.2", "Audit compliance with repositioning plans in community hospitals each "
                "month", "Lead Nurse – Community Hospitals", "Mar-26", "A", "G",
                "Compliance 91% in December (target 90%)."]),
        T.join(["1.3", "Deliver pressure ulcer prevention training to care home staff in the "
                "two highest-incidence localities", "Head of Tissue Viability",
                "Q4 2025/26", "G", "A",
                "Four of nine sessions delivered; care home cancellations in December."]),
        "",
        "Workstream 2: Deteriorating patient (NEWS2) in community hospitals",
        T.join(["2.1", "Introduce electronic NEWS2 observations in SystmOne at all four "
                "community hospitals", "Deputy Director of Nursing; Clinical Systems Lead",
                "Jun 2026", "G", "G", "Build complete; testing at Johnson Community Hospital."]),
        T.join(["2.2", "Complete simulation training on escalation for all registered nurses "
                "on inpatient wards", "Clinical Education Lead", "28/02/2026", "A", "R",
                "58% trained; two sessions lost to winter staffing pressures."]),
        "",
        "Workstream 3: Learning from patient safety events (PSIRF)",
        T.join(["3.1", "Publish a quarterly learning bulletin from patient safety incident "
                "investigations", "Head of Patient Safety", "Quarterly", "G", "G",
                "Q3 bulletin issued 15 December."]),
        T.join(["3.2", "Train all band 7 and above clinical leaders in after action review "
                "facilitation", "Head of Patient Safety / Patient Safety Partner",
                "31/03/2026", "", "A", "Training started in November; 40 of 110 leaders trained."]),
        "",
        "Risks and issues: winter staffing pressures are delaying training in workstreams 1 "
        "and 2 (risk 2741 on the corporate risk register).",
        "Decision required: none this period.",
        "Report author: Quality Improvement Lead, 8 January 2026",
    ]
    path = os.path.join(
        HERE,
        "oa2-lincolnshire-community-health-services-nhs-trust-quality-improvement-plan-highlight-report.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    beckfoot()
    sussex()
    progress_housing()
    ashdown()
    skills_network()
    staffs_commissioner()
    lchs()
    print("built 7 files in", HERE)
