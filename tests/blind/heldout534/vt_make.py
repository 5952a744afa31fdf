#!/usr/bin/env python
"""Build the seven vt- blind cases (data files and their .expected.yaml readings).

Run with /work/main/.venv/bin/python vt_make.py (openpyxl, python-docx, pyyaml).
Every expected action is declared beside the cell text it comes from, so the
expected text is the file's text character for character.
"""
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILLS = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "band": "DDEBF7",
    "poppy": "C00000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    c = FILLS.get(name, name)
    return PatternFill("solid", start_color=c, end_color=c)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_yaml(name, meta, actions=None):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100000)


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


# ---------------------------------------------------------------------------
# 1. Charity: The Royal British Legion strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def make_rbl():
    name = "vt-royal-british-legion-strategic-risk-register-2025-26.xlsx"
    title = "The Royal British Legion – Strategic Risk Register 2025-26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=FILLS["poppy"])
    cov["A2"] = "Prepared for the Audit & Risk Committee – 18 November 2025"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [
        ("Register owner", "Director of Finance and Resources"),
        ("Maintained by", "Head of Risk and Assurance"),
        ("Version", "3.1"),
        ("Position as at", dt.datetime(2025, 10, 31)),
        ("Reviewed by", "Executive Leadership Team, 21 October 2025"),
        ("Next review", "Board of Trustees, December 2025"),
    ]
    r = 5
    for k, v in dc:
        cov.cell(r, 1, k).font = Font(bold=True)
        c = cov.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        r += 1
    box_range(cov, "A5:B10")
    cov["A12"] = "Version history"
    cov["A12"].font = Font(bold=True)
    vh = [("Version", "Date", "Change"),
          ("2.0", "April 2025", "Register refreshed for the 2025-26 strategy year"),
          ("3.0", "July 2025", "SR5 added; SR2 rescored"),
          ("3.1", "October 2025", "Quarterly update of action progress")]
    for i, row in enumerate(vh):
        for j, v in enumerate(row):
            c = cov.cell(13 + i, 1 + j, v)
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("grey")
    box_range(cov, "A13:C16")
    cov["A18"] = "Scoring key"
    cov["A18"].font = Font(bold=True)
    cov["A19"] = "Score = Likelihood (1-5) x Impact (1-5)"
    keys = [("20-25", "Critical", "red"), ("12-16", "High", "amber"), ("6-10", "Medium", "FFFF00"), ("1-5", "Low", "green")]
    for i, (a, b, col) in enumerate(keys):
        cov.cell(20 + i, 1, a)
        c = cov.cell(20 + i, 2, b)
        c.fill = fill(col)
    cov["A25"] = "Action status key"
    cov["A25"].font = Font(bold=True)
    skeys = [("B", "Complete", "blue"), ("G", "On track", "green"), ("A", "At risk of slipping", "amber"),
             ("R", "Overdue / off track", "red"), ("(blank)", "Not yet started", None)]
    for i, (a, b, col) in enumerate(skeys):
        c = cov.cell(26 + i, 1, a)
        if col:
            c.fill = fill(col)
        cov.cell(26 + i, 2, b)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Register")
    headers = ["Risk", "Risk owner", "Inherent score (L x I)", "Key controls in place", "Residual score (L x I)",
               "Trend", "Ref", "Further action required", "Action owner", "Target date", "Status"]
    ncol = len(headers)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("poppy")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Position at 31 October 2025 – presented to the Audit & Risk Committee, 18 November 2025"
    ws["A2"].font = Font(italic=True)
    for j, h in enumerate(headers, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
    widths = [34, 20, 11, 42, 11, 7, 8, 52, 28, 13, 8]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    D = dt.datetime
    register = [
        ("1. Income and financial sustainability", [
            ("SR1 – Poppy Appeal and fundraising income falls below budget", "Director of Fundraising",
             "4 x 5 = 20",
             "Monthly income reporting to ELT; diversified appeal channels (contactless, digital, corporate partners); reserves policy of six months' expenditure",
             "3 x 4 = 12", "↔", [
                ("SR1.1", "Complete roll-out of contactless collecting tins to all Poppy Appeal volunteer collectors ahead of the 2025 Appeal",
                 "Head of Poppy Appeal", D(2025, 9, 30), "B", (["Head of Poppy Appeal"], "2025-09", None, "blue")),
                ("SR1.2", "Develop a three-year legacy income growth plan, including a refreshed in-memory giving offer",
                 "Director of Fundraising / Head of Legacies", "Jun 2026", "G",
                 (["Director of Fundraising", "Head of Legacies"], "2026-06", None, "green")),
                ("SR1.3", "Review the reserves policy and present a revised minimum reserves level to the Board of Trustees",
                 "Director of Finance and Resources", D(2026, 1, 31), "G",
                 (["Director of Finance and Resources"], "2026-01", None, "green")),
            ]),
        ]),
        ("2. Delivering for the Armed Forces community", [
            ("SR2 – Demand for welfare and casework support exceeds capacity", "Director of Operations",
             "5 x 4 = 20",
             "Caseload monitoring by region; Contact Centre triage; partnership agreements with Armed Forces charities",
             "4 x 4 = 16", "↑", [
                ("SR2.1", "Implement the new caseworker triage model across all regional welfare teams",
                 "Head of Welfare Services", D(2025, 12, 31), "A",
                 (["Head of Welfare Services"], "2025-12", None, "amber")),
                ("SR2.2", "Agree a data-sharing agreement with Veterans UK for joint case referrals",
                 "Head of Welfare Services; Data Protection Officer", D(2026, 3, 31), "G",
                 (["Head of Welfare Services", "Data Protection Officer"], "2026-03", None, "green")),
            ]),
            ("SR3 – Safeguarding failure involving a beneficiary, volunteer or member", "Director of Operations",
             "3 x 5 = 15",
             "Safeguarding policy and Designated Safeguarding Leads; DBS checks for welfare roles; incident reporting to Trustees",
             "2 x 5 = 10", "↔", [
                ("SR3.1", "Complete safeguarding refresher training for all branch welfare volunteers (target 95% compliance)",
                 "Head of Safeguarding", D(2026, 3, 31), "A",
                 (["Head of Safeguarding"], "2026-03", None, "amber")),
                ("SR3.2", "Commission an external review of the safeguarding case management system (phase 2)",
                 "Head of Safeguarding", "TBC – subject to procurement", None,
                 (["Head of Safeguarding"], None, "TBC – subject to procurement", "unrated")),
            ]),
        ]),
        ("3. Governance, people and compliance", [
            ("SR4 – Major cyber incident or loss of personal data", "Chief Information Officer",
             "4 x 5 = 20",
             "Managed detection and response service; multi-factor authentication; annual phishing simulation; cyber insurance",
             "3 x 4 = 12", "↓", [
                ("SR4.1", "Achieve Cyber Essentials Plus re-certification",
                 "Chief Information Officer", D(2025, 9, 30), "B",
                 (["Chief Information Officer"], "2025-09", None, "blue")),
                ("SR4.2", "Run a Board-level cyber incident exercise and update the Major Incident Plan with the lessons",
                 "Chief Information Officer & Head of Risk and Assurance", "Feb 2026", "G",
                 (["Chief Information Officer", "Head of Risk and Assurance"], "2026-02", None, "green")),
            ]),
            ("SR5 – Unable to recruit and retain volunteers in key branch and Appeal roles", "Director of Membership and Volunteering",
             "4 x 4 = 16",
             "Volunteer strategy; regional volunteer managers; recognition scheme",
             "3 x 4 = 12", "↔", [
                ("SR5.1", "Run a targeted recruitment campaign for Poppy Appeal organisers in areas with vacancy rates above 20%",
                 "Head of Volunteering", "Ongoing", "G",
                 (["Head of Volunteering"], None, "Ongoing", "green")),
            ]),
        ]),
    ]
    actions = []
    r = 5
    for cat, risks in register:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(r, 1, cat)
        c.font = Font(bold=True)
        c.fill = fill("band")
        r += 1
        for (rtitle, owner, inh, ctrls, res, trend, acts) in risks:
            first = r
            for (ref, text, aowner, target, status, exp) in acts:
                ws.cell(r, 7, ref)
                ws.cell(r, 8, text)
                ws.cell(r, 9, aowner)
                c = ws.cell(r, 10, target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                s = ws.cell(r, 11, status)
                s.alignment = Alignment(horizontal="center", vertical="top")
                if status:
                    s.fill = fill({"B": "blue", "G": "green", "A": "amber", "R": "red"}[status])
                lead, end, end_text, st = exp
                actions.append(act(ref, [cat, rtitle], text, lead, end, st, end_text))
                r += 1
            last = r - 1
            for j, v in enumerate([rtitle, owner, inh, ctrls, res, trend], 1):
                ws.cell(first, j, v)
                if last > first:
                    ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
            for rr in range(first, last + 1):
                for j in range(1, ncol + 1):
                    ws.cell(rr, j).border = BOX
                    if j != 11:
                        ws.cell(rr, j).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Notes: actions marked B are removed from the register once reported to the Audit & Risk Committee. "
                  "Trend: ↑ increasing, ↓ decreasing, ↔ no change since last quarter.").font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – October 2025"
    hm["A1"].font = Font(bold=True, size=12)
    hm["A3"] = "Likelihood ↓ / Impact →"
    for i in range(1, 6):
        hm.cell(3, 1 + i, i).font = Font(bold=True)
        hm.cell(3 + i, 1, 6 - i).font = Font(bold=True)
    placed = {(4, 4): "SR2", (3, 4): "SR1, SR4, SR5", (2, 5): "SR3"}
    for li in range(1, 6):
        for im in range(1, 6):
            sc = li * im
            c = hm.cell(3 + (6 - li), 1 + im, placed.get((li, im), ""))
            c.fill = fill("red" if sc >= 20 else "amber" if sc >= 12 else "FFFF00" if sc >= 6 else "green")
            c.border = BOX
            c.alignment = Alignment(horizontal="center")
    hm["A10"] = "Summary"
    hm["A10"].font = Font(bold=True)
    for i, (a, b) in enumerate([("Critical", 0), ("High", 4), ("Medium", 1), ("Low", 0), ("Total strategic risks", 5)]):
        hm.cell(11 + i, 1, a)
        hm.cell(11 + i, 2, b)
    hm.column_dimensions["A"].width = 24
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates a charity's strategic risk register as taken to its audit and risk committee (The Royal British Legion, "
                  "2025-26; layout after the Charity Commission CC26 / NCVO style registers charities publish with committee papers). "
                  "Copied features: cover sheet with document-control table, version history, scoring and action-status keys; "
                  "register sheet with title band, category band rows, risk title/owner/scores/controls merged vertically over "
                  "their further-action rows, action refs SR1.1 etc., job-title action owners (two posts with '/', ';' and '&'), "
                  "dates as real dates plus 'Jun 2026', 'Feb 2026', 'Ongoing', 'TBC …', status letters B/G/A/R with matching "
                  "fills and a blank; notes line; separate heat-map sheet with summary counts.",
        "reads": "A five-risk strategic register grouped under three numbered categories. Each risk carries its further "
                 "actions (ten in all), each with an action owner, target date and a B/G/A/R status letter defined on the "
                 "cover (B = complete). The cover and heat-map sheets are not plan content.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return cell


# ---------------------------------------------------------------------------
# 2. Independent hospice: Hospiscare CQC assessment improvement action plan (docx)
# ---------------------------------------------------------------------------
def make_hospiscare():
    name = "vt-hospiscare-cqc-assessment-improvement-action-plan.docx"
    title = "CQC Assessment 2024 – Improvement Action Plan"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Hospiscare")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor.from_string("6A2C91")
    doc.add_heading(title, level=1)
    doc.add_paragraph("Hospice services, Searle House inpatient unit and community teams, Exeter, Mid and East Devon. "
                      "CQC assessment under the single assessment framework, site visits January–April 2024; report published 16 May 2024.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Clinical Director"), ("Version", "1.4"), ("Date", "14 October 2024"),
                 ("Approved by", "Quality and Governance Committee (Trustees)"),
                 ("Monitoring", "Monthly at the Clinical Governance Group; quarterly to Trustees")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "E4DFEC")
        set_cell(row[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("The CQC rated Hospiscare Outstanding overall and Good for Safe. The assessment report identified a small "
                      "number of areas where we could improve. This plan sets out what we are doing about each of them. "
                      "Progress is reported by exception to the Clinical Governance Group.")
    doc.add_paragraph("RAG key", style=None).runs[0].bold = True
    kt = doc.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for cell, (txt, col) in zip(kt.rows[0].cells, [("Completed", "5B9BD5"), ("On track", "00B050"),
                                                   ("Amber – at risk of slipping", "FFC000"), ("Not started", "FFFFFF")]):
        set_cell(cell, txt, bold=True)
        shade(cell, col)

    headers = ["Ref", "Area for improvement", "Action", "Lead", "By when", "Progress update (October 2024)", "RAG"]
    rag_fill = {"Completed": "5B9BD5", "On track": "00B050", "Amber": "FFC000", "Not started": "FFFFFF"}
    rag_status = {"Completed": "blue", "On track": "green", "Amber": "amber", "Not started": "unrated"}
    sections = [
        ("1. Safe", [
            ("Medicines: some controlled drug stock checks on the inpatient unit were not countersigned, and two PRN protocols were past their review date.", [
                ("1.1", "Introduce a twice-daily controlled drug check sheet requiring two registered nurse signatures, audited weekly by the Ward Manager",
                 "Ward Manager, Searle House", "31/07/2024", "Weekly audits since July show full compliance.", "Completed",
                 (["Ward Manager, Searle House"], "2024-07", None)),
                ("1.2", "Review and reissue all PRN protocols through the Medicines Management Group, with a six-monthly review date on each",
                 "Pharmacist / Medical Director", "Sept 2024", "All 14 protocols reissued 20/09/2024.", "Completed",
                 (["Pharmacist", "Medical Director"], "2024-09", None)),
            ]),
            ("Mandatory training: compliance with moving and handling and Prevent training in the community teams was below the hospice target of 90%.", [
                ("1.3", "Schedule additional face-to-face moving and handling sessions for Hospice at Home staff",
                 "Clinical Education Lead", "December 2024", "Four sessions booked for November; compliance now 84%.", "On track",
                 (["Clinical Education Lead"], "2024-12", None)),
                ("1.4", "Add training compliance by team to the monthly Clinical Governance Group dashboard",
                 "Head of Quality & Governance", "Oct 2024", "Included from the October dashboard.", "Completed",
                 (["Head of Quality & Governance"], "2024-10", None)),
            ]),
        ]),
        ("2. Effective", [
            ("Recording of mental capacity assessments for decisions about covert medication and bed rails was inconsistent.", [
                ("2.1", "Deliver Mental Capacity Act refresher workshops for all inpatient registered nurses and doctors",
                 "Safeguarding Lead", "End of November 2024", "Two of three workshops delivered.", "On track",
                 (["Safeguarding Lead"], "2024-11", None)),
                ("2.2", "Build a structured MCA and best interests template into SystmOne and audit its use quarterly",
                 "Clinical Systems Manager / Safeguarding Lead", "Revised: Jan 2025 (was Oct 2024)",
                 "Template drafted; go-live delayed by the SystmOne upgrade.", "Amber",
                 (["Clinical Systems Manager", "Safeguarding Lead"], "2025-01", "Revised: Jan 2025 (was Oct 2024)")),
            ]),
        ]),
        ("3. Well-led", [
            ("The clinical risk register did not consistently show review dates or the actions being taken to reduce each risk.", [
                ("3.1", "Move the clinical risk register onto the hospice's electronic risk management system, with mandatory review dates",
                 "Head of Quality & Governance", "March 2025", "", "Not started",
                 (["Head of Quality & Governance"], "2025-03", None)),
                ("3.2", "Present the clinical risk register to the Quality and Governance Committee at every meeting",
                 "Clinical Director", "Ongoing – quarterly", "Presented 10 September 2024.", "On track",
                 (["Clinical Director"], None, "Ongoing – quarterly")),
            ]),
        ]),
    ]
    actions = []
    for sec, areas in sections:
        doc.add_heading(sec, level=2)
        tbl = doc.add_table(rows=1, cols=len(headers))
        tbl.style = "Table Grid"
        for cell, h in zip(tbl.rows[0].cells, headers):
            set_cell(cell, h, bold=True, color="FFFFFF")
            shade(cell, "6A2C91")
        for area, acts in areas:
            first = None
            for (ref, text, lead, when, prog, rag, exp) in acts:
                cells = tbl.add_row().cells
                if first is None:
                    first = cells[1]
                    set_cell(cells[1], area)
                last = cells[1]
                set_cell(cells[0], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[5], prog)
                set_cell(cells[6], rag)
                shade(cells[6], rag_fill[rag])
                leads, end, end_text = exp
                actions.append(act(ref, [sec, area], text, leads, end, rag_status[rag], end_text))
            if last is not first:
                first.merge(last)
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off").runs[0].bold = True
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"), ("Chief Executive", "Signed", "15/10/2024"),
                             ("Chair, Quality and Governance Committee", "Signed", "15/10/2024")]):
        for j, v in enumerate(row):
            set_cell(so.rows[i].cells[j], v, bold=(i == 0))
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates an independent hospice charity's improvement action plan after a CQC single-assessment-framework "
                  "assessment (Hospiscare, Exeter; CQC report published 16 May 2024, rated Outstanding overall, Good for Safe; "
                  "https://www.cqc.org.uk/location/1-110465731). Copied features: organisation name and heading, context "
                  "paragraph, document-control table, RAG key table, one table per key question under numbered headings, "
                  "area for improvement vertically merged over its actions, job-title leads (two posts with '/', a post "
                  "with a comma and one with '&'), dates as dd/mm/yyyy, month words, 'End of …', a revised date in the cell "
                  "and 'Ongoing – quarterly', shaded RAG words, sign-off table.",
        "reads": "An eight-action plan in three tables, one per CQC key question (Safe, Effective, Well-led). Each area for "
                 "improvement found by CQC is a merged cell beside the actions that answer it; each action has a lead post, "
                 "a by-when date and a RAG word. The document-control, key and sign-off tables are not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)


