"""Build the seven zce- blind test files (set heldout774).

Run with /work/main/.venv/bin/python zce_make.py ; writes only files starting with zce-.
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
    assert name.startswith("zce-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return cell


def header_row(table, labels, fill="BDD7EE"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        shade(c, fill)
    trPr = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


# =============================================================== 1. HMP Hollesley Bay
def make_hollesley():
    d = Document()
    d.add_heading("Action Plan: HMP Hollesley Bay", level=0)
    d.add_paragraph("Action Plan Submitted: 18 August 2025")
    d.add_paragraph("A Response to the HMIP Inspection: 3 – 13 March 2025")
    d.add_paragraph("Report Published: 24 June 2025")

    d.add_heading("INTRODUCTION", level=1)
    d.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny "
        "of the conditions for, and treatment of, prisoners. In response to the report HMPPS is "
        "required to draft a robust and timely action plan to address the concerns. The action plan "
        "confirms whether each concern is agreed, partly agreed or not agreed (see categorisations "
        "below). Where a concern is agreed or partly agreed, the action plan sets out specific steps "
        "to address it, with the owner and timescale of each step clearly identified."
    )
    key = d.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    header_row(key, ["Term", "Definition"])
    rows = [
        ("Agreed", "All of the concern is accepted, can be achieved and is affordable."),
        ("Partly Agreed", "Only part of the concern is accepted, is achievable and affordable and will be implemented."),
        ("Not Agreed", "The concern is not accepted and will not be implemented."),
    ]
    for i, (a, b) in enumerate(rows, start=1):
        set_cell(key.rows[i].cells[0], a, bold=True)
        set_cell(key.rows[i].cells[1], b)

    cols = ["Ref", "Concern / Action", "Agreed / Partly Agreed / Not Agreed",
            "Responsible owner", "Target date"]

    def plan_table(items):
        n = 1 + sum(1 + len(acts) for _, _, acts in items)
        t = d.add_table(rows=n, cols=5)
        t.style = "Table Grid"
        header_row(t, cols)
        r = 1
        for concern, agreed, acts in items:
            row = t.rows[r]
            m = row.cells[0].merge(row.cells[1])
            set_cell(m, concern, bold=True)
            set_cell(row.cells[2], agreed, bold=True)
            for c in row.cells:
                shade(c, "D9E2F3")
            r += 1
            for ref, text, owner, date in acts:
                row = t.rows[r]
                set_cell(row.cells[0], ref)
                set_cell(row.cells[1], text)
                set_cell(row.cells[3], owner)
                set_cell(row.cells[4], date)
                r += 1
        return t

    d.add_heading("Priority concerns", level=1)
    plan_table([
        ("Too few men were released on temporary licence (ROTL) to work or train in the community, "
         "and delays in risk assessment meant that many waited months for their first release.",
         "Agreed",
         [("1.1", "Introduce a weekly ROTL progression board chaired by the Deputy Governor to track every "
                  "eligible man from arrival to first release on temporary licence.",
           "Deputy Governor", "30 September 2025"),
          ("1.2", "Recruit two additional ROTL risk assessment officers and clear the backlog of outstanding "
                  "risk assessment boards.",
           "Head of Reducing Reoffending", "December 2025")]),
        ("Leaders did not understand why men absconded, and the number of absconds had risen since the "
         "last inspection.",
         "Partly Agreed",
         [("2.1", "Complete a thematic review of all absconds in the 12 months to March 2025 and present the "
                  "findings to the senior leadership team.",
           "Head of Security", "31/10/2025"),
          ("2.2", "Introduce structured first-night and first-week conversations with all new arrivals about "
                  "the open conditions compact and the consequences of absconding.",
           "Head of Residence / Custodial Manager (Reception)", "Ongoing")]),
        ("Not enough men were engaged in education, skills or work that met their needs, and too many "
         "activity places were unfilled.",
         "Agreed",
         [("3.1", "Review the activities allocation process so that men are allocated to education, skills or "
                  "work within five working days of completing induction.",
           "Head of Education, Skills and Work", "November 2025"),
          ("3.2", "Increase accredited vocational places in construction and horticulture in line with local "
                  "labour market demand, working with the education provider.",
           "Head of Education, Skills and Work", "31 March 2026")]),
    ])

    d.add_paragraph("")
    d.add_heading("Key concerns", level=1)
    plan_table([
        ("Family visits sessions were often cancelled at short notice and men had too little contact with "
         "their families.",
         "Agreed",
         [("4.1", "Publish the visits timetable three months in advance and record and review the reason for "
                  "every cancelled session at the monthly operations meeting.",
           "Head of Operations", "September 2025")]),
        ("Waiting times for routine dental treatment were too long.",
         "Agreed",
         [("5.1", "Work with NHS England Health and Justice commissioners to secure an additional weekly dental "
                  "session and validate the dental waiting list.",
           "Head of Healthcare", "Q4 2025/26")]),
        ("Equality data were not analysed well enough to identify and address any unfair treatment of men "
         "with protected characteristics.",
         "Agreed",
         [("6.1", "Produce a quarterly equality data pack covering ROTL, adjudications and access to paid work, "
                  "and review it at the Diversity and Inclusion meeting.",
           "Diversity and Inclusion Lead", "January 2026")]),
    ])

    d.add_paragraph("")
    d.add_paragraph(
        "Progress against this action plan will be reviewed monthly at the Senior Leadership Team "
        "meeting and reported to the Prison Group Director."
    )
    s = d.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Signed (Governor)", bold=True)
    set_cell(s.rows[0].cells[1], "Governor, HMP Hollesley Bay")
    set_cell(s.rows[1].cells[0], "Date", bold=True)
    set_cell(s.rows[1].cells[1], "18 August 2025")
    d.save(out("zce-hmp-hollesley-bay-hmip-inspection-action-plan.docx"))


# =============================================================== 2. Lord Wandsworth College (ISI)
BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"


def make_lwc():
    d = Document()
    t = d.add_paragraph()
    r = t.add_run("Lord Wandsworth College – ISI Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(18)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Inspection dates: 11 – 13 March 2025. Report published: 29 April 2025.")

    dc = d.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Version", "1.2"),
        ("Owner", "Deputy Head (Academic)"),
        ("Approved by", "Education Committee of the Board of Governors, 17 June 2025"),
        ("Last updated", "3 November 2025"),
        ("Next review", "February 2026"),
    ]):
        set_cell(dc.rows[i].cells[0], a, bold=True)
        set_cell(dc.rows[i].cells[1], b)

    d.add_paragraph("")
    key = d.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    m = key.rows[0].cells[0].merge(key.rows[0].cells[1])
    set_cell(m, "RAG key", bold=True)
    for i, (fill, label) in enumerate([
        (BLUE, "Completed"),
        (GREEN, "On track"),
        (AMBER, "Some slippage – revised timescale agreed"),
        (RED, "Off track – reported to governors"),
    ], start=1):
        shade(key.rows[i].cells[0], fill)
        set_cell(key.rows[i].cells[1], label)

    sections = [
        ("Section 1: Leadership and management, and governance",
         "Leaders should strengthen their oversight of how well policies are implemented in boarding houses "
         "so that practice is consistently effective.",
         [("1a", "Introduce a termly boarding policy compliance audit across all houses, with findings reported "
                 "to the Boarding Committee.",
           "Director of Boarding", "Autumn term 2025",
           "Audit completed in every house; actions followed up within four weeks.", BLUE),
          ("1b", "Provide training for houseparents and matrons on the updated behaviour and anti-bullying policies.",
           "Director of Boarding / Deputy Head (Pastoral)", "September 2025",
           "All boarding staff trained; training log complete.", BLUE),
          ("1c", "Add a standing boarding oversight item to the agenda of every Governors' Welfare Committee meeting.",
           "Clerk to the Governors", "Termly",
           "Minutes show regular scrutiny of boarding compliance.", GREEN)]),
        ("Section 2: Quality of education, training and recreation",
         "Leaders should ensure that teaching in the lower school consistently adapts work so that the most "
         "able pupils are suitably challenged.",
         [("2a", "Run a programme of INSET and coaching on adaptive teaching and stretch for all staff teaching "
                 "Years 7 and 8.",
           "Deputy Head (Academic)", "Jan 2026",
           "Lesson observations show planned challenge in most lower school lessons.", GREEN),
          ("2b", "Establish a lower school learning walk schedule focused on challenge for the most able, with "
                 "feedback to heads of department.",
           "Head of Lower School", "Summer term 2026",
           "Learning walks completed each half term; department action points followed up.", AMBER)]),
        ("Section 3: Pupils' physical and mental health and emotional wellbeing",
         "Leaders should ensure that pupils' views about the catering provision are gathered systematically "
         "and acted upon.",
         [("3a", "Set up a termly Food Committee with pupil representatives from every house, chaired by the Bursar.",
           "Bursar", "October 2025",
           "Food Committee meets termly; minutes shared with houses.", BLUE),
          ("3b", "Survey all pupils on the catering provision and publish a 'You said, we did' response to pupils "
                 "and parents.",
           "Bursar; Catering Manager", "By 31 March 2026",
           "Survey response rate above 60%; improved satisfaction in the follow-up survey.", GREEN)]),
    ]
    for heading, step, acts in sections:
        d.add_heading(heading, level=1)
        p = d.add_paragraph()
        p.add_run("Recommended next step").bold = True
        d.add_paragraph(step)
        tb = d.add_table(rows=1 + len(acts), cols=6)
        tb.style = "Table Grid"
        header_row(tb, ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"])
        for i, (ref, text, lead, when, sc, fill) in enumerate(acts, start=1):
            cells = tb.rows[i].cells
            set_cell(cells[0], ref)
            set_cell(cells[1], text)
            set_cell(cells[2], lead)
            set_cell(cells[3], when)
            set_cell(cells[4], sc)
            shade(cells[5], fill)
        d.add_paragraph("")
    d.add_paragraph(
        "This plan is monitored by the Senior Leadership Team fortnightly and by the Education "
        "Committee of the Board of Governors each term."
    )
    d.save(out("zce-lord-wandsworth-college-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------- xlsx helpers
def fill(hex6):
    return PatternFill("solid", fgColor="FF" + hex6)


RAGFILL = {"R": fill(RED), "A": fill(AMBER), "G": fill(GREEN), "B": fill(BLUE)}
thin = Side(style="thin", color="FF999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# =============================================================== 3. Dorset Police CDI
def make_dorset():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Dorset Police – HMICFRS Crime Data Integrity Inspection 2025: Force Action Plan"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Report published:"
    cv["B3"] = "12 June 2025"
    cv["A4"] = "Senior responsible officer:"
    cv["B4"] = "Assistant Chief Constable (Crime and Criminal Justice)"
    cv["A6"] = "Document control"
    cv["A6"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Comments"], start=1):
        c = cv.cell(row=7, column=j, value=h)
        c.font = Font(bold=True)
    for i, row in enumerate([
        ("0.1", dt.datetime(2025, 7, 1), "Force Crime Registrar", "First draft"),
        ("1.0", dt.datetime(2025, 7, 22), "Force Crime Registrar", "Approved at Force Performance Board"),
        ("1.3", dt.datetime(2025, 10, 31), "Crime Standards Manager", "October progress update"),
    ], start=8):
        for j, v in enumerate(row, start=1):
            c = cv.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A12"] = "RAG status key"
    cv["A12"].font = Font(bold=True)
    for i, (k, t) in enumerate([
        ("R", "Off track – at risk of missing target date"),
        ("A", "Some slippage – recovery action in place"),
        ("G", "On track"),
        ("B", "Complete – evidence submitted to HMICFRS"),
    ], start=13):
        cv.cell(row=i, column=1, value=k).fill = RAGFILL[k]
        cv.cell(row=i, column=2, value=t)
    cv.column_dimensions["A"].width = 28
    cv.column_dimensions["B"].width = 55
    cv.column_dimensions["C"].width = 24
    cv.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "CDI action plan – progress as at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    heads = ["Ref", "Recommendation / Area for improvement", "Action", "Action owner",
             "Original target date", "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    def section(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("D9D9D9")
        ws.cell(row=row, column=1).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.row_dimensions[row].height = 32

    def action(row, ref, rec, text, owner, orig, rev, prev, cur, upd):
        vals = [ref, rec, text, owner, orig, rev, prev, cur, upd]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=row, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=row, column=7).fill = RAGFILL[prev]
        ws.cell(row=row, column=8).fill = RAGFILL[cur]
        ws.row_dimensions[row].height = 60

    D = dt.datetime
    section(4, "Cause of concern 1: The force isn't recording enough reported crimes, particularly violent "
               "crimes, including domestic abuse, stalking and harassment.")
    rec1 = ("Within three months, the force should make sure that all violence against the person crimes, "
            "including behavioural crimes, are recorded correctly and within 24 hours of the report being made.")
    action(5, "R1.1", rec1,
           "Deliver refresher training on the Home Office Counting Rules for violent and behavioural crimes to "
           "all contact management and response supervisors.",
           "Head of Learning & Development", D(2025, 9, 30), None, "G", "B",
           "Training delivered to 412 staff; completion 96%.")
    action(6, "R1.2", None,
           "Introduce a daily crime recording review of incidents closed without a crime record where violence "
           "or a behavioural crime was disclosed.",
           "Force Crime Registrar", D(2025, 8, 31), D(2025, 12, 31), "A", "G",
           "Daily review in place since September; August backlog cleared.")
    action(7, "R1.3", None,
           "Update the domestic abuse risk assessment form so that officers must confirm whether each disclosed "
           "offence has been recorded.",
           "DCI Public Protection; Head of Digital Services", D(2025, 10, 31), D(2026, 1, 31), "A", "A",
           "Form change with supplier; user testing scheduled for December.")
    ws.merge_cells("B5:B7")
    rec2 = ("Within six months, the force should make sure it has enough trained crime standards staff to audit "
            "crime recording and to advise officers on crime recording decisions.")
    action(8, "R2.1", rec2,
           "Complete a demand review of the Crime Standards team and submit a business case for additional auditors.",
           "Force Crime Registrar", D(2025, 10, 31), None, "G", "B",
           "Business case approved at Force Investment Board on 7 October 2025.")
    action(9, "R2.2", None,
           "Recruit and train two additional crime standards auditors.",
           "Crime Standards Manager / HR Business Partner", D(2026, 3, 31), None, "G", "G",
           "Posts advertised; interviews w/c 17 November.")
    ws.merge_cells("B8:B9")
    section(10, "Areas for improvement")
    action(11, "AFI1",
           "The force should make sure that it records all reported crimes of modern slavery.",
           "Add modern slavery indicators to the daily crime recording review and audit a sample of 50 relevant "
           "incidents each quarter.",
           "Force Crime Registrar", D(2025, 11, 30), None, "G", "G",
           "Q2 audit completed; 48 of 50 correctly recorded.")
    action(12, "AFI2",
           "The force should make sure that crime cancellation decisions are made by the designated decision "
           "maker and that the additional verifiable information is recorded.",
           "Restrict the crime cancellation function on Niche to designated decision makers and publish revised "
           "guidance.",
           "Force Crime Registrar", D(2025, 7, 31), None, "G", "B",
           "Complete – Niche permissions changed 21 July 2025.")
    action(13, "AFI3",
           "The force should make sure it records crimes reported by professional third parties, such as health "
           "and social care staff.",
           "Brief the Multi-Agency Safeguarding Hub on recording crimes reported by professional third parties and "
           "include these referrals in the weekly audit.",
           "Supt Safeguarding", D(2025, 9, 30), D(2025, 12, 31), "R", "A",
           "Briefings delivered; audit sampling started in October.")
    ws["A15"] = "Note: revised target dates were agreed at the Force Performance Board on 14 October 2025."
    ws["A15"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [8, 48, 52, 28, 14, 14, 10, 10, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG status"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    for i, (k, n) in enumerate([("B", 3), ("G", 3), ("A", 2), ("R", 0)], start=4):
        sm.cell(row=i, column=1, value=k).fill = RAGFILL[k]
        sm.cell(row=i, column=2, value=n)
    sm["A8"] = "Total"
    sm["B8"] = "=SUM(B4:B7)"
    sm["A8"].font = Font(bold=True)
    wb.save(out("zce-dorset-police-hmicfrs-crime-data-integrity-action-plan.xlsx"))


# =============================================================== 4. Lincolnshire Fire and Rescue
def make_lfr():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Lincolnshire Fire and Rescue – HMICFRS Values and Culture Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary report as at 1 December 2025"
    sm["A4"], sm["B4"] = "Status", "Number of sub-actions"
    sm["A4"].font = sm["B4"].font = Font(bold=True)
    for i, (s, n, f) in enumerate([("Complete", 3, BLUE), ("On track", 3, GREEN), ("Delayed", 2, AMBER),
                                   ("Off track", 0, RED)], start=5):
        sm.cell(row=i, column=1, value=s).fill = fill(f)
        sm.cell(row=i, column=2, value=n)
    sm["A9"], sm["B9"] = "Total", 8
    sm["A9"].font = Font(bold=True)
    sm["A11"] = "Key"
    sm["A11"].font = Font(bold=True)
    for i, (f, t) in enumerate([(BLUE, "Blue – Complete"), (GREEN, "Green – On track"),
                                (AMBER, "Amber – Delayed (revised date agreed by SLT)"),
                                (RED, "Red – Off track / escalated to SLT")], start=12):
        sm.cell(row=i, column=1).fill = fill(f)
        sm.cell(row=i, column=2, value=t)
    sm["A17"] = ("The report contains 35 recommendations; 20 are for chief fire officers. Only sub-actions owned "
                 "by the Service are tracked here.")
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Tracker")
    heads = ["Rec no.", "HMICFRS recommendation", "Sub-action", "Action", "Owner", "Original deadline",
             "Revised deadline", "Status", "% complete", "Update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    STAT = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER}

    def theme(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = fill("F2F2F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)

    def sub(row, recno, rec, ref, text, owner, orig, rev, status, pct, upd):
        vals = [recno, rec, ref, text, owner, orig, rev, status, pct, upd]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=row, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=row, column=8).fill = fill(STAT[status])
        ws.cell(row=row, column=9).number_format = "0%"
        ws.row_dimensions[row].height = 58

    D = dt.datetime
    theme(2, "Raising concerns")
    sub(3, 1, "By 1 October 2023, chief fire officers should make sure their services provide a confidential way "
              "for staff to raise concerns and that staff are aware of whistleblowing processes.",
        "1a", "Procure an independent confidential reporting line for all staff and publicise it through station "
              "visits and the intranet.",
        "Head of People Services", D(2023, 10, 1), None, "Complete", 1.0,
        "Independent line live since September 2023; usage reported quarterly to SLT.")
    sub(4, None, None, "1b", "Review the whistleblowing policy with staff networks and representative bodies and "
                             "relaunch it.",
        "Head of People Services; Area Manager Service Support", D(2023, 10, 1), D(2026, 1, 31), "Delayed", 0.7,
        "Consultation with representative bodies extended; revised date agreed by SLT.")
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    sub(5, 3, "By 1 June 2023, chief fire officers should review the support available for those who have raised "
              "concerns and take any action needed to make sure these provisions are suitable.",
        "3a", "Publish a guide for managers on supporting colleagues who have raised concerns.",
        "Area Manager Service Support", D(2023, 6, 1), None, "Complete", 1.0,
        "Guide published on the intranet June 2023.")
    sub(6, None, None, "3b", "Train a network of Speak Up advocates across on-call and wholetime stations.",
        "Inclusion Manager", D(2023, 6, 1), D(2026, 3, 31), "On track", 0.6,
        "24 of 40 advocates trained.")
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    theme(7, "Background checks")
    sub(8, 7, "By 1 January 2024, chief fire officers should make sure all staff have an appropriate background "
              "check through the Disclosure and Barring Service, in line with the outcome of the Home Office review.",
        "7a", "Complete standard DBS checks for all operational staff and record renewal dates on the HR system.",
        "HR Operations Manager", D(2024, 1, 1), D(2025, 11, 30), "Complete", 1.0,
        "All 612 checks complete.")
    sub(9, None, None, "7b", "Introduce three-yearly DBS rechecks for all roles in scope of the national policy.",
        "HR Operations Manager", D(2024, 1, 1), D(2026, 6, 30), "On track", 0.5,
        "Policy drafted; awaiting national guidance on recheck frequency.")
    ws.merge_cells("A8:A9")
    ws.merge_cells("B8:B9")
    theme(10, "Leadership")
    sub(11, 15, "By 1 June 2023, chief fire officers should make sure they have mechanisms in place to gather "
                "feedback from staff on the performance of senior leaders, including 360-degree feedback.",
        "15a", "Introduce 360-degree feedback for all Group Manager roles and above as part of the annual appraisal.",
        "Chief Fire Officer", D(2023, 6, 1), D(2026, 3, 31), "On track", 0.9,
        "Pilot complete; roll-out to Station Managers agreed.")
    theme(12, "Diversity data")
    sub(13, 19, "By 1 August 2023, chief fire officers should make sure they capture equality and diversity data "
                "about their workforce and use it to inform their approach to workforce planning.",
        "19a", "Launch an 'Everyone Counts' campaign to increase staff declaration rates for protected "
               "characteristics on the HR system.",
        "Inclusion Manager", D(2023, 8, 1), D(2025, 12, 31), "Delayed", 0.8,
        "Declaration rate now 71% against an 85% target.")
    for col, w in zip("ABCDEFGHIJ", [8, 50, 10, 48, 30, 13, 13, 11, 10, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out("zce-lincolnshire-fire-and-rescue-hmicfrs-values-culture-recommendations-tracker.xlsx"))


# =============================================================== 5. Rainford High SDP
def make_rainford():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Rainford High – School Development Plan 2025-26"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A3"] = "Our priorities"
    ov["A3"].font = Font(bold=True)
    pri = [
        "Priority 1: Quality of education – a consistently ambitious curriculum, well taught",
        "Priority 2: Behaviour and attendance – calm, safe and present every day",
        "Priority 3: Personal development – preparing every student for their next step",
    ]
    for i, p in enumerate(pri, start=4):
        ov.cell(row=i, column=1, value=p)
    ov["A8"] = "Review key (termly review by SLT, reported to the Local Governing Body)"
    ov["A8"].font = Font(bold=True)
    for i, (f, t) in enumerate([(GREEN, "Green – achieved / on track"),
                                (AMBER, "Amber – partially achieved, further action needed"),
                                (RED, "Red – not yet achieved, urgent action")], start=9):
        ov.cell(row=i, column=1, value=t).fill = fill(f)
    ov["A13"] = "Last reviewed: Spring term review, 27 March 2026"
    ov.column_dimensions["A"].width = 90

    heads = ["Ref", "Action", "Lead(s)", "Timescale", "Cost / resources", "Success criteria",
             "Autumn review", "Spring review", "Summer review"]
    sheets = [
        ("P1 Quality of education", pri[0],
         "Intent: every student follows a well-sequenced curriculum and teaching adapts so that all can access it.",
         [("1.1", "Embed the trust's adaptive teaching framework through fortnightly instructional coaching for "
                  "all teaching staff.", "KM / LH", "Sept 2025 – July 2026", "Coaching time: 1 hour per fortnight",
           "Lesson visits show adaptive teaching in 90% of lessons.", AMBER, GREEN),
          ("1.2", "Review the Key Stage 3 curriculum maps in English, maths and science so that knowledge is "
                  "sequenced from Key Stage 2.", "Heads of Faculty", "Autumn term 2025", "Faculty meeting time",
           "Revised maps published and in use from January.", GREEN, GREEN),
          ("1.3", "Introduce a reading programme for Year 7 and 8 students reading below their chronological age.",
           "SENCo; Literacy Lead", "Feb half-term 2026", "£4,500 licences",
           "Average reading age gain of 12 months in two terms.", AMBER, AMBER)]),
        ("P2 Behaviour and attendance", pri[1],
         "Intent: high expectations applied consistently so that students attend well and learn without disruption.",
         [("2.1", "Launch the revised behaviour policy with a staff training day and year group assemblies.",
           "JW", "Sept 2025", "INSET day", "Fewer removals from lessons than in 2024-25.", GREEN, GREEN),
          ("2.2", "Introduce first-day calling and weekly attendance panels for persistently absent students.",
           "Attendance Officer / JW", "Ongoing", "Attendance Officer time",
           "Persistent absence below 18%.", AMBER, GREEN),
          ("2.3", "Reduce repeat suspensions through a reintegration and mentoring programme in the Inclusion "
                  "Centre.", "Head of Inclusion", "Summer term 2026", "Mentor: 0.5 FTE",
           "Repeat suspensions halved compared with 2024-25.", RED, AMBER)]),
        ("P3 Personal development", pri[2],
         "Intent: a planned personal development curriculum and careers programme that meets statutory duties.",
         [("3.1", "Map the personal development curriculum against the statutory RSHE guidance and fill any gaps.",
           "PD Lead", dt.datetime(2026, 1, 31), "PD lead time", "Gap analysis complete; new units taught.",
           GREEN, GREEN),
          ("3.2", "Make sure every Year 10 student completes a work experience placement and a one-to-one careers "
                  "interview.", "Careers Leader", "July 2026", "Careers adviser contract",
           "100% of Year 10 complete both by the end of the year.", GREEN, AMBER)]),
    ]
    for title, head, intent, rows in sheets:
        ws = wb.create_sheet(title)
        ws["A1"] = head
        ws["A1"].font = Font(bold=True, size=12, color="FFFFFFFF")
        ws["A1"].fill = fill("7030A0")
        ws.merge_cells("A1:I1")
        ws["A2"] = intent
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:I2")
        for j, h in enumerate(heads, start=1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.border = BOX
            c.alignment = WRAP
        for i, (ref, text, lead, when, cost, sc, aut, spr) in enumerate(rows, start=4):
            for j, v in enumerate([ref, text, lead, when, cost, sc], start=1):
                c = ws.cell(row=i, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=i, column=7).fill = fill(aut)
            ws.cell(row=i, column=8).fill = fill(spr)
            for j in (7, 8, 9):
                ws.cell(row=i, column=j).border = BOX
            ws.row_dimensions[i].height = 48
        for col, w in zip("ABCDEFGHI", [6, 55, 20, 20, 22, 40, 10, 10, 10]):
            ws.column_dimensions[col].width = w
    wb.save(out("zce-rainford-high-school-development-plan-2025-26.xlsx"))


# =============================================================== 6. University of Huddersfield ITE (CSV, refuse)
def make_hud():
    rows = [
        ["University of Huddersfield ITE Partnership – Ofsted Improvement Plan 2025-26", "", "", "", "", "", "", "", ""],
        ["Inspection: 9 – 13 June 2025 (secondary and further education and skills phases)", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Ref", "Phase", "Ofsted improvement point", "Action", "Lead", "Start date", "Target date", "RAG",
         "Progress update"],
        ["S1.1", "Secondary",
         "Leaders should ensure that the centre-based curriculum sets out precisely what trainees need to know "
         "about adapting teaching for pupils with SEND.",
         "Revise the secondary professional studies curriculum so that SEND and adaptive teaching content is "
         "sequenced across the year.",
         "Secondary Programme Leader", "01/07/2025", "30/09/2025", "G",
         "Revised curriculum approved at ITE Partnership Board, September 2025."],
        ["S1.2", "Secondary",
         "Leaders should ensure that the centre-based curriculum sets out precisely what trainees need to know "
         "about adapting teaching for pupils with SEND.",
         "Provide subject-specific mentor training on modelling adaptive teaching in placement schools.",
         "Partnership Lead; Subject Leads", "01/09/2025", "31/12/2025", "A",
         "Four of seven subject sessions delivered."],
        ["S2.1", "Secondary",
         "Leaders should ensure that mentors check how well trainees are learning the ITE curriculum and adjust "
         "feedback accordingly.",
         "Introduce mentor quality assurance visits in every partnership school, with a written report to the "
         "subject lead.",
         "Head of ITE Partnerships", "01/09/2025", "Febuary 2026", "A",
         "Visit schedule agreed; 40% of schools visited."],
        ["S2.2", "Secondary",
         "Leaders should ensure that mentors check how well trainees are learning the ITE curriculum and adjust "
         "feedback accordingly.",
         "Update the weekly mentor meeting record so that it links targets to the curriculum sequence.",
         "Head of ITE Partnerships", "01/09/2025", "31/10/2025", "B",
         "New record in use from half term."],
        ["F1.1", "Further education and skills",
         "Leaders should ensure that trainees on in-service routes receive subject-specialist mentoring from "
         "the start of the course.",
         "Match every in-service trainee with a subject-specialist mentor before the first taught session.",
         "FES Course Leader", "01/08/2025", "30/09/2025", "B",
         "All 186 trainees matched."],
        ["F1.2", "Further education and skills",
         "Leaders should ensure that trainees on in-service routes receive subject-specialist mentoring from "
         "the start of the course.",
         "Run a mentor induction programme for college-based mentors new to the partnership.",
         "FES Course Leader / Partnership Lead", "01/09/2025", "30/11/2025", "G",
         "Two induction events held; third planned."],
    ]
    with open(out("zce-university-of-huddersfield-ofsted-ite-improvement-plan-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# =============================================================== 7. Ellon Academy (plain text)
ELLON = """Ellon Academy – Education Scotland Inspection Action Plan
Inspection: 8 – 12 September 2025     Letter to parents published: 18 November 2025
Prepared by the Head Teacher with Aberdeenshire Council Education and Children's Services
Last updated: 2 February 2026

