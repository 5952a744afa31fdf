"""Generator for the al1- cases of heldout72 (blind corpus).

Run with /work/main/.venv/bin/python al1_make.py ; it writes the seven document files
beside this script. The .expected.yaml files are written by hand, not by this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", fgColor=hex_, bgColor=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Edge Hill University - apprenticeships post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def edge_hill():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    widths = [7, 38, 52, 26, 11, 11, 34, 52, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws["A1"] = "Edge Hill University \u2013 Apprenticeships Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Ofsted further education and skills inspection (apprenticeships), 7\u201310 February 2023. "
                "Overall effectiveness: Requires improvement.")
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Plan owner: Pro Vice-Chancellor (Academic)  |  Monitored by: Apprenticeships Quality Board (monthly) "
                "and Academic Board  |  Last updated: 12 June 2023")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:I3")

    hdr = ["Ref", "Area for improvement (Ofsted report)", "Action", "Lead", "Target date",
           "Revised date", "Success measure", "Progress update (June 2023)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BORDER

    rag_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Off track": RED, "Not started": None}

    # (theme, afi, [(ref, action, lead, target, revised, measure, progress, rag), ...])
    plan = [
        ("Quality of education", [
            ("Leaders should ensure that apprentices' starting points are accurately identified so that training "
             "builds on their existing knowledge, skills and behaviours.", [
                ("1.1", "Revise the initial assessment and skills scan for all standards so that prior learning is "
                        "recorded against each KSB and reviewed by the programme leader before the start date.",
                 "Head of Apprenticeships", d(2023, 4, 30), None,
                 "100% of new starters have a completed skills scan signed off before start.",
                 "New skills scan in use for all March and April starters. Sample of 40 checked by the Quality "
                 "team; 38 compliant.", "Complete"),
                ("1.2", "Use the outcomes of the skills scan to produce an individual training plan for each "
                        "apprentice, with adjusted off-the-job hours where prior learning is recognised.",
                 "Programme Leaders / Apprenticeship Compliance Manager", d(2023, 6, 30), d(2023, 9, 30),
                 "Training plans reflect prior learning; ESFA audit sample shows no exceptions.",
                 "Templates agreed. Retrospective plans for existing apprentices on the Nursing Associate and "
                 "Police Constable programmes are taking longer than planned; revised date agreed at AQB in May.",
                 "Delayed"),
                ("1.3", "Train all apprenticeship tutors in recording and reviewing starting points through the "
                        "new process.",
                 "Academic Development Lead", d(2023, 5, 31), None,
                 "All tutors trained.",
                 "Four sessions delivered; 86% of tutors attended, remaining staff booked for June.",
                 "On track"),
            ]),
            ("Leaders should ensure that tutors and employers plan and coordinate on- and off-the-job training so "
             "that apprentices can apply new learning in the workplace.", [
                ("2.1", "Introduce three-way progress reviews every 10\u201312 weeks with the apprentice, workplace "
                        "mentor and tutor, using a single review record.",
                 "Apprenticeship Compliance Manager", d(2023, 7, 31), None,
                 "90% of reviews held on time with employer present.",
                 "Review record built in the e-portfolio. 62% of reviews held on time in May (target 90%).",
                 "On track"),
                ("2.2", "Produce a mentor handbook and offer termly mentor briefings for each employer partner.",
                 "Head of Employer Partnerships", d(2023, 9, 30), None,
                 "Handbook issued; mentor attendance recorded.",
                 "First draft shared with NHS and police partners for comment.",
                 "On track"),
            ]),
        ]),
        ("Leadership and management", [
            ("Governors should receive more detailed information about the quality of apprenticeships so that "
             "they can hold leaders to account.", [
                ("3.1", "Add an apprenticeship quality dashboard (progress, off-the-job hours, review completion, "
                        "achievement) to each Board of Governors meeting.",
                 "Pro Vice-Chancellor (Academic)", d(2023, 7, 31), None,
                 "Board minutes show challenge on apprenticeship quality.",
                 "Dashboard presented in draft to the Audit and Risk Committee in May; feedback being "
                 "incorporated.",
                 "On track"),
                ("3.2", "Appoint a governor with responsibility for apprenticeships and arrange a briefing on the "
                        "education inspection framework.",
                 "University Secretary", d(2023, 3, 31), None,
                 "Link governor in place.",
                 "Link governor appointed March 2023; briefing held 29 March.",
                 "Complete"),
            ]),
        ]),
        ("Personal development", [
            ("Leaders should ensure that apprentices receive impartial careers information and advice about "
             "their next steps.", [
                ("4.1", "Include careers and progression planning in the final two progress reviews for every "
                        "apprentice.",
                 "Careers and Employability Manager", d(2023, 10, 31), None,
                 "Destination data collected for all completers.",
                 "Not yet started \u2013 planned for the new academic year.",
                 "Not started"),
                ("4.2", "Extend the Careers Service offer to apprentices through evening and online appointments.",
                 "Careers and Employability Manager", d(2023, 6, 30), d(2023, 8, 31),
                 "Apprentice take-up of careers appointments doubles.",
                 "Online booking is live; evening appointments delayed by staff vacancies.",
                 "Delayed"),
            ]),
        ]),
    ]

    r = 6
    for theme, afis in plan:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill(GREY)
            ws.cell(row=r, column=c).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            first = r
            for ref, action, lead, target, revised, measure, progress, rag in acts:
                vals = [ref, afi if r == first else None, action, lead, target, revised, measure, progress, rag]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BORDER
                    if c in (5, 6) and v is not None:
                        cell.number_format = "mmm-yy"
                rf = rag_fill[rag]
                if rf:
                    ws.cell(row=r, column=9).fill = fill(rf)
                ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for word, f, meaning in [("Complete", BLUE, "action fully implemented and evidenced"),
                             ("On track", GREEN, "progressing to target date"),
                             ("Delayed", AMBER, "target date missed; revised date agreed"),
                             ("Off track", RED, "at risk of not being delivered"),
                             ("Not started", None, "action not yet due to start")]:
        c1 = ws.cell(row=r, column=1, value=word)
        if f:
            c1.fill = fill(f)
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "al1-edge-hill-university-ofsted-apprenticeships-piap.xlsx"))


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
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 2. NHS Greater Glasgow and Clyde - HIS safe delivery of care improvement action plan (docx)
# ---------------------------------------------------------------------------
def nhs_ggc():
    doc = Document()
    landscape(doc)
    doc.add_heading("Improvement Action Plan", level=1)

    info = [("NHS board:", "NHS Greater Glasgow and Clyde"),
            ("Hospital:", "Royal Alexandra Hospital, Paisley"),
            ("Inspection:", "Safe delivery of care inspection (unannounced)"),
            ("Inspection date:", "17\u201319 October 2023"),
            ("Version:", "v3 \u2013 progress update for the Acute Services Committee, March 2024")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row().cells
        set_text(row[0], k, bold=True, size=10)
        set_text(row[1], v, size=10)
        shade(row[0], "DEEAF6")

    doc.add_paragraph()
    doc.add_paragraph(
        "Please note: this action plan has been agreed by the Director of Nursing (Acute) and is monitored "
        "through the Clyde Sector Clinical Governance Forum. The timescale is the date by which the board "
        "expects the action to be fully implemented. Progress is shown as at 29 February 2024.")

    cols = ["No.", "Action planned", "Timescale to meet action", "Responsibility for taking action",
            "Progress", "RAG"]
    plan = [
        ("Domain 4.1 \u2013 Pathways, procedures and policies", [
            ("Requirement 1: NHS Greater Glasgow and Clyde must ensure that all patient documentation, including "
             "food, fluid and skin care bundles, is accurately and consistently completed (see page 23).", [
                ("1.1", "Senior charge nurses to carry out weekly documentation audits in each ward using the Care "
                        "Assurance audit tool, with results discussed at the daily safety huddle.",
                 "31 December 2023", "Senior Charge Nurses / Lead Nurses",
                 "Weekly audits in place in all 22 inpatient wards since November. Compliance with food and fluid "
                 "charts has risen from 61% to 84%.", "G"),
                ("1.2", "Deliver refresher training on the completion of food, fluid and skin bundles to registered "
                        "nurses and healthcare support workers.",
                 "March 2024", "Practice Development Nurse",
                 "Training delivered to 71% of nursing staff to date; remaining sessions scheduled through March.",
                 "G"),
            ]),
            ("Requirement 2: NHS Greater Glasgow and Clyde must ensure that the environment and patient equipment "
             "is clean and ready for use, and that compliance is monitored (see page 19).", [
                ("2.1", "Reinstate the weekly joint domestic and nursing cleanliness checks for each ward, with "
                        "escalation of any score below 90% to the Facilities Manager.",
                 "30 November 2023", "Facilities Manager and Lead Nurses",
                 "Joint checks reinstated from 1 November 2023 and reported monthly to the Infection Control "
                 "Committee.", "B"),
                ("2.2", "Replace the damaged mattresses and commodes identified during the inspection and introduce "
                        "an equipment cleaning status label (\u201cI am clean\u201d).",
                 "Ongoing", "Clinical Service Manager",
                 "All damaged items identified during the inspection replaced. Labels in use in medical wards; "
                 "roll-out to surgical wards continues.", "A"),
            ]),
        ]),
        ("Domain 4.3 \u2013 Workforce planning, monitoring and deployment", [
            ("Requirement 3: NHS Greater Glasgow and Clyde must ensure that staff have completed mandatory "
             "training, including fire safety training, and that completion is monitored (see page 27).", [
                ("3.1", "Ward managers to produce a monthly report of mandatory training compliance from Turas Learn "
                        "and agree a protected learning plan for each member of staff below target.",
                 "31/01/2024", "Senior Charge Nurses",
                 "Reports produced monthly. Fire safety compliance 68% in January (target 90%); additional fire "
                 "sessions booked with the Fire Safety Adviser.", "A"),
                ("3.2", "Include mandatory training compliance in the monthly Sector performance review.",
                 "February 2024", "Chief Nurse, Clyde Sector",
                 "Included from the February 2024 review.", "B"),
            ]),
        ]),
        ("Domain 2 \u2013 Impact on people experiencing care, carers and families", [
            ("Requirement 4: NHS Greater Glasgow and Clyde must ensure that patients are treated with dignity and "
             "respect, and that their privacy is maintained when care is delivered in non-standard care areas "
             "(see page 15).", [
                ("4.1", "Review the use of the surge beds in the acute assessment unit and agree a standard "
                        "operating procedure for when additional beds can be used.",
                 "April 2024", "General Manager, Unscheduled Care",
                 "Draft SOP prepared and out for consultation with clinical teams.", "G"),
                ("4.2", "Install privacy screens in the surge area and ensure patients have access to a call bell "
                        "at all times.",
                 "Dec-23", "Estates Manager",
                 "Screens and portable call bells installed December 2023.", "B"),
            ]),
        ]),
    ]
    rag_hex = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for i, h in enumerate(cols):
        set_text(table.rows[0].cells[i], h, bold=True)
        shade(table.rows[0].cells[i], "B4C6E7")
    for domain, reqs in plan:
        row = table.add_row().cells
        m = row[0].merge(row[-1])
        set_text(m, domain, bold=True, size=10)
        shade(m, "D9D9D9")
        for req, acts in reqs:
            row = table.add_row().cells
            m = row[0].merge(row[-1])
            set_text(m, req, bold=True)
            shade(m, "F2F2F2")
            for ref, action, when, who, prog, rag in acts:
                row = table.add_row().cells
                for i, v in enumerate([ref, action, when, who, prog, rag]):
                    set_text(row[i], v)
                shade(row[5], rag_hex[rag])
                row[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph()
    doc.add_paragraph("RAG key: B \u2013 complete; G \u2013 on track; A \u2013 some risk to delivery; "
                      "R \u2013 not on track")
    doc.add_paragraph()
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Signed (Chief Executive)", "Name", "Date"]):
        set_text(s.rows[0].cells[i], h, bold=True, size=10)
    set_text(s.rows[1].cells[1], "", size=10)
    set_text(s.rows[1].cells[2], "06/03/2024", size=10)
    doc.save(os.path.join(HERE, "al1-nhs-ggc-his-rah-safe-delivery-of-care-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. HCPC - action plan responding to the PSA performance review (csv, Excel save-as)
# ---------------------------------------------------------------------------
def hcpc():
    n = 8
    s15 = ("Standard 15: The regulator's process for examining and investigating cases is fair, proportionate, "
           "deals with cases as quickly as is consistent with a fair resolution of the case and ensures that "
           "appropriate evidence is available to support decision-makers to reach a fair decision that protects "
           "the public at each stage of the process")
    s16 = ("Standard 16: The regulator ensures that all decisions are made in accordance with its processes, are "
           "proportionate, consistent and fair, take account of the statutory objectives, the regulator's standards "
           "and the relevant case law and prevent unnecessary harm")
    s17 = ("Standard 17: The regulator identifies and prioritises all cases which suggest a serious risk to the "
           "safety or wellbeing of the public and seeks interim orders where appropriate")
    s18 = ("Standard 18: All parties to a fitness to practise case are kept updated on the progress of their case "
           "and supported to participate effectively in the process")
    rows = [
        ["HCPC action plan \u2013 response to the Professional Standards Authority Performance Review 2019-20"]
        + [""] * (n - 1),
        ["Progress as at 31 August 2021. Reported to Council on 23 September 2021"] + [""] * (n - 1),
        [""] * n,
        ["Standard", "PSA concern", "Ref", "Action", "Lead", "Due date", "Status", "Progress update"],
        [s15, "Cases take too long to progress through investigation and the HCPC does not have robust plans to "
              "reduce the age of its caseload", "15.1",
         "Introduce case progression targets for each stage of the investigation, with weekly caseload review "
         "meetings for cases over 52 weeks old", "Head of Case Management", "30/06/2021", "Complete",
         "Targets set and weekly reviews running since April 2021. Cases over 52 weeks old reduced from 341 to 257."],
        ["", "", "15.2", "Recruit 12 additional case managers and 4 investigations officers under the FTP "
                         "improvement plan", "Director of Fitness to Practise", "30/09/2021", "On track",
         "10 case managers in post; remaining posts at offer stage."],
        ["", "", "15.3", "Implement phase 2 of the new case management system, including automated reminders for "
                         "overdue actions", "Head of Business Change / Head of IT", "Q3 2021-22", "Amber",
         "Go-live moved from September to November 2021 following user acceptance testing."],
        [s16, "Decisions at the triage and Investigating Committee Panel stages were not always consistent and the "
              "reasons were not always recorded", "16.1",
         "Deliver decision-making training for all case managers and ICP panellists, using case examples from the "
         "PSA audit", "Head of FTP Quality and Compliance", "31/07/2021", "Complete",
         "Training delivered to 84 staff and 112 panellists between May and July 2021."],
        ["", "", "16.2", "Establish a quality assurance team to audit a monthly sample of closure decisions and "
                         "feed back learning to case teams", "Head of FTP Quality and Compliance", "Dec-21",
         "On track", "QA framework approved by the Executive Leadership Team in July; two QA officers appointed."],
        [s17, "Risk assessments were not always completed, or updated when new information was received", "17.1",
         "Make the risk assessment a mandatory step in the case management system at receipt and at every change "
         "of case stage", "Head of Case Management", "31/10/2021", "Amber",
         "Build complete; testing delayed by the system release schedule."],
        ["", "", "17.2", "Introduce a weekly interim orders review meeting to consider all cases flagged as high "
                         "risk", "DS / RO", "August 2021", "Complete",
         "Meeting in place since 2 August 2021; terms of reference agreed."],
        [s18, "Complainants and registrants were not kept informed of the progress of their case and some did not "
              "receive the support they needed", "18.1",
         "Introduce a service standard of contact with all parties at least every six weeks, monitored through the "
         "case management system", "Head of Case Management", "30/11/2021", "On track",
         "Service standard agreed; monitoring report being built."],
        ["", "", "18.2", "Commission an independent support service for witnesses and registrants attending "
                         "hearings", "Head of Adjudication", "March 2022", "Not started",
         "Procurement will begin in October 2021 once the 2022-23 budget is confirmed."],
        [""] * n,
        ["Status key: Complete = action delivered; On track = will be delivered by the due date; Amber = risk to "
         "the due date; Red = due date will not be met"] + [""] * (n - 1),
    ]
    with open(os.path.join(HERE, "al1-hcpc-psa-performance-review-action-plan.csv"), "w", newline="",
              encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 4. Tullygarvan Primary School - action plan following ETI inspection (docx)
# ---------------------------------------------------------------------------
def tullygarvan():
    doc = Document()
    landscape(doc)
    doc.add_heading("Tullygarvan Primary School: Action Plan following ETI Inspection (May 2024)", level=1)
    p = doc.add_paragraph("Submitted by the Board of Governors to the Department of Education, September 2024")
    p.runs[0].italic = True
    doc.add_paragraph(
        "The Board of Governors welcomes the report of the Education and Training Inspectorate and thanks the "
        "staff, children and parents for their contribution to the inspection. The report identified two areas "
        "for improvement. This plan sets out the actions the school will take to address them. Progress will "
        "be reviewed at each meeting of the Board of Governors and the plan will be updated termly.")
    doc.add_paragraph(
        "Progress key (cell shading): Blue \u2013 completed; Green \u2013 on track; Amber \u2013 some slippage; "
        "Red \u2013 significant concern. Unshaded \u2013 not yet started.")

    cols = ["Actions", "Person(s) responsible", "Timescale", "Success criteria", "Monitoring and evaluation",
            "Progress"]
    afis = [
        ("Area for improvement 1: To embed the recently revised approaches to the teaching of writing, to improve "
         "further the quality of the children's extended writing across the key stages.", [
            ("Whole-staff training on the agreed writing process (plan, draft, edit, publish), delivered by the "
             "Literacy Co-ordinator with support from the Education Authority literacy adviser.",
             "Literacy Co-ordinator", "September 2024",
             "All teaching staff use the agreed process consistently.",
             "Minutes of staff development day; lesson observations.", "5B9BD5"),
            ("Introduce a whole-school extended writing task each half term, moderated by key stage teams against "
             "agreed success criteria.",
             "Key Stage Co-ordinators", "Autumn term 2024",
             "At least 80% of children meet the success criteria for their year group.",
             "Moderation records; writing tracker.", "00B050"),
            ("Create a portfolio of moderated writing samples for each year group to show expected standards.",
             "Literacy Co-ordinator and class teachers", "Spring term 2025",
             "Portfolio in use for moderation and shared with parents.",
             "Review of portfolio by the Principal.", "00B050"),
            ("Principal and Literacy Co-ordinator to monitor a sample of writing books each term and report to the "
             "Board of Governors.",
             "Principal", "Termly",
             "Governors receive termly evidence of improvement.",
             "Book scrutiny notes; Principal's report to governors.", "00B050"),
        ]),
        ("Area for improvement 2: To develop the use of assessment information to identify and plan for the "
         "children who need additional support with numeracy, and to track their progress over time.", [
            ("Analyse PIPS and standardised numeracy assessment data for every class and identify children "
             "performing below expectation.",
             "Numeracy Co-ordinator", "October 2024",
             "Class lists of children requiring support agreed for P1\u2013P7.",
             "Data analysis presented to staff.", "5B9BD5"),
            ("Introduce a termly pupil progress meeting between each class teacher, the SENCo and the "
             "Vice-Principal to agree targeted support.",
             "Vice-Principal / SENCo", "November 2024",
             "Every identified child has a support plan reviewed each term.",
             "Pupil progress meeting records.", "00B050"),
            ("Provide small-group numeracy intervention (Numicon and Power of 2) for identified children in "
             "P4\u2013P7, delivered by classroom assistants.",
             "SENCo", "January \u2013 June 2025",
             "Children in intervention groups show measurable gains in standardised scores.",
             "Pre- and post-intervention assessments.", "FFC000"),
            ("Update the school's assessment policy to include the tracking of intervention outcomes.",
             "Vice-Principal", "June 2025",
             "Revised policy ratified by the Board of Governors.",
             "Board of Governors minutes.", None),
        ]),
    ]
    for afi, acts in afis:
        h = doc.add_paragraph()
        run = h.add_run(afi)
        run.bold = True
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, c in enumerate(cols):
            set_text(t.rows[0].cells[i], c, bold=True)
            shade(t.rows[0].cells[i], "E2EFDA")
        for action, who, when, sc, mon, colour in acts:
            row = t.add_row().cells
            for i, v in enumerate([action, who, when, sc, mon, ""]):
                set_text(row[i], v)
            if colour:
                shade(row[5], colour)
        doc.add_paragraph()

    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_text(s.rows[0].cells[0], "Signed: Chairperson, Board of Governors", bold=True, size=10)
    set_text(s.rows[0].cells[1], "Signed: Principal", bold=True, size=10)
    set_text(s.rows[1].cells[0], "Date: 17/09/2024", size=10)
    set_text(s.rows[1].cells[1], "Date: 17/09/2024", size=10)
    doc.save(os.path.join(HERE, "al1-tullygarvan-primary-school-eti-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. COPFS - action plan responding to an IPS thematic review (tab-separated text export)
# ---------------------------------------------------------------------------
COPFS_LINES = [
    "Crown Office and Procurator Fiscal Service",
    "Action plan in response to HM Inspectorate of Prosecution in Scotland: Thematic review of the "
    "investigation of deaths (published March 2024)",
    "Status as at 30 September 2024",
    "",
    "Recommendation\tRef\tAction\tAction owner\tTarget date\tStatus\tUpdate",
    "Recommendation 1: COPFS should ensure that nearest relatives are contacted within the timescales set out "
    "in the Family Liaison Charter and that all contact is recorded on the case management system.\t1.1\t"
    "Issue revised guidance to SFIU staff on initial contact with nearest relatives, including a template first "
    "letter.\tHead of SFIU\tJune 2024\tComplete\tGuidance issued to all SFIU teams on 3 June 2024.",
    "\t1.2\tAdd a mandatory field for contact with nearest relatives to the case management system, with a "
    "reminder at 28 days.\tHead of Digital Services\tDecember 2024\tOn track\tSpecification agreed; build "
    "scheduled for the November release.",
    "Recommendation 2: COPFS should reduce the number of death investigations that have been open for more "
    "than two years.\t2.1\tEstablish a dedicated team to review every investigation open for more than two "
    "years and agree a case plan for each.\tDeputy Head of SFIU\tOctober 2024\tOn track\tTeam in place from "
    "August; 96 of 143 cases reviewed to date.",
    "\t2.2\tReport the number and age of open investigations to the Operational Performance Board every "
    "month.\tHead of Performance\tJuly 2024\tComplete\tMonthly reporting started in July 2024.",
    "Recommendation 3: COPFS should improve the quality and consistency of reports to Crown Counsel in deaths "
    "cases.\t3.1\tIntroduce a revised report template and a quality checklist for all reports to Crown "
    "Counsel.\tHead of SFIU\tMarch 2025\tOn track\tDraft template being tested by the West team.",
    "\t3.2\tDeliver training on report writing to all legal staff in SFIU.\tHead of Legal Learning\t"
    "March 2025\tNot started\tTraining to be designed once the template is agreed.",
    "Recommendation 4: COPFS should agree with Police Scotland a joint protocol for the early exchange of "
    "information in deaths investigations.\t4.1\tAgree and publish a joint protocol with Police Scotland.\t"
    "Deputy Crown Agent, Local Court\tDecember 2024\tAmber\tDraft protocol with Police Scotland for "
    "comment; sign-off likely to slip into the new year.",
    "",
    "Status: Complete / On track / Amber (some risk to target date) / Red (target date will not be met) / "
    "Not started",
]


def copfs():
    with open(os.path.join(HERE, "al1-copfs-ips-deaths-investigation-thematic-review-action-plan.txt"), "w",
              encoding="utf-8", newline="\r\n") as fh:
        for line in COPFS_LINES:
            fh.write(line + "\n")


# ---------------------------------------------------------------------------
# 6. Liverpool City Region Combined Authority - auditor's annual report management action plan (xlsx)
# ---------------------------------------------------------------------------
def lcrca():
    wb = Workbook()
    ws = wb.active
    ws.title = "AAR 2023-24 actions"
    for col, w in zip("ABCDEFGHI", [8, 12, 50, 50, 28, 13, 13, 11, 48]):
        ws.column_dimensions[col].width = w
    ws["A1"] = ("Liverpool City Region Combined Authority \u2013 External Auditor's Annual Report 2023/24: "
                "Management Action Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reported to the Audit and Governance Committee, 14 November 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["Rec No.", "Type", "Recommendation", "Management response / agreed action", "Responsible officer",
           "Original target date", "Revised target date", "Status", "Update (November 2024)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": None}
    rows = [
        ("Financial sustainability", None),
        (None, ("IR1", "Improvement",
                "The Combined Authority should strengthen the link between the medium-term financial plan and the "
                "capital programme, showing the revenue cost of borrowing over the life of each scheme.",
                "The 2025/26 budget report will include a ten-year capital financing projection aligned to the "
                "MTFP, and the Capital Strategy will be refreshed.",
                "Executive Director of Corporate Services", d(2025, 3, 31), None, "Green",
                "Capital financing model built; Capital Strategy refresh on the February 2025 Combined Authority "
                "agenda.")),
        (None, ("IR2", "Improvement",
                "Savings plans should be reported to members with clear delivery milestones and the level of risk "
                "attached to each saving.",
                "A savings delivery schedule is now reported quarterly to the Finance and Resources Committee.",
                "Director of Finance", d(2024, 9, 30), None, "Complete",
                "First quarterly report presented in September 2024.")),
        ("Governance", None),
        (None, ("KR1", "Key",
                "The Combined Authority should embed its risk management framework so that directorate risk "
                "registers are reviewed consistently and risks are escalated to the corporate risk register.",
                "Refresh the Risk Management Strategy and deliver risk training to all senior managers.",
                "Head of Corporate Governance", d(2024, 12, 31), d(2025, 3, 31), "Amber",
                "Strategy refreshed and approved in October. Training delayed by the restructure of the "
                "governance team; sessions now booked for January and February.")),
        (None, ("IR3", "Improvement",
                "Registers of interests for members and senior officers should be refreshed annually and "
                "published promptly.",
                "Introduce an annual declaration exercise for members and senior officers, with reminders at "
                "each meeting.",
                "Monitoring Officer", d(2024, 7, 31), d(2042, 9, 30), "Amber",
                "Declarations returned by 92% of members; outstanding returns being chased.")),
        (None, ("IR4", "Improvement",
                "The Audit and Governance Committee should appoint a second independent member to strengthen "
                "its skills and resilience.",
                "Recruit a second independent member of the Audit and Governance Committee.",
                "Monitoring Officer", d(2025, 3, 31), None, "Green",
                "Advert closed 1 November; interviews planned for December.")),
        ("Improving economy, efficiency and effectiveness", None),
        (None, ("IR5", "Improvement",
                "The Combined Authority should develop performance indicators for the franchised bus network that "
                "allow members to monitor value for money.",
                "Develop a KPI suite for bus franchising, reported to the Transport Committee.",
                "Director of Integrated Transport", d(2025, 1, 31), None, "Green",
                "Draft KPIs shared with the Transport Committee in October for comment.")),
        (None, ("IR6", "Improvement",
                "A complete contracts register should be maintained and published in line with the Local "
                "Government Transparency Code.",
                "Review the contracts register and publish it quarterly on the Combined Authority website.",
                "Head of Procurement", d(2025, 6, 30), None, "Not started",
                "Work will start once the new procurement system is live in spring 2025.")),
    ]
    r = 5
    for band, rec in rows:
        if band:
            ws.cell(row=r, column=1, value=band).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill("E4DFEC")
        else:
            for c, v in enumerate(rec, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
                if c in (6, 7) and v is not None:
                    cell.number_format = "dd/mm/yyyy"
            sf = status_fill[rec[7]]
            if sf:
                ws.cell(row=r, column=8).fill = fill(sf)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status: Complete \u2013 action implemented; Green \u2013 on track; "
                                   "Amber \u2013 at risk or revised date agreed; Red \u2013 will not be delivered")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    wb.save(os.path.join(HERE, "al1-lcrca-auditors-annual-report-management-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 7. Wensum Valley Learning Trust - Notice to Improve action plan (xlsx)
# ---------------------------------------------------------------------------
def wensum():
    wb = Workbook()
    ws = wb.active
    ws.title = "NtI action plan"
    for col, w in zip("ABCDEFGH", [6, 52, 30, 12, 12, 40, 50, 10]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Wensum Valley Learning Trust \u2013 Notice to Improve Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color="375623")
    ws["A2"] = "Notice to Improve issued by ESFA on 12 January 2023"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 4 \u2013 updated for the Trust Board meeting of 21 June 2023"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["No.", "Action", "Responsible", "Deadline", "Revised deadline", "Evidence",
           "Progress at 16 June 2023", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("A9D08E")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    plan = [
        ("A. Governance", [
            ("Condition 1: The trust must commission an external review of governance, to be completed by "
             "31 March 2023, and implement its recommendations.", [
                ("1.1", "Appoint an external reviewer to carry out the review of governance, with terms of "
                        "reference agreed with ESFA.", "Chair of Trustees", d(2023, 2, 28), None,
                 "Letter of engagement; ESFA email agreeing terms of reference",
                 "National Governance Association appointed 6 February 2023.", "Complete"),
                ("1.2", "Present the review's findings and an implementation plan to the Trust Board.",
                 "Chair of Trustees / Governance Professional", d(2023, 4, 30), None,
                 "Board minutes 27 April 2023",
                 "Review report and implementation plan approved by the Board on 27 April.", "Complete"),
                ("1.3", "Recruit two additional trustees with finance and HR expertise.",
                 "Governance Professional", d(2023, 5, 31), d(2023, 7, 31),
                 "Appointment letters; updated skills audit",
                 "One trustee (qualified accountant) appointed in May; second candidate to be interviewed in "
                 "July.", "Amber"),
            ]),
            ("Condition 2: The trust must send ESFA the minutes of all Trust Board and committee meetings within "
             "14 days of each meeting.", [
                ("2.1", "Governance Professional to send draft minutes to the ESFA case lead within 14 days of "
                        "each meeting and keep a log of submissions.", "Governance Professional", "Ongoing", None,
                 "Submission log", "All minutes submitted on time since January.", "Green"),
            ]),
        ]),
        ("B. Financial management and control", [
            ("Condition 3: The trust must produce a financial recovery plan, approved by ESFA, which returns the "
             "trust to an in-year balanced budget by 2024/25.", [
                ("3.1", "Complete an integrated curriculum and financial planning exercise for all five "
                        "academies.", "Chief Financial Officer", d(2023, 3, 31), None,
                 "ICFP summary for each academy", "Completed with support from the SRMA.", "Complete"),
                ("3.2", "Consult on a revised support staff structure to deliver savings of \u00a3420k in a full "
                        "year.", "CEO / HR Manager", "Sept 2023", None,
                 "Consultation documents; Board approval",
                 "Consultation opened 5 June and closes 7 July.", "Green"),
                ("3.3", "Submit the recovery plan and three-year budget forecast to ESFA for approval.",
                 "Chief Financial Officer", d(2023, 5, 31), d(2023, 6, 30),
                 "Recovery plan; ESFA approval letter",
                 "Submission delayed to include the outcome of the staffing consultation.", "Amber"),
            ]),
            ("Condition 4: The trust must provide ESFA with monthly management accounts, including a cash flow "
             "forecast, within 20 working days of each month end.", [
                ("4.1", "Produce monthly management accounts with a 12-month rolling cash flow forecast and share "
                        "them with all trustees and ESFA.", "Chief Financial Officer", "Monthly", None,
                 "Management accounts pack", "Submitted on time each month since February.", "Green"),
                ("4.2", "Appoint an internal scrutiny provider and agree a programme of internal audit for "
                        "2023/24 covering payroll and procurement.", "Chair of Audit and Risk Committee",
                 d(2023, 5, 31), None, "Contract award; internal audit plan",
                 "Tender returned no compliant bids; re-tendering in July.", "Red"),
            ]),
        ]),
    ]
    r = 6
    for theme, conds in plan:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("375623")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for cond, acts in conds:
            cell = ws.cell(row=r, column=1, value=cond)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
            r += 1
            for ref, action, who, dl, rev, ev, prog, rag in acts:
                for c, v in enumerate([ref, action, who, dl, rev, ev, prog, rag], 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BORDER
                    if c in (4, 5) and isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = fill(rag_fill[rag])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Complete \u2013 condition/action met; Green \u2013 on track; Amber \u2013 some "
                                   "risk, revised deadline; Red \u2013 off track or deadline missed")
    wb.save(os.path.join(HERE, "al1-wensum-valley-learning-trust-notice-to-improve-action-plan.xlsx"))


if __name__ == "__main__":
    edge_hill()
    nhs_ggc()
    hcpc()
    tullygarvan()
    copfs()
    lcrca()
    wensum()
    print("done")
