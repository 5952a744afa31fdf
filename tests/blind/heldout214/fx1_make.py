"""Build the seven fx1- blind test files of set heldout214.

Run with /work/main/.venv/bin/python fx1_make.py (needs openpyxl and python-docx).
Each action row carries an `exp` dict (end, end_text, status, lead) used only to
write the .expected.yaml readings; it is never written into the data files.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "head": "1F3864",
    "band": "D9E1F2",
    "band2": "FCE4D6",
    "grey": "F2F2F2",
}


def fill(name):
    return PatternFill("solid", start_color="FF" + FILL[name], end_color="FF" + FILL[name])


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def a(ref, action, lead, end, status, *, exp, **kw):
    d = dict(ref=ref, action=action, lead=lead, end=end, status=status, exp=exp)
    d.update(kw)
    return d


# ---------------------------------------------------------------------------
# 1. School: Beaumont Leys School post-Ofsted action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
SCHOOL_TITLE = "Beaumont Leys School – Post-Ofsted Action Plan 2024–25"
SCHOOL = [
    ("Priority 1: Curriculum and assessment at Key Stage 3",
     "Leaders should ensure that the key stage 3 curriculum in all subjects identifies the important "
     "knowledge that pupils should learn and the order in which they should learn it.",
     [
         a("1.1", "Subject leaders to review the KS3 curriculum map in every subject, identifying the essential "
                  "knowledge and the order in which it is taught from Year 7 to Year 9.",
           "DHT (Curriculum)", "Autumn term 2024", "green",
           success="Curriculum maps for all 14 subjects quality assured by SLT.",
           monitor="Curriculum & Standards Committee",
           progress="All 14 subject maps reviewed; presented to governors 28/11/24.",
           exp=dict(lead=["DHT (Curriculum)"], end="2024-12", status="blue")),
         a("1.2", "Deliver a CPD programme on curriculum sequencing and retrieval practice for all teaching "
                  "staff, with follow-up coaching for middle leaders.",
           "AHT T&L / Lead Practitioner", "Spring term 2025", "amber",
           success="Learning walks show retrieval practice in 80% of KS3 lessons.",
           monitor="Curriculum & Standards Committee",
           progress="Sessions 1–4 delivered. Coaching for middle leaders started in February.",
           exp=dict(lead=["AHT T&L", "Lead Practitioner"], end="2025-04", status="amber")),
         a("1.3", "Introduce termly quality assurance deep dives in KS3 subjects, with findings reported to "
                  "the Curriculum & Standards Committee.",
           "SLT link for each faculty", "Termly", "amber",
           success="Deep dive reports show consistent sequencing across classes.",
           monitor="Link governor for curriculum",
           progress="Science, history and MFL completed this year.",
           exp=dict(lead=["SLT link for each faculty"], end=None, end_text="Termly", status="amber")),
     ]),
    ("Priority 2: Reading and literacy",
     "Leaders should make sure that pupils who are at the early stages of learning to read receive the "
     "support they need to catch up quickly and read with fluency and confidence.",
     [
         a("2.1", "Screen all Year 7 pupils using the NGRT reading test and identify pupils reading below their "
                  "chronological age.",
           "JHa / KSi", "October half-term 2024", "green",
           success="All Year 7 pupils screened; intervention groups in place.",
           monitor="SEND and inclusion governor",
           progress="Completed. 46 pupils identified for intervention.",
           exp=dict(lead=["JHa", "KSi"], end="2024-10", status="blue")),
         a("2.2", "Train six teaching assistants to deliver the Fresh Start phonics catch-up programme to "
                  "identified pupils in Years 7 and 8.",
           "SENCo", "Dec-24", "green",
           success="Fresh Start groups running daily; reading ages re-tested in March.",
           monitor="SEND and inclusion governor",
           progress="Six TAs trained in November; groups running.",
           exp=dict(lead=["SENCo"], end="2024-12", status="blue")),
         a("2.3", "Embed disciplinary reading in tutor time and across subjects, monitored through learning "
                  "walks and pupil voice.",
           "Literacy Lead and Head of English", "Summer term 2025", "red",
           success="Pupil voice shows pupils read regularly in most subjects.",
           monitor="Curriculum & Standards Committee",
           progress="Delayed by a staffing change in English; to be relaunched after Easter.",
           exp=dict(lead=["Literacy Lead", "Head of English"], end="2025-07", status="red")),
     ]),
    ("Priority 3: Attendance and behaviour",
     "Leaders should continue to take effective action to reduce the proportion of pupils who are "
     "persistently absent, including disadvantaged pupils and pupils with SEND.",
     [
         a("3.1", "Appoint an Attendance Officer and introduce first-day calling and weekly attendance panels "
                  "for persistently absent pupils.",
           "DHT (Pastoral)", "September 2024", "green",
           success="Persistent absence below the national average by July 2025.",
           monitor="Full Governing Body",
           progress="Attendance Officer in post from 2 September. Panels held weekly.",
           exp=dict(lead=["DHT (Pastoral)"], end="2024-09", status="blue")),
         a("3.2", "Work with the Local Authority Attendance Team on fast-track legal intervention where "
                  "attendance does not improve after support.",
           "Attendance Officer", "Ongoing", None,
           success="Fast-track process used where support has not worked.",
           monitor="Full Governing Body",
           progress="",
           exp=dict(lead=["Attendance Officer"], end=None, end_text="Ongoing", status="unrated")),
     ]),
]


def make_school(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    widths = [7, 52, 20, 38, 18, 26, 8, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = SCHOOL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Ofsted inspection 11–12 June 2024 (Requires improvement). Plan approved by the Full "
                "Governing Body on 15 October 2024; progress update March 2025.")
    ws.merge_cells("A2:H2")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (name, txt) in zip("BCD", [("red", "Not started / at risk"), ("amber", "In progress"),
                                          ("green", "Achieved")]):
        ws[f"{col}3"] = txt
        ws[f"{col}3"].fill = fill(name)
    hdr = ["Ref", "Action", "Lead(s)", "Success criteria", "By when", "Governor monitoring", "RAG",
           "Progress update (March 2025)"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = WRAP
    for prio, rec, acts in SCHOOL:
        r += 1
        ws.cell(r, 1, prio).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("band")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        ws.cell(r, 1, rec).font = Font(italic=True)
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        for act in acts:
            r += 1
            vals = [act["ref"], act["action"], act["lead"], act["success"], act["end"], act["monitor"], None,
                    act["progress"] or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            if act["status"]:
                ws.cell(r, 7).fill = fill(act["status"])
    r += 2
    ws.cell(r, 1, "Progress against this plan is reported to each meeting of the Full Governing Body. "
                  "Next review: April 2025.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    ws2 = wb.create_sheet("Governor monitoring visits")
    rows = [
        ["Governor monitoring visits 2024–25"],
        [],
        ["Date", "Focus of visit", "Governor", "Report to"],
        [D(2024, 11, 21), "Priority 1 – KS3 curriculum maps", "Mrs P. Odedra", "C&S Committee"],
        [D(2025, 1, 23), "Priority 2 – reading interventions", "Mr D. Fowler", "FGB"],
        [D(2025, 3, 13), "Priority 3 – attendance panels", "Mrs P. Odedra", "FGB"],
    ]
    for row in rows:
        ws2.append(row)
    ws2["A1"].font = Font(bold=True)
    for c in range(1, 5):
        ws2.cell(3, c).font = Font(bold=True)
    for rr in range(4, 7):
        ws2.cell(rr, 1).number_format = "dd/mm/yyyy"
    ws2.column_dimensions["A"].width = 12
    ws2.column_dimensions["B"].width = 40
    ws2.column_dimensions["C"].width = 18
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. College: Macclesfield College post-inspection action plan (docx, table per AFI)
# ---------------------------------------------------------------------------
COLLEGE_TITLE = "Macclesfield College – Post-Inspection Action Plan 2024–25"
COLLEGE = [
    ("Area for improvement 1: Adult learning programmes",
     "Leaders should ensure that tutors on adult learning programmes use the information they collect about "
     "learners' starting points to plan learning that builds on what learners already know.",
     [
         a("1a", "Revise the initial assessment process for all adult programmes so that starting points capture "
                 "prior skills and knowledge, not only qualifications.",
           "Head of Adult and Community Learning", "July 2024", "B",
           progress="New initial assessment template in use from September 2024.",
           exp=dict(lead=["Head of Adult and Community Learning"], end="2024-07", status="blue")),
         a("1b", "Train adult tutors to use starting-point information when writing individual learning plans, "
                 "checked through the observation of teaching and learning cycle.",
           "Head of Adult and Community Learning / Quality Manager", "31/12/2024", "G",
           progress="Training delivered at October staff development day; 14 of 17 tutors observed.",
           exp=dict(lead=["Head of Adult and Community Learning", "Quality Manager"], end="2024-12",
                    status="green")),
         a("1c", "Audit a 20% sample of adult learners' individual learning plans each term and report the "
                 "findings to the Quality Improvement Group.",
           "Quality Manager", "Termly", "G",
           progress="Autumn audit complete: 78% of ILPs reflect starting points.",
           exp=dict(lead=["Quality Manager"], end=None, end_text="Termly", status="green")),
     ]),
    ("Area for improvement 2: Attendance on study programmes",
     "Leaders and managers should improve attendance on study programmes, particularly in English and "
     "mathematics lessons.",
     [
         a("2a", "Introduce same-day absence follow-up by Progress Coaches for every missed English and maths "
                 "lesson.",
           "Head of Student Services", "September 2024", "B",
           progress="In place from week 1 of the autumn term.",
           exp=dict(lead=["Head of Student Services"], end="2024-09", status="blue")),
         a("2b", "Set attendance targets for each curriculum area and review them at monthly performance "
                 "meetings with Heads of Curriculum.",
           "Deputy Principal – Curriculum and Quality", "Dec 2024 (revised Feb 2025)", "A",
           progress="Targets set; monthly reviews delayed by the MIS upgrade.",
           exp=dict(lead=["Deputy Principal – Curriculum and Quality"], end="2025-02", status="amber")),
         a("2c", "Launch an attendance rewards scheme with the Students' Union.\n"
                 "Hold termly prize draws for learners with 95% attendance or above.",
           "Student Engagement Manager & SU President", "Mar-25", "R",
           progress="Scheme not yet launched; SU elections moved to February.",
           exp=dict(lead=["Student Engagement Manager", "SU President"], end="2025-03", status="red")),
     ]),
    ("Area for improvement 3: Careers guidance for learners with high needs",
     "Leaders should ensure that learners with high needs receive helpful careers information, advice and "
     "guidance so that they are well prepared for their next steps.",
     [
         a("3a", "Ensure every learner with an EHC plan has a careers interview with a Level 6 qualified adviser "
                 "before the February half-term.",
           "Careers Lead", "February 2025", "G",
           progress="61 of 74 interviews completed.",
           exp=dict(lead=["Careers Lead"], end="2025-02", status="green")),
         a("3b", "Extend the supported internship programme with local employers to at least 12 places.",
           "Head of Inclusive Learning", "End of July 2025", "G",
           progress="9 places confirmed with four employers.",
           exp=dict(lead=["Head of Inclusive Learning"], end="2025-07", status="green")),
     ]),
]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def bold_cell(cell, text, fillhex=None, white=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if fillhex:
        shade(cell, fillhex)


def set_cell_lines(cell, text):
    """Write text into a cell, one paragraph per line."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def make_college(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(COLLEGE_TITLE, style="Title")
    doc.add_paragraph("Ofsted inspection 5 to 8 March 2024 – further education and skills. "
                      "Overall effectiveness: Good.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Plan owner", "Vice Principal – Quality and Learner Experience"),
                 ("Version", "1.3"),
                 ("Approved by", "Quality and Standards Committee, 14 May 2024"),
                 ("Last updated", "20 January 2025"),
                 ("Next review", "Quality and Standards Committee, March 2025")]:
        row = dc.add_row().cells
        bold_cell(row[0], k, "F2F2F2")
        row[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG rating: B = complete; G = on track; A = some slippage, recoverable; "
                      "R = off track, needs intervention.")
    hdr = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress / impact"]
    for aoi, text, acts in COLLEGE:
        doc.add_heading(aoi, level=2)
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        top.text = ""
        r0 = top.paragraphs[0].add_run(text)
        r0.italic = True
        shade(top, "DEEAF6")
        for c, h in enumerate(hdr):
            bold_cell(t.cell(1, c), h, "1F3864", white=True)
        for i, act in enumerate(acts, start=2):
            cells = t.rows[i].cells
            cells[0].text = act["ref"]
            set_cell_lines(cells[1], act["action"])
            cells[2].text = act["lead"]
            cells[3].text = act["end"]
            cells[4].text = act["status"]
            shade(cells[4], {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}[act["status"]])
            cells[5].text = act["progress"]
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for c, h in enumerate(["Role", "Name", "Date"]):
        bold_cell(so.cell(0, c), h)
    for r, vals in enumerate([["Principal and Chief Executive", "Signed", "21/01/2025"],
                              ["Chair of Quality and Standards Committee", "Signed", "21/01/2025"]], start=1):
        for c, v in enumerate(vals):
            so.cell(r, c).text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Apprenticeship provider: Estio Training PIAP (xlsx, cover + PIAP + key, vertical merges)
