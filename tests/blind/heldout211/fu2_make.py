"""Build the seven fu2- blind test files of set heldout211.

Run:  python fu2_make.py              -> writes the seven data files beside this script
      python fu2_make.py --expected   -> also (re)writes the NAME.expected.yaml files

Every data value is written from the tables below; the same tables carry the reading a
person makes of each action (lead list, end month, status), so the .expected.yaml files
agree with the files character for character.
"""
import csv
import datetime as dt
import os
import sys

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
FILL_BY_STATUS = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

EXPECTED = {}


def d(y, m, day):
    return dt.datetime(y, m, day)


class QStr(str):
    """A string written double-quoted in the expected YAML (refs and months)."""


yaml.SafeDumper.add_representer(
    QStr, lambda dumper, v: dumper.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": QStr(ref), "under": list(under), "action": action, "lead": list(lead),
         "end": QStr(end) if end is not None else None}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def fill(hexcolor):
    return PatternFill(fill_type="solid", start_color=hexcolor, end_color=hexcolor)


# --------------------------------------------------------------------------------------
# 1. Plymouth City Council - ASC CQC assessment improvement plan (xlsx)
# --------------------------------------------------------------------------------------
PLYMOUTH = "fu2-plymouth-city-council-asc-cqc-assessment-improvement-plan.xlsx"
PLY_TITLE = "Plymouth City Council – Adult Social Care CQC Assessment Improvement Plan 2026–27"
PLY_THEMES = [
    ("Theme 1: Working with people", [
        ("People waited too long for Care Act assessments and some cases were closed before "
         "outcomes had been confirmed with the person.", [
            dict(ref="1.1",
                 action="Reduce the longest wait for a Care Act assessment to under 90 days through the "
                        "waiting list recovery trajectory, with weekly oversight at the Performance Huddle.",
                 lead_cell="Head of Adult Social Care and Retained Functions",
                 lead=["Head of Adult Social Care and Retained Functions"],
                 orig=d(2026, 9, 30), rev=None, prev="A", cur="G",
                 update="Longest wait 212 days (Feb-26), down from 300+ in Oct-25. Trajectory on track.",
                 end="2026-09", status="green"),
            dict(ref="1.2",
                 action="Introduce a case closure checklist requiring confirmation of outcomes with the "
                        "person or their carer before any assessment is closed.",
                 lead_cell="Principal Social Worker / Livewell Southwest Operational Lead",
                 lead=["Principal Social Worker", "Livewell Southwest Operational Lead"],
                 orig=d(2026, 4, 30), rev=d(2026, 6, 30), prev="G", cur="A",
                 update="Checklist drafted; system change to make it mandatory delayed by CareFirst release schedule.",
                 end="2026-06", status="amber"),
        ]),
        ("Advocacy was not always offered when people were entitled to it.", [
            dict(ref="1.3",
                 action="Audit a sample of 40 assessments each quarter for the offer and take-up of "
                        "independent advocacy, and report findings to the Quality Assurance Board.",
                 lead_cell="Head of Commissioning",
                 lead=["Head of Commissioning"],
                 orig="Quarterly", rev=None, prev=None, cur="G",
                 update="First audit sample selected; report to QAB in June.",
                 end=None, end_text="Quarterly", status="green"),
            dict(ref="1.4",
                 action="Recommission the independent advocacy contract with a single point of referral "
                        "for Care Act, IMCA and IMHA advocacy.",
                 lead_cell="Head of Commissioning",
                 lead=["Head of Commissioning"],
                 orig=d(2027, 3, 31), rev=None, prev="G", cur="G",
                 update="Market engagement event held 4 March 2026.",
                 end="2027-03", status="green"),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Home care capacity in outlying areas of the city did not always meet demand, so some "
         "people waited for their package of care to start.", [
            dict(ref="2.1",
                 action="Complete the home care market sustainability review and agree zoned "
                        "commissioning arrangements for Plympton, Plymstock and the rural fringe.",
                 lead_cell="Head of Commissioning; Strategic Commissioning Manager (Community Care)",
                 lead=["Head of Commissioning", "Strategic Commissioning Manager (Community Care)"],
                 orig=d(2026, 7, 31), rev=None, prev="A", cur="A",
                 update="Provider consultation extended by four weeks at providers' request.",
                 end="2026-07", status="amber"),
            dict(ref="2.2",
                 action="Publish a monthly unmet-need report showing people waiting for a home care "
                        "package and how long they have waited.",
                 lead_cell="Performance and Intelligence Manager",
                 lead=["Performance and Intelligence Manager"],
                 orig=d(2026, 3, 31), rev=None, prev="G", cur="B",
                 update="Report live on Power BI from February 2026.",
                 end="2026-03", status="blue"),
        ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Transitions from children's to adult services were not always planned early enough, and "
         "young people and their families were unsure what would happen.", [
            dict(ref="3.1",
                 action="Launch a joint Preparing for Adulthood protocol with Children's Services, "
                        "identifying young people who may need adult care and support from age 14.",
                 lead_cell="Service Manager – Transitions and Preparing for Adulthood",
                 lead=["Service Manager – Transitions and Preparing for Adulthood"],
                 orig=d(2026, 1, 31), rev=d(2026, 5, 31), prev="R", cur="A",
                 update="Protocol agreed by both DMTs; launch events booked for April and May.",
                 end="2026-05", status="amber"),
        ]),
        ("Safeguarding enquiries were not always completed in a timely way, and the outcomes people "
         "wanted were not consistently recorded.", [
            dict(ref="3.2",
                 action="Implement a 28-day performance standard for Section 42 enquiries, with "
                        "exception reporting to the Plymouth Safeguarding Adults Board.",
                 lead_cell="Head of Safeguarding Adults",
                 lead=["Head of Safeguarding Adults"],
                 orig=d(2026, 6, 30), rev=None, prev="A", cur="G",
                 update="Standard agreed; first exception report due to PSAB in June.",
                 end="2026-06", status="green"),
            dict(ref="3.3",
                 action="Add a mandatory Making Safeguarding Personal outcome field to the enquiry "
                        "closure form in the case management system.",
                 lead_cell="Systems Development Manager",
                 lead=["Systems Development Manager"],
                 orig=d(2026, 4, 30), rev=d(2026, 8, 31), prev="A", cur="R",
                 update="Supplier cannot deliver the form change before the August release.",
                 end="2026-08", status="red"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Learning from complaints, audits and feedback was not used consistently to improve practice "
         "across all teams.", [
            dict(ref="4.1",
                 action="Establish a quarterly Practice Learning Forum bringing together findings from "
                        "complaints, case audits, SARs and feedback from people who draw on care.",
                 lead_cell="Principal Social Worker",
                 lead=["Principal Social Worker"],
                 orig=d(2026, 5, 31), rev=None, prev="G", cur="B",
                 update="First forum held 19 February 2026; terms of reference agreed.",
                 end="2026-05", status="blue"),
            dict(ref="4.2",
                 action="Co-produce an Adult Social Care Learning and Improvement Framework with the "
                        "Making It Real Board.",
                 lead_cell="Service Director for Adult Social Care",
                 lead=["Service Director for Adult Social Care"],
                 orig=d(2026, 12, 31), rev=None, prev=None, cur="G",
                 update="New action added March 2026.",
                 end="2026-12", status="green"),
        ]),
    ]),
]


def build_plymouth():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = PLY_TITLE
    cover["A1"].font = Font(bold=True, size=16, color="1F3864")
    cover["A2"] = ("Response to the CQC local authority assessment report published 17 December 2025 "
                   "(overall rating: Good)")
    cover["A2"].font = Font(italic=True)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True, size=12)
    rows = [("Version", "1.2"), ("Plan owner", "Service Director for Adult Social Care"),
            ("Approved by", "ASC Improvement Board"), ("Date of this version", "12/03/2026"),
            ("Next review", "May 2026")]
    for i, (k, v) in enumerate(rows, start=5):
        cover.cell(i, 1, k).font = Font(bold=True)
        cover.cell(i, 2, v)
        cover.cell(i, 1).border = BOX
        cover.cell(i, 2).border = BOX
    cover["A11"] = "RAG key"
    cover["A11"].font = Font(bold=True, size=12)
    key = [("B", "Complete – evidence of impact agreed at Improvement Board"),
           ("G", "On track to deliver by the target date"),
           ("A", "Some slippage – recovery action in place"),
           ("R", "Off track – escalated to Improvement Board")]
    for i, (k, v) in enumerate(key, start=12):
        c = cover.cell(i, 1, k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        cover.cell(i, 2, v)
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 70

    # Summary sheet
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of actions by theme and current RAG (March 2026)"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, start=1):
        c = summ.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 4
    totals = [0, 0, 0, 0, 0]
    for theme, afis in PLY_THEMES:
        acts = [a for _, lst in afis for a in lst]
        counts = [len(acts)] + [sum(1 for a in acts if a["cur"] == k) for k in "BGAR"]
        summ.cell(r, 1, theme).border = BOX
        for j, n in enumerate(counts, start=2):
            summ.cell(r, j, n).border = BOX
            totals[j - 2] += n
        r += 1
    summ.cell(r, 1, "Total").font = Font(bold=True)
    for j, n in enumerate(totals, start=2):
        summ.cell(r, j, n).font = Font(bold=True)
    summ.column_dimensions["A"].width = 62

    # Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Improvement Plan – actions"
    ws["A1"].font = Font(bold=True, size=12)
    headers = ["CQC theme", "Area for improvement (from CQC report)", "Ref", "Action", "Lead officer(s)",
               "Original target", "Revised target", "Previous RAG (Jan-26)", "Current RAG (Mar-26)",
               "Progress update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    exp = []
    for theme, afis in PLY_THEMES:
        theme_start = r
        for afi, acts in afis:
            afi_start = r
            for a in acts:
                ws.cell(r, 3, a["ref"])
                ws.cell(r, 4, a["action"])
                ws.cell(r, 5, a["lead_cell"])
                c = ws.cell(r, 6, a["orig"])
                if isinstance(a["orig"], dt.datetime):
                    c.number_format = "mmm-yy"
                if a["rev"] is not None:
                    c = ws.cell(r, 7, a["rev"])
                    c.number_format = "mmm-yy"
                for col, key in ((8, "prev"), (9, "cur")):
                    v = a[key]
                    if v:
                        c = ws.cell(r, col, v)
                        c.fill = fill(FILL[v])
                        c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 10, a["update"])
                for col in range(1, 11):
                    ws.cell(r, col).border = BOX
                    if col not in (8, 9):
                        ws.cell(r, col).alignment = WRAP
                exp.append(act(a["ref"], [theme, afi], a["action"], a["lead"], a["end"], a["status"],
                               a.get("end_text")))
                r += 1
            ws.cell(afi_start, 2, afi)
            if r - 1 > afi_start:
                ws.merge_cells(start_row=afi_start, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(afi_start, 2).alignment = WRAP
        ws.cell(theme_start, 1, theme)
        if r - 1 > theme_start:
            ws.merge_cells(start_row=theme_start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(theme_start, 1).alignment = WRAP
        ws.cell(theme_start, 1).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Note: actions rated Blue are closed once evidence of impact has been agreed at the ASC "
                  "Improvement Board. Revised targets were agreed at the Board on 5 March 2026.")
    ws.cell(r, 1).font = Font(italic=True)
    widths = [22, 40, 6, 55, 34, 11, 11, 10, 10, 45]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, PLYMOUTH))

    EXPECTED[PLYMOUTH] = dict(
        source=("Imitates the adult social care improvement plan Plymouth City Council took to its ASC "
                "Improvement Board after the CQC local authority assessment published in December 2025 "
                "(rated Good, with shortfalls in assessing needs, care provision, transitions and "
                "safeguarding; cabinet papers at democracy.plymouth.gov.uk). Copied features: a Cover "
                "sheet with title, document-control table and a B/G/A/R key; a Summary sheet of counts by "
                "theme; the plan sheet with the CQC theme and the area for improvement in vertically "
                "merged columns, original and revised target months (mmm-yy dates), previous and current "
                "RAG letters on coloured fills, job titles as leads (some cells naming two posts), a "
                "'Quarterly' target and a closing note line."),
        reads=("Three sheets: a cover with document control and RAG key, a summary table, and the plan. "
               "The plan lists eleven numbered actions under four CQC themes, each theme split by the area "
               "for improvement the CQC found; where a revised target is given it replaces the original, "
               "and the current (March 2026) RAG is the status."),
        outcome="read", accept_refusal=False, title=PLY_TITLE, actions=exp)


# --------------------------------------------------------------------------------------
# 2. Scottish Borders Council - Best Value improvement action plan (docx)
# --------------------------------------------------------------------------------------
SBC = "fu2-scottish-borders-council-best-value-improvement-action-plan.docx"
SBC_TITLE = "Scottish Borders Council – Best Value Improvement Action Plan"
SBC_SECTIONS = [
    ("1. Transformation and financial sustainability",
     "The council should set out a clear, costed delivery plan for its Transformation Programme, with "
     "milestones and measurable benefits, so that elected members can monitor delivery of recurring savings.",
     [
         ("1.1", "Publish a Transformation Programme delivery plan with milestones, savings targets and "
                 "benefits tracking for each workstream.",
          "Director Finance & Procurement", ["Director Finance & Procurement"], "March 2025",
          "Delivery plan approved by Council on 27 March 2025.", "Complete", "2025-03", None, "blue"),
         ("1.2", "Report progress against the Transformation Programme to Executive Committee each "
                 "quarter, including savings delivered and savings at risk.",
          "Director Finance & Procurement", ["Director Finance & Procurement"], "Quarterly",
          "Q1 report considered by Executive Committee on 19 August 2025.", "On track", None, "Quarterly",
          "green"),
         ("1.3", "Refresh the medium-term financial strategy to cover the period to 2029/30, showing how "
                 "the projected budget gap will be closed.",
          "Chief Financial Officer", ["Chief Financial Officer"], "Q4 2025/26",
          "Draft assumptions shared with the Administration; full refresh to February 2026 Council.",
          "On track", "2026-03", None, "green"),
     ]),
    ("2. Workforce planning",
     "The council should develop service-level workforce plans that identify the skills and capacity "
     "needed to deliver its transformation and service redesign.",
     [
         ("2.1", "Complete service-level workforce plans for all directorates using the corporate "
                 "workforce planning toolkit.",
          "Director People Performance & Change", ["Director People Performance & Change"], "31/12/2025",
          "Plans complete for four of six directorates; the remaining two are due in November.",
          "Behind schedule", "2025-12", None, "amber"),
         ("2.2", "Introduce a leadership development programme for third-tier managers, covering digital "
                 "skills and managing change.",
          "Organisational Development Lead", ["Organisational Development Lead"], "June 2026",
          "Scheduled to begin after the workforce plans are complete.", "Not started", "2026-06", None,
          "unrated"),
     ]),
    ("3. Community engagement and empowerment",
     "The council should work with its community planning partners to involve communities more "
     "consistently in decisions about local services, including through participatory budgeting.",
     [
         ("3.1", "Agree a Community Engagement Framework with the Community Planning Partnership and "
                 "publish it on the council website.",
          "Director Resilient Communities", ["Director Resilient Communities"], "September 2025",
          "Framework endorsed by the CPP Strategic Board on 12 June 2025; publication in September.",
          "On track", "2025-09", None, "green"),
         ("3.2", "Allocate at least 1% of the council’s budget through participatory budgeting and report "
                 "the outcomes each year.",
          "Director Resilient Communities; Communities and Partnership Manager",
          ["Director Resilient Communities", "Communities and Partnership Manager"], "Ongoing",
          "Locality fund rounds open in all five localities.", "On track", None, "Ongoing", "green"),
     ]),
    ("4. Performance reporting",
     "The council should improve its public reporting of service performance and outcomes, including "
     "benchmarking against other councils.",
     [
         ("4.1", "Redesign the quarterly performance report to include LGBF benchmarking and trend data for "
                 "priority indicators.",
          "Corporate Performance & Information Manager", ["Corporate Performance & Information Manager"],
          "December 2025", "New format tested with the Audit Committee chair in July.", "On track",
          "2025-12", None, "green"),
     ]),
]


def set_cell_shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def bold_row(row, shade=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        if shade:
            set_cell_shade(cell, shade)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def build_sbc():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(SBC_TITLE, style="Title")
    doc.add_paragraph("Response to the Accounts Commission report Best Value: Scottish Borders Council "
                      "(December 2024)")
    doc.add_paragraph("Progress update for Audit Committee – 15 September 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director People Performance & Change"), ("Version", "2.0"),
                 ("Last updated", "29 August 2025"), ("Reporting", "Audit Committee (six-monthly)")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True

    doc.add_paragraph()
    doc.add_paragraph("Status key", style="Heading 2")
    kt = doc.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    kt.rows[0].cells[0].text = "Colour"
    kt.rows[0].cells[1].text = "Status used in this plan"
    bold_row(kt.rows[0])
    for colour, meaning, hexc in [("Blue", "Complete", "9DC3E6"), ("Green", "On track", "A9D08E"),
                                  ("Amber", "Behind schedule – expected to complete with a short delay",
                                   "FFD966"),
                                  ("Red", "Off track – revised date needed", "FF7C80"),
                                  ("None", "Not started", None)]:
        cells = kt.add_row().cells
        cells[0].text = colour
        cells[1].text = meaning
        if hexc:
            set_cell_shade(cells[0], hexc)

    doc.add_paragraph()
    doc.add_paragraph("Action plan", style="Heading 1")
    doc.add_paragraph("Each Accounts Commission recommendation is set out below in italics, followed by the "
                      "council’s improvement actions.")
    exp = []
    for heading, rec, actions in SBC_SECTIONS:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        run = p.add_run(rec)
        run.italic = True
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for cell, h in zip(tbl.rows[0].cells, ["Ref", "Improvement action", "Lead officer", "Target date",
                                                "Progress at August 2025", "Status"]):
            cell.text = h
        bold_row(tbl.rows[0], "D9E2F3")
        for ref, text, lead_cell, lead, due, progress, status_word, end, end_text, status in actions:
            cells = tbl.add_row().cells
            for cell, v in zip(cells, [ref, text, lead_cell, due, progress, status_word]):
                cell.text = v
            exp.append(act(ref, [heading, rec], text, lead, end, status, end_text))
        doc.add_paragraph()

    doc.add_paragraph("Glossary", style="Heading 2")
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for k, v in [("CPP", "Community Planning Partnership"),
                 ("LGBF", "Local Government Benchmarking Framework"),
                 ("MTFS", "Medium-term financial strategy")]:
        cells = g.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.save(os.path.join(HERE, SBC))

    EXPECTED[SBC] = dict(
        source=("Imitates the improvement action plan a Scottish council reports to its Audit Committee "
                "after an Accounts Commission Best Value report, here Scottish Borders Council after "
                "'Best Value: Scottish Borders Council' (December 2024, scotborders.gov.uk news of "
                "17 December 2024). Copied features: title block with report and committee date, a "
                "document-control table, a status key table mapping colours to status words, then one "
                "numbered heading per recommendation area with the Commission's recommendation in italics "
                "above a table of actions (Ref, action, lead officer job title, target date, progress, "
                "status word), and a glossary table at the end."),
        reads=("A Word plan with four numbered sections, each quoting the Accounts Commission "
               "recommendation and listing its actions in a table: eight actions in all. Status words are "
               "read through the document's key (Behind schedule = amber, Not started = no rating); "
               "'Quarterly' and 'Ongoing' are not months."),
        outcome="read", accept_refusal=False, title=SBC_TITLE, actions=exp)


# --------------------------------------------------------------------------------------
# 3. Newport City Council - CIW adult services performance evaluation inspection (docx)
# --------------------------------------------------------------------------------------
NEWPORT = "fu2-newport-city-council-ciw-adult-services-performance-evaluation-action-plan.docx"
NEWPORT_TITLE = "Newport City Council Adult Services – CIW Performance Evaluation Inspection Action Plan"
NEWPORT_SECTIONS = [
    ("1. People – voice and control", [
        ("The local authority should ensure people’s views, wishes and personal outcomes are consistently "
         "recorded in assessments and care and support plans.", [
            ("1.1", "Revise the ‘What matters’ assessment template so that personal outcomes are recorded "
                    "in the person’s own words.", "Service Manager – Community Care",
             ["Service Manager – Community Care"], "July 2024", "2024-07", None, "blue"),
            ("1.2", "Carry out monthly thematic case file audits of the quality of outcome recording and "
                    "share the learning at team meetings.", "Principal Social Worker (Adults)",
             ["Principal Social Worker (Adults)"], "Monthly", None, "Monthly", "green"),
        ]),
        ("The local authority should make sure people are offered the opportunity to communicate in Welsh "
         "(the Active Offer) at their first contact.", [
            ("1.3", "Record language preference on WCCIS for every new contact to the First Contact team and "
                    "report compliance quarterly.", "First Contact Team Manager",
             ["First Contact Team Manager"], "Q3 2024/25", "2024-12", None, "amber"),
        ]),
    ]),
    ("2. Prevention", [
        ("Carers’ assessments are not consistently offered, and carers told inspectors they did not always "
         "know what support was available.", [
            ("2.1", "Relaunch the carers’ assessment offer with a single referral route through the Newport "
                    "Carers Hub.", "Service Manager – Prevention and Early Intervention",
             ["Service Manager – Prevention and Early Intervention"], "October 2024", "2024-10", None,
             "green"),
            ("2.2", "Train all social work and occupational therapy staff on carers’ rights under the Social "
                    "Services and Well-being (Wales) Act 2014.", "Workforce Development Manager",
             ["Workforce Development Manager"], "31/03/2025", "2025-03", None, "green"),
        ]),
    ]),
    ("3. Partnerships and integration", [
        ("Delays in hospital discharge remain a challenge, with people waiting in hospital for domiciliary "
         "care to become available.", [
            ("3.1", "Extend the Home First and reablement service to seven days a week with Aneurin Bevan "
                    "University Health Board.", "Head of Adult Services / ABUHB Divisional Director",
             ["Head of Adult Services", "ABUHB Divisional Director"], "April 2025", "2025-04", None,
             "amber"),
            ("3.2", "Commission additional domiciliary care capacity through the regional framework in the "
                    "areas of highest unmet need.", "Commissioning Manager", ["Commissioning Manager"],
             "December 2024", "2024-12", None, "red"),
        ]),
    ]),
    ("4. Well-being (including safeguarding)", [
        ("Timescales for adult safeguarding enquiries were not always met, and the reasons for threshold "
         "decisions were not consistently recorded.", [
            ("4.1", "Introduce a daily safeguarding triage meeting with police and health so that threshold "
                    "decisions are made within seven working days of a report.", "Safeguarding Team Manager",
             ["Safeguarding Team Manager"], "June 2024", "2024-06", None, "blue"),
            ("4.2", "Audit threshold decisions quarterly against the Wales Safeguarding Procedures and report "
                    "the findings to the Gwent Safeguarding Board.",
             "Principal Social Worker (Adults); Safeguarding Team Manager",
             ["Principal Social Worker (Adults)", "Safeguarding Team Manager"], "Quarterly", None,
             "Quarterly", "green"),
        ]),
    ]),
]


def build_newport():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Cyngor Dinas Casnewydd · Newport City Council · Social Services")
    doc.add_paragraph(NEWPORT_TITLE, style="Title")
    doc.add_paragraph("Inspection: 4–8 December 2023    Report published: 7 March 2024    "
                      "Plan updated: 30 September 2024")
    doc.add_paragraph("RAG key", style="Heading 3")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for hexc, meaning in [(FILL["B"], "Completed"), (FILL["G"], "On track"),
                          (FILL["A"], "Progressing – some delay"), (FILL["R"], "Not progressing / at risk")]:
        cells = kt.add_row().cells
        set_cell_shade(cells[0], hexc)
        cells[1].text = meaning
    doc.add_paragraph()
    doc.add_paragraph("The areas for improvement below are taken from the CIW inspection report and are "
                      "grouped under the principles of the Social Services and Well-being (Wales) Act 2014.")
    exp = []
    for principle, afis in NEWPORT_SECTIONS:
        doc.add_paragraph(principle, style="Heading 2")
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for cell, h in zip(tbl.rows[0].cells, ["Ref", "Area for improvement", "Action", "Lead", "Timescale",
                                                "RAG"]):
            cell.text = h
        bold_row(tbl.rows[0], "BDD7EE")
        for afi, actions in afis:
            first = len(tbl.rows)
            for ref, text, lead_cell, lead, due, end, end_text, status in actions:
                cells = tbl.add_row().cells
                cells[0].text = ref
                cells[2].text = text
                cells[3].text = lead_cell
                cells[4].text = due
                set_cell_shade(cells[5], FILL_BY_STATUS[status])
                exp.append(act(ref, [principle, afi], text, lead, end, status, end_text))
            last = len(tbl.rows) - 1
            top = tbl.cell(first, 1)
            if last > first:
                top = top.merge(tbl.cell(last, 1))
            top.text = afi
        doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the Social Services Senior Leadership Team "
                      "monthly and to the People Scrutiny Committee every six months.")
    doc.save(os.path.join(HERE, NEWPORT))

    EXPECTED[NEWPORT] = dict(
        source=("Imitates the post-inspection action plan a Welsh council writes after a Care Inspectorate "
                "Wales performance evaluation inspection of adult services (CIW code of practice for "
                "review of local authority social services, careinspectorate.wales), for Newport City "
                "Council. Copied features: bilingual header line, title, inspection/publication/update "
                "dates line, a RAG key table of shaded cells, one table per principle of the 2014 Act "
                "with the area for improvement in a vertically merged cell beside its actions, job titles "
                "as leads, timescales as months, a financial quarter, 'Monthly' and 'Quarterly', and RAG "
                "shown only as cell shading."),
        reads=("Four principle headings, each with a table of actions answering CIW's areas for "
               "improvement (merged down the second column): nine actions in all. The RAG cell has no "
               "text, only a fill colour read through the key at the top."),
        outcome="read", accept_refusal=False, title=NEWPORT_TITLE, actions=exp)


# --------------------------------------------------------------------------------------
# 4. Norwich City Council - RSH regulatory notice compliance improvement plan (xlsx)
# --------------------------------------------------------------------------------------
NORWICH = "fu2-norwich-city-council-rsh-regulatory-notice-compliance-improvement-plan.xlsx"
NORWICH_TITLE = "Norwich City Council – Housing Health and Safety Compliance Improvement Plan"
NORWICH_ROWS = [
    ("Fire safety", "FS1",
     "Complete all overdue fire risk assessments for communal blocks, prioritising high-rise and sheltered "
     "schemes.", "Fire Safety Compliance Manager", ["Fire Safety Compliance Manager"],
     d(2022, 3, 31), d(2022, 9, 30), "Complete", "All 1,016 FRAs in date since September 2022.",
     "2022-09", None, "blue"),
    (None, "FS2", "Replace flat entrance doors in the tower blocks that do not meet the FD30S standard.",
     "Head of Housing Property Services / NCSL Operations Director",
     ["Head of Housing Property Services", "NCSL Operations Director"],
     d(2023, 3, 31), d(2023, 9, 30), "At risk", "Door supplier lead times now 16 weeks; 212 of 688 fitted.",
     "2023-09", None, "amber"),
    (None, "FS3", "Fit interim wireless-linked heat alarms in all tower block flats ahead of door replacement.",
     "NCSL Operations Director", ["NCSL Operations Director"], d(2023, 1, 31), None, "Complete",
     "Completed 20 January 2023.", "2023-01", None, "blue"),
    ("Electrical safety", "ES1",
     "Complete five-yearly electrical installation condition reports (EICRs) for all homes with an overdue "
     "or missing certificate.", "Electrical Compliance Lead", ["Electrical Compliance Lead"],
     d(2022, 11, 30), d(2023, 3, 31), "On track", "94.6% of homes hold an in-date EICR.",
     "2023-03", None, "green"),
    (None, "ES2", "Complete all C1 and C2 remedial works identified by EICRs within 28 days of the inspection.",
     "Electrical Compliance Lead", ["Electrical Compliance Lead"], "Ongoing", None, "On track",
     "Average completion 17 days in December.", None, "Ongoing", "green"),
    ("Water safety (legionella)", "WS1",
     "Complete legionella risk assessments for all communal water systems and sheltered housing schemes.",
     "Water Hygiene Contract Manager", ["Water Hygiene Contract Manager"], d(2022, 12, 31), None, "Complete",
     "All 61 assessments complete; remedial actions tracked under ES/WS log.", "2022-12", None, "blue"),
    ("Asbestos", "AS1",
     "Procure an asbestos management survey programme for all communal areas and load the results into the "
     "asset management system.", "Asbestos Compliance Manager", ["Asbestos Compliance Manager"],
     d(2023, 3, 31), d(2023, 12, 31), "Off track", "Tender re-run after no compliant bids were received.",
     "2023-12", None, "red"),
    (None, "AS2", "Create an asbestos register for domestic properties from existing survey data.",
     "Asbestos Compliance Manager; Asset Data Manager", ["Asbestos Compliance Manager", "Asset Data Manager"],
     d(2023, 6, 30), None, "On track", "Data cleansing of 9,400 legacy surveys under way.",
     "2023-06", None, "green"),
    ("Data and governance", "DG1",
     "Report compliance performance for the six key areas monthly to the Health and Safety Compliance Board "
     "and quarterly to Cabinet.", "Executive Director of Community Services",
     ["Executive Director of Community Services"], "Monthly", None, "On track",
     "Dashboard reported to each Board meeting since November 2021.", None, "Monthly", "green"),
    (None, "DG2",
     "Commission an independent assurance review of compliance data to confirm its accuracy before it is "
     "reported to the Regulator.", "Head of Housing Property Services", ["Head of Housing Property Services"],
     d(2023, 3, 31), None, "On track", "Reviewer appointed; fieldwork in February.", "2023-03", None, "green"),
]


def build_norwich():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = NORWICH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Response to the Regulator of Social Housing regulatory notice (Home Standard) – "
                "update to Cabinet, 8 February 2023")
    ws["A3"] = "Key:"
    ws["A3"].font = Font(bold=True)
    for col, (word, k) in enumerate([("Complete", "B"), ("On track", "G"), ("At risk", "A"),
                                     ("Off track", "R")], start=2):
        c = ws.cell(3, col, word)
        c.fill = fill(FILL[k])
    headers = ["Workstream", "Ref", "Action", "Action owner", "Original completion date",
               "Revised completion date", "Status", "Update (January 2023)"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    exp = []
    current = None
    status_fill = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R"}
    for (ws_name, ref, text, lead_cell, lead, orig, rev, st_word, update, end, end_text, status) in NORWICH_ROWS:
        if ws_name:
            current = ws_name
            ws.cell(r, 1, ws_name).font = Font(bold=True)
        ws.cell(r, 2, ref)
        ws.cell(r, 3, text)
        ws.cell(r, 4, lead_cell)
        c = ws.cell(r, 5, orig)
        if isinstance(orig, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if rev is not None:
            c = ws.cell(r, 6, rev)
            c.number_format = "dd/mm/yyyy"
        c = ws.cell(r, 7, st_word)
        c.fill = fill(FILL[status_fill[st_word]])
        ws.cell(r, 8, update)
        for col in range(1, 9):
            ws.cell(r, col).border = BOX
            ws.cell(r, col).alignment = WRAP
        exp.append(act(ref, [current], text, lead, end, status, end_text))
        r += 1
    r += 1
    ws.cell(r, 1, "Note: revised completion dates were agreed by the Health and Safety Compliance Board on "
                  "12 January 2023.")
    ws.cell(r, 1).font = Font(italic=True)
    for j, w in enumerate([20, 6, 60, 34, 14, 14, 11, 45], start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    data = wb.create_sheet("Compliance data")
    data["A1"] = "Compliance position at 31 December 2022"
    data["A1"].font = Font(bold=True)
    rows = [("Area", "Homes / blocks requiring a check", "Compliant", "% compliant"),
            ("Fire risk assessments (blocks)", 1016, 1016, 1.0),
            ("Electrical (EICR, homes)", 14528, 13744, 0.946),
            ("Gas servicing (homes)", 12961, 12958, 0.9998),
            ("Legionella risk assessments", 61, 61, 1.0),
            ("Asbestos communal surveys", 1180, 702, 0.595),
            ("Lift inspections (LOLER)", 43, 43, 1.0)]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            c = data.cell(i, j, v)
            c.border = BOX
            if i == 3:
                c.font = Font(bold=True)
            if j == 4 and i > 3:
                c.number_format = "0.0%"
    data.column_dimensions["A"].width = 32
    data.column_dimensions["B"].width = 30
    wb.save(os.path.join(HERE, NORWICH))

    EXPECTED[NORWICH] = dict(
        source=("Imitates the housing health and safety compliance improvement plan Norwich City Council "
                "reported to Cabinet after self-referring to the Regulator of Social Housing and receiving "
                "a regulatory notice on the Home Standard (norwich.gov.uk/housingcompliance; regulatory "
                "notice October 2021). Copied features: title and subtitle rows, a colour key row naming "
                "the status words, a workstream column filled only on the first row of each workstream "
                "(fire, electrical, water, asbestos, data and governance), original and revised "
                "completion dates as Excel dates, 'Ongoing'/'Monthly' in the date column, two owners in "
                "some cells, a note line, and a second sheet of compliance percentages that is not the plan."),
        reads=("One plan sheet of ten actions grouped by compliance workstream (the workstream is written "
               "once, on the first row of its group) and a separate compliance-data sheet with no actions. "
               "Where a revised completion date is given it is the end; the status word is read through "
               "the key row (At risk = amber, Off track = red)."),
        outcome="read", accept_refusal=False, title=NORWICH_TITLE, actions=exp)


# --------------------------------------------------------------------------------------
# 5. Lincolnshire Fire and Rescue - HMICFRS standards of behaviour recommendations tracker (xlsx)
# --------------------------------------------------------------------------------------
LINCS = "fu2-lincolnshire-fire-rescue-hmicfrs-standards-of-behaviour-recommendations-tracker.xlsx"
LINCS_TITLE = "Lincolnshire Fire and Rescue – HMICFRS Standards of Behaviour: Recommendations Tracker"
LINCS_SECTIONS = [
    ("Culture and values", [
        ("Recommendation 1: By 1 February 2025, chief fire officers should make sure all staff know and "
         "follow the Core Code of Ethics, and that the code is built into all relevant policies and practices.", [
            ("1.1", "Review all HR and operational policies against the Core Code of Ethics and add a Code "
                    "of Ethics statement to each.", "Head of HR", ["Head of HR"], d(2025, 1, 31),
             "All 46 policies reviewed; statement added.", "2025-01", None, "blue"),
            ("1.2", "Run Code of Ethics workshops for every wholetime watch and on-call crew, led by station "
                    "managers.", "Area Manager – Service Delivery", ["Area Manager – Service Delivery"],
             d(2025, 3, 31), "31 of 38 stations completed.", "2025-03", None, "green"),
        ]),
        ("Recommendation 2: By 1 February 2025, chief fire officers should have a probation policy that makes "
         "clear probationers who fall short of the Core Code of Ethics can be dismissed.", [
            ("2.1", "Amend the probation policy and new-entrant contracts to allow dismissal for failing to "
                    "meet the Core Code of Ethics.", "Head of HR", ["Head of HR"], d(2025, 1, 31),
             "Policy approved by SLT 14 January 2025.", "2025-01", None, "blue"),
        ]),
        ("Recommendation 3: By 1 May 2025, chief fire officers should make sure workforce plans allow "
         "wholetime staff to be moved between watches or stations, and that newly promoted firefighters are "
         "posted to a different watch or station.", [
            ("3.1", "Update the promotion and transfer procedure so that newly promoted crew and watch "
                    "managers are posted to a different watch.", "ACFO Service Delivery; Head of HR",
             ["ACFO Service Delivery", "Head of HR"], d(2025, 4, 30),
             "Consultation with representative bodies not yet concluded.", "2025-04", None, "amber"),
        ]),
    ]),
    ("Raising concerns", [
        ("Recommendation 4: By 1 February 2025, chief fire officers should make sure staff have access to an "
         "independent and confidential way to raise concerns.", [
            ("4.1", "Extend the independent reporting line contract to cover on-call and support staff, and "
                    "publicise it on the staff intranet.", "Professional Standards Manager",
             ["Professional Standards Manager"], d(2025, 1, 31), "Contract varied; launched 27 January.",
             "2025-01", None, "blue"),
            ("4.2", "Publish a quarterly ‘You said, we did’ summary of anonymised concerns raised and the "
                    "action taken.", "Professional Standards Manager", ["Professional Standards Manager"],
             "Quarterly", "First summary published April 2025.", None, "Quarterly", "green"),
        ]),
    ]),
    ("Misconduct processes", [
        ("Recommendation 5: By 1 August 2025, chief fire officers should make sure their service has access "
         "to a professional standards function to oversee misconduct cases.", [
            ("5.1", "Establish a Professional Standards Unit shared with Lincolnshire County Council HR, with "
                    "a case tracker for all misconduct investigations.", "Deputy Chief Fire Officer",
             ["Deputy Chief Fire Officer"], d(2025, 7, 31), "Business case approved; recruitment under way.",
             "2025-07", None, "green"),
            ("5.2", "Appoint and train a pool of independent investigating officers from outside the line "
                    "management chain.", "Professional Standards Manager", ["Professional Standards Manager"],
             d(2025, 10, 31), "Only four volunteers so far; pool of ten needed.", "2025-10", None, "amber"),
        ]),
    ]),
    ("Training and support", [
        ("Recommendation 6: By 1 November 2025, chief fire officers should make sure everyone who investigates "
         "or hears misconduct cases has been trained to do so.", [
            ("6.1", "Commission accredited investigation training for all investigating and hearing officers.",
             "Learning and Development Manager", ["Learning and Development Manager"], d(2025, 9, 30),
             "", "2025-09", None, "unrated"),
        ]),
    ]),
]


def build_lincs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = LINCS_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = ("Thematic inspection: the handling of misconduct in fire and rescue services (HMICFRS, "
                "published August 2024)")
    ws["A3"] = "Position at 21 May 2025 – reported to the Culture and Inclusion Board"
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (word, k) in enumerate([("Complete", "B"), ("On track", "G"), ("At risk", "A"),
                                     ("Overdue", "R")], start=2):
        c = ws.cell(4, col, word)
        c.fill = fill(FILL[k])
    ws.cell(4, 6, "No colour = not started")
    headers = ["Ref", "Action", "Action owner", "Target date", "RAG", "Evidence / update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
    r = 7
    exp = []
    for section, recs in LINCS_SECTIONS:
        ws.cell(r, 1, section).font = Font(bold=True, size=12, color="FFFFFF")
        ws.cell(r, 1).fill = fill("404040")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for rec, actions in recs:
            c = ws.cell(r, 1, rec)
            c.font = Font(bold=True)
            c.fill = fill("F2F2F2")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, text, lead_cell, lead, due, update, end, end_text, status in actions:
                ws.cell(r, 1, ref)
                ws.cell(r, 2, text)
                ws.cell(r, 3, lead_cell)
                c = ws.cell(r, 4, due)
                if isinstance(due, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if status != "unrated":
                    ws.cell(r, 5).fill = fill(FILL_BY_STATUS[status])
                if update:
                    ws.cell(r, 6, update)
                for col in range(1, 7):
                    ws.cell(r, col).border = BOX
                    ws.cell(r, col).alignment = WRAP
                exp.append(act(ref, [section, rec], text, lead, end, status, end_text))
                r += 1
    r += 1
    ws.cell(r, 1, "Total actions: 9   Complete: 3   On track: 3   At risk: 2   Overdue: 0   Not started: 1")
    ws.cell(r, 1).font = Font(bold=True)
    for j, w in enumerate([8, 62, 30, 12, 8, 42], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(os.path.join(HERE, LINCS))

    EXPECTED[LINCS] = dict(
        source=("Imitates the trackers English fire and rescue services publish against the 15 national "
                "recommendations of HMICFRS 'Standards of behaviour: the handling of misconduct in fire and "
                "rescue services' (August 2024; compare the progress pages of staffordshirefire.gov.uk and "
                "humbersidefire.gov.uk), here for Lincolnshire Fire and Rescue. Copied features: title, "
                "report line and position date, a key row of coloured words, dark section band rows, a "
                "lighter band row quoting each recommendation (with its HMICFRS deadline) above its actions, "
                "job titles as owners, target dates as Excel dates, RAG shown only as a fill colour (one "
                "action left uncoloured = not started) and a totals line."),
        reads=("Nine numbered actions in four sections, each under the HMICFRS recommendation band row that "
               "precedes it. The deadline inside a recommendation is not an action's end; each action's end "
               "is its own target date, and its RAG is the fill colour of the empty RAG cell."),
        outcome="read", accept_refusal=False, title=LINCS_TITLE, actions=exp)


# --------------------------------------------------------------------------------------
# 6. North Hertfordshire Council - SIAS internal audit recommendations tracker (csv)
# --------------------------------------------------------------------------------------
NHC = "fu2-north-hertfordshire-council-internal-audit-recommendations-tracker.csv"
NHC_TITLE = "North Hertfordshire Council - Outstanding Internal Audit Recommendations"
NHC_ROWS = [
    ("Debtors 2024/25", "Reasonable", "1", "Medium",
     "Debts over 90 days old should be reviewed monthly and the recovery action recorded on the system.",
     "Introduce a monthly aged debt review between Revenues and the service debt owners, with actions "
     "recorded in the debtors module.", "Revenues and Benefits Manager", ["Revenues and Benefits Manager"],
     "31/03/2025", "30/09/2025", "A", "Review meetings started July 2025; recording in module not yet consistent.",
     "2025-09", "amber"),
    ("Debtors 2024/25", "Reasonable", "2", "Low",
     "Write-off approvals should be evidenced in line with the Financial Regulations.",
     "Update the write-off form to capture the approver's name, date and delegation reference.",
     "Rivers, Jo", ["Rivers, Jo"], "31/01/2025", "", "B", "New form in use since January 2025.",
     "2025-01", "blue"),
    ("Cyber Security 2024/25", "Limited", "1", "High",
     "Multi-factor authentication should be enforced for all remote access accounts, including third-party "
     "suppliers.",
     "Enforce MFA on all remote access and supplier accounts; exceptions to be approved by the Information "
     "Security Officer and reviewed quarterly.", "ICT Manager", ["ICT Manager"], "30/06/2025", "31/12/2025",
     "A", "MFA enforced for staff; 3 supplier accounts outstanding.", "2025-12", "amber"),
    ("Cyber Security 2024/25", "Limited", "3", "Medium",
     "Network accounts of leavers should be disabled on their last working day.",
     "Link the HR leavers report to an automated account-disable process in Active Directory.",
     "ICT Manager; HR Operations Manager", ["ICT Manager", "HR Operations Manager"], "30/09/2025", "", "R",
     "Overdue - integration work not yet scheduled.", "2025-09", "red"),
    ("Planning Enforcement 2024/25", "Limited", "2", "High",
     "A risk-based prioritisation of enforcement cases should be introduced and the backlog reduced.",
     "Adopt the revised Local Enforcement Plan with priority categories and a target to reduce the backlog "
     "by 25% by March 2026.", "Development and Conservation Manager", ["Development and Conservation Manager"],
     "31/03/2026", "", "G", "Plan adopted by Cabinet 16 September 2025.", "2026-03", "green"),
    ("Planning Enforcement 2024/25", "Limited", "4", "Medium",
     "Case files should record the dates of site visits and the outcome of each visit.",
     "Add mandatory site visit fields to the enforcement module and refresh officer guidance.",
     "Planning Enforcement Team Leader", ["Planning Enforcement Team Leader"], "31/07/2025", "30/11/2025",
     "G", "Fields added; guidance being drafted.", "2025-11", "green"),
    ("Waste Contract Management 2025/26", "Reasonable", "1", "Medium",
     "Contract performance deductions should be calculated and applied each month in line with the contract.",
     "Reconcile monthly performance data with the contractor and apply deductions through the monthly "
     "payment certificate.", "Waste and Recycling Manager", ["Waste and Recycling Manager"], "31/12/2025", "",
     "G", "Reconciliation process agreed with contractor.", "2025-12", "green"),
    ("Waste Contract Management 2025/26", "Reasonable", "2", "Low",
     "The contract risk register should be reviewed regularly and reported to the Joint Waste Board.",
     "Review the contract risk register at each Joint Waste Board and record the review in the minutes.",
     "Waste and Recycling Manager", ["Waste and Recycling Manager"], "Ongoing", "", "G",
     "Reviewed at October Board.", None, "green"),
]


def build_nhc():
    header = ["Audit", "Assurance", "Rec No", "Priority", "Recommendation", "Agreed Action",
              "Responsible Officer", "Original Due Date", "Revised Due Date", "RAG", "Latest Update"]
    n = len(header)
    pad = lambda first: [first] + [""] * (n - 1)
    rows = [pad(NHC_TITLE),
            pad("Shared Internal Audit Service (SIAS) - position as at 14 November 2025"),
            pad(""), header]
    exp = []
    for (audit, assurance, rec_no, prio, rec, agreed, lead_cell, lead, orig, rev, rag, update, end,
         status) in NHC_ROWS:
        rows.append([audit, assurance, rec_no, prio, rec, agreed, lead_cell, orig, rev, rag, update])
        a = act(rec_no, [audit, rec], agreed, lead, end, status,
                "Ongoing" if end is None else None)
        exp.append(a)
    rows.append(pad(""))
    rows.append(["Total outstanding", str(len(NHC_ROWS))] + [""] * (n - 2))
    rows.append(pad("RAG: B = implemented; G = on track; A = at risk of missing due date; R = overdue"))
    with open(os.path.join(HERE, NHC), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    EXPECTED[NHC] = dict(
        source=("Imitates the outstanding-recommendations export the Hertfordshire Shared Internal Audit "
                "Service (SIAS) gives North Hertfordshire Council's Finance, Audit and Risk Committee "
                "(democracy.north-herts.gov.uk SIAS progress reports). Copied features: two title lines "
                "and a blank line before the header, one row per agreed recommendation with the audit "
                "title and year repeated, assurance level and priority, the recommendation beside the "
                "agreed management action, a responsible officer written 'Surname, Forename' in one row, "
                "original and revised due dates day-first, a RAG letter, and a totals line and RAG legend "
                "after the data."),
        reads=("A flat export of eight outstanding audit recommendations from four audits. Each row's action "
               "is the agreed management action, read under its audit and the auditor's recommendation; "
               "the revised due date, where given, replaces the original, and the RAG letter is the status "
               "(B = implemented = complete)."),
        outcome="read", accept_refusal=False, title=NHC_TITLE, actions=exp)


# --------------------------------------------------------------------------------------
# 7. Adur & Worthing Councils - strategic risk register, tab-separated text (refuse)
# --------------------------------------------------------------------------------------
AW = "fu2-adur-worthing-councils-strategic-risk-register-typo-month-refuse.txt"
AW_TITLE = "Adur & Worthing Councils – Strategic Risk Register – Quarter 2 2025/26"


def build_aw():
    lines = [
        AW_TITLE,
        "Report to Joint Governance Committee – 25 November 2025",
        "Scores are likelihood x impact (1–5 each). RAG shows progress of each mitigating action: "
        "G on track, A some slippage, R off track, B complete.",
        "",
        "\t".join(["Risk ID", "Risk", "Risk owner", "Current score", "Target score", "Mitigating action",
                   "Action owner", "Target date", "RAG"]),
        "\t".join(["SR01", "Financial sustainability – the councils cannot set balanced budgets over the "
                   "medium term", "Director for Sustainability & Resources", "20", "12",
                   "Deliver the 2026/27 savings programme of £3.2m across both councils",
                   "Chief Financial Officer", "Mar-26", "A"]),
        "\t".join(["", "", "", "", "",
                   "Refresh the Medium Term Financial Plan and reserves strategy for 2026/27 to 2029/30",
                   "Chief Financial Officer", "Feb-26", "G"]),
        "\t".join(["SR02", "Housing demand – homelessness and temporary accommodation costs exceed the "
                   "budget", "Director for Communities", "20", "15",
                   "Open the council-owned temporary accommodation scheme to reduce use of nightly-paid "
                   "placements", "Head of Housing", "Jan-26", "A"]),
        "\t".join(["", "", "", "", "",
                   "Introduce a weekly placement review panel to move households out of nightly-paid "
                   "accommodation", "Head of Housing; Housing Needs Manager", "Decmber 2025", "G"]),
        "\t".join(["SR03", "Cyber security – a successful cyber attack disrupts services or compromises "
                   "data", "Director for Digital & Resources", "16", "12",
                   "Complete the migration of legacy servers to the cloud hosting platform",
                   "Head of Technology", "Jun-26", "G"]),
        "\t".join(["", "", "", "", "",
                   "Run a phishing simulation and mandatory cyber awareness refresher for all staff",
                   "Information Security Manager", "Oct-25", "B"]),
        "\t".join(["SR04", "Workforce – difficulty recruiting and retaining staff in key professional "
                   "roles", "Head of People", "15", "9",
                   "Launch a career grade scheme for planning and environmental health officers",
                   "Head of People", "Apr-26", "G"]),
        "\t".join(["SR05", "Climate change – the councils do not meet their 2030 carbon neutral "
                   "commitment", "Director for Place", "12", "8",
                   "Install solar PV and air source heat pumps at two council leisure centres",
                   "Head of Sustainability", "Sep-26", "A"]),
        "",
        "Risks are reviewed quarterly by the Corporate Leadership Team.",
    ]
    with open(os.path.join(HERE, AW), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    refuse_line = next(i for i, l in enumerate(lines, start=1) if "Decmber" in l)

    EXPECTED[AW] = dict(
        source=("Imitates the quarterly strategic risk register Adur & Worthing Councils take to their Joint "
                "Governance Committee (risk and opportunity framework 'A Guide to managing Risks and "
                "Opportunities in Adur and Worthing'), saved as tab-separated text. Copied features: title, "
                "committee line, a scoring/RAG legend line, one row per mitigating action with the risk "
                "columns filled only on the first row of each risk, job titles as owners, month target "
                "dates (Mar-26) and a closing note. One target date is typed 'Decmber 2025'."),
        reads=("Five strategic risks with eight mitigating actions. The second action of SR02 has the target "
               "date 'Decmber 2025', a mistyped month: a careful reader stops and asks what was meant "
               "rather than guess."),
        outcome="refuse", accept_refusal=False, refuse_at=refuse_line, title=AW_TITLE)
    return refuse_line


# --------------------------------------------------------------------------------------
def write_expected():
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title"]
    for name, e in EXPECTED.items():
        out = []
        for k in ("source", "reads"):
            out.append(f"{k}: >-")
            words = e[k].split()
            line = " "
            for w in words:
                if len(line) + len(w) + 1 > 100:
                    out.append(line.rstrip())
                    line = " "
                line += " " + w
            out.append(line.rstrip())
        rest = {k: e[k] for k in order[2:] if k in e}
        out.append(yaml.safe_dump(rest, sort_keys=False, allow_unicode=True, width=4096).rstrip())
        if "actions" in e:
            out.append(yaml.safe_dump({"actions": e["actions"]}, sort_keys=False, allow_unicode=True,
                                      width=4096, default_flow_style=None).rstrip())
        with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")


def main():
    build_plymouth()
    build_sbc()
    build_newport()
    build_norwich()
    build_lincs()
    build_nhc()
    line = build_aw()
    print("built 7 files; refuse line in", AW, "=", line)
    if "--expected" in sys.argv:
        write_expected()
        print("wrote", len(EXPECTED), "expected files")


if __name__ == "__main__":
    main()
