#!/usr/bin/env python3
"""Build the seven zbw- blind test files (set heldout770).

Each plan is described once below: the raw cell text that goes in the file
and, beside it, the reading a person makes of it (used by zbw_expected.py).
Run:  /work/main/.venv/bin/python zbw_make.py
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
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def A(ref, action, lead_raw, lead, due_raw, end, status_raw, status, end_text=None, **kw):
    d = dict(ref=ref, action=action, lead_raw=lead_raw, lead=lead, due_raw=due_raw,
             end=end, status_raw=status_raw, status=status, end_text=end_text)
    d.update(kw)
    return d


# ---------------------------------------------------------------------------
# 1. HMP & YOI New Hall - HMPPS action plan in response to HMIP (xlsx)
# ---------------------------------------------------------------------------
NEWHALL_FILE = "zbw-hmp-yoi-new-hall-hmip-inspection-action-plan.xlsx"
NEWHALL_TITLE = "Action Plan: HMP & YOI New Hall"
NEWHALL = [
    ("PRIORITY CONCERNS", [
        ("1", "Too many women were locked in their cells during the working day. Regime curtailments were frequent and unpredictable, and women did not have enough time out of cell to attend activities, exercise and associate.",
         "Agreed", [
            A("1.1", "Introduce a revised core day that delivers a minimum of six hours unlock for employed women and publish it on every wing.",
              "Head of Residence", ["Head of Residence"], D(2023, 5, 31), "2023-05", "Complete", "blue",
              revised=None, progress="Revised core day live from 15/05/2023. Unlock audited weekly by the Orderly Officer."),
            A("1.2", "Record every regime curtailment on the daily regime log with its reason, and review the trends monthly at the Regime Management Meeting.",
              "Head of Operations / Business Hub Manager", ["Head of Operations", "Business Hub Manager"], D(2023, 6, 30), "2023-09", "Amber", "amber",
              revised=D(2023, 9, 30), progress="Log in place; monthly trend report not yet produced for October and November."),
        ]),
        ("2", "Security procedures, including routine strip-searching, escorting and restrictions on movement, were excessive and cumbersome. They were not based on an up-to-date assessment of risk.",
         "Agreed", [
            A("2.1", "Complete a full review of local security procedures against the Local Security Strategy and remove any measure that is not supported by intelligence.",
              "Head of Security", ["Head of Security"], D(2023, 7, 31), "2023-07", "Complete", "blue",
              revised=None, progress="Review signed off at Security Committee 26/07/2023; 14 local measures withdrawn."),
            A("2.2", "Replace routine full searching in reception with searching based on intelligence and individual risk assessment, in line with the Searching Policy Framework.",
              "Deputy Governor", ["Deputy Governor"], "September 2023", "2023-09", "Green", "green",
              revised=None, progress="New reception search procedure drafted; staff briefings under way."),
        ]),
        ("3", "Leaders had not made sure there were enough education, skills and work places for the population, and too many women were unemployed or attended only part-time.",
         "Partly Agreed", [
            A("3.1", "Complete a needs analysis of the population and use it to re-profile the activities allocation for 2023-24.",
              "Head of Education, Skills and Work", ["Head of Education, Skills and Work"], D(2023, 8, 31), "2023-08", "Complete", "blue",
              revised=None, progress="Needs analysis completed; new allocation in place from September."),
            A("3.2", "Create 24 additional part-time places in the textiles workshop and kitchens, subject to funding through the Prison Education Framework contract.",
              "Head of Education, Skills and Work; Head of Industries", ["Head of Education, Skills and Work", "Head of Industries"], D(2024, 3, 31), "2024-03", "Amber", "amber",
              revised=None, progress="Kitchen places (10) created. Textiles expansion awaiting funding decision."),
        ]),
    ]),
    ("KEY CONCERNS", [
        ("4", "Not all women received a private first night interview, and first night cells on the induction unit were not always clean or fully equipped.",
         "Agreed", [
            A("4.1", "Make sure every new arrival receives a private first night interview, recorded on the first night checklist and quality checked by the Safer Custody Manager.",
              "Head of Safety", ["Head of Safety"], D(2023, 4, 30), "2023-04", "Complete", "blue",
              revised=None, progress="Checklist amended; 100% compliance in dip samples since May."),
            A("4.2", "Introduce a daily first night cell check and a standard first night pack.",
              "Custodial Manager (Induction)", ["Custodial Manager (Induction)"], "Ongoing", None, "Green", "green",
              end_text="Ongoing", revised=None, progress="Daily check sheet in use on the induction unit."),
        ]),
        ("5", "Waiting times for routine mental health assessment were too long.",
         "Agreed", [
            A("5.1", "Agree a recovery trajectory with the health provider to bring routine mental health assessments within 28 days of referral.",
              "Head of Healthcare", ["Head of Healthcare"], D(2023, 9, 30), "2024-01", "Red", "red",
              revised=D(2024, 1, 31), progress="Longest wait 47 days at November; two mental health nurse vacancies."),
        ]),
        ("6", "Too many women were released without sustainable accommodation, and homelessness on release was not tracked.",
         "Partly Agreed", [
            A("6.1", "Report accommodation outcomes on release to the monthly Reducing Reoffending Meeting, including the number of women released homeless.",
              "Head of Reducing Reoffending", ["Head of Reducing Reoffending"], D(2023, 5, 31), "2023-05", "Complete", "blue",
              revised=None, progress="Standing agenda item since May 2023."),
            A("6.2", "Work with the CAS3 lead and local authority housing teams so that accommodation referrals start 12 weeks before release.",
              "Head of Reducing Reoffending / Senior Probation Officer (OMU)", ["Head of Reducing Reoffending", "Senior Probation Officer (OMU)"], "Q4 2023/24", "2024-03", "Green", "green",
              revised=None, progress="Referral tracker shared with CAS3; 12-week target met in 7 of 9 releases in November."),
        ]),
    ]),
]


def build_newhall(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = dict(A=6, B=48, C=14, D=7, E=55, F=30, G=13, H=13, I=11, J=48)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = NEWHALL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Action Plan Submitted: 27 April 2023"
    ws["A3"] = "A Response to the HMIP Inspection: 7 – 18 November 2022"
    ws["A4"] = "Report Published: 7 March 2023"
    ws["A5"] = "Local progress update for the Senior Leadership Team: 12 January 2024"
    ws["A5"].font = Font(italic=True)
    r = 7
    heads = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Ref", "Action", "Responsible Owner",
             "Target Date", "Revised Target Date", "Status", "Progress / Evidence"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    counts = {}
    for section, concerns in NEWHALL:
        ws.cell(r, 1, section).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(r, c).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for no, concern, agreed, actions in concerns:
            first = r
            for a in actions:
                ws.cell(r, 4, a["ref"])
                ws.cell(r, 5, a["action"])
                ws.cell(r, 6, a["lead_raw"])
                c = ws.cell(r, 7, a["due_raw"])
                if isinstance(a["due_raw"], dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if a["revised"] is not None:
                    ws.cell(r, 8, a["revised"]).number_format = "dd/mm/yyyy"
                ws.cell(r, 9, a["status_raw"])
                ws.cell(r, 10, a["progress"])
                counts[a["status_raw"]] = counts.get(a["status_raw"], 0) + 1
                for cc in range(1, 11):
                    ws.cell(r, cc).alignment = WRAP
                    ws.cell(r, cc).border = BOX
                r += 1
            ws.cell(first, 1, no)
            ws.cell(first, 2, concern)
            ws.cell(first, 3, agreed)
            if r - 1 > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    total = sum(counts.values())
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    ws.cell(r, 2, "Total actions: %d | Complete: %d | Green: %d | Amber: %d | Red: %d" % (
        total, counts.get("Complete", 0), counts.get("Green", 0), counts.get("Amber", 0), counts.get("Red", 0)))
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
    ws.freeze_panes = "A8"

    k = wb.create_sheet("Categorisation")
    k.column_dimensions["A"].width = 18
    k.column_dimensions["B"].width = 90
    rows = [
        ("Term", "Definition"),
        ("Agreed", "All of the concern is accepted and will be addressed; the actions set out how and by when."),
        ("Partly Agreed", "Only part of the concern can be addressed, for commissioning, policy, operational or affordability reasons; the actions cover the part that will be delivered."),
        ("Not Agreed", "The concern is not accepted; the reason is given in the response."),
        ("", ""),
        ("Status", "Meaning"),
        ("Complete", "Action delivered and evidence held by the Head of Function"),
        ("Green", "On track to meet the target date"),
        ("Amber", "At risk of missing the target date; revised date agreed by the Governor"),
        ("Red", "Target date missed or action stalled; escalated to the Prison Group Director"),
    ]
    for i, (a, b) in enumerate(rows, 1):
        k.cell(i, 1, a)
        k.cell(i, 2, b).alignment = WRAP
        if a in ("Term", "Status"):
            k.cell(i, 1).font = Font(bold=True)
            k.cell(i, 2).font = Font(bold=True)
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. West Midlands Police - HMICFRS serious youth violence recs tracker (xlsx)
# ---------------------------------------------------------------------------
WMP_FILE = "zbw-west-midlands-police-hmicfrs-serious-youth-violence-recommendations-tracker.xlsx"
WMP_TITLE = "HMICFRS Serious Youth Violence Inspection (published 8 March 2023) – Force Recommendations Tracker"
WMP_REC1 = "By 31 March 2024, chief constables should make sure officers are trained in how and when to use outcome 22."
WMP_REC2 = ("By 31 March 2024, chief constables should work with schools and local authority partners to share information "
            "about children at risk of exclusion, and should evaluate how effective their schools liaison officers are.")
WMP_GAP = ("Additional force learning (gap analysis against the report's findings): racial disproportionality in the use "
           "of stop and search with under-18s")
WMP = [
    (WMP_REC1, [
        A("SYV1.1", "Publish a force policy on the use of outcome 22 (diversionary, educational or intervention activity) and place it on the crime recording intranet pages.",
          "Force Crime Registrar", ["Force Crime Registrar"], D(2023, 9, 30), "2023-09", BLUE, "blue",
          revised=None, prev=GREEN, update="Policy published 18/09/2023. Closed at FIAB October 2023."),
        A("SYV1.2", "Add outcome 22 content to the Initial Investigators Course and the Neighbourhood Policing Foundation Programme.",
          "Head of Learning & Development", ["Head of Learning & Development"], D(2024, 3, 31), "2024-06", BLUE, "blue",
          revised=D(2024, 6, 30), prev=AMBER, update="Both courses updated from the June 2024 intake."),
        A("SYV1.3", "Deliver a 20-minute outcome 22 briefing to all response and neighbourhood officers through NCALT e-learning, and report completion rates by LPA.",
          "Chief Inspector, Learning Delivery / LPA Superintendents", ["Chief Inspector, Learning Delivery", "LPA Superintendents"], D(2024, 3, 31), "2025-03", AMBER, "amber",
          revised=D(2025, 3, 31), prev=AMBER, update="Completion 71% force-wide (target 90%). Reminder issued through LPA command teams."),
        A("SYV1.4", "Dip-sample 50 outcome 22 finalisations each quarter to check the decision rationale and diversion referral are recorded.",
          "Force Crime Registrar", ["Force Crime Registrar"], "Quarterly", None, GREEN, "green",
          end_text="Quarterly", revised=None, prev=GREEN, update="Q2 2024/25 sample: 46 of 50 compliant."),
    ]),
    (WMP_REC2, [
        A("SYV2.1", "Agree an information-sharing protocol with the seven local authority education teams covering children at risk of permanent exclusion.",
          "Supt Partnerships; Director, West Midlands VRP", ["Supt Partnerships", "Director, West Midlands VRP"], D(2023, 12, 31), "2025-03", GREEN, "green",
          revised=D(2025, 3, 31), prev=RED, update="Protocol signed by five of seven authorities; Sandwell and Walsall due to sign in February."),
        A("SYV2.2", "Commission an independent evaluation of the Schools Liaison Officer programme with the VRP and use the findings to set the 2025-26 deployment model.",
          "Head of Neighbourhood Policing", ["Head of Neighbourhood Policing"], D(2024, 3, 31), "2025-06", AMBER, "amber",
          revised="Jun-25", prev=AMBER, update="University partner appointed; fieldwork January to April 2025."),
        A("SYV2.3", "Report exclusion and serious violence referrals jointly to each Community Safety Partnership's serious violence duty board.",
          "LPA Commanders", ["LPA Commanders"], "Sept 2024 – March 2025", "2025-03", GREEN, "green",
          revised=None, prev=None, update="New action added July 2024. Reports made in Birmingham, Coventry and Wolverhampton."),
    ]),
    (WMP_GAP, [
        A("GA1", "Publish quarterly stop and search disproportionality data for under-18s and review it at the Independent Scrutiny Panel.",
          "Chief Inspector, Stop and Search Lead", ["Chief Inspector, Stop and Search Lead"], D(2024, 6, 30), "2024-06", BLUE, "blue",
          revised=None, prev=GREEN, update="First quarterly data set published June 2024; standing item at the Panel."),
    ]),
]


def build_wmp(path):
    wb = Workbook()
    dc = wb.active
    dc.title = "Document Control"
    dc.column_dimensions["A"].width = 24
    dc.column_dimensions["B"].width = 70
    dc["A1"] = WMP_TITLE
    dc["A1"].font = Font(bold=True, size=13)
    rows = [
        ("Force", "West Midlands Police"),
        ("Owner", "Force Inspection Liaison Lead, Strategic Inspection & Assurance Team"),
        ("Chief officer lead", "ACC Crime"),
        ("Governance", "Force Inspection and Audit Board (FIAB) – monthly"),
        ("Version", "2.3"),
        ("Last updated", D(2024, 12, 9)),
        ("Protective marking", "OFFICIAL"),
    ]
    for i, (a, b) in enumerate(rows, 3):
        dc.cell(i, 1, a).font = Font(bold=True)
        c = dc.cell(i, 2, b)
        if isinstance(b, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    dc["A12"] = "Version history"
    dc["A12"].font = Font(bold=True)
    hist = [("Version", "Date", "Change"),
            ("1.0", "21/04/2023", "Tracker created following publication of the report"),
            ("2.0", "15/07/2024", "Action SYV2.3 added; gap analysis action GA1 added"),
            ("2.3", "09/12/2024", "December updates from action owners")]
    for i, row in enumerate(hist, 13):
        for j, v in enumerate(row, 1):
            dc.cell(i, j, v)
    dc.column_dimensions["C"].width = 55

    ws = wb.create_sheet("Tracker")
    widths = dict(A=9, B=45, C=55, D=30, E=12, F=12, G=10, H=10, I=50)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = WMP_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at December 2024. RAG colours only – see Key sheet."
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "HMICFRS recommendation", "Force action", "Action owner", "Original due", "Revised due",
             "Previous RAG", "Current RAG", "Update"]
    r = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BFBFBF")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    tally = {}
    for rec, actions in WMP:
        first = r
        for a in actions:
            ws.cell(r, 1, a["ref"])
            ws.cell(r, 3, a["action"])
            ws.cell(r, 4, a["lead_raw"])
            c = ws.cell(r, 5, a["due_raw"])
            if isinstance(a["due_raw"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if a["revised"] is not None:
                c = ws.cell(r, 6, a["revised"])
                if isinstance(a["revised"], dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["prev"]:
                ws.cell(r, 7).fill = fill(a["prev"])
            ws.cell(r, 8).fill = fill(a["status_raw"])
            tally[a["status"]] = tally.get(a["status"], 0) + 1
            ws.cell(r, 9, a["update"])
            for cc in range(1, 10):
                ws.cell(r, cc).alignment = WRAP
                ws.cell(r, cc).border = BOX
            r += 1
        ws.cell(first, 2, rec)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary (current RAG): Blue %d | Green %d | Amber %d | Red %d" % (
        tally.get("blue", 0), tally.get("green", 0), tally.get("amber", 0), tally.get("red", 0))).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)

    key = wb.create_sheet("Key")
    key.column_dimensions["B"].width = 80
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            (BLUE, "Complete – action delivered and closed by the Force Inspection and Audit Board"),
            (GREEN, "On track to meet the due date"),
            (AMBER, "At risk – revised due date agreed by the action owner's chief officer"),
            (RED, "Off track – overdue with no agreed revised date")], 2):
        key.cell(i, 1).fill = fill(col)
        key.cell(i, 2, txt)
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Hereford & Worcester FRS - HMICFRS values and culture progress (docx)
# ---------------------------------------------------------------------------
HWFRS_FILE = "zbw-hereford-worcester-fire-rescue-service-hmicfrs-values-culture-action-plan.docx"
HWFRS_TITLE = "HMICFRS Values and Culture in Fire and Rescue Services – Action Plan Progress Report"
HW_R1 = ("By 1 October 2023, chief fire officers should make sure their services provide a confidential way for staff "
         "to raise concerns and that staff are aware of whistleblowing processes.")
HW_R3 = ("By 1 June 2023, chief fire officers should review the support available for those who have raised concerns "
         "and take any action needed to make sure these provisions are suitable.")
HW_R9 = ("By 1 January 2024, chief fire officers should review their background check arrangements and make sure "
         "appropriate Disclosure and Barring Service (DBS) checks are requested for all existing and new staff, "
         "according to their roles.")
HW_R24 = ("By 1 October 2023, chief fire officers should put plans in place to monitor watch and team cultures, "
          "including through staff feedback, and take prompt remedial action for any issues they identify.")
HW_R32 = ("By 1 June 2023, chief fire officers should, as a priority, set out in succession plans how they will "
          "improve diversity across all levels of the service, including direct-entry opportunities.")
HWFRS = [
    ("Raising concerns", [
        ("1", HW_R1, [
            A("1a", "Procure an independent confidential reporting line for all staff and publicise it through station visits and the intranet.",
              "Head of HR and Organisational Development", ["Head of HR and Organisational Development"], "October 2023", "2023-10", "Complete", "blue"),
            A("1b", "Refresh the Whistleblowing Policy and include it in the annual policy-awareness sign-off for all staff.",
              "Head of Legal Services / Monitoring Officer", ["Head of Legal Services", "Monitoring Officer"], "31/03/2025", "2025-03", "Green", "green"),
        ]),
        ("3", HW_R3, [
            A("3a", "Review welfare support for staff who raise concerns and appoint a trained welfare officer for every formal case.",
              "Wellbeing Manager", ["Wellbeing Manager"], "June 2023", "2023-06", "Complete", "blue"),
        ]),
    ]),
    ("Background checks", [
        ("9", HW_R9, [
            A("9a", "Request standard or enhanced DBS checks for all existing staff in line with the Fire Standards Board role list.",
              "HR Operations Manager", ["HR Operations Manager"], "31 March 2024 (revised: 30 June 2025)", "2025-06", "Amber", "amber"),
            A("9b", "Add three-yearly DBS renewal to the HR system and report compliance to the Senior Leadership Board quarterly.",
              "HR Operations Manager", ["HR Operations Manager"], "Q1 2025/26", "2025-06", "Green", "green"),
        ]),
    ]),
    ("Leadership", [
        ("24", HW_R24, [
            A("24a", "Run an annual culture pulse survey, with results broken down by station and watch, and agree local action plans with each watch.",
              "Area Commander – Service Delivery", ["Area Commander – Service Delivery"], "Ongoing – reviewed quarterly", None, "Green", "green",
              end_text="Ongoing – reviewed quarterly"),
            A("24b", "Hold a 'Respect at Work' session on every watch, led by the station commander with an HR business partner present.",
              "Station Commanders", ["Station Commanders"], "Sept 2024", "2024-09", "Complete", "blue"),
        ]),
    ]),
    ("Improving diversity", [
        ("32", HW_R32, [
            A("32a", "Publish a succession plan that sets diversity targets for supervisory, middle and strategic manager roles.",
              "Head of HR and Organisational Development", ["Head of HR and Organisational Development"], "April 2025", "2025-04", "Amber", "amber"),
            A("32b", "Run positive action taster days before each wholetime recruitment campaign and evaluate applicant diversity after each one.",
              "Equality, Diversity and Inclusion Officer & Recruitment Manager", ["Equality, Diversity and Inclusion Officer", "Recruitment Manager"], "31/12/2024", "2024-12", "Complete", "blue"),
        ]),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
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


def build_hwfrs(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(HWFRS_TITLE, style="Title")
    doc.add_paragraph("Hereford & Worcester Fire and Rescue Service | Appendix 1 to the report to the Policy and Resources Committee, 29 January 2025")
    doc.add_paragraph("Position as at 31 December 2024. HMICFRS made 35 recommendations in its spotlight report of "
                      "30 March 2023, 20 of them for chief fire officers. This appendix shows the recommendations that "
                      "still had open actions at 1 April 2024; the rest were reported complete to this Committee in "
                      "April 2024.")
    doc.add_heading("Summary of the 20 recommendations for chief fire officers", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    bold_cell(t.rows[0].cells[0], "Status")
    bold_cell(t.rows[0].cells[1], "Recommendations")
    for a, b in [("Complete", "15"), ("Green – on track", "3"), ("Amber – at risk, revised date agreed", "2"),
                 ("Red – overdue", "0"), ("Total", "20")]:
        row = t.add_row().cells
        row[0].text = a
        row[1].text = b
    doc.add_paragraph("Status key: Complete – delivered and signed off by the Senior Leadership Board; Green – on "
                      "track; Amber – at risk, revised date agreed; Red – overdue.")
    for theme, recs in HWFRS:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(["Rec", "HMICFRS recommendation", "Ref", "H&WFRS action", "Lead", "Due", "Status"]):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "C00000")
        for no, rec, actions in recs:
            first = len(t.rows)
            for a in actions:
                row = t.add_row().cells
                row[2].text = a["ref"]
                row[3].text = a["action"]
                row[4].text = a["lead_raw"]
                row[5].text = a["due_raw"]
                row[6].text = a["status_raw"]
                shade(row[6], {"Complete": "8EAADB", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}[a["status_raw"]])
            last = len(t.rows) - 1
            top0 = t.cell(first, 0)
            top1 = t.cell(first, 1)
            if last > first:
                top0 = top0.merge(t.cell(last, 0))
                top1 = top1.merge(t.cell(last, 1))
            top0.text = no
            top1.text = rec
    doc.add_paragraph("")
    doc.add_paragraph("Report author: Head of Corporate Services. Contact via the Fire Authority Clerk.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 4. East Riding College - Ofsted post-inspection action plan (csv)
# ---------------------------------------------------------------------------
ERC_FILE = "zbw-east-riding-college-ofsted-post-inspection-action-plan.csv"
ERC_TITLE = "East Riding College – Post-Inspection Action Plan (Ofsted inspection 11–14 February 2025)"
ERC_AFI1 = ("Leaders should ensure that teachers in a minority of study programme subjects check learners' "
            "understanding carefully before moving on to new topics.")
ERC_AFI2 = "Leaders should improve the attendance of learners aged 16 to 18 at their English and mathematics lessons."
ERC_AFI3 = ("Leaders should ensure that employers are fully involved in planning and reviewing apprentices' on- and "
            "off-the-job training.")
ERC_AFI4 = ("Leaders should make sure that the targets in learners' education, health and care plans are broken down "
            "into small steps and reviewed frequently.")
ERC_AFI5 = ("Governors should receive more detailed information about the quality of apprenticeship provision so that "
            "they can challenge leaders effectively.")
ERC = [
    ("Education programmes for young people", [
        (ERC_AFI1, [
            A("1.1", "Deliver a staff development programme on checking for understanding (hinge questions, cold calling, mini-whiteboards) at the April and June staff development days.",
              "Head of Teaching and Learning", ["Head of Teaching and Learning"], "30/06/2025", "2025-06", "Complete", "blue",
              measure="90% of observed lessons show effective checking for understanding",
              progress="Both sessions delivered; 212 staff attended."),
            A("1.2", "Carry out learning walks in the five subjects named in the report, with follow-up coaching for any teacher whose checking for understanding is weak.",
              "Curriculum Managers / Teaching and Learning Coaches", ["Curriculum Managers", "Teaching and Learning Coaches"], "Jul-25", "2025-07", "G", "green",
              measure="All five subjects graded secure at the July quality review",
              progress="Learning walks complete in three of five subjects."),
        ]),
        (ERC_AFI2, [
            A("1.3", "Introduce same-day contact with parents and carers when a learner misses an English or maths lesson.",
              "Head of English and Maths; Student Services Manager", ["Head of English and Maths", "Student Services Manager"], "31/03/2025", "2025-03", "A", "amber",
              measure="Attendance at English and maths rises to 85%",
              progress="Text and call system live from 3 March 2025; attendance 81% in May."),
            A("1.4", "Timetable English and maths on the same day as vocational lessons for all full-time groups from September 2025.",
              "Assistant Principal – Curriculum Planning", ["Assistant Principal – Curriculum Planning"], "Sept 2025", "2025-09", "G", "green",
              measure="100% of full-time groups have English/maths on a vocational day",
              progress="Draft timetable built; consultation with staff in June."),
        ]),
    ]),
    ("Apprenticeships", [
        (ERC_AFI3, [
            A("2.1", "Hold three-way progress reviews every 10 weeks with each apprentice, their employer and their skills coach, recorded on the e-portfolio.",
              "Director of Apprenticeships", ["Director of Apprenticeships"], "Ongoing – every 10 weeks", None, "G", "green",
              end_text="Ongoing – every 10 weeks",
              measure="95% of reviews include the employer",
              progress="Employer attendance at reviews 88% (April–May)."),
            A("2.2", "Send employers a termly summary of their apprentices' progress and off-the-job hours.",
              "Apprenticeship Operations Manager", ["Apprenticeship Operations Manager"], "Termly", None, "Not started", "unrated",
              end_text="Termly",
              measure="Summary sent to every employer each term",
              progress="First summaries due at the end of the summer term."),
        ]),
    ]),
    ("Provision for learners with high needs", [
        (ERC_AFI4, [
            A("3.1", "Rewrite the individual learning plans of all 64 learners with high needs so that EHCP outcomes are broken into termly steps.\nReview progress at six-weekly multi-disciplinary meetings.",
              "Head of Inclusive Learning", ["Head of Inclusive Learning"], "31/05/2025", "2025-05", "Complete", "blue",
              measure="All plans rewritten and reviewed at least twice by July",
              progress="All 64 plans rewritten by 16 May 2025."),
            A("3.2", "Train learning support assistants to record progress against the small steps on the ProMonitor tracking system.",
              "Head of Inclusive Learning & SEND Quality Lead", ["Head of Inclusive Learning", "SEND Quality Lead"], "Apr-25", "2025-04", "R", "red",
              measure="All LSAs trained; progress recorded weekly",
              progress="Training postponed twice because of staff absence; 11 of 30 LSAs trained."),
        ]),
    ]),
    ("Leadership and management", [
        (ERC_AFI5, [
            A("4.1", "Add an apprenticeship quality dashboard to every meeting of the Quality, Curriculum and Standards Committee.",
              "Clerk to the Corporation / Director of Apprenticeships", ["Clerk to the Corporation", "Director of Apprenticeships"], "End of March 2025", "2025-03", "Complete", "blue",
              measure="Dashboard presented at each Committee meeting",
              progress="Dashboard presented 20 March and 12 June 2025."),
        ]),
    ]),
]


def build_erc(path):
    n = 8
    rows = [[ERC_TITLE] + [""] * (n - 1),
            ["Overall effectiveness: Good. Plan approved by the Quality, Curriculum and Standards Committee on 20 March 2025; progress updated June 2025."] + [""] * (n - 1),
            [""] * n,
            ["Ref", "Ofsted area for improvement", "Action", "Lead(s)", "Target date", "Success measure",
             "Progress update (June 2025)", "RAG"]]
    tally = {}
    for theme, afis in ERC:
        rows.append([theme] + [""] * (n - 1))
        for afi, actions in afis:
            for i, a in enumerate(actions):
                rows.append([a["ref"], afi if i == 0 else "", a["action"], a["lead_raw"], a["due_raw"],
                             a["measure"], a["progress"], a["status_raw"]])
                tally[a["status_raw"]] = tally.get(a["status_raw"], 0) + 1
    rows.append([""] * n)
    rows.append(["RAG key: Complete = action finished and impact checked; G = on track; A = some slippage; R = off track; Not started = due to start later in the year"] + [""] * (n - 1))
    total = sum(tally.values())
    rows.append(["Summary: %d actions – Complete %d, G %d, A %d, R %d, Not started %d" % (
        total, tally.get("Complete", 0), tally.get("G", 0), tally.get("A", 0), tally.get("R", 0),
        tally.get("Not started", 0))] + [""] * (n - 1))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Worksop College - ISI inspection action plan (plain text export)
# ---------------------------------------------------------------------------
WKS_FILE = "zbw-worksop-college-isi-inspection-action-plan.txt"
WKS_TITLE = "Worksop College – Post-Inspection Action Plan: ISI Routine Inspection, 4–6 March 2025"
WKS_P1 = "PART 1: ACTION POINTS (Standards not met)"
WKS_P2 = "PART 2: RECOMMENDED NEXT STEPS"
WKS_AP1 = ("Action point 1: The school must ensure that the single central record of appointments is accurate and "
           "complete, including the date of every prohibition check. [Paragraph 21(3)(b)]")
WKS_AP2 = ("Action point 2: The school must ensure that actions arising from the fire risk assessment are completed "
           "within the timescales set. [Paragraph 12]")
WKS_NS1 = ("Next step 1: Leaders should make sure that the effective adaptation of teaching for pupils who have special "
           "educational needs and/or disabilities (SEND) seen in the sixth form is consistent across all senior school "
           "departments.")
WKS_NS2 = ("Next step 2: Leaders should strengthen the monitoring of boarders' wellbeing at weekends, so that boarding "
           "staff identify emerging concerns more quickly.")
WKS_NS3 = ("Next step 3: Governors should develop their oversight of the quality of education, so that they can "
           "challenge leaders on pupils' progress.")
WKS = [
    (WKS_P1, [
        (WKS_AP1, [
            A("1.1", "Audit every entry on the single central record against personnel files and correct all missing prohibition check dates.",
              "Bursar; HR Manager", ["Bursar", "HR Manager"], "21 March 2025", "2025-03", "Complete", "blue"),
            A("1.2", "Introduce a termly audit of the single central record by the safeguarding governor, reported to the full Governing Body.",
              "Safeguarding Governor", ["Safeguarding Governor"], "Termly", None, "On track", "green", end_text="Termly"),
        ]),
        (WKS_AP2, [
            A("2.1", "Complete the outstanding fire door repairs in the boarding houses and record completion in the fire risk assessment log.",
              "Estates Manager", ["Estates Manager"], "30/04/2025", "2025-04", "Complete", "blue"),
        ]),
    ]),
    (WKS_P2, [
        (WKS_NS1, [
            A("3.1", "Run a whole-staff INSET session on adaptive teaching for pupils with SEND, led by the Head of Learning Support and sixth form teachers.",
              "Head of Learning Support", ["Head of Learning Support"], "Summer term 2025", "2025-07", "Complete", "blue"),
            A("3.2", "Add a SEND adaptation focus to every department's lesson observation cycle and report findings to the Academic Committee.",
              "Deputy Head (Academic)", ["Deputy Head (Academic)"], "Autumn term 2025", "2025-12", "On track", "green"),
        ]),
        (WKS_NS2, [
            A("4.1", "Introduce a weekend wellbeing check-in for every boarder, recorded on the pastoral system and reviewed each Monday.",
              "Deputy Head (Pastoral) and Head of Boarding", ["Deputy Head (Pastoral)", "Head of Boarding"], "By half-term (October 2025)", "2025-10", "At risk", "amber"),
            A("4.2", "Train all weekend duty staff and boarding assistants in identifying and recording emerging wellbeing concerns.",
              "Designated Safeguarding Lead", ["Designated Safeguarding Lead"], "September 2025", "2025-09", "Not started", "unrated"),
        ]),
        (WKS_NS3, [
            A("5.1", "Appoint a link governor for each academic faculty and add a termly report on pupils' progress to the Education and Wellbeing Committee.",
              "Chair of Governors", ["Chair of Governors"], "31 December 2025", "2025-12", "On track", "green"),
        ]),
    ]),
]


def build_wks(path):
    L = []
    L.append(WKS_TITLE)
    L.append("Prepared for the Education and Wellbeing Committee of the Governing Body | Owner: Head | Version 3, updated 9 June 2025")
    L.append("")
    L.append("Status key: Complete (blue) | On track (green) | At risk (amber) | Not started")
    L.append("")
    bar = "=" * 72
    for part, items in WKS:
        L.append(bar)
        L.append(part)
        L.append(bar)
        L.append("")
        for head, actions in items:
            L.append(head)
            L.append("")
            for a in actions:
                L.append("  %-5sAction:  %s" % (a["ref"], a["action"]))
                L.append("       Lead:    %s" % a["lead_raw"])
                L.append("       Due:     %s" % a["due_raw"])
                L.append("       Status:  %s" % a["status_raw"])
                L.append("")
    L.append(bar)
    L.append("Next review: Education and Wellbeing Committee, 24 September 2025")
    L.append("End of report")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------------------
# 6. Hawick High School - post-inspection improvement plan (docx)
# ---------------------------------------------------------------------------
HHS_FILE = "zbw-hawick-high-school-education-scotland-inspection-improvement-plan.docx"
HHS_TITLE = "Hawick High School – Post-Inspection Improvement Plan"
HHS_AFI1 = ("Senior leaders, working with staff, pupils and parents, should develop a shared vision, values and aims, "
            "and use robust self-evaluation to make sure that improvement priorities lead to better outcomes for "
            "young people.")
HHS_AFI2 = ("Teachers should improve the consistency of learning, teaching and assessment across the school, "
            "including providing appropriate challenge and support for all learners.")
HHS_AFI3 = ("Senior leaders and staff should continue to raise attainment in literacy and numeracy in the broad general "
            "education, and close the poverty-related attainment gap for young people living in SIMD quintiles 1 and 2.")
HHS = [
    ("Area for improvement 1", HHS_AFI1, "Link to HGIOS4: QI 1.1 Self-evaluation for self-improvement; QI 1.3 Leadership of change | NIF driver: School leadership", [
        A("1a", "Review the school vision, values and aims with pupils, parents and partners, and launch the revised version at the August 2024 in-service day.",
          "Headteacher", ["Headteacher"], "August 2024", "2024-08", "Complete", "blue",
          measure="Revised vision, values and aims displayed and referred to in assemblies and lessons",
          progress="Launched 15 August 2024; pupil leadership team leading assemblies on the values."),
        A("1b", "Introduce a three-year self-evaluation calendar linked to HGIOS4 quality indicators, with a faculty review each term.",
          "DHT (Curriculum) / Principal Teachers Curricular", ["DHT (Curriculum)", "Principal Teachers Curricular"], "Aug 2024 – June 2025", "2025-06", "On track", "green",
          measure="Each faculty completes two reviews in session 2024-25",
          progress="Calendar agreed; English, Maths and Sciences reviews complete."),
    ]),
    ("Area for improvement 2", HHS_AFI2, "Link to HGIOS4: QI 2.3 Learning, teaching and assessment | NIF driver: Teacher professionalism", [
        A("2a", "Agree a Hawick High 'Learning and Teaching Standard' with staff, setting out the features of a highly effective lesson.",
          "DHT (Learning and Teaching)", ["DHT (Learning and Teaching)"], "October 2024", "2024-10", "Complete", "blue",
          measure="Standard agreed and used in all lesson observations",
          progress="Standard agreed at October in-service; used in all observations since November."),
        A("2b", "Set up peer observation trios across faculties with a focus on differentiation and challenge.",
          "Principal Teacher (Pedagogy)", ["Principal Teacher (Pedagogy)"], "December 2024 – March 2025", "2025-03", "On track", "green",
          measure="Every teacher takes part in at least one trio cycle",
          progress="First cycle complete for 38 of 52 teachers."),
        A("2c", "Hold pupil focus groups each term to gather learners' views of their learning and act on the feedback.",
          "DHT (Pupil Support)", ["DHT (Pupil Support)"], "Termly", None, "Some slippage", "amber", end_text="Termly",
          measure="Focus group feedback shows improved views of challenge in lessons",
          progress="Term 1 focus groups held; Term 2 groups postponed to February."),
    ]),
    ("Area for improvement 3", HHS_AFI3, "Link to HGIOS4: QI 3.2 Raising attainment and achievement | NIF priority: Closing the attainment gap", [
        A("3a", "Track BGE literacy and numeracy using the authority tracking tool and hold six-weekly attainment meetings for S1 to S3.",
          "DHT (Attainment)", ["DHT (Attainment)"], "Ongoing", None, "On track", "green", end_text="Ongoing",
          measure="Increase in S3 learners achieving third level in literacy and numeracy",
          progress="Tracking meetings running; S3 projected third level numeracy 84%."),
        A("3b", "Target Pupil Equity Funding literacy and numeracy interventions at young people in SIMD quintiles 1 and 2, and measure the gap each term.",
          "PEF Lead; PT Support for Learning", ["PEF Lead", "PT Support for Learning"], "June 2025", "2025-06", "On track", "green",
          measure="Gap between Q1-2 and Q3-5 in BGE literacy narrows by 5 percentage points",
          progress="Reading and number interventions running for 46 learners."),
        A("3c", "Widen the senior phase offer with Borders College and Developing the Young Workforce partners to include two new vocational courses.",
          "DHT (Senior Phase)", ["DHT (Senior Phase)"], "August 2025", "2025-08", "Not started", "unrated",
          measure="Two new courses in the 2025-26 course choice booklet",
          progress="Planning meeting with Borders College booked for March."),
    ]),
]
HHS_FILL = {"Complete": "5B9BD5", "On track": "70AD47", "Some slippage": "FFC000", "Not on track": "FF0000", "Not started": "FFFFFF"}


def build_hhs(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(HHS_TITLE, style="Title")
    doc.add_paragraph("Following the inspection by HM Inspectors of Education Scotland, February 2024 | Scottish Borders Council Education and Lifelong Learning")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        bold_cell(t.rows[0].cells[i], h)
    for row in [("1.0", "14/05/2024", "Headteacher", "Quality Improvement Officer"),
                ("1.1", "30/09/2024", "Headteacher", "Quality Improvement Officer"),
                ("1.2", "17/01/2025", "DHT (Curriculum)", "Headteacher")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("The areas for improvement below were agreed with the headteacher and a representative from "
                      "Scottish Borders Council at the end of the inspection. Progress is reported to the Parent "
                      "Council and to the Quality Improvement Officer each term.")
    doc.add_heading("Progress status key", level=2)
    t = doc.add_table(rows=1, cols=len(HHS_FILL))
    t.style = "Table Grid"
    for i, (k, v) in enumerate(HHS_FILL.items()):
        t.rows[0].cells[i].text = k
        shade(t.rows[0].cells[i], v)
    for label, afi, link, actions in HHS:
        doc.add_paragraph("")
        t = doc.add_table(rows=4, cols=7)
        t.style = "Table Grid"
        c = t.cell(0, 0).merge(t.cell(0, 6))
        bold_cell(c, label, 12)
        shade(c, "1F4E79")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        c = t.cell(1, 0).merge(t.cell(1, 6))
        c.text = afi
        shade(c, "DEEAF6")
        c = t.cell(2, 0).merge(t.cell(2, 6))
        c.text = link
        for i, h in enumerate(["Ref", "Actions", "Lead(s)", "Timescale", "Measures of success",
                               "Progress – January 2025", "Status"]):
            bold_cell(t.cell(3, i), h)
            shade(t.cell(3, i), "D9D9D9")
        for a in actions:
            cells = t.add_row().cells
            cells[0].text = a["ref"]
            cells[1].text = a["action"]
            cells[2].text = a["lead_raw"]
            cells[3].text = a["due_raw"]
            cells[4].text = a["measure"]
            cells[5].text = a["progress"]
            cells[6].text = a["status_raw"]
            shade(cells[6], HHS_FILL[a["status_raw"]])
    doc.add_paragraph("")
    doc.add_paragraph("Next review of this plan: Quality Improvement Officer visit, May 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Probation Service Redcar, Cleveland and Middlesbrough PDU (xlsx, refuse)
# ---------------------------------------------------------------------------
RCM_FILE = "zbw-probation-service-redcar-cleveland-and-middlesbrough-pdu-hmip-inspection-action-plan-typo-month-refuse.xlsx"
RCM_TITLE = "Redcar, Cleveland and Middlesbrough PDU: HM Inspectorate of Probation Inspection – Improvement Plan"
RCM_TYPO = "0ct-25"   # zero for the letter O: the error a careful reader stops at
RCM = [
    ("Recommendations for the Redcar, Cleveland and Middlesbrough PDU", [
        ("1", "Improve the quality of work to assess, plan for, manage and review risk of harm, making use of all available information.", [
            ("1.1", "Deliver risk of serious harm assessment workshops to all probation officers and PSOs, run by the Senior Probation Officers.", "Senior Probation Officers (x4)", D(2025, 3, 1), D(2025, 6, 30), "Complete"),
            ("1.2", "Introduce monthly countersigning audits of ten risk assessments per team, with findings reviewed at the Quality Development meeting.", "Head of PDU / Quality Development Officer", D(2025, 3, 1), "Monthly", "Green"),
        ]),
        ("2", "Make sure domestic abuse and child safeguarding information is requested at the start of every sentence and analysed in the assessment.", [
            ("2.1", "Agree a service-level agreement with Cleveland Police for domestic abuse call-out information within 10 working days.", "Deputy Head of PDU", D(2025, 3, 1), D(2025, 7, 31), "Amber"),
            ("2.2", "Agree safeguarding information requests with the Redcar and Cleveland and Middlesbrough children's services front doors, and record all responses on nDelius.", "Deputy Head of PDU", D(2025, 4, 1), RCM_TYPO, "Green"),
            ("2.3", "Add a safeguarding and domestic abuse check to the allocation checklist used by case administrators.", "Business Manager", D(2025, 3, 1), D(2025, 4, 30), "Complete"),
        ]),
        ("3", "Increase the number of referrals to commissioned rehabilitative services for people on probation.", [
            ("3.1", "Publish a monthly referral dashboard by team and discuss it in supervision with each practitioner.", "Business Manager; Senior Probation Officers", D(2025, 3, 1), D(2025, 9, 30), "Green"),
        ]),
    ]),
    ("Recommendations for the North East region", [
        ("4", "Reduce the workloads of probation practitioners in the PDU to a manageable level.", [
            ("4.1", "Prioritise the PDU for newly qualified officers in the 2025 PQiP cohort allocation.", "Regional Probation Director", D(2025, 3, 1), D(2025, 12, 31), "Amber"),
        ]),
    ]),
]
RCM_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_rcm(path):
    """Returns the sheet row of the typo cell."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = dict(A=8, B=46, C=9, D=58, E=30, F=10, G=14, H=10, I=40)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Probation Service – North East Region"
    ws["A2"] = RCM_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Inspection fieldwork: October 2024 | Report published: February 2025 | Overall rating: Requires improvement"
    ws["A4"] = "Plan owner: Head of PDU | Reviewed monthly at the PDU Senior Leadership Team and quarterly at the Regional Quality Board"
    heads = ["Rec No.", "Recommendation", "Action No.", "Action", "Owner", "Start", "Target completion", "BRAG", "Update – June 2025"]
    r = 6
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
    r += 1
    typo_row = None
    for section, recs in RCM:
        ws.cell(r, 1, section).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for no, rec, actions in recs:
            first = r
            for ref, act, owner, start, target, brag in actions:
                ws.cell(r, 3, ref)
                ws.cell(r, 4, act)
                ws.cell(r, 5, owner)
                ws.cell(r, 6, start).number_format = "mmm-yy"
                c = ws.cell(r, 7, target)
                if isinstance(target, dt.datetime):
                    c.number_format = "mmm-yy"
                if target == RCM_TYPO:
                    typo_row = r
                c = ws.cell(r, 8, brag)
                c.fill = fill(RCM_FILL[brag])
                for cc in range(1, 10):
                    ws.cell(r, cc).alignment = WRAP
                    ws.cell(r, cc).border = BOX
                r += 1
            ws.cell(first, 1, no)
            ws.cell(first, 2, rec)
            if r - 1 > first:
                for col in (1, 2):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "BRAG: Blue/Complete = delivered and evidenced; Green = on track; Amber = at risk; Red = off track")

    rt = wb.create_sheet("Inspection ratings")
    for i, row in enumerate([("Standard", "Rating"),
                             ("1.1 Leadership", "Requires improvement"),
                             ("1.2 Staffing", "Inadequate"),
                             ("1.3 Services", "Requires improvement"),
                             ("2.1 Assessment", "Requires improvement"),
                             ("2.2 Planning", "Requires improvement"),
                             ("2.3 Implementation and delivery", "Inadequate"),
                             ("2.4 Reviewing", "Requires improvement")], 1):
        rt.cell(i, 1, row[0])
        rt.cell(i, 2, row[1])
    rt.column_dimensions["A"].width = 34
    rt.column_dimensions["B"].width = 24
    wb.save(path)
    return typo_row


def main():
    build_newhall(os.path.join(HERE, NEWHALL_FILE))
    build_wmp(os.path.join(HERE, WMP_FILE))
    build_hwfrs(os.path.join(HERE, HWFRS_FILE))
    build_erc(os.path.join(HERE, ERC_FILE))
    build_wks(os.path.join(HERE, WKS_FILE))
    build_hhs(os.path.join(HERE, HHS_FILE))
    row = build_rcm(os.path.join(HERE, RCM_FILE))
    print("typo row in", RCM_FILE, "=", row)


if __name__ == "__main__":
    main()
