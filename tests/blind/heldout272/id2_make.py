#!/usr/bin/env python3
"""Build the seven id2- blind test files (set heldout272) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Each data file is written from the same tables that give its NAME.expected.yaml, so the
expected action text is the file's text character for character.
"""
import csv
import datetime as dt
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


# ----------------------------------------------------------------------------------------------
# expected.yaml writer (JSON strings are valid YAML double-quoted scalars)
# ----------------------------------------------------------------------------------------------
def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(text):
    return ">-\n" + "\n".join("  " + line for line in text.strip().split("\n"))


def write_expected(name, source, reads, outcome, title, actions=None, accept_refusal=False,
                   refuse_at=None):
    lines = ["source: " + folded(source), "reads: " + folded(reads), "outcome: " + outcome,
             "accept_refusal: " + ("true" if accept_refusal else "false")]
    if refuse_at is not None:
        lines.append("refuse_at: %d" % refuse_at)
    if title is not None:
        lines.append("title: " + q(title))
    if outcome == "read":
        lines.append("actions:")
        for a in actions:
            lines.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append("    action: " + q(a["action"]))
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text"):
                lines.append("    end_text: " + q(a["end_text"]))
            lines.append("    status: " + a["status"])
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def ym(d):
    return "%04d-%02d" % (d.year, d.month)


# ----------------------------------------------------------------------------------------------
# helpers: xlsx
# ----------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


def set_widths(ws, widths):
    from openpyxl.utils import get_column_letter
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ----------------------------------------------------------------------------------------------
# helpers: docx
# ----------------------------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def header_row(table, headers, hex6="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        cell_text(c, h, bold=True, size=9)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, hex6)


# ==============================================================================================
# 1. Oxford University Hospitals NHS FT – Trust Board public action log (CSV export)
# ==============================================================================================
def make_ouh():
    name = "id2-oxford-university-hospitals-nhsft-trust-board-public-action-log.csv"
    rows = [
        # ref, meeting, action, lead cell, lead list, orig, revised, update, rag, end, end_text, status
        ("TB25/03/07", "12/03/2025",
         "Provide the Board with a trajectory for recovery of the 62-day cancer standard by tumour "
         "site, including the impact of the additional robotic theatre capacity.",
         "Chief Operating Officer", ["Chief Operating Officer"], "14/05/2025", "09/07/2025",
         "Trajectory presented to the Integrated Assurance Committee in June and to the Board on "
         "9 July 2025 (TB2025.61). Propose closure.", "Complete", "2025-07", None, "blue"),
        ("TB25/05/05", "14/05/2025",
         "Review the format of the Integrated Performance Report so that equality data (ethnicity "
         "and deprivation) is shown for the elective waiting list.",
         "Chief Digital and Partnerships Officer", ["Chief Digital and Partnerships Officer"],
         "10/09/2025", "12/11/2025",
         "First iteration shared with Non-Executive Directors in August. Data quality issues with "
         "deprivation coding in two divisions; revised date agreed with the Chair.", "Amber",
         "2025-11", None, "amber"),
        ("TB25/05/09", "14/05/2025",
         "Bring the results of the maternity safety culture (SCORE) survey and the associated "
         "action plan to a future Board meeting.",
         "Chief Nursing Officer", ["Chief Nursing Officer"], "10/09/2025", "12/11/2025",
         "Survey closed 30 June. Action plan being co-produced with the Maternity and Neonatal "
         "Voices Partnership; on the forward plan for the November Board.", "Green", "2025-11",
         None, "green"),
        ("TB25/07/06a", "09/07/2025",
         "Circulate to Board members the Freedom to Speak Up Guardian\u2019s thematic analysis of "
         "concerns raised by resident doctors.",
         "Chief People Officer", ["Chief People Officer"], "10/09/2025", "",
         "Circulated by email on 22 August 2025.", "Complete", "2025-09", None, "blue"),
        ("TB25/07/06b", "09/07/2025",
         "Arrange a Board development session on the Trust\u2019s response to the NHS sexual safety "
         "charter, including reporting routes for staff.",
         "Chief People Officer / Chief Nursing Officer",
         ["Chief People Officer", "Chief Nursing Officer"], "12/11/2025", "03/12/2025",
         "Session included in the Board development programme for 3 December 2025.", "Green",
         "2025-12", None, "green"),
        ("TB25/07/11", "09/07/2025",
         "Confirm the Trust\u2019s plan for reducing agency spend to 3.2% of the pay bill in "
         "2025/26, with monthly milestones.",
         "Chief Finance Officer", ["Chief Finance Officer"], "10/09/2025", "",
         "Agency spend 3.9% at month 5. Recovery plan to go to the Finance and Investment "
         "Committee before returning to the Board.", "Red", "2025-09", None, "red"),
        ("TB25/09/05", "10/09/2025",
         "Provide a written briefing on the Horton General Hospital maternity service model, "
         "including the outcome of the public engagement exercise.",
         "Chief Executive Officer", ["Chief Executive Officer"], "January 2026", "",
         "Engagement report expected from the ICB in December.", "Green", "2026-01", None,
         "green"),
        ("TB25/09/08", "10/09/2025",
         "Review the Board Assurance Framework risk on the condition of the estate (BAF 7) to "
         "reflect the six-facet survey of the John Radcliffe and Churchill sites.\n"
         "Report back through the Audit Committee.",
         "Chief Estates and Facilities Officer", ["Chief Estates and Facilities Officer"],
         "12/11/2025", "", "", "Green", "2025-11", None, "green"),
        ("TB25/09/10", "10/09/2025",
         "Include benchmarking against the Shelford Group trusts in the next Winter Plan report.",
         "COO", ["COO"], "TBC", "",
         "Dependent on publication of the Shelford Group benchmarking pack.", "Amber", None, "TBC",
         "amber"),
    ]
    W = 8
    pad = lambda *cells: list(cells) + [""] * (W - len(cells))
    out = [
        pad("Oxford University Hospitals NHS Foundation Trust \u2013 Trust Board Meeting in Public: "
            "Action Log"),
        pad("TB2025.94 \u2013 Action log updated following the meeting held on 10 September 2025"),
        pad("RAG key: Complete = action completed, proposed for closure; Green = on track to meet "
            "the due date; Amber = at risk of missing the due date; Red = due date passed / overdue"),
        pad(),
        ["Ref", "Date of Meeting", "Action", "Lead Director", "Original Due Date",
         "Revised Due Date", "Progress Update", "RAG"],
    ]
    for r in rows:
        out.append([r[0], r[1], r[2], r[3], r[5], r[6], r[7], r[8]])
    counts = {}
    for r in rows:
        counts[r[8]] = counts.get(r[8], 0) + 1
    out += [pad(),
            pad("Summary of actions by RAG"),
            pad("Complete", str(counts["Complete"])),
            pad("Green", str(counts["Green"])),
            pad("Amber", str(counts["Amber"])),
            pad("Red", str(counts["Red"])),
            pad("Total", str(len(rows))),
            pad(),
            pad("Note: actions marked Complete are removed from the log once the Board has agreed "
                "closure.")]
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(out)

    acts = [dict(ref=r[0], under=[], action=r[2], lead=r[4], end=r[9], end_text=r[10],
                 status=r[11]) for r in rows]
    write_expected(
        name,
        source="""
Imitates the public Trust Board action log of Oxford University Hospitals NHS Foundation Trust,
as appended to its board papers (minute references in the TBYY/MM/item style used in OUH board
minutes, e.g. "TB16/01/04 Action Log"; paper numbers such as TB2025.94), here as a CSV export
for the September 2025 meeting. Copied features: title and paper-number lines, a one-line RAG key
defining Complete/Green/Amber/Red, Original and Revised Due Date columns, lead directors as job
titles (one cell with two posts split by " / ", one acronym), a due date written as a month
("January 2026") and one "TBC", a two-line action inside one quoted cell, a blank progress
update, and a summary-by-RAG totals block and a note line after the table.
""",
        reads="""
A flat board action log: nine actions, each on one row under the header, with a minute
reference, the lead director, original and revised due dates, an update and a RAG word. The
revised due date, where given, is the due date; the rows after the table are a totals block and
a note, not actions.
""",
        outcome="read",
        title="Oxford University Hospitals NHS Foundation Trust \u2013 Trust Board Meeting in "
              "Public: Action Log",
        actions=acts)


