"""Build the seven zdc- blind test files (set heldout786).

Run: /work/main/.venv/bin/python zdc_make.py   (writes beside this script)
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


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"
HEAD = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def write_row(ws, r, values, border=True, wrap=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        if border:
            cell.border = BOX
        if wrap:
            cell.alignment = WRAP


# ============================================================ 1. HMP Cardiff (docx)
def hmp_cardiff():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Action Plan: HMP Cardiff")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Action Plan Submitted: 2 July 2024")
    doc.add_paragraph("A Response to the HMIP Inspection 29 January – 5 February 2024")
    doc.add_paragraph("Report Published: 8 May 2024")

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on "
        "the conditions for and treatment of those in prison. Following publication of the "
        "inspection report, HM Prison and Probation Service (HMPPS) is required to produce an "
        "action plan setting out how the concerns raised will be addressed. The plan records "
        "whether each concern is agreed, partly agreed or not agreed and, where it is agreed, "
        "the specific steps to be taken, with a responsible owner and target date for each step."
    )
    doc.add_paragraph(
        "Progress against this plan is monitored by the Governor at the monthly Senior "
        "Leadership Team meeting and by the Prison Group Director."
    )

    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    bold_cell(key.cell(0, 0), "Term")
    bold_cell(key.cell(0, 1), "Definition")
    key.cell(1, 0).text = "Agreed"
    key.cell(1, 1).text = ("All of the concern is accepted and the actions below will address it "
                           "within current resources.")
    key.cell(2, 0).text = "Partly Agreed"
    key.cell(2, 1).text = ("Only part of the concern can be addressed; the response explains which "
                           "part and why.")
    key.cell(3, 0).text = "Not Agreed"
    key.cell(3, 1).text = "The concern is not accepted; the response explains the reasons."

    def concern_table(concern, response, actions):
        t = doc.add_table(rows=3 + len(actions), cols=4)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 3))
        bold_cell(top, concern)
        shade(top, "DEEAF6")
        resp = t.cell(1, 0).merge(t.cell(1, 3))
        resp.text = response
        for i, h in enumerate(["Ref", "Action", "Responsible Owner", "Target Date"]):
            bold_cell(t.cell(2, i), h)
            shade(t.cell(2, i), GREY)
        for j, row in enumerate(actions):
            for i, v in enumerate(row):
                t.cell(3 + j, i).text = v
        doc.add_paragraph()

    doc.add_heading("Priority concerns", level=2)
    concern_table(
        "1. Around two-thirds of prisoners shared cells designed for one, and many shared "
        "cells were cramped, poorly ventilated and lacked adequate screening around the toilet.",
        "Response: Partly Agreed. Population pressures across the estate mean that the number of "
        "prisoners held cannot be reduced locally, but the conditions in shared cells will be improved.",
        [
            ("1.1", "Complete a cell-by-cell audit of all shared cells on A, B and C wings to "
                    "confirm that privacy screening, ventilation and furniture meet the HMPPS "
                    "decency standard, and raise a works order for every defect found.",
             "Head of Residence", "31/08/2024"),
            ("1.2", "Submit a business case to the Prison Group Director to reduce the "
                    "operational capacity of the establishment, supported by the cell audit findings.",
             "Governor / Deputy Governor", "30 September 2024"),
        ],
    )
    concern_table(
        "2. Levels of self-harm had risen since the last inspection and too many prisoners "
        "in crisis said they did not feel cared for.",
        "Response: Agreed.",
        [
            ("2.1", "Introduce a weekly Safety Intervention Meeting, chaired by the Head of Safety, "
                    "to review every prisoner on an open ACCT who has self-harmed three or more "
                    "times in the previous 28 days.",
             "Head of Safety", "July 2024"),
            ("2.2", "Deliver ACCT refresher training to all residential officers and custodial "
                    "managers, prioritising staff with less than two years' service.",
             "Head of Safety; Learning and Development Manager", "31/12/2024"),
        ],
    )

    doc.add_heading("Key concerns", level=2)
    concern_table(
        "3. Governance of use of force was weak: body-worn video was not routinely drawn "
        "and too many incidents had not been reviewed.",
        "Response: Agreed.",
        [
            ("3.1", "Custodial managers to review body-worn video footage of every spontaneous "
                    "use of force incident within 72 hours, with compliance reported monthly to "
                    "the Use of Force Committee.",
             "Head of Security", "Ongoing"),
            ("3.2", "Re-establish the monthly Use of Force Committee with attendance from "
                    "healthcare and an invitation to the Independent Monitoring Board.",
             "Deputy Governor", "August 2024"),
        ],
    )
    concern_table(
        "4. Waiting times for primary mental health assessments were too long.",
        "Response: Agreed.",
        [
            ("4.1", "Agree with Cardiff and Vale University Health Board a recovery trajectory "
                    "for mental health assessment waiting times, with progress reviewed at the "
                    "Local Delivery Board.",
             "Head of Healthcare (Cardiff and Vale UHB)", "31/03/2025"),
        ],
    )
    concern_table(
        "5. Too many prisoners were released without sustainable accommodation.",
        "Response: Agreed.",
        [
            ("5.1", "Hold a fortnightly accommodation case conference with Cardiff Council and "
                    "the Probation Service for every prisoner within 12 weeks of release who has "
                    "no confirmed address.",
             "Head of Offender Management Delivery", "Q3 2024/25"),
        ],
    )
    doc.add_paragraph("Note: target dates are reviewed monthly at the Senior Leadership Team "
                      "meeting; any change is agreed with the Prison Group Director.")
    sign = doc.add_table(rows=2, cols=2)
    sign.style = "Table Grid"
    bold_cell(sign.cell(0, 0), "Signed (Governor)")
    bold_cell(sign.cell(0, 1), "Date")
    sign.cell(1, 0).text = "Governor, HMP Cardiff"
    sign.cell(1, 1).text = "02/07/2024"
    doc.save(out("zdc-hmp-cardiff-hmip-inspection-action-plan.docx"))


# ============================================================ 2. Cheshire Constabulary (csv)
def cheshire():
    header = ["Rec Ref", "Recommendation", "Action Ref", "Action", "Action Owner",
              "Original Due Date", "Revised Due Date", "RAG", "Latest Update"]
    n = len(header)

    def pad(vals):
        return list(vals) + [""] * (n - len(vals))

    rec1 = ("By March 2023, chief constables should make sure that their force's crime scene "
            "management for burglary, robbery and theft follows authorised professional practice, "
            "including the advice given to victims when they first report the crime.")
    rec2 = ("By March 2023, chief constables should make sure that investigations of burglary, "
            "robbery and theft are subject to effective supervision and direction.")
    f1 = ("Force-identified improvement: repeat victims of serious acquisitive crime are not "
          "consistently identified at first contact.")
    rows = [
        pad(["Cheshire Constabulary – HMICFRS Recommendations Register"]),
        pad(["Report: The police response to burglary, robbery and other acquisitive crime – "
             "Finding time for crime (published 11 August 2022)"]),
        pad(["Extracted: 08/01/2024 09:14 by Strategic Change & Inspection Team"]),
        pad([]),
        header,
        ["R1", rec1, "R1.1",
         "Update the contact centre call script so that call handlers give crime scene "
         "preservation advice, including doorbell and CCTV footage, on every serious "
         "acquisitive crime call.",
         "T/Supt Contact Centre", "31/12/2022", "", "B",
         "Script live 05/12/2022. Dip sample in February 2023 showed 91% compliance."],
        ["", "", "R1.2",
         "Commission a force-wide audit of crime scene attendance and forensic submissions "
         "for burglary, robbery and theft across the three Local Policing Units.",
         "Ch Insp Crime Standards; Head of Forensic Services", "31/03/2023", "30/06/2023", "B",
         "Audit report presented to Force Crime Board 22/06/2023."],
        ["", "", "R1.3",
         "Introduce a burglary attendance policy so that every dwelling burglary is attended "
         "by an officer and crime scene investigator attendance is recorded on the crime report.",
         "Supt Local Policing", "31/03/2023", "", "G",
         "Policy published. Compliance monitored through the weekly performance pack."],
        ["R2", rec2, "R2.1",
         "Deliver investigative supervision training to all response and neighbourhood sergeants.",
         "Head of Learning & Development", "31/03/2023", "31/01/2024", "A",
         "14/11/2023: 78% of sergeants trained.\n02/01/2024: 94% trained; final cohort booked "
         "for 23/01/2024."],
        ["", "", "R2.2",
         "Add a mandatory supervisory review field to Niche for acquisitive crime, with a "
         "seven-day review standard.",
         "DCI Crime Standards", "30/06/2023", "30/04/2024", "R",
         "Dependent on the Niche upgrade; national release delayed."],
        ["F1", f1, "F1.1",
         "Add an automated repeat victim flag to the command and control incident log for "
         "burglary, robbery and vehicle crime.",
         "T/Supt Contact Centre & Head of Digital Policing", "31/03/2024", "", "G",
         "Testing complete; go-live planned for 18/03/2024."],
        pad([]),
        pad(["RAG key: B = complete and closed; G = on track; A = at risk of missing the due "
             "date; R = overdue or blocked"]),
    ]
    with open(out("zdc-cheshire-constabulary-hmicfrs-finding-time-for-crime-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for r in rows:
            w.writerow(r)


# ============================================================ 3. Buckinghamshire FRS (xlsx)
def bucks():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Buckinghamshire Fire & Rescue Service"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = "Summer 2022 Spate Conditions – Operational Debrief Action Plan"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    write_row(cov, 5, ["Version", "Date", "Author", "Status / comments"])
    for c in range(1, 5):
        cov.cell(row=5, column=c).font = Font(bold=True)
        cov.cell(row=5, column=c).fill = fill(GREY)
    write_row(cov, 6, ["0.1", "14/10/2022", "GC Operational Assurance", "Draft for Strategic Management Board"])
    write_row(cov, 7, ["1.0", "08/11/2022", "GC Operational Assurance", "Approved by Strategic Management Board"])
    write_row(cov, 8, ["1.3", "27/06/2023", "SC Operational Assurance", "Update for Overview and Audit Committee"])
    cov["A10"] = ("Scope: actions arising from the structured debriefs held after the spate conditions "
                  "of 18–19 July and 8–14 August 2022, including the major incident declared on 19 July 2022.")
    cov["A10"].alignment = WRAP
    cov.merge_cells("A10:D10")
    cov.row_dimensions[10].height = 45
    for col, w in zip("ABCD", (12, 14, 28, 44)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Summer 2022 Spate Conditions – Debrief Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 27 June 2023"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Debrief finding", "Action", "Action owner", "Original target",
           "Revised target", "Previous RAG (Mar-23)", "Current RAG", "Progress update"]
    write_row(ws, 3, hdr)
    for c in range(1, 10):
        ws.cell(row=3, column=c).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=3, column=c).fill = fill(HEAD)

    def theme(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill(GREY)
            ws.cell(row=r, column=c).border = BOX

    def action(r, ref, finding, act, owner, orig, rev, prev, cur_fill, update):
        write_row(ws, r, [ref, finding, act, owner, orig, rev, prev, None, update])
        ws.cell(row=r, column=8).fill = fill(cur_fill)

    f1 = ("Call volumes at Thames Valley Fire Control Service exceeded call-handling capacity "
          "and callers waited too long to be answered.")
    f2a = ("On-call availability fell during the school holidays and midweek daytime periods, "
           "limiting the number of appliances available.")
    f2b = ("Too few off-road and wildfire-capable appliances were available for field and crop fires.")
    f3 = ("Crews committed for long periods in extreme heat did not receive timely relief, "
          "drinking water and welfare facilities.")
    f4 = ("Public messaging about outdoor fire risk was not co-ordinated with neighbouring "
          "services and the Thames Valley Local Resilience Forum.")

    theme(4, "Theme 1: Fire Control and mobilising")
    action(5, "1.1", f1,
           "Agree with Royal Berkshire and Oxfordshire Fire and Rescue Services a spate conditions "
           "protocol for TVFCS, including triggers for additional control staff and call-filtering messages.",
           "Group Commander TVFCS", "Dec-22", "Mar-23", "A", GREEN,
           "Protocol agreed at TVFCS Joint Committee 15/03/2023.")
    action(6, "1.2", None,
           "Test the spate conditions protocol through a tri-service exercise before summer 2023.",
           "Group Commander TVFCS / Station Commander Training", "May-23", None, "G", BLUE,
           "Exercise held 16/05/2023; report issued to all three services.")
    ws.merge_cells("B5:B6")
    theme(7, "Theme 2: Resources and crewing")
    action(8, "2.1", f2a,
           "Introduce a summer availability incentive for on-call firefighters for June to September.",
           "Area Commander (Response)", "31/05/2023", None, "G", GREEN,
           "Scheme agreed with representative bodies; live from 01/06/2023.")
    action(9, "2.2", f2b,
           "Procure two additional 4x4 wildfire response vehicles with associated PPE.",
           "Head of Technical Services", "Mar-23", "Sep-23", "R", AMBER,
           "Vehicles ordered; chassis delivery delayed by the manufacturer.")
    theme(10, "Theme 3: Firefighter welfare")
    action(11, "3.1", f3,
           "Add a heat stress and hydration section to the incident command welfare checklist and "
           "issue hydration packs to all front-line appliances.",
           "Station Commander Operational Assurance; Health & Safety Manager", "Feb-23", None, "B", BLUE,
           "Complete – checklist revised and packs issued.")
    action(12, "3.2", None,
           "Put in place a call-off contract with a local supplier for a welfare unit at protracted incidents.",
           "Head of Service Support", "Ongoing", None, "G", GREEN,
           "Contract in place; reviewed annually.")
    ws.merge_cells("B11:B12")
    theme(13, "Theme 4: Communication with the public")
    action(14, "4.1", f4,
           "Agree a joint hot weather communications plan with Thames Valley Local Resilience Forum partners.",
           "Head of Communications", "Q1 2023/24", None, "A", AMBER,
           "Draft plan circulated; LRF sign-off expected in July.")

    ws["A16"] = "Summary of current RAG"
    ws["A16"].font = Font(bold=True)
    summ = [("Complete", 2, BLUE), ("Green", 3, GREEN), ("Amber", 2, AMBER), ("Red", 0, RED),
            ("Total", 7, None)]
    for i, (lab, num, col) in enumerate(summ):
        r = 17 + i
        ws.cell(row=r, column=1, value=lab).border = BOX
        ws.cell(row=r, column=2, value=num).border = BOX
        if col:
            ws.cell(row=r, column=1).fill = fill(col)
    ws["A23"] = "Note: Current RAG is shown by cell colour – see the RAG Key sheet."
    ws["A23"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 36, 48, 28, 12, 12, 12, 10, 40)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
        (RED, "Red – target date missed or action off track; escalated to SMB"),
        (AMBER, "Amber – some slippage or risk to delivery"),
        (GREEN, "Green – on track"),
        (BLUE, "Blue – complete"),
    ]):
        key.cell(row=3 + i, column=1).fill = fill(col)
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.save(out("zdc-buckinghamshire-fire-rescue-service-summer-2022-spate-debrief-action-plan.xlsx"))


# ============================================================ 4. New City College (xlsx)
def ncc():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "New City College – Ofsted Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection: November 2023    Report published: January 2024"
    ws["A3"] = "Plan owner: Deputy CEO (Quality)    Monitored by: Quality and Standards Committee"
    hdr = ["Area for improvement (from report)", "No.", "Action", "Lead(s)", "Timescale",
           "Success measure / impact", "RAG (Mar-24)", "Evidence / comments"]
    write_row(ws, 5, hdr)
    for c in range(1, 9):
        ws.cell(row=5, column=c).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=5, column=c).fill = fill("7030A0")

    afi1 = ("1. Leaders should ensure that teachers on study programmes plan learning that builds "
            "on what learners already know, so that the most able learners make the progress of "
            "which they are capable.")
    afi2 = ("2. Leaders should improve learners' attendance at English and mathematics lessons, "
            "particularly at the Redbridge and Havering campuses.")
    afi3 = ("3. Leaders should ensure that apprentices receive high-quality careers advice and "
            "guidance about their next steps.")
    rows = [
        (6, afi1, "1.1",
         "Introduce a common starting-points diagnostic in all vocational study programmes in the "
         "first four weeks of the academic year.",
         "Vice Principal Curriculum", "Spring term 2024",
         "Diagnostic outcomes used in 100% of schemes of work sampled.", "G", "Diagnostic live in 14 of 16 areas."),
        (7, None, "1.2",
         "Deliver a stretch and challenge CPD programme through the teaching and learning coaches, "
         "with follow-up walkthroughs.",
         "Head of Teaching and Learning / Lead Coach", "Summer term 2024",
         "Walkthroughs show challenge for most able learners in at least 80% of sessions.", "A",
         "Programme started late due to coach vacancy."),
        (8, None, "1.3",
         "Track the progress of learners with high prior attainment against aspirational target "
         "grades in ProMonitor at each assessment point.",
         "Heads of Curriculum", dt.datetime(2024, 7, 31),
         "High prior attainers achieve high grades at or above national rates.", None, ""),
        (9, afi2, "2.1",
         "Introduce same-day follow-up by attendance officers for every learner absent from an "
         "English or mathematics lesson.",
         "Director of Student Services", "Jan 2024",
         "English and maths attendance at or above 88% at every campus.", "Complete",
         "Follow-up in place at all campuses from 08/01/2024."),
        (10, None, "2.2",
         "Report English and mathematics attendance by campus to the fortnightly curriculum "
         "performance review.",
         "Assistant Principal English and Maths", "Termly",
         "Campus gaps identified and acted on within two weeks.", "G", ""),
        (11, afi3, "3.1",
         "Assign a qualified careers adviser to each apprenticeship curriculum area and record the "
         "guidance given in each apprentice's progress review.",
         "Head of Apprenticeships\nCareers Lead", "April 2024",
         "All progress reviews sampled include next-steps guidance.", "A",
         "Two areas still without a named adviser."),
        (12, None, "3.2",
         "Survey apprentices on the quality of careers guidance at the end of each quarter.",
         "Quality Manager", "30/06/2024",
         "At least 85% of apprentices rate careers guidance as good.", "G", "Q1 survey issued."),
    ]
    for r, afi, no, act, lead, when, succ, rag, ev in rows:
        write_row(ws, r, [afi, no, act, lead, when, succ, rag, ev])
        if isinstance(when, dt.datetime):
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
    ws.merge_cells("A6:A8")
    ws.merge_cells("A9:A10")
    ws.merge_cells("A11:A12")
    ws["A14"] = ("RAG key: G = on track; A = some slippage; R = off track; Complete = action "
                 "completed and impact evidenced; blank = not yet started")
    ws["A14"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (42, 6, 48, 26, 16, 36, 12, 32)):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Inspection grades")
    g["A1"] = "Ofsted judgements"
    g["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([
        ("Overall effectiveness", "Good"),
        ("The quality of education", "Good"),
        ("Behaviour and attitudes", "Good"),
        ("Personal development", "Good"),
        ("Leadership and management", "Good"),
        ("Education programmes for young people", "Requires improvement"),
        ("Adult learning programmes", "Good"),
        ("Apprenticeships", "Good"),
        ("Provision for learners with high needs", "Good"),
    ]):
        write_row(g, 3 + i, [a, b])
    g.column_dimensions["A"].width = 44
    g.column_dimensions["B"].width = 22
    wb.save(out("zdc-new-city-college-ofsted-post-inspection-action-plan.xlsx"))


# ============================================================ 5. The Alun School (docx)
def alun():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_heading("The Alun School Post-Inspection Action Plan 2024–2025", level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Estyn core inspection: March 2024")
    doc.add_paragraph("Plan approved by the Full Governing Body: 9 July 2024")

    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, hdr in enumerate(["Version", "Date", "Changes", "Author"]):
        bold_cell(dc.cell(0, i), hdr)
        shade(dc.cell(0, i), GREY)
    for r, vals in enumerate([
        ("1.0", "24/06/2024", "First draft for governors", "Headteacher"),
        ("1.1", "09/07/2024", "Approved by governors", "Clerk to Governors"),
        ("1.2", "06/02/2025", "Spring term progress update", "Deputy Headteacher"),
    ], start=1):
        for i, v in enumerate(vals):
            dc.cell(r, i).text = v

    doc.add_heading("Recommendations from the inspection report", level=2)
    recs = [
        "R1: Strengthen the quality of teaching so that it consistently challenges pupils, "
        "particularly the more able",
        "R2: Improve pupils' attendance, particularly that of pupils eligible for free school meals",
        "R3: Ensure that self-evaluation and improvement planning focus sharply on the impact of "
        "provision on pupils' progress",
    ]
    for rtext in recs:
        doc.add_paragraph(rtext, style="List Bullet")

    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}

    def rec_table(heading, actions):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(actions), cols=6)
        t.style = "Table Grid"
        for i, hdr in enumerate(["Actions", "Lead", "Timescale", "Success criteria",
                                 "Monitoring (who / when)", "RAG"]):
            bold_cell(t.cell(0, i), hdr)
            shade(t.cell(0, i), "C6E0B4")
        for j, row in enumerate(actions, start=1):
            for i, v in enumerate(row):
                t.cell(j, i).text = v
            if row[5] in rag_fill:
                shade(t.cell(j, 5), rag_fill[row[5]])
        doc.add_paragraph()

    rec_table(recs[0], [
        ("Introduce a whole-school teaching and learning framework, 'Alun Teaching Essentials', "
         "focused on challenge and questioning.",
         "Deputy Headteacher (Teaching and Learning)", "September 2024",
         "Framework used in all faculties; lesson observations show challenge in most lessons.",
         "SLT – half-termly", "Green"),
        ("Establish fortnightly professional learning triads for all teaching staff, linked to the framework.",
         "Assistant Headteacher (Professional Learning)", "Autumn term 2024",
         "All teachers take part; triad focus recorded on the professional learning log.",
         "AHT – termly report to governors", "Green"),
        ("Heads of faculty to carry out termly learning walks and book looks focused on challenge "
         "for more able pupils, and report findings to SLT.",
         "Heads of Faculty / SLT link", "Termly",
         "Findings show improvement each term; actions followed up.",
         "SLT link – termly", "Amber"),
    ])
    rec_table(recs[1], [
        ("Appoint a Family Engagement Officer to work with families of pupils whose attendance is "
         "below 90%.",
         "Headteacher", "October 2024",
         "Officer in post; caseload of persistently absent pupils established.",
         "Headteacher – monthly", "Complete"),
        ("Hold a fortnightly attendance panel with Flintshire's Education Welfare Service for "
         "persistently absent pupils eligible for free school meals.",
         "Attendance Lead; Education Welfare Officer", "December 2024",
         "Attendance of eFSM pupils improves by at least 3 percentage points.",
         "Governors' Pupil Welfare Committee – termly", "Green"),
    ])
    rec_table(recs[2], [
        ("Revise the self-evaluation calendar so that every faculty review includes evidence of "
         "pupils' progress in books and lessons.",
         "Deputy Headteacher (Curriculum)", "31/01/2025",
         "Faculty reviews evaluate progress rather than describe provision.",
         "Headteacher – termly", "Amber"),
        ("Provide governors with a termly report on progress against this plan, including "
         "attendance and teaching quality data.",
         "Headteacher / Chair of Governors", "Termly",
         "Governors challenge leaders on impact, as recorded in minutes.",
         "Full Governing Body – termly", ""),
    ])
    doc.add_paragraph("RAG: Green – on track; Amber – some progress, further work needed; "
                      "Red – not on track; Complete – action completed.")
    doc.save(out("zdc-alun-school-mold-estyn-post-inspection-action-plan.docx"))


# ============================================================ 6. University of Stirling (xlsx, refuse)
def stirling():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "University of Stirling – Athena Swan Bronze Institutional Award"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Gender Equality Action Plan 2023–2028: progress monitoring"
    ws["A3"] = "Last updated: 10 September 2025 (Athena Swan Self-Assessment Team)"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Issue / evidence", "Action", "Key outputs and milestones", "Start", "End",
           "Responsibility", "Success measure", "Status"]
    write_row(ws, 5, hdr)
    for c in range(1, 10):
        ws.cell(row=5, column=c).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=5, column=c).fill = fill("006938")

    def priority(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill("E2EFDA")

    priority(6, "Priority 1: Progression of women from Lecturer to Senior Lecturer and Professor")
    write_row(ws, 7, ["1.1",
                      "Women are 52% of Lecturers but 31% of Professors.",
                      "Run annual promotion workshops for academic staff, with a dedicated session for part-time staff.",
                      "Workshops held each October; attendance monitored by gender.",
                      "Oct 2023", "Jul 2024", "Deputy Principal (Education and Students)",
                      "Applications for promotion from women rise to at least 50%.", "Complete"])
    write_row(ws, 8, ["1.2",
                      "Promotion success rates for women are 9 percentage points lower.",
                      "Introduce a mentoring scheme for women preparing promotion cases to Senior Lecturer.",
                      "Scheme launched; 20 mentor pairs in year one.",
                      "Sep 2024", "Jul 2025", "Director of People",
                      "Success rate gap reduced to under 3 points.", "On track"])
    write_row(ws, 9, ["1.3",
                      "Few women sit on promotion panels in STEM faculties.",
                      "Set a minimum of 40% women on every academic promotion panel.",
                      "Panel membership rules amended in the promotion procedure.",
                      "Jan 2025", "Sept 2O26", "University Secretary",
                      "All panels meet the 40% threshold.", "On track"])
    priority(10, "Priority 2: Support for staff with caring responsibilities")
    write_row(ws, 11, ["2.1",
                       "Staff survey: 38% of carers feel unsupported by line managers.",
                       "Launch a carers' staff network and a carers' passport.",
                       "Network launched; passport template agreed with trade unions.",
                       "Jan 2024", "Dec 2025", "Head of Equality, Diversity and Inclusion",
                       "Carers' satisfaction rises to 70% in the next staff survey.", "On track"])
    write_row(ws, 12, ["2.2",
                       "Return-to-work support after maternity and adoption leave is inconsistent.",
                       "Introduce a research returners' fund giving up to one term of reduced teaching.",
                       "Fund open to applications each semester.",
                       "Apr 2024", "Mar 2026", "Associate Deputy Principal (Research)",
                       "At least 90% of eligible returners apply.", "Behind schedule"])
    priority(13, "Priority 3: Gender balance in senior professional services grades")
    write_row(ws, 14, ["3.1",
                       "Women are 70% of grade 5–6 staff but 45% of grade 9 and above.",
                       "Deliver a leadership development programme for professional services staff at grades 6–8.",
                       "Two cohorts of 15 staff per year.",
                       "Sep 2025", "Jul 2027", "Director of People",
                       "Women are at least 55% of grade 9+ appointments.", "Not started"])
    write_row(ws, 15, ["3.2",
                       "Job adverts for senior roles attract few women applicants.",
                       "Review the wording and advertising of all grade 9+ vacancies using gender-decoder tools.",
                       "Annual review of adverts and applicant data.",
                       "Sep 2025", "Jul 2028", "Head of Resourcing",
                       "Women are at least 50% of shortlisted applicants.", "Not started"])
    ws["A17"] = "Status key: Complete; On track; Behind schedule; Not started."
    ws["A17"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 36, 44, 34, 10, 10, 30, 34, 14)):
        ws.column_dimensions[col].width = w
    wb.save(out("zdc-university-of-stirling-athena-swan-action-plan-typo-month-refuse.xlsx"))


# ============================================================ 7. Greenwood Academies Trust (txt, tab-separated)
def greenwood():
    T = "\t"
    ncol = 6

    def row(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        return T.join(vals)

    lines = [
        "Greenwood Academies Trust – Trust Improvement Plan 2025-26",
        "Export from Trust Planning Hub – 16/01/2026",
        "RAG: Green = on track | Amber = at risk of slipping | Red = off track | Blue = complete",
        "",
        row("Ref", "Action", "Lead(s)", "Deadline", "RAG", "Spring 1 update"),
        row("PRIORITY 1: Achievement – improve outcomes for disadvantaged pupils"),
        row("1.1",
            "Each academy to complete a disadvantaged pupil review using the Trust pupil premium "
            "audit tool and update its pupil premium strategy.",
            "Headteachers; Director of Primary Education", "Autumn term 2025", "Blue",
            "All reviews completed by 12/12/2025."),
        row("1.2",
            "Roll out the Trust reading fluency programme to all Year 3 and Year 7 classes.",
            "Director of English / Primary English Lead", "31/03/2026", "Green",
            "Training complete in 31 academies; remaining 6 booked for February."),
        row("1.3",
            "Report disadvantaged pupils' attainment to the Education Standards Committee at "
            "every meeting.",
            "Director of Education", "Half-termly", "Green", "December report received."),
        row("PRIORITY 2: Attendance and inclusion"),
        row("2.1",
            "Appoint an attendance lead in every academy and establish a Trust attendance network.",
            "Trust Attendance Lead", "Oct-25", "Blue", "Complete."),
        row("2.2",
            "Reduce persistent absence to below the national average in all secondary academies.",
            "Secondary Principals & Trust Attendance Lead", "Jul-26", "Amber",
            "Persistent absence down 3.1 percentage points; four academies still above national."),
        row("2.3",
            "Review suspension and permanent exclusion data with principals and share learning "
            "across the Trust.",
            "Trust Inclusion Lead", "Termly", "Green", ""),
        row("PRIORITY 3: Workforce and professional development"),
        row("3.1",
            "Launch the Greenwood Leadership Pathway for middle leaders (cohort 1 of 40 staff).",
            "Director of People; Head of Greenwood Institute", "Summer term 2026", "Green",
            "Cohort recruited; first residential 05/02/2026."),
        row("3.2",
            "Complete the staff wellbeing survey and publish a Trust response plan.",
            "Director of People", "Feb-26", "Not started", "Survey window opens 02/02/2026."),
        "",
        "Notes: RAG as reported by action leads and moderated by the Executive Team on 14/01/2026.",
    ]
    with open(out("zdc-greenwood-academies-trust-trust-improvement-plan-2025-26.txt"),
              "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    hmp_cardiff()
    cheshire()
    bucks()
    ncc()
    alun()
    stirling()
    greenwood()
    print("built 7 zdc files")
