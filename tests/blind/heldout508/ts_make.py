"""Build the seven ts- blind test files (set heldout508).

Run with /work/main/.venv/bin/python ts_make.py ; files are written beside this script.
Only files whose names start with ts- are written.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "band": "DDEBF7",
    "head": "1F3864",
}


def out(name):
    assert name.startswith("ts-")
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; '\n\n' separates paragraphs, a single '\n' is a line break."""
    cell.text = ""
    paras = text.split("\n\n")
    first = True
    for ptext in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        lines = ptext.split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            r.bold = bold
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)


def header_row(table, labels):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, "D9E2F3")


# --------------------------------------------------------------------------- 1. Estyn PIAP (docx)
def estyn_piap():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Pontarddulais Comprehensive School – Post-Inspection Action Plan 2024-2025", level=0)
    d.add_paragraph(
        "Prepared by the headteacher and governing body in response to the Estyn core inspection "
        "of 11–14 March 2024, with support from Swansea Council Education Directorate and Partneriaeth."
    )

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("School", "Pontarddulais Comprehensive School"),
        ("Headteacher", "Mr D. Jenkins"),
        ("Chair of governors", "Mrs H. Bowen"),
        ("Date of inspection", "11–14 March 2024"),
        ("PIAP approved by governing body", "20 May 2024"),
        ("Version", "v3 – progress review January 2025"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    d.add_heading("RAG key", level=2)
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, word, meaning in [
        ("blue", "Blue", "Action complete"),
        ("green", "Green", "On track"),
        ("amber", "Amber", "Some slippage – additional support in place"),
        ("red", "Red", "Not on track – escalate to governors"),
    ]:
        row = k.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], FILL[colour])
        set_cell(row[1], meaning)

    recs = [
        (
            "Recommendation 1: Improve the quality of teaching and assessment to ensure that all pupils make consistently strong progress",
            [
                ("1.1",
                 "Implement a whole-school professional learning programme on effective questioning and feedback, delivered through fortnightly teaching and learning triads.",
                 "Deputy Headteacher (Teaching and Learning)", "INSET days; £4,500 professional learning grant",
                 "Lesson observations show that at least 80% of teaching is good or better.",
                 "Autumn term 2024", "Blue"),
                ("1.2",
                 "Introduce a consistent whole-school approach to assessment for learning, including ‘purple pen’ pupil response time in all faculties.",
                 "AHT Curriculum / Heads of Faculty", "Directed time",
                 "Book scrutiny shows that pupils routinely respond to feedback and improve their work.",
                 "Spring term 2025", "Green"),
                ("1.3",
                 "Undertake joint learning walks with the local authority challenge adviser and Partneriaeth to quality-assure teaching.",
                 "Headteacher", "LA / Partneriaeth support",
                 "Joint evaluations agree with the school’s own judgements.",
                 "Ongoing – termly", "Green"),
            ],
        ),
        (
            "Recommendation 2: Strengthen the progressive development of pupils’ literacy, numeracy and digital skills across the curriculum",
            [
                ("2.1",
                 "Map opportunities for pupils to develop extended writing in every subject area, and embed a common writing frame from Year 7 to Year 9.",
                 "Literacy Co-ordinator; Heads of Faculty", "Directed time; writing frame resources",
                 "Pupils’ extended writing in subjects other than English shows secure progress.",
                 "July 2025", "Amber"),
                ("2.2",
                 "Appoint a numeracy champion in each faculty and plan at least one rich numeracy task per half term in Years 7 to 9.",
                 "Numeracy Co-ordinator", "TLR 2b allowance",
                 "Learning walks show pupils applying number skills confidently across subjects.",
                 "September 2024 – July 2025", "Green"),
                ("2.3",
                 "Audit coverage of the Digital Competence Framework and address gaps in Years 7 and 8.",
                 "Digital Competence Lead", "Hwb resources",
                 "All DCF strands are planned for progressively in Years 7 and 8.",
                 "31/03/2025", "Red"),
            ],
        ),
        (
            "Recommendation 3: Improve attendance, particularly of pupils eligible for free school meals",
            [
                ("3.1",
                 "Introduce a tiered attendance response, with weekly attendance panels and early family engagement for pupils below 92%.\n\nShare attendance data with the governing body’s standards committee each half term.",
                 "Attendance Officer / Heads of Year", "Attendance Officer time; Family Engagement Officer",
                 "Attendance of pupils eligible for free school meals improves to at least 86%.",
                 "Summer term 2025", "Amber"),
                ("3.2",
                 "Work with the Education Welfare Service to agree attendance contracts for pupils with persistent absence.",
                 "Pupil Support Manager", "EWS time",
                 "Persistent absence reduces by 5 percentage points.",
                 "December 2024", "Blue"),
            ],
        ),
        (
            "Recommendation 4: Refine self-evaluation and improvement planning so that leaders focus sharply on the impact of provision on pupils’ learning",
            [
                ("4.1",
                 "Revise the quality assurance calendar so that all middle leaders evaluate the impact of teaching on pupils’ progress using first-hand evidence.",
                 "Headteacher / Deputy Headteacher", "Leadership time",
                 "Faculty self-evaluation reports are evaluative and identify precise priorities.",
                 "Autumn term 2024", "Blue"),
                ("4.2",
                 "Governors’ standards committee to receive termly reports on PIAP progress and undertake two focused learning walks each year.",
                 "Chair of Governors", "Clerk to governors",
                 "Minutes show governors challenge leaders on the impact of actions.",
                 "Termly", "Green"),
            ],
        ),
    ]
    rag_fill = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    for heading, rows in recs:
        d.add_heading(heading, level=2)
        tb = d.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        header_row(tb, ["Ref", "Action", "Lead", "Resources", "Success criteria", "Timescale", "RAG Jan 2025"])
        for r in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, r):
                set_cell(c, v)
            shade(cells[6], rag_fill[r[6]])
        d.add_paragraph("")

    d.add_paragraph("Signed: D. Jenkins (Headteacher)      H. Bowen (Chair of Governors)      Date: 20 May 2024")
    d.add_paragraph("Next review: governing body meeting, March 2025.")
    d.save(out("ts-pontarddulais-comprehensive-school-estyn-post-inspection-action-plan.docx"))


