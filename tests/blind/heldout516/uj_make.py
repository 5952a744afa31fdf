"""Build the seven uj- blind test files (set heldout516).

Run with: /work/main/.venv/bin/python uj_make.py
Writes only files whose names start with 'uj-' into this folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("uj-")
    return os.path.join(HERE, name)


D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "band": "DDEBF7", "head": "1F3864", "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=colour, end_color=colour)


def header_row(ws, row, headings, colour=FILL["head"]):
    for i, h in enumerate(headings, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Associated British Ports - HSE improvement notices action tracker (xlsx)
# ---------------------------------------------------------------------------
def make_abp():
    title = ("Associated British Ports \u2013 Port of Southampton: "
             "HSE Improvement Notices Action Tracker")
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:D1")
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Version", "v1.6"),
        ("Date", "14/11/2025"),
        ("Document owner", "Port Director, Southampton"),
        ("Reviewed by", "ABP Southampton Health & Safety Steering Group"),
        ("Distribution", "ABP Group Safety Director; HSE Ports & Maritime team (on request)"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        cov.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [
        ("R", "Will not meet the HSE compliance date \u2013 extension required"),
        ("A", "At risk \u2013 mitigations in place, compliance date may be tight"),
        ("G", "On track to meet the compliance date"),
        ("B", "Complete \u2013 evidence provided to the HSE inspector"),
    ]
    for i, (k, v) in enumerate(key, start=11):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
        cov.cell(row=i, column=2, value=v)
        cov.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 20
    cov.column_dimensions["D"].width = 20

    ws = wb.create_sheet("Action Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Improvement notices served 07/10/2025 under s.21 Health and Safety at Work etc. "
                "Act 1974 \u00b7 Position at 14/11/2025")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Ref", "Action required", "Action owner", "Original target date",
                       "Revised target date", "Previous RAG", "Current RAG",
                       "Progress update (Nov 2025)", "Evidence held"])

    data = [
        ("band", "Improvement Notice IN 312456789 \u2013 Workplace transport: segregation of "
                 "pedestrians and vehicles, Western Docks Berths 101\u2013102 "
                 "(compliance date 30/01/2026)"),
        ("1.1", "Install fixed barriers and a protected walkway between the berth gate and the "
                "vessel gangway at Berths 101\u2013102, with marked crossing points at the "
                "straddle carrier lanes.",
         "Head of Port Operations", D(2025, 12, 12), None, "A", "G",
         "Barrier contractor on site from 10/11/2025; walkway 60% installed.",
         "Design drawing rev C; contractor programme"),
        ("1.2", "Revise the Western Docks traffic management plan and re-issue site rules to all "
                "port users, hauliers and stevedoring contractors.",
         "Marine & Terminal Services Manager; HSE Business Partner", D(2025, 11, 28),
         D(2026, 1, 16), "G", "A",
         "Draft plan out for consultation with port users; haulier briefing moved to January "
         "at the users' request.", "Draft TMP v0.3"),
        ("1.3", "Carry out and record a weekly supervisor check of pedestrian routes and report "
                "non-compliance through the SafetyNet system.",
         "Berth Supervisors (Western Docks)", D(2025, 10, 31), None, "G", "B",
         "Weekly checks running since 27/10/2025; first four weeks' records sent to HSE.",
         "SafetyNet check records"),
        ("band", "Improvement Notice IN 312456790 \u2013 Lifting operations: thorough "
                 "examination of ship-to-shore cranes SC4 and SC7 (LOLER 1998 reg. 9) "
                 "(compliance date 27/02/2026)"),
        ("2.1", "Complete thorough examination of cranes SC4 and SC7 by a competent person and "
                "act on all defects reported.",
         "Engineering Manager", D(2025, 12, 19), None, "A", "G",
         "SC4 examined 03/11/2025 \u2013 two defects closed. SC7 booked for w/c 08/12/2025.",
         "Report of thorough examination (SC4)"),
        ("2.2", "Set up a single register of lifting equipment with examination due dates and "
                "automatic reminders to the engineering team.",
         "Engineering Manager / Asset Information Lead", D(2026, 1, 30), None, "G", "G",
         "Register built in Maximo; data cleansing under way.", ""),
        ("2.3", "Audit examination records for all other cranes and lifting accessories on the "
                "Southampton estate.",
         "Group Lifting Equipment Specialist", D(2026, 2, 13), D(2026, 3, 27), "A", "R",
         "Audit extended to include Eastern Docks accessories; extension to the compliance date "
         "requested from HSE 12/11/2025.", "Letter to HSE 12/11/2025"),
        ("band", "Improvement Notice IN 312456791 \u2013 Fatigue: management of shift patterns "
                 "for lashing gangs (MHSWR 1999 reg. 3) (compliance date 27/02/2026)"),
        ("3.1", "Complete a fatigue risk assessment for lashing and unlashing work, covering "
                "shift length, rest breaks and call-outs.",
         "HSE Business Partner; Stevedoring Manager", D(2025, 12, 5), None, "G", "fill:A",
         "Workshops with two gangs held; night-shift data still being collected.", ""),
        ("3.2", "Agree and introduce revised shift rosters with the recognised trade union, "
                "limiting consecutive night shifts to four.",
         "Head of HR (Ports)", D(2026, 2, 20), None, None, None,
         "Consultation with Unite to begin once 3.1 is complete.", ""),
    ]
    r = 5
    for item in data:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill(FILL["band"])
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 30
            r += 1
            continue
        ref, action, owner, orig, rev, prev, cur, prog, evid = item
        vals = [ref, action, owner, orig, rev, None, None, prog, evid or None]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for col, rag in ((6, prev), (7, cur)):
            c = ws.cell(row=r, column=col)
            c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="top")
            if rag is None:
                continue
            if rag.startswith("fill:"):
                c.fill = fill(FILL[rag[5:]])
            else:
                c.value = rag
                c.fill = fill(FILL[rag])
                c.font = Font(bold=True, color="FFFFFF" if rag in "RB" else "000000")
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Notes: Revised target dates agreed at the Steering Group on 06/11/2025. Any "
                  "date beyond an HSE compliance date needs a formal extension from the "
                  "inspector.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", (7, 55, 28, 13, 13, 10, 10, 45, 28)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by notice \u2013 position at 14/11/2025"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 3, ["Notice", "Actions", "B", "G", "A", "R", "No RAG"])
    srows = [
        ("IN 312456789 Workplace transport", 3, 1, 1, 1, 0, 0),
        ("IN 312456790 Lifting operations", 3, 0, 2, 0, 1, 0),
        ("IN 312456791 Fatigue", 2, 0, 0, 1, 0, 1),
        ("Total", 8, 1, 3, 2, 1, 1),
    ]
    for i, row in enumerate(srows, start=4):
        for j, v in enumerate(row, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 36
    wb.save(out("uj-associated-british-ports-hse-improvement-notices-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Homes England - PAC recommendations implementation tracker (xlsx)
# ---------------------------------------------------------------------------
def make_homes_england():
    title = ("Homes England \u2013 Public Accounts Committee Recommendations: "
             "Implementation Tracker")
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee, 21 January 2026 \u2013 Paper ARC 26/04"
    header_row(sm, 4, ["PAC report", "Actions", "Complete", "On track", "At risk", "Off track"])
    for i, row in enumerate([
        ("Affordable Homes Programme since 2015 (HC 684)", 4, 2, 1, 1, 0),
        ("Disposal of public land for new homes (HC 1241)", 4, 1, 2, 0, 1),
        ("Total", 8, 3, 3, 1, 1),
    ], start=5):
        for j, v in enumerate(row, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 50

    ws = wb.create_sheet("PAC Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Status at 31 December 2025. Recommendations addressed to MHCLG where Homes "
                "England leads delivery are included.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["PAC report", "PAC recommendation", "Ref", "Homes England action",
                       "Lead", "Target date", "Status", "Progress to 31/12/2025"])
    rep_a = "29th Report 2022\u201323: The Affordable Homes Programme since 2015 (HC 684)"
    rep_b = "32nd Report 2023\u201324: Disposal of public land for new homes (HC 1241)"
    rec_a1 = ("1. The Department and Homes England should write to the Committee setting out a "
              "realistic forecast of the homes to be delivered under the 2021 programme, and "
              "how they will respond to higher build costs.")
    rec_a3 = ("3. Homes England should improve the information it holds on the quality and "
              "tenure of the homes it funds, including their energy efficiency.")
    rec_b1 = ("1. Homes England should set clear targets for the number of homes to be started "
              "on land it disposes of, and report progress annually.")
    rec_b4 = ("4. Homes England should strengthen its monitoring of build-out and use its "
              "contractual powers where developers do not build at the agreed pace.")
    rows = [
        (rep_a, rec_a1, "A1.1", "Publish a revised delivery forecast for the 2021\u201326 "
         "Affordable Homes Programme in the Annual Report and Accounts.",
         "Director of Affordable Housing", ("d", D(2025, 7, 1), "mmm-yy"), "Complete",
         "Forecast published in ARA 2024/25 (p. 41)."),
        (rep_a, rec_a1, "A1.2", "Agree with MHCLG a cost inflation review point for strategic "
         "partnerships and report its outcome to the Committee.",
         "Chief Financial Officer; Director of Affordable Housing", "Q4 2025/26", "On track",
         "Review point agreed in principle; ministerial clearance expected February."),
        (rep_a, rec_a3, "A3.1", "Add EPC rating and tenure fields to the grant management "
         "system (IMS) for all new completions.",
         "Chief Digital & Information Officer", ("d", D(2025, 9, 30), "dd/mm/yyyy"), "Complete",
         "Live from 01/09/2025."),
        (rep_a, rec_a3, "A3.2", "Run a post-completion sample survey of 200 homes funded under "
         "the 2021 programme and publish the findings.",
         "Head of Research & Evaluation", "Dec 2025\nRevised: Jun 2026", "At risk",
         "Supplier appointed late; fieldwork now January\u2013March 2026."),
        (rep_b, rec_b1, "B1.1", "Set annual housing start targets for disposed land in the "
         "2025/26 Business Plan.",
         "Executive Director, Land", ("d", D(2025, 4, 1), "mmm-yy"), "Complete",
         "Targets in Business Plan 2025/26, section 4."),
        (rep_b, rec_b1, "B1.2", "Report housing starts on disposed land in each quarterly "
         "performance report to the Board.",
         "Executive Director, Land", "Ongoing", "On track",
         "Included in Q1 and Q2 Board reports."),
        (rep_b, rec_b4, "B4.1", "Introduce a build-out monitoring dashboard for all disposal "
         "contracts signed since April 2022.",
         "Head of Contract Management", ("d", D(2026, 2, 27), "dd/mm/yyyy"), "Off track",
         "Data held in three systems; dashboard will not be ready by February. Recovery plan to "
         "ARC in April."),
        (rep_b, rec_b4, "B4.2", "Issue guidance to area teams on using overage and buy-back "
         "clauses, approved by the Investment Committee.",
         "General Counsel / Head of Contract Management", ("d", D(2026, 1, 1), "mmm-yy"),
         "On track", "Draft guidance to Investment Committee 15/01/2026."),
    ]
    status_fill = {"Complete": FILL["B"], "On track": FILL["G"], "At risk": FILL["A"],
                   "Off track": FILL["R"]}
    start = 5
    for i, (rep, rec, ref, act, lead, date, status, prog) in enumerate(rows):
        r = start + i
        vals = [rep, rec, ref, act, lead, None, status, prog]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
        c = ws.cell(row=r, column=6)
        if isinstance(date, tuple):
            c.value = date[1]
            c.number_format = date[2]
        else:
            c.value = date
        c = ws.cell(row=r, column=7)
        c.fill = fill(status_fill[status])
        c.font = Font(bold=True, color="FFFFFF" if status in ("Complete", "Off track") else "000000")
    # vertical merges: report over its 4 rows, each recommendation over its 2 rows
    ws.merge_cells("A5:A8")
    ws.merge_cells("A9:A12")
    for a, b in ((5, 6), (7, 8), (9, 10), (11, 12)):
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    for col, w in zip("ABCDEFGH", (26, 48, 7, 48, 26, 14, 11, 42)):
        ws.column_dimensions[col].width = w
    ws.cell(row=14, column=1, value="Status definitions are on the Key sheet.").font = \
        Font(italic=True)

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Complete", "Action implemented; evidence provided to MHCLG and the NAO"),
        ("On track", "Will be delivered by the target date"),
        ("At risk", "Some slippage; revised date agreed with the lead"),
        ("Off track", "Will not be delivered by the target date without intervention"),
    ], start=2):
        c = key.cell(row=i, column=1, value=k)
        c.fill = fill(status_fill[k])
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 70
    wb.save(out("uj-homes-england-pac-recommendations-implementation-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Greater Lincolnshire CCA - AGS action plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_glcca():
    wb = Workbook()
    ws = wb.active
    ws.title = "AGS Action Plan"
    ws["A1"] = "Greater Lincolnshire Combined County Authority"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Annual Governance Statement 2024/25 \u2013 Significant Governance Issues: "
                "Action Plan")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Update to Audit and Governance Committee \u2013 November 2025"
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Ref", "Action", "Responsible Officer", "Target Date",
                       "Progress at November 2025", "RAG"], colour="5B2C6F")
    rows = [
        ("band", "Issue 1: Completing the CCA's constitution, scheme of delegation and assurance "
                 "framework"),
        ("1.1", "Adopt a full Scheme of Delegation to officers following the transfer of "
                "functions from the constituent councils.", "Monitoring Officer", "Sept 2025",
         "Adopted by the CCA on 24/09/2025.", "Complete"),
        ("1.2", "Publish the Local Assurance Framework and submit it to MHCLG for approval.",
         "Director of Finance (S73 Officer)", "Oct 2025",
         "Submitted 17/10/2025; MHCLG comments awaited.", "G"),
        ("1.3", "Review the constitution after its first year of operation and report the "
                "findings to the CCA.", "Monitoring Officer", "Febuary 2026",
         "Member working group to be set up in December.", "A"),
        ("band", "Issue 2: Establishing internal audit, risk management and counter-fraud "
                 "arrangements"),
        ("2.1", "Agree a three-year internal audit strategy with the new internal audit "
                "provider.", "Director of Finance (S73 Officer)", "Dec 2025",
         "Draft strategy to this Committee.", "G"),
        ("2.2", "Adopt a risk management policy and a strategic risk register, reviewed by this "
                "Committee each quarter.", "Head of Governance", "Mar 2026",
         "Policy adopted; register populated for Q2.", "G"),
        ("2.3", "Adopt an anti-fraud, bribery and corruption policy and a whistleblowing "
                "procedure.", "Monitoring Officer", "Jan 2026",
         "Drafting not yet started.", "R"),
        ("band", "Issue 3: Building permanent capacity in statutory and senior roles"),
        ("3.1", "Recruit to permanent statutory officer roles (Head of Paid Service, Monitoring "
                "Officer and S73 Officer).", "Interim Chief Executive", "Jan 2026",
         "Head of Paid Service appointed; other two roles at interview stage.", "A"),
        ("3.2", "Agree a workforce plan for the CCA's first three years, including the posts "
                "transferring from the county councils.", "Head of HR and OD",
         "Mar 2026", "Scoping under way.", "G"),
    ]
    rag_fill = {"Complete": FILL["B"], "G": FILL["G"], "A": FILL["A"], "R": FILL["R"]}
    r = 6
    for item in rows:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("E8DAEF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            for col, v in enumerate(item, start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(rag_fill[item[5]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete = action delivered; G = on track; "
            "A = at risk of missing target date; R = target date missed or not started "
            "when due.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for col, w in zip("ABCDEF", (7, 60, 30, 14, 44, 10)):
        ws.column_dimensions[col].width = w
    wb.save(out("uj-greater-lincolnshire-cca-annual-governance-statement-2024-25-action-plan-"
                "typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Lewes Town Council - internal audit action plan (docx)
# ---------------------------------------------------------------------------
def make_lewes():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Lewes Town Council \u2013 Internal Audit Report 2024/25: Action Plan", 0)
    doc.add_paragraph(
        "Presented to the Policy & Finance Committee, 9 September 2025. The internal auditor's "
        "annual report dated 12 May 2025 made seven recommendations. The Council's responses "
        "below were agreed at Full Council on 5 June 2025 and are grouped under the AGAR "
        "internal control objectives.")

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Notes"]):
        set_text(t.rows[0].cells[i], h, bold=True)
    for r, vals in enumerate([
        ("1.0", "05/06/2025", "Town Clerk", "Agreed by Full Council"),
        ("1.1", "01/09/2025", "Deputy Town Clerk", "Progress update for P&F Committee"),
    ], start=1):
        for i, v in enumerate(vals):
            set_text(t.rows[r].cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("Status key: G = on track; A = some slippage; R = overdue; "
                      "B = complete.")

    cols = ["No.", "Internal auditor's recommendation", "Action agreed", "Lead", "Target",
            "Status"]
    sections = [
        ("B. This authority complied with its financial regulations, payments were supported "
         "by invoices, all expenditure was approved and VAT was appropriately accounted for",
         [
             ("1", "The Financial Regulations were last reviewed in 2021 and do not reflect the "
                   "2024 NALC model. The Council should adopt updated Financial Regulations.",
              "Adopt revised Financial Regulations based on the NALC 2024 model, including the "
              "new procurement thresholds.", "Town Clerk", "Full Council July 2025", "B"),
             ("2a", "Three payments were released before approval. All payments should be "
                    "approved before release, or reported to the next meeting where made under "
                    "delegated authority.",
              "Introduce a monthly schedule of payments for approval by the Policy & Finance "
              "Committee, with dual authorisation on the bank portal.", "RFO", "30/06/2025",
              "B"),
             ("2b", None,
              "Report any payment made under delegated authority to the next Committee "
              "meeting, with the reason for urgency.", "Town Clerk / RFO", "Ongoing", "G"),
         ]),
        ("C. This authority assessed the significant risks to achieving its objectives and "
         "reviewed the adequacy of arrangements to manage these",
         [
             ("3", "The risk register has not been reviewed by members since March 2023. It "
                   "should be reviewed at least once a year.",
              "Take the risk register to the Policy & Finance Committee for review, and then "
              "review it each March.", "Deputy Town Clerk", "Nov 2025", "A"),
         ]),
        ("G. Salaries to employees and allowances to members were paid in accordance with this "
         "authority's approvals, and PAYE and NI requirements were properly applied",
         [
             ("4", "Contracts for two casual Town Hall staff could not be found. All employees "
                   "should have a written statement of terms.",
              "Issue written statements of employment to all casual staff and keep signed "
              "copies on personnel files.", "Town Clerk", "31 August 2025", "R"),
         ]),
        ("H. Asset and investments registers were complete and accurate and properly "
         "maintained",
         [
             ("5", "The asset register does not include the Town Hall furniture or the play "
                   "equipment installed at the Malling Recreation Ground in 2024.",
              "Update the asset register and reconcile it to the insurance schedule before "
              "renewal.", "RFO", "By 30 September 2025", "G"),
         ]),
        ("L. The authority published information on a website in accordance with the "
         "Transparency Code and the AGAR publication requirements",
         [
             ("6", "The notice of the period for the exercise of public rights for 2023/24 was "
                   "not on the website.",
              "Publish all AGAR documents and notices on the website within the statutory "
              "deadlines, and add a checklist to the year-end timetable.",
              "Deputy Town Clerk", "30/06/2025", "B"),
             ("7", "Spending over \u00a3500 has not been published since Q3 2023/24.",
              "Publish spending over \u00a3500 each quarter on the Transparency page of the "
              "website.", "RFO", "Oct 2025", "G"),
         ]),
    ]
    rag_hex = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
    for heading, rows in sections:
        doc.add_heading(heading, 2)
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for r, (no, rec, act, lead, target, status) in enumerate(rows, start=1):
            cells = t.rows[r].cells
            set_text(cells[0], no)
            if rec is not None:
                set_text(cells[1], rec)
            set_text(cells[2], act)
            set_text(cells[3], lead)
            set_text(cells[4], target)
            set_text(cells[5], status, bold=True)
            shade(cells[5], rag_hex[status])
        # vertical merge of the recommendation over 2a/2b
        for r in range(1, len(rows)):
            if rows[r][1] is None:
                top = t.cell(r, 1)
                top.merge(t.cell(r + 1, 1))
        doc.add_paragraph()
    doc.add_paragraph("Next review: Policy & Finance Committee, January 2026.")
    doc.save(out("uj-lewes-town-council-internal-audit-action-plan-2024-25.docx"))


# ---------------------------------------------------------------------------
# 5. Katharine House Hospice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_katharine_house():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading("Katharine House Hospice \u2013 CQC Inspection Action Plan", 0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Location: Katharine House Hospice, Adderbury, Banbury. Inspection: 11 and "
                      "12 March 2025. Report published: 22 May 2025. Overall rating: Requires "
                      "improvement.")
    doc.add_paragraph("Action plan owner: Director of Patient Care. Monitored by: Quality & "
                      "Governance Committee (every two months). Version 3, October 2025.")

    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    set_text(key.cell(0, 0), "RAG", bold=True)
    set_text(key.cell(0, 1), "Meaning", bold=True)
    for i, (k, colour, meaning) in enumerate([
        ("Red", "FF0000", "Not started or overdue"),
        ("Amber", "FFC000", "In progress \u2013 some risk to the completion date"),
        ("Green", "00B050", "In progress \u2013 on track"),
        ("Blue", "0070C0", "Completed and embedded; evidence held"),
    ], start=1):
        set_text(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), colour)
        set_text(key.cell(i, 1), meaning)
    doc.add_paragraph()

    cols = ["Ref", "Action", "Lead", "Completion date", "RAG", "Evidence / progress"]
    rag_hex = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}
    sections = [
        ("Safe", [
            ("req", "MD1 \u2013 The provider must ensure that controlled drugs are stored, "
                    "recorded and checked in line with legislation and the hospice's own "
                    "policy. (Regulation 12(2)(g) Safe care and treatment)"),
            ("1.1", "Introduce a twice-daily controlled drugs stock check on the Inpatient "
                    "Unit, signed by two registered nurses.", "Inpatient Unit Manager",
             "30/04/2025", "Blue", "Checks in place since 14/04/2025; weekly spot audits "
                                   "show 100% compliance."),
            ("1.2", "Complete a monthly controlled drugs audit and report the results to the "
                    "Medicines Management Group.", "Lead Pharmacist; Inpatient Unit Manager",
             "End of June 2025", "Green", "Audits for June to September completed."),
            ("req", "SD1 \u2013 The provider should ensure that falls risk assessments are "
                    "reviewed after every fall and when a patient's condition changes."),
            ("1.3", "Update the falls policy and the SystmOne template so that a review is "
                    "prompted after each fall.\nTrain all inpatient nurses on the updated "
                    "template.", "Clinical Education Lead", "Sept 2025", "Amber",
             "Policy approved; 70% of nurses trained."),
        ]),
        ("Effective", [
            ("req", "SD2 \u2013 The provider should ensure that mental capacity assessments are "
                    "recorded where people may lack capacity to consent to care."),
            ("2.1", "Add a mental capacity assessment and best interests record to the "
                    "admission pathway.", "Director of Patient Care", "Q2 2025/26", "Green",
             "Template built; go-live planned for 01/09/2025."),
            ("2.2", "Audit 20 records each quarter for Mental Capacity Act compliance and feed "
                    "back to teams.", "Quality & Governance Lead", "Ongoing", "Green",
             "Q1 audit: 16 of 20 compliant."),
        ]),
        ("Well-led", [
            ("req", "MD2 \u2013 The provider must ensure that governance systems are effective "
                    "in identifying and acting on risks, including oversight of audits and "
                    "incidents. (Regulation 17(1)(2)(a)(b) Good governance)"),
            ("3.1", "Revise the Quality & Governance Committee terms of reference and introduce "
                    "a quality dashboard reviewed at every meeting.",
             "Chief Executive / Chair of Quality & Governance Committee", "July 2025", "Blue",
             "Terms of reference approved by trustees 17/07/2025."),
            ("3.2", "Replace paper incident forms with an electronic incident management "
                    "system.", "Head of Quality and Compliance",
             "31/10/2025\nRevised: 31/01/2026", "Amber",
             "System procured; go-live moved to January to avoid the winter pressures period."),
            ("3.3", "Appoint a trustee with clinical governance experience.",
             "Chair of Trustees", "Dec 2025", "Red", "Recruitment not yet started."),
        ]),
    ]
    for heading, rows in sections:
        doc.add_heading(heading, 1)
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        for i, hd in enumerate(cols):
            set_text(t.rows[0].cells[i], hd, bold=True)
            shade(t.rows[0].cells[i], "E2EFD9")
        for r, row in enumerate(rows, start=1):
            if row[0] == "req":
                merged = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
                set_text(merged, row[1], bold=True)
                shade(merged, "F2F2F2")
                continue
            ref, act, lead, date, rag, prog = row
            cells = t.rows[r].cells
            for i, v in enumerate((ref, act, lead, date, rag, prog)):
                set_text(cells[i], v)
            shade(cells[4], rag_hex[rag])
        doc.add_paragraph()

    doc.add_heading("Sign-off", 1)
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, v in enumerate(["Approved by", "Role", "Date"]):
        set_text(s.cell(0, i), v, bold=True)
    for r, vals in enumerate([
        ("Chief Executive", "Registered Manager's line manager", "20/10/2025"),
        ("Chair of Trustees", "Board of Trustees", "23/10/2025"),
    ], start=1):
        for i, v in enumerate(vals):
            set_text(s.cell(r, i), v)
    doc.save(out("uj-katharine-house-hospice-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. RSPB Council - rolling action log (csv export)
# ---------------------------------------------------------------------------
def make_rspb():
    ncol = 9
    rows = [
        ["RSPB Council \u2013 Rolling Action Log"],
        ["Exported from the Board Portal 02/12/2025 \u2013 open actions and actions closed "
         "since the last meeting"],
        [],
        ["Action No", "Meeting Date", "Minute Ref", "Action", "Owner", "Due", "Status", "RAG",
         "Update"],
        ["C25/14", "18/06/2025", "25/06.4", "Bring a revised reserves policy to Council, setting "
         "a target range for free reserves.", "Director of Finance & Resources", "Sep-25",
         "Closed", "Blue", "Approved at Council 24/09/2025 (min 25/09.6)."],
        ["C25/15", "18/06/2025", "25/06.7", "Circulate the timetable for the refresh of the "
         "nature recovery strategy to all trustees.", "Chief Executive", "Jul-25", "Closed",
         "Blue", "Circulated 02/07/2025."],
        ["C25/19", "24/09/2025", "25/09.3", "Commission an independent review of health and "
         "safety arrangements on reserves, following the RIDDOR-reportable incident in August, "
         "and report the findings to the Audit & Risk Committee.",
         "Director of Conservation; Head of Health & Safety", "Feb-26", "Open", "Green",
         "Reviewer appointed; fieldwork in December."],
        ["C25/20", "24/09/2025", "25/09.5", "Update the safeguarding policy for volunteers "
         "under 18 and bring it to Council for approval.", "Director of People", "Dec-25",
         "Open", "Amber", "Legal review slipped; now expected at the March 2026 meeting."],
        ["C25/21", "24/09/2025", "25/09.5", "Arrange safeguarding refresher training for "
         "trustees, led by an external trainer.", "Company Secretary", "Next Council meeting",
         "Open", "Green", "Trainer booked for the morning of the December meeting."],
        ["C25/22", "24/09/2025", "25/09.8", "Prepare options for the future of \"The Lodge\", the "
         "headquarters site at Sandy, with costs, for Council's strategy day.",
         "Director of Finance & Resources", "Mar-26", "Open", "Green",
         "Surveys commissioned."],
        ["C25/23", "24/09/2025", "25/09.9", "Report fundraising income against budget at each "
         "Council meeting,\nwith legacy income shown separately.", "Director of Fundraising",
         "Ongoing", "Open", "Green", "Standing item from December."],
        ["C25/24", "24/09/2025", "25/09.9", "Review the themes of complaints referred to the "
         "Fundraising Regulator and confirm the changes made to face-to-face fundraising "
         "contracts.", "Director of Fundraising", "Nov-25", "Open", "Red",
         "Contract changes not yet agreed with the supplier."],
        ["C25/25", "24/09/2025", "25/09.11", "Set up a Council working group on trustee "
         "recruitment and diversity; terms of reference to the Nominations Committee.",
         "Chair of Council / Company Secretary", "Q1 2026/27", "Open", "",
         ""],
        [],
        ["RAG key: Blue = complete; Green = on track; Amber = at risk; Red = overdue. Closed "
         "actions drop off the log after one meeting."],
    ]
    path = out("uj-rspb-council-rolling-action-log.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (ncol - len(row)))


# ---------------------------------------------------------------------------
# 7. Bannau Brycheiniog NPA - internal audit follow-up tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_bbnpa():
    lines = [
        "Bannau Brycheiniog National Park Authority \u2013 Internal Audit Recommendations "
        "Follow-up Tracker",
        "Awdurdod Parc Cenedlaethol Bannau Brycheiniog \u2013 Traciwr Dilyn Argymhellion "
        "Archwilio Mewnol",
        "Audit and Scrutiny Committee, 10 December 2025 \u2013 Appendix 2",
        "Status key: Complete = implemented and verified by TIAA; G = on track; A = revised date "
        "agreed; R = overdue, no revised date",
        "",
        "\t".join(["Rec", "Priority", "Recommendation", "Responsible Officer", "Due Date",
                   "Revised Due Date", "Status", "Management update (Nov 2025)"]),
        "Planning Enforcement (2024/25) \u2013 Limited Assurance",
        "\t".join(["PE1", "Urgent", "All enforcement cases should be logged on the Uniform "
                   "system within five working days of receipt, with a priority category "
                   "assigned.", "Planning Enforcement Manager", "31/03/2025", "30/09/2025",
                   "Complete", "Backlog cleared; verified by TIAA 14/10/2025."]),
        "\t".join(["PE2", "Important", "A quarterly report on open enforcement cases, by age "
                   "and priority, should be presented to the Planning, Access and Rights of "
                   "Way Committee.", "Head of Development Management", "31/01/2026", "", "G",
                   "Report format agreed with the Chair."]),
        "\t".join(["PE3", "Important", "The enforcement policy should be reviewed and updated "
                   "to reflect current legislation and the Authority's resources.",
                   "Planning Enforcement Manager / Head of Development Management",
                   "30/09/2025", "31/03/2026", "A",
                   "Draft policy to Members' workshop in January 2026."]),
        "Procurement and Contract Management (2024/25) \u2013 Reasonable Assurance",
        "\t".join(["PC1", "Important", "A contracts register should be maintained and "
                   "published in line with the Procurement Act 2023.",
                   "Head of Finance (S151 Officer)", "24/02/2025", "", "Complete",
                   "Register published on the website February 2025."]),
        "\t".join(["PC2", "Routine", "Single tender waivers should be reported to the Audit "
                   "and Scrutiny Committee twice a year.", "Head of Finance (S151 Officer)",
                   "Sep-25", "", "R", "No report yet; to go to the March 2026 Committee."]),
        "Health and Safety \u2013 Lone Working (2025/26) \u2013 Reasonable Assurance",
        "\t".join(["HS1", "Urgent", "Lone working devices should be issued to all field "
                   "staff, including wardens and ecologists, and their use checked monthly.",
                   "Head of Visitor Services; Health and Safety Adviser", "31/10/2025", "",
                   "G", "48 of 55 devices issued; the rest are on order."]),
        "\t".join(["HS2", "Important", "Lone working risk assessments should be reviewed every "
                   "year and after any incident.", "Health and Safety Adviser",
                   "31/12/2025", "", "G", "Review template issued to managers."]),
        "Cyber Security (2025/26) \u2013 Reasonable Assurance",
        "\t".join(["CS1", "Important", "Multi-factor authentication should be enabled for all "
                   "Members' and staff Microsoft 365 accounts.", "ICT Manager", "30/11/2025",
                   "", "G", "Staff accounts done; Members' accounts in progress."]),
        "\t".join(["CS2", "Routine", "The Authority should test its ICT disaster recovery plan "
                   "at least once a year.", "ICT Manager", "Ongoing", "", "",
                   "First test planned for Q4 2025/26."]),
        "",
        "\t".join(["Summary", "Total 9", "Complete 2", "G 4", "A 1", "R 1", "Not rated 1"]),
        "Source: TIAA follow-up review, November 2025. Recommendations closed before "
        "April 2025 are not shown.",
    ]
    with open(out("uj-bannau-brycheiniog-npa-internal-audit-follow-up-tracker.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_abp()
    make_homes_england()
    make_glcca()
    make_lewes()
    make_katharine_house()
    make_rspb()
    make_bbnpa()
    print("built 7 files")
