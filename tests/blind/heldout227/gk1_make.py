"""Build the seven gk1- blind cases (set heldout227) and their expected readings.

Run with: /work/main/.venv/bin/python gk1_make.py
Each data file is written next to NAME.expected.yaml (NAME = whole file name).
The expected readings are written out explicitly per action below (lead lists,
end months and statuses are the reading a person makes, not computed).
"""
import csv
import datetime as dt
import io
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def pf(colour):
    return PatternFill("solid", start_color=FILL[colour], end_color=FILL[colour])


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", start_color="1F3864", end_color="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def header_row(ws, row, values, widths=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.fill = HEAD_FILL
        c.font = HEAD_FONT
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + i)].width = w


# ---------------------------------------------------------------------------
# 1. Tameside local area SEND priority action plan (xlsx)
# ---------------------------------------------------------------------------
def tameside():
    name = "gk1-tameside-local-area-send-priority-action-plan.xlsx"
    title = "Tameside Local Area Partnership – SEND Priority Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = ("Response to the Ofsted and CQC area SEND inspection (fieldwork 4–22 November 2024; "
                 "report published 17 January 2025)")
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    header_row(cov, 5, ["Version", "Date", "Author", "Change"], [12, 14, 28, 44])
    rows = [
        ("0.3", "14/02/2025", "SEND Partnership Manager", "Draft for SEND Partnership Board"),
        ("1.0", "28/02/2025", "SEND Partnership Manager", "Approved; submitted to Ofsted and CQC"),
        ("1.2", "05/08/2025", "SEND Partnership Manager", "Quarter 1 progress update"),
    ]
    for r, vals in enumerate(rows, start=6):
        for c, v in enumerate(vals, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
    cov["A10"] = ("Senior Responsible Officers: Director of Education (TMBC); "
                  "Director of Nursing – Tameside locality (NHS Greater Manchester)")

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=13)
    key_rows = [
        ("blue", "Blue", "Action complete and impact evidenced"),
        ("green", "Green", "On track to deliver by the completion date"),
        ("amber", "Amber", "Some slippage – recovery in hand"),
        ("red", "Red", "Off track – escalated to SEND Partnership Board"),
        (None, "No colour", "Not yet due to start"),
    ]
    for r, (col, label, meaning) in enumerate(key_rows, start=3):
        a = key.cell(row=r, column=1, value=label)
        if col:
            a.fill = pf(col)
        key.cell(row=r, column=2, value=meaning)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 52

    ws = wb.create_sheet("Priority Action Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Progress position at 31 July 2025 (reported to SEND Partnership Board 12 August 2025)"
    header_row(ws, 4, ["Ref", "Action", "Lead officer(s)", "Organisation", "Start",
                       "Completion date", "Previous RAG (Apr-25)", "Current RAG (Jul-25)",
                       "Progress update"],
               [7, 52, 30, 14, 10, 16, 12, 12, 50])

    apa1 = ("Area for priority action 1: Leaders across education, health and care should urgently "
            "improve the timeliness and quality of EHC needs assessments, plans and annual reviews so "
            "that children and young people get the right help at the right time.")
    apa2 = ("Area for priority action 2: Health and local authority leaders should reduce the long waits "
            "for neurodevelopmental assessments and make sure children and families are supported while "
            "they wait.")
    afi1 = ("Area for improvement 1: Leaders should improve the accessibility and usefulness of the Local "
            "Offer so that families know what support is available and how to get it.")

    D = dt.datetime
    # (ref, action, lead cell, org, start, completion, prev fill, cur fill, update, expected)
    plan = [
        ("heading", apa1),
        ("1.1", "Recruit additional EHC coordinators and educational psychologists to clear the backlog of "
                "overdue needs assessments.", "Head of SEND Services", "TMBC", D(2025, 3, 1), D(2025, 6, 30),
         "amber", "blue",
         "Five EHC coordinators and two EPs in post from May 2025. Backlog of assessments over 20 weeks "
         "cleared 27 June 2025.",
         (["Head of SEND Services"], "2025-06", "blue", None)),
        ("1.2", "Set up a multi-agency quality assurance panel to audit a sample of new EHC plans every month "
                "and feed back to plan writers.",
         "Principal Educational Psychologist / Designated Clinical Officer", "TMBC / NHS GM",
         D(2025, 4, 1), D(2025, 9, 30), "green", "green",
         "Panel met in May, June and July; 36 plans audited, 58% judged good or better.",
         (["Principal Educational Psychologist", "Designated Clinical Officer"], "2025-09", "green", None)),
        ("1.3", "Reset the annual review process so that amended plans are issued within statutory timescales, "
                "starting with Year 6 and Year 11 phase transfers.", "SEND Casework Manager", "TMBC",
         D(2025, 9, 1), "Autumn term 2025", None, "amber",
         "Phase transfer reviews prioritised. Staffing gap in the annual review team until September.",
         (["SEND Casework Manager"], "2025-12", "amber", "Autumn term 2025")),
        ("heading", apa2),
        ("2.1", "Commission additional autism and ADHD assessment capacity through an independent provider to "
                "reduce the waiting list.", "Associate Director of Commissioning (NHS GM – Tameside)", "NHS GM",
         D(2025, 4, 1), D(2025, 12, 31), "red", "amber",
         "Contract awarded July 2025; first clinics from September. Waiting list 1,412 (down from 1,655).",
         (["Associate Director of Commissioning (NHS GM – Tameside)"], "2025-12", "amber", None)),
        ("2.2", "Launch a 'waiting well' offer with drop-in sessions, an advice line and online resources for "
                "families on the waiting list.", "Designated Clinical Officer; Tameside Parent Carer Forum",
         "NHS GM / TPCF", D(2025, 2, 1), D(2025, 5, 31), "amber", "blue",
         "Launched 12 May 2025. 214 families attended drop-ins in the first eight weeks.",
         (["Designated Clinical Officer", "Tameside Parent Carer Forum"], "2025-05", "blue", None)),
        ("2.3", "Publish waiting-list and waiting-time data for the neurodevelopmental pathways on the Local "
                "Offer every quarter.", "Head of Performance & Intelligence", "NHS GM", D(2025, 6, 1),
         "Quarterly – ongoing", None, "green", "First dashboard published July 2025.",
         (["Head of Performance & Intelligence"], None, "green", "Quarterly – ongoing")),
        ("heading", afi1),
        ("3.1", "Co-produce a redesigned Local Offer website with the Parent Carer Forum and young people.",
         "Head of SEND Services", "TMBC", D(2025, 10, 1), D(2026, 1, 31), None, None,
         "Not due to start until October 2025. Specification drafted with TPCF.",
         (["Head of SEND Services"], "2026-01", "unrated", None)),
        ("3.2", "Agree a partnership communications plan, including a termly SEND newsletter for families and "
                "schools.", "SEND Partnership Manager", "TMBC", D(2025, 3, 1), "Sept 2025", "green", "green",
         "First newsletter issued July 2025.",
         (["SEND Partnership Manager"], "2025-09", "green", None)),
    ]
    actions = []
    r = 5
    current = None
    for item in plan:
        if item[0] == "heading":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.alignment = WRAP
            c.fill = PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")
            ws.row_dimensions[r].height = 32
            current = item[1]
            r += 1
            continue
        ref, text, lead, org, start, end, prev, cur, upd, exp = item
        vals = [ref, text, lead, org, start, end, None, None, upd]
        for ci, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=ci, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=5).number_format = "mmm-yy"
        if isinstance(end, dt.datetime):
            ws.cell(row=r, column=6).number_format = "mmm-yy"
        if prev:
            ws.cell(row=r, column=7).fill = pf(prev)
        if cur:
            ws.cell(row=r, column=8).fill = pf(cur)
        lead_l, end_m, status, end_text = exp
        actions.append(act(ref, [current], text, lead_l, end_m, status, end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summary of current RAG").font = Font(bold=True)
    summary = [("Blue (complete)", 2), ("Green", 3), ("Amber", 2), ("Red", 0),
               ("Not yet started", 1), ("Total actions", 8)]
    for label, n in summary:
        r += 1
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=n)
    r += 2
    ws.cell(row=r, column=1, value="Note: RAG colours are defined on the Key sheet. Previous RAG is the "
                                    "position reported to the SEND Partnership Board in April 2025.")
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a local area partnership priority action plan published after an Ofsted/CQC area "
                   "SEND inspection with outcome 3 (Tameside, 2025; no specific URL used). Copied features: "
                   "cover sheet with document control table and senior responsible officers, separate RAG key "
                   "sheet, areas for priority action and an area for improvement as merged full-width rows "
                   "above numbered actions, previous and current RAG shown only as cell fill colour, mixed "
                   "completion dates (real dates shown mmm-yy, a school term, 'Quarterly – ongoing'), two posts "
                   "in one lead cell, and a summary-of-RAG block and note under the plan."),
        "reads": ("A three-sheet workbook: a cover with document control, a RAG key, and the plan. The plan has "
                  "eight actions under two areas for priority action and one area for improvement; status is "
                  "the fill colour of the Current RAG column (one action has no colour yet, not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Norfolk ILACS improvement plan (xlsx, one sheet per theme + summary)
# ---------------------------------------------------------------------------
def norfolk():
    name = "gk1-norfolk-county-council-ilacs-improvement-plan.xlsx"
    title = "Norfolk Children's Services ILACS Improvement Plan 2025–26"
    D = dt.datetime
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=15)
    s["A2"] = ("Response to the Ofsted inspection of local authority children's services (ILACS), "
               "10–21 February 2025 – overall effectiveness: requires improvement to be good")
    s["A4"] = "Plan owner: Executive Director of Children's Services"
    s["A5"] = "Last updated: 30/09/2025 (Practice Improvement Board)"
    header_row(s, 7, ["Theme", "Actions", "Complete", "Green", "Amber", "Red"], [34, 10, 10, 10, 10, 10])
    summ = [("1. Help and protection", 4, 2, 1, 1, 0),
            ("2. Children in care", 3, 0, 2, 1, 0),
            ("3. Care leavers", 2, 0, 1, 0, 1),
            ("Total", 9, 2, 4, 2, 1)]
    for i, row in enumerate(summ, start=8):
        for j, v in enumerate(row, start=1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    s["A14"] = "RAG key"
    s["A14"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Complete – action delivered"),
                                     ("green", "Green – on track"),
                                     ("amber", "Amber – at risk of slipping"),
                                     ("red", "Red – off track")], start=15):
        c = s.cell(row=i, column=1, value=txt)
        c.fill = pf(col)

    cols = ["Ref", "Ofsted recommendation", "Action", "Accountable lead", "Original target",
            "Revised target", "RAG", "Progress commentary (September 2025)"]
    widths = [7, 40, 50, 30, 13, 13, 11, 46]
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    rag_read = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    sheets = [
        ("1 Help and protection", "Theme 1: Help and protection", [
            ("1. The quality of assessments and plans for children in need and children subject to child "
             "protection plans, so that they are specific about risks and what needs to change.", [
                ("1.1", "Roll out refreshed assessment and plan templates with practice workshops for all social "
                        "work teams.", "Principal Social Worker", D(2025, 6, 30), None, "Complete",
                 "Templates live on LiquidLogic from 2 June; 14 workshops delivered.",
                 ["Principal Social Worker"], "2025-06"),
                ("1.2", "Introduce monthly thematic audits of child protection plans, with findings reported to "
                        "the Practice Improvement Board.",
                 "Head of Quality Assurance / Assistant Director Social Work", D(2025, 9, 30), None, "Green",
                 "Three audits completed; 61% of plans rated good (target 70%).",
                 ["Head of Quality Assurance", "Assistant Director Social Work"], "2025-09"),
            ]),
            ("2. The response to children who are privately fostered and to 16- and 17-year-olds who present "
             "as homeless.", [
                ("2.1", "Train front door staff to identify private fostering arrangements and update the MASH "
                        "screening tool.", "Head of Service – Front Door", D(2025, 5, 31), D(2025, 8, 31),
                 "Complete", "Delayed by the system upgrade; screening tool updated 18 August.",
                 ["Head of Service – Front Door"], "2025-08"),
                ("2.2", "Agree a joint protocol with housing for 16- and 17-year-olds who present as homeless, "
                        "including joint assessment.",
                 "Assistant Director Early Help; Head of Housing Options (district councils)",
                 D(2025, 7, 31), "Dec-25", "Amber",
                 "Draft protocol shared with all seven district councils; two have yet to sign.",
                 ["Assistant Director Early Help", "Head of Housing Options (district councils)"], "2025-12"),
            ]),
        ]),
        ("2 Children in care", "Theme 2: Children in care", [
            ("3. Sufficiency of local homes for children in care, particularly for older children and for "
             "brothers and sisters who need to live together.", [
                ("3.1", "Recruit and approve 40 additional mainstream foster carers through the Norfolk fostering "
                        "recruitment campaign.", "Head of Fostering", D(2026, 3, 31), None, "Green",
                 "17 households approved since April; 22 assessments under way.",
                 ["Head of Fostering"], "2026-03"),
                ("3.2", "Open two new council-run children's homes in Norwich and King's Lynn.",
                 "Head of Residential Services", D(2025, 12, 31), D(2026, 6, 30), "Amber",
                 "Norwich home registered with Ofsted in August. King's Lynn planning approval delayed.",
                 ["Head of Residential Services"], "2026-06"),
                ("3.3", "Review the matching process for brothers and sisters.\nRecord the reasons in the child's "
                        "plan where they cannot live together.", "Placements Service Manager",
                 D(2025, 10, 31), None, "Green", "Revised matching guidance agreed; recording check in November.",
                 ["Placements Service Manager"], "2025-10"),
            ]),
        ]),
        ("3 Care leavers", "Theme 3: Care leavers", [
            ("4. The quality and timeliness of pathway plans for care leavers, and their access to suitable "
             "accommodation.", [
                ("4.1", "Ensure every care leaver aged 18 to 21 has an up-to-date pathway plan, reviewed at least "
                        "every six months.", "Head of Leaving Care", D(2025, 9, 30), None, "Red",
                 "Compliance 72% at the end of August; recovery plan agreed with team managers.",
                 ["Head of Leaving Care"], "2025-09"),
                ("4.2", "Extend the Staying Close offer and commission 12 additional supported lodgings "
                        "placements.", "Head of Leaving Care, Commissioning Manager (Children)",
                 D(2026, 3, 31), None, "Green", "Tender issued September 2025.",
                 ["Head of Leaving Care", "Commissioning Manager (Children)"], "2026-03"),
            ]),
        ]),
    ]
    actions = []
    for sheet_name, theme, recs in sheets:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = theme
        ws["A2"].font = Font(bold=True, size=12)
        header_row(ws, 4, cols, widths)
        r = 5
        for rec, acts in recs:
            first = r
            for (ref, text, lead, orig, rev, rag, prog, lead_l, end_m) in acts:
                vals = [ref, rec if r == first else None, text, lead, orig, rev, rag, prog]
                for ci, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                for ci in (5, 6):
                    if isinstance(ws.cell(row=r, column=ci).value, dt.datetime):
                        ws.cell(row=r, column=ci).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = pf(rag_fill[rag])
                actions.append(act(ref, [theme, rec], text, lead_l, end_m, rag_read[rag]))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        r += 1
        ws.cell(row=r, column=1, value="Where a revised target is shown it has been agreed by the Practice "
                                        "Improvement Board.").font = Font(italic=True)
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates an ILACS post-inspection improvement plan of an English county council (Norfolk, "
                   "2025; layout after plans taken to council children's committees such as Cheshire East's "
                   "'Ofsted Action Plan and Progress Update', no specific file copied). Copied features: "
                   "summary sheet with counts per theme and a RAG key, one sheet per inspection theme with the "
                   "title repeated, Ofsted recommendation text in a merged cell beside its actions, original "
                   "and revised target dates, RAG word with matching fill, several posts in one lead cell, a "
                   "two-line action, and a note line under each table."),
        "reads": ("A summary sheet and three theme sheets. Each theme sheet lists numbered actions beside the "
                  "Ofsted recommendation they answer (merged down the rows); nine actions in all. Where a "
                  "revised target is given it is the due month; status is the RAG word (Complete = blue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Stoke-on-Trent monitoring visit action plan, typo month -> refuse (xlsx)
# ---------------------------------------------------------------------------
def stoke():
    name = "gk1-stoke-on-trent-city-council-monitoring-visit-action-plan-typo-month-refuse.xlsx"
    title = "Stoke-on-Trent City Council – Ofsted Monitoring Visit Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "MV action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Monitoring visit 3–4 June 2025: children in need and children subject to child protection "
                "plans")
    ws["A3"] = "Plan owner: Director of Children's Services | Reviewed monthly at the Children's Improvement Board"
    header_row(ws, 5, ["Finding from monitoring visit", "No.", "Action", "Owner", "Due date", "Status",
                       "Comments"], [40, 6, 52, 30, 18, 12, 40])
    rows = [
        ("Management oversight and supervision do not consistently challenge drift for children in need.",
         1, "Relaunch the supervision policy with a mandatory case direction template for every child in need.",
         "Head of Service CIN/CP", "31 July 2025", "Complete", "Policy relaunched 14 July."),
        (None, 2, "Team managers to track every child in need plan open for longer than nine months each month.",
         "Team Managers (CIN)", "30 September 2025", "On track", "Tracker in use in four of six teams."),
        ("Child protection plans are not always specific and outcomes are not measurable.",
         3, "Deliver training on outcome-focused planning for all child protection chairs and social workers.",
         "Child Protection & Reviewing Manager", "31 October 2025", "On track", "Two of four cohorts trained."),
        (None, 4, "Introduce a mid-point review of every child protection plan by the conference chair.",
         "Child Protection & Reviewing Manager", "30 November 2025", "Not started", ""),
        ("Caseloads in some assessment teams remain too high.",
         5, "Recruit to vacant social worker posts in the assessment service, including an international "
            "recruitment cohort.", "Workforce Development Manager / HR Business Partner", "27 Febuary 2026",
         "On track", "Nine offers made; first arrivals October."),
        (None, 6, "Review the caseload weighting tool and report caseloads to the Improvement Board each month.",
         "Head of Service Assessment", "31 March 2026", "Not started", ""),
    ]
    typo_row = None
    for r, vals in enumerate(rows, start=6):
        for ci, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=ci, value=v)
            c.alignment = WRAP
            c.border = BOX
        if "Febuary" in vals[4]:
            typo_row = r
    ws.cell(row=13, column=1, value="Status key: Complete / On track / Delayed / Not started")
    wb.save(os.path.join(HERE, name))
    assert typo_row == 10, typo_row

    write_yaml(name, {
        "source": ("Imitates a council's action plan after an Ofsted ILACS monitoring visit letter "
                   "(Stoke-on-Trent, 2025; no specific file copied): single flat sheet with title lines, the "
                   "monitoring visit finding written only on the first row of its group (blank below), numbered "
                   "actions, owner, due date typed as text, status word, comments and a status key line."),
        "reads": ("Six numbered actions under three findings from an Ofsted monitoring visit. The due date of "
                  "action 5 reads '27 Febuary 2026', a mistyped month; a careful reader would stop and ask "
                  "before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, colour_hex):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour_hex)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = parts[0]
    if bold:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for p in parts[1:]:
        para = cell.add_paragraph(p)
        if bold:
            for run in para.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Coventry YJS HMIP improvement plan (docx, one table per recommendation)
# ---------------------------------------------------------------------------
def coventry():
    name = "gk1-coventry-yjs-hmip-improvement-plan.docx"
    title = "Coventry Youth Justice Service – HMI Probation Inspection Improvement Plan"
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection fieldwork: 7–11 October 2024. Report published: 14 January 2025. "
                      "Overall rating: Requires improvement.")
    doc.add_paragraph("This plan is owned and monitored by the Coventry Youth Justice Management Board. "
                      "Version 1.3 – progress at 30 June 2025.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
    for vals in [("1.0", "21/02/2025", "YJS Head of Service", "Submitted to HMI Probation"),
                 ("1.1", "04/04/2025", "YJS Business Support Manager", "Board comments added"),
                 ("1.3", "30/06/2025", "YJS Business Support Manager", "Quarter 1 2025/26 progress")]:
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    set_cell(k.rows[0].cells[0], "Status", bold=True)
    set_cell(k.rows[0].cells[1], "Meaning", bold=True)
    for word, meaning, col in [("Complete", "Action delivered (Blue)", "blue"),
                               ("On track", "Progressing to timescale (Green)", "green"),
                               ("At risk", "Some slippage, recovery planned (Amber)", "amber"),
                               ("Off track", "Will not be met without Board intervention (Red)", "red")]:
        cells = k.add_row().cells
        set_cell(cells[0], word)
        set_cell(cells[1], meaning)
        shade(cells[0], FILL[col])

    status_read = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    parts = [
        ("Part A: Recommendations for the Youth Justice Management Board", [
            ("Recommendation 1: Make sure that board members understand their roles and use performance data "
             "to challenge partners about the services children receive.", [
                ("A1.1", "Refresh the board induction pack and deliver a development session for all board "
                         "members.", "Board Chair (Director of Children's Services)", "March 2025", "Complete",
                 "Development session held 19 March 2025; 11 of 13 members attended.",
                 ["Board Chair (Director of Children's Services)"], "2025-03", None),
                ("A1.2", "Introduce a quarterly performance dashboard with partner-level data on education, "
                         "health and accommodation.", "YJS Performance Officer", "30/09/2025", "On track",
                 "Dashboard drafted. Health data awaited from the ICB.",
                 ["YJS Performance Officer"], "2025-09", None),
            ]),
            ("Recommendation 2: Ensure that children have timely access to speech, language and communication "
             "and emotional wellbeing services.", [
                ("A2.1", "Agree a service level agreement with CAMHS for a seconded practitioner two days a week.",
                 "YJS Head of Service & CAMHS Service Manager", "Q2 2025/26", "At risk",
                 "Funding agreed.\nFirst recruitment round to the secondment was unsuccessful; re-advertised June.",
                 ["YJS Head of Service", "CAMHS Service Manager"], "2025-09", None),
                ("A2.2", "Screen every child entering the service for speech, language and communication needs.",
                 "YJS Speech and Language Therapist", "Ongoing – quarterly audit", "On track",
                 "94% of children screened in Q1.",
                 ["YJS Speech and Language Therapist"], None, "Ongoing – quarterly audit"),
            ]),
        ]),
        ("Part B: Recommendations for the YJS Head of Service", [
            ("Recommendation 3: Improve the quality of assessment and planning to keep children and other people "
             "safe, including contingency planning.", [
                ("B3.1", "Deliver risk and safety training to all case managers.\nAudit 20 cases a quarter "
                         "against the HMI Probation standards.", "YJS Operations Manager", "31 December 2025",
                 "On track", "Training delivered to 18 of 22 case managers. First audit completed in May.",
                 ["YJS Operations Manager"], "2025-12", None),
                ("B3.2", "Introduce a weekly risk management panel for children assessed as high risk of harm.",
                 "YJS Operations Manager", "May 2025", "Complete", "Panel running weekly since 6 May 2025.",
                 ["YJS Operations Manager"], "2025-05", None),
            ]),
            ("Recommendation 4: Make sure that work with victims is given sufficient priority and that victims' "
             "views inform planning for children.", [
                ("B4.1", "Appoint a dedicated victim liaison officer and review the victim contact process.",
                 "YJS Practice Manager (Restorative Justice)", "September 2025", "Off track",
                 "Post advertised twice without success. Interim cover arranged with West Midlands Police.",
                 ["YJS Practice Manager (Restorative Justice)"], "2025-09", None),
            ]),
        ]),
    ]
    actions = []
    for part, recs in parts:
        doc.add_heading(part, level=1)
        for rec, acts in recs:
            tbl = doc.add_table(rows=2, cols=6)
            tbl.style = "Table Grid"
            top = tbl.rows[0].cells[0].merge(tbl.rows[0].cells[5])
            set_cell(top, rec, bold=True)
            shade(top, "D9E1F2")
            for c, h in zip(tbl.rows[1].cells, ["Ref", "Action", "Lead", "By when", "Status",
                                                 "Progress update"]):
                set_cell(c, h, bold=True)
            for (ref, text, lead, when, status, upd, lead_l, end_m, end_text) in acts:
                cells = tbl.add_row().cells
                for c, v in zip(cells, [ref, text, lead, when, status, upd]):
                    set_cell(c, v)
                actions.append(act(ref, [part, rec], text, lead_l, end_m, status_read[status], end_text))
            doc.add_paragraph("")
    doc.add_paragraph("Next review: Youth Justice Management Board, 18 September 2025.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a youth justice service improvement plan after an HM Inspectorate of Probation "
                   "inspection, as taken to committee by councils such as Reading (democracy.reading.gov.uk "
                   "agenda item 'Youth Justice Service Inspection', 2024); Coventry, 2025, no specific file "
                   "copied. Copied features: title and inspection facts, document control table, status key "
                   "table mapping words to colours, recommendations grouped by who they are addressed to "
                   "(management board / head of service), one Word table per recommendation with the "
                   "recommendation as a merged first row, refs A1.1/B3.1, dates as month, dd/mm/yyyy, "
                   "financial quarter and 'Ongoing', two-paragraph action and update cells."),
        "reads": ("Two parts (Management Board, Head of Service), each with recommendation tables; seven actions "
                  "in all. Status is the word in the Status column read through the document's key (At risk = "
                  "amber, Off track = red)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Lincolnshire fostering service Ofsted action plan (docx, one table,
#    requirement text merged down, fill-colour RAG)
# ---------------------------------------------------------------------------
def lincolnshire():
    name = "gk1-lincolnshire-county-council-fostering-ofsted-action-plan.docx"
    title = "Lincolnshire County Council Fostering Service – Ofsted Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection of the local authority fostering agency under the social care common "
                      "inspection framework (SCCIF).")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Registered manager", "Fostering Service Manager"),
                 ("Inspection dates", "2–6 December 2024"),
                 ("Overall experiences and progress of children and young people", "Good"),
                 ("How well children and young people are helped and protected",
                  "Requires improvement to be good"),
                 ("The effectiveness of leaders and managers", "Requires improvement to be good"),
                 ("Plan date", "February 2025 (progress updated May 2025)")]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.add_paragraph("")

    cols = ["Requirement / recommendation", "No.", "Action", "Lead", "Target date", "Progress at May 2025",
            "RAG"]
    plan = [
        ("section", "Statutory requirements"),
        ("The registered person must ensure that each approved foster parent's approval is reviewed at "
         "least annually, within the required timescale. (Regulation 28(2))", [
            ("1", "Create a tracker of all annual reviews due in the next six months and allocate independent "
                  "reviewing officers.", "Fostering Service Manager", "31/01/2025",
             "Tracker in place and reviewed weekly.", "blue", ["Fostering Service Manager"], "2025-01", None),
            ("2", "Clear the backlog of 23 overdue annual reviews.", "Team Manager (Supervising Social Workers)",
             "End of March 2025", "21 of 23 completed; two carers on extended leave.", "amber",
             ["Team Manager (Supervising Social Workers)"], "2025-03", None),
        ]),
        ("The registered person must ensure that foster parents complete the training, support and "
         "development standards within 12 months of approval. (Regulation 17(1))", [
            ("3", "Report completion of the TSD standards to the service management team each month and escalate "
                  "carers approaching 12 months.", "Registered Manager / Learning & Development Lead",
             "April 2025", "Monthly report in place from March 2025.", "green",
             ["Registered Manager", "Learning & Development Lead"], "2025-04", None),
        ]),
        ("section", "Recommendations"),
        ("The registered person should ensure that every foster carer receives at least one unannounced visit "
         "a year. (Fostering Services National Minimum Standard 21.8)", [
            ("4", "Schedule unannounced visits for all approved households and record them as a separate case "
                  "note type.", "Team Manager (Supervising Social Workers)", "30/06/2025",
             "64% of households visited since January.", "green",
             ["Team Manager (Supervising Social Workers)"], "2025-06", None),
        ]),
        ("The registered person should ensure that the views of children living in the household are sought "
         "and recorded for foster carers' annual reviews. (Fostering Services National Minimum Standard 20.9)", [
            ("5", "Amend the annual review form to include a section for children's views and an accessible "
                  "questionnaire.", "Head of Service – Fostering and Adoption", "March 2025",
             "New form in use from 1 March 2025.", "blue",
             ["Head of Service – Fostering and Adoption"], "2025-03", None),
            ("6", "Children in Care Council to co-design the questionnaire for children aged eight and over.",
             "Participation Officer", "September 2025", "Session with the Children in Care Council booked for "
             "July.", None, ["Participation Officer"], "2025-09", None),
        ]),
        ("The registered person should ensure that foster carers receive clear and consistent information "
         "about delegated authority. (Fostering Services National Minimum Standard 3.10)", [
            ("7", "Issue revised delegated authority guidance to all foster carers and include it in the foster "
                  "carer handbook.", "Fostering Service Manager", "Ongoing",
             "Guidance reissued April 2025. Handbook refresh due October.", "green",
             ["Fostering Service Manager"], None, "Ongoing"),
        ]),
    ]
    n_rows = 1 + sum(1 if p[0] == "section" else len(p[1]) for p in plan)
    tbl = doc.add_table(rows=n_rows, cols=7)
    tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, cols):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    actions = []
    r = 1
    for p in plan:
        if p[0] == "section":
            m = tbl.cell(r, 0).merge(tbl.cell(r, 6))
            set_cell(m, p[1], bold=True)
            shade(m, "E7E6E6")
            r += 1
            continue
        req, acts = p
        first = r
        for (no, text, lead, when, prog, rag, lead_l, end_m, end_text) in acts:
            for ci, v in enumerate([no, text, lead, when, prog], start=1):
                set_cell(tbl.cell(r, ci), v)
            if rag:
                shade(tbl.cell(r, 6), FILL[rag])
            actions.append(act(no, [req], text, lead_l, end_m, rag or "unrated", end_text))
            r += 1
        m = tbl.cell(first, 0).merge(tbl.cell(r - 1, 0)) if r - 1 > first else tbl.cell(first, 0)
        set_cell(m, req)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Blue – complete; Green – on track; Amber – behind schedule; Red – not achieved; "
                      "no colour – not yet started.")
    doc.add_paragraph("Progress against this plan is reported to the Corporate Parenting Panel each quarter.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a local authority fostering service's action plan after an Ofsted SCCIF inspection "
                   "(Lincolnshire, 2025; no specific file copied; cf. fostering inspection reports taken to "
                   "council committees such as Reading's). Copied features: inspection details table with the "
                   "judgements, one plan table with 'Statutory requirements' and 'Recommendations' as "
                   "full-width section rows, the requirement/recommendation text (with its regulation or "
                   "national minimum standard) merged down beside its actions, RAG shown only by cell shading, "
                   "a RAG key line and a reporting note under the table."),
        "reads": ("One action table with seven numbered actions answering two statutory requirements and three "
                  "recommendations. The section rows only name the kind of part, so each action is read under "
                  "its requirement or recommendation text; status is the shading of the RAG cell (one unshaded, "
                  "not yet started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Barnsley SCP JTAI action plan (csv exported from Excel)
# ---------------------------------------------------------------------------
def barnsley():
    name = "gk1-barnsley-safeguarding-children-partnership-jtai-action-plan.csv"
    title = "Barnsley Safeguarding Children Partnership – JTAI Action Plan"
    ncol = 7
    rows = [
        [title],
        ["Joint targeted area inspection of the multi-agency response to identification of initial need and "
         "risk ('front door'), 9–13 September 2024"],
        ["Position at: 28 March 2025 (Partnership Executive Group)"],
        [],
        ["Area for improvement", "Ref", "Action", "Agency lead(s)", "Target date", "RAG", "Update"],
    ]
    rag_read = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    areas = [
        ("1. The quality and timeliness of information shared by health partners when they make referrals to "
         "the front door.", [
            ("1.1", "Launch a single health referral form for all health providers, with mandatory fields for "
                    "history and risk.", "Designated Nurse Safeguarding Children", "Mar-25", "B",
             "Form live from 3 March 2025.", ["Designated Nurse Safeguarding Children"], "2025-03", None),
            ("1.2", "Audit a sample of 30 health referrals every quarter and report the findings to the Quality "
                    "Assurance subgroup.", "Named GP; Designated Nurse Safeguarding Children", "Q1 2025/26", "G",
             "First audit scheduled for May 2025.",
             ["Named GP", "Designated Nurse Safeguarding Children"], "2025-06", None),
        ]),
        ("2. Strategy discussions do not always include all relevant agencies, especially health and "
         "education.", [
            ("2.1", "Revise the strategy discussion procedure.\nHealth and education to be invited to every "
                    "strategy discussion.", "Head of Service Front Door (BMBC)", "30/04/2025", "G",
             "Revised procedure out for consultation.", ["Head of Service Front Door (BMBC)"], "2025-04", None),
            ("2.2", "Introduce a daily 10am strategy discussion slot in the MASH with police, health and "
                    "children's social care.", "DI Public Protection (SYP) / Head of Service Front Door (BMBC)",
             "May-25", "A", "Pilot running since February; education attendance inconsistent.",
             ["DI Public Protection (SYP)", "Head of Service Front Door (BMBC)"], "2025-05", None),
            ("2.3", "Carry out a quarterly multi-agency audit of strategy discussions.", "JH/KM", "TBC", "R",
             "Audit tool not yet agreed by partners.", ["JH", "KM"], None, "TBC"),
        ]),
        ("3. Partnership leaders do not have a shared understanding of the effectiveness of early help for "
         "children stepped down from children's social care.", [
            ("3.1", "Develop a partnership early help dashboard that includes outcomes for children stepped "
                    "down from social care.", "Head of Early Help; BI Manager", "Jun-25", "G",
             "Data specification agreed.", ["Head of Early Help", "BI Manager"], "2025-06", None),
            ("3.2", "Deliver a programme of multi-agency threshold workshops for schools and health "
                    "practitioners.", "BSCP Business Manager", "Sept 2025 – Jan 2026", "G",
             "Dates published; 140 places booked.", ["BSCP Business Manager"], "2026-01",
             "Sept 2025 – Jan 2026"),
            ("3.3", "Refresh the Continuum of Need guidance and publish it on the BSCP website.",
             "BSCP Business Manager", "31/01/2025", "B", "Published 27 January 2025.",
             ["BSCP Business Manager"], "2025-01", None),
        ]),
    ]
    actions = []
    for area, acts in areas:
        for i, (ref, text, lead, when, rag, upd, lead_l, end_m, end_text) in enumerate(acts):
            rows.append([area if i == 0 else "", ref, text, lead, when, rag, upd])
            actions.append(act(ref, [area], text, lead_l, end_m, rag_read[rag], end_text))
    rows += [
        [],
        ["Key: B = complete; G = on track; A = some delay; R = significant concern / off track"],
        ["Total actions: 8 (Complete 2; Green 4; Amber 1; Red 1)"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (ncol - len(row)))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(name, {
        "source": ("Imitates a safeguarding children partnership's action plan after a joint targeted area "
                   "inspection (JTAI) of the 'front door' (Barnsley, 2025; no specific file copied), saved from "
                   "Excel as CSV. Copied features: title lines and position date above the header, the "
                   "inspectors' area for improvement written only on the first row of its actions, agency "
                   "leads as posts or initials (several in one cell), RAG letters, mixed target dates (mmm-yy, "
                   "dd/mm/yyyy, financial quarter, a range, TBC), a quoted action with a line break inside, and "
                   "key and totals lines under the table."),
        "reads": ("Eight actions under three JTAI areas for improvement, each area written once on its first "
                  "action's row. Status is the RAG letter (B = complete); the key and totals lines at the end "
                  "are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Bracknell Forest corporate parenting strategy action plan (plain text)
# ---------------------------------------------------------------------------
def bracknell():
    name = "gk1-bracknell-forest-corporate-parenting-strategy-action-plan.txt"
    title = "Bracknell Forest Council – Corporate Parenting Strategy 2025 to 2028: Action Plan"
    status_read = {"Complete": "blue", "On track": "green", "Some delay": "amber", "Off track": "red",
                   "Not started": "unrated"}
    pledges = [
        ("Pledge 1: We will listen to you and act on what you tell us", [
            ("1.1", "Relaunch the Children in Care Council with termly meetings chaired by young people.",
             "Participation and Engagement Lead", "September 2025", "Complete",
             "Relaunched 23 September 2025; 14 young people attended.",
             ["Participation and Engagement Lead"], "2025-09", None),
            ("1.2", "Give every child in care aged 11 and over access to the Mind of My Own app so they can share "
                    "their views before reviews.", "Independent Reviewing Service Manager", "March 2026",
             "On track", "71% of children aged 11 and over now have an account.",
             ["Independent Reviewing Service Manager"], "2026-03", None),
        ]),
        ("Pledge 2: We will help you get the education and training you need", [
            ("2.1", "Offer one-to-one tutoring to every child in care in Years 10 and 11 who is not on track to "
                    "achieve their target grades.", "Virtual School Head", "Ongoing", "On track", None,
             ["Virtual School Head"], None, "Ongoing"),
            ("2.2", "Guarantee a work experience placement within the council for every care leaver who wants "
                    "one.", "Team Manager: Life Chances / HR Business Partner", "January 2026", "Some delay",
             "Eight placements offered; directorate sign-up slower than planned.",
             ["Team Manager: Life Chances", "HR Business Partner"], "2026-01", None),
        ]),
        ("Pledge 3: We will make sure you have a safe and secure place to live", [
            ("3.1", "Agree a joint housing protocol for care leavers with Housing Options and registered "
                    "providers.", "Team Manager: Life Chances", "By 31 December 2025", "On track",
             "Draft protocol at consultation stage.", ["Team Manager: Life Chances"], "2025-12", None),
            ("3.2", "Exempt care leavers living in the borough from council tax up to the age of 25.",
             "Head of Revenue Services", "April 2026", "Not started",
             "Subject to Executive decision in February 2026.", ["Head of Revenue Services"], "2026-04", None),
            ("3.3", "Increase the number of in-house foster carers by 15 households.",
             "Team Manager: Family Placement", "March 2027", "Off track",
             "Net gain of one household so far this year; recruitment campaign under review.",
             ["Team Manager: Family Placement"], "2027-03", None),
        ]),
    ]
    lines = [
        title,
        "Progress update for the Corporate Parenting Advisory Panel – November 2025",
        "",
        "Status key: Complete | On track | Some delay | Off track | Not started",
        "(Complete = blue, On track = green, Some delay = amber, Off track = red)",
        "",
    ]
    actions = []
    rule = "-" * 64
    for pledge, acts in pledges:
        lines += [rule, pledge, rule, ""]
        for (ref, text, lead, when, status, upd, lead_l, end_m, end_text) in acts:
            lines.append(f"{ref} Action: {text}")
            lines.append(f"    Responsible officer: {lead}")
            lines.append(f"    Timeline: {when}")
            lines.append(f"    Status: {status}")
            if upd:
                lines.append(f"    Update: {upd}")
            lines.append("")
            actions.append(act(ref, [pledge], text, lead_l, end_m, status_read[status], end_text))
    lines += [rule,
              "Summary: 7 actions – 1 complete, 3 on track, 1 some delay, 1 off track, 1 not started",
              "Next update to the Panel: February 2026", ""]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))

    write_yaml(name, {
        "source": ("Imitates the Bracknell Forest Corporate Parenting Strategy 2025 to 2028 action plan web page "
                   "(https://www.bracknell-forest.gov.uk/children-and-family-services/fostering-adoption-and-"
                   "looked-after-children/corporate-parenting-strategy-2025-2028/corporate-parenting-strategy-"
                   "action-plan-2025-2028), saved as plain text with a progress update; the pledges and actions "
                   "here are written afresh. Copied features: pledges as headings, 'Responsible officer:' and "
                   "'Timeline:' labelled lines under each action, job titles with a colon (Team Manager: Life "
                   "Chances); added a status key, status and update lines and a summary line."),
        "reads": ("A plain-text action plan: three pledges, each with numbered actions written as labelled "
                  "blocks (Action, Responsible officer, Timeline, Status, Update); seven actions. Status words "
                  "are read through the key at the top (Some delay = amber; Not started = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (tameside, norfolk, stoke, coventry, lincolnshire, barnsley, bracknell):
        n, k = fn()
        print(f"{n}: {k} actions")
