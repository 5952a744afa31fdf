"""Build the seven zus- blind test files (set heldout664).

Run with: /work/main/.venv/bin/python zus_make.py
Writes only files whose names start with "zus-" in this script's folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zus-")
    return os.path.join(HERE, name)


FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "head": PatternFill("solid", fgColor="DDEBF7"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header_row(ws, row, values, fill=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF" if fill is FILL["navy"] else "000000")
        c.fill = fill or FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. HMP Garth - HMIP inspection action plan (xlsx, HMPPS template)
# ---------------------------------------------------------------------------
def make_garth():
    wb = Workbook()
    intro = wb.active
    intro.title = "Introduction"
    intro["A1"] = "Action Plan: HMP Garth"
    intro["A1"].font = Font(bold=True, size=14)
    intro["A3"] = (
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the "
        "conditions for and treatment of prisoners. In response to the report, HMPPS is required to draft a "
        "robust and timely action plan to address the concerns raised. The action plan confirms whether each "
        "concern is agreed, partly agreed or not agreed (see categorisations below). Where a concern is agreed "
        "or partly agreed, the plan sets out specific actions, with the owner and timescale of each clearly "
        "identified."
    )
    intro.merge_cells("A3:C3")
    intro["A3"].alignment = WRAP
    intro.row_dimensions[3].height = 90
    header_row(intro, 5, ["Term", "Definition", "Additional comment"])
    cats = [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed, with SMART actions."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable and affordable.",
         "The response must state clearly which part will be addressed and why the rest cannot be."),
        ("Not Agreed", "The concern is not agreed with and will not be addressed.",
         "The response must clearly state the reasons for not agreeing."),
    ]
    for i, row in enumerate(cats, start=6):
        for j, v in enumerate(row, start=1):
            intro.cell(row=i, column=j, value=v)
    box(intro, 6, 8, 1, 3)
    intro.column_dimensions["A"].width = 16
    intro.column_dimensions["B"].width = 60
    intro.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Action Plan: HMP Garth"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Action Plan Submitted: 05 November 2024"
    ws["A3"] = "A Response to the HMIP Inspection: 3 – 13 June 2024"
    ws["A4"] = "Report Published: 24 September 2024"
    ws["A5"] = "Progress position as at: 31 January 2025"
    for r in range(2, 6):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    header_row(ws, 7, [
        "No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Response", "Ref", "Action",
        "Responsible Owner", "Target Date", "Revised Target Date", "Progress update", "RAG",
    ], fill=FILL["navy"])

    D = dt.datetime
    concerns = [
        ("section", "Priority concerns"),
        ("concern", 1,
         "Illicit drugs were too readily available. The positive random mandatory drug testing rate was very "
         "high at 38%.",
         "Agreed",
         "Reducing the supply of drugs is the establishment's highest priority and is governed through the "
         "monthly Security and Drug Strategy meeting.",
         [
             ("1.1",
              "Deliver the establishment drug strategy action plan, including enhanced gate security and weekly "
              "intelligence-led target searches of the highest-risk wings.",
              "Head of Security", D(2025, 3, 31), None,
              "Gate searching enhanced from September 2024. Target searches running weekly; MDT rate 29% in "
              "December.", "Amber", "amber"),
             ("1.2",
              "Install a body scanner at reception and introduce routine scanning of all new arrivals and "
              "returns from court.",
              "Head of Operations", D(2024, 12, 31), None,
              "Scanner installed and in use since 18 November 2024.", "Complete", "blue"),
         ]),
        ("concern", 2,
         "Too many prisoners were locked in their cells during the working day. During our roll checks, 47% "
         "were locked up.",
         "Partly Agreed",
         "Regime delivery is constrained by staffing levels. We will increase time out of cell within current "
         "resources and keep the regime under review as recruitment improves.",
         [
             ("2.1",
              "Review the regime to increase time out of cell, prioritising association and outdoor exercise on "
              "the residential units.",
              "Deputy Governor", "June 2025", None,
              "Regime review under way; draft options to SMT in February.", "Amber", "amber"),
             ("2.2",
              "Fill all vacant activity places and monitor daily attendance through the Activities Hub.",
              "Head of Reducing Reoffending / Head of Education, Skills and Work", D(2025, 2, 28), D(2025, 5, 31),
              "Allocation 71% against target of 90%. Two tutor vacancies with the education provider.",
              "Red", "red"),
         ]),
        ("section", "Key concerns"),
        ("concern", 3,
         "Use of force had increased, and body-worn video cameras were not drawn in too many incidents.",
         "Agreed",
         "Governance of use of force has been strengthened and is reviewed at the monthly Safety meeting.",
         [
             ("3.1",
              "Use of Force Committee to review all incidents involving batons or PAVA within 72 hours and "
              "quality assure 10% of footage each month.",
              "Head of Safety", "Ongoing", None,
              "Reviews completed for all incidents since August 2024.", None, "green"),
             ("3.2",
              "Refresh body-worn video training for all Band 3–5 officers.",
              "Training Manager", D(2025, 1, 31), None,
              "All officers trained (236/236).", "Complete", "blue"),
         ]),
        ("concern", 4,
         "Many prisoners could not progress because sentence planning and key work were not being delivered.",
         "Agreed",
         "Staffing in the Offender Management Unit is being restored and key work is being reinstated in "
         "stages.",
         [
             ("4.1",
              "Recruit to vacant prison offender manager posts and clear the backlog of OASys assessments.",
              "Head of Offender Management Delivery", D(2025, 1, 31), D(2025, 4, 30),
              "Three of four posts filled; backlog reduced from 212 to 96.", "Amber", "amber"),
             ("4.2",
              "Reinstate weekly key work sessions for all prisoners assessed as high risk of harm.",
              "Head of Residence and Safer Custody", D(2025, 3, 31), None,
              "Key work delivery at 78% for the high-risk cohort.", "Green", "green"),
         ]),
        ("concern", 5,
         "Prisoners from minority ethnic backgrounds reported more negative experiences, and equality "
         "monitoring did not lead to action.",
         "Agreed",
         "Equality data will be analysed with prisoner representatives and findings acted upon.",
         [
             ("5.1",
              "Hold quarterly consultation forums for each protected characteristic, with outcomes reported to "
              "the Diversity and Inclusion meeting.",
              "Equalities Lead", "Quarterly", None,
              "Forums held in October and January; actions tracked at DIAT.", "Green", "green"),
         ]),
    ]

    r = 8
    for item in concerns:
        if item[0] == "section":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for col in range(1, 12):
                ws.cell(row=r, column=col).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            r += 1
            continue
        _, no, text, agreed, response, actions = item
        first = r
        for (ref, action, owner, target, revised, progress, rag_text, rag_fill) in actions:
            ws.cell(row=r, column=5, value=ref)
            ws.cell(row=r, column=6, value=action)
            ws.cell(row=r, column=7, value=owner)
            for col, val in ((8, target), (9, revised)):
                c = ws.cell(row=r, column=col, value=val)
                if isinstance(val, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=10, value=progress)
            rc = ws.cell(row=r, column=11, value=rag_text)
            rc.fill = FILL[rag_fill]
            r += 1
        last = r - 1
        ws.cell(row=first, column=1, value=no)
        ws.cell(row=first, column=2, value=text)
        ws.cell(row=first, column=3, value=agreed)
        ws.cell(row=first, column=4, value=response)
        if last > first:
            for col in (1, 2, 3, 4):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        box(ws, first, last, 1, 11)
    r += 1
    ws.cell(row=r, column=1,
            value="RAG key: Blue – complete; Green – on track; Amber – at risk of slipping; Red – off track / "
                  "overdue")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths = [6, 38, 14, 36, 6, 48, 26, 13, 13, 36, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A8"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "HMP Garth – HMIP action plan summary (31 January 2025)"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 3, ["RAG", "Number of actions"])
    for i, (k, n) in enumerate([("Complete", 2), ("Green", 3), ("Amber", 3), ("Red", 1), ("Total", 9)], start=4):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=n)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 20
    wb.active = 1
    wb.save(out("zus-hmp-garth-hmip-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. County Durham and Darlington FRS - HMICFRS AFI tracker (xlsx, sheet per pillar)
# ---------------------------------------------------------------------------
def make_cddfrs():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "County Durham and Darlington Fire and Rescue Service – HMICFRS Areas for Improvement Tracker 2023–25"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Position as at 31 January 2025 – reported to the Audit and Risk Committee, 18 February 2025"
    header_row(sm, 4, ["Pillar", "AFIs", "Actions", "Blue", "Green", "Amber", "Red"])
    rows = [
        ("Effectiveness", 2, 3, 1, 1, 1, 0),
        ("Efficiency", 1, 1, 0, 0, 1, 0),
        ("People", 2, 3, 0, 2, 1, 0),
    ]
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row, start=1):
            sm.cell(row=i, column=j, value=v)
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for j, col in enumerate("BCDEFG", start=2):
        sm.cell(row=8, column=j, value=f"=SUM({col}5:{col}7)").font = Font(bold=True)
    box(sm, 5, 8, 1, 7)
    sm["A10"] = "RAG key"
    sm["A10"].font = Font(bold=True)
    key = [("B", "Complete – evidence of completion provided", "blue"),
           ("G", "On track to complete by the due date", "green"),
           ("A", "At risk – some slippage or dependencies", "amber"),
           ("R", "Off track – will not complete by the due date", "red")]
    for i, (k, d, f) in enumerate(key, start=11):
        c = sm.cell(row=i, column=1, value=k)
        c.fill = FILL[f]
        sm.cell(row=i, column=2, value=d)
        sm.merge_cells(start_row=i, start_column=2, end_row=i, end_column=7)
    sm.column_dimensions["A"].width = 16

    pillars = [
        ("Effectiveness", [
            ("E1",
             "The service should make sure its firefighters have good access to relevant and up-to-date "
             "site-specific risk information.",
             [
                 ("E1.1",
                  "Complete a review of all overdue site-specific risk information (SSRI) visits and schedule "
                  "revisits according to risk level.",
                  "GM Operational Risk", dt.datetime(2024, 9, 30), dt.datetime(2024, 12, 31), "A", "B",
                  "All 143 overdue premises revisited; revisit schedule live in the premises database."),
                 ("E1.2",
                  "Roll out the mobile data terminal software update so that SSRI is available on all "
                  "front-line appliances.",
                  "Head of ICT", dt.datetime(2025, 3, 31), None, "G", "G",
                  "Update installed on 22 of 28 appliances."),
             ]),
            ("E2",
             "The service should make sure it quality assures its prevention activity, so staff carry out safe "
             "and wellbeing visits to an appropriate standard.",
             [
                 ("E2.1",
                  "Introduce a quality assurance framework for Safe and Wellbeing Visits, sampling 5% of visits "
                  "each quarter.",
                  "Prevention Manager", "Jan-25", None, "G", "A",
                  "Framework drafted; first sample delayed to March due to Community Safety staffing."),
             ]),
        ]),
        ("Efficiency", [
            ("EF1",
             "The service should make sure it has a robust process for evaluating the benefits of its "
             "collaboration activity.",
             [
                 ("EF1.1",
                  "Develop a collaboration benefits register and report outcomes to the Performance Board twice "
                  "a year.",
                  "Strategic Planning Manager / Head of Finance", dt.datetime(2025, 5, 31), None, "A", "A",
                  "Register template agreed; partners asked for baseline data."),
             ]),
        ]),
        ("People", [
            ("P1",
             "The service should make sure all staff understand the benefits of equality, diversity and "
             "inclusion and their role in promoting it.",
             [
                 ("P1.1",
                  "Deliver EDI awareness training to all watch and station managers.",
                  "Head of People", dt.datetime(2024, 10, 31), dt.datetime(2025, 2, 28), "R", "A",
                  "86% of managers trained; final sessions booked for February."),
                 ("P1.2",
                  "Launch staff networks for women, LGBT+ and neurodivergent colleagues, each with an executive "
                  "sponsor.",
                  "AM C. Reid / GM S. Khan", "Ongoing", None, "G", "G",
                  "Women's and LGBT+ networks launched; neurodiversity network meets in March."),
             ]),
            ("P2",
             "The service should improve how it identifies and develops high-potential staff and aspiring "
             "leaders.",
             [
                 ("P2.1",
                  "Embed the NFCC leadership framework in the promotion process for supervisory and middle "
                  "managers.",
                  "AM Corporate Services", "Q4 2024/25", None, "A", "G",
                  "Framework used in the January crew manager process."),
             ]),
        ]),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for pillar, afis in pillars:
        ws = wb.create_sheet(pillar)
        ws["A1"] = pillar
        ws["A1"].font = Font(bold=True, size=14)
        header_row(ws, 3, ["AFI Ref", "Area for Improvement", "Action Ref", "Action", "Owner", "Original Due",
                           "Revised Due", "Previous RAG", "Current RAG", "Update"], fill=FILL["navy"])
        r = 4
        for afi_ref, afi_text, actions in afis:
            first = r
            for ref, text, owner, due, rev, prev, cur, upd in actions:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=owner)
                for col, val in ((6, due), (7, rev)):
                    c = ws.cell(row=r, column=col, value=val)
                    if isinstance(val, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, val in ((8, prev), (9, cur)):
                    c = ws.cell(row=r, column=col, value=val)
                    c.fill = FILL[rag_fill[val]]
                    c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=10, value=upd)
                r += 1
            ws.cell(row=first, column=1, value=afi_ref)
            ws.cell(row=first, column=2, value=afi_text)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            box(ws, first, r - 1, 1, 10)
        for i, w in enumerate([8, 40, 9, 46, 24, 12, 12, 10, 10, 40]):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.freeze_panes = "A4"
    wb.save(out("zus-county-durham-and-darlington-fire-rescue-service-hmicfrs-afi-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Avon and Somerset Police - NCPI action plan, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_avon():
    wb = Workbook()
    ws = wb.active
    ws.title = "NCPI Action Plan"
    ws["A1"] = "Avon and Somerset Police"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "HMICFRS National Child Protection Inspection – Force Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection report published: 9 July 2024 | Strategic lead: ACC Local Policing and Vulnerability | "
                "Version 1.4 (updated 20/01/2025)")
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    header_row(ws, 5, ["Rec No.", "Recommendation", "Action No.", "Action", "Action Owner", "Due Date", "Status",
                       "Progress update"], fill=FILL["navy"])
    D = dt.datetime
    recs = [
        ("1",
         "Within three months, the force should improve how it records the voice of the child, so that "
         "children's views, wishes and feelings inform decisions in all child protection investigations.",
         [
             ("1.1",
              "Issue a voice of the child briefing to all investigators and add a mandatory field to the Niche "
              "investigation template.",
              "DCI Public Protection", D(2024, 10, 31), "Complete",
              "Briefing issued 2 September; Niche change live 14 October."),
             ("1.2",
              "Dip-sample 30 child protection investigations each month and report compliance to the "
              "Vulnerability Board.",
              "Head of Public Protection / Force Audit Team", "Monthly", "On track",
              "Compliance 64% (Oct), 71% (Nov), 78% (Dec)."),
         ]),
        ("2",
         "Within six months, the force should make sure that children who go missing from home are offered a "
         "return home interview and that the information is used to reduce risk.",
         [
             ("2.1",
              "Agree a joint protocol with the five local authorities for sharing return home interview "
              "outcomes.",
              "Supt Partnerships", D(2025, 1, 31), "On track",
              "Protocol agreed by four authorities; final sign-off due at the January safeguarding executive."),
             ("2.2",
              "Train Missing Persons Coordinators to link repeat missing episodes to exploitation risk "
              "assessments.",
              "Missing Persons Coordinator", D(2025, 3, 31), "Not started", ""),
         ]),
        ("3",
         "Within six months, the force should improve the quality and timeliness of its referrals to children's "
         "social care.",
         [
             ("3.1",
              "Review the Public Protection Notice (PPN) triage process in the Lighthouse Safeguarding Unit and "
              "remove the backlog.",
              "T/Supt Safeguarding", D(2024, 12, 31), "Complete",
              "Backlog cleared 6 December; triage within 24 hours."),
             ("3.2",
              "Introduce supervisor quality assurance of PPNs before they are submitted.",
              "Sgt Lighthouse Safeguarding Unit", "28 Febuary 2025", "On track",
              "QA checklist drafted and piloted on two response teams."),
         ]),
        ("4",
         "Within 12 months, the force should make sure that all officers and staff who deal with child "
         "protection cases have the training they need.",
         [
             ("4.1",
              "Roll out the Child-Centred Policing training package to all response and neighbourhood officers.",
              "Head of Learning and Development", D(2025, 6, 30), "On track", "1,142 of 2,310 officers trained."),
             ("4.2",
              "Record completion on the force learning system and report uptake to the Vulnerability Board each "
              "quarter.",
              "L&D Manager", "Quarterly", "At risk",
              "System reporting fault logged with the supplier."),
         ]),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    r = 6
    for no, text, actions in recs:
        first = r
        for ref, action, owner, due, status, upd in actions:
            ws.cell(row=r, column=3, value=ref)
            ws.cell(row=r, column=4, value=action)
            ws.cell(row=r, column=5, value=owner)
            c = ws.cell(row=r, column=6, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd mmm yyyy"
            s = ws.cell(row=r, column=7, value=status)
            if status in status_fill:
                s.fill = FILL[status_fill[status]]
            ws.cell(row=r, column=8, value=upd or None)
            r += 1
        ws.cell(row=first, column=1, value=no)
        ws.cell(row=first, column=2, value=text)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        box(ws, first, r - 1, 1, 8)
    r += 1
    ws.cell(row=r, column=1, value="Total actions: 8 | Complete: 2 | On track: 4 | At risk: 1 | Not started: 1")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r + 1, column=1, value="Status key: Complete (blue) / On track (green) / At risk (amber) / Off track (red)")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    for i, w in enumerate([8, 44, 9, 46, 28, 14, 12, 40]):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out("zus-avon-and-somerset-police-hmicfrs-child-protection-inspection-action-plan-typo-month-refuse.xlsx"))


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


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


def bold_row(row, fill="D9E2F3"):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        shade(cell, fill)


# ---------------------------------------------------------------------------
# 4. Probation Service Lincolnshire PDU - HMIP action plan (docx)
# ---------------------------------------------------------------------------
def make_lincs_pdu():
    doc = Document()
    landscape(doc)
    doc.add_heading("Action Plan: Lincolnshire Probation Delivery Unit", level=0)
    for line in (
        "Action Plan Submitted: 12 December 2024",
        "A Response to the HM Inspectorate of Probation Inspection of Lincolnshire PDU: fieldwork 9 – 20 "
        "September 2024",
        "Report Published: 14 November 2024",
        "Progress position: 31 March 2025",
    ):
        doc.add_paragraph(line)

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        c.text = v
    bold_row(t.rows[0])
    for row in (("1.0", "12/12/2024", "Head of PDU", "Submitted to HMIP"),
                ("1.1", "31/03/2025", "PDU Business Manager", "Progress status column added")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Probation (HMIP) inspected Lincolnshire PDU in September 2024 and rated it "
        "'Requires improvement'. In response to the report, HMPPS is required to draft a robust and timely "
        "action plan to address the recommendations. The plan confirms whether recommendations are agreed, "
        "partly agreed or not agreed (see categorisations below). Where a recommendation is agreed or partly "
        "agreed, the plan provides specific steps, with the owner and timescale of each step clearly identified."
    )
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Term"
    t.rows[0].cells[1].text = "Definition"
    bold_row(t.rows[0])
    for term, d in (("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable."),
                    ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable "
                                      "and will be implemented."),
                    ("Not Agreed", "The recommendation is not agreed with and will not be implemented.")):
        cells = t.add_row().cells
        cells[0].text = term
        cells[1].text = d

    headers = ["Rec", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Ref", "Action Taken / Planned",
               "Responsible Owner", "Target Date", "Status"]
    sections = [
        ("Recommendations for the Lincolnshire PDU", [
            ("1",
             "Improve the quality of risk of serious harm assessments, so that they draw on all available "
             "information, including domestic abuse and safeguarding enquiries.",
             "Agreed",
             [
                 ("1.1",
                  "All practitioners to complete the refreshed Risk of Serious Harm e-learning and attend a practice "
                  "workshop delivered by the Quality Development Officer.",
                  "Head of PDU", "30/06/2025", "On track"),
                 ("1.2",
                  "Introduce monthly SPO-led audits of new RoSH assessments, with findings reported to the PDU "
                  "Quality Meeting.",
                  "Senior Probation Officers / Quality Development Officer", "March 2025", "Complete"),
             ]),
            ("2",
             "Make sure that domestic abuse and child safeguarding information is requested at the start of every "
             "sentence and used in sentence planning.",
             "Agreed",
             [
                 ("2.1",
                  "Agree a revised information-sharing protocol with Lincolnshire County Council children's "
                  "services and Lincolnshire Police.",
                  "Head of PDU", "31 March 2025", "Complete"),
                 ("2.2",
                  "Add a mandatory checkpoint for safeguarding and domestic abuse enquiries to the case allocation "
                  "process.",
                  "Case Administration Manager", "Feb 2025", "On track"),
             ]),
            ("3",
             "Reduce the workloads of probation practitioners so that they can spend sufficient time with people "
             "on probation.",
             "Partly Agreed",
             [
                 ("3.1",
                  "Use the regional workforce plan to recruit trainee probation officers (PQiPs) and prioritise the "
                  "Lincoln and Boston teams for new starters.",
                  "Head of PDU", "September 2025", "Amber"),
             ]),
        ]),
        ("Recommendations for the East Midlands Region", [
            ("4",
             "Make sure that accredited programmes and structured interventions are available without delay in all "
             "parts of the county.",
             "Agreed",
             [
                 ("4.1",
                  "Commission additional Building Better Relationships facilitators and run a second programme in "
                  "Skegness.",
                  "Regional Head of Interventions", "Q2 2025/26", "Not started"),
                 ("4.2",
                  "Monitor waiting times for programmes through the regional performance dashboard and escalate "
                  "any wait over 12 weeks.",
                  "Head of Performance and Quality", "Ongoing", "On track"),
             ]),
        ]),
    ]
    for heading, recs in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, headers):
            c.text = v
        bold_row(t.rows[0])
        for no, rec, agreed, actions in recs:
            first = len(t.rows)
            for ref, action, owner, target, status in actions:
                cells = t.add_row().cells
                cells[3].text = ref
                cells[4].text = action
                cells[5].text = owner
                cells[6].text = target
                cells[7].text = status
            last = len(t.rows) - 1
            for col, val in ((0, no), (1, rec), (2, agreed)):
                top = t.cell(first, col)
                if last > first:
                    top = top.merge(t.cell(last, col))
                top.text = val
    doc.add_paragraph("")
    doc.add_paragraph("Signed off: Regional Probation Director, East Midlands – 12 December 2024")
    doc.save(out("zus-probation-service-lincolnshire-pdu-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Tameside College - Ofsted post-inspection action plan (docx, table per AFI, shaded RAG)
# ---------------------------------------------------------------------------
def make_tameside():
    doc = Document()
    landscape(doc)
    doc.add_heading("Tameside College Post-Inspection Action Plan 2024–25", level=0)
    doc.add_paragraph("Ofsted inspection: 14–17 May 2024 | Overall effectiveness: Requires improvement | "
                      "Report published: 21 June 2024")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Plan owner", "Principal and Chief Executive"),
                 ("Monitored by", "Quality and Standards Committee"),
                 ("Last updated", "10 February 2025")):
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        shade(cells[0], "F2F2F2")
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out the actions the college is taking on each of the areas for improvement in the "
        "inspection report. Progress is shown by the shading in the RAG column."
    )
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (txt, colour) in zip(key.rows[0].cells, (("Completed", "5B9BD5"), ("On track", "00B050"),
                                                   ("Some risk to completion", "FFC000"), ("Off track", "FF0000"))):
        c.text = txt
        shade(c, colour)

    afis = [
        ("1. Leaders and managers should ensure that teachers in construction and engineering plan the curriculum "
         "so that learners build knowledge and skills in a logical order.",
         [
             ("Curriculum leads in construction and engineering to redesign schemes of work with a clear sequence, "
              "reviewed by the Quality team.",
              "Head of Faculty – Construction and Engineering", "Autumn term 2024",
              "All schemes of work resequenced and approved.", "5B9BD5"),
             ("Carry out learning walks focused on sequencing and give feedback to teachers within five working "
              "days.",
              "Quality Manager", "Termly", "Learning walk findings show improved sequencing in 8 of 10 courses.",
              "00B050"),
         ]),
        ("2. Leaders should make sure that learners with high needs receive the support identified in their "
         "education, health and care plans.",
         [
             ("Review all EHCP outcomes with learners and parents within the first six weeks and record agreed "
              "support in the individual learning plan.",
              "Head of Inclusion", "31 October 2024", "All reviews completed and recorded.", "5B9BD5"),
             ("Train learning support assistants to adapt resources, and monitor the impact through observations.",
              "AD Inclusion / LSA Team Leader", "February 2025",
              "Training delivered to 31 of 40 LSAs; observations started.", "FFC000"),
         ]),
        ("3. Leaders should improve the attendance of 16 to 18 learners in English and mathematics lessons.",
         [
             ("Introduce same-day follow-up of absence by progress coaches, with escalation to parents after two "
              "missed lessons.",
              "Head of Student Services", "January 2025", "Attendance at 84%, up from 76%.", "00B050"),
             ("Report English and maths attendance by curriculum area to the Senior Leadership Team every "
              "fortnight.",
              "MIS Manager", "Ongoing", "Fortnightly report in place.", "00B050"),
         ]),
        ("4. Governors should receive clear information on the quality of apprenticeships so that they can hold "
         "leaders to account.",
         [
             ("Add an apprenticeship quality dashboard to the Quality and Standards Committee papers.",
              "Vice Principal – Quality", "Summer term 2025", "", None),
         ]),
    ]
    for heading, actions in afis:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ["Action", "Lead", "By when", "Success measure / impact", "RAG"]):
            c.text = v
        bold_row(t.rows[0])
        for action, lead, when, impact, colour in actions:
            cells = t.add_row().cells
            cells[0].text = action
            cells[1].text = lead
            cells[2].text = when
            cells[3].text = impact
            if colour:
                shade(cells[4], colour)
        for row in t.rows:
            row.cells[0].width = Cm(9)
            row.cells[4].width = Cm(1.5)
    doc.save(out("zus-tameside-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Truro School - ISI inspection action plan (csv export, filled-down blanks)
# ---------------------------------------------------------------------------
def make_truro():
    rows = [
        ["Truro School – ISI Inspection Action Plan 2024–25", "", "", "", "", "", "", ""],
        ["Routine inspection 5–7 March 2024; report published 23 April 2024", "", "", "", "", "", "", ""],
        [""] * 8,
        ["Ref", "Area", "Recommended next step", "Action", "Lead", "Target date", "Status", "Evidence / comment"],
        ["1.1", "Leadership and management, and governance",
         "Leaders should ensure that the monitoring of the curriculum in the prep school is consistently rigorous, "
         "so that pupils' progress in writing is as strong as in other subjects.",
         'Head of Prep to introduce half-termly "book looks" focused on extended writing, with feedback to teachers',
         "Head of Prep", "Dec 2024", "Complete", "Book looks held in October and December; summary to Education Committee"],
        ["1.2", "", "",
         "Appoint a writing lead and adopt a whole-school writing framework from Reception to Year 6",
         "Head of Prep; English Coordinator", "Sept 2024 – July 2025", "On track", "Writing lead appointed September 2024"],
        ["2.1", "Pupils' physical and mental health and emotional wellbeing",
         "Leaders should ensure that records of sanctions in the boarding houses are analysed, so that patterns "
         "can be identified and acted on.",
         "Move boarding sanctions recording onto iSAMS and produce a half-termly analysis for the Pastoral Committee",
         "Director of Boarding", "31/01/2025", "Complete", "First analysis presented 4 February"],
        ["2.2", "", "",
         "Heads of House to review patterns in sanctions at the weekly boarding meeting",
         "Heads of House", "Weekly", "G", ""],
        ["3.1", "Safeguarding",
         "Leaders should ensure that the single central record is checked regularly, so that all required "
         "pre-appointment checks are recorded promptly.",
         "Bursar and DSL to audit the single central record monthly and report to the safeguarding governor each term",
         "Bursar / DSL", "Monthly", "G", "Audits logged since September 2024"],
        ["3.2", "", "",
         "Commission an external safeguarding audit, including the single central record",
         "Head", "March 2025", "Amber", "Provider identified; date to be confirmed"],
        [""] * 8,
        ["Status key: Complete = blue; G / On track = green; Amber = some risk; Red = off track", "", "", "", "",
         "", "", ""],
        ["Last reviewed by SLT: 14/01/2025", "", "", "", "", "", "", ""],
    ]
    with open(out("zus-truro-school-isi-inspection-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Mearns Castle High School - Education Scotland post-inspection action plan (plain text export)
# ---------------------------------------------------------------------------
def make_mearns():
    text = """Mearns Castle High School – Post-Inspection Action Plan
