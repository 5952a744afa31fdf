"""Build the seven zrc- blind test files (set heldout695).

Run with /work/main/.venv/bin/python zrc_make.py ; writes next to this script.
Only files whose names start with "zrc-" are written.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "BFBFBF",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Hackney - Scrutiny Improvement Review: Scrutiny Panel response and action plan (CSV)
# ---------------------------------------------------------------------------
HACKNEY_FILE = "zrc-hackney-council-scrutiny-improvement-review-action-plan.csv"
HACKNEY_TITLE = "Scrutiny Improvement Review – Scrutiny Panel Response and Action Plan"
# (recommendation, panel response, [(ref, action, lead, timescale, progress, status)])
HACKNEY_RECS = [
    (
        "R1. Refresh the approach to work programming so that each commission focuses on fewer, higher-impact topics linked to the Strategic Plan.",
        "Agreed.",
        [
            ("1.1", "Hold a joint work programming workshop for all commission chairs and vice chairs before the start of the municipal year.",
             "Chair of Scrutiny Panel / Overview and Scrutiny Manager", "June 2025",
             "Workshop held 12 June 2025; all four commissions attended.", "Complete"),
            ("1.2", "Introduce a topic selection and prioritisation tool and publish it alongside each commission's work programme.",
             "Overview and Scrutiny Manager", "September 2025",
             "Tool agreed at Scrutiny Panel in July; published with the 2025/26 work programmes.", "Complete"),
        ],
    ),
    (
        "R2. Develop a clearer protocol for how the Executive responds to scrutiny recommendations and reports back on implementation.",
        "Agreed in part – the Panel will revisit call-in arrangements once the constitution review concludes.",
        [
            ("2.1", "Draft an Executive–Scrutiny protocol setting out a two-month deadline for written Executive responses to scrutiny reports.",
             "Director of Legal, Democratic and Electoral Services", "Q3 2025/26",
             "Draft shared with Cabinet; comments awaited from the Mayor's Office before sign-off.", "Amber"),
            ("2.2", "Hold an annual Cabinet Question Time with the Mayor at Scrutiny Panel and a question time with each Cabinet Member at the relevant commission.",
             "Chair of Scrutiny Panel", "Ongoing",
             "Mayor attended 10 April 2025; Cabinet Member sessions scheduled across the 2025/26 programme.", "On track"),
        ],
    ),
    (
        "R3. Improve the way scrutiny uses performance, finance and resident insight information.",
        "Agreed.",
        [
            ("3.1", "Provide each commission with a quarterly information pack containing:\n- the performance indicators for its remit\n- budget monitoring headlines\n- themes from complaints and member enquiries",
             "Head of Policy and Strategic Delivery", "31/12/2025",
             "First pack produced for Q2.\nNew performance dashboards presented to Scrutiny Panel 6 October 2025.", "On track"),
            ("3.2", "Run a budget scrutiny training session for all scrutiny members before the 2026/27 budget proposals are published.",
             "Interim Group Director of Finance; Overview and Scrutiny Manager", "November 2025",
             "Session delivered 4 November 2025 – 19 members attended.", "Complete"),
        ],
    ),
    (
        "R4. Involve residents and co-optees more systematically in scrutiny reviews.",
        "Agreed.",
        [
            ("4.1", "Recruit two additional co-opted members to the Children and Young People Scrutiny Commission, including a parent governor representative.",
             "Overview and Scrutiny Officer (CYP)", "March 2026", "", "Not started"),
            ("4.2", "Pilot a resident reference group to inform one review per commission.",
             "Head of Consultation and Engagement", "Jan – Mar 2026",
             "Scoping under way with the Engagement team; recruitment of residents slipped from November.", "Amber"),
        ],
    ),
    (
        "R5. Review the capacity of the scrutiny support team against the demands of the work programme.",
        "Noted – to be considered through the 2026/27 budget process.",
        [
            ("5.1", "Benchmark scrutiny officer capacity against other London boroughs and report the findings to Scrutiny Panel.",
             "Director of Legal, Democratic and Electoral Services", "February 2026",
             "Data requested via the London Scrutiny Network.", "On track"),
        ],
    ),
]


def make_hackney():
    ncol = 8
    pad = lambda row: row + [""] * (ncol - len(row))
    rows = [
        pad(["London Borough of Hackney"]),
        pad([HACKNEY_TITLE]),
        pad(["Agreed by Scrutiny Panel 10 April 2025 – progress report to Scrutiny Panel 15 December 2025"]),
        pad([]),
        ["Recommendation", "Scrutiny Panel response", "Ref", "Action", "Lead", "Timescale",
         "Progress update (as at 30 November 2025)", "Status"],
    ]
    for rec, resp, acts in HACKNEY_RECS:
        for i, (ref, act, lead, when, prog, status) in enumerate(acts):
            rows.append([rec if i == 0 else "", resp if i == 0 else "", ref, act, lead, when, prog, status])
    rows.append(pad([]))
    rows.append(pad(["Status key: Complete – action delivered; On track – progressing to timescale; "
                     "Amber – slippage with recovery actions in place; Red – off track, escalate to Scrutiny Panel; "
                     "Not started – not yet due to start"]))
    with open(os.path.join(HERE, HACKNEY_FILE), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 2. Wokingham - Council Plan 2025-30 delivery plan tracker, Q2 2025/26 (XLSX)
# ---------------------------------------------------------------------------
WOKINGHAM_FILE = "zrc-wokingham-borough-council-council-plan-delivery-tracker-2025-26.xlsx"
WOKINGHAM_TITLE = "Council Plan 2025-30: Delivery Plan 2025/26"
# (priority, [(ref, action, lead officer, exec member, due, q1 colour, q2 text, commentary)])
WOKINGHAM = [
    ("Priority 1: Thriving and prosperous communities", [
        ("CP1.01", "Submit the Local Plan Update for independent examination and respond to the Inspector's matters, issues and questions",
         "Assistant Director Place and Growth", "Executive Member for Planning and the Local Plan", D(2026, 3, 31), "green", "Amber",
         "Examination hearings now expected in early 2026; revised timetable agreed with the Planning Inspectorate."),
        ("CP1.02", "Launch the business support and skills programme funded by the UK Shared Prosperity Fund",
         "Economic Development Lead Specialist", "Executive Member for Business and Economic Development", D(2025, 9, 30), "green", "Complete",
         "Programme launched 2 September 2025; 46 businesses registered in the first month."),
        ("CP1.03", "Deliver 120 new affordable homes, including 40 for social rent",
         "Assistant Director Housing", "Executive Member for Housing", D(2026, 3, 31), "amber", "Amber",
         "58 completions to the end of Q2; two schemes delayed by contractor insolvency."),
    ]),
    ("Priority 2: Safe, healthy and resilient residents", [
        ("CP2.01", "Deliver the Adult Social Care improvement plan following the CQC local authority assessment",
         "Director of Adult Social Services", "Executive Member for Health, Wellbeing and Adult Services", D(2025, 12, 31), "green", "Green",
         "22 of 31 improvement actions complete; waiting list for Care Act assessments reduced to 74."),
        ("CP2.02", "Open a family hub in the north of the borough, co-located with the library service",
         "Assistant Director Early Help and Prevention", "Executive Member for Children's Services", D(2026, 1, 31), "green", "Red",
         "Building works paused pending a structural survey; revised opening date to be confirmed at Q3."),
        ("CP2.03", "Recommission the domestic abuse support service with Community Safety Partnership partners",
         "Community Safety Manager / Strategic Commissioning Manager", "Executive Member for Community Safety", D(2026, 3, 31), None, "Not started",
         "Procurement due to start in January 2026."),
    ]),
    ("Priority 3: A clean and green borough", [
        ("CP3.01", "Install 150 additional public electric vehicle charge points across the borough",
         "Head of Highways and Transport", "Executive Member for Highways and Transport", D(2026, 3, 31), "amber", "Green",
         "96 charge points live; remaining sites have grid connection dates."),
        ("CP3.02", "Plant 4,000 trees as year two of the Climate Emergency Action Plan tree planting programme",
         "Lead Specialist Climate Emergency", "Executive Member for Climate Emergency", D(2026, 3, 31), "green", "Green",
         "Planting season begins in November; sites and volunteer days confirmed."),
    ]),
    ("Priority 4: An efficient council that is fit for the future", [
        ("CP4.01", "Set a balanced Medium Term Financial Plan for 2026/27 to 2028/29",
         "Assistant Director Finance", "Executive Member for Finance", D(2026, 2, 28), "green", "Green",
         "Budget gap reduced to £3.1m; savings proposals out to consultation."),
        ("CP4.02", "Move 20 high-volume customer transactions online through the new customer portal",
         "Assistant Director Customer and Digital Services", "Executive Member for Customer Services", D(2026, 6, 30), "red", "Amber",
         "Portal live with 9 transactions; integration with the revenues system rescheduled."),
    ]),
]
Q2_FILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", "Not started": "grey"}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def make_wokingham():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    plan = wb.create_sheet("Delivery Plan")
    key = wb.create_sheet("Key")

    # --- Summary sheet (totals block, not actions)
    summ["A1"] = "Wokingham Borough Council"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = WOKINGHAM_TITLE
    summ["A2"].font = Font(bold=True, size=12)
    summ["A3"] = "Quarter 2 summary of action status by priority"
    hdr = ["Priority", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for c, h in enumerate(hdr, 1):
        cell = summ.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("1F4E79")
        cell.border = BOX
    r = 6
    totals = [0] * 6
    for prio, acts in WOKINGHAM:
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == s) for s in ["Complete", "Green", "Amber", "Red", "Not started"]]
        summ.cell(row=r, column=1, value=prio).border = BOX
        for c, v in enumerate(counts, 2):
            summ.cell(row=r, column=c, value=v).border = BOX
        totals = [t + v for t, v in zip(totals, counts)]
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(totals, 2):
        cell = summ.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    summ.column_dimensions["A"].width = 58
    for col in "BCDEFG":
        summ.column_dimensions[col].width = 12

    # --- Delivery plan sheet
    plan["A1"] = "Wokingham Borough Council"
    plan["A1"].font = Font(bold=True, size=14)
    plan["A2"] = WOKINGHAM_TITLE
    plan["A2"].font = Font(bold=True, size=12)
    plan["A3"] = ("Quarter 2 progress (July to September 2025) – reported to Overview and Scrutiny "
                  "Management Committee, 17 November 2025")
    plan["A3"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead officer", "Executive Member", "Due date", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for c, h in enumerate(heads, 1):
        cell = plan.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("1F4E79")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 6
    for prio, acts in WOKINGHAM:
        plan.cell(row=r, column=1, value=prio)
        plan.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        plan.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        plan.cell(row=r, column=1).fill = solid("2E75B6")
        r += 1
        for ref, act, lead, em, due, q1, q2, com in acts:
            vals = [ref, act, lead, em, due, None, q2, com]
            for c, v in enumerate(vals, 1):
                cell = plan.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
            plan.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            if q1:
                plan.cell(row=r, column=6).fill = solid(FILL[q1])
            plan.cell(row=r, column=7).fill = solid(FILL[Q2_FILL[q2]])
            r += 1
    widths = {"A": 9, "B": 55, "C": 30, "D": 32, "E": 12, "F": 8, "G": 12, "H": 55}
    for col, wdt in widths.items():
        plan.column_dimensions[col].width = wdt
    plan.freeze_panes = "C6"

    # --- Key sheet
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    rows = [
        ("Complete", "blue", "Action delivered"),
        ("Green", "green", "On track to deliver by the due date"),
        ("Amber", "amber", "At risk – mitigating action in place"),
        ("Red", "red", "Will not be delivered by the due date – Executive Member briefed"),
        ("Not started", "grey", "Action not yet due to start"),
    ]
    for i, (word, col, meaning) in enumerate(rows, 3):
        key.cell(row=i, column=1, value=word).fill = solid(FILL[col])
        key.cell(row=i, column=2, value=meaning)
    key["A9"] = "Q1 RAG shows the status reported at the end of June 2025 (colour only)."
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 70

    wb.active = 1
    wb.save(os.path.join(HERE, WOKINGHAM_FILE))


# ---------------------------------------------------------------------------
# 3. Adopt London North - RAA service development plan 2025/26 (XLSX, refuse)
# ---------------------------------------------------------------------------
ALN_FILE = "zrc-adopt-london-north-raa-service-development-plan-2025-26-typo-month-refuse.xlsx"
# (objective, [(no, action, leads, original, revised, progress, rag)])
ALN = [
    ("1. Increase the number and diversity of adopters approved", [
        ("1.1", "Deliver a joint recruitment campaign with the Black Adoption Project partners, with an information event in each borough",
         "Team Manager – Recruitment & Assessment", "December 2025", "",
         "Four of six borough events held; 31 enquiries from Black and mixed-heritage households.", "G"),
        ("1.2", "Reduce the time from registration of interest to approval to within six months",
         "Team Manager – Recruitment & Assessment; Panel Adviser", "March 2026", "",
         "Average 7.1 months at Q2 (Q1: 7.8 months).", "A"),
        ("1.3", "Refresh adopter preparation training with adopters and adopted young people",
         "Practice Development Lead", "September 2025", "November 2025",
         "Co-production sessions held; revised course runs from November.", "G"),
    ]),
    ("2. Reduce the time children wait to be matched with their family", [
        ("2.1", "Hold monthly family finding tracking meetings with each borough's permanence leads",
         "Family Finding Team Manager", "July 2025", "",
         "Meetings established in all six boroughs from July 2025.", "B"),
        ("2.2", "Increase early permanence placements to at least 10 in 2025/26",
         "Head of Service; Early Permanence Lead", "March 2026", "",
         "4 early permanence placements to date.", "A"),
    ]),
    ("3. Improve access to timely adoption support", [
        ("3.1", "Clear the backlog of adoption support needs assessments older than 12 weeks",
         "Adoption Support Team Manager", "October 2025", "December 2025",
         "Backlog down from 38 to 15; two agency assessors in post until December.", "A"),
        ("3.2", "Launch a peer mentoring offer for adopters in the first year after placement",
         "Adoption Support Team Manager", "November 2025", "Febuary 2026",
         "Mentor recruitment slower than planned; 6 mentors trained.", "A"),
        ("3.3", "Agree a consistent approach to Adoption and Special Guardianship Support Fund applications across the six boroughs",
         "Head of Service", "January 2026", "",
         "Draft practice guidance with borough finance leads.", "G"),
    ]),
]
ALN_RAG_FILL = {"G": "green", "A": "amber", "R": "red", "B": "blue"}


def make_aln():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    plan = wb.create_sheet("Development Plan")
    key = wb.create_sheet("RAG key")

    cover["A1"] = "Adopt London North"
    cover["A1"].font = Font(bold=True, size=16, color="7030A0")
    cover["A2"] = "Service Development Plan 2025/26"
    cover["A2"].font = Font(bold=True, size=13)
    cover["A3"] = "Regional adoption agency for Barnet, Camden, Enfield, Hackney, Haringey and Islington (host authority)"
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    dc = [
        ("Version", "1.3"),
        ("Date", "14 October 2025"),
        ("Owner", "Head of Service, Adopt London North"),
        ("Approved by", "Adopt London North Partnership Board"),
        ("Next review", "January 2026"),
    ]
    for i, (k, v) in enumerate(dc, 6):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        cover.cell(row=i, column=1).border = BOX
        cover.cell(row=i, column=2, value=v).border = BOX
    cover.column_dimensions["A"].width = 18
    cover.column_dimensions["B"].width = 45

    plan["A1"] = "Adopt London North – Service Development Plan 2025/26"
    plan["A1"].font = Font(bold=True, size=13)
    plan["A2"] = "Barnet · Camden · Enfield · Hackney · Haringey · Islington (host)"
    plan["A3"] = "Progress update to Partnership Board – October 2025"
    plan["A3"].font = Font(italic=True)
    heads = ["Objective", "No.", "Action", "Lead(s)", "Original target", "Revised target", "Progress / evidence", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = plan.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("7030A0")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = 6
    for obj, acts in ALN:
        first = r
        for no, act, lead, orig, rev, prog, rag in acts:
            vals = [None, no, act, lead, orig, rev or None, prog, rag]
            for c, v in enumerate(vals, 1):
                cell = plan.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
            plan.cell(row=r, column=8).fill = solid(FILL[ALN_RAG_FILL[rag]])
            plan.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        plan.cell(row=first, column=1, value=obj)
        plan.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        plan.cell(row=first, column=1).font = Font(bold=True)
        plan.cell(row=first, column=1).fill = solid("E4DFEC")
        plan.cell(row=first, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    plan.cell(row=r + 1, column=1,
              value="RAG: B = complete, G = on track, A = some risk to delivery, R = off track. "
                    "Revised targets were agreed by the Partnership Board on 23 September 2025.")
    plan.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    widths = {"A": 30, "B": 6, "C": 55, "D": 34, "E": 15, "F": 15, "G": 48, "H": 6}
    for col, wdt in widths.items():
        plan.column_dimensions[col].width = wdt

    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (letter, meaning) in enumerate([("B", "Complete"), ("G", "On track"),
                                           ("A", "Some risk to delivery – mitigations in place"),
                                           ("R", "Off track – escalated to Partnership Board")], 3):
        key.cell(row=i, column=1, value=letter).fill = solid(FILL[ALN_RAG_FILL[letter]])
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 50

    wb.active = 1
    wb.save(os.path.join(HERE, ALN_FILE))


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


def set_cell(cell, text, bold=False):
    """Text with inner line breaks becomes one paragraph per line."""
    lines = text.split("\n") if text else [""]
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def header_row(table, heads, fill="D9D9D9"):
    for c, h in zip(table.rows[0].cells, heads):
        set_cell(c, h, bold=True)
        shade(c, fill)


# ---------------------------------------------------------------------------
# 4. Redcar & Cleveland - Fostering Service Development Plan 2025/26 (DOCX)
# ---------------------------------------------------------------------------
REDCAR_FILE = "zrc-redcar-and-cleveland-council-fostering-service-development-plan-2025-26.docx"
REDCAR_TITLE = "Fostering Service Development Plan 2025/26"
# (priority heading, [(ref, action, lead, by when, progress, rag text, rag fill)])
REDCAR = [
    ("Priority 1: Recruit and retain more foster carers", [
        ("1a", "Work with the North East fostering recruitment hub to increase enquiries from borough residents by 20%",
         "Fostering Team Manager / Marketing and Communications Officer", "March 2026",
         "Enquiries up 14% at Q2; joint campaign with the hub launched during Foster Care Fortnight.", "Green", "green"),
        ("1b", "Complete mainstream foster carer assessments within 6 months of application",
         "Team Manager – Fostering Recruitment and Assessment", "Quarterly",
         "Average 5.4 months at Q2 (target 6 months).", "Green", "green"),
        ("1c", "Review the foster carer fees and allowances scheme against other Tees Valley authorities",
         "Head of Service – Children in Our Care", "31/12/2025",
         "Benchmarking complete; proposals to Cabinet in January 2026.", "Amber", "amber"),
    ]),
    ("Priority 2: Support and develop our foster carers", [
        ("2a", "Extend the Mockingbird programme with a second constellation:\nrecruit and train a second hub home carer\nlink 6 to 10 satellite fostering households",
         "Mockingbird Liaison Worker", "Sept 2025 – Mar 2026",
         "Hub home carer approved at panel in August; 4 satellite households signed up.", "Green", "green"),
        ("2b", "Deliver the refreshed core training programme, including trauma-informed practice, to all approved foster carers",
         "Fostering Training and Development Officer", "March 2026",
         "61% of households have completed the trauma-informed module.", "Amber", "amber"),
        ("2c", "Introduce an out-of-hours support line for foster carers staffed by the fostering team",
         "Fostering Team Manager", "July 2025",
         "Live since 1 July 2025.", "Blue", "blue"),
    ]),
    ("Priority 3: Stability and good outcomes for children in foster care", [
        ("3a", "Hold a stability meeting within 10 working days for every fostering arrangement at risk of disruption",
         "Service Manager – Placements", "Ongoing",
         "18 stability meetings held in Q1–Q2; 15 arrangements sustained.", "", "green"),
        ("3b", "Agree a joint protocol with the Virtual School for personal education plan reviews for children in foster care",
         "Head of the Virtual School & Fostering Team Manager", "October 2025",
         "Delayed – Virtual School Head post vacant until November.", "Red", "red"),
    ]),
    ("Priority 4: Kinship care", [
        ("4a", "Complete connected carer (kinship) assessments within the 16-week regulatory timescale",
         "Kinship Team Manager", "March 2026",
         "72% within 16 weeks at Q2; extensions agreed by the Agency Decision Maker for the rest.", "Amber", "amber"),
    ]),
]


def make_redcar():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Redcar & Cleveland Borough Council")
    p.runs[0].bold = True
    doc.add_heading(REDCAR_TITLE, level=0)
    doc.add_paragraph(
        "This plan accompanies the Fostering Service Annual Report 2024/25 (Fostering Services (England) "
        "Regulations 2011, regulation 35). It sets out what the service will do during 2025/26 for our foster "
        "carers and Children In Our Care. Progress is reported to the Corporate Parenting Board each quarter; "
        "this version shows progress at 30 September 2025.")
    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    header_row(key, ["RAG", "Meaning"])
    for row, (word, col, meaning) in zip(key.rows[1:], [
            ("Blue", "blue", "Completed"),
            ("Green", "green", "On track"),
            ("Amber", "amber", "Some slippage – action in hand"),
            ("Red", "red", "Off track – escalated to Head of Service")]):
        set_cell(row.cells[0], word)
        shade(row.cells[0], FILL[col])
        set_cell(row.cells[1], meaning)
    heads = ["Ref", "What we will do", "Lead", "By when", "Progress at 30 September 2025", "RAG"]
    for prio, acts in REDCAR:
        doc.add_heading(prio, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, heads, fill="BDD7EE")
        for row, (ref, act, lead, when, prog, rag, fill) in zip(t.rows[1:], acts):
            for cell, val in zip(row.cells, [ref, act, lead, when, prog, rag]):
                set_cell(cell, val)
            shade(row.cells[5], FILL[fill])
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Corporate Parenting Board, February 2026.")
    doc.save(os.path.join(HERE, REDCAR_FILE))


# ---------------------------------------------------------------------------
# 5. Neath Port Talbot - JICPA multi-agency improvement plan (TXT, tab-separated)
# ---------------------------------------------------------------------------
NPT_FILE = "zrc-neath-port-talbot-jicpa-multi-agency-improvement-plan.txt"
NPT_TITLE = "Neath Port Talbot JICPA – Multi-Agency Improvement Plan"
# (area heading, [(ref, action, agency, lead officer, target, update, rag)])
NPT = [
    ("Area for development 1: Contextual safeguarding is not yet consistently applied across the partnership", [
        ("1.1", "Embed the contextual safeguarding framework in multi-agency strategy discussions for children at risk of exploitation",
         "NPTCBC", "Principal Officer – Contextual Safeguarding", "March 2023",
         "Framework launched September 2022; audit of 20 strategy discussions planned for February.", "Green"),
        ("1.2", "Deliver joint exploitation training for police, health, education and social care practitioners",
         "NPTCBC / SWP", "Safeguarding Training Coordinator & Detective Inspector (Exploitation)", "31/12/2022",
         "6 sessions delivered; 212 practitioners trained.", "Complete"),
        ("1.3", "Map locations and peer groups of concern with partners through the multi-agency child exploitation (MACE) meeting",
         "SWP", "Chair of MACE Panel", "Monthly",
         "Mapping standing item on MACE agenda since October 2022.", "Green"),
    ]),
    ("Area for development 2: Health professionals are not consistently involved in strategy discussions", [
        ("2.1", "Agree a protocol for health representation at all child protection strategy discussions",
         "SBUHB", "Head of Safeguarding", "Q2 2022/23",
         "Protocol agreed by the Local Delivery Group in September 2022.", "Complete"),
        ("2.2", "Audit health attendance and contribution at strategy discussions and report the findings to the Local Delivery Group",
         "SBUHB / NPTCBC", "Named Nurse Safeguarding Children / Quality Assurance Manager", "April 2023",
         "Audit tool agreed; sample period extended to end of February.", "Amber"),
    ]),
    ("Area for development 3: Children's voices are not always recorded and used to inform plans", [
        ("3.1", "Introduce a child's voice section in the care and support protection plan template",
         "NPTCBC", "Head of Children and Young People Services", "30/11/2022",
         "New template in use from November 2022.", "Complete"),
        ("3.2", "Make an active offer of independent advocacy to every child subject to an initial child protection conference",
         "NPTCBC", "Children's Commissioning Manager", "March 2023",
         "Provider capacity issue; interim arrangement being negotiated.", "Red"),
    ]),
]


def make_npt():
    lines = [
        NPT_TITLE,
        "Joint Inspectorate Review of Child Protection Arrangements (CIW, HIW, HMICFRS, HMI Probation, Estyn)",
        "Partners: Neath Port Talbot Council (NPTCBC), South Wales Police (SWP), Swansea Bay University Health Board (SBUHB), Education",
        "Monitored by: West Glamorgan Safeguarding Board – NPT Local Delivery Group. Update: January 2023",
        "",
        "\t".join(["Ref", "Action", "Lead agency", "Lead officer", "Target date", "Progress update", "RAG"]),
    ]
    for area, acts in NPT:
        lines.append(area)
        for a in acts:
            lines.append("\t".join(a))
    lines += [
        "",
        "RAG key: Complete – action finished and evidenced; Green – on track; Amber – at risk of delay; "
        "Red – delayed, escalate to the Local Delivery Group",
    ]
    with open(os.path.join(HERE, NPT_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Blaenau Gwent - Corporate Plan 2022/27 annual delivery plan mid-year update (DOCX)
# ---------------------------------------------------------------------------
BG_FILE = "zrc-blaenau-gwent-cbc-corporate-plan-annual-delivery-plan-2025-26-mid-year-update.docx"
BG_TITLE = "Corporate Plan 2022/27: Annual Delivery Plan 2025/26 – Mid-Year Progress Update"
# (priority, [(outcome, [(action, lead, milestone, progress, status)])])
BG = [
    ("Priority 1: Maximise learning and skills for all to create a prosperous, thriving, resilient Blaenau Gwent", [
        ("Outcome: Learners attend school regularly and achieve well", [
            ("Implement the school attendance strategy, with Education Welfare Service support targeted at persistent absence",
             "Corporate Director of Education", "March 2026",
             "Primary attendance 92.4%; secondary persistent absence remains above the Wales average.", "Slippage"),
            ("Progress the Sustainable Communities for Learning programme, including completion of the new-build primary school project",
             "Service Manager Education Transformation", "Q4 2025/26",
             "Construction on programme; handover planned for February 2026.", "On track"),
        ]),
        ("Outcome: Residents gain the skills they need for good quality work", [
            ("Deliver the Shared Prosperity Fund employability programme, supporting 300 residents into training or work",
             "Team Manager Employment and Skills", "31/03/2026",
             "171 residents supported to date; 48 into employment.", "On track"),
        ]),
    ]),
    ("Priority 2: Respond to the nature and climate crisis and enable connected communities", [
        ("Outcome: Reduced carbon emissions from council operations", [
            ("Install solar PV on four further council buildings",
             "Energy Manager", "December 2025",
             "Grid connection approval outstanding for two sites; one installation complete.", "Off track"),
            ("Increase the household waste recycling rate towards the 70% statutory target",
             "Head of Community Services", "Mar 2026",
             "Q1 rate 64.8%; food waste participation campaign under way.", "Slippage"),
        ]),
    ]),
    ("Priority 3: An ambitious and innovative council delivering the quality services we know matter to our communities", [
        ("Outcome: Residents can access council services digitally", [
            ("Launch the new customer relationship management system and My Account for residents",
             "Head of Digital Services & Customer Services Manager", "September 2025",
             "My Account launched 8 September 2025; 2,340 registrations in the first month.", "Achieved"),
        ]),
    ]),
    ("Priority 4: Empowering and supporting communities to be safe, independent and resilient", [
        ("Outcome: People are supported to live independently at home", [
            ("Reduce the waiting list for domiciliary care through the ‘Care closer to home’ commissioning review",
             "Head of Adult Services", "TBC",
             "Review scope agreed; timetable depends on the regional commissioning framework.", "Slippage"),
            ("Deliver the Disabled Facilities Grant programme within the 2025/26 capital allocation",
             "Team Manager Private Sector Housing", "31/03/2026",
             "54 adaptations completed; spend on profile.", "On track"),
        ]),
    ]),
]
BG_FILL = {"On track": "green", "Slippage": "amber", "Off track": "red", "Achieved": "blue"}


def make_bg():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for txt in ["Blaenau Gwent County Borough Council", "Cyngor Bwrdeistref Sirol Blaenau Gwent"]:
        p = doc.add_paragraph(txt)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.runs[0].bold = True
    doc.add_heading(BG_TITLE, level=0)
    doc.add_paragraph("Reporting period: 1 April – 30 September 2025. Presented to the Corporate Governance and "
                      "Performance Scrutiny Committee, November 2025.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Change"])
    for row, vals in zip(dc.rows[1:], [
            ("0.1", "03/10/2025", "Corporate Performance Team", "First draft"),
            ("1.0", "21/10/2025", "Corporate Performance Team", "Corporate Leadership Team comments incorporated")]):
        for cell, v in zip(row.cells, vals):
            set_cell(cell, v)
    doc.add_heading("Status key", level=2)
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    header_row(key, ["Status", "Meaning"])
    for row, (word, meaning) in zip(key.rows[1:], [
            ("On track", "Action progressing as planned (Green)"),
            ("Slippage", "Some delay, expected to recover within the year (Amber)"),
            ("Off track", "Significant delay or risk to delivery (Red)"),
            ("Achieved", "Action completed (Blue)")]):
        set_cell(row.cells[0], word)
        shade(row.cells[0], FILL[BG_FILL[word]])
        set_cell(row.cells[1], meaning)
    heads = ["Action", "Lead", "Milestone", "Progress to date", "Status"]
    for prio, outcomes in BG:
        doc.add_page_break()
        doc.add_heading(prio, level=1)
        nrows = 1 + sum(1 + len(acts) for _, acts in outcomes)
        t = doc.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        header_row(t, heads, fill="C5E0B3")
        i = 1
        for outcome, acts in outcomes:
            row = t.rows[i]
            m = row.cells[0].merge(row.cells[4])
            set_cell(m, outcome, bold=True)
            shade(m, "E2EFD9")
            i += 1
            for act, lead, ms, prog, status in acts:
                row = t.rows[i]
                for cell, v in zip(row.cells, [act, lead, ms, prog, status]):
                    set_cell(cell, v)
                shade(row.cells[4], FILL[BG_FILL[status]])
                i += 1
    doc.save(os.path.join(HERE, BG_FILE))


# ---------------------------------------------------------------------------
# 7. Torfaen - scrutiny recommendations tracker 2025/26 (XLSX)
# ---------------------------------------------------------------------------
TORFAEN_FILE = "zrc-torfaen-cbc-scrutiny-recommendations-tracker-2025-26.xlsx"
TORFAEN_TITLE = "Overview and Scrutiny – Progress and Impact of Accepted Recommendations 2025/26"
# (committee, [(ref, date, area, recommendation, exec date, lead, target, action taken, status)])
TORFAEN = [
    ("Resources and Business Change Overview and Scrutiny Committee", [
        ("SR (25/26) 01", D(2025, 6, 10), "Finance",
         "That the Executive Member for Resources reports quarterly to the Committee on progress against the £4.2m savings programme for 2025/26.",
         D(2025, 7, 1), "NA/RJ", D(2026, 3, 31), "Q1 report received 9 September 2025; Q2 report due December.", "Amber"),
        ("SR (25/26) 02", D(2025, 6, 10), "Digital",
         "That a digital inclusion impact assessment is completed before further council services move to online-only access.",
         D(2025, 7, 1), "JG", D(2025, 9, 30), "Assessment completed and published with the Customer Access Strategy.", "Green"),
    ]),
    ("Education Overview and Scrutiny Committee", [
        ("SR (24/25) 14", D(2025, 3, 19), "Education",
         "That the Chief Education Officer provides a six-monthly update on the Estyn post-inspection action plan for additional learning needs.",
         D(2025, 4, 29), "AD", "Ongoing", "First six-monthly update considered 1 October 2025.", "Amber"),
        ("SR (25/26) 03", D(2025, 7, 2), "Education",
         "That attendance data for learners eligible for free school meals is included in the termly attendance report.",
         D(2025, 7, 22), "AD/KW", D(2025, 12, 31), "Included from the autumn term report.", "Green"),
    ]),
    ("Healthier Communities Overview and Scrutiny Committee", [
        ("SR (25/26) 04", D(2025, 7, 16), "Social care",
         "That the Executive Member for Adult Services and Health sets out a plan to reduce the domiciliary care waiting list to under 20 people.",
         D(2025, 8, 5), "JB", D(2026, 1, 31), "Waiting list at 47 (down from 63); commissioning of additional hours under way.", "Red"),
        ("SR (25/26) 05", D(2025, 7, 16), "Housing",
         "That the Council reviews its use of bed and breakfast accommodation for homeless families and reports back with an exit plan.",
         D(2025, 8, 5), "JB/SH", D(2026, 3, 31), "Exit plan drafted; 12 families moved to leased properties.", "Amber"),
    ]),
    ("Place Overview and Scrutiny Committee", [
        ("SR (25/26) 06", D(2025, 9, 24), "Environment",
         "That a review of the litter and fly-tipping enforcement pilot is brought to the Committee before any decision to extend it.",
         D(2025, 10, 14), "RM", D(2026, 2, 28), "", None),
        ("SR (25/26) 07", D(2025, 9, 24), "Transport",
         "That officers work with Transport for Wales on improved evening bus services between Cwmbran and Pontypool.",
         D(2025, 10, 14), "RM", "Ongoing", "Initial meeting held with TfW on 20 October 2025.", "Amber"),
    ]),
]
TORFAEN_FILL = {"Green": "green", "Amber": "amber", "Red": "red"}


def make_torfaen():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    key = wb.create_sheet("Key")
    ws["A1"] = "Torfaen County Borough Council / Cyngor Bwrdeistref Sirol Torfaen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = TORFAEN_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 October 2025"
    heads = ["Reference / Cyfeirnod", "Date", "Area", "Recommendation / Argymhelliad", "Exec date",
             "Lead Officer/EM", "Target date", "Action taken", "Status / Statws"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("00594F")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 6
    for comm, recs in TORFAEN:
        ws.cell(row=r, column=1, value=comm).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = solid("D9E1F2")
        r += 1
        for ref, date, area, rec, exd, lead, target, taken, status in recs:
            vals = [ref, date, area, rec, exd, lead, target, taken or None, status]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yy"
            if status:
                ws.cell(row=r, column=9).fill = solid(FILL[TORFAEN_FILL[status]])
            r += 1
    widths = {"A": 15, "B": 10, "C": 12, "D": 60, "E": 10, "F": 12, "G": 11, "H": 45, "I": 12}
    for col, wdt in widths.items():
        ws.column_dimensions[col].width = wdt

    key["A1"] = "Key"
    key["A1"].font = Font(bold=True)
    lines = [
        ("Reference", "Each recommendation has a reference showing the municipal year in which it was made."),
        ("Date", "Date of the Overview and Scrutiny Committee meeting that agreed the recommendation."),
        ("Area", "Directorate or portfolio area."),
        ("Exec date", "Date the recommendation was accepted by the Executive."),
        ("Lead Officer/EM", "Initials of the lead officer and/or Executive Member."),
        ("Action taken", "Summary of action to date."),
        ("Status", ""),
        ("Green", "Recommendation achieved – monitoring no longer required"),
        ("Amber", "Acceptable progress made – continue monitoring"),
        ("Red", "Unacceptable progress made – lead officer to attend Committee"),
    ]
    for i, (k, v) in enumerate(lines, 3):
        key.cell(row=i, column=1, value=k).font = Font(bold=True)
        key.cell(row=i, column=2, value=v)
        if k in TORFAEN_FILL:
            key.cell(row=i, column=1).fill = solid(FILL[TORFAEN_FILL[k]])
    key.column_dimensions["A"].width = 18
    key.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, TORFAEN_FILE))


def main():
    make_hackney()
    make_wokingham()
    make_aln()
    make_redcar()
    make_npt()
    make_bg()
    make_torfaen()


if __name__ == "__main__":
    main()