# ---------------------------------------------------------------------------
ESTIO_TITLE = "Estio Training Ltd – Post-Inspection Action Plan (PIAP) 2024–25"
AFI_QE1 = ("Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately "
           "so that all apprentices receive their full entitlement.")
AFI_QE2 = ("Leaders should ensure that coaches use assessment to identify gaps in apprentices' knowledge and "
           "skills and plan learning to close them.")
AFI_PD1 = ("Leaders should ensure that apprentices develop their understanding of the risks of radicalisation "
           "and extremism in the context of their workplace and local area.")
AFI_LM1 = ("Leaders and governors should strengthen their oversight of the quality of training, including "
           "training provided by subcontractors.")
ESTIO = [
    ("Quality of education", AFI_QE1, [
        a("QE1.1", "Rebuild the off-the-job training tracker in the e-portfolio so that hours are logged weekly "
                   "against each apprentice's training plan.",
          "Head of Quality; Digital Learning Manager", D(2025, 1, 31), "Complete",
          start=D(2024, 12, 2), revised=None, prev="A",
          update="Tracker live from 13 January; weekly exception report to managers.",
          exp=dict(lead=["Head of Quality", "Digital Learning Manager"], end="2025-01", status="blue")),
        a("QE1.2", "Hold tripartite progress reviews every 10 weeks with the apprentice and line manager, "
                   "including a check on off-the-job hours.",
          "Apprenticeship Delivery Manager", D(2025, 2, 28), "A",
          start=D(2025, 1, 6), revised=D(2025, 4, 30), prev="R",
          update="82% of reviews in date (target 95%). Deadline revised after two coach vacancies.",
          exp=dict(lead=["Apprenticeship Delivery Manager"], end="2025-04", status="amber")),
    ]),
    ("Quality of education", AFI_QE2, [
        a("QE2.1", "Introduce a skills scan at the start and mid-point of each standard, mapped to the "
                   "knowledge, skills and behaviours (KSBs).",
          "Lewis, Amy", D(2025, 3, 31), "G",
          start=D(2025, 1, 6), revised=None, prev="G",
          update="Skills scans written for all six standards; in use for new starts.",
          exp=dict(lead=["Lewis, Amy"], end="2025-03", status="green")),
        a("QE2.2", "Deliver monthly standardisation sessions for coaches on questioning and feedback.",
          "Lead Coach", D(2025, 6, 30), "G",
          start=D(2025, 1, 6), revised=None, prev="G",
          update="Three sessions held; observation grades improving.",
          exp=dict(lead=["Lead Coach"], end="2025-06", status="green")),
    ]),
    ("Personal development", AFI_PD1, [
        a("PD1.1", "Add a Prevent and British values topic to each progress review, using sector-specific case "
                   "studies.",
          "Designated Safeguarding Lead", D(2025, 2, 28), "Complete",
          start=D(2024, 12, 2), revised=None, prev="A",
          update="Topics added to review template; apprentice survey shows improved understanding.",
          exp=dict(lead=["Designated Safeguarding Lead"], end="2025-02", status="blue")),
        a("PD1.2", "Publish a monthly safeguarding and Prevent newsletter for apprentices and employers.",
          "DSL / Marketing Officer", "Monthly", "G",
          start=D(2025, 1, 1), revised=None, prev="G",
          update="January, February and March editions issued.",
          exp=dict(lead=["DSL", "Marketing Officer"], end=None, end_text="Monthly", status="green")),
    ]),
    ("Leadership and management", AFI_LM1, [
        a("LM1.1", "Appoint an independent board member with expertise in apprenticeship quality.",
          "Managing Director", "March 2025", "G",
          start=D(2024, 12, 1), revised=None, prev="A",
          update="Appointment agreed at February board; starts April.",
          exp=dict(lead=["Managing Director"], end="2025-03", status="green")),
        a("LM1.2", "Introduce a quarterly quality report to the board covering achievement, progress, "
                   "off-the-job hours and subcontractor performance.",
          "Head of Quality", "Q1 2025/26", "Not started",
          start=D(2025, 4, 1), revised=None, prev=None,
          update="Report template drafted; first report due to the July board.",
          exp=dict(lead=["Head of Quality"], end="2025-06", status="unrated")),
    ]),
]

