"""Build the seven kt2- blind cases of heldout340 (partnership, NHS and corporate plans).

Writes each data file and the expected reading beside it (NAME.expected.yaml).
The expected readings are written out explicitly below (under, lead, end, status per
action); only the strings themselves are shared with the file builders so that the
expected text is character-for-character the text in the file.

Run:  /work/main/.venv/bin/python kt2_make.py
"""
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "theme": "D9E1F2", "rec": "F2F2F2",
    "nhsblue": "005EB8", "lightblue": "DDEBF7", "purple": "E4DFEC",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def q(s):
    """YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def write_expected(name, source, reads, outcome, title=None, actions=None,
                   accept_refusal=False, refuse_at=None):
    lines = ["source: >-"]
    lines += ["  " + l for l in source.strip().split("\n")]
    lines.append("reads: >-")
    lines += ["  " + l for l in reads.strip().split("\n")]
    lines.append(f"outcome: {outcome}")
    lines.append(f"accept_refusal: {'true' if accept_refusal else 'false'}")
    if refuse_at is not None:
        lines.append(f"refuse_at: {refuse_at}")
    if title is not None:
        lines.append(f"title: {q(title)}")
    if outcome == "read":
        lines.append("actions:")
        for a in actions:
            lines.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append(f"    action: {q(a['action'])}")
            lines.append("    lead: [" + ", ".join(q(l) for l in a["lead"]) + "]")
            lines.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if a.get("end_text"):
                lines.append(f"    end_text: {q(a['end_text'])}")
            lines.append(f"    status: {a['status']}")
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, color=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# =====================================================================
# 1. North Lanarkshire APC - Learning Review Mr J improvement action plan (xlsx)
# =====================================================================
def nl_apc():
    name = "kt2-north-lanarkshire-apc-learning-review-mr-j-improvement-action-plan.xlsx"
    title = "North Lanarkshire Adult Protection Committee – Learning Review (Mr J): Improvement Action Plan"
    thA = "Theme A – Self-neglect and hoarding"
    thB = "Theme B – Information sharing and escalation"
    thC = "Theme C – Sharing the learning"
    r1 = ("Recommendation 1: The APC should ensure that the North Lanarkshire Self-Neglect and "
          "Hoarding Practice Guidance is understood and used by all partner agencies.")
    r2 = ("Recommendation 2: Where an adult at risk repeatedly declines support, partners should "
          "consider a multi-agency risk management meeting before an inquiry is closed.")
    r3 = ("Recommendation 3: NHS Lanarkshire and North Lanarkshire Council should agree how concerns "
          "from GP practices about adults who are not brought to appointments are shared with social work.")
    r4 = ("Recommendation 4: The APC should seek assurance that Police Scotland concern reports about "
          "adults at risk are screened and acted on within agreed timescales.")
    r5 = ("Recommendation 5: The APC should share the learning from this review across the partnership "
          "and evaluate its impact on practice.")
    # (ref, action, lead cell, timescale cell, update, prev RAG, current RAG) + expected
    rows = [
        ("T", thA), ("R", r1),
        ("A", "1.1", "Refresh the multi-agency Self-Neglect and Hoarding Practice Guidance to include the Clutter Image Rating scale and a clear route for escalation to the APC.",
         "Adult Protection Lead Officer", dt.datetime(2025, 9, 30),
         "Refreshed guidance approved by APC on 25/09/2025 and published on the NLC website.", "Green", "Complete",
         dict(lead=["Adult Protection Lead Officer"], end="2025-09", status="blue")),
        ("A", "1.2", "Deliver briefing sessions on the refreshed guidance to council officers, district nurses and Scottish Fire and Rescue Service community action teams.",
         "L&D Sub-group Chair / SFRS Station Manager (Prevention)", "March 2026",
         "Four of seven sessions delivered (86 staff). Remaining dates booked for February and March.", "Green", "Green",
         dict(lead=["L&D Sub-group Chair", "SFRS Station Manager (Prevention)"], end="2026-03", status="green")),
        ("R", r2),
        ("A", "2.1", "Amend the ASP inquiry closure checklist so that closure after repeated refusal of support records whether a multi-agency risk management meeting was considered.",
         "Service Manager, Adult Support & Protection", dt.datetime(2025, 12, 31),
         "Draft checklist with Practice Governance Group. CareFirst form change requested; awaiting IT slot.", "Amber", "Amber",
         dict(lead=["Service Manager, Adult Support & Protection"], end="2025-12", status="amber")),
        ("A", "2.2", "Audit a sample of 30 closed inquiries involving declined support to test use of the revised checklist and report the findings to the APC.",
         "Quality Assurance Sub-group", "Q1 2026/27",
         "Not yet started – depends on 2.1.", "", "Not started",
         dict(lead=["Quality Assurance Sub-group"], end="2026-06", end_text="Q1 2026/27", status="unrated")),
        ("T", thB), ("R", r3),
        ("A", "3.1", "Develop a ‘Was Not Brought’ pathway for adults with care and support needs, agreed with the Primary Care Adult Protection leads.",
         "Senior Nurse Adult Protection (NHSL)", "June 2026",
         "Pathway drafted and tested with two GP clusters (Airdrie and Motherwell).", "Green", "Green",
         dict(lead=["Senior Nurse Adult Protection (NHSL)"], end="2026-06", status="green")),
        ("A", "3.2", "Add an adult support and protection prompt to the GP practice safeguarding template on EMIS.",
         "NHSL Primary Care AP Lead; HSCP Primary Care Manager", "March 2026",
         "Delayed: template change depends on the national EMIS release schedule. Escalated to NHSL Chief Nurse.", "Amber", "Red",
         dict(lead=["NHSL Primary Care AP Lead", "HSCP Primary Care Manager"], end="2026-03", status="red")),
        ("R", r4),
        ("A", "4.1", "Agree a joint screening standard for Adult Concern reports received from the Police Scotland Vulnerable Persons Database and monitor performance quarterly.",
         "Police Scotland PPU / Duty Social Work Team Leader", "Ongoing",
         "Standard agreed August 2025 (screening within 3 working days). Q2 performance 91%.", "Green", "Green",
         dict(lead=["Police Scotland PPU", "Duty Social Work Team Leader"], end=None, end_text="Ongoing", status="green")),
        ("T", thC), ("R", r5),
        ("A", "5.1", "Publish a 7-minute briefing on the review and circulate it to all partner agencies.",
         "APC Lead Officer", "August 2025",
         "Published 18/08/2025.", "Complete", "Complete",
         dict(lead=["APC Lead Officer"], end="2025-08", status="blue")),
        ("A", "5.2", "Hold a practitioner learning event and evaluate changes in practice six months later.",
         "L&D Sub-group", "Feb 2026 – Aug 2026",
         "Learning event booked for 26 February 2026 at Motherwell Civic Centre.", "Green", "Green",
         dict(lead=["L&D Sub-group"], end="2026-08", end_text="Feb 2026 – Aug 2026", status="green")),
    ]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", "Not started": "grey", "": None}

    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color=FILL["head"])
    cov["A3"] = "Learning review commissioned by:"
    cov["B3"] = "North Lanarkshire Chief Officers Group / Adult Protection Committee"
    cov["A4"] = "Review published:"
    cov["B4"] = "March 2025"
    cov["A5"] = "Action plan approved by APC:"
    cov["B5"] = "24 April 2025"
    cov["A6"] = "Monitored by:"
    cov["B6"] = "APC Quality Assurance Sub-group (quarterly)"
    for r in range(3, 7):
        cov.cell(r, 1).font = Font(bold=True)
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True, size=12)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", "24/04/2025", "APC Lead Officer", "Approved by APC"),
          ("1.1", "10/07/2025", "APC Lead Officer", "Q1 updates added"),
          ("1.2", "16/10/2025", "APC Lead Officer", "Q2 updates; timescale for 3.2 revised"),
          ("1.3", "14/01/2026", "APC Lead Officer", "Q3 updates for APC on 22 January 2026")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(9 + i, 1 + j, v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["theme"])
    cov["A15"] = "RAG key"
    cov["A15"].font = Font(bold=True, size=12)
    key = [("Complete", "Action completed and evidence provided", "blue"),
           ("Green", "On track to be delivered within timescale", "green"),
           ("Amber", "Some slippage – remedial action in place", "amber"),
           ("Red", "Significant delay or at risk – escalate to APC", "red"),
           ("Not started", "Not yet due to start", "grey")]
    for i, (k, v, f) in enumerate(key):
        c = cov.cell(16 + i, 1, k)
        c.fill = fill(FILL[f])
        c.border = BOX
        cov.cell(16 + i, 2, v).border = BOX
    widths(cov, [30, 62, 20, 40])

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13, color=FILL["head"])
    ws["A2"] = "Progress update for APC meeting 22 January 2026"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Improvement action", "Lead officer", "Timescale", "Progress update (January 2026)",
           "Previous RAG (Oct 2025)", "Current RAG (Jan 2026)"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    expected = []
    theme = rec = None
    for row in rows:
        if row[0] == "T":
            theme = row[1]
            ws.cell(r, 1, row[1]).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = fill(FILL["theme"])
        elif row[0] == "R":
            rec = row[1]
            ws.cell(r, 1, row[1]).font = Font(bold=True, italic=True)
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = fill(FILL["rec"])
            ws.row_dimensions[r].height = 32
        else:
            _, ref, act, lead, when, upd, prev, cur, exp = row
            vals = [ref, act, lead, when, upd, prev, cur]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(when, dt.datetime):
                ws.cell(r, 4).number_format = "dd/mm/yyyy"
            for j, v in ((6, prev), (7, cur)):
                if rag_fill[v]:
                    ws.cell(r, j).fill = fill(FILL[rag_fill[v]])
            e = dict(ref=ref, under=[theme, rec], action=act)
            e.update(exp)
            expected.append(e)
        r += 1
    r += 1
    ws.cell(r, 1, "Note: updates provided by sub-group chairs and lead officers; RAG key on Cover sheet.").font = Font(italic=True)
    widths(ws, [7, 60, 30, 16, 52, 14, 14])
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""North Lanarkshire Adult Protection Committee, 2025-26: improvement action plan following an
Adult Support and Protection learning review (Scottish equivalent of a safeguarding adults review), in the
style of APC learning review action plans published by Scottish APCs under the 2022 learning review guidance.
Copies a Cover sheet with a document-control table and a RAG key (Complete = blue), then an Action Plan sheet
with full-width merged theme rows and recommendation rows above numbered actions, job titles as leads (two
posts joined by / or ;), timescales as dates, months, a quarter, a period and Ongoing, and Previous and
Current RAG columns with fill colours.""",
        reads="""A two-sheet learning review action plan: the cover gives document control and the RAG key, the
second sheet lists nine numbered actions grouped under three themes and five recommendations, each with a lead,
a timescale, a January 2026 update and previous and current RAG. The status is the current RAG.""",
        outcome="read", title=title, actions=expected)


