#!/usr/bin/env python3
"""Build the seven fe2- blind test files (set heldout195).

Run with: /work/main/.venv/bin/python fe2_make.py
Writes the data files next to this script. Each action record also carries the
reading a person makes of it (lead list, end month, status) which
fe2 expected readings were written from; the data files use only the text.
"""
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "D9E1F2",
}


def fill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if i < len(lines) - 1:
            run.add_break()


def landscape(document):
    sec = document.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 1. Caerphilly CBC - Audit Wales recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
CAERPHILLY_FILE = "fe2-caerphilly-cbc-audit-wales-recommendations-tracker.xlsx"
CAERPHILLY_TITLE = ("Caerphilly County Borough Council \u2013 Audit Wales Recommendations "
                    "and Proposals for Improvement Tracker")
CAERPHILLY = [
    {
        "report": "Use of Performance Information: Service User Perspective and Outcomes (issued May 2023)",
        "recs": [
            {
                "rec": "R1 \u2013 The Council should strengthen the information it provides to senior leaders and "
                       "members on the perspective of service users, so that they can judge whether services "
                       "are meeting people's needs.",
                "actions": [
                    dict(ref="AW01",
                         action="Develop a corporate service user feedback dashboard drawing together complaints, "
                                "compliments and survey results for each directorate.",
                         officer="Head of Transformation", orig=D(2024, 3, 31), rev=D(2025, 12, 31),
                         update="Dashboard live for Social Services and Housing. Education and Economy & "
                                "Environment to follow once the new CRM reporting module is in place.",
                         rag="amber", lead=["Head of Transformation"], end="2025-12", status="amber"),
                    dict(ref="AW02",
                         action="Include a service user perspective section in each Directorate Performance "
                                "Assessment reported to Scrutiny Committees.",
                         officer="Corporate Policy Manager / Performance Manager", orig=D(2024, 6, 30), rev=None,
                         update="Section added to all five DPAs from Quarter 1 2024/25. Action closed.",
                         rag="blue", lead=["Corporate Policy Manager", "Performance Manager"], end="2024-06",
                         status="blue"),
                ],
            },
            {
                "rec": "R2 \u2013 The Council should review the measures in its Corporate Plan so that they show "
                       "the outcomes achieved for residents rather than activity levels.",
                "actions": [
                    dict(ref="AW03",
                         action="Review the Corporate Plan measures as part of the refresh of the Well-being "
                                "Objectives, replacing output counts with outcome indicators where data allows.",
                         officer="Head of Policy and Performance", orig=D(2026, 3, 31), rev=None,
                         update="Draft measures framework shared with Corporate Management Team in August 2025; "
                                "on track for approval with the Corporate Plan in March.",
                         rag="green", lead=["Head of Policy and Performance"], end="2026-03", status="green"),
                ],
            },
        ],
    },
    {
        "report": "Setting of Well-being Objectives (issued January 2024)",
        "recs": [
            {
                "rec": "R1 \u2013 The Council should involve a wider range of people, reflecting the diversity of "
                       "its population, when it sets its well-being objectives.",
                "actions": [
                    dict(ref="AW04",
                         action="Co-produce the well-being objectives consultation plan with the Youth Forum, the "
                                "50+ Forum and the Caerphilly Equalities Network.",
                         officer="Consultation and Engagement Officer", orig=D(2024, 10, 31), rev=None,
                         update="Consultation plan agreed with all three groups; consultation ran "
                                "October\u2013December 2024.",
                         rag="blue", lead=["Consultation and Engagement Officer"], end="2024-10", status="blue"),
                    dict(ref="AW05",
                         action="Publish an engagement summary showing how consultation feedback shaped each "
                                "well-being objective.",
                         officer="Corporate Policy Manager", orig=D(2025, 3, 31), rev=D(2025, 10, 31),
                         update="Not yet published. Summary drafted but delayed by the Corporate Plan timetable; "
                                "escalated to the Head of Policy and Performance.",
                         rag="red", lead=["Corporate Policy Manager"], end="2025-10", status="red"),
                ],
            },
            {
                "rec": "R2 \u2013 The Council should set out in its Medium-Term Financial Plan the resources it "
                       "needs to deliver each well-being objective.",
                "actions": [
                    dict(ref="AW06",
                         action="Map the revenue and capital budgets supporting each well-being objective and "
                                "include the mapping as an appendix to the Medium-Term Financial Plan.",
                         officer="Deputy Head of Financial Services", orig=D(2025, 2, 28), rev=D(2026, 2, 28),
                         update="Revenue mapping complete. Capital mapping deferred to the 2026/27 budget round.",
                         rag="amber", lead=["Deputy Head of Financial Services"], end="2026-02", status="amber"),
                ],
            },
        ],
    },
    {
        "report": "Financial Sustainability Review (issued October 2024)",
        "recs": [
            {
                "rec": "R1 \u2013 The Council should develop a longer-term savings programme that shows how it will "
                       "close the funding gap projected in its Medium-Term Financial Plan.",
                "actions": [
                    dict(ref="AW07",
                         action="Agree a three-year savings and transformation programme through the Mobilising "
                                "Team Caerphilly Programme Board.",
                         officer="Deputy Chief Executive", orig=D(2025, 3, 31), rev="Q4 2025/26",
                         update="Years 1 and 2 of the programme agreed by Cabinet in July 2025; Year 3 proposals "
                                "being developed.",
                         rag="green", lead=["Deputy Chief Executive"], end="2026-03", end_text="Q4 2025/26",
                         status="green"),
                    dict(ref="AW08",
                         action="Report progress against the savings programme to Cabinet and the Governance and "
                                "Audit Committee each quarter.",
                         officer="Deputy Head of Financial Services", orig="Quarterly", rev=None,
                         update="Quarter 1 report presented to Cabinet on 17 September 2025.",
                         rag="green", lead=["Deputy Head of Financial Services"], end=None, end_text="Quarterly",
                         status="green"),
                ],
            },
            {
                "rec": "R2 \u2013 The Council should review its usable reserves against its risk profile and set "
                       "out how reserves will be used to support transformation.",
                "actions": [
                    dict(ref="AW09",
                         action="Complete a risk-based review of earmarked reserves and present a Reserves "
                                "Strategy to Council with the 2025/26 budget.",
                         officer="Deputy Head of Financial Services", orig=D(2025, 2, 27), rev=None,
                         update="Reserves Strategy approved by Council on 27 February 2025.",
                         rag="blue", lead=["Deputy Head of Financial Services"], end="2025-02", status="blue"),
                ],
            },
        ],
    },
]


