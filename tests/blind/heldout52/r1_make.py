"""Generator for the r1- cases of heldout52 (blind corpus).

Seven plans imitating ordinary published plans from Wales, Scotland, Northern
Ireland and England. Run with /work/main/.venv/bin/python r1_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "00B0F0"
FILL = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Rhondda Cynon Taf - Estyn post inspection action plan (xlsx)
# ---------------------------------------------------------------------------
RCT_RECS = [
    ("Recommendation 1: Strengthen the evaluation of the impact of the local "
     "authority's work on outcomes for learners", [
        ("1.1",
         "Refine the directorate self-evaluation framework so that every service "
         "area reports termly on the impact of its work on learner outcomes, not "
         "only on activity completed.",
         "Head of Performance and Improvement", d(2023, 4, 1), d(2023, 9, 30),
         "All service areas submit impact reports; evaluations cite first-hand "
         "evidence.",
         "Revised framework approved by Education SMT in September 2023. All "
         "service areas submitted autumn term impact reports.", "B"),
        ("1.2",
         "Provide training for senior officers and service managers on evaluating "
         "impact, including the use of first-hand evidence from school visits.",
         "Senior Education Manager (School Improvement)", d(2023, 9, 1),
         d(2024, 3, 31),
         "All senior officers trained; sample of reports quality assured.",
         "Two of three sessions delivered in partnership with Central South "
         "Consortium. Final session booked for 14 March 2024.", "G"),
        ("1.3",
         "Report progress against the PIAP to Cabinet and the Education and "
         "Inclusion Scrutiny Committee.",
         "Director of Education and Inclusion Services", d(2023, 5, 1), "Termly",
         "Members able to challenge progress against each recommendation.",
         "Progress reported to Scrutiny in November 2023 and March 2024.", "G"),
    ]),
    ("Recommendation 2: Improve pupil attendance, particularly in secondary "
     "schools", [
        ("2.1",
         "Implement a revised Attendance and Engagement Strategy with clear "
         "escalation thresholds for schools and the Education Welfare Service.",
         "Head of Attendance and Wellbeing", d(2023, 6, 1), d(2023, 10, 31),
         "Strategy adopted by all schools; thresholds applied consistently.",
         "Strategy launched at headteacher briefing on 12 October 2023.", "B"),
        ("2.2",
         "Extend the use of the attendance dashboard so that secondary "
         "headteachers and link officers can track persistent absence by pupil "
         "group weekly.",
         "Head of Attendance and Wellbeing / Data Manager", d(2023, 9, 1),
         d(2024, 4, 30),
         "Persistent absence in secondary schools reduced to below 2022-23 "
         "levels.",
         "Dashboard live in 12 of 19 secondary and all-through schools; roll-out "
         "to the remaining schools delayed by the MIS upgrade.", "A"),
        ("2.3",
         "Work with Central South Consortium to share effective practice in "
         "improving attendance through termly secondary network meetings.",
         "Central South Consortium", d(2023, 9, 1), d(2024, 7, 31),
         "Network meetings held each term; case studies shared.",
         "Autumn and spring network meetings held; two case studies published.",
         "G"),
    ]),
    ("Recommendation 3: Accelerate the pace of progress in developing learners' "
     "Welsh language skills", [
        ("3.1",
         "Revise the Welsh in Education Strategic Plan (WESP) annual review to set "
         "clear targets for learners' Welsh language skills in English-medium "
         "schools.",
         "WESP Lead Officer", d(2023, 4, 1), d(2023, 7, 31),
         "Targets agreed and monitored by the WESP Forum.",
         "Annual review submitted to Welsh Government in July 2023.", "B"),
        ("3.2",
         "Deliver the Cymraeg Campws language charter programme to all "
         "English-medium primary schools.",
         "Welsh Language Development Officer", d(2023, 9, 1), d(2024, 7, 31),
         "All English-medium primary schools hold at least the bronze award.",
         "58 of 83 schools have achieved bronze; support officer vacancy has "
         "slowed progress this term.", "A"),
        ("3.3",
         "Increase the number of practitioners accessing the Sabbatical Scheme "
         "and local Welsh language courses.",
         "Senior Education Manager (Welsh)", d(2023, 9, 1), "Ongoing",
         "Year-on-year increase in practitioners completing courses.",
         "41 practitioners enrolled in 2023-24 compared with 26 in 2022-23.", "G"),
    ]),
]


def make_rct():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    widths = [7, 48, 26, 11, 12, 34, 46, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Education and Inclusion Services: Post Inspection Action Plan (PIAP)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Rhondda Cynon Taf County Borough Council – response to the Estyn "
                "inspection of local government education services (January 2023)")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Progress update for the Education and Inclusion Scrutiny Committee "
                "– March 2024")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    hdr = ["Ref", "Action", "Lead officer", "Start date", "Target date",
           "Success criteria", "Progress update (February 2024)", "RAG"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    ws.freeze_panes = "A6"
    r = 6
    for rec, actions in RCT_RECS:
        ws.cell(r, 1, rec).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill("DDEBF7")
            ws.cell(r, c).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, act, lead, start, target, crit, prog, rag in actions:
            vals = [ref, act, lead, start, target, crit, prog, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            rc = ws.cell(r, 8)
            rc.fill = fill(FILL[rag])
            rc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1  # blank row
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for letter, text in [("B", "Action completed"),
                         ("G", "On track to be completed within timescale"),
                         ("A", "Some slippage – remedial action agreed"),
                         ("R", "Off track – escalated to Education SMT")]:
        ws.cell(r, 1, letter).fill = fill(FILL[letter])
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.cell(r, 2, text)
        r += 1
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, "r1-rhondda-cynon-taf-estyn-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Betsi Cadwaladr UHB - HIW improvement plan (docx)
# ---------------------------------------------------------------------------
HIW_SECTIONS = [
    ("Quality of the patient experience", [
        ("The health board must ensure that patients cared for in the corridor and "
         "overflow areas have their privacy and dignity maintained at all times.",
         "Person centred", [
             (["Privacy screens have been purchased for the corridor area and their "
               "use will be included in the nurse in charge safety huddle "
               "checklist."],
              "Head of Nursing (Emergency Department)", "30 April 2024"),
         ]),
        ("The health board must ensure that patients waiting for long periods, "
         "including those in the waiting room, are regularly offered food and "
         "drink.",
         "Person centred", [
             (["A hydration round will be introduced in the waiting room at 10:00, "
               "14:00, 18:00 and 22:00 and recorded on the round sheet."],
              "Department Sister", "Immediate and ongoing"),
             (["Volunteers from the hospital volunteer service will be recruited to "
               "support the evening hydration round."],
              "Patient Experience Lead", "September 2024"),
         ]),
    ]),
    ("Delivery of safe and effective care", [
        ("The health board must ensure that pressure area risk assessments are "
         "completed within six hours of arrival for patients who remain in the "
         "department.",
         "Safe", [
             (["Purpose T risk assessment has been added to the electronic nursing "
               "documentation as a mandatory field at six hours.",
               "Compliance will be audited weekly by the nurse in charge and "
               "reported to the directorate quality and safety meeting."],
              "Lead Nurse, Emergency Department", "31/07/2024"),
         ]),
        ("The health board must ensure that controlled drugs checks are completed "
         "and recorded twice daily in line with policy.",
         "Safe", [
             (["Twice daily checks re-launched and added to the shift handover "
               "sheet; pharmacy to undertake a monthly spot check."],
              "Department Sister / ED Pharmacist", "End of May 2024"),
         ]),
        ("The health board must ensure that resuscitation equipment is checked "
         "daily and that checks are fully documented.",
         "Safe", [
             (["Daily check responsibility allocated to a named nurse each shift on "
               "the off-duty rota."],
              "Head of Nursing (Emergency Department)", "April 2024"),
         ]),
    ]),
    ("Quality of management and leadership", [
        ("The health board must ensure that compliance with mandatory training, in "
         "particular paediatric life support, improves to meet the health board "
         "target of 85%.",
         "Workforce", [
             (["Training trajectory agreed with the Resuscitation Department; "
               "additional PILS sessions booked for May, June and July 2024."],
              "Clinical Nurse Educator", "Q2 2024/25"),
         ]),
        ("The health board should ensure that senior leaders are visible in the "
         "department and that staff feedback is acted upon.",
         "Leadership", [
             (["Monthly 'Ask the Directorate' sessions to be held in the department, "
               "with a 'you said, we did' board in the staff room."],
              "Directorate General Manager and Head of Nursing", "June 2024"),
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


def set_cell(cell, paras, bold=False, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.8)


def make_hiw():
    doc = Document()
    landscape(doc)
    doc.add_heading("Appendix C – Improvement plan", level=1)
    for label, val in [("Service:", "Ysbyty Glan Clwyd, Betsi Cadwaladr University Health Board"),
                       ("Ward/department:", "Emergency Department"),
                       ("Date of inspection:", "4, 5 and 6 March 2024")]:
        p = doc.add_paragraph()
        p.add_run(label + " ").bold = True
        p.add_run(val)
    doc.add_paragraph(
        "The table below includes any other improvements identified during the "
        "inspection where we require the service to complete an improvement plan "
        "telling us about the actions they are taking to address these areas.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    heads = ["Improvement needed", "Standard/ Regulation", "Service action",
             "Responsible officer", "Timescale"]
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], [h], bold=True)
        shade(t.rows[0].cells[c], "D9D9D9")
    for section, items in HIW_SECTIONS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_cell(m, [section], bold=True)
        shade(m, "F2F2F2")
        for need, std, actions in items:
            first = None
            for k, (paras, officer, when) in enumerate(actions):
                row = t.add_row()
                cells = row.cells
                if k == 0:
                    set_cell(cells[0], [need])
                    set_cell(cells[1], [std])
                    first = row
                set_cell(cells[2], paras)
                set_cell(cells[3], [officer])
                set_cell(cells[4], [when])
            if len(actions) > 1:
                top0 = first.cells[0]
                top1 = first.cells[1]
                last = t.rows[-1]
                top0.merge(last.cells[0])
                top1.merge(last.cells[1])
                # merge concatenates empty paragraphs; tidy to the original text
                set_cell(top0, [need])
                set_cell(top1, [std])
    widths = [Cm(6.5), Cm(2.8), Cm(8.5), Cm(4.2), Cm(3.0)]
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    doc.add_paragraph()
    doc.add_paragraph(
        "The following section must be completed by a representative of the "
        "service who has overall responsibility and accountability for ensuring "
        "the improvement plan is actioned.")
    p = doc.add_paragraph()
    p.add_run("Service representative").bold = True
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (a, b) in enumerate([("Name (print):", "Sian Pritchard"),
                                ("Job role:", "Director of Nursing, Integrated Health Community (Central)"),
                                ("Date:", "2 April 2024")]):
        set_cell(s.rows[i].cells[0], [a], bold=True)
        set_cell(s.rows[i].cells[1], [b])
    doc.save(os.path.join(HERE, "r1-betsi-cadwaladr-hiw-glan-clwyd-ed-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 3. East Ayrshire - ASP joint inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
EA_AREAS = [
    ("Improve communication between strategic leads and frontline staff across "
     "key partners so that policy, procedures and change management are "
     "understood and applied consistently.", [
        ("1.1",
         "Establish a quarterly ASP practitioner forum, co-chaired by the Adult "
         "Protection Lead Officer and a Police Scotland Detective Inspector, to "
         "brief frontline staff on policy and procedural changes.",
         "Adult Protection Lead Officer", "Police Scotland; NHS Ayrshire & Arran",
         (d(2021, 12, 1), "mmmm yyyy"),
         "Forum held each quarter; attendance from all three agencies.",
         "First forum held 24 November 2021 with 63 attendees. Dates for 2022 "
         "circulated.", "Complete"),
        ("1.2",
         "Publish an ASP staff bulletin following each Adult Protection Committee "
         "meeting.",
         "Adult Protection Lead Officer", "All APC partners", "Ongoing",
         "Bulletin issued within two weeks of each APC.",
         "Bulletins issued in October 2021 and January 2022.", "Green"),
        ("1.3",
         "Undertake a follow-up staff survey to measure awareness of ASP "
         "procedures, using the inspection staff survey as a baseline.",
         "Service Manager (Adult Protection)", "Police Scotland; NHS Ayrshire & Arran",
         (d(2022, 5, 31), "dd/mm/yyyy"),
         "Improvement on baseline responses in all agencies.",
         "Survey drafted. Launch moved to avoid a clash with the NHS staff survey; "
         "now planned for May 2022.", "Amber"),
    ]),
    ("Revise the partnership quality assurance framework so that it reflects the "
     "critical elements of ASP practice, with ongoing oversight by the Adult "
     "Protection Committee and Chief Officers Group.", [
        ("2.1",
         "Revise the multi-agency quality assurance framework to include standards "
         "for inquiries, investigations, case conferences and protection plans.",
         "Service Manager (Adult Protection) / Lead Nurse Public Protection",
         "Police Scotland", "March 2022",
         "Revised framework approved by the APC.",
         "Draft framework presented to the APC QA Sub-group on 9 February 2022; "
         "final version to APC in March.", "Green"),
        ("2.2",
         "Introduce a six-monthly multi-agency case file audit of ASP records, "
         "reporting findings to the APC Quality Assurance Sub-group.",
         "QA Sub-group Chair", "Police Scotland; NHS Ayrshire & Arran",
         (d(2022, 9, 1), "mmm-yy"),
         "Two audits completed each year; improvement actions tracked.",
         "Audit tool agreed. Auditor training delayed by staff absence; first "
         "audit now scheduled for summer 2022.", "Amber"),
        ("2.3",
         "Agree a core ASP performance dataset for quarterly reporting to the "
         "Chief Officers Group.",
         "Planning and Performance Manager", "All APC partners", "June 2022",
         "Dataset reported to COG each quarter.",
         "National minimum dataset reviewed; local measures being added.", "Green"),
    ]),
    ("Ensure chronologies are consistently completed for adults at risk of harm "
     "and are used to inform risk assessment.", [
        ("3.1",
         "Roll out the revised single agency chronology template in CareFirst with "
         "accompanying practice guidance.",
         "Service Manager (Adult Protection)", "East Ayrshire HSCP",
         (d(2022, 1, 1), "mmm-yy"),
         "Template in use for all ASP investigations.",
         "Template live from 10 January 2022; guidance on the HSCP intranet.",
         "Complete"),
        ("3.2",
         "Deliver chronology training to all council officers undertaking ASP "
         "inquiries and investigations.",
         "Learning and Development Manager", "East Ayrshire HSCP", "April 2022",
         "90% of council officers trained.",
         "Four sessions delivered; 71% of council officers trained to date.",
         "Green"),
        ("3.3",
         "Audit a sample of 30 chronologies to test their quality and use in risk "
         "assessment.",
         "QA Sub-group Chair", "Police Scotland; NHS Ayrshire & Arran",
         (d(2022, 8, 1), "mmm-yy"),
         "Audit report to APC with improvement actions.",
         "Not yet due.", None),
    ]),
]
EA_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_ea():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [6, 40, 46, 26, 22, 14, 32, 44, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "East Ayrshire Adult Support and Protection Improvement Plan 2021–2023"
    ws["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Response to the joint inspection of adult support and protection in "
                "the East Ayrshire partnership (Care Inspectorate, HMICS and "
                "Healthcare Improvement Scotland) – report published August 2021")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Version 4 – progress as at 28 February 2022 for the Adult Protection Committee"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    hdr = ["No.", "Area for improvement", "Action", "Lead officer", "Partner(s)",
           "Timescale", "Measure of success", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    ws.freeze_panes = "A6"
    r = 6
    for ai, (area, actions) in enumerate(EA_AREAS):
        top = r
        for no, act, lead, partners, when, measure, prog, rag in actions:
            ws.cell(r, 1, no)
            if r == top:
                ws.cell(r, 2, area)
            ws.cell(r, 3, act)
            ws.cell(r, 4, lead)
            ws.cell(r, 5, partners)
            if isinstance(when, tuple):
                c = ws.cell(r, 6, when[0])
                c.number_format = when[1]
            else:
                ws.cell(r, 6, when)
            ws.cell(r, 7, measure)
            ws.cell(r, 8, prog)
            ws.cell(r, 9, rag)
            for c in range(1, 10):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BORDER
            if rag:
                ws.cell(r, 9).fill = fill(EA_FILL[rag])
            r += 1
        ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(top, 2).font = Font(bold=True)
        ws.cell(top, 2).fill = fill("E8DAEF")
        if ai < len(EA_AREAS) - 1:
            r += 1  # blank row between areas
    r += 1
    ws.cell(r, 1, "RAG status key").font = Font(bold=True)
    r += 1
    for word, text in [("Complete", "Action completed"),
                       ("Green", "On track"),
                       ("Amber", "Behind timescale – recovery action in place"),
                       ("Red", "At risk / not progressing – escalate to COG")]:
        ws.cell(r, 2, word).fill = fill(EA_FILL[word])
        ws.cell(r, 3, text)
        r += 1
    wb.save(os.path.join(HERE, "r1-east-ayrshire-asp-joint-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 4. Derry City and Strabane - NIAO proposals for improvement tracker (csv)
# ---------------------------------------------------------------------------
DCSDC_ROWS = [
    ["2022-23", "PFI 1",
     "The Council should ensure that each improvement objective has a small number "
     "of measurable outcomes so that improvement can be demonstrated.",
     "Improvement objectives for 2024-25 to be revised with no more than four "
     "outcome measures each.",
     "Head of Strategic Performance", "31/03/2024", "Complete",
     "Revised objectives agreed by Governance and Strategic Planning Committee "
     "in March 2024."],
    ["2022-23", "PFI 2",
     "Self-assessment reports should include comparative information with other "
     "councils where this is available.",
     "Include APSE and statutory indicator comparisons in the 2023-24 "
     "self-assessment report.",
     "Performance Improvement Officer", "30/09/2024", "Complete",
     "Comparisons included in the report published on 30 September 2024."],
    ["2022-23", "PFI 3",
     "The Council should publish its performance improvement plan within the "
     "statutory timescale.",
     "Agree a timetable with Democratic Services so that the plan is approved "
     "before 30 June each year.",
     "Head of Strategic Performance / Democratic Services Manager", "30/06/2024",
     "Complete", "Plan approved at full Council on 27 June 2024."],
    ["2023-24", "PFI 1",
     "The Council should strengthen the link between its improvement objectives "
     "and the Community Plan outcomes.",
     "Map each improvement objective to the Strategic Growth Plan outcomes and "
     "show the link in the 2025-26 plan.",
     "Head of Strategic Performance", "30/06/2025", "Green",
     "Mapping exercise completed with Community Planning team; drafting under way."],
    ["2023-24", "PFI 2",
     "Targets for statutory indicators should be stretching and based on trend "
     "data.",
     "Review targets for waste, planning and economic development indicators "
     "with service leads.",
     "Performance Improvement Officer", "31/12/2042", "Amber",
     "Planning targets agreed; waste targets awaiting outcome of DAERA "
     "consultation."],
    ["2023-24", "PFI 3",
     "The Council should ensure that data quality checks are completed before "
     "performance information is reported to committee.",
     "Introduce a data quality sign-off by heads of service for each quarterly "
     "performance report.",
     "Head of Strategic Performance", "31/03/2025", "Green",
     "Sign-off template issued; used for Q2 and Q3 reports."],
    ["2023-24", "PFI 4",
     "Members should receive training on their role in scrutinising performance "
     "improvement.",
     "Deliver a member workshop on performance improvement and the NIAO audit "
     "with the Local Government Auditor's team.",
     "Democratic Services Manager", "28/02/2025", "Green",
     "Workshop date being agreed with NIAO."],
]


def make_dcsdc():
    path = os.path.join(HERE, "r1-derry-strabane-niao-proposals-for-improvement-tracker.csv")
    n = 8
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Derry City and Strabane District Council – NIAO Proposals for "
                    "Improvement: Action Tracker"] + [""] * (n - 1))
        w.writerow(["Performance Improvement Audit and Assessment 2022-23 and "
                    "2023-24"] + [""] * (n - 1))
        w.writerow(["Position at 31 December 2024"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Audit Year", "Ref", "Proposal for Improvement", "Council Action",
                    "Responsible Officer", "Target Date", "RAG", "Update"])
        for row in DCSDC_ROWS:
            w.writerow(row)
        w.writerow([""] * n)
        w.writerow(["RAG: Complete = implemented; Green = on track; Amber = behind "
                    "schedule; Red = not progressing"] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 5. Knox Academy - Education Scotland post-inspection action plan (txt)
# ---------------------------------------------------------------------------
KNOX_AREAS = [
    ("Area for improvement 1: Senior leaders should continue to develop approaches "
     "to self-evaluation, involving all staff, young people and parents, to "
     "identify clear priorities for improvement.", [
        ("1a", "Introduce a whole-school self-evaluation calendar linked to the "
               "quality indicators in How good is our school? (4th edition).",
         "HT", "October 2024",
         "Calendar shared at August in-service day; first QI 2.3 review completed "
         "by all faculties.", "Complete"),
        ("1b", "Establish a pupil leadership group to gather young people's views on "
               "learning and teaching each term.",
         "DHT (Pupil Voice)", "December 2024",
         "Group of 24 pupils from S1-S6 formed; first learner conversations report "
         "presented to SLT in December.", "Complete"),
        ("1c", "Hold parent focus groups to contribute to the 2025/26 school "
               "improvement plan priorities.",
         "DHT (Parental Engagement) / Parent Council Chair", "Feb-March 2025",
         "Dates set for 11 February and 4 March 2025.", "On track"),
    ]),
    ("Area for improvement 2: Teachers should ensure that learning is consistently "
     "well matched to the needs of young people, with appropriate challenge in the "
     "broad general education.", [
        ("2a", "Agree and publish a Knox Academy learning and teaching standard "
               "describing what well-matched, challenging learning looks like in "
               "the BGE.",
         "DHT (Curriculum)", "November 2024",
         "Draft standard consulted on with all staff; publication moved to "
         "January to include pupil feedback.", "Amber"),
        ("2b", "Run a programme of peer lesson observations focused on challenge and "
               "differentiation, followed by professional dialogue.",
         "Faculty PTs", "Ongoing",
         "Trios set up in all faculties; 31 observations completed by January.",
         "On track"),
        ("2c", "Provide career-long professional learning on planning for "
               "differentiation for all BGE staff during in-service and collegiate "
               "time.",
         "DHT (Curriculum) and QIO", "By June 2025",
         "First session delivered on 18 November in-service day.", "On track"),
    ]),
    ("Area for improvement 3: Senior leaders and staff should continue to raise "
     "attainment in literacy and numeracy in the BGE, using data more effectively "
     "to track and monitor progress.", [
        ("3a", "Implement a BGE tracking and monitoring system recording progress in "
               "literacy and numeracy each term for every learner in S1-S3.",
         "DHT (Attainment)", "Sept 2024",
         "System live from September; first data drop completed in October.",
         "Complete"),
        ("3b", "Hold termly attainment meetings with PTs to identify young people "
               "not on track and agree interventions.",
         "DHT (Attainment)", "Termly",
         "October and December meetings held; 46 S2 learners identified for "
         "support.", "On track"),
        ("3c", "Introduce targeted numeracy support sessions for S2 learners "
               "identified through tracking data.",
         "PT Mathematics / Numeracy Champion", "January 2025",
         "Staffing not yet confirmed; to be reviewed at February SLT.",
         "Not started"),
    ]),
]


def make_knox():
    lines = [
        "Knox Academy – Post-Inspection Action Plan 2024/25",
        "Education Scotland (HM Inspectors) inspection: May 2024. Report published: "
        "27 August 2024.",
        "Plan agreed with East Lothian Council Education Service. Progress reviewed "
        "termly with the Quality Improvement Officer (QIO).",
        "",
    ]
    for area, actions in KNOX_AREAS:
        lines.append(area)
        lines.append("\t".join(["Ref", "Action", "Lead", "Timescale",
                                "Evidence / progress (January 2025)", "Status"]))
        for a in actions:
            lines.append("\t".join(a))
        lines.append("")
    lines.append("Key: Complete / On track / Amber (some slippage) / Red (at risk) / "
                 "Not started")
    path = os.path.join(HERE, "r1-knox-academy-education-scotland-post-inspection-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. Petroc - Ofsted post-inspection action plan (xlsx), RAG by fill only
# ---------------------------------------------------------------------------
PETROC_AFIS = [
    ("1. Leaders and managers should ensure that apprentices' off-the-job training "
     "is planned and coordinated with their workplace learning so that they "
     "develop new knowledge and skills swiftly.", [
        ("1.1", "Introduce a tripartite planning template for every apprenticeship "
                "standard, agreed with employers at enrolment.",
         "AP Apprenticeships", d(2024, 1, 31), None,
         "All apprentices have a co-ordinated training plan.",
         "Template in use for all new starts since January; 86% of existing "
         "apprentices have a refreshed plan.", "B"),
        ("1.2", "Train all skills coaches in reviewing apprentices' progress against "
                "their KSBs at each progress review.",
         "Head of Work-based Learning", d(2024, 2, 28), d(2024, 4, 30),
         "Review records show clear KSB targets.",
         "Training delivered to 19 of 23 coaches; remaining four booked for "
         "April after sickness absence.", "G"),
        ("1.3", "Audit a 10% sample of apprentice files each term to check that "
                "off-the-job hours are recorded accurately.",
         "Quality Manager", "Termly", None,
         "Audit shows accurate OTJ recording in 95% of files.",
         "Spring audit completed: 91% accurate; feedback given to coaches.", "G"),
    ]),
    ("2. Leaders should ensure that students on study programmes who need to "
     "improve their English and mathematics attend their lessons and make the "
     "progress of which they are capable.", [
        ("2.1", "Timetable English and maths lessons alongside vocational sessions so "
                "that students do not travel to campus for a single lesson.",
         "Head of Maths & English", d(2024, 8, 31), None,
         "No student has a stand-alone English or maths day in 2024/25.",
         "Timetabling principles agreed; 2024/25 timetable build under way.", "G"),
        ("2.2", "Introduce weekly attendance escalation: tutor call on first "
                "absence, progress coach meeting on second.",
         "SB / KT", d(2024, 1, 31), d(2024, 3, 31),
         "Attendance at maths and English reaches 85%.",
         "Escalation in place; attendance at maths has risen from 71% to 78% "
         "against a target of 85%.", "A"),
    ]),
    ("3. Leaders should ensure that governors receive sufficiently detailed "
     "information on the quality of apprenticeship provision to hold leaders to "
     "account.", [
        ("3.1", "Add an apprenticeship quality dashboard to each Quality and "
                "Standards Committee pack.",
         "VP Quality", d(2024, 3, 31), None,
         "Governors' minutes record challenge on apprenticeships.",
         "Dashboard included in the March committee pack.", "B"),
        ("3.2", "Arrange a governor link visit to the apprenticeship team each term.",
         "Clerk to the Corporation", d(2024, 7, 31), None,
         "Three link visits completed in 2023/24.",
         "Spring visit completed on 7 March; summer visit booked.", "G"),
        ("3.3", "Provide governor training on apprenticeship funding rules and the "
                "Ofsted education inspection framework.",
         "Clerk to the Corporation / VP Quality", d(2024, 6, 30), None,
         "All Quality and Standards Committee members attend.",
         "Session postponed twice; new date to be agreed with the Chair.", "R"),
    ]),
]


def make_petroc():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov["A1"] = "Document control"
    cov["A1"].font = Font(bold=True, size=12)
    rows = [("Document", "Post-Inspection Action Plan 2023/24"),
            ("Version", "3.0"),
            ("Owner", "Vice Principal Quality"),
            ("Approved by", "Quality and Standards Committee, 6 February 2024"),
            ("Last updated", d(2024, 5, 20)),
            ("Next review", "Quality and Standards Committee, June 2024")]
    for i, (a, b) in enumerate(rows, 3):
        cov.cell(i, 1, a).font = Font(bold=True)
        c = cov.cell(i, 2, b)
        if isinstance(b, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        for col in (1, 2):
            cov.cell(i, col).border = BORDER

    ws = wb.create_sheet("PIAP")
    widths = [38, 6, 44, 22, 12, 12, 30, 44, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Petroc – Post-Inspection Action Plan 2023/24"
    ws["A1"].font = Font(bold=True, size=14, color="00656B")
    ws["A2"] = ("Ofsted inspection 21–24 November 2023 · monitored by the Quality and "
                "Standards Committee")
    ws["A2"].font = Font(italic=True)
    hdr = ["Area for improvement (Ofsted, November 2023)", "Ref", "Action", "Owner",
           "Deadline", "Revised deadline", "Impact measure",
           "Progress update (May 2024)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00656B")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    ws.freeze_panes = "C5"
    r = 5
    for afi, actions in PETROC_AFIS:
        top = r
        for ref, act, owner, dl, rdl, impact, prog, rag in actions:
            if r == top:
                ws.cell(r, 1, afi)
            vals = [ref, act, owner, dl, rdl, impact, prog, None]
            for c, v in enumerate(vals, 2):
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c in range(1, 10):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BORDER
            ws.cell(r, 9).fill = fill(FILL[rag])
            r += 1
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for letter, text in [("B", "Blue – complete"), ("G", "Green – on track"),
                         ("A", "Amber – at risk of missing deadline"),
                         ("R", "Red – off track / deadline missed")]:
        ws.cell(r, 2).fill = fill(FILL[letter])
        ws.cell(r, 3, text)
        r += 1
    wb.active = 1
    wb.save(os.path.join(HERE, "r1-petroc-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 7. Cotswold DC - PAS planning service peer challenge action plan (docx)
# ---------------------------------------------------------------------------
COTS_RECS = [
    ("R1: Develop a clear vision and service plan for the planning service, aligned "
     "to the Corporate Plan, and communicate it to staff, members and customers.", [
        ("1a", "Prepare a Planning Service Plan 2025-27 setting out the vision, "
               "priorities and performance measures.",
         "Assistant Director of Planning Services", "September 2025",
         "Service plan agreed by the Cabinet Member for Housing and Planning on "
         "23 September 2025.", "Complete"),
        ("1b", "Hold an all-staff planning service away day to launch the service "
               "plan.",
         "Head of Development Management", "Oct 2025",
         "Venue booked for 29 October 2025.", "Green"),
    ]),
    ("R2: Review the scheme of delegation and Planning Committee procedures to "
     "speed up decision making.", [
        ("2a", "Review the scheme of delegation with the Constitution Working Group "
               "and recommend changes to Council.",
         "Head of Legal Services / Head of Development Management", "Dec 2025",
         "Benchmarking with four Gloucestershire districts completed; draft "
         "options to Working Group in November.", "Green"),
        ("2b", "Deliver refresher training for all Planning Committee members, "
               "including material considerations and the risk of costs awards at "
               "appeal.",
         "Head of Development Management", "31/10/2025",
         "External trainer secured but only five of eleven members available on "
         "the proposed date.", "Amber"),
    ]),
    ("R3: Reduce the backlog of planning enforcement cases and publish an updated "
     "Local Enforcement Plan.", [
        ("3a", "Update the Local Enforcement Plan, including case prioritisation "
               "criteria and target response times.",
         "Planning Enforcement Manager", "January 2026",
         "Draft plan prepared; member briefing planned for December.", "Green"),
        ("3b", "Introduce a triage process for all new enforcement complaints.",
         "Planning Enforcement Manager", "Aug 2025",
         "Triage in place from 4 August 2025; new cases are now prioritised "
         "within five working days.", "Complete"),
        ("3c", "Recruit two additional enforcement officers on fixed-term contracts "
               "to clear the backlog.",
         "Assistant Director of Planning Services", "Q3 2025/26",
         "One post filled; second post re-advertised after an unsuccessful "
         "round.", "Amber"),
    ]),
    ("R4: Make better use of IT and digital systems to reduce manual "
     "administration.", [
        ("4a", "Complete the Uniform system health check and implement the agreed "
               "workflow changes.",
         "Business Support Manager / ICT Business Partner", "March 2026",
         "Health check to start once the Uniform upgrade is complete.",
         "Not started"),
        ("4b", "Add online payment and a validation checklist to the planning "
               "pages of the website.",
         "Business Support Manager", "Ongoing",
         "Validation checklist published; online payment to follow.", "Green"),
    ]),
]


def make_cotswold():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph(style="Title")
    p.add_run("Planning Service Peer Challenge – Action Plan")
    doc.add_paragraph("Cotswold District Council – July 2025 (progress updated "
                      "October 2025)")
    doc.add_paragraph(
        "The Planning Advisory Service (PAS) carried out a peer challenge of the "
        "Council's planning service in March 2025 and published its report in May "
        "2025. This action plan sets out how the Council will respond to the "
        "recommendations. It is a living document and progress is reported to the "
        "Cabinet Member for Housing and Planning and to Overview and Scrutiny "
        "Committee.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.2"),
                                ("Owner", "Assistant Director of Planning Services"),
                                ("Approved", "Cabinet, 10 July 2025"),
                                ("Last updated", "20 October 2025")]):
        set_cell(dc.rows[i].cells[0], [a], bold=True)
        set_cell(dc.rows[i].cells[1], [b])
    doc.add_heading("Action plan", level=2)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    heads = ["No.", "PAS recommendation", "Action", "Lead", "Timescale",
             "Progress (October 2025)", "Status"]
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], [h], bold=True, size=9)
        shade(t.rows[0].cells[c], "C6E0B4")
    for rec, actions in COTS_RECS:
        first = None
        for k, (no, act, lead, when, prog, status) in enumerate(actions):
            row = t.add_row()
            cells = row.cells
            set_cell(cells[0], [no], size=9)
            if k == 0:
                set_cell(cells[1], [rec], size=9)
                first = row
            set_cell(cells[2], [act], size=9)
            set_cell(cells[3], [lead], size=9)
            set_cell(cells[4], [when], size=9)
            set_cell(cells[5], [prog], size=9)
            set_cell(cells[6], [status], size=9)
        if len(actions) > 1:
            top = first.cells[1]
            top.merge(t.rows[-1].cells[1])
            set_cell(top, [rec], size=9)
    widths = [Cm(1.2), Cm(5.5), Cm(6.0), Cm(3.8), Cm(2.4), Cm(5.2), Cm(2.0)]
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    doc.add_paragraph()
    doc.add_paragraph("Status: Complete – action delivered; Green – on track; "
                      "Amber – at risk of slipping; Red – off track; Not started.")
    doc.save(os.path.join(HERE, "r1-cotswold-pas-planning-peer-challenge-action-plan.docx"))


def main():
    make_rct()
    make_hiw()
    make_ea()
    make_dcsdc()
    make_knox()
    make_petroc()
    make_cotswold()


if __name__ == "__main__":
    main()
