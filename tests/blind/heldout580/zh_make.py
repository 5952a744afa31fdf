"""Build the seven zh- blind test files of set heldout580.

Run with: /work/main/.venv/bin/python zh_make.py
Writes (beside this script):
  zh-box-hill-school-isi-inspection-action-plan.docx
  zh-centrepoint-board-of-trustees-action-log.docx
  zh-building-digital-uk-project-gigabit-programme-highlight-report.xlsx
  zh-greater-essex-cca-strategic-risk-register-q3-2025-26.xlsx
  zh-shawbrook-bank-fca-borrowers-in-financial-difficulty-remediation-action-plan.xlsx
  zh-new-forest-npa-ico-data-protection-audit-action-plan.txt
  zh-upton-upon-severn-town-council-flood-lessons-learned-action-plan-typo-month-refuse.csv
"""
import csv
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

FILL = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "F2F2F2",
}


# ---------------------------------------------------------------- helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def xfill(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ======================================================================
# 1. Box Hill School – ISI post-inspection action plan (docx)
# ======================================================================
BOXHILL_TITLE = "Box Hill School: Post-Inspection Action Plan"
BOXHILL_PART_A = "Part A – Areas for action (Standards not met)"
BOXHILL_PART_B = "Part B – Recommended next steps"
BOXHILL_AFA = [
    (
        "Area for action 1 (Safeguarding): Leaders must ensure that all required "
        "pre-appointment checks, including a check for prohibition from management for "
        "staff appointed to management positions, are completed and recorded on the "
        "single central register before staff begin work.",
        [
            ("A1.1", "Audit every entry on the single central register against Part 3 of KCSIE 2023 and complete any outstanding checks.",
             "Bursar; HR Manager", "Audit report presented to the Safeguarding Committee on 21 March 2024; no gaps remaining.",
             "By 22 March 2024", "Complete"),
            ("A1.2", "Introduce a pre-start clearance form, signed by the DSL or a deputy DSL, which must be completed before any member of staff, volunteer or contractor starts work.",
             "Deputy Head (Pastoral) / DSL", "Form used for all 14 summer term appointments.",
             "Summer term 2024", "Complete"),
            ("A1.3", "Safeguarding governor to sample ten SCR entries each term and report the outcome to the full Board.",
             "Safeguarding Governor", "First sample completed 10 June 2024; report to the Board in July.",
             "Termly", "On track"),
        ],
    ),
    (
        "Area for action 2 (Health and safety): Leaders must ensure that fire risk "
        "assessments for boarding accommodation are reviewed at the required intervals and "
        "that the actions arising from them are completed promptly.",
        [
            ("A2.1", "Commission an external fire risk assessment of all four boarding houses.",
             "Bursar", "Assessments completed 2–4 April 2024; 23 actions logged.",
             "April 2024", "Complete"),
            ("A2.2", "Complete all high-priority actions from the fire risk assessments, including replacing the first-floor fire doors in Tyndall House.",
             "Estates Manager", "19 of 23 actions closed; fire doors on order and fitting booked for the summer holiday.",
             "31/08/2024", "Some slippage"),
            ("A2.3", "Add review dates for every fire risk assessment to the compliance calendar and report completion at each Health & Safety Committee.",
             "Compliance Officer", "Calendar updated; standing item on the H&S Committee agenda from May 2024.",
             "May 2024", "Complete"),
        ],
    ),
]
BOXHILL_NEXT = [
    (
        "Ensure that feedback is consistently effective across all subjects so that pupils "
        "know precisely how to improve their work.",
        [
            ("B1.1", "Relaunch the whole-school feedback policy at September INSET with subject-specific exemplars agreed by each department.",
             "Deputy Head (Academic)", "September 2024", "Exemplars drafted by 9 of 12 departments.", "On track"),
            ("B1.2", "Include a feedback focus in every learning walk and report findings termly to the Academic Committee.",
             "Heads of Department", "Autumn term 2024", "Learning walk pro forma revised.", "On track"),
            ("B1.3", "Run pupil voice surveys in Years 9 and 11 on how useful pupils find written and verbal feedback.",
             "Assistant Head (Teaching & Learning)", "December 2024", "Survey questions drafted.", "Not started"),
        ],
    ),
    (
        "Make better use of assessment information in the sixth form to identify and support "
        "students who are not making the progress of which they are capable.",
        [
            ("B2.1", "Introduce half-termly tracking points for Years 12 and 13 with a ‘cause for concern’ flag reviewed by tutors.",
             "Head of Sixth Form", "October 2024", "Tracking calendar published to staff.", "On track"),
            ("B2.2", "Provide targeted study-skills sessions and mentoring for students flagged at each tracking point.",
             "Head of Sixth Form / Academic Mentor", "Summer term 2025", "Mentors identified for September.", "On track"),
        ],
    ),
]
STATUS_FILL_BOXHILL = {"Complete": FILL["blue"], "On track": FILL["green"],
                       "Some slippage": FILL["amber"], "Not on track": FILL["red"],
                       "Not started": "FFFFFF"}