# =====================================================================
# 2. Spelthorne SSSP - DHR 'Kate' action plan (docx)
# =====================================================================
def spelthorne_dhr():
    name = "kt2-spelthorne-sssp-dhr-kate-action-plan.docx"
    title = "Domestic Homicide Review ‘Kate’ – Action Plan"
    s1 = "Section 1: Overview Report recommendations"
    s2 = "Section 2: Single agency recommendations"
    rec1 = ("Spelthorne Safer Stronger Partnership should seek assurance that partner agencies understand "
            "adult family violence, including abuse of a parent by an adult child, and respond to it as domestic abuse.")
    rec2 = ("Surrey and Borders Partnership NHS Foundation Trust and Surrey Police should review how risk to "
            "family members is shared when a patient is discharged from a mental health ward.")
    rec3 = ("NHS Surrey Heartlands Integrated Care Board should ensure that GP practices ask about domestic "
            "abuse when an older patient presents with injuries or low mood.")
    sa1 = ("Spelthorne Borough Council should ensure that Housing Options officers complete a DASH risk "
           "assessment when a parent discloses abuse by an adult child living in the household.")
    sa2 = ("North Surrey Domestic Abuse Service should review its case closure procedure so that cases are "
           "not closed after unsuccessful contact attempts without discussion with the referrer.")
    # key says Green = completed, Amber = in progress, Red = overdue / at risk
    sec1 = [
        ("1a", rec1, "Local", "Circulate a practitioner briefing on adult family violence and child-to-parent abuse to all SSSP partner agencies.",
         "Spelthorne Borough Council (Community Safety)", "Briefing written with NSDAS and circulated 12/05/2025.", "May 2025",
         "Completed 12/05/2025", "green",
         dict(lead=["Spelthorne Borough Council (Community Safety)"], end="2025-05", status="blue")),
        ("1b", rec1, "Surrey-wide", "Include an anonymised case study from this review in the Surrey Domestic Abuse Partnership training offer for 2025/26.",
         "Surrey County Council Domestic Abuse Team", "Case study drafted; first session scheduled February 2026.", "March 2026",
         "", "amber",
         dict(lead=["Surrey County Council Domestic Abuse Team"], end="2026-03", status="amber")),
        ("2a", rec2, "Surrey-wide", "Revise the inpatient discharge planning checklist to require consideration of risk to family members and carers living in the same household.",
         "Surrey and Borders Partnership NHSFT", "Checklist revised and launched on all adult acute wards.", "31/10/2025",
         "Completed 27/10/2025", "green",
         dict(lead=["Surrey and Borders Partnership NHSFT"], end="2025-10", status="blue")),
        ("2b", rec2, "Surrey-wide", "Agree a joint protocol for notifying Surrey Police when a patient with a history of violence towards family members is discharged.",
         "Surrey and Borders Partnership NHSFT / Surrey Police", "Draft protocol with both organisations’ information governance leads.", "April 2026",
         "", "amber",
         dict(lead=["Surrey and Borders Partnership NHSFT", "Surrey Police"], end="2026-04", status="amber")),
        ("3a", rec3, "Surrey-wide", "Deliver IRIS-ADViSE domestic abuse training to the three Spelthorne GP practices that had contact with Kate and her son.",
         "NHS Surrey Heartlands ICB", "Training delivered to all three practices.", "Sept 2025",
         "Completed 24/09/2025", "green",
         dict(lead=["NHS Surrey Heartlands ICB"], end="2025-09", status="blue")),
        ("3b", rec3, "Local", "Audit 20 patient records across Spelthorne practices for evidence of routine enquiry and report the findings to the Surrey Safeguarding Adults Board.",
         "NHS Surrey Heartlands ICB", "Audit tool agreed; data collection delayed by GP clinical system migration.", "Jan 2026",
         "", "red",
         dict(lead=["NHS Surrey Heartlands ICB"], end="2026-01", status="red")),
    ]
    sec2 = [
        ("SA1", "Spelthorne Borough Council", sa1, "Add a DASH risk assessment prompt to the Housing Options triage form and brief all officers on its use.",
         "Housing Options Manager", "30/06/2025", "Prompt live from 2 June 2025; team briefing held 5 June 2025.", "green",
         dict(lead=["Housing Options Manager"], end="2025-06", status="blue")),
        ("SA2", "North Surrey Domestic Abuse Service (NSDAS)", sa2, "Amend the NSDAS case closure procedure and check compliance through monthly case file audits.",
         "NSDAS Service Manager", "Ongoing – reported at quarterly contract review", "Procedure amended; monthly audits started October 2025.", "amber",
         dict(lead=["NSDAS Service Manager"], end=None, end_text="Ongoing – reported at quarterly contract review", status="amber")),
    ]
    d = docx.Document()
    landscape(d)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "OFFICIAL – Spelthorne Safer Stronger Partnership"
    d.add_heading(title, level=0)
    p = d.add_paragraph()
    p.add_run("Review commissioned by: ").bold = True
    p.add_run("Spelthorne Safer Stronger Partnership (SSSP)")
    p = d.add_paragraph()
    p.add_run("Independent Chair and author: ").bold = True
    p.add_run("Independent DHR Chair")
    p = d.add_paragraph()
    p.add_run("Home Office Quality Assurance Panel: ").bold = True
    p.add_run("overview report approved November 2024; published February 2025")

    d.add_paragraph().add_run("Document control").bold = True
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Comments"]):
        bold_cell(c, h)
    for v in [("1.0", "10/03/2025", "Agreed by SSSP Board"),
              ("1.1", "18/07/2025", "Updates from agencies – Q1"),
              ("1.2", "08/12/2025", "Updates from agencies – Q2/Q3")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x

    p = d.add_paragraph()
    p.add_run("RAG rating: ").bold = True
    p.add_run("Red – action overdue or at risk;  Amber – action in progress;  Green – action completed.")

    d.add_heading(s1, level=1)
    cols = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency",
            "Key milestones achieved in enacting recommendation", "Target date",
            "Date of completion and outcome", "RAG"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        bold_cell(c, h)
        shade(c, "DEEAF6")
    expected = []
    start = {}
    for i, a in enumerate(sec1):
        ref, rec, scope, act, lead, ms, tgt, done, rag, exp = a
        cells = t.add_row().cells
        cells[0].text = ref
        cells[2].text = scope
        cells[3].text = act
        cells[4].text = lead
        cells[5].text = ms
        cells[6].text = tgt
        cells[7].text = done
        shade(cells[8], FILL[rag])
        start.setdefault(rec, len(t.rows) - 1)
        e = dict(ref=ref, under=[s1, rec], action=act)
        e.update(exp)
        expected.append(e)
    # merge recommendation cells vertically
    recs = []
    for a in sec1:
        if a[1] not in recs:
            recs.append(a[1])
    for rec in recs:
        rows_ = [i + 1 for i, a in enumerate(sec1) if a[1] == rec]
        top = t.cell(rows_[0], 1)
        if len(rows_) > 1:
            top = top.merge(t.cell(rows_[-1], 1))
        top.text = rec

    d.add_paragraph()
    d.add_heading(s2, level=1)
    cols2 = ["No.", "Agency", "Recommendation", "Action to take", "Lead officer", "Target date",
             "Progress", "RAG"]
    t2 = d.add_table(rows=1, cols=len(cols2))
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, cols2):
        bold_cell(c, h)
        shade(c, "DEEAF6")
    for a in sec2:
        ref, agency, rec, act, lead, tgt, prog, rag, exp = a
        cells = t2.add_row().cells
        for c, x in zip(cells, [ref, agency, rec, act, lead, tgt, prog]):
            c.text = x
        shade(cells[7], FILL[rag])
        e = dict(ref=ref, under=[s2, rec], action=act)
        e.update(exp)
        expected.append(e)

    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Monitoring: ").bold = True
    p.add_run("progress is reported to the SSSP Board each quarter until all actions are complete. "
              "Next review: March 2026.")
    d.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""Spelthorne Safer Stronger Partnership (Surrey community safety partnership), 2025: action plan
