"""Build the seven zyv- blind test files (set heldout613) and their expected readings.

Run with /work/main/.venv/bin/python zyv_make.py  (writes only zyv-* files in this folder).
The expected readings (status, end, lead, under) are written down by hand in the data
below as a person reads each row; nothing here parses the built files.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "zyv-"


def out(name):
    assert name.startswith(PREFIX)
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_expected(name, meta, actions):
    """meta: dict with source, reads, outcome, accept_refusal, (refuse_at), (title)."""
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if "title" in meta:
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        acts = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------- shared xlsx bits
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FFFF0000"),
    "amber": PatternFill("solid", fgColor="FFFFC000"),
    "green": PatternFill("solid", fgColor="FF00B050"),
    "blue": PatternFill("solid", fgColor="FF0070C0"),
}


def hdr(ws, row, values, fill="FF1F3864", font_color="FFFFFFFF"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color=font_color)
        c.fill = PatternFill("solid", fgColor=fill)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def box(ws, row, ncols):
    for i in range(1, ncols + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = WRAP


# ================================================================ 1. Gloucestershire WRES/WDES (xlsx)
def make_glos():
    name = "zyv-gloucestershire-hospitals-nhsft-wres-wdes-action-plan-2024-25.xlsx"
    title = ("Workforce Race Equality Standard (WRES) and Workforce Disability Equality Standard "
             "(WDES) Action Plan 2024/25")
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Gloucestershire Hospitals NHS Foundation Trust"
    cv["A1"].font = Font(bold=True, size=14, color="FF005EB8")
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=12)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    control = [
        ("Version", "1.3"),
        ("Executive sponsor", "Chief People Officer"),
        ("Author", "Head of Equality, Diversity and Inclusion"),
        ("Approved by", "People and OD Committee, 17 October 2024"),
        ("Progress position", "31 January 2025"),
        ("Next review", "People and OD Committee, April 2025"),
    ]
    for i, (k, v) in enumerate(control, 5):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
        box(cv, i, 2)
    cv["A12"] = "Version history"
    cv["A12"].font = Font(bold=True)
    hdr(cv, 13, ["Version", "Date", "Change"])
    hist = [
        ("1.0", D(2024, 9, 26), "First draft following WRES and WDES data submissions"),
        ("1.2", D(2024, 10, 17), "Approved by People and OD Committee"),
        ("1.3", D(2025, 1, 31), "Q3 progress update; WDES target dates revised"),
    ]
    for i, (v, d, c) in enumerate(hist, 14):
        cv.cell(row=i, column=1, value=v)
        cv.cell(row=i, column=2, value=d).number_format = "dd/mm/yyyy"
        cv.cell(row=i, column=3, value=c)
        box(cv, i, 3)
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 44
    cv.column_dimensions["C"].width = 60

    actions = []
    # ---------------- WRES sheet: full-width indicator bands, merged objective, fill-only RAG
    ws = wb.create_sheet("WRES")
    ws["A1"] = "Workforce Race Equality Standard (WRES) Action Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Data source: WRES submission 31 March 2024. Progress position at 31 January 2025. "
                "RAG status is shown by colour – see RAG key tab.")
    ws.merge_cells("A2:H2")
    hdr(ws, 4, ["Ref", "Objective", "Action", "Accountable lead(s)", "Target date",
                "Measure of success", "Progress update (Jan 2025)", "RAG"])
    wres = [
        ("band", "Indicator 1 – Workforce representation: percentage of BME staff in AfC bands 1–9 "
                 "and VSM compared with the overall workforce"),
        ("obj", "Increase BME representation in Band 8a and above from 9.8% to 12% by March 2026", 2),
        ("act", "1a", "Introduce diverse interview panels (at least one panel member from an ethnic "
                      "minority background) for all Band 8a and above appointments.",
         "Head of Resourcing", D(2024, 12, 31), "100% of 8a+ panels compliant (quarterly audit)",
         "Panel compliance 82% in Q3; Inclusion Ambassador pool expanded to 46.", "amber",
         ["Head of Resourcing"], "2024-12", None),
        ("act", "1b", "Launch cohort 2 of the ‘Stepping Up’ positive action development programme "
                      "for BME staff in Bands 5–7.",
         "Head of Leadership and OD / Race Equality Network Chair", "Q4 2024/25",
         "24 participants; 30% secure a higher-band role within 12 months",
         "Cohort 2 recruited (26 participants); launch event 5 February.", "green",
         ["Head of Leadership and OD", "Race Equality Network Chair"], "2025-03", None),
        ("band", "Indicator 2 – Relative likelihood of White applicants being appointed from "
                 "shortlisting compared with BME applicants"),
        ("obj", "Reduce the relative likelihood ratio from 1.61 to below 1.25", 2),
        ("act", "2a", "Implement name-blind shortlisting on TRAC for all non-medical vacancies.",
         "Head of Resourcing", D(2024, 9, 30), "Name-blind shortlisting live for all non-medical posts",
         "Live on TRAC from 2 September 2024.", "blue", ["Head of Resourcing"], "2024-09", None),
        ("act", "2b", "Publish shortlisting-to-appointment data by ethnicity in each Division’s "
                      "quarterly Performance Review pack.",
         "Workforce Information Manager", "Quarterly", "Data in every Divisional pack",
         "Included in Q2 and Q3 packs.", "green", ["Workforce Information Manager"], None, "Quarterly"),
        ("band", "Indicators 5–8 – NHS Staff Survey: harassment, bullying or abuse and discrimination"),
        ("obj", "Reduce the percentage of BME staff experiencing harassment, bullying or abuse from "
                "patients, relatives or the public from 31% to 25%", 2),
        ("act", "5a", "Roll out the ‘Zero Tolerance’ campaign and reporting pathway for racist abuse "
                      "from patients and visitors.\nInclude a manager toolkit and post-incident support offer.",
         "Director of Safety; Head of Security", D(2025, 3, 31),
         "Reported incidents of racist abuse rise in year 1; Staff Survey Q13a improves",
         "Toolkit delayed – Datix category change awaiting approval by the Patient Safety Group.", "red",
         ["Director of Safety", "Head of Security"], "2025-03", None),
        ("act", "5b", "Deliver Active Bystander training to all ward and department managers.",
         "Head of Leadership and OD", "Sept 2024 – June 2025", "90% of managers trained",
         "412 managers trained (58%).", "green", ["Head of Leadership and OD"], "2025-06", None),
        ("band", "Indicator 9 – Board representation"),
        ("obj", "Board membership reflects the ethnicity of the workforce", 1),
        ("act", "9a", "Each Board member to hold a personal WRES objective in their 2024/25 appraisal, "
                      "reviewed by the Chair.",
         "Chair / Chief Executive", D(2024, 7, 31), "All Board members have a WRES objective",
         "All objectives agreed July 2024.", "blue", ["Chair", "Chief Executive"], "2024-07", None),
    ]
    r = 5
    band = obj = None
    for item in wres:
        if item[0] == "band":
            band = item[1]
            ws.cell(row=r, column=1, value=band).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="FFD9D2E9")
            r += 1
        elif item[0] == "obj":
            obj, span = item[1], item[2]
            c = ws.cell(row=r, column=2, value=obj)
            c.alignment = WRAP
            if span > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + span - 1, end_column=2)
        else:
            _, ref, text, lead, date, measure, update, rag, leads, end, end_text = item
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=date)
            if isinstance(date, dt.datetime):
                c.number_format = "mmm-yy"
            ws.cell(row=r, column=6, value=measure)
            ws.cell(row=r, column=7, value=update)
            ws.cell(row=r, column=8).fill = FILL[rag]
            box(ws, r, 8)
            actions.append(dict(ref=ref, under=[band, obj], action=text, lead=leads, end=end,
                                end_text=end_text, status=rag))
            r += 1
    for col, w in zip("ABCDEFGH", (6, 30, 55, 28, 14, 30, 40, 8)):
        ws.column_dimensions[col].width = w

    # ---------------- WDES sheet: metric in vertically merged column A, original/revised, prev/current RAG
    wd = wb.create_sheet("WDES")
    wd["A1"] = "Workforce Disability Equality Standard (WDES) Action Plan 2024/25"
    wd["A1"].font = Font(bold=True, size=13)
    wd["A2"] = "Progress position at 31 January 2025"
    hdr(wd, 4, ["WDES metric", "No.", "Action", "Lead", "Original target", "Revised target",
                "Previous RAG", "Current RAG", "Comments"], fill="FF330072")
    wdes = [
        ("Metric 1 – Declaration rates: 4.1% of staff have declared a disability on ESR compared "
         "with 24.3% in the NHS Staff Survey", [
            ("1.1", "Run a ‘Count Me In’ ESR self-service declaration campaign during Disability "
                    "History Month.", "Head of Equality, Diversity and Inclusion", D(2024, 12, 31), None,
             "Green", "Complete", "Declaration rate rose to 5.0% by 31 December.",
             ["Head of Equality, Diversity and Inclusion"], "2024-12", "blue"),
            ("1.2", "Add a disability declaration prompt to the annual appraisal (Pay Progression) "
                    "paperwork.", "Head of Leadership and OD", D(2024, 11, 30), D(2025, 4, 30),
             "Amber", "Amber", "New appraisal form delayed; now linked to the Pay Progression policy relaunch.",
             ["Head of Leadership and OD"], "2025-04", "amber"),
        ]),
        ("Metric 6 – Presenteeism: disabled staff feeling pressure from their manager to come to work "
         "when not well enough", [
            ("6.1", "Publish a Reasonable Adjustments Passport and guidance for line managers.",
             "Head of Occupational Health and Wellbeing / Disability Staff Network Chair",
             D(2024, 10, 31), D(2025, 1, 31), "Red", "Green",
             "Passport approved at JNCC on 14 January 2025; launch in February.",
             ["Head of Occupational Health and Wellbeing", "Disability Staff Network Chair"], "2025-01", "green"),
            ("6.2", "Create a central reasonable adjustments budget so that equipment is not funded "
                    "from departmental budgets.", "Director of Finance", D(2025, 3, 31), None,
             "Amber", "Red", "Business case deferred to the 2025/26 planning round.",
             ["Director of Finance"], "2025-03", "red"),
        ]),
        ("Metric 9 – Engagement: staff engagement score of disabled staff compared with "
         "non-disabled staff", [
            ("9.1", "Establish reverse mentoring between members of the Disability Staff Network and "
                    "the Executive team.", "Chief People Officer", D(2025, 3, 31), None,
             None, "Green", "Six pairings matched; first sessions held in January.",
             ["Chief People Officer"], "2025-03", "green"),
        ]),
    ]
    r = 5
    for metric, rows in wdes:
        start = r
        wd.cell(row=r, column=1, value=metric).alignment = WRAP
        for (no, text, lead, orig, rev, prev, cur, com, leads, end, status) in rows:
            wd.cell(row=r, column=2, value=no)
            wd.cell(row=r, column=3, value=text)
            wd.cell(row=r, column=4, value=lead)
            c = wd.cell(row=r, column=5, value=orig)
            c.number_format = "mmm-yy"
            c = wd.cell(row=r, column=6, value=rev)
            c.number_format = "mmm-yy"
            wd.cell(row=r, column=7, value=prev)
            wd.cell(row=r, column=8, value=cur)
            wd.cell(row=r, column=9, value=com)
            box(wd, r, 9)
            actions.append(dict(ref=no, under=[metric], action=text, lead=leads, end=end,
                                end_text=None, status=status))
            r += 1
        if r - 1 > start:
            wd.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHI", (36, 6, 55, 32, 12, 12, 11, 11, 40)):
        wd.column_dimensions[col].width = w

    # ---------------- RAG key sheet
    ky = wb.create_sheet("RAG key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    key = [("red", "Not on track – significant risk to delivery; escalate to People and OD Committee"),
           ("amber", "Some slippage – recovery action in place"),
           ("green", "On track to deliver by the target date"),
           ("blue", "Complete – evidence of completion provided"),
           (None, "Not yet started")]
    for i, (col, txt) in enumerate(key, 3):
        if col:
            ky.cell(row=i, column=1).fill = FILL[col]
        ky.cell(row=i, column=2, value=txt)
        box(ky, i, 2)
    ky.column_dimensions["B"].width = 80
    wb.save(out(name))

    meta = dict(
        source=("Imitates a Gloucestershire Hospitals NHS Foundation Trust WRES and WDES action plan "
                "2024/25 as taken to its People and OD Committee (every NHS trust publishes one each "
                "year). Layout after The Christie NHS FT 'Workforce Race Equality Standard Action Plan "
                "2022-2023' (https://thechristie.cld.bz/Workforce-Race-Equality-Standard-Action-Plan-2022-2023/): "
                "indicator/metric headings, lettered refs 1a/1b, accountable lead, target month, measure "
                "of success. Copied features: cover sheet with document-control and version-history "
                "tables; WRES sheet with full-width merged indicator bands, objective cell merged down "
                "over its actions, colour-only RAG cells explained on a separate 'RAG key' tab; WDES "
                "sheet with the metric in a vertically merged first column, original and revised "
                "targets, previous and current RAG in words; job titles as leads, two leads split by "
                "'/' or ';'; 'Q4 2024/25', 'Quarterly' and a 'Sept 2024 – June 2025' period as dates."),
        reads=("A trust workforce equality action plan in two parts: seven WRES actions grouped under "
               "indicator bands and objectives, RAG shown only by cell colour, then five WDES actions "
               "grouped by metric with original/revised targets and previous/current RAG. The cover "
               "sheet's document control and version history and the RAG key tab are not actions."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ================================================================ docx helpers
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
            for rn in p.runs:
                rn.bold = True
        if fill:
            shade(c, fill)


def set_cell(cell, text):
    cell.text = text
    for p in cell.paragraphs:
        for rn in p.runs:
            rn.font.size = Pt(9)


# ================================================================ 2. University of Lincoln REC (docx)
def make_lincoln():
    name = "zyv-university-of-lincoln-race-equality-charter-action-plan.docx"
    title = "Race Equality Charter Action Plan 2025–2029"
    doc = Document()
    p = doc.add_paragraph()
    rn = p.add_run("University of Lincoln")
    rn.bold = True
    rn.font.size = Pt(14)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Bronze award – Self-Assessment Team (SAT). Progress update: January 2026.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of People"),
                 ("Approved by", "University Executive Board, 9 July 2025"),
                 ("Version", "2.1 (January 2026 progress update)"),
                 ("Monitoring", "Progress reported termly to the EDI Committee")]:
        row = t.add_row().cells
        set_cell(row[0], k)
        set_cell(row[1], v)
    doc.add_paragraph(
        "This action plan sets out what the University will do over the four years of the award. "
        "Actions are grouped under the four priorities identified by the SAT from our staff and student "
        "data, surveys and focus groups. RAG: Green – on track; Amber – at risk; Red – off track; "
        "Complete; blank or Not started – not yet due to start.")

    actions = []
    priorities = [
        ("Priority 1: Leadership, governance and accountability", [
            ("Embed accountability for race equality at senior level", [
                ("1.1", "Include a race equality objective in the annual objectives of every member of "
                        "the University Executive Board.",
                 "100% of UEB members have an objective, reviewed at year end", "Oct 2025",
                 "Vice Chancellor", "Complete", ["Vice Chancellor"], "2025-10", None, "blue"),
                ("1.2", "Establish a Race Equality Steering Group, chaired by a PVC, reporting to the "
                        "EDI Committee each term.",
                 "Group meets termly; minutes reported to EDI Committee", "Sept 2025 – Dec 2025",
                 "PVC Education; Head of EDI", "Green", ["PVC Education", "Head of EDI"], "2025-12", None,
                 "green"),
            ]),
        ]),
        ("Priority 2: Staff recruitment, progression and pay", [
            ("Increase the proportion of minority ethnic staff in senior academic grades", [
                ("2.1", "Pilot a sponsorship programme pairing minority ethnic Senior Lecturers with "
                        "senior academic sponsors ahead of the promotion round.",
                 "Promotion application rate of minority ethnic staff equals that of White staff",
                 "Jan 2026 – July 2027", "Director of People / Deans of College", "",
                 ["Director of People", "Deans of College"], "2027-07", None, "unrated"),
                ("2.2", "Require a trained diversity champion on all interview panels for Grade 9 "
                        "and above.",
                 "Champion on 100% of Grade 9+ panels", "April 2026", "Head of Recruitment", "Green",
                 ["Head of Recruitment"], "2026-04", None, "green"),
            ]),
            ("Close the ethnicity pay gap", [
                ("2.3", "Publish the ethnicity pay gap annually alongside the gender pay gap, with a "
                        "narrative and actions.",
                 "Report published each March", "Annually", "Director of People", "Green",
                 ["Director of People"], None, "Annually", "green"),
            ]),
        ]),
        ("Priority 3: Student attainment and belonging", [
            ("Reduce the degree awarding gap between Black and White students from 19 to 10 "
             "percentage points", [
                ("3.1", "Roll out the Inclusive Curriculum Framework to all undergraduate programmes "
                        "through periodic review.\nPrioritise the ten programmes with the largest "
                        "awarding gaps in 2025/26.",
                 "All programmes reviewed against the Framework", "Sept 2025 – July 2028",
                 "PVC Education", "Green", ["PVC Education"], "2028-07", None, "green"),
                ("3.2", "Provide programme-level awarding gap dashboards to Programme Leaders through "
                        "the Student Insight portal.",
                 "Dashboards live and used in annual monitoring", "Dec 2025",
                 "Head of Planning and Business Intelligence", "Amber",
                 ["Head of Planning and Business Intelligence"], "2025-12", None, "amber"),
            ]),
        ]),
        ("Priority 4: Reporting and inclusive culture", [
            ("Increase confidence in reporting racial harassment", [
                ("4.1", "Relaunch Report + Support with an option to report anonymously, and publish "
                        "an annual summary of cases and outcomes.",
                 "Reports increase in year 1; annual summary published", "Mar 2026",
                 "Director of Student Life; Head of Student Wellbeing", "Not started",
                 ["Director of Student Life", "Head of Student Wellbeing"], "2026-03", None, "unrated"),
                ("4.2", "Deliver ‘Let’s Talk About Race’ workshops to all staff with line-management "
                        "responsibility.",
                 "80% of line managers attended by July 2027", "Oct 2025 – July 2027",
                 "Head of Organisational Development", "Amber",
                 ["Head of Organisational Development"], "2027-07", None, "amber"),
            ]),
        ]),
    ]
    rag_fill = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    for prio, objectives in priorities:
        doc.add_heading(prio, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Objective", "Action", "Success measure",
                                          "Timeframe", "Responsibility", "RAG"]):
            set_cell(c, h)
        bold_row(t.rows[0], "D9E2F3")
        for obj, acts in objectives:
            first = len(t.rows)
            for (ref, text, measure, when, resp, rag, leads, end, end_text, status) in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], measure)
                set_cell(cells[4], when)
                set_cell(cells[5], resp)
                set_cell(cells[6], rag)
                if rag in rag_fill:
                    shade(cells[6], rag_fill[rag])
                actions.append(dict(ref=ref, under=[prio, obj], action=text, lead=leads, end=end,
                                    end_text=end_text, status=status))
            last = len(t.rows) - 1
            top = t.cell(first, 1)
            if last > first:
                top = top.merge(t.cell(last, 1))
            set_cell(top, obj)
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for k, v in [("EDI", "Equality, Diversity and Inclusion"), ("PVC", "Pro Vice Chancellor"),
                 ("SAT", "Self-Assessment Team"), ("UEB", "University Executive Board")]:
        row = g.add_row().cells
        set_cell(row[0], k)
        set_cell(row[1], v)
    doc.save(out(name))

    meta = dict(
        source=("Imitates the University of Lincoln's Race Equality Charter action plan (its first plan, "
                "2021-25, is described at https://eleanorglanvilleinstitute.lincoln.ac.uk/action/"
                "equality-inclusion-projects/race-equality-project/race-equality-action-plan/ as divided "
                "into four main categories); this is a would-be 2025-2029 Bronze renewal plan with a "
                "January 2026 progress column. Copied features: institution line and title, a "
                "document-control table, an intro paragraph carrying the RAG key, one Heading 2 and one "
                "table per priority, an Objective column merged down over its actions, Advance HE-style "
                "columns (success measure, timeframe as a period, responsibility), job titles as leads "
                "with two posts split by ';' or '/', an action with a second paragraph, RAG words with "
                "cell shading, and a closing glossary table."),
        reads=("A university Race Equality Charter action plan: four priority headings, each with a table "
               "of numbered actions under objectives, nine actions in all, with timeframes (periods end "
               "in their last month, 'Annually' has no month), responsibilities and RAG words. The "
               "document-control and glossary tables are not part of the plan."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ================================================================ 3. Devon & Cornwall Police (csv, refuse)
def csvq(v):
    if v is None:
        return ""
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_dcp():
    name = ("zyv-devon-and-cornwall-police-hmicfrs-vetting-misconduct-misogyny-recommendations-"
            "tracker-typo-month-refuse.csv")
    title = "Devon & Cornwall Police – HMICFRS Recommendations Tracker"
    rec2 = ("By 30 April 2023, chief constables should make sure that vetting decisions are recorded "
            "with a clear rationale wherever adverse information is found.")
    rec5 = ("By 31 October 2023, chief constables should make sure that all officers and staff hold "
            "valid vetting clearance at the level their role requires.")
    rec11 = ("By 31 October 2023, chief constables should make sure their counter-corruption units can "
             "monitor all force IT systems, including mobile devices.")
    rec14 = ("By 31 March 2024, chief constables should make sure that intelligence about sexual "
             "misconduct by officers and staff is assessed and developed by the counter-corruption unit.")
    rec21 = ("By 31 October 2023, chief constables should make sure that allegations of misogynistic "
             "behaviour are assessed against the correct level of misconduct.")
    rec30 = ("By 31 March 2024, chief constables should make sure that all officers and staff understand "
             "how to report inappropriate behaviour and are protected when they do.")
    rows = [
        ("2.1", "Rec 2", "Vetting", rec2,
         "Introduce a mandatory rationale template in Core-Vet for every decision where adverse information is found.",
         "Force Vetting Manager", "April 2023", "", "Complete",
         "Template live 3 April 2023; dip sample of 50 files showed 96% compliance."),
        ("2.2", "Rec 2", "Vetting", rec2,
         "Quarterly dip sample of vetting decisions by the Head of PSD, reported to the Professional Standards Board.",
         "Head of PSD", "June 2023", "", "Complete", "First dip sample reported to PSB on 20 June 2023."),
        ("5.1", "Rec 5", "Vetting", rec5,
         "Clear the backlog of lapsed and expiring clearances identified in the November 2022 audit.",
         "Force Vetting Manager / Head of HR Operations", "October 2023", "March 2024", "Amber",
         "Backlog reduced from 1,140 to 212; four additional vetting officers in post."),
        ("11.1", "Rec 11", "Counter-corruption", rec11,
         "Procure and implement an IT monitoring solution covering all force systems and mobile devices.",
         "Head of Anti-Corruption Unit", "October 2023", "Febuary 2024", "Red",
         "Contract award delayed by a procurement challenge; joint procurement with Dorset Police now agreed."),
        ("11.2", "Rec 11", "Counter-corruption", rec11,
         "Recruit two additional intelligence analysts into the Anti-Corruption Unit.",
         "Head of Anti-Corruption Unit", "December 2023", "", "Green",
         "One analyst started January 2024; second appointment made, start date 4 March 2024."),
        ("14.1", "Rec 14", "Counter-corruption", rec14,
         "Adopt the national abuse of position for a sexual purpose (APSP) problem profile and refresh the local profile every six months.",
         "Detective Superintendent, Professional Standards", "March 2024", "", "Green",
         "Local profile refreshed January 2024; next refresh July 2024."),
        ("21.1", "Rec 21", "Misconduct", rec21,
         "Brief all appropriate authorities and PSD assessors on the College of Policing guidance on misogynistic behaviour and severity assessment.",
         "Head of PSD", "October 2023", "", "Complete",
         "Briefings delivered September 2023; included in PSD induction."),
        ("30.1", "Rec 30", "Culture and misogyny", rec30,
         "Relaunch the confidential reporting line (Integrity Line) with a campaign led by the Chief Constable.",
         "Deputy Chief Constable; Head of Corporate Communications", "March 2024", "", "Green",
         "Campaign planned for February; intranet pages updated."),
    ]
    lines = [
        title,
        "Report: An inspection of vetting, misconduct, and misogyny in the police service (HMICFRS, 2 November 2022)",
        "Exported from the PSD recommendations register on 12/02/2024 for the Joint Audit Committee",
        "",
        "Action ID,Rec No.,Theme,Recommendation,Force action,Action owner,Due date,Revised due date,Status,Latest update",
    ]
    for r in rows:
        lines.append(",".join(csvq(v) for v in r))
    lines += ["", "Status key: Complete / Green = on track / Amber = at risk / Red = off track",
              "Total actions: 8 (Complete 3, Green 3, Amber 1, Red 1)"]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    refuse_line = next(i for i, ln in enumerate(lines, 1) if "Febuary" in ln)

    meta = dict(
        source=("Imitates a Devon & Cornwall Police tracker of its actions against HMICFRS's 'An inspection "
                "of vetting, misconduct, and misogyny in the police service' (2 November 2022; 43 "
                "recommendations with dated deadlines for chief constables, see "
                "https://www.justiceinspectorates.gov.uk/hmicfrs/publication-html/vetting-misconduct-and-misogyny-in-the-police-service-review-of-progress-letter/ "
                "and PCC responses such as https://www.surrey-pcc.gov.uk/hmicfrs_responses/thematic-inspection-of-vetting-misconduct-and-misogyny-in-the-police-service/), "
                "as a CSV export from a recommendations register for the Joint Audit Committee. Copied "
                "features: title, report and export lines above the header, recommendation text repeated "
                "on each of its action rows, theme column, due and revised due dates written as month "
                "names, status words, a status key and totals line at the foot."),
        reads=("A police force's CSV export of eight actions against HMICFRS vetting and misconduct "
               "recommendations, grouped by theme and recommendation, with due and revised due months. "
               "The revised due date of action 11.1 reads 'Febuary 2024', a mistyped month, so a careful "
               "reader stops at that line and asks what was meant."),
        outcome="refuse", accept_refusal=False, refuse_at=refuse_line, title=title)
    write_expected(name, meta, [])
    return name, len(rows)


# ================================================================ 4. Derbyshire FRS Grenfell Phase 2 (txt, tab-separated)
def make_dfrs():
    name = "zyv-derbyshire-fire-rescue-service-grenfell-tower-inquiry-phase-2-recommendations-tracker.txt"
    title = "Grenfell Tower Inquiry Phase 2 Report – Recommendations Action Tracker"
    recA = ("Fire and rescue services to strengthen the competence of protection staff to assess the risks "
            "presented by the external walls of high-rise residential buildings.")
    recB = ("Fire and rescue services to share information with building owners and the Building Safety "
            "Regulator about buildings with unsafe external walls.")
    recC = ("Control rooms to be able to manage many simultaneous fire survival guidance calls and to "
            "record and share that information with the incident ground.")
    recD = ("Fire and rescue services to plan for the evacuation of high-rise residential buildings, "
            "including when to move from a ‘stay put’ strategy to full evacuation.")
    recE = ("Fire and rescue services to support the development of a College of Fire and Rescue and a "
            "stronger culture of learning from incidents.")
    T1 = "Theme 1 – Fire safety regulation and protection"
    T2 = "Theme 2 – Control room and emergency calls"
    T3 = "Theme 3 – Operational response, evacuation and command"
    T4 = "Theme 4 – Learning and workforce development"
    plan = [
        ("theme", T1),
        ("1.1", recA, "Complete the Level 4 Diploma in Fire Safety for all Fire Safety Inspectors and publish a competency framework for the protection team.",
         "Area Manager – Prevention and Protection", "September 2025", "G",
         "9 of 12 inspectors qualified; remaining 3 enrolled on the spring cohort.",
         ["Area Manager – Prevention and Protection"], "2025-09", None, "green"),
        ("1.2", "", "Review the Risk Based Inspection Programme so that every high-rise residential building over 18 metres is inspected at least once a year.",
         "Group Manager – Protection", "December 2025", "A",
         "Building list reconciled with BSR register; 14 buildings not yet inspected this year.",
         ["Group Manager – Protection"], "2025-12", None, "amber"),
        ("1.3", recB, "Agree an information-sharing protocol with the Building Safety Regulator and the four largest social landlords in Derbyshire.",
         "Area Manager – Prevention and Protection", "31/07/2025", "G",
         "Draft protocol with landlords for comment.",
         ["Area Manager – Prevention and Protection"], "2025-07", None, "green"),
        ("theme", T2),
        ("2.1", recC, "Introduce the revised Fire Survival Guidance policy and run refresher training for all Control staff.",
         "Head of Control", "June 2025", "C",
         "Policy published 3 March 2025; all watches trained.",
         ["Head of Control"], "2025-06", None, "blue"),
        ("2.2", "", "Test the electronic FSG information link between Control and the incident command unit during a multi-agency exercise.",
         "Head of Control; Head of ICT", "31/10/2025", "G",
         "Exercise booked with East Midlands Ambulance Service for October.",
         ["Head of Control", "Head of ICT"], "2025-10", None, "green"),
        ("theme", T3),
        ("3.1", recD, "Update the Operational Guidance for high-rise firefighting to include evacuation triggers and the deployment of smoke hoods.",
         "Area Manager – Operations", "Q3 2025/26", "G",
         "Draft with the Operational Policy Group; smoke hoods issued to all pumping appliances.",
         ["Area Manager – Operations"], "2025-12", None, "green"),
        ("3.2", "", "Deliver a high-rise evacuation exercise at each of the service’s three high-rise risk sites and record the learning through Operational Assurance.",
         "Group Manager – Training / Station Manager – Operational Assurance", "March 2026", "R",
         "No exercise held yet – training centre tower out of use until repairs are complete.",
         ["Group Manager – Training", "Station Manager – Operational Assurance"], "2026-03", None, "red"),
        ("theme", T4),
        ("4.1", recE, "Take part in the NFCC and Home Office work on the College of Fire and Rescue and align the service’s leadership development with its outputs.",
         "Head of People and Organisational Development", "Ongoing", "G",
         "Attending NFCC workforce group; update to Fire Authority in June.",
         ["Head of People and Organisational Development"], None, "Ongoing", "green"),
    ]
    lines = [
        "Derbyshire Fire & Rescue Service",
        title,
        "Report to the Fire Authority Audit and Governance Committee – position as at 31 March 2025",
        "RAG: R = off track; A = at risk; G = on track; C = complete",
        "",
        "\t".join(["Ref", "Inquiry recommendation (summary)", "DFRS action", "Owner", "Target date",
                   "RAG", "Progress comment"]),
    ]
    actions = []
    theme = rec = None
    for item in plan:
        if item[0] == "theme":
            theme = item[1]
            lines.append(theme)
            continue
        ref, r_text, text, owner, when, rag, comment, leads, end, end_text, status = item
        if r_text:
            rec = r_text
        lines.append("\t".join([ref, r_text, text, owner, when, rag, comment]))
        actions.append(dict(ref=ref, under=[theme, rec], action=text, lead=leads, end=end,
                            end_text=end_text, status=status))
    counts = {k: sum(1 for a in actions if a["status"] == v)
              for k, v in (("C", "blue"), ("G", "green"), ("A", "amber"), ("R", "red"))}
    lines += [
        "",
        f"Summary: {len(actions)} actions – C {counts['C']}, G {counts['G']}, A {counts['A']}, R {counts['R']}",
        "Notes: Recommendations addressed only to Government, the NFCC or the London Fire Brigade are "
        "monitored through the national Grenfell Phase 2 working group and are not included in this tracker.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    meta = dict(
        source=("Imitates a Derbyshire Fire & Rescue Service tracker of its response to the Grenfell Tower "
                "Inquiry Phase 2 report (4 September 2024), as reported to the Fire Authority's audit "
                "committee; fire services publish such trackers (compare the Home Office/NFCC quarterly "
                "thematic updates on Phase 1 at https://gov.uk/government/publications/quarterly-thematic-update-on-progress-against-the-grenfell-tower-inquiry-phase-1-recommendations/progress-against-the-grenfell-tower-inquiry-phase-1-recommendations-september-2024-accessible). "
                "Saved as a tab-separated text export: service and title lines, committee/position line, "
                "a RAG key line where C = complete, theme rows alone on a line, the summarised inquiry "
                "recommendation given only on the first of its action rows (blank below), ranks/posts as "
                "owners, a summary line and a notes line at the foot."),
        reads=("A fire and rescue service's Grenfell Phase 2 action tracker: four themes, five inquiry "
               "recommendations and eight numbered service actions, each with owner post(s), a target "
               "month (one 'Q3 2025/26', one 'Ongoing') and a one-letter RAG. Key, summary and notes "
               "lines are not actions."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ================================================================ 5. Housing Plus Group consumer standards (xlsx)
def make_hpg():
    name = "zyv-housing-plus-group-rsh-consumer-standards-improvement-plan.xlsx"
    title = "Housing Plus Group – Consumer Standards Improvement Plan 2025/26"
    SQ = "SAFETY AND QUALITY STANDARD"
    TIA = "TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD"
    NC = "NEIGHBOURHOOD AND COMMUNITY STANDARD"
    TS = "TENANCY STANDARD"
    plan = [
        (SQ, [
            ("1.1 Stock quality", [
                ("SQ1", "Complete 100% stock condition surveys (rolling five-year programme) and load the "
                        "results into the asset management system.", "Head of Asset Management",
                 D(2026, 3, 31), None, "61% of homes surveyed since April 2023; programme on track.", "G",
                 ["Head of Asset Management"], "2026-03", None, "green"),
            ]),
            ("1.3 Health and safety", [
                ("SQ2", "Remediate all overdue high-priority fire risk assessment actions.",
                 "Head of Building Safety & Compliance", D(2025, 6, 30), D(2025, 10, 31),
                 "High-priority FRA actions reduced from 312 to 41; contractor capacity increased.", "A",
                 ["Head of Building Safety & Compliance"], "2025-10", None, "amber"),
                ("SQ3", "Introduce a damp and mould case management process with a 14-day investigation "
                        "standard in line with Awaab’s Law.",
                 "Director of Property Services / Repairs Manager", D(2025, 10, 27), None,
                 "Process designed and staff trained; go-live 27 October 2025.", "G",
                 ["Director of Property Services", "Repairs Manager"], "2025-10", None, "green"),
            ]),
        ]),
        (TIA, [
            ("2.2 Diverse needs", [
                ("TIA1", "Collect and verify vulnerability and communication needs data for all "
                         "households (target 90% coverage).", "Head of Customer Insight",
                 D(2025, 12, 31), D(2026, 3, 31),
                 "Coverage 64%; date revised following the delay to the new CRM.", "A",
                 ["Head of Customer Insight"], "2026-03", None, "amber"),
            ]),
            ("2.6 Complaints", [
                ("TIA2", "Feed learning from complaints into service reviews, with a quarterly ‘You said, "
                         "we did’ report to the Customer Voice Panel.", "Complaints and Learning Manager",
                 "Quarterly", None, "Q1 report presented to the Panel in July.", "G",
                 ["Complaints and Learning Manager"], None, "Quarterly", "green"),
            ]),
        ]),
        (NC, [
            ("3.1 Maintenance of shared spaces", [
                ("NC1", "Publish estate service standards and a grounds maintenance schedule for each "
                        "scheme on the customer portal.", "Neighbourhood Services Manager",
                 D(2025, 7, 31), None, "Published July 2025.", "B",
                 ["Neighbourhood Services Manager"], "2025-07", None, "blue"),
            ]),
            ("3.4 Domestic abuse", [
                ("NC2", "Achieve Domestic Abuse Housing Alliance (DAHA) accreditation.",
                 "Head of Neighbourhoods", D(2025, 9, 30), D(2026, 6, 30),
                 "Assessment postponed by DAHA; policy and training gaps still open.", "R",
                 ["Head of Neighbourhoods"], "2026-06", None, "red"),
            ]),
        ]),
        (TS, [
            ("4.2 Tenancy sustainment and evictions", [
                ("TS1", "Introduce a pre-eviction panel review of every case before a warrant is "
                        "applied for.", "Head of Income; Head of Neighbourhoods", D(2025, 8, 31), None,
                 "Panel in place from August; 7 cases reviewed, 5 warrants not pursued.", "B",
                 ["Head of Income", "Head of Neighbourhoods"], "2025-08", None, "blue"),
            ]),
            ("4.4 Mutual exchange", [
                ("TS2", "Reduce the average time to process mutual exchange applications to 42 days "
                        "or fewer.", "Lettings Manager", "Q4 2025/26", None,
                 "Not started – depends on the CRM workflow.", None,
                 ["Lettings Manager"], "2026-03", None, "unrated"),
            ]),
        ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13, color="FF6A1B9A")
    sm["A2"] = "Summary by standard – position at 30 September 2025 (Customer and Communities Committee)"
    hdr(sm, 4, ["Standard", "Actions", "B", "G", "A", "R", "Not started"], fill="FF6A1B9A")
    r = 5
    tot = [0] * 6
    for std, groups in plan:
        rags = [a[6] for _, acts in groups for a in acts]
        vals = [len(rags), rags.count("B"), rags.count("G"), rags.count("A"), rags.count("R"),
                rags.count(None)]
        sm.cell(row=r, column=1, value=std.title().replace("And", "and"))
        for i, v in enumerate(vals, 2):
            sm.cell(row=r, column=i, value=v)
        tot = [a + b for a, b in zip(tot, vals)]
        box(sm, r, 7)
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(tot, 2):
        sm.cell(row=r, column=i, value=v).font = Font(bold=True)
    box(sm, r, 7)
    sm.column_dimensions["A"].width = 52

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Following our self-assessment against the Regulator of Social Housing consumer standards "
                "(April 2025). Plan owner: Executive Director of Customer Services.")
    ws.merge_cells("A2:H2")
    hdr(ws, 4, ["Ref", "Requirement", "Improvement action", "Action owner", "Target date", None,
                "Progress update", "RAG"], fill="FF6A1B9A")
    hdr(ws, 5, [None, None, None, None, "Original", "Revised", None, None], fill="FF6A1B9A")
    for col in (1, 2, 3, 4, 7, 8):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells("E4:F4")
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    actions = []
    r = 6
    for std, groups in plan:
        c = ws.cell(row=r, column=1, value=std)
        c.font = Font(bold=True, color="FFFFFFFF")
        for i in range(1, 9):
            ws.cell(row=r, column=i).fill = PatternFill("solid", fgColor="FF4A148C")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for req, acts in groups:
            start = r
            ws.cell(row=r, column=2, value=req).alignment = WRAP
            for (ref, text, owner, orig, rev, upd, rag, leads, end, end_text, status) in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=owner)
                c = ws.cell(row=r, column=5, value=orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=6, value=rev)
                c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7, value=upd)
                c = ws.cell(row=r, column=8, value=rag)
                if rag:
                    c.fill = rag_fill[rag]
                box(ws, r, 8)
                actions.append(dict(ref=ref, under=[std, req], action=text, lead=leads, end=end,
                                    end_text=end_text, status=status))
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=("Notes: Revised target dates have been agreed by the Executive Team. "
                                    "RAG: B = complete; G = on track; A = at risk of slipping; "
                                    "R = off track or revised date at risk; blank = not started."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (7, 24, 60, 34, 12, 12, 44, 6)):
        ws.column_dimensions[col].width = w
    wb.save(out(name))

    meta = dict(
        source=("Imitates a Housing Plus Group (Staffordshire/Shropshire housing association) improvement "
                "plan following its self-assessment against the Regulator of Social Housing consumer "
                "standards in force from April 2024 (standards and requirement headings as set out by "
                "landlords such as https://wolverhamptonhomes.org.uk/about-us/our-performance/consumer-standards "
                "and self-assessments such as https://issuu.com/castlesandcoasts/docs/ccha_consumer_standards_self-assessment). "
                "Copied features: a Summary sheet with counts by standard and RAG and a totals row; the "
                "plan sheet with a two-row header ('Target date' merged over Original/Revised), dark "
                "full-width standard bands in capitals, the requirement cell merged down over its "
                "actions, letter RAG with matching fill and one blank RAG, job titles as owners (two "
                "split by '/' or ';'), 'Quarterly' and 'Q4 2025/26' as dates, and a notes line with the key."),
        reads=("A housing association's consumer standards improvement plan: nine actions under the four "
               "RSH standards and their requirement headings, with original and revised target dates "
               "(the revised one counts), owners and B/G/A/R ratings. The Summary sheet and the notes "
               "line are not actions."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ================================================================ 6. Tenax Schools Trust internal scrutiny (docx)
def make_tenax():
    name = "zyv-tenax-schools-trust-internal-scrutiny-recommendations-tracker.docx"
    title = "Internal Scrutiny Programme 2024/25: Recommendations Tracker"
    reviews = [
        ("Review 1: Payroll and HR", "Visit: October 2024. Overall assurance: Reasonable.", [
            ("1.1", "Starter and leaver forms should be authorised by the Headteacher before payroll "
                    "changes are processed.", "High",
             "Introduce a single electronic starter/leaver form with Headteacher authorisation built "
             "into the workflow.", "HR Manager", "31/12/2024", "Implemented",
             ["HR Manager"], "2024-12", None, "blue"),
            ("1.2", "Monthly payroll exception reports should be reviewed and signed by someone "
                    "independent of payroll input.", "Medium",
             "CFO to review and sign the exception report before each BACS submission; evidence kept "
             "on SharePoint.", "CFO", "30/11/2024", "Implemented", ["CFO"], "2024-11", None, "blue"),
            ("1.3", "Overtime and additional hours claims should be checked against timesheets.", "Low",
             "Add a timesheet reconciliation to the school business managers’ monthly checklist.",
             "School Business Managers", "Spring term 2025", "On target",
             ["School Business Managers"], "2025-04", None, "green"),
        ]),
        ("Review 2: Cyber security", "Visit: November 2024. Overall assurance: Limited.", [
            ("2.1", "Multi-factor authentication should be enforced for all staff accounts.", "High",
             "Enforce MFA on Microsoft 365 for all staff, starting with the central team and school "
             "leaders.", "Trust IT Manager", "31/03/2025", "At risk",
             ["Trust IT Manager"], "2025-03", None, "amber"),
            ("2.2", "The Trust should test its cyber incident response plan at least once a year.",
             "Medium",
             "Run a tabletop cyber incident exercise with the Executive Team and school business "
             "managers.\nUpdate the response plan with the lessons learned.",
             "COO / Trust IT Manager", "Summer term 2025", "On target",
             ["COO", "Trust IT Manager"], "2025-07", None, "green"),
        ]),
        ("Review 3: Safeguarding – single central record", "Visit: January 2025. Overall assurance: "
         "Reasonable.", [
            ("3.1", "Single central records should show the date overseas checks were obtained for "
                    "staff who have lived or worked abroad.", "High",
             "Audit every school’s SCR for overseas checks and add a mandatory field to the SCR "
             "template.", "Trust Safeguarding Lead", "31/01/2025", "Overdue",
             ["Trust Safeguarding Lead"], "2025-01", None, "red"),
            ("3.2", "Governors’ termly SCR checks should be recorded and reported to the Trust.",
             "Medium",
             "Introduce a termly SCR check proforma for local governing bodies, returned to the Trust "
             "Safeguarding Lead.", "Trust Safeguarding Lead; Chairs of Local Governing Bodies",
             "Termly", "On target",
             ["Trust Safeguarding Lead", "Chairs of Local Governing Bodies"], None, "Termly", "green"),
        ]),
        ("Review 4: Procurement", "Visit: February 2025. Overall assurance: Reasonable.", [
            ("4.1", "Three written quotations should be obtained and kept for all purchases between "
                    "£5,000 and £25,000, in line with the Scheme of Delegation.", "High",
             "Reissue the procurement thresholds guidance and require quotes to be attached to the "
             "purchase order in PS Financials.", "CFO", "30/04/2025", "On target",
             ["CFO"], "2025-04", None, "green"),
        ]),
    ]
    status_fill = {"Implemented": "0070C0", "On target": "00B050", "At risk": "FFC000",
                   "Overdue": "FF0000"}
    doc = Document()
    p = doc.add_paragraph()
    rn = p.add_run("Tenax Schools Trust")
    rn.bold = True
    rn.font.size = Pt(14)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Audit and Risk Committee – 11 March 2025 – Agenda item 6")
    doc.add_paragraph(
        "Purpose: to update the Committee on progress in implementing the recommendations made by the "
        "Trust’s internal scrutiny provider in the reviews completed so far this year. Recommendations "
        "are removed from the tracker once the Committee has seen evidence of implementation.")

    allrecs = [a for _, _, acts in reviews for a in acts]
    doc.add_heading("Summary of recommendations", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Priority", "Recommendations", "Implemented", "Not yet due",
                                      "Overdue"]):
        set_cell(c, h)
    bold_row(t.rows[0], "E2EFD9")
    totals = [0, 0, 0, 0]
    for pr in ("High", "Medium", "Low"):
        sub = [a for a in allrecs if a[2] == pr]
        vals = [len(sub), sum(a[6] == "Implemented" for a in sub),
                sum(a[6] in ("On target", "At risk") for a in sub), sum(a[6] == "Overdue" for a in sub)]
        totals = [x + y for x, y in zip(totals, vals)]
        cells = t.add_row().cells
        for c, v in zip(cells, [pr] + [str(v) for v in vals]):
            set_cell(c, v)
    cells = t.add_row().cells
    for c, v in zip(cells, ["Total"] + [str(v) for v in totals]):
        set_cell(c, v)
    bold_row(t.rows[-1])

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for s, d in [("Implemented", "Action complete and evidence seen by the internal scrutiny provider"),
                 ("On target", "Not yet due and on course to be implemented by the target date"),
                 ("At risk", "Not yet due but the target date is likely to be missed"),
                 ("Overdue", "Past the agreed target date and not implemented")]:
        cells = k.add_row().cells
        set_cell(cells[0], s)
        shade(cells[0], status_fill[s])
        set_cell(cells[1], d)

    actions = []
    for heading, visit, recs in reviews:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(visit)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Recommendation", "Priority",
                                          "Agreed management action", "Responsible officer",
                                          "Target date", "Status"]):
            set_cell(c, h)
        bold_row(t.rows[0], "E2EFD9")
        for (no, rec, pr, act, owner, date, status, leads, end, end_text, st) in recs:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, rec, pr, act, owner, date, status]):
                set_cell(c, v)
            shade(cells[6], status_fill[status])
            actions.append(dict(ref=no, under=[heading, rec], action=act, lead=leads, end=end,
                                end_text=end_text, status=st))
    doc.add_paragraph("Prepared by the Chief Financial Officer for the Audit and Risk Committee.")
    doc.save(out(name))

    meta = dict(
        source=("Imitates a Tenax Schools Trust (Kent multi-academy trust) internal scrutiny "
                "recommendations tracker taken to its Audit and Risk Committee, as every trust must "
                "have under Part 3 of the Academy Trust Handbook "
                "(https://www.gov.uk/guidance/academy-trust-handbook/part-3-internal-scrutiny); topics "
                "as offered by scrutiny providers (payroll, cyber security, safeguarding SCR, procurement). "
                "Copied features: committee/agenda line and purpose paragraph, a summary-by-priority "
                "table with totals, a status key table that maps words to colours (Implemented = blue), "
                "one Heading 2 plus visit/assurance line and one table per review, recommendation text "
                "beside the agreed management action, priority column, school-term target dates "
                "('Spring term 2025', 'Summer term 2025', 'Termly'), posts as owners, and a closing line."),
        reads=("An academy trust's tracker of internal scrutiny recommendations: four review headings, "
               "each with a table of numbered recommendations and the agreed management action, owner, "
               "target date and a status word that the key maps to blue/green/amber/red; eight actions "
               "in all. The summary and key tables are not actions."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ================================================================ 7. College of Policing board action log (xlsx)
def make_cop():
    name = "zyv-college-of-policing-board-of-directors-rolling-action-log.xlsx"
    title = "College of Policing Board of Directors – Rolling Action Log"
    open_rows = [
        ("BD/24/22", D(2024, 7, 24), "24/44",
         "Report back on the findings of the review of College membership and the Members’ Forum.",
         "Chief Operating Officer", D(2024, 11, 30), "R",
         "Overdue – review extended to include feedback from PCCs.",
         ["Chief Operating Officer"], "2024-11", None, "red"),
        ("BD/24/31", D(2024, 9, 25), "24/58",
         "Provide the Board with an analysis of student officer retention on the Police Constable "
         "Degree Apprenticeship, by force.",
         "Director of Policing Standards", "May 2025 Board", "A",
         "Data received from 38 of 43 forces; analysis to come to the May Board.",
         ["Director of Policing Standards"], "2025-05", None, "amber"),
        ("BD/24/37", D(2024, 11, 27), "24/71",
         "Circulate the refreshed Strategic Risk Register to Board members ahead of the Audit and "
         "Risk Assurance Committee.",
         "Company Secretary", "Before next ARAC", "G", "Will be sent with the ARAC papers.",
         ["Company Secretary"], None, "Before next ARAC", "green"),
        ("BD/25/04", D(2025, 1, 29), "25/09",
         "Bring a paper setting out options for the future funding model for the National Police "
         "Library.",
         "Director of Finance and Resources", "July 2025", "G", "Options appraisal under way.",
         ["Director of Finance and Resources"], "2025-07", None, "green"),
        ("BD/25/11", D(2025, 3, 26), "25/22",
         "Share the draft Code of Ethics consultation summary with the Board by correspondence.\n"
         "Include the equality impact assessment.",
         "Director of Policing Standards; Head of Ethics", D(2025, 4, 30), "G", "",
         ["Director of Policing Standards", "Head of Ethics"], "2025-04", None, "green"),
        ("BD/25/12", D(2025, 3, 26), "25/24",
         "Arrange a Board development session on the Leadership Standards and the new senior leader "
         "programme.",
         "Chief Executive / Chair", "Q2 2025/26", None, "To be scheduled.",
         ["Chief Executive", "Chair"], "2025-09", None, "unrated"),
    ]
    closed_rows = [
        ("BD/24/19", D(2024, 7, 24), "24/41",
         "Publish the Board’s register of interests on the College website.",
         "Company Secretary", D(2024, 9, 30), D(2024, 9, 12), "Complete",
         ["Company Secretary"], "2024-09", None, "blue"),
        ("BD/24/33", D(2024, 9, 25), "24/61",
         "Circulate the People Survey 2024 headline results to Board members.",
         "Director of People", D(2024, 10, 31), D(2024, 10, 18), "Complete",
         ["Director of People"], "2024-10", None, "blue"),
        ("BD/25/02", D(2025, 1, 29), "25/05",
         "Amend the Board terms of reference to reflect the new Nominations and Remuneration "
         "Committee and bring them back for approval.",
         "Company Secretary", D(2025, 3, 31), D(2025, 3, 26), "Complete",
         ["Company Secretary"], "2025-03", None, "blue"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "OFFICIAL"
    ws["A1"].font = Font(bold=True, color="FF0000FF")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Updated after the Board meeting of 26 March 2025"
    hdr(ws, 5, ["Action no.", "Meeting", "Minute ref.", "Action", "Owner", "Due", "RAG", "Update"],
        fill="FF002F5F")
    rag_fill = {"R": FILL["red"], "A": FILL["amber"], "G": FILL["green"]}
    actions = []
    r = 6
    for (no, mtg, minute, text, owner, due, rag, upd, leads, end, end_text, status) in open_rows:
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=mtg).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=3, value=minute)
        ws.cell(row=r, column=4, value=text)
        ws.cell(row=r, column=5, value=owner)
        c = ws.cell(row=r, column=6, value=due)
        if isinstance(due, dt.datetime):
            c.number_format = "mmm-yy"
        c = ws.cell(row=r, column=7, value=rag)
        if rag:
            c.fill = rag_fill[rag]
        ws.cell(row=r, column=8, value=upd or None)
        box(ws, r, 8)
        actions.append(dict(ref=no, under=[], action=text, lead=leads, end=end, end_text=end_text,
                            status=status))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("RAG: G = on track; A = at risk of missing the due date; "
                                    "R = overdue; blank = not yet started. Completed actions move to "
                                    "the 'Closed actions' tab once the Board has agreed closure."))
    for col, w in zip("ABCDEFGH", (11, 12, 10, 60, 34, 16, 6, 44)):
        ws.column_dimensions[col].width = w

    cl = wb.create_sheet("Closed actions")
    cl["A1"] = "OFFICIAL"
    cl["A1"].font = Font(bold=True, color="FF0000FF")
    cl["A2"] = "Closed actions – 2024/25 (kept for twelve months)"
    cl["A2"].font = Font(bold=True)
    hdr(cl, 4, ["Action no.", "Meeting", "Minute ref.", "Action", "Owner", "Due", "Closed", "Status"],
        fill="FF002F5F")
    r = 5
    for (no, mtg, minute, text, owner, due, closed, st, leads, end, end_text, status) in closed_rows:
        cl.cell(row=r, column=1, value=no)
        cl.cell(row=r, column=2, value=mtg).number_format = "dd/mm/yyyy"
        cl.cell(row=r, column=3, value=minute)
        cl.cell(row=r, column=4, value=text)
        cl.cell(row=r, column=5, value=owner)
        cl.cell(row=r, column=6, value=due).number_format = "mmm-yy"
        cl.cell(row=r, column=7, value=closed).number_format = "dd/mm/yyyy"
        cl.cell(row=r, column=8, value=st)
        box(cl, r, 8)
        actions.append(dict(ref=no, under=[], action=text, lead=leads, end=end, end_text=end_text,
                            status=status))
        r += 1
    for col, w in zip("ABCDEFGH", (11, 12, 10, 60, 28, 10, 12, 10)):
        cl.column_dimensions[col].width = w
    wb.save(out(name))

    meta = dict(
        source=("Imitates the rolling action log of the College of Policing Limited Board of Directors "
                "(the College's Board minutes carry an OFFICIAL marking and a 'Matters arising and "
                "actions from the previous meeting' item, e.g. https://studylib.net/doc/8634896/board-minutes--3-october-2014). "
                "Copied features: OFFICIAL protective marking above the title, an 'updated after' line, "
                "action numbers like BD/24/22, meeting date and minute reference columns, posts as "
                "owners (two split by ';' or '/'), due dates as months, 'May 2025 Board', 'Before next "
                "ARAC' and 'Q2 2025/26', letter RAG with fill and one blank, a key line under the table, "
                "and a second 'Closed actions' sheet with due and closed dates and Status 'Complete'."),
        reads=("A national policing body's board action log: six open actions with owner, due date and "
               "G/A/R rating on the first sheet and three completed actions on the 'Closed actions' "
               "sheet, nine in all, none under any heading. Meeting dates and closed dates are not due "
               "dates; the key line is not an action."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (make_glos, make_lincoln, make_dcp, make_dfrs, make_hpg, make_tenax, make_cop):
        n, k = fn()
        print(f"{n}: {k} actions")