def make_caerphilly():
    wb = openpyxl.Workbook()
    # --- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = CAERPHILLY_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Summary of progress \u2013 position as at 30 September 2025"
    hdr = ["Audit Wales report", "Issued", "Actions", "Complete", "On track", "Slippage", "Off track"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
    r = 5
    totals = [0, 0, 0, 0, 0]
    for rep in CAERPHILLY:
        name, issued = rep["report"].rsplit(" (issued ", 1)
        acts = [a for rec in rep["recs"] for a in rec["actions"]]
        counts = [len(acts)] + [sum(1 for a in acts if a["rag"] == k) for k in ("blue", "green", "amber", "red")]
        row = [name, issued.rstrip(")")] + counts
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
        totals = [t + n for t, n in zip(totals, counts)]
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(totals, 3):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["B"].width = 16

    # --- Tracker sheet
    ws = wb.create_sheet("Tracker")
    widths = [8, 48, 52, 26, 14, 14, 52, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = CAERPHILLY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Position as at 30 September 2025 \u2013 Governance and Audit Committee, 11 November 2025"
    ws["A2"].font = Font(italic=True)
    header = ["Ref", "Recommendation / Proposal for Improvement", "Agreed Action", "Responsible Officer",
              "Original Target Date", "Revised Target Date", "Progress Update (September 2025)", "RAG"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    ws.freeze_panes = "A5"
    r = 5
    for rep in CAERPHILLY:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell = ws.cell(row=r, column=1, value=rep["report"])
        cell.font = Font(bold=True)
        cell.fill = fill("band")
        r += 1
        for rec in rep["recs"]:
            first = r
            for a in rec["actions"]:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=3, value=a["action"])
                ws.cell(row=r, column=4, value=a["officer"])
                c5 = ws.cell(row=r, column=5, value=a["orig"])
                c6 = ws.cell(row=r, column=6, value=a["rev"])
                for cc in (c5, c6):
                    if isinstance(cc.value, dt.datetime):
                        cc.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7, value=a["update"])
                ws.cell(row=r, column=8).fill = fill(a["rag"])
                for c in range(1, 9):
                    ws.cell(row=r, column=c).alignment = WRAP
                    ws.cell(row=r, column=c).border = BOX
                r += 1
            ws.cell(row=first, column=2, value=rec["rec"])
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    # --- Key sheet
    ks = wb.create_sheet("RAG Key")
    ks["A1"] = "RAG key"
    ks["A1"].font = Font(bold=True)
    key = [("blue", "Action complete"),
           ("green", "On track to meet the target date"),
           ("amber", "Some slippage \u2013 revised target date agreed"),
           ("red", "Off track \u2013 escalated to Corporate Management Team")]
    for i, (col, txt) in enumerate(key, 3):
        ks.cell(row=i, column=1).fill = fill(col)
        ks.cell(row=i, column=2, value=txt)
    ks.column_dimensions["B"].width = 55
    wb.active = 1
    wb.save(os.path.join(HERE, CAERPHILLY_FILE))


# ---------------------------------------------------------------------------
# 2. East Renfrewshire Council - Best Value workforce innovation plan (docx)
# ---------------------------------------------------------------------------
EASTREN_FILE = "fe2-east-renfrewshire-council-best-value-workforce-innovation-improvement-action-plan.docx"
EASTREN_TITLE = "East Renfrewshire Council \u2013 Best Value Workforce Innovation Improvement Action Plan"
EASTREN = [
    {
        "heading": "Recommendation 1",
        "rec": "The council should develop a longer-term workforce plan that sets out the skills, capacity and "
               "roles it will need to deliver its transformation programme, and how these will be secured.",
        "actions": [
            dict(ref="1.1",
                 action="Refresh the corporate Workforce Plan for 2025\u20132028, aligned to the Medium-Term "
                        "Financial Strategy and the council\u2019s transformation programme.",
                 officer="Head of HR and Corporate Services", when="March 2025", rag="Complete",
                 update="Workforce Plan 2025\u20132028 approved by Cabinet on 6 March 2025.",
                 lead=["Head of HR and Corporate Services"], end="2025-03", status="blue"),
            dict(ref="1.2",
                 action="Require each department to produce a service workforce plan using the corporate "
                        "template, including analysis of age profile, turnover and hard-to-fill posts.",
                 officer="Directors; HR Business Partners", when="June 2025 \u2013 December 2025", rag="On track",
                 update="Four of six departmental plans received; Environment and HSCP plans due November.",
                 lead=["Directors", "HR Business Partners"], end="2025-12",
                 end_text="June 2025 \u2013 December 2025", status="green"),
        ],
    },
    {
        "heading": "Recommendation 2",
        "rec": "The council should set out how digital technology and new ways of working will be used to "
               "increase workforce capacity, and measure the benefits achieved.",
        "actions": [
            dict(ref="2.1",
                 action="Complete the rollout of Microsoft 365 and Teams telephony to all office-based staff.",
                 officer="Chief Digital and Information Officer", when="31 August 2025", rag="Complete",
                 update="Rollout completed on 22 August 2025 (1,940 users).",
                 lead=["Chief Digital and Information Officer"], end="2025-08", status="blue"),
            dict(ref="2.2",
                 action="Introduce a benefits realisation framework for digital projects, reporting hours "
                        "released and cashable savings to the Corporate Management Team.",
                 officer="Chief Digital and Information Officer / Chief Accountant", when="December 2025",
                 rag="At risk",
                 update="Framework drafted. Baseline data for hours released is incomplete and the December "
                        "date may not be met.",
                 lead=["Chief Digital and Information Officer", "Chief Accountant"], end="2025-12",
                 status="amber"),
            dict(ref="2.3",
                 action="Pilot robotic process automation in Revenues and Benefits and in the Customer First "
                        "contact centre.",
                 officer="Revenues Manager, Customer First Manager", when="Q4 2025/26", rag="On track",
                 update="Supplier appointed; first two processes (change of address and direct debit set-up) "
                        "in build.",
                 lead=["Revenues Manager", "Customer First Manager"], end="2026-03", end_text="Q4 2025/26",
                 status="green"),
        ],
    },
    {
        "heading": "Recommendation 3",
        "rec": "The council should work with its partners, including the HSCP and East Renfrewshire Culture and "
               "Leisure Trust, to identify shared workforce approaches for hard-to-fill roles.",
        "actions": [
            dict(ref="3.1",
                 action="Run a joint recruitment campaign with the HSCP for social care and occupational "
                        "therapy posts.",
                 officer="HSCP Chief Officer", when="September 2025", rag="Complete",
                 update="Campaign ran May\u2013July 2025; 23 appointments made.",
                 lead=["HSCP Chief Officer"], end="2025-09", status="blue"),
            dict(ref="3.2",
                 action="Explore a shared apprenticeship programme with East Renfrewshire Culture and Leisure "
                        "Trust.",
                 officer="Head of HR and Corporate Services", when="Ongoing", rag="Not started",
                 update="Initial discussion with the Trust planned for January 2026.",
                 lead=["Head of HR and Corporate Services"], end=None, end_text="Ongoing", status="unrated"),
        ],
    },
    {
        "heading": "Recommendation 4",
        "rec": "The council should make sure that elected members receive regular information on workforce "
               "capacity, wellbeing and the impact of workforce changes.",
        "actions": [
            dict(ref="4.1",
                 action="Add workforce capacity, absence and wellbeing indicators to the six-monthly Corporate "
                        "Performance report to Cabinet.",
                 officer="Strategic Services Lead Officer", when="By 31 January 2026", rag="On track",
                 update="Indicator set agreed with the Trade Unions; first report due January 2026.",
                 lead=["Strategic Services Lead Officer"], end="2026-01", status="green"),
        ],
    },
]


def make_eastren():
    document = docx.Document()
    landscape(document)
    p = document.add_paragraph(EASTREN_TITLE, style="Title")
    p = document.add_paragraph("Response to the Controller of Audit\u2019s Best Value thematic report on "
                               "workforce innovation (Accounts Commission, 2024)")
    p.runs[0].italic = True

    document.add_paragraph("Document control", style="Heading 2")
    dc = document.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    rows = [("Version", "Date", "Author", "Status"),
            ("0.3", "12 September 2024", "Strategic Services", "Draft for CMT"),
            ("1.0", "26 September 2024", "Strategic Services", "Approved by Audit and Scrutiny Committee"),
            ("1.2", "14 October 2025", "Strategic Services", "Six-monthly progress update")]
    for i, vals in enumerate(rows):
        for j, v in enumerate(vals):
            set_cell(dc.rows[i].cells[j], v, bold=(i == 0))
            if i == 0:
                shade(dc.rows[i].cells[j], "D9E1F2")

    document.add_paragraph("1. Introduction", style="Heading 1")
    document.add_paragraph(
        "The Accounts Commission published the Controller of Audit\u2019s thematic report on workforce "
        "innovation in East Renfrewshire Council in 2024. The report found that the council has a clear "
        "vision for its workforce and has made good use of digital technology, and made four recommendations. "
        "This plan sets out the actions the council is taking in response. Progress is reported to the Audit "
        "and Scrutiny Committee every six months.")

    document.add_paragraph("2. Status key", style="Heading 1")
    key = document.add_table(rows=6, cols=3)
    key.style = "Table Grid"
    krows = [("Status", "RAG", "Meaning"),
             ("Complete", "Blue", "Action delivered"),
             ("On track", "Green", "Progressing and expected to meet the timescale"),
             ("At risk", "Amber", "Timescale may not be met; mitigation in place"),
             ("Off track", "Red", "Timescale will not be met"),
             ("Not started", "\u2013", "Work not yet begun")]
    for i, vals in enumerate(krows):
        for j, v in enumerate(vals):
            set_cell(key.rows[i].cells[j], v, bold=(i == 0))
    for i, col in ((1, "0070C0"), (2, "00B050"), (3, "FFC000"), (4, "FF0000")):
        shade(key.rows[i].cells[1], col)

    document.add_paragraph("3. Improvement actions", style="Heading 1")
    heads = ["Ref", "Action", "Lead officer(s)", "Timescale", "Status", "Progress update (October 2025)"]
    widths = [Cm(1.3), Cm(8.0), Cm(4.2), Cm(3.0), Cm(2.2), Cm(6.5)]
    for rec in EASTREN:
        document.add_paragraph(rec["heading"], style="Heading 2")
        q = document.add_paragraph(rec["rec"])
        q.runs[0].italic = True
        t = document.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True, colour="FFFFFF")
            shade(t.rows[0].cells[j], "1F3864")
        for a in rec["actions"]:
            cells = t.add_row().cells
            vals = [a["ref"], a["action"], a["officer"], a["when"], a["rag"], a["update"]]
            for j, v in enumerate(vals):
                set_cell(cells[j], v)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        document.add_paragraph("")

    document.add_paragraph("4. Sign-off", style="Heading 1")
    so = document.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(("Approved by", "Role", "Date")):
        set_cell(so.rows[0].cells[j], v, bold=True)
    for j, v in enumerate(("Corporate Management Team", "Plan owner", "21 October 2025")):
        set_cell(so.rows[1].cells[j], v)
    document.save(os.path.join(HERE, EASTREN_FILE))


