#!/usr/bin/env python3
"""Build the seven zao- blind test files (set heldout753).

Run with /work/main/.venv/bin/python zao_make.py  (writes beside this script).
Only files whose names start with "zao-" are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}


def d(y, m, day=1):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Royal Borough of Greenwich - Our Greenwich Annual Plan delivery tracker
# ---------------------------------------------------------------------------
GREENWICH_FILE = "zao-royal-borough-of-greenwich-our-greenwich-annual-plan-delivery-tracker-2025-26.xlsx"
GREENWICH_TITLE = "Our Greenwich Annual Plan 2025-26 – Delivery Tracker"

# (theme sheet, [(mission heading, [action dicts])])
GREENWICH = [
    ("Our People", [
        ("Mission 2: Children and young people have the best start in life and are supported to achieve their potential", [
            dict(ref="P2.1",
                 action="Open two further Family Hubs (Abbey Wood and Eltham) and extend the Start for Life offer to all six hubs",
                 lead_cell="Director of Children's Services", lead=["Director of Children's Services"],
                 portfolio="Children and Young People", milestone=d(2025, 12), end="2025-12",
                 q1="Green", q2="Green", status="green",
                 update="Abbey Wood hub opened 8 September 2025. Eltham fit-out on schedule for handover in December."),
            dict(ref="P2.2",
                 action="Reduce the number of children waiting more than 20 weeks for an EHC plan by delivering the SEND Improvement Plan",
                 lead_cell="Director of Children's Services / Assistant Director, SEND and Inclusion",
                 lead=["Director of Children's Services", "Assistant Director, SEND and Inclusion"],
                 portfolio="Children and Young People", milestone="Q4 2025/26", end="2026-03", end_text="Q4 2025/26",
                 q1="Amber", q2="Red", status="red",
                 update="EHCP timeliness fell to 31% in Q2 (target 60%). Additional agency EP capacity agreed by CMT on 2 October; recovery trajectory to be reported in Q3."),
        ]),
        ("Mission 4: Adults are supported to live independent, healthy lives with the right care at the right time", [
            dict(ref="P4.1",
                 action="Deliver the Adult Social Care Improvement Plan in response to the CQC local authority assessment",
                 lead_cell="Director of Adult Social Care", lead=["Director of Adult Social Care"],
                 portfolio="Health and Adult Social Care", milestone=d(2026, 3), end="2026-03",
                 q1="Green", q2="Amber", status="amber",
                 update="24 of 31 actions on track. Waiting list for Care Act assessments reduced to 412 but remains above the 300 target."),
            dict(ref="P4.2",
                 action="Complete the review of the home care framework and award new contracts",
                 lead_cell="Head of Commissioning (Adults)", lead=["Head of Commissioning (Adults)"],
                 portfolio="Health and Adult Social Care", milestone=d(2025, 7), end="2025-07",
                 q1="Green", q2="Complete", status="blue",
                 update="Contracts awarded to six providers; new framework live from 28 July 2025."),
        ]),
    ]),
    ("Our Place", [
        ("Mission 6: Everyone has access to a safe, secure and genuinely affordable home", [
            dict(ref="PL6.1",
                 action="Start on site at 250 new council homes through the Greenwich Builds programme\n(Phase 3 sites: Kidbrooke Park Road and Morris Walk)",
                 lead_cell="Director of Housing and Safer Communities", lead=["Director of Housing and Safer Communities"],
                 portfolio="Housing, Neighbourhoods and the Cost of Living Crisis", milestone=d(2026, 3), end="2026-03",
                 q1="Amber", q2="Amber", status="amber",
                 update="138 starts to date. Morris Walk contractor procurement re-run after tender returns exceeded budget."),
            dict(ref="PL6.2",
                 action="Implement the Damp and Mould Action Plan, including the Awaab's Law response timescales from October 2025",
                 lead_cell="Director of Housing and Safer Communities", lead=["Director of Housing and Safer Communities"],
                 portfolio="Housing, Neighbourhoods and the Cost of Living Crisis", milestone=d(2025, 10), end="2025-10",
                 q1="Green", q2="Complete", status="blue",
                 update="Revised repairs policy and hazard triage live from 27 October 2025."),
        ]),
        ("Mission 8: Greenwich is a clean and green borough on the path to carbon neutral", [
            dict(ref="PL8.1",
                 action="Roll out separate food waste collections to flats above shops and remaining estates",
                 lead_cell="Head of Waste and Street Services", lead=["Head of Waste and Street Services"],
                 portfolio="Environment, Sustainability and Transport", milestone=d(2026, 1), end="2026-01",
                 q1="", q2="Not started", status="unrated",
                 update="Vehicle delivery expected December 2025; roll-out due to start January 2026."),
        ]),
    ]),
    ("Our Economy", [
        ("Mission 11: Everyone has the opportunity to secure a good job", [
            dict(ref="E11.1",
                 action="Support 1,200 residents into work through Greenwich Local Labour and Business (GLLaB)",
                 lead_cell="Director of Regeneration, Enterprise and Skills", lead=["Director of Regeneration, Enterprise and Skills"],
                 portfolio="Regeneration and Inclusive Economy", milestone="Q4 2025/26", end="2026-03", end_text="Q4 2025/26",
                 q1="Green", q2="Green", status="green",
                 update="647 job outcomes at end of Q2 (54% of annual target)."),
        ]),
        ("Mission 12: Town centres, high streets and shopping parades are vibrant, prosperous, well-maintained places that meet the needs of local people", [
            dict(ref="E12.1",
                 action="Deliver the Woolwich town centre public realm improvements (Powis Street and Beresford Square)",
                 lead_cell="Director of Regeneration, Enterprise and Skills / Director of Communities and Environment",
                 lead=["Director of Regeneration, Enterprise and Skills", "Director of Communities and Environment"],
                 portfolio="Regeneration and Inclusive Economy", milestone=d(2026, 2), end="2026-02",
                 q1="Amber", q2="Red", status="red",
                 update="Utility diversions delayed by 14 weeks. Completion now forecast June 2026; revised programme going to Cabinet in December."),
            dict(ref="E12.2",
                 action="Launch round 3 of the High Streets Shopfront Grant scheme",
                 lead_cell="Head of Economic Development", lead=["Head of Economic Development"],
                 portfolio="Regeneration and Inclusive Economy", milestone=d(2025, 6), end="2025-06",
                 q1="Complete", q2="Complete", status="blue",
                 update="Round 3 launched 2 June 2025; 41 applications received."),
        ]),
    ]),
]


def fill(hexcode):
    return PatternFill("solid", start_color=hexcode, end_color=hexcode)


def rag_fill_for_word(word):
    w = word.lower()
    if w in ("complete", "completed", "blue"):
        return fill(RAG_HEX["blue"])
    if w == "green":
        return fill(RAG_HEX["green"])
    if w == "amber":
        return fill(RAG_HEX["amber"])
    if w == "red":
        return fill(RAG_HEX["red"])
    return None


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build_greenwich(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = GREENWICH_TITLE
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = "Royal Borough of Greenwich | Quarter 2 (April to September 2025)"
    ws["A2"].font = Font(size=12)
    ws["A4"] = "Report to:"
    ws["B4"] = "Corporate Management Team – 4 November 2025; Overview and Scrutiny Committee – 20 November 2025"
    ws["A5"] = "Prepared by:"
    ws["B5"] = "Strategy, Performance and Partnerships"
    ws["A6"] = "Status:"
    ws["B6"] = "OFFICIAL"
    ws["A8"] = "RAG key"
    ws["A8"].font = Font(bold=True)
    key = [("Complete", "blue", "Deliverable completed"),
           ("Green", "green", "On track to deliver by the milestone date"),
           ("Amber", "amber", "Some slippage – recovery action in place"),
           ("Red", "red", "Off track – milestone will be missed"),
           ("Not started", None, "Not yet due to start")]
    r = 9
    for word, colour, meaning in key:
        ws.cell(r, 1, word).border = BOX
        if colour:
            ws.cell(r, 1).fill = fill(RAG_HEX[colour])
        ws.cell(r, 2, meaning).border = BOX
        r += 1
    ws.cell(r + 1, 1, "Note: deliverables are grouped by Our Greenwich theme and mission. Q1 RAG is shown for comparison; Q2 RAG is the current position.")
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 95

    headers = ["Ref", "Annual Plan deliverable", "Lead officer", "Cabinet portfolio",
               "Milestone", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    widths = [8, 60, 36, 30, 12, 11, 11, 60]
    summary = []
    for theme, missions in GREENWICH:
        ws = wb.create_sheet(theme)
        ws["A1"] = theme
        ws["A1"].font = Font(bold=True, size=14, color="1F3864")
        for i, h in enumerate(headers, 1):
            c = ws.cell(3, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F3864")
            c.alignment = WRAP
            c.border = BOX
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + i)].width = w
        r = 4
        counts = dict(n=0, blue=0, green=0, amber=0, red=0, unrated=0)
        for mission, actions in missions:
            ws.cell(r, 1, mission).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
            ws.cell(r, 1).fill = fill("D9E1F2")
            r += 1
            for a in actions:
                vals = [a["ref"], a["action"], a["lead_cell"], a["portfolio"], a["milestone"],
                        a["q1"] or None, a["q2"], a["update"]]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                if isinstance(a["milestone"], dt.datetime):
                    ws.cell(r, 5).number_format = "mmm-yy"
                for col, word in ((6, a["q1"]), (7, a["q2"])):
                    f = rag_fill_for_word(word) if word else None
                    if f:
                        ws.cell(r, col).fill = f
                counts["n"] += 1
                counts[a["status"]] += 1
                r += 1
        ws.freeze_panes = "A4"
        summary.append((theme, counts))

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of Q2 position by theme"
    ws["A1"].font = Font(bold=True, size=13)
    sh = ["Theme", "Deliverables", "Complete", "Green", "Amber", "Red", "Not started"]
    for i, h in enumerate(sh, 1):
        ws.cell(3, i, h).font = Font(bold=True)
    r = 4
    tot = [0] * 6
    for theme, c in summary:
        row = [c["n"], c["blue"], c["green"], c["amber"], c["red"], c["unrated"]]
        ws.cell(r, 1, theme)
        for i, v in enumerate(row, 2):
            ws.cell(r, i, v)
            tot[i - 2] += v
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(tot, 2):
        ws.cell(r, i, v).font = Font(bold=True)
    ws.column_dimensions["A"].width = 16
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Bolton Council - scrutiny recommendations tracker (tab-separated text)
# ---------------------------------------------------------------------------
BOLTON_FILE = "zao-bolton-council-scrutiny-recommendations-tracker-2025-26.txt"
BOLTON_TITLE = "Bolton Council – Scrutiny Recommendations Tracker 2025/26"

BOLTON = [
    ("Children's Services Scrutiny Committee", "Review: Elective Home Education (final report 17 June 2025)", [
        dict(ref="CS1",
             action="The Executive Cabinet Member for Children's Services should write to the Secretary of State supporting the introduction of a statutory register of children not in school.",
             response="Accepted", lead_cell="Director of Children's Services", lead=["Director of Children's Services"],
             agreed="Sep-25", revised="", end="2025-09",
             progress="Letter sent 2 September 2025; reply received from DfE 14 October 2025.", status_cell="Implemented", status="blue"),
        dict(ref="CS2",
             action="The Council should publish a clear Elective Home Education guide for parents on its website, co-produced with home-educating families.",
             response="Accepted", lead_cell="Assistant Director, Education and Learning", lead=["Assistant Director, Education and Learning"],
             agreed="Dec-25", revised="Jan-26", end="2026-01",
             progress="Draft guide tested with parent focus group on 20 November; publication moved to January to include their changes.", status_cell="Delayed", status="amber"),
        dict(ref="CS3",
             action="Officers should report annually to the Committee on the number of children electively home educated, including those with an EHC plan.",
             response="Accepted", lead_cell="Head of Inclusion and Attendance", lead=["Head of Inclusion and Attendance"],
             agreed="Mar-26", revised="", end="2026-03",
             progress="First annual report scheduled for the Committee on 10 March 2026.", status_cell="On track", status="green"),
    ]),
    ("Health, Adult Social Care and Partnerships Scrutiny Committee", "Review: Access to GP Services (final report 8 July 2025)", [
        dict(ref="HA1",
             action="Bolton GP Federation and the ICB locality team should set out how the new online consultation system will be made accessible to residents without digital access.",
             response="Accepted (partner recommendation)",
             lead_cell="Associate Director of Primary Care, NHS GM (Bolton) / Chief Executive, Bolton GP Federation",
             lead=["Associate Director of Primary Care, NHS GM (Bolton)", "Chief Executive, Bolton GP Federation"],
             agreed="Oct-25", revised="Feb-26", end="2026-02",
             progress="Digital inclusion offer drafted; practice roll-out paused until the new telephony contract starts in January.", status_cell="Delayed", status="amber"),
        dict(ref="HA2",
             action="The Committee should receive a six-monthly update on GP appointment data by neighbourhood.",
             response="Accepted", lead_cell="Director of Public Health", lead=["Director of Public Health"],
             agreed="Six-monthly", revised="", end=None, end_text="Six-monthly",
             progress="First update received 4 November 2025; next due May 2026.", status_cell="On track", status="green"),
        dict(ref="HA3",
             action="The Communications team should run a joint campaign with GP practices promoting the wider primary care workforce (pharmacists, physiotherapists and social prescribers).",
             response="Accepted", lead_cell="Head of Communications and Engagement", lead=["Head of Communications and Engagement"],
             agreed="Nov-25", revised="", end="2025-11",
             progress="'Who will I see?' campaign ran 6 October to 14 November 2025 across social media and the Bolton Scene.", status_cell="Implemented", status="blue"),
    ]),
    ("Place Scrutiny Committee", "Review: Highway Maintenance and Potholes (final report 23 September 2025)", [
        dict(ref="PL1",
             action="The Executive should consider increasing the capital allocation for planned carriageway resurfacing in the 2026/27 budget.",
             response="Accepted in part – to be considered within the budget process",
             lead_cell="Assistant Director, Highways and Engineering / Director of Corporate Resources",
             lead=["Assistant Director, Highways and Engineering", "Director of Corporate Resources"],
             agreed="Feb-26", revised="", end="2026-02",
             progress="Options included in draft capital programme for Budget Council on 18 February 2026.", status_cell="On track", status="green"),
        dict(ref="PL2",
             action="Pothole repair response times should be published quarterly on the Council's website, broken down by ward.",
             response="Accepted", lead_cell="Head of Highways Operations", lead=["Head of Highways Operations"],
             agreed="Jan-26", revised="", end="2026-01",
             progress="", status_cell="Not started", status="unrated"),
        dict(ref="PL3",
             action="Utility companies' reinstatement performance should be reported to the Committee, with fixed penalty notices issued where standards are not met.",
             response="Accepted", lead_cell="Streetworks Manager", lead=["Streetworks Manager"],
             agreed="Dec-25", revised="", end="2025-12",
             progress="Streetworks performance report prepared for the Committee meeting on 9 December 2025.", status_cell="On track", status="green"),
    ]),
]


def build_bolton(path):
    lines = [
        BOLTON_TITLE,
        "Position at 31 December 2025 – Overview and Scrutiny Management Group, 20 January 2026",
        "Status key: Implemented = Blue (recommendation fully actioned); On track = Green; Delayed = Amber (revised date agreed); Off track = Red; Not started = no rating",
        "",
        "\t".join(["Ref", "Recommendation", "Executive response", "Responsible officer",
                   "Agreed date", "Revised date", "Progress update", "Status"]),
    ]
    counts = {}
    for committee, review, recs in BOLTON:
        lines.append(committee)
        lines.append(review)
        for a in recs:
            lines.append("\t".join([a["ref"], a["action"], a["response"], a["lead_cell"],
                                    a["agreed"], a["revised"], a["progress"], a["status_cell"]]))
            counts[a["status_cell"]] = counts.get(a["status_cell"], 0) + 1
        lines.append("")
    total = sum(counts.values())
    lines.append("Total recommendations: %d | Implemented %d | On track %d | Delayed %d | Off track %d | Not started %d" % (
        total, counts.get("Implemented", 0), counts.get("On track", 0), counts.get("Delayed", 0),
        counts.get("Off track", 0), counts.get("Not started", 0)))
    lines.append("Source: Democratic Services scrutiny tracker (exported from SharePoint list 'Scrutiny Recommendations')")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcode):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcode)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; '\n' in text becomes separate paragraphs in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def header_row(table, texts, hexcode="1F3864"):
    row = table.rows[0]
    for c, t in zip(row.cells, texts):
        set_cell(c, t, bold=True, size=9)
        shade(c, hexcode)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def merged_row(table, text, hexcode="D9E2F3"):
    row = table.add_row()
    first = row.cells[0]
    m = first.merge(row.cells[-1])
    set_cell(m, text, bold=True, size=9)
    shade(m, hexcode)
    return row


# ---------------------------------------------------------------------------
# 3. Adopt Berkshire - RAA Service Development Plan (docx)
# ---------------------------------------------------------------------------
ADOPT_FILE = "zao-adopt-berkshire-raa-service-development-plan-2025-26.docx"
ADOPT_TITLE = "Adopt Berkshire Service Development Plan 2025-26"

ADOPT = [
    ("Priority 1: Recruitment and assessment of adopters", [
        ("Objective 1.1 – Increase the number of adopters approved for older children, sibling groups and children with additional needs", [
            dict(ref="1.1.1",
                 action="Run two targeted recruitment campaigns aligned to the national You Can Adopt campaign, focused on sibling groups and children aged 4 and over.",
                 lead_cell="Recruitment and Assessment Team Manager", lead=["Recruitment and Assessment Team Manager"],
                 when="October 2025", end="2025-10",
                 progress="Sibling campaign ran in June 2025 (19 enquiries). Second campaign booked for National Adoption Week in October.",
                 rag="green"),
            dict(ref="1.1.2",
                 action="Hold information events in each of the six partner local authority areas, including at least two evening online sessions each quarter.",
                 lead_cell="Marketing and Recruitment Officer", lead=["Marketing and Recruitment Officer"],
                 when="Quarterly", end=None, end_text="Quarterly",
                 progress="Q1: 7 events, 64 attendees. Q2: 6 events, 51 attendees.",
                 rag="green"),
        ]),
        ("Objective 1.2 – Reduce the time from registration of interest to approval", [
            dict(ref="1.2.1",
                 action="Complete Stage 1 within 2 months and Stage 2 within 4 months for at least 80% of adopter households.",
                 lead_cell="Recruitment and Assessment Team Manager", lead=["Recruitment and Assessment Team Manager"],
                 when="March 2026", end="2026-03",
                 progress="Stage 1: 86% within timescale. Stage 2: 68% – two assessor vacancies; agency assessor started 1 September.",
                 rag="amber"),
        ]),
    ]),
    ("Priority 2: Matching, family finding and early permanence", [
        ("Objective 2.1 – Increase the number of children placed in early permanence (Fostering for Adoption and concurrent planning) placements", [
            dict(ref="2.1.1",
                 action="Deliver early permanence training to all child care and court teams in the six partner local authorities.",
                 lead_cell="Family Finding Team Manager\nEarly Permanence Lead",
                 lead=["Family Finding Team Manager", "Early Permanence Lead"],
                 when="December 2025", end="2025-12",
                 progress="Sessions delivered in Reading, Wokingham, Bracknell Forest and West Berkshire. Slough and RBWM booked for November.",
                 rag="green"),
            dict(ref="2.1.2",
                 action="Embed the early permanence tracker so that every child with a plan for adoption is considered for early permanence by their second looked after review.",
                 lead_cell="Head of Adopt Berkshire", lead=["Head of Adopt Berkshire"],
                 when="September 2025", end="2025-09",
                 progress="Tracker live from 1 July 2025 and reviewed at the monthly permanence tracking meeting.",
                 rag="blue"),
        ]),
        ("Objective 2.2 – Reduce delay for the children who wait longest to be matched", [
            dict(ref="2.2.1",
                 action="Profile every child waiting more than 6 months from placement order on Link Maker and at regional exchange days.",
                 lead_cell="Family Finding Team Manager", lead=["Family Finding Team Manager"],
                 when="Ongoing", end=None, end_text="Ongoing",
                 progress="11 children waiting over 6 months; 4 not yet profiled because of delays in updated child permanence reports.",
                 rag="red"),
        ]),
    ]),
    ("Priority 3: Adoption support", [
        ("Objective 3.1 – Adopted children and their families receive timely, therapeutic support when they need it", [
            dict(ref="3.1.1",
                 action="Complete assessments of need for adoption support within 8 weeks of the request.",
                 lead_cell="Adoption Support Team Manager", lead=["Adoption Support Team Manager"],
                 when="March 2026", end="2026-03",
                 progress="71% within 8 weeks in Q2 (Q1: 64%). Duty rota changed to allocate new requests within 5 days.",
                 rag="amber"),
            dict(ref="3.1.2",
                 action="Re-commission the therapeutic parenting programme (NVR and Theraplay) through a joint framework with neighbouring regional adoption agencies.",
                 lead_cell="Head of Adopt Berkshire / Commissioning Manager (Brighter Futures for Children)",
                 lead=["Head of Adopt Berkshire", "Commissioning Manager (Brighter Futures for Children)"],
                 when="January 2026", end="2026-01",
                 progress="Not started – awaiting confirmation of the 2025-26 ASGSF allocation.",
                 rag=None),
            dict(ref="3.1.3",
                 action="Launch a peer support group for adopted young people aged 13 to 18, run jointly with Adoption UK.",
                 lead_cell="Adoption Support Team Manager", lead=["Adoption Support Team Manager"],
                 when="July 2025", end="2025-07",
                 progress="Group launched 12 July 2025; 14 young people attending monthly.",
                 rag="blue"),
        ]),
    ]),
]


def build_adopt(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(ADOPT_TITLE, style="Title")
    doc.add_paragraph("Regional Adoption Agency for Bracknell Forest, Reading, Royal Borough of Windsor and Maidenhead, "
                      "Slough, West Berkshire and Wokingham")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document", ADOPT_TITLE),
                 ("Version", "1.3 – Quarter 2 progress update"),
                 ("Owner", "Head of Adopt Berkshire"),
                 ("Approved by", "Adopt Berkshire Partnership Board, 15 May 2025"),
                 ("Next review", "Partnership Board, January 2026")]:
        row = dc.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "This plan sets out what Adopt Berkshire will do in 2025-26 to find families for the children who need them, "
        "to reduce delay and to improve the support offered to adoptive families. It reflects the priorities of the "
        "national adoption strategy, Achieving Excellence Everywhere, and the findings of our annual report 2024-25. "
        "Progress is reported quarterly to the Partnership Board and to each partner's corporate parenting board.")

    doc.add_paragraph("RAG rating key").runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [("blue", "Complete"), ("green", "On track"),
                            ("amber", "Some risk to delivery – mitigation in place"),
                            ("red", "Not on track / significant risk"), (None, "Not yet started")]:
        row = key.add_row()
        set_cell(row.cells[0], "")
        if colour:
            shade(row.cells[0], RAG_HEX[colour])
        set_cell(row.cells[1], meaning)

    headers = ["Ref", "Action", "Lead", "By when", "Progress update (September 2025)", "RAG"]
    for priority, objectives in ADOPT:
        doc.add_heading(priority, level=1)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        header_row(t, headers)
        for objective, actions in objectives:
            merged_row(t, objective)
            for a in actions:
                row = t.add_row()
                vals = [a["ref"], a["action"], a["lead_cell"], a["when"], a["progress"], ""]
                for c, v in zip(row.cells, vals):
                    set_cell(c, v, size=9)
                if a["rag"]:
                    shade(row.cells[5], RAG_HEX[a["rag"]])
        doc.add_paragraph("")

    doc.add_paragraph("Notes: ASGSF = Adoption and Special Guardianship Support Fund. NVR = Non-Violent Resistance. "
                      "RBWM = Royal Borough of Windsor and Maidenhead. Actions carried forward from the 2024-25 plan are marked in the annual report.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 4. Calderdale Council - Fostering Service Development Plan (csv)
# ---------------------------------------------------------------------------
CALDERDALE_FILE = "zao-calderdale-council-fostering-service-development-plan-2025-26.csv"
CALDERDALE_TITLE = "Calderdale Council – Fostering Service Development Plan 2025/26"

CALDERDALE = [
    ("1. Sufficiency, recruitment and retention", [
        dict(ref="1.1",
             action="Increase the number of mainstream fostering households by a net 12 through the Foster with Calderdale recruitment plan, with a focus on teenagers and sibling groups.",
             lead_cell="Fostering Team Manager / Marketing Officer", lead=["Fostering Team Manager", "Marketing Officer"],
             target="Mar-26", end="2026-03",
             progress="Net gain of 5 households at end of August; 9 assessments in progress.", rag="G", status="green"),
        dict(ref="1.2",
             action="Set up a second Mockingbird constellation in the Upper Valley.",
             lead_cell="Service Manager, Children Looked After", lead=["Service Manager, Children Looked After"],
             target="Sept 2025 – March 2026", end="2026-03", end_text="Sept 2025 – March 2026",
             progress="Hub home carer identified; satellite households being matched.", rag="A", status="amber"),
        dict(ref="1.3",
             action="Review the foster carer fees and allowances scheme and benchmark it against other West Yorkshire authorities.",
             lead_cell="Head of Service, Corporate Parenting", lead=["Head of Service, Corporate Parenting"],
             target="31/10/2025", end="2025-10",
             progress="Benchmarking complete. Proposal now going to Cabinet on 10 November 2025.", rag="A", status="amber"),
    ]),
    ("2. Supporting foster carers and placement stability", [
        dict(ref="2.1",
             action="Deliver the therapeutic training pathway (trauma-informed care and PACE) to all carers approved in the last two years.\nTrack completion through the carer learning record.",
             lead_cell="Fostering Team Manager", lead=["Fostering Team Manager"],
             target="Mar-26", end="2026-03",
             progress="62% of eligible carers have completed the pathway.", rag="G", status="green"),
        dict(ref="2.2",
             action="Introduce annual stability meetings for all children in long-term matched foster placements.",
             lead_cell="Independent Reviewing Service Manager", lead=["Independent Reviewing Service Manager"],
             target="Dec-25", end="2025-12",
             progress="Process agreed but not yet started because of IRO vacancies.", rag="R", status="red"),
        dict(ref="2.3",
             action="Launch an out-of-hours support line for foster carers with the Emergency Duty Team.",
             lead_cell="Fostering Team Manager", lead=["Fostering Team Manager"],
             target="Jun-25", end="2025-06",
             progress="Live from 2 June 2025.", rag="Complete", status="blue"),
    ]),
    ("3. Kinship and connected carers", [
        dict(ref="3.1",
             action="Complete connected persons assessments within 16 weeks of a Regulation 24 temporary approval.",
             lead_cell="Kinship Team Manager", lead=["Kinship Team Manager"],
             target="Ongoing", end=None, end_text="Ongoing",
             progress="Average 14.5 weeks in Q1 2025/26.", rag="G", status="green"),
        dict(ref="3.2",
             action="Develop a kinship local offer in line with the national kinship care strategy, Championing Kinship Care.",
             lead_cell="Kinship Team Manager; Family Help Service Manager", lead=["Kinship Team Manager", "Family Help Service Manager"],
             target="Jan-26", end="2026-01",
             progress="Draft offer out to consultation with kinship carers until 30 September.", rag="G", status="green"),
    ]),
    ("4. Quality assurance and fostering panel", [
        dict(ref="4.1",
             action="Refresh the fostering panel central list and recruit two panel members with lived experience of care.",
             lead_cell="Panel Adviser", lead=["Panel Adviser"],
             target="Dec-25", end="2025-12",
             progress="One care-experienced member appointed; second post re-advertised.", rag="A", status="amber"),
        dict(ref="4.2",
             action="Audit supervising social worker visits and recording each quarter.",
             lead_cell="Fostering Team Manager", lead=["Fostering Team Manager"],
             target="Quarterly", end=None, end_text="Quarterly",
             progress="Q1 audit completed: 88% of visits within timescale.", rag="G", status="green"),
    ]),
]


def build_calderdale(path):
    ncol = 7
    rows = [
        [CALDERDALE_TITLE] + [""] * (ncol - 1),
        ["Appendix B to the Fostering Service Annual Report 2024/25 – Corporate Parenting Panel, 22 September 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Area", "No.", "Action", "Lead", "Target date", "Progress (August 2025)", "RAG"],
    ]
    counts = {}
    for area, actions in CALDERDALE:
        for i, a in enumerate(actions):
            rows.append([area if i == 0 else "", a["ref"], a["action"], a["lead_cell"], a["target"], a["progress"], a["rag"]])
            counts[a["status"]] = counts.get(a["status"], 0) + 1
    rows.append([""] * ncol)
    rows.append(["Notes: RAG as at 31 August 2025. Complete = action completed; G = on track; A = at risk of slipping; R = off track."] + [""] * (ncol - 1))
    n = sum(counts.values())
    rows.append(["Summary: %d actions – %d complete, %d green, %d amber, %d red" % (
        n, counts.get("blue", 0), counts.get("green", 0), counts.get("amber", 0), counts.get("red", 0))] + [""] * (ncol - 1))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Cardiff and Vale RSB - Child Practice Review action plan (xlsx)
# ---------------------------------------------------------------------------
CVRSB_FILE = "zao-cardiff-and-vale-rsb-child-practice-review-cvrsb-02-2023-action-plan.xlsx"
CVRSB_TITLE = "Concise Child Practice Review CVRSB 02/2023 – Multi-Agency Action Plan"

CVRSB = [
    ("1. The Board should seek assurance that practitioners in all agencies understand and apply the All Wales protocol for the assessment of bruising in pre-mobile babies.", [
        dict(ref="1a",
             action="Relaunch the bruising in pre-mobile babies protocol through a 7-minute briefing and a multi-agency webinar.",
             lead_cell="Regional Safeguarding Board Business Manager", lead=["Regional Safeguarding Board Business Manager"],
             target=d(2024, 6, 30), revised=None, end="2024-06",
             progress="Briefing published May 2024; webinar held 19 June 2024 with 146 attendees.",
             evidence="Post-webinar survey: 91% of respondents confident to apply the protocol.", rag="Complete", status="blue"),
        dict(ref="1b",
             action="Audit compliance with the protocol in the Children's Emergency Unit, Minor Injuries Units and GP out-of-hours.",
             lead_cell="Named Doctor Safeguarding Children (C&V UHB)", lead=["Named Doctor Safeguarding Children (C&V UHB)"],
             target=d(2024, 12, 31), revised=d(2025, 12, 31), end="2025-12",
             progress="Emergency Unit audit complete (94% compliant). MIU and out-of-hours audit delayed by clinical audit capacity.",
             evidence="", rag="Amber", status="amber"),
    ]),
    ("2. Agencies should make sure that the lived experience of the child, including very young children, is recorded and informs assessment and planning.", [
        dict(ref="2a",
             action="Add observation of the baby and of parent–infant interaction as a mandatory section of the health visiting Family Resilience Assessment.",
             lead_cell="Head of Health Visiting (C&V UHB)", lead=["Head of Health Visiting (C&V UHB)"],
             target=d(2024, 9, 30), revised=None, end="2024-09",
             progress="Template amended and live on the electronic record from 16 September 2024.",
             evidence="Record audit March 2025: section completed in 88% of assessments.", rag="Complete", status="blue"),
        dict(ref="2b",
             action="Deliver 'Seeing the baby' practice workshops to Children's Services intake and assessment teams in Cardiff and the Vale of Glamorgan.",
             lead_cell="Operational Manager, Safeguarding (Cardiff Council)\nOperational Manager, Safeguarding (Vale of Glamorgan Council)",
             lead=["Operational Manager, Safeguarding (Cardiff Council)", "Operational Manager, Safeguarding (Vale of Glamorgan Council)"],
             target=d(2025, 3, 31), revised=d(2025, 11, 30), end="2025-11",
             progress="Vale workshops delivered. Cardiff sessions rescheduled to October and November 2025.",
             evidence="", rag="Amber", status="amber"),
    ]),
    ("3. South Wales Police and Children's Services should review the arrangements for joint visits following a strategy discussion about an injury to a non-mobile child.", [
        dict(ref="3a",
             action="Agree a joint protocol for initial visits within 24 hours of a strategy discussion, including out of hours.",
             lead_cell="Detective Chief Inspector, Public Protection (South Wales Police)",
             lead=["Detective Chief Inspector, Public Protection (South Wales Police)"],
             target=d(2024, 10, 31), revised=d(2025, 3, 31), end="2025-03",
             progress="Protocol signed off by the Board on 11 March 2025.",
             evidence="Protocol published on the Board website.", rag="Complete", status="blue"),
        dict(ref="3b",
             action="Dip sample 20 strategy discussions each quarter to test compliance with the joint visit protocol.",
             lead_cell="Chair, Practice Review Sub Group", lead=["Chair, Practice Review Sub Group"],
             target="Quarterly", revised=None, end=None, end_text="Quarterly",
             progress="Q1 2025/26: 18 of 20 joint visits within 24 hours.",
             evidence="Dip sample report to Sub Group, July 2025.", rag="Green", status="green"),
    ]),
    ("4. The Board should seek assurance on how GP practices are told when a child becomes subject to a care and support protection plan.", [
        dict(ref="4a",
             action="Confirm that child protection conference outcomes are sent to the registered GP within one working day and coded on the child's GP record.",
             lead_cell="Designated Nurse Safeguarding Children (C&V UHB)", lead=["Designated Nurse Safeguarding Children (C&V UHB)"],
             target=d(2025, 6, 30), revised=None, end="2025-06",
             progress="Coding inconsistent in 6 of 20 practices sampled. Escalated to primary care cluster leads; no improvement in September re-sample.",
             evidence="", rag="Red", status="red"),
        dict(ref="4b",
             action="Include safeguarding coding in the annual GP practice safeguarding self-assessment.",
             lead_cell="Designated Nurse Safeguarding Children (C&V UHB) / Head of Primary Care (C&V UHB)",
             lead=["Designated Nurse Safeguarding Children (C&V UHB)", "Head of Primary Care (C&V UHB)"],
             target=d(2026, 3, 31), revised=None, end="2026-03",
             progress="", evidence="", rag="", status="unrated"),
    ]),
]


def build_cvrsb(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "CPR Action Plan"
    ws["A1"] = CVRSB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Cardiff and Vale of Glamorgan Regional Safeguarding Board"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Approved by the Regional Safeguarding Children Board: 14 March 2024 | Monitored by: Practice Review "
                "Sub Group | Last updated: 30 September 2025")
    headers = ["Recommendation", "Action No.", "Action", "Lead", "Target date", "Revised target date",
               "Progress update", "Evidence / impact", "RAG"]
    widths = [45, 9, 50, 36, 12, 12, 50, 40, 10]
    hr = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        c.border = BOX
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    r = hr + 1
    counts = {}
    for rec, actions in CVRSB:
        start = r
        for a in actions:
            vals = [rec if r == start else None, a["ref"], a["action"], a["lead_cell"], a["target"],
                    a["revised"], a["progress"] or None, a["evidence"] or None, a["rag"] or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            for col in (5, 6):
                if isinstance(ws.cell(r, col).value, dt.datetime):
                    ws.cell(r, col).number_format = "dd/mm/yyyy"
            f = rag_fill_for_word(a["rag"]) if a["rag"] else None
            if f:
                ws.cell(r, 9).fill = f
            counts[a["status"]] = counts.get(a["status"], 0) + 1
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "RAG key: Complete = action completed and evidenced; Green = on track; Amber = delayed, revised date agreed; Red = off track, escalated to Board; blank = not yet due to start")
    r += 2
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    for label, key in [("Complete", "blue"), ("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Not started", "unrated")]:
        r += 1
        ws.cell(r, 1, label)
        ws.cell(r, 2, counts.get(key, 0))
    r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    ws.freeze_panes = ws.cell(hr + 1, 1)

    vc = wb.create_sheet("Version control")
    rows = [("Version", "Date", "Author", "Changes"),
            ("0.1", "February 2024", "Board Business Unit", "Draft for Practice Review Sub Group"),
            ("1.0", "March 2024", "Board Business Unit", "Approved by RSCB"),
            ("1.3", "June 2025", "Board Business Unit", "Q1 2025/26 update; revised dates for 1b and 2b"),
            ("1.4", "September 2025", "Board Business Unit", "Q2 2025/26 update; action 4b added")]
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            vc.cell(i, j, v).font = Font(bold=(i == 1))
    wb.save(path)


# ---------------------------------------------------------------------------
# 6. Gwent Safeguarding Board - Blaenau Gwent JICPA improvement plan (docx)
# ---------------------------------------------------------------------------
JICPA_FILE = "zao-gwent-safeguarding-board-blaenau-gwent-jicpa-multi-agency-improvement-plan.docx"
JICPA_TITLE = "Blaenau Gwent Joint Inspection of Child Protection Arrangements (JICPA): Multi-Agency Improvement Plan"

STATUS_WORD = {"blue": "Achieved", "green": "On target", "amber": "Some slippage", "red": "Behind target"}

JICPA = [
    ("Theme 1: Recognising and responding to risk", [
        ("Area for improvement 1: Referrers, including schools and health visitors, are not consistently told the outcome of their referral or the reasons for the decision.", [
            dict(ref="1.1",
                 action="Introduce a standard outcome letter to professional referrers within 3 working days of the decision on a referral.",
                 lead_cell="Team Manager, Information, Advice and Assistance (BGCBC)",
                 lead=["Team Manager, Information, Advice and Assistance (BGCBC)"],
                 when="September 2024", end="2024-09",
                 progress="Outcome letter live from 2 September 2024. Audit in March 2025 found 93% sent within 3 working days.",
                 status="blue"),
            dict(ref="1.2",
                 action="Test referrer feedback through a six-monthly survey of schools and health visiting teams.",
                 lead_cell="Regional Safeguarding Board Business Manager",
                 lead=["Regional Safeguarding Board Business Manager"],
                 when="Ongoing – six-monthly", end=None, end_text="Ongoing – six-monthly",
                 progress="Second survey closed 30 September 2025 (58 responses); 81% said they received the outcome.",
                 status="green"),
        ]),
        ("Area for improvement 2: Strategy discussions do not always include health and education, and decisions are not consistently recorded by all agencies.", [
            dict(ref="2.1",
                 action="Agree a virtual strategy discussion standard so that health and education are invited to every strategy discussion, with a shared record template.",
                 lead_cell="Detective Chief Inspector, Public Protection (Gwent Police)\nNamed Nurse Safeguarding Children (ABUHB)",
                 lead=["Detective Chief Inspector, Public Protection (Gwent Police)", "Named Nurse Safeguarding Children (ABUHB)"],
                 when="Q3 2024/25", end="2024-12", end_text="Q3 2024/25",
                 progress="Standard agreed December 2024. Education attendance at 64% – below the 80% target.",
                 status="amber"),
            dict(ref="2.2",
                 action="Multi-agency audit of 25 strategy discussions to test attendance, recording and the timeliness of decisions.",
                 lead_cell="Chair, Quality Assurance Sub-Group", lead=["Chair, Quality Assurance Sub-Group"],
                 when="June 2025", end="2025-06",
                 progress="Audit completed June 2025 and reported to the Board in July.",
                 status="blue"),
        ]),
    ]),
    ("Theme 2: Assessment, planning and review", [
        ("Area for improvement 3: The quality of care and support protection plans is variable; not all plans are outcome-focused or SMART.", [
            dict(ref="3.1",
                 action="Revise the care and support protection plan template and deliver outcome-focused planning training to social workers and core group members.",
                 lead_cell="Head of Children's Services (BGCBC)", lead=["Head of Children's Services (BGCBC)"],
                 when="March 2025", end="2025-03",
                 progress="Template revised. Training delivered to 84% of social workers but only 37% of partner core group members.",
                 status="amber"),
            dict(ref="3.2",
                 action="Quarterly audit of care and support protection plans by the Safeguarding and Quality Assurance team, reported to the local safeguarding network.",
                 lead_cell="Principal Social Worker (BGCBC)", lead=["Principal Social Worker (BGCBC)"],
                 when="December 2025", end="2025-12",
                 progress="Q1 and Q2 audits complete: 71% of plans rated good or better (baseline 52%).",
                 status="green"),
        ]),
    ]),
    ("Theme 3: Leadership, governance and learning", [
        ("Area for improvement 4: Partners do not have a shared multi-agency dataset to understand how well child protection arrangements are working.", [
            dict(ref="4.1",
                 action="Develop a multi-agency child protection performance dashboard for Blaenau Gwent, reported quarterly to the Board.",
                 lead_cell="Regional Safeguarding Board Business Manager", lead=["Regional Safeguarding Board Business Manager"],
                 when="Q4 2025/26", end="2026-03", end_text="Q4 2025/26",
                 progress="Data-sharing agreement still not signed by all partners; dashboard build has not started.",
                 status="red"),
        ]),
        ("Area for improvement 5: The increase in the number of electively home educated children is not yet understood at a partnership level.", [
            dict(ref="5.1",
                 action="Report the number of electively home educated children known to children's services to each Board meeting.",
                 lead_cell="Education Welfare Service Manager (BGCBC)", lead=["Education Welfare Service Manager (BGCBC)"],
                 when="September 2024", end="2024-09",
                 progress="Standing item on the Board agenda since September 2024.",
                 status="blue"),
            dict(ref="5.2",
                 action="Share the electively home educated register with health visiting and school nursing so that every child is offered health contact.",
                 lead_cell="Education Welfare Service Manager (BGCBC) / Head of School Nursing (ABUHB)",
                 lead=["Education Welfare Service Manager (BGCBC)", "Head of School Nursing (ABUHB)"],
                 when="December 2025", end="2025-12",
                 progress="Information sharing protocol agreed in principle; legal sign-off expected November 2025.",
                 status="green"),
        ]),
    ]),
]


def build_jicpa(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Gwent Safeguarding Board | Bwrdd Diogelu Gwent"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(JICPA_TITLE, style="Title")
    doc.add_paragraph("Inspection undertaken 4 to 8 March 2024 by Care Inspectorate Wales, Healthcare Inspectorate Wales, "
                      "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services and Estyn. Report published 18 June 2024.")
    doc.add_paragraph("Partners: Blaenau Gwent County Borough Council (BGCBC), Aneurin Bevan University Health Board (ABUHB), "
                      "Gwent Police, Education Achievement Service.")
    doc.add_paragraph("Progress update: October 2025 – reported to the Gwent Safeguarding Board, 27 November 2025")

    vc = doc.add_table(rows=1, cols=4)
    vc.style = "Table Grid"
    header_row(vc, ["Version", "Date", "Author", "Changes"], hexcode="7F7F7F")
    for row in [("1.0", "July 2024", "Regional Safeguarding Board Business Manager", "Plan approved by the Board"),
                ("1.3", "April 2025", "Regional Safeguarding Board Business Manager", "Q4 2024/25 progress"),
                ("1.5", "October 2025", "Regional Safeguarding Board Business Manager", "Q2 2025/26 progress")]:
        cells = vc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, size=9)

    doc.add_paragraph("")
    doc.add_paragraph("Status key: Achieved (Blue) – On target (Green) – Some slippage (Amber) – Behind target (Red)")

    headers = ["Ref", "Action", "Lead", "Timescale", "Progress update (October 2025)", "Status"]
    for theme, afis in JICPA:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        header_row(t, headers, hexcode="00594F")
        for afi, actions in afis:
            merged_row(t, afi, hexcode="E2EFDA")
            for a in actions:
                row = t.add_row()
                vals = [a["ref"], a["action"], a["lead_cell"], a["when"], a["progress"], STATUS_WORD[a["status"]]]
                for c, v in zip(row.cells, vals):
                    set_cell(c, v, size=9)
                shade(row.cells[5], RAG_HEX[a["status"]])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Agency", "Signed off by", "Date"], hexcode="7F7F7F")
    for row in [("BGCBC", "Corporate Director of Social Services", "15 July 2024"),
                ("ABUHB", "Executive Director of Nursing", "15 July 2024"),
                ("Gwent Police", "Assistant Chief Constable", "16 July 2024")]:
        cells = so.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, size=9)
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Exeter City Council - Corporate Plan annual delivery plan (xlsx, refuse)
# ---------------------------------------------------------------------------
EXETER_FILE = "zao-exeter-city-council-corporate-plan-delivery-tracker-2025-26-typo-month-refuse.xlsx"
EXETER_TITLE = "Exeter City Council – Corporate Plan 2022-26: Annual Delivery Plan 2025/26"

# (priority, [(ref, deliverable, lead, due, rag colour or None, commentary)])
EXETER = [
    ("Net Zero Exeter 2030", [
        ("NZ1", "Complete phase 2 decarbonisation works (air source heat pumps) at Riverside Leisure Centre", "SH", "Mar-26", "green",
         "Contractor on site from 1 September; on programme."),
        ("NZ2", "Install 40 additional public EV charge points in council car parks", "SH/PC", "Dec-25", "amber",
         "24 installed. Western Power connection dates for Mary Arches and Howell Road not yet confirmed."),
        ("NZ3", "Adopt the Exeter Local Nature Recovery Plan", "PC", "Sep-25", "blue",
         "Adopted by Executive 9 September 2025."),
    ]),
    ("Building great neighbourhoods and communities", [
        ("H1", "Start on site at Vaughan Road (first phase of 100 council homes)", "AB", "0ct-25", "red",
         "Start delayed pending revised viability appraisal."),
        ("H2", "Reduce the use of bed and breakfast for homeless families to zero beyond 6 weeks", "AB/LW", "Mar-26", "amber",
         "3 families over 6 weeks at end of September (Q1: 7)."),
    ]),
    ("Healthy and active city", [
        ("HA1", "Open the refurbished Wonford Sports Centre changing village", "JM", "Nov-25", "green",
         "Practical completion forecast 14 November."),
        ("HA2", "Deliver the Live and Move programme in Wonford and Whipton with Sport England", "JM/LW", "Mar-26", None,
         "Programme board to be set up in Q3."),
    ]),
    ("Well-run council", [
        ("WR1", "Agree a balanced budget for 2026/27 and a refreshed Medium Term Financial Plan", "DH", "Feb-26", "green",
         "Budget gap reduced to £1.2m; proposals to Executive 3 February 2026."),
        ("WR2", "Implement the new customer contact platform and close the old CRM", "DH/RS", "Jan-26", "amber",
         "Data migration testing found duplicate records; go-live moved to late January."),
    ]),
]


def build_exeter(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan"
    ws["A1"] = EXETER_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 monitoring (to 30 September 2025) – Strategic Management Board, 21 October 2025"
    headers = ["Strategic priority", "Ref", "Key deliverable", "Lead officer", "Due", "RAG", "Commentary"]
    widths = [28, 7, 60, 12, 9, 7, 60]
    hr = 4
    for i, h in enumerate(headers, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00467F")
        c.border = BOX
        c.alignment = WRAP
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    r = hr + 1
    refuse_row = None
    for priority, items in EXETER:
        start = r
        for ref, deliverable, lead, due, rag, comment in items:
            vals = [priority if r == start else None, ref, deliverable, lead, due, None, comment]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = WRAP
            if rag:
                ws.cell(r, 6).fill = fill(RAG_HEX[rag])
            if due.startswith("0"):
                refuse_row = r
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r + 1, 1, "Lead officers: SH – Strategic Director for Place; PC – Head of City Development; AB – Head of Housing Needs and Homes; "
                      "LW – Head of Communities; JM – Head of Leisure; DH – Strategic Director for Corporate Resources; RS – Head of Customer Services")
    ws.cell(r + 2, 1, "RAG key (fill colour): Blue = complete; Green = on track; Amber = at risk; Red = off track; no colour = not started")
    ws.freeze_panes = ws.cell(hr + 1, 1)

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "At risk"),
                                           ("red", "Off track"), (None, "Not started")], 2):
        if colour:
            key.cell(i, 1).fill = fill(RAG_HEX[colour])
        key.cell(i, 2, meaning)
    wb.save(path)
    return refuse_row


def main():
    build_greenwich(os.path.join(HERE, GREENWICH_FILE))
    build_bolton(os.path.join(HERE, BOLTON_FILE))
    build_adopt(os.path.join(HERE, ADOPT_FILE))
    build_calderdale(os.path.join(HERE, CALDERDALE_FILE))
    build_cvrsb(os.path.join(HERE, CVRSB_FILE))
    build_jicpa(os.path.join(HERE, JICPA_FILE))
    rr = build_exeter(os.path.join(HERE, EXETER_FILE))
    print("Exeter typo month on sheet row", rr)


if __name__ == "__main__":
    main()
