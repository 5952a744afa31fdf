#!/usr/bin/env python3
"""Build the seven zee- blind test files (set heldout800).

Run:  python zee_make.py            -> writes the seven data files
      python zee_make.py --expected -> also writes NAME.expected.yaml beside each

Data for every plan is held once below; the expected reading of each action
(lead list, end month, status) is written by hand beside the action.
"""
import csv
import datetime as dt
import os
import re
import sys

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

EXPECTED = {}  # file name -> dict for the yaml


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

RAGFILL = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}


# ----------------------------------------------------------------------------
# 1. HMP Rye Hill - HMPPS action plan responding to HMIP inspection (docx)
# ----------------------------------------------------------------------------
def make_rye_hill():
    name = "zee-hmp-rye-hill-hmip-inspection-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Action Plan: HMP Rye Hill", style="Title")
    doc.add_paragraph("Action Plan Submitted: 21 January 2025")
    doc.add_paragraph("A Response to the HMIP Inspection: 20–21 August and 2–13 September 2024")
    doc.add_paragraph("Report Published: 26 November 2024")
    doc.add_paragraph("Progress position: 30 April 2025")

    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the "
        "conditions for, and treatment of, prisoners. Following its inspection, HMIP reported priority and key "
        "concerns rather than recommendations. HMP Rye Hill, operated by G4S Care and Justice Services under "
        "contract to HMPPS, is required to draft a robust and timely action plan to address these concerns. The "
        "action plan confirms whether each concern is agreed, partly agreed or not agreed (see categorisations "
        "below). Where a concern is agreed or partly agreed, the action plan sets out specific actions, each with "
        "a responsible owner and a target date."
    )
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        bold_cell(c, h)
    for row in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed, with SMART actions."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable and affordable.",
         "The response must state clearly which part will be addressed and why the remainder cannot be."),
        ("Not Agreed", "The concern is not agreed with and will not be implemented.",
         "The response must explain the reason, e.g. commissioning, policy or operational constraints."),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph(
        "Status key (as at 30 April 2025): Complete (blue) – action delivered and evidenced; "
        "On track (green); At risk (amber); Off track (red)."
    )

    STATUS_FILL = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966", "Off track": "FF7C80"}
    STATUS_MAP = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}

    # (area, concern text, agreement, response, [ (ref, action, owner, target, status, lead_list, end, end_text) ])
    areas = [
        ("Safety", [
            ("Key concern 4: The quality of assessment, care in custody and teamwork (ACCT) documents was "
             "inconsistent, and case reviews did not routinely include healthcare staff.",
             "Agreed",
             "The prison accepts that ACCT care maps were not always specific and that healthcare attendance at "
             "reviews was inconsistent. Quality assurance will be strengthened through the Safety Intervention "
             "Meeting.",
             [
                 ("4.1", "Deliver refresher ACCT case manager training to all supervising officers, with a focus "
                         "on the quality of care maps.", "Head of Safer Custody", "31 March 2025", "Complete",
                  ["Head of Safer Custody"], "2025-03", None),
                 ("4.2", "Introduce a monthly dip-sample of 10 open and closed ACCT documents, with findings "
                         "reported to the Safety Intervention Meeting.", "Head of Safer Custody / Head of "
                         "Healthcare", "Monthly from February 2025", "On track",
                  ["Head of Safer Custody", "Head of Healthcare"], None, "Monthly from February 2025"),
             ]),
        ]),
        ("Respect", [
            ("Priority concern 1: The prison did not have enough staff to escort prisoners to external hospital "
             "appointments, and too many appointments were cancelled or rearranged as a result.",
             "Agreed",
             "The Director recognises the long-standing impact of escort shortfalls on prisoners’ health care. A "
             "revised escort profile has been agreed with the HMPPS Contract Management Team.",
             [
                 ("1.1", "Agree a revised escort profile with the HMPPS Controller so that two dedicated escort "
                         "teams are detailed every weekday.", "Director", "28 February 2025", "Complete",
                  ["Director"], "2025-02", None),
                 ("1.2", "Record every cancelled external appointment and its reason on the healthcare dashboard "
                         "and review the data at the monthly Local Delivery Board.", "Head of Healthcare",
                  "31/03/2025", "Complete", ["Head of Healthcare"], "2025-03", None),
                 ("1.3", "Recruit and train six additional custody officers to provide hospital bed-watch cover.",
                  "Head of Operations", "30 June 2025", "Off track", ["Head of Operations"], "2025-06", None),
             ]),
            ("Priority concern 2: The mental health team had no allocated consultation rooms, so confidential "
             "assessments and therapy sessions often took place in unsuitable areas.",
             "Agreed",
             "Two rooms in the healthcare centre have been identified for conversion; works require approval of "
             "the capital bid.",
             [
                 ("2.1", "Convert two rooms in the healthcare centre into dedicated mental health consultation "
                         "rooms.", "Head of Healthcare / Head of Estates", "30 April 2025", "At risk",
                  ["Head of Healthcare", "Head of Estates"], "2025-04", None),
                 ("2.2", "Agree interim use of the chaplaincy interview room for booked mental health sessions "
                         "each weekday morning.", "Head of Healthcare", "January 2025", "Complete",
                  ["Head of Healthcare"], "2025-01", None),
             ]),
            ("Key concern 6: Prisoners could not use in-cell telephones after 7pm.",
             "Not Agreed",
             "In-cell telephony hours are set nationally under the HMPPS contract and cannot be varied locally. "
             "No local action is planned.",
             []),
        ]),
        ("Purposeful activity", [
            ("Key concern 5: Too few prisoners with low levels of literacy received the support they needed, "
             "and the waiting list for peer-mentored reading was long.",
             "Agreed",
             "The reading strategy will be expanded, with more peer mentors and sessions on the residential units.",
             [
                 ("5.1", "Train 12 additional peer reading mentors through the Shannon Trust programme.",
                  "Head of Learning and Skills", "31 May 2025", "On track",
                  ["Head of Learning and Skills"], "2025-05", None),
                 ("5.2", "Introduce a weekly reading session on each residential unit for prisoners on the "
                         "waiting list.", "Head of Learning and Skills; Head of Residence", "March 2025",
                  "Complete", ["Head of Learning and Skills", "Head of Residence"], "2025-03", None),
             ]),
        ]),
        ("Preparation for release", [
            ("Key concern 7: Too many prisoners were released without sustainable accommodation, and the prison "
             "did not know their outcomes after release.",
             "Partly Agreed",
             "The prison will improve release planning with partners. Securing accommodation depends on local "
             "authorities and Commissioned Rehabilitative Services providers outside the prison’s control.",
             [
                 ("7.1", "Establish a monthly release-planning panel with the Probation Service and local "
                         "authority housing teams for all prisoners due for release within 12 weeks.",
                  "Head of Reducing Reoffending", "Feb-25", "Complete",
                  ["Head of Reducing Reoffending"], "2025-02", None),
                 ("7.2", "Collect accommodation outcomes three and six weeks after release for all releases and "
                         "report them to the Reducing Reoffending meeting.", "Head of Reducing Reoffending",
                  "Ongoing", "On track", ["Head of Reducing Reoffending"], None, "Ongoing"),
             ]),
        ]),
    ]

    actions = []
    for area, concerns in areas:
        doc.add_heading(area, level=1)
        for concern, agreement, response, acts in concerns:
            t = doc.add_table(rows=2, cols=5)
            t.style = "Table Grid"
            r0 = t.rows[0].cells
            m = r0[0].merge(r0[4])
            bold_cell(m, concern)
            shade(m, "D9E2F3")
            r1 = t.rows[1].cells
            bold_cell(r1[0], agreement)
            m = r1[1].merge(r1[4])
            m.text = response
            if acts:
                hdr = t.add_row().cells
                for c, h in zip(hdr, ["Ref", "Action", "Responsible owner", "Target date", "Status"]):
                    bold_cell(c, h)
                    shade(c, "F2F2F2")
                for ref, text, owner, target, status, lead, end, end_text in acts:
                    cells = t.add_row().cells
                    for c, v in zip(cells, [ref, text, owner, target, status]):
                        c.text = v
                    shade(cells[4], STATUS_FILL[status])
                    actions.append(act(ref, [area, concern], text, lead, end, STATUS_MAP[status], end_text))
            doc.add_paragraph("")

    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for (a, b), row in zip([("Signed (Director, HMP Rye Hill)", "S. Okonkwo"),
                            ("Agreed (HMPPS Controller)", "M. Farrell"),
                            ("Date", "21/01/2025")], t.rows):
        row.cells[0].text, row.cells[1].text = a, b
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "HMP Rye Hill (G4S, Northamptonshire), HMIP full inspection 20–21 August and 2–13 September 2024, "
            "report published 26 November 2024 with an action plan linked from "
            "https://hmiprisons.justiceinspectorates.gov.uk/hmipris_reports/hmp-rye-hill ; concerns paraphrased "
            "from its summary (hospital escorts, mental health rooms). Layout copies the published HMPPS "
            "'Action Plan: HMP ...' template (e.g. HMP Elmley 2019, HMP The Verne 2020 transcripts on "
            "vdocuments/fdocuments): title block with submitted/inspection/published lines, introduction, "
            "Agreed / Partly Agreed / Not Agreed categorisation table, then the concerns (post-May-2022 "
            "priority and key concerns) each with agreement, response and action rows; here grouped under "
            "healthy-prison area headings with one table per concern, a shaded status column and a sign-off table."
        ),
        "reads": (
            "A Word action plan for HMP Rye Hill: four healthy-prison area headings (Safety, Respect, Purposeful "
            "activity, Preparation for release), each followed by one table per inspection concern. Each table "
            "has the concern in a merged shaded row, an Agreed/Partly Agreed/Not Agreed row with the response, "
            "then numbered actions with responsible owner, target date and status (one concern is Not Agreed and "
            "has no actions). The categorisation table at the top and the sign-off table at the end are not plan."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action Plan: HMP Rye Hill",
        "actions": actions,
    }


