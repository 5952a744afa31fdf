#!/usr/bin/env python3
"""Build the seven zui- blind cases (data files and their .expected.yaml).

Each case keeps, per action, the raw cells written into the file AND the reading a
person makes of them (lead list, end month, status), typed by hand beside the cells.
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
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def _q(v):
    """A YAML scalar: JSON strings are valid YAML double-quoted scalars."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def _fold(text, indent="  ", width=100):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n".join(indent + ln for ln in lines)


def write_expected(fname, meta, actions=None):
    L = []
    L.append("source: >-")
    L.append(_fold(meta["source"]))
    L.append("reads: >-")
    L.append(_fold(meta["reads"]))
    L.append("outcome: " + meta.get("outcome", "read"))
    L.append("accept_refusal: " + _q(meta.get("accept_refusal", False)))
    if "refuse_at" in meta:
        L.append("refuse_at: " + _q(meta["refuse_at"]))
    if meta.get("title"):
        L.append("title: " + _q(meta["title"]))
    if actions is not None:
        L.append("actions:")
        for a in actions:
            L.append("  - ref: " + _q(a["ref"]))
            L.append("    under: [" + ", ".join(_q(u) for u in a["under"]) + "]")
            L.append("    action: " + _q(a["action"]))
            L.append("    lead: [" + ", ".join(_q(x) for x in a["lead"]) + "]")
            L.append("    end: " + _q(a["end"]))
            if a.get("end_text"):
                L.append("    end_text: " + _q(a["end_text"]))
            L.append("    status: " + a["status"])
    text = "\n".join(L) + "\n"
    # round-trip check against the intended values
    back = yaml.safe_load(text)
    assert back["source"] == meta["source"] and back["reads"] == meta["reads"], fname
    if actions is not None:
        for a, b in zip(actions, back["actions"]):
            for k in ("ref", "under", "action", "lead", "end", "status"):
                assert a[k] == b[k], (fname, k, a[k], b[k])
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' in text starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    r.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold
        r.font.size = Pt(size)


# ===========================================================================
# 1. Wrexham CBC – Council Plan delivery tracker (CSV)
# ===========================================================================