# ==============================================================================================
# 2. Norfolk and Norwich University Hospitals – Maternity and Neonatal Improvement Plan (xlsx)
# ==============================================================================================
def make_nnuh():
    name = "id2-norfolk-norwich-university-hospitals-nhsft-maternity-neonatal-improvement-plan.xlsx"
    T1 = "Theme 1: Listening to and working with women and families with compassion"
    T2 = "Theme 2: Growing, retaining, and supporting our workforce"
    T3 = "Theme 3: Developing and sustaining a culture of safety, learning, and support"
    T4 = ("Theme 4: Standards and structures that underpin safer, more personalised, and more "
          "equitable care")
    D = dt.datetime
    plan = [
        (T1, [
            ("Objective 1: Care that is personalised", [
                ("1.1", "Offer every woman a personalised care and support plan (PCSP) at booking, "
                        "reviewed at 28 and 36 weeks, with compliance audited quarterly.",
                 "Consultant Midwife", ["Consultant Midwife"], D(2025, 6, 30), None,
                 "Q1 audit: 91% at booking, 78% at 36 weeks. Re-audit in August: 94% / 88%. "
                 "Evidence submitted to the LMNS.", "MAT-EV-011", "amber", "blue"),
                ("1.2", "Launch the BadgerNet digital maternity notes app so that women can access "
                        "their notes and pregnancy information on a smartphone.",
                 "Digital Midwife; Head of Midwifery", ["Digital Midwife", "Head of Midwifery"],
                 D(2025, 9, 30), D(2026, 1, 31),
                 "Go-live delayed by integration testing with the EPR. New go-live date agreed by "
                 "the Digital Board.", "", "green", "amber"),
            ]),
            ("Objective 2: Improve equity for mothers and babies", [
                ("1.3", "Deliver the equity and equality action plan for Black, Asian and mixed "
                        "ethnicity women and those living in the most deprived areas, including "
                        "interpreter use at every contact.",
                 "Equity and Equality Lead Midwife", ["Equity and Equality Lead Midwife"],
                 D(2025, 12, 31), None,
                 "Interpreter use audit under way. Co-production event with the MNVP held on 17 "
                 "September.", "MAT-EV-014", "green", "green"),
            ]),
            ("Objective 3: Work with service users to improve care", [
                ("1.4", "Fund the Maternity and Neonatal Voices Partnership (MNVP) lead for 15 hours "
                        "a week and agree an annual work plan with the MNVP.",
                 "Director of Midwifery", ["Director of Midwifery"], D(2025, 4, 30), None,
                 "MNVP lead in post; work plan agreed at Maternity Governance Committee in May.",
                 "MAT-EV-002", "blue", "blue"),
            ]),
        ]),
        (T2, [
            ("Objective 4: Grow our workforce", [
                ("2.1", "Recruit to the midwifery establishment set by the Birthrate Plus review "
                        "(March 2025), reducing the vacancy rate to below 5%.",
                 "Head of Midwifery / Deputy Chief People Officer",
                 ["Head of Midwifery", "Deputy Chief People Officer"], D(2026, 3, 31), None,
                 "Vacancy rate 6.8% in September; 24 newly qualified midwives start in October.",
                 "", "amber", "green"),
                ("2.2", "Meet the BAPM standard for the proportion of neonatal nurses qualified in "
                        "speciality (QIS).",
                 "Neonatal Matron", ["Neonatal Matron"], D(2025, 9, 30), D(2026, 3, 31),
                 "QIS 61% against a 70% standard. Two QIS courses commissioned with the "
                 "Operational Delivery Network.", "", "amber", "red"),
            ]),
            ("Objective 5: Value and retain our workforce", [
                ("2.3", "Implement the midwifery retention action plan, including a refreshed "
                        "preceptorship programme and legacy mentor roles.",
                 "Retention and Pastoral Support Midwife",
                 ["Retention and Pastoral Support Midwife"], D(2025, 12, 31), None,
                 "Preceptorship programme refreshed; legacy mentor roles advertised.", "",
                 "green", "green"),
            ]),
        ]),
        (T3, [
            ("Objective 7: Develop and sustain a culture of safety", [
                ("3.1", "Implement the actions from the Perinatal Culture and Leadership Programme "
                        "following the SCORE survey.\nShare the survey results with all staff "
                        "through listening events on both sites.",
                 "Director of Midwifery / Clinical Director for Obstetrics",
                 ["Director of Midwifery", "Clinical Director for Obstetrics"], D(2025, 11, 30),
                 None, "SCORE results received in July. Culture improvement plan being "
                       "co-produced with staff.", "", None, "green"),
            ]),
            ("Objective 8: Learning and improving", [
                ("3.2", "Move all maternity incident learning responses to PSIRF, with PSIIs and "
                        "after-action reviews shared at the monthly Learning Forum.",
                 "Maternity Governance Lead Midwife", ["Maternity Governance Lead Midwife"],
                 D(2025, 7, 31), None,
                 "All responses now under PSIRF; Learning Forum meeting monthly since July.",
                 "MAT-EV-021", "green", "blue"),
                ("3.3", "Report Perinatal Mortality Review Tool (PMRT) findings and themes to the "
                        "Board quarterly, with family involvement recorded for every review.",
                 "Consultant Obstetrician (PMRT Lead)", ["Consultant Obstetrician (PMRT Lead)"],
                 D(2025, 10, 31), None,
                 "Q1 report to the Board in August; Q2 report scheduled for November.", "",
                 "green", "green"),
            ]),
        ]),
        (T4, [
            ("Objective 10: Standards to ensure best practice", [
                ("4.1", "Achieve full compliance with all six elements of the Saving Babies\u2019 "
                        "Lives Care Bundle version 3, as validated by the LMNS.",
                 "Saving Babies\u2019 Lives Lead Midwife; Consultant Obstetrician",
                 ["Saving Babies\u2019 Lives Lead Midwife", "Consultant Obstetrician"],
                 D(2026, 3, 31), None,
                 "Overall compliance 86%; element 2 (fetal growth restriction) at 72%.", "",
                 "amber", "amber"),
                ("4.2", "Meet the ten Maternity Incentive Scheme (CNST) year 7 safety actions and "
                        "submit the Board declaration.",
                 "Director of Midwifery", ["Director of Midwifery"], D(2026, 3, 31), None,
                 "", "", None, None),
            ]),
        ]),
    ]

    wb = Workbook()
    # ---- Cover
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Norfolk and Norwich University Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14, color="FF005EB8")
    ws["A2"] = "Maternity and Neonatal Improvement Plan 2025/26"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = ("Aligned to the NHS England Three Year Delivery Plan for Maternity and Neonatal "
                "Services (March 2023)")
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    control = [("Version", "3.2"), ("Date", "30 September 2025"),
               ("Plan owner", "Director of Midwifery"), ("Executive lead", "Chief Nursing Officer"),
               ("Reported to", "Maternity and Neonatal Safety Champions; Quality and Safety "
                               "Committee; LMNS Board"),
               ("Next review", "December 2025")]
    for i, (k, v) in enumerate(control, 6):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws["A13"] = "Version history"
    ws["A13"].font = Font(bold=True)
    hist = [("Version", "Date", "Change"),
            ("3.0", "30/04/2025", "Plan refreshed for 2025/26 following CQC inspection"),
            ("3.1", "30/06/2025", "Q1 progress"),
            ("3.2", "30/09/2025", "Q2 progress; revised dates for actions 1.2 and 2.2")]
    for i, row in enumerate(hist, 14):
        for j, v in enumerate(row, 1):
            ws.cell(i, j, v).border = BOX
            if i == 14:
                ws.cell(i, j).font = Font(bold=True)
    set_widths(ws, [22, 40, 60])

    # ---- Key
    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True, size=12)
    key = [(BLUE, "Complete \u2013 evidence of completion received and assured"),
           (GREEN, "On track to deliver by the completion date"),
           (AMBER, "At risk \u2013 mitigation in place"),
           (RED, "Off track or overdue \u2013 escalate to Maternity Governance Committee"),
           (None, "No colour \u2013 not yet started")]
    for i, (col, text) in enumerate(key, 3):
        c = ws.cell(i, 1, "")
        c.border = BOX
        if col:
            c.fill = fill(col)
        ws.cell(i, 2, text)
    set_widths(ws, [10, 70])

    # ---- Improvement Plan
    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2025/26 \u2013 progress at end of September 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "RAG ratings are shown by cell colour \u2013 see the Key tab."
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date",
             "Progress update (September 2025)", "Evidence reference", "Previous RAG (Jun-25)",
             "Current RAG (Sep-25)"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    acts = []
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0, None: 0}
    for theme, objectives in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFFFF", size=12)
        ws.cell(r, 1).fill = fill("003087")
        r += 1
        for obj, actions in objectives:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1, obj).font = Font(bold=True, italic=True)
            ws.cell(r, 1).fill = fill("D9E2F3")
            r += 1
            for (ref, text, leadcell, leads, orig, rev, upd, ev, prev, cur) in actions:
                vals = [ref, text, leadcell, orig, rev, upd or None, ev or None, None, None]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if j in (4, 5) and v is not None:
                        c.number_format = "mmm-yy"
                if prev:
                    ws.cell(r, 8).fill = fill(FILL[prev])
                if cur:
                    ws.cell(r, 9).fill = fill(FILL[cur])
                counts[cur] += 1
                end = ym(rev or orig)
                acts.append(dict(ref=ref, under=[theme, obj], action=text, lead=leads, end=end,
                                 status=cur or "unrated"))
                r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, "Notes: evidence is held on the Maternity Governance SharePoint site. Actions "
                  "rated blue are closed once assured by the Maternity and Neonatal Safety "
                  "Champions.").font = Font(italic=True)
    set_widths(ws, [7, 55, 26, 13, 13, 45, 12, 11, 11])
    ws.freeze_panes = "A5"

    # ---- Summary
    ws = wb.create_sheet("Summary")
    ws["A1"] = "RAG summary \u2013 September 2025"
    ws["A1"].font = Font(bold=True, size=12)
    summ = [("Complete (blue)", counts["blue"], BLUE), ("On track (green)", counts["green"], GREEN),
            ("At risk (amber)", counts["amber"], AMBER), ("Off track (red)", counts["red"], RED),
            ("Not yet started", counts[None], None)]
    ws.cell(3, 1, "Status").font = Font(bold=True)
    ws.cell(3, 2, "Number of actions").font = Font(bold=True)
    for i, (k, n, col) in enumerate(summ, 4):
        ws.cell(i, 1, k)
        ws.cell(i, 2, n)
        if col:
            ws.cell(i, 1).fill = fill(col)
    ws.cell(9, 1, "Total").font = Font(bold=True)
    ws.cell(9, 2, sum(x[1] for x in summ)).font = Font(bold=True)
    set_widths(ws, [22, 18])
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""
Imitates a trust maternity and neonatal improvement plan of the kind Norfolk and Norwich
University Hospitals NHS FT reports to its Quality and Safety Committee and the Norfolk and
Waveney LMNS, structured on the four themes and twelve objectives of the NHS England Three Year
Delivery Plan for Maternity and Neonatal Services
(https://www.england.nhs.uk/long-read/three-year-delivery-plan-for-maternity-and-neonatal-services/).
Copied features: cover sheet with document control and version history, a separate Key sheet,
merged theme banner rows and objective rows above numbered actions, original and revised
completion dates as real Excel dates, evidence references, Previous and Current RAG shown only
by cell fill colour (blue = complete per the key, no colour = not started), a notes row and a
Summary sheet of counts.
""",
        reads="""
Four sheets; the plan is on "Improvement Plan": each theme banner is followed by objective rows
and numbered actions 1.1-4.2, twelve in all. Status is the fill colour of the Current RAG
column; the revised completion date, where present, is the due date. Cover, Key and Summary
contain no actions.
""",
        outcome="read",
        title="Maternity and Neonatal Improvement Plan 2025/26",
        actions=acts)


# ==============================================================================================
# 3. Mid Sussex District Council – Corporate Risk Register Q2 2025/26 (xlsx)
# ==============================================================================================
def make_midsussex():
    name = "id2-mid-sussex-dc-corporate-risk-register-q2-2025-26.xlsx"
    D = dt.datetime
    risks = [
        ("CR1 Financial sustainability",
         "Cause: reduced government funding, the Fair Funding Review and inflation in contract "
         "costs.\nEvent: the Council cannot set a balanced budget over the MTFS period.\n"
         "Consequence: unplanned use of reserves and cuts to services.",
         "Director of Resources", "4 x 5 = 20",
         "MTFS updated twice a year; monthly budget monitoring to CMT; reserves strategy.",
         "4 x 4 = 16", RED, "\u2194", [
             ("Develop savings and income proposals to close the 2026/27 budget gap of \u00a31.9m "
              "for Cabinet in January 2026.", "Head of Corporate Finance",
              ["Head of Corporate Finance"], D(2026, 1, 31),
              "\u00a31.4m identified; further options being worked up with Heads of Service.",
              "A", "amber"),
             ("Review the reserves strategy and the minimum level of General Reserve as part of "
              "the MTFS refresh.", "Chief Finance Officer", ["Chief Finance Officer"],
              D(2026, 2, 28), "On track for the Council budget meeting in February.", "G",
              "green"),
             ("Respond to the Fair Funding Review 2.0 consultation and model the impact on "
              "retained business rates.", "Chief Finance Officer / Revenues and Benefits Manager",
              ["Chief Finance Officer", "Revenues and Benefits Manager"], D(2025, 8, 15),
              "Consultation response submitted on 15 August 2025.", "B", "blue"),
         ]),
        ("CR2 Cyber security and resilience",
         "Cause: ransomware and phishing attacks on local authorities.\nEvent: loss of ICT "
         "systems or data.\nConsequence: services unavailable, data breach, reputational damage.",
         "Director of Resources", "4 x 5 = 20",
         "Cyber Essentials Plus; staff training; immutable backups; PSN compliance.",
         "3 x 4 = 12", AMBER, "\u2193", [
             ("Complete the migration of the remaining on-premise servers to the cloud and "
              "decommission the legacy data centre.", "Head of Digital & Technology",
              ["Head of Digital & Technology"], D(2026, 3, 31), "Phase 2 of 3 complete.", "G",
              "green"),
             ("Run a cyber incident exercise with the Corporate Management Team and test the ICT "
              "disaster recovery plan.", "IT Security Manager; Emergency Planning Officer",
              ["IT Security Manager", "Emergency Planning Officer"], D(2025, 10, 31),
              "Exercise postponed because of LGR workload; to be rescheduled.", "R", "red"),
         ]),
        ("CR3 District Plan and housing land supply",
         "Cause: delay to the District Plan 2021\u20132039 examination.\nEvent: the Council "
         "cannot demonstrate a five-year housing land supply.\nConsequence: speculative "
         "development allowed on appeal.",
         "Director of Place", "4 x 4 = 16",
         "Planning Policy work programme; Local Development Scheme; legal advice.",
         "3 x 4 = 12", AMBER, "\u2194", [
             ("Prepare and consult on the Main Modifications to the District Plan 2021\u20132039 "
              "following the examination hearings.", "Planning Policy Manager",
              ["Planning Policy Manager"], D(2026, 2, 28),
              "Awaiting the Inspector\u2019s letter; consultation material drafted.", "A",
              "amber"),
             ("Publish an updated five-year housing land supply position statement and Housing "
              "Delivery Test action plan.", "Planning Policy Manager",
              ["Planning Policy Manager"], D(2025, 9, 30), "Published 26 September 2025.", "B",
              "blue"),
         ]),
        ("CR4 Temporary accommodation demand and cost",
         "Cause: rising homelessness presentations and few affordable lets.\nEvent: greater use "
         "of nightly paid accommodation.\nConsequence: budget overspend and families placed out "
         "of district.",
         "Director of Communities", "5 x 4 = 20",
         "Homelessness prevention fund; TA acquisitions programme; weekly TA panel.",
         "4 x 4 = 16", RED, "\u2191", [
             ("Deliver 20 additional units of council-owned temporary accommodation through the "
              "acquisitions programme.", "Head of Housing", ["Head of Housing"], D(2026, 3, 31),
              "12 units acquired and 5 under offer.", "G", "green"),
             ("Monitor use of and spend on nightly paid accommodation monthly and report to CMT.",
              "Housing Needs Manager", ["Housing Needs Manager"], "Ongoing",
              "Monthly reports in place since April.", "G", "green"),
         ]),
        ("CR5 Local government reorganisation",
         "Cause: the English Devolution White Paper and the Sussex devolution programme.\nEvent: "
         "abolition of the district council and transfer to a new unitary authority.\n"
         "Consequence: loss of staff, reduced capacity and disruption to services.",
         "Chief Executive", "4 x 4 = 16",
         "Joint working with the West Sussex councils; LGR member working group.",
         "4 x 3 = 12", AMBER, "new", [
             ("Work with the West Sussex councils on the final proposal for local government "
              "reorganisation for submission to Government.", "Chief Executive",
              ["Chief Executive"], D(2025, 9, 26), "Proposal submitted on 26 September 2025.",
              "B", "blue"),
             ("Set up an LGR programme board and a staff communications plan to maintain services "
              "and retain staff during transition.", "Assistant Chief Executive",
              ["Assistant Chief Executive"], D(2025, 12, 31), "", None, "unrated"),
         ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws.merge_cells("A1:L1")
    ws["A1"] = "Mid Sussex District Council \u2013 Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:L2")
    ws["A2"] = "Quarter 2 update (position at 30 September 2025) \u2013 Appendix 1 to the Audit Committee report, 18 November 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Risk", "Risk description (cause, event and consequence)", "Risk owner",
             "Inherent score (L x I)", "Current controls", "Residual score (L x I)",
             "Direction of travel", "Further actions required", "Action owner", "Target date",
             "Q2 progress", "Action status"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("4B2C6F")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    acts = []
    for (title, desc, owner, inh, ctrl, res, rescol, dot, actions) in risks:
        first = r
        for (text, ownercell, leads, due, prog, letter, status) in actions:
            vals = [text, ownercell, due, prog or None, letter]
            for j, v in zip(range(8, 13), vals):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if j == 10 and isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if letter:
                ws.cell(r, 12).fill = fill(FILL[status])
                ws.cell(r, 12).alignment = Alignment(horizontal="center", vertical="top")
            if isinstance(due, dt.datetime):
                end, etext = ym(due), None
            else:
                end, etext = None, due
            acts.append(dict(ref=None, under=[title], action=text, lead=leads, end=end,
                             end_text=etext, status=status))
            r += 1
        last = r - 1
        for j, v in enumerate([title, desc, owner, inh, ctrl, res, dot], 1):
            c = ws.cell(first, j, v)
            c.alignment = WRAP
            c.border = BOX
            if j == 1:
                c.font = Font(bold=True)
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        ws.cell(first, 6).fill = fill(rescol)
    r += 1
    ws.cell(r, 1, "Action status: B = complete, G = on track, A = some slippage (recoverable), "
                  "R = off track. Scores are likelihood x impact on a 5 x 5 matrix \u2013 see the "
                  "Scoring tab.").font = Font(italic=True)
    set_widths(ws, [20, 40, 16, 11, 32, 11, 10, 48, 24, 12, 36, 9])
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Scoring")
    ws["A1"] = "Risk scoring matrix (likelihood x impact)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.cell(3, 1, "Likelihood \\ Impact").font = Font(bold=True)
    for i in range(1, 6):
        ws.cell(3, 1 + i, i).font = Font(bold=True)
    for lk in range(5, 0, -1):
        row = 4 + (5 - lk)
        ws.cell(row, 1, lk).font = Font(bold=True)
        for im in range(1, 6):
            s = lk * im
            c = ws.cell(row, 1 + im, s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            c.border = BOX
    ws["A11"] = "15\u201325 High (red): CMT monthly review; 8\u201314 Medium (amber); 1\u20137 Low (green)."
    ws["A13"] = "Direction of travel: \u2191 increasing, \u2194 no change, \u2193 reducing, new = new risk this quarter"
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""
Imitates a district council corporate risk register reported quarterly to Audit Committee, as
Mid Sussex District Council and similar districts publish in committee papers (risk owner,
inherent and residual likelihood x impact scores, current controls, direction of travel,
further actions with action owner, target date and quarterly progress). Copied features: title
and appendix lines, risk ref and title in one cell merged down over its actions (as are the
description, owner, scores and controls), cause/event/consequence on separate lines in one
cell, residual score coloured by fill, action status as letters B/G/A/R with fills and the key
given in a note under the table, one "Ongoing" target date, job titles as owners (one with "&",
two cells with two posts), and a Scoring sheet with the 5 x 5 matrix.
""",
        reads="""
Five corporate risks, each a merged block on the left with two or three further actions to its
right: eleven actions in all, with no action numbers, each read under its risk ("CR1 Financial
sustainability"). The action status letter (B = complete per the note) is the status; the last
action has no status and no progress yet. The Scoring sheet is not part of the plan.
""",
        outcome="read",
        title="Mid Sussex District Council \u2013 Corporate Risk Register 2025/26",
        actions=acts)


