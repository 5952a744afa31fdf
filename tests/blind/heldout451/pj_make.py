#!/usr/bin/env python3
"""Build the seven pj- blind test files (set heldout451).

Run with /work/main/.venv/bin/python pj_make.py ; writes beside this script.
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
    return os.path.join(HERE, name)


RAG_HEX = {
    "Blue": "00B0F0", "B": "00B0F0", "Complete": "00B0F0",
    "Green": "92D050", "G": "92D050",
    "Amber": "FFC000", "A": "FFC000",
    "Red": "FF0000", "R": "FF0000",
}


# ----------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


# ----------------------------------------------------------------------------
# 1. East Sussex FRS - HMICFRS AFI improvement plan (docx)
# ----------------------------------------------------------------------------
def make_esfrs():
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "East Sussex Fire and Rescue Service | OFFICIAL"
    d.add_paragraph("East Sussex Fire and Rescue Service – HMICFRS Improvement Plan 2024–25",
                    style="Title")

    d.add_heading("Document control", level=2)
    dc = d.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Document owner", "Assistant Director Planning and Improvement"),
        ("Version", "3.2"),
        ("Date", "14 November 2024"),
        ("Approved by", "Senior Leadership Team"),
        ("Reported to", "Fire Authority Scrutiny and Audit Panel"),
        ("Next review", "February 2025"),
    ]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    d.add_heading("Introduction", level=2)
    d.add_paragraph(
        "HMICFRS published its report on East Sussex Fire and Rescue Service on 25 January 2024. "
        "The report identified eleven areas for improvement (AFIs). This plan sets out the actions "
        "we are taking against the AFIs that remain open and is reviewed monthly by the Senior "
        "Leadership Team.")

    d.add_heading("RAG status key", level=2)
    key = d.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "Status", bold=True)
    set_cell(key.rows[0].cells[1], "Meaning", bold=True)
    for k, v in [
        ("Blue", "Action complete and evidenced"),
        ("Green", "On track to deliver by target date"),
        ("Amber", "At risk of missing target date – mitigation in place"),
        ("Red", "Target date missed or will be missed"),
    ]:
        row = key.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], RAG_HEX[k])
        set_cell(row[1], v)

    header = ["Area for improvement", "Ref", "Action", "Lead", "Target date", "RAG",
              "Progress update (November 2024)"]

    pillars = [
        ("1. Effectiveness", [
            ("The service should make sure it has an effective system in place to quality assure "
             "the safe and well visits carried out by its staff.", [
                ("1.1", "Introduce a quality assurance framework for Safe and Well Visits, including "
                        "observed visits by station managers and a monthly dip sample of completed records.",
                 "Head of Prevention", "31/12/2024", "Green",
                 "Framework drafted and consulted on with crews; dip sampling began in October."),
                ("1.2", "Report quality assurance findings quarterly to the Prevention and Protection "
                        "Board and use them to update guidance and training for crews.",
                 "Head of Prevention / Training Manager", "Q4 2024/25", "Amber",
                 "First quarterly report delayed to January 2025 owing to a system upgrade."),
            ]),
            ("The service should make sure its risk-based inspection programme targets the "
             "highest-risk premises and that it has enough qualified staff to deliver it.", [
                ("2.1", "Review the risk-based inspection programme methodology using national guidance "
                        "and local incident data, and reprofile the programme for 2025/26.",
                 "Group Manager Protection", "March 2025", "Green",
                 "Methodology review under way with support from the NFCC Protection Policy team."),
                ("2.2", "Complete the recruitment and accreditation of four additional fire safety "
                        "inspectors.",
                 "Group Manager Protection; HR Business Partner", "30 September 2025", "Amber",
                 "Two inspectors appointed; two posts re-advertised."),
            ]),
        ]),
        ("2. Efficiency", [
            ("The service should make sure it has effective measures in place to assure itself "
             "that its workforce is productive, including the use of on-call staff.", [
                ("3.1", "Implement the new station activity planner so that all wholetime watches record "
                        "prevention, protection and training activity against agreed targets.",
                 "Assistant Director Operational Support", "June 2024", "Blue",
                 "Planner live on all wholetime stations from 3 June 2024."),
            ]),
        ]),
        ("3. People", [
            ("The service should make sure all staff understand the purpose and benefits of the "
             "appraisal process and that appraisals are carried out consistently.", [
                ("4.1", "Relaunch the annual appraisal process with revised guidance and a short "
                        "e-learning module for managers.",
                 "Head of Organisational Development", "April 2025", "Green",
                 "Revised guidance agreed with representative bodies."),
                ("4.2", "Monitor appraisal completion rates monthly through the People Dashboard and "
                        "report by exception to the People Committee.",
                 "Head of Organisational Development", "Monthly", "Green",
                 "Completion at 71% (October); dashboard reported to People Committee."),
            ]),
            ("The service should make sure it has robust processes in place to support the "
             "wellbeing of staff after traumatic incidents.", [
                ("5.1", "Roll out trauma risk management (TRiM) training to all supervisory managers and "
                        "introduce automatic TRiM referral after defined incident types.",
                 "Occupational Health Manager", "31 January 2025", "Red",
                 "Training provider contract delayed; revised delivery date to be agreed at SLT in "
                 "December."),
            ]),
        ]),
    ]

    for pillar, afis in pillars:
        d.add_heading(pillar, level=2)
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for afi_text, actions in afis:
            first = len(t.rows)
            for ref, act, lead, date, rag, upd in actions:
                c = t.add_row().cells
                set_cell(c[1], ref)
                set_cell(c[2], act)
                set_cell(c[3], lead)
                set_cell(c[4], date)
                set_cell(c[5], rag)
                shade(c[5], RAG_HEX[rag])
                set_cell(c[6], upd)
            last = len(t.rows) - 1
            top = t.cell(first, 0)
            if last > first:
                top = top.merge(t.cell(last, 0))
            set_cell(top, afi_text)

    d.add_paragraph("")
    d.add_paragraph(
        "Note: actions shown as Blue will be removed from the next version of the plan once the "
        "Scrutiny and Audit Panel has agreed that the AFI can be closed.")
    d.save(out("pj-east-sussex-fire-rescue-service-hmicfrs-afi-improvement-plan.docx"))


# ----------------------------------------------------------------------------
# 2. Brockenhurst College - Ofsted post-inspection action plan (docx)
# ----------------------------------------------------------------------------
def make_brockenhurst():
    d = Document()
    d.add_paragraph("Brockenhurst College – Post-Inspection Action Plan 2024–25", style="Title")
    d.add_paragraph("Ofsted inspection: 12 to 15 March 2024    Overall effectiveness: Requires improvement")
    d.add_paragraph("Plan owner: Deputy Principal – Curriculum and Quality    "
                    "Monitored by: Quality and Standards Committee (termly)")
    d.add_paragraph(
        "This plan responds to the section of the inspection report headed ‘What does the provider "
        "need to do to improve?’. Progress is updated before each meeting of the Quality and "
        "Standards Committee. Last updated: 20 January 2025.")

    header = ["Ref", "Action", "Responsibility", "Timescale", "Success measure", "RAG"]
    sections = [
        ("Quality of education", [
            ("AFI 1: Leaders should ensure that teachers in a minority of subject areas plan and "
             "sequence the curriculum so that learners build their knowledge and skills securely "
             "over time.", [
                ("1a", "Heads of Faculty to review curriculum intent and sequencing plans for every "
                       "study programme, starting with construction, hair and beauty and health and "
                       "social care.",
                 "Heads of Faculty", "Autumn term 2024",
                 "All programmes have a sequenced curriculum plan approved at curriculum review.", "B"),
                ("1b", "Deliver a programme of CPD on curriculum sequencing and retrieval practice "
                       "through the weekly teaching and learning sessions.\nTeaching and learning "
                       "coaches to support teachers in the identified subject areas on a 1:1 basis.",
                 "Head of Teaching, Learning and Assessment", "Summer term 2025",
                 "Learning walks show consistent use of retrieval practice in 90% of sessions.", "G"),
            ]),
            ("AFI 2: Leaders should make sure that learners with high needs receive the support set "
             "out in their education, health and care plans in all their lessons.", [
                ("2a", "Update individual learning plans for all learners with high needs within six "
                       "weeks of enrolment, with targets drawn directly from their EHC plan outcomes.",
                 "Head of Inclusive Learning", "October 2024",
                 "100% of learners with high needs have an up-to-date ILP.", "B"),
                ("2b", "Learning support assistants to attend joint planning meetings with teachers "
                       "each half term to agree how support will be deployed in lessons.",
                 "Head of Inclusive Learning / Curriculum Managers", "Ongoing",
                 "Observation records show planned support in place in lessons.", "G"),
            ]),
        ]),
        ("Behaviour and attitudes", [
            ("AFI 3: Leaders should improve the attendance of learners on English and mathematics "
             "courses.", [
                ("3a", "Introduce same-day follow-up of absence from English and mathematics lessons by "
                       "progress coaches, with escalation to parents and carers after two missed "
                       "sessions.",
                 "Head of Student Services", "September 2024",
                 "Follow-up recorded for all absences on ProMonitor.", "B"),
                ("3b", "Set attendance targets for English and mathematics for each faculty and review "
                       "progress at the monthly performance meetings.",
                 "Deputy Principal – Curriculum and Quality", "31 July 2025",
                 "Attendance in English and mathematics at 85% or above.", "A"),
            ]),
        ]),
        ("Leadership and management", [
            ("AFI 4: Governors should ensure they receive sufficiently detailed information about "
             "the quality of apprenticeships to be able to challenge leaders effectively.", [
                ("4a", "Add an apprenticeship quality dashboard to every Quality and Standards Committee "
                       "report, covering achievement, breaks in learning and off-the-job training.",
                 "Head of Apprenticeships", "January 2025",
                 "Committee minutes record challenge on apprenticeship quality.", "G"),
                ("4b", "Arrange a governor link visit to the apprenticeship team each term, with "
                       "findings reported to the full Corporation.",
                 "Clerk to the Corporation", "Termly",
                 "Link visit reports received by the Corporation each term.", "G"),
            ]),
        ]),
    ]

    for heading, afis in sections:
        d.add_heading(heading, level=1)
        for afi_text, actions in afis:
            t = d.add_table(rows=2, cols=len(header))
            t.style = "Table Grid"
            top = t.cell(0, 0).merge(t.cell(0, len(header) - 1))
            set_cell(top, afi_text, bold=True, size=10)
            shade(top, "DEEAF6")
            for i, h in enumerate(header):
                set_cell(t.rows[1].cells[i], h, bold=True)
            for ref, act, resp, when, meas, rag in actions:
                c = t.add_row().cells
                for i, v in enumerate([ref, act, resp, when, meas, rag]):
                    set_cell(c[i], v)
                shade(c[5], RAG_HEX[rag])
            d.add_paragraph("")

    d.add_paragraph("RAG key: B – complete; G – on track; A – some slippage, action in hand; "
                    "R – off track")
    d.save(out("pj-brockenhurst-college-ofsted-post-inspection-action-plan.docx"))


# ----------------------------------------------------------------------------
# xlsx helpers
# ----------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ----------------------------------------------------------------------------
# 3. Shrewsbury and Telford Hospital NHS Trust - Getting to Good highlight report (xlsx)
# ----------------------------------------------------------------------------
def make_sath():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Getting to Good Improvement Programme – Highlight Report"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "The Shrewsbury and Telford Hospital NHS Trust"
    cov["A3"] = "Reporting period: September 2025"
    cov["A5"], cov["B5"] = "Senior Responsible Officer", "Chief Executive"
    cov["A6"], cov["B6"] = "Programme lead", "Director of Improvement"
    cov["A7"], cov["B7"] = "Reported to", "Board of Directors (public) – 9 October 2025"
    cov["A9"] = "RAG key"
    cov["A9"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                ("Amber", "At risk – recovery actions in place"),
                                ("Red", "Off track – escalated to Programme Board")]):
        cov.cell(row=10 + i, column=1, value=k).fill = fill(RAG_HEX[k])
        cov.cell(row=10 + i, column=2, value=v)
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 48

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Programme summary – September 2025"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Workstream", "Actions", "Blue", "Green", "Amber", "Red"]
    for i, h in enumerate(hdr, 1):
        c = summ.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
    rows = [("1. Urgent and Emergency Care", 4, 1, 1, 1, 1),
            ("2. Quality and Patient Safety", 4, 1, 2, 1, 0),
            ("Total", 8, 2, 3, 2, 1)]
    for r, vals in enumerate(rows, 4):
        for i, v in enumerate(vals, 1):
            c = summ.cell(row=r, column=i, value=v)
            if vals[0] == "Total":
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 34

    header = ["Ref", "Key action / milestone", "Lead", "Original due date", "Revised due date",
              "Previous RAG", "Current RAG", "Progress this period", "Next steps"]
    widths = [8, 60, 30, 14, 14, 12, 12, 50, 40]

    def ws_sheet(title, heading, exec_line, objectives):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        ws["A2"] = exec_line
        for i, h in enumerate(header, 1):
            c = ws.cell(row=4, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("005EB8")
            c.alignment = WRAP
            c.border = BOX
            ws.column_dimensions[c.column_letter].width = widths[i - 1]
        r = 5
        for obj, acts in objectives:
            ws.cell(row=r, column=1, value=obj).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("DCE6F1")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
            r += 1
            for ref, act, lead, orig, rev, prev, cur, prog, nxt in acts:
                vals = [ref, act, lead, orig, rev, prev, cur, prog, nxt]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.date):
                        c.number_format = "dd-mmm-yy"
                ws.cell(row=r, column=6).fill = fill(RAG_HEX[prev])
                ws.cell(row=r, column=7).fill = fill(RAG_HEX[cur])
                r += 1
        return ws

    D = dt.datetime
    ws_sheet("WS1 UEC", "Workstream 1: Urgent and Emergency Care",
             "Executive lead: Chief Operating Officer", [
                 ("1.1 Improve ambulance handover times at both emergency departments", [
                     ("1.1.1", "Open the Rapid Assessment and Treatment area at Royal Shrewsbury Hospital "
                               "seven days a week, 08:00–22:00.",
                      "Care Group Director – Medicine and Emergency Care", D(2025, 6, 30), D(2025, 9, 30),
                      "Amber", "Green",
                      "Weekend rota agreed; RAT area open 7 days from 1 September.",
                      "Evaluate impact on handover times in October."),
                     ("1.1.2", "Implement the ‘Release to Respond’ protocol with West Midlands Ambulance "
                               "Service, including 45-minute handover escalation.",
                      "Deputy Chief Operating Officer", D(2025, 8, 31), None, "Green", "Complete",
                      "Protocol live at both sites from 4 August.", "Close at next Programme Board."),
                 ]),
                 ("1.2 Improve patient flow and discharge", [
                     ("1.2.1", "Embed twice-daily board rounds on all medical wards using the SAFER "
                               "patient flow bundle.",
                      "Director of Nursing / Medical Director", D(2025, 10, 31), None, "Amber", "Amber",
                      "Board rounds in place on 11 of 16 medical wards.",
                      "Ward-based coaching for remaining five wards."),
                     ("1.2.2", "Increase discharges before midday to 33% through the discharge lounge and "
                               "transport booking changes.",
                      "Head of Patient Flow", D(2025, 3, 31), D(2025, 12, 31), "Red", "Red",
                      "Discharges before midday at 19% (August); lounge staffing gaps persist.",
                      "Recovery plan to Programme Board in October."),
                 ]),
             ])
    ws_sheet("WS2 Quality & Safety", "Workstream 2: Quality and Patient Safety",
             "Executive lead: Director of Nursing", [
                 ("2.1 Deteriorating patient and sepsis", [
                     ("2.1.1", "Roll out electronic NEWS2 observations with automated escalation alerts to "
                               "all adult inpatient wards.",
                      "Chief Nursing Information Officer", D(2025, 7, 31), D(2025, 11, 30), "Amber",
                      "Amber",
                      "Live on 24 of 31 wards; device shortage at Princess Royal Hospital.",
                      "Additional devices on order."),
                     ("2.1.2", "Achieve 90% compliance with the sepsis six bundle within one hour, audited "
                               "monthly.",
                      "Deputy Medical Director", D(2026, 3, 31), None, "Green", "Green",
                      "Compliance 84% in August, up from 78%.", "Continue monthly audit."),
                 ]),
                 ("2.2 Learning from incidents (PSIRF)", [
                     ("2.2.1", "Complete the transition of all legacy serious incident investigations to "
                               "PSIRF learning responses.",
                      "Head of Patient Safety", D(2025, 5, 31), None, "Green", "Complete",
                      "All legacy investigations closed.", "None."),
                     ("2.2.2", "Publish a quarterly ‘learning from patient safety events’ bulletin for all "
                               "staff.",
                      "Head of Patient Safety; Communications Manager", "Quarterly", None, "Green",
                      "Green", "Q1 bulletin published in July.", "Q2 bulletin due October."),
                 ]),
             ])
    wb.save(out("pj-shrewsbury-and-telford-hospital-nhs-trust-getting-to-good-highlight-report.xlsx"))


# ----------------------------------------------------------------------------
# 4. Onward Homes - RSH consumer standards improvement plan (xlsx, fill-only RAG)
# ----------------------------------------------------------------------------
def make_onward():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Onward Homes – Consumer Standards Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Response to the Regulator of Social Housing regulatory judgement published "
                "October 2024")
    ws["A3"] = ("Board owner: Chief Executive | Executive lead: Executive Director of Operations | "
                "Last updated: 28 February 2025")
    header = ["No.", "Regulatory finding", "Action", "Responsible", "Target date", "RAG", "Update"]
    widths = [6, 45, 55, 32, 14, 8, 45]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2A7B")
        c.border = BOX
        c.alignment = WRAP
        ws.column_dimensions[c.column_letter].width = widths[i - 1]

    GREEN, AMBER, RED = "92D050", "FFC000", "FF0000"
    D = dt.datetime
    standards = [
        ("Safety and Quality Standard", [
            ("The landlord does not have an accurate, up-to-date record of the condition of all of "
             "its homes based on a physical assessment.", [
                (1, "Commission a 100% stock condition survey programme, prioritising homes with no "
                    "survey in the last five years.",
                 "Director of Property Services", D(2026, 3, 31), AMBER,
                 "Contractor appointed; 4,120 surveys completed to date."),
                (2, "Load survey data into the asset management system and reconcile it with the "
                    "repairs history.",
                 "Head of Asset Management", D(2026, 6, 30), None, "Starts once first tranche loaded."),
                (3, "Report stock condition survey progress monthly to the Customer Services "
                    "Committee.",
                 "Head of Asset Management", "Monthly", GREEN,
                 "Standing item on committee agenda since November."),
            ]),
            ("The landlord could not demonstrate that all fire risk assessment remedial actions were "
             "completed within required timescales.", [
                (4, "Clear the backlog of 412 overdue high-risk fire remedial actions.",
                 "Head of Compliance; Head of Asset Management", D(2024, 12, 31), GREEN,
                 "Backlog cleared 18 December; verified by external fire consultant."),
                (5, "Introduce weekly compliance reporting on overdue remedial actions to the "
                    "Executive Team.",
                 "Head of Compliance", D(2024, 11, 30), GREEN, "In place from 4 November."),
            ]),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("The landlord has not used tenant satisfaction measures and complaints data effectively "
             "to understand and improve its services.", [
                (6, "Develop a tenant insight dashboard combining TSMs, complaints and repairs data, "
                    "reviewed quarterly with the Customer Voice Panel.",
                 "Head of Customer Insight", "Q1 2025/26", AMBER, "Prototype shared with panel in February."),
                (7, "Co-design the complaints learning report with tenants and publish it on the "
                    "website twice a year.",
                 "Head of Customer Experience", D(2025, 9, 30), AMBER, "First workshop held 12 February."),
            ]),
        ]),
        ("Neighbourhood and Community Standard", [
            ("The landlord's approach to anti-social behaviour case management was inconsistent and "
             "tenants were not always kept informed.", [
                (8, "Refresh the ASB policy and procedure with tenant input, including minimum contact "
                    "standards for victims.",
                 "Neighbourhood Services Manager", D(2025, 5, 31), RED,
                 "Consultation delayed by staff vacancy; at risk of slipping."),
                (9, "Train all housing officers on the new ASB procedure and risk assessment matrix.",
                 "Neighbourhood Services Manager", D(2025, 7, 31), None, "Depends on action 8."),
            ]),
        ]),
    ]
    r = 6
    for std, findings in standards:
        c = ws.cell(row=r, column=1, value=std)
        c.font = Font(bold=True)
        for col in range(1, len(header) + 1):
            ws.cell(row=r, column=col).fill = fill("D9D2E9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        r += 1
        for finding, acts in findings:
            first = r
            for no, act, resp, date, rag, upd in acts:
                vals = [no, None, act, resp, date, None, upd]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.date):
                        c.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(row=r, column=6).fill = fill(rag)
                r += 1
            ws.cell(row=first, column=2, value=finding).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for col, (txt, colr) in enumerate([
            ("Green – complete or embedded as business as usual", GREEN),
            ("Amber – in progress", AMBER),
            ("Red – overdue or at risk", RED),
            ("No colour – not yet started", None)], 2):
        c = ws.cell(row=r, column=col, value=txt)
        c.alignment = WRAP
        if colr:
            c.fill = fill(colr)
    wb.save(out("pj-onward-homes-rsh-consumer-standards-improvement-plan.xlsx"))


# ----------------------------------------------------------------------------
# 5. General Dental Council - strategic risk register (xlsx)
# ----------------------------------------------------------------------------
def make_gdc():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "General Dental Council – Strategic Risk Register 2025–26"
    dc["A1"].font = Font(bold=True, size=14)
    for i, (k, v) in enumerate([
            ("Version", "4.0"),
            ("Risk register owner", "Executive Director, Strategy"),
            ("Prepared for", "Audit and Risk Committee – 11 September 2025"),
            ("Classification", "Official"),
    ], 3):
        dc.cell(row=i, column=1, value=k).font = Font(bold=True)
        dc.cell(row=i, column=2, value=v)
    dc["A8"] = "Version history"
    dc["A8"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("3.0", "June 2025", "Quarterly refresh; SR4 added"),
                             ("4.0", "September 2025", "Q2 review by Senior Leadership Team")], 9):
        for j, v in enumerate(row, 1):
            dc.cell(row=i, column=j, value=v)
    dc["A13"] = "Risk scoring (likelihood x impact)"
    dc["A13"].font = Font(bold=True)
    for i, (k, v, colr) in enumerate([("1–6", "Low", "92D050"), ("8–12", "Medium", "FFC000"),
                                      ("15–25", "High", "FF0000")], 14):
        dc.cell(row=i, column=1, value=k).fill = fill(colr)
        dc.cell(row=i, column=2, value=v)
    dc["A18"] = "Action status key"
    dc["A18"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Action delivered"), ("Green", "On track"),
                                ("Amber", "Some delay – revised plan in place"),
                                ("Red", "Significant delay – escalated to SLT")], 19):
        dc.cell(row=i, column=1, value=k).fill = fill(RAG_HEX[k])
        dc.cell(row=i, column=2, value=v)
    dc.column_dimensions["A"].width = 34
    dc.column_dimensions["B"].width = 46
    dc.column_dimensions["C"].width = 40

    ws = wb.create_sheet("Strategic risks")
    ws["A1"] = "Strategic Risk Register – Q2 2025–26"
    ws["A1"].font = Font(bold=True, size=13)
    header = ["Risk", "Risk description", "Risk owner", "Residual score (L x I)", "Target score",
              "Key controls", "Ref", "Further action required", "Action owner", "Due date",
              "Action status"]
    widths = [26, 45, 26, 11, 9, 40, 8, 55, 32, 12, 11]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = widths[i - 1]
    D = dt.datetime
    risks = [
        ("SR1: Fitness to practise timeliness",
         "There is a risk that fitness to practise cases are not progressed in a timely way, leading "
         "to harm to the public and to registrants and loss of confidence in the GDC.",
         "Executive Director, Fitness to Practise", "4 x 4 = 16", "9",
         "Weekly caseload review; case progression KPIs reported to Council; quality assurance of "
         "decisions.", [
             ("SR1.1", "Implement the case progression improvement programme, including triage of all "
                       "new concerns within 10 working days.",
              "Director of Fitness to Practise", D(2025, 12, 31), "Green"),
             ("SR1.2", "Recruit and train an additional 12 case examiners and caseworkers.",
              "Director of Fitness to Practise; Head of People", D(2025, 9, 30), "Complete"),
         ]),
        ("SR2: Financial sustainability",
         "There is a risk that income from the annual retention fee does not meet the cost of "
         "regulatory activity, requiring a fee increase or a reduction in services.",
         "Chief Operating Officer", "3 x 4 = 12", "8",
         "Three-year financial plan; monthly management accounts; reserves policy.", [
             ("SR2.1", "Deliver the 2026 budget and three-year financial plan for Council approval, "
                       "including scenario modelling for fee levels.",
              "Chief Finance Officer", "Q3 2025/26", "Green"),
             ("SR2.2", "Review the reserves policy and investment strategy with the Finance and "
                       "Performance Committee.",
              "Chief Finance Officer", D(2025, 11, 30), "Amber"),
         ]),
        ("SR3: Information security and cyber resilience",
         "There is a risk of a cyber attack or data breach that compromises registrant or patient "
         "data or disrupts critical systems.",
         "Chief Operating Officer", "4 x 5 = 20", "10",
         "Managed security service; multi-factor authentication; annual penetration test.", [
             ("SR3.1", "Complete the Cyber Essentials Plus recertification and remediate any findings.",
              "Head of IT", D(2025, 10, 31), "Red"),
             ("SR3.2", "Run a phishing simulation and mandatory refresher training for all staff and "
                       "associates.",
              "Head of IT / Information Governance Manager", "Ongoing", "Green"),
         ]),
        ("SR4: Regulatory reform",
         "There is a risk that delays to reform of the Dentists Act prevent the GDC from modernising "
         "its fitness to practise and registration processes.",
         "Executive Director, Strategy", "4 x 3 = 12", "6",
         "Regular engagement with DHSC and the Professional Standards Authority.", [
             ("SR4.1", "Continue engagement with DHSC on the timetable for the Dentists Act reform "
                       "order and prepare draft rules for consultation.",
              "Director of Strategy", D(2026, 3, 31), "Amber"),
         ]),
    ]
    score_fill = {"16": "FF0000", "20": "FF0000", "12": "FFC000"}
    r = 4
    for risk, desc, owner, resid, target, controls, acts in risks:
        first = r
        for ref, act, aowner, due, status in acts:
            for i, v in enumerate([ref, act, aowner, due, status], 7):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = fill(RAG_HEX[status])
            for i in range(1, 7):
                ws.cell(row=r, column=i).border = BOX
            r += 1
        for i, v in enumerate([risk, desc, owner, resid, target, controls], 1):
            c = ws.cell(row=first, column=i, value=v)
            c.alignment = WRAP
            if i == 1:
                c.font = Font(bold=True)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=i, end_row=r - 1, end_column=i)
        ws.cell(row=first, column=4).fill = fill(score_fill[resid.split("= ")[1]])
    ws.cell(row=r + 1, column=1,
            value="Risks are reviewed monthly by the Senior Leadership Team and quarterly by the "
                  "Audit and Risk Committee.")
    wb.save(out("pj-general-dental-council-strategic-risk-register-2025-26.xlsx"))


# ----------------------------------------------------------------------------
# 6. Sussex Police / OSPCC - internal audit recommendations tracker (csv, refuse)
# ----------------------------------------------------------------------------
def make_sussex():
    ncol = 12
    blank = [""] * ncol

    def line(first):
        return [first] + [""] * (ncol - 1)

    rows = [
        line("Internal Audit Recommendations Tracker – Sussex Police and OSPCC"),
        line("Joint Audit Committee 17 March 2025 – position as at 28 February 2025"),
        blank,
        ["Audit", "Year", "Assurance opinion", "Rec no.", "Priority", "Recommendation",
         "Agreed action", "Action owner", "Original target date", "Revised target date", "Status",
         "Latest update"],
        ["Payroll and Expenses", "2023/24", "Reasonable", "1", "Medium",
         "Expense claims over £250 should be independently reviewed before payment.",
         "Introduce a second-line check in the expenses system for all claims over £250.",
         "Head of Payroll", "Sep-24", "Dec-24", "Complete",
         "Workflow change live from 2 December; verified by SIAP in January."],
        ["Fleet Management", "2023/24", "Limited", "1", "High",
         "The Force should maintain a complete and accurate record of vehicle servicing and "
         "defects.",
         "Migrate all vehicle servicing records to the Tranman fleet system and reconcile them with "
         "the asset register.",
         "Head of Fleet", "Oct-24", "Mar-25", "Amber",
         "Migration 80% complete; reconciliation of \"pool\" vehicles outstanding."],
        ["Fleet Management", "2023/24", "Limited", "2", "Medium",
         "Fuel card transactions should be reconciled monthly and exceptions investigated.",
         "Set up a monthly fuel card exception report, with exceptions referred to line managers.",
         "Head of Fleet / Head of Procurement", "Dec-24", "", "Green",
         "Report designed; first run due March."],
        ["Vetting", "2024/25", "Limited", "1", "High",
         "All officers and staff should hold vetting at the level required for their role.",
         "Complete renewal vetting for the 214 officers and staff whose clearance has lapsed.",
         "Head of Vetting", "Jan-25", "Jun-25", "Amber",
         "96 renewals completed; additional vetting officers started in February."],
        ["Vetting", "2024/25", "Limited", "2", "High",
         "Vetting decisions should be recorded with a documented rationale.",
         "Introduce a decision-rationale template and monthly dip sample by the Vetting Manager.",
         "Head of Vetting; Head of HR Operations", "Mar-25", "", "Green",
         "Template in use since January."],
        ["Seized Property", "2024/25", "Reasonable", "1", "Medium",
         "High-value and drugs property should be subject to periodic independent audit.",
         "Schedule quarterly independent audits of the high-value and drugs property stores.",
         "Property Manager", "Nov-24", "0ct-25", "Red",
         "First audit not yet held; store relocation, Hastings."],
        ["OPCC Commissioning and Grants", "2024/25", "Substantial", "1", "Low",
         "Grant monitoring returns should be chased where overdue by more than 30 days.",
         "Add overdue grant returns to the OPCC monthly performance report.",
         "OPCC Chief Finance Officer", "Mar-25", "", "Green", "Included from February report."],
        ["Cyber Security", "2024/25", "Reasonable", "3", "Medium",
         "Privileged account access should be reviewed quarterly.",
         "Implement quarterly privileged access reviews with sign-off by system owners.",
         "Head of Digital Security", "Jun-25", "", "Green", "First review scheduled for April."],
        blank,
        line("Key: Complete = implemented and verified by SIAP; Green = on track; Amber = revised "
             "date agreed; Red = overdue"),
    ]
    path = out("pj-sussex-police-and-pcc-internal-audit-recommendations-tracker-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ----------------------------------------------------------------------------
# 7. Fernhill House Nursing Home - CQC inspection action plan (tab-separated txt)
# ----------------------------------------------------------------------------
def make_fernhill():
    lines = [
        ["Fernhill House Nursing Home – CQC Inspection Action Plan"],
        ["Inspection: 21 and 22 January 2025 | Report published: 14 March 2025 | "
         "Overall rating: Requires improvement"],
        ["Provider: Fernhill Care Ltd", "Registered Manager: Maria Costa",
         "Last reviewed: 30 June 2025"],
        [],
        ["Ref", "Regulation / breach", "Action", "Responsible", "Target date", "RAG", "Progress"],
        ["Key question: Safe"],
        ["1", "Regulation 12 – Safe care and treatment: risks to people were not always assessed and "
              "care plans did not reflect current needs.",
         "Review and rewrite all falls, nutrition and pressure area risk assessments using the "
         "updated templates.",
         "Clinical Lead", "28/02/2025", "Blue",
         "All 38 residents' assessments rewritten and checked by the Deputy Manager."],
        ["2", "",
         "Introduce a daily clinical handover checklist covering changes in risk, weights and wound "
         "care.",
         "Registered Manager / Clinical Lead", "w/c 17/03/2025", "Blue",
         "Checklist in use on both floors; audited weekly."],
        ["3", "Regulation 12 – Safe care and treatment: medicines were not always managed safely.",
         "Complete monthly medicines audits and act on findings within 7 days.",
         "Deputy Manager", "Monthly", "Green", "April, May and June audits completed."],
        ["4", "",
         "Arrange competency reassessment for all nurses administering medicines, including PRN and "
         "covert medicines.",
         "Clinical Lead", "End of April 2025", "Amber",
         "8 of 11 nurses reassessed; 3 on leave, rebooked for July 2025."],
        ["5", "Regulation 18 – Staffing: not all staff had completed the training needed for their "
              "role.",
         "Bring mandatory training compliance to 95% and set up monthly reporting by course.",
         "Deputy Manager", "30/06/2025", "Red",
         "Compliance 86% at 30 June; moving and handling sessions cancelled by the trainer."],
        ["Key question: Well-led"],
        ["6", "Regulation 17 – Good governance: quality assurance systems did not identify the "
              "shortfalls found at inspection.",
         "Implement a monthly governance audit schedule with an action tracker reviewed by the "
         "provider's nominated individual.",
         "Registered Manager", "31/05/2025", "Green", "Schedule in place; tracker reviewed in June."],
        ["7", "",
         "Nominated individual to complete and record a quarterly provider quality visit.",
         "Nominated Individual", "Quarterly", "Green", "First visit completed 9 May 2025."],
        [],
        ["RAG key: Blue = completed and evidenced; Green = on track; Amber = at risk; Red = overdue"],
    ]
    path = out("pj-fernhill-house-nursing-home-cqc-inspection-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


if __name__ == "__main__":
    make_esfrs()
    make_brockenhurst()
    make_sath()
    make_onward()
    make_gdc()
    make_sussex()
    make_fernhill()
    print("built 7 files in", HERE)