# ---------------------------------------------------------------------------
# 3. Hartlepool BC - ASC CQC assessment improvement plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
HARTLEPOOL_FILE = "fe2-hartlepool-bc-asc-cqc-assessment-improvement-plan-typo-month-refuse.xlsx"
HARTLEPOOL_TITLE = "Adult Social Care \u2013 CQC Assessment Improvement Plan 2025\u201326"
HARTLEPOOL = [
    ("Theme 1: Working with people", [
        ("QS1 Assessing needs",
         "Some people waited too long for a Care Act assessment and were not always kept informed while they "
         "waited.",
         [("1.1", "Introduce a triage and \u2018waiting well\u2019 process so that everyone on the waiting list "
                  "is contacted at least every four weeks.",
           "Head of Service \u2013 Adult Social Work", "Sep-25", "A", "G",
           "Waiting well calls in place since July; 96% contacted within four weeks."),
          ("1.2", "Recruit two additional Occupational Therapists to reduce the OT assessment waiting list.",
           "Principal Occupational Therapist", "Mar-26", "R", "A",
           "One OT appointed; second post re-advertised.")]),
        ("QS3 Equity in experience and outcomes",
         "The council did not make full use of data on protected characteristics to understand who was "
         "accessing support.",
         [("1.3", "Add protected characteristics to the ASC performance dashboard and review gaps quarterly at "
                  "the Quality Assurance Board.",
           "Performance and Systems Manager", "Jun-25", "A", "B", "Dashboard updated June 2025.")]),
    ]),
    ("Theme 2: Providing support", [
        ("QS4 Care provision, integration and continuity",
         "People in some parts of the town had limited choice of home care providers.",
         [("2.1", "Re-commission domiciliary care on a zonal model with a dedicated lot for the Headland and "
                  "rural villages.",
           "Commissioning Manager (Adults)", "0ct-25", "A", "A",
           "Tender evaluation complete; contract award report to Adult and Community Based Services Committee."),
          ("2.2", "Review the Direct Payments policy and increase the number of personal assistants on the PA "
                  "register.",
           "Direct Payments Lead", "Dec-25", "G", "G", "Policy consultation closes November.")]),
    ]),
    ("Theme 3: How Hartlepool ensures safety within the system", [
        ("QS6 Safe systems, pathways and transitions",
         "Young people moving from children\u2019s to adult services did not always have a plan in place by "
         "age 17\u00bd.",
         [("3.1", "Agree a joint Preparing for Adulthood protocol with Children\u2019s Services and start "
                  "transition planning from age 14.",
           "Head of Service \u2013 Adult Social Work / Head of Children\u2019s Disability Services", "Jan-26",
           "A", "G", "Protocol drafted and shared with the Parent Carer Forum.")]),
        ("QS7 Safeguarding",
         "Section 42 enquiries were not always completed within the council\u2019s own timescales.",
         [("3.2", "Introduce weekly oversight of open Section 42 enquiries by the Safeguarding Team Manager.",
           "Safeguarding Team Manager", "Jul-25", "R", "B", "Weekly oversight in place; backlog cleared.")]),
    ]),
    ("Theme 4: Leadership", [
        ("QS8 Governance, management and sustainability",
         "People with lived experience were not consistently involved in shaping strategy.",
         [("4.1", "Establish a Making it Real board of people who draw on care and support and unpaid carers.",
           "Director of Adult and Community Based Services", "Nov-25", "G", "G",
           "Recruitment of members under way with Hartlepool Carers.")]),
        ("QS9 Learning, improvement and innovation",
         "Learning from complaints and reviews was not systematically shared with staff.",
         [("4.2", "Publish a quarterly \u2018You said, we did\u2019 learning bulletin for ASC staff.",
           "Principal Social Worker", "Quarterly", "A", "G", "First bulletin issued September 2025.")]),
    ]),
]
HARTLEPOOL_TYPO = "0ct-25"


