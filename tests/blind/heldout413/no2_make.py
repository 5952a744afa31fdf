#!/usr/bin/env python
"""Build the seven no2- blind test files (set heldout413).

Run with: /work/main/.venv/bin/python no2_make.py
Writes the data files next to this script. The .expected.yaml files are
written separately (by hand-checked reading), not by this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"

# ---------------------------------------------------------------------------
# 1. National Library of Wales - internal audit recommendations tracker (CSV)
# ---------------------------------------------------------------------------
NLW_FILE = "no2-national-library-of-wales-arac-internal-audit-recommendations-tracker.csv"
NLW_TITLE = "National Library of Wales – Internal Audit Recommendations Tracker"
NLW_HEADER = ["Ref", "Priority", "Recommendation", "Agreed management action",
              "Responsible officer", "Original target date", "Revised target date",
              "RAG", "Progress update (October 2025)"]
NLW_SECTIONS = [
    ("Payroll and Expenses 2024-25 (Reasonable assurance)", [
        ["PAY/01", "Medium",
         "Starter and leaver forms should be authorised by the budget holder before changes are processed in iTrent, and evidence of approval should be retained.",
         "HR will introduce a mandatory approval step in the iTrent self-service workflow so that no starter or leaver change can be processed without budget holder sign-off.",
         "Head of People", "31/03/2025", "", "B",
         "Workflow live from 3 March 2025; sample test by internal audit in September confirmed it is operating."],
        ["PAY/02", "Low",
         "Expense claims over £250 should be checked by Finance against the Travel and Subsistence Policy before payment.",
         "Finance to carry out a monthly sample check of claims over £250 and report exceptions to the Director of Corporate Services.",
         "Finance Manager", "30/06/2025", "31/12/2025", "A",
         "Sample checks started in August; reporting template still being agreed with the Director."],
    ]),
    ("Cyber Security and IT Resilience 2024-25 (Limited assurance)", [
        ["CYB/01", "High",
         "The Library should test its IT disaster recovery plan at least annually, including restoring the collections management system from backup.",
         "Carry out a full DR test of the collections management system (restore to the secondary site).\nRecord the results and lessons learned and report them to the Digital Programme Board.",
         "Head of Digital Services", "31/03/2025", "30/11/2025", "R",
         "Test postponed twice because of supplier availability; now booked for 18-19 November."],
        ["CYB/02", "High",
         "Multi-factor authentication should be enforced for all remote access and privileged accounts.",
         "Enforce MFA on all VPN and administrator accounts and remove the legacy exemptions.",
         "Head of Digital Services / Information Security Officer", "30/09/2025", "", "B",
         "Completed September 2025 - four exemptions removed."],
        ["CYB/03", "Medium",
         "Line managers should follow up staff who have not completed the mandatory cyber awareness training.",
         "Issue monthly completion reports to Heads of Department and escalate non-completion to the Executive Team after 60 days.",
         "Information Security Officer", "31/10/2025", "", "G",
         "First report issued in October; completion rate 81%."],
    ]),
    ("Estates – Planned Preventative Maintenance 2025-26 (Reasonable assurance)", [
        ["EST/01", "Medium",
         "The planned preventative maintenance (PPM) schedule should be reconciled to the asset register so that all plant items are included.",
         "Reconcile the CAFM PPM schedule to the fixed asset register and add any missing plant items.",
         "Head of Estates and Facilities", "31/01/2026", "", "G",
         "Reconciliation about 60% complete."],
        ["EST/02", "Low",
         "Contractor attendance on site should be recorded against the work order.",
         "Introduce contractor sign-in through the CAFM mobile app, linked to the work order number.",
         "Facilities Manager", "Q4 2025-26", "", "",
         "Not yet due."],
        ["EST/03", "Medium",
         "Responsibilities for managing legionella risk should be documented and training records kept up to date.",
         "Appoint and train a Responsible Person for water hygiene and update the Legionella Management Plan.",
         "Estates Compliance Officer", "31/12/2025", "", "G",
         "Responsible Person appointed; City & Guilds training booked for December."],
    ]),
]


def _csv_cell(v):
    v = str(v)
    if any(c in v for c in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_nlw():
    n = len(NLW_HEADER)

    def row(cells):
        cells = list(cells) + [""] * (n - len(cells))
        return ",".join(_csv_cell(c) for c in cells)

    lines = [
        row([NLW_TITLE]),
        row(["Llyfrgell Genedlaethol Cymru – Audit and Risk Assurance Committee, 18 November 2025 (agenda item 7b)"]),
        row(["Position as at 31 October 2025"]),
        row([]),
        row(NLW_HEADER),
    ]
    for heading, recs in NLW_SECTIONS:
        lines.append(row([heading]))
        for r in recs:
            lines.append(row(r))
    lines += [
        row([]),
        row(["Key: B = implemented; G = on track for target date; A = revised target date agreed; R = overdue or at risk of missing the revised date; blank = not yet started"]),
        row([]),
        row(["Summary", "Number"]),
        row(["Implemented", "2"]),
        row(["On track", "3"]),
        row(["Revised date agreed", "1"]),
        row(["Overdue", "1"]),
        row(["Not yet started", "1"]),
        row(["Total agreed actions", "8"]),
    ]
    with open(os.path.join(HERE, NLW_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 2. EMSOU - HMICFRS SOC inspection AFI tracker (tab-separated text) - REFUSE
# ---------------------------------------------------------------------------
EMSOU_FILE = ("no2-east-midlands-special-operations-unit-hmicfrs-soc-inspection-"
              "afi-tracker-typo-month-refuse.txt")
EMSOU_LINES_HEAD = [
    "EMSOU – HMICFRS Serious and Organised Crime Inspection: Areas for Improvement Action Tracker",
    "Report: An inspection of the East Midlands regional response to serious and organised crime",
    "Exported from the EMSOU performance system on 02/12/2025",
    "",
    "\t".join(["AFI ref", "Area for improvement", "Action ref", "Action", "Action owner",
               "Target date", "RAG", "Latest update"]),
]
EMSOU_ROWS = [
    ["AFI 1", "The ROCU should make sure it has a consistent process for assessing and prioritising the serious and organised crime threats referred to it by forces.",
     "1.1", "Adopt the national MoRiLE threat assessment template for all force referrals to regional tasking.",
     "D/Supt Regional Intelligence", "June 2025", "Complete", "Template in use since 1 June; all referrals since then assessed on MoRiLE."],
    ["", "", "1.2", "Carry out a quarterly quality-assurance dip sample of threat assessments.",
     "DCI Intelligence / Analytical Manager", "September 2025", "G", "First dip sample (Q2) complete; 2 of 20 assessments returned for rework."],
    ["AFI 2", "The ROCU should improve how it evaluates the outcomes of its operations and shares the learning with regional forces.",
     "2.1", "Introduce a post-operation debrief template and a lessons-learned log reviewed at the Regional SOC Board.",
     "D/Supt Operations", "October 2025", "A", "Template agreed; log not yet reviewed at Board (November agenda)."],
    ["", "", "2.2", "Publish a bi-annual learning bulletin for force SOC leads.",
     "Head of Business Support", "Decemebr 2025", "G", "First edition in draft."],
    ["AFI 3", "The region should increase the number of accredited financial investigators.",
     "3.1", "Recruit and train six additional accredited financial investigators in the Regional Asset Recovery Team.",
     "Regional Economic Crime Coordinator", "March 2026", "A", "Four recruited; two posts re-advertised."],
    ["", "", "3.2", "Review how financial investigator posts are allocated across the five forces and the ROCU.",
     "Regional Economic Crime Coordinator", "January 2026", "G", "Review terms of reference agreed by chief officers."],
    ["AFI 4", "The ROCU should make sure that the vetting backlog does not delay the recruitment of specialist staff.",
     "4.1", "Agree a service-level agreement with the Force Vetting Unit for ROCU recruitment cases.",
     "Head of HR (EMSOU)", "November 2025", "G", "Draft SLA with the vetting unit for comment."],
]
EMSOU_LINES_TAIL = [
    "",
    "RAG key: Complete = action closed by the Regional SOC Board; G = on track; A = at risk; R = off track",
]


def build_emsou():
    lines = list(EMSOU_LINES_HEAD)
    for r in EMSOU_ROWS:
        lines.append("\t".join(r))
    lines += EMSOU_LINES_TAIL
    with open(os.path.join(HERE, EMSOU_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, fill=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 3. South Lanarkshire College - Education Scotland progress visit plan (docx)
# ---------------------------------------------------------------------------
SLC_FILE = "no2-south-lanarkshire-college-education-scotland-progress-visit-action-plan.docx"
SLC_TITLE = "South Lanarkshire College – Education Scotland Progress Visit Action Plan 2025-26"
SLC_RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "": None}
SLC_THEMES = [
    ("Theme 1: Outcomes and impact", [
        ("AFD 1 – Staff should continue to work to improve rates of successful completion on full-time further education programmes, particularly in Engineering and Construction.", [
            ("1.1", "Introduce fortnightly learner progress reviews in all full-time FE Engineering and Construction programmes, using the live retention dashboard.",
             "Head of Curriculum – Engineering and Construction", "September 2025",
             "In place for all 2025-26 cohorts from week 3.", "Complete"),
            ("1.2", "Provide targeted study skills support for learners identified as at risk of withdrawal in their first eight weeks.",
             "Head of Student Services / Curriculum Heads", "December 2025",
             "147 learners referred so far; early withdrawal down on last year.", "Green"),
        ]),
        ("AFD 2 – Managers should make better use of learner feedback to inform improvements to programmes.", [
            ("2.1", "Revise the class representative system so that learner feedback is gathered and reviewed at every course team meeting.",
             "Student Association President and Quality Manager", "By 31 January 2026",
             "New class rep guidance issued; training for reps in November.", "Green"),
            ("2.2", "Publish ‘You said, we did’ summaries on the learner portal each semester.",
             "Quality Manager", "Ongoing",
             "Semester 1 summary delayed while portal is upgraded.", "Amber"),
        ]),
    ]),
    ("Theme 2: Learning, teaching and assessment", [
        ("AFD 3 – Teaching staff should ensure that learners in all curriculum areas develop meta-skills and understand how these support their progression.", [
            ("3.1", "Map meta-skills to unit delivery in every full-time programme and record this in the course handbook.",
             "Vice Principal Learning & Skills", "June 2026",
             "Mapping complete for 9 of 22 programmes.", "Green"),
            ("3.2", "Deliver CPD on embedding meta-skills for all teaching staff at the February in-service day.\nFollow up with peer observations focused on meta-skills.",
             "Organisational Development Manager", "28/02/2026",
             "In-service day lost to industrial action; session to be rescheduled.", "Red"),
        ]),
    ]),
    ("Theme 3: Leadership and quality culture", [
        ("AFD 4 – The college should increase the proportion of teaching staff who hold TQFE or an equivalent teaching qualification.", [
            ("4.1", "Fund 12 TQFE places in 2025-26 and prioritise staff who do not yet hold a teaching qualification.",
             "Director of People", "August 2026", "", ""),
        ]),
    ]),
]


def build_slc():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(SLC_TITLE, style="Title")
    doc.add_paragraph("Progress visit: 10–12 March 2025. Report published by Education Scotland on 6 May 2025.")
    doc.add_paragraph("This plan sets out the college’s response to the areas for development identified by HM Inspectors. "
                      "Progress is reported to the Learning and Teaching Committee each term.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(t.rows[0].cells[i], h, bold=True, fill=GREY)
    for r, vals in enumerate([["1.0", "02/06/2025", "Quality Manager", "Senior Leadership Team"],
                              ["1.1", "14/10/2025", "Quality Manager", "Learning and Teaching Committee"]], start=1):
        for i, v in enumerate(vals):
            set_cell(t.rows[r].cells[i], v)

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for r, (word, meaning, fill) in enumerate([
            ("Complete", "Action complete and impact being monitored", BLUE),
            ("Green", "On track", GREEN),
            ("Amber", "Some slippage – action being taken", AMBER),
            ("Red", "Significantly off track", RED)]):
        set_cell(k.rows[r].cells[0], word, bold=True, fill=fill)
        set_cell(k.rows[r].cells[1], meaning)

    headers = ["Ref", "Action", "Lead", "By when", "Progress update (October 2025)", "RAG"]
    widths = [Cm(1.2), Cm(9.0), Cm(4.5), Cm(3.0), Cm(6.0), Cm(2.0)]
    for theme, afds in SLC_THEMES:
        doc.add_heading(theme, level=1)
        for afd, actions in afds:
            tb = doc.add_table(rows=2 + len(actions), cols=6)
            tb.style = "Table Grid"
            top = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
            set_cell(top, afd, bold=True, size=10, fill="DEEAF6")
            for i, h in enumerate(headers):
                set_cell(tb.rows[1].cells[i], h, bold=True, fill=GREY)
            for r, a in enumerate(actions, start=2):
                ref, act, lead, when, upd, rag = a
                for i, v in enumerate([ref, act, lead, when, upd, rag]):
                    set_cell(tb.rows[r].cells[i], v, fill=SLC_RAG_FILL[rag] if i == 5 else None)
            for row in tb.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = w
            doc.add_paragraph("")
    doc.add_paragraph("Approved by the Learning and Teaching Committee of the Board of Management, 21 October 2025.")
    doc.save(os.path.join(HERE, SLC_FILE))


# ---------------------------------------------------------------------------
# 4. Southway Housing Trust - RSH consumer standards improvement plan (docx)
# ---------------------------------------------------------------------------
SHT_FILE = "no2-southway-housing-trust-rsh-consumer-standards-improvement-plan.docx"
SHT_TITLE = "Southway Housing Trust – Consumer Standards Improvement Plan"
SHT_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": None, "": None}
SHT_SECTIONS = [
    ("1. Safety and Quality Standard", [
        ("Southway could not evidence that fire risk assessments had been completed for all buildings that need one, and a large number of remedial actions were overdue.", [
            ("1.1", "Complete fire risk assessments for the 41 buildings without an in-date FRA.",
             "Head of Compliance & Building Safety", "31/05/2025", "", "Amber", "Complete",
             "All 41 FRAs completed by 23 May; verified by internal audit."),
            ("1.2", "Clear the backlog of high-risk FRA remedial actions and report progress monthly to the Building Safety Committee.",
             "Head of Compliance & Building Safety", "30/06/2025", "31/12/2025", "Red", "Amber",
             "312 of 368 high-risk actions closed; remainder need contractor access to communal roof spaces."),
        ]),
        ("Stock condition data was incomplete: around 30% of homes had not had a stock condition survey in the last five years.", [
            ("1.3", "Commission stock condition surveys for all homes that have not been surveyed since April 2020.",
             "Director of Property Services", "31/03/2026", "", "Green", "Green",
             "1,940 of 2,610 surveys complete."),
            ("1.4", "Load the survey results into the asset management system and re-profile the 30-year investment plan.",
             "Asset Manager and Finance Business Partner", "30/06/2026", "", "", "Not started",
             "Starts when surveys are complete."),
        ]),
        ("The Trust did not have a clear approach to identifying and responding to damp and mould.", [
            ("1.5", "Launch a proactive damp and mould survey programme for homes with two or more reports in the last two years.",
             "Repairs Manager", "30/09/2025", "", "Amber", "Green",
             "Programme launched in August; 214 of 380 homes surveyed."),
        ]),
    ]),
    ("2. Transparency, Influence and Accountability Standard", [
        ("Tenants were not given meaningful opportunities to scrutinise the Trust’s performance, and Tenant Satisfaction Measures had not been used to drive improvement.", [
            ("2.1", "Set up a Tenant Scrutiny Panel with terms of reference agreed with tenants.",
             "Executive Director of Customers & Communities", "31/07/2025", "", "Green", "Complete",
             "Panel of 9 tenants met for the first time on 15 July."),
            ("2.2", "Publish quarterly performance reports, including TSMs, on the website and in the tenant newsletter.",
             "Head of Insight / Communications Manager", "31/10/2025", "31/01/2026", "Amber", "Amber",
             "Q1 report published; Q2 report delayed by data validation."),
        ]),
    ]),
    ("3. Tenancy Standard", [
        ("The Trust’s records of tenants’ vulnerabilities and household needs were incomplete, which limited its ability to tailor services.", [
            ("3.1", "Run a ‘Know your tenant’ campaign to update household and vulnerability information for every tenancy.",
             "Neighbourhoods Manager (North) and Neighbourhoods Manager (South)", "31/03/2026", "", "Green", "Red",
             "Response rate 22% against a 50% target; campaign relaunched with door-knocking in November."),
        ]),
    ]),
]


def build_sht():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(SHT_TITLE, style="Title")
    doc.add_paragraph("Our response to the Regulator of Social Housing’s inspection and regulatory judgement, published 12 March 2025")
    doc.add_paragraph("Board update – November 2025")

    doc.add_heading("Version history", level=2)
    v = doc.add_table(rows=4, cols=4)
    v.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Change", "Author"]):
        set_cell(v.rows[0].cells[i], h, bold=True, fill=GREY)
    for r, vals in enumerate([
            ["1.0", "28/03/2025", "Plan agreed by Board and shared with the Regulator", "Director of Governance"],
            ["1.1", "16/07/2025", "Q1 progress; revised dates for 1.2 and 2.2 agreed", "Director of Governance"],
            ["1.2", "12/11/2025", "Q2 progress update", "Governance Officer"]], start=1):
        for i, val in enumerate(vals):
            set_cell(v.rows[r].cells[i], val)

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for r, (word, meaning, fill) in enumerate([
            ("Complete", "Action complete and evidenced", BLUE),
            ("Green", "On track to meet the date", GREEN),
            ("Amber", "At risk of missing the date", AMBER),
            ("Red", "Date missed or off track", RED),
            ("Not started", "Not yet due to start", None)]):
        set_cell(k.rows[r].cells[0], word, bold=True, fill=fill)
        set_cell(k.rows[r].cells[1], meaning)

    doc.add_heading("Improvement plan", level=1)
    headers = ["No.", "Regulator’s finding", "Action", "Lead", "Original date", "Revised date",
               "Previous status", "Current status", "Update"]
    n_rows = 1 + sum(1 + sum(len(a) for _, a in fs) for _, fs in SHT_SECTIONS)
    t = doc.add_table(rows=n_rows, cols=9)
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True, size=8, fill="1F3864")
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    r = 1
    for section, findings in SHT_SECTIONS:
        c = t.rows[r].cells[0].merge(t.rows[r].cells[8])
        set_cell(c, section, bold=True, size=10, fill="D9E2F3")
        r += 1
        for finding, actions in findings:
            first = r
            for a in actions:
                no, act, lead, orig, rev, prev, cur, upd = a
                vals = [no, None, act, lead, orig, rev, prev, cur, upd]
                for i, val in enumerate(vals):
                    if val is None:
                        continue
                    fill = None
                    if i == 6:
                        fill = SHT_FILL[prev]
                    if i == 7:
                        fill = SHT_FILL[cur]
                    set_cell(t.rows[r].cells[i], val, size=8, fill=fill)
                r += 1
            fc = t.rows[first].cells[1]
            if r - 1 > first:
                fc = fc.merge(t.rows[r - 1].cells[1])
            set_cell(fc, finding, size=8)
    widths = [Cm(1.0), Cm(5.0), Cm(5.5), Cm(3.2), Cm(1.9), Cm(1.9), Cm(1.7), Cm(1.7), Cm(4.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Note: completed actions stay on the plan until evidence that the change has been embedded "
                      "has been reported to the Board and shared with the Regulator.")
    doc.save(os.path.join(HERE, SHT_FILE))


# ---------------------------------------------------------------------------
# xlsx helpers
# ---------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, r, c, v, bold=False, bg=None, border=True, fmt=None, size=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    if bold or size:
        cell.font = Font(bold=bold, size=size or 11)
    if bg:
        cell.fill = fill(bg)
    if border:
        cell.border = BOX
    if fmt:
        cell.number_format = fmt
    return cell


# ---------------------------------------------------------------------------
# 5. Medr - strategic risk register 2025-26 (xlsx)
# ---------------------------------------------------------------------------
MEDR_FILE = "no2-medr-strategic-risk-register-2025-26.xlsx"
MEDR_TITLE = "Medr Strategic Risk Register 2025-26"
MEDR_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "Not started": None}
MEDR_RISKS = [
    ("SR1 – Financial sustainability: Medr's grant-in-aid settlement is not sufficient to meet its statutory duties and the costs of transition.",
     "Chief Executive", 20, 16, 9, "↔", [
         ("SR1.1", "Complete the 2026-27 funding allocation model and agree it with Welsh Government officials.",
          "Director of Finance and Corporate Services", dt.datetime(2026, 1, 31), "DD/MM/YYYY", "On track",
          "Model shared with WG officials on 4 November."),
         ("SR1.2", "Develop a medium-term financial plan covering 2026-27 to 2028-29.",
          "Director of Finance and Corporate Services", dt.datetime(2026, 3, 31), "mmm-yy", "On track",
          "Assumptions paper to Board in January."),
     ]),
    ("SR2 – Data and systems: Medr cannot collect and assure the data it needs from providers because the systems inherited from HEFCW are not fit for purpose.",
     "Chief Operating Officer", 20, 16, 8, "↑", [
         ("SR2.1", "Procure a replacement data collection platform.",
          "Chief Digital Officer", "Q4 2025-26", None, "At risk",
          "Two bidders withdrew; tender re-issued with a longer response period."),
         ("SR2.2", "Agree interim data-sharing arrangements with Welsh Government and Careers Wales.",
          "Head of Data and Analysis; Information Governance Lead", dt.datetime(2025, 9, 30), "DD/MM/YYYY", "Complete",
          "Data sharing agreements signed in September."),
     ]),
    ("SR3 – Regulation: the new regulatory framework for tertiary providers is not in place by 1 August 2026.",
     "Director of Regulation", 16, 12, 6, "↔", [
         ("SR3.1", "Consult on the conditions of registration and publish the consultation response.",
          "Director of Regulation", "December 2025", None, "On track",
          "Consultation closed 17 October; 61 responses."),
         ("SR3.2", "Recruit and induct the regulation and quality assurance team.",
          "Director of Regulation and Head of People", "April 2026", None, "Off track",
          "Only 5 of 14 posts filled after two recruitment rounds."),
     ]),
    ("SR4 – People and culture: Medr cannot recruit and keep the specialist staff it needs, and staff from the predecessor bodies do not feel part of one organisation.",
     "Chief Executive", 16, 12, 8, "↓", [
         ("SR4.1", "Deliver the organisational culture programme agreed by the Board.",
          "Head of People", "Ongoing", None, "On track",
          "Values launched at all-staff event in September."),
         ("SR4.2", "Complete the pay and grading review.",
          "Head of People", dt.datetime(2026, 3, 31), "DD/MM/YYYY", "Not started",
          "Awaiting approval of the pay remit."),
     ]),
]


def build_medr():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = MEDR_TITLE
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Medr – Commission for Tertiary Education and Research / Comisiwn Addysg Drydyddol ac Ymchwil"
    cover["A3"] = "Quarter 2 update – Audit and Risk Assurance Committee, 25 November 2025"
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Owner", "Reviewed by"], start=1):
        put(cover, 6, c, h, bold=True, bg=GREY)
    for c, v in enumerate(["2.2", "10/11/2025", "Head of Governance and Risk", "Executive Leadership Team"], start=1):
        put(cover, 7, c, v)
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 14
    cover.column_dimensions["C"].width = 30
    cover.column_dimensions["D"].width = 28

    summ = wb.create_sheet("Risk summary")
    summ["A1"] = "Strategic risks – summary of scores (likelihood x impact)"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk", "Risk owner", "Inherent score", "Residual score", "Target score", "Trend"]
    for c, h in enumerate(hdr, start=1):
        put(summ, 3, c, h, bold=True, bg=GREY)
    r = 4
    for title, owner, inh, res, tgt, trend, _ in MEDR_RISKS:
        short = title.split(":")[0]
        put(summ, r, 1, short)
        put(summ, r, 2, owner)
        put(summ, r, 3, inh)
        c = put(summ, r, 4, res)
        c.fill = fill(RED if res >= 15 else AMBER)
        put(summ, r, 5, tgt)
        put(summ, r, 6, trend)
        r += 1
    r += 1
    summ.cell(row=r, column=1, value="Action status key").font = Font(bold=True)
    r += 1
    for word, meaning, col in [("Complete", "Blue – action complete", BLUE),
                               ("On track", "Green – on track for target date", GREEN),
                               ("At risk", "Amber – target date at risk", AMBER),
                               ("Off track", "Red – target date will be missed", RED),
                               ("Not started", "No colour – not yet started", None)]:
        put(summ, r, 1, word, bg=col)
        put(summ, r, 2, meaning)
        r += 1
    summ.column_dimensions["A"].width = 32
    summ.column_dimensions["B"].width = 34
    for col in "CDEF":
        summ.column_dimensions[col].width = 14

    reg = wb.create_sheet("Register")
    reg["A1"] = "Strategic risks and further actions – Q2 2025-26"
    reg["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Further action", "Action owner", "Target date", "Status", "Q2 commentary"]
    for c, h in enumerate(heads, start=1):
        put(reg, 3, c, h, bold=True, bg="1F4E78")
        reg.cell(row=3, column=c).font = Font(bold=True, color="FFFFFF")
    r = 4
    for title, owner, inh, res, tgt, trend, actions in MEDR_RISKS:
        put(reg, r, 1, title, bold=True, bg="DDEBF7")
        for c in range(2, 7):
            put(reg, r, c, None, bg="DDEBF7")
        reg.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        reg.row_dimensions[r].height = 32
        r += 1
        for ref, act, own, date, fmt, status, comment in actions:
            put(reg, r, 1, ref)
            put(reg, r, 2, act)
            put(reg, r, 3, own)
            put(reg, r, 4, date, fmt=fmt)
            put(reg, r, 5, status, bg=MEDR_STATUS_FILL[status])
            put(reg, r, 6, comment)
            r += 1
    for col, w in zip("ABCDEF", [10, 60, 34, 14, 13, 46]):
        reg.column_dimensions[col].width = w
    reg.freeze_panes = "A4"
    wb.save(os.path.join(HERE, MEDR_FILE))


# ---------------------------------------------------------------------------
# 6. Hyndburn BC - auditor's annual report 2023/24 VFM action plan (xlsx)
# ---------------------------------------------------------------------------
HBC_FILE = "no2-hyndburn-bc-auditors-annual-report-2023-24-vfm-recommendations-action-plan.xlsx"
HBC_TITLE = "Hyndburn Borough Council – External Auditor's Annual Report 2023/24: Action Plan"
HBC_FILL = {"G": GREEN, "A": AMBER, "R": RED, "": None}
HBC_CRITERIA = [
    ("Financial sustainability", [
        ("KR1", "The Council should develop a robust medium-term financial strategy with fully identified savings to close the budget gap for 2025/26 to 2027/28, and report progress on savings delivery to members quarterly.", [
            ("KR1.1", "Refresh the MTFS and present a balanced three-year plan to Council alongside the 2025/26 budget.",
             "Section 151 Officer", "February 2025", None, "G",
             "MTFS approved by Council on 27 February 2025."),
            ("KR1.2", "Introduce quarterly savings tracker reports to Cabinet and the Overview and Scrutiny Committee.",
             "Section 151 Officer / Head of Policy & Performance", dt.datetime(2025, 6, 30), "DD/MM/YYYY", "A",
             "Q1 tracker reported to Cabinet; not yet to O&S."),
        ]),
        ("IR1", "The Council should review its usable reserves against its risk profile and set a minimum level for the general fund balance.", [
            ("IR1.1", "Complete a risk-based assessment of reserves and include a minimum general fund balance in the Budget Book.",
             "Deputy S151 Officer", "March 2025", None, "G",
             "Minimum balance of £1.5m set in the 2025/26 Budget Book."),
        ]),
    ]),
    ("Governance", [
        ("IR2", "The Council should embed its risk management framework, with the strategic risk register reviewed by Cabinet at least twice a year.", [
            ("IR2.1", "Update the Risk Management Strategy and provide risk training for Cabinet members and senior managers.",
             "Head of Audit & Investigations", dt.datetime(2025, 10, 31), "DD/MM/YYYY", "A",
             "Strategy updated; member training moved to January."),
            ("IR2.2", "Add the strategic risk register to the Cabinet forward plan for June and December each year.",
             "Monitoring Officer", "June 2025", None, "G",
             "On forward plan; first review 18 June 2025."),
        ]),
        ("IR3", "The Council should strengthen oversight of its wholly owned company by setting up a shareholder committee with clear terms of reference.", [
            ("IR3.1", "Establish a Shareholder Committee and agree its terms of reference at Council.",
             "Chief Executive and Monitoring Officer", "November 2025", None, "R",
             "Report deferred from November Council; now scheduled for February."),
        ]),
    ]),
    ("Improving economy, efficiency and effectiveness", [
        ("IR4", "The Council should use benchmarking and performance data to identify services where costs are high or performance is poor.", [
            ("IR4.1", "Subscribe to LG Inform Plus and include benchmarked cost and performance data in the quarterly performance report.",
             "Head of Policy & Performance", "Q3 2025/26", None, "",
             "Not yet started."),
            ("IR4.2", "Carry out a value-for-money review of waste and recycling services.",
             "Head of Environmental Services", "31 March 2026", None, "A",
             "Scope agreed; benchmarking data requested from APSE."),
        ]),
    ]),
]


def build_hbc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = HBC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Value for money recommendations – progress report to Audit Committee, 27 January 2026"
    heads = ["Rec no.", "Auditor's recommendation", "Action ref", "Agreed action",
             "Responsible officer", "Target date", "Status", "Progress to date"]
    for c, h in enumerate(heads, start=1):
        put(ws, 4, c, h, bold=True, bg=GREY)
    r = 5
    for crit, recs in HBC_CRITERIA:
        put(ws, r, 1, crit, bold=True, bg="C6E0B4")
        for c in range(2, 9):
            put(ws, r, c, None, bg="C6E0B4")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec_no, rec, actions in recs:
            first = r
            for ref, act, off, date, fmt, rag, prog in actions:
                put(ws, r, 1, rec_no if r == first else None)
                put(ws, r, 2, rec if r == first else None)
                put(ws, r, 3, ref)
                put(ws, r, 4, act)
                put(ws, r, 5, off)
                put(ws, r, 6, date, fmt=fmt)
                put(ws, r, 7, None, bg=HBC_FILL[rag])
                put(ws, r, 8, prog)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGH", [9, 48, 9, 46, 30, 14, 9, 40]):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary by criterion"
    s["A1"].font = Font(bold=True, size=13)
    for c, h in enumerate(["Criterion", "Recommendations", "Actions", "Implemented", "In progress", "Behind schedule", "Not yet started"], start=1):
        put(s, 3, c, h, bold=True, bg=GREY)
    rows = [["Financial sustainability", 2, 3, 2, 1, 0, 0],
            ["Governance", 2, 3, 1, 1, 1, 0],
            ["Improving economy, efficiency and effectiveness", 1, 2, 0, 1, 0, 1],
            ["Total", 5, 8, 3, 3, 1, 1]]
    for i, vals in enumerate(rows, start=4):
        for c, v in enumerate(vals, start=1):
            put(s, i, c, v, bold=(vals[0] == "Total"))
    s.column_dimensions["A"].width = 44
    for col in "BCDEFG":
        s.column_dimensions[col].width = 16

    k = wb.create_sheet("Key")
    k["A1"] = "Status key (colour of the Status cell)"
    k["A1"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([(GREEN, "Green – Implemented"),
                                        (AMBER, "Amber – In progress"),
                                        (RED, "Red – Behind schedule / overdue"),
                                        (None, "No colour – Not yet started")], start=3):
        put(k, i, 1, None, bg=col)
        put(k, i, 2, meaning)
    k["A8"] = "KR = key recommendation; IR = improvement recommendation (Auditor's Annual Report 2023/24)."
    k.column_dimensions["A"].width = 10
    k.column_dimensions["B"].width = 40
    wb.save(os.path.join(HERE, HBC_FILE))


# ---------------------------------------------------------------------------
# 7. Cumberland Council - LGA corporate peer challenge action plan (xlsx)
# ---------------------------------------------------------------------------
CUM_FILE = "no2-cumberland-council-lga-corporate-peer-challenge-action-plan.xlsx"
CUM_TITLE = "Cumberland Council – LGA Corporate Peer Challenge Action Plan"
CUM_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE, "Not started": None}
CUM_RECS = [
    ("Recommendation 1: Set out a clear, long-term vision for Cumberland that is owned by the council and its partners.", [
        ("1.1", "Co-produce a Cumberland 2040 place vision with the Cumberland Partnership.",
         "Chief Executive; Director of Thriving Place & Investment", "March 2026", "Green",
         "Partnership workshops held in September and November."),
        ("1.2", "Align the Council Plan delivery plan with the place vision and publish it.",
         "Assistant Chief Executive", "June 2026", "Not started",
         "Follows agreement of the vision."),
    ]),
    ("Recommendation 2: Develop a medium-term financial plan that closes the budget gap through transformation rather than one-off measures.", [
        ("2.1", "Agree a transformation programme with savings targets for each workstream.\nStand up a Transformation Board chaired by the Chief Executive.",
         "Director of Resources (S151)", "September 2025", "Complete",
         "Programme agreed by Executive on 16 September; Board meets monthly."),
        ("2.2", "Review the capital programme to reduce borrowing costs.",
         "Director of Resources (S151)", "Q4 2025/26", "Amber",
         "Review under way; options to Executive in February."),
    ]),
    ("Recommendation 3: Complete the disaggregation of services from the former Cumbria County Council and exit the remaining shared arrangements with Westmorland and Furness Council.", [
        ("3.1", "Agree an exit plan and timetable for each remaining hosted service.",
         "Director of Resources (S151) and Director of Adult Social Care", "December 2025", "Red",
         "Exit plans agreed for 6 of 11 services; legal services and pensions outstanding."),
        ("3.2", "Move the ICT service and data centre onto Cumberland-only infrastructure.",
         "Chief Digital Officer", "31/03/2027", "Green",
         "Network separation complete; data centre migration planned for 2026."),
    ]),
    ("Recommendation 4: Strengthen member development, including scrutiny.", [
        ("4.1", "Commission the Centre for Governance and Scrutiny to review scrutiny arrangements, and implement its recommendations.",
         "Monitoring Officer", "By 31 January 2026", "Amber",
         "CfGS review reported in October; implementation plan in draft."),
        ("4.2", "Deliver a member development programme agreed with group leaders.",
         "Head of Democratic Services", "Ongoing", "Green",
         "14 sessions delivered since May."),
    ]),
]


def build_cum():
    wb = Workbook()
    ws = wb.active
    ws.title = "CPC Action Plan"
    ws["A1"] = CUM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Peer challenge held 4–7 February 2025. Progress update for the Executive, 16 December 2025."
    heads = ["No.", "What we will do", "Lead officer(s)", "Timescale", "RAG", "Progress update"]
    for c, h in enumerate(heads, start=1):
        put(ws, 4, c, h, bold=True, bg="203864")
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
    r = 5
    for rec, actions in CUM_RECS:
        put(ws, r, 1, rec, bold=True, bg="FCE4D6")
        for c in range(2, 7):
            put(ws, r, c, None, bg="FCE4D6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 30
        r += 1
        for no, act, lead, when, rag, upd in actions:
            put(ws, r, 1, no)
            put(ws, r, 2, act)
            put(ws, r, 3, lead)
            put(ws, r, 4, when, fmt="DD/MM/YYYY" if isinstance(when, dt.datetime) else None)
            put(ws, r, 5, rag, bg=CUM_FILL[rag])
            put(ws, r, 6, upd)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="The LGA progress review visit is scheduled for 10 March 2026.")
    for col, w in zip("ABCDEF", [8, 55, 36, 18, 12, 48]):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key and notes")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (word, meaning) in enumerate([("Complete", "Action delivered"),
                                         ("Green", "On track"),
                                         ("Amber", "Some slippage, recoverable"),
                                         ("Red", "Off track – needs Executive attention"),
                                         ("Not started", "Not yet due to start")], start=2):
        put(k, i, 1, word, bg=CUM_FILL[word])
        put(k, i, 2, meaning)
    k["A8"] = "The plan is monitored by the Corporate Leadership Team monthly and reported to the Executive six-monthly."
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 44
    wb.save(os.path.join(HERE, CUM_FILE))


def main():
    build_nlw()
    build_emsou()
    build_slc()
    build_sht()
    build_medr()
    build_hbc()
    build_cum()


if __name__ == "__main__":
    main()
