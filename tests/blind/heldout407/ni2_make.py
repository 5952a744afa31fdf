#!/usr/bin/env python3
"""Build the seven ni2- blind test files (set heldout407).

Run with: /work/main/.venv/bin/python ni2_make.py
Writes the data files next to this script; the .expected.yaml files are
written by hand and are not touched here.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- styles
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAG_FILL = {
    "B": fill("0070C0"),
    "G": fill("00B050"),
    "A": fill("FFC000"),
    "R": fill("FF0000"),
}
GREY = fill("D9D9D9")
HEAD = fill("1F3864")
LILAC = fill("E4DFEC")


def header_row(ws, row, values, widths=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD
        c.alignment = CENTRE
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + i)].width = w


def boxed(ws, row, ncols):
    for col in range(1, ncols + 1):
        c = ws.cell(row=row, column=col)
        c.border = BOX
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = WRAP


# ===================================================================
# 1. Leeds City Council - Shared Lives - CQC inspection action plan
# ===================================================================
def leeds():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 36
    cov.column_dimensions["D"].width = 50
    cov["A1"] = "Leeds City Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Adults and Health – Provider Services"
    cov["A3"] = "Shared Lives Service: CQC Inspection Action Plan"
    cov["A3"].font = Font(bold=True, size=16, color="1F3864")
    info = [
        ("Location:", "Shared Lives Leeds (registered location 1-2881730455)"),
        ("Inspection:", "9 and 16 October 2024 (announced)"),
        ("Report published:", "13 December 2024"),
        ("Overall rating:", "Requires improvement"),
        ("Key questions:", "Safe – Requires improvement; Effective – Good; Caring – Good; "
                           "Responsive – Requires improvement; Well-led – Requires improvement"),
        ("Enforcement:", "Requirement notices – Regulation 12 (Safe care and treatment) and "
                         "Regulation 17 (Good governance)"),
    ]
    r = 5
    for k, v in info:
        cov.cell(row=r, column=1, value=k).font = BOLD
        cov.cell(row=r, column=2, value=v).alignment = WRAP
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Document control").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Change"], start=1):
        c = cov.cell(row=r, column=i, value=h)
        c.font = BOLD
        c.fill = GREY
        c.border = BOX
    versions = [
        ("0.1", D(2025, 1, 6), "Shared Lives Registered Manager", "First draft following factual accuracy check"),
        ("1.0", D(2025, 1, 20), "Head of Service, Provider Services", "Approved by Adults and Health DLT; returned to CQC"),
        ("1.1", D(2025, 2, 28), "Shared Lives Registered Manager", "February 2025 progress update"),
    ]
    for v in versions:
        r += 1
        for i, val in enumerate(v, start=1):
            c = cov.cell(row=r, column=i, value=val)
            c.border = BOX
            if isinstance(val, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    r += 2
    cov.cell(row=r, column=1, value="RAG key").font = Font(bold=True, size=12)
    key = [
        ("B", "Complete – action delivered and evidence held"),
        ("G", "On track to meet target date"),
        ("A", "At risk – some slippage, revised date agreed"),
        ("R", "Off track – escalated to Head of Service"),
        (None, "Not started"),
    ]
    for k, text in key:
        r += 1
        c = cov.cell(row=r, column=1)
        c.border = BOX
        if k:
            c.fill = RAG_FILL[k]
        cov.cell(row=r, column=2, value=text)

    ws = wb.create_sheet("Action Plan")
    widths = [7, 42, 52, 30, 13, 13, 48, 8]
    header_cols = ["Ref", "What CQC found", "Action", "Lead", "Target date",
                   "Revised date", "Progress update (February 2025)", "RAG"]
    ws["A1"] = "Shared Lives Service: CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress at 28 February 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    header_row(ws, 4, header_cols, widths)
    ws.freeze_panes = "A5"

    def section(row, text):
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        for col in range(1, 9):
            c = ws.cell(row=row, column=col)
            c.fill = LILAC
            c.font = Font(bold=True, size=12)
            c.border = BOX

    def finding(first, last, text):
        ws.cell(row=first, column=2, value=text)
        if last > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP

    def action(row, ref, text, lead, target, revised, update, rag):
        vals = [ref, None, text, lead, target, revised, update, None]
        for i, v in enumerate(vals, start=1):
            if i == 2:
                continue
            c = ws.cell(row=row, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
                c.alignment = Alignment(horizontal="center", vertical="top")
            else:
                c.alignment = WRAP
        if rag:
            ws.cell(row=row, column=8).fill = RAG_FILL[rag]
        boxed(ws, row, 8)

    section(5, "1. Is the service safe?")
    finding(6, 7, "Regulation 12 breach – Risks to people were not always assessed or managed "
                  "safely. Risk assessments for epilepsy and choking were missing or out of date "
                  "for some people.")
    action(6, "1.1",
           "Review every active placement to confirm an up-to-date risk assessment is in place "
           "for epilepsy, choking and medication, using the revised Shared Lives risk assessment "
           "template.",
           "Shared Lives Registered Manager", D(2025, 1, 31), None,
           "All 148 active placements reviewed. 23 risk assessments rewritten and signed off. "
           "Evidence held on the service SharePoint.", "B")
    action(7, "1.2",
           "Deliver refresher training on epilepsy awareness and dysphagia to all Shared Lives "
           "carers, with attendance recorded on the carer training matrix.",
           "Shared Lives Team Manager / Workforce Development Lead", D(2025, 3, 31), D(2025, 6, 30),
           "61% of carers trained.\nFurther sessions booked for April and May; date revised "
           "because of trainer availability.", "A")
    finding(8, 8, "Regulation 12 breach – Medicine administration records (MARs) were not "
                  "consistently completed by carers and were not audited by the service.")
    action(8, "1.3",
           "Introduce a monthly MAR audit, completed by Shared Lives Officers at support visits, "
           "with findings reported to the Registered Manager.",
           "Shared Lives Officers (SLOs)", D(2025, 2, 28), None,
           "Audit tool agreed with the medicines optimisation team. First round of audits "
           "under way.", "G")

    section(9, "2. Is the service effective?")
    finding(10, 10, "Recommendation – The provider should make sure mental capacity assessments "
                    "and best interests decisions are recorded where people's liberty is "
                    "restricted.")
    action(10, "2.1",
           "Audit all placements for restrictive practices and complete MCA assessments and best "
           "interests records where required; refer to the DoLS team where a Court of Protection "
           "application is needed.",
           "Principal Social Worker (Adults) and Shared Lives Registered Manager",
           D(2025, 4, 30), None,
           "Audit 70% complete. 9 placements identified as needing a Court of Protection "
           "application.", "G")

    section(11, "3. Is the service responsive?")
    finding(12, 12, "Support plans did not always reflect people's current needs, goals and "
                    "preferences.")
    action(12, "3.1",
           "Rewrite support plans in a person-centred format with the person and their carer at "
           "each annual review.",
           "SLOs", D(2025, 9, 30), None,
           "New template in use from January. 31 plans rewritten; capacity in the team is "
           "limited while two SLO posts are vacant.", "A")

    section(13, "4. Is the service well-led?")
    finding(14, 16, "Regulation 17 breach – Governance and quality assurance systems had not "
                    "identified the shortfalls found at this inspection.")
    action(14, "4.1",
           "Implement a quarterly quality assurance framework covering carer supervision, annual "
           "reviews, MARs and risk assessments, reported to the Head of Service.",
           "Head of Service, Provider Services", D(2025, 3, 31), None,
           "Framework approved at Provider Services SMT on 11 February 2025. First quarterly "
           "report due April.", "B")
    action(15, "4.2",
           "Establish a Shared Lives improvement board, chaired by the Chief Officer, Operational "
           "Delivery, meeting monthly until the service is re-inspected.",
           "Chief Officer, Operational Delivery", "Ongoing", None,
           "Board has met twice (January and February).", "G")
    action(16, "4.3",
           "Seek the views of people, carers and families through an annual survey and publish a "
           "'You said, we did' summary.",
           "Shared Lives Registered Manager", "Q2 2025/26", None,
           "Not started – survey to be designed with the Shared Lives carers' forum.", None)

    r = 18
    ws.cell(row=r, column=2, value="Summary of progress").font = Font(bold=True, size=12)
    counts = [("Total actions", 8), ("Complete", 2), ("On track", 3), ("At risk", 2),
              ("Off track", 0), ("Not started", 1)]
    for label, n in counts:
        r += 1
        ws.cell(row=r, column=2, value=label).border = BOX
        ws.cell(row=r, column=3, value=n).border = BOX
    r += 2
    ws.cell(row=r, column=1,
            value="Note: this plan responds to the requirement notices and the recommendation "
                  "in the CQC report. It is monitored monthly by the Shared Lives improvement "
                  "board.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(out("ni2-leeds-city-council-shared-lives-cqc-inspection-action-plan.xlsx"))


# ===================================================================
# 2. Leicestershire Police - HMICFRS vetting, misconduct and misogyny
#    recommendations tracker  (typo month -> refuse)
# ===================================================================
def leics_police():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    widths = [8, 55, 14, 26, 55, 12, 13, 50]
    ws["A1"] = "Leicestershire Police – Professional Standards Department"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("HMICFRS: An inspection of vetting, misconduct, and misogyny in the police "
                "service (published 2 November 2022)")
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Force recommendations tracker – update for the Ethics, Integrity and "
                "Complaints Committee, 18 July 2023")
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    header_row(ws, 5, ["Rec", "HMICFRS recommendation", "HMICFRS deadline", "Force lead",
                       "Action", "Target date", "Status", "Update"], widths)
    ws.freeze_panes = "A6"

    STATUS_FILL = {"Complete": RAG_FILL["B"], "On track": RAG_FILL["G"],
                   "At risk": RAG_FILL["A"], "Off track": RAG_FILL["R"]}

    row = [6]

    def rec(no, text, deadline):
        r = row[0]
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=text)
        ws.cell(row=r, column=3, value=deadline)
        for col in range(1, 9):
            c = ws.cell(row=r, column=col)
            c.fill = GREY
            c.font = BOLD
            c.border = BOX
            c.alignment = WRAP
        row[0] += 1

    def act(ref, lead, text, target, status, update):
        r = row[0]
        vals = [ref, None, None, lead, text, target, status, update]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        if status in STATUS_FILL:
            ws.cell(row=r, column=7).fill = STATUS_FILL[status]
        row[0] += 1
        return r

    rec("2", "Chief constables should make sure that force vetting units record a clear "
             "rationale for every vetting decision where adverse information has been "
             "identified.", "31 October 2023")
    act("2.1", "Head of Vetting",
        "Introduce a mandatory decision rationale template in the vetting system for all "
        "clearances where adverse information is found.", D(2023, 4, 30), "Complete",
        "Template live from 3 April 2023.")
    act("2.2", "Head of Vetting / Head of PSD",
        "Dip-sample 10% of clearances each month and report the findings to the Professional "
        "Standards Board.", D(2023, 9, 30), "On track",
        "Dip sampling started in May. First report to the Board in July.")
    rec("8", "Chief constables should make sure their forces have the capability to monitor "
             "the use of all force IT systems, to identify misuse and predatory behaviour.",
        "31 October 2023")
    act("8.1", "Head of Counter Corruption Unit",
        "Procure and implement IT monitoring software covering all force systems and mobile "
        "devices.", D(2024, 3, 31), "At risk",
        "Procurement delayed; regional framework now being used.")
    act("8.2", "Head of Counter Corruption Unit",
        "Recruit two additional analysts to the Counter Corruption Unit.", D(2023, 8, 31),
        "On track", "Interviews held 4 July.")
    rec("13", "Chief constables should make sure that allegations of sexual misconduct are "
              "assessed by an appropriate authority at a sufficiently senior level.",
        "30 April 2023")
    bad = act("13.1", "Deputy Chief Constable",
              "Delegate appropriate authority decisions for all sexual misconduct allegations "
              "to a Superintendent in PSD, with a monthly review by the DCC.",
              "0ct-23", "On track",
              "Delegation agreed at Chief Officer Team.")
    rec("22", "Chief constables should introduce a policy on the reporting of workplace "
              "relationships, setting out what officers and staff must declare.",
        "31 March 2023")
    act("22.1", "Head of People Services",
        "Publish the Workplace Relationships Policy and brief all supervisors.",
        D(2023, 3, 31), "Complete", "Published on the intranet 28 March 2023.")
    act("22.2", "Head of People Services / Staff Associations",
        "Run a staff survey on sexual harassment and misogyny and publish the results with "
        "an action plan.", D(2023, 12, 31), "On track", "Survey opens September 2023.")
    assert bad == 13, bad

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by status"
    sm["A1"].font = Font(bold=True, size=12)
    for i, (k, n) in enumerate([("Complete", 2), ("On track", 4), ("At risk", 1),
                                ("Off track", 0), ("Total actions", 7)], start=3):
        sm.cell(row=i, column=1, value=k).border = BOX
        sm.cell(row=i, column=2, value=n).border = BOX
    sm["A10"] = ("Recommendations shown are those directed to chief constables. National "
                 "recommendations (NPCC, College of Policing, Home Office) are tracked "
                 "separately.")
    sm.column_dimensions["A"].width = 40
    wb.save(out("ni2-leicestershire-police-hmicfrs-vetting-misconduct-misogyny-"
                "recommendations-tracker-typo-month-refuse.xlsx"))


# ===================================================================
# 3. West of England Combined Authority - Best Value Notice action plan
# ===================================================================
def weca():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm.column_dimensions["A"].width = 46
    for col in "BCDEF":
        sm.column_dimensions[col].width = 12
    sm["A1"] = "West of England Combined Authority"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = "Best Value Notice – Action Plan"
    sm["A2"].font = Font(bold=True, size=16)
    sm["A3"] = "Progress report to the Independent Improvement Panel – 30 September 2024"
    sm["A3"].font = Font(italic=True)
    heads = ["Theme", "Actions", "Complete", "On track", "At risk", "Off track"]
    for i, h in enumerate(heads, start=1):
        c = sm.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = GREY
        c.border = BOX
    data = [
        ("Theme 1: Reset of culture and relationships", 3, 1, 2, 0, 0),
        ("Theme 2: Constitution and governance", 3, 1, 1, 1, 0),
        ("Theme 3: Independent Improvement Panel", 2, 1, 1, 0, 0),
        ("Theme 4: Strategy and shared narrative", 2, 0, 0, 1, 1),
        ("Total", 10, 3, 4, 2, 1),
    ]
    for r, rowv in enumerate(data, start=6):
        for i, v in enumerate(rowv, start=1):
            c = sm.cell(row=r, column=i, value=v)
            c.border = BOX
            if rowv[0] == "Total":
                c.font = BOLD
    sm["A13"] = "RAG key"
    sm["A13"].font = BOLD
    for r, (k, text) in enumerate([("B", "Complete"), ("G", "On track"),
                                   ("A", "At risk of delay"),
                                   ("R", "Off track – not deliverable without intervention")],
                                  start=14):
        c = sm.cell(row=r, column=1, value=f"{k} – {text}")
        c.fill = RAG_FILL[k]
    sm["A19"] = ("The Best Value Notice was issued by DLUHC on 5 March 2024 and is in place "
                 "for 12 months.")
    sm["A20"] = "Overall assessment this period: Amber"

    ws = wb.create_sheet("Action Plan")
    widths = [7, 60, 34, 13, 13, 10, 10, 50]
    ws["A1"] = "Best Value Notice – Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "West of England Combined Authority | Position at 30 September 2024"
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Action", "Owner", "Original due date", "Revised due date",
                       "Previous RAG", "Current RAG", "Commentary"], widths)
    ws.freeze_panes = "A5"
    row = [5]

    def theme(text):
        r = row[0]
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for col in range(1, 9):
            c = ws.cell(row=r, column=col)
            c.fill = fill("DDEBF7")
            c.font = Font(bold=True, size=12, color="1F3864")
            c.border = BOX
        row[0] += 1

    def act(ref, text, owner, orig, rev, prev, cur, comment):
        r = row[0]
        vals = [ref, text, owner, orig, rev, prev, cur, comment]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
                c.alignment = Alignment(horizontal="center", vertical="top")
        for col, k in ((6, prev), (7, cur)):
            if k:
                ws.cell(row=r, column=col).fill = RAG_FILL[k]
                ws.cell(row=r, column=col).alignment = CENTRE
        row[0] += 1

    theme("Theme 1: Reset of culture and relationships")
    act("1.1", "Commission an independently facilitated leadership development programme for "
               "the Mayor and the three constituent council leaders.",
        "Interim Chief Executive", D(2024, 6, 30), D(2024, 9, 30), "A", "G",
        "Facilitator appointed through the LGA. Two sessions held; final session "
        "23 September.")
    act("1.2", "Agree and publish a joint statement of values and principles for how the Mayor "
               "and Leaders will work together.",
        "Interim Chief Executive", D(2024, 7, 31), None, "G", "B",
        "Statement agreed at the CA Committee on 19 July and published.")
    act("1.3", "Hold monthly informal Mayor and Leaders' meetings with a shared forward plan of "
               "decisions.",
        "Head of the Mayor's Office", "Monthly", None, "G", "G",
        "Meetings held in July, August and September.")
    theme("Theme 2: Constitution and governance")
    act("2.1", "Complete an independent review of the Constitution, including the scheme of "
               "delegation and decision-making at the CA Committee.",
        "Director of Legal & Democratic Services (Monitoring Officer)", D(2024, 9, 30),
        D(2024, 12, 31), "G", "A",
        "Review by external counsel under way. Revised date agreed with the Panel to allow "
        "consultation with constituent councils.")
    act("2.2", "Refresh the protocol for statutory officers so that the Monitoring Officer and "
               "s73 Officer are consulted on all decisions with a financial or legal "
               "implication.",
        "Monitoring Officer / s73 Officer", D(2024, 6, 30), None, "G", "B",
        "Protocol approved by Audit Committee in June.")
    act("2.3", "Deliver a member training programme on the roles and powers of a mayoral "
               "combined authority.",
        "Head of Democratic Services", D(2024, 11, 30), None, "G", "G",
        "Programme designed with the LGA; first session 14 October.")
    theme("Theme 3: Independent Improvement Panel")
    act("3.1", "Appoint an independent chair and members of the Independent Improvement Panel "
               "and agree its terms of reference.",
        "Interim Chief Executive", D(2024, 5, 31), None, "B", "B",
        "Panel in place; first meeting held 30 May 2024.")
    act("3.2", "Report Panel progress to DLUHC and to the CA Committee each quarter.",
        "Head of Policy", "Quarterly", None, "G", "G",
        "Second quarterly report submitted in September.")
    theme("Theme 4: Strategy and shared narrative")
    act("4.1", "Co-produce a West of England Strategic Plan with constituent councils, setting "
               "out shared priorities and the role of the Combined Authority.",
        "Strategy Director and Director of Economy & Skills", "Q4 2024/25", None, "A", "R",
        "Drafting paused pending agreement of priorities with constituent councils. "
        "Escalated to the Panel.")
    act("4.2", "Publish a shared narrative for the region, agreed with constituent councils, "
               "explaining what the Combined Authority does and how it works with the "
               "councils.",
        "Head of Communications", D(2024, 10, 31), D(2025, 1, 31), "G", "A",
        "Linked to 4.1; revised date reflects dependency.")

    cl = wb.create_sheet("Change log")
    cl["A1"] = "Date"
    cl["B1"] = "Change"
    cl["A1"].font = cl["B1"].font = BOLD
    cl.column_dimensions["A"].width = 12
    cl.column_dimensions["B"].width = 90
    changes = [
        (D(2024, 6, 28), "Action 1.1 revised due date agreed by the Panel (Jun-24 to Sep-24)."),
        (D(2024, 9, 27), "Action 2.1 revised due date agreed by the Panel (Sep-24 to Dec-24)."),
        (D(2024, 9, 27), "Action 4.2 revised due date agreed by the Panel (Oct-24 to Jan-25)."),
    ]
    for r, (d, t) in enumerate(changes, start=2):
        cl.cell(row=r, column=1, value=d).number_format = "dd/mm/yyyy"
        cl.cell(row=r, column=2, value=t)
    wb.save(out("ni2-west-of-england-ca-best-value-notice-action-plan.xlsx"))


# ===================================================================
# docx helpers
# ===================================================================
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return cell


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ===================================================================
# 4. Pembrokeshire County Council - Audit Wales Digital Strategy Review
#    organisational response (one table per recommendation)
# ===================================================================
def pembs():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Pembrokeshire County Council")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_heading("Digital Strategy Review – Organisational Response and Action Plan", 0)
    doc.add_paragraph("Report: Audit Wales, Digital Strategy Review – Pembrokeshire County "
                      "Council (issued October 2023)")
    doc.add_paragraph("Progress update for the Governance and Audit Committee, "
                      "22 January 2025")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comment"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for v in [("1.0", "14/12/2023", "Head of Digital and ICT",
               "Organisational response agreed by Corporate Management Team"),
              ("1.1", "18/07/2024", "Head of Digital and ICT", "Six-month progress update"),
              ("1.2", "08/01/2025", "Head of Digital and ICT", "Progress update for January 2025 "
                                                               "committee")]:
        cells = t.add_row().cells
        for c, val in zip(cells, v):
            set_cell(c, val)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Status key").bold = True
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    set_cell(k.rows[0].cells[0], "Status", bold=True)
    set_cell(k.rows[0].cells[1], "Meaning", bold=True)
    for status, meaning, colour in [
            ("Complete", "Blue – action delivered and evidenced", "9DC3E6"),
            ("On track", "Green – expected to be delivered by the completion date", "A9D08E"),
            ("At risk", "Amber – some slippage; may miss the completion date", "FFD966"),
            ("Off track", "Red – will miss the completion date; escalated to CMT", "FF7C80"),
            ("Not started", "Action not yet begun", "FFFFFF")]:
        cells = k.add_row().cells
        set_cell(cells[0], status)
        set_cell(cells[1], meaning)
        shade(cells[0], colour)

    recs = [
        ("Recommendation 1",
         "The Council should set out the short-, medium- and long-term outcomes it intends its "
         "digital strategy to achieve, and how it will measure progress towards them.",
         [("R1.1", "Develop an outcomes framework for the Digital Strategy 2024–2028, with "
                   "measures agreed by the Digital Transformation Board.",
           "Head of Digital and ICT", "July 2024", "Complete",
           "Framework approved by the Digital Transformation Board on 4 July 2024."),
          ("R1.2", "Report progress against the outcomes framework to Cabinet.",
           "Head of Digital and ICT", "Six-monthly", "On track",
           "First report to Cabinet December 2024.")]),
        ("Recommendation 2",
         "The Council should cost its digital ambitions and align them with its Medium Term "
         "Financial Plan.",
         [("R2.1", "Prepare a costed digital investment plan covering 2024/25 to 2027/28 and "
                   "reflect it in the Medium Term Financial Plan.",
           "Director of Resources / Head of Digital and ICT", "February 2025", "On track",
           "Draft investment plan considered at budget seminar, 9 January 2025."),
          ("R2.2", "Introduce post-implementation benefit reviews for all digital projects "
                   "over £100,000.",
           "Programme Manager, Transformation", "31 March 2025", "Not started",
           "Template drafted; to be piloted on the new housing management system.")]),
        ("Recommendation 3",
         "The Council should involve residents and partners in shaping its digital services, "
         "including people who are digitally excluded.",
         [("R3.1", "Run a resident digital inclusion survey in partnership with Digital "
                   "Communities Wales.",
           "Digital Inclusion Officer", "June 2024", "Complete",
           "1,214 responses. Results reported to Policy and Pre-Decision Overview and "
           "Scrutiny Committee in September 2024."),
          ("R3.2", "Set up a digital inclusion partnership group with PAVS, Pembrokeshire Coast "
                   "National Park Authority and Hywel Dda University Health Board.",
           "Digital Inclusion Officer", "Sept 2024 – Mar 2025", "At risk",
           "Two meetings held. Terms of reference not yet agreed by all partners."),
          ("R3.3", "Publish a plain-language summary of the Digital Strategy in English and "
                   "Welsh, with an easy-read version.",
           "Head of Communications", "October 2024", "Complete",
           "Published on the Council website 21 October 2024.")]),
    ]
    for head, text, actions in recs:
        doc.add_heading(head, 2)
        para = doc.add_paragraph()
        para.add_run(text).italic = True
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for c, h in zip(tbl.rows[0].cells, ["Ref", "Action", "Responsible officer",
                                             "Completion date", "Status",
                                             "Progress (January 2025)"]):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        for a in actions:
            cells = tbl.add_row().cells
            for c, val in zip(cells, a):
                set_cell(c, val)
        doc.add_paragraph()

    doc.add_heading("Sign-off", 2)
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for rr, (a, b) in enumerate([("Approved by", "Corporate Management Team"),
                                 ("Date", "10 January 2025"),
                                 ("Next update", "Governance and Audit Committee, July 2025")]):
        set_cell(s.rows[rr].cells[0], a, bold=True)
        set_cell(s.rows[rr].cells[1], b)
    doc.save(out("ni2-pembrokeshire-county-council-audit-wales-digital-strategy-review-"
                 "organisational-response.docx"))


# ===================================================================
# 5. Isle of Anglesey County Council - in-house domiciliary support
#    service - CIW inspection improvement plan (one table, theme rows)
# ===================================================================
def anglesey():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Isle of Anglesey County Council / Cyngor Sir Ynys Môn")
    r.bold = True
    doc.add_heading("Domiciliary Support Service – CIW Inspection Improvement Plan", 1)
    for line in [
        "Service: In-house Home Care Service (Gwasanaeth Gofal Cartref), Adults' Services",
        "Inspection: 3 and 4 September 2024 (full inspection). Report published: "
        "22 October 2024.",
        "Priority action notices: none. Areas for improvement: 4.",
        "Plan updated: 6 January 2025",
    ]:
        doc.add_paragraph(line)
    doc.add_paragraph("RAG:  B = complete   G = on track   A = some slippage   "
                      "R = not on track")

    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "By when", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "BFBFBF")

    def band(text, colour, bold=True, italic=False):
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        set_cell(m, text, bold=bold, italic=italic)
        shade(m, colour)

    RAGC = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def act(no, text, lead, when, rag):
        cells = t.add_row().cells
        for c, v in zip(cells, [no, text, lead, when, rag]):
            set_cell(c, v)
        shade(cells[4], RAGC[rag])

    band("Care and Support", "D9E1F2")
    band("Area for improvement – Regulation 16: Personal plans had not always been reviewed at "
         "least every three months, and reviews did not always involve the individual or their "
         "representative.", "F2F2F2", bold=False, italic=True)
    act("1", "Set up a review schedule in WCCIS that flags each personal plan when its "
             "three-monthly review is due.",
        "Domiciliary Care Manager", "30/11/2024", "B")
    act("2", "Care Co-ordinators to complete all overdue reviews with individuals and, where "
             "appropriate, their families, recording their views in the plan.",
        "Care Co-ordinators", "31/12/2024", "A")
    band("Area for improvement – Regulation 21: Care workers did not always have enough time "
         "between calls, which led to late and shortened visits.", "F2F2F2",
         bold=False, italic=True)
    act("3", "Review rotas in the Seiriol and Cybi patches to build travel time between calls.",
        "Domiciliary Care Manager / Rota Co-ordinator", "End of January 2025", "G")
    band("Leadership and Management", "D9E1F2")
    band("Area for improvement – Regulation 36: Not all care staff had received supervision at "
         "least every three months.", "F2F2F2", bold=False, italic=True)
    act("4", "Agree a supervision matrix for all care staff and monitor compliance monthly at "
             "the Adults' Services Quality Board.",
        "Service Manager – Provider Services", "Oct 2024", "B")
    act("5", "Recruit two additional senior care workers to increase supervision capacity.",
        "Service Manager – Provider Services", "March 2025", "A")
    band("Area for improvement – Regulation 80: The Responsible Individual's six-monthly "
         "quality of care review did not include feedback from people using the service.",
         "F2F2F2", bold=False, italic=True)
    act("6", "Include feedback from people, families and staff in the quality of care review, "
             "using telephone surveys and visits by the Responsible Individual.",
        "Responsible Individual (Head of Adults' Services)", "April 2025", "G")

    doc.add_paragraph()
    doc.add_paragraph("Next review of this plan: Adults' Services Quality Board, "
                      "3 February 2025.")
    doc.save(out("ni2-isle-of-anglesey-cc-domiciliary-support-service-ciw-inspection-"
                 "improvement-plan.docx"))


# ===================================================================
# 6. Northumbria Police and OPCC - internal audit recommendations
#    tracker (CSV export for the Joint Independent Audit Committee)
# ===================================================================
def northumbria():
    rows = [
        ["Northumbria Police and Office of the Police and Crime Commissioner – Internal Audit "
         "Recommendations Tracker"],
        ["Joint Independent Audit Committee – 25 November 2024"],
        ["Position as at 31 October 2024"],
        [],
        ["Audit", "Assurance", "Rec No", "Priority", "Recommendation", "Agreed action",
         "Responsible officer", "Original date", "Revised date", "Status", "RAG",
         "Latest update"],
        ["Payroll 2023/24", "Reasonable", "1", "Medium",
         "Starters and leavers forms should be authorised before changes are processed in the "
         "payroll system.",
         "Introduce an electronic starter/leaver form in the HR system with mandatory line "
         "manager authorisation before payroll processing.",
         "Head of People Services / Payroll Manager", "31/03/2024", "30/09/2024", "Complete",
         "B", "Form live from 2 September 2024. Recommend closure."],
        ["Payroll 2023/24", "Reasonable", "2", "Low",
         "Overtime claims over 40 hours a month should be independently reviewed.",
         "Produce a monthly exception report of overtime claims over 40 hours, reviewed by the "
         "Resource Management Unit and reported to Chief Officer Team.",
         "Payroll Manager", "30/06/2024", "", "In progress", "G",
         "Report built; first review at COT in November."],
        ["Vetting 2023/24", "Limited", "1", "High",
         "Renewal vetting should be completed before clearances lapse.",
         "Clear the backlog of lapsed renewal vetting clearances, prioritising officers and "
         "staff in posts with access to vulnerable people.",
         "Force Vetting Manager", "31/03/2024", "31/12/2024", "Revised date agreed", "A",
         "Backlog reduced from 412 to 96. Two temporary vetting officers in post until "
         "December."],
        ["Vetting 2023/24", "Limited", "2", "High",
         "Vetting decisions should record the rationale where adverse information is found.",
         "1) Adopt the national vetting decision-making template.\n2) Quality-assure 10% of "
         "decisions each month.",
         "Force Vetting Manager", "30/06/2024", "", "Complete", "B",
         "Template in use; quality assurance results reported to the Professional Standards "
         "Board."],
        ["Fleet Management 2024/25", "Reasonable", "1", "Medium",
         "Vehicle defect reports should be logged and tracked to completion.",
         "Configure the Tranman fleet system to log all driver defect reports and produce a "
         "weekly outstanding defects report.",
         "Head of Transport", "31/12/2024", "", "In progress", "G",
         "Configuration complete; testing with workshop staff."],
        ["OPCC Commissioning and Grants 2024/25", "Substantial", "1", "Low",
         "Grant agreements should require recipients to return monitoring information within "
         "a set timescale.",
         "Update the grant agreement template to require quarterly monitoring returns within "
         "20 working days of quarter end.",
         "OPCC Commissioning Manager", "28/02/2025", "", "Not started", "",
         "To be included in the 2025/26 grant round."],
        ["Records Retention 2023/24", "Limited", "1", "High",
         "A retention schedule should be applied to all force information systems.",
         "Review retention and disposal settings for Niche RMS and apply the national MoPI "
         "retention rules.",
         "Information Management Lead; Head of Digital Policing", "31/05/2024", "31/03/2025",
         "Revised date agreed", "A",
         "Supplier change needed to Niche; scheduled for February 2025 release."],
        ["Records Retention 2023/24", "Limited", "2", "Medium",
         "Information asset owners should complete annual assurance returns.",
         "Issue the annual information asset owner assurance return and report completion "
         "rates to the Force Information Assurance Board.",
         "Information Management Lead", "31/10/2024", "", "Overdue", "R",
         "Returns issued late (October). 11 of 27 received."],
        ["Treasury Management 2024/25", "Substantial", "1", "Low",
         "Treasury management practices should reflect the current counterparty list.",
         "Update the treasury management practices (TMPs) to reflect the current investment "
         "counterparty list.",
         "Chief Finance Officer (OPCC)", "31/01/2025", "", "Not yet due", "G",
         "Draft TMPs with the treasury advisers for review."],
        [],
        ["Summary: 9 actions reported – 2 complete (to be closed), 2 in progress, 1 not yet "
         "due, 1 not started, 2 revised date agreed, 1 overdue."],
        ["Priority key: High – fundamental control weakness; Medium – significant control "
         "weakness; Low – minor improvement."],
    ]
    with open(out("ni2-northumbria-police-and-opcc-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


# ===================================================================
# 7. Stoke-on-Trent City Council - RSH consumer standards housing
#    improvement plan (tab-separated text export)
# ===================================================================
def stoke():
    N = 6  # columns: Ref, Action, Lead officer, Target date, RAG, Progress update

    def line(*cells):
        cells = list(cells) + [""] * (N - len(cells))
        return "\t".join(cells)

    lines = [
        "Stoke-on-Trent City Council – Housing Improvement Plan (Consumer Standards)",
        "Response to the Regulator of Social Housing regulatory judgement (C3), published "
        "March 2025",
        "Progress reported to the Housing Improvement Board – 30 September 2025",
        "",
        line("Ref", "Action", "Lead officer", "Target date", "RAG", "Progress update"),
        line("1. Safety and Quality Standard"),
        line("Regulator finding: Stock condition data was incomplete – surveys were more than "
             "five years old for around 40% of homes."),
        line("1.1", "Complete stock condition surveys of all homes through a rolling "
                    "programme, prioritising homes with no survey since 2019.",
             "Head of Asset Management", "Mar-2026", "A",
             "9,870 of 18,200 homes surveyed. Second surveying contractor starts October."),
        line("1.2", "Load survey data into the asset management system and report decency "
                    "levels to the Housing Improvement Board.",
             "Asset Data Manager", "Monthly", "G", "Monthly report in place from July."),
        line("Regulator finding: Over 1,900 fire risk assessment remedial actions were "
             "overdue, including some high-risk actions."),
        line("1.3", "Clear all overdue high-risk fire safety actions and put a weekly tracker "
                    "in place for medium and low risk actions.",
             "Building Safety Manager", "31/08/2025", "B",
             "All 214 high-risk actions closed 22 August. Weekly tracker live."),
        line("1.4", "Complete outstanding electrical installation condition reports (EICRs) so "
                    "that every home has a certificate less than five years old.",
             "Compliance Manager (Electrical)", "Dec-2025", "R",
             "1,350 EICRs outstanding; no-access cases increasing. Legal route being used."),
        line("2. Transparency, Influence and Accountability Standard"),
        line("Regulator finding: Tenants were not given meaningful opportunities to scrutinise "
             "the council's performance as a landlord."),
        line("2.1", "Set up a Tenant Scrutiny Panel with an independent chair and a published "
                    "work programme.",
             "Tenant Engagement Manager", "Oct-2025", "G",
             "Nine tenants recruited; independent chair appointed."),
        line("2.2", "Publish Tenant Satisfaction Measures and complaints performance on the "
                    "council website each quarter.",
             "Head of Housing Performance; Tenant Engagement Manager", "Quarterly", "G",
             "Q1 2025/26 results published 15 August."),
        line("Regulator finding: Complaints were not always handled in line with the Housing "
             "Ombudsman's Complaint Handling Code."),
        line("2.3", "Retrain all housing staff on the Complaint Handling Code and audit 20 "
                    "complaint files each month.",
             "Customer Feedback Manager", "Sep-2025", "A",
             "82% of staff trained. File audits started in August."),
        line("3. Neighbourhood and Community Standard"),
        line("3.1", "Carry out estate inspections with tenants on every estate at least twice "
                    "a year.",
             "Neighbourhood Housing Manager", "Jan-2026", "",
             "Not started – programme being drawn up with the Tenant Scrutiny Panel."),
        "",
        "RAG key: B = complete; G = on track; A = at risk; R = off track; blank = not started",
        "Total actions: 8",
    ]
    with open(out("ni2-stoke-on-trent-city-council-rsh-consumer-standards-housing-"
                  "improvement-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    leeds()
    leics_police()
    weca()
    pembs()
    anglesey()
    northumbria()
    stoke()
    print("built 7 files in", HERE)
