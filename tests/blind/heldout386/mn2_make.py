"""Build the seven mn2- blind test files (set heldout386).

Run with:  /work/main/.venv/bin/python mn2_make.py
Writes the data files beside this script. The expected readings are the
NAME.expected.yaml files written by hand beside each data file.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"


def out(name):
    return os.path.join(HERE, name)


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a docx cell; '\n' starts a new paragraph in the cell."""
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(lines[0])
    run.bold = bold
    for line in lines[1:]:
        p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


def fill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# 1. Oxford Health NHS FT - SAR 'Mr N' single agency action plan (docx)
# ---------------------------------------------------------------------------
OH_NAME = "mn2-oxford-health-nhsft-sar-mr-n-single-agency-action-plan.docx"
OH_TITLE = "Safeguarding Adults Review ‘Mr N’ – Single Agency Action Plan"
OH_THEMES = [
    ("Theme 1: Self-neglect and engagement", [
        ("OSAB Recommendation 2: Oxford Health should assure the Board that staff in adult "
         "community mental health teams recognise self-neglect and use the multi-agency "
         "self-neglect and hoarding guidance when a person disengages from services.", [
            ("2.1", "Refresh the Trust’s Did Not Attend / Was Not Brought policy so that repeated "
                    "non-attendance by an adult with self-neglect concerns triggers a "
                    "multidisciplinary review.",
             "Named Nurse for Safeguarding Adults", "31/10/2024",
             "Revised policy ratified at Policy Review Group on 15 October 2024 and published "
             "on the intranet.", BLUE),
            ("2.2", "Deliver self-neglect and hoarding briefings to all adult community mental "
                    "health teams, using the learning from this review.",
             "Safeguarding Adults Practitioners", "31/03/2025",
             "7 of 11 teams briefed; remaining sessions booked for February 2025.", GREEN),
            ("2.3", "Audit 30 records of adults open to community teams with self-neglect "
                    "concerns to test use of the multi-agency guidance, and report the findings "
                    "to the Safeguarding Committee.",
             "Head of Safeguarding Adults / Clinical Audit Lead", "June 2025",
             "Audit tool agreed and sample drawn. Audit capacity limited in Q3.", AMBER),
        ]),
        ("OSAB Recommendation 4: Oxford Health should ensure that mental capacity assessments "
         "are completed and recorded when there is doubt about a person’s capacity to make "
         "decisions about their care and accommodation.", [
            ("4.1", "Add a mandatory mental capacity assessment template to the electronic "
                    "patient record for decisions about care and accommodation.",
             "Chief Clinical Information Officer", "30/11/2024",
             "Template live on RiO from 18 November 2024.", BLUE),
            ("4.2", "Provide MCA level 3 training for band 6 and 7 care coordinators, with "
                    "attendance reported monthly.",
             "MCA Lead", "Ongoing",
             "Monthly sessions in place; 64% of the target group trained.", GREEN),
        ]),
    ]),
    ("Theme 2: Transitions and multi-agency working", [
        ("OSAB Recommendation 6: Oxford Health, with Oxfordshire County Council, should review "
         "how discharge from inpatient care is planned for adults who are homeless or at risk "
         "of homelessness.", [
            ("6.1", "Embed the Duty to Refer to housing authorities in the inpatient discharge "
                    "checklist for all adult wards.",
             "Head of Patient Flow", "31/01/2025",
             "Checklist amended; roll-out delayed by the EPR upgrade. Escalated to the "
             "Safeguarding Committee in December.", RED),
            ("6.2", "Agree a joint protocol with Oxfordshire County Council housing and adult "
                    "social care for discharge planning meetings for people with no fixed "
                    "abode.\nThe protocol will include escalation routes and named contacts.",
             "Deputy Director of Nursing; OCC Head of Adult Social Care", "March 2025",
             "Draft protocol shared with OCC for comment on 9 December 2024.", GREEN),
            ("6.3", "Test the protocol through a multi-agency case audit of six discharges and "
                    "share the findings with the OSAB SAR Sub-group.",
             "Head of Safeguarding Adults", "September 2025",
             "Not yet started – dependent on 6.2.", None),
        ]),
        ("OSAB Recommendation 7: All agencies should ensure that the views of family members "
         "are sought and recorded when planning care for an adult who self-neglects.", [
            ("7.1", "Include a prompt to record family and carer views in the care plan review "
                    "template.",
             "Chief Clinical Information Officer", "31/12/2024",
             "Prompt added; compliance will be monitored through the quarterly record-keeping "
             "audit.", BLUE),
            ("7.2", "Share a seven-minute briefing on the learning from Mr N with all adult "
                    "mental health staff through the safeguarding newsletter.",
             "Named Nurse for Safeguarding Adults", "31/10/2024",
             "Briefing published in the October 2024 newsletter.", BLUE),
        ]),
    ]),
]


