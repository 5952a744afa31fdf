"""Build the seven nf1- blind test files (set heldout404).

Run with /work/main/.venv/bin/python nf1_make.py (needs python-docx and openpyxl).
Writes the data files beside this script; the .expected.yaml files are written by hand.
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


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------- 1. school docx
def stoke_damerel():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Stoke Damerel Community College: Post-Ofsted Action Plan 2024")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "Section 5 inspection, 16–17 January 2024 – overall effectiveness: Requires improvement"
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Version", "1.2"),
        ("Author", "Deputy Headteacher (Quality of Education)"),
        ("Approved by", "Local Governing Body, 6 March 2024"),
        ("Last updated", "22 May 2024"),
        ("Next review", "LGB meeting, 9 July 2024"),
    ]:
        row = dc.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "RAG key: B = complete; G = on track; A = some slippage, actions in place; "
        "R = off track. Blank = not yet started."
    )

    fills = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000", "": None}
    priorities = [
        (
            "Priority 1 – Curriculum and assessment",
            "Leaders should ensure that teachers check pupils’ understanding precisely in lessons "
            "and address misconceptions swiftly, so that pupils build securely on what they already know.",
            [
                ("1a",
                 "Deliver a programme of CPD on responsive teaching (hinge questions, mini-whiteboards, "
                 "cold calling) for all teaching staff.",
                 "Deputy Headteacher (Quality of Education)", "Spring term 2024",
                 "All staff trained; learning walks show checking for understanding in 85% of lessons.", "B"),
                ("1b",
                 "Introduce fortnightly departmental ‘assessment huddles’ to review low-stakes quiz outcomes "
                 "and re-plan teaching sequences.",
                 "Heads of Department / AHT Teaching & Learning", "Summer term 2024",
                 "Huddle minutes show re-teaching planned in response to quiz data.", "G"),
                ("1c",
                 "Quality-assure curriculum plans in science, geography and MFL against the revised "
                 "assessment model.",
                 "MBr, KTo", "July 2024",
                 "Reviews complete for science; geography and MFL rescheduled after staffing changes.", "A"),
            ],
        ),
        (
            "Priority 2 – Reading",
            "Leaders should make sure that the weakest readers in key stage 3 receive precise support, "
            "so that they can read with the fluency and confidence needed to access the full curriculum.",
            [
                ("2a",
                 "Screen all Year 7 and 8 pupils using the NGRT reading test and identify pupils reading "
                 "below age-related expectations.",
                 "Reading Lead", "Feb 2024",
                 "All pupils screened; 64 pupils identified for intervention.", "B"),
                ("2b",
                 "Deliver a phonics-based catch-up programme (Fresh Start) three times a week for identified "
                 "pupils, with progress tracked each half-term.",
                 "Reading Lead and SENDCo", "Summer term 2024",
                 "Average reading age gain of 9 months by May re-test.", "G"),
                ("2c",
                 "Launch tutor-time reading programme for Years 7–9, with texts chosen to broaden pupils’ "
                 "vocabulary.\nTutors trained in modelled reading before launch.",
                 "Literacy Coordinator", "Autumn term 2024",
                 "Reading spine agreed; launch planned for September.", ""),
            ],
        ),
        (
            "Priority 3 – Attendance and behaviour",
            "Leaders should continue to reduce the rates of persistent absence and suspension, "
            "particularly for disadvantaged pupils and pupils with SEND.",
            [
                ("3a",
                 "Appoint an Attendance Officer and introduce weekly attendance panel meetings with families "
                 "of persistently absent pupils.",
                 "Assistant Headteacher (Behaviour and Attendance)", "April 2024",
                 "Officer in post; persistent absence down from 31% to 27%.", "G"),
                ("3b",
                 "Review the behaviour policy with staff, pupils and families, and introduce a reintegration "
                 "process following suspension.",
                 "Headteacher; Chair of Behaviour Working Group", "Ongoing – reviewed each half-term",
                 "Consultation complete; suspensions remain above national average.", "A"),
                ("3c",
                 "Commission an external review of provision for pupils with SEND in mainstream lessons.",
                 "SENDCo", "Sept 2024",
                 "Reviewer not yet secured; LA SEND team approached.", "R"),
            ],
        ),
    ]
    for heading, afi, rows in priorities:
        doc.add_heading(heading, level=2)
        ap = doc.add_paragraph()
        ar = ap.add_run(afi)
        ar.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells,
                        ["Ref", "Action", "Lead(s)", "By when", "Success criteria / evidence", "RAG"]):
            bold_cell(c, h)
            shade(c, "D9D9D9")
        for ref, action, lead, when, crit, rag in rows:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[1].text = action
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = crit
            cells[5].text = rag
            if fills[rag]:
                shade(cells[5], fills[rag])
        doc.add_paragraph("")

    doc.add_paragraph(
        "The plan is monitored by the Local Governing Body’s Standards Committee and reported to the "
        "Trust board each term."
    )
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Signed", "Name", "Date"]):
        bold_cell(c, h)
    so.rows[1].cells[0].text = "Headteacher"
    so.rows[2].cells[0].text = "Chair of the Local Governing Body"
    doc.save(out("nf1-stoke-damerel-community-college-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------- 2. GP docx
def stanground():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Stanground Surgery – CQC Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph(
        "Inspection date: 12 March 2024    Report published: 23 April 2024    Overall rating: Requires improvement"
    )
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Provider", "Stanground Surgery (partnership)"),
        ("Location ID", "1-543218976"),
        ("Registered manager", "Mrs Helen Ward, Practice Manager"),
        ("Plan owner", "Dr Imran Siddiqui, Senior Partner"),
        ("Date of this update", "24 June 2024"),
    ]:
        row = info.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "Status key: Complete (blue) · On track (green) · Delayed (amber) · Not achieved (red)"
    )

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["CQC finding", "Action to be taken", "Responsible person",
                                      "Timescale", "Progress update", "Status"]):
        bold_cell(c, h)
        shade(c, "BDD7EE")
    sfill = {"Complete": "9DC3E6", "On track": "A9D08E", "Delayed": "FFD966", "Not achieved": "FF7C80"}

    sections = [
        ("Requirement notice: Regulation 12 – Safe care and treatment", [
            ("The provider must ensure care and treatment is provided in a safe way to patients, including "
             "the monitoring of patients prescribed high-risk medicines.", [
                ("Run a monthly search for patients on DMARDs, lithium and warfarin and recall any patient "
                 "without blood monitoring in the required interval.",
                 "Dr R Patel & Clinical Pharmacist", "30/04/2024",
                 "First search run 4 April; 27 patients recalled, all now monitored.", "Complete"),
                ("Add a monitoring-due alert to each high-risk medicine template in SystmOne.",
                 "Practice Manager", "31/05/2024", "Alerts live on all templates.", "Complete"),
                ("Audit 20 records per quarter to confirm monitoring is in date before re-authorisation; "
                 "report results to clinical meeting.",
                 "Clinical Pharmacist", "Ongoing – quarterly audit",
                 "Q1 audit: 19/20 compliant.", "On track"),
            ]),
            ("The provider must ensure that safety alerts (MHRA) are actioned and that historical alerts "
             "are reviewed.", [
                ("Create a safety alerts log with named clinical lead; review historical alerts from the last "
                 "12 months.",
                 "Dr S Obi (GP Partner)", "June 2024",
                 "Log created; historical review not finished due to GP absence.", "Not achieved"),
            ]),
        ]),
        ("Requirement notice: Regulation 17 – Good governance", [
            ("The provider must establish effective systems to assess, monitor and improve the quality and "
             "safety of services, including oversight of staff training.", [
                ("Introduce a training matrix covering safeguarding, basic life support, infection prevention "
                 "and control, and information governance.\nChase all overdue modules at monthly staff meeting.",
                 "Practice Manager / Lead Nurse", "31/07/2024",
                 "Matrix in place; 88% of modules in date.", "On track"),
                ("Hold quarterly governance meetings with standing agenda items for significant events, "
                 "complaints and audit.",
                 "Dr Imran Siddiqui", "Q2 2024/25",
                 "First meeting held 15 May 2024.", "On track"),
            ]),
        ]),
        ("Areas where the practice should improve", [
            ("Continue to improve the uptake of cervical screening and childhood immunisations.", [
                ("Offer extended-hours smear clinics on Tuesday evenings and Saturday mornings.",
                 "Lead Nurse", "September 2024",
                 "Tuesday clinic started; Saturday clinic from July.", "On track"),
            ]),
            ("Take action to improve patient satisfaction with telephone access.", [
                ("Move to cloud-based telephony with call-back and queue position messages.",
                 "Practice Manager", "March 2024 – August 2024",
                 "Supplier contract signed; installation moved to August by supplier.", "Delayed"),
            ]),
        ]),
    ]
    for sec, findings in sections:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        bold_cell(merged, sec)
        shade(merged, "D9E1F2")
        for finding, actions in findings:
            first = len(t.rows)
            for action, lead, when, upd, status in actions:
                cells = t.add_row().cells
                cells[1].text = action
                cells[2].text = lead
                cells[3].text = when
                cells[4].text = upd
                cells[5].text = status
                shade(cells[5], sfill[status])
            last = len(t.rows) - 1
            top = t.cell(first, 0)
            if last > first:
                top = top.merge(t.cell(last, 0))
            top.text = finding
    doc.add_paragraph("")
    doc.add_paragraph(
        "This action plan will be reviewed at the monthly partners’ meeting and shared with the "
        "Cambridgeshire and Peterborough ICB primary care team."
    )
    doc.save(out("nf1-stanground-surgery-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 3. college csv (refuse)
def northampton():
    rows = [
        ["Northampton College – Post-Inspection Action Plan", "", "", "", "", "", "", ""],
        ["Ofsted full inspection 5–8 March 2024 (overall: Requires improvement)",
         "", "", "", "", "", "", ""],
        ["Progress position: 14 June 2024 – for Quality & Standards Committee", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Theme", "Area for improvement", "Action", "Lead", "Target date", "Progress to date", "RAG"],
        ["1.1", "Quality of education",
         "Leaders should ensure that adult learners on access courses receive timely, developmental feedback "
         "on their written work.",
         "Introduce a 10-working-day marking turnaround standard for all Access to HE assignments.",
         "Head of Adult & Community Learning", "Jul-24",
         "Standard in place from April; sampling shows 82% compliance.", "G"],
        ["1.2", "", "",
         "Train Access tutors in writing feedback that states clearly what learners must do to improve; "
         "moderate a sample each term.",
         "Curriculum Manager Access / Quality Manager", "Dec-24",
         "Training delivered to 11 of 14 tutors.", "A"],
        ["2.1", "Apprenticeships",
         "Leaders should ensure that apprentices’ off-the-job training is planned and recorded accurately, "
         "and that employers contribute to progress reviews.",
         "Rebuild training plans for all construction and engineering apprentices so that off-the-job hours "
         "are scheduled and logged weekly.",
         "Director of Apprenticeships", "Sep-24",
         "Plans rebuilt for 260 of 410 apprentices.", "G"],
        ["2.2", "", "",
         "Hold tripartite progress reviews every 10 weeks with the employer present, using the new review "
         "template.",
         "Apprenticeship Coordinators", "0ct-24",
         "Employer attendance at reviews 64% (target 90%).", "A"],
        ["2.3", "", "",
         "Launch an employer portal so that line managers can see apprentices’ progress and comment on "
         "reviews.",
         "Director of Apprenticeships; Employer Engagement Manager", "Jan-25",
         "Specification drafted.", ""],
        ["3.1", "Personal development",
         "Leaders should ensure that learners on 16 to 19 study programmes receive effective careers advice "
         "and guidance that helps them plan their next steps.",
         "Provide every study programme learner with a one-to-one careers interview in their first year.",
         "Head of Careers", "Nov-24", "", "G"],
        ["3.2", "", "",
         "Track learners’ destinations and report to curriculum teams each term.",
         "Head of Student Services", "Ongoing",
         "First destinations report shared in May.", "G"],
        ["4.1", "Leadership and management",
         "Governors should receive clear, timely information about the quality of apprenticeships so that "
         "they can hold leaders to account.",
         "Add an apprenticeship quality dashboard to every Quality & Standards Committee agenda.",
         "Clerk to the Corporation", "Jul-24", "Dashboard presented at June meeting.", "B"],
        ["4.2", "", "",
         "Appoint a link governor for apprenticeships and arrange termly deep-dive visits.",
         "Vice Principal Quality", "Mar-25", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["RAG key: B = complete; G = on track; A = at risk; R = off track; blank = not started",
         "", "", "", "", "", "", ""],
    ]
    with open(out("nf1-northampton-college-ofsted-post-inspection-action-plan-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------- 4. university xlsx
def hull():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "University of Hull – Apprenticeships Post-Inspection Action Plan (PIAP)"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A3"] = ("Ofsted inspection of apprenticeship provision: 23–26 April 2024 | "
                 "Overall effectiveness: Requires improvement")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Version", "3.0"),
        ("Plan owner", "Pro-Vice-Chancellor (Education)"),
        ("Approved by", "Apprenticeship Quality Board, 13 June 2024"),
        ("Date of this version", "31 July 2024"),
        ("Next review", "September 2024"),
    ], start=6):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("Complete", "0070C0", "Action complete and impact evidenced"),
           ("G", "00B050", "On track to meet target date"),
           ("A", "FFC000", "Some slippage; recovery action agreed"),
           ("R", "FF0000", "Off track; escalated to Apprenticeship Quality Board")]
    for i, (k, c, v) in enumerate(key, start=13):
        cov.cell(i, 1, k).fill = fill(c)
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("PIAP")
    ws.merge_cells("A1:I1")
    ws["A1"] = "University of Hull – Apprenticeships Post-Inspection Action Plan (PIAP)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Progress position at 31 July 2024 – reported to Apprenticeship Quality Board"
    headers = ["Ref", "Area for improvement (Ofsted report)", "Action", "Owner", "Original target",
               "Revised target", "Progress update (July 2024)", "Previous RAG", "Current RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002F5F")
        cell.alignment = WRAP
        cell.border = BOX
    ragfill = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "0070C0"}

    themes = [
        ("Theme 1: Curriculum and off-the-job training", [
            ("Leaders should ensure that apprentices’ off-the-job training is planned coherently with their "
             "employers so that apprentices apply new knowledge in the workplace.", [
                ("1.1", "Map each apprenticeship standard’s knowledge, skills and behaviours to the degree "
                        "modules and workplace activities, and share the map with employers at induction.",
                 "Head of Apprenticeships", d(2024, 7, 31), None,
                 "Mapping complete for 9 of 12 standards.", "G", "G"),
                ("1.2", "Introduce a termly workplace learning plan agreed by apprentice, employer and "
                        "university tutor.",
                 "Apprenticeship Programme Leads", d(2024, 9, 30), None,
                 "Template approved; in use for September starts.", "A", "G"),
                ("1.3", "Ensure that off-the-job hours are recorded monthly in the e-portfolio and that "
                        "shortfalls trigger an intervention.",
                 "Dean of Faculty of Health Sciences / Head of Apprenticeships", d(2024, 6, 30),
                 d(2024, 10, 31), "Reporting built; data cleanse of historic records delayed.", "A", "A"),
            ]),
        ]),
        ("Theme 2: Progress reviews and employer involvement", [
            ("Leaders should make sure that progress reviews focus on the knowledge, skills and behaviours "
             "apprentices have gained and involve employers fully.", [
                ("2.1", "Replace the progress review template with one that records progress against the "
                        "KSBs and sets targets for the next 12 weeks.",
                 "Head of Apprenticeship Operations", d(2024, 6, 30), None,
                 "New template in use from 1 June.", "G", "Complete"),
                ("2.2", "Train all tutors and skills coaches in conducting reviews with employers, and audit "
                        "a 10% sample each term.",
                 "Employer Partnerships Manager", d(2024, 12, 31), None,
                 "Training booked for September staff development week.", "G", "G"),
            ]),
            ("Leaders should ensure that apprentices are well prepared for their end-point assessment.", [
                ("2.3", "Introduce mock end-point assessments for all apprentices six months before "
                        "gateway.",
                 "Head of Apprenticeships; Faculty Quality Leads", d(2025, 1, 31), None,
                 "Mock assessment bank in development; not yet piloted.", "G", "R"),
            ]),
        ]),
        ("Theme 3: Safeguarding and the Prevent duty", [
            ("Leaders should ensure that apprentices understand the risks of radicalisation and extremism "
             "in their workplaces and local communities.", [
                ("3.1", "Embed a Prevent and British values topic into every progress review, using "
                        "sector-specific scenarios.",
                 "Designated Safeguarding Lead (Apprenticeships)", d(2024, 9, 30), None,
                 "Scenarios written for health and engineering.", "A", "G"),
                ("3.2", "Publish a safeguarding and wellbeing guide for apprentices and their line managers.",
                 "DSL; Head of Student Wellbeing", d(2024, 5, 31), d(2024, 9, 30),
                 "Draft with Students’ Union for comment.", "R", "A"),
            ]),
        ]),
        ("Theme 4: Leadership, governance and quality assurance", [
            ("Governors and senior leaders should receive accurate information about apprentices’ progress "
             "and achievement so that they can challenge leaders effectively.", [
                ("4.1", "Establish an Apprenticeship Quality Board chaired by the PVC (Education) reporting "
                        "to Senate and Council.",
                 "Pro-Vice-Chancellor (Education)", d(2024, 5, 31), None,
                 "Board met 13 June and 11 July.", "G", "Complete"),
                ("4.2", "Produce a monthly apprenticeship performance dashboard covering retention, "
                        "progress, off-the-job hours and achievement.",
                 "Director of Quality Enhancement and Standards", d(2024, 8, 31), None,
                 "First version presented in July; achievement data still manual.", "G", "G"),
            ]),
        ]),
    ]
    r = 5
    for theme, afis in themes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9E1F2")
        r += 1
        for afi, acts in afis:
            first = r
            for ref, action, owner, orig, rev, upd, prev, cur in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, action)
                ws.cell(r, 4, owner)
                c = ws.cell(r, 5, orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(r, 6, rev)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 7, upd)
                ws.cell(r, 8, prev).fill = fill(ragfill[prev])
                ws.cell(r, 9, cur).fill = fill(ragfill[cur])
                for col in range(1, 10):
                    ws.cell(r, col).alignment = WRAP
                    ws.cell(r, col).border = BOX
                r += 1
            ws.cell(first, 2, afi)
            ws.cell(first, 2).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: Previous RAG is the position reported to the Apprenticeship Quality Board on "
                  "30 May 2024. Where a target has been revised, the revised date was agreed by the Board.")
    for col, wdt in zip("ABCDEFGHI", [6, 40, 50, 28, 13, 13, 40, 10, 10]):
        ws.column_dimensions[col].width = wdt

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG – 31 July 2024"
    sm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", 2), ("G", 5), ("A", 2), ("R", 1), ("Total actions", 10)],
                               start=3):
        sm.cell(i, 1, k)
        sm.cell(i, 2, v)
        if k == "Total actions":
            sm.cell(i, 1).font = Font(bold=True)
            sm.cell(i, 2).font = Font(bold=True)
    wb.active = 1
    wb.save(out("nf1-university-of-hull-ofsted-apprenticeships-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 5. independent hospital xlsx
def woodthorpe():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws.merge_cells("A1:I1")
    ws["A1"] = "Woodthorpe Hospital – CQC Inspection Action Plan: Must Do and Should Do Actions"
    ws["A1"].font = Font(bold=True, size=14, color="00558C")
    ws.merge_cells("A2:I2")
    ws["A2"] = "Ramsay Health Care UK"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:I3")
    ws["A3"] = ("Inspection: 10–11 October 2023 | Report published: 19 December 2023 | "
                "Overall rating: Requires improvement | Update: 31 May 2024")
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    key = [("0070C0", "Complete and embedded"), ("00B050", "On track"),
           ("FFC000", "At risk of delay"), ("FF0000", "Overdue")]
    col = 2
    for colour, label in key:
        ws.cell(4, col).fill = fill(colour)
        ws.cell(4, col + 1, label)
        col += 2
    headers = ["Ref", "Core service", "Regulation", "CQC requirement", "Action", "Action owner",
               "Due date", "RAG", "Evidence / update"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00558C")
        cell.border = BOX
        cell.alignment = WRAP
    BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
    groups = [
        ("MUST DO ACTIONS", [
            ("Surgery", "Reg 12",
             "The service must ensure that all staff complete mandatory training in resuscitation "
             "appropriate to their role.", [
                ("M1.1", "Book all theatre and ward registered nurses onto Immediate Life Support training "
                         "and track completion weekly.",
                 "Practice Educator", d(2024, 1, 31),
                 "ILS compliance 96% (target 95%).", BLUE),
                ("M1.2", "Add resuscitation training compliance to the monthly Clinical Governance report "
                         "with named managers for non-compliant staff.",
                 "Head of Clinical Services", d(2024, 2, 29),
                 "Standing item from February report.", BLUE),
            ]),
            ("Surgery", "Reg 17",
             "The service must ensure the WHO five steps to safer surgery checklist is fully completed "
             "and audited.", [
                ("M2.1", "Relaunch the WHO checklist with team brief and debrief in every list, led by the "
                         "operating surgeon.",
                 "Theatre Manager / Lead Anaesthetist", d(2024, 3, 31),
                 "Relaunch complete; observational audit in May.", GREEN),
                ("M2.2", "Carry out monthly observational audit of 10 cases and report results to the Medical "
                         "Advisory Committee.",
                 "Theatre Manager", "Ongoing – monthly audit",
                 "March audit 90%, April audit 100%.", GREEN),
            ]),
            ("Outpatients", "Reg 12",
             "The service must ensure that fridge temperatures for medicines are checked and recorded daily "
             "and action is taken when out of range.", [
                ("M3.1", "Install remote temperature monitoring with alarms on all outpatient medicine "
                         "fridges.",
                 "Outpatient Manager; Pharmacy Manager", d(2024, 4, 30),
                 "Equipment on order; delivery delayed to June.", RED),
            ]),
        ]),
        ("SHOULD DO ACTIONS", [
            ("Surgery", "Reg 17",
             "The service should ensure that local risk registers are kept up to date with review dates "
             "and mitigating actions.", [
                ("S1.1", "Review every departmental risk register with the Quality and Risk Lead and agree "
                         "review dates.",
                 "Quality and Risk Lead", d(2024, 5, 31),
                 "Four of six registers reviewed.", AMBER),
            ]),
            ("Outpatients", "Reg 9",
             "The service should consider how it collects feedback from patients whose first language is "
             "not English.", [
                ("S2.1", "Provide the patient satisfaction survey in the five most requested languages and "
                         "as an easy-read version.",
                 "Hospital Director", d(2024, 6, 30), "", None),
            ]),
            ("Diagnostic imaging", "Reg 17",
             "The service should ensure that radiology discrepancy meetings are minuted and learning is "
             "shared.", [
                ("S3.1", "Use a standard minute template for discrepancy meetings and circulate a learning "
                         "summary to all radiographers.",
                 "Imaging Manager", d(2024, 3, 31),
                 "Template in use since January.", BLUE),
            ]),
        ]),
    ]
    r = 7
    for band, reqs in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("BFBFBF")
        r += 1
        for service, reg, req, acts in reqs:
            first = r
            for ref, action, owner, due, upd, rag in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 2, service)
                ws.cell(r, 3, reg)
                ws.cell(r, 5, action)
                ws.cell(r, 6, owner)
                c = ws.cell(r, 7, due)
                if isinstance(due, dt.datetime):
                    c.number_format = "dd-mmm-yy"
                if rag:
                    ws.cell(r, 8).fill = fill(rag)
                ws.cell(r, 9, upd if upd else None)
                for cc in range(1, 10):
                    ws.cell(r, cc).alignment = WRAP
                    ws.cell(r, cc).border = BOX
                r += 1
            ws.cell(first, 4, req).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=4, end_row=r - 1, end_column=4)
    for colname, wdt in zip("ABCDEFGHI", [7, 16, 10, 45, 50, 26, 12, 7, 36]):
        ws.column_dimensions[colname].width = wdt

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Action plan summary – 31 May 2024"
    sm["A1"].font = Font(bold=True)
    rows = [("", "Must do", "Should do", "Total"),
            ("Complete and embedded", 2, 1, 3),
            ("On track", 2, 0, 2),
            ("At risk of delay", 0, 1, 1),
            ("Overdue", 1, 0, 1),
            ("Not started", 0, 1, 1),
            ("Total", 5, 3, 8)]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            sm.cell(i, j, v).border = BOX
    wb.save(out("nf1-ramsay-woodthorpe-hospital-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 6. mental health txt
NELFT_TXT = """North East London NHS Foundation Trust – CQC Inspection Action Plan: Mental Health Core Services (Must Do and Should Do)
Core services inspected: Acute wards for adults of working age and psychiatric intensive care units; Community-based mental health services for adults of working age
Inspection: 14–16 November 2023    Report published: 7 February 2024
Position as at 31 May 2024 – reported to Quality and Safety Committee, 20 June 2024

