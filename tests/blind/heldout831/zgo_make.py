#!/usr/bin/env python
"""Build the seven zgo- blind test cases (data files + NAME.expected.yaml).

Run with /work/main/.venv/bin/python zgo_make.py  (writes beside this script).
Only files starting with zgo- are written.
"""
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

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {  # hex without '#'
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "pale": "DEEAF6",
}


def out(name):
    assert name.startswith("zgo-")
    return os.path.join(OUT, name)


def write_expected(name, meta, actions=None):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
    if actions is not None:
        acts = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000,
                       default_flow_style=False)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


def landscape(doc):
    from docx.enum.section import WD_ORIENT
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    s.page_width, s.page_height = h, w


# =============================================================================
# 1. Haringey – LGA Corporate Peer Challenge action plan (docx)
# =============================================================================
HAR_NAME = "zgo-haringey-council-lga-corporate-peer-challenge-action-plan.docx"
HAR_THEMES = [
    ("1. Local priorities and outcomes", [
        ("Develop a long-term, shared vision for the borough with residents and partners, "
         "and use it to set clear priorities beyond the current Corporate Delivery Plan.", [
            dict(ref="1.1",
                 action="Run a borough-wide engagement programme (“Haringey Conversations”) to shape a "
                        "10-year Borough Vision with residents, businesses and the voluntary and community sector.",
                 lead_cell="Director of Culture, Strategy and Engagement",
                 lead=["Director of Culture, Strategy and Engagement"],
                 when="Sept 2023 – March 2024", end="2024-03", end_text="Sept 2023 – March 2024",
                 progress="Over 700 residents took part across 40 events and an online survey. "
                          "Findings reported to Cabinet in April 2024.",
                 rag="Complete", status="blue"),
            dict(ref="1.2",
                 action="Take the draft Borough Vision to Cabinet and Full Council for adoption and align "
                        "the next Corporate Delivery Plan to it.",
                 lead_cell="Chief Executive / Leader of the Council",
                 lead=["Chief Executive", "Leader of the Council"],
                 when="July 2024", end="2024-07",
                 progress="Draft vision in final design; Cabinet date confirmed for 16 July 2024.",
                 rag="Green", status="green"),
        ]),
        ("Set out how the council will lead on equality, diversity and inclusion, with visible "
         "ownership at the top of the organisation.", [
            dict(ref="1.3",
                 action="Refresh the EDI framework and agree corporate equality objectives for 2024–28, "
                        "with a named Corporate Director sponsor for each objective.",
                 lead_cell="Assistant Director – Strategy and Communications",
                 lead=["Assistant Director – Strategy and Communications"],
                 when="March 2024", end="2024-03",
                 progress="Objectives drafted; staff network consultation extended to May 2024 at the "
                          "request of the networks.",
                 rag="Amber", status="amber"),
        ]),
    ]),
    ("2. Governance and culture", [
        ("Strengthen trust between members and officers, building more opportunities for informal "
         "contact outside formal meetings.", [
            dict(ref="2.1",
                 action="Introduce a programme of quarterly member and senior officer briefing sessions "
                        "and joint development days.",
                 lead_cell="Head of Democratic Services and Scrutiny",
                 lead=["Head of Democratic Services and Scrutiny"],
                 when="December 2023", end="2023-12",
                 progress="Three sessions held; attendance averaging 30 members.",
                 rag="Green", status="green"),
            dict(ref="2.2",
                 action="Refresh the Member/Officer Relations Protocol and include it in member induction "
                        "and officer management training.",
                 lead_cell="Monitoring Officer",
                 lead=["Monitoring Officer"],
                 when="Ongoing", end=None, end_text="Ongoing",
                 progress="Protocol adopted by Standards Committee in February 2024; training modules "
                          "being built into the management development programme.",
                 rag="Green", status="green"),
        ]),
        ("Review the scrutiny function so that it adds value earlier in policy development.", [
            dict(ref="2.3",
                 action="Commission an external review of scrutiny arrangements from the Centre for "
                        "Governance and Scrutiny and report its recommendations to the Overview and "
                        "Scrutiny Committee.",
                 lead_cell="Head of Democratic Services and Scrutiny",
                 lead=["Head of Democratic Services and Scrutiny"],
                 when="Q4 2023/24", end="2024-03",
                 progress="Review completed; recommendations accepted by OSC on 18 March 2024.",
                 rag="Complete", status="blue"),
        ]),
    ]),
    ("3. Financial planning and management", [
        ("Get a firmer grip on the size and delivery of the capital programme, with stronger "
         "governance and clearer prioritisation.", [
            dict(ref="3.1",
                 action="Set up a Capital Programme Board chaired by the Director of Finance to review "
                        "slippage and re-profile schemes quarterly.",
                 lead_cell="Director of Finance (S151 Officer)",
                 lead=["Director of Finance (S151 Officer)"],
                 when="November 2023", end="2023-11",
                 progress="Board established and meeting monthly since October 2023.",
                 rag="Complete", status="blue"),
            dict(ref="3.2",
                 action="Report a reprioritised, deliverable capital programme to Cabinet alongside the "
                        "2024/25 budget.",
                 lead_cell="Director of Finance (S151 Officer) & Assistant Director – Capital Projects and Property",
                 lead=["Director of Finance (S151 Officer)", "Assistant Director – Capital Projects and Property"],
                 when="February 2024", end="2024-02",
                 progress="Programme reduced by £38m for 2024/25; further review of housing schemes "
                          "needed before the 2025/26 budget.",
                 rag="Amber", status="amber"),
        ]),
    ]),
    ("4. Getting the basics right", [
        ("Develop a single, corporate approach to performance and programme management so that "
         "members can see progress against the Haringey Deal.", [
            dict(ref="4.1",
                 action="Launch a quarterly performance report to Cabinet combining Corporate Delivery "
                        "Plan milestones, KPIs and resident feedback.",
                 lead_cell="Head of Performance & Business Intelligence",
                 lead=["Head of Performance & Business Intelligence"],
                 when="31/10/2023", end="2023-10",
                 progress="First report to Cabinet November 2023; now routine.",
                 rag="Complete", status="blue"),
            dict(ref="4.2",
                 action="Roll out a consistent programme management toolkit and PMO reporting across all "
                        "major change programmes.",
                 lead_cell="Head of Performance & Business Intelligence",
                 lead=["Head of Performance & Business Intelligence"],
                 when="June 2024", end="2024-06",
                 progress="PMO post vacant since January 2024; toolkit only in use on two of seven "
                          "programmes. Recruitment under way.",
                 rag="Red", status="red"),
        ]),
    ]),
]
RAGFILL = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}