# ---------------------------------------------------------------------------
# 3. ALB: The National Archives programme highlight report (docx)
# ---------------------------------------------------------------------------
def make_tna():
    name = "vt-the-national-archives-digital-archiving-programme-highlight-report.docx"
    title = "Digital Archiving Transformation Programme: Highlight Report – October 2025"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("The National Archives")
    r.bold = True
    r.font.size = Pt(12)
    p2 = doc.add_paragraph("OFFICIAL")
    p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=1)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Senior Responsible Owner", "Chief Digital Officer"), ("Programme Director", "Programme Director, Digital Archiving"),
                 ("Reporting period", "1–31 October 2025 (Period 7)"),
                 ("Report to", "Programme Board, 12 November 2025"), ("Version", "1.0 FINAL")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "D9E2F3")
        set_cell(row[1], v)

    doc.add_heading("1. Overall status", level=2)
    s = doc.add_table(rows=1, cols=4)
    s.style = "Table Grid"
    for cell, h in zip(s.rows[0].cells, ["Dimension", "Previous (September)", "Current (October)", "Commentary"]):
        set_cell(cell, h, bold=True)
        shade(cell, "D9E2F3")
    colour = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for dim, prev, cur, com in [
        ("Delivery confidence", "Amber", "Amber", "Successful delivery is feasible but the WS1 migration slip needs a re-baselined plan."),
        ("Schedule", "Amber", "Red", "Tranche 2 migration forecast 11 weeks late against baseline."),
        ("Cost", "Green", "Green", "Forecast outturn within the 2025/26 budget."),
        ("Resources", "Amber", "Amber", "Two developer vacancies; interim contractors in place to December."),
        ("Benefits", "Green", "Green", "No change to the benefits profile."),
    ]:
        cells = s.add_row().cells
        set_cell(cells[0], dim)
        set_cell(cells[1], prev)
        shade(cells[1], colour[prev])
        set_cell(cells[2], cur)
        shade(cells[2], colour[cur])
        set_cell(cells[3], com)

    doc.add_heading("2. Progress this period", level=2)
    for b in ["Penetration test of the preservation platform completed; no critical findings outstanding.",
              "Catalogue beta private testing with 400 registered readers; satisfaction 4.2/5.",
              "Two further departments signed transfer agreements."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("3. Milestones and actions", level=2)
    headers = ["Ref", "Milestone / action", "Owner", "Baseline", "Forecast", "Status"]
    m = doc.add_table(rows=1, cols=len(headers))
    m.style = "Table Grid"
    for cell, h in zip(m.rows[0].cells, headers):
        set_cell(cell, h, bold=True, color="FFFFFF")
        shade(cell, "1F3864")
    sfill = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    sstat = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    workstreams = [
        ("WS1 Digital preservation platform", [
            ("1.1", "Complete migration of born-digital records from the legacy repository to the new preservation platform (tranche 2)",
             "Head of Digital Preservation", "30/09/2025", "15/12/2025", "Red", (["Head of Digital Preservation"], "2025-12", None)),
            ("1.2", "Independent penetration test of the preservation platform and remediation of critical findings",
             "Chief Information Security Officer", "31/10/2025", "31/10/2025", "Complete", (["Chief Information Security Officer"], "2025-10", None)),
            ("1.3", "Decommission the legacy storage arrays in the Kew data centre",
             "Head of Technology Operations", "Mar-26", "Mar-26", "Green", (["Head of Technology Operations"], "2026-03", None)),
        ]),
        ("WS2 Catalogue and discovery", [
            ("2.1", "Public beta release of the new catalogue search service",
             "Head of Catalogue; Service Owner – Discovery", "Nov-25", "Jan-26", "Amber",
             (["Head of Catalogue", "Service Owner – Discovery"], "2026-01", None)),
            ("2.2", "Complete a WCAG 2.2 AA accessibility audit of the beta service and publish the accessibility statement",
             "Service Owner – Discovery", "Dec-25", "Jan-26", "Amber", (["Service Owner – Discovery"], "2026-01", None)),
        ]),
        ("WS3 Transfer and departmental engagement", [
            ("3.1", "Onboard five further government departments to the digital transfer service",
             "Head of Government Engagement", "31/03/2026", "31/03/2026", "Green", (["Head of Government Engagement"], "2026-03", None)),
            ("3.2", "Publish revised guidance for departments on transferring email and collaboration-tool records",
             "Head of Records Management Policy", "Q3 2025/26", "Q4 2025/26", "Amber",
             (["Head of Records Management Policy"], "2026-03", "Q4 2025/26")),
        ]),
        ("WS4 Programme management", [
            ("4.1", "Re-baseline the programme plan and submit change request CR-014 to Programme Board",
             "Programme Director", "–", "12/11/2025", "Green", (["Programme Director"], "2025-11", None)),
        ]),
    ]
    actions = []
    for ws_name, rows in workstreams:
        band = m.add_row().cells
        merged = band[0].merge(band[-1])
        set_cell(merged, ws_name, bold=True)
        shade(merged, "D9E2F3")
        for (ref, text, owner, base, fc, status, exp) in rows:
            cells = m.add_row().cells
            for cell, v in zip(cells, [ref, text, owner, base, fc, status]):
                set_cell(cell, v)
            shade(cells[5], sfill[status])
            leads, end, end_text = exp
            actions.append(act(ref, [ws_name], text, leads, end, sstat[status], end_text))
    doc.add_paragraph("Status key: Complete – milestone achieved; Green – on track to baseline; Amber – forecast slip within "
                      "tolerance (up to 3 months); Red – forecast slip beyond tolerance.").runs[0].italic = True

    doc.add_heading("4. Top risks", level=2)
    rk = doc.add_table(rows=1, cols=4)
    rk.style = "Table Grid"
    for cell, h in zip(rk.rows[0].cells, ["ID", "Risk", "Score", "Trend"]):
        set_cell(cell, h, bold=True)
        shade(cell, "D9E2F3")
    for row in [("R03", "Legacy repository hardware fails before migration completes", "16", "Increasing"),
                ("R07", "Specialist developer vacancies cannot be filled", "12", "Stable"),
                ("R11", "Departments are not ready to transfer digital records to schedule", "9", "Stable")]:
        cells = rk.add_row().cells
        for cell, v in zip(cells, row):
            set_cell(cell, v)

    doc.add_heading("5. Decisions required", level=2)
    doc.add_paragraph("Programme Board is asked to approve change request CR-014 (re-baselined WS1 migration dates) and to note "
                      "the Red schedule status.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates a central-government arm's-length body programme highlight report in the IPA / PRINCE2 style "
                  "(The National Archives, a non-ministerial department, 2025; cf. the Teal Book reporting chapter, "
                  "projectdelivery.gov.uk). Copied features: organisation line and OFFICIAL marking, report-details table "
                  "(SRO, reporting period, version), overall status table with previous and current RAG per dimension, "
                  "progress bullets, milestones table with merged workstream band rows, owners as posts (two separated by "
                  "';'), baseline and forecast dates (dd/mm/yyyy, Mmm-yy, quarters, a '–' baseline), shaded status words, "
                  "status key line, top-risks table without owners or dates, decisions paragraph.",
        "reads": "A monthly highlight report whose milestones table holds eight dated actions under four workstream bands; "
                 "each has an owner, a baseline and a forecast date (the forecast being the current due date) and a status "
                 "word (Complete, Green, Amber, Red). The details, overall-status and risks tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)


# ---------------------------------------------------------------------------
# 4. Combined authority: YNYCA Audit and Governance Committee action log (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_ynyca():
    name = "vt-york-and-north-yorkshire-ca-audit-and-governance-committee-action-log.csv"
    title = "Audit and Governance Committee – Action Log"
    ncols = 8
    lines = []

    def line(*vals):
        vals = list(vals) + [""] * (ncols - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    line("York and North Yorkshire Combined Authority")
    line(title)
    line("Last updated: 21 November 2025")
    line()
    line("Ref", "Meeting date", "Minute", "Action", "Responsible officer", "Due date", "Status", "Update / comments")
    stat = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}
    rows = [
        ("AG/25/04", "17/03/2025", "42", "Circulate the internal audit follow-up report on grants management to all Committee members",
         "Head of Internal Audit (Veritau)", "30/04/2025", "Complete", "Circulated 14/04/2025.",
         (["Head of Internal Audit (Veritau)"], "2025-04", None)),
        ("AG/25/07", "30/06/2025", "9", "Bring a report on the Combined Authority's fraud risk assessment, including the Mayoral Investment Fund, to a future meeting",
         "Chief Finance Officer", "September 2025 meeting", "Complete", "Reported 22/09/2025 (Minute 17).",
         (["Chief Finance Officer"], "2025-09", "September 2025 meeting")),
        ("AG/25/09", "30/06/2025", "11", "Provide members with a breakdown of the 2024/25 capital outturn by programme (Brownfield Housing Fund, Mayoral Investment Fund, transport)",
         "Chief Finance Officer; Head of Finance", "31/07/2025", "Complete", "Briefing note emailed 28/07/2025.",
         (["Chief Finance Officer", "Head of Finance"], "2025-07", None)),
        ("AG/25/12", "22/09/2025", "18", "Update the strategic risk register to reflect the bus franchising assessment and report the changes to the next meeting",
         "Head of Governance and Risk", "08/12/2025", "Green", "On the agenda for 8 December.",
         (["Head of Governance and Risk"], "2025-12", None)),
        ("AG/25/13", "22/09/2025", "19", "Arrange a training session for Committee members on the Accounts and Audit Regulations and the backstop dates for the 2023/24 and 2024/25 accounts",
         "Monitoring Officer / Chief Finance Officer", "Dec-25", "Amber", "Date being agreed with the external auditor.",
         (["Monitoring Officer", "Chief Finance Officer"], "2025-12", None)),
        ("AG/25/14", "22/09/2025", "20", "Review the Contract Procedure Rules against the Procurement Act 2023 and bring proposed amendments to Committee",
         "Head of Procurement", "Jan 2026", "Green", "Draft with Legal for comment.",
         (["Head of Procurement"], "2026-01", None)),
        ("AG/25/15", "22/09/2025", "21", "Provide assurance that actions from the LGA corporate peer challenge are tracked through the performance framework",
         "Head of Policy and Performance", "Ongoing", "Green", "Included in the quarterly performance report.",
         (["Head of Policy and Performance"], None, "Ongoing")),
        ("AG/25/16", "22/09/2025", "22", "Obtain the outstanding management responses to the ICT asset management internal audit (limited assurance)",
         "Director of Resources", "31/10/2025", "Red", "Two of five responses still outstanding; escalated to the Chief Executive.",
         (["Director of Resources"], "2025-10", None)),
        ("AG/25/17", "22/09/2025", "22", "Invite the Director of Resources to the next meeting to explain the delay in implementing the ICT asset management actions",
         "Democratic Services Officer", "08/12/2025", "", "",
         (["Democratic Services Officer"], "2025-12", None)),
    ]
    actions = []
    for (ref, mdate, minute, text, officer, due, status, upd, exp) in rows:
        line(ref, mdate, minute, text, officer, due, status, upd)
        leads, end, end_text = exp
        actions.append(act(ref, [], text, leads, end, stat[status], end_text))
    line()
    line("Summary: 9 actions – 3 complete, 3 green, 1 amber, 1 red, 1 not yet rated")
    line("Key: Complete = action closed; Green = on track; Amber = at risk of missing the due date; Red = overdue")
    line("Completed actions are removed from the log once they have been reported to one meeting.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    meta = {
        "source": "Imitates a combined authority committee action log as published with Audit and Governance Committee "
                  "papers (York and North Yorkshire Combined Authority, 2025; cf. the action logs noted by combined "
                  "authority audit committees such as Cambridgeshire and Peterborough CA). Saved as CSV from Excel: title "
                  "lines padded with commas, 'Last updated' line, one row per action with ref, meeting date, minute number, "
                  "responsible officer (posts, two with ';' and '/'), due date (dd/mm/yyyy, Mmm-yy, 'Jan 2026', "
                  "'September 2025 meeting', 'Ongoing'), RAG/Complete status (one blank), update comments; summary, key "
                  "and note lines at the foot.",
        "reads": "A committee action log of nine actions from three meetings, each with a responsible officer, due date and "
                 "status; three are complete, one has no status yet. The summary, key and note lines at the end are not "
                 "actions, and there are no headings over the rows.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)


# ---------------------------------------------------------------------------
# 5. Town council: Sandwich Town Council internal audit action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def make_sandwich():
    name = "vt-sandwich-town-council-internal-audit-action-plan-2024-25.txt"
    title = "Internal Audit Report 2024/25 – Action Plan"
    L = []
    L.append("SANDWICH TOWN COUNCIL")
    L.append(title)
    L.append("Internal audit visits 12 March and 2 May 2025. Report received by Full Council 19 May 2025 (Minute 25/031).")
    L.append("")
    L.append("\t".join(["Ref", "Control objective", "Recommendation", "Agreed action", "Responsible", "Target date", "Status", "Comments"]))
    stat = {"Completed": "blue", "On track": "green", "Not started": "unrated"}
    objB = "B. Standing Orders and Financial Regulations"
    objC = "C. Risk management and insurance"
    objH = "H. Asset and investment registers"
    objJ = "J. Year-end procedures and AGAR"
    objL = "L. Transparency"
    rows = [
        ("1", objB, "Adopt the 2024 NALC model Financial Regulations and set the thresholds to suit the Council's circumstances.",
         ["Draft revised Financial Regulations based on the 2024 NALC model and present them to the Finance & General Purposes Committee"],
         "Town Clerk", "Sept 2025", "Completed", "Adopted by Full Council 15/09/2025.",
         (["Town Clerk"], "2025-09", None)),
        ("2", "", "Evidence the authorisation of every payment by two members on the invoice or payment schedule.",
         ["Introduce a monthly payments schedule signed by two councillors and kept with the bank statement"],
         "RFO", "June 2025", "Completed", "In place from the June payments run.",
         (["RFO"], "2025-06", None)),
        ("3", objC, "Review the risk assessment annually and minute its approval.",
         ["Update the financial and operational risk assessment and take it to Full Council for approval"],
         "Town Clerk / RFO", "Nov 2025", "On track", "Draft considered by F&GP 20/10/2025.",
         (["Town Clerk", "RFO"], "2025-11", None)),
        ("4", "", "Confirm that the insurance cover for the Guildhall reflects its current reinstatement value.",
         ["Obtain a reinstatement valuation of the Guildhall and update the insurance schedule at renewal"],
         "RFO", "1 June 2026 (renewal)", "Not started", "",
         (["RFO"], "2026-06", "1 June 2026 (renewal)")),
        ("5", objH, "Reconcile the asset register to the insurance schedule and record disposals.",
         ["Carry out a physical check of all assets", "(including street furniture and the Christmas lights) and update the register"],
         "Deputy Town Clerk", "31/01/2026", "On track", "Check of the Guildhall and Quay completed.",
         (["Deputy Town Clerk"], "2026-01", None)),
        ("6", objJ, "Publish the AGAR and the notice of public rights on the website within the statutory deadlines.",
         ["Set up a year-end calendar with the statutory publication dates for the 2025/26 AGAR"],
         "RFO", "April 2026", "Not started", "",
         (["RFO"], "2026-04", None)),
        ("7", objL, "Publish all items of expenditure over £500 in line with the Transparency Code.",
         ["Publish quarterly spend over £500 on the Council website"],
         "Administration Officer", "Ongoing – quarterly", "On track", "Q1 and Q2 published.",
         (["Administration Officer"], None, "Ongoing – quarterly")),
    ]
    actions = []
    current = None
    for (ref, obj, rec, agreed, resp, target, status, comm, exp) in rows:
        if obj:
            current = obj
        L.append("\t".join([ref, obj, rec, agreed[0], resp, target, status, comm]))
        for cont in agreed[1:]:
            L.append("\t".join(["", "", "", cont, "", "", "", ""]))
        leads, end, end_text = exp
        actions.append(act(ref, [current, rec], "\n".join(agreed), leads, end, stat[status], end_text))
    L.append("")
    L.append("Status key: Completed / On track / Not started")
    L.append("Progress will next be reviewed by the Finance & General Purposes Committee in January 2026.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(L) + "\n")

    meta = {
        "source": "Imitates a town council's action plan responding to its internal auditor's annual report (Sandwich Town "
                  "Council, Kent, 2024/25), in the form clerks keep alongside the AGAR: control objectives lettered as in the "
                  "internal audit report (B, C, H, J, L), the auditor's recommendation, the council's agreed action, "
                  "Town Clerk / RFO as responsible officers. Plain tab-separated text export: title lines, header row, "
                  "the control objective given once and left blank on the rows that follow it (merged in the original), "
                  "one agreed action continued on a second line with the other columns empty, target dates as month words, "
                  "dd/mm/yyyy, '1 June 2026 (renewal)' and 'Ongoing – quarterly', status words, key and review note lines.",
        "reads": "Seven agreed actions answering the internal auditor's recommendations, grouped under five control "
                 "objectives; each has a responsible officer, target date and status. Action 5's text runs onto a second "
                 "line. The opening and closing lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)


# ---------------------------------------------------------------------------
# 6. National park: Peak District NPA wildfire lessons-learned action plan (xlsx)
# ---------------------------------------------------------------------------
def make_peak():
    name = "vt-peak-district-npa-spring-2025-moorland-wildfires-lessons-learned-action-plan.xlsx"
    title = "Spring 2025 Moorland Wildfires – Lessons Learned Action Plan"
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = "Peak District National Park Authority"
    rm["A1"].font = Font(bold=True, size=14, color="2E5E2E")
    rm["A2"] = title
    rm["A2"].font = Font(bold=True, size=12)
    rm["A4"] = ("This action plan records the lessons identified at the multi-agency debrief held on 18 June 2025 after the "
                "moorland wildfires on the Eastern Moors and in the Dark Peak between March and May 2025, and the actions "
                "the Authority and Fire Operations Group partners agreed to take.")
    rm["A4"].alignment = WRAP
    rm.row_dimensions[4].height = 60
    rm["A6"] = "RAG key (the RAG column on the Action plan sheet is colour only)"
    rm["A6"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "At risk – some slippage"),
                                    ("red", "Off track – needs escalation"), (None, "No colour – not started")]):
        c = rm.cell(7 + i, 1, "")
        if col:
            c.fill = fill(col)
        c.border = BOX
        rm.cell(7 + i, 2, txt)
    rm["A13"] = "Plan owner: Head of Field Services. Progress is reviewed quarterly by the Programmes and Resources Committee."
    rm.column_dimensions["A"].width = 100
    rm.column_dimensions["B"].width = 36

    ws = wb.create_sheet("Action plan")
    headers = ["No.", "Lesson identified", "Action", "Lead", "Support from", "Original target", "Revised target", "RAG",
               "Progress update (30 September 2025)"]
    nc = len(headers)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=nc)
    ws["A1"] = "Peak District National Park Authority"
    ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
    ws["A1"].fill = fill("2E5E2E")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=nc)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=nc)
    ws["A3"] = "Multi-agency debrief 18 June 2025 | Progress as at 30 September 2025"
    ws["A3"].font = Font(italic=True)
    for j, h in enumerate(headers, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([8, 40, 52, 30, 26, 13, 13, 7, 44], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    D = dt.datetime
    themes = [
        ("Theme A – Preparedness and early warning", [
            ("Fire Severity Index (FSI) warnings were not consistently passed to rangers and volunteer rangers working at weekends.", [
                ("A1.1", "Set up an automated FSI alert to the ranger on-call phone and volunteer ranger groups when the index reaches 4 or 5",
                 "Ranger Team Manager (North)", "", D(2025, 6, 30), None, "blue", "Alerts live from 27 June.",
                 (["Ranger Team Manager (North)"], "2025-06")),
                ("A1.2", "Add the FSI level to the daily ranger briefing sheet from March to September each year",
                 "Ranger Team Manager (South)", "", D(2025, 7, 31), None, "blue", "Briefing sheet updated.",
                 (["Ranger Team Manager (South)"], "2025-07")),
            ]),
            ("Fire-fighting equipment caches on the moors had not been checked since 2023; some beaters and leaf blowers were missing.", [
                ("A2.1", "Audit all Fire Operations Group equipment caches and replace missing or damaged items",
                 "Head of Field Services", "Fire Operations Group", D(2025, 8, 31), D(2025, 10, 31), "amber",
                 "9 of 14 caches checked; replacement order placed.", (["Head of Field Services"], "2025-10")),
                ("A2.2", "Agree an annual cache inspection schedule with landowners and record checks on the shared FOG log",
                 "Fire Operations Group Coordinator", "Landowners; National Trust", D(2025, 10, 31), None, "green",
                 "Schedule drafted for FOG meeting in October.", (["Fire Operations Group Coordinator"], "2025-10")),
            ]),
        ]),
        ("Theme B – Response and multi-agency working", [
            ("Access routes and rendezvous points were not known to all attending fire crews, which delayed the response at two incidents.", [
                ("B1.1", "Produce rendezvous point maps for all high-risk moorland sites and share them with the six fire and rescue services",
                 "GIS Officer; Ranger Team Manager (North)", "Derbyshire FRS", D(2025, 12, 31), None, "green",
                 "Maps complete for 11 of 18 sites.", (["GIS Officer", "Ranger Team Manager (North)"], "2025-12")),
                ("B1.2", "Hold a joint access-route walkover with Derbyshire and South Yorkshire fire and rescue services at Stanage-North Lees",
                 "Ranger Team Manager (South)", "Derbyshire FRS; South Yorkshire FRS", "Oct 2025", "Feb 2026", "amber",
                 "Postponed at the request of the fire services; new date being set.", (["Ranger Team Manager (South)"], "2026-02")),
            ]),
            ("Volunteers supporting fire-fighting were not always clear about their role or the limits of what they should do.", [
                ("B2.1", "Revise the volunteer ranger wildfire role profile and brief all volunteer rangers before the 2026 fire season",
                 "Volunteer Coordinator", "", "March 2026", None, None, "",
                 (["Volunteer Coordinator"], "2026-03")),
            ]),
        ]),
        ("Theme C – Communications and recovery", [
            ("Public messages about disposable barbecues and campfires went out late and were not coordinated with partners.", [
                ("C1.1", "Agree a joint wildfire communications protocol and message calendar with Fire Operations Group partners",
                 "Communications Manager", "Fire Operations Group", D(2025, 7, 31), None, "blue", "Protocol agreed 24 July.",
                 (["Communications Manager"], "2025-07")),
                ("C1.2", "Work with the constituent district councils on a Public Spaces Protection Order covering barbecues and fires on open access land",
                 "Head of Policy and Communities", "District councils", "Q4 2025/26", None, "red",
                 "Two councils not yet committed; escalated to Chief Executive.", (["Head of Policy and Communities"], "2026-03")),
            ]),
            ("Burnt areas were not surveyed quickly enough to support bids for restoration funding.", [
                ("C2.1", "Commission post-fire condition surveys of the burnt areas and prepare a restoration funding bid",
                 "Moors for the Future Partnership Manager", "Natural England", D(2025, 11, 30), None, "green",
                 "Surveys complete; bid being drafted.", (["Moors for the Future Partnership Manager"], "2025-11")),
            ]),
        ]),
    ]
    actions = []
    r = 6
    for theme, lessons in themes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=nc)
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        r += 1
        for lesson, acts in lessons:
            first = r
            for (ref, text, lead, support, orig, rev, rag, prog, exp) in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, lead)
                ws.cell(r, 5, support)
                for col, v in ((6, orig), (7, rev)):
                    if v is not None:
                        cc = ws.cell(r, col, v)
                        if isinstance(v, dt.datetime):
                            cc.number_format = "dd/mm/yyyy"
                rc = ws.cell(r, 8)
                if rag:
                    rc.fill = fill(rag)
                ws.cell(r, 9, prog)
                for j in range(1, nc + 1):
                    ws.cell(r, j).border = BOX
                    ws.cell(r, j).alignment = WRAP
                leads, end = exp
                end_text = "Q4 2025/26" if (rev or orig) == "Q4 2025/26" else None
                actions.append(act(ref, [theme, lesson], text, leads, end, rag or "unrated", end_text))
                r += 1
            ws.cell(first, 2, lesson)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: 1. Where a revised target has been agreed it replaces the original target. "
                  "2. The RAG column is colour-coded only – see the key on the 'Read me' sheet.").font = Font(italic=True, size=9)
    ws.freeze_panes = "C6"
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates a national park authority's multi-agency debrief / lessons-learned action plan after moorland "
                  "wildfires (Peak District National Park Authority, spring 2025 fires on the Eastern Moors and Dark Peak; "
                  "the Authority works through the Peak District Fire Operations Group, peakdistrict.gov.uk). Copied "
                  "features: 'Read me' sheet with purpose text and a colour-only RAG key; action sheet with merged title "
                  "rows, theme band rows, lesson identified merged vertically beside its actions, refs A1.1 etc., lead posts "
                  "(two with ';'), a separate 'Support from' partners column, original and revised targets (dates, 'Oct 2025', "
                  "'Feb 2026', 'March 2026', 'Q4 2025/26'), RAG shown by fill colour only (one cell unfilled), progress "
                  "comments, notes line.",
        "reads": "Ten actions under three themes, each answering a lesson identified at the debrief. Each has a lead, an "
                 "original and sometimes a revised target (the revised one counts) and a colour-only RAG read from the "
                 "key on the Read me sheet (blue complete; no colour not started). Partners in 'Support from' are not leads.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)