# ==============================================================================================
# 4. Camden CSP – DHR 'Eleanor' action plan with a mistyped month (xlsx, refuse)
# ==============================================================================================
def make_camden():
    name = "id2-camden-csp-dhr-eleanor-action-plan-typo-month-refuse.xlsx"
    recs = [
        ("1", "Camden Community Safety Partnership should ensure that partner agencies\u2019 domestic "
              "abuse training covers abuse of older parents by adult children, including coercive "
              "and controlling behaviour.", "Local", [
             ("Review the multi-agency domestic abuse training offer to include a module on adult "
              "family violence and older victims.", "Camden Council \u2013 VAWG Team",
              "Module drafted with AVA; pilot session booked.", "March 2026", "", "G"),
             ("Deliver two briefing sessions for GP practices through the Named GP for "
              "Safeguarding Adults.", "NCL ICB", "First session held 9 July 2025.", "31/12/2025",
              "", "G"),
         ]),
        ("2", "Adult Social Care should ensure that assessments routinely consider the risk posed "
              "by family members who are also the adult\u2019s carer.", "Local", [
             ("Update the Care Act assessment template to include a prompt on domestic abuse and "
              "carer-related risk.", "Camden Adult Social Care", "Template change specified.",
              "0ctober 2025", "", "A"),
             ("Audit 15 carer assessments for evidence that risk from the carer has been "
              "considered.", "Camden Adult Social Care \u2013 Principal Social Worker",
              "", "February 2026", "", ""),
         ]),
        ("3", "North London NHS Foundation Trust should ensure that a family member\u2019s own "
              "mental health needs are considered when they are the main carer of a patient.",
         "Local", [
             ("Issue practice guidance on \u2018think family\u2019 assessments for community mental "
              "health teams.", "North London NHS Foundation Trust",
              "Guidance approved by Safeguarding Committee 12 August 2025.", "August 2025",
              "Completed 12/08/2025 \u2013 guidance issued to all teams.", "B"),
         ]),
        ("4", "The Home Office should consider including older victims of adult family violence in "
              "the national Domestic Abuse Statutory Guidance.", "National", [
             ("Write to the Home Office DHR team setting out this recommendation.",
              "Chair of Camden Community Safety Partnership", "Letter sent with the final report.",
              "June 2025", "Completed 20/06/2025.", "B"),
         ]),
    ]
    single = [
        ("Metropolitan Police (Central North BCU)",
         "Review the quality of DASH risk assessments where the suspect is an adult child of the "
         "victim.", "Detective Inspector, Public Protection", "January 2026", "G"),
        ("London Ambulance Service",
         "Remind crews to make safeguarding referrals when an older patient discloses fear of a "
         "family member.", "LAS Safeguarding Lead", "November 2025", "G"),
        ("Camden Council Housing",
         "Add domestic abuse screening questions to tenancy visits for tenants aged over 75.",
         "Head of Tenancy Management", "March 2026", "A"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview report recs"
    ws["A1"] = "Camden Community Safety Partnership"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Domestic Homicide Review \u2018Eleanor\u2019 \u2013 Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Overview report recommendations. Agreed by the DHR Panel on 4 June 2025; "
                "updated for the CSP Board, October 2025.")
    heads = ["No.", "Recommendation", "Scope of recommendation (local, regional or national)",
             "Action to take", "Lead agency", "Key milestones achieved in enacting recommendation",
             "Target date", "Date of completion and outcome", "RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    typo_row = None
    for (no, rec, scope, actions) in recs:
        first = r
        for (text, lead, miles, target, done, rag) in actions:
            for j, v in zip(range(4, 10), [text, lead, miles or None, target, done or None,
                                            rag or None]):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(r, 9).fill = fill({"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}[rag])
            if target.startswith("0ct"):
                typo_row = r
            r += 1
        for j, v in enumerate([no, rec, scope], 1):
            c = ws.cell(first, j, v)
            c.alignment = WRAP
            c.border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    ws.cell(r + 1, 1, "RAG: B = complete, G = on track, A = at risk, R = overdue").font = Font(italic=True)
    set_widths(ws, [6, 42, 14, 44, 26, 32, 13, 28, 6])

    ws = wb.create_sheet("Single agency recs")
    ws["A1"] = "Single agency recommendations (from Individual Management Reviews)"
    ws["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Agency", "Action to take", "Lead officer", "Target date", "RAG"], 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    for i, row in enumerate(single, 4):
        for j, v in enumerate(row, 1):
            c = ws.cell(i, j, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(i, 5).fill = fill({"G": GREEN, "A": AMBER}[row[4]])
    set_widths(ws, [30, 50, 30, 14, 6])
    wb.save(os.path.join(OUT, name))
    assert typo_row == 8, typo_row

    write_expected(
        name,
        source="""
Imitates a domestic homicide review action plan published by a London community safety
partnership (Camden), laid out on the Home Office DHR action plan template: Recommendation,
Scope of recommendation, Action to take, Lead agency, Key milestones achieved, Target date, Date
of completion and outcome (Home Office multi-agency statutory guidance for the conduct of DHRs).
Copied features: partnership and review title lines, numbered overview-report recommendations
merged down over their actions, target dates written as month words and day-first dates, a
completion-and-outcome column, letter RAG with fills and a key line, and a second sheet of
single-agency recommendations.
""",
        reads="""
A DHR action plan with four overview recommendations and eight actions on the first sheet and
three single-agency actions on the second. The target date of the first action under
recommendation 2 (sheet "Overview report recs", row 8) reads "0ctober 2025" with a zero for the
letter O; a careful reader would stop and ask what date was meant before loading the plan.
""",
        outcome="refuse",
        title="Domestic Homicide Review \u2018Eleanor\u2019 \u2013 Action Plan",
        refuse_at=typo_row)


# ==============================================================================================
# 5. Bexley Safeguarding Adults Board – SAR 'Mr G' action plan (docx, table per recommendation)
# ==============================================================================================
def make_bexley():
    name = "id2-bexley-safeguarding-adults-board-sar-mr-g-action-plan.docx"
    themes = [
        ("Theme 1: Self-neglect and hoarding", [
            ("Recommendation 1: The SAB should seek assurance that partner agencies are using the "
             "multi-agency self-neglect and hoarding protocol, and that practitioners understand "
             "when to escalate concerns.", [
                ("1.1", "Relaunch the self-neglect and hoarding protocol with a 7-minute briefing "
                        "and a practitioner webinar.", "SAB Business Manager",
                 ["SAB Business Manager"], "November 2025",
                 "Briefing drafted; webinar booked for 20 November 2025.", "Green", "2025-11",
                 None, "green"),
                ("1.2", "Audit 20 self-neglect cases across Adult Social Care and Oxleas community "
                        "mental health teams to test use of the protocol.\nReport the findings to "
                        "the Quality Assurance Sub-Group.",
                 "Head of Adult Safeguarding (LBB); Oxleas Safeguarding Lead",
                 ["Head of Adult Safeguarding (LBB)", "Oxleas Safeguarding Lead"], "March 2026",
                 "Audit tool agreed; fieldwork starts January 2026.", "Green", "2026-03", None,
                 "green"),
            ]),
            ("Recommendation 2: Agencies should ensure that mental capacity assessments are "
             "decision-specific and are revisited when a person repeatedly declines support.", [
                ("2.1", "Deliver refresher training on executive functioning and the Mental "
                        "Capacity Act for adult social care practitioners and housing officers.",
                 "Principal Social Worker", ["Principal Social Worker"], "31/12/2025",
                 "First cohort trained in September. Trainer availability has delayed the second "
                 "cohort.", "Amber", "2025-12", None, "amber"),
                ("2.2", "Add a mental capacity prompt to the housing tenancy sustainment "
                        "assessment.", "Head of Housing Options & Support",
                 ["Head of Housing Options & Support"], "30/09/2025",
                 "Prompt added to the assessment form on 1 September 2025.", "Complete",
                 "2025-09", None, "blue"),
            ]),
        ]),
        ("Theme 2: Multi-agency working and information sharing", [
            ("Recommendation 3: The SAB should ensure there is a clear route for practitioners to "
             "convene a multi-agency risk meeting for adults who do not meet the threshold for a "
             "section 42 enquiry.", [
                ("3.1", "Agree and publish terms of reference for a Multi-Agency Risk Management "
                        "(MARM) meeting.",
                 "Bexley Adult Social Care / Metropolitan Police (South East BCU)",
                 ["Bexley Adult Social Care", "Metropolitan Police (South East BCU)"],
                 "October 2025", "Terms of reference published on the SAB website on 6 October "
                                 "2025.", "Complete", "2025-10", None, "blue"),
                ("3.2", "Review the use of MARM meetings six months after launch.",
                 "SAB Quality Assurance Sub-Group", ["SAB Quality Assurance Sub-Group"],
                 "April 2026", "", "", "2026-04", None, "unrated"),
            ]),
            ("Recommendation 4: The London Ambulance Service and primary care should share "
             "information about frequent callers and repeated refusals of conveyance with adult "
             "social care.", [
                ("4.1", "Develop a frequent caller information-sharing pathway between the London "
                        "Ambulance Service and Bexley Adult Social Care.",
                 "London Ambulance Service Safeguarding Team",
                 ["London Ambulance Service Safeguarding Team"], "January 2026",
                 "Draft pathway with LAS information governance for sign-off.", "Amber",
                 "2026-01", None, "amber"),
            ]),
        ]),
        ("Theme 3: Involving family and carers", [
            ("Recommendation 5: Agencies should record, and act on, the views of family members "
             "who raise concerns about an adult\u2019s wellbeing.", [
                ("5.1", "Include a \u2018family voice\u2019 section in the adult social care "
                        "safeguarding enquiry record.", "Head of Adult Safeguarding (LBB)",
                 ["Head of Adult Safeguarding (LBB)"], "31/01/2026",
                 "Case recording system change not yet prioritised by the systems team; escalated "
                 "to the Director of Adult Social Care.", "Red", "2026-01", None, "red"),
                ("5.2", "Share the learning from the SAR with families and carers through the "
                        "Bexley Carers\u2019 Partnership newsletter.", "SAB Business Manager",
                 ["SAB Business Manager"], "Ongoing", "Article published in the summer edition.",
                 "Green", None, "Ongoing", "green"),
            ]),
        ]),
    ]
    RAGSHADE = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Bexley Safeguarding Adults Board")
    p.runs[0].bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Safeguarding Adults Review \u2018Mr G\u2019 \u2013 Multi-Agency Action Plan",
                      style="Title")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "v4.0"), ("Date", "15 October 2025"),
                 ("Owner", "SAB Business Manager"),
                 ("Approved by", "SAR Sub-Group, 2 September 2025"),
                 ("Next review", "SAB meeting, January 2026")]:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        cell_text(row[1], v)

    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Rating", "Meaning"], "404040")
    for k, v, col in [("Complete", "Action completed and evidence provided to the SAR Sub-Group",
                       BLUE),
                      ("Green", "On track to be completed by the target date", GREEN),
                      ("Amber", "Delayed, but expected to be completed within three months of "
                                "the target date", AMBER),
                      ("Red", "Significantly delayed or at risk \u2013 escalated to the SAB", RED)]:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], col)
        cell_text(row[1], v)

    doc.add_paragraph("Background", style="Heading 2")
    doc.add_paragraph(
        "Mr G was a 67-year-old man who lived alone in a privately rented flat and died in "
        "January 2024 following a fall at home. He had a long history of self-neglect and "
        "declined most offers of support. The SAR was published in May 2025 and made five "
        "recommendations, grouped under three learning themes. This action plan records the "
        "multi-agency response and is monitored by the SAR Sub-Group.")

    heads = ["Ref", "Action", "Lead agency / officer", "Target date",
             "Progress update (October 2025)", "RAG"]
    acts = []
    for theme, recs in themes:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, actions in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            header_row(t, heads)
            for (ref, text, leadcell, leads, target, upd, rag, end, etext, status) in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, leadcell, target, upd, rag]):
                    cell_text(c, v, size=9)
                if rag:
                    shade(cells[5], RAGSHADE[rag])
                acts.append(dict(ref=ref, under=[theme, rec], action=text, lead=leads, end=end,
                                 end_text=etext, status=status))
            doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Signed off by", "Role", "Date"], "404040")
    for c, v in zip(t.rows[1].cells, ["Independent Chair", "Bexley Safeguarding Adults Board",
                                      "15 October 2025"]):
        cell_text(c, v)
    doc.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""
