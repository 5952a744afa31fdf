#!/usr/bin/env python3
"""Build the seven zew- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zew_make.py (openpyxl, python-docx, pyyaml).
Writes only files whose names start with "zew-" in this folder.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def path(name):
    assert name.startswith("zew-")
    return os.path.join(HERE, name)


def write_expected(name, meta, actions=None):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta["outcome"]
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if actions is not None:
        out = []
        for a in actions:
            row = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                row["end_text"] = a["end_text"]
            row["status"] = a["status"]
            out.append(row)
        doc["actions"] = out
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def set_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


# ============================================================ 1. Portsmouth
def portsmouth():
    name = "zew-portsmouth-city-council-scrutiny-panel-recommendations-tracker-2023-24.xlsx"
    title = "Portsmouth City Council – Scrutiny Recommendations Tracker"
    rev1 = "Housing & Social Care Scrutiny Panel – Review of the provision of breaks / respite for carers"
    rev2 = "Economic Development, Culture & Leisure Scrutiny Panel – Review of engagement with culture and leisure"

    carers = [
        dict(ref="1",
             action="That the council reviews the information available to unpaid carers about breaks and respite, "
                    "including the Portsmouth Carers Centre web pages, so that carers can easily find out what "
                    "support is available and how to access it.",
             response="Accepted", lead="Carers Centre Manager",
             target=dt.datetime(2023, 12, 31), revised=None,
             update="Carers web pages rewritten with the Carers Forum and relaunched in November 2023. "
                    "Printed leaflet sent to all GP practices and community pharmacies.",
             rag="Blue", end="2023-12", status="blue", leads=["Carers Centre Manager"]),
        dict(ref="2",
             action="That Adult Social Care increases the number of carers' assessments completed and ensures "
                    "that every carer's assessment considers the carer's need for a break.",
             response="Accepted", lead="Assistant Director, Adult Social Care",
             target=dt.datetime(2024, 3, 31), revised=dt.datetime(2024, 9, 30),
             update="Carer's assessment form amended to include a mandatory 'breaks' section (Jan 2024). "
                    "Assessments completed up 18% on 2022/23 but the target of 600 will not be met until "
                    "September because of vacancies in the Carers Assessment Team.",
             rag="Amber", end="2024-09", status="amber", leads=["Assistant Director, Adult Social Care"]),
        dict(ref="3",
             action="That the council works with NHS partners to explore a carers' break offer funded through the "
                    "Better Care Fund, including a flexible direct payment for short breaks.",
             response="Accepted in part – a flexible payment will be piloted rather than introduced across the city",
             lead="Head of Integrated Commissioning / ICB Place Director",
             target=dt.datetime(2024, 6, 30), revised=None,
             update="Pilot of a one-off £250 carers' break payment agreed by the Health and Care Portsmouth "
                    "Executive; 74 payments made to date.",
             rag="Green", end="2024-06", status="green",
             leads=["Head of Integrated Commissioning", "ICB Place Director"]),
        dict(ref="4",
             action="That the council considers how young carers moving into adulthood are supported to take "
                    "breaks, working with the Portsmouth Young Carers service.\n"
                    "The panel would like this to include young adult carers aged 18 to 25.",
             response="Accepted", lead="Young Carers Service Manager and Head of Transitions",
             target="Ongoing", revised=None,
             update="Young adult carers group meets fortnightly; transition checklist now used at the 17+ review.",
             rag="Green", end=None, end_text="Ongoing", status="green",
             leads=["Young Carers Service Manager", "Head of Transitions"]),
        dict(ref="5",
             action="That the panel receives an update on progress against these recommendations six months after "
                    "they are agreed by Cabinet.",
             response="Accepted", lead="Senior Local Democracy Officer",
             target="January 2024", revised=None,
             update="Verbal update given to the Scrutiny Management Panel on 14 December 2023.",
             rag="Blue", end="2024-01", status="blue", leads=["Senior Local Democracy Officer"]),
    ]
    culture = [
        dict(ref="1",
             action="Develop a single 'what's on' listing for council-run cultural and leisure venues, promoted "
                    "through the council's social media channels and the MyPortsmouth app.",
             lead="Head of Culture, Leisure and Regulatory Services", target=dt.datetime(2024, 9, 30),
             update="Listing live on the Visit Portsmouth site; app integration being tested.",
             rag="green", end="2024-09", status="green",
             leads=["Head of Culture, Leisure and Regulatory Services"]),
        dict(ref="2",
             action="Extend the concessionary leisure card to care leavers and young carers.",
             lead="Head of Leisure Services", target=dt.datetime(2024, 3, 31),
             update="Implemented from 1 April 2024. 112 cards issued.",
             rag="blue", end="2024-03", status="blue", leads=["Head of Leisure Services"]),
        dict(ref="3",
             action="Pilot free family activity days with Portsmouth Museums and the Library Service in the three "
                    "wards with the lowest engagement (Charles Dickens, Paulsgrove and Nelson).",
             lead="Museums Manager / Library and Archive Service Manager", target=dt.datetime(2024, 8, 31),
             update="Two of six sessions held; remaining sessions moved to the October half term because of "
                    "staffing at Cumberland House.",
             rag="amber", end="2024-08", status="amber",
             leads=["Museums Manager", "Library and Archive Service Manager"]),
        dict(ref="4",
             action="Report the outcome of the pilot to the panel within 12 months.",
             lead="Head of Culture, Leisure and Regulatory Services", target=dt.datetime(2025, 6, 30),
             update="",
             rag=None, end="2025-06", status="unrated",
             leads=["Head of Culture, Leisure and Regulatory Services"]),
    ]

    wb = Workbook()
    # --- Summary sheet (not actions)
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Position at 31 August 2024 – reported to the Scrutiny Management Panel, 2 September 2024"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    hdr = ["Review", "Cabinet decision", "Recommendations", "Blue", "Green", "Amber", "Red"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
    rows = [
        [rev1, "27 June 2023", 5, 2, 2, 1, 0],
        [rev2, "27 June 2023", 4, 1, 1, 1, 0],
        ["Total", "", 9, 3, 3, 2, 0],
    ]
    for r, vals in enumerate(rows, start=5):
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if vals[0] == "Total":
                c.font = Font(bold=True)
    ws["A9"] = "RAG key"
    ws["A9"].font = Font(bold=True)
    key = [("Blue", "Complete", "blue"), ("Green", "On track", "green"),
           ("Amber", "Some slippage – revised date agreed", "amber"),
           ("Red", "Significant delay or not progressing", "red")]
    for r, (k, meaning, col) in enumerate(key, start=10):
        a = ws.cell(row=r, column=1, value=k)
        a.fill = fill(RAG_HEX[col])
        ws.cell(row=r, column=2, value=meaning)
    ws["A15"] = ("Recommendations not yet rated (no colour) are due later in the year. "
                 "Rows are removed from the tracker once the panel has signed them off.")
    ws.merge_cells("A15:G15")
    set_widths(ws, {"A": 60, "B": 34, "C": 16, "D": 8, "E": 8, "F": 8, "G": 8})

    # --- Carers sheet: text RAG + fill, original and revised date
    ws = wb.create_sheet("H&SC – Carers breaks")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = rev1
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Recommendations agreed by Cabinet on 27 June 2023. Cabinet Member: Community Wellbeing, Health & Care."
    ws.merge_cells("A3:H3")
    hdr = ["Rec", "Recommendation", "Cabinet response", "Lead officer", "Target date", "Revised date",
           "Progress update (August 2024)", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for a in carers:
        vals = [int(a["ref"]), a["action"], a["response"], a["lead"], a["target"], a["revised"], a["update"],
                a["rag"]]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        ws.cell(row=r, column=8).fill = fill(RAG_HEX[a["rag"].lower()])
        r += 1
    set_widths(ws, {"A": 6, "B": 60, "C": 28, "D": 30, "E": 12, "F": 12, "G": 55, "H": 9})

    # --- Culture sheet: RAG by fill colour only
    ws = wb.create_sheet("EDCL – Culture & leisure")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = rev2
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:F2")
    ws["A3"] = "Recommendations agreed by Cabinet on 27 June 2023 (all accepted). RAG shown by colour – see key on Summary sheet."
    ws.merge_cells("A3:F3")
    hdr = ["Rec", "Recommendation", "Lead officer", "Target date", "Progress update (August 2024)", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for a in culture:
        vals = [int(a["ref"]), a["action"], a["lead"], a["target"], a["update"] or None, None]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        if a["rag"]:
            ws.cell(row=r, column=6).fill = fill(RAG_HEX[a["rag"]])
        r += 1
    set_widths(ws, {"A": 6, "B": 62, "C": 34, "D": 12, "E": 55, "F": 9})
    wb.save(path(name))

    actions = []
    for a in carers:
        actions.append(dict(ref=a["ref"], under=[rev1], action=a["action"], lead=a["leads"], end=a["end"],
                            end_text=a.get("end_text"), status=a["status"]))
    for a in culture:
        actions.append(dict(ref=a["ref"], under=[rev2], action=a["action"], lead=a["leads"], end=a["end"],
                            end_text=a.get("end_text"), status=a["status"]))
    meta = dict(
        source=("Imitates the scrutiny recommendation updates Portsmouth City Council's themed scrutiny panels "
                "report to the Scrutiny Management Panel (e.g. the Housing & Social Care panel's review of breaks/"
                "respite for carers and the EDCL panel's review of engagement with culture and leisure, both agreed "
                "by Cabinet on 27 June 2023; democracy.portsmouth.gov.uk). Copied features: a Summary sheet with a "
                "totals block and RAG key, one sheet per review with title and review heading rows, Cabinet response "
                "column, original and revised target dates, job-title leads (one with a comma, some with two posts), "
                "RAG as word plus fill on one sheet and by fill colour only on the other, an 'Ongoing' target."),
        reads=("A three-sheet workbook: a summary of two scrutiny reviews with counts by RAG and a key, then one sheet "
               "per review listing its numbered recommendations with lead officer, target date, progress and RAG. "
               "The recommendations are the actions (5 for the carers review, 4 for culture and leisure); the "
               "culture sheet shows RAG only as cell colour and its last recommendation is not yet rated."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ============================================================ 2. Colchester (csv)
def csv_cell(v):
    s = "" if v is None else str(v)
    if any(ch in s for ch in [",", '"', "\n"]):
        s = '"' + s.replace('"', '""') + '"'
    return s


def colchester():
    name = "zew-colchester-city-council-strategic-plan-delivery-plan-tracker-2025-26.csv"
    title = "Colchester City Council - Strategic Plan Delivery Plan 2025-26"
    ncol = 8
    rows = []
    rows.append([title] + [""] * (ncol - 1))
    rows.append(["Quarter 2 progress report (position at 30 September 2025) - Strategic Plan 2023-26: A city fit for the future"] + [""] * (ncol - 1))
    rows.append([""] * ncol)
    rows.append(["Strategic outcome", "Ref", "Key action", "Lead officer", "Portfolio", "Due", "RAG", "Q2 update"])

    data = [
        ("Respond to the climate emergency", [
            dict(ref="CE1",
                 action="Deliver the next phase of the Woodland and Biodiversity Project, planting a further 15,000 trees across the city",
                 lead="Head of Sustainability", portfolio="Environment and Sustainability", due="31/03/2026",
                 rag="Green", update="Planting season starts November; 4,200 whips ordered and sites agreed with landowners.",
                 leads=["Head of Sustainability"], end="2026-03", status="green"),
            dict(ref="CE2",
                 action="Install solar-powered compactor bins at high-footfall city centre locations to reduce overflowing waste",
                 lead="Head of Neighbourhood Services", portfolio="Neighbourhoods and Waste", due="Dec-25",
                 rag="Amber", update="Supplier delay; first 12 bins now due for installation in December.",
                 leads=["Head of Neighbourhood Services"], end="2025-12", status="amber"),
        ]),
        ("Deliver modern services for a modern city", [
            dict(ref="MS1",
                 action="Launch the new customer portal and move the top 20 service requests online",
                 lead="Head of Customer Services / Head of Digital", portfolio="Resources", due="Q3 2025/26",
                 rag="Green", update="Portal in user testing; 14 of 20 forms built.",
                 leads=["Head of Customer Services", "Head of Digital"], end="2025-12", status="green"),
            dict(ref="MS2",
                 action="Implement the Corporate Landlord model and the Estates Strategy",
                 lead="Head of Property", portfolio="Resources", due="Jun-25",
                 rag="Complete", update="Corporate Landlord model live from 1 June 2025. Estates Strategy adopted by Cabinet.",
                 leads=["Head of Property"], end="2025-06", status="blue"),
        ]),
        ("Improve health, wellbeing and happiness", [
            dict(ref="HW1",
                 action="Refurbish play parks at:\n- Castle Park\n- Highwoods Country Park\n- Shrub End",
                 lead="Head of Neighbourhood Services", portfolio="Neighbourhoods and Waste", due="Mar-26",
                 rag="Amber", update="Castle Park complete.\nHighwoods and Shrub End contracts out to tender; spend profile under review.",
                 leads=["Head of Neighbourhood Services"], end="2026-03", status="amber"),
            dict(ref="HW2",
                 action="Launch a Community Empowerment Fund to support local groups ahead of Local Government Reorganisation",
                 lead="Head of Communities", portfolio="Communities and Equality", due="Ongoing",
                 rag="Green", update="First funding round opened 1 September 2025.",
                 leads=["Head of Communities"], end=None, end_text="Ongoing", status="green"),
        ]),
        ("Deliver homes for people who need them", [
            dict(ref="DH1",
                 action="Expand Beyond the Box, using empty private student accommodation to house people who are homeless",
                 lead="Head of Housing", portfolio="Housing", due="31/01/2026",
                 rag="Red", update="Negotiations with the accommodation provider have stalled; options paper to Cabinet in November.",
                 leads=["Head of Housing"], end="2026-01", status="red"),
            dict(ref="DH2",
                 action="Deliver the first year of the Housing Revenue Account business plan, including 40 new council homes",
                 lead="Head of Housing / Colchester Borough Homes Director of Property", portfolio="Housing", due="Mar-26",
                 rag="Amber", update="28 homes on site; 12 at planning stage.",
                 leads=["Head of Housing", "Colchester Borough Homes Director of Property"], end="2026-03", status="amber"),
        ]),
        ("Grow our economy so everyone benefits", [
            dict(ref="GE1",
                 action="Improve city centre signage and wayfinding in partnership with Our Colchester BID",
                 lead="Head of Economic Growth", portfolio="Economy and Culture", due="Nov-25",
                 rag="Green", update="Designs agreed with the BID; installation booked for w/c 17 November.",
                 leads=["Head of Economic Growth"], end="2025-11", status="green"),
        ]),
        ("Celebrate our heritage and culture", [
            dict(ref="HC1",
                 action="Deliver the refreshed Visit Colchester website and the 2026 events programme",
                 lead="Head of Museums and Visitor Services", portfolio="Economy and Culture", due="Apr-26",
                 rag="", update="",
                 leads=["Head of Museums and Visitor Services"], end="2026-04", status="unrated"),
        ]),
    ]
    actions = []
    for outcome, items in data:
        first = True
        for a in items:
            rows.append([outcome if first else "", a["ref"], a["action"], a["lead"], a["portfolio"], a["due"],
                         a["rag"], a["update"]])
            first = False
            actions.append(dict(ref=a["ref"], under=[outcome], action=a["action"], lead=a["leads"], end=a["end"],
                                end_text=a.get("end_text"), status=a["status"]))
    rows.append([""] * ncol)
    rows.append(["RAG: Green = on track; Amber = at risk of slipping; Red = off track; Complete = delivered; blank = not yet started"] + [""] * (ncol - 1))
    rows.append(["Strategic outcomes are shown once, against the first action under each outcome."] + [""] * (ncol - 1))
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        for r in rows:
            fh.write(",".join(csv_cell(v) for v in r) + "\r\n")

    meta = dict(
        source=("Imitates Colchester City Council's Strategic Plan Delivery Plan (SPDP) for the Strategic Plan 2023-26 "
                "'A city fit for the future', refreshed at Cabinet each October, with its six strategic outcomes and "
                "actions such as compactor bins, play park refurbishment, Beyond the Box, the Community Empowerment "
                "Fund, city centre signage and the Corporate Landlord model (colchester.gov.uk news, 14 Oct 2025). "
                "Copied features: an Excel 'Save as CSV' export with trailing empty columns, title and subtitle lines, "
                "outcome shown only on its first action (merged cell in the source sheet), lead-officer job titles "
                "(two with '/'), Due as dates, mmm-yy, a quarter and 'Ongoing', RAG words including 'Complete', quoted "
                "cells with inner line breaks, and key/notes lines under the table."),
        reads=("A quarterly progress table for the council's strategic plan: ten key actions grouped under six "
               "strategic outcomes, each with a reference, lead officer, portfolio, due date, RAG and update. The "
               "outcome is named only on the first action of each group and applies to the rows below it; the notes "
               "at the foot are a RAG key, not actions."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, color=None):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(9)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, labels, bg="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True, color="FFFFFF")
        shade(c, bg)


# ============================================================ 3. Monmouthshire (docx)
def monmouthshire():
    name = "zew-monmouthshire-county-council-ciw-childrens-services-improvement-check-action-plan.docx"
    title = "Monmouthshire County Council Children's Services: CIW Improvement Check Action Plan 2025–26"
    sections = [
        ("1. People – voice and control", [
            ("Statutory visits to children on the child protection register must be undertaken, and recorded, "
             "within the required timescales.", [
                dict(ref="1.1",
                     action="Weekly compliance report on statutory visits to be reviewed at the Children's Services "
                            "Performance Meeting, with exceptions escalated to Service Managers.",
                     lead="Service Manager – Family Support and Protection", target="July 2025", revised="",
                     progress="Report in place since 7 July 2025. Compliance 86% in September (58–67% at the PEI).",
                     rag="Green", end="2025-07", status="green",
                     leads=["Service Manager – Family Support and Protection"]),
                dict(ref="1.2",
                     action="Introduce interim recording arrangements so that visits and assessments completed in "
                            "Word documents are uploaded to the case record within 5 working days.\n"
                            "This will continue until the move to the new case management system.",
                     lead="Head of Children's Services / Systems and Performance Manager", target="30/09/2025",
                     revised="",
                     progress="Interim guidance issued 1 August 2025; dip sample in September found 94% uploaded "
                              "within timescale.",
                     rag="Blue", end="2025-09", status="blue",
                     leads=["Head of Children's Services", "Systems and Performance Manager"]),
            ]),
            ("Children's views and wishes should be clearly recorded in assessments and plans.", [
                dict(ref="1.3",
                     action="Refresh the practice standards so that every assessment and plan includes direct work "
                            "with the child and the child's own words.",
                     lead="Principal Social Worker", target="Dec-25", revised="",
                     progress="Draft standards out to practitioner consultation until 31 October.",
                     rag="Amber", end="2025-12", status="amber", leads=["Principal Social Worker"]),
            ]),
        ]),
        ("2. Prevention", [
            ("The local authority should complete its review of the Early Help and Assessment Team so that families "
             "receive a proportionate and timely response.", [
                dict(ref="2.1",
                     action="Complete the review of the Early Help and Assessment Team and report findings and "
                            "recommendations to the Children's Services Leadership Team.",
                     lead="Service Manager – Early Help", target="End of October 2025", revised="",
                     progress="Fieldwork complete; report being drafted.",
                     rag="Green", end="2025-10", status="green", leads=["Service Manager – Early Help"]),
                dict(ref="2.2",
                     action="Introduce a single front door screening tool shared with partner agencies.",
                     lead="MASH Team Manager and Gwent Police Public Protection Unit", target="Q4 2025/26",
                     revised="", progress="Dependent on 2.1.",
                     rag="Not started", end="2026-03", status="unrated",
                     leads=["MASH Team Manager", "Gwent Police Public Protection Unit"]),
            ]),
        ]),
        ("3. Well-being", [
            ("Initial and review child protection conferences must be held within statutory timescales.", [
                dict(ref="3.1",
                     action="Recruit a third Independent Reviewing Officer / Child Protection Chair to reduce "
                            "reviewing officer workloads.",
                     lead="Head of Children's Services", target="June 2025", revised="January 2026",
                     progress="Two recruitment rounds unsuccessful. Agency cover in place from October; post "
                              "re-advertised with market supplement.",
                     rag="Red", end="2026-01", status="red", leads=["Head of Children's Services"]),
                dict(ref="3.2",
                     action="Monthly audit of the timeliness of initial child protection conferences, reported to "
                            "the Quality Assurance Board.",
                     lead="Safeguarding and Quality Assurance Manager", target="Monthly", revised="",
                     progress="Audits completed July, August and September.",
                     rag="Green", end=None, end_text="Monthly", status="green",
                     leads=["Safeguarding and Quality Assurance Manager"]),
            ]),
        ]),
        ("4. Partnerships and integration", [
            ("Decisions to undertake section 47 enquiries must be made in multi-agency strategy discussions that "
             "include the police.", [
                dict(ref="4.1",
                     action="Stop internal pre-strategy meetings; all strategy discussions to include Gwent Police "
                            "and health.",
                     lead="Service Manager – Family Support and Protection", target="31/07/2025", revised="",
                     progress="Completed. Practice direction issued 30 June 2025.",
                     rag="Blue", end="2025-07", status="blue",
                     leads=["Service Manager – Family Support and Protection"]),
                dict(ref="4.2",
                     action="Multi-agency audit of 20 strategy discussions through the Gwent Safeguarding Board "
                            "Quality Assurance sub-group.",
                     lead="Safeguarding Unit Manager / Gwent Safeguarding Board Business Manager",
                     target="Feb 2026", revised="",
                     progress="Audit tool agreed; case sample to be drawn in December.",
                     rag="Amber", end="2026-02", status="amber",
                     leads=["Safeguarding Unit Manager", "Gwent Safeguarding Board Business Manager"]),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Response to the Care Inspectorate Wales (CIW) improvement check of children's services, "
                      "9–12 June 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Status"], bg="595959")
    for i, row in enumerate([
        ["0.3", "18/08/2025", "Head of Children's Services", "Draft for Leadership Team"],
        ["1.0", "09/09/2025", "Head of Children's Services", "Approved by Cabinet Member for Social Care, Safeguarding and Accessible Health Services"],
        ["1.1", "06/11/2025", "Performance and Data Insight Officer", "Progress update for People Scrutiny Committee"],
    ], start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "CIW carried out a Performance Evaluation Inspection (PEI) of children's services in February 2024 and "
        "returned in June 2025 to check progress. The improvement check letter, published on 5 August 2025, "
        "recognised progress on workforce stability but asked the local authority to continue to improve its "
        "compliance with statutory requirements for safeguarding children. This plan sets out our response under "
        "the four principles of the Social Services and Well-being (Wales) Act 2014. In each table the shaded row "
        "gives CIW's area for improvement and the rows beneath it are our actions. Progress is shown at "
        "31 October 2025.")

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (lab, meaning, col) in enumerate([
        ("Blue", "Complete", "blue"), ("Green", "On track", "green"),
        ("Amber", "Some risk to delivery", "amber"), ("Red", "Off track – escalated to Leadership Team", "red"),
        ("Not started", "Action not yet due to start", None)]):
        set_cell(k.rows[i].cells[0], lab, bold=True)
        if col:
            shade(k.rows[i].cells[0], RAG_HEX[col])
        set_cell(k.rows[i].cells[1], meaning)

    cols = ["Ref", "Action", "Lead", "Target date", "Revised date", "Progress (October 2025)", "RAG"]
    actions = []
    for sec_title, groups in sections:
        doc.add_heading(sec_title, level=1)
        nrows = 1 + sum(1 + len(items) for _, items in groups)
        t = doc.add_table(rows=nrows, cols=len(cols))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        header_row(t, cols)
        r = 1
        for afi, items in groups:
            row = t.rows[r]
            merged = row.cells[0].merge(row.cells[len(cols) - 1])
            set_cell(merged, afi, bold=True)
            shade(merged, "DEEAF6")
            r += 1
            for a in items:
                cells = t.rows[r].cells
                vals = [a["ref"], a["action"], a["lead"], a["target"], a["revised"], a["progress"], a["rag"]]
                for j, v in enumerate(vals):
                    set_cell(cells[j], v)
                low = a["rag"].lower()
                if low in RAG_HEX:
                    shade(cells[6], RAG_HEX[low])
                r += 1
                actions.append(dict(ref=a["ref"], under=[sec_title, afi], action=a["action"], lead=a["leads"],
                                    end=a["end"], end_text=a.get("end_text"), status=a["status"]))
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    header_row(s, ["Approved by", "Date"], bg="595959")
    for i, row in enumerate([["Chief Officer for Social Care, Safeguarding and Health", "09/09/2025"],
                             ["Head of Children's Services", "09/09/2025"]], start=1):
        for j, v in enumerate(row):
            set_cell(s.rows[i].cells[j], v)
    doc.save(path(name))

    meta = dict(
        source=("Imitates a Welsh council's action plan after a CIW improvement check, following Monmouthshire "
                "County Council's children's services Performance Evaluation Inspection of February 2024 (CIW, "
                "published 2 May 2024: timeliness of child protection visits and conferences, recording in Word "
                "documents outside the case system, internal meetings without police before s47 enquiries, "
                "reviewing officer workloads, review of the Early Help and Assessment Team). Copied features: title, "
                "document-control table, introduction, RAG key table, one section and table per Social Services and "
                "Well-being Act principle, CIW area-for-improvement text in a merged row above its actions, target "
                "and revised dates, RAG word with matching shading, two-paragraph action cell, sign-off table."),
        reads=("A Word action plan in four sections (People, Prevention, Well-being, Partnerships and integration); "
               "each section's table states CIW's area for improvement in a shaded full-width row and lists the "
               "numbered actions below it with lead, target date, revised date, progress and RAG. Nine actions; the "
               "document-control, RAG key and sign-off tables are not part of the plan."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ============================================================ 4. Gloucestershire SEND (xlsx)
def gloucestershire():
    name = "zew-gloucestershire-local-area-partnership-send-peer-review-action-plan.xlsx"
    title = "Gloucestershire Local Area Partnership – SEND Peer Review Action Plan"
    themes = [
        ("Theme 1: Leadership and governance",
         "Partnership governance is not yet clear enough. Leaders across education, health and care need a shared "
         "understanding of who is accountable for improving outcomes for children and young people with SEND.",
         [
             dict(ref="1.1",
                  action="Refresh the terms of reference and membership of the SEND and Inclusion Partnership Board, "
                         "with a named accountable lead from each partner.",
                  lead="Director of Education / Chief Nursing Officer, NHS Gloucestershire ICB",
                  target=dt.datetime(2024, 1, 31), revised=None, prev="A", cur="B",
                  update="New terms of reference agreed at the January Board.",
                  leads=["Director of Education", "Chief Nursing Officer, NHS Gloucestershire ICB"],
                  end="2024-01", status="blue"),
             dict(ref="1.2",
                  action="Publish a partnership SEND self-evaluation and review it every six months.",
                  lead="Head of SEND Strategy", target=dt.datetime(2024, 3, 31), revised=dt.datetime(2024, 6, 30),
                  prev="A", cur="G",
                  update="Draft shared with Parent Carer Forum; publication moved to June to include inspection "
                         "findings.",
                  leads=["Head of SEND Strategy"], end="2024-06", status="green"),
         ]),
        ("Theme 2: Investment",
         "Leaders need a clear and comprehensive investment plan across the local area to address the high workload "
         "of SEND caseworkers, the shortage of specialist places and gaps in health provision.",
         [
             dict(ref="2.1",
                  action="Recruit 18 additional EHCP caseworkers and team managers.",
                  lead="Head of SEND Casework", target=dt.datetime(2023, 9, 30), revised=None, prev="B", cur="B",
                  update="All posts filled by September 2023.",
                  leads=["Head of SEND Casework"], end="2023-09", status="blue"),
             dict(ref="2.2",
                  action="Agree capital funding and the procurement route for a new special school.",
                  lead="Head of School Place Planning", target=dt.datetime(2024, 12, 31), revised=None,
                  prev="G", cur="G", update="Cabinet approved funding in March; DfE free school route confirmed.",
                  leads=["Head of School Place Planning"], end="2024-12", status="green"),
             dict(ref="2.3",
                  action="Scope further investment needed in 2024/25 for speech and language therapy and "
                         "occupational therapy.",
                  lead="Associate Director of Children's Commissioning (ICB)", target=dt.datetime(2024, 4, 30),
                  revised=dt.datetime(2024, 7, 31), prev="A", cur="A",
                  update="Demand modelling complete; business case delayed by ICB financial recovery plan.",
                  leads=["Associate Director of Children's Commissioning (ICB)"], end="2024-07", status="amber"),
         ]),
        ("Theme 3: Timeliness and quality of EHC plans",
         "Too many EHC needs assessments are not completed within 20 weeks, and the quality of plans is variable.",
         [
             dict(ref="3.1",
                  action="Clear the backlog of overdue EHC needs assessments.",
                  lead="Head of SEND Casework", target=dt.datetime(2024, 7, 31), revised=None, prev="R", cur="A",
                  update="Backlog down from 412 to 168. Additional educational psychology capacity commissioned.",
                  leads=["Head of SEND Casework"], end="2024-07", status="amber"),
             dict(ref="3.2",
                  action="Set up a multi-agency quality assurance panel to audit 10% of new EHC plans each month.",
                  lead="SEND Quality Assurance Lead and Designated Clinical Officer", target=dt.datetime(2024, 2, 29),
                  revised=None, prev="G", cur="B", update="Panel meeting monthly since February.",
                  leads=["SEND Quality Assurance Lead", "Designated Clinical Officer"], end="2024-02",
                  status="blue"),
         ]),
        ("Theme 4: Co-production and communication",
         "Parents and carers do not consistently feel listened to, and communication from the local area is not "
         "timely.",
         [
             dict(ref="4.1",
                  action="Co-produce a communication charter with Gloucestershire Parent Carer Forum.",
                  lead="Head of SEND Strategy / Parent Carer Forum Co-Chair", target="Spring term 2024", revised=None,
                  prev="A", cur="G", update="Charter drafted at two co-production workshops.",
                  leads=["Head of SEND Strategy", "Parent Carer Forum Co-Chair"], end="2024-03", status="green"),
             dict(ref="4.2",
                  action="Relaunch the Local Offer website with improved search and a 'new to SEND' section.",
                  lead="Local Offer Manager", target="Autumn term 2024", revised=None, prev=None, cur="G",
                  update="Supplier appointed.",
                  leads=["Local Offer Manager"], end="2024-12", status="green"),
             dict(ref="4.3",
                  action="Hold 'You said, we did' events with families each term.",
                  lead="Head of SEND Strategy", target="Termly", revised=None, prev="G", cur="G",
                  update="Spring event held 13 March (64 families).",
                  leads=["Head of SEND Strategy"], end=None, end_text="Termly", status="green"),
         ]),
    ]
    letter_fill = {"B": RAG_HEX["blue"], "G": RAG_HEX["green"], "A": RAG_HEX["amber"], "R": RAG_HEX["red"]}

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    info = [
        ("Partnership", "Gloucestershire County Council and NHS Gloucestershire Integrated Care Board"),
        ("Review", "LGA SEND peer review, October 2023"),
        ("Owner", "SEND and Inclusion Partnership Board"),
        ("Version", "4.0 – updated 20 May 2024"),
        ("Next review", "SEND and Inclusion Partnership Board, July 2024"),
    ]
    for r, (k, v) in enumerate(info, start=3):
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=2, value=v)
    ws["A9"] = "Themes"
    ws["A9"].font = Font(bold=True)
    for r, (th, _, _) in enumerate(themes, start=10):
        ws.cell(row=r, column=1, value=th)
    set_widths(ws, {"A": 44, "B": 80})

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress at May 2024. Previous RAG = position reported to the Board in March 2024."
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "What the peer review told us", "Action", "Lead(s)", "Target date", "Revised date",
           "Previous RAG", "Current RAG", "Update"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2C6F")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    actions = []
    for th, told, items in themes:
        ws.cell(row=r, column=1, value=th).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        for a in items:
            vals = [a["ref"], told if r == first else None, a["action"], a["lead"], a["target"], a["revised"],
                    a["prev"], a["cur"], a["update"]]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, key in ((7, "prev"), (8, "cur")):
                if a[key]:
                    ws.cell(row=r, column=col).fill = fill(letter_fill[a[key]])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            actions.append(dict(ref=a["ref"], under=[th, told], action=a["action"], lead=a["leads"],
                                end=a["end"], end_text=a.get("end_text"), status=a["status"]))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    set_widths(ws, {"A": 7, "B": 42, "C": 48, "D": 32, "E": 13, "F": 13, "G": 10, "H": 10, "I": 45})

    ws = wb.create_sheet("Impact measures")
    ws["A1"] = "How we will know it is making a difference"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Measure", "Baseline (Oct 2023)", "Target (Mar 2025)", "Latest (Apr 2024)"]
    for i, h in enumerate(hdr, start=1):
        ws.cell(row=3, column=i, value=h).font = Font(bold=True)
    for r, vals in enumerate([
        ["% of EHC plans issued within 20 weeks (excluding exceptions)", "9%", "50%", "31%"],
        ["Number of overdue EHC needs assessments", 412, 0, 168],
        ["% of parent carers who feel listened to (PCF survey)", "22%", "50%", "Survey due June"],
    ], start=4):
        for i, v in enumerate(vals, start=1):
            ws.cell(row=r, column=i, value=v)
    set_widths(ws, {"A": 60, "B": 20, "C": 18, "D": 18})

    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for r, (k, meaning) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some risk – mitigation in place"),
                                      ("R", "Off track – escalated to the Partnership Board")], start=2):
        c = ws.cell(row=r, column=1, value=k)
        c.fill = fill(letter_fill[k])
        ws.cell(row=r, column=2, value=meaning)
    set_widths(ws, {"A": 8, "B": 50})
    wb.save(path(name))

    meta = dict(
        source=("Imitates the action plan Gloucestershire's SEND local area partnership (Gloucestershire County "
                "Council and NHS Gloucestershire ICB) kept after its LGA SEND peer review of 2023, which it published "
                "theme by theme as 'The SEND LGA Peer review told us / What we have done already / What's next' "
                "(gloucestershire.gov.uk, send-peer-review-2023: investment plan, 18 extra EHCP staff, new special "
                "school). Copied features: cover sheet with governance and version, theme rows merged across the "
                "table, the peer review's finding in a cell merged down beside its actions, job-title leads (one "
                "with a comma inside two posts), target and revised dates, previous and current RAG letters with "
                "fill, school-term and 'Termly' targets, an impact-measures sheet and a key sheet."),
        reads=("A SEND partnership action plan: four themes, each with what the peer review found (in a merged cell "
               "beside the actions) and two or three numbered actions with leads, target and revised dates, previous "
               "and current RAG and an update. Ten actions; the cover, impact measures and key sheets are not "
               "actions, and the current RAG is the status."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ============================================================ 5. Nottinghamshire SAB (txt, tab-separated)
def nottinghamshire():
    name = "zew-nottinghamshire-sab-thematic-sar-older-people-domestic-abuse-action-plan.txt"
    title = ("Nottinghamshire Safeguarding Adults Board – Thematic SAR: Older People Experiencing Domestic Abuse – "
             "Action Plan")
    recs = [
        ("Recommendation 1: Partner agencies should ensure that practitioners routinely ask older people about "
         "domestic abuse, including abuse by adult children and by carers, and record the response.", [
            dict(ref="1.1",
                 action="Include older victims and familial abuse in the refreshed multi-agency domestic abuse "
                        "training offer",
                 lead="Nottinghamshire County Council Community Safety", due="Jul-25", rag="B",
                 update="New module live on the SAB learning platform from 1 July 2025.",
                 leads=["Nottinghamshire County Council Community Safety"], end="2025-07", status="blue"),
            dict(ref="1.2",
                 action="Audit the use of routine enquiry in a sample of 50 adult social care assessments",
                 lead="Nottinghamshire County Council Adult Social Care", due="Nov-25", rag="A",
                 update="Sample drawn; audit delayed by Care Act assessment backlog work.",
                 leads=["Nottinghamshire County Council Adult Social Care"], end="2025-11", status="amber"),
        ]),
        ("Recommendation 2: The Board should seek assurance that DASH risk assessments and MARAC referrals consider "
         "the specific risks faced by older victims, including where the person causing harm is also their carer.", [
            dict(ref="2.1",
                 action="Develop a DASH practice note for older victims with the Domestic Abuse Local Partnership Board",
                 lead="Nottinghamshire Police / Equation", due="Dec-25", rag="G",
                 update="First draft discussed at DALPB on 9 October.",
                 leads=["Nottinghamshire Police", "Equation"], end="2025-12", status="green"),
            dict(ref="2.2",
                 action="MARAC Steering Group to report the number and outcome of referrals for victims aged 65 and "
                        "over",
                 lead="MARAC Coordinator", due="Quarterly", rag="G",
                 update="Q1 and Q2 data reported (19 referrals aged 65+).",
                 leads=["MARAC Coordinator"], end=None, end_text="Quarterly", status="green"),
        ]),
        ("Recommendation 3: Health partners should strengthen the identification of domestic abuse in older patients "
         "who present with injuries, falls or self-neglect.", [
            dict(ref="3.1",
                 action="Add domestic abuse prompts to the falls assessment pathway in emergency departments and "
                        "community services",
                 lead="Nottingham University Hospitals NHS Trust; Sherwood Forest Hospitals NHS FT",
                 due="31/01/2026", rag="A",
                 update="NUH prompt agreed. SFH awaiting digital change slot.",
                 leads=["Nottingham University Hospitals NHS Trust", "Sherwood Forest Hospitals NHS FT"],
                 end="2026-01", status="amber"),
            dict(ref="3.2",
                 action="Share a learning briefing with all GP practices through the ICB safeguarding newsletter",
                 lead="NHS Nottingham and Nottinghamshire ICB", due="Jun-25", rag="B",
                 update="Briefing issued in the June newsletter.",
                 leads=["NHS Nottingham and Nottinghamshire ICB"], end="2025-06", status="blue"),
        ]),
        ("Recommendation 4: The Board should raise awareness among older people and their families of domestic "
         "abuse and of where to get help.", [
            dict(ref="4.1",
                 action="Co-produce a public awareness campaign with Age UK Notts for the 16 Days of Action 2025",
                 lead="SAB Business Manager", due="Dec-25", rag="G",
                 update="Campaign materials signed off; launch 25 November.",
                 leads=["SAB Business Manager"], end="2025-12", status="green"),
            dict(ref="4.2",
                 action="Evaluate the reach of the campaign and report to the Board",
                 lead="SAB Business Manager", due="March 2026", rag="",
                 update="",
                 leads=["SAB Business Manager"], end="2026-03", status="unrated"),
        ]),
    ]
    lines = [
        title,
        "Review published: 12 March 2025\tAction plan agreed by the Board: 24 April 2025",
        "Exported from the NSAB SAR action tracker on 03/11/2025 (tab-separated)",
        "RAG: B = complete, G = on track, A = some delay, R = off track, blank = not started",
        "",
        "Ref\tAction\tLead agency / officer\tTarget date\tRAG\tProgress update",
    ]
    actions = []
    for rec, items in recs:
        lines.append(rec)
        for a in items:
            lines.append("\t".join([a["ref"], a["action"], a["lead"], a["due"], a["rag"], a["update"]]))
            actions.append(dict(ref=a["ref"], under=[rec], action=a["action"], lead=a["leads"], end=a["end"],
                                end_text=a.get("end_text"), status=a["status"]))
    lines.append("")
    lines.append("End of export - 8 actions")
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    meta = dict(
        source=("Imitates the multi-agency action plans English safeguarding adults boards keep for thematic "
                "safeguarding adults reviews (e.g. the thematic SARs on homelessness, self-neglect or alcohol-related "
                "harm published by Essex, West Sussex and Leeds SABs), here for a Nottinghamshire SAB thematic review "
                "of older people experiencing domestic abuse, 2025. Copied features: a tab-separated export from the "
                "board's SAR tracker with title, dates and RAG-key lines above the header, each recommendation on its "
                "own line above its numbered actions, lead agencies (two joined by '/' or ';'), mmm-yy, dd/mm/yyyy, "
                "'Quarterly' and month-name targets, RAG letters and a blank RAG for an action not started, and an "
                "end-of-export line."),
        reads=("A plain-text export of a SAR action plan: four board recommendations, each written on its own line, "
               "followed by two numbered actions with lead agency, target date, RAG letter and progress. Eight "
               "actions; the lines above the header and the closing line are not actions."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ============================================================ 6. Camden fostering (xlsx) – refuse
def camden():
    name = "zew-camden-council-fostering-service-development-plan-2025-26-typo-month-refuse.xlsx"
    title = "Camden Fostering Service – Service Development Plan 2025-26"
    plan = [
        ("Priority 1: Recruit more foster carers who can care for Camden's children in or near Camden", [
            ("1.1", "Run the North London fostering recruitment campaign with partner boroughs, with a Camden-specific "
                    "offer for Somali, Bengali and Kurdish-speaking households.",
             "Fostering Recruitment Manager", dt.datetime(2025, 9, 30),
             "Campaign launched in Fostering Fortnight; 41 enquiries, 6 initial visits.", "G"),
            ("1.2", "Hold monthly fostering information events, alternating online and at 5 Pancras Square.",
             "Fostering Recruitment Manager", "Monthly", "Events held every month since April.", "G"),
            ("1.3", "Review the fostering allowances and council tax relief offer against neighbouring boroughs.",
             "Head of Service – Placements and Permanence / Finance Business Partner", dt.datetime(2025, 12, 31),
             "Benchmarking complete; proposals to Cabinet in December.", "A"),
        ]),
        ("Priority 2: Support and retain our foster carers", [
            ("2.1", "Launch a second Mockingbird constellation with a hub home carer in the south of the borough.",
             "Mockingbird Liaison Worker", dt.datetime(2026, 3, 31), "Hub carer approved at panel in September.", "G"),
            ("2.2", "Refresh the foster carer learning and development offer, including trauma-informed practice "
                    "training for all carers.",
             "Fostering Team Manager", "0ct-25", "Training needs survey closed; programme being finalised.", "A"),
            ("2.3", "Introduce exit interviews for every carer who leaves, reported quarterly to the Fostering Panel.",
             "Fostering Team Manager", dt.datetime(2025, 7, 31), "In place from July.", "B"),
        ]),
        ("Priority 3: Kinship and connected persons care", [
            ("3.1", "Set up a kinship carers' support group with Kinship (the charity) and the Virtual School.",
             "Kinship Team Manager", dt.datetime(2025, 11, 30), "Venue and facilitator agreed.", "G"),
            ("3.2", "Reduce the average time to complete connected persons assessments to 16 weeks.",
             "Kinship Team Manager", dt.datetime(2026, 3, 31), "Currently 19.5 weeks.", "R"),
        ]),
    ]
    letter_fill = {"B": RAG_HEX["blue"], "G": RAG_HEX["green"], "A": RAG_HEX["amber"], "R": RAG_HEX["red"]}
    wb = Workbook()
    ws = wb.active
    ws.title = "SDP 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Quarter 2 update for the Corporate Parenting Committee, October 2025"
    ws.merge_cells("A2:F2")
    hdr = ["Ref", "Action", "Lead", "Due", "Q2 update", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00615C")
        c.border = BOX
    r = 5
    typo_row = None
    for prio, items in plan:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9EAD3")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, action, lead, due, upd, rag in items:
            vals = [ref, action, lead, due, upd, rag]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(letter_fill[rag])
            if due == "0ct-25":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG B = complete, G = on track, A = some slippage, R = off track. "
                                   "Plan agreed by the Fostering Service leadership team, April 2025.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    set_widths(ws, {"A": 7, "B": 62, "C": 36, "D": 11, "E": 48, "F": 7})
    wb.save(path(name))
    assert typo_row is not None

    meta = dict(
        source=("Imitates the service development plan that English local authority fostering services attach to "
                "their annual fostering report and Regulation 35 reports to members (e.g. the East Sussex, Central "
                "Bedfordshire and Doncaster fostering annual reports), here for Camden's fostering service in "
                "2025-26. Copied features: title and committee subtitle, priority rows merged across the table, "
                "numbered actions with job-title leads, Due as mmm-yy dates plus 'Monthly', Q2 update, RAG letters "
                "with fill, and a notes line."),
        reads=("A one-sheet fostering service development plan: three priorities with eight numbered actions, each "
               "with lead, due month, update and RAG. Action 2.2's due cell reads '0ct-25' - a zero typed for the "
               "letter O, text among real dates - so a careful reader stops at that row and asks what month was meant "
               "before reading the plan."),
        outcome="refuse", refuse_at=typo_row, title=title)
    write_expected(name, meta, None)
    return name, 8


# ============================================================ 7. Bristol YJS (docx)
def bristol():
    name = "zew-bristol-youth-justice-service-hmip-black-mixed-heritage-boys-thematic-action-plan.docx"
    title = "Bristol Youth Justice Service – Black and Mixed Heritage Boys Thematic Inspection Action Plan"
    sections = [
        ("Recommendations for youth offending service management boards", [
            ("R1", "Analyse local data on disproportionality at each stage of the youth justice system and use it to "
                   "set measurable local targets.", [
                dict(ref="1.1",
                     action="Add ethnicity breakdowns to the quarterly Board performance dashboard (arrests, "
                            "out-of-court disposals, court outcomes and custody).",
                     lead="YJS Performance and Information Manager", by="December 2022", rag="blue",
                     leads=["YJS Performance and Information Manager"], end="2022-12", status="blue"),
                dict(ref="1.2",
                     action="Commission a deep-dive audit of out-of-court disposal decisions for black and mixed "
                            "heritage boys.",
                     lead="Head of Youth Justice / Avon and Somerset Police Out of Court Disposal Lead", by="Mar-23",
                     rag="amber",
                     leads=["Head of Youth Justice", "Avon and Somerset Police Out of Court Disposal Lead"],
                     end="2023-03", status="amber"),
            ]),
            ("R2", "Make sure black and mixed heritage boys can work with mentors and staff who reflect their "
                   "identity and have lived experience.", [
                dict(ref="2.1",
                     action="Recruit two mentors with lived experience through the community-led mentoring contract.",
                     lead="YJS Operations Manager", by="April 2023", rag="green",
                     leads=["YJS Operations Manager"], end="2023-04", status="green"),
                dict(ref="2.2",
                     action="Include identity and heritage work in every intervention plan for black and mixed "
                            "heritage boys.\nPractice Lead to dip-sample ten plans each quarter.",
                     lead="YJS Practice Lead", by="Ongoing", rag="green",
                     leads=["YJS Practice Lead"], end=None, end_text="Ongoing", status="green"),
            ]),
        ]),
        ("Recommendations for local authorities", [
            ("R3", "Identify and meet the special educational needs of black and mixed heritage boys before they "
                   "come into contact with the youth justice system.", [
                dict(ref="3.1",
                     action="Speech, language and communication screening for every child entering the YJS, with "
                            "referral to the Educational Psychology Service where needs are identified.",
                     lead="YJS Speech and Language Therapist and Principal Educational Psychologist",
                     by="Sept 2022", rag="blue",
                     leads=["YJS Speech and Language Therapist", "Principal Educational Psychologist"],
                     end="2022-09", status="blue"),
                dict(ref="3.2",
                     action="Report exclusion and suspension data for children known to the YJS to the Inclusion "
                            "Board.",
                     lead="Head of Inclusion", by="Termly", rag="green",
                     leads=["Head of Inclusion"], end=None, end_text="Termly", status="green"),
            ]),
            ("R4", "Work with schools and alternative provision to reduce the exclusion of black and mixed heritage "
                   "boys.", [
                dict(ref="4.1",
                     action="Agree a protocol between the YJS and alternative provision settings to keep places open "
                            "while a child is on remand or in custody.",
                     lead="Education Inclusion Manager", by="31/07/2023", rag="red",
                     leads=["Education Inclusion Manager"], end="2023-07", status="red"),
            ]),
        ]),
        ("Recommendations for the police", [
            ("R5", "Review the use of stop and search and strip search with children, and share the findings with "
                   "youth justice partnerships.", [
                dict(ref="5.1",
                     action="Present stop and search data for under-18s, by ethnicity, to each Partnership Board "
                            "meeting.",
                     lead="Chief Inspector (Partnerships), Avon and Somerset Police", by="Quarterly", rag="amber",
                     leads=["Chief Inspector (Partnerships), Avon and Somerset Police"], end=None,
                     end_text="Quarterly", status="amber"),
                dict(ref="5.2",
                     action="Set up a community scrutiny panel to review body-worn video of stops involving children.",
                     lead="Chief Inspector (Partnerships), Avon and Somerset Police", by="Jun-23", rag=None,
                     leads=["Chief Inspector (Partnerships), Avon and Somerset Police"], end="2023-06",
                     status="unrated"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Response to HM Inspectorate of Probation, 'The experiences of black and mixed heritage boys in "
                      "the youth justice system' (thematic inspection, October 2021)")
    doc.add_paragraph("Bristol Youth Justice Partnership Board – progress at June 2023")

    doc.add_heading("Version history", level=2)
    v = doc.add_table(rows=4, cols=3)
    v.style = "Table Grid"
    header_row(v, ["Version", "Date", "Changes"], bg="404040")
    for i, row in enumerate([
        ["1", "January 2022", "Plan agreed by the Partnership Board"],
        ["2", "October 2022", "Actions 3.2 and 4.1 added after the education sub-group"],
        ["3", "June 2023", "Progress update; RAG refreshed"],
    ], start=1):
        for j, val in enumerate(row):
            set_cell(v.rows[i].cells[j], val)

    doc.add_paragraph(
        "HMI Probation made recommendations to youth offending service management boards, local authorities, "
        "police forces and national bodies. The tables below set out the recommendations that apply locally and "
        "Bristol's actions against each. Status is shown by the colour of the final column.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for j, (lab, col) in enumerate([("Completed", "blue"), ("On track", "green"),
                                    ("Progressing with some delay", "amber"), ("Not on track", "red")]):
        set_cell(key.rows[0].cells[j], lab, bold=True)
        shade(key.rows[0].cells[j], RAG_HEX[col])
    doc.add_paragraph("Uncoloured = not yet started.")

    cols = ["HMIP recommendation", "Ref", "Bristol action", "Owner", "By when", "Status"]
    actions = []
    for sec, recs in sections:
        doc.add_heading(sec, level=1)
        nrows = 1 + sum(len(items) for _, _, items in recs)
        t = doc.add_table(rows=nrows, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, bg="002060")
        r = 1
        for recno, rectext, items in recs:
            top = r
            for a in items:
                cells = t.rows[r].cells
                for j, val in [(1, a["ref"]), (2, a["action"]), (3, a["lead"]), (4, a["by"])]:
                    set_cell(cells[j], val)
                if a["rag"]:
                    shade(cells[5], RAG_HEX[a["rag"]])
                actions.append(dict(ref=a["ref"], under=[sec, recno + " – " + rectext], action=a["action"], lead=a["leads"],
                                    end=a["end"], end_text=a.get("end_text"), status=a["status"]))
                r += 1
            bottom = r - 1
            c0 = t.cell(top, 0)
            if bottom > top:
                c0 = c0.merge(t.cell(bottom, 0))
            set_cell(c0, recno + " – " + rectext)
        doc.add_paragraph("")
    doc.add_paragraph("Recommendations to the Youth Justice Board, Ministry of Justice, Department for Education and "
                      "Home Office are not included in this plan.")
    doc.save(path(name))

    meta = dict(
        source=("Imitates the local action plans youth justice services and their management boards drew up in "
                "2022-23 against the recommendations of HM Inspectorate of Probation's thematic inspection 'The "
                "experiences of black and mixed heritage boys in the youth justice system' (October 2021; 19 "
                "recommendations to boards, local authorities, police and national bodies), here for Bristol YJS. "
                "Copied features: title and subtitle lines, version-history table, colour status key table, one "
                "section and table per addressee, the numbered HMIP recommendation merged down beside its actions, numbered "
                "actions with owners (job titles, two joined by '/' or 'and', one title containing a comma), 'By "
                "when' as month names, mmm-yy, a date, 'Ongoing', 'Termly' and 'Quarterly', status by cell colour "
                "only with one action uncoloured, and a closing note."),
        reads=("A Word action plan answering an HMIP thematic inspection: three sections (management boards, local "
               "authorities, police), each a table where a numbered HMIP recommendation sits in merged cells beside "
               "its Bristol actions. Nine actions with owner, 'by when' and a status shown only by the cell colour; "
               "5.2 has no colour and is not yet started."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (portsmouth, colchester, monmouthshire, gloucestershire, nottinghamshire, camden, bristol):
        n, k = fn()
        print(f"{n}: {k} actions")
