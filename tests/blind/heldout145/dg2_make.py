"""Generator for the dg2- cases of heldout145 (plans outside children's services).

Run with /work/main/.venv/bin/python dg2_make.py ; writes the seven document files beside this script.
Each action tuple carries the cell values written into the document.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- 1 Hinckley & Bosworth internal audit
HB_NAME = "dg2-hinckley-bosworth-bc-internal-audit-recommendations-tracker.xlsx"
HB_SECTIONS = [
    ("Housing Rents (2023/24) \u2013 Limited Assurance", [
        ("HR/01", "High",
         "Rent arrears over 12 weeks should be reviewed monthly and escalated in line with the Income Management Policy.",
         "Monthly arrears review meeting to be established between the Income Team Leader and Housing Officers, with an escalation log kept.",
         "Income Team Leader", D(2024, 6, 30), D(2024, 9, 30), "Complete",
         "Monthly meetings in place since August 2024. Escalation log reviewed by Internal Audit in January 2025."),
        ("HR/02", "Medium",
         "The rent system (Orchard) should be reconciled to the general ledger monthly and the reconciliation signed off.",
         "Monthly reconciliation to be completed by Finance and independently reviewed and signed.",
         "Accountancy Manager / Housing Systems Officer", D(2024, 3, 31), D(2025, 3, 31), "Green",
         "Reconciliations completed for April to January; sign-off now evidenced on the shared drive."),
    ]),
    ("Section 106 Agreements (2023/24) \u2013 Limited Assurance", [
        ("S106/01", "High",
         "A complete register of S106 obligations should be maintained and reconciled to the financial ledger.",
         "Exacom to be implemented as the single register of S106 obligations, with a quarterly reconciliation to the ledger.",
         "Planning Manager (Development Management)", D(2024, 9, 30), D(2025, 6, 30), "Amber",
         "Exacom contract signed November 2024. Data migration under way with around 60% of historic agreements loaded."),
        ("S106/02", "Medium",
         "Monitoring fees should be invoiced promptly when trigger points are reached.",
         "Trigger monitoring to be added to the Exacom workflow and invoices raised within 14 days of a trigger being met.",
         "Planning Manager (Development Management)", D(2024, 9, 30), None, "Red",
         "Dependent on S106/01. A revised date will be proposed to the next Audit Committee."),
    ]),
    ("Cyber Security (2024/25) \u2013 Moderate Assurance", [
        ("CS/01", "Medium",
         "All staff and members should complete annual cyber awareness training.",
         "Mandatory e-learning module to be assigned through the learning system, with completion rates reported to SLT quarterly.",
         "ICT Manager; HR Manager", D(2024, 12, 31), None, "Green",
         "Module launched October 2024. 87% of staff have completed it; member completion stands at 64%."),
        ("CS/02", "Low",
         "Leavers' network accounts should be disabled on their last working day.",
         "HR leavers report to be sent to ICT weekly and accounts disabled on the leaving date.",
         "ICT Manager", D(2024, 10, 31), None, "Complete",
         "Weekly report in place. Sample test of 15 leavers found all accounts disabled on time."),
    ]),
    ("Council Tax (2024/25) \u2013 Reasonable Assurance", [
        ("CT/01", "Medium",
         "Single person discount entitlement should be reviewed annually.",
         "Annual single person discount review to be carried out using the National Fraud Initiative data matches.",
         "Revenues Manager", "Q1 2025/26", None, "Green",
         "Review scheduled to run alongside the NFI matches released in February."),
    ]),
]


def make_hb():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Outstanding recs"
    ws["A1"] = "Hinckley & Bosworth Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit \u2013 Outstanding Recommendations Tracker (Audit Committee, 24 March 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    heads = ["Ref", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "Status", "Progress Update (March 2025)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for si, (sec, rows) in enumerate(HB_SECTIONS):
        if si:
            r += 1  # blank row between audits
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = FILL["band"]
        r += 1
        for row in rows:
            ref, pri, rec, act, off, orig, rev, st, upd = row
            vals = [ref, pri, rec, act, off, orig, rev, st, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=r, column=8)
            sc.fill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"],
                       "Red": FILL["red"]}[st]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Red \u2013 target date passed / not progressing; Amber \u2013 in progress, "
            "revised date agreed; Green \u2013 on track to meet target date; Complete \u2013 implemented and verified by Internal Audit.")
    ws.cell(row=r + 1, column=1, value="Source: Internal Audit (Central Midlands Audit Partnership) follow-up, March 2025.")
    widths = [10, 10, 45, 45, 26, 14, 14, 11, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(p(HB_NAME))


# ---------------------------------------------------------------- 2 Wrekin Housing Group complaint handling
WH_NAME = "dg2-wrekin-housing-group-housing-ombudsman-complaint-handling-action-plan.xlsx"
WH_SECTIONS = [
    ("1. Definition of a complaint", [
        (1, "Refresh the complaints policy so that the definition of a complaint matches the Code wording, including complaints made on behalf of residents.",
         "SH", D(2025, 3, 31), "G", "Draft policy approved by Customer Committee in January; goes to Board in March."),
        (2, "Train contact centre staff to recognise expressions of dissatisfaction and log them as complaints rather than service requests.",
         "SH / KT", D(2025, 4, 30), "A", "Two of five training sessions delivered; remaining sessions delayed by vacancies in the team."),
    ]),
    ("3. Accessibility and awareness", [
        (3, "Publish the complaints policy, self-assessment and annual complaints performance report in a dedicated section of the website.",
         "JB", D(2024, 12, 31), "B", "Complete \u2013 live on the website since 2 December 2024."),
        (4, "Include complaints information in tenancy sign-up packs and in the tenant newsletter at least twice a year.",
         "JB", "Ongoing", "G", "Included in the Autumn newsletter; Spring edition in production."),
    ]),
    ("5. The complaint handling process", [
        (5, "Configure the CRM so that stage 1 acknowledgements are sent automatically within five working days.",
         "DM", D(2025, 6, 30), "", "Not started \u2013 awaiting the CRM upgrade."),
        (6, "Introduce a weekly case review of all complaints approaching their response deadline.",
         "KT", D(2025, 1, 31), "B", "Weekly review in place from January 2025."),
    ]),
    ("7. Putting things right", [
        (7, "Adopt the Ombudsman's remedies guidance and update the compensation policy to reflect it.",
         "Head of Customer Experience", D(2025, 5, 31), "R",
         "Compensation policy review postponed pending a Board workshop; a revised date will be set."),
        (8, "Report learning from complaints to the Customer Committee every quarter.",
         "SH", "Quarterly", "G", "Learning reports presented in November 2024 and February 2025."),
    ]),
    ("9. Scrutiny and oversight", [
        (9, "Appoint a Member Responsible for Complaints (MRC) from the Board and set out the role in the Board's terms of reference.",
         "Company Secretary", D(2024, 11, 30), "B", "MRC appointed at the Board meeting on 27 November 2024."),
    ]),
]


def make_wh():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Wrekin Housing Group"
    ws["A1"].font = Font(bold=True, size=14, color="006666")
    ws["A2"] = "Complaint Handling Code Self-Assessment 2024-25: Improvement Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Plan owner: Head of Customer Experience    Last updated: 14/02/2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Code section", "No.", "Action", "Owner", "Due", "RAG", "Update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="006666")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for sec, rows in WH_SECTIONS:
        start = r
        for no, act, own, due, rag, upd in rows:
            vals = [sec if r == start else None, no, act, own, due, rag or None, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            if rag:
                ws.cell(row=r, column=6).fill = {"R": FILL["red"], "A": FILL["amber"], "G": FILL["green"],
                                                 "B": FILL["blue"]}[rag]
                ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).font = Font(bold=True)
        ws.cell(row=start, column=1).fill = FILL["grey"]
    r += 1
    ws.cell(row=r, column=1, value="RAG key:  R = off track   A = some slippage   G = on track   B = complete").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [26, 6, 60, 16, 10, 7, 55]):
        ws.column_dimensions[col].width = w
    wb.save(p(WH_NAME))


# ---------------------------------------------------------------- 3 Hywel Dda Audit Wales tracker (refuse)
HD_NAME = "dg2-hywel-dda-uhb-audit-wales-structured-assessment-recommendations-tracker-typo-month-refuse.xlsx"
HD_ROWS = [
    ("Structured Assessment 2023", "R1",
     "The Health Board should strengthen the arrangements for tracking the implementation of audit recommendations.",
     "Audit tracker to be migrated to the Health Board's governance system with automatic reminders to leads.",
     "Director of Corporate Governance", "March 2025", "Complete",
     "Migrated in February 2025; reminders issued monthly."),
    ("Structured Assessment 2023", "R2",
     "The Health Board should ensure Board committee papers are received at least seven days before meetings.",
     "Introduce a paper deadline protocol and report compliance to the Audit and Risk Assurance Committee.",
     "Board Secretary", "December 2024", "Complete",
     "Protocol in place; compliance 92% in the last quarter."),
    ("Structured Assessment 2023", "R3",
     "The Health Board should develop a medium-term financial plan that sets out a route to financial balance.",
     "Develop a three-year financial plan aligned to the IMTP and the Targeted Intervention framework.",
     "Director of Finance", "June 2025", "Amber",
     "Draft plan shared with Welsh Government in April; further work needed on savings assumptions."),
    ("Structured Assessment 2023", "R4",
     "The Health Board should improve the quality of information on workforce in Board reports.",
     "Add vacancy, agency and sickness trend data to the integrated performance report.",
     "Director of Workforce and OD", "Sepetmber 2025", "Green",
     "Workforce dashboard in testing with the People, Planning and Performance Assurance Committee."),
    ("Structured Assessment 2023", "R5",
     "The Health Board should review its arrangements for managing risks that cross directorates.",
     "Refresh the Risk Management Framework and hold a Board development session on risk appetite.",
     "Director of Corporate Governance", "September 2025", "Green",
     "Board development session held 6 May 2025; framework redraft under way."),
    ("Review of Unscheduled Care 2024", "R1",
     "The Health Board should agree a single plan for reducing delayed discharges with its local authority partners.",
     "Agree a joint discharge improvement plan with Carmarthenshire, Ceredigion and Pembrokeshire councils.",
     "Director of Operations", "July 2025", "Amber",
     "Plan agreed with two of the three councils; Regional Partnership Board to consider in July."),
    ("Review of Unscheduled Care 2024", "R2",
     "The Health Board should report ambulance handover performance by site to the Board.",
     "Include site-level handover data in the integrated performance report.",
     "Director of Operations", "November 2024", "Complete",
     "Included from the November 2024 report onwards."),
]
HD_REFUSE_ROW = 8  # sheet row of R4 (header on row 4, first action on row 5)


def make_hd():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Hywel Dda University Health Board"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Wales Recommendations Tracker \u2013 Audit and Risk Assurance Committee, 17 June 2025"
    ws["A2"].font = Font(bold=True)
    heads = ["Audit Wales Report", "Rec No.", "Recommendation", "Management Response / Action",
             "Executive Lead", "Completion Date", "Status", "Progress"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="00558C")
        cell.border = BOX
        cell.alignment = WRAP
    for i, row in enumerate(HD_ROWS):
        r = 5 + i
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=7).fill = {"Complete": FILL["blue"], "Green": FILL["green"],
                                         "Amber": FILL["amber"]}[row[6]]
    assert ws.cell(row=HD_REFUSE_ROW, column=6).value == "Sepetmber 2025"
    for col, w in zip("ABCDEFGH", [24, 8, 48, 48, 28, 16, 11, 48]):
        ws.column_dimensions[col].width = w
    wb.save(p(HD_NAME))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------- 4 Watford CPC
WA_NAME = "dg2-watford-bc-corporate-peer-challenge-action-plan.docx"
WA_THEMES = [
    ("Finance and Shared Services", [
        ("2.1a", "Continue to develop the medium-term financial strategy to close the budget gap for 2025/26 and beyond.",
         [("Refresh the Medium Term Financial Strategy with scenario modelling and present it to Cabinet alongside the 2024/25 budget.",
           "Chief Finance Officer", "February 2024", "Complete",
           "MTFS approved by Council on 29 January 2024.")]),
        ("2.1b", "Set out a clear savings and income programme with named leads and milestones.",
         [("Establish a Financial Sustainability Programme Board and a savings tracker reported monthly to Corporate Management Team.",
           "Chief Finance Officer / Associate Director of Transformation", "April 2024", "Complete",
           "Programme Board meeting monthly since March 2024; tracker reported to CMT.")]),
        ("2.1c", "Review the council's reserves strategy to make sure reserves are held at a sustainable level.",
         [("Review earmarked reserves and set a minimum level for the general reserve in the Reserves Strategy.",
           "Chief Finance Officer", "Q3 2024/25", "Green",
           "Review under way; revised strategy will go to Cabinet with the budget.")]),
        ("2.2", "Review the governance and performance arrangements of the shared services partnership with Three Rivers District Council.",
         [("Commission an independent review of the shared services agreement and its cost-sharing model.",
           "Chief Executive", "June 2024 \u2013 December 2024", "Amber",
           "Reviewer appointed; report delayed to allow both councils' new leadership to contribute."),
          ("Agree a revised partnership agreement and performance framework with Three Rivers District Council.",
           "Chief Executive", "March 2025", "Amber",
           "Dependent on the independent review above.")]),
        ("2.4", "Make sure the capital programme is realistic and deliverable.",
         [("Re-profile the capital programme and introduce a gateway process for new capital schemes.",
           "Chief Finance Officer", "Sept 2024", "Complete",
           "Capital gateway introduced; re-profiled programme approved in July 2024.")]),
    ]),
    ("Brand and Engagement with our CVS Partners", [
        ("2.3", "Develop a clear place brand for Watford with partners and use it to promote the town.",
         [("Develop a place brand with businesses and partners and launch it with a campaign for residents and visitors.",
           "Associate Director of Communications and Engagement", "November 2024", "Green",
           "Brand agency appointed; partner workshops held in June and July.")]),
        ("2.6", "Strengthen the council's relationship with the community and voluntary sector.",
         [("Co-produce a new Voluntary Sector Compact with Watford CVS and review grant funding arrangements.",
           "Head of Community and Environmental Services", "31/03/2025", "Amber",
           "First compact workshop held; grants review to start once the budget is set.")]),
    ]),
    ("Risk Management", [
        ("2.5", "Embed a more consistent approach to risk management across the council.",
         [("Refresh the Risk Management Strategy and deliver risk training to managers and Audit Committee members.",
           "Associate Director of Corporate Strategy and Communications", "End of July 2024", "Complete",
           "Strategy approved by Audit Committee in July 2024; training delivered to 42 managers.")]),
    ]),
    ("People, Organisational Development and Skills", [
        ("2.7", "Develop a workforce strategy that addresses recruitment and retention in hard-to-fill roles.",
         [("Publish a workforce strategy including a grow-our-own apprenticeship offer and career pathways for hard-to-fill roles.",
           "Associate Director of Human Resources", "Ongoing", "Green",
           "Strategy published in May 2024; apprenticeship cohort starts in September.")]),
    ]),
]
RAG_HEX = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def make_wa():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Watford Borough Council \u2013 Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph(
        "The council invited the Local Government Association to carry out a Corporate Peer Challenge between "
        "14 and 17 November 2023. The peer team made seven recommendations, which the council has accepted in full. "
        "This action plan sets out how each recommendation will be taken forward, grouped under the themes used for "
        "the Progress Review. Progress is reported to Cabinet and to Overview and Scrutiny Committee.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document", "CPC Action Plan \u2013 progress update"), ("Version", "1.4"),
                                ("Date", "September 2024"), ("Owner", "Chief Executive")]):
        set_text(dc.cell(i, 0), k, bold=True)
        shade(dc.cell(i, 0), "D9D9D9")
        set_text(dc.cell(i, 1), v)
    doc.add_paragraph()
    heads = ["Rec", "LGA recommendation", "Action", "Lead", "Timescale", "RAG", "Progress (September 2024)"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_text(t.cell(0, c), h, bold=True, color="FFFFFF")
        shade(t.cell(0, c), "7030A0")
    for theme, recs in WA_THEMES:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_text(m, theme, bold=True, size=10)
        shade(m, "E4DFEC")
        for ref, rec, acts in recs:
            first = None
            for act, lead, when, rag, prog in acts:
                row = t.add_row()
                cells = row.cells
                if first is None:
                    set_text(cells[0], ref, bold=True)
                    set_text(cells[1], rec)
                    first = len(t.rows) - 1
                set_text(cells[2], act)
                set_text(cells[3], lead)
                set_text(cells[4], when)
                set_text(cells[5], rag)
                shade(cells[5], RAG_HEX[rag])
                set_text(cells[6], prog)
            if len(acts) > 1:
                idx = first
                for col in (0, 1):
                    t.cell(idx, col).merge(t.cell(idx + len(acts) - 1, col))
                # merge keeps the text of the first cell; tidy empty paragraphs left by merge
                for col in (0, 1):
                    c = t.cell(idx, col)
                    for par in list(c.paragraphs)[1:]:
                        if not par.text.strip():
                            par._element.getparent().remove(par._element)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete \u2013 action delivered; Green \u2013 on track; Amber \u2013 some risk to delivery; "
                      "Red \u2013 off track / not started.")
    doc.save(p(WA_NAME))


# ---------------------------------------------------------------- 5 Sevenoaks CSP DHR
SV_NAME = "dg2-sevenoaks-district-csp-dhr-daniel-action-plan.docx"
SV_RECS = [
    ("Sevenoaks District Council Housing should make sure that domestic abuse is routinely asked about when a household presents as homeless.",
     "Local", [
         ("1.1", "Add a routine enquiry question on domestic abuse to the homelessness triage form and train Housing Options officers in its use.",
          "Sevenoaks District Council (Housing)", "Triage form amended January 2024; 11 of 12 officers trained.", "31/03/2024", "Complete"),
         ("1.2", "Audit a sample of homelessness case files each quarter to check that routine enquiry is taking place.",
          "Sevenoaks District Council (Housing)", "First audit completed June 2024 (compliance 78%).", "Quarterly", "Green"),
     ]),
    ("Kent Police should ensure that officers attending domestic incidents record the presence of any older or dependent adults in the household.",
     "Local/Regional", [
         ("2.1", "Update the DA risk assessment briefing and the body-worn video checklist to prompt officers to record other adults in the household.",
          "Kent Police", "Briefing issued to West Division response teams.", "June 2024", "Complete"),
     ]),
    ("Agencies should improve information sharing where an adult with care and support needs is living with a perpetrator of domestic abuse.",
     "Local", [
         ("3.1", "Review the MARAC referral pathway with Adult Social Care so that adults with care and support needs are flagged at referral.",
          "Kent County Council Adult Social Care; Kent Police", "Pathway review meeting held; draft flowchart circulated.", "Q3 2024/25", "Amber"),
         ("3.2", "Deliver a learning briefing on this review to practitioners across the partnership.",
          "Sevenoaks District CSP", "Seven-minute briefing drafted; awaiting Home Office approval of the report.", "Within 3 months of publication", ""),
     ]),
    ("GP practices in the district should be reminded of the IRIS referral route for patients disclosing domestic abuse.",
     "Local", [
         ("4.1", "Circulate IRIS guidance to all GP practices in the district and include domestic abuse in the next protected learning time session.",
          "NHS Kent and Medway ICB", "Guidance circulated. Protected learning time session booked for October.", "October 2024", "Green"),
     ]),
    ("The Home Office should consider including older victims of domestic abuse in the national Domestic Abuse statutory guidance case studies.",
     "National", [
         ("5.1", "The Chair of the CSP to write to the Home Office setting out the learning from this review.",
          "Chair, Sevenoaks District CSP", "Letter to be sent on publication.", "Dec 2024", "Green"),
     ]),
]


def make_sv():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    par = doc.add_paragraph()
    run = par.add_run("Sevenoaks District Community Safety Partnership")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_heading("Domestic Homicide Review \u2013 \u2018Daniel\u2019: Action Plan", level=1)
    doc.add_paragraph("Overview report author: independent chair. Action plan agreed by the DHR panel on 12 December 2023; "
                      "progress reviewed by the CSP Domestic Abuse Sub-Group (last update: 9 September 2024).")
    heads = ["Recommendation", "Scope of recommendation (local / regional / national)", "No.", "Action to take",
             "Lead agency", "Key milestones achieved in enacting recommendation", "Target date", "RAG"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_text(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "BDD7EE")
    hexes = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "": None}
    for rec, scope, acts in SV_RECS:
        start = len(t.rows)
        for i, (no, act, lead, miles, when, rag) in enumerate(acts):
            cells = t.add_row().cells
            if i == 0:
                set_text(cells[0], rec)
                set_text(cells[1], scope)
            set_text(cells[2], no)
            set_text(cells[3], act)
            set_text(cells[4], lead)
            set_text(cells[5], miles)
            set_text(cells[6], when)
            set_text(cells[7], rag)
            if hexes[rag]:
                shade(cells[7], hexes[rag])
        if len(acts) > 1:
            for col in (0, 1):
                c = t.cell(start, col).merge(t.cell(start + len(acts) - 1, col))
                for par in list(c.paragraphs)[1:]:
                    if not par.text.strip():
                        par._element.getparent().remove(par._element)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action completed and evidenced; Green = on track; Amber = at risk of delay; "
                      "Red = overdue; blank = not yet started.")
    doc.save(p(SV_NAME))


# ---------------------------------------------------------------- 6 Crawley scrutiny (tab-separated text)
CR_NAME = "dg2-crawley-bc-scrutiny-damp-mould-review-recommendations-tracker.txt"
CR_ROWS = [
    ("1", "That all council homes with a reported damp or mould problem receive an inspection within 10 working days.",
     "Agreed", "Introduce a 10 working day inspection standard for damp and mould reports and monitor it through the repairs KPI report.",
     "Head of Crawley Homes", "Dec-24", "On track",
     "Standard introduced in July; 81% of August inspections within 10 days."),
    ("2", "That a dedicated damp and mould team is established within Crawley Homes.",
     "Agreed", "Recruit a damp and mould surveyor and two operatives funded from the HRA.",
     "Repairs Manager", "31/10/2024", "Complete",
     "Team in post from 2 September 2024."),
    ("3", "That tenants are given clear written advice on reducing condensation, in plain English and community languages.",
     "Agreed", "Produce a damp and mould advice leaflet and web page, translated into the five most requested languages.",
     "Tenancy Services Manager / Communications Manager", "Sept 2024 - March 2025", "Amber",
     "English leaflet published; translations delayed by procurement of the translation contract."),
    ("4", "That the Council's stock condition data is updated so that homes at high risk of damp can be identified.",
     "Agreed in part", "Commission a stock condition survey of 100% of general needs homes over three years, prioritising pre-1960 properties.",
     "Asset Manager", "March 2027", "On track",
     "Year 1 survey contract awarded; 1,140 homes surveyed to date."),
    ("5", "That Cabinet receives a six-monthly report on damp and mould cases and response times.",
     "Agreed", "Add a damp and mould section to the six-monthly Housing performance report to Cabinet.",
     "Head of Crawley Homes", "Ongoing", "On track",
     "First report to Cabinet in September 2024."),
    ("6", "That the Council reviews its approach to compensation where damp and mould has damaged tenants' belongings.",
     "Agreed", "Review the compensation policy against the Housing Ombudsman's spotlight report and remedies guidance.",
     "Head of Crawley Homes", "Jan-25", "Red",
     "Not yet started due to capacity; to be picked up by the new Complaints and Compliance Officer."),
]


def make_cr():
    lines = [
        "Crawley Borough Council",
        "Scrutiny Panel Review: Damp and Mould in Council Homes \u2013 Recommendations Tracker",
        "Update to Overview and Scrutiny Commission, 9 September 2024",
        "",
        "\t".join(["Rec No", "Scrutiny Panel Recommendation", "Cabinet Response", "Action", "Lead Officer",
                   "Deadline", "Status", "Update"]),
    ]
    for row in CR_ROWS:
        lines.append("\t".join(row))
    lines += ["", "Status: Complete / On track / Amber (some slippage) / Red (not progressing)"]
    with open(p(CR_NAME), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7 Devon & Cornwall Police custody (csv)
DC_NAME = "dg2-devon-cornwall-police-custody-inspection-action-plan.csv"
DC_ROWS = [
    ("R1.1", "Leadership, accountability and partnerships",
     "Cause of concern 1 \u2013 Recommendation: The force should make sure that it has enough trained custody staff to keep detainees safe at all times.",
     "Complete a custody demand and staffing review and present the findings to the Chief Officer Group.",
     "Supt Criminal Justice and Custody", "31/03/2024", "", "Complete",
     "Review presented 14 March 2024; uplift of 6 detention officers approved."),
    ("R1.2", "Leadership, accountability and partnerships",
     "Cause of concern 1 \u2013 Recommendation: The force should make sure that it has enough trained custody staff to keep detainees safe at all times.",
     "Recruit and train the additional detention officers agreed in the staffing review.",
     "Ch Insp Custody / HR Business Partner", "30/09/2024", "31/12/2024", "Amber",
     "Four of six officers recruited; two in initial training until November."),
    ("AFI 2", "Leadership, accountability and partnerships",
     "Area for improvement: The force should improve the quality assurance of custody records.",
     "Introduce a monthly dip sample of 20 custody records per suite, with findings reported to the Custody Strategic Board.",
     "Ch Insp Custody", "31/05/2024", "", "Complete",
     "Dip sampling in place since April; results reported to each Board."),
    ("AFI 3", "Pre-custody: first point of contact",
     "Area for improvement: The force should ensure that alternatives to custody are considered for children and vulnerable adults.",
     "Add a prompt on alternatives to custody to the arrest rationale template and brief response officers.",
     "Insp Custody (Exeter) / Insp Custody (Plymouth)", "30/06/2024", "", "Green",
     "Template updated; briefings delivered at Exeter and Plymouth, Bodmin to follow."),
    ("AFI 4", "In the custody suite: booking in, individual needs and legal rights",
     "Area for improvement: Detainees should have their rights explained in a way they understand, with interpreters used where needed.",
     "Re-issue guidance on the use of interpreters and easy-read rights leaflets at booking in.",
     "Ch Insp Custody", "31/08/2024", "", "Green",
     "Easy-read leaflet reprinted; telephone interpreting contract extended."),
    ("R5.1", "In the custody suite: risk assessment and safety",
     "Cause of concern 2 \u2013 Recommendation: The force should make sure that detainees are checked and roused in line with their assessed risk.",
     "Introduce a supervisory check of observation levels at each shift handover and record it on NICHE.",
     "Custody Inspectors", "31/01/2024", "", "Complete",
     "Handover checks in place and audited; compliance 96% in the last dip sample."),
    ("R5.2", "In the custody suite: risk assessment and safety",
     "Cause of concern 2 \u2013 Recommendation: The force should make sure that detainees are checked and roused in line with their assessed risk.",
     "Install cell-check sensors in the highest risk cells at each designated suite.",
     "Estates Manager (Police)", "30/11/2024", "30/06/2025", "Red",
     "Capital bid approved but installation delayed by supplier lead times."),
    ("AFI 6", "Release and transfer from custody",
     "Area for improvement: Pre-release risk assessments should address all identified risks and include support on release.",
     "Update the pre-release risk assessment to include referral to partner support services and train custody sergeants.",
     "Sgt Custody Training", "Ongoing", "", "Green",
     "Included in the custody refresher course; 54 sergeants trained to date."),
    ("AFI 7", "Health care",
     "Area for improvement: The force and health provider should make sure that detainees can continue prescribed medication.",
     "Agree a medicines continuity protocol with the custody healthcare provider.",
     "Ch Insp Custody; Healthcare Contract Manager", "Q2 2024/25", "", "Amber",
     "Draft protocol with the provider's clinical lead for sign-off."),
]


def make_dc():
    with open(p(DC_NAME), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Ref", "Inspection area", "Recommendation / AFI", "Action", "Action owner", "Target date",
                    "Revised target date", "RAG", "Latest update"])
        for row in DC_ROWS:
            w.writerow(row)


def main():
    make_hb()
    make_wh()
    make_hd()
    make_wa()
    make_sv()
    make_cr()
    make_dc()


if __name__ == "__main__":
    main()