Imitates a safeguarding adults review multi-agency action plan as published by London SABs
(here Bexley Safeguarding Adults Board, SAR 'Mr G', self-neglect), monitored by a SAR
sub-group. Copied features: board name line and Title, document control table, RAG key table
with shaded cells (Complete shown in blue), a background paragraph, learning themes as Heading 1,
each recommendation as a bold paragraph with its own action table (Ref, Action, Lead agency /
officer, Target date, Progress update, RAG), two-paragraph action cell, leads as agencies and
posts (two per cell split by ";" or "/", one post with "&"), an "Ongoing" target date, an empty
RAG for an action not yet started, and a sign-off table at the end.
""",
        reads="""
Three learning themes, five recommendations and nine numbered actions (1.1-5.2), each action
read under its theme and the recommendation paragraph above its table. The RAG word in the last
column is the status, Complete meaning blue per the key; the document control, RAG key and
sign-off tables hold no actions.
""",
        outcome="read",
        title="Safeguarding Adults Review \u2018Mr G\u2019 \u2013 Multi-Agency Action Plan",
        actions=acts)


# ==============================================================================================
# 6. Leicestershire County Council – Transformation Programme highlight report (docx)
# ==============================================================================================
def make_leics():
    name = "id2-leicestershire-county-council-transformation-programme-highlight-report.docx"
    ws_ = [
        ("1. Customer and Digital", "Workstream lead: Assistant Director \u2013 Customer Services. "
         "Overall status: Amber (Amber last period).",
         "The new customer portal has passed its security test; accessibility fixes have pushed "
         "go-live into November. Telephone demand for blue badges fell 9% in the month.", [
             ("CD1", "Launch the new customer portal for highways and waste reporting.",
              "Assistant Director \u2013 Customer Services",
              ["Assistant Director \u2013 Customer Services"], "Sep 2025", "Nov 2025", "Amber",
              "Amber", "User acceptance testing extended after the accessibility audit.",
              "2025-11", "amber"),
             ("CD2", "Move 80% of blue badge applications from telephone to online self-service.",
              "Patel, Anjali", ["Patel, Anjali"], "Mar 2026", "Mar 2026", "Green", "Green",
              "68% online in October.", "2026-03", "green"),
             ("CD3", "Decommission the legacy CRM system and archive records in line with the "
                     "retention schedule.", "ICT Programme Manager", ["ICT Programme Manager"],
              "Jan 2026", "Jun 2026", "Amber", "Red",
              "Depends on CD1 and on supplier resourcing. Exception report to December Board.",
              "2026-06", "red"),
         ]),
        ("2. Adults and Communities \u2013 demand management", "Workstream lead: Director of Adults "
         "and Communities. Overall status: Amber (Green last period).",
         "Practice model roll-out is complete. Technology Enabled Care referrals remain below "
         "profile and a recovery plan is being prepared.", [
             ("AC1", "Roll out the strengths-based practice model to all locality teams.",
              "Head of Service \u2013 Adult Social Care Operations",
              ["Head of Service \u2013 Adult Social Care Operations"], "Jul 2025", "Jul 2025",
              "Green", "Complete", "All eight locality teams trained and using the model.",
              "2025-07", "blue"),
             ("AC2", "Expand the Technology Enabled Care offer to 1,500 new users to reduce or "
                     "delay the need for home care.", "Jo Clarke / Amar Singh",
              ["Jo Clarke", "Amar Singh"], "Mar 2026", "Mar 2026", "Green", "Amber",
              "612 new users against 750 planned at month 7.", "2026-03", "amber"),
             ("AC3", "Complete the review of residential placements for working-age adults with a "
                     "learning disability.", "Head of Commissioning (Adults)",
              ["Head of Commissioning (Adults)"], "Dec 2025", "Feb 2026", "Amber", "Amber",
              "142 of 210 reviews complete.", "2026-02", "amber"),
         ]),
        ("3. Children and Family Services \u2013 placement sufficiency", "Workstream lead: Director "
         "of Children and Family Services. Overall status: Amber (Amber last period).",
         "Registration of the second children\u2019s home has been submitted to Ofsted. Foster "
         "carer recruitment is ahead of target.", [
             ("CF1", "Open two council-run children\u2019s homes (four beds each).",
              "Head of Service \u2013 Children in Care", ["Head of Service \u2013 Children in Care"],
              "Jan 2026", "Apr 2026", "Amber", "Amber",
              "Ofsted registration for the second home submitted on 2 October.", "2026-04",
              "amber"),
             ("CF2", "Recruit 30 additional in-house foster carers.", "Fostering Service Manager",
              ["Fostering Service Manager"], "Mar 2026", "Mar 2026", "Green", "Green",
              "19 households approved or at panel.", "2026-03", "green"),
         ]),
        ("4. Property and Accommodation", "Workstream lead: Director of Corporate Resources. "
         "Overall status: Green (Green last period).",
         "The Records Office move completed on schedule. Disposal of surplus offices is on track.", [
             ("PA1", "Vacate and dispose of three surplus office buildings identified in the "
                     "Workplace Strategy.", "Strategic Property Manager",
              ["Strategic Property Manager"], "Jun 2026", "Jun 2026", "Green", "Green",
              "First building vacated; marketing under way.", "2026-06", "green"),
             ("PA2", "Relocate the Records Office service to County Hall.",
              "Head of Property Services; Records Manager",
              ["Head of Property Services", "Records Manager"], "Oct 2025", "Oct 2025", "Green",
              "Complete", "Move completed 17 October 2025.", "2025-10", "blue"),
             ("PA3", "Complete the County Hall campus masterplan business case for Cabinet.",
              "Director of Corporate Resources", ["Director of Corporate Resources"], "Feb 2026",
              "Jun 2026", "Amber", "Red",
              "Cabinet date moved following the change to the capital programme.", "2026-06",
              "red"),
         ]),
    ]
    SH = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Transformation Programme Highlight Report \u2013 October 2025", style="Title")
    doc.add_paragraph("Leicestershire County Council")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Reporting period", "1 \u2013 31 October 2025"),
                 ("Report to", "Transformation Delivery Board, 13 November 2025"),
                 ("Programme SRO", "Director of Corporate Resources"),
                 ("Prepared by", "Transformation Unit")]:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        cell_text(row[1], v)

    doc.add_paragraph("Overall programme status", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Dimension", "Last period", "This period"])
    for dim, a, b in [("Time", "Amber", "Amber"), ("Cost", "Green", "Green"),
                      ("Benefits", "Amber", "Red")]:
        row = t.add_row().cells
        cell_text(row[0], dim)
        for c, v in ((row[1], a), (row[2], b)):
            cell_text(c, v)
            shade(c, SH[v])
    doc.add_paragraph(
        "RAG key: Green \u2013 on track; Amber \u2013 at risk but recoverable within tolerance; Red "
        "\u2013 outside tolerance, Board intervention needed; Complete \u2013 milestone delivered.")

    heads = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Previous RAG",
             "Current RAG", "Commentary"]
    acts = []
    for title, leadline, summary, ms in ws_:
        doc.add_paragraph(title, style="Heading 1")
        doc.add_paragraph(leadline)
        doc.add_paragraph("Summary: " + summary)
        doc.add_paragraph("Key milestones", style="Heading 3")
        t = doc.add_table(rows=1, cols=8)
        t.style = "Table Grid"
        header_row(t, heads)
        for (ref, text, owner, leads, base, fc, prev, cur, comm, end, status) in ms:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, owner, base, fc, prev, cur, comm]):
                cell_text(c, v, size=9)
            shade(cells[5], SH[prev])
            shade(cells[6], SH[cur])
            acts.append(dict(ref=ref, under=[title], action=text, lead=leads, end=end,
                             status=status))

    doc.add_paragraph("Key risks and issues", style="Heading 1")
    for b in ["Supplier capacity for the CRM decommissioning (CD3) \u2013 escalated to the "
              "supplier account director.",
              "Technology Enabled Care referral rates (AC2) \u2013 recovery plan to the next Board.",
              "Capital programme changes affecting the County Hall masterplan (PA3)."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("Decisions required from the Board", style="Heading 2")
    doc.add_paragraph("The Board is asked to approve the revised forecast dates for CD3 and PA3 and "
                      "to note the exception report to follow in December.")
    doc.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""
Imitates a county council transformation programme highlight report to a transformation
delivery board (Leicestershire County Council, October 2025), in the form councils put into
cabinet and scrutiny papers (e.g. Epping Forest, Somerset and Cheshire East transformation
updates: RAG by time/cost/benefits, workstream summaries, milestones, risks). Copied features:
Title and report-details table, overall status table by dimension with shaded RAG, a one-line
RAG key, a numbered Heading 1 section per workstream with a lead/status line, a summary and a
"Key milestones" table (Ref, Milestone, Owner, Baseline date, Forecast date, Previous and
Current RAG shaded, Commentary), a surname-first owner, two names split by " / ", job titles with
en dashes, and closing bullet lists of risks and decisions.
""",
        reads="""
Four workstream sections, each with a milestones table: eleven milestones CD1-PA3, read under
the workstream heading. The forecast date is the revised due date and the Current RAG the
status (Complete = delivered, blue). The report details, overall status table and the closing
risks and decisions are not actions.
""",
        outcome="read",
        title="Transformation Programme Highlight Report \u2013 October 2025",
        actions=acts)


