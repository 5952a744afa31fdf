#!/usr/bin/env python3
"""Build the seven hj2- blind test files (set heldout252) and their expected readings.

Run with /work/main/.venv/bin/python hj2_make.py (writes beside this script).
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_BREAK  # noqa: F401  (kept for clarity of intent)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "band": "DEEAF6", "pale": "F2F2F2",
}


def path(name):
    return os.path.join(HERE, name)


def write_expected(fname, doc):
    out = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"):
        if k in doc:
            out[k] = doc[k]
    with open(path(fname + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(out, fh, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


# =============================================================== 1. SAR (docx)
def make_sar():
    fname = "hj2-birmingham-sab-sar-adult-e-action-plan.docx"
    title = "Safeguarding Adults Review 'Adult E' – Multi-agency Action Plan"
    d = Document()
    d.add_heading(title, level=0)
    d.add_paragraph("Birmingham Safeguarding Adults Board")
    d.add_paragraph("Version 4 – updated following the SAR Sub-group meeting of 14 November 2024")
    d.add_paragraph(
        "This action plan sets out the multi-agency response to the five recommendations of the "
        "Safeguarding Adults Review concerning Adult E, published by the Board in July 2024. Progress "
        "is monitored by the SAR Sub-group and reported to the Board each quarter.")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Amended by", "Summary of changes"]):
        set_cell(c, h, bold=True, fill=FILL["grey"])
    for row in [
        ("1", "18/07/2024", "BSAB Business Manager", "Action plan agreed by the Board"),
        ("2", "12/09/2024", "BSAB Business Manager", "Agency updates added"),
        ("3", "10/10/2024", "SAR Sub-group", "Actions 1.1 and 3.1 closed"),
        ("4", "14/11/2024", "SAR Sub-group", "November updates; RAG ratings reviewed"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    d.add_heading("RAG key", level=2)
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, fill, meaning in [
        ("Red", FILL["red"], "Action not started and target date passed, or significant concerns about delivery"),
        ("Amber", FILL["amber"], "Action in progress and within timescale"),
        ("Green", FILL["green"], "Action complete and evidence provided to the SAR Sub-group"),
    ]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True, fill=fill)
        set_cell(cells[1], meaning)

    recs = [
        ("Recommendation 1: Birmingham Safeguarding Adults Board should seek assurance that partner agencies "
         "apply the multi-agency Self-Neglect Guidance, including escalation to a Multi-Agency Risk Management "
         "(MARM) meeting where an adult repeatedly declines support.",
         [
             ("1.1", "Refresh the Self-Neglect and Hoarding Guidance to include a clear escalation route to the MARM meeting.",
              "BSAB Policy and Procedures Sub-group Chair", ["BSAB Policy and Procedures Sub-group Chair"],
              "31/12/2024", "2024-12", None,
              "Revised guidance agreed at the Sub-group on 10 October 2024 and published on the BSAB website.", "Green", "blue"),
             ("1.2", "Audit a sample of 20 self-neglect cases across Adult Social Care, Housing and health partners to test use of the MARM process.",
              "BSAB Quality Assurance Sub-group / Principal Social Worker (ASC)",
              ["BSAB Quality Assurance Sub-group", "Principal Social Worker (ASC)"],
              "March 2025", "2025-03", None,
              "Audit tool agreed; case sample drawn. Fieldwork January to February 2025.", "Amber", "amber"),
         ]),
        ("Recommendation 2: Partner agencies should ensure that mental capacity assessments are decision-specific "
         "and time-specific, and are revisited where there is evidence of impaired executive functioning.",
         [
             ("2.1", "Deliver multi-agency briefings on executive functioning and the Mental Capacity Act 2005 to frontline practitioners.",
              "BSAB Learning and Development Sub-group", ["BSAB Learning and Development Sub-group"],
              "Q4 2024/25", "2025-03", None,
              "Three of six briefings delivered (212 attendees).", "Amber", "amber"),
             ("2.2", "Add a prompt on executive functioning to the Adult Social Care mental capacity assessment template.",
              "Head of Service – Practice Development (ASC)", ["Head of Service – Practice Development (ASC)"],
              "30/11/2024", "2024-11", None,
              "Template change went live on 4 November 2024.", "Green", "blue"),
         ]),
        ("Recommendation 3: Birmingham and Solihull Integrated Care Board should seek assurance that GP practices "
         "follow up adults who do not attend appointments where there are known safeguarding concerns.",
         [
             ("3.1", "Issue updated Did Not Attend guidance for adults with care and support needs to all GP practices in Birmingham and Solihull.",
              "BSol ICB Designated Nurse for Safeguarding Adults", ["BSol ICB Designated Nurse for Safeguarding Adults"],
              "September 2024", "2024-09", None,
              "Guidance issued via the primary care bulletin on 23 September 2024.", "Green", "blue"),
             ("3.2", "Undertake a primary care audit of Did Not Attend follow-up for adults with care and support needs and report the findings to the SAR Sub-group.",
              "BSol ICB Named GP for Safeguarding Adults", ["BSol ICB Named GP for Safeguarding Adults"],
              "31/10/2024", "2024-10", None,
              "Not started. Named GP post vacant since August 2024; escalated to the Board.", "Red", "red"),
         ]),
        ("Recommendation 4: Birmingham City Council Housing should ensure that tenancy sustainment concerns, "
         "including hoarding and disrepair, are shared with Adult Social Care through the safeguarding referral route.",
         [
             ("4.1", "Deliver awareness sessions for housing officers on recognising self-neglect and making a safeguarding referral.",
              "Housing Management Service Manager", ["Housing Management Service Manager"],
              "Ongoing", None, "Ongoing",
              "Included in the housing officer induction from September 2024.", "Amber", "amber"),
             ("4.2", "Agree an information-sharing protocol between Housing and Adult Social Care for tenants at risk of eviction who have care and support needs.",
              "Head of Housing Solutions\nHead of Adult Safeguarding (ASC)",
              ["Head of Housing Solutions", "Head of Adult Safeguarding (ASC)"],
              "June 2025", "2025-06", None,
              "First draft shared with Legal Services.", "Amber", "amber"),
         ]),
        ("Recommendation 5: The Board should evaluate the impact of the learning from this review within 12 months of publication.",
         [
             ("5.1", "Publish a 7-minute briefing on SAR Adult E and circulate it through all partner agencies.",
              "BSAB Business Manager", ["BSAB Business Manager"],
              "August 2024", "2024-08", None,
              "Briefing published 1 August 2024; 1,340 downloads.", "Green", "blue"),
             ("5.2", "Carry out a practitioner survey to test awareness and use of the learning from SAR Adult E.",
              "BSAB Business Manager", ["BSAB Business Manager"],
              "July 2025", "2025-07", None,
              "Scheduled for June 2025.", "", "unrated"),
         ]),
    ]

    d.add_heading("Action plan", level=1)
    actions = []
    headers = ["Ref", "Action", "Lead agency / officer", "Target date", "Progress update (November 2024)", "RAG"]
    for rec_text, rows in recs:
        t = d.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        merged = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(merged, rec_text, bold=True, fill=FILL["band"])
        for c, h in zip(t.rows[1].cells, headers):
            set_cell(c, h, bold=True, fill=FILL["grey"])
        for ref, text, lead_cell, leads, date_cell, end, end_text, progress, rag, status in rows:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], text)
            set_cell(cells[2], lead_cell)
            set_cell(cells[3], date_cell)
            set_cell(cells[4], progress)
            set_cell(cells[5], rag, bold=True, fill={"Red": FILL["red"], "Amber": FILL["amber"], "Green": FILL["green"]}.get(rag))
            actions.append(act(ref, [rec_text], text, leads, end, status, end_text))
        d.add_paragraph("")

    d.add_paragraph("Next review: SAR Sub-group, 13 February 2025. Evidence of completion is held by the BSAB Business Unit.")
    d.save(path(fname))

    write_expected(fname, {
        "source": (
            "Imitates a Safeguarding Adults Board multi-agency SAR action plan of the kind Birmingham Safeguarding "
            "Adults Board (and most English SABs) publish after a review (2024, self-neglect SAR). No specific URL "
            "copied. Features copied: title block with board name and version line, document control table, RAG key "
            "table in which Green is defined as complete-with-evidence (no blue), one Word table per recommendation "
            "with the recommendation text in a merged, shaded first row above a header row, job titles as leads, two "
            "leads split by a slash and two leads on separate lines in one cell, 'Ongoing' and quarter target dates, "
            "a blank RAG for a not-yet-started action, and a closing review note."),
        "reads": (
            "A Birmingham SAB action plan for SAR 'Adult E': five recommendations, each heading its own table, with "
            "ten numbered actions, leads, target dates, November 2024 progress and a RAG. The key makes Green mean "
            "complete, so the Green actions are complete; one action has no rating yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ====================================================== 2. Maternity plan (docx)
def make_maternity():
    fname = "hj2-torbay-south-devon-nhsft-maternity-neonatal-improvement-plan.docx"
    title = "Maternity and Neonatal Improvement Plan 2024/25"
    d = Document()
    d.add_heading(title, level=0)
    d.add_paragraph("Torbay and South Devon NHS Foundation Trust")
    d.add_paragraph("Aligned to the NHS England Three-year delivery plan for maternity and neonatal services (March 2023)")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Document owner", "Director of Midwifery"),
        ("Executive lead", "Chief Nurse"),
        ("Reporting route", "Maternity and Neonatal Safety Champions; Quality Assurance Committee; Trust Board"),
        ("Version", "2.1"),
        ("Date of this update", "18 September 2024"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, fill=FILL["grey"])
        set_cell(cells[1], v)

    themes = [
        ("Theme 1: Listening to women and families with compassion", [
            ("Objective 1: Care that is personalised", [
                ("1.1", "Offer every woman a personalised care and support plan (PCSP) at booking, reviewed at 28 and 36 weeks.",
                 "Consultant Midwife – Public Health", ["Consultant Midwife – Public Health"],
                 "Mar-25", "2025-03", None, "A", "G", "green",
                 "PCSP template live on BadgerNet since August 2024; audit shows 78% compliance at 28 weeks."),
                ("1.2", "Launch the digital maternity notes app and support women who are digitally excluded to access their records.",
                 "Digital Midwife / Community Matron", ["Digital Midwife", "Community Matron"],
                 "Q2 2024/25", "2024-09", None, "G", "B", "blue",
                 "App launched 1 July 2024; paper notes offered on request."),
            ]),
            ("Objective 3: Work with service users to improve care", [
                ("3.1", "Co-produce a 15 Steps for Maternity walkthrough of the Delivery Suite and the Midwifery-led Unit with the MNVP.",
                 "MNVP Chair / Head of Midwifery", ["MNVP Chair", "Head of Midwifery"],
                 "31/08/2024", "2024-08", None, "G", "B", "blue",
                 "Walkthrough held 14 August 2024; report and 'you said, we did' board on the unit."),
            ]),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("Objective 5: Value and retain our workforce", [
                ("5.1", "Implement the midwifery retention action plan, including a legacy mentor scheme for newly qualified midwives.",
                 "Deputy Head of Midwifery", ["Deputy Head of Midwifery"],
                 "Sept 2024 – March 2025", "2025-03", "Sept 2024 – March 2025", "A", "A", "amber",
                 "Legacy mentors appointed; preceptorship review delayed to December."),
            ]),
            ("Objective 6: Invest in skills", [
                ("6.1", "Achieve 90% compliance with PROMPT multi-professional obstetric emergencies training for all staff groups.",
                 "Practice Development Midwife\nClinical Director (Obstetrics)",
                 ["Practice Development Midwife", "Clinical Director (Obstetrics)"],
                 "31/03/2025", "2025-03", None, "R", "A", "amber",
                 "Midwives 93%, obstetricians 81%, anaesthetists 74%. Additional dates booked."),
            ]),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("Objective 7: Develop a positive safety culture", [
                ("7.1", "Complete the Perinatal Culture and Leadership Programme diagnostic and share the SCORE survey results with all staff.",
                 "Perinatal Quadrumvirate", ["Perinatal Quadrumvirate"],
                 "Jul-24", "2024-07", None, "G", "B", "blue",
                 "SCORE results shared at staff events in July 2024."),
                ("7.2", "Hold monthly listening events for maternity and neonatal staff with the Board Safety Champions.",
                 "Director of Midwifery", ["Director of Midwifery"],
                 "Monthly", None, "Monthly", "G", "G", "green",
                 "Events held in June, July and August; themes fed into the culture plan."),
            ]),
            ("Objective 8: Learning and improving", [
                ("8.1", "Move maternity incident reviews to PSIRF, using patient safety incident investigations and after-action reviews.",
                 "Maternity Governance Lead", ["Maternity Governance Lead"],
                 "Dec-24", "2024-12", None, "A", "R", "red",
                 "Delayed: Maternity Governance Lead post vacant until February 2025."),
            ]),
        ]),
        ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
            ("Objective 10: Standards to ensure best practice", [
                ("10.1", "Achieve full compliance with all ten CNST Maternity Incentive Scheme safety actions for Year 6.",
                 "Director of Midwifery / Chief Nurse", ["Director of Midwifery", "Chief Nurse"],
                 "31/03/2025", "2025-03", None, "A", "G", "green",
                 "Self-assessment shows 9 of 10 actions on track; Safety Action 8 training at risk."),
                ("10.2", "Implement all elements of Saving Babies' Lives Care Bundle version 3, with quarterly LMNS assurance visits.",
                 "Consultant Obstetrician – Fetal Medicine", ["Consultant Obstetrician – Fetal Medicine"],
                 "Q4 2024/25", "2025-03", None, "A", "A", "amber",
                 "Element 2 (fetal growth) at 71% implementation."),
            ]),
            ("Objective 12: Make better use of digital technology", [
                ("12.1", "Integrate the BadgerNet maternity record with the Trust electronic patient record to remove duplicate data entry.",
                 "Chief Clinical Information Officer", ["Chief Clinical Information Officer"],
                 "June 2025", "2025-06", None, "", "", "unrated",
                 "New action added September 2024; not yet started."),
            ]),
        ]),
    ]

    # summary of progress (a totals block, not actions)
    d.add_heading("Summary of progress at September 2024", level=2)
    summ = d.add_table(rows=1, cols=7)
    summ.style = "Table Grid"
    for c, h in zip(summ.rows[0].cells, ["Theme", "B", "G", "A", "R", "Not rated", "Total"]):
        set_cell(c, h, bold=True, fill=FILL["grey"])
    grand = [0, 0, 0, 0, 0, 0]
    for i, (theme, objs) in enumerate(themes, start=1):
        counts = {"B": 0, "G": 0, "A": 0, "R": 0, "": 0}
        for _, rows in objs:
            for r in rows:
                counts[r[8]] += 1
        vals = [counts["B"], counts["G"], counts["A"], counts["R"], counts[""]]
        vals.append(sum(vals))
        grand = [a + b for a, b in zip(grand, vals)]
        cells = summ.add_row().cells
        set_cell(cells[0], "Theme %d" % i)
        for c, v in zip(cells[1:], vals):
            set_cell(c, str(v))
    cells = summ.add_row().cells
    set_cell(cells[0], "Total", bold=True)
    for c, v in zip(cells[1:], grand):
        set_cell(c, str(v), bold=True)
    d.add_paragraph("RAG key: B = complete; G = on track to deliver by the due date; A = at risk of not meeting the "
                    "due date; R = off track or overdue. Previous RAG is the rating reported to the Quality Assurance "
                    "Committee in June 2024.")

    actions = []
    headers = ["Ref", "Action", "Lead(s)", "Due", "Previous RAG", "Current RAG", "Progress / evidence"]
    ragfill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    for theme, objs in themes:
        d.add_heading(theme, level=1)
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True, fill=FILL["grey"])
        for obj, rows in objs:
            r = t.add_row()
            m = r.cells[0].merge(r.cells[6])
            set_cell(m, obj, bold=True, fill=FILL["band"])
            for ref, text, lead_cell, leads, due, end, end_text, prev, cur, status, progress in rows:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], text)
                set_cell(cells[2], lead_cell)
                set_cell(cells[3], due)
                set_cell(cells[4], prev, fill=ragfill.get(prev))
                set_cell(cells[5], cur, bold=True, fill=ragfill.get(cur))
                set_cell(cells[6], progress)
                actions.append(act(ref, [theme, obj], text, leads, end, status, end_text))
    d.add_paragraph("Evidence for each action is held on the Maternity Governance SharePoint site and reviewed monthly "
                    "at the Maternity and Neonatal Governance Group.")
    d.save(path(fname))

    write_expected(fname, {
        "source": (
            "Imitates an NHS trust maternity and neonatal improvement plan structured on the NHS England 'Three year "
            "delivery plan for maternity and neonatal services' (https://www.england.nhs.uk/long-read/three-year-delivery-plan-for-maternity-and-neonatal-services/), "
            "as trusts such as Torbay and South Devon NHS FT report to their Quality Assurance Committee (2024/25). "
            "Features copied: title block, document-control table, a summary-of-progress totals table by theme, a RAG "
            "key paragraph (B/G/A/R), one Word table per theme headed by the theme, merged objective band rows inside "
            "each table, Previous RAG and Current RAG letter columns with fill, leads split by slash and by line break, "
            "a period, 'Monthly' and quarter due dates, and an unrated new action."),
        "reads": (
            "Torbay and South Devon's maternity and neonatal improvement plan: four themes, each a table of objectives "
            "with eleven numbered actions, leads, due dates and a previous and current RAG. The summary table at the "
            "top is a count by theme, not actions; the current RAG is the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ================================================== xlsx helpers
thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def put(ws, row, col, value, bold=False, bg=None, fmt=None, color=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or color:
        c.font = Font(bold=bold, color=color)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    return c


# ======================================== 3. Trust board action log (xlsx)
def make_rcht():
    fname = "hj2-royal-cornwall-hospitals-nhs-trust-board-action-log.xlsx"
    title = "Royal Cornwall Hospitals NHS Trust – Trust Board (Public) Action Log"
    wb = Workbook()
    headers = ["Action No.", "Meeting date", "Action", "Lead", "Due date", "Revised due date", "Progress update", "Status"]
    widths = [12, 13, 60, 30, 13, 13, 50, 11]
    status_fill = {"Closed": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    D = dt.datetime

    open_rows = [
        ("TB/24/058", D(2024, 9, 5),
         "Provide a breakdown of 12-hour waits in the Emergency Department by age group and frailty score in the Integrated Performance Report.",
         "Chief Operating Officer", ["Chief Operating Officer"], D(2024, 11, 7), D(2025, 3, 6), "2025-03",
         "Data validation with the Business Intelligence team has taken longer than planned; to be included in the March IPR.", "Amber", "amber"),
        ("TB/24/071", D(2024, 11, 7),
         "Bring a paper on the financial recovery plan trajectory and the run-rate risk for 2025/26 to the Board.",
         "CFO/COO", ["CFO", "COO"], D(2025, 1, 9), None, "2025-01",
         "Deferred from January: awaiting sign-off of the ICS financial plan.", "Red", "red"),
        ("TB/24/074", D(2024, 11, 7),
         "Arrange a Board development session on the Patient Safety Incident Response Framework (PSIRF).",
         "Chief Nursing Officer / Chief Medical Officer", ["Chief Nursing Officer", "Chief Medical Officer"], "Apr-25", None, "2025-04",
         "Session booked for the April Board development day.", "Green", "green"),
        ("TB/25/003", D(2025, 1, 9),
         "Circulate the Freedom to Speak Up benchmarking data against peer trusts to Board members.",
         "Director of People", ["Director of People"], D(2025, 3, 6), None, "2025-03",
         "Benchmarking received from the National Guardian's Office; circulation with March papers.", "Green", "green"),
        ("TB/25/006", D(2025, 1, 9),
         "Include maternity staffing fill rates and Birthrate Plus acuity data in the next Maternity and Neonatal Safety Champions report.",
         "Director of Midwifery", ["Director of Midwifery"], D(2025, 3, 6), None, "2025-03",
         "Included in the report at agenda item 11.", "Green", "green"),
        ("TB/25/009", D(2025, 1, 9),
         "Review the Board Assurance Framework risk score for BAF 4 (estates and infrastructure) in light of the national capital funding announcement.",
         "Company Secretary", ["Company Secretary"], "May-25", None, "2025-05",
         "To be reviewed at the April Audit and Risk Assurance Committee first.", "Green", "green"),
    ]
    closed_rows = [
        ("TB/24/041", D(2024, 7, 4),
         "Publish the Trust's Modern Slavery Statement on the website following Board approval.",
         "Company Secretary", ["Company Secretary"], D(2024, 9, 30), None, "2024-09",
         "Published 12 September 2024.", "Closed", "blue"),
        ("TB/24/060", D(2024, 9, 5),
         "Share the CQC urgent and emergency care inspection feedback and the Trust's response with the Quality Assurance Committee.",
         "Chief Nursing Officer", ["Chief Nursing Officer"], D(2024, 11, 7), None, "2024-11",
         "Presented to the Quality Assurance Committee on 23 October 2024.", "Closed", "blue"),
        ("TB/24/072", D(2024, 11, 7),
         "Add virtual ward occupancy to the Integrated Performance Report dashboard.",
         "COO", ["COO"], D(2025, 1, 9), None, "2025-01",
         "Added from the December IPR onwards.", "Closed", "blue"),
    ]

    def sheet(ws, heading, sub, rows):
        put(ws, 1, 1, title, bold=True)
        put(ws, 2, 1, heading, bold=True)
        put(ws, 3, 1, sub)
        for i, h in enumerate(headers, start=1):
            put(ws, 5, i, h, bold=True, bg=FILL["head"], color="FFFFFF").border = BORDER
            ws.column_dimensions[chr(64 + i)].width = widths[i - 1]
        r = 6
        out = []
        for ref, mdate, text, lead_cell, leads, due, revised, end, upd, stat, status in rows:
            vals = [ref, mdate, text, lead_cell, due, revised, upd, stat]
            for i, v in enumerate(vals, start=1):
                c = put(ws, r, i, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None,
                        bg=status_fill.get(stat) if i == 8 else None, bold=(i == 8))
                c.border = BORDER
            out.append(act(ref, [], text, leads, end, status))
            r += 1
        ws.freeze_panes = "A6"
        return out, r

    ws1 = wb.active
    ws1.title = "Open actions"
    a1, r = sheet(ws1, "Open actions", "Updated for the meeting of the Trust Board in public on 6 March 2025", open_rows)
    r += 1
    put(ws1, r, 1, "Status key", bold=True)
    for word, meaning in [
        ("Closed", "Action completed and closure agreed by the Board"),
        ("Green", "On track – due date not yet reached"),
        ("Amber", "Due date revised with the agreement of the Board"),
        ("Red", "Overdue – due date passed and not revised"),
    ]:
        r += 1
        put(ws1, r, 1, word, bold=True, bg=status_fill[word])
        put(ws1, r, 2, meaning)
        ws1.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)

    ws2 = wb.create_sheet("Closed actions")
    a2, _ = sheet(ws2, "Actions closed since the last meeting (for Board approval)",
                  "Closed actions are removed from the log after the meeting at which closure is agreed", closed_rows)
    wb.save(path(fname))

    actions = a1 + a2
    write_expected(fname, {
        "source": (
            "Imitates the public Trust Board action log that NHS trusts such as Royal Cornwall Hospitals NHS Trust "
            "publish with their board papers (2024/25). No specific URL copied. Features copied: trust name and "
            "log title, 'updated for the meeting of' line, action numbers of the form TB/yy/nnn, meeting date column, "
            "executive job titles and abbreviations (CFO/COO) as leads, a due date and a revised due date column, "
            "progress update, fill-coloured status words with a status key beneath the table in which 'Closed' means "
            "complete, and a second sheet of actions closed since the last meeting."),
        "reads": (
            "Royal Cornwall Hospitals' public Board action log in March 2025: six open actions on the first sheet "
            "(one revised, one overdue) and three closed actions on the second sheet. The key under the open actions "
            "is not an action; where a revised due date is given it is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ====================================== 4. Corporate risk register (xlsx)
def make_breckland():
    fname = "hj2-breckland-dc-corporate-risk-register-q3-2025-26.xlsx"
    title = "Breckland Council – Corporate Risk Register Q3 2025/26"
    wb = Workbook()
    D = dt.datetime
    score_fill = lambda s: FILL["red"] if s >= 15 else (FILL["amber"] if s >= 8 else FILL["green"])

    risks = [
        ("CR01 – Financial sustainability", "Executive Director – Resources", 20, 16, 16, 8, "↔", [
            ("CR01.1", "Refresh the Medium Term Financial Plan for 2026/27 to 2029/30 to reflect the provisional Local Government Finance Settlement and the Fair Funding Review.",
             "Chief Finance Officer (S151)", ["Chief Finance Officer (S151)"], D(2026, 2, 28), None, "2026-02", None,
             "Provisional settlement analysed; draft MTFP goes to Cabinet on 16 February 2026.", "G", "green"),
            ("CR01.2", "Deliver the 2025/26 savings and income programme of £1.2m and report variances monthly to the Executive Management Team.",
             "Chief Finance Officer (S151) / Heads of Service", ["Chief Finance Officer (S151)", "Heads of Service"], D(2026, 3, 31), None, "2026-03", None,
             "£0.86m delivered to date; £0.2m of car parking income at risk.", "A", "amber"),
        ]),
        ("CR02 – Cyber security and resilience of ICT systems", "Executive Director – Resources", 20, 12, 12, 8, "↔", [
            ("CR02.1", "Complete the Cyber Assessment Framework (CAF) self-assessment and agree an improvement plan with the Norfolk WARP.",
             "ICT and Digital Manager", ["ICT and Digital Manager"], D(2025, 9, 30), D(2026, 1, 31), "2026-01", None,
             "Self-assessment complete; improvement plan being finalised with the WARP.", "A", "amber"),
            ("CR02.2", "Run a council-wide phishing simulation and a mandatory cyber awareness refresher for all staff and members.",
             "ICT and Digital Manager", ["ICT and Digital Manager"], D(2025, 10, 31), None, "2025-10", None,
             "Simulation run in October; 96% of staff completed the refresher.", "Complete", "blue"),
        ]),
        ("CR03 – Local government reorganisation in Norfolk", "Chief Executive", 16, 16, 16, 12, "↔", [
            ("CR03.1", "Contribute to the Norfolk district councils' joint proposal and business case for new unitary authorities.",
             "Chief Executive", ["Chief Executive"], D(2025, 11, 28), None, "2025-11", None,
             "Proposal submitted to government on 26 November 2025.", "Complete", "blue"),
            ("CR03.2", "Establish a transition programme board and keep service continuity plans for all statutory services under review during reorganisation.",
             "Chief Executive / Head of Strategy and Performance", ["Chief Executive", "Head of Strategy and Performance"], "Ongoing", None, None, "Ongoing",
             "Programme board met in November and December.", "G", "green"),
        ]),
        ("CR04 – Temporary accommodation demand and cost", "Executive Director – Place", 16, 12, 15, 9, "↑", [
            ("CR04.1", "Open the 12-unit council-owned temporary accommodation scheme in Thetford to reduce reliance on nightly-paid bed and breakfast.",
             "Head of Housing", ["Head of Housing"], D(2025, 11, 30), D(2026, 3, 31), "2026-03", None,
             "Contractor delays; handover now expected in March 2026.", "R", "red"),
        ]),
        ("CR05 – Workforce capacity and retention", "Executive Director – Resources", 12, 9, 9, 6, "↓", [
            ("CR05.1", "Implement the recruitment and retention plan for hard-to-fill posts, including market supplements for planning and environmental health.",
             "HR Manager", ["HR Manager"], D(2025, 12, 31), None, "2025-12", None,
             "Market supplements approved; three planning posts filled.", "G", "green"),
            ("CR05.2", "Launch a management development programme for team leaders.",
             "HR Manager", ["HR Manager"], "Q4 2025/26", None, "2026-03", None,
             "Provider appointed; first cohort starts February 2026.", "G", "green"),
        ]),
    ]

    # --- Summary sheet (not the plan)
    ws = wb.active
    ws.title = "Summary"
    put(ws, 1, 1, title, bold=True)
    put(ws, 2, 1, "Position at 31 December 2025 – reported to the Governance and Audit Committee, 22 January 2026")
    hdr = ["Risk", "Risk owner", "Inherent score", "Q2 score", "Q3 score", "Target score", "Direction of travel"]
    for i, h in enumerate(hdr, start=1):
        put(ws, 4, i, h, bold=True, bg=FILL["head"], color="FFFFFF").border = BORDER
    for i, w in enumerate([48, 30, 10, 10, 10, 10, 12], start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    r = 5
    reds = ambers = 0
    for name, owner, inh, q2, q3, tgt, dot, _ in risks:
        for i, v in enumerate([name, owner, inh, q2, q3, tgt, dot], start=1):
            put(ws, r, i, v, bg=score_fill(v) if i in (3, 4, 5, 6) else None).border = BORDER
        reds += q3 >= 15
        ambers += 8 <= q3 < 15
        r += 1
    put(ws, r + 1, 1, "Total corporate risks: %d (Red %d, Amber %d, Green %d)" % (len(risks), reds, ambers, len(risks) - reds - ambers), bold=True)
    put(ws, r + 2, 1, "Direction of travel compares the Q3 score with Q2: ↑ increased, ↔ unchanged, ↓ reduced.")

    # --- Mitigating actions sheet (the plan)
    ws = wb.create_sheet("Mitigating actions")
    put(ws, 1, 1, "Corporate Risk Register – further mitigating actions, Q3 2025/26", bold=True)
    hdr = ["Corporate risk", "Current score", "Action ref", "Further mitigating action", "Action owner",
           "Original target date", "Revised target date", "Q3 progress update", "Status"]
    for i, h in enumerate(hdr, start=1):
        put(ws, 3, i, h, bold=True, bg=FILL["head"], color="FFFFFF").border = BORDER
    for i, w in enumerate([30, 9, 9, 55, 30, 12, 12, 45, 10], start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    stat_fill = {"G": FILL["green"], "A": FILL["amber"], "R": FILL["red"], "Complete": FILL["blue"]}
    r = 4
    actions = []
    for name, owner, inh, q2, q3, tgt, dot, rows in risks:
        first = r
        for ref, text, lead_cell, leads, orig, rev, end, end_text, upd, stat, status in rows:
            vals = [name if r == first else None, q3 if r == first else None, ref, text, lead_cell, orig, rev, upd, stat]
            for i, v in enumerate(vals, start=1):
                c = put(ws, r, i, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None,
                        bg=(stat_fill.get(stat) if i == 9 else (score_fill(q3) if i == 2 else None)),
                        bold=(i in (1, 9)))
                c.border = BORDER
            actions.append(act(ref, [name], text, leads, end, status, end_text))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.freeze_panes = "D4"

    # --- Scoring and key sheet (not the plan)
    ws = wb.create_sheet("Scoring and key")
    put(ws, 1, 1, "Risk scoring matrix (likelihood x impact)", bold=True)
    put(ws, 2, 1, "Likelihood / Impact", bold=True)
    for j in range(1, 6):
        put(ws, 2, j + 1, j, bold=True)
    for i in range(5, 0, -1):
        row = 3 + (5 - i)
        put(ws, row, 1, i, bold=True)
        for j in range(1, 6):
            put(ws, row, j + 1, i * j, bg=score_fill(i * j))
    put(ws, 9, 1, "Scores 15–25 Red (escalate to Executive Management Team); 8–12 Amber; 1–6 Green.")
    put(ws, 11, 1, "Action status key", bold=True)
    for k, (w, m) in enumerate([("Complete", "Action delivered"), ("G", "On track"), ("A", "Some slippage – recoverable"),
                                 ("R", "Significant slippage or off track")], start=12):
        put(ws, k, 1, w, bold=True, bg=stat_fill[w])
        put(ws, k, 2, m)
    wb.save(path(fname))

    write_expected(fname, {
        "source": (
            "Imitates a district council corporate risk register as reported quarterly to an audit committee, as "
            "Breckland Council and other Norfolk districts would present it in 2025/26 (local government "
            "reorganisation in Norfolk is a live risk). No specific URL copied. Features copied: a summary sheet of "
            "risks with inherent/Q2/Q3/target scores, fill-coloured scores and direction-of-travel arrows plus a "
            "totals line; a mitigating-actions sheet with the risk name and current score merged vertically over "
            "each risk's actions, action refs CR01.1 etc., action owner, original and revised target dates, Q3 "
            "update and a status column (Complete/G/A/R); and a scoring matrix and status key sheet."),
        "reads": (
            "Breckland's Q3 2025/26 corporate risk register: five corporate risks, and on the second sheet nine "
            "further mitigating actions grouped under them, each with an owner, target date (revised where slipped) "
            "and status. The summary and scoring sheets carry no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ========================================= 5. DHR action plan (xlsx, refuse)
def make_dhr():
    fname = "hj2-west-berkshire-bctp-dhr-helen-action-plan-typo-month-refuse.xlsx"
    title = "Building Communities Together Partnership – Domestic Homicide Review 'Helen' Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview report recs"
    put(ws, 1, 1, title, bold=True)
    put(ws, 2, 1, "West Berkshire Community Safety Partnership")
    put(ws, 3, 1, "Overview report recommendations – updated 10 September 2025")
    hdr = ["Recommendation", "Scope of recommendation", "No.", "Action to take", "Lead agency",
           "Key milestones achieved in enacting recommendation", "Target date", "Date of completion and outcome", "RAG"]
    for i, h in enumerate(hdr, start=1):
        put(ws, 5, i, h, bold=True, bg=FILL["grey"]).border = BORDER
    for i, w in enumerate([45, 12, 6, 50, 28, 40, 14, 35, 8], start=1):
        ws.column_dimensions[chr(64 + i)].width = w

    recs = [
        ("1. The Building Communities Together Partnership should seek assurance that partner agencies routinely ask about domestic abuse when a person presents with unexplained injuries.", "Local", [
            ("1.1", "Circulate a 7-minute briefing on routine enquiry for domestic abuse to all partner agencies.",
             "BCTP Domestic Abuse Coordinator", "Briefing drafted and agreed by the DHR panel.", "June 2025",
             "2 June 2025 – briefing circulated to all partners.", FILL["blue"]),
            ("1.2", "Audit routine enquiry in the Emergency Department and report the results to the BCTP.",
             "Royal Berkshire NHS Foundation Trust", "Audit tool agreed with the Trust's safeguarding team.", "Sept 2025",
             "", FILL["amber"]),
        ]),
        ("2. West Berkshire Council Adult Social Care should ensure that carers' assessments consider the risk of domestic abuse where the carer is also the partner.", "Local", [
            ("2.1", "Add a domestic abuse question to the carer's assessment form.",
             "West Berkshire Council – Adult Social Care", "Form change requested from the systems team.", "Novemebr 2025",
             "", FILL["green"]),
            ("2.2", "Deliver carer-focused domestic abuse training to ASC practitioners.",
             "West Berkshire Council – Adult Social Care", "Training commissioned from the domestic abuse service.", "March 2026",
             "", FILL["green"]),
        ]),
        ("3. Thames Valley Police should ensure that officers attending reports of concern for welfare check the address history for previous domestic abuse incidents.", "Regional", [
            ("3.1", "Issue a reminder to response officers through the weekly briefing and update the Niche address-history guidance.",
             "Thames Valley Police", "Briefing issued April 2025.", "April 2025",
             "April 2025 – reminder issued; guidance updated.", FILL["blue"]),
        ]),
        ("4. The BCTP should raise awareness of economic abuse among older people, working with local banks and community groups.", "Local", [
            ("4.1", "Run an economic abuse awareness campaign during 16 Days of Action.",
             "BCTP Domestic Abuse Coordinator", "Campaign materials in development.", "December 2025",
             "", FILL["green"]),
            ("4.2", "Deliver briefings to Newbury and Thatcham bank branch staff with the Banking Protocol lead.",
             "Thames Valley Police / BCTP Domestic Abuse Coordinator", "Two branches contacted.", "January 2026",
             "", FILL["green"]),
        ]),
    ]
    r = 6
    typo_row = None
    for rec, scope, rows in recs:
        first = r
        for no, text, lead, milestone, target, done, rag in rows:
            vals = [rec if r == first else None, scope if r == first else None, no, text, lead, milestone, target, done, None]
            for i, v in enumerate(vals, start=1):
                put(ws, r, i, v, bg=rag if i == 9 else None).border = BORDER
            if target.startswith("Novemebr"):
                typo_row = r
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    put(ws, r, 1, "RAG key (colour only):", bold=True)
    for word, col in [("Complete", FILL["blue"]), ("On track", FILL["green"]), ("Some delay", FILL["amber"]),
                      ("Off track", FILL["red"])]:
        r += 1
        put(ws, r, 1, word)
        put(ws, r, 9, None, bg=col)
    r += 2
    put(ws, r, 1, "Monitored by the BCTP DHR Steering Group; next update due December 2025.")
    wb.save(path(fname))
    assert typo_row == 8, typo_row

    write_expected(fname, {
        "source": (
            "Imitates a domestic homicide review action plan in the Home Office DHR action-plan template "
            "(Recommendation / Scope of recommendation / Action to take / Lead agency / Key milestones achieved in "
            "enacting recommendation / Target date / Date of completion and outcome), as a community safety partnership "
            "such as West Berkshire's Building Communities Together Partnership publishes with a DHR overview report "
            "(2025). Features copied: title and partnership lines, update line, recommendation text and scope merged "
            "vertically over their numbered actions, agencies as leads (one slash pair), month-name target dates, "
            "colour-only RAG column and a RAG key below."),
        "reads": (
            "A DHR 'Helen' action plan with four recommendations and seven numbered actions. Action 2.1's target "
            "date reads 'Novemebr 2025', a mistyped month; a careful reader would stop and ask what was meant "
            "(probably November 2025) rather than guess, so the file is refused at that row."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return fname, 0


# ============================================ 6. CSP delivery plan (txt, TSV)
def make_csp():
    fname = "hj2-cheshire-west-chester-csp-community-safety-plan-2025-26-delivery-plan.txt"
    title = "Cheshire West and Chester Community Safety Partnership – Delivery Plan 2025/26"
    P1 = "Priority 1: Serious violence and knife crime"
    P2 = "Priority 2: Anti-social behaviour and neighbourhood crime"
    P3 = "Priority 3: Domestic abuse and violence against women and girls"
    lines = [
        title,
        "Community Safety Plan 2025–2028, Year 1",
        "Quarter 2 progress report (July to September 2025) for the CSP Board, 16 October 2025",
        "",
        "Ref\tAction\tLead partner(s)\tTimescale\tQ2 progress\tRAG",
    ]
    actions = []

    def row(ref, under, text, lead_cell, leads, when, end, end_text, progress, rag, status, cont=None):
        lines.append("\t".join([ref, text, lead_cell, when, progress, rag]))
        full = text
        if cont:
            lines.append("\t" + cont + "\t\t\t\t")
            full = text + "\n" + cont
        actions.append(act(ref, [under], full, leads, end, status, end_text))

    lines.append(P1)
    row("1.1", P1, "Refresh the Serious Violence Duty strategic needs assessment and publish the updated local response strategy.",
        "CWAC Community Safety Team / Public Health", ["CWAC Community Safety Team", "Public Health"],
        "Jan-26", "2026-01", None, "Data sharing agreement signed; analysis under way.", "G", "green")
    row("1.2", P1, "Deliver knife crime education sessions in all secondary schools",
        "Cheshire Constabulary / Youth Justice Service", ["Cheshire Constabulary", "Youth Justice Service"],
        "Sept 2025 – March 2026", "2026-03", "Sept 2025 – March 2026", "Sessions delivered in 14 of 21 schools.", "G", "green",
        cont="and alternative provision settings across the borough.")
    row("1.3", P1, "Install two further public-access bleed control kits in Chester city centre and Ellesmere Port town centre.",
        "Cheshire Fire and Rescue Service", ["Cheshire Fire and Rescue Service"],
        "31/08/2025", "2025-08", None, "Both kits installed and registered with the ambulance service in August.", "B", "blue")
    lines.append(P2)
    row("2.1", P2, "Review the use of the ASB Case Review (Community Trigger) and publish annual data on the partnership website.",
        "ASB Coordinator", ["ASB Coordinator"],
        "Q3 2025/26", "2025-12", None, "Review started; data publication delayed by website migration.", "A", "amber")
    row("2.2", P2, "Run a joint 'Operation Safer Streets' summer campaign in Winsford and Northwich town centres.",
        "Cheshire Constabulary", ["Cheshire Constabulary"],
        "September 2025", "2025-09", None, "Campaign ran 14 July to 31 August; evaluation to November Board.", "B", "blue")
    row("2.3", P2, "Develop a shared problem-solving approach for repeat ASB locations using the OSARA model.",
        "Neighbourhood Policing Inspector / CWAC Locality Manager", ["Neighbourhood Policing Inspector", "CWAC Locality Manager"],
        "Ongoing", None, "Ongoing", "Four locations under OSARA plans.", "G", "green")
    lines.append(P3)
    row("3.1", P3, "Recommission the community domestic abuse outreach service to start in April 2026.",
        "Domestic Abuse Partnership Manager", ["Domestic Abuse Partnership Manager"],
        "Mar-26", "2026-03", None, "Tender published in September; evaluation panel in December.", "A", "amber")
    row("3.2", P3, "Deliver coercive control awareness training to front-line housing and health practitioners.",
        "Domestic Abuse Partnership Manager", ["Domestic Abuse Partnership Manager"],
        "31/12/2025", "2025-12", None, "Trainer post vacant; training paused since July.", "R", "red")
    row("3.3", P3, "Achieve White Ribbon accreditation for Cheshire West and Chester Council.",
        "Head of Community Safety", ["Head of Community Safety"],
        "November 2025", "2025-11", None, "Submission made; assessment due in November.", "G", "green")
    lines += [
        "",
        "RAG key: B = complete; G = on track; A = some delay, recoverable; R = significant delay or at risk",
        "Summary: 9 actions – B 2, G 4, A 2, R 1",
        "Prepared by the Community Safety Team, Cheshire West and Chester Council",
    ]
    with open(path(fname), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    write_expected(fname, {
        "source": (
            "Imitates a community safety partnership annual delivery plan progress report of the kind Cheshire West "
            "and Chester CSP (and most English CSPs) take to their board each quarter (2025/26), saved as a "
            "tab-separated text export. No specific URL copied. Features copied: title, plan and reporting-period "
            "lines, one header line, priority heading lines between action groups, partner agencies as leads (slash "
            "pairs), timescales as months, a period, a quarter, a day date and 'Ongoing', a B/G/A/R column with a RAG "
            "key line, a summary totals line, and a continuation line carrying the end of one action's text."),
        "reads": (
            "Cheshire West and Chester CSP's 2025/26 delivery plan at quarter 2: three priorities with nine numbered "
            "actions, lead partners, timescales, progress and RAG. Action 1.2's text runs on to the next line; the "
            "key, summary and footer lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# =================================== 7. Transformation highlight report (csv)
def make_eryc():
    fname = "hj2-east-riding-of-yorkshire-council-transformation-programme-highlight-report.csv"
    title = "East Riding of Yorkshire Council – Transformation Programme Highlight Report"
    W = 7
    rows = []

    def line(*vals):
        v = list(vals) + [""] * (W - len(vals))
        rows.append(v)

    line(title)
    line("Reporting period: October 2025")
    line("Programme sponsor: Director of Corporate Resources")
    line("Overall programme RAG: Amber")
    line()
    line("Ref", "Key milestone / deliverable", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary")
    actions = []

    def ms(ref, ws, text, owner, leads, base, fc, end, rag, status, comm):
        line(ref, text, owner, base, fc, rag, comm)
        actions.append(act(ref, [ws], text, leads, end, status))

    W1 = "Workstream 1 – Customer Access and Digital"
    W2 = "Workstream 2 – Adult Social Care Demand Management"
    W3 = "Workstream 3 – Property and Asset Rationalisation"
    line(W1)
    ms("1.1", W1, "Launch the new customer portal with online accounts for council tax and waste services",
       "Head of Customer Services", ["Head of Customer Services"], "30/06/2025", "15/09/2025", "2025-09", "Complete", "blue",
       "Portal live 15 September; 4,200 accounts created in the first month.")
    ms("1.2", W1, "Move 10 high-volume telephone processes to online forms",
       "Head of Customer Services & Head of ICT", ["Head of Customer Services", "Head of ICT"], "31/10/2025", "31/12/2025", "2025-12", "Amber", "amber",
       "Two processes delayed by integration issues with the revenues system.")
    ms("1.3", W1, "Introduce an AI-assisted webchat for out-of-hours enquiries",
       "Head of ICT", ["Head of ICT"], "31/03/2026", "31/03/2026", "2026-03", "Green", "green",
       "Supplier demonstrations complete; DPIA in progress.")
    line(W2)
    ms("2.1", W2, "Expand the reablement service to seven-day working across Beverley, Bridlington and Goole",
       "Head of Adult Services – Prevention", ["Head of Adult Services – Prevention"], "Sep-25", "Sep-25", "2025-09", "Complete", "blue",
       "Seven-day rota in place from 1 September.")
    ms("2.2", W2, "Roll out strengths-based conversations training to all adult social care front door staff",
       "Principal Social Worker", ["Principal Social Worker"], "Dec-25", "Dec-25", "2025-12", "Green", "green",
       "68% of staff trained.")
    ms("2.3", W2, "Deliver a technology-enabled care pilot for 150 people with long-term conditions",
       "Head of Adult Services – Prevention / Telecare Manager", ["Head of Adult Services – Prevention", "Telecare Manager"],
       "Nov-25", "Feb-26", "2026-02", "Amber", "amber",
       "Device delivery delayed; 62 people enrolled so far.")
    ms("2.4", W2, "Review all residential placement packages costing over £1,500 per week",
       "Head of Commissioning", ["Head of Commissioning"], "31/12/2025", "31/03/2026", "2026-03", "Red", "red",
       "Reviewing capacity reduced; 38 of 112 packages reviewed.")
    line(W3)
    ms("3.1", W3, "Complete the office accommodation review and move staff from the Skirlaugh office into County Hall, Beverley",
       "Head of Property Services", ["Head of Property Services"], "31/03/2026", "30/06/2026", "2026-06", "Amber", "amber",
       "Space planning done; move phased to avoid the budget-setting period.")
    ms("3.2", W3, "Dispose of three surplus depot sites",
       "Head of Property Services", ["Head of Property Services"], "Q3 2025/26", "Q4 2025/26", "2026-03", "Green", "green",
       "Two sites under offer; third site to auction in February.")
    ms("3.3", W3, "Install solar PV on the Bridlington Leisure Centre roof",
       "Head of Property Services / Climate Change Officer", ["Head of Property Services", "Climate Change Officer"],
       "Aug-25", "Oct-25", "2025-10", "Complete", "blue",
       "Installation signed off 10 October 2025.")
    line()
    line("Milestone summary")
    counts = {}
    for a in actions:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    line("Complete", str(counts.get("blue", 0)))
    line("Green", str(counts.get("green", 0)))
    line("Amber", str(counts.get("amber", 0)))
    line("Red", str(counts.get("red", 0)))
    line("Total", str(len(actions)))
    line()
    line("Decisions required from the Transformation Programme Board: none this period.")
    with open(path(fname), "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)

    write_expected(fname, {
        "source": (
            "Imitates a council transformation programme highlight report (programme board milestone tracker) of the "
            "kind East Riding of Yorkshire Council and other unitary councils produce monthly (2025), exported to CSV "
            "from the programme office spreadsheet. No specific URL copied. Features copied: title, reporting period, "
            "sponsor and overall-RAG lines, workstream heading rows, milestone refs, owners (job titles; one '&' pair "
            "and two slash pairs), baseline and forecast dates (forecast is the revised date), RAG words including "
            "Complete, commentary, and a milestone summary totals block and decisions line at the foot."),
        "reads": (
            "East Riding's transformation programme highlight report for October 2025: three workstreams with ten "
            "milestones, each with an owner, a baseline and forecast date and a RAG. The forecast date is the end; "
            "the summary counts and the decisions line are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


if __name__ == "__main__":
    for fn in (make_sar, make_maternity, make_rcht, make_breckland, make_dhr, make_csp, make_eryc):
        name, n = fn()
        print("%-90s %d actions" % (name, n))