def make_hartlepool():
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["B2"] = "Hartlepool Borough Council"
    cv["B2"].font = Font(bold=True, size=16)
    cv["B3"] = HARTLEPOOL_TITLE
    cv["B3"].font = Font(bold=True, size=13)
    cv["B5"] = ("This plan responds to the areas for improvement in the CQC local authority assessment of "
                "adult social care and is monitored monthly by the ASC Improvement Board.")
    cv["B7"] = "Version"
    cv["C7"] = "Date"
    cv["D7"] = "Change"
    for c in ("B7", "C7", "D7"):
        cv[c].font = Font(bold=True)
    cv["B8"], cv["C8"], cv["D8"] = "1.0", "April 2025", "Plan agreed by ASC Improvement Board"
    cv["B9"], cv["C9"], cv["D9"] = "1.3", "September 2025", "Quarter 2 update"
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 16
    cv.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    widths = [6, 24, 38, 50, 30, 11, 10, 10, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = HARTLEPOOL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated: September 2025 | Plan owner: Director of Adult and Community Based Services"
    header = ["Ref", "Quality statement", "What CQC told us", "Action", "Lead", "Target date",
              "Previous RAG", "Current RAG", "Progress"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    ragfill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    r = 5
    typo_row = None
    for theme, qss in HARTLEPOOL:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("band")
        r += 1
        for qs, finding, acts in qss:
            first = r
            for ref, action, lead, when, prev, cur, prog in acts:
                vals = [ref, None, None, action, lead, when, prev, cur, prog]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(row=r, column=6).number_format = "@"
                ws.cell(row=r, column=7).fill = fill(ragfill[prev])
                ws.cell(row=r, column=8).fill = fill(ragfill[cur])
                if when == HARTLEPOOL_TYPO:
                    typo_row = r
                r += 1
            ws.cell(row=first, column=2, value=qs)
            ws.cell(row=first, column=3, value=finding)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete, G = on track, A = some slippage, R = off track")
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.active = 1
    wb.save(os.path.join(HERE, HARTLEPOOL_FILE))
    return typo_row


# ---------------------------------------------------------------------------
# 4. Staffordshire FRS - HMICFRS values and culture recommendations (docx)
# ---------------------------------------------------------------------------
STAFFS_FILE = "fe2-staffordshire-frs-hmicfrs-values-culture-recommendations-progress-report.docx"
STAFFS_TITLE = "HMICFRS Values and Culture in Fire and Rescue Services \u2013 Progress Against Recommendations"
STAFFS = [
    ("Raising concerns", [
        ("Recommendation 1: By 1 October 2023, chief fire officers should make sure staff have a confidential "
         "route to raise concerns and know how the whistleblowing process works.",
         [dict(ref="1a", action="Procure an independent, confidential reporting line for all staff and on-call "
                                "firefighters.",
               officer="Head of People Services", target="31/08/2023", revised="", rag="B",
               update="\u2018Say So\u2019 independent reporting line live from August 2023.",
               lead=["Head of People Services"], end="2023-08", status="blue"),
          dict(ref="1b", action="Relaunch the Whistleblowing Policy with briefings at every station and a short "
                                "e-learning module.",
               officer="Head of People Services / Organisational Development Manager", target="31/12/2023",
               revised="30/06/2024", rag="B",
               update="Briefings delivered at all 33 stations; e-learning completion 94%.",
               lead=["Head of People Services", "Organisational Development Manager"], end="2024-06",
               status="blue")]),
        ("Recommendation 3: By 1 June 2023, chief fire officers should review the support offered to people who "
         "raise concerns and act to make sure it is adequate.",
         [dict(ref="3a", action="Review welfare support for staff who raise concerns, including access to the "
                                "Employee Assistance Programme and a named welfare officer for each case.",
               officer="Occupational Health and Wellbeing Manager", target="01/06/2023", revised="", rag="B",
               update="Review completed; welfare officer role added to the grievance and discipline procedures.",
               lead=["Occupational Health and Wellbeing Manager"], end="2023-06", status="blue")]),
    ]),
    ("Background checks", [
        ("Recommendation 9: By 1 January 2024, chief fire officers should make sure all existing and new staff "
         "have the appropriate level of background check, renewed on a regular cycle.",
         [dict(ref="9a", action="Complete a role-by-role review of DBS eligibility and apply standard or "
                                "enhanced checks to all eligible roles.",
               officer="Head of People Services", target="31/12/2023", revised="31/03/2025", rag="A",
               update="Review complete. 88% of existing staff checked; remaining checks booked for "
                      "February 2025.",
               lead=["Head of People Services"], end="2025-03", status="amber"),
          dict(ref="9b", action="Introduce three-yearly rechecks for all roles that require an enhanced DBS "
                                "check.",
               officer="HR Operations Manager", target="31/03/2024", revised="30/09/2025", rag="A",
               update="Recheck cycle agreed with the representative bodies; system reminders being built "
                      "in the HR system.",
               lead=["HR Operations Manager"], end="2025-09", status="amber")]),
    ]),
    ("Leadership", [
        ("Recommendation 14: By 1 October 2023, chief fire officers should introduce 360-degree feedback for "
         "senior leaders, including themselves, and use it to shape their development.",
         [dict(ref="14a", action="Introduce 360-degree feedback for all Group Manager roles and above, including "
                                 "the Chief Fire Officer.",
               officer="Deputy Chief Fire Officer", target="30/09/2023", revised="", rag="B",
               update="First cycle completed September 2023; second cycle completed September 2024.",
               lead=["Deputy Chief Fire Officer"], end="2023-09", status="blue"),
          dict(ref="14b", action="Extend 360-degree feedback to station and watch managers through the "
                                 "supervisory leadership programme.",
               officer="Area Manager \u2013 Organisational Development", target="31/03/2025",
               revised="31/03/2026", rag="G",
               update="Pilot with 24 watch managers completed; full rollout scheduled from April 2025.",
               lead=["Area Manager \u2013 Organisational Development"], end="2026-03", status="green")]),
    ]),
    ("Diversity data", [
        ("Recommendation 20: By 1 October 2023, chief fire officers should improve how they collect equality "
         "data so that they understand their workforce and can act on what it shows.",
         [dict(ref="20a", action="Run a \u2018Count Me In\u2019 campaign to raise equality data declaration "
                                 "rates above 90%.",
               officer="Equality, Diversity and Inclusion Manager", target="31/12/2024", revised="30/06/2025",
               rag="R",
               update="Declaration rate 71% at January 2025. Campaign to be relaunched with station "
                      "champions.",
               lead=["Equality, Diversity and Inclusion Manager"], end="2025-06", status="red"),
          dict(ref="20b", action="Publish workforce diversity data on the Service website each year.",
               officer="Equality, Diversity and Inclusion Manager", target="Annually", revised="", rag="G",
               update="2023/24 workforce data published in June 2024.",
               lead=["Equality, Diversity and Inclusion Manager"], end=None, end_text="Annually",
               status="green")]),
    ]),
]


def make_staffs():
    document = docx.Document()
    landscape(document)
    document.add_paragraph(STAFFS_TITLE, style="Title")
    info = document.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Report to", "Ethics, Transparency and Audit Panel"),
                                ("Date of meeting", "20 February 2025"),
                                ("Report of", "Chief Fire Officer"),
                                ("Contact officer", "Head of Corporate Assurance")]):
        set_cell(info.rows[i].cells[0], k, bold=True)
        set_cell(info.rows[i].cells[1], v)
    document.add_paragraph("1. Purpose of report", style="Heading 1")
    document.add_paragraph(
        "To update the Panel on the Service\u2019s progress against the recommendations in the HMICFRS "
        "spotlight report \u2018Values and culture in fire and rescue services\u2019, published in March 2023. "
        "Of the report\u2019s 35 recommendations, 20 are for chief fire officers. Appendix A shows the "
        "Service\u2019s actions against the recommendations selected for review by the Panel this year. "
        "Recommendations for national bodies are not included.")
    document.add_paragraph("2. Recommendation", style="Heading 1")
    document.add_paragraph("That the Panel notes the progress made and the revised dates shown in Appendix A.")

    document.add_paragraph("Appendix A \u2013 Action plan", style="Heading 1")
    key = document.add_table(rows=2, cols=4)
    key.style = "Table Grid"
    keyvals = [("B", "Complete", "0070C0"), ("G", "On track", "00B050"),
               ("A", "Delayed \u2013 revised date agreed", "FFC000"), ("R", "Significantly delayed", "FF0000")]
    for j, (letter, meaning, col) in enumerate(keyvals):
        set_cell(key.rows[0].cells[j], letter, bold=True)
        shade(key.rows[0].cells[j], col)
        set_cell(key.rows[1].cells[j], meaning)
    document.add_paragraph("")

    heads = ["Ref", "Action", "Owner", "Target date", "Revised date", "RAG", "Update"]
    widths = [Cm(1.2), Cm(7.5), Cm(4.2), Cm(2.3), Cm(2.3), Cm(1.2), Cm(6.5)]
    ragcol = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for theme, recs in STAFFS:
        document.add_paragraph(theme, style="Heading 2")
        t = document.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True, colour="FFFFFF")
            shade(t.rows[0].cells[j], "7B2C2C")
        for rec, acts in recs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[6])
            set_cell(merged, rec, bold=True)
            shade(merged, "F2DCDB")
            for a in acts:
                cells = t.add_row().cells
                vals = [a["ref"], a["action"], a["officer"], a["target"], a["revised"], a["rag"], a["update"]]
                for j, v in enumerate(vals):
                    set_cell(cells[j], v)
                shade(cells[5], ragcol[a["rag"]])
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        document.add_paragraph("")
    document.add_paragraph("Background papers: HMICFRS, Values and culture in fire and rescue services, "
                           "March 2023.")
    document.save(os.path.join(HERE, STAFFS_FILE))


