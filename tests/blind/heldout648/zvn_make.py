"""Build the seven zvn- blind test files for set heldout648.

Run with /work/main/.venv/bin/python zvn_make.py (writes beside this script).
"""
import datetime as dt
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
DARK = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Revolut Ltd - FCA s166 skilled person review remediation tracker (xlsx)
# ---------------------------------------------------------------------------
def make_revolut():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Revolut Ltd – FCA Skilled Person (s166) Review Remediation Tracker"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Scope: Financial Crime Systems and Controls (final report dated 7 February 2025)"
    cover["A2"].font = Font(bold=True, size=11)
    cover["A3"] = "Board Risk Committee – 14 October 2025 – CONFIDENTIAL"
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("0.1", "18/02/2025", "FinCrime Change Office", "Initial tracker following final s166 report"),
        ("1.0", "04/03/2025", "FinCrime Change Office", "Approved by Executive Risk Committee"),
        ("1.4", "22/07/2025", "FinCrime Change Office", "Revised dates agreed with FCA supervisory team"),
        ("1.6", "03/10/2025", "FinCrime Change Office", "September 2025 progress updates"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cover["A12"] = "Summary of current RAG"
    cover["A12"].font = Font(bold=True)
    summ = [("Current RAG", "Actions"), ("Blue", 3), ("Green", 1), ("Amber", 3), ("Red", 0), ("Total", 7)]
    for i, r in enumerate(summ):
        for j, v in enumerate(r):
            c = cover.cell(row=13 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, 5):
                c.font = Font(bold=True)
    for col, w in zip("ABCD", (16, 14, 26, 50)):
        cover.column_dimensions[col].width = w

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "s166 Remediation Tracker – Financial Crime Systems and Controls"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Finding Ref", "Skilled Person Finding", "Finding Rating", "Action ID",
               "Remediation Action", "Action Owner", "Original Due Date", "Revised Due Date",
               "Previous RAG (Aug-25)", "Current RAG (Sep-25)", "Progress Update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.alignment = WRAP
        c.border = BOX

    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    D = dt.datetime
    plan = [
        ("theme", "Theme 1: Customer Due Diligence"),
        ("finding", "F1.1",
         "The customer risk assessment methodology does not consistently reflect product, "
         "geographic and delivery-channel risk factors, resulting in under-classification of "
         "higher-risk retail customers.", "High",
         [("1.1.1",
           "Redesign the customer risk assessment (CRA) model to incorporate product, geography "
           "and channel risk factors, with documented weightings approved by the Financial Crime "
           "Risk Committee.",
           "Head of Financial Crime Risk", D(2025, 3, 31), D(2025, 6, 30), "Amber", "Blue",
           "New CRA model approved 12/06/2025 and live 27/06/2025. Closure validated by Second Line."),
          ("1.1.2",
           "Re-score the existing retail customer book under the new CRA model and apply enhanced "
           "due diligence to customers re-classified as high risk.",
           "Head of KYC Operations / Head of Data Science (FinCrime)", D(2025, 9, 30), D(2026, 1, 31),
           "Amber", "Amber",
           "Re-scoring complete for 78% of the book. EDD outreach volumes higher than forecast; "
           "revised date agreed with FCA."),
          ]),
        ("finding", "F1.2",
         "Periodic reviews of high-risk customers are backlogged, with a significant number of "
         "reviews overdue by more than 90 days.", "High",
         [("1.2.1",
           "Clear the backlog of overdue high-risk periodic reviews through a dedicated remediation "
           "squad, with weekly MI reported to the MLRO.",
           "MLRO", D(2025, 7, 31), None, "Red", "Amber",
           "Backlog reduced from 4,120 to 610 reviews. Remaining cases are complex and allocated "
           "to senior analysts."),
          ("1.2.2",
           "Implement automated triggers for periodic review in the case management system so that "
           "no high-risk review becomes overdue without escalation.",
           "Director, FinCrime Engineering", D(2025, 12, 31), None, "Green", "Green",
           "Build complete; user acceptance testing under way."),
          ]),
        ("theme", "Theme 2: Transaction Monitoring"),
        ("finding", "F2.1",
         "Transaction monitoring scenarios have not been tuned since 2022 and coverage of "
         "typologies relevant to payments and crypto-asset activity is incomplete.", "High",
         [("2.1.1",
           "Complete a typology coverage assessment and map every in-scope typology to at least one "
           "monitoring scenario or documented compensating control.",
           "Head of Transaction Monitoring", D(2025, 4, 30), None, "Blue", "Blue",
           "Coverage assessment approved by Financial Crime Risk Committee, May 2025."),
          ("2.1.2",
           "Tune and re-validate all retail monitoring scenarios, with independent model validation "
           "by Second Line Risk.",
           "Head of Transaction Monitoring; Head of Model Risk Management", D(2025, 10, 31),
           D(2026, 3, 31), "Green", "Amber",
           "14 of 31 scenarios tuned. Validation capacity constrained; revised date agreed."),
          ]),
        ("theme", "Theme 3: Governance and Management Information"),
        ("finding", "F3.1",
         "Board and committee MI on financial crime does not give sufficient visibility of alert "
         "backlogs, SAR timeliness and remediation progress.", "Medium",
         [("3.1.1",
           "Introduce a monthly financial crime MI pack for the Board Risk Committee covering alert "
           "ageing, SAR timeliness and s166 remediation status.",
           "Chief Risk Officer", D(2025, 6, 30), None, "Blue", "Blue",
           "First pack presented June 2025; now a standing item."),
          ]),
    ]
    r = 4
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for j in range(1, 12):
                ws.cell(row=r, column=j).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            r += 1
            continue
        _, fref, ftext, frating, actions = item
        start = r
        for (aid, text, owner, orig, rev, prev, cur, upd) in actions:
            ws.cell(row=r, column=4, value=aid)
            ws.cell(row=r, column=5, value=text)
            ws.cell(row=r, column=6, value=owner)
            c = ws.cell(row=r, column=7, value=orig)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=8, value=rev)
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9, value=prev).fill = fill(rag_fill[prev])
            ws.cell(row=r, column=10, value=cur).fill = fill(rag_fill[cur])
            ws.cell(row=r, column=11, value=upd)
            r += 1
        ws.cell(row=start, column=1, value=fref)
        ws.cell(row=start, column=2, value=ftext)
        ws.cell(row=start, column=3, value=frating)
        if r - 1 > start:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    last = r - 1
    for row in ws.iter_rows(min_row=4, max_row=last, max_col=11):
        for c in row:
            c.alignment = WRAP
            c.border = BOX
    r += 1
    ws.cell(row=r, column=1, value=(
        "Note: where a revised due date is shown it has been agreed with the FCA supervisory "
        "team. Blue = closed and validated by Second Line."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJK", (10, 40, 10, 9, 50, 28, 13, 13, 12, 12, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    defs = [("Blue", "Closed – evidence accepted and validated by Second Line Risk", BLUE),
            ("Green", "On track to meet the due date", GREEN),
            ("Amber", "At risk – slippage possible, mitigation in place", AMBER),
            ("Red", "Off track – due date will be missed without intervention", RED)]
    for i, (k, d, h) in enumerate(defs):
        key.cell(row=3 + i, column=1, value=k).fill = fill(h)
        key.cell(row=3 + i, column=2, value=d)
    key.column_dimensions["B"].width = 70
    wb.save(out("zvn-revolut-ltd-fca-s166-skilled-person-review-remediation-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. St Ann's Hospice - CQC inspection action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def make_hospice():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "St Ann's Hospice – CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Location: St Ann's Hospice, Heald Green   |   Inspected: 6–7 February 2024   |   "
                "Report published: 18 April 2024")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for j, (t, h) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                ("Some delay – recoverable", AMBER), ("Off track", RED)]):
        c = ws.cell(row=3, column=2 + j, value=t)
        c.fill = fill(h)
        c.border = BOX
    headers = ["No.", "What we will do", "Lead", "By when", "How we will know (evidence)", "RAG"]
    for j, h in enumerate(headers):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    plan = [
        ("band", "Is the service safe?"),
        ("req", "MUST: Regulation 12 (Safe care and treatment) – The provider must ensure that "
                "controlled drug stock checks are completed and countersigned in line with the "
                "hospice's medicines policy."),
        ("act", 1, "Introduce a daily controlled drug stock check at handover, recorded on the "
                   "electronic CD register and countersigned by a second registered nurse.",
         "Head of Inpatient Services", "31/05/2024",
         "Daily checks evidenced on e-CD register; weekly spot check by ward manager.", BLUE),
        ("act", 2, "Complete a monthly controlled drugs audit and report the results to the "
                   "Medicines Management Group.",
         "Lead Pharmacist", "Monthly",
         "Audit reports and MMG minutes; 100% compliance for three consecutive months.", GREEN),
        ("req", "SHOULD: The provider should ensure that falls risk assessments are reviewed "
                "after every fall."),
        ("act", 3, "Update the falls policy and post-falls checklist so that the falls risk "
                   "assessment is reviewed and re-signed within 24 hours of any fall.",
         "Clinical Quality Lead", "30 June 2024",
         "Revised policy ratified; post-falls audit of all falls in Q2.", BLUE),
        ("act", 4, "Deliver falls prevention refresher training to all inpatient registered "
                   "nurses and healthcare assistants.",
         "Clinical Educator", "Sept 2024",
         "Training records show 90% of inpatient staff trained.", AMBER),
        ("band", "Is the service well-led?"),
        ("req", "MUST: Regulation 17 (Good governance) – The provider must ensure that audit "
                "findings are acted on and that actions are tracked to completion."),
        ("act", 5, "Establish a clinical audit action log that is reviewed at every Quality and "
                   "Safety Committee, with overdue actions escalated to the Director of Patient "
                   "Services.",
         "Director of Patient Services", "End of July 2024",
         "Action log in committee papers; no actions overdue by more than one month.", GREEN),
        ("act", 6, "Commission an independent review of the clinical governance framework and "
                   "report its findings to the Board of Trustees.",
         "Chief Executive / Chair of Quality and Safety Committee", "Q3 2024/25",
         "Review report and Board minutes.", RED),
    ]
    r = 6
    for item in plan:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, size=12, color="FFFFFF")
            for j in range(1, 7):
                ws.cell(row=r, column=j).fill = fill("5B2C6F")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        elif item[0] == "req":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.alignment = WRAP
            for j in range(1, 7):
                ws.cell(row=r, column=j).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
        else:
            _, no, text, lead, when, evid, rag = item
            vals = [no, text, lead, when, evid, None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Action plan submitted to CQC on 9 May 2024. Progress is reported to the Quality and "
        "Safety Committee each month and to the Board of Trustees each quarter."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEF", (6, 55, 30, 16, 45, 8)):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Progress summary – October 2024"
    s["A1"].font = Font(bold=True)
    rows = [("Key question", "Actions", "Complete", "On track", "Some delay", "Off track"),
            ("Safe", 4, 2, 1, 1, 0),
            ("Well-led", 2, 0, 1, 0, 1),
            ("Total", 6, 2, 2, 1, 1)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = s.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, 3):
                c.font = Font(bold=True)
    s.column_dimensions["A"].width = 16
    wb.save(out("zvn-st-anns-hospice-cqc-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. GMCA - Auditor's Annual Report 2024/25 VfM recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_gmca():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "GMCA Auditor's Annual Report 2024/25 – Value for Money Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Position at 9 January 2026 – reported to GMCA Audit Committee, 21 January 2026"
    s["A4"] = ("The external auditor's 2024/25 Auditor's Annual Report made one key recommendation "
               "and four improvement recommendations. Agreed management actions are tracked on "
               "the three criterion sheets.")
    s["A4"].alignment = WRAP
    s.merge_cells("A4:F4")
    s.row_dimensions[4].height = 45
    rows = [("Criterion", "Recommendations", "Actions", "Complete", "Green", "Amber", "Not started"),
            ("Financial sustainability", 2, 3, 0, 2, 0, 1),
            ("Governance", 2, 3, 2, 0, 1, 0),
            ("Improving economy, efficiency and effectiveness", 1, 2, 0, 1, 0, 1),
            ("Total", 5, 8, 2, 3, 1, 2)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = s.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, 4):
                c.font = Font(bold=True)
    s.column_dimensions["A"].width = 44

    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Not started": None}
    sheets = [
        ("Financial sustainability", "Financial sustainability", [
            ("Key recommendation 1: The Combined Authority should develop a multi-year savings and "
             "income plan for the transport budget that closes the gap forecast in the Medium Term "
             "Financial Plan from 2026/27, with delivery tracked and reported to the GMCA Resources "
             "Committee.", [
                ("KR1a", "Produce a transport medium term financial plan setting out savings, income "
                         "and reserves options to close the 2026/27 to 2028/29 gap.",
                 "Treasurer to GMCA", "December 2025", "March 2026", "Green",
                 "Draft options considered by Resources Committee in November; final plan with the "
                 "2026/27 budget."),
                ("KR1b", "Report quarterly savings delivery against the plan to the Resources "
                         "Committee, starting with the Q3 2025/26 monitoring report.",
                 "Deputy Treasurer; Head of Finance (Transport)", "Quarterly", "", "Green",
                 "First report scheduled for February 2026."),
            ]),
            ("Improvement recommendation 1: The Combined Authority should strengthen the reporting "
             "of reserves, setting out the purpose and planned use of each earmarked reserve.", [
                ("IR1a", "Include a reserves schedule showing the purpose, planned use and review "
                         "date of each earmarked reserve in the budget and outturn reports.",
                 "Deputy Treasurer", "31/03/2026", "", "Not started",
                 "To be included in the 2025/26 outturn report."),
            ]),
        ]),
        ("Governance", "Governance", [
            ("Improvement recommendation 2: The Combined Authority should review its risk "
             "management framework so that the strategic risk register is linked to the Greater "
             "Manchester Strategy and reported to the Audit Committee at least twice a year.", [
                ("IR2a", "Refresh the risk management strategy and strategic risk register and "
                         "present them to the Audit Committee.",
                 "Head of Audit and Assurance", "January 2026", "", "Complete",
                 "Presented to Audit Committee, 21 January 2026."),
                ("IR2b", "Schedule six-monthly strategic risk reports on the Audit Committee work "
                         "programme.",
                 "Head of Audit and Assurance", "January 2026", "", "Complete",
                 "Work programme updated."),
            ]),
            ("Improvement recommendation 3: The Combined Authority should ensure that decisions "
             "taken under delegated authority are published promptly and consistently.", [
                ("IR3a", "Introduce a single register of officer decisions, published on the GMCA "
                         "website within 10 working days of each decision.",
                 "Monitoring Officer", "30/11/2025", "28/02/2026", "Amber",
                 "Register designed; publication delayed by website migration."),
            ]),
        ]),
        ("Improving 3Es", "Improving economy, efficiency and effectiveness", [
            ("Improvement recommendation 4: The Combined Authority should set out how it will "
             "evaluate the benefits of bus franchising so that value for money can be demonstrated "
             "to the public.", [
                ("IR4a", "Publish a benefits realisation and evaluation framework for bus "
                         "franchising, including baseline measures for patronage, punctuality and "
                         "cost per passenger journey.",
                 "Director of Strategy (TfGM) / Director of Finance (TfGM)", "June 2026", "",
                 "Green", "Baselines agreed; framework drafting under way."),
                ("IR4b", "Report the first annual franchising evaluation to the Bee Network "
                         "Committee.",
                 "Director of Strategy (TfGM)", "Oct-26", "", "Not started",
                 "Dependent on IR4a."),
            ]),
        ]),
    ]
    headers = ["Ref", "Recommendation / agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "Status", "Progress update"]
    for sheet_name, heading, recs in sheets:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        for j, h in enumerate(headers):
            c = ws.cell(row=3, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("00205B")
            c.border = BOX
            c.alignment = WRAP
        r = 4
        for rec_text, acts in recs:
            c = ws.cell(row=r, column=1, value=rec_text)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 48
            r += 1
            for (ref, text, lead, orig, rev, status, upd) in acts:
                vals = [ref, text, lead, orig, rev or None, status, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if status_fill[status]:
                    ws.cell(row=r, column=6).fill = fill(status_fill[status])
                r += 1
        r += 1
        ws.cell(row=r, column=1, value="Status as reported to Audit Committee, January 2026.")
        ws.cell(row=r, column=1).font = Font(italic=True)
        for col, w in zip("ABCDEFG", (8, 60, 30, 14, 14, 12, 40)):
            ws.column_dimensions[col].width = w
    wb.save(out("zvn-greater-manchester-ca-auditors-annual-report-2024-25-vfm-recommendations-tracker.xlsx"))


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
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 4. Crown Commercial Service - Procurement Act go-live lessons learned (docx)
# ---------------------------------------------------------------------------
def make_ccs():
    doc = Document()
    doc.add_paragraph("Crown Commercial Service").runs[0].bold = True
    doc.add_heading("Procurement Act 2023 Go-Live: Lessons Learned Action Plan", level=0)
    doc.add_paragraph("OFFICIAL")
    doc.add_paragraph(
        "This action plan responds to the lessons learned review of the Procurement Act 2023 "
        "go-live on 24 February 2025, which was carried out by the CCS Portfolio Office in April "
        "and May 2025 and reported to the Executive Committee on 17 June 2025. Each lesson "
        "identified in the review is set out with the actions agreed to address it.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Status"),
          ("0.3", "02/06/2025", "Portfolio Office", "Draft for ExCo"),
          ("1.0", "17/06/2025", "Portfolio Office", "Approved"),
          ("1.2", "06/10/2025", "Portfolio Office", "Q2 progress update")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_heading("RAG status key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (a, b, h) in enumerate([("C", "Complete", "9DC3E6"), ("G", "On track", "92D050"),
                                   ("A", "At risk – mitigation in place", "FFC000"),
                                   ("R", "Off track", "FF0000")]):
        set_cell(k.cell(i, 0), a, bold=True)
        shade(k.cell(i, 0), h)
        set_cell(k.cell(i, 1), b)

    areas = [
        ("Lesson area 1: Customer and supplier readiness", [
            ("L1 – Buyers and suppliers were not all ready for the new notices on the Central "
             "Digital Platform, leading to a spike in service desk contacts in the first fortnight "
             "after go-live.", [
                ("1.1", "Publish a short guide and video walkthrough for each new notice type used "
                        "under CCS commercial agreements.",
                 "Head of Customer Experience", "April 2025", "C"),
                ("1.2", "Run weekly supplier readiness webinars for SMEs and VCSEs until the end of "
                        "the transition period.",
                 "Head of Supplier Engagement", "30 June 2025", "C"),
            ]),
            ("L2 – Service desk staff did not have scripted answers for the most common Procurement "
             "Act queries.", [
                ("1.3", "Build a knowledge base of approved responses to the top 50 Procurement Act "
                        "queries and review it monthly.",
                 "Customer Service Centre Manager / Head of Procurement Policy", "Q2 2025/26", "G"),
            ]),
        ]),
        ("Lesson area 2: Commercial agreements and transition", [
            ("L3 – Some agreements let under the Public Contracts Regulations 2015 were replaced "
             "late, creating uncertainty for buyers about which rules applied to call-offs.", [
                ("2.1", "Publish a transition register showing the governing regime (PCR 2015 or "
                        "Procurement Act 2023) for every live CCS agreement.",
                 "Deputy Director, Commercial Policy & Procurement Reform", "31/05/2025", "C"),
                ("2.2", "Agree a pipeline rule that no replacement agreement goes live less than "
                        "three months before its predecessor expires.",
                 "Commercial Director, Technology Pillar", "End of September 2025", "A"),
            ]),
        ]),
        ("Lesson area 3: Data, systems and governance", [
            ("L4 – Data from the Central Digital Platform could not be matched to CCS management "
             "information, so early monitoring of notice compliance was manual.", [
                ("3.1", "Agree a data sharing specification with the Cabinet Office Procurement "
                        "Reform team for daily notice extracts.",
                 "Head of Data and Insight", "December 2025", "G"),
                ("3.2", "Automate the compliance dashboard for transparency notices and present it "
                        "to the Executive Committee.",
                 "Head of Data and Insight", "March 2026", ""),
            ]),
            ("L5 – The programme board had no single owner for post-go-live issues once the "
             "implementation programme closed.", [
                ("3.3", "Transfer open programme risks and issues to the Procurement Act "
                        "business-as-usual board, with a named owner for each.",
                 "Programme Director, Procurement Act Implementation", "Ongoing", "G"),
            ]),
        ]),
    ]
    rag_shade = {"C": "9DC3E6", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    headers = ["Lesson identified", "Ref", "Action", "Owner", "Target date", "RAG"]
    for area, lessons in areas:
        doc.add_heading(area, level=1)
        n = 1 + sum(len(a) for _, a in lessons)
        t = doc.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(headers):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        r = 1
        for lesson, acts in lessons:
            top = r
            for (ref, text, owner, date, rag) in acts:
                set_cell(t.cell(r, 1), ref)
                set_cell(t.cell(r, 2), text)
                set_cell(t.cell(r, 3), owner)
                set_cell(t.cell(r, 4), date)
                set_cell(t.cell(r, 5), rag)
                if rag:
                    shade(t.cell(r, 5), rag_shade[rag])
                r += 1
            cell = t.cell(top, 0)
            if r - 1 > top:
                cell = cell.merge(t.cell(r - 1, 0))
            set_cell(cell, lesson)
        doc.add_paragraph("")
    doc.add_heading("Annex A: Glossary", level=2)
    g = doc.add_table(rows=5, cols=2)
    g.style = "Table Grid"
    for i, (a, b) in enumerate([("Term", "Meaning"), ("CDP", "Central Digital Platform"),
                                ("PCR 2015", "Public Contracts Regulations 2015"),
                                ("SME", "Small and medium-sized enterprise"),
                                ("VCSE", "Voluntary, community and social enterprise")]):
        set_cell(g.cell(i, 0), a, bold=(i == 0))
        set_cell(g.cell(i, 1), b, bold=(i == 0))
    doc.save(out("zvn-crown-commercial-service-procurement-act-go-live-lessons-learned-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Sevenoaks School - ISI inspection action plan (docx, one table, band rows)
# ---------------------------------------------------------------------------
def make_sevenoaks():
    doc = Document()
    doc.add_heading("Sevenoaks School: Post-Inspection Action Plan", level=0)
    doc.add_paragraph("ISI Routine Inspection: 4–6 March 2025")
    doc.add_paragraph("Approved by the Governing Body, 13 May 2025. Progress reviewed termly by "
                      "the Education and Pastoral Committee.")
    doc.add_paragraph(
        "The inspection found that the school meets the Independent School Standards and the "
        "National Minimum Standards for Boarding Schools. This plan sets out how we will respond "
        "to the three recommended next steps in the report.")
    sections = [
        ("Section 1: Leadership and management, and governance", [
            ("Next step 1: Governors should strengthen their oversight of the school's safeguarding "
             "arrangements by receiving more detailed analysis of safeguarding records and trends.", [
                ("1.1", "Produce a termly safeguarding report to governors analysing the number and "
                        "type of concerns, response times and patterns across boarding houses.",
                 "Designated Safeguarding Lead", "Termly",
                 "Report received at each Full Governing Body meeting.", "Green"),
                ("1.2", "Nominated safeguarding governor to carry out a formal visit each term and "
                        "report to the full Governing Body.",
                 "Safeguarding Governor", "Autumn term 2025",
                 "Visit notes minuted.", "Green"),
            ]),
        ]),
        ("Section 2: Quality of education, training and recreation", [
            ("Next step 2: Leaders should ensure that teachers make consistent use of assessment "
             "information so that the needs of pupils who have special educational needs and/or "
             "disabilities (SEND) are met in all lessons.", [
                ("2.1", "Share pupil passports for every pupil on the learning support register on "
                        "the school's learning platform and train staff in their use.",
                 "Head of Learning Support / Deputy Head (Academic)", "September 2025",
                 "All passports live; INSET attendance records.", "Achieved"),
                ("2.2", "Include the use of pupil passports as a focus in the lesson observation "
                        "cycle and report findings to the Senior Leadership Team.",
                 "Deputy Head (Academic)", "Summer term 2026",
                 "Observation summaries show passports used in 90% of lessons seen.", "Amber"),
            ]),
        ]),
        ("Section 3: Pupils' physical and mental health and emotional wellbeing", [
            ("Next step 3: Leaders should further develop the consistency of pastoral recording "
             "between boarding houses so that concerns about pupils' wellbeing are followed up "
             "promptly.", [
                ("3.1", "Move all boarding houses onto the single pastoral recording system and "
                        "retire paper house logs.",
                 "Director of Boarding", "31 August 2025",
                 "All houses recording on the system from September 2025.", "Achieved"),
                ("3.2", "Audit a sample of pastoral records in each house every half term and feed "
                        "back findings to housemasters and housemistresses.",
                 "KMW, DPH", "Ongoing",
                 "Audit log; follow-up within 48 hours in sampled records.", "Green"),
            ]),
        ]),
    ]
    headers = ["No.", "Action", "Responsibility", "Timescale", "Success criteria", "Progress (RAG)"]
    nrows = 1 + sum(1 + sum(1 + len(acts) for _, acts in nexts) for _, nexts in sections)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(headers):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "002147")
    rag_shade = {"Green": "92D050", "Amber": "FFC000", "Achieved": "9DC3E6"}
    r = 1
    for sec, nexts in sections:
        c = t.cell(r, 0).merge(t.cell(r, 5))
        set_cell(c, sec, bold=True)
        shade(c, "BDD7EE")
        r += 1
        for nxt, acts in nexts:
            c = t.cell(r, 0).merge(t.cell(r, 5))
            set_cell(c, nxt, bold=True)
            shade(c, "F2F2F2")
            r += 1
            for (no, text, who, when, crit, rag) in acts:
                for j, v in enumerate([no, text, who, when, crit, rag]):
                    set_cell(t.cell(r, j), v)
                shade(t.cell(r, 5), rag_shade[rag])
                r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the Governing Body")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(["Name", "Role", "Date"]):
        set_cell(s.cell(0, j), v, bold=True)
    for j, v in enumerate(["(signed)", "Chair of Governors", "13/05/2025"]):
        set_cell(s.cell(1, j), v)
    doc.save(out("zvn-sevenoaks-school-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Faringdon Town Council - action log 2025/26 (csv, typo month -> refuse)
# ---------------------------------------------------------------------------
def make_faringdon():
    import csv
    import io
    rows = [
        ["Faringdon Town Council - Action Log 2025/26", "", "", "", "", "", "", ""],
        ["Actions arising from Full Council and committee meetings. Updated by the Town Clerk "
         "for Full Council, 15 December 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action No", "Meeting", "Minute Ref", "Action", "Responsible", "Deadline", "Status",
         "Update"],
        ["A25/01", "Full Council 19/05/2025", "FC25/014",
         "Obtain three quotes for resurfacing the Pump House car park", "Town Clerk", "Jul-25",
         "Complete", "Quotes reported to Amenities Committee 08/07/2025"],
        ["A25/02", "Full Council 19/05/2025", "FC25/019",
         "Write to Oxfordshire County Council requesting a review of the 20mph zone on "
         "Gloucester Street", "Cllr Boulton / Town Clerk", "Jun-25", "Complete",
         "Letter sent 02/06/2025; OCC response received"],
        ["A25/03", "Amenities 08/07/2025", "AM25/031",
         "Arrange annual inspection of play equipment at Folly Park and Tucker Park", "Deputy Clerk",
         "Sep-25", "Complete", "RoSPA inspection carried out 21/08/2025"],
        ["A25/04", "Finance & General Purposes 22/07/2025", "FGP25/044",
         "Update the Financial Regulations to reflect the 2025 NALC model", "RFO", "Oct-25",
         "In progress", "Draft to F&GP in January"],
        ["A25/05", "Full Council 15/09/2025", "FC25/088",
         "Review the Council's risk register and present it to Full Council", "Town Clerk",
         "Febuary 2026", "Not started", ""],
        ["A25/06", "Full Council 15/09/2025", "FC25/091",
         "Seek quotes for replacement Christmas lighting on Market Place", "Events Officer",
         "Nov-25", "Complete", "New lights installed for Christmas Lights Switch-On"],
        ["A25/07", "Amenities 14/10/2025", "AM25/058",
         "Agree the 2026 allotment rent increase and notify tenants", "Deputy Clerk", "Dec-25",
         "In progress", "Notices drafted"],
        ["A25/08", "Finance & General Purposes 11/11/2025", "FGP25/067",
         "Prepare the draft 2026/27 budget and precept recommendation", "RFO / Town Clerk",
         "Jan-26", "In progress", "Draft budget to F&GP 13/01/2026"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    with open(out("zvn-faringdon-town-council-action-log-2025-26-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. South Downs NPA - AGS 2024/25 action plan (tab-separated text export)
# ---------------------------------------------------------------------------
def make_sdnpa():
    T = "\t"
    lines = [
        "South Downs National Park Authority – Annual Governance Statement 2024/25 Action Plan",
        "Progress report to Policy and Resources Committee, 27 November 2025",
        "",
        T.join(["Ref", "Governance issue / Action", "Lead Officer", "Target Date",
                "Progress (November 2025)", "RAG"]),
        T.join(["1", "Issue 1: Delivery of the Local Plan Review to the revised Local Development "
                "Scheme timetable", "", "", "", ""]),
        T.join(["1.1", "Agree a revised Local Development Scheme with Members and publish it on "
                "the Authority's website", "Director of Planning", "Sep-25",
                "Revised LDS agreed by Planning Committee in September", "C"]),
        T.join(["1.2", "Recruit to the two vacant planning policy posts or secure interim cover",
                "Director of Planning", "31 March 2026", "One post filled; second post out to advert",
                "A"]),
        T.join(["2", "Issue 2: Medium term financial sustainability", "", "", "", ""]),
        T.join(["2.1", "Update the Medium Term Financial Strategy to reflect the 2025/26 Defra "
                "grant settlement and model scenarios for 2026/27 onwards", "Chief Finance Officer",
                "By 30 June 2025", "MTFS update approved by Authority, July 2025", "C"]),
        T.join(["2.2", "Develop an income generation plan covering the Seven Sisters Country Park, "
                "partnership funding and charitable giving", "Chief Finance Officer / Director of "
                "Countryside Policy and Management", "Q4 2025/26",
                "Options paper to P&R in February 2026", "G"]),
        T.join(["3", "Issue 3: Cyber security and resilience of ICT systems", "", "", "", ""]),
        T.join(["3.1", "Achieve Cyber Essentials Plus certification", "Head of Digital and Data",
                "Dec-25", "Assessment booked for 8 December 2025", "G"]),
        T.join(["3.2", "Test the ICT disaster recovery plan and report the results to the "
                "Corporate Management Team", "Head of Digital and Data", "Mar-26",
                "Test postponed because of server migration", "R"]),
        T.join(["4", "Issue 4: Compliance with the updated Code of Corporate Governance", "", "",
                "", ""]),
        T.join(["4.1", "Deliver refresher training for Members on the Code of Conduct, "
                "declarations of interest and the Authority's decision-making procedures",
                "Monitoring Officer", "Ongoing", "Sessions held in June and October 2025", "G"]),
        "",
        "RAG key: G = on track; A = some slippage, recoverable; R = significant slippage or at "
        "risk; C = complete",
        "Actions marked C will be removed from the next report.",
    ]
    with open(out("zvn-south-downs-npa-annual-governance-statement-2024-25-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_revolut()
    make_hospice()
    make_gmca()
    make_ccs()
    make_sevenoaks()
    make_faringdon()
    make_sdnpa()
    print("built 7 files in", HERE)