def make_wrexham():
    fname = "zui-wrexham-cbc-council-plan-delivery-tracker-2025-26.csv"
    title = "Wrexham County Borough Council – Council Plan 2023-28 Delivery Tracker 2025/26"
    header = ["Council Priority", "Outcome", "Ref", "Action", "Responsible Officer",
              "Due Date", "Revised Date", "Q1 RAG", "Q2 RAG", "Q2 Progress Commentary"]
    P1 = "1. A prosperous economy"
    P2 = "2. A healthy and caring Wrexham"
    P3 = "3. A greener Wrexham"
    P4 = "4. A well-run council"
    O11 = "1.1 A vibrant and well-used city centre"
    O12 = "1.2 People have the skills to access good jobs"
    O21 = "2.1 Children are safe and supported to live with their families"
    O22 = "2.2 Older people are supported to live independently"
    O31 = "3.1 The council reaches net zero carbon by 2030"
    O41 = "4.1 Services are easy to access online and in Welsh"
    # (priority cell, outcome cell, ref, action, lead cell, due, revised, q1, q2, comment,
    #  reading: lead list, end, end_text, status)
    rows = [
        (P1, O11, "1.1.1",
         "Complete the refurbishment of Wrexham Museum and open the Football Museum for Wales",
         "Chief Officer – Economy and Planning", "31/03/2026", "", "Green", "Amber",
         "Fit-out contractor reports 6 weeks slippage; opening date under review with the project board.",
         ["Chief Officer – Economy and Planning"], "2026-03", None, "amber"),
        ("", "", "1.1.2",
         "Deliver phase 1 of the Wrexham Gateway masterplan, including the design of the new transport hub",
         "Head of Economy and Regeneration / Head of Environment and Technical", "Dec-25", "Jun-26",
         "Amber", "Red",
         "Revised date agreed by Executive Board on 9 September 2025 following the Welsh Government funding review.",
         ["Head of Economy and Regeneration", "Head of Environment and Technical"], "2026-06", None, "red"),
        ("", O12, "1.2.1",
         "Expand the Communities for Work Plus programme to reach 400 economically inactive residents",
         "Employability Manager", "Q4 2025/26", "", "Green", "Green",
         "212 residents engaged to date; 61 into employment.",
         ["Employability Manager"], "2026-03", None, "green"),
        (P2, O21, "2.1.1",
         "Reduce the number of children looked after through the Edge of Care service, supporting 20 families each quarter",
         "Head of Children’s Social Care", "Ongoing", "", "Green", "Green",
         "23 families supported in Q2; 2 children entered care from the cohort.",
         ["Head of Children’s Social Care"], None, "Ongoing", "green"),
        ("", "", "2.1.2",
         "Recruit 15 additional Foster Wales Wrexham foster carers during the year",
         "Fostering Team Manager", "31/03/2026", "", "Amber", "Amber",
         "6 households approved; 4 assessments due at panel in Q3.",
         ["Fostering Team Manager"], "2026-03", None, "amber"),
        ("", O22, "2.2.1",
         "Open the new extra care housing scheme in Gwersyllt with 60 apartments",
         "Head of Adult Social Care; Head of Housing and Economy", "Sep-25", "", "Green", "Complete",
         "Scheme opened 15 September 2025; 42 tenants moved in.",
         ["Head of Adult Social Care", "Head of Housing and Economy"], "2025-09", None, "blue"),
        (P3, O31, "3.1.1",
         "Install solar PV on a further 12 council buildings, including 8 schools",
         "Energy and Decarbonisation Manager", "March 2026", "", "Green", "Green",
         "7 installations complete; remaining 5 scheduled for the October half term.",
         ["Energy and Decarbonisation Manager"], "2026-03", None, "green"),
        ("", "", "3.1.2",
         "Replace 25 council fleet vehicles with electric vehicles",
         "Fleet Manager", "30/09/2025", "31/12/2025", "Amber", "Amber",
         "17 vehicles delivered; charging infrastructure at the Ruthin Road depot delayed.",
         ["Fleet Manager"], "2025-12", None, "amber"),
        (P4, O41, "4.1.1",
         "Launch the bilingual customer portal (My Wrexham / Fy Wrecsam) for council tax and waste services",
         "Chief Digital Officer", "Nov-25", "", "Green", "Green",
         "User testing complete; go-live planned for 3 November 2025.",
         ["Chief Digital Officer"], "2025-11", None, "green"),
        ("", "", "4.1.2",
         "Achieve full compliance with the Welsh Language Standards for telephone and online services",
         "Welsh Language Officer", "Annual review", "", "", "Not started",
         "Compliance audit to start in Q3 once the new portal is live.",
         ["Welsh Language Officer"], None, "Annual review", "unrated"),
    ]
    lines = [
        [title] + [""] * 9,
        ["Quarter 2 update (position at 30 September 2025)"] + [""] * 9,
        ["Prepared by: Strategic Performance Team for Executive Board, 11 November 2025"] + [""] * 9,
        [""] * 10,
        header,
    ]
    actions = []
    cur_p = cur_o = None
    for r in rows:
        (p, o, ref, act, lead_cell, due, rev, q1, q2, com, lead, end, end_text, status) = r
        lines.append([p, o, ref, act, lead_cell, due, rev, q1, q2, com])
        if p:
            cur_p = p
        if o:
            cur_o = o
        actions.append(dict(ref=ref, under=[cur_p, cur_o], action=act, lead=lead, end=end,
                            end_text=end_text, status=status))
    lines += [
        [""] * 10,
        ["RAG key: Green = on track; Amber = some slippage, within tolerance; Red = off track, intervention needed; Complete = action delivered"] + [""] * 9,
        ["Where a Revised Date is shown it has been agreed by the responsible Chief Officer. Source: Pentana extract 14/10/2025."] + [""] * 9,
    ]
    with open(out(fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    meta = dict(
        source=("Imitates a Welsh unitary council's Council Plan (well-being objectives) quarterly delivery "
                "tracker as exported from a performance system (Pentana) to CSV for Executive Board / scrutiny, "
                "after the Wrexham CBC Council Plan 2023-28 and its annual performance reporting "
                "(wrexham.gov.uk council plan pages). Copied features: title lines above the header, "
                "priority and outcome columns filled only on the first row of their group, three-level refs, "
                "Due and Revised date columns, previous (Q1) and current (Q2) RAG columns, commentary, "
                "RAG key and source note below the table."),
        reads=("A CSV delivery tracker of ten Council Plan actions under four council priorities and their "
               "outcomes. The priority and outcome are written once and carry down to the rows beneath; "
               "status is the Q2 RAG and the revised date replaces the due date where given."),
        title=title,
    )
    write_expected(fname, meta, actions)
    return fname, len(actions)


# ===========================================================================
# 2. West Glamorgan Safeguarding Board – JICPA Swansea improvement plan (DOCX)
# ===========================================================================

def make_jicpa():
    fname = "zui-west-glamorgan-safeguarding-board-swansea-jicpa-improvement-plan.docx"
    title = "Joint Inspection of Child Protection Arrangements (JICPA) Swansea – Multi-agency Improvement Plan"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("West Glamorgan Safeguarding Board")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=0)

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([
        ("Version", "Date", "Author", "Comments"),
        ("0.3", "14/06/2024", "WGSB Business Manager", "Draft for partner comment"),
        ("1.0", "18/07/2024", "WGSB Business Manager", "Approved by the Children’s Board"),
        ("1.2", "09/01/2025", "WGSB Business Manager", "Quarter 3 progress update"),
    ]):
        for j, t in enumerate(row):
            set_cell(dc.cell(i, j), t, bold=(i == 0))

    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "Care Inspectorate Wales, Healthcare Inspectorate Wales, HMICFRS and Estyn carried out a joint "
        "inspection of child protection arrangements in Swansea in March 2024. The report made three "
        "recommendations for the safeguarding partners. This plan sets out how Swansea Council, South Wales "
        "Police, Swansea Bay University Health Board and education partners will respond. Progress is "
        "reported to the West Glamorgan Safeguarding Children’s Board each quarter.")

    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (c, t, fill) in enumerate([
        ("Blue", "Complete – evidence of impact seen", "0070C0"),
        ("Green", "On track", "00B050"),
        ("Amber", "Some slippage – within the year", "FFC000"),
        ("Red", "Off track – escalate to the Board", "FF0000"),
    ]):
        set_cell(key.cell(i, 0), c, bold=True)
        shade(key.cell(i, 0), fill)
        set_cell(key.cell(i, 1), t)

    themes = [
        ("Theme 1: Referrals and the front door",
         "Recommendation 1: Partner agencies must ensure that referrers are consistently told the outcome of their referral and the reasons for the decision.",
         [
             ("1.1", "Introduce a standard outcome notification from the Swansea Single Point of Contact to every professional referrer within 3 working days",
              "SPOC Principal Officer (Swansea Council)", "September 2024",
              "Notification letter in use since 2 September 2024; 96% sent within 3 days in Q3.", "Complete",
              ["SPOC Principal Officer (Swansea Council)"], "2024-09", None, "blue"),
             ("1.2", "Audit a sample of 30 police and health referrals each quarter to check that outcome feedback was received",
              "WGSB Quality Assurance Sub-group Chair", "Quarterly",
              "Q2 and Q3 audits completed; feedback received in 27 of 30 cases.", "Green",
              ["WGSB Quality Assurance Sub-group Chair"], None, "Quarterly", "green"),
         ]),
        ("Theme 2: Strategy discussions and joint investigations",
         "Recommendation 2: Swansea Council, South Wales Police and Swansea Bay University Health Board should make sure that health professionals are invited to, and take part in, strategy discussions.",
         [
             ("2.1", "Revise the regional strategy discussion protocol so that the health board safeguarding team is invited to every strategy discussion",
              "Head of Child and Family Services / SBUHB Head of Safeguarding", "Oct 2024 – Feb 2025",
              "Draft protocol out to consultation; sign-off expected at the February Board.", "Amber",
              ["Head of Child and Family Services", "SBUHB Head of Safeguarding"], "2025-02", "Oct 2024 – Feb 2025", "amber"),
             ("2.2", "Provide a daily safeguarding nurse slot at the Swansea MASH for strategy discussions held by telephone",
              "SBUHB Head of Safeguarding", "31/03/2025",
              "Slot piloted 3 days a week from November 2024.", "Green",
              ["SBUHB Head of Safeguarding"], "2025-03", None, "green"),
             ("2.3", "Deliver joint training on the Wales Safeguarding Procedures for Public Protection Unit officers and social workers\n(two cohorts during 2024/25)",
              "South Wales Police PPU Detective Inspector", "March 2025",
              "First cohort (24 staff) trained in December; second cohort not yet scheduled.", "Amber",
              ["South Wales Police PPU Detective Inspector"], "2025-03", None, "amber"),
         ]),
        ("Theme 3: Electively home educated children",
         "Recommendation 3: Swansea Council should strengthen its oversight of electively home educated children, including information sharing with health and social services.",
         [
             ("3.1", "Establish a monthly multi-agency EHE panel with education, health visiting, school nursing and social services",
              "Head of Education Inclusion Service", "July 2024",
              "Panel established; terms of reference agreed 11 July 2024.", "Complete",
              ["Head of Education Inclusion Service"], "2024-07", None, "blue"),
             ("3.2", "Share the EHE register with the health board each term so that health records can be cross-checked",
              "Head of Education Inclusion Service; SBUHB Named Nurse Safeguarding Children", "Termly",
              "Information sharing protocol signed; first exchange completed in the autumn term.", "Green",
              ["Head of Education Inclusion Service", "SBUHB Named Nurse Safeguarding Children"], None, "Termly", "green"),
             ("3.3", "Publish guidance for schools on notifying the local authority when a parent intends to remove a child from the school roll",
              "Education Safeguarding Lead", "Summer term 2025",
              "Guidance being drafted with headteacher representatives.", "Green",
              ["Education Safeguarding Lead"], "2025-07", None, "green"),
         ]),
    ]
    actions = []
    for theme, rec, rows in themes:
        doc.add_paragraph(theme, style="Heading 2")
        t = doc.add_table(rows=2 + len(rows), cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(top, rec, bold=True)
        shade(top, "D9E2F3")
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update (January 2025)", "RAG"]):
            set_cell(t.cell(1, j), h, bold=True)
        for i, row in enumerate(rows):
            (ref, act, lead_cell, when, prog, rag, lead, end, end_text, status) = row
            for j, txt in enumerate([ref, act, lead_cell, when, prog, rag]):
                set_cell(t.cell(2 + i, j), txt)
            actions.append(dict(ref=ref, under=[theme, rec], action=act, lead=lead, end=end,
                                end_text=end_text, status=status))
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Approved by", "Role", "Date"]):
        set_cell(so.cell(0, j), h, bold=True)
    for j, h in enumerate(["West Glamorgan Safeguarding Children’s Board", "Regional Safeguarding Board", "18/07/2024"]):
        set_cell(so.cell(1, j), h)
    doc.save(out(fname))

    meta = dict(
        source=("Imitates a Welsh regional safeguarding board's multi-agency improvement plan after a Joint "
                "Inspection of Child Protection Arrangements (JICPA; CIW, HIW, HMICFRS and Estyn, 2023/24 programme; "
                "careinspectorate.wales JICPA pages and the Cardiff/Bridgend/Powys JICPA reports). Copied features: "
                "board name above a Title line, document control table, introduction, RAG key table with fills, "
                "one Word table per theme with the inspectors' recommendation in a merged top row, ref/action/lead/"
                "timescale/progress/RAG columns, two leads in one cell, a two-paragraph action cell, sign-off table."),
        reads=("A Word improvement plan with three themed tables, each headed by the JICPA recommendation it "
               "answers, holding eight numbered actions with leads, timescales (months, a period, Quarterly, Termly, "
               "a school term) and RAG words. Document control, RAG key and sign-off tables are not actions."),
        title=title,
    )
    write_expected(fname, meta, actions)
    return fname, len(actions)


# ===========================================================================
# 3. Adoption Now RAA – Service Improvement Plan (XLSX, fill-colour RAG)
# ===========================================================================

FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DDEBF7"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def make_adoption_now():
    fname = "zui-adoption-now-raa-service-improvement-plan-2024-25.xlsx"
    title = "Adoption Now – Service Improvement Plan 2024/25"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Regional Adoption Agency for Blackburn with Darwen, Bolton, Bury, Oldham, Rochdale and Tameside"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for i, row in enumerate([
        ("Version", "Date", "Author", "Approved by"),
        ("1.0", dt.datetime(2024, 5, 2), "Head of Service", "Adoption Now Partnership Board"),
        ("1.3", dt.datetime(2024, 10, 14), "RAA Business Manager", "Q2 update"),
        ("1.4", dt.datetime(2025, 1, 20), "RAA Business Manager", "Q3 update"),
    ]):
        for j, v in enumerate(row):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    cov["A11"] = "Hosted by Blackburn with Darwen Borough Council on behalf of the six partner local authorities."
    for col, w in zip("ABCD", (14, 14, 26, 34)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Plan 2024-25")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update: Quarter 3 (to 31 December 2024)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Key: the RAG column is shaded – Blue = complete, Green = on track, Amber = at risk, "
                "Red = off track, no shading = not yet started")
    ws.merge_cells("A3:H3")
    hdr = ["Ref", "What we will do", "Lead", "Start", "Due", "Revised due", "Progress update", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.border = BOX
        c.alignment = WRAP

    D = dt.datetime
    P1 = "Priority 1: Reduce the time children wait to be matched with adopters"
    P2 = "Priority 2: Recruit adopters who can meet the needs of the children waiting"
    P3 = "Priority 3: Strengthen adoption support"
    P4 = "Priority 4: Quality assurance and the voice of adopters"
    plan = [
        P1,
        ("1.1", "Introduce early permanence (Foster for Adoption) planning meetings for every child with a plan for adoption",
         "Head of Service", D(2024, 4, 1), D(2024, 9, 1), None,
         "Meetings in place across all six partner areas from September 2024.", "blue",
         ["Head of Service"], "2024-09"),
        ("1.2", "Hold quarterly regional adoption activity days with Adoption Counts and Together for Adoption",
         "Family Finding Team Manager", D(2024, 6, 1), D(2025, 3, 1), None,
         "Two activity days held (July and November); 9 children linked.", "green",
         ["Family Finding Team Manager"], "2025-03"),
        ("1.3", "Track every child waiting more than 18 months through a monthly senior management tracking meeting",
         "KB/SW", D(2024, 4, 1), D(2024, 12, 1), D(2025, 3, 1),
         "Tracking meeting established; data from two partner LAs still incomplete, so the due date has been moved.", "amber",
         ["KB", "SW"], "2025-03"),
        P2,
        ("2.1", "Launch a targeted recruitment campaign for adopters for sibling groups and children aged 4 and over",
         "Marketing and Recruitment Officer", D(2024, 5, 1), D(2024, 10, 1), None,
         "Campaign ran in National Adoption Week; 38 enquiries received.", "blue",
         ["Marketing and Recruitment Officer"], "2024-10"),
        ("2.2", "Work with faith and community groups in Blackburn, Oldham and Rochdale to recruit adopters from Black, Asian and mixed heritage communities",
         "Recruitment and Assessment Team Manager", D(2024, 6, 1), D(2025, 3, 1), None,
         "Four community events held; 3 households in assessment.", "green",
         ["Recruitment and Assessment Team Manager"], "2025-03"),
        ("2.3", "Reduce the average time from enquiry to approval to 6 months",
         "Recruitment and Assessment Team Manager", D(2024, 4, 1), D(2025, 3, 1), None,
         "Average is 8.4 months; delays in medicals and DBS checks escalated to the Partnership Board.", "red",
         ["Recruitment and Assessment Team Manager"], "2025-03"),
        P3,
        ("3.1", "Complete an assessment of need within 12 weeks for every family that requests adoption support",
         "Adoption Support Team Manager", D(2024, 4, 1), D(2025, 1, 1), None,
         "71% completed within 12 weeks in Q3 (target 90%).", "amber",
         ["Adoption Support Team Manager"], "2025-01"),
        ("3.2", "Commission a therapeutic parenting programme for adopters of children aged 8 and over, funded through the Adoption and Special Guardianship Support Fund",
         "Adoption Support Team Manager / RAA Business Manager", D(2024, 9, 1), D(2025, 2, 1), None,
         "Provider appointed; first cohort starts in February.", "green",
         ["Adoption Support Team Manager", "RAA Business Manager"], "2025-02"),
        ("3.3", "Set up a peer support group for adopted young people aged 13–18 in each partner area",
         "Adoption Support Team Manager", D(2025, 1, 1), D(2025, 6, 1), None,
         "Not yet started – planned for Q4.", None,
         ["Adoption Support Team Manager"], "2025-06"),
        P4,
        ("4.1", "Carry out an annual adopter survey and publish a ‘You said, we did’ response",
         "Quality Assurance Manager", D(2024, 11, 1), D(2025, 3, 1), None,
         "Survey closed 20 December; 112 responses being analysed.", "green",
         ["Quality Assurance Manager"], "2025-03"),
    ]
    r = 6
    actions = []
    cur = None
    for item in plan:
        if isinstance(item, str):
            c = ws.cell(row=r, column=1, value=item)
            c.font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cur = item
            r += 1
            continue
        ref, act, lead_cell, start, due, rev, prog, rag, lead, end = item
        vals = [ref, act, lead_cell, start, due, rev, prog, None]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        if rag:
            ws.cell(row=r, column=8).fill = FILL[rag]
        actions.append(dict(ref=ref, under=[cur], action=act, lead=lead, end=end, end_text=None,
                            status=rag or "unrated"))
        r += 1
    for col, w in zip("ABCDEFGH", (6, 60, 30, 9, 9, 11, 50, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "RAG summary – Quarter 3"
    sm["A1"].font = Font(bold=True)
    rows = [("Priority", "Blue", "Green", "Amber", "Red", "Not started", "Total"),
            ("Priority 1", 1, 1, 1, 0, 0, 3),
            ("Priority 2", 1, 1, 0, 1, 0, 3),
            ("Priority 3", 0, 1, 1, 0, 1, 3),
            ("Priority 4", 0, 1, 0, 0, 0, 1),
            ("Total", 2, 4, 2, 1, 1, 10)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, 5):
                c.font = Font(bold=True)
    wb.save(out(fname))

    meta = dict(
        source=("Imitates an English regional adoption agency's annual service improvement plan tracker "
                "(Adoption Now, the RAA for Blackburn with Darwen, Bolton, Bury, Oldham, Rochdale and Tameside), "
                "in the style of RAA service development/improvement plans reported to a partnership board. "
                "Copied features: cover sheet with document control, plan sheet with merged title and key rows, "
                "grey merged priority rows, Start/Due/Revised due date columns formatted mmm-yy, initials as "
                "leads, RAG shown only by cell shading (one row unshaded = not started), and a RAG summary sheet."),
        reads=("A workbook whose 'Plan 2024-25' sheet lists ten numbered actions under four priority rows; the "
               "RAG column has no words, only shading explained by the key row. Where a revised due date is given "
               "it is the end; the cover and summary sheets hold no actions."),
        title=title,
    )
    write_expected(fname, meta, actions)
    return fname, len(actions)


# ===========================================================================
# 4. Wigan Council – Scrutiny recommendations tracker (XLSX, key redefines Green)
# ===========================================================================

def make_wigan():
    fname = "zui-wigan-council-scrutiny-recommendations-tracker-2024-25.xlsx"
    title = "Wigan Council – Scrutiny Recommendations Tracker"
    wb = Workbook()
    hdr = ["Reference", "Origin", "Committee date", "Recommendation", "Cabinet response",
           "Lead Officer / Portfolio Holder", "Action taken", "Target date", "Status"]
    D = dt.datetime
    stat_fill = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}

    def sheet(ws, subtitle, blocks, with_key):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = subtitle
        ws["A2"].font = Font(italic=True)
        for j, h in enumerate(hdr):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = FILL["head"]
            c.alignment = WRAP
            c.border = BOX
        r = 5
        acts = []
        for heading, recs in blocks:
            c = ws.cell(row=r, column=1, value=heading)
            c.font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = FILL["pale"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for rec in recs:
                (ref, origin, cdate, text, resp, lead_cell, taken, target, status_cell,
                 lead, end, end_text, status) = rec
                vals = [ref, origin, cdate, text, resp, lead_cell, taken, target, status_cell]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if status_cell in stat_fill:
                    ws.cell(row=r, column=9).fill = stat_fill[status_cell]
                acts.append(dict(ref=ref, under=[heading], action=text, lead=lead, end=end,
                                 end_text=end_text, status=status))
                r += 1
        if with_key:
            r += 1
            key = [
                "Key",
                "Origin: CYP = Children and Young People Scrutiny Committee; HSC = Health and Social Care Scrutiny Committee; CC = Confident Council Scrutiny Committee",
                "Committee date: date the committee agreed the recommendation. Target date: date agreed with the lead officer.",
                "Status:",
                "Green: recommendation achieved – monitoring no longer required",
                "Amber: acceptable progress made – continue monitoring",
                "Red: unacceptable progress made – lead officer to attend the next committee",
            ]
            for k in key:
                c = ws.cell(row=r, column=1, value=k)
                if k in ("Key", "Status:"):
                    c.font = Font(bold=True)
                r += 1
        for col, w in zip("ABCDEFGHI", (14, 8, 12, 55, 14, 30, 45, 12, 9)):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A5"
        return acts

    B1 = "Children and Young People Scrutiny Committee – Task Group: Emotional Wellbeing and Mental Health of Young People"
    B2 = "Health and Social Care Scrutiny Committee – Review: Hospital Discharge and Reablement"
    B3 = "Confident Council Scrutiny Committee – Task Group: Council Tax Support and Debt Recovery"
    blocks1 = [
        (B1, [
            ("SR (24/25) 01", "CYP", D(2024, 7, 17),
             "That the Council and the ICB locality team map all emotional wellbeing support available to young people and publish it in one place on the Local Offer website.",
             "Accepted", "Assistant Director – Early Help / Portfolio Holder for Children and Families",
             "Directory published on the Local Offer in November 2024; to be reviewed each term.",
             D(2024, 11, 30), "Green",
             ["Assistant Director – Early Help", "Portfolio Holder for Children and Families"], "2024-11", None, "blue"),
            ("SR (24/25) 02", "CYP", D(2024, 7, 17),
             "That every secondary school in the borough has access to a Mental Health Support Team by September 2025.",
             "Partially accepted", "Director of Children’s Services",
             "14 of 20 secondary schools now covered; bid for a further team submitted to NHS England.",
             "Sept 2025", "Amber",
             ["Director of Children’s Services"], "2025-09", None, "amber"),
            ("SR (24/25) 03", "CYP", D(2024, 7, 17),
             "That Cabinet receives an annual report on waiting times for the children and young people’s mental health service (CAMHS).",
             "Accepted", "Director of Children’s Services; ICB Place Director",
             "First annual report scheduled for Cabinet in June 2025.",
             "June 2025", "Amber",
             ["Director of Children’s Services", "ICB Place Director"], "2025-06", None, "amber"),
        ]),
        (B2, [
            ("SR (24/25) 04", "HSC", D(2024, 9, 24),
             "That the reablement service reports monthly on the number of people waiting for a package of care on discharge from hospital.",
             "Accepted", "Assistant Director – Adult Social Care",
             "Monthly dashboard not yet in place because of data quality problems in the new case management system.",
             D(2024, 12, 31), "Red",
             ["Assistant Director – Adult Social Care"], "2024-12", None, "red"),
            ("SR (24/25) 05", "HSC", D(2024, 9, 24),
             "That the Council works with Wrightington, Wigan and Leigh Teaching Hospitals to develop a joint discharge to assess pathway.",
             "Accepted", "Assistant Director – Adult Social Care / WWL Director of Operations",
             "Joint pathway agreed at the Locality Board in October 2024 and now in operation.",
             "October 2024", "Green",
             ["Assistant Director – Adult Social Care", "WWL Director of Operations"], "2024-10", None, "blue"),
        ]),
    ]
    blocks2 = [
        (B3, [
            ("SR (23/24) 07", "CC", D(2024, 3, 14),
             "That the Council adopts a Fair Debt Collection Policy based on the Citizens Advice council tax protocol.",
             "Accepted", "JM/CB",
             "Policy approved by Cabinet on 12 December 2024.",
             D(2024, 12, 31), "Green",
             ["JM", "CB"], "2024-12", None, "blue"),
            ("SR (23/24) 08", "CC", D(2024, 3, 14),
             "That referrals to enforcement agents for council tax arrears are paused for households receiving Council Tax Support while a vulnerability check is completed.",
             "Partially accepted", "Head of Revenues and Benefits",
             "Vulnerability screening in place before any referral; a full pause was not agreed (see Cabinet response, April 2024).",
             "Ongoing", "Amber",
             ["Head of Revenues and Benefits"], None, "Ongoing", "amber"),
            ("SR (23/24) 09", "CC", D(2024, 3, 14),
             "That the task group reviews progress against these recommendations after 12 months.",
             "Accepted", "Scrutiny Officer",
             "To be scheduled in the 2025/26 work programme.",
             "To be confirmed", None,
             ["Scrutiny Officer"], None, "To be confirmed", "unrated"),
        ]),
    ]
    ws1 = wb.active
    ws1.title = "2024-25"
    a1 = sheet(ws1, "Position at 31 January 2025 – reported to the Confident Council Scrutiny Committee, 11 February 2025",
               blocks1, with_key=True)
    ws2 = wb.create_sheet("Carried forward 2023-24")
    a2 = sheet(ws2, "Recommendations carried forward from 2023/24 – position at 31 January 2025", blocks2, with_key=False)
    wb.save(out(fname))

    meta = dict(
        source=("Imitates a metropolitan borough's overview and scrutiny recommendations tracker reported to a "
                "scrutiny committee (format after published 'Scrutiny Recommendation Tracker' annexes: Reference "
                "'SR (yy/yy) nn', Origin committee code, committee date, recommendation, Cabinet response, lead "
                "officer/portfolio holder, action taken, status, with a key in which Green means the recommendation "
                "is achieved). Copied features: one sheet for the year and one for carried-forward items, merged "
                "task-group rows, dates as real dates and as words, status words with matching fills, key below the table."),
        reads=("Eight scrutiny recommendations under three task-group/review rows on two sheets; each "
               "recommendation is the item being tracked. The tracker's own key says Green = achieved, monitoring "
               "no longer required, so Green rows are complete; the last row has no status yet."),
        title=title,
    )
    actions = a1 + a2
    write_expected(fname, meta, actions)
    return fname, len(actions)


# ===========================================================================
# 5. Birmingham Children's Trust – Foster Birmingham Ofsted action plan (XLSX, REFUSE)
# ===========================================================================

def make_birmingham_refuse():
    fname = "zui-birmingham-childrens-trust-foster-birmingham-ofsted-action-plan-typo-month-refuse.xlsx"
    title = "Birmingham Children’s Trust – Foster Birmingham Ofsted Inspection Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Inspection of the independent fostering agency, autumn 2023 – overall judgement: Good"
    ws.merge_cells("A2:G2")
    ws["A3"] = "Plan owner: Head of Fostering. Progress reviewed at the Fostering Service Management Team each month."
    ws.merge_cells("A3:G3")
    hdr = ["No.", "Ofsted recommendation", "Action", "Lead", "By when", "Progress update (May 2024)", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
    recs = [
        ("The registered person should ensure that foster carers’ annual reviews are completed on time and take account of the views of children. (The Fostering Services: National Minimum Standards, 2011, standard 20.5)",
         [("1a", "Introduce a tracker for all annual reviews, with a 4-week reminder to supervising social workers",
           "Fostering Team Manager (Assessment and Review)", "January 2024",
           "Tracker live; 94% of reviews on time in April.", "Complete"),
          ("1b", "Reviewing officer to obtain children’s views using the ‘Have your say’ form before each review",
           "Independent Reviewing Officer", "March 2024",
           "Form in use; views recorded in 31 of 35 reviews.", "Complete")]),
        ("The registered person should ensure that safer caring plans are updated when a new child is placed. (NMS 4.3)",
         [("2a", "Audit all safer caring plans for carers who have had a new placement in the last 6 months",
           "Practice Manager", "April 2024",
           "Audit completed; 11 plans updated.", "Green"),
          ("2b", "Update the placement checklist so that the supervising social worker reviews the safer caring plan within 5 working days of a placement",
           "Practice Manager", "Septmber 2024",
           "Checklist revised; awaiting sign-off by the Head of Fostering.", "Amber"),
          ("2c", "Deliver safer caring refresher training to all mainstream and connected foster carers",
           "Learning and Development Lead", "June 2024",
           "Three sessions delivered; 46% of carers attended so far.", "Amber")]),
        ("The registered person should ensure that fostering panel minutes accurately record the reasons for the panel’s recommendations. (NMS 14.1)",
         [("3a", "Panel adviser to quality assure all panel minutes before they are sent to the agency decision maker",
           "Panel Adviser", "December 2023",
           "In place from the December panel.", "Complete"),
          ("3b", "Provide minute-taking training for panel administrators",
           "Panel Adviser", "February 2024",
           "Training delivered 13 February 2024.", "Complete")]),
    ]
    r = 6
    typo_row = None
    for rec, acts in recs:
        first = r
        for (no, act, lead, when, prog, rag) in acts:
            for j, v in enumerate([no, None, act, lead, when, prog, rag]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if rag == "Complete":
                ws.cell(row=r, column=7).fill = FILL["blue"]
            elif rag in ("Green", "Amber", "Red"):
                ws.cell(row=r, column=7).fill = FILL[rag.lower()]
            if when == "Septmber 2024":
                typo_row = r
            r += 1
        ws.cell(row=first, column=2, value=rec).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete (blue) / Green = on track / Amber = some delay / Red = not on track")
    for col, w in zip("ABCDEFG", (6, 45, 50, 28, 14, 40, 10)):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("Inspection summary")
    s2["A1"] = "Ofsted judgements"
    s2["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Overall experiences and progress of children and young people", "Good"),
        ("How well children and young people are helped and protected", "Good"),
        ("The effectiveness of leaders and managers", "Good"),
        ("Number of recommendations", 3),
        ("Number of requirements", 0),
    ]):
        s2.cell(row=3 + i, column=1, value=k)
        s2.cell(row=3 + i, column=2, value=v)
    s2.column_dimensions["A"].width = 62
    wb.save(out(fname))

    assert typo_row == 9, typo_row
    meta = dict(
        source=("Imitates a local authority children's trust's action plan after an Ofsted inspection of its "
                "independent fostering agency (Foster Birmingham, Birmingham Children's Trust, judged Good in "
                "autumn 2023; fosterbirmingham.co.uk news). Copied features: title/context rows, Ofsted "
                "recommendation text with its NMS reference in a column merged down over its actions, lettered "
                "action numbers, month-word 'By when' cells, status words with fills, an inspection summary sheet."),
        reads=("Seven actions answering three Ofsted recommendations. In row 9 (action 2b) the 'By when' cell reads "
               "'Septmber 2024', a mistyped month; a careful reader stops and asks rather than guess the date."),
        outcome="refuse",
        refuse_at=typo_row,
        title=title,
    )
    write_expected(fname, meta, None)
    return fname, 7


# ===========================================================================
# 6. Bedford Borough SCP – LCSPR Child J action plan (DOCX, merged recommendation cells)
# ===========================================================================

def make_bedford():
    fname = "zui-bedford-borough-scp-lcspr-child-j-action-plan.docx"
    title = "Local Child Safeguarding Practice Review: Child J – Multi-agency Action Plan"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Bedford Borough Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    doc.add_heading(title, level=1)

    det = doc.add_table(rows=5, cols=2)
    det.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Review", "Child J – Local Child Safeguarding Practice Review"),
        ("Report published", "15 October 2024"),
        ("Action plan owner", "Learning and Improvement Sub-group"),
        ("Monitoring", "Progress reported to the Safeguarding Partners Executive each quarter"),
        ("Last updated", "20 March 2025"),
    ]):
        set_cell(det.cell(i, 0), k, bold=True)
        set_cell(det.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: B = complete and evidence of impact received; G = on track; A = some delay; R = off track")

    section = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width

    hdr = ["No.", "Recommendation", "Action", "Lead agency", "Lead officer", "Target date",
           "Progress / evidence of impact", "RAG"]
    T1 = "Learning theme 1: Seeing the baby – pre-birth assessment and the role of fathers"
    T2 = "Learning theme 2: Information sharing between adult and children’s services"
    R1 = "1. Partners should ensure that fathers and other male carers are identified, assessed and included in pre-birth planning."
    R2 = "2. Safeguarding partners should be assured that practitioners understand the risk of non-accidental injury to non-mobile babies."
    R3 = "3. Adult mental health and substance misuse services should routinely consider the parenting role of adults and share information with children’s social care."
    content = [
        ("theme", T1),
        ("rec", R1, [
            ("1.1", "Update the multi-agency pre-birth protocol to include a mandatory section on fathers and male carers",
             "Bedford Borough Council", "Head of Safeguarding and Quality Assurance", "31/12/2024",
             "Protocol updated and published on the partnership website in December 2024.", "B",
             ["Head of Safeguarding and Quality Assurance"], "2024-12", None, "blue"),
            ("1.2", "Midwifery to record the name and details of the father at the booking appointment and share them with the health visiting service",
             "Bedfordshire Hospitals NHS FT", "Named Midwife for Safeguarding", "March 2025",
             "Booking template changed; audit of compliance due in April.", "G",
             ["Named Midwife for Safeguarding"], "2025-03", None, "green"),
        ]),
        ("rec", R2, [
            ("2.1", "Relaunch the bruising in non-mobile babies protocol with a 7-minute briefing for all agencies",
             "Safeguarding Partnership", "Safeguarding Partnership Business Manager", "November 2024",
             "Briefing issued 4 November 2024; 310 downloads.", "B",
             ["Safeguarding Partnership Business Manager"], "2024-11", None, "blue"),
            ("2.2", "Carry out a multi-agency audit of 20 referrals for bruising in non-mobile babies to test compliance with the protocol",
             "BLMK ICB / Bedford Borough Council", "Designated Nurse Safeguarding Children / Head of Safeguarding and Quality Assurance", "June 2025",
             "Audit tool agreed; case sample being selected.", "A",
             ["Designated Nurse Safeguarding Children", "Head of Safeguarding and Quality Assurance"], "2025-06", None, "amber"),
        ]),
        ("theme", T2),
        ("rec", R3, [
            ("3.1", "Add a mandatory ‘Think Family’ question to the adult mental health assessment template",
             "East London NHS Foundation Trust", "ELFT Associate Director of Safeguarding", "30/09/2024",
             "Question live on the electronic record from September 2024.", "B",
             ["ELFT Associate Director of Safeguarding"], "2024-09", None, "blue"),
            ("3.2", "Substance misuse service to attend the MASH daily meeting\nand provide a single point of contact for children’s social care",
             "Adult substance misuse service", "Service Manager (Substance Misuse)", "Ongoing",
             "Attending 3 days a week; named contact in place.", "G",
             ["Service Manager (Substance Misuse)"], None, "Ongoing", "green"),
            ("3.3", "Deliver two multi-agency learning events on Child J for practitioners",
             "Safeguarding Partnership", "Safeguarding Partnership Business Manager", "Jan–Feb 2025",
             "First event held 28 January (64 attended); second event moved to April because of venue availability.", "A",
             ["Safeguarding Partnership Business Manager"], "2025-02", "Jan–Feb 2025", "amber"),
        ]),
    ]
    n_rows = 1 + sum(1 if c[0] == "theme" else len(c[2]) for c in content)
    t = doc.add_table(rows=n_rows, cols=8)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    ri = 1
    actions = []
    cur_theme = None
    for c in content:
        if c[0] == "theme":
            m = t.cell(ri, 0).merge(t.cell(ri, 7))
            set_cell(m, c[1], bold=True, size=10)
            shade(m, "F2F2F2")
            cur_theme = c[1]
            ri += 1
            continue
        _, rec, rows = c
        first = ri
        for (no, act, agency, officer, target, prog, rag, lead, end, end_text, status) in rows:
            for j, v in ((0, no), (2, act), (3, agency), (4, officer), (5, target), (6, prog), (7, rag)):
                set_cell(t.cell(ri, j), v)
            actions.append(dict(ref=no, under=[cur_theme, rec], action=act, lead=lead, end=end,
                                end_text=end_text, status=status))
            ri += 1
        m = t.cell(first, 1).merge(t.cell(ri - 1, 1))
        set_cell(m, rec)
    doc.add_paragraph("")
    doc.add_paragraph("Actions rated B are removed from the plan once the Learning and Improvement Sub-group has seen evidence of impact.")
    doc.save(out(fname))

    meta = dict(
        source=("Imitates an English safeguarding children partnership's multi-agency action plan for a Local "
                "Child Safeguarding Practice Review (LCSPR), as published by partnerships alongside review reports "
                "(Working Together 2023 LCSPR guidance pages). Copied features: partnership name and heading, review "
                "details table, RAG letter key line, one landscape table with full-width learning-theme rows, the "
                "recommendation cell merged down over its actions, separate lead agency and lead officer columns, "
                "a two-paragraph action cell, month, date, period and Ongoing target cells, B/G/A/R letters."),
        reads=("A Word action plan for LCSPR Child J: two learning themes, three numbered recommendations (each "
               "spanning its action rows) and seven numbered actions with the lead officer, target date and a "
               "RAG letter. The review details table and the key line are not actions."),
        title=title,
    )
    write_expected(fname, meta, actions)
    return fname, len(actions)


# ===========================================================================
# 7. West Sussex CC – Ofsted monitoring visit (care leavers) action plan (TXT, tab-separated)
# ===========================================================================

def make_west_sussex():
    fname = "zui-west-sussex-county-council-ofsted-monitoring-visit-action-plan.txt"
    title = "West Sussex County Council – Ofsted Monitoring Visit Action Plan (Care Leavers)"
    A1 = "Area for improvement 1: The quality of pathway plans and how well they reflect young people’s views"
    A2 = "Area for improvement 2: Access to suitable accommodation for care leavers aged 18 to 21"
    A3 = "Area for improvement 3: Support for care leavers’ emotional wellbeing and mental health"
    content = [
        A1,
        ("1.1", "Revise the pathway plan template with members of the Care Leavers’ Forum so that it is written to the young person",
         "Care Leavers Team Manager", "Oct-22", "Dec-22",
         "New template live from 5 December 2022.", "B",
         ["Care Leavers Team Manager"], "2022-12", None, "blue"),
        ("1.2", "Personal advisers to review every pathway plan at least every six months, with a monthly compliance report to the Service Manager",
         "Service Manager (Care Leavers)", "31/03/2023", "",
         "Compliance 81% in December (November 74%).", "G",
         ["Service Manager (Care Leavers)"], "2023-03", None, "green"),
        ("1.3", "Audit 25 pathway plans each quarter against the new practice standard",
         "Head of Quality Assurance and Practice Improvement", "Q4 2022/23", "",
         "First audit completed; moderation slipped because of auditor capacity.", "A",
         ["Head of Quality Assurance and Practice Improvement"], "2023-03", None, "amber"),
        A2,
        ("2.1", "Agree a joint housing protocol for care leavers with the seven district and borough councils",
         "Assistant Director (Corporate Parenting) / District Housing Leads", "Dec-22", "Apr-23",
         "Protocol agreed by five of the seven councils; escalated to the Chief Executives’ Board.", "R",
         ["Assistant Director (Corporate Parenting)", "District Housing Leads"], "2023-04", None, "red"),
        ("2.2", "Commission 20 additional supported lodgings placements",
         "Commissioning Manager", "Mar-23", "",
         "9 placements commissioned; recruitment campaign launched January 2023.", "A",
         ["Commissioning Manager"], "2023-03", None, "amber"),
        A3,
        ("3.1", "Place a mental health practitioner from Sussex Partnership NHS Foundation Trust in the 18+ service",
         "Service Manager (Care Leavers); Sussex Partnership Service Director", "Jan-23", "",
         "Practitioner appointed; starts 9 January 2023.", "G",
         ["Service Manager (Care Leavers)", "Sussex Partnership Service Director"], "2023-01", None, "green"),
        ("3.2", "Offer every care leaver a health passport at 17½, with a follow-up offer at 21",
         "Designated Nurse for Children in Care", "Ongoing", "",
         "Passports issued to 92% of young people turning 18 this quarter.", "G",
         ["Designated Nurse for Children in Care"], None, "Ongoing", "green"),
    ]
    lines = [
        title,
        "Monitoring visit: 13 and 14 September 2022 (services for care leavers)",
        "Plan owner: Assistant Director (Corporate Parenting)\tLast updated: 16/01/2023",
        "",
        "\t".join(["Ref", "Action", "Lead", "Original due", "Revised due", "Update", "RAG"]),
    ]
    actions = []
    cur = None
    for c in content:
        if isinstance(c, str):
            lines.append(c)
            cur = c
            continue
        ref, act, lead_cell, orig, rev, upd, rag, lead, end, end_text, status = c
        lines.append("\t".join([ref, act, lead_cell, orig, rev, upd, rag]))
        actions.append(dict(ref=ref, under=[cur], action=act, lead=lead, end=end,
                            end_text=end_text, status=status))
    lines += [
        "",
        "RAG: B = complete; G = on track; A = at risk of slipping; R = off track",
        "Revised dates agreed at the Children’s Improvement Board, 12 December 2022.",
    ]
    with open(out(fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    meta = dict(
        source=("Imitates an English county council's action plan after an Ofsted monitoring visit to children's "
                "services judged inadequate (West Sussex CC, monitoring visits 2021-22; the Ofsted guidance on "
                "monitoring inadequate LAs), saved from the improvement team's tracker as tab-separated text. "
                "Copied features: title and visit/owner lines, header row, 'Area for improvement n: ...' heading "
                "lines with no tabs, Original due and Revised due columns, B/G/A/R letters, two leads in one cell, "
                "key and note lines after the table."),
        reads=("A tab-separated plan of seven numbered actions under three areas for improvement from a care "
               "leavers monitoring visit. The revised due date, where given, is the end; RAG letters follow the key "
               "at the foot (B = complete)."),
        title=title,
    )
    write_expected(fname, meta, actions)
    return fname, len(actions)


if __name__ == "__main__":
    made = [make_wrexham(), make_jicpa(), make_adoption_now(), make_wigan(),
            make_birmingham_refuse(), make_bedford(), make_west_sussex()]
    for fn, n in made:
        print(f"{fn}: {n} actions")