East Renfrewshire Council Education Department
Education Scotland inspection: 4–8 November 2024 (report published 28 January 2025)
Plan agreed: 14 February 2025        Review date: June 2025

The following areas for improvement were agreed with the school and East Renfrewshire Council.

AREA FOR IMPROVEMENT 1
Senior leaders should continue to develop approaches to self-evaluation so that all staff are involved in identifying the school's priorities for improvement.

Action 1.1: Establish a self-evaluation calendar using HGIOS4 quality indicators, with every faculty reviewing at least two QIs each year.
Responsibility: DHT (Curriculum)
Timescale: June 2025
Progress: On track

Action 1.2: Involve young people in evaluating learning and teaching through the Pupil Learning Council, with termly feedback to staff.
Responsibility: PT Pupil Support / DHT (S1–S3)
Timescale: August 2025 – March 2026
Progress: Not started

AREA FOR IMPROVEMENT 2
Staff should improve the consistency of learning and teaching across the school, so that all young people experience appropriate pace and challenge.

Action 2.1: Deliver a programme of professional learning on differentiation and questioning, led by the Learning and Teaching Group.
Responsibility: DHT (Learning & Teaching)
Timescale: Ongoing
Progress: On track

Action 2.2: Introduce peer observation trios with a focus on pace and challenge in S1–S3 classes.
Responsibility: Faculty Heads
Timescale: 31/05/2025
Progress: Complete

AREA FOR IMPROVEMENT 3
Senior leaders should improve the tracking and monitoring of young people's progress in the broad general education.

Action 3.1: Implement a single BGE tracking system across all faculties, with data reviewed at each reporting point.
Responsibility: K Dunlop (DHT)
Timescale: October 2025
Progress: Amber

Action 3.2: Hold termly attainment meetings between principal teachers and the senior leadership team to agree interventions for young people who are not on track.
Responsibility: Head Teacher
Timescale: Termly
Progress: Green

Progress key: Complete / On track (green) / Amber (some slippage) / Red (not progressing)
Prepared by: Head Teacher, with the Quality Improvement Officer (Secondary)
"""
    with open(out("zus-mearns-castle-high-school-education-scotland-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    make_garth()
    make_cddfrs()
    make_avon()
    make_lincs_pdu()
    make_tameside()
    make_truro()
    make_mearns()
    print("done")