RAG key: Blue = complete and assured | Green = on track | Amber = at risk of slipping | Red = off track | Grey = not started

==========================================================================
SECTION A: ACUTE WARDS FOR ADULTS OF WORKING AGE AND PICU
==========================================================================

MUST DO 1  (Regulation 12: Safe care and treatment)
The trust must ensure that staff monitor and record patients’ physical health after the administration of rapid tranquillisation, in line with trust policy and NICE guidance.

  Ref:           A-MD1.1
  Action:        Add a mandatory post-rapid tranquillisation observation chart to the electronic patient record (RiO) with automatic prompts at 15-minute intervals.
  Lead:          Chief Clinical Information Officer
  Original due:  31/03/2024
  Revised due:   31/07/2024
  RAG:           Amber
  Update:        Form built and tested; go-live delayed by RiO upgrade freeze in April.

  Ref:           A-MD1.2
  Action:        Weekly audit of all rapid tranquillisation episodes on each acute ward, reported to the Inpatient Quality and Safety Group.
  Lead:          Modern Matrons (Acute) / Inpatient Pharmacist
  Original due:  30/04/2024
  Revised due:
  RAG:           Green
  Update:        Audit live since 2 April; compliance 78% in May (target 95%).

MUST DO 2  (Regulation 10: Dignity and respect)
The trust must ensure that patients’ privacy and dignity are maintained, including in shared bedrooms and through observation panels.

  Ref:           A-MD2.1
  Action:        Replace fixed observation panels on Brookside and Ruby wards with patient-controlled privacy panels.
  Lead:          Director of Estates and Facilities
  Original due:  30/09/2024
  Revised due:
  RAG:           Green
  Update:        Contractor appointed; works scheduled for July–August.