for a domestic homicide review, laid out on the Home Office DHR action plan template (Recommendation, Scope,
Action to take, Lead agency, Key milestones achieved, Target date, Date of completion and outcome) with a RAG
column added as local partnerships do. Copies a running header, a document-control table, a RAG key in which
Green means completed (no blue), a multi-agency table with recommendation cells merged down over their
actions, a second single-agency table with Agency and Recommendation columns, and fill-only RAG cells.""",
        reads="""A Word DHR action plan in two sections: six actions answering three Overview Report
recommendations (1a–3b) and two single-agency actions (SA1, SA2). The RAG cells are shaded only; by the
document's own key green shading means the action is complete.""",
        outcome="read", title=title, actions=expected)


# =====================================================================
# 3. Mersey Care NHSFT - Board of Directors action log (csv)
# =====================================================================
def mersey_care():
    name = "kt2-mersey-care-nhsft-board-of-directors-action-log.csv"
    title = "Mersey Care NHS Foundation Trust – Board of Directors (Meeting in Public) Action Log"
    m1 = "Board of Directors meeting held 31 July 2025"
    m2 = "Board of Directors meeting held 25 September 2025"
    m3 = "Board of Directors meeting held 27 November 2025"
    acts = [
        ("M", m1),
        ("A", "AL/25/031", "25/098", "Chief Executive’s Report: circulate the briefing on the Trust’s response to the 10 Year Health Plan to all Board members.",
         "Chief Executive", "Sep-25", "Blue", "Briefing circulated 04/09/2025. Propose closure.",
         dict(lead=["Chief Executive"], end="2025-09", status="blue")),
        ("A", "AL/25/034", "25/104", "Integrated Performance Report: provide a trajectory for eliminating inappropriate out of area placements, including the Provider Collaborative position.",
         "Chief Operating Officer", "Nov-25", "Red", "Trajectory delayed pending the Cheshire and Merseyside adult mental health bed review; now scheduled for the March 2026 Board.",
         dict(lead=["Chief Operating Officer"], end="2025-11", status="red")),
        ("M", m2),
        ("A", "AL/25/041", "25/121", "Patient Safety Incident Response Framework: bring the first annual PSIRF review to the Board, including thematic learning from restrictive practice incidents.",
         "Executive Director of Nursing and Quality / Medical Director", "29/01/2026", "Green", "On the January agenda.",
         dict(lead=["Executive Director of Nursing and Quality", "Medical Director"], end="2026-01", status="green")),
        ("A", "AL/25/043", "25/123", "Guardian of Safe Working Hours Report: confirm how exception reports from resident doctors at Ashworth Hospital will be monitored following the rota changes.",
         "Medical Director", "Nov-25", "Blue", "Confirmed at November Board (minute 25/149). Propose closure.",
         dict(lead=["Medical Director"], end="2025-11", status="blue")),
        ("A", "AL/25/045", "25/127", "Freedom to Speak Up: include benchmarking against National Guardian’s Office data for similar trusts in the next six-monthly report.\nNon-executive FTSU lead to see the draft before it is submitted.",
         "Chief People Officer; FTSU Guardian", "Mar-26", "Green", "Data request made to NGO.",
         dict(lead=["Chief People Officer", "FTSU Guardian"], end="2026-03", status="green")),
        ("M", m3),
        ("A", "AL/25/052", "25/148", "Mental Health Act compliance: report on progress with the section 132 rights re-audit across inpatient sites.",
         "JW/CL", "Jan-26", "Amber", "Re-audit fieldwork complete at 2 of 4 sites; report may move to the March meeting.",
         dict(lead=["JW", "CL"], end="2026-01", status="amber")),
        ("A", "AL/25/055", "25/151", "Green Plan: update the Board on progress against the Trust’s net zero targets, including the estates decarbonisation schedule.",
         "Chief Finance Officer", "Q4 2025/26", "", "Not yet due.",
         dict(lead=["Chief Finance Officer"], end="2026-03", end_text="Q4 2025/26", status="unrated")),
        ("A", "AL/25/057", "25/156", "Board development: schedule a session on the Trust’s quality improvement approach for the February development day.",
         "Director of Corporate Governance", "February 2026", "Green", "Provisionally booked for 12/02/2026.",
         dict(lead=["Director of Corporate Governance"], end="2026-02", status="green")),
    ]
    ncol = 8

    def csvq(v):
        v = "" if v is None else str(v)
        if any(ch in v for ch in ',"\n'):
            v = '"' + v.replace('"', '""') + '"'
        return v

    lines = []

    def row(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csvq(v) for v in vals))

    row(title)
    row("Public Board action log – open actions and actions proposed for closure. Updated 19/01/2026")
    row()
    row("Action No.", "Minute Ref", "Action", "Lead", "Due Date", "RAG", "Update")
    expected = []
    meeting = None
    for a in acts:
        if a[0] == "M":
            meeting = a[1]
            row(a[1])
        else:
            _, no, mref, act, lead, due, rag, upd, exp = a
            row(no, mref, act, lead, due, rag, upd)
            e = dict(ref=no, under=[meeting], action=act)
            e.update(exp)
            expected.append(e)
    row()
    row("RAG key")
    row("Blue", "Action complete – proposed for closure (removed once noted by the Board)")
    row("Green", "On track for completion by the due date")
    row("Amber", "At risk of missing the due date")
    row("Red", "Overdue")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source="""Mersey Care NHS Foundation Trust, 2025-26: public Board of Directors action log, as trusts
publish it in board papers and export it from Excel. Copies the title and updated-date lines, Action No. and
Minute Ref columns, actions prefixed with the agenda item they came from, a section row for each meeting,
executive job titles and initials as leads (two posts joined by / or ;, "JW/CL"), due dates as Mmm-yy, a
day-first date, a month and a financial quarter, a RAG word column with one blank, a multi-line action cell
(quoted CSV), and a RAG key block at the foot.""",
        reads="""A CSV export of a trust board action log: eight open or closing actions grouped under the
three Board meetings that raised them, each with an action number, minute reference, lead, due date, RAG and
update, followed by the RAG key.""",
        outcome="read", title=title, actions=expected)