# --------------------------------------------------------------------------- 2. HIW GP improvement plan (docx)
def hiw_plan():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Amman Tawe Partnership – Healthcare Inspectorate Wales Improvement Plan", level=0)
    d.add_paragraph("General practice inspection (announced) – Swansea Bay University Health Board")
    d.add_paragraph("Date of inspection: 16 April 2024")

    d.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    a = d.add_table(rows=2, cols=4)
    a.style = "Table Grid"
    header_row(a, ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                   "How HIW escalated the concern", "How the concern was resolved"])
    m = a.cell(1, 0).merge(a.cell(1, 3))
    set_cell(m, "No immediate concerns were identified on this inspection.")

    d.add_heading("Appendix B – Immediate improvement plan", level=1)
    d.add_paragraph("Service: Amman Tawe Partnership")
    b = d.add_table(rows=2, cols=5)
    b.style = "Table Grid"
    header_row(b, ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"])
    m = b.cell(1, 0).merge(b.cell(1, 4))
    set_cell(m, "No immediate assurance issues were identified on this inspection.")

    d.add_heading("Appendix C – Improvement plan", level=1)
    d.add_paragraph("Service: Amman Tawe Partnership")
    d.add_paragraph("Date of inspection: 16 April 2024")
    d.add_paragraph(
        "The table below includes any other improvements identified during the inspection where we require "
        "the service to complete an improvement plan telling us about the actions they are taking to address these areas."
    )
    c = d.add_table(rows=1, cols=5)
    c.style = "Table Grid"
    header_row(c, ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"])

    def band(text):
        row = c.add_row()
        mm = row.cells[0].merge(row.cells[4])
        set_cell(mm, text, bold=True)
        shade(mm, "F2F2F2")

    def act(vals):
        cells = c.add_row().cells
        for cc, v in zip(cells, vals):
            set_cell(cc, v)
        return cells

    band("Quality of the patient experience")
    act(["The practice must ensure that the chaperone policy is promoted in all consulting rooms and in the waiting areas.",
         "Health and Care Quality Standards 2023 – Person centred",
         "Chaperone posters (English and Welsh) have been laminated and displayed in all consulting rooms, the treatment room and both waiting areas.\n\nCompliance will be checked as part of the monthly environment walk-round.",
         "Practice Manager", "31/05/2024"])
    act(["The practice should review telephone access arrangements to reduce the time patients wait for calls to be answered at 8am.",
         "Timely",
         "A new cloud-based telephony system with call-back and queue position messaging will be installed, and call data will be reviewed monthly by the partners.",
         "Practice Manager / IT Lead", "September 2024"])
    band("Delivery of safe and effective care")
    r1 = act(["", "",
              "A weekly checklist for emergency drugs, oxygen and the defibrillator has been introduced and is signed by the duty nurse.",
              "Lead Nurse", "Immediate"])
    r2 = act(["", "",
              "Checklist compliance will be audited and reported to the monthly clinical governance meeting.",
              "Dr S. Morgan (Clinical Governance Lead)", "July 2024"])
    m0 = r1[0].merge(r2[0])
    set_cell(m0, "The practice must ensure that emergency drugs and equipment are checked weekly and that these checks are documented.")
    m1 = r1[1].merge(r2[1])
    set_cell(m1, "Safe")
    act(["The practice must ensure that all clinical staff complete safeguarding training at the level appropriate to their role.",
         "Safe",
         "The training matrix has been updated. All GPs, nurses and the practice pharmacist will complete Level 3 safeguarding children and adults training.",
         "Practice Manager", "31 October 2024"])
    band("Quality of management and leadership")
    act(["The practice should ensure that all staff receive an annual appraisal.",
         "Workforce",
         "An appraisal schedule has been agreed for all administrative and reception staff; outstanding appraisals will be completed.",
         "Deputy Practice Manager", "December 2024"])
    act(["The practice must ensure that the business continuity plan is reviewed and kept up to date.",
         "Leadership",
         "The business continuity plan has been reviewed with cluster colleagues and re-issued to all staff, with a copy held off site.",
         "Practice Manager; Dr A. Rees", "By 31 August 2024"])

    d.add_paragraph("")
    d.add_paragraph(
        "The following section must be completed by a representative of the service who has overall "
        "responsibility and accountability for ensuring the improvement plan is actioned."
    )
    s = d.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for k, v in [("Service representative", ""), ("Name (print):", "Rhian Evans"),
                 ("Job role:", "Practice Manager"), ("Date:", "14 June 2024")]:
        row = s.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    d.save(out("ts-amman-tawe-partnership-hiw-gp-inspection-improvement-plan.docx"))


# --------------------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=colour, end_color=colour)


def write_row(ws, r, values, bold=False, border=True):
    for i, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=i, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if border:
            cell.border = BORDER


def band_row(ws, r, text, ncols, colour=FILL["band"]):
    ws.cell(row=r, column=1, value=text).font = Font(bold=True)
    ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="center")
    for c in range(1, ncols + 1):
        ws.cell(row=r, column=c).fill = fill(colour)
        ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# --------------------------------------------------------------------------- 3. NGS audit tracker (xlsx)
def ngs_tracker():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "National Galleries of Scotland: external audit recommendations action plan tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee, 24 November 2025"
    write_row(sm, 4, ["Status", "2024/25 AAR", "Prior year", "Total"], bold=True)
    for i, row in enumerate([
        ["Complete", 1, 1, 2],
        ["On track", 2, 1, 3],
        ["Behind schedule", 1, 1, 2],
        ["Not started", 1, 0, 1],
        ["Total", 5, 3, 8],
    ]):
        write_row(sm, 5 + i, row, bold=(row[0] == "Total"))
    sm["A12"] = "Status key"
    sm["A12"].font = Font(bold=True)
    for i, (word, colour, meaning) in enumerate([
        ("Complete", FILL["blue"], "Action fully implemented; evidence provided to the auditor"),
        ("On track", FILL["green"], "Action in progress and expected by the agreed date"),
        ("Behind schedule", FILL["amber"], "Revised date agreed with the Audit and Risk Committee"),
        ("Not started", None, "Action not yet due to start"),
    ]):
        c = sm.cell(row=13 + i, column=1, value=word)
        if colour:
            c.fill = fill(colour)
        sm.cell(row=13 + i, column=2, value=meaning)
    widths(sm, {"A": 22, "B": 60, "C": 12, "D": 10})

    status_fill = {"Complete": FILL["blue"], "On track": FILL["green"], "Behind schedule": FILL["amber"]}

    ws = wb.create_sheet("2024-25 AAR actions")
    ws["A1"] = "Annual Audit Report 2024/25 – Appendix 1: Action plan"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Auditor: Audit Scotland. Report issued to the Board of Trustees, September 2025."
    hdr = ["No.", "Recommendation", "Agreed management action", "Responsible officer", "Agreed date",
           "Revised date", "Status", "Progress update (Nov 2025)"]
    write_row(ws, 4, hdr, bold=True)
    for c in range(1, 9):
        ws.cell(row=4, column=c).fill = fill(FILL["grey"])
    rows = [
        ("band", "Financial statements"),
        ("1",
         "Management should introduce a formal review of the fixed asset register to ensure that fully depreciated assets no longer in use are removed.",
         "A full review of the fixed asset register will be carried out ahead of the 2025/26 year end, and an annual verification exercise introduced.",
         "Head of Finance", "31 March 2026", None, "On track", "Verification exercise scheduled for February 2026."),
        ("2",
         "Journals above the authorisation threshold should be approved by a second officer before posting, and evidence of approval retained.",
         "Workflow approval for journals over £10,000 has been configured in the finance system.",
         "Finance Systems Manager", "30 November 2025", None, "Complete", "Implemented from 1 October 2025."),
        ("band", "Wider scope: Financial sustainability"),
        ("3",
         "The medium-term financial plan should set out the savings required to close the projected funding gap, with clear plans for how these will be delivered.",
         "An updated medium-term financial plan covering 2026/27 to 2030/31, including a savings and income generation programme, will be presented to the Board of Trustees.",
         "Director of Finance and Corporate Services", "31 March 2026", dt.datetime(2026, 6, 30), "Behind schedule",
         "Delayed pending the outcome of the Scottish Government spending review."),
        ("band", "Wider scope: Vision, leadership and governance"),
        ("4",
         "The Board should complete its planned review of the governance framework, including the scheme of delegation and committee terms of reference.",
         "A governance review will be commissioned and concluded, and the revised scheme of delegation approved by the Board.",
         "Director-General / Board Secretary", "June 2026", None, "Not started", "Scope to be agreed at the January 2026 Board."),
        ("band", "Wider scope: Use of resources to improve outcomes"),
        ("5",
         "Management should further develop performance reporting so that the Board can assess progress against the outcomes in the Strategic Plan.",
         "A revised performance framework with outcome-based indicators will be reported to the Board quarterly.",
         "Head of Strategy and Performance", "Q4 2025/26", None, "On track", "First report to the February 2026 Board."),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            band_row(ws, r, row[1], 8)
        else:
            write_row(ws, r, list(row))
            if isinstance(row[5], dt.datetime):
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            if row[6] in status_fill:
                ws.cell(row=r, column=7).fill = fill(status_fill[row[6]])
        r += 1
    widths(ws, {"A": 6, "B": 48, "C": 48, "D": 26, "E": 16, "F": 14, "G": 16, "H": 40})

    py = wb.create_sheet("Prior year actions")
    py["A1"] = "Follow-up of prior year recommendations (Annual Audit Report 2023/24)"
    py["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Recommendation", "Agreed management action", "Responsible officer", "Original date",
           "Revised date", "Status", "Progress update (Nov 2025)"]
    write_row(py, 3, hdr, bold=True)
    for c in range(1, 9):
        py.cell(row=3, column=c).fill = fill(FILL["grey"])
    rows = [
        ("band", "Financial sustainability"),
        ("b/f 1", "The organisation should develop a workforce plan aligned to its medium-term financial plan.",
         "A five-year workforce plan aligned to the medium-term financial plan will be developed.",
         "Director of People", "31 March 2025", "31 December 2025", "Behind schedule",
         "Draft plan considered by the Remuneration Committee in October 2025."),
        ("b/f 2", "Management should prepare a costed capital investment plan for the estate.",
         "A ten-year estates capital investment plan will be prepared and costed.",
         "Head of Estates / Head of Finance", "31 March 2026", None, "On track",
         "Condition surveys complete for all sites."),
        ("band", "Governance and transparency"),
        ("b/f 3", "A register of interests for senior staff should be published alongside the Trustees’ register.",
         "The senior staff register of interests will be published on the website and updated annually.",
         "Board Secretary", "30 June 2025", None, "Complete", "Published July 2025."),
    ]
    r = 4
    for row in rows:
        if row[0] == "band":
            band_row(py, r, row[1], 8)
        else:
            write_row(py, r, list(row))
            if row[6] in status_fill:
                py.cell(row=r, column=7).fill = fill(status_fill[row[6]])
        r += 1
    widths(py, {"A": 7, "B": 48, "C": 48, "D": 26, "E": 16, "F": 16, "G": 16, "H": 40})
    wb.save(out("ts-national-galleries-of-scotland-annual-audit-report-2024-25-action-plan-tracker.xlsx"))


# --------------------------------------------------------------------------- 4. Golspie High School (xlsx)
def golspie():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Golspie High School – Action Plan following Education Scotland Inspection (November 2024)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "The Highland Council – Education and Learning. Progress update for the Parent Council, 3 June 2025"
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "QI", "Actions", "Lead(s)", "Timescale", "Measures of success", "RAG Dec 2024", "RAG Jun 2025",
           "Progress / evidence"]
    write_row(ws, 4, hdr, bold=True)
    for c in range(1, 10):
        ws.cell(row=4, column=c).fill = fill("BDD7EE")
    G, A, R, B = FILL["green"], FILL["amber"], FILL["red"], FILL["blue"]
    plan = [
        ("afi", "Area for improvement 1: Senior leaders should continue to develop approaches to self-evaluation, involving all stakeholders, to ensure a clear strategic direction for improvement."),
        ("1.1", "QI 1.3",
         "Establish a self-evaluation calendar using How good is our school? (4th edition), with all faculties evaluating QI 2.3 and QI 3.2 each term.",
         "HT / DHT", "Jan 2025", "All faculties submit evaluations; SLT moderate judgements.", G, B,
         "Calendar in place; faculty evaluations received for Terms 2 and 3."),
        ("1.2", "QI 1.3",
         "Hold parent and pupil focus groups to gather views on school priorities and feed the findings into the 2025/26 improvement plan.",
         "Mrs K. Mackay (DHT)", "Mar-25", "Stakeholder views evident in the 2025/26 SIP.", A, G,
         "Two pupil groups held; parent session held 12 March."),
        ("1.3", "QI 1.1",
         "Create staff working groups led by principal teachers to take forward improvement plan priorities, with impact reported at staff meetings.",
         "DHT (Curriculum); Principal Teachers", "Aug 2025 – Jun 2026", "Working group reports show measurable impact.", None, None,
         "Not yet due – groups to be formed August 2025."),
        ("afi", "Area for improvement 2: Teachers should ensure that learning is consistently well matched to the needs of all young people, and that young people receive high-quality feedback on their progress."),
        ("2.1", "QI 2.3",
         "Deliver professional learning on differentiation and questioning through in-service days and collegiate time.",
         "DHT (Learning and Teaching)", "June 2025", "Observations show well-matched tasks in most lessons.", A, G,
         "In-service session 6 January; follow-up twilight in May."),
        ("2.2", "QI 2.3",
         "Introduce peer observation trios with a focus on feedback, using an agreed learning and teaching observation template.",
         "All teaching staff", "Ongoing", "Every teacher takes part in at least two observations per session.", G, G,
         "14 of 19 teachers completed first cycle."),
        ("2.3", "QI 2.3",
         "Review the use of learner conversations so that every young person in S1–S3 has a termly conversation about their progress and next steps.",
         "PT Guidance / PT Pupil Support", "31/03/2025", "Pupil survey: 85% can describe their next steps.", R, A,
         "Conversations held for S1 and S2; S3 to follow after prelims."),
        ("afi", "Area for improvement 3: Senior leaders and staff should improve the tracking and monitoring of young people’s progress in the broad general education (BGE)."),
        ("3.1", "QI 2.3 / 3.2",
         "Implement a BGE tracking system in SEEMiS showing progress against Curriculum for Excellence levels in all curriculum areas.",
         "DHT (BGE)", "October 2025", "Tracking data used at every faculty review meeting.", A, A,
         "Pilot in English and Maths; roll-out to remaining faculties from August."),
        ("3.2", "QI 3.2",
         "Moderate S3 achievement of a level judgements with Associated Schools Group colleagues and Highland Council QIOs.",
         "DHT (BGE) / QIO", "May 2025", "Moderated judgements agree with teacher judgements.", G, B,
         "Moderation event held 7 May 2025."),
    ]
    r = 5
    for row in plan:
        if row[0] == "afi":
            band_row(ws, r, row[1], 9, colour="E2EFDA")
            ws.row_dimensions[r].height = 32
        else:
            vals = [row[0], row[1], row[2], row[3], row[4], row[5], None, None, row[8]]
            write_row(ws, r, vals)
            if row[6]:
                ws.cell(row=r, column=7).fill = fill(row[6])
            if row[7]:
                ws.cell(row=r, column=8).fill = fill(row[7])
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Notes: RAG columns are shaded only – see Key sheet. QI references are to How good is our school? (4th edition).")
    widths(ws, {"A": 6, "B": 11, "C": 55, "D": 26, "E": 18, "F": 36, "G": 10, "H": 10, "I": 40})

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([
        (R, "Not on track / significant concern"),
        (A, "Progress slower than planned"),
        (G, "On track"),
        (B, "Complete"),
    ]):
        key.cell(row=2 + i, column=1).fill = fill(colour)
        key.cell(row=2 + i, column=2, value=meaning)
    key.column_dimensions["B"].width = 40
    wb.save(out("ts-golspie-high-school-education-scotland-inspection-action-plan.xlsx"))


# --------------------------------------------------------------------------- 5. RQIA QIP tracker (xlsx)
def kilwaughter():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP tracker"
    ws["A1"] = "Kilwaughter House Nursing Home – RQIA Quality Improvement Plan (QIP) action tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Unannounced care inspection 14 January 2025. Tracker reviewed at the monthly governance meeting – last updated 10/03/2025."
    hdr = ["Ref", "Regulation / Standard", "Stated", "Area for improvement", "Action", "Responsible person",
           "To be completed by", "Revised date", "Status", "Comments"]
    write_row(ws, 4, hdr, bold=True)
    for c in range(1, 11):
        ws.cell(row=4, column=c).fill = fill("C6E0B4")
    st = {"Complete": FILL["blue"], "On track": FILL["green"], "Delayed": FILL["amber"]}

    def action(r, ref, act, who, due, rev, status, comment, afi=None):
        vals = [ref, afi[0] if afi else None, afi[1] if afi else None, afi[2] if afi else None,
                act, who, due, rev, status, comment]
        write_row(ws, r, vals)
        for col, v in ((7, due), (8, rev)):
            if isinstance(v, dt.datetime):
                ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(st[status])

    def merge_afi(r1, r2):
        for col in (2, 3, 4):
            ws.merge_cells(start_row=r1, start_column=col, end_row=r2, end_column=col)

    band_row(ws, 5, "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005", 10,
             colour="E2EFDA")
    afi_r1 = ("Regulation 13 (7)", "Second time",
              "The registered person shall ensure that the infection prevention and control issues identified during this inspection are addressed.")
    action(6, "R1.1", "Daily IPC walkaround introduced by the nurse in charge, with findings recorded on the IPC checklist.",
           "Nurse in charge (each shift)", "With immediate effect", None, "Complete",
           "Checklists audited weekly by the Home Manager.", afi_r1)
    action(7, "R1.2", "Replace damaged bedrail covers and call-bell pull cords in the Slemish unit.",
           "Home Manager / Maintenance Lead", dt.datetime(2025, 2, 28), None, "Complete",
           "All replaced 21/02/2025.")
    merge_afi(6, 7)
    afi_r2 = ("Regulation 12 (1) (a) (b)", "First time",
              "The registered person shall ensure that wound care is delivered in accordance with the patient’s care plan and that wound assessments are recorded at each dressing change.")
    action(8, "R2.1", "Appoint a wound care champion; all registered nurses to complete the Trust tissue viability update training.",
           "Clinical Lead", "30 April 2025", None, "On track", "9 of 12 nurses trained.", afi_r2)
    action(9, "R2.2", "Complete a monthly wound care audit and share the outcomes at the governance meeting.",
           "Home Manager", "Monthly", None, "On track", "February audit 92% compliant.")
    merge_afi(8, 9)

    band_row(ws, 10, "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)", 10,
             colour="E2EFDA")
    action(11, "S1.1", "Revise the care plan audit tool to include post-falls review; audit 10% of care records each month.",
           "Deputy Manager", dt.datetime(2025, 3, 31), dt.datetime(2025, 4, 30), "Delayed",
           "Deputy Manager on leave in March; revised date agreed.",
           ("Standard 4.9", "First time",
            "The registered person shall ensure that care plans are reviewed and updated following any change in the patient’s condition, including after a fall."))
    action(12, "S2.1", "Introduce pictorial menus on both floors; catering staff to record the choices offered at each meal.",
           "Catering Manager", dt.datetime(2025, 1, 31), None, "Complete", "In place from 27/01/2025.",
           ("Standard 12.13", "First time",
            "The registered person shall ensure that the daily menu is displayed in a suitable format and that patients are offered a choice of meal."))
    action(13, "S3.1", "Issue the 2025 supervision planner; each registered nurse to supervise a named group of care assistants quarterly.",
           "Home Manager, Deputy Manager", "Q1 2025/26", None, "On track", "Planner issued 3 March.",
           ("Standard 40.2", "First time",
            "The registered person shall ensure that staff receive supervision in accordance with the home’s policy and that records are maintained."))

    ws.cell(row=15, column=1, value="Total actions: 7   Complete: 3   On track: 3   Delayed: 1")
    ws.cell(row=16, column=1, value="Status key: Complete (blue); On track (green); Delayed – revised date set (amber).")
    widths(ws, {"A": 7, "B": 16, "C": 12, "D": 44, "E": 44, "F": 24, "G": 18, "H": 13, "I": 11, "J": 32})

    info = wb.create_sheet("Inspection details")
    for i, (k, v) in enumerate([
        ("Service", "Kilwaughter House Nursing Home, Larne"),
        ("Registered provider", "Kilwaughter Care Ltd"),
        ("Registered manager", "Mrs Lorraine McKeown"),
        ("Inspection type", "Unannounced care inspection"),
        ("Inspection date", "14 January 2025"),
        ("QIP returned to RQIA", "10 March 2025"),
    ]):
        info.cell(row=1 + i, column=1, value=k).font = Font(bold=True)
        info.cell(row=1 + i, column=2, value=v)
    info.column_dimensions["A"].width = 24
    info.column_dimensions["B"].width = 40
    wb.save(out("ts-kilwaughter-house-nursing-home-rqia-care-inspection-qip-action-tracker.xlsx"))


# --------------------------------------------------------------------------- 6. NHS Shetland risk register (txt, tab-separated)
def shetland():
    T = "\t"
    lines = [
        "NHS Shetland Corporate Risk Register 2025/26 – Risk Action Report",
        "Extracted from Datix on 03/11/2025 for the Audit and Risk Committee, 20 November 2025",
        "",
        T.join(["Risk ref", "Risk title", "Risk owner", "Current score", "Target score", "Action ref", "Action",
                "Action owner", "Due date", "Revised due date", "RAG", "Progress note"]),
        T.join(["CRR-001", "Financial sustainability – delivery of a balanced budget in 2025/26", "Director of Finance",
                "20 (Very high)", "12", "A1",
                "Deliver the 3% recurring savings programme agreed in the 2025/26 Annual Delivery Plan",
                "Director of Finance", "31/03/2026", "", "A",
                "Forecast shortfall of £0.6m; recovery actions agreed with Scottish Government"]),
        T.join(["", "", "", "", "", "A2", "Implement a vacancy control panel for all non-clinical posts",
                "Chief Executive", "30/06/2025", "", "B", "Panel operating since June 2025"]),
        T.join(["CRR-002", "Workforce – recruitment and retention of medical and nursing staff",
                "Director of Human Resources and Support Services", "16 (High)", "9", "A3",
                "Complete the international recruitment of registered nurses (cohort 2)",
                "Director of Nursing and Acute Services", "30/09/2025", "31/01/2026", "A",
                "Six of ten nurses in post; remaining visas awaited"]),
        T.join(["", "", "", "", "", "A4",
                "Review medical locum rates with NHS Grampian and NHS Orkney under the North of Scotland collaboration",
                "Medical Director", "31/12/2025", "", "G", "Regional meeting held September 2025"]),
        T.join(["", "", "", "", "", "A5",
                "Launch the grow-our-own healthcare support worker to registered nurse pathway with UHI",
                "Director of Nursing and Acute Services / Head of Workforce Development", "31/08/2026", "", "G",
                "First cohort of four recruited"]),
        T.join(["CRR-003", "Estate – condition of the Gilbert Bain Hospital infrastructure", "Director of Finance",
                "15 (High)", "10", "A6",
                "Complete a business continuity test of the backup generator and electrical infrastructure",
                "Head of Estates", "30/11/2025", "", "G", "Test scheduled for 18 November"]),
        T.join(["", "", "", "", "", "A7",
                "Submit the Programme Initial Agreement for the replacement of the Gilbert Bain Hospital to Scottish Government",
                "Director of Planning and Performance", "31/03/2026", "", "R",
                "At risk following the national pause on capital projects"]),
        T.join(["CRR-004", "Cyber security – loss of critical systems following a cyber attack", "Head of Digital Services",
                "16 (High)", "8", "A8",
                "Achieve compliance with the Scottish Public Sector Cyber Resilience Framework following the NIS audit",
                "Head of Digital Services", "Q4 2025/26", "", "G", "Audit actions 70% complete"]),
        T.join(["", "", "", "", "", "A9",
                "Deliver phishing awareness training to all staff, with completion reported to the Digital Board monthly",
                "Head of Digital Services; Information Governance Lead", "Ongoing", "", "G",
                "Completion currently 78%"]),
        "",
        "4 risks, 9 actions. Scores are likelihood x impact on the NHS Shetland 5x5 matrix.",
        "RAG key: B = complete; G = on track; A = at risk; R = off track",
    ]
    with open(out("ts-nhs-shetland-corporate-risk-register-2025-26.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------- 7. Torfaen G&A action log (csv, refuse)
def torfaen():
    import csv
    rows = [
        ["Torfaen County Borough Council – Governance and Audit Committee Action Log", "", "", "", "", "", ""],
        ["Updated after the meeting held on 15 October 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Meeting", "Item", "Action", "Officer responsible", "Target date", "Status"],
        ["GAC/24/18", "11/12/2024", "Item 6 – Internal Audit progress report",
         "Provide members with a breakdown of the limited assurance opinions by directorate",
         "Chief Internal Auditor", "January 2025", "Complete"],
        ["GAC/25/02", "12/02/2025", "Item 5 – Treasury management strategy 2025/26",
         "Circulate the updated prudential indicators following approval by Council",
         "Head of Finance (Section 151 Officer)", "March 2025", "Complete"],
        ["GAC/25/07", "23/04/2025", "Item 7 – Audit Wales work programme",
         "Arrange a training session for members on the findings of the Audit Wales financial sustainability review",
         "Democratic Services Manager", "June 2025", "Complete"],
        ["GAC/25/11", "16/07/2025", "Item 4 – Annual Governance Statement 2024/25",
         "Update the AGS action plan to include the recommendations of the Panel Performance Assessment",
         "Head of Legal Services", "September 2025", "In progress"],
        ["GAC/25/12", "16/07/2025", "Item 6 – Strategic risk register",
         "Bring the revised risk management strategy to the committee for comment before Cabinet approval",
         "Chief Executive / Risk Manager", "Febuary 2026", "Not started"],
        ["GAC/25/15", "15/10/2025", "Item 5 – Counter fraud annual report",
         "Report the outcome of the National Fraud Initiative 2024/25 data matches",
         "Chief Internal Auditor", "December 2025", "Not started"],
        ["GAC/25/16", "15/10/2025", "Item 8 – Statement of accounts 2024/25",
         "Confirm the timetable for the audited accounts to be presented to the committee",
         "Head of Finance (Section 151 Officer)", "November 2025", "In progress"],
    ]
    with open(out("ts-torfaen-cbc-governance-and-audit-committee-action-log-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


if __name__ == "__main__":
    estyn_piap()
    hiw_plan()
    ngs_tracker()
    golspie()
    kilwaughter()
    shetland()
    torfaen()
    print("built 7 files in", HERE)
