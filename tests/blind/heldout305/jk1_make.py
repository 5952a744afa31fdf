"""Build the seven jk1- blind test files (set heldout305).

Run with /work/main/.venv/bin/python jk1_make.py ; files are written beside this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

# Common RAG fills
FILL = {
    "Blue": "00B0F0",
    "Green": "92D050",
    "Amber": "FFC000",
    "Red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def boxed(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BORDER
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Darlington Borough Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
DARL_THEMES = [
    ("Theme 1: Help and protection", [
        ("The quality and timeliness of assessments and plans for children in need of help and "
         "protection, including contingency planning.", [
            ("1.1", "Relaunch the practice standards for assessment and planning, with a 'plan on a page' "
                    "template co-designed with practitioners and families.",
             "Principal Social Worker", dt.date(2024, 5, 31), dt.date(2024, 9, 30), "Amber", "Blue",
             "Standards relaunched at Practice Week in September 2024. Template live in the case "
             "recording system."),
            ("1.2", "Monthly thematic audit of CIN and CP plans, with findings reported to the Performance "
                    "and Quality Assurance Board.",
             "Head of Safeguarding and Quality Assurance", dt.date(2024, 7, 31), None, "Green", "Green",
             "Audits completed monthly since May. 62% of plans graded good or better in November "
             "(38% in April)."),
            ("1.3", "Team managers to record management oversight at each review point, using the revised "
                    "supervision template.",
             "Service Manager (CIN/CP) / Team Managers", dt.date(2024, 9, 30), dt.date(2025, 1, 31),
             "Green", "Amber",
             "Template in use in four of six teams. Revised date agreed due to two team manager "
             "vacancies."),
        ]),
        ("The response to children at risk of harm outside the home, including the consistency of "
         "return home interviews.", [
            ("2.1", "Commission a new return home interview service with a 72-hour completion standard.",
             "Head of Commissioning", dt.date(2024, 10, 31), dt.date(2025, 3, 31), "Amber", "Red",
             "Procurement paused pending budget decision; interim in-house arrangement in place."),
            ("2.2", "Embed the contextual safeguarding panel, with police and education partners, to review "
                    "all children assessed as at high risk of exploitation.",
             "Service Manager – Adolescent Services", dt.date(2024, 6, 30), None, "Blue", "Blue",
             "Panel meeting fortnightly since June 2024; terms of reference signed off by the DSP."),
        ]),
    ]),
    ("Theme 2: Children in care and care leavers", [
        ("The sufficiency of local foster homes, so that more children can live close to their "
         "families and communities.", [
            ("3.1", "Deliver the fostering recruitment campaign, targeting 12 new mainstream fostering "
                    "households by March 2025.",
             "Fostering Service Manager", dt.date(2025, 3, 31), None, "Amber", "Amber",
             "5 households approved, 4 in assessment. Campaign refreshed for January."),
            ("3.2", "Review the foster carer fees and allowances offer and present options to Cabinet.",
             "Assistant Director Resources and Commissioning", dt.date(2024, 9, 30), dt.date(2024, 11, 30),
             "Red", "Blue",
             "Revised offer approved by Cabinet on 12 November 2024."),
        ]),
        ("Pathway plans for care leavers, so that they are written with young people and reflect "
         "their needs and aspirations.", [
            ("4.1", "Personal advisers to co-produce pathway plans with young people using the new "
                    "'My Pathway' format.",
             "Team Manager, Leaving Care", dt.date(2024, 12, 31), None, "Green", "Green",
             "71 of 118 pathway plans now on the new format."),
            ("4.2", "Care leavers' forum to review the local offer and publish an updated version on the "
                    "council website.",
             "Participation Officer & Team Manager, Leaving Care", dt.date(2025, 3, 31), None, "New",
             "Not started",
             "Added following Improvement Board in October. Forum session booked for January."),
        ]),
    ]),
    ("Theme 3: Leadership and management", [
        ("The impact of supervision on the progress of children's plans.", [
            ("5.1", "Implement the reflective supervision policy and audit 10% of supervision records "
                    "quarterly.",
             "Principal Social Worker", dt.date(2024, 8, 31), dt.date(2025, 2, 28), "Amber", "Amber",
             "Policy launched. First quarterly audit found 55% of records evidenced reflection."),
        ]),
    ]),
]


def make_darlington():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Darlington Borough Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children's Services Improvement Plan"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = ("Response to the Ofsted Inspection of Local Authority Children's Services (ILACS), "
                 "22 January – 2 February 2024")
    cov["A5"] = "Plan owner"
    cov["B5"] = "Director of Children's Services"
    cov["A6"] = "Oversight"
    cov["B6"] = "Children's Services Improvement Board (monthly)"
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", "08/04/2024", "Assistant Director Children's Social Care", "Plan submitted to Ofsted"),
            ("1.1", "03/06/2024", "Improvement Programme Manager", "Q1 progress update"),
            ("1.2", "02/09/2024", "Improvement Programme Manager", "Q2 progress update; revised dates"),
            ("1.3", "02/12/2024", "Improvement Programme Manager", "Q3 progress update; action 4.2 added")]
    for i, r in enumerate(rows, start=9):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BORDER
            if i == 9:
                c.font = Font(bold=True)
                c.fill = solid("D9D9D9")
    widths(cov, [22, 16, 42, 40])

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws["A1"] = "Children's Services Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("ILACS inspection 22 January – 2 February 2024 | Progress position as at 2 December 2024 "
                "(reported to Improvement Board 9 December 2024)")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    hdr = ["Ref", "Ofsted recommendation (what needs to improve)", "Action", "Lead officer",
           "Original target date", "Revised target date", "Previous RAG", "Current RAG",
           "Progress update (December 2024)"]
    r = 4
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F4E78")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r += 1
    for theme, recs in DARL_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for j in range(1, ncol + 1):
            ws.cell(row=r, column=j).fill = solid("DDEBF7")
        r += 1
        for rec, acts in recs:
            first = r
            ws.cell(row=first, column=2, value=rec)
            for ref, text, lead, orig, rev, prev, cur, upd in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=6, value=rev)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7, value=prev)
                ws.cell(row=r, column=8, value=cur)
                for col, val in ((7, prev), (8, cur)):
                    if val in FILL:
                        ws.cell(row=r, column=col).fill = solid(FILL[val])
                ws.cell(row=r, column=9, value=upd)
                boxed(ws, r, ncol)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: where a revised target date is shown it has been agreed by the "
                                   "Improvement Board. Progress is reported against the revised date.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    r += 2
    ws.cell(row=r, column=1, value="Current RAG summary").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 1
    for label, n in (("Blue (complete)", 3), ("Green", 2), ("Amber", 3), ("Red", 1), ("Not started", 1),
                     ("Total actions", 10)):
        ws.cell(row=r, column=1, value=label)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=n)
        r += 1
    widths(ws, [7, 42, 52, 28, 13, 13, 11, 11, 48])
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate((("Blue", "Action complete and evidenced"),
                                ("Green", "On track to deliver by target date"),
                                ("Amber", "Some slippage; recovery plan in place"),
                                ("Red", "Off track or at risk; escalated to Improvement Board"),
                                ("Not started", "Action not yet due to start")), start=2):
        key.cell(row=i, column=1, value=k)
        if k in FILL:
            key.cell(row=i, column=1).fill = solid(FILL[k])
        key.cell(row=i, column=2, value=v)
    widths(key, [14, 55])
    wb.save(os.path.join(HERE, "jk1-darlington-borough-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Westmorland and Furness SCP - JTAI action plan (xlsx)
# ---------------------------------------------------------------------------
WF_TITLE = "Westmorland and Furness Safeguarding Children Partnership – JTAI Action Plan"
WF_AFIS = [
    ("Area for improvement 1: The identification of child sexual abuse in the family environment, "
     "including the use of the partnership's CSA tools by practitioners in all agencies.", [
        ("1.1", "Deliver multi-agency CSA awareness training, using the Centre of expertise on child sexual "
                "abuse resources, to designated safeguarding leads and frontline practitioners.",
         "WFSCP Business Manager", "Jun-25",
         "Four sessions delivered (112 practitioners). Further dates set for April and May.",
         "Post-training survey: 87% more confident to recognise indicators.", "Green"),
        ("1.2", "Embed the CSA Signs and Indicators Template in children's social care and early help "
                "assessments.",
         "Head of Safeguarding (W&F Council)", dt.date(2025, 2, 28),
         "Template added to assessment forms in February.", "To be tested through audit (action 1.3).",
         "Blue"),
        ("1.3", "Audit a sample of 20 cases where sexual abuse was a presenting concern, to test whether "
                "indicators were recognised at first contact.",
         "QA Sub-group Chair / Designated Nurse Safeguarding Children (ICB)", "Q1 2025/26",
         "Audit tool agreed. Case selection delayed by data extraction from health systems.", "", "Amber"),
    ]),
    ("Area for improvement 2: Strategy discussions, so that all relevant agencies, including health "
     "and education, contribute and the reasons for decisions are recorded.", [
        ("2.1", "Revise the strategy discussion protocol so that health and education are invited to every "
                "strategy discussion where sexual abuse is suspected.",
         "DI Public Protection Unit; Head of Safeguarding (W&F Council)", "End of April 2025",
         "Draft protocol out for consultation with schools and the ICB.", "", "Green"),
        ("2.2", "Introduce a strategy discussion recording template capturing each agency's contribution "
                "and the rationale for the decision.",
         "Head of Safeguarding (W&F Council)", dt.date(2025, 1, 31),
         "Template live on the case recording system from 20 January 2025.",
         "Dip sample (Feb): rationale recorded in 18 of 20 discussions.", "Blue"),
        ("2.3", "Dip-sample strategy discussions monthly and report the findings to the Performance and "
                "Quality Assurance Group.",
         "Performance and QA Group Chair", "Monthly (ongoing)",
         "First two monthly reports received.", "", "Green"),
    ]),
    ("Area for improvement 3: Support for children and non-abusing parents after disclosure, including "
     "timely access to therapeutic services.", [
        ("3.1", "Map the therapeutic support available to children after disclosure and agree a pathway "
                "with the ICB for children waiting for CAMHS.",
         "ICB Head of Children's Commissioning & CAMHS Service Manager", "Sept 2025",
         "Mapping complete. Pathway draft delayed by CAMHS restructure.", "", "Amber"),
        ("3.2", "Commission a support group for non-abusing parents and carers through the Family Hubs "
                "programme.",
         "Family Hubs Manager", "Dec-25",
         "Not yet started – scheduled to begin in Q2 2025/26.", "", None),
    ]),
]


def make_wf():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = WF_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Joint Targeted Area Inspection: the multi-agency response to child sexual abuse in the family environment"
    sm["A3"] = "Progress summary for the WFSCP Executive, March 2025"
    hdr = ["Area for improvement", "Actions", "Complete", "On track", "Some slippage", "Off track",
           "Not started"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("D9D9D9")
        c.border = BORDER
    data = [("Area for improvement 1 – identification of CSA", 3, 1, 1, 1, 0, 0),
            ("Area for improvement 2 – strategy discussions", 3, 1, 2, 0, 0, 0),
            ("Area for improvement 3 – support after disclosure", 2, 0, 0, 1, 0, 1),
            ("Total", 8, 2, 3, 2, 0, 1)]
    for i, row in enumerate(data, start=6):
        for j, v in enumerate(row, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BORDER
            if row[0] == "Total":
                c.font = Font(bold=True)
    widths(sm, [52, 10, 11, 11, 14, 11, 12])

    ws = wb.create_sheet("Action Plan")
    ncol = 7
    ws["A1"] = WF_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Multi-agency response to child sexual abuse in the family environment. Inspection "
                "fieldwork: 14–18 October 2024. Letter of findings published: 9 December 2024.")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Plan owner: WFSCP Executive (statutory safeguarding partners). Version 3 – updated 6 March 2025."
    ws.merge_cells("A3:G3")
    hdr = ["No.", "Action", "Lead agency / officer", "Target date", "Progress update", "Evidence of impact",
           "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("7030A0")
        c.border = BORDER
    r = 6
    for afi, acts in WF_AFIS:
        ws.cell(row=r, column=1, value=afi).font = Font(bold=True)
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 32
        for j in range(1, ncol + 1):
            ws.cell(row=r, column=j).fill = solid("E4DFEC")
        r += 1
        for no, text, lead, due, upd, impact, rag in acts:
            vals = [no, text, lead, due, upd, impact or None, None]
            for j, v in enumerate(vals, start=1):
                ws.cell(row=r, column=j, value=v)
            if isinstance(due, dt.date):
                ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = solid(FILL[rag])
            boxed(ws, r, ncol)
            r += 1
    widths(ws, [7, 55, 32, 14, 45, 38, 8])
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key (RAG column is colour-coded)"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate((("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some slippage"),
                                ("Red", "Off track"), (None, "No colour = not started")), start=2):
        if k:
            key.cell(row=i, column=1).fill = solid(FILL[k])
        key.cell(row=i, column=2, value=v)
    widths(key, [8, 30])
    wb.save(os.path.join(HERE, "jk1-westmorland-furness-safeguarding-children-partnership-jtai-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. West Sussex County Council - children's home Ofsted action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
WSX_ROWS = [
    ("Requirements", None),
    (None, ("1", "Requirement",
            "The registered person must ensure that each child's placement plan and risk assessment are "
            "reviewed after any significant incident, including episodes of going missing.",
            "Regulation 14 (1)(a)(b) – care planning standard", "31/10/2024",
            "Review all placement plans and risk assessments; introduce an incident debrief form that prompts "
            "a review within 72 hours.",
            "Registered Manager", "31 October 2024", "Complete")),
    (None, ("2", "Requirement",
            "The registered person must ensure that staff receive practice-related supervision at least "
            "every six weeks.",
            "Regulation 33 (4)(b) – employment of staff", "30/11/2024",
            "Supervision schedule set for the year; compliance monitored in the monthly Regulation 45 "
            "review.",
            "Registered Manager / Deputy Manager", "30 November 2024", "Complete")),
    (None, ("3", "Requirement",
            "The registered person must ensure that medication records are accurate and that stock is "
            "checked and recorded.",
            "Regulation 23 (1)(a)(c) – health and well-being standard", "31/10/2024",
            "Weekly medication audits by shift leaders; all staff to complete refresher medication training.",
            "Deputy Manager", "November 2024", "In progress")),
    ("Recommendations", None),
    (None, ("4", "Recommendation",
            "The registered person should ensure that the home's location assessment is updated with "
            "information from the police and the local community safety team.",
            "Guide to the Children's Homes Regulations, para 15.3", "",
            "Meet the neighbourhood policing team and update the location assessment.",
            "Registered Manager", "January 2025", "In progress")),
    (None, ("5", "Recommendation",
            "The registered person should ensure that children's views about the décor and furnishing of "
            "their bedrooms and communal areas are sought and acted on.",
            "Guide to the Children's Homes Regulations, para 10.4", "",
            "Children to choose colour schemes and furniture for the lounge refurbishment; record their "
            "views in house meeting minutes.",
            "Senior Residential Worker", "Febuary 2025", "Not started")),
    (None, ("6", "Recommendation",
            "The registered person should ensure that the independent person's Regulation 44 reports are "
            "shared with staff and that actions are tracked to completion.",
            "Guide to the Children's Homes Regulations, para 15.2", "",
            "Regulation 44 actions added as a standing item to the team meeting agenda.",
            "Registered Manager", "March 2025", "In progress")),
    (None, ("7", "Recommendation",
            "The registered person should ensure that staff are trained in, and consistently use, the "
            "home's approach to restorative practice.",
            "Guide to the Children's Homes Regulations, para 19.5", "",
            "Restorative practice training for all staff; practice observed and discussed in supervision.",
            "Service Manager, Children's Residential Services", "Ongoing", "In progress")),
]


def make_wsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 9
    ws["A1"] = "West Sussex County Council – Children's Homes Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    info = [("Home:", "Beech Lodge"), ("URN:", "SC047812"), ("Inspection date:", "10 September 2024"),
            ("Overall experiences and progress of children:", "Requires improvement to be good"),
            ("Registered Manager:", "Kerry Whitlock"),
            ("Responsible Individual:", "Head of Children's Residential Services")]
    r = 3
    for k, v in info:
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=v)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        r += 1
    r += 1  # blank row 9... header at 10
    hdr = ["No.", "Type", "Requirement / recommendation", "Regulation / Guide reference", "Ofsted due date",
           "Action to be taken", "Responsible", "Target date", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("BDD7EE")
        c.border = BORDER
    r += 1
    for section, row in WSX_ROWS:
        if section:
            ws.cell(row=r, column=1, value=section).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(row=r, column=1).fill = solid("F2F2F2")
        else:
            for j, v in enumerate(row, start=1):
                ws.cell(row=r, column=j, value=v if v != "" else None)
            boxed(ws, r, ncol)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Action plan to be returned to Ofsted within 28 days of receipt of the "
                                   "inspection report. Progress reviewed monthly by the Responsible Individual.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    widths(ws, [6, 15, 50, 30, 13, 48, 26, 17, 13])
    wb.save(os.path.join(HERE, "jk1-west-sussex-county-council-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Telford and Wrekin - local area SEND priority action plan (docx)
# ---------------------------------------------------------------------------
TW_SECTIONS = [
    ("Area for priority action 1",
     "Leaders across education, health and care should urgently improve the timeliness and quality of "
     "education, health and care (EHC) needs assessments and plans, so that children and young people's "
     "needs are accurately identified and met without delay.",
     [("1.1", "Recruit four additional EHC coordinators and an educational psychologist on fixed-term "
              "contracts to reduce the assessment backlog.",
       "Head of SEND and Inclusion", "September 2025",
       "Backlog of overdue assessments cleared; 60% of new EHC plans issued within 20 weeks.", "Green"),
      ("1.2", "Introduce a multi-agency quality assurance panel for draft EHC plans, with health and social "
              "care advice audited against the agreed standards.",
       "Head of SEND and Inclusion / Designated Clinical Officer", "Summer term 2025",
       "80% of audited plans rated good or better.", "Blue"),
      ("1.3", "Agree service level standards with health providers for the return of health advice within "
              "six weeks.",
       "ICB Associate Director of Children's Commissioning", "31/10/2025",
       "90% of health advice returned within six weeks.", "Amber"),
      ("1.4", "Co-produce a guide to the EHC process for parents and carers with the Parent Carer Forum.",
       "Parent Carer Forum Chair and SENDIASS Manager", "Autumn term 2025",
       "Guide published on the Local Offer; parent survey shows improved understanding.", "Green")]),
    ("Area for priority action 2",
     "Leaders should improve the oversight and quality of alternative provision, including the use of "
     "part-time timetables, so that children and young people with SEND receive a suitable full-time "
     "education.",
     [("2.1", "Establish a register of all children and young people with SEND on part-time timetables or "
              "in alternative provision, reviewed fortnightly.",
       "Head of Inclusion and Access", "June 2025",
       "Register in place; every child has a plan to return to full-time education.", "Blue"),
      ("2.2", "Quality assure all unregistered alternative provision used by schools and the local authority "
              "against the new AP quality framework.",
       "Alternative Provision Lead", "31 March 2026",
       "All providers visited and rated; unsuitable providers removed from the directory.", "Amber"),
      ("2.3", "Report attendance and reintegration outcomes for children in alternative provision to the "
              "SEND Partnership Board.",
       "Head of Inclusion and Access", "Termly",
       "Board receives termly data and challenges outliers.", "Green")]),
    ("Areas for improvement",
     "The partnership should improve the preparation for adulthood offer for young people aged 14 to 25, "
     "including employment pathways and the transition from children's to adult health services.",
     [("3.1", "Launch the preparing for adulthood pathway, with transition planning beginning at the "
              "Year 9 annual review.",
       "Preparing for Adulthood Strategic Lead", "January 2026",
       "PfA outcomes recorded in all Year 9 and above reviews.", "Green"),
      ("3.2", "Increase supported internship places from 18 to 30 through the local employer partnership.",
       "Employment and Skills Manager", "July 2026",
       "30 supported interns in 2026/27 cohort.", "")]),
]


def make_telford():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Telford and Wrekin Local Area Partnership: SEND Priority Action Plan", level=0)
    doc.add_paragraph(
        "Area SEND inspection of Telford and Wrekin Local Area Partnership, 3 to 7 February 2025. Report "
        "published 20 March 2025. Inspection outcome: there are widespread and/or systemic failings leading "
        "to significant concerns about the experiences and outcomes of children and young people with SEND, "
        "which the local area partnership must address urgently.")
    doc.add_paragraph(
        "This plan is owned jointly by Telford & Wrekin Council and NHS Shropshire, Telford and Wrekin "
        "Integrated Care Board, and is overseen by the SEND Partnership Board.")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Summary of change", "Approved by"]):
        c.text = h
    bold_row(t.rows[0])
    for row in (("0.4", "25/04/2025", "Draft for SEND Partnership Board", "–"),
                ("1.0", "15/05/2025", "Submitted to Ofsted and CQC", "SEND Partnership Board"),
                ("1.2", "03/09/2025", "Progress update, end of summer term", "SEND Partnership Board")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("RAG rating key", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Blue", "Complete"), ("Green", "On track to deliver by timescale"),
                 ("Amber", "Risk to timescale, mitigations in place"),
                 ("Red", "Off track, escalated to SEND Partnership Board")):
        cells = t.add_row().cells
        cells[0].text = k
        shade(cells[0], FILL[k])
        cells[1].text = v

    for heading, text, acts in TW_SECTIONS:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "Measure of success",
                                          "RAG"]):
            c.text = h
            shade(c, "D9E2F3")
        bold_row(t.rows[0])
        for ref, action, lead, when, measure, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, action, lead, when, measure, rag)):
                c.text = v
            if rag:
                shade(cells[5], FILL[rag])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Organisation", "Role", "Date"]):
        c.text = h
    bold_row(t.rows[0])
    for row in (("Telford & Wrekin Council", "Director of Children's Services", "15/05/2025"),
                ("NHS Shropshire, Telford and Wrekin", "Chief Nursing Officer", "15/05/2025")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.save(os.path.join(HERE, "jk1-telford-wrekin-local-area-send-priority-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Devon County Council - corporate parenting board action plan (docx)
# ---------------------------------------------------------------------------
DEV_PROMISES = [
    ("Promise 1: We will make sure you have a safe, stable home", [
        ("1.1", ["Open two new council-run children's homes in Devon so that fewer children have to live a "
                 "long way from home."],
         "Head of Service – Residential and Commissioning", "March 2025",
         "Ofsted registration for the first home submitted in December 2024.", "Green"),
        ("1.2", ["Increase the number of Staying Put and Staying Close arrangements for young people aged "
                 "18 to 21."],
         "Head of Service for Care Experienced Young People", "Ongoing",
         "41 young people in Staying Put (36 last year).", "Green"),
    ]),
    ("Promise 2: We will help you do well in education, training and work", [
        ("2.1", ["Every child in care to have a Personal Education Plan reviewed each term, with the child's "
                 "own views recorded."],
         "Virtual School Headteacher", "Termly",
         "Autumn term PEP completion 88%; quality of pupil voice still variable.", "Amber"),
        ("2.2", ["Create 15 apprenticeship and work experience placements for care experienced young people "
                 "across council services.",
                 "Placements will be ring-fenced and each young person will have a named workplace mentor."],
         "Head of HR and Organisational Development & Virtual School Headteacher", "By 31 July 2025",
         "4 placements agreed. Recruitment freeze has reduced the number of services able to offer places.",
         "Red"),
    ]),
    ("Promise 3: We will look after your health and wellbeing", [
        ("3.1", ["Make sure initial health assessments are completed within 20 working days of a child coming "
                 "into care."],
         "Designated Nurse for Children in Care (NHS Devon)", "Nov-24",
         "Timeliness 91% in Q3, up from 64% in Q1.", "Blue"),
        ("3.2", ["Launch free leisure passes for children in care and care experienced young people up to "
                 "age 25."],
         "Cllr P. Rowe / Head of Communities", "April 2025",
         "Agreement reached with two of the three leisure providers.", "Green"),
    ]),
    ("Promise 4: We will listen to you and act on what you tell us", [
        ("4.1", ["Children in Care Council members to co-chair one Board meeting each year and help set the "
                 "agenda."],
         "Participation Lead", "June 2025",
         "To be planned with the Children in Care Council in the spring.", None),
        ("4.2", ["Publish a 'You said, we did' update after every Board meeting on the care experienced "
                 "young people's website."],
         "Participation Lead and Board Clerk", "Quarterly",
         "Updates published for the September and November meetings.", "Green"),
    ]),
]


def make_devon():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Devon Corporate Parenting Board – Action Plan 2024–2026", level=0)
    doc.add_paragraph("Progress update for the Board meeting of 21 January 2025")
    doc.add_paragraph(
        "This plan sets out what we, as corporate parents, will do to keep the promises in our Pledge to "
        "children in care and care experienced young people. Progress is reported to every meeting of the "
        "Board, and the Children in Care Council reviews the plan twice a year.")
    doc.add_paragraph("Key to the status column:")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (k, v) in zip(key.rows[0].cells, (("Blue", "Complete"), ("Green", "On track"),
                                              ("Amber", "Some slippage"), ("Red", "Significant delay"))):
        c.text = v
        shade(c, FILL[k])
    doc.add_paragraph()

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "What we will do", "Corporate parent lead", "By when",
                                      "Progress since last Board", "Status"]):
        c.text = h
        shade(c, "203864")
    for cell in t.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
            run.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
    for promise, acts in DEV_PROMISES:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        merged.text = promise
        merged.paragraphs[0].runs[0].bold = True
        shade(merged, "DEEAF6")
        for no, paras, lead, when, prog, status in acts:
            cells = t.add_row().cells
            cells[0].text = no
            cells[1].text = paras[0]
            for extra in paras[1:]:
                cells[1].add_paragraph(extra)
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = prog
            cells[5].text = ""
            if status:
                shade(cells[5], FILL[status])
    doc.add_paragraph()
    doc.add_paragraph("Note: actions completed before June 2024 have been archived and are reported in the "
                      "Board's annual report for 2023–24.")
    doc.save(os.path.join(HERE, "jk1-devon-county-council-corporate-parenting-board-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Cornwall Youth Justice Service - HMIP improvement plan (csv)
# ---------------------------------------------------------------------------
CORN_ROWS = [
    ["Cornwall Youth Justice Service – HMI Probation Inspection Improvement Plan", "", "", "", "", "", ""],
    ["Inspection fieldwork: 2–6 September 2024; report published: 21 November 2024; overall rating: "
     "Requires improvement", "", "", "", "", "", ""],
    ["Plan overseen by the Cornwall Youth Justice Partnership Board. Last updated: 14/05/2025", "", "", "", "",
     "", ""],
    ["", "", "", "", "", "", ""],
    ["Ref", "HMIP recommendation", "Action", "Owner", "Target date", "RAG", "Progress update"],
    ["Recommendations for the Cornwall Youth Justice Service Head of Service", "", "", "", "", "", ""],
    ["1.1", "1. Improve the quality of assessment and planning for keeping other people safe, so that "
            "contingency plans are specific to each child.",
     "Deliver risk and safety planning training, including contingency planning, to all case managers.",
     "YJS Practice Lead", "31/03/2025", "B", "Training delivered to 24 staff in January and February 2025."],
    ["1.2", "",
     "Introduce a monthly case audit focused on safety and wellbeing and risk of harm to others, with findings "
     "fed back in supervision.",
     "KT/MR", "Jun-25", "G", "Audit tool agreed; first two cycles completed.\nFindings shared at the team "
                             "meeting on 8 May."],
    ["1.3", "",
     "Case managers to review all contingency plans at each review point and update AssetPlus accordingly.",
     "Operational Managers", "Ongoing", "G", ""],
    ["2.1", "2. Ensure that out-of-court disposal work gives sufficient attention to the safety of victims.",
     "Embed a victim safety section in the out-of-court disposal assessment and the joint decision-making "
     "panel record.",
     "Victim Worker & OOCD Panel Chair", "30/09/2025", "G", "Section drafted; panel to adopt from July."],
    ["2.2", "",
     "Audit 15 out-of-court disposal cases to test whether victims' views and safety were considered in the "
     "decision.",
     "Head of Service", "Q2 2025/26", "A", "Audit postponed from Q1 owing to staff absence."],
    ["Recommendations for the Cornwall Youth Justice Partnership Board", "", "", "", "", "", ""],
    ["3.1", "3. Assure itself that children in the youth justice system have timely access to speech and "
            "language therapy and emotional health services.",
     "Agree funding with the ICB for a dedicated speech and language therapist in the YJS.",
     "Chair of the Partnership Board; ICB Head of Children's Commissioning", "Dec-25", "R",
     "Business case submitted to the ICB, decision deferred to the September panel."],
    ["3.2", "",
     "Report waiting times for CAMHS and SALT for children open to the YJS to every Partnership Board meeting.",
     "YJS Performance Officer", "Quarterly", "G", "Included in Board performance report from April 2025."],
    ["4.1", "4. Ensure that the disproportionality action plan is reviewed and that its impact on children "
            "from ethnic minority backgrounds and children in care is monitored.",
     "Refresh the disproportionality action plan with partners and young people, and add measures to the "
     "Board performance report.",
     "Head of Service", "March 2026", "G", "Workshop with young people held in April."],
    ["4.2", "",
     "Deliver training on adultification bias and the experiences of children in care to Board members and "
     "police custody staff.",
     "Police Youth Justice Inspector", "January 2026", "", "Not started."],
    ["", "", "", "", "", "", ""],
    ["Key: B = complete, G = on track, A = some slippage, R = off track", "", "", "", "", "", ""],
]


def make_cornwall():
    path = os.path.join(HERE, "jk1-cornwall-youth-justice-service-hmip-improvement-plan.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in CORN_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. North Northamptonshire - early help partnership strategy action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
NN_HEADER = ["Ref", "Action", "Lead", "Supporting partners", "Start", "End", "Status", "Comments"]
NN_PRIORITIES = [
    ("Priority 1: Help is easy to find and families get support early", [
        ["P1.1", "Open Family Hubs in Corby, Kettering and Wellingborough with a single telephone and online "
                 "'front door'.",
         "Family Hubs Programme Manager", "NHFT health visiting; voluntary sector", "Apr-24", "Mar-25",
         "Complete", "All three hubs open; outreach sites added in Rushden and Raunds."],
        ["P1.2", "Publish a family services directory and promote it through schools, GP surgeries and "
                 "libraries.",
         "Early Help Partnership Manager", "ICB; schools", "Jun-24", "Sep-25", "On track",
         "Directory live; promotion campaign planned for September."],
        ["P1.3", "Train 200 practitioners across the partnership as Early Help lead professionals.",
         "Early Help Workforce Development Officer", "All partners", "Sep-24", "Ongoing", "On track",
         "131 trained to date."],
    ]),
    ("Priority 2: Families get the right help from the right people", [
        ["P2.1", "Introduce a single Early Help Assessment and plan template across all partner agencies.",
         "Head of Early Help", "Northamptonshire Children's Trust; schools", "Jul-24", "31/12/2025",
         "At risk", "Integration with the schools' recording system delayed."],
        ["P2.2", "Establish a weekly multi-agency Early Help panel for families stepping down from children's "
                 "social care.",
         "Head of Early Help / Northamptonshire Children's Trust Service Manager", "Police; health", "Oct-24",
         "Jan-25", "Complete", "Panel running weekly since January."],
        ["P2.3", "Commission a parenting programme for parents of teenagers, including support with "
                 "exploitation risk.",
         "Commissioning Manager (Early Help)", "Northamptonshire Police; Community Safety Partnership",
         "Jan-25", "Summer term 2025", "Off track",
         "Tender returned no compliant bids; re-tendering in July."],
    ]),
    ("Priority 3: We know the difference early help makes", [
        ["P3.1", "Develop an Early Help outcomes dashboard reported quarterly to the Partnership Board.",
         "Performance and Intelligence Manager", "", "Apr-25", "Sep-25", "Not started",
         "Will start once the case recording system upgrade is complete."],
        ["P3.2", "Run an annual survey of families who have received early help and publish the findings.",
         "Early Help Partnership Manager & Parent Carer Forum", "", "Jan-25", "Annually", "On track",
         "First survey closes 30 June 2025."],
    ]),
]


def make_nn():
    lines = [
        "North Northamptonshire Early Help Partnership – Early Help Strategy 2024–2027: Action Plan (Year 1)",
        "Exported from the Partnership performance system on 10/06/2025",
        "Status key: Complete = blue; On track = green; At risk = amber; Off track = red; Not started = not rated",
        "",
    ]
    for prio, rows in NN_PRIORITIES:
        lines.append(prio)
        lines.append("\t".join(NN_HEADER))
        for r in rows:
            lines.append("\t".join(r))
        lines.append("")
    lines.append("8 actions: 2 complete, 3 on track, 1 at risk, 1 off track, 1 not started")
    path = os.path.join(HERE, "jk1-north-northamptonshire-council-early-help-partnership-strategy-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_darlington()
    make_wf()
    make_wsx()
    make_telford()
    make_devon()
    make_cornwall()
    make_nn()
    print("built 7 files in", HERE)
