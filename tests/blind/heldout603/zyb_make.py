"""Build the seven zyb- blind cases (data files and their expected readings).

Run with: /work/main/.venv/bin/python zyb_make.py
Writes only files whose names start with "zyb-" in this folder.
"""
import csv
import io
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "lgreen": "C6EFCE", "grey": "D9D9D9", "navy": "1F3864", "pale": "DDEBF7",
    "lilac": "E4DFEC", "nhs": "005EB8", "paleyellow": "FFF2CC",
}


def p(name):
    assert os.path.basename(name).startswith("zyb-")
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------
# expected readings
# --------------------------------------------------------------------------
def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    # keep month strings ("2025-03") and refs quoted so they stay strings
    import re
    if re.fullmatch(r"\d{4}-\d{2}", data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_rep)


def write_expected(fname, source, reads, outcome, title, actions=None,
                   accept_refusal=False, refuse_at=None):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(p(fname + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.dump(doc, fh, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def put(ws, ref, value, bold=False, fill=None, color=None, size=None, border=True,
        fmt=None, wrap=True):
    c = ws[ref]
    c.value = value
    if bold or color or size:
        c.font = Font(bold=bold, color=color, size=size)
    if fill:
        c.fill = solid(fill)
    if border:
        c.border = BOX
    if wrap:
        c.alignment = WRAP
    if fmt:
        c.number_format = fmt
    return c


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=9, fill=None):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        r = par.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


# ==========================================================================
# 1. Leicestershire Police – NCPI action plan (xlsx)
# ==========================================================================
def police():
    name = "zyb-leicestershire-police-ncpi-child-protection-action-plan.xlsx"
    title = "Leicestershire Police – HMICFRS National Child Protection Inspection (NCPI) Action Plan"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    put(cv, "A1", title, bold=True, size=14, border=False, wrap=False)
    put(cv, "A2", "Force Executive Board – Quarter 4 2024/25 position (data as at 31/03/2025)",
        border=False, wrap=False)
    put(cv, "A4", "Document control", bold=True, border=False)
    for col, h in zip("ABCD", ["Version", "Date", "Author", "Summary of changes"]):
        put(cv, f"{col}5", h, bold=True, fill=FILL["grey"])
    vers = [
        ("1.0", datetime(2024, 10, 21), "Vulnerability Hub – Strategic Lead",
         "Initial plan following publication of the report (2 October 2024)"),
        ("1.2", datetime(2025, 1, 16), "Vulnerability Hub – Strategic Lead",
         "Revised target dates approved by Child Protection Gold Group (14/01/2025)"),
        ("1.3", datetime(2025, 4, 7), "Vulnerability Hub – Strategic Lead", "Q4 progress update"),
    ]
    for i, (v, d, a, s) in enumerate(vers, start=6):
        put(cv, f"A{i}", v)
        put(cv, f"B{i}", d, fmt="dd/mm/yyyy")
        put(cv, f"C{i}", a)
        put(cv, f"D{i}", s)
    put(cv, "A10", "Gold lead: T/ACC Protective Services      Silver lead: Det Supt Public Protection",
        border=False, wrap=False)
    put(cv, "A12", "RAG key", bold=True, border=False)
    key = [("Blue", "blue", "Complete – evidence of impact accepted by Gold"),
           ("Green", "green", "On track to deliver by target date"),
           ("Amber", "amber", "Some risk to delivery – mitigation in place"),
           ("Red", "red", "Off track / target date will be missed")]
    for i, (w, f, m) in enumerate(key, start=13):
        put(cv, f"A{i}", w, fill=FILL[f], bold=True)
        put(cv, f"B{i}", m)
        cv.merge_cells(f"B{i}:D{i}")
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 34
    cv.column_dimensions["D"].width = 60

    # ---- Recommendations sheet
    ws = wb.create_sheet("Recommendations")
    put(ws, "A1", "NCPI Action Plan – Recommendations", bold=True, size=13, border=False, wrap=False)
    put(ws, "A2", "Recommendations are reproduced as written in the HMICFRS report. Revised dates are "
        "shown only where agreed by Gold.", border=False, wrap=False)
    heads = ["Rec", "HMICFRS recommendation", "Ref", "Action", "Action owner",
             "Original target date", "Revised target date", "Previous RAG", "Current RAG",
             "Q4 progress update"]
    for i, h in enumerate(heads):
        put(ws, f"{'ABCDEFGHIJ'[i]}4", h, bold=True, fill=FILL["navy"], color="FFFFFF")
    R1 = ("Within six months, Leicestershire Police should make sure that officers and staff in "
          "the contact management department accurately assess risk for all incidents involving "
          "children, and that these incidents are graded and allocated in line with force policy.")
    R2 = ("Within six months, Leicestershire Police should make sure that when children are taken "
          "into police protection, a designated officer reviews the decision and the child's "
          "views and wishes are recorded.")
    R3 = ("Within twelve months, Leicestershire Police should work with the safeguarding "
          "partnerships to improve the quality and timeliness of its contribution to strategy "
          "discussions and child protection enquiries.")
    rows = [
        # rec, rectext, ref, action, owner, orig, revised, prev, cur, update
        ("R1", R1, "1.1",
         "Refresh THRIVE+ training for all call handlers and dispatchers, with a child-specific "
         "module covering the voice of the child and cumulative risk.",
         "Head of Contact Management", datetime(2025, 1, 31), datetime(2025, 3, 31), "Amber", "Green",
         "287 of 312 staff trained (92%). Remaining staff are on long-term absence or are new "
         "starters booked onto the April course."),
        ("R1", R1, "1.2",
         "Introduce a monthly dip-sample of 50 child-related incidents by the Contact Management "
         "Quality Assurance team, with findings reported to the Vulnerability Board.",
         "CMD Quality Assurance Manager", datetime(2025, 2, 28), None, "Green", "Blue",
         "Dip-sampling started December 2024; three monthly reports presented to Vulnerability "
         "Board. Closed by Gold 11/03/2025."),
        ("R2", R2, "2.1",
         "Amend the police protection (PPO) template on Niche so that the designated officer "
         "review and the child's views are mandatory fields.",
         "DCI S. Harris; Niche Systems Manager", datetime(2024, 12, 31), datetime(2025, 4, 30),
         "Red", "Amber",
         "Change request raised; national Niche release slipped. Interim manual checklist in "
         "use from 13/01/2025 and checked at daily management meeting."),
        ("R2", R2, "2.2",
         "Deliver a designated officer briefing to all duty inspectors and publish a one-page "
         "guide on the force intranet.",
         "Head of Learning & Development", datetime(2025, 1, 31), None, "Green", "Blue",
         "Briefings delivered to 46 duty inspectors; guide published 20/01/2025."),
        ("R3", R3, "3.1",
         "Agree a joint performance framework for strategy discussions with Leicester City, "
         "Leicestershire and Rutland children's social care, including timeliness of police "
         "attendance.",
         "Supt Safeguarding and Vulnerability", datetime(2025, 9, 30), None, "Green", "Green",
         "Draft framework shared with LLR partnership business unit; first data expected June 2025."),
    ]
    ragfill = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 5
    for rec, rtext, ref, act, own, orig, rev, prev, cur, upd in rows:
        put(ws, f"A{r}", rec, bold=True)
        put(ws, f"B{r}", rtext)
        put(ws, f"C{r}", ref)
        put(ws, f"D{r}", act)
        put(ws, f"E{r}", own)
        put(ws, f"F{r}", orig, fmt="dd/mm/yyyy")
        put(ws, f"G{r}", rev, fmt="dd/mm/yyyy")
        put(ws, f"H{r}", prev, fill=FILL[ragfill[prev]])
        put(ws, f"I{r}", cur, fill=FILL[ragfill[cur]], bold=True)
        put(ws, f"J{r}", upd)
        r += 1
    for a, b in [(5, 6), (7, 8)]:
        ws.merge_cells(f"A{a}:A{b}")
        ws.merge_cells(f"B{a}:B{b}")
    put(ws, "A11", "Summary – current RAG: Blue 2 | Green 2 | Amber 1 | Red 0", bold=True,
        fill=FILL["pale"])
    ws.merge_cells("A11:J11")
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("H5:I9")
    for col, w in zip("ABCDEFGHIJ", [6, 42, 6, 46, 24, 13, 13, 10, 10, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    # ---- AFIs sheet (RAG by colour only)
    wa = wb.create_sheet("AFIs")
    put(wa, "A1", "NCPI Action Plan – Areas for improvement", bold=True, size=13, border=False,
        wrap=False)
    heads = ["AFI", "Area for improvement", "Ref", "Action", "Lead", "Target date", "RAG", "Update"]
    for i, h in enumerate(heads):
        put(wa, f"{'ABCDEFGH'[i]}3", h, bold=True, fill=FILL["navy"], color="FFFFFF")
    AF1 = ("The force should improve how it records the voice of the child in investigation plans "
           "and supervisory reviews.")
    AF2 = ("The force should make sure that children in police custody are seen promptly by an "
           "appropriate adult and that local authority accommodation is requested for every child "
           "charged and refused bail.")
    arows = [
        ("AFI 1", AF1, "A1.1",
         "Add a voice of the child prompt to the investigation plan and supervisory review "
         "templates and audit compliance quarterly.",
         "DCI Public Protection Unit", "Q1 2025/26", None,
         "Not started – dependent on the Niche template release (see 2.1)."),
        ("AFI 2", AF2, "A2.1",
         "Review the appropriate adult service level agreement with the three local authorities, "
         "including response times out of hours.",
         "Chief Inspector Criminal Justice (Custody)", datetime(2025, 6, 30), "green",
         "Meetings held with all three local authorities; revised SLA in draft."),
        ("AFI 2", AF2, "A2.2",
         "Introduce a custody sergeant checklist and daily inspector review for every child refused "
         "bail, recording each request for local authority accommodation (PACE s.38(6)).",
         "Custody Inspectors / Criminal Justice Performance Team", "Monthly review", "amber",
         "Checklist live. Compliance 71% in February – reminder issued to all custody sergeants."),
    ]
    r = 4
    for afi, atext, ref, act, lead, tgt, fill, upd in arows:
        put(wa, f"A{r}", afi, bold=True)
        put(wa, f"B{r}", atext)
        put(wa, f"C{r}", ref)
        put(wa, f"D{r}", act)
        put(wa, f"E{r}", lead)
        put(wa, f"F{r}", tgt, fmt="dd/mm/yyyy" if isinstance(tgt, datetime) else None)
        put(wa, f"G{r}", None, fill=FILL[fill] if fill else None)
        put(wa, f"H{r}", upd)
        r += 1
    wa.merge_cells("A5:A6")
    wa.merge_cells("B5:B6")
    put(wa, "A8", "Note: AFIs are monitored by the Vulnerability Board. RAG is shown by colour only "
        "(see key on Cover sheet).", border=False, wrap=False)
    for col, w in zip("ABCDEFGH", [7, 42, 7, 48, 28, 14, 8, 44]):
        wa.column_dimensions[col].width = w

    # ---- Lists sheet (drop-down sources)
    wl = wb.create_sheet("Lists")
    for i, v in enumerate(["RAG", "Blue", "Green", "Amber", "Red"], start=1):
        wl[f"A{i}"] = v
    wb.save(p(name))

    acts = [
        A("1.1", [R1], rows[0][3], ["Head of Contact Management"], "2025-03", "green"),
        A("1.2", [R1], rows[1][3], ["CMD Quality Assurance Manager"], "2025-02", "blue"),
        A("2.1", [R2], rows[2][3], ["DCI S. Harris", "Niche Systems Manager"], "2025-04", "amber"),
        A("2.2", [R2], rows[3][3], ["Head of Learning & Development"], "2025-01", "blue"),
        A("3.1", [R3], rows[4][3], ["Supt Safeguarding and Vulnerability"], "2025-09", "green"),
        A("A1.1", [AF1], arows[0][3], ["DCI Public Protection Unit"], "2025-06", "unrated"),
        A("A2.1", [AF2], arows[1][3], ["Chief Inspector Criminal Justice (Custody)"], "2025-06", "green"),
        A("A2.2", [AF2], arows[2][3], ["Custody Inspectors", "Criminal Justice Performance Team"],
          None, "amber", end_text="Monthly review"),
    ]
    write_expected(
        name,
        source=("Imitates a police force's published action plan responding to an HMICFRS National "
                "Child Protection Inspection (NCPI) report (Leicestershire Police, 2024-25), of the "
                "kind forces and PCCs publish on their websites and report to force executive "
                "boards. Copied features: cover sheet with document-control table, gold/silver "
                "leads and a RAG key; a Recommendations sheet with the HMICFRS recommendation text "
                "in vertically merged cells beside its actions, original and revised target dates, "
                "previous and current RAG (word plus fill) and a one-line summary row; a separate "
                "AFIs sheet whose RAG is shown by fill colour only; a hidden-style Lists sheet "
                "feeding the RAG drop-downs."),
        reads=("A three-sheet workbook: the Recommendations sheet holds five actions under three "
               "HMICFRS recommendations (merged cells), each with original and revised dates and "
               "previous/current RAG; the AFIs sheet holds three actions under two areas for "
               "improvement with RAG by colour only (one uncoloured, not started). The cover, "
               "summary row, note and Lists sheet are not actions."),
        outcome="read", title=title, actions=acts)


# ==========================================================================
# 2. Suffolk Fire and Rescue Service – Grenfell Phase 2 action plan (docx)
# ==========================================================================
def suffolk():
    name = "zyb-suffolk-fire-rescue-service-grenfell-tower-inquiry-phase-2-action-plan.docx"
    title = "Suffolk Fire and Rescue Service: Grenfell Tower Inquiry Phase 2 – Recommendations Action Plan"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Version 2.1 – progress to 31 May 2025")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Assistant Chief Fire Officer"), ("Version", "2.1"),
                 ("Date", "3 June 2025"),
                 ("Approved by", "Fire and Rescue Service Leadership Team"),
                 ("Review", "Quarterly – next review September 2025"),
                 ("Classification", "OFFICIAL")]:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True, fill="D9D9D9")
        cell_text(row[1], v)

    d.add_heading("Introduction", level=1)
    d.add_paragraph(
        "The Grenfell Tower Inquiry Phase 2 report was published on 4 September 2024. Most of its "
        "58 recommendations are addressed to government, the construction industry and the London "
        "Fire Brigade, but the Service has reviewed every recommendation and adopted those that "
        "apply to a county fire and rescue service. This plan sets out the actions we are taking, "
        "grouped by theme. Progress is reported quarterly to the Leadership Team and to Suffolk "
        "County Council's Fire and Public Safety Portfolio Holder.")

    d.add_heading("RAG status key", level=1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Status", bold=True, fill="1F3864")
    cell_text(t.rows[0].cells[1], "Meaning", bold=True, fill="1F3864")
    for s, f, m in [("Complete", "0070C0", "Action delivered and assured"),
                    ("Green", "00B050", "In progress and on track"),
                    ("Amber", "FFC000", "In progress – risk to target date"),
                    ("Red", "FF0000", "Not on track / target date missed"),
                    ("Not started", "FFFFFF", "Action not yet due to start")]:
        row = t.add_row().cells
        cell_text(row[0], s, bold=True, fill=f)
        cell_text(row[1], m)

    statfill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
                "Not started": "FFFFFF"}
    themes = [
        ("Theme 1: Emergency call handling and Fire Control",
         "Fire and rescue services should review their arrangements for handling large numbers of "
         "simultaneous fire survival guidance calls, including how information from callers is "
         "passed to the incident commander.",
         [("GT2-01",
           "Review Fire Survival Guidance (FSG) procedures with the joint Cambridgeshire and Suffolk "
           "Fire Control and test the revised procedure through two multi-agency exercises.",
           "Group Manager – Fire Control / Cambridgeshire FRS Control Manager", "December 2025",
           "Green",
           "Revised FSG procedure drafted. First exercise (Exercise Orwell) held 14 May 2025; "
           "second planned for November."),
          ("GT2-02",
           "Introduce a digital FSG information-sharing tool so that control operators can pass "
           "caller information directly to the incident ground.",
           "Head of ICT", "31/03/2026", "Amber",
           "Dependent on the Fire Control mobilising system upgrade; supplier has moved go-live to "
           "Q4 2025/26.")]),
        ("Theme 2: Protection and knowledge of the built environment",
         "Fire and rescue services should make sure that fire safety officers and operational crews "
         "understand the risks posed by external wall systems and the materials used in high-rise "
         "residential buildings.",
         [("GT2-03",
           "Deliver the Level 4 Diploma in Fire Safety to all Protection inspecting officers, and "
           "an external wall systems CPD module to all watch and crew managers.",
           "Area Manager Protection", "Sept 2025 – March 2026", "Green",
           "9 of 14 inspecting officers hold the Diploma; CPD module written and scheduled."),
          ("GT2-04",
           "Update the Risk Based Inspection Programme so that every high-rise residential "
           "building in Suffolk is audited at least once a year.",
           "Protection Manager (Risk Based Inspection)", "30/04/2025", "Complete",
           "Programme updated and approved; all 23 high-rise residential buildings audited."),
          ("GT2-05",
           "Share building information provided under the Fire Safety (England) Regulations 2022 "
           "with operational crews through the mobile data terminals.",
           "Head of ICT; Area Manager Response", "Q4 2025/26", "Green",
           "Secure information box data for 15 buildings loaded; remainder scheduled.")]),
        ("Theme 3: Organisational learning and assurance",
         "Chief fire officers should ensure that learning from operational incidents, exercises and "
         "inquiries is captured, acted on and assured through an effective organisational learning "
         "system.",
         [("GT2-06",
           "Embed the Operational Learning Policy and publish a quarterly learning bulletin to all "
           "staff.",
           "Head of Operational Assurance", "Quarterly", "Green",
           "Bulletins issued January and April 2025."),
          ("GT2-07",
           "Commission an independent peer review of progress against this action plan and report "
           "the findings to the Leadership Team.",
           "Chief Fire Officer", "July 2026", "Not started",
           "Scope to be agreed with NFCC peer review team.")]),
    ]
    for head, rec, acts in themes:
        d.add_heading(head, level=1)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Target date", "Status",
                                          "Progress update"]):
            cell_text(c, h, bold=True, fill="D9D9D9")
        rr = t.add_row().cells
        m = rr[0].merge(rr[5])
        cell_text(m, rec, italic=True, fill="FFF2CC")
        for ref, act, own, tgt, stat, upd in acts:
            rc = t.add_row().cells
            cell_text(rc[0], ref)
            cell_text(rc[1], act)
            cell_text(rc[2], own)
            cell_text(rc[3], tgt)
            cell_text(rc[4], stat, bold=True, fill=statfill[stat])
            cell_text(rc[5], upd)
    d.add_paragraph(
        "Note: target dates in Theme 1 are subject to the joint Fire Control mobilising system "
        "upgrade programme with Cambridgeshire Fire and Rescue Service.")
    d.add_heading("Sign-off", level=1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        cell_text(c, h, bold=True, fill="D9D9D9")
    rc = t.add_row().cells
    cell_text(rc[0], "Chief Fire Officer")
    cell_text(rc[1], "Signed on file")
    cell_text(rc[2], "3 June 2025")
    d.save(p(name))

    lead_map = {
        "GT2-01": ["Group Manager – Fire Control", "Cambridgeshire FRS Control Manager"],
        "GT2-05": ["Head of ICT", "Area Manager Response"],
    }
    end_map = {"December 2025": ("2025-12", None), "31/03/2026": ("2026-03", None),
               "Sept 2025 – March 2026": ("2026-03", "Sept 2025 – March 2026"),
               "30/04/2025": ("2025-04", None), "Q4 2025/26": ("2026-03", None),
               "Quarterly": (None, "Quarterly"), "July 2026": ("2026-07", None)}
    st_map = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
              "Not started": "unrated"}
    exp = []
    for head, rec, acts in themes:
        for ref, act, own, tgt, stat, upd in acts:
            e, et = end_map[tgt]
            exp.append(A(ref, [head, rec], act, lead_map.get(ref, [own]), e, st_map[stat],
                         end_text=et))
    write_expected(
        name,
        source=("Imitates an English fire and rescue service's published action plan responding to "
                "the Grenfell Tower Inquiry Phase 2 report (Suffolk Fire and Rescue Service, "
                "2024-25), like the Phase 2 trackers other services publish with their "
                "leadership-team papers. Copied features: Title line and version line, "
                "document-control table, RAG status key table with shading, one Heading plus one "
                "table per theme, the adopted recommendation in a merged shaded row above its "
                "actions, status words with cell shading, a notes line and a sign-off table."),
        reads=("A Word plan with three themed sections; each section's table opens with the "
               "recommendation (merged row) and then two or three actions with owner, target date, "
               "status and progress. Seven actions in all; the document-control, key and sign-off "
               "tables are not actions."),
        outcome="read", title=title, actions=exp)


