"""Build the seven `to-` blind test files (set heldout506).

Run with /work/main/.venv/bin/python to_make.py (writes next to this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


# ===================================================== 1. Bassaleg (docx)
def bassaleg():
    doc = Document()
    landscape(doc)
    doc.add_heading("Bassaleg School: Post-Inspection Action Plan (PIAP)", level=0)
    doc.add_paragraph(
        "Estyn core inspection: 4 – 7 November 2024. Plan agreed by the Governing Body: "
        "22 January 2025. Progress RAG updated for the autumn half-term review, October 2025."
    )

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, h, bold=True)
    for row in [
        ("V1.0", "13/01/2025", "Headteacher", "Draft for governors"),
        ("V1.1", "22/01/2025", "Headteacher", "Approved by the Governing Body"),
        ("V1.2", "16/06/2025", "Deputy Headteacher", "Summer term progress RAG added"),
        ("V1.3", "20/10/2025", "Deputy Headteacher", "Autumn half-term progress RAG"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, meaning in [
        (BLUE, "Action completed"),
        (GREEN, "On track"),
        (AMBER, "Some slippage – being addressed"),
        (RED, "Not on track / at risk"),
    ]:
        cells = k.add_row().cells
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    recs = [
        ("R1: Strengthen the quality of teaching and assessment so that all pupils, "
         "particularly the more able, are challenged to make strong progress"),
        "R2: Improve attendance, particularly for pupils eligible for free school meals",
        ("R3: Develop a coherent approach to the progressive development of pupils’ literacy, "
         "numeracy and digital skills across the curriculum"),
        ("R4: Sharpen self-evaluation and improvement planning so that they focus precisely "
         "on the impact of provision on pupils’ learning"),
    ]
    doc.add_heading("Inspection recommendations", level=1)
    doc.add_paragraph("The inspection report (published 14 January 2025) made four recommendations:")
    for r in recs:
        doc.add_paragraph(r, style="List Bullet")

    head = ["Ref", "Actions", "Success criteria", "Lead(s)", "Timescale",
            "Monitoring (who / when)", "RAG"]
    rows = {
        0: [
            ("1.1",
             "Refine the Bassaleg Teaching Framework to set out clear expectations for challenge, "
             "questioning and feedback, and launch it with all staff at the January INSET day.",
             "All teaching staff can articulate the framework; learning walks show consistent use "
             "of challenge tasks in most lessons.",
             "Deputy Headteacher (Teaching & Learning)", "Spring term 2025",
             "SLT learning walks – half termly", BLUE),
            ("1.2",
             "Establish fortnightly professional learning triads focused on questioning for more "
             "able pupils.\nTriads to share practice at the department ‘T&L showcase’ each half term.",
             "Book looks show more able pupils completing extended, higher-order tasks.",
             "AHT (Professional Learning) / Heads of Faculty", "Summer term 2025",
             "Headteacher – termly report to governors", GREEN),
            ("1.3",
             "Introduce a whole-school assessment calendar with moderation of Year 7–9 work in "
             "every subject area.",
             "Moderation records completed for every subject; assessment judgements are consistent.",
             "AHT (Curriculum & Assessment)", "By October half-term 2025",
             "Standards Committee – termly", AMBER),
        ],
        1: [
            ("2.1",
             "Appoint a Family Engagement Officer to work with families of pupils eligible for free "
             "school meals whose attendance is below 90%.",
             "Officer in post; attendance of eFSM pupils improves by 3 percentage points.",
             "Headteacher; Business Manager", "February 2025",
             "Governors’ Pupil Wellbeing Committee", BLUE),
            ("2.2",
             "Implement the Newport EWS tiered attendance protocol, with weekly attendance panels for "
             "each year group.",
             "Persistent absence falls each half term.",
             "Pastoral Leaders & Education Welfare Officer", "Ongoing – reviewed termly",
             "AHT (Wellbeing) – weekly", GREEN),
            ("2.3",
             "Review the rewards policy to recognise improved as well as high attendance.",
             "Revised policy agreed; pupil voice shows pupils value the rewards.",
             "AHT (Wellbeing)", "Summer term 2025",
             "Pupil voice – termly", AMBER),
        ],
        2: [
            ("3.1",
             "Map opportunities for literacy, numeracy and digital skills across schemes of learning "
             "in Years 7 to 9 and identify gaps.",
             "Skills map completed and shared with all departments.",
             "Skills Coordinator", "Spring term 2025",
             "Deputy Headteacher – half termly", BLUE),
            ("3.2",
             "Launch a whole-school reading strategy, including form-time reading and reading age "
             "testing for all Year 7 and 8 pupils.",
             "Reading ages of targeted pupils improve by at least 12 months.",
             "Literacy Lead; Head of English", "September 2025",
             "Literacy Lead – reading tests in September and June", GREEN),
            ("3.3",
             "Deliver training for all staff on planning for digital skills using the Digital "
             "Competence Framework.",
             "All departments plan at least one digital task per unit.",
             "Digital Lead", "Autumn term 2025",
             "SLT link – half termly", RED),
        ],
        3: [
            ("4.1",
             "Revise the school’s self-evaluation calendar so that first-hand evidence (lesson "
             "observations, book looks, pupil voice) is triangulated each half term.",
             "Calendar published; faculty self-evaluation reports refer to first-hand evidence.",
             "Headteacher", "January 2025",
             "Governing Body – termly", BLUE),
            ("4.2",
             "Provide training for middle leaders on writing evaluative reports that focus on "
             "pupils’ progress rather than provision.",
             "Quality assurance of faculty reports shows sharper evaluation.",
             "Deputy Headteacher (Standards)", "Summer term 2025",
             "Headteacher – summer term", GREEN),
            ("4.3",
             "Establish a governors’ Standards Committee to scrutinise progress against the PIAP "
             "each term.",
             "Committee minutes show challenge to leaders on progress against each recommendation.",
             "Chair of Governors", "March 2025",
             "Local authority Challenge Adviser", BLUE),
        ],
    }
    for i, rec in enumerate(recs):
        doc.add_heading(rec, level=1)
        t = doc.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, head):
            set_cell(c, h, bold=True, size=9)
            shade(c, "D9E2F3")
        for ref, act, sc, lead, when, mon, rag in rows[i]:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, sc, lead, when, mon]):
                set_cell(c, v, size=9)
            set_cell(cells[6], "")
            shade(cells[6], rag)
        doc.add_paragraph("")

    doc.add_paragraph("Signed: Headteacher ____________________   Chair of Governors ____________________")
    doc.add_paragraph("Next review: Governing Body, 9 December 2025.")
    doc.save(out("to-bassaleg-school-estyn-post-inspection-action-plan.docx"))


# ================================================= 2. Bellahouston (docx)
def bellahouston():
    doc = Document()
    landscape(doc)
    doc.add_heading("Bellahouston Academy – Post-Inspection Action Plan", level=0)
    doc.add_paragraph(
        "Following the Education Scotland inspection (September 2024) – report published "
        "12 November 2024"
    )
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [
        ("Plan owner", "Head Teacher"),
        ("Supported by", "Quality Improvement Officer, Glasgow City Council Education Services"),
        ("Date of plan", "16 January 2025"),
        ("Progress review", "10 June 2025"),
        ("Next review", "October 2025 (with Quality Improvement Officer)"),
    ]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)

    doc.add_paragraph("")
    doc.add_paragraph(
        "Status key: Complete (blue) · On track (green) · Delayed (amber) · At risk (red) · "
        "Not started (no colour)"
    )

    head = ["Actions", "Who", "By when", "Measures of success", "Progress at June 2025", "Status"]
    sfill = {"Complete": "9DC3E6", "On track": "A9D08E", "Delayed": "FFD966", "At risk": "FF7C80"}
    afis = [
        ("Area for improvement 1: Senior leaders and staff should continue to improve the "
         "consistency of learning and teaching across the school to ensure that all learners "
         "experience appropriate pace and challenge.",
         "NIF priority: Improvement in attainment, particularly in literacy and numeracy  |  "
         "HGIOS4 QI 2.3 Learning, teaching and assessment",
         [
             ("Introduce a Bellahouston ‘Learning Together’ lesson framework (starter, explicit "
              "success criteria, plenary) and share exemplars at the February in-service day.",
              "DHT (Learning & Teaching)", "February 2025",
              "Learning visits show the framework in use in most lessons.",
              "Framework launched 17 February; exemplars on Teams.", "Complete"),
             ("Programme of peer learning visits across faculties, with a focus on pace and "
              "challenge in S1–S3.",
              "Principal Teachers (Curriculum)", "June 2025",
              "Every teacher takes part in at least two peer visits.",
              "Round 1 complete; round 2 scheduled for week beginning 16 June.", "On track"),
             ("Extend the use of digital formative assessment tools (e.g. Microsoft Forms quizzes) "
              "to all BGE classes.",
              "Digital Learning Lead; PT Computing", "October 2025",
              "Pupil focus groups report regular feedback on their learning.",
              "Training delayed by device rollout; rescheduled for August in-service.", "Delayed"),
         ]),
        ("Area for improvement 2: Senior leaders should continue to develop approaches to tracking "
         "and monitoring learners’ progress in the broad general education (BGE).",
         "NIF priority: Closing the attainment gap  |  HGIOS4 QI 3.2 Raising attainment and achievement",
         [
             ("Develop a single BGE tracking tool aligned to Curriculum for Excellence levels, "
              "updated at three points in the year.",
              "DHT (BGE)", "August 2025",
              "Tracking data available for all S1–S3 learners in every curricular area.",
              "Tool built; pilot with S1 in May.", "On track"),
             ("Moderation sessions for literacy and numeracy judgements with associated primaries.",
              "PT English / PT Mathematics", "May 2025",
              "Shared understanding of standards evident in moderation records.",
              "Two cluster sessions held (March and May).", "Complete"),
             ("Train Pupil Support staff to use tracking data in learner conversations each term.",
              "PT Pupil Support", "Ongoing",
              "Learner conversation records refer to tracking data.",
              "To begin once tracking tool is live.", "Not started"),
         ]),
        ("Area for improvement 3: Staff should continue to raise attainment in the senior phase, "
         "particularly for young people living in the most deprived areas (SIMD quintile 1).",
         "NIF priority: Closing the attainment gap  |  HGIOS4 QI 3.2 Raising attainment and achievement",
         [
             ("Target supported study and mentoring for S4–S6 young people in SIMD quintile 1 who "
              "are at risk of not achieving their predicted grades.\nMentors to meet mentees "
              "fortnightly and record progress on the mentoring log.",
              "DHT (Senior Phase) & Pupil Equity Fund Lead", "March 2025",
              "Attendance at supported study above 70%; predicted grades met or exceeded.",
              "42 young people mentored; supported study ran January to March.", "Complete"),
             ("Broaden the senior phase offer with foundation apprenticeships and college "
              "partnership courses through Glasgow Clyde College.",
              "DHT (Curriculum)", "August 2025",
              "At least three new vocational courses in the 2025/26 option columns.",
              "Transport and timetabling issues not yet resolved with the college.", "At risk"),
         ]),
    ]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        set_cell(c, h, bold=True, size=9)
        shade(c, "1F3864")
    for afi, nif, acts in afis:
        r = t.add_row().cells
        m = r[0].merge(r[-1])
        set_cell(m, afi, bold=True, size=10)
        shade(m, "DEEAF6")
        r = t.add_row().cells
        m = r[0].merge(r[-1])
        set_cell(m, nif, italic=True, size=9)
        for act, who, when, msr, prog, status in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [act, who, when, msr, prog, status]):
                set_cell(c, v, size=9)
            if status in sfill:
                shade(cells[5], sfill[status])
    doc.add_paragraph("")
    doc.add_paragraph("Approved by: Head Teacher      Parent Council consulted: 4 February 2025")
    doc.save(out("to-bellahouston-academy-education-scotland-inspection-action-plan.docx"))


# ======================================= 3. Social Security Scotland (xlsx)
def sss():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Social Security Scotland – Audit Recommendations Tracker"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Audit and Assurance Committee – 25 November 2025"
    cov["A4"], cov["B4"] = "Owner", "Head of Governance and Assurance"
    cov["A5"], cov["B5"] = "Version", "3.2"
    cov["A6"], cov["B6"] = "Position as at", "31 October 2025"
    cov["A7"], cov["B7"] = "Classification", "OFFICIAL"
    cov["A9"] = "RAG definitions"
    cov["A9"].font = Font(bold=True)
    for i, (c, txt) in enumerate([
        ("Blue", "Complete – evidence of implementation provided"),
        ("Green", "On track to be delivered by the target date"),
        ("Amber", "At risk of slipping / revised date agreed"),
        ("Red", "Target date missed or significant issues"),
    ]):
        cov.cell(row=10 + i, column=1, value=c).fill = fill({"Blue": BLUE, "Green": GREEN,
                                                             "Amber": AMBER, "Red": RED}[c])
        cov.cell(row=10 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of open and closed actions by source"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Source", "Total actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, row in enumerate([
        ("Audit Scotland", 3, 2, 0, 1, 0),
        ("Internal Audit", 7, 1, 4, 1, 1),
        ("Total", 10, 3, 4, 2, 1),
    ]):
        for j, v in enumerate(row, 1):
            c = sm.cell(row=4 + i, column=j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 22

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Audit Recommendations Tracker – position at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=14)
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "Previous RAG", "Current RAG",
             "Progress update (October 2025)"]
    widths = [16, 45, 10, 50, 28, 14, 14, 11, 11, 45]
    for j, (h, w) in enumerate(zip(heads, widths), 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2C6F")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w

    D = dt.datetime
    sections = [
        ("Audit Scotland – 2023/24 Annual Audit Report", [
            [("AAR23/24-1",
              "Social Security Scotland should update its medium-term financial plan to reflect the "
              "latest benefit expenditure forecasts and demand-led pressures.", "",
              "Refresh the medium-term financial plan using the Scottish Fiscal Commission’s May 2025 "
              "forecasts and present it to the Executive Team.",
              "Chief Financial Officer", D(2025, 3, 31), D(2025, 9, 30), "Amber", "Blue",
              "Refreshed plan approved by the Executive Team on 16 September 2025.")],
            [("AAR23/24-2",
              "The agency should set out how it will measure and report the value for money of its "
              "benefit delivery model.", "",
              "Develop a value for money framework with agreed cost-per-application indicators.\n"
              "Report the first set of indicators in the 2025/26 Annual Report and Accounts.",
              "Director of Finance & Corporate Services", D(2025, 6, 30), D(2026, 3, 31), "Amber",
              "Amber", "Indicators drafted; benchmarking with DWP data delayed. Revised date agreed "
                       "by the Committee in August.")],
            [("AAR23/24-3",
              "Management should strengthen the controls over changes to supplier bank details.", "",
              "Introduce independent call-back verification for all supplier bank detail change "
              "requests.",
              "Head of Finance", D(2024, 12, 31), None, "Green", "Blue",
              "Call-back procedure in place since December 2024; tested by internal audit.")],
        ]),
        ("Internal Audit – Overpayments Recovery (IA 2024/25-06) – Limited assurance", [
            [("IA06-R1.1",
              "Debt recovery procedures should be documented and aligned with the Overpayment "
              "Recovery Policy, with clear escalation routes.", "High",
              "Update the Overpayment Recovery desk instructions and publish them on the staff "
              "intranet.",
              "Head of Client Debt", D(2025, 6, 30), D(2025, 10, 31), "Amber", "Green",
              "Desk instructions in final review; publication planned for end of October."),
             ("IA06-R1.2", None, None,
              "Deliver refresher training to all Debt Management Team staff on the escalation route.",
              "Head of Client Debt; L&D Business Partner", D(2025, 9, 30), D(2025, 12, 31), "Green",
              "Amber", "Training materials drafted; sessions depend on publication of the desk "
                       "instructions.")],
            [("IA06-R2",
              "Management information on overpayment balances should be reconciled to the ledger "
              "monthly.", "Medium",
              "Introduce a monthly reconciliation between the debt management system and the ledger, "
              "signed off by the Financial Controller.",
              "Financial Controller", D(2025, 4, 30), None, "Red", "Red",
              "Reconciliation not yet started because of the ledger system upgrade.")],
            [("IA06-R3",
              "Write-off decisions should be recorded consistently with delegated authority limits.",
              "Low",
              "Add delegated authority limits to the write-off form and introduce quarterly sample "
              "checks.",
              "Head of Client Debt", D(2025, 3, 31), None, "Blue", "Blue",
              "Form updated March 2025; first sample check completed in June.")],
        ]),
        ("Internal Audit – Business Continuity Planning (IA 2025/26-02) – Reasonable assurance", [
            [("IA02-R1",
              "Business impact analyses should be refreshed for all critical services.", "Medium",
              "Refresh business impact analyses for the 12 critical services and agree recovery time "
              "objectives with Deputy Directors.",
              "Head of Resilience", D(2026, 1, 31), None, "New", "Green",
              "7 of 12 analyses refreshed.")],
            [("IA02-R2.1",
              "Business continuity plans should be tested at least annually, with lessons learned "
              "recorded and tracked.", "Medium",
              "Run a desktop exercise simulating the loss of the Dundee site.",
              "Head of Resilience / Head of Estates", "Q4 2025/26", None, "New", "Green",
              "Exercise scenario being drafted with the Scottish Government resilience team."),
             ("IA02-R2.2", None, None,
              "Create a lessons-learned log and report outcomes to the Executive Risk Group.",
              "Head of Resilience", D(2026, 3, 31), None, "New", "Green", "")],
        ]),
    ]
    r = 4
    for title, recs in sections:
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(row=r, column=j).fill = fill("D9D2E9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec in recs:
            first = r
            for ref, recm, prio, act, owner, orig, rev, prev, cur, upd in rec:
                vals = [ref, recm, prio, act, owner, orig, rev, prev, cur, upd]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, v in ((8, prev), (9, cur)):
                    key = {"Blue": "B", "Green": "G", "Amber": "A", "Red": "R"}.get(v)
                    if key:
                        ws.cell(row=r, column=j).fill = fill(RAGFILL[key])
                r += 1
            if r - first > 1:
                for col in (2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    ws.freeze_panes = "A4"
    wb.save(out("to-social-security-scotland-audit-recommendations-tracker.xlsx"))


# ============================ 4. NHS Wales JCC risk register (xlsx, refuse)
def jcc():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = "NHS Wales Joint Commissioning Committee – Corporate Risk Register"
    fs["A1"].font = Font(bold=True, size=16)
    fs["A3"], fs["B3"] = "Position as at", "31 December 2025"
    fs["A4"], fs["B4"] = "Presented to", "Joint Committee, 13 January 2026"
    fs["A5"], fs["B5"] = "Executive lead", "Director of Corporate Governance"
    fs["A7"] = ("The register shows risks with a current score of 15 or above. Scores are "
                "Likelihood x Consequence using the NHS Wales 5 x 5 matrix (see ‘Scoring matrix’).")
    fs["A9"] = "Summary"
    fs["A9"].font = Font(bold=True)
    for i, (a, b) in enumerate([("Risks on register", 4), ("Risks scoring 20 or above", 2),
                                ("Further actions", 7), ("Actions complete", 1)]):
        fs.cell(row=10 + i, column=1, value=a)
        fs.cell(row=10 + i, column=2, value=b)
    fs.column_dimensions["A"].width = 30
    fs.column_dimensions["B"].width = 40

    ws = wb.create_sheet("CRR")
    ws["A1"] = "Corporate Risk Register – risks scoring 15 and above"
    ws["A1"].font = Font(bold=True, size=14)
    heads = ["Risk ref", "Directorate", "Risk description", "Risk owner",
             "Inherent risk (L x C = score)", "Existing controls", "Current risk score",
             "Further actions", "Action lead", "Target date", "Action status",
             "Target risk score", "Trend"]
    widths = [9, 14, 48, 20, 12, 40, 10, 45, 26, 14, 11, 10, 8]
    for j, (h, w) in enumerate(zip(heads, widths), 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00558C")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w

    risks = [
        ("JCC01", "Finance",
         "There is a risk that the cost of specialised services commissioned will exceed the "
         "Integrated Commissioning Plan (ICP) allocation because of growth in high-cost drugs and "
         "out-of-area placements, resulting in a financial deficit for health boards.",
         "Director of Finance", "4 x 5 = 20",
         "Monthly financial reporting to Management Group; ICP risk-sharing framework.", 20,
         [("Agree a risk-share mechanism for high-cost, low-volume treatments with health board "
           "Directors of Finance.", "Director of Finance", "March 2026", "Amber"),
          ("Complete the 2026/27 ICP prioritisation process, including disinvestment options.",
           "Director of Planning", "Febuary 2026", "Green")],
         12, "↔"),
        ("JCC03", "Commissioning",
         "Risk that children waiting for paediatric spinal surgery come to harm because waiting "
         "times at the commissioned provider exceed clinically recommended timescales.",
         "Chief Commissioner", "4 x 4 = 16",
         "Monthly performance meetings with provider; clinical harm reviews for long waiters.", 16,
         [("Commission additional theatre capacity through an NHS England provider for the longest "
           "waiters.", "Director of Commissioning", "December 2025", "Blue"),
          ("Review the clinical harm review process with the provider health board.",
           "Medical Director", "April 2026", "Green")],
         8, "↓"),
        ("JCC05", "Mental Health",
         "Risk that there is insufficient Tier 4 CAMHS bed capacity in Wales, resulting in young "
         "people being placed out of area or on adult or paediatric wards.",
         "Director of Mental Health and Vulnerable Groups", "5 x 4 = 20",
         "Daily bed state report; escalation protocol with health boards.", 20,
         [("Agree a revised service specification for Tier 4 CAMHS with the two provider health "
           "boards.", "Director of Mental Health and Vulnerable Groups", "June 2026", "Green"),
          ("Establish a weekly bed management call with providers.",
           "Head of Mental Health Commissioning", "January 2026", "Amber")],
         12, "↑"),
        ("JCC08", "Corporate",
         "Risk that a cyber attack on the JCC or its host body disrupts commissioning and payment "
         "systems.",
         "Director of Corporate Governance", "3 x 5 = 15",
         "Host body cyber controls; staff cyber awareness training.", 15,
         [("Complete the Cyber Assessment Framework self-assessment with Digital Health and Care "
           "Wales.", "Head of Corporate Services", "March 2026", "Green")],
         10, "↔"),
    ]
    r = 4
    for ref, dirn, desc, owner, inh, ctrl, cur, acts, tgt, trend in risks:
        first = r
        for i, (act, lead, when, status) in enumerate(acts):
            vals = [ref, dirn, desc, owner, inh, ctrl, cur, act, lead, when, status, tgt, trend]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j)
                if i == 0 or j in (8, 9, 10, 11):
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=11).fill = fill(
                {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[status])
            if when == "Febuary 2026":
                print("JCC typo month at sheet row", r)
            r += 1
        ws.cell(row=first, column=7).fill = fill(RED if cur >= 15 else AMBER)
        if r - first > 1:
            for col in (1, 2, 3, 4, 5, 6, 7, 12, 13):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    ws.freeze_panes = "A4"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Consequence)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Consequence \\ Likelihood"
    for l in range(1, 6):
        mx.cell(row=3, column=1 + l, value=l).font = Font(bold=True)
    for cns in range(1, 6):
        mx.cell(row=3 + cns, column=1, value=cns).font = Font(bold=True)
        for l in range(1, 6):
            s = cns * l
            c = mx.cell(row=3 + cns, column=1 + l, value=s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else "FFFF00" if s >= 4 else GREEN)
    mx["A10"] = "1-3 Low · 4-6 Moderate · 8-12 High · 15-25 Extreme"
    wb.save(out("to-nhs-wales-joint-commissioning-committee-corporate-risk-register-typo-month-refuse.xlsx"))


# ================================================ 5. PCC NI delivery plan (xlsx)
def pcc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan"
    ws["A1"] = ("Patient and Client Council – Business Plan 2025-26: Progress Report Quarter 2 "
                "(July – September 2025)")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Presented to the Council (Board) – 20 November 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Key action / deliverable", "Lead", "Target", "Q1", "Q2",
             "Q2 progress commentary"]
    widths = [8, 60, 28, 14, 6, 6, 55]
    for j, (h, w) in enumerate(zip(heads, widths), 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w

    plan = [
        ("Strategic Priority 1: Engagement – hearing the voice of people who use HSC services", [
            ("Objective 1.1 – Grow our membership scheme and engage seldom-heard groups", [
                ("1.1.1", "Recruit 500 new members to the PCC Membership Scheme, with at least 20% "
                          "from Section 75 groups currently under-represented.",
                 "Head of Engagement", "Q4 2025/26", "G", "G",
                 "312 new members recruited to date; 24% from under-represented groups."),
                ("1.1.2", "Hold engagement events in each of the five HSC Trust areas, including two "
                          "events for young people.",
                 "Engagement Managers", "Q3 2025/26", "G", "A",
                 "Three of five events held; Western and Southern area venues still to be confirmed."),
            ]),
            ("Objective 1.2 – Influence service change through people’s experience", [
                ("1.2.1", "Publish the findings of the ‘Waiting Well’ survey of people on elective "
                          "waiting lists and share them with the Department of Health.",
                 "Head of Research & Insight", "June 2025", "G", "B",
                 "Report published 30 June 2025 and presented to the Department in August."),
                ("1.2.2", "Co-produce a response to the Department’s consultation on the reform of "
                          "adult social care.",
                 "Head of Policy; Head of Engagement", "Q2 2025/26", "G", "B",
                 "Response submitted 12 September 2025."),
            ]),
        ]),
        ("Strategic Priority 2: Advocacy – supporting people to raise concerns", [
            ("Objective 2.1 – Provide timely complaints support", [
                ("2.1.1", "Acknowledge all new requests for complaints support within 2 working days "
                          "and allocate an advocate within 10 working days.",
                 "Head of Advocacy", "Ongoing", "A", "A",
                 "89% acknowledged within 2 days; allocation within 10 days at 71% due to vacancies."),
                ("2.1.2", "Introduce a client feedback survey at case closure and report results "
                          "quarterly.",
                 "Advocacy Team Manager", "Q2 2025/26", "A", "R",
                 "Survey not launched; dependent on the new case management system."),
            ]),
            ("Objective 2.2 – Support families engaging with public inquiries and reviews", [
                ("2.2.1", "Provide a dedicated advocacy service for families participating in public "
                          "inquiries and reviews.",
                 "Head of Advocacy", "March 2026", "G", "G",
                 "Two dedicated advocates in post; 38 families supported."),
            ]),
        ]),
        ("Strategic Priority 3: Our organisation – a well-led and effective PCC", [
            ("Objective 3.1 – Good governance and value for money", [
                ("3.1.1", "Complete the annual Board effectiveness self-assessment and agree an "
                          "action plan.",
                 "Chief Executive / Board Secretary", "Q3 2025/26", None, "G",
                 "Self-assessment questionnaire issued to members in September."),
                ("3.1.2", "Implement the new digital case management system for advocacy cases.",
                 "Head of Corporate Services", "Q4 2025/26", "G", "R",
                 "Procurement re-run after no compliant bids; go-live now at risk for 2025/26."),
            ]),
        ]),
    ]
    r = 5
    for sp, objs in plan:
        ws.cell(row=r, column=1, value=sp).font = Font(bold=True, color="FFFFFF")
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = fill("003A70")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for obj, acts in objs:
            ws.cell(row=r, column=1, value=obj).font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = fill("DCE6F1")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for ref, act, lead, tgt, q1, q2, com in acts:
                for j, v in enumerate([ref, act, lead, tgt, None, None, com], 1):
                    c = ws.cell(row=r, column=j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                if q1:
                    ws.cell(row=r, column=5).fill = fill(RAGFILL[q1])
                if q2:
                    ws.cell(row=r, column=6).fill = fill(RAGFILL[q2])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage"),
                                  ("R", "Significant risk to delivery")]):
        ws.cell(row=r + 1 + i, column=1).fill = fill(RAGFILL[k])
        ws.cell(row=r + 1 + i, column=2, value=txt)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("RAG Summary")
    sm["A1"] = "Q2 RAG summary by strategic priority"
    sm["A1"].font = Font(bold=True)
    for j, h in enumerate(["Strategic priority", "Complete", "On track", "Some slippage",
                           "Significant risk", "Total"], 1):
        sm.cell(row=3, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate([("1. Engagement", 2, 1, 1, 0, 4), ("2. Advocacy", 0, 1, 1, 1, 3),
                             ("3. Our organisation", 0, 1, 0, 1, 2), ("Total", 2, 3, 2, 2, 9)]):
        for j, v in enumerate(row, 1):
            sm.cell(row=4 + i, column=j, value=v)
    sm.column_dimensions["A"].width = 24
    wb.save(out("to-patient-and-client-council-business-plan-2025-26-delivery-plan.xlsx"))


# ============================================ 6. Belfast Trust action log (csv)
def belfast():
    rows = [
        ["Belfast Health and Social Care Trust – Trust Board (Public Session) Action Log"],
        ["Updated following the meeting of 4 December 2025"],
        [],
        ["Action No.", "Meeting Date", "Minute Ref", "Action", "Lead", "Due Date", "Status", "RAG",
         "Update"],
        ["TB/25/041", "05/06/2025", "107/25",
         "Bring a revised risk appetite statement to Trust Board for approval.",
         "Director of Finance", "02/10/2025", "Closed", "B", "Approved at the October Board."],
        ["TB/25/052", "03/07/2025", "131/25",
         "Provide a breakdown of Emergency Department waits over 12 hours for patients aged over 75.",
         "Director of Unscheduled and Acute Care", "September 2025", "Closed", "B",
         "Included in the September Performance Report."],
        ["TB/25/058", "03/07/2025", "134/25",
         "Circulate the savings plan delivery tracker to Non-Executive Directors.",
         "Director of Finance", "Monthly", "Open", "G", "Issued with each month's Finance Report."],
        ["TB/25/066", "04/09/2025", "158/25",
         "Arrange a Board development session on maternity and neonatal safety culture.",
         "Director of Nursing/Medical Director", "January 2026", "Open", "G",
         "Session being planned with the Royal Jubilee Maternity Service team."],
        ["TB/25/071", "04/09/2025", "162/25",
         "Report back on sickness absence trends in Estates Services, with a targeted action plan.",
         "Director of HR", "06/11/2025", "Open", "R",
         "Deferred to a later meeting because of data migration issues."],
        ["TB/25/079", "02/10/2025", "181/25",
         "Include themes from Patient and Client Council feedback in the next complaints report.",
         "Director of Nursing", "March 2026", "Open", "G", ""],
        ["TB/25/084", "02/10/2025", "185/25",
         "Confirm timescales for the encompass optimisation phase and the associated staff training.",
         "Director of Digital Services", "TBC", "Open", "A",
         "Awaiting regional programme board decision."],
        ["TB/25/090", "06/11/2025", "203/25",
         "Provide assurance on compliance with adult safeguarding training targets by directorate.",
         "Executive Director of Social Work", "04/12/2025", "Closed", "B",
         "Included in the December Performance Report."],
        ["TB/25/093", "04/12/2025", "221/25",
         "Share the winter escalation plan with Non-Executive Directors, including links with GP "
         "out-of-hours services.",
         "Director of Unscheduled and Acute Care / Director of Primary Care", "08/01/2026", "Open",
         "G", ""],
        [],
        ["Closed actions are removed from the log once they have been reported to the Board."],
    ]
    with open(out("to-belfast-hsc-trust-board-action-log.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ====================================== 7. Kilbryde Hospice HIS plan (txt)
def kilbryde():
    H = ["Reference number", "Requirement/Recommendation", "Action planned",
         "Timescale to meet action", "Responsibility for taking action",
         "Progress (December 2025)"]
    lines = [
        "Kilbryde Hospice – Improvement Action Plan",
        "Healthcare Improvement Scotland unannounced inspection: 10 and 11 June 2025",
        "Service: Kilbryde Hospice, East Kilbride (independent hospital – hospice)",
        "Date action plan completed: 22 August 2025",
        "Progress updated for the Clinical Governance Committee: 15 December 2025",
        "",
        "Domain 2 – Leadership and culture",
        "\t".join(H),
        "\t".join(["Requirement 1",
                   "The provider must ensure that all staff complete mandatory training, including "
                   "adult support and protection, and that compliance is monitored (regulation 12(b)(i)).",
                   "Mandatory training matrix reviewed and overdue modules allocated to staff with "
                   "protected time. Compliance report added to the monthly Senior Management Team agenda.",
                   "30 September 2025", "Practice Development Lead", "Complete"]),
        "\t".join(["Recommendation a",
                   "The service should develop a staff wellbeing strategy.",
                   "Staff wellbeing strategy to be developed with staff focus groups and the staff "
                   "partnership forum.",
                   "March 2026", "Head of HR / Staff Wellbeing Champion", "On track"]),
        "",
        "Domain 5 – Planning for quality",
        "\t".join(H),
        "\t".join(["Requirement 2",
                   "The provider must ensure that a programme of audit is in place to monitor the safe "
                   "management of controlled drugs (regulation 3(d)(iv)).",
                   "Monthly controlled drugs audit introduced using the NHS Lanarkshire audit tool, with "
                   "results reviewed by the Lead Pharmacist.",
                   "31 August 2025", "Director of Care / Lead Pharmacist", "Complete"]),
        "\t".join(["", "",
                   "Audit results to be reported to the Clinical Governance Committee quarterly.",
                   "", "", ""]),
        "\t".join(["Requirement 3",
                   "The provider must update its emergency and business continuity plans to include the "
                   "loss of electronic patient records (regulation 13(2)(a)).",
                   "Business continuity plan to be revised and tested through a desktop exercise.",
                   "December 2025", "Facilities Manager", "On track"]),
        "\t".join(["Recommendation b",
                   "The service should ensure that patient care plans are reviewed and updated following "
                   "changes in the patient’s condition.",
                   "Care plan audit tool amended to include evaluation of reviews after a change in "
                   "condition; results shared at ward huddles.",
                   "Immediate and ongoing", "Senior Charge Nurse – Inpatient Unit", "On track"]),
        "",
        "Domain 7 – Quality improvement",
        "\t".join(H),
        "\t".join(["Recommendation c",
                   "The service should develop a quality improvement plan that sets out how learning "
                   "from complaints, incidents and feedback will be used to improve the service.",
                   "Quality improvement plan for 2026/27 to be drafted and approved by the Board of "
                   "Trustees.",
                   "Q4 2025/26", "Chief Executive", "Not started"]),
        "\t".join(["Recommendation d",
                   "The service should ensure that infection prevention and control audits include the "
                   "day services building.",
                   "IPC audit schedule extended to the day services building from October 2025.",
                   "October 2025", "Infection Control Link Nurse", "Complete"]),
        "",
        "Name of person completing the action plan: Director of Care",
        "Date: 22/08/2025",
    ]
    with open(out("to-kilbryde-hospice-his-inspection-improvement-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    bassaleg()
    bellahouston()
    sss()
    jcc()
    pcc()
    belfast()
    kilbryde()
    print("done")