def make_oxford_health():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Oxford Health NHS Foundation Trust")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(OH_TITLE, level=1)
    doc.add_paragraph("Response to the recommendations of the Oxfordshire Safeguarding Adults "
                      "Board (OSAB) SAR overview report, published September 2024.")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "Head of Safeguarding Adults"),
                 ("Version", "1.3"),
                 ("Date", "20 January 2025"),
                 ("Reporting route", "Safeguarding Committee → Quality and Safety Committee → "
                                     "OSAB SAR Sub-group"),
                 ("Next review", "April 2025")]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for label, colour, meaning in [
            ("Blue", BLUE, "Complete – evidence provided to OSAB"),
            ("Green", GREEN, "On track"),
            ("Amber", AMBER, "Some slippage – mitigation in place"),
            ("Red", RED, "Off track or overdue")]:
        row = key.add_row().cells
        set_cell(row[0], label)
        shade(row[0], colour)
        set_cell(row[1], meaning)
    doc.add_paragraph("Progress is reported to OSAB quarterly. The RAG column shows the position "
                      "at 31 December 2024; an empty RAG cell means work has not started.")

    for theme, recs in OH_THEMES:
        doc.add_heading(theme, level=2)
        for rec_text, actions in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            merged = t.cell(0, 0).merge(t.cell(0, 5))
            set_cell(merged, rec_text, bold=True)
            shade(merged, "DEEAF6")
            for i, h in enumerate(["Ref", "Action", "Lead", "Target date",
                                   "Progress at December 2024", "RAG"]):
                set_cell(t.cell(1, i), h, bold=True)
            for ref, action, lead, date, progress, colour in actions:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], action)
                set_cell(cells[2], lead)
                set_cell(cells[3], date)
                set_cell(cells[4], progress)
                set_cell(cells[5], "")
                if colour:
                    shade(cells[5], colour)
            doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Approved by", "Role", "Date"]):
        set_cell(so.cell(0, i), h, bold=True)
    for i, v in enumerate(["Chief Nurse", "Executive lead for safeguarding", "27 January 2025"]):
        set_cell(so.cell(1, i), v)
    doc.save(out(OH_NAME))


# ---------------------------------------------------------------------------
# 2. Wyre CSP - DHR 'Sandra' action plan (csv, Home Office template columns)
# ---------------------------------------------------------------------------
WYRE_NAME = "mn2-wyre-csp-dhr-sandra-action-plan.csv"
WYRE_TITLE = "Wyre Community Safety Partnership – Domestic Homicide Review ‘Sandra’ – Action Plan"
WYRE_HEADER = ["Recommendation", "Scope of recommendation i.e. local or regional", "Ref",
               "Action to take", "Lead Agency",
               "Key milestones achieved in enacting recommendation", "Target Date",
               "Date of completion and Outcome", "RAG"]
WYRE_RECS = [
    ("1. Lancashire Constabulary to ensure that responding officers complete the DASH risk "
     "assessment with the victim on their own, and record the reason when this has not been "
     "possible.", "Regional", [
        ("1.1", "Issue a force-wide briefing to response officers on completing DASH with the "
                "victim away from the suspect.",
         "Lancashire Constabulary", "Briefing issued through Force Orders on 02/02/2024.",
         "March 2024", "Completed 02/02/2024 – briefing read by 91% of response officers.",
         "Blue"),
        ("1.2", "Dip-sample 50 domestic abuse incidents in Western Division each quarter to "
                "check compliance, and report the results to the DHR Steering Group.",
         "Lancashire Constabulary", "Q1 and Q2 dip samples complete; compliance 78% and 84%.",
         "Q4 2024/25", "", "Green"),
    ]),
    ("2. Health partners to use routine enquiry about domestic abuse when a patient presents "
     "with injuries that do not fit the explanation given.", "Local", [
        ("2.1", "Deliver routine enquiry training to GP practices in the Wyre primary care "
                "networks.",
         "NHS Lancashire and South Cumbria ICB", "4 of 6 practices trained.",
         "31/12/2024", "", "Amber"),
        ("2.2", "Add a domestic abuse routine enquiry prompt to the Emergency Department triage "
                "record at Blackpool Victoria Hospital.\nAudit use of the prompt three months "
                "after launch.",
         "Blackpool Teaching Hospitals NHS Foundation Trust",
         "Prompt live from 01/07/2024; audit scheduled for October 2024.",
         "October 2024",
         "Completed 28/10/2024 – prompt used in 62% of eligible attendances; re-audit planned.",
         "Blue"),
    ]),
    ("3. Wyre Council and Lancashire County Council to ensure that housing and adult social "
     "care staff understand economic abuse and how to refer for specialist support.", "Local", [
        ("3.1", "Include economic abuse in the housing options staff training programme.",
         "Wyre Council", "Module added to the induction programme.", "June 2024",
         "Completed June 2024.", "Blue"),
        ("3.2", "Produce a joint briefing on economic abuse for adult social care and housing "
                "staff.",
         "Wyre Council / Lancashire County Council",
         "Draft briefing with LCC Adult Services for sign-off.", "31/01/2025", "", "Amber"),
    ]),
    ("4. Wyre Community Safety Partnership to raise awareness of domestic abuse among older "
     "people and their families, including abuse by adult children.", "Local", [
        ("4.1", "Run a domestic abuse awareness campaign aimed at older residents, using GP "
                "surgeries, pharmacies and community centres.",
         "Wyre CSP",
         "Campaign materials designed; launch during the 16 Days of Action (25 November 2024).",
         "Sept 2024 – March 2025", "", "Green"),
        ("4.2", "Monitor referrals of people aged 60 and over to the commissioned domestic "
                "abuse service and report them to the CSP Board.",
         "Wyre CSP", "Baseline set: 14 referrals in 2023/24.", "Ongoing", "", "Green"),
    ]),
]


