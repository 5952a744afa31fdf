"""Build the seven hz2 blind test files (set heldout268).

Run with: /work/main/.venv/bin/python hz2_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "C": BLUE,
        "Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE, "Complete": BLUE}


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, headings, fill=NAVY):
    for cell, h in zip(table.rows[0].cells, headings):
        set_cell(cell, h, bold=True)
        shade(cell, fill)
        for r in cell.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# ================================================================ 1. Manchester SAR (docx)
MSP_RECS = [
    ("Recommendation 1: Self-neglect and hoarding",
     "The MSP should assure itself that practitioners across the partnership recognise self-neglect as a "
     "safeguarding concern and know how to escalate cases where an adult declines support and risk is increasing.",
     [
         ("1.1", "Refresh the MSP Self-Neglect and Hoarding Guidance to include a clear escalation route to the "
                 "Managing High Risk Together pathway.",
          "MSP Business Manager", "31/03/2025",
          "Refreshed guidance approved by the MSP Executive on 18 March 2025 and published on the MSP website.",
          "Complete"),
         ("1.2", "Deliver multi-agency briefings on the refreshed guidance to frontline practitioners across the "
                 "partnership.",
          "MSP Learning and Development Lead / MCC Principal Social Worker", "June 2025",
          "Four lunchtime briefings booked for April and May 2025; 212 places taken so far.",
          "Green"),
     ]),
    ("Recommendation 2: Mental capacity and executive functioning",
     "Partner agencies should ensure that mental capacity assessments for adults who self-neglect consider "
     "executive functioning and are revisited when risk changes.",
     [
         ("2.1", "Audit a sample of 30 mental capacity assessments completed for adults who self-neglect, testing "
                 "whether executive functioning was considered.",
          "MLCO Head of Adult Social Work", "September 2025",
          "Audit tool agreed. Sample to be drawn in Q1 2025/26; start delayed by the move to the new case "
          "recording system.",
          "Amber"),
         ("2.2", "Include executive functioning in the MCA Level 2 training.\n"
                 "Evaluate its impact on practice through a practitioner survey six months after delivery.",
          "Named Nurse Safeguarding Adults (MFT); MCA Lead (MLCO)", "Dec 2025",
          "Training content revised. Survey design not yet started.",
          "Amber"),
     ]),
    ("Recommendation 3: Hospital discharge and housing",
     "Manchester University NHS Foundation Trust and housing partners should agree how information about risk "
     "is shared when an adult with no settled accommodation is discharged from hospital.",
     [
         ("3.1", "Agree a hospital discharge information-sharing protocol with the MCC Homelessness Service and "
                 "registered housing providers.",
          "MFT Head of Patient Flow / MCC Head of Homelessness", "30/06/2025",
          "Protocol drafted but not yet signed off by two housing providers. Escalated to the MSP Executive.",
          "Red"),
         ("3.2", "Registered housing providers to nominate a named safeguarding contact for hospital discharge "
                 "teams.",
          "Chair of the Manchester Housing Providers Partnership", "Ongoing",
          "11 of 14 providers have nominated a contact. Contact list held by the MFT safeguarding team.",
          "Green"),
     ]),
    ("Recommendation 4: Assurance and learning",
     "The MSP should monitor the implementation of this action plan and share the learning from this review "
     "across the partnership.",
     [
         ("4.1", "MSP Adults Quality Assurance Subgroup to receive a six-monthly assurance report on the "
                 "implementation of this action plan.",
          "Adults QA Subgroup Chair", "Six-monthly",
          "First report received January 2025. Next report due July 2025.",
          "Green"),
         ("4.2", "Publish a 7-minute briefing on the learning from SAR Adult J.",
          "MSP Business Unit", "Feb-25",
          "Briefing published 14 February 2025 and circulated in the MSP e-bulletin.",
          "Complete"),
     ]),
]


def make_msp():
    doc = Document()
    doc.add_paragraph("Manchester Safeguarding Partnership: Safeguarding Adults Review (Adult J) – Action Plan",
                      style="Title")
    doc.add_paragraph("Review commissioned: March 2023. Overview report published: 12 November 2024. "
                      "Progress position as at 31 March 2025.")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Status"])
    for row in [("0.3", "04/10/2024", "MSP Business Unit", "Draft for SAR Subgroup"),
                ("1.0", "12/11/2024", "MSP Business Unit", "Agreed by MSP Executive"),
                ("1.2", "02/04/2025", "MSP Business Unit", "Q4 2024/25 progress update")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("RAG rating key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning, colour in [("Blue", "Action complete and evidence of impact provided", BLUE),
                                  ("Green", "On track to complete by the target date", GREEN),
                                  ("Amber", "Some delay – recovery plan in place", AMBER),
                                  ("Red", "Off track or overdue – escalate to MSP Executive", RED)]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    for heading, rec_text, actions in MSP_RECS:
        doc.add_paragraph(heading, style="Heading 1")
        p = doc.add_paragraph()
        r = p.add_run(rec_text)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Target date", "Progress update (March 2025)", "RAG"])
        for ref, action, lead, target, progress, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, action, lead, target, progress, rag)):
                set_cell(c, v)
            shade(cells[5], FILL[rag])

    doc.add_paragraph("")
    doc.add_paragraph("Next review of this action plan: MSP SAR Subgroup, July 2025.")
    doc.save(out("hz2-manchester-safeguarding-partnership-sar-adult-j-action-plan.docx"))


# ================================================================ 2. Liverpool DHR (docx)
DHR_COLS = ["No.", "Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
            "Key milestones achieved in enacting recommendation", "Target date",
            "Date of completion and outcome", "Status"]

DHR_A = [
    ("Liverpool CSP to seek assurance that partner agencies routinely ask about domestic abuse when an adult "
     "presents in financial or housing crisis.", "Local",
     [
         ("1a", "Develop a routine enquiry prompt for use in housing options, welfare advice and debt advice "
                "services.",
          "Liverpool City Council – Housing Options",
          "Prompt drafted with Citizens Advice Liverpool (September 2024).", "December 2024",
          "05/12/2024 – prompt in use in Housing Options, Citizens Advice Liverpool and the council's welfare "
          "rights service.", "B"),
         ("1b", "Audit the use of the routine enquiry prompt after six months and report the findings to the "
                "Domestic Abuse Partnership Board.",
          "Liverpool CSP Domestic Abuse Coordinator", "Audit tool agreed.", "June 2025", "", "G"),
     ]),
    ("Partner agencies to improve the identification of economic abuse and coercive control experienced by "
     "older victims.", "Local",
     [
         ("2a", "Commission economic abuse training from Surviving Economic Abuse for frontline staff in adult "
                "social care, housing and primary care.",
          "Liverpool CSP", "Training dates secured for April and May 2025.", "Q4 2024/25",
          "Slipped from Q3 because of provider availability.", "A"),
         ("2b", "Add a coercive control and economic abuse prompt to the adult social care Care Act assessment "
                "template.",
          "Liverpool City Council (Adult Social Care)", "Wording agreed with the Principal Social Worker.",
          "March 2025", "Template change on hold until the replacement case management system goes live.", "R"),
     ]),
    ("The Home Office to consider including economic abuse by adult family members in the statutory guidance "
     "on controlling or coercive behaviour.", "National",
     [
         ("3a", "Chair of Liverpool CSP to write to the Home Office DHR team sharing this recommendation.",
          "Chair of Liverpool CSP", "", "On publication", "", ""),
     ]),
]

DHR_B = [
    ("Merseyside Police to ensure that officers attending domestic incidents involving older victims speak to "
     "the victim alone and complete a DASH risk assessment.", "Local",
     [
         ("4a", "Issue a force-wide practice note to response officers on speaking to victims alone.",
          "Merseyside Police – Public Protection Unit", "Practice note drafted and approved.", "31/10/2024",
          "21/10/2024 – practice note issued to all response officers.", "B"),
         ("4b", "Dip-sample 50 domestic incidents involving victims aged 60 and over to test compliance.",
          "Detective Superintendent Public Protection", "Sample selected.", "April 2025", "", "G"),
     ]),
    ("Mersey Care NHS Foundation Trust to ensure community mental health teams record the details of carers and "
     "significant others and consider their needs.", "Local",
     [
         ("5a", "Update the CMHT care coordination standard operating procedure to require carer details and a "
                "carer's assessment offer.",
          "Mersey Care Associate Director of Safeguarding", "SOP consultation completed.", "Jan 2025",
          "28/01/2025 – SOP version 4 approved by the Trust Safeguarding Group.", "B"),
     ]),
    ("Liverpool GP practices to record domestic abuse disclosures using consistent clinical codes.", "Local",
     [
         ("6a", "Circulate guidance on SNOMED coding of domestic abuse to all Liverpool GP practices and discuss "
                "it at the GP safeguarding leads forum.",
          "Named GP for Safeguarding Adults / ICB Liverpool Place Safeguarding Team",
          "Guidance drafted.", "May 2025", "Forum date moved to May 2025.", "A"),
     ]),
]


def dhr_table(doc, recs):
    t = doc.add_table(rows=1, cols=len(DHR_COLS))
    t.style = "Table Grid"
    header_row(t, DHR_COLS)
    for rec_text, scope, actions in recs:
        first_row_idx = len(t.rows)
        for (no, action, lead, milestones, target, done, status) in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, (no, rec_text, scope, action, lead, milestones, target, done, status)):
                set_cell(c, v)
            if status:
                shade(cells[8], FILL[status])
        last_row_idx = len(t.rows) - 1
        if last_row_idx > first_row_idx:
            for col in (1, 2):
                top = t.cell(first_row_idx, col)
                merged = top.merge(t.cell(last_row_idx, col))
                set_cell(merged, rec_text if col == 1 else scope)
    return t


def make_dhr():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Liverpool Community Safety Partnership – Domestic Homicide Review 'Maria' Action Plan",
                      style="Title")
    doc.add_paragraph("Overview report approved by the Home Office Quality Assurance Panel on 9 July 2024. "
                      "The action plan is owned by the Liverpool CSP Domestic Abuse Partnership Board and "
                      "progress is reviewed at each Board meeting.")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Updated by", "Comments"])
    for row in [("1.0", "15/08/2024", "DA Coordinator", "Action plan agreed by CSP"),
                ("1.1", "20/02/2025", "DA Coordinator", "Progress update for DAPB")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("Status: B = complete; G = on track; A = some slippage; R = off track / not progressing.")

    doc.add_paragraph("Section A: Overview Report recommendations", style="Heading 1")
    dhr_table(doc, DHR_A)
    doc.add_paragraph("")
    doc.add_paragraph("Section B: Single agency recommendations", style="Heading 1")
    dhr_table(doc, DHR_B)
    doc.add_paragraph("")
    doc.add_paragraph("Single agency actions are monitored by each agency and reported to the Domestic Abuse "
                      "Partnership Board by exception.")
    doc.save(out("hz2-liverpool-csp-dhr-maria-action-plan.docx"))


# ================================================================ 3. NHS Northamptonshire ICB action log (csv, refuse)
def make_icb_csv():
    rows = [
        ["NHS Northamptonshire Integrated Care Board – Board Meeting in Public: Action Log", "", "", "", "", "", "", ""],
        ["Open and recently closed actions, updated 5 March 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action No.", "Meeting date", "Minute ref", "Action", "Owner", "Due date", "Status", "Update"],
        ["BD/24/031", "28/03/2024", "ICB/24/045",
         "Bring the Primary Care Access Recovery Plan progress report to a future Board meeting.",
         "Director of Primary Care", "Sep-24", "Closed", "Presented at the Board on 26 September 2024."],
        ["BD/24/044", "27/06/2024", "ICB/24/071",
         "Provide a breakdown of the elective recovery trajectory by place (North and West Northamptonshire).",
         "Chief Finance Officer", "Nov-24", "Closed", "Included in the month 7 finance and performance report."],
        ["BD/24/052", "26/09/2024", "ICB/24/098",
         "Arrange a Board development session on the Joint Forward Plan refresh.",
         "Director of Strategy and Partnerships", "Jan-25", "Closed", "Session held on 16 January 2025."],
        ["BD/24/063", "28/11/2024", "ICB/24/121",
         "Share the outcome of the system winter plan stress test with Board members.",
         "Chief Operating Officer", "Febuary-25", "Open", "Stress test scheduled for 11 February 2025."],
        ["BD/24/066", "28/11/2024", "ICB/24/125",
         "Review the maternity and neonatal risks on the corporate risk register, including the Kettering "
         "and Northampton LMNS oversight arrangements.",
         "Chief Nursing Officer / Medical Director", "Mar-25", "Open", "Deep dive booked for Quality and "
         "Performance Committee, 20 March 2025."],
        ["BD/25/004", "30/01/2025", "ICB/25/009",
         "Publish the refreshed Board Assurance Framework on the ICB website.",
         "Director of Corporate Affairs", "Mar-25", "Open", "Awaiting final sign-off by the Audit Committee."],
        ["BD/25/007", "30/01/2025", "ICB/25/014",
         "Report staff survey results and the ICB's people plan response to the Board.",
         "Chief People Officer", "May-25", "Open", ""],
        ["", "", "", "", "", "", "", ""],
        ["Status: Open = in progress; Closed = complete (closed actions are removed after the next meeting).",
         "", "", "", "", "", "", ""],
    ]
    with open(out("hz2-nhs-northamptonshire-icb-board-action-log-typo-month-refuse.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ================================================================ xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(fill_type="solid", start_color=hex_colour, end_color=hex_colour)


def put_row(ws, r, values, bold=False, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if border:
            cell.border = BOX
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"


def head(ws, r, values):
    put_row(ws, r, values, bold=True)
    for c in range(1, len(values) + 1):
        ws.cell(row=r, column=c).fill = fill(NAVY)
        ws.cell(row=r, column=c).font = Font(bold=True, color="FFFFFF")


def D(y, m, d):
    return dt.datetime(y, m, d)


# ================================================================ 4. Countess of Chester maternity plan (xlsx)
COCH_TITLE = "Countess of Chester Hospital NHS Foundation Trust – Maternity and Neonatal Improvement Plan 2024–2026"
COCH = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("1.1", "Co-produce a revised birth reflections service with the Maternity and Neonatal Voices "
                "Partnership (MNVP).", "Consultant Midwife", D(2024, 9, 30), D(2025, 1, 31),
         "Service relaunched 20 January 2025 with MNVP-designed feedback form.", "Launch report to MNSG", "B"),
        ("1.2", "Publish translated antenatal information in the five most-spoken community languages in West "
                "Cheshire.", "Patient Experience Lead Midwife / MNVP Chair", D(2025, 3, 31), None,
         "Polish and Arabic versions complete; three languages in translation.", "Website links", "G"),
        ("1.3", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) so that 95% of women "
                "attending triage are assessed within 15 minutes.", "Maternity Triage Lead Midwife",
         D(2024, 12, 31), D(2025, 6, 30),
         "BSOTS live since November 2024; compliance 81% in December. Estates work for a second assessment "
         "room delayed.", "Triage audit", "A"),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "Recruit to the funded midwifery establishment identified in the 2024 Birthrate Plus review.",
         "Head of Midwifery", D(2025, 3, 31), None,
         "Vacancy 9.4 WTE; 6 WTE newly qualified midwives start in March 2025.", "Safe staffing report", "A"),
        ("2.2", "Launch a preceptorship and legacy mentor scheme for newly qualified midwives.",
         "Practice Development Midwife", D(2024, 10, 31), None,
         "Scheme launched October 2024; 12 preceptees enrolled.", "Scheme handbook", "B"),
        ("2.3", "Achieve 90% compliance with PROMPT multidisciplinary emergency training for all staff groups.\n"
                "Report compliance monthly to the Maternity and Neonatal Safety Group.",
         "Clinical Director for Obstetrics; Practice Development Midwife", D(2025, 3, 31), None,
         "Obstetric consultant compliance 68%; anaesthetic compliance 54%. Additional dates added but "
         "90% will not be reached by March.", "Training dashboard", "R"),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3.1", "Complete the Perinatal Culture and Leadership Programme and share the culture survey results "
                "with all staff.", "Perinatal Quadrumvirate", D(2024, 11, 30), D(2025, 4, 30),
         "Survey closed; results session for staff planned for April 2025.", "SCORE survey report", "G"),
        ("3.2", "Move all maternity incident reviews to PSIRF, with family involvement in every PSII.",
         "Maternity Governance Lead", D(2024, 6, 30), None,
         "All reviews since July 2024 under PSIRF; family liaison role in post.", "PSIRF plan", "B"),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
        ("4.1", "Implement all six elements of Saving Babies' Lives Care Bundle version 3 and evidence "
                "compliance through the Maternity Incentive Scheme.",
         "Director of Midwifery and Neonatal Services", D(2025, 3, 31), None,
         "Elements 1–5 at or above 80% compliance; element 6 action plan agreed with the LMNS.",
         "SBLCBv3 tool", "G"),
        ("4.2", "Replace the paper partogram with the BadgerNet electronic maternity record on the delivery "
                "suite.", "Lead Midwife for Digital Maternity", D(2025, 5, 31), None,
         "Not started – dependent on the BadgerNet upgrade in April 2025.", "", None),
    ]),
]


def make_coch():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = COCH_TITLE
    cover["A1"].font = Font(bold=True, size=14)
    cover["A3"] = "Executive lead: Director of Nursing and Quality"
    cover["A4"] = "Reporting to: Quality, Safety and Patient Experience Committee (monthly)"
    cover["A5"] = "Position as at: 31 January 2025"
    head(cover, 7, ["Version", "Date", "Changes"])
    for i, row in enumerate([("1.0", D(2024, 4, 25), "Plan approved by Trust Board"),
                             ("1.4", D(2024, 12, 16), "Revised dates agreed at MNSG"),
                             ("1.5", D(2025, 2, 3), "January 2025 progress update")], start=8):
        put_row(cover, i, list(row))
    cover.column_dimensions["A"].width = 12
    cover.column_dimensions["B"].width = 14
    cover.column_dimensions["C"].width = 40

    key = wb.create_sheet("BRAG key")
    head(key, 1, ["Colour", "Meaning"])
    for i, (colour, meaning) in enumerate([(BLUE, "Complete and evidenced"),
                                           (GREEN, "On track to deliver by the completion date"),
                                           (AMBER, "At risk of delay – mitigation in place"),
                                           (RED, "Off track or overdue – escalated to MNSG"),
                                           (None, "No colour – not yet started")], start=2):
        put_row(key, i, ["", meaning])
        if colour:
            key.cell(row=i, column=1).fill = fill(colour)
    key.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Improvement Plan")
    ncol = 8
    ws["A1"] = COCH_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Progress position: January 2025"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    head(ws, 4, ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date",
                 "Progress update", "Evidence", "BRAG"])
    r = 5
    for theme, actions in COCH:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1).fill = fill(GREY)
        r += 1
        for ref, action, lead, orig, rev, progress, evidence, brag in actions:
            put_row(ws, r, [ref, action, lead, orig, rev, progress, evidence, None])
            if brag:
                ws.cell(row=r, column=8).fill = fill(FILL[brag])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised completion dates were agreed by the Maternity and Neonatal "
                                   "Safety Group (MNSG) on 16 December 2024.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    for col, width in zip("ABCDEFGH", (6, 55, 30, 14, 14, 45, 20, 8)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A5"

    summ = wb.create_sheet("Summary")
    head(summ, 1, ["BRAG", "Number of actions"])
    for i, (label, n) in enumerate([("Blue", 3), ("Green", 3), ("Amber", 2), ("Red", 1),
                                    ("Not started", 1), ("Total", 10)], start=2):
        put_row(summ, i, [label, n])
    wb.active = 2
    wb.save(out("hz2-countess-of-chester-hospital-maternity-neonatal-improvement-plan.xlsx"))


# ================================================================ 5. Bolsover strategic risk register (xlsx)
BOL = [
    ("SR1 – Financial sustainability: failure to deliver a balanced budget and a sustainable Medium Term "
     "Financial Strategy",
     "Risk owner: Section 151 Officer     Residual score: 16 (High)     Target score: 9", [
         ("SR1.1", "Deliver the £1.2m savings in the 2025/26 budget identified through the Business "
                   "Transformation Programme.", "Head of Finance and Resources", D(2025, 2, 28), "A", "G",
          "Savings proposals included in the draft budget considered by Executive on 6 January 2025."),
         ("SR1.2", "Review fees and charges and the commercial property portfolio to identify additional "
                   "income.", "Assistant Director of Property and Commercial Services", "Mar-25", "A", "A",
          "Fees and charges review complete; portfolio review awaiting valuation advice."),
     ]),
    ("SR2 – Cyber security: loss of ICT systems or data following a cyber attack",
     "Risk owner: Strategic Director of Resources     Residual score: 15 (High)     Target score: 10", [
         ("SR2.1", "Complete the remediation actions from the 2024 IT Health Check penetration test.",
          "Joint ICT Service Manager", D(2025, 6, 30), "R", "A",
          "14 of 22 remediation items closed; remaining items need the firewall replacement."),
         ("SR2.2", "Maintain mandatory cyber awareness e-learning for all staff and members with at least 95% "
                   "completion.", "Joint ICT Service Manager / HR Manager", "Ongoing", "G", "G",
          "Completion 96% (staff) and 88% (members)."),
         ("SR2.3", "Test the ICT disaster recovery plan with a full failover exercise.", "JS/RK", "Jan-25",
          "A", "R", "Exercise postponed twice because of supplier availability; new date not yet agreed."),
     ]),
    ("SR3 – Housing regulation: failure to meet the Regulator of Social Housing consumer standards",
     "Risk owner: Strategic Director of Place     Residual score: 12 (Medium)     Target score: 8", [
         ("SR3.1", "Complete stock condition surveys on 100% of council homes.",
          "Assistant Director of Housing Management and Enforcement", D(2025, 12, 31), "A", "A",
          "3,120 of 5,030 homes surveyed (62%)."),
         ("SR3.2", "Publish the 2023/24 Tenant Satisfaction Measures results.", "Housing Performance Officer",
          D(2024, 9, 30), "G", "B", "Published on the council website in September 2024."),
     ]),
    ("SR4 – Workforce: inability to recruit and retain staff in key and specialist roles",
     "Risk owner: Chief Executive     Residual score: 12 (Medium)     Target score: 6", [
         ("SR4.1", "Implement the Recruitment and Retention Strategy, including market supplements for "
                   "hard-to-fill posts.", "Head of Human Resources", "Q4 2024/25", "A", "G",
          "Market supplement policy approved by Employment Committee in November 2024."),
         ("SR4.2", "Introduce succession plans for all single-point-of-failure roles.", "Chief Executive", "TBC",
          None, "Not started", "To be scoped after the senior management restructure."),
     ]),
]


def make_bolsover():
    wb = Workbook()
    hm = wb.active
    hm.title = "Risk Heat Map"
    hm["A1"] = "Bolsover District Council – Strategic Risk Register"
    hm["A1"].font = Font(bold=True, size=14)
    hm["A2"] = "Residual risk heat map – Quarter 3 2024/25"
    head(hm, 4, ["Likelihood \\ Impact", "1 Minimal", "2 Minor", "3 Moderate", "4 Major", "5 Severe"])
    grid = {4: {4: "SR1"}, 5: {3: "SR2"}, 3: {4: "SR3, SR4"}}
    for i, lik in enumerate([5, 4, 3, 2, 1], start=5):
        row = [f"{lik}"] + [grid.get(lik, {}).get(imp, "") for imp in range(1, 6)]
        put_row(hm, i, row)
        for imp in range(1, 6):
            score = lik * imp
            colour = RED if score >= 15 else AMBER if score >= 8 else GREEN
            hm.cell(row=i, column=imp + 1).fill = fill(colour)
    hm["A11"] = "Scores: 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green)"

    ws = wb.create_sheet("Strategic Risk Register")
    ncol = 7
    ws["A1"] = "Bolsover District Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 3 2024/25 (position at 31 December 2024) – reported to Audit Committee, "
                "29 January 2025")
    head(ws, 4, ["Ref", "Further mitigating action", "Action owner", "Target date", "Previous RAG (Q2)",
                 "Current RAG (Q3)", "Progress commentary"])
    r = 5
    for heading, detail, actions in BOL:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("BDD7EE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        ws.cell(row=r, column=1, value=detail).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for ref, action, owner, target, prev, cur, comm in actions:
            put_row(ws, r, [ref, action, owner, target, prev, cur, comm])
            for col, v in ((5, prev), (6, cur)):
                if v in FILL:
                    ws.cell(row=r, column=col).fill = fill(FILL[v])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: R – action overdue or off track; A – action at risk of slipping; "
                                   "G – action on track; B – action complete")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    for col, width in zip("ABCDEFG", (8, 55, 32, 12, 10, 10, 50)):
        ws.column_dimensions[col].width = width
    wb.save(out("hz2-bolsover-dc-strategic-risk-register-q3-2024-25.xlsx"))


# ================================================================ 6. Lancashire transformation highlight report (xlsx)
LCC_TITLE = "Lancashire County Council – Transformation Programme Highlight Report"
LCC = [
    ("Workstream 1: Customer Access and Digital", "Director of Digital Services", [
        ("CAD-01", "Launch the new customer contact platform for highways and waste enquiries.",
         "Head of Customer Access", D(2024, 9, 30), D(2024, 11, 30), "Complete",
         "Live from 18 November 2024; 41% of highways reports now made online."),
        ("CAD-02", "Move 60% of blue badge applications from telephone to the online self-service form.",
         "Head of Customer Access / Digital Product Manager", D(2025, 3, 31), D(2025, 3, 31), "Green",
         "Currently 52%; assisted digital sessions running in libraries."),
        ("CAD-03", "Decommission the legacy CRM system.", "Head of ICT Architecture", D(2025, 1, 31),
         D(2025, 7, 31), "Red",
         "Data migration defects found in testing; revised plan to Programme Board in February."),
    ]),
    ("Workstream 2: Adult Social Care – Promoting Independence", "Director of Adult Social Care", [
        ("ASC-01", "Expand reablement capacity by 20% to reduce the number of long-term home care starts.",
         "Head of Reablement Services", D(2024, 12, 31), D(2025, 3, 31), "Amber",
         "Capacity up 12%; recruitment campaign extended."),
        ("ASC-02", "Deliver strengths-based practice training to all social work teams.",
         "Principal Social Worker", D(2024, 10, 31), None, "Complete",
         "All 38 teams trained by 25 October 2024."),
        ("ASC-03", "Make technology enabled care (TEC) the first offer for people leaving hospital.",
         "Jane Holt and Amir Khan", D(2025, 6, 30), D(2025, 6, 30), "Green",
         "Pilot live at Royal Preston Hospital; roll-out to Blackburn in April."),
    ]),
    ("Workstream 3: Property and Estates Rationalisation", "Director of Strategic Assets", [
        ("PE-01", "Complete the office accommodation review and agree the disposal list with Cabinet.",
         "Director of Strategic Assets", D(2024, 11, 30), D(2025, 2, 28), "Amber",
         "Cabinet report moved to the March meeting."),
        ("PE-02", "Vacate and dispose of three surplus office buildings in Preston.", "Head of Estates",
         D(2025, 9, 30), D(2025, 9, 30), None, "Not started – dependent on PE-01."),
        ("PE-03", "Deliver £0.9m annual running-cost savings from the corporate estate.",
         "Head of Estates; Finance Business Partner", "Q4 2025/26", "Q4 2025/26", "Green",
         "£0.35m secured to date."),
    ]),
    ("Workstream 4: Children's Placement Sufficiency", "Executive Director of Education and Children's Services", [
        ("CPS-01", "Open two new in-house children's homes with four beds each.", "Head of Residential Services",
         D(2025, 3, 31), D(2025, 9, 30), "Red",
         "Ofsted registration for the first home delayed; second property still in planning."),
        ("CPS-02", "Recruit 40 additional mainstream foster carers through the Foster Lancashire campaign.",
         "Fostering Recruitment Manager", D(2025, 3, 31), D(2025, 3, 31), "Amber",
         "27 approved or in assessment."),
    ]),
]


def make_lancs():
    wb = Workbook()
    dash = wb.active
    dash.title = "Dashboard"
    dash["A1"] = LCC_TITLE
    dash["A1"].font = Font(bold=True, size=14)
    dash["A2"] = "Reporting period: January 2025     Programme Board: 11 February 2025"
    dash["A3"] = "Overall programme status:"
    dash["C3"] = "Amber"
    dash["C3"].fill = fill(AMBER)
    head(dash, 5, ["Workstream", "SRO", "Milestones", "Complete", "Green", "Amber", "Red", "Not started",
                   "Workstream RAG"])
    r = 6
    for heading, sro, ms in LCC:
        statuses = [m[5] for m in ms]
        counts = [statuses.count(s) for s in ("Complete", "Green", "Amber", "Red")] + [statuses.count(None)]
        rag = "Red" if "Red" in statuses else "Amber" if "Amber" in statuses else "Green"
        put_row(dash, r, [heading, sro, len(ms)] + counts + [rag])
        dash.cell(row=r, column=9).fill = fill(FILL[rag])
        r += 1
    total = sum(len(m) for _, _, m in LCC)
    every = [m[5] for _, _, ms in LCC for m in ms]
    put_row(dash, r, ["Total", "", total] + [every.count(s) for s in ("Complete", "Green", "Amber", "Red", None)]
            + [""], bold=True)
    r += 2
    dash.cell(row=r, column=1, value="RAG key: Green – on track; Amber – at risk, recovery in hand; "
                                     "Red – off track, Programme Board decision needed; Blue/Complete – delivered")
    dash.cell(row=r + 1, column=1, value="Key message: two milestones are off track (CAD-03 and CPS-01); "
                                         "revised plans will be presented to Programme Board.")
    for col, width in zip("ABCDEFGHI", (48, 40, 11, 10, 8, 8, 8, 11, 14)):
        dash.column_dimensions[col].width = width

    ws = wb.create_sheet("Milestone Tracker")
    ncol = 7
    ws["A1"] = "Milestone tracker – January 2025"
    ws["A1"].font = Font(bold=True, size=13)
    head(ws, 3, ["Ref", "Milestone", "Milestone owner", "Baseline date", "Forecast date", "Status",
                 "Commentary"])
    r = 4
    for heading, _sro, ms in LCC:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for ref, text, owner, base, fc, status, comm in ms:
            put_row(ws, r, [ref, text, owner, base, fc, status, comm])
            if status:
                ws.cell(row=r, column=6).fill = fill(FILL[status])
            r += 1
    for col, width in zip("ABCDEFG", (9, 55, 34, 13, 13, 11, 50)):
        ws.column_dimensions[col].width = width
    wb.save(out("hz2-lancashire-county-council-transformation-programme-highlight-report.xlsx"))


# ================================================================ 7. Stoke-on-Trent Safer City Partnership plan (txt)
SOT = [
    ("Priority 1: Tackling serious violence and knife crime", [
        ("1.1", "Deliver year 2 of the Staffordshire and Stoke-on-Trent Serious Violence Duty strategy, including "
                "the Hanley town centre hotspot patrol plan.", "Staffordshire Police", "March 2026",
         "Hotspot patrols running since April; 14% fall in violence with injury in Hanley.", "G"),
        ("1.2", "Commission a detached youth outreach service in the three wards with the highest levels of "
                "youth violence.", "SOTCC Community Safety Team / Staffordshire Commissioner's Office",
         "Sept 2025", "Tender re-advertised after no compliant bids.", "A"),
        ("1.3", "Deliver knife crime education sessions in all secondary schools and the pupil referral unit.",
         "Youth Justice Service", "Summer term 2026", "Sessions booked in 11 of 16 schools.", "G"),
    ]),
    ("Priority 2: Violence against women and girls and domestic abuse", [
        ("2.1", "Refresh the domestic abuse safe accommodation needs assessment and strategy.",
         "Domestic Abuse Commissioning Lead", "31/10/2025", "Needs assessment data collection under way.", "G"),
        ("2.2", "Achieve White Ribbon accreditation for the council and publish the partnership's three-year "
                "action plan.", "Chair of the Domestic Abuse Partnership Board", "25/11/2025",
         "Application submitted.", "G"),
        ("2.3", "Embed the learning from published Domestic Homicide Reviews in partner agency training.",
         "Safer City Partnership Manager", "Ongoing", "Learning briefing for two reviews still to be written.",
         "A"),
    ]),
    ("Priority 3: Anti-social behaviour and neighbourhood crime", [
        ("3.1", "Launch the ASB Case Review (Community Trigger) online form and publish case review data "
                "quarterly.", "ASB Team Manager", "June 2025", "Form live from 2 June 2025; Q1 data published.",
         "C"),
        ("3.2", "Deliver Operation Safer Streets in Longton and Fenton, including target-hardening for 200 "
                "homes.", "Staffordshire Police and SOTCC Community Safety Team", "Q3 2025/26",
         "Home Office funding confirmed late; contractor not yet appointed.", "R"),
    ]),
    ("Priority 4: Reducing harm from drugs and alcohol", [
        ("4.1", "Extend naloxone distribution to hostels and supported accommodation providers.",
         "Public Health Commissioning Manager (Substance Misuse)", "Dec-25",
         "Six of nine providers signed up.", "G"),
        ("4.2", "Align the Combating Drugs Partnership delivery plan with Safer City Partnership priorities.",
         "Director of Public Health", "TBC", "", ""),
    ]),
]


def make_stoke():
    ncol = 7
    lines = [
        "Stoke-on-Trent Safer City Partnership – Community Safety Partnership Plan 2025-26: Delivery Plan",
        "Position at the end of Quarter 1 (30 June 2025). Reported to the Safer City Partnership Board on "
        "17 July 2025.",
        "",
        "\t".join(["Priority", "Ref", "What we will do", "Lead partner", "By when", "Q1 progress", "RAG"]),
    ]
    for priority, actions in SOT:
        lines.append(priority + "\t" * (ncol - 1))
        for ref, text, lead, when, progress, rag in actions:
            lines.append("\t".join(["", ref, text, lead, when, progress, rag]))
    lines += ["", "RAG key: G = on track; A = some slippage; R = significant slippage, action needed; C = complete"]
    with open(out("hz2-stoke-on-trent-safer-city-partnership-community-safety-plan-2025-26-delivery-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_msp()
    make_dhr()
    make_icb_csv()
    make_coch()
    make_bolsover()
    make_lancs()
    make_stoke()
    print("built 7 files in", HERE)