def build_boxhill(path):
    doc = Document()
    t = doc.add_paragraph()
    r = t.add_run(BOXHILL_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor.from_string("7B1E3A")
    doc.add_paragraph(
        "Following the ISI routine inspection of 5–7 March 2024 (report published 19 April 2024)")

    ctl = doc.add_table(rows=5, cols=2)
    ctl.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Document owner", "Head"),
        ("Prepared by", "Deputy Head (Academic) and Deputy Head (Pastoral)"),
        ("Approved by", "Board of Governors, 25 April 2024"),
        ("Version", "3 (progress update, 24 June 2024)"),
        ("Next review", "Education & Welfare Committee, October 2024"),
    ]):
        set_cell(ctl.cell(i, 0), k, bold=True)
        shade(ctl.cell(i, 0), FILL["pale"])
        set_cell(ctl.cell(i, 1), v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "The inspection found that the school meets the Standards except for those listed in "
        "Part A, which the school must address. Part B sets out how we will take forward the "
        "inspectors’ recommended next steps. Progress is reported to each meeting of the "
        "Education & Welfare Committee.")
    key = doc.add_table(rows=1, cols=5)
    key.style = "Table Grid"
    set_cell(key.cell(0, 0), "Status key", bold=True)
    for i, word in enumerate(["Complete", "On track", "Some slippage", "Not on track"], start=1):
        set_cell(key.cell(0, i), word, bold=True)
        shade(key.cell(0, i), STATUS_FILL_BOXHILL[word])

    doc.add_heading(BOXHILL_PART_A, level=1)
    heads = ["Ref", "Action", "Lead", "Evidence of impact", "By when", "Status"]
    for afa_text, rows in BOXHILL_AFA:
        tbl = doc.add_table(rows=2 + len(rows), cols=6)
        tbl.style = "Table Grid"
        top = tbl.cell(0, 0).merge(tbl.cell(0, 5))
        set_cell(top, afa_text, bold=True)
        shade(top, "F4E1E6")
        for j, h in enumerate(heads):
            set_cell(tbl.cell(1, j), h, bold=True, colour="FFFFFF")
            shade(tbl.cell(1, j), "7B1E3A")
        for i, row in enumerate(rows, start=2):
            for j, val in enumerate(row):
                set_cell(tbl.cell(i, j), val)
            shade(tbl.cell(i, 5), STATUS_FILL_BOXHILL[row[5]])
        doc.add_paragraph("")

    doc.add_heading(BOXHILL_PART_B, level=1)
    nrows = 1 + sum(len(r) for _, r in BOXHILL_NEXT)
    tbl = doc.add_table(rows=nrows, cols=7)
    tbl.style = "Table Grid"
    for j, h in enumerate(["Recommended next step", "Ref", "Action", "Lead",
                           "Target date", "Progress (June 2024)", "RAG"]):
        set_cell(tbl.cell(0, j), h, bold=True, colour="FFFFFF")
        shade(tbl.cell(0, j), "7B1E3A")
    i = 1
    for ns_text, rows in BOXHILL_NEXT:
        first = i
        for row in rows:
            for j, val in enumerate(row, start=1):
                set_cell(tbl.cell(i, j), val)
            shade(tbl.cell(i, 6), STATUS_FILL_BOXHILL[row[5]])
            i += 1
        m = tbl.cell(first, 0).merge(tbl.cell(i - 1, 0))
        set_cell(m, ns_text, bold=True)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Note: KCSIE – Keeping Children Safe in Education; SCR – single central register; "
        "DSL – Designated Safeguarding Lead.")
    doc.save(path)


# ======================================================================
# 2. Centrepoint – Board of Trustees action log (docx)
# ======================================================================
CENTREPOINT_TITLE = "Centrepoint Board of Trustees: Action Log"
CP_OPEN = "1. Open actions"
CP_DONE = "2. Actions completed since the last meeting"
CP_OPEN_ROWS = [
    ("Board meeting – 20 March 2025", [
        ("BA25/04", "8.2", "Bring a revised reserves policy to the Board, setting out the target range for free reserves and the plan for reaching it by March 2027.",
         "Director of Finance & Resources", "Jul-25", "Draft considered by the Finance Committee on 1 July; on this agenda as item 6.", "G"),
        ("BA25/05", "9.1", "Commission an independent review of the Helpline safeguarding escalation process following the serious incident reported to the Charity Commission.",
         "Director of Services / Head of Safeguarding", "Sep-25", "Reviewer appointed; fieldwork starts 21 July.", "G"),
        ("BA25/07", "11.3", "Arrange a programme of trustee visits to the London and North East services so that every trustee visits at least one service before the strategy day.",
         "Company Secretary", "Jun-25", "Nine of twelve trustees have visited; remaining visits being rebooked.", "A"),
    ]),
    ("Board meeting – 22 May 2025", [
        ("BA25/11", "5.4", "Report back on the options for extending the Independent Living Programme to Manchester, including capital costs and the expected number of homes.",
         "Director of Housing Development", "Oct-25", "Feasibility work under way with Greater Manchester partners.", "G"),
        ("BA25/12", "6.1", "Circulate the updated Risk Appetite Statement to all trustees for comment before it is approved by the Audit & Risk Committee.",
         "Chief Operating Officer", "30/06/2025", "Not yet circulated; delayed by the insurance renewal.", "R"),
        ("BA25/13", "7.2", "Include youth homelessness data for each nation in the quarterly performance report.",
         "Head of Policy & Research", "Q2 2025/26", "Data definitions agreed with the Scotland and Wales teams.", "G"),
        ("BA25/14", "9.3", "Chair and Vice-Chair to agree the scope of the external board effectiveness review with the CEO.",
         "Chair; Vice-Chair", "Jul-25", "Meeting held 2 July; scope to be confirmed at this meeting.", "G"),
    ]),
]
CP_DONE_ROWS = [
    ("BA25/02", "6.3", "Circulate the results of the 2025 staff survey, with the management response, to all trustees.",
     "Director of People & Culture", "Apr-25", "Circulated 28 April 2025.", "Complete"),
    ("BA25/09", "4.2", "Add a standing item on the Renters’ Rights Bill to the Policy & Influencing Committee agenda.",
     "Head of Policy & Research", "May-25", "Added from the June meeting.", "Complete"),
]
CP_FILL = {"G": FILL["green"], "A": FILL["amber"], "R": FILL["red"], "Complete": FILL["blue"]}


