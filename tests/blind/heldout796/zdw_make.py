#!/usr/bin/env python3
"""Build the seven zdw- blind test files (set heldout796).

Run with the project's Python (openpyxl and python-docx needed):
    /work/main/.venv/bin/python zdw_make.py
Writes the data files beside this script. The expected readings
(NAME.expected.yaml) are kept beside them and are not written here.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. HMP & YOI Peterborough (Women) - HMPPS action plan (docx)
# ---------------------------------------------------------------------------
PRISON_FILE = "zdw-hmp-yoi-peterborough-women-hmip-inspection-action-plan.docx"
PRISON_TITLE = "Action Plan: HMP & YOI Peterborough (Women)"

PRISON_SECTIONS = [
    ("Priority concerns", [
        ("1. Strategies for self-harm, violence reduction and resettlement had been written for the men’s site and applied to the women’s site without being adapted to women’s needs.",
         "Agreed", [
             ("1.1", "Develop a women-specific safety strategy covering self-harm and violence reduction, informed by consultation with women through the prisoner council.",
              "Head of Safety (Women’s Site)", "31 December 2024"),
             ("1.2", "Produce a women’s resettlement strategy and action plan, reviewed at the monthly Reducing Reoffending Meeting.",
              "Head of Reducing Reoffending", "31 January 2025"),
         ]),
        ("2. Women did not have enough purposeful activity: much of the work on offer was menial and there were not enough activity places for the population.",
         "Agreed", [
             ("2.1", "Complete an activities needs analysis and convert one textiles workshop to accredited vocational training linked to local employment.",
              "Head of Learning, Skills and Work", "31 March 2025"),
             ("2.2", "Publish a core day which gives every woman a minimum of nine hours out of cell on weekdays, monitored weekly by the Senior Leadership Team.",
              "Deputy Director", "30 November 2024"),
         ]),
        ("3. The quality of education, skills and work was inadequate, and too few women achieved their qualifications.",
         "Agreed", [
             ("3.1", "Agree a quality improvement plan with the education provider, with monthly contract meetings covering attendance, achievement and the quality of teaching.",
              "Head of Learning, Skills and Work / Education Provider Manager", "Ongoing – reviewed monthly"),
         ]),
    ]),
    ("Key concerns", [
        ("4. Waiting times for GP and mental health appointments were too long.",
         "Agreed", [
             ("4.1", "Review GP and mental health clinic capacity with the healthcare provider and NHS England commissioners, and add sessions to bring waiting times in line with the community.",
              "Head of Healthcare", "28 February 2025"),
         ]),
        ("5. Not all staff on the women’s site had been trained in working with women or in trauma-informed practice.",
         "Agreed", [
             ("5.1", "All staff working on the women’s site to complete the Becoming Trauma Informed training package.",
              "Head of Operations", "30 June 2025"),
             ("5.2", "Include working with women and trauma-informed practice in the induction programme for all new starters.",
              "Head of Operations; Training Manager", "31 October 2024"),
         ]),
        ("6. Too many women were released without sustainable accommodation.",
         "Agreed", [
             ("6.1", "Work with the pre-release probation team and local housing authorities to secure accommodation before release, and report accommodation outcomes at the Reducing Reoffending Meeting.",
              "Head of Reducing Reoffending", "Q4 2024/25"),
         ]),
        ("7. Leaders did not analyse use of force data to identify whether force was used disproportionately against women with protected characteristics.",
         "Partly Agreed", [
             ("7.1", "Add a breakdown by ethnicity, age and disability to the monthly use of force report and review it at the Equality Action Team meeting.",
              "Head of Safety (Women’s Site)", "31 October 2024"),
         ]),
    ]),
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row, fill=None):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
        if fill:
            shade(c, fill)


def build_prison():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(PRISON_TITLE, style="Title")
    for line in ["Action Plan Submitted: 19 September 2024",
                 "A Response to the HMIP Inspection: 22 April – 2 May 2024",
                 "Report Published: 23 July 2024"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions "
        "for and treatment of those in prison. Following each inspection an action plan is prepared which "
        "confirms whether each concern is agreed, partly agreed or not agreed, the actions that will be "
        "taken, who is responsible and by when. HMIP will assess progress at its next independent review "
        "of progress or inspection.")
    doc.add_paragraph(
        "HMP & YOI Peterborough is operated by Sodexo Justice Services under contract to HMPPS. The "
        "women’s site and the men’s site share one senior leadership team.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Term"
    t.rows[0].cells[1].text = "Definition"
    bold_row(t.rows[0], "D9D9D9")
    for term, d in [("Agreed", "All of the concern is accepted and the actions set out will address it."),
                    ("Partly Agreed", "Only part of the concern is accepted; the response explains which part will be addressed and why."),
                    ("Not Agreed", "The concern is not accepted; the response explains the reasons.")]:
        r = t.add_row().cells
        r[0].text = term
        r[1].text = d

    header = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action",
              "Responsible Owner", "Target Date"]
    for heading, concerns in PRISON_SECTIONS:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(header):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0], "D9D9D9")
        for concern, agreed, actions in concerns:
            first = len(t.rows)
            for ref, action, owner, date in actions:
                r = t.add_row().cells
                r[0].text = ref
                r[3].text = action
                r[4].text = owner
                r[5].text = date
            last = len(t.rows) - 1
            c1 = t.cell(first, 1)
            c2 = t.cell(first, 2)
            if last > first:
                c1 = c1.merge(t.cell(last, 1))
                c2 = c2.merge(t.cell(last, 2))
            c1.text = concern
            c2.text = agreed
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0], "D9D9D9")
    t.rows[1].cells[0].text = "Director, HMP & YOI Peterborough"
    t.rows[1].cells[1].text = "Signed"
    t.rows[1].cells[2].text = "19/09/2024"
    t.rows[2].cells[0].text = "Controller, HMPPS Contract Management"
    t.rows[2].cells[1].text = "Signed"
    t.rows[2].cells[2].text = "19/09/2024"
    doc.save(out(PRISON_FILE))


# ---------------------------------------------------------------------------
# 2. Norfolk PDU - HMI Probation inspection action plan (tab-separated text)
# ---------------------------------------------------------------------------
PROBATION_FILE = "zdw-probation-service-norfolk-pdu-hmip-inspection-action-plan.txt"
PROBATION_TITLE = "Norfolk Probation Delivery Unit (PDU) – HM Inspectorate of Probation Inspection Action Plan"

PROBATION_SECTIONS = [
    ("Norfolk PDU should:", [
        ("1. make sure that domestic abuse and child safeguarding enquiries are made at the start of every sentence, and that the information received is analysed and used in assessment and planning",
         "Agreed", [
             ("1.1", "Re-establish the information-sharing arrangement with Norfolk Constabulary and Norfolk Children's Services, with a named single point of contact in each agency",
              "Head of PDU", "30/09/2024", "", "Blue", "Arrangement signed off by all three agencies in September 2024."),
             ("1.2", "Introduce a monthly audit of ten cases per team against the domestic abuse and safeguarding checks, reporting findings to the PDU Quality Board",
              "Senior Probation Officers; Quality Development Officer", "31/12/2024", "31/03/2025", "Blue",
              "Audit cycle running since April 2025; compliance rose from 58% to 84%."),
         ]),
        ("2. make sure that Senior Probation Officers countersign assessments only when they meet the required quality standard, so that performance targets do not take priority over quality",
         "Agreed", [
             ("2.1", "Brief all Senior Probation Officers on the quality expectations for countersigning and the escalation route when timescales cannot be met",
              "Deputy Head of PDU", "31/07/2024", "", "Blue", "Briefings delivered July 2024; now part of SPO induction."),
             ("2.2", "Add a quality measure to the PDU performance dashboard alongside the timeliness measures",
              "Performance and Quality Lead", "31/10/2024", "31/12/2025", "Green",
              "National dashboard change needed; interim local measure reported monthly since June 2025."),
         ]),
        ("3. rebuild its strategic relationship with the Norfolk Safeguarding Children Partnership and meet its statutory duties to attend and contribute to the partnership",
         "Agreed", [
             ("3.1", "Head of PDU to attend the Norfolk Safeguarding Children Partnership executive group and nominate probation representatives for each subgroup",
              "Head of PDU", "Ongoing", "", "Green", "Attended every executive meeting since July 2024."),
             ("3.2", "Run joint practice workshops for probation practitioners and children's social workers in each locality",
              "Head of PDU / Assistant Director, Norfolk Children's Services", "Mar-25", "", "Blue",
              "Four workshops held: Norwich, King's Lynn, Great Yarmouth and Thetford."),
         ]),
        ("4. improve services for women on probation, including the offer of a female practitioner and access to women-only reporting",
         "Agreed", [
             ("4.1", "Offer every woman a female practitioner at allocation and record the offer on nDelius",
              "Women's Lead SPO", "30/11/2024", "", "Blue", "Offer recorded in 96% of new allocations (August 2025 audit)."),
         ]),
    ]),
    ("The East of England region should:", [
        ("5. make sure that commissioned rehabilitative services for substance misuse are available to people on probation in Norfolk",
         "Partly agreed", [
             ("5.1", "Put interim arrangements in place with the local drug and alcohol service until the substance misuse contract is re-procured",
              "Regional Head of Commissioning", "31/01/2025", "30/09/2025", "Amber",
              "Interim referral pathway live; capacity limited in west Norfolk."),
             ("5.2", "Re-procure the substance misuse rehabilitative services contract for the region",
              "Regional Head of Commissioning", "Q1 2026/27", "", "Green",
              "Tender evaluation complete; contract award expected spring 2026."),
         ]),
    ]),
]


def build_probation():
    ncol = 8
    lines = []

    def row(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        lines.append("\t".join(cells))

    lines.append(PROBATION_TITLE)
    lines.append("Probation Service – East of England Region")
    lines.append("Inspection report published: 21 May 2024\tAction plan agreed: 16 August 2024\tPosition at: 30 September 2025")
    lines.append("")
    row("Ref", "Recommendation / Action", "Response", "Action owner", "Target date",
        "Revised date", "RAG", "Progress update")
    for section, recs in PROBATION_SECTIONS:
        row(section)
        for rec, response, actions in recs:
            row("", rec, response)
            for ref, action, owner, target, revised, rag, update in actions:
                row(ref, action, "", owner, target, revised, rag, update)
    lines.append("")
    lines.append("RAG key: Blue = complete; Green = on track; Amber = at risk or revised date missed; Red = off track")
    lines.append("Revised dates agreed by the Regional Probation Director.")
    with open(out(PROBATION_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 3. Hereford & Worcester FRS - HMICFRS misconduct handling tracker (xlsx)
# ---------------------------------------------------------------------------
FIRE_FILE = "zdw-hereford-worcester-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
FIRE_TITLE = "HWFRS – HMICFRS Standards of Behaviour (Misconduct Handling) Recommendations Tracker"

D = dt.datetime
FIRE_THEMES = [
    ("Theme 1 – Culture and the Core Code of Ethics", [
        ("1. By 1 February 2025, chief fire officers should make sure staff are aware of and follow the Core Code of Ethics, building it into all relevant policies and practices.", [
            ("1.1", "Map all HR and operational policies against the Core Code of Ethics and update each policy at its next scheduled review.",
             "Head of People Services", D(2025, 1, 31), D(2025, 6, 30), "A", "B",
             "All 38 in-scope policies mapped; final four updated and published June 2025."),
            ("1.2", "Include the Core Code of Ethics in the induction programme, station-based training and the leadership development pathway.",
             "Area Manager – Training and Development", D(2025, 3, 31), None, "G", "B",
             "Induction and supervisory management modules updated; station packages issued March 2025."),
        ]),
        ("2. By 1 February 2025, chief fire officers should have a probation policy that makes clear probationers who fail to meet the required standards of behaviour can be dismissed.", [
            ("2.1", "Revise the probation policy for all staff groups, consult the representative bodies and publish the revised policy.",
             "Head of People Services", D(2025, 1, 31), D(2025, 10, 31), "A", "A",
             "Consultation with representative bodies extended at their request; revised policy to Strategic Leadership Board 28 October 2025."),
        ]),
    ]),
    ("Theme 2 – Watch culture and workforce movement", [
        ("3. By 1 May 2025, chief fire officers should make sure workforce plans allow wholetime staff to be moved between watches or stations, and that firefighters who are promoted are posted to a different watch or station.", [
            ("3.1", "Amend the promotion and temporary promotion procedure so that successful candidates are posted away from their current watch, with any exceptions risk-assessed and recorded.",
             "Deputy Chief Fire Officer", D(2025, 4, 30), None, "G", "B",
             "Procedure amended April 2025; three exceptions recorded since, each with a risk assessment."),
            ("3.2", "Build planned watch rotation into the annual workforce plan for wholetime stations.",
             "Area Manager – Response", D(2026, 3, 31), None, "G", "G",
             "Rotation principles agreed with station managers; first planned moves April 2026."),
        ]),
    ]),
    ("Theme 3 – Misconduct processes and support", [
        ("4. By 1 February 2025, chief fire officers should make sure misconduct investigations are carried out by trained investigators who are independent of the people involved.", [
            ("4.1", "Train a pool of 12 investigating officers through an accredited workplace investigations course.",
             "Head of People Services / Professional Standards Manager", D(2025, 2, 28), D(2025, 7, 31), "A", "B",
             "12 officers trained; pool in use from August 2025."),
            ("4.2", "Agree a reciprocal arrangement with a neighbouring fire and rescue service for independent investigation of cases involving senior managers.",
             "Deputy Chief Fire Officer", D(2025, 3, 31), D(2025, 12, 31), "A", "G",
             "Memorandum of understanding drafted with a neighbouring service; legal review under way."),
        ]),
        ("5. By 1 August 2025, chief fire officers should record and monitor all misconduct cases, including outcomes and timeliness, and report this information to their fire and rescue authority.", [
            ("5.1", "Introduce a misconduct case management log and provide a quarterly anonymised report to the Audit and Standards Committee.",
             "Professional Standards Manager", D(2025, 7, 31), D(2026, 1, 31), "G", "A",
             "Case log live from July 2025; first quarterly report moved to the January 2026 Committee."),
        ]),
        ("6. By 1 May 2025, chief fire officers should make sure people who raise concerns, and those subject to investigation, are kept informed and offered support throughout the process.", [
            ("6.1", "Assign a wellbeing liaison officer to each party in a misconduct case and record contact at every stage.",
             "Head of Occupational Health and Wellbeing", D(2025, 4, 30), None, "G", "B",
             "In place since April 2025; contact recorded in the case log."),
        ]),
    ]),
]

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


def build_fire():
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = FIRE_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("HMICFRS thematic report published 1 August 2024. Position as at 30 September 2025 – "
               "report to Audit and Standards Committee, 15 October 2025.")
    s["A4"] = "Summary of HWFRS actions by current RAG"
    s["A4"].font = Font(bold=True)
    for col, h in zip("ABC", ["RAG", "Meaning", "No. of actions"]):
        s[f"{col}5"] = h
        s[f"{col}5"].font = Font(bold=True)
        s[f"{col}5"].fill = fill("D9D9D9")
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, recs in FIRE_THEMES:
        for _, acts in recs:
            for a in acts:
                counts[a[6]] += 1
    key = [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – revised date agreed"),
           ("R", "Off track – target date missed, no recovery plan")]
    r = 6
    for k, meaning in key:
        s[f"A{r}"] = k
        s[f"A{r}"].fill = fill(FILL[k])
        s[f"B{r}"] = meaning
        s[f"C{r}"] = counts[k]
        r += 1
    s[f"B{r}"] = "Total"
    s[f"B{r}"].font = Font(bold=True)
    s[f"C{r}"] = f"=SUM(C6:C{r-1})"
    s[f"A{r+2}"] = "Note: Previous RAG is the position reported to the Committee on 18 June 2025."
    s.column_dimensions["A"].width = 10
    s.column_dimensions["B"].width = 50
    s.column_dimensions["C"].width = 16

    t = wb.create_sheet("Action tracker")
    t["A1"] = "Action tracker – HMICFRS misconduct handling recommendations"
    t["A1"].font = Font(bold=True, size=12)
    hdr = ["Recommendation", "Ref", "HWFRS action", "Lead officer", "Original target date",
           "Revised target date", "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress update"]
    for i, h in enumerate(hdr, start=1):
        c = t.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BORDER
    r = 4
    for theme, recs in FIRE_THEMES:
        t.cell(row=r, column=1, value=theme).font = Font(bold=True)
        t.cell(row=r, column=1).fill = fill("F2DCDB")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, acts in recs:
            first = r
            for ref, action, lead, orig, rev, prev, cur, upd in acts:
                vals = [None, ref, action, lead, orig, rev, prev, cur, upd]
                for i, v in enumerate(vals, start=1):
                    c = t.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                for col in (5, 6):
                    t.cell(row=r, column=col).number_format = "dd/mm/yyyy"
                for col, k in ((7, prev), (8, cur)):
                    t.cell(row=r, column=col).fill = fill(FILL[k])
                    t.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            t.cell(row=first, column=1, value=rec).alignment = WRAP
            if r - 1 > first:
                t.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    t.cell(row=r, column=1, value=("Recommendations addressed to national bodies (Home Office, NFCC, LGA) are "
                                   "monitored nationally and are not included in this tracker."))
    for col, w in zip("ABCDEFGHI", [48, 6, 48, 28, 12, 12, 10, 10, 45]):
        t.column_dimensions[col].width = w
    t.freeze_panes = "C4"
    wb.save(out(FIRE_FILE))


# ---------------------------------------------------------------------------
# 4. Lancashire Constabulary - HMICFRS public disorder tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
POLICE_FILE = "zdw-lancashire-constabulary-hmicfrs-public-disorder-recommendations-tracker-typo-month-refuse.xlsx"
POLICE_TITLE = "Lancashire Constabulary – HMICFRS Recommendations Tracker"

POLICE_RECS = [
    ("Chief constables should review their public order strategic threat and risk assessment and mobilisation plans so that they account for the risk of spontaneous, widespread disorder.", [
        ("PD1.1", "Refresh the public order public safety STRA with Operations Planning, including a scenario for several simultaneous events across the county.",
         "Supt Operations", "June 2025", "Complete", "STRA refreshed and signed off at Force Assurance Board, June 2025."),
        ("PD1.2", "Test the revised mobilisation plan in a live-play exercise with neighbouring forces.",
         "Ch Insp Operational Planning", "Decmber 2025", "On track", "Exercise booked with Merseyside Police and GMP for November."),
    ]),
    ("Chief constables should make sure they have enough trained public order officers and commanders to meet both national mobilisation requirements and their own assessed need.", [
        ("PD2.1", "Increase the number of Level 2 public order trained officers from 280 to 340 through additional courses.",
         "Ch Supt Head of Operations", "March 2026", "On track", "312 officers trained at end of September; two courses scheduled."),
        ("PD2.2", "Train two additional Gold and four additional Silver public order commanders.",
         "Supt Operations / Head of Learning & Development", "September 2025", "Complete", "All six commanders accredited."),
    ]),
    ("Chief constables should improve how they gather and assess online and open-source intelligence to monitor community tension.", [
        ("PD3.1", "Establish a 24/7 open-source intelligence capability within the Force Intelligence Bureau.",
         "D/Supt Intelligence", "April 2026", "Off track", "Growth bid deferred to 2026/27 budget; interim cover from day shift only."),
        ("PD3.2", "Add a community tension assessment to the daily management meeting.",
         "Supt Neighbourhood Policing", "July 2025", "Complete", "In place since July 2025."),
    ]),
    ("Chief constables should make sure officers and staff deployed to serious disorder receive appropriate welfare support afterwards.", [
        ("PD4.1", "Introduce a post-deployment welfare debrief and TRiM referral for all officers and staff deployed to serious disorder.",
         "Head of Wellbeing", "August 2025", "Complete", "Process published on the intranet; used after two deployments."),
    ]),
]


def build_police():
    wb = openpyxl.Workbook()
    t = wb.active
    t.title = "Public disorder"
    t["A1"] = POLICE_TITLE
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Report: An inspection of the police response to the public disorder in July and August 2024"
    t["A3"] = "Reported to: Force Assurance Board | Last updated: 14/10/2025"
    hdr = ["Ref", "HMICFRS recommendation", "Force action", "Action owner", "Due", "Status", "Latest update"]
    for i, h in enumerate(hdr, start=1):
        c = t.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BORDER
    r = 6
    status_fill = {"Complete": "0070C0", "On track": "00B050", "Off track": "FF0000"}
    for rec, acts in POLICE_RECS:
        first = r
        for ref, action, owner, due, status, upd in acts:
            for i, v in enumerate([ref, None, action, owner, due, status, upd], start=1):
                c = t.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
            t.cell(row=r, column=6).fill = fill(status_fill[status])
            r += 1
        t.cell(row=first, column=2, value=rec).alignment = WRAP
        if r - 1 > first:
            t.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    t.cell(row=r, column=1, value="Status key: Complete – closed by Force Assurance Board; On track; Off track – exception report required.")
    for col, w in zip("ABCDEFG", [8, 50, 50, 26, 14, 12, 45]):
        t.column_dimensions[col].width = w

    v = wb.create_sheet("Version history")
    for i, h in enumerate(["Version", "Date", "Changes", "Author"], start=1):
        v.cell(row=1, column=i, value=h).font = Font(bold=True)
    for rr, row in enumerate([("0.1", "20/01/2025", "Tracker created from HMICFRS report", "Strategic Planning & Inspection"),
                              ("0.4", "08/07/2025", "Updates for July Force Assurance Board", "Strategic Planning & Inspection"),
                              ("0.6", "14/10/2025", "Updates for October Force Assurance Board", "Strategic Planning & Inspection")],
                             start=2):
        for i, val in enumerate(row, start=1):
            v.cell(row=rr, column=i, value=val)
    wb.save(out(POLICE_FILE))


# ---------------------------------------------------------------------------
# 5. Stratford-upon-Avon College - Quality Improvement Plan 2025-26 (xlsx)
# ---------------------------------------------------------------------------
COLLEGE_FILE = "zdw-stratford-upon-avon-college-quality-improvement-plan-2025-26.xlsx"
COLLEGE_TITLE = "Stratford-upon-Avon College Quality Improvement Plan 2025–26"

COLLEGE_SECTIONS = [
    ("1. Quality of education", [
        ("Too few learners on level 3 study programmes achieve high grades.", [
            ("1.1", "Fortnightly progress reviews for level 3 learners working below target grade, with an intervention plan agreed with each learner.",
             "Head of Faculty – Creative and Digital", "High grades (A*–B / Distinction*–Merit) up from 41% to 50%", D(2026, 3, 31),
             "Reviews running in all level 3 courses since October; 212 intervention plans in place.", "G"),
            ("1.2", "CPD programme on assessment for learning and stretch and challenge for all level 3 teachers.",
             "Quality Manager / Head of Teaching & Learning", "Learning walks show stretch and challenge in 80% of level 3 lessons", D(2026, 6, 30),
             "Three of six sessions delivered; attendance 88%.", "G"),
        ]),
        ("Attendance at English and maths GCSE resit lessons is too low.", [
            ("1.3", "Same-day follow-up of absence from English and maths lessons by the learner engagement team.",
             "Head of English & Maths", "Attendance at English and maths lessons of 85% or above", D(2025, 10, 31),
             "Follow-up in place from week 2; attendance 86% at December.", "B"),
            ("1.4", "Timetable English and maths lessons in the middle of the day for full-time learners from January 2026.",
             "Assistant Principal – Curriculum Planning", "No English or maths lessons in the first or last session of the day", D(2026, 1, 5),
             "Timetable changes agreed for 70% of groups; construction and motor vehicle still to move.", "A"),
        ]),
    ]),
    ("2. Apprenticeships", [
        ("Too many apprentices remain on programme beyond their planned end date.", [
            ("2.1", "Monthly caseload reviews of all apprentices past their planned end date, with a completion plan agreed with each employer.",
             "Head of Apprenticeships", "Apprentices past planned end date reduced from 64 to under 25", D(2026, 1, 31),
             "Down to 38 at December review.", "G"),
            ("2.2", "Introduce the apprenticeship progress dashboard in ProMonitor for all assessors.",
             "MIS Manager", "All assessors using the dashboard at monthly reviews", D(2025, 11, 30),
             "Delayed – supplier integration fault; escalated to SLT.", "R"),
        ]),
    ]),
    ("3. Personal development", [
        ("Learners' understanding of the local risks of radicalisation and extremism is not secure.", [
            ("3.1", "Revise the tutorial programme so that Prevent sessions use the local Warwickshire risk profile.",
             "Designated Safeguarding Lead", "90% of learners surveyed can describe local risks", D(2026, 2, 28),
             "Revised sessions written; delivery starts January.", "G"),
        ]),
    ]),
    ("4. Leadership and management", [
        ("Governors do not receive enough detail about the quality of adult learning programmes.", [
            ("4.1", "Add an adult learning section to the termly quality report to the Quality & Standards Committee.",
             "VP Curriculum & Quality", "Committee minutes show challenge on adult learning", "Termly",
             "New action added at December review.", None),
        ]),
    ]),
]


def build_college():
    wb = openpyxl.Workbook()
    c = wb.active
    c.title = "Cover"
    c["A1"] = COLLEGE_TITLE
    c["A1"].font = Font(bold=True, size=16)
    c["A3"] = "Document control"
    c["A3"].font = Font(bold=True)
    rows = [("Document", "Quality Improvement Plan 2025–26"),
            ("Owner", "Vice Principal Curriculum & Quality"),
            ("Approved by", "Quality & Standards Committee, 14 October 2025"),
            ("Version", "1.2 – December 2025 review"),
            ("Next review", "March 2026")]
    for i, (k, v) in enumerate(rows, start=4):
        c.cell(row=i, column=1, value=k).font = Font(bold=True)
        c.cell(row=i, column=2, value=v)
        for col in (1, 2):
            c.cell(row=i, column=col).border = BORDER
    c["A10"] = "RAG key"
    c["A10"].font = Font(bold=True)
    key = [("B", "Action complete and impact evidenced"), ("G", "On track"),
           ("A", "Some slippage – action being taken"), ("R", "Off track – escalated to SLT"),
           (None, "Not yet reviewed")]
    for i, (k, meaning) in enumerate(key, start=11):
        if k:
            c.cell(row=i, column=1).fill = fill(FILL[k])
        c.cell(row=i, column=1).border = BORDER
        c.cell(row=i, column=2, value=meaning)
    c.column_dimensions["A"].width = 16
    c.column_dimensions["B"].width = 55

    q = wb.create_sheet("QIP 2025-26")
    q["A1"] = "Quality Improvement Plan 2025–26 (from Self-Assessment Report 2024–25)"
    q["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Area for improvement (SAR 2024–25)", "Actions", "Lead", "Success measure",
           "Target date", "Progress at December 2025 review", "RAG"]
    for i, h in enumerate(hdr, start=1):
        cell = q.cell(row=3, column=i, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BORDER
    r = 4
    for section, afis in COLLEGE_SECTIONS:
        q.cell(row=r, column=1, value=section).font = Font(bold=True)
        q.cell(row=r, column=1).fill = fill("E4DFEC")
        q.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, acts in afis:
            first = r
            for ref, action, lead, measure, target, progress, rag in acts:
                for i, v in enumerate([ref, None, action, lead, measure, target, progress, None], start=1):
                    cell = q.cell(row=r, column=i, value=v)
                    cell.alignment = WRAP
                    cell.border = BORDER
                if isinstance(target, dt.datetime):
                    q.cell(row=r, column=6).number_format = "dd/mm/yyyy"
                if rag:
                    q.cell(row=r, column=8).fill = fill(FILL[rag])
                r += 1
            q.cell(row=first, column=2, value=afi).alignment = WRAP
            if r - 1 > first:
                q.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGH", [6, 36, 48, 28, 34, 12, 40, 8]):
        q.column_dimensions[col].width = w
    wb.save(out(COLLEGE_FILE))


# ---------------------------------------------------------------------------
# 6. Ashley CE Primary School - School Development Plan 2025-26 (docx)
# ---------------------------------------------------------------------------
SDP_FILE = "zdw-ashley-ce-primary-school-development-plan-2025-26.docx"
SDP_TITLE = "Ashley Church of England Primary School – School Development Plan 2025–26"

SDP_PRIORITIES = [
    ("Priority 1: Improve the quality of writing across Key Stage 2", [
        ("Introduce The Write Stuff approach in Years 3–6, with whole-staff training on the September INSET day.",
         "English lead", "Autumn term 2025", "Training £1,200; resources £800", "Book looks each half-term", "B"),
        ("Weekly modelled and shared writing in every Key Stage 2 class.",
         "English lead / DHT", "Ongoing", "Staff meeting time", "Learning walks", "G"),
        ("Moderate Year 6 writing with the Walton cluster schools to check the accuracy of teacher assessment.",
         "DHT", "Summer term 2026", "Supply cover for 2 days", "Moderation records", None),
    ], "Success criteria: by July 2026 at least 75% of Year 6 pupils reach the expected standard in writing and 20% work at greater depth."),
    ("Priority 2: Improve outcomes for pupils with SEND through precise, well-adapted teaching", [
        ("Review every pupil passport with parents and pupils.",
         "SENCo", "By October half-term 2025", "SENCo release time", "Sample of passports checked by HT", "B"),
        ("Train teaching assistants in precision teaching and Zones of Regulation.",
         "SENCo/HT", "Jan 2026", "External trainer £650", "TA observations", "G"),
        ("Hold termly SEND pupil progress meetings with class teachers.",
         "SENCo", "Termly", "Release time", "Meeting notes; provision map", "G"),
    ], "Success criteria: pupils with SEND make progress in line with their peers from their starting points; every pupil passport reviewed with families."),
    ("Priority 3: Improve attendance and reduce persistent absence", [
        ("Weekly attendance meetings with the Family Support Worker; letters and meetings for families when attendance falls below 90%.",
         "HT & FSW", "Jul-26", "FSW time", "Weekly attendance data to governors", "A"),
        ("Launch a weekly class attendance award in Celebration Worship.",
         "DHT", "September 2025", "£150 for prizes", "Attendance data", "B"),
    ], "Success criteria: whole-school attendance at or above 96% and persistent absence below 8%."),
]


def build_sdp():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(SDP_TITLE, style="Title")
    doc.add_paragraph("A member of The Good Shepherd Trust")
    doc.add_paragraph("Our vision: a caring Christian community where every child is known, valued and able to flourish.")
    doc.add_paragraph("Approved by the Local Governing Body on 24 September 2025. Reviewed termly; RAG ratings updated December 2025.")
    doc.add_heading("Key priorities 2025–26", level=1)
    for title, _, _ in SDP_PRIORITIES:
        doc.add_paragraph(title.split(": ", 1)[1], style="List Bullet")
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, meaning in [("B", "Completed"), ("G", "On track"), ("A", "Some slippage"), ("R", "Significantly behind")]:
        cells = k.add_row().cells
        cells[0].text = code
        shade(cells[0], FILL[code])
        cells[1].text = meaning
    doc.add_paragraph()
    for title, actions, success in SDP_PRIORITIES:
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        top.text = title
        bold_row(t.rows[0], "1F4E79")
        for run in top.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, h in enumerate(["Action", "Lead", "Timescale", "Resources / cost", "Monitoring", "RAG"]):
            t.rows[1].cells[i].text = h
        bold_row(t.rows[1], "DEEAF6")
        for action, lead, when, cost, monitor, rag in actions:
            cells = t.add_row().cells
            cells[0].text = action
            cells[1].text = lead
            cells[2].text = when
            cells[3].text = cost
            cells[4].text = monitor
            if rag:
                cells[5].text = rag
                shade(cells[5], FILL[rag])
                cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        row = t.add_row()
        sc = row.cells[0].merge(row.cells[5])
        sc.text = success
        doc.add_paragraph()
    doc.add_paragraph("Headteacher and Chair of the Local Governing Body – signed copy held in school.")
    doc.save(out(SDP_FILE))


# ---------------------------------------------------------------------------
# 7. Woodbridge School - ISI inspection action plan (csv)
# ---------------------------------------------------------------------------
ISI_FILE = "zdw-woodbridge-school-isi-inspection-action-plan.csv"
ISI_TITLE = "Woodbridge School – ISI Inspection (March 2025): Action Plan"

ISI_ROWS = [
    # section, next step, ref, action, leads, target, rag, progress
    ("Leadership and management, and governance",
     "Leaders should make sure that monitoring of teaching in the senior school leads to consistent use of assessment information when planning lessons.",
     "LM1", "Introduce a three-week learning walk cycle for all senior school departments, focused on the use of assessment information.",
     "Deputy Head (Academic)", "Michaelmas 2025", "Complete", "Cycle in place since September; findings reported to SLT each half-term."),
    ("", "", "LM2", "Heads of Department to review pupil data at every department meeting and share minutes with the Deputy Head (Academic).",
     "Heads of Department", "Ongoing", "On track", "Minutes received from 11 of 13 departments."),
    ("Quality of education, training and recreation",
     "Leaders should make sure the most able pupils in the prep school are consistently challenged.",
     "QE1", "Appoint a prep school Able, Gifted and Talented coordinator and publish an enrichment programme.",
     "Head of Queen's House; Deputy Head (Academic)", "01/09/2025", "Complete", "Coordinator appointed; programme published to parents."),
    ("", "", "QE2", "Introduce challenge tasks in maths and English in Years 3–6, supported by:\n- termly staff training\n- review of planning by subject leads",
     "Head of Maths (Prep), Head of English (Prep)", "Jun 2026", "On track", "Training session held in October."),
    ("Pupils' physical and mental health and emotional wellbeing",
     "The school should analyse records of low-level pastoral concerns in the boarding houses so that patterns are identified and acted on.",
     "WB1", "Move boarding house pastoral logs onto CPOMS and produce a half-termly analysis of patterns for the Deputy Head (Pastoral).",
     "Head of Boarding", "31/01/2026", "Amber", "CPOMS boarding module installed; staff training moved to January 2026."),
    ("Safeguarding",
     "Leaders should make sure that checks on visiting speakers and peripatetic staff are recorded consistently on the single central record.",
     "SG1", "Audit the single central record entries for all peripatetic music staff and sports coaches.",
     "Bursar/HR Manager", "October 2025", "Complete", "Audit completed; two entries corrected."),
    ("", "", "SG2", "Add a visiting speaker check to the events approval form.",
     "DSL", "Nov-25", "Not started", ""),
]


def build_isi():
    ncol = 8
    with open(out(ISI_FILE), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        pad = [""] * (ncol - 1)
        w.writerow([ISI_TITLE] + pad)
        w.writerow(["Monitored by the Education & Pastoral Committee of Governors. Updated 2 October 2025."] + pad)
        w.writerow([""] * ncol)
        w.writerow(["ISI framework section", "Recommended next step", "Ref", "Action", "Lead(s)",
                    "Target", "RAG", "Progress"])
        for row in ISI_ROWS:
            w.writerow(list(row))
        w.writerow([""] * ncol)
        w.writerow(["RAG: Complete; On track; Amber = behind schedule; Not started"] + pad)


def main():
    build_prison()
    build_probation()
    build_fire()
    build_police()
    build_college()
    build_sdp()
    build_isi()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
