"""Build the seven ph- data files of set heldout450.

Run with: /work/main/.venv/bin/python ph_make.py   (writes beside this script)
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAG_FILL = {
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050",
    "Complete": "0070C0", "Blue": "0070C0",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Devon and Torbay CCA - auditor's annual report key recommendations (xlsx)
# ---------------------------------------------------------------------------
def make_devon_torbay():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Devon and Torbay Combined County Authority"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Auditor's Annual Report 2024/25 – Key Recommendations Action Plan"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Audit and Governance Committee – 27 January 2026"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.1", "14/10/2025", "Head of Governance", "First draft following receipt of the Auditor's Annual Report"),
            ("1.0", "04/11/2025", "Head of Governance", "Agreed by Senior Leadership Team"),
            ("1.1", "13/01/2026", "Head of Governance", "Progress update for January 2026 committee")]
    for i, r in enumerate(rows, start=6):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 6:
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("Complete", "Action complete and evidence provided to the external auditor"),
           ("Green", "On track to meet the target date"),
           ("Amber", "Some slippage – recovery in place"),
           ("Red", "Off track – target date will be missed"),
           ("Not started", "Action not yet due to start")]
    for i, (k, v) in enumerate(key, start=12):
        c = cov.cell(row=i, column=1, value=k)
        if k in RAG_FILL:
            c.fill = fill(RAG_FILL[k])
        cov.cell(row=i, column=2, value=v)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 22
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Auditor's Annual Report 2024/25 – Key Recommendations Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress at 13 January 2026. Previous RAG is as reported to the committee on 25 September 2025."
    hdr = ["Ref", "Agreed management action", "Lead officer", "Original target date",
           "Revised target date", "Previous RAG (Sep 2025)", "Current RAG (Jan 2026)", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX
    ws.freeze_panes = "A5"

    plan = [
        ("area", "Governance"),
        ("rec", "KR1 – The Authority should complete the review of its constitution and scheme of delegation so that decision-making routes between the CCA Board, the constituent councils and officers are clear, and publish a forward plan of key decisions."),
        ("act", "KR1.1", "Complete the constitution review with the constituent councils' monitoring officers and present the revised constitution to the CCA Board for adoption.",
         "Monitoring Officer", D(2025, 11, 30), D(2026, 3, 31), "Amber", "Amber",
         "Draft constitution shared with monitoring officers in December; Board date moved to March to allow legal review."),
        ("act", "KR1.2", "Publish a 28-day forward plan of key decisions on the Authority's website and review it at each Board agenda-setting meeting.",
         "Head of Governance", D(2025, 10, 31), None, "Green", "Complete",
         "Forward plan published from 1 October 2025."),
        ("rec", "KR2 – The Authority should establish an Audit and Governance Committee work programme that includes regular reporting on risk management and the assurance framework."),
        ("act", "KR2.1", "Agree an annual work programme for the Audit and Governance Committee, including a standing item on the strategic risk register.",
         "Head of Governance", D(2025, 9, 30), None, "Complete", "Complete",
         "Work programme agreed 25 September 2025."),
        ("act", "KR2.2", "Appoint a second independent member to the Audit and Governance Committee.\nRecruitment pack to be agreed with the Committee Chair.",
         "Monitoring Officer; Committee Chair", D(2025, 12, 31), D(2026, 2, 28), "Amber", "Red",
         "No suitable applicants from first advert; re-advertised January 2026."),
        ("area", "Financial sustainability"),
        ("rec", "KR3 – The Authority should prepare a medium-term financial plan covering at least three years that sets out how the running costs of the Authority will be met once transitional capacity funding ends."),
        ("act", "KR3.1", "Prepare a three-year medium-term financial plan (2026/27 to 2028/29) for approval alongside the 2026/27 budget.",
         "Director of Finance (s73 Officer)", D(2026, 2, 28), None, "Green", "Green",
         "MTFP modelling under way; draft to Board workshop 5 February."),
        ("act", "KR3.2", "Agree with the constituent councils the basis for the transport levy and any contributions to running costs from 2026/27.",
         "Chief Executive / Director of Finance (s73 Officer)", D(2026, 1, 31), None, "Green", "Amber",
         "Levy proposal discussed with council s151 officers; one council yet to confirm."),
        ("area", "Improving economy, efficiency and effectiveness"),
        ("rec", "KR4 – The Authority should develop a performance framework for the Devon and Torbay Strategic Plan with measurable outcomes reported to the Board."),
        ("act", "KR4.1", "Develop a set of outcome measures for each Strategic Plan priority and agree baseline data with the constituent councils.",
         "Head of Strategy and Performance", D(2025, 12, 31), D(2026, 3, 31), "Amber", "Green",
         "Measures drafted for three of four priorities; revised date agreed with the auditor."),
        ("act", "KR4.2", "Report performance against the Strategic Plan to the CCA Board on a quarterly basis.",
         "Head of Strategy and Performance", "Quarterly", None, None, "Not started",
         "First report due once KR4.1 is complete."),
    ]
    r = 5
    for item in plan:
        if item[0] == "area":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF", size=12)
            c.fill = fill("2F5597")
        elif item[0] == "rec":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            _, ref, text, lead, orig, rev, prev, cur, prog = item
            vals = [ref, text, lead, orig, rev, prev, cur, prog]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, v in ((6, prev), (7, cur)):
                if v in RAG_FILL:
                    ws.cell(row=r, column=col).fill = fill(RAG_FILL[v])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    for k, n in (("Complete", 2), ("Green", 2), ("Amber", 2), ("Red", 1), ("Not started", 1), ("Total", 8)):
        r += 1
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=n)
    for col, w in zip("ABCDEFGH", (8, 60, 26, 14, 14, 14, 14, 48)):
        ws.column_dimensions[col].width = w
    wb.save(out("ph-devon-and-torbay-cca-external-audit-vfm-recommendations-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. The Children's Society - strategic risk register (xlsx, fill-colour status)
# ---------------------------------------------------------------------------
def make_childrens_society():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "The Children's Society"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "Strategic Risk Register 2025-26"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Position at 31 October 2025 – for Audit and Risk Committee, 18 November 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Risk", "Risk owner", "Inherent score (L x I)", "Key existing controls",
           "Residual score (L x I)", "Trend", "Ref", "Further action required",
           "Action owner", "Target date", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    ws.freeze_panes = "A6"
    G, A, R, B, NONE = "00B050", "FFC000", "FF0000", "0070C0", None
    risks = [
        ("SR1 – Voluntary income falls short of the 2025-26 plan, reducing the funds available for direct work with young people",
         "Director of Fundraising", "4 x 4 = 16",
         "Monthly income reporting to ELT; Income Generation Committee oversight; diversified portfolio across six income streams",
         "3 x 4 = 12", "↔",
         [("1a", "Complete the review of the individual giving portfolio and reallocate spend to the highest-returning channels.",
           "Director of Fundraising", D(2025, 12, 31), G),
          ("1b", "Develop a three-year major donor and trusts pipeline with quarterly reporting to the Income Generation Committee.",
           "Director of Fundraising", "Q4 2025/26", A)]),
        ("SR2 – A serious safeguarding incident involving a child or young person we support is not identified or responded to effectively",
         "Director of Practice", "4 x 5 = 20",
         "Safeguarding policy and procedures; Designated Safeguarding Leads in every hub; Safeguarding Committee of the Board",
         "2 x 5 = 10", "↓",
         [("2a", "Roll out the revised safeguarding policy and mandatory Level 2 training to all staff and volunteers.",
           "Director of Practice", D(2025, 9, 30), B),
          ("2b", "Commission an independent audit of safeguarding case files across all regional hubs.",
           "Chief People Officer / Director of Practice", D(2026, 1, 31), A),
          ("2c", "Report safeguarding metrics to every meeting of the Board of Trustees.",
           "Director of Practice", "Ongoing", G)]),
        ("SR3 – Loss or compromise of personal data through a cyber attack or system failure",
         "Chief Financial Officer", "4 x 5 = 20",
         "Managed security service; multi-factor authentication; annual penetration test; data protection training",
         "3 x 4 = 12", "↑",
         [("3a", "Achieve Cyber Essentials Plus certification.",
           "Director of Digital & Technology", D(2026, 3, 31), G),
          ("3b", "Test the incident response and business continuity plan through a desk-top exercise with the Executive Leadership Team.",
           "Director of Digital & Technology", D(2025, 11, 30), R),
          ("3c", "Replace the legacy case management system.\nPhase 1: requirements and procurement; Phase 2: migration (2026-27).",
           "CFO; Director of Digital & Technology", "Apr 2026 – Sep 2026", NONE)]),
        ("SR4 – Local authority commissioners reduce demand or do not renew contracts at full cost recovery",
         "Director of Services", "3 x 4 = 12",
         "Contract register; pricing tool; quarterly contract performance review",
         "3 x 3 = 9", "↔",
         [("4a", "Review pricing for all contracts due for renewal in 2026 so that each covers its full cost, including overheads.",
           "Chief Financial Officer", D(2026, 2, 28), G),
          ("4b", "Agree a bid/no-bid framework with the Executive Leadership Team.",
           "Director of Services", D(2025, 10, 31), B)]),
    ]
    score_fill = {"16": "FF0000", "20": "FF0000", "12": "FFC000", "10": "FFC000", "9": "FFFF00"}
    r = 6
    for risk, owner, inh, ctrl, res, trend, acts in risks:
        top = r
        for ref, text, aowner, date, colour in acts:
            vals = {7: ref, 8: text, 9: aowner, 10: date}
            for col, v in vals.items():
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if colour:
                ws.cell(row=r, column=11).fill = fill(colour)
            for col in range(1, 12):
                ws.cell(row=r, column=col).border = BOX
            r += 1
        bottom = r - 1
        for col, v in ((1, risk), (2, owner), (3, inh), (4, ctrl), (5, res), (6, trend)):
            c = ws.cell(row=top, column=col, value=v)
            c.alignment = WRAP
            if col in (3, 5):
                c.fill = fill(score_fill[v.split("= ")[1]])
                c.alignment = Alignment(horizontal="center", vertical="top")
            if bottom > top:
                ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
        ws.cell(row=top, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJK", (40, 20, 12, 40, 12, 7, 6, 55, 26, 12, 9)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "Scoring and status key"
    key["A1"].font = Font(bold=True, size=13)
    key["A3"] = "Likelihood (L) and impact (I) are each scored 1 to 5. Score = L x I."
    key["A4"] = "Residual score bands"
    key["A4"].font = Font(bold=True)
    for i, (band, col) in enumerate((("15 – 25 High", "FF0000"), ("10 – 14 Medium-high", "FFC000"),
                                     ("5 – 9 Medium", "FFFF00"), ("1 – 4 Low", "92D050")), start=5):
        c = key.cell(row=i, column=1, value=band)
        c.fill = fill(col)
    key["A10"] = "Action status (column K fill colour)"
    key["A10"].font = Font(bold=True)
    for i, (col, txt) in enumerate((("0070C0", "Blue – complete"), ("00B050", "Green – on track"),
                                    ("FFC000", "Amber – at risk of slipping"), ("FF0000", "Red – overdue / off track"),
                                    (None, "No fill – not started")), start=11):
        c = key.cell(row=i, column=1)
        if col:
            c.fill = fill(col)
        key.cell(row=i, column=2, value=txt)
    key["A17"] = "Trend: ↑ increasing  ↓ decreasing  ↔ no change since last review"
    key.column_dimensions["A"].width = 24
    key.column_dimensions["B"].width = 30
    wb.save(out("ph-the-childrens-society-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. ScottishPower - Ofgem customer service compliance action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_scottishpower():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "ScottishPower Retail – Customer Service Compliance Action Plan"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Summary by workstream at 30 September 2025"
    rows = [("Workstream", "Actions", "Complete", "Green", "Amber", "Red"),
            ("1. Contact handling", 2, 0, 1, 1, 0),
            ("2. Complaints handling", 2, 1, 1, 0, 0),
            ("3. Vulnerability", 2, 0, 0, 2, 0),
            ("4. Governance and MI", 2, 1, 1, 0, 0),
            ("Total", 8, 2, 3, 3, 0)]
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if i in (4, 9):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 28

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "ScottishPower Retail – Customer Service Compliance Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Response to Ofgem Market Compliance Review: customer service and complaints handling"
    ws["A3"] = "Status at 30 September 2025 | Plan owner: Director of Regulation"
    hdr = ["Workstream", "Ref", "Ofgem finding", "Remedial action", "Action owner",
           "Milestone date", "Status", "Evidence to Ofgem"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00843D")
        c.border = BOX
    data = [
        ("1. Contact handling", "CS1.1", "Call abandonment rates above 20% at peak times",
         "Recruit and train 150 additional customer service advisers for the winter peak.",
         "Head of Customer Operations", "Oct 2025", "Green", "Recruitment tracker (EV-01)"),
        (None, "CS1.2", None, "Introduce a call-back in queue option on all inbound lines.",
         "Head of Telephony", "Nov 2025", "Amber", ""),
        ("2. Complaints handling", "CS2.1", "Resolution letters did not always signpost the Energy Ombudsman",
         "Update all complaint resolution and deadlock letter templates to include Energy Ombudsman signposting.",
         "Complaints Manager", "Aug 2025", "Complete", "Template pack (EV-04)"),
        (None, "CS2.2", None, "Quality-assure a monthly sample of 200 closed complaints.",
         "Head of Quality", "Ongoing", "Green", "Monthly QA report (EV-05)"),
        ("3. Vulnerability", "CS3.1", "Priority Services Register data not consistently updated after customer contact",
         "Deliver refresher training on PSR recording to all front-line advisers.",
         "Head of Vulnerability", "Dec 2025", "Amber", ""),
        (None, "CS3.2", None, "Implement automated PSR prompts in the CRM system.",
         "Head of CRM Systems", "Febuary 2026", "Amber", ""),
        ("4. Governance and MI", "CS4.1", "Incomplete management information on complaint root causes",
         "Add root-cause categories to the monthly complaints MI pack for the Executive Committee.",
         "Director of Regulation", "Sep 2025", "Complete", "MI pack Sept 2025 (EV-07)"),
        (None, "CS4.2", None, "Commission independent assurance of the action plan from Internal Audit.",
         "Head of Internal Audit", "Mar 2026", "Green", ""),
    ]
    r = 6
    for row in data:
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        st = row[6]
        ws.cell(row=r, column=7).fill = fill(RAG_FILL[st])
        r += 1
    ws.cell(row=r + 1, column=1, value="Milestone dates are as agreed with Ofgem on 14 July 2025. Status: Complete / Green = on track / Amber = at risk / Red = missed.")
    for col, w in zip("ABCDEFGH", (24, 8, 40, 55, 28, 14, 11, 26)):
        ws.column_dimensions[col].width = w
    wb.save(out("ph-scottishpower-ofgem-customer-service-compliance-action-plan-typo-month-refuse.xlsx"))


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
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def header_row(table, names, colour):
    for i, n in enumerate(names):
        c = table.rows[0].cells[i]
        set_cell(c, n, bold=True)
        shade(c, colour)


def span_row(table, text, colour):
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    set_cell(merged, text, bold=True)
    shade(merged, colour)


def act_row(table, vals):
    row = table.add_row()
    for i, v in enumerate(vals):
        set_cell(row.cells[i], v)


# ---------------------------------------------------------------------------
# 4. Orange Grove Fostercare - Ofsted IFA inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_orange_grove():
    doc = Document()
    doc.add_heading("Orange Grove Fostercare – Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Ofsted inspection of independent fostering agency: 3 to 7 February 2025")
    doc.add_paragraph("Overall experiences and progress of children and young people: requires improvement to be good")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"], "D9D9D9")
    act_row(t, ["1.0", "14/03/2025", "Registered Manager", "Responsible Individual"])
    act_row(t, ["1.1", "30/06/2025", "Registered Manager", "Responsible Individual"])
    act_row(t, ["1.2", "30/09/2025", "Registered Manager", "Responsible Individual"])

    cols = ["No.", "Action", "Responsible person", "Timescale", "RAG"]
    doc.add_heading("Section A: Requirements", level=1)
    doc.add_paragraph("Ofsted set a compliance date for each requirement. Progress is reviewed monthly by "
                      "the Registered Manager and reported to the Responsible Individual.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, cols, "F4B183")
    span_row(t, "Requirement 1: The registered person must review the approval of each foster parent at least once a year. (Regulation 28(2))", "FBE5D6")
    act_row(t, ["1.1", "Audit all foster carer households and set a date for each overdue annual review.",
                "Registered Manager", "31 March 2025", "Complete"])
    act_row(t, ["1.2", "Introduce a tracker of annual review dates, checked at the monthly management meeting.",
                "Team Manager", "April 2025", "Complete"])
    span_row(t, "Requirement 2: The registered person must ensure that the fostering panel is given all relevant information about each prospective foster parent’s suitability. (Regulation 25(2))", "FBE5D6")
    act_row(t, ["2.1", "Revise the panel paperwork checklist so that all statutory checks, references and health assessments are confirmed before a case is listed.",
                "Panel Adviser", "End of May 2025", "Complete"])
    act_row(t, ["2.2", "Panel Chair to quality-assure each set of panel papers and return incomplete cases to the assessing social worker.\nFindings to be reported to the agency decision maker quarterly.",
                "Panel Chair / Agency Decision Maker", "Ongoing", "Green"])

    doc.add_heading("Section B: Recommendations", level=1)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, cols, "A9D18E")
    span_row(t, "Recommendation 1: The registered person should ensure that supervising social workers record the views of children during supervisory visits to foster homes. (NMS 21.8)", "E2F0D9")
    act_row(t, ["3.1", "Update the supervisory visit template to include a section for the child’s views.",
                "Registered Manager", "June 2025", "Complete"])
    act_row(t, ["3.2", "Audit 20% of supervisory visit records each quarter and feed back learning at team meetings.",
                "Team Manager / Quality Assurance Officer", "30/09/2025", "Amber"])
    span_row(t, "Recommendation 2: The registered person should ensure that foster carers complete the training, support and development standards within the required timescales. (NMS 20.3)", "E2F0D9")
    act_row(t, ["4.1", "Set an individual deadline for each foster carer who has not completed the TSD standards and monitor it in supervision.",
                "Supervising Social Workers", "31 August 2025", "Amber"])
    act_row(t, ["4.2", "Offer two additional evening TSD workshops for foster carers.",
                "Training Coordinator", "July 2025", "Red"])

    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete = action completed and evidenced; Green = on track; "
                      "Amber = at risk of missing the timescale; Red = timescale missed.")
    doc.add_paragraph("Signed: Responsible Individual, Orange Grove Fostercare")
    doc.save(out("ph-orange-grove-fostercare-ofsted-ifa-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Environment Agency - Storm Babet lessons learned action plan (docx)
# ---------------------------------------------------------------------------
def make_environment_agency():
    doc = Document()
    doc.add_heading("Storm Babet incident response: lessons learned action plan", level=0)
    doc.add_paragraph("Environment Agency – East Midlands and Yorkshire areas")
    doc.add_paragraph("Progress update for the Flood and Coastal Erosion Risk Management Board, July 2024")
    doc.add_heading("Background", level=2)
    doc.add_paragraph("Storm Babet brought record rainfall to parts of the East Midlands and Yorkshire between "
                      "18 and 21 October 2023. Our internal review of the incident response identified four "
                      "lessons. This plan sets out the actions we are taking in response to each lesson.")
    cols = ["Ref", "Action", "Owner", "Target date", "RAG"]

    def table(rows):
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        header_row(t, cols, "C5E0B3")
        for r in rows:
            act_row(t, r)
        return t

    doc.add_heading("1. Forecasting and warning", level=1)
    doc.add_paragraph("Lesson 1: Flood warnings in rapidly responding catchments were issued with less lead time than communities needed.")
    table([
        ["1.1", "Review flood warning thresholds for the 12 rapid-response catchments flooded during Storm Babet.",
         "Area Flood and Coastal Risk Manager (East Midlands)", "March 2024", "B"],
        ["1.2", "Extend the use of the Flood Forecasting Centre’s rainfall ensemble forecasts to trigger earlier Flood Alerts.",
         "Head of Flood Forecasting; Head of Flood Warning", "Q3 2024/25", "G"],
    ])
    doc.add_heading("2. Incident management and resourcing", level=1)
    doc.add_paragraph("Lesson 2: Incident rotas were stretched when the event lasted longer than 72 hours.")
    table([
        ["2.1", "Introduce a national mutual aid request process so that areas can call on trained incident staff from other areas within 12 hours.",
         "Deputy Director, Flood Incident Management", "September 2024", "A"],
        ["2.2", "Increase the number of staff trained as Area Base Controllers by 30%.",
         "Area Directors", "31/03/2025", "G"],
    ])
    doc.add_paragraph("Lesson 3: Temporary barriers were not deployed at two locations because of access problems.")
    table([
        ["3.1", "Survey access routes for all temporary barrier deployment sites and update the deployment plans.\nPriority: sites on the Rivers Idle, Derwent and Don.",
         "Field Operations Manager", "July 2024", "B"],
        ["3.2", "Agree highway access protocols with the county councils for barrier deployment during road closures.",
         "Area Partnerships Manager", "TBC", "R"],
    ])
    doc.add_heading("3. Communications with communities", level=1)
    doc.add_paragraph("Lesson 4: Some residents did not receive or understand flood warnings and were unclear what action to take.")
    table([
        ["4.1", "Run a targeted Floodline registration campaign in the communities flooded during Storm Babet.",
         "Head of Communications", "Oct 2024 – Jan 2025", "G"],
        ["4.2", "Work with Local Resilience Forums to hold community flood fairs in Retford, Chesterfield and Catcliffe.",
         "Flood Resilience Team Leader", "Ongoing", "G"],
    ])
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, c in (("B", "Complete", "0070C0"), ("G", "On track", "00B050"),
                    ("A", "At risk of delay", "FFC000"), ("R", "Off track", "FF0000")):
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], c)
        set_cell(row.cells[1], v)
    doc.add_heading("Annex A: Glossary", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Term", "Meaning"], "D9D9D9")
    for k, v in (("Area Base Controller", "The officer in charge of an area incident room during an incident"),
                 ("Flood Alert", "Flooding is possible – be prepared"),
                 ("LRF", "Local Resilience Forum")):
        act_row(t, [k, v])
    doc.save(out("ph-environment-agency-storm-babet-incident-response-lessons-learned-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Exmoor NPA - FiPL programme highlight report (csv)
# ---------------------------------------------------------------------------
def make_exmoor():
    W = 8
    rows = [
        ["Exmoor National Park Authority"],
        ["Farming in Protected Landscapes (FiPL) – Programme Highlight Report"],
        ["Reporting period: Q2 2025/26 (July – September 2025)"],
        ["Prepared by: FiPL Programme Manager for the Programme Board, 14 October 2025"],
        ["Overall programme RAG", "Amber"],
        [],
        ["Ref", "Workstream", "Milestone / action", "Lead", "Due date", "Previous RAG", "Current RAG", "Commentary"],
        ["M1", "Grant delivery", "Open the 2025/26 application round and publish updated guidance for farmers",
         "FiPL Programme Manager", "Apr-25", "Green", "Complete", "Round opened 1 April; 41 expressions of interest received"],
        ["M2", "", "Assess and present all eligible applications to the Local Assessment Panel",
         "FiPL Programme Manager / Farm Adviser", "30/11/2025", "Green", "Green", "Panels held in July and September; next panel 12 November"],
        ["M3", "", "Commit 100% of the 2025/26 grant allocation",
         "FiPL Programme Manager", "Dec-25", "Amber", "Amber", "78% committed at end of Q2, with a pipeline of 9 projects"],
        ["M4", "Monitoring and evaluation", "Complete output monitoring visits for all projects finished in 2024/25",
         "Farm Adviser (East)", "Sep-25", "Amber", "Red", "Visits delayed by a staff vacancy; 14 of 22 visits done"],
        ["M5", "", "Submit the Q2 monitoring and claims return to Defra",
         "Finance Officer", "31/10/2025", "Green", "Green", ""],
        ["M6", "Engagement", "Hold two farmer events (Dunster and Exford) on moving from FiPL to the Sustainable Farming Incentive",
         "JM/KT", "Oct 2025 – Jan 2026", "Green", "Green", "Dunster event booked for 21 October"],
        ["M7", "", "Publish four project case studies on the Authority's website",
         "Communications Officer", "Q4 2025/26", "", "Not started", "To follow the autumn monitoring visits"],
        ["M8", "Programme closure", "Prepare a closure and legacy plan for the programme ahead of the scheme end date",
         "Head of Land Management", "31/03/2026", "Green", "Green", "Draft to Programme Board in January"],
        [],
        ["Budget summary", "Allocation 2025/26", "Committed", "Spent to date", "Remaining"],
        ["Grant", "£612,000", "£477,360", "£198,500", "£134,640"],
        ["Management and administration", "£98,000", "£98,000", "£47,200", "£0"],
        [],
        ["Note: no decisions are required from the Programme Board this quarter."],
    ]
    with open(out("ph-exmoor-npa-fipl-programme-highlight-report.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r + [""] * (W - len(r)))


# ---------------------------------------------------------------------------
# 7. Great Aycliffe Town Council - internal audit action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_great_aycliffe():
    lines = [
        ["GREAT AYCLIFFE TOWN COUNCIL"],
        ["Internal Audit 2024/25 – Action Plan"],
        ["Report of the Town Clerk to the Policy and Resources Committee, 9 September 2025"],
        [],
        ["No.", "Control objective", "Internal auditor's recommendation", "Agreed action", "Responsible officer", "Target date", "RAG"],
        ["1", "A. Appropriate accounting records have been properly kept throughout the financial year.",
         "The cashbook should be reconciled to the bank statements monthly and the reconciliation signed by a councillor.",
         "Present the bank reconciliation to each Finance Committee meeting for signature by the Chair.",
         "RFO", "Jun 2025", "B"],
        ["2", "B. This authority complied with its financial regulations, payments were supported by invoices, all expenditure was approved and VAT was appropriately accounted for.",
         "Financial Regulations should be updated to the current NALC model.",
         "Adopt revised Financial Regulations based on the 2024 NALC model.",
         "Town Clerk & Deputy Town Clerk", "Nov 2025", "A"],
        ["3", "B. This authority complied with its financial regulations, payments were supported by invoices, all expenditure was approved and VAT was appropriately accounted for.",
         "VAT should be reclaimed at least annually.",
         "Submit VAT126 reclaims to HMRC every quarter.",
         "Finance Officer", "Quarterly", "G"],
        ["4", "C. This authority assessed the significant risks to achieving its objectives and reviewed the adequacy of arrangements to manage these.",
         "The risk register should be reviewed and formally adopted by full Council each year.",
         "Review the risk register and present it to full Council for adoption.",
         "Town Clerk", "By 31 March 2026", "G"],
        ["5", "G. Salaries to employees and allowances to members were paid in accordance with this authority's approvals, and PAYE and NI requirements were properly applied.",
         "Contracts of employment should be held on file for all staff, including casual staff.",
         "Issue written statements of particulars to the two casual grounds staff.",
         "Town Clerk", "Oct 2025", "B"],
        ["6", "H. Asset and investments registers were complete and accurate and properly maintained.",
         "The asset register should record acquisition dates and insurance values.",
         "Update the asset register with acquisition dates and insurance values and reconcile it to the insurance schedule.",
         "Deputy Town Clerk", "31/01/2026", "R"],
        ["7", "L. The authority published information on a website/webpage, up to date at the time of the internal audit, in accordance with any relevant transparency code requirements.",
         "The website should include all documents required by the Transparency Code.",
         "Publish the annual governance statement, accounting statements and notice of conclusion of audit on the Council's website.",
         "Admin Officer", "Aug 2025", "B"],
        [],
        ["RAG key:", "B = complete", "G = on track", "A = some delay", "R = target date missed"],
        ["Note: recommendation 4 was first made in the 2023/24 internal audit report and is carried forward."],
    ]
    with open(out("ph-great-aycliffe-town-council-internal-audit-action-plan-2024-25.txt"), "w", encoding="utf-8", newline="\n") as f:
        for l in lines:
            f.write("\t".join(l) + "\n")


if __name__ == "__main__":
    make_devon_torbay()
    make_childrens_society()
    make_scottishpower()
    make_orange_grove()
    make_environment_agency()
    make_exmoor()
    make_great_aycliffe()
    print("ok")