# =====================================================================
# 4. UHDB - Maternity and Neonatal Improvement Plan (xlsx)
# =====================================================================
def uhdb_maternity():
    name = "kt2-university-hospitals-of-derby-and-burton-nhsft-maternity-neonatal-improvement-plan.xlsx"
    title = "University Hospitals of Derby and Burton NHS Foundation Trust – Maternity and Neonatal Improvement Plan 2025/26"
    w1 = "1. Safe and effective care"
    w2 = "2. Leadership, culture and listening to women and families"
    w3 = "3. Neonatal services"
    q1 = ("CQC MD1 – The trust must ensure that all staff complete fetal monitoring training and competency "
          "assessment in line with the national Core Competency Framework.")
    q2 = ("CQC MD2 – The trust must ensure there is an effective system to identify, escalate and manage "
          "women awaiting induction of labour.")
    q3 = ("MSSP – Leaders are visible and staff feel able to raise concerns about safety and are listened to.")
    q4 = ("MIS Year 7 Safety Action 4 – The neonatal medical and nursing workforce meets BAPM standards.")
    D = dt.datetime
    acts = [
        (w1, q1, "1.1", "Deliver K2 fetal monitoring training and face-to-face competency sessions to all midwives and obstetricians, with compliance reported monthly to the Maternity Safety Champions.",
         "Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician", D(2025, 3, 31), D(2025, 9, 30),
         "Compliance 94% midwives, 91% obstetricians at 30/09/2025. Evidence approved by Maternity Assurance Group.", "Complete",
         dict(lead=["Fetal Monitoring Lead Midwife", "Fetal Monitoring Lead Obstetrician"], end="2025-09", status="blue")),
        (w1, q1, "1.2", "Introduce ‘fresh eyes’ CTG review stickers on both sites and audit their use quarterly.",
         "Fetal Monitoring Lead Midwife", D(2025, 6, 30), None,
         "In use at RDH and QHB since May 2025; Q2 audit 88% compliant.", "Complete",
         dict(lead=["Fetal Monitoring Lead Midwife"], end="2025-06", status="blue")),
        (w1, q2, "2.1", "Implement the induction of labour dashboard with a daily review of delays at the 08:30 safety huddle.",
         "Inpatient Matron (RDH); Inpatient Matron (QHB)", D(2025, 10, 31), D(2026, 1, 31),
         "Dashboard live at RDH. QHB go-live delayed by Lorenzo data feed; interim paper log in place.", "At risk",
         dict(lead=["Inpatient Matron (RDH)", "Inpatient Matron (QHB)"], end="2026-01", status="amber")),
        (w1, q2, "2.2", "Agree an induction of labour escalation policy with the Local Maternity and Neonatal System, including mutual aid thresholds.",
         "Clinical Director for Obstetrics", D(2025, 12, 31), D(2026, 2, 28),
         "Draft policy with LMNS Safety Group for sign-off on 10 February 2026.", "On track",
         dict(lead=["Clinical Director for Obstetrics"], end="2026-02", status="green")),
        (w2, q3, "3.1", "Complete the SCORE culture survey and hold listening events with every maternity and neonatal staff group.",
         "Director of Midwifery", D(2025, 4, 30), None,
         "Survey response rate 62%. 14 listening events held; themes shared with staff in ‘You said, we did’.", "Complete",
         dict(lead=["Director of Midwifery"], end="2025-04", status="blue")),
        (w2, q3, "3.2", "Appoint a dedicated Freedom to Speak Up Guardian for maternity and neonatal services.",
         "Chief People Officer", D(2025, 9, 30), D(2026, 3, 31),
         "First recruitment round unsuccessful. Revised date now at risk of being missed; options paper to People Committee.", "Off track",
         dict(lead=["Chief People Officer"], end="2026-03", status="red")),
        (w2, q3, "3.3", "Co-produce a revised birth reflections service with the Maternity and Neonatal Voices Partnership.",
         "Consultant Midwife; MNVP Lead", D(2026, 3, 31), None,
         "", "Not started",
         dict(lead=["Consultant Midwife", "MNVP Lead"], end="2026-03", status="unrated")),
        (w3, q4, "4.1", "Complete the neonatal nursing workforce review against BAPM standards and present the business case to the Executive Leadership Team.",
         "Neonatal Matron", D(2025, 11, 30), D(2026, 2, 28),
         "Review complete; business case at Executive Leadership Team on 17 February 2026.", "On track",
         dict(lead=["Neonatal Matron"], end="2026-02", status="green")),
        (w3, q4, "4.2", "Recruit to two additional neonatal consultant posts at Royal Derby Hospital.",
         "Clinical Director for Neonatology", D(2026, 6, 30), None,
         "Posts advertised December 2025; interviews planned for March 2026.", "On track",
         dict(lead=["Clinical Director for Neonatology"], end="2026-06", status="green")),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": "grey"}

    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14, color=FILL["nhsblue"])
    sm["A2"] = "Position as at 31 December 2025 – reported to Quality and Safety Committee, January 2026"
    sm["A2"].font = Font(italic=True)
    cats = ["Complete", "On track", "At risk", "Off track", "Not started"]
    hdr = ["Workstream", "Actions"] + cats
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["nhsblue"])
        c.border = BOX
    r = 5
    for w in (w1, w2, w3):
        sub = [a for a in acts if a[0] == w]
        vals = [w, len(sub)] + [sum(1 for a in sub if a[8] == k) for k in cats]
        for j, v in enumerate(vals, start=1):
            sm.cell(r, j, v).border = BOX
        r += 1
    tot = ["Total", len(acts)] + [sum(1 for a in acts if a[8] == k) for k in cats]
    for j, v in enumerate(tot, start=1):
        c = sm.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.cell(r + 2, 1, "Sources: CQC maternity inspection reports (RDH and QHB), Maternity Safety Support Programme (MSSP) "
                      "diagnostic, Maternity Incentive Scheme (MIS) Year 7.").font = Font(italic=True)
    widths(sm, [58, 10, 12, 12, 12, 12, 12])

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13, color=FILL["nhsblue"])
    ws["A2"] = "Senior Responsible Officer: Chief Nurse    |    Plan owner: Director of Midwifery    |    Data as at 31/12/2025"
    cols = ["Workstream", "Requirement (source)", "Ref", "Action", "Lead(s)", "Original completion date",
            "Revised completion date", "Progress update / evidence", "Status"]
    for j, h in enumerate(cols, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["nhsblue"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    expected = []
    spans = {}
    for a in acts:
        w, req, ref, act, lead, orig, rev, upd, st, exp = a
        vals = [w, req, ref, act, lead, orig, rev, upd, st]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
        for j in (6, 7):
            ws.cell(r, j).number_format = "dd/mm/yyyy"
        ws.cell(r, 9).fill = fill(FILL[status_fill[st]])
        spans.setdefault(("A", w), []).append(r)
        spans.setdefault(("B", req), []).append(r)
        e = dict(ref=ref, under=[w, req], action=act)
        e.update(exp)
        expected.append(e)
        r += 1
    for (col, key), rs in spans.items():
        cidx = 1 if col == "A" else 2
        # clear the repeated text below the first row, then merge
        for rr in rs[1:]:
            ws.cell(rr, cidx).value = None
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=cidx, end_row=rs[-1], end_column=cidx)
        top = ws.cell(rs[0], cidx)
        top.alignment = WRAP
        top.font = Font(bold=(cidx == 1))
        top.fill = fill(FILL["lightblue"] if cidx == 1 else FILL["rec"])
    widths(ws, [22, 38, 6, 50, 28, 13, 13, 46, 12])
    ws.freeze_panes = "D5"

    ky = wb.create_sheet("Key")
    ky["A1"] = "Status key"
    ky["A1"].font = Font(bold=True, size=12)
    keyrows = [("Complete", "Action delivered and evidence approved by Maternity Assurance Group", "blue"),
               ("On track", "Will be delivered by the (revised) completion date", "green"),
               ("At risk", "May miss the completion date – mitigation in place", "amber"),
               ("Off track", "Completion date missed or will be missed – escalated to Quality and Safety Committee", "red"),
               ("Not started", "Not yet due to start", "grey")]
    for i, (k, v, f) in enumerate(keyrows, start=2):
        ky.cell(i, 1, k).fill = fill(FILL[f])
        ky.cell(i, 2, v)
    ky.cell(8, 1, "Where a revised completion date has been agreed by the Maternity Assurance Group it replaces the original date for monitoring.")
    widths(ky, [14, 90])
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""University Hospitals of Derby and Burton NHS Foundation Trust, 2025-26: maternity and neonatal
improvement plan of the kind trusts bring to Quality Committee and Board after CQC maternity inspections and
entry to the Maternity Safety Support Programme (UHDB maternity was rated inadequate in 2023). Copies a
Summary sheet with counts by workstream and a totals row, an Improvement Plan sheet with workstream and
requirement cells merged down over their actions (CQC must-do, MSSP, MIS Year 7 safety action), two leads in a
cell, original and revised completion dates as real dates, status words with fill colour, and a separate Key
sheet defining the status words.""",
        reads="""A three-sheet workbook: summary counts, then nine numbered actions in three workstreams, each
answering a CQC, MSSP or MIS requirement, with leads, original and revised completion dates, an update and a
status word (Complete, On track, At risk, Off track, Not started) defined on the Key sheet. The revised date
is the end where given.""",
        outcome="read", title=title, actions=expected)


# =====================================================================
# 5. Woking BC - Corporate Risk Register Q3 2025/26 (xlsx) - REFUSE
# =====================================================================
def woking_crr():
    name = "kt2-woking-bc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"
    title = "Woking Borough Council – Corporate Risk Register, Quarter 3 2025/26"
    risks = [
        ("CR01", "Financial sustainability – the Council is unable to set a balanced budget and deliver the Improvement and Recovery Plan without Exceptional Financial Support.",
         "Chief Executive", "5 x 5 = 25", "Monthly budget monitoring; Commissioner oversight; spending controls panel.", 20, 20, "↔",
         [("Deliver the 2025/26 savings programme and report monthly variances to CLT and Commissioners.", "Strategic Director – Corporate Resources (s151 Officer)", "31/03/2026", "Amber"),
          ("Agree the 2026/27 budget and Exceptional Financial Support request with MHCLG.", "Strategic Director – Corporate Resources (s151 Officer)", "Febuary 2026", "Green")]),
        ("CR02", "Debt reduction – asset disposals do not achieve the values or timing assumed in the debt reduction plan.",
         "Strategic Director – Place", "5 x 4 = 20", "Asset Disposal Strategy; independent valuations; Disposals Board.", 16, 16, "↔",
         [("Complete tranche 2 disposals and apply receipts to debt repayment.", "Head of Property and Estates", "Mar-26", "Amber")]),
        ("CR03", "Thameswey group – financial failure of one or more Thameswey companies creates further liabilities for the Council.",
         "Strategic Director – Corporate Resources (s151 Officer)", "5 x 5 = 25", "Shareholder Advisory Group; quarterly company reporting.", 20, 16, "↓",
         [("Complete the Thameswey Energy Ltd restructuring options appraisal and report to Council.", "Director of Legal and Democratic Services", "Dec-25", "Red")]),
        ("CR04", "Sheerwater regeneration – the paused scheme cannot be completed within the revised funding envelope.",
         "Director of Housing", "4 x 5 = 20", "Sheerwater Programme Board; Homes England engagement.", 16, 16, "↔",
         [("Agree the revised Sheerwater Phase 2 delivery route with Homes England.", "Director of Housing", "30/06/2026", "Green")]),
        ("CR05", "Cyber security – a successful cyber attack causes loss of systems or data.",
         "Head of Digital and ICT", "4 x 5 = 20", "Firewalls, MFA, backups, annual penetration test, PSN compliance.", 12, 12, "↔",
         [("Close the high-priority actions from the 2025 penetration test and complete the Cyber Assessment Framework self-assessment.", "Head of Digital and ICT", "31/01/2026", "Green")]),
        ("CR06", "Workforce capacity – the Council cannot recruit and retain staff with the skills needed to deliver recovery.",
         "Chief Executive", "4 x 4 = 16", "People Strategy; interim and agency cover; market supplements.", 12, 12, "↔",
         [("Implement the recruitment and retention plan, including a review of market supplements for hard-to-fill posts.", "Head of HR and OD", "Ongoing", "Amber")]),
        ("CR07", "Temporary accommodation – rising homelessness demand increases use and cost of nightly-paid accommodation.",
         "Director of Housing", "4 x 4 = 16", "Homelessness prevention service; TA procurement framework.", 16, 12, "↓",
         [("Bring 12 additional council-owned temporary accommodation units into use.", "Head of Housing Needs", "April 2026", "Green")]),
    ]
    st_fill = {"Red": "red", "Amber": "amber", "Green": "green"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Standards and Audit Committee – 29 January 2026. Risk scores: Likelihood x Impact (1–5)."
    cols = ["Risk Ref", "Risk description", "Risk owner", "Inherent risk (L x I)", "Key controls in place",
            "Residual score Q2", "Residual score Q3", "Direction of travel", "Further actions", "Action owner",
            "Target date", "Action status"]
    for j, h in enumerate(cols, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    typo_row = None
    for ref, desc, owner, inh, ctrl, q2, q3, dot, actions in risks:
        top = r
        for act, aown, tgt, st in actions:
            for j, v in enumerate([act, aown, tgt, st], start=9):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 12).fill = fill(FILL[st_fill[st]])
            if tgt == "Febuary 2026":
                typo_row = r
            r += 1
        for j, v in enumerate([ref, desc, owner, inh, ctrl, q2, q3, dot], start=1):
            c = ws.cell(top, j, v)
            c.alignment = WRAP
            c.border = BOX
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=j, end_row=r - 1, end_column=j)
        sc = ws.cell(top, 7)
        sc.fill = fill(FILL["red"] if q3 >= 20 else FILL["amber"] if q3 >= 12 else FILL["green"])
    r += 1
    ws.cell(r, 1, "Residual score: 20–25 Red (high); 12–16 Amber (medium); 1–10 Green (low). Direction of travel compares Q3 with Q2.").font = Font(italic=True)
    widths(ws, [8, 40, 22, 11, 36, 9, 9, 9, 46, 28, 13, 11])
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, name))
    assert typo_row is not None

    write_expected(
        name,
        source="""Woking Borough Council, 2025-26: corporate risk register reported quarterly to the Standards and
Audit Committee during government intervention (section 114 notice 2023; Commissioners). Copies the one-sheet
register layout councils publish as a committee appendix: risk reference, description, owner, inherent score,
controls, previous and current residual scores with fill, direction-of-travel arrows, then further actions with
action owner, target date and RAG status; risk cells merged down over their actions, and a scoring note.""",
        reads=f"""A corporate risk register of seven risks with eight further mitigating actions. The target date
of the second CR01 action (sheet row {typo_row}) reads "Febuary 2026", a mistyped month, so a careful reader
stops and asks before reading the dates.""",
        outcome="refuse", title=title, refuse_at=typo_row)
    return typo_row


# =====================================================================
# 6. Tendring DC - Transformation Programme Highlight Report (docx)
# =====================================================================
def tendring_highlight():
    name = "kt2-tendring-dc-transformation-programme-highlight-report.docx"
    title = "Tendring District Council Transformation Programme – Highlight Report, Quarter 3 2025/26"
    projects = [
        ("Project 1: Customer Access and Digital", "Head of Customer Experience",
         {"Overall": "A", "Time": "A", "Cost": "G", "Scope": "G", "Benefits": "G"},
         ["Customer portal launched for council tax and benefits self-service; 3,410 accounts created by 31 December.",
          "Legacy forms migration behind plan because of supplier resourcing."],
         [("1.1", "Launch the customer portal for council tax and benefits self-service.",
           "Head of Customer Experience / Digital Services Manager", "Nov-25", "Complete",
           dict(lead=["Head of Customer Experience", "Digital Services Manager"], end="2025-11", status="blue")),
          ("1.2", "Migrate the remaining 14 online forms from the legacy platform and decommission it.",
           "Digital Services Manager", "31/03/2026", "A",
           dict(lead=["Digital Services Manager"], end="2026-03", status="amber"))]),
        ("Project 2: Office Accommodation", "Assistant Director (Building and Public Realm)",
         {"Overall": "A", "Time": "G", "Cost": "A", "Scope": "G", "Benefits": "A"},
         ["Revenues and Benefits team moved from Weeley to the Town Hall, Clacton on 8 December.",
          "Marketing of the Weeley site paused pending the Local Plan review decision."],
         [("2.1", "Relocate Revenues and Benefits staff from the Weeley offices to the Town Hall, Clacton.",
           "Assistant Director (Building and Public Realm)", "December 2025", "Complete",
           dict(lead=["Assistant Director (Building and Public Realm)"], end="2025-12", status="blue")),
          ("2.2", "Market the Weeley site and report disposal options to Cabinet.",
           "Corporate Director (Place and Economy)", "March 2026", "A",
           dict(lead=["Corporate Director (Place and Economy)"], end="2026-03", status="amber"))]),
        ("Project 3: Waste and Recycling Service Review", "Head of Waste and Environmental Services",
         {"Overall": "R", "Time": "R", "Cost": "A", "Scope": "G", "Benefits": "A"},
         ["Options appraisal for the 2027 collection contract on track for January Cabinet.",
          "Delivery of food waste vehicles delayed by the manufacturer to May 2026."],
         [("3.1", "Complete the options appraisal for the 2027 waste collection contract, including weekly food waste collections under Simpler Recycling.",
           "Head of Waste and Environmental Services", "Jan-26", "G",
           dict(lead=["Head of Waste and Environmental Services"], end="2026-01", status="green")),
          ("3.2", "Start the roll-out of weekly food waste collections to all households.",
           "Head of Waste and Environmental Services; Communications Manager", "April 2026", "R",
           dict(lead=["Head of Waste and Environmental Services", "Communications Manager"], end="2026-04", status="red"))]),
        ("Project 4: People and Organisational Development", "Head of People",
         {"Overall": "G", "Time": "G", "Cost": "G", "Scope": "G", "Benefits": "G"},
         ["Core HR module of the new HR and payroll system in user acceptance testing.",
          "Cohort 2 of the leadership programme started in November (18 managers)."],
         [("4.1", "Implement phase 1 (core HR) of the new HR and payroll system.",
           "Head of People", "Sept 2025 – Feb 2026", "G",
           dict(lead=["Head of People"], end="2026-02", end_text="Sept 2025 – Feb 2026", status="green")),
          ("4.2", "Run the leadership development programme for all third-tier managers.",
           "Head of People", "Ongoing", "G",
           dict(lead=["Head of People"], end=None, end_text="Ongoing", status="green"))]),
    ]
    ragfill = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Tendring District Council – Transformation Board"
    d.add_heading(title, level=0)
    meta = [("Reporting period", "1 October – 31 December 2025"),
            ("Report to", "Transformation Board, 20 January 2026"),
            ("Programme sponsor", "Chief Executive"),
            ("Programme manager", "Transformation Programme Manager"),
            ("Overall programme RAG (this period / last period)", "Amber / Amber")]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in meta:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        shade(cells[0], "E7E6E6")
        cells[1].text = v

    d.add_heading("Programme summary", level=1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Project", "Project lead", "RAG this period", "RAG last period"]):
        bold_cell(c, h)
        shade(c, "D9E1F2")
    last = {"Project 1": "G", "Project 2": "A", "Project 3": "A", "Project 4": "G"}
    for pname, plead, pr, *_ in projects:
        cells = t.add_row().cells
        cells[0].text = pname
        cells[1].text = plead
        cells[2].text = pr["Overall"]
        shade(cells[2], FILL[ragfill[pr["Overall"]]])
        lr = last[pname.split(":")[0]]
        cells[3].text = lr
        shade(cells[3], FILL[ragfill[lr]])
    p = d.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("G – on track;  A – at risk, being managed by the project;  R – off track, Board decision needed;  "
              "Complete – milestone delivered.")

    expected = []
    for pname, plead, pr, progress, ms in projects:
        d.add_heading(pname, level=1)
        p = d.add_paragraph()
        p.add_run("Project lead: ").bold = True
        p.add_run(plead)
        t = d.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        for j, k in enumerate(["Overall", "Time", "Cost", "Scope", "Benefits"]):
            bold_cell(t.cell(0, j), k)
            t.cell(1, j).text = pr[k]
            shade(t.cell(1, j), FILL[ragfill[pr[k]]])
        d.add_paragraph().add_run("Progress this period").bold = True
        for line in progress:
            d.add_paragraph(line, style="List Bullet")
        d.add_paragraph().add_run("Key milestones").bold = True
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Milestone", "Owner", "Due", "RAG"]):
            bold_cell(c, h)
            shade(c, "D9E1F2")
        for ref, act, own, due, rag, exp in ms:
            cells = t.add_row().cells
            for c, x in zip(cells, [ref, act, own, due, rag]):
                c.text = x
            shade(cells[4], FILL[ragfill[rag]])
            e = dict(ref=ref, under=[pname], action=act)
            e.update(exp)
            expected.append(e)
    d.add_heading("Decisions required from the Transformation Board", level=1)
    d.add_paragraph("1. Note the Red status of Project 3 and agree that a revised food waste roll-out plan is brought to the March Board.", style="Normal")
    d.add_paragraph("2. Note the savings of £412,000 delivered to date against the 2025/26 target of £650,000.", style="Normal")
    d.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""Tendring District Council, 2025-26: quarterly highlight report to an officer Transformation
Board, in the style of council transformation programme monitoring reports (project RAG for time, cost, scope
and benefits; progress; key milestones; decisions required). Copies a header line, a cover table of programme
details, a programme summary table with this-period and last-period RAG, a RAG key in letters, and one section
per project with a project-level RAG table, bullet points of progress and a milestone table (Ref, Milestone,
Owner, Due, RAG) with letter RAG and fill.""",
        reads="""A Word highlight report on four transformation projects. Each project section has its own
two-milestone table; those eight milestones are the actions, read under the project heading. The summary,
project RAG tables, progress bullets and decisions are not actions.""",
        outcome="read", title=title, actions=expected)


