# -*- coding: utf-8 -*-
"""Build the seven fk2- blind cases of set heldout201 (plans outside children's services).

Run with /work/main/.venv/bin/python fk2_make.py  (needs openpyxl, python-docx, pyyaml).
Each data file is written together with NAME.expected.yaml; the expected readings are
written out explicitly below (ref, under, action, lead, end, status), not derived from the files.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

HEX = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000",
       "grey": "D9D9D9", "navy": "1F3864", "pale": "DEEAF6", "band": "BDD7EE"}


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9, colour=None):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def header_row(table, labels, fill=HEX["navy"]):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True, colour="FFFFFF")
        shade(cell, fill)
    # repeat header row on each page
    trPr = table.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# ==================================================================== 1. Redbridge docx
def make_redbridge():
    name = "fk2-redbridge-council-asc-cqc-assessment-improvement-plan.docx"
    doc = Document()
    landscape(doc)
    title = "Redbridge Adult Social Care Improvement Plan 2025–26"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(
        "Our response to the Care Quality Commission (CQC) local authority assessment of adult "
        "social care. CQC published its report on 14 March 2025 and rated the London Borough of "
        "Redbridge as Requires improvement.")

    doc.add_heading("Document control", level=1)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"),
                 ("Plan owner", "Corporate Director of Adult Social Care and Health"),
                 ("Approved by", "ASC Improvement Board, 9 October 2025"),
                 ("Progress position", "As at 30 September 2025"),
                 ("Next review", "January 2026")]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], HEX["pale"])
        set_cell(r[1], v)

    doc.add_heading("RAG key", level=1)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning, col in [("Blue", "Action complete and evidenced", "blue"),
                               ("Green", "On track to deliver by the target date", "green"),
                               ("Amber", "Some risk to delivery – mitigation in place", "amber"),
                               ("Red", "Off track – escalated to the Improvement Board", "red")]:
        r = key.add_row().cells
        set_cell(r[0], word, bold=True)
        shade(r[0], HEX[col])
        set_cell(r[1], meaning)

    doc.add_heading("Improvement actions by CQC theme", level=1)
    doc.add_paragraph(
        "Actions are grouped under the four CQC assessment themes. Each area for improvement is "
        "taken from the CQC assessment report.")

    afi_a = ("People waited too long for Care Act assessments and reviews. At the time of the "
             "assessment 612 people were waiting for an assessment and 1,140 for an annual review.")
    afi_b = ("Unpaid carers told CQC they did not always know what support was available, and "
             "carers’ assessments were not consistently offered.")
    afi_c = ("There was not enough nursing and dementia care in the borough, and some people had "
             "to move out of the area to find a placement.")
    afi_d = ("Safeguarding concerns were not always screened within the council’s two-working-day "
             "standard, and referrers did not consistently receive feedback.")
    afi_e = ("Leaders did not have timely and accurate performance data to understand the impact "
             "of their improvement work.")
    t1, t2, t3, t4 = ("Theme 1: Working with people", "Theme 2: Providing support",
                      "Theme 3: Ensuring safety", "Theme 4: Leadership")
    # (ref, action, lead cell, date cell, rag word, progress, expected lead, end, end_text)
    themes = [
        (t1, [
            (afi_a, [
                ("1.1", "Commission a time-limited review team to clear the backlog of overdue annual "
                        "reviews, prioritising people in residential care and people with a learning "
                        "disability.",
                 "Head of Adult Social Care Operations", "September 2025", "Blue",
                 "Review team in place from April 2025; 1,058 reviews completed and backlog cleared.",
                 ["Head of Adult Social Care Operations"], "2025-09", None),
                ("1.2", "Introduce a ‘waiting well’ protocol so that everyone waiting for an assessment "
                        "is contacted at least every eight weeks and their risk is re-rated.",
                 "Principal Social Worker / Head of Quality Assurance", "31/10/2025", "Green",
                 "Protocol agreed at DMT; contact calls started in all three locality teams.",
                 ["Principal Social Worker", "Head of Quality Assurance"], "2025-10", None),
            ]),
            (afi_b, [
                ("1.3", "Recommission the carers’ support service jointly with North East London ICB, "
                        "with a single front door for carers.",
                 "Head of Commissioning", "March 2026", "Amber",
                 "Procurement timetable moved by six weeks to allow co-production with carers.",
                 ["Head of Commissioning"], "2026-03", None),
                ("1.4", "Relaunch carers’ assessments, including an online self-assessment option.\n"
                        "Report the number of carers assessed each quarter to the ASC Improvement Board.",
                 "Carers Lead; Digital Services Manager", "December 2025", "Green",
                 "Online form in testing with the Carers Forum.",
                 ["Carers Lead", "Digital Services Manager"], "2025-12", None),
            ]),
        ]),
        (t2, [
            (afi_c, [
                ("2.1", "Publish a refreshed Market Position Statement setting out demand for nursing "
                        "and dementia care to 2030.",
                 "Head of Commissioning", "June 2025", "Blue",
                 "Published on the council website on 27 June 2025.",
                 ["Head of Commissioning"], "2025-06", None),
                ("2.2", "Work with local providers to develop 40 additional nursing dementia beds in "
                        "Redbridge.",
                 "Head of Commissioning", "Q4 2025/26", "Amber",
                 "Two providers engaged; planning application submitted for one site.",
                 ["Head of Commissioning"], "2026-03", None),
            ]),
        ]),
        (t3, [
            (afi_d, [
                ("3.1", "Establish a Safeguarding Adults Triage Hub within the Adult Social Care front "
                        "door, staffed by qualified social workers.",
                 "Safeguarding Adults Service Manager", "December 2025", "Green",
                 "Two of three posts recruited; hub opens in November.",
                 ["Safeguarding Adults Service Manager"], "2025-12", None),
                ("3.2", "Carry out a quarterly multi-agency audit of section 42 enquiries and report the "
                        "findings to the Redbridge Safeguarding Adults Board.",
                 "Principal Social Worker", "Quarterly", "Green",
                 "First audit (Q1) reported to the Board in July 2025.",
                 ["Principal Social Worker"], None, "Quarterly"),
            ]),
        ]),
        (t4, [
            (afi_e, [
                ("4.1", "Develop an adult social care performance dashboard covering waiting lists, "
                        "reviews and safeguarding, reported monthly to the Departmental Management Team.",
                 "Ama Mensah (Head of Performance and Intelligence)",
                 "September 2025\nRevised: January 2026", "Amber",
                 "Data quality issues in the case management system delayed the build; revised date "
                 "agreed by the Improvement Board.",
                 ["Ama Mensah (Head of Performance and Intelligence)"], "2026-01", None),
            ]),
        ]),
    ]
    cols = ["Ref", "Area for improvement (CQC)", "Action", "Lead", "Target date", "RAG",
            "Progress (September 2025)"]
    widths = [Cm(1.2), Cm(5.5), Cm(6.5), Cm(3.5), Cm(2.6), Cm(1.6), Cm(5.0)]
    expected = []
    for theme, afis in themes:
        doc.add_heading(theme, level=2)
        tab = doc.add_table(rows=1, cols=len(cols))
        tab.style = "Table Grid"
        header_row(tab, cols)
        for afi, rows in afis:
            first = len(tab.rows)
            for (ref, text, leadcell, datecell, rag, prog, lead, end, end_text) in rows:
                c = tab.add_row().cells
                set_cell(c[0], ref, bold=True)
                set_cell(c[2], text)
                set_cell(c[3], leadcell)
                set_cell(c[4], datecell)
                set_cell(c[5], rag, bold=True)
                shade(c[5], HEX[rag.lower()])
                set_cell(c[6], prog)
                expected.append(act(ref, [theme, afi], text, lead, end,
                                    {"Blue": "blue", "Green": "green", "Amber": "amber",
                                     "Red": "red"}[rag], end_text))
            last = len(tab.rows) - 1
            top = tab.cell(first, 1)
            if last > first:
                top = top.merge(tab.cell(last, 1))
            set_cell(top, afi, italic=True)
        for row in tab.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = w
    doc.add_paragraph()
    doc.add_paragraph(
        "Progress against this plan is reported to the ASC Improvement Board monthly and to the "
        "Health and Wellbeing Board every six months.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a London borough's adult social care improvement plan written after the CQC "
            "local authority assessment (2024-25 programme; cf. the B&NES and other ASC CQC "
            "improvement plans taken to Cabinet in 2025). Copies: Word title block, document "
            "control table, RAG key table with fill colours, one table per CQC theme (the four CQC "
            "themes as Heading 2), the CQC area for improvement merged vertically beside its "
            "actions, RAG word with cell fill, job titles as leads, two posts split by '/' and ';', "
            "a 'Quarterly' date, a revised date written under the original in the same cell."),
        "reads": (
            "A Word improvement plan for Redbridge adult social care after its CQC assessment: a "
            "document-control table and a RAG key, then four theme tables (Working with people, "
            "Providing support, Ensuring safety, Leadership), each listing numbered actions beside "
            "the CQC area for improvement they answer, with lead, target date, RAG and progress. "
            "Nine actions; action 4.1's date was revised from September 2025 to January 2026."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ==================================================================== 2. North Lanarkshire docx
def make_north_lanarkshire():
    name = "fk2-north-lanarkshire-council-best-value-improvement-action-plan.docx"
    doc = Document()
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "North Lanarkshire Council"
    doc.sections[0].footer.paragraphs[0].text = "OFFICIAL"
    title = "Best Value Improvement Action Plan 2025–2027"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(
        "This plan sets out the council’s response to the recommendations in the Controller of "
        "Audit’s report on Best Value in North Lanarkshire Council, considered by the Accounts "
        "Commission on 12 June 2025. Progress is reported to the Audit and Scrutiny Panel every "
        "six months; this version shows the position at November 2025.")
    p = doc.add_paragraph()
    p.add_run("Progress status key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning, col in [("Complete", "Action delivered", "blue"),
                               ("On target", "Progressing in line with the timescale", "green"),
                               ("Minor slippage", "Up to three months behind the timescale", "amber"),
                               ("Significant slippage", "More than three months behind the timescale",
                                "red")]:
        r = key.add_row().cells
        set_cell(r[0], word, bold=True)
        shade(r[0], HEX[col])
        set_cell(r[1], meaning)

    statuses = {"Complete": ("blue", "blue"), "On target": ("green", "green"),
                "Minor slippage": ("amber", "amber"), "Significant slippage": ("red", "red"),
                "Not started": (None, "unrated")}
    recs = [
        ("Recommendation 1: Financial sustainability",
         "The council should update its medium-term financial plan to show how the projected budget "
         "gap of £63.4 million over the three years to 2027/28 will be closed, with savings "
         "proposals identified and agreed well in advance of each budget year.",
         [("1.1", "Refresh the Medium-Term Financial Plan to 2029/30, including scenario planning for "
                  "pay, inflation and demand pressures.",
           "Chief Officer (Finance)", "March 2026", "On target",
           "Scenarios presented to the Policy and Strategy Committee in October 2025.",
           ["Chief Officer (Finance)"], "2026-03", None),
          ("1.2", "Agree a three-year savings programme with named savings proposals for 2026/27 and "
                  "2027/28 as part of the 2026/27 budget.",
           "Chief Officer (Finance) / Chief Officer (Business Solutions)", "February 2026",
           "On target", "Savings options being developed with Chief Officers.",
           ["Chief Officer (Finance)", "Chief Officer (Business Solutions)"], "2026-02", None)]),
        ("Recommendation 2: Transformation",
         "The council should set clear milestones, measures and expected benefits for its "
         "transformation programme, and report progress publicly.",
         [("2.1", "Develop a benefits realisation framework for each transformation workstream, "
                  "approved by the Corporate Management Team.",
           "Chief Officer (Business Solutions)", "31 December 2025", "Significant slippage",
           "Framework delayed pending appointment of a programme manager.",
           ["Chief Officer (Business Solutions)"], "2025-12", None),
          ("2.2", "Publish transformation progress reports to the Policy and Strategy Committee.",
           "Head of Transformation", "Six-monthly", "On target",
           "First report considered in September 2025.",
           ["Head of Transformation"], None, "Six-monthly")]),
        ("Recommendation 3: Community engagement",
         "The council should demonstrate how community views, including those gathered through its "
         "Community Boards, influence decisions on service priorities and budgets.",
         [("3.1", "Introduce a ‘You said, we did’ section in all committee reports where consultation "
                  "has taken place.",
           "Chief Officer (Strategic Communication and Engagement)", "September 2025", "Complete",
           "Committee report template updated from 1 September 2025.",
           ["Chief Officer (Strategic Communication and Engagement)"], "2025-09", None),
          ("3.2", "Review the role and remit of the nine Community Boards with elected members and "
                  "community representatives.",
           "Head of Communities", "April 2026 – June 2026", "Not started",
           "Scheduled to start after the 2026/27 budget is set.",
           ["Head of Communities"], "2026-06", None)]),
        ("Recommendation 4: Workforce",
         "The council should develop a workforce plan that addresses recruitment difficulties in "
         "social work, teaching and building trades, and sets out how it will develop the digital "
         "skills of its staff.",
         [("4.1", "Publish a Strategic Workforce Plan 2026–2029 with service workforce plans for "
                  "Education and Families and for Adult Health and Social Care.",
           "Chief Officer (People Resources)", "March 2026", "Minor slippage",
           "Draft delayed by job evaluation work; Corporate Management Team to consider the draft "
           "in the new year.",
           ["Chief Officer (People Resources)"], "2026-03", None),
          ("4.2", "Launch a ‘grow your own’ programme for social work and building trades "
                  "apprenticeships with New College Lanarkshire.",
           "Head of People and Organisational Development", "August 2025", "Complete",
           "First cohort of 24 apprentices started in August 2025.",
           ["Head of People and Organisational Development"], "2025-08", None)]),
        ("Recommendation 5: Public performance reporting",
         "The council should improve its public performance reporting so that it gives a balanced "
         "picture of performance, including areas where performance has declined.",
         [("5.1", "Redesign the annual Public Performance Report to include trend data and comparisons "
                  "with LGBF family groups.",
           "Head of Policy and Strategic Planning", "Q3 2025/26", "On target",
           "New format agreed with the Audit and Scrutiny Panel chair.",
           ["Head of Policy and Strategic Planning"], "2025-12", None)]),
    ]
    cols = ["Ref", "Improvement action", "Responsible officer", "Timescale", "Status",
            "Progress update (November 2025)"]
    widths = [Cm(1.2), Cm(8.5), Cm(4.5), Cm(3.0), Cm(2.8), Cm(6.0)]
    expected = []
    for heading, rectext, rows in recs:
        doc.add_heading(heading, level=2)
        rp = doc.add_paragraph()
        rr = rp.add_run(rectext)
        rr.italic = True
        tab = doc.add_table(rows=1, cols=len(cols))
        tab.style = "Table Grid"
        header_row(tab, cols, fill="005EB8")
        for (ref, text, leadcell, datecell, status, prog, lead, end, end_text) in rows:
            c = tab.add_row().cells
            set_cell(c[0], ref, bold=True)
            set_cell(c[1], text)
            set_cell(c[2], leadcell)
            set_cell(c[3], datecell)
            set_cell(c[4], status, bold=True)
            fill, exp = statuses[status]
            if fill:
                shade(c[4], HEX[fill])
            set_cell(c[5], prog)
            expected.append(act(ref, [heading, rectext], text, lead, end, exp, end_text))
        for row in tab.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = w
        doc.add_paragraph()

    doc.add_heading("Version history", level=2)
    vh = doc.add_table(rows=1, cols=3)
    vh.style = "Table Grid"
    header_row(vh, ["Version", "Date", "Change"], fill="005EB8")
    for v in [("1.0", "24/06/2025", "Approved by Council"),
              ("1.1", "18/11/2025", "Six-month progress update for the Audit and Scrutiny Panel")]:
        c = vh.add_row().cells
        for cell, t in zip(c, v):
            set_cell(cell, t)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a Scottish council's Best Value improvement action plan answering the "
            "Controller of Audit's Best Value report to the Accounts Commission (2023-2025 cycle; "
            "cf. the West Dunbartonshire, Inverclyde and Dundee Best Value improvement action "
            "plans). Copies: body name only in the page header, Title-style heading, intro "
            "paragraph, status key table where the words Complete / On target / Minor slippage / "
            "Significant slippage are coloured, one Heading 2 + italic recommendation paragraph + "
            "small action table per recommendation, Scottish 'Chief Officer (X)' posts, "
            "a financial-year quarter, a date range, a 'Six-monthly' timescale, 'Not started' "
            "without fill, and a version history table at the end."),
        "reads": (
            "A Word action plan answering five Accounts Commission / Controller of Audit Best Value "
            "recommendations, each given as a heading (Recommendation n: topic) with the "
            "recommendation text in italics, followed by a table of numbered improvement actions "
            "with responsible officer, timescale, status word (per the key) and progress update. "
            "Nine actions; the key and version history tables are not plan rows."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcolour):
    return PatternFill(fill_type="solid", start_color="FF" + hexcolour, end_color="FF" + hexcolour)


def wrap(ws, cell, value, bold=False, fillhex=None, italic=False, colour=None, size=10,
         numfmt=None, border=True):
    c = ws[cell]
    c.value = value
    c.alignment = Alignment(wrap_text=True, vertical="top")
    c.font = Font(bold=bold, italic=italic, color=("FF" + colour) if colour else None, size=size)
    if fillhex:
        c.fill = fill(fillhex)
    if numfmt:
        c.number_format = numfmt
    if border:
        c.border = BOX
    return c


# ==================================================================== 3. Tower Hamlets xlsx
def make_tower_hamlets():
    name = "fk2-tower-hamlets-council-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    tr = wb.active
    tr.title = "Tracker"
    summ = wb.create_sheet("Summary")
    keyws = wb.create_sheet("Key")

    st_fill = {"Implemented": "blue", "On track": "green",
               "Overdue – revised date agreed": "amber", "Overdue": "red"}
    D = dt.datetime
    audits = [
        ("24/07 Disabled Facilities Grants – Limited Assurance (final report 14 November 2024)", [
            ("DFG-01", "High",
             "Ensure that all grant approvals are supported by a completed means test and "
             "occupational therapy assessment before works are commissioned.",
             "Introduce a pre-approval checklist in the grants system that must be completed and "
             "signed by the Grants Team Leader before an order can be raised.",
             "Home Improvement Agency Manager", D(2025, 3, 31), D(2025, 9, 30), "Implemented",
             "Checklist live from September 2025; Internal Audit sample test found 20/20 compliant.",
             ["Home Improvement Agency Manager"], "2025-09"),
            ("DFG-02", "Medium",
             "Reconcile grant payments to the capital ledger each month.",
             "Complete a monthly reconciliation between the grants system and the capital ledger, "
             "reviewed by the Capital Accountant.",
             "Capital Accountant", D(2025, 6, 30), None, "Overdue",
             "Reconciliations for April to July completed; August onwards not yet done owing to "
             "vacancies.",
             ["Capital Accountant"], "2025-06"),
        ]),
        ("24/15 IT Asset Management – Limited Assurance (final report 3 February 2025)", [
            ("ITAM-01", "High",
             "Maintain a complete and accurate register of end-user devices, including devices "
             "issued to members and agency staff.",
             "Complete a full reconciliation of the device register to Intune and the leavers list, "
             "and recover or disable any device that cannot be accounted for.",
             "Head of IT Security / Head of Information Governance", D(2025, 4, 30), D(2026, 1, 31),
             "Overdue – revised date agreed",
             "1,870 of 2,140 devices reconciled. Revised date agreed by the Corporate Director.",
             ["Head of IT Security", "Head of Information Governance"], "2026-01"),
            ("ITAM-02", "Medium",
             "Ensure that devices are recovered from leavers promptly.",
             "Add device return to the HR leavers checklist, with line managers confirming return "
             "within five working days.",
             "Head of HR Operations", D(2025, 5, 31), None, "Implemented",
             "Leavers checklist updated in May 2025.",
             ["Head of HR Operations"], "2025-05"),
            ("ITAM-03", "Low",
             "Update the IT Asset Management Policy.",
             "Refresh the IT Asset Management Policy and publish it on the intranet.",
             "IT Service Desk Manager", D(2025, 9, 30), None, "Implemented",
             "Published 22/09/2025.",
             ["IT Service Desk Manager"], "2025-09"),
        ]),
        ("25/02 Temporary Accommodation Procurement – No Assurance (final report 22 May 2025)", [
            ("TA-01", "High",
             "Ensure that all nightly-paid temporary accommodation is procured through the approved "
             "framework or under a documented waiver.",
             "Move all nightly-paid bookings onto Inter-Borough Accommodation Agreement rates, with "
             "any waiver approved by the Corporate Director.",
             "Corporate Director, Housing and Regeneration", D(2025, 9, 30), D(2026, 3, 31),
             "Overdue – revised date agreed",
             "82% of bookings now at agreed rates. Remaining providers in negotiation.",
             ["Corporate Director, Housing and Regeneration"], "2026-03"),
            ("TA-02", "High",
             "Carry out and record a property inspection before each placement is made.",
             "Introduce a pre-placement inspection form on the housing management system and check "
             "a 10% sample of placements each month.",
             "Head of Housing Options", D(2026, 2, 28), None, "On track",
             "Form built; user testing in January 2026.",
             ["Head of Housing Options"], "2026-02"),
            ("TA-03", "Medium",
             "Report temporary accommodation spend against budget to the Housing Management Team "
             "each month.",
             "Produce a monthly temporary accommodation budget monitoring report for the Housing "
             "Management Team, including nightly-paid spend by provider.",
             "Finance Business Partner (Housing)", D(2025, 8, 31), None, "Implemented",
             "Reported monthly since August 2025.",
             ["Finance Business Partner (Housing)"], "2025-08"),
        ]),
        ("25/09 Payroll – Reasonable Assurance (final report 18 September 2025)", [
            ("PAY-01", "Medium",
             "Ensure overtime claims are authorised by a manager at least one grade above the "
             "claimant.",
             "Configure the iTrent workflow so that overtime claims are routed to the second-line "
             "manager for approval.",
             "Payroll Manager", D(2026, 3, 31), None, "On track",
             "Change request raised with the iTrent supplier.",
             ["Payroll Manager"], "2026-03"),
            ("PAY-02", "Low",
             "Review user access to the payroll system quarterly.",
             "Carry out a quarterly review of iTrent user access, signed off by the Head of HR "
             "Operations.",
             "Payroll Manager", D(2025, 11, 30), None, "Overdue",
             "First review not yet completed.",
             ["Payroll Manager"], "2025-11"),
        ]),
    ]
    hdrs = ["Rec ref", "Priority", "Recommendation", "Agreed management action",
            "Responsible officer", "Original due date", "Revised due date", "Status",
            "Management update (December 2025)"]
    widths = [10, 9, 42, 48, 28, 13, 13, 18, 44]
    tr["A1"] = "Internal Audit – Outstanding Recommendations Tracker 2025/26"
    tr["A1"].font = Font(bold=True, size=14)
    tr["A2"] = "Audit and Risk Committee – 29 January 2026 (position at 31 December 2025)"
    tr["A2"].font = Font(italic=True)
    for i, (h, w) in enumerate(zip(hdrs, widths), start=1):
        col = get_column_letter(i)
        wrap(tr, f"{col}4", h, bold=True, fillhex=HEX["navy"], colour="FFFFFF")
        tr.column_dimensions[col].width = w
    tr.freeze_panes = "A5"
    row = 5
    expected = []
    counts = {}
    for band, recs in audits:
        tr.merge_cells(f"A{row}:I{row}")
        wrap(tr, f"A{row}", band, bold=True, fillhex=HEX["band"])
        row += 1
        for (ref, pri, rec, action, officer, orig, rev, status, upd, lead, end) in recs:
            vals = [ref, pri, rec, action, officer, orig, rev, status, upd]
            for i, v in enumerate(vals, start=1):
                col = get_column_letter(i)
                wrap(tr, f"{col}{row}", v,
                     numfmt="dd/mm/yyyy" if i in (6, 7) else None,
                     fillhex=HEX[st_fill[status]] if i == 8 else None,
                     bold=(i == 8))
            counts[(pri, status)] = counts.get((pri, status), 0) + 1
            expected.append(act(ref, [band, rec], action, lead, end,
                                {"blue": "blue", "green": "green", "amber": "amber",
                                 "red": "red"}[st_fill[status]]))
            row += 1

    # Summary sheet with totals block
    summ["A1"] = "London Borough of Tower Hamlets – Internal Audit"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Follow-up of agreed management actions – position at 31 December 2025"
    sh = ["Priority", "Implemented", "On track", "Overdue – revised date agreed", "Overdue", "Total"]
    for i, h in enumerate(sh, start=1):
        wrap(summ, f"{get_column_letter(i)}4", h, bold=True, fillhex=HEX["navy"], colour="FFFFFF")
        summ.column_dimensions[get_column_letter(i)].width = 16 if i > 1 else 12
    r = 5
    tot = [0] * 5
    for pri in ["High", "Medium", "Low"]:
        wrap(summ, f"A{r}", pri, bold=True)
        line = [counts.get((pri, s), 0) for s in sh[1:5]]
        line.append(sum(line))
        for i, v in enumerate(line, start=2):
            wrap(summ, f"{get_column_letter(i)}{r}", v)
            tot[i - 2] += v
        r += 1
    wrap(summ, f"A{r}", "Total", bold=True, fillhex=HEX["grey"])
    for i, v in enumerate(tot, start=2):
        wrap(summ, f"{get_column_letter(i)}{r}", v, bold=True, fillhex=HEX["grey"])
    summ[f"A{r + 2}"] = ("Note: The tracker lists every action that was open on 1 April 2025 "
                         "or has been agreed since.")
    summ[f"A{r + 2}"].font = Font(italic=True, size=9)

    # Key sheet
    keyws["A1"] = "Key"
    keyws["A1"].font = Font(bold=True, size=12)
    kr = [("Priority", None, None),
          ("High", "Fundamental control weakness – action within 3 months", None),
          ("Medium", "Significant weakness – action within 6 months", None),
          ("Low", "Improvement to control environment – action within 12 months", None),
          (None, None, None),
          ("Status", None, None),
          ("Implemented", "Action implemented and evidence seen by Internal Audit", "blue"),
          ("On track", "Not yet due; service expects to meet the due date", "green"),
          ("Overdue – revised date agreed", "Past original date; revised date agreed by the "
                                           "Corporate Director", "amber"),
          ("Overdue", "Past due date with no revised date agreed", "red")]
    for i, (a, b, c) in enumerate(kr, start=3):
        if a is None:
            continue
        wrap(keyws, f"A{i}", a, bold=True, fillhex=HEX[c] if c else None, border=bool(b))
        if b:
            wrap(keyws, f"B{i}", b)
    keyws.column_dimensions["A"].width = 30
    keyws.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a London borough internal audit follow-up tracker taken to the Audit "
            "Committee (2025/26; cf. the Wandsworth, Coventry and Herefordshire trackers of "
            "outstanding internal audit recommendations). Copies: three sheets (Summary with a "
            "priority x status totals block, Tracker, Key), title and committee lines, an audit "
            "band row merged across the sheet for each audit (reference, title, assurance level, "
            "report date), recommendation beside the agreed management action, High/Medium/Low "
            "priority, original and revised due dates as real dates, status words coloured by "
            "fill as the Key defines them, two posts split by '/', and a job title containing a "
            "comma."),
        "reads": (
            "An Excel tracker of outstanding internal audit actions grouped under four audits "
            "(Disabled Facilities Grants, IT Asset Management, Temporary Accommodation "
            "Procurement, Payroll). Each row gives the recommendation, the agreed management "
            "action, the officer, original and revised due dates and a status; the revised date "
            "is the end where given, and the Key sheet makes Implemented blue. Ten actions; the "
            "Summary and Key sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit – Outstanding Recommendations Tracker 2025/26",
        "actions": expected,
    })
    return name, len(expected)


# ==================================================================== 4. Northumberland FRS xlsx
def make_northumberland():
    name = "fk2-northumberland-frs-hmicfrs-values-culture-spotlight-recommendations-tracker.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    tr = wb.create_sheet("Tracker")

    cov["A1"] = "Northumberland Fire and Rescue Service"
    cov["A1"].font = Font(bold=True, size=16, color="FFC00000")
    cov["A3"] = "HMICFRS Values and Culture – Service Recommendations Tracker"
    cov["A3"].font = Font(bold=True, size=13)
    cov["A4"] = ("Spotlight report: Values and culture in fire and rescue services "
                 "(HMICFRS, March 2023)")
    cov["A4"].font = Font(italic=True, size=11)
    for i, (k, v) in enumerate([("Version", "2.4"),
                                ("Owner", "Deputy Chief Fire Officer"),
                                ("Reported to", "Communities and Place Overview and Scrutiny "
                                                "Committee"),
                                ("Position at", "30 September 2024"),
                                ("Classification", "OFFICIAL")], start=6):
        wrap(cov, f"A{i}", k, bold=True, fillhex=HEX["grey"])
        wrap(cov, f"B{i}", v)
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Complete"),
                                    ("green", "On track"),
                                    ("amber", "Some delay – expected to complete within tolerance"),
                                    ("red", "Off track – escalated to Service Leadership Team")],
                                   start=13):
        wrap(cov, f"A{i}", None, fillhex=HEX[col])
        wrap(cov, f"B{i}", txt)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 70

    themes = [
        ("Theme: Background checks", [
            ("Recommendation 1: By 1 October 2023, chief fire officers should make sure that all "
             "staff have an up-to-date and appropriate background check, and that checks are "
             "repeated at least every three years.", [
                ("1.1", "Complete a risk-based review of all roles to set the level of Disclosure and "
                        "Barring Service (DBS) check each role needs.",
                 "Head of HR", dt.datetime(2023, 6, 30), "blue", "blue",
                 "Role review completed and agreed by SLT in June 2023.",
                 ["Head of HR"], "2023-06", None),
                ("1.2", "Carry out standard or enhanced DBS checks for all existing staff in line with "
                        "the role review, with a recheck every three years.",
                 "Head of HR; Area Manager – Service Delivery", dt.datetime(2024, 3, 31), "amber",
                 "blue", "All 412 staff checked by March 2024; three-yearly recheck diarised.",
                 ["Head of HR", "Area Manager – Service Delivery"], "2024-03", None),
            ]),
        ]),
        ("Theme: Raising concerns", [
            ("Recommendation 3: By 1 October 2023, chief fire officers should make sure their "
             "services have a confidential route for staff to raise concerns, and that people who "
             "raise concerns are kept informed of progress.", [
                ("3.1", "Procure an independent, confidential reporting line available to all staff "
                        "24 hours a day.",
                 "Deputy Chief Fire Officer", dt.datetime(2023, 10, 31), "blue", "blue",
                 "Independent line launched 2 October 2023.",
                 ["Deputy Chief Fire Officer"], "2023-10", None),
                ("3.2", "Publish a Raising Concerns procedure that sets out how people who raise "
                        "concerns will be kept informed.\nBrief all watch managers on the procedure.",
                 "Group Manager – Organisational Development", dt.datetime(2024, 12, 31), "amber",
                 "green", "Procedure out to consultation with representative bodies; briefings "
                          "booked for November.",
                 ["Group Manager – Organisational Development"], "2024-12", None),
            ]),
        ]),
        ("Theme: Leadership and culture", [
            ("Recommendation 7: By 1 June 2024, chief fire officers should seek and act on feedback "
             "from staff, including through regular staff surveys.", [
                ("7.1", "Run an all-staff culture survey using the NFCC core question set, and publish "
                        "the results and the Service’s response to staff.",
                 "Chief Fire Officer", dt.datetime(2024, 6, 30), "green", "blue",
                 "Survey closed May 2024 (61% response); results and response published in June.",
                 ["Chief Fire Officer"], "2024-06", None),
                ("7.2", "Establish a Staff Engagement Forum chaired by the Deputy Chief Fire Officer, "
                        "meeting quarterly.",
                 "Deputy Chief Fire Officer", "Ongoing", "green", "green",
                 "Forum has met three times.",
                 ["Deputy Chief Fire Officer"], None, "Ongoing"),
            ]),
            ("Recommendation 12: By 1 March 2024, chief fire officers should introduce 360-degree "
             "feedback for all senior leaders and managers.", [
                ("12.1", "Introduce 360-degree feedback for all Station Manager roles and above as part "
                         "of the annual appraisal cycle.",
                 "Head of HR", dt.datetime(2025, 3, 31), "amber", "amber",
                 "Tool selected; roll-out to Group Managers first.",
                 ["Head of HR"], "2025-03", None),
            ]),
        ]),
        ("Theme: Misconduct", [
            ("Recommendation 15: By 1 January 2024, chief fire officers should make sure that "
             "misconduct allegations are handled consistently and that staff who investigate "
             "them are trained.", [
                ("15.1", "Train a pool of eight investigating officers through an accredited "
                         "provider.",
                 "Head of HR", dt.datetime(2024, 1, 31), "blue", "blue",
                 "Eight officers trained December 2023.",
                 ["Head of HR"], "2024-01", None),
                ("15.2", "Introduce a misconduct case tracker and report anonymised outcomes to the "
                         "Overview and Scrutiny Committee each quarter.",
                 "Head of HR / Information Governance Officer", dt.datetime(2024, 9, 30), "amber",
                 "red", "Tracker built but data-sharing agreement with the County Council not yet "
                        "signed; first report missed.",
                 ["Head of HR", "Information Governance Officer"], "2024-09", None),
            ]),
        ]),
        ("Theme: Equality, diversity and inclusion", [
            ("Recommendation 20: By 1 October 2023, chief fire officers should make sure they "
             "record and use equality data for all staff.", [
                ("20.1", "Run a data-cleanse campaign to raise the protected characteristics "
                         "declaration rate above 85%.",
                 "EDI Officer", dt.datetime(2025, 3, 31), "green", "green",
                 "Declaration rate 78% (up from 54%).",
                 ["EDI Officer"], "2025-03", None),
            ]),
        ]),
    ]
    tr.merge_cells("A1:H1")
    tr["A1"] = "HMICFRS Values and Culture – Service Recommendations Tracker"
    tr["A1"].font = Font(bold=True, size=14)
    tr["A2"] = "Position at 30 September 2024"
    tr["A2"].font = Font(italic=True)
    heads = ["HMICFRS recommendation", "Action ref", "Action", "Action owner", "Target date",
             "RAG", None, "Progress commentary"]
    widths = [48, 9, 50, 28, 12, 13, 13, 48]
    for i, (h, w) in enumerate(zip(heads, widths), start=1):
        col = get_column_letter(i)
        tr.column_dimensions[col].width = w
        wrap(tr, f"{col}4", h, bold=True, fillhex=HEX["navy"], colour="FFFFFF")
        wrap(tr, f"{col}5", None, bold=True, fillhex=HEX["navy"], colour="FFFFFF")
    for col in "ABCDEH":
        tr.merge_cells(f"{col}4:{col}5")
    tr.merge_cells("F4:G4")
    wrap(tr, "F5", "Previous (Jun-24)", bold=True, fillhex=HEX["navy"], colour="FFFFFF")
    wrap(tr, "G5", "Current (Sep-24)", bold=True, fillhex=HEX["navy"], colour="FFFFFF")
    tr.freeze_panes = "A6"
    row = 6
    expected = []
    for theme, recs in themes:
        tr.merge_cells(f"A{row}:H{row}")
        wrap(tr, f"A{row}", theme, bold=True, fillhex=HEX["band"])
        row += 1
        for rectext, acts in recs:
            first = row
            for (ref, text, owner, date, prev, cur, prog, lead, end, end_text) in acts:
                wrap(tr, f"B{row}", ref)
                wrap(tr, f"C{row}", text)
                wrap(tr, f"D{row}", owner)
                wrap(tr, f"E{row}", date, numfmt="mmm-yy")
                wrap(tr, f"F{row}", None, fillhex=HEX[prev])
                wrap(tr, f"G{row}", None, fillhex=HEX[cur])
                wrap(tr, f"H{row}", prog)
                expected.append(act(ref, [theme, rectext], text, lead, end, cur, end_text))
                row += 1
            wrap(tr, f"A{first}", rectext, italic=True)
            if row - 1 > first:
                tr.merge_cells(f"A{first}:A{row - 1}")
    row += 1
    tr[f"A{row}"] = ("Recommendations 2, 4–6, 8–11, 13, 14 and 16–19 are addressed to national "
                     "bodies (NFCC, Home Office, LGA, Fire Standards Board) and are not tracked here.")
    tr[f"A{row}"].font = Font(italic=True, size=9)
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a fire and rescue service's tracker of the HMICFRS spotlight report 'Values "
            "and culture in fire and rescue services' (March 2023, 35 time-bound recommendations, "
            "about 20 for chief fire officers), as reported to a scrutiny committee (cf. Derbyshire "
            "FRS 'HMICFRS culture review recommendations and actions', 2023). Copies: Cover sheet "
            "with document control and a fill-only RAG key, Tracker sheet with title and "
            "position lines, a two-row header with RAG merged over Previous/Current columns, theme "
            "band rows merged across the sheet, the HMICFRS recommendation merged down beside its "
            "actions, target dates as real dates shown mmm-yy, RAG given by fill colour only, an "
            "'Ongoing' target, and a closing note line."),
        "reads": (
            "An Excel tracker of a fire service's actions against the HMICFRS values and culture "
            "recommendations, grouped by theme; each recommendation (with its HMICFRS deadline in "
            "its text) sits beside numbered actions with owner, target date, previous and current "
            "RAG (colour only) and commentary. Ten actions; the status is the current RAG colour "
            "read through the Cover sheet key (blue = complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "HMICFRS Values and Culture – Service Recommendations Tracker",
        "actions": expected,
    })
    return name, len(expected)


# ==================================================================== 5. Runnymede risk register (refuse)
def make_runnymede():
    name = "fk2-runnymede-bc-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    keyws = wb.create_sheet("Scoring key")

    ws["A1"] = "Runnymede Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register – Quarter 3 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Reviewed by the Corporate Management Team on 13 January 2026; reported to the "
                "Audit Committee on 29 January 2026")
    ws["A3"].font = Font(italic=True)
    heads = ["Risk ref", "Risk title and description", "Risk owner", "Inherent score (L x I)",
             "Existing controls", "Residual score (L x I)", "Direction of travel",
             "Further actions required", "Action owner", "Due date", "Action status"]
    widths = [8, 44, 20, 11, 40, 11, 10, 46, 24, 14, 14]
    for i, (h, w) in enumerate(zip(heads, widths), start=1):
        col = get_column_letter(i)
        ws.column_dimensions[col].width = w
        wrap(ws, f"{col}5", h, bold=True, fillhex=HEX["navy"], colour="FFFFFF")
    risks = [
        ("SR01", "Financial sustainability\nThe council cannot set a balanced budget over the medium "
                 "term because of the cost of borrowing for commercial property and reduced "
                 "investment income.",
         "Chief Finance Officer (s151)", "5 x 5 = 25",
         "Medium Term Financial Strategy; asset review; Best Value Notice response programme; "
         "monthly budget monitoring to CMT.",
         "4 x 5 = 20", "red", "↔",
         [("Deliver the asset disposal programme agreed by the Corporate Policy and Resources "
           "Committee to reduce borrowing.", "Assistant Chief Executive", "March 2026", "On track"),
          ("Complete the Minimum Revenue Provision review with the external auditor.",
           "Chief Finance Officer (s151)", "31/12/2025", "Complete"),
          ("Set the 2026/27 budget with a savings plan covering the full MTFS period.",
           "Chief Finance Officer (s151)", "February 2026", "On track")]),
        ("SR02", "Best Value Notice\nGovernment takes further intervention action if the council "
                 "cannot show sufficient improvement under the non-statutory Best Value Notice.",
         "Chief Executive", "4 x 5 = 20",
         "Improvement Plan; Improvement and Assurance Board with independent chair; quarterly "
         "MHCLG engagement meetings.",
         "3 x 5 = 15", "amber", "↓",
         [("Report progress on the Improvement Plan to the Improvement and Assurance Board and to "
           "MHCLG.", "Head of Policy and Performance", "Quarterly", "On track"),
          ("Complete the self-assessment against the statutory Best Value guidance and agree the "
           "resulting actions.", "Head of Policy and Performance", "Nov-25", "Complete")]),
        ("SR03", "Cyber security\nA successful cyber attack causes loss of systems or data and "
                 "disrupts services to residents.",
         "Assistant Chief Executive", "4 x 5 = 20",
         "Firewalls and endpoint protection; mandatory annual training; immutable back-ups; "
         "Surrey-wide Warning, Advice and Reporting Point membership.",
         "3 x 4 = 12", "amber", "↔",
         [("Achieve Public Services Network re-certification.", "ICT Manager", "June 2026",
           "On track"),
          ("Run a cyber incident tabletop exercise with the Corporate Management Team.",
           "ICT Manager / Emergency Planning Officer", "Febuary 2026", "Not started")]),
        ("SR04", "Landlord compliance\nThe council as landlord does not meet the Regulator of Social "
                 "Housing's Safety and Quality Standard.",
         "Corporate Head of Housing", "4 x 4 = 16",
         "Compliance dashboard; gas, electrical and fire safety contracts; Housing Committee "
         "oversight.",
         "3 x 4 = 12", "amber", "↑",
         [("Complete stock condition surveys on 100% of council homes.", "Head of Housing Assets",
           "September 2026", "On track"),
          ("Report compliance performance (gas, electrical, fire, water, asbestos and lifts) to the "
           "Housing Committee.", "Head of Housing Assets", "Monthly", "On track")]),
    ]
    row = 6
    refuse_row = None
    n_actions = 0
    for (ref, desc, owner, inh, ctrls, resid, rcol, dot, actions) in risks:
        first = row
        for (text, aowner, due, status) in actions:
            wrap(ws, f"H{row}", text)
            wrap(ws, f"I{row}", aowner)
            wrap(ws, f"J{row}", due)
            wrap(ws, f"K{row}", status)
            if due.startswith("Febuary"):
                refuse_row = row
            n_actions += 1
            row += 1
        last = row - 1
        for col, val, kw in [("A", ref, {"bold": True}), ("B", desc, {}), ("C", owner, {}),
                             ("D", inh, {}), ("E", ctrls, {}),
                             ("F", resid, {"fillhex": HEX[rcol], "bold": True}),
                             ("G", dot, {})]:
            wrap(ws, f"{col}{first}", val, **kw)
            if last > first:
                ws.merge_cells(f"{col}{first}:{col}{last}")
    row += 1
    ws[f"A{row}"] = ("Direction of travel: ↑ risk increased since Q2, ↓ risk reduced since Q2, "
                     "↔ no change.")
    ws[f"A{row}"].font = Font(italic=True, size=9)
    ws.freeze_panes = "A6"

    keyws["A1"] = "Risk scoring key (likelihood x impact)"
    keyws["A1"].font = Font(bold=True)
    for i, (band, rng, col) in enumerate([("High", "15 – 25", "red"), ("Medium", "8 – 12", "amber"),
                                          ("Low", "1 – 6", "green")], start=3):
        wrap(keyws, f"A{i}", band, bold=True, fillhex=HEX[col])
        wrap(keyws, f"B{i}", rng)
    keyws.column_dimensions["A"].width = 14
    keyws.column_dimensions["B"].width = 14
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a district council's quarterly strategic risk register reported to the Audit "
            "Committee (2025/26; cf. the West Oxfordshire, Reading and South Kesteven strategic "
            "risk registers, and Runnymede's non-statutory Best Value Notice response). Copies: "
            "title and meeting lines, one block per risk with the risk columns merged down beside "
            "its further actions, L x I scores, residual score cell filled by risk band, direction "
            "of travel arrows, action owner / due date / action status per action, a note line, "
            "and a scoring key sheet."),
        "reads": (
            "An Excel strategic risk register with four risks, each followed by further actions "
            "with owner, due date and status. The due date of the SR03 tabletop exercise action "
            "reads 'Febuary 2026', a mistyped month, so a careful reader stops there and asks "
            "before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": "Strategic Risk Register – Quarter 3 2025/26",
    })
    return name, n_actions, refuse_row


# ==================================================================== 6. Wrexham csv
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_wrexham():
    name = "fk2-wrexham-cbc-audit-wales-recommendations-tracker.csv"
    rep_wbo = "Setting of Well-being Objectives"
    rep_dig = "Digital Strategy Review"
    rep_upi = "Use of performance information: service user perspective and outcomes"
    rep_fin = "Financial Sustainability Review"
    r_wbo1 = ("The Council should strengthen how it involves a diverse range of people, including "
              "those with protected characteristics, when setting its well-being objectives.")
    r_wbo2 = ("The Council should set out how it will resource delivery of its well-being "
              "objectives in its Medium Term Financial Strategy.")
    r_dig1 = ("The Council should develop a digital strategy that sets out how digital will support "
              "delivery of its priorities and the resources needed.")
    r_dig2 = "The Council should put arrangements in place to monitor the benefits of its digital investments."
    r_upi1 = ("The Council should ensure that the performance information provided to senior leaders "
              "and members includes the perspective of service users.")
    r_fin1 = ("The Council should develop a longer-term financial plan that looks beyond the current "
              "three-year horizon.")
    r_fin2 = "The Council should strengthen its monitoring of savings delivery so that slippage is identified earlier."
    # report, issued, ref, rec, action, officer, target, revised, rag, update, lead, end
    rows = [
        (rep_wbo, "14/07/2023", "R1a", r_wbo1,
         "Develop an Involvement Framework setting out how communities, including seldom-heard "
         "groups, will be involved in setting and reviewing well-being objectives.",
         "Chief Officer Governance and Customer", "31/03/2024", "30/09/2024", "Blue",
         "Framework approved by Executive Board, 10 September 2024.",
         ["Chief Officer Governance and Customer"], "2024-09"),
        (rep_wbo, "14/07/2023", "R1b", r_wbo1,
         "Use the Citizens' Panel and Wrexham Youth Parliament in the 2025 review of the well-being "
         "objectives.",
         "Corporate Performance Manager", "31/03/2025", "", "Blue",
         "Both groups involved in the review; feedback included in the Council Plan report.",
         ["Corporate Performance Manager"], "2025-03"),
        (rep_wbo, "14/07/2023", "R2", r_wbo2,
         "Align the Medium Term Financial Strategy to the Council Plan priorities and show the "
         "resources allocated to each well-being objective.",
         "Chief Finance Officer", "31/03/2025", "31/03/2026", "Amber",
         "Partly done in the 2025/26 budget; full alignment planned for the 2026/27 budget round.",
         ["Chief Finance Officer"], "2026-03"),
        (rep_dig, "21/11/2023", "R1", r_dig1,
         "Develop and approve a Digital Strategy 2024-2028 with a resourcing plan.",
         "Chief Officer Governance and Customer", "31/10/2024", "", "Blue",
         "Digital Strategy approved by Executive Board in October 2024.",
         ["Chief Officer Governance and Customer"], "2024-10"),
        (rep_dig, "21/11/2023", "R2", r_dig2,
         "Introduce benefits tracking for all digital projects over £50,000, reported to the "
         "Digital Board.",
         "Head of ICT", "30/06/2025", "31/12/2025", "Red",
         "Benefits template drafted but not yet in use; revised date missed.",
         ["Head of ICT"], "2025-12"),
        (rep_upi, "06/03/2024", "R1a", r_upi1,
         "Include customer feedback and complaints data in the quarterly Council Plan performance "
         "report.\nAdd a 'what residents told us' section for each priority.",
         "Corporate Performance Manager", "30/09/2024", "", "Blue",
         "Included from the Q2 2024/25 report.",
         ["Corporate Performance Manager"], "2024-09"),
        (rep_upi, "06/03/2024", "R1b", r_upi1,
         "Train scrutiny members on using outcome and service user information, working with the "
         "WLGA.",
         "Democratic Services Manager", "31/03/2026", "", "Green",
         "Session booked for February 2026.",
         ["Democratic Services Manager"], "2026-03"),
        (rep_fin, "10/12/2024", "R1", r_fin1,
         "Extend the Medium Term Financial Plan to a five-year horizon with scenario modelling, "
         "reported to Executive Board each autumn.",
         "Chief Finance Officer", "Q4 2025/26", "", "Green",
         "Five-year model built; first report due with the 2026/27 budget.",
         ["Chief Finance Officer"], "2026-03"),
        (rep_fin, "10/12/2024", "R2", r_fin2,
         "Introduce monthly savings tracker reporting to the Corporate Management Team, with a RAG "
         "rating for each savings proposal.",
         "Chief Finance Officer; Head of Finance", "30/06/2025", "", "Blue",
         "Monthly tracker reported to CMT since May 2025.",
         ["Chief Finance Officer", "Head of Finance"], "2025-06"),
    ]
    hdr = ["Report", "Issued", "Ref", "Recommendation", "Management action", "Responsible officer",
           "Target date", "Revised target date", "RAG", "Progress update"]
    lines = ["Wrexham County Borough Council,,,,,,,,,",
             "Audit Wales Recommendations Tracker - position at 31 December 2025,,,,,,,,,",
             "Governance and Audit Committee 22 January 2026,,,,,,,,,",
             ",,,,,,,,,",
             ",".join(hdr)]
    expected = []
    for r in rows:
        rep, issued, ref, rec, action, officer, target, rev, rag, upd, lead, end = r
        lines.append(",".join(csv_field(v) for v in
                              [rep, issued, ref, rec, action, officer, target, rev, rag, upd]))
        expected.append(act(ref, [rep, rec], action, lead, end, rag.lower()))
    lines.append(",,,,,,,,,")
    lines.append("RAG: Blue = complete; Green = on track; Amber = some slippage; Red = off track,,,,,,,,,")
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": (
            "Imitates a Welsh principal council's tracker of Audit Wales recommendations as taken "
            "quarterly to its Governance and Audit Committee (2023-2025 local performance audit "
            "reports: setting of well-being objectives, digital strategy review, use of "
            "performance information, financial sustainability; cf. the Monmouthshire and "
            "Bridgend Audit Wales progress reports). Copies: CSV export with title lines padded by "
            "commas, one row per management action with the report name and recommendation "
            "repeated, day-first dates, a revised target date column, RAG words, a multi-line "
            "quoted action cell, and a RAG key note at the bottom."),
        "reads": (
            "A comma-separated export listing Audit Wales recommendations from four reports with "
            "the council's management actions, responsible officer, target and revised target "
            "dates, RAG and progress. Each row is one action, read under its report and "
            "recommendation; the revised date is the end where one is given. Nine actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Audit Wales Recommendations Tracker - position at 31 December 2025",
        "actions": expected,
    })
    return name, len(expected)


# ==================================================================== 7. Brighton & Hove txt
def make_brighton():
    name = "fk2-brighton-hove-cc-rsh-consumer-standards-housing-improvement-plan.txt"
    ws1 = "Workstream 1: Building safety and compliance (Safety and Quality Standard)"
    ws2 = "Workstream 2: Stock condition and decent homes"
    ws3 = "Workstream 3: Tenant voice and complaints (Transparency, Influence and Accountability Standard)"
    ws4 = "Workstream 4: Data and assurance"
    rag = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
    plan = [
        (ws1, [
            ("1.1", "Complete all overdue high-risk fire risk assessment actions in council blocks.",
             "Head of Housing Repairs & Maintenance", "Dec-25", "G",
             "312 of 368 overdue high-risk actions closed.",
             ["Head of Housing Repairs & Maintenance"], "2025-12", None),
            ("1.2", "Bring electrical installation condition reports (EICRs) up to date for all "
                    "council homes.",
             "Compliance Manager", "Mar-26", "A",
             "Access issues at 540 homes; legal access process started.",
             ["Compliance Manager"], "2026-03", None),
            ("1.3", "Carry out water hygiene (legionella) risk assessments for all communal water "
                    "systems.",
             "Compliance Manager", "Sep-25", "C", "All 214 assessments complete.",
             ["Compliance Manager"], "2025-09", None),
        ]),
        (ws2, [
            ("2.1", "Commission a 100% stock condition survey of council homes over three years.",
             "Head of Housing Investment", "Q4 2025/26", "G",
             "Contract awarded; 2,950 surveys done in year one.",
             ["Head of Housing Investment"], "2026-03", None),
            ("2.2", "Publish a damp and mould policy and reduce open damp and mould cases to under 100.\n"
                    "Report case numbers monthly to the Housing and New Homes Committee.",
             "Damp and Mould Team Manager", "31/01/2026", "G",
             "Policy published July 2025; 164 open cases at 31 October.",
             ["Damp and Mould Team Manager"], "2026-01", None),
        ]),
        (ws3, [
            ("3.1", "Collect and publish Tenant Satisfaction Measures for 2024/25.",
             "Housing Performance Manager", "Jun-25", "C", "Published on the council website in "
                                                         "June 2025.",
             ["Housing Performance Manager"], "2025-06", None),
            ("3.2", "Recruit tenants to a Tenant Scrutiny Panel and agree its first review topic.",
             "Tenant Engagement Manager", "Nov-25", "A",
             "Six of ten places filled; recruitment extended.",
             ["Tenant Engagement Manager"], "2025-11", None),
            ("3.3", "Review the complaints process against the Housing Ombudsman Complaint Handling "
                    "Code and report compliance to the Housing and New Homes Committee.",
             "Head of Housing Management / Customer Feedback Manager", "Apr-26", "G",
             "Self-assessment drafted.",
             ["Head of Housing Management", "Customer Feedback Manager"], "2026-04", None),
        ]),
        (ws4, [
            ("4.1", "Implement a compliance module in the housing management system so that all six "
                    "main compliance areas are recorded in one place.",
             "Housing Systems Manager", "Jul-26", "R",
             "Supplier has delayed the release; options paper to the Housing Leadership Team.",
             ["Housing Systems Manager"], "2026-07", None),
            ("4.2", "Provide a compliance assurance report to Cabinet and to the Regulator of Social "
                    "Housing.",
             "Corporate Director – Homes and Adult Social Care", "Quarterly", "G",
             "Q2 report sent to the Regulator on 24 October 2025.",
             ["Corporate Director – Homes and Adult Social Care"], None, "Quarterly"),
        ]),
    ]

    def tsv(cells):
        out = []
        for c in cells:
            c = "" if c is None else c
            if any(ch in c for ch in ['"', "\n", "\t"]):
                c = '"' + c.replace('"', '""') + '"'
            out.append(c)
        return "\t".join(out)

    title = "Brighton & Hove City Council – Housing Improvement Plan 2025-26"
    lines = [tsv([title, "", "", "", "", ""]),
             tsv(["Response to the Regulator of Social Housing regulatory judgement (C3) – progress "
                  "at 31 October 2025", "", "", "", "", ""]),
             tsv(["RAG key: C = Complete, G = On track, A = At risk, R = Off track", "", "", "", "",
                  ""]),
             tsv([""] * 6),
             tsv(["Ref", "Action", "Lead", "Target date", "RAG", "Update"])]
    expected = []
    for wsname, acts in plan:
        lines.append(tsv([wsname, "", "", "", "", ""]))
        for (ref, text, leadcell, date, r, upd, lead, end, end_text) in acts:
            lines.append(tsv([ref, text, leadcell, date, r, upd]))
            expected.append(act(ref, [wsname], text, lead, end, rag[r], end_text))
    lines.append(tsv([""] * 6))
    lines.append(tsv(["Notes: actions in Workstream 1 are also reported to the Building Safety "
                      "Regulator. Target dates are end of month.", "", "", "", "", ""]))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": (
            "Imitates a stock-holding council's housing improvement plan sent to the Regulator of "
            "Social Housing after a C3 consumer standards judgement (2024-2025 round of local "
            "authority judgements, e.g. those reported for Castle Point, North Yorkshire, Warwick "
            "and East Suffolk), saved from Excel as tab-delimited text. Copies: title, "
            "sub-title and RAG-key lines padded with tabs, workstream rows named after the "
            "consumer standards, numbered actions with lead, target date (mmm-yy, day-first, "
            "financial-year quarter, 'Quarterly'), one-letter RAG with C = Complete, a quoted "
            "two-line action cell, a job title containing '&', two posts split by '/', and a "
            "notes line."),
        "reads": (
            "A tab-separated housing improvement plan in four workstreams (building safety, stock "
            "condition, tenant voice, data and assurance); each row is a numbered action with "
            "lead, target date, RAG letter and update. The key line says C means Complete, read as "
            "blue. Ten actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    results = [make_redbridge(), make_north_lanarkshire(), make_tower_hamlets(),
               make_northumberland(), make_runnymede(), make_wrexham(), make_brighton()]
    for r in results:
        print(*r)