# ----------------------------------------------------------------------------
# 2. Durham Constabulary - HMICFRS national thematic recommendations register (xlsx)
# ----------------------------------------------------------------------------
def make_durham():
    name = "zee-durham-constabulary-hmicfrs-national-thematic-recommendations-register.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    title = "Durham Constabulary – HMICFRS National Thematic Inspections: Recommendations Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Position as at: 31 October 2025"
    ws["A4"] = "Reported to: Joint Independent Audit Committee, 27 November 2025"
    ws["A5"] = "Register owner: Head of Strategic Planning and Inspection"
    ws["A7"] = "RAG status key"
    ws["A7"].font = Font(bold=True)
    key = [("B", "Complete – evidence submitted to the HMICFRS Force Liaison Lead and closed"),
           ("G", "On track to deliver by the due date"),
           ("A", "At risk – may not meet the due date"),
           ("R", "Overdue or off track")]
    for i, (k, v) in enumerate(key, start=8):
        ws.cell(i, 1, k).fill = fill(RAGFILL[k])
        ws.cell(i, 2, v)
    ws["A13"] = ("Note: where the Force Executive Board has agreed a revised due date it is shown in the Revised "
                 "due date column and replaces the original date. PEEL areas for improvement are tracked in the "
                 "separate PEEL improvement plan.")
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 80

    S = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    grouped = [
        ("Activism & impartiality", "An inspection into activism and impartiality in policing",
         "Published September 2024 | Chief officer lead: Deputy Chief Constable", [
             ("Recommendation 1: By 31 March 2025, chief constables should review their force’s policies on staff "
              "support networks to make sure they are consistent with the principle of impartiality.", [
                 ("1.1", "Review the terms of reference of all staff support networks against the impartiality "
                         "principle and agree revised terms at the People Board.", "Head of People",
                  D(2025, 3, 31), None, "G", "B", "Revised terms agreed March 2025; evidence submitted.",
                  ["Head of People"], "2025-03"),
                 ("1.2", "Publish guidance for network chairs on the use of force branding and on engaging with "
                         "campaign groups.", "Head of People / Head of Corporate Communications",
                  D(2025, 3, 31), D(2025, 6, 30), "A", "B", "Guidance published 20 June 2025.",
                  ["Head of People", "Head of Corporate Communications"], "2025-06"),
             ]),
             ("Recommendation 3: By 30 September 2025, chief constables should make sure that their force’s social "
              "media guidance for officers and staff reflects the principle of impartiality.", [
                 ("3.1", "Update the force social media policy and deliver a mandatory impartiality e-learning "
                         "module to all officers and staff.", "Head of Corporate Communications",
                  D(2025, 9, 30), D(2025, 12, 31), "G", "A",
                  "Policy updated; e-learning completion at 61%.", ["Head of Corporate Communications"],
                  "2025-12"),
             ]),
         ]),
        ("Serious youth violence", "An inspection of how well the police tackle serious youth violence",
         "Published September 2023 | Chief officer lead: ACC Local Policing", [
             ("Recommendation 2: Chief constables should make sure that their force’s data on serious youth "
              "violence is shared with violence reduction units and community safety partnerships.", [
                 ("2.1", "Agree a data-sharing agreement with the Durham and Darlington Violence Reduction Unit.",
                  "Det Supt Safer Communities", D(2025, 3, 31), None, "G", "B", "Agreement signed February 2025.",
                  ["Det Supt Safer Communities"], "2025-03"),
                 ("2.2", "Publish a quarterly serious youth violence problem profile for the community safety "
                         "partnerships.", "Head of Analysis; Det Supt Safer Communities", D(2025, 12, 31), None,
                  "A", "G", "First profile drafted; due to CSPs in December.",
                  ["Head of Analysis", "Det Supt Safer Communities"], "2025-12"),
             ]),
             ("Recommendation 5: Chief constables should make sure that officers use a child-centred approach "
              "when dealing with children involved in serious youth violence.", [
                 ("5.1", "Deliver the Child Centred Policing input to all neighbourhood and response officers.",
                  "Supt Neighbourhood Policing", D(2025, 9, 30), None, "G", "R",
                  "Input delivered to 48% of officers; abstractions for public order training.",
                  ["Supt Neighbourhood Policing"], "2025-09"),
             ]),
         ]),
    ]
    actions = []
    hdr = ["Ref", "Recommendation / action", "Action owner", "Due date", "Revised due date",
           "Previous RAG", "Current RAG", "Update (October 2025)"]
    for sheet, report, sub, recs in grouped:
        p = wb.create_sheet(sheet)
        p["A1"] = report
        p["A1"].font = Font(bold=True, size=12)
        p["A2"] = sub
        p["A2"].font = Font(italic=True)
        for c, h in enumerate(hdr, 1):
            cell = p.cell(4, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("1F3864")
            cell.alignment = WRAP
        for i, w in enumerate([8, 70, 30, 13, 13, 10, 10, 55]):
            p.column_dimensions["ABCDEFGH"[i]].width = w
        r = 5
        for rec, acts in recs:
            p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = p.cell(r, 1, rec)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.alignment = WRAP
            p.row_dimensions[r].height = 30
            r += 1
            for ref, text, owner, due, rev, prev, cur, upd, lead, end in acts:
                for ci, v in enumerate([ref, text, owner, due, rev, prev, cur, upd], 1):
                    cell = p.cell(r, ci, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                p.cell(r, 6).fill = fill(RAGFILL[prev])
                p.cell(r, 7).fill = fill(RAGFILL[cur])
                actions.append(act(ref, [report, rec], text, lead, end, S[cur]))
                r += 1

    # ---- other reports: one row per recommendation -----------------------
    t = wb.create_sheet("Other reports")
    t["A1"] = "Other national thematic reports – one row per recommendation"
    t["A1"].font = Font(bold=True, size=12)
    hdr = ["Report", "Published", "Rec", "Recommendation", "Force action", "Lead", "Due",
           "Previous RAG", "Current RAG", "Comment"]
    for c, h in enumerate(hdr, 1):
        cell = t.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
    for i, w in enumerate([34, 11, 5, 55, 55, 28, 12, 10, 10, 40]):
        t.column_dimensions["ABCDEFGHIJ"[i]].width = w
    flat = [
        ("Finding time for crime: the police response to burglary, robbery and other acquisitive crime",
         "Aug-2022", "4",
         "Chief constables should make sure that their forces attend all reports of residential burglary.",
         "Monitor attendance at all residential burglaries through the daily management meeting and report "
         "compliance to the Performance and Delivery Board each month.",
         "Supt Neighbourhood Policing / Head of Performance", D(2025, 6, 30), "G", "B",
         "Attendance at 99.2% for six consecutive months.",
         ["Supt Neighbourhood Policing", "Head of Performance"], "2025-06"),
        ("An inspection into how well the police and other agencies use digital forensics in their "
         "investigations", "Dec-2022", "2",
         "Chief constables should make sure that their digital forensic units have enough capacity to meet "
         "demand and that backlogs are reduced.",
         "Introduce digital triage kiosks in each area command and report the device backlog to the Force "
         "Executive Board each month.", "Head of Digital Forensics", D(2025, 12, 31), "A", "A",
         "Kiosks installed in two of three commands; backlog 212 devices.", ["Head of Digital Forensics"],
         "2025-12"),
    ]
    for i, (rep, pub, rec, rtext, action, lead_txt, due, prev, cur, com, lead, end) in enumerate(flat, 4):
        for ci, v in enumerate([rep, pub, rec, rtext, action, lead_txt, due, prev, cur, com], 1):
            cell = t.cell(i, ci, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        t.cell(i, 8).fill = fill(RAGFILL[prev])
        t.cell(i, 9).fill = fill(RAGFILL[cur])
        actions.append(act(rec, [rep, rtext], action, lead, end, S[cur]))

    # ---- summary sheet --------------------------------------------------
    s = wb.create_sheet("Summary", 1)
    s["A1"] = "Summary of current RAG status"
    s["A1"].font = Font(bold=True, size=12)
    rows = [("Report", "Actions", "B", "G", "A", "R"),
            ("Activism and impartiality in policing", 3, 2, 0, 1, 0),
            ("Serious youth violence", 3, 1, 1, 0, 1),
            ("Other reports", 2, 1, 0, 1, 0),
            ("Total", 8, 4, 1, 2, 1)]
    for ri, row in enumerate(rows, 3):
        for ci, v in enumerate(row, 1):
            cell = s.cell(ri, ci, v)
            cell.border = BOX
            if ri in (3, 7):
                cell.font = Font(bold=True)
    s.column_dimensions["A"].width = 40
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Durham Constabulary, 2025 – a force register of recommendations from HMICFRS national thematic "
            "inspections (activism and impartiality 2024, serious youth violence 2023, Finding time for crime "
            "2022, digital forensics 2022), of the kind forces report quarterly to the PCC's joint audit "
            "committee (cf. City of London Police 'Quarterly HMICFRS Inspections Update', "
            "https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=143013 , with RAG counts and open/closed "
            "actions). Recommendation wording paraphrased. Copied features: cover sheet with position date, "
            "committee and RAG letter key; a summary sheet of RAG counts; one sheet per major report with the "
            "report name on top and merged 'Recommendation n:' rows above numbered actions, due and revised due "
            "dates as date cells, previous and current RAG letters with fills; a flat sheet for smaller reports "
            "with report, published, rec number, recommendation and force action on one row."
        ),
        "reads": (
            "An Excel register: Cover (title, position date, RAG key) and Summary (counts) are not plan. Two "
            "report sheets name the inspection in A1 and list merged recommendation rows, each above its "
            "numbered actions with owner, due date, revised due date, previous and current RAG; the 'Other "
            "reports' sheet gives one recommendation and its force action per row. Eight actions; the revised "
            "date replaces the due date where given and the current RAG is the status."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ----------------------------------------------------------------------------
# 3. West Yorkshire FRS - Grenfell Tower Inquiry Phase 2 action plan (xlsx)
# ----------------------------------------------------------------------------
def make_wyfrs():
    name = "zee-west-yorkshire-fire-rescue-service-grenfell-tower-inquiry-phase-2-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "GTI Phase 2 Action Plan"
    title = "West Yorkshire Fire and Rescue Service – Grenfell Tower Inquiry Phase 2: Action Plan"
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("C00000")
    ws.merge_cells("A2:I2")
    ws["A2"] = "Report to Community Safety Committee – 23 January 2026 | Position as at 31 December 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Rec", "Recommendation", "Ref", "Action", "Lead Officer", "Original target date",
           "Revised target date", "RAG", "Progress update (December 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.alignment = WRAP
        cell.border = BOX
    for i, w in enumerate([6, 50, 6, 55, 28, 13, 13, 7, 50]):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    COL = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    plan = [
        ("Theme 1 – Protection and building safety", [
            ("1", "Fire and rescue services should review their protection capacity and capability so that they "
                  "can discharge their duties under the Building Safety Act 2022 and the Regulatory Reform (Fire "
                  "Safety) Order 2005.", [
                ("1.1", "Complete a protection workforce plan setting out the number of competent fire safety "
                        "inspectors needed to deliver the Risk Based Inspection Programme.",
                 "Area Manager Protection", D(2025, 3, 31), D(2025, 9, 30), "blue",
                 "Plan approved by Management Board 16 September 2025.", ["Area Manager Protection"], "2025-09"),
                ("1.2", "Extend the Level 4 Diploma in Fire Safety programme to a further 12 watch-based staff.",
                 "Group Manager Protection", D(2026, 3, 31), None, "green",
                 "12 staff enrolled; first assessments February 2026.", ["Group Manager Protection"], "2026-03"),
            ]),
            ("2", "Fire and rescue services should hold accurate and up-to-date risk information on high-rise "
                  "residential buildings, including the external wall system, and make it available to crews and "
                  "to fire control.", [
                ("2.1", "Validate the Site Specific Risk Information for all 498 high-rise residential buildings "
                        "in West Yorkshire.", "Area Manager Protection / Area Manager Operational Response",
                 D(2025, 12, 31), D(2026, 3, 31), "amber",
                 "412 of 498 validated; revised date agreed owing to access issues.",
                 ["Area Manager Protection", "Area Manager Operational Response"], "2026-03"),
                ("2.2", "Integrate Building Safety Regulator data on external wall systems into the mobile data "
                        "terminals.", "Head of ICT", D(2025, 9, 30), None, "red",
                 "Data feed not yet available from the regulator; escalated to NFCC.", ["Head of ICT"], "2025-09"),
            ]),
        ]),
        ("Theme 2 – Operational response and fire control", [
            ("3", "Control rooms should be able to receive and share information about changing conditions in a "
                  "building and the need to evacuate, and control staff should be trained to handle large numbers "
                  "of simultaneous fire survival guidance calls.", [
                ("3.1", "Deliver multi-caller fire survival guidance training and a live exercise for all Fire "
                        "Control staff.", "Fire Control Manager", D(2025, 10, 31), None, "blue",
                 "All four watches trained and exercised.", ["Fire Control Manager"], "2025-10"),
                ("3.2", "Test the revised evacuation alert procedure in a live exercise with the Building Safety "
                        "Regulator and two responsible persons.", "Area Manager Operational Response",
                 D(2026, 1, 31), None, "green", "Exercise Kestrel booked for 20 January 2026.",
                 ["Area Manager Operational Response"], "2026-01"),
            ]),
        ]),
        ("Theme 3 – Training, learning and culture", [
            ("4", "Fire and rescue services should strengthen incident command training so that commanders "
                  "recognise when a change of strategy from ‘stay put’ to simultaneous evacuation is needed.", [
                ("4.1", "Include a high-rise evacuation decision scenario in all Level 2 and Level 3 incident "
                        "command assessments.", "Head of Training and Development", D(2026, 3, 31), None, "green",
                 "Scenario written and piloted at Birkenshaw training centre.",
                 ["Head of Training and Development"], "2026-03"),
            ]),
        ]),
    ]
    actions = []
    r = 5
    for theme, recs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("404040")
        r += 1
        for recno, rtext, acts in recs:
            first = r
            for ref, text, lead_txt, orig, rev, rag, upd, lead, end in acts:
                vals = [None, None, ref, text, lead_txt, orig, rev, None, upd]
                for ci, v in enumerate(vals, 1):
                    cell = ws.cell(r, ci, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(r, 8).fill = fill(COL[rag])
                if rev is not None:
                    ws.cell(r, 7).font = Font(color="C00000")
                actions.append(act(ref, [theme, rtext], text, lead, end, rag))
                r += 1
            ws.cell(first, 1, recno).alignment = WRAP
            ws.cell(first, 2, rtext).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (k, label) in enumerate([("blue", "Complete"), ("green", "On track"),
                                    ("amber", "Some slippage – revised date agreed"),
                                    ("red", "Significantly off track – escalated")], start=r + 1):
        ws.cell(i, 1).fill = fill(COL[k])
        ws.cell(i, 2, label)
    ws.cell(r + 6, 1, "Notes: revised target dates (shown in red) were agreed by the Grenfell Phase 2 Board on "
                      "4 November 2025. Recommendations addressed only to government or the NFCC are monitored "
                      "separately and are not included.")
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "West Yorkshire Fire and Rescue Service, 2025–26 – a service action plan answering the fire and "
            "rescue service recommendations of the Grenfell Tower Inquiry Phase 2 report (September 2024, Part 14 "
            "Recommendations, https://grenfelltowerinquiry.org.uk/report/phase-2/volume-7.html), as fire "
            "authorities report to committee (recommendation wording here paraphrased). Copied features: red "
            "title band and committee/position line, grey theme rows merged across, recommendation number and "
            "text merged down beside their numbered actions, original and revised target dates as date cells "
            "(revised in red), RAG shown by fill colour only with a key below the table, and a notes line."
        ),
        "reads": (
            "One Excel sheet: three merged theme rows, under each the numbered recommendations whose number and "
            "text cells are merged down over their actions. Each action row has its ref, action, lead officer, "
            "original and revised target dates, a RAG cell coloured but empty, and a progress update; the key "
            "below gives blue = complete, green, amber, red. Seven actions; the revised date is the end where given."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ----------------------------------------------------------------------------
# 4. Hurst Green Primary School - school development plan (docx)
# ----------------------------------------------------------------------------
def make_hurst_green():
    name = "zee-hurst-green-primary-school-school-development-plan-2025-26.docx"
    doc = Document()
    landscape(doc)
    title = "Hurst Green Primary School – School Development Plan 2025–2026"
    doc.add_paragraph(title, style="Title")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for row, (a, b) in zip(info.rows, [("Headteacher", "Mrs K. Dhaliwal (KD)"),
                                       ("Chair of Governors", "Mr P. Ashworth"),
                                       ("Approved by the Full Governing Body", "7 October 2025"),
                                       ("Review points", "December 2025, February 2026, July 2026")]):
        bold_cell(row.cells[0], a)
        row.cells[1].text = b

    doc.add_heading("Our priorities for 2025–2026", level=1)
    for ptxt in ["Reading fluency and comprehension in Key Stage 2", "Attendance and persistent absence",
                 "EYFS outdoor learning", "Curriculum and assessment in the foundation subjects"]:
        doc.add_paragraph(ptxt, style="List Bullet")
    doc.add_paragraph("Staff key: KD – Headteacher; JO – Deputy Headteacher; SM – English Lead; "
                      "LB – Attendance Officer; RP – EYFS Lead; TW – Humanities Lead.")

    doc.add_heading("RAG key (February 2026 review)", level=2)
    COL = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000"}
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for row, (k, label) in zip(key.rows, [("blue", "Completed"), ("green", "On track"),
                                          ("amber", "Some slippage – action needed"),
                                          ("red", "Not on track"), (None, "Not yet started")]):
        if k:
            shade(row.cells[0], COL[k])
        row.cells[1].text = label

    priorities = [
        ("Priority 1: Improve reading fluency and comprehension across Key Stage 2",
         "Lead: JO | Link governor: Mrs A. Hussain",
         "Success criteria: 75% of Year 6 pupils reach the expected standard in reading (2025: 64%).", [
             ("1.1", "Introduce daily 20-minute whole-class fluency sessions in Years 3–6, using modelled, echo and "
                     "choral reading.", "SM", "September 2025", "Drop-ins by JO/SM each half term", "£450 texts",
              "blue", ["SM"], "2025-09", None),
             ("1.2", "English Lead to deliver CPD on reciprocal reading and team-teach one lesson in each KS2 "
                     "class.", "SM / JO", "Autumn term 2025", "CPD log; lesson visits", "Staff meeting time",
              "blue", ["SM", "JO"], "2025-12", "Autumn term 2025"),
             ("1.3", "Restock the Year 5 and Year 6 class libraries and launch Reading Ambassadors in Year 6.",
              "SM, TW", "Nov 2025", "Pupil voice", "£1,200", "amber", ["SM", "TW"], "2025-11", None),
             ("1.4", "Assess all KS2 pupils using NGRT each term; pupils below age-related expectations to receive "
                     "targeted fluency intervention.", "JO, SENCo", "Termly", "Pupil progress meetings",
              "£980 licence", "green", ["JO", "SENCo"], None, "Termly"),
         ]),
        ("Priority 2: Improve attendance and reduce persistent absence",
         "Lead: KD | Link governor: Mr D. Price",
         "Success criteria: overall attendance at least 96%; persistent absence below 12% (2024–25: 16.8%).", [
             ("2.1", "Hold weekly attendance meetings with the DSL and send early-help letters when a pupil's "
                     "attendance falls below 92%.", "LB / KD", "Weekly", "Attendance reports to governors",
              "Staff time", "green", ["LB", "KD"], None, "Weekly"),
             ("2.2", "Launch a 'Ready to Learn' breakfast club for pupils identified as persistently absent.",
              "LB", "By February half term 2026", "Register of attendance at club", "£2,100 (PP)", "amber",
              ["LB"], "2026-02", "By February half term 2026"),
             ("2.3", "Review the attendance policy with governors against the DfE ‘Working together to improve "
                     "school attendance’ guidance.", "KD & Governors", "Summer term 2026", "FGB minutes", "Nil",
              None, ["KD", "Governors"], "2026-07", "Summer term 2026"),
         ]),
        ("Priority 3: Develop the EYFS outdoor learning environment",
         "Lead: RP | Link governor: Mrs A. Hussain",
         "Success criteria: outdoor continuous provision covers all seven areas of learning; GLD at least 70%.", [
             ("3.1", "Redesign the Reception outdoor area so that continuous provision covers all seven areas of "
                     "learning.", "RP", "July 2026", "Learning walks with KD", "£6,500", "green", ["RP"],
              "2026-07", None),
             ("3.2", "Apply to the PTA and the Halesowen Community Fund for the £6,500 equipment budget.",
              "RP / School Business Manager", "Dec 2025", "Bid outcome", "Nil", "red",
              ["RP", "School Business Manager"], "2025-12", None),
         ]),
        ("Priority 4: Strengthen the curriculum and assessment in the foundation subjects",
         "Lead: TW | Link governor: Mr D. Price",
         "Success criteria: every foundation subject has a sequenced curriculum and an end-of-unit assessment.", [
             ("4.1", "Each subject leader to complete one subject deep dive per term and report findings to the "
                     "Curriculum Committee.", "All subject leaders", "Termly", "Curriculum Committee minutes",
              "Release time", "green", ["All subject leaders"], None, "Termly"),
             ("4.2", "Introduce end-of-unit knowledge quizzes in history and geography, with results recorded on "
                     "Arbor.", "TW", "March 2026", "Arbor data", "Nil", "green", ["TW"], "2026-03", None),
         ]),
    ]
    actions = []
    for heading, leadline, success, acts in priorities:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(leadline)
        doc.add_paragraph(success)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Who", "When", "Monitoring", "Cost",
                                           "RAG (Feb 2026)"]):
            bold_cell(c, h)
        for ref, text, who, when, mon, cost, rag, lead, end, end_text in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, who, when, mon, cost, ""]):
                c.text = v
            if rag:
                shade(cells[6], COL[rag])
            actions.append(act(ref, [heading], text, lead, end, rag or "unrated", end_text))
        doc.add_paragraph("")

    doc.add_heading("Budget summary", level=1)
    b = doc.add_table(rows=1, cols=2)
    b.style = "Table Grid"
    bold_cell(b.rows[0].cells[0], "Priority")
    bold_cell(b.rows[0].cells[1], "Budget")
    for a, v in [("Priority 1", "£2,630"), ("Priority 2", "£2,100"), ("Priority 3", "£6,500"),
                 ("Priority 4", "Release time only"), ("Total", "£11,230")]:
        cells = b.add_row().cells
        cells[0].text, cells[1].text = a, v
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Hurst Green Primary School (Halesowen, Dudley), school development plan 2025–26, imitating the "
            "one-year SDPs primary schools publish on their websites: cover details table, list of priorities, "
            "staff initials key, a RAG key with coloured cells, then one heading per priority with lead and "
            "success-criteria lines over a table of Ref / Action / Who (initials) / When (terms, months, Termly) "
            "/ Monitoring / Cost / RAG where the RAG is the cell's shading only, ending with a budget summary table."
        ),
        "reads": (
            "A Word SDP with four priority headings, each followed by a lead line, a success-criteria line and a "
            "table of numbered actions; who does each action is given by staff initials (key near the top) or "
            "posts, when by month, term or Termly/Weekly, and the RAG column is coloured with no text (one cell "
            "left blank = not yet started). The details table, key tables and budget summary are not actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ----------------------------------------------------------------------------
# 5. Newcastle and Stafford Colleges Group - Ofsted PIAP (tab-separated txt)
# ----------------------------------------------------------------------------
def make_nscg():
    name = "zee-newcastle-and-stafford-colleges-group-ofsted-post-inspection-action-plan.txt"
    title = "Newcastle and Stafford Colleges Group – Post-Inspection Action Plan"
    S = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}
    sections = [
        ("QUALITY OF EDUCATION", [
            ("Leaders should ensure that tutors on adult learning programmes use assessment effectively to check "
             "what learners know and can do before moving on to new topics.", [
                ("1.1", "Deliver CPD on questioning and retrieval practice to all adult learning tutors.",
                 "Director of Adult Learning", "31/05/2025", "", "Complete",
                 "CPD attended by 41 of 43 tutors; observation grades improved", ["Director of Adult Learning"],
                 "2025-05"),
                ("1.2", "Add checking of understanding to the learning walk focus and review findings at the "
                        "monthly quality meeting.", "Head of Quality and Teaching Excellence", "31/07/2025",
                 "31/10/2025", "Complete", "Learning walk summaries July–October 2025",
                 ["Head of Quality and Teaching Excellence"], "2025-10"),
            ]),
            ("Leaders should ensure that apprentices receive timely and helpful feedback on their work so that they "
             "know how to improve.", [
                ("2.1", "Set a 10-working-day feedback standard for all assessed apprenticeship work and monitor "
                        "compliance through the e-portfolio.", "Head of Apprenticeships", "30/06/2025",
                 "31/12/2025", "On track", "Compliance at 84% in October (target 95%)",
                 ["Head of Apprenticeships"], "2025-12"),
                ("2.2", "Train workplace assessors to write developmental feedback.",
                 "Head of Apprenticeships / Quality Manager", "30/09/2025", "", "Complete",
                 "All 27 assessors trained", ["Head of Apprenticeships", "Quality Manager"], "2025-09"),
            ]),
        ]),
        ("PERSONAL DEVELOPMENT", [
            ("Leaders should ensure that all learners, particularly adults, understand the risks of radicalisation "
             "and extremism in the local area.", [
                ("3.1", "Add a local Prevent risk session to the adult learning induction programme.",
                 "Designated Safeguarding Lead", "September 2025", "", "Complete",
                 "Session in all September inductions", ["Designated Safeguarding Lead"], "2025-09"),
                ("3.2", "Run a termly tutorial theme on local risks with the Staffordshire Prevent Coordinator.",
                 "Head of Student Services", "Termly", "", "On track", "Autumn theme delivered November 2025",
                 ["Head of Student Services"], None),
            ]),
        ]),
        ("LEADERSHIP AND MANAGEMENT", [
            ("Governors should receive more detailed information about the quality of high needs provision so "
             "that they can hold leaders to account.", [
                ("4.1", "Add a high needs quality dashboard to the termly Quality and Standards Committee report.",
                 "Vice Principal Curriculum and Quality", "December 2025", "", "On track",
                 "Dashboard drafted for the December meeting", ["Vice Principal Curriculum and Quality"],
                 "2025-12"),
                ("4.2", "Appoint a link governor for SEND and high needs.", "Clerk to the Corporation",
                 "31/10/2025", "31/01/2026", "At risk", "Two candidates identified; appointment at January board",
                 ["Clerk to the Corporation"], "2026-01"),
            ]),
        ]),
    ]
    lines = [
        title,
        "Ofsted inspection of further education and skills: 11–14 March 2025 | Report published: 17 April 2025",
        "Updated for the Quality and Standards Committee – 18 November 2025",
        "",
        "\t".join(["Ref", "Area for improvement (Ofsted report)", "Action", "Lead", "Target date",
                   "Revised target", "Status", "Evidence of impact"]),
    ]
    actions = []
    for sec, afis in sections:
        lines.append(sec + "\t" * 7)
        for afi, acts in afis:
            for i, (ref, text, lead_txt, target, rev, status, ev, lead, end) in enumerate(acts):
                lines.append("\t".join([ref, afi if i == 0 else "", text, lead_txt, target, rev, status, ev]))
                et = "Termly" if target == "Termly" else None
                actions.append(act(ref, [sec, afi], text, lead, end, S[status], et))
    lines += [
        "",
        "Summary: 8 actions – Complete 4; On track 3; At risk 1; Overdue 0",
        "Status key: Complete = actions delivered and impact evidenced (blue); On track (green); "
        "At risk of missing target date (amber); Overdue (red)",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")

    EXPECTED[name] = {
        "source": (
            "Newcastle and Stafford Colleges Group (NSCG), post-inspection action plan after an Ofsted further "
            "education and skills inspection in March 2025, as colleges bring to the governors' quality "
            "committee; areas for improvement written in the style of the 'What does the provider need to do "
            "to improve?' section of Ofsted FE reports. Saved as tab-separated text from the college's tracker: "
            "title lines, a header row, upper-case judgement-area section lines, the area for improvement only "
            "on the first row of its group (continuation rows blank), original and revised target dates, status "
            "words, and summary and key lines at the foot."
        ),
        "reads": (
            "A tab-separated export: three title lines, a header, then three section lines (QUALITY OF "
            "EDUCATION, PERSONAL DEVELOPMENT, LEADERSHIP AND MANAGEMENT); under each, rows of numbered actions "
            "where the Ofsted area for improvement is written on the first row of its group and left blank on "
            "the next. Eight actions with lead, target and revised dates and a status word; the summary and "
            "status-key lines at the end are not actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ----------------------------------------------------------------------------
# 6. Bradford Grammar School - ISI inspection action plan (csv, refuse)
# ----------------------------------------------------------------------------
def make_bgs():
    name = "zee-bradford-grammar-school-isi-inspection-action-plan-typo-month-refuse.csv"
    W = 8
    LMG = "Leadership and management, and governance"
    QOE = "Quality of education, training and recreation"
    WB = "Pupils' physical and mental health and emotional wellbeing"
    SEE = "Pupils' social and economic education and contribution to society"
    rows = [
        ["Bradford Grammar School – ISI Inspection Action Plan"],
        ["Routine inspection: 4–6 February 2025. Report published: 20 March 2025. Plan owner: Deputy Head "
         "(Academic)"],
        ["Last reviewed by the Education Committee of Governors: 9 June 2025"],
        [],
        ["Section", "Recommended next step", "Ref", "Action", "Lead", "By when", "Status", "Notes"],
        [LMG, "Governors should strengthen their oversight of the school's risk assessment processes so that "
              "actions arising are tracked to completion.", "1.1",
         "Add a standing risk-management report to each Finance and General Purposes Committee agenda, with a "
         "termly deep dive into one high-risk area.", "Bursar", "September 2025", "On track", ""],
        ["", "", "1.2", "Arrange governor training on the risk register and the Independent School Standards Part "
                        "8 requirements.", "Clerk to the Governors / Bursar", "31 October 2025", "Not started", ""],
        [QOE, "Leaders should ensure that teachers in the Junior School consistently adapt their teaching for "
              "pupils who have special educational needs and/or disabilities (SEND).", "2.1",
         "Create pupil passports for all pupils on the SEND register and share them with teachers through iSAMS.",
         "Head of Learning Support", "July 2025", "Complete", "All 74 passports live"],
        ["", "", "2.2", "Deliver INSET on adaptive teaching for all Junior School staff, followed by paired "
                        "observations.", "Head of Junior School, Head of Learning Support", "Autumn term 2025",
         "On track", ""],
        ["", "", "2.3", "Sample the books of pupils with SEND each half term and report findings to the Academic "
                        "Committee.", "Deputy Head (Academic)", "Half-termly", "On track", ""],
        [WB, "Leaders should ensure that older pupils have consistent access to timely pastoral support during "
             "the examination period.", "3.1",
         "Extend the school counsellor's hours to four days a week from January to June.",
         "Deputy Head (Pastoral)", "Febuary 2026", "Not started", "Budget agreed at F&GP"],
        ["", "", "3.2", "Introduce drop-in wellbeing sessions in the Sixth Form Centre during study leave.",
         "Head of Sixth Form", "May 2026", "Not started", ""],
        [SEE, "Leaders should develop pupils' understanding of economic wellbeing and financial capability "
              "across the senior school.", "4.1",
         "Map financial education across the PSHE and economics schemes of work for Years 7–11 and fill the "
         "gaps identified.", "Head of PSHE", "December 2025", "On track", ""],
        ["", "", "4.2", "Run a Year 10 enterprise and budgeting day with local employers.",
         "Head of Careers; Head of Economics", "March 2026", "Not started", ""],
        [],
        ["Status key: Complete / On track / At risk / Not started"],
    ]
    typo_line = None
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for i, row in enumerate(rows, 1):
            w.writerow(row + [""] * (W - len(row)))
            if "Febuary 2026" in row:
                typo_line = i
    EXPECTED[name] = {
        "source": (
            "Bradford Grammar School (independent day school, Bradford), 2025 – an action plan answering the "
            "'recommended next steps' of an ISI routine inspection under the 2023 framework, grouped by the "
            "framework's report sections (leadership and management, and governance; quality of education, "
            "training and recreation; pupils' physical and mental health and emotional wellbeing; pupils' "
            "social and economic education and contribution to society) as described in "
            "https://independentschoolmanagement.co.uk/features/extracts-from-reports-under-the-new-isi-framework/ . "
            "Exported from Excel as CSV UTF-8: title lines padded with commas, section and next step given only "
            "on the first row of each group, a key line at the foot."
        ),
        "reads": (
            "A CSV action plan with three title lines, a header, then nine numbered actions under four ISI "
            "sections, each group headed by the recommended next step. The 'By when' cell of action 3.1 reads "
            "'Febuary 2026', a mistyped month, so a careful reader stops there and asks before reading the plan."
        ),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": "Bradford Grammar School – ISI Inspection Action Plan",
    }


# ----------------------------------------------------------------------------
# 7. Astrea Academy Trust - trust improvement plan 2025-26 (xlsx)
# ----------------------------------------------------------------------------
def make_astrea():
    name = "zee-astrea-academy-trust-trust-improvement-plan-2025-26.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    title = "Astrea Academy Trust – Trust Improvement Plan 2025–26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16, color="006B6B")
    ws["A2"] = "Approved by the Board of Trustees, 11 September 2025"
    ws["A4"] = "Version control"
    ws["A4"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", D(2025, 9, 1), "Director of Strategy", "Plan approved by the Board of Trustees"),
          ("1.1", D(2025, 12, 15), "Director of Strategy", "Autumn review RAG added"),
          ("1.2", D(2026, 3, 20), "Director of Strategy", "Spring review RAG and updates added")]
    for ri, row in enumerate(vc, 5):
        for ci, v in enumerate(row, 1):
            c = ws.cell(ri, ci, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if ri == 5:
                c.font = Font(bold=True)
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    for i, (k, label) in enumerate([("B", "Completed"), ("G", "On track"), ("A", "Some risk to delivery"),
                                    ("R", "Off track")], 11):
        ws.cell(i, 1, k).fill = fill(RAGFILL[k])
        ws.cell(i, 2, label)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["D"].width = 40

    S = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    sps = [
        ("SP1 Achievement",
         "Strategic Priority 1: Every pupil achieves well through an ambitious, well-taught curriculum",
         "Executive lead: Director of Education | Trustee committee: Education Standards", [
             ("1.1 Raise attainment in reading, writing and maths (combined) at Key Stage 2 to at least the "
              "national average", [
                 ("1.1a", "Implement the trust reading curriculum, with phonics fidelity checks in every primary "
                          "academy.", "Director of Primary Education", "Dec-25", "All academies pass fidelity "
                  "check", "G", "B", "Fidelity checks completed in all 18 primaries.",
                  ["Director of Primary Education"], "2025-12", None),
                 ("1.1b", "Deploy trust English and maths specialists to the four academies with the lowest 2025 "
                          "combined outcomes.", "Director of Primary Education; Trust Maths Lead",
                  D(2026, 3, 31), "Combined RWM up 8 points in the four academies", "G", "G",
                  "Specialists deployed weekly since October; mock data positive.",
                  ["Director of Primary Education", "Trust Maths Lead"], "2026-03", None),
             ]),
             ("1.2 Improve Progress 8 in the secondary academies, with a focus on disadvantaged pupils", [
                 ("1.2a", "Introduce trust-wide common assessments in English, maths and science at Key Stage 4, "
                          "moderated each term.", "Director of Secondary Education", "Summer term 2026",
                  "Common assessments in place in all secondaries", "A", "G",
                  "Autumn and spring assessments moderated.", ["Director of Secondary Education"], "2026-07",
                  "Summer term 2026"),
                 ("1.2b", "Run a Year 11 mentoring programme for disadvantaged pupils in every secondary academy.",
                  "Secondary Principals", "Ongoing", "Disadvantaged P8 gap narrows", "G", "G",
                  "212 pupils mentored.", ["Secondary Principals"], None, "Ongoing"),
             ]),
         ]),
        ("SP2 Inclusion",
         "Strategic Priority 2: Inclusion – every pupil attends, belongs and is safe",
         "Executive lead: Director of Inclusion | Trustee committee: Education Standards", [
             ("2.1 Reduce persistent absence to below 15% in every academy", [
                 ("2.1a", "Roll out the trust attendance framework, with weekly attendance panels in each academy.",
                  "Director of Inclusion", D(2025, 10, 31), "Panels running in all academies", "B", "B",
                  "Complete.", ["Director of Inclusion"], "2025-10", None),
                 ("2.1b", "Commission an attendance support officer for each secondary academy.",
                  "Director of Inclusion / Head of HR", "Jan-26", "Officers in post", "A", "R",
                  "Recruitment failed in two academies; re-advertised.", ["Director of Inclusion", "Head of HR"],
                  "2026-01", None),
             ]),
             ("2.2 Reduce suspensions and permanent exclusions across the trust", [
                 ("2.2a", "Establish internal alternative provision ('Bridge' centres) in the three largest "
                          "secondary academies.", "Director of Inclusion", "Sept 2026",
                  "Suspensions down 20% in the three academies", "A", "A",
                  "One centre open; capital works for two pending.", ["Director of Inclusion"], "2026-09", None),
             ]),
         ]),
        ("SP3 Our People",
         "Strategic Priority 3: Our people – recruit, develop and retain great staff",
         "Executive lead: Chief People Officer | Trustee committee: People and Culture", [
             ("3.1 Reduce teacher turnover and improve staff wellbeing", [
                 ("3.1a", "Launch a trust-wide flexible working policy and report uptake to the People Committee.",
                  "Head of HR", D(2026, 2, 28), "Policy launched; uptake reported", "G", "B",
                  "Policy launched January 2026.", ["Head of HR"], "2026-02", None),
                 ("3.1b", "Run the staff wellbeing survey in all academies and publish an action plan for each.",
                  "Head of HR & Academy Principals", "April 2026", "Response rate above 70%", "G", "G",
                  "Survey live 2–20 March.", ["Head of HR", "Academy Principals"], "2026-04", None),
             ]),
         ]),
    ]
    # overview sheet
    ov = wb.create_sheet("Overview")
    ov["A1"] = "Overview – Spring review (March 2026)"
    ov["A1"].font = Font(bold=True, size=12)
    ovrows = [("Strategic priority", "Actions", "B", "G", "A", "R"),
              ("SP1 Achievement", 4, 1, 3, 0, 0),
              ("SP2 Inclusion", 3, 1, 0, 1, 1),
              ("SP3 Our People", 2, 1, 1, 0, 0),
              ("Total", 9, 3, 4, 1, 1)]
    for ri, row in enumerate(ovrows, 3):
        for ci, v in enumerate(row, 1):
            c = ov.cell(ri, ci, v)
            c.border = BOX
            if ri in (3, 7):
                c.font = Font(bold=True)
    ov.column_dimensions["A"].width = 30

    actions = []
    for sheet, sp, lead_line, objectives in sps:
        s = wb.create_sheet(sheet)
        s.merge_cells("A1:I1")
        s["A1"] = sp
        s["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        s["A1"].fill = fill("006B6B")
        s["A2"] = lead_line
        s["A2"].font = Font(italic=True)
        hdr = ["Ref", "Objective", "Key actions", "Lead(s)", "Deadline", "Success measure", "Autumn RAG",
               "Spring RAG", "Spring update (March 2026)"]
        for ci, h in enumerate(hdr, 1):
            c = s.cell(4, ci, h)
            c.font = Font(bold=True)
            c.fill = fill("B4DEDE")
            c.border = BOX
            c.alignment = WRAP
        for i, wdt in enumerate([7, 38, 55, 30, 14, 32, 9, 9, 45]):
            s.column_dimensions["ABCDEFGHI"[i]].width = wdt
        r = 5
        for obj, acts in objectives:
            first = r
            for ref, text, lead_txt, deadline, measure, aut, spr, upd, lead, end, end_text in acts:
                vals = [ref, None, text, lead_txt, deadline, measure, aut, spr, upd]
                for ci, v in enumerate(vals, 1):
                    c = s.cell(r, ci, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                s.cell(r, 7).fill = fill(RAGFILL[aut])
                s.cell(r, 8).fill = fill(RAGFILL[spr])
                actions.append(act(ref, [sp, obj], text, lead, end, S[spr], end_text))
                r += 1
            s.cell(first, 2, obj).alignment = WRAP
            if r - 1 > first:
                s.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Astrea Academy Trust (South Yorkshire/Cambridgeshire multi-academy trust), trust improvement plan "
            "2025–26 as trusts present annual plans under their strategic plan (cf. published MAT strategic "
            "plans such as https://www.greensandacademytrust.co.uk/page/?pid=14&title=Strategic+Plan and "
            "https://www.extendlearning.org/Strategic-Plan-2025-2028 with priorities, milestones and action "
            "plans). Copied features: cover sheet with version-control table and RAG letter key, an overview "
            "sheet of RAG counts, one sheet per strategic priority with a coloured merged priority banner, an "
            "executive-lead line, objectives merged down beside their lettered actions, deadlines as text, "
            "dates and terms, and Autumn and Spring review RAG columns."
        ),
        "reads": (
            "An Excel workbook: Cover and Overview are not plan; three priority sheets each carry the strategic "
            "priority in a merged banner, then objectives (numbered 1.1, 1.2 ...) merged down column B beside "
            "their actions 1.1a, 1.1b ... with leads, deadline, success measure and Autumn and Spring RAG "
            "letters. Nine actions; the Spring review RAG is the current status."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


def write_expected():
    class Dumper(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        if "\n" in data:
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
        if re.fullmatch(r"\d{4}-\d{2}", data):
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    Dumper.add_representer(str, str_rep)
    for fname, exp in EXPECTED.items():
        with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.dump(exp, f, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=110,
                      default_flow_style=False)


def main():
    make_rye_hill()
    make_durham()
    make_wyfrs()
    make_hurst_green()
    make_nscg()
    make_bgs()
    make_astrea()
    if "--expected" in sys.argv:
        write_expected()
    for f in sorted(EXPECTED):
        print(f)


if __name__ == "__main__":
    main()
