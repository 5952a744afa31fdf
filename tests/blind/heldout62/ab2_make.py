"""Generator for the ab2- cases of heldout62 (blind corpus).

Run with /work/main/.venv/bin/python ab2_make.py (from any folder): it writes the seven
document files beside this script. The expected readings (*.expected.yaml) were written by
hand from the content below, before anything read the generated files.

Cases (partnership, NHS and corporate plans):
  ab2-sevenoaks-dc-cpc-action-plan.docx                 LGA corporate peer challenge action plan
  ab2-safer-chelmsford-csp-dhr-lorraine-action-plan.docx Community Safety Partnership DHR action plan
  ab2-whittington-health-cqc-must-should-action-plan.xlsx NHS trust CQC must do / should do plan
  ab2-west-of-berkshire-sab-sar-mr-t-action-plan.xlsx    SAB safeguarding adults review action plan
  ab2-salisbury-nhsft-well-led-review-action-plan.xlsx   NHS FT developmental well-led review plan
  ab2-weca-external-audit-action-plan-export.csv         combined authority auditor recs tracker export
  ab2-scas-cqc-improvement-plan-export.txt               ambulance trust CQC plan, tab-separated extract
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------------------- docx helpers

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def set_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)


# ----------------------------------------------------------------------------- 1. Sevenoaks CPC

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
PURPLE = "7030A0"
HEAD = "1F3864"
LIGHT = "D9E2F3"


def make_sevenoaks():
    doc = Document()
    landscape(doc)
    doc.add_heading("LGA Corporate Peer Challenge 2021 \u2013 Action Plan", level=0)
    doc.add_paragraph("Sevenoaks District Council")
    doc.add_paragraph("Progress update: October 2022")
    doc.add_paragraph(
        "The Council\u2019s Corporate Peer Challenge took place between 29 November and 1 December 2021. "
        "The Local Government Association (LGA) feedback report set out key recommendations for the "
        "Council\u2019s consideration, together with observations and comments from the peer team based "
        "upon their findings.")
    doc.add_paragraph(
        "This action plan, agreed by Cabinet in March 2022, outlines the actions, timescales and owners "
        "for each recommendation and tracks progress towards implementation. Additional actions which "
        "arose from the peer team\u2019s observations are set out in the second table and should be "
        "considered alongside the recommendations.")
    doc.add_paragraph(
        "A coloured status indicator is included against each action and should be read as follows:")

    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (fill, label) in enumerate([
            (BLUE, "Complete/delivered"),
            (GREEN, "In progress/on track"),
            (AMBER, "In progress/at risk"),
            (PURPLE, "Ongoing work/move to business as usual")]):
        shade(key.rows[i].cells[0], fill)
        set_text(key.rows[i].cells[0], "")
        set_text(key.rows[i].cells[1], label)

    set_widths(key, [Cm(1.2), Cm(8)])

    doc.add_paragraph("")
    doc.add_paragraph("The following are the recommendations outlined within the Corporate Peer "
                      "Challenge feedback report.")

    cols = ["No.", "Associated actions", "Timescales", "Summary update", "Status", "Owner"]
    widths = [Cm(1.3), Cm(7.3), Cm(2.3), Cm(9.2), Cm(1.9), Cm(4.3)]

    recs = [
        ("Recommendation 1: Build on recent place leadership work \u2013 consider developing a renewed, "
         "partnership-led, long-term vision for the district, residents and businesses", [
            ("1.1", "Hold a series of partner workshops to co-produce a long-term vision for the district",
             "June 2022",
             "Delivered. Four workshops held with town and parish councils, businesses and the voluntary "
             "sector between March and May 2022.", BLUE, "Leader / Chief Executive"),
            ("1.2", "Bring a draft district vision to Cabinet for approval and public consultation",
             "Nov 2022",
             "Draft vision being finalised following the workshops. Cabinet report scheduled for "
             "November.", GREEN, "Deputy Chief Executive"),
        ]),
        ("Recommendation 2: Complement the council\u2019s existing project-based community engagement work "
         "with more open, bottom-up, conversational approaches", [
            ("2.1", "Pilot \u2018community conversations\u2019 in Swanley and Edenbridge, led by ward members",
             "Sept 2022",
             "Swanley sessions held in July. Edenbridge sessions postponed to the new year because of "
             "staff capacity.", AMBER, "Community Development Manager"),
            ("2.2", "Publish a community engagement framework setting out how residents can influence "
             "council decisions", "Dec 2022",
             "Framework drafted and discussed with the Improvement and Innovation Advisory Committee.",
             GREEN, "Head of Policy and Performance"),
        ]),
        ("Recommendation 3: Use service data and community networks to enhance the council\u2019s "
         "understanding of local need", [
            ("3.1", "Develop a district data profile drawing on service, census and partner data",
             "Q3 2022/23",
             "First Census 2021 results incorporated; ward profiles in draft.", GREEN,
             "Head of Policy and Performance"),
        ]),
        ("Recommendation 4: Review the council\u2019s capacity to deliver its ambitions alongside day-to-day "
         "services", [
            ("4.1", "Refresh the workforce plan, including succession planning for key roles", "Sept 2022",
             "Delivered. Workforce plan agreed by Strategic Management Team in September 2022.", BLUE,
             "Head of HR"),
            ("4.2", "Launch an apprenticeship and graduate programme to grow capacity in hard-to-recruit "
             "services", "March 2023",
             "Two graduate planners recruited. Apprenticeship plan delayed pending budget decisions.",
             AMBER, "Head of HR"),
        ]),
        ("Recommendation 5: Continue to strengthen member development, particularly for new and less "
         "experienced councillors", [
            ("5.1", "Agree a member development programme for 2022/23 with the Member Development "
             "Working Group", "May 2022",
             "Delivered. Programme agreed in May and 11 sessions held to date.", BLUE,
             "Democratic Services Manager"),
        ]),
    ]

    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        cell = t.rows[0].cells[i]
        set_text(cell, c, bold=True)
        shade(cell, LIGHT)
    for rec, actions in recs:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_text(merged, rec, bold=True)
        shade(merged, "DEEAF6")
        for ref, act, when, upd, fill, owner in actions:
            cells = t.add_row().cells
            set_text(cells[0], ref)
            set_text(cells[1], act)
            set_text(cells[2], when)
            set_text(cells[3], upd)
            set_text(cells[4], "")
            shade(cells[4], fill)
            set_text(cells[5], owner)
    set_widths(t, widths)

    doc.add_paragraph("")
    doc.add_heading("Additional actions arising from the peer team\u2019s observations", level=2)
    t2 = doc.add_table(rows=1, cols=len(cols))
    t2.style = "Table Grid"
    for i, c in enumerate(cols):
        set_text(t2.rows[0].cells[i], c, bold=True)
        shade(t2.rows[0].cells[i], LIGHT)
    for ref, act, when, upd, fill, owner in [
            ("A1", "Strengthen joint working with Kent County Council on highways and transport issues "
             "affecting the district", "Ongoing",
             "Quarterly liaison meetings established with KCC Highways from June 2022.", GREEN,
             "Chief Officer Planning and Regulatory Services"),
            ("A2", "Keep staff informed of progress against this action plan through all-staff briefings",
             "Quarterly", "Briefings held in April and July 2022; next briefing October.", GREEN,
             "Chief Executive"),
            ("A3", "Publish the action plan and progress updates on the council\u2019s website", "April 2022",
             "Delivered. Action plan published in April 2022.", BLUE, "Head of Policy and Performance")]:
        cells = t2.add_row().cells
        set_text(cells[0], ref)
        set_text(cells[1], act)
        set_text(cells[2], when)
        set_text(cells[3], upd)
        set_text(cells[4], "")
        shade(cells[4], fill)
        set_text(cells[5], owner)
    set_widths(t2, widths)

    doc.add_paragraph("")
    doc.add_paragraph("A check-in with the LGA peer team is planned for six months after publication of "
                      "this action plan to review progress.")
    doc.save(out("ab2-sevenoaks-dc-cpc-action-plan.docx"))


# ----------------------------------------------------------------------------- 2. Chelmsford DHR

def make_chelmsford():
    doc = Document()
    landscape(doc)
    doc.add_heading("Domestic Homicide Review \u2018Lorraine\u2019 \u2013 Action Plan", level=0)
    doc.add_paragraph("Safer Chelmsford Partnership")
    doc.add_paragraph(
        "This action plan sets out how the recommendations of the Domestic Homicide Review into the death "
        "of \u2018Lorraine\u2019 will be implemented. The Overview Report was approved by the Home Office "
        "Quality Assurance Panel in November 2022. Progress is monitored by the DHR Implementation Group "
        "and reported quarterly to the Safer Chelmsford Partnership Board.")
    doc.add_paragraph("Last updated: 18 January 2024")

    cols = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
            "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
            "Date of completion and Outcome", "RAG"]
    widths = [Cm(4.4), Cm(1.9), Cm(4.5), Cm(2.8), Cm(3.9), Cm(2.2), Cm(3.6), Cm(1.7)]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def table(recs):
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, c in enumerate(cols):
            set_text(t.rows[0].cells[i], c, bold=True, size=8)
            shade(t.rows[0].cells[i], LIGHT)
        for rec, scope, actions in recs:
            first = len(t.rows)
            for (act, lead, miles, target, done, rag) in actions:
                cells = t.add_row().cells
                set_text(cells[2], act, size=8)
                set_text(cells[3], lead, size=8)
                set_text(cells[4], miles, size=8)
                set_text(cells[5], target, size=8)
                set_text(cells[6], done, size=8)
                set_text(cells[7], rag, size=8)
                if rag in rag_fill:
                    shade(cells[7], rag_fill[rag])
            last = len(t.rows) - 1
            c0 = t.cell(first, 0)
            c1 = t.cell(first, 1)
            if last > first:
                c0 = c0.merge(t.cell(last, 0))
                c1 = c1.merge(t.cell(last, 1))
            set_text(c0, rec, size=8)
            set_text(c1, scope, size=8)
        set_widths(t, widths)
        return t

    doc.add_heading("Overview Report Recommendations", level=2)
    table([
        ("1. The Safer Chelmsford Partnership should seek assurance that practitioners across agencies "
         "recognise coercive and controlling behaviour in relationships between older people.", "Local", [
            ("Deliver a briefing on coercive control in later life to Chelmsford practitioners, in "
             "partnership with the Southend, Essex and Thurrock Domestic Abuse Board (SETDAB).",
             "Safer Chelmsford Partnership / SETDAB",
             "Briefing content agreed with SETDAB; three online sessions delivered.", "March 2023",
             "February 2023 \u2013 112 practitioners attended. Recording available on the SETDAB website.",
             "Complete"),
            ("Include later-life domestic abuse questions in the next multi-agency practitioner survey and "
             "report the findings to the Partnership Board.", "Safer Chelmsford Partnership",
             "Survey questions drafted.", "30/09/2023", "", "Amber"),
        ]),
        ("2. Mid and South Essex NHS Foundation Trust should ensure that routine enquiry about domestic "
         "abuse is carried out and recorded when patients attend the Emergency Department with injuries.",
         "Local", [
            ("Add a mandatory routine enquiry question to the ED electronic triage record for patients aged "
             "16 and over.", "Mid and South Essex NHS Foundation Trust",
             "IT change request approved; field live at Broomfield Hospital.", "Sept 2023",
             "August 2023 \u2013 field live. First audit shows the question completed in 81% of eligible "
             "attendances.", "Complete"),
        ]),
        ("3. Essex Police and Chelmsford City Council should review how repeat antisocial behaviour "
         "complaints about a property are considered for possible domestic abuse.", "Local", [
            ("Agree a joint process for Community Safety Hub partners to screen repeat ASB reports for "
             "domestic abuse indicators.", "Essex Police & Chelmsford City Council",
             "Process drafted and discussed at Community Safety Hub tasking in December 2023.",
             "March 2024", "", "Green"),
        ]),
        ("4. The Home Office should consider including older victims in national domestic abuse awareness "
         "campaigns.", "National", [
            ("Write to the Home Office setting out this recommendation.",
             "Safer Chelmsford Partnership Chair", "Letter sent 12 December 2022.", "December 2022",
             "December 2022 \u2013 acknowledgement received from the Home Office.", "Complete"),
        ]),
    ])

    doc.add_paragraph("")
    doc.add_heading("Single Agency Recommendations", level=2)
    table([
        ("Essex Partnership University NHS Foundation Trust (EPUT): Staff in community mental health "
         "teams should ask about domestic abuse when a patient\u2019s carer is also their partner.", "Local", [
            ("Update the carers\u2019 assessment template to include a question on domestic abuse and issue "
             "a 7-minute briefing to community mental health teams.", "EPUT",
             "Template updated and briefing written.", "31/05/2023",
             "May 2023 \u2013 template live and briefing issued to all teams.", "Complete"),
        ]),
        ("Mid and South Essex Integrated Care Board: GP practices should be reminded to record domestic "
         "abuse disclosures using the appropriate clinical codes.", "Local", [
            ("Publish a GP safeguarding newsletter item on domestic abuse coding and add coding to the "
             "annual practice safeguarding audit.",
             "Mid and South Essex ICB \u2013 Named GP for Safeguarding Adults",
             "Newsletter item issued April 2023; audit tool updated.", "Q1 2024/25", "", "Green"),
        ]),
        ("Chelmsford City Council Housing Options: Domestic abuse screening should be completed for all "
         "homelessness applications where relationship breakdown is given as the reason.", "Local", [
            ("Add domestic abuse screening questions to the housing options triage and audit completion "
             "quarterly.", "Chelmsford City Council \u2013 Housing Options",
             "Questions added October 2023; first quarterly audit due January 2024.", "Ongoing", "",
             "Green"),
        ]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete \u2013 action completed and evidenced; Green \u2013 on track; "
                      "Amber \u2013 behind schedule; Red \u2013 not progressing.")
    doc.save(out("ab2-safer-chelmsford-csp-dhr-lorraine-action-plan.docx"))


# ----------------------------------------------------------------------------- xlsx helpers

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


XL_RAG = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}


# ----------------------------------------------------------------------------- 3. Whittington CQC

def make_whittington():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Whittington Health NHS Trust \u2013 CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Must Do and Should Do actions: inspection December 2019 \u2013 January 2020 "
                "(report published March 2020)")
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A2:J2")
    ws["A3"] = "Position as at 30 September 2020. Reporting to: Quality Governance Committee"
    ws.merge_cells("A3:J3")
    hdr = ["Ref", "Must / Should", "Regulation", "CQC requirement", "Action", "Lead", "Target date",
           "Revised date", "Progress update (September 2020)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    d = dt.datetime
    # rows: (ref, must, reg, requirement or None (= merged with row above), action, lead,
    #        target, target_fmt, revised, progress, rag)
    sections = [
        ("Urgent and emergency care (ED)", [
            ("ED1.1", "Must", "Reg 12",
             "The trust must ensure that patients presenting with suspected sepsis are screened and "
             "receive antibiotics within one hour in line with national guidance.",
             "Introduce an electronic sepsis screening prompt on the ED patient record for all adults with "
             "a NEWS2 score of 5 or above.", "Clinical Director, Emergency Medicine",
             d(2020, 6, 30), "dd/mm/yyyy", d(2020, 9, 30),
             "Prompt went live on 14 September 2020 after a delay to the IT build during the COVID-19 "
             "response. Compliance audit due in October.", "G"),
            ("ED1.2", None, None, None,
             "Monthly sepsis audit of 30 sets of notes, reported to the ED Quality Board and shared at "
             "safety huddles.", "Lead Nurse, Emergency Department", "Monthly", None, None,
             "Audits completed June to August. Antibiotics within the hour rose from 71% to 86%.", "G"),
            ("ED2", "Should", "",
             "The trust should ensure that all ED staff complete level 3 safeguarding children training.",
             "Deliver additional level 3 safeguarding children sessions for ED nursing and medical staff, "
             "including virtual sessions.", "Head of Safeguarding", d(2020, 12, 31), "mmm-yy", None,
             "Compliance at 78% (target 90%). Virtual sessions scheduled for October and November.", "A"),
        ]),
        ("Surgery", [
            ("S1", "Must", "Reg 12",
             "The trust must ensure that the WHO surgical safety checklist is fully completed for every "
             "patient undergoing surgery.",
             "Re-launch the WHO checklist with theatre teams and introduce weekly observational audits in "
             "all theatres.", "Associate Director of Nursing, Surgery and Cancer", d(2020, 5, 31), "mmm-yy",
             None,
             "Complete. Re-launch delivered May 2020; observational audits show 98% compliance for three "
             "consecutive months.", "B"),
            ("S2", "Should", "",
             "The trust should ensure that venous thromboembolism (VTE) risk assessments are completed "
             "within 24 hours of admission.",
             "Add the VTE assessment to the surgical admission clerking proforma and report compliance on "
             "the divisional dashboard.", "Divisional Director, Surgery and Cancer", d(2020, 10, 31),
             "mmm-yy", None, "Proforma amended. Dashboard reporting starts from November 2020.", "G"),
        ]),
        ("Critical care", [
            ("CC1", "Must", "Reg 12",
             "The trust must take action to reduce the length of time patients are delayed whilst waiting "
             "for discharge from the critical care unit.",
             "Agree an escalation protocol with the site management team so that ward beds are prioritised "
             "for critical care step-down patients.", "Chief Operating Officer", d(2020, 7, 31),
             "dd/mm/yyyy", d(2020, 12, 31),
             "Protocol drafted but implementation paused during the first COVID-19 surge. Revised date "
             "agreed by the Executive Team.", "A"),
            ("CC2", "Should", "",
             "The trust should ensure that patients are offered a follow-up appointment after discharge "
             "from critical care.", "Establish a nurse-led critical care follow-up clinic.",
             "Matron, Critical Care / Consultant Intensivist", d(2021, 3, 31), "mmm-yy", None,
             "Business case in preparation. No progress since the last report owing to staffing "
             "pressures.", "R"),
        ]),
        ("Community health services for children, young people and families", [
            ("CYP1", "Must", "Reg 17",
             "The trust must ensure that waiting times for community paediatric assessments are monitored "
             "and that children on the waiting list are clinically reviewed.",
             "Introduce a clinical harm review for all children waiting longer than 18 weeks for a "
             "community paediatric assessment.",
             "Clinical Director, Children and Young People\u2019s Services", "Q3 2020/21", None, None,
             "Harm review template agreed; first reviews completed for the 40 longest waiters.", "G"),
            ("CYP2", "Should", "",
             "The trust should ensure that health visitors receive safeguarding supervision in line with "
             "trust policy.",
             "Move to quarterly group safeguarding supervision for health visiting teams, with records held "
             "centrally.", "Named Nurse for Safeguarding Children", d(2020, 9, 30), "dd/mm/yyyy", None,
             "Not started \u2013 to be picked up by the new Named Nurse from October.", ""),
        ]),
        ("Specialist community mental health services for children and young people (CAMHS)", [
            ("MH1", "Must", "Reg 12",
             "The trust must ensure that risk assessments for young people waiting for treatment are "
             "reviewed and updated regularly.",
             "Audit risk assessments on the CAMHS waiting list monthly and introduce a duty clinician review "
             "for all young people waiting more than 12 weeks.", "Service Manager, CAMHS", d(2020, 8, 31),
             "mmm-yy", None,
             "Complete. Duty clinician reviews in place since August; the September audit found 100% of "
             "risk assessments updated within three months.", "B"),
            ("MH2", "Should", "",
             "The trust should ensure that young people and their families are given information about "
             "how to make a complaint.",
             "Display complaints and PALS leaflets in all CAMHS waiting areas and add the information to "
             "appointment letters.", "Patient Experience Manager", d(2020, 11, 30), "mmm-yy", None,
             "Leaflets redesigned with the young people\u2019s participation group; letters updated.", "G"),
        ]),
    ]
    r = 6
    for title, rows in sections:
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(row=r, column=col).fill = fill("D9D9D9")
            ws.cell(row=r, column=col).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (ref, must, reg, req, act, lead, target, tfmt, revised, prog, rag) in rows:
            vals = [ref, must, reg, req, act, lead, target, revised, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(target, dt.datetime):
                ws.cell(row=r, column=7).number_format = tfmt
            if isinstance(revised, dt.datetime):
                ws.cell(row=r, column=8).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=10).fill = fill(XL_RAG[rag])
                ws.cell(row=r, column=10).alignment = Alignment(horizontal="center", vertical="top")
            if req is None:  # continuation of the requirement above: merge B:D with the row above
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=r - 1, start_column=col, end_row=r, end_column=col)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for letter, text in [("B", "Complete \u2013 evidence assured"), ("G", "On track"),
                         ("A", "At risk of missing target date"), ("R", "Off track / target date missed"),
                         ("", "Blank \u2013 not started")]:
        c = ws.cell(row=r, column=1, value=letter or None)
        if letter:
            c.fill = fill(XL_RAG[letter])
        ws.cell(row=r, column=2, value=text)
        r += 1
    for col, w in zip("ABCDEFGHIJ", [8, 9, 10, 42, 42, 26, 12, 12, 46, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(out("ab2-whittington-health-cqc-must-should-action-plan.xlsx"))


# ----------------------------------------------------------------------------- 4. West of Berkshire SAR

def make_west_berks():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Mr T action plan"
    ws["A1"] = "Safeguarding Adults Review \u2018Mr T\u2019 \u2013 Multi-agency Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "West of Berkshire Safeguarding Adults Board (Reading, West Berkshire and Wokingham)"
    ws.merge_cells("A2:G2")
    ws["A4"] = "Version"
    ws["B4"] = "4"
    ws["A5"] = "Last updated"
    ws["B5"] = dt.datetime(2024, 10, 14)
    ws["B5"].number_format = "dd/mm/yyyy"
    ws["A6"] = "Monitored by"
    ws["B6"] = "SAR Sub-group"
    for rr in (4, 5, 6):
        ws.cell(row=rr, column=1).font = Font(bold=True)
    hdr = ["No.", "SAR Recommendation", "Action", "Lead agency / officer", "By when",
           "Update / evidence", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2C6F")
        c.alignment = WRAP
        c.border = BOX
    rag_fill = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    d = dt.datetime
    themes = [
        ("Theme 1: Self-neglect and hoarding", [
            ("1.1", "Partners should ensure the Berkshire self-neglect and hoarding guidance is used "
             "consistently, including use of the clutter image rating tool.",
             "Refresh the self-neglect and hoarding guidance and relaunch it through a 7-minute briefing.",
             "SAB Business Manager", d(2024, 9, 30),
             "Guidance refreshed and endorsed at the September Board. 7-minute briefing published on the "
             "SAB website.", "Complete"),
            ("1.2", None,
             "Audit 10 self-neglect cases in each local authority area to test use of the clutter image "
             "rating tool.", "Chair, Performance and Quality Subgroup", d(2024, 12, 31),
             "Audit tool agreed; case selection under way.", "Amber"),
        ]),
        ("Theme 2: Mental capacity and executive functioning", [
            ("2.1", "Practitioners should consider executive functioning when assessing a person\u2019s "
             "capacity to make decisions about self-care and accepting support.",
             "Deliver multi-agency workshops on the Mental Capacity Act and executive functioning to "
             "practitioners across the three areas.", "Berkshire Healthcare NHS Foundation Trust",
             "Novmber 2024", "Two of four workshops delivered (48 attendees).", "Green"),
            ("2.2", None,
             "Add an executive functioning prompt to the local authority mental capacity assessment "
             "templates.", "Principal Social Workers", d(2025, 3, 31), "", "Not started"),
        ]),
        ("Theme 3: Multi-agency risk management", [
            ("3.1", "The SAB should seek assurance that multi-agency risk management meetings are used where "
             "risk is high and the person is not engaging with services.",
             "Review the multi-agency risk management (MARM) protocol and agree escalation routes between "
             "agencies.", "SAB Independent Chair", d(2025, 1, 31),
             "Task and finish group meeting monthly; draft protocol expected December.", "Green"),
            ("3.2", None, "Report MARM usage data to the Performance and Quality Subgroup.",
             "Performance and Quality Subgroup", "Quarterly",
             "First dataset presented in October 2024.", "Green"),
        ]),
        ("Theme 4: Housing and environmental health", [
            ("4.1", "Housing and environmental health teams should be included in safeguarding planning "
             "where a person\u2019s home conditions present a risk.",
             "Deliver briefing sessions for housing and environmental health officers on raising "
             "safeguarding concerns for adults who self-neglect.",
             "Reading Borough Council Housing / West Berkshire Environmental Health", d(2025, 2, 28),
             "Sessions being arranged with both teams.", "Amber"),
        ]),
    ]
    r = 9
    for theme, rows in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for (no, rec, act, lead, when, upd, rag) in rows:
            vals = [no, rec, act, lead, when, upd or None, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(when, dt.datetime):
                ws.cell(row=r, column=5).number_format = "mmm-yy"
            if rag in rag_fill:
                ws.cell(row=r, column=7).fill = fill(rag_fill[rag])
            if rec is None:
                ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Complete | Green \u2013 on track | Amber \u2013 some delay | "
            "Red \u2013 significant delay or at risk | Not started")
    for col, w in zip("ABCDEFG", [6, 40, 44, 28, 12, 44, 11]):
        ws.column_dimensions[col].width = w
    wb.save(out("ab2-west-of-berkshire-sab-sar-mr-t-action-plan.xlsx"))


# ----------------------------------------------------------------------------- 5. Salisbury well-led

def make_salisbury():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Salisbury NHS Foundation Trust \u2013 Developmental Well-led Review: Board Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Trust Board (Public) \u2013 7 November 2024 \u2013 Appendix 1"
    ws.merge_cells("A2:I2")
    hdr = ["Rec", "Well-led KLOE", "Review recommendation", "Action", "Lead", "Due", "Progress update",
           "Previous RAG", "Current RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003087")
        c.alignment = WRAP
        c.border = BOX
    d = dt.datetime
    recs = [
        ("KLOE 1: Leadership capacity and capability",
         "The Board should agree a structured board development programme for 2024/25 that reflects the "
         "changes in executive and non-executive membership.", [
            ("1.1", "Commission an external facilitator to deliver four board development sessions across "
             "2024/25.", "LT", d(2024, 9, 30), "Facilitator appointed; first two sessions held in July and "
             "September 2024.", "A", "B"),
            ("1.2", "Introduce annual 360-degree appraisal for all board members, aligned to the NHS England "
             "leadership competency framework.", "SE / LT", d(2025, 3, 31),
             "Framework adopted. Appraisal round to start January 2025.", "G", "G"),
        ]),
        ("KLOE 2: Vision and strategy",
         "The Trust should set out clear milestones and measures of success for delivery of the Improving "
         "Together strategy.", [
            ("2.1", "Develop a strategy delivery dashboard with milestones for each strategic priority, "
             "reported to Board quarterly.", "MH", "Q3 24/25",
             "Draft dashboard presented at the October Board development session; first formal report due "
             "December.", "A", "G"),
        ]),
        ("KLOE 3: Culture",
         "The Trust should strengthen the visibility of Freedom to Speak Up and act on themes from speaking "
         "up cases.", [
            ("3.1", "Appoint two additional FTSU champions, in estates and facilities and in the medicine "
             "division.", "FTSU Guardian", d(2024, 8, 31), "Complete \u2013 champions appointed and trained.",
             "G", "B"),
            ("3.2", "Provide a six-monthly FTSU themes report to the People and Culture Committee, with the "
             "actions taken.", "Chief People Officer", "Six-monthly",
             "First themes report received by the Committee in October 2024.", "G", "G"),
        ]),
        ("KLOE 4: Governance and management",
         "The Trust should review its committee structure to reduce duplication of assurance reporting "
         "between committees.", [
            ("4.1", "Review committee terms of reference and annual cycles of business.",
             "Director of Integrated Governance", d(2024, 12, 31),
             "Review started; terms of reference for the Finance and Performance and Clinical Governance "
             "Committees revised.", "G", "A"),
            ("4.2", "Map assurance flows from sub-committees to Board and remove duplicate reports.",
             "Director of Integrated Governance", d(2025, 1, 31), "Not yet started; follows 4.1.", None,
             None),
        ]),
        ("KLOE 5: Management of risk, issues and performance",
         "The Board Assurance Framework should be refreshed so that risks are clearly linked to strategic "
         "objectives, with target risk scores.", [
            ("5.1", "Refresh the BAF with strategic risk owners and agree target scores and trajectories.",
             "Director of Integrated Governance / Chief Finance Officer", d(2024, 10, 31),
             "Refresh delayed to align with the revised strategy; now scheduled for the December Board.",
             "A", "R"),
        ]),
        ("KLOE 8: Learning, improvement and innovation",
         "The Trust should embed the Improving Together quality improvement approach in corporate as well as "
         "clinical teams.", [
            ("6.1", "Extend QI training to corporate services, with 60 corporate staff trained by March "
             "2025.", "MH", d(2025, 3, 31), "34 corporate staff trained to date.", "G", "G"),
        ]),
    ]
    r = 5
    for kloe, rec, acts in recs:
        first = r
        for (ref, act, lead, due, prog, prev, cur) in acts:
            vals = [ref, kloe if r == first else None, rec if r == first else None, act, lead, due, prog,
                    prev, cur]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(due, dt.datetime):
                ws.cell(row=r, column=6).number_format = "mmm-yy"
            for col, v in ((8, prev), (9, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = fill(XL_RAG[v])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B \u2013 complete; G \u2013 on track; A \u2013 some slippage, "
            "recovery plan in place; R \u2013 off track; blank \u2013 not yet started.")
    r += 1
    ws.cell(row=r, column=1, value="Leads: SE \u2013 Chief Executive; LT \u2013 Trust Chair; MH \u2013 Chief "
            "Strategy Officer.")
    for col, w in zip("ABCDEFGHI", [6, 22, 40, 44, 24, 10, 44, 10, 10]):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("Summary")
    s2["A1"] = "Summary of current RAG ratings"
    s2["A1"].font = Font(bold=True)
    for i, (k, n) in enumerate([("Complete (B)", 2), ("On track (G)", 4), ("Some slippage (A)", 1),
                                ("Off track (R)", 1), ("Not yet started", 1), ("Total", 9)], 3):
        s2.cell(row=i, column=1, value=k)
        s2.cell(row=i, column=2, value=n)
    s2.column_dimensions["A"].width = 22
    wb.save(out("ab2-salisbury-nhsft-well-led-review-action-plan.xlsx"))


# ----------------------------------------------------------------------------- 6. WECA csv export

def make_weca():
    header = ["Ref", "Auditor Recommendation", "Management Action", "Action Owner", "Original Due Date",
              "Revised Due Date", "Status", "RAG", "Latest Update (Aug 2023)"]
    rec_a = ("The Mayor and the Leaders of the constituent councils must urgently agree how they will work "
             "together effectively, with clear protocols for resolving disagreements.")
    rec_b = ("The Combined Authority must ensure that its statutory officers (Head of Paid Service, S151 "
             "Officer and Monitoring Officer) are able to discharge their roles effectively, including access "
             "to all relevant meetings and papers.")
    rec_c = ("The Combined Authority must review its arrangements for senior officer exit payments to "
             "ensure compliance with its own policies and the law.")
    rec_d = ("The Combined Authority should strengthen its arrangements for monitoring delivery of the "
             "Investment Fund programme, with regular reporting to Committee.")
    rec_e = "The Audit Committee should receive training to support it in holding officers to account."
    rec_f = ("The Combined Authority should publish a forward plan of key decisions at least 28 days in "
             "advance.")
    rows = [
        ["SR1.1", rec_a, "Commission an independent facilitator to support the Mayor and Leaders in agreeing "
         "a joint working protocol.", "Chief Executive", "31/01/2023", "", "Complete", "Blue",
         "Facilitator (Solace) appointed December 2022.\nPhase 1 review published February 2023."],
        ["SR1.2", rec_a, "Agree a protocol for the conduct of joint meetings and publish it on the Combined "
         "Authority website.", "Director of Legal and Democratic Services", "31/03/2023", "30/06/2023",
         "Complete", "Blue", "Protocol agreed at the Combined Authority Committee on 16 June 2023 and "
         "published."],
        ["SR2.1", rec_b, "Establish a monthly Statutory Officers Group with a standing agenda and action log.",
         "Head of Paid Service", "28/02/2023", "", "Complete", "Blue",
         "Group has met monthly since February 2023."],
        ["SR2.2", rec_b, "Review the scheme of delegation and the constitution, with recommendations to the "
         "Combined Authority Committee.", "Monitoring Officer", "30/06/2023", "31/10/2023", "In progress",
         "Amber", "Constitution review under way; the member working group has met twice. Report now "
         "expected at the October Committee."],
        ["SR3.1", rec_c, "Update the senior officer pay and exit policy and obtain external legal review "
         "before adoption.", "Director of People and Assets", "30/09/2023", "", "In progress", "Green",
         "Draft policy with external solicitors for review; on track for adoption in September."],
        ["KR1.1", rec_d, "Introduce a quarterly programme delivery report covering all Investment Fund "
         "schemes.", "Director of Investment and Corporate Planning", "30/09/2023", "", "In progress",
         "Green", "Format agreed with the Audit Committee Chair; first report to the September Committee."],
        ["KR1.2", rec_d, "Implement a project management system for capital schemes with RAG-rated "
         "milestones.", "Director of Investment and Corporate Planning", "31/12/2023", "", "Not started", "",
         "Procurement to begin in Q3."],
        ["IR1.1", rec_e, "Deliver an Audit Committee training session using CIPFA guidance and agree an "
         "annual training plan.", "S151 Officer; Head of Internal Audit", "31/07/2023", "", "Overdue", "Red",
         "Session postponed twice owing to diary availability; new date being sought."],
        ["IR2.1", rec_f, "Publish the forward plan monthly on the website and report compliance to the "
         "Overview and Scrutiny Committee.", "Democratic Services Manager", "Ongoing", "", "In progress",
         "Green", "Forward plan published monthly since March 2023."],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(out("ab2-weca-external-audit-action-plan-export.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        f.write(buf.getvalue())


# ----------------------------------------------------------------------------- 7. SCAS txt export

def make_scas():
    lines = [
        "South Central Ambulance Service NHS Foundation Trust \u2013 CQC Improvement Plan",
        "Must Do actions from the CQC report published August 2022",
        "Extract from the improvement programme tracker as at 28/02/2023",
        "",
    ]
    header = ["Workstream", "Ref", "CQC Must Do", "Action", "Responsible Lead", "Due Date",
              "Revised Due Date", "RAG Status", "Progress Update"]
    ws1 = "1. Safeguarding"
    ws2 = "2. Governance and risk"
    ws3 = "3. Culture and leadership"
    ws4 = "4. Medicines management"
    md1 = ("The trust must ensure safeguarding policies are up to date, reflect current legislation and "
           "can be delivered across the region.")
    md2 = "The trust must ensure safeguarding referrals are made and followed up in a timely way."
    md3 = ("The trust must ensure all staff complete safeguarding training at the level appropriate to "
           "their role.")
    md4 = ("The trust must ensure its governance processes give the board effective oversight of risks to "
           "quality and safety.")
    md5 = "The trust must ensure incidents are reported, investigated and learned from in a timely way."
    md6 = "The trust must ensure staff feel able to raise concerns without fear of detriment."
    md7 = ("The trust must ensure that managers respond effectively to concerns about sexual harassment "
           "and bullying.")
    md8 = ("The trust must ensure that medicines, including controlled drugs, are stored and managed safely "
           "at all sites.")
    rows = [
        [ws1, "MD1.1", md1, "Rewrite the safeguarding adults, safeguarding children and domestic abuse "
         "policies to reflect the Domestic Abuse Act 2021.", "Head of Safeguarding", "30/09/2022", "",
         "Complete", "Policies ratified by the Quality and Safety Committee in September 2022."],
        [ws1, "MD1.2", md1, "Publish a safeguarding policy summary for front-line staff on the staff app.",
         "Head of Safeguarding", "31/10/2022", "31/12/2022", "Complete",
         "Summary published on the staff app in December 2022."],
        [ws1, "MD2.1", md2, "Introduce a daily review of safeguarding referrals by the safeguarding team, "
         "escalating any referral not acknowledged within 24 hours.", "Head of Safeguarding", "Nov-22", "",
         "On track", "Daily review in place. 24-hour acknowledgement met for 94% of referrals in January."],
        [ws1, "MD3.1", md3, "Deliver level 3 safeguarding training to all registered clinicians, prioritising "
         "emergency operations centre clinicians.", "Head of Education / Head of Safeguarding", "31/03/2023",
         "30/06/2023", "At risk", "Compliance 72% against a 90% target. Additional sessions booked but "
         "abstraction limited by operational pressures."],
        [ws2, "MD4.1", md4, "Refresh the Board Assurance Framework and corporate risk register, with monthly "
         "review at the Executive Management Committee.", "Company Secretary", "Q4 2022/23", "", "On track",
         "Refreshed BAF presented to Board in January; risk register review cycle started in February."],
        [ws2, "MD5.1", md5, "Clear the backlog of overdue serious incident investigations.",
         "Director of Patient Care and Service Transformation", "31/12/2022", "31/03/2023", "Off track",
         "Backlog reduced from 41 to 23. Two investigators seconded from partner trusts from March."],
        [ws3, "MD6.1", md6, "Launch a speaking up campaign and appoint 20 additional Freedom to Speak Up "
         "ambassadors across operational areas.", "Freedom to Speak Up Guardian", "Jan-23", "", "Complete",
         "21 ambassadors appointed and trained by January 2023."],
        [ws3, "MD6.2", md6, "Hold quarterly executive listening events at each operational hub.",
         "Chief Executive", "Quarterly", "", "On track",
         "Events held in December and February at 8 of 10 hubs."],
        [ws3, "MD7.1", md7, "Adopt a sexual safety charter and deliver associated training for all line "
         "managers.", "Chief People Officer", "30/06/2023", "", "Not started",
         "Scoping with the NHS England regional team; training provider not yet identified."],
        [ws4, "MD8.1", md8, "Complete a controlled drugs audit at every station and install the new CD key-safe "
         "system.", "Chief Pharmacist", "28/02/2023", "", "On track",
         "Audits complete at 42 of 45 stations. Key-safes for the remaining three stations scheduled for "
         "March."],
    ]
    body = "\n".join(lines) + "\n" + "\t".join(header) + "\n"
    body += "\n".join("\t".join(r) for r in rows) + "\n"
    body += "\nRAG key: Complete = Blue; On track = Green; At risk = Amber; Off track = Red; " \
            "Not started = no rating\n"
    with open(out("ab2-scas-cqc-improvement-plan-export.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(body)


if __name__ == "__main__":
    make_sevenoaks()
    make_chelmsford()
    make_whittington()
    make_west_berks()
    make_salisbury()
    make_weca()
    make_scas()
    print("written")
