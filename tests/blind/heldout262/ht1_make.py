"""Build the seven ht1- blind test files (set heldout262).

Run with /work/main/.venv/bin/python ht1_make.py  (writes next to this script).
Needs python-docx and openpyxl.
"""
import csv
import os
from datetime import datetime

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
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a docx cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    run = first.add_run(parts[0])
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True, size=9)
        shade(c, fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = None


FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DDEBF7"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xl_header(ws, row, labels):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = WRAP
        c.border = BOX


def xl_row(ws, row, values, date_fmt="dd/mm/yyyy"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, datetime):
            c.number_format = date_fmt


def xl_band(ws, row, text, ncols, fill="grey"):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    ws.cell(row=row, column=1).fill = FILL[fill]
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


# =====================================================================
# 1. Springfields Academy (special school) - post-Ofsted action plan, docx
# =====================================================================
def make_springfields():
    doc = Document()
    doc.add_heading("Springfields Academy – Post-Ofsted Action Plan 2024–25", level=0)
    doc.add_paragraph("Ofsted inspection: 12 and 13 March 2024 (graded inspection)")
    doc.add_paragraph("Overall effectiveness: Requires improvement")
    doc.add_paragraph("Monitored by: Local Governing Body (termly) and Trust Education Standards Committee")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Change"], fill="D9D9D9")
    for i, row in enumerate([
        ["1.0", "15/04/2024", "Headteacher", "First draft for LGB"],
        ["1.1", "20/06/2024", "Headteacher", "Updated after summer term monitoring"],
        ["1.2", "14/01/2025", "Deputy Headteacher", "Spring term review"],
    ], start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, size=9)

    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for i, (word, meaning, fill) in enumerate([
        ("Red", "Behind schedule or at risk – governors to be alerted", "FF0000"),
        ("Amber", "In progress and on track", "FFC000"),
        ("Green", "Complete and impact evidenced", "00B050"),
    ]):
        set_cell(k.rows[i].cells[0], word, bold=True, size=9)
        shade(k.rows[i].cells[0], fill)
        set_cell(k.rows[i].cells[1], meaning, size=9)

    priorities = [
        ("Priority 1: Curriculum",
         "In some subjects, including science and the humanities, leaders have not identified the precise "
         "knowledge that pupils should learn and the order in which they should learn it. Leaders should "
         "ensure that the curriculum in all subjects sets out the important knowledge that pupils need, "
         "building from pupils' different starting points.",
         [
             ("1.1", "Subject leaders to map the science, history and geography curriculum for each pathway "
                     "(pre-formal, semi-formal and formal), setting out the key knowledge and vocabulary to be "
                     "taught in each unit.",
              "Deputy Headteacher (Curriculum)", "Summer term 2024",
              "Curriculum maps published on the website; maps show a clear sequence for each pathway.", "Green"),
             ("1.2", "Whole-staff INSET on sequencing knowledge, followed by coaching cycles for class teachers "
                     "in the semi-formal pathway.",
              "DHT / Curriculum Lead", "Autumn term 2024",
              "All teachers complete one coaching cycle; lesson visits show teaching follows the planned sequence.",
              "Amber"),
             ("1.3", "SLT and the link governor to carry out subject deep dives in science and humanities to check "
                     "that pupils know and remember more.",
              "SLT; Link Governor (Curriculum)", "Termly",
              "Deep-dive reports to the LGB each term.", "Amber"),
         ]),
        ("Priority 2: Early reading and communication",
         "The teaching of phonics is not consistently precise. Some staff do not have the expertise to match "
         "reading books to the sounds that pupils know. Leaders should ensure that all staff who teach reading "
         "are well trained and that the books pupils read are closely matched to their phonics knowledge.",
         [
             ("2.1", "Introduce a DfE-validated systematic synthetic phonics programme and buy fully decodable "
                     "reading books that match it.",
              "English Lead", "April 2024",
              "Programme in use in all primary classes from 15 April 2024.", "Green"),
             ("2.2", "All teachers and teaching assistants who deliver phonics to complete the programme training.\n"
                     "English Lead to carry out half-termly drop-ins and give feedback to each member of staff.",
              "English Lead / AHT (Primary)", "October 2024",
              "100% of phonics staff trained; drop-in records show consistent delivery.", "Amber"),
             ("2.3", "Assess pupils' phonics knowledge three times a year and put catch-up sessions in place for "
                     "pupils who fall behind.",
              "English Lead", "Spring term 2025",
              "Assessment data shows most pupils keeping up with the programme.", ""),
         ]),
        ("Priority 3: Attendance",
         "Too many pupils, including some disadvantaged pupils, are persistently absent from school. Leaders "
         "should continue to work with families to improve the attendance of these pupils so that they do not "
         "miss out on important learning.",
         [
             ("3.1", "Appoint an Attendance and Family Liaison Officer to make first-day contact for every absence "
                     "and carry out home visits where attendance is below 90%.",
              "Headteacher", "September 2024",
              "Officer in post; persistent absence falls term on term.", "Green"),
             ("3.2", "Report persistent absence by pathway and for disadvantaged pupils to every LGB meeting.",
              "Headteacher; Chair of Governors", "Ongoing",
              "Attendance is a standing item on the LGB agenda.", "Amber"),
         ]),
    ]
    fills = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, afi, actions in priorities:
        doc.add_heading(heading, level=1)
        doc.add_paragraph().add_run("Ofsted area for improvement").bold = True
        p = doc.add_paragraph()
        p.add_run(afi).italic = True
        t = doc.add_table(rows=1 + len(actions), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead(s)", "Timescale",
                       "Success criteria / evidence", "RAG"], fill="BDD7EE")
        for i, (ref, act, lead, when, sc, rag) in enumerate(actions, start=1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, act, lead, when, sc, rag]):
                set_cell(cells[j], v, size=9)
            if rag:
                shade(cells[5], fills[rag])

    doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off").bold = True
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(["Approved by", "Name", "Date"]):
        set_cell(s.rows[0].cells[j], v, bold=True, size=9)
    for j, v in enumerate(["Chair of the Local Governing Body", "R. Whitcombe", "24/04/2024"]):
        set_cell(s.rows[1].cells[j], v, size=9)
    doc.save(out("ht1-springfields-academy-post-ofsted-action-plan.docx"))