def build_haringey():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("London Borough of Haringey")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("LGA Corporate Peer Challenge 2023 – Action Plan", level=1)
    doc.add_paragraph(
        "Appendix B to the Cabinet report of 12 September 2023. The peer challenge took place on "
        "16–19 May 2023. Progress has been updated for the Progress Review visit in June 2024.")
    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comment"]):
        set_cell(c, h, bold=True)
        shade(c, FILL["grey"])
    for row in [("0.3", "24/07/2023", "Strategy and Performance Team", "Draft for Corporate Leadership Team"),
                ("1.0", "12/09/2023", "Head of Strategy", "Agreed by Cabinet"),
                ("1.2", "07/06/2024", "Head of Strategy", "Progress update for Progress Review")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The peer team’s recommendations are grouped below under the four themes of the "
        "challenge. Each recommendation is shown as written in the feedback report, with the actions "
        "we have agreed in response.")
    headers = ["Ref", "Peer team recommendation", "What we will do", "Lead", "By when",
               "Progress – June 2024", "RAG"]
    for theme, recs in HAR_THEMES:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, FILL["pale"])
        for rec, acts in recs:
            first = len(t.rows)
            for a in acts:
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[2], a["action"])
                set_cell(cells[3], a["lead_cell"])
                set_cell(cells[4], a["when"])
                set_cell(cells[5], a["progress"])
                set_cell(cells[6], a["rag"], bold=True)
                shade(cells[6], RAGFILL[a["rag"]])
            last = len(t.rows) - 1
            m = t.cell(first, 1)
            if last > first:
                m = m.merge(t.cell(last, 1))
            set_cell(m, rec)
        doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 3")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning in [("Complete", "Action delivered and evidenced"),
                          ("Green", "On track to deliver by the date agreed"),
                          ("Amber", "Some slippage – recovery plan in place"),
                          ("Red", "Off track – escalated to Corporate Leadership Team")]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], RAGFILL[word])
        set_cell(cells[1], meaning)
    doc.save(out(HAR_NAME))

    actions = []
    for theme, recs in HAR_THEMES:
        for rec, acts in recs:
            for a in acts:
                actions.append(dict(a, under=[theme, rec]))
    write_expected(HAR_NAME, dict(
        source=("Imitates the London Borough of Haringey response to its LGA Corporate Peer Challenge "
                "(on site 16–19 May 2023; action plan to Cabinet September 2023; LGA progress review "
                "June 2024, published August 2024 on local.gov.uk, with the four theme headings Local "
                "priorities and outcomes / Governance and culture / Financial planning and management / "
                "Getting the basics right). Copied features: council name line and Heading 1 title, "
                "appendix/intro paragraph, a document-control table, one Word table per CPC theme under "
                "a numbered Heading 2, the peer recommendation in a vertically merged cell beside its "
                "actions, job-title leads (one cell with two posts joined by '/', one joined by '&'), "
                "mixed timescales (month, dd/mm/yyyy, quarter, period, Ongoing), a progress column and a "
                "RAG word with matching fill, and a RAG key table at the end. Recommendation and action "
                "wording is paraphrased/invented, not copied."),
        reads=("A Word action plan responding to Haringey's 2023 corporate peer challenge: four themed "
               "tables, each listing the peer team's recommendations (merged down beside their actions) "
               "and 10 numbered actions with lead officer, timescale, June 2024 progress and a RAG word. "
               "The document-control and RAG-key tables are not part of the plan."),
        outcome="read",
        accept_refusal=False,
        title="LGA Corporate Peer Challenge 2023 – Action Plan",
    ), actions)


# =============================================================================
# 2. Neath Port Talbot – CIW adult services improvement check action plan (docx)
# =============================================================================
NPT_NAME = "zgo-neath-port-talbot-cbc-ciw-adult-services-improvement-check-action-plan.docx"
NPT_PRINCIPLES = [
    ("1. People – voice and control", [
        ("AFI 1: Carers are not consistently offered a carer’s needs assessment, and where they are, "
         "the outcomes they want are not always recorded.", [
            dict(ref="1.1",
                 action="Relaunch the ‘What Matters’ carers conversation guidance and make the offer of a "
                        "carer’s assessment a mandatory field in WCCIS.",
                 lead_cell="Principal Officer – Carers and Community Support",
                 lead=["Principal Officer – Carers and Community Support"],
                 when="30/09/2025", end="2025-09",
                 progress="Guidance relaunched June 2025; mandatory field live from 1 September 2025.",
                 status="blue"),
            dict(ref="1.2",
                 action="Audit 30 carers’ assessments each quarter and report the findings to the Adult "
                        "Services Quality Assurance Panel.",
                 lead_cell="Quality Assurance Lead",
                 lead=["Quality Assurance Lead"],
                 when="Quarterly", end=None, end_text="Quarterly",
                 progress="Q1 audit completed (30 cases): offer recorded in 22.",
                 status="green"),
        ]),
        ("AFI 2: The Welsh language ‘Active Offer’ is not evidenced consistently in assessments and "
         "care and support plans.", [
            dict(ref="1.3",
                 action="Add Active Offer prompts to assessment templates and deliver refresher training "
                        "to all adult social work teams.",
                 lead_cell="Head of Adult Services / Welsh Language Officer",
                 lead=["Head of Adult Services", "Welsh Language Officer"],
                 when="Dec 2025", end="2025-12",
                 progress="Template change waiting for WCCIS release; training dates set for November.",
                 status="amber"),
        ]),
    ]),
    ("2. Prevention", [
        ("AFI 3: Waiting lists for occupational therapy assessments remain too long, increasing the risk "
         "that people’s needs escalate.", [
            dict(ref="2.1",
                 action="Introduce a trusted assessor model for minor equipment and adaptations with Care "
                        "and Repair Western Bay.",
                 lead_cell="Principal Officer – Community Independence Service",
                 lead=["Principal Officer – Community Independence Service"],
                 when="31/03/2026", end="2026-03",
                 progress="Four trusted assessors trained; pilot started in Afan Valley.",
                 status="green"),
            dict(ref="2.2",
                 action="Publish a weekly OT waiting list dashboard and agree a trajectory to reduce waits "
                        "to under 12 weeks.",
                 lead_cell="Performance and Information Manager",
                 lead=["Performance and Information Manager"],
                 when="31/10/2025", end="2025-10",
                 progress="Dashboard not yet built – data quality issues in WCCIS waiting list fields.",
                 status="red"),
        ]),
    ]),
    ("3. Well-being", [
        ("AFI 4: Reviews of care and support plans are not always completed within statutory "
         "timescales.", [
            dict(ref="3.1",
                 action="Establish a dedicated review team for people in long-term residential care and "
                        "supported living.",
                 lead_cell="Head of Adult Services",
                 lead=["Head of Adult Services"],
                 when="January 2026", end="2026-01",
                 progress="Two of four posts recruited; overdue reviews down from 412 to 355.",
                 status="amber"),
        ]),
    ]),
    ("4. Partnership and integration", [
        ("AFI 5: Hospital discharge arrangements with Swansea Bay University Health Board need to be more "
         "consistent for people with complex needs.", [
            dict(ref="4.1",
                 action="Agree a joint discharge to recover then assess pathway with Swansea Bay UHB and "
                        "monitor delayed transfers through the West Glamorgan Regional Partnership Board.",
                 lead_cell="Head of Adult Services; Head of Integrated Care (SBUHB)",
                 lead=["Head of Adult Services", "Head of Integrated Care (SBUHB)"],
                 when="31/12/2025", end="2025-12",
                 progress="Pathway agreed in principle at RPB on 9 July 2025.",
                 status="green"),
            dict(ref="4.2",
                 action="Embed a weekly multi-disciplinary complex discharge meeting at Neath Port Talbot "
                        "Hospital.",
                 lead_cell="Hospital Social Work Team Manager",
                 lead=["Hospital Social Work Team Manager"],
                 when="30/06/2025", end="2025-06",
                 progress="Meeting running weekly since May 2025.",
                 status="blue"),
        ]),
    ]),
]