# ---------------------------------------------------------------------------
# 5. Redcar & Cleveland BC - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
REDCAR_FILE = "fe2-redcar-cleveland-bc-internal-audit-recommendations-tracker.csv"
REDCAR_TITLE = "Redcar and Cleveland Borough Council - Internal Audit: Outstanding Recommendations Follow-up"
REDCAR_HEADER = ["Audit", "Year", "Assurance", "Rec No", "Priority", "Recommendation", "Agreed Action",
                 "Responsible Officer", "Original Due Date", "Revised Due Date", "RAG", "Latest Update"]
REDCAR = [
    dict(audit="Creditors (Accounts Payable)", year="2024/25", assurance="Reasonable", ref="1", priority="Medium",
         rec="Changes to supplier bank details should be independently verified by telephone using contact "
             "details already held, and the check recorded.",
         action="Update the supplier amendment procedure to require a call-back to a known contact and a second "
                "officer's approval in Unit4 before changes are applied.",
         officer="Exchequer Services Manager", orig="31/03/2025", rev="", rag="B",
         update="Procedure reissued March 2025. Sample testing in June confirmed compliance.",
         lead=["Exchequer Services Manager"], end="2025-03", status="blue"),
    dict(audit="Creditors (Accounts Payable)", year="2024/25", assurance="Reasonable", ref="2", priority="Low",
         rec="Duplicate payment reports should be run and reviewed before each payment run.",
         action="Schedule the duplicate payment report weekly and keep evidence of review.",
         officer="Exchequer Services Manager", orig="30/04/2025", rev="", rag="B",
         update="Report scheduled; review evidenced on the payment run checklist.",
         lead=["Exchequer Services Manager"], end="2025-04", status="blue"),
    dict(audit="Housing Benefit Overpayments", year="2024/25", assurance="Limited", ref="1", priority="High",
         rec="Recovery of overpayments should start promptly once an overpayment has been identified.",
         action="Clear the backlog of unrecovered overpayments more than 90 days old.\n"
                "Introduce a monthly aged debt report reviewed by the Benefits Team Leader.",
         officer="Revenues and Benefits Manager / Benefits Team Leader", orig="30/06/2025", rev="31/12/2025",
         rag="A", update="Backlog reduced from 412 to 96 cases. Aged debt report in place since August 2025.",
         lead=["Revenues and Benefits Manager", "Benefits Team Leader"], end="2025-12", status="amber"),
    dict(audit="Housing Benefit Overpayments", year="2024/25", assurance="Limited", ref="2", priority="Medium",
         rec="Write-offs should be authorised in line with the Financial Procedure Rules.",
         action="Refresh the write-off authorisation limits in the Financial Procedure Rules and brief the "
                "Benefits team.",
         officer="Revenues and Benefits Manager", orig="31/01/2026", rev="", rag="G",
         update="Revised limits drafted for Governance Committee approval in January.",
         lead=["Revenues and Benefits Manager"], end="2026-01", status="green"),
    dict(audit="Cyber Security - Patch Management", year="2024/25", assurance="Limited", ref="1",
         priority="High",
         rec="All servers should be patched within the timescales set in the Patch Management Policy.",
         action="Implement automated patch deployment for Windows servers and report compliance each month to "
                "the ICT Security Board.",
         officer="ICT Infrastructure Manager", orig="31/05/2025", rev="30/11/2025", rag="R",
         update="Automation delayed by the data centre migration. Compliance currently 81% against a 95% "
                "target.",
         lead=["ICT Infrastructure Manager"], end="2025-11", status="red"),
    dict(audit="Cyber Security - Patch Management", year="2024/25", assurance="Limited", ref="2",
         priority="Medium",
         rec="Unsupported operating systems should be removed from the network or isolated.",
         action="Decommission the remaining Windows Server 2012 hosts or move them to an isolated network "
                "segment.",
         officer="ICT Infrastructure Manager, Cyber Security Officer", orig="31/03/2026", rev="", rag="G",
         update="Three of seven hosts decommissioned.",
         lead=["ICT Infrastructure Manager", "Cyber Security Officer"], end="2026-03", status="green"),
    dict(audit="Grants to Voluntary Organisations", year="2025/26", assurance="Reasonable", ref="1",
         priority="Medium",
         rec="Grant monitoring returns should be obtained and reviewed before the second instalment is paid.",
         action="Add a monitoring return check to the grant payment checklist so that second instalments are "
                "held until the return has been reviewed.",
         officer="Communities Manager", orig="Q4 2025/26", rev="", rag="G",
         update="Checklist being updated alongside the new grants system.",
         lead=["Communities Manager"], end="2026-03", end_text="Q4 2025/26", status="green"),
    dict(audit="Grants to Voluntary Organisations", year="2025/26", assurance="Reasonable", ref="2",
         priority="Low",
         rec="The grants register should record the date of each monitoring visit.",
         action="Add a monitoring visit date field to the grants register.",
         officer="Sarah Wilson (Communities Officer)", orig="31/10/2025", rev="", rag="B",
         update="Field added October 2025.",
         lead=["Sarah Wilson (Communities Officer)"], end="2025-10", status="blue"),
]


