"""Build the seven jd1- data files of set heldout298.

Run with: /work/main/.venv/bin/python jd1_make.py   (writes beside this script)
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFFF0000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"

thin = Side(style="thin", color="FF808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put_row(ws, r, values, bold=False, border=True, date_fmt="dd/mm/yyyy"):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if border:
            cell.border = BORDER
        if bold:
            cell.font = Font(bold=True)
        if isinstance(v, dt.datetime):
            cell.number_format = date_fmt


# ---------------------------------------------------------------------------
# 1. Harrogate and District NHS FT - CQC must do / should do (acute hospital)
# ---------------------------------------------------------------------------
def harrogate():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Harrogate and District NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A3"] = "Core services inspected: Urgent and emergency care; Medical care (including older people's care)"
    cov["A4"] = "Inspection dates: 21–23 November 2023     Report published: 15 February 2024"
    cov["A5"] = "Executive sponsor: Chief Nurse     Oversight: Quality Committee (bi-monthly)"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    put_row(cov, 8, ["Version", "Date", "Author", "Summary of changes", "Approved by"], bold=True)
    put_row(cov, 9, ["0.1", d(2024, 3, 4), "Head of Regulatory Compliance", "First draft following publication of report", "—"])
    put_row(cov, 10, ["1.0", d(2024, 3, 26), "Head of Regulatory Compliance", "Final plan submitted to CQC", "Executive Management Team"])
    put_row(cov, 11, ["1.3", d(2024, 7, 9), "Regulatory Compliance Manager", "Q1 progress update", "Quality Committee"])
    put_row(cov, 12, ["1.4", d(2024, 10, 1), "Regulatory Compliance Manager", "Q2 progress update; revised completion dates agreed by Quality Committee", "Quality Committee"])
    for col, w in zip("ABCDE", (10, 14, 32, 60, 28)):
        cov.column_dimensions[col].width = w

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of actions by current RAG – position at 30 September 2024"
    summ["A1"].font = Font(bold=True, size=12)
    put_row(summ, 3, ["Core service", "Must do actions", "Should do actions", "Blue", "Green", "Amber", "Red", "Total"], bold=True)
    put_row(summ, 4, ["Urgent and Emergency Care", 3, 1, 1, 2, 1, 0, 4])
    put_row(summ, 5, ["Medical Care (including older people's care)", 2, 2, 1, 1, 1, 1, 4])
    put_row(summ, 6, ["Total", 5, 3, 2, 3, 2, 1, 8], bold=True)
    for c, col in ((4, BLUE), (5, GREEN), (6, AMBER), (7, RED)):
        summ.cell(row=3, column=c).fill = fill(col)
    summ.column_dimensions["A"].width = 44
    for col in "BCDEFGH":
        summ.column_dimensions[col].width = 12

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "CQC Must Do and Should Do Action Plan – progress at 30 September 2024"
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    ws["A2"] = ("Previous RAG = position reported to Quality Committee in July 2024. "
                "Current RAG = position at 30 September 2024.")
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Type", "Regulation", "CQC requirement", "Action", "Lead",
               "Original completion date", "Revised completion date", "Progress update",
               "Previous RAG", "Current RAG"]
    put_row(ws, 4, headers, bold=True)
    for c in range(1, 12):
        ws.cell(row=4, column=c).fill = fill("FFBDD7EE")

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def section(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True, color="FFFFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(row=r, column=1).fill = fill(NAVY)

    def action(r, ref, typ, reg, req, act, lead, orig, rev, prog, prev, cur):
        put_row(ws, r, [ref, typ, reg, req, act, lead, orig, rev, prog, prev, cur])
        for c, v in ((10, prev), (11, cur)):
            ws.cell(row=r, column=c).fill = fill(rag_fill[v])
            ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")

    section(5, "Urgent and Emergency Care")
    req1 = ("The trust must ensure that patients attending the emergency department are triaged "
            "within 15 minutes of arrival and that early warning scores are recorded and escalated "
            "in line with trust policy.")
    action(6, "UEC-MD1.1", "Must do", "Reg 12(2)(a)(b)", req1,
           "Introduce a streaming and triage nurse rota in ED between 10:00 and 02:00 so that a "
           "registered nurse is always allocated to triage.",
           "Head of Nursing – Emergency Care", d(2024, 3, 31), d(2024, 6, 30),
           "Rota in place from 3 June 2024. Time to triage within 15 minutes 91% in August and "
           "93% in September (target 90%).", "A", "B")
    action(7, "UEC-MD1.2", "Must do", "Reg 12(2)(a)(b)", None,
           "Implement the electronic NEWS2 escalation alert in the ED patient tracking system and "
           "audit compliance weekly, reporting results to the ED governance meeting.",
           "Clinical Director for Emergency Medicine / Matron ED", d(2024, 6, 30), d(2024, 11, 30),
           "Alert built and tested; go-live delayed by system upgrade. Manual weekly audit in "
           "place meanwhile – 84% compliance.", "A", "A")
    ws.merge_cells("D6:D7")
    action(8, "UEC-MD2.1", "Must do", "Reg 18(2)(a)",
           "The trust must ensure that staff in the emergency department complete mandatory "
           "training, including paediatric life support, to meet the trust target.",
           "Book all ED nursing and medical staff who are out of date onto paediatric life support "
           "courses and track compliance monthly against the 90% target.",
           "ED Practice Educator", d(2024, 5, 31), d(2024, 12, 31),
           "Compliance 86% (nursing) and 81% (medical). Additional in-house courses booked for "
           "October and November.", "A", "G")
    action(9, "UEC-SD1.1", "Should do", "Reg 10",
           "The trust should ensure that patients' privacy and dignity are maintained when they are "
           "cared for in the corridor area.",
           "Review the corridor care standard operating procedure and install privacy screens in "
           "the majors corridor.",
           "Matron ED", d(2024, 12, 31), None,
           "SOP review under way with patient experience team; screens ordered.", "G", "G")

    section(10, "Medical Care (including older people's care)")
    req3 = ("The trust must ensure that medicines are stored securely and that fridge temperatures "
            "are monitored and acted upon on all medical wards.")
    action(11, "MC-MD3.1", "Must do", "Reg 12(2)(g)", req3,
           "Roll out the daily medicines storage checklist on all medical wards, including fridge "
           "temperature recording and escalation when out of range.",
           "Chief Pharmacist; Divisional Director of Nursing – Medicine", d(2024, 4, 30), None,
           "Checklist in use on all 11 medical wards since April. Completion 98% in Q2 audit.", "G", "B")
    action(12, "MC-MD3.2", "Must do", "Reg 12(2)(g)", None,
           "Carry out monthly medicines security spot checks led by pharmacy, with results reported "
           "to the Medicines Safety Group.",
           "Lead Pharmacist – Medication Safety", d(2024, 7, 31), d(2024, 10, 31),
           "Spot checks started in August; two wards with repeat findings have local action plans.",
           "A", "A")
    ws.merge_cells("D11:D12")
    action(13, "MC-SD2.1", "Should do", "Reg 9",
           "The trust should ensure that patients living with dementia have a completed 'This is me' "
           "document in their records.",
           "Relaunch the 'This is me' document with ward dementia champions and include completion "
           "in the monthly ward accreditation audit.",
           "Lead Nurse for Dementia and Delirium", d(2025, 3, 31), None,
           "Relaunched during Dementia Action Week; audit question added from September.", "G", "G")
    action(14, "MC-SD3.1", "Should do", "Reg 17",
           "The trust should ensure that discharge summaries are sent to GPs within 24 hours of "
           "discharge.",
           "Agree a discharge summary improvement trajectory with each medical specialty and report "
           "performance through the divisional performance review.",
           "Divisional Clinical Director – Medicine", d(2024, 8, 31), d(2025, 1, 31),
           "Trajectories agreed for 4 of 7 specialties. Performance 71% within 24 hours – below "
           "trajectory.", "A", "R")

    ws["A16"] = ("RAG key: B = Complete – evidence of sustained improvement seen; G = On track to "
                 "deliver by the completion date; A = Risk to delivery by the completion date; "
                 "R = Off track / not delivered by the completion date")
    ws["A16"].font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJK", (11, 10, 13, 42, 46, 26, 13, 13, 44, 9, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "jd1-harrogate-and-district-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Norfolk and Suffolk NHS FT - CQC mental health must do / should do
# ---------------------------------------------------------------------------
def nsft():
    title = "Norfolk and Suffolk NHS Foundation Trust – CQC Must Do and Should Do Action Plan 2024/25"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Inspection of mental health core services and well-led, July–August 2023. Report published 2 February 2024."
    s["A3"] = "Position reported to Quality Committee, 12 November 2024"
    put_row(s, 5, ["Sheet", "Must do", "Should do", "Actions", "Complete", "On track", "Slippage", "Off track", "Not started"], bold=True)
    put_row(s, 6, ["Acute & PICU", 2, 1, 4, 1, 2, 1, 0, 0])
    put_row(s, 7, ["Community CAMHS", 1, 1, 3, 0, 1, 1, 1, 0])
    put_row(s, 8, ["Trust-wide", 1, 1, 3, 1, 1, 0, 0, 1])
    put_row(s, 9, ["Total", 4, 3, 10, 2, 4, 2, 1, 1], bold=True)
    s.column_dimensions["A"].width = 20

    rag_fill = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED, None: None}

    def sheet(name, service, blocks):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = service
        ws["A2"].font = Font(bold=True, size=12, color="FF005EB8")
        ws["A3"] = "Updated: 12 November 2024"
        ws["A3"].font = Font(italic=True)
        put_row(ws, 5, ["Ref", "Action", "Responsible", "Due by", "Progress / evidence", "RAG"], bold=True)
        for c in range(1, 7):
            ws.cell(row=5, column=c).fill = fill("FFDEEAF6")
        r = 6
        for req, acts in blocks:
            ws.cell(row=r, column=1, value=req).font = Font(bold=True)
            ws.cell(row=r, column=1).alignment = WRAP
            ws.cell(row=r, column=1).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, act, resp, due, prog, rag in acts:
                put_row(ws, r, [ref, act, resp, due, prog, None])
                if rag_fill[rag]:
                    ws.cell(row=r, column=6).fill = fill(rag_fill[rag])
                r += 1
        for col, w in zip("ABCDEF", (9, 58, 30, 16, 52, 8)):
            ws.column_dimensions[col].width = w

    sheet("Acute & PICU",
          "Acute wards for adults of working age and psychiatric intensive care units",
          [("MD1. The trust must ensure that ligature risk assessments are reviewed and updated for all "
            "acute wards and that staff know the mitigations in place. (Regulation 12)",
            [("MD1.1", "Complete a refreshed ligature risk assessment for each acute ward and PICU using the "
                       "trust's revised environmental risk tool.",
              "Lead Nurse Acute Services / Head of Estates", d(2024, 6, 30),
              "All 14 assessments completed and signed off by the Environmental Risk Group, 26 June 2024.",
              "blue"),
             ("MD1.2", "Add the ward ligature heat map and mitigations to the daily safety huddle and check "
                       "staff knowledge through monthly quality walkarounds.",
              "Ward Managers (all acute wards)", "Ongoing (monthly audit)",
              "Huddle template changed. Walkaround results: 88% of staff could describe mitigations.",
              "green")]),
           ("MD2. The trust must ensure that patients' physical health is assessed on admission and "
            "monitored regularly in line with trust policy. (Regulation 12)",
            [("MD2.1", "Introduce a physical health admission checklist in the electronic record, with a "
                       "weekly report of incomplete checklists sent to ward managers.",
              "Consultant Psychiatrist (Physical Health Lead)", "Q3 2024/25",
              "Checklist live from 1 October. Weekly report in development with the informatics team.",
              "amber")]),
           ("SD1. The trust should ensure that patients on the PICU have daily access to fresh air. "
            "(Regulation 9)",
            [("SD1.1", "Agree a daily garden access timetable for Rollesby and Poppy PICUs and record refusals "
                       "in the patient's notes.",
              "Sarah Mitchell (Service Manager)", d(2024, 12, 31),
              "Timetable agreed on Rollesby; Poppy garden works due to finish in December.",
              "green")])])

    sheet("Community CAMHS",
          "Specialist community mental health services for children and young people",
          [("MD3. The trust must ensure that children and young people waiting for treatment have their "
            "risk reviewed regularly and that contact is maintained while they wait. (Regulation 12)",
            [("MD3.1", "Set up a waiting list review team in each locality to contact every young person "
                       "waiting more than 8 weeks and update their risk assessment.",
              "Head of Nursing, Children and Young People's Services", "End of January 2025",
              "Teams in place in Norwich and Ipswich; recruitment for West Suffolk team under way.",
              "amber"),
             ("MD3.2", "Publish a weekly waiting list dashboard showing days waited and date of last risk "
                       "review for each young person.",
              "Head of Performance / CAMHS Service Manager", d(2024, 9, 30),
              "Dashboard not yet published – data quality issues in the referral module.",
              "red")]),
           ("SD2. The trust should ensure that young people and their families are involved in writing "
            "their care plans. (Regulation 9)",
            [("SD2.1", "Co-produce a new care plan template with the Youth Council and audit use of the young "
                       "person's own words in care plans each quarter.",
              "Participation Lead", d(2025, 3, 31),
              "Template designed with the Youth Council in October; first audit planned for January.",
              "green")])])

    sheet("Trust-wide",
          "Trust-wide: Well-led",
          [("MD4. The trust must ensure that governance processes give the board clear oversight of "
            "quality and safety risks in each care group. (Regulation 17)",
            [("MD4.1", "Review the care group quality governance structure and agree a standard quality "
                       "report to the Quality Committee.",
              "Chief Nursing Officer; Director of Corporate Governance", d(2024, 7, 31),
              "New structure and report approved by the Board of Directors on 25 July 2024.",
              "blue")]),
           ("SD3. The trust should ensure that staff from ethnic minority backgrounds feel supported to "
            "raise concerns. (Regulation 17)",
            [("SD3.1", "Increase the number of Freedom to Speak Up champions from ethnic minority backgrounds "
                       "and report speaking-up data by ethnicity to the People Committee.",
              "Freedom to Speak Up Guardian", d(2025, 2, 28),
              "12 new champions recruited; first report by ethnicity presented in October.",
              "green"),
             ("SD3.2", "Run reverse mentoring for all executive directors with staff network members.",
              "Director of People and Culture", d(2025, 6, 30),
              "Not started – will begin after the network chairs are appointed.",
              None)])])

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for r, (col, txt) in enumerate([(BLUE, "Completed and evidence accepted by Quality Committee"),
                                    (GREEN, "On track"),
                                    (AMBER, "Some slippage – recovery plan in place"),
                                    (RED, "Off track / overdue"),
                                    (None, "No colour – not yet started")], start=2):
        if col:
            k.cell(row=r, column=1).fill = fill(col)
        k.cell(row=r, column=2, value=txt)
    k.column_dimensions["B"].width = 52
    wb.save(os.path.join(HERE, "jd1-norfolk-and-suffolk-nhsft-cqc-mental-health-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Furness College - Ofsted post-inspection action plan (refuse: Febuary)
# ---------------------------------------------------------------------------
def furness():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP 2024-25"
    ws["A1"] = "Furness College – Post-Inspection Action Plan (Ofsted inspection 8–11 October 2024)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Provision types: Education programmes for young people; Adult learning programmes; "
                "Apprenticeships; Provision for learners with high needs")
    ws["A3"] = ("Approved by the Quality and Standards Committee: 4 December 2024. Progress column updated "
                "for the Corporation meeting, 26 March 2025.")
    ws["A3"].font = Font(italic=True)
    put_row(ws, 5, ["Area for improvement", "Ref", "Action", "Lead(s)", "Target date",
                    "Measure of impact", "Progress at March 2025", "RAG"], bold=True)
    for c in range(1, 9):
        ws.cell(row=5, column=c).fill = fill("FFFCE4D6")
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED}
    rows = [
        (6, "1.1", "Map each apprenticeship standard's off-the-job training calendar against employer "
                   "workplace activities and share it with employers at the start of each cohort.",
         "Head of Apprenticeships", "Dec-24",
         "All active standards have a shared calendar; employer feedback positive.",
         "Calendars complete for 14 of 15 standards.", "G"),
        (7, "1.2", "Introduce monthly progress reviews for apprentices at risk of passing their planned "
                   "end date, with an action plan agreed with the employer.",
         "Apprenticeship Quality Manager / Curriculum Leads", "Jan-25",
         "Apprentices past planned end date reduced from 11% to below 5%.",
         "Reviews running; 7% past planned end date in March.", "A"),
        (8, "1.3", "Hold termly employer forums in engineering and construction to plan off-the-job "
                   "training around site work.",
         "Employer Engagement Manager", "Febuary 2025",
         "Employers attending forums; fewer missed off-the-job sessions.",
         "First forum held 12 February with 9 employers.", "G"),
        (9, "2.1", "Rewrite the personal learning plan template so that every target for learners with "
                   "high needs is specific, measurable and linked to their EHC plan outcomes.",
         "Head of Inclusive Learning", "Mar-25",
         "Audit shows 90% of plans have measurable targets.",
         "New template in use since January; audit due April.", "G"),
        (10, "2.2", "Train learning support assistants to record progress against personal targets after "
                    "each session.",
         "Head of Inclusive Learning; HR Business Partner", "Summer term 2025",
         "All LSAs trained; progress records completed for 95% of sessions.",
         "Training scheduled for April staff development day.", "A"),
        (11, "3.1", "Introduce a common feedback model in adult English and mathematics classes that tells "
                    "learners what to do next to improve.",
         "Adult Learning Manager", "Apr-25",
         "Learning walks show consistent use of the model; achievement rates improve.",
         "Model agreed by the team in February.", "G"),
        (12, "3.2", "Include the quality of feedback in every adult learning walk and share good practice "
                    "at team meetings.",
         "Quality Improvement Coaches", "Ongoing",
         "Learning walk records show improvement in feedback.",
         "Learning walks carried out in February and March.", "G"),
    ]
    for r, ref, act, lead, due, imp, prog, rag in rows:
        put_row(ws, r, [None, ref, act, lead, due, imp, prog, rag])
        ws.cell(row=r, column=8).fill = fill(rag_fill[rag])
    afis = [(6, 8, "Leaders and managers should ensure that apprentices receive timely and well-planned "
                   "off-the-job training so that they complete their programmes by their planned end date."),
            (9, 10, "Leaders should ensure that learners with high needs have specific and measurable targets "
                    "in their personal learning plans so that staff can check the progress they make."),
            (11, 12, "Teachers should ensure that adult learners on English and mathematics courses receive "
                     "feedback that helps them to improve their work.")]
    for top, bottom, text in afis:
        ws.cell(row=top, column=1, value=text).alignment = WRAP
        ws.cell(row=top, column=1).border = BORDER
        ws.merge_cells(start_row=top, start_column=1, end_row=bottom, end_column=1)
    ws["A14"] = "RAG: G = on track or complete   A = some delay   R = significant concern"
    ws["A14"].font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", (40, 6, 50, 28, 14, 38, 38, 6)):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Governor monitoring")
    g["A1"] = "Monitoring of the PIAP by governors"
    g["A1"].font = Font(bold=True)
    put_row(g, 3, ["Meeting", "Date", "Focus"], bold=True)
    put_row(g, 4, ["Quality and Standards Committee", d(2024, 12, 4), "Approval of PIAP"])
    put_row(g, 5, ["Quality and Standards Committee", d(2025, 2, 19), "Deep dive: apprenticeships"])
    put_row(g, 6, ["Corporation", d(2025, 3, 26), "Progress report"])
    g.column_dimensions["A"].width = 34
    g.column_dimensions["B"].width = 14
    g.column_dimensions["C"].width = 32
    wb.save(os.path.join(HERE, "jd1-furness-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


DOCX_RAG = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


# ---------------------------------------------------------------------------
# 4. Sir John Lawes School - post-Ofsted action plan (docx, table per priority)
# ---------------------------------------------------------------------------
def sir_john_lawes():
    doc = Document()
    landscape(doc)
    doc.add_heading("Sir John Lawes School – Post-Ofsted Action Plan 2024–25", level=0)
    doc.add_paragraph("Ofsted inspection: 30 April – 1 May 2024   |   Report published: 7 June 2024")
    doc.add_paragraph("This plan sets out how we will address the areas for improvement identified in the "
                      "inspection report. It is monitored by the Local Governing Body’s Standards Committee "
                      "each half term, and the RAG column shows the position at the spring review.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comment"]):
        set_text(c, h, bold=True)
    for row in [("1.0", "24/06/2024", "Deputy Headteacher (Quality of Education)", "Approved by governors 3 July 2024"),
                ("1.1", "10/01/2025", "Deputy Headteacher (Quality of Education)", "Autumn review – RAG added"),
                ("1.2", "28/03/2025", "Deputy Headteacher (Quality of Education)", "Spring review")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)

    def priority(heading, rec, actions):
        doc.add_heading(heading, level=1)
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
        set_text(top, rec, italic=True)
        shade(top, "F2F2F2")
        for c, h in zip(tb.rows[1].cells, ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG (March 2025)"]):
            set_text(c, h, bold=True)
            shade(c, "DDEBF7")
        for ref, act, lead, when, success, rag in actions:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, success, rag or ""]):
                set_text(c, v)
            if rag:
                shade(cells[5], DOCX_RAG[rag])
        doc.add_paragraph()

    priority("Priority 1: Consistency of assessment in key stage 3",
             "Leaders should ensure that teachers in all subjects check pupils’ understanding systematically "
             "in key stage 3, so that misconceptions are identified and addressed before pupils move on to new content.",
             [("1a", "Deliver whole-staff training on responsive teaching and checking for understanding, "
                     "including mini-whiteboards and hinge questions.",
               "Deputy Headteacher (Quality of Education)", "Autumn term 2024",
               "All teaching staff trained; techniques seen in 90% of lesson visits.", "B"),
              ("1b", "Each department to revise its key stage 3 assessment map so that low-stakes checks are "
                     "planned at the end of every unit.",
               "Heads of Department", "September 2024 – July 2025",
               "Assessment maps in place for all subjects and quality assured by SLT links.", "G"),
              ("1c", "Use subject reviews to check that teachers adapt teaching in response to what checks show.",
               "JMc / RT", "Termly",
               "Subject review reports show teaching adapted in response to assessment.", "G")])

    priority("Priority 2: Reading for pupils who are behind",
             "Leaders should make sure that pupils who are behind with their reading in Years 7 to 9 get "
             "the help they need to catch up quickly.",
             [("2a", "Screen all Year 7 pupils with a standardised reading test on entry and identify pupils "
                     "for phonics or fluency intervention.",
               "SENDCo / Reading Lead", "Autumn term 2024",
               "All Year 7 pupils screened by October half term; intervention groups set up.", "B"),
              ("2b", "Introduce the tutor-time reading programme for Years 7–9.\n"
                     "Train all form tutors in the programme during the September INSET day.",
               "Reading Lead", "Spring term 2025",
               "Programme running in all KS3 tutor groups; reading ages improve for 80% of pupils.", "A"),
              ("2c", "Report reading age progress for intervention pupils to the Standards Committee.",
               "Assistant Headteacher (Inclusion)", "Summer term 2025",
               "Governors receive termly data and can challenge progress.", None)])

    priority("Priority 3: Attendance of disadvantaged pupils",
             "Leaders should continue to improve the attendance of disadvantaged pupils, so that fewer of "
             "them are persistently absent.",
             [("3a", "Appoint a second attendance officer and introduce first-day calls and home visits for "
                     "disadvantaged pupils.",
               "Assistant Headteacher (Pastoral)", "By 31 October 2024",
               "Officer in post; first-day contact made for all absent disadvantaged pupils.", "B"),
              ("3b", "Hold attendance panels with families of persistently absent pupils and agree support plans.",
               "Heads of Year", "Half-termly",
               "Persistent absence of disadvantaged pupils falls below 25%.", "A")])

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, meaning in [("B", "Complete and impact evident"), ("G", "On track"),
                          ("A", "Some progress – not yet secure"), ("R", "Not on track"),
                          ("", "Not yet started")]:
        cells = k.add_row().cells
        set_text(cells[0], code)
        set_text(cells[1], meaning)
        if code:
            shade(cells[0], DOCX_RAG[code])
    doc.add_paragraph("Next review: Standards Committee, 10 June 2025.")
    doc.save(os.path.join(HERE, "jd1-sir-john-lawes-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. University of Cumbria - apprenticeships post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def cumbria():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("University of Cumbria – Apprenticeships Post-Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Ofsted further education and skills inspection (apprenticeships): 11–14 June 2024. "
                      "Report published 19 July 2024.")
    doc.add_paragraph("Owner: Pro Vice-Chancellor (Student Experience)   |   Monitored by: Apprenticeship "
                      "Quality Board (bi-monthly)   |   Version 3 – progress at 31 March 2025")
    doc.add_paragraph("Status key")
    k = doc.add_table(rows=1, cols=3)
    k.style = "Table Grid"
    for c, h in zip(k.rows[0].cells, ["Status", "Colour", "Meaning"]):
        set_text(c, h, bold=True)
    for st, col, hexcol, meaning in [
            ("Complete", "Blue", "0070C0", "Action completed and impact evidenced"),
            ("On track", "Green", "00B050", "Progressing to the agreed date"),
            ("Delayed", "Amber", "FFC000", "Behind the original date – revised date agreed by the Apprenticeship Quality Board"),
            ("Off track", "Red", "FF0000", "Will not be delivered without intervention"),
            ("Not started", "White", None, "Not yet due to start")]:
        cells = k.add_row().cells
        set_text(cells[0], st)
        set_text(cells[1], col)
        set_text(cells[2], meaning)
        if hexcol:
            shade(cells[1], hexcol)
    doc.add_paragraph()

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Area for improvement", "Actions", "Responsibility",
                                      "Completion date", "Progress update (March 2025)", "Status"]):
        set_text(c, h, bold=True)
        shade(c, "C6E0B4")

    def theme(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[6])
        set_text(m, text, bold=True)
        shade(m, "E2EFDA")

    def afi_block(afi, acts):
        first = len(t.rows)
        for no, act, resp, when, prog, status in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, None, act, resp, when, prog, status]):
                if v is not None:
                    set_text(c, v)
        last = len(t.rows) - 1
        cell = t.cell(first, 1)
        if last > first:
            cell = cell.merge(t.cell(last, 1))
        set_text(cell, afi)

    theme("Theme 1: Quality of education")
    afi_block("Leaders should ensure that apprentices’ off-the-job training is coordinated with what they "
              "learn in the workplace, so that apprentices can apply new knowledge and skills at work.",
              [("1.1", "Hold a tripartite planning meeting with each employer at the start of every module to "
                       "agree workplace activities that reinforce the module content.",
                "Associate Dean (Apprenticeships); Apprenticeship Quality Manager", "December 2024",
                "Meetings held for all modules starting in January 2025.", "Complete"),
               ("1.2", "Add a ‘learning in the workplace’ section to the apprenticeship e-portfolio so that "
                       "apprentices record how they have applied each module at work.",
                "Head of Apprenticeship Delivery", "March 2025\nRevised: June 2025",
                "E-portfolio change delayed by supplier release schedule; now planned for May.", "Delayed"),
               ("1.3", "Moderate a sample of e-portfolios each semester to check the link between on- and "
                       "off-the-job learning.",
                "Programme Leaders", "July 2025",
                "First moderation planned for the end of semester 2.", "Not started")])

    theme("Theme 2: Leadership and management")
    afi_block("Leaders should improve the quality of progress reviews so that employers contribute to "
              "them and apprentices know what they need to do to achieve high grades.",
              [("2.1", "Redesign the progress review form with employers and train all academic assessors "
                       "in its use.",
                "Dr Ruth Ellison / Mark Tavener", "31 January 2025",
                "New form launched; 46 assessors trained.", "Complete"),
               ("2.2", "Audit 10% of progress reviews each quarter and report employer attendance to the "
                       "Apprenticeship Quality Board.",
                "Apprenticeship Quality Manager", "From September 2024 (ongoing)",
                "Q2 audit: employers attended 78% of reviews (target 90%).", "On track")])
    afi_block("Governors should receive more detailed information about apprentices’ progress and "
              "achievement so that they can challenge leaders effectively.",
              [("2.3", "Produce a termly apprenticeship performance report for the Academic Board and the "
                       "Board of Governors, including achievement by standard.",
                "Director of Planning and Performance", "April 2025",
                "Report format agreed; first data extract incomplete for two standards.", "Off track")])

    theme("Theme 3: Personal development")
    afi_block("Leaders should ensure that apprentices develop a good understanding of the risks of "
              "radicalisation and extremism in their region and workplace.",
              [("3.1", "Include a Prevent and local risk session in every apprenticeship induction and revisit "
                       "it in progress reviews.",
                "Head of Student Safeguarding", "October 2024",
                "Sessions delivered at all autumn inductions; included in new review form.", "Complete")])

    doc.add_paragraph("Next update to the Apprenticeship Quality Board: 14 May 2025.")
    doc.save(os.path.join(HERE, "jd1-university-of-cumbria-ofsted-apprenticeships-piap.docx"))


# ---------------------------------------------------------------------------
# 6. Elmwood Health Centre - GP CQC inspection action plan (plain-text export)
# ---------------------------------------------------------------------------
def elmwood():
    rule = "=" * 78
    lines = [
        "ELMWOOD HEALTH CENTRE – CQC INSPECTION ACTION PLAN",
        "Inspection: 14 January 2025 | Report published: 26 February 2025 | Overall rating: Requires improvement",
        "Plan owner: Practice Manager (Karen Doyle) | Last updated: 9 June 2025",
        "Status key: Complete / On track / At risk / Overdue / Not started",
        "",
        rule,
        "1. Regulation 12 - Safe care and treatment (Requirement notice)",
        rule,
        "The provider must ensure care and treatment is provided in a safe way for service users.",
        "",
    ]

    def block(ref, action, lead, due, status, update):
        return [
            f"Ref:      {ref}",
            f"Action:   {action}",
            f"Lead:     {lead}",
            f"Due:      {due}",
            f"Status:   {status}",
            f"Update:   {update}",
            "",
        ]

    lines += block("1.1", "Run a search of all patients prescribed DMARDs and lithium and recall any patient without up-to-date blood monitoring.",
                   "Dr Amir Shah / Clinical Pharmacist", "31/03/2025", "Complete",
                   "Search run 10/02/2025; 23 patients recalled and all now monitored.")
    lines += block("1.2", "Set up a monthly high-risk drug monitoring search and review it at the clinical meeting.",
                   "Lisa Grant (Clinical Pharmacist)", "April 2025", "Complete",
                   "Search scheduled on the first Monday of each month; standing agenda item.")
    lines += block("1.3", "Review all patients with a coded diagnosis of diabetic retinopathy or CKD stage 4-5 who have not had a review in 12 months.",
                   "Dr Helen Pryce", "30/06/2025 (revised from 30/04/2025)", "At risk",
                   "164 of 212 reviewed. Locum sessions booked for June.")
    lines += [
        rule,
        "2. Regulation 17 - Good governance (Requirement notice)",
        rule,
        "The provider must establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.",
        "",
    ]
    lines += block("2.1", "Introduce a system to check that all clinical staff have completed safeguarding level 3 training and record it in the training matrix.",
                   "Practice Manager", "End of May 2025", "Complete",
                   "Training matrix updated; all GPs and nurses at level 3.")
    lines += block("2.2", "Action all outstanding patient safety alerts and keep a log of the actions taken, reviewed at the monthly practice meeting.",
                   "Dr Amir Shah & Practice Manager", "March 2025", "Overdue",
                   "Log in place; two historic MHRA alerts still being worked through.")
    lines += block("2.3", "Complete the infection prevention and control audit and act on the findings.",
                   "Lead Practice Nurse", "Quarterly", "On track",
                   "Q1 audit 94%; sharps bins replaced in two rooms.")
    lines += [
        rule,
        "3. Areas where the provider should make improvements",
        rule,
        "The provider should continue to take action to improve the uptake of cervical screening and childhood immunisations.",
        "",
    ]
    lines += block("S1.1", "Send text and letter reminders to all eligible women overdue for cervical screening and offer Saturday clinics.",
                   "Lead Practice Nurse; Reception Manager", "September 2025", "On track",
                   "Two Saturday clinics held; uptake 74.2% (target 80%).")
    lines += [
        "The provider should improve patients' ability to access the practice by telephone.",
        "",
    ]
    lines += block("S2.1", "Move to a cloud telephony system with call-back and queue position messages.",
                   "Practice Manager", "July 2025", "Not started",
                   "Contract signed; installation date awaited from the ICB digital team.")
    lines += block("S2.2", "Repeat the practice patient survey on telephone access and share the results with the Patient Participation Group.",
                   "PPG Chair / Practice Manager", "November 2025", "Not started", "-")
    lines += [rule, "End of action plan. Total actions: 9 (Complete 3, On track 2, At risk 1, Overdue 1, Not started 2)"]
    with open(os.path.join(HERE, "jd1-elmwood-health-centre-cqc-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Parole Board - ARAC audit recommendations tracker (CSV export)
# ---------------------------------------------------------------------------
def parole_board():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 12
    w.writerow(["Parole Board for England and Wales – Audit Recommendations Tracker"] + [""] * (n - 1))
    w.writerow(["Audit and Risk Assurance Committee, 18 February 2025 – open and recently closed recommendations"] + [""] * (n - 1))
    w.writerow(["RAG: Blue – implemented; Green – on track to meet target date; Amber – risk to target date; Red – target date missed"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Ref", "Audit", "Assurance", "Priority", "Recommendation", "Agreed management action",
                "Action owner", "Original target date", "Revised target date", "RAG",
                "Update (February 2025)", "Source"])
    rows = [
        ["24-02.1", "Cyber Security 2024-25", "Limited", "High",
         "Multi-factor authentication should be enforced for all remote access to Parole Board systems, including for panel members.",
         "Enable MFA for all member and staff accounts on the case management system and Microsoft 365.",
         "Head of Digital and Technology", "31/10/2024", "", "Blue",
         "MFA enforced for all accounts from 21 October 2024.", "GIAA"],
        ["24-02.2a", "Cyber Security 2024-25", "Limited", "Medium",
         "The Board should maintain a complete and up-to-date asset register for IT hardware and software.",
         "Complete a full reconciliation of laptops issued to members and staff against the asset register.",
         "Head of Digital and Technology", "31/12/2024", "31/03/2025", "Amber",
         "Reconciliation 80% complete; 37 member laptops still to be verified.", "GIAA"],
        ["24-02.2b", "", "", "Medium", "",
         "a) Agree an annual asset verification process with the MoJ shared service.\nb) Add asset returns to the member leavers checklist.",
         "Head of Digital and Technology; Member Services Manager", "31/03/2025", "", "Green",
         "Leavers checklist updated. Verification process drafted.", "GIAA"],
        ["24-05.1", "Case Management System Access Controls", "Moderate", "Medium",
         "User access rights should be reviewed periodically and leavers removed promptly.",
         "Introduce a quarterly user access review signed off by each head of team.",
         "Head of Casework Operations", "30/09/2024", "", "Blue",
         "First two quarterly reviews completed and evidenced.", "GIAA"],
        ["24-05.2", "Case Management System Access Controls", "Moderate", "Low",
         "Generic administrator accounts should be removed or justified.",
         "Remove the two generic administrator accounts and replace them with named privileged accounts.",
         "Systems Manager", "30/11/2024", "", "Red",
         "Supplier change request raised; not yet implemented.", "GIAA"],
        ["24-07.1", "Payments to Members", "Moderate", "High",
         "Fee claims should be checked against hearing records before payment.",
         "Introduce an automated match of member fee claims to listed hearings before claims are approved for payment.",
         "Chief Operating Officer; Head of Finance", "31/01/2025", "30/04/2025", "Amber",
         "Matching report built; testing with the finance shared service under way.", "GIAA"],
        ["NAO-ML-1", "NAO Management Letter 2023-24", "n/a", "Medium",
         "The Board should document its review of the accruals for member fees at year end.",
         "Prepare and retain a documented accruals review as part of the year-end timetable.",
         "Head of Finance", "April 2025", "", "Green",
         "Included in the 2024-25 year-end timetable.", "NAO"],
        ["24-09.1", "Business Continuity", "Substantial", "Low",
         "The business continuity plan should be tested annually.",
         "Run a desktop exercise on loss of the case management system and report lessons learned to the Executive Team.",
         "Head of Governance and Risk", "28/02/2025", "", "Green",
         "Exercise scheduled for 25 February 2025.", "GIAA"],
    ]
    for r in rows:
        w.writerow(r)
    w.writerow([""] * n)
    w.writerow(["Summary", "", "", "", "", "", "", "", "", "", "", ""])
    w.writerow(["Blue", "2"] + [""] * (n - 2))
    w.writerow(["Green", "3"] + [""] * (n - 2))
    w.writerow(["Amber", "2"] + [""] * (n - 2))
    w.writerow(["Red", "1"] + [""] * (n - 2))
    w.writerow(["Total", "8"] + [""] * (n - 2))
    with open(os.path.join(HERE, "jd1-parole-board-arac-audit-recommendations-tracker.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    harrogate()
    nsft()
    furness()
    sir_john_lawes()
    cumbria()
    elmwood()
    parole_board()
    print("done")
