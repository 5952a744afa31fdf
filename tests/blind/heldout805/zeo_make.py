#!/usr/bin/env python3
"""Build the seven zeo- blind test files (set heldout805) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Every data file and its NAME.expected.yaml are written beside this script.
Only files whose names start with "zeo-" are written.
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

RAG_FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


# --------------------------------------------------------------------------
# expected.yaml writer
# --------------------------------------------------------------------------
def q(s):
    """YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def folded(text, indent="  "):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 96:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return "\n".join(indent + ln for ln in lines)


def write_expected(fname, source, reads, outcome, title, actions,
                   accept_refusal=False, refuse_at=None):
    out = []
    out.append("source: >-")
    out.append(folded(source))
    out.append("reads: >-")
    out.append(folded(reads))
    out.append("outcome: " + outcome)
    out.append("accept_refusal: " + ("true" if accept_refusal else "false"))
    if refuse_at is not None:
        out.append("refuse_at: %d" % refuse_at)
    if title is not None:
        out.append("title: " + q(title))
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append("    action: " + q(a["action"]))
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            out.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text") is not None:
                out.append("    end_text: " + q(a["end_text"]))
            out.append("    status: " + a["status"])
    path = os.path.join(OUT, fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# --------------------------------------------------------------------------
# helpers for openpyxl
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def set_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


# --------------------------------------------------------------------------
# helpers for python-docx
# --------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, color=None):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


# ==========================================================================
# 1. Nottinghamshire County Council - scrutiny recommendations tracker (xlsx)
# ==========================================================================
def make_notts():
    fname = "zeo-nottinghamshire-county-council-scrutiny-recommendations-tracker.xlsx"
    title = "Nottinghamshire County Council – Scrutiny Recommendations Tracker 2024/25"
    sections = [
        ("Children and Families Select Committee – Review of Elective Home Education "
         "(Cabinet, 12 September 2024)", [
            dict(ref="SR (24/25) 01", origin="CFSC", agreed=D(2024, 7, 8),
                 rec="That the Council publishes a single, plain-English guide for parents "
                     "considering elective home education, co-produced with home-educating families.",
                 resp="Accepted",
                 lead="Group Manager, Education Access / Cabinet Member for Education and SEND",
                 leads=["Group Manager, Education Access", "Cabinet Member for Education and SEND"],
                 target=D(2025, 1, 31), end="2025-01",
                 done="Guide co-produced with 14 home-educating families and published on the "
                      "Council website in January 2025.\nPrinted copies issued to all secondary schools "
                      "and the Family Hubs.",
                 rag="Green", status="blue"),
            dict(ref="SR (24/25) 02", origin="CFSC", agreed=D(2024, 7, 8),
                 rec="That all schools are reminded that they must not encourage parents to remove a "
                     "child from roll to home educate, and that suspected off-rolling is referred to the "
                     "Education Access team.",
                 resp="Accepted",
                 lead="Service Director, Education, Learning and Inclusion",
                 leads=["Service Director, Education, Learning and Inclusion"],
                 target=D(2025, 4, 30), end="2025-04",
                 done="Letter sent to all headteachers and chairs of governors in February 2025. "
                      "Off-rolling concerns now a standing item at the Fair Access Panel.",
                 rag="Green", status="blue"),
            dict(ref="SR (24/25) 03", origin="CFSC", agreed=D(2024, 7, 8),
                 rec="That an annual contact is offered to every electively home-educated child with an "
                     "EHC plan, and the outcome is recorded on the child’s education record.",
                 resp="Accepted in part",
                 lead="Group Manager, Education Access / Group Manager, SEND Assessment and Review",
                 leads=["Group Manager, Education Access", "Group Manager, SEND Assessment and Review"],
                 target=D(2026, 3, 31), end="2026-03",
                 done="Annual contact offered to 61 of 88 children so far. Recording field added to the "
                      "education case management system in September 2025.",
                 rag="Amber", status="amber"),
        ]),
        ("Place Select Committee – Review of Highway Drainage and Gully Cleansing "
         "(Cabinet, 14 November 2024)", [
            dict(ref="SR (24/25) 04", origin="PSC", agreed=D(2024, 9, 23),
                 rec="That a risk-based gully cleansing schedule is introduced, prioritising roads with a "
                     "recorded history of flooding.",
                 resp="Accepted",
                 lead="Group Manager, Highways Network Management",
                 leads=["Group Manager, Highways Network Management"],
                 target=D(2025, 6, 30), end="2025-06",
                 done="Risk-based schedule in place from April 2025 covering 2,140 high-risk gullies, "
                      "cleansed twice a year.",
                 rag="Green", status="blue"),
            dict(ref="SR (24/25) 05", origin="PSC", agreed=D(2024, 9, 23),
                 rec="That residents can report blocked gullies through the online ‘Report It’ system "
                     "and receive an update when the gully has been cleansed.",
                 resp="Accepted",
                 lead="Head of Digital Services / Group Manager, Highways Network Management",
                 leads=["Head of Digital Services", "Group Manager, Highways Network Management"],
                 target="December 2025", end="2025-12",
                 done="Online form updated. Automatic close-out notification is being tested with the "
                      "highways contractor’s works system.",
                 rag="Amber", status="amber"),
            dict(ref="SR (24/25) 06", origin="PSC", agreed=D(2024, 9, 23),
                 rec="That the Committee receives an annual report on flood risk management spending, "
                     "including Section 19 flood investigations completed.",
                 resp="Accepted",
                 lead="Flood Risk Manager",
                 leads=["Flood Risk Manager"],
                 target="Annually (each autumn)", end=None, end_text="Annually (each autumn)",
                 done="First annual report considered by the Committee on 22 September 2025 and added "
                      "to the work programme.",
                 rag="Green", status="blue"),
        ]),
        ("Adult Social Care and Public Health Select Committee – Review of Support for Unpaid Carers "
         "(Cabinet, 13 March 2025)", [
            dict(ref="SR (24/25) 07", origin="ASCPHSC", agreed=D(2025, 1, 27),
                 rec="That the number of carers’ assessments completed within 28 days is reported to the "
                     "Committee quarterly.",
                 resp="Accepted",
                 lead="Service Director, Strategic Commissioning and Integration",
                 leads=["Service Director, Strategic Commissioning and Integration"],
                 target="Quarterly", end=None, end_text="Quarterly",
                 done="Q1 2025/26 figures reported in July 2025 (64% within 28 days). Data quality for "
                      "carers assessed by the commissioned carers’ hub is still being checked.",
                 rag="Amber", status="amber"),
            dict(ref="SR (24/25) 08", origin="ASCPHSC", agreed=D(2025, 1, 27),
                 rec="That the Council works with the ICB to extend the carers’ breaks offer to carers "
                     "of people with dementia who do not meet Care Act eligibility.",
                 resp="Accepted in part",
                 lead="Director of Integration (NHS Nottingham and Nottinghamshire ICB) / Service Director, "
                      "Strategic Commissioning and Integration",
                 leads=["Director of Integration (NHS Nottingham and Nottinghamshire ICB)",
                        "Service Director, Strategic Commissioning and Integration"],
                 target=D(2026, 3, 31), end="2026-03",
                 done="ICB funding for 2025/26 has not been confirmed. Options paper deferred to the "
                      "January 2026 Health and Wellbeing Board.",
                 rag="Red", status="red"),
            dict(ref="SR (24/25) 09", origin="ASCPHSC", agreed=D(2025, 1, 27),
                 rec="That young carers identified through schools are referred to the Young Carers "
                     "Service within 10 working days, and that the referral pathway is published.",
                 resp="Accepted",
                 lead="Group Manager, Early Help Services / Cabinet Member for Children and Families",
                 leads=["Group Manager, Early Help Services", "Cabinet Member for Children and Families"],
                 target="Q3 2025/26", end="2025-12",
                 done="Draft pathway agreed with the schools’ safeguarding leads network; publication "
                      "planned for November 2025.",
                 rag="Amber", status="amber"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Overview Committee – 20 November 2025. Position as at 31 October 2025."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Origin", "Date agreed", "Recommendation", "Cabinet response",
               "Lead Officer / Cabinet Member", "Target date", "Action taken", "Status"]
    r = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    expected = []
    r += 1
    for sec, recs in sections:
        ws.cell(r, 1, sec).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for x in recs:
            vals = [x["ref"], x["origin"], x["agreed"], x["rec"], x["resp"], x["lead"],
                    x["target"], x["done"], x["rag"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = fill(RAG_FILL[x["rag"].lower()])
            r += 1
            expected.append(dict(ref=x["ref"], under=[sec], action=x["rec"], lead=x["leads"],
                                 end=x["end"], end_text=x.get("end_text"), status=x["status"]))
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    r += 1
    ragn = {}
    for _, recs in sections:
        for x in recs:
            ragn[x["rag"]] = ragn.get(x["rag"], 0) + 1
    for label, n in [("Total recommendations", sum(ragn.values())), ("Green", ragn.get("Green", 0)),
                     ("Amber", ragn.get("Amber", 0)), ("Red", ragn.get("Red", 0))]:
        ws.cell(r, 1, label)
        ws.cell(r, 3, n)
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    r += 1
    for col, txt in [("green", "Green – recommendation achieved; monitoring no longer required"),
                     ("amber", "Amber – acceptable progress being made"),
                     ("red", "Red – insufficient progress, or the recommendation is at risk of not "
                             "being implemented")]:
        ws.cell(r, 1).fill = fill(RAG_FILL[col])
        ws.cell(r, 2, txt)
        r += 1
    r += 1
    ws.cell(r, 1, "Origin: CFSC – Children and Families Select Committee; PSC – Place Select Committee; "
                  "ASCPHSC – Adult Social Care and Public Health Select Committee.")
    set_widths(ws, {"A": 14, "B": 10, "C": 12, "D": 48, "E": 14, "F": 34, "G": 14, "H": 50, "I": 10})
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, fname))

    write_expected(
        fname,
        source=("Modelled on the scrutiny recommendation trackers English county councils put to their "
                "overview committee (a draft example annex found via the pages search: Reference 'SR (yy/yy) nn', "
                "Origin committee acronym, Date, Recommendation, Exec date, Lead Officer/EM, Action taken, "
                "Status, with a key where Green means the recommendation is achieved). Nottinghamshire County "
                "Council has select committees (Children and Families; Place; Adult Social Care and Public Health) "
                "reporting to an Overview Committee. Copied features: title block with meeting and position date, "
                "merged shaded review rows naming the committee, review and Cabinet date, several leads in one "
                "cell separated by ' / ' with job titles containing commas, date and word target dates, fill-colour "
                "status cells with the word, a summary block, a colour key and an origin key."),
        reads=("A one-sheet tracker of nine scrutiny recommendations from three select committee reviews, each "
               "review a merged heading row. Each recommendation row is the action; its status is the word in the "
               "Status cell read through the key, where Green means achieved and no longer monitored (complete). "
               "The summary, key and origin lines below the table are not actions."),
        outcome="read", title=title, actions=expected)


# ==========================================================================
# 2. Malvern Hills District Council - council plan delivery tracker (xlsx)
# ==========================================================================
def make_malvern():
    fname = "zeo-malvern-hills-district-council-council-plan-delivery-tracker-2025-26.xlsx"
    title = "Malvern Hills District Council – Council Plan Delivery Tracker 2025/26"
    plan = [
        ("Priority 1 – Protecting and enhancing our environment", [
            ("1.1 Reduce the Council’s own carbon emissions", [
                dict(ref="1.1a",
                     action="Complete the decarbonisation of the Council House heating system (air source "
                            "heat pumps) using Public Sector Decarbonisation Scheme funding.",
                     lead="Property and Facilities Manager", leads=["Property and Facilities Manager"],
                     port="Environment", orig=D(2025, 3, 31), rev=D(2025, 9, 30), q1="A", q2="C",
                     end="2025-09", status="blue",
                     upd="Heat pumps commissioned August 2025. Gas boilers decommissioned; final "
                         "account agreed."),
                dict(ref="1.1b",
                     action="Replace four refuse collection vehicles with electric or HVO-fuelled vehicles "
                            "through the fleet replacement programme.",
                     lead="Head of Environmental Services", leads=["Head of Environmental Services"],
                     port="Environment", orig=D(2026, 3, 31), rev=None, q1="G", q2="G",
                     end="2026-03", status="green",
                     upd="Two electric RCVs ordered; delivery expected February 2026."),
            ]),
            ("1.2 Increase recycling and reduce waste", [
                dict(ref="1.2a",
                     action="Introduce weekly food waste collections for all households in line with "
                            "Simpler Recycling requirements.",
                     lead="Head of Environmental Services / Waste and Recycling Manager",
                     leads=["Head of Environmental Services", "Waste and Recycling Manager"],
                     port="Environment", orig=D(2026, 3, 31), rev=None, q1="G", q2="A",
                     end="2026-03", status="amber",
                     upd="Caddy procurement complete. Depot works delayed by six weeks; rollout "
                         "communications plan being revised."),
            ]),
        ]),
        ("Priority 2 – Homes and communities", [
            ("2.1 Increase the supply of affordable homes", [
                dict(ref="2.1a",
                     action="Enable the delivery of 150 affordable homes across the district in 2025/26 "
                            "with registered provider partners.",
                     lead="Strategic Housing Manager", leads=["Strategic Housing Manager"],
                     port="Housing", orig=D(2026, 3, 31), rev=None, q1="G", q2="G",
                     end="2026-03", status="green",
                     upd="71 completions at the end of Q2 (Q1: 38)."),
                dict(ref="2.1b",
                     action="Adopt a revised Housing Allocations Policy following public consultation.",
                     lead="Strategic Housing Manager", leads=["Strategic Housing Manager"],
                     port="Housing", orig=D(2025, 6, 30), rev=D(2025, 12, 31), q1="A", q2="R",
                     end="2025-12", status="red",
                     upd="Consultation closed in September with 412 responses. Changes needed to the "
                         "local connection criteria mean the revised date is at risk."),
            ]),
            ("2.2 Support safe, healthy and active communities", [
                dict(ref="2.2a",
                     action="Refresh the Community Safety Partnership action plan with West Mercia Police "
                            "and partners.",
                     lead="Community Safety Officer", leads=["Community Safety Officer"],
                     port="Community and Leisure", orig=D(2025, 9, 30), rev=None, q1="G", q2="C",
                     end="2025-09", status="blue",
                     upd="Action plan agreed by the partnership on 11 September 2025."),
                dict(ref="2.2b",
                     action="Complete the refurbishment of the Splash leisure centre changing village with "
                            "Freedom Leisure.",
                     lead="Leisure Client Manager", leads=["Leisure Client Manager"],
                     port="Community and Leisure", orig=D(2026, 1, 31), rev=None, q1="NS", q2="G",
                     end="2026-01", status="green",
                     upd="Contractor started on site 1 September 2025."),
            ]),
        ]),
        ("Priority 3 – A thriving local economy", [
            ("3.1 Support our town centres and rural businesses", [
                dict(ref="3.1a",
                     action="Deliver the UKSPF-funded rural business grant scheme, awarding at least "
                            "40 grants.",
                     lead="Economic Development Manager", leads=["Economic Development Manager"],
                     port="Economic Development and Planning", orig=D(2026, 3, 31), rev=None,
                     q1="G", q2="G", end="2026-03", status="green",
                     upd="26 grants awarded (£148,000)."),
                dict(ref="3.1b",
                     action="Publish a town centre investment plan for Great Malvern and Tenbury Wells.",
                     lead="Economic Development Manager / Planning Policy Manager",
                     leads=["Economic Development Manager", "Planning Policy Manager"],
                     port="Economic Development and Planning", orig=D(2026, 3, 31), rev=None,
                     q1="NS", q2="NS", end="2026-03", status="unrated",
                     upd="Due to start in Q3 once the consultant brief is agreed."),
            ]),
            ("3.2 Plan for sustainable growth", [
                dict(ref="3.2a",
                     action="Submit the South Worcestershire Development Plan Review to the Secretary of "
                            "State for examination.",
                     lead="Planning Policy Manager", leads=["Planning Policy Manager"],
                     port="Economic Development and Planning",
                     orig="TBC – subject to revised Local Development Scheme", rev=None,
                     q1="R", q2="R", end=None,
                     end_text="TBC – subject to revised Local Development Scheme", status="red",
                     upd="Submission paused while the three South Worcestershire councils assess the "
                         "revised NPPF housing figures.\nRevised Local Development Scheme to Council in "
                         "December 2025."),
            ]),
        ]),
    ]
    rag_col = {"C": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000", "NS": "BFBFBF"}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Quarter 2 update (1 July – 30 September 2025)"
    cov["A2"].font = Font(size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Version", "2.1"),
                                ("Owner", "Corporate Policy and Performance Officer"),
                                ("Reported to", "Overview and Scrutiny Committee, 18 November 2025"),
                                ("Last updated", D(2025, 10, 24))], start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    for i, (k, v) in enumerate([("C", "Complete"), ("G", "On track"),
                                ("A", "Some slippage – action in hand"),
                                ("R", "Off track – Executive attention needed"),
                                ("NS", "Not yet started")], start=12):
        c = cov.cell(i, 1, k)
        c.fill = fill(rag_col[k])
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    set_widths(cov, {"A": 16, "B": 60})

    # Summary sheet (counts at Q2)
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of Q2 RAG status by priority"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Priority", "C", "G", "A", "R", "NS", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = summ.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        if h in rag_col:
            cell.fill = fill(rag_col[h])
    rr = 4
    totals = {k: 0 for k in rag_col}
    for pname, objs in plan:
        counts = {k: 0 for k in rag_col}
        for _, acts in objs:
            for a in acts:
                counts[a["q2"]] += 1
                totals[a["q2"]] += 1
        row = [pname] + [counts[k] for k in ["C", "G", "A", "R", "NS"]] + [sum(counts.values())]
        for c, v in enumerate(row, 1):
            summ.cell(rr, c, v).border = BOX
        rr += 1
    row = ["Total"] + [totals[k] for k in ["C", "G", "A", "R", "NS"]] + [sum(totals.values())]
    for c, v in enumerate(row, 1):
        cell = summ.cell(rr, c, v)
        cell.font = Font(bold=True)
        cell.border = BOX
    set_widths(summ, {"A": 52})

    # Delivery plan sheet
    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "Council Plan Delivery Tracker 2025/26 – Quarter 2"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Action", "Lead Officer", "Portfolio", "Original deadline", "Revised deadline",
               "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("375623")
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    expected = []
    for pname, objs in plan:
        ws.cell(r, 1, pname).font = Font(bold=True, color="FFFFFF", size=12)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill("548235")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for oname, acts in objs:
            ws.cell(r, 1, oname).font = Font(bold=True, italic=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = fill("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["lead"], a["port"], a["orig"], a["rev"],
                        a["q1"], a["q2"], a["upd"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for c, k in ((7, a["q1"]), (8, a["q2"])):
                    ws.cell(r, c).fill = fill(rag_col[k])
                    ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
                expected.append(dict(ref=a["ref"], under=[pname, oname], action=a["action"],
                                     lead=a["leads"], end=a["end"], end_text=a.get("end_text"),
                                     status=a["status"]))
    r += 1
    ws.cell(r, 1, "Note: revised deadlines were agreed by the Executive Committee on 8 July 2025. "
                  "Actions rated C at Q2 will be removed from the Q3 tracker.").font = Font(italic=True)
    set_widths(ws, {"A": 8, "B": 52, "C": 30, "D": 22, "E": 13, "F": 13, "G": 8, "H": 8, "I": 52})
    ws.freeze_panes = "A4"
    wb.save(os.path.join(OUT, fname))

    write_expected(
        fname,
        source=("Imitates an English district council's quarterly council plan delivery tracker of the kind "
                "reported to overview and scrutiny (Malvern Hills District Council publishes its Five Year / "
                "Council Plan priorities and actions; this 2025/26 tracker is a plausible reconstruction). "
                "Copied features: a cover sheet with title, quarter, document-control table and a letter RAG key "
                "(C complete, G, A, R, NS not started), a summary sheet of counts by priority, and a delivery "
                "plan sheet with dark merged priority rows, lighter numbered objective rows, actions 1.1a etc., "
                "job-title leads (two in one cell with ' / '), a portfolio column, original and revised deadlines "
                "(one deadline cell in words), previous (Q1) and current (Q2) RAG letters on fill colour and a "
                "note line."),
        reads=("Ten actions on the 'Delivery Plan' sheet, each under its priority and objective. The current "
               "status is the Q2 RAG letter read through the cover key (C = complete, NS = not yet started); "
               "where a revised deadline is given it is the end. The cover and summary sheets hold no actions."),
        outcome="read", title=title, actions=expected)


# ==========================================================================
# 3. Kirklees Council - ASC CQC self-assessment action plan (xlsx, refuse)
# ==========================================================================
def make_kirklees():
    fname = "zeo-kirklees-council-asc-cqc-self-assessment-action-plan-typo-month-refuse.xlsx"
    title = ("Kirklees Council – Adult Social Care: CQC Assurance Self-Assessment Improvement "
             "Action Plan 2024/25")
    themes = [
        ("Theme 1: Working with people", [
            ("Waiting times for Care Act assessments and reviews are too long.", [
                ("1.1", "Introduce a daily triage of the assessment waiting list, prioritising people at risk "
                        "of carer breakdown or hospital admission.",
                 "Head of Service, Assessment and Care Management", D(2024, 12, 31), "green",
                 "Triage in place in all three localities since October."),
                ("1.2", "Recruit six additional social workers through the international recruitment "
                        "programme.",
                 "Principal Social Worker / HR Business Partner (Adults)", "Mar-25", "amber",
                 "Four offers accepted; visas pending for two."),
            ]),
            ("Carers do not always receive a timely carer’s assessment.", [
                ("1.3", "Commission the carers’ hub to complete carer’s assessments on the Council’s behalf "
                        "for carers not known to adult social care.",
                 "Commissioning Manager, Carers and Prevention", "Q4 2024/25", "green",
                 "Contract variation drafted."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("Home care capacity in rural areas of Kirklees is limited.", [
                ("2.1", "Launch a rural home care framework lot with enhanced rates for the Holme Valley and "
                        "Denby Dale areas.",
                 "Head of Commissioning, Adults", D(2025, 4, 1), "amber",
                 "Market engagement event held 5 November; tender documents in preparation."),
                ("2.2", "Extend the in-house reablement service to cover the south of the district.",
                 "Reablement Service Manager", "Jun-25", "red",
                 "Recruitment to 12 reablement posts has not started; budget not yet agreed."),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("Safeguarding concerns are not always triaged within 24 hours.", [
                ("3.1", "Move safeguarding triage to the Gateway to Care hub with a dedicated senior "
                        "practitioner each day.",
                 "Safeguarding Adults Service Manager", "Nov-24", "blue",
                 "Completed – 96% of concerns triaged within 24 hours in October."),
                ("3.2", "Audit 40 safeguarding enquiries against Making Safeguarding Personal and report the "
                        "findings to the Kirklees Safeguarding Adults Board.",
                 "Safeguarding Adults Service Manager / Principal Social Worker", "Feburary 2025", "amber",
                 "Audit tool agreed with the Board’s quality and performance sub-group."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Performance data is not yet used consistently to drive improvement.", [
                ("4.1", "Publish a monthly adult social care performance scorecard for the Directorate "
                        "Management Team, including waiting times and review completion.",
                 "Head of Business Intelligence", "Jan-25", "green",
                 "Scorecard prototype shared with DMT on 12 November."),
                ("4.2", "Hold quarterly practice assurance meetings chaired by the Director of Adult Social "
                        "Services.",
                 "Service Director – Adults Social Care Operations", "Quarterly", "green",
                 "First meeting held 30 September."),
            ]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Owner: Service Director – Adults Social Care Operations | Version 1.3 | Updated 14/11/2024"
    ws.merge_cells("A2:G2")
    ws["A4"] = "RAG:"
    ws["A4"].font = Font(bold=True)
    for c, (col, txt) in enumerate([("green", "On track"), ("amber", "At risk"),
                                    ("red", "Off track"), ("blue", "Complete")], start=2):
        cell = ws.cell(4, c, txt)
        cell.fill = fill(RAG_FILL[col])
        cell.font = Font(bold=True, color="FFFFFF" if col in ("red", "blue", "green") else "000000")
    headers = ["Ref", "Area for improvement (from self-assessment)", "Action", "Lead", "Due", "RAG",
               "Update (November 2024)"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    r = 7
    typo_row = None
    for tname, areas in themes:
        ws.cell(r, 1, tname).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(r, c).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for area, acts in areas:
            first = r
            ws.cell(r, 2, area).alignment = WRAP
            for ref, action, lead, due, rag, upd in acts:
                for c, v in enumerate([ref, None, action, lead, due, None, upd], 1):
                    if v is not None:
                        cell = ws.cell(r, c, v)
                        if isinstance(v, dt.datetime):
                            cell.number_format = "dd/mm/yyyy"
                    ws.cell(r, c).alignment = WRAP
                    ws.cell(r, c).border = BOX
                ws.cell(r, 6).fill = fill(RAG_FILL[rag])  # RAG shown by colour only
                if due == "Feburary 2025":
                    typo_row = r
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    set_widths(ws, {"A": 6, "B": 34, "C": 52, "D": 34, "E": 14, "F": 8, "G": 44})
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fname))
    assert typo_row == 16, typo_row

    write_expected(
        fname,
        source=("Imitates the adult social care self-assessment improvement plans English councils drew up in "
                "2023-24 to prepare for CQC local authority assurance (LGA/Partners in Care and Health guidance "
                "on ASC self-assessment, found via the pages search), organised by CQC's four themes. Copied "
                "features: title and owner/version line, a colour RAG key row, purple header, shaded merged "
                "theme rows, the area for improvement in a merged cell spanning its actions, job-title leads "
                "(two with ' / '), mixed due-date forms (dd/mm/yyyy, Mar-25, Q4 2024/25, Quarterly) and RAG "
                "shown only by cell fill colour."),
        reads=("A single-sheet plan of nine actions under four CQC themes. Action 3.2 on sheet row 16 is due "
               "'Feburary 2025', a mistyped month; a careful reader stops and asks what date was meant before "
               "importing the plan."),
        outcome="refuse", title=title, actions=None, refuse_at=typo_row)


# ==========================================================================
# 4. Lancashire CSAP - national panel review local action plan (docx)
# ==========================================================================
def make_lancashire():
    fname = ("zeo-lancashire-csap-national-panel-review-disabled-children-residential-settings-"
             "local-action-plan.docx")
    title = ("Local Action Plan: Safeguarding Children with Disabilities and Complex Health Needs in "
             "Residential Settings")
    themes = [
        ("Theme 1: Hearing the voice of disabled children",
         "Learning point 1: The wishes and feelings of children were not routinely sought, and children "
         "were not supported to communicate their views or raise concerns.",
         [
             dict(ref="1.1",
                  action="Audit a sample of care and support plans for children placed in residential special "
                         "schools and dual-registered settings to test whether their views, and how they "
                         "communicate, are recorded.",
                  lead="Children with Disabilities Service Manager",
                  leads=["Children with Disabilities Service Manager"],
                  when="March 2024", end="2024-03", rag="Green", status="green",
                  upd="Audit of 32 plans under way; findings to the Quality Assurance Sub-Group in March."),
             dict(ref="1.2",
                  action="Ensure every child placed in a residential setting has access to an independent "
                         "advocate or Independent Visitor, using their preferred method of communication.",
                  lead="Head of Children’s Rights and Participation / Independent Reviewing Service Manager",
                  leads=["Head of Children’s Rights and Participation",
                         "Independent Reviewing Service Manager"],
                  when="31/05/2024", end="2024-05", rag="Amber", status="amber",
                  upd="Advocacy offer made to 41 of 57 children.\nRecruitment of Independent Visitors with "
                      "Makaton/BSL skills is slower than planned."),
         ]),
        ("Theme 2: Oversight of children placed in residential settings",
         "Learning point 2: Oversight by placing authorities was fragmented and visits did not always test "
         "the quality of care.",
         [
             dict(ref="2.1",
                  action="Complete safe and well visits to all Lancashire children placed in residential "
                         "special schools and dual-registered children’s homes, in and out of county.",
                  lead="Director of Children’s Social Care", leads=["Director of Children’s Social Care"],
                  when="December 2022", end="2022-12", rag="Complete", status="blue",
                  upd="All 57 children visited by 16 December 2022; findings reported to the DfE."),
             dict(ref="2.2",
                  action="Introduce a quality assurance framework for residential placements, with joint "
                         "education, health and social care visits at least twice a year.",
                  lead="Head of Commissioning (Children) / Designated Clinical Officer for SEND (ICB)",
                  leads=["Head of Commissioning (Children)", "Designated Clinical Officer for SEND (ICB)"],
                  when="Q1 2024/25", end="2024-06", rag="Green", status="green",
                  upd="Framework drafted and tested at two settings."),
             dict(ref="2.3",
                  action="Establish a register of children placed in residential settings in Lancashire by "
                         "other local authorities, shared with the LADO and Ofsted.",
                  lead="LADO Service Manager", leads=["LADO Service Manager"],
                  when="Summer term 2024", end="2024-07", rag="Amber", status="amber",
                  upd="Data-sharing agreement with providers not yet signed by all settings."),
         ]),
        ("Theme 3: Information sharing and the LADO",
         "Learning point 3: Concerns from whistleblowers, parents and staff were not brought together, and "
         "allegations were not consistently referred to the LADO.",
         [
             dict(ref="3.1",
                  action="Review the LADO referral pathway with residential providers in Lancashire and issue "
                         "refreshed guidance on thresholds for referral.",
                  lead="LADO Service Manager", leads=["LADO Service Manager"],
                  when="30/09/2023", end="2023-09", rag="Complete", status="blue",
                  upd="Guidance issued September 2023; provider briefings held in October."),
             dict(ref="3.2",
                  action="Develop a multi-agency information-sharing protocol so that concerns about a setting "
                         "are collated and considered at the Provider Concerns Panel.",
                  lead="LCSAP Business Manager; Detective Superintendent, Public Protection (Lancashire "
                       "Constabulary)",
                  leads=["LCSAP Business Manager",
                         "Detective Superintendent, Public Protection (Lancashire Constabulary)"],
                  when="March 2024", end="2024-03", rag="Red", status="red",
                  upd="Protocol drafting paused pending the Pan-Lancashire procedures review; escalated to "
                      "the Executive Group in January."),
         ]),
        ("Theme 4: Workforce and restrictive practice",
         "Learning point 4: Physical restraint and seclusion were overused, and staff lacked training in "
         "positive behaviour support.",
         [
             dict(ref="4.1",
                  action="Deliver multi-agency training on restrictive practice and positive behaviour support "
                         "to children’s social care, health and education staff.",
                  lead="LCSAP Learning and Development Lead", leads=["LCSAP Learning and Development Lead"],
                  when="Ongoing (quarterly programme)", end=None, end_text="Ongoing (quarterly programme)",
                  rag="Green", status="green",
                  upd="Three sessions delivered to 118 practitioners."),
             dict(ref="4.2",
                  action="Seek written assurance from providers of residential settings on their use of "
                         "restraint, including incident recording and post-incident review.",
                  lead="Head of Commissioning (Children)", leads=["Head of Commissioning (Children)"],
                  when="April 2024", end="2024-04", rag="", status="unrated",
                  upd="Not yet started – template letter to be agreed with the ICB."),
         ]),
    ]
    rag_hex = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Lancashire Children’s Safeguarding Assurance Partnership (LCSAP)"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Response to the Child Safeguarding Practice Review Panel national review "
                      "(Phase 1, October 2022; Phase 2, April 2023)")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "3.0"), ("Date", "15 January 2024"), ("Owner", "LCSAP Business Manager"),
                 ("Approved by", "LCSAP Executive Group, 24 January 2024"), ("Next review", "April 2024")]:
        row = dc.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], "D9E2F3")
        cell_text(row[1], v)

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v in [("Complete", "Action delivered and evidence seen by the Quality Assurance Sub-Group"),
                 ("Green", "On track"),
                 ("Amber", "Some delay – remedial action agreed"),
                 ("Red", "Not on track – escalated to the Executive Group")]:
        row = key.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], rag_hex[k])
        cell_text(row[1], v)

    doc.add_paragraph("Progress updates are as at 12 January 2024. Blank RAG = not yet started.")

    expected = []
    cols = ["Ref", "Action", "Lead", "By when", "Progress update (January 2024)", "RAG"]
    for tname, lp, acts in themes:
        doc.add_heading(tname, level=1)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            cell_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
            shade(t.rows[0].cells[i], "2F5496")
        row = t.add_row().cells
        merged = row[0].merge(row[-1])
        cell_text(merged, lp, bold=True)
        shade(merged, "D9E2F3")
        for a in acts:
            row = t.add_row().cells
            for i, v in enumerate([a["ref"], a["action"], a["lead"], a["when"], a["upd"], a["rag"]]):
                cell_text(row[i], v)
            if a["rag"]:
                shade(row[5], rag_hex[a["rag"]])
            expected.append(dict(ref=a["ref"], under=[tname, lp], action=a["action"], lead=a["leads"],
                                 end=a["end"], end_text=a.get("end_text"), status=a["status"]))

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Partner", "Signed on behalf of", "Date"]):
        cell_text(so.rows[0].cells[i], h, bold=True)
    for p, s, d in [("Lancashire County Council", "Executive Director of Education and Children’s Services",
                     "24/01/2024"),
                    ("NHS Lancashire and South Cumbria ICB", "Chief Nursing Officer", "24/01/2024"),
                    ("Lancashire Constabulary", "Assistant Chief Constable", "24/01/2024")]:
        row = so.add_row().cells
        for i, v in enumerate([p, s, d]):
            cell_text(row[i], v)
    doc.save(os.path.join(OUT, fname))

    write_expected(
        fname,
        source=("Imitates a safeguarding children partnership's local action plan responding to the Child "
                "Safeguarding Practice Review Panel's national review 'Safeguarding children with disabilities "
                "and complex health needs in residential settings' (Phase 1 October 2022, Phase 2 April 2023; "
                "the DfE asked safeguarding partners to review placements and working practices; phase 1 themes "
                "found via the pages search: voice of the child, oversight, information sharing/LADO, restraint). "
                "Copied features: partnership name in the page header, Title-style document title, document "
                "control table, RAG key table, one table per theme under a Heading 1, a merged shaded learning "
                "point row above its actions, job-title leads (two joined by ' / ' or '; '), multi-paragraph "
                "progress cells, RAG word on fill colour with one blank, and a sign-off table."),
        reads=("Nine actions in four theme tables, each read under its theme heading and the learning point row "
               "at the top of its table. Document control, RAG key and sign-off tables are not the plan. "
               "'Complete' is blue per the key; the blank RAG on 4.2 is not started."),
        outcome="read", title=title, actions=expected)


# ==========================================================================
# 5. Wolverhampton YJS - HMIP thematic inspection action plan (docx)
# ==========================================================================
def make_wolverhampton():
    fname = ("zeo-wolverhampton-youth-justice-service-hmip-black-mixed-heritage-boys-thematic-"
             "action-plan.docx")
    title = ("HMI Probation Thematic Inspection – The Experiences of Black and Mixed Heritage Boys in the "
             "Youth Justice System: Wolverhampton Youth Justice Service Action Plan")
    sections = [
        ("Section A: Recommendations for youth justice management boards", [
            ("Recommendation 1: Analyse disproportionality data routinely, including for out-of-court "
             "disposals, and hold partners to account for action to reduce over-representation.", [
                dict(ref="1.1",
                     action="Add a disproportionality dashboard (ethnicity by offence, disposal type, remand and "
                            "custody) to every Partnership Board agenda.",
                     lead="YJS Performance and Information Officer",
                     leads=["YJS Performance and Information Officer"],
                     when="Sep-22", end="2022-09", prev="G", cur="B", status="blue",
                     upd="Dashboard presented at every Board since September 2022."),
                dict(ref="1.2",
                     action="Commission an independent review of out-of-court disposal decisions for black and "
                            "mixed heritage boys through the Joint Decision Making Panel scrutiny group.",
                     lead="Head of Youth Justice / Chief Inspector, Wolverhampton LPA (West Midlands Police)",
                     leads=["Head of Youth Justice",
                            "Chief Inspector, Wolverhampton LPA (West Midlands Police)"],
                     when="Dec-22", end="2022-12", prev="A", cur="A", status="amber",
                     upd="Scrutiny group reviewed 24 decisions in February 2023; independent chair still to "
                         "be appointed."),
            ]),
            ("Recommendation 2: Ensure that education, health and social care partners identify and meet the "
             "needs of black and mixed heritage boys at the earliest opportunity.", [
                dict(ref="2.1",
                     action="Agree a pathway with the Inclusion Support Service so that every boy known to the "
                            "YJS who is at risk of exclusion is referred for an education review.",
                     lead="YJS Education Coordinator / Head of Inclusion Support",
                     leads=["YJS Education Coordinator", "Head of Inclusion Support"],
                     when="Sept 2022 – March 2023", end="2023-03", prev="A", cur="G", status="green",
                     upd="Pathway agreed January 2023; 17 referrals made to date."),
                dict(ref="2.2",
                     action="Ensure speech, language and communication screening is completed for all boys "
                            "within 20 working days of the start of an order.",
                     lead="YJS Speech and Language Therapist (Black Country Healthcare NHS FT)",
                     leads=["YJS Speech and Language Therapist (Black Country Healthcare NHS FT)"],
                     when="Mar-23", end="2023-03", prev="R", cur="A", status="amber",
                     upd="Screening rate 71% in Q3 (Q1: 38%).\nSecond therapist post funded from April 2023."),
            ]),
        ]),
        ("Section B: Recommendations for youth justice service managers", [
            ("Recommendation 3: Ensure assessments and plans consider the child’s identity, their lived "
             "experience of racism and discrimination, and the impact of adultification.", [
                dict(ref="3.1",
                     action="Deliver anti-racist practice and adultification training to all YJS staff and "
                            "volunteers, including referral order panel members.",
                     lead="YJS Practice Development Manager", leads=["YJS Practice Development Manager"],
                     when="Jan-23", end="2023-01", prev="G", cur="B", status="blue",
                     upd="All 46 staff and 19 panel members trained by January 2023."),
                dict(ref="3.2",
                     action="Revise the AssetPlus quality assurance tool to include identity and diversity, and "
                            "audit 20 cases each quarter.",
                     lead="YJS Team Manager (Quality Assurance)",
                     leads=["YJS Team Manager (Quality Assurance)"],
                     when="Quarterly", end=None, end_text="Quarterly", prev="A", cur="G", status="green",
                     upd="Revised tool in use; Q3 audit found identity considered in 15 of 20 cases."),
            ]),
            ("Recommendation 4: Develop interventions that are culturally relevant and co-produced with black "
             "and mixed heritage children and their families.", [
                dict(ref="4.1",
                     action="Co-produce a mentoring programme with local Black-led community organisations and "
                            "young people with lived experience.",
                     lead="YJS Team Manager (Prevention and Diversion)",
                     leads=["YJS Team Manager (Prevention and Diversion)"],
                     when="Jun-23", end="2023-06", prev="A", cur="A", status="amber",
                     upd="Two community partners identified; funding bid submitted to the Violence Reduction "
                         "Partnership."),
                dict(ref="4.2",
                     action="Hold quarterly participation sessions with black and mixed heritage boys and their "
                            "parents to review the YJS offer.",
                     lead="YJS Participation Worker", leads=["YJS Participation Worker"],
                     when="Ongoing", end=None, end_text="Ongoing", prev="", cur="G", status="green",
                     upd="New action added December 2022. First session held 9 February 2023."),
            ]),
        ]),
    ]
    rag_hex = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    r = p.add_run("Progress update to the Wolverhampton Youth Justice Partnership Board – 23 March 2023")
    r.bold = True
    doc.add_paragraph(
        "In October 2021 HM Inspectorate of Probation published its thematic inspection of the experiences of "
        "black and mixed heritage boys in the youth justice system. The Partnership Board agreed this action "
        "plan in June 2022 in response to the recommendations for management boards and youth justice "
        "services. The RAG rating reported to the previous Board (September 2022) is shown alongside the "
        "current rating.")

    cols = ["No.", "Action", "Lead", "Timescale", "Progress (March 2023)", "Previous RAG (Sep 22)",
            "Current RAG (Mar 23)"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        cell_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "404040")
    expected = []
    for sname, recs in sections:
        row = t.add_row().cells
        m = row[0].merge(row[-1])
        cell_text(m, sname, bold=True, color="FFFFFF")
        shade(m, "7F7F7F")
        for rec, acts in recs:
            row = t.add_row().cells
            m = row[0].merge(row[-1])
            cell_text(m, rec, bold=True)
            shade(m, "F2F2F2")
            for a in acts:
                row = t.add_row().cells
                for i, v in enumerate([a["ref"], a["action"], a["lead"], a["when"], a["upd"],
                                       a["prev"], a["cur"]]):
                    cell_text(row[i], v)
                if a["prev"]:
                    shade(row[5], rag_hex[a["prev"]])
                shade(row[6], rag_hex[a["cur"]])
                expected.append(dict(ref=a["ref"], under=[sname, rec], action=a["action"],
                                     lead=a["leads"], end=a["end"], end_text=a.get("end_text"),
                                     status=a["status"]))
    doc.add_paragraph("")
    doc.add_paragraph("Key: B = complete; G = on track; A = some slippage, remedial action agreed; "
                      "R = off track, Board support needed.")
    doc.add_paragraph("Note: the Board is asked to agree that actions 1.1 and 3.1 are closed.")
    doc.save(os.path.join(OUT, fname))

    write_expected(
        fname,
        source=("Imitates a youth justice service's local action plan in response to HMI Probation's thematic "
                "inspection 'The experiences of black and mixed heritage boys in the youth justice system' "
                "(October 2021; 19 recommendations including for YOT management boards and YOS managers, found "
                "via the pages search), reported to the youth justice partnership board. Copied features: bold "
                "title lines and an introduction paragraph, one table with dark merged section rows by "
                "addressee, light merged recommendation rows above numbered actions, job-title leads with "
                "partner agencies in brackets (two joined by ' / '), timescales as Sep-22, a period, Quarterly "
                "and Ongoing, previous and current RAG letter columns on fill colour (one previous blank for a "
                "new action), and a key and note line after the table."),
        reads=("Eight actions, each under its section (who the recommendations are for) and the recommendation "
               "row above it. The status is the current RAG letter, B meaning complete per the key; a period "
               "timescale ends in its last month."),
        outcome="read", title=title, actions=expected)


# ==========================================================================
# 6. Essex SAB - thematic SAR action plan (csv)
# ==========================================================================
def make_essex():
    fname = "zeo-essex-safeguarding-adults-board-thematic-sar-homelessness-action-plan.csv"
    title = ("Essex Safeguarding Adults Board – Thematic SAR: Adults experiencing multiple exclusion "
             "homelessness – Action Plan")
    recs = [
        ("R1. ESAB should seek assurance that partners apply the Care Act 2014 to people who are homeless, "
         "including recognising self-neglect and the impact of trauma and substance use.", [
            dict(no="1.1",
                 action="Produce a practice briefing on Care Act assessments for people experiencing "
                        "homelessness, co-produced with people with lived experience.",
                 lead="ESAB Business Manager", leads=["ESAB Business Manager"],
                 target="31/03/2025", rev="30/06/2025", end="2025-06", rag="Complete", status="blue",
                 upd="Briefing published June 2025 and launched at the ESAB learning event."),
            dict(no="1.2",
                 action="Audit a sample of safeguarding concerns about people who are homeless to test whether "
                        "a Care Act section 9 assessment was offered.",
                 lead="Head of Adult Safeguarding (ECC); Designated Safeguarding Adults Lead (Mid and South "
                      "Essex ICB)",
                 leads=["Head of Adult Safeguarding (ECC)",
                        "Designated Safeguarding Adults Lead (Mid and South Essex ICB)"],
                 target="30/09/2025", rev="31/12/2025", end="2025-12", rag="Amber", status="amber",
                 upd="Audit tool agreed. Fieldwork delayed by staffing;\nreport to the SAR Sub-Group in "
                     "January 2026."),
        ]),
        ("R2. Housing authorities, health and adult social care should agree a multi-agency pathway for "
         "people who are homeless and have multiple and complex needs.", [
            dict(no="2.1",
                 action="Establish a multi-disciplinary complex needs panel in each of the three Essex "
                        "localities (North, Mid and South).",
                 lead="Chair, Essex Housing Officers Group", leads=["Chair, Essex Housing Officers Group"],
                 target="March 2025", rev="", end="2025-03", rag="Complete", status="blue",
                 upd="Panels running in all three localities; South panel launched March 2025."),
            dict(no="2.2",
                 action="Agree information-sharing arrangements between district housing teams and the "
                        "commissioned drug and alcohol treatment providers.",
                 lead="Public Health Consultant (Substance Misuse)",
                 leads=["Public Health Consultant (Substance Misuse)"],
                 target="31/12/2025", rev="", end="2025-12", rag="Green", status="green",
                 upd="Draft agreement with the 12 district and borough councils for sign-off."),
            dict(no="2.3",
                 action="Ensure hospital discharge protocols prevent discharge to the street, with duty to "
                        "refer notifications made before discharge.",
                 lead="Director of Nursing, Mid and South Essex NHS FT / District Housing Lead",
                 leads=["Director of Nursing, Mid and South Essex NHS FT", "District Housing Lead"],
                 target="Q4 2025/26", rev="", end="2026-03", rag="Amber", status="amber",
                 upd="Protocol agreed at Basildon; Broomfield and Southend sites to follow."),
        ]),
        ("R3. ESAB partners should ensure frontline staff are equipped to work with people who self-neglect "
         "and who are hard to engage.", [
            dict(no="3.1",
                 action="Deliver multi-agency training on self-neglect, executive functioning and the Mental "
                        "Capacity Act to housing, outreach and hostel staff.",
                 lead="ESAB Training and Development Officer",
                 leads=["ESAB Training and Development Officer"],
                 target="Ongoing", rev="", end=None, end_text="Ongoing", rag="Green", status="green",
                 upd="Six sessions delivered to 164 staff since April 2025."),
            dict(no="3.2",
                 action="Refresh the ESAB self-neglect and hoarding guidance to include people living in "
                        "temporary accommodation and on the streets.\nPublish a one-page summary for frontline "
                        "staff alongside it.",
                 lead="Chair, ESAB Policy and Procedures Sub-Group",
                 leads=["Chair, ESAB Policy and Procedures Sub-Group"],
                 target="31/01/2026", rev="", end="2026-01", rag="Not started", status="unrated",
                 upd="Scheduled to start in November 2025."),
        ]),
        ("R4. ESAB should evaluate the impact of this review within 18 months of publication.", [
            dict(no="4.1",
                 action="Repeat the multi-agency case audit of homelessness cases and report the findings to "
                        "the ESAB Board.",
                 lead="ESAB Business Manager", leads=["ESAB Business Manager"],
                 target="Sept 2026", rev="", end="2026-09", rag="Not started", status="unrated",
                 upd=""),
        ]),
    ]
    rows = [[title, "", "", "", "", "", "", ""],
            ["Progress as at 30 September 2025 – reported to the SAR Sub-Group, 16 October 2025",
             "", "", "", "", "", "", ""],
            ["", "", "", "", "", "", "", ""],
            ["Recommendation", "Action No.", "Action", "Lead", "Target date", "Revised target date",
             "Progress update", "RAG"]]
    expected = []
    counts = {}
    for rec, acts in recs:
        for i, a in enumerate(acts):
            rows.append([rec if i == 0 else "", a["no"], a["action"], a["lead"], a["target"], a["rev"],
                         a["upd"], a["rag"]])
            counts[a["rag"]] = counts.get(a["rag"], 0) + 1
            expected.append(dict(ref=a["no"], under=[rec], action=a["action"], lead=a["leads"],
                                 end=a["end"], end_text=a.get("end_text"), status=a["status"]))
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append(["Summary", "", "", "", "", "", "", ""])
    for k in ["Complete", "Green", "Amber", "Red", "Not started"]:
        rows.append([k, str(counts.get(k, 0)), "", "", "", "", "", ""])
    rows.append(["Total actions", str(sum(counts.values())), "", "", "", "", "", ""])
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(
        fname,
        source=("Imitates a safeguarding adults board's multi-agency action plan for a thematic safeguarding "
                "adults review on homelessness (thematic SARs on multiple exclusion homelessness and "
                "self-neglect are common; Essex SAB publishes SARs and action plans), as a CSV saved from the "
                "board's Excel tracker. Copied features: title and progress-date lines padded with empty "
                "columns, numbered recommendation text only on the first row of its group (merged cells "
                "exported), action numbers, job-title leads with agency in brackets (two joined by '; ' or "
                "' / ', one title with a comma), original and revised target dates, a quoted multi-line action "
                "and progress cell, RAG words, and a summary block of counts at the foot."),
        reads=("Eight actions under four recommendations; the recommendation text is written once and applies "
               "to the rows below it until the next. Where a revised target date is given it is the end. The "
               "summary lines at the bottom are counts, not actions."),
        outcome="read", title=title, actions=expected)


# ==========================================================================
# 7. Barnet fostering service development plan (txt, tab-separated)
# ==========================================================================
def make_barnet():
    fname = "zeo-barnet-council-fostering-service-development-plan-2025-26.txt"
    title = "London Borough of Barnet – Fostering Service Development Plan 2025–26"
    pri = [
        ("Priority 1: Recruiting and retaining foster carers", [
            dict(no="1.1",
                 action="Approve 20 new mainstream fostering households in 2025–26, focusing on carers for "
                        "teenagers and sibling groups.",
                 lead="Fostering Recruitment Team Manager", leads=["Fostering Recruitment Team Manager"],
                 when="Mar-26", end="2026-03", rag="Amber", status="amber",
                 upd="9 households approved at Q2; 14 assessments in progress."),
            dict(no="1.2",
                 action="Join the North London fostering recruitment hub and launch a shared enquiry line.",
                 lead="Head of Service, Placements and Fostering",
                 leads=["Head of Service, Placements and Fostering"],
                 when="Sep-25", end="2025-09", rag="Complete", status="blue",
                 upd="Hub live from 1 September 2025."),
            dict(no="1.3",
                 action="Review foster carer fees and allowances against neighbouring boroughs and present "
                        "options to the Corporate Parenting Advisory Panel.",
                 lead="Head of Service, Placements and Fostering / Finance Business Partner (Children’s)",
                 leads=["Head of Service, Placements and Fostering", "Finance Business Partner (Children’s)"],
                 when="Q3 2025/26", end="2025-12", rag="Green", status="green",
                 upd="Benchmarking complete; options paper drafted for January panel."),
        ]),
        ("Priority 2: Supporting foster carers and stability for children", [
            dict(no="2.1",
                 action="Launch a second Mockingbird constellation with a hub home carer in the west of the "
                        "borough.",
                 lead="Supervising Social Work Team Manager", leads=["Supervising Social Work Team Manager"],
                 when="Jan-26", end="2026-01", rag="Green", status="green",
                 upd="Hub home carer identified; liaison worker recruited."),
            dict(no="2.2",
                 action="Deliver the core training programme, including trauma-informed practice and delegated "
                        "authority, to all foster carers.",
                 lead="Fostering Learning and Development Officer",
                 leads=["Fostering Learning and Development Officer"],
                 when="Termly", end=None, end_text="Termly", rag="Green", status="green",
                 upd="Summer and autumn programmes delivered; 83% of carers up to date."),
            dict(no="2.3",
                 action="Hold a stability meeting for every child in long-term foster care where there are "
                        "early signs of strain in the placement.",
                 lead="Head of Service, Children in Care / Supervising Social Work Team Manager",
                 leads=["Head of Service, Children in Care", "Supervising Social Work Team Manager"],
                 when="Autumn term 2025", end="2025-12", rag="Not started", status="unrated",
                 upd="Guidance being written with the IRO service."),
        ]),
        ("Priority 3: Quality and compliance", [
            dict(no="3.1",
                 action="Complete the review of the Fostering Panel central list and recruit two independent "
                        "members with lived experience of care.",
                 lead="Fostering Panel Adviser", leads=["Fostering Panel Adviser"],
                 when="31/10/2025", end="2025-10", rag="Amber", status="amber",
                 upd="One member appointed; second interview 21 October."),
            dict(no="3.2",
                 action="Update the Fostering Service Statement of Purpose and the Foster Carer Handbook, and "
                        "publish both on the Barnet fostering website.",
                 lead="Head of Service, Placements and Fostering",
                 leads=["Head of Service, Placements and Fostering"],
                 when="Summer term 2026", end="2026-07", rag="Green", status="green",
                 upd="Statement of Purpose approved by Cabinet Member in July 2025; Handbook rewrite started."),
            dict(no="3.3",
                 action="Embed monthly management audits of foster carer supervision records, with findings "
                        "reported to the Quality Assurance Board.",
                 lead="Fostering Service Manager", leads=["Fostering Service Manager"],
                 when="Monthly", end=None, end_text="Monthly", rag="Green", status="green",
                 upd="Audits completed in July, August and September."),
        ]),
    ]
    lines = [title,
             "Appendix B to the Fostering Service Annual Report 2024–25 (Regulation 35) – Corporate "
             "Parenting Advisory Panel, 11 November 2025",
             "Progress at Quarter 2 (as at 30 September 2025)",
             "",
             "\t".join(["No.", "Action", "Lead", "Timescale", "RAG", "Q2 update"])]
    expected = []
    for pname, acts in pri:
        lines.append(pname)
        for a in acts:
            lines.append("\t".join([a["no"], a["action"], a["lead"], a["when"], a["rag"], a["upd"]]))
            expected.append(dict(ref=a["no"], under=[pname], action=a["action"], lead=a["leads"],
                                 end=a["end"], end_text=a.get("end_text"), status=a["status"]))
        lines.append("")
    lines.append("RAG: Complete = action delivered; Green = on track; Amber = some delay; Red = significant "
                 "risk to delivery; Not started = not yet due to start.")
    lines.append("Prepared by: Fostering Service Manager, 03/10/2025")
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        fname,
        source=("Imitates the development plan appended to an English council fostering service's annual "
                "report under Regulation 35 of the Fostering Services (England) Regulations 2011 and NMS 25.7 "
                "(e.g. Coventry and Leicester annual fostering reports list priorities for 2025/26, found via "
                "the pages search); Barnet is a plausible host. Exported as tab-separated text. Copied "
                "features: title, appendix/meeting and progress-date lines, a tab header, priority heading "
                "lines with no tabs, numbered actions, job-title leads (a comma inside one title, two titles "
                "joined by ' / '), timescales as Mar-26, Q3 2025/26, dd/mm/yyyy, Termly, Monthly and school "
                "terms, RAG words including Complete and Not started, and a key and prepared-by line."),
        reads=("Nine actions under three priorities. 'Head of Service, Placements and Fostering' is one post. "
               "Termly and Monthly timescales have no end month; the autumn and summer terms end in December and "
               "July. The RAG key and prepared-by lines are not actions."),
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    make_notts()
    make_malvern()
    make_kirklees()
    make_lancashire()
    make_wolverhampton()
    make_essex()
    make_barnet()
    print("written to", OUT)
