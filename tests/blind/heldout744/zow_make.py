"""Build the seven zow- blind cases (data files and expected readings).

Run with /work/main/.venv/bin/python zow_make.py from any directory; it writes only
files whose names start with zow- into the folder this script sits in.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL_HEX = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000", "grey": "D9D9D9",
            "navy": "1F3864", "pale": "DDEBF7"}


def out(name):
    assert name.startswith("zow-")
    return os.path.join(HERE, name)


def write_expected(fname, data):
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# =============================================================== 1. HMP Leyhill
def make_leyhill():
    fname = "zow-hmp-leyhill-hmip-inspection-action-plan.docx"
    doc = Document()
    title = "Action Plan: HMP Leyhill"
    doc.add_heading(title, level=1)
    for line in ["Action Plan Submitted: 21 November 2023",
                 "A Response to the HMIP Inspection: 5–15 June 2023",
                 "Report Published: 26 September 2023"]:
        doc.add_paragraph(line)
    doc.add_heading("INTRODUCTION", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions for and "
        "treatment of those in prison, young offender institutions and court custody. In response to the report, "
        "HM Prison and Probation Service (HMPPS) is required to draft a robust and timely action plan to address "
        "the concerns identified. The action plan confirms whether each concern is agreed, partly agreed or not "
        "agreed (see categorisations below). Where a concern is agreed or partly agreed, the plan sets out the "
        "specific steps to be taken, with the owner and timescale of each step clearly identified.")
    cat = doc.add_table(rows=4, cols=3)
    cat.style = "Table Grid"
    rows = [("Term", "Definition", "Additional comment"),
            ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
             "The response should clearly explain how the concern will be addressed, with timescales."),
            ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be "
             "implemented.", "The response must state clearly which part will be addressed and why the rest "
             "cannot be."),
            ("Not Agreed", "The concern is not agreed with and will not be implemented.",
             "The response must explain the reasons for not agreeing.")]
    for i, r in enumerate(rows):
        for j, t in enumerate(r):
            set_cell(cat.rows[i].cells[j], t, bold=(i == 0))

    A = []

    def concern_table(heading, agreed, actions, response=None):
        n = 3 + len(actions) + (1 if response else 0)
        t = doc.add_table(rows=n, cols=4)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[3])
        set_cell(top, heading, bold=True)
        shade(top, "D9E2F3")
        set_cell(t.rows[1].cells[0], "Agreed / Partly Agreed / Not Agreed", bold=True)
        set_cell(t.rows[1].cells[1].merge(t.rows[1].cells[3]), agreed)
        r = 2
        if response:
            set_cell(t.rows[2].cells[0], "Response", bold=True)
            set_cell(t.rows[2].cells[1].merge(t.rows[2].cells[3]), response)
            r = 3
        for j, h in enumerate(["Ref", "Action", "Responsible owner", "Target date"]):
            set_cell(t.rows[r].cells[j], h, bold=True)
            shade(t.rows[r].cells[j], "F2F2F2")
        for k, a in enumerate(actions):
            row = t.rows[r + 1 + k]
            for j, txt in enumerate(a[:4]):
                set_cell(row.cells[j], txt)
        doc.add_paragraph("")

    doc.add_heading("Priority concerns", level=2)
    pc1 = ("Priority concern 1: Too few prisoners were engaged in purposeful activity that met their needs; many "
           "worked part-time in low-skilled orderly roles and the range of full-time education, training and "
           "external work was too narrow for an open prison.")
    a = [("1.1", "Complete a full activities needs analysis of the population and use it to redesign the "
          "activities curriculum so that every prisoner is allocated to full-time purposeful activity.",
          "Head of Education, Skills and Work", "31/01/2024", ["Head of Education, Skills and Work"], "2024-01"),
         ("1.2", "Increase the number of prisoners working outside the establishment in paid employment on ROTL by "
          "expanding the employer partnership programme run through the Employment Hub.",
          "Head of Reducing Reoffending / Employment Hub Lead", "31/03/2024",
          ["Head of Reducing Reoffending", "Employment Hub Lead"], "2024-03"),
         ("1.3", "Reduce orderly roles to those necessary for the running of the establishment and convert the "
          "released hours into vocational training places.\nProgress will be reviewed monthly at the Purposeful "
          "Activity Meeting.", "Deputy Governor", "June 2024", ["Deputy Governor"], "2024-06")]
    concern_table(pc1, "Agreed", a)
    for x in a:
        A.append(act(x[0], ["Priority concerns", pc1], x[1], x[4], x[5], "unrated"))

    pc2 = ("Priority concern 2: The quality of education, skills and work provision required improvement and "
           "leaders did not make sure that prisoners developed the English and mathematics skills they needed "
           "for release.")
    a = [("2.1", "Introduce a screening and referral process so that every prisoner without a level 2 "
          "qualification in English or mathematics is offered study at the right level within four weeks of "
          "arrival.", "Education Manager (Weston College)", "29 February 2024",
          ["Education Manager (Weston College)"], "2024-02", None),
         ("2.2", "Strengthen quality assurance of teaching, learning and assessment through termly joint "
          "observations by the prison and the education provider.", "Head of Education, Skills and Work",
          "Ongoing", ["Head of Education, Skills and Work"], None, "Ongoing")]
    concern_table(pc2, "Agreed", a)
    for x in a:
        A.append(act(x[0], ["Priority concerns", pc2], x[1], x[4], x[5], "unrated", end_text=x[6]))

    doc.add_heading("Key concerns", level=2)
    kc3 = ("Key concern 3: Staff were not visible enough on the residential units in the evenings and at "
           "weekends, and some prisoners said they did not feel safe as a result.")
    a = [("3.1", "Introduce a residential patrol plan for evenings and weekends, with supervising officers "
          "recording unit visits in the daily briefing log.", "Head of Operations", "30/11/2023",
          ["Head of Operations"], "2023-11"),
         ("3.2", "Run a safety survey with prisoners six months after the new patrol plan begins and act on its "
          "findings.", "Head of Safety", "May 2024", ["Head of Safety"], "2024-05")]
    concern_table(kc3, "Agreed", a)
    for x in a:
        A.append(act(x[0], ["Key concerns", kc3], x[1], x[4], x[5], "unrated"))

    kc4 = ("Key concern 4: The mandatory drug testing rate was low and leaders had not made sure that suspicion "
           "testing was carried out promptly.")
    a = [("4.1", "Restore random mandatory drug testing to the required rate each month and report performance to "
          "the Security Committee.", "Head of Security", "31/12/2023", ["Head of Security"], "2023-12"),
         ("4.2", "Make sure all suspicion tests requested through intelligence reports are completed within three "
          "days.", "Head of Security / Intelligence Manager", "31/01/2024",
          ["Head of Security", "Intelligence Manager"], "2024-01")]
    concern_table(kc4, "Agreed", a)
    for x in a:
        A.append(act(x[0], ["Key concerns", kc4], x[1], x[4], x[5], "unrated"))

    kc5 = ("Key concern 5: Some prisoners waited too long to move on after a positive parole decision because of "
           "a shortage of approved premises places.")
    resp = ("The establishment cannot increase approved premises capacity, which is commissioned regionally. The "
            "prison will reduce delays within its control, as set out below.")
    a = [("5.1", "Hold a monthly case review with the approved premises referral unit for every prisoner awaiting "
          "a place, and escalate waits of more than eight weeks to the Prison Group Director.",
          "Head of Offender Management Delivery", "Q4 2023/24", ["Head of Offender Management Delivery"],
          "2024-03")]
    concern_table(kc5, "Partly Agreed", a, response=resp)
    for x in a:
        A.append(act(x[0], ["Key concerns", kc5], x[1], x[4], x[5], "unrated"))

    doc.add_paragraph("Progress against this action plan is monitored monthly by the Governor at the Senior "
                      "Leadership Team meeting and reported to the Prison Group Director.")
    doc.save(out(fname))

    write_expected(fname, {
        "source": "Imitates the HMPPS establishment action plans published in response to HMIP prison inspections "
                  "under the 2022 'concerns' reporting model (e.g. the Action Plan: HMP The Verne / HMP Elmley "
                  "format: 'Action Plan Submitted', 'A Response to the HMIP Inspection', 'Report Published', an "
                  "INTRODUCTION and an Agreed / Partly Agreed / Not Agreed categorisation table). HMP Leyhill, an "
                  "open prison, was inspected by HMIP in June 2023 (purposeful activity judged poor). Copied "
                  "features: title block lines, categorisation table, one table per concern with a merged concern "
                  "row, an agreed row, a 'Response' row for a partly agreed concern, Ref/Action/Responsible "
                  "owner/Target date columns, job titles as owners, two owners split by '/', an 'Ongoing' date, a "
                  "Q4 2023/24 date, an inner line break in one action. No status column.",
        "reads": "A Word action plan from HMP Leyhill answering two priority concerns and three key concerns from "
                 "its 2023 HMIP inspection. Each concern is its own table, headed by the concern text, with "
                 "numbered actions, a responsible post and a target date; none of the actions carries a RAG "
                 "status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": A,
    })
    return fname, len(A)


# ===================================================== 2. Castell Alun (Estyn PIAP)
def make_castell_alun():
    fname = "zow-castell-alun-high-school-estyn-post-inspection-action-plan.docx"
    doc = Document()
    title = "Castell Alun High School: Post-Inspection Action Plan"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the Estyn core inspection of 5–8 February 2024 (report published 9 April 2024)")
    doc.add_paragraph("Document control")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Author", "Changes"),
                           ("1.0", "23/04/2024", "Headteacher", "Draft for the governing body"),
                           ("1.1", "14/05/2024", "Headteacher",
                            "Approved by the full governing body; shared with Flintshire County Council and GwE")]):
        for j, t in enumerate(r):
            set_cell(dc.rows[i].cells[j], t, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (c, t) in enumerate([("blue", "Action complete and impact evident"), ("green", "On track"),
                                ("amber", "Some slippage – monitor closely"),
                                ("red", "Not on track – intervention needed")]):
        set_cell(key.rows[i].cells[0], c.capitalize(), bold=True)
        shade(key.rows[i].cells[0], FILL_HEX[c])
        set_cell(key.rows[i].cells[1], t)
    doc.add_paragraph("")
    doc.add_paragraph("RAG ratings below show progress as at the end of the autumn term 2024.")

    A = []
    hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]

    def rec(heading, rows):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(rows), cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "DEEAF6")
        for i, r in enumerate(rows, start=1):
            ref, action, lead_txt, when, success, monitor, rag_text, rag_fill = r[:8]
            for j, txt in enumerate([ref, action, lead_txt, when, success, monitor, rag_text]):
                set_cell(t.rows[i].cells[j], txt)
            if rag_fill:
                shade(t.rows[i].cells[6], FILL_HEX[rag_fill])
            lead, end, end_text, status = r[8:12]
            A.append(act(ref, [heading], action, lead, end, status, end_text=end_text))
        doc.add_paragraph("")

    r1 = "R1: Strengthen the quality of teaching so that all pupils, particularly the more able, are suitably challenged"
    rec(r1, [
        ("1.1", "Deliver a programme of professional learning on questioning and challenge for all teaching staff, "
         "led by the school's Teaching and Learning Group.", "DHT (Teaching & Learning)", "Autumn term 2024",
         "Learning walks show effective questioning in most lessons.", "SLT – half-termly learning walks", "",
         "green", ["DHT (Teaching & Learning)"], "2024-12", None, "green"),
        ("1.2", "Introduce departmental 'challenge for all' planning reviews, with heads of department sampling "
         "schemes of learning each term.", "AHT Curriculum / Heads of Department", "Spring term 2025",
         "Schemes of learning include planned challenge for more able pupils.", "AHT Curriculum – termly", "",
         "amber", ["AHT Curriculum", "Heads of Department"], "2025-04", None, "amber"),
        ("1.3", "Pair teachers identified through lesson observation with a coach from the teaching and learning "
         "team.", "JH, SP", "Summer term 2025", "Coached teachers' lessons judged at least good at review.",
         "DHT – termly report to governors", "Green", "green", ["JH", "SP"], "2025-07", None, "green"),
    ])
    r2 = "R2: Improve attendance, especially for pupils eligible for free school meals"
    rec(r2, [
        ("2.1", "Appoint an attendance officer and introduce weekly attendance panels for pupils whose attendance "
         "falls below 90%.", "Headteacher", "September 2024", "Attendance officer in post; panels meet weekly.",
         "Headteacher – weekly", "", "blue", ["Headteacher"], "2024-09", None, "blue"),
        ("2.2", "Work with the Education Welfare Service to agree a stepped response to persistent absence, "
         "including family engagement meetings.", "Pastoral Lead; Education Welfare Officer",
         "Ongoing – reviewed half-termly", "Persistent absence falls by 5 percentage points.",
         "Attendance panel minutes", "", "green", ["Pastoral Lead", "Education Welfare Officer"], None,
         "Ongoing – reviewed half-termly", "green"),
        ("2.3", "Report the attendance of pupils eligible for free school meals to the governors' Standards "
         "Committee each half term.", "Governing body (Standards Committee)", "July 2025",
         "Governors challenge and record actions on FSM attendance.", "Clerk to governors", "", None,
         ["Governing body (Standards Committee)"], "2025-07", None, "unrated"),
    ])
    r3 = "R3: Improve provision for developing pupils' Welsh language skills across the curriculum"
    rec(r3, [
        ("3.1", "Map opportunities for planned and incidental Welsh in each area of learning and experience, and "
         "publish a whole-school Welsh language plan.", "Head of Welsh", "December 2024",
         "Plan published; Welsh visible in schemes of learning.", "AHT Curriculum – termly", "", "amber",
         ["Head of Welsh"], "2024-12", None, "amber"),
        ("3.2", "Provide staff with weekly Welsh language sessions through the Sabbatical Scheme and in-house "
         "tutors.", "Cymraeg Campus Coordinator", "31/03/2025", "Staff confidence survey shows improvement.",
         "Head of Welsh – half-termly", "", "red", ["Cymraeg Campus Coordinator"], "2025-03", None, "red"),
    ])
    r4 = ("R4: Sharpen self-evaluation and improvement planning so that leaders focus on the impact of provision "
          "on pupils' learning")
    rec(r4, [
        ("4.1", "Revise the self-evaluation calendar so that all quality assurance activity evaluates pupils' "
         "progress rather than compliance with policy.", "Headteacher / Deputy Headteacher", "Summer term 2024",
         "Calendar revised and in use.", "Governors' Standards Committee", "Complete", "blue",
         ["Headteacher", "Deputy Headteacher"], "2024-07", None, "blue"),
        ("4.2", "Train middle leaders in writing concise department improvement plans linked to the school "
         "development plan.", "DHT (Teaching & Learning)", "October 2024",
         "All department plans link to school priorities.", "SLT line management", "", "green",
         ["DHT (Teaching & Learning)"], "2024-10", None, "green"),
    ])
    doc.add_paragraph("Progress will be reported to the full governing body each term and to Estyn at the "
                      "monitoring visit.")
    doc.save(out(fname))

    write_expected(fname, {
        "source": "Imitates a Welsh secondary school's post-inspection action plan (PIAP) drawn up by the governing "
                  "body after an Estyn core inspection (Estyn follow-up guidance: the school, with the local "
                  "authority, produces a PIAP addressing each recommendation R1, R2 ...). Castell Alun High School "
                  "(Hope, Flintshire) is used as the body; the inspection details are plausible, not copied. "
                  "Copied features: title and subtitle, document control table, a RAG key table of coloured cells, "
                  "one heading per recommendation followed by its own table (Ref, Action, Lead, Timescale, Success "
                  "criteria, Monitoring, RAG), RAG shown by cell fill with mostly no text, school-term timescales, "
                  "initials and job titles as leads.",
        "reads": "A Word PIAP from Castell Alun High School with four Estyn recommendations (R1–R4), each a heading "
                 "over a table of two or three numbered actions. Progress is shown by the fill colour of the RAG "
                 "cell, using the key at the top (blue = complete); one action has not been rated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": A,
    })
    return fname, len(A)


# =========================================================== xlsx helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL_HEX.get(c, c), end_color=FILL_HEX.get(c, c))


# ============================================ 3. Suffolk FRS misconduct tracker
def make_suffolk():
    fname = "zow-suffolk-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
    title = "Suffolk Fire and Rescue Service – HMICFRS Misconduct Handling Recommendations Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("HMICFRS thematic inspection: Standards of behaviour – the handling of misconduct in fire and "
                 "rescue services (published 1 August 2024)")
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Version", "1.6"), ("Owner", "Assistant Chief Fire Officer"),
                                ("Last updated", "07/10/2025"),
                                ("Reported to", "Service Leadership Team; Suffolk County Council Scrutiny Committee")],
                               start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    for i, (l, c, t) in enumerate([("B", "blue", "Complete – evidence signed off by ACFO"),
                                   ("G", "green", "On track to meet target date"),
                                   ("A", "amber", "At risk of missing target date"),
                                   ("R", "red", "Target date missed or significant issue")], start=11):
        cov.cell(row=i, column=1, value=l).fill = fill(c)
        cov.cell(row=i, column=2, value=t)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at 30 September 2025"
    hdr = ["HMICFRS recommendation", "HMICFRS deadline", "Action ref", "SFRS action", "Action owner",
           "Original target date", "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
    widths = [48, 14, 9, 52, 26, 13, 13, 10, 10, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    D = dt.datetime
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    status_of = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    themes = [
        ("Theme 1: Culture and the Core Code of Ethics", [
            ("R1. Chief fire officers should, as a priority, make sure staff know and follow the Core Code of "
             "Ethics, and build the code into all relevant policies and practices.", D(2025, 2, 1), [
                ("1.1", "Review all people policies against the Core Code of Ethics and add a Code of Ethics "
                 "statement to each.", "HR Policy Manager", D(2025, 1, 31), None, "G", "B",
                 "All 34 people policies reviewed; statement added. Signed off at SLT 11/02/2025.",
                 ["HR Policy Manager"]),
                ("1.2", "Include a Core Code of Ethics module in station-based training and in the annual appraisal "
                 "conversation.", "AM Learning & Development / Station Managers", D(2025, 1, 31), D(2025, 6, 30),
                 "A", "G", "Module live on the learning platform; appraisal form updated for the 2025/26 cycle.",
                 ["AM Learning & Development", "Station Managers"]),
            ]),
            ("R2. Chief fire officers should have a probation policy making clear that probationers who fail to "
             "meet the standards of behaviour in the Core Code of Ethics can be dismissed.", D(2025, 2, 1), [
                ("2.1", "Update the probationary policy and the trainee firefighter development guidance, consulting "
                 "the representative bodies.", "Head of People and Culture", D(2025, 1, 31), None, "B", "B",
                 "Policy approved by Joint Consultative Committee 23/01/2025.", ["Head of People and Culture"]),
            ]),
            ("R3. Chief fire officers should make sure workforce plans allow wholetime staff to be moved between "
             "watches or stations when needed, and that promoted firefighters are posted to a different watch or "
             "station.", D(2025, 5, 1), [
                ("3.1", "Amend the promotion and transfer procedure so that substantive and temporary promotions of "
                 "two months or more are posted to a different watch.", "Area Manager Response", D(2025, 4, 30),
                 D(2025, 10, 31), "A", "A", "Draft procedure with FBU for comment; implementation expected "
                 "October.", ["Area Manager Response"]),
                ("3.2", "Record a risk assessment for any promotion that cannot be posted elsewhere and report these "
                 "to the People Board quarterly.", "Group Manager Workforce Planning", D(2025, 4, 30),
                 D(2025, 12, 31), "A", "R", "Reporting template not yet agreed; revised date at risk.",
                 ["Group Manager Workforce Planning"]),
            ]),
        ]),
        ("Theme 2: Raising concerns and professional standards", [
            ("R4. Chief fire officers should make sure their service has, or has access to, a professional "
             "standards function to oversee misconduct cases.", D(2025, 2, 1), [
                ("4.1", "Agree a shared professional standards arrangement with Suffolk County Council HR and a "
                 "neighbouring fire and rescue service for investigations involving senior staff.", "ACFO",
                 D(2025, 3, 31), None, "G", "B", "Memorandum of understanding signed March 2025.", ["ACFO"]),
                ("4.2", "Appoint a Professional Standards Manager to oversee case allocation, timeliness and quality "
                 "assurance.", "Head of People and Culture", D(2025, 3, 31), D(2025, 9, 30), "A", "B",
                 "Post holder started 1 September 2025.", ["Head of People and Culture"]),
            ]),
            ("R5. Chief fire officers should make sure staff can raise concerns through an independent, "
             "confidential reporting line.", D(2025, 2, 1), [
                ("5.1", "Launch an externally hosted confidential reporting line and publicise it through station "
                 "visits and the intranet.", "Head of Corporate Communications; Head of People and Culture",
                 D(2025, 1, 31), None, "G", "B", "Line launched 20/01/2025; 14 contacts to date.",
                 ["Head of Corporate Communications", "Head of People and Culture"]),
            ]),
        ]),
        ("Theme 3: Misconduct processes and training", [
            ("R6. Chief fire officers should make sure everyone who investigates or manages misconduct cases is "
             "trained for the role.", D(2025, 8, 1), [
                ("6.1", "Commission accredited workplace investigator training for all Station Managers and above "
                 "who may be appointed as investigating officers.", "AM Learning & Development", D(2025, 7, 31),
                 None, "G", "G", "Two cohorts trained; final cohort booked.", ["AM Learning & Development"]),
                ("6.2", "Set up a register of trained investigators and hearing chairs and review it every six "
                 "months.", "Professional Standards Manager", D(2025, 8, 31), D(2026, 3, 31), "A", "A",
                 "Register to be built once the final training cohort completes.",
                 ["Professional Standards Manager"]),
            ]),
            ("R7. Chief fire officers should make sure anonymised misconduct outcomes are shared with staff to "
             "show that action is taken.", D(2025, 5, 1), [
                ("7.1", "Publish an anonymised quarterly misconduct outcomes bulletin on the intranet.",
                 "Professional Standards Manager", D(2025, 5, 31), None, None, "G",
                 "First bulletin published July 2025; next due October.", ["Professional Standards Manager"]),
            ]),
        ]),
    ]
    A = []
    r = 4
    for theme, recs in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(row=r, column=j).fill = fill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec_text, deadline, actions in recs:
            first = r
            ws.cell(row=r, column=1, value=rec_text).alignment = WRAP
            c = ws.cell(row=r, column=2, value=deadline)
            c.number_format = "dd/mm/yyyy"
            c.alignment = WRAP
            for (ref, text, lead_txt, orig, rev, prev, cur, upd, lead) in actions:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=text).alignment = WRAP
                ws.cell(row=r, column=5, value=lead_txt).alignment = WRAP
                c = ws.cell(row=r, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=7, value=rev)
                    c.number_format = "dd/mm/yyyy"
                if prev:
                    c = ws.cell(row=r, column=8, value=prev)
                    c.fill = fill(rag_fill[prev])
                c = ws.cell(row=r, column=9, value=cur)
                c.fill = fill(rag_fill[cur])
                c.font = Font(bold=True)
                ws.cell(row=r, column=10, value=upd).alignment = WRAP
                for j in range(1, 11):
                    ws.cell(row=r, column=j).border = BOX
                end = (rev or orig).strftime("%Y-%m")
                A.append(act(ref, [theme, rec_text], text, lead, end, status_of[cur]))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by current RAG"
    sm["A1"].font = Font(bold=True)
    sm["A2"], sm["B2"] = "Current RAG", "Number of actions"
    counts = {}
    for a in A:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    rr = 3
    for lbl, key in [("B – Complete", "blue"), ("G – On track", "green"), ("A – At risk", "amber"),
                     ("R – Off track", "red")]:
        sm.cell(row=rr, column=1, value=lbl)
        sm.cell(row=rr, column=2, value=counts.get(key, 0))
        rr += 1
    sm.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=rr, column=2, value=len(A)).font = Font(bold=True)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 18
    wb.active = 1
    wb.save(out(fname))

    write_expected(fname, {
        "source": "Imitates the recommendation trackers English fire and rescue services keep for HMICFRS's August "
                  "2024 thematic report 'Standards of behaviour: the handling of misconduct in fire and rescue "
                  "services' (15 recommendations, each with a 'By 1 February/May/August 2025, chief fire officers "
                  "should ...' deadline, published by e.g. Staffordshire and Humberside FRS grouped under report "
                  "themes). Recommendation wording is paraphrased. Copied features: a cover sheet with document "
                  "control and a letter RAG key (B = complete), theme rows shaded across the table, recommendation "
                  "and deadline cells merged down over their actions, original and revised target dates, previous "
                  "and current RAG as letters on coloured fills, progress updates, a summary sheet with totals.",
        "reads": "An Excel tracker from Suffolk Fire and Rescue Service for seven HMICFRS misconduct-handling "
                 "recommendations grouped under three themes, with eleven numbered service actions. Each action "
                 "has an owner, an original and sometimes a revised target date, and a previous and current RAG "
                 "letter; the cover and summary sheets hold the key and totals.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": A,
    })
    return fname, len(A)


# ====================================== 4. Thames Valley Police activism register
def make_tvp():
    fname = "zow-thames-valley-police-hmicfrs-activism-impartiality-recommendations-tracker.xlsx"
    title = "Thames Valley Police – HMICFRS Recommendations Register"
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Report: An inspection into activism and impartiality in policing (HMICFRS, published 10 September "
                "2024)")
    ws["A3"] = "Extract prepared for the PCC Performance and Accountability Meeting – 18 November 2025"
    hdr = ["Rec ID", "Recommendation (summary)", "Force response / action", "Portfolio", "Lead", "Due date",
           "Status", "RAG", "Latest update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("pale")
        c.border = BOX
        c.alignment = WRAP
    for j, w in enumerate([9, 50, 52, 22, 30, 12, 9, 8, 50], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A6"
    D = dt.datetime
    rows = [
        ("Chief constables should make sure officers and staff understand the impartiality duty and how it "
         "applies to their behaviour on and off duty, including on social media.", [
            ("AI-01a", "Refresh the force social media policy to set out what the impartiality duty means for "
             "personal accounts, and brief all supervisors.", "Professional Standards",
             "Head of Professional Standards", D(2025, 3, 31), "Closed", "Blue",
             "Policy published 14/03/2025; supervisor briefings completed.", ["Head of Professional Standards"],
             "2025-03", None, "blue"),
            ("AI-01b", "Add a session on impartiality and the Code of Ethics to the leadership programme for "
             "sergeants and inspectors.", "People", "Head of Learning & Development", D(2025, 9, 30), "Open",
             "Amber", "Content drafted with the College of Policing; first cohort January 2026.",
             ["Head of Learning & Development"], "2025-09", None, "amber"),
        ]),
        ("Chief constables should review how non-crime hate incidents are recorded so that recording complies "
         "with the statutory code of practice and is proportionate.", [
            ("AI-02a", "Audit a sample of NCHI records every quarter against the code of practice and report "
             "compliance to the Crime Data Integrity Board.", "Crime & Criminal Justice",
             "Force Crime and Incident Registrar", "Q4 2024/25", "Closed", "Blue",
             "Quarterly audit embedded; Q1 and Q2 2025/26 compliance 96% and 98%.",
             ["Force Crime and Incident Registrar"], "2025-03", None, "blue"),
            ("AI-02b", "Deliver NCHI recording guidance to all call handlers and response officers through the "
             "mandatory training package.", "Local Policing", "Supt Contact Management / Head of Learning & "
             "Development", D(2025, 6, 30), "Open", "Green", "87% of call handlers and 74% of response officers "
             "completed.", ["Supt Contact Management", "Head of Learning & Development"], "2025-06", None,
             "green"),
        ]),
        ("Chief constables should make sure engagement with external and independent advisory groups draws on a "
         "broad range of views and is open about how advice is used.", [
            ("AI-03a", "Publish the terms of reference and membership criteria for the force's independent "
             "advisory groups.", "Equality, Diversity & Inclusion", "Head of Equality, Diversity & Inclusion",
             D(2025, 12, 31), "Open", "Green", "Draft terms of reference out for IAG consultation.",
             ["Head of Equality, Diversity & Inclusion"], "2025-12", None, "green"),
            ("AI-03b", "Record the advice given by advisory groups on operational decisions, and how it was taken "
             "into account, in a standard log.", "Local Policing", "Ch Supt Rebecca Hallam", "31/03/2026", "Open",
             "Amber", "Log template agreed; roll-out to LPAs delayed by system change.", ["Ch Supt Rebecca Hallam"],
             "2026-03", None, "amber"),
        ]),
        ("Chief constables should review their force's membership of external accreditation and benchmarking "
         "schemes to make sure membership does not compromise impartiality.", [
            ("AI-04a", "Review all external diversity scheme memberships against the impartiality duty and report "
             "recommendations to Chief Officer Group.", "Equality, Diversity & Inclusion",
             "Head of Equality, Diversity & Inclusion", D(2025, 2, 28), "Closed", "Blue",
             "Review reported to COG 19/02/2025; two memberships not renewed.",
             ["Head of Equality, Diversity & Inclusion"], "2025-02", None, "blue"),
        ]),
        ("Chief constables should make sure force communications on contested or political matters are accurate "
         "and impartial, and that inaccurate reporting about the force is corrected promptly.", [
            ("AI-05a", "Introduce a sign-off step in the corporate communications protocol for posts on contested "
             "matters.", "Corporate Communications", "Head of Corporate Communications", D(2025, 1, 31), "Closed",
             "Blue", "Protocol updated January 2025.", ["Head of Corporate Communications"], "2025-01", None,
             "blue"),
            ("AI-05b", "Set up a rapid rebuttal process with Legal Services to correct inaccurate reporting about "
             "force operations.", "Corporate Communications",
             "Head of Corporate Communications & Head of Legal Services", "Q1 2026/27", "Open", "Red",
             "Not started – awaiting capacity in Legal Services.",
             ["Head of Corporate Communications", "Head of Legal Services"], "2026-06", None, "red"),
        ]),
    ]
    rag_fill = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    A = []
    r = 6
    for rec_text, acts in rows:
        for k, a in enumerate(acts):
            ref, text, portfolio, lead_txt, due, st, rag, upd, lead, end, end_text, status = a
            vals = [ref, rec_text if k == 0 else None, text, portfolio, lead_txt, due, st, rag, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(due, dt.datetime):
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(rag_fill[rag])
            A.append(act(ref, [rec_text], text, lead, end, status, end_text=end_text))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Blue – closed, evidence accepted by Force Recommendations Board; "
                                   "Green – on track; Amber – at risk; Red – off track or not started.")
    ws.cell(row=r + 1, column=1, value="Recommendations addressed to the College of Policing, NPCC and the Home "
                                       "Office are monitored nationally and are not shown in this extract.")
    g = wb.create_sheet("Glossary")
    for i, (k, v) in enumerate([("Term", "Meaning"), ("NCHI", "Non-crime hate incident"),
                                ("IAG", "Independent advisory group"), ("COG", "Chief Officer Group"),
                                ("LPA", "Local policing area"), ("PCC", "Police and Crime Commissioner")], start=1):
        g.cell(row=i, column=1, value=k)
        g.cell(row=i, column=2, value=v)
    wb.save(out(fname))

    write_expected(fname, {
        "source": "Imitates a police force's HMICFRS recommendations register extract as taken to a PCC's "
                  "performance and accountability meeting, for HMICFRS's 'An inspection into activism and "
                  "impartiality in policing' (September 2024, 22 recommendations to chief constables, forces and "
                  "others). Recommendation summaries are paraphrased. Copied features: three title lines, a "
                  "frozen header row, one row per force action with the recommendation written only on the first "
                  "of its rows, Portfolio and Lead columns, due dates as real dates, text dates and financial "
                  "quarters (Q4 2024/25, Q1 2026/27), an Open/Closed status column beside a RAG word on a "
                  "coloured fill, a RAG key line and a note under the table, a glossary sheet.",
        "reads": "An Excel register from Thames Valley Police listing nine force actions against five HMICFRS "
                 "activism and impartiality recommendations. Each action has a lead, a due date, an Open/Closed "
                 "status and a RAG word; closed actions are Blue, which the key defines as closed with evidence "
                 "accepted.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": A,
    })
    return fname, len(A)


# ====================================== 5. Surrey & Sussex court custody (refuse)
def make_court_custody():
    fname = ("zow-hmcts-pecs-surrey-and-sussex-court-custody-hmip-inspection-action-plan-typo-month-refuse.xlsx")
    title = "Surrey and Sussex Court Custody – Joint Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Response to the HM Inspectorate of Prisons unannounced inspection of court custody facilities in "
                "Surrey and Sussex (12–22 July 2022)")
    ws["A3"] = ("Agencies: HM Courts & Tribunals Service (HMCTS), HMPPS Prisoner Escort and Custody Services (PECS), "
                "Serco")
    ws["A4"] = "Version 2 – updated 9 January 2023"
    hdr = ["No.", "Concern", "Action", "Lead agency", "Owner", "Target date", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("pale")
        c.border = BOX
    for j, w in enumerate([6, 48, 56, 12, 34, 13, 12], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    D = dt.datetime
    rows = [
        ("section", "Priority concerns"),
        (1, "Staff shortages meant detainees often arrived late at court and spent longer than necessary in "
            "custody.", "Complete the recruitment campaign for additional detainee custody officers and report "
            "vacancy levels monthly to the PECS contract delivery manager.", "Serco",
         "Serco Regional Operations Manager", D(2023, 3, 31), "On track"),
        (None, None, "Review the daily allocation of vehicles and crews for Surrey and Sussex courts to reduce late "
         "arrivals.", "PECS", "PECS Contract Delivery Manager", D(2023, 2, 28), "On track"),
        (2, "Children did not always receive support from specialist staff while in court custody.",
         "Make sure a trained children's custody officer is rostered at each court sitting youth cases.", "Serco",
         "Serco Custody Manager", D(2023, 4, 30), "Not started"),
        (3, "Arrangements for detainees with disabilities or impaired mobility were inadequate and too many were "
            "held far from home.", "Complete an accessibility audit of all court custody suites in Surrey and "
            "Sussex and agree a prioritised programme of adaptations.", "HMCTS",
         "HMCTS Delivery Manager (Estates)", D(2023, 6, 30), "On track"),
        ("section", "Key concerns"),
        (4, "Professional interpretation services were not used consistently for detainees with limited English.",
         "Remind all custody staff of the requirement to use telephone interpreting and audit its use through "
         "monthly record checks.", "Serco", "Serco Custody Manager", D(2023, 1, 31), "Complete"),
        (5, "Risk assessments were not always reviewed when new information about a detainee was received.",
         "Reissue the person escort record guidance and include risk review in refresher training for all custody "
         "staff.", "PECS", "PECS Area Performance Manager / Serco Training Manager", "Febuary 2023", "On track"),
        (6, "Cells and holding rooms at some courts needed cleaning and repair.",
         "Complete a deep clean and graffiti removal at all sites, and add custody areas to the monthly HMCTS site "
         "inspection.", "HMCTS", "HMCTS Cluster Manager", D(2023, 3, 31), "On track"),
    ]
    r = 7
    typo_row = None
    for row in rows:
        if row[0] == "section":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = fill("grey")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for j, v in enumerate(row, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if row[5] == "Febuary 2023":
                typo_row = r
        r += 1
    ws.cell(row=r + 1, column=1, value="Status key: Complete / On track / Delayed / Not started")
    ws.cell(row=r + 2, column=1, value="Progress is reviewed at the Surrey and Sussex Court Custody Partnership "
                                       "Meeting every six weeks.")
    wb.save(out(fname))
    assert typo_row == 14, typo_row

    write_expected(fname, {
        "source": "Imitates a joint HMCTS / PECS / Serco action plan answering HMIP's unannounced inspection of "
                  "court custody facilities in Surrey and Sussex (July 2022; HMIP reported three priority concerns "
                  "and ten key concerns for HMCTS, PECS and Serco to act on). Concern and action wording is "
                  "paraphrased and shortened. Copied features: title block naming the inspection and the three "
                  "agencies, a version line, shaded section rows for priority and key concerns, a numbered concern "
                  "column left blank on a second action, lead agency and owner columns, status words, a key line.",
        "reads": "An Excel joint action plan for Surrey and Sussex court custody with seven actions under priority "
                 "and key concerns. Every target date is a real date except the one for concern 5, typed as "
                 "'Febuary 2023'; a careful reader stops there and asks which month was meant before recording "
                 "the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return fname, 0


# ================================================ 6. Moor Park School ISI (csv)
def make_moor_park():
    fname = "zow-moor-park-school-isi-inspection-action-plan.csv"
    title = "Moor Park School – ISI Inspection Action Plan"
    n = 8
    blank = [""] * n
    lines = [
        [title] + [""] * (n - 1),
        ["Routine inspection 11–13 March 2025; report published 29 April 2025"] + [""] * (n - 1),
        ["Prepared by the Head for the Board of Governors; progress reviewed at each Education Committee"] +
        [""] * (n - 1),
        blank,
        ["Area", "Recommended next step", "Ref", "Action", "Lead", "By when", "Progress update (July 2025)", "RAG"],
    ]
    L = "Leadership and management, including governance"
    Q = "Quality of education, training and recreation"
    W = "Pupils' physical and mental health and emotional wellbeing"
    S = "Pupils' social and economic education and contribution to society"
    n1 = ("Leaders should make sure that the monitoring of teaching in the prep school identifies precisely how "
          "teaching can be improved in each subject.")
    n2 = ("Governors should strengthen their oversight of the school's risk register so that risks are reviewed "
          "and updated regularly.")
    n3 = ("Leaders should make sure that the most able pupils in Years 5 to 8 are given work that stretches them "
          "in mathematics.")
    n4 = ("Leaders should make sure that boarders' use of the common room in the evenings is supervised "
          "consistently.")
    n5 = ("Leaders should develop pupils' understanding of economic matters, including personal finance, across "
          "the curriculum.")
    data = [
        (L, n1, "1a", "Introduce a subject review cycle in which subject leaders observe lessons and scrutinise "
         "pupils' work against agreed criteria.", "Deputy Head (Academic)", "Summer term 2025",
         "Cycle started in May; first reviews of English and science completed.", "G",
         ["Deputy Head (Academic)"], "2025-07", "green"),
        ("", "", "1b", "Report the findings of subject reviews to the Education Committee each term.", "Head",
         "Michaelmas term 2025", "First report due November 2025.", "G", ["Head"], "2025-12", "green"),
        ("", n2, "2a", "Add the risk register as a standing item at each Finance and General Purposes Committee "
         "meeting.", "Bursar", "September 2025", "Completed – agenda template updated.", "Complete", ["Bursar"],
         "2025-09", "blue"),
        (Q, n3, "3a", "Set up extension groups in mathematics for Years 5 to 8 and train staff in using challenge "
         "tasks.", "Head of Mathematics", "31/10/2025", "Groups timetabled from September; training date to be "
         "confirmed.", "A", ["Head of Mathematics"], "2025-10", "amber"),
        ("", "", "3b", "Track the progress of the most able pupils in mathematics through termly assessments and "
         "review the outcomes each term.", "Deputy Head (Academic); Head of Mathematics", "Summer term 2026", "",
         "", ["Deputy Head (Academic)", "Head of Mathematics"], "2026-07", "unrated"),
        (W, n4, "4a", "Revise the boarding duty rota so that a member of staff is present in the common room from "
         "7pm until lights out.", "Head of Boarding", "April 2025", "Rota revised; spot checks by the DSL show "
         "consistent supervision.", "Complete", ["Head of Boarding"], "2025-04", "blue"),
        ("", "", "4b", "Gather boarders' views on evening supervision through the boarders' council and act on "
         "them.", "Mrs L. Hughes", "June 2025", "Boarders' council meeting postponed to September.", "R",
         ["Mrs L. Hughes"], "2025-06", "red"),
        (S, n5, "5a", "Add units on money and personal finance to the PSHE scheme of work for Years 6 to 8.",
         "PSHE Coordinator", "Spring term 2026", "", "", ["PSHE Coordinator"], "2026-03", "unrated"),
    ]
    A = []
    cur_area, cur_next = None, None
    for d in data:
        area, nxt = d[0], d[1]
        if area:
            cur_area = area
        if nxt:
            cur_next = nxt
        lines.append(list(d[:8]))
        A.append(act(d[2], [cur_area, cur_next], d[3], d[8], d[9], d[10]))
    lines.append(blank)
    lines.append(["RAG key: Complete = action completed; G = on track; A = some slippage; R = not on track; "
                  "blank = not yet started"] + [""] * (n - 1))
    lines.append(["Approved by the Board of Governors on 20 May 2025"] + [""] * (n - 1))
    with open(out(fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)

    write_expected(fname, {
        "source": "Imitates an independent prep school's action plan after an ISI routine inspection under the "
                  "September 2023 framework, whose reports give 'recommended next steps' for leaders and governors "
                  "under the framework's areas (leadership and management including governance; quality of "
                  "education, training and recreation; pupils' physical and mental health and emotional "
                  "wellbeing; pupils' social and economic education and contribution to society). Moor Park School "
                  "(Ludlow) is used as the body; the next steps are invented. Copied features: a CSV saved from "
                  "Excel with title lines padded with empty cells, the area and next step written only on the "
                  "first row of their group, lettered refs, school-term dates (including Michaelmas), staff posts "
                  "and one named teacher as leads, a RAG column mixing letters and 'Complete', blank RAG for "
                  "actions not started, a key and an approval line at the foot.",
        "reads": "A CSV action plan from Moor Park School with eight actions answering five ISI recommended next "
                 "steps, grouped by inspection area. Each row gives a lead, a 'by when' term or date, a progress "
                 "note and a RAG rating; the key at the foot says Complete means done and a blank means not yet "
                 "started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": A,
    })
    return fname, len(A)


# ================================== 7. Huddersfield New College PIAP (tab text)
def make_hnc():
    fname = "zow-huddersfield-new-college-ofsted-post-inspection-action-plan.txt"
    title = "Huddersfield New College – Post-Inspection Action Plan 2024–25"
    lines = [
        title,
        "Ofsted inspection: 14–17 May 2024 (report published 20 June 2024)",
        "Plan owner: Vice Principal Curriculum and Quality\tMonitored by: Quality and Standards Committee",
        "",
        "Ref\tAction\tLead\tTarget date\tRAG\tUpdate (March 2025)",
    ]
    afi1 = ("AFI 1: Leaders should ensure that teachers on vocational study programmes check learners' "
            "understanding carefully before moving on to new topics.")
    afi2 = "AFI 2: Leaders should improve the attendance of learners on GCSE English and mathematics resit courses."
    afi3 = ("AFI 3: Leaders should make sure that all learners receive high-quality careers guidance about "
            "higher-level apprenticeships as well as university routes.")
    groups = [
        (afi1, [
            ("1.1", "Deliver a CPD programme on checking for understanding, including hinge questions and "
             "retrieval practice, for all vocational teachers.", "Head of Teaching, Learning and Assessment",
             "Dec-24", "C", "Delivered across three CPD days; seen in 78% of teaching and learning reviews.",
             ["Head of Teaching, Learning and Assessment"], "2024-12", None, "blue"),
            ("1.2", "Include checking for understanding as a focus in every teaching and learning review in "
             "vocational areas.", "Assistant Principal Quality", "Jul-25", "G",
             "Focus added to the review template from January.", ["Assistant Principal Quality"], "2025-07", None,
             "green"),
            ("1.3", "Use learner voice surveys in each vocational department to test whether learners feel their "
             "understanding is checked.", "Heads of Department", "Mar-25", "A",
             "Survey delayed until after mock assessments.", ["Heads of Department"], "2025-03", None, "amber"),
        ]),
        (afi2, [
            ("2.1", "Introduce same-day follow-up calls for all absences from English and mathematics resit "
             "lessons.", "Student Services Manager", "Sep-24", "C", "In place since 9 September 2024.",
             ["Student Services Manager"], "2024-09", None, "blue"),
            ("2.2", "Set attendance targets for each resit group and review them at fortnightly curriculum "
             "meetings.", "Head of English / Head of Mathematics", "Ongoing", "G",
             "Resit attendance 86%, up from 79% last year.", ["Head of English", "Head of Mathematics"], None,
             "Ongoing", "green"),
            ("2.3", "Offer resit learners incentives linked to improved attendance, funded through the bursary "
             "budget.", "Director of Student Experience", "31/01/2025", "R", "Proposal not yet approved by SLT.",
             ["Director of Student Experience"], "2025-01", None, "red"),
        ]),
        (afi3, [
            ("3.1", "Train personal tutors to deliver the apprenticeship module in the tutorial programme.",
             "Careers Leader", "Nov-24", "C", "All tutors trained; module delivered in the spring half term.",
             ["Careers Leader"], "2024-11", None, "blue"),
            ("3.2", "Hold an annual apprenticeship fair with local and regional employers.",
             "Careers Leader; Employer Engagement Manager", "Mar-25", "G",
             "Fair booked for 18 March 2025 with 32 employers.", ["Careers Leader", "Employer Engagement Manager"],
             "2025-03", None, "green"),
        ]),
    ]
    A = []
    for head, acts in groups:
        lines.append(head)
        for a in acts:
            lines.append("\t".join(a[:6]))
            A.append(act(a[0], [head], a[1], a[6], a[7], a[9], end_text=a[8]))
    lines += ["", "RAG key: R = not on track\tA = at risk\tG = on track\tC = complete",
              "Next review: Quality and Standards Committee, 24 June 2025"]
    with open(out(fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(fname, {
        "source": "Imitates a sixth form college's post-inspection action plan after an Ofsted further education and "
                  "skills inspection, built on the report's 'What does the provider need to do to improve?' "
                  "bullets (as in published college PIAPs), saved from a spreadsheet as tab-delimited text. "
                  "Huddersfield New College is used as the body; the areas for improvement are invented. Copied "
                  "features: title and inspection lines, an owner/monitoring line, AFI heading lines standing alone "
                  "above numbered actions, Mmm-yy target dates, an 'Ongoing' target, RAG letters with the "
                  "college's own C = complete, a key line and a next-review line at the foot.",
        "reads": "A plain-text (tab-separated) post-inspection plan from Huddersfield New College: three Ofsted "
                 "areas for improvement, each a line of its own, followed by two or three numbered actions with a "
                 "lead, a target date, a RAG letter and a March 2025 update. The key at the foot defines C as "
                 "complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": A,
    })
    return fname, len(A)


if __name__ == "__main__":
    for f in (make_leyhill, make_castell_alun, make_suffolk, make_tvp, make_court_custody, make_moor_park,
              make_hnc):
        name, n = f()
        print(f"{name}: {n} actions")