def make_wyre():
    n = len(WYRE_HEADER)
    blank = [""] * n
    rows = [[WYRE_TITLE] + [""] * (n - 1),
            ["Overview report approved by the Home Office Quality Assurance Panel: June 2024. "
             "Plan updated for the DHR Steering Group, 14 November 2024."] + [""] * (n - 1),
            blank,
            WYRE_HEADER]
    for rec, scope, actions in WYRE_RECS:
        for i, (ref, action, lead, milestones, target, done, rag) in enumerate(actions):
            rows.append([rec if i == 0 else "", scope if i == 0 else "", ref, action, lead,
                         milestones, target, done, rag])
    rows.append(blank)
    rows.append(["RAG key: Blue = complete; Green = on track; Amber = at risk of slipping; "
                 "Red = not achieved or overdue"] + [""] * (n - 1))
    with open(out(WYRE_NAME), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------
# 3. Queen Victoria Hospital NHS FT - Board of Directors public action log (xlsx)
# ---------------------------------------------------------------------------
QVH_NAME = "mn2-queen-victoria-hospital-nhsft-board-of-directors-public-action-log.xlsx"
QVH_TITLE = ("Queen Victoria Hospital NHS Foundation Trust – Board of Directors (held in public) "
             "action log")
D = dt.datetime
QVH_ROWS = [
    ("BoD 24/071", D(2024, 7, 11), "Integrated performance report",
     "Provide a trajectory for recovery of the 18-week referral to treatment position in oral "
     "and maxillofacial surgery.",
     "COO", D(2024, 9, 12), D(2024, 11, 7),
     "Trajectory presented in the November IPR: recovery to 65% by March 2025.", GREEN),
    ("BoD 24/083", D(2024, 9, 12), "Freedom to Speak Up annual report",
     "Benchmark the number of concerns raised against peer specialist trusts and include this "
     "in the next report.",
     "FTSU Guardian", D(2025, 3, 6), None,
     "Benchmarking data requested from the National Guardian’s Office.", AMBER),
    ("BoD 24/084", D(2024, 9, 12), "Guardian of safe working hours report",
     "Confirm the rota gaps in resident doctor cover for the burns unit and the mitigation in "
     "place.",
     "MD", D(2024, 11, 7), None,
     "Included in the November report; no unfilled gaps in Q2.", GREEN),
    ("BoD 24/092", D(2024, 11, 7), "Financial performance (month 6)",
     "Set out the risks to delivery of the 2024/25 efficiency programme and the options to "
     "close the gap.",
     "DoF", D(2025, 1, 9), D(2025, 3, 6),
     "Deferred to the March Board to align with the 2025/26 planning submission.", AMBER),
    ("BoD 24/093", D(2024, 11, 7), "Board assurance framework",
     "Review the target risk score for BAF risk 4 (workforce) and bring the revised wording "
     "back to the Board.",
     "CPO/Co Sec", D(2025, 1, 9), None,
     "Not received at the January Board.", RED),
    ("BoD 24/095", D(2024, 11, 7), "Patient story",
     "Invite the patient and family back in six months to hear how the changes to discharge "
     "information have been made.",
     "CN", "Jun-25", None,
     "Date to be confirmed with the family.", AMBER),
    ("BoD 25/001", D(2025, 1, 9), "Infection prevention and control report",
     "Provide assurance on the water safety actions for the theatres block following the "
     "Legionella sampling results.",
     "CN / Director of Estates", D(2025, 3, 6), None, "", AMBER),
    ("BoD 25/002", D(2025, 1, 9), "Digital strategy update",
     "Circulate the electronic patient record business case timeline to Board members.",
     "CDIO", D(2025, 1, 31), None,
     "Timeline circulated by email on 22 January 2025.", GREEN),
    ("BoD 25/004", D(2025, 1, 9), "Estates and facilities report",
     "Bring the options appraisal for replacing the main theatres ventilation plant to the "
     "Board.",
     "Director of Estates and Facilities", D(2025, 5, 1), None, "", AMBER),
]
QVH_HEADER_ROW = 7


def make_qvh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    ws["A1"] = QVH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Updated following the meeting held on 9 January 2025"
    ws.merge_cells("A2:I2")
    ws["A4"] = "Key:"
    ws["A4"].font = Font(bold=True)
    for col, colour, text in [("B", RED, "Overdue / not progressed"),
                              ("D", AMBER, "In progress / not yet due"),
                              ("F", GREEN, "Complete – proposed for closure")]:
        ws[f"{col}4"] = text
        ws[f"{col}4"].fill = fill(colour)
    headers = ["Action ref", "Meeting date", "Agenda item", "Action", "Owner", "Due date",
               "Revised due date", "Update", "Status"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=QVH_HEADER_ROW, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
    r = QVH_HEADER_ROW + 1
    for ref, meet, item, action, owner, due, revised, update, colour in QVH_ROWS:
        vals = [ref, meet, item, action, owner, due, revised, update or None, None]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(colour)
        r += 1
    for col, w in zip("ABCDEFGHI", [12, 12, 24, 55, 16, 12, 12, 45, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(row=QVH_HEADER_ROW + 1, column=1)

    notes = wb.create_sheet("Notes")
    notes["A1"] = "Notes on the action log"
    notes["A1"].font = Font(bold=True)
    notes["A3"] = ("Actions are closed by the Board on the recommendation of the Company "
                   "Secretary. Actions marked complete are removed from the log after the "
                   "meeting at which closure is agreed.")
    notes["A5"] = "Summary"
    notes["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete – proposed for closure", 3),
                                ("In progress / not yet due", 5),
                                ("Overdue / not progressed", 1),
                                ("Total open on log", 9)], start=6):
        notes.cell(row=i, column=1, value=k)
        notes.cell(row=i, column=2, value=v)
    notes.column_dimensions["A"].width = 60
    wb.save(out(QVH_NAME))


# ---------------------------------------------------------------------------
# 4. Lancashire and South Cumbria LMNS - three year delivery plan tracker (xlsx)
# ---------------------------------------------------------------------------
LMNS_NAME = ("mn2-lancashire-south-cumbria-lmns-maternity-neonatal-three-year-delivery-plan-"
             "tracker.xlsx")
LMNS_TITLE = ("Lancashire and South Cumbria LMNS – Three Year Delivery Plan for Maternity and "
              "Neonatal Services: Tracker 2025/26")
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "NS": GREY}
LMNS_PLAN = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("Objective 1: Care that is personalised", [
            ("1.1", "Offer every woman a personalised care and support plan at booking, reviewed "
                    "at 28 and 36 weeks, in all four provider trusts.",
             "LMNS Personalisation Lead", "BTH, ELHT, LTH, UHMBT", "Q4 2025/26", "A", "G",
             "PCSP audit shows 86% compliance at 36 weeks (target 90%)."),
            ("1.2", "Publish accessible information on place of birth choices in the five most "
                    "spoken community languages.",
             "LMNS Communications Lead; MNVP Chairs", "MNVPs", D(2025, 9, 30), "G", "B",
             "Published on the LMNS website 22/09/2025."),
        ]),
        ("Objective 2: Improve equity for mothers and babies", [
            ("2.1", "Deliver the LMNS Equity and Equality Action Plan interventions for Black, "
                    "Asian and mixed ethnicity women and women living in the most deprived "
                    "areas.",
             "LMNS Equity Lead", "Public health teams", "Ongoing", "G", "G",
             "Year 2 interventions in delivery; evaluation report due to LMNS Board in "
             "December."),
            ("2.2", "Extend the enhanced midwifery continuity of carer team model to Burnley "
                    "and Blackburn, in line with workforce availability.",
             "ELHT Director of Midwifery", "ELHT", "March 2026", "A", "A",
             "Recruitment to the second team delayed; 4.6 WTE vacant."),
        ]),
        ("Objective 3: Work with service users to improve care", [
            ("3.1", "Agree a funded workplan for each Maternity and Neonatal Voices Partnership, "
                    "with quarterly reporting to the LMNS Board.",
             "LMNS Head of Midwifery / MNVP Lead", "ICB", "Q2 2025/26", "A", "R",
             "Funding for 2025/26 not confirmed by the ICB; escalated to the LMNS Board."),
        ]),
    ]),
    ("Theme 2: Growing, retaining, and supporting our workforce", [
        ("Objective 5: Value and retain our workforce", [
            ("5.1", "Roll out the LMNS preceptorship framework and retention pathway for newly "
                    "qualified midwives.",
             "LMNS Workforce Lead", "All trusts", "Q3 2025/26", "G", "G",
             "Framework adopted by three trusts; UHMBT launch in November."),
            ("5.2", "Introduce legacy mentoring for midwives in the last five years of their "
                    "careers at each trust.",
             "LMNS Workforce Lead", "All trusts", "Q1 2026/27", "NS", "NS",
             "Scoping to start in Q3."),
        ]),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning, and support", [
        ("Objective 8: Learning and improving", [
            ("8.1", "Hold quarterly LMNS learning events to share themes from PSIIs, MNSI "
                    "reports and Perinatal Mortality Review Tool findings.",
             "LMNS Safety and Quality Lead", "All trusts", "Quarterly", "G", "G",
             "Q2 event held 11/09/2025 on intrapartum fetal monitoring."),
            ("8.2", "Implement version 3 of the Saving Babies’ Lives Care Bundle in all provider "
                    "trusts, with full compliance across all six elements.",
             "Trust Directors of Midwifery", "All trusts", D(2026, 3, 31), "A", "A",
             "Element 2 (fetal growth) below 70% at two trusts; recovery plans agreed."),
        ]),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised, and more "
     "equitable care", [
        ("Objective 12: Make better use of digital technology in maternity and neonatal "
         "services", [
            ("12.1", "Give women access to their maternity notes through a digital app at all "
                     "four trusts.",
             "LMNS Digital Midwife", "All trusts", "Mar-26", "R", "A",
             "App live at LTH and BTH; ELHT and UHMBT awaiting EPR upgrade."),
        ]),
    ]),
]