def build_npt():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Neath Port Talbot County Borough Council\nCyngor Bwrdeistref Sirol Castell-nedd Port Talbot")
    r.font.size = Pt(11)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Adult Services – Care Inspectorate Wales Improvement Check: Action Plan", level=1)
    doc.add_paragraph(
        "CIW carried out an improvement check of adult services in January 2025 to follow up the "
        "performance evaluation inspection. This plan responds to the areas for improvement (AFI) in "
        "CIW’s letter, set out under the four principles of the Social Services and Well-being (Wales) "
        "Act 2014.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Improvement check", "13–16 January 2025"),
                 ("CIW letter published", "25 March 2025"),
                 ("Plan owner", "Director of Social Services, Health and Housing"),
                 ("Reported to", "Social Services, Housing and Community Safety Cabinet Board"),
                 ("Position as at", "30 September 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], FILL["grey"])
        set_cell(cells[1], v)
    doc.add_paragraph()
    headers = ["Ref", "Action", "Responsible Officer", "Target Date", "Progress / evidence", "RAG"]
    for principle, afis in NPT_PRINCIPLES:
        t = doc.add_table(rows=2, cols=len(headers))
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, len(headers) - 1))
        set_cell(top, principle, bold=True, size=11)
        shade(top, FILL["pale"])
        for c, h in zip(t.rows[1].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, FILL["grey"])
        for afi, acts in afis:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[len(headers) - 1])
            set_cell(m, afi, bold=True)
            for a in acts:
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[1], a["action"])
                set_cell(cells[2], a["lead_cell"])
                set_cell(cells[3], a["when"])
                set_cell(cells[4], a["progress"])
                set_cell(cells[5], "")
                shade(cells[5], FILL[a["status"]])
        doc.add_paragraph()
    doc.add_paragraph("RAG key")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, meaning in [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage"),
                         ("red", "Off track")]:
        cells = t.add_row().cells
        set_cell(cells[0], "")
        shade(cells[0], FILL[col])
        set_cell(cells[1], meaning)
    doc.save(out(NPT_NAME))

    actions = []
    for principle, afis in NPT_PRINCIPLES:
        for afi, acts in afis:
            for a in acts:
                actions.append(dict(a, under=[principle, afi]))
    write_expected(NPT_NAME, dict(
        source=("Imitates a Welsh county borough council's action plan after a Care Inspectorate Wales "
                "improvement check of adult services (CIW follows up performance evaluation inspections "
                "with improvement checks and letters organised under the four principles of the Social "
                "Services and Well-being (Wales) Act 2014: People – voice and control, Prevention, "
                "Well-being, Partnership and integration). Neath Port Talbot, 2025; no published plan was "
                "found, layout taken from Welsh CIW PEI/improvement-check action plans. Copied features: "
                "bilingual council name, title heading, intro paragraph, key-facts table, one Word table "
                "per principle with a merged principle title row, merged full-width 'AFI n:' rows above "
                "their actions, job-title responsible officers (two posts joined by '/' and by ';'), "
                "dd/mm/yyyy and month targets plus 'Quarterly', and a RAG column shown only by cell fill "
                "colour with a colour key table at the end."),
        reads=("A Word action plan for NPT adult services after CIW's January 2025 improvement check: "
               "four tables, one per principle, each with the CIW area for improvement as a full-width "
               "row and 8 numbered actions beneath with responsible officer, target date, progress and a "
               "colour-only RAG cell (blue complete, green on track, amber slippage, red off track)."),
        outcome="read",
        accept_refusal=False,
        title="Adult Services – Care Inspectorate Wales Improvement Check: Action Plan",
    ), actions)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(key_or_hex):
    h = FILL.get(key_or_hex, key_or_hex)
    return PatternFill("solid", start_color=h, end_color=h)


def header_row(ws, row, headers, fill="pale"):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = xfill(fill)
        c.border = BOX
        c.alignment = WRAP


def widths(ws, ws_widths):
    from openpyxl.utils import get_column_letter
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# =============================================================================
# 3. Wrexham – Internal Audit EQA improvement plan (xlsx)
# =============================================================================
WRX_NAME = "zgo-wrexham-cbc-internal-audit-eqa-improvement-plan.xlsx"
D = dt.datetime
WRX_RECS = [
    ("1100 – Independence and Objectivity",
     "The Internal Audit Charter should set out the safeguards in place where the Chief Internal "
     "Auditor has responsibilities outside internal audit (risk management and insurance).", [
         dict(ref="1a",
              action="Update the Internal Audit Charter to define the safeguards for non-audit "
                     "responsibilities and present it to the Governance and Audit Committee for approval.",
              lead_cell="Chief Internal Auditor", lead=["Chief Internal Auditor"],
              orig=D(2024, 6, 30), rev=None, end="2024-06", rag="B", status="blue",
              progress="Charter approved by Governance and Audit Committee 26 June 2024."),
         dict(ref="1b",
              action="Arrange for audits of risk management and insurance to be overseen by an "
                     "independent party under the North Wales reciprocal arrangement.",
              lead_cell="Chief Internal Auditor", lead=["Chief Internal Auditor"],
              orig=D(2024, 9, 30), rev=D(2025, 3, 31), end="2025-03", rag="B", status="blue",
              progress="Insurance audit 2024/25 overseen by Flintshire's Internal Audit Manager; report issued March 2025."),
     ]),
    ("1300 – Quality Assurance and Improvement Programme",
     "A formal Quality Assurance and Improvement Programme (QAIP) should be documented, including "
     "periodic internal self-assessments.", [
         dict(ref="2",
              action="Document a QAIP covering file reviews, an annual self-assessment and KPIs, and "
                   "report the results in the Annual Internal Audit Report.",
              lead_cell="Audit Manager", lead=["Audit Manager"],
              orig=D(2025, 12, 31), rev=None, end="2025-12", rag="G", status="green",
              progress="Draft QAIP prepared; to be aligned with GIAS Domain IV before approval."),
     ]),
    ("2010 – Planning",
     "The risk-based audit plan should be more clearly linked to the Corporate Risk Register and the "
     "council's assurance map.", [
         dict(ref="3a",
              action="Develop an assurance map across the three lines for the council's strategic risks.",
              lead_cell="Audit Manager / Corporate Risk Officer",
              lead=["Audit Manager", "Corporate Risk Officer"],
              orig=D(2025, 3, 31), rev=None, end="2025-03", rag="R", status="red",
              progress="Not started – Corporate Risk Officer post vacant until July 2025."),
         dict(ref="3b",
              action="Cross-reference each audit in the 2025/26 plan to the strategic risks it provides "
                     "assurance on.",
              lead_cell="Chief Internal Auditor", lead=["Chief Internal Auditor"],
              orig=D(2025, 3, 31), rev=None, end="2025-03", rag="B", status="blue",
              progress="2025/26 plan approved 19 March 2025 with risk references."),
     ]),
    ("1210 – Proficiency",
     "A skills and training needs assessment should be completed for the team, including IT audit "
     "capability.", [
         dict(ref="4",
              action="Complete a skills matrix for all auditors and agree a training plan, buying in "
                     "specialist IT audit days where needed.",
              lead_cell="Chief Internal Auditor", lead=["Chief Internal Auditor"],
              orig=D(2025, 10, 31), rev=None, end="2025-10", rag="G", status="green",
              progress="Skills matrix returned by 6 of 8 staff."),
     ]),
    ("2060 – Reporting to Senior Management and the Board",
     "The Governance and Audit Committee should receive a report on conformance with the Global "
     "Internal Audit Standards (UK public sector) ahead of their introduction in April 2025.", [
         dict(ref="5",
              action="Carry out a GIAS gap analysis and present a transition action plan to the "
                     "Governance and Audit Committee.",
              lead_cell="Chief Internal Auditor", lead=["Chief Internal Auditor"],
              orig=D(2025, 3, 31), rev=D(2025, 11, 30), end="2025-11", rag="A", status="amber",
              progress="Gap analysis complete; action plan deferred to November committee to include "
                       "the CIPFA Application Note."),
     ]),
]


