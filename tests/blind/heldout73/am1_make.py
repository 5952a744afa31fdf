"""Generator for the am1- cases of heldout73 (children's services plans, four nations).

Run with /work/main/.venv/bin/python am1_make.py ; it writes the seven document files beside itself.
The .expected.yaml readings were written by hand from the content below.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


RAGFILL = {"B": "4F81BD", "G": "00B050", "A": "FFC000", "R": "FF0000"}


# ---------------------------------------------------------------------------
# 1. Sheffield Children's NHS FT - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
def make_sheffield():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    widths = {"A": 7, "B": 38, "C": 44, "D": 24, "E": 12, "F": 12, "G": 48, "H": 26, "I": 7}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = ("Sheffield Children's NHS Foundation Trust \u2013 CQC Must Do / Should Do "
                "Action Plan (Mental Health Services)")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Inspection 26 March \u2013 4 April 2019; report published 16 July 2019. "
                "Position as at 31 January 2020 \u2013 for Quality Committee, 12 February 2020.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")

    hdr = ["Ref", "CQC requirement", "Action", "Lead", "Target date", "Revised date",
           "Progress update", "Evidence", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX

    def section(row, text):
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        c = ws.cell(row=row, column=1)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")

    dmy = "dd/mm/yyyy"
    my = "mmm-yy"
    # (row, ref, requirement-or-None, action, lead, target, revised, progress, evidence, rag, numfmt)
    rows = [
        (6, "M1.1",
         "The trust must ensure that risk assessments are completed for all patients and are "
         "reviewed and updated regularly.",
         "Introduce a single CAMHS risk assessment and formulation template on SystmOne to replace "
         "the separate team templates.",
         "Clinical Director, CAMHS", D(2019, 9, 30), None,
         "Template live across all nine community teams from 2 September 2019. 112 staff trained; "
         "briefing repeated for new starters each month.",
         "SystmOne template; training register", "B", dmy),
        (7, "M1.2", None,
         "Monthly caseload audit of risk assessment completion and review dates, reported to CAMHS "
         "Governance Group with team-level results.",
         "Head of Nursing (Mental Health)", D(2019, 10, 31), D(2020, 1, 31),
         "Audit running since August. Compliance 78% (Oct), 84% (Nov), 89% (Dec) against 95% "
         "standard. Revised date agreed at Quality Committee in November.",
         "Audit reports Oct\u2013Dec 2019", "A", dmy),
        (8, "M2.1",
         "The trust must ensure that every patient has a care plan and, where needed, a crisis "
         "plan, and that these are personalised and reviewed regularly.",
         "Roll out the co-produced 'My Plan' care plan format, developed with the CAMHS "
         "participation group, to all community teams.",
         "Head of Nursing (Mental Health) / Participation Lead", D(2020, 3, 31), None,
         "Format approved October 2019. In use at Centenary House, Beighton and SEDATT; remaining "
         "teams booked for January.",
         "My Plan template; participation group minutes", "G", dmy),
        (9, "M2.2", None,
         "All young people open to the STAR team to have a crisis plan agreed with them and their "
         "parent or carer, with a copy given to the family.",
         "Service Manager, STAR Team", D(2019, 11, 30), D(2020, 2, 29),
         "Crisis plan template agreed. Dip sample in December found 31 of 40 plans shared with "
         "families; team meeting time protected to complete the remainder.",
         "Dip sample Dec 2019", "A", dmy),
        (10, "M3.1",
         "The trust must ensure that patients waiting for assessment and treatment are monitored so "
         "that any change in risk is identified and acted on.",
         "Introduce a 'waiting well' protocol: every young person waiting more than 12 weeks is "
         "contacted at least every four weeks and risk is re-screened.",
         "General Manager, CAMHS", D(2019, 8, 31), None,
         "Protocol in place from August 2019. Contact log audited monthly; 100% contact in the last "
         "three audits.",
         "Waiting well protocol v1.2; contact log audits", "B", dmy),
        (11, "M3.2", None,
         "Agree a waiting list recovery trajectory with Sheffield CCG, including additional "
         "capacity for the neurodevelopmental pathway.",
         "Director of Operations", D(2020, 3, 31), None,
         "Trajectory submitted to CCG on 14 November 2019. Funding for additional posts not yet "
         "confirmed; escalated to Contract Management Board.",
         "", "R", dmy),
        # row 12 blank
        (14, "S1.1",
         "The trust should ensure that staff receive regular clinical supervision and that this is "
         "recorded.",
         "Record all clinical supervision on ESR and report compliance to the ward manager each "
         "month.",
         "Ward Manager, Becton Centre", D(2019, 8, 1), None,
         "Supervision compliance 92% in December 2019 (target 85%).",
         "ESR compliance report", "B", my),
        (15, "S2.1",
         "The trust should ensure that young people on the ward have a range of therapeutic "
         "activities available in the evenings and at weekends.",
         "Agree a new evening and weekend activity timetable with young people through the ward "
         "community meeting.",
         "Ward Manager, Becton Centre", D(2019, 10, 1), None,
         "Timetable agreed with young people in September and in place since 7 October 2019.",
         "Community meeting minutes; timetable", "B", my),
        (16, "S2.2", None,
         "Recruit two activity co-ordinators (band 3) to cover evenings and weekends.",
         "Ward Manager, Becton Centre / HR Business Partner", D(2020, 1, 1), D(2020, 4, 1),
         "One post appointed (start date 3 February 2020); second post re-advertised.",
         "", "A", my),
        (17, "S3.1",
         "The trust should ensure that the ligature risk assessment for the ward is kept up to date "
         "and that staff know where ligature risks are.",
         "Complete the annual environmental ligature risk assessment for the Becton Centre and "
         "display the ligature heat map in the nursing office.",
         "Estates Compliance Manager; Ward Manager, Becton Centre", D(2019, 7, 1), None,
         "Assessment completed 24 July 2019; heat map displayed and covered at staff induction.",
         "Ligature assessment July 2019", "B", my),
    ]
    section(5, "MUST DO \u2013 Specialist community mental health services for children and young people")
    section(13, "SHOULD DO \u2013 Child and adolescent mental health wards (Becton Centre)")
    for (r, ref, req, act, lead, tgt, rev, prog, ev, rag, fmt) in rows:
        vals = [ref, req, act, lead, tgt, rev, prog, ev, rag]
        for ci, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=ci, value=v)
            c.alignment = WRAP
            c.border = BOX
            if ci in (5, 6) and v is not None:
                c.number_format = fmt
        rc = ws.cell(row=r, column=9)
        rc.fill = fill(RAGFILL[rag])
        rc.font = Font(bold=True, color="FFFFFF" if rag in "BR" else "000000")
        rc.alignment = Alignment(horizontal="center", vertical="top")
    # vertical merges of the requirement cell
    for a, b in [(6, 7), (8, 9), (10, 11), (15, 16)]:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)

    ws["A19"] = "RAG key"
    ws["A19"].font = Font(bold=True)
    key = [("B", "Complete \u2013 evidence received and signed off"),
           ("G", "On track to deliver by target date"),
           ("A", "Some risk to delivery \u2013 revised date agreed"),
           ("R", "Off track / will not be delivered without escalation")]
    for i, (k, txt) in enumerate(key):
        c = ws.cell(row=20 + i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=20 + i, column=2, value=txt)
    ws.freeze_panes = "A5"
    wb.save(out("am1-sheffield-childrens-nhsft-cqc-camhs-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Blackpool and The Fylde College - Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def make_blackpool():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    for k, v in {"A": 6, "B": 50, "C": 26, "D": 38, "E": 16, "F": 50, "G": 8}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Blackpool and The Fylde College \u2013 Post-Inspection Action Plan (PIAP) 2022/23"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Ofsted inspection: March 2022  |  Overall effectiveness: Good  |  "
                "Apprenticeships: Requires improvement")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Monitored by: Quality and Standards Committee.  Last updated: 16/01/2023 (JH)"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:G3")
    hdr = ["Ref", "Actions", "Lead", "Success measures / impact", "Target date",
           "Progress update (Jan 2023)", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")

    def afi(row, text):
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        c = ws.cell(row=row, column=1)
        c.font = Font(bold=True)
        c.fill = fill("F2F2F2")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 32

    GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
    afi(6, "Area for improvement 1: Leaders and managers should ensure that apprentices' "
           "off-the-job training is well planned and coordinated with what apprentices learn at "
           "work, so that they develop substantial new knowledge, skills and behaviours.")
    afi(10, "Area for improvement 2: Leaders should ensure that apprentices receive useful "
            "feedback on their work and that tutors and employers track apprentices' progress "
            "accurately from their starting points.")
    afi(13, "Area for improvement 3: Leaders should make sure that apprentices are well prepared "
            "for their end-point assessment and that more apprentices achieve within the planned "
            "timescale.")
    # row 16 blank
    afi(17, "Area for improvement 4: Leaders and managers should ensure that students and "
            "apprentices develop a secure understanding of the risks of radicalisation and "
            "extremism relevant to where they live and work.")
    rows = [
        (7, "1.1",
         "Map the off-the-job training plan for each standard against the workplace activities "
         "agreed with employers at the tripartite review.",
         "Director of Apprenticeships",
         "All standards have an OTJ map signed by the employer; sample of 40 files checked by "
         "Quality.",
         D(2022, 10, 31), "dd/mm/yyyy",
         "Maps completed for all 38 standards; file sample in November found 36 of 40 fully "
         "signed.", GREEN),
        (8, "1.2",
         "Train all skills coaches in planning off-the-job activities that build new knowledge "
         "rather than repeat existing job tasks.",
         "Head of Apprenticeship Quality / Teaching & Learning Coaches",
         "Observations show coaches planning new learning in OTJ sessions.",
         "Autumn term 2022", None,
         "Two CPD sessions delivered (September and November); 61 of 68 coaches attended. "
         "Catch-up session for remaining staff in January.", AMBER),
        (9, "1.3",
         "Hold quarterly employer forums in engineering, construction and hospitality to agree how "
         "workplace tasks link to off-the-job content.",
         "AF / RT",
         "Employer feedback shows better understanding of OTJ requirements.",
         "Ongoing", None,
         "First forums held December 2022 (engineering and hospitality); construction forum "
         "rescheduled to February.", AMBER),
        (11, "2.1",
         "Introduce a single progress tracker in Smart Assessor showing each apprentice's starting "
         "point, planned progress and actual progress.",
         "Director of Apprenticeships",
         "Tracker used in every progress review; employers can see progress.",
         D(2022, 9, 30), "dd/mm/yyyy",
         "Live since September 2022 for all new starts; existing apprentices migrated by "
         "31 October.", GREEN),
        (12, "2.2",
         "Quality team to sample written feedback on apprentices' work each half term and share "
         "findings at curriculum team meetings.",
         "Quality Manager (Apprenticeships)",
         "90% of sampled feedback judged developmental.",
         "Each half term", None,
         "Autumn samples complete: 71% of feedback judged developmental. Focus for spring is "
         "construction.", AMBER),
        (14, "3.1",
         "Introduce mock end-point assessments at least three months before gateway for all "
         "apprentices.",
         "Head of Apprenticeship Quality",
         "First-time EPA pass rate above 90%.",
         D(2023, 1, 1), "mmm-yy",
         "Mock EPAs in place for 24 standards; remaining 14 standards to follow by end of January.",
         AMBER),
        (15, "3.2",
         "Review all apprentices past their planned end date monthly, with a recovery plan agreed "
         "with the employer for each.",
         "Director of Apprenticeships; Curriculum Heads",
         "Timely achievement rate at or above national rate.",
         D(2023, 3, 31), "dd/mm/yyyy",
         "Monthly review meeting in place; apprentices past planned end date down from 142 to 97. "
         "Recovery plans not yet agreed for 31 apprentices.", RED),
        (18, "4.1",
         "Refresh the tutorial and progress review content on local risks of radicalisation and "
         "extremism, using the Lancashire Prevent priorities.",
         "Designated Safeguarding Lead",
         "Learner voice shows learners can name local risks.",
         D(2022, 12, 31), "dd/mm/yyyy",
         "New tutorial units in place from November; learner voice survey in December showed 83% "
         "could name a local risk.", GREEN),
        (19, "4.2",
         "Skills coaches to include a Prevent discussion at every apprentice progress review, "
         "recorded on Smart Assessor.",
         "Designated Safeguarding Lead / Skills Coach Team Leaders",
         "File sample shows Prevent discussed at 100% of reviews.",
         "Summer term 2023", None,
         "To start with spring term progress reviews.", None),
    ]
    for (r, ref, act, lead, meas, tgt, fmt, prog, rag) in rows:
        for ci, v in enumerate([ref, act, lead, meas, tgt, prog, None], start=1):
            c = ws.cell(row=r, column=ci, value=v)
            c.alignment = WRAP
            c.border = BOX
            if ci == 5 and fmt:
                c.number_format = fmt
        if rag:
            ws.cell(row=r, column=7).fill = fill(rag)

    ws["A21"] = "RAG key"
    ws["A21"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Green \u2013 action complete"),
                                   (AMBER, "Amber \u2013 in progress"),
                                   (RED, "Red \u2013 behind schedule / at risk")]):
        ws.cell(row=22 + i, column=1).fill = fill(col)
        ws.cell(row=22 + i, column=2, value=txt)
    wb.save(out("am1-blackpool-fylde-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. North Ayrshire - children at risk of harm joint inspection improvement plan (xlsx)
#    (one timescale typed 31/03/2052 for 31/03/2025: a data error)
# ---------------------------------------------------------------------------
def make_north_ayrshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    for k, v in {"A": 6, "B": 40, "C": 46, "D": 30, "E": 14, "F": 34, "G": 44, "H": 9}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = ("Joint Inspection of Services for Children and Young People at Risk of Harm in "
                "North Ayrshire \u2013 Improvement Plan 2024-25")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Approved by Chief Officers Group: 21 March 2024. Progress reported to North "
                "Ayrshire Child Protection Committee quarterly.")
    ws.merge_cells("A2:H2")
    hdr = ["No.", "Area for improvement (from inspection report)", "What we will do",
           "Lead officer", "Timescale", "How we will know (measure)", "Progress \u2013 June 2024",
           "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")

    def prio(row, text):
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        c = ws.cell(row=row, column=1)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")

    prio(5, "Priority 1: Quality and consistency of chronologies, assessments and plans")
    prio(9, "Priority 2: Participation of children, young people and families")
    prio(12, "Priority 3: Multi-agency self-evaluation and quality assurance")
    afi1 = ("Partners should improve the quality and consistency of chronologies, risk assessments "
            "and child's plans so that these reliably inform decision making.")
    afi2 = ("Partners should make sure that children, young people and their families are "
            "meaningfully involved in decisions about their lives, including at child protection "
            "planning meetings.")
    afi3 = ("The partnership should strengthen multi-agency quality assurance and self-evaluation "
            "so that it better understands the difference services make for children at risk of "
            "harm.")
    rows = [
        (6, "1.1", afi1,
         "Introduce a single multi-agency chronology template and guidance, agreed by social work, "
         "health, education and Police Scotland.",
         "Senior Manager, Child Protection (HSCP)", D(2024, 9, 30),
         "Template in use in all new child protection cases by October 2024.",
         "Draft template agreed at CPC Practice Sub-group 16 May 2024.", "Green"),
        (7, "1.2", None,
         "Deliver multi-agency training on analysis of risk and writing SMART child's plans to "
         "team leaders and senior practitioners.",
         "Learning and Development Lead, NACPC", D(2024, 12, 31),
         "80% of team leaders trained; audit shows improved quality of plans.",
         "Two sessions delivered (42 staff). Further dates set for September and November.",
         "Green"),
        (8, "1.3", None,
         "Quarterly multi-agency case file audit of chronologies, assessments and plans, using the "
         "Care Inspectorate quality framework.",
         "Senior Manager, Child Protection (HSCP); Lead Nurse, Child Protection", D(2024, 8, 31),
         "Audit findings reported to CPC each quarter.",
         "First audit of 20 cases planned for August 2024.", "Amber"),
        (10, "2.1", afi2,
         "Extend the Mind of My Own app to all children subject to a child protection plan so "
         "they can share their views before meetings.",
         "Service Manager, Children and Families", D(2024, 10, 31),
         "75% of children aged 8+ give views before their child protection planning meeting.",
         "Licences purchased; roll-out to Irvine and Kilwinning teams in July.", "Green"),
        (11, "2.2", None,
         "Develop with The Promise Keepers group a family-friendly guide to child protection "
         "planning meetings, and offer independent advocacy to every family.",
         "Participation and Rights Officer", D(2052, 3, 31),
         "Feedback from families shows they understood the meeting and felt listened to.",
         "Young people's group has met twice; advocacy provider identified.", "Amber"),
        (13, "3.1", afi3,
         "Agree a multi-agency performance framework for children at risk of harm, reported to "
         "the CPC and Chief Officers Group each quarter.",
         "Chair, CPC Performance and Quality Sub-group", D(2024, 9, 30),
         "Framework approved; quarterly report presented to COG.",
         "Indicator set drafted with Police Scotland and NHS Ayrshire & Arran analysts.", "Green"),
        (14, "3.2", None,
         "Carry out an annual multi-agency self-evaluation, including the views of staff, "
         "children and families, to inform the next improvement plan.",
         "Chief Social Work Officer", D(2025, 3, 31),
         "Self-evaluation report completed and shared with Chief Officers.",
         "Planning to begin in autumn 2024.", ""),
    ]
    for (r, no, afi, act, lead, ts, meas, prog, rag) in rows:
        for ci, v in enumerate([no, afi, act, lead, ts, meas, prog, rag or None], start=1):
            c = ws.cell(row=r, column=ci, value=v)
            c.alignment = WRAP
            c.border = BOX
            if ci == 5:
                c.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=8).fill = fill({"Green": "92D050", "Amber": "FFC000"}[rag])
    for a, b in [(6, 8), (10, 11), (13, 14)]:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    wb.save(out("am1-north-ayrshire-children-at-risk-joint-inspection-improvement-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 4. Lincolnshire Police - national child protection inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_lincolnshire():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Lincolnshire Police \u2013 National Child Protection Inspection Action Plan", 0)
    doc.add_paragraph(
        "HMICFRS inspected the force's child protection arrangements in September 2018 and "
        "published its report in February 2019. This plan sets out the force's response to the "
        "recommendations. It is monitored monthly by the Public Protection Board, chaired by the "
        "Head of Crime, and progress is reported to the Police and Crime Commissioner.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, t in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_cell(c, t, bold=True)
    for v in [("1.0", "01/03/2019", "DI Public Protection Unit", "First version submitted to HMICFRS"),
              ("1.2", "10/05/2019", "DI Public Protection Unit", "April updates added"),
              ("1.3", "14/06/2019", "DI Public Protection Unit", "June updates; rec 3 escalated")]:
        cells = dc.add_row().cells
        for c, t in zip(cells, v):
            set_cell(c, t)

    hdr = ["No.", "HMICFRS recommendation", "Action", "Action owner", "Target date",
           "Update (June 2019)", "RAG"]
    groups = [
        ("Recommendations \u2013 immediate", [
            ("Recommendation 1: Ensure that all child protection investigation teams are staffed to "
             "the agreed establishment, so that investigations are allocated promptly to officers "
             "with the right skills.", [
                ("1.1", "Fill all vacant detective constable posts in the Child Abuse Investigation "
                        "Units through the January 2019 transfer window and the direct entry "
                        "detective scheme.",
                 "Det Supt Crime", "31/01/2019",
                 "All 11 vacancies filled by 28 January 2019. Four officers still completing "
                 "ICIDP and are supervised by experienced DSs.", "Complete"),
                ("1.2", "Introduce a weekly resourcing meeting to review workloads across the Child "
                        "Abuse Investigation Units and move resources to where demand is highest.",
                 "DCI Public Protection", "Ongoing",
                 "Meeting in place since February 2019; caseloads now reported to the Public "
                 "Protection Board.", "Green"),
            ]),
            ("Recommendation 2: Reduce the backlog of visits to registered sex offenders and make "
             "sure visits take place at the frequency set by their risk level.", [
                ("2.1", "Appoint a dedicated DI to oversee the MOSOVO team and report overdue "
                        "visits to the Public Protection Board each month.",
                 "Det Supt Crime", "Feb 2019",
                 "DI in post from 4 February 2019; monthly exception report in place.", "Complete"),
                ("2.2", "Clear all overdue home visits to very high and high risk registered sex "
                        "offenders, then to medium and low risk offenders.",
                 "DI MOSOVO / Neighbourhood Policing Inspectors", "30/04/2019",
                 "All very high and high risk visits up to date. 22 medium risk visits still "
                 "overdue and scheduled for July.", "Amber"),
            ]),
        ]),
        ("Recommendations \u2013 within three months", [
            ("Recommendation 3: Make sure that referrals about online child sexual abuse and "
             "indecent images of children are risk assessed and acted on without delay.", [
                ("3.1", "Use the KIRAT risk assessment tool for every NCA/CEOP referral within "
                        "24 hours of receipt.",
                 "DI Online Child Abuse Investigation Team", "31 March 2019",
                 "KIRAT in use from 11 March 2019; 100% of referrals in April and May assessed "
                 "within 24 hours.", "Complete"),
                ("3.2", "Agree a maximum time from referral to warrant for high-risk cases and "
                        "report performance monthly.",
                 "DI Online Child Abuse Investigation Team", "End of May 2019",
                 "Standard of 28 days agreed; current average 41 days because of the digital "
                 "forensics backlog. Escalated to Head of Crime.", "Red"),
            ]),
            ("Recommendation 4: Improve how officers record the views, feelings and behaviour of "
             "children at incidents, including domestic abuse incidents where children are present.", [
                ("4.1", "Add a mandatory 'voice of the child' field to the domestic abuse (DASH) "
                        "record on Niche.",
                 "Niche Systems Manager", "June 2019",
                 "Change request approved; go-live planned for 24 June 2019.", "Green"),
                ("4.2", "Deliver 'voice of the child' training to all response and neighbourhood "
                        "officers on the Protecting Vulnerable People training day.",
                 "Learning & Development Manager", "30/09/2019",
                 "Training day running since April; 46% of frontline officers trained.", "Green"),
            ]),
        ]),
        ("Recommendations \u2013 within six months", [
            ("Recommendation 5: Review arrangements for children detained in custody overnight and "
             "work with the local authority to secure alternative accommodation when charged "
             "children are refused bail.", [
                ("5.1", "Agree a joint protocol with Lincolnshire County Council for the transfer "
                        "of children charged and refused bail to local authority accommodation.",
                 "Chief Inspector Custody; Head of Children's Services, LCC", "31/08/2019",
                 "Draft protocol discussed at the Lincolnshire Safeguarding Children Partnership "
                 "in May; sign-off expected July.", "Green"),
                ("5.2", "Custody inspector to review every overnight detention of a child and "
                        "record why a transfer to local authority accommodation did not happen.",
                 "Chief Inspector Custody", "Monthly",
                 "Reviews in place since March. Nine overnight detentions in April to June; two "
                 "children transferred.", "Green"),
            ]),
        ]),
    ]
    ragfill = {"Complete": "8EAADB", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    for heading, recs in groups:
        doc.add_heading(heading, 2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        repeat_header(t.rows[0])
        for rec, acts in recs:
            first = None
            for (no, act, owner, tgt, upd, rag) in acts:
                cells = t.add_row().cells
                set_cell(cells[0], no)
                set_cell(cells[2], act)
                set_cell(cells[3], owner)
                set_cell(cells[4], tgt)
                set_cell(cells[5], upd)
                set_cell(cells[6], rag)
                shade(cells[6], ragfill[rag])
                if first is None:
                    first = cells[1]
                    set_cell(first, rec)
                else:
                    first = first.merge(cells[1])
        doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: Complete \u2013 action delivered and evidenced; Green \u2013 on track; "
        "Amber \u2013 some slippage, recovery in hand; Red \u2013 off track, escalated to the "
        "Public Protection Board.")
    doc.save(out("am1-lincolnshire-police-ncpi-child-protection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Gwynedd and Ynys Mon YJS - HMI Probation inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_gwynedd():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Gwynedd and Ynys M\u00f4n Youth Justice Service: HMI Probation Inspection "
                    "Improvement Plan 2024\u201325", 1)
    doc.add_paragraph(
        "HM Inspectorate of Probation inspected the service in late 2023 and published its report "
        "on 12 March 2024. The service was rated 'Good' overall; resettlement policy and provision "
        "was rated 'Requires improvement'. The inspectorate made recommendations for the "
        "Management Board and for the Head of Service. This plan was agreed by the Management "
        "Board and is reviewed at each board meeting.")
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress update \u2013 September 2024", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "BF8F00")
    repeat_header(t.rows[0])

    def band(text, colour, bold=True):
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, text, bold=bold)
        shade(m, colour)

    ragfill = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Not started": "FFFFFF"}

    def act(ref, text, lead, when, prog, rag):
        cells = t.add_row().cells
        for c, v in zip(cells, [ref, text, lead, when, prog, rag]):
            set_cell(c, v)
        shade(cells[5], ragfill[rag])

    band("Recommendations for the Management Board", "FFE699")
    band("1. Strengthen the link between the Management Board and frontline practitioners, so that "
         "board members understand the work of the service and practitioners understand the "
         "board's priorities.", "FFF2CC", bold=False)
    act("1.1", "Board members to attend a YJS team meeting at least twice a year and take part in "
               "an annual practice development day.",
        "Chair of Management Board", "31.03.25",
        "Two board members attended the July team meeting; development day booked for "
        "15 November.", "Green")
    act("1.2", "Publish a short bilingual board bulletin for staff after each board meeting.",
        "YJS Business Support Manager", "Quarterly",
        "First bulletin issued in June 2024 in Welsh and English; second in September.", "Green")
    band("2. Update the resettlement policy and make sure partners provide the accommodation, "
         "education and health services children need on release from custody.", "FFF2CC",
         bold=False)
    act("2.1", "Rewrite the resettlement policy with input from children with experience of custody "
               "and from the secure estate.",
        "Head of YJS", "Sept 2024",
        "Policy approved by the Management Board on 19 September 2024.", "Complete")
    act("2.2", "Agree an accommodation pathway with Gwynedd and Anglesey housing services so that "
               "suitable accommodation is identified at least four weeks before release.",
        "Head of Housing (Gwynedd) / Head of Housing Services (Anglesey)", "December 2024",
        "Draft pathway shared with both councils; joint workshop held 3 September.", "Amber")
    band("Recommendations for the Head of Service", "FFE699")
    band("3. Improve the quality of assessment and planning for keeping children safe and for "
         "managing the risk of harm they may present to others.", "FFF2CC", bold=False)
    act("3.1", "Deliver refresher training on AssetPlus safety and wellbeing and risk of harm "
               "assessments to all case managers.",
        "Practice Development Manager", "30.06.24",
        "Training delivered to all 14 case managers in May and June 2024.", "Complete")
    act("3.2", "Introduce monthly management oversight audits of safety and wellbeing and risk of "
               "harm plans, with findings reported to the Board.",
        "Team Managers (Caernarfon and Llangefni)", "Ongoing",
        "Audits started July 2024; 62% of plans judged sufficient in the first round.", "Amber")
    band("4. Make sure that contingency planning is clear and is shared with partner agencies.",
         "FFF2CC", bold=False)
    act("4.1", "Add a contingency planning section to all intervention plans and share plans with "
               "social care and education through the multi-agency risk meeting.",
        "Team Managers (Caernarfon and Llangefni)", "31.10.24",
        "Template changed in August 2024. Sharing with partners to be checked in the October "
        "audit.", "Green")
    act("4.2", "Review the out-of-court disposal panel terms of reference so that safety planning "
               "is discussed for every child.",
        "Head of YJS & North Wales Police Youth Justice Sergeant", "Jan 2025",
        "", "Not started")
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action finished; Green = on track; Amber = some slippage; "
                      "Red = off track; Not started.")
    doc.save(out("am1-gwynedd-mon-yjs-hmip-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Oakhill STC - improvement action plan tracker export (csv)
# ---------------------------------------------------------------------------
def make_oakhill():
    r1 = ("Urgently establish staffing levels that provide effective care for children, and make "
          "sure that staff are well supported.")
    r2 = "Make sure that children have a full daily routine, including full-time face-to-face education."
    r3 = ("Managers should urgently review the behaviour incentive scheme and make sure that staff "
           "apply it consistently and fairly for all children.")
    r4 = "Take effective action to address the high temperatures on living units and other areas of the centre."
    rows = [
        ["Oakhill Secure Training Centre \u2013 Improvement Action Plan following the joint "
         "monitoring visit (September 2021)", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Recommendation", "Action", "Owner", "Due date", "Revised due date", "RAG", "Update"],
        ["1.1", r1,
         "Recruit 30 additional residential operatives through a rolling campaign, with two "
         "induction cohorts before Christmas.",
         "HR Business Partner", "30/11/2021", "31/01/2022", "Amber",
         "Cohort 1 (14 staff) started 1 November. Cohort 2 moved to January because of vetting "
         "delays."],
        ["1.2", "",
         "Daily staffing meeting to agree deployment across houses; any shortfall escalated to the "
         "duty director.",
         "Deputy Director (Operations)", "Ongoing", "", "Green",
         "In place from 18 October 2021. Minimum staffing met on 26 of 30 days in November."],
        ["1.3", "",
         "Introduce monthly supervision for all residential staff and promote the Employee "
         "Assistance Programme.",
         "Head of Care", "31/12/2021", "", "Green",
         "Supervision schedule issued; 68% of staff supervised in November."],
        ["2.1", r2,
         "Restore the full education timetable of 25 hours per week for every child.",
         "Head of Education", "30/11/2021", "", "Red",
         "Average 17 hours per child in November because of teacher vacancies. Agency teachers "
         "being sourced."],
        ["2.2", "",
         "Publish a weekly activity timetable for each house, agreed with children at house "
         "meetings.",
         "Head of Care / Head of Education", "31/10/2021", "", "Complete",
         "Timetables displayed on every house from 25 October."],
        ["3.1", r3,
         "Review the incentive scheme with children through the children's council and relaunch "
         "it with staff briefings.",
         "Head of Care", "15/12/2021", "", "Amber",
         "Children's council consulted on 30 November; revised scheme drafted."],
        ["3.2", "",
         "Audit 20 incentive level decisions each month for consistency and fairness, including "
         "by ethnicity.",
         "Quality Assurance Manager", "Monthly", "", "Green",
         "October and November audits complete; findings shared at the senior leadership meeting."],
        ["4.1", r4,
         "Install mobile cooling units on all houses and in the education block as an interim "
         "measure.",
         "Facilities Manager", "30/09/2021", "", "Complete",
         "Units installed 24 September 2021; temperatures logged daily."],
        ["4.2", "",
         "Submit a capital bid to the Youth Custody Service for permanent ventilation works.",
         "Centre Director", "31/03/2022", "", "Amber",
         "Bid submitted 12 November; decision expected at the YCS capital panel in January."],
        ["", "", "", "", "", "", "", ""],
        ["Key: Complete = closed and evidenced; Green = on track; Amber = at risk; Red = off track",
         "", "", "", "", "", "", ""],
    ]
    with open(out("am1-oakhill-stc-improvement-action-plan.csv"), "w", newline="",
              encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Harmeny Education Trust - Care Inspectorate improvement plan (txt, tab-separated)
#    (one timescale typed "Septmber 2024": a data error)
# ---------------------------------------------------------------------------
def make_harmeny():
    lines = [
        "Harmeny Education Trust \u2013 Care Inspectorate Improvement Plan (Residential Care)",
        "Service: Harmeny School \u2013 care home service for children and young people, Balerno",
        "Unannounced inspection 5\u20137 February 2024. Plan agreed with the inspector 28 March 2024. "
        "Updated 3 June 2024.",
        "",
        "No.\tRequirement / area for improvement\tAction\tResponsible\tTimescale\tStatus\tUpdate",
        "REQUIREMENTS",
        "1.1\tBy 30 April 2024, the provider must ensure that each child's personal plan and risk "
        "assessments are reviewed at least every six months and whenever their needs change.\t"
        "Review every child's personal plan and risk assessment with the child and their key "
        "worker.\tHead of Care\t30/04/2024\tComplete\tAll 24 plans reviewed by 26 April 2024.",
        "1.2\t\tIntroduce a monthly audit of personal plans by the depute head of care.\t"
        "Depute Head of Care\tMonthly\tOn track\tMay audit completed; two plans returned for "
        "update.",
        "2.1\tBy 31 May 2024, the provider must ensure that all staff complete child protection "
        "training appropriate to their role and that this is refreshed annually.\tAll care staff "
        "to complete Level 2 child protection training; senior staff Level 3.\tTraining and "
        "Development Officer\t31/05/2024\tComplete\t97% complete; two staff on long-term leave "
        "to complete on return.",
        "2.2\t\tAdd child protection refresher dates to the training matrix and report overdue "
        "training to the senior leadership team.\tTraining and Development Officer / HR Manager"
        "\tSeptmber 2024\tOn track\tMatrix updated; first report due in August.",
        "AREAS FOR IMPROVEMENT",
        "3.1\tTo support children's wellbeing, the provider should make sure that children are "
        "involved in planning house activities and menus.\tHold a house meeting in each house "
        "every fortnight, with minutes shared with children.\tHouse Team Leaders\tOngoing\tOn "
        "track\tHouse meetings running in all four houses since March.",
        "4.1\tThe provider should ensure that records of restraint include a debrief with the "
        "child and that learning is reviewed by managers.\tRevise the physical intervention "
        "record to include a child debrief section; managers review every record within 72 "
        "hours.\tHead of Care; Depute Head of Care\t31/07/2024\tOn track\tNew form in use from "
        "May; review within 72 hours in 18 of 21 incidents.",
        "4.2\t\tQuarterly analysis of restraint trends presented to the Board of Trustees.\t"
        "Chief Executive\tOctober 2024\tNot started\tFirst report to the October Board meeting.",
    ]
    with open(out("am1-harmeny-education-trust-care-inspectorate-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_sheffield()
    make_blackpool()
    make_north_ayrshire()
    make_lincolnshire()
    make_gwynedd()
    make_oakhill()
    make_harmeny()
    print("done")