# ==========================================================================
# 3. NHS Hertfordshire and West Essex ICB – PCARP highlight report (xlsx)
# ==========================================================================
def hwe():
    name = "zyb-nhs-hertfordshire-and-west-essex-icb-pcarp-highlight-report.xlsx"
    title = "Primary Care Access Recovery Plan (PCARP) – Programme Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    put(ws, "A1", title, bold=True, size=14, color=FILL["nhs"], border=False, wrap=False)
    put(ws, "A2", "NHS Hertfordshire and West Essex Integrated Care Board | Primary Care Board",
        border=False, wrap=False)
    info = [("Reporting period:", "February 2025"),
            ("SRO:", "Director of Primary Care Transformation"),
            ("Programme lead:", "Head of Primary Care Access"),
            ("Overall programme RAG:", "A")]
    for i, (k, v) in enumerate(info, start=4):
        put(ws, f"A{i}", k, bold=True, fill=FILL["pale"])
        put(ws, f"B{i}", v, fill=FILL["amber"] if v == "A" else None)
    put(ws, "C7", "Previous month: A", border=False)

    put(ws, "A9", "Key achievements this period", bold=True, border=False)
    ach = ["• All 118 practices now live on cloud-based telephony – milestone 2.1 closed.",
           "• Self-referral pathways published on every practice website (milestone 1.2).",
           "• Pharmacy First consultations up 38% on December."]
    for i, t in enumerate(ach, start=10):
        put(ws, f"A{i}", t, border=False, wrap=False)
        ws.merge_cells(f"A{i}:H{i}")
    put(ws, "A14", "Key risks and issues for escalation", bold=True, border=False)
    rsk = ["• ARRS recruitment paused in 11 PCNs pending clarity on the 2025/26 contract – forecast "
           "underspend £1.2m (see 3.1).",
           "• Six practices awaiting a clinical system supplier fix before NHS App prospective record "
           "access can go live."]
    for i, t in enumerate(rsk, start=15):
        put(ws, f"A{i}", t, border=False, wrap=False)
        ws.merge_cells(f"A{i}:H{i}")

    put(ws, "A18", "Milestone tracker", bold=True, border=False)
    heads = ["Workstream", "Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date",
             "RAG", "Commentary"]
    for i, h in enumerate(heads):
        put(ws, f"{'ABCDEFGH'[i]}19", h, bold=True, fill=FILL["nhs"], color="FFFFFF")
    W1, W2, W3, W4 = ("1. Empower patients", "2. Modern General Practice Access",
                      "3. Build capacity", "4. Cut bureaucracy")
    rows = [
        (W1, "1.1", "All practices to offer patients online access to prospective records and "
         "repeat prescription ordering through the NHS App",
         "Head of Primary Care Digital", datetime(2024, 10, 31), datetime(2025, 3, 31), "A",
         "112 of 118 practices live (94.9%). Remaining 6 awaiting supplier fix."),
        (W1, "1.2", "Expand self-referral pathways (MSK physiotherapy, podiatry, audiology, weight "
         "management) and publish them on all practice websites",
         "Community Services Commissioning Manager", "Dec-24", "Dec-24", "B",
         "Complete – website audit confirmed 118/118."),
        (W1, "1.3", "Launch Pharmacy First communications campaign across Hertfordshire and west Essex",
         "Communications & Engagement Lead / Community Pharmacy Clinical Lead", "Jan-25", "Feb-25",
         "G", "Radio and bus-shelter advertising live from 3 February."),
        (W2, "2.1", "All practices to move to cloud-based telephony with call-back and queuing "
         "functionality", "Head of Primary Care Digital", datetime(2024, 7, 31),
         datetime(2024, 11, 30), "B", "Closed this period."),
        (W2, "2.2", "Support 40 practices through the National General Practice Improvement "
         "Programme (GPIP) intermediate support offer", "Primary Care Transformation Manager",
         "Mar-25", "Mar-25", "G", "37 practices enrolled; 3 further expressions of interest."),
        (W2, "2.3", "Care navigation training for reception teams – at least 2 members of staff "
         "per practice trained", "Training Hub Director", "Sep-24", "Apr-25", "A",
         "81% of practices meet the standard; catch-up sessions booked for March and April."),
        (W3, "3.1", "Maximise ARRS recruitment to the full 2024/25 allocation across all 33 PCNs",
         "Workforce Lead (Primary Care)", datetime(2025, 3, 31), datetime(2025, 3, 31), "R",
         "Recruitment paused in 11 PCNs. Escalated to Primary Care Board."),
        (W3, "3.2", "Recruit 20 newly qualified GPs to the GP fellowship and retention scheme",
         "Training Hub Director", "Mar-25", "Mar-25", "G", "17 fellows in post; 3 offers accepted."),
        (W4, "4.1", "Implement the primary–secondary care interface actions (onward referrals, fit "
         "notes, call and recall) with the three acute trusts",
         "Associate Director of Primary Care Contracting", "Dec-24", "Mar-25", "A",
         "Agreed at East and North Herts and West Herts; PAHT sign-off outstanding."),
        (W4, "4.2", "Monitor interface issues reported through the primary care interface portal and "
         "report themes to the Primary Care Board", "Primary Care Quality Lead", "Monthly",
         "Monthly", "G", "64 issues logged in February; top theme: discharge medication."),
    ]
    ragfill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 20
    for ws_, ref, act, lead, base, fc, rag, com in rows:
        put(ws, f"A{r}", ws_, bold=True, fill=FILL["pale"])
        put(ws, f"B{r}", ref)
        put(ws, f"C{r}", act)
        put(ws, f"D{r}", lead)
        put(ws, f"E{r}", base, fmt="dd/mm/yyyy" if isinstance(base, datetime) else None)
        put(ws, f"F{r}", fc, fmt="dd/mm/yyyy" if isinstance(fc, datetime) else None)
        put(ws, f"G{r}", rag, bold=True, fill=FILL[ragfill[rag]])
        ws[f"G{r}"].alignment = Alignment(horizontal="center", vertical="top")
        put(ws, f"H{r}", com)
        r += 1
    for a, b in [(20, 22), (23, 25), (26, 27), (28, 29)]:
        ws.merge_cells(f"A{a}:A{b}")
    put(ws, "A31", "RAG key: B = Complete   G = On track   A = At risk, recovery plan in place   "
        "R = Off track, escalation required", border=False, wrap=False)
    for col, w in zip("ABCDEFGH", [24, 6, 52, 30, 13, 13, 6, 48]):
        ws.column_dimensions[col].width = w

    wm = wb.create_sheet("Metrics")
    mh = ["Measure", "Baseline (Mar-23)", "Plan target (Mar-25)", "Latest (Jan-25)", "Trend"]
    for i, h in enumerate(mh):
        put(wm, f"{'ABCDE'[i]}1", h, bold=True, fill=FILL["nhs"], color="FFFFFF")
    mrows = [("Appointments in general practice per month", 612400, 650000, 648900, "↑"),
             ("% appointments within 2 weeks of booking", 0.84, 0.85, 0.86, "↑"),
             ("Patients registered for NHS App (%)", 0.52, 0.60, 0.63, "↑"),
             ("Pharmacy First consultations per month", 0, 6500, 7120, "↑")]
    for i, row in enumerate(mrows, start=2):
        for j, v in enumerate(row):
            c = put(wm, f"{'ABCDE'[j]}{i}", v)
            if isinstance(v, float):
                c.number_format = "0%"
    wm.column_dimensions["A"].width = 44
    for col in "BCDE":
        wm.column_dimensions[col].width = 18
    wb.save(p(name))

    lead = {"1.3": ["Communications & Engagement Lead", "Community Pharmacy Clinical Lead"]}
    endm = {"1.1": "2025-03", "1.2": "2024-12", "1.3": "2025-02", "2.1": "2024-11",
            "2.2": "2025-03", "2.3": "2025-04", "3.1": "2025-03", "3.2": "2025-03",
            "4.1": "2025-03", "4.2": None}
    stm = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    exp = []
    for ws_, ref, act, ld, base, fc, rag, com in rows:
        exp.append(A(ref, [ws_], act, lead.get(ref, [ld]), endm[ref], stm[rag],
                     end_text="Monthly" if ref == "4.2" else None))
    write_expected(
        name,
        source=("Imitates an integrated care board's monthly programme highlight report on its "
                "system-level primary care access improvement plan (NHS Hertfordshire and West "
                "Essex ICB, 2024-25), following the four pillars of NHS England's Delivery plan for "
                "recovering access to primary care (May 2023). Copied features: NHS-blue title "
                "block, reporting period/SRO/overall RAG block, bulleted achievements and "
                "risks/issues lines, a milestone tracker with workstreams in vertically merged "
                "cells, baseline and forecast dates (forecast is the current end), single-letter "
                "B/G/A/R with fill, a RAG key line and a separate Metrics sheet."),
        reads=("A one-page highlight report: header block and bullet lines, then a milestone "
               "tracker of ten actions under four numbered workstreams, each with lead, baseline "
               "and forecast dates and a letter RAG. The bullets, key line and Metrics sheet are "
               "not actions."),
        outcome="read", title=title, actions=exp)


