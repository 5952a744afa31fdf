# -*- coding: utf-8 -*-
"""Build the seven zdi- blind cases (data files and NAME.expected.yaml).

Run with /work/main/.venv/bin/python zdi_make.py from any directory; files are
written next to this script. Only files whose names start with "zdi-" are
written.
"""
import csv
import io
import os
import re
from datetime import datetime

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}


def out(name):
    assert name.startswith("zdi-")
    return os.path.join(HERE, name)


def write_expected(name, source, reads, outcome, title, actions=None,
                   refuse_at=None, accept_refusal=False):
    doc = {
        "source": source,
        "reads": reads,
        "outcome": outcome,
        "accept_refusal": accept_refusal,
    }
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if actions is not None:
        rows = []
        for a in actions:
            r = {
                "ref": a["ref"],
                "under": list(a["under"]),
                "action": a["action"],
                "lead": list(a["lead"]),
                "end": a["end"],
            }
            if a.get("end_text"):
                r["end_text"] = a["end_text"]
            r["status"] = a["status"]
            rows.append(r)
        doc["actions"] = rows
    class _D(yaml.SafeDumper):
        pass

    def _str(dumper, value):
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
        return dumper.represent_scalar("tag:yaml.org,2002:str", value)

    _D.add_representer(str, _str)
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_D, sort_keys=False, allow_unicode=True, width=100000)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Royal Borough of Windsor and Maidenhead - O&S recommendations tracker
# ---------------------------------------------------------------------------
def rbwm():
    name = "zdi-royal-borough-of-windsor-and-maidenhead-overview-scrutiny-recommendations-tracker.xlsx"
    title = "Overview and Scrutiny Recommendations Tracker 2024/25"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Royal Borough of Windsor and Maidenhead"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 October 2025"
    ws["A5"] = "Summary by panel"
    ws["A5"].font = Font(bold=True)
    hdr = ["Panel", "Recommendations", "Implemented (Green)", "In progress (Amber)",
           "Not progressing (Red)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    summ = [
        ("Corporate Overview and Scrutiny Panel", 3, 1, 1, 1),
        ("People Overview and Scrutiny Panel", 3, 1, 2, 0),
        ("Place Overview and Scrutiny Panel", 2, 0, 2, 0),
        ("Total", 8, 2, 5, 1),
    ]
    for r, row in enumerate(summ, 7):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ws["A12"] = "Status key"
    ws["A12"].font = Font(bold=True)
    key = [
        ("Green", "green", "Recommendation implemented – no further monitoring required; removed at the next update"),
        ("Amber", "amber", "Recommendation accepted – implementation under way"),
        ("Red", "red", "Recommendation accepted – implementation not progressing or past its target date"),
    ]
    for r, (word, col, text) in enumerate(key, 13):
        a = ws.cell(row=r, column=1, value=word)
        a.fill = fill(RAG_HEX[col])
        a.border = BOX
        b = ws.cell(row=r, column=2, value=text)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    ws["A17"] = ("Recommendations not accepted by Cabinet are reported separately and are not "
                 "tracked here.")
    ws.column_dimensions["A"].width = 42
    for col in "BCDE":
        ws.column_dimensions[col].width = 20

    t = wb.create_sheet("Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=13)
    t.merge_cells("A1:I1")
    t["A2"] = ("Recommendations agreed by Cabinet. Updates provided by lead officers, October 2025. "
               "Status key: see Summary sheet.")
    t.merge_cells("A2:I2")
    headers = ["Ref", "Date of panel", "Recommendation", "Cabinet decision", "Lead officer",
               "Target date", "Revised target date", "Update – October 2025", "Status"]
    for c, h in enumerate(headers, 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    P1 = "Corporate Overview and Scrutiny Panel"
    P2 = "People Overview and Scrutiny Panel"
    P3 = "Place Overview and Scrutiny Panel"
    R11 = "Budget 2025/26 scrutiny – 27 January 2025"
    R12 = "Review of the Council's complaints handling – 10 March 2025"
    R21 = "Task and Finish Group: Home to School Transport – 16 December 2024"
    R22 = "Adult Social Care charging policy – 3 April 2025"
    R31 = "Car Parking Strategy review – 12 February 2025"

    D = datetime
    # (kind, payload)
    rows = [
        ("panel", P1),
        ("review", R11),
        ("act", dict(ref="CO24/25-01", date=D(2025, 1, 27),
                     action="That the Executive Director of Resources brings a savings delivery tracker to each Corporate Overview and Scrutiny Panel meeting during 2025/26, showing progress against each approved saving.",
                     cab="Accepted – Cabinet 13/02/2025", lead_cell="Executive Director of Resources",
                     target=D(2025, 6, 30), revised=None,
                     update="Tracker presented in June and September 2025 and now a standing item on the Panel's work programme.",
                     rag="Green", under=[P1, R11], lead=["Executive Director of Resources"],
                     end="2025-06", status="blue")),
        ("act", dict(ref="CO24/25-02", date=D(2025, 1, 27),
                     action="That the fees and charges schedule is published alongside the draft budget each year so that residents can see proposed increases before the budget is set.",
                     cab="Accepted – Cabinet 13/02/2025", lead_cell="Head of Finance / Deputy S151 Officer",
                     target=D(2026, 1, 31), revised=None,
                     update="2026/27 schedule being prepared for publication with the draft budget in January 2026.",
                     rag="Amber", under=[P1, R11], lead=["Head of Finance", "Deputy S151 Officer"],
                     end="2026-01", status="amber")),
        ("review", R12),
        ("act", dict(ref="CO24/25-03", date=D(2025, 3, 10),
                     action="That a single corporate complaints procedure, with one stage-two response time, is adopted across all directorates in line with the Housing Ombudsman and LGSCO joint Complaint Handling Code.",
                     cab="Accepted – Cabinet 27/03/2025", lead_cell="Head of Governance",
                     target=D(2025, 9, 30), revised=D(2026, 3, 31),
                     update="New case management system delayed by the supplier. Procedure drafted but cannot go live until the system is in place.",
                     rag="Red", under=[P1, R12], lead=["Head of Governance"],
                     end="2026-03", status="red")),
        ("panel", P2),
        ("review", R21),
        ("act", dict(ref="PE24/25-01", date=D(2024, 12, 16),
                     action="That the Council reviews the post-16 home to school transport policy and consults families of young people with SEND before any change is made.",
                     cab="Accepted – Cabinet 29/01/2025", lead_cell="Director of Education (Achieving for Children)",
                     target=D(2025, 8, 31), revised=None,
                     update="Consultation ran 2 June to 13 July 2025; revised policy approved by Cabinet on 25 September 2025.",
                     rag="Green", under=[P2, R21], lead=["Director of Education (Achieving for Children)"],
                     end="2025-08", status="blue")),
        ("act", dict(ref="PE24/25-02", date=D(2024, 12, 16),
                     action="That independent travel training is offered to every eligible young person at their Year 9 annual review, and take-up is reported to the Panel every six months.",
                     cab="Accepted – Cabinet 29/01/2025", lead_cell="Head of SEND and Inclusion",
                     target="Ongoing", revised=None,
                     update="Offer in place from September 2025. First six-monthly report due March 2026.",
                     rag="Amber", under=[P2, R21], lead=["Head of SEND and Inclusion"],
                     end=None, end_text="Ongoing", status="amber")),
        ("review", R22),
        ("act", dict(ref="PE24/25-03", date=D(2025, 4, 3),
                     action="That the revised Adult Social Care charging policy is accompanied by an easy-read guide and a named contact for people who wish to query their financial assessment.",
                     cab="Accepted – Cabinet 24/04/2025", lead_cell="Head of Commissioning – Adults / Financial Assessment Team Manager",
                     target=D(2025, 12, 31), revised=None,
                     update="Easy-read guide drafted with the Learning Disability Partnership Board; named contact in place since July 2025.",
                     rag="Amber", under=[P2, R22],
                     lead=["Head of Commissioning – Adults", "Financial Assessment Team Manager"],
                     end="2025-12", status="amber")),
        ("panel", P3),
        ("review", R31),
        ("act", dict(ref="PL24/25-01", date=D(2025, 2, 12),
                     action="That the Car Parking Strategy includes a tariff review for Windsor and Maidenhead town centre car parks, with an equality impact assessment, before any new charges are introduced.",
                     cab="Accepted – Cabinet 27/03/2025", lead_cell="Head of Parking Services",
                     target=D(2026, 3, 31), revised=None,
                     update="Tariff modelling complete. Equality impact assessment under way.",
                     rag="Amber", under=[P3, R31], lead=["Head of Parking Services"],
                     end="2026-03", status="amber")),
        ("act", dict(ref="PL24/25-02", date=D(2025, 2, 12),
                     action="That residents' permit applications are moved fully online, with assisted digital support available at the York House customer service centre.",
                     cab="Accepted – Cabinet 27/03/2025", lead_cell="Head of Parking Services; Head of Customer Services",
                     target=D(2025, 11, 30), revised=None,
                     update="Online permits live for new applications since 1 October 2025. Renewals to move online in November 2025.",
                     rag="Amber", under=[P3, R31], lead=["Head of Parking Services", "Head of Customer Services"],
                     end="2025-11", status="amber")),
    ]
    r = 5
    actions = []
    for kind, p in rows:
        if kind == "panel":
            t.cell(row=r, column=1, value=p).font = Font(bold=True, color="FFFFFF")
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            t.cell(row=r, column=1).fill = fill("2F5597")
        elif kind == "review":
            t.cell(row=r, column=1, value=p).font = Font(bold=True, italic=True)
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            t.cell(row=r, column=1).fill = fill("D9E2F3")
        else:
            vals = [p["ref"], p["date"], p["action"], p["cab"], p["lead_cell"], p["target"],
                    p["revised"], p["update"], p["rag"]]
            for c, v in enumerate(vals, 1):
                cell = t.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            t.cell(row=r, column=9).fill = fill(RAG_HEX[p["rag"].lower()])
            actions.append(p)
        r += 1
    r += 1
    t.cell(row=r, column=1,
           value="Ref: CO = Corporate, PE = People, PL = Place panel; 24/25 = municipal year in which the recommendation was made.").font = Font(italic=True, size=9)
    widths = [12, 12, 55, 22, 30, 12, 12, 45, 9]
    for i, w in enumerate(widths):
        t.column_dimensions["ABCDEFGHI"[i]].width = w
    t.freeze_panes = "A5"
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a unitary council's overview and scrutiny recommendations tracker of the kind "
                "proposed to City of York Council's Corporate Scrutiny Committee (Annex A, 'Scrutiny "
                "Recommendation Tracker': Reference, Origin, Date, Recommendation, Exec Date, Lead Officer, "
                "Action taken, Status, with a key in which Green = recommendation achieved, monitoring no "
                "longer required), set in RBWM's three panels (Corporate, People and Place Overview and "
                "Scrutiny Panels, rbwm.moderngov.co.uk). Copied: summary sheet with totals by panel and the "
                "status key, tracker sheet with dark panel rows and light review sub-heading rows (merged), "
                "date-typed panel/target cells, a revised target date column, Cabinet decision cells that "
                "carry dates, text RAG with fill, two posts in one lead cell."),
        reads=("A workbook with a summary sheet (counts by panel and a Green/Amber/Red key in which Green "
               "means implemented and closed) and a tracker sheet listing eight scrutiny recommendations, "
               "grouped by panel and then by the review that produced them, each with its lead officer, "
               "target (and in one case revised) date, October 2025 update and RAG. Green rows are read as "
               "complete because the key defines Green that way and there is no blue."),
        outcome="read",
        title=title,
        actions=actions,
    )


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
    """Write text; '\n' in text starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


# ---------------------------------------------------------------------------
# 2. BCP Council - Fostering Service Development Plan 2025-26 (docx)
# ---------------------------------------------------------------------------
def bcp():
    name = "zdi-bcp-council-fostering-service-development-plan-2025-26.docx"
    title = "BCP Fostering Service Development Plan 2025–26"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("BCP Council – Children's Services: Corporate Parenting and Permanence")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Document", "Fostering Service Development Plan 2025–26"),
        ("Version", "1.2 (September 2025 progress update)"),
        ("Owner", "Head of Service – Fostering and Supported Lodgings"),
        ("Approved by", "Corporate Parenting Board, 29 September 2025"),
        ("Next review", "March 2026"),
    ]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "This plan sets out the priorities for BCP Fostering in 2025–26. It should be read alongside "
        "the Fostering Service Statement of Purpose and the Annual Fostering Report 2024–25. Progress "
        "is reported quarterly to the Corporate Parenting Board.")

    doc.add_heading("2. RAG key", level=1)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, text in [
        ("blue", "Complete"),
        ("green", "On track to be delivered by the target date"),
        ("amber", "At risk – some slippage, recovery action agreed"),
        ("red", "Off track – escalated to the Director of Children's Social Care"),
    ]:
        row = key.add_row().cells
        shade(row[0], RAG_HEX[col])
        set_cell(row[1], text)

    doc.add_heading("3. Action plan", level=1)
    P1 = "Priority 1: Increase the number of BCP foster carers"
    P2 = "Priority 2: Support and retain our foster carers"
    P3 = "Priority 3: Connected carers and permanence"
    acts = {
        P1: [
            dict(ref="1.1",
                 action="Launch a rolling recruitment campaign targeted at Christchurch and north Poole, using carer ambassadors at community events.",
                 lead_cell="Fostering Recruitment Team Manager / Marketing and Communications Lead",
                 when="March 2026",
                 update="Campaign launched June 2025; 41 enquiries in Q1 compared with 23 last year.",
                 lead=["Fostering Recruitment Team Manager", "Marketing and Communications Lead"],
                 end="2026-03", status="green"),
            dict(ref="1.2",
                 action="Reduce the time from initial enquiry to approval at panel to an average of 6 months.",
                 lead_cell="Fostering Assessment Team Manager", when="31/03/2026",
                 update="Average currently 7.4 months. Two additional assessing social workers started in August 2025.",
                 lead=["Fostering Assessment Team Manager"], end="2026-03", status="amber"),
            dict(ref="1.3",
                 action="Introduce the Mockingbird family model with a first constellation of 8–10 fostering households.\nHub carer to be recruited from existing carers.",
                 lead_cell="Head of Service – Fostering and Supported Lodgings", when="Q3 2025/26",
                 update="Licence agreed with The Fostering Network; hub carer interviews in October 2025.",
                 lead=["Head of Service – Fostering and Supported Lodgings"], end="2025-12",
                 status="green"),
        ],
        P2: [
            dict(ref="2.1",
                 action="Refresh the foster carer learning and development offer, including trauma-informed practice training for all carers in their first year.",
                 lead_cell="Fostering Support Team Manager", when="Dec 2025",
                 update="New programme published July 2025; 62% of first-year carers booked.",
                 lead=["Fostering Support Team Manager"], end="2025-12", status="green"),
            dict(ref="2.2",
                 action="Review the fees and allowances scheme and bring proposals to Cabinet.",
                 lead_cell="Head of Service – Fostering and Supported Lodgings / Finance Business Partner",
                 when="January 2026",
                 update="Benchmarking with South West authorities complete. Report moved from the October to the January Cabinet.",
                 lead=["Head of Service – Fostering and Supported Lodgings", "Finance Business Partner"],
                 end="2026-01", status="amber"),
            dict(ref="2.3",
                 action="Hold six-monthly foster carer forums with the Director and the Lead Member for Children's Services.",
                 lead_cell="Director of Children's Social Care", when="Ongoing",
                 update="Forums held in April and September 2025.",
                 lead=["Director of Children's Social Care"], end=None, end_text="Ongoing",
                 status="green"),
        ],
        P3: [
            dict(ref="3.1",
                 action="Complete all connected person (Regulation 24) assessments within 16 weeks, with an exception report to the Head of Service for any extension.",
                 lead_cell="Connected Carers Team Manager", when="30 November 2025",
                 update="Tracker in place. Three assessments over 16 weeks in Q2, all with agreed extensions.",
                 lead=["Connected Carers Team Manager"], end="2025-11", status="amber"),
            dict(ref="3.2",
                 action="Update the Fostering Service Statement of Purpose and Children's Guide.",
                 lead_cell="Head of Service – Fostering and Supported Lodgings", when="June 2025",
                 update="Approved by the Corporate Parenting Board on 30 June 2025 and published.",
                 lead=["Head of Service – Fostering and Supported Lodgings"], end="2025-06",
                 status="blue"),
            dict(ref="3.3",
                 action="Develop a support offer for special guardians whose children move on from foster care, including access to the therapeutic support team.",
                 lead_cell="Permanence Service Manager / Therapeutic Support Team Clinical Lead",
                 when="Sept 2025 – March 2026",
                 update="Scoping delayed by a vacancy in the permanence team; start now planned for November 2025.",
                 lead=["Permanence Service Manager", "Therapeutic Support Team Clinical Lead"],
                 end="2026-03", status="red"),
        ],
    }
    actions = []
    for pri, items in acts.items():
        doc.add_heading(pri, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(["No.", "Action", "Lead", "By when",
                               "Progress update (September 2025)", "RAG"]):
            set_cell(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], "D9D9D9")
        for a in items:
            cells = tb.add_row().cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], a["lead_cell"])
            set_cell(cells[3], a["when"])
            set_cell(cells[4], a["update"])
            set_cell(cells[5], "")
            shade(cells[5], RAG_HEX[a["status"]])
            a["under"] = [pri]
            actions.append(a)
        doc.add_paragraph("")

    doc.add_heading("4. Sign-off", level=1)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[c], h, bold=True)
    for row in [("Director of Children's Social Care", "(signed)", "29/09/2025"),
                ("Chair, Corporate Parenting Board", "(signed)", "29/09/2025")]:
        cells = so.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates an English council's annual Fostering Service development plan reported to its "
                "Corporate Parenting Board alongside the Annual Fostering Report and Statement of Purpose "
                "(cf. BCP Council Corporate Parenting Board agendas, democracy.bcpcouncil.gov.uk, and the "
                "Dorset/Bradford annual fostering reports), using BCP Fostering's own service areas "
                "(bcppartnershipacademy.co.uk: recruitment, parent and child, connected carers, supported "
                "lodgings). Copied: title and document-control table, a RAG key table of shaded cells, one "
                "table per priority under Heading 2 priority headings, RAG shown only by cell shading (no "
                "text), a two-paragraph action cell, job titles as leads (two posts split by '/'), mixed "
                "'By when' forms (month, dd/mm/yyyy, quarter of the financial year, 'Ongoing', a period), "
                "and a sign-off table."),
        reads=("A Word plan with a document-control table, a colour key and three priority sections, each "
               "a table of three numbered actions with lead, date, September 2025 update and a RAG cell "
               "that is only coloured. The status of each action is the shading of its RAG cell as the key "
               "explains it."),
        outcome="read",
        title=title,
        actions=actions,
    )


# ---------------------------------------------------------------------------
# 3. Wirral Council - Ofsted monitoring visit action plan (xlsx)
# ---------------------------------------------------------------------------
def wirral():
    name = "zdi-wirral-council-ofsted-monitoring-visit-action-plan.xlsx"
    title = "Ofsted Monitoring Visit Action Plan"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Wirral Council – Children's Services"
    cv["A1"].font = Font(bold=True, size=12)
    cv["A3"] = title
    cv["A3"].font = Font(bold=True, size=16)
    cv["A4"] = ("Response to the Ofsted monitoring visit of 7 and 8 June 2022: children in need and "
                "children subject to child protection plans")
    for r, (k, v) in enumerate([
        ("Version", "2.0"),
        ("First agreed", "29 July 2022"),
        ("This update", "November 2022"),
        ("Plan owner", "Director of Children's Services"),
        ("Governance", "Children's Services Improvement Board"),
        ("Contact", "Children's Improvement Programme Office"),
    ], 6):
        a = cv.cell(row=r, column=1, value=k)
        a.font = Font(bold=True)
        a.border = BOX
        b = cv.cell(row=r, column=2, value=v)
        b.border = BOX
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Ofsted Monitoring Visit Action Plan – June 2022 visit (November 2022 update)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "RAG: B = complete; G = on track; A = some slippage, recovery agreed; R = off track"
    ws.merge_cells("A2:I2")
    headers = ["Area for improvement", "Ref", "Action", "Lead officer", "Original date",
               "Revised date", "Progress and evidence (November 2022)", "Previous RAG (Aug 22)",
               "Current RAG (Nov 22)"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.alignment = WRAP
        cell.border = BOX

    A1 = ("1. The quality of child in need and child protection plans, which are not consistently "
          "specific or focused on outcomes for children")
    A2 = ("2. Management oversight and supervision, which do not always give clear direction or "
          "challenge drift")
    A3 = "3. Recording of direct work and of the child's voice"
    D = datetime
    letter = {"blue": "B", "green": "G", "amber": "A", "red": "R"}
    groups = [
        (A1, [
            dict(ref="1.1",
                 action="Relaunch the Wirral plan template with SMART outcomes and contingency planning, and brief all social work teams on its use.",
                 lead_cell="Head of Service – Children in Need and Child Protection",
                 orig=D(2022, 9, 30), rev=None,
                 prog="Template live from 1 September 2022; 14 team briefings delivered.",
                 prev="green", status="blue",
                 lead=["Head of Service – Children in Need and Child Protection"], end="2022-09"),
            dict(ref="1.2",
                 action="Child protection chairs to escalate plans that are not SMART through the practice alert process, with monthly reporting to the Head of Safeguarding.",
                 lead_cell="Head of Safeguarding and Quality Assurance",
                 orig=D(2022, 10, 31), rev=None,
                 prog="Practice alerts in use since October; 23 raised, 19 resolved within 10 days.",
                 prev="green", status="green",
                 lead=["Head of Safeguarding and Quality Assurance"], end="2022-10"),
            dict(ref="1.3",
                 action="Monthly thematic audit of child in need and child protection plans, with findings reported to the Improvement Board.",
                 lead_cell="Principal Social Worker; Quality Assurance Manager",
                 orig=D(2022, 9, 30), rev=D(2023, 1, 31),
                 prog="Audit tool agreed; first two audits completed. Moderation capacity limited until QA vacancy filled.",
                 prev="amber", status="amber",
                 lead=["Principal Social Worker", "Quality Assurance Manager"], end="2023-01"),
        ]),
        (A2, [
            dict(ref="2.1",
                 action="Implement the revised supervision policy, with case supervision recorded at least every four weeks.",
                 lead_cell="Assistant Director – Children's Social Care",
                 orig=D(2022, 10, 31), rev=D(2022, 12, 31),
                 prog="Policy launched October 2022. Compliance 78% in October, up from 61% in July.",
                 prev="amber", status="green",
                 lead=["Assistant Director – Children's Social Care"], end="2022-12"),
            dict(ref="2.2",
                 action="Team managers to complete the 'Leading Practice' development programme.\nCohort 1: October 2022; cohort 2: January 2023.",
                 lead_cell="Workforce Development Manager",
                 orig=D(2023, 3, 31), rev=None,
                 prog="Cohort 1 (11 managers) started 4 October 2022.",
                 prev="green", status="green",
                 lead=["Workforce Development Manager"], end="2023-03"),
            dict(ref="2.3",
                 action="Weekly performance clinics for team managers, using the caseload dashboard to identify children whose plans are drifting.",
                 lead_cell="Head of Performance and Intelligence",
                 orig="Ongoing", rev=None,
                 prog="Clinics running weekly since August 2022.",
                 prev="green", status="green",
                 lead=["Head of Performance and Intelligence"], end=None, end_text="Ongoing"),
        ]),
        (A3, [
            dict(ref="3.1",
                 action="Add a mandatory 'child's voice' section to assessment and visit records in Liquidlogic.",
                 lead_cell="Liquidlogic Systems Lead",
                 orig=D(2022, 11, 30), rev=D(2023, 2, 28),
                 prog="Change request submitted; testing delayed by the system upgrade.",
                 prev="amber", status="red",
                 lead=["Liquidlogic Systems Lead"], end="2023-02"),
            dict(ref="3.2",
                 action="Provide direct work toolkits and training for all social workers and family support workers.",
                 lead_cell="Principal Social Worker",
                 orig=D(2022, 12, 31), rev=None,
                 prog="Toolkit issued; training dates for two teams still to be confirmed.",
                 prev="green", status="amber",
                 lead=["Principal Social Worker"], end="2022-12"),
        ]),
    ]
    r = 5
    actions = []
    for area, items in groups:
        start = r
        for a in items:
            vals = [None, a["ref"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["prog"],
                    letter[a["prev"]], letter[a["status"]]]
            for c, v in enumerate(vals, 1):
                if c == 1:
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=8).fill = fill(RAG_HEX[a["prev"]])
            ws.cell(row=r, column=9).fill = fill(RAG_HEX[a["status"]])
            a["under"] = [area]
            actions.append(a)
            r += 1
        ws.cell(row=start, column=1, value=area)
        ws.cell(row=start, column=1).alignment = WRAP
        ws.cell(row=start, column=1).font = Font(bold=True)
        ws.cell(row=start, column=1).fill = fill("F2F2F2")
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Summary (current RAG)").font = Font(bold=True)
    r += 1
    for lab, n, col in [("Complete", 1, "blue"), ("On track", 4, "green"),
                        ("Some slippage", 2, "amber"), ("Off track", 1, "red")]:
        ws.cell(row=r, column=1, value=lab).fill = fill(RAG_HEX[col])
        ws.cell(row=r, column=2, value=n)
        r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=2, value=8)
    for i, w in enumerate([34, 6, 50, 30, 10, 10, 45, 10, 10]):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    gl = wb.create_sheet("Glossary")
    for i, (k, v) in enumerate([
        ("CIN", "Child in need (section 17, Children Act 1989)"),
        ("CP", "Child protection"),
        ("SMART", "Specific, measurable, achievable, realistic and time-bound"),
        ("QA", "Quality assurance"),
        ("Liquidlogic", "Children's social care case management system"),
    ], 1):
        gl.cell(row=i, column=1, value=k).font = Font(bold=True)
        gl.cell(row=i, column=2, value=v)
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates the action plan a local authority judged inadequate sends Ofsted after a "
                "monitoring visit (Ofsted, 'Monitoring local authority children's services judged "
                "inadequate', action plan stage), as reported to a Children's Services Improvement Board "
                "(cf. Herefordshire Council's monitoring-visit feedback items, councillors.herefordshire.gov.uk). "
                "Copied: cover sheet with document control, an action sheet whose area-for-improvement "
                "column is merged down over its actions, original and revised date columns (mmm-yy dates, "
                "one 'Ongoing'), previous and current RAG letters with fills under a B/G/A/R key, a "
                "two-line action cell, a summary block of current RAG counts, and a glossary sheet."),
        reads=("A cover sheet and an action plan responding to a June 2022 monitoring visit: three areas "
               "for improvement, each merged down over its two or three actions, with lead officer, "
               "original and revised dates, November 2022 progress and previous/current RAG. The current "
               "RAG is the status and the revised date, where there is one, is the due month."),
        outcome="read",
        title=title,
        actions=actions,
    )


# ---------------------------------------------------------------------------
# 4. Hart District Council - Corporate Plan delivery tracker (csv)
# ---------------------------------------------------------------------------
def hart():
    name = "zdi-hart-district-council-corporate-plan-delivery-tracker-2025-26.csv"
    title = "Hart District Council - Corporate Plan 2023-2027 Delivery Tracker"
    ncol = 9
    F_PLANET, F_PEOPLE, F_PLACE, F_RES = "Planet", "People", "Place", "A resilient and financially sound council"
    O1 = "Become a carbon neutral and climate-resilient council by 2035"
    O2 = "Increase recycling and reduce waste"
    O3 = "Support residents facing financial hardship"
    O4 = "Work with partners to keep Hart safe"
    O5 = "Deliver warmer, better homes that people can afford"
    O6 = "Be financially sound and well run"
    acts = [
        (F_PLANET, O1, dict(ref="CP-01", action="Deliver the second phase of LED lighting and solar PV at the Civic Offices.",
                            lead_cell="Climate Change Manager", service="Corporate Services", due="31/03/2026",
                            status_cell="Green", update="Contractor appointed; installation programmed for January 2026.",
                            lead=["Climate Change Manager"], end="2026-03", status="green")),
        ("", "", dict(ref="CP-02", action="Publish an updated Climate Change Action Plan with costed actions for 2026-2030.",
                      lead_cell="Climate Change Manager", service="Corporate Services", due="Dec-25",
                      status_cell="Amber",
                      update="Draft held back to align with the Local Plan evidence base.\nNow expected at Cabinet in December 2025.",
                      lead=["Climate Change Manager"], end="2025-12", status="amber")),
        ("", O2, dict(ref="CP-03", action="Introduce weekly food waste collections to all households.",
                      lead_cell="Head of Environmental and Technical Services", service="Environmental Services",
                      due="Q4 2025/26", status_cell="Green",
                      update="Caddies delivered to 60% of households; rollout on schedule for March 2026.",
                      lead=["Head of Environmental and Technical Services"], end="2026-03", status="green")),
        (F_PEOPLE, O3, dict(ref="CP-04", action="Run the Household Support Fund scheme and target help at families not in receipt of free school meals.",
                            lead_cell="Community Services Manager; Revenues and Benefits Manager",
                            service="Community Services", due="31/03/2026", status_cell="Green",
                            update="Round 7 open; 412 awards made to end of September.",
                            lead=["Community Services Manager", "Revenues and Benefits Manager"],
                            end="2026-03", status="green")),
        ("", "", dict(ref="CP-05", action="Review the Council Tax Reduction Scheme for 2026/27.",
                      lead_cell="Revenues and Benefits Manager", service="Finance", due="Jan-26",
                      status_cell="Complete",
                      update="Consultation closed August 2025; revised scheme approved by Council on 25 September 2025.",
                      lead=["Revenues and Benefits Manager"], end="2026-01", status="blue")),
        ("", O4, dict(ref="CP-06", action="Agree the North Hampshire Community Safety Partnership plan with Rushmoor, Basingstoke and Deane and Hampshire Constabulary and report progress each year.",
                      lead_cell="Community Safety Manager", service="Community Services", due="Ongoing",
                      status_cell="Green", update="Partnership plan agreed June 2025.",
                      lead=["Community Safety Manager"], end=None, end_text="Ongoing", status="green")),
        (F_PLACE, O5, dict(ref="CP-07", action="Adopt a new Housing Strategy 2026-2031.",
                           lead_cell="Head of Place", service="Place", due="Mar 2026", status_cell="Amber",
                           update="Evidence base complete; consultation start moved to November 2025.",
                           lead=["Head of Place"], end="2026-03", status="amber")),
        ("", "", dict(ref="CP-08", action="Deliver 40 affordable homes through Section 106 agreements and partner housing associations.",
                      lead_cell="Housing Development Manager", service="Place", due="31/03/2026",
                      status_cell="Red",
                      update="Only 12 completions forecast this year because of developer delays on two sites.",
                      lead=["Housing Development Manager"], end="2026-03", status="red")),
        (F_RES, O6, dict(ref="CP-09", action="Bring a balanced Medium Term Financial Strategy to Council each February.",
                         lead_cell="Section 151 Officer", service="Finance", due="Feb-26", status_cell="Green",
                         update="Budget gap of £0.6m identified; savings options to Cabinet in December.",
                         lead=["Section 151 Officer"], end="2026-02", status="green")),
        ("", "", dict(ref="CP-10", action="Implement the new customer relationship management system.",
                      lead_cell="Head of Corporate Services / Digital Lead", service="Corporate Services",
                      due="30/09/2025", status_cell="Complete", update="System went live on 15 September 2025.",
                      lead=["Head of Corporate Services", "Digital Lead"], end="2025-09", status="blue")),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Quarter 2 2025/26 (July - September 2025)"] + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Focus area", "Objective", "Ref", "Action", "Responsible officer", "Service",
                "Due date", "Status", "Q2 update"])
    actions = []
    cur_f, cur_o = None, None
    for f, o, a in acts:
        if f:
            cur_f = f
        if o:
            cur_o = o
        w.writerow([f, o, a["ref"], a["action"], a["lead_cell"], a["service"], a["due"],
                    a["status_cell"], a["update"]])
        a["under"] = [cur_f, cur_o]
        actions.append(a)
    w.writerow([""] * ncol)
    w.writerow(["Status: Green = on track; Amber = some slippage; Red = significant slippage or at risk; "
                "Complete = delivered"] + [""] * (ncol - 1))
    w.writerow(["Source: performance management system export, 14 October 2025"] + [""] * (ncol - 1))
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(
        name,
        source=("Imitates a district council's quarterly corporate plan delivery tracker exported to CSV "
                "from its performance system, built on Hart District Council's Corporate Plan 2023-2027 "
                "(hart.gov.uk: focus areas Planet, People and Place, underpinned by a resilient and "
                "financially sound council). Copied: two title lines and a blank line above the header, "
                "focus area and objective written only on the first row of each group (exported from merged "
                "cells), mixed due-date forms (dd/mm/yyyy, Mmm-yy, 'Q4 2025/26', 'Mar 2026', 'Ongoing'), "
                "Green/Amber/Red/Complete status words, a quoted multi-line update cell, and key and source "
                "lines below the data."),
        reads=("A CSV export of ten corporate plan actions grouped by focus area and objective (each named "
               "once at the top of its group), with responsible officer, service, due date, Q2 status and "
               "update, followed by a status key line."),
        outcome="read",
        title=title,
        actions=actions,
    )


# ---------------------------------------------------------------------------
# 5. South East Wales CJC (Cardiff Capital Region) - corporate plan Q2 report (docx)
# ---------------------------------------------------------------------------
def ccr():
    name = "zdi-south-east-wales-cjc-corporate-plan-2025-26-q2-delivery-report.docx"
    title = "South East Wales Corporate Joint Committee – Corporate Plan 2025/26: Quarter 2 Delivery Report"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Cyd-bwyllgor Corfforedig De-ddwyrain Cymru | Cardiff Capital Region")
    doc.add_paragraph("Report to: Joint Overview and Scrutiny Committee, 20 November 2025")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Report author", "Head of Performance and Governance"),
                 ("Reporting period", "1 July – 30 September 2025"),
                 ("Version", "Final")]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    O1 = "Objective 1: A prosperous and competitive regional economy"
    O2 = "Objective 2: A connected region with sustainable transport"
    O3 = "Objective 3: Strategic planning for the region"
    O4 = "Objective 4: An effective and well-governed CJC"

    doc.add_heading("Summary of progress", level=1)
    sm = doc.add_table(rows=1, cols=6)
    sm.style = "Table Grid"
    for c, h in enumerate(["Well-being objective", "Actions", "Blue", "Green", "Amber", "Red"]):
        set_cell(sm.rows[0].cells[c], h, bold=True)
    for row in [(O1, 3, 1, 1, 1, 0), (O2, 3, 1, 1, 0, 1), (O3, 2, 0, 1, 1, 0), (O4, 1, 0, 1, 0, 0),
                ("Total", 9, 2, 4, 2, 1)]:
        cells = sm.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], str(v), bold=(row[0] == "Total"))

    doc.add_heading("Status key", level=1)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, col, text in [("Blue", "blue", "Complete"), ("Green", "green", "On track"),
                            ("Amber", "amber", "Minor slippage – within tolerance"),
                            ("Red", "red", "Significant delay or risk – exception report at Appendix B")]:
        row = key.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], RAG_HEX[col])
        set_cell(row[1], text)

    doc.add_heading("Delivery against well-being objectives", level=1)
    acts = {
        O1: [
            dict(ref="1.1", action="Adopt the Regional Economic and Industrial Plan delivery framework and agree investment priorities with the ten councils.",
                 lead_cell="Director of Regional Economy", when="September 2025",
                 prog="Framework adopted by the CJC on 15 September 2025.", word="Blue",
                 lead=["Director of Regional Economy"], end="2025-09", status="blue"),
            dict(ref="1.2", action="Open the second round of the regional Innovation Investment Capital fund to applications.",
                 lead_cell="Director of Investment", when="Q3 2025/26",
                 prog="Fund prospectus approved; launch event booked for 4 December 2025.", word="Green",
                 lead=["Director of Investment"], end="2025-12", status="green"),
            dict(ref="1.3", action="Complete the evaluation of the UK Shared Prosperity Fund regional programme and report the lessons to the ten councils.",
                 lead_cell="Head of Programmes / Regional Evaluation Officer", when="31 March 2026",
                 prog="Evaluator appointed in August, six weeks later than planned. Fieldwork under way.",
                 word="Amber", lead=["Head of Programmes", "Regional Evaluation Officer"],
                 end="2026-03", status="amber"),
        ],
        O2: [
            dict(ref="2.1", action="Prepare the draft Regional Transport Plan for public consultation.",
                 lead_cell="Head of Regional Transport Planning", when="December 2025",
                 prog="Draft plan and integrated impact assessment with the ten councils for comment.",
                 word="Green", lead=["Head of Regional Transport Planning"], end="2025-12",
                 status="green"),
            dict(ref="2.2", action="Agree a regional bus network plan with Transport for Wales in preparation for bus franchising.",
                 lead_cell="Head of Regional Transport Planning",
                 when="Original: December 2025\nRevised: June 2026",
                 prog="Network modelling delayed while Transport for Wales confirms the franchising timetable. See exception report.",
                 word="Red", lead=["Head of Regional Transport Planning"], end="2026-06",
                 status="red"),
            dict(ref="2.3", action="Submit the regional Active Travel Fund bid on behalf of the ten councils.",
                 lead_cell="Active Travel Programme Manager", when="June 2025",
                 prog="Bid submitted 20 June 2025; award confirmed in August.", word="Blue",
                 lead=["Active Travel Programme Manager"], end="2025-06", status="blue"),
        ],
        O3: [
            dict(ref="3.1", action="Publish the Strategic Development Plan Delivery Agreement once agreed by Welsh Government.",
                 lead_cell="Strategic Planning Manager", when="March 2026",
                 prog="Draft Delivery Agreement with Welsh Government; community involvement scheme to be revised.",
                 word="Amber", lead=["Strategic Planning Manager"], end="2026-03", status="amber"),
            dict(ref="3.2", action="Complete the regional candidate sites assessment and the integrated sustainability appraisal scoping report.",
                 lead_cell="Strategic Planning Manager / Senior Planning Officer (SDP)", when="January 2026",
                 prog="Call for candidate sites closed 30 September 2025 with 214 submissions.",
                 word="Green", lead=["Strategic Planning Manager", "Senior Planning Officer (SDP)"],
                 end="2026-01", status="green"),
        ],
        O4: [
            dict(ref="4.1", action="Implement the CJC's Welsh Language Standards compliance plan and report compliance to each Joint Overview and Scrutiny Committee.",
                 lead_cell="Monitoring Officer", when="Ongoing",
                 prog="Compliance report presented September 2025; no complaints received.",
                 word="Green", lead=["Monitoring Officer"], end=None, end_text="Ongoing",
                 status="green"),
        ],
    }
    actions = []
    for obj, items in acts.items():
        doc.add_heading(obj, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(["Ref", "Commitment", "Lead", "Target", "Quarter 2 progress", "Status"]):
            set_cell(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], "DEEAF6")
        for a in items:
            cells = tb.add_row().cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], a["lead_cell"])
            set_cell(cells[3], a["when"])
            set_cell(cells[4], a["prog"])
            set_cell(cells[5], a["word"])
            shade(cells[5], RAG_HEX[a["status"]])
            a["under"] = [obj]
            actions.append(a)

    doc.add_heading("Glossary", level=1)
    gl = doc.add_table(rows=0, cols=2)
    gl.style = "Table Grid"
    for k, v in [("CJC", "Corporate Joint Committee"), ("RTP", "Regional Transport Plan"),
                 ("SDP", "Strategic Development Plan"), ("TfW", "Transport for Wales")]:
        row = gl.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates a Welsh Corporate Joint Committee's quarterly corporate plan delivery report to "
                "its joint overview and scrutiny committee, for the South East Wales CJC (Cardiff Capital "
                "Region), whose statutory duties are economic well-being, regional transport planning and "
                "strategic planning (Bridgend CBC cabinet report on the South East Wales CJC Regulations "
                "2021; CCR City Deal JOSC agendas, rctcbc.moderngov.co.uk). Copied: bilingual title block, "
                "a short document-control table, a summary-of-progress table with totals, a status key, one "
                "table per well-being objective under Heading 2 objective headings, status words with "
                "matching shading, an original and a revised target in one cell on two lines, two posts "
                "in a lead cell split by '/', and a glossary table."),
        reads=("A Word report on the CJC's 2025/26 corporate plan at quarter 2: a summary table and key, "
               "then four well-being objectives each with a table of commitments (ref, commitment, lead, "
               "target, progress, Blue/Green/Amber/Red status). Nine commitments in all; where a target "
               "cell gives an original and a revised date the revised one is the due month."),
        outcome="read",
        title=title,
        actions=actions,
    )


# ---------------------------------------------------------------------------
# 6. Swindon Borough Council - Fostering Service Development Plan tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def swindon():
    name = "zdi-swindon-borough-council-fostering-service-development-plan-tracker-typo-month-refuse.xlsx"
    title = "Fostering Service Development Plan 2024/25 – progress tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan 24-25"
    ws["A1"] = "Swindon Borough Council – Children's Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated for Corporate Parenting Panel, 21 November 2024"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead", "Start", "Due", "Progress", "Status"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
    status_fill = {"On track": "C6EFCE", "Complete": "BDD7EE", "Delayed": "FFEB9C", "Not started": None}
    rows = [
        ("theme", "Theme 1 – Sufficiency and recruitment"),
        ("act", ["1a", "Recruit 20 new mainstream fostering households during 2024/25.",
                 "Recruitment and Assessment Team Manager", "April 2024", "March 2025",
                 "9 households approved to date; 6 assessments in progress.", "On track"]),
        ("act", ["1b", "Join the South West fostering recruitment support hub and agree local targets.",
                 "Head of Children in Care", "April 2024", "September 2024",
                 "Swindon joined the hub in July 2024; enquiries now routed through the hub line.", "Complete"]),
        ("act", ["1c", "Hold monthly fostering information events in the town centre and West Swindon.",
                 "Recruitment and Assessment Team Manager", "May 2024", "Monthly",
                 "Events held every month since May 2024.", "On track"]),
        ("theme", "Theme 2 – Support and retention"),
        ("act", ["2a", "Launch a buddy scheme pairing newly approved foster carers with experienced carers.",
                 "Fostering Support Team Manager", "October 2024", "Janaury 2025",
                 "Twelve experienced carers trained as buddies.", "On track"]),
        ("act", ["2b", "Review out-of-hours support for foster carers with the Emergency Duty Service.",
                 "Head of Children in Care", "September 2024", "December 2024",
                 "Review meeting with EDS postponed to December.", "Delayed"]),
        ("theme", "Theme 3 – Quality and practice"),
        ("act", ["3a", "Complete foster carer annual reviews within timescale (target 95%).",
                 "Independent Reviewing Officer – Fostering", "April 2024", "March 2025",
                 "91% within timescale at end of October.", "On track"]),
        ("act", ["3b", "Update the Fostering Service Statement of Purpose.",
                 "Head of Children in Care", "April 2024", "June 2024",
                 "Approved by Cabinet Member on 24 June 2024.", "Complete"]),
        ("act", ["3c", "Introduce foster carer feedback surveys after every placement ending.",
                 "Fostering Support Team Manager", "January 2025", "March 2025",
                 "", "Not started"]),
    ]
    r = 6
    typo_row = None
    for kind, p in rows:
        if kind == "theme":
            ws.cell(row=r, column=1, value=p).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = fill("E4DFEC")
        else:
            for c, v in enumerate(p, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            sf = status_fill[p[6]]
            if sf:
                ws.cell(row=r, column=7).fill = fill(sf)
            if p[4] == "Janaury 2025":
                typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status: On track / Delayed / Complete / Not started. "
                                   "Dates are end of month unless stated.").font = Font(italic=True, size=9)
    for i, wdt in enumerate([6, 55, 32, 14, 14, 45, 12]):
        ws.column_dimensions["ABCDEFG"[i]].width = wdt
    wb.save(out(name))
    assert typo_row == 11, typo_row

    write_expected(
        name,
        source=("Imitates an English council's fostering service development plan progress tracker taken "
                "to its Corporate Parenting Panel with the annual fostering report (cf. Central Bedfordshire "
                "'Fostering Team Annual Report' and Bradford 'Fostering Service Annual Report' items). "
                "Copied: title block, merged theme rows, text start and due months, status words with "
                "light fills, a 'Monthly' due cell and a status note line. The due cell of action 2a is "
                "typed 'Janaury 2025'."),
        reads=("A single-sheet tracker of eight fostering actions under three themes, with text months "
               "for start and due dates. Action 2a's due date reads 'Janaury 2025', a mistyped month; a "
               "careful reader would stop and ask whether January 2025 is meant before taking the plan in."),
        outcome="refuse",
        title=title,
        refuse_at=typo_row,
    )


# ---------------------------------------------------------------------------
# 7. Mid Sussex District Council - scrutiny recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def midsussex():
    name = "zdi-mid-sussex-district-council-scrutiny-recommendations-tracker-2025-26.txt"
    title = "Scrutiny Recommendations Tracker 2025/26"
    ncol = 8
    C1 = "Scrutiny Committee for Leader, Finance and Performance"
    C2 = "Scrutiny Committee for Community, Customer Services and Service Delivery"
    C3 = "Scrutiny Committee for Housing, Planning and Economic Growth"
    groups = [
        (C1, [
            dict(ref="LFP/25/01", date="18/06/2025",
                 action="That the quarterly performance report includes a benchmarking section comparing Mid Sussex with its CIPFA nearest neighbours.",
                 resp="Accepted", lead_cell="Policy, Performance and Partnerships Manager", due="Q3 2025/26",
                 prog="Benchmarking section included from the Q2 report onwards.", st="Complete",
                 lead=["Policy, Performance and Partnerships Manager"], end="2025-12", status="blue"),
            dict(ref="LFP/25/02", date="17/09/2025",
                 action="That the Medium Term Financial Plan sets out the assumptions used for business rates income under the new funding arrangements.",
                 resp="Accepted", lead_cell="Head of Corporate Resources", due="February 2026",
                 prog="Assumptions to be included in the February 2026 MTFP report.", st="Green",
                 lead=["Head of Corporate Resources"], end="2026-02", status="green"),
        ]),
        (C2, [
            dict(ref="CCS/25/01", date="09/07/2025",
                 action="That the Council publishes missed bin collection figures by ward each quarter.",
                 resp="Accepted in part - figures to be published by town and parish rather than by ward",
                 lead_cell="Head of Commercial Services and Contracts", due="31/03/2026",
                 prog="Contractor data feed being changed; first publication now expected in Q4.", st="Amber",
                 lead=["Head of Commercial Services and Contracts"], end="2026-03", status="amber"),
            dict(ref="CCS/25/02", date="09/07/2025",
                 action="That the customer contact telephone line offers a call-back option at peak times.",
                 resp="Accepted", lead_cell="Head of Digital and Customer Services", due="Sept 2025 - Jan 2026",
                 prog="Call-back option being tested with the telephony supplier.", st="Green",
                 lead=["Head of Digital and Customer Services"], end="2026-01", status="green"),
            dict(ref="CCS/25/03", date="08/10/2025",
                 action="That the community grants scheme is reviewed with town and parish councils before the 2026/27 round opens.",
                 resp="Accepted", lead_cell="Community Partnerships Team Leader / Head of Communities",
                 due="TBC", prog="Awaiting Cabinet decision on the grants budget.", st="Not started",
                 lead=["Community Partnerships Team Leader", "Head of Communities"], end=None,
                 end_text="TBC", status="unrated"),
        ]),
        (C3, [
            dict(ref="HPE/25/01", date="11/06/2025",
                 action="That the number of households in temporary accommodation, and their average length of stay, is reported to each meeting of the Committee.",
                 resp="Accepted", lead_cell="Housing Needs Manager", due="Ongoing",
                 prog="Reported at the September and November meetings.", st="Green",
                 lead=["Housing Needs Manager"], end=None, end_text="Ongoing", status="green"),
            dict(ref="HPE/25/02", date="10/09/2025",
                 action="That all Members receive a briefing on the District Plan examination timetable after each hearing session.",
                 resp="Accepted", lead_cell="Planning Policy Manager", due="30 April 2026",
                 prog="First briefing issued 2 October 2025.", st="Green",
                 lead=["Planning Policy Manager"], end="2026-04", status="green"),
            dict(ref="HPE/25/03", date="10/09/2025",
                 action="That the Burgess Hill Place and Connectivity Programme reports its spend against the Growth Deal budget every six months.",
                 resp="Accepted", lead_cell="Head of Economic Development and Regeneration",
                 due="by 31 March 2026",
                 prog="No report yet; programme board reporting being restructured.", st="Red",
                 lead=["Head of Economic Development and Regeneration"], end="2026-03", status="red"),
        ]),
    ]
    lines = [
        "Mid Sussex District Council",
        title,
        "Update to the Scrutiny Committee for Leader, Finance and Performance - 14 January 2026",
        "",
        "\t".join(["Ref", "Date agreed", "Recommendation", "Cabinet response", "Responsible officer",
                   "Target date", "Progress", "Status"]),
    ]
    actions = []
    for com, items in groups:
        lines.append(com + "\t" * (ncol - 1))
        for a in items:
            lines.append("\t".join([a["ref"], a["date"], a["action"], a["resp"], a["lead_cell"],
                                    a["due"], a["prog"], a["st"]]))
            a["under"] = [com]
            actions.append(a)
    lines.append("")
    lines.append("Status: Complete = implemented and closed; Green = on track; Amber = behind target, "
                 "action agreed; Red = not progressing; Not started = awaiting a Cabinet decision or "
                 "start date.")
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source=("Imitates a district council scrutiny recommendations tracker exported from a spreadsheet "
                "as tab-separated text, using Mid Sussex District Council's three scrutiny committees "
                "(Leader, Finance and Performance; Community, Customer Services and Service Delivery; "
                "Housing, Planning and Economic Growth; midsussex.moderngov.co.uk) and the usual tracker "
                "columns (date agreed, recommendation, Cabinet response, responsible officer, target, "
                "progress, status; cf. City of York scrutiny recommendation tracker, 2026). Copied: three "
                "title lines, committee heading lines with trailing tabs, job titles containing commas and "
                "'and' as single leads, two posts split by '/', target forms 'Q3 2025/26', 'Sept 2025 - "
                "Jan 2026', 'by 31 March 2026', 'TBC' and 'Ongoing', and a status key line."),
        reads=("A tab-separated tracker of eight scrutiny recommendations grouped under the three Mid "
               "Sussex scrutiny committees, each with the date agreed, Cabinet response, responsible "
               "officer, target date, progress and a status word (Complete, Green, Amber, Red or Not "
               "started)."),
        outcome="read",
        title=title,
        actions=actions,
    )


if __name__ == "__main__":
    rbwm()
    bcp()
    wirral()
    hart()
    ccr()
    swindon()
    midsussex()
    print("done")
