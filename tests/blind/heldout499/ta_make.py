"""Build the seven ta- blind test files of set heldout499.

Run with /work/main/.venv/bin/python ta_make.py (openpyxl, python-docx).
Each plan's content is held in the data structures below; the builders lay it out.
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
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "band": "DDEBF7",
    "head": "1F3864",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Warrington Borough Council - Ofsted focused visit action plan (xlsx)
# ---------------------------------------------------------------------------
WARRINGTON_TITLE = "Ofsted Focused Visit Action Plan 2025"
WARRINGTON_AREAS = [
    ("Area for improvement 1: Management oversight and supervision of children in need, so that plans "
     "progress without drift.", [
        dict(ref="1.1",
             action="Refresh the supervision policy and practice standards for children in need, setting a "
                    "minimum four-weekly supervision frequency and a recorded case direction at each session.",
             lead="Head of Service, Children in Need / Principal Social Worker",
             orig=D(2025, 4, 30), rev=None, prev="Amber", cur="Blue",
             update="Policy signed off at DMT on 29/04/2025 and launched at the all-staff briefing. "
                    "Compliance at 91% in the August audit."),
        dict(ref="1.2",
             action="Introduce a monthly drift and delay dashboard for CIN plans open longer than 9 months, "
                    "reviewed at the Service Manager performance clinic.",
             lead="Head of Performance and Business Intelligence",
             orig=D(2025, 5, 31), rev=D(2025, 10, 31), prev="Amber", cur="Amber",
             update="Dashboard built in Power BI; data quality issues with plan start dates in the case "
                    "management system delayed go-live. Revised date agreed by the Improvement Board."),
        dict(ref="1.3",
             action="Team managers to complete a practice-week audit of 10% of CIN cases each quarter, with "
                    "findings reported to the Children's Improvement Board.",
             lead="Service Manager (Quality Assurance)",
             orig=D(2026, 3, 31), rev=None, prev="Green", cur="Green",
             update="Q2 practice week completed (46 audits). Q3 scheduled for w/c 10 November."),
    ]),
    ("Area for improvement 2: The quality and timeliness of return home interviews for children who go "
     "missing, and how learning from them informs safety planning.", [
        dict(ref="2.1",
             action="Recommission the return home interview service with a 72-hour completion standard and a "
                    "named worker for children who go missing repeatedly.",
             lead="Service Manager, Adolescent Safeguarding and Exploitation",
             orig=D(2025, 6, 30), rev=D(2025, 12, 31), prev="Green", cur="Red",
             update="Tender returned no compliant bids. Interim in-house arrangement in place while the "
                    "specification is revised; completion within 72 hours is currently 58%."),
        dict(ref="2.2",
             action="Ensure the intelligence from return home interviews is shared at the weekly Missing and "
                    "Exploitation Panel and recorded on the child's safety plan within 5 working days.",
             lead="Head of Service, Adolescents; Detective Inspector, Cheshire Constabulary (Warrington)",
             orig=D(2025, 7, 31), rev=None, prev=None, cur="Green",
             update="Standing agenda item from July 2025. Recording template added to the safety plan."),
    ]),
    ("Area for improvement 3: The timeliness of initial child protection conferences and the quality of "
     "written child protection plans.", [
        dict(ref="3.1",
             action="Introduce a weekly tracker of strategy discussions and section 47 enquiries so that initial "
                    "child protection conferences are held within 15 working days.",
             lead="Head of Safeguarding and Quality Assurance",
             orig=D(2025, 5, 31), rev=None, prev="Green", cur="Blue",
             update="Tracker live since May; initial conferences held in timescale up from 71% to 89%."),
        dict(ref="3.2",
             action="Implement a SMART child protection plan template co-produced with parents, and train all "
                    "social workers and conference chairs in its use.",
             lead="Conference and Reviewing Service Manager",
             orig=D(2025, 9, 30), rev=D(2026, 1, 31), prev="Green", cur="Amber",
             update="Template agreed with the Parents' Advisory Group; 60% of social workers trained."),
        dict(ref="3.3",
             action="Audit 30 child protection plans each quarter against the new standard and report themes "
                    "to the Warrington Safeguarding Partnership.",
             lead="Principal Social Worker / Quality Assurance Manager",
             orig=D(2026, 3, 31), rev=None, prev="Green", cur="Green",
             update="First quarterly audit scheduled for October 2025."),
    ]),
]


def build_warrington(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Warrington Borough Council"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A2"] = "Children's Services"
    cov["A4"] = WARRINGTON_TITLE
    cov["A4"].font = Font(bold=True, size=18)
    cov["A5"] = ("Our response to the Ofsted focused visit to children in need and children subject to a "
                 "child protection plan, 4–5 February 2025")
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.1", "17/03/2025", "Head of Safeguarding and Quality Assurance", "First draft for DCS review"),
            ("1.0", "01/04/2025", "Head of Safeguarding and Quality Assurance", "Final version shared with Ofsted"),
            ("1.2", "24/06/2025", "Improvement Programme Manager", "June 2025 RAG update"),
            ("1.3", "16/09/2025", "Improvement Programme Manager",
             "September 2025 progress update for the Improvement Board")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    cov["A14"] = "Owner: Director of Children's Services"
    cov["A15"] = "Governance: Children's Improvement Board (monthly)"
    for col, w in zip("ABCD", (22, 14, 40, 55)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = WARRINGTON_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Progress position: September 2025 (reported to the Children's Improvement Board, "
                "24/09/2025)")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    headers = ["Ref", "What we will do", "Lead officer", "Original target date", "Revised target date",
               "Previous RAG (Jun 2025)", "Current RAG (Sep 2025)", "Progress update"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for area, acts in WARRINGTON_AREAS:
        c = ws.cell(row=r, column=1, value=area)
        c.font = Font(bold=True)
        c.fill = fill(FILL["band"])
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead"], a["orig"], a["rev"], a["prev"], a["cur"], a["update"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, key in ((6, "prev"), (7, "cur")):
                if a[key]:
                    ws.cell(row=r, column=j).fill = fill(FILL[a[key].lower()])
                    if a[key] == "Blue":
                        ws.cell(row=r, column=j).font = Font(color="FFFFFF")
            ws.row_dimensions[r].height = 60
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary – current RAG").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    counts = {}
    for _, acts in WARRINGTON_AREAS:
        for a in acts:
            counts[a["cur"]] = counts.get(a["cur"], 0) + 1
    r += 1
    for label, key in (("Blue (complete)", "Blue"), ("Green", "Green"), ("Amber", "Amber"), ("Red", "Red")):
        ws.cell(row=r, column=1, value=label).fill = fill(FILL[key.lower()])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=counts.get(key, 0))
        r += 1
    ws.cell(row=r, column=1, value="Total actions").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (7, 55, 30, 13, 13, 12, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate((("Blue", "Action complete and evidence of impact seen"),
                                  ("Green", "On track to be delivered by the target date"),
                                  ("Amber", "Some slippage; at risk of missing the target date"),
                                  ("Red", "Off track or overdue; escalated to the Improvement Board")), 2):
        key.cell(row=i, column=1, value=k).fill = fill(FILL[k.lower()])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Swindon Borough Council - Council Plan delivery plan, Q2 progress (docx)
# ---------------------------------------------------------------------------
SWINDON_TITLE = "Council Plan Delivery Plan 2025/26"
SWINDON_PRIORITIES = [
    ("Priority 1: A fair start for every child", [
        ("Increase the number of specialist SEND school places so that more children can be educated in "
         "Swindon.", [
            dict(ref="1.1",
                 action="Complete the expansion of resourced provision at three mainstream primary schools "
                        "(36 places).",
                 lead="Head of SEND and Inclusion", when="End of June 2025", rag="Complete",
                 progress="All three bases open from 2 June 2025; 33 of 36 places filled."),
            dict(ref="1.2",
                 action="Submit the business case and planning application for a new 120-place special school.",
                 lead="Director of Education / Head of Capital Projects",
                 when="Sept 2025 – March 2026", rag="Amber",
                 progress="Site surveys complete. Business case delayed pending DfE capital allocation."),
        ]),
    ]),
    ("Priority 2: Good homes and thriving neighbourhoods", [
        ("Deliver more council homes for local people.", [
            dict(ref="2.1",
                 action="Start on site at two council-led housing schemes, delivering 145 new homes for social "
                        "rent.",
                 lead="Head of Housing Development", when="Q3 2025/26", rag="Green",
                 progress="Contractor appointed for the first scheme; start on site planned for November."),
        ]),
        ("Work with residents to make the town centre safer and cleaner.", [
            dict(ref="2.2",
                 action="Co-design a town centre neighbourhood plan with residents, businesses and the Safer "
                        "Swindon Partnership.",
                 lead="Jade Ofori and Tom Reilly", when="31/01/2026", rag="Not started",
                 progress="Engagement programme to start after the November Cabinet decision."),
        ]),
    ]),
    ("Priority 3: A greener Swindon", [
        ("Reduce the council’s own carbon emissions and help residents cut their energy bills.", [
            dict(ref="3.1",
                 action="Report progress against the Climate Change Action Plan to Cabinet every quarter.",
                 lead="Head of Climate Change and Sustainability", when="Ongoing", rag="Green",
                 progress="Q1 report taken to Cabinet on 10 September 2025."),
            dict(ref="3.2",
                 action="Install solar PV on six council-owned buildings, including two leisure centres.",
                 lead="Head of Climate Change and Sustainability; Corporate Landlord Manager",
                 when="October 2025", rag="Red",
                 progress="Grid connection delays at both leisure centres; two of six installations "
                          "complete. Escalated to the Corporate Management Team."),
        ]),
    ]),
    ("Priority 4: A council that works well for residents", [
        ("Make it easier for residents to contact the council and get things resolved first time.", [
            dict(ref="4.1",
                 action="Launch the new customer contact platform with online reporting for the ten most common "
                        "enquiries.",
                 lead="Director of Customer and Digital Services", when="April 2025", rag="Complete",
                 progress="Platform launched 7 April 2025."),
            dict(ref="4.2",
                 action="Publish quarterly customer satisfaction and complaints data on the council website.",
                 lead="Head of Customer Experience", when="Q4 2025/26", rag="Green",
                 progress="First dashboard published 30 September 2025."),
        ]),
    ]),
]
DOCX_RAG_FILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def build_swindon(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Swindon Borough Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(SWINDON_TITLE, level=0)
    doc.add_paragraph("Quarter 2 progress report (July – September 2025)")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Document", "Council Plan 2024–2027 – annual delivery plan"),
                 ("Version", "Q2 v1.1"),
                 ("Owner", "Director of Strategy, Policy and Performance"),
                 ("Reported to", "Cabinet, 12 November 2025"),
                 ("Last updated", "21 October 2025"),
                 ("Next update", "Quarter 3, February 2026")):
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("How to read this plan: the delivery plan sets out the key activities for 2025/26 under "
                      "each of the four priorities of the Council Plan. Each commitment is shown with the "
                      "activities that will deliver it, the lead officer, the timescale and a RAG rating for "
                      "progress at the end of Quarter 2.")
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in (("Complete", "Activity delivered"),
                          ("Green", "On track to deliver within the timescale"),
                          ("Amber", "Some risk to delivery; mitigation in place"),
                          ("Red", "Off track; escalated to the Corporate Management Team"),
                          ("Not started", "Activity not yet due to start")):
        row = k.add_row().cells
        set_cell(row[0], word, bold=True)
        if word in DOCX_RAG_FILL:
            shade(row[0], DOCX_RAG_FILL[word])
        set_cell(row[1], meaning)
    headers = ["Ref", "Commitment", "Key activity", "Lead officer", "Timescale", "RAG", "Q2 progress"]
    for prio, commitments in SWINDON_PRIORITIES:
        doc.add_heading(prio, level=1)
        n = sum(len(acts) for _, acts in commitments)
        t = doc.add_table(rows=1 + n, cols=len(headers))
        t.style = "Table Grid"
        for j, h in enumerate(headers):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E2F3")
        i = 1
        for commitment, acts in commitments:
            first = i
            for a in acts:
                cells = t.rows[i].cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[2], a["action"])
                set_cell(cells[3], a["lead"])
                set_cell(cells[4], a["when"])
                set_cell(cells[5], a["rag"])
                if a["rag"] in DOCX_RAG_FILL:
                    shade(cells[5], DOCX_RAG_FILL[a["rag"]])
                set_cell(cells[6], a["progress"])
                i += 1
            merged = t.cell(first, 1).merge(t.cell(i - 1, 1)) if i - 1 > first else t.cell(first, 1)
            set_cell(merged, commitment)
    doc.add_paragraph("")
    doc.add_paragraph("Note: activities marked Complete will be removed from the Quarter 3 report; the "
                      "performance indicators for each priority are reported separately in Appendix B.")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, h in enumerate(("Signed on behalf of", "Name", "Date")):
        set_cell(s.rows[0].cells[j], h, bold=True)
    for j, v in enumerate(("Corporate Management Team", "Chief Executive", "23/10/2025")):
        set_cell(s.rows[1].cells[j], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Islington Council - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
ISL_TITLE = "Internal Audit Recommendations Tracker – position at 31 October 2025"
ISL_HEADER = ["Ref", "Audit", "Year", "Assurance", "Priority", "Recommendation", "Agreed management action",
             "Responsible officer", "Original due date", "Revised due date", "RAG", "Latest update"]
ISL_ROWS = [
    dict(ref="AP.1", audit="Accounts Payable", year="2024/25", assurance="Limited", priority="High",
         rec="Changes to supplier bank details should be independently verified with the supplier using "
             "contact details already held on file.",
         action="Introduce a call-back verification step for all bank detail change requests, with evidence "
                "retained on the supplier record.",
         officer="Head of Exchequer Services", orig="31/01/2025", rev="", rag="B",
         update="Verified by Internal Audit in March 2025 follow-up testing."),
    dict(ref="AP.2", audit="Accounts Payable", year="2024/25", assurance="Limited", priority="Medium",
         rec="Duplicate payment checks should be run before each payment run.",
         action="Configure the Oracle duplicate invoice report and run it before every BACS run; exceptions to "
                "be signed off by the AP Team Leader.",
         officer="Exchequer Manager / AP Team Leader", orig="31/03/2025", rev="30/06/2025", rag="B",
         update="Report in use from June 2025 payment runs. Evidence provided."),
    dict(ref="TA.1", audit="Temporary Accommodation Procurement", year="2024/25", assurance="Limited",
         priority="High",
         rec="All nightly-paid accommodation should be procured through an approved framework or covered by a "
             "documented waiver.",
         action="Issue a management instruction that all nightly-paid bookings are placed through the approved "
                "framework or covered by a waiver signed by the Director of Housing Needs.",
         officer="Director of Housing Needs", orig="28/02/2025", rev="31/12/2025", rag="A",
         update="Instruction issued in May 2025. Waiver log set up; 11 bookings still made off-framework in "
                "September because of demand."),
    dict(ref="TA.2", audit="Temporary Accommodation Procurement", year="2024/25", assurance="Limited",
         priority="Medium",
         rec="Invoices from accommodation providers should be reconciled to booking records before payment.",
         action="1. Complete a reconciliation of TA invoices to booking records for 2024/25.\n"
                "2. Recover any overpayments identified.",
         officer="Okafor, Grace", orig="30/04/2025", rev="31/10/2025", rag="R",
         update="Reconciliation 80% complete. £46k of overpayments identified, £12k recovered.\n"
                "Revised date has passed – to be escalated to Executive Director."),
    dict(ref="TA.3", audit="Temporary Accommodation Procurement", year="2024/25", assurance="Limited",
         priority="Low",
         rec="Procedure notes should reflect current practice.",
         action="Update the TA procedures manual to reflect the new booking and invoice approval process.",
         officer="Housing Needs Service Manager", orig="31/12/2025", rev="", rag="G",
         update="Draft with the service for comment."),
    dict(ref="CY.1", audit="Cyber Security – Privileged Access", year="2025/26", assurance="Reasonable",
         priority="High",
         rec="Standing administrator rights should be removed and privileged access granted only when needed.",
         action="Remove standing domain administrator rights and move to just-in-time privileged access through "
                "the PAM tool.",
         officer="Chief Digital Officer; Head of Technology Operations", orig="31/12/2025", rev="", rag="G",
         update="PAM tool configured; pilot with the infrastructure team under way."),
    dict(ref="CY.2", audit="Cyber Security – Privileged Access", year="2025/26", assurance="Reasonable",
         priority="Medium",
         rec="Privileged accounts should be reviewed regularly.",
         action="Carry out and document a quarterly review of all privileged accounts.",
         officer="Head of Technology Operations", orig="31/03/2026", rev="", rag="G",
         update="First review scheduled for December 2025."),
    dict(ref="DP.1", audit="Adult Social Care – Direct Payments", year="2024/25", assurance="Limited",
         priority="High",
         rec="Surplus balances held in direct payment accounts should be identified and recovered.",
         action="Recover unspent direct payment balances above 12 weeks' value following each annual audit of "
                "the account.",
         officer="Head of Finance (People Services)", orig="31/03/2025", rev="30/09/2025", rag="A",
         update="Recovery letters issued for 64 accounts; £210k recovered to date. Process not yet routine."),
    dict(ref="DP.2", audit="Adult Social Care – Direct Payments", year="2024/25", assurance="Limited",
         priority="Medium",
         rec="Direct payment agreements should be in place before payments start.",
         action="Ensure that all direct payment agreements are signed and uploaded to the case record before the "
                "first payment is made.",
         officer="Service Manager, Direct Payments and Brokerage", orig="30/11/2025", rev="", rag="",
         update="Not yet started – due date not reached."),
]


def build_islington(path):
    w = len(ISL_HEADER)
    pad = lambda first: [first] + [""] * (w - 1)
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(pad("Islington Council"))
        wr.writerow(pad(ISL_TITLE))
        wr.writerow(pad("Prepared by Internal Audit for the Audit and Risk Committee, 24 November 2025"))
        wr.writerow([""] * w)
        wr.writerow(ISL_HEADER)
        for r in ISL_ROWS:
            wr.writerow([r["ref"], r["audit"], r["year"], r["assurance"], r["priority"], r["rec"],
                         r["action"], r["officer"], r["orig"], r["rev"], r["rag"], r["update"]])
        wr.writerow([""] * w)
        wr.writerow(pad("Key: B = implemented and verified; G = on track; A = at risk / revised date agreed; "
                        "R = overdue"))
        wr.writerow(pad("Total recommendations shown: %d" % len(ISL_ROWS)))


# ---------------------------------------------------------------------------
# 4. Haringey Council - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
HARINGEY_TITLE = "Corporate Risk Register 2025/26 – Quarter 2 review"
HARINGEY_RISKS = [
    dict(risk="CR01 Financial sustainability",
         desc="Cause: rising demand for social care and temporary accommodation, and uncertainty over "
              "future funding. Event: the Council cannot set a balanced budget over the medium term. "
              "Consequence: use of reserves, a section 114 notice and loss of local control.",
         owner="Director of Finance (S151)", score=16, sfill="red", target=9, dot="↔",
         actions=[
             dict(ref="CR01.1",
                  action="Deliver the 2025/26 savings programme of £12.4m, with monthly tracking of each saving "
                         "at the Budget Delivery Board.",
                  lead="Director of Finance (S151)", when=D(2026, 3, 31), st="green",
                  note="£9.1m of savings delivered or on track; £1.2m at risk with alternatives identified."),
             dict(ref="CR01.2",
                  action="Refresh the Medium Term Financial Strategy to 2029/30 and present a balanced 2026/27 "
                         "budget to Cabinet.",
                  lead="Head of Strategic Finance", when=D(2026, 2, 28), st="amber",
                  note="Gap of £6.8m remains for 2026/27 pending the Fair Funding settlement."),
             dict(ref="CR01.3",
                  action="Complete the review of fees and charges and the asset disposal programme.",
                  lead="Head of Strategic Finance / Head of Property", when=D(2025, 9, 30), st="blue",
                  note="Fees and charges approved by Cabinet in September; four disposals completed."),
         ]),
    dict(risk="CR04 Cyber security and resilience",
         desc="Cause: increasing sophistication of cyber attacks on local government. Event: a successful "
              "ransomware or data exfiltration attack. Consequence: loss of critical systems, data breach and "
              "inability to deliver services.",
         owner="Chief Information Officer", score=15, sfill="red", target=10, dot="↔",
         actions=[
             dict(ref="CR04.1",
                  action="Achieve the Cyber Assessment Framework (CAF) baseline and close the remaining actions "
                         "from the 2024 penetration test.",
                  lead="Chief Information Officer", when=D(2025, 12, 31), st="green",
                  note="17 of 21 penetration test actions closed."),
             dict(ref="CR04.2",
                  action="Run a cyber incident exercise with CLT and test the offline recovery of Tier 1 "
                         "systems.",
                  lead="Head of ICT Security; Emergency Planning Manager", when="Ongoing", st="amber",
                  note="Tabletop exercise held in July; offline recovery test deferred to Q3 because of the "
                       "network migration."),
         ]),
    dict(risk="CR07 Housing and temporary accommodation demand",
         desc="Cause: rising homelessness and a shortage of affordable private rented homes. Event: demand for "
              "temporary accommodation exceeds supply. Consequence: use of costly nightly-paid and out-of-"
              "borough placements and overspend.",
         owner="Director of Housing", score=20, sfill="red", target=12, dot="↑",
         actions=[
             dict(ref="CR07.1",
                  action="Acquire 60 additional homes through the council's acquisitions programme to reduce "
                         "reliance on nightly-paid accommodation.",
                  lead="Director of Housing", when=D(2026, 3, 31), st="amber",
                  note="28 homes acquired; completions slowed by conveyancing delays."),
             dict(ref="CR07.2",
                  action="Strengthen homelessness prevention at the front door, with a target of 55% of prevention "
                         "duty cases ending with accommodation secured.",
                  lead="Head of Housing Options", when="Q4 2025/26", st="green",
                  note="Prevention outcomes at 52% in Q2 (Q1: 47%)."),
         ]),
    dict(risk="CR09 High needs block deficit",
         desc="Cause: growth in EHCPs and in placements in independent special schools. Event: the Dedicated "
              "Schools Grant high needs deficit continues to grow. Consequence: pressure on the Council's "
              "balance sheet when the statutory override ends.",
         owner="Director of Children's Services", score=12, sfill="amber", target=8, dot="↓",
         actions=[
             dict(ref="CR09.1",
                  action="Deliver year 2 of the high needs deficit management plan, including 40 additional "
                         "places in Additionally Resourced Provision.",
                  lead="Director of Education", when=D(2026, 8, 31), st="red",
                  note="Two of the four ARP schemes delayed by building works; 14 places open."),
             dict(ref="CR09.2",
                  action="Review all EHCP placements in independent non-maintained special schools at annual "
                         "review for step-down opportunities.",
                  lead="Head of SEND", when=D(2025, 7, 31), st="blue",
                  note="All 212 placements reviewed; 9 step-downs agreed."),
         ]),
]


def build_haringey(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Haringey Council"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = HARINGEY_TITLE
    sm["A2"].font = Font(bold=True, size=14)
    sm["A3"] = "Corporate risks at a glance"
    sm["A3"].font = Font(bold=True)
    for j, h in enumerate(("Risk", "Risk owner", "Current score", "Target score", "Direction of travel"), 1):
        c = sm.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    for i, rk in enumerate(HARINGEY_RISKS, 5):
        for j, v in enumerate((rk["risk"], rk["owner"], rk["score"], rk["target"], rk["dot"]), 1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
        sm.cell(row=i, column=3).fill = fill(FILL[rk["sfill"]])
    sm["A11"] = "Full risk detail, controls and further actions are on the 'Risk Register' sheet."
    for col, w in zip("ABCDE", (45, 30, 14, 14, 18)):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Haringey Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = HARINGEY_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Position at 30 September 2025 – reviewed by the Corporate Leadership Group on 14 October 2025"
    headers = ["Risk ref & title", "Risk description (cause, event, consequence)", "Risk owner",
               "Current score (L x I)", "Target score", "Action ref", "Further actions to reduce the risk",
               "Action owner", "Target date", "Action status", "Q2 commentary"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00427A")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for rk in HARINGEY_RISKS:
        n = len(rk["actions"])
        for j, v in enumerate((rk["risk"], rk["desc"], rk["owner"], rk["score"], rk["target"]), 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if n > 1:
                ws.merge_cells(start_row=r, start_column=j, end_row=r + n - 1, end_column=j)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=4).fill = fill(FILL[rk["sfill"]])
        for a in rk["actions"]:
            for j, v in enumerate((a["ref"], a["action"], a["lead"], a["when"], None, a["note"]), 6):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=10).fill = fill(FILL[a["st"]])
            ws.row_dimensions[r].height = 58
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Action status key (cell colour): Green – on track; Amber – at risk of "
                                   "slipping; Red – off track; Blue – complete.")
    ws.cell(row=r + 1, column=1, value="Risk scores: likelihood x impact on a 5 x 5 matrix (see 'Scoring' "
                                       "sheet). 15–25 Red, 8–12 Amber, 1–6 Green.")
    for col, w in zip("ABCDEFGHIJK", (22, 45, 18, 10, 8, 9, 50, 26, 11, 9, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    sc = wb.create_sheet("Scoring")
    sc["A1"] = "Risk scoring matrix (likelihood x impact)"
    sc["A1"].font = Font(bold=True)
    sc["A2"] = "Impact →"
    for i in range(1, 6):
        sc.cell(row=2, column=1 + i, value=i)
        sc.cell(row=2 + i, column=1, value=i)
        for k in range(1, 6):
            v = i * k
            c = sc.cell(row=2 + i, column=1 + k, value=v)
            c.fill = fill(FILL["red"] if v >= 15 else FILL["amber"] if v >= 8 else FILL["green"])
    sc["A8"] = "↑ Likelihood"
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. City of London - Health and Wellbeing Board action log (txt, tab-separated)
# ---------------------------------------------------------------------------
COL_TITLE = "Health and Wellbeing Board Action Log – as at 5 September 2025"
COL_MEETINGS = [
    ("Meeting of 21 March 2025", [
        dict(ref="HWB/25/01",
             action="Circulate the final Pharmaceutical Needs Assessment 2025–28 to Board members and publish it "
                    "on the City of London website.",
             owner="Director of Public Health", due="30/04/2025", rag="B", update="Published 28 April 2025."),
        dict(ref="HWB/25/02",
             action="Bring a report on the health of people sleeping rough in the Square Mile, including their "
                    "access to primary care, to a future meeting.",
             owner="Assistant Director, Commissioning and Partnerships; Homelessness and Rough Sleeping "
                   "Service Manager",
             due="Next meeting (Sept 2025)", rag="G", update="Report drafted; on the agenda for 19 September."),
        dict(ref="HWB/25/03",
             action="Agree with the City and Hackney Place-based Partnership how the Board will receive updates "
                    "on the neighbourhoods programme.",
             owner="Sam Adeyemi and Chris Lowe", due="Ongoing", rag="A",
             update="Discussed at the Place-based Partnership executive; proposal awaited."),
    ]),
    ("Meeting of 20 June 2025", [
        dict(ref="HWB/25/04",
             action="Share the Healthwatch City of London report on access to GP services for City workers with "
                    "the North East London ICB.",
             owner="Healthwatch City of London Manager", due="31/07/2025", rag="B",
             update="Sent 9 July; ICB response received."),
        dict(ref="HWB/25/05",
             action="Update the Joint Health and Wellbeing Strategy outcomes framework to include the new suicide "
                    "prevention indicators.",
             owner="DPH / Public Health Intelligence Lead", due="Sept 2025", rag="G",
             update="Indicators agreed with the Suicide Prevention Group."),
        dict(ref="HWB/25/06",
             action="Arrange a Board development session on the Joint Strategic Needs Assessment for children and "
                    "young people.",
             owner="Clerk to the Board", due="Oct-25", rag="", update=""),
        dict(ref="HWB/25/07",
             action="Write to the Mayor of London on behalf of the Board about air quality monitoring near "
                    "schools and nurseries.",
             owner="Chairman", due="w/c 07/07/2025", rag="B", update="Letter sent 8 July 2025."),
    ]),
]


def build_col(path):
    lines = ["City of London Health and Wellbeing Board",
             COL_TITLE,
             "RAG: B = complete   G = on track   A = some delay   R = overdue",
             "",
             "\t".join(["Ref", "Action", "Owner", "Due by", "RAG", "Update"])]
    for meeting, acts in COL_MEETINGS:
        lines.append(meeting)
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["owner"], a["due"], a["rag"], a["update"]]))
    lines += ["", "Completed (B) actions are removed from the log once they have been noted by the Board."]
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. Bromley Safeguarding Children Partnership - LCSPR Child V action plan (docx)
# ---------------------------------------------------------------------------
BROMLEY_TITLE = "Local Child Safeguarding Practice Review: Child V – Multi-agency Action Plan"
BROMLEY_THEMES = [
    ("Learning theme 1: Seeing the baby in a family under pressure", [
        ("Recommendation 1: BSCP partners should assure themselves that practitioners ask about and record the "
         "lived experience of pre-verbal children when a parent is known to have mental health difficulties.", [
            dict(ref="1.1",
                 action="Update the BSCP Think Family guidance to include prompts on observing and recording the "
                        "daily lived experience of babies and toddlers.",
                 lead="BSCP Business Manager", when="June 2025", rag="Complete",
                 impact="Guidance published 20 June 2025; 1,140 page views by September."),
            dict(ref="1.2",
                 action="Deliver a multi-agency briefing on the learning from Child V to health visiting, "
                        "perinatal mental health and children’s social care teams.",
                 lead="Designated Nurse Safeguarding Children (SEL ICB)", when="Autumn term 2025", rag="Green",
                 impact="Three of five briefings delivered; post-briefing survey shows 87% more confident."),
        ]),
        ("Recommendation 2: Adult mental health services should routinely consider the needs of dependent "
         "children when a parent is discharged from inpatient care.", [
            dict(ref="2.1",
                 action="Audit a sample of 20 discharge summaries for evidence that dependent children were "
                        "identified and risks shared with the GP and health visitor.",
                 lead="Named Nurse for Safeguarding Children, Oxleas NHS Foundation Trust", when="31/10/2025",
                 rag="Amber", impact="Sample selected; audit delayed by staff absence."),
            dict(ref="2.2",
                 action="Add a mandatory ‘children in the household’ field to the inpatient discharge template.",
                 lead="Associate Director of Safeguarding (Oxleas)", when="Q3 2025/26", rag="Green",
                 impact="Change approved by the Trust’s clinical systems group."),
        ]),
    ]),
    ("Learning theme 2: Information sharing at points of transition", [
        ("Recommendation 3: Early years settings and schools should share safeguarding information promptly "
         "when a child moves between settings, including when a child takes up a nursery place.", [
            dict(ref="3.1",
                 action="Issue a Bromley protocol for the transfer of child protection files between early years "
                        "settings, in line with Keeping Children Safe in Education.",
                 lead="Education Safeguarding Lead & Early Years Quality Lead", when="Summer term 2026",
                 rag="Not started", impact=""),
            dict(ref="3.2",
                 action="Test compliance through the annual section 175/157 safeguarding audit and report the "
                        "results to the BSCP Education Subgroup.",
                 lead="Education Safeguarding Lead", when="Annually", rag="Green",
                 impact="2024/25 audit return rate 96%; file transfer question added for 2025/26."),
        ]),
        ("Recommendation 4: The BSCP should seek assurance that the MASH records the outcome of every police "
         "notification of domestic abuse where a child under two lives in the household.", [
            dict(ref="4.1",
                 action="Complete a dip sample of MASH decisions on police domestic abuse notifications for "
                        "children under two, and report the findings to the BSCP Executive.",
                 lead="Head of MASH and Assessment; DI, Public Protection, South Area BCU",
                 when="March 2025 – September 2025", rag="Complete",
                 impact="Dip sample of 40 notifications: outcome recorded in 38. Report to Executive 24/09/2025."),
        ]),
    ]),
]


def build_bromley(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Bromley Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xA5)
    doc.add_heading(BROMLEY_TITLE, level=0)
    doc.add_paragraph("Review published: 12 March 2025. Action plan owner: BSCP Practice Review Group. "
                      "Progress position reported to the BSCP Executive, November 2025.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(("Version", "Date", "Comment")):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for v in (("1.0", "02/04/2025", "Agreed by the Practice Review Group"),
              ("1.4", "03/11/2025", "Progress update for the BSCP Executive")):
        row = t.add_row().cells
        for j, x in enumerate(v):
            set_cell(row[j], x)
    doc.add_paragraph("")
    doc.add_paragraph("The review made four recommendations under two learning themes. Each recommendation is "
                      "set out below with the actions agreed by partners. RAG: Complete (blue), Green – on track, "
                      "Amber – some delay, Red – off track, Not started.")
    headers = ["No.", "Action", "Lead agency / officer", "Timescale", "Evidence of impact", "RAG"]
    for theme, recs in BROMLEY_THEMES:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            t = doc.add_table(rows=2 + len(acts), cols=len(headers))
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[len(headers) - 1])
            set_cell(top, rec, bold=True, size=10)
            shade(top, "E2EFD9")
            for j, h in enumerate(headers):
                set_cell(t.rows[1].cells[j], h, bold=True)
                shade(t.rows[1].cells[j], "D9D9D9")
            for i, a in enumerate(acts, 2):
                cells = t.rows[i].cells
                for j, v in enumerate((a["ref"], a["action"], a["lead"], a["when"], a["impact"], a["rag"])):
                    set_cell(cells[j], v)
                if a["rag"] in DOCX_RAG_FILL:
                    shade(cells[5], DOCX_RAG_FILL[a["rag"]])
            doc.add_paragraph("")
    doc.add_paragraph("Actions will be closed by the Practice Review Group only when evidence of impact has been "
                      "provided.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Enfield Safer and Stronger Communities Board - DHR action plan, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
ENFIELD_TITLE = "Domestic Homicide Review into the death of 'Ines' – Action Plan"
ENFIELD_RECS = [
    ("1", "Enfield partners should ensure that the MARAC referral pathway and the DASH risk assessment are "
          "used with older victims, including where the person causing harm is an adult child.", "Local", [
        dict(ref="1.1", action="Add guidance on older victims and adult family violence to the Enfield MARAC "
                               "operating protocol.",
             lead="Enfield Council – VAWG Strategy Lead", milestones="Protocol redrafted and agreed by MARAC "
                                                                    "steering group.",
             when=D(2025, 3, 31), done="Completed April 2025 – protocol reissued.", rag="Blue"),
        dict(ref="1.2", action="Deliver DASH refresher training for adult social care and housing staff with a "
                               "focus on older victims.",
             lead="Solace Women's Aid / Enfield Council Workforce Development",
             milestones="Four sessions held; 118 staff trained.", when="Sept 2025", done="", rag="Green"),
    ]),
    ("2", "Primary care should be supported to identify and respond to domestic abuse affecting older "
          "patients.", "Local / regional", [
        dict(ref="2.1", action="Extend the IRIS programme to all Enfield GP practices.",
             lead="NCL ICB (Enfield) – Designated Safeguarding Lead",
             milestones="32 of 38 practices signed up.", when="Mar-26", done="", rag="Amber"),
        dict(ref="2.2", action="Add a domestic abuse prompt to the annual review template for patients "
                               "receiving care from a family member.",
             lead="NCL ICB (Enfield) – Primary Care Lead", milestones="Template change agreed with EMIS leads.",
             when=D(2025, 12, 31), done="", rag="Green"),
        dict(ref="2.3", action="Circulate a 7-minute briefing on this review to all practice safeguarding "
                               "leads.",
             lead="Safer and Stronger Communities Board DHR Coordinator", milestones="Briefing published.",
             when=D(2025, 6, 30), done="Completed June 2025.", rag="Blue"),
    ]),
    ("3", "Adult social care and housing should jointly assess the risks when an adult child with substance "
          "misuse needs moves back into a parent's home.", "Local", [
        dict(ref="3.1", action="Develop a joint ASC and housing triage checklist for carers' assessments where "
                               "the carer has substance misuse needs.",
             lead="Head of Adult Safeguarding; Head of Housing Needs", milestones="Draft checklist in "
                                                                                 "consultation.",
             when=D(2025, 11, 30), done="", rag="Amber"),
        dict(ref="3.2", action="Audit 25 carers' assessments completed since January 2025 against the new "
                               "checklist.",
             lead="Principal Social Worker (Adults)", milestones="Audit tool agreed.", when="0ct-2025", done="",
             rag="Green"),
    ]),
    ("4", "The Home Office should consider how the statutory guidance addresses adult family homicide of "
          "older people.", "National", [
        dict(ref="4.1", action="Write to the Home Office DHR team sharing the learning from this review.",
             lead="Chair, Safer and Stronger Communities Board", milestones="Letter drafted.", when=D(2025, 8, 31),
             done="Letter sent 12 August 2025.", rag="Blue"),
    ]),
]


def build_enfield(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Enfield Safer and Stronger Communities Board"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ENFIELD_TITLE
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Version 4 – updated for the Safer and Stronger Communities Board, 9 September 2025"
    headers = ["Rec no.", "Recommendation", "Scope of recommendation (local / regional / national)", "No.",
               "Action to take", "Lead agency", "Key milestones achieved in enacting recommendation",
               "Target date", "Date of completion and outcome", "RAG"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("CCC0DA")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for no, rec, scope, acts in ENFIELD_RECS:
        n = len(acts)
        for j, v in enumerate((no, rec, scope), 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if n > 1:
                ws.merge_cells(start_row=r, start_column=j, end_row=r + n - 1, end_column=j)
        for a in acts:
            vals = (a["ref"], a["action"], a["lead"], a["milestones"], a["when"], a["done"], a["rag"])
            for j, v in enumerate(vals, 4):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=10).fill = fill(FILL[a["rag"].lower()])
            ws.row_dimensions[r].height = 48
            r += 1
    ws.cell(row=r + 1, column=1, value="Blue = complete; Green = on track; Amber = some delay; Red = off track.")
    for col, w in zip("ABCDEFGHIJ", (7, 45, 14, 6, 45, 30, 35, 12, 30, 8)):
        ws.column_dimensions[col].width = w
    wb.save(path)


FILES = {
    "ta-warrington-borough-council-ofsted-focused-visit-action-plan.xlsx": build_warrington,
    "ta-swindon-borough-council-plan-delivery-plan-q2-2025-26.docx": build_swindon,
    "ta-islington-council-internal-audit-recommendations-tracker.csv": build_islington,
    "ta-haringey-council-corporate-risk-register-q2-2025-26.xlsx": build_haringey,
    "ta-city-of-london-health-and-wellbeing-board-action-log.txt": build_col,
    "ta-bromley-safeguarding-children-partnership-lcspr-child-v-action-plan.docx": build_bromley,
    "ta-enfield-safer-stronger-communities-board-dhr-ines-action-plan-typo-month-refuse.xlsx": build_enfield,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