# ==========================================================================
# 4. Thornfield Manor Care Home – CQC action plan (txt)
# ==========================================================================
def thornfield():
    name = "zyb-thornfield-manor-care-home-cqc-inspection-action-plan.txt"
    title = "Thornfield Manor Care Home – CQC Inspection Action Plan"
    sections = [
        ("1. Safe", [
            ("Regulation 12: Safe care and treatment",
             "Risks to people's health were not always assessed or kept under review. Medicines "
             "were not always managed safely, including 'as required' (PRN) medicines.",
             [("1.1", "Review every resident's falls, choking and skin integrity risk assessments "
               "and update care plans wherever risks have changed.",
               "Registered Manager / Clinical Lead", "31 January 2025", "Complete",
               "All 41 care plans reviewed; audit by Operations Director on 4 February found no "
               "gaps."),
              ("1.2", "Introduce a weekly medicines audit, including PRN protocols and "
               "time-critical medicines, completed by the nurse on duty and checked by the Deputy "
               "Manager.", "Deputy Manager", "28 February 2025", "Green",
               "Audits completed weekly since 6 January; PRN protocols now in place for all "
               "residents prescribed PRN.")]),
            ("Regulation 18: Staffing",
             "There were not always enough suitably deployed staff on the nursing unit at night.",
             [("1.3", "Carry out a dependency review using the DICE tool and increase night "
               "staffing on the nursing unit from 3 to 4 care staff.",
               "Registered Manager and Operations Director", "End of March 2025", "Amber",
               "Dependency review done. Two night carers recruited; awaiting DBS checks.")]),
        ]),
        ("2. Effective", [
            ("Regulation 11: Need for consent",
             "Mental capacity assessments and best interests decisions were not always recorded "
             "where people had restrictions in place.",
             [("2.1", "Complete mental capacity assessments and best interests decisions for all "
               "residents with bedrails or covert medication, and record them in the electronic "
               "care plan (Nourish).", "Clinical Lead", "31/03/2025", "Amber",
               "23 of 30 completed. GP input awaited for covert medication reviews."),
              ("2.2", "Deliver MCA and DoLS refresher training to all nurses and senior carers.",
               "Training Coordinator", "Feb-25", "Green",
               "Two sessions held; final session 24 February.")]),
        ]),
        ("3. Well-led", [
            ("Regulation 17: Good governance",
             "Quality assurance systems had not identified the shortfalls found at this inspection.",
             [("3.1", "Implement a monthly governance audit schedule (care plans, medicines, "
               "infection control, call bells) with results reviewed at the clinical governance "
               "meeting.", "Registered Manager", "Monthly", "Green",
               "Schedule in place from January; December and January results reviewed."),
              ("3.2", "Hold quarterly residents' and relatives' meetings and display a 'You said, "
               "we did' board in reception.", "Activities Coordinator / Home Administrator",
               "June 2025", "Not started", "First meeting booked for 10 April 2025."),
              ("3.3", "The Operations Director will complete a quality assurance visit every month "
               "and send a written report to the Registered Manager.", "Operations Director",
               "Ongoing", "Green", "Visits completed 15 January and 12 February.")]),
        ]),
    ]
    out = io.StringIO()
    w = out.write
    w("Thornfield Manor Care Home – CQC Inspection Action Plan\n")
    w("\n")
    w("Provider: Thornfield Care Ltd\n")
    w("Registered Manager: Mrs Elaine Corbett\n")
    w("Inspection: 8 and 9 October 2024      Report published: 12 December 2024\n")
    w("Overall rating: Requires improvement (Safe: Requires improvement; Effective: Requires "
      "improvement; Caring: Good; Responsive: Good; Well-led: Requires improvement)\n")
    w("Plan last updated: 17 February 2025\n")
    w("\n")
    w("Status key: Complete = finished and checked by the Operations Director; Green = on track; "
      "Amber = some delay; Red = overdue; Not started = not yet due to start.\n")
    w("\n")
    for sec, regs in sections:
        w(sec + "\n")
        w("=" * len(sec) + "\n")
        w("\n")
        for reg, found, acts in regs:
            w(reg + "\n")
            w("What CQC found: " + found + "\n")
            w("\n")
            for ref, act, who, when, stat, prog in acts:
                w(f"Action {ref}\n")
                w(f"What we will do: {act}\n")
                w(f"Who: {who}\n")
                w(f"By when: {when}\n")
                w(f"Status: {stat}\n")
                w(f"Progress: {prog}\n")
                w("\n")
    w("Signed: E. Corbett, Registered Manager        Date: 17/02/2025\n")
    w("Reviewed by: Operations Director, Thornfield Care Ltd\n")
    with open(p(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(out.getvalue())

    leads = {"1.1": ["Registered Manager", "Clinical Lead"],
             "1.3": ["Registered Manager", "Operations Director"],
             "3.2": ["Activities Coordinator", "Home Administrator"]}
    ends = {"31 January 2025": ("2025-01", None), "28 February 2025": ("2025-02", None),
            "End of March 2025": ("2025-03", None), "31/03/2025": ("2025-03", None),
            "Feb-25": ("2025-02", None), "Monthly": (None, "Monthly"),
            "June 2025": ("2025-06", None), "Ongoing": (None, "Ongoing")}
    stm = {"Complete": "blue", "Green": "green", "Amber": "amber", "Not started": "unrated"}
    exp = []
    for sec, regs in sections:
        for reg, found, acts in regs:
            for ref, act, who, when, stat, prog in acts:
                e, et = ends[when]
                exp.append(A(ref, [sec, reg], act, leads.get(ref, [who]), e, stm[stat],
                             end_text=et))
    write_expected(
        name,
        source=("Imitates the action plan a CQC-registered care home sends after an inspection "
                "rated Requires improvement with breaches of regulations 11, 12, 17 and 18 "
                "(Thornfield Manor Care Home, 2024-25), saved as plain text from Word. Copied "
                "features: home/provider/registered-manager title block, inspection and rating "
                "lines, a status key sentence, key-question headings underlined with '=', "
                "regulation headings each followed by a 'What CQC found' line, one labelled block "
                "per action (What we will do / Who / By when / Status / Progress) and a sign-off "
                "footer."),
        reads=("A plain-text plan under three key questions (Safe, Effective, Well-led); under "
               "each, regulation breaches with the finding, then eight numbered action blocks "
               "giving the action, who, by when and status. The title block, key and sign-off "
               "lines are not actions."),
        outcome="read", title=title, actions=exp)


# ==========================================================================
# 5. Myerscough College – QIP 2025-26 (csv) – REFUSE (Febuary)
# ==========================================================================
def myerscough():
    name = "zyb-myerscough-college-quality-improvement-plan-2025-26-typo-month-refuse.csv"
    ncol = 9
    lines = [
        ["Myerscough College Quality Improvement Plan 2025-26"],
        ["Version 3 – updated for Quality & Standards Committee 26 November 2025"],
        [],
        ["Ref", "EIF judgement area", "Area for improvement (SAR 2024-25)", "Action", "Lead",
         "Start", "Target date", "RAG", "Progress / impact"],
    ]
    Q = "Too few learners on level 3 land-based study programmes achieve high grades."
    AP = "Apprentices' off-the-job training records are not consistently completed or reviewed."
    AT = "Attendance at GCSE English and maths resit classes is below the college target of 88%."
    PR = "Learners' understanding of the risks of radicalisation and extremism is too limited."
    GV = ("Governors do not receive sufficiently detailed information about apprentices' progress "
          "to hold leaders to account.")
    data = [
        ["QE1", "Quality of education", Q,
         "Deliver a stretch and challenge CPD programme for level 3 agriculture, equine and "
         "animal studies teachers, followed by developmental observations.",
         "Head of Teaching, Learning & Assessment", "Sep-25", "Dec-25", "Green",
         "CPD delivered to 41 teachers; 18 developmental observations completed."],
        ["QE2", "Quality of education", Q,
         "Set aspirational target grades on ProMonitor for every level 3 learner and review them "
         "at each progress review.",
         "Curriculum Managers (Land-based)", "Oct-25", "Mar-26", "Amber",
         "Targets set for 92% of learners; equine still to complete."],
        ["AP1", "Apprenticeships", AP,
         "Move off-the-job training recording to OneFile, with monthly reviews by skills coaches.",
         "Apprenticeship Operations Manager", "Aug-25", "31/01/2026", "Green",
         "All new starts on OneFile; continuing apprentices migrating by January."],
        ["BA1", "Behaviour and attitudes", AT,
         "Introduce same-day follow-up calls for every absence from English and maths classes, "
         "with weekly attendance reports to curriculum managers.",
         "Head of English & Maths / Student Services Manager", "Sep-25", "Febuary 2026", "Amber",
         "Attendance 84% at half term (up from 79%)."],
        ["BA2", "Behaviour and attitudes", AT,
         "Timetable English and maths sessions next to vocational sessions at the Preston and "
         "Croxteth Park campuses.",
         "Deputy Principal Curriculum", "Nov-25", "Apr-26", "Green",
         "Timetable changes agreed for January 2026."],
        ["PD1", "Personal development", PR,
         "Deliver Prevent and British values tutorials to all 16-18 learners and check "
         "understanding through learner voice surveys.",
         "Designated Safeguarding Lead", "Oct-25", "Termly", "Green",
         "Autumn tutorial delivered; survey results due December."],
        ["LM1", "Leadership and management", GV,
         "Add an apprenticeship dashboard (starts, progress, breaks in learning, achievement) to "
         "every Quality & Standards Committee agenda.",
         "Director of Apprenticeships; Clerk to the Corporation", "Sep-25", "Nov-25", "Complete",
         "Dashboard presented 26 November 2025."],
        ["LM2", "Leadership and management", GV,
         "Arrange a link-governor visit to the apprenticeship team each term.",
         "Clerk to the Corporation", "Jan-26", "Jul-26", "Not started", ""],
    ]
    for row in data:
        lines.append(row)
    lines.append([])
    lines.append(["RAG key: Complete; Green = on track; Amber = some risk; Red = off track; "
                  "Not started"])
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    for row in lines:
        wr.writerow(row + [""] * (ncol - len(row)))
    text = buf.getvalue()
    with open(p(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    # find the line number of the typo
    ln = next(i for i, l in enumerate(text.split("\r\n"), start=1) if "Febuary" in l)
    write_expected(
        name,
        source=("Imitates an FE college's in-year quality improvement plan exported from Excel to "
                "CSV (Myerscough College QIP 2025-26, built from its self-assessment report and "
                "organised by Ofsted EIF judgement area). Copied features: title and version lines, "
                "a blank line, a header row, one row per action with the area for improvement "
                "repeated on each of its actions, Start and Target date columns, RAG words, a "
                "progress/impact column, and a RAG key line at the foot, every line padded with "
                "commas by the export."),
        reads=(f"A CSV QIP of eight actions under five EIF areas. On line {ln} (action BA1) the "
               "target date reads 'Febuary 2026' – a mistyped month; a careful reader stops and "
               "asks what was meant before reading the plan."),
        outcome="refuse", title="Myerscough College Quality Improvement Plan 2025-26",
        refuse_at=ln)
    return ln


# ==========================================================================
# 6. UCLan – internal audit follow-up report (docx)
# ==========================================================================
def uclan():
    name = "zyb-university-of-central-lancashire-internal-audit-follow-up-report.docx"
    title = "Internal Audit Follow-up Report: Implementation of Audit Recommendations"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = ("University of Central Lancashire – Audit Committee – "
                                     "18 March 2025 – Paper AC/25/14")
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Report of: Director of Governance and University Secretary")
    d.add_paragraph("Classification: Open")

    d.add_heading("1. Purpose", level=1)
    d.add_paragraph(
        "To update the Committee on the implementation of internal audit recommendations that were "
        "open at its meeting on 19 November 2024, and to ask the Committee to approve revised "
        "implementation dates where management have requested them.")
    d.add_heading("2. Summary of progress", level=1)
    d.add_paragraph("Of the 14 recommendations open at the last meeting, 8 have been implemented "
                    "and verified by internal audit. The six still open are set out in section 3; management "
                    "report two of them (CS1 and AD1) as complete, awaiting verification.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Priority", "Open at last meeting", "Implemented since",
                                      "Still open", "Of which overdue"]):
        cell_text(c, h, bold=True, fill="D9D9D9")
    for row in [("High", "4", "2", "2", "0"), ("Medium", "8", "5", "3", "1"),
                ("Low", "2", "1", "1", "0"), ("Total", "14", "8", "6", "1")]:
        rc = t.add_row().cells
        for c, v in zip(rc, row):
            cell_text(c, v, bold=(row[0] == "Total"))

    d.add_heading("3. Outstanding recommendations by audit", level=1)
    stfill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
              "Not started": "FFFFFF"}
    audits = [
        ("3.1 Cyber Security (IA 2023/24-05) – Limited assurance", [
            ("CS1", "The University should ensure that multi-factor authentication is enforced for "
             "all staff and student accounts, including legacy service accounts.", "High",
             "Enforce MFA for all remaining staff accounts and remove or secure legacy service "
             "accounts following a review by the Information Security team.",
             "Director of Digital / Head of Information Security", "31/07/2024", "31/12/2024",
             "Complete", "MFA enforced 2 December 2024; 37 legacy accounts disabled. Verified by "
             "internal audit February 2025."),
            ("CS2", "A formal cyber incident response plan should be approved and tested at least "
             "annually.", "High",
             "Approve the Cyber Incident Response Plan at the Digital Governance Board and run a "
             "desktop exercise with the University Executive Team.",
             "Head of Information Security", "30/09/2024", "30/04/2025", "Amber",
             "Plan approved January 2025. Desktop exercise moved to April to fit UET diaries – "
             "revised date for approval."),
        ]),
        ("3.2 Admissions Data Integrity (IA 2023/24-09) – Reasonable assurance", [
            ("AD1", "Admissions should reconcile applicant data between UCAS and the student record "
             "system at least weekly during Confirmation and Clearing.", "Medium",
             "Introduce a documented weekly UCAS/SITS reconciliation during Confirmation and "
             "Clearing, signed off by the Admissions Manager.",
             "Admissions Manager", "31/08/2024", "", "Complete",
             "Reconciliations evidenced for all Clearing weeks 2024."),
            ("AD2", "Access to change offer conditions in SITS should be restricted and all changes "
             "logged.", "Medium",
             "Restrict offer-condition editing rights to named Admissions Officers and produce a "
             "monthly exception report of changes.",
             "Head of Admissions; SITS Systems Manager", "31/10/2024", "31/03/2025", "Red",
             "Role-based access change needs a SITS upgrade; overdue against original date."),
        ]),
        ("3.3 Research Grants Post-Award (IA 2024/25-02) – Reasonable assurance", [
            ("RG1", "Budget holders should review grant expenditure monthly and projected overspends "
             "should be escalated to Research Finance.", "Medium",
             "Issue monthly grant statements to Principal Investigators and add an escalation step "
             "for projected overspends above 5%.",
             "Research Finance Manager", "Jun-25", "", "Green",
             "Statement template agreed; first issue April 2025."),
            ("RG2", "Time spent by staff charged to grants should be evidenced.", "Low",
             "Introduce termly timesheet certification for staff charged to externally funded "
             "projects.",
             "Pro Vice-Chancellor (Research)", "31/07/2025", "", "Not started",
             "Due to start after the summer funder audit."),
        ]),
    ]
    for head, recs in audits:
        d.add_heading(head, level=2)
        t = d.add_table(rows=1, cols=9)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Recommendation", "Priority",
                                          "Agreed management action", "Responsible officer",
                                          "Original date", "Revised date", "Status", "Update"]):
            cell_text(c, h, bold=True, size=8, fill="D9D9D9")
        for row in recs:
            rc = t.add_row().cells
            for i, v in enumerate(row):
                cell_text(rc[i], v, size=8, bold=(i == 7),
                          fill=stfill[v] if i == 7 else None)
    d.add_heading("4. Recommendation", level=1)
    d.add_paragraph("The Committee is asked to note progress and to approve the revised "
                    "implementation dates for CS2 and AD2.")
    d.add_heading("Appendix A – Priority definitions", level=1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Priority", bold=True, fill="D9D9D9")
    cell_text(t.rows[0].cells[1], "Definition", bold=True, fill="D9D9D9")
    for k, v in [("High", "Significant weakness in control; action required immediately."),
                 ("Medium", "Weakness that should be addressed within six months."),
                 ("Low", "Good-practice improvement.")]:
        rc = t.add_row().cells
        cell_text(rc[0], k)
        cell_text(rc[1], v)
    d.save(p(name))

    leads = {"CS1": ["Director of Digital", "Head of Information Security"],
             "AD2": ["Head of Admissions", "SITS Systems Manager"]}
    ends = {"CS1": "2024-12", "CS2": "2025-04", "AD1": "2024-08", "AD2": "2025-03",
            "RG1": "2025-06", "RG2": "2025-07"}
    stm = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
           "Not started": "unrated"}
    exp = []
    for head, recs in audits:
        for ref, rec, pri, act, resp, o, r, s, u in recs:
            exp.append(A(ref, [head, rec], act, leads.get(ref, [resp]), ends[ref], stm[s]))
    write_expected(
        name,
        source=("Imitates a university's internal audit follow-up paper to its Audit Committee "
                "(University of Central Lancashire, March 2025), of the kind English universities "
                "publish in committee papers: recommendations grouped by audit report with "
                "assurance opinion, priority, agreed management action, responsible officer, "
                "original and revised dates and status. Copied features: paper reference in the "
                "page header, Title paragraph, numbered report sections, a summary totals table, "
                "one Heading 2 and one table per audit, status words with cell shading, a "
                "recommendation paragraph and a priority-definitions appendix table."),
        reads=("A committee paper whose section 3 lists six open recommendations in three audit "
               "tables; each row pairs the auditor's recommendation with the agreed management "
               "action, owner(s), original/revised dates and status. The summary and appendix "
               "tables are not actions."),
        outcome="read", title=title, actions=exp)


