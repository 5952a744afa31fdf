"""Build the seven zgg- blind test files (set heldout827) and their expected readings.

Run with /work/main/.venv/bin/python zgg_make.py (from any directory).
Only files whose names start with zgg- are written.
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

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {c: PatternFill("solid", start_color=c, end_color=c) for c in (BLUE, GREEN, AMBER, RED)}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("zgg-")
    return os.path.join(HERE, name)


def write_expected(name, meta, actions=None):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(path(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


class _Dumper(yaml.SafeDumper):
    pass


def _repr_str(dumper, s):
    # months and refs are written quoted, as in FORMAT.md ("2019-03", "1.1")
    import re
    if re.fullmatch(r"\d{4}-\d{2}|[\d.]+", s):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


_Dumper.add_representer(str, _repr_str)


def A(ref, under, action, lead_cell, lead, end_cell, end, status, *, rag=None, end_text=None,
      revised=None, update="", **kw):
    d = dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead=lead,
             end_cell=end_cell, end=end, status=status, rag=rag, end_text=end_text,
             revised=revised, update=update)
    d.update(kw)
    return d


# ---------------------------------------------------------------------------------------------
# 1. Wakefield Council - LGA corporate peer challenge action plan (xlsx)
# ---------------------------------------------------------------------------------------------
def wakefield():
    name = "zgg-wakefield-council-lga-corporate-peer-challenge-action-plan.xlsx"
    title = "Wakefield Council – LGA Corporate Peer Challenge Action Plan 2024"
    R1 = ("Recommendation 1: Develop a single, shared narrative for the Wakefield district with "
          "partners, building on the Council Plan")
    R2 = ("Recommendation 2: Strengthen the medium-term financial strategy by identifying savings "
          "to close the budget gap for 2025/26 to 2027/28")
    R3 = ("Recommendation 3: Review decision-making arrangements so that reports to Cabinet are "
          "timely and options are fully appraised")
    R4 = ("Recommendation 4: Develop a workforce strategy that addresses recruitment and retention "
          "in hard-to-fill roles")
    R5 = ("Recommendation 5: Make more of the Council’s role as an anchor institution, including "
          "through social value in procurement")
    R6 = ("Recommendation 6: Improve the consistency of performance reporting so that members can "
          "see progress against Council Plan priorities")
    d = dt.datetime
    rows = [
        ("banner", R1),
        A("1.1", [R1], "Co-produce a district place narrative with the Wakefield District Health and "
          "Care Partnership, West Yorkshire Police, Wakefield College and the voluntary and community "
          "sector", "Chief Executive", ["Chief Executive"], d(2025, 3, 31), "2025-03", "green",
          rag=GREEN, update="Partner workshop held 7 October 2024; draft narrative to the Wakefield "
          "District Partnership Board in February 2025."),
        A("1.2", [R1], "Align the Council Plan refresh and directorate service plans to the agreed "
          "place narrative", "Service Director – Strategy, Policy and Partnerships",
          ["Service Director – Strategy, Policy and Partnerships"], d(2025, 6, 30), "2025-06",
          "green", rag=GREEN, update="Service planning guidance for 2025/26 issued; narrative to be "
          "added once agreed."),
        ("banner", R2),
        A("2.1", [R2], "Develop a three-year savings programme with named budget holders and delivery "
          "milestones", "Director of Corporate Services (Section 151 Officer)",
          ["Director of Corporate Services (Section 151 Officer)"], d(2024, 10, 31), "2025-01",
          "amber", rag=AMBER, revised=d(2025, 1, 31), update="£6.2m of the £9.8m gap for 2026/27 "
          "identified. Date revised to align with the budget-setting timetable."),
        A("2.2", [R2], "Introduce monthly savings delivery tracking to the Corporate Management Team "
          "and quarterly reporting to the Audit and Governance Committee", "Chief Finance Officer",
          ["Chief Finance Officer"], d(2024, 9, 30), "2024-09", "blue", rag=BLUE,
          update="Monthly tracker in place from September 2024."),
        ("banner", R3),
        A("3.1", [R3], "Refresh the Cabinet report template and clearance process, including a "
          "mandatory options appraisal section",
          "Director of Legal and Governance / Head of Democratic Services",
          ["Director of Legal and Governance", "Head of Democratic Services"], d(2024, 12, 31),
          "2024-12", "blue", rag=BLUE, update="New template live from 1 November 2024; training "
          "delivered to report authors."),
        A("3.2", [R3], "Publish a 12-month rolling Forward Plan of key decisions",
          "Head of Democratic Services", ["Head of Democratic Services"], d(2025, 1, 31), "2025-01",
          "unrated", rag=None, update="Not started – work to begin in January 2025."),
        ("banner", R4),
        A("4.1", [R4], "Agree a People Strategy 2025–2028, informed by the 2024 staff survey and exit "
          "interview data", "Service Director – Human Resources",
          ["Service Director – Human Resources"], "Q4 2024/25", "2025-03", "green", rag=GREEN,
          update="Staff survey closed 15 November 2024 (62% response rate)."),
        A("4.2", [R4], "Launch a ‘grow our own’ apprenticeship and graduate scheme for planning, legal "
          "and social work roles",
          "Service Director – Human Resources and Service Director – Children’s Social Care",
          ["Service Director – Human Resources", "Service Director – Children’s Social Care"],
          d(2025, 9, 30), "2025-09", "green", rag=GREEN,
          update="Business case approved by the Corporate Management Team."),
        ("banner", R5),
        A("5.1", [R5], "Adopt a Social Value Policy with a minimum 10% social value weighting in "
          "tenders over £100,000", "Head of Procurement", ["Head of Procurement"], d(2024, 11, 30),
          "2025-04", "amber", rag=AMBER, revised=d(2025, 4, 30), update="Supplier consultation "
          "extended at the request of the local business community."),
        ("banner", R6),
        A("6.1", [R6], "Develop a corporate performance dashboard aligned to the Council Plan outcomes",
          "Head of Business Intelligence", ["Head of Business Intelligence"], d(2024, 12, 31),
          "2025-03", "red", rag=RED, revised=d(2025, 3, 31), update="Developer post vacant until "
          "October 2024; dashboard build delayed."),
        A("6.2", [R6], "Provide quarterly performance reports to Cabinet and the Overview and Scrutiny "
          "Management Board", "Head of Business Intelligence", ["Head of Business Intelligence"],
          "Ongoing – quarterly", None, "green", rag=GREEN, end_text="Ongoing – quarterly",
          update="Quarter 2 report taken to Cabinet on 12 November 2024."),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color="1F3864")
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Version", "3.0"),
        ("Date", "2 December 2024"),
        ("Owner", "Service Director – Strategy, Policy and Partnerships"),
        ("Approved by", "Corporate Management Team, 26 November 2024"),
        ("Reported to", "Cabinet, 14 January 2025"),
    ], start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A10"] = ("The LGA peer team visited the Council from 18 to 21 June 2024 and made six "
                  "recommendations. This plan sets out the Council’s response and progress to date.")
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    for i, (c, t) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                (AMBER, "Some slippage – revised date agreed"),
                                (RED, "Off track – escalated to CMT")], start=13):
        cov.cell(i, 1).fill = FILL[c]
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2, t)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = "Progress position as at 30 November 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
           "Progress update (November 2024)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", start_color="1F3864", end_color="1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for row in rows:
        if isinstance(row, tuple):
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
            ws.cell(r, 1).alignment = WRAP
            ws.row_dimensions[r].height = 30
        else:
            vals = [row["ref"], row["action"], row["lead_cell"], row["end_cell"], row["revised"],
                    row["update"], None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if row["rag"]:
                ws.cell(r, 7).fill = FILL[row["rag"]]
        r += 1
    r += 1
    ws.cell(r, 1, "Notes:").font = Font(bold=True)
    ws.cell(r + 1, 1, "RAG ratings are shown by cell colour – see the key on the Cover sheet.")
    ws.cell(r + 2, 1, "Actions rated blue will be removed from the next update to Cabinet.")
    for col, w in zip("ABCDEFG", (8, 60, 34, 14, 14, 50, 8)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress by recommendation"
    sm["A1"].font = Font(bold=True, size=12)
    heads = ["Recommendation", "Actions", "Complete", "On track", "Slippage", "Off track", "Not rated"]
    for c, h in enumerate(heads, 1):
        sm.cell(3, c, h).font = Font(bold=True)
    acts = [x for x in rows if isinstance(x, dict)]
    tot = [0] * 6
    for i, rec in enumerate((R1, R2, R3, R4, R5, R6), 1):
        mine = [a for a in acts if a["under"] == [rec]]
        cnt = [len(mine)] + [sum(1 for a in mine if a["status"] == s)
                             for s in ("blue", "green", "amber", "red", "unrated")]
        tot = [t + c for t, c in zip(tot, cnt)]
        sm.cell(3 + i, 1, f"Recommendation {i}")
        for c, v in enumerate(cnt, 2):
            sm.cell(3 + i, c, v)
    sm.cell(10, 1, "Total").font = Font(bold=True)
    for c, v in enumerate(tot, 2):
        sm.cell(10, c, v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 20
    wb.active = 0
    wb.save(path(name))

    meta = dict(
        source=("Imitates the action plans English councils publish after an LGA Corporate Peer "
                "Challenge (the LGA requires the report and an action plan to be published within "
                "three months; e.g. Kirklees Council CPC action plan, Cabinet 8 April 2025, "
                "democracy.kirklees.gov.uk; Wyre and North Herts CPC action plans 2024-25). Wakefield "
                "had a CPC in 2016 (wakefield.gov.uk PR8331); this 2024 plan is invented. Copied "
                "features: cover sheet with document control table and RAG colour key, one banner "
                "row per peer-team recommendation merged across the table, numbered actions, "
                "original and revised target dates as date cells, RAG shown by fill colour only, a "
                "notes block and a separate summary sheet of totals."),
        reads=("A three-sheet workbook: a cover with document control and a colour key, the action "
               "plan itself, and a summary of totals. Six peer-team recommendations appear as shaded "
               "banner rows, each followed by its numbered actions with a lead officer, an original "
               "and sometimes a revised target date, a progress note and a RAG colour with no text."),
        outcome="read", title=title)
    write_expected(name, meta, acts)
    return name, len(acts)


# ---------------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, colour=None):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def header_row(table, heads, fill="D9D9D9"):
    for c, h in enumerate(heads):
        set_cell(table.rows[0].cells[c], h, bold=True)
        shade(table.rows[0].cells[c], fill)


# ---------------------------------------------------------------------------------------------
# 2. Cyngor Gwynedd - internal audit EQA improvement plan (docx)
# ---------------------------------------------------------------------------------------------
def gwynedd():
    name = "zgg-cyngor-gwynedd-internal-audit-eqa-improvement-plan.docx"
    title = "Internal Audit External Quality Assessment 2024 – Improvement Action Plan"
    SA = "Section A – Purpose, Authority and Responsibility (Standard 1000)"
    SB = "Section B – Proficiency and Due Professional Care (Standard 1200)"
    SC = "Section C – Quality Assurance and Improvement Programme (Standard 1300)"
    SD = "Section D – Performance Standards (Standards 2000–2600)"
    rA1 = ("The Internal Audit Charter should be updated to define the roles of the ‘board’ and "
           "‘senior management’ as they apply in Cyngor Gwynedd, and be re-approved by the "
           "Governance and Audit Committee.")
    rA2 = ("The Charter should be reviewed against the Global Internal Audit Standards in the UK "
           "Public Sector, which apply from 1 April 2025.")
    rB1 = ("A skills and competency assessment of the team should be completed against the "
           "Chartered IIA Professional Competencies Framework, and individual development needs "
           "reflected in appraisals.")
    rB2 = ("The service should consider how it will obtain specialist IT audit expertise where this "
           "is not available in-house.")
    rC1 = ("The Quality Assurance and Improvement Programme (QAIP) should include periodic internal "
           "assessments, and their results should be reported to the Governance and Audit Committee "
           "each year.")
    rD1 = ("The annual audit plan should be more explicitly linked to the Council’s corporate risk "
           "register and the Council Plan 2023–28, and the rationale for coverage documented.")
    rD2 = ("Agreed actions should be followed up consistently and overdue actions reported to the "
           "Governance and Audit Committee.")
    rD3 = "Audit reports should be issued more promptly following the closing meeting."
    ST = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Not started": "unrated"}
    sections = [
        (SA, [
            [A("A1", [SA, rA1], "Revise the Internal Audit Charter and present it to the Governance "
               "and Audit Committee for approval.", "Audit Manager", ["Audit Manager"],
               "November 2024", "2024-11", "blue", st="Complete", rec=rA1)],
            [A("A2", [SA, rA2], "Carry out a gap analysis against the Global Internal Audit "
               "Standards and the CIPFA Application Note, and update the Charter and Audit Manual "
               "accordingly.", "Audit Manager / Senior Auditor", ["Audit Manager", "Senior Auditor"],
               "31/03/2025", "2025-03", "green", st="On track", rec=rA2)],
        ]),
        (SB, [
            [A("B1(a)", [SB, rB1], "Complete a competency self-assessment for each member of the "
               "team.", "Audit Manager", ["Audit Manager"], "30/11/2024", "2024-11", "blue",
               st="Complete", rec=rB1),
             A("B1(b)", [SB, rB1], "Develop a team training plan for 2025/26, including data "
               "analytics and IT audit skills, and link it to the appraisal process.",
               "Audit Manager", ["Audit Manager"], "June 2025", "2025-06", "unrated",
               st="Not started", rec=rB1)],
            [A("B2", [SB, rB2], "Explore a shared IT audit arrangement with other councils through "
               "the North Wales Chief Auditors’ Group.", "Audit Manager", ["Audit Manager"],
               "31/12/2024\nRevised: 31/03/2025", "2025-03", "amber", st="Delayed", rec=rB2)],
        ]),
        (SC, [
            [A("C1", [SC, rC1], "Include the results of the annual internal self-assessment and file "
               "reviews in the Head of Internal Audit’s Annual Report.", "Audit Manager",
               ["Audit Manager"], "Annually (with the Annual Report)", None, "green",
               end_text="Annually (with the Annual Report)", st="On track", rec=rC1)],
        ]),
        (SD, [
            [A("D1", [SD, rD1], "Map each planned audit to corporate risks and Council Plan "
               "priorities in the 2025/26 Internal Audit Plan.", "Audit Manager", ["Audit Manager"],
               "March 2025", "2025-03", "green", st="On track", rec=rD1)],
            [A("D2(a)", [SD, rD2], "Introduce follow-up tracking in the audit management system, "
               "with automatic reminders to action owners.", "Senior Auditor", ["Senior Auditor"],
               "31/01/2025", "2025-01", "blue", st="Complete", rec=rD2),
             A("D2(b)", [SD, rD2], "Report overdue high-priority actions to each Governance and "
               "Audit Committee meeting, with the responsible Head of Department invited to attend.",
               "Audit Manager; Head of Finance Department (Statutory Finance Officer)",
               ["Audit Manager", "Head of Finance Department (Statutory Finance Officer)"],
               "February 2025", "2025-02", "green", st="On track", rec=rD2)],
            [A("D3", [SD, rD3], "Set a target of issuing draft reports within 10 working days of the "
               "closing meeting, and report performance quarterly.", "Audit Manager",
               ["Audit Manager"], "Q1 2025/26", "2025-06", "green", st="On track", rec=rD3)],
        ]),
    ]

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "CYNGOR GWYNEDD – GOVERNANCE AND AUDIT COMMITTEE"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Report to the Governance and Audit Committee – 6 February 2025")
    doc.add_paragraph("Author: Audit Manager, Finance Department")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Change"])
    for v in [("0.1", "14/10/2024", "Audit Manager", "First draft following receipt of the "
               "assessor’s report"),
              ("1.0", "05/11/2024", "Audit Manager", "Agreed with the Head of Finance Department"),
              ("1.1", "20/01/2025", "Audit Manager", "Progress update for the February Committee")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "The Public Sector Internal Audit Standards (PSIAS) require an external assessment of the "
        "internal audit service at least once every five years. The 2024 assessment was carried out "
        "in September 2024 by the Head of Audit of another North Wales council under the Welsh Chief "
        "Auditors’ Group peer review arrangement. The assessor concluded that the service "
        "‘Generally Conforms’ with the PSIAS – the highest of the three ratings – and made eight "
        "recommendations, all of which have been accepted.")
    doc.add_paragraph(
        "From 1 April 2025 the PSIAS are replaced by the Global Internal Audit Standards in the UK "
        "Public Sector. Recommendation A2 addresses the transition.")
    doc.add_heading("2. Status key", level=1)
    for s in ["Complete (Blue) – the action has been implemented and evidence retained.",
              "On track (Green) – work is under way and the target date will be met.",
              "Delayed (Amber) – the target date will not be met; a revised date is shown.",
              "Not started – work has not yet begun."]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("3. Action plan", level=1)
    acts = []
    heads = ["Ref", "Recommendation", "Agreed action", "Responsible officer", "Target date",
             "Status"]
    for sec, recs in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, heads)
        for group in recs:
            first = None
            for a in group:
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                if first is None:
                    set_cell(cells[1], a["rec"])
                    first = cells[1]
                set_cell(cells[2], a["action"])
                set_cell(cells[3], a["lead_cell"])
                set_cell(cells[4], a["end_cell"])
                set_cell(cells[5], a["st"])
                assert ST[a["st"]] == a["status"]
                acts.append(a)
            if len(group) > 1:
                first.merge(cells[1])
                # merging keeps only the first cell's text
        doc.add_paragraph()
    doc.add_heading("4. Sign-off", level=1)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Agreed by", "Date"])
    for row, v in zip(t.rows[1:], [("Head of Finance Department (Statutory Finance Officer)",
                                    "05/11/2024"),
                                   ("Audit Manager", "05/11/2024")]):
        for c, x in zip(row.cells, v):
            set_cell(c, x)
    doc.save(path(name))

    meta = dict(
        source=("Imitates the external quality assessment (EQA) improvement plans Welsh councils "
                "take to their Governance and Audit Committee after a PSIAS peer review under the "
                "Welsh Chief Auditors' Group (e.g. Denbighshire's EQA carried out by Ceredigion in "
                "2023-24, moderngov.denbighshire.gov.uk; Vale of Glamorgan 'Update on External "
                "Assessment' action plan, valeofglamorgan.gov.uk 2018). Cyngor Gwynedd content and "
                "officer names are invented. Copied features: committee header, document control "
                "table, status key, one table per group of standards under its own heading, "
                "recommendation and agreed action in the same row with the recommendation cell merged "
                "down over two actions, original and revised target date in one cell, sign-off "
                "table."),
        reads=("A Word report to the Governance and Audit Committee: after a document control table, "
               "background and a status key, the action plan is split into four sections (A–D), each "
               "with its own table of assessor recommendations and agreed actions. Two "
               "recommendations have two agreed actions each (merged recommendation cell); the "
               "status words map to colours through the key."),
        outcome="read", title=title)
    write_expected(name, meta, acts)
    return name, len(acts)


# ---------------------------------------------------------------------------------------------
# 3. Caerphilly CBC - CIW children's services improvement check action plan (xlsx)
# ---------------------------------------------------------------------------------------------
def caerphilly():
    name = "zgg-caerphilly-cbc-ciw-childrens-services-improvement-check-action-plan.xlsx"
    title = ("Caerphilly County Borough Council – Children’s Services: CIW Improvement Check Action "
             "Plan 2025–26")
    P1, P2 = "People – voice and control", "Prevention"
    P3, P4 = "Partnerships and integration", "Well-being"
    f1 = ("Children’s and families’ views are not consistently recorded in assessments and plans, "
          "and it is not always clear how they have influenced decisions.")
    f2 = ("Take-up of the active offer of advocacy remains low for children subject to child "
          "protection enquiries.")
    f3 = ("Early help and family support services are not always available at the point of need, "
          "leading to waiting lists.")
    f4 = ("Multi-agency strategy discussions do not always include health and education partners.")
    f5 = ("Joint planning with adult services for young people moving to adulthood needs to be "
          "strengthened.")
    f6 = ("Workforce stability remains a risk, with continued reliance on agency social workers in "
          "the locality teams.")
    f7 = ("Care and support plans for children looked after are not always reviewed within "
          "statutory timescales.")
    d = dt.datetime
    L = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    groups = [
        (P1, [
            (f1, "Some progress", [
                A("PV1.1", [P1, f1], "Embed a ‘what matters to me’ section in the assessment and care "
                  "and support plan templates", "Service Manager – Information, Advice and Assistance",
                  ["Service Manager – Information, Advice and Assistance"], d(2025, 9, 30), "2025-09",
                  "blue", prev="G", cur="B", update="Template changes went live on 1 October 2025."),
                A("PV1.2", [P1, f1], "Quarterly practice audit to test the recording of the child’s "
                  "voice, with findings reported to the Children’s Services Quality Assurance Board",
                  "Principal Social Worker", ["Principal Social Worker"], "Quarterly", None, "green",
                  end_text="Quarterly", prev="G", cur="G",
                  update="Q2 audit of 40 cases: voice of the child evident in 31 (78%)."),
            ]),
            (f2, "Further action required", [
                A("PV2.1", [P1, f2], "Agree a revised referral pathway with the regional advocacy "
                  "provider so that the active offer is made at the initial strategy discussion",
                  "Head of Children’s Services", ["Head of Children’s Services"], d(2025, 10, 31),
                  "2026-01", "amber", revised=d(2026, 1, 31), prev="A", cur="A",
                  update="Pathway drafted; awaiting agreement through the regional commissioning "
                  "group."),
            ]),
        ]),
        (P2, [
            (f3, "Some progress", [
                A("PR1.1", [P2, f3], "Review the Families First commissioning plan to reduce waiting "
                  "times for parenting support", "Early Intervention and Prevention Manager",
                  ["Early Intervention and Prevention Manager"], "December 2025", "2025-12", "green",
                  prev="G", cur="G", update="Waiting list reduced from 64 to 29 families since June."),
                A("PR1.2", [P2, f3], "Establish a single front door for early help and statutory "
                  "referrals alongside the IAA service",
                  "Service Manager – Information, Advice and Assistance / Early Intervention and "
                  "Prevention Manager",
                  ["Service Manager – Information, Advice and Assistance",
                   "Early Intervention and Prevention Manager"], d(2026, 3, 31), "2026-03", "red",
                  prev="A", cur="R", update="Accommodation for the co-located team not yet "
                  "identified; escalated to the Corporate Director."),
            ]),
        ]),
        (P3, [
            (f4, "Significant progress", [
                A("PI1.1", [P3, f4], "Revise the strategy discussion protocol with Gwent Police, "
                  "Aneurin Bevan University Health Board and Education, and monitor attendance "
                  "monthly", "Head of Children’s Services", ["Head of Children’s Services"],
                  d(2025, 8, 31), "2025-08", "blue", prev="B", cur="B",
                  update="Protocol signed off in August 2025. Health attendance now 94%."),
            ]),
            (f5, "Further action required", [
                A("PI2.1", [P3, f5], "Create a joint transitions panel with Adult Services for all "
                  "young people aged 16 and over with care and support needs",
                  "Head of Children’s Services and Head of Adult Services",
                  ["Head of Children’s Services", "Head of Adult Services"], d(2025, 12, 31),
                  "2025-12", "green", prev="A", cur="G",
                  update="Terms of reference agreed; first panel meeting 15 December 2025."),
            ]),
        ]),
        (P4, [
            (f6, "Some progress", [
                A("WB1.1", [P4, f6], "Deliver the social work recruitment and retention plan, "
                  "including the ‘grow your own’ sponsored degree route",
                  "Workforce Development Manager", ["Workforce Development Manager"], "March 2026",
                  "2026-03", "green", prev="G", cur="G",
                  update="Agency social workers reduced from 22% to 15% of establishment."),
                A("WB1.2", [P4, f6], "Introduce caseload weighting and monthly caseload reporting to "
                  "the Senior Management Team",
                  "Corporate Director for Social Services and Housing",
                  ["Corporate Director for Social Services and Housing"], d(2025, 11, 30), "2026-02",
                  "amber", revised=d(2026, 2, 28), prev="G", cur="A",
                  update="Weighting tool piloted in one team; roll-out delayed by system changes."),
            ]),
            (f7, "Further action required", [
                A("WB2.1", [P4, f7], "Send a weekly exception report of overdue reviews to team "
                  "managers and the Independent Reviewing Service",
                  "Independent Reviewing Service Manager", ["Independent Reviewing Service Manager"],
                  d(2025, 10, 31), "2025-10", "green", prev="R", cur="G",
                  update="Review timeliness improved to 91% in October 2025."),
            ]),
        ]),
    ]
    RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Improvement check visit: 9–12 June 2025 | Letter published: 31 July 2025 | Update for "
                "Social Services Scrutiny Committee: 2 December 2025")
    ws["A2"].font = Font(italic=True)
    hdr = ["CIW principle", "Area for improvement", "CIW finding at improvement check", "Ref",
           "Action", "Lead", "Original target", "Revised target", "Previous RAG (Sept 25)",
           "Current RAG (Nov 25)", "Progress commentary"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", start_color="7030A0", end_color="7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    acts = []
    counts = {k: 0 for k in "BGAR"}
    for principle, afis in groups:
        p_start = r
        for afi, finding, items in afis:
            f_start = r
            for a in items:
                vals = [None, None, None, a["ref"], a["action"], a["lead_cell"], a["end_cell"],
                        a["revised"], a["prev"], a["cur"], a["update"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                ws.cell(r, 9).fill = FILL[RAGFILL[a["prev"]]]
                ws.cell(r, 10).fill = FILL[RAGFILL[a["cur"]]]
                ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 10).alignment = Alignment(horizontal="center", vertical="top")
                assert L[a["cur"]] == a["status"]
                counts[a["cur"]] += 1
                acts.append(a)
                r += 1
            ws.cell(f_start, 2, afi)
            ws.cell(f_start, 3, finding)
            if r - 1 > f_start:
                ws.merge_cells(start_row=f_start, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=f_start, start_column=3, end_row=r - 1, end_column=3)
        ws.cell(p_start, 1, principle).font = Font(bold=True)
        if r - 1 > p_start:
            ws.merge_cells(start_row=p_start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Summary – current RAG").font = Font(bold=True)
    ws.cell(r, 2, f"Blue {counts['B']} | Green {counts['G']} | Amber {counts['A']} | "
                  f"Red {counts['R']} | Total {len(acts)}")
    for col, w in zip("ABCDEFGHIJK", (18, 40, 16, 8, 50, 30, 11, 11, 10, 10, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "D5"

    k = wb.create_sheet("Key & Version")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (l, t) in enumerate([("B", "Complete – evidence of impact reviewed by the Quality "
                                 "Assurance Board"),
                                ("G", "On track to be delivered by the target date"),
                                ("A", "At risk – some delay; revised target agreed"),
                                ("R", "Off track – escalated to the Corporate Director")], start=2):
        k.cell(i, 1, l).fill = FILL[RAGFILL[l]]
        k.cell(i, 2, t)
    k["A8"] = "Version"
    k["B8"] = "Date"
    k["C8"] = "Comment"
    for c in ("A8", "B8", "C8"):
        k[c].font = Font(bold=True)
    for i, v in enumerate([("1.0", "29/08/2025", "Plan agreed following CIW improvement check letter"),
                           ("1.1", "30/09/2025", "Quarter 2 update"),
                           ("1.2", "21/11/2025", "Update for Scrutiny Committee")], start=9):
        for c, x in enumerate(v, 1):
            k.cell(i, c, x)
    k.column_dimensions["B"].width = 70
    wb.save(path(name))

    meta = dict(
        source=("Imitates the action plans Welsh councils take to cabinet and scrutiny after a Care "
                "Inspectorate Wales improvement check of children's services (which follows a "
                "performance evaluation inspection; e.g. Bridgend CBC 'CIW Improvement Check Visit to "
                "Children's Social Care Services' and updated action plan, democratic.bridgend.gov.uk "
                "2023; CIW improvement check of Bridgend, careinspectorate.wales 2025). Caerphilly "
                "content is invented. Copied features: the four Social Services and Well-being Act "
                "principles as the outer grouping in a vertically merged column, CIW areas for "
                "improvement merged over their actions, the improvement-check finding ('Some "
                "progress', 'Further action required'), original and revised target dates, previous "
                "and current RAG letters with matching fills, a summary line and a key/version "
                "sheet."),
        reads=("One action-plan sheet grouped by CIW principle (merged cells in column A) and by the "
               "area for improvement CIW identified (merged in column B), with ten referenced actions, "
               "each with a lead, original and sometimes revised target date, and a previous and a "
               "current RAG letter; the current RAG is the status. A second sheet holds the RAG key "
               "and version history."),
        outcome="read", title=title)
    write_expected(name, meta, acts)
    return name, len(acts)


# ---------------------------------------------------------------------------------------------
# 4. London Borough of Hackney - ASC LGA peer challenge action plan (csv)
# ---------------------------------------------------------------------------------------------
def csv_field(s):
    s = "" if s is None else str(s)
    if any(ch in s for ch in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def hackney():
    name = "zgg-london-borough-of-hackney-asc-lga-peer-challenge-action-plan.csv"
    title = ("London Borough of Hackney – Adult Social Care: LGA Preparation for Assurance Peer "
             "Challenge Action Plan")
    T1, T2 = "Theme 1: Working with people", "Theme 2: Providing support"
    T3, T4 = "Theme 3: Ensuring safety within the system", "Theme 4: Leadership"
    r1 = ("Reduce waiting times for Care Act assessments and reviews, and make sure people who are "
          "waiting are contacted and their risks assessed")
    r2 = "Strengthen the support offer for unpaid carers"
    r3 = ("Develop a market position statement that addresses gaps in specialist dementia and nursing "
          "provision")
    r4 = "Make better use of reablement to maximise independence after hospital discharge"
    r5 = "Address the backlog of Deprivation of Liberty Safeguards (DoLS) applications"
    r6 = ("Develop a clear performance framework so that leaders and members have line of sight of "
          "outcomes for people")
    RAGS = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    acts = [
        A("1.1", [T1, r1], "Implement a waiting list triage and ‘keeping in touch’ protocol, with "
          "contact at least every six weeks for everyone waiting", "Head of Adult Social Care Operations",
          ["Head of Adult Social Care Operations"], "31/07/2024", "2024-07", "blue", rg="Complete",
          update="Protocol live from 1 July 2024."),
        A("1.2", [T1, r1], "Commission additional review capacity to clear reviews overdue by more than "
          "12 months", "Head of Adult Social Care Operations; Head of Commissioning",
          ["Head of Adult Social Care Operations", "Head of Commissioning"], "Dec-24", "2024-12",
          "amber", rg="Amber", update="Provider mobilised in August; 410 of 1,150 overdue reviews "
          "completed."),
        A("1.3", [T1, r2], "Co-produce a refreshed Carers Strategy with local carers’ organisations and "
          "carers with lived experience", "Okafor, Grace", ["Okafor, Grace"], "Q4 2024/25", "2025-03",
          "green", rg="Green", update="Three co-production workshops held; draft strategy in "
          "development."),
        A("2.1", [T2, r3], "Publish an updated Market Position Statement for older people’s care, "
          "informed by the Market Sustainability Plan", "Head of Commissioning",
          ["Head of Commissioning"], "30/11/2024", "2024-11", "green", rg="Green",
          update="Provider engagement event held 12 September 2024."),
        A("2.2", [T2, r3], "Agree a joint approach to nursing home capacity in Hackney with NHS North "
          "East London", "Head of Commissioning / ICB Place Director (Hackney)",
          ["Head of Commissioning", "ICB Place Director (Hackney)"], "Mar-25", "2025-03", "amber",
          rg="Amber", update="Joint capacity modelling delayed by ICB restructure."),
        A("2.3", [T2, r4], "Redesign the reablement pathway so that:\n- everyone discharged with new "
          "care needs is offered reablement first\n- therapy staff agree goals with the person within "
          "48 hours", "Reablement Service Manager", ["Reablement Service Manager"],
          "Sept 2024 – March 2025", "2025-03", "green", rg="Green",
          update="Pathway redesign workshops complete; new model testing in one locality."),
        A("3.1", [T3, r5], "Prioritise DoLS applications using the ADASS screening tool and report the "
          "backlog monthly to the Safeguarding Adults Board", "DoLS Team Manager",
          ["DoLS Team Manager"], "Monthly", None, "red", end_text="Monthly", rg="Red",
          update="Backlog increased to 612 because of Best Interests Assessor vacancies."),
        A("3.2", [T3, r5], "Recruit two additional Best Interests Assessors", "DoLS Team Manager",
          ["DoLS Team Manager"], "31/10/2024", "2024-10", "amber", rg="Amber",
          update="One post filled; second post re-advertised."),
        A("4.1", [T4, r6], "Introduce an adult social care performance scorecard, reported monthly to "
          "the Director and quarterly to Cabinet", "Director of Adult Social Care",
          ["Director of Adult Social Care"], "31/10/2024", "2024-10", "green", rg="Green",
          update="Draft scorecard agreed at Adult Social Care Leadership Team."),
        A("4.2", [T4, r6], "Update the adult social care self-assessment ahead of the CQC assessment",
          "Director of Adult Social Care; Strategic Lead – Quality Assurance",
          ["Director of Adult Social Care", "Strategic Lead – Quality Assurance"], "TBC", None,
          "unrated", end_text="TBC", rg="Not started", update="Awaiting CQC notification."),
    ]
    header = ["Theme", "Ref", "Peer team recommendation", "Action", "Lead", "Due date", "RAG",
              "Update"]
    n = len(header)
    lines = [[title] + [""] * (n - 1),
             ["Progress update for the Adult Social Care Improvement Board – 24 September 2024"]
             + [""] * (n - 1),
             [""] * n,
             header]
    last_t = last_r = None
    for a in acts:
        t, rec = a["under"]
        assert RAGS[a["rg"]] == a["status"]
        lines.append([t if t != last_t else "", a["ref"], rec if rec != last_r else "", a["action"],
                      a["lead_cell"], a["end_cell"], a["rg"], a["update"]])
        last_t, last_r = t, rec
    lines += [[""] * n,
              ["Notes:"] + [""] * (n - 1),
              ["RAG: Complete = delivered and evidenced; Green = on track; Amber = at risk of missing "
               "the due date; Red = off track."] + [""] * (n - 1),
              ["Actions not yet started are shown as Not started."] + [""] * (n - 1)]
    text = "\r\n".join(",".join(csv_field(x) for x in row) for row in lines) + "\r\n"
    with open(path(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(text)

    meta = dict(
        source=("Imitates the action plans councils drew up after an LGA Adult Social Care "
                "'Preparation for Assurance' peer challenge ahead of CQC local authority assessment "
                "(programme described at local.gov.uk, e.g. the Liverpool City Council peer challenge "
                "report, August 2023; peer challenge plans in Bexley, Dudley, Thurrock). Hackney "
                "content and the named officer are invented. Copied features: Excel 'CSV UTF-8' "
                "export with title rows padded with commas, the four CQC assessment themes, the "
                "peer-team recommendation given only on the first of its actions (merged cells "
                "exported as blanks), mixed due-date forms (day-first dates, Mmm-yy, quarter, a "
                "period, Monthly, TBC), a multi-line action with bullets, a notes block with the RAG "
                "key."),
        reads=("A CSV export of the adult social care improvement tracker: a title and subtitle, a "
               "header row, then ten actions grouped by CQC theme and by peer-team recommendation "
               "(theme and recommendation appear once, on the first row of each group), followed "
               "by notes explaining the RAG words."),
        outcome="read", title=title)
    write_expected(name, meta, acts)
    return name, len(acts)


# ---------------------------------------------------------------------------------------------
# 5. Tameside Youth Justice Service - national standards self-assessment improvement plan (txt)
# ---------------------------------------------------------------------------------------------
def tameside():
    name = ("zgg-tameside-youth-justice-service-national-standards-self-assessment-improvement-plan"
            ".txt")
    title = ("Tameside Youth Justice Service – National Standards Self-Assessment 2023/24 "
             "Improvement Plan")
    SA, SB = "SECTION A – STRATEGIC", "SECTION B – OPERATIONAL"
    L = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    acts = [
        A("A1", [SA], "Agree a court protocol with HMCTS, the Crown Prosecution Service and Greater "
          "Manchester Police setting out information sharing for children appearing in the youth "
          "court", "Head of Service (YJS)", ["Head of Service (YJS)"], "Apr-24", "2024-04", "green",
          rg="G", update="Draft protocol shared with the HMCTS legal team."),
        A("A2", [SA], "Provide the Partnership Board with a quarterly report on remand, bail and "
          "custody outcomes, including disproportionality by ethnicity",
          "YJS Performance and Information Officer", ["YJS Performance and Information Officer"],
          "Quarterly", None, "green", end_text="Quarterly", rg="G",
          update="First report presented to the Board in January 2024."),
        A("A3", [SA], "Deliver joint training for magistrates on Child First and the range of "
          "community sentences available", "Head of Service (YJS) / Court Team Manager",
          ["Head of Service (YJS)", "Court Team Manager"], "June 2024", "2024-06", "amber", rg="A",
          update="Date to be confirmed with the Bench Training and Development Committee."),
        A("A4", [SA], "Review Partnership Board membership so that HMCTS is represented",
          "Chair of the Youth Justice Partnership Board",
          ["Chair of the Youth Justice Partnership Board"], "31/05/2024", "2024-05", "blue", rg="B",
          update="HMCTS Delivery Manager attended the March Board."),
        A("B1", [SB], "All pre-sentence reports to be quality assured by a manager before "
          "submission, using the revised PSR quality checklist", "Court Team Manager",
          ["Court Team Manager"], "Mar-24", "2024-03", "blue", rg="B",
          update="Checklist in use since January 2024; all PSRs quality assured in February."),
        A("B2", [SB], "Introduce a bail and remand checklist so that alternatives to remand are "
          "proposed in every case", "Court Team Manager", ["Court Team Manager"], "April 2024",
          "2024-04", "green", rg="G", update="Checklist drafted."),
        A("B3", [SB], "Ensure children’s diversity needs, including speech, language and "
          "communication needs, are identified before their first court appearance and shared with "
          "the court", "YJS Speech and Language Therapist; Court Team Manager",
          ["YJS Speech and Language Therapist", "Court Team Manager"], "Q2 2024/25", "2024-09",
          "amber", rg="A", update="SLT capacity reduced during maternity leave; cover being "
          "recruited."),
        A("B4", [SB], "Repeat the case audit of 20 court cases to test the impact of these "
          "improvements", "JB/KW", ["JB", "KW"], "Sept 2024", "2024-09", "unrated", rg="",
          update="Not started."),
    ]
    hdr = "\t".join(["Ref", "Improvement action", "Owner", "By when", "RAG", "Progress (March 2024)"])
    lines = [
        title,
        "Standard 2: At Court – strategic and operational self-assessment submitted to the YJB on "
        "29 September 2023",
        "Reported to: Tameside Youth Justice Partnership Board, 19 March 2024",
        "",
        "Self-assessment rating: Strategic – Good; Operational – Requires improvement",
        "",
        "RAG: B = complete, G = on track, A = some slippage, R = off track",
        "",
    ]
    for sec in (SA, SB):
        lines += [sec, hdr]
        for a in acts:
            if a["under"] == [sec]:
                assert L[a["rg"]] == a["status"]
                lines.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["end_cell"],
                                        a["rg"], a["update"]]))
        lines.append("")
    lines += [
        "Notes",
        "Actions rated B will be closed at the next Partnership Board meeting.",
        "Owners are named by role; initials refer to the YJS Operational Managers.",
    ]
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    meta = dict(
        source=("Imitates the improvement plans youth justice services draw up after the Youth "
                "Justice Board national standards self-assessment (YJB 'How to undertake a "
                "self-assessment of national standards', strategic and operational self-assessment "
                "per standard; Standards for children in the youth justice system 2019, gov.uk), here "
                "the Standard 2 'At court' audit, reported to the local youth justice partnership "
                "board. Tameside content is invented. Copied features: plain-text, tab-separated "
                "export with title and meta lines, a RAG letter key line, separate strategic and "
                "operational sections each with its own header row, owners as roles, two roles in "
                "one cell and initials, a notes block."),
        reads=("A tab-separated text export: title, the standard assessed and the board it went to, "
               "the self-assessment rating and a RAG key, then two sections (strategic and "
               "operational), each with a header row and four referenced actions with owner, "
               "by-when date, RAG letter and progress; notes at the end."),
        outcome="read", title=title)
    write_expected(name, meta, acts)
    return name, len(acts)


# ---------------------------------------------------------------------------------------------
# 6. Rochdale Borough Safeguarding Adults Board - LGA peer review action plan (docx)
# ---------------------------------------------------------------------------------------------
def rochdale():
    name = "zgg-rochdale-borough-safeguarding-adults-board-lga-peer-review-action-plan.docx"
    title = ("Rochdale Borough Safeguarding Adults Board: LGA Safeguarding Adults Peer Review – "
             "Action Plan")
    T1 = "Theme 1: Governance and leadership"
    T2 = "Theme 2: Making Safeguarding Personal"
    T3 = "Theme 3: Partnership working"
    R1 = ("Recommendation 1: Review the Board’s structure and sub-groups to reduce duplication with "
          "the children’s safeguarding partnership and the community safety partnership")
    R2 = ("Recommendation 2: Strengthen the Board’s assurance by developing an outcomes-focused "
          "performance dashboard")
    R3 = ("Recommendation 3: Ensure that the views and desired outcomes of adults are recorded and "
          "acted on throughout safeguarding enquiries")
    R4 = ("Recommendation 4: Improve the consistency of partner attendance at, and contribution to, "
          "the Board")
    R5 = ("Recommendation 5: Develop a shared approach to self-neglect and hoarding across the "
          "partnership")
    SH = {"green": "92D050", "amber": "FFC000", "red": "FF0000", None: None}
    plan = [
        ("theme", T1), ("rec", R1),
        A("1a", [T1, R1], "Map the remit of all SAB sub-groups against those of the Rochdale Borough "
          "Safeguarding Children Partnership and the Safer Rochdale Partnership",
          "SAB Business Manager", ["SAB Business Manager"], "June 2024", "2024-06", "blue",
          sh="green", update="Mapping completed and presented to the Executive Group in July 2024."),
        A("1b", [T1, R1], "Establish a joint Learning and Development sub-group with the children’s "
          "partnership", "Independent Chair / RBSCP Business Manager",
          ["Independent Chair", "RBSCP Business Manager"], "September 2024", "2024-09", "blue",
          sh="green", update="First joint meeting held 18 September 2024."),
        ("rec", R2),
        A("2a", [T1, R2], "Agree a multi-agency dataset including Making Safeguarding Personal "
          "outcomes, repeat referrals and SAR action completion",
          "Chair of the Performance and Quality Sub-group",
          ["Chair of the Performance and Quality Sub-group"], "Sept 2024 – March 2025", "2025-03",
          "amber", sh="amber", update="Dataset agreed; police and health data to be added from "
          "quarter 4."),
        A("2b", [T1, R2], "Present the performance dashboard to every Board meeting",
          "SAB Business Manager", ["SAB Business Manager"], "Quarterly", None, "unrated",
          end_text="Quarterly", sh=None, update="To start once the dashboard is finalised."),
        ("theme", T2), ("rec", R3),
        A("3a", [T2, R3], "Audit 50 section 42 enquiries for evidence that desired outcomes were "
          "asked, recorded and met", "Head of Adult Safeguarding", ["Head of Adult Safeguarding"],
          "End of December 2024", "2024-12", "blue", sh="green",
          update="Audit complete: outcomes asked in 84% of cases and fully or partially met in 71%."),
        A("3b", [T2, R3], "Deliver Making Safeguarding Personal refresher training to all adult "
          "social care and hospital safeguarding staff",
          "Head of Adult Safeguarding & Named Nurse for Safeguarding Adults",
          ["Head of Adult Safeguarding", "Named Nurse for Safeguarding Adults"], "31/03/2025",
          "2025-03", "amber", sh="amber", update="62% of staff trained to date."),
        ("theme", T3), ("rec", R4),
        A("4a", [T3, R4], "Write to the statutory partners’ chief officers setting out attendance "
          "expectations, and report attendance in the Board’s annual report", "Independent Chair",
          ["Independent Chair"], "July 2024", "2024-07", "blue", sh="green",
          update="Letters sent; attendance reported in the 2023/24 annual report."),
        A("4b", [T3, R4], "Hold a Board development session on shared priorities and constructive "
          "challenge", "Independent Chair", ["Independent Chair"],
          "October 2024 (revised: February 2025)", "2025-02", "red", sh="red",
          update="Session postponed; rearranged for 12 February 2025."),
        ("rec", R5),
        A("5a", [T3, R5], "Launch the revised multi-agency self-neglect and hoarding guidance, with "
          "briefings for frontline staff", "Chair of the Policy and Procedures Sub-group",
          ["Chair of the Policy and Procedures Sub-group"], "April 2025", "2025-04", "amber",
          sh="amber", update="Guidance in final draft."),
    ]

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Peer review on site: 5–7 March 2024. Action plan agreed by the Board: 11 June "
                      "2024. Last updated: 14 January 2025.")
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "At the Board’s request, the Local Government Association carried out a peer review of "
        "safeguarding adults arrangements across the borough. The peer team made five "
        "recommendations under three themes. This plan sets out how the Board and its partners will "
        "respond. Progress is reported to each meeting of the Board’s Executive Group.")
    doc.add_heading("RAG key", level=1)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for row, (col, txt) in zip(k.rows, [("92D050", "Completed"), ("FFC000", "In progress"),
                                        ("FF0000", "Overdue or at risk"),
                                        (None, "No colour – not yet started")]):
        if col:
            shade(row.cells[0], col)
        set_cell(row.cells[1], txt)
    doc.add_heading("Action plan", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["No.", "Action", "Lead", "Timescale", "Update (January 2025)", "RAG"],
               fill="BDD7EE")
    acts = []
    for item in plan:
        if isinstance(item, tuple):
            kind, text = item
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            if kind == "theme":
                set_cell(m, text, bold=True, colour="FFFFFF")
                shade(m, "1F4E79")
            else:
                set_cell(m, text, italic=True)
                shade(m, "DEEAF6")
        else:
            cells = t.add_row().cells
            for c, v in zip(cells, [item["ref"], item["action"], item["lead_cell"],
                                    item["end_cell"], item["update"], ""]):
                set_cell(c, v)
            if item["sh"]:
                shade(cells[5], SH[item["sh"]])
            acts.append(item)
    doc.add_paragraph()
    doc.add_heading("Document history", level=1)
    h = doc.add_table(rows=1, cols=3)
    h.style = "Table Grid"
    header_row(h, ["Version", "Date", "Comment"])
    for v in [("1.0", "11/06/2024", "Agreed by the Board"),
              ("1.1", "24/09/2024", "Update to Executive Group"),
              ("1.2", "14/01/2025", "Update to Executive Group")]:
        for c, x in zip(h.add_row().cells, v):
            set_cell(c, x)
    doc.save(path(name))

    meta = dict(
        source=("Imitates the action plans safeguarding adults boards publish after an LGA "
                "safeguarding adults peer review (e.g. Luton Safeguarding Adults Peer Review report "
                "2017 with its themes of governance and leadership, partnership effectiveness and "
                "Making Safeguarding Personal; Herefordshire adult safeguarding peer challenge action "
                "plan, councillors.herefordshire.gov.uk). Rochdale content is invented. Copied "
                "features: title and dates line, an introduction, a separate RAG key table whose "
                "green means 'Completed' (no blue), one action table with full-width merged theme "
                "rows and merged recommendation rows above lettered actions, RAG shown only by cell "
                "shading, a period, 'End of ...', a revised date in brackets and 'Quarterly' as "
                "timescales, and a document history table."),
        reads=("A Word action plan: after an introduction and a colour key (green = completed, amber "
               "= in progress, red = overdue, no colour = not started), a single table lists nine "
               "lettered actions under three themes and five peer-review recommendations, both "
               "shown as full-width rows. The RAG cells carry colour only; read through the key, "
               "green ones are complete."),
        outcome="read", title=title)
    write_expected(name, meta, acts)
    return name, len(acts)


# ---------------------------------------------------------------------------------------------
# 7. Safer Stockport Partnership - serious violence duty action plan (xlsx), REFUSE
# ---------------------------------------------------------------------------------------------
def stockport():
    name = "zgg-safer-stockport-partnership-serious-violence-duty-action-plan-typo-month-refuse.xlsx"
    title = "Safer Stockport Partnership – Serious Violence Duty Action Plan 2024–2026"
    P = ["1. Prevention and early intervention", "2. Reducing youth violence and exploitation",
         "3. Violence against women and girls", "4. Data and insight"]
    rows = [
        (P[0], 1, "Extend the A&E navigator scheme at Stepping Hill Hospital to weekend evenings",
         "Stockport NHS Foundation Trust", "Safeguarding Lead Nurse", "April 2024", "March 2025", "G",
         "Weekend cover in place since May 2024."),
        (P[0], 2, "Deliver knife crime awareness sessions in all Stockport secondary schools and "
         "alternative provision", "Greater Manchester Police", "Neighbourhood Inspector (Stockport)",
         "September 2024", "July 2025", "G", "24 of 26 settings reached."),
        (P[1], 3, "Establish a multi-agency panel for children at risk of criminal exploitation",
         "Stockport Council", "Service Manager – Complex Safeguarding", "April 2024",
         "December 2024", "B", "Panel meeting fortnightly since November 2024."),
        (P[1], 4, "Introduce a violence reduction intervention through the youth justice service for "
         "children on out of court disposals", "Stockport Youth Justice Service",
         "Head of Youth Justice", "January 2025", "Febuary 2026", "A",
         "Programme design agreed; staff training scheduled."),
        (P[2], 5, "Roll out the ‘Safe Spaces’ scheme to licensed premises in Stockport town centre",
         "Stockport Council", "Licensing Manager", "June 2024", "November 2025", "G",
         "31 venues signed up."),
        (P[2], 6, "Commission a perpetrator behaviour change programme for domestic abuse",
         "Stockport Council", "Domestic Abuse Strategic Lead", "April 2025", "March 2026", "R",
         "Procurement paused pending a funding decision."),
        (P[3], 7, "Refresh the Serious Violence Strategic Needs Assessment using 2024/25 data",
         "Stockport Council", "Community Safety Intelligence Analyst", "April 2025",
         "September 2025", "A", "Health data sharing agreement outstanding."),
        (P[3], 8, "Publish an annual serious violence summary for residents",
         "Safer Stockport Partnership", "Community Safety Manager", "October 2025", "Annually", "",
         ""),
    ]
    RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Delivery update for the Safer Stockport Partnership Board – October 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Priority", "No.", "What we will do", "Lead partner", "Lead officer", "Start", "End",
           "RAG", "Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")
        cell.border = BOX
    r = 5
    last = None
    refuse_row = None
    for (pri, no, what, partner, officer, start, end, rag, upd) in rows:
        vals = [pri if pri != last else None, no, what, partner, officer, start, end, rag or None,
                upd or None]
        last = pri
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        if rag:
            ws.cell(r, 8).fill = FILL[RAGFILL[rag]]
            ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
        if end == "Febuary 2026":
            refuse_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: B = complete, G = on track, A = at risk, R = off track").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (28, 5, 55, 26, 30, 14, 14, 6, 40)):
        ws.column_dimensions[col].width = w
    wb.save(path(name))

    meta = dict(
        source=("Imitates community safety partnership delivery plans for the Serious Violence Duty "
                "(Police, Crime, Sentencing and Courts Act 2022; e.g. Havering and Tower Hamlets "
                "serious violence strategies and action plans, democracy.havering.gov.uk, "
                "democracy.towerhamlets.gov.uk; Safer Kingston Partnership Plan 2024-2029). Stockport "
                "content is invented. Copied features: title and board-update line, priorities "
                "numbered in the first column and given only on their first row, lead partner and "
                "lead officer columns, start and end months typed as text, RAG letters with fills, a "
                "key line under the table."),
        reads=("A single-sheet partnership delivery plan with eight numbered actions under four "
               "priorities. The end date of action 4 reads 'Febuary 2026', a misspelt month; a "
               "careful reader would stop and ask what was meant before importing it."),
        outcome="refuse", refuse_at=refuse_row, title=title)
    write_expected(name, meta)
    return name, len(rows)


if __name__ == "__main__":
    for fn in (wakefield, gwynedd, caerphilly, hackney, tameside, rochdale, stockport):
        n, k = fn()
        print(f"{n}: {k} actions")