def build_wrexham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Wrexham County Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit – External Quality Assessment (PSIAS): Improvement Plan"
    ws["A2"].font = Font(bold=True, size=12)
    rows = [
        ("EQA carried out:", "February 2024 – self-assessment with independent validation (Welsh Chief Auditors Group peer arrangement)"),
        ("Overall opinion:", "Generally Conforms"),
        ("Reported to:", "Governance and Audit Committee – 17 April 2024; progress update 17 September 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["A8"] = "Progress summary at 31 August 2025"
    ws["A8"].font = Font(bold=True)
    header_row(ws, 9, ["Status", "Number of actions"])
    summ = [("Complete (B)", 3), ("On target (G)", 2), ("Target date revised (A)", 1), ("Overdue (R)", 1),
            ("Total", 7)]
    for i, (k, v) in enumerate(summ, start=10):
        ws.cell(row=i, column=1, value=k).border = BOX
        ws.cell(row=i, column=2, value=v).border = BOX
    ws.cell(row=14, column=1).font = Font(bold=True)
    ws.cell(row=14, column=2).font = Font(bold=True)
    ws["A16"] = "RAG key"
    ws["A16"].font = Font(bold=True)
    key = [("B", "blue", "Complete"), ("G", "green", "On target"),
           ("A", "amber", "Target date revised – action in progress"), ("R", "red", "Overdue")]
    for i, (l, col, meaning) in enumerate(key, start=17):
        c = ws.cell(row=i, column=1, value=l)
        c.fill = xfill(col)
        c.border = BOX
        ws.cell(row=i, column=2, value=meaning).border = BOX
    widths(ws, [26, 90])

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Internal Audit EQA Improvement Plan – position at 31 August 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    headers = ["Ref", "PSIAS Standard", "EQA recommendation", "Agreed action", "Responsible officer",
               "Original target date", "Revised target date", "RAG", "Progress update"]
    header_row(ws, 3, headers)
    r = 4
    for std, rec, acts in WRX_RECS:
        first = r
        for a in acts:
            ws.cell(row=r, column=1, value=a["ref"])
            ws.cell(row=r, column=4, value=a["action"])
            ws.cell(row=r, column=5, value=a["lead_cell"])
            c = ws.cell(row=r, column=6, value=a["orig"])
            c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=7, value=a["rev"])
            if a["rev"]:
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=8, value=a["rag"])
            c.fill = xfill(a["status"])
            c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=9, value=a["progress"])
            r += 1
        ws.cell(row=first, column=2, value=std)
        ws.cell(row=first, column=3, value=rec)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for row in ws.iter_rows(min_row=4, max_row=r - 1, max_col=9):
        for c in row:
            c.border = BOX
            if c.column != 8:
                c.alignment = WRAP
    widths(ws, [6, 24, 45, 50, 22, 13, 13, 6, 45])
    ws.freeze_panes = "A4"
    wb.save(out(WRX_NAME))

    actions = []
    for std, rec, acts in WRX_RECS:
        for a in acts:
            actions.append(dict(a, under=[std, rec]))
    write_expected(WRX_NAME, dict(
        source=("Imitates a Welsh county council's internal audit External Quality Assessment improvement "
                "plan against the Public Sector Internal Audit Standards (Welsh councils use a Welsh Chief "
                "Auditors Group peer validation, e.g. Isle of Anglesey's 2017 PSIAS external assessment "
                "action plan; Vale of Glamorgan's EQA action plan update) reported to the Governance and "
                "Audit Committee, with the 2025 move to Global Internal Audit Standards. Wrexham CBC, "
                "2024–25; invented content. Copied features: a Summary sheet with key facts, a progress "
                "count block and a letter RAG key; an Action Plan sheet with a merged title row, header "
                "on row 3, PSIAS standard and EQA recommendation merged down over multi-action groups, "
                "refs 1a/1b/2/3a..., job-title responsible officers (one with two posts joined by '/'), "
                "original and revised target dates as Excel dates, and a RAG letter with fill colour."),
        reads=("An Excel improvement plan following Wrexham's 2024 internal audit EQA: the Summary sheet "
               "gives the opinion, counts and a RAG key; the Action Plan sheet lists 7 actions under 5 "
               "PSIAS standards/recommendations, with responsible officer, original and revised target "
               "dates (the revised one governs where given) and a B/G/A/R RAG letter."),
        outcome="read",
        accept_refusal=False,
        title="Internal Audit – External Quality Assessment (PSIAS): Improvement Plan",
    ), actions)