# =====================================================================
# 2. Wyggeston and Queen Elizabeth I College - post-inspection plan, csv
# =====================================================================
def make_wqe():
    n = 8
    blank = [""] * n
    rows = [
        ["Wyggeston and Queen Elizabeth I College – Post-Inspection Action Plan"] + [""] * (n - 1),
        ["Ofsted inspection 7–10 November 2023 (further education and skills)"] + [""] * (n - 1),
        ["Update for Quality and Standards Committee – 11 June 2024"] + [""] * (n - 1),
        blank,
        ["Ref", "Area for improvement", "Action", "Responsible", "Original target",
         "Revised target", "Progress update", "RAG"],
        ["QUALITY OF EDUCATION"] + [""] * (n - 1),
        ["1a",
         "Leaders should ensure that teachers in a small number of A-level subjects give students feedback that "
         "helps them to understand precisely what they need to do to improve their written work.",
         'Introduce a college-wide feedback standard, including a "what went well / even better if" format '
         "for all marked assessments.",
         "Vice Principal Curriculum and Quality", "29/02/2024", "",
         "Standard launched at the January staff development day and included in the teaching handbook.",
         "Complete"],
        ["1b", "",
         "Heads of Faculty to sample marked work in each A-level subject every half term and report findings "
         "to the Quality Review Group.",
         "Heads of Faculty", "31/03/2024", "30/06/2024",
         "First two sampling rounds complete; sociology and economics sampling moved to June after staff absence.",
         "A"],
        ["1c", "",
         "Targeted CPD for teachers in the subjects identified at inspection (English literature, sociology and "
         "economics), led by the advanced practitioners.",
         "Head of Teaching and Learning / Advanced Practitioners", "31/05/2024", "",
         "Three twilight sessions delivered; follow-up learning walks scheduled.", "G"],
        ["2a",
         "Leaders should make sure that students who are at risk of not achieving their predicted grades are "
         "identified earlier and that the support they receive is effective.",
         "Move the first progress review from November to October and flag students more than one grade below "
         "their target.\nPersonal tutors to agree an improvement plan with each flagged student within two weeks.",
         "Assistant Principal Student Progress", "31/10/2024", "",
         "Calendar for 2024/25 agreed with the October review date.", "G"],
        ["2b", "",
         "Evaluate the impact of the Study Plus sessions on the achievement of flagged students and report to "
         "governors.",
         "Patel, Anita", "31/07/2024", "",
         "Attendance at Study Plus is being tracked; evaluation to use summer results.", "G"],
        ["PERSONAL DEVELOPMENT"] + [""] * (n - 1),
        ["3a",
         "Leaders should ensure that all students, including those on one-year programmes, take part in a "
         "planned programme of enrichment and careers activities that prepares them well for their next steps.",
         "Map the tutorial and enrichment offer for one-year programmes against the Gatsby benchmarks and fill "
         "any gaps.",
         "Careers Leader", "31/01/2024", "",
         "Mapping complete; two employer encounters added for one-year students.", "Complete"],
        ["3b", "",
         "Track participation in enrichment by student group through the new attendance app and follow up "
         "students who do not take part.",
         "AP Student Experience; Head of Enrichment", "31/03/2024", "31/12/2024",
         "App procurement delayed; interim tracking on spreadsheets. Escalated to SLT in May.", "R"],
        ["PROVISION FOR LEARNERS WITH HIGH NEEDS"] + [""] * (n - 1),
        ["4a",
         "Leaders should ensure that the targets in students' education, health and care plans are broken down "
         "into small steps so that teachers can check students' progress towards them.",
         "Rewrite learning support plans for all students with EHC plans so that each outcome has termly "
         "small-step targets.",
         "Head of Inclusion", "30/04/2024", "",
         "All 46 learning support plans rewritten; quality checked by the SENCo.", "G"],
        ["4b", "",
         "Train subject teachers to record progress against small-step targets on the learner record system.",
         "Head of Inclusion", "31/07/2024", "",
         "Training booked for the July staff development day.", "Not started"],
        blank,
        ["Key: Complete = action closed and impact evaluated; G = on track; A = some slippage – revised date "
         "agreed; R = off track – escalated to SLT"] + [""] * (n - 1),
        ["Summary: 9 actions – Complete 2; G 4; A 1; R 1; Not started 1"] + [""] * (n - 1),
    ]
    with open(out("ht1-wyggeston-queen-elizabeth-i-college-ofsted-post-inspection-action-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =====================================================================
# 3. University of Exeter - apprenticeships PIAP, xlsx
# =====================================================================
def make_exeter():
    title = "University of Exeter – Apprenticeships Post-Inspection Action Plan"
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=14)
    info = [
        ("Provision inspected", "Apprenticeships (levels 4 to 7)"),
        ("Inspection dates", "23–26 January 2024"),
        ("Plan owner", "Pro-Vice-Chancellor (Education)"),
        ("Monitored by", "Apprenticeship Quality Board (bi-monthly); Education Executive (termly)"),
    ]
    for i, (a, b) in enumerate(info, start=3):
        cover.cell(row=i, column=1, value=a).font = Font(bold=True)
        cover.cell(row=i, column=2, value=b)
    cover["A9"] = "Version control"
    cover["A9"].font = Font(bold=True)
    xl_header(cover, 10, ["Version", "Date", "Notes"])
    for i, r in enumerate([
        ("v0.3", datetime(2024, 3, 11), "Draft to Apprenticeship Quality Board"),
        ("v1.0", datetime(2024, 4, 18), "Approved by Education Executive"),
        ("v1.4", datetime(2025, 3, 10), "Progress update for Apprenticeship Quality Board"),
    ], start=11):
        xl_row(cover, i, list(r))
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 60
    cover.column_dimensions["C"].width = 50

    ws = wb.create_sheet("PIAP")
    ncol = 8
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress at: 10 March 2025"
    xl_header(ws, 4, ["Ref", "Area for improvement (Ofsted report)", "Action", "Lead",
                      "Target date", "Measure of impact", "Progress update", "RAG"])

    themes = [
        ("Leadership and management",
         "Leaders should ensure that governors receive sufficiently detailed information about the progress "
         "apprentices make, including those who are beyond their planned end date, so that they can hold "
         "leaders to account.",
         [
             ("1.1", "Add a termly apprenticeship quality report to the Education and Student Experience "
                     "Committee, including timely completion, breaks in learning and out-of-funding apprentices.",
              "Head of Degree Apprenticeships", datetime(2024, 6, 30),
              "Committee minutes show challenge on apprenticeship performance.",
              "First report received June 2024; now a standing termly item.", ("Complete", "blue")),
             ("1.2", "Appoint a governor with a specific remit for apprenticeships and provide a briefing on the "
                     "apprenticeship funding rules and the Ofsted framework.",
              "University Secretary / Director of Education", datetime(2024, 9, 30),
              "Named governor in place and briefed.",
              "Governor appointed at Council in July 2024; briefing held 17 September.", (None, "blue")),
             ("1.3", "Review all apprentices beyond their planned end date with their employers and agree "
                     "individual completion plans.",
              "Programme Directors", datetime(2025, 1, 31),
              "Fewer than 5% of apprentices beyond planned end date.",
              "Reviews complete for 38 of 51 apprentices; remaining reviews booked for March.", ("A", "amber")),
         ]),
        ("Quality of education",
         "Leaders and tutors should make sure that progress reviews involve workplace line managers fully, so "
         "that off-the-job training is coordinated with apprentices' work and apprentices' progress is checked "
         "with employers.",
         [
             ("2.1", "Redesign the tripartite progress review template so that it records employer input, agreed "
                     "off-the-job activities and targets for the next review.",
              "Apprenticeship Quality Manager", datetime(2024, 4, 30),
              "New template in use for all reviews.",
              "Template live on the e-portfolio from April 2024.", ("Complete", "blue")),
             ("2.2", "Train all academic tutors on the new review process, with observation of a sample of reviews "
                     "each term by the quality team.",
              "Apprenticeship Quality Manager; Academic Leads", datetime(2024, 12, 31),
              "90% of reviews sampled meet the expected standard.",
              "All tutors trained; autumn sample 84% at expected standard.", ("G", "green")),
             ("2.3", "Provide a line manager guide and short online briefing for employers on their role in the "
                     "apprenticeship.",
              "Employer Engagement Manager", datetime(2024, 7, 31),
              "Employer survey shows line managers understand their role.",
              "Guide published; briefing recorded and shared with 120 line managers.", (None, "green")),
         ]),
        (None,
         "Leaders should ensure that apprentices who need help with English and mathematics receive support "
         "that enables them to achieve their functional skills qualifications promptly.",
         [
             ("3.1", "Complete an initial assessment of English and mathematics for all new starters within four "
                     "weeks of enrolment and record the result on the e-portfolio.",
              "Functional Skills Coordinator", datetime(2024, 10, 31),
              "100% of September starters assessed within four weeks.",
              "September cohort complete; January cohort in progress.", ("G", "green")),
             ("3.2", "Contract a specialist partner to deliver functional skills tuition and monitor pass rates "
                     "monthly.",
              "Head of Degree Apprenticeships", "June 2025",
              "First-time pass rate above 70%.",
              "Procurement reopened after the first tender attracted no compliant bids.", ("A", "amber")),
         ]),
        ("Safeguarding",
         "Leaders should strengthen apprentices' understanding of the risks of radicalisation and extremism in "
         "their local area and workplaces.",
         [
             ("4.1", "Add a Prevent and British values topic to every progress review, using regional case studies "
                     "supplied by the Designated Safeguarding Lead.",
              "Designated Safeguarding Lead", datetime(2024, 9, 30),
              "Apprentices can explain local risks when asked in reviews.",
              "Topic added to the template but not yet covered consistently in reviews.", ("R", "red")),
         ]),
    ]
    r = 5
    for theme, afi, actions in themes:
        if theme:
            xl_band(ws, r, theme, ncol)
            r += 1
        start = r
        for ref, act, lead, date, impact, update, (rag_text, rag_fill) in actions:
            xl_row(ws, r, [ref, afi if r == start else None, act, lead, date, impact, update, rag_text],
                   date_fmt="mmm-yy")
            ws.cell(row=r, column=8).fill = FILL[rag_fill]
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    summary = [("Total actions", 9), ("Complete", 3), ("On track", 3), ("Some slippage", 2), ("Off track", 1)]
    for i, (a, b) in enumerate(summary, start=r + 1):
        ws.cell(row=i, column=1, value=a)
        ws.cell(row=i, column=2, value=b)
    for col, wdt in zip("ABCDEFGH", [7, 45, 55, 28, 12, 35, 45, 10]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (c, meaning) in enumerate([
        ("blue", "Complete – action delivered and impact evidenced"),
        ("green", "On track to deliver by the target date"),
        ("amber", "Some slippage – target date at risk"),
        ("red", "Off track – escalated to the Apprenticeship Quality Board"),
    ], start=2):
        key.cell(row=i, column=1, value=c.capitalize()).fill = FILL[c]
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 60
    wb.save(out("ht1-university-of-exeter-ofsted-apprenticeships-piap.xlsx"))


# =====================================================================
# 4. Doncaster and Bassetlaw Teaching Hospitals - CQC must/should do, xlsx
# =====================================================================
def make_dbth():
    title = "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    sub = ("Inspection of urgent and emergency care and medical care (including older people's care), "
           "November 2023 – report published March 2024")
    letter_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = sub
    s["A3"] = "Position at 31 January 2025 – for Quality and Effectiveness Committee"
    xl_header(s, 5, ["Core service", "Must do actions", "Should do actions", "Complete (B)",
                     "On track (G)", "At risk (A)", "Off track (R)"])
    xl_row(s, 6, ["Urgent and emergency care", 4, 2, 2, 3, 1, 0])
    xl_row(s, 7, ["Medical care (including older people's care)", 4, 2, 2, 1, 2, 1])
    xl_row(s, 8, ["Total", 8, 4, 4, 4, 3, 1])
    for c in range(1, 8):
        s.cell(row=8, column=c).font = Font(bold=True)
    s["A10"] = "RAG key: B = complete and evidenced; G = on track; A = at risk of missing due date; R = off track"
    s.column_dimensions["A"].width = 45

    # ---- Must Do sheet: core-service bands, requirement rows above their actions
    m = wb.create_sheet("Must Do")
    m["A1"] = title
    m["A1"].font = Font(bold=True, size=13)
    m["A2"] = "Must do actions (Regulation breaches)"
    cols = ["Ref", "CQC requirement / action", "Regulation", "Lead", "Original due date",
            "Revised due date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    xl_header(m, 4, cols)
    D = datetime
    must = [
        ("band", "Urgent and emergency care – Doncaster Royal Infirmary and Bassetlaw Hospital"),
        ("req", "The trust must ensure that patients in the emergency department receive timely initial "
                "assessment, including triage within 15 minutes of arrival.", "Reg 12"),
        ("act", "MD1.1", "Introduce a streaming and triage nurse at the front door 24 hours a day, supported by a "
                         "revised emergency department staffing template.", "Reg 12", "Chief Nurse",
         D(2024, 3, 31), None, "G", "B",
         "Triage nurse rostered 24/7 at both sites since March 2024. Evidence: rosters, template sign-off."),
        ("act", "MD1.2", "Daily audit of time to triage, reported to the divisional huddle, with escalation when more "
                         "than 10% of patients wait over 15 minutes.", "Reg 12",
         "Divisional Director of Nursing (UEC)", D(2024, 4, 30), D(2024, 7, 31), "A", "G",
         "Audit embedded; median time to triage 11 minutes in December 2024."),
        ("req", "The trust must ensure that staff complete and record risk assessments, including falls, pressure "
                "ulcer and nutrition assessments, for patients who remain in the department for long periods.",
         "Reg 12"),
        ("act", "MD2.1", "Build the emergency department long-stay care bundle into the electronic patient record, "
                         "prompting risk assessments at 4 and 12 hours.", "Reg 12",
         "Chief Nursing Information Officer / ED Matron", D(2024, 6, 30), D(2024, 10, 31), "R", "A",
         "Bundle built and tested; go-live moved to allow training of bank staff."),
        ("act", "MD2.2", "Monthly documentation audit of 20 long-stay patient records at each site, with results "
                         "reported to the UEC Quality and Governance meeting.", "Reg 12",
         "ED Matron", "Monthly", None, "G", "G",
         "Audits completed every month since April 2024; compliance 87% in December."),
        ("band", "Medical care (including older people's care)"),
        ("req", "The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on "
                "medical wards at all times, particularly at night.", "Reg 18"),
        ("act", "MD3.1", "Complete the biannual establishment review for all medical wards using the Safer Nursing "
                         "Care Tool and present the findings to the Board.", "Reg 18", "Chief Nurse",
         D(2024, 5, 31), None, "G", "B", "Presented to Board of Directors in May 2024."),
        ("act", "MD3.2", "Recruit to registered nurse vacancies on medical wards through the international "
                         "recruitment programme and targeted offers to newly qualified nurses.", "Reg 18",
         "Deputy Chief Nurse; Head of Nursing Workforce", D(2024, 12, 31), D(2025, 3, 31), "A", "A",
         "Vacancy rate down from 14% to 9%; night fill rate still below 90% on two wards."),
        ("req", "The trust must ensure that mental capacity assessments and best interest decisions are completed "
                "and recorded for patients who lack capacity to consent to their care and treatment.", "Reg 11"),
        ("act", "MD4.1", "Deliver level 2 Mental Capacity Act training to all registered staff on medical wards, "
                         "with compliance reported monthly.", "Reg 11", "Head of Safeguarding",
         D(2024, 9, 30), None, "A", "R",
         "Compliance 71% against 90% target; additional sessions being arranged."),
        ("act", "MD4.2", "Add a mandatory mental capacity prompt to the nursing admission assessment in the "
                         "electronic patient record.", "Reg 11", "Chief Nursing Information Officer",
         D(2024, 8, 31), None, "G", "B", "Live from August 2024."),
    ]
    r = 5
    for item in must:
        if item[0] == "band":
            xl_band(m, r, item[1], len(cols))
        elif item[0] == "req":
            m.cell(row=r, column=2, value=item[1]).font = Font(bold=True, italic=True)
            m.cell(row=r, column=2).alignment = WRAP
            m.cell(row=r, column=2).fill = FILL["pale"]
            m.cell(row=r, column=3, value=item[2]).fill = FILL["pale"]
            m.cell(row=r, column=1).fill = FILL["pale"]
        else:
            _, ref, act, reg, lead, orig, rev, prev, cur, upd = item
            xl_row(m, r, [ref, act, reg, lead, orig, rev, prev, cur, upd])
            m.cell(row=r, column=7).fill = FILL[letter_fill[prev]]
            m.cell(row=r, column=8).fill = FILL[letter_fill[cur]]
        r += 1
    for col, wdt in zip("ABCDEFGHI", [8, 60, 10, 30, 14, 14, 10, 10, 50]):
        m.column_dimensions[col].width = wdt
    m.freeze_panes = "A5"

    # ---- Should Do sheet: one row per should-do, core service as a column
    sh = wb.create_sheet("Should Do")
    sh["A1"] = title
    sh["A1"].font = Font(bold=True, size=13)
    sh["A2"] = "Should do actions"
    scols = ["Ref", "Core service", "Should do", "Action", "Lead", "Due date", "RAG", "Update"]
    xl_header(sh, 4, scols)
    should = [
        ("SD1", "Urgent and emergency care",
         "The trust should ensure that patients' pain is reassessed and recorded in line with trust policy.",
         "Add pain reassessment to the hourly intentional rounding chart and include it in the monthly ED "
         "documentation audit.", "ED Matron", D(2024, 5, 31), "B", "Rounding chart updated May 2024."),
        ("SD2", "Urgent and emergency care",
         "The trust should continue to improve the time patients wait for a decision to admit and for a bed.",
         "Deliver the UEC improvement programme actions on same day emergency care and discharge before midday, "
         "reported through the UEC Board.", "Chief Operating Officer", "Ongoing", "G",
         "SDEC opening hours extended; 4-hour performance 71% in December."),
        ("SD3", "Medical care (including older people's care)",
         "The trust should ensure that all staff receive an annual appraisal.",
         "Agree a divisional appraisal trajectory with each ward manager and monitor it at divisional performance "
         "reviews.", "Divisional Director (Medicine) / Ward Managers", D(2025, 3, 31), "A",
         "Appraisal compliance 79% against 90% target."),
        ("SD4", "Medical care (including older people's care)",
         "The trust should ensure that patients' call bells are answered promptly on all medical wards.",
         "Introduce call bell response audits on each ward, with results displayed on ward quality boards.",
         "Heads of Nursing (Medicine)", D(2024, 7, 31), "G", "Audits running on all wards; results improving."),
    ]
    for i, row in enumerate(should, start=5):
        xl_row(sh, i, list(row))
        sh.cell(row=i, column=7).fill = FILL[letter_fill[row[6]]]
    for col, wdt in zip("ABCDEFGH", [6, 28, 50, 55, 30, 12, 6, 40]):
        sh.column_dimensions[col].width = wdt
    wb.save(out("ht1-doncaster-bassetlaw-teaching-hospitals-cqc-must-should-do-action-plan.xlsx"))


# =====================================================================
# 5. Saxon Spires Practice (GP) - CQC inspection action plan, txt (tab-separated)
# =====================================================================
def make_saxon():
    T = "\t"
    lines = [
        "Saxon Spires Practice – CQC Inspection Action Plan",
        "Inspection: 9 July 2024 (assessment under the single assessment framework); report published 3 September 2024",
        "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)",
        T.join(["Plan owner: Practice Manager", "Reviewed at: monthly partners' meeting",
                "Last updated: 14/01/2025"]),
        "",
        "REQUIREMENT NOTICE 1 – Regulation 12 Safe care and treatment",
        "The provider must ensure that care and treatment is provided in a safe way, including the safe "
        "monitoring of patients prescribed high-risk medicines.",
        T.join(["Ref", "Action", "Responsible", "Completion date", "Status"]),
        T.join(["1.1", "Run a weekly search for patients on DMARDs, lithium and warfarin without up-to-date blood "
                       "monitoring and recall them.", "Clinical Pharmacist", "31/08/2024", "Completed"]),
        T.join(["1.2", "Add a prescribing alert so that repeat prescriptions for high-risk medicines cannot be "
                       "issued when monitoring is overdue.", "Dr A Shah (Prescribing Lead)", "30/09/2024",
                "Completed"]),
        T.join(["1.3", "Quarterly audit of high-risk medicine monitoring, with results reported to the partners' "
                       "meeting.", "Clinical Pharmacist / Dr A Shah", "Quarterly", "On track"]),
        "",
        "REQUIREMENT NOTICE 2 – Regulation 17 Good governance",
        "The provider must establish effective systems and processes to ensure good governance, including "
        "oversight of safety alerts, staff training and significant events.",
        T.join(["Ref", "Action", "Responsible", "Completion date", "Status"]),
        T.join(["2.1", "Set up a safety alerts log, with each MHRA alert assigned to a named clinician and "
                       "searches completed within two weeks.", "Practice Manager", "Oct-24", "Completed"]),
        T.join(["2.2", "Move all staff training records to one training matrix and book overdue safeguarding and "
                       "basic life support training.", "Practice Manager / Reception Manager", "Dec-24", "Amber"]),
        T.join(["2.3", "Review significant events at a monthly clinical meeting and share the learning with the "
                       "whole team in the staff newsletter.", "Dr Shah & Dr Okafor", "Ongoing", "On track"]),
        "",
        "AREAS WHERE THE PRACTICE SHOULD IMPROVE",
        T.join(["Should do", "Action", "Responsible", "Completion date", "Status"]),
        T.join(["Continue to improve the uptake of cervical screening.",
                "Offer Saturday morning smear clinics and send text reminders to eligible patients who have not "
                "attended.", "Lead Practice Nurse", "Mar-25", "On track"]),
        T.join(["Improve patient satisfaction with telephone access.",
                "Install a cloud telephony system with call-back and queue position, and review call data monthly.",
                "Practice Manager", "Feb-25", "Not started"]),
        "",
        "Notes:",
        "Status: Completed / On track / Amber (behind target date) / Not started.",
        "This plan is shared with the Patient Participation Group at each meeting.",
    ]
    with open(out("ht1-saxon-spires-practice-cqc-inspection-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =====================================================================
# 6. Hampshire and Isle of Wight Healthcare - CQC MH must/should do, docx
# =====================================================================
def make_hiowh():
    doc = Document()
    doc.add_heading("Hampshire and Isle of Wight Healthcare NHS Foundation Trust – CQC Must Do and Should Do "
                    "Action Plan (Mental Health Core Services)", level=0)
    doc.add_paragraph("Inspection: June–July 2024 | Report published: 16 October 2024")

    dt = doc.add_table(rows=4, cols=2)
    dt.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Document owner", "Chief Nursing Officer"),
        ("Version", "2.1"),
        ("Status", "Progress update for Quality and Safety Committee, February 2025"),
        ("Next review", "April 2025"),
    ]):
        set_cell(dt.rows[i].cells[0], a, bold=True, size=9)
        shade(dt.rows[i].cells[0], "D9D9D9")
        set_cell(dt.rows[i].cells[1], b, size=9)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Status key").bold = True
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    key = [("Complete", "Action completed and evidence assured", "0070C0"),
           ("On track", "Progressing and expected to meet the due date", "00B050"),
           ("At risk", "Risk to delivery by the due date – mitigation in place", "FFC000"),
           ("Off track", "Past due date or not deliverable – escalated", "FF0000")]
    for i, (w, mng, fill) in enumerate(key):
        set_cell(kt.rows[i].cells[0], w, bold=True, size=9)
        shade(kt.rows[i].cells[0], fill)
        set_cell(kt.rows[i].cells[1], mng, size=9)
    fills = {w: f for w, _, f in key}

    sections = [
        ("1. Acute wards for adults of working age and psychiatric intensive care units", [
            ("MUST",
             "The trust must ensure that staff complete and update risk assessments for all patients following "
             "incidents and record how identified risks will be managed. (Regulation 12)",
             [("1.1", "Introduce a post-incident risk review prompt in the electronic patient record, to be "
                      "completed within 24 hours of any incident graded moderate harm or above.",
               "Associate Director of Nursing (Adult Mental Health)", "31/12/2024", "Complete"),
              ("1.2", "Modern matrons to audit ten risk assessments per ward each month and feed back to ward "
                      "managers at the monthly quality meeting.",
               "Modern Matrons / Ward Managers", "Monthly", "On track")]),
            ("MUST",
             "The trust must ensure that patients detained under the Mental Health Act have their rights "
             "explained to them on admission and at regular intervals, and that this is recorded. (Regulation 13)",
             [("1.3", "Revise the section 132 rights procedure and add a mandatory reminder in the electronic "
                      "patient record every 28 days.",
               "Head of Mental Health Law", "Q3 2024/25", "Complete"),
              ("1.4", "Mental Health Act administrators to audit compliance monthly and report to the Mental "
                      "Health Act Scrutiny Committee.",
               "Head of Mental Health Law", "Q4 2024/25", "At risk")]),
            ("SHOULD",
             "The trust should ensure that ward environments at Elmleigh are well maintained and that repairs "
             "are completed promptly.",
             [("1.5", "Agree a prioritised estates programme for Elmleigh with monthly progress reported to the "
                      "Care Group Board.",
               "Director of Estates and Facilities", "31/03/2025", "On track")]),
        ]),
        ("2. Mental health crisis services and health-based places of safety", [
            ("MUST",
             "The trust must ensure that there are enough suitably qualified staff in the crisis resolution and "
             "home treatment teams to respond to referrals within the target times. (Regulation 18)",
             [("2.1", "Complete a demand and capacity review of the crisis teams and agree a revised workforce "
                      "model with commissioners.",
               "Director of Operations (Mental Health) / Clinical Director", "30/11/2024\nRevised: 31/01/2025",
               "Complete"),
              ("2.2", "Recruit to the additional crisis practitioner posts agreed in the revised model.",
               "Service Manager, Crisis Services", "Q1 2025/26", "At risk")]),
            ("SHOULD",
             "The trust should ensure that patients in the health-based place of safety are offered food and "
             "drink and that this is recorded.",
             [("2.3", "Keep a supply of snacks and drinks in the place of safety and add a food and fluid prompt "
                      "to the section 136 record.",
               "Place of Safety Lead Nurse", "31/10/2024", "Complete")]),
        ]),
        ("3. Community-based mental health services for adults of working age", [
            ("MUST",
             "The trust must ensure that patients on waiting lists are regularly reviewed and that risks are "
             "monitored while they wait for treatment. (Regulation 12)",
             [("3.1", "Implement a 'wait well' contact every four weeks for all patients waiting for psychological "
                      "therapies, with escalation of increased risk to the duty clinician.",
               "Community Team Leaders", "28/02/2025", "On track"),
              ("3.2", "Weekly waiting list report to community team leaders showing patients without a review in "
                      "the past 28 days.",
               "Head of Performance and Information", "31/12/2024", "Off track")]),
        ]),
    ]
    for heading, findings in sections:
        doc.add_heading(heading, level=1)
        nrows = 1 + sum(len(f[2]) for f in findings)
        t = doc.add_table(rows=nrows, cols=7)
        t.style = "Table Grid"
        header_row(t, ["No.", "Must / Should", "CQC finding", "Action", "Lead", "Due date", "Status"],
                   fill="BDD7EE")
        r = 1
        for kind, finding, actions in findings:
            first = r
            for ref, act, lead, due, status in actions:
                cells = t.rows[r].cells
                set_cell(cells[0], ref, size=9)
                set_cell(cells[3], act, size=9)
                set_cell(cells[4], lead, size=9)
                set_cell(cells[5], due, size=9)
                set_cell(cells[6], status, size=9)
                shade(cells[6], fills[status])
                r += 1
            last = r - 1
            if last > first:
                mk = t.cell(first, 1).merge(t.cell(last, 1))
                mf = t.cell(first, 2).merge(t.cell(last, 2))
            else:
                mk = t.cell(first, 1)
                mf = t.cell(first, 2)
            set_cell(mk, kind, bold=True, size=9)
            set_cell(mf, finding, size=9)
        doc.add_paragraph()
    doc.add_paragraph("Evidence of completion for each action is held on the Trust's CQC evidence library and "
                      "is assured by the Quality Compliance Team before an action is marked Complete.")
    doc.save(out("ht1-hampshire-isle-of-wight-healthcare-cqc-mental-health-must-should-do-action-plan.docx"))


# =====================================================================
# 7. Sport England - ARC internal audit tracker, xlsx (typo month -> refuse)
# =====================================================================
def make_sport_england():
    wb = Workbook()
    ws = wb.active
    ws.title = "ARC tracker"
    ws["A1"] = "Sport England – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit and Risk Committee, 18 March 2025 – position at 28 February 2025"
    ws["A3"] = "Internal audit provided by the Government Internal Audit Agency (GIAA)"
    cols = ["Ref", "Priority", "Finding / recommendation", "Agreed management action", "Action owner",
            "Original due date", "Revised due date", "No. of revisions", "Status", "Latest update"]
    xl_header(ws, 5, cols)
    data = [
        ("band", "2023-24 Grant Assurance Framework – Limited assurance"),
        ("GAF-01", "High",
         "Post-award monitoring of capital grants is not consistently evidenced. Relationship managers should "
         "record monitoring visits and evidence of spend against agreed milestones.",
         "Introduce a mandatory monitoring checklist in the grants management system, with quarterly "
         "compliance reporting to the Investment Committee.",
         "Director of Finance and Corporate Services", "Sep-24", "Mar-25", 1, "Amber",
         "Checklist live from January 2025; first quarterly compliance report due April."),
        ("GAF-02", "Medium",
         "Conflicts of interest declarations for award panels are not always refreshed before each panel.",
         "Panel secretariat to obtain and file fresh declarations at the start of every award panel.",
         "Head of Investment Assurance", "Apr-25", "", 0, "Green",
         "New panel template in use since November."),
        ("GAF-03", "Medium",
         "Grant data held in the legacy system and the new portal are not reconciled.",
         "Complete a one-off reconciliation of open awards and set up a monthly automated exception report.",
         "Head of Investment Assurance / Head of Data", "Jun-24", "Dec-24", 1, "Complete",
         "Reconciliation signed off in December; exception report running monthly."),
        ("band", "2023-24 Cyber Security – Moderate assurance"),
        ("CYB-01", "High",
         "Privileged access to core systems is not reviewed regularly and several leavers' admin accounts "
         "remained active.",
         "Implement quarterly privileged access reviews and link admin account removal to the leavers process.",
         "Chief Digital Officer", "Oct-24", "Febuary 2025", 2, "Red",
         "Tooling delayed by supplier; interim manual review completed in January."),
        ("CYB-02", "Medium",
         "The cyber incident response plan has not been tested in the last 12 months.",
         "Run a desktop exercise of the incident response plan with the Executive Team.",
         "Head of IT", "Mar-25", "", 0, "Green",
         "Exercise booked for 12 March 2025 with NCSC Exercise in a Box."),
        ("band", "2024-25 Workforce Planning – Moderate assurance"),
        ("WFP-01", "Medium",
         "Directorate workforce plans are not aligned to the Uniting the Movement delivery plan.",
         "Refresh directorate workforce plans using a common template linked to delivery plan priorities.",
         "Director of People", "Jan-25", "", 0, "Complete",
         "All directorate plans refreshed and approved by the Executive Team."),
        ("WFP-02", "Low",
         "Succession plans for critical roles are not documented.",
         "Identify critical roles and document succession arrangements for each.",
         "HR Business Partners", "Jun-25", "", 0, "Not started",
         "Scheduled to start after the pay award is implemented."),
    ]
    status_fill = {"Amber": "amber", "Green": "green", "Complete": "blue", "Red": "red"}
    r = 6
    for item in data:
        if item[0] == "band":
            xl_band(ws, r, item[1], len(cols))
        else:
            xl_row(ws, r, list(item))
            if item[8] in status_fill:
                ws.cell(row=r, column=9).fill = FILL[status_fill[item[8]]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    for i, (a, b) in enumerate([("Open recommendations", 5), ("Completed since last ARC", 2),
                                ("Overdue (past original date)", 2)], start=r + 1):
        ws.cell(row=i, column=1, value=a)
        ws.cell(row=i, column=3, value=b)
    for col, wdt in zip("ABCDEFGHIJ", [9, 9, 50, 50, 30, 12, 14, 10, 12, 45]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Assurance key")
    k["A1"] = "Priority and status definitions"
    k["A1"].font = Font(bold=True)
    rows = [
        ("High", "Fundamental weakness – action required within 3 months"),
        ("Medium", "Significant weakness – action required within 6 months"),
        ("Low", "Opportunity to improve – action within 12 months"),
        ("Complete", "Evidence of implementation provided to GIAA"),
        ("Green", "On track for the current due date"),
        ("Amber", "At risk – revised date proposed"),
        ("Red", "Overdue or revised more than once"),
    ]
    for i, (a, b) in enumerate(rows, start=3):
        k.cell(row=i, column=1, value=a)
        k.cell(row=i, column=2, value=b)
    k.column_dimensions["B"].width = 60
    wb.save(out("ht1-sport-england-arc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_springfields()
    make_wqe()
    make_exeter()
    make_dbth()
    make_saxon()
    make_hiowh()
    make_sport_england()
    print("done")