RAGFILL = {"R": "red", "A": "amber", "G": "green", "B": "blue", "Complete": "blue"}


def make_estio(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = ESTIO_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    info = [("Provider", "Estio Training Ltd"),
            ("Provision type", "Apprenticeships (levels 2 to 5)"),
            ("Inspection dates", "19 to 22 November 2024"),
            ("Overall effectiveness", "Requires improvement"),
            ("Plan owner", "Managing Director"),
            ("Monitored by", "Board of Directors (quarterly) and Quality Improvement Group (monthly)")]
    for i, (k, v) in enumerate(info, start=3):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    cv.cell(10, 1, "Version history").font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Change", "By"], start=1):
        cv.cell(11, j, h).font = Font(bold=True)
        cv.cell(11, j).fill = fill("grey")
    for i, row in enumerate([["1.0", D(2024, 12, 20), "First issue following inspection report", "MD"],
                             ["1.1", D(2025, 1, 24), "January progress update", "Head of Quality"],
                             ["2.0", D(2025, 3, 14), "March update for Board", "Head of Quality"]], start=12):
        for j, v in enumerate(row, start=1):
            cv.cell(i, j, v)
        cv.cell(i, 2).number_format = "dd/mm/yyyy"
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 60
    cv.column_dimensions["C"].width = 40

    ws = wb.create_sheet("PIAP")
    ws["A1"] = ESTIO_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Progress update for Board meeting 14 March 2025"
    ws.merge_cells("A2:K2")
    hdr = ["Ref", "Ofsted theme", "Area for improvement", "Action", "Owner", "Start", "Original deadline",
           "Revised deadline", "Previous RAG (Jan 25)", "Current RAG (Mar 25)", "Progress update / impact"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    # group consecutive theme rows for vertical merge of theme column
    theme_start = {}
    for theme, afi, acts in ESTIO:
        first = r
        for act in acts:
            vals = [act["ref"], theme, afi, act["action"], act["lead"], act["start"], act["end"],
                    act["revised"], act["prev"], act["status"], act["update"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            for c in (6, 7, 8):
                ws.cell(r, c).number_format = "dd/mm/yyyy"
            for c, v in ((9, act["prev"]), (10, act["status"])):
                if v in RAGFILL:
                    ws.cell(r, c).fill = fill(RAGFILL[v])
            r += 1
        theme_start.setdefault(theme, [first, r - 1])
        theme_start[theme][1] = r - 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for theme, (s, e) in theme_start.items():
        if e > s:
            # merging keeps only the top-left value, as in the original workbook
            ws.merge_cells(start_row=s, start_column=2, end_row=e, end_column=2)
    for c, w in zip("ABCDEFGHIJK", [8, 16, 40, 50, 24, 11, 12, 12, 10, 10, 42]):
        ws.column_dimensions[c].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete – impact evidenced and verified by the Quality Improvement Group"),
                                  ("G", "On track to meet the deadline"),
                                  ("A", "Some slippage – recovery action in place"),
                                  ("R", "Off track – escalated to the Managing Director")], start=2):
        key.cell(i, 1, k).fill = fill(RAGFILL[k])
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 70
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Hospital: East Lancashire Hospitals CQC must/should do action plan (docx board paper)
# ---------------------------------------------------------------------------
ELHT_TITLE = "CQC Must Do and Should Do Action Plan: Progress Update"
UEC = "Urgent and emergency care – Royal Blackburn Teaching Hospital"
MED = "Medical care (including older people's care) – Royal Blackburn Teaching Hospital"
WL = "Trust-wide (well-led)"
R_MD1 = ("The trust must ensure that patients in the emergency department receive a timely initial assessment "
         "and that clinical observations are repeated in line with trust policy. (Regulation 12)")
R_MD2 = ("The trust must ensure that there are sufficient numbers of suitably qualified children's nurses in the "
         "emergency department at all times. (Regulation 18)")
R_SD1 = ("The trust should ensure that mental health risk assessments are completed for all patients presenting "
         "with self-harm. (Regulation 12)")
R_MD3 = ("The trust must ensure that mental capacity assessments and best interest decisions are completed and "
         "recorded where patients may lack capacity. (Regulation 11)")
R_SD2 = ("The trust should ensure that patients' nutrition and hydration needs are assessed and that fluid balance "
         "charts are completed accurately. (Regulation 14)")
R_SD3 = ("The trust should ensure that the board assurance framework reflects current risks to the quality of "
         "urgent and emergency care. (Regulation 17)")
ELHT = [
    (UEC, [
        ("MD1", R_MD1, [
            a("MD1.1", "Place a streaming and triage nurse at the front door 24/7, with a 15-minute initial "
                       "assessment standard monitored daily.",
              "Divisional Director of Nursing – Urgent Care", "31/05/2024", "Complete",
              exp=dict(lead=["Divisional Director of Nursing – Urgent Care"], end="2024-05", status="blue")),
            a("MD1.2", "Roll out electronic observation alerts for overdue NEWS2 observations in all ED areas.",
              "Chief Nursing Information Officer / ED Matron", "Q3 2024/25", "Green",
              exp=dict(lead=["Chief Nursing Information Officer", "ED Matron"], end="2024-12",
                       status="green")),
        ]),
        ("MD2", R_MD2, [
            a("MD2.1", "Recruit to 6.0 WTE registered children's nurse vacancies in the paediatric ED.",
              "Head of Nursing (Children's Services)", "December 2024", "Amber",
              exp=dict(lead=["Head of Nursing (Children's Services)"], end="2024-12", status="amber")),
            a("MD2.2", "Provide paediatric immediate life support training to all adult-trained nurses rostered "
                       "to paediatric ED shifts until the establishment is met.",
              "ED Practice Education Lead", "30/09/2024", "Complete",
              exp=dict(lead=["ED Practice Education Lead"], end="2024-09", status="blue")),
        ]),
        ("SD1", R_SD1, [
            a("SD1.1", "Add a mandatory mental health risk assessment to the ED electronic record for patients "
                       "presenting with self-harm, with a weekly audit of completion.",
              "Consultant Lead for Mental Health in ED", "October 2024", "Green",
              exp=dict(lead=["Consultant Lead for Mental Health in ED"], end="2024-10", status="green")),
        ]),
    ]),
    (MED, [
        ("MD3", R_MD3, [
            a("MD3.1", "Deliver Mental Capacity Act and DoLS level 2 training to all registered nurses and "
                       "doctors on medical wards, with compliance reported to the Safeguarding Committee.",
              "Named Nurse for Safeguarding Adults", "March 2025", "Amber",
              exp=dict(lead=["Named Nurse for Safeguarding Adults"], end="2025-03", status="amber")),
            a("MD3.2", "Introduce a monthly MCA documentation audit on each medical ward, with results shown on "
                       "ward quality boards.",
              "Medical Division Matrons", "Monthly", "Green",
              exp=dict(lead=["Medical Division Matrons"], end=None, end_text="Monthly", status="green")),
        ]),
        ("SD2", R_SD2, [
            a("SD2.1", "Relaunch the MUST nutrition screening tool and fluid balance charts with ward-based "
                       "teaching from the nutrition nurse specialist team.",
              "Lead Nurse for Nutrition & Hydration", "Sept 2024 – Jan 2025", "Red",
              exp=dict(lead=["Lead Nurse for Nutrition & Hydration"], end="2025-01", status="red")),
        ]),
    ]),
    (WL, [
        ("SD3", R_SD3, [
            a("SD3.1", "Review the BAF risk for urgent and emergency care flow and align it with the corporate "
                       "risk register.",
              "Company Secretary", "30/11/2024", "Complete",
              exp=dict(lead=["Company Secretary"], end="2024-11", status="blue")),
        ]),
    ]),
]


def make_elht(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("East Lancashire Hospitals NHS Trust")
    run.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("TRUST BOARD REPORT – PART 1").runs[0].bold = True
    doc.add_heading(ELHT_TITLE, level=1)
    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Meeting", "Trust Board, 11 September 2024"),
                 ("Purpose", "Assurance"),
                 ("Executive lead", "Chief Nurse"),
                 ("Author", "Head of Compliance and Regulation"),
                 ("Previously considered by", "Quality Committee, 28 August 2024"),
                 ("Recommendation", "The Board is asked to note progress against the CQC action plan and the "
                                    "actions rated red and amber.")]:
        row = cover.add_row().cells
        bold_cell(row[0], k, "F2F2F2")
        row[1].text = v
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph("The CQC inspected urgent and emergency care and medical care at Royal Blackburn Teaching "
                      "Hospital in November 2023, together with a well-led review. The report, published on "
                      "22 February 2024, set out 3 Must Do and 3 Should Do actions. Progress is summarised "
                      "below and the full action plan is at Appendix 1.")
    summ = doc.add_table(rows=5, cols=5)
    summ.style = "Table Grid"
    data = [["Core service", "Actions", "Complete", "On track (green)", "Amber / red"],
            ["Urgent and emergency care", "5", "2", "2", "1"],
            ["Medical care", "3", "0", "1", "2"],
            ["Well-led", "1", "1", "0", "0"],
            ["Total", "9", "3", "3", "3"]]
    for r, vals in enumerate(data):
        for c, v in enumerate(vals):
            if r == 0 or r == 4:
                bold_cell(summ.cell(r, c), v)
            else:
                summ.cell(r, c).text = v
    doc.add_paragraph("Status key: Complete = action delivered and evidence accepted by the Quality Committee; "
                      "Green = on track; Amber = at risk of missing the due date; Red = due date missed.")
    doc.add_heading("Appendix 1 – CQC action plan", level=2)
    hdr = ["Ref", "CQC requirement", "Action", "Lead", "Due", "Status"]
    colours = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for service, reqs in ELHT:
        doc.add_heading(service, level=3)
        n = sum(len(acts) for _, _, acts in reqs)
        t = doc.add_table(rows=1 + n, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            bold_cell(t.cell(0, c), h, "005EB8", white=True)
        r = 1
        for rid, req, acts in reqs:
            first = r
            for act in acts:
                cells = t.rows[r].cells
                cells[0].text = act["ref"]
                cells[2].text = act["action"]
                cells[3].text = act["lead"]
                cells[4].text = act["end"]
                cells[5].text = act["status"]
                shade(cells[5], colours[act["status"]])
                r += 1
            if r - 1 > first:
                m = t.cell(first, 1).merge(t.cell(r - 1, 1))
            else:
                m = t.cell(first, 1)
            m.text = req
        doc.add_paragraph("")
    doc.add_paragraph("Report prepared by the Compliance and Regulation Team. Evidence for completed actions is "
                      "held on the Trust's CQC evidence SharePoint site.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. GP practice: Lakeside Surgery (Corby) CQC action plan, CSV, mistyped month -> refuse
# ---------------------------------------------------------------------------
GP_ROWS = [
    ["1", "Safe", "Reg 12: The provider must ensure that patients prescribed high-risk medicines are monitored "
                  "in line with national guidance.",
     "Run monthly searches for patients on DMARDs and lithium and recall anyone without up-to-date blood "
     "monitoring.", "Dr A Khan / Clinical Pharmacist", "30/06/2024", "Complete"],
    ["2", "Safe", "Reg 12: The provider must ensure that patients prescribed high-risk medicines are monitored "
                  "in line with national guidance.",
     "Add a 'bloods due' alert to repeat prescribing templates so that prescriptions are not issued without "
     "monitoring.", "Clinical Pharmacist", "July 2024", "Complete"],
    ["3", "Safe", "Reg 12: The provider must ensure that safety alerts are acted on and a record is kept.",
     "Set up a safety alerts log recording each MHRA alert, the searches run and the action taken.",
     "Practice Manager", "31/07/2024", "Complete"],
    ["4", "Safe", "Reg 12: The provider must ensure that infection prevention and control risks are assessed.",
     "Complete the annual infection prevention and control audit and action the findings.",
     "IPC Lead Nurse", "Octber 2024", "In progress"],
    ["5", "Effective", "Reg 17: The provider must ensure that long-term condition registers are accurate.",
     "Carry out a clinical coding review of the diabetes, asthma and COPD registers.",
     "Dr S Patel; Data Quality Lead", "Sept 2024", "On track"],
    ["6", "Well-led", "Reg 17: The provider must ensure effective systems to monitor staff training and "
                      "appraisal.",
     "Introduce a training matrix and appraisal schedule for all staff, reviewed at the monthly practice "
     "meeting.", "Practice Manager", "30/09/2024", "On track"],
    ["7", "Well-led", "Reg 19: The provider must ensure that recruitment checks are carried out and recorded.",
     "Audit all staff files to confirm DBS checks, references and immunisation status are recorded.",
     "HR Administrator", "Aug-24", "Complete"],
    ["8", "Responsive", "Should: The provider should continue to improve patient satisfaction with telephone "
                        "access.",
     "Review telephone access data and publish the results of the practice patient survey.",
     "Operations Manager", "Dec 2024", "Not started"],
]


def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_gp(path):
    lines = [
        ["Lakeside Surgery (Corby) - CQC Inspection Action Plan", "", "", "", "", "", ""],
        ["Inspection date: 14 May 2024; report published 2 July 2024; overall rating: Requires improvement",
         "", "", "", "", "", ""],
        ["Last reviewed at practice meeting 10/09/2024", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Key question", "Regulation / finding", "Action", "Responsible", "Target date", "Status"],
    ] + GP_ROWS + [
        ["", "", "", "", "", "", ""],
        ["Status: Complete / On track / In progress / Not started. Evidence held on the practice shared drive.",
         "", "", "", "", "", ""],
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in lines:
            f.write(",".join(csv_field(v) for v in row) + "\r\n")


GP_REFUSE_LINE = 5 + 4  # header is line 5; action 4 is line 9


# ---------------------------------------------------------------------------
# 6. Mental health: West London NHS Trust CQC forensic services action plan (tab-separated export)
# ---------------------------------------------------------------------------
WLT_TITLE = ("CQC inspection of forensic inpatient/secure wards (Broadmoor Hospital) – Must Do and Should Do "
             "action plan")
WM1 = ("The trust must ensure that there are enough suitably qualified and experienced nursing staff on each ward "
       "to keep patients safe and to facilitate leave and activities.")
WM2 = ("The trust must ensure that seclusion and long-term segregation are reviewed and recorded in line with the "
       "Mental Health Act Code of Practice.")
WS1 = ("The trust should ensure that patients' physical health is monitored following rapid tranquillisation.")
WS2 = "The trust should ensure that learning from incidents is shared consistently with staff on all wards."
WS3 = ("The trust should ensure that carers are given information about how to raise concerns and are involved in "
       "care planning where the patient consents.")
WLT = [
    a("M1a", "Complete the nursing establishment review for all Broadmoor wards using the Mental Health Optimal "
             "Staffing Tool (MHOST) and present the findings to the Board.",
      "Director of Nursing, High Secure Services", "30/09/2024", "Complete",
      kq="Safe", ms="Must", req=WM1, revised="", update="Presented to Trust Board 26/09/2024.",
      exp=dict(lead=["Director of Nursing, High Secure Services"], end="2024-09", status="blue")),
    a("M1b", "Run a rolling recruitment campaign for band 5 nurses and healthcare assistants, including "
             "international recruitment, to bring vacancies below 10%.",
      "Head of Workforce; Recruitment Lead", "31/12/2024", "Amber",
      kq="Safe", ms="Must", req=WM1, revised="31/03/2025",
      update="Vacancy rate 13.8% in February; 22 offers made.",
      exp=dict(lead=["Head of Workforce", "Recruitment Lead"], end="2025-03", status="amber")),
    a("M1c", "Monitor cancelled escorted leave and activities daily at the safety huddle and report monthly to the "
             "Quality and Safety Committee.",
      "Ward Managers", "Monthly", "Green",
      kq="Safe", ms="Must", req=WM1, revised="", update="Monthly report in place since October.",
      exp=dict(lead=["Ward Managers"], end=None, end_text="Monthly", status="green")),
    a("M2a", "Update the seclusion and long-term segregation policy and the RiO recording templates to reflect the "
             "Code of Practice review timescales.",
      "Associate Medical Director / MHA Lead", "31/10/2024", "Complete",
      kq="Safe", ms="Must", req=WM2, revised="", update="Policy ratified 17/10/2024; templates live.",
      exp=dict(lead=["Associate Medical Director", "MHA Lead"], end="2024-10", status="blue")),
    a("M2b", "Carry out a monthly audit of seclusion records on each ward and feed back the results through ward "
             "governance meetings.",
      "Clinical Nurse Specialist – Restrictive Practice", "31/01/2025", "Amber",
      kq="Safe", ms="Must", req=WM2, revised="30/04/2025",
      update="Audit tool agreed; four of ten wards audited so far.",
      exp=dict(lead=["Clinical Nurse Specialist – Restrictive Practice"], end="2025-04", status="amber")),
    a("S1a", "Deliver refresher training on physical health monitoring after rapid tranquillisation to all "
             "registered nurses.",
      "Physical Health Lead Nurse", "Nov-24", "Green",
      kq="Effective", ms="Should", req=WS1, revised="", update="87% compliance.",
      exp=dict(lead=["Physical Health Lead Nurse"], end="2024-11", status="green")),
    a("S1b", "Add a rapid tranquillisation monitoring prompt to the electronic observations system.",
      "Chief Clinical Information Officer", "28/02/2025", "Red",
      kq="Effective", ms="Should", req=WS1, revised="",
      update="Supplier change request not yet scheduled; escalated to Digital Board.",
      exp=dict(lead=["Chief Clinical Information Officer"], end="2025-02", status="red")),
    a("S2a", "Introduce a monthly 'Learning from incidents' bulletin and a standing item at ward team meetings.",
      "Head of Patient Safety", "Dec 2024", "Complete",
      kq="Well-led", ms="Should", req=WS2, revised="", update="First bulletin issued December 2024.",
      exp=dict(lead=["Head of Patient Safety"], end="2024-12", status="blue")),
    a("S3a", "Refresh the carers' information pack and identify a carers' champion on each ward.",
      "Patient and Carer Experience Lead", "Q4 2024/25", "Not started",
      kq="Caring", ms="Should", req=WS3, revised="", update="",
      exp=dict(lead=["Patient and Carer Experience Lead"], end="2025-03", status="unrated")),
]


def make_wlt(path):
    out = ["West London NHS Trust",
           WLT_TITLE,
           "Exported from InPhase Actions 04/03/2025 11:42",
           "Filter: Inspection = CQC 2024 Forensic; Status = All",
           "",
           "\t".join(["ID", "Key question", "Must/Should", "Requirement", "Action", "Action owner",
                      "Original due date", "Revised due date", "RAG", "Latest update"])]
    for act in WLT:
        out.append("\t".join([act["ref"], act["kq"], act["ms"], act["req"], act["action"], act["lead"],
                              act["end"], act["revised"], act["status"], act["update"]]))
    out += ["", f"{len(WLT)} actions exported"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


# ---------------------------------------------------------------------------
# 7. National body: Legal Aid Agency NAO / PAC recommendations tracker (xlsx, summary + tracker)
# ---------------------------------------------------------------------------
LAA_TITLE = "Implementation of NAO and PAC recommendations: Government's management of legal aid"
PAC = "Committee of Public Accounts recommendations"
NAO = "National Audit Office recommendations"
LAA = [
    (PAC, [
        ("PAC1", "The Ministry and the LAA should, within six months, set out how they will assess whether there "
                 "is sufficient supply of legal aid providers to meet demand in each area of law.", "Agreed", [
            a("PAC1.1", "Complete a provider supply and demand assessment for civil legal aid, starting with "
                        "housing and family.",
              "Director of Commissioning", "Summer 2025", "A", revised="December 2025",
              update="Housing assessment complete; family delayed by data-sharing agreement with HMCTS.",
              exp=dict(lead=["Director of Commissioning"], end="2025-12", status="amber")),
            a("PAC1.2", "Publish a regional map of Housing Loss Prevention Advice Service coverage and update it "
                        "quarterly.",
              "Head of Civil Contracting", "October 2024", "B", revised=None,
              update="Published on GOV.UK in October 2024; updated January 2025.",
              exp=dict(lead=["Head of Civil Contracting"], end="2024-10", status="blue")),
        ]),
        ("PAC2", "The LAA should improve its digital systems so that providers spend less time on administration "
                 "and are paid promptly.", "Agreed", [
            a("PAC2.1", "Replace the civil applications journey in CCMS with the new Apply for civil legal aid "
                        "service for all certificated work.",
              "Chief Digital and Information Officer", D(2026, 3, 31), "G", revised=None,
              update="Private beta with 40 provider firms; public beta planned for summer 2025.",
              exp=dict(lead=["Chief Digital and Information Officer"], end="2026-03", status="green")),
            a("PAC2.2", "Introduce automated means-testing checks using HMRC and DWP data to reduce evidence "
                        "requests to providers.",
              "Director of Digital; Head of Means Assessment", D(2024, 12, 31), "R", revised=D(2025, 6, 30),
              update="Data-sharing gateway with HMRC delayed; revised date agreed with the Committee clerk.",
              exp=dict(lead=["Director of Digital", "Head of Means Assessment"], end="2025-06", status="red")),
        ]),
        ("PAC3", "The Ministry should set out how it will use the data it collects to understand unmet need for "
                 "legal aid.", "Partially agreed", [
            a("PAC3.1", "Commission research on the feasibility of measuring unmet legal need, working with the "
                        "Legal Services Board.",
              "Director, Legal Aid Policy (MoJ)", D(2026, 3, 31), "G", revised=None,
              update="Research tender awarded January 2025.",
              exp=dict(lead=["Director, Legal Aid Policy (MoJ)"], end="2026-03", status="green")),
        ]),
    ]),
    (NAO, [
        ("NAO1", "The LAA should develop measures of provider quality and share them with the Ministry every "
                 "quarter.", "Agreed", [
            a("NAO1.1", "Agree a set of quality indicators with the Law Society and the Bar Council and pilot them "
                        "in crime contracts.",
              "Head of Quality Assurance", "Sep-24", "B", revised=None,
              update="Indicators agreed and pilot completed.",
              exp=dict(lead=["Head of Quality Assurance"], end="2024-09", status="blue")),
            a("NAO1.2", "Report the quality indicators to the LAA Board quarterly.",
              "Head of Performance", "Q1 2025/26", "G", revised=None,
              update="First report in preparation.",
              exp=dict(lead=["Head of Performance"], end="2025-06", status="green")),
        ]),
        ("NAO2", "The Ministry and the LAA should agree a timetable for implementing the remaining recommendations "
                 "of the Criminal Legal Aid Independent Review.", "Agreed", [
            a("NAO2.1", "Publish a government response setting out the timetable for the remaining Criminal Legal "
                        "Aid Independent Review measures.",
              "Director, Legal Aid Policy (MoJ)", "Nov 2024", "A", revised="Feb 2025",
              update="Response drafted; awaiting ministerial clearance.",
              exp=dict(lead=["Director, Legal Aid Policy (MoJ)"], end="2025-02", status="amber")),
        ]),
    ]),
]


def make_laa(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Legal Aid Agency – Audit and Risk Assurance Committee"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = LAA_TITLE
    sm["A2"].font = Font(bold=True, size=14)
    sm["A3"] = "Position at 31 January 2025 (paper ARAC 25/04)"
    sm["A5"] = "Status"
    sm["B5"] = "Number of actions"
    sm["A5"].font = sm["B5"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, recs in LAA:
        for _, _, _, acts in recs:
            for act in acts:
                counts[act["status"]] += 1
    labels = [("B", "Implemented (B)"), ("G", "On track (G)"), ("A", "At risk (A)"), ("R", "Off track (R)")]
    for i, (k, lab) in enumerate(labels, start=6):
        sm.cell(i, 1, lab).fill = fill(RAGFILL[k])
        sm.cell(i, 2, counts[k])
    sm.cell(10, 1, "Total").font = Font(bold=True)
    sm.cell(10, 2, "=SUM(B6:B9)").font = Font(bold=True)
    sm.cell(12, 1, "Key").font = Font(bold=True)
    for i, txt in enumerate(["B – implemented; closure agreed with the Treasury Officer of Accounts",
                             "G – on track to meet the target date",
                             "A – at risk of missing the target date",
                             "R – target date missed; revised date notified to the Committee"], start=13):
        sm.cell(i, 1, txt)
    sm.column_dimensions["A"].width = 70
    sm.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Tracker")
    ws["A1"] = LAA_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    hdr = ["Rec ref", "Recommendation", "Government response", "Action ref", "Action",
           "Senior responsible owner", "Target date (Treasury Minute)", "Revised target date", "RAG",
           "Progress at 31 January 2025"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    for section, recs in LAA:
        ws.cell(r, 1, section).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("band")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rref, rtext, resp, acts in recs:
            first = r
            for act in acts:
                vals = [rref if r == first else None, rtext if r == first else None,
                        resp if r == first else None, act["ref"], act["action"], act["lead"], act["end"],
                        act["revised"], act["status"], act["update"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                for c in (7, 8):
                    ws.cell(r, c).number_format = "dd/mm/yyyy"
                ws.cell(r, 9).fill = fill(RAGFILL[act["status"]])
                r += 1
            if r - 1 > first:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    for c, w in zip("ABCDEFGHIJ", [8, 48, 14, 9, 50, 28, 14, 14, 6, 46]):
        ws.column_dimensions[c].width = w
    ws.freeze_panes = "A4"
    wb.save(path)


FILES = {
    "fx1-beaumont-leys-school-post-ofsted-action-plan.xlsx": make_school,
    "fx1-macclesfield-college-ofsted-post-inspection-action-plan.docx": make_college,
    "fx1-estio-training-ofsted-apprenticeships-piap.xlsx": make_estio,
    "fx1-east-lancashire-hospitals-cqc-must-should-do-action-plan.docx": make_elht,
    "fx1-lakeside-surgery-corby-cqc-inspection-action-plan-typo-month-refuse.csv": make_gp,
    "fx1-west-london-nhs-trust-cqc-forensic-services-must-should-do-action-plan.txt": make_wlt,
    "fx1-legal-aid-agency-nao-pac-recommendations-tracker.xlsx": make_laa,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