# =============================================================================
# 4. Warrington – ASC LGA preparation for assurance peer challenge action plan (xlsx)
# =============================================================================
WAR_NAME = "zgo-warrington-borough-council-asc-lga-peer-challenge-action-plan.xlsx"
WAR_THEMES = [
    ("1 Working with people", "Theme 1: Working with people",
     "CQC quality statements: Assessing needs; Supporting people to live healthier lives; Equity in experiences and outcomes", [
         ("Reduce the number of people waiting for a Care Act assessment and make sure those waiting "
          "are risk-assessed and kept in contact.", [
             dict(ref="1.1",
                  action="Introduce a waiting list triage and ‘keeping in touch’ call protocol for all "
                         "people awaiting assessment.",
                  lead_cell="Wilson, Karen", lead=["Wilson, Karen"],
                  target=D(2024, 1, 31), end="2024-01", prev="A", cur="Complete", status="blue",
                  comment="Protocol live since 15 January 2024; 100% of waiting list RAG-rated."),
             dict(ref="1.2",
                  action="Recruit a time-limited assessment team, funded from the Market Sustainability "
                         "and Improvement Fund, to clear the backlog.",
                  lead_cell="PSW / Head of Operations", lead=["PSW", "Head of Operations"],
                  target=D(2024, 6, 30), end="2024-06", prev="G", cur="A", status="amber",
                  comment="Backlog down from 640 to 410; two agency posts still unfilled."),
         ]),
         ("Co-produce a clearer information and advice offer, including for people who fund their own "
          "care.", [
             dict(ref="1.3",
                  action="Work with Warrington Speak Up and the Making It Real group to redesign the adult "
                         "social care pages on the council website.",
                  lead_cell="Commissioning Manager (Prevention)", lead=["Commissioning Manager (Prevention)"],
                  target="Sept 2024", end="2024-09", prev="G", cur="G", status="green",
                  comment="Co-design sessions held in April and May."),
         ]),
     ]),
    ("2 Providing support", "Theme 2: Providing support",
     "CQC quality statements: Care provision, integration and continuity; Partnerships and communities", [
         ("Develop a market position statement that addresses gaps in nursing care and specialist "
          "dementia provision.", [
             dict(ref="2.1",
                  action="Publish a refreshed Market Position Statement 2024–27 with NHS Cheshire and "
                         "Merseyside (Warrington Place).",
                  lead_cell="AD Commissioning & Brokerage", lead=["AD Commissioning & Brokerage"],
                  target=D(2024, 9, 30), end="2024-09", prev="A", cur="G", status="green",
                  comment="Draft shared with providers; consultation closes 31 July."),
             dict(ref="2.2",
                  action="Hold provider market engagement events on nursing and dementia capacity and "
                         "report the outcomes to the ASC Assurance Board.",
                  lead_cell="AD Commissioning & Brokerage; Contracts Manager",
                  lead=["AD Commissioning & Brokerage", "Contracts Manager"],
                  target="Q2 2024/25", end="2024-09", prev=None, cur="A", status="amber",
                  comment="New action added March 2024. First event postponed from June to September."),
         ]),
     ]),
    ("3 Ensuring safety", "Theme 3: Ensuring safety",
     "CQC quality statements: Safeguarding; Safe systems, pathways and transitions", [
         ("Strengthen oversight of safeguarding practice so that the Safeguarding Adults Board and "
          "senior leaders can see how well Making Safeguarding Personal is applied.", [
             dict(ref="3.1",
                  action="Introduce a monthly audit of 10 section 42 enquiries, with findings reported to "
                         "the Warrington Safeguarding Adults Board.",
                  lead_cell="Safeguarding Adults Manager", lead=["Safeguarding Adults Manager"],
                  target="Monthly", end=None, end_text="Monthly", prev="G", cur="G", status="green",
                  comment="Audits completed each month since December 2023."),
             dict(ref="3.2",
                  action="Develop a transitions protocol with Children’s Services for young people aged "
                         "14–25 with care and support needs.",
                  lead_cell="Head of Transitions and Disability / Assistant Director – Children’s Social Care",
                  lead=["Head of Transitions and Disability", "Assistant Director – Children’s Social Care"],
                  target=D(2024, 12, 31), end="2024-12", prev="A", cur="R", status="red",
                  comment="Protocol drafting paused while the all-age disability service review is completed."),
         ]),
     ]),
    ("4 Leadership", "Theme 4: Leadership",
     "CQC quality statements: Governance, management and sustainability; Learning, improvement and innovation", [
         ("Build a single ASC performance and assurance framework that links data, audits and the "
          "voices of people who draw on care.", [
             dict(ref="4.1",
                  action="Launch a monthly ASC performance dashboard in Power BI for the ASC Assurance "
                         "Board and lead members.",
                  lead_cell="Nadeem Rashid and Jo Whitfield", lead=["Nadeem Rashid", "Jo Whitfield"],
                  target=D(2024, 4, 30), end="2024-04", prev="G", cur="Complete", status="blue",
                  comment="Dashboard live April 2024."),
             dict(ref="4.2",
                  action="Complete the ASC self-assessment for CQC and refresh it every six months.",
                  lead_cell="PSW", lead=["PSW"],
                  target=D(2024, 7, 31), end="2024-07", prev="G", cur="G", status="green",
                  comment="Second refresh under way following peer challenge feedback."),
         ]),
     ]),
]
RAGX = {"R": "red", "A": "amber", "G": "green", "Complete": "blue"}


def build_warrington():
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws["A1"] = "Warrington Borough Council – Adult Social Care"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "LGA Preparation for Assurance Peer Challenge (21–24 November 2023): Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    for i, (k, v) in enumerate([("Owner:", "Director of Adult Social Services"),
                                ("Monitored by:", "ASC Assurance Board (monthly); Health and Wellbeing Board (six-monthly)"),
                                ("Last updated:", D(2024, 6, 28))], start=4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
    ws["A8"] = "Summary by theme"
    ws["A8"].font = Font(bold=True)
    header_row(ws, 9, ["Theme", "Actions", "Complete", "G", "A", "R"])
    tot = [0, 0, 0, 0, 0]
    r = 10
    for sheet, title, note, recs in WAR_THEMES:
        acts = [a for _, aa in recs for a in aa]
        vals = [len(acts)] + [sum(1 for a in acts if a["cur"] == k) for k in ("Complete", "G", "A", "R")]
        tot = [x + y for x, y in zip(tot, vals)]
        ws.cell(row=r, column=1, value=title).border = BOX
        for j, v in enumerate(vals, start=2):
            ws.cell(row=r, column=j, value=v).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    ws.cell(row=r + 2, column=1,
            value="RAG: R = off track; A = at risk; G = on track; Complete = delivered and evidenced")
    widths(ws, [40, 70, 10, 6, 6, 6])

    headers = ["Peer challenge recommendation", "No.", "Action", "Lead", "Target date", "Previous RAG",
               "Current RAG", "Comments"]
    for sheet, title, note, recs in WAR_THEMES:
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A1"].fill = xfill("head")
        ws.merge_cells("A1:H1")
        ws["A2"] = note
        ws["A2"].font = Font(italic=True)
        header_row(ws, 4, headers)
        r = 5
        for rec, acts in recs:
            for i, a in enumerate(acts):
                if i == 0:
                    ws.cell(row=r, column=1, value=rec)
                ws.cell(row=r, column=2, value=a["ref"])
                ws.cell(row=r, column=3, value=a["action"])
                ws.cell(row=r, column=4, value=a["lead_cell"])
                c = ws.cell(row=r, column=5, value=a["target"])
                if isinstance(a["target"], dt.datetime):
                    c.number_format = "mmm-yy"
                for col, key in ((6, "prev"), (7, "cur")):
                    c = ws.cell(row=r, column=col, value=a[key])
                    if a[key]:
                        c.fill = xfill(RAGX[a[key]])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=8, value=a["comment"])
                for col in range(1, 9):
                    ws.cell(row=r, column=col).border = BOX
                    if col not in (6, 7):
                        ws.cell(row=r, column=col).alignment = WRAP
                r += 1
        widths(ws, [40, 6, 50, 28, 12, 10, 10, 40])
        ws.freeze_panes = "A5"
    wb.save(out(WAR_NAME))

    actions = []
    for sheet, title, note, recs in WAR_THEMES:
        for rec, acts in recs:
            for a in acts:
                actions.append(dict(a, under=[title, rec]))
    write_expected(WAR_NAME, dict(
        source=("Imitates an English council's adult social care action plan after an LGA 'Preparation for "
                "Assurance' peer challenge (the LGA programme launched July 2022 to prepare councils for CQC "
                "local authority assessment; reports such as Liverpool's August 2023 one are published on "
                "local.gov.uk, and the council tracks actions against the four CQC themes). Warrington "
                "Borough Council, peer challenge November 2023, tracker June 2024; invented content. "
                "Copied features: an Overview sheet with owner/monitoring facts, a by-theme totals block "
                "and a one-line RAG key; one sheet per CQC theme with a filled merged title row, an italic "
                "quality-statements note line, header on row 4, the peer recommendation written only on "
                "the first of its action rows (blank below), leads as 'Surname, Forename', two posts "
                "joined by '/' or ';', and two named people joined by 'and', Excel-date targets shown as "
                "mmm-yy alongside text targets ('Sept 2024', 'Q2 2024/25', 'Monthly'), and Previous RAG "
                "and Current RAG columns with fills."),
        reads=("An Excel tracker for Warrington's ASC peer challenge action plan: an overview sheet with "
               "totals, then four theme sheets holding 9 numbered actions under the peer team's "
               "recommendations (written once, left blank on following rows), each with lead, target "
               "date, previous and current RAG; the current RAG is the status."),
        outcome="read",
        accept_refusal=False,
        title="LGA Preparation for Assurance Peer Challenge (21–24 November 2023): Action Plan",
    ), actions)


