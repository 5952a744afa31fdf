"""Build the seven xv- data files of set heldout561.

Run with /work/main/.venv/bin/python xv_make.py (writes beside this script).
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

RAG_FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "Complete": "0070C0", "On track": "00B050", "Delayed": "FFC000",
    "Overdue": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Devon & Somerset FRS - HMICFRS AFI action plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_dsfrs():
    title = ("Devon & Somerset Fire & Rescue Service – HMICFRS Inspection "
             "2023–25: Areas for Improvement Action Plan")
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=14)
    cover["A3"] = "Document control"
    cover["A3"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Status"),
        ("0.1", "12/08/2024", "Corporate Planning Officer", "Draft for ELT"),
        ("1.0", "03/09/2024", "Head of Corporate Planning",
         "Approved by Executive Leadership Team"),
        ("1.3", "31/01/2025", "Head of Corporate Planning",
         "Quarter 3 update for Audit & Governance Committee"),
    ]
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, start=1):
            c = cover.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 4:
                c.font = Font(bold=True)
    cover["A10"] = "RAG key"
    cover["A10"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence held"),
           ("G", "On track to be delivered by the target date"),
           ("A", "At risk of slippage – mitigation in place"),
           ("R", "Off track or past target date")]
    for i, (k, text) in enumerate(key, start=11):
        cover.cell(row=i, column=1, value=k).fill = fill(RAG_FILL[k])
        cover.cell(row=i, column=2, value=text)
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 48
    cover.column_dimensions["C"].width = 30
    cover.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 31 January 2025"
    headers = ["Area for Improvement", "Ref", "Action", "Action Owner",
               "Original Target Date", "Revised Target Date", "Previous RAG",
               "Current RAG", "Progress Update (January 2025)"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX

    plan = [
        ("Effectiveness – Preventing fires and other risks",
         "AFI 1 – The service should make sure it targets its prevention work "
         "at the people most at risk from fire and other emergencies.",
         [("1.1", "Refresh the home fire safety visit targeting model using "
                  "Exeter data, partner referral data and incident history, and "
                  "agree revised risk thresholds with the Prevention Board.",
           "Head of Prevention", d(2024, 9, 30), d(2025, 3, 31), "A", "A",
           "Data sharing agreement with NHS Devon signed November 2024; "
           "model testing under way."),
          ("1.2", "Introduce quarterly quality assurance sampling of completed "
                  "home fire safety visits by station managers.",
           "Prevention Manager / Group Manager – Service Delivery",
           d(2024, 12, 31), None, "G", "B",
           "First quarterly sample completed December 2024.")]),
        ("Effectiveness – Protecting the public through fire regulation",
         "AFI 2 – The service should make sure its risk-based inspection "
         "programme prioritises its highest-risk premises and that fire safety "
         "audits are completed within the timescales it sets.",
         [("2.1", "Review the risk-based inspection programme (RBIP) "
                  "methodology against the NFCC Protection Policy and the Fire "
                  "Standard for Fire Safety.",
           "Area Manager – Protection", d(2024, 10, 31), None, "G", "B",
           "Revised RBIP approved by ELT 22/10/2024."),
          ("2.2", "Recruit and train four additional fire safety inspectors to "
                  "clear the backlog of overdue high-risk audits.",
           "Head of Protection; HR Business Partner", d(2025, 3, 31),
           d(2025, 9, 30), "A", "R",
           "Two inspectors in post; two posts re-advertised January 2025. "
           "Competency training takes 12–18 months.")]),
        ("Efficiency – Making best use of resources",
         "AFI 3 – The service should make sure it has effective measures in "
         "place to assess the benefits of its collaboration activity.",
         [("3.1", "Develop a collaboration benefits register and a standard "
                  "evaluation template for all collaborative arrangements.",
           "Head of Corporate Planning", d(2025, 1, 31), d(2025, 5, 31), "A",
           "G", "Template drafted; register to be populated by May 2025."),
          ("3.2", "Complete a post-implementation evaluation of the joint "
                  "estates arrangement with Devon and Cornwall Police.",
           "Head of Estates", "Q1 2025/26", None, None, "G",
           "Scope agreed with Devon and Cornwall Police estates team.")]),
        ("People – Promoting the right values and culture",
         "AFI 4 – The service should assure itself that staff understand, and "
         "can easily access, the wellbeing support available to them.",
         [("4.1", "Launch a single wellbeing hub on the intranet and promote it "
                  "through station visits by the wellbeing team.",
           "Wellbeing Lead", d(2024, 11, 30), None, "G", "B",
           "Hub launched 4 November 2024; 41 station visits completed."),
          ("4.2", "Evaluate take-up of occupational health and trauma support "
                  "services and report findings to the People Committee.",
           "Head of People Services", "Q4 2024/25", None, None, "G",
           "Data request with provider.")]),
        ("People – Managing performance and developing leaders",
         "AFI 5 – The service should put in place an open and fair process to "
         "identify, develop and support high-potential staff and aspiring "
         "leaders.",
         [("5.1", "Design and launch a talent management framework, with a "
                  "transparent application process for the Aspiring Leaders "
                  "Programme.",
           "Director of People / Organisational Development Manager",
           d(2025, 6, 30), None, "A", "A",
           "Framework consulted on with representative bodies; launch "
           "delayed to align with the new appraisal system.")]),
    ]
    r = 5
    for section, afi, actions in plan:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("F2DCDB")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        ws.cell(row=r, column=1, value=afi).alignment = WRAP
        for ref, text, owner, orig, rev, prev, cur, upd in actions:
            ws.cell(row=r, column=2, value=ref)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=owner)
            for col, val in ((5, orig), (6, rev)):
                c = ws.cell(row=r, column=col, value=val)
                if isinstance(val, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                c = ws.cell(row=r, column=7, value=prev)
                c.fill = fill(RAG_FILL[prev])
            c = ws.cell(row=r, column=8, value=cur)
            c.fill = fill(RAG_FILL[cur])
            ws.cell(row=r, column=9, value=upd)
            for col in range(1, 10):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1,
                           end_column=1)
    widths = [42, 6, 55, 28, 14, 14, 10, 10, 45]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – position as at 31 January 2025"
    sm["A1"].font = Font(bold=True)
    for i, (k, n) in enumerate([("Complete (B)", 3), ("Green", 3),
                                ("Amber", 2), ("Red", 1), ("Total", 9)],
                               start=3):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=n)
    sm["A9"] = ("Reported quarterly to the Audit & Governance Committee of the "
                "Devon & Somerset Fire & Rescue Authority.")
    wb.save(os.path.join(
        HERE, "xv-devon-and-somerset-fire-rescue-service-hmicfrs-afi-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. West Midlands Police - vetting/misconduct recs tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_wmp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = ("West Midlands Police – HMICFRS Inspection of Vetting, "
                "Misconduct and Misogyny in the Police Service (November 2022)")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Recommendations tracker – position at 30 September 2024"
    ws["A3"] = ("Reporting to: Force Executive Board and the PCC's "
                "Accountability and Governance Board")
    headers = ["Rec No.", "HMICFRS recommendation", "HMICFRS deadline",
               "Action Ref", "Force action", "Lead", "Due date", "Status",
               "Progress update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    recs = [
        ("2", "By 31 October 2023, chief constables should make sure their "
              "vetting units have enough trained staff to meet demand in line "
              "with the Vetting Code of Practice and APP.",
         d(2023, 10, 31),
         [("2.1", "Complete a demand and capacity review of the Force Vetting "
                  "Unit and present the findings to Force Executive Board.",
           "Head of PSD", d(2023, 7, 31), "Complete",
           "Review presented to FEB 19/07/2023."),
          ("2.2", "Recruit the 11 additional vetting officers and researchers "
                  "approved through the review.",
           "Head of PSD / HR Resourcing Manager", d(2024, 3, 31), "Complete",
           "All posts filled by March 2024.")]),
        ("9", "By 30 April 2023, chief constables should make sure a written "
              "rationale is recorded for every decision to grant vetting "
              "clearance where adverse information has been identified.",
         d(2023, 4, 30),
         [("9.1", "Amend the vetting decision template in Core-Vet so the "
                  "rationale field is mandatory where adverse information is "
                  "recorded.",
           "Vetting Manager", d(2023, 4, 30), "Complete", "Live 24/04/2023."),
          ("9.2", "Dip sample 20 clearance decisions each month and report the "
                  "results to the PSD performance meeting.",
           "Vetting Manager", "Monthly", "On track",
           "Dip sampling embedded; compliance 96% in August 2024."),
          ("9.3", "Re-review clearance decisions made between April 2021 and "
                  "March 2023 where adverse information was present.",
           "Head of PSD", d(2024, 12, 31), "Delayed",
           "1,140 of 1,610 files re-reviewed.")]),
        ("21", "By 31 October 2023, chief constables should make sure their "
               "counter-corruption units can monitor all force IT systems to "
               "identify data misuse.",
         d(2023, 10, 31),
         [("21.1", "Procure and implement proactive IT monitoring software "
                   "across all force systems.",
           "ACC Professional Standards / Director of IT and Digital",
           d(2024, 6, 30), "Delayed",
           "Contract awarded; phase 2 roll-out to legacy systems under way."),
          ("21.2", "Provide monthly IT monitoring returns to the Anti-"
                   "Corruption Unit tasking meeting.",
           "DI Anti-Corruption Unit", "Novemebr 2024", "On track",
           "Returns in place for phase 1 systems.")]),
        ("28", "By 31 March 2024, chief constables should introduce processes "
               "to record and analyse allegations of misogynistic and predatory "
               "behaviour by officers and staff.",
         d(2024, 3, 31),
         [("28.1", "Add a misogyny and predatory behaviour flag to Centurion "
                   "for all conduct and complaint cases.",
           "Head of PSD", d(2024, 3, 31), "Complete",
           "Flag live from 1 March 2024."),
          ("28.2", "Publish a quarterly analysis of flagged cases to the "
                   "Organisational Learning Board.",
           "PSD Performance Analyst", d(2024, 10, 31), "On track",
           "First report drafted for October board.")]),
    ]
    r = 6
    for rec, text, deadline, actions in recs:
        first = r
        ws.cell(row=r, column=1, value=rec)
        ws.cell(row=r, column=2, value=text)
        c = ws.cell(row=r, column=3, value=deadline)
        c.number_format = "dd/mm/yyyy"
        for ref, act, lead, due, status, upd in actions:
            ws.cell(row=r, column=4, value=ref)
            ws.cell(row=r, column=5, value=act)
            ws.cell(row=r, column=6, value=lead)
            c = ws.cell(row=r, column=7, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=8, value=status)
            c.fill = fill(RAG_FILL[status])
            ws.cell(row=r, column=9, value=upd)
            for col in range(1, 10):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        if r - 1 > first:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col,
                               end_row=r - 1, end_column=col)
    ws.cell(row=r + 1, column=1,
            value="Status key: Complete = evidence accepted by HMICFRS liaison "
                  "lead; On track; Delayed = revised date to be agreed by FEB.")
    widths = [8, 50, 13, 9, 50, 30, 14, 12, 40]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(os.path.join(
        HERE, "xv-west-midlands-police-hmicfrs-vetting-misconduct-"
              "recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. NHS Cornwall and Isles of Scilly ICB - Board action log (xlsx, read)
# ---------------------------------------------------------------------------
def make_ciosicb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "NHS Cornwall and Isles of Scilly ICB – Board (Part 1) Action Log"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Log updated 26 November 2024 for the Board meeting held in "
                "public on 3 December 2024")
    ws["A3"] = ("Status key: Complete = recommended for closure | On track = "
                "in progress within timescale | Delayed = revised date agreed "
                "| Overdue = past due date, no revised date agreed")
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Ref", "Date raised", "Agenda item", "Action", "Lead",
               "Due date", "Status", "Update / comments"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    meetings = [
        ("Meeting held 2 July 2024", d(2024, 7, 2), [
            ("BM24/031", "Quality and Performance Report",
             "Provide a breakdown of ambulance handover delays at Royal "
             "Cornwall Hospital by time of day and include it in the next "
             "Quality and Performance Report.",
             "Chief Medical Officer", "Sep-24", "Complete",
             "Included in September report (item 9). Propose closure."),
            ("BM24/034", "Finance Report – Month 2",
             "Circulate the detailed system financial recovery plan to Board "
             "members ahead of the September development session.",
             "CFO", "Aug-24", "Complete", "Circulated 14/08/2024."),
            ("BM24/036", "Primary Care Access Recovery Plan",
             "Arrange a Board seminar on GP access on the Isles of Scilly, "
             "including the role of St Mary's Community Hospital.",
             "Director of Primary Care / Isles of Scilly Locality Lead",
             "Jan-25 (revised from Oct-24)", "Delayed",
             "Seminar rescheduled to January 2025 because of winter planning."),
        ]),
        ("Meeting held 3 September 2024", d(2024, 9, 3), [
            ("BM24/048", "Chief Executive's Report",
             "Share the outcome of the NHS England review of the Cornwall "
             "urgent care pathway with Board members once published.",
             "KS", "TBC", "On track", "Awaiting publication by NHS England."),
            ("BM24/051", "Board Assurance Framework",
             "Update BAF risk 4 (workforce) to reflect the revised domiciliary "
             "care capacity figures from Cornwall Council.",
             "Director of Corporate Affairs", "Nov-24", "Overdue", ""),
            ("BM24/053", "Maternity and Neonatal Safety Report",
             "Include Perinatal Mortality Review Tool (PMRT) themes and "
             "learning in the quarterly maternity report.",
             "CNO/CMO", d(2024, 12, 31), "On track",
             "Q3 report in preparation."),
        ]),
        ("Meeting held 5 November 2024", d(2024, 11, 5), [
            ("BM24/067", "Winter Plan 2024/25",
             "Report weekly system escalation levels (OPEL) to Board members "
             "by email throughout the winter period.",
             "Chief Operating Officer", "Mar-25", "On track",
             "Weekly emails started 11/11/2024."),
            ("BM24/069", "Digital Strategy",
             "Bring the Shared Care Record options appraisal to the February "
             "2025 Board.",
             "Chief Digital Information Officer", "Feb-25", "On track", ""),
        ]),
    ]
    r = 6
    for heading, raised, actions in meetings:
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill("D9E2F3")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, item, act, lead, due, status, upd in actions:
            vals = [ref, raised, item, act, lead, due, status, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(RAG_FILL[status])
            r += 1
    ws.cell(row=r + 1, column=1,
            value="Actions marked Complete will be removed from the log once "
                  "the Board agrees closure.")
    widths = [11, 12, 28, 55, 30, 16, 11, 40]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(os.path.join(
        HERE, "xv-nhs-cornwall-and-isles-of-scilly-icb-board-action-log.xlsx"))


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


def set_cell(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


def header_row(table, labels, colour="D9D9D9"):
    for j, lab in enumerate(labels):
        set_cell(table.rows[0].cells[j], lab, bold=True)
        shade(table.rows[0].cells[j], colour)


# ---------------------------------------------------------------------------
# 4. Brook Green Medical Centre - CQC action plan (docx, read)
# ---------------------------------------------------------------------------
def make_brook_green():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Brook Green Medical Centre: CQC Inspection Action Plan", 0)
    doc.add_paragraph("Inspection date: 14 May 2024 | Report published: "
                      "9 July 2024 | Overall rating: Requires improvement")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Approved by"])
    for i, row in enumerate([("1.0", "22/07/2024", "Practice Manager",
                              "Partners' meeting 24/07/2024"),
                             ("1.2", "02/12/2024", "Practice Manager",
                              "Partners' meeting 04/12/2024")], start=1):
        for j, v in enumerate(row):
            dc.rows[i].cells[j].text = v

    doc.add_heading("Part A: Must do (Requirement notices)", 1)
    must = [
        ("MD1. Ensure care and treatment is provided in a safe way to patients "
         "(Regulation 12).", [
             ("1.1", "Complete a full search of clinical records for patients "
                     "prescribed methotrexate, lithium, azathioprine and DOACs.\n"
                     "Recall every patient whose monitoring is overdue.",
              "Dr P Nair / Clinical Pharmacist", "31/08/2024", "Complete",
              "Searches run 22/07/2024; 37 patients recalled."),
             ("1.2", "Set up monthly high-risk drug monitoring searches in EMIS "
                     "with a named GP to review the results.",
              "Dr P Nair", "September 2024", "Complete",
              "Searches scheduled on the 1st of each month."),
             ("1.3", "Review all outstanding medication reviews for patients on "
                     "repeat prescriptions and clear the backlog of reviews "
                     "more than 15 months old.",
              "Clinical Pharmacist", "End of December 2024", "A",
              "Backlog reduced from 412 to 168."),
             ("1.4", "Audit the recording of emergency medicines and oxygen "
                     "checks weekly.",
              "Nurse Manager", "Ongoing – weekly audit", "G",
              "Audit log held in the clinical governance folder."),
         ]),
        ("MD2. Establish effective systems and processes to ensure good "
         "governance in accordance with the fundamental standards of care "
         "(Regulation 17).", [
             ("2.1", "Introduce a practice risk register and review it at the "
                     "monthly partners' meeting.",
              "Practice Manager", "30/09/2024", "Complete",
              "Risk register reviewed September, October and November."),
             ("2.2", "Implement a training matrix covering safeguarding, "
                     "infection prevention and control and basic life support "
                     "for all staff, with overdue training flagged to line "
                     "managers.",
              "Practice Manager / HR Administrator", "31/10/2024", "G",
              "Matrix in place; compliance 91%."),
             ("2.3", "Make sure all significant events are recorded on the "
                     "shared log, discussed at the quarterly clinical meeting "
                     "and the learning shared with the whole team.",
              "Dr M Kowalski", "Q3 2024/25", "A",
              "Log in place; first quarterly review due December."),
         ]),
    ]
    for heading, actions in must:
        doc.add_heading(heading, 2)
        t = doc.add_table(rows=1 + len(actions), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Completion date", "RAG",
                       "Progress / evidence"])
        for i, (ref, act, lead, date, rag, prog) in enumerate(actions, 1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, act, lead, date, rag, prog]):
                set_cell(cells[j], v)
        doc.add_paragraph("")

    doc.add_heading("Part B: Should do", 1)
    should = [
        ("SD1", "Continue to take action to improve uptake of cervical "
                "screening.",
         "Run targeted text and telephone recall for eligible patients who "
         "have not responded to two invitations, and offer Saturday morning "
         "clinics.", "Nurse Manager", "March 2025", "G"),
        ("SD2", "Take steps to improve patient satisfaction with telephone "
                "access.",
         "Introduce a cloud-based telephone system with call-back and queue "
         "position messages.", "Practice Manager", "November 2024",
         "Complete"),
        ("SD3", "Improve the identification of carers.",
         "Add a carers question to the new patient registration form and "
         "promote carer registration in the waiting room.",
         "Patient Services Lead", "31/01/2025", "R"),
    ]
    t = doc.add_table(rows=1 + len(should), cols=6)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Should do", "Action", "Lead", "Target date", "RAG"])
    for i, row in enumerate(should, 1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: R – not started or significantly off track; "
                      "A – started, risk of delay; G – on track; Complete – "
                      "action completed and evidence held.")
    doc.add_paragraph("Next review: Partners' meeting, January 2025.")
    doc.save(os.path.join(
        HERE, "xv-brook-green-medical-centre-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Barton Peveril Sixth Form College - Ofsted PIAP (docx, read)
# ---------------------------------------------------------------------------
def make_barton_peveril():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Barton Peveril Sixth Form College – Post-Inspection Action "
                  "Plan 2024")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Ofsted further education and skills inspection, "
                      "12–15 March 2024. Report published 25 April 2024.")

    dc = doc.add_table(rows=3, cols=3)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Approved by"], colour="DEEAF6")
    for i, row in enumerate([("1", "14/05/2024", "Senior Leadership Team"),
                             ("2", "11/06/2024",
                              "Quality and Curriculum Committee")], 1):
        for j, v in enumerate(row):
            dc.rows[i].cells[j].text = v
    doc.add_paragraph("")
    doc.add_paragraph("This plan responds to the areas for improvement in the "
                      "inspection report. Progress is reviewed each half term "
                      "by the Senior Leadership Team and reported to the "
                      "Quality and Curriculum Committee.")

    blue, green, amber, red = "5B9BD5", "70AD47", "FFC000", "FF0000"
    afis = [
        ("Area for improvement 1: Leaders should ensure that teachers in a few "
         "A-level subjects check learners' understanding thoroughly before "
         "moving on to new topics.", [
             ("Deliver a whole-college CPD programme on retrieval practice and "
              "questioning, led by the Advanced Practitioners.",
              "Assistant Principal (Teaching and Learning)", "Autumn term 2024",
              "All teaching staff complete three CPD sessions; observed "
              "practice shows regular checks on understanding.", blue),
             ("Carry out learning walks in the identified subjects each half "
              "term, focusing on checking for understanding.",
              "Head of Science / Head of Mathematics", "Each half term",
              "Learning walk records show consistent practice.", green),
             ("Use January 2025 mock examination data to identify learners at "
              "risk of underachieving and put intervention in place.",
              "Director of Curriculum", "Spring term 2025",
              "Value added in the identified subjects at or above zero.",
              amber),
         ]),
        ("Area for improvement 2: Leaders should make sure that learners with "
         "high needs receive the support identified in their education, health "
         "and care plans in all lessons.", [
             ("Share one-page learner profiles for all learners with education, "
              "health and care plans with every teacher by the end of week 3 "
              "of the autumn term.",
              "Head of Learning Support", "September 2024",
              "100% of profiles shared on time.", blue),
             ("Train all learning support assistants in in-class support "
              "strategies for learners with autism and social, emotional and "
              "mental health needs.",
              "Head of Learning Support / HR Manager", "December 2024",
              "Training records complete; learner voice survey positive.",
              green),
             ("Monitor progress towards EHCP outcomes through termly reviews "
              "with learners and parents.",
              "SENCo", "Termly",
              "Review notes on file for every learner with an EHCP.", green),
         ]),
        ("Area for improvement 3: Governors should receive more detailed "
         "information about the quality of education in adult learning "
         "provision so that they can challenge leaders effectively.", [
             ("Add an adult learning section to the termly Quality of "
              "Education report to the Quality and Curriculum Committee.",
              "Vice Principal (Quality)", "Summer term 2024",
              "Committee minutes show challenge on adult provision.", blue),
             ("Appoint a link governor for adult and community learning.",
              "Clerk to the Corporation", "July 2024",
              "Link governor in post and visits recorded.", red),
         ]),
    ]
    n_rows = 1 + sum(1 + len(a) for _, a in afis)
    t = doc.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    header_row(t, ["Action", "Lead", "Timescale", "Success measures",
                   "RAG"], colour="BDD7EE")
    i = 1
    for afi, actions in afis:
        row = t.rows[i]
        merged = row.cells[0].merge(row.cells[4])
        set_cell(merged, afi, bold=True)
        shade(merged, "DEEAF6")
        i += 1
        for act, lead, when, success, colour in actions:
            cells = t.rows[i].cells
            for j, v in enumerate([act, lead, when, success]):
                set_cell(cells[j], v)
            shade(cells[4], colour)
            i += 1
    doc.add_paragraph("")
    doc.add_paragraph("RAG key (cell shading): Blue – completed; Green – on "
                      "track; Amber – some slippage, action under review; "
                      "Red – off track.")
    doc.save(os.path.join(
        HERE, "xv-barton-peveril-sixth-form-college-ofsted-post-inspection-"
              "action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bernicia - TSM improvement plan (csv, read)
# ---------------------------------------------------------------------------
def make_bernicia():
    rows = [
        ["Bernicia Group – Tenant Satisfaction Measures Improvement Plan "
         "2024/25", "", "", "", "", "", "", ""],
        ["Report to Customer Services Committee – 18 March 2025", "", "", "",
         "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Theme", "TSM measure (2023/24 result)", "Ref", "Action", "Owner",
         "Target date", "Status", "Progress comment"],
        ["Keeping properties in good repair",
         "TP02 Satisfaction with overall repairs service (64.3%)", "R1",
         "Offer an appointment slot for every non-emergency repair at the "
         "first point of contact.",
         "Head of Property Services", "30/06/2024", "Complete",
         "Live from June 2024."],
        ["", "", "R2",
         "Set up a dedicated follow-on team to complete multi-trade repairs.",
         "Head of Property Services", "Sep-24", "Complete",
         "Team of six in place since September."],
        ["", "TP03 Satisfaction with time taken to complete most recent "
             "repair (58.9%)", "R3",
         "Reduce the average time to complete routine repairs from 28 to 20 "
         "calendar days.",
         "Director of Assets; Repairs Manager", "31/03/2025",
         "Behind schedule", "Average 23.6 days at February 2025."],
        ["Maintaining building safety",
         "TP05 Satisfaction that the home is safe (79.8%)", "S1",
         "Send every customer a plain-English summary of the safety checks "
         "completed at their home each year.",
         "Building Safety Manager", "Q1 2025/26", "On track",
         "Template agreed with Customer Voice Panel."],
        ["Respectful and helpful engagement",
         "TP06 Satisfaction that we listen to tenant views and act upon them "
         "(55.2%)", "E1",
         "Publish a quarterly 'You said, we did' update in the customer "
         "newsletter and on the website.",
         "Customer Engagement Manager", "Ongoing", "On track", ""],
        ["", "", "E2",
         "Establish a Customer Voice Panel to scrutinise one service area "
         "each quarter.",
         "Customer Engagement Manager", "Dec-24", "Complete",
         "First scrutiny review (void standard) reported January 2025."],
        ["Effective handling of complaints",
         "TP09 Satisfaction with our approach to handling complaints (33.1%)",
         "C1",
         "Call every complainant within two working days of a Stage 1 "
         "complaint being logged to agree the outcome they are looking for.",
         "Complaints Lead", "31/10/2024", "Complete", ""],
        ["", "", "C2",
         "Complete and publish a self-assessment against the Housing "
         "Ombudsman Complaint Handling Code.",
         "Head of Customer Experience / Complaints Lead", "30/06/2025",
         "On track", "Draft to Board in May."],
        ["Responsible neighbourhood management",
         "TP12 Satisfaction with our approach to handling anti-social "
         "behaviour (52.0%)", "N1",
         "Review the ASB policy with customers and introduce an action plan "
         "for every open case.",
         "Neighbourhoods Manager", "Sep-25", "Not started", ""],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Complete = Blue; On track = Green; Behind schedule = "
         "Amber; Off track = Red; Not started = no rating", "", "", "", "", "",
         "", ""],
        ["Totals: 9 actions – Complete 4, On track 3, Behind schedule 1, "
         "Not started 1", "", "", "", "", "", "", ""],
    ]
    path = os.path.join(
        HERE, "xv-bernicia-tenant-satisfaction-measures-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


# ---------------------------------------------------------------------------
# 7. ICO - ARC internal audit recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_ico():
    T = "\t"
    lines = [
        "Information Commissioner's Office – Internal Audit Recommendations "
        "Tracker",
        "Audit and Risk Committee, 28 January 2025 – Agenda item 7, Annex B",
        "",
        T.join(["Ref", "Priority", "Recommendation",
                "Agreed management action", "Action owner",
                "Original target date", "Revised target date", "Status",
                "Update"]),
        "IA 2024/02 – Cyber Security Incident Response (Limited assurance)",
        T.join(["02.1", "High",
                "The ICO should test its cyber incident response plan at least "
                "annually, including a scenario involving loss of the case "
                "management system.",
                "Run a table-top exercise with the Executive Team based on a "
                "ransomware scenario and update the plan with the lessons "
                "identified.",
                "Chief Information Officer", "30/09/2024", "31/03/2025",
                "At risk", "Exercise scheduled for March 2025 with NCSC "
                "support."]),
        T.join(["02.2", "Medium",
                "The ICO should maintain a complete and current register of IT "
                "hardware and software assets.",
                "Reconcile the hardware asset register against the network "
                "discovery tool and correct all differences.",
                "Head of IT Operations", "31/12/2024", "", "Implemented",
                "Reconciliation completed 13/12/2024."]),
        T.join(["02.3", "High",
                "Privileged access rights should be reviewed quarterly and "
                "leavers' access removed on the day they leave.",
                "Introduce quarterly privileged access reviews and automate "
                "removal of leavers' accounts through the HR system interface.",
                "Chief Information Officer / Head of People Services",
                "31/01/2025", "", "On track",
                "First quarterly review completed November 2024; automation "
                "in testing."]),
        "IA 2024/05 – Procurement and Contract Management (Moderate assurance)",
        T.join(["05.1", "Medium",
                "A contract manager should be assigned for every contract over "
                "£25,000 and recorded on the contracts register.",
                "Assign named contract managers and add a contract manager "
                "field to the contracts register.",
                "Head of Commercial", "Q3 2024/25", "", "Implemented", ""]),
        T.join(["05.2", "Low",
                "The procurement policy should be updated to reflect the "
                "Procurement Act 2023.",
                "Revise the procurement policy and guidance before the Act "
                "comes into force on 24 February 2025.",
                "Head of Commercial / Head of Legal Services", "28/02/2025",
                "", "On track", "Draft policy with Executive Team for "
                "approval."]),
        "IA 2024/07 – Workforce Planning (Limited assurance)",
        T.join(["07.1", "High",
                "The ICO should develop a strategic workforce plan aligned to "
                "its ICO25 priorities.",
                "Produce a three-year strategic workforce plan and present it "
                "to the Management Board.",
                "Executive Director of People Services", "31/10/2024",
                "30/04/2025", "At risk",
                "Plan paused pending outcome of the spending review."]),
        T.join(["07.2", "Medium",
                "Turnover and exit data should be analysed and reported "
                "quarterly.",
                "Introduce a quarterly people dashboard covering turnover, "
                "exit survey themes and time to hire.",
                "Head of People Analytics", "31/12/2024", "", "Overdue",
                "Dashboard design agreed; data feed from the HR system "
                "delayed."]),
        "IA 2024/09 – Service Complaints (Substantial assurance)",
        T.join(["09.1", "Low",
                "Guidance for caseworkers on handling complaints about the "
                "ICO's own service should be brought up to date.",
                "Update the service complaints procedure and publish it on "
                "the intranet.",
                "Head of Customer Contact", "31/03/2025", "", "On track", ""]),
        "",
        T.join(["Summary", "Implemented", "On track", "At risk", "Overdue",
                "Total"]),
        T.join(["Count", "2", "3", "2", "1", "8"]),
        "",
        "Status key: Implemented – action complete and evidence verified by "
        "GIAA (blue); On track (green); At risk – revised date agreed (amber); "
        "Overdue – past target date (red).",
    ]
    path = os.path.join(
        HERE, "xv-information-commissioners-office-arac-internal-audit-"
              "recommendations-tracker.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_dsfrs()
    make_wmp()
    make_ciosicb()
    make_brook_green()
    make_barton_peveril()
    make_bernicia()
    make_ico()
    print("built 7 files in", HERE)
