#!/usr/bin/env python3
"""Generator for the ad1- cases of heldout64 (blind corpus).

Makes seven plan documents beside this script:
  ad1-university-of-dundee-gillies-report-action-plan-tracker.xlsx
  ad1-nmc-independent-culture-review-recommendations-tracker.csv
  ad1-nhs-lanarkshire-his-wishaw-improvement-action-plan.docx
  ad1-hmp-lewes-hmip-inspection-action-plan.docx
  ad1-holy-cross-college-ofsted-post-inspection-action-plan.xlsx   (data error: refuse)
  ad1-bannau-brycheiniog-npa-audit-wales-action-plan.txt            (data error: refuse)
  ad1-slievebawn-integrated-college-eti-action-plan.xlsx

Run with /work/main/.venv/bin/python (python-docx, openpyxl).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="92D050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "section": PatternFill("solid", fgColor="DDEBF7"),
    "navy": PatternFill("solid", fgColor="002060"),
    "teal": PatternFill("solid", fgColor="E2EFDA"),
}


def shade(cell, hex_colour):
    """Background shading for a python-docx table cell."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, size=None, colour=None):
    """Write text (paragraphs split on \n) into a docx cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


# --------------------------------------------------------------------------
# 1. University of Dundee - response to the Gillies Report (xlsx)
# --------------------------------------------------------------------------
DUNDEE_SECTIONS = [
    ("1. Financial Reporting and Financial Management", [
        ("Financial reporting to Court and to the Finance & Policy Committee did not give a clear "
         "or timely picture of the University's cash position and forecast deficit.", [
            ("1.1", "Introduce a monthly management accounts pack, including a rolling 13-week cash flow "
                    "forecast, reported to the Executive Group and to every meeting of the Finance & Policy "
                    "Committee.",
             "Director of Finance", "Short term", dt.date(2025, 10, 31), None, "Complete",
             "First pack presented to Finance & Policy Committee on 15 September 2025. Cash flow forecast "
             "now issued weekly to the Executive Group."),
            ("1.2", "Commission an independent review of the structure, capacity and systems of the finance "
                    "function and agree an implementation plan for its findings.",
             "Chief Operating Officer", "Short term", dt.date(2025, 11, 30), dt.date(2026, 1, 31), "At risk",
             "Procurement of the reviewer delayed by the framework call-off process; preferred supplier now "
             "identified. Revised date agreed by Audit & Risk Committee."),
        ]),
        ("Budgets were set on the basis of optimistic student recruitment assumptions which were not "
         "adequately challenged.", [
            ("1.3", "Adopt a prudent, sensitivity-tested student number planning model, including downside "
                    "scenarios, as the basis for the 2026/27 budget.",
             "Director of Planning / Director of Finance", "Medium term", dt.date(2026, 3, 31), None, "On track",
             "Draft model reviewed by the Executive Group in September. Downside scenarios to be presented "
             "to Court in December."),
        ]),
    ]),
    ("2. Governance and Oversight", [
        ("Court did not receive sufficient information to discharge its responsibilities and was not made "
         "aware of the seriousness of the financial position until late 2024.", [
            ("2.1", "Commission an externally facilitated review of the effectiveness of Court and its "
                    "committees against the Scottish Code of Good Higher Education Governance.",
             "University Secretary", "Short term", dt.date(2025, 12, 31), None, "On track",
             "Reviewer appointed. Interviews with Court members and committee conveners are under way."),
            ("2.2", "Revise the terms of reference of the Finance & Policy Committee and the Audit & Risk "
                    "Committee to make their respective roles in financial oversight clear.",
             "University Secretary", "Short term", dt.date(2025, 10, 31), None, "Complete",
             "Revised terms of reference approved by Court on 22 September 2025."),
        ]),
        ("The internal audit programme did not focus on the areas of greatest financial risk.", [
            ("2.3", "Refresh the 2025/26 internal audit plan so that it is risk-based, including reviews of "
                    "cash management, budget setting and key financial controls.",
             "Convener of Audit & Risk Committee", "Short term", dt.date(2025, 9, 30), None, "Complete",
             "2025/26 plan approved by Audit & Risk Committee in August 2025; fieldwork on cash management "
             "has started."),
        ]),
    ]),
    ("3. Culture and Leadership", [
        ("A culture had developed in which challenge was not welcomed and concerns raised by staff were not "
         "escalated.", [
            ("3.1", "Develop and publish a leadership behaviours framework, co-designed with staff and trade "
                    "union representatives, and build it into senior staff objectives and appraisal.",
             "Director of People", "Medium term", dt.date(2026, 6, 30), None, "Not started",
             "Scoping will begin once the permanent leadership arrangements are confirmed."),
            ("3.2", "Refresh the whistleblowing and speak-up arrangements, appoint independent Speak Up "
                    "Guardians and report themes to Court twice a year.",
             "University Secretary", "Short term", dt.date(2026, 1, 31), None, "On track",
             "Revised policy out for consultation with the recognised trade unions until 17 October 2025."),
        ]),
    ]),
    ("4. Listening to the University Community", [
        ("Staff and students were not kept informed and felt excluded from decisions about the "
         "University's future.", [
            ("4.1", "Hold regular all-staff briefings led by the Principal, with questions and answers "
                    "published on the staff intranet.",
             "Interim Principal", "Short term", "Monthly", None, "On track",
             "Briefings held on 2 July, 27 August and 24 September 2025, each attended by more than "
             "1,200 colleagues."),
            ("4.2", "Establish a joint forum with Dundee University Students' Association so that students "
                    "are involved in the financial recovery plan.",
             "Vice-Principal (Education)", "Short term", dt.date(2025, 11, 30), None, "Off track",
             "DUSA sabbatical officers have asked for the terms of reference to be redrafted; the first "
             "meeting has been postponed."),
        ]),
    ]),
    ("5. Commitment", [
        ("The University must show a sustained commitment to implementing the recommendations of the "
         "Gillies Report.", [
            ("5.1", "Report progress on every action in this plan to each meeting of Court and publish a "
                    "six-monthly summary on the University website.",
             "University Secretary", "Long term", "Ongoing", None, "On track",
             "First progress report to Court on 6 October 2025."),
        ]),
    ]),
]

DUNDEE_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber",
                      "Off track": "red", "Not started": "grey"}


def make_dundee():
    wb = Workbook()
    ws = wb.active
    ws.title = "Gillies Action Plan"
    widths = [7, 40, 52, 24, 13, 14, 14, 12, 52]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws["A1"] = "University of Dundee: Response to the Gillies Report – Action Plan Tracker"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = ("Report to University Court, 6 October 2025. Position as at 26 September 2025. "
                "Plan owner: University Secretary.")
    ws["A2"].font = Font(italic=True, size=10)

    headers = ["Ref", "Gillies Report finding", "Action", "Executive Lead", "Timescale",
               "Target date", "Revised target date", "Status", "Progress update"]
    hr = 4
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    ws.freeze_panes = "A5"

    r = hr + 1
    for section, findings in DUNDEE_SECTIONS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        cell = ws.cell(row=r, column=1, value=section)
        cell.font = Font(bold=True)
        cell.fill = FILL["section"]
        r += 1
        for finding, actions in findings:
            first = r
            for (ref, action, lead, scale, target, revised, status, update) in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=action)
                ws.cell(row=r, column=4, value=lead)
                ws.cell(row=r, column=5, value=scale)
                tc = ws.cell(row=r, column=6, value=target)
                if isinstance(target, dt.date):
                    tc.number_format = "dd mmm yyyy"
                if revised is not None:
                    rc = ws.cell(row=r, column=7, value=revised)
                    rc.number_format = "dd mmm yyyy"
                sc = ws.cell(row=r, column=8, value=status)
                sc.fill = FILL[DUNDEE_STATUS_FILL[status]]
                if status == "Off track":
                    sc.font = Font(color="FFFFFF", bold=True)
                ws.cell(row=r, column=9, value=update)
                for c in range(1, 10):
                    ws.cell(row=r, column=c).alignment = WRAP
                    ws.cell(row=r, column=c).border = BOX
                r += 1
            ws.cell(row=first, column=2, value=finding)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP

    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    key = [("Complete", "blue", "Action delivered and evidence provided to the plan owner"),
           ("On track", "green", "Progressing and expected to meet the target date"),
           ("At risk", "amber", "May not be delivered by the target date; mitigation in place"),
           ("Off track", "red", "Will not be delivered by the target date; escalated to Executive Group"),
           ("Not started", "grey", "Not yet due to start")]
    for word, colour, meaning in key:
        ws.cell(row=r, column=2, value=word).fill = FILL[colour]
        ws.cell(row=r, column=3, value=meaning)
        r += 1
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:4"
    wb.save(out("ad1-university-of-dundee-gillies-report-action-plan-tracker.xlsx"))


# --------------------------------------------------------------------------
# 2. NMC - Independent Culture Review recommendations tracker (csv export)
# --------------------------------------------------------------------------
NMC_ROWS = [
    ("1", "Safeguarding",
     "Urgently review and strengthen safeguarding arrangements for people involved in fitness to practise processes.",
     "Establish a dedicated Safeguarding Hub and screen every new referral for safeguarding risk at the point of receipt.",
     "Executive Director, Professional Regulation", "31/03/2025", "Complete",
     "Safeguarding Hub launched in January 2025. All new referrals now receive a safeguarding risk assessment at triage."),
    ("1", "Safeguarding",
     "Urgently review and strengthen safeguarding arrangements for people involved in fitness to practise processes.",
     "Deliver safeguarding training to all Professional Regulation colleagues and panel members, with annual refresher training.",
     "Director of Fitness to Practise", "30/11/2025", "Green",
     "Training delivered to 94% of colleagues. Panel member sessions booked for October and November."),
    ("4", "Fitness to practise",
     "Reduce the fitness to practise caseload and the time taken to reach decisions, without compromising quality.",
     "Implement the fitness to practise improvement plan, including increased screening capacity and earlier closure of cases where there is no case to answer.",
     "Executive Director, Professional Regulation", "Q4 2025/26", "Amber",
     "Screening decisions are up 40% on last year but the overall caseload remains above trajectory. Additional case examiners are being recruited."),
    ("7", "Equality, diversity and inclusion",
     "Develop an anti-racist approach and address the disparities experienced by Black, Asian and minority ethnic colleagues.",
     "Sign the UNISON Anti-Racism Charter and publish an anti-racist action plan with measurable targets.",
     "Executive Director, People and Culture", "30/04/2025", "Complete",
     "Charter signed in February 2025. Action plan published on the intranet in April 2025."),
    ("8", "Equality, diversity and inclusion",
     "Increase the diversity of fitness to practise panels and of senior leadership.",
     "Set and publish ethnicity targets for panel member recruitment and report progress to Council each year.",
     "Director of Adjudication", "31/12/2025", "Green",
     "Targets agreed by Council in May. In the latest recruitment round 24% of appointed lay panel members were from Black, Asian and minority ethnic backgrounds."),
    ("12", "Speaking up",
     "Make it safe for colleagues to speak up and make sure that concerns are acted on.",
     "Appoint an independent Empowered to Speak Up Guardian and train a network of Speak Up Ambassadors.",
     "Chief Executive and Registrar", "30/09/2024", "Complete",
     "Guardian in post since August 2024; 12 ambassadors trained."),
    ("12", "Speaking up",
     "Make it safe for colleagues to speak up and make sure that concerns are acted on.",
     "Introduce quarterly reporting of speaking-up themes and outcomes to the People and Culture Committee.",
     "General Counsel; Executive Director, People and Culture", "Q3 2025/26", "Amber",
     "Reporting template agreed. The first report is delayed while the case management system is configured."),
    ("18", "Leadership and governance",
     "Strengthen Council's oversight of organisational culture and regulatory performance.",
     "Co-opt senior independent advisers to Council to provide additional challenge on culture change.",
     "Chair of Council", "31/12/2024", "Complete",
     "Two senior independent advisers co-opted from November 2024."),
    ("21", "People and culture",
     "Introduce a competency and behaviour framework to support fair recruitment, progression and performance management.",
     "Launch the competency and behaviour framework and embed it in recruitment and appraisal.",
     "Executive Director, People and Culture", "31/03/2026", "Green",
     "Framework launched. Appraisal forms are being redesigned for the 2026 cycle."),
    ("24", "People and culture",
     "Provide proper support for colleagues working on sensitive and distressing casework.",
     "Offer extended decompression sessions and trauma-informed supervision to colleagues in Professional Regulation.",
     "Director of Fitness to Practise", "Ongoing", "Green",
     "Monthly decompression sessions in place; uptake is reviewed by the wellbeing group."),
    ("30", "Fitness to practise",
     "Review the use of interim orders and the experience of professionals under investigation.",
     "Commission an independent review of interim order decision-making and implement its recommendations.",
     "Director of Fitness to Practise", "30/09/2025", "Red",
     "Review report received late and the implementation plan is not yet agreed. Target date to be revised at the next Executive Board."),
]


def make_nmc():
    path = out("ad1-nmc-independent-culture-review-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["ICR Rec No", "Theme", "ICR recommendation", "Action", "Executive lead",
                    "Target date", "RAG status", "Progress update (September 2025)"])
        for row in NMC_ROWS:
            w.writerow(row)


# --------------------------------------------------------------------------
# 3. NHS Lanarkshire - HIS safe delivery of care, University Hospital Wishaw (docx)
# --------------------------------------------------------------------------
LAN_PLAN = [
    ("Domain 2 – Leadership and culture", [
        ("Requirement 1: NHS Lanarkshire must ensure that staff are supported to raise concerns and that "
         "there is a clear and visible senior leadership presence in clinical areas, including out of hours.", [
            ("1.1", "Introduce a twice-daily senior nurse safety huddle, with a weekend and out-of-hours "
                    "walkround of all inpatient areas by the site lead.",
             "30 April 2025", "Chief Nurse, UHW",
             "Huddles in place since 7 April 2025. Walkround findings logged and reviewed weekly.", "Complete"),
            ("1.2", "Relaunch the Speak Up arrangements and publicise the Confidential Contacts and the "
                    "Whistleblowing Champion in every ward through team briefs and posters.",
             "30 June 2025", "Head of HR (Acute) / Chief Nurse, UHW",
             "Relaunch completed in June 2025; Confidential Contacts listed on all ward noticeboards.", "Complete"),
        ]),
    ]),
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("Requirement 2: NHS Lanarkshire must ensure that patient care and risk assessment documentation, "
         "including falls, pressure area and food and fluid records, is fully and accurately completed.", [
            ("2.1", "Carry out monthly documentation audits in all inpatient wards using the Excellence in "
                    "Care framework, with results reviewed at the Senior Charge Nurse forum.",
             "Ongoing – monthly audit", "Senior Charge Nurses",
             "Audits in place since May 2025. Compliance with falls documentation has risen from 71% to 88%.",
             "On track"),
            ("2.2", "Deliver refresher training on falls and pressure ulcer risk assessment to registered "
                    "nurses and healthcare support workers in Medicine and Surgery.",
             "31/08/2025\nRevised: 31/10/2025", "Lead Nurse, Practice Development",
             "62% of staff trained. Sessions paused in July due to staffing pressures; revised date agreed at "
             "the Quality and Safety Group.", "At risk"),
        ]),
        ("Requirement 3: NHS Lanarkshire must ensure that the care environment and patient equipment are "
         "clean and maintained in good repair to support effective infection prevention and control.", [
            ("3.1", "Complete a programme of repairs to the damaged flooring, wall surfaces and sanitary "
                    "fittings identified during the inspection.",
             "March 2026", "Estates Manager, UHW",
             "Works on wards 3 and 7 complete. Remaining works depend on decant space and are being scheduled "
             "with the site team.", "At risk"),
            ("3.2", "Introduce weekly Senior Charge Nurse checks of patient equipment cleanliness, with results "
                    "reported on the ward safety dashboard.",
             "30 April 2025", "Senior Charge Nurses / Infection Prevention and Control Nurses",
             "Weekly checks embedded; results visible on the dashboard from April 2025.", "Complete"),
        ]),
        ("Requirement 4: NHS Lanarkshire must ensure that medicines are stored securely and that controlled "
         "drug checks are carried out in line with policy.", [
            ("4.1", "Fit swipe-access locks to medicine rooms on the wards identified and introduce quarterly "
                    "pharmacy audits of medicines storage.",
             "December 2025", "Lead Pharmacist, Acute Services",
             "Locks fitted on four of six wards. First quarterly audit completed in September 2025.", "On track"),
        ]),
    ]),
    ("Domain 4.3 – Workforce planning, monitoring and deployment", [
        ("Requirement 5: NHS Lanarkshire must ensure that there is an accurate record of staff mandatory "
         "training and that all staff are up to date with it.", [
            ("5.1", "Produce a monthly mandatory training compliance report for each ward and department from "
                    "Turas Learn, with a trajectory to 90% compliance.",
             "31 January 2026", "Service Manager, Workforce",
             "Report issued monthly since June 2025. Overall compliance 79% (September).", "On track"),
            ("5.2", "Protect time for staff to complete outstanding mandatory training, prioritising fire "
                    "safety and moving and handling.",
             "Ongoing", "Senior Charge Nurses",
             "Two hours of protected learning time per month agreed for each member of ward staff.", "On track"),
        ]),
    ]),
]
LAN_FILL = {"Complete": "5B9BD5", "On track": "92D050", "At risk": "FFC000", "Not on track": "FF0000"}


def make_lanarkshire():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("NHS Lanarkshire")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Improvement Action Plan – University Hospital Wishaw", level=1)
    doc.add_paragraph("Healthcare Improvement Scotland: Safe Delivery of Care Inspection (unannounced), "
                      "11–13 March 2025. Inspection report published 19 June 2025.")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("NHS board", "NHS Lanarkshire"),
                 ("Hospital", "University Hospital Wishaw"),
                 ("Date of inspection", "11–13 March 2025"),
                 ("Action plan owner", "Director of Acute Services"),
                 ("Version", "v3 – progress update, 30 September 2025")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9E2F3")
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("The NHS board must address the requirements set out in the inspection report. "
                      "Progress against this plan is reported monthly to the Acute Division Quality and Safety "
                      "Group and quarterly to the Healthcare Quality Assurance and Improvement Committee.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
           "Progress update", "Status"]
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True, colour="FFFFFF")
        shade(c, "1F3864")
    repeat_header(t.rows[0])

    for domain, reqs in LAN_PLAN:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, domain, bold=True)
        shade(m, "B4C6E7")
        for req, actions in reqs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, req, bold=True)
            shade(m, "DEEAF6")
            for ref, action, when, who, progress, status in actions:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], action)
                set_cell(cells[2], when)
                set_cell(cells[3], who)
                set_cell(cells[4], progress)
                set_cell(cells[5], status)
                shade(cells[5], LAN_FILL[status])
    widths = [Cm(1.2), Cm(7.5), Cm(3.2), Cm(4.0), Cm(7.0), Cm(2.2)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph()
    doc.add_paragraph("Status key: Blue – Complete; Green – On track; Amber – At risk of not meeting the "
                      "timescale; Red – Not on track.")
    doc.add_paragraph()
    sign = doc.add_table(rows=2, cols=2)
    sign.style = "Table Grid"
    set_cell(sign.rows[0].cells[0], "NHS board Chief Executive signature", bold=True)
    set_cell(sign.rows[0].cells[1], "")
    set_cell(sign.rows[1].cells[0], "Date", bold=True)
    set_cell(sign.rows[1].cells[1], "30 September 2025")
    doc.save(out("ad1-nhs-lanarkshire-his-wishaw-improvement-action-plan.docx"))


# --------------------------------------------------------------------------
# 4. HMP Lewes - HMPPS action plan in response to HMIP inspection (docx)
# --------------------------------------------------------------------------
LEWES_PLAN = [
    ("Priority concerns", [
        ("1", "Levels of violence, particularly assaults on staff, were high and had risen since the last "
              "inspection. Leaders did not have a good enough understanding of the causes.",
         "Agreed",
         ["The safety team will complete a violence diagnostic using incident data and consultation with "
          "prisoners and staff.",
          "A violence reduction action plan will be produced from the findings and monitored monthly at the "
          "Safety Intervention Meeting chaired by the Governor."],
         "Head of Safety", "30 June 2025"),
        ("2", "Too many prisoners spent too long locked in their cells, and around a third were locked up "
              "during the working day.",
         "Partly Agreed",
         ["A revised regime will be introduced to increase time out of cell for all prisoners, including "
          "evening association on every residential unit.",
          "Full-time activity for every prisoner cannot be funded within the current budget; the prison will "
          "create 60 additional part-time activity places."],
         "Deputy Governor", "September 2025"),
        ("3", "Many prisoners were released without sustainable accommodation, and too few had a resettlement "
              "plan in place before release.",
         "Agreed",
         ["A weekly accommodation tracking meeting will be held with the Community Accommodation Service "
          "(CAS3) and local authority housing teams for all prisoners due for release within 12 weeks."],
         "Head of Reducing Reoffending / Senior Probation Officer", "31/12/2025"),
        ("4", "Prisoners with serious mental health needs waited too long for assessment and for transfer to "
              "secure hospital.",
         "Agreed",
         ["Healthcare partners will review the mental health referral pathway.",
          "All transfers exceeding 28 days will be escalated to NHS England health and justice commissioners "
          "and reported at the Local Delivery Board."],
         "Head of Healthcare", "31 May 2025"),
    ]),
    ("Key concerns", [
        ("5", "Much of the accommodation was dirty and in poor repair, and many cells lacked basic furniture.",
         "Agreed",
         ["A decency programme will be delivered, with weekly decency checks by residential managers and an "
          "audit and replacement of cell furniture across all units."],
         "Head of Residence", "March 2026"),
        ("6", "Prisoners who were self-isolating were not identified or supported consistently.",
         "Agreed",
         ["A daily list of self-isolating prisoners will be produced and each prisoner will have a care plan "
          "reviewed by a custodial manager."],
         "Custodial Manager (Safer Custody)", "31/07/2025"),
        ("7", "The quality of teaching in English and mathematics was not good enough, and too few prisoners "
              "achieved their qualifications.",
         "Agreed",
         ["The education provider will deliver a teaching quality improvement plan, including observation of "
          "all English and mathematics tutors and a revised initial assessment."],
         "Head of Education, Skills and Work", "July 2025"),
        ("8", "Use of force was not always well governed, and body-worn video cameras were not switched on in "
              "too many incidents.",
         "Agreed",
         ["All use of force incidents will be reviewed at the monthly use of force committee, and compliance "
          "with body-worn video will be checked for every incident."],
         "Deputy Governor / Head of Security", "Ongoing – reviewed monthly"),
        ("9", "Relationships between staff and prisoners were undermined by the high number of inexperienced "
              "officers.",
         "Partly Agreed",
         ["A mentoring scheme will pair every new officer with an experienced officer for their first six "
          "months.",
          "Staffing levels are set nationally and the prison cannot change the proportion of new officers."],
         "Head of Operations", "October 2025"),
    ]),
]


def make_lewes():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    doc.add_heading("Action Plan: HMP Lewes", level=0)
    for line in ["Action Plan Submitted: 27 March 2025",
                 "A Response to the HMIP Inspection: 14–24 October 2024",
                 "Report Published: 4 February 2025"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True

    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for "
        "and treatment of those in prison, young offender institutions and other places of detention. Its "
        "findings are reported to the Ministry of Justice (MoJ) and HM Prison and Probation Service (HMPPS).")
    doc.add_paragraph(
        "In response to the report, HMPPS is required to draft a robust and timely action plan to address the "
        "concerns. The action plan confirms whether each concern is agreed, partly agreed or not agreed (see "
        "categorisations below). Where a concern is agreed or partly agreed, the plan sets out the specific "
        "steps that will be taken, with the owner and timescale of each clearly identified. Action plans are "
        "sent to HMIP and published on the HMPPS Prison Finder website.")

    cat = doc.add_table(rows=1, cols=3)
    cat.style = "Table Grid"
    for c, h in zip(cat.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for term, d, a in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed, with timescales."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable and affordable.",
         "The response must state clearly which part will be addressed and explain why the rest cannot be."),
        ("Not Agreed", "The concern is not agreed with or cannot be achieved.",
         "The response must clearly explain why the concern is not agreed."),
    ]:
        cells = cat.add_row().cells
        set_cell(cells[0], term, bold=True)
        set_cell(cells[1], d)
        set_cell(cells[2], a)

    doc.add_paragraph()
    doc.add_heading("ACTION PLAN", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["Rec No.", "Concern", "Agreed/ Partly Agreed/ Not Agreed", "Response", "Responsible Owner",
           "Target Date"]
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True, colour="FFFFFF")
        shade(c, "002060")
    repeat_header(t.rows[0])
    for section, concerns in LEWES_PLAN:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, section.upper(), bold=True)
        shade(m, "D9E2F3")
        for no, concern, agreed, response, owner, target in concerns:
            cells = t.add_row().cells
            set_cell(cells[0], no)
            set_cell(cells[1], concern)
            set_cell(cells[2], agreed)
            set_cell(cells[3], "\n".join(response))
            set_cell(cells[4], owner)
            set_cell(cells[5], target)
    widths = [Cm(1.4), Cm(6.5), Cm(2.4), Cm(9.0), Cm(3.5), Cm(2.6)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.save(out("ad1-hmp-lewes-hmip-inspection-action-plan.docx"))


# --------------------------------------------------------------------------
# 5. Holy Cross College - post-inspection action plan (xlsx, data error)
# --------------------------------------------------------------------------
HOLY_PLAN = [
    ("Effectiveness of leadership and management", [
        ("L1", "Governors and senior leaders should challenge underperformance rigorously in the subjects "
               "where students make slow progress.",
         "Introduce termly subject performance reviews, chaired by the Principal, for every A-level subject "
         "with a value-added score below zero.",
         "Vice Principal (Curriculum & Quality)", "Termly reviews held; action plans agreed for all underperforming subjects.",
         "Dec 2017", "Reviews held in October for 11 subjects; action plans in place and monitored by SLT.", "green"),
        ("L2", "Leaders should use self-assessment and quality improvement planning to identify and tackle "
               "weaknesses accurately.",
         "Revise the self-assessment process so that each department's self-assessment is validated by a "
         "panel that includes a governor.",
         "Assistant Principal (Quality)", "Validated SARs for all departments; grades agreed by governors.",
         "Oct 2017", "Validation panels completed; college SAR approved by the Corporation on 10 October.", "blue"),
    ]),
    ("Quality of teaching, learning and assessment", [
        ("T1", "Teachers should plan learning that stretches and challenges all students, particularly the "
               "most able.",
         "Deliver a CPD programme on questioning and stretch and challenge, followed up through developmental "
         "learning walks.",
         "Head of Teaching & Learning", "Learning walks show stretch and challenge in most lessons.",
         "Febuary 2018", "CPD sessions delivered in September and November; first round of learning walks under way.",
         "green"),
        ("T2", "Teachers should give feedback that tells students clearly what they need to do to improve.",
         "Agree a common marking and feedback policy and check its use through termly work scrutiny.",
         "Heads of Department", "Work scrutiny shows consistent, helpful feedback in all subjects.",
         "Jan 2018", "Policy agreed. Work scrutiny shows inconsistency in three departments.", "amber"),
    ]),
    ("Outcomes for learners", [
        ("O1", "Improve achievement on A-level courses, particularly in sciences and mathematics, where too "
               "few students make the progress expected of them.",
         "Track progress against minimum target grades every six weeks and put subject interventions in place "
         "for students below target.",
         "Head of Science / Head of Mathematics", "Value added in sciences and mathematics at or above zero in 2018.",
         "Aug 2018", "Six-weekly tracking in place; 38% of Year 13 science students currently below target.", "red"),
        ("O2", "Close the gap in achievement between disadvantaged students and their peers.",
         "Assign a progress mentor to every student in receipt of the bursary and review their progress at "
         "each tracking point.",
         "Pastoral Manager", "Achievement gap reduced to under 3 percentage points.",
         "July 2018", "Mentors allocated to 142 students; first reviews completed.", "green"),
    ]),
    ("Personal development, behaviour and welfare", [
        ("P1", "Improve attendance at lessons, particularly in Year 12.",
         "Introduce same-day contact with parents for every absence and weekly attendance reports to tutors.",
         "Director of Student Services", "Attendance at 93% or above.",
         "Ongoing", "Attendance 91.4% to date (Year 12: 89.8%).", "amber"),
    ]),
]


def make_holy_cross():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP 2017-18"
    widths = [6, 40, 44, 24, 32, 12, 44, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Holy Cross College – Post-Inspection Action Plan 2017/18"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection February 2017 – overall effectiveness: Requires Improvement"
    ws["A3"] = "Progress update for the Standards Committee of the Corporation – November 2017"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement (Ofsted report)", "Action", "Lead", "Success criteria / impact measure",
           "Target date", "Progress update", "RAG"]
    hr = 5
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = hr + 1
    for heading, items in HOLY_PLAN:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = FILL["teal"]
        r += 1
        for ref, afi, action, lead, success, target, progress, rag in items:
            vals = [ref, afi, action, lead, success, target, progress, None]
            for col, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=8).fill = FILL[rag]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for i, (colour, meaning) in enumerate([("blue", "Complete"), ("green", "On track"),
                                            ("amber", "Some slippage – action being taken"),
                                            ("red", "Significant concern – escalated to SLT")]):
        ws.cell(row=r + i, column=2, value=meaning)
        ws.cell(row=r + i, column=8).fill = FILL[colour]
    wb.save(out("ad1-holy-cross-college-ofsted-post-inspection-action-plan.xlsx"))


# --------------------------------------------------------------------------
# 6. Bannau Brycheiniog NPA - Audit Wales review action plan (txt, data error)
# --------------------------------------------------------------------------
BB_LINES = [
    "Bannau Brycheiniog National Park Authority",
    "Audit and Scrutiny Committee – 14 September 2021",
    "Appendix 1: Audit Wales Review of the Change Programme – Action Plan Progress Report",
    "",
    "Ref\tAudit Wales recommendation\tAction\tLead Officer\tTarget Date\tStatus\tProgress",
    "R1 Drive forward the Change Programme",
    "1.1\tSet out a clear vision and timetable for the Change Programme and communicate it to staff and members.\t"
    "Publish a Change Programme roadmap with milestones, agreed by the Authority, and brief all staff.\t"
    "Chief Executive\tJune 2021\tComplete\tRoadmap approved by the Authority on 28 May 2021; staff briefings held in June.",
    "1.2\tSet out a clear vision and timetable for the Change Programme and communicate it to staff and members.\t"
    "Establish a Programme Board with a dedicated programme manager and monthly highlight reports.\t"
    "Chief Executive / Director of Corporate Services\tSeptember 2021\tOn track\tProgramme manager appointed in August; first highlight report due in September.",
    "1.3\tMake sure the Authority has the capacity and skills to deliver the Change Programme.\t"
    "Complete a skills and capacity assessment of the senior management team and agree a development plan.\t"
    "Head of HR\tDecember 2021\tOn track\tAssessment questionnaire issued to managers; results to SMT in October.",
    "R2 Strengthen governance",
    "2.1\tReview the Authority's committee structure and schemes of delegation.\t"
    "Commission an independent review of committee arrangements and report recommendations to the Authority.\t"
    "Monitoring Officer\tMarch 2202\tOn track\tTerms of reference for the review agreed with the Chair and Deputy Chair.",
    "2.2\tStrengthen member development and the relationship between members and officers.\t"
    "Deliver a member development programme, including induction, chairing skills and a member–officer protocol.\t"
    "Democratic Services Manager\tNovember 2021\tBehind schedule\tProtocol drafted; development sessions delayed until the autumn.",
    "R3 Strengthen decision making",
    "3.1\tImprove the quality of reports to members so that options, risks and financial implications are clear.\t"
    "Introduce a new report template and report clearance process for all Authority and committee reports.\t"
    "Director of Corporate Services\tJuly 2021\tComplete\tNew template in use from the July Authority meeting.",
    "3.2\tMake sure key decisions are informed by a clear assessment of their impact.\t"
    "Adopt an integrated impact assessment covering equalities, Welsh language and well-being duties.\t"
    "Head of Policy\tJanuary 2022\tOn track\tDraft assessment tool being tested on the Management Plan review.",
    "",
    "Status: Complete / On track / Behind schedule / Not started",
]


def make_bannau():
    with open(out("ad1-bannau-brycheiniog-npa-audit-wales-action-plan.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write("\n".join(BB_LINES) + "\n")


# --------------------------------------------------------------------------
# 7. Slievebawn Integrated College - action plan after ETI inspection (xlsx)
# --------------------------------------------------------------------------
SLIEVE_PLAN = [
    ("1. Improve the quality of learning and teaching in key stage 3 mathematics so that all pupils are "
     "challenged and make the progress of which they are capable.", [
        ("Appoint a key stage 3 numeracy co-ordinator and review the mathematics schemes of work to build in "
         "differentiated tasks.",
         "Principal; HoD Mathematics", "TRA cover for co-ordinator (1 period per week)",
         "Revised schemes of work in use in all KS3 classes.", "September 2024",
         "SLT line management meetings", "Co-ordinator appointed; revised schemes of work in use from September.",
         "Achieved"),
        ("Programme of peer observation and paired planning within the mathematics department, focused on "
         "questioning and challenge.",
         "HoD Mathematics", "Department meeting time; EA Numeracy Officer support",
         "All mathematics teachers observed twice; most lessons judged good or better.", "Autumn term 2024",
         "HoD reports to VP (Curriculum)", "First cycle of observations complete; second cycle under way.",
         "On track"),
        ("Track key stage 3 pupils' progress in mathematics against baseline (PTM) data each term and put "
         "intervention in place for pupils who are not on target.",
         "VP (Curriculum) / KS3 Co-ordinator", "PTM licence; intervention teacher 0.2",
         "At least 85% of KS3 pupils on or above target in mathematics.", "June 2025",
         "Termly data reports to Board of Governors", "October data drop: 78% on or above target. "
         "Intervention groups started for Year 9.", "On track"),
    ]),
    ("2. Develop further the use of data at whole-school and departmental level to identify and address "
     "underachievement at GCSE.", [
        ("Introduce a whole-school data tracking system with three data drops each year.",
         "VP (Curriculum)", "SIMS Assessment; staff training (2 x 1 hour)",
         "Data drops completed on time by all departments.", "October 2024",
         "SLT", "System live; first data drop completed on 18 October.", "Achieved"),
        ("Heads of Department to analyse GCSE outcomes against predicted grades and set departmental targets "
         "in their action plans.",
         "Heads of Department", "CCEA results analysis; SLT support",
         "All departmental action plans contain GCSE targets based on analysis.", "November 2024",
         "VP (Curriculum) reviews departmental plans", "Nine of 14 departmental plans include targets; "
         "remaining plans returned for revision.", "Some concern"),
    ]),
    ("3. Ensure that the arrangements for safeguarding reflect fully the guidance issued by the Department of "
     "Education, including the recording of concerns.", [
        ("Update the child protection policy and record-keeping procedures in line with DE guidance and share "
         "them with staff, pupils and parents.",
         "Designated Teacher for Child Protection", "EA CPSS advice",
         "Policy ratified by the Board of Governors; records meet DE requirements.", "May 2024",
         "Board of Governors; ETI follow-up", "Policy ratified on 21 May 2024 and published on the school website.",
         "Achieved"),
        ("Deliver child protection training to all teaching and non-teaching staff and to the Board of "
         "Governors.",
         "Designated Teacher / Deputy Designated Teacher", "EA CPSS training",
         "All staff and governors trained; training log up to date.", "Ongoing",
         "Principal", "All staff trained in August 2024; governor training booked for January.", "On track"),
    ]),
]
SLIEVE_FILL = {"Achieved": "blue", "On track": "green", "Some concern": "amber", "Not on track": "red"}


def make_slievebawn():
    wb = Workbook()
    ws = wb.active
    ws.title = "ETI Action Plan"
    widths = [38, 44, 20, 24, 30, 14, 24, 40, 13]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Slievebawn Integrated College"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Action Plan to address the Areas for Improvement identified in the ETI Inspection Report "
                "(March 2024)")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Approved by the Board of Governors: 21 May 2024     Progress review: 10 December 2024"
    hdr = ["Area for Improvement", "Action(s)", "Person(s) Responsible", "Resources", "Success Criteria",
           "Timescale", "Monitoring & Evaluation", "Progress to date", "Status"]
    hr = 5
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILL["grey"]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = hr + 1
    for afi, actions in SLIEVE_PLAN:
        first = r
        for action, who, res, success, when, monitor, progress, status in actions:
            vals = [None, action, who, res, success, when, monitor, progress, status]
            for col, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=9).fill = FILL[SLIEVE_FILL[status]]
            r += 1
        ws.cell(row=first, column=1, value=afi).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for i, word in enumerate(["Achieved", "On track", "Some concern", "Not on track"]):
        c = ws.cell(row=r + 1 + i, column=1, value=word)
        c.fill = FILL[SLIEVE_FILL[word]]
    wb.save(out("ad1-slievebawn-integrated-college-eti-action-plan.xlsx"))


if __name__ == "__main__":
    make_dundee()
    make_nmc()
    make_lanarkshire()
    make_lewes()
    make_holy_cross()
    make_bannau()
    make_slievebawn()
    print("done")
