#!/usr/bin/env python3
"""Build the seven zru- blind test files (set heldout704).

Run with: /work/main/.venv/bin/python zru_make.py
Writes into the folder this script sits in. Only zru- files are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zru-")
    return os.path.join(HERE, name)


D = dt.datetime

FILL = {
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


# ---------------------------------------------------------------------------
# 1. YHROCU - HMICFRS serious and organised crime inspection AFI tracker (xlsx)
# ---------------------------------------------------------------------------
ROCU_TITLE = "YHROCU – HMICFRS Areas for Improvement Tracker"
ROCU = [
    ("Section A – Regional areas for improvement", [
        ("AFI 1: The region should make sure that its strategic governance arrangements give the four forces and the ROCU a "
         "consistent understanding of the threat from serious and organised crime.", [
            ("1.1", "Refresh the regional SOC strategic threat assessment and agree a single set of regional priorities at the "
                    "Regional Collaboration Board.", "Head of Regional Intelligence", D(2024, 10, 31), "G", "B",
             "Regional priorities agreed at RCB on 16 October 2024. Closed."),
            ("1.2", "Introduce a quarterly regional SOC performance pack with common measures for the four forces and the ROCU.",
             "Det Supt (Intelligence) / Head of Analysis", "Q4 2024/25", "A", "G",
             "First pack presented to RCB in January 2025; second pack due April 2025."),
        ]),
        ("AFI 2: The region should improve how intelligence about organised crime groups is shared between the forces and "
         "the ROCU, including through the regional intelligence unit.", [
            ("2.1", "Agree a regional intelligence-sharing protocol covering OCG mapping, tasking and deconfliction.",
             "Head of Regional Intelligence", D(2025, 4, 30), "A", "A",
             "Draft protocol with force legal services. Sign-off delayed by changes to the regional tasking process."),
            ("2.2", "Deliver briefings on the regional intelligence unit's capabilities to all force intelligence managers.",
             "DI Regional Intelligence Unit", "Jan-25", "G", "B",
             "Briefings delivered to all four forces between November 2024 and January 2025."),
        ]),
    ]),
    ("Section B – YHROCU areas for improvement", [
        ("AFI 3: The ROCU should improve its management of serious and organised crime offenders, including its use of "
         "ancillary orders and lifetime management.", [
            ("3.1", "Appoint a dedicated lifetime offender management coordinator within the ROCU.",
             "Det Supt (Operations)", D(2024, 12, 31), "A", "R",
             "Post advertised twice without success. Interim cover from the regional asset recovery team. "
             "Revised date to be agreed at RCB in March 2025."),
            ("3.2", "Review all mapped OCG principal nominals for suitability for serious crime prevention orders and other "
                    "ancillary orders.", "DCI Lifetime Offender Management; Regional Financial Investigation Manager",
             D(2025, 6, 30), "G", "G", "41 of 63 nominals reviewed; 6 SCPO applications in progress."),
        ]),
        ("AFI 4: The ROCU should improve how it records disruptions against organised crime groups, so that it better "
         "understands the effect of its activity.", [
            ("4.1", "Train all ROCU senior investigating officers and disruption leads in the national disruption recording "
                    "guidance.", "Head of Business Support", D(2025, 2, 28), "G", "G",
             "Training 85% complete. Final session booked for 26 February 2025."),
            ("4.2", "Introduce monthly dip-sampling of disruption submissions by the ROCU performance team.",
             "Performance Manager", "Ongoing", "", "G", "Dip-sampling started December 2024."),
        ]),
        ("AFI 5: The ROCU should make sure it has enough trained staff to meet demand for its specialist capabilities, "
         "including covert and cyber capabilities.", [
            ("5.1", "Complete a workforce demand review of the ROCU's specialist capabilities and present options to the "
                    "Regional Collaboration Board.", "ACC Regional SOC Lead / Head of YHROCU", "Mar-25", "A", "A",
             "Demand modelling complete for covert capabilities; cyber modelling awaiting national data."),
        ]),
    ]),
]
RAG_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def make_rocu():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    heads = ["Action ref", "Action", "Action owner", "Target date", "Previous RAG (Nov 24)", "Current RAG (Feb 25)",
             "Progress update"]
    for i, w in enumerate([10, 62, 30, 14, 13, 13, 55]):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws["A1"] = ROCU_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("An inspection of the Yorkshire and the Humber regional response to serious and organised crime "
                "(HMICFRS, published 27 June 2024)")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Position as at 28 February 2025. Tracker owner: Head of Business Support, YHROCU. Reported to the Regional Collaboration Board."
    ws.merge_cells("A3:G3")
    ws["A3"].font = Font(italic=True)
    r = 5
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    ws.freeze_panes = "A6"
    r += 1
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for section, afis in ROCU:
        ws.cell(r, 1, section).font = Font(bold=True, color="FFFFFF", size=12)
        for c in range(1, 8):
            ws.cell(r, c).fill = fill("navy")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for afi, actions in afis:
            cell = ws.cell(r, 1, afi)
            cell.font = Font(bold=True)
            cell.alignment = WRAP
            for c in range(1, 8):
                ws.cell(r, c).fill = fill("pale")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, text, owner, due, prev, cur, upd in actions:
                vals = [ref, text, owner, due, prev, cur, upd]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v if v != "" else None)
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(r, 4).number_format = "dd/mm/yyyy"
                for c, v in ((5, prev), (6, cur)):
                    if v:
                        ws.cell(r, c).fill = fill(RAG_FILL[v])
                        ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
                counts[cur] += 1
                r += 1
    r += 1
    ws.cell(r, 1, "Dates shown as quarters refer to the police financial year (April to March).").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of action status (current RAG)"
    s["A1"].font = Font(bold=True, size=12)
    s.column_dimensions["A"].width = 34
    s.column_dimensions["B"].width = 16
    s["A3"], s["B3"] = "Status", "Number of actions"
    s["A3"].font = s["B3"].font = Font(bold=True)
    rows = [("Blue – Complete", "B"), ("Green – On track", "G"), ("Amber – Some risk to delivery", "A"),
            ("Red – Off track / overdue", "R")]
    rr = 4
    for label, k in rows:
        s.cell(rr, 1, label).fill = fill(RAG_FILL[k])
        s.cell(rr, 2, counts[k])
        rr += 1
    s.cell(rr, 1, "Total").font = Font(bold=True)
    s.cell(rr, 2, sum(counts.values())).font = Font(bold=True)

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (letter, meaning) in enumerate([("B", "Complete – evidence of completion provided"),
                                           ("G", "On track to be delivered by the target date"),
                                           ("A", "Some risk to delivery by the target date"),
                                           ("R", "Off track or overdue – escalated to RCB")], 2):
        k.cell(i, 1, letter).fill = fill(RAG_FILL[letter])
        k.cell(i, 2, meaning)
    k.column_dimensions["B"].width = 50
    wb.save(out("zru-yorkshire-and-humber-rocu-hmicfrs-serious-organised-crime-afi-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. HMP Long Lartin - HMIP inspection concerns local tracker (xlsx)
# ---------------------------------------------------------------------------
LL_TITLE = "HMP Long Lartin – HMIP Inspection Action Plan: Local Tracker"
LL = [
    ("Priority concerns", [
        ("Too many prisoners spent long periods locked in their cells, and the regime was often curtailed because of "
         "staff shortages.", "Agreed", [
            ("1.1", "Introduce a revised core day that guarantees at least four hours out of cell on every wing, including "
                    "at weekends.", "Head of Residence", D(2025, 1, 31), D(2025, 5, 31),
             "Revised core day consulted on with POA. Implementation on A and B wings from 7 April 2025.", "amber"),
            ("1.2", "Report regime delivery and curtailments weekly to the senior leadership team, with exceptions "
                    "escalated to the Governor.", "Head of Operations / Head of Residence", D(2024, 11, 30), None,
             "Weekly regime report in place since November 2024.", "blue"),
        ]),
        ("The supply of illicit drugs, particularly psychoactive substances, was high and the random mandatory drug "
         "testing positive rate had risen to 31%.", "Agreed", [
            ("2.1", "Install enhanced gate security, including body scanning, for all staff and visitors entering the "
                    "establishment.", "Head of Security", D(2025, 3, 31), D(2025, 9, 30),
             "National funding confirmed February 2025; installation scheduled for August 2025.", "amber"),
            ("2.2", "Deliver a local drug strategy action plan, overseen by a monthly drug strategy meeting chaired by the "
                    "Deputy Governor.", "Deputy Governor", D(2024, 12, 31), None,
             "Drug strategy published December 2024; meeting held monthly.", "blue"),
            ("2.3", "Increase the capacity of the incentivised substance-free living unit from 24 to 48 places.",
             "Head of Reducing Reoffending", D(2025, 6, 30), None,
             "Second landing refurbished; staffing profile agreed.", "green"),
        ]),
        ("Oversight of the use of force was weak, and too much body-worn camera footage was not retained or reviewed.",
         "Agreed", [
            ("3.1", "Make sure body-worn cameras are drawn and activated by all officers attending planned and spontaneous "
                    "incidents, with compliance audited monthly.", "Head of Safety", D(2024, 12, 31), None,
             "Compliance 88% in March 2025 audit (target 95%).", "green"),
            ("3.2", "Reinstate the use of force committee and review every incident involving batons or PAVA within 72 "
                    "hours.", "Head of Safety / Deputy Governor", D(2024, 10, 31), D(2025, 1, 31),
             "Committee reinstated January 2025. All baton and PAVA incidents reviewed within 72 hours since then.", "blue"),
        ]),
    ]),
    ("Key concerns", [
        ("Prisoners held in the segregation unit had too little meaningful activity, and reintegration planning was "
         "inconsistent.", "Agreed", [
            ("4.1", "Introduce individual reintegration plans for all prisoners segregated for more than 14 days, reviewed at "
                    "each segregation review board.", "Head of Safety", D(2025, 1, 31), None,
             "Template agreed; plans in place for 7 of 9 eligible prisoners.", "green"),
        ]),
        ("Too few prisoners were in purposeful activity, and allocation to education, skills and work was slow.",
         "Partly agreed", [
            ("5.1", "Increase activity places to match the available population and reduce the allocation waiting time to "
                    "under two weeks.", "Head of Education, Skills and Work", D(2025, 3, 31), D(2025, 7, 31),
             "Workshop 3 still closed pending instructor recruitment. Average wait 5 weeks.", "red"),
        ]),
        ("Black and minority ethnic prisoners were more negative than white prisoners about their treatment by staff, and "
         "leaders had not investigated why.", "Agreed", [
            ("6.1", "Complete a consultation with black and minority ethnic prisoners and publish the findings and agreed "
                    "actions on every wing.", "Equalities Lead", D(2025, 2, 28), None,
             "Consultation completed; findings published 24 February 2025.", "blue"),
        ]),
    ]),
]


def make_long_lartin():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 34
    cv.column_dimensions["B"].width = 48
    cv["A1"] = LL_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    info = [("Establishment", "HMP Long Lartin (Long-Term and High Security Estate)"),
            ("Inspection dates", "3–14 June 2024"),
            ("Report published", "1 October 2024"),
            ("Action plan submitted to HMPPS", "26 November 2024"),
            ("Tracker last updated", "7 April 2025"),
            ("Tracker owner", "Deputy Governor")]
    for i, (a, b) in enumerate(info, 3):
        cv.cell(i, 1, a).font = Font(bold=True)
        cv.cell(i, 2, b)
    cv["A10"] = "RAG key (colour of the RAG cell)"
    cv["A10"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([("blue", "Complete"), ("green", "On track"),
                                        ("amber", "Off track – recoverable"),
                                        ("red", "Off track – escalated to Governor")], 11):
        cv.cell(i, 1).fill = fill(col)
        cv.cell(i, 2, meaning)
    cv["A16"] = ("Note: revised target dates were agreed at the Senior Leadership Team meeting on 3 March 2025. "
                 "Original dates are kept for audit.")
    cv.merge_cells("A16:B17")
    cv["A16"].alignment = WRAP

    heads = ["Concern", "Response", "No.", "Action", "Responsible owner", "Original target date",
             "Revised target date", "Progress update", "RAG"]
    widths = [42, 12, 6, 55, 26, 13, 13, 45, 7]
    for sheet_name, concerns in LL:
        ws = wb.create_sheet(sheet_name)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws["A1"] = sheet_name
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:I1")
        for c, h in enumerate(heads, 1):
            cell = ws.cell(2, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("grey")
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        r = 3
        for concern, response, actions in concerns:
            first = r
            for ref, text, owner, orig, rev, upd, rag in actions:
                for c, v in ((3, ref), (4, text), (5, owner), (6, orig), (7, rev), (8, upd)):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                ws.cell(r, 6).number_format = "dd/mm/yyyy"
                ws.cell(r, 7).number_format = "dd/mm/yyyy"
                ws.cell(r, 9).fill = fill(rag)
                for c in range(1, 10):
                    ws.cell(r, c).border = BOX
                r += 1
            ws.cell(first, 1, concern).alignment = WRAP
            ws.cell(first, 2, response).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.freeze_panes = "A3"
    wb.save(out("zru-hmp-long-lartin-hmip-inspection-concerns-action-tracker.xlsx"))


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return cell


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 3. Probation Service Wirral PDU - HMI Probation inspection action plan (docx)
# ---------------------------------------------------------------------------
WIRRAL_TITLE = "Action Plan: Wirral Probation Delivery Unit"
WIRRAL = [
    ("Recommendations for the Wirral PDU", [
        ("1", "Improve the quality of assessment and planning to keep other people safe, making sure that domestic abuse "
              "and child safeguarding information is requested, received and analysed in all relevant cases.", "Agreed",
         "The PDU accepts that information from police and children's services was not consistently requested or used.", [
            ("1.1", "Introduce a domestic abuse and safeguarding enquiry tracker for all new allocations, monitored weekly "
                    "by senior probation officers.", "Deputy Head of PDU", "31 March 2025", "Blue"),
            ("1.2", "All practitioners to complete refreshed risk of serious harm training, and senior probation officers "
                    "to quality assure two assessments per practitioner each quarter.",
             "Head of PDU / Quality Development Officer", "30/09/2025", "Green"),
        ]),
        ("2", "Make sure that home visits are used consistently to support risk management, especially where there are "
              "concerns about domestic abuse or children.", "Agreed",
         "Home visits will be prioritised for cases with domestic abuse or child safeguarding concerns.", [
            ("2.1", "Issue local home visits guidance and add a home visit prompt to the case allocation checklist.",
             "Deputy Head of PDU", "April 2025", "Blue"),
            ("2.2", "Audit a sample of 30 domestic abuse cases to check that home visits have been completed and recorded.",
             "Quality Development Officer", "End of August 2025", "Amber"),
        ]),
        ("3", "Strengthen engagement with Wirral Community Safety Partnership and Wirral Safeguarding Children Partnership "
              "so that the PDU's priorities are reflected in partnership plans.", "Agreed",
         "The Head of PDU will represent probation at both partnership boards.", [
            ("3.1", "Head of PDU to attend the Community Safety Partnership board and the Safeguarding Children "
                    "Partnership executive, and provide a quarterly probation update report.", "Head of PDU", "Ongoing",
             "Green"),
        ]),
    ]),
    ("Recommendations for the North West Region", [
        ("4", "Reduce vacancies in the Wirral PDU by prioritising recruitment, retention and the allocation of trainee "
              "probation officers.", "Partly Agreed",
         "The region will prioritise Wirral for trainee allocation; national recruitment controls are outside regional "
         "control.", [
            ("4.1", "Allocate six Professional Qualification in Probation learners to Wirral from the September 2025 "
                    "cohort.", "Regional Head of Learning and Development", "September 2025", "Green"),
            ("4.2", "Use regional resourcing, including caseload transfers and agency staff, to bring probation officer "
                    "workloads in Wirral below 120%.", "Regional Head of Operations / Head of PDU", "Q3 2025/26", "Red"),
        ]),
        ("5", "Make sure that commissioned rehabilitative services for women and for people with accommodation needs are "
              "available in Wirral without delay.", "Agreed",
         "Gaps in provision will be analysed and raised with the regional commissioning team.", [
            ("5.1", "Complete a gap analysis of commissioned rehabilitative services referrals and waiting times for Wirral.",
             "Regional Commissioning Manager", "30 June 2025", "Blue"),
        ]),
    ]),
]
STATUS_SHADE = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_wirral():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(WIRRAL_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    for line in ["Action Plan Submitted: 13 March 2025",
                 "A Response to the HM Inspectorate of Probation Inspection: Wirral PDU",
                 "Report Published: 16 January 2025",
                 "Progress position: July 2025"]:
        doc.add_paragraph().add_run(line).bold = True
    h = doc.add_paragraph()
    h.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Probation inspects probation and youth justice services in England and Wales. Following "
        "publication of its report on the Wirral Probation Delivery Unit, HM Prison and Probation Service has prepared "
        "this action plan. For each recommendation the plan states whether it is agreed, partly agreed or not agreed, "
        "and sets out the actions, owners and target dates. Progress is monitored by the North West regional "
        "performance and quality meeting and will be considered at the next inspection.")
    key = doc.add_table(rows=4, cols=3)
    key.style = "Table Grid"
    for i, row in enumerate([("Term", "Definition", "Additional comment"),
                             ("Agreed", "All of the recommendation is agreed with and can be delivered.",
                              "Actions should be specific and time-bound so that progress can be tracked."),
                             ("Partly Agreed", "Only part of the recommendation is agreed with and will be delivered.",
                              "The response must state which part will be delivered."),
                             ("Not Agreed", "The recommendation is not agreed with and will not be delivered.",
                              "The response must explain why.")]):
        for j, t in enumerate(row):
            set_cell(key.cell(i, j), t, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph("Status key: Blue – complete; Green – on track; Amber – at risk of slipping; Red – off track.")

    heads = ["Rec No.", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Response", "Action No.",
             "Action Taken / Planned", "Responsible Owner", "Target Date", "Status"]
    n_rows = 1 + sum(1 + sum(len(rec[4]) for rec in recs) for _, recs in WIRRAL)
    t = doc.add_table(rows=n_rows, cols=len(heads))
    t.style = "Table Grid"
    for j, hd in enumerate(heads):
        set_cell(t.cell(0, j), hd, bold=True, size=9)
        shade(t.cell(0, j), "D9D9D9")
    r = 1
    for section, recs in WIRRAL:
        c = t.cell(r, 0).merge(t.cell(r, len(heads) - 1))
        set_cell(c, section, bold=True)
        shade(c, "DEEAF6")
        r += 1
        for no, rec, agreed, response, actions in recs:
            first = r
            for ano, text, owner, due, status in actions:
                set_cell(t.cell(r, 4), ano, size=9)
                set_cell(t.cell(r, 5), text, size=9)
                set_cell(t.cell(r, 6), owner, size=9)
                set_cell(t.cell(r, 7), due, size=9)
                set_cell(t.cell(r, 8), status, size=9)
                shade(t.cell(r, 8), STATUS_SHADE[status])
                r += 1
            for col, val in ((0, no), (1, rec), (2, agreed), (3, response)):
                cell = t.cell(first, col)
                if r - 1 > first:
                    cell = cell.merge(t.cell(r - 1, col))
                set_cell(cell, val, size=9)
    doc.add_paragraph()
    doc.add_paragraph("Owner of this plan: Head of Wirral PDU. Next review: October 2025.")
    doc.save(out("zru-probation-service-wirral-pdu-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Buxton & Leek College - Ofsted post-inspection action plan (csv)
# ---------------------------------------------------------------------------
BL_TITLE = "Buxton & Leek College – Post-Inspection Action Plan (PIAP) 2025"
BL = [
    ("Quality of education", "Teachers in a minority of vocational subjects do not check learners' understanding well "
                             "enough before moving on to new topics.", [
        ("1.1", "Deliver CPD on questioning and retrieval practice to all vocational teaching staff on the February and May "
                "development days.", "Head of Teaching, Learning and Assessment", "May 2025",
         "Both sessions delivered; 94% attendance.", "B"),
        ("1.2", "Carry out learning walks in construction, hair and beauty and motor vehicle, focused on checking "
                "understanding.\nShare findings with curriculum managers at the monthly quality review.",
         "Assistant Principal Quality; Curriculum Managers", "31/07/2025",
         "Learning walks complete in construction and motor vehicle.", "G"),
    ]),
    ("", "Leaders should make sure that learners with high needs receive consistently effective support in lessons so "
         "that they make the progress of which they are capable.", [
        ("2.1", "Introduce learning support profiles, shared with every teacher of a learner with an EHC plan.",
         "Head of Inclusion", "End of March 2025", "Profiles in place for all 46 high needs learners.", "B"),
        ("2.2", "Train learning support assistants in adaptive strategies for learners with autism and SEMH needs.",
         "Head of Inclusion / HR Development Manager", "Summer term 2025",
         "Two of three training sessions delivered; third moved to July.", "A"),
    ]),
    ("Behaviour and attitudes", "Attendance of 16 to 18 year-old learners at English and mathematics lessons is too low.", [
        ("3.1", "Progress coaches to follow up absence from English and maths lessons on the same day, contacting parents "
                "and carers after a second absence.", "Head of Learner Services", "01/09/2025",
         "Attendance at English and maths 81% (target 90%).", "A"),
        ("3.2", "Set an attendance target of 90% for English and maths and report attendance by curriculum area to the "
                "senior leadership team every week.", "Vice Principal Curriculum and Quality", "Termly",
         "Weekly report in place since March.", "G"),
    ]),
    ("Personal development", "Too few adult learners receive careers advice that helps them to plan their next steps.", [
        ("4.1", "Extend timetabled careers sessions to evening adult classes at the Buxton and Leek campuses.",
         "Careers Lead", "Oct-25", "Evening sessions planned from September.", "G"),
    ]),
    ("Leadership and management", "Governors do not receive detailed enough information about the quality of "
                                  "apprenticeships to hold leaders to account.", [
        ("5.1", "Add an apprenticeship quality dashboard (timely achievement, off-the-job hours, breaks in learning) to "
                "every FE Quality and Standards Committee meeting.", "Director of Apprenticeships / Clerk to the Committee",
         "June 2025", "Dashboard presented at June committee.", "B"),
        ("5.2", "Arrange governor link visits to apprenticeship employers in engineering and health.",
         "Chair of the FE Quality and Standards Committee", "December 2025", "", ""),
    ]),
]


def make_buxton():
    rows = [[BL_TITLE, "", "", "", "", "", "", ""],
            ["Ofsted inspection of further education provision, 4–7 February 2025. Approved by the FE Quality and "
             "Standards Committee on 24 April 2025.", "", "", "", "", "", "", ""],
            ["RAG key: B = complete, G = on track, A = some slippage, R = significant concern", "", "", "", "", "", "", ""],
            ["", "", "", "", "", "", "", ""],
            ["Ofsted theme", "Area for improvement", "Ref", "Action", "Lead", "Target date", "Progress (June 2025)", "RAG"]]
    counts = {}
    for theme, afi, actions in BL:
        for i, (ref, text, lead, due, prog, rag) in enumerate(actions):
            rows.append([theme if i == 0 else "", afi if i == 0 else "", ref, text, lead, due, prog, rag])
            counts[rag] = counts.get(rag, 0) + 1
    total = sum(counts.values())
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append([f"Total actions: {total}. Complete: {counts.get('B', 0)}. On track: {counts.get('G', 0)}. "
                 f"Some slippage: {counts.get('A', 0)}. Not yet rated: {counts.get('', 0)}.", "", "", "", "", "", "", ""])
    rows.append(["Version 3 – updated 20 June 2025 by the Quality Team", "", "", "", "", "", "", ""])
    with open(out("zru-buxton-and-leek-college-ofsted-post-inspection-action-plan.csv"), "w", newline="",
              encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Barnard Castle School - ISI post-inspection action plan (docx)
# ---------------------------------------------------------------------------
BC_TITLE = "Barnard Castle School – Post-Inspection Action Plan"
BC = [
    ("1. Leadership and management, and governance", "Recommended next step",
     "Leaders should ensure that self-evaluation in the sixth form draws on a wider range of evidence, including pupils' "
     "views, so that improvement priorities are sharply focused.", [
        ("1a", "Introduce termly sixth-form pupil voice surveys and focus groups, with results analysed by the Head of "
               "Sixth Form.", "Head of Sixth Form", "Autumn term 2025",
         "Survey response rate above 70%; findings shared with SLT.", "G"),
        ("1b", "Revise the sixth-form self-evaluation template to include attendance, pupil voice and value-added data, and "
               "present it to governors.", "Deputy Head (Academic) & Head of Sixth Form", "November 2025",
         "Template used for the November governors' report.", "G"),
    ]),
    ("2. Quality of education, training and recreation", "Recommended next step",
     "Leaders should ensure that teaching in the lower school consistently adapts tasks for the most able pupils so that "
     "they are suitably challenged.", [
        ("2a", "Run an INSET session on adaptive teaching and stretch for the most able, followed by peer observation "
               "triads.", "Director of Teaching and Learning", "By 30 April 2025",
         "All teaching staff attended; triads completed.", "B"),
        ("2b", "Departments to identify the most able pupils in Years 7–9 and record stretch tasks in schemes of work.",
         "Heads of Department", "Summer term 2025", "Stretch tasks visible in all schemes of work.", "A"),
        ("2c", "Carry out learning walks focused on challenge for the most able and report findings to SLT.",
         "Deputy Head (Academic)", "Ongoing", "Learning walk evidence shows consistent challenge.", "G"),
    ]),
    ("3. Pupils' physical and mental health and emotional wellbeing", "Recommended next step",
     "Leaders should strengthen the monitoring of boarding pupils' wellbeing at weekends so that emerging concerns are "
     "identified promptly.", [
        ("3a", "Introduce a weekend wellbeing check-in, recorded on the pastoral system, for every boarder.",
         "Director of Boarding", "September 2025", "Check-ins recorded for all boarders each weekend.", "G"),
    ]),
    ("4. Safeguarding", "Action point (standard not met)",
     "The school must ensure that all required pre-appointment checks are completed and recorded on the single central "
     "record before staff begin work at the school.", [
        ("4a", "Commission a full audit of the single central record by an external safeguarding consultant and correct all "
               "omissions.", "Bursar / Designated Safeguarding Lead", "April 2025",
         "Audit completed 9 April 2025; no outstanding omissions.", "B"),
        ("4b", "Move recruitment checks to the new HR system, with mandatory fields that prevent a start date being "
               "confirmed until all checks are complete.", "HR Manager", "31/08/2025",
         "System live for all new starters.", "A"),
    ]),
]
BC_SHADE = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "00B0F0"}


def make_barnard():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading(BC_TITLE, level=0)
    sub = doc.add_paragraph()
    r = sub.add_run("ISI Routine Inspection, 11–13 March 2025")
    r.bold = True
    r.font.size = Pt(13)
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Document owner", "Deputy Head (Academic)"), ("Version", "2.1"),
                                ("Date", "16 June 2025"),
                                ("Approved by", "Education and Pastoral Committee of the Board of Governors"),
                                ("Next review", "September 2025")]):
        set_cell(dc.cell(i, 0), a, bold=True)
        set_cell(dc.cell(i, 1), b)
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan responds to the recommended next steps and the action point in the ISI report published on 2 May 2025. "
        "Progress is reviewed by the Senior Leadership Team each fortnight and reported to governors every term.")
    doc.add_paragraph("RAG: G – on track; A – some delay; R – significant delay; B – completed.")
    heads = ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "RAG"]
    for heading, label, rec, actions in BC:
        doc.add_heading(heading, level=1)
        doc.add_paragraph().add_run(label).bold = True
        q = doc.add_paragraph(rec)
        q.runs[0].italic = True
        t = doc.add_table(rows=1 + len(actions), cols=len(heads))
        t.style = "Table Grid"
        for j, hd in enumerate(heads):
            set_cell(t.cell(0, j), hd, bold=True)
            shade(t.cell(0, j), "C00000")
            t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, (ref, text, lead, due, crit, rag) in enumerate(actions, 1):
            for j, v in enumerate([ref, text, lead, due, crit, rag]):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 5), BC_SHADE[rag])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(["Head", "Chair of Governors", "Date"]):
        set_cell(so.cell(0, j), v, bold=True)
    for j, v in enumerate(["T. Harrison", "J. Wilkinson", "16 June 2025"]):
        set_cell(so.cell(1, j), v)
    doc.save(out("zru-barnard-castle-school-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Great Corby School - school development plan 2025-26 (plain text export)
# ---------------------------------------------------------------------------
GC_TITLE = "Great Corby School – School Development Plan 2025–2026"
GC = [
    ("PRIORITY 1: QUALITY OF EDUCATION – READING", [
        ("1.1", "Embed the Little Wandle phonics programme in Reception and Year 1, including daily keep-up sessions for the "
                "lowest 20% of readers.", "Reading Lead", "Autumn term 2025", "Phonics assessments each half term", "G"),
        ("1.2", "Buy decodable reading books matched to the programme for home reading in Years 1 and 2.",
         "Reading Lead / School Business Manager", "October 2025", "Book audit", "B"),
        ("1.3", "Train all teaching assistants to deliver reading fluency sessions in Key Stage 2.", "Reading Lead",
         "Summer term 2026", "Fluency assessments", "A"),
    ], "Success criteria by July 2026: at least 85% of Year 1 pupils pass the phonics screening check; disadvantaged "
       "pupils' reading attainment in line with their peers."),
    ("PRIORITY 2: QUALITY OF EDUCATION – MATHEMATICS", [
        ("2.1", "Introduce daily 15-minute number fluency sessions in every class from Year 1 to Year 6.", "Maths Lead",
         "November 2025", "Learning walks; pupil voice", "G"),
        ("2.2", "Use the June 2025 multiplication tables check results to plan targeted support for pupils now in Year 5.",
         "Maths Lead & UKS2 Teacher", "December 2025", "Pupil progress meetings", "G"),
    ], "Success criteria by July 2026: average multiplication tables check score of 22 or more; 75% of pupils at the "
       "expected standard in maths at the end of Key Stage 2."),
    ("PRIORITY 3: PERSONAL DEVELOPMENT AND ATTENDANCE", [
        ("3.1", "Work with the local authority attendance team to hold half-termly attendance panels for pupils with "
                "attendance below 90%.", "Headteacher", "Half-termly", "Attendance data to governors", "G"),
        ("3.2", "Launch a pupil leadership programme (eco-council, sports leaders and reading ambassadors) open to all pupils "
                "in Years 4 to 6.", "PSHE Lead", "January 2026", "Pupil voice survey", ""),
    ], "Success criteria by July 2026: whole-school attendance of at least 96%; persistent absence below 8%."),
    ("PRIORITY 4: LEADERSHIP AND MANAGEMENT", [
        ("4.1", "Develop subject leaders' monitoring skills through the North Cumbria Small Schools Partnership, with each "
                "subject leader completing one subject review.", "Deputy Headteacher", "31/03/2026",
         "Subject review reports to governors", ""),
    ], "Success criteria by July 2026: every foundation subject has an up-to-date subject leader action plan."),
]


def make_great_corby():
    L = []
    L.append(GC_TITLE)
    L.append("")
    L.append("Headteacher: Mrs K. Armstrong\tChair of Governors: Mr D. Bell")
    L.append("Plan agreed by the Full Governing Body on 2 October 2025. Review points: December 2025, March 2026, July 2026.")
    L.append("RAG key (December 2025 review): B = completed, G = on track, A = some concerns, R = off track. "
             "Blank = not yet due to start.")
    L.append("")
    for heading, actions, success in GC:
        L.append("_" * 60)
        L.append(heading)
        L.append("")
        L.append("Ref\tAction\tLead\tBy when\tMonitoring\tRAG (Dec 2025)")
        for a in actions:
            L.append("\t".join(a))
        L.append("")
        L.append(success)
        L.append("")
    L.append("_" * 60)
    L.append("Budget implications are set out in the school's 2025–26 budget plan. This plan is reviewed by the "
             "Curriculum and Standards Committee.")
    with open(out("zru-great-corby-school-development-plan-2025-26.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Sperrin Integrated College - ETI inspection action plan (xlsx) - typo month, refuse
# ---------------------------------------------------------------------------
SP_TITLE = "Sperrin Integrated College – Action Plan in response to the ETI Inspection (November 2024)"
SP = [
    ("Improve the consistency of learning and teaching in key stage 3 so that all pupils, including the more able, are "
     "challenged appropriately.", [
        ("Establish a teaching and learning working group to share effective practice in questioning and differentiation.",
         "Vice-Principal (Curriculum)", "January 2025", "Staff development time", "Working group meets half-termly.",
         "Green"),
        ("Introduce paired lesson observations with a focus on challenge for the more able in key stage 3.",
         "Heads of Department", "March 2025", "Cover for observations", "All KS3 teachers observed twice.", "Green"),
        ("Review key stage 3 schemes of work to build in planned extension tasks.", "Heads of Department",
         "Febuary 2026", "Department meeting time", "Extension tasks in all KS3 schemes of work.", "Amber"),
    ]),
    ("Improve outcomes in GCSE mathematics, particularly for pupils entitled to free school meals.", [
        ("Provide targeted small-group support in mathematics for Year 11 pupils entitled to free school meals.",
         "Head of Mathematics", "May 2025", "Engage programme funding", "70% of the target group achieve grade C or above.",
         "Green"),
        ("Track mathematics progress each half term and share the outcomes with the Board of Governors.",
         "Head of Mathematics / Data Manager", "June 2025", "Tracking system", "Half-termly reports presented to governors.",
         "Amber"),
    ]),
    ("Ensure that the school development plan has measurable targets and that its progress is monitored and evaluated "
     "rigorously by leaders and governors.", [
        ("Rewrite the school development plan with measurable targets for each priority.", "Principal",
         "August 2025", "SLT planning day", "Revised SDP approved by governors.", "Green"),
        ("Set up a Board of Governors monitoring sub-group that meets each term with the senior leadership team.",
         "Chair of the Board of Governors", "September 2025", "None", "Minutes of termly sub-group meetings.", "Green"),
    ]),
]


def make_sperrin():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    for col, w in zip("ABCDEFG", [40, 55, 28, 16, 22, 34, 12]):
        ws.column_dimensions[col].width = w
    ws["A1"] = SP_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Submitted to the ETI by the Board of Governors, March 2025. Progress position: September 2025."
    ws.merge_cells("A2:G2")
    heads = ["Area for improvement", "Actions", "Person(s) responsible", "Timescale", "Resources", "Success criteria",
             "Progress RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.border = BOX
    r = 5
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red"}
    for afi, actions in SP:
        first = r
        for vals in actions:
            for c, v in enumerate(vals, 2):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 7).fill = fill(rag_fill[vals[-1]])
            ws.cell(r, 1).border = BOX
            r += 1
        ws.cell(first, 1, afi).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Signed: Principal and Chair of the Board of Governors").font = Font(italic=True)
    wb.save(out("zru-sperrin-integrated-college-eti-inspection-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_rocu()
    make_long_lartin()
    make_wirral()
    make_buxton()
    make_barnard()
    make_great_corby()
    make_sperrin()
    print("built 7 files in", HERE)