def build_centrepoint(path):
    doc = Document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Item 2.2 – Matters arising").italic = True
    t = doc.add_paragraph()
    r = t.add_run(CENTREPOINT_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Updated 10 July 2025 for the Board meeting on 17 July 2025. "
                      "Prepared by the Company Secretary.")
    doc.add_paragraph(
        "Open actions are listed by the meeting at which they were agreed. Actions shown as "
        "Complete will be removed from the log once the Board has noted them.")
    doc.add_paragraph(
        "RAG: G – on track; A – at risk of missing the due date; R – overdue; "
        "Complete – closed since the last meeting.")
    heads = ["Ref", "Minute", "Action", "Owner", "Due", "Update", "RAG"]

    doc.add_heading(CP_OPEN, level=2)
    nrows = 1 + sum(1 + len(r) for _, r in CP_OPEN_ROWS)
    tbl = doc.add_table(rows=nrows, cols=7)
    tbl.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(tbl.cell(0, j), h, bold=True)
        shade(tbl.cell(0, j), FILL["grey"])
    i = 1
    for band, rows in CP_OPEN_ROWS:
        m = tbl.cell(i, 0).merge(tbl.cell(i, 6))
        set_cell(m, band, bold=True)
        shade(m, "FDE9D9")
        i += 1
        for row in rows:
            for j, val in enumerate(row):
                set_cell(tbl.cell(i, j), val)
            shade(tbl.cell(i, 6), CP_FILL[row[6]])
            i += 1

    doc.add_paragraph("")
    doc.add_heading(CP_DONE, level=2)
    tbl = doc.add_table(rows=1 + len(CP_DONE_ROWS), cols=7)
    tbl.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(tbl.cell(0, j), h, bold=True)
        shade(tbl.cell(0, j), FILL["grey"])
    for i, row in enumerate(CP_DONE_ROWS, start=1):
        for j, val in enumerate(row):
            set_cell(tbl.cell(i, j), val)
        shade(tbl.cell(i, 6), CP_FILL[row[6]])
    doc.add_paragraph("")
    doc.add_paragraph("Open actions: 7 (G 5, A 1, R 1). Completed since last meeting: 2.")
    doc.save(path)


# ======================================================================
# 3. Building Digital UK – Project Gigabit highlight report (xlsx)
# ======================================================================
BDUK_TITLE = "Project Gigabit – Programme Highlight Report"
BDUK_WS = [
    ("WS1 – Gigabit Infrastructure Subsidy: procurement", [
        ("1.1", "Award the Cumbria regional contract following moderation of final tenders.",
         "Head of Procurement", d(2025, 9, 30), d(2025, 11, 28), "Amber", "Amber",
         "Moderation extended after clarification questions to both bidders; award report drafted."),
        ("1.2", "Launch the open market review for the remaining Northumberland intervention area.",
         "Head of Market Engagement", d(2025, 10, 31), d(2025, 10, 31), "Green", "Complete",
         "OMR published 27 October 2025; closes 8 December."),
        ("1.3", "Publish the updated procurement pipeline on GOV.UK.",
         "Head of Procurement / Communications Lead", d(2025, 11, 14), d(2025, 11, 14), "Green", "Green",
         "Draft with DSIT press office."),
    ]),
    ("WS2 – Contract delivery and supplier assurance", [
        ("2.1", "Agree a remediation plan with the supplier on the Devon & Somerset contract for the Q2 build shortfall.",
         "Contract Manager – South West", d(2025, 10, 31), d(2025, 12, 15), "Amber", "Red",
         "Supplier’s recovery plan rejected by Contract Board; formal notice under clause 27 being considered."),
        ("2.2", "Complete the first annual clawback review for the Phase 1 Type A contracts.",
         "Head of Contract Assurance", d(2025, 12, 31), d(2025, 12, 31), "Green", "Green",
         "Data requests issued to all suppliers."),
        ("2.3", "Roll out the revised premises-passed evidence template to all live contracts.",
         "Head of Contract Assurance", d(2025, 9, 30), d(2025, 9, 30), "Green", "Complete",
         "Template in use on all 38 contracts."),
    ]),
    ("WS3 – Gigabit Broadband Voucher Scheme", [
        ("3.1", "Implement the new voucher fraud checks agreed with the Counter Fraud team.",
         "Voucher Scheme Manager", d(2025, 10, 31), d(2025, 11, 30), "Green", "Amber",
         "IT change delayed by one release; manual checks in place meanwhile."),
        ("3.2", "Decide whether to reopen vouchers in areas removed from the Type B procurements.",
         "Deputy Director – Delivery", d(2025, 11, 30), "TBC", "Amber", "Amber",
         "Depends on contract award outcomes; options paper to the December Board."),
    ]),
    ("WS4 – Programme management", [
        ("4.1", "Refresh the programme business case for the 2026–27 Spending Review settlement.",
         "Head of Finance & PMO", d(2026, 1, 31), d(2026, 1, 31), "Green", "Green",
         "Economic case refresh commissioned."),
    ]),
]
RAG_FILL = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"],
            "Complete": FILL["blue"]}


