#!/usr/bin/env python
"""Build the seven `uq-` blind cases (set heldout520) and their expected readings.

Run with /work/main/.venv/bin/python uq_make.py  (openpyxl, python-docx, pyyaml).
Writes only files whose names start with `uq-` in this folder.
"""
import csv
import json
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

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F4E79"


def out(name):
    assert name.startswith("uq-")
    return os.path.join(HERE, name)


def _q(v):
    """A YAML scalar: JSON double-quoted strings are valid YAML; None -> null."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def write_expected(name, exp):
    """exp: dict in FORMAT.md key order; written as block YAML with quoted strings."""
    L = []
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in exp:
            L.append(f"{k}: {_q(exp[k])}")
    if "actions" in exp:
        L.append("actions:")
        for a in exp["actions"]:
            L.append(f"  - ref: {_q(a['ref'])}")
            L.append("    under: [" + ", ".join(_q(u) for u in a["under"]) + "]")
            L.append(f"    action: {_q(a['action'])}")
            L.append("    lead: [" + ", ".join(_q(x) for x in a["lead"]) + "]")
            L.append(f"    end: {_q(a['end'])}")
            if "end_text" in a:
                L.append(f"    end_text: {_q(a['end_text'])}")
            L.append(f"    status: {a['status']}")
    text = "\n".join(L) + "\n"
    assert yaml.safe_load(text) == exp, name
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write(text)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def put(ws, r, c, v, bold=False, bg=None, border=True, color=None, size=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    if bold or color or size:
        cell.font = Font(bold=bold, color=color, size=size)
    if bg:
        cell.fill = fill(bg)
    if border:
        cell.border = BOX
    return cell


# ======================================================================
# 1. Powys Teaching Health Board - HIW improvement plan (xlsx)
# ======================================================================
def powys():
    name = "uq-powys-teaching-health-board-hiw-brecon-war-memorial-hospital-improvement-plan.xlsx"
    title = "Improvement plan – Brecon War Memorial Hospital"
    wb = Workbook()

    # --- Cover / document control
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 28
    cv.column_dimensions["B"].width = 70
    put(cv, 1, 1, title, bold=True, border=False, size=14)
    put(cv, 2, 1, "Powys Teaching Health Board | Bwrdd Iechyd Addysgu Powys", border=False)
    put(cv, 4, 1, "Document control", bold=True, border=False)
    rows = [
        ("Inspection", "Healthcare Inspectorate Wales – unannounced hospital inspection"),
        ("Dates of inspection", "15 – 17 October 2024"),
        ("HIW report published", "23 January 2025"),
        ("Executive lead", "Director of Nursing and Midwifery"),
        ("Version", "v1.3 – progress update"),
        ("Date of this version", "28 February 2025"),
        ("Presented to", "Patient Experience, Quality and Safety Committee – 11 March 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        put(cv, i, 1, k, bold=True, bg=GREY)
        put(cv, i, 2, v)
    put(cv, 13, 1, "Version history", bold=True, border=False)
    hist = [("Version", "Date", "Change"),
            ("v1.0", "06/01/2025", "Improvement plan returned to HIW"),
            ("v1.1", "23/01/2025", "Published with HIW report"),
            ("v1.2", "31/01/2025", "January progress added"),
            ("v1.3", "28/02/2025", "February progress added; revised timescale for mandatory training")]
    cv.column_dimensions["C"].width = 55
    for i, row in enumerate(hist, start=14):
        for j, v in enumerate(row, start=1):
            put(cv, i, j, v, bold=(i == 14), bg=GREY if i == 14 else None)

    # --- Improvement plan
    ws = wb.create_sheet("Improvement plan")
    widths = [6, 38, 38, 14, 42, 26, 14, 14, 40, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, title, bold=True, border=False, size=14)
    ws.merge_cells("A1:J1")
    put(ws, 2, 1, "Service: Brecon War Memorial Hospital, Powys Teaching Health Board", border=False)
    ws.merge_cells("A2:J2")
    put(ws, 3, 1, "Date of inspection: 15 – 17 October 2024", border=False)
    ws.merge_cells("A3:J3")
    put(ws, 4, 1, "The table below includes any other improvements identified during the inspection where we "
                  "require the service to complete an improvement plan telling us about the actions they are "
                  "taking to address these areas.", border=False)
    ws.merge_cells("A4:J4")
    hdr = ["Ref", "Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale", "Revised timescale", "Progress update – February 2025", "RAG"]
    for j, h in enumerate(hdr, start=1):
        put(ws, 6, j, h, bold=True, bg=HEAD, color="FFFFFF")

    S1 = "Quality of Patient Experience"
    S2 = "Delivery of Safe and Effective Care"
    S3 = "Quality of Management and Leadership"
    I1 = "The health board must ensure that the Active Offer of Welsh is consistently made to patients on the ward."
    I2 = "The health board must ensure that information displayed for patients is current and available bilingually."
    I3 = ("The health board must ensure that resuscitation equipment is checked, and the checks recorded, daily "
          "in line with Resuscitation Council UK guidance.")
    I4 = ("The health board must ensure that medication fridge temperatures are maintained within range and that "
          "action taken when readings are out of range is documented.")
    I5 = ("The health board must ensure that falls risk assessments are completed within 24 hours of admission "
          "and reviewed weekly.")
    I6 = ("The health board must ensure that staff complete their mandatory training, in particular Basic Life "
          "Support and Safeguarding Level 2.")
    I7 = "The health board must ensure that learning from incidents is shared with ward staff."

    A = {
        "1": "Welsh speakers on each shift to be identified on the daily safety huddle board and to wear the "
             "‘Iaith Gwaith’ badge; the Active Offer to be included in ward induction.",
        "2": "Review all patient information on display in the ward and day room, remove out-of-date material and "
             "replace with current bilingual leaflets.\nPatient Experience Lead to complete a quarterly check.",
        "3a": "Resuscitation trolley check added to the night staff task list, with a second signature by the "
              "nurse in charge each morning.",
        "3b": "Weekly audit of resuscitation check compliance to be reported to the Senior Nurse and through the "
              "North Powys Quality and Safety Group.",
        "4": "Replace the ward medication fridge and introduce a temperature escalation flowchart; staff briefed "
             "at safety huddles.",
        "5": "Falls risk assessment compliance to be included in the monthly nursing documentation audit "
             "(Tendable), with results shared at ward meetings.",
        "6": "Protected time of one study session per month to be rostered for each member of staff until "
             "mandatory training compliance reaches 85%.",
        "7": "Introduce a monthly ‘Learning from Events’ bulletin for community hospital staff and add a standing "
             "agenda item to ward meetings.",
    }

    r = 7
    def section(text):
        nonlocal r
        put(ws, r, 1, text, bold=True, bg=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1

    def row(ref, finding, imp, std, action, lead, ts, rev, prog, rag):
        nonlocal r
        vals = [ref, finding, imp, std, action, lead, ts, rev, prog, None]
        for j, v in enumerate(vals, start=1):
            c = put(ws, r, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=10).fill = fill(rag)
        r += 1

    section(S1)
    row("1", "Some patients told us they were not always offered the opportunity to communicate in Welsh.",
        I1, "Equitable", A["1"], "Ward Manager", dt.datetime(2025, 1, 31), None,
        "Huddle board updated; badges issued to 11 staff. Induction checklist amended.", BLUE)
    row("2", "Patient information leaflets in the day room were out of date and several were available in "
             "English only.", I2, "Person-centred", A["2"], "Ward Manager / Patient Experience Lead",
        "February 2025", None, "Leaflets replaced; first quarterly check due May 2025.", GREEN)
    section(S2)
    r3 = r
    row("3a", "Daily checks of the resuscitation trolley had not been consistently recorded; we found gaps on "
              "nine days in the four weeks before the inspection.", I3, "Safe", A["3a"], "Ward Manager",
        "October 2024", None, "In place from 18/10/2024. No gaps since November.", BLUE)
    row("3b", None, None, None, A["3b"], "Senior Nurse, North Powys Community Hospitals", "31 March 2025", None,
        "Compliance 100% December to February.", GREEN)
    for col in (2, 3, 4):
        ws.merge_cells(start_row=r3, start_column=col, end_row=r3 + 1, end_column=col)
    row("4", "Medication fridge temperatures were recorded above the recommended range on several occasions "
             "with no evidence of the action taken.", I4, "Safe", A["4"],
        "Ward Manager / Lead Pharmacy Technician", "December 2024", None,
        "New fridge installed 02/12/2024; flowchart displayed.", BLUE)
    row("5", "Not all patients had a completed falls risk assessment within 24 hours of admission.", I5,
        "Safe / Effective", A["5"], "Ward Manager", "Q4 2024/25", None,
        "January audit 78%; improvement plan agreed with ward team.", AMBER)
    section(S3)
    row("6", "Compliance with mandatory training was 71%, below the health board target of 85%.", I6,
        "Workforce", A["6"], "Ward Manager / Head of Nursing", "March 2025", "June 2025",
        "Compliance 79%. Timescale revised due to vacancies.", AMBER)
    row("7", "Staff told us they did not always receive feedback following incidents reported on Datix.", I7,
        "Leadership", A["7"], "Assistant Director of Quality and Safety", "Ongoing", None,
        "First bulletin issued January 2025.", GREEN)

    r += 1
    put(ws, r, 1, "Service representative", bold=True, border=False)
    put(ws, r + 1, 2, "Name (print):", border=False)
    put(ws, r + 1, 3, "Claire Roche", border=False)
    put(ws, r + 2, 2, "Job role:", border=False)
    put(ws, r + 2, 3, "Director of Nursing and Midwifery", border=False)
    put(ws, r + 3, 2, "Date:", border=False)
    put(ws, r + 3, 3, "06/01/2025", border=False)
    put(ws, r + 5, 1, "RAG colours: see Progress summary sheet.", border=False)
    ws.freeze_panes = "A7"

    # --- Progress summary
    ps = wb.create_sheet("Progress summary")
    ps.column_dimensions["A"].width = 12
    ps.column_dimensions["B"].width = 44
    ps.column_dimensions["C"].width = 18
    put(ps, 1, 1, "Progress summary – February 2025", bold=True, border=False, size=13)
    for j, h in enumerate(["RAG", "Meaning", "Number of actions"], start=1):
        put(ps, 3, j, h, bold=True, bg=GREY)
    key = [(BLUE, "Blue", "Action complete", 3), (GREEN, "Green", "On track", 3),
           (AMBER, "Amber", "At risk of not meeting timescale", 2), (RED, "Red", "Off track / overdue", 0)]
    for i, (col, word, meaning, n) in enumerate(key, start=4):
        put(ps, i, 1, word, bg=col)
        put(ps, i, 2, meaning)
        put(ps, i, 3, n)
    put(ps, 8, 1, "Total", bold=True)
    put(ps, 8, 2, None)
    put(ps, 8, 3, 8, bold=True)
    wb.active = 1
    wb.save(out(name))

    U = lambda s, i: [s, i]
    exp = {
        "source": "Powys Teaching Health Board, 2025, improvement plan returned to Healthcare Inspectorate Wales "
                  "after an unannounced hospital inspection, kept as a progress tracker. Copies the HIW "
                  "improvement plan template (Risk/finding/issue, Improvement needed, Standard / Regulation, "
                  "Service action, Responsible officer, Timescale; sections Quality of Patient Experience / "
                  "Delivery of Safe and Effective Care / Quality of Management and Leadership; service "
                  "representative block), as in HIW reports such as "
                  "https://vdocuments.net/follow-up-inspection-unannounced.html, with health-board tracking "
                  "columns added (revised timescale, progress, fill-only RAG) plus a cover/document-control "
                  "sheet and a progress summary sheet holding the RAG key.",
        "reads": "A Cover sheet, then the improvement plan: three section rows, each finding with the improvement "
                 "HIW requires and the health board's service actions (finding 3 merged over two actions, 3a "
                 "and 3b), responsible officers, timescales with one revised timescale, and a RAG column shown "
                 "only by fill colour (blue complete, green on track, amber at risk, per the summary sheet). "
                 "Eight actions; the service representative block and the summary sheet are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("1", U(S1, I1), A["1"], ["Ward Manager"], "2025-01", "blue"),
            act("2", U(S1, I2), A["2"], ["Ward Manager", "Patient Experience Lead"], "2025-02", "green"),
            act("3a", U(S2, I3), A["3a"], ["Ward Manager"], "2024-10", "blue"),
            act("3b", U(S2, I3), A["3b"], ["Senior Nurse, North Powys Community Hospitals"], "2025-03", "green"),
            act("4", U(S2, I4), A["4"], ["Ward Manager", "Lead Pharmacy Technician"], "2024-12", "blue"),
            act("5", U(S2, I5), A["5"], ["Ward Manager"], "2025-03", "amber", end_text="Q4 2024/25"),
            act("6", U(S3, I6), A["6"], ["Ward Manager", "Head of Nursing"], "2025-06", "amber"),
            act("7", U(S3, I7), A["7"], ["Assistant Director of Quality and Safety"], None, "green",
                end_text="Ongoing"),
        ],
    }
    write_expected(name, exp)
    return name, len(exp["actions"])


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, bg=None, size=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    if bg:
        shade(cell, bg)


def add_table(doc, rows, header=True, widths=None, head_bg="D9E2F3"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v if v is not None else "", bold=(header and i == 0),
                     bg=head_bg if (header and i == 0) else None, size=9)
    return t


# ======================================================================
# 2. Ysgol Gynradd Gymraeg Lôn Las - Estyn PIAP (docx)
# ======================================================================
def lonlas():
    name = "uq-ysgol-gynradd-gymraeg-lon-las-estyn-post-inspection-action-plan.docx"
    title = "Ysgol Gynradd Gymraeg Lôn Las – Post-inspection action plan"
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Ysgol Gynradd Gymraeg Lôn Las  |  Abertawe / Swansea"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading(title, level=0)
    doc.add_paragraph("Cynllun gweithredu ôl-arolwg – Estyn inspection 10–13 March 2025")
    add_table(doc, [
        ["Headteacher", "Mrs Eleri Rees"],
        ["Chair of governors", "Mr Huw Davies"],
        ["Local authority / Partneriaeth link", "Challenge Adviser"],
        ["Approved by the governing body", "12 May 2025"],
        ["This version", "Progress review – October 2025"],
    ], header=False)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key used in this plan:")
    kt = add_table(doc, [["Green", "Achieved"], ["Amber", "In progress"], ["Red", "Not on track – governors to be informed"]],
                   header=False)
    shade(kt.rows[0].cells[0], GREEN)
    shade(kt.rows[1].cells[0], AMBER)
    shade(kt.rows[2].cells[0], RED)

    hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring (who / when)", "RAG"]
    R1 = "R1: Improve pupils’ English reading skills, particularly their higher-order reading skills, in Years 5 and 6"
    R2 = ("R2: Strengthen self-evaluation and improvement planning so that they focus precisely on the impact of "
          "teaching on pupils’ progress")
    R3 = "R3: Ensure that teaching provides suitable challenge for all pupils, particularly the more able"
    R4 = "R4: Address the site security issue raised during the inspection"
    A = {
        "1.1": "Introduce a whole-school reading spine for English in Years 3 to 6, with a daily guided reading "
               "session focusing on inference and deduction.",
        "1.2": "Provide professional learning for all KS2 teachers on the explicit teaching of higher-order "
               "reading skills, delivered with Partneriaeth.",
        "1.3": "Track pupils’ progress in English reading each half term using the personalised assessments and "
               "target support for pupils who are not making expected progress.",
        "2.1": "Revise the school’s self-evaluation calendar so that leaders’ monitoring activities (book "
               "scrutiny, learning walks, listening to learners) are planned and evaluated against pupils’ progress.",
        "2.2": "Train middle leaders to write concise evaluative reports that identify the impact of provision "
               "on standards.",
        "2.3": "Governors’ standards committee to receive a termly report on progress against this plan and to "
               "visit the school to see the work at first hand.",
        "3.1": "Agree and introduce a whole-school approach to planning for challenge, including tiered tasks in "
               "mathematics and Welsh.",
        "3.2": "Carry out paired lesson observations and learning walks each half term, focusing on challenge "
               "for more able pupils, and feed back to teachers within five days.",
        "4.1": "Install a secure gate at the junior yard entrance and amend the lunchtime supervision rota.",
    }
    tables = [
        (R1, [
            ["1.1", A["1.1"], "DHT / English lead", "Autumn term 2025",
             "Reading age of 80% of Y5/6 pupils at or above chronological age", "HT – book scrutiny each half term", "Amber"],
            ["1.2", A["1.2"], "Mrs E. Rees", "By October half term 2025",
             "All KS2 teachers trained; observed in lessons", "Challenge Adviser – October visit", "Green"],
            ["1.3", A["1.3"], "DHT / ALNCo", "Summer term 2026",
             "Pupils below expected progress identified and supported", "Governors – termly report", "Amber"],
        ]),
        (R2, [
            ["2.1", A["2.1"], "Headteacher", "September 2025",
             "Calendar in place; monitoring reports refer to pupils’ progress", "Governors’ standards committee", "Green"],
            ["2.2", A["2.2"], "Headteacher / Challenge Adviser", "February 2026",
             "Middle leaders’ reports are evaluative", "Challenge Adviser", ""],
            ["2.3", A["2.3"], "Chair of Governors", "Termly",
             "Minutes show governors challenging progress", "Local authority", "Amber"],
        ]),
        (R3, [
            ["3.1", A["3.1"], "DHT", "Autumn term 2025",
             "Planning shows tiered tasks; more able pupils achieve higher outcomes", "HT – learning walks", "Amber"],
            ["3.2", A["3.2"], "HT / DHT", "Summer term 2026",
             "Most lessons observed show suitable challenge", "Governors – termly report", ""],
        ]),
        (R4, [
            ["4.1", A["4.1"], "Headteacher / Swansea Council Property Services", "April 2025",
             "Site secure; rota in place", "Chair of Governors – site visit", "Green"],
        ]),
    ]
    for rec, rows in tables:
        doc.add_heading(rec, level=2)
        t = add_table(doc, [hdr] + rows)
        for i, row in enumerate(rows, start=1):
            rag = row[-1]
            if rag:
                shade(t.rows[i].cells[6], {"Green": GREEN, "Amber": AMBER, "Red": RED}[rag])
    doc.add_paragraph("")
    doc.add_paragraph("Notes: This plan was drawn up with the local authority and Partneriaeth and is reviewed by "
                      "the governing body each term. Progress is reported to Estyn at monitoring visits.")
    add_table(doc, [["Signed", "Role", "Date"],
                    ["", "Headteacher", "12/05/2025"],
                    ["", "Chair of Governors", "12/05/2025"]])
    doc.save(out(name))

    exp = {
        "source": "Welsh-medium primary school in Swansea, 2025, post-inspection action plan (PIAP) written with "
                  "the local authority after an Estyn core inspection placed the school in follow-up (see Estyn "
                  "follow-up guidance, https://estyn.gov.wales/inspection-guidance-type/follow-up-en). Copies "
                  "the usual PIAP layout: a title with the Welsh name of the plan, a details table, a RAG key "
                  "table, then one heading and one table per Estyn recommendation (R1–R4) with Ref, Action, "
                  "Lead, Timescale (school terms), Success criteria, Monitoring and RAG; notes and a sign-off table.",
        "reads": "Four recommendation headings, each over its own action table; nine actions numbered 1.1–4.1 "
                 "with leads given as posts or initials, school-term timescales and a progress RAG. The school's "
                 "own key has no blue and defines Green as Achieved, so Green actions are complete; blank RAG "
                 "cells are not yet rated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("1.1", [R1], A["1.1"], ["DHT", "English lead"], "2025-12", "amber", end_text="Autumn term 2025"),
            act("1.2", [R1], A["1.2"], ["Mrs E. Rees"], "2025-10", "blue", end_text="By October half term 2025"),
            act("1.3", [R1], A["1.3"], ["DHT", "ALNCo"], "2026-07", "amber", end_text="Summer term 2026"),
            act("2.1", [R2], A["2.1"], ["Headteacher"], "2025-09", "blue"),
            act("2.2", [R2], A["2.2"], ["Headteacher", "Challenge Adviser"], "2026-02", "unrated"),
            act("2.3", [R2], A["2.3"], ["Chair of Governors"], None, "amber", end_text="Termly"),
            act("3.1", [R3], A["3.1"], ["DHT"], "2025-12", "amber", end_text="Autumn term 2025"),
            act("3.2", [R3], A["3.2"], ["HT", "DHT"], "2026-07", "unrated", end_text="Summer term 2026"),
            act("4.1", [R4], A["4.1"], ["Headteacher", "Swansea Council Property Services"], "2025-04", "blue"),
        ],
    }
    write_expected(name, exp)
    return name, len(exp["actions"])


# ======================================================================
# 3. Hansel Alliance - Care Inspectorate improvement plan, typo month -> refuse (xlsx)
# ======================================================================
def hansel():
    name = "uq-hansel-alliance-care-inspectorate-improvement-plan-typo-month-refuse.xlsx"
    title = "Hansel Alliance – Care Inspectorate Improvement Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    for col, w in zip("ABCDEFG", [8, 26, 52, 26, 16, 44, 12]):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, title, bold=True, border=False, size=14)
    put(ws, 2, 1, "Service: Supported Living (Housing Support and Care at Home) – Symington, South Ayrshire",
        border=False)
    put(ws, 3, 1, "Inspection: 9 – 12 September 2024 (unannounced)   Report published: 21 October 2024",
        border=False)
    put(ws, 4, 1, "Plan owner: Registered Manager   Last updated: 14 January 2025", border=False)
    for rr in range(1, 5):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
    hdr = ["No.", "Key question", "Action", "Responsible", "Target date", "Progress update", "RAG"]
    for j, h in enumerate(hdr, start=1):
        put(ws, 6, j, h, bold=True, bg="4F2D7F", color="FFFFFF")

    r = 7

    def band(text):
        nonlocal r
        put(ws, r, 1, text, bold=True, bg="E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 60
        r += 1

    ragfill = {"Complete": BLUE, "On track": GREEN, "Not started": None, "Delayed": AMBER}

    def row(ref, kq, action, who, when, prog, rag):
        nonlocal r
        for j, v in enumerate([ref, kq, action, who, when, prog, rag], start=1):
            put(ws, r, j, v, bg=ragfill.get(rag) if j == 7 else None)
        r += 1

    KQ5 = "5. How well is our care and support planned?"
    KQ1 = "1. How well do we support people’s wellbeing?"
    KQ3 = "3. How good is our staff team?"
    band("Requirement 1 – By 28 February 2025, the provider must ensure that each person’s personal plan is "
         "accurate, up to date and reflects their current health and care needs, outcomes and wishes. To do "
         "this, the provider must, at a minimum: a) review all personal plans with the person and their "
         "representatives; b) ensure risk assessments are current; and c) hold six-monthly reviews.")
    row("1.1", KQ5, "Audit all 34 personal plans against the new personal plan audit tool and list gaps for each "
                    "person.", "Depute Manager", "31/01/2025", "27 plans audited.", "On track")
    row("1.2", KQ5, "Review every personal plan with the person and their family or guardian, updating risk "
                    "assessments and outcomes.", "Team Leaders / Keyworkers", "28 Feburary 2025",
        "Review meetings booked for all tenants.", "On track")
    row("1.3", KQ5, "Set up a six-monthly review schedule on the Access Care Planning system with automatic "
                    "reminders.", "Registered Manager", "28/02/2025", "", "Not started")
    band("Requirement 2 – By 31 January 2025, the provider must ensure that people receive their medication "
         "safely and as prescribed, including ‘as required’ medication protocols.")
    row("2.1", KQ1, "Introduce ‘as required’ (PRN) protocols for each person prescribed PRN medication, agreed "
                    "with the GP practice.", "Depute Manager", "December 2024", "All 19 protocols in place.",
        "Complete")
    row("2.2", KQ1, "Weekly MAR chart audits by team leaders, with monthly oversight by the Registered Manager.",
        "Team Leaders", "31/01/2025", "Weekly audits since 4 November.", "Complete")
    band("Area for improvement 1 – To support people’s wellbeing, the provider should ensure that people are "
         "supported to take part in meaningful activity and to be part of their community.")
    row("AFI1.1", KQ1, "Develop individual activity planners with each person and record participation on the "
                       "daily notes.", "Activities Co-ordinator", "June 2025", "", "Not started")
    band("Area for improvement 2 – The provider should ensure that staff receive regular supervision and that "
         "practice observations are carried out and recorded.")
    row("AFI2.1", KQ3, "Introduce a supervision matrix so every staff member has supervision at least every "
                       "eight weeks.", "Registered Manager", "March 2025", "Matrix drafted.", "On track")
    row("AFI2.2", KQ3, "Carry out two practice observations a year for each support worker, focusing on "
                       "medication and moving and assisting.", "Team Leaders", "Ongoing", "", "On track")

    ev = wb.create_sheet("Evaluations")
    ev.column_dimensions["A"].width = 50
    ev.column_dimensions["B"].width = 16
    put(ev, 1, 1, "Care Inspectorate evaluations – September 2024", bold=True, border=False)
    for i, (k, g) in enumerate([("Key question", "Grade"),
                                ("How well do we support people’s wellbeing?", "3 – Adequate"),
                                ("How good is our leadership?", "3 – Adequate"),
                                ("How good is our staff team?", "4 – Good"),
                                ("How well is our care and support planned?", "2 – Weak")], start=3):
        put(ev, i, 1, k, bold=(i == 3), bg=GREY if i == 3 else None)
        put(ev, i, 2, g, bold=(i == 3), bg=GREY if i == 3 else None)
    ky = wb.create_sheet("Key")
    put(ky, 1, 1, "RAG key", bold=True, border=False)
    for i, (word, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("Delayed", AMBER),
                                     ("Not started", None)], start=2):
        put(ky, i, 1, word, bg=col)
    ky.column_dimensions["A"].width = 16
    wb.save(out(name))

    exp = {
        "source": "Hansel Alliance (South Ayrshire care provider), 2024–25, provider improvement plan after a "
                  "Care Inspectorate inspection of a supported living service. Copies the Care Inspectorate "
                  "report wording (requirements beginning ‘By [date], the provider must …’, areas for "
                  "improvement, the five key questions and 1–6 grades) with each requirement / area for "
                  "improvement as a shaded band row above its actions, an Evaluations sheet and a Key sheet "
                  "(https://careinspectorate.com).",
        "reads": "Two requirements and two areas for improvement, each over its actions (eight in all) with "
                 "responsible post, target date, progress and a RAG word. The target date of action 1.2 reads "
                 "‘28 Feburary 2025’ – a mistyped month, so a careful reader stops at sheet row 9 and asks "
                 "before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 9,
        "title": title,
    }
    write_expected(name, exp)
    return name, 8


# ======================================================================
# 4. Scottish Enterprise - annual audit report action plan tracker (csv)
# ======================================================================
def scottish_enterprise():
    name = "uq-scottish-enterprise-annual-audit-report-2024-25-action-plan.csv"
    title = "Scottish Enterprise – External audit recommendations: action plan tracker"
    hdr = ["No.", "Year", "Issue", "Risk", "Recommendation", "Agreed management action", "Responsible officer",
           "Agreed date", "Revised date", "RAG", "Progress update"]
    n = len(hdr)
    pad = lambda *xs: list(xs) + [""] * (n - len(xs))
    recs = [
        ["1", "2024/25", "Medium-term financial planning",
         "The medium-term financial plan has not been updated since 2023 and does not reflect the reduction in "
         "grant-in-aid for 2025/26. There is a risk that the Board does not have a clear view of the savings "
         "required.",
         "The medium-term financial plan should be refreshed and presented to the Board, setting out the savings "
         "required and how they will be delivered.",
         "A refreshed five-year financial plan, including scenario analysis and a savings delivery plan, will be "
         "presented to the Board.",
         "Chief Financial Officer", "31/12/2025", "", "Green",
         "Draft scenarios discussed at the Board strategy day on 11 September 2025."],
        ["2", "2024/25", "Investment portfolio valuations",
         "Key judgements in the valuation of unquoted equity investments were not documented consistently.",
         "Management should document the key judgements applied in valuing unquoted investments and ensure "
         "these are reviewed by the Investment Committee.",
         "Valuation papers will include a judgements log.\nThe Investment Committee will review the log at each "
         "year-end.",
         "Head of Financial Control / Head of Portfolio Management", "31/03/2026", "", "Green",
         "Log template agreed; first use at 2025/26 year-end."],
        ["3", "2024/25", "Fixed asset register",
         "Our testing identified fully depreciated assets with nil net book value that are no longer in use.",
         "An exercise should be carried out to remove obsolete assets from the fixed asset register.",
         "Complete a physical verification of IT and office equipment and dispose of obsolete assets on the "
         "register.",
         "Financial Controller", "30/06/2025", "", "Blue", "Completed June 2025; 412 items removed."],
        ["4", "2024/25", "Cyber security",
         "A number of findings from the Cyber Essentials Plus assessment remain open, including unsupported "
         "legacy servers.",
         "Scottish Enterprise should complete the actions arising from its Cyber Essentials Plus assessment and "
         "report progress to the Audit and Risk Committee.",
         "Remediate the outstanding Cyber Essentials Plus findings and present a progress report to the Audit "
         "and Risk Committee.",
         "Chief Digital Officer; Head of Information Security", "31/03/2025", "31/12/2025", "Amber",
         "Decommissioning of legacy servers delayed by supplier; revised date agreed by ARC."],
        ["5", "2024/25", "Performance reporting",
         "Board performance reports do not show progress against the targets in the Business Plan or trends "
         "over time.",
         "Performance reports to the Board should show progress against targets in the Business Plan, with "
         "trend information.",
         "The Board performance report will be redesigned around the Business Plan 2025-26 measures, with RAG "
         "ratings and trends.",
         "Director of Strategy and Performance", "Q3 2025/26", "", "Green",
         "New format to be used from the December Board."],
        ["2023/24-3", "2023/24 b/f", "Workforce planning",
         "There is no strategic workforce plan aligned to the future operating model.",
         "A strategic workforce plan should be developed that is aligned to the organisation’s future "
         "operating model.",
         "A strategic workforce plan will be developed and approved by the Remuneration and People Committee.",
         "Chief People Officer", "31/03/2025", "30/11/2025", "Amber",
         "Plan drafted; committee date moved to November."],
        ["2023/24-6", "2023/24 b/f", "Procurement – contract register",
         "The contract register was not up to date and several contracts had passed their expiry date.",
         "The contract register should be kept up to date and reviewed for contracts approaching expiry.",
         "Budget holders will review the contract register quarterly, with an expiry report to the Executive "
         "Leadership Team.",
         "Head of Procurement", "September 2024", "", "Blue", "Quarterly reviews in place since Q2 2024/25."],
    ]
    lines = [
        pad(title),
        pad("Annual Audit Report 2024/25 (Appendix 1 action plan) and follow-up of prior year recommendations – "
            "position at 30 September 2025"),
        pad(),
        hdr,
    ] + recs + [
        pad(),
        pad("RAG: Blue = implemented; Green = on track; Amber = at risk of slippage; Red = overdue"),
        pad("Total recommendations: 7 (Blue 2; Green 3; Amber 2; Red 0)"),
        pad("Presented to the Audit and Risk Committee – 28 October 2025"),
    ]
    with open(out(name), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)

    A = {r[0]: r[5] for r in recs}
    U = {r[0]: [r[2], r[4]] for r in recs}
    exp = {
        "source": "Scottish Enterprise, 2025, tracker of external audit recommendations kept for the Audit and "
                  "Risk Committee: the Annual Audit Report 2024/25 Appendix 1 action plan (Audit Scotland "
                  "style, as in the Scottish Enterprise 2019/20 Annual Audit Report, "
                  "https://docslib.org/doc/10584085/scottish-enterprise-2019-20-annual-audit-report) plus "
                  "prior-year recommendations brought forward. Copied features: issue / risk / recommendation / "
                  "agreed management action / responsible officer / agreed date columns, b/f prior-year rows, "
                  "revised dates, a RAG key line and a totals line; exported from Excel as CSV (padded rows, "
                  "one multi-line cell).",
        "reads": "Two title lines, a header, then seven recommendations each with one agreed management action, "
                 "five from 2024/25 and two brought forward from 2023/24. Each action is read under its issue "
                 "and the auditor's recommendation; where a revised date is given it is the end. The key, "
                 "totals and committee lines below are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("1", U["1"], A["1"], ["Chief Financial Officer"], "2025-12", "green"),
            act("2", U["2"], A["2"], ["Head of Financial Control", "Head of Portfolio Management"], "2026-03",
                "green"),
            act("3", U["3"], A["3"], ["Financial Controller"], "2025-06", "blue"),
            act("4", U["4"], A["4"], ["Chief Digital Officer", "Head of Information Security"], "2025-12",
                "amber"),
            act("5", U["5"], A["5"], ["Director of Strategy and Performance"], "2025-12", "green",
                end_text="Q3 2025/26"),
            act("2023/24-3", U["2023/24-3"], A["2023/24-3"], ["Chief People Officer"], "2025-11", "amber"),
            act("2023/24-6", U["2023/24-6"], A["2023/24-6"], ["Head of Procurement"], "2024-09", "blue"),
        ],
    }
    write_expected(name, exp)
    return name, len(exp["actions"])


# ======================================================================
# 5. Scottish Canals - corporate risk register (xlsx)
# ======================================================================
def scottish_canals():
    name = "uq-scottish-canals-corporate-risk-register-2025-26.xlsx"
    title = "Scottish Canals – Corporate Risk Register 2025/26"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 14
    cv.column_dimensions["B"].width = 16
    cv.column_dimensions["C"].width = 50
    put(cv, 1, 1, title, bold=True, border=False, size=14)
    put(cv, 2, 1, "Audit and Risk Committee – 2 December 2025 – Paper ARC(25)34, Annex A", border=False)
    put(cv, 4, 1, "Version control", bold=True, border=False)
    for i, row in enumerate([("Version", "Date", "Reviewed by"),
                             ("3.0", "14/05/2025", "Executive Leadership Team"),
                             ("3.1", "19/08/2025", "Executive Leadership Team; Audit and Risk Committee"),
                             ("3.2", "18/11/2025", "Executive Leadership Team")], start=5):
        for j, v in enumerate(row, start=1):
            put(cv, i, j, v, bold=(i == 5), bg=GREY if i == 5 else None)

    ws = wb.create_sheet("Corporate Risk Register")
    widths = [7, 24, 40, 20, 40, 4, 4, 7, 7, 7, 46, 28, 11, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, title, bold=True, border=False, size=14)
    ws.merge_cells("A1:N1")
    put(ws, 2, 1, "Position at 18 November 2025", border=False)
    ws.merge_cells("A2:N2")
    # two-row header
    for (c1, c2, text) in [(1, 5, "Risk"), (6, 9, "Current (residual) assessment"), (10, 14, "Further actions")]:
        put(ws, 4, c1, text, bold=True, bg=HEAD, color="FFFFFF")
        ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
    hdr = ["Ref", "Risk title", "Risk description (cause – event – effect)", "Risk owner", "Existing controls",
           "L", "I", "Score", "Trend", "Action ref", "Further action", "Action owner", "Due", "Action RAG"]
    for j, h in enumerate(hdr, start=1):
        put(ws, 5, j, h, bold=True, bg="BDD7EE")

    r = 6
    ragcol = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "": None}
    scorecol = lambda s: RED if s >= 15 else (AMBER if s >= 8 else GREEN)

    def category(text):
        nonlocal r
        put(ws, r, 1, text, bold=True, bg=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
        r += 1

    def risk(ref, rtitle, desc, owner, controls, L, I, trend, actions):
        nonlocal r
        first = r
        for k, (aref, atext, aown, due, rag) in enumerate(actions):
            if k == 0:
                for j, v in enumerate([ref, rtitle, desc, owner, controls, L, I, L * I, trend], start=1):
                    put(ws, r, j, v, bg=scorecol(L * I) if j == 8 else None)
            c = put(ws, r, 10, aref)
            put(ws, r, 11, atext)
            put(ws, r, 12, aown)
            c = put(ws, r, 13, due)
            if isinstance(due, dt.datetime):
                c.number_format = "mmm-yy"
            put(ws, r, 14, rag, bg=ragcol[rag])
            r += 1
        if len(actions) > 1:
            for j in range(1, 10):
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)

    C1 = "1. Infrastructure and assets"
    C2 = "2. Finance and funding"
    C3 = "3. People, health and safety"
    T1 = "Reservoir and embankment failure"
    T2 = "Deterioration of heritage assets"
    T3 = "Insufficient grant-in-aid settlement"
    T4 = "Serious injury on the network"
    A = {
        "1.1": "Complete the statutory 10-year inspections of the large raised reservoirs and implement the "
               "measures in the interests of safety.",
        "1.2": "Install telemetry at the remaining three reservoirs without remote level monitoring.",
        "1.3": "Review and exercise the reservoir flood plans with local resilience partners.",
        "2.1": "Prepare a prioritised 10-year asset investment plan for Scottish Government based on the asset "
               "condition survey.",
        "2.2": "Agree a programme of managed decline / closure options for low-priority structures with "
               "Historic Environment Scotland.",
        "3.1": "Develop a balanced budget for 2026/27 with savings options for the Board.",
        "3.2": "Grow commercial income through the property and water-space strategy (target +8% on 2024/25).",
        "4.1": "Roll out the revised lone working procedure and personal safety devices to all operatives.",
        "4.2": "Complete the towpath edge-protection risk assessment for the urban sections of the Forth & Clyde "
               "and Union canals.",
        "4.3": "Deliver a water safety campaign with the Scottish Fire and Rescue Service and RNLI ahead of "
               "summer 2026.",
    }
    category(C1)
    risk("CR01", T1, "Ageing reservoir and embankment structures and more extreme rainfall lead to an "
                     "uncontrolled release of water, causing loss of life, property damage and reputational harm.",
         "Director of Infrastructure", "Reservoirs Act inspections; supervising engineer visits; flood plans; "
                                       "24/7 standby.", 3, 5, "→",
         [("1.1", A["1.1"], "Head of Asset Management / Supervising Engineer", dt.datetime(2026, 3, 31), "G"),
          ("1.2", A["1.2"], "Head of Asset Management", dt.datetime(2025, 10, 31), "A"),
          ("1.3", A["1.3"], "Resilience Manager", "Q4 2025/26", "G")])
    risk("CR02", T2, "The gap between asset investment need and available funding means scheduled monuments and "
                     "listed structures deteriorate, leading to closures and loss of heritage.",
         "Director of Infrastructure", "Asset condition survey; risk-based capital programme.", 4, 4, "↑",
         [("2.1", A["2.1"], "Director of Infrastructure", dt.datetime(2025, 12, 31), "G"),
          ("2.2", A["2.2"], "Director of Infrastructure / Head of Heritage", dt.datetime(2026, 6, 30), "")])
    category(C2)
    risk("CR03", T3, "Pressure on public finances results in a grant-in-aid settlement below the level needed to "
                     "operate and maintain the network safely.",
         "Chief Financial Officer", "Monthly budget monitoring; engagement with Transport Scotland sponsor team.",
         4, 4, "→",
         [("3.1", A["3.1"], "Chief Financial Officer", dt.datetime(2026, 2, 28), "G"),
          ("3.2", A["3.2"], "Director of Commercial", "Ongoing", "A")])
    category(C3)
    risk("CR04", T4, "Inadequate controls on towpaths, locks and work sites lead to serious injury or death of a "
                     "member of the public or staff.",
         "Chief Executive", "Health and safety management system; RIDDOR reporting; site inspections.", 2, 5, "↓",
         [("4.1", A["4.1"], "Head of Health & Safety", dt.datetime(2025, 7, 31), "B"),
          ("4.2", A["4.2"], "Head of Health & Safety", dt.datetime(2025, 9, 30), "B"),
          ("4.3", A["4.3"], "Head of Communications", dt.datetime(2026, 5, 31), "G")])
    ws.freeze_panes = "C6"

    ky = wb.create_sheet("Scoring & key")
    ky.column_dimensions["A"].width = 18
    ky.column_dimensions["B"].width = 60
    put(ky, 1, 1, "Risk scoring", bold=True, border=False)
    put(ky, 2, 1, "Score = Likelihood (1–5) × Impact (1–5)", border=False)
    for i, (band, meaning, col) in enumerate([("15–25", "High", RED), ("8–14", "Medium", AMBER),
                                              ("1–7", "Low", GREEN)], start=3):
        put(ky, i, 1, band, bg=col)
        put(ky, i, 2, meaning)
    put(ky, 7, 1, "Action RAG", bold=True, border=False)
    for i, (k, meaning, col) in enumerate([("B", "Complete", BLUE), ("G", "On track", GREEN),
                                           ("A", "Behind schedule but recoverable", AMBER),
                                           ("R", "Off track", RED), ("(blank)", "Not yet started", None)], start=8):
        put(ky, i, 1, k, bg=col)
        put(ky, i, 2, meaning)
    put(ky, 14, 1, "Trend: ↑ increasing  → stable  ↓ decreasing", border=False)
    wb.active = 1
    wb.save(out(name))

    exp = {
        "source": "Scottish Canals (public corporation, Scotland), 2025, corporate risk register presented as an "
                  "annex to an Audit and Risk Committee paper. Copies the layout of Scottish public-body "
                  "strategic risk registers (e.g. the Cairngorms National Park Authority register, "
                  "https://cairngorms.co.uk/documents/210611cnpabdpaper2annex3strategic-risk-register/html): "
                  "category rows, risk ref/title/description/owner/controls, L × I score with fill colour, "
                  "trend arrows, and further mitigating actions with owner, due date and action RAG; two-row "
                  "header, risk cells merged down over their actions, cover/version-control and scoring-key sheets.",
        "reads": "Four risks in three categories, each with its further actions on its own rows (risk cells "
                 "merged down): ten actions 1.1–4.3 with owners, due months (date cells shown mmm-yy, plus "
                 "'Q4 2025/26' and 'Ongoing') and an action RAG letter B/G/A or blank. The red/amber fill of the "
                 "risk score is the risk rating, not the action status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("1.1", [C1, T1], A["1.1"], ["Head of Asset Management", "Supervising Engineer"], "2026-03", "green"),
            act("1.2", [C1, T1], A["1.2"], ["Head of Asset Management"], "2025-10", "amber"),
            act("1.3", [C1, T1], A["1.3"], ["Resilience Manager"], "2026-03", "green", end_text="Q4 2025/26"),
            act("2.1", [C1, T2], A["2.1"], ["Director of Infrastructure"], "2025-12", "green"),
            act("2.2", [C1, T2], A["2.2"], ["Director of Infrastructure", "Head of Heritage"], "2026-06", "unrated"),
            act("3.1", [C2, T3], A["3.1"], ["Chief Financial Officer"], "2026-02", "green"),
            act("3.2", [C2, T3], A["3.2"], ["Director of Commercial"], None, "amber", end_text="Ongoing"),
            act("4.1", [C3, T4], A["4.1"], ["Head of Health & Safety"], "2025-07", "blue"),
            act("4.2", [C3, T4], A["4.2"], ["Head of Health & Safety"], "2025-09", "blue"),
            act("4.3", [C3, T4], A["4.3"], ["Head of Communications"], "2026-05", "green"),
        ],
    }
    write_expected(name, exp)
    return name, len(exp["actions"])


# ======================================================================
# 6. Mid and West Wales Fire and Rescue Authority - PASC action log (docx)
# ======================================================================
def mawwfra():
    name = "uq-mid-and-west-wales-fire-rescue-authority-pasc-action-log.docx"
    title = "Performance, Audit and Scrutiny Committee – Action Log"
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ("Awdurdod Tân ac Achub Canolbarth a Gorllewin Cymru\n"
               "Mid and West Wales Fire and Rescue Authority")
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(title, level=1)
    add_table(doc, [
        ["Meeting", "Performance, Audit and Scrutiny Committee"],
        ["Date", "24 November 2025"],
        ["Agenda item", "5"],
        ["Report author", "Democratic Services Officer"],
        ["Purpose", "To update Members on actions arising from previous meetings of the Committee."],
    ], header=False)
    doc.add_paragraph("")
    doc.add_paragraph("Actions shown as Complete will be removed from the log after this meeting.")

    hdr = ["Ref", "Minute", "Action", "Responsible officer", "Due date", "Update", "Status"]
    M1 = "Meeting held on 21 July 2025"
    M2 = "Meeting held on 29 September 2025"
    A = {
        "PASC/25/07": "Provide Members with a breakdown of on-call availability by station for Q1 2025/26.",
        "PASC/25/08": "Include a follow-up of the fleet maintenance audit recommendations in the 2025/26 "
                      "internal audit plan.",
        "PASC/25/09": "Report back on progress against the Audit Wales workforce planning recommendations.",
        "PASC/25/12": "Add the home fire safety visit backlog to the Corporate Risk Register and report the risk "
                      "score to the Committee.",
        "PASC/25/13": "Provide a briefing note on sickness absence in Joint Fire Control, including the reasons "
                      "for the increase in Q1.",
        "PASC/25/14": "Arrange a Member development session on the Community Risk Management Plan 2026–2040 "
                      "consultation.",
        "PASC/25/15": "Amend the complaints and compliments report to show complaints upheld by station area.\n"
                      "Include a three-year trend from the next quarterly report.",
    }
    groups = [
        (M1, [
            ["PASC/25/07", "Item 6", A["PASC/25/07"], "ACFO Service Delivery", "September 2025",
             "Circulated to Members by email on 2 September 2025.", "Complete"],
            ["PASC/25/08", "Item 8", A["PASC/25/08"], "Head of Finance (Treasurer); TIAA", "30/11/2025",
             "Included in the revised plan; fieldwork booked for November.", "On track"],
            ["PASC/25/09", "Item 9", A["PASC/25/09"], "Head of People Services", "24/11/2025\nRevised: March 2026",
             "Deferred to allow the People Strategy refresh to be completed.", "Amber"],
        ]),
        (M2, [
            ["PASC/25/12", "Item 5", A["PASC/25/12"], "DCFO / Corporate Planning Manager", "24/11/2025",
             "Risk added (CRR 17, score 12). See item 7 of this agenda.", "Complete"],
            ["PASC/25/13", "Item 7", A["PASC/25/13"], "Head of People Services", "Next meeting", "",
             "Not started"],
            ["PASC/25/14", "Item 7", A["PASC/25/14"], "ACFO Corporate Services", "January 2026",
             "Date being agreed with the Chair.", "On track"],
            ["PASC/25/15", "Item 10", A["PASC/25/15"], "Corporate Planning Manager", "Feb 2026",
             "Data request made to the Complaints Officer.", "On track"],
        ]),
    ]
    t = doc.add_table(rows=0, cols=len(hdr))
    t.style = "Table Grid"
    cells = t.add_row().cells
    for j, h in enumerate(hdr):
        set_cell(cells[j], h, bold=True, bg="C00000", size=9)
    for grp, rows in groups:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, grp, bold=True, bg=GREY, size=9)
        for row in rows:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                set_cell(cells[j], v, size=9)
    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete – action closed; On track – in progress within the timescale; "
                      "Amber – timescale revised; Not started – no update received.")
    doc.add_paragraph("Document history")
    add_table(doc, [["Version", "Date", "Comment"],
                    ["1", "04/08/2025", "Actions from 21 July 2025"],
                    ["2", "13/10/2025", "Actions from 29 September 2025 added"],
                    ["3", "14/11/2025", "Updated for 24 November 2025 meeting"]])
    doc.save(out(name))

    exp = {
        "source": "Mid and West Wales Fire and Rescue Authority, 2025, Performance, Audit and Scrutiny Committee "
                  "(PASC) action log, a standing agenda item. Copies committee-paper features: bilingual "
                  "authority name in the page header, a report details table, a single log table with merged "
                  "meeting rows (‘Meeting held on …’), ref / minute item / action / responsible officer / due "
                  "date / update / status columns, a due cell carrying a revised date, a status key line and a "
                  "document-history table (PASC minutes, e.g. https://docsbay.net/committee-minutes-pasc-minutes-29042013).",
        "reads": "One action log table grouped under two meeting rows: seven actions PASC/25/07–15 with officers "
                 "(posts, two where joined by ; or /), due dates, updates and a status word. PASC/25/09's due "
                 "cell gives an original date and a revised one, so the revised March 2026 is the end; 'Next "
                 "meeting' has no month. The details table, key line and document history are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("PASC/25/07", [M1], A["PASC/25/07"], ["ACFO Service Delivery"], "2025-09", "blue"),
            act("PASC/25/08", [M1], A["PASC/25/08"], ["Head of Finance (Treasurer)", "TIAA"], "2025-11", "green"),
            act("PASC/25/09", [M1], A["PASC/25/09"], ["Head of People Services"], "2026-03", "amber"),
            act("PASC/25/12", [M2], A["PASC/25/12"], ["DCFO", "Corporate Planning Manager"], "2025-11", "blue"),
            act("PASC/25/13", [M2], A["PASC/25/13"], ["Head of People Services"], None, "unrated",
                end_text="Next meeting"),
            act("PASC/25/14", [M2], A["PASC/25/14"], ["ACFO Corporate Services"], "2026-01", "green"),
            act("PASC/25/15", [M2], A["PASC/25/15"], ["Corporate Planning Manager"], "2026-02", "green"),
        ],
    }
    write_expected(name, exp)
    return name, len(exp["actions"])


# ======================================================================
# 7. Banbridge Academy - ETI inspection action plan (plain text export)
# ======================================================================
def banbridge():
    name = "uq-banbridge-academy-eti-inspection-action-plan.txt"
    title = "BANBRIDGE ACADEMY – ACTION PLAN FOLLOWING ETI INSPECTION (JANUARY 2025)"
    AFI1 = ("Improve the consistency of the quality of learning and teaching in Key Stage 3, so that all pupils "
            "are appropriately challenged and supported to make progress.")
    AFI2 = ("Develop further the use of data by middle leaders to identify and address underachievement, "
            "particularly for pupils entitled to free school meals.")
    A = {
        "1.1": "Agree a whole-school learning and teaching framework, with a focus on questioning and "
               "differentiated tasks, and share it with all staff.",
        "1.2": "Deliver a programme of peer observation in triads across all departments, with each teacher "
               "observed at least twice a year.",
        "1.3": "Heads of Department to carry out work scrutiny each term in Key Stage 3, using the agreed "
               "proforma, and report findings to the Senior Leadership Team.",
        "2.1": "Provide training for middle leaders on the SIMS assessment module and the school’s tracking "
               "spreadsheet.",
        "2.2": "Introduce half-termly tracking meetings between each Head of Department and the link "
               "Vice-Principal to review pupils at risk of underachieving and agree interventions.",
        "2.3": "Introduce a mentoring programme for Year 10 pupils entitled to free school meals who are not on "
               "track, led by trained sixth-form mentors.",
        "2.4": "Report on the attainment of pupils entitled to free school meals to the Board of Governors’ "
               "Curriculum Committee.",
    }
    blocks = {
        "1.1": ("Vice-Principal (Curriculum); Senior Teacher (Teaching and Learning)", "By June 2025",
                "Framework in use in all KS3 classes; lesson observations show improved questioning.",
                "Framework launched at the staff development day on 2 June 2025.", "Blue"),
        "1.2": ("Senior Teacher (Teaching and Learning)", "September 2025 – June 2026",
                "All teachers observed twice; observation records show consistent practice.",
                "Triads set up; first round of observations under way.", "Green"),
        "1.3": ("Heads of Department", "Termly",
                "Scrutiny reports received from all departments each term.",
                "Autumn term scrutiny scheduled for November.", "Green"),
        "2.1": ("Data Manager", "April 2025",
                "All middle leaders able to produce and analyse tracking reports.",
                "Training delivered 8 April 2025.", "Blue"),
        "2.2": ("Vice-Principal (Pastoral); Heads of Department", "Half-termly",
                "Pupils at risk identified early; interventions recorded and reviewed.",
                "First meetings held in October.", "Green"),
        "2.3": ("Mrs K. Morrow and Mr D. Patterson", "31 January 2026",
                "Mentored pupils show improved attendance and predicted grades.",
                "Mentor training delayed; programme to start after Christmas.", "Amber"),
        "2.4": ("Principal", "November 2025",
                "Governors receive an analysis of FSME pupils’ outcomes.", "", "Not started"),
    }
    L = []
    L.append(title)
    L.append("Approved by the Board of Governors: 18 March 2025")
    L.append("Progress reviewed: 16 September 2025")
    L.append("")
    L.append("Introduction")
    L.append("The Education and Training Inspectorate (ETI) inspected the school from 20 to 24 January 2025. The "
             "report identified two areas for improvement. This plan sets out how the school will address them; "
             "progress is reported to the Board of Governors each term.")
    L.append("")
    L.append("RAG status: Blue = complete; Green = on track; Amber = some slippage; Red = significant concern; "
             "Not started = work not yet begun")
    L.append("")
    for n, afi, refs in [(1, AFI1, ["1.1", "1.2", "1.3"]), (2, AFI2, ["2.1", "2.2", "2.3", "2.4"])]:
        L.append(f"AREA FOR IMPROVEMENT {n}")
        L.append(afi)
        L.append("")
        for ref in refs:
            who, when, sc, prog, rag = blocks[ref]
            L.append(f"Action {ref}")
            L.append(A[ref])
            L.append(f"Responsible: {who}")
            L.append(f"Timescale: {when}")
            L.append(f"Success criteria: {sc}")
            L.append(f"Progress (September 2025): {prog}".rstrip())
            L.append(f"RAG: {rag}")
            L.append("")
    L.append("Summary of progress at September 2025")
    L.append("Blue (complete): 2")
    L.append("Green (on track): 3")
    L.append("Amber: 1")
    L.append("Red: 0")
    L.append("Not started: 1")
    L.append("")
    L.append("Signed: ______________________ Principal      ______________________ Chair of the Board of Governors")
    with open(out(name), "w", encoding="utf-8", newline="\r\n") as fh:
        fh.write("\n".join(L) + "\n")

    exp = {
        "source": "Banbridge Academy (post-primary school, Northern Ireland), 2025, action plan the Board of "
                  "Governors sends after an ETI inspection that identified areas for improvement (ETI follow-up "
                  "process, https://www.etini.gov.uk/inspection-outcome-and-what-happens-next). Plain-text export "
                  "of a Word plan: one title line, approval and review lines, an introduction, a RAG key line, "
                  "then each ‘AREA FOR IMPROVEMENT n’ heading with its text and labelled action blocks "
                  "(Responsible / Timescale / Success criteria / Progress / RAG), a summary block and a signature line.",
        "reads": "Two areas for improvement, each heading only naming the part, so the actions are read under "
                 "the area's text. Seven action blocks 1.1–2.4 with responsible posts or named staff, timescales "
                 "(months, a period, Termly, Half-termly) and a RAG word. The summary counts and signature line "
                 "are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("1.1", [AFI1], A["1.1"], ["Vice-Principal (Curriculum)", "Senior Teacher (Teaching and Learning)"],
                "2025-06", "blue"),
            act("1.2", [AFI1], A["1.2"], ["Senior Teacher (Teaching and Learning)"], "2026-06", "green",
                end_text="September 2025 – June 2026"),
            act("1.3", [AFI1], A["1.3"], ["Heads of Department"], None, "green", end_text="Termly"),
            act("2.1", [AFI2], A["2.1"], ["Data Manager"], "2025-04", "blue"),
            act("2.2", [AFI2], A["2.2"], ["Vice-Principal (Pastoral)", "Heads of Department"], None, "green",
                end_text="Half-termly"),
            act("2.3", [AFI2], A["2.3"], ["Mrs K. Morrow", "Mr D. Patterson"], "2026-01", "amber"),
            act("2.4", [AFI2], A["2.4"], ["Principal"], "2025-11", "unrated"),
        ],
    }
    write_expected(name, exp)
    return name, len(exp["actions"])


if __name__ == "__main__":
    for fn in (powys, lonlas, hansel, scottish_enterprise, scottish_canals, mawwfra, banbridge):
        n, k = fn()
        print(f"{n}: {k} actions")