# =====================================================================
# 7. Tamworth CSP - Partnership Plan 2025-26 delivery plan (txt, tab separated)
# =====================================================================
def tamworth_csp():
    name = "kt2-tamworth-csp-community-safety-partnership-plan-2025-26-delivery-plan.txt"
    title = "Tamworth Community Safety Partnership – Partnership Plan 2025-26: Delivery Plan"
    p1 = "Priority 1: Anti-social behaviour and neighbourhood crime"
    p2 = "Priority 2: Violence against women and girls and domestic abuse"
    p3 = "Priority 3: Serious violence and exploitation"
    p4 = "Priority 4: Drugs and alcohol"
    rows = [
        ("P", p1),
        ("A", "1.1", "Run quarterly multi-agency days of action in Glascote and Belgrave, targeting reported ASB hotspots.",
         "Staffordshire Police & Tamworth BC", "Quarterly", "G", "Days of action held 18 June and 17 September; 41 visits, 6 Community Protection Warnings.",
         dict(lead=["Staffordshire Police", "Tamworth BC"], end=None, end_text="Quarterly", status="green")),
        ("A", "1.2", "Review the town centre Public Spaces Protection Order ahead of its renewal.",
         "TBC Community Safety Manager", "Sept 2025", "C", "PSPO renewed by Cabinet 11 September 2025 for three years.",
         dict(lead=["TBC Community Safety Manager"], end="2025-09", status="blue")),
        ("P", p2),
        ("A", "2.1", "Achieve White Ribbon accreditation for Tamworth Borough Council.",
         "TBC Community Safety Manager", "Nov-25", "A", "Application submitted in September; awaiting",
         dict(lead=["TBC Community Safety Manager"], end="2025-11", status="amber")),
        ("C", "assessment panel date from White Ribbon UK."),
        ("A", "2.2", "Deliver ‘Ask for Angela’ and bystander training to licensed premises in the night-time economy.",
         "TBC Licensing / Staffordshire Police", "Mar-26", "G", "22 premises trained to date.",
         dict(lead=["TBC Licensing", "Staffordshire Police"], end="2026-03", status="green")),
        ("P", p3),
        ("A", "3.1", "Map youth provision against serious violence hotspots and agree the gaps with the Staffordshire Serious Violence Duty group.",
         "Staffordshire Commissioner’s Office", "Q3 2025/26", "A", "Mapping started; hotspot data from police analysts received late.",
         dict(lead=["Staffordshire Commissioner’s Office"], end="2025-12", end_text="Q3 2025/26", status="amber")),
        ("A", "3.2", "Deliver knife crime awareness sessions in all Tamworth secondary schools.",
         "Staffordshire Police Schools Officer", "Summer term 2026", "G", "Sessions booked in 5 of 6 schools.",
         dict(lead=["Staffordshire Police Schools Officer"], end="2026-07", end_text="Summer term 2026", status="green")),
        ("P", p4),
        ("A", "4.1", "Refresh the process for reporting drug-related litter and discarded needles in the town centre with the street cleansing team.",
         "TBC Street Scene Manager", "Jun-25", "C", "New reporting route live from 2 June 2025.",
         dict(lead=["TBC Street Scene Manager"], end="2025-06", status="blue")),
        ("A", "4.2", "Increase referrals from custody into drug and alcohol treatment through the Drug Intervention Programme.",
         "Staffordshire Police & Treatment Service", "April 2025 – March 2026", "R", "Referrals down 15% on 2024-25; custody worker post vacant since July.",
         dict(lead=["Staffordshire Police", "Treatment Service"], end="2026-03", end_text="April 2025 – March 2026", status="red")),
    ]
    ncol = 6
    lines = [title,
             "Quarter 2 update (July – September 2025)",
             "RAG key: G = on track; A = some slippage; R = off track / significant concern; C = complete",
             "",
             "\t".join(["Ref", "Action", "Lead partner(s)", "Timescale", "RAG", "Q2 update"])]
    expected = []
    pri = None
    for row in rows:
        if row[0] == "P":
            pri = row[1]
            lines.append(row[1] + "\t" * (ncol - 1))
        elif row[0] == "C":
            lines.append("\t" * (ncol - 1) + row[1])
        else:
            _, ref, act, lead, when, rag, upd, exp = row
            lines.append("\t".join([ref, act, lead, when, rag, upd]))
            e = dict(ref=ref, under=[pri], action=act)
            e.update(exp)
            expected.append(e)
    lines += ["", "Updates collated by the Tamworth Borough Council Community Safety Team for the CSP Board, 16 October 2025."]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source="""Tamworth Community Safety Partnership (Staffordshire), 2025-26: annual delivery plan under the
partnership plan required by the Crime and Disorder Act 1998, exported from Excel as tab-separated text for a
quarterly CSP Board update. Copies the title, update-period and RAG-key lines (letters, C = complete), a
header row, priority rows above numbered actions, lead partners joined by & or /, timescales as Mmm-yy, a
month, Quarterly, a financial quarter, a school term and a period, and one update that wraps onto a
continuation line.""",
        reads="""A tab-separated delivery plan with eight actions under four priorities, each with lead
partner(s), timescale, a RAG letter and a Q2 update; one update runs on to the next line, which is a
continuation of action 2.1, not a new row. The closing line is a note.""",
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    nl_apc()
    spelthorne_dhr()
    mersey_care()
    uhdb_maternity()
    row = woking_crr()
    tendring_highlight()
    tamworth_csp()
    print("built 7 cases; Woking typo on sheet row", row)
