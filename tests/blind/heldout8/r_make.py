"""Generator for blind held-out set 8 (files named r-*).

Run with /work/main/.venv/bin/python r_make.py  (python-docx, openpyxl).
Writes each document and its NAME.ext.expected.yaml (hand-specified readings).
"""
import datetime as dt
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"


# ---------------------------------------------------------------- yaml writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_expected(name, meta, actions):
    lines = []
    lines.append("source: >-")
    lines.append("  " + meta["source"])
    lines.append("reads: >-")
    lines.append("  " + meta["reads"])
    lines.append("outcome: " + meta["outcome"])
    lines.append("accept_refusal: false")
    if "refuse_at" in meta:
        lines.append("refuse_at: %d" % meta["refuse_at"])
    if meta.get("title") is not None:
        lines.append("title: " + q(meta["title"]))
    if meta["outcome"] == "read":
        lines.append("actions:")
        for a in actions:
            lines.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append("    action: " + q(a["action"]))
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text"):
                lines.append("    end_text: " + q(a["end_text"]))
            lines.append("    status: " + a["status"])
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def A(ref, under, action, lead, end, status, end_text=None):
    d = dict(ref=ref, under=list(under), action=action, lead=list(lead), end=end, status=status)
    if end_text:
        d["end_text"] = end_text
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=None):
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def header_row(table, idx, labels, fill="1F3864"):
    row = table.rows[idx]
    for c, lab in zip(row.cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(row)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


# ============================================================ 1. ILACS (docx)
def f1():
    name = "r-ilacs-improvement-plan.docx"
    doc = Document()
    doc.add_paragraph("Westmarsh Borough Council – Children's Services")
    doc.add_heading("Children's Services Improvement Plan", 0)
    doc.add_paragraph("Our response to the Ofsted inspection of local authority children's services (ILACS), January 2024")
    doc.add_paragraph("Version 1.3 – for Improvement Board, 21 May 2024")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([["Version", "Date", "Author", "Summary of changes"],
                             ["1.0", "12/03/2024", "RG", "First draft submitted to Ofsted"],
                             ["1.2", "18/04/2024", "JF", "Comments from DfE adviser added"],
                             ["1.3", "14/05/2024", "RG", "May progress updates"]]):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.add_page_break()
    doc.add_heading("1. Introduction", 1)
    doc.add_paragraph("Ofsted inspected Westmarsh children's services between 8 and 19 January 2024 and judged overall "
                      "effectiveness to require improvement to be good. This plan sets out what we will do in response to "
                      "the four recommendations made by inspectors. Progress is reported monthly to the Improvement Board "
                      "chaired by the Chief Executive.")
    doc.add_heading("2. What inspectors asked us to improve", 1)
    for r in ["The consistency and timeliness of multi-agency strategy discussions.",
              "The quality of plans for children in need of help and protection.",
              "How children's views inform their care plans.",
              "Accommodation and EET outcomes for care leavers."]:
        doc.add_paragraph(r, style="List Number")
    doc.add_paragraph("RAG: Green – on track; Amber – some slippage but recoverable; Red – off track, escalated to the "
                      "Board; Complete – action delivered and evidenced.")
    doc.add_page_break()
    doc.add_heading("3. Action plan", 1)

    acts = []
    cols = ["Ref", "Action", "Lead", "Timescale", "Progress update (May 2024)", "RAG"]

    def table(rec_rows, with_rec=True):
        # rec_rows: list of ("rec", text) or ("act", tuple)
        n = len(rec_rows) + 1
        tb = doc.add_table(rows=n, cols=6)
        tb.style = "Table Grid"
        header_row(tb, 0, cols)
        for i, item in enumerate(rec_rows, start=1):
            row = tb.rows[i]
            if item[0] == "rec":
                m = row.cells[0].merge(row.cells[5])
                set_cell(m, item[1], bold=True)
                shade(m, GREY)
            else:
                ref, action, lead, when, prog, rag = item[1]
                for j, v in enumerate([ref, action, lead, when, prog, rag]):
                    set_cell(row.cells[j], v)
        return tb

    P1 = "Priority 1: Quality of practice at the front door"
    R1 = "Recommendation 1: Strengthen the consistency and timeliness of multi-agency strategy discussions when children may be at risk of significant harm."
    doc.add_heading(P1, 2)
    rows = [("rec", R1),
            ("act", ("1.1", "Revise the MASH strategy discussion protocol with police and health partners, and relaunch it at a partnership practice week.", "RG/JF", "Jun-24", "Draft protocol agreed by police; health sign-off due 3 June.", "Green")),
            ("act", ("1.2", "Introduce a daily MASH threshold huddle chaired by a team manager, with attendance recorded.", "SD", "31/05/2024", "Huddle in place since 2 April; attendance 96%.", "Complete")),
            ("act", ("1.3", "Monthly dip sample of 20 strategy discussions by the QA team, findings reported to the Improvement Board.", "QA Manager", "Monthly", "April sample: 14 of 20 timely.", "Green"))]
    table(rows)
    acts += [A("1.1", [P1, R1], rows[1][1][1], ["RG", "JF"], "2024-06", "green"),
             A("1.2", [P1, R1], rows[2][1][1], ["SD"], "2024-05", "blue"),
             A("1.3", [P1, R1], rows[3][1][1], ["QA Manager"], None, "green", "Monthly")]

    P2 = "Priority 2: Children in need and child protection"
    R2 = "Recommendation 2: Improve the quality of plans for children in need of help and protection so that they are specific, measurable and understood by families."
    doc.add_heading(P2, 2)
    rows = [("rec", R2),
            ("act", ("2.1", "Roll out the new SMART plan template in Liquidlogic\nTraining for all CIN/CP social workers and team managers", "Principal Social Worker", "Sept 2024", "Template live; 62% of staff trained.", "Amber")),
            ("act", ("2.2", "Plans audit tool updated to include family voice and measurable outcomes.", "RG", "Q2 2024/25", "Tool drafted.", "Green"))]
    table(rows)
    acts += [A("2.1", [P2, R2], rows[1][1][1], ["Principal Social Worker"], "2024-09", "amber"),
             A("2.2", [P2, R2], rows[2][1][1], ["RG"], "2024-09", "green")]
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    r = p.add_run("Priority 2 (continued)")
    r.italic = True
    rows = [("act", ("2.3", "Child protection chairs to escalate drift via the dispute resolution process when plans are not progressing.", "Head of Safeguarding and Quality Assurance", "End of July 2024", "Only 2 escalations in April; reminder issued.", "Red")),
            ("act", ("2.4", "Team managers to review all CIN plans open longer than 9 months and step down or escalate as appropriate.", "Service Manager (CIN/CP)", "Oct-24", "41 of 88 reviewed.", "Amber"))]
    table(rows)
    acts += [A("2.3", [P2, R2], rows[0][1][1], ["Head of Safeguarding and Quality Assurance"], "2024-07", "red"),
             A("2.4", [P2, R2], rows[1][1][1], ["Service Manager (CIN/CP)"], "2024-10", "amber")]

    P3 = "Priority 3: Children in care and care leavers"
    R3 = "Recommendation 3: Ensure that the recorded views of children in care inform their care plans and reviews."
    R4 = "Recommendation 4: Increase the number of care leavers in suitable accommodation and in education, employment or training."
    doc.add_heading(P3, 2)
    rows = [("rec", R3),
            ("act", ("3.1", "Independent Reviewing Officers to complete a mid-point review for every child and record the child's views in their own words.", "IRO Service Manager", "Aug 2024 – Jan 2025", "Mid-point review form agreed.", "Green")),
            ("act", ("3.2", "Launch the Children in Care Council 'Have Your Say' app.", "JF & MB", "Dec-24", "", "Not started")),
            ("rec", R4),
            ("act", ("3.3", "Agree a joint housing protocol for care leavers with the district housing team.", "Head of Corporate Parenting", "TBC", "Awaiting district council response.", "Amber")),
            ("act", ("3.4", "Commission an EET coach for care leavers aged 18–21.", "Hughes, Dawn", "By 31 March 2025", "Funding agreed.", "Green"))]
    table(rows)
    acts += [A("3.1", [P3, R3], rows[1][1][1], ["IRO Service Manager"], "2025-01", "green"),
             A("3.2", [P3, R3], rows[2][1][1], ["JF", "MB"], "2024-12", "unrated"),
             A("3.3", [P3, R4], rows[4][1][1], ["Head of Corporate Parenting"], None, "amber", "TBC"),
             A("3.4", [P3, R4], rows[5][1][1], ["Hughes, Dawn"], "2025-03", "green")]

    doc.add_heading("4. Sign-off", 1)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([["Name", "Role", "Date"],
                             ["Rachel Green", "Director of Children's Services", "21/05/2024"],
                             ["Cllr J. Farrow", "Lead Member for Children", "21/05/2024"]]):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.save(os.path.join(OUT, name))
    write_expected(name, dict(
        source="Imitates an English council's post-ILACS children's services improvement plan (e.g. those taken to "
               "Improvement Boards/Cabinet 2019-2024): cover page, version-control table, intro and numbered "
               "recommendations list, then Word Heading 2 per priority with a table whose first row is a shaded "
               "full-width recommendation row; one priority's table continues after a page break with a repeated "
               "header row and an italic '(continued)' note; sign-off table at the end.",
        reads="Eleven numbered actions (1.1-3.4) under three priorities, each answering a shaded recommendation row; "
              "leads are initials, job titles or 'Surname, Forename'; timescales in mixed styles; RAG as words with "
              "'Complete' and 'Not started'.",
        outcome="read", title="Children's Services Improvement Plan"), acts)


# ============================================================ 2. SEND (docx)
def f2():
    name = "r-send-priority-action-plan.docx"
    doc = Document()
    landscape(doc)
    bold_para(doc, "Harrowfield Local Area Partnership – SEND Priority Action Plan", 16)
    doc.add_paragraph("Following the Ofsted and CQC area SEND inspection, June 2023. Submitted on behalf of Harrowfield "
                      "Council and NHS North Vale Integrated Care Board. Co-produced with Harrowfield Parent Carer Forum.")
    doc.add_paragraph("How to read the RAG column: the column is colour-coded only. This plan uses the following key "
                      "(agreed with the DfE SEND adviser):")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (fill, meaning) in enumerate([(GREEN, "Action completed and impact being evidenced"),
                                         (AMBER, "In progress"),
                                         (RED, "Delayed / at risk – escalated to SEND Partnership Board"),
                                         (None, "No colour – not yet started")]):
        set_cell(k.rows[i].cells[0], "")
        if fill:
            shade(k.rows[i].cells[0], fill)
        set_cell(k.rows[i].cells[1], meaning)
    doc.add_paragraph()

    acts = []
    cols2 = ["Area for action", "No.", "What we will do", "Who (lead)", "Partners", "Original date", "Revised date",
             "How we will know (impact)", "RAG"]

    def block(ws_title, rec, items):
        bold_para(doc, ws_title, 12)
        tb = doc.add_table(rows=2 + len(items), cols=9)
        tb.style = "Table Grid"
        # two header rows
        r0 = tb.rows[0]
        set_cell(r0.cells[0], "")
        g1 = r0.cells[1].merge(r0.cells[4])
        set_cell(g1, "Action", bold=True)
        g2 = r0.cells[5].merge(r0.cells[6])
        set_cell(g2, "Timescale", bold=True)
        set_cell(r0.cells[7], "")
        set_cell(r0.cells[8], "")
        for c in (r0.cells[0], g1, g2, r0.cells[7], r0.cells[8]):
            shade(c, "BDD7EE")
        repeat_header(r0)
        for j, lab in enumerate(cols2):
            set_cell(tb.rows[1].cells[j], lab, bold=True)
            shade(tb.rows[1].cells[j], "BDD7EE")
        repeat_header(tb.rows[1])
        first = tb.rows[2].cells[0]
        last = tb.rows[1 + len(items)].cells[0]
        m = first.merge(last)
        set_cell(m, rec)
        for i, it in enumerate(items):
            row = tb.rows[2 + i]
            no, what, who, partners, orig, rev, impact, fill = it
            for j, v in zip(range(1, 8), [no, what, who, partners, orig, rev, impact]):
                set_cell(row.cells[j], v)
            set_cell(row.cells[8], "")
            if fill:
                shade(row.cells[8], fill)
        doc.add_paragraph()

    WA = "Workstream A – Neurodevelopmental pathway"
    RA = ("Area for priority action 1: Leaders in the ICB and local authority should urgently reduce waiting times for "
          "autism and ADHD assessments and improve the support available to children and young people while they wait.")
    items = [("A1", "Commission additional assessment capacity from an independent provider to clear the backlog of children waiting more than 52 weeks.", "Designated Clinical Officer", "ICB, CAMHS", "Sep-23", "Jan-24", "No child waiting over 52 weeks", GREEN),
             ("A2", "Publish a 'waiting well' offer on the Local Offer, co-produced with the Parent Carer Forum.", "Okafor, Grace; Lewis, Tom", "PCF", "Dec-23", "", "Page views; parent survey", AMBER),
             ("A3", "Introduce a single neurodevelopmental referral route with a multi-agency triage panel.", "Head of SEND / Designated Clinical Officer", "Schools, CAMHS, Paediatrics", "Mar-24", "Jul-24", "Referral to triage within 6 weeks", RED),
             ("A4", "Report waiting times monthly to the SEND Partnership Board.", "ICB Head of Children's Commissioning", "", "Monthly", "", "Board minutes", AMBER)]
    block(WA, RA, items)
    acts += [A("A1", [WA, RA], items[0][1], ["Designated Clinical Officer"], "2024-01", "blue"),
             A("A2", [WA, RA], items[1][1], ["Okafor, Grace", "Lewis, Tom"], "2023-12", "amber"),
             A("A3", [WA, RA], items[2][1], ["Head of SEND", "Designated Clinical Officer"], "2024-07", "red"),
             A("A4", [WA, RA], items[3][1], ["ICB Head of Children's Commissioning"], None, "amber", "Monthly")]

    WB = "Workstream B – Education, health and care plans"
    RB = ("Area for priority action 2: Leaders should improve the timeliness and quality of EHC plans so that they "
          "accurately describe children's needs and the provision to meet them.")
    items = [("B1", "Recruit four additional SEN caseworkers and an EHCP quality lead.", "Patel, Anita", "HR", "30/11/2023", "", "Posts filled; 20-week timeliness above 60%", GREEN),
             ("B2", "Implement a multi-agency EHCP quality assurance framework with termly audits.", "Head of SEND", "Health, Social Care", "Spring term 2024", "Summer term 2024", "Audit grades good or better", AMBER),
             ("B3", "Train health and social care advice writers on writing outcomes-focused advice.", "Designated Clinical Officer & Designated Social Care Officer", "ICB, Children's Social Care", "Feb-24", "", "Advice QA scores", None),
             ("B4", "Clear the annual review backlog and hold reviews within statutory timescales.", "SEN Team Manager", "Schools", "Jul-24", "Oct-24", "Backlog zero", RED)]
    block(WB, RB, items)
    acts += [A("B1", [WB, RB], items[0][1], ["Patel, Anita"], "2023-11", "blue"),
             A("B2", [WB, RB], items[1][1], ["Head of SEND"], "2024-07", "amber"),
             A("B3", [WB, RB], items[2][1], ["Designated Clinical Officer", "Designated Social Care Officer"], "2024-02", "unrated"),
             A("B4", [WB, RB], items[3][1], ["SEN Team Manager"], "2024-10", "red")]

    WC = "Workstream C – Co-production and the Local Offer"
    RC = ("Area for improvement: Leaders should strengthen co-production with parents and carers at a strategic level "
          "and improve the quality and accessibility of the Local Offer.")
    items = [("C1", "Agree a co-production charter with the Parent Carer Forum and publish it.", "Lewis, Tom", "PCF", "Oct-23", "", "Charter published", GREEN),
             ("C2", "Relaunch the Local Offer website with a search tool and an accessible version.", "Communications Manager", "PCF, IT", "Jan-24", "Apr-24", "Website analytics", AMBER),
             ("C3", "Hold quarterly 'You said, we did' events in each locality.", "Parent Carer Forum Chair / Head of SEND", "PCF", "Quarterly", "", "Attendance and feedback", AMBER),
             ("C4", "Include a parent carer representative on every SEND workstream group.", "SEND Partnership Board Chair", "PCF", "Dec-23", "", "Terms of reference", GREEN)]
    block(WC, RC, items)
    acts += [A("C1", [WC, RC], items[0][1], ["Lewis, Tom"], "2023-10", "blue"),
             A("C2", [WC, RC], items[1][1], ["Communications Manager"], "2024-04", "amber"),
             A("C3", [WC, RC], items[2][1], ["Parent Carer Forum Chair", "Head of SEND"], None, "amber", "Quarterly"),
             A("C4", [WC, RC], items[3][1], ["SEND Partnership Board Chair"], "2023-12", "blue")]

    bold_para(doc, "Approval")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([["Signed on behalf of", "Name", "Date"],
                             ["Harrowfield Council", "Director of Children's Services", "28/09/2023"],
                             ["NHS North Vale ICB", "Chief Nursing Officer", "28/09/2023"]]):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.save(os.path.join(OUT, name))
    write_expected(name, dict(
        source="Imitates a local area SEND partnership's priority action plan after an Ofsted/CQC area SEND inspection "
               "(2023 framework; cf. Bristol/Worcestershire cabinet papers): bold-paragraph title and workstream "
               "headings (not Word headings), a colour-swatch RAG key table that redefines green as completed (no "
               "blue), then one landscape table per workstream with two header rows, the area-for-action text merged "
               "down the first column, original and revised dates, a colour-only RAG column; approval table at end.",
        reads="Twelve actions A1-C4 in three workstreams, each answering the area for priority action merged down the "
              "first column; RAG is cell fill only and per the key green means completed (blue), no fill means not "
              "started; where a revised date is given it is the due month.",
        outcome="read", title="Harrowfield Local Area Partnership – SEND Priority Action Plan"), acts)


# ============================================================ 3. CQC ASC (xlsx)
def f3():
    name = "r-cqc-asc-action-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Kingsbury County Council"
    cov["A2"] = "Adult Social Care – CQC assessment improvement plan"
    cov["A4"] = "CQC published its assessment of Kingsbury's adult social care duties on 11 October 2024 (rated Requires Improvement)."
    cov["A5"] = "The plan is reviewed monthly at ASC DMT and quarterly by the Adults Scrutiny Committee."
    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Kingsbury County Council – Adult Social Care"
    ws["A2"] = "CQC Local Authority Assessment – Improvement Action Plan"
    ws["A3"] = "Updated: 14/03/2025   |   Plan owner: Director of Adult Social Services"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(bold=True, size=12)
    groups = [("A5:C5", "CQC framework"), ("D5:F5", "Action"), ("G5:H5", "Timescale"), ("I5:J5", "RAG rating"),
              ("K5:K5", "Evidence")]
    hdr_fill = PatternFill("solid", fgColor="1F4E78")
    for rng, lab in groups:
        if ":" in rng and rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = lab
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = hdr_fill
    heads = ["Theme", "Quality statement", "Ref", "Action", "Accountable lead", "Partner(s)", "Target date",
             "Revised target", "Previous RAG (Dec-24)", "Current RAG (Mar-25)", "Evidence of impact"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = hdr_fill
        c.alignment = Alignment(wrap_text=True)
    D = dt.datetime
    data = [
        ("Working with people", "Assessing needs", "T1.01", "Reduce the number of people waiting for a Care Act assessment by introducing a duty triage and trusted assessor model.", "Head of Adult Social Care Operations", "", D(2024, 12, 31), D(2025, 6, 30), "Amber", "A", "Waiting list down from 912 to 640", ["Head of Adult Social Care Operations"], "2025-06", "amber"),
        ("Working with people", "Assessing needs", "T1.02", "Publish waiting list information and a 'waiting well' contact offer for people awaiting assessment.", "AD Operations / Head of Customer Services", "", D(2025, 1, 31), None, "Green", "B", "Published on website Jan 2025", ["AD Operations", "Head of Customer Services"], "2025-01", "blue"),
        ("Working with people", "Assessing needs", "T1.03", "Complete carers' assessments within 28 days, monitored monthly at the performance board.", "Carers Lead", "Carers Trust", D(2025, 9, 30), None, "Amber", "G", "", ["Carers Lead"], "2025-09", "green"),
        ("Working with people", "Supporting people to live healthier lives", "T1.04", "Extend the reablement service to 7-day working.", "Reablement Service Manager", "Acute trusts", D(2025, 4, 30), D(2025, 10, 31), "Green", "R", "Recruitment paused", ["Reablement Service Manager"], "2025-10", "red"),
        None,
        ("Providing support", "Care provision, integration and continuity", "T2.01", "Refresh the Market Position Statement with providers and publish it.", "Head of Commissioning", "Provider forum", D(2024, 11, 30), None, "Green", "B", "MPS published", ["Head of Commissioning"], "2024-11", "blue"),
        ("Providing support", "Care provision, integration and continuity", "T2.02", "Develop a home care framework that includes rural 'hard to reach' zones.", "Smith, Karen", "", D(2025, 7, 31), None, "Amber", "A", "", ["Smith, Karen"], "2025-07", "amber"),
        ("Providing support", "Care provision, integration and continuity", "T2.03", "Agree a joint discharge-to-assess pathway with the two acute trusts.", "AD Integration", "NHS ICB", D(2025, 3, 31), None, "Red", "A", "Pathway drafted", ["AD Integration"], "2025-03", "amber"),
        ("Providing support", "Partnerships and communities", "T2.04", "Co-produce a new Carers Strategy with carers and voluntary sector partners.", "J. Okoro & P. Lamb", "VCS", D(2025, 12, 31), None, "", "G", "", ["J. Okoro", "P. Lamb"], "2025-12", "green"),
        None,
        ("Ensuring safety", "Safeguarding", "T3.01", "Clear the backlog of safeguarding concerns awaiting a Section 42 decision.", "Head of Safeguarding Adults", "", D(2024, 10, 31), D(2025, 2, 28), "Red", "G", "Backlog 14 (from 230)", ["Head of Safeguarding Adults"], "2025-02", "green"),
        ("Ensuring safety", "Safeguarding", "T3.02", "Introduce a safeguarding practice audit programme with findings reported quarterly to the SAB.", "Principal Social Worker", "SAB", "Quarterly", None, "Green", "G", "", ["Principal Social Worker"], None, "green"),
        ("Ensuring safety", "Safe systems, pathways and transitions", "T3.03", "Agree a preparing-for-adulthood protocol with children's services from age 14.", "Head of Transitions", "Children's Services", D(2025, 5, 31), None, "Green", "A", "", ["Head of Transitions"], "2025-05", "amber"),
        ("Ensuring safety", "Safe systems, pathways and transitions", "T3.04", "Implement a provider failure contingency plan and test it with one exercise.", "Head of Commissioning", "", D(2025, 8, 31), None, "", "", "", ["Head of Commissioning"], "2025-08", "unrated"),
        None,
        ("Leadership", "Governance, management and sustainability", "T4.01", "Introduce a monthly performance dashboard reviewed by DMT and the Lead Member.", "Head of Performance & Intelligence", "", D(2024, 12, 31), None, "Green", "B", "Dashboard live Dec 2024", ["Head of Performance & Intelligence"], "2024-12", "blue"),
        ("Leadership", "Governance, management and sustainability", "T4.02", "Complete the workforce strategy, including a recruitment and retention offer for social workers and OTs.", "HR Business Partner", "", D(2025, 6, 30), None, "Amber", "A", "", ["HR Business Partner"], "2025-06", "amber"),
        ("Leadership", "Learning, improvement and innovation", "T4.03", "Establish a practice development forum led by the Principal Social Worker.", "Principal Social Worker", "", D(2025, 2, 28), None, "Amber", "B", "Forum met Jan and Feb 2025", ["Principal Social Worker"], "2025-02", "blue"),
    ]
    fills = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "Red": RED, "Amber": AMBER, "Green": GREEN}
    r = 7
    acts = []
    for d in data:
        if d is None:
            r += 1
            continue
        vals = d[:11]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j in (7, 8) and isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if j in (9, 10) and v in fills:
                c.fill = PatternFill("solid", fgColor=fills[v])
        ref, act, lead, end, st = d[2], d[3], d[11], d[12], d[13]
        et = "Quarterly" if end is None else None
        acts.append(A(ref, [d[0], d[1]], act, lead, end, st, et))
        r += 1
    for col, w in zip("ABCDEFGHIJK", [18, 26, 8, 60, 28, 18, 12, 12, 12, 12, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "D7"
    k = wb.create_sheet("RAG key")
    for i, (a, b) in enumerate([("R", "Off track – requires escalation"), ("A", "Some risk to delivery"),
                                ("G", "On track"), ("B", "Complete")], start=1):
        k.cell(row=i, column=1, value=a).fill = PatternFill("solid", fgColor=fills[a])
        k.cell(row=i, column=2, value=b)
    s = wb.create_sheet("Summary")
    s["A1"] = "Current RAG summary (March 2025)"
    for i, (a, b) in enumerate([("Blue", 4), ("Green", 4), ("Amber", 5), ("Red", 1), ("Not rated", 1), ("Total", 15)], start=3):
        s.cell(row=i, column=1, value=a)
        s.cell(row=i, column=2, value=b)
    wb.save(os.path.join(OUT, name))
    write_expected(name, dict(
        source="Imitates an English council's adult social care improvement plan after a CQC local authority "
               "assessment (2024-25): cover sheet, then an 'Action plan' sheet with three title rows, a merged "
               "group-header row over the column headers, CQC theme and quality statement repeated on every row, "
               "refs T1.01 style, real Excel dates with a revised-target column, Previous and Current RAG columns "
               "(words vs letters with fill), blank rows between themes; separate RAG key and Summary totals sheets.",
        reads="Fifteen actions across four CQC themes on the 'Action plan' sheet; the status is the Current RAG letter "
              "(B = complete), the due month is the revised target where given; leads are job titles, a "
              "'Surname, Forename' and two people joined by '&'.",
        outcome="read", title="CQC Local Authority Assessment – Improvement Action Plan"), acts)


# ============================================================ 4. Internal audit tracker (xlsx)
def f4():
    name = "r-internal-audit-tracker.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rec tracker"
    ws["A1"] = "Internal Audit – Follow-up of Agreed Management Actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 30 September 2024 – report to Audit & Governance Committee, 15 October 2024"
    ws["A3"] = "Key:"
    for col, fill, lab in [("B", BLUE, "Implemented"), ("C", GREEN, "On target"), ("D", AMBER, "Revised date agreed"),
                           ("E", RED, "Overdue"), ("F", None, "Not yet due / no update")]:
        c = ws[col + "3"]
        c.value = lab
        if fill:
            c.fill = PatternFill("solid", fgColor=fill)
    heads = ["Audit", "Assurance opinion", "Rec no.", "Priority", "Finding / recommendation", "Agreed management action",
             "Officer responsible", "Original implementation date", "Revised implementation date", "Status",
             "Update from service"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True)
    rows = [
        ("Payroll 2023/24", "Reasonable", 1, "High", "Overtime claims should be authorised by a budget holder before payment.", "Amend the overtime workflow in iTrent so that claims cannot be paid without budget holder approval.", "Barnes, Claire", "31/03/2024", "30/06/2024", BLUE, "Workflow changed June 2024.", ["Barnes, Claire"], "2024-06", "blue"),
        ("Payroll 2023/24", "Reasonable", 2, "Medium", "Leavers should be removed from payroll promptly.", "Monthly reconciliation of the HR leavers list to payroll, signed off by the Payroll Manager.", "Payroll Manager", "Apr-24", "", BLUE, "", ["Payroll Manager"], "2024-04", "blue"),
        ("Payroll 2023/24", "Reasonable", 3, "Low", "Payroll procedure notes should be updated.", "Update and publish the payroll procedure notes on the intranet.", "Barnes, Claire", "Q1 2024/25", "Q3 2024/25", AMBER, "Delayed by system upgrade.", ["Barnes, Claire"], "2024-12", "amber"),
        ("Direct Payments (ASC)", "Limited", 1, "High", "Direct payment accounts should be audited annually.", "Introduce a risk-based annual audit of direct payment accounts, prioritising those with balances over £5,000.", "Head of Finance (Adults) / DP Team Leader", "30/09/2024", "", GREEN, "First 40 audits complete.", ["Head of Finance (Adults)", "DP Team Leader"], "2024-09", "green"),
        ("Direct Payments (ASC)", "Limited", 2, "High", "Surplus balances should be recovered.", "Recover surplus balances identified in the audit sample and report the total recovered to the Committee.", "DP Team Leader", "End of June 2024", "31 Dec 2024", RED, "£38k of £112k recovered.", ["DP Team Leader"], "2024-12", "red"),
        ("Direct Payments (ASC)", "Limited", 3, "Medium", "Support plans should state the agreed use of the payment.", "Add a mandatory field to the support plan for the agreed use of the direct payment.", "Principal Social Worker", "Sept 2024", "", GREEN, "", ["Principal Social Worker"], "2024-09", "green"),
        ("Cyber Security", "Limited", 1, "High", "Multi-factor authentication should be enforced for all remote access.", "Enforce MFA on all remote access accounts, including suppliers' accounts.", "ICT Security Manager", "31/07/2024", "", BLUE, "Verified by IA 02/08/2024.", ["ICT Security Manager"], "2024-07", "blue"),
        ("Cyber Security", "Limited", 2, "High", "Unsupported servers should be decommissioned.", "Decommission or isolate the six unsupported Windows Server 2012 servers.", "Head of ICT", "30/04/2024", "31/10/2024", RED, "Two remain; dependent on finance system migration.", ["Head of ICT"], "2024-10", "red"),
        ("Cyber Security", "Limited", 3, "Medium", "Staff should complete annual cyber awareness training.", "Make cyber awareness e-learning mandatory annually and report completion rates to CMT quarterly.", "Head of ICT; HR Business Partner", "Ongoing", "", GREEN, "Completion 81%.", ["Head of ICT", "HR Business Partner"], None, "green"),
        ("Schools Financial Value Standard", "Substantial", 1, "Medium", "Schools should submit SFVS returns by the deadline.", "Chase outstanding SFVS returns and escalate non-returns to the Director of Education.", "Schools Finance Manager", "w/c 13/05/24", "", BLUE, "All returns received.", ["Schools Finance Manager"], "2024-05", "blue"),
        ("Schools Financial Value Standard", "Substantial", 2, "Low", "Business continuity plans should cover finance systems.", "Issue a model business continuity template to schools.", "SFM", "Autumn term 2024", "", None, "", ["SFM"], "2024-12", "unrated"),
    ]
    r = 6
    acts = []
    for d in rows:
        for j, v in enumerate(d[:9], start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        sc = ws.cell(row=r, column=10, value=None)
        if d[9]:
            sc.fill = PatternFill("solid", fgColor=d[9])
        ws.cell(row=r, column=11, value=d[10] or None)
        et = "Ongoing" if d[12] is None else None
        acts.append(A(str(d[2]), [d[0], d[4]], d[5], d[11], d[12], d[13], et))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    for i, (a, b) in enumerate([("Total agreed actions", 11), ("Implemented", 4), ("On target", 3),
                                ("Revised date agreed", 1), ("Overdue", 2), ("Not yet due", 1)], start=1):
        ws.cell(row=r + i, column=1, value=a)
        ws.cell(row=r + i, column=2, value=b)
    ws.cell(row=r + 8, column=1, value="Note: Overdue = past the revised implementation date or no revised date agreed. "
                                        "High priority overdue actions are reported by exception.")
    for col, w in zip("ABCDEFGHIJK", [22, 12, 7, 9, 40, 50, 26, 14, 14, 9, 30]):
        ws.column_dimensions[col].width = w
    n = wb.create_sheet("Opinions")
    for i, (a, b) in enumerate([("Substantial", "Sound system of governance, risk management and control"),
                                ("Reasonable", "Generally sound, some improvement needed"),
                                ("Limited", "Significant gaps, weaknesses or non-compliance"),
                                ("No assurance", "Immediate action required")], start=1):
        n.cell(row=i, column=1, value=a)
        n.cell(row=i, column=2, value=b)
    wb.save(os.path.join(OUT, name))
    write_expected(name, dict(
        source="Imitates a council internal audit recommendations follow-up tracker reported to Audit & Governance "
               "Committee: title rows, a swatch key row (fills with labels), audit name and assurance opinion "
               "repeated on every row, rec numbers restarting per audit, High/Medium/Low priority column, original "
               "and revised implementation dates in many styles, a colour-only Status column, a summary totals block "
               "and a note below; a second 'Opinions' sheet defines assurance levels.",
        reads="Eleven agreed management actions from four audits; each answers a finding/recommendation; status is "
              "the Status cell fill per the key (blue = implemented, no fill = not yet due); the revised date, where "
              "given, is the due month.",
        outcome="read", title="Internal Audit – Follow-up of Agreed Management Actions"), acts)


# ============================================================ 5. YJS HMIP (docx)
def f5():
    name = "r-yjs-hmip-improvement-plan.docx"
    doc = Document()
    doc.add_heading("Youth Justice Service – Post-Inspection Improvement Plan", 0)
    doc.add_paragraph("HM Inspectorate of Probation inspection of youth justice services, fieldwork 9–13 September 2024. "
                      "Report published 3 December 2024. Overall rating: Requires improvement.")
    doc.add_heading("Introduction", 1)
    doc.add_paragraph("This plan responds to the recommendations made to the Youth Justice Management Board and to the "
                      "YJS Manager. It was endorsed by the Management Board on 18 December 2024 and is reviewed at "
                      "every Board meeting. Progress below is as at February 2025.")
    doc.add_heading("RAG key", 1)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (a, b, f) in enumerate([("B", "Complete", BLUE), ("G", "On track", GREEN),
                                   ("A", "At risk but recoverable", AMBER), ("R", "Off track", RED)]):
        set_cell(k.rows[i].cells[0], a, bold=True)
        shade(k.rows[i].cells[0], f)
        set_cell(k.rows[i].cells[1], b)
    acts = []
    cols = ["Action", "Owner", "By when", "Progress at February 2025", "RAG"]

    def tbl(items):
        tb = doc.add_table(rows=1 + len(items), cols=5)
        tb.style = "Table Grid"
        header_row(tb, 0, cols, fill="385623")
        for i, it in enumerate(items, start=1):
            for j, v in enumerate(it[:5]):
                set_cell(tb.rows[i].cells[j], v)
        doc.add_paragraph()

    H1 = "Recommendations for the Youth Justice Management Board"
    doc.add_heading(H1, 1)
    R1 = "Recommendation 1 – ensure that the YJS is sufficiently resourced and structured to deliver high-quality interventions for children and victims"
    doc.add_heading(R1, 2)
    it = [("Complete a staffing and caseload review and present options to the Management Board.", "Head of Service, Early Help & Youth Justice", "Dec 2024", "Review presented 18/12/24; option 2 agreed.", "B"),
          ("Recruit a seconded probation officer and a CAMHS practitioner to vacant posts.", "YJS Manager / Chair of Management Board", "31/03/2025", "Probation secondee starts April; CAMHS post re-advertised.", "A")]
    tbl(it)
    acts += [A(None, [H1, R1], it[0][0], ["Head of Service, Early Help & Youth Justice"], "2024-12", "blue"),
             A(None, [H1, R1], it[1][0], ["YJS Manager", "Chair of Management Board"], "2025-03", "amber")]
    R2 = "Recommendation 2 – assure itself that the disproportionality action plan is used effectively across the partnership"
    doc.add_heading(R2, 2)
    it = [("Refresh the disproportionality action plan with partners and set measurable targets.", "DI Kerry Walsh", "Jan 2025", "Draft to Board in March.", "G"),
          ("Add disproportionality data to the quarterly Management Board performance report.", "Performance Officer", "Quarterly from April 2025", "", "G")]
    tbl(it)
    acts += [A(None, [H1, R2], it[0][0], ["DI Kerry Walsh"], "2025-01", "green"),
             A(None, [H1, R2], it[1][0], ["Performance Officer"], None, "green", "Quarterly from April 2025")]
    H2 = "Recommendations for the YJS Manager"
    doc.add_heading(H2, 1)
    R3 = "Recommendation 3 – ensure that quality assurance, oversight of practice and supervision consistently support staff development"
    doc.add_heading(R3, 2)
    it = [("Introduce a QA framework with monthly case audits by managers.\nAudit findings shared at team meetings.", "YJS Manager", "w/c 06/01/25", "First audit cycle completed January.", "G"),
          ("Reinstate monthly supervision for all case managers, recorded on ChildView.", "Team Managers", "Ongoing", "Compliance 88%.", "G")]
    tbl(it)
    acts += [A(None, [H2, R3], it[0][0], ["YJS Manager"], "2025-01", "green"),
             A(None, [H2, R3], it[1][0], ["Team Managers"], None, "green", "Ongoing")]
    R4 = "Recommendation 4 – ensure that assessment activity always considers how best to keep the child and the community safe"
    doc.add_heading(R4, 2)
    it = [("Deliver AssetPlus risk and safety training to all case managers.", "Practice Lead", "Feb-25", "Trainer unavailable; rebooked for April.", "R")]
    tbl(it)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    p.add_run("Recommendation 4 (cont.)").italic = True
    it2 = [("Introduce a risk management panel for all children assessed as high risk of harm to others.", "Team Manager and Seconded Police Officer", "November 2024", "Panel meeting fortnightly since November.", "B")]
    tbl(it2)
    acts += [A(None, [H2, R4], it[0][0], ["Practice Lead"], "2025-02", "red"),
             A(None, [H2, R4], it2[0][0], ["Team Manager", "Seconded Police Officer"], "2024-11", "blue")]
    R5 = "Recommendation 5 – ensure that commensurate focus is given to the needs of victims"
    doc.add_heading(R5, 2)
    it = [("Review the victim contact process so that all victims are offered contact within 10 working days.", "Victim Liaison Officer", "End of March 2025", "Process mapped.", "A"),
          ("Add victim safety planning to case managers' risk management plans.", "Practice Lead", "Jun 2025", "", "")]
    tbl(it)
    acts += [A(None, [H2, R5], it[0][0], ["Victim Liaison Officer"], "2025-03", "amber"),
             A(None, [H2, R5], it[1][0], ["Practice Lead"], "2025-06", "unrated")]
    doc.add_heading("Governance and sign-off", 1)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([["Endorsed by", "Chair", "Date"],
                             ["Youth Justice Management Board", "Director of Children's Services", "18/12/2024"]]):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.save(os.path.join(OUT, name))
    write_expected(name, dict(
        source="Imitates a youth justice service's improvement plan after an HM Inspectorate of Probation inspection "
               "(cf. Reading YJS, Dec 2024, recommendations split between the Management Board and the YJS manager): "
               "Word Title, intro, RAG letter key table with fills, Heading 1 per recommendation audience and "
               "Heading 2 per recommendation, each followed by its own unnumbered action table; one recommendation's "
               "table breaks across a page with a '(cont.)' note; sign-off table.",
        reads="Ten unnumbered actions under five recommendations grouped by who they were made to; RAG letters B/G/A/R "
              "per the key; 'Ongoing' and 'Quarterly from April 2025' have no due month; one RAG blank.",
        outcome="read", title="Youth Justice Service – Post-Inspection Improvement Plan"), acts)


# ============================================================ 6. Corporate parenting (xlsx)
def f6():
    name = "r-corporate-parenting-delivery-plan.xlsx"
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Introduction"
    ws0["A1"] = "Corporate Parenting Strategy – Delivery Plan 2025–27"
    ws0["A1"].font = Font(bold=True, size=16)
    ws0["A3"] = "Our promise was written with the Children in Care Council ('Voice of Fenbridge')."
    ws0["A4"] = "Each pledge has its own tab. The Corporate Parenting Board reviews one pledge at each meeting."
    ws0["A6"] = "Status: On track / Complete / Not started, or a RAG colour word where the lead has given one."
    acts = []
    D = dt.datetime

    def sheet(title, pledge, quote, items):
        ws = wb.create_sheet(title)
        ws.merge_cells("A1:G1")
        ws["A1"] = pledge
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = PatternFill("solid", fgColor="7030A0")
        ws.merge_cells("A2:G2")
        ws["A2"] = quote
        ws["A2"].font = Font(italic=True)
        for j, h in enumerate(["Ref", "What we will do", "Who is responsible", "When", "How will we know?",
                               "Progress", "Status"], start=1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="E4DFEC")
        r = 5
        sub = None
        counts = {}
        for it in items:
            if it[0] == "sub":
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                c = ws.cell(row=r, column=1, value=it[1])
                c.font = Font(bold=True)
                c.fill = PatternFill("solid", fgColor="F2F2F2")
                sub = it[1]
                r += 1
                continue
            ref, what, who, when, how, prog, status, lead, end, st = it
            for j, v in enumerate([ref, what, who, when, how, prog, status], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if j == 4 and isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            et = when if end is None else None
            under = [pledge] + ([sub] if sub else [])
            acts.append(A(ref, under, what, lead, end, st, et))
            counts[status] = counts.get(status, 0) + 1
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Summary: %d actions – " % sum(counts.values()) +
                ", ".join("%d %s" % (v, k.lower()) for k, v in counts.items()))
        for col, w in zip("ABCDEFG", [6, 55, 30, 14, 30, 30, 12]):
            ws.column_dimensions[col].width = w

    P1 = "Pledge 1: Be healthy"
    sheet("1 Healthy", P1, "\u201cWe will make sure you get the health support you need, when you need it.\u201d", [
        ("H1", "Every child in care has an initial health assessment within 20 working days of coming into care.", "Designated Nurse for Children in Care", D(2026, 3, 31), "IHA timeliness report", "71% in Q4", "On track", ["Designated Nurse for Children in Care"], "2026-03", "green"),
        ("H2", "Offer every care leaver a health passport and a 'health history' conversation before their 18th birthday.", "Sam Lee and Jo Patel", "Ongoing", "Passports issued", "", "On track", ["Sam Lee", "Jo Patel"], None, "green"),
        ("H3", "Commission a dedicated emotional wellbeing service for children in care.", "Head of Commissioning (Children)", "Sept 2025", "Service specification", "Tender delayed", "Amber", ["Head of Commissioning (Children)"], "2025-09", "amber"),
        ("H4", "Free leisure pass for all children in care and care leavers up to 25.", "Corporate Parenting Board / Leisure Services Manager", "31/07/2025", "Passes issued", "Launched July 2025", "Complete", ["Corporate Parenting Board", "Leisure Services Manager"], "2025-07", "blue"),
    ])
    P2 = "Pledge 2: Learn and achieve"
    sheet("2 Education", P2, "\u201cWe will help you do your best at school, college and beyond.\u201d", [
        ("sub", "Early years and school"),
        ("E1", "Every child in care has a Personal Education Plan reviewed each term.", "Virtual School Head", "Termly", "PEP completion 95%+", "", "On track", ["Virtual School Head"], None, "green"),
        ("E2", "Reduce suspensions of children in care through a trauma-informed schools programme.", "Virtual School Head / Educational Psychology Service", "Summer term 2026", "Suspension rate", "12 schools signed up", "Amber", ["Virtual School Head", "Educational Psychology Service"], "2026-07", "amber"),
        ("E3", "Ensure a school place is agreed within 20 school days for children placed out of area.", "Admissions Manager", "Autumn term 2025", "Days to school place", "Average 31 days", "Red", ["Admissions Manager"], "2025-12", "red"),
        ("sub", "Post-16"),
        ("E4", "Guaranteed apprenticeship interview with the council for every care leaver who applies.", "HR Manager", D(2026, 4, 30), "Interviews offered", "", "Not started", ["HR Manager"], "2026-04", "unrated"),
        ("E5", "Increase the bursary for care leavers at university to £2,000 a year.", "Head of Leaving Care", "Sept 2025", "Bursary paid", "Agreed in budget", "Complete", ["Head of Leaving Care"], "2025-09", "blue"),
    ])
    P3 = "Pledge 3: A safe and stable home"
    sheet("3 Home", P3, "\u201cWe will find you a home where you feel safe, close to the people who matter to you.\u201d", [
        ("M1", "Increase in-house foster carers by 20 households through a new recruitment campaign.", "Fostering Service Manager", "March 2027", "Net new households", "+6 so far", "Amber", ["Fostering Service Manager"], "2027-03", "amber"),
        ("M2", "Open two new council-run children's homes.", "Head of Residential Services", "Dec 2026", "Homes registered with Ofsted", "First home purchased", "On track", ["Head of Residential Services"], "2026-12", "green"),
        ("M3", "Exempt care leavers from council tax until age 25.", "Director of Finance", "01/04/2025", "Policy in place", "", "Complete", ["Director of Finance"], "2025-04", "blue"),
        ("M4", "Staying Put and Staying Close offer available to every eligible young person.", "Head of Leaving Care", "Ongoing", "Take-up", "", "Green", ["Head of Leaving Care"], None, "green"),
    ])
    k = wb.create_sheet("Key")
    for i, (a, b) in enumerate([("On track", "Green"), ("Complete", "Blue"), ("Amber", "Some slippage"),
                                ("Red", "Significant delay"), ("Not started", "No rating yet")], start=1):
        k.cell(row=i, column=1, value=a)
        k.cell(row=i, column=2, value=b)
    wb.save(os.path.join(OUT, name))
    write_expected(name, dict(
        source="Imitates a council corporate parenting strategy delivery plan built around 'pledges' co-written with "
               "a Children in Care Council: an Introduction sheet with the title, then one tab per pledge with a "
               "merged shaded pledge title row and a quoted pledge row above the headers, merged sub-heading rows on "
               "one tab, refs H1/E1/M1, status as words (On track/Complete/Not started/Amber/Red/Green), a summary "
               "line at the foot of each tab, school-term and 'Termly'/'Ongoing' dates; a Key sheet.",
        reads="Thirteen actions on three pledge tabs, read in tab order; each under its pledge (and on the education "
              "tab under its sub-heading); leads include two named people joined by 'and' and two bodies separated "
              "by '/'; terms read as their last month.",
        outcome="read", title="Corporate Parenting Strategy – Delivery Plan 2025–27"), acts)


# ============================================================ 7. SPR action plan (docx) - refuse
def f7():
    name = "r-cspr-child-t-action-plan.docx"
    doc = Document()
    landscape(doc)
    bold_para(doc, "Eastvale Safeguarding Children Partnership", 12)
    doc.add_heading("Child T – Local Child Safeguarding Practice Review: Multi-agency Action Plan", 1)
    doc.add_paragraph("The review was commissioned by the Safeguarding Partners in March 2024 following serious harm to "
                      "a 7-month-old infant. The independent reviewer made four recommendations. Each agency has "
                      "agreed the actions below; progress is monitored by the Learning and Improvement Sub-group.")
    doc.add_paragraph("Status: Complete / On track / Not started.")
    cols = ["Ref", "Action", "Agency", "Lead", "Target date", "Evidence of completion", "Status"]
    rows = [
        ("rec", "Recommendation 1: Partners should ensure that the needs and risks presented by fathers and male carers are routinely considered in assessments."),
        ("act", ("1a", "Add a prompt on fathers and male carers to the single assessment template.", "Children's Social Care", "Head of Service – Assessment", "31/10/2024", "Revised template", "Complete")),
        ("act", ("1b", "Health visiting to record details of all adults in the household at the new birth visit.", "Community Health Trust", "Named Nurse", "30/11/2024", "Audit of 20 records", "On track")),
        ("act", ("1c", "Deliver a 'Think Family – seeing the men' briefing to multi-agency staff.", "ESCP", "ESCP Business Manager", "31/01/2025", "Attendance lists", "On track")),
        ("rec", "Recommendation 2: Partners should strengthen the response to bruising in non-mobile babies."),
        ("act", ("2a", "Relaunch the bruising in non-mobile babies protocol with a 7-minute briefing.", "ESCP", "Designated Doctor", "30/09/2024", "Briefing published", "Complete")),
        ("act", ("2b", "Emergency department staff to complete bruising protocol training.", "Acute Trust", "Named Doctor", "31/13/2024", "Training records", "On track")),
        ("act", ("2c", "Audit compliance with the protocol across GP practices.", "ICB", "Designated Nurse", "28/02/2025", "Audit report", "Not started")),
        ("rec", "Recommendation 3: The Partnership should seek assurance that information is shared promptly when families move between local authority areas."),
        ("act", ("3a", "Agree a cross-border transfer checklist with neighbouring partnerships.", "ESCP", "ESCP Business Manager", "31/03/2025", "Signed checklist", "On track")),
        ("act", ("3b", "Police to notify the receiving force and children's services when a family with open DA incidents moves.", "Police", "DI Public Protection", "31/12/2024", "Force policy", "Complete")),
        ("rec", "Recommendation 4: Agencies should ensure supervision offers reflective space to consider cumulative risk."),
        ("act", ("4a", "Review supervision policies against the reflective supervision standard.", "All agencies", "Agency safeguarding leads", "30/04/2025", "Policy review summary", "Not started")),
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=7)
    tb.style = "Table Grid"
    header_row(tb, 0, cols, fill="C00000")
    for i, it in enumerate(rows, start=1):
        row = tb.rows[i]
        if it[0] == "rec":
            m = row.cells[0].merge(row.cells[6])
            set_cell(m, it[1], bold=True)
            shade(m, "FBE4D5")
        else:
            for j, v in enumerate(it[1]):
                set_cell(row.cells[j], v)
    doc.add_paragraph()
    bold_para(doc, "Agreed by the Safeguarding Partners")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([["Partner", "Signed", "Date"], ["Eastvale Council", "DCS", "12/08/2024"],
                             ["NHS Eastvale ICB", "Chief Nurse", "12/08/2024"],
                             ["Eastvale Police", "Detective Superintendent", "14/08/2024"]]):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.save(os.path.join(OUT, name))
    # plan table rows: 1 header, 2 rec1, 3 1a, 4 1b, 5 1c, 6 rec2, 7 2a, 8 2b
    write_expected(name, dict(
        source="Imitates a local safeguarding children partnership's action plan following a local child "
               "safeguarding practice review (Child T style): partnership name, heading, intro, status key line, "
               "one landscape table with shaded full-width recommendation rows, refs 1a/1b, agency and lead "
               "columns, day-first dates, evidence column; sign-off table of the three safeguarding partners.",
        reads="Ten multi-agency actions under four review recommendations, but action 2b's target date reads "
              "'31/13/2024' (there is no 13th month); a careful reader would ask what was meant rather than guess "
              "December 2024 or January 2025. refuse_at is the row in the action plan table (the first table), "
              "counting its header row as 1.",
        outcome="refuse", refuse_at=8,
        title="Child T – Local Child Safeguarding Practice Review: Multi-agency Action Plan"), [])


# ============================================================ 8. Fostering (xlsx) - refuse
def f8():
    name = "r-fostering-inspection-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Ofsted Inspection of Fostering Agency – Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Provider: Northbrook Council Fostering Service   URN: SC0000000"
    ws["A3"] = "Inspection: 3–5 February 2025   Overall experiences and progress: Requires improvement to be good"
    heads = ["Ref", "Requirement / recommendation", "Regulation / NMS", "Action", "Responsible", "Due date", "RAG",
             "Update (June 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5496")
    REQ1 = "The registered person must ensure that each foster parent's annual review is completed and presented to the panel within the required timescales."
    REQ2 = "The registered person should ensure that foster carers receive the training set out in their personal development plans."
    REQ3 = "The registered person must ensure that matching considerations are recorded for every placement."
    REQ4 = "The registered person should ensure that children are given information about how to complain."
    D = dt.datetime
    rows = [
        ("1.1", REQ1, "Reg 28(2)", "Tracker of all annual reviews due in the next 6 months, reviewed weekly by the Team Manager.", "Team Manager (Fostering)", D(2025, 3, 31), "Green", "Tracker in place"),
        ("1.2", REQ1, "Reg 28(2)", "Clear the backlog of 11 overdue annual reviews.", "Supervising Social Workers", D(2025, 5, 31), "Amber", "7 of 11 completed"),
        ("2.1", REQ2, "NMS 20.3", "Refresh the foster carer training programme and publish a 12-month calendar.", "Learning and Development Officer", D(2025, 4, 30), "Green", ""),
        ("2.2", REQ2, "NMS 20.3", "Record training completion on each carer's file and check at supervision.", "Supervising Social Workers", D(2025, 6, 30), "Amber", ""),
        ("3.1", REQ3, "Reg 22", "Introduce a matching record for every placement, signed by the Team Manager.", "Placements Manager", D(2025, 3, 31), "Complete", "Form live"),
        ("3.2", REQ3, "Reg 22", "Audit 20 recent placements for recorded matching considerations.", "Quality Assurance Officer", D(2025, 6, 30), "Green", "Audit underway"),
        ("3.3", REQ3, "Reg 22", "Matching training for all supervising social workers.", "Placements Manager", D(2025, 7, 31), "Green", ""),
        ("3.2", REQ3, "Reg 22", "Audit 20 recent placements for recorded matching considerations.", "Team Manager (Fostering)", D(2025, 9, 30), "Red", "Not started – QA officer vacancy"),
        ("4.1", REQ4, "NMS 1.6", "Update the children's guide with how to complain, in an accessible format.", "Participation Officer", D(2025, 4, 30), "Complete", ""),
        ("4.2", REQ4, "NMS 1.6", "Supervising social workers to check children know how to complain at each visit.", "Supervising Social Workers", D(2025, 5, 31), "Green", ""),
    ]
    fills = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for i, d in enumerate(rows, start=6):
        for j, v in enumerate(d, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j == 6:
                c.number_format = "dd/mm/yyyy"
            if j == 7:
                c.fill = PatternFill("solid", fgColor=fills[v])
    # duplicate 3.2 is on sheet row 6 + 7 = 13
    ws.cell(row=17, column=1, value="Signed: Registered Manager ........................   Date: 16/06/2025")
    for col, w in zip("ABCDEFGH", [6, 45, 12, 55, 26, 12, 10, 30]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_expected(name, dict(
        source="Imitates a local authority fostering agency's action plan after an Ofsted social care common "
               "inspection framework (SCCIF) inspection: title and provider/URN rows, requirement text repeated on "
               "each row with its regulation/NMS reference, real Excel due dates, RAG words with fill, a signature "
               "line under the table.",
        reads="Ten rows of actions against four requirements/recommendations, but ref 3.2 appears twice with the same "
              "action text and conflicting owner, due date (30/06/2025 vs 30/09/2025) and RAG (Green vs Red); nothing "
              "says which row supersedes the other, so a careful reader would ask before reading it. refuse_at is the "
              "sheet row of the second 3.2.",
        outcome="refuse", refuse_at=13,
        title="Ofsted Inspection of Fostering Agency – Action Plan"), [])


if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6, f7, f8):
        f()
    print("done")