def csv_field(v):
    v = str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_redcar():
    n = len(REDCAR_HEADER)
    lines = []
    lines.append(csv_field(REDCAR_TITLE) + "," * (n - 1))
    lines.append(csv_field("Governance Committee - 4 December 2025 (position at 14 November 2025)") + "," * (n - 1))
    lines.append("," * (n - 1))
    lines.append(",".join(csv_field(h) for h in REDCAR_HEADER))
    for a in REDCAR:
        vals = [a["audit"], a["year"], a["assurance"], a["ref"], a["priority"], a["rec"], a["action"],
                a["officer"], a["orig"], a["rev"], a["rag"], a["update"]]
        lines.append(",".join(csv_field(v) for v in vals))
    lines.append("," * (n - 1))
    lines.append(csv_field("RAG key: B = implemented; G = not yet due, on track; A = revised date agreed; "
                           "R = overdue") + "," * (n - 1))
    lines.append(csv_field("8 recommendations outstanding at last report; 4 implemented since.") + "," * (n - 1))
    with open(os.path.join(HERE, REDCAR_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Castle Point BC - housing improvement plan after RSH judgement (txt, tab-separated)
# ---------------------------------------------------------------------------
CASTLE_FILE = "fe2-castle-point-bc-rsh-regulatory-judgement-housing-improvement-plan.txt"
CASTLE_TITLE = ("Castle Point Borough Council \u2013 Housing Improvement Plan: Response to Regulatory "
                "Judgement (C4)")
CASTLE = [
    ("SAFETY AND QUALITY STANDARD", [
        ("RSH finding 1: Fire safety risks in council homes are not being effectively managed and mitigated", [
            dict(ref="SQ1.1",
                 action="Commission fire risk assessments for all 26 blocks with communal areas and load the "
                        "findings into the compliance system",
                 officer="Housing Compliance Manager", when="31/03/2025", st="Complete",
                 update="All 26 FRAs completed March 2025; 412 remedial actions logged",
                 lead=["Housing Compliance Manager"], end="2025-03", status="blue"),
            dict(ref="SQ1.2",
                 action="Complete all high-risk remedial actions arising from the fire risk assessments",
                 officer="Housing Compliance Manager", when="30/09/2025", st="On track",
                 update="118 of 141 high-risk actions closed; fire door replacement contract awarded",
                 lead=["Housing Compliance Manager"], end="2025-09", status="green"),
        ]),
        ("RSH finding 2: The council holds little up-to-date information on the condition of its homes", [
            dict(ref="SQ2.1",
                 action="Procure a 100% stock condition survey of the council\u2019s 1,500 homes",
                 officer="Head of Housing and Communities", when="Dec-25", st="On track",
                 update="Surveyor appointed; 640 homes surveyed to date",
                 lead=["Head of Housing and Communities"], end="2025-12", status="green"),
            dict(ref="SQ2.2",
                 action="Prepare a 30-year asset management plan and HRA business plan using the survey data",
                 officer="Head of Housing and Communities; Strategic Director (Resources)", when="March 2026",
                 st="Not started", update="Starts once survey reaches 80% coverage",
                 lead=["Head of Housing and Communities", "Strategic Director (Resources)"], end="2026-03",
                 status="unrated"),
        ]),
        ("RSH finding 3: Over 40% of communal areas do not have an in-date electrical condition report", [
            dict(ref="SQ3.1",
                 action="Carry out electrical installation condition reports (EICRs) in every communal area "
                        "without a valid certificate",
                 officer="Electrical Compliance Officer", when="Aug-25", st="At risk",
                 update="Contractor capacity issue; 71% of communal areas now compliant",
                 lead=["Electrical Compliance Officer"], end="2025-08", status="amber"),
        ]),
    ]),
    ("TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD", [
        ("RSH finding 4: Tenant Satisfaction Measures were not collected, so tenants cannot scrutinise "
         "performance", [
            dict(ref="TIA1.1",
                 action="Carry out the 2024/25 TSM perception survey through an independent provider and publish "
                        "the results to tenants",
                 officer="Tenant Engagement Officer", when="31/03/2025", st="Complete",
                 update="Survey of 315 tenants completed; results published on the website and in Your Housing",
                 lead=["Tenant Engagement Officer"], end="2025-03", status="blue"),
            dict(ref="TIA1.2",
                 action="Set up a Tenant Scrutiny Panel with support from Tpas",
                 officer="Tenant Engagement Officer / Tpas adviser", when="Q2 2025/26", st="On track",
                 update="Nine tenants recruited; induction training booked for July",
                 lead=["Tenant Engagement Officer", "Tpas adviser"], end="2025-09", end_text="Q2 2025/26",
                 status="green"),
            dict(ref="TIA1.3",
                 action="Appoint two tenant representatives to the Housing Improvement Board",
                 officer="Strategic Director (Transformation)", when="Jan-25", st="Complete",
                 update="Two tenant members attended from the March 2025 meeting",
                 lead=["Strategic Director (Transformation)"], end="2025-01", status="blue"),
        ]),
    ]),
    ("NEIGHBOURHOOD AND COMMUNITY STANDARD", [
        ("RSH finding 5: There is no domestic abuse policy and no clear response to reports of hate crime", [
            dict(ref="NC1.1",
                 action="Adopt a Domestic Abuse Policy for tenants, developed with Changing Pathways",
                 officer="Tenancy Services Manager", when="30/04/2025", st="Complete",
                 update="Policy approved by Cabinet on 16 April 2025",
                 lead=["Tenancy Services Manager"], end="2025-04", status="blue"),
            dict(ref="NC1.2",
                 action="Agree a hate crime reporting and victim support procedure with Essex Police and the "
                        "Community Safety Partnership",
                 officer="Tenancy Services Manager & Community Safety Officer", when="July 2025",
                 st="Off track", update="Draft procedure awaiting comments from Essex Police",
                 lead=["Tenancy Services Manager", "Community Safety Officer"], end="2025-07", status="red"),
        ]),
    ]),
]


def make_castle():
    lines = [CASTLE_TITLE,
             "Progress report to the Housing Improvement Board \u2013 26 June 2025",
             "",
             "\t".join(["Ref", "Action", "Lead officer", "Target date", "Status", "Progress this period"])]
    for std, findings in CASTLE:
        lines.append(std)
        for finding, acts in findings:
            lines.append(finding)
            for a in acts:
                lines.append("\t".join([a["ref"], a["action"], a["officer"], a["when"], a["st"], a["update"]]))
    lines.append("")
    lines.append("Status key: Complete = blue; On track = green; At risk = amber; Off track = red; "
                 "Not started = not rated")
    lines.append("Note: target dates are those agreed with the Regulator of Social Housing in January 2025.")
    with open(os.path.join(HERE, CASTLE_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Test Valley BC - corporate risk register Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------
TVBC_FILE = "fe2-test-valley-bc-corporate-risk-register-q2-2025-26.xlsx"
TVBC_TITLE = "Test Valley Borough Council \u2013 Corporate Risk Register, Quarter 2 2025/26"
TVBC = [
    dict(risk="CR1 \u2013 Financial sustainability",
         desc="Reduced government funding after the Fair Funding Review and business rates reset leaves a budget "
              "gap that cannot be closed without reducing services.",
         owner="Head of Finance and Revenues", inherent=20, controls="Medium Term Financial Strategy; budget "
              "monitoring reported to Cabinet quarterly; general fund reserves above minimum level.",
         residual=16, trend="\u25b2 Increasing",
         actions=[
             dict(action="Update the Medium Term Financial Strategy to model Fair Funding Review 2.0 scenarios.",
                  aowner="Head of Finance and Revenues", date=D(2025, 11, 30), rag="Green",
                  lead=["Head of Finance and Revenues"], end="2025-11", status="green"),
             dict(action="Deliver the \u00a31.2m transformation savings programme agreed by Cabinet in "
                         "February 2025.",
                  aowner="Chief Executive / Head of Finance and Revenues", date=D(2026, 3, 31), rag="Amber",
                  lead=["Chief Executive", "Head of Finance and Revenues"], end="2026-03", status="amber"),
         ]),
    dict(risk="CR2 \u2013 Local government reorganisation",
         desc="Reorganisation and devolution proposals for Hampshire and the Solent divert capacity from "
              "day-to-day services and create uncertainty for staff.",
         owner="Chief Executive", inherent=16, controls="LGR programme board; regular engagement with Hampshire "
              "councils; staff communications plan.",
         residual=12, trend="\u25ba No change",
         actions=[
             dict(action="Provide officer capacity to the joint programme team preparing the final "
                         "reorganisation proposal.",
                  aowner="Deputy Chief Executive", date=D(2025, 9, 26), rag="Blue",
                  lead=["Deputy Chief Executive"], end="2025-09", status="blue"),
             dict(action="Hold monthly staff briefings and keep the LGR questions page on the intranet up "
                         "to date.",
                  aowner="Head of HR", date="Monthly", rag="Green",
                  lead=["Head of HR"], end=None, end_text="Monthly", status="green"),
         ]),
    dict(risk="CR3 \u2013 Cyber security",
         desc="A successful cyber attack or ransomware incident causes loss of systems and data and disrupts "
              "services to residents.",
         owner="Head of IT", inherent=20, controls="Firewalls and endpoint protection; immutable backups; "
              "PSN compliance; incident response plan tested annually.",
         residual=12, trend="\u25bc Decreasing",
         actions=[
             dict(action="Complete a baseline self-assessment against the Cyber Assessment Framework.",
                  aowner="IT Security Officer", date=D(2025, 12, 31), rag="Green",
                  lead=["IT Security Officer"], end="2025-12", status="green"),
             dict(action="Run the annual phishing simulation and refresher training for all staff and "
                         "councillors.",
                  aowner="IT Security Officer; Democratic Services Manager", date="31 March 2026", rag="Amber",
                  lead=["IT Security Officer", "Democratic Services Manager"], end="2026-03", status="amber"),
         ]),
    dict(risk="CR4 \u2013 Local Plan",
         desc="The Local Plan 2042 is delayed or found unsound at examination, leaving the council without a "
              "five-year housing land supply and open to speculative development.",
         owner="Head of Planning Policy and Economic Development", inherent=16,
         controls="Local Development Scheme; member working group; evidence base commissioned.",
         residual=16, trend="\u25b2 Increasing",
         actions=[
             dict(action="Submit the Local Plan 2042 to the Secretary of State for examination.",
                  aowner="Planning Policy Manager", date=D(2025, 12, 1), rag="Red",
                  lead=["Planning Policy Manager"], end="2025-12", status="red"),
         ]),
    dict(risk="CR5 \u2013 Temporary accommodation demand",
         desc="Rising homelessness presentations increase the use of nightly-paid temporary accommodation and "
              "the cost to the general fund.",
         owner="Head of Housing and Environmental Health", inherent=15,
         controls="Homelessness prevention team; Andover hostel; monthly budget monitoring.",
         residual=12, trend="\u25ba No change",
         actions=[
             dict(action="Acquire 12 additional units of council-owned temporary accommodation through the "
                         "Local Authority Housing Fund.",
                  aowner="Housing Strategy Manager", date=D(2026, 3, 31), rag="Green",
                  lead=["Housing Strategy Manager"], end="2026-03", status="green"),
         ]),
]


def make_tvbc():
    wb = openpyxl.Workbook()
    hm = wb.active
    hm.title = "Risk Matrix"
    hm["A1"] = TVBC_TITLE
    hm["A1"].font = Font(bold=True, size=12)
    hm["A2"] = "Heat map: corporate risks by residual score"
    hm["A3"] = "Impact \u2192 / Likelihood \u2193"
    for j in range(1, 6):
        hm.cell(row=3, column=1 + j, value=j).font = Font(bold=True)
    counts = {(4, 4): "CR1, CR4", (3, 4): "CR2, CR3, CR5"}
    for i, lik in enumerate(range(5, 0, -1)):
        hm.cell(row=4 + i, column=1, value=lik).font = Font(bold=True)
        for imp in range(1, 6):
            score = lik * imp
            cell = hm.cell(row=4 + i, column=1 + imp, value=counts.get((lik, imp)))
            cell.fill = fill("red" if score >= 15 else "amber" if score >= 8 else "green")
            cell.border = BOX
    hm["A11"] = "Scores: 15\u201325 high (red); 8\u201314 medium (amber); 1\u20137 low (green)"
    hm.column_dimensions["A"].width = 26

    ws = wb.create_sheet("Corporate Risk Register")
    widths = [28, 46, 22, 10, 40, 10, 14, 50, 30, 13, 11]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:K1")
    ws["A1"] = TVBC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:K2")
    ws["A2"] = ("Reviewed by Management Team on 14 October 2025; reported to the Audit Committee on "
                "10 November 2025")
    ws["A2"].font = Font(italic=True)
    header = ["Risk", "Risk description (cause, event, consequence)", "Risk owner", "Inherent score",
              "Key controls in place", "Residual score", "Direction of travel", "Further actions required",
              "Action owner", "Target date", "Action RAG"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    ws.freeze_panes = "B5"
    r = 5
    ragfill = {"Green": "green", "Amber": "amber", "Red": "red", "Blue": "blue"}
    for risk in TVBC:
        first = r
        for a in risk["actions"]:
            ws.cell(row=r, column=8, value=a["action"])
            ws.cell(row=r, column=9, value=a["aowner"])
            dc = ws.cell(row=r, column=10, value=a["date"])
            if isinstance(a["date"], dt.datetime):
                dc.number_format = "mmm-yy" if a["date"].day == 1 else "dd/mm/yyyy"
            rc = ws.cell(row=r, column=11, value=a["rag"])
            rc.fill = fill(ragfill[a["rag"]])
            for c in range(1, 12):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            r += 1
        vals = [risk["risk"], risk["desc"], risk["owner"], risk["inherent"], risk["controls"], risk["residual"],
                risk["trend"]]
        for c, v in enumerate(vals, 1):
            ws.cell(row=first, column=c, value=v)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        ws.cell(row=first, column=1).font = Font(bold=True)
        for c in (4, 6):
            score = ws.cell(row=first, column=c).value
            ws.cell(row=first, column=c).fill = fill("red" if score >= 15 else "amber")
    r += 1
    ws.cell(row=r, column=1, value="Action RAG: Blue = complete; Green = on track; Amber = at risk of "
                                   "slipping; Red = behind target")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Scores are likelihood \u00d7 impact (1\u20135 each). See Risk Matrix "
                                       "sheet for the heat map.")
    ws.cell(row=r + 1, column=1).font = Font(italic=True)
    wb.active = 1
    wb.save(os.path.join(HERE, TVBC_FILE))


def main():
    make_caerphilly()
    make_eastren()
    typo_row = make_hartlepool()
    make_staffs()
    make_redcar()
    make_castle()
    make_tvbc()
    print("Hartlepool typo row:", typo_row)


if __name__ == "__main__":
    main()
