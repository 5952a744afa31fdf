#!/usr/bin/env python3
"""Build the seven qn- blind cases of set heldout466 (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Writes only files whose names start with "qn-" in this folder.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def out(name):
    assert name.startswith("qn-")
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions=None):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


# ===========================================================================
# 1. Canal & River Trust – strategic risk register, further actions (xlsx)
# ===========================================================================

def crt():
    name = "qn-canal-and-river-trust-strategic-risk-register-2025-26.xlsx"
    wb = Workbook()

    # --- Cover -------------------------------------------------------------
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Canal & River Trust – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=16, color="003A70")
    ws["A3"] = "Further Actions Tracker – Quarter 2 (position at 30 September 2025)"
    ws["A3"].font = Font(italic=True, size=12)
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [
        ("Version", "2.2"),
        ("Register owner", "Head of Risk & Assurance"),
        ("Reviewed by", "Executive Committee, 14 October 2025"),
        ("Presented to", "Audit & Risk Committee, 4 November 2025"),
        ("Classification", "Official – for publication"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        ws.cell(i, 1).border = BOX
        ws.cell(i, 2).border = BOX
    ws["A12"] = "Version history"
    ws["A12"].font = Font(bold=True)
    hist = [
        ("Version", "Date", "Change"),
        ("2.0", d(2025, 4, 10), "Register refreshed for 2025/26 following trustee risk workshop"),
        ("2.1", d(2025, 7, 8), "Quarter 1 update"),
        ("2.2", d(2025, 10, 7), "Quarter 2 update; SR3 residual score increased after summer drought"),
    ]
    for i, row in enumerate(hist, start=13):
        for j, v in enumerate(row, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if i == 13:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 70

    # --- Risk summary --------------------------------------------------------
    rs = wb.create_sheet("Risk summary")
    rs["A1"] = "Principal risks – summary of scores"
    rs["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Principal risk", "Risk owner", "Inherent score", "Residual score",
           "Target score", "Trend", "Risk appetite"]
    for j, h in enumerate(hdr, start=1):
        c = rs.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003A70")
        c.border = BOX
    risks = [
        ("SR1", "Funding sustainability", "Chief Executive", 25, 20, 12, "↔", "Cautious"),
        ("SR2", "Major asset failure", "Chief Operating Officer", 25, 15, 10, "↔", "Averse"),
        ("SR3", "Water resources and drought", "Chief Operating Officer", 16, 16, 8, "↑", "Cautious"),
        ("SR4", "Health, safety and wellbeing", "Chief Operating Officer", 20, 10, 8, "↔", "Averse"),
        ("SR5", "Cyber security and data protection", "Chief Financial Officer", 20, 12, 8, "↓", "Averse"),
        ("SR6", "Public support and fundraising", "Director of Fundraising", 12, 9, 6, "↔", "Open"),
    ]
    for i, r in enumerate(risks, start=4):
        for j, v in enumerate(r, start=1):
            c = rs.cell(i, j, v)
            c.border = BOX
            if j in (4, 5, 6):
                c.fill = fill("FF0000" if v >= 15 else ("FFC000" if v >= 8 else "00B050"))
    rs["A11"] = "SR4 and SR6 are within appetite; no further actions are required this year."
    rs["A11"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (6, 38, 26, 14, 14, 12, 8, 14)):
        rs.column_dimensions[col].width = w

    # --- Action plan -------------------------------------------------------
    ap = wb.create_sheet("Action plan")
    ap["A1"] = "Strategic Risk Register 2025/26 – Further actions to reach target score"
    ap["A1"].font = Font(bold=True, size=13)
    ap.merge_cells("A1:G1")
    ap["A2"] = ("Quarter 2 update. Status: G = on track; A = at risk of slipping; "
                "R = off track or overdue; B = complete (see Scoring key).")
    ap["A2"].font = Font(italic=True)
    ap.merge_cells("A2:G2")
    hdr = ["Action ref", "Further action", "Action owner", "Original target date",
           "Revised target date", "Status", "Q2 progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ap.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003A70")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX

    plan = [
        ("SR1 – Funding sustainability",
         "Residual score 20 (impact 5 x likelihood 4)   Target 12   Trend ↔   Risk owner: Chief Executive",
         [
             ("SR1.1", "Submit the evidence-based case to Defra for the grant settlement from April 2027, including whole-life asset condition modelling",
              "Chief Executive / Chief Financial Officer", d(2025, 6, 30), d(2025, 12, 31), "A",
              "Submission made July 2025; Defra has asked for further scenario modelling.",
              ["Chief Executive", "Chief Financial Officer"], "2025-12", "amber"),
             ("SR1.2", "Deliver year two of the cost efficiency programme (£4.5m recurrent savings)",
              "Chief Financial Officer", d(2026, 3, 31), None, "G",
              "£2.9m of recurrent savings secured to date.",
              ["Chief Financial Officer"], "2026-03", "green"),
             ("SR1.3", "Refresh the income diversification strategy and present it to Trustees",
              "Director of Commercial Income", d(2025, 9, 30), None, "B",
              "Approved by Trustees on 25 September 2025.",
              ["Director of Commercial Income"], "2025-09", "blue"),
         ]),
        ("SR2 – Major asset failure",
         "Residual score 15 (impact 5 x likelihood 3)   Target 10   Trend ↔   Risk owner: Chief Operating Officer",
         [
             ("SR2.1", "Complete the outstanding statutory inspections of large raised reservoirs and close all measures recommended 'in the interests of safety'",
              "Head of Reservoir Safety", d(2026, 3, 31), None, "G",
              "11 of 14 inspections complete; remaining three booked for January.",
              ["Head of Reservoir Safety"], "2026-03", "green"),
             ("SR2.2", "Implement the revised embankment inspection regime, with principal inspections every two years at high-consequence sites",
              "Director of Asset Management", d(2025, 12, 31), d(2026, 6, 30), "A",
              "Inspector recruitment slower than planned; revised date agreed by Executive.",
              ["Director of Asset Management"], "2026-06", "amber"),
             ("SR2.3", "Roll out the new asset information system to all six regions, with mobile inspection forms",
              "Chief Information Officer / Director of Asset Management", d(2025, 9, 30), None, "R",
              "Go-live missed because of defects in the supplier's mobile app. Re-plan to October Programme Board.",
              ["Chief Information Officer", "Director of Asset Management"], "2025-09", "red"),
         ]),
        ("SR3 – Water resources and drought",
         "Residual score 16 (impact 4 x likelihood 4)   Target 8   Trend ↑   Risk owner: Chief Operating Officer",
         [
             ("SR3.1", "Complete the 2025 drought review and update the Water Resources Strategy to 2050",
              "Head of Water Management", "Mar-26", None, "G",
              "Review workshops held in September.",
              ["Head of Water Management"], "2026-03", "green"),
             ("SR3.2", "Agree revised abstraction licence conditions with the Environment Agency for the summit reservoirs",
              "Head of Water Management", "Ongoing", None, "G",
              "Quarterly liaison meetings in place.",
              ["Head of Water Management"], None, "green"),
         ]),
        ("SR5 – Cyber security and data protection",
         "Residual score 12 (impact 4 x likelihood 3)   Target 8   Trend ↓   Risk owner: Chief Financial Officer",
         [
             ("SR5.1", "Achieve Cyber Essentials Plus certification for the corporate network",
              "Chief Information Officer", d(2025, 7, 31), d(2025, 10, 31), "B",
              "Certification awarded 17 October 2025.",
              ["Chief Information Officer"], "2025-10", "blue"),
             ("SR5.2", "Deliver phishing simulation and mandatory data protection training to all employees\nand volunteer team leaders (target 95% completion)",
              "Data Protection Officer", d(2026, 3, 31), None, "A",
              "Completion at 78%; reminders issued through line managers.",
              ["Data Protection Officer"], "2026-03", "amber"),
         ]),
    ]
    r = 5
    expected = []
    for heading, info, items in plan:
        c = ap.cell(r, 1, heading)
        c.font = Font(bold=True, size=12)
        for j in range(1, 8):
            ap.cell(r, j).fill = fill("BDD7EE")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        c = ap.cell(r, 1, info)
        c.font = Font(italic=True, color="404040")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, text, owner, orig, rev, st, upd, lead, end, status in items:
            vals = [ref, text, owner, orig, rev, st, upd]
            for j, v in enumerate(vals, start=1):
                c = ap.cell(r, j, v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ap.cell(r, 6).fill = fill(RAG_HEX[st])
            ap.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            end_text = orig if orig == "Ongoing" else None
            expected.append(act(ref, [heading], text, lead, end, status, end_text))
            r += 1
    r += 1
    ap.cell(r, 1, "Summary of further actions").font = Font(bold=True)
    r += 1
    summ = [("Total actions", 10), ("Complete (B)", 2), ("On track (G)", 4),
            ("At risk (A)", 3), ("Off track (R)", 1)]
    for k, v in summ:
        ap.cell(r, 1, k).border = BOX
        ap.cell(r, 2, v).border = BOX
        ap.cell(r, 2).alignment = Alignment(horizontal="left")
        r += 1
    for col, w in zip("ABCDEFG", (12, 60, 30, 14, 14, 8, 50)):
        ap.column_dimensions[col].width = w
    ap.freeze_panes = "A5"

    # --- Scoring key ---------------------------------------------------------
    sk = wb.create_sheet("Scoring key")
    sk["A1"] = "Scoring key"
    sk["A1"].font = Font(bold=True, size=13)
    sk["A3"] = "Score = impact (1–5) x likelihood (1–5). 15–25 high; 8–14 medium; 1–7 low."
    sk["A5"] = "Action status"
    sk["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "At risk of slipping"), ("R", "Off track or overdue")], start=6):
        sk.cell(i, 1, k).fill = fill(RAG_HEX[k])
        sk.cell(i, 2, v)
    sk.column_dimensions["B"].width = 30

    wb.save(out(name))
    assert len(expected) == 10
    write_expected(name, {
        "source": (
            "Imitates a charity's principal-risk register as taken to its Audit & Risk Committee each quarter "
            "(Canal & River Trust, Strategic Risk Register 2025/26, Q2 further actions tracker), laid out the way "
            "Charity Commission CC26-style templates and charity board packs do it (e.g. "
            "https://www.charityexcellence.co.uk/charity-risk-register-template/ , "
            "https://www.scouts.org.uk/volunteers/running-things-locally/trustee-boards/risk-register/). "
            "Copied features: cover sheet with document-control and version-history tables, a risk summary sheet "
            "with inherent/residual/target scores (risks, not actions), an action sheet with a merged risk heading "
            "row and a merged italic score/owner line above each risk's further actions, original and revised "
            "target dates (real dates, one text month, one Ongoing), letter status with fill colour, a wrapped "
            "two-line action, a totals block and a scoring-key sheet."),
        "reads": (
            "A Q2 risk register for the Canal & River Trust. The 'Action plan' sheet lists ten further actions "
            "under four principal risks (SR1, SR2, SR3, SR5), each with owner(s), an original and sometimes a "
            "revised target date and a G/A/R/B status; the cover, risk summary, totals block and scoring key "
            "are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Canal & River Trust – Strategic Risk Register 2025/26",
    }, expected)


# ===========================================================================
# 2. Uppingham School – ISI inspection action plan (docx)
# ===========================================================================

def uppingham():
    name = "qn-uppingham-school-isi-inspection-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    doc.add_paragraph("Uppingham School: Action Plan following the ISI Inspection of October 2024", style="Title")
    p = doc.add_paragraph("Independent Schools Inspectorate – routine inspection, 8 to 10 October 2024 (report published 28 November 2024)")
    p.runs[0].italic = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.2"),
                 ("Prepared by", "Deputy Head (Academic)"),
                 ("Approved by", "Education Committee of the Trustees, 21 January 2025"),
                 ("Last updated", "24 April 2025"),
                 ("Next review", "Education Committee, June 2025")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        set_text(row[1], v)
        shade(row[0], "E7E6E6")

    doc.add_paragraph("")
    doc.add_paragraph(
        "The inspection found that the School meets all of the Independent School Standards and the National "
        "Minimum Standards for Boarding Schools. Inspectors made three recommended next steps. Each is set out "
        "below under the section of the ISI framework in which it appears, with the actions the School will "
        "take. Progress is reported to every meeting of the Education Committee.")

    sections = [
        ("Quality of education, training and recreation", "Recommended next step 1",
         "Ensure that the best practice in adapting teaching for pupils who have special educational needs and/or "
         "disabilities (SEND) is shared across all departments, so that these pupils make consistently good progress.",
         [
             ("1.1", "Audit lesson planning in each department against the Learning Support pupil passports and identify where adaptations are not being made.",
              "Director of Learning Support", "Michaelmas Term 2024", "Audit report shows adaptations used consistently in 14 of 18 departments.", "Complete",
              ["Director of Learning Support"], "2024-12", "blue", "Michaelmas Term 2024"),
             ("1.2", "Run a programme of INSET and peer observation (“Learning Walks”) led by the Learning Support department for all teaching staff.",
              "Director of Learning Support / Deputy Head (Academic)", "Summer Term 2025", "All teaching staff have completed at least one Learning Walk.", "On track",
              ["Director of Learning Support", "Deputy Head (Academic)"], "2025-07", "green", "Summer Term 2025"),
             ("1.3", "Track the progress of pupils with SEND through the termly data drops and report to the Education Committee.",
              "Deputy Head (Academic)", "Termly", "Gap between SEND and non-SEND progress scores narrows year on year.", "On track",
              ["Deputy Head (Academic)"], None, "green", "Termly"),
         ]),
        ("Pupils’ physical and mental health and emotional wellbeing", "Recommended next step 2",
         "Strengthen the systems for recording and analysing low-level pastoral concerns in boarding houses so that "
         "leaders can identify patterns and intervene earlier.",
         [
             ("2.1", "Move all boarding house pastoral logs onto the school’s single online recording system (CPOMS).",
              "Deputy Head (Pastoral)", "January 2025", "No paper logs in use in any house.", "Complete",
              ["Deputy Head (Pastoral)"], "2025-01", "blue", None),
             ("2.2", "Train Housemasters, Housemistresses and house tutors in the new categories and thresholds for recording concerns.",
              "Deputy Head (Pastoral) and DSL", "31/03/2025", "Training records complete for all house staff.", "Complete",
              ["Deputy Head (Pastoral)", "DSL"], "2025-03", "blue", None),
             ("2.3", "Introduce a half-termly pastoral data review meeting, with trends reported to the Safeguarding Governor.",
              "Deputy Head (Pastoral)", "Summer Term 2025", "Minutes show patterns identified and acted on.", "Not started",
              ["Deputy Head (Pastoral)"], "2025-07", "unrated", "Summer Term 2025"),
         ]),
        ("Pupils’ social and economic education and contribution to society", "Recommended next step 3",
         "Develop the economic education programme in the lower school so that pupils gain a secure understanding "
         "of personal finance before they begin their GCSE courses.",
         [
             ("3.1", "Review the Third Form and Fourth Form PSHE schemes of work and map personal finance content against the PSHE Association programme of study.",
              "Head of Lower School and Head of PSHE", "July 2025", "Revised schemes of work in place for September 2025.", "On track",
              ["Head of Lower School", "Head of PSHE"], "2025-07", "green", None),
             ("3.2", "Pilot a careers and enterprise module with local employers for Fourth Form pupils.",
              "Head of Careers", "Michaelmas Term 2025", "Pupil voice survey shows improved confidence in managing money.", "Not started",
              ["Head of Careers"], "2025-12", "unrated", "Michaelmas Term 2025"),
         ]),
    ]
    expected = []
    for sect, kind, rec, items in sections:
        doc.add_heading(sect, level=1)
        doc.add_heading(kind, level=2)
        p = doc.add_paragraph()
        r = p.add_run(rec)
        r.italic = True
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for c, h in zip(tbl.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress"]):
            set_text(c, h, bold=True)
            shade(c, "7B1E3A")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for ref, text, lead_txt, when, succ, prog, lead, end, status, end_text in items:
            cells = tbl.add_row().cells
            for c, v in zip(cells, [ref, text, lead_txt, when, succ, prog]):
                set_text(c, v)
            expected.append(act(ref, [sect, rec], text, lead, end, status, end_text))
        doc.add_paragraph("")

    doc.add_paragraph("Progress key: Complete – action finished and impact evidenced; On track – under way and "
                      "expected by the timescale shown; Not started – scheduled for a later term.")
    sig = doc.add_table(rows=2, cols=2)
    sig.style = "Table Grid"
    set_text(sig.cell(0, 0), "Signed (Head)", bold=True)
    set_text(sig.cell(0, 1), "Signed (Chair of Trustees)", bold=True)
    set_text(sig.cell(1, 0), "Date: 21 January 2025")
    set_text(sig.cell(1, 1), "Date: 21 January 2025")
    doc.save(out(name))
    assert len(expected) == 8
    write_expected(name, {
        "source": (
            "Imitates an independent school's post-inspection action plan under the ISI framework introduced in "
            "September 2023 (all Standards met, so inspectors give 'recommended next steps'; see "
            "http://www.isi.net/inspection-explained/inspection-handbook/interactive-version/evaluation-and-reporting). "
            "Uppingham School, October 2024 inspection (invented content). Copied features: Title paragraph, "
            "document-control table, intro paragraph, one Heading 1 per ISI framework section, a Heading 2 that "
            "only names the part ('Recommended next step 1') followed by the recommendation in italics, then a "
            "table per section (Ref, Action, Lead, Timescale, Success criteria, Progress), timescales given as "
            "independent-school term names (Michaelmas/Summer Term), 'Termly', months and a day-first date, and a "
            "sign-off table."),
        "reads": (
            "The school's plan answering three ISI recommended next steps, one per framework section, each with a "
            "table of two or three numbered actions with lead posts, a timescale and a progress word. The "
            "document-control and sign-off tables hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Uppingham School: Action Plan following the ISI Inspection of October 2024",
    }, expected)


# ===========================================================================
# 3. Companies House – ECCT identity verification programme highlight report (xlsx)
# ===========================================================================

def companies_house():
    name = "qn-companies-house-ecct-identity-verification-programme-highlight-report.xlsx"
    wb = Workbook()
    hs = wb.active
    hs.title = "Highlight report"
    hs["A1"] = "Companies House"
    hs["A1"].font = Font(bold=True, size=12, color="1D70B8")
    hs["A2"] = "ECCT Programme – Identity Verification Tranche: Highlight Report"
    hs["A2"].font = Font(bold=True, size=15)
    hs.merge_cells("A2:F2")
    meta = [("Reporting period", "1 to 31 October 2025"),
            ("Senior Responsible Owner", "Director of Registry Transformation"),
            ("Programme manager", "R. Okafor"),
            ("Report to", "ECCT Programme Board, 11 November 2025")]
    for i, (k, v) in enumerate(meta, start=4):
        hs.cell(i, 1, k).font = Font(bold=True)
        hs.cell(i, 2, v)
    hs["A9"] = "Overall delivery confidence"
    hs["A9"].font = Font(bold=True)
    hs["B9"] = "Amber"
    hs["B9"].fill = fill("FFC000")
    hs["C9"] = "Previous period: Amber"
    hs["A11"] = "Dimension"
    hs["B11"] = "Previous"
    hs["C11"] = "Current"
    hs["D11"] = "Comment"
    for col in "ABCD":
        hs[f"{col}11"].font = Font(bold=True, color="FFFFFF")
        hs[f"{col}11"].fill = fill("0B0C0C")
    dims = [("Schedule", "A", "A", "Mandatory IDV go-live on 18 November holds; ACSP API slipped to January."),
            ("Cost", "G", "G", "Forecast within the 2025/26 allocation."),
            ("Resources", "A", "A", "Caseworker recruitment at 64 of 120."),
            ("Benefits", "G", "G", "Over 400,000 individuals verified voluntarily since April."),
            ("Stakeholders", "G", "A", "Accountancy bodies concerned about API timing.")]
    for i, (k, p, c, com) in enumerate(dims, start=12):
        hs.cell(i, 1, k)
        hs.cell(i, 2, p).fill = fill(RAG_HEX[p])
        hs.cell(i, 3, c).fill = fill(RAG_HEX[c])
        hs.cell(i, 4, com)
        for j in range(1, 5):
            hs.cell(i, j).border = BOX
    hs["A18"] = "Key messages"
    hs["A18"].font = Font(bold=True)
    msgs = ["• Readiness checks for mandatory verification of new directors and PSCs are complete; go/no-go on 4 November.",
            "• The ACSP verification statement API has been re-planned to January 2026 (change request CR-041).",
            "• Decision required: Board to approve CR-041 and the revised compliance model timetable."]
    for i, m in enumerate(msgs, start=19):
        hs.cell(i, 1, m)
        hs.merge_cells(start_row=i, start_column=1, end_row=i, end_column=6)
    hs["A23"] = "Milestones are reported on the 'Milestones' sheet."
    hs["A23"].font = Font(italic=True)
    for col, w in zip("ABCDEF", (28, 40, 12, 70, 10, 10)):
        hs.column_dimensions[col].width = w

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Key milestones and deliverables"
    ms["A1"].font = Font(bold=True, size=13)
    ms["A2"] = ("Baseline dates as approved by Programme Board in March 2025. Where the forecast differs from "
                "the baseline, the change has been approved through change control.")
    ms.merge_cells("A2:H2")
    ms["A2"].alignment = Alignment(wrap_text=True)
    ms.row_dimensions[2].height = 30
    hdr = ["ID", "Milestone / deliverable", "Owner", "Baseline date", "Forecast / actual date",
           "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ms.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1D70B8")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)

    ws_rows = [
        ("Workstream 1 – Identity verification service", [
            ("M1.1", "Voluntary identity verification live for directors and PSCs through GOV.UK One Login",
             "JP", d(2025, 3, 25), d(2025, 4, 8), "Complete", "Complete", "Live 8 April 2025.",
             ["JP"], "2025-04", "blue"),
            ("M1.2", "Mandatory verification for new incorporations and new director/PSC appointments",
             "JP / SD", d(2025, 11, 18), d(2025, 11, 18), "G", "G", "Go/no-go on 4 November; readiness checks complete.",
             ["JP", "SD"], "2025-11", "green"),
            ("M1.3", "Confirmation statement journey updated to capture verification of existing directors",
             "SD", d(2025, 11, 18), d(2025, 11, 18), "G", "A", "Late change to statement wording; regression testing window compressed.",
             ["SD"], "2025-11", "amber"),
        ]),
        ("Workstream 2 – Authorised Corporate Service Providers (ACSPs)", [
            ("M2.1", "ACSP registration service open to AML-supervised agents",
             "KM", d(2025, 3, 18), d(2025, 3, 18), "Complete", "Complete", "Live 18 March 2025.",
             ["KM"], "2025-03", "blue"),
            ("M2.2", "ACSP verification statement API available to software providers",
             "KM", d(2025, 9, 30), d(2026, 1, 15), "A", "R", "Supplier onboarding delayed; re-plan to January in CR-041.",
             ["KM"], "2026-01", "red"),
            ("M2.3", "Guidance and onboarding pack agreed with accountancy and legal supervisory bodies",
             "KM / LT", d(2025, 11, 30), d(2025, 11, 30), "G", "G", "Draft shared with ICAEW and the Law Society.",
             ["KM", "LT"], "2025-11", "green"),
        ]),
        ("Workstream 3 – Transition and compliance", [
            ("M3.1", "Transition communications issued to existing directors and PSCs",
             "AB", d(2025, 10, 27), "w/c 17/11/25", "G", "A", "Held back to align with the go-live announcement.",
             ["AB"], "2025-11", "amber"),
            ("M3.2", "Compliance and enforcement model for individuals who fail to verify agreed by Executive Board",
             "TR", d(2025, 12, 31), d(2026, 3, 31), "A", "A", "Awaiting DBT policy steer on penalties.",
             ["TR"], "2026-03", "amber"),
            ("M3.3", "Recruit and train 120 additional verification and compliance caseworkers",
             "TR / HRBP", d(2026, 1, 31), d(2026, 1, 31), "G", "G", "64 in post; two further campaigns running.",
             ["TR", "HRBP"], "2026-01", "green"),
        ]),
    ]
    r = 5
    expected = []
    for ws_name, items in ws_rows:
        c = ms.cell(r, 1, ws_name)
        c.font = Font(bold=True)
        for j in range(1, 9):
            ms.cell(r, j).fill = fill("D9E8F5")
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (mid, text, owner, base, fc, prev, cur, com, lead, end, status) in items:
            vals = [mid, text, owner, base, fc, prev, cur, com]
            for j, v in enumerate(vals, start=1):
                c = ms.cell(r, j, v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            for j, v in ((6, prev), (7, cur)):
                ms.cell(r, j).fill = fill(RAG_HEX["B" if v == "Complete" else v])
            expected.append(act(mid, [ws_name], text, lead, end, status))
            r += 1
    r += 1
    ms.cell(r, 1, "Milestone summary (current RAG)").font = Font(bold=True)
    r += 1
    for k, v in [("Complete", 2), ("Green", 3), ("Amber", 3), ("Red", 1), ("Total", 9)]:
        ms.cell(r, 1, k)
        ms.cell(r, 2, v)
        r += 1
    r += 1
    ms.cell(r, 1, "Owners: JP – Head of IDV Service; SD – Digital Delivery Lead; KM – ACSP Service Owner; "
                  "LT – Stakeholder Engagement Manager; AB – Head of Communications; TR – Head of Compliance; "
                  "HRBP – HR Business Partner.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", (8, 60, 10, 13, 16, 10, 10, 55)):
        ms.column_dimensions[col].width = w

    cl = wb.create_sheet("Change log")
    for i, row in enumerate([("Version", "Date", "Author", "Change"),
                             ("0.1", "03/11/2025", "PMO analyst", "First draft for period"),
                             ("1.0", "06/11/2025", "R. Okafor", "Issued to Programme Board")], start=1):
        for j, v in enumerate(row, start=1):
            cl.cell(i, j, v).font = Font(bold=(i == 1))

    wb.save(out(name))
    assert len(expected) == 9
    write_expected(name, {
        "source": (
            "Imitates a central-government arm's-length body's monthly programme highlight report (Companies House, "
            "Economic Crime and Corporate Transparency Act implementation, identity verification tranche, October "
            "2025), with milestones drawn from the published outline transition plan "
            "(https://cms-lawnow.com/en/ealerts/2024/10/the-economic-crime-and-corporate-transparency-act-2023-companies-house-publishes-timetable-for-implementation). "
            "Copied features: title block with SRO/period/board, overall delivery-confidence RAG and a dimension "
            "table with previous and current RAG (not milestones), key-messages bullets, a Milestones sheet with "
            "merged workstream rows, baseline and forecast dates (one 'w/c' text date), previous and current RAG "
            "columns with fill, owners as initials with a legend line, a summary block and a change-log sheet."),
        "reads": (
            "A one-month highlight report: the first sheet is the RAG summary and messages; the Milestones sheet "
            "holds nine milestones under three workstreams, each with owner initials, a baseline and a forecast "
            "date and a previous and current RAG (two already complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "ECCT Programme – Identity Verification Tranche: Highlight Report",
    }, expected)


# ===========================================================================
# 4. Tees Valley Combined Authority – Audit and Governance Committee action log (txt, TSV)
# ===========================================================================

def tvca():
    name = "qn-tees-valley-ca-audit-and-governance-committee-action-log.txt"
    hdr = ["Action No.", "Meeting", "Minute", "Action", "Responsible officer", "Due date", "Status", "Update"]
    n = len(hdr)
    sec_a = "Section A – Open actions"
    sec_b = "Section B – Actions completed since the last meeting"
    open_rows = [
        ("AGC 25/06", "17/07/2025", "Min 21/25",
         "Circulate a briefing on the timetable for the audited 2024/25 Statement of Accounts and the risk of a disclaimed opinion under the backstop",
         "Group Director of Finance & Resources", "Next meeting", "Green",
         "External auditor attending the January meeting to update.",
         ["Group Director of Finance & Resources"], None, "green", "Next meeting"),
        ("AGC 25/09", "17/07/2025", "Min 24/25",
         "Review the Group risk register so that risks held by the South Tees Development Corporation are visible at Group level",
         "Group Risk Manager", "31/12/2025", "Red",
         "Delayed pending the Development Corporation board's review of its own register.",
         ["Group Risk Manager"], "2025-12", "red", None),
        ("AGC 25/12", "16/10/2025", "Min 33/25",
         "Add a follow-up review of procurement waivers to the 2025/26 internal audit plan and report the findings to the Committee",
         "Head of Internal Audit", "Mar-26", "Green",
         "Fieldwork scheduled for February.",
         ["Head of Internal Audit"], "2026-03", "green", None),
        ("AGC 25/13", "16/10/2025", "Min 34/25",
         "Arrange a training session for members on treasury management and the Prudential Code",
         "Group Director of Finance & Resources / Democratic Services Manager", "Q4 2025/26", "Amber",
         "Date to be confirmed with the external trainer.",
         ["Group Director of Finance & Resources", "Democratic Services Manager"], "2026-03", "amber", "Q4 2025/26"),
        ("AGC 25/14", "16/10/2025", "Min 35/25",
         "Include complaints and Freedom of Information request volumes and response times in the annual governance report",
         "Monitoring Officer", "Ongoing", "Green",
         "Will form part of the 2025/26 annual governance report.",
         ["Monitoring Officer"], None, "green", "Ongoing"),
    ]
    done_rows = [
        ("AGC 25/02", "23/01/2025", "Min 05/25",
         "Update the Committee's terms of reference to reflect the CIPFA Position Statement on audit committees and refer them to Cabinet for approval",
         "Monitoring Officer", "31/07/2025", "Complete",
         "Approved by Cabinet 19 September 2025.",
         ["Monitoring Officer"], "2025-07", "blue", None),
        ("AGC 25/07", "17/07/2025", "Min 22/25",
         "Share the external auditor's value for money commentary with all members of the Overview and Scrutiny Committee",
         "Governance Manager", "Aug 2025", "Complete",
         "Circulated 6 August 2025.",
         ["Governance Manager"], "2025-08", "blue", None),
        ("AGC 25/10", "17/07/2025", "Min 25/25",
         "Confirm that the gifts and hospitality registers of the Mayoral Development Corporations are published quarterly",
         "Monitoring Officer", "30/09/2025", "Complete",
         "Registers published; link sent to members 29 September 2025.",
         ["Monitoring Officer"], "2025-09", "blue", None),
    ]
    lines = [
        "Tees Valley Combined Authority – Audit and Governance Committee Action Log",
        "Updated after the meeting of 16 October 2025, for the meeting of 15 January 2026",
        "",
        "Status: Green = on track; Amber = at risk of missing the due date; Red = overdue; "
        "Complete = action closed and will be removed from the log after this meeting",
        "",
        "\t".join(hdr),
    ]
    expected = []
    for sec, rows in ((sec_a, open_rows), (sec_b, done_rows)):
        lines.append(sec + "\t" * (n - 1))
        for row in rows:
            lines.append("\t".join(row[:8]))
            expected.append(act(row[0], [sec], row[3], row[8], row[9], row[10], row[11]))
    lines.append("")
    lines.append("Total actions on log: 8 (5 open, 3 complete)")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    write_expected(name, {
        "source": (
            "Imitates the rolling action log attached to a combined authority's Audit and Governance Committee "
            "agenda (Tees Valley Combined Authority, which also brings its Tees Valley Review action tracker to "
            "that committee: https://uk.news.yahoo.com/applicable-tees-valley-review-recommendations-143457652.html), "
            "as a tab-separated text export. Copied features: title lines, an 'updated for meeting' line, a status "
            "key line, one header row, section rows for open and completed actions (with trailing tabs as an "
            "export leaves them), action numbers with meeting date and minute reference, officers as job titles "
            "(one with '&' inside the title, one cell with two posts), due dates as dates, 'Mar-26', 'Q4 2025/26', "
            "'Next meeting' and 'Ongoing', and a closing totals line."),
        "reads": (
            "The committee's action log: five open actions and three completed since the last meeting, each with "
            "an action number, the meeting and minute it came from, a responsible officer, a due date, a "
            "Green/Amber/Red/Complete status and an update."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Tees Valley Combined Authority – Audit and Governance Committee Action Log",
    }, expected)


# ===========================================================================
# 5. Wotton-under-Edge Town Council – internal audit action plan (csv)
# ===========================================================================

def csv_field(v):
    if v is None:
        return ""
    s = str(v)
    if any(ch in s for ch in [",", '"', "\n"]):
        s = '"' + s.replace('"', '""') + '"'
    return s


def wotton():
    name = "qn-wotton-under-edge-town-council-internal-audit-action-plan-2024-25.csv"
    hdr = ["No.", "Area", "Internal auditor's recommendation", "Council response / agreed action",
           "Responsible", "Target date", "Status"]
    n = len(hdr)
    recs = {
        "1": ("Proper bookkeeping",
              "The cashbook should be reconciled to the bank statements every month and each reconciliation signed by a councillor other than the Chairman."),
        "2": ("Financial regulations and standing orders",
              "Standing Orders and Financial Regulations should be updated to the current NALC model documents, including the new procurement thresholds."),
        "3": ("Risk management",
              "The risk assessment should be reviewed and formally approved by the Council each year, and should cover all council-owned buildings and open spaces."),
        "4": ("Fixed asset register",
              "The asset register should record the insured value of each asset and be reconciled to the insurance schedule."),
        "5": ("Transparency Code",
              "Payments over £500 and the annual internal audit report should be published on the council website."),
        "6": ("Payroll",
              "Evidence of councillor approval of staff salary increments should be kept on personnel files."),
        "7": ("Annual Governance and Accountability Return",
              "The period for the exercise of public rights should include the first ten working days of July."),
    }
    rows = [
        ("1", "1", "Bank reconciliations to be presented to every Finance & General Purposes Committee meeting and signed by the Vice-Chair of that committee.",
         "RFO", "June 2025", "Completed", ["RFO"], "2025-06", "blue", None),
        ("2a", "2", "Adopt the 2025 NALC model Standing Orders.",
         "Town Clerk", "By 31 July 2025", "Completed", ["Town Clerk"], "2025-07", "blue", None),
        ("2b", None, "Adopt updated Financial Regulations reflecting the Procurement Act 2023.",
         "Town Clerk / RFO", "Q3 2025/26", "On track", ["Town Clerk", "RFO"], "2025-12", "green", "Q3 2025/26"),
        ("3", "3", "Full review of the risk assessment to be completed and approved at the Annual Town Council Meeting.",
         "Town Clerk", "May 2025", "Completed", ["Town Clerk"], "2025-05", "blue", None),
        ("4a", "4", "Add insurance values to the asset register and reconcile it to the 2025/26 insurance schedule.",
         "Deputy Clerk", "30/11/2025", "On track", ["Deputy Clerk"], "2025-11", "green", None),
        ("4b", None, "Carry out an annual physical check of street furniture, bus shelters and play equipment.",
         "Deputy Clerk and Cllr P. Ashworth", "Ongoing", "On track", ["Deputy Clerk", "Cllr P. Ashworth"], None, "green", "Ongoing"),
        ("5", "5", "Publish the monthly payments schedule and the 2024/25 internal audit report on the website.",
         "Administration Officer", "By 30 June 2025", "Completed", ["Administration Officer"], "2025-06", "blue", None),
        ("6", "6", "Staffing Committee minute references to be recorded on each personnel file at the annual review.",
         "Town Clerk", "Mar-26", "Not started", ["Town Clerk"], "2026-03", "unrated", None),
        ("7", "7", "Diarise the AGAR timetable and confirm the public rights dates with the Chair before the notice is published.",
         "Town Clerk", "April 2026", "Not started", ["Town Clerk"], "2026-04", "unrated", None),
    ]
    lines = []

    def line(cells):
        cells = list(cells) + [""] * (n - len(cells))
        lines.append(",".join(csv_field(c) for c in cells))

    line(["Wotton-under-Edge Town Council – Internal Audit 2024/25 Action Plan"])
    line(["Internal audit visits 19 November 2024 (interim) and 14 April 2025 (year end). Report received by Full Council 12 May 2025."])
    line(["Status as at 7 October 2025"])
    line([])
    line(hdr)
    expected = []
    for ref, rk, action, resp, when, status_txt, lead, end, status, end_text in rows:
        if rk:
            area, rec_text = recs[rk]
            line([ref, area, rec_text, action, resp, when, status_txt])
        else:
            line([ref, "", "", action, resp, when, status_txt])
        cur = recs[ref[0]]
        expected.append(act(ref, [cur[0], cur[1]], action, lead, end, status, end_text))
    line([])
    line(["Summary: 9 actions – 4 completed, 3 on track, 2 not started"])
    line(["RFO = Responsible Financial Officer. Progress is reported to each Finance & General Purposes Committee meeting."])
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(name, {
        "source": (
            "Imitates a town council's internal audit action plan as kept by the clerk in Excel and saved as CSV "
            "(Wotton-under-Edge Town Council, internal audit report 2024/25), following the recommendation / "
            "council response layout of parish internal audit reports (e.g. "
            "https://pdfslide.us/documents/internal-audit-anstey-web-view-internal-audit-procedure-section-1-is-unchanged.html). "
            "Copied features: title lines and an audit-dates line, a 'status as at' line, blank separator rows "
            "padded with commas, the area and the auditor's recommendation on the first row of a recommendation "
            "and blank on its continuation rows (merged cells saved as CSV, refs 2a/2b and 4a/4b), the council's "
            "agreed action in its own column, clerk/RFO leads (one with a councillor), target dates as months, "
            "'By ...', a day-first date, 'Q3 2025/26', 'Mar-26' and 'Ongoing', and a summary and a notes line."),
        "reads": (
            "The town council's response to seven internal audit recommendations: nine agreed actions, each read "
            "under the audit area and the auditor's recommendation it answers (the second action of a "
            "recommendation sits on a row with those cells blank), with the responsible officer, a target date "
            "and a Completed/On track/Not started status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Wotton-under-Edge Town Council – Internal Audit 2024/25 Action Plan",
    }, expected)


# ===========================================================================
# 6. North York Moors NPA – Langdale Moor wildfire lessons-learned action plan (docx)
# ===========================================================================

def nym():
    name = "qn-north-york-moors-npa-langdale-moor-wildfire-lessons-learned-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr_p = doc.sections[0].header.paragraphs[0]
    hdr_p.text = "North York Moors National Park Authority"
    hdr_p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph("Langdale Moor Wildfire (August 2025): Lessons Learned Action Plan", style="Title")
    doc.add_paragraph("Appendix 2 to the report to the National Park Authority, 15 December 2025")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document", "Lessons Learned Action Plan – Langdale Moor wildfire"),
                 ("Version", "1.0"),
                 ("Owner", "Director of Conservation"),
                 ("Approved", "Management Team, 2 December 2025"),
                 ("Review", "Quarterly to the Authority until all actions are closed")]:
        row = dc.add_row().cells
        set_text(row[0], k, bold=True)
        set_text(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The fire started on Langdale Moor, near RAF Fylingdales, on 11 August 2025 and burned for several weeks "
        "across moorland, forestry and deep peat. This plan sets out what the Authority will do in response to the "
        "lessons identified at its internal debrief (September 2025) and at the multi-agency debrief held by the "
        "North Yorkshire Local Resilience Forum (October 2025). Lessons are grouped into three themes; where an "
        "action depends on partners, they are named in the action.")

    themes = [
        ("Theme 1 – Prevention and land management", [
            ("Large continuous areas of dry heather over deep peat allowed the fire to spread quickly and to burn underground for weeks.", [
                ("1.1", "Work with landowners and Natural England to extend the network of cut firebreaks across Langdale and Fylingdales moors.",
                 "Head of Land Management", "Oct 2025 – Mar 2026", "G", ["Head of Land Management"], "2026-03", "green", "Oct 2025 – Mar 2026"),
                ("1.2", "Commission a peatland restoration and rewetting feasibility study for the burnt area, starting with the deepest peat.",
                 "Head of Conservation", "Sept 2026", None, ["Head of Conservation"], "2026-09", "unrated", None),
            ]),
            ("Visitors were unclear about the fire risk and the ban on barbecues and open fires during the high-risk period.", [
                ("1.3", "Agree a joint fire-danger signage and social media protocol with North Yorkshire Fire and Rescue Service, Forestry England and landowners, triggered by the Met Office fire severity index.",
                 "Head of Communications / Ranger Service Manager", "31/03/2026", "A",
                 ["Head of Communications", "Ranger Service Manager"], "2026-03", "amber", None),
            ]),
        ]),
        ("Theme 2 – Incident response and unexploded ordnance", [
            ("Unexploded ordnance on the former military training area limited where crews, rangers and volunteers could safely work.", [
                ("2.1", "Map known and suspected unexploded ordnance areas with the Ministry of Defence and share the map with fire control.",
                 "GIS Manager", "January 2026", "G", ["GIS Manager"], "2026-01", "green", None),
                ("2.2", "Update the ranger safe systems of work for operating near unexploded ordnance, and deliver awareness training to rangers and volunteers.",
                 "Health and Safety Adviser", "Feb 2026", "G", ["Health and Safety Adviser"], "2026-02", "green", None),
            ]),
            ("Offers of help from farmers, gamekeepers and contractors were not always coordinated with incident command.", [
                ("2.3", "With the Fire and Rescue Service, set up a register of local land managers with bowsers, tankers and all-terrain vehicles, and agree how they are called on and briefed.",
                 "Ranger Service Manager", "March 2026", "R", ["Ranger Service Manager"], "2026-03", "red", None),
            ]),
        ]),
        ("Theme 3 – Recovery and communication", [
            ("Residents and businesses affected by smoke and road closures found information inconsistent between agencies.", [
                ("3.1", "Publish a single recovery web page with partners, with one contact point for affected businesses.",
                 "Head of Communications", "September 2025", "B", ["Head of Communications"], "2025-09", "blue", None),
                ("3.2", "Report to Members on the cost of the Authority's response and recovery, and on the recovery funding secured from Defra.",
                 "Director of Corporate Services", "15/12/2025", "G", ["Director of Corporate Services"], "2025-12", "green", None),
            ]),
        ]),
    ]
    tbl = doc.add_table(rows=1, cols=6)
    tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, ["Ref", "Lesson identified", "Action", "Lead officer", "Target date", "RAG"]):
        set_text(c, h, bold=True)
        shade(c, "4F6228")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    expected = []
    for theme, lessons in themes:
        row = tbl.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_text(merged, theme, bold=True)
        shade(merged, "D8E4BC")
        for lesson, items in lessons:
            first_row_idx = len(tbl.rows)
            for ref, text, lead_txt, when, rag, lead, end, status, end_text in items:
                cells = tbl.add_row().cells
                set_text(cells[0], ref)
                set_text(cells[2], text)
                set_text(cells[3], lead_txt)
                set_text(cells[4], when)
                set_text(cells[5], "")
                if rag:
                    shade(cells[5], RAG_HEX[rag])
                expected.append(act(ref, [theme, lesson], text, lead, end, status, end_text))
            last_row_idx = len(tbl.rows) - 1
            top = tbl.cell(first_row_idx, 1)
            if last_row_idx > first_row_idx:
                top = top.merge(tbl.cell(last_row_idx, 1))
            set_text(top, lesson)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for rag, meaning in [("B", "Complete"), ("G", "On track"), ("A", "At risk of missing the target date"),
                         ("R", "Off track – escalated to Management Team"), (None, "No colour – not yet started")]:
        cells = key.add_row().cells
        if rag:
            shade(cells[0], RAG_HEX[rag])
        set_text(cells[1], meaning)
    doc.save(out(name))
    assert len(expected) == 8
    write_expected(name, {
        "source": (
            "Imitates a national park authority's lessons-learned action plan after a major incident (North York "
            "Moors National Park Authority after the Langdale Moor wildfire of August 2025, a real incident: "
            "https://www.northyorksfire.gov.uk/?p=8704 ; plan content invented), as an appendix to an Authority "
            "report. Copied features: the body's name in the page header, a Title paragraph, a document-control "
            "table, an introduction, one plan table with theme rows merged across the table, the lesson identified "
            "in a cell merged down over the actions that answer it, lead officers as posts (one cell with two), "
            "target dates as a period, months and a day-first date, a RAG column shown only by cell shading (one "
            "cell unshaded = not started) and a RAG key table."),
        "reads": (
            "The Authority's eight actions in response to lessons from the wildfire, grouped in three themes and "
            "under the lesson each answers, with a lead officer, a target date and a colour-only RAG that the key "
            "explains (blue complete, green on track, amber at risk, red off track, none not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Langdale Moor Wildfire (August 2025): Lessons Learned Action Plan",
    }, expected)


# ===========================================================================
# 7. E.ON Next – Ofgem compliance review remediation tracker, typo month (xlsx, refuse)
# ===========================================================================

def eon():
    name = "qn-eon-next-ofgem-customer-service-compliance-review-action-tracker-typo-month-refuse.xlsx"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "E.ON Next Energy Ltd"
    cv["A1"].font = Font(bold=True, size=14, color="EA1C0A")
    cv["A2"] = "Ofgem Market Compliance Review – Customer Service and Complaints: Remediation Tracker"
    cv["A2"].font = Font(bold=True, size=13)
    for i, (k, v) in enumerate([("Version", "4.0"),
                                ("Position at", "17 October 2025"),
                                ("Submitted to", "Ofgem Retail Compliance team"),
                                ("Accountable executive", "Chief Customer Officer"),
                                ("Prepared by", "Regulatory Compliance")], start=4):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    cv["A10"] = "Commercial in confidence – shared with Ofgem under the supplier's licence obligations."
    cv["A10"].font = Font(italic=True)
    cv.column_dimensions["A"].width = 24
    cv.column_dimensions["B"].width = 40

    tr = wb.create_sheet("Tracker")
    tr["A1"] = "Ofgem Market Compliance Review – Customer Service and Complaints: Remediation Tracker"
    tr["A1"].font = Font(bold=True, size=13)
    tr.merge_cells("A1:I1")
    tr["A2"] = "Position at 17 October 2025. RAG: G on track; A at risk; R overdue; C complete."
    tr["A2"].font = Font(italic=True)
    hdr = ["Action ID", "Ofgem finding", "Remediation action", "Action owner", "Original due date",
           "Revised due date", "RAG", "Evidence submitted to Ofgem", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = tr.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("EA1C0A")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    findings = [
        ("F1 – Customers could not always reach the supplier by telephone within a reasonable time; abandonment exceeded 20% in peak weeks.", [
            ("1.1", "Recruit and train 150 additional customer service advisers ahead of winter", "Head of Workforce Planning",
             d(2025, 8, 31), "Sep-2025", "C", "Yes", "150 advisers in post."),
            ("1.2", "Introduce call-back and queue position messaging on all inbound lines", "Telephony Product Owner",
             d(2025, 9, 30), None, "G", "No", "Live on two of four lines."),
        ]),
        ("F2 – Complaints made through webchat and social media were not always recognised and logged as complaints.", [
            ("2.1", "Deploy complaint-detection tagging on webchat and social media channels", "Head of Complaints",
             d(2025, 7, 31), "Nov-2025", "A", "No", "Model accuracy below 90% target; retraining."),
            ("2.2", "Retrain complaint handlers on the Complaints Handling Standards and monitor through QA sampling", "Head of Complaints",
             d(2025, 9, 30), None, "C", "Yes", "Training completion 98%."),
        ]),
        ("F3 – Priority Services Register data was not always shared with network operators within the required time.", [
            ("3.1", "Fix the daily PSR data flow to distribution network operators and reconcile historic records", "PSR Data Manager",
             d(2025, 6, 30), "0ct-2025", "R", "No", "Reconciliation of 41,000 records in progress."),
            ("3.2", "Add PSR needs codes to the field agent app so that engineers see them before a visit", "Head of Field Operations",
             d(2025, 12, 31), None, "G", "No", "In user testing."),
        ]),
        ("F4 – Board reporting on customer outcomes relied on limited management information.", [
            ("4.1", "Introduce a monthly customer outcomes dashboard to the Executive Risk Committee and the Board", "Director of Regulation",
             d(2025, 10, 31), None, "G", "No", "First dashboard to October Board."),
            ("4.2", "Commission internal audit assurance over the remediation programme", "Chief Audit Executive",
             d(2026, 1, 31), "Feb-2026", "G", "No", "Audit scoped."),
        ]),
    ]
    r = 5
    refuse_row = None
    for finding, items in findings:
        start = r
        for aid, text, owner, orig, rev, rag, ev, com in items:
            vals = [aid, None, text, owner, orig, rev, rag, ev, com]
            for j, v in enumerate(vals, start=1):
                if v is not None:
                    tr.cell(r, j, v)
                c = tr.cell(r, j)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            tr.cell(r, 7).fill = fill(RAG_HEX["B" if rag == "C" else rag])
            if rev == "0ct-2025":
                refuse_row = r
            r += 1
        tr.cell(start, 2, finding)
        tr.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        tr.cell(start, 2).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHI", (9, 45, 50, 26, 13, 13, 6, 12, 40)):
        tr.column_dimensions[col].width = w

    wb.save(out(name))
    assert refuse_row is not None
    write_expected(name, {
        "source": (
            "Imitates the remediation tracker a domestic energy supplier sends Ofgem after a Market Compliance "
            "Review of customer service and complaints (Ofgem's 2023 review: "
            "https://www.ofgem.gov.uk/cy/publications/ofgem-review-reveals-customer-service-standards-energy-suppliers-must-improve ; "
            "E.ON Next as the supplier, content invented). Copied features: cover sheet with version and "
            "accountable executive, a tracker sheet with the Ofgem finding merged down over its remediation "
            "actions, action owners, original due dates as dates and revised due dates typed as 'Mmm-yyyy' text, "
            "G/A/R/C RAG with fill and an evidence-submitted column."),
        "reads": (
            "An eight-action remediation tracker under four Ofgem findings. Action 3.1's revised due date reads "
            "'0ct-2025' with a zero for the letter O: a mistyped month, so a careful reader stops at that row and "
            "asks rather than guessing October 2025."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": "Ofgem Market Compliance Review – Customer Service and Complaints: Remediation Tracker",
    })
    return refuse_row


if __name__ == "__main__":
    crt()
    uppingham()
    companies_house()
    tvca()
    wotton()
    nym()
    rr = eon()
    print("built 7 cases; E.ON refuse row", rr)