Key: Blue = Complete; Green = On track; Amber = Some delay; Red = Significant delay

The following areas for improvement were agreed with the school and Aberdeenshire Council.

============================================================
AREA FOR IMPROVEMENT 1
Continue to improve the consistency of high-quality learning, teaching and assessment across all departments.
============================================================

1.1  Introduce a shared Ellon Academy learning and teaching standard, developed with staff and young people.
     Lead: DHT (Learning and Teaching)
     Timescale: December 2025
     Status: Complete

1.2  Create a programme of peer observation in Learning Trios with a focus on differentiation and feedback.
     Lead: DHT (Learning and Teaching) / Principal Teachers Curricular
     Timescale: June 2026
     Status: On track

1.3  Refresh the assessment and feedback policy so that young people know their next steps in every subject.
     Lead: PT English
     Timescale: March 2026
     Status: Some delay

============================================================
AREA FOR IMPROVEMENT 2
Improve the tracking and monitoring of young people's progress in the broad general education (S1 to S3) so that support is put in place quickly.
============================================================

2.1  Implement a BGE tracking system aligned to Curriculum for Excellence levels, updated three times a year.
     Lead: DHT (BGE)
     Timescale: 31/03/2026
     Status: On track

2.2  Hold pupil progress meetings between Principal Teachers Guidance and Principal Teachers Curricular to agree interventions.
     Lead: PT Guidance / PT Curricular
     Timescale: Termly
     Status: Some delay

============================================================
AREA FOR IMPROVEMENT 3
Develop further approaches to improve the attendance of young people, particularly in the senior phase.
============================================================

3.1  Set up an attendance improvement group with the Education Welfare Service and Pupil Support staff.
     Lead: Depute Head Teacher (Pupil Support)
     Timescale: October 2025
     Status: Complete

3.2  Develop alternative senior phase pathways with North East Scotland College for young people at risk of disengaging.
     Lead: Head Teacher
     Timescale: August 2026
     Status: Not started

3.3  Report attendance to families each term through the school app and newsletters.
     Lead: Attendance Officer
     Timescale: Ongoing
     Status: On track

Progress will be reported to the Parent Council and to the Quality Improvement Officer each term.
"""


def make_ellon():
    with open(out("zce-ellon-academy-education-scotland-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(ELLON)


if __name__ == "__main__":
    make_hollesley()
    make_lwc()
    make_dorset()
    make_lfr()
    make_rainford()
    make_hud()
    make_ellon()
    print("done")