def build_bduk(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Building Digital UK (BDUK)"
    ws["A1"].font = Font(bold=True, size=12, color="4B0082")
    ws["A2"] = BDUK_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Reporting period: 1–31 October 2025"
    ws["A4"] = "Report to: Project Gigabit Programme Board, 12 November 2025"
    ws["A5"] = "SRO: Director, Project Gigabit"
    ws["A7"] = "Overall delivery confidence"
    ws["A7"].font = Font(bold=True)
    ws["B7"] = "Amber"
    ws["B7"].fill = xfill(FILL["amber"])
    ws["C7"] = "Previous period: Amber"
    ws["A9"], ws["B9"], ws["C9"], ws["D9"] = "Workstream", "Previous RAG", "Current RAG", "Summary"
    for c in "ABCD":
        ws[f"{c}9"].font = Font(bold=True, color="FFFFFF")
        ws[f"{c}9"].fill = xfill(FILL["navy"])
    summary = [
        ("WS1 – GIS procurement", "Amber", "Amber", "Cumbria award slipped to late November; pipeline on track."),
        ("WS2 – Contract delivery", "Amber", "Red", "Devon & Somerset build shortfall escalated."),
        ("WS3 – Vouchers", "Green", "Amber", "Fraud checks delayed by one release."),
        ("WS4 – Programme management", "Green", "Green", "Business case refresh started."),
    ]
    for i, row in enumerate(summary, start=10):
        for j, val in enumerate(row):
            c = ws.cell(row=i, column=j + 1, value=val)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=i, column=2).fill = xfill(RAG_FILL[row[1]])
        ws.cell(row=i, column=3).fill = xfill(RAG_FILL[row[2]])
    ws["A15"] = "Milestones due this period: 3 (1 complete, 2 forecast late). See ‘Milestones’ tab."
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 60

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Project Gigabit – milestones and actions, October 2025"
    ms["A1"].font = Font(bold=True, size=13)
    ms["A2"] = "Forecast date is the current forecast agreed at the workstream review; the baseline is the date in the approved plan."
    ms["A2"].font = Font(italic=True, size=9)
    heads = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ms.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for band, rows in BDUK_WS:
        ms.cell(row=r, column=1, value=band).font = Font(bold=True)
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ms.cell(row=r, column=1).fill = xfill(FILL["grey"])
        r += 1
        for row in rows:
            for j, val in enumerate(row, start=1):
                c = ms.cell(row=r, column=j, value=val)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(val, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ms.cell(row=r, column=6).fill = xfill(RAG_FILL[row[5]])
            ms.cell(row=r, column=7).fill = xfill(RAG_FILL[row[6]])
            r += 1
    for col, w in zip("ABCDEFGH", [6, 52, 30, 13, 13, 11, 11, 52]):
        ms.column_dimensions[col].width = w
    ms.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    for i, (word, text) in enumerate([
        ("Green", "On track to meet the forecast date; no significant issues."),
        ("Amber", "At risk; forecast later than baseline or issues being managed within the workstream."),
        ("Red", "Off track; requires Programme Board intervention."),
        ("Complete", "Milestone achieved and evidence accepted (shown blue)."),
    ], start=2):
        key.cell(row=i, column=1, value=word).fill = xfill(RAG_FILL[word])
        key.cell(row=i, column=2, value=text)
    key.column_dimensions["B"].width = 80
    wb.save(path)


# ======================================================================
# 4. Greater Essex CCA – strategic risk register Q3 2025/26 (xlsx)
# ======================================================================
GECCA_TITLE = "Strategic Risk Register – Quarter 3 2025/26"
GECCA_RISKS = [
    ("SR01 – Organisational capacity and capability", "Interim Chief Executive",
     (4, 5), (4, 4), 8, "↔",
     "If the CCA cannot recruit and retain staff with the right skills while it takes on transport, skills and housing functions, then statutory duties may not be met and the benefits of devolution will be delayed.",
     [
         ("SR01.1", "Complete recruitment to the permanent senior leadership team, including the Director of Transport and the Director of Skills.",
          "Interim Chief Executive", d(2026, 3, 31), "On track", "Director of Skills appointed; Director of Transport interviews on 4 February."),
         ("SR01.2", "Agree secondment and shared-service agreements with Essex County Council, Southend-on-Sea City Council and Thurrock Council for finance, HR and legal support.",
          "Monitoring Officer / Interim Director of Resources", d(2025, 12, 31), "Complete", "All three agreements signed in December."),
         ("SR01.3", "Develop a workforce plan for 2026/27 aligned to the transfer of functions.",
          "Head of HR", "Q4 2025/26", "Some slippage", "First draft delayed pending the Mayoral election timetable."),
     ]),
    ("SR02 – Financial sustainability and funding certainty", "Interim Director of Resources",
     (4, 4), (3, 4), 8, "↓",
     "If funding for 2026/27 onwards is not confirmed in time, or constituent council contributions are insufficient, then the CCA may be unable to set a balanced budget or deliver its investment programme.",
     [
         ("SR02.1", "Set the 2026/27 budget and Medium Term Financial Strategy for approval by the CCA Board in February 2026.",
          "Interim Director of Resources", d(2026, 2, 28), "On track", "Draft budget considered by the Board on 21 January."),
         ("SR02.2", "Agree the integrated settlement allocation and the conditions attached to it with MHCLG.",
          "Interim Chief Executive", d(2026, 3, 31), "On track", "Officer discussions continuing."),
     ]),
    ("SR03 – Mayoral election readiness", "Monitoring Officer",
     (3, 5), (2, 5), 5, "↓",
     "If arrangements for the first Mayoral election are not in place in time, then the election may be open to challenge and the CCA’s reputation damaged.",
     [
         ("SR03.1", "Confirm the Combined Authority Returning Officer and the election budget with the three constituent councils.",
          "Monitoring Officer", d(2025, 10, 31), "Complete", "CARO appointed; budget agreed."),
         ("SR03.2", "Deliver candidate and agent briefings and publish the Mayoral election timetable.",
          "Monitoring Officer; Head of Communications", "March 2026", "On track", "Briefing dates fixed."),
     ]),
    ("SR04 – Cyber security and information governance", "Interim Director of Resources",
     (4, 5), (4, 4), 8, "↑",
     "If the CCA’s systems, many of them hosted by partner councils, are compromised or personal data is mishandled, then services could be disrupted and the CCA could face regulatory action.",
     [
         ("SR04.1", "Obtain Cyber Essentials Plus certification for the CCA’s own network.",
          "IT Security Manager (ECC)", d(2026, 1, 31), "Off track", "Assessment failed on two controls; re-test being booked."),
         ("SR04.2", "Run phishing simulations and mandatory data protection training for all staff and Board members.",
          "Head of HR", "Ongoing", "On track", "Completion 82% (staff), 60% (Board)."),
     ]),
]
GECCA_STATUS_FILL = {"Complete": FILL["blue"], "On track": FILL["green"],
                     "Some slippage": FILL["amber"], "Off track": FILL["red"]}


def score_fill(s):
    return FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"]


def build_gecca(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Greater Essex Combined County Authority"
    sm["A1"].font = Font(bold=True, size=13, color="00558C")
    sm["A2"] = "Strategic risk profile – Quarter 3 2025/26"
    sm["A2"].font = Font(bold=True)
    sm["A4"], sm["B4"], sm["C4"] = "Current score", "Number of risks", "Risks"
    for c in "ABC":
        sm[f"{c}4"].font = Font(bold=True)
    sm["A5"], sm["B5"], sm["C5"] = "High (15–25)", 2, "SR01, SR04"
    sm["A5"].fill = xfill(FILL["red"])
    sm["A6"], sm["B6"], sm["C6"] = "Medium (8–14)", 2, "SR02, SR03"
    sm["A6"].fill = xfill(FILL["amber"])
    sm["A7"], sm["B7"], sm["C7"] = "Low (1–7)", 0, "–"
    sm["A7"].fill = xfill(FILL["green"])
    sm["A8"], sm["B8"] = "Total", 4
    sm["A8"].font = Font(bold=True)
    sm["A10"], sm["B10"] = "Mitigating actions", "Number"
    sm["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", 2), ("On track", 5), ("Some slippage", 1),
                                ("Off track", 1), ("Total", 9)], start=11):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["C"].width = 18

    ws = wb.create_sheet("SRR Q3")
    ws["A1"] = "Greater Essex Combined County Authority"
    ws["A1"].font = Font(bold=True, size=12, color="00558C")
    ws["A2"] = GECCA_TITLE
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = ("Presented to the Audit and Governance Committee, 28 January 2026. "
                "Scores are Likelihood × Impact (1–5).")
    ws["A3"].font = Font(italic=True, size=9)
    top = ["Ref", "Risk / mitigating action", "Owner", "Inherent", None, None,
           "Current", None, None, "Target score", "Trend", "Target date", "Action status",
           "Progress update (January 2026)"]
    sub = [None, None, None, "L", "I", "Score", "L", "I", "Score", None, None, None, None, None]
    for j, h in enumerate(top, start=1):
        if h:
            ws.cell(row=5, column=j, value=h)
    for j, h in enumerate(sub, start=1):
        if h:
            ws.cell(row=6, column=j, value=h)
    for j in range(1, 15):
        for rr in (5, 6):
            c = ws.cell(row=rr, column=j)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = xfill("00558C")
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = BOX
    ws.merge_cells("D5:F5")
    ws.merge_cells("G5:I5")
    for col in ("A", "B", "C", "J", "K", "L", "M", "N"):
        ws.merge_cells(f"{col}5:{col}6")

    r = 7
    for title, owner, inh, cur, target, trend, desc, actions in GECCA_RISKS:
        ws.cell(row=r, column=1, value=title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=owner)
        vals = [inh[0], inh[1], inh[0] * inh[1], cur[0], cur[1], cur[0] * cur[1], target, trend]
        for j, v in enumerate(vals, start=4):
            ws.cell(row=r, column=j, value=v)
        ws.cell(row=r, column=6).fill = xfill(score_fill(inh[0] * inh[1]))
        ws.cell(row=r, column=9).fill = xfill(score_fill(cur[0] * cur[1]))
        ws.cell(row=r, column=10).fill = xfill(score_fill(target))
        for j in range(1, 15):
            c = ws.cell(row=r, column=j)
            c.font = Font(bold=True)
            if j not in (6, 9, 10):
                c.fill = xfill("DDEBF7")
            c.border = BOX
        r += 1
        ws.cell(row=r, column=2, value=desc).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=14)
        ws.cell(row=r, column=2).alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, text, aowner, when, status, update in actions:
            row = [ref, text, aowner, None, None, None, None, None, None, None, None,
                   when, status, update]
            for j, v in enumerate(row, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=13).fill = xfill(GECCA_STATUS_FILL[status])
            r += 1
    for col, w in zip("ABCDEFGHIJKLMN", [9, 58, 30, 4, 4, 6, 4, 4, 6, 8, 6, 12, 13, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    ky = wb.create_sheet("Scoring & key")
    ky["A1"] = "Likelihood and impact are each scored 1 (very low) to 5 (very high)."
    ky["A3"] = "Score bands"
    ky["A3"].font = Font(bold=True)
    for i, (band, f) in enumerate([("15–25 High", "red"), ("8–14 Medium", "amber"),
                                   ("1–7 Low", "green")], start=4):
        ky.cell(row=i, column=1, value=band).fill = xfill(FILL[f])
    ky["A8"] = "Action status"
    ky["A8"].font = Font(bold=True)
    for i, (word, text) in enumerate([
        ("Complete", "Action delivered (blue)"),
        ("On track", "Expected by the target date (green)"),
        ("Some slippage", "Target date at risk (amber)"),
        ("Off track", "Target date missed or will be missed (red)"),
    ], start=9):
        ky.cell(row=i, column=1, value=word).fill = xfill(GECCA_STATUS_FILL[word])
        ky.cell(row=i, column=2, value=text)
    ky["A14"] = "Trend: ↑ risk increasing; ↔ no change; ↓ risk reducing (compared with Quarter 2)."
    ky.column_dimensions["A"].width = 18
    ky.column_dimensions["B"].width = 44
    wb.save(path)


# ======================================================================
# 5. Shawbrook Bank – FCA BiFD remediation action plan (xlsx)
# ======================================================================
SHAW_TITLE = "FCA Borrowers in Financial Difficulty (BiFD) Review – Remediation Action Plan"
SHAW_THEMES = [
    ("Theme 1 – Engaging customers in financial difficulty", [
        ("F1: Outbound contact strategies relied mainly on letters and did not adapt when customers failed to respond.", [
            ("1.1", "Introduce SMS and email contact in the early-arrears strategy for unsecured personal loans, with a trigger to switch channel after two failed attempts.",
             "Head of Collections & Recoveries", d(2025, 3, 31), d(2025, 6, 30), "Complete",
             "Live from 16 June 2025; 2LoD testing closed 24 September."),
            ("1.2", "Rewrite arrears letters in plain English and test them with customers, including customers with characteristics of vulnerability.",
             "Head of Customer Communications", d(2025, 6, 30), None, "Complete",
             "New templates live; readability score improved from 54 to 71."),
            ("1.3", "Add an online income and expenditure tool to the customer portal.",
             "Head of Digital Channels", d(2025, 9, 30), d(2026, 1, 31), "At risk",
             "Vendor delivery slipped; interim manual form available."),
        ]),
        ("F2: Forbearance options were not tailored to customers’ circumstances; arrangements to pay were offered by default.", [
            ("2.1", "Extend the forbearance toolkit to include temporary reduced payments, interest suspension and term extensions, with guidance on when each is appropriate.",
             "Head of Credit Policy", d(2025, 5, 31), d(2025, 7, 31), "Complete",
             "Policy approved by Credit Risk Committee 22 July 2025."),
            ("2.2", "Retrain all collections colleagues on the revised forbearance policy and assess competence through call listening.",
             "Collections Training Manager", d(2025, 8, 31), d(2025, 11, 30), "On track",
             "Training 88% complete; call listening under way."),
        ]),
    ]),
    ("Theme 2 – Money guidance, debt advice and fees", [
        ("F3: Agents did not consistently signpost customers to free debt advice during telephone conversations.", [
            ("3.1", "Add a mandatory debt advice signposting prompt to the collections call script and system workflow.",
             "Head of Collections & Recoveries", d(2025, 4, 30), None, "Complete",
             "Prompt live 14 April 2025."),
            ("3.2", "Include debt advice signposting in the monthly quality assurance scorecard and report results to the Conduct Risk Committee.",
             "Head of Quality Assurance / Head of Conduct Risk", d(2025, 7, 31), d(2025, 12, 31), "Off track",
             "Scorecard change not yet deployed; escalated to the COO."),
        ]),
        ("F4: Arrears fees charged to some customers exceeded the reasonable cost of recovery.", [
            ("4.1", "Identify all customers charged arrears fees since 1 January 2021 and calculate redress with 8% simple interest.",
             "Remediation Programme Lead", d(2025, 7, 31), None, "Complete",
             "41,200 accounts reviewed; 3,115 customers in scope."),
            ("4.2", "Pay redress to in-scope customers and write to each of them explaining why.",
             "Remediation Programme Lead", d(2025, 10, 31), d(2025, 12, 31), "On track",
             "Payments 62% complete; letters approved by Legal."),
            ("4.3", "Reduce the arrears fee to a cost-based level and document an annual fee review.",
             "Chief Financial Officer", d(2025, 6, 30), None, "Complete",
             "New fee effective 1 June 2025; review added to Pricing Committee plan."),
        ]),
    ]),
]
SHAW_FILL = {"Complete": FILL["blue"], "On track": FILL["green"], "At risk": FILL["amber"],
             "Off track": FILL["red"]}


def build_shawbrook(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Shawbrook Bank Limited"
    cv["A1"].font = Font(bold=True, size=14, color="5C2D91")
    cv["A2"] = SHAW_TITLE
    cv["A2"].font = Font(bold=True, size=13)
    for i, (k, v) in enumerate([
        ("Plan owner", "Chief Customer Officer"),
        ("Accountable SMF", "SMF24 – Chief Operating Officer"),
        ("Position as at", d(2025, 10, 31)),
        ("Reported to", "Board Risk Committee, 18 November 2025"),
        ("Classification", "Confidential – shared with the FCA supervision team"),
    ], start=4):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cv.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    cv["A10"] = "Document control"
    cv["A10"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Changes"], start=1):
        c = cv.cell(row=11, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = xfill(FILL["grey"])
    for i, row in enumerate([
        ("1.0", d(2025, 2, 14), "Conduct Risk", "Plan submitted to the FCA"),
        ("1.1", d(2025, 5, 2), "Conduct Risk", "Q1 progress; revised dates for 1.1 and 2.1"),
        ("1.2", d(2025, 7, 30), "Conduct Risk", "Q2 progress; redress figures added"),
        ("1.3", d(2025, 10, 31), "Conduct Risk", "Q3 progress; revised dates for 1.3, 2.2, 3.2 and 4.2"),
    ], start=12):
        for j, v in enumerate(row, start=1):
            c = cv.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 52
    cv.column_dimensions["C"].width = 16
    cv.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "BiFD remediation action plan – position at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status key:"
    ws["A2"].font = Font(bold=True)
    for j, w in enumerate(["Complete", "On track", "At risk", "Off track"], start=2):
        ws.cell(row=2, column=j, value=w).fill = xfill(SHAW_FILL[w])
    heads = ["FCA finding", "Action ref", "Remediation action", "Owner", "Original due date",
             "Revised due date", "Status", "Progress / evidence of closure"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("5C2D91")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, findings in SHAW_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = xfill("E4DFEC")
        r += 1
        for finding, actions in findings:
            first = r
            for ref, text, owner, orig, rev, status, note in actions:
                row = [None, ref, text, owner, orig, rev, status, note]
                for j, v in enumerate(row, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd-mmm-yy"
                ws.cell(row=r, column=7).fill = xfill(SHAW_FILL[status])
                r += 1
            ws.cell(row=first, column=1, value=finding).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1,
            value="Where a revised due date is shown it has been agreed with the Conduct Risk Committee and notified to the FCA.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [40, 9, 55, 30, 12, 12, 11, 45]):
        ws.column_dimensions[col].width = w

    ch = wb.create_sheet("Change log")
    ch["A1"] = "Date"
    ch["B1"] = "Change"
    ch["A1"].font = ch["B1"].font = Font(bold=True)
    ch["A2"] = d(2025, 10, 31)
    ch["A2"].number_format = "dd/mm/yyyy"
    ch["B2"] = "Action 3.2 moved to Off track following QA scorecard release delay."
    ch["A3"] = d(2025, 7, 30)
    ch["A3"].number_format = "dd/mm/yyyy"
    ch["B3"] = "Action 2.1 closed following Credit Risk Committee approval."
    ch.column_dimensions["A"].width = 12
    ch.column_dimensions["B"].width = 80
    wb.save(path)


# ======================================================================
# 6. New Forest NPA – ICO data protection audit action plan (tab-separated txt)
# ======================================================================
NFNPA_TITLE = "ICO Data Protection Audit – Management Action Plan"
# (ref, scope area or "", ICO recommendation or "", priority or "", action, owner,
#  target, revised, status, update)
NFNPA_ROWS = [
    ("A1.1", "Governance & Accountability",
     "The Authority should ensure that its Record of Processing Activities (ROPA) is complete and reviewed at least annually by information asset owners.",
     "Medium", "Complete an information asset register review with each team and update the ROPA.",
     "Information Governance Officer", "31/01/2025", "31/03/2025", "Complete",
     "ROPA updated and signed off by the SIRO on 27 March 2025."),
    ("A1.2", "", "", "", "Add the annual ROPA review to the corporate governance calendar.",
     "Information Governance Officer", "31/03/2025", "", "Complete", "Added for March each year."),
    ("A2.1", "",
     "The Authority should establish regular information governance reporting to senior management covering breaches, subject access request timeliness and training completion.",
     "High", "Introduce a quarterly IG report to the Executive Leadership Team and an annual report to the Resources Committee.",
     "Head of Corporate Services (SIRO)", "30/06/2025", "", "Green",
     "First quarterly report presented on 14 May 2025."),
    ("A3.1", "",
     "The Authority should complete data protection impact assessments for all high-risk processing, including the use of body-worn video by rangers.",
     "High", "Complete a DPIA for ranger body-worn video and review the existing DPIAs for CCTV at the Lymington office.",
     "Head of Visitor Services / Information Governance Officer", "28/02/2025", "31/07/2025", "Amber",
     "Body-worn video DPIA drafted; awaiting consultation with Hampshire Constabulary."),
    ("B1.1", "Records Management",
     "The Authority should review its retention schedule and ensure it is applied to electronic records held on shared drives and in Microsoft 365.",
     "Medium", "Update the retention schedule and configure retention labels in Microsoft 365.",
     "ICT Manager", "30/06/2025", "30/09/2025", "Amber", "Labels tested in a pilot with the Planning team."),
    ("B1.2", "", "", "", "Carry out a shared-drive clean-up, team by team, keeping a log of what is deleted.",
     "Information Asset Owners", "31/12/2025", "", "Green", "Schedule agreed; Planning and Ecology first."),
    ("B2.1", "",
     "The Authority should ensure that paper planning files held in the basement store are indexed and that access to them is controlled and recorded.",
     "Low", "Index the basement archive and introduce a signing-out log.",
     "Planning Support Team Leader", "30/09/2025", "", "Not started", "Scheduled for the summer."),
    ("C1.1", "Requests for Personal Data",
     "The Authority should keep a central log of subject access requests and monitor compliance with statutory timescales.",
     "High", "Set up a central SAR log in the case management system with automated reminders at day 20 and day 28.",
     "Information Governance Officer", "31/12/2024", "", "Complete", "Log live from 2 December 2024."),
    ("C1.2", "", "", "", "Report SAR timeliness in the quarterly IG report.",
     "Head of Corporate Services (SIRO)", "31/03/2025", "", "Complete", "Included from Q4 2024/25."),
    ("C2.1", "",
     "The Authority should give front-line staff and volunteers refresher training on recognising and handling subject access requests.",
     "Medium", "Deliver SAR awareness sessions to rangers, visitor centre staff and volunteer coordinators.",
     "Information Governance Officer; Volunteer Development Manager", "31/05/2025", "31/10/2025", "Red",
     "Sessions postponed twice because of staff absence; new dates not yet set."),
]


def build_nfnpa(path):
    lines = [
        "New Forest National Park Authority",
        NFNPA_TITLE,
        "Audit fieldwork 10–12 September 2024; final report issued 6 November 2024; overall assurance: Reasonable.",
        "Progress position at 31 May 2025",
        "",
        "\t".join(["Rec", "Scope area", "ICO recommendation", "Priority",
                   "Management response / agreed action", "Action owner", "Target date",
                   "Revised date", "Status", "Progress update"]),
    ]
    for row in NFNPA_ROWS:
        lines.append("\t".join(row))
    lines += [
        "",
        "Status key: Complete = implemented and evidenced; Green = on track; Amber = revised date agreed, some risk; Red = overdue or off track; Not started = work not yet begun.",
        "\t".join(["Total", "", "", "", "10 actions", "", "", "",
                   "Complete 4 / Green 2 / Amber 2 / Red 1 / Not started 1", ""]),
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ======================================================================
# 7. Upton-upon-Severn Town Council – flood lessons learned (csv, refuse)
# ======================================================================
UPTON_TITLE = "Flooding of January 2024 (Storm Henk) – Lessons Learned Action Plan"
UPTON_ROWS = [
    ["Upton-upon-Severn Town Council", "", "", "", "", "", ""],
    [UPTON_TITLE, "", "", "", "", "", ""],
    ["Agreed at Full Council on 14 May 2024. Progress reviewed by the Emergency Planning Working Group.", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["No.", "Lesson identified", "Action", "Lead", "Partners", "Target date", "Status"],
    ["Theme 1: Warning and informing", "", "", "", "", "", ""],
    ["1.1", "Some residents of riverside properties did not receive Environment Agency flood warnings.",
     "Run a Floodline registration drive, with door knocking by flood wardens, for every property in the flood warning area.",
     "Town Clerk", "Environment Agency; Flood Wardens", "September 2024", "Complete"],
    ["1.2", "",
     "Set up a WhatsApp broadcast list and a schedule of Facebook updates for use during flood events.",
     "Deputy Town Clerk", "", "July 2024", "Complete"],
    ["1.3", "Information about road closures and access to the bridge was inconsistent.",
     "Agree a single joint message with Worcestershire County Council Highways and Malvern Hills District Council for road closure updates.",
     "Town Clerk", "WCC Highways; MHDC", "November 2024", "In progress"],
    ["Theme 2: Flood barriers and the town centre", "", "", "", "", "", ""],
    ["2.1", "Deployment of the demountable barrier was delayed while parked vehicles were removed from the waterfront.",
     "Install permanent signage and agree a towing protocol for vehicles left in the barrier deployment zone.",
     "Cllr J. Harding; Town Clerk", "Environment Agency; West Mercia Police", "Decmber 2024", "In progress"],
    ["2.2", "Sandbag stocks ran out on the second day.",
     "Buy 400 self-inflating flood sacks and store them at the Memorial Hall, with a key holder rota.",
     "Deputy Town Clerk", "MHDC", "October 2024", "Complete"],
    ["Theme 3: Community support and welfare", "", "", "", "", "", ""],
    ["3.1", "The rest centre opened late and volunteers were unclear about their roles.",
     "Write a rest centre activation plan and run a tabletop exercise with volunteers.",
     "Emergency Planning Working Group", "MHDC; British Red Cross", "March 2025", "Not started"],
    ["3.2", "Vulnerable residents were identified late in the event.",
     "Compile and maintain a confidential register of vulnerable residents who agree to be contacted during an emergency.",
     "Town Clerk", "Age UK Herefordshire & Worcestershire", "Ongoing", "In progress"],
    ["", "", "", "", "", "", ""],
    ["Status as reported to the Working Group on 9 October 2024.", "", "", "", "", "", ""],
]
UPTON_REFUSE_LINE = 11  # the 2.1 row, target date "Decmber 2024"


def build_upton(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in UPTON_ROWS:
            w.writerow(row)


FILES = {
    "zh-box-hill-school-isi-inspection-action-plan.docx": build_boxhill,
    "zh-centrepoint-board-of-trustees-action-log.docx": build_centrepoint,
    "zh-building-digital-uk-project-gigabit-programme-highlight-report.xlsx": build_bduk,
    "zh-greater-essex-cca-strategic-risk-register-q3-2025-26.xlsx": build_gecca,
    "zh-shawbrook-bank-fca-borrowers-in-financial-difficulty-remediation-action-plan.xlsx": build_shawbrook,
    "zh-new-forest-npa-ico-data-protection-audit-action-plan.txt": build_nfnpa,
    "zh-upton-upon-severn-town-council-flood-lessons-learned-action-plan-typo-month-refuse.csv": build_upton,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
