#!/usr/bin/env python
"""Build the seven zpm- blind test files (set heldout726).

Run with /work/main/.venv/bin/python zpm_make.py  (writes beside this script).
Each plan's data is kept in a module-level structure. The trailing elements of
each action tuple (lead list, end month, status, end_text) are the expected
reading used when the .expected.yaml files were written; they are never written
into the data files themselves.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
}


# ===========================================================================
# 1. HMP/YOI Isis – HMPPS action plan (docx)
# ===========================================================================
ISIS_NAME = "zpm-hmp-yoi-isis-hmip-inspection-action-plan.docx"
ISIS_TITLE = "Action Plan: HMP/YOI Isis"
ISIS = [
    ("Section 1: Priority concerns", [
        ("1", "Too many prisoners were locked in their cells for most of the day. Around a third were unemployed and spent more than 22 hours a day behind their doors.",
         "Agreed",
         [("1.1", "Introduce a revised core day that gives every prisoner at least one hour of association and one hour in the open air each day, and publish it on every wing.",
           "Deputy Governor", "30/09/2024", ["Deputy Governor"], "2024-09", None),
          ("1.2", "Review the allocation process so that unemployed prisoners are allocated to an activity place within 10 working days of arrival, with weekly oversight at the Activities Allocation Board.",
           "Head of Education, Skills and Work / Head of Residence", "31/12/2024",
           ["Head of Education, Skills and Work", "Head of Residence"], "2024-12", None)]),
        ("2", "Levels of violence were high and had increased since the last inspection. Leaders did not have a sufficient understanding of the causes of violence, particularly among the youngest prisoners.",
         "Agreed",
         [("2.1", "Commission a violence diagnostic, using incident data, CSIP referrals and prisoner consultation, and agree a refreshed Safety Strategy with the Senior Leadership Team.",
           "Head of Safety", "October 2024", ["Head of Safety"], "2024-10", None),
          ("2.2", "Deliver CSIP refresher training to all band 4 supervising officers and audit the quality of 20 CSIP plans each month.",
           "Head of Safety; Safer Custody Manager", "Ongoing – audited monthly",
           ["Head of Safety", "Safer Custody Manager"], None, "Ongoing – audited monthly")]),
        ("3", "Prisoners from Black and minority ethnic backgrounds were more negative about their treatment by staff, and leaders had not investigated the reasons for this.",
         "Agreed",
         [("3.1", "Hold quarterly focus groups with Black and minority ethnic prisoners, with findings and actions reported to the Diversity and Inclusion Action Team (DIAT).",
           "Head of Equalities", "End of Q3 2024/25", ["Head of Equalities"], "2024-12", None)]),
    ]),
    ("Section 2: Key concerns", [
        ("4", "Prisoners waited too long to see a GP, and many routine hospital and clinic appointments were cancelled because no escort officers were available.",
         "Partly agreed",
         [("4.1", "Agree a ring-fenced healthcare escort profile so that no routine appointment is cancelled for lack of staff, except where operational emergencies require it.",
           "Head of Operations", "30/11/2024", ["Head of Operations"], "2024-11", None),
          ("4.2", "Review the GP appointment system and introduce a nurse-led triage clinic to bring routine GP waiting times down to no more than two weeks.",
           "Head of Healthcare (Oxleas NHS Foundation Trust)", "March 2025",
           ["Head of Healthcare (Oxleas NHS Foundation Trust)"], "2025-03", None)]),
        ("5", "Too few prisoners had an up-to-date OASys assessment, and sentence planning did not drive progression.",
         "Agreed",
         [("5.1", "Deliver an OASys recovery plan, prioritising prisoners within 12 months of release and those assessed as posing a high risk of serious harm.",
           "Head of Offender Management Delivery", "31 January 2025",
           ["Head of Offender Management Delivery"], "2025-01", None)]),
    ]),
]


def make_isis():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = d.add_paragraph()
    r = h.add_run(ISIS_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    for line in ["Action Plan Submitted: 19 August 2024",
                 "A Response to the HMIP Inspection: 11–21 March 2024",
                 "Report Published: 9 July 2024"]:
        p = d.add_paragraph()
        p.add_run(line).bold = True
    d.add_paragraph().add_run("INTRODUCTION").bold = True
    d.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the "
        "conditions for, and treatment of, prisoners and other detainees. In response to the report, HM Prison "
        "and Probation Service (HMPPS) is required to draft a robust and timely action plan to address the "
        "concerns raised. The action plan confirms whether each concern is agreed, partly agreed or not agreed "
        "(see categorisations below). Where a concern is agreed or partly agreed, the plan sets out the specific "
        "actions that will be taken, with the owner and timescale of each step clearly identified. Action plans "
        "are sent to HMIP and published on the HMPPS Prison Finder. Progress will be reviewed at the "
        "independent review of progress.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        set_cell(c, txt, bold=True)
        shade(c, "D9D9D9")
    for row in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed, with SMART actions and timescales."),
        ("Partly agreed", "Only part of the concern is agreed with, is achievable, affordable and will be addressed.",
         "The response must state clearly which part of the concern will be addressed and why the remainder cannot be."),
        ("Not agreed", "The concern is not agreed with and will not be addressed.",
         "The response must clearly explain the reasons for not agreeing the concern."),
    ]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            set_cell(c, txt)
    for section, concerns in ISIS:
        d.add_paragraph()
        p = d.add_paragraph()
        rr = p.add_run(section)
        rr.bold = True
        rr.font.size = Pt(12)
        for num, concern, agreed, actions in concerns:
            kind = "Priority concern" if section.startswith("Section 1") else "Key concern"
            t = d.add_table(rows=4, cols=4)
            t.style = "Table Grid"
            a = t.cell(0, 1).merge(t.cell(0, 3))
            set_cell(t.cell(0, 0), f"{kind} {num}", bold=True)
            shade(t.cell(0, 0), "D9E2F3")
            set_cell(a, concern, bold=True)
            shade(a, "D9E2F3")
            b = t.cell(1, 1).merge(t.cell(1, 3))
            set_cell(t.cell(1, 0), "Agreed / Partly agreed / Not agreed", bold=True)
            set_cell(b, agreed)
            for c, txt in zip(t.rows[2].cells, ["No.", "Action", "Responsible owner", "Target date"]):
                set_cell(c, txt, bold=True)
                shade(c, "F2F2F2")
            t.rows[3]._tr.getparent().remove(t.rows[3]._tr)
            for ref, text, lead, date, *_ in actions:
                cells = t.add_row().cells
                for c, txt in zip(cells, [ref, text, lead, date]):
                    set_cell(c, txt)
            d.add_paragraph()
    d.add_paragraph(
        "Note: target dates reflect the position at the time of submission. Progress against this plan is "
        "monitored monthly at the establishment’s Senior Leadership Team meeting and quarterly by the Prison "
        "Group Director.")
    d.save(out(ISIS_NAME))


# ===========================================================================
# 2. Bishop Bridgeman CE Primary School – SIAMS action plan (docx)
# ===========================================================================
SIAMS_NAME = "zpm-bishop-bridgeman-ce-primary-school-siams-inspection-action-plan.docx"
SIAMS_TITLE = "Bishop Bridgeman CE Primary School – SIAMS Action Plan 2024–25"
SIAMS = [
    ("Area for development 1",
     "Leaders should develop opportunities for pupils to plan, lead and evaluate collective worship, so that worship is consistently inclusive and invitational and reflects the school’s vision.",
     [("Set up a pupil Worship Team (two pupils from each class in Years 3–6) and train them, with support from St Peter’s Church, to plan and lead one act of worship each week.",
       "Collective Worship Lead / Vicar of St Peter’s", "Spring term 2025",
       "Pupil-led worship takes place weekly; pupils can explain how worship links to the vision.",
       "Ethos Committee – pupil voice, March", "G",
       ["Collective Worship Lead", "Vicar of St Peter’s"], "2025-04", None, "blue"),
      ("Introduce a simple pupil evaluation form after each pupil-led worship and review the feedback at Worship Team meetings each half term.",
       "Collective Worship Lead", "Summer term 2025",
       "Evaluations show pupils of all faiths and none feel invited to take part.",
       "Headteacher", "A",
       ["Collective Worship Lead"], "2025-07", None, "amber"),
      ("Foundation governors to carry out a focused monitoring visit to collective worship and report findings to the Ethos Committee.",
       "Foundation Governors", "Termly",
       "Governor visit notes identify strengths and next steps.",
       "Full Governing Body", "A",
       ["Foundation Governors"], None, "Termly", "amber")]),
    ("Area for development 2",
     "Leaders should ensure that religious education is consistently well taught, so that pupils build secure knowledge of Christianity and of other religions and worldviews as they move through the school.",
     [("Map the RE curriculum against the Manchester Diocesan syllabus and identify the key knowledge pupils should remember at the end of each unit.",
       "RE Lead – Mrs K. Ashworth", "31/03/2025",
       "Knowledge organisers in place for every unit, Reception to Year 6.",
       "RE link governor", "G",
       ["RE Lead – Mrs K. Ashworth"], "2025-03", None, "blue"),
      ("Deliver staff CPD on subject knowledge for Judaism and Islam, led by the Diocesan RE Adviser.",
       "RE Lead – Mrs K. Ashworth", "Spring term 2025",
       "Staff confidence survey shows improvement; lesson visits show accurate subject knowledge.",
       "Headteacher", "G",
       ["RE Lead – Mrs K. Ashworth"], "2025-04", None, "blue"),
      ("Complete two book looks and pupil voice sessions each term, with feedback to teachers within one week.",
       "Mrs Ashworth and Mr Doyle", "Summer term 2025",
       "Pupils recall key knowledge from previous units and use subject vocabulary accurately.",
       "RE link governor", "R",
       ["Mrs Ashworth", "Mr Doyle"], "2025-07", None, "red")]),
    ("Area for development 3",
     "Leaders should deepen how the school’s vision is understood and lived out by pupils, so that it shapes the way they think and act, including through courageous advocacy.",
     [("Revisit the vision ‘Let your light shine’ (Matthew 5:16) with pupils, staff, families and governors and agree shared language for how it is lived out.",
       "Headteacher / Chair of Governors", "Autumn term 2025",
       "All groups can explain the vision and its biblical roots in their own words.",
       "Ethos Committee", "",
       ["Headteacher", "Chair of Governors"], "2025-12", None, "unrated"),
      ("Establish a pupil Social Justice Group to plan at least one charity or advocacy project each term linked to the vision.",
       "Miss R. Begum (Year 5 teacher)", "July 2025",
       "Three pupil-led projects completed; pupils explain why they chose each cause.",
       "Headteacher", "A",
       ["Miss R. Begum (Year 5 teacher)"], "2025-07", None, "amber"),
      ("Add a question about the vision to the annual parent and pupil questionnaires and report the results to the Ethos Committee.",
       "Deputy Headteacher", "June 2025",
       "Baseline established for 2025–26 self-evaluation.",
       "Ethos Committee", "Not started",
       ["Deputy Headteacher"], "2025-06", None, "unrated")]),
]


def make_siams():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading(SIAMS_TITLE, level=1)
    d.add_paragraph("Statutory Inspection of Anglican and Methodist Schools (SIAMS) – response to the inspection report")
    info = [
        ("Date of SIAMS inspection", "12 November 2024"),
        ("Report published", "9 December 2024"),
        ("Plan written by", "Headteacher and Collective Worship Lead, with the Diocesan Schools Adviser"),
        ("Approved by", "Full Governing Body, 22 January 2025"),
        ("Monitored by", "Ethos Committee (termly)"),
        ("Version", "v2 – updated 24 March 2025"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E2EFD9")
        set_cell(cells[1], v)
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Progress key:  ").bold = True
    p.add_run("R = behind schedule    A = in progress    G = achieved")
    for heading, afd, actions in SIAMS:
        d.add_heading(heading, level=2)
        p = d.add_paragraph()
        p.add_run(afd).bold = True
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ["Actions", "Lead (staff / governor)", "Timescale",
                                           "Success criteria", "Monitoring", "Progress"]):
            set_cell(c, txt, bold=True)
            shade(c, "C5E0B3")
        for a in actions:
            cells = t.add_row().cells
            for c, txt in zip(cells, a[:6]):
                set_cell(c, txt)
            col = {"R": "FF0000", "A": "FFC000", "G": "00B050"}.get(a[5])
            if col:
                shade(cells[5], col)
        d.add_paragraph()
    d.add_paragraph("Progress reviewed at the Ethos Committee meeting on 24 March 2025. "
                    "Next review: Summer term 2025.")
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Signed (Headteacher):", bold=True)
    set_cell(t.cell(0, 1), "Signed (Chair of Governors):", bold=True)
    set_cell(t.cell(1, 0), "Date: 22/01/2025")
    set_cell(t.cell(1, 1), "Date: 22/01/2025")
    d.save(out(SIAMS_NAME))


# ===========================================================================
# 3. Merseyside FRS – HMICFRS misconduct handling recommendations tracker (xlsx)
# ===========================================================================
MFRS_NAME = "zpm-merseyside-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
MFRS_TITLE = "HMICFRS Standards of Behaviour: Handling of Misconduct – Recommendations Tracker"
D = dt.datetime
MFRS = [
    ("Theme 1: Culture and values", [
        ("R1", "By 1 February 2025, chief fire officers should, as a priority, make sure their staff are aware of, and follow the Core Code of Ethics. Services should build the code into all relevant policies and practices.",
         D(2025, 2, 1),
         [("1.1", "Embed the Core Code of Ethics in all People policies as they fall due for review, and add a Code of Ethics statement to the corporate policy template.",
           "Head of HR", D(2025, 1, 31), None, "A", "B",
           "All 34 People policies reviewed; statement added to template Jan 2025.",
           ["Head of HR"], "2025-01", "blue"),
          ("1.2", "Deliver Code of Ethics workshops to every wholetime watch and on-call unit, with attendance recorded on the learning management system.",
           "Area Manager – Prevention & Protection; Station Managers", D(2025, 1, 31), D(2025, 6, 30), "A", "A",
           "78% of watches complete. Remaining on-call units scheduled April–June 2025.",
           ["Area Manager – Prevention & Protection", "Station Managers"], "2025-06", "amber")]),
        ("R2", "By 1 February 2025, chief fire officers should make sure a policy for probationary staff is in place. This policy should make clear that services can immediately dismiss probationers who fail to meet the required standards of behaviour set out in the Core Code of Ethics and the Code of Ethics fire standard.",
         D(2025, 2, 1),
         [("2.1", "Revise the Probationary Policy to state that probationers who fail to meet the standards in the Core Code of Ethics may be dismissed, and consult the representative bodies.",
           "Head of HR", D(2025, 2, 1), None, "G", "B",
           "Revised policy approved by Strategic Leadership Team 28/01/2025.",
           ["Head of HR"], "2025-02", "blue")]),
        ("R3", "By 1 May 2025, chief fire officers should make sure their workforce plans allow staff to be moved from a wholetime watch to a different watch or station, within their contractual requirements, proactively and reactively as required.",
         D(2025, 5, 1),
         [("3.1", "Amend the Promotion and Transfer procedures so that newly promoted crew and watch managers, including temporary promotions of two months or more, are posted to a different watch or station.",
           "Director of People & OD", "May-25", "Sep-25", "A", "R",
           "Consultation with FBU extended; revised date agreed at People Board.",
           ["Director of People & OD"], "2025-09", "red"),
          ("3.2", "Produce a risk assessment template for cases where a move is not possible, showing how the risk of reinforcing a negative culture has been addressed.",
           "Group Manager – Operational Response", "May-25", None, None, "G",
           "Draft template with HR Business Partners.",
           ["Group Manager – Operational Response"], "2025-05", "green")]),
    ]),
    ("Theme 2: Misconduct processes", [
        ("R4", "By 1 February 2025, chief fire officers should make sure their services create or have access to a professional standards function to handle conduct matters.",
         D(2025, 2, 1),
         [("4.1", "Establish a Professional Standards Unit within the People directorate, with a case manager and two investigators.",
           "Director of People & OD", D(2025, 2, 1), D(2025, 4, 1), "A", "G",
           "Case manager in post; investigators start 1 April 2025.",
           ["Director of People & OD"], "2025-04", "green"),
          ("4.2", "Publish a misconduct case-management procedure setting target timescales for each stage of an investigation.",
           "Professional Standards Manager", D(2025, 3, 31), None, "A", "A",
           "Draft out to consultation until 11 April.",
           ["Professional Standards Manager"], "2025-03", "amber")]),
        ("R5", "By 1 August 2025, chief fire officers should make sure that everyone who investigates or hears misconduct cases is trained to do so, and that this training is refreshed regularly.",
         D(2025, 8, 1),
         [("5.1", "Commission accredited investigation training for all middle managers who may act as investigating officers.",
           "Head of Training and Development", D(2025, 7, 31), None, None, "",
           "Provider appointed; first cohort 12 May 2025.",
           ["Head of Training and Development"], "2025-07", "green"),
          ("5.2", "Train hearing chairs and panel members, including members of the Authority’s Appeals Committee, in conducting misconduct hearings.",
           "Head of Training and Development / Monitoring Officer", "Aug-25", None, None, "Not started",
           "",
           ["Head of Training and Development", "Monitoring Officer"], "2025-08", "unrated")]),
    ]),
]


def make_mfrs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = MFRS_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Merseyside Fire and Rescue Service"
    cov["A2"].font = Font(bold=True, size=12)
    rows = [
        ("Report", "Standards of behaviour: The handling of misconduct in fire and rescue services (HMICFRS, 1 August 2024)"),
        ("Document owner", "Director of People & Organisational Development"),
        ("Reporting to", "Strategic Leadership Team; Audit Committee"),
        ("Position as at", "31/03/2025"),
        ("Classification", "OFFICIAL"),
    ]
    r = 4
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        r += 1
    r += 1
    cov.cell(r, 1, "Version history").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        c = cov.cell(r, 1 + i, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    for ver in [("0.1", "12/09/2024", "HR Business Partner", "First draft"),
                ("1.0", "15/10/2024", "Head of HR", "Approved by SLT"),
                ("1.3", "04/04/2025", "Professional Standards Manager", "Q4 2024/25 update")]:
        r += 1
        for i, v in enumerate(ver):
            cov.cell(r, 1 + i, v)
    r += 2
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    for code, meaning in [("B", "Complete – evidence of completion held"), ("G", "On track"),
                          ("A", "Some slippage / at risk"), ("R", "Off track or overdue")]:
        r += 1
        c = cov.cell(r, 1, code)
        c.fill = FILL[code]
        c.font = Font(bold=True, color="FFFFFF" if code in "RB" else "000000")
        cov.cell(r, 2, meaning)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Tracker")
    ws["A1"] = MFRS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Merseyside Fire and Rescue Service – position as at 31 March 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Rec No.", "HMICFRS Recommendation", "HMICFRS deadline", "Action Ref", "Action",
             "Action Owner", "Original Target", "Revised Target", "Previous RAG", "Current RAG",
             "Progress Update (Mar 2025)"]
    for i, h in enumerate(heads):
        c = ws.cell(4, 1 + i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, recs in MFRS:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(r, 1).fill = FILL["pale"]
        r += 1
        for recno, rec, deadline, actions in recs:
            first = r
            for (ref, text, owner, orig, rev, prev, cur, upd, *_x) in actions:
                ws.cell(r, 4, ref)
                ws.cell(r, 5, text)
                ws.cell(r, 6, owner)
                for col, val in ((7, orig), (8, rev)):
                    if val is None:
                        continue
                    c = ws.cell(r, col, val)
                    if isinstance(val, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if prev:
                    c = ws.cell(r, 9, prev)
                    c.fill = FILL[prev]
                    c.alignment = Alignment(horizontal="center", vertical="top")
                if cur in ("R", "A", "G", "B"):
                    c = ws.cell(r, 10, cur)
                    c.fill = FILL[cur]
                    c.alignment = Alignment(horizontal="center", vertical="top")
                elif cur == "":
                    ws.cell(r, 10).fill = FILL["G"]  # colour only, no letter
                else:
                    ws.cell(r, 10, cur)
                if upd:
                    ws.cell(r, 11, upd)
                for col in range(1, 12):
                    ws.cell(r, col).border = BOX
                    if col not in (9, 10):
                        ws.cell(r, col).alignment = WRAP
                r += 1
            ws.cell(first, 1, recno)
            ws.cell(first, 2, rec)
            c = ws.cell(first, 3, deadline)
            c.number_format = "dd/mm/yyyy"
            for col in (1, 2, 3):
                ws.cell(first, col).alignment = WRAP
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    widths = [8, 55, 12, 8, 55, 28, 12, 12, 9, 9, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status – 31 March 2025"
    sm["A1"].font = Font(bold=True)
    counts = [("Complete (B)", 2), ("On track (G)", 3), ("At risk (A)", 2), ("Off track (R)", 1),
              ("Not started", 1), ("Total actions", 9)]
    for i, (k, v) in enumerate(counts):
        sm.cell(3 + i, 1, k).font = Font(bold=(k == "Total actions"))
        sm.cell(3 + i, 2, v)
    sm["A10"] = "Recommendations: 5 (all accepted). Recommendations 6–15 are addressed to the NFCC, LGA and Home Office and are tracked nationally."
    sm.column_dimensions["A"].width = 24
    wb.save(out(MFRS_NAME))


# ===========================================================================
# 4. Gloucestershire Constabulary – HMICFRS thematic recommendations register
#    (xlsx, REFUSE: mistyped month in a revised date)
# ===========================================================================
GLOS_NAME = "zpm-gloucestershire-constabulary-hmicfrs-thematic-recommendations-register-typo-month-refuse.xlsx"
GLOS_TITLE = "HMICFRS Thematic Inspections – Recommendations Register"
GLOS = [
    ("An inspection of how well the police tackle serious youth violence", "March 2023", [
        ("SYV1", "By 31 March 2024, chief constables should make sure their officers are trained in the use of outcome 22.", [
            ("Include outcome 22 in the crime recording and outcomes module of the Initial Investigator training programme.",
             "Force Crime and Incident Registrar", D(2024, 3, 31), None, "Complete",
             "Module live from January 2024."),
            ("Issue a force policy on the use of outcome 22 and brief all response and neighbourhood officers.",
             "Supt Local Policing / Head of Learning & Development", D(2024, 3, 31), D(2024, 6, 30), "Complete",
             "Policy published 14/06/2024; briefing on Force intranet."),
        ]),
    ]),
    ("PEEL spotlight report: The policing response to antisocial behaviour", "October 2024", [
        ("ASB1", "By 30 September 2025, chief constables should make sure that their force records and categorises antisocial behaviour incidents accurately, in line with national standards.", [
            ("Introduce daily quality-assurance checks of ASB incident closures by the Force Control Room supervisors.",
             "Force Control Room Manager", "Jun-25", None, "Green",
             "Daily checks in place; compliance 91% in October."),
            ("Deliver an ASB recording briefing to all call handlers and dispatchers, with a refresher for new starters.",
             "Head of Contact Management", "Mar-25", "Febuary 2026", "Amber",
             "Delayed by call-handler recruitment; 60% briefed."),
        ]),
        ("ASB2", "By 31 March 2025, chief constables should make sure that officers and staff who deal with antisocial behaviour are trained in the use of the powers available to them under the Anti-social Behaviour, Crime and Policing Act 2014.", [
            ("Roll out the College of Policing ASB powers e-learning to all neighbourhood officers and PCSOs.",
             "Supt Neighbourhood Policing", D(2025, 3, 31), D(2025, 12, 31), "Amber",
             "74% completion. Chased through district commanders."),
            ("Appoint an ASB tactical adviser in each district to support officers applying for community protection notices and closure orders.",
             "Chief Inspector Neighbourhoods", D(2025, 6, 30), None, "Complete",
             "Three advisers appointed."),
        ]),
    ]),
    ("Activism and impartiality in policing", "September 2024", [
        ("AI1", "By 31 March 2025, chief constables should make sure their force’s social media and external engagement policies reflect the College of Policing guidance on impartiality.", [
            ("Review the Force Social Media Policy against the College of Policing guidance and publish a revised version.",
             "Head of Corporate Communications", "Q4 2024/25", None, "Complete",
             "Revised policy published March 2025."),
            ("Introduce a decision log for force participation in external events and campaigns, reviewed by the Chief Officer Group.",
             "Head of Corporate Communications / Staff Officer to the Chief Constable", D(2025, 9, 30), None, "Red",
             "Not yet started – awaiting national guidance from NPCC."),
        ]),
    ]),
]


def make_glos():
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = GLOS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Gloucestershire Constabulary – Strategic Planning & Inspection Team"
    ws["A3"] = "Position as at 28 November 2025 (for Force Assurance Board, 9 December 2025)"
    ws["A3"].font = Font(italic=True)
    heads = ["Report", "Published", "Rec", "Recommendation", "Force action", "Lead",
             "Due date", "Revised date", "Status", "Update"]
    for i, h in enumerate(heads):
        c = ws.cell(5, 1 + i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.border = BOX
    r = 6
    typo_row = None
    status_fill = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}
    for report, pub, recs in GLOS:
        rep_first = r
        for recno, rec, actions in recs:
            rec_first = r
            for text, lead, due, rev, status, upd in actions:
                ws.cell(r, 5, text)
                ws.cell(r, 6, lead)
                for col, val in ((7, due), (8, rev)):
                    if val is None:
                        continue
                    c = ws.cell(r, col, val)
                    if isinstance(val, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                    if val == "Febuary 2026":
                        typo_row = r
                c = ws.cell(r, 9, status)
                c.fill = FILL[status_fill[status]]
                ws.cell(r, 10, upd)
                for col in range(1, 11):
                    ws.cell(r, col).border = BOX
                    ws.cell(r, col).alignment = WRAP
                r += 1
            ws.cell(rec_first, 3, recno)
            ws.cell(rec_first, 4, rec)
            if r - 1 > rec_first:
                for col in (3, 4):
                    ws.merge_cells(start_row=rec_first, start_column=col, end_row=r - 1, end_column=col)
        ws.cell(rep_first, 1, report)
        ws.cell(rep_first, 2, pub)
        for col in (1, 2):
            ws.cell(rep_first, col).alignment = WRAP
            ws.cell(rep_first, col).fill = FILL["lilac"]
            if r - 1 > rep_first:
                ws.merge_cells(start_row=rep_first, start_column=col, end_row=r - 1, end_column=col)
    widths = [30, 12, 7, 50, 50, 30, 12, 14, 11, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r += 1
    ws.cell(r, 1, "Status key: Complete = closed by Force Assurance Board; Green = on track; "
                  "Amber = at risk of missing date; Red = overdue or not started.")
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by report"
    sm["A1"].font = Font(bold=True)
    hdr = ["Report", "Recs", "Actions", "Complete", "Green", "Amber", "Red"]
    for i, h in enumerate(hdr):
        sm.cell(3, 1 + i, h).font = Font(bold=True)
    data = [("Serious youth violence (Mar 2023)", 1, 2, 2, 0, 0, 0),
            ("Antisocial behaviour (Oct 2024)", 2, 4, 1, 1, 2, 0),
            ("Activism and impartiality (Sep 2024)", 1, 2, 1, 0, 0, 1),
            ("Total", 4, 8, 4, 1, 2, 1)]
    for j, row in enumerate(data):
        for i, v in enumerate(row):
            sm.cell(4 + j, 1 + i, v)
    sm.column_dimensions["A"].width = 40
    wb.save(out(GLOS_NAME))
    return typo_row


# ===========================================================================
# 5. University of East Anglia – Ofsted ITE improvement plan (xlsx)
# ===========================================================================
UEA_NAME = "zpm-university-of-east-anglia-ofsted-ite-improvement-plan.xlsx"
UEA_TITLE = "Ofsted ITE Inspection – Improvement Plan 2024–25"
UEA = [
    ("Primary phase", [
        ("AFI 1: Leaders should ensure that the centre-based curriculum for the foundation subjects sets out precisely the knowledge trainees need, so that trainees are well prepared to teach these subjects in school.", [
            ("1.1", "Review each foundation subject module with subject specialists and identify the core knowledge every trainee must learn.",
             "Primary Programme Director; Partnership Lead", "Sept 2024", "Dec 2024",
             "Revised module handbooks for all foundation subjects.", "B",
             ["Primary Programme Director", "Partnership Lead"], "2024-12", "blue"),
            ("1.2", "Re-sequence the PGCE Primary timetable so that foundation subject sessions come before the relevant school-based tasks.",
             "Primary Programme Director", "Jan 2025", D(2025, 3, 31),
             "Trainee evaluations show sessions link to placement tasks.", "G",
             ["Primary Programme Director"], "2025-03", "green"),
            ("1.3", "Quality-assure foundation subject teaching through paired observation of centre-based sessions.",
             "Director of ITE", "Jan 2025", "Ongoing (reviewed each term)",
             "Observation records; actions logged at ITE Quality Committee.", "A",
             ["Director of ITE"], None, "amber", "Ongoing (reviewed each term)"),
        ]),
        ("AFI 2: Leaders should ensure that all mentors have a secure understanding of the partnership’s curriculum, so that the feedback trainees receive in school consistently builds on what they have been taught.", [
            ("2.1", "Deliver compulsory ITTECF mentor training to all new primary mentors, with a curriculum briefing at the start of each placement.",
             "Mentor Development Lead / Primary Programme Director", "Sept 2024", "April 2025",
             "95% of mentors trained; mentor logs reference curriculum content.", "A",
             ["Mentor Development Lead", "Primary Programme Director"], "2025-04", "amber"),
            ("2.2", "Introduce a weekly development summary template linking mentor feedback to the centre-based curriculum.",
             "Partnership Lead", "Nov 2024", "Feb 2025",
             "Template in use in all placement schools.", "R",
             ["Partnership Lead"], "2025-02", "red"),
        ]),
    ]),
    ("Secondary phase", [
        ("AFI 1: Leaders should ensure that trainees in all subjects develop a secure understanding of how to adapt their teaching for pupils with special educational needs and/or disabilities (SEND).", [
            ("1.1", "Add three subject-specific adaptive teaching sessions to each secondary subject route, co-delivered with partnership SENCOs.",
             "Subject Leads (Secondary)", "Oct 2024", D(2025, 6, 30),
             "Trainees’ lesson plans show precise adaptations for pupils with SEND.", "G",
             ["Subject Leads (Secondary)"], "2025-06", "green"),
            ("1.2", "Require a SEND-focused directed task in the second placement, assessed against the ITTECF.",
             "Secondary Programme Director", "Jan 2025", "July 2025",
             "Directed task completed by all trainees.", None,
             ["Secondary Programme Director"], "2025-07", "unrated"),
        ]),
        ("AFI 2: Leaders should strengthen the quality assurance of school placements, so that they identify and address quickly any inconsistencies in the support that trainees receive.", [
            ("2.1", "Introduce termly link tutor quality-assurance visits to every placement school, with a RAG rating for mentor support.",
             "Director of ITE", "Sept 2024", "Dec 2024",
             "QA visit record for every school; concerns escalated within 5 days.", "B",
             ["Director of ITE"], "2024-12", "blue"),
            ("2.2", "Report placement QA findings to the ITE Partnership Strategic Board and agree support plans for schools rated amber or red.",
             "Director of ITE; Head of School of Education and Lifelong Learning", "Jan 2025", D(2025, 7, 31),
             "Board minutes; support plans in place.", "G",
             ["Director of ITE", "Head of School of Education and Lifelong Learning"], "2025-07", "green"),
        ]),
    ]),
]


def make_uea():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = UEA_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "University of East Anglia – School of Education and Lifelong Learning"
    cov["A2"].font = Font(bold=True, size=12)
    rows = [("Provider", "UEA ITE Partnership (PGCE Primary and Secondary)"),
            ("Ofsted inspection", "Initial teacher education inspection, 5–9 February 2024 (stage 1) and 10–14 June 2024 (stage 2)"),
            ("Plan owner", "Director of ITE"),
            ("Governance", "ITE Quality Committee (half-termly); ITE Partnership Strategic Board (termly)"),
            ("Last updated", "14/03/2025")]
    for i, (k, v) in enumerate(rows):
        cov.cell(4 + i, 1, k).font = Font(bold=True)
        cov.cell(4 + i, 2, v)
    cov["A11"] = "RAG key (colour in the RAG column)"
    cov["A11"].font = Font(bold=True)
    for i, (code, meaning) in enumerate([("G", "On track"), ("A", "Some delay – action in hand"),
                                         ("R", "Not on track – escalate to ITE Quality Committee"),
                                         ("B", "Completed and impact evidenced")]):
        cov.cell(12 + i, 1).fill = FILL[code]
        cov.cell(12 + i, 2, meaning)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = UEA_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Areas for improvement (AFIs) from the Ofsted ITE inspection report, published 18 July 2024"
    heads = ["Ref", "Action", "Lead(s)", "Start", "Deadline", "Evidence of impact", "RAG"]
    for i, h in enumerate(heads):
        c = ws.cell(4, 1 + i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.border = BOX
    r = 5
    for phase, afis in UEA:
        c = ws.cell(r, 1, phase)
        c.font = Font(bold=True, size=12, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="5B2C6F")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for afi, actions in afis:
            c = ws.cell(r, 1, afi)
            c.font = Font(bold=True)
            c.fill = FILL["grey"]
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, text, lead, start, deadline, evidence, rag, *_x in actions:
                vals = [ref, text, lead, start, deadline, evidence]
                for i, v in enumerate(vals):
                    c = ws.cell(r, 1 + i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                c = ws.cell(r, 7)
                c.border = BOX
                if rag:
                    c.fill = FILL[rag]
                r += 1
    for col, w in zip("ABCDEFG", [6, 60, 32, 11, 16, 45, 8]):
        ws.column_dimensions[col].width = w

    lg = wb.create_sheet("Monitoring log")
    for i, h in enumerate(["Date", "Meeting", "Summary"]):
        lg.cell(1, 1 + i, h).font = Font(bold=True)
    for j, row in enumerate([
        ("16/10/2024", "ITE Quality Committee", "Plan approved. Primary AFI 1 module reviews under way."),
        ("11/12/2024", "ITE Partnership Strategic Board", "First round of placement QA visits complete; 3 schools rated amber."),
        ("12/03/2025", "ITE Quality Committee", "Mentor training behind target – additional twilight sessions arranged."),
    ]):
        for i, v in enumerate(row):
            lg.cell(2 + j, 1 + i, v)
    lg.column_dimensions["B"].width = 32
    lg.column_dimensions["C"].width = 80
    wb.save(out(UEA_NAME))


# ===========================================================================
# 6. Barking & Dagenham College – Ofsted post-inspection action plan (csv)
# ===========================================================================
BDC_NAME = "zpm-barking-and-dagenham-college-ofsted-post-inspection-action-plan.csv"
BDC_TITLE = "Barking & Dagenham College – Post-Inspection Action Plan 2025/26"
BDC = [
    ("AFI 1", "Leaders and managers should ensure that apprentices receive timely and effective careers information, advice and guidance, so that they understand the full range of options available to them when they complete their apprenticeship.", [
        ("1.1", "Deliver a careers session to every apprentice cohort within the first 12 weeks of their programme, led by a Level 6 qualified careers adviser.",
         "Head of Careers & Employability", "31/12/2025", "Sessions delivered to 4 of 6 cohorts; remaining two booked for November.", "G",
         ["Head of Careers & Employability"], "2025-12", "green"),
        ("1.2", "Add a careers and progression discussion to each apprentice's 12-weekly progress review template.",
         "Head of Apprenticeships", "Oct-25", "Template updated on Smart Assessor and in use.", "Complete",
         ["Head of Apprenticeships"], "2025-10", "blue"),
    ]),
    ("AFI 2", "Teachers should ensure that learners on adult English for speakers of other languages (ESOL) courses receive precise feedback that helps them to improve their written work.", [
        ("2.1", "Introduce a standardised feedback code for written work across all ESOL levels and train all ESOL tutors in its use.",
         "Curriculum Manager – ESOL", "Nov 2025", "Code agreed; training on 22 October staff development day.", "A",
         ["Curriculum Manager – ESOL"], "2025-11", "amber"),
        ("2.2", "Carry out a work scrutiny on a sample of ESOL learners' written work and share the findings at the ESOL team meeting.",
         "Curriculum Manager – ESOL; Quality Improvement Manager", "Termly", "First scrutiny completed in September.", "G",
         ["Curriculum Manager – ESOL", "Quality Improvement Manager"], None, "green", "Termly"),
    ]),
    ("AFI 3", "Leaders should improve attendance on 16 to 19 study programmes, particularly in English and mathematics lessons.", [
        ("3.1", "Introduce same-day text and phone follow-up for every unexplained absence from English and maths lessons.",
         "Head of Student Services", "30/09/2025", "In place from enrolment week.", "Complete",
         ["Head of Student Services"], "2025-09", "blue"),
        ("3.2", "Set a 90% attendance target for English and maths classes and report attendance weekly to the Senior Leadership Team.",
         "Vice Principal Curriculum & Quality / Head of English & Maths", "31/01/2026", "Attendance at 84% (week 6), up from 79% last year.", "A",
         ["Vice Principal Curriculum & Quality", "Head of English & Maths"], "2026-01", "amber"),
        ("3.3", "Launch an attendance rewards scheme with the Students' Union.",
         "Student Engagement Officer", "February 2026", "", "",
         ["Student Engagement Officer"], "2026-02", "unrated"),
    ]),
    ("AFI 4", "Leaders should ensure that learners with high needs have clear, measurable targets that are linked to the outcomes in their education, health and care (EHC) plans.", [
        ("4.1", "Rewrite the individual learning plans of all learners with EHC plans, using SMART targets linked to EHC plan outcomes.",
         "Head of High Needs & Inclusion", "31/10/2025", "62 of 140 plans rewritten; delayed by late EHC plan transfers from the local authority.", "R",
         ["Head of High Needs & Inclusion"], "2025-10", "red"),
        ("4.2", "Audit a 20% sample of individual learning plans each half term.",
         "Quality Improvement Manager", "Half-termly", "First audit due November.", "G",
         ["Quality Improvement Manager"], None, "green", "Half-termly"),
    ]),
]


def csv_field(s):
    s = "" if s is None else str(s)
    if any(ch in s for ch in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def make_bdc():
    ncol = 7
    lines = []

    def row(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row(BDC_TITLE)
    row("Ofsted inspection 11–14 March 2025 (report published 23 April 2025)")
    row("Updated for Quality Improvement Committee: 17/09/2025")
    row()
    row("Ref", "What the provider needs to do to improve", "Action", "Lead", "Target date",
        "Progress update", "RAG")
    for label, afi, actions in BDC:
        row(label, afi)
        for ref, text, lead, date, prog, rag, *_x in actions:
            row(ref, "", text, lead, date, prog, rag)
    row()
    row("RAG key: Complete = action finished and impact evidenced; G = on track; A = some slippage; R = off track")
    row("Summary")
    row("Complete", "2")
    row("G", "3")
    row("A", "2")
    row("R", "1")
    row("Not yet rated", "1")
    row("Total actions", "9")
    with open(out(BDC_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ===========================================================================
# 7. Probation Service West Midlands region – HMIP dynamic inspection of
#    public protection action plan (tab-separated text export)
# ===========================================================================
WMP_NAME = "zpm-probation-service-west-midlands-region-hmip-public-protection-inspection-action-plan.txt"
WMP_TITLE = "West Midlands Region – Dynamic Inspection of Public Protection: Action Plan"
WMP = [
    ("1", "Improve the quality and consistency of management oversight in cases where the level of risk or the inexperience of the practitioner requires it.", [
        ("1a", "Introduce a regional management oversight standard setting minimum expectations for SPO oversight of high risk of serious harm cases and of cases held by PQiPs.",
         "Head of Public Protection", "31/03/2026", "G", "Draft standard agreed at Regional Leadership Team 12/02/2026.",
         ["Head of Public Protection"], "2026-03", "green", None),
        ("1b", "Deliver oversight workshops to all senior probation officers, using anonymised case examples from the inspection.",
         "Regional Learning and Development Lead", "Q1 2026/27", "A", "Venues booked; two of nine PDUs scheduled.",
         ["Regional Learning and Development Lead"], "2026-06", "amber", None),
        ("1c", "Add a management oversight compliance measure to the monthly PDU performance dashboard.",
         "Head of Performance and Quality; Heads of PDU", "April 2026", "C", "Measure live in the February dashboard.",
         ["Head of Performance and Quality", "Heads of PDU"], "2026-04", "blue", None),
    ]),
    ("2", "Ensure that practitioners request, and analyse, information from the police and children's social care services to inform assessments of risk of harm.", [
        ("2a", "Agree with West Midlands Police, West Mercia Police, Staffordshire Police and Warwickshire Police a standard turnaround time for domestic abuse information requests.",
         "Regional Partnerships Lead", "31 May 2026", "A", "Agreed with two of four forces.",
         ["Regional Partnerships Lead"], "2026-05", "amber", None),
        ("2b", "Issue practice guidance on recording and analysing safeguarding information in OASys, supported by team briefings in every PDU.",
         "Regional Head of Quality", "Ongoing", "G", "Guidance issued; briefings continuing.",
         ["Regional Head of Quality"], None, "green", "Ongoing"),
    ]),
    ("3", "Work with HMPPS to reduce the time newly recruited staff wait for vetting clearance, so that they can take up post and complete training promptly.", [
        ("3a", "Escalate regional vetting delays to the HMPPS Vetting Team through the monthly Workforce Board and track time to clearance for every new starter.",
         "Regional Workforce Lead", "Monthly", "R", "Average time to clearance still 14 weeks.",
         ["Regional Workforce Lead"], None, "red", "Monthly"),
    ]),
    ("4", "Strengthen the delivery of work to keep people safe, including home visits in domestic abuse and child safeguarding cases.", [
        ("4a", "Set a regional expectation for home visits in all cases with child safeguarding concerns and monitor delivery through quarterly case audits.",
         "Heads of PDU", "30/09/2026", "", "",
         ["Heads of PDU"], "2026-09", "unrated", None),
    ]),
]


def make_wmp():
    L = []
    L.append(WMP_TITLE)
    L.append("The Probation Service (HMPPS) – West Midlands region")
    L.append("Report published: January 2026\tAction plan agreed: 27 February 2026\tOwner: Regional Probation Director")
    L.append("RAG: R = off track\tA = at risk\tG = on track\tC = complete")
    L.append("")
    L.append("\t".join(["Rec", "Recommendation", "Action no.", "Action", "Action owner", "Target date",
                        "RAG", "Update"]))
    for num, rec, actions in WMP:
        for i, (ref, text, owner, date, rag, upd, *_x) in enumerate(actions):
            L.append("\t".join([num if i == 0 else "", rec if i == 0 else "", ref, text, owner, date, rag, upd]))
    L.append("")
    L.append("Total actions: 7\tComplete: 1\tGreen: 2\tAmber: 2\tRed: 1\tNot yet rated: 1")
    L.append("Notes: progress is reported to the Regional Leadership Team monthly and to HM Inspectorate of Probation at the six-month follow-up.")
    with open(out(WMP_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_isis()
    make_siams()
    make_mfrs()
    row = make_glos()
    make_uea()
    make_bdc()
    make_wmp()
    print("built seven files; Gloucestershire typo on Register row", row)
