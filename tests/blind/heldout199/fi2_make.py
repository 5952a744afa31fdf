"""Build the seven fi2- blind test files (set heldout199) and their expected readings.

Run with /work/main/.venv/bin/python fi2_make.py  (needs python-docx, openpyxl, pyyaml).
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions, refuse_at=None,
                   accept_refusal=False):
    d = {"source": source, "reads": reads, "outcome": outcome,
         "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome == "read":
        d["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for p in cell.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    for r in list(first.runs):
        r._element.getparent().remove(r._element)
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# =============================================================================
# 1. Sunderland City Council - ASC CQC assessment improvement plan (docx)
# =============================================================================
def sunderland():
    name = "fi2-sunderland-city-council-asc-cqc-assessment-improvement-plan.docx"
    title = "Sunderland City Council – Adult Social Care CQC Assessment Improvement Plan 2025/26"
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: How Sunderland City Council ensures safety within the system"
    T4 = "Theme 4: Leadership"
    afd = {
        "A": "Waiting times for Care Act assessments and occupational therapy assessments were longer than the local authority’s own targets, and people were not always kept informed while they waited.",
        "B": "Uptake of direct payments was below the England average and people told CQC the process was complicated.",
        "C": "Capacity in reablement did not always meet demand and there were limited respite and short breaks options for unpaid carers.",
        "D": "Recruitment and retention of care workers in the independent sector remained a challenge.",
        "E": "Transitions for young people moving from children’s to adults’ services were not consistently planned from age 14.",
        "F": "Safeguarding enquiries were not always concluded in a timely way and feedback to referrers was inconsistent.",
        "G": "Leaders should continue to strengthen how feedback from people and co-production inform improvement.",
    }
    # (theme, area key, ref, action, lead cell, lead list, date cell, end, end_text, status, update)
    rows = [
        (T1, "A", "1.1",
         "Introduce a ‘waiting well’ protocol so that everyone waiting for an assessment has a named contact and a documented risk review every four weeks.",
         "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"],
         "September 2025", "2025-09", None, "blue",
         "Protocol launched 1 September 2025. 94% of people waiting now have a named contact."),
        (T1, "A", "1.2",
         "Reduce the average wait for an occupational therapy assessment to under 28 days through the trusted assessor scheme and additional OT capacity at the front door.",
         "Principal Occupational Therapist", ["Principal Occupational Therapist"],
         "March 2026", "2026-03", None, "green",
         "Average wait 41 days (August), down from 63 days in April."),
        (T1, "B", "1.3",
         "Co-produce a simpler direct payments offer with people who draw on care and support, including:\n• plain-English guidance and a pre-paid card option;\n• peer support delivered by a local user-led organisation.",
         "Head of Strategic Commissioning / Direct Payments Team Manager",
         ["Head of Strategic Commissioning", "Direct Payments Team Manager"],
         "Q3 2025/26", "2025-12", None, "amber",
         "Co-production group meeting monthly. Pre-paid card procurement delayed to allow the provider market to respond."),
        (T2, "C", "2.1",
         "Recommission the home-based reablement service to increase capacity by 20% and reduce the number of people waiting in hospital for reablement.",
         "Head of Strategic Commissioning", ["Head of Strategic Commissioning"],
         "April 2026", "2026-04", None, "green",
         "Specification agreed with the ICB. Tender to be published October 2025."),
        (T2, "C", "2.2",
         "Develop a short breaks and respite strategy for unpaid carers with Sunderland Carers Centre and open six additional planned respite beds.",
         "Carers Lead; Commissioning Manager (Older People)",
         ["Carers Lead", "Commissioning Manager (Older People)"],
         "Jan 2026", "2026-01", None, "amber",
         "Strategy drafted. Only two of the six beds identified so far."),
        (T2, "D", "2.3",
         "Deliver the care sector workforce plan with providers, including a Sunderland care academy and a shared recruitment campaign.",
         "Workforce Development Manager", ["Workforce Development Manager"],
         "Ongoing", None, "Ongoing", "green",
         "Care academy first cohort of 18 learners started in July."),
        (T3, "E", "3.1",
         "Implement a Preparing for Adulthood transitions protocol jointly with Together for Children, with a shared tracker of all young people aged 14 and over who are likely to need adult care and support.",
         "Head of Service – Learning Disability and Transitions",
         ["Head of Service – Learning Disability and Transitions"],
         "December 2025", "2025-12", None, "green",
         "Protocol signed off by both DMTs. Tracker in test."),
        (T3, "F", "3.2",
         "Introduce weekly safeguarding performance clinics and a standard feedback letter to referrers at the end of each section 42 enquiry.",
         "Principal Social Worker / Safeguarding Adults Manager",
         ["Principal Social Worker", "Safeguarding Adults Manager"],
         "November 2025", "2025-11", None, "red",
         "Clinics started in June. Feedback letter delayed by changes to the case management system; escalated to the Improvement Board."),
        (T4, "G", "4.1",
         "Establish an Adult Social Care Experts by Experience Panel and report its recommendations to the ASC Improvement Board each quarter.",
         "Assistant Director of Adult Social Care", ["Assistant Director of Adult Social Care"],
         "June 2025", "2025-06", None, "blue",
         "Panel of 14 members met for the first time in June. First report to the Board in September."),
        (T4, "G", "4.2",
         "Refresh the ASC quality assurance framework, including monthly practice audits and an annual self-assessment against the CQC quality statements.",
         "Principal Social Worker", ["Principal Social Worker"],
         "31 March 2026", "2026-03", None, "green",
         "Audit tool revised. Monthly audits restarted in August."),
    ]

    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "CQC local authority assessment published 9 May 2025 – overall rating: Good "
        "(all nine quality statements scored 3). This plan sets out the actions we will take "
        "on the areas for development identified by CQC and through our own self-assessment. "
        "Progress is reported to the Adult Social Care Improvement Board every two months.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Version", "1.3"),
            ("Owner", "Executive Director of Health, Housing and Communities"),
            ("Approved by", "ASC Improvement Board, 16 July 2025"),
            ("Last updated", "1 October 2025"),
            ("Next review", "December 2025")]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)

    doc.add_heading("RAG status key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (c, word, meaning) in enumerate([
            (BLUE, "Blue", "Action complete"),
            (GREEN, "Green", "On track to deliver by the target date"),
            (AMBER, "Amber", "At risk – some slippage, mitigation in place"),
            (RED, "Red", "Off track – escalated to the ASC Improvement Board")]):
        set_cell(key.cell(i, 0), word, bold=True)
        shade(key.cell(i, 0), c)
        set_cell(key.cell(i, 1), meaning)

    doc.add_paragraph("")
    doc.add_heading("Improvement actions", level=2)
    heads = ["Ref", "Area for development", "Action", "Lead", "Target date", "RAG",
             "Progress update (September 2025)"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")

    actions = []
    cur_theme = None
    area_rows = {}  # area key -> list of row idx
    for (theme, ak, ref, act, lead_cell, lead, date_cell, end, end_text, status, upd) in rows:
        if theme != cur_theme:
            r = t.add_row()
            m = r.cells[0].merge(r.cells[-1])
            set_cell(m, theme, bold=True, size=10)
            shade(m, "C6D9F1")
            cur_theme = theme
        r = t.add_row()
        idx = len(t.rows) - 1
        area_rows.setdefault(ak, []).append(idx)
        c = r.cells
        set_cell(c[0], ref)
        set_cell(c[2], act)
        set_cell(c[3], lead_cell)
        set_cell(c[4], date_cell)
        set_cell(c[5], "")
        shade(c[5], FILL[status])
        set_cell(c[6], upd)
        actions.append(A(ref, [theme, afd[ak]], act, lead, end, status, end_text))
    for ak, idxs in area_rows.items():
        top = t.cell(idxs[0], 1)
        if len(idxs) > 1:
            top = top.merge(t.cell(idxs[-1], 1))
        set_cell(top, afd[ak])

    doc.add_paragraph("")
    doc.add_paragraph("Notes: Target dates are the end of the month shown unless a date is given. "
                      "Actions rated Red are reported by exception to the Health and Wellbeing Scrutiny Committee.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates the improvement plan an English council publishes after its CQC local authority "
                "assessment (Sunderland City Council was assessed Good on 9 May 2025, all nine quality "
                "statements scored 3; https://www.cqc.org.uk/care-services/local-authority-assessment-reports/sunderland-0525/summary). "
                "Copies: title heading and intro paragraph, a document control table, a RAG key table with "
                "shaded cells, one landscape action table with full-width merged theme rows (the four CQC "
                "assessment themes), the area for development merged down over its actions, job titles as "
                "leads (two posts split by '/' or ';'), mixed target dates (month, Q3 2025/26, Jan 2026, "
                "Ongoing, 31 March 2026), a RAG column that is fill colour only, a bulleted action cell, and "
                "a notes line."),
        reads=("A Word improvement plan with document control and RAG key tables, then one table of ten "
               "numbered actions (1.1–4.2) grouped under four CQC theme rows, each action answering the CQC "
               "area for development in the merged column beside it. Status is shown only by the shading of "
               "the RAG cell, read through the key (blue = complete)."),
        outcome="read", title=title, actions=actions)


# =============================================================================
# 2. Glasgow City Council - Best Value thematic (workforce innovation) improvement plan (docx)
# =============================================================================
def glasgow():
    name = "fi2-glasgow-city-council-best-value-workforce-innovation-improvement-plan.docx"
    title = "Glasgow City Council – Best Value Thematic Review: Workforce Innovation – Improvement Action Plan"
    recs = [
        ("Recommendation 1: Workforce planning",
         "The council should update its strategic workforce plan so that it sets out the workforce it needs over the next five years, the skills gaps it faces and how these will be addressed, linked to its financial plans.",
         [("1a", "Publish a refreshed Strategic Workforce Plan 2025–2030 aligned to the Medium Term Financial Outlook.",
           "Head of HR", ["Head of HR"], "31 March 2025", "2025-03", None, "B", "blue",
           "Approved by the City Administration Committee on 27 March 2025."),
          ("1b", "Require each service to produce an annual service workforce plan using the corporate template, identifying skills gaps and succession risks.",
           "Head of HR / Executive Directors", ["Head of HR", "Executive Directors"],
           "December 2025", "2025-12", None, "A", "amber",
           "Template issued. Plans received from four of seven services.")]),
        ("Recommendation 2: Digital and hybrid working",
         "The council should evaluate the impact of its hybrid working arrangements and digital tools on productivity, service quality and staff wellbeing, and use the results to inform future workforce decisions.",
         [("2a", "Carry out a staff survey and service-level evaluation of hybrid working and report the findings to the Corporate Management Team.",
           "Head of Organisational Development", ["Head of Organisational Development"],
           "September 2025", "2025-09", None, "B", "blue",
           "Survey closed June 2025 (4,812 responses). Findings reported to CMT on 10 September 2025."),
          ("2b", "Develop a digital skills programme for frontline staff, including Microsoft 365 training and access to devices for employees who are not desk-based.",
           "Chief Digital Officer", ["Chief Digital Officer"],
           "August 2026", "2026-08", None, "G", "green",
           "Pilot running in Neighbourhoods, Regeneration and Sustainability.")]),
        ("Recommendation 3: Collaboration with partners",
         "The council should work with its partners, including Glasgow City Health and Social Care Partnership, to identify opportunities for joint workforce planning, shared roles and collaborative recruitment.",
         [("3a", "Set up a joint workforce planning group with Glasgow City HSCP and report progress to the Community Planning Partnership Board.",
           "Head of HR; Chief Officer, Glasgow City HSCP", ["Head of HR", "Chief Officer, Glasgow City HSCP"],
           "Q4 2025/26", "2026-03", None, "G", "green",
           "Group established; terms of reference agreed in August 2025."),
          ("3b", "Run joint recruitment campaigns for hard-to-fill social care roles.",
           "Head of HR", ["Head of HR"], "Ongoing", None, "Ongoing", "G", "green",
           "Two joint campaigns run in 2025 (home care and occupational therapy).")]),
        ("Recommendation 4: Measuring impact",
         "The council should develop measures to monitor the impact of workforce innovation on outcomes and report these to elected members at least annually.",
         [("4a", "Add workforce innovation measures (including vacancy rates, agency spend, sickness absence and productivity) to the corporate performance management framework.",
           "Head of Performance and Improvement", ["Head of Performance and Improvement"],
           "October 2025", "2025-10", None, "A", "amber",
           "Measures agreed. First report moved to the February 2026 committee cycle."),
          ("4b", "Provide an annual workforce report to the Finance and Audit Scrutiny Committee.",
           "Head of HR", ["Head of HR"], "February 2026", "2026-02", None, "", "unrated",
           "Not yet due.")]),
    ]

    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Appendix 1")
    r.bold = True
    doc.add_heading(title, level=1)
    doc.add_paragraph("Finance and Audit Scrutiny Committee – 26 November 2025")
    doc.add_paragraph(
        "The Controller of Audit reported on the council’s response to the Accounts Commission’s Best "
        "Value thematic work on workforce innovation in the 2023/24 Annual Audit Report. The four "
        "recommendations are set out below with the actions agreed by the Corporate Management Team "
        "and progress at October 2025.")

    heads = ["Ref", "Agreed action", "Responsible officer", "Target date", "Progress at October 2025", "Status"]
    widths = [Cm(1.2), Cm(8.5), Cm(4.0), Cm(2.8), Cm(7.0), Cm(1.6)]
    actions = []
    for rec_head, rec_text, acts in recs:
        doc.add_heading(rec_head, level=2)
        rp = doc.add_paragraph()
        rr = rp.add_run(rec_text)
        rr.italic = True
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "DCE6F1")
        for ref, act, lead_cell, lead, date_cell, end, end_text, letter, status, prog in acts:
            c = t.add_row().cells
            set_cell(c[0], ref)
            set_cell(c[1], act)
            set_cell(c[2], lead_cell)
            set_cell(c[3], date_cell)
            set_cell(c[4], prog)
            set_cell(c[5], letter, bold=True)
            actions.append(A(ref, [rec_head, rec_text], act, lead, end, status, end_text))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph("")

    doc.add_paragraph("Status: B – complete; G – on track; A – some slippage; "
                      "R – significant slippage or not deliverable.")
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=4, cols=2)
    g.style = "Table Grid"
    for i, (k, v) in enumerate([("CMT", "Corporate Management Team"),
                                 ("HSCP", "Health and Social Care Partnership"),
                                 ("MTFO", "Medium Term Financial Outlook"),
                                 ("OD", "Organisational Development")]):
        set_cell(g.cell(i, 0), k, bold=True)
        set_cell(g.cell(i, 1), v)
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a Scottish council's improvement action plan responding to the Accounts Commission's "
                "Best Value thematic work (2023/24 theme: workforce innovation) as reported by the external "
                "auditor in the Annual Audit Report, taken to a scrutiny committee as an appendix. Glasgow City "
                "Council's earlier Best Value Assurance Report (Audit Scotland, August 2018) was seen. Copies: "
                "'Appendix 1' line, title heading, committee line and intro paragraph, then one section per "
                "recommendation (heading, the recommendation in italics, a small table of lettered actions "
                "1a/1b with responsible officer, target date, progress and a B/G/A/R status letter), a status "
                "key line after the tables and a glossary table."),
        reads=("A Word appendix with four recommendation sections, each a heading, the auditor's recommendation "
               "in italics and a table of two agreed actions. Eight actions in all; the status letters are read "
               "through the key line at the end (B = complete), and one not-yet-due action has no status."),
        outcome="read", title=title, actions=actions)


# =============================================================================
# 3. Neath Port Talbot CBC - Audit Wales recommendations tracker (xlsx)
# =============================================================================
def npt():
    name = "fi2-neath-port-talbot-cbc-audit-wales-recommendations-tracker.xlsx"
    title = "Neath Port Talbot Council – Audit Wales Recommendations Tracker (November 2025 update)"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)

    def D(y, m, d):
        return dt.datetime(y, m, d)

    B1 = "Springing Forward – Strategic Workforce Management (issued January 2024)"
    B2 = "Financial Sustainability Review (issued September 2024)"
    B3 = "Springing Forward – Strategic Management of Assets (issued January 2025)"
    # band, rec ref, rec text, [(action, lead cell, lead list, orig, revised, end, prev, cur, update)]
    data = [
        (B1, [
            ("R1", "The Council should develop a strategic workforce plan that sets out the workforce it will need over the medium to long term and how it will address skills gaps and recruitment and retention difficulties.",
             [("Develop and approve a Strategic Workforce Plan 2024–2027 linked to the Corporate Plan and Medium Term Financial Plan.",
               "Head of People and Organisational Development", ["Head of People and Organisational Development"],
               D(2024, 9, 30), D(2025, 3, 31), "2025-03", "blue", "blue",
               "Plan approved by Personnel Committee on 20 March 2025. Recommend closure.")]),
            ("R2", "The Council should improve the workforce information it reports to members so that they can assess the impact of workforce actions on service delivery.",
             [("Introduce a quarterly workforce dashboard for Cabinet Board covering turnover, vacancies, sickness absence and agency use.",
               "Head of People and Organisational Development / Business Intelligence Manager",
               ["Head of People and Organisational Development", "Business Intelligence Manager"],
               D(2024, 12, 31), None, "2024-12", "amber", "blue",
               "First dashboard reported to Cabinet Board in July 2025; now quarterly."),
              ("Include workforce measures in the annual Corporate Self-Assessment.",
               "Corporate Strategy and Performance Manager", ["Corporate Strategy and Performance Manager"],
               D(2025, 6, 30), D(2026, 1, 31), "2026-01", "amber", "amber",
               "Measures drafted; will be included in the 2024/25 self-assessment going to Council in January 2026.")]),
        ]),
        (B2, [
            ("R1", "The Council should set out how it will close its medium-term funding gap, identifying the savings and income proposals needed in each year of the plan.",
             [("Produce a three-year savings and income delivery plan as part of the 2025/26 budget setting process, with each proposal assigned to an accountable director.",
               "Chief Finance Officer", ["Chief Finance Officer"],
               D(2025, 2, 28), None, "2025-02", "blue", "blue",
               "Delivery plan approved with the budget by Council on 5 March 2025.")]),
            ("R2", "The Council should strengthen its reporting of reserves to members, including the planned use of earmarked reserves and the minimum level of general reserves.",
             [("Revise the reserves policy and include an earmarked reserves schedule in the quarterly revenue monitoring report to Cabinet.",
               "Chief Finance Officer; Head of Financial Services", ["Chief Finance Officer", "Head of Financial Services"],
               D(2025, 7, 31), D(2025, 12, 31), "2025-12", "green", "green",
               "Earmarked reserves schedule included from Quarter 2. Revised policy to Cabinet in December.")]),
        ]),
        (B3, [
            ("R1", "The Council should set out a clear vision and strategy for its assets that reflects its longer-term ambitions and the condition and cost of its estate.",
             [("Prepare a Strategic Asset Management Plan 2026–2031 for approval by Cabinet.",
               "Head of Property and Regeneration", ["Head of Property and Regeneration"],
               D(2026, 3, 31), None, "2026-03", "green", "amber",
               "Condition surveys of the civic estate running behind programme; draft plan expected February 2026.")]),
            ("R2", "The Council should put in place timely and comprehensive monitoring of the performance of its assets and report this to members.",
             [("Develop asset performance indicators (condition, utilisation, running costs and carbon) and report them annually to the Regeneration and Sustainable Development Scrutiny Committee.",
               "Estates Manager", ["Estates Manager"],
               D(2026, 9, 30), None, "2026-09", "green", "red",
               "Work paused pending recruitment to the Asset Data Officer post.")]),
        ]),
    ]

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = "Neath Port Talbot Council"
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A2"] = "Audit Wales recommendations – summary of progress"
    ws0["A2"].font = Font(bold=True, size=12)
    ws0["A3"] = "Governance and Audit Committee – 2 December 2025"
    hdr = ["Audit Wales report", "Actions", "Complete", "On track", "At risk", "Off track"]
    for i, h in enumerate(hdr, 1):
        c = ws0.cell(5, i, h)
        c.font = bold
        c.border = border
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    summ = [(B1, 3, 2, 0, 1, 0), (B2, 2, 1, 1, 0, 0), (B3, 2, 0, 0, 1, 1)]
    for r, row in enumerate(summ, 6):
        for i, v in enumerate(row, 1):
            c = ws0.cell(r, i, v)
            c.border = border
    tr = 6 + len(summ)
    ws0.cell(tr, 1, "Total").font = bold
    for i in range(2, 7):
        col = "ABCDEF"[i - 1]
        c = ws0.cell(tr, i, f"=SUM({col}6:{col}{tr - 1})")
        c.font = bold
        c.border = border
    ws0.cell(tr + 2, 1, "RAG key").font = bold
    for j, (colour, text) in enumerate([(BLUE, "Complete – recommend closure"),
                                         (GREEN, "On track to meet the target date"),
                                         (AMBER, "At risk of missing the target date"),
                                         (RED, "Off track / target date missed")]):
        ws0.cell(tr + 3 + j, 1).fill = PatternFill("solid", fgColor=colour)
        ws0.cell(tr + 3 + j, 2, text)
    ws0.column_dimensions["A"].width = 70
    for col in "BCDEF":
        ws0.column_dimensions[col].width = 11

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status shown by fill colour – see key on Summary sheet. Revised target dates agreed with Audit Wales."
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Recommendation", "Agreed action", "Responsible officer", "Original target date",
             "Revised target date", "Progress update (November 2025)", "RAG Jun-25", "RAG Nov-25"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = bold
        c.alignment = wrap
        c.border = border
        c.fill = PatternFill("solid", fgColor="BDD7EE")
    widths = [7, 45, 50, 28, 13, 13, 45, 9, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions["ABCDEFGHI"[i - 1]].width = w

    actions = []
    r = 5
    for band, recs in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, band)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        r += 1
        for ref, rec, acts in recs:
            first = r
            for (act, lead_cell, lead, orig, rev, end, prev, cur, upd) in acts:
                vals = [None, None, act, lead_cell, orig, rev, upd, None, None]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = wrap
                    c.border = border
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 8).fill = PatternFill("solid", fgColor=FILL[prev])
                ws.cell(r, 9).fill = PatternFill("solid", fgColor=FILL[cur])
                actions.append(A(ref, [band, rec], act, lead, end, cur))
                r += 1
            ws.cell(first, 1, ref)
            ws.cell(first, 2, rec)
            for col in (1, 2):
                ws.cell(first, col).alignment = wrap
                ws.cell(first, col).border = border
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates the Audit Wales recommendations tracker a Welsh council takes to its Governance and "
                "Audit Committee (Neath Port Talbot's committee received the Audit Wales 'Springing Forward' "
                "strategic workforce management and strategic management of assets reports and the financial "
                "sustainability reports in 2024–25; https://democracy.npt.gov.uk/ieListDocuments.aspx?CId=480&MId=11184&Ver=4). "
                "Copies: a Summary sheet with a counts-by-status table, a SUM totals row and a fill-colour RAG "
                "key; a Tracker sheet with a title and notes line, full-width merged band rows per Audit Wales "
                "report, recommendation ref and text merged down over two actions, original and revised target "
                "dates as date cells, and previous (Jun-25) and current (Nov-25) RAG columns shown only by fill colour."),
        reads=("An Excel tracker: the Summary sheet is a totals block and key, not actions. The Tracker sheet lists "
               "seven agreed actions under three Audit Wales report bands, each answering the recommendation "
               "beside it (R2 of the workforce report has two actions). The end is the revised target date where "
               "there is one, and the status is the Nov-25 fill colour read through the key (blue = complete)."),
        outcome="read", title=title, actions=actions)


# =============================================================================
# 4. Sefton Council - corporate risk register Q3 2024/25 (xlsx)
# =============================================================================
def sefton():
    name = "fi2-sefton-council-corporate-risk-register-q3-2024-25.xlsx"
    title = "Corporate Risk Register – Quarter 3 2024/25"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)

    def score_fill(n):
        return PatternFill("solid", fgColor=("FF0000" if n >= 15 else "FFC000" if n >= 8 else "92D050"))

    # risk cell, description, owner, inherent (L,I), controls, residual (L,I), dot, actions
    # action: (text, owner cell, owner list, date value, end, end_text, letter, status)
    risks = [
        ("CR1 – Financial sustainability",
         "Failure to set and deliver a balanced budget over the Medium Term Financial Plan period because of demand pressures in social care and SEND, leading to the depletion of reserves.",
         "Executive Director of Corporate Resources and Customer Services", (5, 5),
         "Budget monitoring reported monthly to SLB and quarterly to Cabinet; savings tracker; reserves strategy.",
         (4, 5), "↔",
         [("Deliver the 2025/26 budget savings programme, with monthly tracking of delivery at Strategic Leadership Board.",
           "Executive Director of Corporate Resources and Customer Services",
           ["Executive Director of Corporate Resources and Customer Services"],
           dt.datetime(2026, 3, 31), "2026-03", None, "G", "green"),
          ("Refresh the Medium Term Financial Plan to 2028/29, including updated SEND and social care demand modelling.",
           "Assistant Director of Corporate Resources (Finance and ICT)",
           ["Assistant Director of Corporate Resources (Finance and ICT)"],
           "Feb-25", "2025-02", None, "C", "blue")]),
        ("CR2 – Adult social care market sustainability",
         "Providers of residential, nursing and home care are unable to sustain services at current fee levels, leading to provider failure and unmet need.",
         "Executive Director of Adult Social Care and Health", (4, 5),
         "Provider quality and finance monitoring; market position statement; provider forums.",
         (4, 4), "↑",
         [("Complete the 2025/26 fee uplift negotiations with residential and nursing care providers.",
           "Executive Director of Adult Social Care and Health", ["Executive Director of Adult Social Care and Health"],
           "Mar-25", "2025-03", None, "A", "amber"),
          ("Implement the Market Position Statement action plan, including new extra care housing capacity in the south of the borough.",
           "Head of Commissioning Support and Business Development",
           ["Head of Commissioning Support and Business Development"],
           "Dec-25", "2025-12", None, "G", "green")]),
        ("CR3 – Cyber security",
         "A successful cyber attack causes loss of systems and data, disruption to services and financial and reputational harm.",
         "Chief Technology Officer", (4, 5),
         "Firewalls and endpoint protection; staff e-learning; backups held off site; Cyber Essentials Plus.",
         (3, 5), "↓",
         [("Complete the migration of the remaining on-premise servers to the cloud hosting environment.",
           "Chief Technology Officer", ["Chief Technology Officer"],
           "June 2025", "2025-06", None, "G", "green"),
          ("Run a cyber incident exercise with Strategic Leadership Board and update the ICT disaster recovery plan.",
           "Chief Technology Officer / Emergency Planning Manager",
           ["Chief Technology Officer", "Emergency Planning Manager"],
           dt.datetime(2025, 1, 31), "2025-01", None, "C", "blue"),
          ("Renew Public Services Network (PSN) compliance certification.",
           "Chief Technology Officer", ["Chief Technology Officer"],
           "TBC", None, "TBC", "R", "red")]),
        ("CR4 – High needs block deficit",
         "Demand for specialist SEND provision continues to exceed the high needs funding available, increasing the Dedicated Schools Grant deficit.",
         "Executive Director of Children’s Social Care and Education", (5, 4),
         "High needs recovery plan; DfE Delivering Better Value programme; monthly placement panel.",
         (5, 4), "↔",
         [("Deliver the Delivering Better Value management plan to reduce the growth in the Dedicated Schools Grant deficit.",
           "Executive Director of Children’s Social Care and Education",
           ["Executive Director of Children’s Social Care and Education"],
           "Ongoing", None, "Ongoing", "A", "amber"),
          ("Open 60 additional resourced provision places in mainstream schools.",
           "Assistant Director of Education", ["Assistant Director of Education"],
           "September 2025", "2025-09", None, "G", "green")]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2024-25"
    ws["A1"] = "Sefton Metropolitan Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Audit and Governance Committee – 12 March 2025"
    heads = ["Risk", "Risk description", "Risk owner", "Inherent risk (L x I)", "Key controls in place",
             "Residual risk (L x I)", "Direction of travel", "Further mitigating actions",
             "Action owner", "Target date", "Action status"]
    HR = 5
    for i, h in enumerate(heads, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
        c.alignment = wrap
        c.border = border
    for i, w in enumerate([26, 40, 26, 10, 38, 10, 9, 48, 30, 12, 9], 1):
        ws.column_dimensions[chr(64 + i)].width = w

    actions = []
    r = HR + 1
    for (risk, desc, owner, inh, ctrl, res, dot, acts) in risks:
        first = r
        for (text, ocell, olist, date, end, end_text, letter, status) in acts:
            for i, v in enumerate([text, ocell, date, letter], 8):
                c = ws.cell(r, i, v)
                c.alignment = wrap
                c.border = border
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            actions.append(A(None, [risk], text, olist, end, status, end_text))
            r += 1
        last = r - 1
        inh_s, res_s = inh[0] * inh[1], res[0] * res[1]
        vals = [risk, desc, owner, f"{inh[0]} x {inh[1]} = {inh_s}", ctrl, f"{res[0]} x {res[1]} = {res_s}", dot]
        for i, v in enumerate(vals, 1):
            c = ws.cell(first, i, v)
            c.alignment = wrap
            c.border = border
            if last > first:
                ws.merge_cells(start_row=first, start_column=i, end_row=last, end_column=i)
        ws.cell(first, 1).font = bold
        ws.cell(first, 4).fill = score_fill(inh_s)
        ws.cell(first, 6).fill = score_fill(res_s)
    r += 1
    ws.cell(r, 1, "Risk scoring: Likelihood (1–5) x Impact (1–5). 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green).").font = Font(italic=True)
    ws.cell(r + 1, 1, "Action status: C = complete; G = on track; A = minor slippage; R = significant slippage / not started.").font = Font(italic=True)
    ws.cell(r + 2, 1, "Direction of travel: ↑ risk increasing; ↔ no change; ↓ risk reducing (since Quarter 2).").font = Font(italic=True)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates an English metropolitan council's corporate risk register appendix to its Audit and "
                "Governance Committee (Sefton's committee receives a quarterly Corporate Risk Register update; "
                "https://modgov.sefton.gov.uk/ieIssueDetails.aspx?IId=74349&Opt=3&PlanId=0). Copies: three title "
                "lines, a landscape register with risk ref-and-title, description, owner, inherent and residual "
                "L x I scores coloured by band, controls and direction-of-travel arrows, the risk cells merged "
                "down over that risk's further mitigating actions, an action owner, target date (date cells, "
                "Mon-yy text, June 2025, TBC, Ongoing) and a C/G/A/R action status letter, with scoring, status "
                "and direction-of-travel keys under the table."),
        reads=("An Excel risk register of four corporate risks; the actions are the nine further mitigating "
               "actions, each read under its risk (the merged 'CR1 – ...' cell) with no action numbers. The "
               "status is the action status letter read through the key under the table (C = complete); the "
               "red/amber/green fills belong to the risk scores, not the actions."),
        outcome="read", title=title, actions=actions)


# =============================================================================
# 5. Leeds City Council (Housing Leeds) - RSH consumer standards improvement plan (csv)
# =============================================================================
def leeds():
    name = "fi2-leeds-city-council-rsh-consumer-standards-improvement-plan.csv"
    title = "Housing Leeds – Consumer Standards Improvement Plan"
    SQ = "Safety and Quality Standard"
    TIA = "Transparency, Influence and Accountability Standard"
    NC = "Neighbourhood and Community Standard"
    o1 = "Accurate, up-to-date stock condition data for every home"
    o2 = "All statutory compliance checks completed on time (gas, electrical, fire, water, asbestos, lifts)"
    o3 = "Damp and mould reported by tenants is put right within published timescales"
    o4 = "Tenants can influence decisions and hold the council to account"
    o5 = "Tenants feel safe in their homes and neighbourhoods"
    rows = [
        (SQ, "SQ1", o1,
         "Complete stock condition surveys of all council homes by the end of 2025/26, prioritising homes not surveyed in the last five years.",
         "Head of Asset Management", ["Head of Asset Management"], "31/03/2026", "2026-03", None, "Green", "green",
         "78% of homes surveyed (43,600) at the end of October."),
        (SQ, "SQ2", o1,
         "Procure and implement a new asset management system and migrate stock condition data into it.",
         "Head of Asset Management / Head of Housing Digital", ["Head of Asset Management", "Head of Housing Digital"],
         "30/06/2026", "2026-06", None, "Amber", "amber",
         "Contract award delayed by four weeks after clarification questions from bidders."),
        (SQ, "SQ3", o2,
         "Bring all overdue electrical installation condition reports (EICRs) into date.",
         "Building Safety Manager", ["Building Safety Manager"], "31/12/2025", "2025-12", None, "Amber", "amber",
         "312 overdue EICRs remaining; additional contractor mobilised on 3 November."),
        (SQ, "SQ4", o2,
         "Report compliance performance for the ‘big six’ to Executive Board every quarter.",
         "Chief Officer Housing", ["Chief Officer Housing"], "Quarterly", None, "Quarterly", "Green", "green",
         "Q2 report taken to Executive Board on 22 October."),
        (SQ, "SQ5", o3,
         "Review the damp and mould policy in line with Awaab’s Law.\nTrain all frontline staff and contractors to identify and report damp and mould.",
         "Head of Property Management", ["Head of Property Management"], "Oct-25", "2025-10", None, "Complete", "blue",
         "Policy approved September; 1,140 staff and contractor operatives trained."),
        (TIA, "TIA1", o4,
         "Refresh the tenant engagement framework with tenants and launch a new Tenant Voice Panel.",
         "Tenant Engagement Manager", ["Tenant Engagement Manager"], "30/09/2025", "2025-09", None, "Complete", "blue",
         "Tenant Voice Panel launched 18 September with 32 members."),
        (TIA, "TIA2", o4,
         "Publish Tenant Satisfaction Measures and complaints performance on the Housing Leeds website every quarter.",
         "Head of Housing Performance", ["Head of Housing Performance"], "Ongoing", None, "Ongoing", "Green", "green",
         "Q2 figures published 7 November."),
        (NC, "NC1", o5,
         "Review the anti-social behaviour policy and publish new service standards for ASB case handling.",
         "Head of Housing Management; Leeds Anti-Social Behaviour Team Manager",
         ["Head of Housing Management", "Leeds Anti-Social Behaviour Team Manager"],
         "March 2026", "2026-03", None, "Red", "red",
         "Policy review paused pending national guidance; revised date to be agreed at Tenant Scrutiny Board."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    w.writerow([title] + [""] * (n - 1))
    w.writerow(["Progress update for Tenant Scrutiny Board – November 2025"] + [""] * (n - 1))
    w.writerow(["RAG: Complete = delivered; Green = on track; Amber = at risk of missing target date; Red = off track"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Standard", "Ref", "Required outcome", "Action", "Lead officer", "Target date", "RAG", "Progress"])
    actions = []
    for (std, ref, outc, act, lead_cell, lead, date, end, end_text, rag, status, prog) in rows:
        w.writerow([std, ref, outc, act, lead_cell, date, rag, prog])
        actions.append(A(ref, [std, outc], act, lead, end, status, end_text))
    w.writerow([""] * n)
    w.writerow(["Tenancy Standard – no actions required (assured at inspection)."] + [""] * (n - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(
        name,
        source=("Imitates the consumer standards improvement plan a stock-holding council publishes after a "
                "Regulator of Social Housing inspection (Leeds City Council's landlord service, Housing Leeds, "
                "reports against the four consumer standards: https://www.leeds.gov.uk/housing/council-housing-information-for-tenants/social-housing-regulation; "
                "layout after North Yorkshire's and Leicester's C3 improvement plans reported to committee in 2025). "
                "Copies an Excel 'Save as CSV' export: title, subtitle and RAG key lines padded with commas, a "
                "blank line, a header row, the standard and required outcome repeated on every row, refs SQ1–NC1, "
                "day-first dates, 'Oct-25', 'Quarterly', 'Ongoing', two posts split by '/' or ';', one quoted "
                "action with an inner line break, and a closing note line."),
        reads=("A CSV export of eight actions, each under its consumer standard and the required outcome it "
               "serves. RAG words are read as the key line says (Complete = delivered, i.e. blue). The last line "
               "notes that the Tenancy Standard needs no actions and is not an action."),
        outcome="read", title=title, actions=actions)


# =============================================================================
# 6. Eastleigh Borough Council - internal audit recommendations tracker (txt, tab-separated)
# =============================================================================
def eastleigh():
    name = "fi2-eastleigh-bc-internal-audit-recommendations-tracker.txt"
    title = "Internal Audit – Outstanding Management Actions (follow-up position at 31 October 2025)"
    CY = "Cyber Security 2024/25"
    CM = "Contract Management 2024/25"
    DF = "Disabled Facilities Grants 2024/25"
    PY = "Payroll 2025/26"
    rows = [
        (CY, "Limited", "1", "High",
         "Multi-factor authentication was not enabled for all remote access accounts.",
         "Enable multi-factor authentication for all remaining remote access and privileged accounts and remove dormant accounts.",
         "Head of IT", ["Head of IT"], "31/03/2025", "30/09/2025", "2025-09", "B", "blue",
         "MFA enforced for all accounts on 22/09/2025. Verified by SIAP."),
        (CY, "Limited", "2", "Medium",
         "The IT disaster recovery plan had not been tested since 2021.",
         "Test the IT disaster recovery plan and report the results to the Corporate Management Team.",
         "Head of IT", ["Head of IT"], "30/06/2025", "31/01/2026", "2026-01", "A", "amber",
         "Test scheduled for December 2025 following the data centre move."),
        (CM, "Reasonable", "1", "Medium",
         "The contracts register was incomplete; 14 contracts over £25k were not recorded.",
         "Reconcile the contracts register to creditor payments and publish the updated register.",
         "Procurement Manager", ["Procurement Manager"], "30/04/2025", "", "2025-04", "B", "blue",
         "Register reconciled and republished May 2025."),
        (CM, "Reasonable", "2", "Low",
         "Contract management meetings were not minuted for two of the five contracts sampled.",
         "Issue contract management guidance and a standard meeting template to all contract managers.",
         "Procurement Manager / Legal Services Manager", ["Procurement Manager", "Legal Services Manager"],
         "30/06/2025", "", "2025-06", "R", "red",
         "No update received."),
        (DF, "Limited", "1", "High",
         "Applications were not always prioritised in line with the Housing Assistance Policy and waiting times were not monitored.",
         "Introduce a prioritisation matrix and a monthly waiting list report for DFG applications.",
         "Private Sector Housing Manager", ["Private Sector Housing Manager"], "31/07/2025", "", "2025-07", "B", "blue",
         "Matrix in use from July; waiting list reported monthly to the Head of Housing."),
        (DF, "Limited", "2", "Medium",
         "Final inspections and completion certificates were missing for 3 of 20 grants sampled.",
         "Ensure a final inspection and a signed completion certificate are held before the final payment is released.",
         "Private Sector Housing Manager", ["Private Sector Housing Manager"], "31/08/2025", "31/12/2025", "2025-12", "A", "amber",
         "Checklist added to the payment process; retrospective check of 2024/25 grants under way."),
        (PY, "Reasonable", "1", "Medium",
         "Overtime claims were paid without evidence of line manager authorisation in 4 of 25 cases.",
         "Configure the HR and payroll system so that overtime claims cannot be processed without electronic approval by the line manager.",
         "HR & Payroll Manager", ["HR & Payroll Manager"], "31/12/2025", "", "2025-12", "G", "green",
         "System change in testing."),
        (PY, "Reasonable", "2", "Low",
         "Starter and leaver checklists were not retained.",
         "Retain completed starter and leaver checklists on the employee e-file.",
         "HR & Payroll Manager", ["HR & Payroll Manager"], "31/03/2026", "", "2026-03", "G", "green",
         ""),
    ]
    lines = [
        "Eastleigh Borough Council",
        title,
        "Audit and Governance Committee – 27 November 2025",
        "RAG: B = implemented; G = in progress, within agreed date; A = revised date agreed; R = overdue / no update",
        "",
        "\t".join(["Audit", "Assurance opinion", "Rec", "Priority", "Observation", "Management action",
                   "Responsible officer", "Agreed date", "Revised date", "RAG", "Latest update"]),
    ]
    actions = []
    for (aud, op, rec, pri, obs, act, lead_cell, lead, agreed, rev, end, rag, status, upd) in rows:
        lines.append("\t".join([aud, op, rec, pri, obs, act, lead_cell, agreed, rev, rag, upd]))
        actions.append(A(rec, [aud, obs], act, lead, end, status))
    lines += ["", "Source: Southern Internal Audit Partnership follow-up, October 2025. Actions closed since the last report are not shown."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source=("Imitates the outstanding internal audit management actions report a Hampshire district council "
                "(audited by the Southern Internal Audit Partnership) takes to its Audit and Governance Committee, "
                "here as a tab-separated text export from the audit tracking system. Copies: four heading lines "
                "(council, report title, committee, RAG key), a header row, one row per management action with the "
                "audit name and assurance opinion repeated, rec number and priority, the auditor's observation, "
                "responsible officer (one row with two posts split by '/', one job title containing '&'), agreed "
                "and revised day-first dates, a B/G/A/R letter and latest update, then a source note line."),
        reads=("A tab-separated tracker of eight management actions from four audits, each read under its audit "
               "and the observation it answers, numbered 1 and 2 within each audit. The end is the revised date "
               "when one is given, otherwise the agreed date; the RAG letters are read through the key line "
               "(B = implemented, i.e. blue)."),
        outcome="read", title=title, actions=actions)


# =============================================================================
# 7. Birmingham City Council - IRP highlight report milestones (xlsx) - typo month, refuse
# =============================================================================
def birmingham():
    name = "fi2-birmingham-city-council-improvement-recovery-plan-highlight-report-typo-month-refuse.xlsx"
    title = "Birmingham City Council – Improvement and Recovery Plan (IRP)"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    RAGF = {"C": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    W1 = "Workstream 1 – Financial Recovery"
    W2 = "Workstream 2 – Governance and Culture"
    W3 = "Workstream 3 – Service Improvement"
    data = [
        (W1, [
            ("1.01", "Deliver the 2025/26 savings programme with monthly assurance to the Budget Recovery Board.",
             "Director of Finance (s151)", dt.datetime(2026, 3, 31), "March 2026", "A", "A",
             "£97m of £149m savings delivered or on track; mitigations for the remainder to Cabinet in December."),
            ("1.02", "Complete the audit of the 2020/21 to 2022/23 statements of accounts.",
             "Director of Finance (s151)", dt.datetime(2025, 9, 30), "December 2025", "A", "R",
             "Backstop timetable agreed with the external auditor; closure now forecast December."),
            ("1.03", "Implement the Oracle Fusion recovery plan for the finance and HR modules.",
             "Chief Information Officer", dt.datetime(2026, 4, 30), "April 2026", "G", "G",
             "Bank reconciliation module re-implemented on schedule."),
        ]),
        (W2, [
            ("2.01", "Approve a new Constitution and scheme of delegation.",
             "City Solicitor and Monitoring Officer", dt.datetime(2025, 7, 31), "July 2025", "G", "C",
             "Approved by full Council on 8 July 2025."),
            ("2.02", "Launch the organisational culture change programme with all staff, including a new behaviours framework.",
             "Director of People Services", dt.datetime(2025, 11, 30), "Janaury 2026", "G", "A",
             "Launch moved to align with the new Chief Executive’s staff roadshows."),
            ("2.03", "Refresh the member development programme, including mandatory finance training for all councillors.",
             "Head of Democratic Services", dt.datetime(2025, 9, 30), "September 2025", "G", "C",
             "94 of 101 councillors completed finance training."),
        ]),
        (W3, [
            ("3.01", "Deliver the waste collection service improvement plan, including route optimisation and fleet replacement.",
             "Director of City Operations", dt.datetime(2026, 3, 31), "March 2026", "A", "A",
             "New routes live in four of ten districts; 38 replacement vehicles delivered."),
            ("3.02", "Reduce the number of households in bed and breakfast accommodation to fewer than 500.",
             "Director of Housing", dt.datetime(2026, 3, 31), "March 2026", "R", "A",
             "B&B placements at 612 (September), down from 840 in April."),
            ("3.03", "Complete the re-procurement of home to school transport for children with SEND.",
             "Director of Children and Families", dt.datetime(2025, 8, 31), "August 2025", "A", "C",
             "New contracts in place for September 2025 term."),
        ]),
    ]

    wb = Workbook()
    d = wb.active
    d.title = "Dashboard"
    d["A1"] = title
    d["A1"].font = Font(bold=True, size=14)
    d["A2"] = "Highlight Report – Period 7 (October 2025)"
    d["A2"].font = Font(bold=True, size=12)
    d["A3"] = "Prepared for the Corporate Leadership Team and the Commissioners’ Board"
    for i, h in enumerate(["Workstream", "Senior Responsible Officer", "Overall RAG", "Milestones", "Complete",
                           "Next period focus"], 1):
        c = d.cell(5, i, h)
        c.font = Font(bold=True)
        c.border = border
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    dash = [(W1, "Director of Finance (s151)", "A", 3, 0, "Accounts closure; in-year savings mitigations"),
            (W2, "Chief Executive", "G", 3, 2, "Culture programme launch"),
            (W3, "Strategic Director of City Operations", "A", 3, 1, "Temporary accommodation reduction plan")]
    for r, row in enumerate(dash, 6):
        for i, v in enumerate(row, 1):
            c = d.cell(r, i, v)
            c.border = border
            c.alignment = wrap
        d.cell(r, 3).fill = PatternFill("solid", fgColor=RAGF[row[2]])
    d.cell(10, 1, "Total").font = Font(bold=True)
    d.cell(10, 4, "=SUM(D6:D8)")
    d.cell(10, 5, "=SUM(E6:E8)")
    d.column_dimensions["A"].width = 40
    d.column_dimensions["B"].width = 34
    d.column_dimensions["F"].width = 45

    ws = wb.create_sheet("Milestones")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Highlight Report – Period 7 (October 2025) – milestone tracker"
    ws["A2"].font = Font(bold=True)
    heads = ["Ref", "Milestone / key action", "Lead", "Baseline date", "Forecast date", "Last period RAG",
             "This period RAG", "Commentary / path to green"]
    HR = 4
    for i, h in enumerate(heads, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.alignment = wrap
        c.border = border
    for i, w in enumerate([7, 55, 30, 12, 16, 10, 10, 55], 1):
        ws.column_dimensions[chr(64 + i)].width = w
    r = HR + 1
    refuse_row = None
    for band, items in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, band)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E4DFEC")
        r += 1
        for (ref, act, lead, base, fc, prev, cur, comm) in items:
            vals = [ref, act, lead, base, fc, prev, cur, comm]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = wrap
                c.border = border
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(r, 6).fill = PatternFill("solid", fgColor=RAGF[prev])
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=RAGF[cur])
            if fc.startswith("Janaury"):
                refuse_row = r
            r += 1
    r += 1
    ws.cell(r, 1, "RAG: C = complete; G = on track; A = at risk, recovery plan in place; R = off track, escalate to Commissioners’ Board.").font = Font(italic=True)
    ws.cell(r + 1, 1, "Forecast date is the current expected completion; baseline is the date in the IRP approved by Cabinet.").font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates the monthly highlight report on Birmingham City Council's Improvement and Recovery Plan "
                "(IRP), produced after the 2023 section 114 notice and the appointment of commissioners "
                "(https://www.birminghamworld.uk/news/politics/birmingham-city-council-to-embark-on-era-defining-moment-4581785), "
                "in the style of its earlier Corporate Governance Improvement Plan updates. Copies: a Dashboard "
                "sheet with workstream SROs, overall RAG fill and a totals row; a Milestones sheet with title "
                "lines, merged workstream band rows, numbered milestones 1.01–3.03, lead as job title, baseline "
                "date cells shown as mmm-yy, a forecast date written as month and year, last and current period "
                "RAG letters with fill, commentary, and key lines under the table."),
        reads=("An Excel IRP highlight report whose Milestones sheet lists nine milestones under three workstreams. "
               f"The forecast date of milestone 2.02 (sheet row {refuse_row}) reads 'Janaury 2026', a mistyped "
               "month in the end cell, so a careful reader stops and asks rather than guess the month."),
        outcome="refuse", title=title, actions=None, refuse_at=refuse_row)
    return refuse_row


if __name__ == "__main__":
    sunderland()
    glasgow()
    npt()
    sefton()
    leeds()
    eastleigh()
    rr = birmingham()
    print("built; birmingham refuse row", rr)