# ==============================================================================================
# 7. Barnet Safer Communities Partnership – community safety delivery plan 2025/26 (txt, TSV)
# ==============================================================================================
def make_barnet():
    name = "id2-barnet-safer-communities-partnership-community-safety-delivery-plan-2025-26.txt"
    P = [
        ("Priority 1 \u2013 Reduce violence, including serious youth violence and knife crime", [
            ("1.1", "Deliver the Serious Violence Duty strategy actions for 2025/26, including the "
                    "annual refresh of the strategic needs assessment.",
             "LBB Community Safety Team", ["LBB Community Safety Team"], "March 2026",
             "Needs assessment refresh commissioned.", "G", "2026-03", None, "green"),
            ("1.2", "Run weapon sweeps and knife arch operations at hotspot locations identified "
                    "through Violence Reduction Unit data.", "Metropolitan Police (North West BCU)",
             ["Metropolitan Police (North West BCU)"], "Quarterly",
             "Two operations in Q2 against three planned.", "A", None, "Quarterly", "amber"),
            ("1.3", "Expand the mentoring offer for young people at risk of exploitation to 60 "
                    "places.", "Barnet Youth Justice Service", ["Barnet Youth Justice Service"],
             "September 2025", "60 places commissioned from 1 September.", "B", "2025-09", None,
             "blue"),
        ]),
        ("Priority 2 \u2013 Tackle violence against women and girls and domestic abuse", [
            ("2.1", "Recommission the independent domestic violence advocacy (IDVA) service from "
                    "April 2026.", "LBB Commissioning / VAWG Strategic Lead",
             ["LBB Commissioning", "VAWG Strategic Lead"], "31/03/2026",
             "Tender published 1 October.", "G", "2026-03", None, "green"),
            ("2.2", "Renew the council\u2019s White Ribbon accreditation and encourage partners to "
                    "sign up.", "VAWG Strategic Lead", ["VAWG Strategic Lead"], "November 2025",
             "Submission made; three partners signed up.", "G", "2025-11", None, "green"),
            ("2.3", "Embed the learning from DHR \u2018Maya\u2019 across the partnership, including a "
                    "multi-agency briefing on economic abuse.", "DHR Steering Group",
             ["DHR Steering Group"], "December 2025",
             "Briefing rescheduled to November because of the overview report\u2019s publication "
             "date.", "A", "2025-12", None, "amber"),
        ]),
        ("Priority 3 \u2013 Reduce anti-social behaviour and improve public confidence", [
            ("3.1", "Produce a quarterly ASB hotspot report for ward panels using Community Trigger "
                    "and ASB case review data.", "Community Safety Team", ["Community Safety Team"],
             "January 2026", "Template agreed with the police.", "G", "2026-01", None, "green"),
            ("3.2", "Deliver Clear, Hold, Build on the Grahame Park Estate with a community "
                    "reassurance survey at six months.",
             "Metropolitan Police (North West BCU) & Barnet Homes",
             ["Metropolitan Police (North West BCU)", "Barnet Homes"], "February 2026",
             "Hold phase under way; survey questions drafted.", "G", "2026-02", None, "green"),
        ]),
        ("Priority 4 \u2013 Reduce reoffending and drug-related harm", [
            ("4.1", "Refresh the Integrated Offender Management cohort selection to include "
                    "high-harm domestic abuse perpetrators.", "Probation Service (Barnet PDU)",
             ["Probation Service (Barnet PDU)"], "December 2025",
             "Delayed pending regional IOM guidance.", "R", "2025-12", None, "red"),
            ("4.2", "Increase continuity of care from prison into community drug treatment to 55%.",
             "Public Health Barnet", ["Public Health Barnet"], "March 2026",
             "Continuity of care at 47% (Q1 data).", "A", "2026-03", None, "amber"),
            ("4.3", "Hold a partnership workshop to refresh the Combating Drugs Partnership action "
                    "plan.", "Director of Public Health", ["Director of Public Health"], "TBC", "",
             "", None, "TBC", "unrated"),
        ]),
    ]
    lines = [
        "Barnet Safer Communities Partnership \u2013 Community Safety Strategy 2022-27: Delivery Plan "
        "2025/26",
        "Quarter 2 progress update (July \u2013 September 2025). Exported from the partnership "
        "action tracker, 21 October 2025.",
        "RAG: G = on track; A = some delay, recoverable; R = off track; B = complete",
        "",
        "\t".join(["Ref", "Action", "Lead partner", "Timescale", "Q2 update", "RAG"]),
    ]
    acts = []
    for pr, actions in P:
        lines.append(pr + "\t\t\t\t\t")
        for (ref, text, leadcell, leads, when, upd, rag, end, etext, status) in actions:
            lines.append("\t".join([ref, text, leadcell, when, upd, rag]))
            acts.append(dict(ref=ref, under=[pr], action=text, lead=leads, end=end,
                             end_text=etext, status=status))
    lines += ["",
              "Note: actions rated B will be removed from the Quarter 3 update. Actions without a "
              "RAG have not yet started."]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source="""
Imitates the delivery plan of a London community safety partnership strategy (Barnet Safer
Communities Partnership, Community Safety Strategy 2022-27, reported to the Safer Communities
Partnership Board) exported as tab-separated text from a partnership tracker for the Q2 2025/26
update. Copied features: title line, period/export line, one-line RAG key with B = complete,
priority rows with trailing empty fields above numbered actions, lead partners as agencies (two
split by " / " or "&"), timescales as month words, a day-first date, "Quarterly" and "TBC", one
action with no RAG yet, and a closing note line.
""",
        reads="""
Four priorities, each followed by its numbered actions (1.1-4.3), eleven in all, read under
the priority line. The RAG letter is the status (B = complete per the key; blank = not
started); "Quarterly" and "TBC" timescales give no end month.
""",
        outcome="read",
        title="Barnet Safer Communities Partnership \u2013 Community Safety Strategy 2022-27: "
              "Delivery Plan 2025/26",
        actions=acts)


if __name__ == "__main__":
    make_ouh()
    make_nnuh()
    make_midsussex()
    make_camden()
    make_bexley()
    make_leics()
    make_barnet()
    print("done")
