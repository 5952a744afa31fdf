"""Build the seven ev1- blind test files for set heldout186.

Run with /work/main/.venv/bin/python ev1_make.py (writes beside this script).
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "5B9BD5"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def out(name):
    return os.path.join(HERE, name)


def style_header(ws, row, ncols, colour="1F4E79"):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(colour)
        cell.alignment = WRAP
        cell.border = BOX


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. University Hospitals Plymouth NHS Trust - CQC must do / should do (xlsx)
# ---------------------------------------------------------------------------
def make_uhp():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ("University Hospitals Plymouth NHS Trust \u2013 CQC Inspection Action Plan 2024 "
                 "(Must Do and Should Do)")
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("Core services inspected: Urgent and emergency care; Medical care (including older "
                 "people's care). Inspection 5\u20137 December 2023; report published 22 March 2024.")
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Status"),
            ("0.1", "08/04/2024", "Head of Regulatory Compliance", "Draft"),
            ("1.0", "23/04/2024", "Head of Regulatory Compliance", "Approved by Quality Assurance Committee"),
            ("1.4", "14/03/2025", "Regulatory Compliance Manager", "Update for Trust Board, March 2025")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cov.cell(row=5 + i, column=1 + j, value=v)
        if i == 0:
            style_header(cov, 5, 4)
        else:
            box_row(cov, 5 + i, 4)
    cov["A11"] = "Summary of position at 14 March 2025"
    cov["A11"].font = Font(bold=True)
    summ = [("RAG", "Must Do", "Should Do", "Total"),
            ("Blue", 3, 1, 4), ("Green", 2, 2, 4), ("Amber", 2, 1, 3), ("Red", 0, 0, 0),
            ("Total", 7, 4, 11)]
    for i, r in enumerate(summ):
        for j, v in enumerate(r):
            cov.cell(row=12 + i, column=1 + j, value=v)
        if i == 0:
            style_header(cov, 12, 4)
        else:
            box_row(cov, 12 + i, 4)
    for i, key in enumerate(["B", "G", "A", "R"]):
        cov.cell(row=13 + i, column=1).fill = fill(FILL[key])
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 40

    # --- Must Do sheet
    ws = wb.create_sheet("Must Do")
    ws["A1"] = "UHP CQC Action Plan \u2013 Must Do (regulatory breaches)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Progress position at 14 March 2025. Where a revised completion date has been agreed "
                "by the Quality Assurance Committee it is shown in column G.")
    hdr = ["Ref", "Must Do (as worded in CQC report)", "Regulation", "Action", "Responsible lead",
           "Original completion date", "Revised completion date", "Progress update",
           "Previous RAG (Dec 24)", "Current RAG (Mar 25)"]
    for j, h in enumerate(hdr):
        ws.cell(row=4, column=1 + j, value=h)
    style_header(ws, 4, 10)
    D = dt.datetime
    sections = [
        ("Urgent and emergency care", [
            ("The trust must ensure that patients attending the emergency department are triaged "
             "within 15 minutes of arrival and that the time to initial assessment is monitored.",
             "Reg 12 Safe care and treatment", [
                 ("MD1.1", "Introduce a dedicated streaming and triage nurse at the front door of the ED "
                  "between 10:00 and 02:00, funded through the UEC improvement programme.",
                  "Deputy Chief Nurse (Urgent Care)", D(2024, 5, 31), None,
                  "Rota in place from 3 June 2024. Time to triage audited weekly; median 11 minutes in "
                  "February 2025.", "G", "B"),
                 ("MD1.2", "Report time to initial assessment daily on the ED dashboard and escalate "
                  "waits over 15 minutes to the Nurse in Charge.",
                  "ED Matron / Clinical Director for Emergency Medicine", D(2024, 6, 30), D(2025, 4, 30),
                  "Dashboard live. Escalation SOP ratified October 2024; compliance audit in progress.",
                  "A", "G"),
             ]),
            ("The trust must ensure that patients who are cared for in the corridor of the emergency "
             "department have their privacy and dignity maintained and receive regular observations in "
             "line with national guidance.",
             "Reg 10 Dignity and respect; Reg 12 Safe care and treatment", [
                 ("MD2.1", "Implement the Temporary Escalation Spaces standard operating procedure, "
                  "including a maximum of six corridor spaces with screens and call bells.",
                  "Director of Operations \u2013 Urgent Care", D(2024, 7, 31), None,
                  "SOP implemented July 2024. Screens and portable call bells installed.", "B", "B"),
                 ("MD2.2", "Undertake monthly NEWS2 observation audits for patients in temporary "
                  "escalation spaces and report results to the Urgent Care Quality Board.",
                  "Lead Nurse for Quality (Urgent Care)", D(2024, 8, 31), None,
                  "Audits monthly since August 2024; compliance 78% in January 2025 against 95% target.",
                  "A", "A"),
             ]),
        ]),
        ("Medical care (including older people's care)", [
            ("The trust must ensure that staff complete mandatory training, including safeguarding "
             "adults level 3, in line with the trust target of 90%.",
             "Reg 18 Staffing", [
                 ("MD3.1", "Ward managers to agree a trajectory for each ward and release staff for "
                  "face-to-face safeguarding level 3 sessions, with compliance reported monthly at "
                  "divisional governance meetings.",
                  "Divisional Director of Nursing (Medicine)", D(2024, 9, 30), D(2025, 3, 31),
                  "Compliance 86% at end of February 2025 (from 71%). Additional sessions booked for March.",
                  "R", "G"),
             ]),
            ("The trust must ensure that risk assessments for falls and pressure ulcers are completed "
             "within six hours of admission and reviewed as patients' needs change.",
             "Reg 12 Safe care and treatment", [
                 ("MD4.1", "Roll out the electronic falls and tissue viability risk assessment in the "
                  "electronic patient record, with mandatory fields on admission.",
                  "Chief Nursing Information Officer", D(2024, 10, 31), None,
                  "Live on all medical wards from 14 October 2024.", "G", "B"),
                 ("MD4.2", "Complete quarterly documentation audits on all medical wards and share the "
                  "results at the Nursing and Midwifery Quality Forum.",
                  "Head of Nursing for Medicine", D(2024, 12, 31), D(2025, 6, 30),
                  "Q3 audit completed on 8 of 11 wards; remaining wards scheduled.", "A", "A"),
             ]),
        ]),
    ]
    r = 5
    for sec, musts in sections:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        r += 1
        for must, reg, acts in musts:
            first = r
            ws.cell(row=r, column=2, value=must)
            ws.cell(row=r, column=3, value=reg)
            for ref, act, lead, orig, rev, prog, prev, cur in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=4, value=act)
                ws.cell(row=r, column=5, value=lead)
                c = ws.cell(row=r, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=7, value=rev)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8, value=prog)
                ws.cell(row=r, column=9).fill = fill(FILL[prev])   # previous RAG: colour only
                c = ws.cell(row=r, column=10, value=cur)
                c.fill = fill(FILL[cur])
                c.alignment = Alignment(horizontal="center", vertical="top")
                box_row(ws, r, 8)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Note: actions are only rated Blue once evidence has been approved "
                                   "by the Regulatory Compliance Group.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [8, 45, 20, 50, 28, 13, 13, 45, 11, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    # --- Should Do sheet
    sd = wb.create_sheet("Should Do")
    sd["A1"] = "UHP CQC Action Plan \u2013 Should Do"
    sd["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Core service", "Should Do", "Action", "Lead", "Target date", "Update", "RAG"]
    for j, h in enumerate(hdr):
        sd.cell(row=3, column=1 + j, value=h)
    style_header(sd, 3, 8)
    ued = "Urgent and emergency care"
    med = "Medical care (including older people's care)"
    shoulds = [
        ("SD1", ued, "The trust should ensure that the paediatric area of the emergency department is "
                     "staffed by a registered children's nurse at all times.",
         "Recruit two additional RN (Child) posts and include paediatric cover on the ED e-roster template.",
         "ED Matron", D(2024, 12, 31), "Both posts recruited; started November 2024.", "B"),
        ("SD2", ued, "The trust should ensure that all staff in the emergency department receive an "
                     "annual appraisal.",
         "Review the appraisal tracker at the ED senior team meeting each month and book overdue appraisals.",
         "ED Matron; Clinical Director for Emergency Medicine", "Ongoing",
         "Appraisal rate 82% (February 2025).", "G"),
        ("SD3", med, "The trust should ensure that patients' nutrition and hydration charts are fully "
                     "completed.",
         "Introduce protected mealtime audits and the red tray/red jug scheme on all medical and older "
         "people's wards.",
         "Nutrition Nurse Specialist", D(2024, 8, 31),
         "Scheme re-launched August 2024; audit shows 88% completion.", "G"),
        ("SD4", med, "The trust should ensure that discharge summaries are sent to GPs within 24 hours "
                     "of discharge.",
         "Enable automatic sending of electronic discharge summaries from the EPR and monitor compliance "
         "through the medicine performance review.",
         "Chief Clinical Information Officer / Divisional Director of Operations (Medicine)",
         D(2025, 1, 31), "Technical change delayed by supplier upgrade; now scheduled for April 2025.", "A"),
    ]
    for i, row in enumerate(shoulds):
        rr = 4 + i
        for j, v in enumerate(row):
            c = sd.cell(row=rr, column=1 + j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        box_row(sd, rr, 8)
        sd.cell(row=rr, column=8).fill = fill(FILL[row[7]])
    for col, w in zip("ABCDEFGH", [7, 24, 45, 50, 30, 12, 40, 7]):
        sd.column_dimensions[col].width = w

    # --- RAG key sheet
    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Blue \u2013 complete and evidence approved"),
                                  ("G", "Green \u2013 on track to deliver by the completion date"),
                                  ("A", "Amber \u2013 some risk to delivery or revised date agreed"),
                                  ("R", "Red \u2013 off track or overdue")]):
        key.cell(row=2 + i, column=1).fill = fill(FILL[k])
        key.cell(row=2 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.save(out("ev1-university-hospitals-plymouth-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Cambridgeshire and Peterborough NHSFT - CQC mental health (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_cpft():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = ("Cambridgeshire and Peterborough NHS Foundation Trust \u2013 CQC Action Plan: Mental "
                "Health Core Services (inspection July 2024)")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Acute wards for adults of working age and psychiatric intensive care units (PICU); "
                "Mental health crisis services and health-based places of safety. Report published "
                "4 October 2024.")
    ws["A3"] = "Updated for Quality, Safety and Experience Committee \u2013 February 2025"
    ws["K1"] = "RAG key"
    ws["K1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("R", "Not on track / overdue"), ("A", "Minor slippage"),
                                  ("G", "On track"), ("B", "Completed")]):
        ws.cell(row=2 + i, column=11).fill = fill(FILL[k])
        ws.cell(row=2 + i, column=12, value=txt)
    hdr = ["No.", "Must / Should", "Core service", "Issue identified by CQC", "Action", "Action lead",
           "Due date", "Progress update (February 2025)", "RAG"]
    for j, h in enumerate(hdr):
        ws.cell(row=7, column=1 + j, value=h)
    style_header(ws, 7, 9, colour="4B2C6F")
    acute = "Acute wards for adults of working age and PICU"
    crisis = "Mental health crisis services and health-based places of safety"
    rt = ("The trust must ensure that patients' physical health observations are completed following "
          "rapid tranquillisation.")
    staff = ("The trust must ensure that there are enough suitably qualified staff in the First "
             "Response Service to answer calls promptly.")
    rows = [
        (1, "Must", acute, "The trust must ensure that ligature risk assessments are reviewed and updated "
                           "following changes to ward environments.",
         "Review all ward ligature risk assessments with estates and update the environmental risk register.",
         "Modern Matrons (Adult Acute)", "Oct-24", "All 9 wards reviewed; register updated 28/10/2024.", "B"),
        (2, "Must", acute, rt,
         "Introduce a post-rapid tranquillisation observation chart on SystmOne with automatic prompts.",
         "Chief Clinical Information Officer", "Dec-24", "Template live 2 December 2024.", "B"),
        (3, "Must", acute, rt,
         "Audit post-RT monitoring monthly and feed back results in ward safety huddles.",
         "Ward Managers / Physical Health Lead", "Mar-25", "Audit compliance 74% (January 2025).", "A"),
        (4, "Must", crisis, staff,
         "Recruit to 6.0 WTE mental health practitioner vacancies in the First Response Service.",
         "Crisis Pathway Service Manager", "Jan-25", "4.0 WTE appointed; 2.0 WTE out to advert.", "A"),
        (5, "Must", crisis, staff,
         "Introduce call abandonment reporting for the First Response Service and review it weekly at the "
         "crisis pathway meeting.",
         "Crisis Pathway Service Manager", "Nov-24", "Weekly report in place.", "B"),
        (6, "Should", acute, "The trust should ensure that patients are given information about their "
                             "rights under the Mental Health Act and that this is recorded.",
         "Add section 132 rights reminders to the ward round checklist and audit quarterly.",
         "Mental Health Act Manager", "0ct-24", "Checklist updated; Q3 audit 96% compliant.", "B"),
        (7, "Should", acute, "The trust should ensure that patients have access to activities at weekends.",
         "Extend the occupational therapy technician rota to cover Saturdays and Sundays on all adult "
         "acute wards.",
         "Head of Occupational Therapy", "Apr-25", "Business case approved January 2025.", "G"),
        (8, "Should", crisis, "The trust should ensure that the health-based place of safety at Fulbourn "
                              "is cleaned and maintained to a good standard.",
         "Agree a cleaning schedule and monthly environmental check of the health-based place of safety "
         "with the facilities provider.",
         "Estates and Facilities Manager", "Dec-24", "Schedule agreed; monthly checks evidenced.", "B"),
    ]
    for i, row in enumerate(rows):
        rr = 8 + i
        for j, v in enumerate(row[:8]):
            ws.cell(row=rr, column=1 + j, value=v)
        box_row(ws, rr, 9)
        ws.cell(row=rr, column=9).fill = fill(FILL[row[8]])  # RAG shown by colour only
    ws["A17"] = "Totals: Completed 5 | On track 1 | Minor slippage 2 | Not on track 0"
    ws["A17"].font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", [6, 9, 26, 45, 50, 28, 10, 40, 7]):
        ws.column_dimensions[col].width = w
    wb.save(out("ev1-cambridgeshire-peterborough-nhsft-cqc-mental-health-must-should-do-action-plan"
                "-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Paragon Skills - Ofsted apprenticeships post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Behind": RED, "Not started": None}


def make_paragon():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Paragon Skills \u2013 Post-Inspection Action Plan"
    dc["A1"].font = Font(bold=True, size=14)
    rows = [("Version", "Date", "Changes", "Owner"),
            ("1.0", "15/05/2024", "First version following publication of Ofsted report (2 May 2024)",
             "Quality Director"),
            ("1.3", "04/11/2024", "Autumn update for Quality and Standards Board", "Head of Quality")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            dc.cell(row=3 + i, column=1 + j, value=v)
        if i == 0:
            style_header(dc, 3, 4, colour="00635A")
        else:
            box_row(dc, 3 + i, 4)
    dc["A7"] = "Approved by"
    dc["B7"] = "Board of Directors, 21 May 2024"
    dc.column_dimensions["C"].width = 60
    dc.column_dimensions["D"].width = 20

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "Post-Inspection Action Plan (PIAP) 2024\u201325"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Ofsted full inspection 19\u201322 March 2024 \u2013 Overall effectiveness: Good. Areas for "
                "improvement taken from \u2018What does the provider need to do to improve?\u2019")
    ws["A3"] = "Status at 4 November 2024"
    hdr = ["Ref", "Action", "Intended impact", "Lead(s)", "Start", "Target date", "Progress update", "Status"]
    for j, h in enumerate(hdr):
        ws.cell(row=5, column=1 + j, value=h)
    style_header(ws, 5, 8, colour="00635A")
    plan = [
        ("Quality of education", [
            ("AFI 1: Leaders should ensure that tutors plan and teach English and mathematics so that "
             "apprentices who need to achieve functional skills qualifications make swift progress.", [
                 ("1a", "Complete an initial and diagnostic assessment for every apprentice without prior "
                        "English and mathematics attainment within the first four weeks of the programme.",
                  "Apprentices start functional skills learning promptly; fewer apprentices past their "
                  "planned end date.", "Head of Functional Skills", "June 2024", "August 2024",
                  "Diagnostic now part of onboarding; 97% completed within four weeks.", "Complete"),
                 ("1b", "Recruit two additional specialist functional skills tutors for the care and early "
                        "years programmes.",
                  "Smaller caseloads; more frequent functional skills sessions.",
                  "Head of Functional Skills / HR Business Partner", "May 2024", "September 2024",
                  "One tutor started July 2024; second post re-advertised.", "At risk"),
                 ("1c", "Introduce monthly progress reviews in English and mathematics, tracked in the "
                        "e-portfolio, with referral to the functional skills team where apprentices fall "
                        "behind.",
                  "Early intervention for apprentices at risk of not achieving.",
                  "Apprenticeship Programme Managers", "September 2024", "Ongoing",
                  "Reviews in place from September; impact to be measured in termly data review.",
                  "On track"),
             ]),
            ("AFI 2: Leaders and managers should ensure that employers are fully involved in planning and "
             "reviewing apprentices\u2019 on- and off-the-job training.", [
                 ("2a", "Revise the tripartite progress review template so that employers agree the next "
                        "steps for on-the-job training at each review.",
                  "Employers contribute to and reinforce training in the workplace.",
                  "Head of Quality", "June 2024", "July 2024",
                  "New template in use from 1 July 2024.", "Complete"),
                 ("2b", "Deliver employer briefings on the requirements of off-the-job training for new levy "
                        "and non-levy employers.",
                  "Employers understand and release apprentices for off-the-job training.",
                  "Employer Engagement Manager & Head of Quality", "September 2024", "March 2025",
                  "Three briefings delivered (42 employers attended).", "On track"),
             ]),
        ]),
        ("Leadership and management", [
            ("AFI 3: Leaders should improve the oversight that board members have of the quality of "
             "apprenticeship training so that they can challenge leaders effectively.", [
                 ("3a", "Appoint an independent board member with experience of further education and "
                        "apprenticeships.",
                  "Stronger external challenge on quality.", "Chief Executive Officer", "June 2024",
                  "December 2024", "Shortlist agreed; interviews 20 November 2024.", "On track"),
                 ("3b", "Produce a quarterly quality report for the board covering progress, achievement, "
                        "breaks in learning and safeguarding.",
                  "Board members receive accurate information on the quality of training.",
                  "Quality Director", "July 2024", "Quarterly",
                  "First report presented September 2024.", "On track"),
             ]),
        ]),
        ("Personal development", [
            ("AFI 4: Leaders should ensure that apprentices develop their understanding of the risks of "
             "radicalisation and extremism in their local area and workplace.", [
                 ("4a", "Add local Prevent risk information to the progress review agenda, using regional "
                        "Prevent coordinator updates.",
                  "Apprentices can explain risks relevant to where they live and work.",
                  "Designated Safeguarding Lead", "June 2024", "October 2024",
                  "Agenda updated; content refreshed each quarter.", "Complete"),
                 ("4b", "Sample 10% of progress reviews each term to check that apprentices can explain "
                        "local risks.",
                  "Leaders know whether the new content is effective.",
                  "Designated Safeguarding Lead; Quality Improvement Managers", "January 2025",
                  "July 2025", "", "Not started"),
             ]),
        ]),
    ]
    r = 6
    for theme, afis in plan:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("00635A")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, acts in afis:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = Font(bold=True)
            c.fill = fill("E2EFDA")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for act in acts:
                for j, v in enumerate(act):
                    ws.cell(row=r, column=1 + j, value=v if v != "" else None)
                box_row(ws, r, 8)
                col = STATUS_FILL[act[7]]
                if col:
                    ws.cell(row=r, column=8).fill = fill(col)
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete (blue) | On track (green) | At risk (amber) | "
                                   "Behind (red) | Not started (no colour)").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 50, 36, 30, 14, 14, 40, 12]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "Status"
    key["B1"] = "Meaning"
    for i, (s, m) in enumerate([("Complete", "Action completed and impact evidenced"),
                                ("On track", "Progressing as planned"),
                                ("At risk", "Target date may be missed \u2013 mitigation in place"),
                                ("Behind", "Target date missed \u2013 escalated to Quality and Standards Board"),
                                ("Not started", "Action not yet due to start")]):
        key.cell(row=2 + i, column=1, value=s)
        key.cell(row=2 + i, column=2, value=m)
        if STATUS_FILL[s]:
            key.cell(row=2 + i, column=1).fill = fill(STATUS_FILL[s])
    key.column_dimensions["B"].width = 60
    wb.save(out("ev1-paragon-skills-ofsted-apprenticeships-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 4. Brunswick Health Centre - GP CQC inspection action plan (csv)
# ---------------------------------------------------------------------------
def make_brunswick():
    reg12 = ("Regulation 12 Safe care and treatment: The provider must ensure that patients prescribed "
             "high-risk medicines receive the required monitoring before prescriptions are issued.")
    rows = [
        ["Brunswick Health Centre \u2013 CQC Inspection Action Plan", "", "", "", "", "", ""],
        ["Inspection date: 9 October 2024; report published 28 November 2024; overall rating: "
         "Requires improvement", "", "", "", "", "", ""],
        ["Plan owner: Dr R Okafor (Senior Partner)", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Key question", "Regulation / area identified", "Action", "Responsible", "Completion date",
         "Status", "Comments / evidence"],
        ["Safe", reg12,
         "Run weekly searches for patients on methotrexate, lithium and DOACs without up-to-date blood "
         "monitoring and recall them.",
         "Clinical Pharmacist", "31/12/2024", "Complete", "Searches set up on EMIS; 41 patients recalled."],
        ["", "",
         "Add a monitoring alert to repeat templates so that prescribers see the last test date before "
         "authorising.",
         "Clinical Pharmacist / Dr R Okafor", "31/01/2025", "Complete", ""],
        ["", "", "Audit 20 records each quarter and present the results at the clinical meeting.",
         "Dr L Hale", "Quarterly", "On track", "First audit January 2025: 18/20 compliant."],
        ["Safe", "Regulation 12 Safe care and treatment: The provider must ensure that patient safety "
                 "alerts from the MHRA are acted on and the action recorded.",
         "Set up a shared safety alerts log with a named clinician to review each alert within 5 working "
         "days.",
         "Practice Manager & Dr L Hale", "15/11/2024", "Complete", "Log in use; reviewed at weekly huddle."],
        ["Well-led", "Regulation 17 Good governance: The provider must ensure that systems for monitoring "
                     "staff training and recruitment checks are effective.",
         "Introduce a training matrix covering safeguarding, infection prevention and control, basic life "
         "support and fire safety for all staff, reviewed monthly by the Practice Manager.\n"
         "Staff with overdue training to be given protected time.",
         "Practice Manager", "28/02/2025", "On track", "Matrix in place; 3 staff overdue."],
        ["", "",
         "Check DBS, immunisation status and references for all clinical staff and record them on the "
         "personnel files.",
         "Practice Manager", "End of March 2025", "Not started", ""],
        ["Effective", "The practice should continue to improve the uptake of cervical screening.",
         "Offer evening and Saturday cervical screening clinics through the PCN enhanced access service.",
         "Lead Practice Nurse", "Apr 2025 \u2013 Sept 2025", "On track", "Clinics agreed with PCN."],
        ["Responsive", "The practice should improve patient satisfaction with telephone access.",
         "Install a cloud-based telephony system with call-back and queue position messages.",
         "Practice Manager", "30/04/2025", "On track", "Contract signed January 2025."],
        ["", "", "", "", "", "", ""],
        ["Status key: Complete = action finished and evidenced; On track = completion date expected to be "
         "met; At risk = completion date may be missed; Not started", "", "", "", "", "", ""],
        ["Plan reviewed at partners' meeting 13/02/2025. Next review: May 2025.", "", "", "", "", "", ""],
    ]
    with open(out("ev1-brunswick-health-centre-cqc-inspection-action-plan.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Thornhill Community Academy - post-Ofsted action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_thornhill():
    T = "\t"
    lines = [
        "Thornhill Community Academy \u2013 Post-Ofsted Action Plan 2023\u201324",
        "Ofsted inspection: 7\u20138 November 2023 (graded inspection)" + T + "Overall effectiveness: "
        "Requires improvement",
        "Prepared by: Headteacher" + T + "Monitored by: Local Governing Body and Trust School Improvement Partner",
        "Updated: 20 May 2024",
        "",
        T.join(["RAG key", "B = complete", "G = on track", "A = some slippage", "R = off track"]),
        "",
        "PRIORITY 1: CURRICULUM",
        "Ofsted area for improvement",
        "In some subjects, leaders have not identified the important knowledge that pupils should learn "
        "and when. Leaders should ensure that all curriculum plans set out the essential knowledge pupils "
        "need, in a logical order, from Year 7 to Year 11.",
        T.join(["Ref", "Action", "Lead", "Timescale", "Monitoring", "RAG"]),
        T.join(["1.1", "Subject leaders to rewrite Key Stage 3 curriculum maps in geography, history, music "
                       "and computing, identifying the essential knowledge for each unit.",
                "Deputy Headteacher (Curriculum)", "Autumn term 2023",
                "Line management meetings; curriculum map review", "B"]),
        T.join(["1.2", "Trust subject networks to quality assure the revised curriculum maps and sequencing.",
                "Trust Director of Education", "By February half-term 2024", "Trust QA report", "B"]),
        T.join(["1.3", "Implement the revised curriculum in all Key Stage 3 classes and check through "
                       "learning walks that teachers teach the identified knowledge.",
                "Deputy Headteacher (Curriculum) / Subject leaders", "Summer term 2024",
                "Learning walk schedule; pupil voice", "G"]),
        "",
        "PRIORITY 2: ASSESSMENT",
        "Ofsted area for improvement",
        "Teachers do not routinely check what pupils know and remember. Leaders should ensure that "
        "teachers use assessment to identify and address gaps in pupils' knowledge.",
        T.join(["Ref", "Action", "Lead", "Timescale", "Monitoring", "RAG"]),
        T.join(["2.1", "Whole-staff CPD on retrieval practice and responsive teaching (INSET day and three "
                       "twilight sessions).",
                "Assistant Headteacher (Teaching and Learning)", "Spring term 2024", "CPD evaluations", "B"]),
        T.join(["2.2", "Introduce low-stakes knowledge quizzes at the start of every Key Stage 3 lesson in "
                       "all subjects.",
                "Subject leaders", "Ongoing", "Learning walks; book looks", "G"]),
        T.join(["2.3", "Review the assessment calendar so that summative assessment takes place twice a "
                       "year, with gap analysis feeding into re-teaching plans.",
                "Assistant Headteacher (Data and Assessment)", "Summer term 2024",
                "SLT review of gap analysis", "A"]),
        "",
        "PRIORITY 3: ATTENDANCE",
        "Ofsted area for improvement",
        "Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should continue "
        "to take effective action to improve the attendance of these pupils.",
        T.join(["Ref", "Action", "Lead", "Timescale", "Monitoring", "RAG"]),
        T.join(["3.1", "Appoint a full-time Attendance Officer and introduce first-day calling and home "
                       "visits for pupils absent for three days.",
                "Business Manager and Pastoral Lead", "Autumn term 2023", "Weekly attendance meeting", "B"]),
        T.join(["3.2", "Use the trust attendance tracker to set individual targets for all persistently "
                       "absent pupils and review them every half-term.",
                "Pastoral Lead", "Half-termly", "Attendance data to LGB", "G"]),
        T.join(["3.3", "Work with the local authority Education Welfare Service on legal interventions "
                       "where attendance does not improve.",
                "Headteacher", "Summer term 2024", "Attendance panel minutes", "R"]),
        "",
        "Governor monitoring: the LGB Standards Committee receives a progress report each half-term. "
        "Next review: 8 July 2024.",
    ]
    with open(out("ev1-thornhill-community-academy-post-ofsted-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def header_row(table, labels, colour="1F4E79"):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True)
        shade(cell, colour)


# ---------------------------------------------------------------------------
# 6. Chesterfield College - Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_chesterfield():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Chesterfield College \u2013 Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Ofsted inspection: 12 to 15 March 2024 (report published 26 April 2024)")
    doc.add_paragraph("Overall effectiveness: Good")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"])
    for i, r in enumerate([("1.0", "20 May 2024", "Vice Principal Quality",
                            "Corporation Quality and Standards Committee"),
                           ("1.2", "1 July 2024", "Vice Principal Quality", "Senior Leadership Team")]):
        for j, v in enumerate(r):
            set_cell(t.rows[1 + i].cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG rating: Green \u2013 on track or complete; Amber \u2013 some slippage, action being "
                      "taken; Red \u2013 significantly behind, escalated to SLT.")

    cols = ["Ref", "Action", "Responsibility", "Completion date", "Progress at 1 July 2024", "RAG"]
    afis = [
        ("1. Attendance",
         "Leaders and managers should improve the attendance of 16 to 18 students on study programmes, "
         "particularly in English and mathematics lessons.", [
             ("1.1", "Introduce a daily attendance huddle in each curriculum area, with follow-up calls to "
                     "parents and carers for any student absent from English or mathematics.",
              "Assistant Principal Study Programmes", "September 2024",
              "Piloted in Engineering and Construction from June 2024.", "G", "G"),
             ("1.2", "Set attendance targets for each study programme and review them at monthly "
                     "curriculum performance reviews.\nStudents below 85% attendance to be placed on an "
                     "attendance support plan.",
              "Vice Principal Curriculum and Quality", "Sept 2024 \u2013 June 2025",
              "Targets set for 2024/25.", "G", "G"),
             ("1.3", "Move English and mathematics lessons to mid-morning and mid-afternoon slots in the "
                     "2024/25 timetable.",
              "Director of Timetabling and MIS", "July 2024", "Timetable published 28 June 2024.", "", "G"),
         ]),
        ("2. Apprenticeships \u2013 off-the-job training",
         "Leaders should ensure that employers of apprentices on level 3 engineering programmes provide "
         "apprentices with the off-the-job training to which they are entitled.", [
             ("2.1", "Hold tripartite reviews every 10 weeks with each employer, recording off-the-job "
                     "hours in the e-portfolio.",
              "Head of Apprenticeships", "Termly", "Review schedule in place; 14 reviews overdue.", "A", "A"),
             ("2.2", "Write to all engineering employers setting out their responsibilities under the "
                     "apprenticeship funding rules and agree a recovery plan where apprentices are behind "
                     "with off-the-job hours.",
              "Director of Apprenticeships and Director of Business Development", "31 July 2024",
              "Letters sent to 58 employers; 11 recovery plans agreed.", "G", "G"),
         ]),
        ("3. Careers guidance",
         "Leaders should ensure that adult learners on access to higher education courses receive "
         "effective careers advice and guidance.", [
             ("3.1", "Provide a one-to-one careers interview with a Level 6 qualified adviser for every "
                     "access to HE learner.",
              "Careers Lead / Head of Adult Learning", "December 2024",
              "Careers interviews booked from October.", "G", "G"),
             ("3.2", "Add UCAS application workshops and university visits to the access to HE programme "
                     "calendar.",
              "Head of Adult Learning", "31 January 2025", "", "", None),
             ("3.3", "Survey access to HE learners on the usefulness of careers guidance and report the "
                     "results to the Quality and Standards Committee.",
              "Quality Manager", "June 2025", "", "", None),
         ]),
    ]
    for heading, afi, acts in afis:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(afi)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, cols)
        for i, (ref, act, lead, date, prog, ragtxt, ragcol) in enumerate(acts):
            cells = t.rows[1 + i].cells
            for j, v in enumerate([ref, act, lead, date, prog, ragtxt]):
                set_cell(cells[j], v)
            if ragcol:
                shade(cells[5], FILL[ragcol])
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Role", "Name", "Date"])
    for i, r in enumerate([("Principal and Chief Executive", "", ""), ("Chair of the Corporation", "", "")]):
        for j, v in enumerate(r):
            set_cell(t.rows[1 + i].cells[j], v)
    doc.save(out("ev1-chesterfield-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Office for National Statistics - OSR assessment requirements action plan (docx)
# ---------------------------------------------------------------------------
def make_ons():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Office for National Statistics \u2013 Action plan in response to the OSR assessment "
                      "of Business Enterprise Research and Development statistics", style="Title")
    doc.add_paragraph("Progress update: January 2025")
    doc.add_paragraph("The Office for Statistics Regulation (OSR) set out four requirements for ONS in its "
                      "assessment of Business Enterprise Research and Development (BERD) statistics. This "
                      "annex sets out the actions ONS is taking to meet each requirement, the lead, the "
                      "timescale and the status of each action. Progress is reported to OSR every six months.")
    doc.add_heading("Summary of progress", level=2)
    summ = [("Requirement", "Actions", "Complete", "On track", "At risk", "Not started"),
            ("Requirement 1", "2", "1", "1", "0", "0"),
            ("Requirement 2", "3", "1", "1", "1", "0"),
            ("Requirement 3", "2", "2", "0", "0", "0"),
            ("Requirement 4", "1", "0", "0", "0", "1"),
            ("Total", "8", "4", "2", "1", "1")]
    t = doc.add_table(rows=len(summ), cols=6)
    t.style = "Table Grid"
    header_row(t, summ[0], colour="206095")
    for i, r in enumerate(summ[1:]):
        for j, v in enumerate(r):
            set_cell(t.rows[1 + i].cells[j], v, bold=(r[0] == "Total"))
    doc.add_paragraph("")
    doc.add_heading("Action plan", level=2)
    doc.add_paragraph("Status: Complete; On track \u2013 expected to be delivered within the timescale; "
                      "At risk (shaded amber) \u2013 timescale may not be met; Not started.")
    plan = [
        ("Trustworthiness", [
            ("Requirement 1: ONS should publish a clear explanation of the revisions to BERD estimates, "
             "including the reasons for the change in methods and how users were informed.", [
                 ("1.1", "Publish an article explaining the methods change and the scale of revisions back "
                         "to 2014.", "Head of BERD", "November 2023", "Complete"),
                 ("1.2", "Pre-announce future method changes on the release calendar at least three months "
                         "before publication.", "Deputy Director, Business Statistics", "Ongoing",
                  "On track"),
             ]),
        ]),
        ("Quality", [
            ("Requirement 2: ONS should review the BERD sample design and quality assurance processes, "
             "drawing on expertise in methodology and from other producers of R&D statistics.", [
                 ("2.1", "Complete an independent methodological review of the BERD sample design, "
                         "including the use of the new register of R&D performers.",
                  "Head of Methodology (Economic Statistics)", "Original: June 2024\nRevised: November 2024",
                  "Complete"),
                 ("2.2", "Introduce quality assurance checks comparing BERD with HMRC R&D tax credit data "
                         "before each publication.",
                  "Head of BERD; Head of Methodology (Economic Statistics)", "Q3 2024/25", "On track"),
                 ("2.3", "Agree data sharing with the Northern Ireland Statistics and Research Agency for "
                         "the Northern Ireland component of BERD.",
                  "Head of BERD", "March 2025", "At risk"),
             ]),
        ]),
        ("Value", [
            ("Requirement 3: ONS should engage with users to understand their needs for sub-national and "
             "industry breakdowns of R&D expenditure.", [
                 ("3.1", "Hold a user event with government departments, devolved administrations and "
                         "academic users.",
                  "Head of Business Statistics User Engagement", "February 2024", "Complete"),
                 ("3.2", "Publish a response to user feedback and a development plan for regional R&D "
                         "estimates.",
                  "Deputy Director, Business Statistics", "By 30 September 2024", "Complete"),
             ]),
            ("Requirement 4: ONS should make clear the differences between BERD and the R&D estimates in "
             "the national accounts.", [
                 ("4.1", "Add a coherence section to the BERD statistical bulletin and the quality and "
                         "methodology information (QMI) report.",
                  "Head of BERD / National Accounts Coherence Lead", "April 2025", "Not started"),
             ]),
        ]),
    ]
    n = 1 + sum(1 + sum(len(a) for _, a in reqs) for _, reqs in plan)
    t = doc.add_table(rows=n, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Requirement", "Ref", "Action", "Lead", "Timescale", "Status"], colour="206095")
    r = 1
    for pillar, reqs in plan:
        row = t.rows[r]
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, pillar, bold=True)
        shade(merged, "D9E2F3")
        r += 1
        for req, acts in reqs:
            first = r
            for ref, act, lead, when, status in acts:
                cells = t.rows[r].cells
                set_cell(cells[1], ref)
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[5], status)
                if status == "At risk":
                    shade(cells[5], AMBER)
                r += 1
            top = t.rows[first].cells[0]
            if r - 1 > first:
                top = top.merge(t.rows[r - 1].cells[0])
            set_cell(top, req)
    doc.add_paragraph("")
    doc.add_paragraph("Contact: BERD team, Economic Statistics Group. Next update to OSR: July 2025.")
    doc.save(out("ev1-office-for-national-statistics-osr-berd-assessment-action-plan.docx"))


if __name__ == "__main__":
    make_uhp()
    make_cpft()
    make_paragon()
    make_brunswick()
    make_thornhill()
    make_chesterfield()
    make_ons()
    print("built 7 files in", HERE)