SHOULD DO 1
The trust should ensure that ward community meetings take place weekly and that actions are recorded and fed back to patients.

  Ref:           A-SD1.1
  Action:        Relaunch weekly community meetings with a standard template and a ‘you said, we did’ board on each ward.
  Lead:          Head of Patient Experience; Peer Support Workers
  Original due:  29/02/2024
  Revised due:
  RAG:           Blue
  Update:        Complete – template in use on all eight wards since February.

==========================================================================
SECTION B: COMMUNITY-BASED MENTAL HEALTH SERVICES FOR ADULTS OF WORKING AGE
==========================================================================

MUST DO 3  (Regulation 12: Safe care and treatment)
The trust must ensure that patients waiting for treatment have their risk reviewed regularly and that a plan is in place to manage any deterioration.

  Ref:           B-MD3.1
  Action:        Introduce a waiting list risk review protocol with contact at least every four weeks for all patients awaiting allocation.
  Lead:          Associate Director, Community Mental Health Transformation
  Original due:  31/05/2024
  Revised due:
  RAG:           Green
  Update:        Protocol approved 9 May; embedded in all six community teams.

  Ref:           B-MD3.2
  Action:        Build a waiting list dashboard showing time since last risk review, visible to team managers.
  Lead:          Head of Business Intelligence
  Original due:  30/06/2024
  Revised due:   30/09/2024
  RAG:           Red
  Update:        Data quality issues in legacy caseload records; recovery plan to Executive Management Team in June.

