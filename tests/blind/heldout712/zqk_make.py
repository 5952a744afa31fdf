"""Build the seven zqk- blind test files (set heldout712).

Run with: /work/main/.venv/bin/python zqk_make.py
Writes only files whose names start with "zqk-" into the folder holding this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zqk-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
    "lilac": "E4DFEC",
    "sand": "FFF2CC",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xfill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


# ======================================================================
# 1. HMP Foston Hall - HMPPS action plan responding to HMIP concerns (docx)
# ======================================================================
FOSTON_TERMS = [
    ("Agreed", "All of the concern is accepted, can be addressed and is affordable.",
     "The response sets out how the concern will be addressed, with SMART actions that can be tracked."),
    ("Partly Agreed", "Only part of the concern is accepted, or only part can be addressed within current resources.",
     "The response states which part will be addressed, and why the remainder cannot be."),
    ("Not Agreed", "The concern is not accepted.",
     "The response explains the reasons, for example national policy, operational or affordability constraints."),
]

FOSTON = [
    ("Priority concerns", [
        ("1. Levels of self-harm were very high and had increased since the last inspection. Case management "
         "for women at risk was inconsistent and too many ACCT reviews were not multidisciplinary. (1.10)",
         "Agreed", [
             ("1.1", "Introduce a weekly multidisciplinary complex case meeting, chaired by the Head of Safety, "
                     "to review every woman with five or more self-harm incidents in the previous 28 days.",
              "Head of Safety", "31 October 2025"),
             ("1.2", "Deliver refreshed ACCT case manager training to all band 4 and above staff, with quality "
                     "assurance of ten ACCT documents a month by the Safer Custody team and healthcare.",
              "Head of Safety / Head of Healthcare", "31/01/2026"),
         ]),
        ("2. Too many women spent long periods locked in their cells, and the published regime was frequently "
         "curtailed because of staff shortages. (3.4)",
         "Partly Agreed", [
             ("2.1", "Agree a regime management plan with the Prison Group Director that protects a minimum of "
                     "8.5 hours unlock on weekdays, with daily monitoring of curtailments reported to the senior "
                     "leadership team.",
              "Deputy Governor", "December 2025"),
         ]),
        ("3. Women reported feeling less safe than at our last inspection, and oversight of use of force was "
         "weak; body-worn video footage was not routinely reviewed. (1.22)",
         "Agreed", [
             ("3.1", "Establish a monthly use of force scrutiny panel reviewing a sample of incidents with "
                     "body-worn video footage, with findings shared at residential briefings.",
              "Head of Residence and Safety; Custodial Managers", "30/11/2025"),
             ("3.2", "Run the women\u2019s safety survey every six months and publish the results, and the "
                     "actions taken in response, on wing noticeboards.",
              "Governor", "Q4 2025/26"),
         ]),
    ]),
    ("Key concerns", [
        ("4. Not enough women were allocated to education, skills and work activities, and attendance at "
         "allocated activities was low. (3.18)",
         "Agreed", [
             ("4.1", "Review the activities allocation process so that every woman is allocated within ten "
                     "working days of arrival, and reduce unemployment to below 10%.",
              "Head of Education, Skills and Work", "End of February 2026"),
             ("4.2", "Introduce joint attendance tracking with the education provider, with weekly follow-up of "
                     "unexplained absences by residential staff.",
              "Head of Education, Skills and Work & Education Provider Manager", "March 2026"),
         ]),
        ("5. Too many women were released without sustainable accommodation for their first night. (4.31)",
         "Agreed", [
             ("5.1", "Hold an accommodation case conference with the Commissioned Rehabilitative Services "
                     "provider and local authority housing teams twelve weeks before release for every woman "
                     "with no confirmed address.",
              "Head of Reducing Reoffending",
              "Ongoing \u2013 reviewed at monthly Reducing Reoffending meeting"),
         ]),
        ("6. Waiting times for routine mental health assessments were too long. (2.64)",
         "Agreed", [
             ("6.1", "Recruit two additional mental health nurses and introduce a triage clinic so that routine "
                     "assessments are completed within five working days of referral.",
              "Head of Healthcare (Practice Plus Group)", "30/04/2026"),
         ]),
    ]),
]


def make_foston():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Action Plan: HMP Foston Hall", level=0)
    for line in ["Action Plan Submitted: 18 September 2025",
                 "A Response to the HMIP Inspection: 2\u201312 June 2025",
                 "Report Published: 26 August 2025"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions "
        "for, and treatment of, people held in prisons and young offender institutions in England and Wales. "
        "Since May 2022 HMIP has reported priority concerns and key concerns rather than recommendations. "
        "HMPPS is required to produce a timely action plan that responds to each concern and confirms whether "
        "it is agreed, partly agreed or not agreed (see the categorisations below). Each action names an owner "
        "and a target date. Progress will be monitored by the Prison Group Director and reviewed by HMIP at the "
        "next independent review of progress or inspection.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Term", "Definition", "Additional comment"]):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], FILL["grey"])
    for term in FOSTON_TERMS:
        cells = t.add_row().cells
        for i, v in enumerate(term):
            set_text(cells[i], v)
    doc.add_paragraph()

    headers = ["Concern", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action",
               "Responsible Owner", "Target Date"]
    for section, concerns in FOSTON:
        doc.add_heading(section, level=1)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], FILL["pale"])
        for concern, agreed, actions in concerns:
            first = len(t.rows)
            for ref, action, owner, date in actions:
                cells = t.add_row().cells
                set_text(cells[2], ref)
                set_text(cells[3], action)
                set_text(cells[4], owner)
                set_text(cells[5], date)
            last = len(t.rows) - 1
            c0 = t.cell(first, 0)
            c1 = t.cell(first, 1)
            if last > first:
                c0 = c0.merge(t.cell(last, 0))
                c1 = c1.merge(t.cell(last, 1))
            set_text(c0, concern)
            set_text(c1, agreed)
        widths = [Cm(6.5), Cm(2.4), Cm(1.6), Cm(8.5), Cm(3.6), Cm(2.6)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph(
        "Action plan owner: Governor, HMP Foston Hall. Progress is reviewed monthly at the Senior Leadership "
        "Team meeting and quarterly with the Prison Group Director.")
    doc.save(out("zqk-hmp-foston-hall-hmip-inspection-action-plan.docx"))


# ======================================================================
# 2. Probation Service Kirklees PDU - HMI Probation action plan (xlsx)
# ======================================================================
D = dt.datetime
KIRKLEES = [
    ("Kirklees PDU should:", [
        ("1", "Improve the quality of assessment and planning so that risk of harm to others, including domestic "
              "abuse and child safeguarding information, is fully analysed and used to inform risk management "
              "plans.", "Agreed", [
            ("1.1", "Deliver a PDU-wide practice development session on analysing domestic abuse and safeguarding "
                    "information in risk assessments, followed by an individual case audit for every practitioner.",
             "SPO Quality Lead", D(2025, 10, 31), D(2026, 1, 31), "green",
             "Sessions delivered to three of four teams; final session rescheduled following staff sickness."),
            ("1.2", "Introduce a monthly management oversight check of all new high and very high risk of serious "
                    "harm cases within 15 working days of allocation.",
             "Deputy Head of PDU; Senior Probation Officers", D(2025, 9, 30), None, "blue",
             "Checks embedded from September 2025 \u2013 100% completed in Q3."),
            ("1.3", "Make sure domestic abuse and safeguarding enquiries are requested and received before the end "
                    "of the assessment period in all cases, tracked through the PDU performance dashboard.",
             "PDU Business Manager", D(2025, 12, 31), D(2026, 3, 31), "amber",
             "Dashboard live; police DA checks still returned late in around 30% of cases."),
        ]),
        ("2", "Ensure that home visits are undertaken in all cases where there are risks to children or known "
              "adults, and that their purpose is clearly recorded.", "Agreed", [
            ("2.1", "Issue local home visit guidance and a recording template, and confirm through a quarterly "
                    "thematic audit that home visits are completed in at least 80% of relevant cases.",
             "Head of PDU", D(2025, 11, 30), None, "green",
             "Guidance issued October 2025; first audit found 72% \u2013 re-audit planned February."),
            ("2.2", "Arrange joint home visits with Kirklees Council children\u2019s social care where a child is "
                    "subject to a child protection plan.",
             "SPO Safeguarding Lead", D(2026, 3, 31), None, "green",
             "Protocol agreed with Children\u2019s Social Care Service Manager."),
        ]),
        ("3", "Develop a workforce plan that reduces caseloads and gives newly qualified probation officers "
              "protected development time.", "Partly Agreed", [
            ("3.1", "Implement the regional workload management tool locally and hold monthly workload reviews "
                    "for all teams with a WMT figure above 110%.",
             "Head of PDU", D(2025, 12, 31), "TBC \u2013 dependent on regional recruitment", "red",
             "Two PQiP cohorts delayed; team averages remain above 120%."),
        ]),
    ]),
    ("Yorkshire and the Humber region should:", [
        ("4", "Improve the timeliness of information-sharing arrangements with West Yorkshire Police and "
              "children\u2019s social care.", "Agreed", [
            ("4.1", "Agree a revised information-sharing protocol with West Yorkshire Police domestic abuse units, "
                    "with a ten working day turnaround standard.",
             "Regional Head of Public Protection", D(2025, 10, 31), None, "blue",
             "Protocol signed 24/10/2025."),
            ("4.2", "Produce a quarterly performance report on safeguarding and domestic abuse response times for "
                    "the regional Quality and Performance Board.",
             "Regional Performance Lead / Head of PDU", D(2026, 1, 31), None, "green",
             "First report drafted for the February board."),
        ]),
        ("5", "Make sure there is a sufficient range of accredited programmes and structured interventions "
              "available to people on probation in Kirklees.", "Agreed", [
            ("5.1", "Commission additional Building Choices programme places in Huddersfield and reduce the "
                    "waiting list to under 12 weeks.",
             "Head of Interventions", D(2026, 3, 31), None, "amber",
             "Additional facilitators in training; waiting list currently 19 weeks."),
        ]),
    ]),
]


def make_kirklees():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Action Plan: Kirklees Probation Delivery Unit"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "A Response to the HM Inspectorate of Probation Inspection of Kirklees PDU"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Report Published: 22 July 2025"
    ws["A4"] = "Action Plan Submitted: 2 September 2025"
    ws["A5"] = "HM Prison and Probation Service \u2013 Yorkshire and the Humber Probation Region"
    ws["A7"] = "Document control"
    ws["A7"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", D(2025, 9, 2), "Head of PDU", "Submitted to HMI Probation"),
            ("1.1", D(2025, 10, 20), "PDU Business Manager", "Q2 progress update"),
            ("1.2", D(2026, 1, 14), "PDU Business Manager", "Q3 progress update; revised dates agreed at PDU SMT")]
    for r, row in enumerate(rows, start=8):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r == 8:
                cell.font = Font(bold=True)
                cell.fill = xfill(FILL["grey"])
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 24
    ws.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Kirklees PDU \u2013 HMI Probation inspection action plan (progress as at 14 January 2026)"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Rec No.", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action",
               "Action Owner", "Original Target Date", "Revised Target Date", "Progress update (January 2026)",
               "RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = xfill(FILL["navy"])
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 4
    for section, recs in KIRKLEES:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        ws.cell(row=r, column=1).fill = xfill(FILL["lilac"])
        r += 1
        for recno, rec, agreed, actions in recs:
            first = r
            for ref, action, owner, orig, rev, rag, prog in actions:
                vals = [None, None, None, ref, action, owner, orig, rev, prog, None]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=10).fill = xfill(FILL[rag])
                r += 1
            for col, v in ((1, recno), (2, rec), (3, agreed)):
                ws.cell(row=first, column=col, value=v).alignment = Alignment(wrap_text=True, vertical="top")
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for label, colour in (("Complete", "blue"), ("On track", "green"),
                          ("Some slippage \u2013 recovery action in place", "amber"),
                          ("Off track / overdue", "red")):
        r += 1
        ws.cell(row=r, column=1).fill = xfill(FILL[colour])
        ws.cell(row=r, column=2, value=label)
    for col, w in zip("ABCDEFGHIJ", (8, 42, 14, 9, 50, 24, 13, 22, 40, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out("zqk-probation-service-kirklees-pdu-hmip-inspection-action-plan.xlsx"))


# ======================================================================
# 3. Warwickshire Police - HMICFRS recommendations and AFI register (xlsx)
# ======================================================================
RAGFILL = {"B": "blue", "G": "green", "A": "amber", "R": "red",
           "Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

WARKS_PEEL = [
    ("Responding to the public", [
        ("AFI 1 \u2013 The force should make sure it answers emergency and non-emergency calls within "
         "national standards.", [
            ("1.1", "Implement the revised contact management resourcing model so that 90% of 999 calls are "
                    "answered within 10 seconds.", "Supt Contact Management", D(2026, 3, 31), "dd/mm/yyyy",
             "A", "G", "Shift pattern changes live from October; 999 answer rate 91.4% in November."),
            ("1.2", "Launch online reporting and web chat for non-emergency contact, monitored through the monthly "
                    "Contact Management performance meeting.",
             "Head of Contact Management / Digital Services Manager", D(2026, 6, 30), "mmm-yy",
             "A", "A", "Supplier onboarding delayed; go-live moved to Q1."),
        ]),
    ]),
    ("Investigating crime", [
        ("AFI 2 \u2013 The force should improve the supervision of investigations so that plans are set, "
         "reviewed and followed.", [
            ("2.1", "Introduce the investigation supervision standard and quarterly compliance audits across all "
                    "CID and local investigation teams.", "D/Supt Crime", D(2025, 9, 30), "dd/mm/yyyy",
             "G", "B", "Standard published; two audit cycles completed. Proposed to HMICFRS for closure."),
        ]),
    ]),
    ("Protecting vulnerable people", [
        ("AFI 3 \u2013 The force should make sure it identifies repeat and vulnerable victims at the first point "
         "of contact and records this on its systems.", [
            ("3.1", "Deliver THRIVE+ refresher training for all call handlers and dispatchers.",
             "Contact Management Training Manager", D(2025, 12, 31), "dd/mm/yyyy",
             "G", "G", "86% of staff trained; remainder booked for December."),
            ("3.2", "Add a mandatory repeat victim flag check to the STORM incident log and audit a monthly sample "
                    "of 50 incidents.", "DCI Public Protection; Force Crime Registrar", "Q1 2026/27", None,
             "A", "R", "System change not yet prioritised by ICT; escalated to Force Change Board."),
        ]),
    ]),
]

WARKS_THEMATIC = [
    ("An inspection of vetting, misconduct, and misogyny in the police service (Nov 2022)", "Rec 13",
     "Chief constables should make sure their forces have a process to identify officers and staff who are the "
     "subject of repeated complaints or misconduct allegations, and assess the risk they present.",
     "Deploy the counter-corruption analytical tool to flag repeat complaint patterns, reviewed monthly by the "
     "Professional Standards Department.", "Head of Professional Standards", D(2025, 3, 31), "dd/mm/yyyy",
     "Complete"),
    (None, "Rec 28",
     "Chief constables should make sure that vetting decisions are recorded with a clear rationale, particularly "
     "where adverse information is identified.",
     "Audit all vetting clearances granted with adverse information since 2023 against the revised APP standard.",
     "Force Vetting Manager", D(2026, 1, 31), "mmm-yy", "Amber"),
    ("An inspection into how well the police and other agencies use digital forensics in their investigations "
     "(Dec 2022)", "Rec 3",
     "Chief constables should make sure they understand the demand for digital forensic services and manage "
     "backlogs so that investigations are not delayed.",
     "Introduce a triage model and additional kiosk capacity to reduce the mobile phone examination backlog to "
     "under 60 days.", "Head of Digital Forensics", "30 June 2026", None, "Green"),
    ("Activism and impartiality in policing (Sep 2024)", "Rec 2",
     "Chief constables should review their force\u2019s membership of external schemes and make sure it does "
     "not compromise the impartiality of the force.",
     "Review the force\u2019s membership of external diversity benchmarking schemes and report the findings to "
     "the Chief Officer Team.", "Chief of Staff", "Ongoing", None, "Green"),
]


def make_warks():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Warwickshire Police \u2013 HMICFRS Recommendations and Areas for Improvement Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Joint Audit and Standards Committee \u2013 10 December 2025"
    rows = [("Source", "Actions", "Complete", "Green", "Amber", "Red"),
            ("PEEL 2023\u201325 areas for improvement", 5, 1, 2, 1, 1),
            ("National thematic recommendations", 4, 1, 2, 1, 0),
            ("Total", 9, 2, 4, 2, 1)]
    for r, row in enumerate(rows, start=4):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r in (4, 7):
                cell.font = Font(bold=True)
            if r == 4:
                cell.fill = xfill(FILL["grey"])
    ws["A9"] = ("Ratings are as assessed at the Force Inspection and Audit Board on 25 November 2025. Actions rated "
                "Complete have been proposed to HMICFRS for closure.")
    ws.column_dimensions["A"].width = 40

    ws = wb.create_sheet("PEEL 2023-25")
    ws["A1"] = "PEEL 2023\u201325 inspection \u2013 areas for improvement (report published October 2024)"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Area for improvement / action", "Lead", "Due date", "Previous RAG (Sep 25)",
               "Current RAG (Nov 25)", "Progress update"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = xfill(FILL["navy"])
        cell.alignment = Alignment(wrap_text=True)
    r = 4
    for area, afis in WARKS_PEEL:
        ws.cell(row=r, column=1, value=area).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = xfill(FILL["pale"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for afi, actions in afis:
            ws.cell(row=r, column=1, value=afi).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for ref, action, lead, due, fmt, prev, cur, upd in actions:
                vals = [ref, action, lead, due, prev, cur, upd]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.border = BOX
                if fmt:
                    ws.cell(row=r, column=4).number_format = fmt
                for c, v in ((5, prev), (6, cur)):
                    ws.cell(row=r, column=c).fill = xfill(FILL[RAGFILL[v]])
                    ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B \u2013 complete, proposed for closure; G \u2013 on track; "
                                   "A \u2013 some slippage; R \u2013 off track")
    for col, w in zip("ABCDEFG", (7, 60, 28, 12, 11, 11, 45)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("National thematic")
    ws["A1"] = "National thematic inspections \u2013 recommendations to all forces"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Inspection", "Rec", "Recommendation", "Force action", "Lead", "Due date", "RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = xfill(FILL["navy"])
    r = 4
    for insp, rec, rtext, action, lead, due, fmt, rag in WARKS_THEMATIC:
        vals = [insp, rec, rtext, action, lead, due, rag]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BOX
        if fmt:
            ws.cell(row=r, column=6).number_format = fmt
        ws.cell(row=r, column=7).fill = xfill(FILL[RAGFILL[rag]])
        r += 1
    for col, w in zip("ABCDEFG", (34, 8, 50, 50, 26, 12, 10)):
        ws.column_dimensions[col].width = w
    wb.save(out("zqk-warwickshire-police-hmicfrs-recommendations-and-afi-register.xlsx"))


# ======================================================================
# 4. SFRS North SDA - HMFSI inspection action plan, CSV export (refuse)
# ======================================================================
SFRS_R1 = ("Recommendation 1: The SFRS should ensure that Community Action Team resources in the North SDA are "
           "deployed in line with local risk, including in remote and island communities.")
SFRS_R2 = ("Recommendation 2: The SFRS should develop a sustainable plan to improve On-Call appliance availability "
           "across the North SDA.")
SFRS_R3 = ("Recommendation 3: The SFRS should ensure that operational staff in the North SDA have timely access to "
           "training and that maintenance of competence records are accurate.")
SFRS_R4 = ("Recommendation 4: The SFRS should improve welfare facilities and contaminants control arrangements at "
           "On-Call stations in the North SDA.")
SFRS_R5 = ("Recommendation 5: The SFRS should strengthen joint working with community planning partners so that "
           "local fire and rescue plans reflect shared priorities.")
SFRS_ROWS = [
    ("NSDA 1.1", "Prevention and Protection", SFRS_R1,
     "Review Community Action Team deployment across the five LSO areas using the Community Risk Index Model and "
     "rebalance resources where required.", "Group Commander Prevention (North)", "31/12/2025", "On track",
     "Data analysis complete; proposals to SDA Management Team in November."),
    ("NSDA 1.2", "Prevention and Protection", SFRS_R1,
     "Extend the Home Fire Safety Visit partner referral pathway to NHS Highland and NHS Western Isles community "
     "teams.", "LSO Highland / LSO Na h-Eileanan Siar", "March 2026", "On track",
     "Referral pathway agreed with NHS Highland; Western Isles meeting arranged."),
    ("NSDA 2.1", "Response", SFRS_R2,
     "Deliver the North SDA On-Call recruitment campaign with targeted engagement at the 20 stations with the "
     "lowest availability.", "Group Commander On-Call (North)", "30/06/2026", "On track",
     "Campaign launched September; 41 applications received to date."),
    ("NSDA 2.2", "Response", SFRS_R2,
     "Trial variable crewing arrangements at three pilot stations and evaluate the impact on appliance "
     "availability.", "Area Commander Service Delivery (North)", "31/03/2026", "Amber",
     "Pilot stations agreed; trial start delayed to January pending consultation."),
    ("NSDA 3.1", "Response", SFRS_R3,
     "Schedule training centre courses for On-Call crews at evenings and weekends, and audit maintenance of "
     "competence records at 25% of stations.", "Station Commander Training (North)", "Janaury 2026", "On track",
     "Evening and weekend courses scheduled at Inverness and Dingwall."),
    ("NSDA 4.1", "People", SFRS_R4,
     "Complete the contaminants station audit and prioritise welfare and decontamination works in the 2026/27 "
     "capital programme.", "Head of Asset Management", "Q1 2026/27", "On track",
     "Audit of 48 North SDA stations complete."),
    ("NSDA 4.2", "People", SFRS_R4,
     "Provide clean cab kits and additional fire hoods to all On-Call stations.", "Area Commander Service "
     "Delivery (North)", "30/11/2025", "Complete", "Delivered to all stations by 14/10/2025."),
    ("NSDA 5.1", "Partnership", SFRS_R5,
     "Review each local fire and rescue plan with the relevant community planning partnership and align "
     "priorities with local outcome improvement plans.", "Local Senior Officers (North SDA)", "Ongoing",
     "On track", "Highland and Moray reviews complete; remaining three scheduled for 2026."),
]


def make_sfrs():
    path = out("zqk-scottish-fire-and-rescue-service-north-sda-hmfsi-inspection-action-plan-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        blank = [""] * 7
        w.writerow(["Scottish Fire and Rescue Service \u2013 North Service Delivery Area"] + blank)
        w.writerow(["HMFSI Inspection of the North Service Delivery Area \u2013 Action Plan"] + blank)
        w.writerow(["Report published 25 June 2025. Progress as at 31 October 2025"] + blank)
        w.writerow([""] * 8)
        w.writerow(["Ref", "Theme", "HMFSI Recommendation", "Action", "Action Owner", "Due Date", "Status",
                    "Progress Comment"])
        for row in SFRS_ROWS:
            w.writerow(list(row))
        w.writerow([""] * 8)
        w.writerow(["Status: Complete / On track / Amber (at risk) / Red (off track)"] + blank)


# ======================================================================
# 5. Pen y Dre High School - Estyn post-inspection action plan (docx)
# ======================================================================
PENYDRE = [
    ("R1: Improve attendance, particularly for pupils eligible for free school meals",
     "Success criteria: whole-school attendance rises to at least 90% by July 2026 and persistent absence falls "
     "below 25%.", [
         ("1.1", "Appoint a Family Engagement Officer and introduce first-day response calls and home visits for "
                 "all unexplained absences.", "AHT Wellbeing / Attendance Officer", "30/04/2025",
          "Weekly attendance meeting; termly report to governors", "Blue"),
         ("1.2", "Launch the \u2018Every Day Counts\u2019 rewards programme, with form tutors tracking attendance "
                 "weekly.", "Heads of Year", "Sept 2025 \u2013 July 2026",
          "Half-termly attendance analysis by year group", "Green"),
         ("1.3", "Work with the Education Welfare Service to agree early help plans for all pupils below 80% "
                 "attendance.", "AHT Wellbeing", "Autumn term 2025",
          "Case review with EWS each half term", "Amber"),
     ]),
    ("R2: Strengthen the quality of teaching so that it consistently challenges pupils of all abilities",
     "Success criteria: at least 80% of lessons observed show effective challenge and pupils\u2019 books show "
     "consistent progress.", [
         ("2.1", "Deliver a weekly professional learning programme on questioning, modelling and feedback, with "
                 "coaching triads across all departments.", "Deputy Headteacher (Teaching and Learning)",
          "Ongoing \u2013 reviewed half-termly", "Professional learning log; coaching records", "Green"),
         ("2.2", "Carry out learning walks and book looks jointly with the local authority School Improvement "
                 "Partner, feeding back to middle leaders.", "Headteacher; School Improvement Partner",
          "By February half-term 2026", "Joint monitoring report to governors", "Green"),
     ]),
    ("R3: Develop pupils\u2019 literacy and Welsh language skills across the curriculum",
     "Success criteria: reading ages of Year 7 and 8 pupils improve by at least one year; pupils use Welsh "
     "confidently in everyday situations.", [
         ("3.1", "Introduce a whole-school reading strategy, including reading age testing for all Year 7 and 8 "
                 "pupils and targeted intervention for those reading below their chronological age.",
          "Head of English", "Summer term 2026", "Reading age data each term", "Amber"),
         ("3.2", "Plan opportunities for pupils to use Welsh in lessons and extra-curricular activities in every "
                 "department.", "Head of Welsh & Curriculum Leaders", "July 2026",
          "Departmental reviews; pupil voice", "Red"),
     ]),
    ("R4: Address the safeguarding issue identified during the inspection",
     "Success criteria: the site is secure and supervision arrangements are robust at all times.", [
         ("4.1", "Replace the perimeter fencing by the lower playground and review site supervision rotas at "
                 "break and lunchtime.", "School Business Manager", "31 May 2025",
          "Site walk by Chair of Governors and LA health and safety officer", "Blue"),
     ]),
]


def make_penydre():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Pen y Dre High School \u2013 Post-Inspection Action Plan (PIAP)", level=0)
    doc.add_paragraph("Estyn core inspection: 13\u201316 January 2025. Follow-up category: significant improvement.")
    doc.add_paragraph("This plan was agreed by the governing body and Merthyr Tydfil County Borough Council and "
                      "is reviewed at the end of each term.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Purpose", "Approved by"]):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], FILL["grey"])
    for row in (("1.0", "20/03/2025", "Submitted to Estyn", "Full Governing Body"),
                ("1.1", "15/07/2025", "Summer term review", "Standards and Curriculum Committee"),
                ("1.2", "08/12/2025", "Autumn term review", "Standards and Curriculum Committee")):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_text(cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning in (("Blue", "Action complete and impact evident"), ("Green", "On track"),
                          ("Amber", "Some slippage \u2013 action being taken"),
                          ("Red", "Not on track \u2013 escalated to the local authority")):
        cells = t.add_row().cells
        set_text(cells[0], word, bold=True)
        shade(cells[0], FILL[word.lower()])
        set_text(cells[1], meaning)
    headers = ["Ref", "Action", "Lead person(s)", "Timescale", "Monitoring and evaluation", "RAG (Dec 2025)"]
    for rec, success, actions in PENYDRE:
        doc.add_heading(rec, level=2)
        doc.add_paragraph(success)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], FILL["pale"])
        for ref, action, lead, when, monitor, rag in actions:
            cells = t.add_row().cells
            for i, v in enumerate((ref, action, lead, when, monitor, rag)):
                set_text(cells[i], v)
            shade(cells[5], FILL[rag.lower()])
        widths = [Cm(1.3), Cm(10), Cm(4.2), Cm(3.4), Cm(5), Cm(2.2)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Signed: Headteacher ____________   Chair of Governors ____________")
    doc.save(out("zqk-pen-y-dre-high-school-estyn-post-inspection-action-plan.docx"))


# ======================================================================
# 6. Coast and Vale Learning Trust - trust improvement plan (xlsx)
# ======================================================================
CVLT = [
    ("Priority 1: Quality of education", [
        ("Objective 1.1: Improve early reading so that at least 80% of pupils pass the Year 1 phonics screening "
         "check in every primary academy", [
            ("1.1a", "Roll out the validated systematic synthetic phonics programme, with trust-wide training for "
                     "all EYFS and KS1 staff.", "Trust Reading Lead / Primary Headteachers",
             "Training complete October 2025; half-termly phonics assessment", D(2025, 10, 31), "mmm-yy",
             "Green", "Blue"),
            ("1.1b", "Introduce half-termly phonics assessments and daily keep-up sessions for pupils who are not "
                     "on track.", "Primary Headteachers", "Keep-up groups in place in all five primaries",
             "Summer term 2026", None, "Amber", "Green"),
        ]),
        ("Objective 1.2: Strengthen curriculum sequencing and assessment in Key Stage 3 foundation subjects", [
            ("1.2a", "Hold subject network meetings each half term to review curriculum maps and common "
                     "assessments in history, geography and languages.", "Director of Education",
             "Curriculum maps reviewed for all three subjects", "July 2026", None, "Green", "Amber"),
        ]),
    ]),
    ("Priority 2: Attendance and inclusion", [
        ("Objective 2.1: Reduce persistent absence to below the national average in every academy", [
            ("2.1a", "Implement the trust attendance policy and daily first-response protocol, with weekly "
                     "attendance data reviewed by headteachers.", "Trust Attendance Lead",
             "Policy adopted by all LGBs; weekly data packs issued", D(2025, 12, 31), "dd/mm/yyyy",
             "Green", "Blue"),
            ("2.1b", "Run attendance support panels with the families of pupils below 90%, in partnership with "
                     "North Yorkshire Council\u2019s attendance team.", "Director of Inclusion; Trust SENDCo",
             "Panels held half-termly in each academy", "Ongoing", None, "Amber", "Red"),
        ]),
    ]),
    ("Priority 3: Leadership, workforce and governance", [
        ("Objective 3.1: Develop leadership capacity at all levels", [
            ("3.1a", "Launch the trust middle leadership programme for 24 participants with the local teaching "
                     "school hub.", "Head of People", "Cohort 1 started November 2025",
             D(2026, 3, 31), "dd/mm/yyyy", "Green", "Green"),
        ]),
        ("Objective 3.2: Strengthen governance and financial sustainability", [
            ("3.2a", "Complete the external review of governance and implement its recommendations through the "
                     "Trust Board.", "Governance Professional & Chair of Trustees",
             "Review reported to Trust Board December 2025", "Dec 2025", None, "Amber", "Blue"),
            ("3.2b", "Agree a three-year integrated curriculum and financial plan for every academy.", "CFO",
             "ICFP completed for 6 of 9 academies", "Summer term 2026", None, "Green", "Amber"),
        ]),
    ]),
]


def make_cvlt():
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws["A1"] = "Coast and Vale Learning Trust \u2013 Trust Improvement Plan 2025\u201326"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Version 3 \u2013 updated for the Spring review, February 2026"
    ws["A4"] = "Strategic priorities"
    ws["A4"].font = Font(bold=True)
    rows = [("Priority", "Actions", "Blue", "Green", "Amber", "Red"),
            ("1. Quality of education", 3, 1, 1, 1, 0),
            ("2. Attendance and inclusion", 2, 1, 0, 0, 1),
            ("3. Leadership, workforce and governance", 3, 1, 1, 1, 0),
            ("Total", 8, 3, 2, 2, 1)]
    for r, row in enumerate(rows, start=5):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r in (5, 9):
                cell.font = Font(bold=True)
    ws["A10"] = "Counts are taken from the Spring review column."
    ws["A12"] = "Key"
    ws["A12"].font = Font(bold=True)
    for r, (word, meaning) in enumerate((("Blue", "Completed"), ("Green", "On track"),
                                         ("Amber", "Partially on track"), ("Red", "Not on track")), start=13):
        ws.cell(row=r, column=1, value=word).fill = xfill(FILL[word.lower()])
        ws.cell(row=r, column=2, value=meaning)
    ws.column_dimensions["A"].width = 42

    ws = wb.create_sheet("TIP 2025-26")
    ws["A1"] = "Trust Improvement Plan 2025\u201326 \u2013 actions, leads and termly review"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Action", "Lead(s)", "Milestones / success measures", "Completion", "Autumn review",
               "Spring review", "Summer review"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = xfill("2E75B6")
        cell.alignment = Alignment(wrap_text=True)
        cell.border = BOX
    r = 4
    for prio, objectives in CVLT:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True, size=12, color="FFFFFF")
        ws.cell(row=r, column=1).fill = xfill(FILL["navy"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for obj, actions in objectives:
            ws.cell(row=r, column=1, value=obj).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = xfill(FILL["pale"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for ref, action, lead, miles, compl, fmt, aut, spr in actions:
                vals = [ref, action, lead, miles, compl, aut, spr, None]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.border = BOX
                if fmt:
                    ws.cell(row=r, column=5).number_format = fmt
                ws.cell(row=r, column=6).fill = xfill(FILL[aut.lower()])
                ws.cell(row=r, column=7).fill = xfill(FILL[spr.lower()])
                r += 1
    for col, w in zip("ABCDEFGH", (7, 55, 30, 38, 16, 11, 11, 11)):
        ws.column_dimensions[col].width = w
    wb.save(out("zqk-coast-and-vale-learning-trust-trust-improvement-plan-2025-26.xlsx"))


# ======================================================================
# 7. St Edmund's School Canterbury - ISI standards action plan (txt, TSV)
# ======================================================================
STE_LINES = [
    "St Edmund\u2019s School Canterbury \u2013 Independent School Standards Action Plan",
    "Response to the ISI routine inspection, 11\u201313 March 2025",
    "Proprietor: Board of Governors of St Edmund\u2019s School Canterbury",
    "Submitted to the Department for Education: 23 May 2025. Progress updated for the Board of Governors: "
    "20 January 2026.",
    "",
    "Ref\tStandard not met\tAction to be taken\tPerson responsible\tDate by which action will be completed\t"
    "Progress (January 2026)",
    "Part 3 \u2013 Welfare, health and safety of pupils\t\t\t\t\t",
    "1\tParagraph 7(a) and (b) \u2013 arrangements are made to safeguard and promote the welfare of pupils, "
    "having regard to statutory guidance\tUpdate the safeguarding and child protection policy to reflect Keeping "
    "Children Safe in Education 2025 and publish it on the school website.\tDesignated Safeguarding Lead\t"
    "30/04/2025\tComplete",
    "2\t\tDeliver refresher safeguarding training for all staff, including visiting music teachers, sports "
    "coaches\tHead; Designated Safeguarding Lead\tEnd of May 2025\tComplete",
    "\t\tand boarding house tutors, and keep a central record of attendance.\t\t\t",
    "3\t\tIntroduce a termly safeguarding audit by the nominated safeguarding governor, reported to the full "
    "Board.\tChair of Governors\tTermly\tOn track",
    "4\tParagraph 16(a) and (b) \u2013 a written risk assessment policy is drawn up and implemented effectively, "
    "and appropriate action is taken to reduce risks that are identified\tComplete and record risk assessments "
    "for all off-site trips, boarding activities and the swimming pool, using the EVOLVE system.\t"
    "Bursar / Estates Manager\tSummer term 2025\tComplete",
    "5\t\tTrain heads of department and boarding staff in writing and reviewing risk assessments.\t"
    "Deputy Head (Pastoral)\tMichaelmas term 2025\tComplete",
    "Part 4 \u2013 Suitability of staff, supply staff, and proprietors\t\t\t\t\t",
    "6\tParagraph 21(3)(a) and (b) \u2013 the single central register of appointments contains all the required "
    "information\tCarry out a full audit of the single central register and personnel files, and correct all "
    "missing or incomplete checks.\tHR Manager\tSeptember 2025\tComplete",
    "Part 8 \u2013 Quality of leadership in and management of schools\t\t\t\t\t",
    "7\tParagraph 34(1)(a) to (c) \u2013 leadership and management demonstrate good skills and knowledge and "
    "fulfil their responsibilities so that the Standards are met consistently\tCommission an external "
    "compliance review of all the Independent School Standards ahead of the progress monitoring inspection.\t"
    "Head\t28 February 2026\tOn track",
    "8\t\tIntroduce a governors\u2019 compliance committee meeting each half term, with a standing compliance "
    "dashboard.\tClerk to the Governors\tApril 2026\tNot started",
    "",
    "Summary: 8 actions \u2013 5 complete, 2 on track, 1 not started.",
    "Note: actions marked Complete remain subject to monitoring by the Board of Governors until the "
    "DfE-commissioned progress monitoring inspection.",
]


def make_stedmunds():
    path = out("zqk-st-edmunds-school-canterbury-isi-standards-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(STE_LINES) + "\n")


if __name__ == "__main__":
    make_foston()
    make_kirklees()
    make_warks()
    make_sfrs()
    make_penydre()
    make_cvlt()
    make_stedmunds()
    print("\n".join(sorted(n for n in os.listdir(HERE) if n.startswith("zqk-"))))
