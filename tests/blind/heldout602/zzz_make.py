"""Build the seven zzz- blind test files of set heldout602.

Run with: /work/main/.venv/bin/python zzz_make.py
Writes only files whose names start with "zzz-" into this folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zzz-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
RAG_HEX = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DDEBF7",
    "paleg": "E2EFDA",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    h = RAG_HEX[name]
    return PatternFill(start_color=h, end_color=h, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, ref, value, bold=False, f=None, fmt=None, border=True, size=None, color=None):
    c = ws[ref]
    c.value = value
    c.alignment = WRAP
    if bold or size or color:
        c.font = Font(bold=bold, size=size or 11, color=color)
    if f:
        c.fill = fill(f)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# ======================================================== 1. Virgin Money (xlsx)
def virgin_money():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [14, 14, 28, 70])
    put(cov, "A1", "Virgin Money UK – FCA Borrowers in Financial Difficulty (BiFD) Remediation Tracker",
        bold=True, size=14, border=False)
    cov.merge_cells("A1:D1")
    put(cov, "A2", "Board Risk Committee – 12 March 2024 – Paper BRC/24/031", border=False)
    cov.merge_cells("A2:D2")
    put(cov, "A3", "Classification: Confidential – FCA supervisory correspondence", border=False)
    cov.merge_cells("A3:D3")
    put(cov, "A5", "Document control", bold=True, border=False)
    for col, h in zip("ABCD", ["Version", "Date", "Author", "Change"]):
        put(cov, f"{col}6", h, bold=True, f="pale")
    rows = [
        ("0.3", d(2024, 2, 5), "Collections Change Lead",
         "First draft following FCA feedback letter of 18 December 2023"),
        ("1.0", d(2024, 2, 29), "Collections Change Lead",
         "Updated for February month-end; approved by Chief Risk Officer"),
    ]
    for i, (v, dte, a, ch) in enumerate(rows, start=7):
        put(cov, f"A{i}", v)
        put(cov, f"B{i}", dte, fmt="dd/mm/yyyy")
        put(cov, f"C{i}", a)
        put(cov, f"D{i}", ch)
    put(cov, "A10", "RAG definitions", bold=True, border=False)
    key = [
        ("Blue", "blue", "Complete – evidence accepted by Second Line Risk Oversight"),
        ("Green", "green", "On track to deliver by committed date"),
        ("Amber", "amber", "At risk – mitigations in place, committed date may move"),
        ("Red", "red", "Off track – committed date missed or revised date needed"),
    ]
    for i, (w, c, t) in enumerate(key, start=11):
        put(cov, f"A{i}", w, bold=True, f=c)
        put(cov, f"B{i}", t)
        cov.merge_cells(f"B{i}:D{i}")

    # ---- Summary sheet
    sm = wb.create_sheet("Summary")
    widths(sm, [58, 10, 8, 8, 8, 8])
    put(sm, "A1", "Summary of actions by workstream – February 2024", bold=True, size=12, border=False)
    hdr = ["Workstream", "Actions", "Blue", "Green", "Amber", "Red"]
    for col, h in zip("ABCDEF", hdr):
        put(sm, f"{col}3", h, bold=True, f="pale")
    summ = [
        ("1 – Customer engagement and contact strategy", 2, 1, 0, 1, 0),
        ("2 – Tailored forbearance and affordability", 3, 0, 2, 0, 1),
        ("3 – Money guidance and debt advice signposting", 2, 1, 1, 0, 0),
        ("4 – Fees, charges and customer redress", 2, 1, 0, 1, 0),
        ("Total", 9, 3, 3, 2, 1),
    ]
    for i, row in enumerate(summ, start=4):
        for col, v in zip("ABCDEF", row):
            put(sm, f"{col}{i}", v, bold=(row[0] == "Total"))

    # ---- Tracker sheet
    ws = wb.create_sheet("Tracker")
    widths(ws, [7, 38, 50, 28, 13, 13, 12, 12, 48])
    put(ws, "A1", "FCA BiFD Remediation Tracker – position at 29 February 2024", bold=True, size=13,
        border=False)
    ws.merge_cells("A1:I1")
    put(ws, "A2", "Actions agreed with the FCA Retail Lending supervision team; committed dates as set out "
                  "in our response of 31 January 2024.", border=False)
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "FCA finding", "Remediation action", "Action owner", "Original due date",
           "Revised due date", "Previous RAG (Jan-24)", "Current RAG (Feb-24)", "Progress update"]
    for col, h in zip("ABCDEFGHI", hdr):
        put(ws, f"{col}4", h, bold=True, f="navy", color="FFFFFF")

    F1 = ("Customers who miss a payment are not contacted early enough, and contact attempts rely "
          "heavily on letters and outbound calls.")
    F2 = ("Repayment arrangements were agreed without a sufficient understanding of the customer’s "
          "circumstances, so some were unaffordable and broke down.")
    F3 = ("Quality assurance focused on process adherence rather than whether customers received a "
          "good outcome.")
    F4 = ("Customers are not consistently told about free debt advice during telephone conversations, "
          "only in written communications.")
    F5 = ("Arrears fees were charged to some customers in financial difficulty where they did not "
          "reflect the reasonable cost of recovery.")

    # (kind, ...)
    layout = [
        ("band", "Workstream 1 – Customer engagement and contact strategy"),
        ("act", "1.1", F1, 2,
         "Introduce SMS and email prompts at the first missed payment for credit card and personal loan "
         "customers, with a direct link to the online income and expenditure tool.",
         "Director of Collections & Recoveries", d(2023, 12, 31), None, "Green", "Blue",
         "Live for cards from 4 December and loans from 18 December 2023. Second Line review complete."),
        ("act", "1.2", None, 0,
         "Review the contact strategy for customers showing characteristics of vulnerability so that "
         "contact frequency and channel reflect recorded needs.",
         "Head of Customer Vulnerability / Director of Collections & Recoveries", d(2024, 3, 31),
         d(2024, 6, 30), "Green", "Amber",
         "Dependent on the CRM vulnerability flag release, now planned for May 2024. Revised date "
         "approved by Accountable Executive."),
        ("band", "Workstream 2 – Tailored forbearance and affordability"),
        ("act", "2.1", F2, 2,
         "Redesign the income and expenditure journey for colleagues and customers, using the Standard "
         "Financial Statement as the default.",
         "Chief Operating Officer", d(2024, 4, 30), None, "Green", "Green",
         "Build complete; user acceptance testing in progress."),
        ("act", "2.2", None, 0,
         "Extend the range of forbearance options to include temporary interest and fee suspension and "
         "term extensions for personal loans.",
         "Director of Unsecured Lending; Director of Collections & Recoveries", d(2024, 2, 29),
         d(2024, 5, 31), "Amber", "Red",
         "Loans term extension change deferred by the January release freeze. Revised date of 31 May "
         "2024 notified to the FCA on 23 February."),
        ("act", "2.3", F3, 1,
         "Introduce outcome-based quality assurance for collections calls, with monthly reporting to the "
         "Consumer Duty Forum.",
         "Head of Quality Assurance", d(2024, 3, 31), None, "Green", "Green",
         "New QA scorecard piloted in February; first Forum report due 18 April."),
        ("band", "Workstream 3 – Money guidance and debt advice signposting"),
        ("act", "3.1", F4, 2,
         "Update call scripts and agent guidance so that money guidance and free debt advice are offered "
         "on every collections call where the customer is in arrears.",
         "Head of Collections Operations", d(2024, 1, 31), None, "Green", "Blue",
         "Scripts live 22 January. Call listening shows 94% of calls compliant."),
        ("act", "3.2", None, 0,
         "Agree warm-transfer arrangements with two not-for-profit debt advice providers and track "
         "referral volumes.",
         "Head of Customer Vulnerability", d(2024, 6, 30), None, "Green", "Green",
         "Heads of terms agreed with one provider; second in discussion."),
        ("band", "Workstream 4 – Fees, charges and customer redress"),
        ("act", "4.1", F5, 2,
         "Remove default and arrears fees for credit card customers on an agreed repayment arrangement.",
         "Director of Unsecured Lending", d(2023, 11, 30), None, "Blue", "Blue",
         "Complete. Fees removed from 20 November 2023."),
        ("act", "4.2", None, 0,
         "Identify affected customers since April 2020 and pay redress, including interest at 8% simple, "
         "under the remediation methodology agreed with the FCA.",
         "Remediation Programme Director", d(2024, 9, 30), None, "Amber", "Amber",
         "Population identified (c. 41,000 accounts). Methodology with the FCA for comment."),
    ]
    r = 5
    for item in layout:
        if item[0] == "band":
            put(ws, f"A{r}", item[1], bold=True, f="grey")
            for col in "BCDEFGHI":
                ws[f"{col}{r}"].border = BOX
                ws[f"{col}{r}"].fill = fill("grey")
            ws.merge_cells(f"A{r}:I{r}")
        else:
            _, ref, finding, span, action, owner, orig, rev, prev, cur, upd = item
            put(ws, f"A{r}", ref)
            if finding:
                put(ws, f"B{r}", finding)
                if span > 1:
                    ws.merge_cells(f"B{r}:B{r + span - 1}")
            put(ws, f"C{r}", action)
            put(ws, f"D{r}", owner)
            put(ws, f"E{r}", orig, fmt="dd/mm/yyyy")
            put(ws, f"F{r}", rev, fmt="dd/mm/yyyy")
            put(ws, f"G{r}", prev, f=prev.lower())
            put(ws, f"H{r}", cur, f=cur.lower(), bold=True)
            put(ws, f"I{r}", upd)
        r += 1
    r += 1
    put(ws, f"A{r}", "Notes: Revised dates require approval by the Accountable Executive and notification to "
                     "the FCA supervision team. Blue actions remain on the tracker until validated by "
                     "Internal Audit.", border=False)
    ws.merge_cells(f"A{r}:I{r}")
    ws.freeze_panes = "A5"
    wb.save(out("zzz-virgin-money-uk-fca-borrowers-in-financial-difficulty-remediation-tracker.xlsx"))


# ======================================================== 2. BFI risk register (xlsx)
def bfi():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic risks Q2"
    widths(ws, [24, 40, 22, 10, 10, 10, 7, 6, 46, 28, 12, 9])
    put(ws, "A1", "BFI Strategic Risk Register 2025-26 – Quarter 2", bold=True, size=14, border=False)
    ws.merge_cells("A1:L1")
    put(ws, "A2", "British Film Institute. Position at 30 September 2025. Presented to the Audit & Risk "
                  "Committee, 4 November 2025.", border=False)
    ws.merge_cells("A2:L2")
    put(ws, "A3", "Scores are Likelihood x Impact (see Key sheet). Action status is shown by the colour of the "
                  "Status cell.", border=False)
    ws.merge_cells("A3:L3")
    hdr = ["Risk", "Cause and consequence", "Risk owner", "Inherent (LxI)", "Residual (LxI)", "Target",
           "Trend", "No.", "Further actions to reach target", "Action owner", "Due", "Status"]
    for i, h in enumerate(hdr, start=1):
        put(ws, f"{get_column_letter(i)}5", h, bold=True, f="navy", color="FFFFFF")

    risks = [
        ("SR1 – Financial sustainability",
         "Flat grant-in-aid settlement, inflationary cost pressures and lower National Lottery good cause "
         "income lead to a structural deficit and reduced funding to the sector.",
         "Chief Financial Officer", "5x4=20", "4x4=16", "3x3=9", "►", [
             ("1.1", "Deliver the 2026-27 savings plan of £3.2m and report progress monthly to the Executive "
                     "Team.", "Chief Financial Officer", d(2026, 3, 31), "green"),
             ("1.2", "Complete the commercial income review, including Southbank venue hire and BFI Player "
                     "pricing.", "Chief Operating Officer / Commercial Director", "Q3 2025/26", "amber"),
             ("1.3", "Agree the Spending Review 2025 settlement letter with DCMS and update the Medium Term "
                     "Financial Plan.", "Chief Financial Officer", "Nov-25", "green"),
         ]),
        ("SR2 – Cyber security and data",
         "A successful cyber attack or ransomware incident compromises BFI systems, the collections "
         "catalogue or personal data, causing service disruption and reputational damage.",
         "Chief Operating Officer", "5x5=25", "3x5=15", "2x5=10", "▲", [
             ("2.1", "Implement multi-factor authentication for all remaining legacy archive systems.",
              "Head of Technology", d(2025, 12, 31), "amber"),
             ("2.2", "Run a cyber incident exercise with the Executive Team and test backup restoration of "
                     "the collections management system.",
              "Head of Technology; Head of Information Governance", "Jan-26", "green"),
         ]),
        ("SR3 – BFI National Archive collections",
         "Deterioration of nitrate and acetate film and obsolete video formats leads to irreversible loss "
         "of collections before they can be digitised.",
         "Director of Collections and Archive", "4x4=16", "3x4=12", "2x4=8", "▼", [
             ("3.1", "Complete the business case for additional cold storage capacity at the Conservation "
                     "Centre, Berkhamsted.", "Director of Collections and Archive", d(2026, 1, 31), "green"),
             ("3.2", "Continue the videotape digitisation programme in line with the annual plan.",
              "Head of Conservation", "Ongoing", "green"),
         ]),
        ("SR4 – Delivery of the National Lottery strategy",
         "Delays in awarding National Lottery funds under the 2023-33 strategy reduce impact for audiences "
         "and industry and attract challenge from DCMS.",
         "Director of Lottery Funding", "4x3=12", "3x3=9", "2x3=6", "►", [
             ("4.1", "Introduce the new grants management system for all open funds.",
              "Director of Lottery Funding", d(2025, 9, 30), "blue"),
             ("4.2", "Review the funding delegation schedule and present it to the Board for approval.",
              "Director of Lottery Funding; Company Secretary", "December 2025", "amber"),
         ]),
    ]
    r = 6
    for title, cause, owner, inh, res, tgt, trend, actions in risks:
        n = len(actions)
        for col, v in zip("ABCDEFG", [title, cause, owner, inh, res, tgt, trend]):
            put(ws, f"{col}{r}", v, bold=(col == "A"))
            if n > 1:
                ws.merge_cells(f"{col}{r}:{col}{r + n - 1}")
        score = int(res.split("=")[1])
        ws[f"E{r}"].fill = fill("red" if score >= 15 else "amber" if score >= 8 else "green")
        for k, (no, text, aown, due, st) in enumerate(actions):
            rr = r + k
            put(ws, f"H{rr}", no)
            put(ws, f"I{rr}", text)
            put(ws, f"J{rr}", aown)
            if isinstance(due, dt.datetime):
                put(ws, f"K{rr}", due, fmt="dd/mm/yyyy")
            else:
                put(ws, f"K{rr}", due)
            put(ws, f"L{rr}", None, f=st)
        r += n
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    widths(key, [16, 60])
    put(key, "A1", "Key", bold=True, size=13, border=False)
    put(key, "A3", "Residual score", bold=True, f="pale")
    put(key, "B3", "Meaning", bold=True, f="pale")
    for i, (c, t) in enumerate([("red", "15–25 High: Executive Team review monthly"),
                                ("amber", "8–12 Medium: Director review quarterly"),
                                ("green", "1–6 Low: managed within directorate")], start=4):
        put(key, f"A{i}", None, f=c)
        put(key, f"B{i}", t)
    put(key, "A8", "Action status", bold=True, f="pale")
    put(key, "B8", "Meaning (colour of the Status cell)", bold=True, f="pale")
    for i, (c, t) in enumerate([("green", "On track"),
                                ("amber", "Delayed – revised date agreed with risk owner"),
                                ("red", "Overdue or off track"),
                                ("blue", "Complete")], start=9):
        put(key, f"A{i}", None, f=c)
        put(key, f"B{i}", t)
    put(key, "A14", "Trend", bold=True, f="pale")
    put(key, "B14", "Change in residual score since last quarter", bold=True, f="pale")
    for i, (s, t) in enumerate([("▲", "Increasing"), ("►", "No change"), ("▼", "Decreasing")], start=15):
        put(key, f"A{i}", s)
        put(key, f"B{i}", t)
    wb.save(out("zzz-british-film-institute-strategic-risk-register-2025-26.xlsx"))


# ======================================================== 3. Key Assets fostering (xlsx)
def key_assets():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [34, 60])
    put(sm, "A1", "Key Assets Fostering (South East) – Ofsted Inspection Action Plan", bold=True, size=14,
        border=False)
    sm.merge_cells("A1:B1")
    info = [
        ("Provider", "Key Assets Fostering – independent fostering agency"),
        ("Unique reference number", "SC480372"),
        ("Inspection dates", "3 to 7 February 2025"),
        ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
        ("Registered Manager", "Joanne Adebayo"),
        ("Responsible Individual", "Mark Ellison, Regional Director"),
        ("Plan last updated", "16 June 2025"),
    ]
    for i, (k, v) in enumerate(info, start=3):
        put(sm, f"A{i}", k, bold=True, f="pale")
        put(sm, f"B{i}", v)
    put(sm, "A11", "Progress summary", bold=True, border=False)
    put(sm, "A12", "Sheet", bold=True, f="pale")
    put(sm, "B12", "Actions / Complete / Green / Amber / Red", bold=True, f="pale")
    put(sm, "A13", "Requirements")
    put(sm, "B13", "5 / 3 / 2 / 0 / 0")
    put(sm, "A14", "Recommendations")
    put(sm, "B14", "3 / 0 / 2 / 1 / 0")

    def sheet(name, heading, datecol, rows):
        ws = wb.create_sheet(name)
        if datecol:
            hdr = ["No.", heading, "Ofsted due date", "Action", "Responsible", "Target date",
                   "Evidence / update", "Status"]
            widths(ws, [7, 44, 12, 48, 26, 12, 40, 11])
        else:
            hdr = ["No.", heading, "Action", "Responsible", "Target date", "Evidence / update", "Status"]
            widths(ws, [7, 44, 48, 26, 12, 40, 11])
        last = get_column_letter(len(hdr))
        put(ws, "A1", f"Ofsted inspection 3–7 February 2025 – {name}", bold=True, size=13, border=False)
        ws.merge_cells(f"A1:{last}1")
        for i, h in enumerate(hdr, start=1):
            put(ws, f"{get_column_letter(i)}3", h, bold=True, f="paleg")
        r = 4
        for text, due, acts in rows:
            n = len(acts)
            put(ws, f"B{r}", text)
            if n > 1:
                ws.merge_cells(f"B{r}:B{r + n - 1}")
            if datecol:
                put(ws, f"C{r}", due, fmt="dd/mm/yyyy")
                if n > 1:
                    ws.merge_cells(f"C{r}:C{r + n - 1}")
            for k, (no, act, resp, tgt, ev, st) in enumerate(acts):
                rr = r + k
                vals = [no, act, resp, tgt, ev, st]
                cols = ["A", "D", "E", "F", "G", "H"] if datecol else ["A", "C", "D", "E", "F", "G"]
                for col, v in zip(cols, vals):
                    if isinstance(v, dt.datetime):
                        put(ws, f"{col}{rr}", v, fmt="dd/mm/yyyy")
                    else:
                        put(ws, f"{col}{rr}", v)
                stc = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[st]
                ws[f"{cols[-1]}{rr}"].fill = fill(stc)
            r += n
        ws.freeze_panes = "A4"

    sheet("Requirements", "Requirement", True, [
        ("The registered person must ensure that the fostering panel receives all relevant information "
         "about prospective foster carers, including references and health assessments, before it makes "
         "a recommendation. (Regulation 26(1)(b))", d(2025, 3, 31), [
             ("R1.1", "Introduce a pre-panel checklist signed off by the supervising team manager confirming "
                      "that all statutory checks and references are on file.",
              "Registered Manager", d(2025, 2, 28), "Checklist in use from panel of 24 February.", "Complete"),
             ("R1.2", "Panel adviser to quality assure every assessment report before it is sent to panel "
                      "members and return incomplete reports to the assessing social worker.",
              "Panel Adviser", d(2025, 3, 31), "QA log kept; two reports returned in March.", "Complete"),
             ("R1.3", "Audit the last 12 approvals and obtain any missing references or health information.",
              "Registered Manager / Quality Assurance Lead", d(2025, 4, 30),
              "10 of 12 files complete; two GP reports awaited.", "Green"),
         ]),
        ("The registered person must ensure that each foster carer receives supervision from a suitably "
         "qualified social worker at least monthly and that supervision is recorded. (Regulation 17(1))",
         d(2025, 4, 30), [
             ("R2.1", "Reallocate supervising social worker caseloads so that no worker supervises more than "
                      "14 households.", "Team Manager (North)", "Mar-25",
              "Caseloads rebalanced; one agency worker appointed.", "Complete"),
             ("R2.2", "Produce a monthly supervision compliance report for the Responsible Individual and "
                      "follow up any missed visits within five working days.",
              "Quality Assurance Lead", "Monthly", "May compliance 96%.", "Green"),
         ]),
    ])
    sheet("Recommendations", "Recommendation", False, [
        ("The registered person should ensure that foster carers complete the Training, Support and "
         "Development Standards within 12 months of approval. (Fostering Services National Minimum "
         "Standards, standard 20.3)", None, [
             ("Rec1.1", "Set up a tracker of TSD progress for every carer approved since April 2024 and agree "
                        "a completion plan with each household.",
              "Training & Development Officer", d(2025, 5, 31),
              "Tracker set up; plans agreed with 9 of 14 households.", "Amber"),
             ("Rec1.2", "Run additional evening and weekend TSD workshops.",
              "Training & Development Officer", "June 2025", "Four workshops booked.", "Green"),
         ]),
        ("The registered person should ensure that children’s views are sought and recorded as part of "
         "each foster carer’s annual review. (NMS 13.8)", None, [
             ("Rec2.1", "Amend the annual review template to include a section completed with the child, and "
                        "brief supervising social workers on its use.",
              "Registered Manager; Participation Officer", d(2025, 6, 30),
              "Template drafted with the children’s forum.", "Green"),
         ]),
    ])
    wb.save(out("zzz-key-assets-fostering-ofsted-ifa-inspection-action-plan.xlsx"))


# ======================================================== 4. Brighton College (docx)
def brighton():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading("Brighton College – Action Plan following ISI Inspection, March 2025", level=0)
    doc.add_paragraph("ISI routine inspection, 11 to 13 March 2025. Prepared for the Education Committee of "
                      "the Governing Body, 20 May 2025; updated 15 September 2025.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Notes"),
                             ("1.0", "20/05/2025", "Deputy Head (Academic)", "Approved by Education Committee"),
                             ("1.1", "15/09/2025", "Deputy Head (Academic)", "Update for start of Michaelmas term")]):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph(
        "The inspection found that the school meets the Independent School Standards and the National Minimum "
        "Standards for Boarding Schools. The report set out three recommended next steps. This plan sets out "
        "how the school will address them, who is responsible and how governors will know they have been "
        "achieved.")

    doc.add_paragraph().add_run("Status key").bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (w, colour, txt) in enumerate([
            ("Complete", "9DC3E6", "Action completed and impact evidenced"),
            ("On track", "A9D08E", "Progressing to timescale"),
            ("Some slippage", "FFD966", "Behind timescale but expected to be achieved this year"),
            ("Off track", "FF7C80", "Not progressing; governors to be informed")]):
        cell_text(k.cell(i, 0), w, bold=True)
        shade(k.cell(i, 0), colour)
        cell_text(k.cell(i, 1), txt)

    STATUS_FILL = {"Complete": "9DC3E6", "On track": "A9D08E", "Some slippage": "FFD966",
                   "Off track": "FF7C80"}
    sections = [
        ("1. Leadership and management, and governance",
         "Next step 1: Strengthen the way governors monitor the implementation of the school’s policies, so "
         "that they have clear oversight of whether policies are applied consistently across all boarding "
         "houses.",
         [("1.1", "Introduce a termly policy compliance report to the Governing Body, drawn from the compliance "
                  "calendar.", "Bursar / Compliance Manager", "Michaelmas term 2025",
           "Governors receive and challenge the report at each full board meeting.", "On track"),
          ("1.2", "Allocate each link governor a boarding house and schedule two monitoring visits a year, with "
                  "written notes to the Education Committee.", "Chair of Governors", "September 2025",
           "Visit notes received for every house.", "Complete")]),
        ("2. Quality of education, training and recreation",
         "Next step 2: Ensure that teachers make consistent use of assessment information to adapt their "
         "teaching for pupils who have special educational needs and/or disabilities (SEND) in Years 7 to 9.",
         [("2.1", "Provide each Lower School teacher with pupil passports for all pupils on the SEND register, "
                  "updated each half term.", "Head of Learning Support", "October half term 2025",
           "Passports available on the MIS for all pupils on the register.", "On track"),
          ("2.2", "Deliver INSET on adaptive teaching and follow up with learning walks focused on SEND "
                  "provision.", "Director of Teaching and Learning; Head of Learning Support",
           "Summer term 2025", "Learning walks show adaptive strategies in most lessons seen.", "Complete"),
          ("2.3", "Analyse Year 9 progress data for pupils with SEND against their peers and report findings "
                  "to the Education Committee.", "Deputy Head (Academic)", "Summer term 2026",
           "Gap in progress narrows year on year.", "On track")]),
        ("3. Pupils’ physical and mental health and emotional wellbeing",
         "Next step 3: Ensure that the system for recording and responding to low-level concerns about pupils’ "
         "wellbeing is used consistently by all staff in boarding houses.",
         [("3.1", "Retrain all houseparents and matrons in the use of the pastoral recording system, including "
                  "how to escalate concerns.", "Deputy Head (Pastoral)", "Michaelmas term 2025",
           "All boarding staff trained; records show timely escalation.", "On track"),
          ("3.2", "Audit pastoral records in each boarding house half-termly and feed back to housemasters and "
                  "housemistresses.", "Deputy Head (Pastoral) / Designated Safeguarding Lead", "Half-termly",
           "Audit findings show consistent recording across houses.", "Some slippage")]),
    ]
    for heading, nextstep, actions in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2 + len(actions), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Success criteria", "Status"]):
            cell_text(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        m = t.cell(1, 0).merge(t.cell(1, 5))
        cell_text(m, nextstep, bold=True)
        shade(m, "F2F2F2")
        for i, (ref, act, lead, when, sc, stt) in enumerate(actions, start=2):
            for j, v in enumerate([ref, act, lead, when, sc, stt]):
                cell_text(t.cell(i, j), v)
            shade(t.cell(i, 5), STATUS_FILL[stt])
        doc.add_paragraph()

    doc.add_paragraph("Progress against this plan is reported to each meeting of the Education Committee. "
                      "Signed on behalf of the Governing Body: Chair of the Education Committee.")
    doc.save(out("zzz-brighton-college-isi-inspection-action-plan.docx"))


# ======================================================== 5. Douglas Macmillan Hospice (docx)
def douglas_macmillan():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    h = doc.add_heading("Douglas Macmillan Hospice – CQC Inspection Action Plan", level=1)
    doc.add_paragraph("Inspection: 21 to 23 January 2025 (report published 2 April 2025). "
                      "Overall rating: Requires improvement.")
    doc.add_paragraph("Report to: Quality, Safety and Governance Committee – 17 July 2025. "
                      "Executive lead: Director of Patient Care.")
    doc.add_paragraph("RAG rating: B = completed and embedded; G = on track; A = risk of delay; "
                      "R = off track / overdue")

    RAG = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    rows = [
        ("band", "SAFE"),
        ("act", "MUST DO: The provider must ensure that controlled drugs are stored, recorded and checked in "
                "line with legislation and the hospice’s own policy. (Regulation 12: Safe care and treatment)", 2,
         "MD1.1", "Reinstate twice-daily controlled drug stock checks on the In-Patient Unit, with two "
                  "registered nurse signatures.", "In-Patient Unit Manager", "28/02/2025",
         "Implemented 3 February 2025. Weekly spot checks show 100% compliance since March.", "B"),
        ("act", None, 0,
         "MD1.2", "Commission an external controlled drugs audit from the community pharmacy provider and act "
                  "on its findings.", "Lead Pharmacist / Controlled Drugs Accountable Officer",
         "Original: 30/04/2025\nRevised: 31/08/2025",
         "Audit completed in June; action plan for three minor findings agreed. Date revised as the audit "
         "visit was delayed by the provider.", "A"),
        ("act", "MUST DO: The provider must ensure that risk assessments for falls and pressure damage are "
                "completed on admission and reviewed when a patient’s condition changes. (Regulation 12)", 2,
         "MD2.1", "Add mandatory falls and pressure ulcer risk assessment fields to the admission template in "
                  "SystmOne.", "Clinical Systems Lead", "Mar-25",
         "Template changed 17 March 2025.", "B"),
        ("act", None, 0,
         "MD2.2", "Monthly documentation audit of 10 sets of notes, reported to the Quality, Safety and "
                  "Governance Committee.", "Head of Quality and Governance", "Monthly",
         "April 80%, May 90%, June 100%.", "G"),
        ("band", "EFFECTIVE"),
        ("act", "SHOULD DO: The provider should ensure that all staff complete mandatory training in the Mental "
                "Capacity Act 2005 and Deprivation of Liberty Safeguards.", 1,
         "SD1.1", "Move MCA/DoLS training to face-to-face sessions and book all outstanding clinical staff onto "
                  "a session.", "Education Lead", "30/09/2025",
         "Compliance 78% (target 95%). Further sessions booked for August and September.", "A"),
        ("band", "WELL-LED"),
        ("act", "SHOULD DO: The provider should ensure that governance processes give the board of trustees "
                "timely assurance on clinical audit findings and actions.", 2,
         "SD2.1", "Revise the clinical audit programme and reporting schedule so that each audit reports to the "
                  "Quality, Safety and Governance Committee within two months of completion.",
         "Medical Director and Director of Patient Care", "End of June 2025",
         "Revised programme approved by the Committee in June.", "B"),
        ("act", None, 0,
         "SD2.2", "Appoint a clinical trustee as quality lead for the board and agree their terms of reference.",
         "Chair of Trustees", "Q2 2025/26", "Two trustees expressed interest; decision at September Board.",
         "G"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=7)
    t.style = "Table Grid"
    for j, hd in enumerate(["No.", "Finding (must do / should do)", "Action", "Lead", "Target date",
                            "Progress update", "RAG"]):
        cell_text(t.cell(0, j), hd, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    for i, item in enumerate(rows, start=1):
        if item[0] == "band":
            m = t.cell(i, 0).merge(t.cell(i, 6))
            cell_text(m, item[1], bold=True, size=10)
            shade(m, "D9D9D9")
            continue
        _, finding, span, ref, act, lead, when, upd, rag = item
        cell_text(t.cell(i, 0), ref)
        if finding:
            cell_text(t.cell(i, 1), finding)
        cell_text(t.cell(i, 2), act)
        cell_text(t.cell(i, 3), lead)
        cell_text(t.cell(i, 4), when)
        cell_text(t.cell(i, 5), upd)
        cell_text(t.cell(i, 6), rag, bold=True)
        shade(t.cell(i, 6), RAG[rag])
    # vertical merges of findings
    for i, item in enumerate(rows, start=1):
        if item[0] == "act" and item[1] and item[2] > 1:
            t.cell(i, 1).merge(t.cell(i + item[2] - 1, 1))

    doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off").bold = True
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"),
                             ("Director of Patient Care", "Signed", "10/07/2025"),
                             ("Chief Executive", "Signed", "10/07/2025")]):
        for j, v in enumerate(row):
            cell_text(s.cell(i, j), v, bold=(i == 0))
    doc.save(out("zzz-douglas-macmillan-hospice-cqc-inspection-action-plan.docx"))


# ======================================================== 6. Looe Town Council (csv, refuse)
def looe():
    rows = [
        ["Looe Town Council – Action Log 2025/26", "", "", "", "", "", ""],
        ["Full Council and committees", "", "", "", "", "", ""],
        ["Updated by the Town Clerk, 6 November 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Minute ref", "Meeting", "Action", "Responsible", "Deadline", "Status", "Update"],
        ["FC 25/031", "Full Council 20/05/2025",
         "Obtain three quotes for replacement of the railings on East Looe seafront and report to Amenities "
         "Committee", "Town Clerk", "July 2025", "Complete",
         "Quotes reported to Amenities 8 July; contract awarded"],
        ["FC 25/034", "Full Council 20/05/2025",
         "Write to Cornwall Council requesting a review of parking enforcement on Fore Street during the summer "
         "season", "Mayor / Town Clerk", "June 2025", "Complete", "Letter sent 2 June; reply received"],
        ["AM 25/012", "Amenities 08/07/2025",
         "Arrange a quarterly inspection of the Millpool play area and keep written records", "Deputy Clerk",
         "Quarterly", "Green", "Q2 inspection done 30 September"],
        ["AM 25/015", "Amenities 08/07/2025",
         "Seek permission from the Harbour Commissioners for the winter lights on Looe Bridge", "Cllr Pengelly",
         "Sept 2025", "Red", "Awaiting reply from Harbour Commissioners"],
        ["FC 25/058", "Full Council 16/09/2025",
         "Update the Council's risk register and present it to the Finance & General Purposes Committee",
         "Town Clerk (RFO)", "Decmber 2025", "Amber", "Draft with Chair of F&GP"],
        ["FP 25/022", "Finance & GP 14/10/2025",
         "Prepare the draft 2026/27 budget and precept options, including earmarked reserves",
         "Town Clerk (RFO)", "30/11/2025", "Green", ""],
        ["FP 25/024", "Finance & GP 14/10/2025", "Review the bank mandate and add two new signatories",
         "Cllrs Hicks & Rowe", "31/10/2025", "Complete", "Done 28 October"],
        ["FC 25/071", "Full Council 21/10/2025",
         "Consult residents on the Neighbourhood Plan review – drop-in sessions at the Millpool Centre",
         "Neighbourhood Plan Steering Group", "January 2026", "Not started", ""],
        ["", "", "", "", "", "", ""],
        ["Status: Green = on track; Amber = some delay; Red = overdue or at risk; Complete = to be removed after "
         "the next meeting", "", "", "", "", "", ""],
    ]
    with open(out("zzz-looe-town-council-action-log-2025-26-typo-month-refuse.csv"), "w", newline="",
              encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ======================================================== 7. Comic Relief (txt, tab-separated)
def comic_relief():
    T = "\t"
    lines = [
        "Comic Relief – Board of Trustees Rolling Action Log",
        "Position at 12 September 2025 (for the Board meeting on 25 September 2025)",
        "",
        T.join(["No.", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Update"]),
        T.join(["25/04", "27/03/2025", "6.2",
                "Commission an independent review of safeguarding arrangements for overseas grant partners "
                "and report findings to the Board",
                "SP / Chair of Safeguarding Committee", "Sep-25", "Amber",
                "Fieldwork complete; report to Safeguarding Committee 16 September, Board in December."]),
        T.join(["25/07", "27/03/2025", "8.1",
                "Agree the reserves policy range for 2025-26 following the Red Nose Day 2025 income outturn",
                "CFO", "Jun-25", "Complete", "Reserves policy approved at June Board."]),
        T.join(["25/12", "19/06/2025", "4.3",
                "Present options for the next Sport Relief campaign, including timing and broadcast partner "
                "discussions", "SP; Director of Campaigns", "Dec-25", "Green",
                "Workshop with broadcast partner held 2 September."]),
        T.join(["25/13", "19/06/2025", "5.1",
                "Review the delegated authority limits for grant awards above £250,000",
                "CFO / Director of Impact", "Q3 2025/26", "Green",
                "Draft scheme of delegation circulated to ARC."]),
        T.join(["", "", "", "and update the Scheme of Delegation accordingly", "", "", "", ""]),
        T.join(["25/15", "19/06/2025", "7.2",
                "Add a risk on the BBC Charter Review to the strategic risk register", "Head of Risk",
                "Jul-25", "Complete", "Added in July; reviewed by ARC 9 September."]),
        T.join(["25/18", "10/07/2025", "3.1",
                "Arrange trustee training on the Charity Commission's guidance on charities and social media",
                "Company Secretary", "TBC", "Not started", "Awaiting trainer availability."]),
        T.join(["25/19", "10/07/2025", "3.4", "Circulate the Red Nose Day 2025 evaluation to all trustees",
                "HW", "31/08/2025", "Red", "Delayed – evaluation partner report now due end of September."]),
        T.join(["25/22", "10/07/2025", "6.1", "Agree a date for the Board away day and confirm the facilitator",
                "Chair; Company Secretary", "Nov-25", "Green", "Two dates offered to trustees."]),
        "",
        "Owners: SP – Chief Executive; HW – Director of Communications; CFO – Chief Financial Officer",
        "Completed actions are reported once and then removed from the log.",
    ]
    with open(out("zzz-comic-relief-board-of-trustees-action-log.txt"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    virgin_money()
    bfi()
    key_assets()
    brighton()
    douglas_macmillan()
    looe()
    comic_relief()
    print("built 7 files")