def make_lmns():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = LMNS_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Local Maternity and Neonatal System Board"
    for i, (k, v) in enumerate([("Version", "2.1"), ("Date", "14/10/2025"),
                                ("Owner", "LMNS Programme Manager"),
                                ("Approved by", "LMNS Board"),
                                ("Reporting period", "Q2 2025/26 (July – September 2025)")],
                               start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete – evidence accepted by the LMNS Board"),
                                ("G", "On track to deliver by the target date"),
                                ("A", "Risk to delivery – mitigation in place"),
                                ("R", "Will not deliver by the target date"),
                                ("NS", "Not started")], start=11):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = fill(RAG_FILL[k])
        cov.cell(row=i, column=2, value=v)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "LMNS Three Year Delivery Plan tracker – position at Q2 2025/26"
    ws["A1"].font = Font(bold=True, size=12)
    headers = ["Ref", "LMNS action", "Lead(s)", "Delivery partners", "Target",
               "Previous RAG (Q1)", "Current RAG (Q2)", "Q2 progress update"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.alignment = WRAP
    r = 4
    for theme, objectives in LMNS_PLAN:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = fill("005EB8")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for objective, actions in objectives:
            ws.cell(row=r, column=1, value=objective).font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = fill("DCE6F1")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for ref, action, lead, partners, target, prev, cur, update in actions:
                vals = [ref, action, lead, partners, target, prev, cur, update]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = fill(RAG_FILL[prev])
                ws.cell(row=r, column=7).fill = fill(RAG_FILL[cur])
                r += 1
    for col, w in zip("ABCDEFGH", [7, 60, 26, 20, 13, 10, 10, 50]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by theme"
    sm["A1"].font = Font(bold=True)
    hdr = ["Theme", "B", "G", "A", "R", "NS", "Total"]
    for i, h in enumerate(hdr, start=1):
        sm.cell(row=3, column=i, value=h).font = Font(bold=True)
    row = 4
    tot = {k: 0 for k in hdr[1:6]}
    for theme, objectives in LMNS_PLAN:
        counts = {k: 0 for k in hdr[1:6]}
        for _, actions in objectives:
            for a in actions:
                counts[a[6]] += 1
        sm.cell(row=row, column=1, value=theme.split(":")[0])
        for i, k in enumerate(hdr[1:6], start=2):
            sm.cell(row=row, column=i, value=counts[k])
            tot[k] += counts[k]
        sm.cell(row=row, column=7, value=sum(counts.values()))
        row += 1
    sm.cell(row=row, column=1, value="Total").font = Font(bold=True)
    for i, k in enumerate(hdr[1:6], start=2):
        sm.cell(row=row, column=i, value=tot[k])
    sm.cell(row=row, column=7, value=sum(tot.values()))
    sm.column_dimensions["A"].width = 20
    wb.save(out(LMNS_NAME))


# ---------------------------------------------------------------------------
# 5. Broads Authority - strategic risk register (tab-separated text export)
# ---------------------------------------------------------------------------
BA_NAME = "mn2-broads-authority-strategic-risk-register-2025-26.txt"
BA_TITLE = "Broads Authority – Strategic Risk Register 2025/26"
BA_HEADER = ["Risk", "Risk owner", "Initial S", "Initial P", "Initial R", "Existing safeguards",
             "Revised S", "Revised P", "Revised R", "Ref", "Further action required",
             "Action owner", "Target date", "Action status"]
BA_SECTIONS = [
    ("A. FINANCE AND GOVERNANCE", [
        ("SR1 – Reduction in National Park Grant in real terms leads to a budget gap from "
         "2026/27", "Chief Executive", (3, 3, 9),
         "Medium Term Financial Strategy; earmarked reserves; lobbying through National Parks "
         "England", (3, 2, 6), [
            ("1a", "Prepare a balanced budget and updated MTFS for 2026/27 to 2028/29 for "
                   "approval by the Authority.", "Chief Financial Officer", "Feb 2026",
             "Green"),
            ("1b", "Complete the review of fees and charges, including moorings and planning "
                   "pre-application advice.", "Chief Financial Officer", "Dec-25", "Amber"),
        ]),
        ("SR2 – Toll income falls below budget because of reduced boat registrations",
         "Director of Operations", (2, 3, 6),
         "Monthly toll income monitoring; toll compliance officers", (2, 2, 4), [
            ("2a", "Deliver the toll compliance campaign for unregistered vessels before the "
                   "start of the 2026 season.", "Head of Ranger Services", "31/03/2026",
             "Green"),
        ]),
        ("SR3 – Failure to comply with data protection legislation results in a breach and ICO "
         "enforcement action", "Solicitor and Monitoring Officer", (3, 2, 6),
         "Data protection policy; mandatory e-learning; Data Protection Officer in post",
         (3, 1, 3), [
            ("3a", "Refresh the information asset register and retention schedule across all "
                   "directorates.", "Data Protection Officer / Head of ICT", "30/09/2025",
             "Blue"),
        ]),
    ]),
    ("B. ASSETS AND OPERATIONS", [
        ("SR4 – Failure of a flood defence or quay heading asset owned by the Authority",
         "Director of Operations", (3, 2, 6),
         "Asset condition surveys; annual inspection programme", (3, 2, 6), [
            ("4a", "Complete the condition survey of all Authority-owned moorings and quay "
                   "headings and prioritise repairs in the five-year asset plan.",
             "Asset Officer", "Q4 2025/26", "Amber"),
        ]),
        ("SR5 – Spread of invasive non-native species (e.g. floating pennywort) harms "
         "navigation and biodiversity", "Director of Strategic Services", (2, 3, 6),
         "Partnership working with the Environment Agency and the Norfolk Non-Native Species "
         "Initiative", (2, 2, 4), [
            ("5a", "Continue the partnership control programme for floating pennywort with the "
                   "Environment Agency.", "Environment and Design Supervisor", "Ongoing",
             "Green"),
            ("5b", "Secure funding for a Check, Clean, Dry boat-washing station at a second "
                   "hire boat yard.", "Director of Strategic Services", "June 2026", "Red"),
        ]),
        ("SR6 – Ranger and maintenance vessels unavailable because of the age of the fleet",
         "Head of Construction, Maintenance and Ecology", (2, 2, 4),
         "Fleet maintenance schedule; hire of vessels when needed", (2, 2, 4), [
            ("6a", "Report a fleet replacement plan to the Navigation Committee.",
             "Head of Construction, Maintenance and Ecology", "", ""),
        ]),
    ]),
    ("C. PEOPLE AND REPUTATION", [
        ("SR7 – Health and safety incident involving staff or volunteers working on or near "
         "water", "Chief Executive", (3, 2, 6),
         "Safe systems of work; lifejacket policy; incident reporting", (3, 1, 3), [
            ("7a", "Deliver refresher water safety and lone working training to all "
                   "operational staff and volunteers.", "Health and Safety Officer",
             "March 2026", "Green"),
        ]),
    ]),
]


def make_broads():
    lines = [
        BA_TITLE,
        "Six-monthly review by risk owners, October 2025 – reported to the Audit and Risk "
        "Committee, 25 November 2025",
        "",
        "Scoring: Severity (S) and Probability (P) are each scored 0 to 3; Risk (R) = S x P. "
        "Initial risk is before safeguards; Revised risk is after the safeguards in place.",
        "",
        "\t".join(BA_HEADER),
    ]
    for si, (section, risks) in enumerate(BA_SECTIONS):
        if si:
            lines.append("")
        lines.append(section)
        for risk, owner, init, safeguards, rev, actions in risks:
            for i, (ref, action, aowner, target, status) in enumerate(actions):
                if i == 0:
                    left = [risk, owner, *map(str, init), safeguards, *map(str, rev)]
                else:
                    left = [""] * 9
                lines.append("\t".join(left + [ref, action, aowner, target, status]))
    lines += [
        "",
        "Action status: Blue – complete; Green – on track; Amber – some slippage; "
        "Red – significant delay; blank – not yet started",
        "Direction of travel since the last review: SR2 reduced; SR5 increased; all other "
        "risks unchanged.",
    ]
    with open(out(BA_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. Maldon District Council - transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
MDC_NAME = "mn2-maldon-dc-transformation-programme-highlight-report.docx"
MDC_TITLE = "Maldon District Council Transformation Programme – Highlight Report"
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED,
               "Not started": None}
MDC_WORKSTREAMS = [
    ("Workstream A – Customer and Digital", [
        ("A1", "Launch the new customer portal with online reporting of missed bins, "
               "fly-tipping and abandoned vehicles.", "Customer Services Manager", "Sep 2024",
         "Nov 2024", "Complete",
         "Portal launched on 18 November 2024; 1,240 accounts created by 31 December."),
        ("A2", "Replace the Customer Service Centre telephony with a cloud contact centre "
               "system.", "ICT Manager", "Mar 2025", "", "On track",
         "Supplier appointed; user testing in February."),
        ("A3", "Digitise council tax and benefits forms so that at least 80% of new claims are "
               "made online.", "Revenues and Benefits Manager", "Jun 2025", "", "At risk",
         "Dependent on ICT capacity shared with A2."),
    ]),
    ("Workstream B – Assets and Accommodation", [
        ("B1", "Consolidate office accommodation at Princes Road and let the vacated first "
               "floor.", "Director of Resources / Estates Manager", "Dec 2024", "Apr 2025",
         "At risk", "Tenant identified; lease negotiations continuing."),
        ("B2", "Complete the asset review of community buildings and bring disposal "
               "recommendations to committee.", "Estates Manager", "Jan 2025", "", "On track",
         "Report drafted for the February committee cycle."),
        ("B3", "Install solar PV and LED lighting at the Blackwater Leisure Centre.",
         "Climate Action Officer", "Mar 2025", "Jul 2025", "Off track",
         "Grant funding confirmed late; contractor not appointed until January."),
    ]),
    ("Workstream C – Organisational Development", [
        ("C1", "Implement the new senior management structure following staff consultation.",
         "Head of HR", "Oct 2024", "", "Complete", "New structure in place from 1 October."),
        ("C2", "Launch the Maldon Manager leadership programme for all team leaders and "
               "managers.", "Head of HR", "Feb 2025", "", "On track",
         "Provider appointed; first cohort of 18 confirmed."),
        ("C3", "Agree a hybrid working policy with UNISON and roll it out to all staff.",
         "Head of HR", "Mar 2025", "", "Not started",
         "Consultation to begin in January."),
    ]),
]


def make_maldon():
    doc = Document()
    doc.add_heading(MDC_TITLE, level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Reporting period", "Quarter 3 2024/25 (October – December 2024)"),
                 ("Programme sponsor", "Chief Executive"),
                 ("Programme manager", "Transformation Programme Manager"),
                 ("Report to", "Strategy and Resources Committee, 6 February 2025"),
                 ("Overall programme status", "Amber")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        if v == "Amber":
            shade(row[1], AMBER)

    doc.add_heading("Programme summary", level=2)
    doc.add_paragraph("The programme remains within its approved budget. Two milestones have "
                      "been re-baselined this quarter and one is off track. Where a date has "
                      "been re-baselined the revised date is shown beside the original.")
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Dimension", "Status", "Comment"]):
        set_cell(s.cell(0, i), h, bold=True)
    for dim, st, com in [("Time", "Amber", "Two milestones re-baselined; one off track"),
                         ("Cost", "Green", "Forecast £12k under budget"),
                         ("Scope", "Green", "No change requests this quarter"),
                         ("Benefits", "Amber", "Accommodation income delayed to 2025/26")]:
        row = s.add_row().cells
        set_cell(row[0], dim)
        set_cell(row[1], st)
        shade(row[1], AMBER if st == "Amber" else GREEN)
        set_cell(row[2], com)
    doc.add_paragraph("Status key: Complete (blue) – On track (green) – At risk (amber) – "
                      "Off track (red) – Not started (no colour)")

    for ws_name, rows in MDC_WORKSTREAMS:
        doc.add_heading(ws_name, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Milestone", "Lead", "Original date", "Revised date",
                               "Status", "Commentary"]):
            set_cell(t.cell(0, i), h, bold=True)
        for ref, ms, lead, orig, rev, status, comm in rows:
            cells = t.add_row().cells
            for i, v in enumerate([ref, ms, lead, orig, rev, status, comm]):
                set_cell(cells[i], v)
            if STATUS_FILL[status]:
                shade(cells[5], STATUS_FILL[status])

    doc.add_heading("Key risks and issues", level=2)
    for b in ["ICT capacity to support both A2 and A3 in Q4 – prioritisation agreed by the "
              "Programme Board.",
              "Late grant award for B3 – contractor now appointed; works programmed for "
              "spring 2025."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Decisions required", level=2)
    doc.add_paragraph("None this period.")
    doc.save(out(MDC_NAME))


# ---------------------------------------------------------------------------
# 7. Epping Forest CSP - partnership plan 2025/26 action plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
EF_NAME = ("mn2-epping-forest-csp-community-safety-partnership-plan-2025-26-action-plan-"
           "typo-month-refuse.xlsx")
EF_TITLE = "Epping Forest Community Safety Partnership – Partnership Plan 2025/26: Action Plan"
EF_HEADER = ["No.", "Action", "Partner lead", "Timescale", "Measure of success",
             "Q1 update", "RAG"]
EF_SHEETS = [
    ("P1 ASB", "Priority 1: Tackling anti-social behaviour and its impact on communities", [
        ("1.1", "Hold monthly ASB problem-solving meetings for Loughton, Waltham Abbey and "
                "Epping town centres.", "Epping Forest District Council; Essex Police",
         "Monthly", "Repeat locations reduced", "Meetings in place since April.", "G"),
        ("1.2", "Use Community Protection Warnings and Notices consistently across partners, "
                "with a shared recording process.", "Community Safety Manager", "Sept 2025",
         "Shared log in use by all partners", "Draft recording process agreed.", "G"),
        ("1.3", "Deliver summer diversionary activities for young people in partnership with "
                "the Epping Forest Youth Council.", "Epping Forest District Council",
         "August 2025", "500 attendances", "Programme published.", "G"),
    ]),
    ("P2 Violence", "Priority 2: Reducing serious violence and knife crime", [
        ("2.1", "Complete the local serious violence strategic needs assessment refresh.",
         "Community Safety Manager", "July 2025", "SNA agreed by CSP Board",
         "Data requests issued to all partners.", "G"),
        ("2.2", "Deliver knife crime awareness sessions in all secondary schools in the "
                "district.", "Essex Police; Essex County Council",
         "Decmber 2025", "All 8 secondary schools reached", "3 schools booked for autumn term.",
         "A"),
        ("2.3", "Install two additional bleed control kits in the night-time economy areas.",
         "Epping Forest District Council", "October 2025", "Kits installed and registered",
         "Locations agreed with licensees.", "G"),
    ]),
    ("P3 DA & VAWG", "Priority 3: Domestic abuse and violence against women and girls", [
        ("3.1", "Achieve Domestic Abuse Housing Alliance (DAHA) accreditation for the council "
                "housing service.", "Head of Housing Management", "March 2026",
         "Accreditation awarded", "Self-assessment under way.", "A"),
        ("3.2", "Run a White Ribbon campaign during the 16 Days of Action.",
         "Community Safety Manager", "November 2025", "Campaign delivered",
         "Planning starts in Q2.", ""),
        ("3.3", "Deliver Safe Spaces training to licensed premises staff.",
         "Licensing Manager", "January 2026", "20 premises trained",
         "Training provider confirmed.", "G"),
    ]),
]
EF_RAG_FILL = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}


def make_epping():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = EF_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Q1 update (April – June 2025) for the CSP Board, 17 July 2025"
    sm["A4"] = "Priority"
    sm["B4"] = "Actions"
    sm["C4"] = "Sheet"
    for c in ("A4", "B4", "C4"):
        sm[c].font = Font(bold=True)
    for i, (sheet, pri, rows) in enumerate(EF_SHEETS, start=5):
        sm.cell(row=i, column=1, value=pri)
        sm.cell(row=i, column=2, value=len(rows))
        sm.cell(row=i, column=3, value=sheet)
    sm["A9"] = "RAG: G = on track; A = some delay; R = off track; B = complete"
    sm.column_dimensions["A"].width = 70

    for sheet, pri, rows in EF_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = EF_TITLE
        ws["A1"].font = Font(bold=True)
        ws["A2"] = pri
        ws["A2"].font = Font(bold=True, size=12)
        ws.merge_cells("A2:G2")
        for i, h in enumerate(EF_HEADER, start=1):
            c = ws.cell(row=4, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
        r = 5
        for vals in rows:
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.alignment = WRAP
            if vals[6]:
                ws.cell(row=r, column=7).fill = fill(EF_RAG_FILL[vals[6]])
            r += 1
        for col, w in zip("ABCDEFG", [6, 60, 30, 14, 30, 40, 6]):
            ws.column_dimensions[col].width = w
    wb.save(out(EF_NAME))


if __name__ == "__main__":
    make_oxford_health()
    make_wyre()
    make_qvh()
    make_lmns()
    make_broads()
    make_maldon()
    make_epping()
    print("written 7 files to", HERE)