# =============================================================================
# 5. Safer Cornwall – Serious Violence Duty action plan (xlsx, REFUSE)
# =============================================================================
SVD_NAME = "zgo-safer-cornwall-serious-violence-duty-action-plan-typo-month-refuse.xlsx"
SVD_PRIORITIES = [
    ("Priority 1: Prevent violence early – children and young people", [
        ("1.1", "Deliver trauma-informed practice training to staff in secondary schools and alternative "
                "provision in Camborne, Pool and Redruth.",
         "Cornwall Council – Education", "Inclusion Lead", "April 2024", "March 2025", "On track"),
        ("1.2", "Extend the emergency department youth navigator service at Royal Cornwall Hospital to "
                "Friday and Saturday evenings.",
         "Royal Cornwall Hospitals NHS Trust", "Violence Reduction Coordinator", "June 2024", "Sept 2024",
         "Complete"),
        ("1.3", "Map access to positive activities for 10–17 year olds in the ten priority towns and "
                "share gaps with the Youth Service commissioning review.",
         "Cornwall Council – Youth Service", "Youth Service Manager", "July 2024", "Novmber 2024",
         "Delayed – new date agreed"),
    ]),
    ("Priority 2: Reduce violence in the night-time economy", [
        ("2.1", "Roll out Ask for Angela and bystander training to licensed premises in Truro, Newquay "
                "and Falmouth.",
         "Devon & Cornwall Police", "Licensing Sergeant", "May 2024", "October 2024", "Complete"),
        ("2.2", "Fund Street Pastors and a safe space in Newquay for the summer season.",
         "Safer Cornwall", "Community Safety Manager", "June 2024", "September 2024", "Complete"),
    ]),
    ("Priority 3: Understand serious violence better", [
        ("3.1", "Add A&E assault data (Cardiff Model) to the quarterly Safer Cornwall performance report.",
         "Safer Cornwall", "Amethyst Intelligence Manager", "April 2024", "December 2024", "On track"),
        ("3.2", "Refresh the serious violence strategic needs assessment for the January 2025 strategy "
                "review.",
         "Safer Cornwall", "Amethyst Intelligence Manager", "September 2024", "January 2025", "On track"),
        ("3.3", "Agree an information-sharing agreement with the Youth Justice Service and Probation on "
                "knife-enabled offences.",
         "Cornwall Council – Youth Justice Service", "YJS Service Manager", "July 2024", "March 2025",
         "Not started"),
    ]),
]


def build_svd():
    wb = Workbook()
    ws = wb.active
    ws.title = "About this plan"
    ws["A1"] = "Safer Cornwall – Serious Violence Duty"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = ("This action plan sets out what the specified authorities in Cornwall and the Isles of Scilly "
                "will do in 2024/25 to deliver the local Serious Violence Duty strategy. Progress is "
                "reported to each Safer Cornwall Partnership Board.")
    ws["A3"].alignment = WRAP
    ws.merge_cells("A3:D5")
    ws["A7"] = "Status key"
    ws["A7"].font = Font(bold=True)
    for i, (s, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                  ("Delayed – new date agreed", "amber"), ("Not started", "grey")], start=8):
        c = ws.cell(row=i, column=1, value=s)
        c.fill = xfill(col)
        c.border = BOX
    widths(ws, [30, 30, 30, 30])

    ws = wb.create_sheet("Action Plan 2024-25")
    ws["A1"] = "Safer Cornwall – Serious Violence Duty Action Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Version 1.3 – progress update for Safer Cornwall Partnership Board, 4 December 2024"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead organisation", "Lead officer", "Start", "End", "Status", "Update"]
    header_row(ws, 4, headers)
    stat_fill = {"Complete": "blue", "On track": "green", "Delayed – new date agreed": "amber",
                 "Not started": "grey"}
    updates = {
        "1.1": "Two of three schools trained; AP setting booked for February.",
        "1.2": "Navigators in place every Friday and Saturday from 6 September.",
        "1.3": "Mapping extended to include voluntary sector clubs; report to Board in January.",
        "2.1": "41 premises trained.",
        "2.2": "Safe space open every weekend July–September; 212 people supported.",
        "3.1": "Data sharing agreement signed with RCHT; first extract received.",
        "3.2": "Drafting under way.",
        "3.3": "Awaiting legal review of template.",
    }
    r = 5
    typo_row = None
    for pri, acts in SVD_PRIORITIES:
        c = ws.cell(row=r, column=1, value=pri)
        c.font = Font(bold=True)
        c.fill = xfill("pale")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, action, org, officer, start, end, status in acts:
            vals = [ref, action, org, officer, start, end, status, updates[ref]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=7).fill = xfill(stat_fill[status])
            if end == "Novmber 2024":
                typo_row = r
            r += 1
    widths(ws, [6, 55, 28, 26, 14, 14, 18, 45])
    ws.freeze_panes = "A5"
    wb.save(out(SVD_NAME))
    assert typo_row is not None

    write_expected(SVD_NAME, dict(
        source=("Imitates a community safety partnership's Serious Violence Duty action plan (the duty "
                "under the Police, Crime, Sentencing and Courts Act 2022; CSPs such as Safer Cornwall and "
                "Safer Devon published strategies in 2024 and track delivery plans at their boards). Safer "
                "Cornwall, 2024/25; invented content. Copied features: an 'About this plan' sheet with a "
                "merged intro and a status key; an action sheet with title and version/board lines, header "
                "on row 4, priority rows merged across the table, separate lead organisation and lead "
                "officer columns, start and end months typed as text, and a status word with fill."),
        reads=("An Excel delivery plan for Safer Cornwall's serious violence duty: three priorities with 8 "
               "numbered actions, each with lead organisation and officer, start and end month and a "
               "status. The end month of action 1.3 reads 'Novmber 2024', a mistyped month, so a careful "
               "reader would stop and ask before recording its due date."),
        outcome="refuse",
        accept_refusal=False,
        refuse_at=typo_row,
        title="Safer Cornwall – Serious Violence Duty Action Plan 2024/25",
    ))
    return typo_row


