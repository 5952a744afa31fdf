"""Build the seven ij1- data files of set heldout278.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Each builder writes one file beside this script.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
GREY, DARK = "D9D9D9", "1F3864"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. School: Northfleet Technology College post-Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
NTC_FILE = "ij1-northfleet-technology-college-post-ofsted-action-plan.xlsx"
NTC_TITLE = "Northfleet Technology College – Post-Ofsted Action Plan 2024"
NTC = [
    ("Priority 1: Curriculum and the quality of education",
     "The school has not ensured that the key stage 3 curriculum in humanities and modern foreign "
     "languages is sequenced well enough. The school should ensure that pupils build their knowledge "
     "securely over time in these subjects.",
     [
         ("1.1", "Map the key stage 3 humanities and MFL curriculum from Year 7 to Year 9, identifying the "
                 "core knowledge pupils must secure in each unit.",
          "Deputy Headteacher (Curriculum)", "Curriculum maps published on the website; pupil voice shows "
          "recall of prior learning", "SLT line management; LGB Standards Committee", "Summer term 2024", GREEN,
          "Maps complete for history, geography and French; Spanish to be finished by July."),
         ("1.2", "Introduce retrieval starters in every KS3 humanities and MFL lesson, using the knowledge "
                 "organisers from 1.1.",
          "Head of Humanities / Head of MFL", "Learning walks show retrieval in 90% of lessons",
          "Half-termly learning walks", "Autumn term 2024", AMBER,
          "Started in history and geography; MFL to begin after staffing is stable in September."),
         ("1.3", "Quality assure KS3 curriculum implementation through termly deep dives in humanities and "
                 "MFL, with findings reported to governors.",
          "KW", "Deep-dive reports show consistent implementation", "LGB Standards Committee", "Termly", GREEN,
          "Spring deep dive in geography completed; report to LGB on 14 May."),
     ]),
    ("Priority 2: Reading",
     "The school has not ensured that pupils who are behind in reading receive precise support quickly "
     "enough. The school should ensure that these pupils are identified swiftly and helped to catch up so "
     "that they can access the full curriculum.",
     [
         ("2.1", "Screen all key stage 3 pupils and new arrivals using the NGRT reading assessment, and set up "
                 "intervention groups from the results.",
          "Reading Lead (AOB)", "All KS3 pupils screened; intervention groups running after Easter",
          "SENCo report to SLT", "April 2024", BLUE,
          "Completed: 604 pupils screened; 91 identified for intervention."),
         ("2.2", "Deliver daily phonics-based catch-up sessions for pupils reading below age 9, replacing form "
                 "time three mornings a week.\nTrain six teaching assistants to deliver the programme.",
          "SENCo & Reading Lead", "Reading ages of the intervention group rise by at least 12 months in two "
          "terms", "Termly NGRT retest", "July 2024", GREEN,
          "Five TAs trained; sixth booked for June."),
     ]),
    ("Priority 3: Attendance and behaviour",
     "Too many pupils, including disadvantaged pupils, are persistently absent. The school should continue "
     "to work with families to improve attendance so that these pupils benefit from the education on offer.",
     [
         ("3.1", "Appoint a full-time Attendance Officer and introduce first-day calling and home visits on day "
                 "three of unexplained absence.",
          "Assistant Headteacher – Behaviour & Attendance", "Attendance Officer in post; first-day calling "
          "logged daily", "Weekly attendance meeting", "Spring term 2024", BLUE,
          "Attendance Officer started 26 February; first-day calling in place."),
         ("3.2", "Run fortnightly attendance panels for persistently absent pupils and agree individual "
                 "attendance plans with families.",
          "Attendance Officer; Heads of Year", "Persistent absence below 18% by July 2025",
          "LGB termly attendance report", "Ongoing", RED,
          "Persistent absence 24.1% (target 18%). Panels paused in May during staff absence."),
     ]),
]


def build_ntc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Post-Ofsted Action Plan"
    widths = [7, 48, 24, 34, 26, 16, 7, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws["A1"] = NTC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=DARK)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Ofsted inspection: 23–24 January 2024 | Plan approved by the Local Governing Body: 11 March 2024 "
                "| Reviewed half-termly by SLT and termly by the LGB")
    ws.merge_cells("A2:H2")
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "RAG key"
    ws["A4"].font = Font(bold=True)
    for col, (txt, colour) in zip("BCDE", [("Red – not started / at risk", RED),
                                           ("Amber – in progress, some slippage", AMBER),
                                           ("Green – on track", GREEN),
                                           ("Blue – completed", BLUE)]):
        c = ws[f"{col}4"]
        c.value = txt
        c.fill = fill(colour)
        c.border = BOX
    headers = ["Ref", "Action", "Lead", "Success criteria", "Monitoring", "Timescale", "RAG",
               "Update (Summer 1 2024)"]
    r = 6
    for i, h in enumerate(headers, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.border = BOX
        c.alignment = WRAP
    ws.freeze_panes = "A7"
    r = 7
    for prio, afi, acts in NTC:
        ws.cell(r, 1, prio).font = Font(bold=True, size=12)
        for col in range(1, 9):
            ws.cell(r, col).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        ws.cell(r, 1, "Ofsted AFI").font = Font(bold=True, italic=True)
        ws.cell(r, 2, afi).font = Font(italic=True)
        ws.cell(r, 2).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, action, lead, success, monitor, timescale, rag, update in acts:
            vals = [ref, action, lead, success, monitor, timescale, None, update]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 7).fill = fill(rag)
            ws.row_dimensions[r].height = 60
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: success criteria are reviewed with the school improvement adviser at each half-termly "
                  "visit. Actions completed in the spring term remain on the plan until the LGB has seen the impact.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1).alignment = WRAP
    ws.row_dimensions[r].height = 30
    ws.page_setup.orientation = "landscape"
    wb.save(path(NTC_FILE))


# ---------------------------------------------------------------------------
# 2. College: Notre Dame Catholic Sixth Form College PIAP (docx)
# ---------------------------------------------------------------------------
NDC_FILE = "ij1-notre-dame-catholic-sixth-form-college-ofsted-post-inspection-action-plan.docx"
NDC_TITLE = "Notre Dame Catholic Sixth Form College: Post-Inspection Action Plan"
NDC = [
    ("Quality of education", [
        ("Area for improvement 1",
         "Leaders and teachers should make sure that students on vocational programmes receive precise "
         "feedback that helps them to improve their work and achieve high grades.",
         [
             ("1.1", ["Introduce a college-wide feedback policy for vocational courses setting out minimum "
                      "expectations for written and verbal feedback on assignments."],
              "Vice Principal (Quality)", "January 2024",
              "Policy approved by SLT on 9 January and launched at the staff development day.", "Complete"),
             ("1.2", ["Deliver three CPD sessions on effective feedback for vocational teachers, led by the "
                      "college's advanced practitioners.",
                      "Follow up with paired observations in each vocational department."],
              "Head of Teaching and Learning / Advanced Practitioners", "Dec 2023 – April 2024",
              "Two of three sessions delivered; the third is scheduled for 24 April.", "Green"),
             ("1.3", ["Sample assignment feedback each half term and report the findings to the Quality and "
                      "Standards Committee."],
              "Assistant Principal (Vocational)", "Half-termly",
              "February sample: 78% of feedback met the policy standard (target 90%).", "Amber"),
         ]),
        ("Area for improvement 2",
         "Leaders should ensure that students who need extra help with English and mathematics attend their "
         "GCSE resit lessons more consistently.",
         [
             ("2.1", ["Track attendance at GCSE English and maths resit lessons weekly and share the data with "
                      "personal tutors."],
              "MIS Manager, Head of English and Head of Maths", "By 31 January 2024",
              "Weekly dashboard live since 15 January.", "Complete"),
             ("2.2", ["Introduce a stepped attendance intervention for resit students below 85% attendance, "
                      "including parent contact and progress reviews."],
              "Director of Student Services / Personal Tutors", "March 2024",
              "Stages 1 and 2 in place; stage 3 reviews start after Easter. Resit attendance 81% (was 74%).",
              "Amber"),
         ]),
    ]),
    ("Leadership and management", [
        ("Area for improvement 3",
         "Governors should receive more detailed information about the quality of vocational provision so "
         "that they can challenge leaders effectively.",
         [
             ("3.1", ["Revise the quality report to governors to include course-level achievement, attendance "
                      "and feedback audit data for vocational programmes."],
              "Vice Principal (Quality)", "June 2024",
              "New format agreed with the Chair; first report to the June committee.", "Green"),
             ("3.2", ["Arrange a governor link for each curriculum area, with one learning walk per term."],
              "Clerk to the Corporation", "Summer term 2024",
              "Links agreed for five of six curriculum areas.", "Green"),
             ("3.3", ["Provide training for governors on the Education Inspection Framework for further "
                      "education and skills."],
              "Principal", "Sept 2024",
              "Session booked with the AoC for the September governors' day.", "Not started"),
         ]),
    ]),
]
RAG_SHADE = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Not started": "FFFFFF"}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


def build_ndc():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(NDC_TITLE, style="Title")
    doc.add_paragraph("Ofsted inspection 7–10 November 2023 (report published 15 December 2023)",
                      style="Subtitle")
    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "22 April 2024"), ("Owner", "Vice Principal (Quality)"),
                 ("Approved by", "Corporation – Quality and Standards Committee"), ("Next review", "June 2024")]:
        row = ctl.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out the college's response to the areas for improvement in the inspection report. "
        "Progress is reviewed monthly by the Senior Leadership Team and at each meeting of the Quality and "
        "Standards Committee.")
    doc.add_paragraph("RAG status: Complete – action finished and impact evidenced; Green – on track; "
                      "Amber – some delay, mitigation in place; Red – off track; Not started – due to begin later.")
    for theme, afis in NDC:
        doc.add_heading(theme, level=1)
        for afi_head, afi_text, acts in afis:
            doc.add_heading(afi_head, level=2)
            p = doc.add_paragraph()
            p.add_run(afi_text).italic = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead(s)", "Target date",
                                               "Progress update – April 2024", "RAG"]):
                bold_cell(c, h)
                shade(c, "D9E2F3")
            for ref, paras, lead, date, update, rag in acts:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[1].text = paras[0]
                for extra in paras[1:]:
                    cells[1].add_paragraph(extra)
                cells[2].text = lead
                cells[3].text = date
                cells[4].text = update
                cells[5].text = rag
                shade(cells[5], RAG_SHADE[rag])
            for row in t.rows:
                for w, c in zip([Cm(1.2), Cm(8.5), Cm(4.5), Cm(3), Cm(6.5), Cm(2)], row.cells):
                    c.width = w
            doc.add_paragraph()
    doc.add_heading("Approval", level=1)
    sign = doc.add_table(rows=3, cols=3)
    sign.style = "Table Grid"
    for c, h in zip(sign.rows[0].cells, ["Role", "Name", "Date"]):
        bold_cell(c, h)
    for row, vals in zip(sign.rows[1:], [("Principal", "Mrs C. Hanlon", "22/04/2024"),
                                         ("Chair, Quality and Standards Committee", "Mr P. Devlin", "25/04/2024")]):
        for c, v in zip(row.cells, vals):
            c.text = v
    doc.save(path(NDC_FILE))


# ---------------------------------------------------------------------------
# 3. University: University of Northampton apprenticeships PIAP (csv)
# ---------------------------------------------------------------------------
UON_FILE = "ij1-university-of-northampton-ofsted-apprenticeships-piap.csv"
UON_TITLE = "University of Northampton – Apprenticeships Post-Inspection Action Plan (PIAP)"
UON = [
    ("Leaders should ensure that apprentices' starting points are assessed accurately, so that training plans "
     "build on what apprentices already know and can do.",
     [
         ("1.1", "Replace the initial skills scan with a standard-specific assessment, agreed with employers, for "
                 "all new starts from September 2024.",
          "Head of Apprenticeships", "31/07/2024", "30/09/2024", "B",
          "New assessment live for the September intake; 146 apprentices assessed."),
         ("1.2", "Adjust recognition of prior learning so that off-the-job hours and programme length reflect each "
                 "apprentice's starting point.",
          "Head of Apprenticeships; Faculty Apprenticeship Leads", "31/10/2024", "", "G",
          "RPL form revised; ESFA guidance checked by the Compliance Officer."),
         ("1.3", "Audit a 10% sample of training plans each term to check they are individualised.",
          "Apprenticeship Quality Manager", "Termly", "", "G",
          "Autumn sample of 58 plans: 52 individualised."),
     ]),
    ("Leaders should make sure that employers are fully involved in planning and reviewing apprentices' on- and "
     "off-the-job training.",
     [
         ("2.1", "Hold tripartite progress reviews every 10 weeks with the apprentice, employer and academic tutor, "
                 "recorded on the e-portfolio.\nEscalate any review not held within 12 weeks to the Faculty "
                 "Apprenticeship Lead.",
          "Dean of Faculty of Health, Education and Society", "31/01/2025", "", "A",
          "Review compliance 81% in November (target 95%)."),
         ("2.2", "Set up an employer forum for each apprenticeship standard, meeting twice a year to review "
                 "curriculum content.",
          "K. Mehta, L. Osei", "Mar-25", "", "G",
          "Forums held for Nursing Associate and Senior Leader; others planned for the spring."),
     ]),
    ("Leaders should ensure that apprentices receive timely and well-planned preparation for their end-point "
     "assessment.",
     [
         ("3.1", "Introduce an EPA readiness checkpoint three months before gateway, including a mock professional "
                 "discussion.",
          "Apprenticeship Quality Manager", "30/04/2025", "", "G",
          "Checkpoint template drafted; pilot with Chartered Manager apprentices in January."),
         ("3.2", "Produce an EPA guide for each standard and share it with apprentices and employers at the start "
                 "of the programme.",
          "Faculty Apprenticeship Leads", "31/12/2024", "28/02/2025", "A",
          "Guides complete for 6 of 11 standards."),
         ("3.3", "Report EPA first-time pass rates and grade profiles to the Apprenticeship Quality Board each "
                 "quarter.",
          "Head of Apprenticeships", "Quarterly", "", "R",
          "Q1 report delayed – EPAO results not yet received for two standards."),
     ]),
]


def build_uon():
    ncol = 8
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    pad = lambda first: [first] + [""] * (ncol - 1)
    w.writerow(pad(UON_TITLE))
    w.writerow(pad("Ofsted inspection 5–8 March 2024 | Apprenticeships: Requires improvement | "
                   "Plan owner: Pro Vice Chancellor (Education) | Updated 02/12/2024"))
    w.writerow(pad(""))
    w.writerow(["Ref", "Area for improvement (Ofsted)", "Action", "Lead", "Target date", "Revised target date",
                "RAG", "Progress commentary"])
    for afi, acts in UON:
        for i, (ref, action, lead, target, revised, rag, comment) in enumerate(acts):
            w.writerow([ref, afi if i == 0 else "", action, lead, target, revised, rag, comment])
    w.writerow(pad(""))
    w.writerow(pad("Key: B = complete and impact evidenced; G = on track; A = minor slippage; "
                   "R = significant slippage / at risk"))
    w.writerow(pad("Revised target dates agreed at the Apprenticeship Quality Board on 14/11/2024."))
    with open(path(UON_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 4. Hospital: Epsom and St Helier CQC must/should do plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
ESH_FILE = "ij1-epsom-st-helier-uh-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"
ESH_TITLE = "Epsom and St Helier University Hospitals NHS Trust – CQC Inspection Action Plan"
D = dt.datetime
ESH_MUST = [
    ("MD1", "Urgent and emergency care", "Reg 12",
     "The trust must ensure that patients in the emergency department receive a timely initial assessment "
     "within 15 minutes of arrival.",
     "Introduce a streaming nurse at the front door from 08:00 to 02:00 and audit time to initial assessment "
     "weekly.", "Chief Operating Officer", "ED Matron", D(2024, 3, 1), None,
     "Streaming nurse rota in place since February; median time to assessment 11 minutes in September.",
     "G", "B"),
    ("MD2", "Urgent and emergency care", "Reg 12",
     "The trust must ensure that sepsis screening is completed and antibiotics given within one hour for "
     "patients who screen positive.",
     "Relaunch the sepsis screening tool in the electronic patient record with mandatory fields, and present a "
     "monthly audit to the Deteriorating Patient Group.", "Chief Medical Officer", "Sepsis Lead Nurse",
     D(2024, 6, 1), D(2024, 9, 1), "Screening 93%; antibiotics within one hour 84% (target 90%).", "A", "G"),
    ("MD3", "Urgent and emergency care", "Reg 18",
     "The trust must ensure that there are enough nurses with paediatric competencies on duty in the children's "
     "emergency department at all times.",
     "Recruit 4.0 WTE registered children's nurses and fund paediatric life support training for adult ED "
     "nurses.", "Chief Nursing Officer", "Head of Nursing, Emergency Care", D(2024, 7, 1), D(2024, 12, 1),
     "2.6 WTE recruited; 31 ED nurses trained. Gaps covered by bank staff.", "A", "A"),
    ("MD4", "Medical care", "Reg 12",
     "The trust must ensure that patients at risk of falls have a completed falls risk assessment and care plan.",
     "Roll out the revised falls bundle on all medical wards with weekly ward-level compliance audits.",
     "Chief Nursing Officer", "Falls Prevention Lead", D(2024, 7, 1), "0ct-24",
     "Bundle live on 9 of 11 wards; remaining two wards after estates works.", "A", "G"),
    ("MD5", "Medical care", "Reg 17",
     "The trust must ensure that governance processes identify and act on themes from incidents in medical care.",
     "Establish a monthly Medicine Division quality and safety meeting that receives an incident themes report.",
     "Chief Medical Officer", "Divisional Director of Quality, Medicine", D(2024, 4, 1), None,
     "Meeting established April 2024; themes report standing item.", "G", "B"),
]
ESH_SHOULD = [
    ("SD1", "Urgent and emergency care", "The trust should ensure that patients' pain is reassessed and recorded "
     "after analgesia is given.",
     "Add a pain reassessment prompt to the ED nursing documentation.", "Chief Nursing Officer", "ED Matron",
     D(2024, 5, 1), None, "Prompt live; audit shows 88% compliance.", "G", "B"),
    ("SD2", "Urgent and emergency care", "The trust should ensure that mental health patients waiting in the "
     "department are cared for in a safe environment.",
     "Complete the ligature risk reduction works in the mental health assessment room.",
     "Chief Operating Officer", "Head of Estates", D(2024, 9, 1), D(2025, 1, 1),
     "Works order placed; contractor start date November.", "G", "A"),
    ("SD3", "Medical care", "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
     "Monitor discharge summary timeliness by ward on the divisional dashboard and follow up delays with "
     "consultants.", "Chief Medical Officer", "Clinical Director, Medicine", D(2024, 8, 1), None,
     "84% within 24 hours in September (target 95%).", "A", "A"),
    ("SD4", "Medical care", "The trust should ensure that staff complete mandatory training in line with trust "
     "targets.",
     "Agree ward-level trajectories for mandatory training and review them at monthly performance meetings.",
     "Chief People Officer", "Matrons, Medicine", D(2024, 12, 1), None,
     "Compliance 86% (target 90%).", "G", "G"),
]
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def build_esh():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov["A1"] = ESH_TITLE
    cov["A1"].font = Font(bold=True, size=14, color=DARK)
    cov["A2"] = "Urgent and Emergency Care and Medical Care, St Helier Hospital"
    cov["A2"].font = Font(bold=True, size=12)
    info = [("Inspection dates", "12–13 September 2023"), ("Report published", "19 January 2024"),
            ("Executive sponsor", "Chief Nursing Officer"), ("Reporting to", "Quality Committee (monthly)"),
            ("Version / date", "v6 – 08/10/2024")]
    for i, (k, v) in enumerate(info, 4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([("B", "Action complete and evidence assured", BLUE),
                                     ("G", "On track to deliver by the completion date", GREEN),
                                     ("A", "Risk to delivery – mitigation in place", AMBER),
                                     ("R", "Off track / revised date required", RED)], 11):
        cov.cell(i, 1, k).fill = fill(col)
        cov.cell(i, 1).alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov["A16"] = "Revised completion dates are agreed by the Quality Committee. Previous RAG = position reported in September 2024."
    cov["A16"].font = Font(italic=True)

    def sheet(ws, heading, headers, rows, widths):
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        for i, h in enumerate(headers, 1):
            c = ws.cell(2, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("005EB8")
            c.alignment = WRAP
            c.border = BOX
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + i)].width = w
        for r, vals in enumerate(rows, 3):
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for i in (len(vals) - 1, len(vals)):
                ws.cell(r, i).fill = fill(RAG_FILL[vals[i - 1]])
                ws.cell(r, i).alignment = Alignment(horizontal="center", vertical="top")
        ws.freeze_panes = "A3"

    must = wb.create_sheet("Must do")
    sheet(must, "CQC Must Do actions – report published 19 January 2024",
          ["Ref", "Core service", "Regulation", "CQC Must Do", "Action", "Executive lead", "Operational lead",
           "Original completion date", "Revised completion date", "Progress update (October 2024)",
           "Previous RAG", "Current RAG"],
          ESH_MUST, [6, 16, 9, 40, 44, 18, 20, 12, 12, 38, 9, 9])
    should = wb.create_sheet("Should do")
    sheet(should, "CQC Should Do actions – report published 19 January 2024",
          ["Ref", "Core service", "CQC Should Do", "Action", "Executive lead", "Operational lead",
           "Original completion date", "Revised completion date", "Progress update (October 2024)",
           "Previous RAG", "Current RAG"],
          ESH_SHOULD, [6, 16, 40, 44, 18, 20, 12, 12, 38, 9, 9])
    wb.save(path(ESH_FILE))


# ---------------------------------------------------------------------------
# 5. GP: Wellspring Surgery CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
WSS_FILE = "ij1-wellspring-surgery-cqc-inspection-action-plan.docx"
WSS_TITLE = "Wellspring Surgery – CQC Inspection Action Plan"
WSS = [
    ("Requirement notice – Regulation 12: Safe care and treatment", [
        ("The provider did not have an effective system to monitor patients prescribed high-risk medicines.", [
            (["Run monthly searches for patients on methotrexate, lithium and DOACs and book overdue blood "
              "monitoring."], "Clinical Pharmacist", "June 2024", "Complete"),
            (["Add a recall alert on SystmOne for every patient on a high-risk medicine.",
              "Audit compliance after three months."], "Dr A Okafor and Clinical Pharmacist", "30/09/2024",
             "Complete"),
        ]),
        ("Emergency medicines were not checked consistently and two items were out of date.", [
            (["Introduce a weekly signed checklist for emergency medicines and oxygen, kept in the treatment "
              "room."], "Lead Nurse", "Immediate", "Complete"),
        ]),
    ]),
    ("Requirement notice – Regulation 17: Good governance", [
        ("Systems to ensure staff completed mandatory training were not effective.", [
            (["Set up a training matrix for all staff and review it at the monthly practice meeting."],
             "Practice Manager", "Monthly", "On track"),
        ]),
        ("Significant events were not always recorded or shared for learning.", [
            (["Add significant events as a standing item on the clinical meeting agenda and circulate the learning "
              "to all staff by email."], "Dr Okafor / Practice Manager", "End of August 2024", "Complete"),
        ]),
    ]),
    ("Areas where the practice should improve", [
        ("Improve the uptake of cervical screening.", [
            (["Offer Saturday morning smear clinics through the PCN enhanced access service."],
             "Lead Nurse", "March 2025", "On track"),
        ]),
        ("Continue to improve patient satisfaction with telephone access.", [
            (["Move to a cloud-based telephony system with call-back and queue position messages."],
             "Practice Manager and PCN Digital Lead", "December 2024", "Not started"),
            (["Repeat the in-house access survey and publish the results in the waiting room and on the practice "
              "website."], "Patient Participation Group / Practice Manager", "Feb 2025", "Not started"),
        ]),
    ]),
]


def build_wss():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(WSS_TITLE, style="Title")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Location", "Wellspring Surgery, St Ann's Health Centre, Nottingham"),
                 ("Inspection date", "14 May 2024"), ("Report published", "2 July 2024"),
                 ("Overall rating", "Requires improvement"), ("Plan owner", "Practice Manager"),
                 ("Last updated", "10 October 2024")]:
        row = info.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("The partners have agreed the actions below in response to the requirement notices and the "
                      "areas for improvement in the CQC report. The plan is reviewed at the monthly partners' "
                      "meeting and shared with the ICB primary care quality team.")
    nrows = 1 + sum(1 + sum(len(a) for _, a in findings) for _, findings in WSS)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["CQC finding", "Action", "Responsible", "Timescale", "Status"]):
        bold_cell(c, h)
        shade(c, "DEEAF6")
    r = 1
    for section, findings in WSS:
        merged = t.cell(r, 0).merge(t.cell(r, 4))
        bold_cell(merged, section)
        shade(merged, "F2F2F2")
        r += 1
        for finding, acts in findings:
            first = r
            for paras, who, when, status in acts:
                cells = t.rows[r].cells
                cells[1].text = paras[0]
                for extra in paras[1:]:
                    cells[1].add_paragraph(extra)
                cells[2].text = who
                cells[3].text = when
                cells[4].text = status
                r += 1
            fc = t.cell(first, 0)
            if r - 1 > first:
                fc = fc.merge(t.cell(r - 1, 0))
            fc.text = finding
    for row in t.rows:
        for w, c in zip([Cm(6.5), Cm(8.5), Cm(4.5), Cm(3), Cm(2.5)], row.cells):
            c.width = w
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action finished and embedded; On track – progressing within the "
                      "timescale; Not started – due to begin later in the year.")
    doc.add_paragraph("Signed on behalf of the partners: Dr A Okafor, Senior Partner. Date: 10/10/2024")
    doc.save(path(WSS_FILE))


# ---------------------------------------------------------------------------
# 6. Mental health: LPFT CQC must/should do action export (txt, tab separated)
# ---------------------------------------------------------------------------
LPFT_FILE = "ij1-lincolnshire-partnership-nhsft-cqc-mental-health-must-should-do-action-plan.txt"
LPFT_TITLE = "Lincolnshire Partnership NHS Foundation Trust – CQC Action Plan: Mental Health Core Services"
ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
CMHT = "Community-based mental health services for adults of working age"
LPFT = [
    ("LPFT-CQC-001", ACUTE, "Must",
     "The trust must ensure that staff complete and record physical health observations after the use of rapid "
     "tranquillisation. (Regulation 12)",
     "Revise the rapid tranquillisation policy to set out the observation schedule and recording template.",
     "Associate Director of Nursing (Adult Inpatients)", "31/05/2024", "Blue",
     "Policy ratified at Clinical Policy Group 22/05/2024; peer review visit 03/09/2024 confirmed in use."),
    ("LPFT-CQC-002", ACUTE, "Must",
     "The trust must ensure that staff complete and record physical health observations after the use of rapid "
     "tranquillisation. (Regulation 12)",
     "Complete a monthly audit of post-RT observations on each acute ward and the PICU, reporting results to the "
     "Quality and Safety Committee.",
     "Matron, Peter Hodgkinson Centre", "30/11/2024", "Amber",
     "Audits June-October complete; compliance 86% in October."),
    ("LPFT-CQC-003", ACUTE, "Must",
     "The trust must ensure that patients' risk assessments are updated after every incident. (Regulation 12)",
     "Add a prompt in SystmOne to review the risk assessment when an incident is logged on Datix.",
     "Clinical Systems Lead", "31/08/2024", "Red",
     "Prompt built; release by TPP now expected December. Interim weekly report to ward managers."),
    ("LPFT-CQC-004", ACUTE, "Should",
     "The trust should ensure that ward environments are clean and well maintained, including bathrooms on "
     "Ashby Ward.",
     "Complete the Ashby Ward bathroom refurbishment in the 2024/25 estates programme.",
     "Head of Estates and Facilities", "Q3 2024/25", "Amber",
     "Contractor appointed; works start 18/11/2024."),
    ("LPFT-CQC-005", CMHT, "Must",
     "The trust must ensure that people on waiting lists are regularly contacted and their risks monitored. "
     "(Regulation 12)",
     "Introduce a waiting-list contact protocol with a minimum four-weekly call and risk screen for every person "
     "waiting.",
     "Service Manager, Adult CMHTs", "30/06/2024", "Blue",
     "Protocol in use in all five teams; peer review visit 12/08/2024."),
    ("LPFT-CQC-006", CMHT, "Must",
     "The trust must ensure that people on waiting lists are regularly contacted and their risks monitored. "
     "(Regulation 12)",
     "Report waiting-list contact compliance weekly to the divisional performance meeting.",
     "Service Manager, Adult CMHTs; Business Intelligence Lead", "Ongoing", "Amber",
     "Weekly report in place; compliance 92%."),
    ("LPFT-CQC-007", CMHT, "Must",
     "The trust must ensure that there are enough suitably qualified staff to meet caseload targets. "
     "(Regulation 18)",
     "Recruit to 6.0 WTE band 6 care coordinator vacancies across the Lincoln and Boston teams.",
     "Divisional Director, Adult Community", "31/03/2025", "Red",
     "2.0 WTE appointed; agency cover in place. Recruitment event planned for January."),
    ("LPFT-CQC-008", CMHT, "Should",
     "The trust should ensure that care plans reflect the views of patients and that patients are offered a copy.",
     "Roll out the co-produced care plan template and record whether a copy was offered.",
     "Lead Nurse, Community Mental Health", "31/10/2024", "Green",
     "Template live in all teams from 01/10/2024; awaiting peer review visit."),
    ("LPFT-CQC-009", CMHT, "Should",
     "The trust should ensure that care plans reflect the views of patients and that patients are offered a copy.",
     "Include care plan involvement questions in the quarterly patient experience survey.",
     "Patient Experience Manager / Peer Support Lead", "Q4 2024/25", "Amber",
     "Questions agreed with the Lived Experience Panel."),
]


def build_lpft():
    lines = [
        LPFT_TITLE,
        "Report: CQC actions by core service | Exported from Ulysses 14/11/2024 09:32 | Filter: all actions "
        "(open and closed)",
        "RAG key: Red = off track; Amber = on track; Green = complete; Blue = complete and assured by peer review visit",
        "",
        "\t".join(["Action ID", "Core service", "Must/Should", "CQC requirement", "Action", "Action owner",
                   "Due date", "RAG", "Latest update"]),
    ]
    for row in LPFT:
        lines.append("\t".join(row))
    counts = {}
    for row in LPFT:
        counts[row[7]] = counts.get(row[7], 0) + 1
    lines += ["",
              f"Total: {len(LPFT)} actions | Red: {counts.get('Red', 0)} | Amber: {counts.get('Amber', 0)} | "
              f"Green: {counts.get('Green', 0)} | Blue: {counts.get('Blue', 0)}",
              "End of report"]
    with open(path(LPFT_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. National body: Crown Commercial Service ARAC internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
CCS_FILE = "ij1-crown-commercial-service-arac-internal-audit-recommendations-tracker.xlsx"
CCS_TITLE = "Crown Commercial Service – Internal Audit Recommendations Tracker"
CCS_OPEN = [
    ("2024-25/03 Supplier Onboarding and Due Diligence – Limited assurance", [
        ("03.1", "High", "CCS should define minimum due diligence checks for all suppliers appointed to "
         "frameworks, proportionate to contract value and risk.",
         "Publish a supplier due diligence standard covering financial standing, modern slavery and cyber "
         "checks, approved by the Commercial Assurance Board.",
         "Director of Commercial Assurance", D(2024, 9, 30), D(2025, 1, 31), "At risk",
         "Draft standard consulted on in November; Board approval now scheduled for 28 January."),
        ("03.2", "High", "Evidence of checks completed at onboarding should be retained centrally.",
         "Configure the onboarding workflow in the eSourcing tool so that evidence is uploaded before an award "
         "can be confirmed.", "Head of Digital Commercial Systems", D(2024, 12, 31), None, "On track",
         "Change request approved; release in the December sprint."),
        ("03.3", "Medium", "Management should monitor completion of annual supplier re-checks.",
         "Add re-check completion to the monthly commercial performance dashboard.",
         "Head of Performance & Insight", D(2024, 10, 31), D(2024, 11, 30), "Overdue",
         "Dashboard build delayed by the data warehouse migration."),
    ]),
    ("2024-25/06 Cyber Security: Access Management – Moderate assurance", [
        ("06.1", "Medium", "Privileged access rights should be reviewed at least quarterly.",
         "Introduce a quarterly privileged access review, signed off by system owners, with exceptions reported "
         "to the Security Working Group.", "Chief Information Security Officer / System Owners",
         D(2025, 3, 31), None, "On track", "First review completed for finance systems in December."),
        ("06.2", "Low", "Leavers' accounts should be disabled on their last working day.",
         "Automate account disablement from the HR leaver feed.", "Head of IT Operations", D(2025, 5, 31), None,
         "On track", "Design agreed with the HR systems team."),
    ]),
    ("2023-24/11 Business Continuity – Limited assurance", [
        ("11.2", "High", "Business impact analyses should be refreshed and approved for all critical services.",
         "Refresh the business impact analyses for the 14 critical services and present them to the Executive "
         "Committee for approval.\nTest the revised plans in a desktop exercise.",
         "Chief Operating Officer", D(2024, 3, 31), D(2024, 12, 31), "At risk",
         "12 of 14 BIAs approved; desktop exercise moved to February 2025."),
    ]),
]
CCS_CLOSED = [
    ("2023-24/11 Business Continuity – Limited assurance", [
        ("11.1", "High", "A business continuity policy should be approved and communicated to all staff.",
         "Approve the revised Business Continuity Policy at the Executive Committee and publish it on the "
         "intranet.", "Chief Operating Officer", D(2024, 6, 30), D(2024, 9, 30), "Complete",
         "Policy approved 17/09/2024 and published; GIAA follow-up confirmed.", D(2024, 10, 8)),
    ]),
    ("2024-25/01 Management of Framework Rebates – Moderate assurance", [
        ("01.1", "Medium", "Rebate reconciliations should be reviewed and signed off by a second officer.",
         "Introduce second-officer sign-off of monthly rebate reconciliations in the finance system.",
         "Head of Financial Control", D(2024, 10, 31), None, "Complete",
         "Sign-off in place from the September reconciliation.", D(2024, 11, 4)),
        ("01.2", "Low", "Rebate procedures should be updated to reflect the new finance system.",
         "Update the rebate procedure notes and brief the Income team.",
         "Financial Control Manager and Income Team Leader", D(2024, 11, 30), None, "Complete",
         "Procedure notes v2.0 issued; team briefed 21/11/2024.", D(2024, 11, 25)),
    ]),
]
CCS_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}


def build_ccs():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm.column_dimensions["A"].width = 18
    for col in "BCDEF":
        sm.column_dimensions[col].width = 12
    sm["A1"] = CCS_TITLE
    sm["A1"].font = Font(bold=True, size=14, color="00205B")
    sm["A2"] = "Audit and Risk Assurance Committee, 21 January 2025 – Agenda item 7"
    sm["A3"] = "Position at 31 December 2024"
    sm["A3"].font = Font(italic=True)
    statuses = ["Complete", "On track", "At risk", "Overdue"]
    hdr = ["Priority"] + statuses + ["Total"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(5, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    allrecs = [r for _, rs in CCS_OPEN for r in rs] + [r for _, rs in CCS_CLOSED for r in rs]
    for j, pr in enumerate(["High", "Medium", "Low"], 6):
        sm.cell(j, 1, pr).border = BOX
        tot = 0
        for i, st in enumerate(statuses, 2):
            n = sum(1 for r in allrecs if r[1] == pr and r[7] == st)
            tot += n
            sm.cell(j, i, n).border = BOX
        sm.cell(j, 6, tot).border = BOX
    sm.cell(9, 1, "Total").font = Font(bold=True)
    for i in range(2, 7):
        c = sm.cell(9, i, sum(sm.cell(j, i).value for j in range(6, 9)))
        c.font = Font(bold=True)
        c.border = BOX
    sm["A11"] = "Status key"
    sm["A11"].font = Font(bold=True)
    for i, (st, desc) in enumerate([("Complete", "Action implemented and evidence accepted by GIAA"),
                                    ("On track", "In progress and within the agreed target date"),
                                    ("At risk", "Target date may be missed; revised date proposed"),
                                    ("Overdue", "Past the revised target date")], 12):
        sm.cell(i, 1, st).fill = fill(CCS_STATUS_FILL[st])
        sm.cell(i, 2, desc)
    sm["A17"] = "Note: revised target dates require the agreement of the ARAC Chair. Completed actions are shown once on the 'Closed since last ARAC' sheet and then archived."
    sm["A17"].font = Font(italic=True)

    def recsheet(ws, groups, extra_col):
        headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
                   "Original target date", "Revised target date", "Status", "Update (December 2024)"]
        if extra_col:
            headers.append("Date closed")
        n = len(headers)
        for i, w in enumerate([7, 9, 40, 46, 26, 12, 12, 11, 40, 12][:n], 1):
            ws.column_dimensions[chr(64 + i)].width = w
        for i, h in enumerate(headers, 1):
            c = ws.cell(1, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("00205B")
            c.alignment = WRAP
            c.border = BOX
        ws.freeze_panes = "A2"
        r = 2
        for audit, recs in groups:
            ws.cell(r, 1, audit).font = Font(bold=True)
            for col in range(1, n + 1):
                ws.cell(r, col).fill = fill("DCE6F1")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            r += 1
            for rec in recs:
                for i, v in enumerate(rec, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 8).fill = fill(CCS_STATUS_FILL[rec[7]])
                r += 1

    recsheet(wb.create_sheet("Open actions"), CCS_OPEN, False)
    recsheet(wb.create_sheet("Closed since last ARAC"), CCS_CLOSED, True)
    wb.save(path(CCS_FILE))


if __name__ == "__main__":
    build_ntc()
    build_ndc()
    build_uon()
    build_esh()
    build_wss()
    build_lpft()
    build_ccs()
    print("built 7 files in", HERE)
