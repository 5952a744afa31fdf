#!/usr/bin/env python3
"""Build the seven kn2- blind test files (set heldout334).

Run with /work/main/.venv/bin/python kn2_make.py from any directory; files are
written beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL_HEX = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000",
            "grey": "D9D9D9", "navy": "1F3864", "lilac": "E4DFEC", "pale": "DDEBF7"}


# --------------------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def add_row(table, values, bold=False, fill=None):
    row = table.add_row()
    for cell, val in zip(row.cells, values):
        set_cell(cell, val, bold=bold)
        if fill:
            shade(cell, fill)
    return row


def merged_row(table, text, fill=None, bold=True):
    row = table.add_row()
    first = row.cells[0].merge(row.cells[-1])
    set_cell(first, text, bold=bold)
    if fill:
        shade(first, fill)
    return row


# --------------------------------------------------------------------------- 1. SAR (docx)
def make_sar():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "West Sussex Safeguarding Adults Board"
    sec.footer.paragraphs[0].text = "OFFICIAL – Published version"
    doc.add_heading("Safeguarding Adults Review \u2018Mr F\u2019 \u2013 Multi-agency Action Plan", 0)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Safeguarding Adults Review "
        "concerning Mr F, published by the Board on 14 May 2025. Progress is reported to each "
        "meeting of the SAR Subgroup and summarised for the Board.")

    doc.add_heading("Document control", 2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Owner", "SAR Subgroup Chair"),
                 ("Approved by", "WSSAB Executive, 12 June 2025"),
                 ("Last updated", "30 September 2025"), ("Next review", "December 2025")]:
        r = add_row(t, [k, v])
        shade(r.cells[0], FILL_HEX["grey"])

    doc.add_heading("RAG key", 2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colour, label, meaning in [("red", "Red", "Not started or overdue"),
                                   ("amber", "Amber", "In progress"),
                                   ("green", "Green", "Complete \u2013 evidence of impact received")]:
        r = add_row(t, [label, meaning])
        shade(r.cells[0], FILL_HEX[colour])

    header = ["No.", "Action", "Lead agency / officer", "Target date",
              "Progress update (September 2025)", "RAG"]

    def rec_table(rec_text, rows):
        tbl = doc.add_table(rows=0, cols=6)
        tbl.style = "Table Grid"
        merged_row(tbl, rec_text, fill=FILL_HEX["lilac"])
        add_row(tbl, header, bold=True, fill=FILL_HEX["grey"])
        for no, action, lead, date, prog, rag in rows:
            r = add_row(tbl, [no, action, lead, date, prog, rag])
            shade(r.cells[5], FILL_HEX[rag.lower()])
        doc.add_paragraph("")

    doc.add_heading("Theme 1: Self-neglect and mental capacity", 1)
    rec_table(
        "Recommendation 1: West Sussex SAB partners should assure the Board that the multi-agency "
        "Self-Neglect Protocol is understood and used by frontline practitioners, including escalation "
        "where engagement is declined.",
        [("1.1", "Relaunch the Self-Neglect Protocol through a seven-minute briefing and a practitioner "
                 "webinar series.",
          "WSSAB Business Manager", "July 2025",
          "Three webinars delivered (186 attendees). Briefing published on the WSSAB website.", "Green"),
         ("1.2", "Audit a sample of 20 self-neglect Section 42 enquiries to test use of the protocol and "
                 "escalation to a multi-agency risk management meeting.",
          "WSCC Head of Safeguarding (Adults) / Sussex Police DI Safeguarding Investigations Unit",
          "31/12/2025", "Audit tool agreed at August Subgroup; sample being drawn.", "Amber")])
    rec_table(
        "Recommendation 2: The Board should seek assurance that mental capacity assessments for people "
        "who self-neglect consider executive functioning and are revisited when risk escalates.",
        [("2.1", "Update the multi-agency Mental Capacity Act guidance to include a section on executive "
                 "capacity, with worked examples.",
          "WSCC MCA Lead", "Q3 2025/26", "Draft circulated to partners for comment.", "Amber"),
         ("2.2", "Deliver executive functioning training to adult social care, mental health and primary "
                 "care practitioners.\nTarget: 200 practitioners trained by year end.",
          "NHS Sussex ICB \u2013 Designated Professional Safeguarding Adults\nWSCC \u2013 Principal Social Worker",
          "March 2026",
          "Training provider not yet commissioned; funding request to go to the Board in October.", "Red")])

    doc.add_heading("Theme 2: Hospital discharge and information sharing", 1)
    rec_table(
        "Recommendation 3: University Hospitals Sussex and West Sussex County Council should review "
        "discharge arrangements for people known to be self-neglecting, so that a safeguarding referral "
        "and a plan are in place before discharge.",
        [("3.1", "Add a self-neglect prompt to the integrated discharge checklist used on all acute wards.",
          "UHSussex Deputy Chief Nurse (Safeguarding)", "30/06/2025",
          "Prompt live on all wards from 2 June 2025.", "Green"),
         ("3.2", "Test the revised arrangements through a multi-agency case file audit and report the "
                 "findings to the SAR Subgroup.",
          "SAR Subgroup Chair", "Ongoing", "First audit scheduled for November 2025.", "Amber")])

    doc.add_heading("Sign-off", 2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    add_row(t, ["Signed on behalf of WSSAB", "Independent Chair"])
    add_row(t, ["Date", "30/09/2025"])
    doc.save(os.path.join(HERE, "kn2-west-sussex-sab-sar-mr-f-action-plan.docx"))


# --------------------------------------------------------------------------- 2. maternity (docx)
def make_maternity():
    doc = Document()
    for s in doc.sections:
        s.orientation = 1
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.5)
    doc.add_heading("Maternity and Neonatal Improvement Plan", 0)
    doc.add_paragraph("University Hospitals Sussex NHS Foundation Trust")
    doc.add_paragraph("Report to: Quality and Safety Committee \u2013 20 March 2025\t"
                      "Position as at: 28 February 2025")
    doc.add_heading("1. Purpose", 1)
    doc.add_paragraph(
        "This paper updates the Committee on delivery of the single Maternity and Neonatal Improvement "
        "Plan, which brings together the CQC must-do actions from the 2024 inspection, the Ockenden "
        "immediate and essential actions and feedback from the Maternity and Neonatal Voices Partnership.")
    doc.add_heading("2. Summary of progress", 1)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    add_row(t, ["Status", "Definition", "Number of actions"], bold=True, fill=FILL_HEX["grey"])
    for colour, st, dfn, n in [("blue", "Complete", "Action delivered and evidence accepted", "2"),
                               ("green", "On track", "On track to deliver by the due date", "3"),
                               ("amber", "At risk", "At risk of missing the due date; recovery in place", "1"),
                               ("red", "Off track", "Due date missed or will be missed", "1"),
                               (None, "Not started", "Not yet due to start", "1")]:
        r = add_row(t, [st, dfn, n])
        if colour:
            shade(r.cells[0], FILL_HEX[colour])
    add_row(t, ["Total", "", "8"], bold=True)

    doc.add_heading("3. Improvement plan", 1)
    tbl = doc.add_table(rows=0, cols=7)
    tbl.style = "Table Grid"
    add_row(tbl, ["Ref", "Action", "Lead(s)", "Original date", "Revised date", "Progress update",
                  "Status"], bold=True, fill=FILL_HEX["navy"])
    colour_of = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
                 "Not started": None}

    def act(ref, action, lead, orig, rev, prog, status):
        r = add_row(tbl, [ref, action, lead, orig, rev, prog, status])
        if colour_of[status]:
            shade(r.cells[6], FILL_HEX[colour_of[status]])

    merged_row(tbl, "Workstream 1: Safe staffing and escalation", fill=FILL_HEX["pale"])
    merged_row(tbl, "CQC Must-do 1: The trust must ensure there are sufficient numbers of suitably "
                    "qualified midwifery staff on every shift.", bold=False)
    act("1.1", "Complete the Birthrate Plus workforce assessment and present the funded establishment "
               "uplift to the Trust Board.",
        "Director of Midwifery", "Oct 2024", "Jan 2025",
        "Assessment completed; uplift of 14.6 WTE approved by the Board on 30/01/2025.", "Complete")
    act("1.2", "Implement the midwifery escalation policy with four-hourly acuity recording on the "
               "Birthrate Plus app at all sites.",
        "Head of Midwifery \u2013 Worthing / Head of Midwifery \u2013 Princess Royal", "Mar 2025", "",
        "Live at three of four sites; Princess Royal go-live 10 March.", "On track")
    merged_row(tbl, "Workstream 2: Training and competency", fill=FILL_HEX["pale"])
    merged_row(tbl, "CQC Must-do 4: The trust must ensure all maternity staff complete mandatory training, "
                    "including PROMPT and fetal monitoring, in line with trust targets.", bold=False)
    act("2.1", "Achieve 90% compliance with PROMPT multi-professional emergencies training for midwives, "
               "obstetricians and anaesthetists.",
        "Practice Development Midwife / Clinical Director \u2013 Obstetrics", "Sep 2024", "Jun 2025",
        "Midwives 93%; obstetricians 81%; anaesthetists 74%. Additional sessions booked April to June.",
        "At risk")
    act("2.2", "Introduce a fetal monitoring competency assessment for all staff who interpret CTGs, with "
               "quarterly reporting to the Maternity Safety Champions.",
        "Fetal Monitoring Lead Midwife", "Mar 2025", "",
        "Assessment tool agreed; 61% of staff assessed.", "On track")
    merged_row(tbl, "Workstream 3: Governance and learning from incidents", fill=FILL_HEX["pale"])
    merged_row(tbl, "CQC Must-do 6: The trust must ensure that incidents are investigated in a timely way "
                    "and that learning is shared with staff.", bold=False)
    act("3.1", "Clear the backlog of maternity incidents awaiting review (baseline 212 at October 2024).\n"
               "Weekly incident huddle to continue at each site.",
        "Maternity Governance Lead", "Dec 2024", "Apr 2025",
        "Backlog reduced to 96. New risk management midwife starts in March.", "Off track")
    act("3.2", "Publish a monthly 'Learning from Incidents' bulletin and discuss it at every unit safety "
               "huddle.",
        "Maternity Governance Lead; Patient Safety Partner", "Nov 2024", "",
        "Bulletin published monthly since November 2024.", "Complete")
    merged_row(tbl, "Workstream 4: Listening to women and families", fill=FILL_HEX["pale"])
    act("4.1", "Co-produce a bereavement and poor-outcome information pack with the Maternity and Neonatal "
               "Voices Partnership (MNVP).",
        "Lead Bereavement Midwife & MNVP Lead", "Jun 2025", "",
        "Due to start April 2025.", "Not started")
    act("4.2", "Launch a 'Walk the Patch' programme in which MNVP representatives visit each unit "
               "quarterly.",
        "Director of Midwifery", "Apr 2025", "",
        "First visits booked at Worthing and St Richard's.", "On track")

    doc.add_heading("4. Next steps", 1)
    doc.add_paragraph("The Committee is asked to note the progress made and the two actions with revised "
                      "dates. A further update will be provided in May 2025.")
    doc.save(os.path.join(HERE, "kn2-university-hospitals-sussex-nhsft-maternity-neonatal-improvement-plan.docx"))


# --------------------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcolour):
    return PatternFill("solid", start_color="FF" + hexcolour, end_color="FF" + hexcolour)


def put(ws, row, values, bold=False, bg=None, wrap=True, border=True):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = Alignment(wrap_text=wrap, vertical="top")
        if bold:
            c.font = Font(bold=True)
        if bg:
            c.fill = fill(bg)
        if border:
            c.border = BOX
        if isinstance(v, (dt.date, dt.datetime)):
            c.number_format = "dd/mm/yyyy"


def band(ws, row, text, ncols, bg, bold=True, white=False):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(bold=bold, color="FFFFFFFF" if white else "FF000000")
    c.fill = fill(bg)
    c.alignment = Alignment(wrap_text=True, vertical="top")


# --------------------------------------------------------------------------- 3. ICB action log (xlsx)
def make_icb():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = "NHS Lincolnshire Integrated Care Board \u2013 Board Meeting in Public Action Log"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"], cov["B3"] = "Version", "Post-meeting update \u2013 28 January 2025"
    cov["A4"], cov["B4"] = "Prepared by", "Corporate Governance Team"
    cov["A5"], cov["B5"] = "Next Board meeting", dt.date(2025, 3, 25)
    cov["B5"].number_format = "dd/mm/yyyy"
    cov["A7"] = "RAG key"
    cov["A7"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([("blue", "Closed / proposed for closure"),
                                           ("green", "On track / not yet due"),
                                           ("amber", "Risk to delivery by due date"),
                                           ("red", "Overdue")], start=8):
        cov.cell(row=i, column=1).fill = fill(FILL_HEX[colour])
        cov.cell(row=i, column=2, value=meaning)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Action Log")
    ncols = 7
    ws.merge_cells("A1:G1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:G2")
    ws["A2"] = ("Actions arising from Board meetings held in public. Actions proposed for closure are "
                "shaded blue and will be removed after the next meeting.")
    ws["A2"].alignment = Alignment(wrap_text=True)
    put(ws, 4, ["Action ref", "Date raised", "Action", "Lead", "Due date", "Update", "RAG"],
        bold=True, bg="D9E1F2")

    rows = [
        ("band", "Meeting held 24 September 2024"),
        ("ICB/24/061", dt.date(2024, 9, 24),
         "Provide the Board with an analysis of the impact of the urgent community response service on "
         "avoidable ambulance conveyances.",
         "Chief Operating Officer", "November 2024",
         "Analysis presented at November Board (item 8). Propose closure.", "blue"),
        ("ICB/24/064", dt.date(2024, 9, 24),
         "Bring a paper setting out the approach to the 2025/26 Joint Forward Plan refresh, including "
         "engagement with district councils.",
         "Director of Strategy & Planning", dt.date(2025, 3, 25),
         "Scheduled for the March 2025 Board.", "green"),
        ("band", "Meeting held 26 November 2024"),
        ("ICB/24/079", dt.date(2024, 11, 26),
         "Confirm the timetable for the lower-limb wound care service procurement and report any risk to "
         "continuity of provision.",
         "Lisa Marriott / Dr Gareth Hollis", "January 2025",
         "Procurement timetable shared with Board members by email 10/01/2025. Propose closure.", "blue"),
        ("ICB/24/081", dt.date(2024, 11, 26),
         "Circulate the system winter plan performance dashboard to Board members each month over "
         "the winter period.",
         "Chief Operating Officer", "Monthly",
         "December and January dashboards circulated.", "green"),
        ("ICB/24/083", dt.date(2024, 11, 26),
         "Provide an update on the children and young people's mental health waiting list validation "
         "exercise, including numbers removed and re-referred.",
         "Chief Nurse; Director for Mental Health, Learning Disabilities & Autism", "January 2025",
         "Validation not yet complete.\nUpdate deferred to March Board.", "red"),
        ("band", "Meeting held 28 January 2025"),
        ("ICB/25/004", dt.date(2025, 1, 28),
         "Arrange a Board development session on the NHS 10 Year Health Plan engagement and the "
         "implications for the ICB operating model.",
         "Chief Executive", "April 2025", None, "green"),
        ("ICB/25/007", dt.date(2025, 1, 28),
         "Review the financial recovery plan assumptions on elective activity with United Lincolnshire "
         "Teaching Hospitals and report to the Finance & Performance Committee.",
         "Director of Finance", dt.date(2025, 2, 27),
         "Review meeting held 12/02/2025; report to F&P Committee on 27/02/2025.", "amber"),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            band(ws, r, row[1], ncols, "F2F2F2")
        else:
            put(ws, r, list(row[:6]) + [None])
            ws.cell(row=r, column=7).fill = fill(FILL_HEX[row[6]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Open actions: 5").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Proposed for closure: 2").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [12, 12, 60, 30, 14, 45, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "kn2-nhs-lincolnshire-icb-board-action-log.xlsx"))


# --------------------------------------------------------------------------- 4. risk register (xlsx)
def make_risk():
    wb = Workbook()
    title = "East Staffordshire Borough Council \u2013 Corporate Risk Register Q3 2024/25"
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 31 December 2024 \u2013 reported to Audit Committee 26 February 2025"
    put(sm, 4, ["Risk ref", "Risk", "Risk owner", "Inherent score", "Q2 residual score",
                "Q3 residual score", "Direction of travel"], bold=True, bg="D9E1F2")
    put(sm, 5, ["CR1", "Financial sustainability", "Chief Finance Officer (S151)", 20, 15, 15, "\u2194"])
    put(sm, 6, ["CR2", "Cyber security and ICT resilience", "Head of ICT & Digital", 25, 16, 16, "\u2194"])
    put(sm, 7, ["CR3", "Temporary accommodation demand", "Head of Housing & Communities", 20, 16, 12,
                "\u2193"])
    for col, w in zip("ABCDEFG", [10, 36, 30, 14, 16, 16, 18]):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Register")
    ncols = 7
    ws.merge_cells("A1:G1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Further action required", "Action owner", "Target date", "Revised date",
           "Progress at Q3", "RAG"]
    risks = [
        ("Risk CR1: Financial sustainability",
         "Failure to deliver a balanced medium-term financial strategy as a result of reduced government "
         "funding, inflationary pressure and lower than forecast income from car parking and planning fees.",
         "Chief Finance Officer (S151)", 20, 15, 10,
         [("CR1.1", "Deliver the 2025/26 budget savings programme of \u00a31.2m, with monthly tracking at "
                    "Leadership Team.",
           "Head of Finance", "31/03/2025", None,
           "\u00a30.86m identified; remaining proposals to Cabinet in February.", "amber"),
          ("CR1.2", "Refresh the fees and charges review, benchmarking against other Staffordshire districts.",
           "Head of Finance; Head of Regulatory Services", dt.date(2024, 12, 31), None,
           "Complete \u2013 approved by Cabinet on 9 December.", "blue"),
          ("CR1.3", "Review the capital programme and reprofile schemes not yet contractually committed.",
           "Capital Programme Board", "30/11/2024", "28/02/2025",
           "Reprofiling paper moved to the February Cabinet.", "amber")]),
        ("Risk CR2: Cyber security and ICT resilience",
         "A successful cyber attack or major ICT failure leads to loss of systems and data and the "
         "inability to deliver services.",
         "Head of ICT & Digital", 25, 16, 12,
         [("CR2.1", "Achieve renewal of the Public Services Network (PSN) compliance certificate.",
           "ICT Infrastructure Manager", dt.date(2025, 1, 31), None,
           "IT health check completed; remediation of 3 high findings under way.", "green"),
          ("CR2.2", "Run a cyber incident exercise with Leadership Team using the NCSC Exercise in a Box "
                    "scenarios.",
           "Head of ICT & Digital / Emergency Planning Officer", "Oct-24", "Mar-25",
           "Postponed owing to facilitator availability; rebooked for 12 March.", "amber"),
          ("CR2.3", "Deliver mandatory cyber awareness e-learning to all staff and members, with 95% "
                    "completion.",
           "Head of People & OD", "Ongoing", None,
           "Completion: staff 81%, members 62%.", "red")]),
        ("Risk CR3: Temporary accommodation demand",
         "Increasing homelessness presentations lead to greater use of bed and breakfast accommodation, "
         "with cost pressures and poorer outcomes for families.",
         "Head of Housing & Communities", 20, 12, 9,
         [("CR3.1", "Acquire 12 additional units of council-owned temporary accommodation through the Local "
                    "Authority Housing Fund.",
           "Housing Strategy Manager", "Q4 2024/25", None,
           "8 units completed; 4 in conveyancing.", "green"),
          ("CR3.2", "Implement a prevention-first triage model in the Housing Options team.",
           "Housing Options Manager", dt.date(2024, 10, 31), None,
           "Model live from 1 October 2024.", "blue")]),
    ]
    r = 3
    for head, desc, owner, inh, res, tgt, actions in risks:
        band(ws, r, head, ncols, FILL_HEX["navy"], white=True)
        r += 1
        ws.cell(row=r, column=1, value="Description").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncols)
        ws.cell(row=r, column=2, value=desc).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
        put(ws, r, ["Risk owner", owner, "Inherent score", inh, "Residual score", res,
                    "Target: %d" % tgt], bg="F2F2F2")
        r += 1
        put(ws, r, hdr, bold=True, bg="D9E1F2")
        r += 1
        for ref, text, lead, tdate, rdate, prog, rag in actions:
            put(ws, r, [ref, text, lead, tdate, rdate, prog, None])
            ws.cell(row=r, column=7).fill = fill(FILL_HEX[rag])
            r += 1
        r += 1
    for col, w in zip("ABCDEFG", [12, 58, 34, 13, 13, 42, 8]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Scoring & key")
    key["A1"] = "Risk scoring"
    key["A1"].font = Font(bold=True)
    key["A2"] = "Score = Likelihood (1\u20135) x Impact (1\u20135). 15\u201325 High; 8\u201314 Medium; 1\u20137 Low."
    key["A4"] = "Action RAG key"
    key["A4"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([("blue", "Complete"), ("green", "On track"),
                                           ("amber", "Some slippage \u2013 revised date agreed"),
                                           ("red", "Off track / no revised date")], start=5):
        key.cell(row=i, column=1).fill = fill(FILL_HEX[colour])
        key.cell(row=i, column=2, value=meaning)
    wb.save(os.path.join(HERE, "kn2-east-staffordshire-bc-corporate-risk-register-q3-2024-25.xlsx"))


# --------------------------------------------------------------------------- 5. highlight report, refuse (xlsx)
def make_highlight():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ncols = 8
    ws.merge_cells("A1:H1")
    ws["A1"] = "Transformation Programme Highlight Report \u2013 November 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Nuneaton and Bedworth Borough Council"
    info = [("Programme SRO", "Chief Executive"),
            ("Programme Manager", "Transformation Programme Manager"),
            ("Reporting period", "01/11/2024 \u2013 30/11/2024"),
            ("Overall programme RAG", "Amber")]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["B7"].fill = fill(FILL_HEX["amber"])
    ws["A9"] = "Key milestones and actions"
    ws["A9"].font = Font(bold=True, size=12)
    put(ws, 10, ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date", "Previous RAG",
                 "Current RAG", "Commentary"], bold=True, bg="D9E1F2")
    rows = [
        ("band", "Workstream 1: Customer Access and Digital"),
        ("1.1", "Launch the new customer portal (phase 1: council tax and waste services).",
         "Head of Customer Services", "Oct 2024", "Jan 2025", "A", "A",
         "User testing extended after accessibility audit."),
        ("1.2", "Close the Bedworth cash office and move payments to PayPoint and online.",
         "Head of Customer Services / Head of Finance", "Dec 2024", "Dec 2024", "G", "G",
         "Communications issued to customers; closure 20 December."),
        ("band", "Workstream 2: Asset Rationalisation"),
        ("2.1", "Complete condition surveys of the operational estate.",
         "Estates Manager", "Nov 2024", "Nov 2024", "G", "B", "All surveys received."),
        ("2.2", "Cabinet decision on the future of the Town Hall annex.",
         "Strategic Director \u2013 Place", "Jan 2025", "Febuary 2025", "G", "A",
         "Options appraisal delayed pending valuation; report now planned for the February Cabinet."),
        ("band", "Workstream 3: Workforce and Culture"),
        ("3.1", "Implement the new hybrid working policy following consultation with UNISON.",
         "Head of HR & OD", "Sep 2024", "Mar 2025", "A", "R",
         "Consultation extended; second draft issued 18 November."),
        ("3.2", "Roll out the leadership development programme to all service managers (cohort 1).",
         "Head of HR & OD", "Jan 2025", "Jan 2025", "G", "G", "Provider appointed."),
        ("band", "Workstream 4: Commercial and Income"),
        ("4.1", "Introduce garden waste subscription price changes for 2025/26.",
         "Head of Waste & Fleet", "Feb 2025", "Feb 2025", "G", "G", "Fees report to January Cabinet."),
        ("4.2", "Review commercial property portfolio rents and upcoming lease events.",
         "Estates Manager", "Mar 2025", "Mar 2025", "", "G", "New this period."),
    ]
    rag_fill = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    r = 11
    for row in rows:
        if row[0] == "band":
            band(ws, r, row[1], ncols, "F2F2F2")
        else:
            put(ws, r, list(row))
            for col in (6, 7):
                v = row[col - 1]
                if v:
                    ws.cell(row=r, column=col).fill = fill(FILL_HEX[rag_fill[v]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    put(ws, r, ["ID", "Risk / issue", "Owner", "Mitigation"], bold=True, bg="D9E1F2")
    r += 1
    put(ws, r, ["R1", "Capacity of the ICT team to support concurrent projects.", "Head of ICT",
                "Prioritisation agreed at Programme Board; interim contractor approved."])
    r += 1
    put(ws, r, ["I1", "Delay to Town Hall annex valuation.", "Estates Manager",
                "Escalated to the valuer; revised report date agreed."])
    r += 2
    ws.cell(row=r, column=1, value="Decisions required from Programme Board: none this period.")
    for col, w in zip("ABCDEFGH", [8, 55, 32, 13, 14, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(
        HERE, "kn2-nuneaton-bedworth-bc-transformation-programme-highlight-report-typo-month-refuse.xlsx"))


# --------------------------------------------------------------------------- 6. DHR (csv)
def make_dhr():
    n = 9
    def line(*vals):
        return list(vals) + [""] * (n - len(vals))
    rows = [
        line("Domestic Homicide Review 'Harriet' - Action Plan"),
        line("East Herts Community Safety Partnership"),
        line("Last updated: 14/03/2025"),
        line(),
        ["Recommendation", "Scope of recommendation", "No.", "Action to take", "Lead agency",
         "Key milestones achieved in enacting recommendation", "Target date",
         "Date of completion and outcome", "RAG"],
        ["1. East Herts CSP to ensure that all partner agencies' domestic abuse policies include guidance "
         "on recognising and responding to economic abuse and coercive control of older victims.",
         "Local", "1.1",
         "Review the CSP domestic abuse training offer and add a module on economic abuse and older victims.",
         "East Herts District Council (Community Safety Team)",
         "Module drafted with Hertfordshire Domestic Abuse Partnership.", "30/06/2025", "", "G"],
        ["", "", "1.2",
         "Each partner agency to confirm in writing that its domestic abuse policy has been updated.",
         "All CSP partner agencies", "5 of 7 agencies have confirmed.", "31/03/2025", "", "A"],
        ["2. Hertfordshire Constabulary to ensure officers attending domestic incidents involving older "
         "people complete a DASH risk assessment with the victim alone.",
         "Regional", "2.1",
         "Issue a briefing to all response officers on speaking to victims separately, including where a "
         "carer or family member is present.",
         "Hertfordshire Constabulary", "Briefing agreed by Public Protection Command.", "December 2024",
         "Completed 02/12/2024 - briefing issued to all response teams.", "B"],
        ["", "", "2.2",
         "Dip-sample 50 DASH assessments involving victims aged 60+ to check compliance.\n"
         "Report findings to the DHR Steering Group.",
         "Hertfordshire Constabulary (Public Protection Unit)", "Sample criteria agreed.", "Q1 2025/26",
         "", "G"],
        ["3. Primary care and the acute trust to improve routine enquiry about domestic abuse for patients "
         "attending with repeated injuries.",
         "Local", "3.1",
         "Deliver IRIS domestic abuse training to GP practices in the Stort Valley & Villages and Ware & "
         "Rural PCNs.",
         "HWE ICB Safeguarding Team", "11 of 16 practices trained.", "September 2025", "", "G"],
        ["", "", "3.2",
         "Add a domestic abuse routine enquiry prompt to the emergency department electronic record for "
         "patients with three or more injury attendances in 12 months.",
         "ENHT Safeguarding Lead / HWE ICB Safeguarding Team",
         "Digital change request submitted; not yet prioritised.", "31/12/2025", "", "R"],
        ["4. The CSP to publish a summary of the learning from this review and share it with partners.",
         "Local", "4.1",
         "Produce a 7-minute briefing and host a learning event for practitioners.",
         "East Herts CSP Manager", "Venue booked for learning event.", "May 2025", "", "G"],
        line(),
        line("RAG key: B = complete; G = on track; A = some slippage; R = not on track / overdue"),
        line("Scope: Local / Regional / National"),
    ]
    path = os.path.join(HERE, "kn2-east-herts-csp-dhr-harriet-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


# --------------------------------------------------------------------------- 7. CSP plan (txt, tab-separated)
def make_csp():
    lines = [
        "Rugby Community Safety Partnership - Partnership Plan 2025-26: Delivery Plan",
        "Q2 update (July - September 2025)",
        "",
        "Ref\tAction\tLead partner(s)\tTimescale\tMeasure of success\tQ2 RAG",
        "Priority 1: Anti-social behaviour and town centre safety",
        "1a\tDeliver a programme of joint patrols in Rugby town centre on Friday and Saturday evenings with "
        "Street Marshals.\tWarwickshire Police; Rugby BC Community Safety Team\tApr 2025 - Mar 2026\t"
        "Reduction in ASB reports for the town centre beat\tGreen",
        "1b\tUse the ASB Case Review (Community Trigger) to review repeat cases and publish the annual data."
        "\tRugby BC Community Safety Manager\tBy 30 June 2025\tAnnual data published on the council website"
        "\tComplete",
        "1c\tDeliver Operation Sceptre knife crime awareness sessions in secondary schools.\t"
        "Warwickshire Police (Rugby SNT)\tTermly\tAll secondary schools reached each year\tGreen",
        "Priority 2: Violence against women and girls and domestic abuse",
        "2a\tRefresh the Rugby Safe Spaces scheme and recruit 10 further venues.\t"
        "Rugby BC Community Safety Team & Rugby First BID\tQ3 2025/26\t10 new venues signed up\tAmber",
        "2b\tRun a White Ribbon campaign during the 16 Days of Action.\tRugby BC Community Safety Manager\t"
        "Nov - Dec 2025\tCampaign reach and pledges\tNot started",
        "2c\tMonitor the MARAC repeat referral rate for Rugby and report it to the CSP quarterly.\t"
        "Warwickshire County Council Domestic Abuse Team\tQuarterly\tRepeat rate within SafeLives range\t"
        "Green",
        "Priority 3: Serious violence and exploitation",
        "3a\tMap county lines and cuckooing hotspots using housing and police data to inform the Serious "
        "Violence Duty strategic needs assessment.\tWarwickshire Police Intelligence / WCC Community Safety "
        "Analyst\tSept 2025\tHotspot map shared with partners\tRed",
        "3b\tDeliver exploitation awareness training to taxi drivers, licensed premises and hotel staff.\t"
        "Rugby BC Licensing\t31/03/2026\t300 people trained\tAmber",
        "3c\tIntroduce a cuckooing protocol for tenancy officers, including the use of closure orders.\t"
        "Rugby BC Housing Services\tDecember 2025\tProtocol adopted and in use\tGreen",
        "",
        "RAG: Green = on track; Amber = some delay; Red = off track; Complete = action delivered",
        "Next update: Q3 report to the CSP Board, January 2026",
    ]
    path = os.path.join(HERE, "kn2-rugby-csp-partnership-plan-2025-26-delivery-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_sar()
    make_maternity()
    make_icb()
    make_risk()
    make_highlight()
    make_dhr()
    make_csp()
    print("built 7 files in", HERE)