# =============================================================================
# 6. Manchester YJS – National Standards 2023 (At Court) improvement plan (csv)
# =============================================================================
MYJ_NAME = "zgo-manchester-youth-justice-service-national-standards-self-assessment-improvement-plan.csv"
MYJ_ROWS = [
    # ref, category (blank = continuation), area (blank = continuation), action, owner cell, owners,
    # target cell, end, end_text, rag cell, status, update
    ("1.1", "Strategic (governance and partnership)",
     "The Partnership Board does not receive regular information on outcomes for children appearing at "
     "court, including remands and disproportionality.",
     "Add a quarterly ‘children at court’ data report to the Partnership Board, broken down by ethnicity, "
     "gender and care status.",
     "YJS Performance and Information Manager", ["YJS Performance and Information Manager"],
     "Apr-24", "2024-04", None, "G", "green",
     "Report format agreed; first report to April Board."),
    ("1.2", "", "",
     "Invite HMCTS and the youth bench chair to present to the Board each year on youth court "
     "arrangements.",
     "Head of Youth Justice", ["Head of Youth Justice"],
     "Ongoing", None, "Ongoing", "G", "green",
     "Booked for the July 2024 Board."),
    ("1.3", "Strategic (governance and partnership)",
     "Court staff have not all completed training on the Child First principle and trauma-informed "
     "practice in the last two years.",
     "Deliver Child First and trauma-informed refresher training to all court officers and staff on the "
     "court duty rota.",
     "Court Team Manager", ["Court Team Manager"],
     "31/05/2024", "2024-05", None, "A", "amber",
     "Trainer confirmed; 9 of 16 staff booked."),
    ("2.1", "Operational (practice at court)",
     "Pre-sentence reports do not consistently include the child’s own views in their words.",
     "Revise the PSR template so the child’s voice section is mandatory, and add it to the PSR "
     "gatekeeping checklist.",
     "Court Team Manager / Senior Practitioner (Court)", ["Court Team Manager", "Senior Practitioner (Court)"],
     "January 2024", "2024-01", None, "Complete", "blue",
     "New template in use from 8 January 2024."),
    ("2.2", "", "",
     "Sample 10 PSRs each quarter through the YJS audit framework and feed back learning at team "
     "meetings.",
     "Quality Assurance Manager", ["Quality Assurance Manager"],
     "Q1 2024/25", "2024-06", None, "G", "green",
     "First sample due April."),
    ("2.3", "Operational (practice at court)",
     "Bail and remand information is not always shared with the child’s social worker on the day of the "
     "hearing.",
     "Agree a same-day notification process with Children’s Social Care for any child remanded or bailed "
     "with conditions.",
     "Court Team Manager; CSC Duty Service Manager", ["Court Team Manager", "CSC Duty Service Manager"],
     "30/04/2024", "2024-04", None, "R", "red",
     "Process drafted but not yet agreed by Children’s Social Care."),
    ("2.4", "Operational (practice at court)",
     "Post-court next steps for children are not consistently recorded on ChildView.",
     "Add a post-court ‘next steps’ recording template to ChildView and check compliance monthly.",
     "YJS Performance and Information Manager", ["YJS Performance and Information Manager"],
     "June 2024", "2024-06", None, "A", "amber",
     "Template built; awaiting ChildView release."),
]