SHOULD DO 2
The trust should ensure that all staff receive regular clinical supervision and that this is recorded.

  Ref:           B-SD2.1
  Action:        Roll out the supervision recording module in ESR and set a team-level compliance target of 85%.
  Lead:          Deputy Director of Workforce
  Original due:  Q2 2024/25
  Revised due:
  RAG:           Grey
  Update:        Not yet started – dependent on ESR release in July.

--------------------------------------------------------------------------
Summary: 7 actions | Blue 1 | Green 3 | Amber 1 | Red 1 | Grey 1
Exported from the trust's CQC action tracker, 3 June 2024
"""


def nelft():
    with open(out("nf1-north-east-london-nhsft-cqc-mental-health-must-should-do-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write(NELFT_TXT)


# ---------------------------------------------------------------- 7. national body xlsx
def tra():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Teaching Regulation Agency – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Assurance Committee – 29 April 2025"
    sm["A3"] = "Summary position at 31 March 2025"
    sm["A3"].font = Font(bold=True)
    table = [("Priority", "Implemented", "On track", "At risk", "Overdue", "Total"),
             ("High", 1, 1, 0, 1, 3),
             ("Medium", 0, 2, 1, 0, 3),
             ("Low", 1, 1, 0, 0, 2),
             ("Total", 2, 4, 1, 1, 8)]
    for i, row in enumerate(table, start=5):
        for j, v in enumerate(row, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if i == 5 or row[0] == "Total":
                c.font = Font(bold=True)
    sm["A11"] = "Source: GIAA follow-up of agreed actions; management updates from action owners."
    sm.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:J1")
    ws["A1"] = "Teaching Regulation Agency – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:J2")
    ws["A2"] = ("GIAA recommendations open at 1 April 2024 or raised during 2024-25. "
                "Position at 31 March 2025.")
    headers = ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
               "Original target date", "Revised target date", "Revisions", "Management update (March 2025)",
               "Status"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("104F75")
        cell.alignment = WRAP
        cell.border = BOX
    sfill = {"Implemented": "8EA9DB", "On track": "A9D08E", "At risk": "FFD966", "Overdue": "F4B084"}
    audits = [
        ("2023-24 Professional Conduct Casework Management – Moderate assurance", [
            ("TRA-2324-03-R1", "High",
             "Management should agree and monitor end-to-end timeliness targets for each stage of "
             "professional conduct casework.", [
                ("Set stage targets (triage, investigation, panel listing) and report performance monthly "
                 "to the Senior Leadership Team.",
                 "Head of Professional Conduct Casework", d(2024, 6, 30), d(2024, 12, 31), 1,
                 "Stage targets agreed; monthly reporting from January 2025.", "Implemented"),
            ]),
            ("TRA-2324-03-R2", "Medium",
             "The case management system should prevent cases being closed without a recorded "
             "second-line check.", [
                ("Introduce a mandatory second-line approval step before case closure in the case "
                 "management system.",
                 "Head of Panel Services; Head of Legal Casework", d(2024, 9, 30), d(2025, 6, 30), 2,
                 "System change scheduled in DfE Digital release 14.", "At risk"),
            ]),
            ("TRA-2324-03-R3", "Medium",
             "Casework guidance should be updated to reflect the 2023 revisions to the disciplinary "
             "procedures for the teaching profession.", [
                ("Revise and republish the casework manual and brief all case officers.",
                 "Deputy Director, Teaching Regulation Agency", d(2024, 12, 31), None, 0,
                 "Draft manual with Legal for clearance.", "On track"),
            ]),
        ]),
        ("2024-25 Information Management and Records Retention – Limited assurance", [
            ("TRA-2425-02-R1", "High",
             "The Agency should apply its retention schedule to legacy case files held on shared drives "
             "and in the case management system.", [
                ("Complete an inventory of legacy case files held on shared drives.",
                 "TRA Knowledge & Information Manager", d(2024, 11, 30), d(2025, 2, 28), 1,
                 "Inventory 70% complete; resourcing gap over winter.", "Overdue"),
                ("Delete or archive files past their retention date, with sign-off by the Information "
                 "Asset Owner.",
                 "Information Asset Owner (Casework)", d(2025, 3, 31),
                 "TBC – dependent on DfE Records Management Service", 1,
                 "Dependent on completion of the inventory.", "On track"),
            ]),
            ("TRA-2425-02-R2", "Medium",
             "Information asset registers should be reviewed at least annually and signed off by the "
             "Information Asset Owner.", [
                ("Schedule annual review of the information asset register and record sign-off.",
                 "TRA Knowledge & Information Manager", d(2025, 5, 31), None, 0,
                 "Review booked for May 2025.", "On track"),
            ]),
        ]),
        ("2024-25 Financial Controls: Panel Member Fees and Expenses – Substantial assurance", [
            ("TRA-2425-05-R1", "Low",
             "Panel member expense claims should be submitted within the 30-day deadline set out in the "
             "panel member handbook.", [
                ("Remind panel members of the deadline at each induction and in the quarterly newsletter.",
                 "Panel Administration Manager", d(2024, 10, 31), None, 0,
                 "Reminder issued in October and January newsletters.", "Implemented"),
            ]),
            ("TRA-2425-05-R2", "Low",
             "The Agency should document the approval of non-standard panel fees.", [
                ("Add a non-standard fee approval form to the panel fees procedure.",
                 "Head of Finance and Commercial", d(2025, 4, 30), None, 0,
                 "Form drafted.", "On track"),
            ]),
        ]),
    ]
    r = 4
    for band, recs in audits:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("DDEBF7")
        r += 1
        for ref, prio, rec, acts in recs:
            first = r
            for action, owner, orig, rev, nrev, upd, status in acts:
                ws.cell(r, 4, action)
                ws.cell(r, 5, owner)
                c = ws.cell(r, 6, orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(r, 7, rev)
                    if isinstance(rev, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 8, nrev)
                ws.cell(r, 9, upd)
                ws.cell(r, 10, status).fill = fill(sfill[status])
                for cc in range(1, 11):
                    ws.cell(r, cc).alignment = WRAP
                    ws.cell(r, cc).border = BOX
                r += 1
            ws.cell(first, 1, ref)
            ws.cell(first, 2, prio)
            ws.cell(first, 3, rec)
            if r - 1 > first:
                for cc in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=cc, end_row=r - 1, end_column=cc)
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    r += 1
    for status, text in [
        ("Implemented", "Action complete; evidence submitted to GIAA for validation"),
        ("On track", "Expected to be implemented by the target date"),
        ("At risk", "Target date may be missed; mitigation in place"),
        ("Overdue", "Target date passed and action not implemented"),
    ]:
        ws.cell(r, 1, status).fill = fill(sfill[status])
        ws.cell(r, 2, text)
        r += 1
    for colname, wdt in zip("ABCDEFGHIJ", [16, 9, 45, 45, 28, 12, 14, 9, 38, 12]):
        ws.column_dimensions[colname].width = wdt
    wb.save(out("nf1-teaching-regulation-agency-arac-internal-audit-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    stoke_damerel()
    stanground()
    northampton()
    hull()
    woodthorpe()
    nelft()
    tra()
    print("built 7 files in", HERE)