# ---------------------------------------------------------------------------
# 7. Private firm answering HSE: Kier Construction improvement notices tracker (xlsx) – REFUSE
# ---------------------------------------------------------------------------
def make_kier():
    name = "vt-kier-construction-hse-improvement-notices-action-tracker-typo-month-refuse.xlsx"
    title = "HSE Improvement Notices – Corrective Action Tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Kier Construction Ltd – HSE enforcement response"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Site: Riverside Campus Phase 2, Leeds – Principal Contractor: Kier Construction Ltd"
    hdr = ["Notice", "Type", "Served", "Compliance date", "Actions", "Complete", "Open"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
    D = dt.datetime
    for i, row in enumerate([("IN/1", "Improvement Notice", D(2025, 1, 30), D(2025, 3, 14), 3, 1, 2),
                             ("IN/2", "Improvement Notice", D(2025, 1, 30), D(2025, 2, 28), 2, 1, 1),
                             ("NoC", "Notification of Contravention", D(2025, 2, 4), "n/a", 3, 0, 3)]):
        for j, v in enumerate(row, 1):
            c = sm.cell(5 + i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    sm.cell(8, 1, "Total").font = Font(bold=True)
    sm.cell(8, 5, 8)
    sm.cell(8, 6, 2)
    sm.cell(8, 7, 6)
    for j, w in enumerate([10, 30, 12, 16, 9, 10, 8], 1):
        sm.column_dimensions[get_column_letter(j)].width = w

    ws = wb.create_sheet("Action tracker")
    ws.merge_cells("A1:F1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:F2")
    ws["A2"] = "Riverside Campus Phase 2, Leeds | HSE inspection 28 January 2025 | Tracker owner: Regional SHE Director"
    ws["A2"].font = Font(italic=True)
    headers = ["Action No.", "Corrective action", "Owner", "Due date", "Evidence of completion", "Status"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    for j, w in enumerate([10, 60, 30, 14, 40, 12], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    blocks = [
        ("Improvement Notice IN/1 – COSHH Regulation 7: exposure to respirable crystalline silica when cutting blocks and kerbs (compliance date 14/03/2025)", [
            ("1.1", "Withdraw dry-cutting disc cutters from site and issue water-suppressed cutters to all trades", "Project Manager", D(2025, 2, 7),
             "Tool register and photographs", "Complete"),
            ("1.2", "Face-fit test all operatives who use tight-fitting RPE and record results on the training matrix", "Site SHE Advisor; Subcontractor supervisors",
             D(2025, 2, 28), "Face-fit certificates (62 of 75 done)", "In progress"),
            ("1.3", "Revise the COSHH assessment and task briefing for cutting operations and brief all trades", "Construction Manager", D(2025, 3, 7),
             "", "In progress"),
        ]),
        ("Improvement Notice IN/2 – Work at Height Regulations 2005, Regulation 6: edge protection to level 4 slab (compliance date 28/02/2025)", [
            ("2.1", "Install compliant edge protection to all open edges on levels 4 and 5 and inspect daily", "Temporary Works Coordinator", D(2025, 2, 10),
             "Daily inspection sheets", "Complete"),
            ("2.2", "Introduce a permit to remove edge protection, signed off by the Temporary Works Coordinator", "Construction Manager", "Febuary 2025",
             "Draft permit with HSE inspector", "In progress"),
        ]),
        ("Notification of Contravention – health surveillance for hand-arm vibration (Control of Vibration at Work Regulations 2005)", [
            ("3.1", "Refer all operatives exposed above the exposure action value to the occupational health provider for HAVS screening",
             "Regional SHE Director", D(2025, 3, 31), "", "In progress"),
            ("3.2", "Fit trigger-time monitors to breakers and drills and review exposure weekly", "Plant Manager", D(2025, 4, 30), "", "Not started"),
            ("3.3", "Add vibration exposure records to the subcontractor monthly compliance return", "Commercial Manager / Site SHE Advisor",
             "Apr-25", "", "Not started"),
        ]),
    ]
    r = 5
    refuse_row = None
    n_actions = 0
    for band, acts in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(r, 1, band)
        c.font = Font(bold=True)
        c.fill = fill("FCE4D6")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1
        for (ref, text, owner, due, ev, status) in acts:
            vals = [ref, text, owner, due, ev, status]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            s = ws.cell(r, 6)
            s.fill = fill({"Complete": "blue", "In progress": "amber", "Not started": "grey"}[status])
            if due == "Febuary 2025":
                refuse_row = r
            n_actions += 1
            r += 1
    r += 1
    ws.cell(r, 1, "Completion evidence is sent to the HSE inspector by the compliance date on each notice.").font = Font(italic=True, size=9)
    wb.save(os.path.join(HERE, name))
    assert refuse_row is not None

    meta = {
        "source": "Imitates a principal contractor's corrective-action tracker answering HSE improvement notices and a "
                  "notification of contravention after a site inspection (Kier Construction Ltd, a Leeds project, early "
                  "2025; modelled on how contractors track HSE enforcement – notice, regulation, compliance date, actions, "
                  "evidence). Copied features: summary sheet with a table of notices and totals; tracker sheet with merged "
                  "title and site lines, a merged band row per notice stating the regulation and compliance date, numbered "
                  "actions, owners as posts (two with ';' and '/'), due dates as dates plus 'Apr-25', evidence column, "
                  "filled status words, a note line.",
        "reads": "Eight corrective actions under two improvement notices and one notification of contravention. Action "
                 "2.2's due date is typed 'Febuary 2025' – a mistyped month (sheet 'Action tracker', row %d), so a careful "
                 "reader stops and asks what was meant before reading the tracker into anything." % refuse_row,
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }
    write_yaml(name, meta)
    return n_actions


if __name__ == "__main__":
    make_rbl()
    make_hospiscare()
    make_tna()
    make_ynyca()
    make_sandwich()
    make_peak()
    make_kier()
    print("built 7 vt- cases in", HERE)