def csv_cell(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        v = '"' + v.replace('"', '""') + '"'
    return v


def build_manchester():
    ncol = 8
    lines = []

    def line(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_cell(v) for v in vals))

    line(["Manchester Youth Justice Service"])
    line(["National Standards 2023 – Standard 2: At Court – Improvement Plan"])
    line(["Self-assessment submitted to the Youth Justice Board on 27 October 2023; plan agreed by the "
          "Manchester Youth Justice Partnership Board on 14 December 2023."])
    line(["Progress position: 21 March 2024"])
    line([])
    line(["Ref", "Self-assessment area", "Area for improvement", "Improvement action", "Owner",
          "Target date", "RAG", "Progress update"])
    for row in MYJ_ROWS:
        ref, cat, area, action, owner_cell, owners, target, end, end_text, rag, status, upd = row
        line([ref, cat, area, action, owner_cell, target, rag, upd])
    line([])
    line(["RAG: G = on track; A = at risk; R = off track; Complete = action completed and evidenced"])
    with open(out(MYJ_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    actions = []
    cur_cat = cur_area = None
    for row in MYJ_ROWS:
        ref, cat, area, action, owner_cell, owners, target, end, end_text, rag, status, upd = row
        if cat:
            cur_cat = cat
        if area:
            cur_area = area
        a = dict(ref=ref, under=[cur_cat, cur_area], action=action, lead=owners, end=end, status=status)
        if end_text:
            a["end_text"] = end_text
        actions.append(a)
    write_expected(MYJ_NAME, dict(
        source=("Imitates a youth justice service's improvement plan after the YJB's 2023 national standards "
                "self-assessment of Standard 2 (At Court), which every YJS partnership had to submit to the "
                "Youth Justice Board by 30 October 2023 (gov.uk 'Standards for children in the youth "
                "justice system', Standards self assessment 2023). Manchester YJS, plan December 2023, "
                "position March 2024; invented content. Copied features: a CSV saved from Excel with the "
                "service name, plan title, a submission/approval note and a position date as title lines "
                "padded with commas, a blank row, header row, strategic/operational area and the "
                "self-assessment finding left blank on continuation rows (to be read down from above), "
                "job-title owners (two posts joined by '/' and by ';'), targets as Apr-24, dd/mm/yyyy, "
                "month name, quarter and 'Ongoing', a G/A/R/Complete RAG column and a RAG key line at the foot."),
        reads=("A CSV export of Manchester YJS's improvement plan following its 2023 'At Court' national "
               "standards self-assessment: 7 numbered actions grouped under strategic and operational "
               "areas for improvement (blank cells repeat the finding above), each with owner, target "
               "date, RAG and a progress update."),
        outcome="read",
        accept_refusal=False,
        title="National Standards 2023 – Standard 2: At Court – Improvement Plan",
    ), actions)


# =============================================================================
# 7. Sheffield HWB – JLHWS Board delivery plan 2025/26 (tab-separated txt)
# =============================================================================
SHF_NAME = "zgo-sheffield-health-and-wellbeing-board-jhws-delivery-plan.txt"
SHF_PRIORITIES = [
    ("Priority 1 – Connected communities: relationships, belonging and community power", [
        dict(ref="1.1",
             action="Co-design a neighbourhood health and wellbeing offer with voluntary and community "
                    "sector anchor organisations in each Local Area Committee area",
             lead_cell="Director of Public Health; Chief Executive, Voluntary Action Sheffield",
             lead=["Director of Public Health", "Chief Executive, Voluntary Action Sheffield"],
             when="March 2026", end="2026-03", rag="Green", status="green",
             upd="Workshops held in four of seven areas."),
        dict(ref="1.2",
             action="Publish a community power commitment signed by all Board member organisations (CF)",
             lead_cell="Head of Community Development",
             lead=["Head of Community Development"],
             when="Dec 2025", end="2025-12", rag="Amber", status="amber",
             upd="Draft circulated; sign-off slipped to the February Board."),
    ]),
    ("Priority 2 – Good work: fair pay and working conditions", [
        dict(ref="2.1",
             action="Agree a Sheffield Good Work Charter with the Chamber of Commerce and anchor "
                    "institutions\nand sign up 20 employers by March 2026",
             lead_cell="Director of Economic Development & Skills",
             lead=["Director of Economic Development & Skills"],
             when="Oct 2025 – Mar 2026", end="2026-03", end_text="Oct 2025 – Mar 2026",
             rag="Green", status="green",
             upd="Charter launched 14 October; 9 employers signed so far."),
        dict(ref="2.2",
             action="Pay the Real Living Wage across all Board partner organisations' directly employed "
                    "staff and report on contracted staff",
             lead_cell="Director of Human Resources (SCC) & Chief People Officer (STH)",
             lead=["Director of Human Resources (SCC)", "Chief People Officer (STH)"],
             when="31/01/2026", end="2026-01", rag="Not started", status="unrated",
             upd=""),
    ]),
    ("Priority 3 – Fair access: listen to people who find services hardest to reach", [
        dict(ref="3.1",
             action="Run a citywide listening programme with Healthwatch Sheffield on access to GP and "
                    "social care services",
             lead_cell="Chief Executive, Healthwatch Sheffield",
             lead=["Chief Executive, Healthwatch Sheffield"],
             when="Q3 2025/26", end="2025-12", rag="Complete", status="blue",
             upd="Report presented to the September Board."),
        dict(ref="3.2",
             action="Respond to each listening programme finding with a named Board member action",
             lead_cell="Board co-chairs",
             lead=["Board co-chairs"],
             when="Ongoing", end=None, end_text="Ongoing", rag="Green", status="green",
             upd="Responses logged on the Board action log."),
    ]),
    ("Priority 4 – A decent, affordable home for everyone", [
        dict(ref="4.1",
             action="Target the Warm Homes grant programme at households with cold-related long-term "
                    "conditions using GP practice data",
             lead_cell="Head of Housing Strategy / Consultant in Public Health",
             lead=["Head of Housing Strategy", "Consultant in Public Health"],
             when="March 2026", end="2026-03", rag="Red", status="red",
             upd="Data sharing agreement with practices not yet signed; winter targeting at risk."),
    ]),
    ("Priority 5 – Plan health and care services and the workforce for current and future needs", [
        dict(ref="5.1",
             action="Develop a joint health and care workforce plan for Sheffield with the ICB, "
                    "Sheffield Teaching Hospitals and the city council",
             lead_cell="Sheffield Place Director and Executive Director – Adult Care and Wellbeing",
             lead=["Sheffield Place Director", "Executive Director – Adult Care and Wellbeing"],
             when="Feb 2026", end="2026-02", rag="Amber", status="amber",
             upd="Data pack complete; workforce summit moved to January."),
        dict(ref="5.2",
             action="Expand the health and care academy pathway for young people not in education, "
                    "employment or training (CF)",
             lead_cell="Head of Skills and Employment",
             lead=["Head of Skills and Employment"],
             when="July 2026", end="2026-07", rag="Green", status="green",
             upd="32 young people on the autumn cohort."),
    ]),
]


def tsv_cell(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ["\t", '"', "\n"]):
        v = '"' + v.replace('"', '""') + '"'
    return v


def build_sheffield():
    lines = [
        "Sheffield Health and Wellbeing Board",
        "Joint Local Health and Wellbeing Strategy 2024–2034: Board Delivery Plan 2025/26",
        "Position at 30 September 2025 (Quarter 2) – for the Board meeting on 27 November 2025",
        "",
        "\t".join(["Ref", "Action", "Lead(s)", "By when", "Status", "Q2 update"]),
        "",
    ]
    for pri, acts in SHF_PRIORITIES:
        lines.append(pri)
        for a in acts:
            lines.append("\t".join(tsv_cell(v) for v in
                                   [a["ref"], a["action"], a["lead_cell"], a["when"], a["rag"], a["upd"]]))
        lines.append("")
    lines.append("Status key: Green – on track; Amber – some risk to delivery; Red – off track; "
                 "Complete – delivered; Not started – due to start later in the year.")
    lines.append("(CF) = carried forward from the 2024/25 delivery plan.")
    with open(out(SHF_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    actions = []
    for pri, acts in SHF_PRIORITIES:
        for a in acts:
            actions.append(dict(a, under=[pri]))
    write_expected(SHF_NAME, dict(
        source=("Imitates Sheffield Health and Wellbeing Board's delivery tracking of its Joint Local Health "
                "and Wellbeing Strategy 2024–2034 (strategy agreed 2024 with 'radical shifts' and 'building "
                "blocks'; the Board chose five priorities for September 2024 – May 2025, published on "
                "health-wellbeing.sheffield.gov.uk). A 2025/26 Board delivery plan exported from Excel as "
                "tab-delimited text; invented content, priorities paraphrased. Copied features: three "
                "title lines, a header row, priority heading lines between action rows, refs 1.1.., job-"
                "title leads including 'Chief Executive, Voluntary Action Sheffield' (one post with its "
                "organisation) next to a second post after ';', posts joined by '&', '/' and 'and', a "
                "quoted multi-line action cell, end dates as month names, abbreviations, dd/mm/yyyy, a "
                "quarter, a period and 'Ongoing', a Status word column (Green/Amber/Red/Complete/Not "
                "started), and a status key and a (CF) note at the foot."),
        reads=("A tab-separated text export of the Sheffield Health and Wellbeing Board's 2025/26 delivery "
               "plan: five priority heading lines, each followed by its numbered actions (9 in all) with "
               "lead(s), by-when date, status and a Q2 update; action 2.1 runs over two lines inside one "
               "quoted cell."),
        outcome="read",
        accept_refusal=False,
        title="Joint Local Health and Wellbeing Strategy 2024–2034: Board Delivery Plan 2025/26",
    ), actions)


if __name__ == "__main__":
    build_haringey()
    build_npt()
    build_wrexham()
    build_warrington()
    row = build_svd()
    build_manchester()
    build_sheffield()
    print("built; SVD typo on sheet row", row)