# ==========================================================================
# 7. Leeds Federated Housing Association – consumer standards plan (xlsx)
# ==========================================================================
def leedsfed():
    name = ("zyb-leeds-federated-housing-association-rsh-consumer-standards-improvement-plan.xlsx")
    title = "Leeds Federated Housing Association – Consumer Standards Improvement Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    put(ws, "A1", title, bold=True, size=14, border=False, wrap=False)
    put(ws, "A2", "Response to the Regulator of Social Housing inspection – position at 30 September "
        "2025 (Board, 21 October 2025)", border=False, wrap=False)
    put(ws, "A4", "Key:", bold=True, border=False)
    put(ws, "B4", "Complete", fill=FILL["green"])
    put(ws, "C4", "In progress", fill=FILL["amber"])
    put(ws, "D4", "Overdue or not started", fill=FILL["red"])
    heads = ["No.", "RSH finding", "Action", "Responsible", "Due", "Progress update", "Status"]
    for i, h in enumerate(heads):
        put(ws, f"{'ABCDEFG'[i]}6", h, bold=True, fill="7030A0", color="FFFFFF")
    S1, S2, S3, S4 = ("Safety and Quality Standard",
                      "Transparency, Influence and Accountability Standard",
                      "Neighbourhood and Community Standard", "Tenancy Standard")
    F1 = "Stock condition information was more than five years old for 38% of homes."
    F2 = "Damp and mould cases were not consistently followed up after repairs were completed."
    F3 = "Learning from complaints was not routinely reported back to tenants."
    F4 = "Anti-social behaviour case management did not include a risk assessment for victims."
    F5 = "New tenancy visits were not consistently carried out within six weeks of sign-up."
    plan = [
        (S1, [
            (F1, [("SQ1", "Commission stock condition surveys for the 1,420 homes without a survey "
                   "since 2020 and load the results into the asset management system.",
                   "Head of Asset Management", "Mar-26", "amber",
                   "Contract awarded July 2025; 610 surveys completed."),
                  ("SQ2", "Set a rolling five-year survey programme (20% of homes each year) and "
                   "report coverage to Board quarterly.", "Head of Asset Management", "Apr-26",
                   "red", "Not started – follows completion of SQ1.")]),
            (F2, [("SQ3", "Make a follow-up call to every damp and mould case six weeks after works "
                   "are completed.", "Repairs Manager / Customer Insight Officer",
                   datetime(2025, 6, 30), "green", "Calls in place since June; 96% contact rate."),
                  ("SQ4", "Update the Damp, Mould and Condensation Policy and response timescales "
                   "ahead of Awaab's Law.", "Director of Property Services",
                   "27 October 2025", "green", "Policy approved by Board 23 September 2025.")]),
        ]),
        (S2, [
            (F3, [("TIA1", "Publish a quarterly learning from complaints report on the website and "
                   "in the tenant newsletter.", "Customer Experience Manager", "Quarterly",
                   "amber", "Q1 report published; Q2 delayed to November newsletter."),
                  ("TIA2", "Recruit and train a Tenant Scrutiny Panel to review one service area "
                   "each year.", "Tenant Engagement Lead", "Dec 2025", "amber",
                   "Five tenants recruited; training with TPAS booked.")]),
        ]),
        (S3, [
            (F4, [("NC1", "Adopt a victim risk assessment matrix for all new ASB cases and audit "
                   "10 cases a month.", "Neighbourhood Services Manager", datetime(2025, 8, 31),
                   "green", "Matrix live from 1 August; audits reported to Operations Committee.")]),
        ]),
        (S4, [
            (F5, [("TS1", "Reinstate new tenancy visits at six weeks and six months, tracked "
                   "through the housing management system.", "Housing Services Manager",
                   "Nov-25", "amber", "Visit tasks built; 74% of September sign-ups visited."),
                  ("TS2", "Review the mutual exchange procedure to include a property inspection "
                   "before each exchange is approved.", "Lettings Team Leader", "January 2026",
                   "red", "Not started.")]),
        ]),
    ]
    r = 7
    exp = []
    stm = {"green": "blue", "amber": "amber", "red": "red"}
    endf = {"Mar-26": "2026-03", "Apr-26": "2026-04", "27 October 2025": "2025-10",
            "Quarterly": None, "Dec 2025": "2025-12", "Nov-25": "2025-11",
            "January 2026": "2026-01"}
    two = {"SQ3": ["Repairs Manager", "Customer Insight Officer"]}
    for std, finds in plan:
        put(ws, f"A{r}", std, bold=True, fill=FILL["lilac"])
        ws.merge_cells(f"A{r}:G{r}")
        r += 1
        for find, acts in finds:
            first = r
            for ref, act, resp, due, col, upd in acts:
                put(ws, f"A{r}", ref)
                put(ws, f"B{r}", find)
                put(ws, f"C{r}", act)
                put(ws, f"D{r}", resp)
                put(ws, f"E{r}", due, fmt="dd/mm/yyyy" if isinstance(due, datetime) else None)
                put(ws, f"F{r}", upd)
                put(ws, f"G{r}", None, fill=FILL[col])
                if isinstance(due, datetime):
                    e, et = due.strftime("%Y-%m"), None
                else:
                    e = endf[due]
                    et = due if e is None else None
                exp.append(A(ref, [std, find], act, two.get(ref, [resp]), e, stm[col],
                             end_text=et))
                r += 1
            if r - 1 > first:
                ws.merge_cells(f"B{first}:B{r - 1}")
    r += 1
    put(ws, f"A{r}", "Status is shown by colour only – see key at top of sheet. Dates agreed with "
        "the RSH case lead on 12 May 2025.", border=False, wrap=False)
    for col, w in zip("ABCDEFG", [7, 40, 52, 30, 14, 44, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    sm = wb.create_sheet("Summary")
    put(sm, "A1", "Summary by standard", bold=True, border=False)
    for i, h in enumerate(["Standard", "Actions", "Complete", "In progress",
                           "Overdue or not started"]):
        put(sm, f"{'ABCDE'[i]}2", h, bold=True, fill=FILL["grey"])
    for i, row in enumerate([(S1, 4, 2, 1, 1), (S2, 2, 0, 2, 0), (S3, 1, 1, 0, 0),
                             (S4, 2, 0, 1, 1), ("Total", 9, 3, 4, 2)], start=3):
        for j, v in enumerate(row):
            put(sm, f"{'ABCDE'[j]}{i}", v, bold=(row[0] == "Total"))
    sm.column_dimensions["A"].width = 50
    vh = wb.create_sheet("Version history")
    for i, h in enumerate(["Version", "Date", "Changes"]):
        put(vh, f"{'ABC'[i]}1", h, bold=True, fill=FILL["grey"])
    for i, row in enumerate([("0.1", datetime(2025, 4, 28), "Draft for Executive Team"),
                             ("1.0", datetime(2025, 5, 20), "Approved by Board; shared with RSH"),
                             ("1.3", datetime(2025, 10, 8), "Q2 update for Board")], start=2):
        put(vh, f"A{i}", row[0])
        put(vh, f"B{i}", row[1], fmt="dd/mm/yyyy")
        put(vh, f"C{i}", row[2])
    vh.column_dimensions["C"].width = 40
    wb.save(p(name))

    write_expected(
        name,
        source=("Imitates a housing association's board-level improvement plan responding to a "
                "Regulator of Social Housing consumer standards inspection (Leeds Federated "
                "Housing Association, 2025), like the consumer standards plans other registered "
                "providers publish. Copied features: title and position line, a colour key at the "
                "top of the sheet (green = complete, no blue), band rows for each consumer "
                "standard, the RSH finding in vertically merged cells beside its actions, "
                "responsible post, due date in mixed forms, progress text, status shown by fill "
                "colour only, a notes line, and separate Summary and Version history sheets."),
        reads=("One plan sheet with four consumer-standard bands; under each, RSH findings (merged "
               "cells) with nine actions whose status is a coloured cell read through the key "
               "(green = complete, amber = in progress, red = overdue or not started). Summary "
               "and version-history sheets are not actions."),
        outcome="read", title=title, actions=exp)


if __name__ == "__main__":
    police()
    suffolk()
    hwe()
    thornfield()
    ln = myerscough()
    uclan()
    leedsfed()
    print("done; refuse line", ln)
