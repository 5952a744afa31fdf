"""Generator for the c2- cases of heldout37 (blind corpus).

Makes seven plan documents in this folder, laid out as the councils, partnerships, services and
trusts that publish such plans lay them out. The readings were written into the .expected.yaml
files beside them before this script was first run; this script only writes the cells, lines and
paragraphs.
Run with /work/main/.venv/bin/python c2_make.py
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")
HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "ltgreen": "92D050",
    "blue": "00B0F0",
    "dkblue": "0070C0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "purple": "7030A0",
    "firered": "C00000",
    "teal": "00707A",
    "pale": "DDEBF7",
    "paleteal": "DAEEF3",
    "palered": "F8D7DA",
    "lilac": "E4DFEC",
}


def fill(name):
    return PatternFill("solid", fgColor=HEX[name])


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, names, colour):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = WRAP
        c.border = BOX


def band_row(ws, row, text, ncols, colour, font_colour="FFFFFF"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True, color=font_colour)
    c.fill = fill(colour)
    c.alignment = Alignment(vertical="center")
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).border = BOX


def box_row(ws, row, ncols):
    for col in range(1, ncols + 1):
        c = ws.cell(row=row, column=col)
        c.border = BOX
        if not (c.alignment and c.alignment.wrap_text):
            c.alignment = WRAP


def merge_down(ws, col, first, last, text):
    ws.cell(row=first, column=col, value=text)
    if last > first:
        ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    ws.cell(row=first, column=col).alignment = WRAP


# ---------------------------------------------------------------------------------------------
# 1. Telford & Wrekin Council - ASC CQC continuous improvement action plan (xlsx)
#    Theme band rows, quality statement merged down column B, dd/mm/yyyy dates, revised date
#    column, status words on fills, status key below the table.
# ---------------------------------------------------------------------------------------------
TW_STATUS = {
    "Complete": "dkblue",
    "On track": "green",
    "Some slippage": "amber",
    "Off track": "red",
    "Not yet started": "grey",
}


def telford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    set_widths(ws, [6, 24, 52, 30, 12, 12, 14, 54])
    ws["A1"] = ("Telford & Wrekin Council – Adult Social Care CQC Continuous Improvement "
                "Action Plan 2025/26")
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Following the Care Quality Commission's assessment of how we meet our Care Act "
                "duties (overall rating: Good). Progress position at 30 September 2025 for the "
                "Health and Adult Social Care Scrutiny Committee.")
    ws["A2"].alignment = WRAP
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    ws.row_dimensions[2].height = 30
    header_row(ws, 4, ["Ref", "Quality statement", "Action", "Lead", "Target date",
                       "Revised date", "Status", "Progress update"], "purple")
    ws.freeze_panes = "A5"

    plan = [
        ("Theme 1: Working with people", [
            ("QS1 Assessing needs", [
                ("1.1", "Reduce the time people wait for a Care Act assessment to 28 days or "
                        "less by introducing a duty and triage model in the community social "
                        "work teams.",
                 "Group Manager – Community Social Work", D(2026, 3, 31), None, "On track",
                 "Duty model live in two of three localities since June. Average wait down from "
                 "41 to 30 days (August 2025)."),
                ("1.2", "Clear the occupational therapy waiting list of people waiting over 12 "
                        "weeks, using trusted assessor clinics at the Independent Living Centre.",
                 "Principal Occupational Therapist", D(2025, 6, 30), D(2025, 11, 30),
                 "Some slippage",
                 "Clinics running weekly since May. 46 people still waiting over 12 weeks; two "
                 "OT vacancies are being recruited to."),
            ]),
            ("QS2 Supporting people to live healthier lives", [
                ("1.3", "Co-produce and publish a refreshed All-Age Carers Strategy with carers "
                        "and people with lived experience.",
                 "Commissioning Lead – Carers and Prevention", D(2025, 4, 30), None, "Complete",
                 "Strategy approved by Cabinet in April 2025 and published with an easy-read "
                 "version."),
                ("1.4", "Launch a Carers Card for unpaid carers, giving access to local discounts "
                        "and an emergency contact scheme.",
                 "Commissioning Lead – Carers and Prevention", D(2025, 9, 30), None, "Complete",
                 "Carers Card launched 1 September 2025; 312 carers registered in the first "
                 "month."),
            ]),
            ("QS3 Equity in experience and outcomes", [
                ("1.5", "Improve access to interpreters and translated information so that "
                        "people whose first language is not English can take part fully in "
                        "assessments and reviews.",
                 "Service Delivery Manager – Front Door / Equality and Inclusion Officer",
                 "Ongoing", None, "On track",
                 "New interpreting contract in place. Use of interpreters is now recorded on the "
                 "case record and reported quarterly."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("QS4 Care provision, integration and continuity", [
                ("2.1", "Co-produce a Joint Market Position Statement with the Integrated Care "
                        "Board and local providers.",
                 "Head of Commissioning and Market Development", "Q4 2024/25", None, "Complete",
                 "Published March 2025 following three provider and co-production workshops."),
                ("2.2", "Increase the supply of extra care and supported living for adults with "
                        "learning disabilities, working with registered providers.",
                 "Head of Commissioning and Market Development", "Q4 2026/27", None,
                 "Not yet started",
                 "Scoping due to begin in January 2026 once the housing needs analysis is "
                 "complete."),
            ]),
            ("QS5 Partnerships and communities", [
                ("2.3", "Keep delivering 99% of urgent equipment requests within 24 hours "
                        "through the jointly commissioned equipment service, reporting "
                        "performance to the joint commissioning board.",
                 "Integrated Community Equipment Service Manager", "Quarterly", None,
                 "On track",
                 "Q1 2025/26: 99.2% of urgent requests delivered within 24 hours."),
            ]),
        ]),
        ("Theme 3: Ensuring safety", [
            ("QS6 Safe systems, pathways and transitions", [
                ("3.1", "Agree a Preparing for Adulthood protocol with Children's Services so "
                        "that young people with care and support needs are known to adult "
                        "services from age 14.",
                 "Group Manager – Learning Disability and Autism / Head of Service – Disabled "
                 "Children", D(2025, 12, 31), None, "Some slippage",
                 "Draft protocol agreed by both services; sign-off delayed to allow consultation "
                 "with the Parent Carer Forum."),
            ]),
            ("QS7 Safeguarding", [
                ("3.2", "Refresh safeguarding adults and Mental Capacity Act training for all "
                        "practitioners, with completion reported to the Safeguarding Adults "
                        "Board.",
                 "Service Delivery Manager – Safeguarding", D(2025, 10, 31), None, "On track",
                 "New e-learning and face-to-face modules launched July 2025; 78% of "
                 "practitioners have completed them to date."),
                ("3.3", "Audit a monthly sample of section 42 enquiries to test that people's "
                        "desired outcomes are recorded and met (Making Safeguarding Personal).",
                 "Principal Social Worker", "Monthly", None, "Off track",
                 "Audits paused in July and August because of staff absence; restart planned "
                 "for October with additional auditors."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("QS9 Learning, improvement and innovation", [
                ("4.1", "Report progress on this plan to the Health and Adult Social Care "
                        "Scrutiny Committee every six months.",
                 "Head of Service: Assurance, Transformation and Financial Management",
                 "Six-monthly", None, "On track",
                 "Last reported to Scrutiny in March 2025; next report October 2025."),
            ]),
        ]),
    ]

    r = 5
    for theme, statements in plan:
        band_row(ws, r, theme, 8, "lilac", font_colour="000000")
        r += 1
        for qs, actions in statements:
            first = r
            for ref, action, lead, target, revised, status, progress in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=action)
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=6, value=revised)
                if isinstance(revised, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                s = ws.cell(row=r, column=7, value=status)
                s.fill = fill(TW_STATUS[status])
                s.alignment = CENTRE
                if status in ("Complete", "Off track"):
                    s.font = Font(color="FFFFFF", bold=True)
                ws.cell(row=r, column=8, value=progress)
                box_row(ws, r, 8)
                r += 1
            merge_down(ws, 2, first, r - 1, qs)

    r += 1
    ws.cell(row=r, column=2, value="Status key").font = Font(bold=True)
    r += 1
    for word, meaning in [
        ("Complete", "Action completed and evidence provided"),
        ("On track", "Progressing as planned"),
        ("Some slippage", "Behind plan but expected to recover"),
        ("Off track", "Significantly behind plan – escalated to ASC Leadership Team"),
        ("Not yet started", "Action not yet due to start"),
    ]:
        k = ws.cell(row=r, column=2, value=word)
        k.fill = fill(TW_STATUS[word])
        k.border = BOX
        if word in ("Complete", "Off track"):
            k.font = Font(color="FFFFFF", bold=True)
        ws.cell(row=r, column=3, value=meaning).border = BOX
        r += 1
    wb.save(os.path.join(HERE, "c2-telford-wrekin-asc-cqc-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def cell_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)


def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def doc_table(doc, rows, widths=None, style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for vals in rows:
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            cell_text(cells[i], v)
    if widths:
        col_widths(t, widths)
    return t


# ---------------------------------------------------------------------------------------------
# 2. Newham Safeguarding Adults Board - delivery plan 2024/25 (docx)
#    Document control table, abbreviations paragraph, a heading and a table per priority,
#    objective rows merged across, agency leads by their letters, RAG letters, key table.
# ---------------------------------------------------------------------------------------------
NEWHAM_RAG = {"Complete": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def newham():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Newham Safeguarding Adults Board – Strategic Plan 2023–2026: Delivery Plan "
                    "2024/25", level=0)
    p = doc.add_paragraph()
    p.add_run("Progress update at the end of Quarter 3 (December 2024), for the Board meeting of "
              "23 January 2025.").italic = True

    doc.add_paragraph().add_run("Document control").bold = True
    doc_table(doc, [
        ["Version", "0.4"],
        ["Date", "10 January 2025"],
        ["Author", "NSAB Business Manager"],
        ["Approved by", "NSAB Executive Group"],
        ["Review", "Quarterly, by the Business Unit with lead agencies"],
    ], widths=[4, 10])

    doc.add_paragraph()
    doc.add_paragraph(
        "The Board's Strategic Plan 2023–2026 sets out four priorities. This delivery plan sets "
        "out what partners will do in the second year of the plan to meet them. Each action has a "
        "lead agency, which gives the RAG rating and progress update each quarter; the Business "
        "Unit reviews the ratings before they are reported to the Board.")
    doc.add_paragraph(
        "Abbreviations: LBN – London Borough of Newham; ELFT – East London NHS Foundation Trust; "
        "LFB – London Fire Brigade; NEL ICB – North East London Integrated Care Board; SAR – "
        "Safeguarding Adults Review; NSAB – Newham Safeguarding Adults Board.")

    priorities = [
        ("Priority 1: Prevention and early intervention", [
            ("Objective 1.1: People in Newham know what abuse and neglect look like and how to "
             "report it", [
                ("1.1.1", "Run a Safeguarding Adults Awareness Week programme with community and "
                          "faith groups, including sessions in the borough's most widely spoken "
                          "community languages.",
                 "NSAB Business Unit / Healthwatch Newham", "Nov 2024", "Complete",
                 "14 sessions held 18–22 November 2024, reaching around 400 residents."),
                ("1.1.2", "Publish easy-read and translated versions of the 'What is adult "
                          "abuse?' leaflet on the Board's website.",
                 "NSAB Business Unit", "Sept 2024", "Complete",
                 "Published in English, easy-read, Bengali, Urdu, Romanian and Portuguese."),
            ]),
            ("Objective 1.2: Partners act early where there is self-neglect or hoarding", [
                ("1.2.1", "Relaunch the multi-agency self-neglect and hoarding protocol, with a "
                          "practitioner briefing for each partner agency.",
                 "LBN Adult Social Care", "Q3 2024/25", "G",
                 "Protocol relaunched in October. Briefings delivered to ASC, ELFT and LFB; "
                 "Barts Health booked for January."),
                ("1.2.2", "Add fire risk to home-visit checklists and refer people who hoard for "
                          "a Home Fire Safety Visit.",
                 "LFB, ELFT", "Mar 2025", "A",
                 "LFB referral pathway agreed. ELFT checklist change is awaiting sign-off by its "
                 "Safeguarding Committee."),
            ]),
        ]),
        ("Priority 2: Making Safeguarding Personal", [
            ("Objective 2.1: Adults are asked what outcomes they want, and whether these were "
             "achieved", [
                ("2.1.1", "Record each adult's desired outcomes at the start and at the end of "
                          "every section 42 enquiry on the case management system.",
                 "LBN Adult Social Care", "Dec-24", "G",
                 "Mandatory fields added to the enquiry form in November. Outcomes were asked "
                 "in 86% of enquiries closed in December."),
                ("2.1.2", "Survey a sample of adults and their advocates after their enquiry "
                          "closes, and report the results to the Quality and Performance "
                          "Subgroup.",
                 "Healthwatch Newham", "Quarterly", "A",
                 "First survey returned 11 responses; moving to telephone follow-up to improve "
                 "the response rate."),
            ]),
        ]),
        ("Priority 3: Learning from reviews", [
            ("Objective 3.1: Learning from Safeguarding Adults Reviews changes practice", [
                ("3.1.1", "Deliver a 7-minute briefing and a practitioner learning event on the "
                          "findings of SAR 'Mr K'.",
                 "SAR Subgroup Chair", "By 31 January 2025", "Complete",
                 "Briefing circulated in December; learning event held 15 January 2025 with 92 "
                 "practitioners."),
                ("3.1.2", "Audit hospital discharges of adults with repeat safeguarding concerns "
                          "to test whether the escalation protocol is used.",
                 "Barts Health / NEL ICB", "Jun 2025", "R",
                 "Audit has not started: the data request is still with the Barts Health "
                 "information governance team."),
            ]),
        ]),
        ("Priority 4: Assurance and accountability", [
            ("Objective 4.1: The Board is assured about how well partners safeguard adults", [
                ("4.1.1", "Each Board partner completes the annual safeguarding adults "
                          "self-assessment and attends the challenge event.",
                 "All Board partners", "Feb 2025", "G",
                 "Self-assessments received from 9 of 12 partners; challenge event booked for "
                 "12 February."),
                ("4.1.2", "Develop a multi-agency safeguarding adults dataset for the Board, "
                          "including police and health data.",
                 "NSAB Business Manager", "Ongoing", "",
                 "Not started; awaiting the new performance analyst post."),
            ]),
        ]),
    ]
    widths = [1.6, 8.5, 3.8, 2.6, 1.8, 8.2]
    for priority, objectives in priorities:
        doc.add_heading(priority, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        hdr = t.rows[0]
        repeat_header(hdr)
        for i, h in enumerate(["Ref", "What we will do", "Lead agency", "By when", "RAG",
                               "Progress (Q3)"]):
            cell_text(hdr.cells[i], h, bold=True, colour="FFFFFF")
            shade(hdr.cells[i], "005EB8")
        for objective, actions in objectives:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            cell_text(merged, objective, bold=True)
            shade(merged, "DEEAF6")
            for ref, what, lead, when, rag, progress in actions:
                cells = t.add_row().cells
                for i, v in enumerate([ref, what, lead, when, rag, progress]):
                    cell_text(cells[i], v)
                if rag:
                    shade(cells[4], NEWHAM_RAG[rag])
        col_widths(t, widths)
        doc.add_paragraph()

    doc.add_heading("RAG key", level=2)
    key = doc_table(doc, [
        ["Complete", "Action completed"],
        ["G", "On track to be delivered by the date given"],
        ["A", "Some slippage; expected to recover"],
        ["R", "Off track; Board support needed"],
    ], widths=[2.5, 10])
    for row in key.rows:
        shade(row.cells[0], NEWHAM_RAG[row.cells[0].text])
    doc.save(os.path.join(HERE, "c2-newham-sab-strategic-delivery-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 3. Waltham Forest CSP - DHR 'Mariam' action plan (tab-separated text)
#    Home Office template columns plus Ref and RAG, recommendation blank on continuation rows,
#    text dates, scope/RAG/abbreviation keys at the foot.
# ---------------------------------------------------------------------------------------------
def waltham_forest():
    cols = ["Ref", "Recommendation", "Scope", "Action to take", "Lead agency",
            "Key milestones", "Target date", "Date of completion and outcome", "RAG"]
    rows = [
        ("1.1", "1. Health partners should make sure routine enquiry about domestic abuse is "
                "made when an adult attends with an injury.", "Local",
         "Audit emergency department records of adults attending with injuries for evidence of "
         "routine enquiry, and repeat the audit after training.",
         "Barts Health (Whipps Cross)", "Baseline audit of 50 records; refresher training for ED "
         "nurses", "31/03/2025",
         "Baseline audit completed February 2025: enquiry recorded in 61% of records. Re-audit "
         "planned.", "Amber"),
        ("1.2", "", "Local",
         "Include routine enquiry and the local referral pathway in GP safeguarding training.",
         "NEL ICB", "Session recorded for practices unable to attend", "Dec 2024",
         "Completed 05/12/2024 – training delivered to clinicians from 38 practices.",
         "Complete"),
        ("2.1", "2. LBWF Housing should risk assess requests for a management transfer on the "
                "grounds of domestic abuse and decide them within 10 working days.", "Local",
         "Revise the management transfer procedure to include a DASH risk assessment at first "
         "contact.", "LBWF Housing", "Procedure approved by Housing Management Team",
         "Jan 2025", "Completed 20/01/2025 – revised procedure in use.", "Complete"),
        ("2.2", "", "Local",
         "Train all housing officers on the revised procedure and on referral to the IDVA "
         "service.", "LBWF Housing / Solace", "Four half-day sessions", "Apr–Jun 2025",
         "Two sessions delivered; two booked for May.", "Green"),
        ("3.1", "3. The MPS should make sure evidence-led prosecution is considered and "
                "recorded whenever a victim withdraws support for a prosecution.", "Regional",
         "Issue guidance to North East BCU investigators and include evidence-led prosecution "
         "in the monthly domestic abuse case review.", "MPS (NE BCU)",
         "Guidance issued October 2024", "Ongoing",
         "Dip-sample of 20 withdrawn cases due in April.", "Green"),
        ("4.1", "4. The CSP should raise awareness of economic abuse among residents and "
                "frontline staff.", "Local",
         "Commission a local campaign on economic abuse with Surviving Economic Abuse, "
         "including materials for banks and advice services.", "LBWF Community Safety",
         "Campaign brief agreed", "Sep-25", "", "Not started"),
        ("4.2", "", "National",
         "Ask DWP to brief Jobcentre work coaches in Walthamstow and Leytonstone on recognising "
         "economic abuse and the local referral routes.", "DWP Partnership Manager",
         "Letter sent from CSP Chair", "30/09/2025",
         "DWP has agreed to a briefing; date to be confirmed.", "Amber"),
        ("5.1", "5. NELFT should make sure that family members who care for a patient are asked "
                "about domestic abuse.", "Local",
         "Update the Think Family section of the NELFT care plan template and audit its use in "
         "community mental health teams.", "NELFT", "Template change requested", "Mar-25",
         "Delayed: the template change is part of the wider EPR upgrade, now expected in June "
         "2025.", "Red"),
    ]
    pad = "\t" * (len(cols) - 1)
    lines = [
        "Waltham Forest Community Safety Partnership – Domestic Homicide Review 'Mariam': "
        "Action Plan" + pad,
        "Position at 14 March 2025 – monitored by the DHR Action Plan Group" + pad,
        pad,
        "\t".join(cols),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += [
        pad,
        "Scope: Local – Waltham Forest only; Regional – London-wide; National – for the Home "
        "Office or a national body" + pad,
        "RAG: Complete – completed and evidenced; Green – on track; Amber – some delay; Red – "
        "off track; Not started" + pad,
        "Abbreviations: LBWF – London Borough of Waltham Forest; MPS – Metropolitan Police "
        "Service; NE BCU – North East Basic Command Unit; NEL ICB – North East London Integrated "
        "Care Board; NELFT – North East London NHS Foundation Trust; DWP – Department for Work "
        "and Pensions; IDVA – Independent Domestic Violence Adviser" + pad,
    ]
    with open(os.path.join(HERE, "c2-waltham-forest-csp-dhr-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------------------------
# 4. Redditch Borough Council - housing improvement plan for the RSH (docx)
#    Version table, numbered heading per consumer standard, finding merged down, RAG by cell
#    shading only, shaded key at the end, named officers.
# ---------------------------------------------------------------------------------------------
RDC_RAG = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def redditch():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Redditch Borough Council – Housing Improvement Plan", level=0)
    p = doc.add_paragraph()
    p.add_run("Response to the Regulator of Social Housing regulatory judgement (C3), July 2025. "
              "Progress report to the Housing Improvement Board, 3 November 2025.").bold = True
    doc_table(doc, [
        ["Version", "1.3"],
        ["Last updated", "27 October 2025"],
        ["Plan owner", "Director of Communities and Housing"],
        ["Reported to", "Housing Improvement Board (monthly); Executive Committee (quarterly)"],
    ], widths=[4, 11])
    doc.add_paragraph()
    doc.add_paragraph(
        "In July 2025 the Regulator of Social Housing found that the Council was not meeting "
        "the outcomes of the Safety and Quality Standard and the Transparency, Influence and "
        "Accountability Standard, and graded it C3. This plan sets out what we are doing about "
        "each of the Regulator's findings, who is responsible and by when. The RAG column is "
        "shaded to show progress (see key at the end of the plan).")

    sections = [
        ("1. Safety and Quality Standard", [
            ("Around 2,900 fire risk assessment actions are overdue, including around 800 "
             "high-risk actions overdue by more than a year.", [
                ("SQ1", "Validate the full list of outstanding fire risk assessment actions, "
                        "remove duplicates and confirm the risk rating of each.",
                 "Sam Richards", "31 August 2025", "blue",
                 "Validation completed: 2,612 live actions confirmed, of which 741 are high "
                 "risk."),
                ("SQ2", "Complete all high-risk fire safety actions through a dedicated "
                        "contractor programme.",
                 "Sam Richards and Leanne Price", "31 December 2025", "amber",
                 "388 of 741 high-risk actions completed. Fire door supply delays are slowing "
                 "the programme."),
                ("SQ3", "Complete the remaining medium and low-risk fire safety actions.",
                 "Sam Richards", "30 June 2026", "green",
                 "210 completed alongside the high-risk work; full programme starts January."),
            ]),
            ("Almost 3,000 responsive repairs are overdue and the Council does not know how "
             "long tenants have been waiting.", [
                ("SQ4", "Bring in additional repairs capacity through a framework contractor to "
                        "clear the backlog of overdue repairs.",
                 "Leanne Price", "End of October 2025", "blue",
                 "Contractor mobilised in August; overdue repairs down from 2,950 to 640."),
                ("SQ5", "Report overdue repairs, by age and priority, to the Housing Improvement "
                        "Board every week.",
                 "Leanne Price", "Weekly", "green",
                 "Weekly report in place since 4 August 2025."),
            ]),
            ("The Council does not hold up-to-date stock condition data, including HHSRS hazard "
             "assessments, for most of its homes.", [
                ("SQ6", "Commission a 100% stock condition survey including HHSRS assessments, "
                        "and load the results into the asset management system.",
                 "Martin Osei", "Q1 2026/27", "green",
                 "Surveyor appointed; 1,150 of 5,600 homes surveyed to date."),
            ]),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            ("Tenants are not kept informed about the Council's performance or its improvement "
             "programme.", [
                ("TIA1", "Publish Tenant Satisfaction Measures and compliance performance every "
                         "quarter on the website and in the tenants' newsletter.",
                 "Rachel Doyle", "Quarterly", "green",
                 "Q2 figures published 15 October 2025."),
                ("TIA2", "Set up a Tenant Scrutiny Panel to review progress against this plan.",
                 "Rachel Doyle", "November 2025", "red",
                 "Low response to recruitment: only three tenants have applied. Relaunching with "
                 "the Tenants' Forum."),
            ]),
        ]),
        ("3. Governance and oversight", [
            ("Councillors do not receive regular assurance on landlord health and safety "
             "compliance.", [
                ("G1", "Report landlord compliance (fire, gas, electrical, water, asbestos and "
                       "lifts) to the Executive Committee every quarter.",
                 "Claire Green", "December 2025", None,
                 "First report due at the December Executive Committee."),
                ("G2", "Commission an independent review of the accuracy of compliance data "
                       "before it is reported to the Regulator.",
                 "Claire Green", "31/01/2026", "green",
                 "Internal Audit engaged; fieldwork starts in November."),
            ]),
        ]),
    ]
    widths = [1.4, 5.5, 7.5, 3.4, 2.8, 1.4, 6.5]
    for heading, findings in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        hdr = t.rows[0]
        repeat_header(hdr)
        for i, h in enumerate(["Ref", "Regulator's finding", "Action", "Responsible officer",
                               "Deadline", "RAG", "Progress update"]):
            cell_text(hdr.cells[i], h, bold=True)
            shade(hdr.cells[i], "D9E2F3")
        for finding, actions in findings:
            first = None
            for ref, action, who, when, rag, progress in actions:
                row = t.add_row()
                cells = row.cells
                if first is None:
                    first = row
                    cell_text(cells[1], finding)
                for i, v in [(0, ref), (2, action), (3, who), (4, when), (6, progress)]:
                    cell_text(cells[i], v)
                cells[5].text = ""
                if rag:
                    shade(cells[5], RDC_RAG[rag])
                last = row
            if last is not first:
                first.cells[1].merge(last.cells[1])
        col_widths(t, widths)
        doc.add_paragraph()

    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [("blue", "Complete"), ("green", "On track"),
                            ("amber", "Some delay – recoverable"),
                            ("red", "Off track – escalated to the Housing Improvement Board")]:
        cells = key.add_row().cells
        shade(cells[0], RDC_RAG[colour])
        cell_text(cells[1], meaning)
    col_widths(key, [1.5, 9])
    doc.save(os.path.join(HERE, "c2-redditch-housing-rsh-improvement-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 5. Tendring District Council - outstanding internal audit recommendations (csv)
#    Title lines padded with commas, audit section lines, dd/mm/yyyy dates, one revised date
#    typed as text with a mistyped month (line 9), status key on the last line.
# ---------------------------------------------------------------------------------------------
def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def tendring():
    ncols = 9
    pad = "," * (ncols - 1)
    lines = [
        "Tendring District Council – Internal Audit: Outstanding Recommendations Tracker" + pad,
        "Audit Committee – 27 November 2025 – position at 31 October 2025" + pad,
        pad,
        "Ref,Priority,Finding / recommendation,Agreed action,Action owner,Target date,"
        "Revised target date,Status,Comments",
    ]
    body = [
        ("section", "Housing Repairs and Voids (2024/25) – Limited assurance"),
        ("HRV-1", "High", "Void properties are not always inspected against the lettable "
                          "standard before re-letting.",
         "Introduce a void standard checklist, signed off by a Voids Surveyor before keys are "
         "handed over.", "Building and Engineering Manager", "31/03/2025", "31/12/2025",
         "Behind target", "Checklist in use since May; sign-off evidenced for 70% of lets in "
                          "October."),
        ("HRV-2", "Medium", "Contractor invoices are paid without evidence that the work has "
                            "been completed.",
         "Three-way match of job completion, post-inspection and invoice in the repairs system "
         "before payment.", "Housing Finance Manager & Repairs Manager", "30/04/2025", "",
         "Implemented", "Control live from April 2025; tested at follow-up."),
        ("section", "Cyber Security (2024/25) – Limited assurance"),
        ("CYB-1", "High", "Critical security patches are not always applied to servers within 14 "
                          "days.",
         "Monthly patching compliance report to the ICT Security Board, with exceptions "
         "escalated to the Head of IT and Digital.", "Head of IT and Digital", "30/06/2025",
         "Novmeber 2025", "Behind target",
         "Reporting in place; 6 legacy servers cannot be patched until the finance system moves "
         "to the cloud."),
        ("CYB-2", "Medium", "Network accounts of leavers are not disabled promptly.",
         "Automated leaver notification from HR to the IT service desk, with accounts disabled on "
         "the last working day.", "Head of IT and Digital / HR Manager", "31/03/2025", "",
         "Implemented", "Automated workflow live since March 2025."),
        ("section", "Seafronts and Beach Hut Income (2024/25) – Limited assurance"),
        ("SBH-1", "High", "Beach hut licence income is not reconciled to the income management "
                          "system.",
         "Quarterly reconciliation of beach hut licences to income received, reviewed by the "
         "Finance Business Partner.", "Seafronts Manager", "31/12/2024", "31/03/2025", "Overdue",
         "Q1 reconciliation completed; Q2 delayed by the licence system migration."),
        ("SBH-2", "Low", "The beach hut waiting list is not published.",
         "Publish the waiting list position on the Council website twice a year.",
         "Seafronts Manager", "30/09/2025", "", "Implemented", "Published September 2025."),
        ("section", "Council Tax Reduction (2025/26) – Reasonable assurance"),
        ("CTR-1", "Medium", "Changes of circumstances are not always processed within the 10-day "
                            "target.",
         "Weekly workload report to the Revenues and Benefits Manager, with overtime authorised "
         "when the backlog exceeds 500 items.", "Revenues and Benefits Manager", "31/12/2025",
         "", "On target", "Weekly reporting started in September; backlog at 320 items."),
        ("CTR-2", "Low", "Procedure notes for backdated claims are out of date.",
         "Review and reissue the backdating procedure notes.", "Benefits Team Leader",
         "31/03/2026", "", "Not yet due", ""),
    ]
    for item in body:
        if item[0] == "section":
            lines.append(csv_field(item[1]) + pad)
        else:
            lines.append(",".join(csv_field(v) for v in item))
    lines.append(pad)
    lines.append("Status key: Implemented = complete; On target = green; Behind target = amber; "
                 "Overdue = red; Not yet due = not yet started" + pad)
    with open(os.path.join(HERE, "c2-tendring-internal-audit-tracker.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------------------------
# 6. Avon Fire & Rescue Service - HMICFRS improvement plan 2023-25 (xlsx)
#    Inspection area and cause of concern merged down, previous/current RAG letters on fills,
#    revised target date column, owners as posts or initials, key below the table.
# ---------------------------------------------------------------------------------------------
AFRS_RAG = {"B": "dkblue", "G": "green", "A": "amber", "R": "red"}


def avon():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Plan"
    set_widths(ws, [6, 22, 34, 46, 22, 12, 12, 9, 9, 50])
    ws["A1"] = "Avon Fire & Rescue Service – HMICFRS Improvement Plan 2023–25"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Causes of concern (CfC) and areas for improvement (AFI) from the HMICFRS "
                "inspection 2023–25. Position at 31 August 2025, for the Fire Authority's "
                "scrutiny committee.")
    ws["A2"].alignment = WRAP
    ws.merge_cells("A2:J2")
    ws.row_dimensions[2].height = 30
    header_row(ws, 4, ["Ref", "Inspection area", "Cause of concern / area for improvement",
                       "Action", "Owner", "Target date", "Revised target date", "Previous RAG",
                       "Current RAG", "Update"], "firered")
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = "A4:J14"

    areas = [
        ("Understanding the risk of fire and other emergencies",
         "CfC1 – The service does not have an effective system for gathering, recording and "
         "sharing risk information about high-risk premises.", [
            ("1.1", "Review every site-specific risk information (SSRI) record overdue for "
                    "revalidation and prioritise visits by risk.",
             "AM Operational Assurance", D(2023, 9, 30), None, "B", "B",
             "All 1,146 overdue records reviewed; high-risk premises revisited by November "
             "2023."),
            ("1.2", "Introduce quality assurance of SSRI records by station managers, with a "
                    "monthly compliance dashboard.",
             "JT, PW", D(2023, 12, 31), None, "G", "B",
             "Dashboard live from December 2023; 97% of records in date (July 2025)."),
            ("1.3", "Train all crews and fire control staff in using risk information on the "
                    "new mobile data terminals.",
             "Head of Training and Development", D(2024, 3, 31), D(2024, 6, 30), "A", "B",
             "Training completed June 2024. HMICFRS closed this cause of concern at its "
             "revisit in 2025."),
        ]),
        ("Preventing fires and other risks",
         "CfC2 – The service does not target its prevention work at the people most at risk, "
         "and it does not have enough resources to meet demand.", [
            ("2.1", "Introduce a risk-based targeting model for Safe and Well visits using "
                    "partner and health data.",
             "Head of Prevention / Data and Intelligence Manager", "Q4 2024/25", None, "G", "B",
             "Targeting model in use since March 2025; 72% of visits are now to people in the "
             "highest risk groups."),
            ("2.2", "Review prevention resources against demand and present options to the Fire "
                    "Authority.",
             "Head of Prevention", D(2025, 6, 30), D(2025, 12, 31), "A", "A",
             "Demand analysis complete. Options paper delayed to align with the medium-term "
             "financial plan."),
        ]),
        ("Protecting the public through fire regulation",
         "AFI – The service should make sure it has an effective quality assurance process for "
         "its protection activity.", [
            ("3.1", "Quality-assure a sample of fire safety audits each quarter and feed the "
                    "findings back to inspecting officers.",
             "GM Protection", D(2025, 9, 30), None, "G", "G",
             "Q1 sample of 40 audits reviewed; feedback given through team meetings."),
        ]),
        ("Promoting the right values and culture",
         "CfC3 – The service has not done enough to make sure its staff feel able to challenge "
         "inappropriate behaviour and to raise concerns.", [
            ("4.1", "Launch an independent, confidential reporting line for staff.",
             "Director of People", D(2024, 1, 31), None, "B", "B",
             "Line launched January 2024; 38 contacts to date."),
            ("4.2", "Deliver leadership behaviours training to all supervisory and middle "
                    "managers.",
             "Head of Organisational Development", D(2024, 12, 31), D(2025, 10, 31), "A", "R",
             "Only 54% of managers trained. The external provider withdrew in May and a new "
             "provider is being procured."),
            ("4.3", "Run a staff culture survey every year and publish the results and the "
                    "actions taken.",
             "Director of People", "Annual", None, "G", "G",
             "2025 survey closed in June (61% response); results shared with all staff in "
             "August."),
        ]),
        ("Ensuring fairness and promoting diversity",
         "AFI – The service should improve the diversity of its workforce and make sure its "
         "positive action is effective.", [
            ("5.1", "Run positive action taster days ahead of the next wholetime firefighter "
                    "recruitment campaign.",
             "Inclusion Lead", D(2026, 3, 31), None, None, None,
             "Not started – scheduled ahead of the recruitment campaign in early 2026."),
        ]),
    ]
    r = 5
    for area, concern, actions in areas:
        first = r
        for ref, action, owner, target, revised, prev, cur, update in actions:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=4, value=action)
            ws.cell(row=r, column=5, value=owner)
            c = ws.cell(row=r, column=6, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "mmm-yy" if ref == "2.2" else "dd/mm/yyyy"
            c = ws.cell(row=r, column=7, value=revised)
            if isinstance(revised, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            for col, val in ((8, prev), (9, cur)):
                c = ws.cell(row=r, column=col, value=val)
                c.alignment = CENTRE
                if val:
                    c.fill = fill(AFRS_RAG[val])
                    c.font = Font(bold=True, color="FFFFFF" if val in ("B", "R") else "000000")
            ws.cell(row=r, column=10, value=update)
            box_row(ws, r, 10)
            r += 1
        merge_down(ws, 2, first, r - 1, area)
        merge_down(ws, 3, first, r - 1, concern)

    r += 1
    ws.cell(row=r, column=2, value="RAG key").font = Font(bold=True)
    r += 1
    for letter, meaning in [("B", "Complete"), ("G", "On track"),
                            ("A", "At risk – some slippage"),
                            ("R", "Off track – significant slippage, escalated to SLT")]:
        k = ws.cell(row=r, column=2, value=letter)
        k.fill = fill(AFRS_RAG[letter])
        k.alignment = CENTRE
        k.border = BOX
        ws.cell(row=r, column=3, value=meaning).border = BOX
        r += 1
    wb.save(os.path.join(HERE, "c2-avon-frs-hmicfrs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# 7. Sheffield Health and Social Care NHS FT - CQC must do / should do action plan (xlsx)
#    Status key in coloured cells above the table, core service band rows, CQC finding merged
#    down, status words on the key's fills (amber = On track), note under the table.
# ---------------------------------------------------------------------------------------------
SHSC_STATUS = {
    "Off track": "red",
    "On track": "amber",
    "Complete": "green",
    "Complete & CSPI checked": "blue",
}


def shsc():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    set_widths(ws, [7, 9, 9, 36, 46, 28, 12, 16, 48])
    ws["A1"] = ("Sheffield Health and Social Care NHS Foundation Trust – CQC Action Plan "
                "(Must Do and Should Do)")
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Comprehensive inspection 14–18 November 2016; reports published 30 March 2017. "
                "Quarterly update for publication – position at 30 September 2017.")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    for col, word in zip((4, 5, 6, 7), SHSC_STATUS):
        c = ws.cell(row=3, column=col, value=word)
        c.fill = fill(SHSC_STATUS[word])
        c.border = BOX
        c.alignment = CENTRE
    header_row(ws, 5, ["Ref", "Must / Should", "Regulation", "CQC finding", "Action",
                       "Responsible lead", "Target date", "Status", "Progress / evidence"],
               "navy")
    ws.freeze_panes = "A6"

    sections = [
        ("Core service: Acute wards for adults of working age and psychiatric intensive care "
         "units", [
            ("Must", "Reg 12", "The trust must ensure that ligature risk assessments are up to "
                               "date on all wards and that staff know how risks are mitigated.", [
                ("A1.1", "Complete a new ligature risk assessment on each acute ward using the "
                         "updated tool, signed off by the Head of Estates.",
                 "Head of Nursing – Acute and Community / Head of Estates", D(2017, 6, 30),
                 "Complete & CSPI checked",
                 "Assessments completed for all six wards. CSPI visit on 22/08/2017 confirmed "
                 "staff could describe the mitigations."),
                ("A1.2", "Brief ward staff on the ligature mitigations at handover for four "
                         "weeks and record attendance.",
                 "Ward Manager, Maple Ward", D(2017, 7, 31), "Complete",
                 "Briefings recorded for 94% of ward staff. CSPI visit requested."),
            ]),
            ("Must", "Reg 18", "The trust must ensure there are enough qualified nurses on every "
                               "shift on the psychiatric intensive care unit.", [
                ("A2.1", "Recruit to all band 5 nurse vacancies on Endcliffe Ward through a "
                         "rolling recruitment campaign.",
                 "Hargreaves, Lucy", D(2017, 12, 31), "On track",
                 "5 of 8 vacancies filled; two newly qualified nurses start in October."),
                ("A2.2", "Hold a daily safer staffing huddle and escalate any shift below the "
                         "agreed establishment to the on-call manager.",
                 "Matron – Acute Wards", "Ongoing", "On track",
                 "Daily huddles in place since April 2017."),
            ]),
            ("Should", "Reg 12", "The trust should ensure that patients' physical health is "
                                 "monitored after rapid tranquillisation.", [
                ("A3.1", "Introduce a post-rapid-tranquillisation monitoring form and audit its "
                         "use every month.",
                 "Physical Health Lead Nurse", D(2017, 8, 31), "Off track",
                 "Form introduced in June. The August audit found monitoring recorded in 64% of "
                 "cases; ward-based training is being repeated."),
            ]),
        ]),
        ("Core service: Community-based mental health services for adults of working age", [
            ("Must", "Reg 12", "The trust must ensure that every patient on a community team "
                               "caseload has an up-to-date risk assessment.", [
                ("C1.1", "Review caseloads weekly in team meetings so that any risk assessment "
                         "older than six months is updated.",
                 "Service Manager, CMHTs", D(2017, 9, 30), "On track",
                 "Compliance rose from 71% to 88% between June and September."),
                ("C1.2", "Add risk assessment compliance by team and clinician to the monthly "
                         "performance dashboard.",
                 "Business Intelligence Manager", D(2017, 10, 31), "Complete",
                 "Measure live from the September 2017 dashboard."),
            ]),
            ("Should", "Reg 9", "The trust should reduce waiting times for psychological "
                                "therapies.", [
                ("C2.1", "Validate the waiting list and offer group interventions to people "
                         "waiting more than 18 weeks.",
                 "Clinical Director – Psychological Services", D(2018, 3, 31), None,
                 "Not yet started – waiting list validation begins in November."),
            ]),
        ]),
        ("Trust-wide: Well-led", [
            ("Must", "Reg 17", "The trust must ensure its governance systems give the board "
                               "assurance about the quality and safety of services.", [
                ("T1.1", "Set up a monthly CQC Performance and Oversight Task and Finish Group, "
                         "chaired by an executive director.",
                 "Director of Nursing and Professions", D(2017, 6, 30), "Complete & CSPI checked",
                 "Group has met monthly since June 2017; minutes go to the Quality Assurance "
                 "Committee."),
                ("T1.2", "Publish progress on the CQC action plans on the trust website every "
                         "quarter.",
                 "Deputy Director of Quality / Head of Clinical Governance", "Quarterly",
                 "On track", "First update published July 2017; this is the second."),
                ("T1.3", "Test each completed action through a Care Standards Peer Inspection "
                         "(CSPI) before it is signed off.",
                 "Head of Clinical Governance", D(2017, 7, 31), "Complete",
                 "CSPI programme running; 18 actions checked to date."),
            ]),
        ]),
    ]
    r = 6
    for band, findings in sections:
        band_row(ws, r, band, 9, "pale", font_colour="000000")
        r += 1
        for must, reg, finding, actions in findings:
            first = r
            for ref, action, lead, target, status, progress in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=2, value=must)
                ws.cell(row=r, column=3, value=reg)
                ws.cell(row=r, column=5, value=action)
                ws.cell(row=r, column=6, value=lead)
                c = ws.cell(row=r, column=7, value=target)
                if isinstance(target, dt.datetime):
                    c.number_format = "mmm-yy" if ref == "C1.2" else "dd/mm/yyyy"
                s = ws.cell(row=r, column=8, value=status)
                s.alignment = CENTRE
                if status:
                    s.fill = fill(SHSC_STATUS[status])
                ws.cell(row=r, column=9, value=progress)
                box_row(ws, r, 9)
                r += 1
            merge_down(ws, 4, first, r - 1, finding)
    r += 1
    ws.cell(row=r, column=1, value=(
        "CSPI = Care Standards Peer Inspection. Actions are only shown blue once a CSPI visit "
        "has confirmed the change in practice."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.save(os.path.join(HERE, "c2-shsc-cqc-must-should-action-plan.xlsx"))


if __name__ == "__main__":
    telford()
    newham()
    waltham_forest()
    redditch()
    tendring()
    avon()
    shsc()
    print("made 7 files in", HERE)
