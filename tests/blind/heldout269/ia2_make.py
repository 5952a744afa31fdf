"""Build the seven ia2- blind test files (set heldout269).

Run with /work/main/.venv/bin/python ia2_make.py (writes beside this script).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
WORD_FILL = {"Red": "red", "Amber": "amber", "Green": "green", "Blue": "blue",
             "R": "red", "A": "amber", "G": "green", "B": "blue"}


def d(y, m, day):
    return dt.datetime(y, m, day)


def xl_row(ws, r, values, font=None, fill=None, border=True, align=WRAP):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=r, column=i, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if font:
            c.font = font
        if fill:
            c.fill = fill
        if border:
            c.border = BOX
        c.alignment = align


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


def cell_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


# =========================================================================== 1
def gloucestershire_asc():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Gloucestershire County Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Adult Social Care – CQC Local Authority Assessment Improvement Plan"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Version 1.4 – progress at 31 January 2026"
    cov["A3"].font = Font(italic=True)
    cov["A5"] = "Document control"
    cov["A5"].font = BOLD
    xl_row(cov, 6, ["Version", "Date", "Author", "Summary of changes"], font=WHITE_BOLD, fill=FILL["head"])
    xl_row(cov, 7, ["1.0", d(2025, 7, 14), "ASC Improvement Board",
                    "Plan agreed following publication of the CQC assessment report (overall rating: Requires improvement)"])
    xl_row(cov, 8, ["1.3", d(2025, 12, 5), "ASC Performance and Improvement Team",
                    "Q2 progress added; actions 1.2, 2.2 and 4.1 re-profiled with Improvement Board agreement"])
    xl_row(cov, 9, ["1.4", d(2026, 1, 31), "ASC Performance and Improvement Team", "Q3 progress added"])
    cov["A11"] = "RAG key"
    cov["A11"].font = BOLD
    key = [("Blue", "Complete – evidence of impact agreed by the Improvement Board"),
           ("Green", "On track to deliver by the due date"),
           ("Amber", "Some slippage – recovery action in hand"),
           ("Red", "Off track – escalated to the Improvement Board")]
    for i, (k, v) in enumerate(key):
        xl_row(cov, 12 + i, [k, v])
        cov.cell(row=12 + i, column=1).fill = FILL[k.lower()]
    cov.merge_cells("B12:D12")
    cov.merge_cells("B13:D13")
    cov.merge_cells("B14:D14")
    cov.merge_cells("B15:D15")
    widths(cov, [14, 14, 36, 70])

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress by theme – January 2026"
    summ["A1"].font = Font(bold=True, size=12)
    xl_row(summ, 3, ["Theme", "Actions", "Blue", "Green", "Amber", "Red"], font=WHITE_BOLD, fill=FILL["head"])
    rows = [("Theme 1: Working with people", 4, 1, 2, 1, 0),
            ("Theme 2: Providing support", 2, 0, 1, 0, 1),
            ("Theme 3: Ensuring safety", 2, 1, 1, 0, 0),
            ("Theme 4: Leadership", 2, 0, 0, 2, 0)]
    for i, r in enumerate(rows):
        xl_row(summ, 4 + i, list(r))
    xl_row(summ, 8, ["Total", 10, 2, 4, 3, 1], font=BOLD, fill=FILL["grey"])
    widths(summ, [34, 10, 8, 8, 8, 8])

    header = ["Ref", "Area for improvement (CQC report)", "Action", "Lead(s)", "Start",
              "Original due date", "Revised due date", "Previous RAG", "Current RAG",
              "Progress update – January 2026"]
    themes = [
        ("T1 Working with people", "Theme 1: Working with people",
         "Quality statements: Assessing needs; Supporting people to live healthier lives; Equity in experience and outcomes",
         [
             ("Assessing needs: People experienced long waits for Care Act assessments and reviews, and waiting lists were not consistently risk-managed.",
              [
                  ("1.1", "Introduce a single risk-rated waiting list for Care Act assessments across all locality teams, with a weekly RAG review of everyone waiting more than 28 days.",
                   "Head of Adult Social Care Operations", d(2025, 8, 1), d(2025, 10, 31), None, "Amber", "Blue",
                   "Single waiting list live from 6 October 2025; weekly review embedded in locality huddles."),
                  ("1.2", "Commission additional assessment capacity from a managed service to clear reviews overdue by more than 12 months.",
                   "Head of Adult Social Care Operations / Strategic Commissioning Manager", d(2025, 9, 1), d(2025, 12, 31), d(2026, 3, 31), "Green", "Amber",
                   "Contract awarded November 2025; 412 of 960 overdue reviews completed. Revised date agreed by Improvement Board."),
              ]),
             ("Equity in experience and outcomes: The council had limited understanding of the experiences of people from minority ethnic communities and of unpaid carers.",
              [
                  ("1.3", "Co-produce an unpaid carers’ offer with the Gloucestershire Carers Hub, including a refreshed carers’ assessment and a direct payment route.",
                   "Lisa Hartnell and Tom Okafor", d(2025, 9, 1), d(2026, 6, 30), None, "Green", "Green",
                   "Three co-production workshops held; draft offer to ASC Leadership Team in March."),
                  ("1.4", "Publish an equality data dashboard showing assessment, service and outcome data by protected characteristic, reviewed quarterly at ASC Leadership Team.",
                   "Head of Performance and Intelligence (ASC)", d(2025, 10, 1), d(2026, 3, 31), None, "Amber", "Green",
                   "Dashboard built in Power BI; ethnicity recording improved from 71% to 88%."),
              ]),
         ]),
        ("T2 Providing support", "Theme 2: Providing support",
         "Quality statements: Care provision, integration and continuity; Partnerships and communities",
         [
             ("Care provision, integration and continuity: There was limited choice of home care in rural areas and an over-reliance on residential placements for people with complex needs.",
              [
                  ("2.1", "Retender the home care framework on a zonal basis with enhanced rural rates.",
                   "Director of Integrated Commissioning", d(2025, 7, 1), d(2026, 4, 30), None, "Green", "Green",
                   "Market engagement complete; tender published 12 January 2026."),
                  ("2.2", "Develop 60 additional extra care and supported living units with district council partners through the Accommodation with Care programme.",
                   "Head of Commissioning (Accommodation) / District Council Housing Leads", d(2025, 7, 1), d(2026, 3, 31), d(2027, 3, 31), "Amber", "Red",
                   "Two schemes delayed by planning; programme re-profiled in version 1.3. 18 units now expected by March 2026."),
              ]),
         ]),
        ("T3 Ensuring safety", "Theme 3: Ensuring safety",
         "Quality statements: Safe systems, pathways and transitions; Safeguarding",
         [
             ("Safeguarding: Safeguarding concerns were not always screened within timescales and Making Safeguarding Personal was inconsistently recorded.",
              [
                  ("3.1", "Establish a multi-agency adult safeguarding screening hub with a 24-hour screening standard.",
                   "Head of Safeguarding Adults", d(2025, 7, 1), d(2025, 9, 30), None, "Green", "Blue",
                   "Hub operational since 1 September 2025; 96% of concerns screened within 24 hours in Q3."),
                  ("3.2", "Audit 40 safeguarding enquiries per quarter against Making Safeguarding Personal standards and report findings to the Gloucestershire Safeguarding Adults Board.",
                   "Principal Social Worker", d(2025, 10, 1), "Quarterly", None, "Green", "Green",
                   "Q3 audit complete; outcomes recorded in 78% of enquiries (target 90%)."),
              ]),
         ]),
        ("T4 Leadership", "Theme 4: Leadership",
         "Quality statements: Governance, management and sustainability; Learning, improvement and innovation",
         [
             ("Governance, management and sustainability: Performance information was not used consistently to drive improvement and the workforce strategy was not fully implemented.",
              [
                  ("4.1", "Implement a monthly ASC performance framework with service-level scorecards reported to the Cabinet Member and to Scrutiny.",
                   "Director of Adult Social Care", d(2025, 8, 1), d(2025, 11, 30), d(2026, 2, 28), "Amber", "Amber",
                   "Scorecards in place for operations; commissioning and provider services to follow in February."),
                  ("4.2", "Deliver the ASC workforce strategy actions on recruitment of registered social workers and occupational therapists, reducing agency use to below 10%.",
                   "Head of ASC Workforce Development / HR Business Partner (Adults)", d(2025, 7, 1), d(2026, 3, 31), None, "Green", "Amber",
                   "Agency use 14% (December); international recruitment cohort starts April 2026."),
              ]),
         ]),
    ]
    for sheet_name, theme_title, qs_note, afis in themes:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = theme_title
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = FILL["head"]
        ws.merge_cells("A1:J1")
        ws["A2"] = qs_note
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:J2")
        xl_row(ws, 4, header, font=WHITE_BOLD, fill=FILL["head"], align=CENTRE)
        r = 5
        for afi_text, acts in afis:
            first = r
            for (ref, action, lead, start, due, rev, prev, cur, prog) in acts:
                xl_row(ws, r, [ref, afi_text if r == first else None, action, lead, start, due, rev, prev, cur, prog])
                ws.cell(row=r, column=8).fill = FILL[WORD_FILL[prev]]
                ws.cell(row=r, column=9).fill = FILL[WORD_FILL[cur]]
                ws.cell(row=r, column=9).font = BOLD
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.freeze_panes = "A5"
        widths(ws, [6, 38, 50, 28, 11, 12, 12, 10, 10, 46])
    wb.save(os.path.join(HERE, "ia2-gloucestershire-county-council-asc-cqc-assessment-improvement-plan.xlsx"))


# =========================================================================== 2
def south_oxfordshire_ia():
    cols = 12
    rows = [
        ["South Oxfordshire District Council - Internal Audit recommendations tracker"],
        ["Agreed actions outstanding or completed since the last report - position at 31 January 2026 (Joint Audit and Governance Committee, 12 March 2026)"],
        [],
        ["Audit", "Assurance", "Rec ref", "Priority", "Recommendation", "Agreed action", "Responsible officer",
         "Original target date", "Revised target date", "RAG", "Status", "Management update"],
        ["Procurement and Contract Management 2024/25", "Limited", "PCM1", "High",
         "Maintain a complete contracts register and publish it in line with the Procurement Act 2023 transparency requirements.",
         "Contracts register to be rebuilt in the new e-tendering system, with all contracts over £5,000 recorded and a contract owner assigned.",
         "Procurement Manager", "30/09/2025", "31/03/2026", "A", "In progress - revised date",
         "Register 80% populated; data cleanse of legacy contracts continuing."],
        ["Procurement and Contract Management 2024/25", "Limited", "PCM2", "High",
         "Ensure waivers of Contract Procedure Rules are approved and reported as required.",
         "Waiver form to require Head of Legal and Democratic sign-off; quarterly waiver report to Joint Audit and Governance Committee.",
         "Procurement Manager / Head of Legal and Democratic", "31/07/2025", "", "B", "Complete",
         "New waiver form in use from July 2025; first quarterly report to committee September 2025."],
        ["Procurement and Contract Management 2024/25", "Limited", "PCM3", "Medium",
         "Contract managers should receive training on their contract management responsibilities.",
         "Deliver contract management training to all nominated contract managers, with attendance recorded.",
         "Procurement Manager", "31/12/2025", "", "R", "Overdue",
         "Training provider procured; first sessions booked for April 2026."],
        ["Cyber Security - Patch Management 2025/26", "Reasonable", "CYB1", "Medium",
         "Critical and high severity patches should be applied within 14 days of release.",
         "Implement automated patch deployment, with monthly exception reporting to the ICT Infrastructure Manager.",
         "ICT Infrastructure Manager", "28/02/2026", "", "G", "In progress",
         "Automated deployment live for servers; workstation rollout 70% complete."],
        ["Cyber Security - Patch Management 2025/26", "Reasonable", "CYB2", "Low",
         "Unsupported software should be removed or formally risk-accepted.",
         "Review the software inventory and record a risk acceptance for any unsupported application that cannot be removed.",
         "Head of ICT / Information Governance Officer", "Q4 2025/26", "", "G", "Not yet due", ""],
        ["Council Tax and Business Rates 2024/25", "Substantial", "CTB1", "Low",
         "Reconcile the valuation list to the billing system monthly.",
         "Monthly VOA schedule reconciliation to be evidenced and signed off by the Revenues Manager.",
         "Revenues Manager (Capita)", "31/10/2025", "", "B", "Complete",
         "Reconciliations evidenced for October to December 2025."],
        ["Disabled Facilities Grants 2024/25", "Limited", "DFG1", "High",
         "Grant approvals should be supported by a documented test of resources and two quotes.",
         "Introduce a DFG approval checklist and a 10% quarterly management sample check.",
         "Private Sector Housing Manager", "31/08/2025", "30/11/2025", "B", "Complete",
         "Checklist in use; Q3 sample check found no exceptions."],
        ["Disabled Facilities Grants 2024/25", "Limited", "DFG2", "Medium",
         "Payments to contractors should only be made on receipt of a completion certificate signed by the applicant.",
         "Update the payment procedure and system workflow so that payment cannot be released until a signed completion certificate is uploaded.",
         "Private Sector Housing Manager; Finance Systems Officer", "30/11/2025", "31/05/2026", "A", "In progress - revised date",
         "Procedure updated. System workflow change scheduled with the software supplier for May 2026."],
        [],
        ["Priority: High - fundamental weakness in control; Medium - significant weakness; Low - minor improvement to control"],
        ["RAG: B = complete; G = on track or not yet due; A = revised target date agreed; R = overdue with no revised date"],
    ]
    path = os.path.join(HERE, "ia2-south-oxfordshire-dc-internal-audit-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (cols - len(row)))


# =========================================================================== 3
def tonbridge_malling_vfm():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Annex 1")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Tonbridge and Malling Borough Council").runs[0].bold = True
    doc.add_heading("Progress with Recommendations from the Auditor’s Annual Report 2023/24 (Value for Money)", level=1)
    doc.add_paragraph("Audit Committee – 22 September 2025")
    doc.add_paragraph(
        "The external auditor’s Annual Report for 2023/24 identified one significant weakness in the Council’s "
        "arrangements for financial sustainability, resulting in a key recommendation, together with improvement "
        "recommendations on governance and on improving economy, efficiency and effectiveness. The tables below set "
        "out the actions agreed by Management Team and progress to date.")

    doc.add_paragraph("RAG status key").runs[0].bold = True
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (k, v, col) in enumerate([("RAG", "Meaning", "1F3864"),
                                     ("Blue", "Action complete", "0070C0"),
                                     ("Green", "On track to meet the target date", "00B050"),
                                     ("Amber", "Behind schedule – revised date proposed", "FFC000"),
                                     ("Red", "Not progressing – Management Team intervention required", "FF0000")]):
        cell_text(key.cell(i, 0), k, bold=True, colour="FFFFFF" if i == 0 else None)
        cell_text(key.cell(i, 1), v, bold=(i == 0), colour="FFFFFF" if i == 0 else None)
        shade(key.cell(i, 0), col)
        if i == 0:
            shade(key.cell(i, 1), col)

    sections = [
        ("Key recommendation 1 – Financial sustainability",
         "The Council should develop and agree a Savings and Transformation Strategy that identifies specific, "
         "deliverable savings to close the funding gap in the Medium Term Financial Strategy by 2027/28, and monitor "
         "delivery through regular reporting to Cabinet.",
         [("KR1.1", "Refresh the Savings and Transformation Strategy with a costed pipeline of savings for 2026/27 to 2027/28.",
           "Director of Finance and Transformation", "February 2026",
           "Draft pipeline of £1.1m identified; to Cabinet in December 2025 ahead of budget setting.", "Green"),
          ("KR1.2", "Introduce quarterly savings delivery monitoring to Cabinet alongside revenue budget monitoring.",
           "Director of Finance and Transformation / Head of Finance", "Q3 2025/26",
           "Complete – first combined report to Cabinet on 2 September 2025.", "Blue"),
          ("KR1.3", "Review the use of earmarked reserves to support the revenue budget and set a minimum level of general reserves in the MTFS.",
           "Head of Finance", "31 March 2026",
           "Reserves review under way as part of the 2026/27 budget cycle.", "Green")]),
        ("Improvement recommendation 1 – Governance",
         "The Council should strengthen its risk management arrangements so that the Strategic Risk Register records "
         "mitigating actions with owners and target dates, and is reviewed by Audit Committee at least twice a year.",
         [("IR1.1", "Revise the Risk Management Strategy and the Strategic Risk Register template.",
           "Chief Audit Executive", "July 2025",
           "Complete – revised strategy and template approved by Audit Committee July 2025.", "Blue"),
          ("IR1.2", "Deliver risk management training to Members of Audit Committee and to service managers.",
           "Chief Audit Executive", "November 2025",
           "Member session held 15 July 2025. Service manager sessions moved to January 2026 because of budget workload.", "Amber")]),
        ("Improvement recommendation 2 – Improving economy, efficiency and effectiveness",
         "The Council should put in place a procurement strategy and contract management framework that comply with "
         "the Procurement Act 2023, including a forward procurement pipeline.",
         [("IR2.1", "Adopt a Procurement Strategy 2025–2028 aligned to the Procurement Act 2023.",
           "Director of Central Services and Deputy Chief Executive", "December 2025",
           "Draft strategy considered by Management Team; Cabinet decision scheduled for 4 November 2025.", "Green"),
          ("IR2.2", "Publish a forward procurement pipeline and contracts register on the Council’s website.",
           "Procurement Officer", "Ongoing – updated quarterly",
           "Pipeline published June 2025 and refreshed September 2025.", "Green")]),
    ]
    fills = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, rec, actions in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2 + len(actions), cols=6)
        t.style = "Table Grid"
        cell_text(t.cell(0, 0), "Recommendation", bold=True)
        shade(t.cell(0, 0), "D9E1F2")
        m = t.cell(0, 1).merge(t.cell(0, 5))
        cell_text(m, rec)
        for j, h in enumerate(["Ref", "Action", "Responsible officer", "Target date", "Progress (September 2025)", "RAG"]):
            cell_text(t.cell(1, j), h, bold=True, colour="FFFFFF")
            shade(t.cell(1, j), "1F3864")
        for i, (ref, act, who, when, prog, rag) in enumerate(actions, start=2):
            for j, v in enumerate([ref, act, who, when, prog, rag]):
                cell_text(t.cell(i, j), v)
            shade(t.cell(i, 5), fills[rag])
        for row in t.rows:
            for j, wdt in enumerate([1.6, 7.5, 4.2, 2.6, 7.0, 1.8]):
                row.cells[j].width = Cm(wdt)
    doc.add_paragraph("")
    doc.add_paragraph("Agreed by Management Team, 9 September 2025. Next update to Audit Committee: January 2026.")
    doc.save(os.path.join(HERE, "ia2-tonbridge-malling-bc-auditors-annual-report-vfm-recommendations-action-plan.docx"))


# =========================================================================== 4
def carmarthenshire_ciw():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Carmarthenshire County Council / Cyngor Sir Gâr")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Communities Department – Integrated Services")
    doc.add_heading("Domiciliary Support Service – CIW Inspection Improvement Plan", level=1)

    cover = [("Service", "Carmarthenshire County Council Domiciliary Support Service (in-house) – Llanelli, Carmarthen and Dinefwr areas"),
             ("Inspection", "Full inspection, 10–12 June 2025 (unannounced)"),
             ("Report published", "29 July 2025"),
             ("Responsible Individual", "Head of Integrated Services"),
             ("Plan owner", "Registered Manager"),
             ("Last updated", "16/12/2025")]
    t = doc.add_table(rows=len(cover), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(cover):
        cell_text(t.cell(i, 0), k, bold=True, size=10)
        shade(t.cell(i, 0), "E2EFDA")
        cell_text(t.cell(i, 1), v, size=10)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Care Inspectorate Wales identified areas for improvement under the Care and Support and the Leadership and "
        "Management themes. No priority action notices were issued. Progress is reported monthly to the Responsible "
        "Individual and quarterly to the Health and Social Services Scrutiny Committee.")
    doc.add_paragraph("RAG: B – complete;  G – on track;  A – delayed, revised timescale agreed;  R – significant concern;  blank – not yet started")

    themes = [
        ("Care and Support", [
            ("Area for improvement 1 – Regulation 16 (Review of personal plans): Personal plans were not always reviewed with the individual at least every three months.",
             [("1.1", "Introduce a review schedule on the electronic care planning system that flags each personal plan four weeks before its three-monthly review is due.",
               "Registered Manager", "September 2025", "B"),
              ("1.2", "Area Co-ordinators to carry out reviews with the individual and/or their representative and record their views in the review section of the plan.",
               "Area Co-ordinators", "Ongoing", "G")]),
            ("Area for improvement 2 – Regulation 21 (Standards of care and support): Care workers did not consistently have adequate time to travel between calls, resulting in shortened calls.",
             [("2.1", "Re-design call rotas in the Llanelli area to include realistic travel time using the scheduling system’s mapping function.",
               "Scheduling Team Leader", "31/10/2025", "B"),
              ("2.2", "Monitor call duration monthly using electronic call monitoring data and address any calls under 85% of the commissioned time.",
               "Registered Manager / Area Co-ordinators", "Monthly", "G")]),
        ]),
        ("Leadership and Management", [
            ("Area for improvement 3 – Regulation 36 (Supporting and developing staff): Not all care staff had received three-monthly supervision and an annual appraisal.",
             [("3.1", "Produce a supervision matrix for all 148 care staff and complete all overdue supervisions.",
               "Registered Manager", "30/11/2025 (revised 31/01/2026)", "A"),
              ("3.2", "Train two additional senior carers as supervisors to increase supervision capacity.",
               "Workforce Development Officer", "January 2026", "G")]),
            ("Area for improvement 4 – Regulation 80 (Quality of care review): The six-monthly quality of care report did not include the views of people receiving the service and of staff.",
             [("4.1", "Send a questionnaire to people using the service, their families and staff before each quality of care review, and include an analysis of the responses in the report.",
               "Responsible Individual", "December 2025", "G"),
              ("4.2", "Publish the quality of care report in Welsh and English and share a summary with people using the service.",
               "Responsible Individual; Business Support Manager", "March 2026", "")]),
        ]),
    ]
    fills = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for theme, afis in themes:
        doc.add_heading(theme, level=2)
        n = 1 + sum(1 + len(a) for _, a in afis)
        t = doc.add_table(rows=n, cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(["No.", "Action", "Lead", "Timescale", "RAG"]):
            cell_text(t.cell(0, j), h, bold=True, colour="FFFFFF")
            shade(t.cell(0, j), "385623")
        r = 1
        for afi, acts in afis:
            m = t.cell(r, 0).merge(t.cell(r, 4))
            cell_text(m, afi, bold=True)
            shade(m, "E2EFDA")
            r += 1
            for ref, act, lead, when, rag in acts:
                for j, v in enumerate([ref, act, lead, when, rag]):
                    cell_text(t.cell(r, j), v)
                if rag:
                    shade(t.cell(r, 4), fills[rag])
                r += 1
        for row in t.rows:
            for j, wdt in enumerate([1.2, 8.0, 3.6, 2.8, 1.2]):
                row.cells[j].width = Cm(wdt)
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Head of Integrated Services (Responsible Individual)        Date: 16/12/2025")
    doc.save(os.path.join(HERE, "ia2-carmarthenshire-cc-domiciliary-support-service-ciw-inspection-improvement-plan.docx"))


# =========================================================================== 5
def kent_frs_values_culture():
    T = "\t"
    ncol = 10
    lines = [
        ["Kent Fire and Rescue Service – Values and Culture Action Tracker"],
        ["HMICFRS spotlight report: Values and culture in fire and rescue services (March 2023) – recommendations to chief fire officers"],
        ["Position at 31 January 2025. Status key: Complete = blue; On track = green; At risk = amber; Off track = red"],
        [],
        ["Rec", "Recommendation", "HMICFRS deadline", "Ref", "Action", "Owner", "Target date", "Revised target", "Status", "Latest update"],
        ["Raising concerns"],
        ["3", "By 1 June 2023, chief fire officers should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.",
         "01/06/2023", "3.1", "Review the support offered through Speak Up Guardians and the external confidential reporting line, including feedback from staff who have raised concerns.",
         "Head of People Services", "31/07/2023", "", "Complete", "Review reported to the Executive Leadership Team July 2023."],
        ["", "", "", "3.2", "Assign a named case-contact officer to every member of staff who raises a concern, with updates at least every 28 days.",
         "Head of Professional Standards", "31/03/2024", "", "Complete", "Case-contact role in the Professional Standards procedure from March 2024."],
        ["5", "By 1 June 2023, chief fire officers should make sure they provide accessible information for all staff and members of the public on how they can raise concerns and access confidential support.",
         "01/06/2023", "5.1", "Publish raising concerns guidance on the intranet and the public website in accessible formats.",
         "Corporate Communications Manager", "30/09/2023", "", "Complete", "Published September 2023; easy read version added."],
        ["Background checks"],
        ["9", "By 1 January 2024, chief fire officers should make sure all staff have an appropriate and up-to-date background check, repeated at least every three years.",
         "01/01/2024", "9.1", "Complete standard or enhanced DBS checks, according to role, for all existing operational and support staff.",
         "Head of People Services / Vetting Officer", "31/03/2024", "31/03/2025", "At risk", "94% of staff checked; remaining checks are for on-call staff and are being booked by station."],
        ["", "", "", "9.2", "Introduce a three-yearly re-check cycle recorded on the HR system.",
         "HR Systems Manager", "Jun-2025", "", "On track", "System change specified."],
        ["Misconduct"],
        ["14", "By 1 June 2023, chief fire officers should assure themselves that their misconduct processes are fair, consistent and timely, and that investigating officers are trained.",
         "01/06/2023", "14.1", "Train a pool of 20 accredited investigating officers and publish target timescales for investigations.",
         "Head of Professional Standards", "Q4 2024/25", "", "On track", "14 officers accredited; final cohort in February 2025."],
        ["Leadership and development"],
        ["20", "By 1 March 2024, chief fire officers should put in place a 360-degree feedback process for all senior leaders and managers.",
         "01/03/2024", "20.1", "Roll out 360-degree feedback to all Group Manager roles and above.",
         "Director of People and Culture", "31/03/2024", "", "Complete", "All Group Managers and above completed by March 2024."],
        ["", "", "", "20.2", "Extend 360-degree feedback to Station Manager and Watch Manager roles.",
         "Organisational Development Manager", "31/12/2024", "30/09/2025", "Off track", "Procurement of the 360 tool delayed; paper to Executive Leadership Team February 2025."],
        [],
        ["Summary: 8 actions – Complete 4; On track 2; At risk 1; Off track 1"],
        ["Recommendations directed at national bodies (Home Office, NFCC, LGA, Fire Standards Board) are not included in this tracker."],
    ]
    path = os.path.join(HERE, "ia2-kent-frs-hmicfrs-values-culture-recommendations-tracker.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in lines:
            if not row:
                f.write("\n")
                continue
            row = row + [""] * (ncol - len(row))
            f.write(T.join(row).rstrip("\t") + "\n")


# =========================================================================== 6
def chesterfield_rsh_refuse():
    wb = Workbook()
    ws = wb.active
    ws.title = "Housing Improvement Plan"
    ws["A1"] = "Chesterfield Borough Council – Housing Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Consumer Standards Improvement Plan 2025–2027"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Progress report to Cabinet – February 2026"
    ws["A3"].font = Font(italic=True)
    xl_row(ws, 5, ["Ref", "Workstream", "Action", "Lead officer", "Target date", "RAG", "Progress update"],
           font=WHITE_BOLD, fill=FILL["head"], align=CENTRE)
    rows = [
        ("Safety and Quality Standard",),
        ("1.1", "Stock condition", "Complete stock condition surveys, including an HHSRS assessment, to 100% of homes on a rolling five-year programme.",
         "Assistant Director – Housing", "Mar-2027", "G", "58% of homes surveyed in the last five years (target 70% by March 2026)."),
        ("1.2", "Fire safety", "Clear all overdue high-risk fire risk assessment actions.",
         "Building Safety Manager", "Sept 2025", "A", "Overdue high-risk actions reduced from 214 to 37; remaining actions need leaseholder access."),
        ("1.3", "Damp and mould", "Introduce a damp and mould case tracker with a 10 working day inspection standard and monthly reporting to the Housing Leadership Team.",
         "Repairs and Maintenance Manager", "0ct-2025", "B", "Tracker live; 92% of cases inspected within 10 working days in January."),
        ("1.4", "Electrical safety", "Achieve 100% of homes with an EICR less than five years old.",
         "Building Safety Manager / Electrical Compliance Officer", "Dec-2025", "A", "96.8% compliant; 291 homes outstanding, of which 120 are no-access cases."),
        ("Transparency, Influence and Accountability Standard",),
        ("2.1", "Tenant Satisfaction Measures", "Publish the 2024/25 TSM results and an action plan responding to the lowest-scoring measures.",
         "Housing Performance Manager", "Jun-2025", "B", "Published on the council website 27 June 2025."),
        ("2.2", "Tenant scrutiny", "Establish a Tenant Scrutiny Panel with a programme of two service reviews a year.",
         "Tenant Engagement Manager", "Jan-2026", "G", "Panel recruited (9 tenants); first review topic is the repairs service."),
        ("2.3", "Complaints", "Self-assess against the Housing Ombudsman Complaint Handling Code and report to Cabinet annually.",
         "Customer Services Manager", "Annually", "G", "2025 self-assessment reported to Cabinet July 2025."),
        ("Neighbourhood and Community Standard",),
        ("3.1", "Communal areas", "Carry out quarterly estate inspections of all blocks with tenant representatives.",
         "Estate Services Manager", "Quarterly", "G", "Q3 inspections completed for 41 of 44 blocks."),
        ("3.2", "Anti-social behaviour", "Review the ASB policy and case management procedure with tenants.",
         "Neighbourhoods Manager", "Mar-2026", "G", "Consultation with tenants closes 20 February 2026."),
    ]
    r = 6
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = BOLD
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = FILL["band"]
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            xl_row(ws, r, list(row))
            ws.cell(row=r, column=6).fill = FILL[WORD_FILL[row[5]]]
            ws.cell(row=r, column=6).alignment = CENTRE
        r += 1
    assert ws["E9"].value == "0ct-2025"  # the mistyped month sits on sheet row 9
    widths(ws, [6, 22, 56, 30, 12, 7, 50])
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk – mitigation in place"),
                                ("R", "Off track – escalated to Housing Improvement Board")], start=2):
        xl_row(key, i, [k, v])
        key.cell(row=i, column=1).fill = FILL[WORD_FILL[k]]
    key["A8"] = "Governance: Housing Improvement Board (monthly); Cabinet (quarterly); Tenants’ Forum (quarterly)."
    widths(key, [8, 60])
    wb.save(os.path.join(HERE, "ia2-chesterfield-bc-rsh-consumer-standards-housing-improvement-plan-typo-month-refuse.xlsx"))


# =========================================================================== 7
def vale_risk_register():
    wb = Workbook()
    hm = wb.active
    hm.title = "Summary"
    hm["A1"] = "Strategic risks – summary of current and target scores (Q3 2025/26)"
    hm["A1"].font = Font(bold=True, size=12)
    xl_row(hm, 3, ["Risk", "Current score", "Target score", "Direction of travel"], font=WHITE_BOLD, fill=FILL["head"])
    summary = [("SR1 Medium-term financial sustainability", 16, 9, "↔ No change"),
               ("SR2 Local government reorganisation", 12, 8, "↑ Increased"),
               ("SR3 Cyber security", 15, 10, "↔ No change"),
               ("SR4 Temporary accommodation demand", 16, 9, "↑ Increased")]
    for i, s in enumerate(summary, start=4):
        xl_row(hm, i, list(s))
        hm.cell(row=i, column=2).fill = FILL["red"] if s[1] >= 15 else FILL["amber"]
    widths(hm, [44, 14, 14, 20])

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = "Vale of White Horse District Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Strategic Risk Register – Quarter 3 2025/26 (as at 31 December 2025)"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reported to Joint Audit and Governance Committee, 12 March 2026"
    ws["A3"].font = Font(italic=True)

    # two-row grouped header (rows 5 and 6)
    top = {1: "Risk", 3: "Risk owner", 4: "Existing controls", 5: "Current risk", 8: "Direction of travel",
           9: "Further mitigating actions", 14: "Target score"}
    sub = {1: "Risk", 2: "Description (cause, event, consequence)", 5: "L", 6: "I", 7: "Score",
           9: "Ref", 10: "Action", 11: "Action owner", 12: "Target date", 13: "Action RAG"}
    for c in range(1, 15):
        for rr, src in ((5, top), (6, sub)):
            cell = ws.cell(row=rr, column=c, value=src.get(c))
            cell.font = WHITE_BOLD
            cell.fill = FILL["head"]
            cell.border = BOX
            cell.alignment = CENTRE
    ws.merge_cells("A5:B5")
    ws.merge_cells("C5:C6")
    ws.merge_cells("D5:D6")
    ws.merge_cells("E5:G5")
    ws.merge_cells("H5:H6")
    ws.merge_cells("I5:M5")
    ws.merge_cells("N5:N6")

    risks = [
        ("SR1 Medium-term financial sustainability",
         "Reductions in government funding following the Fair Funding Review, and cost pressures, mean the council cannot set a balanced budget from 2027/28, leading to unplanned service reductions.",
         "Chief Finance Officer",
         "MTFS updated annually; budget monitoring to Cabinet quarterly; reserves policy.",
         4, 4, 16, "↔ No change", 9,
         [("SR1.1", "Deliver the 2026/27 savings programme of £1.2m agreed by Council in February 2026.", "Chief Finance Officer", d(2027, 3, 31), "green"),
          ("SR1.2", "Model the impact of the Fair Funding Review settlement and update the MTFS.", "Head of Finance", d(2026, 2, 28), "green")]),
        ("SR2 Local government reorganisation",
         "Proposals for unitary local government in Oxfordshire divert management capacity and create uncertainty for staff and services, leading to loss of key staff and reduced performance.",
         "Chief Executive",
         "LGR programme board; joint working with the Oxfordshire districts; monthly staff briefings.",
         4, 3, 12, "↑ Increased", 8,
         [("SR2.1", "Submit the council’s final LGR proposal to government.", "Chief Executive", d(2025, 11, 28), "blue"),
          ("SR2.2", "Put in place an LGR workforce and retention plan, including staff engagement forums.", "Head of HR and Organisational Development", d(2026, 3, 31), "amber"),
          ("SR2.3", "Maintain service delivery plans for each service during the transition.", "Heads of Service", "Ongoing", "green")]),
        ("SR3 Cyber security",
         "A successful cyber attack causes loss of systems and data, preventing the delivery of services and resulting in regulatory action and reputational damage.",
         "Deputy Chief Executive – Transformation and Operations",
         "PSN compliance; multi-factor authentication; backups tested; mandatory staff e-learning.",
         3, 5, 15, "↔ No change", 10,
         [("SR3.1", "Complete the move to immutable cloud backups for all line-of-business systems.", "ICT Infrastructure Manager", d(2026, 1, 31), "red"),
          ("SR3.2", "Run a cyber incident exercise with the Corporate Leadership Team.", "ICT Security Officer / Emergency Planning Officer", "Q4 2025/26", "green")]),
        ("SR4 Temporary accommodation demand",
         "Rising homelessness and a shortage of affordable housing increase temporary accommodation costs and the use of bed and breakfast for families beyond six weeks.",
         "Head of Housing and Environment",
         "Homelessness prevention fund; TA procurement framework; weekly B&B monitoring.",
         4, 4, 16, "↑ Increased", 9,
         [("SR4.1", "Acquire 12 additional units of council-owned temporary accommodation through the Local Authority Housing Fund.", "Housing Needs Manager; Property Services Manager", d(2026, 9, 30), "amber"),
          ("SR4.2", "Review the homelessness prevention pathway with partners to increase prevention outcomes to 60%.", "Housing Needs Manager", d(2026, 5, 31), "green")]),
    ]
    r = 7
    for (risk, desc, owner, controls, L, I, score, dot, target, acts) in risks:
        first = r
        for (ref, act, aowner, tdate, rag) in acts:
            vals = [risk, desc, owner, controls, L, I, score, dot, ref, act, aowner, tdate, None, target] if r == first \
                else [None] * 8 + [ref, act, aowner, tdate, None, None]
            xl_row(ws, r, vals)
            ws.cell(row=r, column=13).fill = FILL[rag]
            r += 1
        last = r - 1
        for c in (1, 2, 3, 4, 5, 6, 7, 8, 14):
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        ws.cell(row=first, column=7).fill = FILL["red"] if score >= 15 else FILL["amber"]
        ws.cell(row=first, column=1).font = BOLD
    r += 1
    ws.cell(row=r, column=1, value="Action RAG (colour): Blue = complete; Green = on track; Amber = minor slippage; Red = significant slippage or overdue.").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Scores: Likelihood (L) x Impact (I), each 1–5. 15–25 red; 8–14 amber; 1–7 green. See 'Scoring key'.").font = Font(italic=True)
    widths(ws, [26, 40, 20, 32, 5, 5, 7, 13, 8, 46, 26, 12, 9, 9])
    ws.freeze_panes = "A7"

    k = wb.create_sheet("Scoring key")
    k["A1"] = "Risk scoring matrix"
    k["A1"].font = BOLD
    xl_row(k, 2, ["Impact \\ Likelihood", 1, 2, 3, 4, 5], font=BOLD, fill=FILL["grey"])
    for i in range(5, 0, -1):
        row = [i] + [i * j for j in range(1, 6)]
        rr = 3 + (5 - i)
        xl_row(k, rr, row)
        for j in range(1, 6):
            s = i * j
            k.cell(row=rr, column=1 + j).fill = FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"]
    widths(k, [20, 8, 8, 8, 8, 8])
    wb.save(os.path.join(HERE, "ia2-vale-of-white-horse-dc-strategic-risk-register-q3-2025-26.xlsx"))


if __name__ == "__main__":
    gloucestershire_asc()
    south_oxfordshire_ia()
    tonbridge_malling_vfm()
    carmarthenshire_ciw()
    kent_frs_values_culture()
    chesterfield_rsh_refuse()
    vale_risk_register()
    print("built 7 files in", HERE)
