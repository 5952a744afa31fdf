"""Build the seven qm- blind test files (set heldout466).

Run with: /work/main/.venv/bin/python qm_make.py
Writes only files whose names start with "qm-" into this script's folder.
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

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"


def out(name):
    assert name.startswith("qm-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, fill)
        for p in c.paragraphs:
            for r in p.runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# =====================================================================
# 1. Cathays High School - Estyn post-inspection action plan (docx)
# =====================================================================
def cathays():
    doc = Document()
    p = doc.add_paragraph("Ysgol Uwchradd Cathays")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Cathays High School Post-Inspection Action Plan 2022–2023", level=0)
    doc.add_paragraph(
        "This plan sets out how the school will address the recommendations in the Estyn "
        "report following the core inspection of 16–19 May 2022. Progress is reported to "
        "the full Governing Body each term and to the Cardiff Council Challenge Adviser.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Change"])
    for row in [
        ("1.0", "12/10/2022", "Headteacher", "Approved by Governing Body"),
        ("1.1", "07/02/2023", "Deputy Headteacher", "Spring term progress update"),
        ("1.2", "20/06/2023", "Deputy Headteacher", "Summer term progress update"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("Progress key", level=2)
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    header_row(k, ["RAG", "Meaning"])
    for code, meaning, fill in [
        ("B", "Action completed", BLUE),
        ("G", "On track", GREEN),
        ("A", "Some slippage – action being taken", AMBER),
        ("R", "Not on track – governors to be informed", RED),
    ]:
        cells = k.add_row().cells
        set_cell(cells[0], code, bold=True)
        shade(cells[0], fill)
        set_cell(cells[1], meaning)

    cols = ["Ref", "Actions", "Lead(s)", "Timescale", "Success criteria", "Monitoring", "RAG"]
    recs = [
        ("R1: Improve the consistency of written and verbal feedback so that all pupils "
         "know how to improve their work",
         [
             ("1.1", "Revise the whole-school feedback policy with a working party of staff "
                     "and pupils, and share the revised policy with parents.",
              "Deputy Headteacher (Teaching and Learning)", "Autumn term 2022",
              "Revised policy in place and understood by staff, pupils and parents.",
              "Governors' Curriculum Committee", "B"),
             ("1.2", "Deliver INSET on purposeful feedback and pupil response time.\n"
                     "Follow up with coaching triads for staff identified through lesson "
                     "observations.",
              "AHT Professional Learning / Heads of Faculty", "Sept 2022 – July 2023",
              "Book looks show most pupils respond to feedback and improve their work.",
              "SLT quality assurance calendar", "G"),
             ("1.3", "Carry out half-termly book looks in every faculty and report findings "
                     "to SLT line-management meetings.",
              "Heads of Faculty", "Half-termly",
              "Findings used to plan faculty professional learning.",
              "SLT line management", "G"),
         ]),
        ("R2: Improve rates of attendance, particularly for pupils eligible for free "
         "school meals",
         [
             ("2.1", "Appoint an Attendance and Family Engagement Officer and establish "
                     "weekly attendance panel meetings.",
              "Business Manager; AHT Wellbeing", "October 2022",
              "Officer in post; panel meets weekly with minutes recorded.",
              "Headteacher", "B"),
             ("2.2", "Introduce a tiered attendance intervention model with clear thresholds "
                     "for letters, home visits and referral to the Education Welfare Service.",
              "AHT Wellbeing", "Summer term 2023",
              "Attendance of eFSM pupils improves by at least 2 percentage points.",
              "Governors' Pupil Welfare Committee", "A"),
             ("2.3", "Work with the Community Focused Schools Manager to run termly family "
                     "learning sessions for families of pupils eligible for free school meals.",
              "Community Focused Schools Manager", "Ongoing",
              "Increased attendance of eFSM families at school events.",
              "AHT Wellbeing", "G"),
         ]),
        ("R3: Strengthen pupils' use of spoken Welsh in lessons and around the school",
         [
             ("3.1", "Launch a Siarter Iaith action group of pupils and staff, and build "
                     "Welsh phrases of the week into form time.",
              "Head of Welsh", "31/01/2023",
              "Pupil voice shows more pupils use Welsh informally.",
              "Welsh Language Champion governor", "G"),
             ("3.2", "Secure places for three teachers on the Cymraeg Gwaith professional "
                     "learning course.",
              "Headteacher", "July 2023",
              "Three teachers complete the course and model Welsh in lessons.",
              "Governing Body", "R"),
         ]),
    ]
    fills = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for rec, actions in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for a in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v, size=9)
            shade(cells[-1], fills[a[-1]])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for r, row in enumerate([("Role", "Signature", "Date"),
                             ("Headteacher", "", "12/10/2022"),
                             ("Chair of Governors", "", "12/10/2022")]):
        for c, v in zip(s.rows[r].cells, row):
            set_cell(c, v, bold=(r == 0))
    doc.save(out("qm-cathays-high-school-estyn-post-inspection-action-plan.docx"))


# =====================================================================
# 2. Triangle Housing Association - RQIA QIP internal action plan (docx)
# =====================================================================
def triangle():
    doc = Document()
    doc.add_heading("Causeway Supported Living – RQIA Quality Improvement Plan: "
                    "Internal Action Plan", level=0)
    doc.add_paragraph("Triangle Housing Association – Care and Support Services")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for lab, val in [
        ("Agency type", "Domiciliary Care Agency (supported living)"),
        ("Inspection type", "Unannounced care inspection"),
        ("Date of inspection", "14 August 2024"),
        ("QIP returned to RQIA", "25 September 2024"),
        ("Plan owner", "Head of Care and Support"),
        ("Last reviewed", "3 March 2025 (Quality & Governance meeting)"),
    ]:
        cells = info.add_row().cells
        set_cell(cells[0], lab, bold=True)
        set_cell(cells[1], val)

    doc.add_paragraph("")
    doc.add_paragraph(
        "The areas for improvement below are quoted from the RQIA inspection report. "
        "Under each one we have listed the actions we are taking. The Status column is "
        "shaded using the key below.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (lab, fill) in zip(key.rows[0].cells, [
            ("Complete", BLUE), ("On track", GREEN),
            ("At risk of slipping", AMBER), ("Overdue", RED)]):
        set_cell(c, lab, bold=True)
        shade(c, fill)

    sections = [
        ("Action required to ensure compliance with The Domiciliary Care Agencies "
         "Regulations (Northern Ireland) 2007",
         [
             ("Area for improvement 1\nRef: Regulation 13 (d)\nStated: First time",
              "The registered person shall ensure that no domiciliary care worker is supplied "
              "by the agency unless full and satisfactory information is available in relation "
              "to him in respect of each of the matters specified in Schedule 3, including a "
              "full employment history with a satisfactory written explanation of any gaps.",
              [
                  ("Audit all staff recruitment files for staff recruited since April 2023 "
                   "against Schedule 3 and record any gaps found.",
                   "Registered Manager", "30/09/2024", BLUE),
                  ("Amend the recruitment checklist so that employment history is signed off "
                   "before any offer of employment is confirmed.",
                   "HR Business Partner / Registered Manager", "31/10/2024", BLUE),
              ]),
             ("Area for improvement 2\nRef: Regulation 23 (1)\nStated: First time",
              "The registered person shall establish and maintain a system for evaluating the "
              "quality of the services which the agency arranges to be provided. This includes "
              "monthly quality monitoring reports which include the views of service users "
              "and their representatives.",
              [
                  ("Complete monthly quality monitoring visits using the revised template, "
                   "including feedback from tenants, relatives and HSC Trust key workers.",
                   "Area Manager", "Monthly from September 2024", GREEN),
                  ("Report a summary of monitoring findings and actions to the Quality & "
                   "Governance Committee each quarter.",
                   "Head of Care and Support", "December 2024", GREEN),
              ]),
         ]),
        ("Action required to ensure compliance with the Domiciliary Care Agencies Minimum "
         "Standards, 2021",
         [
             ("Area for improvement 3\nRef: Standard 12\nStated: First time",
              "The registered person shall ensure that all staff complete training in "
              "dysphagia awareness and that training records are kept up to date.",
              [
                  ("Book all support workers onto dysphagia awareness training with the "
                   "Northern HSC Trust Speech and Language Therapy team.",
                   "Training & Development Coordinator", "30/11/2024", AMBER),
                  ("Update the training matrix monthly and flag any staff overdue refresher "
                   "training at team meetings.",
                   "Registered Manager; Senior Support Workers", "Ongoing", GREEN),
              ]),
             ("Area for improvement 4\nRef: Standard 5.2\nStated: First time",
              "The registered person shall ensure that care and support plans are reviewed at "
              "least annually, or as changes occur, and that tenants or their representatives "
              "are involved in the review.",
              [
                  ("Complete care plan reviews for the six tenants whose reviews were out of "
                   "date at inspection, with tenants and families invited to take part.",
                   "Team Leader", "31/01/2025", RED),
              ]),
         ]),
    ]
    for heading, afis in sections:
        doc.add_heading(heading, level=1)
        for label, afi_text, actions in afis:
            t = doc.add_table(rows=2, cols=4)
            t.style = "Table Grid"
            set_cell(t.cell(0, 0), label, bold=True, size=9)
            shade(t.cell(0, 0), "D9E2F3")
            m = t.cell(0, 1).merge(t.cell(0, 3))
            set_cell(m, afi_text, size=9)
            for c, lab in zip(t.rows[1].cells,
                              ["Action", "Responsible", "Target date", "Status"]):
                set_cell(c, lab, bold=True, size=9)
                shade(c, "BFBFBF")
            for text, lead, date, fill in actions:
                cells = t.add_row().cells
                set_cell(cells[0], text, size=9)
                set_cell(cells[1], lead, size=9)
                set_cell(cells[2], date, size=9)
                set_cell(cells[3], "")
                shade(cells[3], fill)
            doc.add_paragraph("")

    doc.add_paragraph("Completed by: Registered Manager        Approved by: Head of Care and "
                      "Support        Date: 03/03/2025")
    doc.save(out("qm-triangle-housing-association-rqia-supported-living-qip-action-plan.docx"))


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# =====================================================================
# 3. Capability Scotland - Upper Springland - Care Inspectorate plan (xlsx)
# =====================================================================
def capability():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Capability Scotland"
    cv["A1"].font = Font(bold=True, size=12)
    cv["A2"] = "Upper Springland – Care Inspectorate Improvement Plan"
    cv["A2"].font = Font(bold=True, size=14)
    rows = [
        ("Care service number", "CS2004071234"),
        ("Service type", "Care Home Service – Adults"),
        ("Inspection dates", "22 and 23 October 2024"),
        ("Report published", "19 November 2024"),
        ("Plan owner", "Service Manager"),
    ]
    for i, (a, b) in enumerate(rows, start=4):
        cv.cell(i, 1, a).font = Font(bold=True)
        cv.cell(i, 2, b)
    cv["A10"] = "Key question"
    cv["B10"] = "Grade"
    cv["A10"].font = cv["B10"].font = Font(bold=True)
    for i, (q, g) in enumerate([
        ("How well do we support people's wellbeing?", "3 - Adequate"),
        ("How good is our leadership?", "3 - Adequate"),
        ("How good is our staff team?", "4 - Good"),
        ("How good is our setting?", "4 - Good"),
        ("How well is our care and support planned?", "3 - Adequate"),
    ], start=11):
        cv.cell(i, 1, q)
        cv.cell(i, 2, g)
    cv["A17"] = "RAG key (Improvement Plan sheet, column G)"
    cv["A17"].font = Font(bold=True)
    for i, (lab, col) in enumerate([
        ("Complete", BLUE), ("On track", GREEN),
        ("Some delay – action being taken", AMBER), ("Not on track / overdue", RED),
        ("Not yet started (no colour)", None),
    ], start=18):
        c = cv.cell(i, 1, "")
        if col:
            c.fill = fill(col)
        cv.cell(i, 2, lab)
    cv.column_dimensions["A"].width = 48
    cv.column_dimensions["B"].width = 34

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:G1")
    ws["A1"] = "Upper Springland – Improvement Plan following inspection of 22–23 October 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Last updated: 14/03/2025 by Service Manager"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Responsible person", "Target date", "Revised target date",
             "Progress update", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.border = BOX
        cell.alignment = WRAP

    D = dt.datetime
    plan = [
        ("kq", "Key question 1: How well do we support people's wellbeing?"),
        ("req", "Requirement 1: By 31 January 2025, the provider must ensure that people's "
                "health needs are met safely. To do this, the provider must, at a minimum, "
                "keep clear and accurate records of all medication administered, including "
                "'as required' medication, and ensure that staff follow the outcomes of "
                "specialist assessments, including eating and drinking guidelines."),
        ("act", "1.1", "Introduce a weekly medication audit by the senior on shift, with the "
                       "Deputy Manager auditing all MAR charts monthly.",
         "Deputy Manager", D(2024, 12, 31), None,
         "Weekly audits in place since 4 November. Two recording errors found in January, "
         "both addressed through supervision.", GREEN),
        ("act", "1.2", "Provide refresher training on IDDSI eating and drinking guidelines for "
                       "all staff, delivered by NHS Tayside Speech and Language Therapy.",
         "Service Manager / Learning and Development Officer", D(2025, 1, 31), D(2025, 2, 28),
         "Two of three sessions delivered; final session rescheduled due to SLT availability.",
         AMBER),
        ("req", "Area for improvement 1: To support people's wellbeing, the provider should "
                "ensure that people have regular opportunities to take part in meaningful "
                "activities in the community, based on their interests."),
        ("act", "1.3", "Develop individual activity plans with each resident and their key "
                       "worker, and review these at monthly key worker meetings.",
         "Activities Coordinator", D(2025, 2, 28), None,
         "Plans in place for 9 of 12 residents.", GREEN),
        ("kq", "Key question 2: How good is our leadership?"),
        ("req", "Requirement 2: By 28 February 2025, the provider must ensure that quality "
                "assurance processes are effective in identifying and addressing areas for "
                "improvement. This must include an improvement plan that is regularly "
                "reviewed and updated."),
        ("act", "2.1", "Implement the Capability Scotland quality assurance calendar, covering "
                       "audits of care plans, medication, infection prevention and control and "
                       "the environment.",
         "Service Manager", D(2024, 12, 31), None,
         "Calendar in use; results reviewed at monthly governance meeting.", BLUE),
        ("act", "2.2", "Review this improvement plan monthly with the Area Manager and share "
                       "progress with residents and families at the quarterly residents' "
                       "meeting.",
         "Service Manager and Area Manager", "Monthly", None,
         "Reviewed 10 January and 14 February.", GREEN),
        ("kq", "Key question 3: How good is our staff team?"),
        ("req", "Area for improvement 2: To ensure people are supported by staff who have the "
                "right skills, the provider should ensure that all staff receive regular "
                "supervision in line with the organisation's policy."),
        ("act", "3.1", "Set up a supervision schedule for all staff and record completed "
                       "sessions on the HR system.",
         "Deputy Manager", D(2024, 11, 30), None, "Complete.", BLUE),
        ("act", "3.2", "Include reflective discussion on learning from training in each "
                       "supervision session.",
         "Senior Support Practitioners", D(2025, 3, 31), None, "", None),
    ]
    r = 5
    for item in plan:
        kind = item[0]
        if kind in ("kq", "req"):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1, item[1])
            c.alignment = WRAP
            if kind == "kq":
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill("7D3C98")
            else:
                c.font = Font(bold=True)
                c.fill = fill("E8DAEF")
                ws.row_dimensions[r].height = 48
        else:
            _, ref, text, lead, tgt, rev, upd, rag = item
            vals = [ref, text, lead, tgt, rev, upd, ""]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(r, col, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 7).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(r, 1, "Note: requirements and areas for improvement are quoted from the Care "
                  "Inspectorate report published 19 November 2024.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [7, 60, 26, 13, 13, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(out("qm-capability-scotland-upper-springland-care-inspectorate-improvement-plan.xlsx"))


# =====================================================================
# 4. East Renfrewshire Council - strategic risk register (xlsx, REFUSE)
# =====================================================================
def east_renfrewshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "East Renfrewshire Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register 2025/26 – Further Mitigating Actions"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reviewed by Corporate Management Team: 17 September 2025"
    heads = ["Risk No.", "Risk Description", "Risk Owner", "Current Score (L x I)",
             "Further Action Required", "Action Owner", "Target Date", "Status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00664F")
        cell.alignment = WRAP
        cell.border = BOX

    D = dt.datetime
    risks = [
        ("SR01", "Financial sustainability: insufficient funding to meet rising demand and "
                 "costs, leading to reductions in services and failure to set a balanced budget.",
         "Chief Financial Officer", "4 x 4 = 16",
         [("Refresh the medium-term financial plan and outline budget for 2026/27 to 2028/29.",
           "Head of Accountancy", D(2025, 12, 1), "Green"),
          ("Deliver the agreed 2025/26 savings and report progress to Cabinet quarterly.",
           "Corporate Management Team", D(2026, 3, 1), "Amber")]),
        ("SR02", "Demand for health and social care exceeds available capacity, leading to "
                 "delayed discharges and unmet need.",
         "Chief Officer – HSCP", "4 x 4 = 16",
         [("Implement the care at home recovery plan to increase available hours.",
           "Head of Adult Services", D(2026, 3, 1), "Amber"),
          ("Review eligibility criteria and the charging policy for non-residential care.",
           "Chief Officer – HSCP", "0ct-25", "Green")]),
        ("SR03", "Cyber attack or major ICT failure causes loss of systems and data.",
         "Director of Business Operations and Partnerships", "3 x 5 = 15",
         [("Complete the Public Sector Cyber Resilience Framework self-assessment.",
           "Chief Digital Officer", D(2025, 11, 1), "Green"),
          ("Run a cyber incident exercise with the Corporate Management Team.",
           "Chief Digital Officer / Civil Contingencies Officer", D(2026, 1, 1), "Green")]),
        ("SR04", "Insufficient workforce capacity and skills in key service areas.",
         "Head of HR and Corporate Services", "3 x 4 = 12",
         [("Deliver the workforce plan actions for hard-to-fill posts, including a social "
           "work trainee scheme.",
           "Head of HR and Corporate Services", D(2026, 3, 1), "Amber"),
          ("Introduce an annual employee engagement survey and action plan.",
           "HR Manager", D(2026, 2, 1), "Red")]),
    ]
    rag = {"Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 6
    for rid, desc, owner, score, acts in risks:
        first = r
        for text, aown, date, status in acts:
            vals = [rid, desc, owner, score, text, aown, date, status]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v if (r == first or c > 4) else None)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(r, 8).fill = fill(rag[status])
            r += 1
        for c in range(1, 5):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Scoring: Likelihood (L) x Impact (I), each 1–5. 15 and above = very high; "
                  "10–14 = high; 5–9 = medium; 1–4 = low.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [9, 45, 24, 12, 50, 28, 11, 10]):
        ws.column_dimensions[col].width = w
    wb.save(out("qm-east-renfrewshire-council-strategic-risk-register-2025-26-"
                "typo-month-refuse.xlsx"))


# =====================================================================
# 5. Renfrewshire IJB - internal audit recommendations tracker (xlsx)
# =====================================================================
def renfrewshire_ijb():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Renfrewshire Health and Social Care Partnership"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = ("IJB Audit, Risk and Scrutiny Committee – Internal Audit Recommendations: "
                "Follow-up Position at 31 October 2025")
    sm["A2"].font = Font(bold=True)
    for c, h in enumerate(["Status", "High", "Medium", "Low", "Total"], start=1):
        sm.cell(4, c, h).font = Font(bold=True)
    summary = [("Complete", 1, 1, 0), ("Green", 0, 2, 0), ("Amber", 1, 0, 1),
               ("Red", 0, 1, 0)]
    for i, (s, h, m, l) in enumerate(summary, start=5):
        for c, v in enumerate([s, h, m, l, h + m + l], start=1):
            sm.cell(i, c, v)
    sm.cell(9, 1, "Total").font = Font(bold=True)
    for c in range(2, 6):
        sm.cell(9, c, sum(sm.cell(i, c).value for i in range(5, 9))).font = Font(bold=True)
    sm["A11"] = "Detail of each recommendation is on the 'Follow-up' sheet."
    sm.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Follow-up")
    ws["A1"] = "Internal Audit Recommendations Follow-up – Renfrewshire IJB"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Position at 31 October 2025. Status: Complete; Green = on track; "
                "Amber = at risk, revised date agreed; Red = overdue.")
    heads = ["Audit", "Rec No.", "Recommendation", "Grade", "Agreed Management Action",
             "Responsible Officer", "Original Due Date", "Revised Due Date", "Status",
             "Comment"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    D = dt.datetime
    # (audit or None, rec no, rec text or None, grade, action, officer, orig, revised,
    #  status, comment); rec None = same recommendation as the row above (merged)
    rows = [
        ("Financial Planning and Budget Monitoring 2024/25", 1,
         "The IJB should ensure that the savings plans underpinning the medium-term financial "
         "plan are supported by delivery timescales and named leads.", "High",
         "A savings tracker with named leads and timescales will be introduced and reported to "
         "the IJB with each financial report.",
         "Chief Finance Officer", D(2025, 3, 31), D(2025, 6, 30), "Complete",
         "Tracker reported to IJB from June 2025. Verified by Internal Audit."),
        (None, 2,
         "Budget monitoring reports should clearly explain the main variances and any "
         "management action being taken.", "Medium",
         "Variance narrative will be expanded in the budget monitoring template from "
         "Period 6 onwards.",
         "Finance Manager (HSCP)", D(2025, 9, 30), None, "Complete", ""),
        ("Performance Management Framework 2024/25", 1,
         "Performance indicators reported to the IJB should be linked to the outcomes in the "
         "Strategic Plan 2025-2035.", "Medium",
         "Map the IJB performance scorecard to Strategic Plan outcomes and agree the revised "
         "scorecard with the Senior Management Team.",
         "Head of Strategic Planning and Health Improvement", D(2025, 12, 31), None, "Green",
         "Draft mapping complete."),
        (None, 2,
         "Data quality checks should be documented for indicators drawn from local systems.",
         "Medium",
         "Document the data quality checks for each locally sourced indicator.",
         "Head of Strategic Planning and Health Improvement / Planning and Performance Manager",
         D(2026, 3, 31), None, "Green", ""),
        (None, None, None, None,
         "Provide data quality training for service leads who submit performance returns.",
         "Planning and Performance Manager", D(2026, 3, 31), None, "Green",
         "Sessions booked for February 2026."),
        ("Care at Home – Scheduling System 2025/26", 1,
         "Management should ensure that visit times recorded in the scheduling system are "
         "reconciled to planned visits and that exceptions are investigated.", "High",
         "Introduce a weekly exception report of missed and late visits, reviewed by "
         "Care at Home team leaders.",
         "Head of Health and Social Care (Paisley)", D(2025, 8, 31), D(2025, 12, 31), "Amber",
         "Report built; roll-out delayed by system upgrade."),
        (None, 2,
         "User access to the scheduling system should be reviewed regularly and leavers "
         "removed promptly.", "Medium",
         "Carry out a quarterly user access review with ICT and remove leavers within five "
         "working days.",
         "Care at Home Service Manager", D(2025, 9, 30), None, "Red",
         "First review not yet completed."),
        ("Information Governance 2023/24", 3,
         "The IJB's records management plan should be updated and submitted to the Keeper of "
         "the Records of Scotland.", "Low",
         "Update the records management plan and submit it to National Records of Scotland.",
         "Chief Officer; Head of Administration", D(2024, 3, 31), D(2025, 11, 30), "Amber",
         "Plan with NRS for assessment."),
    ]
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 5
    prev_rec_row = None
    for row in rows:
        audit, recno, rec, grade, action, officer, orig, rev, status, comment = row
        if audit:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            c = ws.cell(r, 1, audit)
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            r += 1
        vals = [None, recno, rec, grade, action, officer, orig, rev, status, comment]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(r, col, v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 9).fill = fill(status_fill[status])
        if rec is None and prev_rec_row is not None:
            for col in (2, 3, 4):
                ws.merge_cells(start_row=prev_rec_row, start_column=col, end_row=r,
                               end_column=col)
        else:
            prev_rec_row = r
        r += 1
    for col, w in zip("ABCDEFGHIJ", [4, 7, 48, 8, 48, 30, 12, 12, 10, 36]):
        ws.column_dimensions[col].width = w
    wb.save(out("qm-renfrewshire-ijb-internal-audit-recommendations-tracker.xlsx"))


# =====================================================================
# 6. North Wales Police & OPCC - internal audit recommendations tracker (csv)
# =====================================================================
def north_wales_police():
    head = ["Ref", "Audit", "Year", "Assurance", "Priority", "Recommendation",
            "Management Response / Agreed Action", "Action Owner", "Target Date",
            "Revised Target Date", "RAG", "Progress Update"]
    n = len(head)

    def pad(*cells):
        return list(cells) + [""] * (n - len(cells))

    rows = [
        pad("North Wales Police and Office of the Police and Crime Commissioner"),
        pad("Internal Audit Recommendations Tracker – Joint Audit Committee, 4 December 2025"),
        pad(),
        head,
        ["2425-02.1", "Fleet Management", "2024/25", "Reasonable", "Important",
         "Vehicle defect reports should be reviewed promptly and vehicles off the road "
         "should be escalated.",
         "Fleet workshop supervisors will review all open defect reports weekly and escalate "
         "any vehicle off the road for more than 10 days to the Head of Fleet Services.",
         "Head of Fleet Services", "31/03/2025", "", "Blue",
         "Weekly review in place since February 2025. Closure agreed by TIAA."],
        ["2425-02.2", "Fleet Management", "2024/25", "Reasonable", "Important",
         "Fuel card transactions should be monitored for unusual use.",
         "1. Finance to produce a monthly exception report of fuel card use.\n"
         "2. Exceptions to be investigated by the relevant Inspector and outcomes recorded.",
         "Finance Business Partner / Head of Fleet Services", "30/06/2025", "30/11/2025",
         "Amber",
         "Report produced from September; investigation log being set up with \"Fleet\" "
         "and \"Finance\" leads."],
        ["2425-05.1", "Seized Property", "2024/25", "Limited", "Urgent",
         "A full reconciliation of high-value seized property should be carried out.",
         "Complete a full reconciliation of high-value seized property (cash and drugs) held "
         "at all three property stores.",
         "Head of Criminal Justice Services", "31/07/2025", "31/01/2026", "Amber",
         "Two of three stores reconciled."],
        ["2425-05.2", "Seized Property", "2024/25", "Limited", "Important",
         "Property records should be subject to independent checks.",
         "Introduce quarterly dip-sample audits of property records by the Professional "
         "Standards Department.",
         "Head of PSD", "March 2026", "", "Green", "Audit programme agreed."],
        ["2526-01.1", "Payroll and Overtime", "2025/26", "Reasonable", "Important",
         "Overtime claims should be authorised before payment.",
         "Remind all supervisors that overtime must be authorised before payment, and add a "
         "mandatory authoriser field to the duty management system.",
         "Head of People Services; Payroll Manager", "31/12/2025", "", "Green",
         "Reminder issued 3 November."],
        ["2526-01.2", "Payroll and Overtime", "2025/26", "Reasonable", "Routine",
         "The overtime procedure should be updated.",
         "Update the Overtime and Additional Payments procedure and publish it on the "
         "intranet.",
         "Head of People Services", "Q4 2025/26", "", "", ""],
        ["2526-03.1", "Welsh Language Standards", "2025/26", "Reasonable", "Important",
         "Recruitment adverts should meet the Welsh Language Standards.",
         "Ensure all public-facing recruitment adverts are published bilingually and checked "
         "by the Welsh Language Unit before release.",
         "Welsh Language Officer", "Ongoing", "", "Green", "Checks in place."],
        ["2526-04.1", "OPCC Commissioning and Grants", "2025/26", "Substantial", "Routine",
         "Grant agreements should require regular outcome monitoring.",
         "Grant agreements to include a standard clause requiring quarterly outcome "
         "monitoring returns.",
         "OPCC Chief Finance Officer", "30/09/2025", "", "Blue",
         "New template used for 2025/26 grants."],
        pad(),
        pad("Key: Blue = implemented; Green = on track; Amber = revised date agreed; "
            "Red = overdue; blank = not started"),
        pad("Total recommendations: 8 (Urgent 1, Important 5, Routine 2)"),
    ]
    with open(out("qm-north-wales-police-and-opcc-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# =====================================================================
# 7. Mid and East Antrim BC - Performance Improvement Plan Q2 (txt, tabs)
# =====================================================================
def mid_east_antrim():
    L = []
    L.append("Mid and East Antrim Borough Council")
    L.append("Performance Improvement Plan 2025-2026")
    L.append("Quarter 2 Progress Report (April – September 2025)")
    L.append("")
    L.append("RAG key: Green = on track; Amber = some slippage; Red = significant slippage; "
             "Blue = complete")
    L.append("")
    cols = "Ref\tKey action\tLead\tTarget date\tQ2 RAG\tQ2 update"
    objectives = [
        ("Improvement Objective 1: People – We will work with others to improve the lives "
         "of citizens",
         [("1.1", "Run a borough-wide campaign on violence against women and girls with the "
                  "PCSP, including training for council staff to recognise and respond to "
                  "abuse",
           "Head of Community Planning / PCSP Manager", "March 2026", "Green",
           "Campaign launched during 16 Days of Action planning; 120 staff trained."),
          ("1.2", "Deliver a youth engagement programme with the Education Authority, "
                  "reaching 500 young people across the borough",
           "Head of Community Services", "Q4 2025/26", "Amber",
           "Programme started late due to funding confirmation; 180 young people reached."),
          ]),
        ("Improvement Objective 2: Place – We will maintain and improve our local areas",
         [("2.1", "Develop a Local Economic Partnership action plan with partners, aligned to "
                  "the Sub-Regional Economic Plan",
           "Head of Economic Development", "Q3 2025/26", "Green",
           "Partnership established; draft plan to Borough Growth Committee in November."),
          ("2.2", "Roll out town centre footfall initiatives in Ballymena, Larne and "
                  "Carrickfergus, including shop local promotions",
           "Town Centre Manager", "31/03/2026", "Green",
           "Footfall counters installed in all three towns."),
          ("2.3", "Install new information notice boards in town centres to provide "
                  "up-to-date news and event information",
           "Head of Communications and Marketing", "Sept 2025", "Blue",
           "Boards installed in August 2025."),
          ]),
        ("Improvement Objective 3: Planet – We will reduce our environmental impact",
         [("3.1", "Increase the household waste recycling rate to 55% through targeted "
                  "kerbside engagement",
           "Head of Waste Management", "March 2026", "Amber",
           "Recycling rate 52.1% at Q2."),
          ("3.2", "Complete energy audits of the council's ten highest-consuming buildings "
                  "and agree a decarbonisation programme",
           "Head of Estates / Climate Change Officer", "TBC", "Red",
           "Procurement of energy audit contractor paused; revised timescale to be agreed."),
          ]),
    ]
    for obj, acts in objectives:
        L.append(obj)
        L.append(cols)
        for a in acts:
            L.append("\t".join(a))
        L.append("")
    L.append("Summary at Q2: Green 3, Amber 2, Red 1, Blue 1 (7 actions)")
    L.append("Notes: Q3 update will be reported to the Corporate Governance Committee in "
             "February 2026.")
    with open(out("qm-mid-and-east-antrim-bc-performance-improvement-plan-2025-26-q2.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    cathays()
    triangle()
    capability()
    east_renfrewshire()
    renfrewshire_ijb()
    north_wales_police()
    mid_east_antrim()
    print("done")
