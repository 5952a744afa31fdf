#!/usr/bin/env python
"""Build the seven kh1- blind cases of set heldout328 (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Every text in the data files comes from the tables below, and the expected
readings (NAME.expected.yaml) are written from the same tables, so the texts match
character for character. The reading fields (under, lead, end, status) are written
by hand, as a person reads the file.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolour):
    return PatternFill(start_color=hexcolour, end_color=hexcolour, fill_type="solid")


def write_yaml(name, meta, actions):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            row = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                row["end_text"] = a["end_text"]
            row["status"] = a["status"]
            out.append(row)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. Haygrove School - post-Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
HAYGROVE = "kh1-haygrove-school-post-ofsted-action-plan.xlsx"
HG_TITLE = "Haygrove School – Post-Ofsted Action Plan 2024–25"
HG_P1 = "Priority 1: Curriculum and quality of education"
HG_AFI1 = ("In some subjects, leaders have not identified precisely the knowledge that pupils should learn "
           "and when. Leaders should ensure that the curriculum in all subjects sets out the important "
           "knowledge pupils need and the order in which it should be taught.")
HG_P2 = "Priority 2: Behaviour and attendance"
HG_AFI2 = ("Too many pupils, including disadvantaged pupils, are persistently absent from school. Leaders "
           "should continue to take effective action to improve the attendance of these pupils.")
HG_P3 = "Priority 3: Special educational needs and/or disabilities (SEND)"
HG_AFI3 = ("Pupils with SEND do not consistently receive the support they need in lessons. Leaders should "
           "ensure that teachers use the information they have about these pupils to adapt their teaching "
           "effectively.")

# (ref, action, lead cell, success criteria, monitored by, deadline cell, fill, update, reading)
HG_ROWS = [
    ("P", HG_P1), ("AFI", HG_AFI1),
    ("1.1", "Subject leaders to complete a curriculum map for every key stage 3 and 4 course, identifying the "
            "core knowledge for each unit and the sequence in which it is taught.",
     "DHT (Quality of Education)", "Maps in place for all subjects; staff can explain why content is taught "
     "in that order.", "SLT link / Curriculum Committee", "Autumn term 2024", "blue",
     "All maps complete and published on the school website in October.",
     dict(lead=["DHT (Quality of Education)"], end="2024-12", end_text="Autumn term 2024", status="blue")),
    ("1.2", "Run a programme of curriculum deep dives (two per half term) with subject leaders, SLT links and "
            "a governor, feeding back to departments within a week.",
     "AHT (Curriculum) / Subject leaders", "Deep dive reports show consistent sequencing across the department.",
     "Headteacher", "Summer term 2025", "green",
     "Science, English, geography and art completed. Maths and PE booked for spring.",
     dict(lead=["AHT (Curriculum)", "Subject leaders"], end="2025-07", end_text="Summer term 2025",
          status="green")),
    ("1.3", "Adapt schemes of work in geography, history and MFL so that retrieval practice revisits prior "
            "knowledge at the start of every lesson.",
     "Head of Humanities; Head of MFL", "Lesson visits show retrieval in 90% of lessons.",
     "AHT (Curriculum)", "Spring term 2025", "amber",
     "Geography and history complete. MFL delayed by staffing – new Head of MFL starts in January.",
     dict(lead=["Head of Humanities", "Head of MFL"], end="2025-04", end_text="Spring term 2025",
          status="amber")),
    ("P", HG_P2), ("AFI", HG_AFI2),
    ("2.1", "Appoint a full-time Attendance Officer.\nIntroduce first-day calling and a home visit on the third "
            "consecutive day of absence.",
     "AHT (Behaviour and Attendance)", "Persistent absence falls below the national average.",
     "Standards Committee", dt.datetime(2024, 9, 30), "blue",
     "Attendance Officer in post from 2 September; calling and home visits in place.",
     dict(lead=["AHT (Behaviour and Attendance)"], end="2024-09", status="blue")),
    ("2.2", "Hold termly attendance panels for every pupil below 90% attendance, with a support plan agreed "
            "with parents and reviewed after six weeks.",
     "Attendance Officer / Heads of Year", "Attendance of panel pupils improves by 5 percentage points.",
     "AHT (Behaviour and Attendance)", "Termly", "green",
     "First panels held in October for 64 pupils.",
     dict(lead=["Attendance Officer", "Heads of Year"], end=None, end_text="Termly", status="green")),
    ("2.3", "Track the attendance of disadvantaged pupils weekly and report the gap to governors at every "
            "Standards Committee meeting.",
     "DHT (Pastoral)", "Gap between disadvantaged and other pupils narrows each half term.",
     "Chair of Standards Committee", "July 2025", "green",
     "Weekly report in place; gap reported at October committee.",
     dict(lead=["DHT (Pastoral)"], end="2025-07", status="green")),
    ("P", HG_P3), ("AFI", HG_AFI3),
    ("3.1", "Rewrite pupil passports for all pupils on the SEND register in a one-page format with three "
            "classroom strategies each, shared on the MIS.",
     "SENDCo", "All passports updated; staff survey shows passports are used in planning.",
     "AHT (Inclusion)", dt.datetime(2024, 10, 31), "blue",
     "Completed for all 142 pupils on the register.",
     dict(lead=["SENDCo"], end="2024-10", status="blue")),
    ("3.2", "Deliver four CPD sessions on adaptive teaching for all teaching staff, followed by SLT learning "
            "walks focused on pupils with SEND.",
     "SENDCo / AHT (Teaching and Learning)", "Learning walks show adaptations in most lessons.",
     "Headteacher", "Spring term 2025", "green",
     "Two of four sessions delivered. Learning walks start after half term.",
     dict(lead=["SENDCo", "AHT (Teaching and Learning)"], end="2025-04", end_text="Spring term 2025",
          status="green")),
    ("3.3", "Commission an external SEND review from the local authority inclusion team and act on its "
            "findings.",
     "Headteacher", "Review report received and actions added to this plan.",
     "Full Governing Board", "June 2025", None,
     "To be commissioned in the spring term.",
     dict(lead=["Headteacher"], end="2025-06", status="unrated")),
]


def make_haygrove():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Haygrove School"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Post-Ofsted Action Plan 2024–25"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Ofsted inspection: 12–13 March 2024. Overall effectiveness: Requires improvement"
    ws["A4"] = "Version 3 – progress update for the Full Governing Board, 20 November 2024"
    ws["A6"] = "Document control"
    ws["A6"].font = Font(bold=True)
    for i, row in enumerate([
        ("Version", "Date", "Author", "Changes"),
        ("1", "22/04/2024", "Headteacher", "First draft for governors"),
        ("2", "10/07/2024", "Headteacher", "Approved by FGB and sent to the Trust"),
        ("3", "20/11/2024", "DHT (Quality of Education)", "Autumn progress update and RAG"),
    ]):
        for j, v in enumerate(row):
            c = ws.cell(row=7 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
    ws["A13"] = "RAG key"
    ws["A13"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([
        ("blue", "Achieved – impact evident"),
        ("green", "On track"),
        ("amber", "Some slippage – action being taken"),
        ("red", "Off track – escalated to governors"),
        (None, "Not yet started"),
    ]):
        c = ws.cell(row=14 + i, column=1)
        c.border = BORDER
        if colour:
            c.fill = fill(FILL[colour])
        ws.cell(row=14 + i, column=2, value=meaning)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 40

    ap = wb.create_sheet("Action Plan")
    ap.merge_cells("A1:H1")
    ap["A1"] = HG_TITLE
    ap["A1"].font = Font(bold=True, size=14)
    ap.merge_cells("A2:H2")
    ap["A2"] = "RAG as at 20 November 2024 (see Cover sheet for key)."
    ap["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead", "Success criteria", "Monitored by", "Deadline", "RAG",
             "Progress update (Nov 2024)"]
    for j, h in enumerate(heads):
        c = ap.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BORDER
        c.alignment = WRAP
    r = 4
    for row in HG_ROWS:
        if row[0] == "P":
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ap.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2F5597")
        elif row[0] == "AFI":
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ap.cell(row=r, column=1, value=row[1])
            c.font = Font(italic=True)
            c.fill = fill("D9E1F2")
            c.alignment = WRAP
            ap.row_dimensions[r].height = 32
        else:
            ref, action, lead, crit, mon, deadline, colour, update, _ = row
            vals = [ref, action, lead, crit, mon, deadline, None, update]
            for j, v in enumerate(vals):
                c = ap.cell(row=r, column=1 + j, value=v)
                c.border = BORDER
                c.alignment = WRAP
            if isinstance(deadline, dt.datetime):
                ap.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            if colour:
                ap.cell(row=r, column=7).fill = fill(FILL[colour])
        r += 1
    r += 1
    ap.cell(row=r, column=1, value="Notes: progress is reviewed by SLT fortnightly and reported to the Full "
                                   "Governing Board each half term.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 55, 24, 36, 24, 16, 7, 45]):
        ap.column_dimensions[col].width = w

    gv = wb.create_sheet("Governor visits")
    gv["A1"] = "Governor monitoring visits 2024–25"
    gv["A1"].font = Font(bold=True)
    for i, row in enumerate([
        ("Date", "Governor", "Focus", "Linked priority"),
        ("14/10/2024", "Mrs P Ellis", "Attendance panels", "2"),
        ("06/11/2024", "Mr D Okafor", "Curriculum deep dive – science", "1"),
        ("22/01/2025", "Mrs S Hartley", "SEND passports in lessons", "3"),
    ]):
        for j, v in enumerate(row):
            gv.cell(row=3 + i, column=1 + j, value=v).border = BORDER
    wb.active = 1
    wb.save(os.path.join(HERE, HAYGROVE))

    actions = []
    pri = afi = None
    for row in HG_ROWS:
        if row[0] == "P":
            pri = row[1]
        elif row[0] == "AFI":
            afi = row[1]
        else:
            a = dict(row[8])
            a.update(ref=row[0], action=row[1], under=[pri, afi])
            actions.append(a)
    write_yaml(HAYGROVE, dict(
        source=("Haygrove School (Bridgwater, Somerset), 2024–25, post-Ofsted action plan (school 'requires "
                "improvement' after a March 2024 inspection). No published plan found; imitates the "
                "post-inspection plans schools draft for governors as described by The Key for School "
                "Governors (schoolgovernors.thekeysupport.com, 'Post-Ofsted action plan: governors' role') and "
                "Ofsted's 'Action planning for school improvement' guidance: a cover sheet with title block, "
                "document-control table and fill-colour RAG key; an Action Plan sheet with merged priority "
                "rows, the inspectors' area for improvement as a merged italic row, success criteria, "
                "'monitored by', deadlines as school terms, dates and 'Termly', RAG as cell fill only; a notes "
                "line; a third sheet of governor visits. Content invented."),
        reads=("A school's post-Ofsted plan: three priorities, each with the inspectors' area for improvement "
               "written out beneath it, and nine numbered actions with lead, deadline and a coloured RAG cell. "
               "The cover explains the colours (blue = achieved); one action has no colour, i.e. not yet "
               "started. The governor visits sheet is a schedule, not actions."),
        outcome="read", title=HG_TITLE), actions)


# ---------------------------------------------------------------------------
# 2. The Bournemouth and Poole College - Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
BPC = "kh1-bournemouth-and-poole-college-ofsted-post-inspection-action-plan.docx"
BPC_TITLE = "The Bournemouth and Poole College – Post-Inspection Action Plan"
BPC_SECTIONS = [
    ("1. Education programmes for young people",
     "Leaders should ensure that teachers of GCSE English and mathematics use assessment information to plan "
     "learning that builds on what students already know, so that more students make good progress.",
     [
         ("1.1", ["Introduce diagnostic assessments in the first three weeks of term for all GCSE English and "
                  "mathematics students, with the results used to set individual starting points."],
          "Head of English and Maths", "30/09/2024",
          "Diagnostics completed for 1,146 students; starting points on ProMonitor.", "Complete",
          dict(lead=["Head of English and Maths"], end="2024-09", status="blue")),
         ("1.2", ["Deliver a programme of coaching for GCSE teachers focused on using assessment information "
                  "in planning.",
                  "Each teacher to receive at least two coached observations per term."],
          "Head of English and Maths / Teaching and Learning Coaches", "July 2025",
          "Autumn coaching cycle complete for 19 of 22 teachers.", "On track",
          dict(lead=["Head of English and Maths", "Teaching and Learning Coaches"], end="2025-07",
               status="green")),
         ("1.3", ["Monitor the in-year progress of GCSE students at each data point and put in place "
                  "intervention for students more than one grade below target."],
          "Curriculum Managers", "February 2025",
          "First data point showed 31% below target; intervention groups not yet running at Kingsway.",
          "At risk",
          dict(lead=["Curriculum Managers"], end="2025-02", status="amber")),
     ]),
    ("2. Apprenticeships",
     "Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately, and "
     "that employers take part in reviews of apprentices' progress.",
     [
         ("2.1", ["Revise the apprenticeship commitment statement and training plan so that off-the-job hours "
                  "are planned week by week with the employer."],
          "Head of Apprenticeships", "31 May 2024",
          "New training plan in use for all starts since June 2024.", "Complete",
          dict(lead=["Head of Apprenticeships"], end="2024-05", status="blue")),
         ("2.2", ["Ensure every progress review is attended by the apprentice's workplace line manager and "
                  "recorded on the e-portfolio within five working days."],
          "Apprenticeship Skills Coaches; Head of Apprenticeships", "December 2024",
          "Employer attendance at reviews up from 58% to 83%.", "On track",
          dict(lead=["Apprenticeship Skills Coaches", "Head of Apprenticeships"], end="2024-12",
               status="green")),
         ("2.3", ["Carry out a monthly audit of off-the-job hours for all apprentices with a planned "
                  "end-point assessment date in the next six months."],
          "Apprenticeship Quality Manager", "Monthly",
          "Audits completed for July to October.", "On track",
          dict(lead=["Apprenticeship Quality Manager"], end=None, end_text="Monthly", status="green")),
     ]),
    ("3. Leadership and management",
     "Governors should receive more detailed information about the quality of education so that they can "
     "challenge leaders more effectively.",
     [
         ("3.1", ["Redesign the quality report to the Quality and Standards Committee to include "
                  "subject-level data on attendance, progress and achievement."],
          "Vice Principal Quality and Curriculum", "October 2024",
          "New report format received by the committee on 15 October 2024.", "Complete",
          dict(lead=["Vice Principal Quality and Curriculum"], end="2024-10", status="blue")),
         ("3.2", ["Link a governor to each faculty, with at least one visit a term to observe learning and "
                  "meet students."],
          "Clerk to the Corporation", "March 2025",
          "Link governor roles to be agreed at the December Corporation meeting.", "Not started",
          dict(lead=["Clerk to the Corporation"], end="2025-03", status="unrated")),
     ]),
]


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_cell(cell, text, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def make_bpc():
    d = Document()
    d.add_paragraph(BPC_TITLE, style="Title")
    d.add_paragraph("Following the Ofsted inspection of 5–8 March 2024 (report published 17 April 2024)")
    d.add_paragraph("Document control", style="Heading 2")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Plan owner", "Vice Principal Quality and Curriculum"),
                 ("Approved by", "Quality and Standards Committee, 26 June 2024"),
                 ("Version", "2.1"),
                 ("Last updated", "4 November 2024")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    d.add_paragraph()
    d.add_paragraph("Status key", style="Heading 2")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, colour in [("Complete (blue)", "Action finished and impact confirmed", "blue"),
                         ("On track (green)", "Progressing to plan", "green"),
                         ("At risk (amber)", "Some slippage; may miss the target date", "amber"),
                         ("Off track (red)", "Target date missed or will be missed", "red"),
                         ("Not started", "Action not yet due to start", None)]:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
        if colour:
            shade(row[0], FILL[colour])
    d.add_paragraph()
    status_colour = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    for heading, afi, rows in BPC_SECTIONS:
        d.add_paragraph(heading, style="Heading 1")
        t = d.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        m = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        m.text = ""
        r = m.paragraphs[0].add_run(afi)
        r.italic = True
        shade(m, "DEEAF6")
        for j, h in enumerate(["Ref", "Action", "Responsibility", "Target date", "Progress (November 2024)",
                               "Status"]):
            bold_cell(t.rows[1].cells[j], h)
            shade(t.rows[1].cells[j], "D9D9D9")
        for ref, paras, lead, date, progress, status, _ in rows:
            c = t.add_row().cells
            c[0].text = ref
            c[1].text = paras[0]
            for p in paras[1:]:
                c[1].add_paragraph(p)
            c[2].text = lead
            c[3].text = date
            c[4].text = progress
            c[5].text = status
            if status in status_colour:
                shade(c[5], FILL[status_colour[status]])
        d.add_paragraph()
    d.add_paragraph("Sign-off", style="Heading 2")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in [("Role", "Name", "Date"), ("Principal and CEO", "Signed", "26/06/2024"),
                ("Chair of the Corporation", "Signed", "26/06/2024")]:
        c = t.add_row().cells
        for j, v in enumerate(row):
            c[j].text = v
    d.save(os.path.join(HERE, BPC))

    actions = []
    for heading, afi, rows in BPC_SECTIONS:
        for ref, paras, lead, date, progress, status, reading in rows:
            a = dict(reading)
            a.update(ref=ref, under=[heading, afi], action="\n".join(paras))
            actions.append(a)
    write_yaml(BPC, dict(
        source=("The Bournemouth and Poole College, 2024–25, Ofsted post-inspection action plan (FE college). "
                "No published plan found; imitates FE college PIAPs in Word as described by FE quality "
                "guidance (e.g. MESMA, fenews.co.uk 'Improvement planning – get it write'): title and "
                "inspection line, document-control table, status key table with colour shading, then one "
                "Heading-1 section per inspection area, each with its own table whose first merged, shaded "
                "row quotes the area for improvement, a header row, and actions with responsibility, target "
                "date (day-first date, month, 'Monthly'), progress and a shaded status word; one action cell "
                "has two paragraphs; a sign-off table at the end. Content invented."),
        reads=("A college's post-inspection plan in three sections (young people, apprenticeships, leadership), "
               "each section a table opening with what inspectors said the college should do, then the "
               "numbered actions with who is responsible, a target date and a status word from the key. The "
               "document-control, key and sign-off tables are not actions."),
        outcome="read", title=BPC_TITLE), actions)


# ---------------------------------------------------------------------------
# 3. Aspiration Training - Ofsted apprenticeships PIAP (csv) - refuse
# ---------------------------------------------------------------------------
ASP = "kh1-aspiration-training-ofsted-apprenticeships-piap-typo-month-refuse.csv"
ASP_TITLE = "Aspiration Training Ltd – Apprenticeships Post-Inspection Action Plan"
ASP_QE1 = ("Leaders should ensure that tutors use information about apprentices' starting points to plan "
           "training that builds on what they already know.")
ASP_QE2 = ("Leaders should make sure that apprentices receive timely and helpful feedback on their work so "
           "that they know how to improve.")
ASP_LM = ("Leaders should improve their oversight of off-the-job training so that all apprentices receive "
          "their full entitlement.")
ASP_PD = ("Leaders should ensure that apprentices develop a secure understanding of the risks of "
          "radicalisation and extremism in their local area and workplace.")
ASP_ROWS = [
    ("QE1", "Quality of education", ASP_QE1,
     "Implement a revised initial assessment of knowledge, skills and behaviours for all new starts, signed "
     "off by the employer.", "Head of Quality", "30/09/2024", "Complete",
     "New IA live from 2 September; 100% of starts since then assessed."),
    ("QE2", "Quality of education", ASP_QE1,
     "Train all skills tutors to use the initial assessment to personalise the training plan and record any "
     "reduction in duration.", "Head of Quality / Training Manager", "Nov-24", "Complete",
     "All 23 tutors trained; sample check of 40 plans completed."),
    ("QE3", "Quality of education", ASP_QE2,
     "Introduce a 10 working day turnaround standard for feedback on submitted work, monitored through the "
     "e-portfolio.", "Training Manager", "Dec-24", "On track",
     "Average turnaround now 7.5 days; 3 tutors outside standard."),
    ("QE4", "Quality of education", ASP_QE2,
     "Carry out termly scrutiny of tutors' written feedback and share examples of strong practice at team "
     "meetings.", "Quality Lead", "Mar-25", "On track", "First scrutiny completed in December."),
    ("LM1", "Leadership and management", ASP_LM,
     "Produce a monthly off-the-job training dashboard by employer and standard for the senior leadership "
     "team.", "Data and MIS Manager", "Aug-24", "Complete", "Dashboard in use since August SLT meeting."),
    ("LM2", "Leadership and management", ASP_LM,
     "Meet every employer whose apprentices are below 90% of planned off-the-job hours and agree a recovery "
     "plan.", "Employer Engagement Manager", "0ct-24", "In progress",
     "Meetings held with 31 of 44 employers."),
    ("LM3", "Leadership and management", ASP_LM,
     "Appoint an independent chair and two non-executive members to the governance board.",
     "Managing Director", "Jan-25", "On track", "Chair appointed; interviews for NEDs on 20 January."),
    ("PD1", "Personal development", ASP_PD,
     "Deliver a Prevent and British values session tailored to each sector at every progress review, using "
     "local risk information from the regional Prevent coordinator.", "Designated Safeguarding Lead",
     "Feb-25", "On track", "Sector packs ready for health and care, business and hospitality."),
    ("PD2", "Personal development", ASP_PD,
     "Publish a monthly safeguarding bulletin for apprentices and employers covering local risks.",
     "DSL / Marketing Officer", "Monthly", "On track", "Bulletins issued October, November and December."),
]


def make_aspiration():
    ncol = 8
    lines = [
        [ASP_TITLE] + [""] * (ncol - 1),
        ["Ofsted inspection 14–17 May 2024. Plan approved by the Board 25 July 2024; updated 6 January 2025"]
        + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Theme", "Area for improvement", "Action", "Owner", "Due date", "Status", "Update"],
    ]
    refuse_line = None
    for row in ASP_ROWS:
        lines.append(list(row))
        if row[5] == "0ct-24":
            refuse_line = len(lines)
    lines.append([""] * ncol)
    lines.append(["Status key: Complete / On track / In progress / Behind"] + [""] * (ncol - 1))
    with open(os.path.join(HERE, ASP), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)
    write_yaml(ASP, dict(
        source=("Aspiration Training Ltd (independent apprenticeship training provider), 2024–25, Ofsted "
                "post-inspection action plan for apprenticeships. No published plan found; imitates a "
                "provider's PIAP tracker kept in Excel and saved as CSV (as in MESMA's notes on learning from "
                "Ofsted apprenticeship visits): title and inspection lines padded with commas, a blank row, a "
                "header row, theme and area for improvement repeated on every row, due dates as dd/mm/yyyy and "
                "Mmm-yy text and 'Monthly', status words, an update column, and a status key line at the end."),
        reads=("A tracker of nine actions under three Ofsted themes, each row repeating its theme and the "
               "inspectors' area for improvement. The due date of LM2 reads '0ct-24' with a zero for the "
               "letter O: a mistyped month, so a careful reader stops there and asks what was meant before "
               "importing the plan."),
        outcome="refuse", refuse_at=refuse_line, title=ASP_TITLE), [])


# ---------------------------------------------------------------------------
# 4. East and North Hertfordshire Teaching NHS Trust - CQC must/should do (xlsx)
# ---------------------------------------------------------------------------
ENHT = "kh1-east-and-north-hertfordshire-teaching-nhs-trust-cqc-must-should-do-action-plan.xlsx"
ENHT_TITLE = ("East and North Hertfordshire Teaching NHS Trust – CQC Inspection Improvement Plan "
              "(Must Do and Should Do actions)")
UEC = "Urgent and emergency care"
MED = "Medical care (including older people's care)"
MD1 = ("The trust must ensure that patients in the emergency department receive timely assessment of their "
       "risk of deterioration, including repeat observations in line with the trust's escalation policy.")
MD2 = ("The trust must ensure that there are sufficient numbers of suitably qualified paediatric nurses in "
       "the emergency department at all times.")
MD3 = ("The trust must ensure that risk registers for medical wards are kept up to date and that actions to "
       "mitigate risks are reviewed.")
MD4 = ("The trust must ensure that staff complete and record mental capacity assessments where patients may "
       "lack capacity to consent to care and treatment.")
SD1 = ("The trust should ensure that patients' pain is assessed and reassessed and that pain relief is given "
       "in a timely way.")
SD2 = "The trust should continue to improve the time patients wait to be seen, admitted or discharged."
SD3 = "The trust should ensure that all staff receive an annual appraisal."
SD4 = "The trust should ensure that discharge summaries are completed and sent to GPs within 24 hours."

# must-do groups: (section, [(reg, finding, [(ref, action, lead, orig, revised, prev, cur, update, reading)])])
ENHT_MUST = [
    (UEC, [
        ("Reg 12", MD1, [
            ("MD1.1", "Introduce an electronic observations alert in Nerve Centre that prompts nursing staff "
                      "when repeat observations are overdue.", "Chief Nursing Information Officer",
             dt.datetime(2024, 3, 31), dt.datetime(2024, 6, 30), "A", "B",
             "Alert live from 3 June 2024. Compliance with repeat observations 94% in November.",
             dict(lead=["Chief Nursing Information Officer"], end="2024-06", status="blue")),
            ("MD1.2", "Carry out a weekly audit of NEWS2 completion and escalation in ED, reported to the "
                      "Urgent Care Division governance meeting.", "Head of Nursing (Urgent Care)",
             dt.datetime(2024, 4, 30), None, "G", "G",
             "Weekly audits embedded; 12-week average 91%. Keep open until sustained for six months.",
             dict(lead=["Head of Nursing (Urgent Care)"], end="2024-04", status="green")),
        ]),
        ("Reg 18", MD2, [
            ("MD2.1", "Recruit to the paediatric emergency nurse establishment and complete competency "
                      "sign-off for adult-trained nurses rostered to the paediatric area.", "Deputy Chief Nurse",
             dt.datetime(2024, 9, 30), dt.datetime(2025, 3, 31), "A", "A",
             "4.2 WTE of 6.0 WTE recruited. Competency sign-off 70%. Revised date agreed at QSC.",
             dict(lead=["Deputy Chief Nurse"], end="2025-03", status="amber")),
        ]),
    ]),
    (MED, [
        ("Reg 17", MD3, [
            ("MD3.1", "Review all medicine division risks over 12 months old at the Divisional Risk Review "
                      "Group and close or re-score them.", "Divisional Director, Medicine / Head of Risk",
             dt.datetime(2024, 7, 31), None, "G", "B",
             "All 37 risks reviewed; 12 closed, 25 re-scored with updated actions.",
             dict(lead=["Divisional Director, Medicine", "Head of Risk"], end="2024-07", status="blue")),
        ]),
        ("Reg 11", MD4, [
            ("MD4.1", "Deliver Mental Capacity Act level 2 training to all registered nurses on medical wards, "
                      "reaching 90% compliance.", "Named Nurse for Safeguarding Adults",
             dt.datetime(2024, 10, 31), dt.datetime(2025, 1, 31), "A", "G",
             "Compliance 84% and rising; additional sessions booked for December.",
             dict(lead=["Named Nurse for Safeguarding Adults"], end="2025-01", status="green")),
        ]),
    ]),
]
ENHT_SHOULD = [
    (UEC, [
        (SD1, [("SD1.1", "Add a pain score to the ED triage template and audit time to analgesia monthly.",
                "ED Clinical Lead", dt.datetime(2024, 5, 31), None, "G", "B",
                "Pain score mandatory in triage since May. Median time to analgesia 34 minutes.",
                dict(lead=["ED Clinical Lead"], end="2024-05", status="blue"))]),
        (SD2, [("SD2.1", "Open the Same Day Emergency Care (SDEC) extension and extend opening hours to 22:00.",
                "Chief Operating Officer", dt.datetime(2024, 12, 31), None, "G", "G",
                "Building handed over 18 November; staffing rota for late shift agreed.",
                dict(lead=["Chief Operating Officer"], end="2024-12", status="green"))]),
    ]),
    (MED, [
        (SD3, [("SD3.1", "Issue monthly appraisal compliance reports to ward managers and escalate wards "
                         "below 85% to the divisional performance review.",
                "Head of Nursing (Medicine); HR Business Partner", dt.datetime(2024, 6, 30),
                dt.datetime(2024, 9, 30), "R", "R",
                "Compliance 78%. Revised date missed; recovery trajectory to QSC in January.",
                dict(lead=["Head of Nursing (Medicine)", "HR Business Partner"], end="2024-09", status="red"))]),
        (SD4, [("SD4.1", "Implement the electronic discharge summary on all medical wards and monitor "
                         "completion within 24 hours weekly.", "Associate Medical Director (Medicine)",
                dt.datetime(2025, 3, 31), None, "G", "G",
                "Live on 9 of 14 wards. Remaining wards by February.",
                dict(lead=["Associate Medical Director (Medicine)"], end="2025-03", status="green"))]),
    ]),
]
RAG_FILL = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}


def make_enht():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = ENHT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Lister Hospital: inspection of urgent and emergency care and medical care, 14–16 November "
                "2023 (report published 22 March 2024)")
    ws["A3"] = "Report to: Quality and Safety Committee, 18 December 2024. Executive lead: Chief Nurse"
    ws["A5"] = "Position at 30 November 2024"
    ws["A5"].font = Font(bold=True)
    rows = [("", "Blue", "Green", "Amber", "Red", "Total"),
            ("Must do", 2, 2, 1, 0, 5),
            ("Should do", 1, 2, 0, 1, 4),
            ("Total", 3, 4, 1, 1, 9)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0 or j == 0 or i == 3:
                c.font = Font(bold=True)
    ws["A11"] = "BRAG key"
    ws["A11"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("B", "Complete – evidence accepted by the CQC Compliance Group"),
        ("G", "On track to deliver by the completion date"),
        ("A", "At risk of missing the completion date"),
        ("R", "Completion date missed / off track"),
    ]):
        c = ws.cell(row=12 + i, column=1, value=k)
        c.fill = fill(RAG_FILL[k])
        c.border = BORDER
        ws.cell(row=12 + i, column=2, value=v)
    ws["A17"] = ("Note: where a completion date has been revised, the revised date was agreed by the Quality "
                 "and Safety Committee.")
    ws["A17"].font = Font(italic=True)
    ws.column_dimensions["A"].width = 14
    for col in "BCDEF":
        ws.column_dimensions[col].width = 10

    def sheet(name, title, heads, groups, has_reg):
        s = wb.create_sheet(name)
        ncol = len(heads)
        s.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        s["A1"] = title
        s["A1"].font = Font(bold=True, size=13)
        for j, h in enumerate(heads):
            c = s.cell(row=2, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("005EB8")
            c.alignment = WRAP
            c.border = BORDER
        r = 3
        for section, findings in groups:
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = s.cell(row=r, column=1, value=section)
            c.font = Font(bold=True)
            c.fill = fill("D9E2F3")
            r += 1
            for f in findings:
                if has_reg:
                    reg, finding, acts = f
                else:
                    reg, (finding, acts) = None, f
                first = r
                for (ref, action, lead, orig, rev, prev, cur, update, _) in acts:
                    vals = [ref]
                    if has_reg:
                        vals.append(reg if r == first else None)
                    vals += [finding if r == first else None, action, lead, orig, rev, prev, cur, update]
                    for j, v in enumerate(vals):
                        c = s.cell(row=r, column=1 + j, value=v)
                        c.border = BORDER
                        c.alignment = WRAP
                        if isinstance(v, dt.datetime):
                            c.number_format = "dd/mm/yyyy"
                    base = 2 if has_reg else 1
                    for k, v in ((base + 5, prev), (base + 6, cur)):
                        cell = s.cell(row=r, column=1 + k)
                        cell.fill = fill(RAG_FILL[v])
                        cell.alignment = Alignment(horizontal="center", vertical="top")
                    r += 1
                if r - first > 1:
                    cols = [2, 3] if has_reg else [2]
                    for col in cols:
                        s.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        widths = ([8, 8] if has_reg else [8]) + [45, 50, 26, 13, 13, 10, 10, 45]
        for j, w in enumerate(widths):
            s.column_dimensions[chr(65 + j)].width = w

    sheet("Must Do", "Must Do actions (breaches of regulations)",
          ["Ref", "Regulation", "CQC Must Do", "Action", "Accountable lead", "Original completion date",
           "Revised completion date", "Previous RAG (Oct 24)", "Current RAG (Nov 24)", "Progress update"],
          ENHT_MUST, True)
    sheet("Should Do", "Should Do actions",
          ["Ref", "CQC Should Do", "Action", "Accountable lead", "Original completion date",
           "Revised completion date", "Previous RAG (Oct 24)", "Current RAG (Nov 24)", "Progress update"],
          ENHT_SHOULD, False)
    wb.save(os.path.join(HERE, ENHT))

    actions = []
    for section, findings in ENHT_MUST:
        for reg, finding, acts in findings:
            for a in acts:
                x = dict(a[8])
                x.update(ref=a[0], action=a[1], under=[section, finding])
                actions.append(x)
    for section, findings in ENHT_SHOULD:
        for finding, acts in findings:
            for a in acts:
                x = dict(a[8])
                x.update(ref=a[0], action=a[1], under=[section, finding])
                actions.append(x)
    write_yaml(ENHT, dict(
        source=("East and North Hertfordshire Teaching NHS Trust (Lister Hospital), 2024, CQC must-do and "
                "should-do improvement plan as reported to a board committee. No published plan found; "
                "imitates trust CQC action plans in board papers such as East of England Ambulance Service's "
                "'CQC Quality Improvement Plan Progress Report' (eastamb.nhs.uk, 2024–25): a summary sheet "
                "with title block, a BRAG count table by must/should and a BRAG key; separate Must Do and "
                "Should Do sheets with a core-service row over each group, the regulation and CQC finding in "
                "vertically merged cells over their actions, accountable lead, original and revised "
                "completion dates (dd/mm/yyyy), previous and current RAG letters on coloured fills, and a "
                "progress column. Content invented."),
        reads=("A hospital trust's CQC plan: five must-do and four should-do actions grouped by core service, "
               "each answering the CQC finding written beside it. Where a revised completion date is given it "
               "replaces the original, and the status is the current (November) RAG letter, with B meaning "
               "complete per the key. The summary sheet is a count, not actions."),
        outcome="read", title=ENHT_TITLE), actions)


# ---------------------------------------------------------------------------
# 5. Culm Valley Integrated Centre for Health - CQC inspection action plan (txt)
# ---------------------------------------------------------------------------
CULM = "kh1-culm-valley-integrated-centre-for-health-cqc-inspection-action-plan.txt"
CULM_TITLE = "Culm Valley Integrated Centre for Health - CQC Inspection Action Plan"
CV_H12 = "REQUIREMENT NOTICE - Regulation 12: Safe care and treatment"
CV_R12 = "The provider must ensure care and treatment is provided in a safe way for service users."
CV_H17 = "REQUIREMENT NOTICE - Regulation 17: Good governance"
CV_R17 = ("The provider must establish effective systems and processes to ensure good governance in "
          "accordance with the fundamental standards of care.")
CV_HS = "AREAS FOR IMPROVEMENT - the provider should:"
CV_S1 = "Continue to take action to improve the uptake of cervical screening."
CV_S2 = "Take action to improve patient satisfaction with access to the practice by telephone."
# blocks: ("H", heading) | ("R", requirement line) | (ref, action, [field lines], reading)
CULM_BLOCKS = [
    ("H", CV_H12), ("R", CV_R12),
    ("A1", "Run monthly searches for patients on high-risk medicines (methotrexate, lithium, DMARDs) and "
           "recall any patient overdue for monitoring bloods.",
     ["Lead: Clinical Pharmacist / Dr Moorhouse", "Due: 31/12/2024", "Status: C",
      "Update: Searches run monthly since November 2024; 14 patients recalled, all now up to date."],
     dict(lead=["Clinical Pharmacist", "Dr Moorhouse"], end="2024-12", status="blue")),
    ("A2", "Complete a review of all MHRA patient safety alerts received since January 2023 and record the "
           "action taken on each in the alerts log.",
     ["Lead: Dr Ansell", "Due: January 2025", "Status: G", "Update: 31 of 38 alerts reviewed."],
     dict(lead=["Dr Ansell"], end="2025-01", status="green")),
    ("A3", "Check emergency medicines and equipment weekly at both sites, using a signed checklist kept "
           "with the emergency trolley.",
     ["Lead: Nurse Manager", "Due: 30/11/2024", "Status: C",
      "Update: Checklists in place at Cullompton and the Hemyock branch surgery."],
     dict(lead=["Nurse Manager"], end="2024-11", status="blue")),
    ("H", CV_H17), ("R", CV_R17),
    ("A4", "Introduce a governance log to track significant events, complaints and safety alerts, reviewed at "
           "the monthly clinical governance meeting.",
     ["Lead: Practice Manager", "Due: February 2025", "Revised due: March 2025", "Status: A",
      "Update: Log drafted. First full review moved to the March meeting because of staff absence."],
     dict(lead=["Practice Manager"], end="2025-03", status="amber")),
    ("A5", "Update the recruitment checklist so that DBS checks, references and immunisation status are "
           "recorded for all staff, including locums.",
     ["Lead: Practice Manager / HR Administrator", "Due: Ongoing", "Status: G",
      "Update: Checklist revised December 2024; locum files being brought up to date."],
     dict(lead=["Practice Manager", "HR Administrator"], end=None, end_text="Ongoing", status="green")),
    ("H", CV_HS), ("R", CV_S1),
    ("B1", "Send text reminders to women overdue for cervical screening and offer Saturday morning clinics "
           "once a month.",
     ["Lead: Practice Nurses", "Due: March 2025", "Status: G",
      "Update: Text campaign sent in December; first Saturday clinic 11 January."],
     dict(lead=["Practice Nurses"], end="2025-03", status="green")),
    ("R", CV_S2),
    ("B2", "Install a cloud-based telephone system with call-back and queue position messages.",
     ["Lead: Practice Manager", "Due: Q4 2024/25", "Status: A",
      "Update: Supplier chosen through the ICB framework; installation date awaited."],
     dict(lead=["Practice Manager"], end="2025-03", status="amber")),
    ("B3", "Repeat the practice's own access survey and publish the results and the actions taken in the "
           "waiting room and on the website.",
     ["Lead: Patient Participation Group Chair", "Due: April 2025", "Status: NS"],
     dict(lead=["Patient Participation Group Chair"], end="2025-04", status="unrated")),
]


def make_culm():
    out = [
        CULM_TITLE,
        "=" * len(CULM_TITLE),
        "",
        "Inspection date:   9 October 2024",
        "Report published:  27 November 2024",
        "Overall rating:    Requires improvement (Safe and Well-led: Requires improvement)",
        "Plan owner:        Practice Manager",
        "Last reviewed:     Partners' meeting, 15 January 2025",
        "",
        "Status key: C = complete, G = on track, A = some delay, R = not on track, NS = not started",
        "",
    ]
    rule = "-" * 78
    for b in CULM_BLOCKS:
        if b[0] == "H":
            out += [rule, b[1], rule, ""]
        elif b[0] == "R":
            out += [b[1], ""]
        else:
            ref, action, fields, _ = b
            out.append(f"{ref}  {action}")
            out += ["    " + f for f in fields]
            out.append("")
    out += [rule, "Next review: partners' meeting, 19 March 2025. Evidence folder: S:\\CQC\\2024 action plan",
            ""]
    with open(os.path.join(HERE, CULM), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))

    actions = []
    head = req = None
    for b in CULM_BLOCKS:
        if b[0] == "H":
            head = b[1]
        elif b[0] == "R":
            req = b[1]
        else:
            x = dict(b[3])
            x.update(ref=b[0], action=b[1], under=[head, req])
            actions.append(x)
    write_yaml(CULM, dict(
        source=("Culm Valley Integrated Centre for Health (GP practice, Cullompton, Devon), 2024–25, action "
                "plan after a CQC inspection with requirement notices. No published plan found; imitates the "
                "action plans GP practices send CQC after requirement notices (BMA 'How to prepare for a CQC "
                "inspection'; CQC GP guidance), exported from Word as plain text: title with underline, "
                "inspection details block, status key of letters, ruled headings per requirement notice "
                "(regulation) and one for the should-do areas, the regulation's must-do sentence or the "
                "should-do sentence above its actions, and each action as a numbered line followed by "
                "indented Lead/Due/Revised due/Status/Update lines; a closing next-review line. Content "
                "invented."),
        reads=("A GP practice's response to its CQC report: five actions under two requirement notices "
               "(Regulations 12 and 17) and three under the areas where it should improve, each with lead, "
               "due date and a status letter explained by the key (C = complete). A4's due date was revised "
               "to March 2025; B3 is not started."),
        outcome="read", title=CULM_TITLE), actions)


# ---------------------------------------------------------------------------
# 6. The Retreat York - CQC mental health must/should do (docx)
# ---------------------------------------------------------------------------
RETREAT = "kh1-the-retreat-york-cqc-mental-health-must-should-do-action-plan.docx"
RT_TITLE = "The Retreat York: CQC Inspection Action Plan"
RT_S1 = "MUST DO – Wards for older people with mental health problems"
RT_S2 = "MUST DO – Specialist eating disorder services"
RT_S3 = "SHOULD DO"
RT_RQ1 = ("The service must ensure that staff review and update each patient's risk assessment following any "
          "incident.")
RT_RQ2 = ("The service must ensure that staff carry out and record physical health observations after the "
          "administration of rapid tranquillisation.")
RT_RQ3 = "The service must ensure that there are enough registered nurses on each shift to meet patients' needs."
RT_RQ4 = "The service should ensure that patients' care plans reflect their views and are personalised."
RT_RQ5 = ("The service should ensure that the ward environment on Tuke Ward is well maintained, including "
          "repairs to damaged furniture.")
RT_RQ6 = "The service should ensure that staff receive regular clinical supervision in line with policy."
# ("S", section) | (requirement, [(no, action, lead, date, status, update, reading)])
RT_ROWS = [
    ("S", RT_S1),
    (RT_RQ1, [
        ("1", "Add a mandatory risk assessment review field to the incident reporting form on Radar.",
         "Head of Governance", "31/01/2025", "Complete",
         "Field live from 20 January 2025.",
         dict(lead=["Head of Governance"], end="2025-01", status="blue")),
        ("2", "Audit 10 care records per ward each month to check risk assessments are updated within 72 hours "
              "of an incident.", "Ward Manager (Tuke Ward); Ward Manager (Rowntree Ward)",
         "Ongoing – monthly audit", "On track", "December audit 90%, January audit 95%.",
         dict(lead=["Ward Manager (Tuke Ward)", "Ward Manager (Rowntree Ward)"], end=None,
              end_text="Ongoing – monthly audit", status="green")),
    ]),
    (RT_RQ2, [
        ("3", "Deliver refresher training on monitoring after rapid tranquillisation to all registered nurses "
              "and healthcare assistants.", "Clinical Nurse Educator", "End of March 2025", "On track",
         "68% of staff trained; sessions booked for remaining staff.",
         dict(lead=["Clinical Nurse Educator"], end="2025-03", status="green")),
    ]),
    ("S", RT_S2),
    (RT_RQ3, [
        ("4", "Complete recruitment to four registered nurse vacancies and reduce agency use to below 15% of "
              "shifts.", "Director of Nursing / HR Manager", "w/c 07/04/2025", "Delayed",
         "Two nurses appointed; two posts re-advertised. Agency use 22% in January.",
         dict(lead=["Director of Nursing", "HR Manager"], end="2025-04", status="amber")),
    ]),
    ("S", RT_S3),
    (RT_RQ4, [
        ("5", "Co-produce a new care plan template with patients and carers, including a 'What matters to me' "
              "section.", "Patient Experience Lead", "31.03.2025", "On track",
         "Template drafted with the patient forum; pilot on Rowntree Ward in March.",
         dict(lead=["Patient Experience Lead"], end="2025-03", status="green")),
    ]),
    (RT_RQ5, [
        ("6", "Replace damaged furniture in the lounge and dining room and introduce a weekly environmental "
              "walkround.", "Facilities Manager", "December 2024", "Complete",
         "New furniture fitted 9 December; walkrounds recorded weekly.",
         dict(lead=["Facilities Manager"], end="2024-12", status="blue")),
    ]),
    (RT_RQ6, [
        ("7", "Publish a supervision tree for each ward and report compliance monthly to the Quality and "
              "Safety Committee.", "Ward Managers", "February 2025", "Off track",
         "Supervision trees published; compliance 61% against 85% target.",
         dict(lead=["Ward Managers"], end="2025-02", status="red")),
    ]),
]


def make_retreat():
    d = Document()
    d.add_paragraph(RT_TITLE, style="Title")
    d.add_paragraph("Must Do and Should Do actions", style="Subtitle")
    d.add_paragraph("Inspection: 17–19 September 2024 (report published 12 December 2024). Core services "
                    "inspected: wards for older people with mental health problems; specialist eating disorder "
                    "services.")
    d.add_paragraph("Plan owner: Director of Clinical Services. Updated for the Quality and Safety Committee, "
                    "21 February 2025.")
    d.add_paragraph("Status: Complete (blue) – action completed and evidence held; On track (green); Delayed "
                    "(amber) – behind plan but recoverable; Off track (red).")
    heads = ["No.", "CQC requirement", "Action", "Lead", "Completion date", "Status", "Evidence / update"]
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        bold_cell(t.rows[0].cells[j], h, "FFFFFF")
        shade(t.rows[0].cells[j], "4B2E83")
    colour = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Off track": "red"}
    counts = {}
    for item in RT_ROWS:
        if item[0] == "S":
            c = t.add_row().cells
            m = c[0].merge(c[6])
            bold_cell(m, item[1])
            shade(m, "D9D2E9")
            continue
        req, acts = item
        first = len(t.rows)
        for no, action, lead, date, status, update, _ in acts:
            c = t.add_row().cells
            c[0].text = no
            c[2].text = action
            c[3].text = lead
            c[4].text = date
            c[5].text = status
            c[6].text = update
            shade(c[5], FILL[colour[status]])
            counts[status] = counts.get(status, 0) + 1
        last = len(t.rows) - 1
        cell = t.cell(first, 1)
        if last > first:
            cell = cell.merge(t.cell(last, 1))
        cell.text = req
    c = t.add_row().cells
    m = c[0].merge(c[6])
    total = sum(counts.values())
    m.text = (f"Total actions: {total} – Complete {counts['Complete']}, On track {counts['On track']}, "
              f"Delayed {counts['Delayed']}, Off track {counts['Off track']}")
    d.add_paragraph()
    d.add_paragraph("Actions are closed only when evidence has been reviewed by the Quality and Safety "
                    "Committee.")
    d.save(os.path.join(HERE, RETREAT))

    actions = []
    sec = None
    for item in RT_ROWS:
        if item[0] == "S":
            sec = item[1]
            continue
        req, acts = item
        for no, action, lead, date, status, update, reading in acts:
            x = dict(reading)
            x.update(ref=no, action=action, under=[sec, req])
            actions.append(x)
    write_yaml(RETREAT, dict(
        source=("The Retreat York (independent, charitable mental health hospital), 2024–25, action plan for "
                "the must-do and should-do findings of a CQC inspection of its wards. No published plan found; "
                "imitates independent mental health hospitals' CQC action plans kept in Word: title and "
                "subtitle, inspection and plan-owner lines, a one-line status key, then a single table with "
                "merged section rows (MUST DO – core service, SHOULD DO), the CQC requirement in a vertically "
                "merged cell beside its actions, lead (two posts joined by ';' or '/'), completion dates as "
                "dd/mm/yyyy, 'End of March 2025', 'w/c 07/04/2025', '31.03.2025' and an ongoing audit, "
                "status words on coloured shading, and a totals row. Content invented."),
        reads=("A mental health hospital's CQC plan in one table: four actions answering three must-do "
               "requirements (two core services) and three answering should-do requirements, each with lead, "
               "completion date and a status word (Complete/On track/Delayed/Off track) keyed to blue, green, "
               "amber and red. The last row only totals the statuses."),
        outcome="read", title=RT_TITLE), actions)


# ---------------------------------------------------------------------------
# 7. HM Revenue & Customs - PAC recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
HMRC = "kh1-hm-revenue-and-customs-pac-recommendations-tracker.xlsx"
HMRC_TITLE = "HM Revenue & Customs – Committee of Public Accounts recommendations: implementation tracker"
PAC49 = ("PAC Forty-Ninth Report of Session 2022–23: Managing tax compliance following the pandemic "
         "(HC 739)")
PAC16 = "PAC Sixteenth Report of Session 2023–24: HMRC performance in 2022–23 (HC 76)"
R49_2 = ("HMRC should set out how it will return its compliance activity to pre-pandemic levels, and how it "
         "will measure the yield from the additional compliance staff it has recruited.")
R49_4 = ("HMRC should write to the Committee explaining how its approach to debt management takes account of "
         "taxpayers' ability to pay.")
R16_1 = ("HMRC should set out the customer service standards it is aiming for and publish its performance "
         "against them every quarter.")
R16_3 = ("HMRC should set out its plan to move more customers to digital services, including how it will "
         "support those who cannot use them.")
R16_5 = ("HMRC should report back to the Committee on progress in replacing its legacy IT systems and the "
         "associated risks.")
R16_6 = ("HMRC should explain how it will reduce error and fraud in research and development tax reliefs to "
         "below 5% of the cost of the reliefs.")
# (section, [(recno, rec, response, [(ref, action, sro, target, brag, commentary, reading)])])
HMRC_DATA = [
    (PAC49, [
        ("2", R49_2, "Agreed", [
            ("PAC49-2a", "Publish compliance yield and compliance staff numbers by directorate in the HMRC "
                         "Annual Report and Accounts 2023–24.", "DG Customer Compliance", "July 2024", "B",
             "Published in ARA 2023–24 on 18 July 2024. Reported as implemented in the TM progress report.",
             dict(lead=["DG Customer Compliance"], end="2024-07", status="blue")),
            ("PAC49-2b", "Agree a trajectory for compliance caseload with HM Treasury as part of the Spending "
                         "Review settlement.", "DG Customer Compliance / Chief Finance Officer", "Q3 2025-26",
             "G", "Work in progress. Draft trajectory shared with HMT in December 2024.",
             dict(lead=["DG Customer Compliance", "Chief Finance Officer"], end="2025-12", status="green")),
        ]),
        ("4", R49_4, "Agreed", [
            ("PAC49-4", "Refresh the debt management vulnerability framework and write to the Committee setting "
                        "out the approach.", "Director General, Customer Services", "31 March 2025", "A",
             "Framework refresh complete; letter to the Committee awaiting ministerial clearance.",
             dict(lead=["Director General, Customer Services"], end="2025-03", status="amber")),
        ]),
    ]),
    (PAC16, [
        ("1", R16_1, "Agreed", [
            ("PAC16-1", "Publish quarterly customer service performance data, including phone and post service "
                        "levels, on GOV.UK.", "DG Customer Services", dt.datetime(2024, 6, 30), "B",
             "First quarterly release published June 2024; now routine.",
             dict(lead=["DG Customer Services"], end="2024-06", status="blue")),
        ]),
        ("3", R16_3, "Agreed", [
            ("PAC16-3a", "Add Self Assessment payment and tax code checking features to the HMRC app, with "
                         "digital assistance for customers who need extra help.",
             "Chief Digital and Information Officer", "March 2025", "G",
             "Tax code checker live November 2024; Self Assessment payments in testing.",
             dict(lead=["Chief Digital and Information Officer"], end="2025-03", status="green")),
            ("PAC16-3b", "Maintain the Extra Support Team and publish the criteria for customers to access "
                         "telephone and face-to-face support.", "DG Customer Services",
             dt.datetime(2024, 9, 30), "B", "Criteria published on GOV.UK in September 2024.",
             dict(lead=["DG Customer Services"], end="2024-09", status="blue")),
        ]),
        ("5", R16_5, "Agreed", [
            ("PAC16-5", "Provide the Committee with a written update on the Enterprise Tax Management Platform "
                        "and the legacy systems roadmap.", "Chief Digital and Information Officer",
             "Q1 2025-26", "G", "Update in drafting with the Portfolio Office.",
             dict(lead=["Chief Digital and Information Officer"], end="2025-06", status="green")),
        ]),
        ("6", R16_6, "Agreed in part", [
            ("PAC16-6", "Extend the checks made through the R&D Additional Information Form and publish the "
                        "annual error and fraud estimate for R&D reliefs.", "DG Customer Compliance",
             "November 2025", "R",
             "Target date will be missed: publication of the estimate now planned with the ARA 2025–26.",
             dict(lead=["DG Customer Compliance"], end="2025-11", status="red")),
        ]),
    ]),
]


def make_hmrc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Key and notes"
    ws["A1"] = HMRC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = ("Purpose: this tracker records progress on PAC recommendations accepted in Treasury Minutes. It "
                "is reviewed quarterly by the HMRC Audit and Risk Committee.")
    ws["A5"] = "BRAG status"
    ws["B5"] = "Meaning"
    ws["A5"].font = ws["B5"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("B", "Complete – recommendation implemented and reported as such in the Treasury Minutes progress "
              "report"),
        ("G", "On track to meet the target implementation date"),
        ("A", "Some risk to the target implementation date"),
        ("R", "Target implementation date missed or will be missed"),
    ]):
        c = ws.cell(row=6 + i, column=1, value=k)
        c.fill = fill(RAG_FILL[k])
        c.border = BORDER
        ws.cell(row=6 + i, column=2, value=v).border = BORDER
    ws["A11"] = "Abbreviations"
    ws["A11"].font = Font(bold=True)
    for i, (k, v) in enumerate([("ARA", "Annual Report and Accounts"), ("DG", "Director General"),
                                ("HMT", "HM Treasury"), ("SRO", "Senior Responsible Owner"),
                                ("TM", "Treasury Minute")]):
        ws.cell(row=12 + i, column=1, value=k)
        ws.cell(row=12 + i, column=2, value=v)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 95

    tr = wb.create_sheet("Tracker")
    heads = ["Ref", "PAC rec.", "Recommendation", "Government response", "HMRC action", "SRO",
             "Target implementation date", "BRAG", "Progress commentary"]
    ncol = len(heads)
    tr.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    tr["A1"] = "PAC recommendations tracker – position at 31 January 2025"
    tr["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(heads):
        c = tr.cell(row=2, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00703C")
        c.alignment = WRAP
        c.border = BORDER
    r = 3
    counts = {}
    for section, recs in HMRC_DATA:
        tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = tr.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        r += 1
        for recno, rec, resp, acts in recs:
            first = r
            for ref, action, sro, target, brag, comm, _ in acts:
                vals = [ref, recno if r == first else None, rec if r == first else None,
                        resp if r == first else None, action, sro, target, brag, comm]
                for j, v in enumerate(vals):
                    c = tr.cell(row=r, column=1 + j, value=v)
                    c.border = BORDER
                    c.alignment = WRAP
                if isinstance(target, dt.datetime):
                    tr.cell(row=r, column=7).number_format = "mmm-yy"
                tr.cell(row=r, column=8).fill = fill(RAG_FILL[brag])
                tr.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
                counts[brag] = counts.get(brag, 0) + 1
                r += 1
            if r - first > 1:
                for col in (2, 3, 4):
                    tr.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    tr.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    tr.cell(row=r, column=3, value=(f"{sum(counts.values())} actions: Blue {counts['B']}, Green {counts['G']}, "
                                    f"Amber {counts['A']}, Red {counts['R']}"))
    for col, w in zip("ABCDEFGHI", [11, 8, 45, 13, 50, 26, 16, 7, 45]):
        tr.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(HERE, HMRC))

    actions = []
    for section, recs in HMRC_DATA:
        for recno, rec, resp, acts in recs:
            for a in acts:
                x = dict(a[6])
                x.update(ref=a[0], action=a[1], under=[section, rec])
                actions.append(x)
    write_yaml(HMRC, dict(
        source=("HM Revenue & Customs (government department), 2024–25, tracker of actions on Committee of "
                "Public Accounts recommendations accepted in Treasury Minutes, as kept for an Audit and Risk "
                "Committee. Recommendation wording paraphrases the PAC reports 'Managing tax compliance "
                "following the pandemic' (HC 739, 2022–23) and 'HMRC performance in 2022–23' (HC 76, 2023–24, "
                "publications.parliament.uk), and the status language follows the Treasury Minutes progress "
                "reports ('implemented' / 'work in progress'). Layout: a key-and-notes sheet with title, "
                "purpose, BRAG key and abbreviations; a tracker sheet with a merged row per PAC report, the "
                "recommendation number, text and government response in vertically merged cells over the "
                "HMRC actions, SRO (job titles, one with a comma, one pair joined by '/'), target dates as "
                "months, a date cell, financial-year quarters, BRAG letters on fills, commentary and a summary "
                "line. Actions and dates invented."),
        reads=("A department's tracker of eight actions on six PAC recommendations from two PAC reports, each "
               "action under its report and the recommendation it answers, with an owning senior official, a "
               "target date and a BRAG letter (B = implemented). The key sheet and the summary line are not "
               "actions."),
        outcome="read", title=HMRC_TITLE), actions)


if __name__ == "__main__":
    make_haygrove()
    make_bpc()
    make_aspiration()
    make_enht()
    make_culm()
    make_retreat()
    make_hmrc()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("kh1-")))
